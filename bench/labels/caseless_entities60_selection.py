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

from caseless_entities58_selection import draw as draw  # session 58's draw: the same eligibility
from caseless_entities58_selection import train_rows as train_rows
from caseless_entities59_selection import DRAWN_AGAINST as DRAWN_AGAINST_59
from caseless_entities59_selection import main as main59  # session 59's listing

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
    """Session 59's listing (`caseless_entities59_selection.main`) with this set's docstring, labels, seed."""
    main59(__doc__, DRAWN_AGAINST, SEED, "/work/coord/s60/closed.txt")


if __name__ == "__main__":
    main()
