"""The C++ diff_main (clausediff.worddiff.chars.diff_main, fast_diff_match_patch) gives exactly
diff-match-patch's own diff_main result, on real clause texts and on hostile strings."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from diff_match_patch import diff_match_patch

from clausediff.compare.pipeline import compare_files
from clausediff.comparison import PairStatus
from clausediff.worddiff.chars import diff_main

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


def _python_and_cpp(a: str, b: str, timeout: float) -> tuple[object, object]:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = timeout
    deadline = time.time() + timeout if timeout > 0 else sys.float_info.max
    return list(dmp.diff_main(a, b, False, deadline)), diff_main(dmp, a, b, deadline)


def _changed_pairs() -> list[tuple[str, str]]:
    texts = []
    for version in ("contrat-services", "service-agreement"):
        comparison = compare_files(SAMPLES / f"{version}-v1.txt", SAMPLES / f"{version}-v2.txt")
        left, right = comparison.side("left"), comparison.side("right")
        for pair in comparison.pairs:
            if pair.status is PairStatus.MODIFIED:
                texts.append(
                    (
                        " ".join(c.text for c in left.of(pair)),
                        " ".join(c.text for c in right.of(pair)),
                    )
                )
    return texts


@pytest.mark.parametrize("timeout", [0.0, 1.0])  # 0: no deadline and no half-match in either
def test_real_clauses_diff_alike_character_by_character(timeout: float) -> None:
    pairs = _changed_pairs()
    assert len(pairs) >= 5
    for left, right in pairs:
        python, cpp = _python_and_cpp(left, right, timeout)
        assert cpp == python


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("", ""),
        ("", "abc"),  # one side empty
        ("abc", ""),
        ("\U00020000\U00020001x", "\U00020001\U00020000x"),  # beyond the BMP, as token codes are
        ("\ue000\uf8ff\U000f0000", "\U000f0000\ue000"),  # private use, as punctuation codes are
        ("aaaa" * 50 + "b", "b" + "aaaa" * 50),  # a long common middle: the half-match
        ("Prix\u00a0: 100\u202f€", "Prix : 100 €"),  # no-break spaces
    ],
)
def test_hostile_strings_diff_alike(left: str, right: str) -> None:
    python, cpp = _python_and_cpp(left, right, 1.0)
    assert cpp == python
