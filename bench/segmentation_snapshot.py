"""Snapshot of segmentation on every real text we have, to prove a refactoring changes nothing.

A speed-up of :mod:`clausediff.segment` must leave its result identical. This script segments
each document below and writes (``--write FILE``) or compares (``--check FILE``) every clause's
id, number, heading, level, parent and offsets, byte for byte:

* the whole Code civil pair (``../shared/corpus-large``), the dev corpus (``../shared/corpus``),
  every held-out set (``bench/data/heldout*``) but those kept unseen (an ``UNSEEN`` file marks
  them), the seed texts (``../shared/seeds``) and the bundled samples, each both as the bench
  scripts build it (the raw file text) and as the product reads it
  (:func:`clausediff.readers.read_document`);
* every document of ``tests/data`` the readers accept (.docx, .odt, .rtf, .html, .pdf...), whose
  reader paragraphs take the other path through :func:`clausediff.segment.units.build_units`.

Usage: ``python bench/segmentation_snapshot.py --write before.json`` on the old code, then
``python bench/segmentation_snapshot.py --check before.json`` on the new one. Exits 1 and names
the first differing clause of each document that differs. Prints the segmentation CPU time.
``bench/segmentation_snapshot.json`` is main's snapshot: ``--check`` it before a change, and a
change of segmentation made on purpose rewrites it (``--write``) in the same commit, whose
message says which documents changed and why.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from clausediff.document import Document, Format  # noqa: E402
from clausediff.errors import InputError  # noqa: E402
from clausediff.readers import read_document  # noqa: E402
from clausediff.segment import segment  # noqa: E402

SHARED = ROOT.parent / "shared"
TEXT_FOLDERS = (
    SHARED / "corpus-large",
    SHARED / "corpus",
    SHARED / "seeds",
    ROOT / "bench" / "data",
    ROOT / "resources" / "samples",
)
READER_FOLDERS = (ROOT / "tests" / "data",)


def _kept_unseen(path: Path) -> bool:
    """True inside a held-out set kept unseen (an ``UNSEEN`` file in a folder above the text):
    its texts are read by nobody's tool until it is scored once, segmentation included."""
    return any((folder / "UNSEEN").is_file() for folder in path.parents)


def _documents() -> Iterator[tuple[str, Document]]:
    """Every document of the snapshot, named by path and by how it was built."""
    for folder in TEXT_FOLDERS:
        for path in sorted(folder.rglob("*.txt")):
            if _kept_unseen(path):
                continue
            name = str(path.relative_to(folder.parent))
            text = path.read_text(encoding="utf-8")
            yield f"{name} (raw)", Document(text=text, format=Format.TXT, language="")
            yield f"{name} (reader)", read_document(path)
    for folder in READER_FOLDERS:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            try:
                document = read_document(path)
            except InputError:
                continue  # a file the tests keep to be refused
            yield f"{path.relative_to(folder.parent)} (reader)", document


def snapshot() -> tuple[dict[str, list[list[object]]], float]:
    """Clauses of every document as plain lists, and the CPU seconds spent segmenting."""
    result: dict[str, list[list[object]]] = {}
    spent = 0.0
    for name, document in _documents():
        began = time.process_time()
        clauses = segment(document)
        spent += time.process_time() - began
        result[name] = [
            [c.id, c.number, c.heading, c.level, c.parent, c.start, c.end, c.body_start, c.body_end]
            for c in clauses
        ]
    return result, spent


def _first_difference(old: list[list[object]], new: list[list[object]]) -> str:
    for index, (before, after) in enumerate(zip(old, new, strict=False)):
        if before != after:
            return f"clause {index + 1}: {before} -> {after}"
    return f"{len(old)} clauses -> {len(new)}"


def main(argv: list[str] | None = None) -> int:
    """Write or check the snapshot."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the snapshot to this file")
    group.add_argument("--check", type=Path, help="compare with a snapshot written before")
    args = parser.parse_args(argv)
    current, spent = snapshot()
    clauses = sum(len(value) for value in current.values())
    print(f"{len(current)} documents, {clauses} clauses, segmentation {spent:.2f} s CPU")
    if args.write:
        args.write.write_text(json.dumps(current, ensure_ascii=False), encoding="utf-8")
        return 0
    expected = json.loads(args.check.read_text(encoding="utf-8"))
    differing = 0
    for name in sorted(set(expected) | set(current)):
        if name not in current or name not in expected:
            print(f"only in {'snapshot' if name in expected else 'this run'}: {name}")
            differing += 1
        elif current[name] != expected[name]:
            print(f"differs: {name}: {_first_difference(expected[name], current[name])}")
            differing += 1
    print("identical" if not differing else f"{differing} documents differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
