"""How the articles of `frozen6-unseen.json` were drawn (fixed seed); prints them.

    python bench/labels/frozen6_selection.py [--shared ../shared]

The eligibility and repeat rules of `frozen4_selection.py` (its helpers are imported), against the labels
files there were when this set was drawn, with a new seed, in normal case (never multinews-plus):

* DUC 2003 task 2: only the topics given to this set (the other DUC 2003 and MultiLing topics belong to
  the alignment labeller of the same session), articles of at most 9,000 characters (6,000 leaves only
  three topics with eligible articles) holding at least 4 quotations of 4+ words, repeating no article a
  quotes-and-entities file holds, one drawn before it or an earlier one of its topic (half or more of its
  5-word runs in the other). Topics are shuffled and give up to 2 articles each until there are 8 or the
  topics run out.
* MultiLing 2011 English: topics M001 and M009, one article each under the same rules.
* LongBench Multi-News dev (raw scraped articles, like the hidden test set): one article per line, from
  lines no quotes-and-entities labels file uses, under the same rules. Lines are shuffled with the same
  generator and give one article each until there are 6 and the set holds 160 quotations of 4+ words, or
  there are 8 and it holds 150.
"""

from __future__ import annotations

import json
from pathlib import Path

# run as a script: its folder is on sys.path
from frozen3_selection import labelled_texts, quotations, repeats, runs, used_documents
from frozen4_selection import Drawing, _candidates, read_data, report

SEED = 20261130 + 6
DUC2003 = "duc2003-task2-dev.jsonl"
MULTILING = "multiling2011-en-dev.jsonl"
# the topics given to this set; the alignment labeller of session 6 has the others
DUC_TOPICS = tuple(
    f"duc2003-task2-{t}" for t in ("d30005t", "d30010t", "d30040t", "d31009t", "d30012t", "d31022t")
)
MULTILING_TOPICS = ("multiling2011-english-M001", "multiling2011-english-M009")
DUC_ARTICLES = 8
DUC_MAX_CHARS = 9000
# above frozen4's 150: the script's count of quotations of 4+ words runs a little above the labelled count
TARGET_QUOTATIONS = 160
LONGBENCH_MIN, LONGBENCH_MAX = 6, 8
# The quotes-and-entities labels files there were when this set was drawn (later ones must not change the
# draw); alignment and context labels carry no quote or entity labels, and the DUC 2003 and MultiLing
# topics are named above.
DRAWN_AGAINST = (
    "analysis.json",
    "frozen-unseen.json",
    "frozen2-unseen.json",
    "frozen3-unseen.json",
    "frozen4-unseen.json",
    "frozen5-unseen.json",
    "heldout.json",
)


def _duc_candidates(row: dict, seen: list[set]) -> list[int]:
    """Eligible articles of a DUC topic, leaving out a near-copy of an earlier one of the topic (DUC
    topics hold the same wire story twice, and `Drawing.take` draws 2 at once)."""
    out: list[int] = []
    for j, t in enumerate(row["documents"]):
        if len(t) > DUC_MAX_CHARS or quotations(t) < 4 or repeats(t, seen):
            continue
        if not repeats(t, [runs(row["documents"][i]) for i in out]):
            out.append(j)
    return out


def draw(
    duc: list[dict], multiling: list[dict], longbench: list[dict], used_quotes: set[str], labelled: list[str]
) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(story id, document index) of the drawn DUC 2003 and MultiLing articles (in file order) and of the
    LongBench articles (in line order)."""
    d = Drawing(SEED, duc + multiling, longbench, labelled)
    d.docs_of = {r["id"]: c for r in duc if r["id"] in DUC_TOPICS and (c := _duc_candidates(r, d.seen))}
    other: list[tuple[str, int]] = []
    for topic in d.rng.sample(sorted(d.docs_of), len(d.docs_of)):
        if len(other) >= DUC_ARTICLES:
            break
        other += d.take(topic, min(2, DUC_ARTICLES - len(other)))
    d.docs_of = _candidates([r for r in multiling if r["id"] in MULTILING_TOPICS], set(), d.seen)
    for topic in sorted(d.docs_of):
        other += d.take(topic, 1)
    order = {r["id"]: i for i, r in enumerate(longbench)}
    d.docs_of = _candidates(longbench, used_quotes, d.seen)
    lb_picks: list[tuple[str, int]] = []
    for story in d.rng.sample(sorted(d.docs_of, key=order.__getitem__), len(d.docs_of)):
        if len(lb_picks) >= LONGBENCH_MIN and d.total >= TARGET_QUOTATIONS:
            break
        if len(lb_picks) >= LONGBENCH_MAX and d.total >= TARGET_QUOTATIONS - 10:
            break
        lb_picks += d.take(story, 1)
    return sorted(other), sorted(lb_picks, key=lambda p: (order[p[0]], p[1]))


def main() -> None:
    data_dir, _, longbench = read_data(__doc__.splitlines()[0])

    def read(name: str) -> list[dict]:
        return [json.loads(line) for line in (data_dir / name).read_text(encoding="utf-8").splitlines()]

    duc, multiling = read(DUC2003), read(MULTILING)
    here = Path(__file__).resolve().parent
    used_quotes = used_documents(here, DRAWN_AGAINST, quotes_only=True)
    labelled = labelled_texts(data_dir, used_quotes)
    other, lb_picks = draw(duc, multiling, longbench, set(used_quotes), labelled)
    report(duc + multiling, longbench, other, lb_picks)


if __name__ == "__main__":
    main()
