"""Every term found on the reference texts, written out so that two versions can be compared.

For a change that must not move a single term (a faster engine, a rule table rewritten for
speed): run it once before the change with ``--out before.jsonl``, then after each step with
``--against before.jsonl``. The texts are the clauses of every document of
``../shared/corpus-large``, ``../shared/corpus``, ``../shared/seeds``, ``bench/data/heldout*``
and the bundled samples (as the comparison annotates them, each distinct clause once), the
smaller documents also whole, and the paragraphs of ``../shared/annotations/dev.jsonl`` and of
``bench/data/heldout*/terms.jsonl``; each in its own language and in French. One JSON line per
text: where it comes from, the language, and each term's kind, offsets, text, value and its
French and English descriptions.

Usage: ``python bench/terms_fingerprint.py [--out FILE] [--against FILE]``. Prints the number
of texts and terms; with ``--against``, the first texts whose terms differ. Exits 1 when they
differ, else 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from clausediff.comparison import Term  # noqa: E402
from clausediff.readers import read_document  # noqa: E402
from clausediff.segment import segment  # noqa: E402
from clausediff.terms import annotate  # noqa: E402
from clausediff.terms.describe import describe_value  # noqa: E402

SHARED = ROOT.parent / "shared"
WHOLE_UP_TO = 300_000  # characters: documents up to this size are annotated whole as well


def documents() -> list[Path]:
    """The reference documents, in a fixed order."""
    return [
        *sorted((SHARED / "corpus-large").glob("*/*.txt")),
        *sorted((SHARED / "corpus").glob("*/*.txt")),
        *sorted((SHARED / "seeds").glob("*.txt")),
        *sorted(seen(ROOT.glob("bench/data/heldout*/pairs/*/*.txt"))),
        *sorted((ROOT / "resources" / "samples").glob("*.txt")),
    ]


def seen(paths: Iterable[Path]) -> Iterator[Path]:
    """The paths outside a held-out set kept unseen (an ``UNSEEN`` file in a folder above
    them, as for ``bench/segmentation_snapshot.py``): nobody's tool reads those until they are
    scored once."""
    return (path for path in paths if not any((f / "UNSEEN").is_file() for f in path.parents))


def texts() -> Iterator[tuple[str, str, str]]:
    """(where, language, text) for every clause, small document and annotated paragraph."""
    for path in documents():
        document = read_document(path)
        where = _where(path)
        for text in dict.fromkeys(clause.text for clause in segment(document)):
            yield where, document.language, text
        if len(document.text) <= WHOLE_UP_TO:
            yield f"{where} (whole)", document.language, document.text
    golds = [
        SHARED / "annotations" / "dev.jsonl",
        *sorted(seen(ROOT.glob("bench/data/*/terms.jsonl"))),
    ]
    for gold in golds:
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                yield f"{gold.name}:{record['id']}", record.get("lang", "fr"), record["text"]


def _where(path: Path) -> str:
    """A document's name independent of the checkout it was read from (so that a fingerprint
    written in another worktree compares)."""
    if path.is_relative_to(SHARED):
        return f"shared/{path.relative_to(SHARED)}"
    return str(path.relative_to(ROOT))


def _term(term: Term) -> list[object]:
    return [
        term.kind.value,
        term.start,
        term.end,
        term.text,
        dict(term.value),
        describe_value(term, "fr"),
        describe_value(term, "en"),
    ]


def fingerprint() -> Iterator[str]:
    """One JSON line per (text, language)."""
    for where, language, text in texts():
        for reading in sorted({language, "fr"}):
            terms = [_term(term) for term in annotate(text, reading)]
            line = [where, reading, text[:60], terms]
            yield json.dumps(line, ensure_ascii=False, sort_keys=True, default=str)


def main(argv: Sequence[str] | None = None) -> int:
    """Write and/or compare the fingerprint."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the fingerprint here")
    parser.add_argument("--against", type=Path, help="compare with a fingerprint written before")
    args = parser.parse_args(argv)
    lines = list(fingerprint())
    terms = sum(len(json.loads(line)[3]) for line in lines)
    print(f"{len(lines)} texts, {terms} terms")
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.against is None:
        return 0
    before = args.against.read_text(encoding="utf-8").splitlines()
    differing = [(old, new) for old, new in zip(before, lines, strict=False) if old != new]
    if len(before) != len(lines):
        print(f"DIFFERENT: {len(before)} texts before, {len(lines)} now")
    for old, new in differing[:5]:
        print(f"DIFFERENT:\n  before {old[:300]}\n  now    {new[:300]}")
    if differing or len(before) != len(lines):
        print(f"{len(differing)} texts differ")
        return 1
    print("identical")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
