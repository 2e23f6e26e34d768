"""How the articles of `frozen7-unseen.json` were drawn (fixed seed); prints them.

    python bench/labels/frozen7_selection.py [--shared ../shared]

The eligibility and repeat rules of `frozen4_selection.py` (its helpers are imported), against the labels
files there were when this set was drawn, with a new seed, in normal case (never multinews-plus):

* DUC 2006: only the topics given to this set (the other topics belong to the alignment labeller of the
  same session), articles of at most 6,000 characters holding at least 4 quotations of 4+ words that no
  quotes-and-entities labels file holds, repeating no article such a file holds or one drawn before it
  (half or more of its 5-word runs in the other). Topics are shuffled and give up to 2 articles each until
  there are 6.
* LongBench Multi-News dev (raw scraped articles, like the hidden test set): one article per line, from
  lines no quotes-and-entities labels file uses, under the same rules. Lines are shuffled with the same
  generator and give one article each until there are 10 and the set holds 160 quotations of 4+ words, or
  there are 12; then the next DUC topics give up to 2 articles each until the set holds 160 or there are 10
  DUC articles.
"""

from __future__ import annotations

from pathlib import Path

# run as a script: its folder is on sys.path
import frozen6_selection
from frozen3_selection import eligible, labelled_texts, repeats, runs, used_documents
from frozen4_selection import Drawing, read_data, report

SEED = 20261130 + 7
# the DUC 2006 topics given to this set; the alignment labeller of session 7 has the others
DUC_TOPICS = tuple(
    f"duc2006-{t}"
    for t in [
        "D0601A",
        "D0606F",
        "D0609I",
        "D0611B",
        "D0612C",
        "D0613D",
        "D0615F",
        "D0616G",
        "D0620B",
        "D0622D",
        "D0631D",
        "D0634G",
        "D0642F",
        "D0649D",
    ]
)
DUC_FIRST, DUC_MAX = 6, 10
LONGBENCH_MIN, LONGBENCH_MAX = 10, 12
# above 150: the script's count of quotations of 4+ words runs a little above the labelled count
TARGET_QUOTATIONS = 160
# The quotes-and-entities labels files there were when this set was drawn (later ones must not change the
# draw); alignment and context labels carry no quote or entity labels.
DRAWN_AGAINST = (*frozen6_selection.DRAWN_AGAINST, "frozen6-unseen.json")


def _duc_candidates(rows: list[dict], used: dict[str, set[int]], seen: list[set]) -> dict[str, list[int]]:
    """Eligible articles of the given topics that no labels file holds, leaving out a near-copy of an
    earlier one of the topic (DUC topics hold the same wire story twice; `Drawing.take` draws 2 at once)."""
    out: dict[str, list[int]] = {}
    for r in rows:
        if r["id"] not in DUC_TOPICS:
            continue
        docs: list[int] = []
        for j, t in enumerate(r["documents"]):
            if j in used.get(r["id"], ()) or not eligible(t) or repeats(t, seen):
                continue
            if not repeats(t, [runs(r["documents"][i]) for i in docs]):
                docs.append(j)
        if docs:
            out[r["id"]] = docs
    return out


def draw(
    duc: list[dict], longbench: list[dict], used_quotes: dict[str, set[int]], labelled: list[str]
) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(story id, document index) of the drawn DUC and LongBench articles, each in file order."""
    d = Drawing(SEED, duc, longbench, labelled)
    duc_docs = d.docs_of = _duc_candidates(duc, used_quotes, d.seen)
    topics = d.rng.sample(sorted(duc_docs), len(duc_docs))
    duc_picks: list[tuple[str, int]] = []
    while topics and len(duc_picks) < DUC_FIRST:
        duc_picks += d.take(topics.pop(0), min(2, DUC_FIRST - len(duc_picks)))
    order, lb_picks = d.longbench(
        longbench, set(used_quotes), LONGBENCH_MIN, LONGBENCH_MAX, TARGET_QUOTATIONS
    )
    d.docs_of = duc_docs
    while topics and d.total < TARGET_QUOTATIONS and len(duc_picks) < DUC_MAX:
        duc_picks += d.take(topics.pop(0), min(2, DUC_MAX - len(duc_picks)))
    return sorted(duc_picks), sorted(lb_picks, key=lambda p: (order[p[0]], p[1]))


def main() -> None:
    data_dir, duc, longbench = read_data(__doc__.splitlines()[0])
    used_quotes = used_documents(Path(__file__).resolve().parent, DRAWN_AGAINST, quotes_only=True)
    duc_picks, lb_picks = draw(duc, longbench, used_quotes, labelled_texts(data_dir, used_quotes))
    report(duc, longbench, duc_picks, lb_picks)


if __name__ == "__main__":
    main()
