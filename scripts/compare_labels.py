"""Scorers trained on other labels, each checked on every dev file (cross-file validation).

    python scripts/compare_labels.py [--data ../shared/data] [--stories 4000] [--seed 13]
                                     [--labels c1p,oracle,c2p,content]

Every label is fitted on the same sample of multinews-plus-train stories (the shipped features and
recipe, `learn.fit`; "oracle" is membership in the greedy R1+R2 oracle at 100 words, a logistic
regression), then the default summarizer with that scorer is scored, beside the shipped scorer, on
DUC 2003 and DUC 2006 at 100 words (recall), LongBench at 250 words and Multi-News+ dev at 250 and
100 words (F1), with `newsbrief eval`'s preparation and ROUGE. All five are dev files: a label is
only worth shipping when it helps both DUC files and loses on none of the others.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import learn  # scripts/learn.py, next to this script

from newsbrief.summarize.default import DefaultSummarizer
from newsbrief.summarize.scorer import shipped

ROOT = Path(__file__).resolve().parents[1]
RUNS = (
    ("duc2003-task2-dev.jsonl", 100, True),
    ("duc2006-dev.jsonl", 100, True),
    ("longbench-multinews-dev.jsonl", 250, False),
    ("multinews-plus-dev.jsonl", 250, False),
    ("multinews-plus-dev.jsonl", 100, False),
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data")
    ap.add_argument("--stories", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=learn.SHIPPED["seed"])
    ap.add_argument("--labels", default="c1p,oracle,c2p,content")
    args = ap.parse_args()

    ds = learn.dataset(
        args.data / learn.TRAIN_FILE, args.stories, args.seed, ref_words=learn.SHIPPED["ref_words"]
    )
    drop = tuple(learn.SHIPPED["drop"])
    methods = {"shipped": DefaultSummarizer(shipped())}
    for label in args.labels.split(","):
        methods[label] = DefaultSummarizer(learn.fit(ds, label, "linear", drop, seed=args.seed))
    prepared: dict[str, list] = {}
    print(f"{'file':32s} {'words':>5s}  " + "  ".join(f"{m:>13s}" for m in methods))
    for fname, words, recall in RUNS:
        if fname not in prepared:
            prepared[fname] = learn.prepare_file(args.data / fname)
        cells = [learn.score_dev(prepared[fname], s, words, recall) for s in methods.values()]
        print(f"{fname:32s} {words:5d}  " + "  ".join(f"{c.rouge1:6.2f}/{c.rouge2:6.2f}" for c in cells))


if __name__ == "__main__":
    main()
