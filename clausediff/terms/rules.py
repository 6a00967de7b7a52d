"""Rule tables: readable rules, matched only where their anchor words occur.

Contract: a :class:`Rule` is one readable line of a table: a pattern, the label it produces, a
function turning the match into a normalised value (or rejecting it), the context patterns that
veto it (the guideline's counter-examples), and its *anchors*: the words one of which every match
contains ("doit", "heures", "€"). :class:`Scan` tokenises a text once; :meth:`Table.scan` looks
the tokens up in the table's anchor index and tries each rule's own regex only at the few word
starts just before an anchor. This keeps annotation linear and fast (a full-text scan of every
rule costs ten times more in Python's ``re``). Patterns are matched case-insensitively; a rule
that needs case uses ``(?-i:...)``. No I/O, no Qt.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from clausediff.comparison import TermKind
from clausediff.terms.values import Candidate, Value

# A value builder gets the rule's own match (groups available) and returns the value, or None to
# reject the match (for instance a clock time "27 h").
Builder = Callable[[re.Match[str]], Value | None]

DIGIT = "#digit"  # pseudo-anchor: any token that starts with a digit ("24h", "9h30", "110")
_CONTEXT = 80  # characters of context the exclusion patterns can see on each side
_FLAGS = re.IGNORECASE
_SPLIT = re.compile(r"(\w+|[€$£¥%])")
_DIGITS = frozenset("0123456789")
_SUFFIX = re.compile(r"(?<=\d)[^\W\d_]+")


@dataclass(frozen=True)
class Rule:
    """One line of a rule table.

    ``anchors`` are lower-case tokens (``\\w+`` runs, or one of ``€ $ £ ¥ %``, or
    :data:`DIGIT`); ``back`` is how many characters before the anchor a match may start (the
    number before a unit, "ne" before "doit"). ``reject_before`` is searched in the text just
    before the match (anchor it with ``$``); ``reject_after`` is matched at the start of the text
    just after it (anchor with ``^``). ``extend_before`` is a marker pattern (anchored with ``$``)
    whose match, when present, is added to the front of the span ("au plus tard" + "quatre (4)
    heures"); ``require_marker(match, before)`` returning True rejects the match (a lone "un"
    counts only in a time-limit context).
    ``gate`` is a cheap pattern matched at the anchor itself before any real attempt (for
    anchors as common as digits or "par": "a clock time starts here", "a unit follows").
    ``starts``, when given, are the only tokens a match may start on (:data:`DIGIT` for any
    number): a duration starts on a number, so the other words before its unit are not tried.
    """

    name: str
    kind: TermKind
    pattern: str
    value: Value | Builder = field(default_factory=dict)
    anchors: tuple[str, ...] = ()
    back: int = 0
    reject_before: str | None = None
    reject_after: str | None = None
    extend_before: str | None = None
    require_marker: Callable[[re.Match[str], str], bool] | None = None
    gate: str | None = None
    starts: tuple[str, ...] = ()

    def build(self, match: re.Match[str]) -> Value | None:
        """The normalised value for one match of this rule, or None to drop the match."""
        return self.value(match) if callable(self.value) else dict(self.value)


class Scan:
    """A text tokenised once, shared by every table: token starts and lower-case tokens."""

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters lengthen when lowered ("İ")
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        # One C-level split gives [gap, token, gap, token, ..., gap]; token starts are the
        # running sums of the lengths before them (no Python loop over 150,000 words).
        parts = _SPLIT.split(lowered)
        self.tokens: list[str] = parts[1::2]
        self.starts: list[int] = list(accumulate(map(len, parts)))[0:-1:2]


class Table:
    """Rules indexed by their anchors; :meth:`scan` yields their candidates."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        # A rule's own patterns are compiled the first time its anchor occurs (see _pattern):
        # compiling every table took half of ClauseDiff's start-up, and most rules never fire
        # on a given text (82 of 127 on the whole Code civil). Gates are small and tried at
        # every anchor: all compiled at the first scan (not at import: the forked comparison's
        # first process finds no terms, see clausediff.compare.pipeline).
        self._own: list[re.Pattern[str] | None] = [None] * len(self.rules)
        self._before: list[re.Pattern[str] | None] = [None] * len(self.rules)
        self._after: list[re.Pattern[str] | None] = [None] * len(self.rules)
        self._extend: list[re.Pattern[str] | None] = [None] * len(self.rules)
        self._gate: list[re.Pattern[str] | None] | None = None
        self._starts = [frozenset(r.starts) if r.starts else None for r in rules]
        self._index: dict[str, list[int]] = {}
        for i, rule in enumerate(rules):
            for anchor in rule.anchors:
                self._index.setdefault(anchor, []).append(i)
        self._digit_rules = self._index.pop(DIGIT, [])

    def scan(self, scan: Scan) -> Iterator[Candidate]:
        """Every accepted match of every rule, as candidates (overlaps are settled later)."""
        seen: set[tuple[int, int]] = set()  # (rule, start) already tried
        index, digit_rules, gates = self._index, self._digit_rules, self._gates()
        tokens = scan.tokens
        # Most tokens anchor nothing: find the few that do in one comprehension.
        anchored = [i for i, t in enumerate(tokens) if t in index or t[0] in _DIGITS]
        for position in anchored:
            token = tokens[position]
            rules = index.get(token)
            if token[0] in _DIGITS:
                # "24h", "9h30", "5pm": the letters after the digits are an anchor too.
                suffix = _SUFFIX.search(token)
                more = index.get(suffix.group()) if suffix else None
                extra = digit_rules + more if more else digit_rules
                rules = rules + extra if rules else extra
            if not rules:
                continue
            anchor = scan.starts[position]
            for rule_index in rules:
                gate = gates[rule_index]
                if gate is not None and gate.match(scan.text, anchor) is None:
                    continue
                candidate = self._try(rule_index, scan, position, anchor, seen)
                if candidate is not None:
                    yield candidate

    def _try(
        self, index: int, scan: Scan, position: int, anchor: int, seen: set[tuple[int, int]]
    ) -> Candidate | None:
        """The leftmost match of rule ``index`` that starts at most ``back`` before the anchor
        token and covers it."""
        back = self.rules[index].back
        first = bisect.bisect_left(scan.starts, anchor - back, 0, position + 1)
        regex = self._own_pattern(index)
        allowed = self._starts[index]
        digits = allowed is not None and DIGIT in allowed
        tokens = scan.tokens
        for at in range(first, position + 1):
            start = scan.starts[at]
            if allowed is not None and not (
                tokens[at] in allowed or (digits and tokens[at][0] in _DIGITS)
            ):
                continue
            if (index, start) in seen:
                continue
            seen.add((index, start))
            match = regex.match(scan.text, start)
            if match is not None and match.end() > anchor:
                return self._accept(index, scan.text, match)
        return None

    def _accept(self, index: int, text: str, match: re.Match[str]) -> Candidate | None:
        rule = self.rules[index]
        start, end = match.start(), match.end()
        if start == end:
            return None
        before = text[max(0, start - _CONTEXT) : start]
        after_re = self._pattern(self._after, index, rule.reject_after)
        if after_re is not None and after_re.match(text[end : end + _CONTEXT]):
            return None
        before_re = self._pattern(self._before, index, rule.reject_before)
        if before_re is not None and before_re.search(before):
            return None
        value = rule.build(match)
        if value is None:
            return None
        if rule.require_marker is not None and rule.require_marker(match, before):
            return None
        extend_re = self._pattern(self._extend, index, rule.extend_before)
        if extend_re is not None:
            # markers are short ("au plus tard dans un délai de"): look at the last 48 characters
            marker = extend_re.search(before, max(0, len(before) - 48))
            if marker is not None:
                start -= len(before) - marker.start()
        return Candidate(rule.kind, start, end, value, rule.name)

    def _gates(self) -> list[re.Pattern[str] | None]:
        """Every rule's gate (None without one), compiled on first use."""
        if self._gate is None:
            self._gate = [re.compile(r.gate, _FLAGS) if r.gate else None for r in self.rules]
        return self._gate

    def _own_pattern(self, index: int) -> re.Pattern[str]:
        """Rule ``index``'s own pattern, compiled on first use."""
        regex = self._own[index]
        if regex is None:
            regex = self._own[index] = re.compile(self.rules[index].pattern, _FLAGS)
        return regex

    @staticmethod
    def _pattern(
        compiled: list[re.Pattern[str] | None], index: int, pattern: str | None
    ) -> re.Pattern[str] | None:
        """Rule ``index``'s ``pattern``, compiled once into ``compiled`` (None without one).

        Two threads may compile the same pattern at once; both get an equal pattern.
        """
        if pattern is None:
            return None
        regex = compiled[index]
        if regex is None:
            regex = compiled[index] = re.compile(pattern, _FLAGS)
        return regex

    def check_patterns(self) -> None:
        """Compile every pattern of the table now: raises re.error for a bad one (for tests)."""
        self._gates()
        for index, rule in enumerate(self.rules):
            self._own_pattern(index)
            self._pattern(self._before, index, rule.reject_before)
            self._pattern(self._after, index, rule.reject_after)
            self._pattern(self._extend, index, rule.extend_before)


def phrases(*items: str) -> str:
    """An alternation of literal phrases, longest first, spaces matching any whitespace and
    apostrophes matching both ' and ’ (the tables stay readable, the regex stays exact)."""
    parts = []
    for item in sorted(set(items), key=len, reverse=True):
        escaped = re.sub("['’]", lambda _: "['’]", re.escape(item).replace(r"\ ", r"\s+"))
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


def words(*items: str) -> tuple[str, ...]:
    """Anchor tokens from phrases: every word of every phrase, lower case (``\\w+`` runs)."""
    found: list[str] = []
    for item in items:
        found.extend(re.findall(r"\w+", item.lower()))
    return tuple(dict.fromkeys(found))


def constant(value: Value) -> Builder:
    """A builder returning a fresh copy of ``value`` for every match."""
    return lambda _match: dict(value)
