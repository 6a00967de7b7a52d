"""Segmentation's shortcuts decide exactly as the full readings they skip.

Segmenting a whole legal code fast rests on quick tests that rule most lines out before the
full reading: a pattern every clause number starts with (:func:`may_open_with_number`), a
running-text test in :func:`read_line`, a plain-paragraph test in :func:`classify`, a lower-case
count in :func:`is_caps`, and remembered readings of short lines. Each test below turns one
shortcut off and checks, on every line and paragraph of real texts kept in the repository plus
hostile ones, that the answers do not change.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clausediff.document import Document, Format
from clausediff.segment import headings, units, wording
from clausediff.segment.headings import classify
from clausediff.segment.units import build_units, read_line
from clausediff.segment.wording import is_caps
from clausediff.text import numbering
from clausediff.text.numbering import may_open_with_number, parse_marker

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted(
    [
        *ROOT.glob("resources/samples/*.txt"),
        ROOT / "tests" / "data" / "code-civil-excerpt.txt",
        *ROOT.glob("tests/data/md/*.md"),
        *ROOT.glob("bench/data/heldout*/pairs/*/*.txt"),
    ]
)
# Lines that open, or nearly open, with every kind of number, and ones that only look so.
HOSTILE_LINES = [
    "Article 1er – Objet",
    "ARTICLE 2 -",
    "Art. 3",
    "article L. 217-4 du code",
    "  Annexe",
    "Préambule :",
    "ſection 4",  # a long s folds to "s" when case is ignored
    "Section 1.01 Definitions",
    "§ 4 Scope",
    "12 bis",
    "5.1. Fees",
    "2.5 million euros",
    "1° Par l'envoi",
    "(iv) the Licensor",
    "(b) fees",
    "iv. Warranty",
    "i) first",
    "xx - Title",
    "K. Kelvin",  # the Kelvin sign folds to "k"
    "a) Subject to the terms",
    "A - Définitions",
    "- a bullet",
    "• a bullet",
    "* a star bullet",
    "** bold **",
    "## Heading",
    "#hashtag",
    "[home]: https://example.org",
    "Attribution right: the Licensee may",
    "Email: someone@example.org",
    "Les lois et, lorsqu'ils sont publiés au Journal officiel, entrent en vigueur.",
    "\u00a0Article 4",
    "Article\u00a05",
    "",
    " ",
    "I",
    "IV",
    "L'article 6",
]


def _lines() -> list[str]:
    lines = list(HOSTILE_LINES)
    for path in TEXTS:
        lines.extend(path.read_text(encoding="utf-8").split("\n"))
    return lines


def _documents() -> list[Document]:
    return [
        Document(text=path.read_text(encoding="utf-8"), format=Format.TXT, language="")
        for path in TEXTS
    ]


def test_the_repository_texts_are_there() -> None:
    # the checks below are only as good as the text they run on
    assert len(TEXTS) >= 20
    assert sum(len(line) for line in _lines()) > 100_000


def test_number_pattern_rules_out_only_lines_without_a_number() -> None:
    # the full parse of every line that the quick test rules out finds no number
    for line in _lines():
        for text in (line, line.strip(), line.lstrip("*_ ")):
            if not may_open_with_number(text):
                assert numbering._readings(text) == [], text


def test_remembered_readings_are_copies() -> None:
    first = parse_marker("Article 7 – Durée")
    first.clear()  # a caller may change the list it gets
    assert [marker.number for marker in parse_marker("Article 7 – Durée")] == ["Article 7"]


def test_remembered_line_readings_equal_fresh_ones() -> None:
    lines = [text for line in _lines() for text in (line.strip(), line)]
    units.forget_readings()
    fresh = [read_line(line) for line in lines]
    remembered = [read_line(line) for line in lines]  # the numbered ones from memory now
    assert units._remembered_reading.cache_info().hits > 1000
    assert remembered == fresh


def test_line_reading_shortcut_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [text for line in _lines() for text in (line.strip(), line)]
    quick = [read_line(line) for line in lines]
    monkeypatch.setattr(units, "may_open_with_number", lambda text: True)
    assert [read_line(line) for line in lines] == quick


def test_plain_paragraph_shortcut_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def read_all() -> list[headings.UnitInfo]:
        infos = []
        for document in _documents():
            found = build_units(document)
            for index, unit in enumerate(found):
                following = found[index + 1] if index + 1 < len(found) else None
                infos.append(classify(document.text, unit, following))
        return infos

    quick = read_all()
    assert sum(info.kind is headings.Kind.TEXT for info in quick) > 100
    monkeypatch.setattr(headings, "_plain_paragraph", lambda unit, first_line: False)
    assert read_all() == quick


def _caps_by_counting(text: str) -> bool:
    sample = text[: wording.CAPS_SAMPLE_CHARS]
    upper = sum(map(str.isupper, sample))
    lower = sum(map(str.islower, sample))
    return upper + lower >= 4 and upper >= 0.85 * (upper + lower)


@pytest.mark.parametrize(
    "text",
    [
        "LIMITATION OF LIABILITY. IN NO EVENT SHALL THE LICENSOR BE LIABLE",
        "RESPONSABILITÉ : EN AUCUN CAS LE PRESTATAIRE NE SERA TENU",
        "THE SOFTWARE IS PROVIDED “AS IS”, without warranty",  # mostly capitals
        "ABCDEFGHIJKLMNOPQ abc",  # 17 capitals, 3 lower case: exactly 85 %
        "ABCDEFGHIJKLMNOP abcd",  # just under
        "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ ééé",  # the same, beyond ASCII
        "aaaa",
        "AB",
        "123 456 — 789",
        "",
    ],
)
def test_caps_shortcut_on_edges(text: str) -> None:
    assert is_caps(text) == _caps_by_counting(text)


def test_caps_shortcut_on_real_paragraphs() -> None:
    paragraphs = [
        block
        for path in TEXTS
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))
        if block.strip()
    ]
    assert len(paragraphs) > 500
    for paragraph in paragraphs:
        for text in (paragraph, paragraph.upper()):
            assert is_caps(text) == _caps_by_counting(text), text[:60]
