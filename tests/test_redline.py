"""The redline: tracked changes that accept to the right text and reject to the left text."""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from docx.shared import Twips
from lxml import etree
from report_support import sample_comparison

from clausediff.compare.pipeline import compare_documents, compare_files
from clausediff.comparison import Comparison
from clausediff.document import Document, Format
from clausediff.report.assemble import assemble
from clausediff.report.redline import RedlineOptions, ooxml, write_redline
from clausediff.report.redline.page import A4, LETTER, page_for
from clausediff.report.redline.paragraphs import paragraphs
from clausediff.report.redline.pieces import Mark, Piece, new_text, old_text, redline_pieces
from clausediff.report.redline.review import accepted_paragraphs, rejected_paragraphs
from clausediff.store.session import Choice, Keep, new_session

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PAIRS = {
    "fr": ("contrat-services-v1.txt", "contrat-services-v2.txt"),
    "en": ("service-agreement-v1.txt", "service-agreement-v2.txt"),
}


def _sample(language: str) -> Comparison:
    left, right = PAIRS[language]
    return compare_files(SAMPLES / left, SAMPLES / right)


def _paragraphs(text: str) -> list[str]:
    """A text's paragraphs as a reader sees them: lines, spaces folded, blank lines dropped."""
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _folded(paragraphs: list[str]) -> list[str]:
    return [p for text in paragraphs for p in _paragraphs(text)]


def _body(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


# --- the vocabulary ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mark", "wrapper", "text_tag"),
    [
        (Mark.EQUAL, None, "t"),  # plain run, no revision
        (Mark.INSERT, "ins", "t"),
        (Mark.DELETE, "del", "delText"),  # deleted text must be w:delText
        (Mark.MOVE_FROM, "moveFrom", "t"),
        (Mark.MOVE_TO, "moveTo", "t"),
    ],
)
def test_each_mark_is_written_as_its_revision_element(
    mark: Mark, wrapper: str | None, text_tag: str
) -> None:
    stamp = ooxml.Stamp("Maître Durand", "2026-12-07T10:00:00Z")
    p = ooxml.paragraph()
    ooxml.add_text(p, mark, " deux mots\nligne", stamp)
    child = p[0]
    if wrapper is None:
        assert child.tag == W + "r"
        run = child
    else:
        assert child.tag == W + wrapper
        assert child.get(W + "author") == "Maître Durand"
        assert child.get(W + "date") == "2026-12-07T10:00:00Z"
        assert child.get(W + "id") == "1"
        run = child[0]
    assert [node.tag for node in run] == [W + text_tag, W + "br", W + text_tag]
    assert run[0].text == " deux mots"
    # A leading space survives only with xml:space="preserve".
    assert run[0].get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"


def test_paragraph_mark_revision_and_move_ranges() -> None:
    stamp = ooxml.Stamp()
    p = ooxml.paragraph("Heading1")
    range_id = ooxml.open_move_range(p, Mark.MOVE_TO, "move1", stamp)
    ooxml.add_text(p, Mark.MOVE_TO, "Article 2", stamp)
    ooxml.close_move_range(p, Mark.MOVE_TO, range_id)
    ooxml.mark_paragraph_end(p, Mark.MOVE_TO, stamp)
    assert [child.tag for child in p] == [
        W + "pPr",
        W + "moveToRangeStart",
        W + "moveTo",
        W + "moveToRangeEnd",
    ]
    assert p[1].get(W + "name") == "move1"
    assert p[3].get(W + "id") == p[1].get(W + "id") == range_id
    p_pr = p.find(W + "pPr")
    assert [child.tag for child in p_pr] == [W + "pStyle", W + "rPr"]
    assert p_pr.find(f"{W}rPr/{W}moveTo") is not None
    # Every revision and range has its own id.
    ids = [e.get(W + "id") for e in p.iter() if e.get(W + "id") and e.tag != W + "moveToRangeEnd"]
    assert len(ids) == len(set(ids)) == 3


