"""The data roles of the navigator's pair table: the contract between the model and its readers.

:class:`~clausediff.gui.navigator_model.PairTableModel` answers them; the filter
(:mod:`~clausediff.gui.navigator_filter`) and the painters (:mod:`~clausediff.gui.navigator_paint`)
only read them, so none of those needs the model's class (no import circle).
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class Role(IntEnum):
    """Extra data roles (above Qt.UserRole), the same for every column of a row."""

    PAIR = Qt.ItemDataRole.UserRole + 1  # int: index of the pair in the comparison
    STATUS = Qt.ItemDataRole.UserRole + 2  # PairStatus
    SIMILARITY = Qt.ItemDataRole.UserRole + 3  # float in [0, 1]; -1 when a side is missing
    TERMS = Qt.ItemDataRole.UserRole + 4  # dict[TermKind, int]: term changes per kind
    CHANGED = Qt.ItemDataRole.UserRole + 5  # bool: the pair is not unchanged
