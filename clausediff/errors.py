"""Errors that the user caused and can fix, as opposed to bugs.

Every reader and every command raises :class:`InputError` for bad input (a missing, empty,
corrupt, encrypted or unsupported file, a bad option). Its message is one sentence meant for the
user; the CLI prints it as ``clausediff: error: <message>`` and exits with code 2, the GUI shows it
in a dialog. Anything else that escapes is a bug (exit code 1).
"""

from __future__ import annotations


class InputError(Exception):
    """Bad input: the message is one clear line for the user, never a traceback."""


class Cancelled(Exception):
    """Long work stopped because ``should_cancel()`` returned True."""
