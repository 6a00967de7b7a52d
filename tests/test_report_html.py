"""The HTML report: self-contained, marks never by colour alone, golden files for the content."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

import pytest
from report_support import sample_comparison

from clausediff.report.html import render_html
from clausediff.report.jsonout import report_to_json
from clausediff.report.model import build_report
from clausediff.store.session import Choice, Keep, new_session

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def _decided_report(language: str) -> str:
    comparison = sample_comparison()
    session = new_session(comparison)
    session = session.with_choice(
        comparison.pairs[2], Choice(Keep.LEFT, note="Le délai de 4 heures est essentiel.")
    )
    session = session.with_choice(
        comparison.pairs[3], Choice(Keep.CUSTOM, custom_text="Le prix est de 130 € HT par jour.")
    )
    return render_html(build_report(comparison, session, language=language, now=NOW))


class _Collector(HTMLParser):
    """Collects tags, attributes and text so tests can ask structural questions."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in ("meta", "br", "col", "link"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_page_is_well_formed_and_self_contained(language: str) -> None:
    page = _decided_report(language)
    parser = _Collector()
    parser.feed(page)
    assert parser.stack == []  # every element closed, in order
    tags = {tag for tag, _ in parser.tags}
    assert not tags & {"script", "link", "img", "iframe"}
    assert not re.search(r"(src|href)=\"(https?:|//)", page)  # nothing fetched from elsewhere
    assert "url(" not in page
    assert f'<html lang="{language}">' in page


def test_marks_carry_a_non_colour_cue() -> None:
    page = _decided_report("fr")
    # Deleted words are <del> (struck through), inserted ones <ins> (underlined) ...
    assert (
        '<del class="op-delete"><span class="term t-obligation changed">doit</span></del>' in page
    )
    assert '<ins class="op-insert">peut</ins>' in page
    assert "text-decoration:line-through" in page and "text-decoration:underline" in page
    # ... and each term ends with its superscript letter (D = délai, M = montant in French).
    assert (
        '<ins class="op-insert"><span class="term t-deadline changed">cinq (5) jours ouvrés</span>'
        '</ins><sup class="mark m-deadline">D</sup>'
    ) in page
    assert '<sup class="mark m-amount">M</sup>' in page
    assert '<sup class="mark m-amount">A</sup>' in _decided_report("en")


def test_decisions_and_notes_are_shown() -> None:
    page = _decided_report("fr")
    assert "Version de gauche retenue" in page
    assert "Le délai de 4 heures est essentiel." in page
    assert '<blockquote class="custom">Le prix est de 130 € HT par jour.</blockquote>' in page


def test_text_is_escaped() -> None:
    comparison = sample_comparison()
    session = new_session(comparison).with_choice(
        comparison.pairs[1], Choice(None, note="<script>alert(1)</script> & co")
    )
    page = render_html(build_report(comparison, session, now=NOW))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page


@pytest.mark.parametrize("language", ["fr", "en"])
def test_golden_handmade_html(golden: Any, language: str) -> None:
    golden.check(f"report_handmade_{language}.html", _decided_report(language))


def test_golden_handmade_model_json(golden: Any) -> None:
    report = build_report(sample_comparison(), language="fr", all_clauses=True, now=NOW)
    golden.check("report_handmade.json", report_to_json(report))
