"""Does a derivational view of the words help the aligner? Every set, with and without it.

The trial of issue 14 point 3 (c): an extra token view of ``bench/meaning_probe.py`` (``derived``:
:func:`meaning_probe.derive`, suffixes stripped, cut to 5 letters, ``re``/``sub``/``non``
prefixes dropped; or ``lemma``: simplemma lemmas in the text's detected language, the same
prefix rule, cut to 7) added to the aligner's stems, then every set scored as
``bench/score_alignment.py`` and ``bench/align_eval_extra.py`` score it. Scopes:

* ``all``: each clause's word set is its 7-letter stems plus the view's forms (marked ``~`` so
  the two views never collide): candidate similarities, containment (splits, merges,
  rehoming, gaps), the chain's judgement of weak pairs and the sentence ties all see it;
* ``sentences``: only the sentence ties that join links into n:m groups
  (:func:`clausediff.align.regroup.ties`) see it, with the view's forms' own IDF.

Prints, per set and segmentation, micro pair F1 and deletion / insertion P/R before -> after,
then the synthetic scenarios' F1. Usage: ``python bench/meaning_align.py [--view derived|lemma]
[--scope all|sentences] [--seeds 3]``. Changes nothing on disk.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import math
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import align_eval_extra
from meaning_probe import derive, lemma_view
from score_alignment import CORPORA, Score, score_corpus

from clausediff.align import core
from clausediff.align.sentences import Sentences
from clausediff.align.signatures import Stemmer, provisions
from clausediff.clause import Clause
from clausediff.text.language import detect_language
from clausediff.text.normalize import fold_for_matching


def derived_words(text: str) -> frozenset[str]:
    """The derivational forms of a text's words, marked ``~``."""
    return frozenset(
        "~" + form for token in fold_for_matching(text.casefold()).split() for form in derive(token)
    )


_LEMMAS: dict[str, Callable[[str], frozenset[str]] | None] = {}


def lemma_words(text: str) -> frozenset[str]:
    """simplemma's forms of a text's words (:func:`meaning_probe.lemma_view`), marked ``~``."""
    language = detect_language(text)
    if language not in _LEMMAS:
        _LEMMAS[language] = lemma_view(language)
    view = _LEMMAS[language]
    if view is None:
        raise SystemExit("the lemma view needs simplemma (pip install simplemma)")
    return frozenset("~" + form for form in view(text))


#: The view :func:`extra_view` adds (``--view``).
VIEWS: dict[str, Callable[[str], frozenset[str]]] = {"derived": derived_words, "lemma": lemma_words}


@contextmanager
def extra_view(scope: str, view: str = "derived") -> Iterator[None]:
    """Run the aligner with an extra view of the words in ``scope`` (see the docstring)."""
    extra_words = VIEWS[view]
    if scope == "none":
        yield
        return
    if scope == "all":
        original = Stemmer.text_words

        def text_words(self: Stemmer, text: str) -> frozenset[str]:
            return original(self, text) | extra_words(text)

        Stemmer.text_words = text_words  # type: ignore[method-assign]
        try:
            yield
        finally:
            Stemmer.text_words = original  # type: ignore[method-assign]
        return

    class DerivedSentences(Sentences):
        """Sentences whose words are stems plus derivational forms, with their own IDF."""

        def __init__(
            self,
            left: Sequence[Clause],
            right: Sequence[Clause],
            stemmer: Stemmer,
            idf: dict[str, float],
        ) -> None:
            df = Counter(
                w for c in (*left, *right) for w in extra_words(provisions(c.text) or c.heading)
            )
            total = len(left) + len(right) + 1.0
            extra = {w: math.log(max(total / n, 1.0)) for w, n in df.items()}
            super().__init__(left, right, _Augmented(stemmer, extra_words), {**idf, **extra})

    saved = core.__dict__["Sentences"]
    setattr(core, "Sentences", DerivedSentences)  # noqa: B010 -- not re-exported by core
    try:
        yield
    finally:
        setattr(core, "Sentences", saved)  # noqa: B010


class _Augmented(Stemmer):
    """A stemmer whose words carry an extra view's forms too (sentences only)."""

    def __init__(self, inner: Stemmer, extra_words: Callable[[str], frozenset[str]]) -> None:
        super().__init__()
        self._inner = inner
        self._extra_words = extra_words

    def text_words(self, text: str) -> frozenset[str]:
        return self._inner.text_words(text) | self._extra_words(text)


def _quiet(run: Callable[[], object]) -> object:
    with contextlib.redirect_stdout(io.StringIO()):
        return run()


def _line(score: Score) -> str:
    dp, dr, _ = score.deleted.prf()
    ip, ir, _ = score.inserted.prf()
    return f"{score.pairs.prf()[2]:.3f}, {dp:.2f}/{dr:.2f}, {ip:.2f}/{ir:.2f}"


def main(argv: Sequence[str] | None = None) -> int:
    """Score every set before and after; print one table row per set and segmentation."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--view", choices=tuple(VIEWS), default="derived")
    parser.add_argument("--scope", choices=("all", "sentences"), default="all")
    parser.add_argument("--seeds", type=int, default=3, help="synthetic revisions per scenario")
    args = parser.parse_args(argv)
    print(f"view {args.view}, scope {args.scope}; micro pair F1, del P/R, ins P/R: before, after")
    print("| set | segmentation | before | after |")
    print("|---|---|---|---|")
    for corpus in (c for c in CORPORA if c.is_dir()):
        name = corpus.parent.name if corpus.name == "pairs" else corpus.name
        for gold_segmentation in (True, False):
            scores = []
            for scope in ("none", args.scope):
                with extra_view(scope, args.view):
                    found = _quiet(partial(score_corpus, corpus, gold_segmentation, False))
                assert isinstance(found, Score)
                scores.append(found)
            mode = "gold keys" if gold_segmentation else "product"
            print(f"| {name} | {mode} | {_line(scores[0])} | {_line(scores[1])} |")
    print("\n| synthetic | before F1, del F1, ins F1 | after |")
    print("|---|---|---|")
    totals = []
    for scope in ("none", args.scope):
        with extra_view(scope, args.view):
            found = _quiet(partial(align_eval_extra.extra, args.seeds, False))
        assert isinstance(found, dict)
        totals.append(found)
    for scenario in totals[0]:
        before, after = totals[0][scenario], totals[1][scenario]
        print(
            f"| {scenario} | {before.pairs.prf()[2]:.3f}, {before.deleted.prf()[2]:.2f},"
            f" {before.inserted.prf()[2]:.2f} | {after.pairs.prf()[2]:.3f},"
            f" {after.deleted.prf()[2]:.2f}, {after.inserted.prf()[2]:.2f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
