"""How the articles of `caseless-entities-fresh60.json` were drawn (fixed seed); prints them.

    python bench/labels/caseless_entities60_selection.py [--shared ../shared] [--closed FILE] [--seed N]

A case-less entities-only set (session 60, issue 15; drawn as sessions 56 to 59's sets): first articles of
stories of the training file (`multinews-plus-train.jsonl.gz`, lower-cased Multi-News text nobody tunes
on). A story is eligible when the closed list (`/work/coord/s60/closed.txt`) and no labels file in
bench/labels/ at the draw names it, and its first article has 500 to 1,500 characters and is case-less
(session 58's `draw`). `random.Random(SEED)` draws 40 eligible stories from the sorted ids; `--seed 6046`
gives the readable second draw (tuning, never labelled as frozen).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from caseless_entities58_selection import draw, train_rows  # session 58's draw: the same eligibility
from caseless_entities59_selection import DRAWN_AGAINST as DRAWN_AGAINST_59
from draws import story_ids  # run as a script: its folder is on sys.path

SEED = 6045
# every labels file there was at the draw (later ones must not change it): session 59's and its new sets
DRAWN_AGAINST = (
    *DRAWN_AGAINST_59,
    "caseless-entities-fresh59.json",
    "citations-fresh59.json",
    "citations-tune59.json",
    "context-fresh59.json",
    "speakers-fresh59.json",
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    ap.add_argument("--closed", default="/work/coord/s60/closed.txt")
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
