"""Word automatic numbering: numbering.xml definitions and the counters Word keeps.

Lawyers' clause numbers ("Article 3", "3.2.", "a)") are often drawn by Word from
``word/numbering.xml`` and are not in the paragraph's text. :class:`Numberer` replays what Word
does, paragraph by paragraph in document order:

* a paragraph is numbered by its own ``w:numPr`` or by its style's (``numId`` 0 = none);
* each ``w:num`` points to an ``w:abstractNum`` (possibly through a numbering style link) and
  may override the start value of some levels (``w:startOverride``) the first time it is used;
* counters are kept per abstract numbering (lists sharing one continue each other); using a
  level resets the deeper levels unless their ``w:lvlRestart`` says otherwise;
* ``w:lvlText`` such as ``"Article %1"`` or ``"%1.%2."`` is filled with each level's counter in
  its ``w:numFmt`` (decimal, decimalZero, lower/upperLetter, lower/upperRoman; ``isLgl`` forces
  decimal; bullets become their character, private-use symbol-font bullets become "•").

Input is lxml elements already parsed (python-docx); no I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from clausediff.errors import ErrorCode, InputError
from clausediff.readers import guards

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VISIBLE_BULLETS = frozenset("•◦▪■□●○-–—*►▶➢➤✓✔·→")


def wval(element: Any, path: str) -> str | None:
    """The ``w:val`` attribute of the first child matching ``path`` (``w:`` prefixed), if any."""
    child = element.find(path.replace("w:", W)) if element is not None else None
    return None if child is None else child.get(f"{W}val")


@dataclass(frozen=True, slots=True)
class Level:
    """One level of an abstract numbering definition."""

    start: int = 1
    num_fmt: str = "decimal"
    text: str = ""
    restart: int | None = None
    legal: bool = False
    suffix: str = "tab"
    style_id: str = ""


@dataclass(slots=True)
class _Counters:
    """Current value of each level of one abstract numbering (None = not used yet)."""

    values: dict[int, int | None] = field(default_factory=dict)
    starts: dict[int, int] = field(default_factory=dict)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _parse_level(lvl: Any) -> Level:
    return Level(
        start=_int(wval(lvl, "w:start"), 1),
        num_fmt=wval(lvl, "w:numFmt") or "decimal",
        text=wval(lvl, "w:lvlText") or "",
        restart=None if wval(lvl, "w:lvlRestart") is None else _int(wval(lvl, "w:lvlRestart"), 0),
        legal=lvl.find(f"{W}isLgl") is not None and wval(lvl, "w:isLgl") not in ("0", "false"),
        suffix=wval(lvl, "w:suff") or "tab",
        style_id=wval(lvl, "w:pStyle") or "",
    )


def _letters(number: int) -> str:
    """Word's alphabetic numbering: a..z, then aa..zz, aaa... (the letter repeated, so a huge
    value would give a huge label: refused beyond :data:`~guards.MAX_LIST_NUMBER`)."""
    if number <= 0:
        return str(number)
    if number > guards.MAX_LIST_NUMBER:
        raise InputError(
            f"automatic numbering reaches {number} in letters, beyond what a word processor "
            f"draws (limit {guards.MAX_LIST_NUMBER}): the file looks crafted",
            ErrorCode.CRAFTED_NUMBERING,
            number=number,
            limit=guards.MAX_LIST_NUMBER,
        )
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def _roman(number: int) -> str:
    if not 0 < number < 4000:
        return str(number)
    digits = (
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
        (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    )  # fmt: skip
    out = []
    for value, letters in digits:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def format_number(number: int, num_fmt: str) -> str:
    """A counter value in one of Word's number formats (unknown formats fall back to decimal)."""
    if num_fmt == "lowerLetter":
        return _letters(number)
    if num_fmt == "upperLetter":
        return _letters(number).upper()
    if num_fmt == "lowerRoman":
        return _roman(number)
    if num_fmt == "upperRoman":
        return _roman(number).upper()
    if num_fmt == "decimalZero":
        return f"{number:02d}"
    if num_fmt == "none":
        return ""
    return str(number)


def _bullet(text: str) -> str:
    """The visible bullet: symbol-font private-use characters become "•"."""
    text = text.strip()
    if not text:
        return ""
    return text if all(char in _VISIBLE_BULLETS for char in text) else "•"


