"""Milliseconds the align stage adds per story, against the stages around it; prints a table.

    python bench/bench_align_speed.py [--data ../shared/data/longbench-multinews-dev.jsonl] [--limit N]
                                      [--repeat 3] [--weights W.json] [--closed FILE]
    python bench/bench_align_speed.py --against /path/to/other/checkout/src [--rounds 3] [--align-only] ...

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
`--against SRC` compares this checkout with another (a `src` directory, e.g. an export of main): it
runs this script `--rounds` times for each, alternating, in fresh processes, and prints each step's
median over the rounds for both, their ratio, and the median over stories of each story's ratio
(its best time here over its best time there, each the median over the rounds). `--align-only` times
the align stage alone (no TF-IDF nor summarizer runs): quicker rounds, the same align figure.
`--closed FILE` (story ids, one a line, as bench_align.py's) leaves those stories of the data out.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from label_scoring import closed_ids

from newsbrief.align import align
from newsbrief.align.features import article_year, sentence_facts, story_casing
from newsbrief.align.pairs import candidates
from newsbrief.ingest.stories import StoryRecord, iter_stories
from newsbrief.model import Budget, RawDoc, Story
from newsbrief.pipeline import prepare_story
from newsbrief.summarize import get

SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DEFAULT_DATA = SHARED / "data/longbench-multinews-dev.jsonl"
HERE_SRC = Path(__file__).resolve().parents[1] / "src"


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


def compare(args: argparse.Namespace) -> None:
    """Alternate fresh runs of this checkout and `args.against`; print medians over the rounds."""
    passed = ["--data", args.data, "--repeat", str(args.repeat), "--json"]
    passed += [
        *(["--limit", str(args.limit)] if args.limit else []),
        *(["--align-only"] if args.align_only else []),
        *(["--closed", str(Path(args.closed).resolve())] if args.closed else []),
    ]
    sides = {"this": str(HERE_SRC), "against": str(Path(args.against).resolve())}
    runs: dict[str, list[dict[str, list[float]]]] = {side: [] for side in sides}
    for _ in range(args.rounds):
        for side, src in sides.items():
            env = {**os.environ, "PYTHONPATH": src, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
            out = subprocess.run(
                [sys.executable, __file__, *passed], env=env, check=True, capture_output=True, text=True
            ).stdout
            runs[side].append(json.loads(out))
    print(f"CPU ms per story (median over stories of each story's best), median of {args.rounds} alternating")
    print(f"runs; this={sides['this']}")
    print(f"against={sides['against']}")
    print(f"{'step':22} {'this':>8} {'against':>8} {'ratio':>6} {'per-story ratio':>16}")
    for name in runs["this"][0]:
        per = {
            side: [statistics.median(col) for col in zip(*(r[name] for r in rs), strict=True)]
            for side, rs in runs.items()
        }
        a = statistics.median(statistics.median(r[name]) for r in runs["this"])
        b = statistics.median(statistics.median(r[name]) for r in runs["against"])
        story = statistics.median(x / y for x, y in zip(per["this"], per["against"], strict=True) if y > 0)
        print(f"{name:22} {a:8.2f} {b:8.2f} {a / b:6.3f} {story:16.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--weights", type=Path, help="also time align with this weights table (A/B, same process)"
    )
    ap.add_argument("--align-only", action="store_true", help="time the align stage alone")
    ap.add_argument("--json", action="store_true", help="print only {step: [ms per story]} as JSON")
    ap.add_argument("--against", help="another checkout's src directory to compare with")
    ap.add_argument("--rounds", type=int, default=3, help="alternating runs per side with --against")
    ap.add_argument("--closed", type=Path, help="a file of story ids (one a line) to leave out")
    args = ap.parse_args()
    if args.against:
        compare(args)
        return
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    closed = closed_ids(ap, args.closed)
    records = [s for s in iter_stories(args.data) if isinstance(s, StoryRecord) and s.id not in closed]
    records = records[: args.limit]
    stories = []
    for r in records:
        raws = [RawDoc(id=str(i), source=f"{r.id}#{i}", raw=d) for i, d in enumerate(r.documents)]
        stories.append(prepare_story(raws))
    default = get("default")
    align(stories[0])  # warm-up: data tables load once per process
    jobs = {"align": lambda s: align(fresh(s))}
    if not args.align_only:
        default.select(fresh(stories[0]), Budget(words=250))
        jobs["tfidf similarity"] = lambda s: fresh(s).vectors.neighbours
        jobs["summarize (default)"] = lambda s: default.select(fresh(s), Budget(words=250))
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
        if args.json:
            continue
        casing = story_casing([x.text for x in story.sentences])
        years = [article_year(d.date) for d in story.documents]
        facts = [
            sentence_facts(k, x.doc, x.text, casing, years[x.doc]) for k, x in enumerate(story.sentences)
        ]
        sizes["sentences"].append(len(story.sentences))
        sizes["candidate pairs"].append(len(candidates(facts)))
        sizes["links"].append(len(align(fresh(story)).links))
    if args.json:
        print(json.dumps(times))
        return
    base = statistics.median(times["tfidf similarity"]) if "tfidf similarity" in times else None
    print(f"{len(stories)} stories from {Path(args.data).name}, one core, CPU ms, best of {args.repeat}")
    width = max(22, *(len(n) for n in times))
    print(f"{'step':{width}} {'median ms':>10} {'p90 ms':>8}" + (f" {'vs tfidf':>9}" if base else ""))
    for name, values in times.items():
        values = sorted(values)
        p90 = values[int(0.9 * (len(values) - 1))]
        med = statistics.median(values)
        print(f"{name:{width}} {med:10.2f} {p90:8.2f}" + (f" {med / base:8.1f}x" if base else ""))
    for name in [n for n in times if n.startswith("align (")]:
        ratios = [b / a for a, b in zip(times["align"], times[name], strict=True) if a > 0]
        print(f"{name} / align, per story: median ratio {statistics.median(ratios):.3f}")
    print()
    print(f"{'per story':22} {'median':>10} {'max':>8}")
    for name, values in sizes.items():
        print(f"{name:22} {statistics.median(values):10.0f} {max(values):8d}")


if __name__ == "__main__":
    main()
