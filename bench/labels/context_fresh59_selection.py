"""How the 150 sentences of `context-fresh59.json` were drawn (fixed seed); prints the draw.

    python bench/labels/context_fresh59_selection.py [--shared ../shared] [--closed FILE] [--spans]

Training text (`multinews-plus-train.jsonl.gz`), stories that no labels file in bench/labels/ holds
(`draws.story_ids` over the files there were at the draw: `DRAWN_AGAINST`) and, with `--closed`, none of
that list's stories (session 59's closed list at the draw). `random.Random(SEED)` shuffles those story ids
(sorted first); each story gives one document drawn with the same generator, as cleaned and split by
newsbrief (the cleaner and splitter only: `pipeline.prepare_story`, never a summarizer or the context
model). The first `LEADS` stories whose document has at least 2 sentences give its FIRST sentence (a lead:
where a false need costs most, as no sentence comes before it); the next `RUNS` stories whose document has
at least `RUN + 1` sentences give a run of `RUN` consecutive sentences starting at a drawn sentence after
the first. `--spans` prints each sentence's span in the original document (the labels' offsets; the
longest run of its words when the cleaner changed its ends, `Aligner.map_partial`)."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import draws
from context_fresh57_selection import read_rows, sentences  # session 57's reader (its folder is on sys.path)

from newsbrief.ingest.stories import StoryRecord, record_to_raws
from newsbrief.pipeline import prepare_story

SEED = 5950
DATA = "multinews-plus-train.jsonl.gz"
LEADS = 40
RUNS = 11
RUN = 10
LABELS = Path(__file__).resolve().parent
# The labels files there were when this set was drawn (later ones must not change the draw).
DRAWN_AGAINST = (
    *(f"align-frozen{n}.json" for n in ("", 2, 3, 4, 5, 6, 7, 8)),
    "align-tune.json",
    "align-tune2.json",
    "analysis.json",
    "caseless-entities-fresh57.json",
    "caseless-entities-fresh58.json",
    "caseless-entities-frozen35.json",
    "caseless-entities-frozen56.json",
    "caseless-frozen35.json",
    "conflicts-fresh57.json",
    "conflicts-fresh58.json",
    "conflicts-frozen54.json",
    "conflicts-tune54.json",
    "conflicts-tune55.json",
    "context-did50.json",
    "context-fresh56.json",
    "context-fresh57.json",
    *(f"context-frozen{n}.json" for n in ("", 2, 3, 4)),
    "entities-frozen35.json",
    "entities-frozen37.json",
    *(f"frozen{n}-unseen.json" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)),
    "heldout.json",
    "speakers-fresh56.json",
    "speakers-fresh57.json",
    "speakers-fresh58.json",
    "speakers-frozen36.json",
    "term-readings.json",
    "terms-frozen38.json",
    "terms-tune39.json",
)


def draw(rows: list[dict], avoid: set[str], seed: int = SEED) -> list[tuple[str, int, int, int]]:
    """(story id, document index, first sentence index, sentences) of each pick, in draw order: the
    `LEADS` leads (one sentence each) first, then the `RUNS` runs."""
    rng = random.Random(seed)
    by_id = {r["id"]: r for r in rows if r["id"] not in avoid}
    out: list[tuple[str, int, int, int]] = []
    for sid in rng.sample(sorted(by_id), len(by_id)):
        if len(out) == LEADS + RUNS:
            break
        row = by_id[sid]
        ref = rng.randrange(len(row["documents"]))
        n = len(sentences(row, ref))
        if len(out) < LEADS:
            if n >= 2:
                out.append((sid, ref, 0, 1))
        elif n >= RUN + 1:
            out.append((sid, ref, rng.randrange(1, n - RUN + 1), RUN))
    return out


def main(doc: str = __doc__, drawn_against: tuple[str, ...] = DRAWN_AGAINST, pick=draw) -> None:
    """List the picks (`--spans`: each sentence's span in the original text). Session 60's script calls
    it with its own docstring, label list and draw."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    ap.add_argument("--closed", type=Path, help="a file of story ids (one a line) never drawn")
    ap.add_argument("--spans", action="store_true")
    args = ap.parse_args()
    rows = read_rows(Path(args.shared))
    avoid = draws.story_ids(LABELS, drawn_against)
    if args.closed:
        try:
            avoid |= {ln.strip() for ln in args.closed.read_text(encoding="utf-8").splitlines() if ln.strip()}
        except OSError as e:
            ap.error(f"cannot read --closed: {e}")
    picks = pick(rows, avoid)
    by_id = {r["id"]: r for r in rows}
    for sid, ref, first, count in picks:
        print(f"{DATA}\t{sid}\tdocument {ref}\tsentences {first}-{first + count - 1}")
        if args.spans:
            from label_scoring import Aligner  # bench/ on sys.path when run from the repository

            raw = by_id[sid]["documents"][ref]
            sents = sentences(by_id[sid], ref)
            doc_text = prepare_story(record_to_raws(StoryRecord(sid, (raw,), ()))).documents[0].text
            al = Aligner(doc_text, raw)
            for s in sents[first : first + count]:
                print(f"  {s.index}\t{al.map_partial(s.start, s.end)}")


if __name__ == "__main__":
    main()
