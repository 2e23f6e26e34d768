"""The draw of `speakers-fresh56.json`: 40 multi-article Multi-News+ training stories, `random.Random(5645)`.

    python bench/labels/speakers56_selection.py [--shared ../shared] [--seed 5645] [--stories 40]
                                                [--closed FILE] [--show N]

Eligible: a story of `multinews-plus-train.jsonl.gz` with two articles or more, one of them holding a pair
of double quotation marks, that no label file of `DRAWN_AGAINST` holds and that `--closed` (one id a line:
session 56's list of the frozen sets' stories) does not list. `--stories` are drawn with
`random.Random(seed).sample` over the eligible rows in file order. The marks of each drawn story's articles
are listed mark to mark (text between two marks, spaces trimmed) with the text around them, for labelling
by hand in the drawn order; nothing the tool attributes is shown (`--show` stops after N spans). The set
labels every quotation that is speech up to the 60th, in the drawn order (the first 14 stories, every
article of each); reads only the training file.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from draws import story_ids

HERE = Path(__file__).resolve().parent
TRAIN = "multinews-plus-train.jsonl.gz"
# the label files there were when the set was drawn (session 56)
DRAWN_AGAINST = (
    "align-frozen.json",
    "align-frozen2.json",
    "align-frozen3.json",
    "align-frozen4.json",
    "align-frozen5.json",
    "align-frozen6.json",
    "align-frozen7.json",
    "align-frozen8.json",
    "align-tune.json",
    "align-tune2.json",
    "analysis.json",
    "caseless-entities-frozen35.json",
    "caseless-frozen35.json",
    "conflicts-frozen54.json",
    "conflicts-tune54.json",
    "conflicts-tune55.json",
    "context-did50.json",
    "context-frozen.json",
    "context-frozen2.json",
    "context-frozen3.json",
    "context-frozen4.json",
    "entities-frozen35.json",
    "entities-frozen37.json",
    "frozen-unseen.json",
    "frozen10-unseen.json",
    "frozen11-unseen.json",
    "frozen2-unseen.json",
    "frozen3-unseen.json",
    "frozen4-unseen.json",
    "frozen5-unseen.json",
    "frozen6-unseen.json",
    "frozen7-unseen.json",
    "frozen8-unseen.json",
    "frozen9-unseen.json",
    "heldout.json",
    "speakers-frozen36.json",
    "term-readings.json",
    "terms-frozen38.json",
    "terms-tune39.json",
)


def marks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text between each two straight double quotation marks, spaces trimmed (the
    training text lost its paragraph breaks, so a mark may open a paragraph's quote with no mark to close
    the one before: the spans are listed mark to mark and read by hand)."""
    at = [m.start() for m in re.finditer('"', text)]
    out = []
    for a, b in itertools.pairwise(at):
        s, e = a + 1, b
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


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
    listing(draw, 5645, __doc__ or "")


def listing(draw_rows: Callable[[Path, int, int, set[str]], list[dict]], seed: int, doc: str) -> None:
    """A speakers selection's command line: the rows `draw_rows` draws (`--seed`, `seed` unless given), each
    quotation mark span of their articles listed with the text around it, in the drawn order (`--show N`
    stops after N spans); sessions 57 to 59's scripts list their draws by it too."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parents[2] / ".." / "shared")
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--stories", type=int, default=40)
    ap.add_argument("--closed", type=Path)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    closed = set(args.closed.read_text(encoding="utf-8").split()) if args.closed else set()
    n = 0
    for row in draw_rows(args.shared, args.seed, args.stories, closed):
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
