"""Reproduce the default summarizer's shipped weights, then print train and dev figures.

    python scripts/train_default.py [--data ../shared/data] [--stories 20000] [--seed 13]
                                    [--ref-words 100] [--out src/newsbrief/summarize/default_weights.json]
                                    [--no-dev] [--caseless]

`--caseless` makes the scorer for lower-cased stories instead (`learn.SHIPPED_CASELESS`: content
bigram precision against the whole reference, written to default_weights_caseless.json).

Trains on multinews-plus-train.jsonl.gz only (never on a dev file): every sentence of a sample of
stories is labelled with its ROUGE-1 precision on content words against the first --ref-words words
of the reference (rouge-score tokenisation and stemmer), and a ridge regression on standardised
features is fitted (deterministic; the sample is drawn with --seed). The dev figures use
`newsbrief eval`'s preparation and ROUGE.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import learn  # scripts/learn.py, next to this script
import numpy as np

from newsbrief.summarize.default import DefaultSummarizer
from newsbrief.summarize.lead import LeadSummarizer

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data")
    ap.add_argument("--stories", type=int, default=learn.SHIPPED["stories"])
    ap.add_argument("--seed", type=int, default=learn.SHIPPED["seed"])
    ap.add_argument("--out", type=Path, help="default: summarize/default_weights[_caseless].json")
    ap.add_argument("--ref-words", type=int, help="label against this lead (0: the whole reference)")
    ap.add_argument("--caseless", action="store_true", help="the scorer for lower-cased stories")
    ap.add_argument("--no-dev", action="store_true", help="skip the dev-file figures")
    args = ap.parse_args()
    recipe = learn.SHIPPED_CASELESS if args.caseless else learn.SHIPPED
    if args.ref_words is not None:
        recipe = {**recipe, "ref_words": args.ref_words or None}
    if args.out is None:
        name = "default_weights_caseless.json" if args.caseless else "default_weights.json"
        args.out = ROOT / "src/newsbrief/summarize" / name

    t = time.perf_counter()
    ds = learn.dataset(args.data / learn.TRAIN_FILE, args.stories, args.seed, ref_words=recipe["ref_words"])
    t_data = time.perf_counter() - t
    t = time.perf_counter()
    scorer = learn.fit(ds, recipe["label"], "linear", recipe["drop"], seed=args.seed)
    t_fit = time.perf_counter() - t
    scorer.meta.update(
        {
            "trained_on": learn.TRAIN_FILE,
            "stories": args.stories,
            "ref_words": recipe["ref_words"],
            "script": "scripts/train_default.py",
        }
    )
    scorer.save(args.out)
    y = learn.target(ds, recipe["label"])
    pred = scorer.score(ds.x)
    n = len(set(ds.story.tolist()))
    print(f"train: {n} stories, {len(y)} sentences; features {t_data:.0f} s, fit {t_fit:.1f} s")
    print(f"train: correlation of score and label {np.corrcoef(pred, y)[0, 1]:.3f}; wrote {args.out}")
    for name, c in sorted(zip(scorer.features, scorer.coef, strict=True), key=lambda x: -abs(x[1])):
        print(f"  {name:16s} {c:+.4f}")
    if args.no_dev:
        return
    methods = {
        "default": DefaultSummarizer(scorer=scorer),
        "default (unsupervised score)": DefaultSummarizer(unsupervised=True),
        "lead": LeadSummarizer(),
    }
    for fname, words, recall in learn.DEV_RUNS:
        prepared = learn.prepare_file(args.data / fname)
        print(f"\n{fname}: {words} words, ROUGE {'recall' if recall else 'F1'}, {len(prepared)} stories")
        print(f"  {'method':30s} {'R1':>6s} {'R2':>6s} {'dangling %':>10s} {'ms':>6s}")
        for name, summ in methods.items():
            s = learn.score_dev(prepared, summ, words, recall)
            print(f"  {name:30s} {s.rouge1:6.2f} {s.rouge2:6.2f} {s.dangling:10.1f} {s.ms:6.1f}")


if __name__ == "__main__":
    main()
