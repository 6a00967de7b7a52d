"""Annotate JSON Lines: ``{"id", "text", "lang"?}`` in, ``{"id", "spans": [...]}`` out.

Contract: :func:`annotate_jsonl` reads one JSON object per line from ``source`` and writes one
per line to ``sink``: ``{"id": ..., "spans": [{"start", "end", "label", "text", "value"}]}`` with
labels ``obligation``, ``deadline``, ``amount`` and offsets into the line's ``text`` (the format
of ``shared/annotations`` and of the scorer). ``lang`` ("fr"/"en") is passed on when given; it
is not detected when absent, because :func:`~clausediff.terms.engine.annotate` runs the rules of
both languages whatever it is told.
Blank lines are skipped; a line that is not a JSON object with a string ``text`` raises
:class:`~clausediff.errors.InputError` naming the line. The only I/O is on the two streams given.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from clausediff.errors import InputError
from clausediff.terms.engine import annotate


def annotate_line(record: dict[str, Any]) -> dict[str, Any]:
    """The output object for one input object (already validated)."""
    text = record["text"]
    lang = record.get("lang")
    if lang not in ("fr", "en"):
        lang = "fr"
    spans = [
        {
            "start": term.start,
            "end": term.end,
            "label": term.kind.value,
            "text": term.text,
            "value": dict(term.value),
        }
        for term in annotate(text, lang)
    ]
    return {"id": record.get("id"), "spans": spans}


def annotate_jsonl(source: TextIO, sink: TextIO) -> int:
    """Annotate every line of ``source`` into ``sink``; return the number of lines written."""
    written = 0
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"line {number}: not valid JSON ({error.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f'line {number}: expected an object with a "text" string')
        sink.write(json.dumps(annotate_line(record), ensure_ascii=False) + "\n")
        written += 1
    return written
