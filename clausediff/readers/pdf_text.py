"""The characters of a PDF page -> its visual lines, through pdfium (every pdfium call of the
PDF reader that concerns text is in here).

pdfium separates the runs of text it lays out with generated line breaks; each run is one
fragment when its first and last characters share a baseline (nearly always), else it is split
character by character where the baseline moves by more than half the font size. So pdfium is
asked for a handful of positions per line, not one per character. Consecutive fragments on one
baseline are merged (no space where they touch, a tab across a wide gap); drawing order is
kept, so columns stay apart until :mod:`clausediff.readers.pdf_columns` orders them.

Per fragment: its text (soft hyphens dropped except at the end, which becomes "-"; ligatures
spelled out; Symbol/Wingdings private-use bullets written "•"; a raised run of up to three
digits or ``* † ‡`` at either end bracketed as a possible note call, see
:mod:`clausediff.readers.pdf_notes`), its extent, baseline and size (the loose box height of
its first character without an accent), where its 2nd to 4th words start, and the weight of the
fonts of its first and last characters. :func:`to_lines` decides boldness against the
document's body font.

No Qt.
"""

from __future__ import annotations

import ctypes
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

from clausediff.readers.pdf_lines import Line
from clausediff.text.normalize import LIGATURES

_BOLD_NAME = re.compile(r"bold|black|heavy|demi|semibold", re.IGNORECASE)
_SOFT_HYPHENS = frozenset("\u00ad\x02\ufffe")
_SOFT_HYPHEN_TABLE = str.maketrans(dict.fromkeys(_SOFT_HYPHENS))
_SPACES = " \t\r\n\u00a0"
_LIGATURES = str.maketrans(LIGATURES)
_RUNS_OF_SPACE = re.compile(r"[ \t\r\n]+")
_PDFIUM_BREAK = re.compile(r"\r\n|[\r\n]")
_CALL_CHARS = frozenset("0123456789*†‡")
_SYMBOL_BULLETS = str.maketrans(
    dict.fromkeys("\uf0b7\uf0a7\uf0a8\uf0d8\uf0fc\uf076\uf06e\uf0e8", "•")
)
"""Bullets of the Symbol and Wingdings fonts, which Word writes in the private-use area."""
_SPECIAL = re.compile("[\u00ad\x02\ufffe\ufb00-\ufb06\uf000-\uf0ff]")
"""Characters one of the translation tables changes (most lines have none)."""
_MARKED = re.compile("[\u0300-\u036f]")
"""Combining marks: a character that decomposes into one carries an accent or a cedilla."""
RAISED_START, RAISED_END = "\x0e", "\x0f"
"""Brackets put around a raised run of digits (a note call) in a line's text; the layout
turns them into ``[1]`` when the note is found, else drops them (see pdf_notes)."""


@dataclass(frozen=True, slots=True)
class _Font:
    """What the font of a line's first or last character says about its weight."""

    weight: int
    bold_name: bool


@dataclass(slots=True)
class Fragment:
    """A run of characters on one baseline, as pdfium lays them out between two breaks."""

    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    start_font: _Font
    end_font: _Font
    soft_hyphen: bool
    word_starts: tuple[float, ...]


class _Page:
    """Reads the characters of one page through pdfium (every call is in here)."""

    def __init__(self, raw: Any, textpage: Any, box: tuple[float, float, float, float]) -> None:
        self.raw = raw
        self.handle = textpage.raw
        self.text = _page_chars(raw, textpage)
        _left, self.bottom, _right, self.top = box
        self._rect = raw.FS_RECTF()
        self._x, self._y = ctypes.c_double(), ctypes.c_double()

    def origin(self, index: int) -> tuple[float, float] | None:
        """The character's origin (x, baseline y), None when pdfium has none (generated)."""
        if not self.raw.FPDFText_GetCharOrigin(self.handle, index, self._x, self._y):
            return None
        return self._x.value, self._y.value

    def box(self, index: int) -> tuple[float, float, float]:
        """Left, right and height of the character's loose box."""
        self.raw.FPDFText_GetLooseCharBox(self.handle, index, self._rect)
        rect = self._rect
        return rect.left, rect.right, abs(rect.top - rect.bottom)

    def font(self, index: int) -> _Font:
        name = ctypes.create_string_buffer(128)
        self.raw.FPDFText_GetFontInfo(self.handle, index, name, len(name), None)
        return _Font(
            self.raw.FPDFText_GetFontWeight(self.handle, index),
            _BOLD_NAME.search(name.value.decode("latin-1")) is not None,
        )

    def visible(self, baseline: float) -> bool:
        """Whether a baseline lies inside the visible page box (a viewer clips the rest)."""
        return self.bottom <= baseline <= self.top


