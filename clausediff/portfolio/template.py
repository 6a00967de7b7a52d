"""The template, read, segmented and annotated once for the whole portfolio.

:func:`prepare_template` reads the template file and returns a :class:`Template`: the prepared
document of :mod:`clausediff.compare.pipeline` (text, clauses, terms of each clause), the file's
SHA-256 and the references of its clauses. It is a plain frozen value, pickled once and shipped to
every worker (a process of the local pool or a Dask worker) so no worker reads the template again.
Raises :class:`~clausediff.errors.InputError` for a bad file and when the template has no clause.
No Qt.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clausediff.compare.pipeline import PreparedDocument, prepare_document
from clausediff.errors import ErrorCode, InputError
from clausediff.portfolio.model import TemplateClauseRef
from clausediff.readers import read_document


@dataclass(frozen=True, slots=True)
class Template:
    """The prepared template, its path and content hash."""

    path: str
    sha256: str
    prepared: PreparedDocument

    @property
    def refs(self) -> tuple[TemplateClauseRef, ...]:
        """Every template clause as id, number and heading, in document order."""
        return tuple(TemplateClauseRef(c.id, c.number, c.heading) for c in self.prepared.clauses)

    def to_dict(self) -> dict[str, Any]:
        """The ``template`` object of the portfolio JSON."""
        return {
            "path": self.path,
            "sha256": self.sha256,
            "clauses": [ref.to_dict() for ref in self.refs],
        }


def sha256_of(data: bytes) -> str:
    """Hex SHA-256 of file contents: the identity of a template or contract in the cache."""
    return hashlib.sha256(data).hexdigest()


def prepare_template(path: str | os.PathLike[str]) -> Template:
    """Read and prepare the template (see the module docstring)."""
    file_path = Path(path)
    document = read_document(file_path)
    try:
        data = file_path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {file_path.name}: {error.strerror or error}") from error
    prepared = prepare_document(document)
    if not prepared.clauses:
        raise InputError(
            f"{file_path.name}: the template has no clause to compare",
            ErrorCode.TEMPLATE_WITHOUT_CLAUSES,
            name=file_path.name,
        )
    return Template(str(file_path), sha256_of(data), prepared)
