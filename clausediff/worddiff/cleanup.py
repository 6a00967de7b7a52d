"""The token-level clean-up of a word diff: keep every unchanged word a reader would look for.

Contract: :func:`cleanup` takes a diff-match-patch diff list ``[(op, chars), ...]`` over strings
where each character stands for one token (see :mod:`clausediff.worddiff.diff`) and the set of
characters that stand for *minor* tokens, and returns the cleaned, merged diff list. It changes
which tokens are equal only one way (an equal run may become a deletion plus an insertion of the
same tokens), so the ops still rebuild both texts. No Qt, no I/O.

Why not diff-match-patch's ``diff_cleanupSemantic``: it weighs every token as one character, so a
one-word equality between two one-word edits is always swallowed ("Licensee may terminate" ->
"Licensor may suspend" became one replacement of three words, "may" marked although it did
not change). A reader of a redline looks for the words that did not change as much as for those
that did. So an equality is dissolved only when that is clearly more readable: it is made of
one or two minor tokens (a word of at most three letters, or a punctuation mark; never a
number) standing between two rewrites of at least :data:`LONG_EDIT` tokens each, where keeping
"de" or "," equal would only cut one long rewrite into two. The threshold is set with
``bench/score_worddiff.py``: on real clause pairs, the words marked stay within 2 % of the
fewest possible. The edits are then shifted to the most
readable boundaries (diff-match-patch's lossless pass, which never changes what is equal).
"""

from __future__ import annotations

from diff_match_patch import diff_match_patch

Diffs = list[tuple[int, str]]

#: Tokens on the longer side of each neighbouring edit from which a minor equality is dissolved.
LONG_EDIT = 10
#: The longest equality (in tokens) that may be dissolved.
SHORT_EQUALITY = 2
#: Changed tokens per kept minor token from which a rewrite's minor equalities are dissolved.
SPARSE = 10

_EQUAL = diff_match_patch.DIFF_EQUAL
_DELETE = diff_match_patch.DIFF_DELETE
_INSERT = diff_match_patch.DIFF_INSERT


def is_minor(key: str) -> bool:
    """A folded token whose equality alone does not hold a reader's attention.

    Punctuation, and words of at most three letters ("de", "la", "l'", "the", "of"); numbers
    never, they carry amounts and deadlines.
    """
    if not key or key.isspace():
        return True
    if key[0].isdecimal():
        return False
    letters = key.replace("'", "")
    if not key[0].isalnum():
        return True
    return letters.isalpha() and len(letters) <= 3


def cleanup(dmp: diff_match_patch, diffs: Diffs, minor: frozenset[str]) -> Diffs:
    """Dissolve the minor equalities inside long rewrites, then shift edits to word boundaries."""
    while True:
        dissolved = _dissolve(diffs, minor)
        if dissolved is None:
            break
        diffs = dissolved
        dmp.diff_cleanupMerge(diffs)
    dmp.diff_cleanupSemanticLossless(diffs)
    dmp.diff_cleanupMerge(diffs)
    return diffs


def _dissolve(diffs: Diffs, minor: frozenset[str]) -> Diffs | None:
    """One pass: the diff with its dissolvable equalities turned into edits, or None if none.

    Dissolving one equality joins its two neighbouring edits into a longer one, which may make
    the next equality dissolvable: the caller repeats until nothing changes.
    """
    # Edit sizes (deleted, inserted tokens) before each equality, and after the last one.
    edits: list[tuple[int, int]] = []
    deleted = inserted = 0
    for op, chars in diffs:
        if op == _EQUAL:
            edits.append((deleted, inserted))
            deleted = inserted = 0
        elif op == _DELETE:
            deleted += len(chars)
        else:
            inserted += len(chars)
    edits.append((deleted, inserted))
    out: Diffs = []
    changed = False
    equality = 0
    for op, chars in diffs:
        if op != _EQUAL:
            out.append((op, chars))
            continue
        before, after = edits[equality], edits[equality + 1]
        equality += 1
        if (
            len(chars) <= SHORT_EQUALITY
            and min(max(before), max(after)) >= LONG_EDIT
            and all(char in minor for char in chars)
        ):
            out.extend(((_DELETE, chars), (_INSERT, chars)))
            changed = True
        else:
            out.append((op, chars))
    return out if changed else None
