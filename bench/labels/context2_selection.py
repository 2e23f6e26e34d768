"""How the stories and documents of `context-frozen2.json` and `context-frozen3.json` were drawn (fixed
seeds); prints the draw.

    python bench/labels/context2_selection.py [--set frozen2|frozen3|frozen4] [--shared ../shared]

`context-frozen.json` was drawn with `random.Random(16)` by code that was not kept, so this draw is
written anew with the same rule and a new seed: stories of `longbench-multinews-dev.jsonl` and then of
`duc2006-dev.jsonl` that `context-frozen.json` does not use are shuffled; each gives its first document,
in a shuffled order, with at least `SENTENCES` sentences as cleaned and split by newsbrief (the cleaner
and splitter only: `pipeline.prepare_story`, never a summarizer or the context model), until there are
`STORIES[file]` stories of the file. The labelled sentences are that document's first `SENTENCES`.

`--set frozen3` draws `context-frozen3.json` by the same rule with its own seed and files (`SETS`):
LongBench Multi-News dev and DUC 2003 task 2 dev stories that neither earlier context file uses.

`--set frozen4` draws `context-frozen4.json` at the document level, against every labels file there was
at the draw (`FROZEN4_AGAINST`: quotes-and-entities, alignment and context files alike) with
`random.Random(FROZEN4_SEED)`: first the LongBench dev lines no labels file uses, shuffled, each giving its
first document (in a shuffled order) with at least `SENTENCES` sentences; then DUC 2006 dev topics (any
topic), shuffled with the same generator, each giving its first such document that no labels file holds,
until the set has `FROZEN4_STORIES` stories. A document that repeats one a labels file holds or one drawn
before it (half or more of its 5-word runs in the other: `frozen3_selection.repeats`) is skipped.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass
from pathlib import Path

from newsbrief.ingest.stories import StoryRecord, record_to_raws
from newsbrief.model import Sentence
from newsbrief.pipeline import prepare_story

SEED = 20261130 + 16
SENTENCES = 10
STORIES = {"longbench-multinews-dev.jsonl": 16, "duc2006-dev.jsonl": 10}
FIRST_SET = Path(__file__).resolve().parent / "context-frozen.json"
SECOND_SET = Path(__file__).resolve().parent / "context-frozen2.json"


@dataclass(frozen=True)
class DrawSet:
    """One frozen set's draw: its seed, stories a file (in draw order) and the label files it avoids."""

    seed: int
    stories: dict[str, int]
    avoid: tuple[Path, ...]


SETS = {
    "frozen2": DrawSet(SEED, STORIES, (FIRST_SET,)),
    "frozen3": DrawSet(
        20261130 + 1603,
        {"longbench-multinews-dev.jsonl": 14, "duc2003-task2-dev.jsonl": 12},
        (FIRST_SET, SECOND_SET),
    ),
}


def used_stories(*paths: Path) -> set[tuple[str, str]]:
    """(file, story id) of every story the given context sets label (the first set when none given)."""
    out: set[tuple[str, str]] = set()
    for path in paths or (FIRST_SET,):
        items = json.loads(path.read_text(encoding="utf-8"))["items"]
        out |= {(it["file"], it["story"]) for it in items}
    return out


def opening(row: dict, ref: int) -> list[Sentence] | None:
    """The first `SENTENCES` clean sentences of document `ref` of a row, or None when it has fewer
    (or was left out by the cleaner)."""
    raws = record_to_raws(StoryRecord(row["id"], (row["documents"][ref],), ()))
    try:
        story = prepare_story(raws)
    except Exception:  # a document with no usable text is simply not eligible
        return None
    sents = [s for s in story.sentences if s.doc == 0]
    return sents[:SENTENCES] if len(sents) >= SENTENCES else None