def _spans(text: str) -> list[tuple[int, int]]:
    """Index ranges of the runs pdfium separates with its generated line breaks, trimmed."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in [*_PDFIUM_BREAK.finditer(text), None]:
        stop = match.start() if match else len(text)
        while begin < stop and text[begin] in _SPACES:
            begin += 1
        end = stop
        while end > begin and text[end - 1] in _SPACES:
            end -= 1
        if end > begin:
            spans.append((begin, end))
        begin = match.end() if match else stop
    return spans


def _baseline_runs(page: _Page, begin: int, end: int) -> list[tuple[int, int]]:
    """Split one pdfium run into runs on one baseline each (asked only when its two ends
    disagree, so one origin per character only for those rare runs)."""
    runs: list[tuple[int, int]] = []
    run_start, baseline, size = -1, 0.0, 1.0
    for index in range(begin, end):
        if page.text[index] in _SPACES:
            continue
        origin = page.origin(index)
        if origin is None:
            continue
        if run_start < 0 or abs(origin[1] - baseline) > 0.5 * size:
            if run_start >= 0:
                runs.append((run_start, index))
            run_start, baseline, size = index, origin[1], max(page.box(index)[2], 1.0)
    if run_start >= 0:
        runs.append((run_start, end))
    return runs


def _raised_digits(page: _Page, begin: int, end: int, baseline: float, size: float) -> str:
    """The run's text, with a trailing or leading raised run of call characters (a footnote
    call or a note's own number set as superscript) put between the raised-run brackets."""
    text = page.text[begin:end]
    lead = len(text) - len(text.lstrip("".join(_CALL_CHARS)))
    trail = len(text) - len(text.rstrip("".join(_CALL_CHARS)))
    if 0 < trail <= 3 and trail < len(text):
        origin = page.origin(end - trail)
        if origin is not None and origin[1] - baseline > 0.15 * size:
            text = f"{text[:-trail]}{RAISED_START}{text[-trail:]}{RAISED_END}"
    if 0 < lead <= 3 and lead < len(text):
        origin = page.origin(begin)
        if origin is not None and origin[1] - baseline > 0.15 * size:
            text = f"{RAISED_START}{text[:lead]}{RAISED_END}{text[lead:]}"
    return text


def _fragment(page: _Page, begin: int, end: int) -> Fragment | None:
    """One fragment from characters ``begin:end`` on one baseline (trimmed of spaces)."""
    while begin < end and page.text[begin] in _SPACES:
        begin += 1
    while end > begin and page.text[end - 1] in _SPACES:
        end -= 1
    first, last = begin, end - 1
    while first <= last and (page.origin(first) is None or page.text[first] in _SOFT_HYPHENS):
        first += 1
    if first > last:
        return None
    _x0_origin, first_y = page.origin(first) or (0.0, 0.0)
    last_y = (page.origin(last) or (0.0, first_y))[1]
    x0 = page.box(first)[0]
    size = page.box(_plain_glyph(page, first, last))[2]
    baseline = min(first_y, last_y)  # a raised call at either end is above the baseline
    if not page.visible(baseline):
        return None
    if first_y > last_y:  # the first character is raised: measure the line on the last
        size = max(size, page.box(last)[2])
    text = _raised_digits(page, begin, end, baseline, max(size, 1.0))
    soft = text[-1] in _SOFT_HYPHENS
    if _SPECIAL.search(text):
        text = text.translate(_SOFT_HYPHEN_TABLE).translate(_LIGATURES).translate(_SYMBOL_BULLETS)
    if soft:
        text += "-"
    text = _RUNS_OF_SPACE.sub(" ", text).strip(" ")  # a no-break space stays one
    if not text:
        return None
    return Fragment(
        text, x0, page.box(last)[1], baseline, size, page.font(first), page.font(last), soft,
        _word_starts(page, begin, end),
    )  # fmt: skip


def _plain_glyph(page: _Page, first: int, last: int) -> int:
    """The first of the fragment's first few characters that carries no accent or cedilla
    (``first`` when all do): the loose box of "À", "É" or "Ç" reaches above the font's ascent
    or below its descent, so a line that starts with one would look set in a larger size and
    be cut from the paragraph it continues ("... renouvelé par tacite" / "À l'issue ...")."""
    for index in range(first, min(last, first + 8) + 1):
        char = page.text[index]
        if char not in _SPACES and not _MARKED.search(unicodedata.normalize("NFD", char)):
            return index
    return first


def _word_starts(page: _Page, begin: int, end: int) -> tuple[float, ...]:
    """Where the second, third and fourth words start (to recognise a hanging indent)."""
    starts: list[float] = []
    index = begin
    while len(starts) < 3:
        space = page.text.find(" ", index, end)
        if space < 0:
            break
        index = space + 1
        while index < end and page.text[index] in _SPACES:
            index += 1
        origin = page.origin(index) if index < end else None
        if origin is not None:
            starts.append(origin[0])
    return tuple(starts)