# --- the marked pieces ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fr", "en"])
def test_pieces_give_back_both_texts_exactly(language: str) -> None:
    comparison = _sample(language)
    pieces = redline_pieces(comparison)
    assert old_text(pieces) == comparison.left.text
    assert new_text(pieces) == comparison.right.text
    # The samples have a moved clause: its two halves share a move number.
    moves = {p.move for p in pieces if p.mark is Mark.MOVE_FROM}
    assert moves and moves == {p.move for p in pieces if p.mark is Mark.MOVE_TO}


def test_pieces_of_the_small_pair_read_as_a_lawyer_expects() -> None:
    pieces = redline_pieces(sample_comparison())
    changes = [(p.mark, p.text.strip()) for p in pieces if p.mark is not Mark.EQUAL]
    # Word-level changes inside the modified clauses, from the pairs' own word diff.
    assert (Mark.DELETE, "doit") in changes and (Mark.INSERT, "peut") in changes
    assert (Mark.DELETE, "110") in changes and (Mark.INSERT, "150") in changes
    # The renumbering "Article 2" -> "Article 3" is found in the heading, outside the body diff.
    assert (Mark.DELETE, "2") in changes and (Mark.INSERT, "3") in changes
    # Confidentiality moved up: moved-to text first (new place), moved-from text later.
    marks = [p.mark for p in pieces]
    assert marks.index(Mark.MOVE_TO) < marks.index(Mark.MOVE_FROM)


def test_decisions_change_what_accepting_gives() -> None:
    comparison = sample_comparison()
    session = new_session(comparison)
    for index, choice in (
        (1, Choice(Keep.RIGHT)),  # the moved clause, as moved
        (2, Choice(Keep.LEFT)),  # keep the 4-hour deadline: no revision there
        (3, Choice(Keep.CUSTOM, custom_text="Le prix est de 130 € HT.")),
        (4, Choice(Keep.LEFT)),  # the deleted penalty clause stays
        (5, Choice(Keep.LEFT)),  # the inserted termination clause goes
    ):
        session = session.with_choice(comparison.pairs[index], choice)
    pieces = redline_pieces(comparison, session)
    assert old_text(pieces) == comparison.left.text
    # Accepting gives exactly the assembled contract (spaces aside).
    assert new_text(pieces).split() == assemble(session).text.split()
    changed = " ".join(p.text for p in pieces if p.mark is not Mark.EQUAL)
    assert "quatre" not in changed and "Pénalités" not in changed and "Résiliation" not in changed
    assert "130" in changed and "110" in changed  # the custom price as the user's revision


# --- paragraphs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pieces", "accepted", "rejected"),
    [
        # A paragraph break on the right only: an inserted paragraph mark.
        (
            [
                Piece(Mark.EQUAL, "Un"),
                Piece(Mark.DELETE, " "),
                Piece(Mark.INSERT, "\n\n"),
                Piece(Mark.EQUAL, "deux"),
            ],
            ["Un", "deux"],
            ["Un deux"],
        ),
        # A deleted paragraph between two kept ones.
        (
            [
                Piece(Mark.EQUAL, "Un\n\n"),
                Piece(Mark.DELETE, "Deux.\n\n"),
                Piece(Mark.EQUAL, "Trois"),
            ],
            ["Un", "Trois"],
            ["Un", "Deux.", "Trois"],
        ),
        # Whitespace spread over pieces: CRLF-free blank line split between two equal pieces.
        (
            [Piece(Mark.EQUAL, "Un\n"), Piece(Mark.EQUAL, "\nDeux")],
            ["Un", "Deux"],
            ["Un", "Deux"],
        ),
        # A word inserted before a no-break space keeps its spacing on both sides.
        (
            [Piece(Mark.EQUAL, "Prix"), Piece(Mark.INSERT, " net"), Piece(Mark.EQUAL, "\u00a0:")],
            ["Prix net\u00a0:"],
            ["Prix\u00a0:"],
        ),
    ],
)
def test_paragraph_marks_follow_the_breaks_of_each_side(
    pieces: list[Piece], accepted: list[str], rejected: list[str]
) -> None:
    cut = paragraphs(pieces)

    def read(marks: frozenset[Mark]) -> list[str]:
        out, pending = [], ""
        for paragraph in cut:
            text = pending + "".join(r.text for r in paragraph.runs if r.mark in marks)
            if paragraph.end not in marks:
                pending = text
            else:
                out.append(text)
                pending = ""
        return [" ".join(t.split()) for t in out + ([pending] if pending else [])]

    keep_new = frozenset({Mark.EQUAL, Mark.INSERT, Mark.MOVE_TO})
    keep_old = frozenset({Mark.EQUAL, Mark.DELETE, Mark.MOVE_FROM})
    assert read(keep_new) == [" ".join(t.split()) for t in accepted]
    assert read(keep_old) == [" ".join(t.split()) for t in rejected]


