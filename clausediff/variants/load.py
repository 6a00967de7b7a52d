"""Loading variants: from clause-library pages, files, folders, pasted text, a comparison.

Every loader returns a :class:`~clausediff.variants.model.Library` whose variants point into their
source texts by offsets. The rules:

* a clause-library page ("… Clauses Exemplaires" / "… Sample Clauses", recognised by
  :func:`clausediff.segment.is_library_page`) gives one variant per clause that
  :func:`clausediff.segment.segment` finds, titled by the page (variants and related clauses);
* any other file, and pasted text, is one variant: its whole text, titled by its heading when
  segmentation finds exactly one titled clause, untitled otherwise (grouped by similarity);
* a folder gives the supported files it holds (not recursive), in name order;
* clauses picked from an open comparison become variants of that comparison's documents.

Reading goes through :func:`clausediff.readers.read_document`, so bad files raise
:class:`~clausediff.errors.InputError` with one clear line. :func:`extend` appends a library to
another, renumbering the newcomers' ids after the existing ones. No Qt.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from clausediff.clause import Clause
from clausediff.comparison import Comparison
from clausediff.document import Document
from clausediff.errors import ErrorCode, InputError
from clausediff.progress import SILENT, Monitor
from clausediff.readers import SUPPORTED_SUFFIXES, document_from_text, read_document
from clausediff.segment import is_library_page, segment
from clausediff.variants.model import Library, Source, Variant


def _source(document: Document, key: str, name: str) -> Source:
    return Source(key, name, document.text, document.language, document.path, document.warnings)


def variants_of_document(
    document: Document, key: str, name: str, first: int = 1
) -> tuple[Source, tuple[Variant, ...]]:
    """The source and variants one document gives (ids ``v<first>``, ``v<first+1>``, ...)."""
    source = _source(document, key, name)
    found: list[Variant] = []
    if is_library_page(document):
        clauses = segment(document)
        counts = Counter(c.title for c in clauses)
        seen: Counter[str] = Counter()
        for clause in clauses:
            seen[clause.title] += 1
            label = clause.title
            if counts[clause.title] > 1:
                label = f"{clause.title} {seen[clause.title]}"
            number = first + len(found)
            found.append(_clause_variant(f"v{number}", clause.title, key, clause, label, document))
    else:
        found.append(_whole(document, key, name, first))
    if not found:
        raise InputError(f"{name}: no clause text found", ErrorCode.NO_CLAUSE_TEXT, name=name)
    return source, tuple(found)


def _clause_variant(
    variant_id: str, title: str, key: str, clause: Clause, label: str, document: Document
) -> Variant:
    """A clause's body as a variant of source ``key`` (offsets into the document's text)."""
    return Variant(
        variant_id,
        title,
        key,
        clause.text,
        clause.body_start,
        clause.body_end,
        label,
        document.language,
    )


def _whole(document: Document, key: str, name: str, number: int) -> Variant:
    """The document as one variant, titled by its heading when it has exactly one clause."""
    text = document.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    title = ""
    clauses = segment(document)
    if len(clauses) == 1 and (clauses[0].heading or clauses[0].title) and clauses[0].text.strip():
        clause = clauses[0]
        title = clause.title or clause.heading
        start, end = clause.body_start, clause.body_end
    if start >= end:
        raise InputError(f"{name}: no clause text found", ErrorCode.NO_CLAUSE_TEXT, name=name)
    return Variant(f"v{number}", title, key, text[start:end], start, end, name, document.language)


def library_from_documents(documents: Iterable[tuple[Document, str, str]]) -> Library:
    """A library from (document, key, display name) triples, in order."""
    sources: list[Source] = []
    variants: list[Variant] = []
    for document, key, name in documents:
        source, found = variants_of_document(document, key, name, len(variants) + 1)
        sources.append(source)
        variants.extend(found)
    return Library(tuple(sources), tuple(variants))


def folder_files(folder: str | os.PathLike[str]) -> list[Path]:
    """The supported files of a folder (not recursive), in name order."""
    path = Path(folder)
    files = sorted(
        p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
    )
    if not files:
        raise InputError(
            f"{path.name}: no contract files in this folder",
            ErrorCode.NO_CONTRACT_FILES,
            name=path.name,
        )
    return files


def load_paths(paths: Sequence[str | os.PathLike[str]], monitor: Monitor = SILENT) -> Library:
    """Read files and folders into one library (a folder gives its supported files)."""
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        files.extend(folder_files(path) if path.is_dir() else [path])
    if not files:
        raise InputError("give at least one file or folder of variants")
    documents = []
    for number, path in enumerate(files):
        monitor.report(number, len(files), "reading")
        documents.append((read_document(path, monitor), str(path), path.name))
    monitor.report(len(files), len(files), "reading")
    return library_from_documents(documents)


def load_text(text: str, name: str = "pasted text", key: str = "pasted-1") -> Library:
    """Pasted text as a library: a library page gives its variants, other text one variant."""
    if not text.strip():
        raise InputError("the pasted text is empty", ErrorCode.PASTED_EMPTY)
    return library_from_documents([(document_from_text(text), key, name)])


def library_from_comparison(comparison: Comparison, picks: Sequence[tuple[str, str]]) -> Library:
    """Clauses of an open comparison as variants: ``picks`` are ("left"|"right", clause id)."""
    sides = {
        "left": (comparison.left, comparison.left_clauses),
        "right": (comparison.right, comparison.right_clauses),
    }
    sources: dict[str, Source] = {}
    variants: list[Variant] = []
    for side, clause_id in picks:
        if side not in sides:
            raise ValueError(f"side must be 'left' or 'right', not {side!r}")
        document, clauses = sides[side]
        clause = next((c for c in clauses if c.id == clause_id), None)
        if clause is None:
            raise KeyError(f"no clause {clause_id} on the {side}")
        name = Path(document.path).name if document.path else side
        key = f"{side}:{document.path}"
        sources.setdefault(key, _source(document, key, name))
        label = f"{name} – {clause.label or clause.id}"
        title = clause.title or clause.heading
        variants.append(
            _clause_variant(f"v{len(variants) + 1}", title, key, clause, label, document)
        )
    return Library(tuple(sources.values()), tuple(variants))


def extend(library: Library, other: Library) -> Library:
    """``library`` followed by ``other``'s variants, renumbered after the existing ids."""
    used = {v.id for v in library.variants}
    number = len(library.variants) + 1
    existing = {s.key: s for s in library.sources}
    key_map: dict[str, str] = {}
    added: list[Source] = []
    for source in other.sources:
        key = source.key
        if key in existing and existing[key].text == source.text:
            key_map[key] = key
            continue
        suffix = 2
        while key in existing:
            key = f"{source.key}#{suffix}"
            suffix += 1
        key_map[source.key] = key
        added.append(
            Source(key, source.name, source.text, source.language, source.path, source.warnings)
        )
        existing[key] = added[-1]
    renamed = []
    for variant in other.variants:
        while f"v{number}" in used:
            number += 1
        renamed.append(
            Variant(
                f"v{number}",
                variant.title,
                key_map[variant.source],
                variant.text,
                variant.start,
                variant.end,
                variant.label,
                variant.language,
            )
        )
        used.add(f"v{number}")
    return Library(library.sources + tuple(added), library.variants + tuple(renamed))