def _page_fragments(page: _Page) -> list[Fragment]:
    """The fragments of one page in drawing order (pdfium's runs, split by baseline where
    their two ends do not share one, or where the run ends left of where it starts)."""
    fragments: list[Fragment] = []
    for begin, end in _spans(page.text):
        first, last = page.origin(begin), page.origin(end - 1)
        runs = [(begin, end)]
        if (
            first is None
            or last is None
            or last[0] < first[0]
            or abs(first[1] - last[1]) > 0.5 * max(page.box(begin)[2], 1.0)
        ):
            runs = _baseline_runs(page, begin, end)
        for run_begin, run_end in runs:
            fragment = _fragment(page, run_begin, run_end)
            if fragment is not None:
                fragments.append(fragment)
    return fragments


def _merge(fragments: list[Fragment]) -> list[Fragment]:
    """Consecutive fragments sharing a baseline, the second to the right of the first, are one
    line (no space between them when they touch, a tab across a wide gap). Drawing order is
    kept (not sorted by position) so that columns stay apart."""
    merged: list[Fragment] = []
    for fragment in fragments:
        last = merged[-1] if merged else None
        if last is not None and _leading_call(last, fragment):
            merged[-1] = Fragment(
                f"{RAISED_START}{last.text}{RAISED_END}{fragment.text}", last.x0, fragment.x1,
                fragment.baseline, fragment.size, fragment.start_font, fragment.end_font,
                fragment.soft_hyphen, fragment.word_starts,
            )  # fmt: skip
            continue
        if (
            last is None
            or abs(fragment.baseline - last.baseline) >= 0.3 * max(last.size, 1.0)
            or fragment.x0 < last.x1 - 1.0
        ):
            merged.append(fragment)
            continue
        gap = fragment.x0 - last.x1
        text = fragment.text
        raised = fragment.baseline - last.baseline > 0.15 * last.size
        if raised and _is_call(text):
            text = f"{RAISED_START}{text}{RAISED_END}"
        joint = "" if gap < 0.12 * last.size else " " if gap < 3 * last.size else "\t"
        merged[-1] = Fragment(
            last.text + joint + text, last.x0, fragment.x1, last.baseline, last.size,
            last.start_font, fragment.end_font, fragment.soft_hyphen,
            (*last.word_starts, fragment.x0)[:3],
        )  # fmt: skip
    return merged


def _is_call(text: str) -> bool:
    """Whether a fragment's text could be a note call or a note's number (1 to 3 digits,
    or ``*``, ``†``, ``‡``)."""
    return 0 < len(text) <= 3 and set(text) <= _CALL_CHARS


def _leading_call(first: Fragment, then: Fragment) -> bool:
    """Whether ``first`` is a raised number that starts the line ``then`` continues (a note's
    own number set as superscript, as Word prints the note area)."""
    rise = first.baseline - then.baseline
    gap = then.x0 - first.x1
    return (
        _is_call(first.text)
        and 0.15 * then.size < rise < 0.5 * then.size
        and -1.0 <= gap < then.size
    )


def read_page(raw: Any, textpage: Any, box: tuple[float, float, float, float]) -> list[Fragment]:
    """The lines of one page as fragments, in drawing order (pdfium calls happen here)."""
    return _merge(_page_fragments(_Page(raw, textpage, box)))


def _page_chars(raw: Any, textpage: Any) -> str:
    """Every character of the page, one per character index (one call when possible)."""
    count = raw.FPDFText_CountChars(textpage.raw)
    text: str = textpage.get_text_range(0, count)
    if len(text) == count:
        return text
    return "".join(chr(raw.FPDFText_GetUnicode(textpage.raw, i) or 32) for i in range(count))


def _body_font(pages: list[tuple[int, float, list[Fragment]]]) -> _Font:
    """The weight and boldness of the font most of the text is set in."""
    counts: Counter[_Font] = Counter()
    for _index, _height, fragments in pages:
        for fragment in fragments:
            counts[fragment.start_font] += len(fragment.text)
    return counts.most_common(1)[0][0] if counts else _Font(400, False)


def _is_bold(font: _Font, body: _Font) -> bool:
    """Bold compared with the body text, not by absolute flags: a PDF rewritten by Ghostscript
    gives its regular text weight 600, and some fonts call their regular cut "Demi"."""
    return font.weight >= body.weight + 80 or (font.bold_name and not body.bold_name)


def to_lines(
    pages: list[tuple[int, float, list[Fragment]]], top_of: list[float]
) -> list[list[Line]]:
    """Lines for the layout, boldness decided against the document's body font."""
    body = _body_font(pages)
    return [
        [
            Line(
                f.text,
                f.x0,
                f.x1,
                top_of[index] - f.baseline,
                f.size,
                index,
                height,
                _is_bold(f.start_font, body),
                f.soft_hyphen,
                _is_bold(f.end_font, body),
                f.word_starts,
            )
            for f in fragments
        ]
        for index, height, fragments in pages
    ]
