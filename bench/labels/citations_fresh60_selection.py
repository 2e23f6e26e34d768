"""The draw of `citations-fresh60.json`: the precision of the AGREEMENT items a reader sees ("all N sources" /
"k of N sources") on training stories nobody read, with every multi-source citation marker ("[1,2]") of the
same briefs (session 60, issue 14; citations-fresh59 held 15 items only).

    python bench/labels/citations_fresh60_selection.py [--shared ../shared] [--seed 6041] [--items 60]
                                                       [--closed FILE] [--write FILE]

Eligible: as `citations_fresh59_selection.py` (a training story with two articles or more that no label file
of this folder names and that `--closed` does not list). `random.Random(seed).sample` orders the eligible ids;
each story's default brief is made in that order (`bench_agreement.brief_items`) and a story whose brief lists
at least one agreement item is kept, with all its items and all its multi-source citations, until the kept
stories hold `--items` agreement items or more (stories with none are counted, not stored: the set measures
agreement items first, and the citations of the briefs that list one). `--write` stores them in the form of
citations-fresh59.json, labelled "?" to be read by hand ("yes": it states the point; "no": it does not).
The set (session 60): `--closed` the session's closed list at 22:35 UTC (sha1 8fcaf6b4, 4,990 ids), 1,928
eligible stories, 1,243 briefed, 48 kept (60 agreement items, 50 citations), labelled before any change.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_agreement import brief_items  # noqa: E402
from bench_conflicts import TRAIN, rows  # noqa: E402
from conflicts_fresh57_selection import labelled_ids  # noqa: E402

OUT = "citations-fresh60.json"


def _marks(it: dict, first: str) -> dict:
    """A brief's item as a label entry: its own sentence marked `first`, every other one "?"."""
    srcs = [[*s, first if k == 0 else "?"] for k, s in enumerate(it["sources"])]
    return {"label": it["label"], "sources": srcs, "note": ""}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=HERE.parents[2] / "shared")
    ap.add_argument("--seed", type=int, default=6041)
    ap.add_argument("--items", type=int, default=60)
    ap.add_argument("--closed", type=Path, default=None)
    ap.add_argument("--write", type=Path, default=None)
    args = ap.parse_args()
    path = args.shared / "data" / TRAIN
    if not path.is_file():
        raise SystemExit(f"citations_fresh60_selection: no training file at {path}")
    exclude = labelled_ids(HERE, OUT)
    if args.closed:
        exclude |= set(args.closed.read_text(encoding="utf-8").split())
    docs = {
        r["id"]: r["documents"]
        for r in rows(path)
        if r["id"] not in exclude and sum(bool(d.strip()) for d in r["documents"]) >= 2
    }
    order = random.Random(args.seed).sample(sorted(docs, key=_number), len(docs))
    stories, tried, items = [], 0, 0
    for sid in order:
        if items >= args.items:
            break
        tried += 1
        cited, shared = brief_items(sid, docs[sid])
        if not shared:
            continue
        items += len(shared)
        stories.append(
            {
                "story": sid,
                "citations": [_marks(it, "yes") for it in cited],
                "agreement": [_marks(it, "?") for it in shared],
            }
        )
        print(f"{sid}: {len(cited)} citations, {len(shared)} agreement items", flush=True)
    print(f"{len(docs)} eligible; {tried} briefed; {len(stories)} kept; {items} agreement items")
    if args.write:
        spec = {
            "data": TRAIN,
            "about": "session 60 facts60: agreement items and multi-source citations of default briefs on "
            "unread training stories (citations_fresh60_selection.py); labelled before any change",
            "seed": args.seed,
            "eligible": len(docs),
            "briefed": tried,
            "stories": stories,
        }
        args.write.write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")


def _number(sid: str) -> int:
    return int(sid.rsplit("-", 1)[1])


if __name__ == "__main__":
    main()
