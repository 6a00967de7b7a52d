"""Term changes in the report (issue 12, item 4): each row says where the term is (an excerpt of
its sentence) and links to the term in the HTML text, which flashes when reached; penalties and
duties kept in another voice are worded as such."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from clausediff.compare.pipeline import compare_files
from clausediff.comparison import Comparison
from clausediff.report.html import render_html
from clausediff.report.model import build_report

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"


class _Targets(HTMLParser):
    """The text inside each element that has an id, and every link to an id."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.text: dict[str, str] = {}
        self._open: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        href = found.get("href")
        if tag == "a" and href and href.startswith("#term-"):
            self.links.append(href[1:])
        self._open.append((tag, found.get("id")))
        if found.get("id"):
            self.text[str(found["id"])] = ""

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            opened, _ = self._open.pop()
            if opened == tag:
                break

    def handle_data(self, data: str) -> None:
        for _, ident in self._open:
            if ident and ident.startswith("term-"):
                self.text[ident] += data


def _compare(tmp_path: Path, left: str, right: str) -> Comparison:
    (tmp_path / "left.txt").write_text(left, encoding="utf-8")
    (tmp_path / "right.txt").write_text(right, encoding="utf-8")
    return compare_files(tmp_path / "left.txt", tmp_path / "right.txt")


def test_every_term_link_reaches_its_term_in_the_text() -> None:
    comparison = compare_files(
        SAMPLES / "contrat-services-v1.txt", SAMPLES / "contrat-services-v2.txt"
    )
    report = build_report(comparison, language="fr")
    page = render_html(report)
    parser = _Targets()
    parser.feed(page)
    rows = report.summary.term_changes
    assert rows and len(set(parser.links)) >= len(rows)
    for link in parser.links:
        assert link in parser.text, link  # no dead link
    for row in rows:
        for side, start, written in (
            ("l", row.before_start, row.before_written),
            ("r", row.after_start, row.after_written),
        ):
            if start is None:
                continue
            shown = parser.text[f"term-{row.section}-{side}{start}"]
            # the anchored run is the term's first run: the term's first words
            assert written.startswith(shown) or shown.startswith(written[:4]), (shown, written)
    # reached from a table, the term flashes
    assert ":target{" in page and "@keyframes flash" in page


def test_rows_say_where_the_term_is() -> None:
    comparison = compare_files(
        SAMPLES / "contrat-services-v1.txt", SAMPLES / "contrat-services-v2.txt"
    )
    rows = build_report(comparison, language="fr").summary.term_changes
    weakened = next(r for r in rows if r.direction_text == "affaiblie")
    assert weakened.before == "Le Prestataire doit intégrer à la …"
    assert weakened.after == "Le Prestataire peut intégrer à la …"
    price = next(r for r in rows if r.before == "110 € HT")
    assert (
        price.before_context
        == "Chaque ticket d’assistance … prix forfaitaire de 110 € HT, soit 132 …"
    )


def test_penalty_and_subject_change_rows(tmp_path: Path) -> None:
    left = (
        "Article 1 – Garantie\n\nLe Concédant garantit au Réutilisateur la jouissance paisible.\n\n"
        "Article 2 – Sanctions\n\nLa fraude est punie de trois ans d'emprisonnement et de "
        "45 000 euros d'amende.\n"
    )
    right = (
        "Article 1 – Garantie\n\nIl est garanti au Réutilisateur la jouissance paisible.\n\n"
        "Article 2 – Sanctions\n\nLa fraude est punie de cinq ans d'emprisonnement et de "
        "45 000 euros d'amende.\n"
    )
    comparison = _compare(tmp_path, left, right)
    for language, penalty, subject in (
        ("fr", "Peine", "sujet changé"),
        ("en", "Penalty", "subject changed"),
    ):
        rows = build_report(comparison, language=language).summary.term_changes
        words = {(r.kind_text, r.direction_text) for r in rows}
        assert ("Obligation", subject) in words
        assert any(kind == penalty for kind, _ in words)
        assert not any(r.change_text in {"supprimée", "removed"} for r in rows)
    report = build_report(comparison, language="fr")
    moved = next(r for r in report.summary.term_changes if r.direction_text == "sujet changé")
    parser = _Targets()
    parser.feed(render_html(report))
    assert parser.text[f"term-{moved.section}-r{moved.after_start}"] == "est garanti"
