"""JSON forms of the variants feature: the analysis (CLI ``--json``) and the session state.

* :func:`analysis_to_dict` — schema ``clausediff.variants/1``: sources, variants (with offsets),
  and per group the reference, the similarity matrix, each variant's diff ops against the
  reference, the provisions grid, the terms matrix and the user's choice.
* :func:`variants_state_to_dict` / :func:`variants_state_from_dict` — schema
  ``clausediff.variants-state/1``: what the session file's ``variants`` field holds (sources with
  their text, so a session reopens when the files have moved; groups; choices).
  :func:`variants_state_from_dict` raises :class:`~clausediff.errors.InputError` on bad data.

Plain dicts and lists only; no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from clausediff.errors import ErrorCode, InputError
from clausediff.store.serialize import diff_op_to_dict, term_to_dict
from clausediff.variants.choice import GroupChoice, VariantsState
from clausediff.variants.model import (
    Library,
    ProvisionGrid,
    Source,
    TermCell,
    TermColumn,
    TermsMatrix,
    Variant,
    VariantDiff,
    VariantGroup,
    VariantsResult,
)

SCHEMA = "clausediff.variants/1"
STATE_SCHEMA = "clausediff.variants-state/1"

#: The code of every refusal below: the GUI says the saved clause library is damaged.
DAMAGED = ErrorCode.VARIANTS_DAMAGED


def _source(source: Source, with_text: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "key": source.key,
        "name": source.name,
        "path": source.path,
        "language": source.language,
    }
    if with_text:
        data["text"] = source.text
    return data


def _variant(variant: Variant) -> dict[str, Any]:
    return {
        "id": variant.id,
        "title": variant.title,
        "label": variant.label,
        "source": variant.source,
        "start": variant.start,
        "end": variant.end,
        "language": variant.language,
        "text": variant.text,
    }


def _group(group: VariantGroup) -> dict[str, Any]:
    return {
        "id": group.id,
        "title": group.title,
        "titled": group.titled,
        "variants": list(group.variant_ids),
    }


def _choice(choice: GroupChoice) -> dict[str, Any]:
    return {
        "reference": choice.reference,
        "preferred": choice.preferred,
        "custom_text": choice.custom_text,
        "custom_base": choice.custom_base,
        "note": choice.note,
    }


def diff_to_dict(diff: VariantDiff) -> dict[str, Any]:
    """A variant's diff against the reference."""
    return {
        "variant": diff.variant_id,
        "reference": diff.reference_id,
        "similarity": round(diff.similarity, 4),
        "truncated": diff.truncated,
        "ops": [diff_op_to_dict(op) for op in diff.ops],
    }


def grid_to_dict(grid: ProvisionGrid) -> dict[str, Any]:
    """The provisions grid: columns, then rows of cells (null where a variant is silent)."""
    return {
        "columns": list(grid.variant_ids),
        "rows": [
            {
                "cohesion": round(row.cohesion, 4),
                "cells": [
                    None
                    if cell is None
                    else {
                        "variant": cell.variant_id,
                        "index": cell.index,
                        "start": cell.start,
                        "end": cell.end,
                        "text": cell.text,
                    }
                    for cell in row.cells
                ],
            }
            for row in grid.rows
        ],
    }


def _cell(cell: TermCell) -> dict[str, Any]:
    return {**term_to_dict(cell.term), "description": cell.description, "sort_key": cell.sort_key}


def matrix_to_dict(matrix: TermsMatrix) -> list[dict[str, Any]]:
    """One entry per variant: its terms by column, and the column sort keys."""
    return [
        {
            "variant": row.variant_id,
            **{column.value: [_cell(c) for c in row.cells(column)] for column in TermColumn},
            "sort_keys": {column.value: row.sort_key(column) for column in TermColumn},
        }
        for row in matrix.rows
    ]


