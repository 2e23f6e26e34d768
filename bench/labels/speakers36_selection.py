"""How the articles of `speakers-frozen36.json` were drawn (fixed seed); prints them.

    python bench/labels/speakers36_selection.py [--shared ../shared]

A quotes-and-speakers set in normal case (session 36, issue 15). Every dev story of DUC 2003, DUC 2006 and
MultiLing 2011 en has some article in a labels file by now, so the draw is by article: an article is eligible
when its story is not closed (a story of a file frozen at the draw, `CLOSED_FILES`: the same stories as
session 36's closed list), no labels file there was at the draw holds it (`DRAWN_AGAINST`: every file in
bench/labels/), it has at most `MAX_CHARS` characters, holds at least `MIN_QUOTATIONS` quotations of 4+ words
(`frozen3_selection.quotations`: 2 in DUC 2003 and MultiLing, 4 in DUC 2006) and repeats no labelled article
nor one drawn before it (half or more of its 5-word runs in the other). With `random.Random(SEED)`: first DUC
2003 and MultiLing (few eligible articles left: each source's stories shuffled, one article a story, up to
`TAKE_SMALL` a source), then DUC 2006 (topics shuffled, one article a topic per round, rounds repeated) until
the set holds `MIN_ARTICLES` articles and `TARGET_QUOTATIONS` quotations of 4+ words by the script's count.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

# run as a script: its folder is on sys.path
from draws import story_ids
from frozen3_selection import labelled_texts, quotations, repeats, runs
from frozen8_selection import used_articles

SEED = 3636
MAX_CHARS = 8000
# DUC 2003 and MultiLing have few eligible articles left, with 2 or 3 quotations each
MIN_QUOTATIONS = {"duc2003-task2-dev.jsonl": 2, "multiling2011-en-dev.jsonl": 2, "duc2006-dev.jsonl": 4}
TAKE_SMALL = 2
MIN_ARTICLES = 12
TARGET_QUOTATIONS = 90
SMALL = ("duc2003-task2-dev.jsonl", "multiling2011-en-dev.jsonl")
MAIN = "duc2006-dev.jsonl"
# Every labels file there was when this set was drawn (later ones must not change the draw)
DRAWN_AGAINST = (
    *(f"align-frozen{k}.json" for k in ("", 2, 3, 4, 5, 6, 7, 8)),
    "align-tune.json",
    "align-tune2.json",
    "analysis.json",
    "caseless-entities-frozen35.json",
    "caseless-frozen35.json",
    *(f"context-frozen{k}.json" for k in ("", 2, 3, 4)),
    "entities-frozen35.json",
    *(f"frozen{k}-unseen.json" for k in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)),
    "heldout.json",
)

# the files frozen at the draw: no article of their stories is eligible (only their story ids are read)
CLOSED_FILES = (
    "frozen9-unseen.json",
    "frozen10-unseen.json",
    "frozen11-unseen.json",
    "context-frozen4.json",
    "align-frozen7.json",
    "align-frozen8.json",
    "entities-frozen35.json",
    "caseless-frozen35.json",
)


def closed_stories(labels_dir: Path) -> set[str]:
    """The story ids of `CLOSED_FILES`."""
    return story_ids(labels_dir, CLOSED_FILES)


def _eligible(name: str, row: dict, used: dict[str, set[int]], seen: list[set]) -> list[int]:
    return [
        j
        for j, d in enumerate(row["documents"])
        if j not in used.get(row["id"], ())
        and len(d) <= MAX_CHARS
        and quotations(d) >= MIN_QUOTATIONS[name]
        and not repeats(d, seen)
    ]


def draw(data_dir: Path, closed: set[str]) -> list[tuple[str, str, int]]:
    """(source file, story id, document index) of the drawn articles, in draw order."""
    used = used_articles(Path(__file__).resolve().parent, DRAWN_AGAINST)
    seen = [runs(t) for t in labelled_texts(data_dir, used)]
    rng = random.Random(SEED)
    picks: list[tuple[str, str, int]] = []
    total = 0

    def read(name: str) -> list[dict]:
        rows = [json.loads(line) for line in (data_dir / name).read_text(encoding="utf-8").splitlines()]
        return [r for r in rows if r["id"] not in closed]

    def take(name: str, row: dict) -> bool:
        nonlocal total
        cands = _eligible(name, row, used, seen)
        if not cands:
            return False
        j = rng.choice(cands)
        seen.append(runs(row["documents"][j]))
        used.setdefault(row["id"], set()).add(j)
        picks.append((name, row["id"], j))
        total += quotations(row["documents"][j])
        return True

    for name in SMALL:
        rows = read(name)
        taken = 0
        for row in rng.sample(rows, len(rows)):
            if taken < TAKE_SMALL:
                taken += take(name, row)
    rows = read(MAIN)
    order = rng.sample(rows, len(rows))
    took = True
    while took and (len(picks) < MIN_ARTICLES or total < TARGET_QUOTATIONS):
        took = False
        for row in order:
            if len(picks) < MIN_ARTICLES or total < TARGET_QUOTATIONS:
                took = take(MAIN, row) or took
    return picks


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    args = ap.parse_args()
    closed = closed_stories(Path(__file__).resolve().parent)
    data_dir = Path(args.shared) / "data"
    total = 0
    for name, story, doc in draw(data_dir, closed):
        text = next(
            json.loads(line)["documents"][doc]
            for line in (data_dir / name).read_text(encoding="utf-8").splitlines()
            if json.loads(line)["id"] == story
        )
        total += (n := quotations(text))
        print(name, story, doc, f"({len(text)} chars, {n} quotations of 4+ words)")
    print(total, "quotations of 4+ words")


if __name__ == "__main__":
    main()
