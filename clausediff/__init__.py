"""ClauseDiff: compare contracts clause by clause.

The package is split in two: a Qt-free core (readers, segmentation, alignment, word diff, terms,
comparison, reports as data) that the CLI, the GUI and the tests drive the same way, and a thin
PySide6 GUI in :mod:`clausediff.gui`. Data flows one way::

    file -> Document (text + offsets) -> clauses -> alignment -> word diff + terms -> Comparison
"""

__version__ = "0.1.0"
