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
from pathlib import Path

from caseless_entities58_selection import DRAWN_AGAINST as DRAWN_AGAINST_58
from caseless_entities58_selection import draw, train_rows  # session 58's draw: the same eligibility
from draws import story_ids  # run as a script: its folder is on sys.path

SEED = 5945
# every labels file there was at the draw (later ones must not change it): session 58's and its fresh sets
DRAWN_AGAINST = (
    *DRAWN_AGAINST_58,
    "caseless-entities-fresh58.json",
    "conflicts-fresh58.json",
    "speakers-fresh58.json",
)


def main(
    doc: str = __doc__,
    drawn_against: tuple[str, ...] = DRAWN_AGAINST,
    seed: int = SEED,
    closed: str = "/work/coord/s59/closed.txt",
) -> None:
    """List the draw. Session 60's script calls it with its docstring, label list, seed and closed list."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    ap.add_argument("--closed", default=closed)
    ap.add_argument("--seed", type=int, default=seed)
    args = ap.parse_args()
    here = Path(__file__).resolve().parent
    rows = train_rows(Path(args.shared))
    closed_path = Path(args.closed)
    shut = set(closed_path.read_text().split()) if closed_path.exists() else set()
    for story in draw(rows, story_ids(here, drawn_against) | shut, args.seed):
        row = next(r for r in rows if r["id"] == story)
        print(story, f"article 0, {len(row['documents'][0])} chars")


if __name__ == "__main__":
    main()
