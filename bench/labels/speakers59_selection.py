"""The draw of `speakers-fresh59.json`: 40 multi-article Multi-News+ training stories, `random.Random(5943)`.

    python bench/labels/speakers59_selection.py [--shared ../shared] [--seed 5943] [--stories 40]
                                                [--closed FILE] [--show N]

As `speakers58_selection.py` (the same eligibility, draw and listing), drawn against every label file there
was in session 59, session 58's fresh sets among them, and `--closed` (session 59's list of the frozen sets'
stories, as it stood at 19:25 UTC). The set labels every quotation that is speech up to the 60th, in the drawn
order (every article of each story it reaches); reads only the training file. A draw over "eligible minus
closed" changes when the closed list grows: the committed file is the set, not a rerun of this script.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from draws import story_ids
from speakers56_selection import marks
from speakers57_selection import draw as draw_57
from speakers58_selection import DRAWN_AGAINST as DRAWN_AGAINST_58

HERE = Path(__file__).resolve().parent
# the label files there were when the set was drawn (session 59)
DRAWN_AGAINST = (
    *DRAWN_AGAINST_58,
    "caseless-entities-fresh58.json",
    "conflicts-fresh58.json",
    "speakers-fresh58.json",
)
SEED = 5943


def draw(shared: Path, seed: int, stories: int, closed: set[str]) -> list[dict]:
    """The drawn rows, in the drawn order (session 57's draw, skipping this session's label files too)."""
    return draw_57(shared, seed, stories, closed | story_ids(HERE, DRAWN_AGAINST))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parents[2] / ".." / "shared")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--stories", type=int, default=40)
    ap.add_argument("--closed", type=Path)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    closed = set(args.closed.read_text(encoding="utf-8").split()) if args.closed else set()
    n = 0
    for row in draw(args.shared, args.seed, args.stories, closed):
        for d, text in enumerate(row["documents"]):
            for s, e in marks(text):
                n += 1
                a = max(text.rfind("NEWLINE_CHAR", 0, s), s - 700, 0)
                b = min(x for x in (text.find("NEWLINE_CHAR", e), e + 300, len(text)) if x >= 0)
                ctx = (text[a:s] + "⟦" + text[s:e] + "⟧" + text[e:b]).replace("NEWLINE_CHAR", "¶")
                print(f"#{n} {row['id']} doc {d} [{s}, {e}]\n    {' '.join(ctx.split())}\n")
                if args.show and n >= args.show:
                    return


if __name__ == "__main__":
    main()
