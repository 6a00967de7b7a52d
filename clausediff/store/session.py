"""The session file: a comparison plus the user's decisions, saved and reopened as one JSON file.

A :class:`Session` holds the current :class:`~clausediff.comparison.Comparison` (with the user's
manual links and unlinks already applied: :mod:`clausediff.compare.relink` returns the corrected
comparison, and ``links`` records what was done, in order), the per-pair :class:`Choice` (keep
left, keep right, or a custom text, and a note), a placeholder for variant choices, timestamps and
the version of ClauseDiff that wrote it.

The file (``.clausediff``, schema ``clausediff.session/1``) embeds the whole comparison, texts
included, so it reopens when the contract files have moved. :func:`save_session` writes it
atomically and keeps the previous version as ``<file>.bak``; :func:`load_session` raises
:class:`~clausediff.errors.InputError` with one clear sentence for a missing, corrupt, foreign or
newer file. No Qt.

Pairs are keyed by :func:`pair_key` ("c3+c4>c5"): the clause ids of both sides, stable across
saves and independent of the pairs' order.

A session may be one step of a chain of versions (:mod:`clausediff.compare.chain`): its
:attr:`Session.chain` then holds the other steps' own sessions (see :class:`ChainSteps`). The file
stays ``clausediff.session/1``: the step on screen is written at the top level as any session, the
others under an added ``chain`` key that earlier versions ignore, so they open the step that was
shown and every older file opens here unchanged (its ``chain`` is None).
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from clausediff import __version__
from clausediff.compare.chain import step_order
from clausediff.comparison import Comparison, Pair
from clausediff.errors import ErrorCode, InputError
from clausediff.store import atomic
from clausediff.store.serialize import comparison_from_dict, comparison_to_dict

SCHEMA = "clausediff.session/1"
_SCHEMA_FAMILY = "clausediff.session/"
SUFFIX = ".clausediff"


class Keep(StrEnum):
    """Which text the user keeps for a pair: a decision, not a document side.

    A document side is :class:`clausediff.comparison.Side`; ``Keep.LEFT``/``Keep.RIGHT`` have
    the same values, so ``Keep(side)`` turns a side into the decision to keep it.
    """

    LEFT = "left"
    RIGHT = "right"
    CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class Choice:
    """The user's decision on one pair.

    ``side`` is None when the user only wrote a note. ``custom_text`` (for ``Keep.CUSTOM``) replaces
    the pair's clause bodies; the clause number and heading are kept (see
    :mod:`clausediff.report.assemble`). Paragraphs in it are separated by blank lines.
    """

    side: Keep | None
    custom_text: str = ""
    note: str = ""


class LinkAction(StrEnum):
    """A manual correction of the alignment."""

    LINK = "link"
    UNLINK = "unlink"


@dataclass(frozen=True, slots=True)
class ManualLink:
    """One manual correction: these left clauses linked to (or unlinked from) these right ones."""

    action: LinkAction
    left: tuple[str, ...]
    right: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ChainSteps:
    """The chain of versions a session's comparison is one step of.

    ``steps`` lists each step as (older, newer) version indexes from 0, in the order shown
    (:func:`clausediff.compare.chain.step_order`); ``active`` is the index in ``steps`` of the step
    the session itself holds; ``others`` maps every other step's index to its own session (whose
    ``chain`` is None): its comparison, decisions and manual links.
    """

    steps: tuple[tuple[int, int], ...]
    active: int
    others: Mapping[int, Session]


@dataclass(frozen=True, slots=True)
class Session:
    """A comparison and everything the user decided about it.

    ``choices`` maps :func:`pair_key` to the user's :class:`Choice`. ``variants`` is kept as
    plain JSON data for the clause-variants feature. Timestamps are ISO 8601 strings in UTC.
    ``chain`` is set when the comparison is one step of a chain of versions.
    """

    comparison: Comparison
    choices: Mapping[str, Choice] = field(default_factory=dict)
    links: tuple[ManualLink, ...] = ()
    variants: Mapping[str, Any] = field(default_factory=dict)
    created: str = ""
    modified: str = ""
    app_version: str = __version__
    chain: ChainSteps | None = None

    def choice_for(self, pair: Pair) -> Choice | None:
        """The user's choice for ``pair``, if any."""
        return self.choices.get(pair_key(pair))

    def with_choice(self, pair: Pair, choice: Choice | None) -> Session:
        """A copy with ``choice`` set for ``pair`` (None removes it)."""
        choices = dict(self.choices)
        key = pair_key(pair)
        if choice is None:
            choices.pop(key, None)
        else:
            choices[key] = choice
        return replace(self, choices=choices)


