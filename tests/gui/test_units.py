"""Small exact tests of the GUI's Qt-free helpers and of the worker's latest-wins rule."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clausediff.clause import Clause
from clausediff.comparison import Comparison, DiffOp, Op, Pair, PairStatus, Side, Term, TermKind
from clausediff.document import Document, Format
from clausediff.errors import Cancelled, InputError
from clausediff.gui.compare_model import fold_rows
from clausediff.gui.render import _utf16_offsets
from clausediff.gui.settings import MAX_RECENT, Settings, load_settings, save_settings
from clausediff.gui.spans import ComparisonIndex, Span, SpanKind
from clausediff.gui.worker import JobRunner
from clausediff.progress import Monitor

LEFT = "1. Délai\nLe Prestataire doit répondre sous 4 heures."
RIGHT = "1. Délai\nLe Prestataire peut répondre sous 5 jours."


def _clause(text: str, cid: str = "c1") -> Clause:
    # "1. Délai" is the number and heading (0..8), the body starts after the newline (9)
    return Clause(cid, "1.", "Délai", text[9:], 1, None, 0, len(text), 9, len(text))


def _comparison(status: PairStatus = PairStatus.MODIFIED) -> Comparison:
    left_doc = Document(LEFT, Format.TXT, "fr")
    right_doc = Document(RIGHT, Format.TXT, "fr")
    # "doit" is at 24..28 on the left, "peut" at 24..28 on the right
    diff = (
        DiffOp(Op.EQUAL, "Le Prestataire ", 9, 24, 9, 24),
        DiffOp(Op.DELETE, "doit", 24, 28, 24, 24),
        DiffOp(Op.INSERT, "peut", 28, 28, 24, 28),
    )
    pair = Pair(("c1",), ("c1",), status, 0.8, diff)
    left_term = Term(TermKind.OBLIGATION, 24, 28, "doit")
    return Comparison(
        left_doc,
        right_doc,
        (_clause(LEFT),),
        (_clause(RIGHT),),
        (pair,),
        left_terms={"c1": (left_term,)},
        right_terms={"c1": ()},
    )


def test_side_text_maps_diff_heading_and_terms_to_shown_offsets() -> None:
    comparison = _comparison()
    index = ComparisonIndex(comparison)
    left = index.side_text(comparison.pairs[0], Side.LEFT)
    assert left.text == LEFT
    assert Span(0, 9, SpanKind.HEADING) in left.spans  # "1. Délai\n"
    assert Span(24, 28, SpanKind.DELETE) in left.spans
    assert left.text[24:28] == "doit"
    assert Span(24, 28, SpanKind.OBLIGATION) in left.spans
    right = index.side_text(comparison.pairs[0], Side.RIGHT)
    assert Span(24, 28, SpanKind.INSERT) in right.spans
    assert right.text[24:28] == "peut"
    assert all(span.kind is not SpanKind.DELETE for span in right.spans)


def test_one_sided_pair_marks_the_whole_body_and_has_an_empty_side() -> None:
    comparison = _comparison()
    pair = Pair((), ("c1",), PairStatus.INSERTED, 0.0)
    index = ComparisonIndex(comparison)
    assert index.side_text(pair, Side.LEFT).text == ""
    right = index.side_text(pair, Side.RIGHT)
    assert Span(9, len(RIGHT), SpanKind.INSERT) in right.spans


@pytest.mark.parametrize(
    ("statuses", "fold", "expected"),
    [
        # three unchanged in a row fold into one row
        ("UUU", True, [(0, 3, True)]),
        # two unchanged stay as they are (not worth a fold)
        ("MUUM", True, [(0, 1, False), (1, 1, False), (2, 1, False), (3, 1, False)]),
        # folding off: one row per pair
        ("UUU", False, [(0, 1, False), (1, 1, False), (2, 1, False)]),
        # a fold between changes
        ("MUUUUI", True, [(0, 1, False), (1, 4, True), (5, 1, False)]),
    ],
)
def test_fold_rows(statuses: str, fold: bool, expected: list[tuple[int, int, bool]]) -> None:
    code = {"U": PairStatus.UNCHANGED, "M": PairStatus.MODIFIED, "I": PairStatus.INSERTED}
    base = _comparison()
    pairs = tuple(Pair(("c1",), ("c1",), code[s], 1.0) for s in statuses)
    comparison = Comparison(base.left, base.right, base.left_clauses, base.right_clauses, pairs)
    rows = fold_rows(comparison, fold)
    assert [(r.pair, r.count, r.folded) for r in rows] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abc", None),  # BMP only: Python and Qt offsets coincide
        ("a😀b", [0, 1, 3, 4]),  # the emoji takes two UTF-16 code units
    ],
)
def test_utf16_offsets(text: str, expected: list[int] | None) -> None:
    assert _utf16_offsets(text) == expected


def test_settings_round_trip_recent_files_and_corrupt_file(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    assert load_settings(path) == Settings()  # missing: defaults
    settings = Settings(language="fr", palette="colorblind", zoom=2)
    for i in range(MAX_RECENT + 3):
        settings.add_recent(f"/tmp/{i}.docx")
    settings.add_recent("/tmp/3.docx")
    assert settings.recent_files[0] == "/tmp/3.docx"
    assert len(settings.recent_files) == MAX_RECENT
    assert settings.recent_files.count("/tmp/3.docx") == 1
    save_settings(settings, path)
    assert load_settings(path) == settings
    save_settings(settings, path)
    assert path.with_name("settings.json.bak").exists()  # previous version kept
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path) == Settings()
    path.write_text(json.dumps({"zoom": "big", "language": "en", "unknown": 1}), encoding="utf-8")
    assert load_settings(path) == Settings(language="en")  # mistyped zoom ignored


def test_worker_latest_input_wins_and_errors_are_reported(qtbot: QtBot) -> None:
    runner = JobRunner()
    release = threading.Event()
    finished: list[object] = []
    failed: list[str] = []
    runner.failed.connect(failed.append)

    def slow(monitor: Monitor) -> str:
        while not release.wait(0.01):
            monitor.check()  # raises Cancelled once the runner moved on
        return "slow"

    runner.start(slow, finished.append)
    runner.start(lambda monitor: "fast", finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    release.set()
    runner.wait()
    qtbot.wait(20)
    assert finished == ["fast"]  # the replaced job's result never reaches its callback

    def bad(monitor: Monitor) -> None:
        raise InputError("“x.pdf” has no text layer")

    with qtbot.waitSignal(runner.failed, timeout=5000):
        runner.start(bad, finished.append)
    assert failed == ["“x.pdf” has no text layer"]

    def cancelled(monitor: Monitor) -> None:
        raise Cancelled("stop")

    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.start(cancelled, finished.append)
    runner.wait()
    assert finished == ["fast"]


def test_describe_position_words_diff_runs_and_terms(qapp: object) -> None:
    from clausediff.comparison import TermChange, TermChangeKind
    from clausediff.gui.compare_tips import describe_position

    base = _comparison()
    left_term = base.left_terms["c1"][0]
    change = TermChange(TermKind.OBLIGATION, TermChangeKind.REMOVED, left_term, None)
    pair = Pair(("c1",), ("c1",), PairStatus.MODIFIED, 0.8, base.pairs[0].diff, (change,))
    comparison = Comparison(
        base.left,
        base.right,
        base.left_clauses,
        base.right_clauses,
        (pair,),
        left_terms=base.left_terms,
        right_terms=base.right_terms,
    )
    index = ComparisonIndex(comparison)
    lines = describe_position(index, pair, Side.LEFT, 25, "en")  # inside "doit"
    assert lines[0] == "Deleted: doit"
    assert "doit" in lines[1]  # the term change, worded by the terms engine
    assert describe_position(index, pair, Side.LEFT, 12, "en") == []  # plain "Prestataire"
    assert describe_position(index, pair, Side.RIGHT, 25, "en") == ["Inserted: peut"]


def test_split_pair_shows_both_clauses_apart_and_maps_offsets() -> None:
    from clausediff.gui.compare_tips import document_offset

    text = "1. Un\nPremier corps.\n\n2. Deux\nSecond corps."
    right_doc = Document(text, Format.TXT, "fr")
    first = Clause("c1", "1.", "Un", "Premier corps.", 1, None, 0, 20, 6, 20)
    second = Clause("c2", "2.", "Deux", "Second corps.", 1, None, 22, len(text), 30, len(text))
    base = _comparison()
    comparison = Comparison(
        base.left,
        right_doc,
        base.left_clauses,
        (first, second),
        (Pair(("c1",), ("c1", "c2"), PairStatus.SPLIT, 0.5),),
    )
    index = ComparisonIndex(comparison)
    pair = comparison.pairs[0]
    shown = index.side_text(pair, Side.RIGHT)
    assert shown.text == "1. Un\nPremier corps.\n\n2. Deux\nSecond corps."
    assert Span(22, 30, SpanKind.HEADING) in shown.spans  # "2. Deux\n" of the second clause
    # a position in the second clause maps back to its document offset
    at = shown.text.index("Second")
    assert document_offset(index, pair, Side.RIGHT, at) == text.index("Second")
    assert document_offset(index, pair, Side.RIGHT, shown.text.index("\n\n") + 1) == -1
