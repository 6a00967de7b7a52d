"""JSON forms of documents and comparisons, both ways.

``clausediff.document/1`` is what ``clausediff segment --json`` writes; ``clausediff.comparison/1``
is what ``clausediff compare --json`` writes and what a session file embeds. Documents carry their
full text, so every offset in the file can be resolved without the original contract, and a
comparison read back with :func:`comparison_from_dict` is equal to the one written. No I/O: the
callers write the strings (atomically).
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import math
import operator
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import orjson

from clausediff.clause import Clause
from clausediff.comparison import (
    Comparison,
    DiffOp,
    Direction,
    LinkReason,
    Op,
    Pair,
    PairStatus,
    Side,
    Term,
    TermChange,
    TermChangeKind,
    TermKind,
)
from clausediff.document import Document, Format, Paragraph, ReaderWarning, WarningCode
from clausediff.errors import InputError
from clausediff.options import CompareOptions
from clausediff.store.validate import check_comparison
from clausediff.terms import taken_along
from clausediff.worddiff.parts import part_links

DOCUMENT_SCHEMA = "clausediff.document/1"
COMPARISON_SCHEMA = "clausediff.comparison/1"

_CLAUSE_FIELDS = [
    "id",
    "number",
    "heading",
    "text",
    "level",
    "parent",
    "start",
    "end",
    "body_start",
    "body_end",
    "title",
]
_clause_values = operator.attrgetter(*_CLAUSE_FIELDS)


def document_to_dict(
    document: Document,
    clauses: Sequence[Clause],
    terms: Mapping[str, tuple[Term, ...]] | None = None,
) -> dict[str, Any]:
    """The ``clausediff.document/1`` form; clauses get a ``terms`` list when terms are given."""
    clause_dicts = []
    for clause in clauses:
        entry: dict[str, Any] = dict(zip(_CLAUSE_FIELDS, _clause_values(clause), strict=True))
        if terms is not None:
            entry["terms"] = [term_to_dict(t) for t in terms.get(clause.id, ())]
        clause_dicts.append(entry)
    return {
        "schema": DOCUMENT_SCHEMA,
        "path": document.path,
        "format": document.format.value,
        "language": document.language,
        "clauses": clause_dicts,
        "text": document.text,
        "paragraphs": [
            [p.start, p.end, p.style, p.level, p.numbering, p.bold] for p in document.paragraphs
        ],
        "warnings": [warning_to_dict(warning) for warning in document.warnings],
        "sha256": document.sha256,
    }


def warning_to_dict(warning: ReaderWarning) -> dict[str, Any]:
    """A reader warning as JSON: its stable code, its parameters and its English sentence."""
    return {"code": warning.code.value, "params": warning.parameters, "message": str(warning)}


def warning_from_dict(data: Any) -> ReaderWarning:
    """Inverse of :func:`warning_to_dict`; a bare string (sessions before codes) or an unknown
    code is kept as an ``other`` warning with its sentence, never dropped."""
    if isinstance(data, Mapping):
        try:
            code = WarningCode(str(data.get("code")))
        except ValueError:
            return ReaderWarning.of(WarningCode.OTHER, text=data.get("message", ""))
        params = data.get("params")
        pairs = params.items() if isinstance(params, Mapping) else ()
        return ReaderWarning(code, tuple((str(k), str(v)) for k, v in pairs))
    return ReaderWarning.of(WarningCode.OTHER, text=data)


def term_to_dict(term: Term) -> dict[str, Any]:
    """A term as JSON: kind, offsets, text as written, normalised value."""
    return {
        "kind": term.kind.value,
        "start": term.start,
        "end": term.end,
        "text": term.text,
        "value": dict(term.value),
    }


def diff_op_to_dict(op: DiffOp) -> dict[str, Any]:
    """A word-diff run as JSON: operation, text as written, offsets on both sides."""
    return {
        "op": op.op.value,
        "text": op.text,
        "left_start": op.left_start,
        "left_end": op.left_end,
        "right_start": op.right_start,
        "right_end": op.right_end,
    }


def _term_change_to_dict(change: TermChange) -> dict[str, Any]:
    return {
        "kind": change.kind.value,
        "change": change.change.value,
        "direction": change.direction.value if change.direction else None,
        "left": term_to_dict(change.left) if change.left else None,
        "right": term_to_dict(change.right) if change.right else None,
    }


def _pair_to_dict(pair: Pair, comparison: Comparison) -> dict[str, Any]:
    return {
        "left": list(pair.left),
        "right": list(pair.right),
        "status": pair.status.value,
        "similarity": pair.similarity,
        "number_changed": pair.number_changed,
        "heading_changed": pair.heading_changed,
        "truncated": pair.truncated,
        "reason": pair.reason.value if pair.reason else None,
        "diff": [diff_op_to_dict(op) for op in pair.diff],
        "term_changes": [_term_change_to_dict(c) for c in pair.term_changes],
        "parts": _parts_to_list(comparison, pair),
    }


def _parts_to_list(comparison: Comparison, pair: Pair) -> list[dict[str, Any]]:
    """Each part of a split or merged pair (empty otherwise): its side and clause, the share of
    it kept, and the ``[start, end]`` offsets in the other document of its words found there
    (``null`` when none was) with the clauses they lie in. Written only: derived from ``diff``."""
    return [
        {
            "side": link.side.value,
            "clause": link.clause.id,
            "similarity": round(link.similarity, 4),
            "region": [link.other_start, link.other_end] if link.other_ids else None,
            "other": list(link.other_ids),
        }
        for link in part_links(comparison, pair)
    ]


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    """The ``clausediff.comparison/1`` form (see issue 3 for its fields)."""
    return {
        "schema": COMPARISON_SCHEMA,
        # Every field, guardrails included, so the comparison reads back equal to itself.
        "options": dataclasses.asdict(comparison.options),
        "left": _side_to_dict(comparison, Side.LEFT),
        "right": _side_to_dict(comparison, Side.RIGHT),
        "pairs": _pairs_to_list(comparison, comparison.pairs),
        "summary": _summary(comparison),
    }


def _side_to_dict(comparison: Comparison, side: Side) -> dict[str, Any]:
    found = comparison.side(side)
    return document_to_dict(found.document, found.clauses, found.terms)


def _pairs_to_list(comparison: Comparison, pairs: Sequence[Pair]) -> list[dict[str, Any]]:
    return [_pair_to_dict(pair, comparison) for pair in pairs]


def _summary(comparison: Comparison) -> dict[str, Any]:
    summary: dict[str, Any] = dict(comparison.summary())
    summary["term_changes"] = comparison.term_change_counts()
    return summary


def comparison_to_json(comparison: Comparison, *, indent: int | None = None) -> str:
    """:func:`comparison_to_dict` as JSON text (UTF-8 characters kept as they are).

    Compact by default: the standard library writes compact JSON in C, indented JSON in Python,
    four times slower (0.21 s against 0.05 s for the whole Code civil pair, a tenth of the run).
    ``indent`` gives the indented form for people to read; both parse to the same data.
    """
    separators = (",", ":") if indent is None else (",", ": ")
    data = comparison_to_dict(comparison)
    return json.dumps(data, ensure_ascii=False, indent=indent, separators=separators) + "\n"


def comparison_to_utf8(comparison: Comparison, *, indent: int | None = None) -> bytes:
    """:func:`comparison_to_json` encoded in UTF-8, as a file holds it: the very same bytes.

    The compact form is encoded by orjson, which writes UTF-8 directly from the data in C: the
    Code civil pair's 8.4 MB take about 0.01 s, where the standard library takes 0.07 s and the
    encoding of its text to UTF-8 0.02 s more. The two write the same bytes, with two
    exceptions that :func:`_orjson_writes_alike` rules out beforehand (the standard library
    then writes the file, as it writes the indented form): floats below 1e-4, written
    ``0.00001`` by orjson and ``1e-05`` by the standard library, and floats that are not
    finite. Data orjson refuses (an integer beyond 64 bits) goes to the standard library too.
    """
    if indent is None and _orjson_writes_alike(comparison):
        try:
            return orjson.dumps(comparison_to_dict(comparison)) + b"\n"
        except orjson.JSONEncodeError:
            pass
    return comparison_to_json(comparison, indent=indent).encode("utf-8")


#: The smallest float orjson and the standard library write alike (below: 1e-05 and 0.00001).
_SMALLEST_ALIKE = 1e-4


def _orjson_writes_alike(comparison: Comparison) -> bool:
    """Whether orjson writes every float of the comparison as the standard library does.

    The floats are the options', the pairs' similarities (the parts' ones are rounded to four
    places, so never below 1e-4) and those inside the terms' values (a rate of "0,00001 %").
    """
    terms = [
        term
        for found in (comparison.left_terms, comparison.right_terms)
        for clause_terms in found.values()
        for term in clause_terms
    ]
    terms.extend(
        term
        for pair in comparison.pairs
        for change in pair.term_changes
        for term in (change.left, change.right)
        if term is not None
    )
    numbers = itertools.chain(
        _floats(dataclasses.asdict(comparison.options)),
        (pair.similarity for pair in comparison.pairs),
        *(_floats(term.value) for term in terms),
    )
    return all(
        math.isfinite(number) and (number == 0 or abs(number) >= _SMALLEST_ALIKE)
        for number in numbers
    )


def _floats(value: object) -> Iterator[float]:
    """The floats in a JSON-like value: itself, or inside its mappings and sequences."""
    if isinstance(value, float):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _floats(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _floats(item)


# --- reading back -------------------------------------------------------------------------


def term_from_dict(data: Mapping[str, Any]) -> Term:
    """Inverse of :func:`term_to_dict`."""
    return Term(
        TermKind(data["kind"]), data["start"], data["end"], data["text"], dict(data["value"])
    )


def document_from_dict(
    data: Mapping[str, Any],
) -> tuple[Document, tuple[Clause, ...], dict[str, tuple[Term, ...]]]:
    """Inverse of :func:`document_to_dict`: the document, its clauses and their terms."""
    if data.get("schema") != DOCUMENT_SCHEMA:
        raise InputError(f"not a ClauseDiff document (schema {data.get('schema')!r})")
    document = Document(
        text=data["text"],
        format=Format(data["format"]),
        language=data["language"],
        paragraphs=tuple(Paragraph(*row) for row in data.get("paragraphs", ())),
        path=data.get("path", ""),
        warnings=tuple(warning_from_dict(entry) for entry in data.get("warnings", ())),
        sha256=str(data.get("sha256", "")),  # files written before 0.2 have none
    )
    clauses = tuple(Clause(**{name: c[name] for name in _CLAUSE_FIELDS}) for c in data["clauses"])
    terms = {c["id"]: tuple(term_from_dict(t) for t in c.get("terms", ())) for c in data["clauses"]}
    return document, clauses, terms


def _pair_from_dict(data: Mapping[str, Any]) -> Pair:
    changes = tuple(
        TermChange(
            kind=TermKind(c["kind"]),
            change=TermChangeKind(c["change"]),
            left=term_from_dict(c["left"]) if c["left"] else None,
            right=term_from_dict(c["right"]) if c["right"] else None,
            direction=Direction(c["direction"]) if c["direction"] else None,
        )
        for c in data["term_changes"]
    )
    diff = tuple(
        DiffOp(
            Op(d["op"]), d["text"], d["left_start"], d["left_end"], d["right_start"], d["right_end"]
        )
        for d in data["diff"]
    )
    return Pair(
        left=tuple(data["left"]),
        right=tuple(data["right"]),
        status=PairStatus(data["status"]),
        similarity=data["similarity"],
        diff=diff,
        term_changes=changes,
        number_changed=data["number_changed"],
        heading_changed=data["heading_changed"],
        truncated=data["truncated"],
        # files written before links carried a reason have none
        reason=LinkReason(data["reason"]) if data.get("reason") else None,
    )


def _with_terms_taken_along(
    pair: Pair,
    left_terms: Mapping[str, tuple[Term, ...]],
    right_terms: Mapping[str, tuple[Term, ...]],
) -> Pair:
    """A clause deleted or inserted whole, read from a file written before it took its terms
    along (its ``term_changes`` empty), lists them as a fresh comparison does."""
    if pair.term_changes or (pair.left and pair.right):
        return pair
    if pair.left:
        return dataclasses.replace(
            pair, term_changes=taken_along(pair.left, left_terms, TermChangeKind.REMOVED)
        )
    return dataclasses.replace(
        pair, term_changes=taken_along(pair.right, right_terms, TermChangeKind.ADDED)
    )


def comparison_from_dict(data: Mapping[str, Any]) -> Comparison:
    """Inverse of :func:`comparison_to_dict`. Raises InputError for a foreign or broken file."""
    if data.get("schema") != COMPARISON_SCHEMA:
        raise InputError(f"not a ClauseDiff comparison (schema {data.get('schema')!r})")
    try:
        left, left_clauses, left_terms = document_from_dict(data["left"])
        right, right_clauses, right_terms = document_from_dict(data["right"])
        comparison = Comparison(
            left=left,
            right=right,
            left_clauses=left_clauses,
            right_clauses=right_clauses,
            pairs=tuple(
                _with_terms_taken_along(_pair_from_dict(p), left_terms, right_terms)
                for p in data["pairs"]
            ),
            options=CompareOptions(**data["options"]),
            left_terms=left_terms,
            right_terms=right_terms,
        )
        check_comparison(comparison)
        return comparison
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise InputError(f"damaged comparison data ({type(error).__name__}: {error})") from error