# --- the Word file ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fr", "en"])
def test_accept_all_gives_the_right_text_and_reject_all_the_left(
    language: str, tmp_path: Path
) -> None:
    comparison = _sample(language)
    path = tmp_path / "redline.docx"
    stats = write_redline(comparison, path)
    assert _folded(accepted_paragraphs(path)) == _paragraphs(comparison.right.text)
    assert _folded(rejected_paragraphs(path)) == _paragraphs(comparison.left.text)
    assert stats.revisions > 10 and stats.moves >= 1


def test_revisions_carry_author_date_and_moves_their_ranges(tmp_path: Path) -> None:
    path = tmp_path / "redline.docx"
    moment = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
    write_redline(sample_comparison(), path, options=RedlineOptions("Cabinet X", moment))
    root = _body(path)
    revisions = [e for tag in ("ins", "del", "moveFrom", "moveTo") for e in root.iter(W + tag)]
    assert revisions
    assert {(e.get(W + "author"), e.get(W + "date")) for e in revisions} == {
        ("Cabinet X", "2026-12-07T09:30:00Z")
    }
    ids = [e.get(W + "id") for e in root.iter() if e.get(W + "id") is not None]
    starts = [e for tag in ("moveFromRangeStart", "moveToRangeStart") for e in root.iter(W + tag)]
    ends = [e for tag in ("moveFromRangeEnd", "moveToRangeEnd") for e in root.iter(W + tag)]
    assert len(ids) == len(set(ids)) + len(ends)  # each range end repeats its start's id
    assert {e.get(W + "name") for e in root.iter(W + "moveFromRangeStart")} == {
        e.get(W + "name") for e in root.iter(W + "moveToRangeStart")
    }
    assert sorted(e.get(W + "id") for e in starts) == sorted(e.get(W + "id") for e in ends)
    # Deleted words are in w:delText, never in w:t.
    assert all(e.tag != W + "t" for d in root.iter(W + "del") for e in d.iter())


def test_headings_are_heading_styles_and_the_page_is_a4_in_french(tmp_path: Path) -> None:
    path = tmp_path / "redline.docx"
    write_redline(sample_comparison(), path)
    document = docx.Document(str(path))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert styles[0] == ("Title", "CONTRAT DE MAINTENANCE")
    assert ("Heading 1", "Article 1 – Objet") in styles
    section = document.sections[0]
    assert (section.page_width, section.page_height) == (Twips(A4[0]), Twips(A4[1]))
    lang = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang.get(W + "val") == "fr-FR"
    assert document.settings.element.find(W + "trackRevisions") is not None


def test_letter_only_for_an_english_word_file_laid_out_on_letter(tmp_path: Path) -> None:
    letter = tmp_path / "us.docx"
    source = docx.Document()
    source.sections[0].page_width, source.sections[0].page_height = Twips(12240), Twips(15840)
    source.add_paragraph("1. Services. Provider shall provide the services.")
    source.save(str(letter))
    english = Document("x", Format.DOCX, "en", path=str(letter))
    assert page_for(english).size == LETTER and page_for(english).language == "en-US"
    assert page_for(Document("x", Format.TXT, "en")).size == A4  # a text file says nothing
    assert page_for(Document("x", Format.DOCX, "fr", path=str(letter))).language == "fr-FR"


