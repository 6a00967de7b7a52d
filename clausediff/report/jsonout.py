"""The report model as JSON data (schema ``clausediff.report/1``).

Same content as the HTML and PDF, for other tools: every field of the frozen model, enums as
their string values, offsets as integers into each document's text. ``clausediff compare --json``
writes the *comparison* (:mod:`clausediff.store.serialize`); this is the report's own export,
which adds the wording, the user's decisions and the fingerprints. No Qt, no I/O.
"""

from __future__ import annotations

import dataclasses
import json
from enum import Enum
from typing import Any

from clausediff.report.model import Report

SCHEMA = "clausediff.report/1"


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data, ``schema`` first."""
    data = _plain(report)
    assert isinstance(data, dict)
    return {"schema": SCHEMA, **data}


def report_to_json(report: Report, indent: int | None = 1) -> str:
    """:func:`report_to_dict` as JSON text (non-ASCII kept as is), ending with a newline."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=indent) + "\n"


def _plain(value: object) -> Any:
    """Dataclasses to dicts, enums to values, tuples to lists, recursively."""
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return value
