"""Exact tests of the word diff: readable replacements, options, spans, offsets, guardrails."""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from clausediff.comparison import DiffOp, Op
from clausediff.options import CompareOptions
from clausediff.worddiff.diff import WordDiff, diff_spans, similarity

E, D, INS = Op.EQUAL, Op.DELETE, Op.INSERT
PLAIN = CompareOptions()
Span = tuple[int, int]


def check_contract(
    left: str, lspans: Sequence[Span], right: str, rspans: Sequence[Span], result: WordDiff
) -> None:
    """The offset contract of diff_spans (module docstring), checked op by op."""

    def tiles(spans: Sequence[Span], ranges: list[Span]) -> None:
        # Non-empty ranges, in order, cover the non-empty spans exactly, each inside one span.
        ranges = [r for r in ranges if r[1] > r[0]]
        k = 0
        for start, end in spans:
            position = start
            while position < end:
                assert k < len(ranges), "spans not covered"
                assert ranges[k][0] == position, "gap or overlap"
                assert ranges[k][1] <= end, "op crosses a span boundary"
                position = ranges[k][1]
                k += 1
        assert k == len(ranges), "op outside the spans"

    for op in result.ops:
        assert op.left_start <= op.left_end and op.right_start <= op.right_end
        assert op.left_end > op.left_start or op.right_end > op.right_start, "empty op"
        if op.op is D:
            assert op.text == left[op.left_start : op.left_end]
            assert op.right_start == op.right_end
        else:
            assert op.text == right[op.right_start : op.right_end]
            if op.op is INS:
                assert op.left_start == op.left_end
    tiles(lspans, [(o.left_start, o.left_end) for o in result.ops if o.op is not INS])
    tiles(rspans, [(o.right_start, o.right_end) for o in result.ops if o.op is not D])


def run(left: str, right: str, options: CompareOptions = PLAIN) -> WordDiff:
    lspans, rspans = [(0, len(left))], [(0, len(right))]
    result = diff_spans(left, lspans, right, rspans, options)
    check_contract(left, lspans, right, rspans, result)
    return result


def simple(result: WordDiff) -> list[tuple[Op, str]]:
    return [(op.op, op.text) for op in result.ops]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # A deadline rewritten: one deletion and one insertion of whole words, not letter soup.
        (
            "dans un délai de 4 heures à compter",
            "dans un délai de 5 jours ouvrés à compter",
            [(E, "dans un délai de "), (D, "4 heures"), (INS, "5 jours ouvrés"), (E, " à compter")],
        ),
        # An obligation weakened: one word replaced.
        (
            "Le prestataire doit livrer",
            "Le prestataire peut livrer",
            [(E, "Le prestataire "), (D, "doit"), (INS, "peut"), (E, " livrer")],
        ),
        # A word inserted: the insertion carries its trailing space.
        (
            "de 4 heures à",
            "de 4 heures ouvrées à",
            [(E, "de 4 heures "), (INS, "ouvrées "), (E, "à")],
        ),
        # Words deleted.
        (
            "payer sans délai le prix",
            "payer le prix",
            [(E, "payer "), (D, "sans délai "), (E, "le prix")],
        ),
        # Reordered phrases: the longest common phrase stays equal, the moved one is deleted
        # where it was and inserted where it now stands.
        (
            "le client paie le prix et le prestataire livre",
            "le prestataire livre et le client paie le prix",
            [
                (INS, "le prestataire livre et "),
                (E, "le client paie le prix"),
                (D, " et le prestataire livre"),
            ],
        ),
        # A number changed inside an amount; the currency stays equal.
        (
            "un montant de 1 000,00 € HT",
            "un montant de 1 200,00 € HT",
            [(E, "un montant de "), (D, "1 000,00"), (INS, "1 200,00"), (E, " € HT")],
        ),
        # Elision kept apart: "l’" stays equal when the noun changes.
        (
            "à l’exécution du contrat",
            "à l’expiration du contrat",
            [(E, "à l’"), (D, "exécution"), (INS, "expiration"), (E, " du contrat")],
        ),
        # Equal texts: a single equal op.
        ("Le prix est ferme.", "Le prix est ferme.", [(E, "Le prix est ferme.")]),
        # Everything new.
        ("", "Le prix", [(INS, "Le prix")]),
        # Everything gone.
        ("Le prix", "", [(D, "Le prix")]),
        # Nothing at all.
        ("", "", []),
    ],
)
def test_diff_exact(left: str, right: str, expected: list[tuple[Op, str]]) -> None:
    assert simple(run(left, right)) == expected