def draw(
    rows: dict[str, list[dict]],
    used: set[tuple[str, str]],
    seed: int = SEED,
    stories: dict[str, int] = STORIES,
) -> list[tuple[str, str, int]]:
    """(file, story id, document index) of each drawn story, in draw order."""
    rng = random.Random(seed)
    out: list[tuple[str, str, int]] = []
    for fname, want in stories.items():
        ids = sorted(r["id"] for r in rows[fname] if (fname, r["id"]) not in used)
        by_id = {r["id"]: r for r in rows[fname]}
        taken = 0
        for sid in rng.sample(ids, len(ids)):
            if taken == want:
                break
            row = by_id[sid]
            refs = list(range(len(row["documents"])))
            for ref in rng.sample(refs, len(refs)):
                if opening(row, ref) is not None:
                    out.append((fname, sid, ref))
                    taken += 1
                    break
    return out


FROZEN4_SEED = 20261130 + 1604
FROZEN4_STORIES = 26
FROZEN4_FILES = ("longbench-multinews-dev.jsonl", "duc2006-dev.jsonl")


def frozen4_against() -> tuple[str, ...]:
    """Every labels file there was when `context-frozen4.json` was drawn (later ones must not change it)."""
    import frozen8_selection  # run as a script or from the label tests: this folder is on sys.path

    return (*frozen8_selection.DRAWN_AGAINST, "frozen8-unseen.json")


def draw_frozen4(
    rows: dict[str, list[dict]], used: dict[str, set[int]], labelled: list[str], seed: int = FROZEN4_SEED
) -> list[tuple[str, str, int]]:
    """(file, story id, document index) of `context-frozen4.json`'s stories, in draw order: `used` maps a
    story id to the document indices labels files hold, `labelled` is their texts."""
    from frozen3_selection import repeats, runs

    rng = random.Random(seed)
    seen = [runs(t) for t in labelled]
    out: list[tuple[str, str, int]] = []
    for fname in FROZEN4_FILES:
        whole_lines = fname.startswith("longbench")  # a LongBench line is eligible only when wholly unused
        by_id = {r["id"]: r for r in rows[fname] if not (whole_lines and r["id"] in used)}
        for sid in rng.sample(sorted(by_id), len(by_id)):
            if len(out) == FROZEN4_STORIES:
                break
            row = by_id[sid]
            refs = [j for j in range(len(row["documents"])) if j not in used.get(sid, ())]
            for ref in rng.sample(refs, len(refs)):
                text = row["documents"][ref]
                if not repeats(text, seen) and opening(row, ref) is not None:
                    seen.append(runs(text))
                    out.append((fname, sid, ref))
                    break
    return out


def draw_fourth(shared: Path) -> list[tuple[str, str, int]]:
    """The draw of `context-frozen4.json` from the shared data."""
    import frozen8_selection
    from frozen3_selection import labelled_texts

    used = frozen8_selection.used_articles(FIRST_SET.parent, frozen4_against())
    rows = read_rows(shared, dict.fromkeys(FROZEN4_FILES, 0))
    return draw_frozen4(rows, used, labelled_texts(shared / "data", used))


def read_rows(shared: Path, files: dict[str, int] = STORIES) -> dict[str, list[dict]]:
    data = shared / "data"
    return {
        n: [json.loads(line) for line in (data / n).read_text(encoding="utf-8").splitlines()] for n in files
    }


def draw_set(name: str, shared: Path) -> list[tuple[str, str, int]]:
    """The draw of the frozen set `name` (a key of `SETS`)."""
    ds = SETS[name]
    return draw(read_rows(shared, ds.stories), used_stories(*ds.avoid), ds.seed, ds.stories)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="frozen2", choices=[*sorted(SETS), "frozen4"])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    args = ap.parse_args()
    shared = Path(args.shared)
    picks = draw_fourth(shared) if args.set == "frozen4" else draw_set(args.set, shared)
    for fname, sid, ref in picks:
        print(f"{fname}\t{sid}\tdocument {ref}")


if __name__ == "__main__":
    main()
