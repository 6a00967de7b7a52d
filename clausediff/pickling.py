"""How the frozen records of the vocabulary cross between processes.

:func:`pickled_by_fields` makes a frozen dataclass pickle as a call to itself with its fields:
the clauses, pairs and terms a forked child sends back (:mod:`clausediff.compare.forked`), and
the prepared documents a portfolio ships to its workers. No Qt, no I/O.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable
from typing import Any, TypeVar

Frozen = TypeVar("Frozen", bound=type)


def pickled_by_fields(cls: Frozen) -> Frozen:
    """Make a frozen dataclass pickle as a call to itself with its fields in order.

    Otherwise a frozen dataclass with slots pickles through the ``__getstate__`` and
    ``__setstate__`` that :mod:`dataclasses` writes for it, Python code run field by field: the
    pairs and terms a child process sends back (:mod:`clausediff.compare.forked`) took 5 to 8
    times longer to pickle and unpickle (184 changed pairs of the Code civil: 0.021 s against
    0.004 s). Every field must be one of the constructor's parameters.
    """
    fields = operator.attrgetter(*(f.name for f in dataclasses.fields(cls)))

    def reduce(self: object) -> tuple[Callable[..., object], tuple[Any, ...]]:
        return cls, fields(self)

    cls.__reduce__ = reduce  # type: ignore[assignment,method-assign]
    return cls
