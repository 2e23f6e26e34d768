"""The timeline rule (`summarize/timeline.py`) on dated news clusters: does dating a story change its summary?

    python bench/bench_timeline.py [--shared ../shared] [--data duc2003-task2-dev.jsonl] [--words 100]

No dev file carries article dates but MultiLing's (date lines in the text), yet feeds and saved pages date
every article. DUC files name each document by its wire id ("APW19981016.0123"): this bench dates every
document from its id, as a feed would, runs the default summarizer on each story undated and dated (the
eval's preparation and ROUGE, recall at `--words`), and prints how many summaries the dates change (only
the timeline rule reads a date) and ROUGE-1 / ROUGE-2 both ways. A DUC cluster is one topic followed by
several wires: a timeline of leads there scores below the default's summary.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from dataclasses import fields, replace
from pathlib import Path

from newsbrief.evaluation.prepare import ReferencedStory, prepare
from newsbrief.evaluation.rouge import Rouge, truncate
from newsbrief.ingest.stories import StoryRecord
from newsbrief.model import Budget
from newsbrief.summarize.default import DefaultSummarizer

SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", Path(__file__).resolve().parents[2] / "shared"))
_WIRE_DAY = re.compile(r"((?:19|20)\d\d)(\d\d)(\d\d)")  # "APW19981016.0123": 1998-10-16


def dated(story: ReferencedStory, doc_ids: list[str]) -> ReferencedStory | None:
    """The story with each document dated from its wire id (None when an id names no day)."""
    days = [_WIRE_DAY.search(d) for d in doc_ids]
    if len(days) != len(story.documents) or not all(days):
        return None
    kept = {f.name: getattr(story, f.name) for f in fields(story)}
    kept["documents"] = tuple(
        replace(d, date=f"{m[1]}-{m[2]}-{m[3]}") for d, m in zip(story.documents, days, strict=True)
    )
    return ReferencedStory(**kept)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--data", default="duc2003-task2-dev.jsonl")
    ap.add_argument("--words", type=int, default=100)
    args = ap.parse_args()
    rouge, budget, default = Rouge(), Budget(words=args.words), DefaultSummarizer()
    totals = {"undated": [0.0, 0.0], "dated": [0.0, 0.0]}
    n = changed = 0
    for line in (args.shared / "data" / args.data).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        p = prepare(StoryRecord(r["id"], tuple(r["documents"]), tuple(r["summaries"]), {}))
        both = p.story, dated(p.story, r.get("doc_ids", []))
        if both[1] is None:
            continue
        chosen = [default.select(s, budget) for s in both]
        changed += chosen[0] != chosen[1]
        for name, s, c in zip(totals, both, chosen, strict=True):
            sc = rouge.score(truncate([s.sentences[i].text for i in c], args.words), p.references)
            totals[name][0] += sc["rouge1"]["r"]
            totals[name][1] += sc["rouge2"]["r"]
        n += 1
    print(f"{args.data}: {n} stories dated from their document ids, {changed} summaries changed by the dates")
    for name, (r1, r2) in totals.items():
        k = max(n, 1)
        print(f"  {name:8s} R1 {100 * r1 / k:.2f}  R2 {100 * r2 / k:.2f}  (recall, {args.words} w)")


if __name__ == "__main__":
    main()
