"""The clause-variants view: compare many versions of one clause and choose the preferred one.

Entry points for the main window:

* :func:`open_variants_window` ``(parent, sources) -> VariantsWindow``: a window over the variants
  read from ``sources`` (clause-library pages, files, folders; may be empty);
* :func:`sample_library_path`: the bundled clause library (the variants demo);
* :func:`find_similar_clauses` ``(window, text, title) -> FindSimilarDialog``: for a clause of a
  comparison, the closest variants of the library open in ``window``, one click to compare;
* :func:`state_to_dict` / :func:`state_from_dict`: the window's state for the session file's
  ``variants`` field.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from clausediff.gui.resources import resources_dir
from clausediff.gui.variants.memory import recall
from clausediff.gui.variants.similar_dialog import FindSimilarDialog
from clausediff.gui.variants.window import VariantsWindow, default_language
from clausediff.variants.choice import VariantsState
from clausediff.variants.grouping import group_variants
from clausediff.variants.load import load_paths
from clausediff.variants.model import Library
from clausediff.variants.serialize import variants_state_from_dict, variants_state_to_dict

__all__ = [
    "FindSimilarDialog",
    "VariantsWindow",
    "find_similar_clauses",
    "open_variants_window",
    "sample_library_path",
    "state_from_dict",
    "state_to_dict",
]


def sample_library_path() -> Path:
    """The bundled French clause library: 8 variants of one clause and 4 related clauses."""
    return resources_dir() / "samples" / "bibliotheque-limitation-responsabilite.txt"


def open_variants_window(
    parent: QWidget | None,
    sources: list[str],
    language: str | None = None,
    scheme: str = "legal",
    memory_dir: Path | None = None,
    terms_height: int = -1,
) -> VariantsWindow:
    """A variants window over ``sources`` (raises InputError for unreadable input), in the
    colour ``scheme`` of the user's settings ("legal" or "colorblind").

    With ``memory_dir`` the choices saved for the same library come back, and "Save choices"
    (and the question on close) keep them there (:mod:`clausediff.gui.variants.memory`).

    The caller shows it (``window.show()``); it is a top-level window even with a parent.
    """
    library = load_paths(sources) if sources else Library()
    recalled = recall(memory_dir, library) if memory_dir is not None and sources else None
    state = recalled or VariantsState(library, group_variants(library.variants))
    return VariantsWindow(
        state,
        language or default_language(),
        parent,
        scheme=scheme,
        memory_dir=memory_dir,
        terms_height=terms_height,
    )


def find_similar_clauses(window: VariantsWindow, text: str, title: str = "") -> FindSimilarDialog:
    """The dialog listing the library variants closest to ``text`` (call ``exec()``/``show()``)."""
    return FindSimilarDialog(window, text, title)


def state_to_dict(window: VariantsWindow) -> dict[str, Any]:
    """The window's library, groups and choices for the session file."""
    return variants_state_to_dict(window.controller.state)


def state_from_dict(
    parent: QWidget | None,
    data: Mapping[str, Any],
    language: str | None = None,
    scheme: str = "legal",
    terms_height: int = -1,
) -> VariantsWindow:
    """A window restored from the session file's ``variants`` data (InputError when bad)."""
    state = variants_state_from_dict(data)
    return VariantsWindow(
        state, language or default_language(), parent, scheme=scheme, terms_height=terms_height
    )