@pytest.mark.parametrize(
    ("left", "right", "options", "expected"),
    [
        # Case differs: shown without ignore_case...
        (
            "Le Prix est ferme",
            "le prix est ferme",
            PLAIN,
            [(D, "Le Prix"), (INS, "le prix"), (E, " est ferme")],
        ),
        # ... equal with it (shown as written on the right).
        (
            "Le Prix est ferme",
            "le prix est ferme",
            CompareOptions(ignore_case=True),
            [(E, "le prix est ferme")],
        ),
        # Punctuation differs: shown without ignore_punctuation...
        (
            "Le prix, payé comptant.",
            "Le prix payé comptant",
            PLAIN,
            [(E, "Le prix"), (D, ","), (E, " payé comptant"), (D, ".")],
        ),
        # ... equal with it.
        (
            "Le prix, payé comptant.",
            "Le prix payé comptant",
            CompareOptions(ignore_punctuation=True),
            [(E, "Le prix payé comptant")],
        ),
        # ignore_punctuation never hides a changed decimal point.
        (
            "un taux de 12.5 %",
            "un taux de 125 %",
            CompareOptions(ignore_punctuation=True),
            [(E, "un taux de "), (D, "12.5"), (INS, "125"), (E, " %")],
        ),
        # A line break instead of a space is line wrapping, never a change...
        (
            "Le prix\nest ferme",
            "Le prix est ferme",
            PLAIN,
            [(E, "Le prix est ferme")],
        ),
        # ... and equal under ignore_whitespace too.
        (
            "Le prix\nest ferme",
            "Le prix est ferme",
            CompareOptions(ignore_whitespace=True),
            [(E, "Le prix est ferme")],
        ),
        # A space removed: shown without ignore_whitespace...
        ("art. 3", "art.3", PLAIN, [(E, "art."), (D, " "), (E, "3")]),
        # ... equal with it (presence or absence of space is a whitespace difference).
        ("art. 3", "art.3", CompareOptions(ignore_whitespace=True), [(E, "art.3")]),
        # A list item relettered: shown without ignore_numbering...
        ("a) le prix", "b) le prix", PLAIN, [(D, "a"), (INS, "b"), (E, ") le prix")]),
        # ... equal with it.
        ("a) le prix", "b) le prix", CompareOptions(ignore_numbering=True), [(E, "b) le prix")]),
        # ignore_numbering does not hide a changed number inside the text.
        (
            "a) sous 3 jours",
            "b) sous 5 jours",
            CompareOptions(ignore_numbering=True),
            [(E, "b) sous "), (D, "3"), (INS, "5"), (E, " jours")],
        ),
    ],
)
def test_diff_options(
    left: str, right: str, options: CompareOptions, expected: list[tuple[Op, str]]
) -> None:
    assert simple(run(left, right, options)) == expected


def test_quotes_added_and_space_dropped_on_a_real_line() -> None:
    # EUPL 1.1 -> 1.2 (corpus): quotes added around a defined term, the space after ":" gone.
    left = "x\n     - The Licence: this Licence.\n"
    right = "x\n— ‘The Licence’:this Licence.\n"
    assert simple(run(left, right, CompareOptions(ignore_whitespace=True))) == [
        (E, "x\n— "),
        (INS, "‘"),
        (E, "The Licence"),
        (INS, "’"),
        (E, ":this Licence.\n"),
    ]


