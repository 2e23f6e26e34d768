"""How the articles of `entities-frozen37.json` were drawn (fixed seed); prints them.

    python bench/labels/entities37_selection.py [--shared ../shared]

An entities-only set (session 37), of cased dev text only (Multi-News+ is lower-cased). An article is
eligible when its story is not closed (a story of a file frozen at the draw, `CLOSED_FILES`), no labels
file there was at the draw holds it (`DRAWN_AGAINST`: every file in bench/labels/), it has 800 to
4,500 characters (shorter ones are page stubs) and it repeats no labelled article nor one drawn before
it (half or more of its 5-word runs in the other, `frozen3_selection.repeats`). Outside the closed
stories few cased stories are left (two DUC 2006 topics, one MultiLing topic, ten DUC 2003 clusters, no
LongBench article in range), so the draw is by article: `random.Random(SEED)` shuffles every eligible
article of `SOURCES` (in file order) and takes them in that order, at most `PER_STORY` from one story,
until `COUNT`.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

# run as a script: its folder is on sys.path
from draws import story_ids
from frozen3_selection import labelled_texts, repeats, runs
from frozen8_selection import used_articles

SEED = 3777
COUNT = 12
PER_STORY = 2  # two topics hold most of the open DUC 2006 articles: keep the set from being two stories
SOURCES = (
    "longbench-multinews-dev.jsonl",
    "duc2003-task2-dev.jsonl",
    "duc2006-dev.jsonl",
    "multiling2011-en-dev.jsonl",
)
MIN_CHARS, MAX_CHARS = 800, 4500
# Every labels file there was at the draw (later ones must not change it)
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
    "speakers-frozen36.json",
)
# the files frozen at the draw: no article of their stories is eligible (only their story ids are read; on
# the cased sources these are the stories of session 37's closed list)
CLOSED_FILES = (
    "frozen9-unseen.json",
    "frozen10-unseen.json",
    "frozen11-unseen.json",
    "context-frozen4.json",
    "align-frozen7.json",
    "align-frozen8.json",
    "entities-frozen35.json",
    "caseless-frozen35.json",
    "caseless-entities-frozen35.json",
    "speakers-frozen36.json",
)


def closed_stories(labels_dir: Path) -> set[str]:
    """The story ids of `CLOSED_FILES`."""
    return story_ids(labels_dir, CLOSED_FILES)


def draw(data_dir: Path, closed: set[str]) -> list[tuple[str, str, int]]:
    """(source file, story id, document index) of the drawn articles, in draw order."""
    here = Path(__file__).resolve().parent
    used = used_articles(here, DRAWN_AGAINST)
    seen = [runs(t) for t in labelled_texts(data_dir, used)]
    pool: list[tuple[str, str, int, str]] = []
    for name in SOURCES:
        for line in (data_dir / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["id"] in closed:
                continue
            pool += [
                (name, row["id"], j, d)
                for j, d in enumerate(row["documents"])
                if j not in used.get(row["id"], ()) and MIN_CHARS <= len(d) <= MAX_CHARS
            ]
    rng = random.Random(SEED)
    rng.shuffle(pool)
    picks: list[tuple[str, str, int]] = []
    for name, story, j, text in pool:
        if len(picks) >= COUNT:
            break
        if sum(p[1] == story for p in picks) >= PER_STORY or repeats(text, seen):
            continue
        seen.append(runs(text))
        picks.append((name, story, j))
    return picks


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    args = ap.parse_args()
    closed = closed_stories(Path(__file__).resolve().parent)
    for name, story, doc in draw(Path(args.shared) / "data", closed):
        print(name, story, doc)


if __name__ == "__main__":
    main()
