"""Build a whole-Code-civil version pair with a mechanical gold from Légifrance identities.

Input: a git clone of the lexlib ``code-civil`` repository (one commit per consolidated version,
generated from the DILA LEGI dump) and two commits. Output, in the folder given: ``left.txt``,
``right.txt``, ``gold.json`` and ``gold_provenance.json`` laid out as ``../shared/corpus-large``.

Rules (the same as the Code civil pair of ``../shared/corpus-large``, rule 2 left out):

1. text: the ``Code civil - Intégral.md`` file of each commit after its table of contents; a
   heading (``#`` to ``#####``) is kept as its own line, anchors removed; each article is
   ``Article N`` then its paragraphs one per line (the 120-column hard wrap undone); the
   "Liens relatifs à cet article" blocks and the DILA "Nota" notes are dropped; one blank line
   between blocks;
2. identity: the article files ``<book>/Article <N> - <ID>.md`` of the same commit give each
   number its LEGIARTI family (``<ID>``); a number with two files is resolved by the file whose
   text equals the article's;
3. gold: same family on both sides -> pair; left only -> deleted; right only -> inserted. Keys
   are the first 60 characters from the ``Article N`` line, each checked to occur once.

Usage: ``python build_pair.py REPO LEFT_COMMIT RIGHT_COMMIT OUT_DIR``. Standard library only.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

_ARTICLE = re.compile(r"^#{6} Article (\S+)\s*$")
_HEADING = re.compile(r"^(#{1,5}) (.*?)(?:<a id=[^>]*></a>)?\s*$")
_FILE = re.compile(r"Article (\S+) - (\d+)\.md$")


def git(repo: str, *args: str) -> str:
    """Standard output of a git command run in ``repo``."""
    return subprocess.run(
        ["git", "-C", repo, *args], check=True, capture_output=True, text=True
    ).stdout


def number_key(number: str) -> str:
    """'007' -> '7', '021-7' -> '21-7': file names pad the first component."""
    head, sep, rest = number.partition("-")
    return (head.lstrip("0") or "0") + sep + rest


def paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated paragraphs with their hard wraps undone; list items kept apart."""
    out: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        stripped = line.strip()
        if not stripped:
            if current:
                out.append(" ".join(current))
                current = []
            continue
        if stripped.startswith("- ") and current:
            out.append(" ".join(current))
            current = []
        current.append(stripped)
    return out


def read_code(repo: str, commit: str) -> list[tuple[str, str, str]]:
    """Blocks of the code in order: ("heading", text, "") or ("article", number, body)."""
    text = git(repo, "show", f"{commit}:Code civil - Intégral.md")
    lines = text.split("\n")
    start = next(k for k, line in enumerate(lines) if line.startswith("# ") and k > 3)
    blocks: list[tuple[str, str, str]] = []
    body: list[str] | None = None
    number = ""
    skipping = False

    def flush() -> None:
        if body is not None:
            blocks.append(("article", number, "\n".join(paragraphs(body))))

    for line in lines[start:]:
        article = _ARTICLE.match(line)
        heading = None if article else _HEADING.match(line)
        if article or heading:
            flush()
            body, skipping = None, False
            if article:
                number, body = article.group(1), []
            elif heading:
                blocks.append(("heading", heading.group(2).strip(), ""))
            continue
        if body is None:
            continue
        if line.startswith("**Liens relatifs") or line.startswith("**Nota"):
            skipping = True
        if not skipping:
            body.append(line)
    flush()
    return blocks


def families(repo: str, commit: str) -> dict[str, list[tuple[str, str]]]:
    """Article number -> [(LEGIARTI family, file path)] of one commit."""
    found: dict[str, list[tuple[str, str]]] = {}
    for path in git(repo, "-c", "core.quotepath=off", "ls-tree", "-r", "--name-only", commit).split(
        "\n"
    ):
        match = _FILE.search(path)
        if match:
            found.setdefault(number_key(match.group(1)), []).append((match.group(2), path))
    return found


def family_of(
    repo: str, commit: str, number: str, body: str, files: dict[str, list[tuple[str, str]]]
) -> tuple[str, str]:
    options = files.get(number_key(number), [])
    if len(options) == 1:
        return options[0]
    norm = " ".join(body.split())
    for family, path in options:
        content = " ".join(git(repo, "show", f"{commit}:{path}").split())
        if norm[:200] in content:
            return family, path
    raise ValueError(f"article {number} at {commit}: {len(options)} files, none matches")


def build(repo: str, left_commit: str, right_commit: str, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    sides: dict[str, tuple[list[dict[str, str]], list[dict[str, str]]]] = {}
    for side, commit in (("left", left_commit), ("right", right_commit)):
        blocks = read_code(repo, commit)
        files = families(repo, commit)
        text_parts: list[str] = []
        clauses: list[dict[str, str]] = []
        prov: list[dict[str, str]] = []
        for kind, a, b in blocks:
            if kind == "heading":
                text_parts.append(a)
                continue
            block = f"Article {a}\n{b}" if b else f"Article {a}"
            text_parts.append(block)
            family, _ = family_of(repo, commit, a, b, files)
            gid = f"{side[0].upper()}{len(clauses) + 1}"
            clauses.append({"id": gid, "key": block[:60], "label": f"Article {a}"})
            prov.append({"id": gid, "num": a, "legiarti_family": f"LEGIARTI{int(family):012d}"})
        text = "\n\n".join(["Code civil", *text_parts]) + "\n"
        for clause in clauses:
            if text.count(clause["key"]) != 1:
                raise ValueError(f"{side} key not unique: {clause['key']!r}")
        (out / f"{side}.txt").write_text(text, encoding="utf-8")
        sides[side] = (clauses, prov)
    left_family = {p["legiarti_family"]: p["id"] for p in sides["left"][1]}
    right_family = {p["legiarti_family"]: p["id"] for p in sides["right"][1]}
    pairs = [[left_family[f], right_family[f]] for f in left_family if f in right_family]
    pairs.sort(key=lambda p: int(p[1][1:]))
    deleted = [i for f, i in left_family.items() if f not in right_family]
    inserted = [j for f, j in right_family.items() if f not in left_family]
    gold = {
        "left": sides["left"][0],
        "right": sides["right"][0],
        "pairs": pairs,
        "deleted": deleted,
        "inserted": inserted,
    }
    (out / "gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    provenance = {
        "left": sides["left"][1],
        "right": sides["right"][1],
        "commits": {"left": left_commit, "right": right_commit},
    }
    (out / "gold_provenance.json").write_text(
        json.dumps(provenance, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(
        f"{len(sides['left'][0])} / {len(sides['right'][0])} articles, {len(pairs)} pairs, "
        f"{len(deleted)} deleted, {len(inserted)} inserted"
    )


if __name__ == "__main__":
    build(sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4]))
