"""Speed of the default summarizer against sumy's LexRank and TextRank, same stories, same process.

    python bench/bench_default_speed.py [--data FILE] [--words 250] [--limit N] [--passes 2]

Per story (LongBench Multi-News dev by default) from a fresh `Story` (no cached vectors), so every
time includes building the TF-IDF vectors, as a user gets it: `default` (tokens, TF-IDF, features,
learned score, selection); `default` selection alone on a warmed story (what `newsbrief eval`
times); sumy's LexRank and TextRank on the same candidate sentences (bench/bench_sumy.py's adapter,
its own tokens and stems included); and the whole brief without analysis (segment + summarize +
cite). The systems take turns going first on each story. Medians in ms, p90, and each row's
speed-up over sumy's LexRank and TextRank (sumy's median / the row's median). Stems are cached per
process, so the first pass is the cold one.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsbrief import segment
from newsbrief.evaluation.prepare import Prepared, prepare, warm
from newsbrief.ingest.stories import StoryRecord, iter_stories
from newsbrief.model import BriefOptions, Budget, Story
from newsbrief.pipeline import brief_story
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
    sumy = sumy_summarizers()
    default.select(stories[0].story, budget)  # load weights and tables once
    for k in range(args.passes):
        ms = one_pass(stories, budget, default, sumy, args.words)
        report(ms, stories, args, f"pass {k + 1} of {args.passes}" + (" (cold caches)" if k == 0 else ""))


def one_pass(stories, budget, default, sumy, words):  # type: ignore[no-untyped-def]
    """Median-ready timings; the systems take turns going first on each story, so none of them
    always finds the story's text warm in the CPU caches after another one read it."""

    def fresh(p):  # type: ignore[no-untyped-def]
        return Story(p.story.documents, p.story.sentences)  # no cached vectors: time it all

    def resegmented(st):  # type: ignore[no-untyped-def]
        return Story(st.documents, segment.split_all(st.documents))  # as a brief does: segment included

    def warmed(p):  # type: ignore[no-untyped-def]
        warm(p.story)
        return p.story

    systems = {
        "default": (fresh, lambda st: default.select(st, budget)),
        "default, warmed": (warmed, lambda st: default.select(st, budget)),
        "sumy lexrank": (fresh, lambda st: run_sumy(sumy["lexrank"], st, budget)),
        "sumy textrank": (fresh, lambda st: run_sumy(sumy["textrank"], st, budget)),
        "brief": (fresh, lambda st: brief_story(resegmented(st), BriefOptions(words=words, analysis=False))),
    }
    names = list(systems)
    ms: dict[str, list[float]] = {k: [] for k in names}
    for k, p in enumerate(stories):
        for name in names[k % len(names) :] + names[: k % len(names)]:
            make, run = systems[name]
            story = make(p)
            t = time.perf_counter()
            run(story)
            ms[name].append((time.perf_counter() - t) * 1000)
    return ms


def report(ms, stories, args, label):  # type: ignore[no-untyped-def]
    med = {k: statistics.median(v) for k, v in ms.items()}
    sents = statistics.median(len(p.story.sentences) for p in stories)
    title = (
        f"{args.data.name}, {label}: {len(stories)} stories, median {sents:.0f} sentences, {args.words} words"
    )
    table = Table(title=title)
    for col in ("system", "median ms / story", "p90 ms", "sumy lexrank / this", "sumy textrank / this"):
        table.add_column(col, justify="left" if col == "system" else "right")
    for k, v in ms.items():
        p90 = statistics.quantiles(v, n=10)[-1]
        refs = ("sumy lexrank", "sumy textrank")
        ratios = ["" if k == ref else f"{med[ref] / max(med[k], 1e-9):.1f}x" for ref in refs]
        table.add_row(k, f"{med[k]:.2f}", f"{p90:.2f}", *ratios)
    Console(width=120).print(table)


if __name__ == "__main__":
    main()
