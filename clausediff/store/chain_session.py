"""Sessions over a chain of versions: one session per step, one of them on screen.

A chain (:class:`~clausediff.compare.chain.VersionChain`) has a comparison per step; the user
decides per step (keep the v2 wording in v1 → v2, the v3 one in v2 → v3). The session on screen is
the active step's ordinary :class:`~clausediff.store.session.Session`, and its
:attr:`~clausediff.store.session.Session.chain` carries the other steps' sessions, so everything
that takes a session (deciding, undo, autosave, save, assemble) works on the step shown, and the
other steps travel along untouched.

:func:`chain_session` starts one from a computed chain; :func:`switch_step` hands back the session
of another step with the one left behind stored in its place; :func:`step_sessions` lists every
step's session in order; :func:`compare_again` compares the versions again (new options, files
changed) and carries each step's decisions over. All values are immutable; nothing here writes
files (:func:`compare_again` reads the versions with ``reread``). No Qt.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from clausediff.compare.chain import Step, VersionChain, compare_chain, compare_chain_files
from clausediff.document import Document
from clausediff.options import CompareOptions
from clausediff.progress import Monitor
from clausediff.store.reattach import CarryOver, carry_over
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


def versions_of(session: Session) -> tuple[Document, ...]:
    """The versions a session compares, oldest first: its two documents, or the chain's 2-3."""
    if session.chain is None:
        return (session.comparison.left, session.comparison.right)
    found: dict[int, Document] = {}
    for (older, newer), step in zip(session.chain.steps, step_sessions(session), strict=True):
        found.setdefault(older, step.comparison.left)
        found.setdefault(newer, step.comparison.right)
    return tuple(found[index] for index in sorted(found))


def carry_over_chain(session: Session, fresh: VersionChain) -> CarryOver:
    """Every step's decisions and manual links moved to the same step of ``fresh`` (the same
    versions compared again: other options, or the files read again), the same step on screen.

    Decisions follow their clauses' content as :func:`~clausediff.store.reattach.carry_over`
    says; those that cannot are returned, each named with its step ("v2 → v3: Article 4").
    """
    chain = session.chain
    if chain is None or len(fresh.steps) != len(chain.steps):
        raise ValueError("the fresh chain does not have the session's steps")
    results = [
        carry_over(session if index == chain.active else previous, step.comparison)
        for index, (previous, step) in enumerate(
            zip(step_sessions(session), fresh.steps, strict=True)
        )
    ]
    others = {index: r.session for index, r in enumerate(results) if index != chain.active}
    active = replace(
        results[chain.active].session, chain=ChainSteps(chain.steps, chain.active, others)
    )
    unattached = tuple(
        replace(item, label=f"{step.label}: {item.label}")
        for step, result in zip(fresh.steps, results, strict=True)
        for item in result.unattached
    )
    return CarryOver(active, unattached, sum(r.dropped_links for r in results))


def compare_again(
    session: Session, options: CompareOptions, monitor: Monitor, *, reread: bool
) -> CarryOver:
    """Compare a chain session's versions again (read from their files first with ``reread``)
    and carry every step's decisions over (:func:`carry_over_chain`)."""
    documents = versions_of(session)
    if reread:
        fresh = compare_chain_files([d.path for d in documents], options, monitor)
    else:
        fresh = compare_chain(documents, options, monitor)
    return carry_over_chain(session, fresh)


def chain_of(session: Session) -> VersionChain:
    """The chain of versions a session shows, every step's comparison in the chain's order (a
    session without a chain: its one pair as a chain of two), for the reports over the chain."""
    if session.chain is None:
        return VersionChain(versions_of(session), (Step(0, 1, session.comparison),))
    steps = tuple(
        Step(older, newer, step.comparison)
        for (older, newer), step in zip(session.chain.steps, step_sessions(session), strict=True)
    )
    return VersionChain(versions_of(session), steps)
