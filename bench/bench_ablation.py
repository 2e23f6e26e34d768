"""What each part of the default summarizer is worth: ROUGE on both dev files with one part off.

    python bench/bench_ablation.py [--data ../shared/data] [--stories 20000] [--seed 13]

Feature-group rows RETRAIN the scorer without that group (same data, label and seed as the shipped
weights); "+ quotes" retrains with the quotes group that the shipped model leaves out. Label rows
retrain on another target: the whole reference instead of its first 100 words, or the soft
R1+R2 precision. Selection rows keep the shipped-recipe scorer and change the selection: scores
only (no concept coverage), concepts only (no learned score), no redundancy control, no swaps, no
position discount, no readability constraint; "unsupervised score" is the same selection with the
hand-made centroid + cross-document support + lead score instead of the learned one. Figures:
LongBench Multi-News dev at 250 words (F1), DUC 2003 dev at 100 words (recall, 4 refs).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsbrief.summarize import features as F
from newsbrief.summarize.default import DefaultSummarizer
from newsbrief.summarize.lead import LeadSummarizer
from newsbrief.summarize.select import Options

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))  # scripts/learn.py
import learn

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data")
    ap.add_argument("--stories", type=int, default=learn.SHIPPED["stories"])
    ap.add_argument("--seed", type=int, default=learn.SHIPPED["seed"])
    args = ap.parse_args()

    t = time.perf_counter()
    label, drop, lead = learn.SHIPPED["label"], tuple(learn.SHIPPED["drop"]), learn.SHIPPED["ref_words"]
    ds = learn.dataset(args.data / learn.TRAIN_FILE, args.stories, args.seed, ref_words=lead)
    base = learn.fit(ds, label, "linear", drop, seed=args.seed)
    opts = Options()
    rows: list[tuple[str, DefaultSummarizer | LeadSummarizer]] = [
        ("default (shipped recipe)", DefaultSummarizer(base))
    ]
    for group in F.GROUPS:
        if group in drop:
            continue
        sc = learn.fit(ds, label, "linear", (*drop, group), seed=args.seed)
        rows.append((f"- {group} features (retrained)", DefaultSummarizer(sc)))
    for group in drop:
        sc = learn.fit(ds, label, "linear", tuple(g for g in drop if g != group), seed=args.seed)
        rows.append((f"+ {group} features (retrained)", DefaultSummarizer(sc)))
    whole = learn.dataset(args.data / learn.TRAIN_FILE, args.stories, args.seed, ref_words=None)
    rows += [
        (
            "label against the whole reference",
            DefaultSummarizer(learn.fit(whole, label, "linear", drop, seed=args.seed)),
        ),
        (
            "soft label R1+R2 precision",
            DefaultSummarizer(learn.fit(ds, "soft", "linear", drop, seed=args.seed)),
        ),
        ("scores only (no concept coverage)", DefaultSummarizer(base, replace(opts, concepts=0.0))),
        ("concepts only (no learned score)", DefaultSummarizer(base, replace(opts, mu=0.0))),
        ("no redundancy control", DefaultSummarizer(base, replace(opts, redundancy=1.01, damping=0.0))),
        ("no swaps (greedy only)", DefaultSummarizer(base, replace(opts, swaps=0))),
        ("no position discount", DefaultSummarizer(base, replace(opts, decay=0.0))),
        ("no readability constraint", DefaultSummarizer(base, readable=False)),
        ("unsupervised score, same selection", DefaultSummarizer(unsupervised=True)),
        ("lead", LeadSummarizer()),
    ]
    print(f"trained {len(rows)} variants on {args.stories} stories in {time.perf_counter() - t:.0f} s")

    results: dict[str, list[str]] = {name: [] for name, _ in rows}
    for fname, words, recall in learn.DEV_RUNS:
        prepared = learn.prepare_file(args.data / fname)
        for name, summ in rows:
            s = learn.score_dev(prepared, summ, words, recall)
            results[name] += [f"{s.rouge1:.2f}", f"{s.rouge2:.2f}", f"{s.dangling:.1f}"]
    table = Table(title="Ablation (dev files; R1/R2 F1 on LongBench at 250 words, recall on DUC 2003 at 100)")
    table.add_column("variant")
    for col in ("LB R1", "LB R2", "LB dangl %", "DUC R1", "DUC R2", "DUC dangl %"):
        table.add_column(col, justify="right")
    for name, vals in results.items():
        table.add_row(name, *vals)
    Console(width=140).print(table)


if __name__ == "__main__":
    main()
