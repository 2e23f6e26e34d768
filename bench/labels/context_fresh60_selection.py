"""How the 150 sentences of `context-fresh60.json` were drawn (fixed seed); prints the draw.

    python bench/labels/context_fresh60_selection.py [--shared ../shared] [--closed FILE] [--spans]

Training text (`multinews-plus-train.jsonl.gz`), stories that no labels file in bench/labels/ holds
(`draws.story_ids` over the files there were at the draw: `DRAWN_AGAINST`) and, with `--closed`, none of
that list's stories (session 60's closed list at the draw). `random.Random(SEED)` shuffles those story ids
(sorted first); each story gives one document drawn with the same generator, as cleaned and split by
newsbrief (the cleaner and splitter only: `pipeline.prepare_story`, never a summarizer or the context
model). The first `LEADS` stories whose document has at least 2 sentences give its FIRST sentence (a lead:
where a false need costs most, as no sentence comes before it); the next `RUNS` stories whose document has
at least `RUN + 1` sentences give a run of `RUN` consecutive sentences starting at a drawn sentence after
the first. `--spans` prints each sentence's span in the original document (the labels' offsets; the
longest run of its words when the cleaner changed its ends, `Aligner.map_partial`)."""

from __future__ import annotations

from pathlib import Path

from context_fresh57_selection import read_rows as read_rows  # session 57's reader (folder on sys.path)
from context_fresh59_selection import LEADS as LEADS  # session 59's shape: 40 leads, 11 runs of 10
from context_fresh59_selection import RUN as RUN
from context_fresh59_selection import RUNS as RUNS
from context_fresh59_selection import draw as draw59  # session 59's draw
from context_fresh59_selection import main as main59  # session 59's listing

SEED = 6050
DATA = "multinews-plus-train.jsonl.gz"
LABELS = Path(__file__).resolve().parent
# The labels files there were when this set was drawn (later ones must not change the draw).
DRAWN_AGAINST = (
    "align-frozen.json",
    "align-frozen2.json",
    "align-frozen3.json",
    "align-frozen4.json",
    "align-frozen5.json",
    "align-frozen6.json",
    "align-frozen7.json",
    "align-frozen8.json",
    "align-tune.json",
    "align-tune2.json",
    "analysis.json",
    "caseless-entities-fresh57.json",
    "caseless-entities-fresh58.json",
    "caseless-entities-fresh59.json",
    "caseless-entities-frozen35.json",
    "caseless-entities-frozen56.json",
    "caseless-frozen35.json",
    "citations-fresh59.json",
    "citations-tune59.json",
    "conflicts-fresh57.json",
    "conflicts-fresh58.json",
    "conflicts-frozen54.json",
    "conflicts-tune54.json",
    "conflicts-tune55.json",
    "context-did50.json",
    "context-fresh56.json",
    "context-fresh57.json",
    "context-fresh59.json",
    "context-frozen.json",
    "context-frozen2.json",
    "context-frozen3.json",
    "context-frozen4.json",
    "entities-frozen35.json",
    "entities-frozen37.json",
    "frozen-unseen.json",
    "frozen10-unseen.json",
    "frozen11-unseen.json",
    "frozen2-unseen.json",
    "frozen3-unseen.json",
    "frozen4-unseen.json",
    "frozen5-unseen.json",
    "frozen6-unseen.json",
    "frozen7-unseen.json",
    "frozen8-unseen.json",
    "frozen9-unseen.json",
    "heldout.json",
    "speakers-fresh56.json",
    "speakers-fresh57.json",
    "speakers-fresh58.json",
    "speakers-fresh59.json",
    "speakers-frozen36.json",
    "term-readings.json",
    "terms-frozen38.json",
    "terms-tune39.json",
)


def draw(rows: list[dict], avoid: set[str], seed: int = SEED) -> list[tuple[str, int, int, int]]:
    """Session 59's draw (`context_fresh59_selection.draw`) with this set's seed."""
    return draw59(rows, avoid, seed)


def main() -> None:
    """Session 59's listing (`context_fresh59_selection.main`) with this set's docstring, labels and draw."""
    main59(__doc__, DRAWN_AGAINST, draw)


if __name__ == "__main__":
    main()
