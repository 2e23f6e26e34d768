"""Every quotation of a seeded sample of unread stories, speech or not, for judging by reading.

    python bench/quote_sample.py [--shared ../shared] [--seed 1717] [--stories 80] [--wire 8]
                                 [--half write|check|all] [--short N] [--json OUT]
    python bench/quote_sample.py --diff START.json END.json [--half write|check|all]

The sample is drawn with `random.Random(seed)`: `--stories` stories of the Multi-News+ training file
(`multinews-plus-train.jsonl.gz`, lower-cased and tokenised: `" … "` marks with spaces) that hold a
quotation, and `--wire` stories of DUC 2003, DUC 2006 and MultiLing 2011 (never a frozen set's story:
`read_speakers.frozen_stories`), their first three articles no labels file holds. Each story is split
into the WRITE or the CHECK half by the same draw (every other story of the drawn order), so rules are
written from WRITE and judged once on CHECK. Each story is analysed whole, as a brief would. For each
quotation the listing gives its half, story, article, words, whether it is speech and by which rule (the
`attribution` rule that decided, `none` when none fired), its speaker and its sentence with the quoted
words in ⟦ ⟧. `--short N` lists only quotations of at most N words. `--json` writes the same rows;
`--diff` lists the quotations whose speech or speaker differs between two such files (run the start
code with `PYTHONPATH=/path/to/start/src`). A story with no usable text is named on stderr ("skipped
ID: reason") and the rest go on. Nothing is stored but what is printed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "labels"))
sys.path.insert(0, str(HERE))

from frozen8_selection import used_articles  # noqa: E402
from read_speakers import frozen_stories, tuning_files  # noqa: E402

from newsbrief.analyze import find_entities  # noqa: E402
from newsbrief.analyze.attribution import attribute  # noqa: E402
from newsbrief.analyze.coreference import DocView  # noqa: E402
from newsbrief.analyze.spans import spans  # noqa: E402
from newsbrief.errors import NewsbriefError  # noqa: E402
from newsbrief.ingest.stories import StoryRecord, record_to_raws  # noqa: E402
from newsbrief.pipeline import prepare_story  # noqa: E402

TRAIN = "multinews-plus-train.jsonl.gz"
WIRE = ("duc2003-task2-dev.jsonl", "duc2006-dev.jsonl", "multiling2011-en-dev.jsonl")
ARTICLES = 3  # first articles of a wire story


def draw(shared: Path, seed: int, stories: int, wire: int) -> list[tuple[str, str, dict]]:
    """(half, story id, row) for the drawn stories, in the drawn order."""
    data = shared / "data"
    with gzip.open(data / TRAIN, "rt", encoding="utf-8") as f:
        train = [json.loads(line) for line in f if line.strip()]
    train = [r for r in train if any(spans(t) for t in r["documents"])]
    rng = random.Random(seed)
    rows = rng.sample(train, stories)
    frozen = frozen_stories(shared)
    used = used_articles(HERE / "labels", tuning_files())
    pool = []
    for name in WIRE:
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and (r := json.loads(line))["id"] not in frozen:
                docs = [t for j, t in enumerate(r["documents"]) if j not in used.get(r["id"], ())][:ARTICLES]
                if any(spans(t) for t in docs):
                    pool.append({**r, "documents": docs})
    # session 49: the frozen sets now hold every DUC 2006 and MultiLing story and most of DUC 2003's, so
    # the wire half takes what is left rather than failing
    rows += rng.sample(sorted(pool, key=lambda r: r["id"]), min(wire, len(pool)))
    return [("write" if k % 2 == 0 else "check", r["id"], r) for k, r in enumerate(rows)]


def quotations(row: dict) -> list[dict]:
    """Every quotation of a story's articles, analysed as a brief analyses them."""
    record = StoryRecord(row["id"], tuple(row["documents"]), (), {})
    story = prepare_story(record_to_raws(record))
    ents = find_entities(story)
    by_doc: list[list] = [[] for _ in story.documents]
    for s in story.sentences:
        by_doc[s.doc].append(s)
    out = []
    for d, doc in enumerate(story.documents):
        dd = DocView(d, doc, by_doc[d], ents, story.caseless)
        for i, q in enumerate(dd.quotes):
            attribute(dd, i, q)
        for q in dd.quotes:
            s0 = dd.sentence_start(q.open_at)
            k = dd.sentence_index(q.close_at)
            s1 = dd.sents[k].end if 0 <= k < len(dd.sents) else q.after_close  # k indexes dd.sents (cut)
            text = doc.text
            ctx = (
                text[s0 : q.start] + "⟦" + text[q.start : q.end] + "⟧" + text[q.end : max(s1, q.after_close)]
            )
            out.append(
                {
                    "doc": d,
                    "start": q.start,
                    "end": q.end,
                    "words": q.words,
                    "speech": q.speech,
                    "rule": q.rule,
                    "speaker": q.speaker,
                    "context": " ".join(ctx.split())[:600],
                }
            )
    return out


