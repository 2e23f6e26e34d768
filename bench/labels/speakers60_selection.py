"""The draw of `speakers-fresh60.json`: 40 multi-article Multi-News+ training stories, `random.Random(6043)`.

    python bench/labels/speakers60_selection.py [--shared ../shared] [--seed 6043] [--stories 40]
                                                [--closed FILE] [--show N]

As `speakers59_selection.py` (the same eligibility, draw and listing), drawn against every label file there
was in session 60, session 59's fresh and tuning sets among them, and `--closed` (session 60's list of the
frozen sets' stories, as it stood at 22:35 UTC). The set labels every quotation that is speech up to the 60th,
in the drawn order (every article of each story it reaches); reads only the training file. A draw over
"eligible minus closed" changes when the closed list grows: the committed file is the set, not a rerun of this
script.
"""

from __future__ import annotations

from pathlib import Path

from draws import story_ids
from speakers56_selection import listing
from speakers57_selection import draw as draw_57
from speakers59_selection import DRAWN_AGAINST as DRAWN_AGAINST_59

HERE = Path(__file__).resolve().parent
# the label files there were when the set was drawn (session 60)
DRAWN_AGAINST = (
    *DRAWN_AGAINST_59,
    "caseless-entities-fresh59.json",
    "citations-fresh59.json",
    "citations-tune59.json",
    "context-fresh59.json",
    "speakers-fresh59.json",
)
SEED = 6043


def draw(shared: Path, seed: int, stories: int, closed: set[str]) -> list[dict]:
    """The drawn rows, in the drawn order (session 57's draw, skipping this session's label files too)."""
    return draw_57(shared, seed, stories, closed | story_ids(HERE, DRAWN_AGAINST))


def main() -> None:
    listing(draw, SEED, __doc__ or "")


if __name__ == "__main__":
    main()