def new_session(comparison: Comparison, now: datetime | None = None) -> Session:
    """A session with no decisions yet, stamped now."""
    stamp = _stamp(now)
    return Session(comparison=comparison, created=stamp, modified=stamp)


def pair_key(pair: Pair) -> str:
    """A stable key for a pair: left ids joined by "+", ">", right ids ("c3+c4>c5", ">c7")."""
    return "+".join(pair.left) + ">" + "+".join(pair.right)


def session_to_dict(session: Session) -> dict[str, Any]:
    """The ``clausediff.session/1`` form (with a ``chain`` key for a step of a chain)."""
    data = {
        "schema": SCHEMA,
        "app_version": session.app_version,
        "created": session.created,
        "modified": session.modified,
        **_decisions_to_dict(session),
        "variants": dict(session.variants),
        "comparison": comparison_to_dict(session.comparison),
    }
    if session.chain is not None:
        data["chain"] = _chain_to_dict(session.chain)
    return data


def _decisions_to_dict(session: Session) -> dict[str, Any]:
    """The user's choices and manual links, as the file holds them."""
    return {
        "choices": {
            key: {
                "side": choice.side.value if choice.side else None,
                "custom_text": choice.custom_text,
                "note": choice.note,
            }
            for key, choice in sorted(session.choices.items())
        },
        "links": [
            {"action": link.action.value, "left": list(link.left), "right": list(link.right)}
            for link in session.links
        ],
    }


def _chain_to_dict(chain: ChainSteps) -> dict[str, Any]:
    """The ``chain`` key: every step's versions, and the decisions and comparison of each step
    but the active one (which is the session's top level)."""
    steps: list[dict[str, Any]] = []
    for index, (older, newer) in enumerate(chain.steps):
        step: dict[str, Any] = {"older": older, "newer": newer}
        other = chain.others.get(index)
        if other is not None:
            step.update(_decisions_to_dict(other))
            step["comparison"] = comparison_to_dict(other.comparison)
        steps.append(step)
    return {"active": chain.active, "steps": steps}


def session_from_dict(data: Mapping[str, Any], source: str = "the session") -> Session:
    """Inverse of :func:`session_to_dict`. Raises InputError naming ``source`` on bad data."""
    schema = data.get("schema")
    if not isinstance(schema, str) or not schema.startswith(_SCHEMA_FAMILY):
        raise InputError(
            f"{source} is not a ClauseDiff session file", ErrorCode.NOT_A_SESSION, path=source
        )
    if schema != SCHEMA:
        raise InputError(
            f"{source} was saved by a newer ClauseDiff ({schema}); update ClauseDiff to open it",
            ErrorCode.SESSION_TOO_NEW,
            path=source,
        )
    try:
        top = _step_from_dict(data)
        variants = data.get("variants", {})
        if not isinstance(variants, Mapping):
            raise TypeError("variants is not an object")
        session = replace(
            top,
            variants=dict(variants),
            created=str(data.get("created", "")),
            modified=str(data.get("modified", "")),
            app_version=str(data.get("app_version", "")),
        )
        if data.get("chain") is not None:
            session = replace(session, chain=_chain_from_dict(data["chain"], session))
        return session
    except InputError as error:
        raise InputError(
            f"{source} is damaged: {error}", ErrorCode.SESSION_DAMAGED, path=source
        ) from error
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise InputError(
            f"{source} is damaged ({type(error).__name__}: {error})",
            ErrorCode.SESSION_DAMAGED,
            path=source,
        ) from error


