"""How the articles of `entities-frozen35.json` were drawn (fixed seed); prints them.

    python bench/labels/entities_frozen35_selection.py [--shared ../shared]

An entities-only set (session 35). Every dev story of DUC 2003, DUC 2006 and MultiLing 2011 en has some
article in a labels file by now, so the draw is by article: an article is eligible when its story is not in
the closed list (`--closed`, the stories of the frozen files), no labels file there was at the draw holds it
(`DRAWN_AGAINST`: every quotes-and-entities, alignment and context file), it has 1,500 to 4,500 characters
and it repeats no labelled article nor one drawn before it (half or more of its 5-word runs in the other,
`frozen3_selection.repeats`). With `random.Random(SEED)`, for each source in `TAKE`'s order, its stories
are shuffled and each gives one eligible article (drawn at random) until the source has given its count:
6 articles of 6 stories. No LongBench dev article: outside the closed stories, the articles no labels file
holds are all under 1,300 characters (page stubs) but one of 35,000.
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

SEED = 3536
# source file -> articles taken from it (one a story)
TAKE = {
    "duc2003-task2-dev.jsonl": 2,
    "duc2006-dev.jsonl": 2,
    "multiling2011-en-dev.jsonl": 2,
}
MIN_CHARS, MAX_CHARS = 1500, 4500
# Every labels file there was when this set was drawn (later ones must not change the draw)
DRAWN_AGAINST = (
    *(f"align-frozen{k}.json" for k in ("", 2, 3, 4, 5, 6, 7, 8)),
    "align-tune.json",
    "align-tune2.json",
    "analysis.json",
    *(f"context-frozen{k}.json" for k in ("", 2, 3, 4)),
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
)


def closed_stories(labels_dir: Path) -> set[str]:
    """The story ids of `CLOSED_FILES`."""
    return story_ids(labels_dir, CLOSED_FILES)


def draw(data_dir: Path, closed: set[str]) -> list[tuple[str, str, int]]:
    """(source file, story id, document index) of the drawn articles, in draw order."""
    here = Path(__file__).resolve().parent
    used = used_articles(here, DRAWN_AGAINST)
    seen = [runs(t) for t in labelled_texts(data_dir, used)]
    rng = random.Random(SEED)
    picks: list[tuple[str, str, int]] = []
    for name, count in TAKE.items():
        rows = [json.loads(line) for line in (data_dir / name).read_text(encoding="utf-8").splitlines()]
        taken = 0
        for row in rng.sample(rows, len(rows)):
            if taken >= count:
                break
            if row["id"] in closed:
                continue
            cands = [
                j
                for j, d in enumerate(row["documents"])
                if j not in used.get(row["id"], ())
                and MIN_CHARS <= len(d) <= MAX_CHARS
                and not repeats(d, seen)
            ]
            if not cands:
                continue
            j = rng.choice(cands)
            seen.append(runs(row["documents"][j]))
            picks.append((name, row["id"], j))
            taken += 1
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
