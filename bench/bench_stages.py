"""Median milliseconds per story for each pipeline stage; prints a table.

    python bench/bench_stages.py [--data ../shared/data/longbench-multinews-dev.jsonl] [--method default]
                                 [--limit N] [--no-analysis]

Each story is run through `newsbrief.pipeline.brief` exactly as the CLI does, after one warm-up story
(imports and model tables load once per process, as in a batch worker). The per-stage figures come
from the brief's own `timings_ms`; "total" is wall time around the whole call.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from newsbrief.ingest.stories import StoryRecord, iter_stories
from newsbrief.model import RawDoc
from newsbrief.pipeline import brief

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/data/longbench-multinews-dev.jsonl"


def raws(story: StoryRecord) -> list[RawDoc]:
    return [RawDoc(id=str(i), source=f"{story.id}#{i}", raw=d) for i, d in enumerate(story.documents)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--method", default="default")
    ap.add_argument("--words", type=int, default=250)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-analysis", action="store_true")
    args = ap.parse_args()
    stories = [s for s in iter_stories(args.data) if isinstance(s, StoryRecord)][: args.limit]
    brief(raws=raws(stories[0]), words=args.words, method=args.method, analysis=not args.no_analysis)
    stages: dict[str, list[float]] = {}
    for story in stories:
        t = time.perf_counter()
        b = brief(raws=raws(story), words=args.words, method=args.method, analysis=not args.no_analysis)
        total = (time.perf_counter() - t) * 1000
        for name, ms in {**b.timings_ms, "total": total}.items():
            stages.setdefault(name, []).append(ms)
    print(f"{len(stories)} stories from {Path(args.data).name}, method={args.method}, words={args.words}")
    print(f"{'stage':12} {'median ms':>10} {'p90 ms':>8} {'mean ms':>8}")
    for name, values in stages.items():
        values.sort()
        p90 = values[int(0.9 * (len(values) - 1))]
        print(f"{name:12} {statistics.median(values):10.2f} {p90:8.2f} {statistics.fmean(values):8.2f}")


if __name__ == "__main__":
    main()