class Numberer:
    """Replays Word's list counters over the paragraphs of one document, in order."""

    def __init__(self, numbering: Any, style_num_ids: dict[str, str]) -> None:
        """``numbering`` is the ``w:numbering`` element (or None); ``style_num_ids`` maps a
        numbering style's id to the ``numId`` in its ``w:numPr`` (for ``w:numStyleLink``)."""
        self._abstract: dict[str, dict[int, Level]] = {}
        self._links: dict[str, str] = {}
        self._nums: dict[str, tuple[str, dict[int, int], dict[int, Level]]] = {}
        self._counters: dict[str, _Counters] = {}
        self._seen: set[str] = set()
        if numbering is None:
            return
        for abstract in numbering.iterfind(f"{W}abstractNum"):
            abstract_id = abstract.get(f"{W}abstractNumId") or ""
            levels = {
                _int(lvl.get(f"{W}ilvl"), 0): _parse_level(lvl)
                for lvl in abstract.iterfind(f"{W}lvl")
            }
            self._abstract[abstract_id] = levels
            link = wval(abstract, "w:numStyleLink")
            if link and link in style_num_ids:
                self._links[abstract_id] = style_num_ids[link]
        for num in numbering.iterfind(f"{W}num"):
            overrides: dict[int, int] = {}
            override_levels: dict[int, Level] = {}
            for override in num.iterfind(f"{W}lvlOverride"):
                ilvl = _int(override.get(f"{W}ilvl"), 0)
                start = wval(override, "w:startOverride")
                if start is not None:
                    overrides[ilvl] = _int(start, 1)
                lvl = override.find(f"{W}lvl")
                if lvl is not None:
                    override_levels[ilvl] = _parse_level(lvl)
            self._nums[num.get(f"{W}numId") or ""] = (
                wval(num, "w:abstractNumId") or "",
                overrides,
                override_levels,
            )

    @classmethod
    def from_definitions(
        cls, abstracts: dict[str, dict[int, Level]], nums: dict[str, str]
    ) -> Numberer:
        """Counters for list definitions read from another format (RTF's list tables):
        ``abstracts`` maps a list id to its levels, ``nums`` a list number to its list id."""
        numberer = cls(None, {})
        numberer._abstract = dict(abstracts)
        numberer._nums = {num_id: (abstract, {}, {}) for num_id, abstract in nums.items()}
        return numberer

    def _resolve(self, num_id: str) -> tuple[str, dict[int, Level]] | None:
        """The abstract id and levels behind a numId, following numbering-style links."""
        for _ in range(5):  # links are at most a hop or two deep; never loop forever
            entry = self._nums.get(num_id)
            if entry is None:
                return None
            abstract_id, _, override_levels = entry
            if abstract_id in self._links and self._links[abstract_id] != num_id:
                num_id = self._links[abstract_id]
                continue
            levels = {**self._abstract.get(abstract_id, {}), **override_levels}
            return abstract_id, levels
        return None

    def level_for_style(self, num_id: str, style_id: str) -> int:
        """The level whose ``w:pStyle`` is ``style_id`` (numbering inherited from a style)."""
        resolved = self._resolve(num_id)
        if resolved is not None:
            for ilvl, level in resolved[1].items():
                if level.style_id == style_id:
                    return ilvl
        return 0

    def next(self, num_id: str, ilvl: int) -> tuple[str, str]:
        """Advance the counter of ``(num_id, ilvl)``; return the drawn number and its suffix.

        Returns ``("", "")`` when the numbering is unknown or draws nothing.
        """
        resolved = self._resolve(num_id)
        if resolved is None or num_id == "0":
            return "", ""
        abstract_id, levels = resolved
        level = levels.get(ilvl)
        if level is None:
            return "", ""
        counters = self._counters.setdefault(abstract_id, _Counters())
        if num_id not in self._seen:
            self._seen.add(num_id)
            for override_level, start in self._nums[num_id][1].items():
                counters.starts[override_level] = start
                counters.values[override_level] = None
        current = counters.values.get(ilvl)
        start = counters.starts.get(ilvl, level.start)
        counters.values[ilvl] = start if current is None else current + 1
        for deeper, deeper_level in levels.items():
            if deeper <= ilvl:
                continue
            restart_after = deeper if deeper_level.restart is None else deeper_level.restart
            if restart_after and ilvl < restart_after:
                counters.values[deeper] = None
                counters.starts.pop(deeper, None)
        return self._render(level, levels, counters), level.suffix

    def _render(self, level: Level, levels: dict[int, Level], counters: _Counters) -> str:
        if level.num_fmt == "bullet":
            return _bullet(level.text)
        text = level.text
        for index in range(9, 0, -1):
            marker = f"%{index}"
            if marker not in text:
                continue
            shown = levels.get(index - 1, Level())
            value = counters.values.get(index - 1)
            if value is None:
                value = counters.starts.get(index - 1, shown.start)
            num_fmt = "decimal" if level.legal and shown.num_fmt != "none" else shown.num_fmt
            text = text.replace(marker, format_number(value, num_fmt))
        return text.strip()
