"""Where a baseline beats the default, story by story: the R2 gap split by what the stories are like.

    python bench/bench_gap_split.py [--setting mn100] [--against mmr] [--resamples 2000] [--limit N]

Every story of a dev setting (`bench_before_after.SETTINGS`) is prepared as `newsbrief eval` does and
summarised by the default and by `--against`; the per-story R2 difference (default minus it) is split
by properties of the story and of the two summaries, each part with its paired bootstrap 95 % interval
(`bench_selection_gap.paired_ci`): how much text the story has for its budget, how many documents,
how many words each summary uses, how many sentences each takes, how many of the default's sentences
enter as part of a context unit (a sentence taken with the one it leans on), and whether the two
share their first sentence. Every setting is a dev file: tuning data.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_before_after import DATA, SETTINGS  # noqa: E402
from bench_selection_gap import paired_ci  # noqa: E402


def rows(setting: str, against: str, limit: int | None) -> list[dict[str, float]]:
    from newsbrief.evaluation.methods import get
    from newsbrief.evaluation.prepare import Prepared, prepare
    from newsbrief.evaluation.rouge import Rouge, truncate
    from newsbrief.ingest.stories import iter_stories
    from newsbrief.model import Budget
    from newsbrief.readability import needs, requirements

    file, words, recall = SETTINGS[setting]
    rouge, budget, m = Rouge(), Budget(words=words), "r" if recall else "f"
    ours, theirs = get("default"), get(against)
    out = []
    for rec in itertools.islice(iter_stories(DATA / file), limit):
        p = prepare(rec)
        if not isinstance(p, Prepared):
            continue
        sents = p.story.sentences
        row: dict[str, float] = {
            "text_words": sum(len(d.text.split()) for d in p.story.documents) / words,
            "docs": len(p.story.documents),
        }
        picks = {}
        for name, s in (("default", ours), ("other", theirs)):
            chosen = s.select(p.story, budget)
            picks[name] = chosen
            r = rouge.score(truncate([sents[i].text for i in chosen], words), p.references)
            row[f"{name}_r2"] = 100 * r["rouge2"][m]
            row[f"{name}_r1"] = 100 * r["rouge1"][m]
            row[f"{name}_words"] = sum(sents[i].words for i in chosen) / words
            row[f"{name}_sents"] = len(chosen)
        req = requirements(sents, needs(sents, p.story.caseless), p.story.doc_lengths)
        taken = set(picks["default"])
        row["units"] = sum(1 for i in picks["default"] if i in req and set(req[i]) & taken)
        row["same_first"] = float(bool(picks["default"]) and picks["default"][0] in picks["other"])
        row["overlap"] = len(taken & set(picks["other"])) / max(len(taken), 1)
        out.append(row)
    return out


SPLITS: tuple[tuple[str, str, tuple[float, ...]], ...] = (  # (label, key, upper bounds of the bins)
    ("articles' words / budget", "text_words", (2, 4, 8)),
    ("documents", "docs", (2, 3, 5)),
    ("default's words / budget", "default_words", (0.8, 0.9, 0.95)),
    ("other's words / budget", "other_words", (0.8, 0.9, 0.95)),
    ("default's sentences", "default_sents", (2, 3, 4, 6)),
    ("other's sentences", "other_sents", (2, 3, 4, 6)),
    ("default sentences in a context unit", "units", (0, 1)),
    ("the default's opening in the other's summary", "same_first", (0,)),
    ("share of the default's sentences the other also takes", "overlap", (0, 0.34, 0.67)),
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--setting", default="mn100", choices=list(SETTINGS))
    ap.add_argument("--against", default="mmr")
    ap.add_argument("--resamples", type=int, default=2000)
    ap.add_argument("--limit", type=int)
    args = ap.parse_args()
    data = rows(args.setting, args.against, args.limit)
    col = {k: np.array([r[k] for r in data]) for k in data[0]}
    diff = col["default_r2"] - col["other_r2"]
    lo, hi = paired_ci(diff, args.resamples)
    file, words, recall = SETTINGS[args.setting]
    print(
        f"{file}, {words} words, {'recall' if recall else 'F1'}, {len(diff)} stories (dev file: tuning data)"
    )
    print(
        f"default {col['default_r1'].mean():.2f} / {col['default_r2'].mean():.2f}, {args.against} "
        f"{col['other_r1'].mean():.2f} / {col['other_r2'].mean():.2f}; "
        f"default minus it R2 {diff.mean():+.2f} "
        f"({lo:+.2f} .. {hi:+.2f}); default ahead in {(diff > 0).sum()}, behind in {(diff < 0).sum()}, "
        f"tied in {(diff == 0).sum()}"
    )
    for label, key, bounds in SPLITS:
        print(f"\n{label}:")
        v = col[key]
        edges = [-np.inf, *bounds, np.inf]
        for a, b in itertools.pairwise(edges):
            part = (v > a) & (v <= b)
            if not part.any():
                continue
            d = diff[part]
            plo, phi = paired_ci(d, args.resamples) if len(d) > 1 else (d[0], d[0])
            name = f"({a:g}, {b:g}]"
            print(
                f"  {name:14s} {int(part.sum()):4d} stories  "
                f"R2 gap {d.mean():+6.2f} ({plo:+.2f} .. {phi:+.2f})"
                f"  sum {d.sum():+8.1f}  default words {col['default_words'][part].mean():.2f}, other "
                f"{col['other_words'][part].mean():.2f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
