"""Milliseconds the align stage adds per story, against the stages around it; prints a table.

    python bench/bench_align_speed.py [--data ../shared/data/longbench-multinews-dev.jsonl] [--limit N]
                                      [--repeat 3] [--weights W.json]

Each story is cleaned and segmented once (`prepare_story`), then, in the same process and in
rotating order, timed `--repeat` times each: `align` (the stage: sentence features, blocking, pair
evidence, link rules), the TF-IDF vectors and similarity every summarizer already builds (the
baseline the issue compared against), and the default summarizer. One core (the machine's other
core is left to the OS). Times are CPU time of this process (`time.process_time`), so other work on a
shared machine does not inflate them; the figure quoted is the median over stories of each story's
best run.
`--weights FILE` also times the stage with another fact-scorer table in the same rotation (an A/B in
one process, e.g. a table from `scripts/train_align.py --out`), with the median per-story ratio.
Also printed: sentences, candidate pairs after blocking and links per story (medians), so the cost
can be read against the work done.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

from newsbrief.align import align
from newsbrief.align.features import article_year, sentence_facts, story_casing
from newsbrief.align.pairs import candidates
from newsbrief.ingest.stories import StoryRecord, iter_stories
from newsbrief.model import Budget, RawDoc, Story
from newsbrief.pipeline import prepare_story
from newsbrief.summarize import get

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/data/longbench-multinews-dev.jsonl"


def fresh(story: Story) -> Story:
    """The same documents and sentences without cached vectors or alignment."""
    return Story(story.documents, story.sentences)


def best_ms(fn, repeat: int) -> float:
    out = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        out.append((time.process_time() - t) * 1000)
    return min(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--weights", type=Path, help="also time align with this weights table (A/B, same process)"
    )
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    records = [s for s in iter_stories(args.data) if isinstance(s, StoryRecord)][: args.limit]
    stories = []
    for r in records:
        raws = [RawDoc(id=str(i), source=f"{r.id}#{i}", raw=d) for i, d in enumerate(r.documents)]
        stories.append(prepare_story(raws))
    default = get("default")
    align(stories[0])  # warm-up: data tables load once per process
    default.select(fresh(stories[0]), Budget(words=250))
    jobs = {
        "align": lambda s: align(fresh(s)),
        "tfidf similarity": lambda s: fresh(s).vectors.neighbours,
        "summarize (default)": lambda s: default.select(fresh(s), Budget(words=250)),
    }
    if args.weights:  # another fact-scorer table (scripts/train_align.py --out W.json)
        other = json.loads(args.weights.read_text(encoding="utf-8"))
        align(stories[0], other)
        jobs[f"align ({args.weights.name})"] = lambda s: align(fresh(s), other)
    times: dict[str, list[float]] = {k: [] for k in jobs}
    sizes: dict[str, list[int]] = {"sentences": [], "candidate pairs": [], "links": []}
    for n, story in enumerate(stories):
        names = list(jobs)
        names = names[n % len(names) :] + names[: n % len(names)]  # rotate who goes first
        for name in names:
            times[name].append(best_ms(lambda s=story, f=jobs[name]: f(s), args.repeat))
        casing = story_casing([x.text for x in story.sentences])
        years = [article_year(d.date) for d in story.documents]
        facts = [
            sentence_facts(k, x.doc, x.text, casing, years[x.doc]) for k, x in enumerate(story.sentences)
        ]
        sizes["sentences"].append(len(story.sentences))
        sizes["candidate pairs"].append(len(candidates(facts)))
        sizes["links"].append(len(align(fresh(story)).links))
    base = statistics.median(times["tfidf similarity"])
    print(f"{len(stories)} stories from {Path(args.data).name}, one core, CPU ms, best of {args.repeat}")
    width = max(22, *(len(n) for n in times))
    print(f"{'step':{width}} {'median ms':>10} {'p90 ms':>8} {'vs tfidf':>9}")
    for name, values in times.items():
        values = sorted(values)
        p90 = values[int(0.9 * (len(values) - 1))]
        med = statistics.median(values)
        print(f"{name:{width}} {med:10.2f} {p90:8.2f} {med / base:8.1f}x")
    for name in [n for n in times if n.startswith("align (")]:
        ratios = [b / a for a, b in zip(times["align"], times[name], strict=True) if a > 0]
        print(f"{name} / align, per story: median ratio {statistics.median(ratios):.3f}")
    print()
    print(f"{'per story':22} {'median':>10} {'max':>8}")
    for name, values in sizes.items():
        print(f"{name:22} {statistics.median(values):10.0f} {max(values):8d}")


if __name__ == "__main__":
    main()
