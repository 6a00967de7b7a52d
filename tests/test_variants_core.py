"""Clause variants on the seed library page: loading, grouping, reference, grid, terms matrix."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from clausediff.cli.main import main
from clausediff.errors import InputError
from clausediff.variants import (
    GroupChoice,
    VariantsState,
    analyse_group,
    analysis_to_dict,
    extend,
    extend_groups,
    group_variants,
    library_from_comparison,
    load_paths,
    load_text,
    merge_groups,
    move_variant,
    split_group,
    variants_state_from_dict,
    variants_state_to_dict,
)
from clausediff.variants.model import Library, TermColumn, VariantsResult
from clausediff.variants.reference import mean_similarity
from clausediff.variants.similar import find_similar

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seed_library(seed_path: Path) -> Library:
    return load_paths([seed_path])


@pytest.fixture(scope="module", params=["bundled", "seed"])
def any_library(request: pytest.FixtureRequest, library_path: Path) -> Library:
    """Each library page with a group of 8 variants: the bundled one, then the seed (if present).

    The tests that hold for any library run on the bundled page on every clone.
    """
    if request.param == "bundled":
        return load_paths([library_path])
    return load_paths([request.getfixturevalue("seed_path")])


@pytest.fixture(scope="module")
def any_group(any_library: Library) -> VariantsResult:
    return analyse_group(any_library, group_variants(any_library.variants)[0])


@pytest.fixture(scope="module")
def support(seed_library: Library) -> VariantsResult:
    groups = group_variants(seed_library.variants)
    return analyse_group(seed_library, groups[0])


def _sentence_row(result: VariantsResult, variant_number: int, words: str) -> int:
    """The grid row of the sentence of variant N (1-based in the group) containing ``words``."""
    variant_id = result.group.variant_ids[variant_number - 1]
    column = result.grid.variant_ids.index(variant_id)
    for number, row in enumerate(result.grid.rows):
        cell = row.cells[column]
        if cell is not None and words in cell.text:
            return number
    raise AssertionError(f"no sentence of variant {variant_number} says {words!r}")


def test_seed_loads_as_one_group_of_eight_plus_related(seed_library: Library) -> None:
    groups = group_variants(seed_library.variants)
    assert [(g.title, len(g.variant_ids)) for g in groups] == [
        ("Support client", 8),
        ("Obligations du Client", 1),
        ("Données à caractère personnel", 1),
        ("PROTECTION DES DONNEES A CARACTERE PERSONNEL", 1),
        ("Contact", 1),
    ]
    for variant in seed_library.variants:
        source = seed_library.source_of(variant)
        assert source.text[variant.start : variant.end] == variant.text
    first = seed_library.variant(groups[0].variant_ids[0])
    assert first.text.startswith("Datasure est joignable par téléphone")
    assert first.label == "Support client 1"


def test_reference_is_the_most_central(any_group: VariantsResult) -> None:
    ids = any_group.group.variant_ids
    means = [mean_similarity(any_group.similarity, i) for i in range(len(ids))]
    assert any_group.reference_id == ids[means.index(max(means))]
    for i, row in enumerate(any_group.similarity):
        assert row[i] == 1.0
        assert all(row[j] == any_group.similarity[j][i] for j in range(len(ids)))


def test_diffs_tile_both_texts(any_library: Library, any_group: VariantsResult) -> None:
    """Each diff rebuilds the reference (equal + delete) and the variant (equal + insert)."""
    reference = any_library.variant(any_group.reference_id)
    for diff in any_group.diffs:
        variant = any_library.variant(diff.variant_id)
        left = "".join(op.text for op in diff.ops if op.op.value != "insert")
        right = "".join(op.text for op in diff.ops if op.op.value != "delete")
        assert right == variant.text
        assert len(left) == len(reference.text)
    assert any_group.diff(any_group.reference_id).similarity == 1.0


def test_grid_rows_of_equivalent_provisions(support: VariantsResult) -> None:
    phone = _sentence_row(support, 1, "joignable par téléphone")
    online = _sentence_row(support, 1, "contacté en ligne")
    assert phone < online  # the grid reads in the variants' own order
    paid = _sentence_row(support, 2, "ticket facturé")
    # Phone support: variant 1 (9h-17h, Mon-Fri), variant 4 (technical assistance by phone,
    # 24/7) and the Orange variant 6 (French number, 9h-18h Mon-Fri) on one row.
    assert phone == _sentence_row(support, 4, "assistance technique par téléphone")
    assert phone == _sentence_row(support, 6, "Numéro de téléphone")
    # Online channels: variant 1's ticket / form / mail and variant 3's ticket through the
    # management interface.
    assert online == _sentence_row(support, 3, "interface de gestion")
    # Chat: variant 2's free support by chat and variant 7's e-mail or "Live Tchat".
    assert _sentence_row(support, 2, "par chat") == _sentence_row(support, 7, "Live Tchat")
    # Paid tickets: only variant 2 charges for support, so its row holds nothing else.
    assert support.grid.rows[paid].count == 1
    assert len({phone, online, paid}) == 3
    # 5.2 (other questions: contact other services) and Orange's "contact our customer service".
    assert _sentence_row(support, 3, "autres services") == _sentence_row(
        support, 6, "invitera les Utilisateurs"
    )


def test_grid_holds_every_sentence_once(any_group: VariantsResult) -> None:
    seen: dict[str, list[int]] = {}
    for row in any_group.grid.rows:
        assert row.count >= 1
        for cell in row.cells:
            if cell is not None:
                seen.setdefault(cell.variant_id, []).append(cell.index)
    for variant_id, indices in seen.items():
        assert sorted(indices) == list(range(len(indices))), variant_id
    assert set(seen) == set(any_group.group.variant_ids)


def test_terms_matrix(support: VariantsResult) -> None:
    ids = support.group.variant_ids
    rows = {n + 1: support.matrix.row(v) for n, v in enumerate(ids)}
    amounts = [c.description for c in rows[2].amounts]
    assert amounts == ["110 € HT", "132 € TTC"]
    assert rows[2].sort_key(TermColumn.AMOUNTS) == 110.0
    deadlines = [c.description for c in rows[6].deadlines]
    assert deadlines == ["4 heures", "5 jours ouvrés", "5 jours"]
    assert rows[6].sort_key(TermColumn.DEADLINES) == 4.0  # the shortest, in hours
    assert [c.description for c in rows[4].hours] == ["24h/24 et 7j/7"]
    assert rows[4].sort_key(TermColumn.HOURS) == 24.0
    assert "du lundi au vendredi" in [c.description for c in rows[1].hours]
    assert rows[5].sort_key(TermColumn.AMOUNTS) is None  # variant 5 names no price
    # Offsets point into the source text.
    term = rows[2].amounts[0].term
    assert support.grid.rows  # the matrix and the grid come from the same group
    assert term.text == "110 € HT"


def test_reference_can_be_chosen(any_library: Library) -> None:
    group = group_variants(any_library.variants)[0]
    chosen = group.variant_ids[3]
    result = analyse_group(any_library, group, chosen)
    assert result.reference_id == chosen
    assert result.diff(chosen).similarity == 1.0
    assert result.similarity_to_reference(chosen) == 1.0


def test_split_merge_move(any_library: Library) -> None:
    groups = group_variants(any_library.variants)
    support = groups[0]
    split = split_group(groups, support.id, support.variant_ids[:2])
    assert [len(g.variant_ids) for g in split[:2]] == [6, 2]
    assert split[1].id not in {g.id for g in groups}
    merged = merge_groups(split, [support.id, split[1].id])
    assert merged[0].variant_ids == support.variant_ids[2:] + support.variant_ids[:2]
    assert len(merged) == len(groups)
    moved = move_variant(groups, groups[1].variant_ids[0], support.id)
    assert len(moved) == len(groups) - 1  # the emptied group disappears
    with pytest.raises(ValueError):
        split_group(groups, support.id, support.variant_ids)


def test_untitled_files_group_by_similarity(seed_library: Library, tmp_path: Path) -> None:
    """One file per variant: no titles, so variants group by their wording."""
    texts = {
        "a.txt": seed_library.variants[5].text,
        "b.txt": seed_library.variants[5].text.replace("quatre (4) heures", "deux (2) heures"),
        "c.txt": seed_library.variants[10].text,
        "d.txt": seed_library.variants[5].text.replace("Orange", "SFR"),
        "e.txt": seed_library.variants[10].text.replace("3 ans", "5 ans"),
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    library = load_paths([tmp_path])
    groups = group_variants(library.variants)
    labels = [[library.variant(v).label for v in g.variant_ids] for g in groups]
    assert labels == [["a.txt", "b.txt", "d.txt"], ["c.txt", "e.txt"]]
    assert not groups[0].titled


def test_state_round_trip(any_library: Library) -> None:
    groups = group_variants(any_library.variants)
    state = VariantsState(any_library, groups).with_choice(
        groups[0].id,
        GroupChoice(
            reference="v4",
            preferred="custom",
            custom_text="Mon texte",
            custom_base="v2",
            note="à revoir",
        ),
    )
    data = json.loads(json.dumps(variants_state_to_dict(state)))
    back = variants_state_from_dict(data)
    assert back == state
    data["variants"][0]["end"] = 10**9
    with pytest.raises(InputError):
        variants_state_from_dict(data)
    with pytest.raises(InputError):
        variants_state_from_dict({"schema": "other"})


def test_analysis_json(seed_library: Library, support: VariantsResult) -> None:
    data = json.loads(json.dumps(analysis_to_dict(seed_library, [support])))
    group = data["groups"][0]
    assert group["reference"] == support.reference_id
    assert len(group["similarity"]) == 8
    assert len(group["diffs"]) == 8
    assert len(group["grid"]["columns"]) == 8
    amounts = [t["description"] for row in group["terms"] for t in row["amounts"]]
    assert "110 € HT" in amounts


def test_cli_json_and_errors(seed_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["variants", str(seed_path), "--group", "support CLIENT", "--reference", "2", "--json", "-"]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert [g["title"] for g in data["groups"]] == ["Support client"]
    assert data["groups"][0]["reference"] == data["groups"][0]["variants"][1]
    assert main(["variants", str(seed_path), "--group", "Nope"]) == 2
    assert "no group titled 'Nope'" in capsys.readouterr().err
    assert main(["variants", str(seed_path), "--group", "Contact", "--reference", "3"]) == 2
    assert main(["variants", str(seed_path)]) == 0
    assert "Support client — 8 variant(s)" in capsys.readouterr().out


def test_find_similar(seed_library: Library) -> None:
    groups = group_variants(seed_library.variants)
    target = seed_library.variants[5]
    edited = target.text.replace("quatre (4) heures", "deux (2) heures")
    found = find_similar(edited, seed_library, groups, title="Service client")
    assert found[0].variant_id == target.id
    assert found[0].similarity > 0.8
    assert all(a.similarity >= b.similarity for a, b in itertools.pairwise(found))


def test_pasted_text_and_extend(seed_library: Library, seed_path: Path) -> None:
    pasted = load_text("Le support client est joignable par téléphone du lundi au vendredi.")
    assert len(pasted.variants) == 1 and pasted.variants[0].title == ""
    page = load_text(seed_path.read_text(encoding="utf-8"))
    assert len(page.variants) == 12
    both = extend(seed_library, pasted)
    assert both.variants[-1].id == "v13"
    assert both.source_of(both.variants[-1]).text.startswith("Le support client")
    again = extend(both, load_text("Autre texte collé pour le support."))
    assert again.variants[-1].source != both.variants[-1].source
    with pytest.raises(InputError):
        load_text("   ")


def test_variants_from_a_comparison() -> None:
    from clausediff.compare.pipeline import compare_files

    samples = ROOT / "resources" / "samples"
    comparison = compare_files(
        samples / "contrat-services-v1.txt", samples / "contrat-services-v2.txt"
    )
    left, right = comparison.left_clauses[2], comparison.right_clauses[2]
    library = library_from_comparison(comparison, [("left", left.id), ("right", right.id)])
    assert [v.text for v in library.variants] == [left.text, right.text]
    assert len(library.sources) == 2


def test_grid_aligns_reworded_copies(seed_library: Library, tmp_path: Path) -> None:
    """Copies of one clause, reworded, reordered or shortened, align sentence by sentence."""
    from clausediff.variants.sentences import split_sentences

    base = seed_library.variants[5].text  # the Orange variant: 11 sentences
    spans = split_sentences(base)
    sentences = [base[s:e] for s, e in spans]
    (s4, e4), (s7, e7), (s8, e8) = spans[4], spans[7], spans[8]
    texts = {
        "a": base,
        "b": base[:s4] + base[e4:],  # "Et l'un des deux (2) moyens suivants :" left out
        "c": base[:s7] + base[s8:e8] + base[e7:s8] + base[s7:e7] + base[e8:],  # two swapped
        "d": base.replace("quatre (4) heures", "deux (2) heures"),
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    library = load_paths([tmp_path])
    groups = group_variants(library.variants)
    assert len(groups) == 1
    result = analyse_group(library, groups[0])
    assert len(result.grid.rows) == len(sentences)
    for row in result.grid.rows:
        texts = {cell.text.replace("deux (2)", "quatre (4)") for cell in row.cells if cell}
        assert len(texts) == 1, texts  # one provision per row, worded the same
    # Rows follow the clause's order: the swap in copy "c" is outvoted by the three others.
    assert [row.cells[0].index for row in result.grid.rows if row.cells[0]] == list(range(11))
    silent = [row for row in result.grid.rows if row.count == 3]
    assert len(silent) == 1 and silent[0].cells[1] is None
    assert silent[0].cells[0] is not None and silent[0].cells[0].text.startswith("Et l’un")


def test_extend_groups_keeps_the_users_groups(any_library: Library) -> None:
    """Variants added later join their clause's group; the user's split stays as made."""
    groups = group_variants(any_library.variants)
    support = groups[0]
    split = split_group(groups, support.id, support.variant_ids[:1])
    more = extend(any_library, load_text(any_library.variants[2].text + " Modifié."))
    pasted = load_text("Texte sans rapport : le bail est conclu pour neuf années entières.")
    both = extend(more, pasted)
    extended = extend_groups(split, both.variants)
    assert extended[0].variant_ids == (*split[0].variant_ids, "v13")  # joined by its wording
    assert extended[1] == split[1]  # the variant split off by hand stays alone
    assert extended[-1].variant_ids == ("v14",) and not extended[-1].titled