def test_cover_page_lists_statuses_and_term_changes_before_the_redline(tmp_path: Path) -> None:
    path = tmp_path / "redline.docx"
    write_redline(sample_comparison(), path, options=RedlineOptions(summary=True))
    document = docx.Document(str(path))
    assert document.paragraphs[0].text == "Comparaison en mode révision"
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    assert "Déplacée" in cells and "Délai modifié" in cells
    assert "au plus tard cinq (5) jours ouvrés" in cells
    # The tracked text still accepts to the right document after the cover.
    accepted = _folded(accepted_paragraphs(path))
    right = _paragraphs(sample_comparison().right.text)
    assert accepted[-len(right) :] == right


def test_hostile_text_survives_both_ways(tmp_path: Path) -> None:
    left = Document(
        "Article 1 – Objet\r\nLe prix\u00a0: 10\u202f€ l’unité.\u200b\n\nArticle 2 – Fin\nFin.",
        Format.TXT,
        "fr",
    )
    right = Document(
        "Article 1 – Objet\nLe prix\u00a0: 12\u202f€ l’unité,\ttaxes incluses.\n\n"
        "Article 2 – Fin\nFin du contrat.",
        Format.TXT,
        "fr",
    )
    comparison = compare_documents(left, right)
    path = tmp_path / "redline.docx"
    write_redline(comparison, path)
    assert _folded(accepted_paragraphs(path)) == _paragraphs(right.text)
    # CR, zero-width space: folded away as whitespace would be, nothing else lost.
    assert [re.sub(r"[\u200b]", "", p) for p in _folded(rejected_paragraphs(path))] == [
        re.sub(r"[\u200b]", "", p) for p in _paragraphs(left.text.replace("\r", ""))
    ]


# --- the command line ---------------------------------------------------------------------------


def test_compare_writes_the_redline_and_assemble_the_decided_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from clausediff.cli.main import main
    from clausediff.store.session import save_session

    left, right = (str(SAMPLES / name) for name in PAIRS["fr"])
    out = tmp_path / "redline.docx"
    assert main(["compare", left, right, "--docx", str(out), "--author", "Me Durand", "-q"]) == 0
    assert {e.get(W + "author") for e in _body(out).iter(W + "ins")} == {"Me Durand"}
    comparison = _sample("fr")
    session = new_session(comparison)
    modified = next(p for p in comparison.pairs if p.status.value == "modified")
    session = session.with_choice(modified, Choice(Keep.LEFT))
    saved = tmp_path / "s.clausediff"
    save_session(session, saved)
    decided = tmp_path / "decided.docx"
    assert main(["assemble", str(saved), "--redline", str(decided), "--docx-summary"]) == 0
    assert _folded(rejected_paragraphs(decided))[-3:] == _paragraphs(comparison.left.text)[-3:]
    assert len(list(_body(decided).iter(W + "ins"))) < len(list(_body(out).iter(W + "ins")))


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--docx", "report.pdf"], "a Word redline is written as .docx"),
        (["--docx-summary"], "--docx-summary needs a redline"),
        (["--docx", "missing-folder/x.docx"], "does not exist"),
    ],
)
def test_redline_flags_refuse_bad_use_in_one_line(
    arguments: list[str],
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from clausediff.cli.main import main

    monkeypatch.chdir(tmp_path)
    left, right = (str(SAMPLES / name) for name in PAIRS["en"])
    assert main(["compare", left, right, "-q", *arguments]) == 2
    error = capsys.readouterr().err
    assert message in error and error.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_number_run_into_its_text_is_body_text_not_a_heading(tmp_path: Path) -> None:
    path = tmp_path / "redline.docx"
    write_redline(_sample("fr"), path)
    styles = {p.text[:40]: p.style.name for p in docx.Document(str(path)).paragraphs}
    # "Article 7 – Prix…" is a heading; "7.1 En contrepartie…" (number run in) is not.
    assert next(v for k, v in styles.items() if "Prix et modalités" in k).startswith("Heading")
    assert next(v for k, v in styles.items() if "En contrepartie" in k) == "Normal"
