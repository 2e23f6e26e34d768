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


class Drawing:
    """One seeded draw: articles taken story by story with one generator, skipping near-copies of the
    labelled articles and of those drawn before, counting the quotations taken (`total`)."""

    def __init__(self, seed: int, duc: list[dict], longbench: list[dict], labelled: list[str]) -> None:
        self.rng = random.Random(seed)
        self.seen = [runs(t) for t in labelled]
        self.rows = {r["id"]: r for r in duc + longbench}
        self.total = 0
        self.docs_of: dict[str, list[int]] = {}  # the candidates `take` draws from

    def take(self, story: str, k: int) -> list[tuple[str, int]]:
        docs = self.rows[story]["documents"]
        cands = [j for j in self.docs_of[story] if not repeats(docs[j], self.seen)]
        chosen = sorted(self.rng.sample(cands, min(k, len(cands))))
        self.seen.extend(runs(docs[j]) for j in chosen)
        self.total += sum(quotations(docs[j]) for j in chosen)
        return [(story, j) for j in chosen]

    def longbench(
        self, longbench: list[dict], used: set[str], least: int, most: int, target: int
    ) -> tuple[dict[str, int], list[tuple[str, int]]]:
        """One article a LongBench story, stories in a seeded order, until `most` are drawn or `least`
        are and the quotations reach `target`; with each story's line order in the file."""
        order = {r["id"]: i for i, r in enumerate(longbench)}
        self.docs_of = _candidates(longbench, used, self.seen)
        picks: list[tuple[str, int]] = []
        for story in self.rng.sample(sorted(self.docs_of, key=order.__getitem__), len(self.docs_of)):
            picks += self.take(story, 1)
            if len(picks) >= most or (len(picks) >= least and self.total >= target):
                break
        return order, picks

    def first_duc(self, duc: list[dict], used: set[str]) -> tuple[dict, list[str], list[tuple[str, int]]]:
        """DUC topics before `DUC_BEFORE`, shuffled, up to 2 articles each until `DUC_ARTICLES`: the
        candidates, the topics not yet used and the articles taken."""
        duc_docs = _candidates([r for r in duc if r["id"] < DUC_BEFORE], used, self.seen)
        topics = self.rng.sample(sorted(duc_docs), len(duc_docs))
        self.docs_of = duc_docs
        picks: list[tuple[str, int]] = []
        while topics and len(picks) < DUC_ARTICLES:
            picks += self.take(topics.pop(0), min(2, DUC_ARTICLES - len(picks)))
        return duc_docs, topics, picks


def draw(
    duc: list[dict], longbench: list[dict], used_all: set[str], used_quotes: set[str], labelled: list[str]
) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(story id, document index) of the drawn DUC and LongBench articles, each in file order."""
    d = Drawing(SEED, duc, longbench, labelled)
    duc_docs, topics, duc_picks = d.first_duc(duc, used_all)
    order, lb_picks = d.longbench(longbench, used_quotes, LONGBENCH_MIN, LONGBENCH_MAX, TARGET_QUOTATIONS)
    d.docs_of = duc_docs
    while topics and d.total < TARGET_QUOTATIONS:
        duc_picks += d.take(topics.pop(0), 2)
    return sorted(duc_picks), sorted(lb_picks, key=lambda p: (order[p[0]], p[1]))


def read_data(description: str) -> tuple[Path, list[dict], list[dict]]:
    """The data folder named by `--shared` and its DUC 2006 and LongBench rows."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    data_dir = Path(ap.parse_args().shared) / "data"

    def read(name: str) -> list[dict]:
        return [json.loads(line) for line in (data_dir / name).read_text(encoding="utf-8").splitlines()]

    return data_dir, read(DUC), read(LONGBENCH)


def report(
    duc: list[dict], longbench: list[dict], duc_picks: list[tuple[str, int]], lb_picks: list[tuple[str, int]]
) -> None:
    """Print each drawn article (LongBench line, length, quotations of 4+ words) and the totals."""
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


def main() -> None:
    data_dir, duc, longbench = read_data(__doc__.splitlines()[0])
    here = Path(__file__).resolve().parent
    used = used_documents(here, DRAWN_AGAINST)
    used_quotes = used_documents(here, DRAWN_AGAINST, quotes_only=True)
    duc_picks, lb_picks = draw(duc, longbench, set(used), set(used_quotes), labelled_texts(data_dir, used))
    report(duc, longbench, duc_picks, lb_picks)


if __name__ == "__main__":
    main()
