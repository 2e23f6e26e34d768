"""The draw of `speakers-fresh57.json`: 40 multi-article Multi-News+ training stories, `random.Random(5744)`.

    python bench/labels/speakers57_selection.py [--shared ../shared] [--seed 5744] [--stories 40]
                                                [--closed FILE] [--show N]

As `speakers56_selection.py` (the same eligibility, draw and listing), drawn against every label file there
was in session 57, `speakers-fresh56.json` among them, and `--closed` (session 57's list of the frozen sets'
stories). The set labels every quotation that is speech up to the 60th, in the drawn order (every article of
each story it reaches); reads only the training file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

from draws import story_ids
from speakers56_selection import DRAWN_AGAINST as DRAWN_AGAINST_56
from speakers56_selection import TRAIN, marks

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
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parents[2] / ".." / "shared")
    ap.add_argument("--seed", type=int, default=5744)
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
