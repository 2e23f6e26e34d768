"""The draw of `citations-fresh59.json`: the PRECISION of what a reader sees on training stories nobody read
(session 59, issue 14): every multi-source citation marker of the summary ("[1,2]") and every agreement item
("all N sources" / "k of N sources") of default-length briefs.

    python bench/labels/citations_fresh59_selection.py [--shared ../shared] [--seed 5941] [--stories 40]
                                                       [--closed FILE] [--write FILE]

Eligible: a story of `multinews-plus-train.jsonl.gz` with two articles or more that no label file of this
folder names (any `multinews-train-N` written in it when the set was drawn) and that `--closed` does not list.
`random.Random(seed).sample` orders the eligible ids (file order); each story's brief is made in that order
(`newsbrief.pipeline.brief`, the default options: `bench_agreement.brief_items`) and a story with at least one
multi-source citation or agreement item is kept, until `--stories` are kept (stories with nothing to label are
counted, not stored). `--write` stores them: each citation's summary sentence (labelled "yes": it states
itself) then each supporting sentence, and each agreement item's sentences, labelled "?" to be read by hand
("yes": it states the point; "no": it does not). Scored by `bench_agreement.py` (citations and agreement).
The set (session 59): `--closed` the session's closed list at 19:22 UTC (sha1 a100731e, 4,846 ids), 2,162
eligible stories, 196 briefed, 40 kept (50 citations, 15 agreement items). `--seed 5942` drew the read tuning
set `citations-tune59.json` the same way (its first 40, then 51 more with `--stories 90`).
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

OUT = "citations-fresh59.json"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=HERE.parents[2] / "shared")
    ap.add_argument("--seed", type=int, default=5941)
    ap.add_argument("--stories", type=int, default=40)
    ap.add_argument("--closed", type=Path, default=None)
    ap.add_argument("--write", type=Path, default=None)
    args = ap.parse_args()
    path = args.shared / "data" / TRAIN
    if not path.is_file():
        raise SystemExit(f"citations_fresh59_selection: no training file at {path}")
    exclude = labelled_ids(HERE, OUT)
    if args.closed:
        exclude |= set(args.closed.read_text(encoding="utf-8").split())
    docs = {
        r["id"]: r["documents"]
        for r in rows(path)
        if r["id"] not in exclude and sum(bool(d.strip()) for d in r["documents"]) >= 2
    }
    order = random.Random(args.seed).sample(sorted(docs, key=_number), len(docs))
    stories, tried = [], 0
    for sid in order:
        if len(stories) >= args.stories:
            break
        tried += 1
        cited, shared = brief_items(sid, docs[sid])
        if not cited and not shared:
            continue

        def marks(it: dict, first: str) -> dict:
            srcs = [[*s, first if k == 0 else "?"] for k, s in enumerate(it["sources"])]
            return {"label": it["label"], "sources": srcs, "note": ""}

        stories.append(
            {
                "story": sid,
                "citations": [marks(it, "yes") for it in cited],
                "agreement": [marks(it, "?") for it in shared],
            }
        )
        print(f"{sid}: {len(cited)} citations, {len(shared)} agreement items", flush=True)
    print(f"{len(docs)} eligible; {tried} briefed; {len(stories)} kept")
    if args.write:
        spec = {
            "data": TRAIN,
            "about": "session 59 facts59: multi-source citations and agreement items of default briefs on "
            "unread "
            "training stories (citations_fresh59_selection.py); labelled before any change",
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
