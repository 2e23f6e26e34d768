"""Score the context model (`readability.needs_previous`) and the furniture rules on the frozen labels.

    python bench/bench_context.py [--labels bench/labels/context-frozen.json] [--shared ../shared]
                                  [--errors [--closed FILE]]

`bench/labels/context-frozen.json` (see `bench/labels/README.md`) labels 257 sentence openings of
26 dev stories: does the sentence need the one before it (and the cue), and is it page furniture.
Every labelled span is found again in the clean text the pipeline produces now; a span the cleaner
removed counts as furniture "removed". Prints precision and recall of `needs_previous` on the
non-furniture sentences still present, recall per cue, and how many furniture sentences are no longer
candidates (removed by cleaning, in whole or in part, or refused by `summarize.base.is_candidate`). A
transcript marker ("Q. ...") counts as gone when the marker is cut and the sentence itself stays.
`--closed FILE` (story ids, one a line, as bench_align.py's): with `--errors`, the errors of those stories
are counted, not shown.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from label_scoring import Aligner, closed_ids, span_hash

from newsbrief.evaluation.prepare import prepare
from newsbrief.ingest.stories import StoryRecord
from newsbrief.readability import needs_previous
from newsbrief.summarize.base import is_candidate


def _locate(story, doc: int, span: tuple[int, int], raw: str, exact: bool = False) -> int | None:
    """Index (into story.sentences) of the clean sentence holding most of the labelled raw span
    (`exact`: all of its words, in their context; otherwise the longest run of at least half)."""
    text = story.documents[doc].text
    al = Aligner(raw, text)
    hit = al.map(*span) if exact else al.map_partial(*span)
    if hit is None:
        return None
    a, b = hit
    best, overlap = None, 0
    for i, s in enumerate(story.sentences):
        if s.doc != doc:
            continue
        o = min(b, s.end) - max(a, s.start)
        if o > overlap:
            best, overlap = i, o
    return best if overlap >= 0.5 * (b - a) else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", default=str(Path(__file__).parent / "labels" / "context-frozen.json"))
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1] / ".." / "shared"))
    ap.add_argument(
        "--errors", action="store_true", help="list the misses and false alarms (text on screen only)"
    )
    ap.add_argument(
        "--closed", type=Path, help="with --errors: a file of story ids whose errors are not shown"
    )
    args = ap.parse_args()
    closed = closed_ids(ap, args.closed)
    hidden = 0
    labels = json.loads(Path(args.labels).read_text(encoding="utf-8"))
    by_story: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for it in labels["items"]:
        by_story[(it["file"], it["story"])].append(it)
    rows: dict[tuple[str, str], dict] = {}
    for fname in sorted({f for f, _ in by_story}):
        path = Path(args.shared) / "data" / fname
        with (gzip.open if path.suffix == ".gz" else open)(path, "rt", encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if (fname, row["id"]) in by_story:
                    rows[(fname, row["id"])] = row
    tp = fp = fn = tn = drift = lost = 0
    cue_hit: Counter[str] = Counter()
    cue_all: Counter[str] = Counter()
    furn_all: Counter[str] = Counter()
    furn_gone: Counter[str] = Counter()
    errors: list[str] = []
    for key in sorted(by_story):
        row = rows[key]
        rec = StoryRecord(row["id"], tuple(row["documents"]), tuple(row["summaries"]))
        prep = prepare(rec)
        story = prep.story  # type: ignore[union-attr]
        doc_of = {int(d.id.rsplit("-", 1)[1]) - 1: k for k, d in enumerate(story.documents)}
        needs = needs_previous(story.sentences, story.caseless)
        for it in by_story[key]:
            raw = row["documents"][it["ref"]]
            s, e = it["span"]
            drift += span_hash(raw[s:e]) != it["hash"]
            doc = doc_of.get(it["ref"])
            i = None if doc is None else _locate(story, doc, (s, e), raw, exact=bool(it["furniture"]))
            if it["furniture"]:
                furn_all[it["furniture"]] += 1
                if i is None or not is_candidate(story.sentences[i]):
                    furn_gone[it["furniture"]] += 1
                elif args.errors and key[1] in closed:
                    hidden += 1
                elif args.errors:
                    errors.append(f"FURNITURE kept ({it['furniture']}): {story.sentences[i].text[:100]}")
                continue
            if i is None:
                lost += 1
                continue
            gold, pred = it["needs_previous"], needs[i]
            if gold:
                cue_all[it["cue"]] += 1
                cue_hit[it["cue"]] += pred
            tp += gold and pred
            fp += pred and not gold
            fn += gold and not pred
            tn += not gold and not pred
            if args.errors and gold != pred and key[1] in closed:
                hidden += 1
            elif args.errors and gold != pred:
                tag = f"MISS ({it['cue']})" if gold else "FALSE ALARM"
                errors.append(f"{tag}: {story.sentences[i].text[:110]}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    print(f"labels: {args.labels} ({len(labels['items'])} sentences; frozen: {labels['frozen']})")
    print(f"hash drift: {drift}; non-furniture sentences not found in the clean text: {lost}")
    print()
    print("| context model | sentences | needs previous | precision | recall | F1 |")
    print("|---|---|---|---|---|---|")
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"| readability.needs_previous | {tp + fp + fn + tn} | {tp + fn} | {p:.2f} | {r:.2f} | {f1:.2f} |")
    print()
    print("| cue | labelled | caught | recall |")
    print("|---|---|---|---|")
    for cue, n in cue_all.most_common():
        print(f"| {cue} | {n} | {cue_hit[cue]} | {cue_hit[cue] / n:.2f} |")
    print()
    print("| furniture | labelled | not a candidate |")
    print("|---|---|---|")
    for kind, n in furn_all.most_common():
        print(f"| {kind} | {n} | {furn_gone[kind]} |")
    total = sum(furn_all.values())
    print(f"| all | {total} | {sum(furn_gone.values())} |")
    if errors or hidden:
        print()
        print(f"errors ({hidden} more in stories of --closed, not shown):")
        print("\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
