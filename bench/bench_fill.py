"""How often the default summary leaves its word budget unfilled when the story could fill it.

    python bench/bench_fill.py [--data ../shared/data/longbench-multinews-dev.jsonl] [--words 250]
    python bench/bench_fill.py --data ../shared/data/multinews-plus-dev.jsonl --usable

A story counts when its clean articles hold at least twice the budget; the table gives how many of
those get a summary under 90 % of the budget (issue 16's bar), and lists them. `--usable` counts
every story (prepared as `newsbrief eval` prepares it) whose summary ends under 90 % of the budget
and how many of those have fewer usable words than the budget, or than 1.2 times it: the words of
the sentences the default may take at all (candidates that no editor's rule keeps out, no furniture,
question or fragment, and a sentence that leans on another only when what it leans on is usable
too), so a short summary there is the editor's rules at work, not the selection.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from newsbrief.batch import batch
from newsbrief.model import Budget, Story
from newsbrief.readability import needs, requirements
from newsbrief.summarize import features as F
from newsbrief.summarize.default import DefaultSummarizer

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
SHORT = 0.9  # a summary under this share of its budget is short


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA / "longbench-multinews-dev.jsonl")
    ap.add_argument("--words", type=int, default=250)
    ap.add_argument("--usable", action="store_true", help="every short summary against the usable words")
    args = ap.parse_args()
    if args.usable:
        return usable_table(args.data, args.words)
    stories = eligible = 0
    short: list[tuple[str, int, int]] = []
    for sid, res in batch(args.data, words=args.words, analysis=False, jobs=1):
        if not isinstance(res, dict):
            continue
        stories += 1
        text_words = sum(len(d.get("text", "").split()) for d in res["documents"])
        if text_words < 2 * args.words:
            continue
        eligible += 1
        got = sum(len(s["text"].split()) for s in res["summary"])
        if got < SHORT * args.words:
            short.append((sid, got, text_words))
    print(f"{args.data.name}, {args.words} words: {stories} stories, {eligible} with twice the budget")
    print("| stories with twice the budget | summaries under 90 % of it |")
    print("|---|---|")
    print(f"| {eligible} | {len(short)} |")
    for sid, got, text_words in short:
        print(f"  short: {sid}: {got} words of {args.words} (articles: {text_words} words)")
    return 0


def usable(story: Story) -> int:
    """Words of the sentences the default may take at all (its eligibility before selection, as
    `DefaultSummarizer.select` works it out less its joins of a sentence cut in two or too short to
    stand: no rule keeps them out and what they lean on is usable too)."""
    cased = F.cased_docs(story)
    feats = F.compute(story, None, cased)
    ok = feats.candidate & ~feats.furniture & (feats.matrix[:, F.NAMES.index("question")] == 0)
    ok &= ~feats.fragment & ~story.kept_out
    found = needs(story.sentences, story.caseless)
    required = requirements(story.sentences, found, story.doc_lengths)
    changed = True
    while changed:  # until nothing changes: a chain's last unusable sentence makes the first unusable too
        changed = False
        for i, options in required.items():
            if ok[i] and not any(ok[j] for j in options):
                ok[i], changed = False, True
    return int(feats.words[ok].sum())


def usable_table(path: Path, words: int) -> int:
    """Every summary under SHORT of the budget, against the words the default may use (`usable`)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))  # scripts/learn.py
    import learn

    summarizer, budget = DefaultSummarizer(), Budget(words=words)
    rows = []
    for p in learn.prepare_file(path):
        if p.story.sentences:
            got = sum(p.story.sentences[i].words for i in summarizer.select(p.story, budget))
            rows.append((got, usable(p.story)))
    if not rows:
        print(f"{path.name}: no story with sentences")
        return 1
    got, use = np.array(rows).reshape(-1, 2).T
    short = got < SHORT * words
    print(f"{path.name}, {words} words: {len(got)} stories, usable words median {np.median(use):.0f}")
    print("| summaries under 90 % of the budget | usable words under the budget | under 1.2 budgets |")
    print("|---|---|---|")
    print(f"| {short.sum()} | {(short & (use < words)).sum()} | {(short & (use < 1.2 * words)).sum()} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
