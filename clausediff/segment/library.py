"""Clause-library pages: one clause per variant and per related clause, each with its title.

A clause-library page (French "<Name> Clauses Exemplaires", English "<Name> Sample Clauses")
opens with a title line naming a clause, then gives variants of that clause as paragraphs
"<Title>. <body>", then a "Related to <Name>" part listing other clauses as bullets whose title
runs into the body with no period ("  • Obligations du Client 3.1. En tant que ...").

:func:`is_library_page` recognises the layout; :func:`segment_library` returns the clauses, each
with ``title`` and ``heading`` set to its title and ``text`` its body. A bullet's title is split
from its body by a general rule (:func:`split_title`): the title ends before a clause number, at
the end of a run of capitals, or before a word that opens a sentence ("Le", "Pour", "The",
"If", ...). No I/O, no Qt.
"""

from __future__ import annotations

import re

from clausediff.clause import Clause
from clausediff.document import Document
from clausediff.text.numbering import parse_marker

_TITLE_LINE_RE = re.compile(
    r"^[ \t]*(?P<name>\S.{0,150}?)[ \t]+(?:Clauses Exemplaires|Exemples de clauses|"
    r"Sample Clauses|Example Clauses)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_RELATED_RE = re.compile(
    r"^[ \t]*(?:Related to|Related Clauses|Clauses (?:associées|liées)|Voir aussi)\b.*$",
    re.IGNORECASE,
)
_BULLET_RE = re.compile(r"^[ \t]*[•▪●◦\-*–][ \t]+")
_VARIANT_RE = re.compile(r"(?P<title>[^.\n]{1,100}?)\.[ \t\u00a0\u202f]+(?=\S)")
_TITLE_MAX_WORDS = 12

# Words that open a sentence (capitalised), so cannot continue a clause title.
_STARTER_WORDS = """
le la les un une des ce cet cette ces il elle ils elles on nous vous je tout toute tous toutes
chaque aucun aucune pour en dans sauf si lorsque lorsqu dès sous par sans afin au aux à a
conformément lors chacun chacune sur selon outre cependant toutefois néanmoins sont est ses son
sa leur leurs notre nos votre vos ceci cela
the this these that those each any all if in for unless subject notwithstanding we you it our
your where when either no neither upon to an such during except as at by with without whereas
provided nothing there they he she its their
"""
SENTENCE_STARTERS = frozenset(_STARTER_WORDS.split())
_ELIDED = frozenset({"l", "d", "s", "qu", "lorsqu", "puisqu", "n", "c", "j", "jusqu"})


def _title_line(document: Document) -> re.Match[str] | None:
    text = document.text.lstrip()
    first_line = text.split("\n", 1)[0]
    return _TITLE_LINE_RE.match(first_line)


def is_library_page(document: Document) -> bool:
    """Whether the document is a clause-library page (title line, then titled variants)."""
    match = _title_line(document)
    if match is None:
        return False
    name = match.group("name").strip().casefold()
    for line in document.text.splitlines()[1:]:
        stripped = line.strip().casefold()
        if stripped.startswith(name) and stripped[len(name) : len(name) + 1] in {".", ":"}:
            return True
        if _RELATED_RE.match(line):
            return True
    return False


def _opens_sentence(word: str) -> bool:
    """Whether a capitalised word is one that starts a sentence rather than a title word."""
    if not word[:1].isupper():
        return False
    bare = word.strip('«“"(),;:')
    for apostrophe in ("’", "'"):
        if apostrophe in bare:
            return bare.split(apostrophe, 1)[0].casefold() in _ELIDED
    return bare.casefold() in SENTENCE_STARTERS


def _all_caps(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def split_title(line: str) -> int:
    """Length of the title that opens ``line`` (0 when no title can be told from the body)."""
    words = [(match.start(), match.group(0)) for match in re.finditer(r"\S+", line)]
    if len(words) < 2:
        return 0
    caps_run = _all_caps(words[0][1]) and _all_caps(words[1][1])
    for index, (offset, word) in enumerate(words[1:], start=1):
        if index > _TITLE_MAX_WORDS:
            return 0
        markers = parse_marker(line[offset:])
        numbered = bool(markers) and markers[0].family in {"dec", "keyword"}
        if (
            numbered
            or (caps_run and not _all_caps(word))
            or (not caps_run and _opens_sentence(word))
        ):
            previous_offset, previous = words[index - 1]
            return previous_offset + len(previous)
    return 0


def _is_variant_title(title: str, name: str) -> bool:
    """Whether "<title>. " opening a paragraph names a clause (the page's clause or another)."""
    title = title.strip()
    if title.casefold() == name.casefold():
        return True
    words = title.split()
    return (
        0 < len(words) <= 8
        and title[:1].isupper()
        and not _opens_sentence(words[0])
        and not any(char.isdigit() for char in title)
    )


def segment_library(document: Document) -> tuple[Clause, ...]:
    """One clause per variant paragraph and per related bullet, with titles."""
    text = document.text
    match = _title_line(document)
    name = match.group("name").strip() if match else ""
    # (start, heading end, body start, body end) per clause
    spans: list[list[int]] = []
    titles: list[str] = []
    related = False
    seen_title = False
    offset = 0
    for line in text.splitlines(keepends=True):
        line_start, offset = offset, offset + len(line)
        content = line.rstrip("\r\n")
        stripped = content.strip()
        if not stripped:
            continue
        if not seen_title:
            seen_title = True  # the "<Name> Clauses Exemplaires" line belongs to no clause
            continue
        lead = len(content) - len(content.lstrip())
        start = line_start + lead
        line_end = line_start + len(content.rstrip())
        if _RELATED_RE.match(content):
            related = True
            continue
        bullet = _BULLET_RE.match(content)
        title_length = 0
        opens = False
        if related and bullet and line_start + bullet.end() < line_end:
            # every related bullet is a clause, even when no title can be told from its body
            start = line_start + bullet.end()
            while start < line_end and text[start].isspace():
                start += 1  # NBSP after the bullet
            title_length = split_title(text[start:line_end])
            opens = True
        elif not related and not bullet:
            variant = _VARIANT_RE.match(text, start, line_end)
            if variant and _is_variant_title(variant.group("title"), name):
                title_length = len(variant.group("title"))
                opens = True
        if opens:
            body_start = start + title_length
            while body_start < line_end and (
                text[body_start] in ".:–—-" or text[body_start].isspace()
            ):
                body_start += 1
            spans.append([start, start + title_length, body_start, line_end])
            titles.append(text[start : start + title_length].strip())
        elif spans:
            spans[-1][3] = line_end
    clauses: list[Clause] = []
    for index, (start, _heading_end, body_start, body_end) in enumerate(spans):
        end = spans[index + 1][0] if index + 1 < len(spans) else len(text)
        clauses.append(
            Clause(
                id=f"c{index + 1}",
                number="",
                heading=titles[index],
                text=text[body_start:body_end],
                level=1,
                parent=None,
                start=start,
                end=end,
                body_start=body_start,
                body_end=body_end,
                title=titles[index],
            )
        )
    return tuple(clauses)
