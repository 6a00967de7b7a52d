"""The assembled contract: the right document rebuilt from the user's choices, in order."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from report_support import sample_comparison

from clausediff.report.assemble import (
    Block,
    BlockKind,
    UndecidedClauses,
    assemble,
    write_docx,
    write_txt,
)
from clausediff.store.session import Choice, Keep, Session, new_session


def _session(*choices: tuple[int, Choice]) -> Session:
    comparison = sample_comparison()
    session = new_session(comparison)
    for index, choice in choices:
        session = session.with_choice(comparison.pairs[index], choice)
    return session


def _headings(blocks: tuple[Block, ...]) -> list[str]:
    return [b.text for b in blocks if b.kind is BlockKind.HEADING]


def test_undecided_clauses_are_refused_with_their_names() -> None:
    # Five of the six pairs changed; one decision leaves four open, named as a reader names them.
    with pytest.raises(UndecidedClauses) as refused:
        assemble(_session((2, Choice(Keep.LEFT))))
    assert refused.value.labels == (
        "Article 2 – Confidentialité",
        "Article 4 – Prix",
        "Article 5 – Pénalités",
        "Article 5 – Résiliation",
    )
    assert str(refused.value).startswith("4 changed clause(s) have no decision: Article 2 –")
    # Every changed pair decided (unchanged pairs need none): no refusal.
    decided = [(i, Choice(Keep.RIGHT)) for i in range(1, 6)]
    assert not assemble(_session(*decided)).undecided


def test_taking_the_right_side_for_undecided_clauses_says_so_at_the_end() -> None:
    contract = assemble(_session(), undecided=Keep.RIGHT)
    # The title outside every clause stays first; then the right document's clauses in order.
    assert contract.blocks[0] == Block(BlockKind.TITLE, "CONTRAT DE MAINTENANCE")
    assert _headings(contract.blocks) == [
        "Article 1 – Objet",
        "Article 2 – Confidentialité",
        "Article 3 – Délais d’intervention",
        "Article 4 – Prix",
        "Article 5 – Résiliation",
        "Note : clauses sans décision",
    ]
    assert contract.undecided_side is Keep.RIGHT and len(contract.undecided) == 5
    # Same words, line for line, then the note naming the five undecided clauses.
    lines = [line for line in contract.text.splitlines() if line]
    right_lines = [line for line in sample_comparison().right.text.splitlines() if line]
    assert lines[: len(right_lines)] == right_lines
    assert lines[len(right_lines) + 1].endswith("le texte de la version de droite a été retenu :")
    assert lines[-1] == "– Article 5 – Résiliation"


def test_choices_replace_each_pair_in_place() -> None:
    contract = assemble(
        _session(
            (2, Choice(Keep.LEFT)),  # keep the 4-hour deadline of the left version
            (3, Choice(Keep.CUSTOM, custom_text="Le prix est de 130 € HT.\n\nIl est révisable.")),
            (4, Choice(Keep.LEFT)),  # the deleted penalty clause comes back at its place
            (5, Choice(Keep.LEFT)),  # the inserted termination clause goes away
        ),
        undecided=Keep.RIGHT,  # the moved confidentiality clause
    )
    assert contract.undecided == ("Article 2 – Confidentialité",)
    assert _headings(contract.blocks)[:-1] == [
        "Article 1 – Objet",
        "Article 2 – Confidentialité",
        "Article 3 – Délais d’intervention",  # left wording, under its right number
        "Article 4 – Prix",  # custom text keeps the right clause's heading
        "Article 5 – Pénalités",
    ]
    bodies = [b.text for b in contract.blocks if b.kind is BlockKind.PARAGRAPH]
    assert bodies[2:-2] == [
        "Le Prestataire doit intervenir au plus tard quatre (4) heures après la réception de la "
        "demande.",
        "Le prix est de 130 € HT.",
        "Il est révisable.",
        "Tout retard donne lieu à une pénalité de 50 € par jour.",
    ]


def test_a_note_without_a_side_keeps_the_right_text() -> None:
    plain = assemble(_session(), undecided=Keep.RIGHT)
    noted = assemble(_session((3, Choice(None, note="à revoir"))), undecided=Keep.RIGHT)
    assert noted.text == plain.text


def test_docx_has_headings_as_heading_styles_and_the_chosen_texts_in_order(tmp_path: Path) -> None:
    contract = assemble(
        _session((2, Choice(Keep.LEFT)), (4, Choice(Keep.LEFT))), undecided=Keep.RIGHT
    )
    path = tmp_path / "contrat.docx"
    write_docx(contract, path)
    paragraphs = [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]
    assert paragraphs[: -len(contract.undecided) - 2] == [
        ("Title", "CONTRAT DE MAINTENANCE"),
        ("Heading 1", "Article 1 – Objet"),
        ("Normal", "Le présent contrat a pour objet la maintenance du logiciel « Gestia »."),
        ("Heading 1", "Article 2 – Confidentialité"),
        ("Normal", "Les Parties s’engagent à garder confidentielles les informations échangées."),
        ("Heading 1", "Article 3 – Délais d’intervention"),
        (
            "Normal",
            "Le Prestataire doit intervenir au plus tard quatre (4) heures après la réception de "
            "la demande.",
        ),
        ("Heading 1", "Article 4 – Prix"),
        ("Normal", "Le prix de la maintenance est de 150 € HT par jour."),
        ("Heading 1", "Article 5 – Pénalités"),
        ("Normal", "Tout retard donne lieu à une pénalité de 50 € par jour."),
        ("Heading 1", "Article 5 – Résiliation"),
        (
            "Normal",
            "Chaque Partie peut résilier le contrat avec un préavis de trois (3) mois.",
        ),
    ]


def test_txt_export(tmp_path: Path) -> None:
    contract = assemble(_session((5, Choice(Keep.LEFT))), undecided=Keep.RIGHT)
    path = tmp_path / "contrat.txt"
    write_txt(contract, path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("CONTRAT DE MAINTENANCE\n\nArticle 1 – Objet\n\n")
    assert "Résiliation" not in text  # the inserted clause, taken out by the user's decision


def test_failed_docx_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "contrat.docx"
    path.write_bytes(b"previous version")

    def broken_save(self: object, target: str) -> None:
        Path(target).write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(docx.document.Document, "save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        write_docx(assemble(_session(), undecided=Keep.RIGHT), path)
    assert path.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["contrat.docx"]


SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def test_sample_pair_default_is_the_right_document_and_left_choices_bring_left_texts() -> None:
    from clausediff.compare.pipeline import compare_files

    comparison = compare_files(
        SAMPLES / "contrat-services-v1.txt", SAMPLES / "contrat-services-v2.txt"
    )
    session = new_session(comparison)
    # No decision: the right document, word for word (text outside clauses included).
    assert (
        assemble(session, undecided=Keep.RIGHT).text.split()[: len(comparison.right.text.split())]
        == comparison.right.text.split()
    )
    # Every pair set to "left": every left clause body comes back, and none of the right
    # ones that have no left counterpart.
    for pair in comparison.pairs:
        session = session.with_choice(pair, Choice(Keep.LEFT))
    text = " ".join(assemble(session).text.split())
    for clause in comparison.left_clauses:
        body = " ".join(clause.text.split())
        if body:
            assert text.count(body) >= 1, clause.label
    inserted = [p for p in comparison.pairs if not p.left]
    right_by_id = {c.id: c for c in comparison.right_clauses}
    for pair in inserted:
        for clause_id in pair.right:
            assert " ".join(right_by_id[clause_id].text.split()) not in text


def test_cli_refuses_undecided_clauses_or_takes_a_side_when_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from clausediff.cli.main import main
    from clausediff.store.session import save_session

    saved = tmp_path / "s.clausediff"
    save_session(_session((2, Choice(Keep.LEFT))), saved)
    out = tmp_path / "contrat.docx"
    assert main(["assemble", str(saved), "--docx", str(out)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "4 changed clause(s) have no decision" in error
    assert "--undecided right" in error and not out.exists()
    assert main(["assemble", str(saved), "--docx", str(out), "--undecided", "left"]) == 0
    note = capsys.readouterr().err
    assert "took the left-hand text for 4 clause(s)" in note and "Article 4 – Prix" in note
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert texts[-6:] == [
        "Note : clauses sans décision",
        "Aucune décision n’a été prise pour les clauses suivantes ; le texte de la version de "
        "gauche a été retenu :",
        "– Article 2 – Confidentialité",
        "– Article 4 – Prix",
        "– Article 5 – Pénalités",
        "– Article 5 – Résiliation",
    ]
    assert "Le prix de la maintenance est de 110 € HT par jour." in texts  # left text taken


def test_docx_is_a4_in_french_with_no_source_markup(tmp_path: Path) -> None:
    from clausediff.compare.pipeline import compare_documents
    from clausediff.document import Document, Format

    left = Document("# LICENCE\n\n## 1. Objet\n\nLe Client **doit** payer.\n", Format.TXT, "fr")
    right = Document("# LICENCE\n\n## 1. Objet\n\nLe Client peut payer.\n", Format.TXT, "fr")
    session = new_session(compare_documents(left, right))
    contract = assemble(session, undecided=Keep.RIGHT)
    path = tmp_path / "contrat.docx"
    write_docx(contract, path)
    document = docx.Document(str(path))
    headings = [
        p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))
    ]
    assert all("#" not in h and "*" not in h for h in headings), headings
    assert document.sections[0].page_width.twips == 11906  # A4
    lang = document.styles.element.find(
        ".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}lang"
    )
    assert lang.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") == "fr-FR"
