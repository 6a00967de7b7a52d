"""Sessions over a chain of versions: one session per step, one of them on screen.

A chain (:class:`~clausediff.compare.chain.VersionChain`) has a comparison per step; the user
decides per step (keep the v2 wording in v1 → v2, the v3 one in v2 → v3). The session on screen is
the active step's ordinary :class:`~clausediff.store.session.Session`, and its
:attr:`~clausediff.store.session.Session.chain` carries the other steps' sessions, so everything
that takes a session (deciding, undo, autosave, save, assemble) works on the step shown, and the
other steps travel along untouched.

:func:`chain_session` starts one from a computed chain; :func:`switch_step` hands back the session
of another step with the one left behind stored in its place; :func:`step_sessions` lists every
step's session in order. All values are immutable; nothing here reads or writes files. No Qt.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from clausediff.compare.chain import VersionChain
from clausediff.store.session import ChainSteps, Session, new_session


def chain_session(chain: VersionChain, now: datetime | None = None) -> Session:
    """A session over ``chain`` with no decisions yet, its first step (v1 → v2) on screen."""
    first, *rest = (new_session(step.comparison, now) for step in chain.steps)
    steps = tuple((step.older, step.newer) for step in chain.steps)
    if not rest:
        return first  # two versions: one step, an ordinary session
    others = {index: session for index, session in enumerate(rest, start=1)}
    return replace(first, chain=ChainSteps(steps, 0, others))


def switch_step(session: Session, index: int) -> Session:
    """The session of step ``index`` of ``session``'s chain, carrying the chain along.

    The step left behind keeps its decisions and manual links; the file-wide data (variants,
    timestamps, version) stays at the top. Raises ValueError for a session without a chain or
    a step it does not have.
    """
    chain = session.chain
    if chain is None or not 0 <= index < len(chain.steps):
        raise ValueError(f"no step {index} in this session")
    if index == chain.active:
        return session
    others = dict(chain.others)
    target = others.pop(index)
    others[chain.active] = _step_only(session)
    return replace(
        session,
        comparison=target.comparison,
        choices=target.choices,
        links=target.links,
        chain=ChainSteps(chain.steps, index, others),
    )


def step_sessions(session: Session) -> tuple[Session, ...]:
    """Every step's session in the chain's order, each without a chain (just the one session
    when there is no chain)."""
    chain = session.chain
    if chain is None:
        return (session,)
    return tuple(
        _step_only(session) if index == chain.active else chain.others[index]
        for index in range(len(chain.steps))
    )


def has_decisions(session: Session) -> bool:
    """True when any step holds a decision, a note or a manual link (work a close would lose)."""
    return any(step.choices or step.links for step in step_sessions(session))


def _step_only(session: Session) -> Session:
    """The step a session shows, as stored among the others: comparison, choices, links."""
    return Session(comparison=session.comparison, choices=session.choices, links=session.links)
