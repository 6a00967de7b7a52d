"""The bundled sample clause libraries: what each variant says, as the samples README's key lists.

These run on every clone (no ``../shared`` needed), so the variants features are tested on the
library a newcomer opens with ``clausediff --demo-variants``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clausediff.cli.main import main
from clausediff.variants import analyse_group, group_variants, load_paths
from clausediff.variants.model import Library, VariantsResult

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
FRENCH = SAMPLES / "bibliotheque-limitation-responsabilite.txt"
ENGLISH = SAMPLES / "library-limitation-of-liability.txt"


@pytest.fixture(scope="module")
def french() -> Library:
    return load_paths([FRENCH])


@pytest.fixture(scope="module")
def liability(french: Library) -> VariantsResult:
    return analyse_group(french, group_variants(french.variants)[0])


def _row_of(result: VariantsResult, variant: int, words: str) -> int:
    """The grid row holding the sentence of variant N (1-based) that contains ``words``."""
    column = result.grid.variant_ids.index(result.group.variant_ids[variant - 1])
    for number, row in enumerate(result.grid.rows):
        cell = row.cells[column]
        if cell is not None and words in cell.text:
            return number
    raise AssertionError(f"no sentence of variant {variant} says {words!r}")


def test_french_library_groups_eight_variants_and_four_related(french: Library) -> None:
    groups = group_variants(french.variants)
    assert [(g.title, len(g.variant_ids)) for g in groups] == [
        ("Limitation de responsabilité", 8),
        ("Assurances", 1),
        ("Force majeure", 1),
        ("Pénalités de retard", 1),
        ("Garantie", 1),
    ]
    for variant in french.variants:
        assert french.source_of(variant).text[variant.start : variant.end] == variant.text


def test_english_library_groups_six_variants_and_two_related() -> None:
    groups = group_variants(load_paths([ENGLISH]).variants)
    assert [(g.title, len(g.variant_ids)) for g in groups] == [
        ("Limitation of Liability", 6),
        ("Insurance", 1),
        ("Force Majeure", 1),
    ]


def test_reference_is_a_variant_of_the_shared_wording(liability: VariantsResult) -> None:
    """Five variants start from the same sentence; the most central one is among them."""
    shared = "La responsabilité totale du Prestataire au titre du présent contrat"
    ids = liability.group.variant_ids
    reference = ids.index(liability.reference_id) + 1
    assert reference in {1, 2, 3, 5, 7}
    assert all(
        (shared in diff.ops[0].text) == (ids.index(diff.variant_id) + 1 in {1, 2, 3, 5, 7})
        for diff in liability.diffs
        if diff.ops and diff.ops[0].op.value == "equal"
    )


def test_caps_and_carve_outs_each_have_their_row(liability: VariantsResult) -> None:
    cap = _row_of(liability, 1, "est limitée au montant des sommes effectivement payées")
    for variant, words in ((2, "50"), (3, "six (6) mois"), (5, "par sinistre"), (7, "100")):
        assert _row_of(liability, variant, words) == cap
    carve_out = _row_of(liability, 1, "ne s’applique pas en cas de faute lourde")
    assert _row_of(liability, 3, "ne s’applique pas") == carve_out
    assert _row_of(liability, 7, "violation des dispositions") == carve_out
    assert carve_out != cap


def test_terms_matrix_reads_every_cap_and_delay(liability: VariantsResult) -> None:
    """The key's figures: caps HT/TTC with their period, delays in days, working days, hours."""
    by_variant = {
        liability.group.variant_ids.index(row.variant_id) + 1: row for row in liability.matrix.rows
    }
    amounts = {n: [cell.term.value for cell in r.amounts] for n, r in by_variant.items()}
    deadlines = {n: [cell.term.text for cell in r.deadlines] for n, r in by_variant.items()}
    assert [v["quantity"] for v in amounts[5]] == [25000, 75000]
    assert amounts[6][0]["tax"] == "TTC" and amounts[6][0]["quantity"] == 120000
    assert amounts[2][0]["per"] == "year" and amounts[8][0]["per"] == "day"
    assert [v["quantity"] for v in amounts[4]] == [10000]
    assert any("cinq (5) jours ouvrés" in text for text in deadlines[5])
    assert any("quarante-huit (48) heures" in text for text in deadlines[7])
    assert any("douze (12) mois" in text for text in deadlines[1])


def test_cli_reads_the_bundled_library(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["variants", str(FRENCH), "--json", "-"]) == 0
    assert '"Limitation de responsabilité"' in capsys.readouterr().out