def _step_from_dict(data: Mapping[str, Any]) -> Session:
    """A comparison with its choices and manual links (the top level, or one step of a chain)."""
    choices = {
        str(key): Choice(
            side=Keep(value["side"]) if value.get("side") else None,
            custom_text=str(value.get("custom_text", "")),
            note=str(value.get("note", "")),
        )
        for key, value in data.get("choices", {}).items()
    }
    links = tuple(
        ManualLink(LinkAction(item["action"]), tuple(item["left"]), tuple(item["right"]))
        for item in data.get("links", ())
    )
    comparison = comparison_from_dict(data["comparison"])
    keys = {pair_key(pair) for pair in comparison.pairs}
    unknown = sorted(set(choices) - keys)
    if unknown:
        raise InputError(f"a decision names pair {unknown[0]!r}, which does not exist")
    return Session(comparison=comparison, choices=choices, links=links)


def _chain_from_dict(data: Mapping[str, Any], active_session: Session) -> ChainSteps:
    """Inverse of :func:`_chain_to_dict`: the steps must be those of a chain of 2 or 3 versions,
    and each version the same text in every step that shows it."""
    if not isinstance(data, Mapping) or not isinstance(data.get("steps"), list):
        raise TypeError("chain is not an object with a list of steps")
    steps = tuple((int(step["older"]), int(step["newer"])) for step in data["steps"])
    versions = max((newer for _, newer in steps), default=0) + 1
    if not steps or steps != step_order(versions):
        raise InputError(f"the chain's steps {list(steps)} are not those of a chain of versions")
    active = data["active"]
    if not isinstance(active, int) or not 0 <= active < len(steps):
        raise InputError(f"the chain's active step {active!r} does not exist")
    others = {
        index: _step_from_dict(step) for index, step in enumerate(data["steps"]) if index != active
    }
    texts: dict[int, str] = {}
    for index, (older, newer) in enumerate(steps):
        comparison = (others[index] if index != active else active_session).comparison
        for version, document in ((older, comparison.left), (newer, comparison.right)):
            if texts.setdefault(version, document.text) != document.text:
                raise InputError(
                    f"version {version + 1} differs from one step of the chain to another"
                )
    return ChainSteps(steps, active, others)


def save_session(
    session: Session, path: str | os.PathLike[str], now: datetime | None = None
) -> Session:
    """Write ``session`` to ``path`` atomically, keeping the previous file as ``<path>.bak``.

    Returns the session as saved (``modified`` set to now, ``created`` set if it was empty), so
    the caller can keep it as the clean state.
    """
    stamp = _stamp(now)
    saved = replace(
        session, modified=stamp, created=session.created or stamp, app_version=__version__
    )
    text = json.dumps(session_to_dict(saved), ensure_ascii=False, indent=1) + "\n"
    atomic.write_text(path, text, backup=True)
    return saved


def load_session(path: str | os.PathLike[str]) -> Session:
    """Read a session file. Raises InputError for a missing, corrupt, foreign or newer file."""
    name = Path(path).name
    source = f"“{name}”"
    try:
        if not stat.S_ISREG(os.stat(path).st_mode) and not Path(path).is_dir():
            raise InputError(f"{source} is not a regular file (a pipe or a device?)")
        raw = Path(path).read_bytes()
    except FileNotFoundError as error:
        raise InputError(
            f"session file {source} not found", ErrorCode.FILE_NOT_FOUND, path=source
        ) from error
    except IsADirectoryError as error:
        raise InputError(
            f"{source} is a folder, not a session file", ErrorCode.IS_FOLDER, name=source
        ) from error
    except OSError as error:
        raise InputError(
            f"cannot read session file {source}: {error.strerror}",
            ErrorCode.CANNOT_READ,
            name=source,
            reason=error.strerror or str(error),
        ) from error
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(
            f"{source} is not a ClauseDiff session file (not JSON)",
            ErrorCode.NOT_A_SESSION,
            path=source,
        ) from error
    if not isinstance(data, dict):
        raise InputError(
            f"{source} is not a ClauseDiff session file", ErrorCode.NOT_A_SESSION, path=source
        )
    return session_from_dict(data, source)


def _stamp(now: datetime | None) -> str:
    """An ISO 8601 UTC timestamp, to the second."""
    return (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0).isoformat()
