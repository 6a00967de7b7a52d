"""A chain of three versions on real text: the French sample v1, v2 and a v3 made from v2 by hand
(tests/data/chain/README.md lists its five edits); the steps, their progress and cancel, and the
session that keeps decisions per step."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from clausediff.compare.chain import (
    VersionChain,
    changed_in_steps,
    compare_chain,
    compare_chain_files,
    step_order,
)
from clausediff.compare.pipeline import compare_files
from clausediff.comparison import Comparison, Pair, PairStatus, TermKind
from clausediff.errors import Cancelled, InputError
from clausediff.options import CompareOptions
from clausediff.progress import Monitor
from clausediff.readers import read_document
from clausediff.store.chain_session import (
    chain_session,
    compare_again,
    has_decisions,
    step_sessions,
    switch_step,
    versions_of,
)
from clausediff.store.session import (
    Choice,
    Keep,
    load_session,
    save_session,
    session_from_dict,
    session_to_dict,
)

ROOT = Path(__file__).resolve().parent.parent
V1 = ROOT / "resources" / "samples" / "contrat-services-v1.txt"
V2 = ROOT / "resources" / "samples" / "contrat-services-v2.txt"
V3 = ROOT / "tests" / "data" / "chain" / "contrat-services-v3.txt"
OLD_SESSION = ROOT / "tests" / "data" / "sessions" / "written-by-0.1.0.clausediff"


@pytest.fixture(scope="module")
def chain() -> VersionChain:
    return compare_chain_files([V1, V2, V3])


def pair_with(comparison: Comparison, words: str) -> Pair:
    """The one pair whose right (else left) clauses contain ``words``."""
    found = []
    for pair in comparison.pairs:
        clauses = comparison.side("right").of(pair) or comparison.side("left").of(pair)
        if any(words in clause.text for clause in clauses):
            found.append(pair)
    assert len(found) == 1, f"{words!r} in {len(found)} pairs"
    return found[0]


@pytest.mark.parametrize(
    ("versions", "expected"),
    [
        (2, ((0, 1),)),  # one step, an ordinary pair
        (3, ((0, 1), (1, 2), (0, 2))),  # each version against the next, then first against last
    ],
)
def test_step_order(versions: int, expected: tuple[tuple[int, int], ...]) -> None:
    assert step_order(versions) == expected


@pytest.mark.parametrize("count", [0, 1, 4])
def test_a_chain_holds_two_or_three_versions(count: int) -> None:
    with pytest.raises(InputError, match=f"2 or 3 documents, not {count}"):
        compare_chain_files([V1] * count)


def test_steps_are_the_pipelines_comparisons(chain: VersionChain) -> None:
    """Each step is the comparison compare_files gives for that pair of files, and a version
    shown by two steps is one and the same document."""
    assert [step.label for step in chain.steps] == ["v1 → v2", "v2 → v3", "v1 → v3"]
    for step, (left, right) in zip(chain.steps, [(V1, V2), (V2, V3), (V1, V3)], strict=True):
        alone = compare_files(left, right)
        assert step.comparison.pairs == alone.pairs
        assert step.comparison.left.text == alone.left.text
    assert chain.step(0, 1).comparison.right is chain.step(1, 2).comparison.left
    assert chain.step(0, 2).comparison.left is chain.versions[0]
    with pytest.raises(KeyError):
        chain.step(1, 0)


def test_a_clause_changed_and_changed_back(chain: VersionChain) -> None:
    """v2 weakened "doit intégrer" to "peut", v3 restored it: modified in both steps, unchanged
    from first draft to final."""
    words = "intégrer à la Plateforme, sans supplément de prix"
    for older, newer in ((0, 1), (1, 2)):
        pair = pair_with(chain.step(older, newer).comparison, words)
        assert pair.status is PairStatus.MODIFIED
        assert [c.kind for c in pair.term_changes] == [TermKind.OBLIGATION]
    assert pair_with(chain.step(0, 2).comparison, words).status is PairStatus.UNCHANGED


def test_each_step_shows_its_own_edits(chain: VersionChain) -> None:
    """The new non-solicitation article is v3's: absent from v1 → v2, inserted in the others;
    the price moves 1 250 -> 1 390 -> 1 320 € HT."""
    new_article = "l’embauche d’un salarié de l’autre Partie ayant participé"
    assert not any(
        new_article in clause.text for clause in chain.step(0, 1).comparison.right_clauses
    )
    for older, newer in ((1, 2), (0, 2)):
        pair = pair_with(chain.step(older, newer).comparison, new_article)
        assert pair.status is PairStatus.INSERTED
    amounts = {}
    for older, newer in ((0, 1), (1, 2), (0, 2)):
        pair = pair_with(chain.step(older, newer).comparison, "redevance mensuelle forfaitaire")
        change = next(c for c in pair.term_changes if c.kind is TermKind.AMOUNT)
        assert change.left is not None and change.right is not None
        amounts[(older, newer)] = (change.left.text, change.right.text)
    assert amounts[(0, 1)][0].startswith("1\xa0250,00")
    assert amounts[(0, 1)][1].startswith("1\xa0390,00") and amounts[(1, 2)][0] == amounts[(0, 1)][1]
    assert amounts[(1, 2)][1].startswith("1\xa0320,00") and amounts[(0, 2)][1] == amounts[(1, 2)][1]
    assert sum(p.changed for p in chain.step(1, 2).comparison.pairs) == 5  # the README's five


def test_progress_runs_forward_to_the_end_and_cancel_stops() -> None:
    reports: list[tuple[int, int, str]] = []
    compare_chain_files([V1, V2, V3], monitor=Monitor(progress=lambda *r: reports.append(r)))
    done = [d for d, _, _ in reports]
    assert done == sorted(done) and done[-1] == reports[-1][1]
    assert {total for _, total, _ in reports} == {reports[-1][1]}
    assert any(m.startswith("v2 → v3: ") for _, _, m in reports)
    seen: list[str] = []
    with pytest.raises(Cancelled):
        compare_chain_files(
            [V1, V2, V3],
            monitor=Monitor(
                progress=lambda d, t, m: seen.append(m),
                should_cancel=lambda: any(m.startswith("v2 → v3") for m in seen),
            ),
        )
    assert not any(m.startswith("v1 → v3") for m in seen)


def test_two_versions_give_one_step_and_an_ordinary_session() -> None:
    documents = [read_document(V1), read_document(V2)]
    chain = compare_chain(documents)
    assert [step.label for step in chain.steps] == ["v1 → v2"]
    assert chain_session(chain).chain is None


def test_decisions_are_kept_per_step(chain: VersionChain) -> None:
    session = chain_session(chain)
    assert session.chain is not None and session.chain.active == 0
    price = pair_with(session.comparison, "redevance mensuelle forfaitaire")
    session = session.with_choice(price, Choice(Keep.LEFT, note="1 250 € was agreed"))
    second = switch_step(session, 1)
    assert second.comparison is chain.steps[1].comparison and not second.choices
    assert has_decisions(second)
    insurance = pair_with(second.comparison, "responsabilité civile professionnelle")
    second = second.with_choice(insurance, Choice(Keep.RIGHT))
    back = switch_step(second, 0)
    assert back.choice_for(price) == Choice(Keep.LEFT, note="1 250 € was agreed")
    assert back.choice_for(insurance) is None  # another step's pair key
    assert [len(s.choices) for s in step_sessions(back)] == [1, 1, 0]
    assert switch_step(back, 0) is back
    with pytest.raises(ValueError):
        switch_step(back, 3)


def test_a_chain_session_round_trips_through_the_file(chain: VersionChain, tmp_path: Path) -> None:
    session = chain_session(chain)
    price = pair_with(session.comparison, "redevance mensuelle forfaitaire")
    session = switch_step(session.with_choice(price, Choice(Keep.RIGHT)), 2)
    last = pair_with(session.comparison, "responsabilité civile professionnelle")
    session = session.with_choice(last, Choice(Keep.CUSTOM, "1 500 000 € par sinistre."))
    path = tmp_path / "chain.clausediff"
    save_session(session, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "clausediff.session/1"
    assert [(s["older"], s["newer"]) for s in data["chain"]["steps"]] == [(0, 1), (1, 2), (0, 2)]
    assert "comparison" not in data["chain"]["steps"][2]  # the active step is the top level
    loaded = load_session(path)
    assert loaded.chain is not None and loaded.chain.active == 2
    assert loaded.choice_for(last) == Choice(Keep.CUSTOM, "1 500 000 € par sinistre.")
    first = switch_step(loaded, 0)
    assert first.choice_for(price) == Choice(Keep.RIGHT)
    assert first.comparison.pairs == chain.steps[0].comparison.pairs


def test_a_session_without_chain_is_written_as_before(chain: VersionChain) -> None:
    plain = session_to_dict(chain_session(compare_chain(chain.versions[:2])))
    assert "chain" not in plain


def test_the_0_1_0_session_still_opens() -> None:
    session = load_session(OLD_SESSION)
    assert session.chain is None and session.comparison.pairs
    assert step_sessions(session) == (session,)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda c: c.update(active=5), "active step 5 does not exist"),
        (lambda c: c["steps"].pop(), "are not those of a chain"),
        (lambda c: c["steps"][0].update(newer=2), "are not those of a chain"),
        (lambda c: c["steps"][1].pop("comparison"), "KeyError"),
    ],
)
def test_a_damaged_chain_is_refused_in_one_sentence(
    chain: VersionChain, damage: object, message: str
) -> None:
    data = session_to_dict(chain_session(chain))
    damage(data["chain"])  # type: ignore[operator]  # a lambda from the table
    with pytest.raises(InputError, match=message):
        session_from_dict(data, "“x.clausediff”")


def test_versions_must_agree_between_steps(chain: VersionChain) -> None:
    """A crafted file whose v2 is one text in v1 → v2 and another in v2 → v3 is refused."""
    other = compare_chain_files([V1, V3, V2])
    session = chain_session(chain)
    assert session.chain is not None
    crafted = replace(
        session,
        chain=replace(
            session.chain,
            others={**session.chain.others, 1: step_sessions(chain_session(other))[1]},
        ),
    )
    with pytest.raises(InputError, match="version 2 differs"):
        session_from_dict(session_to_dict(crafted))


def test_versions_of_a_chain_and_of_a_pair(chain: VersionChain) -> None:
    session = switch_step(chain_session(chain), 1)
    assert [d.path for d in versions_of(session)] == [str(V1), str(V2), str(V3)]
    pair = chain_session(compare_chain(chain.versions[:2]))
    assert versions_of(pair) == chain.versions[:2]


def test_comparing_again_keeps_every_steps_decisions(chain: VersionChain) -> None:
    """New options re-run every step; each decision stays with its clause in its step, the same
    step stays on screen."""
    session = chain_session(chain)
    price = pair_with(session.comparison, "redevance mensuelle forfaitaire")
    session = switch_step(session.with_choice(price, Choice(Keep.LEFT)), 1)
    insurance = pair_with(session.comparison, "responsabilité civile professionnelle")
    session = session.with_choice(insurance, Choice(Keep.RIGHT, note="vu"))
    result = compare_again(session, CompareOptions(ignore_case=True), Monitor(), reread=True)
    again = result.session
    assert result.unattached == () and result.dropped_links == 0
    assert again.chain is not None and again.chain.active == 1
    assert all(s.comparison.options.ignore_case for s in step_sessions(again))
    assert again.choice_for(insurance) == Choice(Keep.RIGHT, note="vu")
    assert switch_step(again, 0).choice_for(price) == Choice(Keep.LEFT)


@pytest.mark.parametrize(
    ("words", "status", "expected"),
    [
        # "doit" -> "peut" -> "doit": unchanged overall, changed in both steps
        ("intégrer à la Plateforme, sans supplément", PairStatus.UNCHANGED, (True, True)),
        ("redevance mensuelle forfaitaire", PairStatus.MODIFIED, (True, True)),  # price twice
        ("responsabilité civile professionnelle", PairStatus.MODIFIED, (False, True)),  # v3 only
        ("ayant participé à l’exécution des Prestations", PairStatus.INSERTED, (False, True)),
        (
            "prend en charge tout Incident non critique",
            PairStatus.MODIFIED,
            (True, False),
        ),  # v2 only
        ("Réversibilité", PairStatus.INSERTED, (True, False)),  # a v2 article v3 kept
    ],
)
def test_which_step_changed_a_clause_of_first_against_last(
    chain: VersionChain, words: str, status: PairStatus, expected: tuple[bool, bool]
) -> None:
    first, second, whole = (step.comparison for step in chain.steps)
    pair = next(
        p
        for p in whole.pairs
        if any(words in c.text or words in c.heading for c in whole.side("right").of(p))
    )
    assert pair.status is status
    assert changed_in_steps(first, second, pair) == expected


def test_a_clause_deleted_overall_was_deleted_in_the_first_step(chain: VersionChain) -> None:
    first, second, whole = (step.comparison for step in chain.steps)
    deleted = [p for p in whole.pairs if p.status is PairStatus.DELETED]
    assert len(deleted) == 1
    assert changed_in_steps(first, second, deleted[0]) == (True, False)


def test_the_chain_report_words_each_trace_from_the_chain(chain: VersionChain) -> None:
    """The report's first section is chain_traces, worded: one row per clause that changed."""
    from clausediff.compare.chain import StepTrace, chain_traces
    from clausediff.report.chain import build_chain_report

    report = build_chain_report(chain, "fr")
    traced = [t for _, t in chain_traces(chain) if t is not StepTrace.NEITHER]
    assert [row.trace for row in report.traces] == traced
    assert StepTrace.BACK in traced and StepTrace.SECOND in traced and StepTrace.BOTH in traced
    back = next(row for row in report.traces if row.trace is StepTrace.BACK)
    assert (
        back.trace_text == "en v1 → v2, puis rétablie en v2 → v3"
        and back.status_text == "Inchangée"
    )
    assert [v.name for v in report.versions] == [
        "contrat-services-v1.txt",
        "contrat-services-v2.txt",
        "contrat-services-v3.txt",
    ]
    assert [step.report.title for step in report.steps] == [
        "Étape v1 → v2",
        "Étape v2 → v3",
        "Étape v1 → v3",
    ]
    two = build_chain_report(compare_chain(chain.versions[:2]), "en")
    assert two.traces == () and two.whole == "" and len(two.steps) == 1
