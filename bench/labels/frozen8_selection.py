"""How the articles of `frozen8-unseen.json` were drawn (fixed seed); prints them.

    python bench/labels/frozen8_selection.py [--shared ../shared]

The eligibility and repeat rules of `frozen4_selection.py` (its helpers are imported), in normal case
(never multinews-plus), against every labels file there was when this set was drawn (quotes-and-entities,
alignment and context files alike), with a new seed. An article is eligible when it has at most 6,000
characters, holds at least 4 quotations of 4+ words, no labels file holds it and it repeats no article a
labels file holds or one drawn before it (half or more of its 5-word runs in the other):

* DUC 2003 task 2 dev: topics shuffled, one article each (drawn at random) until there are 8;
* DUC 2006 dev: topics other than the 14 given to the alignment labeller of the same session, shuffled
  with the same generator, one article each until there are 4;
* LongBench Multi-News dev (raw scraped articles, like the hidden test set): lines no labels file uses,
  shuffled with the same generator, one article each;
* MultiLing 2011 English dev, only when the set still has fewer than 18 articles or 160 quotations of 4+
  words: topics shuffled, one article each until it has both.
"""

from __future__ import annotations

import json
from pathlib import Path

# run as a script: its folder is on sys.path
from frozen3_selection import labelled_texts, used_documents
from frozen4_selection import Drawing, _candidates, read_data, report
from frozen7_selection import DUC_TOPICS

SEED = 20261130 + 8
DUC2003 = "duc2003-task2-dev.jsonl"
MULTILING = "multiling2011-en-dev.jsonl"
DUC2003_ARTICLES, DUC2006_ARTICLES = 8, 4
MIN_ARTICLES = 18
# above 150: the script's count of quotations of 4+ words runs a little above the labelled count
TARGET_QUOTATIONS = 160
# the DUC 2006 topics of the alignment labeller of session 8: the 14 that frozen7 drew from
ALIGN_TOPICS = frozenset(DUC_TOPICS)
# Every labels file there was when this set was drawn (later ones must not change the draw).
DRAWN_AGAINST = (
    "align-frozen.json",
    "align-frozen2.json",
    "align-frozen3.json",
    "align-frozen4.json",
    "align-frozen5.json",
    "align-frozen6.json",
    "align-tune.json",
    "align-tune2.json",
    "analysis.json",
    "context-frozen.json",
    "context-frozen2.json",
    "context-frozen3.json",
    "frozen-unseen.json",
    "frozen2-unseen.json",
    "frozen3-unseen.json",
    "frozen4-unseen.json",
    "frozen5-unseen.json",
    "frozen6-unseen.json",
    "frozen7-unseen.json",
    "heldout.json",
)


def used_articles(labels_dir: Path, files: tuple[str, ...] = DRAWN_AGAINST) -> dict[str, set[int]]:
    """Story id -> document indices any of the labels `files` holds: `frozen3_selection.used_documents`
    reads the quotes-and-entities, early alignment and context files; later alignment files list their
    documents as plain indices."""
    used = used_documents(labels_dir, tuple(f for f in files if not f.startswith("align-")))
    for name in files:
        if not name.startswith("align-"):
            continue
        for story in json.loads((labels_dir / name).read_text(encoding="utf-8"))["stories"]:
            refs = {pair[k][0] for pair in story["pairs"] for k in "ab"} | set(story.get("docs", []))
            used.setdefault(story["story"], set()).update(refs)
    return used


def _article_candidates(rows: list[dict], used: dict[str, set[int]], seen: list[set]) -> dict[str, list[int]]:
    """Story id -> its eligible articles that no labels file holds."""
    cands = _candidates(rows, set(), seen)
    return {s: c for s, js in cands.items() if (c := [j for j in js if j not in used.get(s, ())])}


def _one_each(d: Drawing, stories: list[str], most: int | None, before: int = 0) -> list[tuple[str, int]]:
    """One article a story, in the given order, until `most`; with None, until the set (`before`
    articles drawn earlier and these) holds `MIN_ARTICLES` articles and `TARGET_QUOTATIONS` quotations."""
    picks: list[tuple[str, int]] = []
    for story in stories:
        if most is not None and len(picks) >= most:
            break
        if most is None and before + len(picks) >= MIN_ARTICLES and d.total >= TARGET_QUOTATIONS:
            break
        picks += d.take(story, 1)
    return picks


def draw(
    duc2003: list[dict],
    duc2006: list[dict],
    longbench: list[dict],
    multiling: list[dict],
    used: dict[str, set[int]],
    labelled: list[str],
) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(story id, document index) of the drawn DUC and MultiLing articles (in file order) and of the
    LongBench articles (in line order)."""
    d = Drawing(SEED, duc2003 + duc2006 + multiling, longbench, labelled)
    other: list[tuple[str, int]] = []
    d.docs_of = _article_candidates(duc2003, used, d.seen)
    other += _one_each(d, d.rng.sample(sorted(d.docs_of), len(d.docs_of)), DUC2003_ARTICLES)
    rows = [r for r in duc2006 if r["id"] not in ALIGN_TOPICS]
    d.docs_of = _article_candidates(rows, used, d.seen)
    other += _one_each(d, d.rng.sample(sorted(d.docs_of), len(d.docs_of)), DUC2006_ARTICLES)
    order = {r["id"]: i for i, r in enumerate(longbench)}
    d.docs_of = _candidates(longbench, set(used), d.seen)
    lb = d.rng.sample(sorted(d.docs_of, key=order.__getitem__), len(d.docs_of))
    lb_picks = _one_each(d, lb, len(lb))
    d.docs_of = _article_candidates(multiling, used, d.seen)
    stories = d.rng.sample(sorted(d.docs_of), len(d.docs_of))
    other += _one_each(d, stories, None, len(other) + len(lb_picks))
    return sorted(other), sorted(lb_picks, key=lambda p: (order[p[0]], p[1]))


def main() -> None:
    data_dir, duc2006, longbench = read_data(__doc__.splitlines()[0])

    def read(name: str) -> list[dict]:
        return [json.loads(line) for line in (data_dir / name).read_text(encoding="utf-8").splitlines()]

    duc2003, multiling = read(DUC2003), read(MULTILING)
    used = used_articles(Path(__file__).resolve().parent)
    other, lb_picks = draw(duc2003, duc2006, longbench, multiling, used, labelled_texts(data_dir, used))
    report(duc2003 + duc2006 + multiling, longbench, other, lb_picks)


if __name__ == "__main__":
    main()
