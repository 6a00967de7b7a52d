"""Carry the user's decisions and manual links over to a new comparison of changed files.

Decisions are stored under :func:`~clausediff.store.session.pair_key`, made of clause ids, and
clause ids are positions ("c4" is the fourth clause). When the contracts change and the user
re-compares (F5, new options), the same ids may name other clauses: a decision kept under its old
key would silently move to a neighbour ("keep left" on 2.2 becoming "keep left" on 2.3). So a
decision moves with its *content*: the fingerprint of a pair is, for each side, the number,
heading and body of every clause in it (whitespace folded). A decision goes to the one new pair
with the same fingerprint; when there is none (a clause was edited, split, merged or removed), or
several, it is not guessed but returned in :attr:`CarryOver.unattached` for the user to see.
Manual links are carried over the same way, clause by clause. No Qt, no I/O.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from clausediff.clause import Clause
from clausediff.compare.relink import relink, unlink
from clausediff.comparison import Comparison, Pair, Side
from clausediff.errors import InputError
from clausediff.store.session import Choice, LinkAction, ManualLink, Session, pair_key

Fingerprint = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Unattached:
    """A decision that has no counterpart in the new comparison: what it was about, in words."""

    label: str  # "Article 2.2 – Horaires" (left label, else right label, else an excerpt)
    choice: Choice


@dataclass(frozen=True, slots=True)
class CarryOver:
    """The session on the new comparison, and the decisions that could not follow."""

    session: Session
    unattached: tuple[Unattached, ...]
    dropped_links: int


def clause_fingerprint(clause: Clause) -> str:
    """Number, heading and body of a clause, whitespace folded, as a short stable hash."""
    words = " ".join(" ".join((clause.number, clause.heading, clause.text)).split())
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:24]


def pair_fingerprint(comparison: Comparison, pair: Pair) -> Fingerprint:
    """The fingerprints of the clauses on each side of ``pair``, in order."""
    return (
        tuple(clause_fingerprint(c) for c in comparison.side(Side.LEFT).of(pair)),
        tuple(clause_fingerprint(c) for c in comparison.side(Side.RIGHT).of(pair)),
    )


def carry_over(previous: Session, fresh: Comparison) -> CarryOver:
    """``previous``'s manual links replayed on ``fresh``, then its decisions moved by content."""
    old = previous.comparison
    links, dropped = _carry_links(previous.links, old, fresh)
    comparison = replay_links(fresh, links)
    new_pairs: dict[Fingerprint, list[Pair]] = defaultdict(list)
    for new_pair in comparison.pairs:
        new_pairs[pair_fingerprint(comparison, new_pair)].append(new_pair)
    old_pairs = {pair_key(p): p for p in old.pairs}
    choices: dict[str, Choice] = {}
    unattached: list[Unattached] = []
    for key, choice in sorted(previous.choices.items()):
        old_pair = old_pairs.get(key)
        targets = new_pairs.get(pair_fingerprint(old, old_pair), []) if old_pair else []
        if len(targets) == 1:
            choices[pair_key(targets[0])] = choice
        else:
            unattached.append(Unattached(_describe(old, old_pair, key), choice))
    session = replace(previous, comparison=comparison, choices=choices, links=links)
    return CarryOver(session, tuple(unattached), dropped)


def _carry_links(
    links: Sequence[ManualLink], old: Comparison, new: Comparison
) -> tuple[tuple[ManualLink, ...], int]:
    """Each link's clause ids translated to the new ids of the same clauses; others dropped."""
    left_ids = _id_map(old.left_clauses, new.left_clauses)
    right_ids = _id_map(old.right_clauses, new.right_clauses)
    carried: list[ManualLink] = []
    for link in links:
        left = [left_ids.get(i) for i in link.left]
        right = [right_ids.get(i) for i in link.right]
        if all(left) and all(right):
            carried.append(replace(link, left=tuple(map(str, left)), right=tuple(map(str, right))))
    return tuple(carried), len(links) - len(carried)


def _id_map(old: Sequence[Clause], new: Sequence[Clause]) -> Mapping[str, str]:
    """Old clause id -> new id, for clauses whose content is found exactly once on both sides."""
    old_by_print: dict[str, list[str]] = defaultdict(list)
    new_by_print: dict[str, list[str]] = defaultdict(list)
    for clause in old:
        old_by_print[clause_fingerprint(clause)].append(clause.id)
    for clause in new:
        new_by_print[clause_fingerprint(clause)].append(clause.id)
    return {
        ids[0]: new_by_print[mark][0]
        for mark, ids in old_by_print.items()
        if len(ids) == 1 and len(new_by_print.get(mark, ())) == 1
    }


def _describe(comparison: Comparison, pair: Pair | None, key: str) -> str:
    """How the user would name the clause a decision was about."""
    if pair is None:
        return key
    for side in (Side.LEFT, Side.RIGHT):
        for clause in comparison.side(side).of(pair):
            if clause.label:
                return clause.label
            return " ".join(clause.text.split()[:8]) + "…"
    return key


def replay_links(comparison: Comparison, links: tuple[ManualLink, ...]) -> Comparison:
    """Apply the user's manual links and unlinks again, in order, skipping stale ones."""
    for link in links:
        try:
            if link.action is LinkAction.LINK:
                comparison = relink(comparison, link.left, link.right)
            else:
                for index, pair in enumerate(comparison.pairs):
                    if pair.left == link.left and pair.right == link.right:
                        comparison = unlink(comparison, index)
                        break
        except InputError:
            continue
    return comparison
