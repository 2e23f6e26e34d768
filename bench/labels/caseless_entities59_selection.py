"""How the articles of `caseless-entities-fresh59.json` were drawn (fixed seed); prints them.

    python bench/labels/caseless_entities59_selection.py [--shared ../shared] [--closed FILE] [--seed N]

A case-less entities-only set (session 59, issue 15; drawn as sessions 56 to 58's sets): first articles of
stories of the training file (`multinews-plus-train.jsonl.gz`, lower-cased Multi-News text nobody tunes
on). A story is eligible when the closed list (`/work/coord/s59/closed.txt`) and no labels file in
bench/labels/ names it, and its first article has 500 to 1,500 characters (short enough to label every
name by hand) and is case-less (under 3 % of its mid-sentence words capitalised). `random.Random(SEED)`
draws `COUNT` eligible stories from the sorted ids; `--seed 5946` gives the readable second draw (tuning,
never labelled as frozen).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

from draws import story_ids  # run as a script: its folder is on sys.path

SEED = 5945
COUNT = 40
DATA = "multinews-plus-train.jsonl.gz"
MIN_CHARS, MAX_CHARS = 500, 1500
MAX_CAPITALISED = 0.03
# every labels file there was at the draw (later ones must not change it)
DRAWN_AGAINST = (
    *(f"align-frozen{k}.json" for k in ("", 2, 3, 4, 5, 6, 7, 8)),
    "align-tune.json", "align-tune2.json", "analysis.json", "caseless-entities-frozen35.json",
    "caseless-entities-frozen56.json", "caseless-frozen35.json", "conflicts-frozen54.json",
    "conflicts-tune54.json", "conflicts-tune55.json",
    "context-did50.json", *(f"context-frozen{k}.json" for k in ("", 2, 3, 4)), "entities-frozen35.json",
    "entities-frozen37.json", *(f"frozen{k}-unseen.json" for k in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)),
    "caseless-entities-fresh57.json", "conflicts-fresh57.json", "context-fresh56.json",
    "context-fresh57.json", "heldout.json", "speakers-fresh56.json", "speakers-fresh57.json",
    "caseless-entities-fresh58.json", "conflicts-fresh58.json", "speakers-fresh58.json",
    "speakers-frozen36.json", "term-readings.json", "terms-frozen38.json", "terms-tune39.json",
)  # fmt: skip


def train_rows(shared: Path) -> list[dict]:
    """The stories of the training file."""
    with gzip.open(shared / "data" / DATA, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def caseless(text: str) -> bool:
    """Under `MAX_CAPITALISED` of the words that follow another word (not a sentence end) are capitalised."""
    words = re.findall(r"(?<=[a-z,;] )[A-Za-z]\w*", text)
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) < MAX_CAPITALISED


def draw(rows: list[dict], used: set[str], seed: int) -> list[str]:
    """The drawn story ids, in draw order."""
    ids = sorted(
        r["id"]
        for r in rows
        if r["id"] not in used
        and MIN_CHARS <= len(r["documents"][0]) <= MAX_CHARS
        and caseless(r["documents"][0])
    )
    return random.Random(seed).sample(ids, COUNT)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    ap.add_argument("--closed", default="/work/coord/s59/closed.txt")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    here = Path(__file__).resolve().parent
    rows = train_rows(Path(args.shared))
    closed_path = Path(args.closed)
    closed = set(closed_path.read_text().split()) if closed_path.exists() else set()
    for story in draw(rows, story_ids(here, DRAWN_AGAINST) | closed, args.seed):
        row = next(r for r in rows if r["id"] == story)
        print(story, f"article 0, {len(row['documents'][0])} chars")


if __name__ == "__main__":
    main()
