"""Clause alignment: pair every clause of two documents with its counterpart.

Public API: :func:`align` and :class:`Link`. See :mod:`clausediff.align.core` for the method.
"""

from clausediff.align.core import align
from clausediff.align.links import Link

__all__ = ["Link", "align"]
