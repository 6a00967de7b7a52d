"""Clause variants: load many versions of one clause, compare them, choose the preferred one.

Public API (Qt-free; the GUI in :mod:`clausediff.gui.variants` and the CLI call exactly this):

* loading (:mod:`.load`): :func:`load_paths` (files and folders), :func:`load_text` (pasted
  text), :func:`library_from_comparison` (clauses of an open comparison), :func:`extend`;
* grouping (:mod:`.grouping`): :func:`group_variants`, :func:`extend_groups`, and the manual
  :func:`split_group`, :func:`merge_groups`, :func:`move_variant`;
* analysis (:mod:`.analyse`): :func:`analyse_group` / :func:`analyse` -> :class:`VariantsResult`
  (reference, similarity matrix, word diffs, provisions grid, terms matrix);
* choices (:mod:`.choice`): :class:`VariantsState`, :class:`GroupChoice`;
* JSON (:mod:`.serialize`): :func:`analysis_to_dict`, :func:`variants_state_to_dict`,
  :func:`variants_state_from_dict` (the session file's ``variants`` field);
* :func:`find_similar` (:mod:`.similar`): the closest variants of a library to a clause.

No I/O outside :mod:`.load` and :mod:`.export`, no Qt anywhere in this package.
"""

from __future__ import annotations

from clausediff.variants.analyse import analyse, analyse_group
from clausediff.variants.choice import CUSTOM, GroupChoice, VariantsState
from clausediff.variants.grouping import (
    extend_groups,
    group_variants,
    merge_groups,
    move_variant,
    split_group,
)
from clausediff.variants.load import extend, library_from_comparison, load_paths, load_text
from clausediff.variants.model import (
    Library,
    ProvisionGrid,
    Source,
    TermsMatrix,
    Variant,
    VariantGroup,
    VariantsResult,
)
from clausediff.variants.serialize import (
    analysis_to_dict,
    variants_state_from_dict,
    variants_state_to_dict,
)

__all__ = [
    "CUSTOM",
    "GroupChoice",
    "Library",
    "ProvisionGrid",
    "Source",
    "TermsMatrix",
    "Variant",
    "VariantGroup",
    "VariantsResult",
    "VariantsState",
    "analyse",
    "analyse_group",
    "analysis_to_dict",
    "extend",
    "extend_groups",
    "group_variants",
    "library_from_comparison",
    "load_paths",
    "load_text",
    "merge_groups",
    "move_variant",
    "split_group",
    "variants_state_from_dict",
    "variants_state_to_dict",
]
