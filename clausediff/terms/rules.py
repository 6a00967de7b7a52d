"""Rule tables compiled into one regex per table, with context exclusions.

Contract: a :class:`Rule` is one readable line of a table: a pattern, the label it produces, a
function that turns the match into a normalised value (or rejects it), and optional left/right
context patterns that veto it (the guideline's counter-examples). :class:`Table` compiles its
rules into one alternation, scans a text once and yields :class:`.values.Candidate` objects. Every
table is matched case-insensitively; a rule that needs case uses ``(?-i:...)`` inside its pattern.
No I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from clausediff.comparison import TermKind
from clausediff.terms.values import Candidate, Value

# A value builder gets the rule's own match (groups available) and returns the value, or None to
# reject the match (for instance a clock time "27 h").
Builder = Callable[[re.Match[str]], Value | None]

_CONTEXT = 80  # characters of context the exclusion patterns can see on each side


def _const(value: Value) -> Builder:
    return lambda _match: dict(value)


@dataclass(frozen=True)
class Rule:
    """One line of a rule table.

    ``reject_before`` is searched in the text just before the match (anchor it with ``$``);
    ``reject_after`` is matched at the start of the text just after it (anchor with ``^``).
    ``extend_before`` is an optional marker pattern (anchored with ``$``) whose match, when
    present, is added to the front of the span ("au plus tard" + "quatre (4) heures").
    ``require_marker`` rejects the match when ``extend_before`` does not match (used for
    quantities written "un"/"one", which count only after a time-limit marker).
    """

    name: str
    kind: TermKind
    pattern: str
    value: Value | Builder = field(default_factory=dict)
    priority: int = 0
    reject_before: str | None = None
    reject_after: str | None = None
    extend_before: str | None = None
    require_marker: Callable[[re.Match[str]], bool] | None = None

    def build(self, match: re.Match[str]) -> Value | None:
        """The normalised value for one match of this rule, or None to drop the match."""
        return self.value(match) if callable(self.value) else dict(self.value)


class Table:
    """Rules compiled into one regex; :meth:`scan` yields their candidates in text order."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        # Inside the shared alternation, the rules' own named groups become plain groups (two rules
        # may use the same names); each rule re-matches its span with its own regex for values.
        alternatives = "|".join(
            f"(?P<r{i}>{_unname(rule.pattern)})" for i, rule in enumerate(rules)
        )
        self._regex = re.compile(alternatives, re.IGNORECASE)
        self._own = [re.compile(rule.pattern, re.IGNORECASE) for rule in rules]
        flags = re.IGNORECASE
        self._before = [re.compile(r.reject_before, flags) if r.reject_before else None for r in rules]
        self._after = [re.compile(r.reject_after, flags) if r.reject_after else None for r in rules]
        self._extend = [re.compile(r.extend_before, flags) if r.extend_before else None for r in rules]

    def scan(self, text: str) -> Iterator[Candidate]:
        """Every accepted match of every rule, as candidates (overlaps resolved later)."""
        for match in self._regex.finditer(text):
            name = match.lastgroup
            if name is None:
                continue
            index = int(name[1:])
            candidate = self._accept(index, text, match.start(name), match.end(name))
            if candidate is not None:
                yield candidate

    def _accept(self, index: int, text: str, start: int, end: int) -> Candidate | None:
        rule = self.rules[index]
        if start == end:
            return None
        before = text[max(0, start - _CONTEXT) : start]
        after_re = self._after[index]
        if after_re is not None and after_re.match(text[end : end + _CONTEXT]):
            return None
        before_re = self._before[index]
        if before_re is not None and before_re.search(before):
            return None
        # Same pattern at the same place: same span (lookaheads still see the text after it).
        own = self._own[index].match(text, start)
        if own is None or own.end() != end:
            return None
        value = rule.build(own)
        if value is None:
            return None
        extend_re = self._extend[index]
        if extend_re is not None:
            marker = extend_re.search(before)
            if marker is not None:
                start -= len(before) - marker.start()
            elif rule.require_marker is not None and rule.require_marker(own):
                return None
        return Candidate(rule.kind, start, end, value, rule.priority)


def _unname(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def phrases(*items: str) -> str:
    """An alternation of literal phrases, longest first, spaces matching any whitespace and
    apostrophes matching both ' and ’ (the tables stay readable, the regex stays exact)."""
    parts = []
    for item in sorted(items, key=len, reverse=True):
        escaped = re.escape(item).replace(r"\ ", r"\s+").replace("'", "['’]").replace("’", "['’]")
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


def constant(value: Value) -> Builder:
    """A builder returning a fresh copy of ``value`` for every match."""
    return _const(value)
