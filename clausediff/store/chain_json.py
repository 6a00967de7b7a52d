"""The JSON form of a chain of versions (``clausediff.chain/1``), as ``clausediff compare A B C
--json`` writes it.

One object: ``versions`` (each version's number from 1, path, format and language, oldest first)
and ``steps`` in the chain's order (v1 → v2, v2 → v3, v1 → v3), each with ``from``/``to`` (version
numbers from 1), its ``label`` and its ``comparison`` in the ``clausediff.comparison/1`` form that
a two-file compare writes, so one reader serves both. No Qt, no I/O.
"""

from __future__ import annotations

import json
from typing import Any

from clausediff.compare.chain import VersionChain
from clausediff.store.serialize import comparison_to_dict

CHAIN_SCHEMA = "clausediff.chain/1"


def chain_to_dict(chain: VersionChain) -> dict[str, Any]:
    """The ``clausediff.chain/1`` form of ``chain``."""
    return {
        "schema": CHAIN_SCHEMA,
        "versions": [
            {
                "version": number,
                "path": document.path,
                "format": document.format.value,
                "language": document.language,
            }
            for number, document in enumerate(chain.versions, start=1)
        ],
        "steps": [
            {
                "from": step.older + 1,
                "to": step.newer + 1,
                "label": step.label,
                "comparison": comparison_to_dict(step.comparison),
            }
            for step in chain.steps
        ],
    }


def chain_to_json(chain: VersionChain) -> str:
    """:func:`chain_to_dict` as JSON text, written as every command writes JSON."""
    return json.dumps(chain_to_dict(chain), ensure_ascii=False, indent=1) + "\n"
