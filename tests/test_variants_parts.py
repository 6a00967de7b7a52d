"""The variants building blocks: word features, similarity, display runs, report text, .docx."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausediff.comparison import Op, Side, TermKind
from clausediff.variants import GroupChoice, VariantsState, analyse_group, group_variants
from clausediff.variants.choice import CUSTOM
from clausediff.variants.load import load_text
from clausediff.variants.reference import most_central, similarity_matrix
from clausediff.variants.report import chosen_text, report_html, report_text
from clausediff.variants.runs import diff_runs
from clausediff.variants.words import stems

ENGLISH_PAGE = "\n".join(
    [
        "Support Sample Clauses",
        "",
        "Support. The Provider shall answer every request within 4 hours, from 9am to 5pm "
        "Monday to Friday, for a fee of $100 per ticket.",
        "Support. The Provider shall answer every request within 2 business days. Support is "
        "free of charge.",
        "Support. The Provider will provide support by phone 24/7 and shall answer within 8 hours.",
        "",
        "Related to Support",
        "",
        "  • Fees The Customer shall pay the fees within 30 days of the invoice date.",
        "",
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # elisions dropped, accents folded, plural and prefix stemming
        ("l’interface de gestion", ["interf", "gestio"]),
        # e-mail synonyms and addresses become one "email" concept
        ("par courriel ou par mail à xx@yy.fr", ["email", "email", "email"]),
        ("une adresse électronique", ["email"]),
        # phone numbers and phone words become "teleph"; "en ligne" becomes "online"
        ("au +(00) 0 00 00 00 00 ou en ligne", ["teleph", "online"]),
        ("ligne téléphonique", ["ligne", "teleph"]),
        # a date is not a phone number; ten digits in pairs are
        ("le 01.01.2024 au 01 23 45 67 89", ["teleph"]),
        # masked names and bare numbers say nothing
        ("Xxxxxx s'engage 2024", ["engage"]),
        # English function words are dropped too
        ("The Provider shall answer by e-mail", ["provid", "answer", "email"]),
    ],
)
def test_stems(text: str, expected: list[str]) -> None:
    assert stems(text) == expected


def test_similarity_matrix_and_centre() -> None:
    texts = [
        "Le prestataire répond sous quatre heures ouvrées.",
        "Le prestataire répond sous quatre heures.",
        "Le prestataire répond sous deux jours.",
        "Toute autre chose sans rapport avec le reste.",
    ]
    matrix = similarity_matrix(texts)
    assert matrix[0][0] == 1.0 and matrix[0][1] == matrix[1][0]
    assert matrix[0][1] > matrix[0][2] > matrix[0][3]
    assert most_central(matrix) == 1  # the one closest to all the others
    assert most_central(()) == 0


@pytest.fixture(scope="module")
def english() -> VariantsState:
    library = load_text(ENGLISH_PAGE, "support.txt")
    return VariantsState(library, group_variants(library.variants))


def test_english_library_page(english: VariantsState) -> None:
    assert [(g.title, len(g.variant_ids)) for g in english.groups] == [("Support", 3), ("Fees", 1)]
    result = analyse_group(english.library, english.groups[0], language="en")
    first = result.matrix.row(result.group.variant_ids[0])
    assert [c.description for c in first.deadlines] == ["4 hours"]
    assert first.amounts and first.amounts[0].sort_key == 100.0
    second = result.matrix.row(result.group.variant_ids[1])
    assert second.deadlines[0].description == "2 business days"
    assert second.deadlines[0].sort_key == pytest.approx(2 * 24 * 7 / 5)


def test_diff_runs_rebuild_both_sides(english: VariantsState) -> None:
    group = english.groups[0]
    result = analyse_group(english.library, group, group.variant_ids[0], language="en")
    reference = english.library.variant(result.reference_id)
    other = english.library.variant(group.variant_ids[2])
    diff = result.diff(other.id)
    ref_terms = [c.term for c in result.matrix.row(reference.id).deadlines]
    var_terms = [c.term for c in result.matrix.row(other.id).deadlines]
    source = english.library.source_of(reference).text
    left = diff_runs(diff, Side.LEFT, ref_terms, var_terms, source)
    right = diff_runs(diff, Side.RIGHT, ref_terms, var_terms)
    assert "".join(r.text for r in left) == reference.text
    assert "".join(r.text for r in right) == other.text
    assert {r.op for r in left} <= {Op.EQUAL, Op.DELETE}
    assert {r.op for r in right} <= {Op.EQUAL, Op.INSERT}
    # A term cut by diff marks ("within [8] hours") is one term: its runs up to its last one.
    marked, piece = [], ""
    for r in right:
        if r.term is TermKind.DEADLINE:
            piece += r.text
            if r.term_end:
                marked, piece = [*marked, piece], ""
    assert "within 8 hours" in marked
    both = diff_runs(diff, None)
    assert {r.op for r in both} == {Op.EQUAL, Op.DELETE, Op.INSERT}
    with pytest.raises(ValueError):
        diff_runs(diff, "middle")  # type: ignore[arg-type]  # a wrong value from outside


def test_report_text_and_html(english: VariantsState) -> None:
    group = english.groups[0]
    state = english.with_choice(
        group.id, GroupChoice(preferred=CUSTOM, custom_text="My own wording.", note="Check fee")
    )
    result = analyse_group(state.library, group, language="en")
    assert chosen_text(state, result) == "My own wording."
    text = report_text(state, [result], "en")
    assert text.startswith("Clause variants — Support")
    assert "Note: Check fee" in text
    assert "Provision 1" in text
    html = report_html(state, [result], "fr")
    assert "Variantes de clause — Support" in html
    assert "text-decoration: line-through" in html  # deletions are struck, not only coloured
    assert "Rédaction propre" in html


def test_docx_export(english: VariantsState, tmp_path: Path) -> None:
    import docx

    from clausediff.variants.export import write_docx

    group = english.groups[0]
    state = english.with_choice(group.id, GroupChoice(preferred=group.variant_ids[1]))
    results = [analyse_group(state.library, g, language="en") for g in state.groups]
    target = tmp_path / "out.docx"
    write_docx(state, results, target, "en")
    document = docx.Document(str(target))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[:3] == [
        "Support",
        "Preferred variant: V2 · Support 2",
        "The Provider shall answer every request within 2 business days. Support is free of "
        "charge.",
    ]
    assert document.tables[0].rows[0].cells[2].text == "Deadlines"


def test_analyse_threads_its_monitor_into_each_group(library_path: Path) -> None:
    """Cancelling during a group's diffs stops ``analyse``, not only between groups."""
    from clausediff.errors import Cancelled
    from clausediff.progress import Monitor
    from clausediff.variants import analyse, group_variants, load_paths

    library = load_paths([library_path])
    groups = group_variants(library.variants)
    messages: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        messages.append(message)

    def should_cancel() -> bool:
        return "diff" in messages

    with pytest.raises(Cancelled):
        analyse(library, groups, monitor=Monitor(progress, should_cancel))
    assert messages == ["variants", "diff"]
