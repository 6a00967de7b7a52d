"""``bench/meaning_probe.py``: the word views and the measures its figures rest on.

The figures in ``docs/alignment-experiments.md`` (static vectors, derivational forms) are only
reproducible if the derivational rules join the word families the issue names, the vector
reader looks words up under spaCy's own hash, and the AUC counts ties as half.
"""

from __future__ import annotations

import sys
from array import array
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import meaning_probe


@pytest.mark.parametrize(
    ("words", "shared"),
    [
        (("redistribution", "distribute"), "distr"),  # re- prefix, -ution / -ute
        (("licensor", "licence", "license"), "licen"),  # -or, -e, c/s spelling past the cut
        (("permitted", "permission"), "permi"),  # -ed / -sion
        (("resiliation", "resilier"), "resil"),  # folded French: -ation / -er
    ],
)
def test_derive_joins_the_families_the_issue_names(words: tuple[str, ...], shared: str) -> None:
    for word in words:
        assert shared in meaning_probe.derive(word), word


@pytest.mark.parametrize(
    "word",
    [
        "contract",  # no co- stripping: "ntrac" would meet nothing true
        "distribute",  # no dis- stripping: "trib" would meet "tribunal"
    ],
)
def test_derive_keeps_prefixes_that_are_part_of_the_word(word: str) -> None:
    assert meaning_probe.derive(word) == (word[:5],)


def test_derive_leaves_short_words_whole() -> None:
    assert meaning_probe.derive("ire") == ("ire",)  # no suffix strip below MIN_BASE letters


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("king", 7464393751932445219),  # spaCy 3.8.18's vocab.strings["king"]: tail only
        ("licensor", 3716399652926234114),  # one 8-byte block, no tail
        ("redistribution", 17648829865792580281),  # a block and a tail
    ],
)
def test_murmur64_is_spacy_string_hash(word: str, expected: int) -> None:
    # the last two are keys of en_core_web_md 3.8.0's key2row (684,830 64-bit keys)
    assert meaning_probe.murmur64(word.encode("utf-8")) == expected


def test_vectors_read_a_spacy_vocab_without_spacy(tmp_path: Path) -> None:
    vocab = tmp_path / "vocab"
    vocab.mkdir()
    rows = array("f", [3.0, 4.0, 0.0, 1.0])  # two rows of width 2
    header = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }"
    header += " " * (-(10 + len(header) + 1) % 16) + "\n"
    payload = b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header.encode("latin-1")
    (vocab / "vectors").write_bytes(payload + rows.tobytes())
    msgpack = pytest.importorskip("msgpack")
    keys = {meaning_probe.murmur64(b"cat"): 0, meaning_probe.murmur64(b"dog"): 1}
    (vocab / "key2row").write_bytes(msgpack.packb(keys))
    vectors = meaning_probe.Vectors(tmp_path)
    assert vectors.unit("cat") == pytest.approx([0.6, 0.8])
    assert vectors.unit("dog") == pytest.approx([0.0, 1.0])
    assert vectors.unit("bird") is None
    cosines = vectors.cosines(["cat dog", "cat"], ["dog"])
    assert cosines[(1, 0)] == pytest.approx(0.8)  # one word each: their vectors' cosine


@pytest.mark.parametrize(
    ("positives", "negatives", "expected"),
    [
        ([0.9, 0.8], [0.1, 0.2], 1.0),  # every gold pair above every other
        ([0.1], [0.9], 0.0),
        ([0.5], [0.5], 0.5),  # a tie counts half
        ([0.5, 0.9], [0.5, 0.1], 0.875),  # (1 + 1 + 0.5 + 1) / 4
    ],
)
def test_auc(positives: list[float], negatives: list[float], expected: float) -> None:
    assert meaning_probe.auc(positives, negatives) == pytest.approx(expected)
