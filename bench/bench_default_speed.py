"""Speed of the default summarizer against sumy's LexRank, same stories, same process.

    python bench/bench_default_speed.py [--data FILE] [--words 250] [--limit N]

Per story (LongBench Multi-News dev by default) from a fresh `Story` (no cached vectors), so every
time includes building the TF-IDF vectors: `default` (features + learned score + selection),
`default` selection alone on a warmed story (what `newsbrief eval` times), sumy's LexRank on the same
candidate sentences (bench/bench_sumy.py's adapter), and the whole brief without analysis
(segment + summarize + cite). Medians in ms and the sumy / default ratio.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsbrief.evaluation.prepare import Prepared, prepare, warm
from newsbrief.ingest.stories import StoryRecord, iter_stories
from newsbrief.pipeline import brief_from_documents
from newsbrief.summarize.base import Budget, Story
from newsbrief.summarize.default import DefaultSummarizer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_sumy import run_sumy, sumy_summarizers

DATA = Path(__file__).resolve().parents[2] / "shared/data/longbench-multinews-dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--words", type=int, default=250)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--passes", type=int, default=2, help="passes over the stories; the last is reported")
    args = ap.parse_args()
    stories: list[Prepared] = []
    for item in iter_stories(args.data):
        if isinstance(item, StoryRecord):
            p = prepare(item)
            if isinstance(p, Prepared):
                stories.append(p)
        if args.limit and len(stories) >= args.limit:
            break
    budget = Budget(words=args.words)
    default = DefaultSummarizer()
    lexrank = sumy_summarizers()["lexrank"]
    default.select(stories[0].story, budget)  # load weights and tables once
    for k in range(args.passes):
        ms = one_pass(stories, budget, default, lexrank, args.words)
        report(ms, stories, args, f"pass {k + 1} of {args.passes}" + (" (cold caches)" if k == 0 else ""))


def one_pass(stories, budget, default, lexrank, words):  # type: ignore[no-untyped-def]
    ms: dict[str, list[float]] = {k: [] for k in ("default", "default, warmed", "sumy lexrank", "brief")}
    for p in stories:
        fresh = Story(p.story.documents, p.story.sentences)
        t = time.perf_counter()
        default.select(fresh, budget)
        ms["default"].append((time.perf_counter() - t) * 1000)
        warm(p.story)
        t = time.perf_counter()
        default.select(p.story, budget)
        ms["default, warmed"].append((time.perf_counter() - t) * 1000)
        fresh = Story(p.story.documents, p.story.sentences)
        t = time.perf_counter()
        run_sumy(lexrank, fresh, budget)
        ms["sumy lexrank"].append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        brief_from_documents(p.story.documents, words=words, analyze=False)
        ms["brief"].append((time.perf_counter() - t) * 1000)
    return ms


def report(ms, stories, args, label):  # type: ignore[no-untyped-def]
    med = {k: statistics.median(v) for k, v in ms.items()}
    sents = statistics.median(len(p.story.sentences) for p in stories)
    title = (
        f"{args.data.name}, {label}: {len(stories)} stories, median {sents:.0f} sentences, {args.words} words"
    )
    table = Table(title=title)
    for col in ("system", "median ms / story", "p90 ms", "sumy lexrank / this"):
        table.add_column(col, justify="left" if col == "system" else "right")
    for k, v in ms.items():
        p90 = statistics.quantiles(v, n=10)[-1]
        ratio = "" if k == "sumy lexrank" else f"{med['sumy lexrank'] / max(med[k], 1e-9):.1f}x"
        table.add_row(k, f"{med[k]:.1f}", f"{p90:.1f}", ratio)
    Console(width=120).print(table)


if __name__ == "__main__":
    main()
