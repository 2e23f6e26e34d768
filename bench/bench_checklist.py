"""A reader-style checklist for the default brief, on 20 LongBench dev stories (fixed seed).

    python bench/bench_checklist.py dump OUT.json          # the summaries this checkout makes
    python bench/bench_checklist.py score A.json [B.json]  # the checklist (and B against A)

`dump` writes, per story, the default summary's sentences (document, text) at 250 words, so the
summaries of an older checkout can be scored with today's rules. `score` applies the checklist with
this checkout's rules to each dump:

- fill: summaries under 90 % of the 250-word budget while the articles hold twice it (issue 16's bar;
  `bench/bench_fill.py` counts it on a whole file);
- news first: the opening sentence is the lead (first candidate sentence, after a "Story
  Highlights" box: `candidates.highlights`; not one today's candidate rules keep out) of a news or analysis
  document, stands alone (no context need) and is no feature's opening (a rule of
  `summarize.opening.RULES`: a quotation, words to the reader, the writer's first person, a generic
  frame, background first, a photo caption); a story with no news or analysis document (views
  only, e.g. copies of one column) is counted apart: there is no report to open with;
- coverage: the share of documents with something to say (20+ words of text) that the summary uses;
- balance: no document gives more than twice its share of the story's words (and over a quarter of
  the summary);
- coherence: summary sentences whose context need (`readability.needs`) is unmet; page furniture
  (a sentence today's cleaning removes, or a question);
- no fact twice: pairs of summary sentences that state the same fact (`summarize.redundancy`);
- whose view: sentences from opinion/review documents (the Markdown attributes them today).

It prints one row per dump and, with `--examples`, the failing sentences (on screen only).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = 16
STORIES = 20
BUDGET = 250  # words
SHORT = 0.9  # a summary under this share of its budget is short


def _stories(shared: Path) -> list[dict]:
    with open(shared / "data" / "longbench-multinews-dev.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    pick = sorted(random.Random(SEED).sample(range(len(rows)), STORIES))
    return [rows[i] for i in pick]


def _prepare(row: dict):
    from newsbrief.evaluation.prepare import prepare
    from newsbrief.ingest.stories import StoryRecord

    return prepare(StoryRecord(row["id"], tuple(row["documents"]), tuple(row["summaries"])))


def dump(out: Path, shared: Path) -> None:
    from newsbrief.summarize import get

    try:
        from newsbrief.model import Budget
    except ImportError:  # older checkouts
        from newsbrief.summarize import Budget  # type: ignore[attr-defined,no-redef]
    rows = []
    for row in _stories(shared):
        story = _prepare(row).story
        chosen = get("default").select(story, Budget(words=BUDGET))
        raw = {d.id: int(d.id.rsplit("-", 1)[1]) - 1 for d in story.documents}
        rows.append(
            {
                "id": row["id"],
                "summary": [
                    [raw[story.documents[story.sentences[i].doc].id], story.sentences[i].text] for i in chosen
                ],
            }
        )
    out.write_text(json.dumps(rows, indent=1), encoding="utf-8")


def score(path: Path, shared: Path, examples: bool) -> dict[str, float]:
    import numpy as np

    from newsbrief.readability import dangling_count, needs
    from newsbrief.summarize import features as F
    from newsbrief.summarize.candidates import highlights, kept_out
    from newsbrief.summarize.opening import set_aside
    from newsbrief.summarize.redundancy import same_fact

    data = {r["id"]: r for r in json.loads(path.read_text(encoding="utf-8"))}
    tally = dict.fromkeys(("stories", "short", "news_first", "coverage", "unbalanced", "dangling",
                           "furniture", "repeats", "views", "sentences", "views_only"), 0.0)  # fmt: skip
    for row in _stories(shared):
        story = _prepare(row).story
        feats = F.compute(story)
        doc_of = {int(d.id.rsplit("-", 1)[1]) - 1: k for k, d in enumerate(story.documents)}
        index: dict[tuple[int, str], int] = {}
        for i, s in enumerate(story.sentences):
            index.setdefault((s.doc, s.text), i)  # a repeated sentence: its first copy
        chosen, gone = [], []
        for ref, text in data[row["id"]]["summary"]:
            i = index.get((doc_of.get(ref, -1), text))
            (chosen if i is not None else gone).append(i if i is not None else text)
        tally["stories"] += 1
        # Short: under 90 % of the budget while the articles hold twice it (issue 16's bar).
        used_words = sum(story.sentences[i].words for i in chosen)
        if sum(s.words for s in story.sentences) >= 2 * BUDGET and used_words < SHORT * BUDGET:
            tally["short"] += 1
            if examples:
                print(f"SHORT {row['id'][-8:]}: {used_words} words of {BUDGET}")
        tally["sentences"] += len(chosen) + len(gone)
        found = needs(story.sentences, story.caseless)
        out = kept_out(
            story
        )  # a sentence today's candidate rules keep out (a teaser, a glued line) is no lead
        reporting = any(d.kind in ("news", "analysis") for d in story.documents)
        tally["views_only"] += not reporting  # no news report to open with: news first does not apply
        if chosen and reporting:
            first = chosen[0]
            d = story.sentences[first].doc
            boxed = highlights(story)  # a highlights box's lines come before the lead
            ahead = [i for i in range(first) if story.sentences[i].doc == d and feats.rank[i] >= 0]
            lead = feats.rank[first] >= 0 and all(boxed[i] for i in ahead)
            lead = lead and story.documents[d].kind in ("news", "analysis") and not out[first]
            lead = lead and set_aside(story.sentences[first].text) is None  # no feature's opening
            ok = bool(lead and found[first] is None and not gone)
            tally["news_first"] += ok
            if examples and not ok:
                print(f"NOT NEWS FIRST {row['id'][-8:]}: {story.sentences[first].text[:120]}")
        doc = np.array([s.doc for s in story.sentences], dtype=np.int64)
        size = np.array([s.words for s in story.sentences], dtype=float)
        words = np.bincount(doc, size, minlength=len(story.documents))
        picked = np.array(chosen, dtype=np.int64)
        used = np.bincount(doc[picked], size[picked], minlength=len(story.documents))
        with_text = words >= 20
        tally["coverage"] += (used[with_text] > 0).sum() / max(with_text.sum(), 1)
        share, got = words / max(words.sum(), 1), used / max(used.sum(), 1)
        over = (got > 2 * share) & (got > 0.25)
        tally["unbalanced"] += bool(over.any())
        if examples:
            for k in np.flatnonzero(over):
                print(f"UNBALANCED {row['id'][-8:]}: document {k} gives {got[k]:.0%} of the summary, "
                      f"{share[k]:.0%} of the story ({words[k]:.0f} of {words.sum():.0f} words, "
                      f"{len(story.documents)} documents)")  # fmt: skip
        bad = dangling_count(story.sentences, chosen, story.caseless)
        tally["dangling"] += bad
        questions = [i for i in chosen if story.sentences[i].text.rstrip("\"'”’) ").endswith("?")]
        tally["furniture"] += len(gone) + len(questions)
        clash = same_fact(story, np.array(chosen, dtype=np.int64))
        tally["repeats"] += clash.count(np.array(chosen, dtype=np.int64))
        tally["views"] += sum(
            story.documents[story.sentences[i].doc].kind in ("opinion", "review") for i in chosen
        )
        if examples:
            for t in gone:
                print(f"FURNITURE/GONE {row['id'][-8:]}: {t[:120]}")
            for k, i in enumerate(chosen):
                if found[i] is not None and dangling_count(
                    story.sentences, chosen[: k + 1], story.caseless
                ) > dangling_count(story.sentences, chosen[:k], story.caseless):
                    print(f"DANGLING ({found[i].rule}) {row['id'][-8:]}: {story.sentences[i].text[:120]}")
            for a in range(len(chosen)):
                for b in range(a + 1, len(chosen)):
                    if clash.has(np.array([chosen[a]]), np.array([chosen[b]]))[0]:
                        print(f"REPEAT {row['id'][-8:]}: {story.sentences[chosen[a]].text[:70]} || "
                              f"{story.sentences[chosen[b]].text[:70]}")  # fmt: skip
    return tally


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("dump", "score"))
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--examples", action="store_true")
    args = ap.parse_args()
    if args.command == "dump":
        dump(args.files[0], args.shared)
        return 0
    print("| summaries | under 90 % of budget | news first | doc coverage | unbalanced stories | dangling "
          "| furniture/questions | same fact twice (pairs) | opinion/review sentences |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|")
    for path in args.files:
        t = score(path, args.shared, args.examples)
        n = t["stories"]
        cells = [
            path.name,
            f"{t['short']:.0f}",
            f"{t['news_first']:.0f}/{n - t['views_only']:.0f}"
            + (f" ({t['views_only']:.0f} views only)" if t["views_only"] else ""),
            f"{t['coverage'] / n:.0%}",
            f"{t['unbalanced']:.0f}/{n:.0f}",
            f"{t['dangling']:.0f} of {t['sentences']:.0f}",
            f"{t['furniture']:.0f}",
            f"{t['repeats']:.0f}",
            f"{t['views']:.0f}",
        ]
        print("| " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