def result_to_dict(result: VariantsResult, choice: GroupChoice | None = None) -> dict[str, Any]:
    """One analysed group."""
    return {
        **_group(result.group),
        "reference": result.reference_id,
        "similarity": [[round(value, 4) for value in row] for row in result.similarity],
        "truncated": result.truncated,
        "diffs": [diff_to_dict(d) for d in result.diffs],
        "grid": grid_to_dict(result.grid),
        "terms": matrix_to_dict(result.matrix),
        "choice": _choice(choice or GroupChoice()),
    }


def analysis_to_dict(
    library: Library,
    results: Sequence[VariantsResult],
    choices: Mapping[str, GroupChoice] | None = None,
) -> dict[str, Any]:
    """The whole analysis (schema ``clausediff.variants/1``)."""
    chosen = choices or {}
    return {
        "schema": SCHEMA,
        "sources": [_source(s, with_text=False) for s in library.sources],
        "variants": [_variant(v) for v in library.variants],
        "groups": [result_to_dict(r, chosen.get(r.group.id)) for r in results],
    }


def variants_state_to_dict(state: VariantsState) -> dict[str, Any]:
    """The state for the session file (schema ``clausediff.variants-state/1``)."""
    return {
        "schema": STATE_SCHEMA,
        "sources": [_source(s, with_text=True) for s in state.library.sources],
        "variants": [
            {k: v for k, v in _variant(x).items() if k != "text"} for x in state.library.variants
        ],
        "groups": [_group(g) for g in state.groups],
        "choices": {k: _choice(c) for k, c in state.choices.items()},
    }


def _str(data: Mapping[str, Any], key: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise InputError(f"the variants data has a bad {key!r} field", DAMAGED)
    return value


def _int(data: Mapping[str, Any], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise InputError(f"the variants data has a bad {key!r} field", DAMAGED)
    return value


def _optional(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(f"the variants data has a bad {key!r} field", DAMAGED)
    return value


def variants_state_from_dict(data: Mapping[str, Any]) -> VariantsState:
    """The state back from :func:`variants_state_to_dict` (InputError when malformed)."""
    if not isinstance(data, Mapping) or data.get("schema") != STATE_SCHEMA:
        raise InputError(
            "the session's variants part is not ClauseDiff variants data",
            ErrorCode.VARIANTS_DAMAGED,
        )
    try:
        sources = tuple(
            Source(
                _str(s, "key"),
                _str(s, "name"),
                _str(s, "text"),
                _str(s, "language", "fr"),
                _str(s, "path", ""),
            )
            for s in data.get("sources", [])
        )
        texts = {s.key: s.text for s in sources}
        variants = []
        for item in data.get("variants", []):
            source, start, end = _str(item, "source"), _int(item, "start"), _int(item, "end")
            if source not in texts or not 0 <= start <= end <= len(texts[source]):
                raise InputError(
                    "the variants data points outside its source text", ErrorCode.VARIANTS_DAMAGED
                )
            variants.append(
                Variant(
                    _str(item, "id"),
                    _str(item, "title", ""),
                    source,
                    texts[source][start:end],
                    start,
                    end,
                    _str(item, "label", ""),
                    _str(item, "language", "fr"),
                )
            )
        known = {v.id for v in variants}
        groups = []
        for item in data.get("groups", []):
            ids = tuple(item.get("variants", []))
            if not all(isinstance(i, str) and i in known for i in ids):
                raise InputError(
                    "a variants group names an unknown variant", ErrorCode.VARIANTS_DAMAGED
                )
            groups.append(
                VariantGroup(
                    _str(item, "id"), _str(item, "title", ""), ids, bool(item.get("titled"))
                )
            )
        choices = {
            str(key): GroupChoice(
                _optional(c, "reference"),
                _optional(c, "preferred"),
                _str(c, "custom_text", ""),
                _optional(c, "custom_base"),
                _str(c, "note", ""),
            )
            for key, c in dict(data.get("choices", {})).items()
        }
    except (TypeError, AttributeError, ValueError) as error:
        raise InputError(
            f"the session's variants part is malformed ({error})", ErrorCode.VARIANTS_DAMAGED
        ) from error
    return VariantsState(Library(sources, tuple(variants)), tuple(groups), choices)
