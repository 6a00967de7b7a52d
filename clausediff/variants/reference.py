"""How alike variants are, and which one is the most central (the default reference).

:func:`similarity_matrix` compares every pair of texts at word level: each text becomes its
folded word sequence (:func:`clausediff.variants.words.words`), each distinct word one character,
and rapidfuzz's Indel similarity (2 x longest common subsequence / total length) is computed on
those strings. It reads like the word diff's similarity (share of words kept, order respected) at
a fraction of its cost, so a 200 x 200 matrix takes milliseconds. :func:`most_central` is the
index with the highest mean similarity to the others (the first on ties).

Pure functions: no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import Indel

from clausediff.variants.words import words

Matrix = tuple[tuple[float, ...], ...]


def encode(texts: Sequence[str]) -> list[str]:
    """Each text as a string with one character per word (the same word, the same character)."""
    codes: dict[str, str] = {}
    encoded = []
    for text in texts:
        chars = []
        for word in words(text):
            code = codes.get(word)
            if code is None:
                code = chr(0x4E00 + len(codes)) if len(codes) < 0x5000 else chr(0xE000)
                codes[word] = code
            chars.append(code)
        encoded.append("".join(chars))
    return encoded


def similarity_matrix(texts: Sequence[str]) -> Matrix:
    """Word-level similarity of every pair of texts, in [0, 1], symmetric, 1.0 on the diagonal."""
    encoded = encode(texts)
    size = len(encoded)
    rows = [[1.0] * size for _ in range(size)]
    for i in range(size):
        for j in range(i + 1, size):
            value = float(Indel.normalized_similarity(encoded[i], encoded[j]))
            rows[i][j] = rows[j][i] = value
    return tuple(tuple(row) for row in rows)


def mean_similarity(matrix: Matrix, index: int) -> float:
    """Mean similarity of one text to all the others (1.0 when it is alone)."""
    size = len(matrix)
    if size < 2:
        return 1.0
    return (sum(matrix[index]) - matrix[index][index]) / (size - 1)


def most_central(matrix: Matrix) -> int:
    """Index of the text most similar to all the others (0 for an empty or single matrix)."""
    if not matrix:
        return 0
    scores = [mean_similarity(matrix, i) for i in range(len(matrix))]
    return max(range(len(scores)), key=lambda i: (scores[i], -i))
