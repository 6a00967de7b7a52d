"""Language detection on real corpus texts and on short hostile snippets."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from clausediff.text.language import detect_language


def _corpus_files(shared_dir: Path) -> list[tuple[Path, str]]:
    """Every corpus text with the language its pair folder name declares (-fr suffix)."""
    files = []
    for pair in sorted((shared_dir / "corpus").iterdir()):
        if pair.is_dir():
            expected = "fr" if pair.name.endswith("-fr") else "en"
            files += [(pair / "left.txt", expected), (pair / "right.txt", expected)]
    return files


def test_corpus_languages(shared_dir: Path) -> None:
    files = _corpus_files(shared_dir)
    assert len(files) >= 8
    for path, expected in files:
        assert detect_language(path.read_text(encoding="utf-8")) == expected, path


def test_seed_is_french(seed_path: Path) -> None:
    assert detect_language(seed_path.read_text(encoding="utf-8")) == "fr"


def test_bundled_libraries_are_french_and_english(library_path: Path) -> None:
    assert detect_language(library_path.read_text(encoding="utf-8")) == "fr"
    english = library_path.with_name("library-limitation-of-liability.txt")
    assert detect_language(english.read_text(encoding="utf-8")) == "en"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a French clause
        ("Le prestataire s’engage à livrer les biens dans un délai de trente jours.", "fr"),
        # an English clause
        ("The Supplier shall deliver the goods within thirty days of the order.", "en"),
        # no evidence at all: French first
        ("", "fr"),
        ("12 500 € — 3.2", "fr"),
        # English words dominate even with a French name in it
        ("This Agreement is made between Société Générale and the Customer.", "en"),
    ],
)
def test_short_texts(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_large_text_is_fast() -> None:
    text = "The licensee shall not sublicense the software. " * 1_000_000  # ~48 MB
    start = time.perf_counter()
    assert detect_language(text) == "en"
    assert time.perf_counter() - start < 1.0


def test_language_of_the_whole_text_not_just_its_start() -> None:
    # an English cover page followed by a long French body
    text = "Services Agreement\n\n" + "Les parties conviennent de ce qui suit. " * 5000
    assert detect_language(text) == "fr"
