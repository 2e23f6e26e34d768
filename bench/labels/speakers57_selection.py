"""The draw of `speakers-fresh57.json`: 40 multi-article Multi-News+ training stories, `random.Random(5744)`.

    python bench/labels/speakers57_selection.py [--shared ../shared] [--seed 5744] [--stories 40]
                                                [--closed FILE] [--show N]

As `speakers56_selection.py` (the same eligibility, draw and listing), drawn against every label file there
was in session 57, `speakers-fresh56.json` among them, and `--closed` (session 57's list of the frozen sets'
stories). The set labels every quotation that is speech up to the 60th, in the drawn order (every article of
each story it reaches); reads only the training file.
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

from draws import story_ids
from speakers56_selection import DRAWN_AGAINST as DRAWN_AGAINST_56
from speakers56_selection import TRAIN, listing, marks

HERE = Path(__file__).resolve().parent
# the label files there were when the set was drawn (session 57)
DRAWN_AGAINST = (
    *DRAWN_AGAINST_56,
    "caseless-entities-frozen56.json",
    "context-fresh56.json",
    "speakers-fresh56.json",
)


def draw(shared: Path, seed: int, stories: int, closed: set[str]) -> list[dict]:
    """The drawn rows, in the drawn order."""
    skip = closed | story_ids(HERE, DRAWN_AGAINST)
    with gzip.open(shared / "data" / TRAIN, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    ok = [
        r
        for r in rows
        if len(r["documents"]) >= 2 and r["id"] not in skip and any(marks(t) for t in r["documents"])
    ]
    return random.Random(seed).sample(ok, stories)


def main() -> None:
    listing(draw, 5744, __doc__ or "")


if __name__ == "__main__":
    main()