OPTION_SETS = [
    CompareOptions(case, punctuation, whitespace, numbering)
    for case in (False, True)
    for punctuation in (False, True)
    for whitespace in (False, True)
    for numbering in (False, True)
]


def random_edit(text: str, rng: random.Random) -> str:
    """Hostile random edits: words replaced, spaces changed, quotes, case, numbers, marks."""
    pieces = text.split(" ")
    out = []
    for piece in pieces:
        draw = rng.random()
        if draw < 0.05:
            continue
        if draw < 0.10:
            out.append(rng.choice(["‘" + piece + "’", piece.upper(), piece + ",", "1\u202f000"]))
        elif draw < 0.15:
            out.append(piece + rng.choice(["\n", "\u00a0", "  ", "\r\n", "\u200b"]))
        elif draw < 0.18:
            out.append(rng.choice(["a)", "3.2.", "—", "e\u0301te\u0301", ""]))
        else:
            out.append(piece)
    return " ".join(out)


def test_random_edits_keep_the_contract(shared_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Real paragraphs, randomly edited, under every combination of options, several spans.
    import clausediff.worddiff.diff as worddiff
    from clausediff.worddiff.chars import diff_by_anchors as original

    long_calls: list[int] = []

    def spy(*args: Any, **kwargs: Any) -> Any:
        long_calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(worddiff, "diff_by_anchors", spy)
    rng = random.Random(11)
    texts: list[str] = []
    for path in sorted((shared_dir / "corpus").glob("*/*.txt")):
        texts.extend(p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip())
    for round_ in range(120):
        # Every eighth text is long enough for the anchor pass of long texts.
        count = 80 if round_ % 8 == 7 else 2
        left = "\n\n".join(rng.choice(texts) for _ in range(count))
        right = random_edit(left, rng)
        lcut, rcut = left.index("\n\n"), len(right) // 2
        lspans = [(0, lcut), (lcut + 2, len(left))]
        rspans = [(0, rcut), (rcut, len(right))] if round_ % 2 else [(0, len(right))]
        options = OPTION_SETS[round_ % len(OPTION_SETS)]
        result = diff_spans(left, lspans, right, rspans, options)
        check_contract(left, lspans, right, rspans, result)
        # Adjacent ops of one kind are merged unless a span boundary separates them.
        for a, b in zip(result.ops, result.ops[1:], strict=False):
            if a.op is b.op:
                assert (a.left_end, a.right_end) != (b.left_start, b.right_start) or any(
                    a.left_end == s or a.right_end == s
                    for s in [e for _, e in lspans] + [e for _, e in rspans]
                )
    assert long_calls  # the long texts took the anchor pass


def test_equal_op_offsets_cover_both_sides() -> None:
    # Under ignore_whitespace the equal op spans "art. 3" on the left and "art.3" on the right.
    result = run("art. 3", "art.3", CompareOptions(ignore_whitespace=True))
    assert result.ops == (DiffOp(E, "art.3", 0, 6, 0, 5),)


def test_typography_alone_is_equal() -> None:
    # NFD accents, ’ vs ', narrow NBSP and NBSP vs spaces, CRLF vs LF, a zero-width space.
    left = "L’acheteur paie 1\u202f000\u00a0€ à l’e\u0301che\u0301ance.\r\nFin du con\u200btrat"
    right = "L'acheteur paie 1 000 € à l'échéance.\nFin du contrat"
    assert simple(run(left, right)) == [(E, right)]


def test_split_pair_ops_stay_inside_spans() -> None:
    # One left clause became two right clauses; the right spans are the two bodies.
    left = "Le prix est ferme. Il est payé comptant."
    right = "1. Le prix est ferme.\n2. Il est payé comptant."
    lspans = [(0, len(left))]
    first = right.index("Le prix")
    second = right.index("Il est")
    rspans = [(first, right.index("\n")), (second, len(right))]
    result = diff_spans(left, lspans, right, rspans, PLAIN)
    check_contract(left, lspans, right, rspans, result)
    cut = left.index(" Il")
    # The space where the right side passes to its next clause is no edit: it is absorbed in
    # the first equal op, as under ignore_whitespace.
    assert result.ops == (
        DiffOp(E, "Le prix est ferme.", 0, cut + 1, first, first + 18),
        DiffOp(E, "Il est payé comptant.", cut + 1, len(left), second, len(right)),
    )
    result = diff_spans(left, lspans, right, rspans, CompareOptions(ignore_whitespace=True))
    check_contract(left, lspans, right, rspans, result)
    assert [(op.op, op.left_start, op.left_end) for op in result.ops] == [
        (E, 0, cut + 1),
        (E, cut + 1, len(left)),
    ]


def test_merged_pair_change_is_cut_at_the_span_boundary() -> None:
    # Two left clauses merged into one right clause, with a change across the boundary.
    left = "Article 1. Le prix est ferme.\nArticle 2. Il est payé à 30 jours."
    right = "Le prix est ferme et payé à 60 jours."
    a, b = left.index("Le prix"), left.index("Il est")
    lspans = [(a, left.index("\n")), (b, len(left))]
    rspans = [(0, len(right))]
    result = diff_spans(left, lspans, right, rspans, PLAIN)
    check_contract(left, lspans, right, rspans, result)
    deleted = [op.text for op in result.ops if op.op is D]
    # The deletion of ". Il est" is reported as two ops, one per left clause.
    assert deleted == [".", "Il est", "30"]
    assert [op.text for op in result.ops if op.op is INS] == [" et", "60"]


def test_identical_spans_give_one_equal_op_each() -> None:
    # A merged pair whose two bodies are unchanged, at other offsets on each side.
    left = "1. Objet.\n2. Prix ferme."
    right = "Article 1 – Objet.\nArticle 2 – Prix ferme."
    lspans = [(3, 9), (13, len(left))]
    rspans = [(12, 18), (31, len(right))]
    result = diff_spans(left, lspans, right, rspans, PLAIN)
    check_contract(left, lspans, right, rspans, result)
    assert result.ops == (
        DiffOp(E, "Objet.", 3, 9, 12, 18),
        DiffOp(E, "Prix ferme.", 13, len(left), 31, len(right)),
    )


def test_empty_and_missing_spans() -> None:
    # No span on the left (an inserted clause), an empty span on the right.
    result = diff_spans("", [], "Nouveau texte", [(0, 0), (0, 13)], PLAIN)
    assert simple(result) == [(INS, "Nouveau texte")]
    result = diff_spans("abc", [(1, 1)], "", [], PLAIN)
    assert result.ops == ()


def test_size_guardrail_gives_a_coarse_truncated_result() -> None:
    options = CompareOptions(max_diff_chars=10)
    left, right = "Le prix est ferme.", "Le prix est révisable."
    result = run(left, right, options)
    assert result.truncated
    assert simple(result) == [(D, left), (INS, right)]


def test_size_guardrail_keeps_equal_texts_equal() -> None:
    options = CompareOptions(max_diff_chars=10, ignore_case=True)
    result = run("Le prix est ferme.", "LE PRIX EST FERME.", options)
    assert result.truncated
    assert simple(result) == [(E, "LE PRIX EST FERME.")]


def test_coarse_result_respects_spans() -> None:
    # A truncated split pair: one insert per right span.
    options = CompareOptions(max_diff_chars=5)
    left, right = "un deux trois", "quatre cinq | six sept"
    rspans = [(0, 11), (14, 22)]
    result = diff_spans(left, [(0, 13)], right, rspans, options)
    check_contract(left, [(0, 13)], right, rspans, result)
    assert result.truncated
    assert simple(result) == [(D, left), (INS, "quatre cinq"), (INS, "six sept")]


def test_time_guardrail_gives_a_coarse_truncated_result() -> None:
    left = " ".join(f"mot{k}" for k in range(300))
    right = " ".join(f"mot{k}" for k in range(0, 600, 2))
    result = run(left, right, CompareOptions(diff_timeout=1e-9))
    assert result.truncated
    assert simple(result) == [(D, left), (INS, right)]


def test_private_use_and_cjk_text_does_not_collide_with_token_codes() -> None:
    # The diff stands each token for a CJK or private-use character; text made of those
    # characters must still be compared as text.
    left = "条款 \ue000 一 二 三 四"
    right = "条款 \ue001 一 二 三 四"
    assert simple(run(left, right)) == [
        (E, "条款 "),
        (D, "\ue000"),
        (INS, "\ue001"),
        (E, " 一 二 三 四"),
    ]
    assert simple(run(left, left)) == [(E, left)]


HOSTILE = [
    ("", "\u200b\u200b"),  # only invisible characters on one side
    ("\u0301\u0301 x", "x \u0301"),  # orphan combining marks
    ("👍🏽 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \x00", "👍 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \x7f"),  # astral and control characters
    ("\u202e droite \u202c", "droite"),  # bidi controls
    ("x" * 3000, "x" * 2999 + "y"),  # one huge word changed
    ("a " * 2000, "b " * 2000),  # many repeated short words, all changed
    ("\r\n" * 50, "\n" * 50),  # line ends only
    ("’'ʼ «»“” ‐‑–—", '\'\'\'"""" ----'),  # typographic marks vs plain ones
]


@pytest.mark.parametrize(("left", "right"), HOSTILE)
@pytest.mark.parametrize(
    "options", [PLAIN, CompareOptions(True, True, True, True)], ids=["plain", "all"]
)
def test_hostile_text_keeps_the_contract(left: str, right: str, options: CompareOptions) -> None:
    run(left, right, options)
    run(right, left, options)


def corpus_words(shared_dir: Path) -> list[str]:
    words: list[str] = []
    for path in sorted((shared_dir / "corpus").glob("*/*.txt")):
        words.extend(path.read_text(encoding="utf-8").split())
    return words


def test_very_long_paragraph_finishes_quickly(shared_dir: Path) -> None:
    # 50,000 words of real legal text in one paragraph, every 50th word replaced. The size
    # guardrail (200,000 characters a side by default) must answer at once; with the limit
    # raised, the diff completes or the time guardrail answers within about a second.
    words = corpus_words(shared_dir)
    rng = random.Random(3)
    left_words = [rng.choice(words) for _ in range(50_000)]
    right_words = [w if k % 50 else "MODIFIÉ" for k, w in enumerate(left_words)]
    left, right = " ".join(left_words), " ".join(right_words)
    started = time.perf_counter()
    assert run(left, right).truncated
    assert time.perf_counter() - started < 5
    started = time.perf_counter()
    result = run(left, right, CompareOptions(max_diff_chars=10**6, diff_timeout=1.0))
    assert time.perf_counter() - started < 10
    if not result.truncated:
        assert [op.text for op in result.ops if op.op is INS] == ["MODIFIÉ"] * 1000


def test_long_text_is_cut_at_anchors_then_diffed_word_by_word(
    shared_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A whole licence (21,000 characters) with three words replaced and a sentence added: long
    # enough for the anchor pass, which must still find exactly these edits.
    import clausediff.worddiff.diff as worddiff
    from clausediff.worddiff.chars import diff_by_anchors as original

    calls: list[int] = []

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(worddiff, "diff_by_anchors", spy)
    left = (shared_dir / "corpus" / "cc-by-3.0-fr__cc-by-4.0-fr" / "left.txt").read_text()
    pieces = left.split(" ")
    replaced = []
    for index in (100, 1000, 2000):
        while not pieces[index].isalpha():
            index += 1
        replaced.append(pieces[index])
        pieces[index] = "REMPLACÉ"
    right = " ".join(pieces)
    cut = right.index("\n\n", len(" ".join(pieces[:1500]))) + 2
    right = right[:cut] + "Phrase ajoutée ici.\n\n" + right[cut:]
    result = run(left, right, CompareOptions(diff_timeout=10))
    assert calls and not result.truncated
    assert [op.text for op in result.ops if op.op is D] == replaced
    inserted = " ".join(op.text for op in result.ops if op.op is INS).split()
    assert inserted == ["REMPLACÉ", "REMPLACÉ", "Phrase", "ajoutée", "ici.", "REMPLACÉ"]


def test_real_paragraphs_diff_to_their_edits(shared_dir: Path) -> None:
    # Real corpus paragraphs with one word replaced: the diff finds exactly that word.
    text = (shared_dir / "corpus" / "cc-by-3.0-fr__cc-by-4.0-fr" / "left.txt").read_text()
    paragraphs = [p for p in text.split("\n\n") if len(p.split()) > 20][:30]
    for paragraph in paragraphs:
        words = paragraph.split(" ")
        target = len(words) // 2
        while not words[target].isalpha():
            target += 1
        edited = " ".join([*words[:target], "REMPLACÉ", *words[target + 1 :]])
        result = run(paragraph, edited)
        assert [op.text for op in result.ops if op.op is D] == [words[target]]
        assert [op.text for op in result.ops if op.op is INS] == ["REMPLACÉ"]


@pytest.mark.parametrize(
    ("ops", "expected"),
    [
        # Two sides empty: identical.
        ([], 1.0),
        # 2 equal characters, 2 deleted, 4 inserted (the space does not count): 4 / 10.
        (
            [
                DiffOp(E, "ab", 0, 2, 0, 2),
                DiffOp(D, "cd", 2, 4, 2, 2),
                DiffOp(INS, "ef gh", 4, 4, 2, 7),
            ],
            0.4,
        ),
        # Only spaces changed: still identical.
        ([DiffOp(E, "a b", 0, 3, 0, 3), DiffOp(D, "  ", 3, 5, 3, 3)], 1.0),
        # Nothing in common.
        ([DiffOp(D, "abc", 0, 3, 0, 0), DiffOp(INS, "d", 3, 3, 0, 1)], 0.0),
    ],
)
def test_similarity(ops: list[DiffOp], expected: float) -> None:
    assert similarity(ops) == pytest.approx(expected)


def redline(result: WordDiff) -> str:
    """The diff as a redline: [-deleted-]{+inserted+}, equal text as on the right."""
    marks = {E: "{}", D: "[-{}-]", INS: "{{+{}+}}"}
    return "".join(marks[op.op].format(op.text) for op in result.ops)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # Issue 12's table. A one-word equality between one-word edits stays unmarked.
        (
            "Licensee may terminate",
            "Licensor may suspend",
            "[-Licensee-]{+Licensor+} may [-terminate-]{+suspend+}",
        ),
        # "doit" must not read as a changed obligation, nor "la" as changed.
        (
            "Le Client doit payer la facture",
            "Le Prestataire doit facturer la prestation",
            "Le [-Client-]{+Prestataire+} doit [-payer-]{+facturer+} la [-facture-]{+prestation+}",
        ),
        # Punctuation is a token of its own; the space French puts before ";" is typography.
        (
            "délai de 30 jours, net",
            "délai de 60 jours ; net",
            "délai de [-30-]{+60+} jours [-,-]{+;+} net",
        ),
        (
            "The Supplier shall deliver the goods within ten days",
            "The Contractor shall ship the goods within five days",
            "The [-Supplier-]{+Contractor+} shall [-deliver-]{+ship+} the goods within"
            " [-ten-]{+five+} days",
        ),
        # Markdown emphasis added: only the two marks.
        ("le Client doit payer", "le Client *doit* payer", "le Client {+*+}doit{+*+} payer"),
        ("weekend Sophia", "weekend. Sophia.", "weekend{+.+} Sophia{+.+}"),
        # No whitespace-only op for the spaces of French typography.
        ("Prix : 100 €", "Prix: 100 €", "Prix: 100 €"),
        ("« Client » doit", '"Client" doit', '"Client" doit'),
        ("Prix : 100 €", "Tarif: 100 €", "[-Prix-]{+Tarif+}: 100 €"),
        # A space between two words is not typography: "art. 3" -> "art.3" stays a change.
        ("voir art. 3", "voir art.3", "voir art.[- -]3"),
        # Inside a long rewrite, a lone "de" kept equal would only cut it in two.
        (
            "Le titulaire obtient au préalable une autorisation écrite et signée de la direction"
            " juridique du groupe et du comité",
            "Vous demandez sans délai par tout moyen un accord exprès de votre interlocuteur "
            "habituel ou son remplaçant désigné par écrit chaque année",
            "[-Le titulaire obtient au préalable une autorisation écrite et signée de la"
            " direction juridique du groupe et du comité-]{+Vous demandez sans délai par tout"
            " moyen un accord exprès de votre interlocuteur habituel ou son remplaçant désigné"
            " par écrit chaque année+}",
        ),
        # ... but a lone word between short edits stays unmarked.
        (
            "Le titulaire obtient une autorisation de la direction",
            "Vous demandez un accord de votre interlocuteur",
            "[-Le titulaire obtient une autorisation-]{+Vous demandez un accord+} de"
            " [-la direction-]{+votre interlocuteur+}",
        ),
    ],
)  # fmt: skip
def test_redline_marks_only_what_changed(left: str, right: str, expected: str) -> None:
    assert redline(run(left, right)) == expected


