"""Bytes of a plain-text file or a web page -> str, counting what could not be decoded.

A UTF-8 file with one stray byte (a Windows-1252 "é" pasted in, a damaged sector) used to be
decoded whole as Windows-1252, silently: every accented letter of the contract turned into
mojibake ("HÃ©bergement") and the comparison showed them all as changed. :func:`utf8_or_cp1252`
keeps such a file UTF-8 and replaces only its undecodable bytes with U+FFFD, which a word diff
shows; a file that is really Windows-1252 (whose accented letters are almost never valid UTF-8)
is still read as Windows-1252. Every replacement is counted, so the reader can say so with
:func:`undecodable_warning` instead of dropping the bytes silently.

No I/O, no Qt.
"""

from __future__ import annotations

import codecs
import threading

from clausediff.document import ReaderWarning, WarningCode

REPLACEMENT = "\ufffd"
_UTF8_EVIDENCE = 4
"""Valid non-ASCII UTF-8 characters needed per undecodable byte sequence for a file that is
not strict UTF-8 to be read as UTF-8 all the same (with the bad sequences replaced)."""

_replaced = threading.local()


def _count_and_replace(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: U+FFFD for the bad sequence, counted (per thread)."""
    assert isinstance(error, UnicodeDecodeError)
    _replaced.count = getattr(_replaced, "count", 0) + 1
    return REPLACEMENT, error.end


def _cp1252_with_latin1(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode cp1252's five undefined bytes as Latin-1."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("clausediff-count", _count_and_replace)
codecs.register_error("clausediff-latin1", _cp1252_with_latin1)


def decode_counting(data: bytes, encoding: str) -> tuple[str, int]:
    """``data`` decoded, each undecodable sequence replaced by U+FFFD; and how many were."""
    _replaced.count = 0
    text = data.decode(encoding, errors="clausediff-count")
    return text, int(_replaced.count)


def cp1252(data: bytes) -> str:
    """Windows-1252, with Latin-1 for the five bytes it leaves undefined (never fails)."""
    return data.decode("cp1252", errors="clausediff-latin1")


def utf8_or_cp1252(data: bytes) -> tuple[str, int]:
    """Strict UTF-8; else UTF-8 with its few bad sequences replaced when the rest is clearly
    UTF-8; else Windows-1252. Returns the text and the number of sequences replaced."""
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError:
        pass
    text, bad = decode_counting(data, "utf-8")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    if non_ascii >= _UTF8_EVIDENCE * bad:
        return text, bad
    return cp1252(data), 0


def undecodable_warning(bad: int, text: str) -> ReaderWarning | None:
    """The warning for ``bad`` characters of ``text`` replaced by U+FFFD (None for none)."""
    if bad <= 0:
        return None
    percent = 100 * bad / max(len(text), 1)
    share = f"{percent:.0f}%" if percent >= 1 else f"{percent:.1g}%"
    return ReaderWarning.of(WarningCode.UNDECODABLE_CHARACTERS, share=f"{bad} ({share})")
