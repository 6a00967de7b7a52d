"""A duty kept in another voice: "Le Concédant garantit" -> "Il est garanti au Réutilisateur".

Contract: :meth:`Voices.restated` looks, for an obligation found on one side only, for the same
verb in the other voice in the other side of the diff block that replaced it (an active duty
turned into a passive or impersonal statement, or the reverse), and returns that wording as an
obligation :class:`~clausediff.comparison.Term` valued ``{"polarity": <same>, "voice":
"passive"}``, or None. :mod:`.changes` then reports a changed obligation whose
*subject* changed (who bears the duty is no longer, or now, named) instead of a removed or added
one. The verb is the trigger itself when it is a full verb ("garantit", "guarantees") or the
first word after a modal or "s'engage à" ("doit fournir", "shall deliver"); verbs are compared
by their stem ("garantit"/"garanti", "provide"/"provided"). Text comes from the diff's own ops,
so no document is needed. No I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from clausediff.comparison import DiffOp, Op, Side, Term, TermKind
from clausediff.terms.lang import en, fr, split_words
from clausediff.terms.markup import plain
from clausediff.terms.values import fold

# A form of "be" then maybe an adverb, then a past participle: "est garanti", "sont fournis",
# "is guaranteed", "shall be provided", "doit être livré".
_PASSIVE = re.compile(
    r"\b(?:est|sont|sera|seront|soit|soient|être|is|are|be|been)\s+"
    r"(?:(?:[^\W\d_]+ly|[^\W\d_]+ment|also|not|pas|bien|aussi|également|hereby)\s+)?"
    r"(?P<participle>[^\W\d_]{4,})\b",
    re.IGNORECASE,
)
# A permission modal just before the passive makes it a permission: "peuvent être exercés".
_PERMITTED = re.compile(
    r"\b(?:"
    + "|".join((*fr.PERMISSION_MODALS, *en.PERMISSION_MODALS, "might", "could", "pourrait"))
    + r")\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)
# Words skipped when looking for the verb after a trigger ("doit notamment fournir").
_SKIP = frozenset(
    split_words(
        """ne pas jamais plus à a de d to not also be être notamment également en outre promptly
        immediately forthwith"""
    )
)
_SUFFIXES = sorted(
    split_words("issent issez issons iront ira it ir ies ie is i ees ee es e ent er ed ing s"),
    key=len,
    reverse=True,
)
_WINDOW = 120  # characters of the other side searched around the changed block


def _stem(word: str) -> str:
    word = fold(word)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _same_verb(one: str, other: str) -> bool:
    a, b = _stem(one), _stem(other)
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short)


class _SideText:
    """One side's text of a pair, rebuilt from the diff ops (gaps between clauses as spaces),
    taken from the side's document ``text`` when given (an equal op holds the right side's
    text, which may differ from the left one by spaces)."""

    def __init__(self, diff: Sequence[DiffOp], left: bool, text: str | None = None) -> None:
        shown = (Op.EQUAL, Op.DELETE) if left else (Op.EQUAL, Op.INSERT)
        spans = [op.span(Side.LEFT if left else Side.RIGHT) for op in diff if op.op in shown]
        if text is None:
            texts = [op.text for op in diff if op.op in shown]
        else:
            texts = [text[start:end] for start, end in spans]
        pieces = [(start, piece) for (start, _), piece in zip(spans, texts, strict=True)]
        self.start = min((s for s, _ in pieces), default=0)
        end = max((s + len(t) for s, t in pieces), default=0)
        chars = [" "] * (end - self.start)
        for start, text in pieces:
            chars[start - self.start : start - self.start + len(text)] = text
        self.text = "".join(chars)

    def slice(self, start: int, end: int) -> str:
        return self.text[max(0, start - self.start) : max(0, end - self.start)]


def _verb(side: _SideText, term: Term) -> str | None:
    """The verb the duty is about: the trigger itself, or the first real word after it."""
    words = term.text.split()
    last = fold(words[-1]) if words else ""
    full_verb = last not in {"doit", "doivent", "devra", "devront", "shall", "must", "a", "à", "to"}
    if full_verb and len(words) == 1 and len(last) >= 5:
        return words[0]
    for word in re.findall(r"[^\W\d_][\w’'-]*", side.slice(term.end, term.end + 60)):
        if fold(word) not in _SKIP:
            return str(word.split("’")[-1].split("'")[-1])
    return None


class Voices:
    """The two sides of one pair's diff, rebuilt once, to find duties that changed voice.

    ``texts`` (left and right document texts) make the sides exact: rebuilt from the diff
    alone, an equal op holds the right side's text, so the left side drifts where the two
    differ by spaces ("third party\n     patent" / "third party patent").
    """

    def __init__(self, diff: Sequence[DiffOp], texts: tuple[str, str] | None = None) -> None:
        self.diff = diff
        self.texts = texts
        self._sides: dict[bool, _SideText] = {}

    def _side(self, left: bool) -> _SideText:
        side = self._sides.get(left)
        if side is None:
            text = None if self.texts is None else self.texts[0 if left else 1]
            side = self._sides[left] = _SideText(self.diff, left=left, text=text)
        return side

    def restated(self, term: Term, on_left: bool) -> Term | None:
        """The same duty stated in the other voice on the other side, if any (see the module)."""
        if term.kind is not TermKind.OBLIGATION or not self.diff:
            return None
        verb = _verb(self._side(on_left), term)
        if verb is None:
            return None
        start, end = _block_on_other_side(self.diff, term, on_left)
        if start == end == 0:
            return None
        other = self._side(not on_left)
        # Around the block, not only after it: a word diff that keeps the subject equal ("Le
        # Prestataire doit fournir" -> "... sont fournis par le Prestataire") leaves the
        # passive in the changed block before it.
        base = max(other.start, start - _WINDOW)
        window = other.slice(base, end + _WINDOW)
        for found in _PASSIVE.finditer(window):
            if _same_verb(verb, found.group("participle")):
                first = base + found.start()
                if _PERMITTED.search(other.slice(first - 40, first)):
                    continue  # "peut être exercé", "may be used": a permission, not a duty
                text = found.group(0)
                value = {**term.value, "voice": "passive"}
                return Term(TermKind.OBLIGATION, first, first + len(text), text, value)
        return None

    def turned_passive(self, left: Term, right: Term) -> Term | None:
        """For the same obligation on both sides ("shall" / "shall"): the right side's term, its
        value marked ``"voice": "passive"``, when its verb turned passive ("The Supplier shall
        deliver the goods" -> "The goods shall be delivered by the Supplier"), else None."""
        if left.kind is not TermKind.OBLIGATION or not self.diff:
            return None
        after_right = self._side(False).slice(right.end, right.end + 40)
        found = _BE_AFTER.match(after_right)
        if found is None:
            return None
        left_side = self._side(True)
        verb = _verb(left_side, left)
        if verb is None or _BE_AFTER.match(left_side.slice(left.end, left.end + 40)) is not None:
            return None
        if not _same_verb(verb, found.group("participle")):
            return None
        return replace(right, value={**right.value, "voice": "passive"})

    def subject_changed(self, left: Term, right: Term) -> Term | None:
        """For the same obligation on both sides ("doit" / "doit"): the right side's term, its
        value marked ``"subject": "changed"``, when another party bears it ("Le Client doit" ->
        "Le Prestataire doit"), else None. The subject is the last word before the trigger in
        its sentence (after any comma: "En cas de retard, le Client doit" reads "Client"), not
        an article; a side without one ("…, doit") tells nothing."""
        if left.kind is not TermKind.OBLIGATION or not self.diff:
            return None
        before = _subject(self._side(True), left)
        after = _subject(self._side(False), right)
        if before is None or after is None or before == after:
            return None
        return replace(right, value={**right.value, "subject": "changed"})


def _subject(side: _SideText, term: Term) -> str | None:
    """The head word of the obligation's subject: the last word before it in its clause of the
    sentence, folded, plural mark dropped (None when there is none)."""
    before = plain(side.slice(term.start - _SUBJECT_REACH, term.start))
    clause = _SUBJECT_BREAK.split(before)[-1]
    words = [w for w in _LETTERS.findall(clause) if fold(w) not in _DETERMINERS]
    if not words:
        return None
    head = fold(words[-1])
    return head[:-1] if len(head) > 3 and head.endswith(("s", "x")) else head


_SUBJECT_REACH = 80  # characters before a trigger searched for its subject
_SUBJECT_BREAK = re.compile(r"[.;:!?,()\n«»\"]")
_LETTERS = re.compile(r"[^\W\d_]+")
_DETERMINERS = frozenset(
    split_words(
        """le la les l ce cet cette ces son sa ses leur leurs un une des du de chaque tout toute
        tous toutes the a an this that these those its their each every any such"""
    )
)


def _block_on_other_side(diff: Sequence[DiffOp], term: Term, on_left: bool) -> tuple[int, int]:
    """The other side's interval of the run of changed ops around ``term`` (its sentence's
    rewrite), or an empty interval where the term's text is unchanged."""
    lo: int | None = None
    hi: int | None = None
    for index, op in enumerate(diff):
        own_start, own_end = (
            (op.left_start, op.left_end) if on_left else (op.right_start, op.right_end)
        )
        if op.op is Op.EQUAL or not (own_start <= term.start < max(own_end, own_start + 1)):
            continue
        first = index
        while first > 0 and diff[first - 1].op is not Op.EQUAL:
            first -= 1
        last = index
        while last + 1 < len(diff) and diff[last + 1].op is not Op.EQUAL:
            last += 1
        block = diff[first : last + 1]
        if on_left:
            lo = min(op.right_start for op in block)
            hi = max(op.right_end for op in block)
        else:
            lo = min(op.left_start for op in block)
            hi = max(op.left_end for op in block)
        break
    if lo is None or hi is None:
        return 0, 0
    return lo, hi


# Right after a modal: "be"/"être" and a participle ("shall be delivered", "doit être livré").
_BE_AFTER = re.compile(
    r"\s+(?:be|être)\s+(?:(?:[^\W\d_]+ly|[^\W\d_]+ment)\s+)?(?P<participle>[^\W\d_]{4,})\b",
    re.IGNORECASE,
)
