"""How the articles of `frozen5-unseen.json` were drawn (fixed seed); prints them.

    python bench/labels/frozen5_selection.py [--shared ../shared]

The rules of `frozen4_selection.py` (its helpers are imported), against the labels files there were when
this set was drawn, with a new seed, in normal case (never multinews-plus, which is lower-cased):

* DUC 2006: articles of at most 6,000 characters holding at least 4 quotations of 4+ words, in topics no
  labels file uses whose id sorts before D0626 (later topics are left for alignment labels), repeating no
  article a quotes-and-entities file holds or one drawn before it (half or more of its 5-word runs in the
  other; most LongBench lines hold alignment labels, which carry no quote or entity labels). Topics are
  shuffled and give up to 2 articles each until there are 10.
* LongBench Multi-News dev (raw scraped articles, like the hidden test set): one article per line, from
  lines no quotes-and-entities labels file uses and not the lines left to the alignment labeller of the
  same session, under the same rules. Lines are shuffled with the same generator and give one article each
  until there are 6 and the set holds 160 quotations of 4+ words, or there are 8; then the next DUC topics
  give up to 2 articles each until the set holds 160, and when those run out, the next LongBench lines one
  article each until it does.
"""

from __future__ import annotations

from pathlib import Path

# run as a script: its folder is on sys.path
from frozen3_selection import labelled_texts, used_documents
from frozen4_selection import Drawing, _candidates, read_data, report

SEED = 20261130 + 5
# above frozen4's 150: the script's count of quotations of 4+ words runs a little above the labelled count
TARGET_QUOTATIONS = 160
LONGBENCH_MIN, LONGBENCH_MAX = 6, 8
# 1-based lines of the LongBench file kept for the alignment labeller of session 5.
ALIGN_LINES = (16, 40, 41, 43, 49, 81, 93)
# The labels files there were when this set was drawn (later ones must not change the draw).
DRAWN_AGAINST = (
    "align-frozen.json",
    "align-frozen2.json",
    "align-tune.json",
    "align-tune2.json",
    "analysis.json",
    "context-frozen.json",
    "frozen-unseen.json",
    "frozen2-unseen.json",
    "frozen3-unseen.json",
    "frozen4-unseen.json",
    "heldout.json",
)


def draw(
    duc: list[dict], longbench: list[dict], used_all: set[str], used_quotes: set[str], labelled: list[str]
) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(story id, document index) of the drawn DUC and LongBench articles, each in file order."""
    d = Drawing(SEED, duc, longbench, labelled)
    duc_docs, topics, duc_picks = d.first_duc(duc, used_all)
    order = {r["id"]: i for i, r in enumerate(longbench)}
    held = used_quotes | {longbench[n - 1]["id"] for n in ALIGN_LINES}
    lb_docs = d.docs_of = _candidates(longbench, held, d.seen)
    lines = d.rng.sample(sorted(lb_docs, key=order.__getitem__), len(lb_docs))
    lb_picks: list[tuple[str, int]] = []
    while lines:
        lb_picks += d.take(lines.pop(0), 1)
        if len(lb_picks) >= LONGBENCH_MAX or (
            len(lb_picks) >= LONGBENCH_MIN and d.total >= TARGET_QUOTATIONS
        ):
            break
    d.docs_of = duc_docs
    while topics and d.total < TARGET_QUOTATIONS:
        duc_picks += d.take(topics.pop(0), 2)
    # the DUC topics before D0626 run out first: the next LongBench lines make up the rest
    d.docs_of = lb_docs
    while lines and d.total < TARGET_QUOTATIONS:
        lb_picks += d.take(lines.pop(0), 1)
    return sorted(duc_picks), sorted(lb_picks, key=lambda p: (order[p[0]], p[1]))


def main() -> None:
    data_dir, duc, longbench = read_data(__doc__.splitlines()[0])
    here = Path(__file__).resolve().parent
    used = used_documents(here, DRAWN_AGAINST)
    used_quotes = used_documents(here, DRAWN_AGAINST, quotes_only=True)
    # near-copies are checked against the quotes-and-entities files' articles: an article labelled only for
    # alignment (most LongBench lines now) carries no quote or entity labels to leak
    labelled = labelled_texts(data_dir, used_quotes)
    duc_picks, lb_picks = draw(duc, longbench, set(used), set(used_quotes), labelled)
    report(duc, longbench, duc_picks, lb_picks)


if __name__ == "__main__":
    main()
