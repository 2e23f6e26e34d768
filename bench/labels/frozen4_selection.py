"""How the articles of `frozen4-unseen.json` were drawn (fixed seed); prints them.

    python bench/labels/frozen4_selection.py [--shared ../shared]

Two parts, both in normal case (never multinews-plus, which is lower-cased):

* DUC 2006 (AP, NYT and Xinhua newswire): the articles of at most 6,000 characters that hold at least
  4 quotations of 4+ words, in topics that no labels file in bench/labels/ uses and whose id sorts
  before D0626 (later topics are left for alignment labels), leaving out an article that repeats one a
  labels file already holds or one drawn before it (half or more of its 5-word runs in the other).
  Topics are shuffled with a fixed seed; each gives up to 2 such articles (drawn at random when it has
  more) until there are 10; when the whole set holds fewer than 150 quotations of 4+ words after the
  LongBench part, the next topics in the same order give up to 2 more each until it holds 150.
* LongBench Multi-News dev (raw scraped articles, like the hidden test set): one article per line, from
  lines no quotes-and-entities labels file uses, under the same length, quotation and repeat rules.
  Lines are shuffled with the same generator; each gives one article (drawn at random) until there are
  at least 6 and the whole set holds at least 150 quotations of 4+ words, or there are 8.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

# the eligibility, repeat and used-file helpers of the previous draw (run as a script: its folder is on
# sys.path)
from frozen3_selection import eligible, labelled_texts, quotations, repeats, runs, used_documents

SEED = 20261130 + 4
DUC = "duc2006-dev.jsonl"
LONGBENCH = "longbench-multinews-dev.jsonl"
DUC_BEFORE = "duc2006-D0626"
DUC_ARTICLES = 10
LONGBENCH_MIN, LONGBENCH_MAX = 6, 8
TARGET_QUOTATIONS = 150
# The labels files there were when this set was drawn (later ones must not change the draw).
DRAWN_AGAINST = (
    "align-frozen.json",
    "align-tune.json",
    "align-tune2.json",
    "analysis.json",
    "context-frozen.json",
    "frozen-unseen.json",
    "frozen2-unseen.json",
    "frozen3-unseen.json",
    "heldout.json",
)


def _candidates(rows: list[dict], used: set[str], seen: list[set]) -> dict[str, list[int]]:
    return {
        r["id"]: c
        for r in rows
        if r["id"] not in used
        and (c := [j for j, d in enumerate(r["documents"]) if eligible(d) and not repeats(d, seen)])
    }


def draw(
    duc: list[dict], longbench: list[dict], used_all: set[str], used_quotes: set[str], labelled: list[str]
) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(story id, document index) of the drawn DUC and LongBench articles, each in file order."""
    rng = random.Random(SEED)
    seen = [runs(t) for t in labelled]
    rows = {r["id"]: r for r in duc + longbench}
    total = 0

    def take(story: str, k: int) -> list[tuple[str, int]]:
        nonlocal total
        docs = rows[story]["documents"]
        cands = [j for j in docs_of[story] if not repeats(docs[j], seen)]
        chosen = sorted(rng.sample(cands, min(k, len(cands))))
        seen.extend(runs(docs[j]) for j in chosen)
        total += sum(quotations(docs[j]) for j in chosen)
        return [(story, j) for j in chosen]

    duc_docs = _candidates([r for r in duc if r["id"] < DUC_BEFORE], used_all, seen)
    topics = rng.sample(sorted(duc_docs), len(duc_docs))
    docs_of = duc_docs
    duc_picks: list[tuple[str, int]] = []
    while topics and len(duc_picks) < DUC_ARTICLES:
        duc_picks += take(topics.pop(0), min(2, DUC_ARTICLES - len(duc_picks)))
    order = {r["id"]: i for i, r in enumerate(longbench)}
    docs_of = _candidates(longbench, used_quotes, seen)
    lb_picks: list[tuple[str, int]] = []
    for story in rng.sample(sorted(docs_of, key=order.__getitem__), len(docs_of)):
        lb_picks += take(story, 1)
        if len(lb_picks) >= LONGBENCH_MAX or (len(lb_picks) >= LONGBENCH_MIN and total >= TARGET_QUOTATIONS):
            break
    docs_of = duc_docs
    while topics and total < TARGET_QUOTATIONS:
        duc_picks += take(topics.pop(0), 2)
    return sorted(duc_picks), sorted(lb_picks, key=lambda p: (order[p[0]], p[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    data_dir = Path(ap.parse_args().shared) / "data"

    def read(name: str) -> list[dict]:
        return [json.loads(line) for line in (data_dir / name).read_text(encoding="utf-8").splitlines()]

    duc, longbench = read(DUC), read(LONGBENCH)
    here = Path(__file__).resolve().parent
    used = used_documents(here, DRAWN_AGAINST)
    used_quotes = used_documents(here, DRAWN_AGAINST, quotes_only=True)
    duc_picks, lb_picks = draw(duc, longbench, set(used), set(used_quotes), labelled_texts(data_dir, used))
    line = {r["id"]: i + 1 for i, r in enumerate(longbench)}
    rows = {r["id"]: r for r in duc + longbench}
    total = 0
    for story, doc in duc_picks + lb_picks:
        text = rows[story]["documents"][doc]
        total += (n := quotations(text))
        where = f"line {line[story]} " if story in line else ""
        print(story, doc, f"({where}{len(text)} chars, {n} quotations of 4+ words)")
    print(
        len(duc_picks), "DUC articles,", len(lb_picks), "LongBench articles,", total, "quotations of 4+ words"
    )


if __name__ == "__main__":
    main()
