"""What a firm adds to a report it sends: the matter, the client, a confidentiality mark.

A :class:`Letterhead` is given to the PDF writer (``write_pdf(..., letterhead=...)``): the matter
and the client are listed on the cover, and a confidential report carries "CONFIDENTIEL" /
"CONFIDENTIAL" in the running header of every page. All fields are optional; the empty
letterhead changes nothing. Plain data, no Qt, so the CLI and the export options import it freely.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Letterhead:
    """Matter and client names (as the user typed them), and whether the report is confidential."""

    matter: str = ""
    client: str = ""
    confidential: bool = False

    def __post_init__(self) -> None:
        # One line each: a pasted line break would break the cover table and the header.
        object.__setattr__(self, "matter", " ".join(self.matter.split()))
        object.__setattr__(self, "client", " ".join(self.client.split()))

    @property
    def empty(self) -> bool:
        """True when there is nothing to add."""
        return not (self.matter or self.client or self.confidential)