def test_typographic_spaces_keep_both_texts() -> None:
    # The equal op of "Prix : 100" / "Prix: 100" covers both texts as written.
    result = run("Prix : 100 €", "Prix: 100 €")
    assert [(op.left_start, op.left_end, op.right_start, op.right_end) for op in result.ops] == [
        (0, 12, 0, 11)
    ]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # Markdown markup in a .txt reads like punctuation: shown, no word cut out of the run.
        ("le Client doit payer", "le Client **doit** payer", "le Client {+**+}doit{+**+} payer"),
        (
            "Voir les [conditions](https://a.fr/cgu-v1).",
            "Voir les [conditions](https://a.fr/cgu-v2).",
            "Voir les [conditions[-](https://a.fr/cgu-v1)-]{+](https://a.fr/cgu-v2)+}.",
        ),
        ("## Article 3\nLe prix", "Article 3\nLe prix", "[-## -]Article 3\nLe prix"),
    ],
)  # fmt: skip
def test_markdown_markup_is_shown_like_punctuation(left: str, right: str, expected: str) -> None:
    result = run(left, right)
    assert redline(result) == expected
    # ... but it is no word of the clause: nothing changed as far as similarity goes ...
    assert result.similarity == 1.0 and similarity(result.ops) == 1.0
    # ... and it goes with punctuation when punctuation is ignored.
    quiet = run(left, right, CompareOptions(ignore_punctuation=True))
    assert [op.op for op in quiet.ops] == [E]


def test_markup_only_change_is_never_a_term_change() -> None:
    from clausediff.terms.changes import term_changes
    from clausediff.terms.engine import annotate

    left = "Le Client doit payer sous 30 jours la somme de 100 €."
    right = "Le Client **doit** payer sous 30 jours la somme de [100 €](https://a.fr/prix)."
    ops = run(left, right).ops
    assert term_changes(annotate(left), annotate(right), ops) == ()


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # "may" stays unmarked: a reader sees it kept, and the percentage counts it.
        ("Licensee may terminate", "Licensor may suspend"),
        # "Le", "doit" and "la" stay unmarked.
        ("Le Client doit payer la facture", "Le Prestataire doit facturer la prestation"),
    ],
)
def test_the_similarity_shown_is_counted_on_the_marks(left: str, right: str) -> None:
    result = run(left, right)
    assert result.similarity == pytest.approx(similarity(result.ops))
    kept = sum(len(op.text.replace(" ", "")) for op in result.ops if op.op is E)
    assert kept > 0 and result.similarity > 0.15
    # The alignment's own reading absorbs those short equalities into the rewrite, as the
    # threshold that unlinks a "moved" pair sharing almost nothing was measured on.
    assert result.link_similarity < result.similarity
