"""Crafted and damaged session files are refused with one sentence, never half-used.

Found by a probe of 0.1.0: files that crashed the window, made ``assemble`` exit 1, or were
accepted although inconsistent (a pair listed three times put its clauses in the contract three
times; an empty pair list gave a 30-byte contract). Each case below changes one thing in a valid
session and must be refused by :func:`load_session` and by ``clausediff assemble`` (exit 2).
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from clausediff.cli.main import main
from clausediff.compare.pipeline import compare_files
from clausediff.errors import InputError
from clausediff.store.session import Choice, Keep, load_session, new_session, session_to_dict

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
Mutation = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def valid() -> dict[str, Any]:
    comparison = compare_files(
        SAMPLES / "service-agreement-v1.txt", SAMPLES / "service-agreement-v2.txt"
    )
    pair = next(p for p in comparison.pairs if p.changed and p.left and p.right)
    session = new_session(comparison).with_choice(pair, Choice(Keep.LEFT, note="ok"))
    return session_to_dict(session)


def _left(data: dict[str, Any]) -> dict[str, Any]:
    document: dict[str, Any] = data["comparison"]["left"]
    return document


def _first_changed_pair(data: dict[str, Any]) -> dict[str, Any]:
    return next(p for p in data["comparison"]["pairs"] if p["diff"] and p["left"] and p["right"])


def _set(path: str, value: object) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = data
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        node[int(last) if last.isdigit() else last] = value

    return mutate


def _triple_first_pair(data: dict[str, Any]) -> None:
    pairs = data["comparison"]["pairs"]
    pairs[1:1] = [copy.deepcopy(pairs[0]), copy.deepcopy(pairs[0])]


def _drop_pairs(data: dict[str, Any]) -> None:
    data["comparison"]["pairs"] = []


def _clause_end_past_text(data: dict[str, Any]) -> None:
    _left(data)["clauses"][0]["end"] = len(_left(data)["text"]) + 10_000


def _negative_body(data: dict[str, Any]) -> None:
    _left(data)["clauses"][1]["body_start"] = -5


def _duplicate_clause_id(data: dict[str, Any]) -> None:
    _left(data)["clauses"][1]["id"] = _left(data)["clauses"][0]["id"]


def _clause_text_differs(data: dict[str, Any]) -> None:
    _left(data)["clauses"][0]["text"] = "Texte qui n'est pas dans le document."


def _unknown_clause_in_pair(data: dict[str, Any]) -> None:
    data["comparison"]["pairs"][0]["left"] = ["c9999"]


def _diff_offset_past_text(data: dict[str, Any]) -> None:
    _first_changed_pair(data)["diff"][0]["left_end"] = 10**9


def _diff_text_forged(data: dict[str, Any]) -> None:
    _first_changed_pair(data)["diff"][0]["text"] = "\u202e0051"


def _offsets_as_strings(data: dict[str, Any]) -> None:
    _left(data)["clauses"][0]["start"] = "0"


def _offsets_as_floats(data: dict[str, Any]) -> None:
    _left(data)["clauses"][0]["body_end"] = 12.5


def _similarity_out_of_range(data: dict[str, Any]) -> None:
    data["comparison"]["pairs"][0]["similarity"] = 7.0


def _similarity_nan(data: dict[str, Any]) -> None:
    data["comparison"]["pairs"][0]["similarity"] = float("nan")


def _huge_level(data: dict[str, Any]) -> None:
    _left(data)["clauses"][0]["level"] = 10**12


def _choice_for_missing_pair(data: dict[str, Any]) -> None:
    data["choices"]["c1+c2+c3>c99"] = {"side": "left", "custom_text": "", "note": ""}


def _choice_not_an_object(data: dict[str, Any]) -> None:
    data["choices"] = {key: "left" for key in data["choices"]}


def _paragraph_past_text(data: dict[str, Any]) -> None:
    _left(data)["paragraphs"] = [[0, 10**9, "", 0, "", False]]


def _text_not_text(data: dict[str, Any]) -> None:
    _left(data)["text"] = 12


def _term_outside_text(data: dict[str, Any]) -> None:
    clause = next(c for c in _left(data)["clauses"] if c.get("terms"))
    clause["terms"][0]["end"] = 10**9


def _pair_without_clauses(data: dict[str, Any]) -> None:
    data["comparison"]["pairs"].append(copy.deepcopy(data["comparison"]["pairs"][0]))
    data["comparison"]["pairs"][-1].update(left=[], right=[])


CASES: list[tuple[str, Mutation]] = [
    ("a pair listed three times", _triple_first_pair),
    ("no pairs at all", _drop_pairs),
    ("a clause ending past the text", _clause_end_past_text),
    ("a negative offset", _negative_body),
    ("two clauses with one id", _duplicate_clause_id),
    ("a clause text not in the document", _clause_text_differs),
    ("a pair naming a missing clause", _unknown_clause_in_pair),
    ("a diff offset past the text", _diff_offset_past_text),
    ("a forged diff text", _diff_text_forged),
    ("offsets given as strings", _offsets_as_strings),
    ("offsets given as fractions", _offsets_as_floats),
    ("similarity 7", _similarity_out_of_range),
    ("similarity NaN", _similarity_nan),
    ("a clause nested 10^12 deep", _huge_level),
    ("a decision on a missing pair", _choice_for_missing_pair),
    ("a decision that is not an object", _choice_not_an_object),
    ("a paragraph past the text", _paragraph_past_text),
    ("a text that is a number", _text_not_text),
    ("a term outside the text", _term_outside_text),
    ("a pair with no clause", _pair_without_clauses),
    ("comparison missing", _set("comparison", None)),
    ("pairs not a list", _set("comparison.pairs", {"a": 1})),
    ("a status that does not exist", _set("comparison.pairs.0.status", "teleported")),
]


@pytest.mark.parametrize(("name", "mutate"), CASES, ids=[name for name, _ in CASES])
def test_a_damaged_session_is_refused_in_one_sentence(
    valid: dict[str, Any], tmp_path: Path, name: str, mutate: Mutation
) -> None:
    data = copy.deepcopy(valid)
    mutate(data)
    path = tmp_path / "crafted.clausediff"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_session(path)
    assert "\n" not in str(caught.value)
    out = str(tmp_path / "out.txt")
    assert main(["assemble", str(path), "--txt", out, "--undecided", "right"]) == 2
    assert not (tmp_path / "out.txt").exists()


def test_the_valid_session_itself_loads(valid: dict[str, Any], tmp_path: Path) -> None:
    """The control: the unmutated file is accepted, so each refusal above is the mutation's."""
    path = tmp_path / "valid.clausediff"
    path.write_text(json.dumps(valid), encoding="utf-8")
    assert load_session(path).choices
    out = str(tmp_path / "out.txt")
    assert main(["assemble", str(path), "--txt", out, "--undecided", "right"]) == 0


def test_a_pipe_named_like_a_session_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "x.clausediff"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        load_session(fifo)
