"""Self-check of the held-out material (no dependency on the product).

python3 bench/data/heldout/check_heldout.py
Checks terms.jsonl (offsets, labels, no overlaps) and every pairs/*/gold.json (keys 40-80 characters, unique
exactly and after whitespace collapsing, in document order, every clause paired or deleted/inserted)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"obligation", "deadline", "amount"}


def norm(s):
    return re.sub(r"\s+", " ", s)


def check_terms(path):
    ids, n, c = set(), Counter(), Counter()
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        assert list(d) == ["id", "lang", "source", "text", "spans"], d["id"]
        assert d["id"] not in ids, d["id"]
        ids.add(d["id"])
        n[d["lang"]] += 1
        spans = d["spans"]
        for s in spans:
            assert s["label"] in LABELS
            assert d["text"][s["start"]:s["end"]] == s["text"], (d["id"], s)
            c[(d["lang"], s["label"])] += 1
        spans = sorted(spans, key=lambda s: s["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (d["id"], a, b)
    return n, c


def check_pair(folder):
    g = json.load(open(os.path.join(folder, "gold.json"), encoding="utf-8"))
    out = {}
    for side, fname in (("left", "left.txt"), ("right", "right.txt")):
        text = open(os.path.join(folder, fname), encoding="utf-8").read()
        last = -1
        for cl in g[side]:
            k = cl["key"]
            assert 40 <= len(k) <= 80, (folder, cl)
            assert text.count(k) == 1 and norm(text).count(norm(k)) == 1, (folder, cl)
            pos = text.find(k)
            assert pos > last, (folder, "order", cl)
            last = pos
        out[side] = (len(g[side]), len(text.split()))
    lids = {x["id"] for x in g["left"]}
    rids = {x["id"] for x in g["right"]}
    pl = {a for a, b in g["pairs"]}
    pr = {b for a, b in g["pairs"]}
    assert pl <= lids and pr <= rids
    assert not pl & set(g["deleted"]) and not pr & set(g["inserted"])
    assert pl | set(g["deleted"]) == lids and pr | set(g["inserted"]) == rids
    return (out["left"], out["right"]), len(g["pairs"]), len(g["deleted"]), len(g["inserted"])


if __name__ == "__main__":
    n, c = check_terms(os.path.join(HERE, "terms.jsonl"))
    print("terms:", dict(n), {f"{l}/{lab}": v for (l, lab), v in sorted(c.items())})
    pdir = os.path.join(HERE, "pairs")
    for name in sorted(os.listdir(pdir)):
        (l, r), p, d, i = check_pair(os.path.join(pdir, name))
        print(f"{name}: left {l[0]} clauses/{l[1]} words, right {r[0]}/{r[1]}, pairs {p}, deleted {d}, inserted {i}")
    print("OK")
    sys.exit(0)
