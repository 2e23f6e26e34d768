"""How the articles of `frozen9-unseen.json` were drawn (fixed seed); prints them.

    python bench/labels/frozen9_selection.py [--shared ../shared]

The eligibility and repeat rules of `frozen4_selection.py` and the every-file rule of
`frozen8_selection.py` (their helpers are imported), in normal case, with a new seed. An article is
eligible when it has at most 8,000 characters (6,000 in the earlier sets: the unused articles that short
hold only about 100 quotations of 4+ words), holds at least 4 quotations of 4+ words, no labels file holds
it (quotes-and-entities, alignment and context files alike), it is not in a story of this session's
alignment labeller, and it repeats no article a labels file holds or one drawn before it (half or more of
its 5-word runs in the other):

* DUC 2003 task 2 dev: topics other than the 6 given to the alignment labeller, shuffled, one article each
  (drawn at random) until there are 11;
* MultiLing 2011 English dev: topics other than M001 and M009 (the alignment labeller's), shuffled with the
  same generator, one article each, then a second article each in the same order, until the set holds 18
  articles and 160 quotations of 4+ words by the script's count;
* still short: a second article from each DUC 2003 topic, in the DUC order;
* still short: articles of up to 12,000 characters, one a story (never a third from a story), the stories
  of both files in a seeded order.

No DUC 2006 and no LongBench article: both are the context labeller's this session.
"""

from __future__ import annotations

import json
from pathlib import Path

# run as a script: its folder is on sys.path
from frozen3_selection import labelled_texts, quotations, repeats
from frozen4_selection import Drawing, read_data, report
from frozen8_selection import DRAWN_AGAINST as FROZEN8_DRAWN_AGAINST
from frozen8_selection import DUC2003, MULTILING, _one_each, used_articles

SEED = 20261130 + 9
DUC2003_ARTICLES = 11
# above the 6,000 of the earlier sets: the unused articles of at most 6,000 characters hold only about 100
# quotations of 4+ words (the earlier sets used most of these two files)
MAX_CHARS = 8000
# still short of the target after both files: longer articles, up to this length
MAX_CHARS_LONG = 12000
MIN_ARTICLES = 18
# above 150: the script's count of quotations of 4+ words runs a little above the labelled count
TARGET_QUOTATIONS = 160
# the stories of this session's alignment labeller
ALIGN_TOPICS = frozenset(
    [f"duc2003-task2-{t}" for t in ("d30005t", "d30010t", "d30012t", "d30040t", "d31009t", "d31022t")]
    + [f"multiling2011-english-{t}" for t in ("M001", "M009")]
)
# Every labels file there was when this set was drawn (later ones must not change the draw): frozen8's
# and frozen8 itself
DRAWN_AGAINST = (*FROZEN8_DRAWN_AGAINST, "frozen8-unseen.json")


def _article_candidates(
    rows: list[dict], used: dict[str, set[int]], seen: list[set], most: int = MAX_CHARS
) -> dict[str, list[int]]:
    """Story id -> its eligible articles (at most `most` characters) that no labels file holds, outside
    the alignment labeller's stories."""
    cands = {
        r["id"]: [
            j
            for j, doc in enumerate(r["documents"])
            if j not in used.get(r["id"], ())
            and len(doc) <= most
            and quotations(doc) >= 4
            and not repeats(doc, seen)
        ]
        for r in rows
        if r["id"] not in ALIGN_TOPICS
    }
    return {s: c for s, c in cands.items() if c}


def draw(
    duc2003: list[dict], multiling: list[dict], used: dict[str, set[int]], labelled: list[str]
) -> list[tuple[str, int]]:
    """(story id, document index) of the drawn articles, in file order."""
    d = Drawing(SEED, duc2003 + multiling, [], labelled)
    picks: list[tuple[str, int]] = []
    duc_docs = _article_candidates(duc2003, used, d.seen)
    d.docs_of = duc_docs
    duc_topics = d.rng.sample(sorted(duc_docs), len(duc_docs))
    picks += _one_each(d, duc_topics, DUC2003_ARTICLES)
    d.docs_of = _article_candidates(multiling, used, d.seen)
    topics = d.rng.sample(sorted(d.docs_of), len(d.docs_of))
    for _ in range(2):  # at most 2 a topic
        d.docs_of = {s: [j for j in js if (s, j) not in picks] for s, js in d.docs_of.items()}
        picks += _one_each(d, topics, None, len(picks))
    # still short: a second article from the DUC 2003 topics, in the same order
    d.docs_of = {s: [j for j in js if (s, j) not in picks] for s, js in duc_docs.items()}
    picks += _one_each(d, [s for s in duc_topics if d.docs_of[s]], None, len(picks))
    # still short: one longer article a story, both files' stories in a seeded order
    long_docs = _article_candidates(duc2003 + multiling, used, d.seen, MAX_CHARS_LONG)
    d.docs_of = {s: [j for j in js if (s, j) not in picks] for s, js in long_docs.items()}
    stories = sorted(s for s, js in d.docs_of.items() if js and sum(p[0] == s for p in picks) < 2)
    picks += _one_each(d, d.rng.sample(stories, len(stories)), None, len(picks))
    return sorted(picks)


def main() -> None:
    data_dir, _, _ = read_data(__doc__.splitlines()[0])

    def read(name: str) -> list[dict]:
        return [json.loads(line) for line in (data_dir / name).read_text(encoding="utf-8").splitlines()]

    duc2003, multiling = read(DUC2003), read(MULTILING)
    used = used_articles(Path(__file__).resolve().parent, DRAWN_AGAINST)
    picks = draw(duc2003, multiling, used, labelled_texts(data_dir, used))
    report(duc2003 + multiling, [], picks, [])


if __name__ == "__main__":
    main()
