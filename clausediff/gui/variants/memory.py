"""The choices made in a clause library outlive the window: the library's memory.

A variants window opened on a library of its own has no comparison session to save into, so
"Save choices" writes the window's state (schema ``clausediff.variants-state/1``: groups,
reference, preferred variant, notes) to ``DATA_DIR/libraries/<key>.json``, where ``key`` is a
hash of the library's sources (name and text: a file edited since is another library, whose
variant ids may differ). Opening the same library again brings the choices back
(:func:`recall`). Writes are atomic; a damaged or foreign memory file is ignored (the library
opens with no choices), never fatal. No widgets here.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from clausediff.errors import InputError
from clausediff.store.atomic import write_text
from clausediff.variants.choice import VariantsState
from clausediff.variants.model import Library
from clausediff.variants.serialize import variants_state_from_dict, variants_state_to_dict


def memory_path(folder: Path, library: Library) -> Path:
    """Where the choices made in ``library`` are kept."""
    digest = hashlib.sha256()
    for source in library.sources:
        digest.update(source.name.encode("utf-8") + b"\0" + source.text.encode("utf-8") + b"\0")
    return folder / f"{digest.hexdigest()[:24]}.json"


def remember(folder: Path, state: VariantsState) -> Path:
    """Write ``state`` for its library (atomic); raises OSError when the disk refuses."""
    path = memory_path(folder, state.library)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(variants_state_to_dict(state), ensure_ascii=False, indent=1)
    write_text(path, text + "\n")
    return path


def recall(folder: Path, library: Library) -> VariantsState | None:
    """The state last saved for ``library`` (None when there is none or it cannot be read)."""
    path = memory_path(folder, library)
    try:
        state = variants_state_from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, InputError):
        return None
    same = [(s.name, s.text) for s in state.library.sources] == [
        (s.name, s.text) for s in library.sources
    ]
    return state if same else None
