"""A small comparison built by hand, for the report, session and assembly tests.

Independent of the engine on purpose: clauses are found with one regular expression, the word
diff is Python's difflib over words, and terms and term changes are listed by hand, so the
expected report content can be checked against this file by eye.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from clausediff.clause import Clause
from clausediff.comparison import (
    Comparison,
    DiffOp,
    Direction,
    Op,
    Pair,
    PairStatus,
    Term,
    TermChange,
    TermChangeKind,
    TermKind,
)
from clausediff.document import Document, Format

LEFT_TEXT = """CONTRAT DE MAINTENANCE

Article 1 – Objet
Le présent contrat a pour objet la maintenance du logiciel « Gestia ».

Article 2 – Délais d’intervention
Le Prestataire doit intervenir au plus tard quatre (4) heures après la réception de la demande.

Article 3 – Prix
Le prix de la maintenance est de 110 € HT par jour.

Article 4 – Confidentialité
Les Parties s’engagent à garder confidentielles les informations échangées.

Article 5 – Pénalités
Tout retard donne lieu à une pénalité de 50 € par jour.
"""

RIGHT_TEXT = """CONTRAT DE MAINTENANCE

Article 1 – Objet
Le présent contrat a pour objet la maintenance du logiciel « Gestia ».

Article 2 – Confidentialité
Les Parties s’engagent à garder confidentielles les informations échangées.

Article 3 – Délais d’intervention
Le Prestataire peut intervenir au plus tard cinq (5) jours ouvrés après la réception de la demande.

Article 4 – Prix
Le prix de la maintenance est de 150 € HT par jour.

