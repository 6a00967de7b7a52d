"""A variant against the reference provision by provision (clausediff.variants.aligned).

On the bundled library the whole-text word diff of V6 against the reference V3 keeps 0.3 % of
the text (the two put their shared provision in another sentence order, with another opening
sentence); aligned on the provisions grid, the shared provision is diffed with its counterpart
and the rest is shown as each variant's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clausediff.comparison import Op, Side
from clausediff.variants.aligned import aligned_diff
from clausediff.variants.analyse import analyse_group
from clausediff.variants.grid import variant_sentences
from clausediff.variants.grouping import group_variants
from clausediff.variants.load import load_paths
from clausediff.variants.model import Library, VariantsResult
from clausediff.variants.runs import provision_runs


@pytest.fixture(scope="module")
def bundled(library_path: Path) -> tuple[Library, VariantsResult]:
    library = load_paths([library_path])
    return library, analyse_group(library, group_variants(library.variants)[0])


def test_every_sentence_of_both_sides_once_in_grid_order(
    bundled: tuple[Library, VariantsResult],
) -> None:
    library, result = bundled
    reference = library.variant(result.reference_id)
    for variant_id in result.group.variant_ids:
        aligned = aligned_diff(library, result, variant_id)
        rows = [p.row for p in aligned.provisions]
        assert rows == sorted(rows)  # the grid's reading order
        left = [p.reference for p in aligned.provisions if p.reference is not None]
        right = [p.variant for p in aligned.provisions if p.variant is not None]
        assert sorted(s.index for s in left) == [
            s.index for s in variant_sentences(library, reference)
        ]
        assert sorted(s.index for s in right) == [
            s.index for s in variant_sentences(library, library.variant(variant_id))
        ]
        for provision in aligned.provisions:
            assert provision.reference is not None or provision.variant is not None


def test_shared_provisions_tile_their_two_sentences(
    bundled: tuple[Library, VariantsResult],
) -> None:
    library, result = bundled
    left_text = library.source_of(library.variant(result.reference_id)).text
    for variant_id in result.group.variant_ids:
        right_text = library.source_of(library.variant(variant_id)).text
        for provision in aligned_diff(library, result, variant_id).provisions:
            if provision.reference is not None:
                runs = provision_runs(provision, Side.LEFT, left_text)
                assert "".join(r.text for r in runs) == provision.reference.text
                assert {r.op for r in runs} <= (
                    {Op.EQUAL, Op.DELETE} if provision.shared else {Op.DELETE}
                )
            if provision.variant is not None:
                runs = provision_runs(provision, Side.RIGHT, right_text)
                assert "".join(r.text for r in runs) == provision.variant.text
                assert {r.op for r in runs} <= (
                    {Op.EQUAL, Op.INSERT} if provision.shared else {Op.INSERT}
                )


def test_the_reference_against_itself_is_all_shared_and_equal(
    bundled: tuple[Library, VariantsResult],
) -> None:
    library, result = bundled
    aligned = aligned_diff(library, result, result.reference_id)
    assert aligned.shared == len(aligned.provisions) > 0
    assert all(p.similarity == 1.0 for p in aligned.provisions)
    assert all(op.op is Op.EQUAL for p in aligned.provisions for op in p.ops)


def test_v6_shares_its_cap_with_the_reference_and_nothing_else(
    bundled: tuple[Library, VariantsResult],
) -> None:
    # V3 (reference): the total liability cap, then "Cette limitation ne s'applique pas…".
    # V6: "Chacune des parties est responsable…", its cap, "Sont exclus de cette limitation…".
    library, result = bundled
    six = result.group.variant_ids[5]
    aligned = aligned_diff(library, result, six)
    shared = [p for p in aligned.provisions if p.shared]
    assert len(shared) == 1 == aligned.shared
    cap = shared[0]
    assert cap.reference is not None and cap.variant is not None
    assert cap.reference.text.startswith("La responsabilité totale du Prestataire")
    assert cap.variant.text.startswith("La responsabilité de chaque partie")
    # Diffed with its counterpart, "La responsabilité … est limitée" is kept.
    kept = " ".join(op.text for op in cap.ops if op.op is Op.EQUAL)
    assert "La responsabilité" in kept and "est limitée" in kept
    own = [p.variant.text for p in aligned.provisions if p.reference is None and p.variant]
    assert any(text.startswith("Chacune des parties") for text in own)
    lacking = [p.reference.text for p in aligned.provisions if p.variant is None and p.reference]
    assert any(text.startswith("Cette limitation ne s’applique pas") for text in lacking)


def test_own_wording_is_aligned_on_the_references_provisions(
    bundled: tuple[Library, VariantsResult],
) -> None:
    # The user starts from V6 and edits one amount: a whole-text diff against the reference V3
    # struck nearly everything (V6 puts its provisions in another order); aligned, V6's shared
    # provision is diffed with V3's, and the edit shows inside it.
    from clausediff.variants.aligned import OWN_TEXT, aligned_text
    from clausediff.variants.analyse import diff_text

    library, result = bundled
    six = library.variant(result.group.variant_ids[5])
    own = six.text.replace("soit 120\u202f000", "soit 150\u202f000")  # narrow NBSP as written
    assert own != six.text
    aligned = aligned_text(library, result, own, base_id=six.id)
    stored = aligned_diff(library, result, six.id)
    assert aligned.variant_id == OWN_TEXT and aligned.reference_id == result.reference_id
    assert len(aligned.provisions) == len(stored.provisions) == 4
    assert aligned.shared == stored.shared == 1
    shared = next(p for p in aligned.provisions if p.shared)
    assert shared.variant is not None and "150\u202f000\xa0€ TTC" in shared.variant.text
    inserted = "".join(op.text for op in shared.ops if op.op is Op.INSERT)
    assert "150" in inserted
    # every sentence of the own wording is in exactly one provision, offsets into ``own``
    right = [p.variant for p in aligned.provisions if p.variant is not None]
    assert all(own[s.start : s.end] == s.text for s in right)
    assert "".join(s.text for s in sorted(right, key=lambda s: s.index)).replace(" ", "") == (
        own.replace(" ", "").replace("\n", "")
    )
    # The provision-by-provision view keeps far more in common than the whole-text diff.
    assert shared.similarity > diff_text(library, result.reference_id, own).similarity


def test_own_wording_from_the_reference_keeps_every_provision_shared(
    bundled: tuple[Library, VariantsResult],
) -> None:
    from clausediff.variants.aligned import aligned_text

    library, result = bundled
    reference = library.variant(result.reference_id)
    aligned = aligned_text(library, result, reference.text, base_id=reference.id)
    assert aligned.provisions and all(p.shared for p in aligned.provisions)
    assert all(p.similarity == 1.0 for p in aligned.provisions)
    # Typed without a base: still every sentence once, the reference's too.
    loose = aligned_text(library, result, reference.text.replace("Prestataire", "Fournisseur"))
    kept = [p.reference.index for p in loose.provisions if p.reference is not None]
    assert sorted(kept) == [s.index for s in variant_sentences(library, reference)]
