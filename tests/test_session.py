"""The session file: round trip, atomic save with a backup, clear errors for bad files."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from report_support import sample_comparison

from clausediff.comparison import Pair, PairStatus
from clausediff.errors import InputError
from clausediff.store import atomic
from clausediff.store.session import (
    SCHEMA,
    Choice,
    Keep,
    LinkAction,
    ManualLink,
    Session,
    load_session,
    new_session,
    pair_key,
    save_session,
)

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
T1 = datetime(2026, 11, 26, 10, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("left", "right", "key"),
    [
        (("c3",), ("c4",), "c3>c4"),  # one to one
        (("c3", "c4"), ("c5",), "c3+c4>c5"),  # merged
        (("c2",), ("c2", "c3"), "c2>c2+c3"),  # split
        (("c7",), (), "c7>"),  # deleted
        ((), ("c9",), ">c9"),  # inserted
    ],
)
def test_pair_key(left: tuple[str, ...], right: tuple[str, ...], key: str) -> None:
    assert pair_key(Pair(left, right, PairStatus.MODIFIED, 0.5)) == key


def _decided() -> Session:
    comparison = sample_comparison()
    session = new_session(comparison, now=T0)
    session = session.with_choice(comparison.pairs[2], Choice(Keep.LEFT, note="4 heures !"))
    session = session.with_choice(
        comparison.pairs[3], Choice(Keep.CUSTOM, custom_text="Prix : 130 € HT.\n\nRévisable.")
    )
    return Session(
        comparison=session.comparison,
        choices=session.choices,
        links=(ManualLink(LinkAction.UNLINK, ("c4",), ("c2",)),),
        variants={"Prix": {"chosen": 2}},
        created=session.created,
        modified=session.modified,
    )


def test_round_trip_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "revue.clausediff"
    saved = save_session(_decided(), path, now=T1)
    assert saved.created == "2026-11-26T09:00:00+00:00"
    assert saved.modified == "2026-11-26T10:15:00+00:00"
    loaded = load_session(path)
    assert loaded == saved
    assert loaded.choices["c2>c3"] == Choice(Keep.LEFT, "", "4 heures !")
    assert json.loads(path.read_text(encoding="utf-8"))["schema"] == SCHEMA


def test_session_reopens_when_the_contracts_are_gone(tmp_path: Path) -> None:
    left, right = tmp_path / "v1.txt", tmp_path / "v2.txt"
    left.write_text("x", encoding="utf-8")
    right.write_text("y", encoding="utf-8")
    session = new_session(sample_comparison(str(left), str(right)), now=T0)
    save_session(session, tmp_path / "s.clausediff", now=T1)
    left.unlink()
    right.unlink()
    loaded = load_session(tmp_path / "s.clausediff")
    assert loaded.comparison.left.text == session.comparison.left.text
    assert loaded.comparison.pairs == session.comparison.pairs


def test_save_keeps_the_previous_file_as_bak(tmp_path: Path) -> None:
    path = tmp_path / "s.clausediff"
    first = save_session(new_session(sample_comparison(), now=T0), path, now=T0)
    save_session(_decided(), path, now=T1)
    backup = load_session(tmp_path / "s.clausediff.bak")
    assert backup == first
    assert load_session(path).choices


def test_failed_save_leaves_the_existing_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.clausediff"
    save_session(new_session(sample_comparison(), now=T0), path, now=T0)
    before = path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        save_session(_decided(), path, now=T1)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.clausediff"]  # no temp left over


def _valid_data(tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "ok.clausediff"
    save_session(_decided(), path, now=T1)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize(
    ("content", "message"),
    [
        # not JSON at all (a Word file renamed, a truncated write of long ago)
        (b"PK\x03\x04\x14\x00", "not a ClauseDiff session file"),
        # JSON, but not an object
        (b"[1, 2, 3]", "not a ClauseDiff session file"),
        # another tool's JSON
        (b'{"schema": "vendor.thing/1"}', "not a ClauseDiff session file"),
        # a comparison exported with compare --json is not a session
        (b'{"schema": "clausediff.comparison/1"}', "not a ClauseDiff session file"),
        # written by a newer ClauseDiff
        (b'{"schema": "clausediff.session/2"}', "newer ClauseDiff"),
        # right schema, nothing else
        (b'{"schema": "clausediff.session/1"}', "is damaged"),
    ],
)
def test_bad_files_raise_one_clear_input_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.clausediff"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as caught:
        load_session(path)
    assert "bad.clausediff" in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "damage",
    [
        # a pair status the engine never wrote
        lambda d: d["comparison"]["pairs"][0].update(status="exploded"),
        # a choice with an unknown side
        lambda d: d["choices"]["c2>c3"].update(side="middle"),
        # the comparison's right document lost its text
        lambda d: d["comparison"]["right"].pop("text"),
    ],
)
def test_damaged_content_is_an_input_error(tmp_path: Path, damage: object) -> None:
    data = _valid_data(tmp_path)
    damage(data)  # type: ignore[operator]  # the table holds callables
    path = tmp_path / "damaged.clausediff"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match="damaged"):
        load_session(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not found"):
        load_session(tmp_path / "nowhere.clausediff")
    with pytest.raises(InputError, match="folder"):
        load_session(tmp_path)


def test_truncated_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "cut.clausediff"
    save_session(_decided(), path, now=T1)
    data = path.read_bytes()
    with open(path, "wb") as stream:
        stream.write(data[: len(data) // 2])
        os.fsync(stream.fileno())
    with pytest.raises(InputError, match="not JSON"):
        load_session(path)


def test_round_trip_keeps_the_guardrails(tmp_path: Path) -> None:
    """Options not at their defaults (limits included) come back as they were saved."""
    from dataclasses import replace

    from clausediff.options import CompareOptions

    options = CompareOptions(ignore_case=True, max_diff_chars=5_000, diff_timeout=0.25)
    session = replace(_decided(), comparison=replace(_decided().comparison, options=options))
    saved = save_session(session, tmp_path / "limits.clausediff", now=T1)
    assert load_session(tmp_path / "limits.clausediff").comparison.options == options
    assert saved.comparison.options == options


def test_a_session_written_by_0_1_0_still_opens() -> None:
    """The file format is a promise: a session saved by the released 0.1.0 reopens as it was."""
    path = Path(__file__).parent / "data" / "sessions" / "written-by-0.1.0.clausediff"
    session = load_session(path)
    (pair,) = [p for p in session.comparison.pairs if session.choice_for(p) is not None]
    choice = session.choice_for(pair)
    assert choice is not None and choice.side is Keep.LEFT and choice.note == "garder 100"
    assert "100 € HT" in " ".join(c.text for c in session.comparison.left_clauses)