Article 5 – Résiliation
Chaque Partie peut résilier le contrat avec un préavis de trois (3) mois.
"""

_CLAUSE = re.compile(r"^(Article \d+) – (.+)\n(.+)$", re.MULTILINE)


def clauses_of(text: str) -> tuple[Clause, ...]:
    """Clauses "Article N – Heading" followed by a one-line body, ids c1, c2, ..."""
    found = []
    for n, match in enumerate(_CLAUSE.finditer(text), start=1):
        found.append(
            Clause(
                id=f"c{n}",
                number=match.group(1),
                heading=match.group(2),
                text=match.group(3),
                level=1,
                parent=None,
                start=match.start(),
                end=match.end(),
                body_start=match.start(3),
                body_end=match.end(3),
            )
        )
    return tuple(found)


def term(text: str, words: str, kind: TermKind, **value: object) -> Term:
    """The first occurrence of ``words`` in ``text`` as a term."""
    start = text.index(words)
    return Term(kind, start, start + len(words), words, dict(value))


def word_diff(left: str, lc: Clause, right: str, rc: Clause) -> tuple[DiffOp, ...]:
    """Word-level diff of two clause bodies with difflib, as document-offset DiffOps."""
    lw = [
        (m.start() + lc.body_start, m.end() + lc.body_start) for m in re.finditer(r"\S+", lc.text)
    ]
    rw = [
        (m.start() + rc.body_start, m.end() + rc.body_start) for m in re.finditer(r"\S+", rc.text)
    ]
    matcher = difflib.SequenceMatcher(
        a=[left[s:e] for s, e in lw], b=[right[s:e] for s, e in rw], autojunk=False
    )
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        ls = lw[i1][0] if i1 < len(lw) else lc.body_end
        le = lw[i2 - 1][1] if i2 > i1 else ls
        rs = rw[j1][0] if j1 < len(rw) else rc.body_end
        re_ = rw[j2 - 1][1] if j2 > j1 else rs
        if tag == "equal":
            ops.append(DiffOp(Op.EQUAL, right[rs:re_], ls, le, rs, re_))
            continue
        if i2 > i1:
            ops.append(DiffOp(Op.DELETE, left[ls:le], ls, le, rs, rs))
        if j2 > j1:
            ops.append(DiffOp(Op.INSERT, right[rs:re_], le, le, rs, re_))
    return tuple(ops)


def _terms_by_clause(
    clauses: Iterable[Clause], terms: Iterable[Term]
) -> dict[str, tuple[Term, ...]]:
    terms = list(terms)
    return {c.id: tuple(t for t in terms if c.body_start <= t.start < c.body_end) for c in clauses}


def sample_comparison(left_path: str = "", right_path: str = "") -> Comparison:
    """The hand-made pair: 1 unchanged, 1 moved, 2 modified (renumbered), 1 deleted, 1 inserted."""
    left = Document(LEFT_TEXT, Format.TXT, "fr", path=left_path)
    right = Document(RIGHT_TEXT, Format.TXT, "fr", path=right_path)
    lc, rc = clauses_of(LEFT_TEXT), clauses_of(RIGHT_TEXT)
    l_oblig = term(LEFT_TEXT, "doit", TermKind.OBLIGATION, polarity="duty")
    l_delay = term(LEFT_TEXT, "au plus tard quatre (4) heures", TermKind.DEADLINE, quantity=4)
    r_delay = term(RIGHT_TEXT, "au plus tard cinq (5) jours ouvrés", TermKind.DEADLINE, quantity=5)
    l_price = term(LEFT_TEXT, "110 € HT", TermKind.AMOUNT, quantity=110)
    r_price = term(RIGHT_TEXT, "150 € HT", TermKind.AMOUNT, quantity=150)
    l_conf = term(LEFT_TEXT, "s’engagent à", TermKind.OBLIGATION, polarity="duty")
    r_conf = term(RIGHT_TEXT, "s’engagent à", TermKind.OBLIGATION, polarity="duty")
    l_pen = term(LEFT_TEXT, "50 €", TermKind.AMOUNT, quantity=50)
    r_notice = term(RIGHT_TEXT, "trois (3) mois", TermKind.DEADLINE, quantity=3)
    pairs = (
        Pair(
            ("c1",),
            ("c1",),
            PairStatus.UNCHANGED,
            1.0,
            word_diff(LEFT_TEXT, lc[0], RIGHT_TEXT, rc[0]),
        ),
        Pair(
            ("c4",),
            ("c2",),
            PairStatus.MOVED,
            1.0,
            word_diff(LEFT_TEXT, lc[3], RIGHT_TEXT, rc[1]),
            number_changed=True,
        ),
        Pair(
            ("c2",),
            ("c3",),
            PairStatus.MODIFIED,
            0.75,
            word_diff(LEFT_TEXT, lc[1], RIGHT_TEXT, rc[2]),
            term_changes=(
                TermChange(TermKind.OBLIGATION, TermChangeKind.REMOVED, l_oblig, None),
                TermChange(
                    TermKind.DEADLINE, TermChangeKind.CHANGED, l_delay, r_delay, Direction.LONGER
                ),
            ),
            number_changed=True,
        ),
        Pair(
            ("c3",),
            ("c4",),
            PairStatus.MODIFIED,
            0.9,
            word_diff(LEFT_TEXT, lc[2], RIGHT_TEXT, rc[3]),
            term_changes=(
                TermChange(
                    TermKind.AMOUNT, TermChangeKind.CHANGED, l_price, r_price, Direction.HIGHER
                ),
            ),
            number_changed=True,
        ),
        Pair(
            ("c5",),
            (),
            PairStatus.DELETED,
            0.0,
            (DiffOp(Op.DELETE, lc[4].text, lc[4].body_start, lc[4].body_end, 0, 0),),
            term_changes=(TermChange(TermKind.AMOUNT, TermChangeKind.REMOVED, l_pen, None),),
        ),
        Pair(
            (),
            ("c5",),
            PairStatus.INSERTED,
            0.0,
            (DiffOp(Op.INSERT, rc[4].text, 0, 0, rc[4].body_start, rc[4].body_end),),
            term_changes=(TermChange(TermKind.DEADLINE, TermChangeKind.ADDED, None, r_notice),),
        ),
    )
    return Comparison(
        left=left,
        right=right,
        left_clauses=lc,
        right_clauses=rc,
        pairs=pairs,
        left_terms=_terms_by_clause(lc, [l_oblig, l_delay, l_price, l_conf, l_pen]),
        right_terms=_terms_by_clause(rc, [r_delay, r_price, r_conf, r_notice]),
    )
