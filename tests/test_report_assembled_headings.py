"""The assembled contract lays a sub-clause out as the source does.

Seen in the assembled contract of the sample pair (converted to PDF by LibreOffice): under
"Article 7 – Prix et modalités de paiement", "7.1" stood alone as a bold heading with its text
below, while "7.2 Chaque ticket…" began its paragraph as in the source; and "Article 7" came out
a size smaller than "Article 6" and "Article 8", since it took the level of the sub-clause whose
header it opens. The same for Article 16 and 16.1.
"""

from __future__ import annotations

from pathlib import Path

import docx

from clausediff.compare.pipeline import compare_files
from clausediff.gui.resources import sample_paths
from clausediff.report.assemble import Block, BlockKind, assemble, write_docx
from clausediff.store.session import Keep, new_session


def _blocks() -> tuple[Block, ...]:
    left, right = sample_paths()
    return assemble(new_session(compare_files(left, right)), undecided=Keep.RIGHT).blocks


def _after(blocks: tuple[Block, ...], text: str) -> Block:
    position = next(i for i, b in enumerate(blocks) if b.text == text)
    return blocks[position + 1]


def test_a_number_run_into_its_text_opens_the_paragraph() -> None:
    blocks = _blocks()
    assert not [b for b in blocks if b.kind is BlockKind.HEADING and b.text in ("7.1", "16.1")]
    first = _after(blocks, "Article 7 – Prix et modalités de paiement")
    assert first.kind is BlockKind.PARAGRAPH
    assert first.text.startswith("7.1 En contrepartie des Prestations")
    first = _after(blocks, "Article 16 – Résiliation")
    assert first.kind is BlockKind.PARAGRAPH
    assert first.text.startswith("16.1 Chacune des Parties peut mettre fin au Contrat")


def test_every_article_heading_has_one_level(tmp_path: Path) -> None:
    blocks = _blocks()
    levels = {b.text: b.level for b in blocks if b.kind is BlockKind.HEADING}
    articles = {text: level for text, level in levels.items() if text.startswith("Article ")}
    assert set(articles.values()) == {1}, articles
    assert levels["5.1 Horaires du support"] == 2  # under "Article 5 – Niveaux de service"
    left, right = sample_paths()
    contract = assemble(new_session(compare_files(left, right)), undecided=Keep.RIGHT)
    path = tmp_path / "contrat.docx"
    write_docx(contract, path)
    styles = {p.text: p.style.name for p in docx.Document(str(path)).paragraphs}
    assert styles["Article 7 – Prix et modalités de paiement"] == "Heading 1"
    assert styles["Article 8 – Pénalités"] == "Heading 1"


def test_custom_text_of_a_first_sub_clause_keeps_its_number_in_the_paragraph() -> None:
    # The same clause with the user's own words: "7.1" stood alone again above them.
    from clausediff.comparison import Side
    from clausediff.store.session import Choice

    left, right = sample_paths()
    comparison = compare_files(left, right)
    side = comparison.side(Side.RIGHT)
    pair = next(p for p in comparison.pairs if any(c.number == "7.1" for c in side.of(p)))
    words = "En contrepartie, le Client verse une redevance de 1 300 € HT par mois."
    session = new_session(comparison).with_choice(pair, Choice(Keep.CUSTOM, custom_text=words))
    blocks = assemble(session, undecided=Keep.RIGHT).blocks
    assert not [b for b in blocks if b.kind is BlockKind.HEADING and b.text == "7.1"]
    assert _after(blocks, "Article 7 – Prix et modalités de paiement").text == f"7.1 {words}"