def sample_rows(
    drawn: list[tuple[str, str, dict]], half: str, short: int = 0
) -> tuple[list[dict], list[tuple[str, str]]]:
    """The quotation rows of the drawn stories of `half`, and (story id, reason) for each story that
    cannot be analysed (no usable text: a `NewsbriefError`), recorded and passed by, as `batch` does
    (multinews-train-25720 of seed 4242 --stories 600, all page chrome, stopped the run)."""
    rows: list[dict] = []
    skipped: list[tuple[str, str]] = []
    for h, sid, row in drawn:
        if half not in ("all", h):
            continue
        try:
            found = quotations(row)
        except NewsbriefError as e:
            skipped.append((sid, str(e)))
            continue
        rows.extend({"half": h, "story": sid, **q} for q in found if not short or q["words"] <= short)
    return rows, skipped


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parents[1] / ".." / "shared")
    ap.add_argument("--seed", type=int, default=1717)
    ap.add_argument("--stories", type=int, default=80)
    ap.add_argument("--wire", type=int, default=8)
    ap.add_argument("--half", choices=("write", "check", "all"), default="write")
    ap.add_argument("--short", type=int, default=0, help="only quotations of at most this many words")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--diff", type=Path, nargs=2, metavar=("START", "END"))
    args = ap.parse_args()
    if args.diff:
        diff(*args.diff, args.half)
        return
    drawn = draw(args.shared, args.seed, args.stories, args.wire)
    wire = sum(not sid.startswith("multinews-train") for _, sid, _ in drawn)
    if wire < args.wire:  # the frozen sets hold most wire stories (session 49): say the shortfall
        print(f"--wire {args.wire}: only {wire} wire stories outside the frozen sets", file=sys.stderr)
    rows, skipped = sample_rows(drawn, args.half, args.short)
    for sid, why in skipped:
        print(f"skipped {sid}: {why}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=0), encoding="utf-8")
        return
    for r in rows:
        kind = "SPEECH" if r["speech"] else "term  "
        where = f"{r['half']} {r['story']}/{r['doc']} {r['start']}"
        print(f"{where} w{r['words']} {kind} {r['rule']} -> {r['speaker']}")
        print("    " + r["context"])


def diff(start: Path, end: Path, half: str) -> None:
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (start, end))
    key = lambda r: (r["story"], r["doc"], r["start"], r["end"])  # noqa: E731
    was, now = {key(r): r for r in a}, {key(r): r for r in b}
    moved = 0
    for k in sorted(was.keys() | now.keys()):
        x, y = was.get(k), now.get(k)
        if half != "all" and (x or y)["half"] != half:
            continue
        if x is None or y is None or (x["speech"], x["speaker"]) != (y["speech"], y["speaker"]):
            moved += 1
            fx = f"{'speech' if x['speech'] else 'term'}/{x['rule']}/{x['speaker']}" if x else "no quote"
            fy = f"{'speech' if y['speech'] else 'term'}/{y['rule']}/{y['speaker']}" if y else "no quote"
            print(f"{k}: {fx} -> {fy}\n    {(y or x)['context']}")
    print(moved, "quotations moved")


if __name__ == "__main__":
    main()
