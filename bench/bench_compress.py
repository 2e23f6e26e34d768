"""What sentence compression could be worth: the default on compressed sentences against the default.

    python bench/bench_compress.py [--settings duc03,lb,mn250,mn100,duc06] [--rules a,b] [--without a]
                                   [--resamples 2000] [--limit N]

Every story is prepared as `newsbrief eval` does; the default selects once on the story and once on the
same story with every sentence's cuts (`bench/compress.py`: parentheticals, dash asides, appositives
after a name, time and setting-place adverbials) taken out, in the same process, and both summaries are
scored with eval's ROUGE (recall on DUC, F1 elsewhere). Printed per setting: mean R1 / R2 of each, the
compressed minus the default with a paired bootstrap 95 % interval (`bench_selection_gap.paired_ci`),
cuts per story, and the words the cut sentences of the compressed summaries saved. All settings are dev
files: tuning data. `--rules` keeps only those rules, `--without` leaves those out (leave-one-rule-out).
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


def widened(summ, story, small, budget, words: int, rounds: int = 3) -> list[int]:
    """Mode `after`: select on the uncut story with a budget widened by the words the cuts save, as
    long as the cut summary still fits the real budget (scores and concepts stay the uncut story's)."""
    from newsbrief.model import Budget

    best = summ.select(story, budget)
    extra = 0
    for _ in range(rounds):
        saved = sum(story.sentences[i].words - small.sentences[i].words for i in best)
        if saved <= 0:
            break
        extra += saved
        chosen = summ.select(story, Budget(words=words + extra))
        if sum(small.sentences[i].words for i in chosen) > words:
            break
        best = chosen
    return best


def run(setting: str, rules: list[str] | None, limit: int | None, mode: str = "before") -> np.ndarray:
    """Per story: default R1, R2, compressed R1, R2, sentences cut in the story, cut sentences chosen."""
    from compress import compressed_story

    from newsbrief.evaluation.prepare import Prepared, prepare
    from newsbrief.evaluation.rouge import Rouge, truncate
    from newsbrief.ingest.stories import iter_stories
    from newsbrief.model import Budget
    from newsbrief.summarize.default import DefaultSummarizer

    file, words, recall = SETTINGS[setting]
    rouge, budget, m = Rouge(), Budget(words=words), "r" if recall else "f"
    summ = DefaultSummarizer()
    rows = []
    for rec in itertools.islice(iter_stories(DATA / file), limit):
        p = prepare(rec)
        if not isinstance(p, Prepared):
            continue
        story = p.story
        small = compressed_story(story, rules)
        changed = [a.text != b.text for a, b in zip(story.sentences, small.sentences, strict=True)]
        row: list[float] = []
        for st in (story, small):
            if st is small and mode == "after":
                chosen = widened(summ, story, small, budget, words)
            else:
                chosen = summ.select(st, budget)
            r = rouge.score(truncate([st.sentences[i].text for i in chosen], words), p.references)
            row += [100 * r["rouge1"][m], 100 * r["rouge2"][m]]
        row += [sum(changed), sum(changed[i] for i in chosen)]
        rows.append(row)
    return np.array(rows, dtype=float)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--settings", default=",".join(SETTINGS))
    ap.add_argument("--rules", help="only these rules (comma-separated names of compress.RULES)")
    ap.add_argument("--without", help="every rule but these")
    ap.add_argument("--resamples", type=int, default=2000)
    ap.add_argument("--limit", type=int)
    ap.add_argument(
        "--mode",
        choices=("before", "after"),
        default="before",
        help="before: select among cut sentences; after: select uncut with the room the cuts free, then cut",
    )
    args = ap.parse_args()
    from compress import RULES

    names = [n for n, _ in RULES]
    rules = args.rules.split(",") if args.rules else names
    if args.without:
        rules = [n for n in rules if n not in args.without.split(",")]
    unknown = sorted(set(rules) - set(names))
    if unknown:
        ap.error(f"unknown rule(s) {', '.join(unknown)}; choose from {', '.join(names)}")
    print(f"mode {args.mode}, rules: {', '.join(rules)}  (all settings are dev files: tuned on)")
    print(
        f"{'setting':8s} {'n':>4s} {'default':>13s} {'compressed':>13s}"
        "  compressed minus default R1, R2 (95 %)"
    )
    for setting in args.settings.split(","):
        s = run(setting, rules, args.limit, args.mode)
        d1, d2 = s[:, 2] - s[:, 0], s[:, 3] - s[:, 1]
        (a1, b1), (a2, b2) = paired_ci(d1, args.resamples), paired_ci(d2, args.resamples)
        print(
            f"{setting:8s} {len(s):4d} {s[:, 0].mean():6.2f}/{s[:, 1].mean():6.2f} "
            f"{s[:, 2].mean():6.2f}/{s[:, 3].mean():6.2f}  {d1.mean():+.2f} ({a1:+.2f} .. {b1:+.2f}) / "
            f"{d2.mean():+.2f} ({a2:+.2f} .. {b2:+.2f})  cut sentences/story {s[:, 4].mean():.1f}, "
            f"chosen cut {int(s[:, 5].sum())}, "
            f"stories changed {int((s[:, 2:4] != s[:, 0:2]).any(axis=1).sum())}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
