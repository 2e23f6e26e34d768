"""How the articles of `frozen10-unseen.json` were drawn (fixed seed); prints them.

    python bench/labels/frozen10_selection.py [--shared ../shared]

The eligibility and repeat rules of `frozen9_selection.py` (its helpers and those it imports are imported),
in normal case, with a new seed, from DUC 2006 (AP, NYT and Xinhua newswire): every DUC 2006 topic has
articles in some labels file by now, but most of each topic's 25 articles are in none. An article is
eligible when it has at most 8,000 characters, holds at least 6 quotations of 4+ words (4 in the earlier
sets), no labels file holds it (quotes-and-entities, alignment and context files alike) and it repeats no
article a labels file holds or one drawn before it (half or more of its 5-word runs in the other). Topics
are shuffled; each gives one article (drawn at random) until the set holds `MIN_ARTICLES` articles and
`TARGET_QUOTATIONS` quotations of 4+ words by the script's count; an article held by a labels file that
landed while the set was labelled (`LANDED_MEANWHILE`), or repeating one it holds, is dropped and the draw
goes on with the next topics. No DUC 2003, MultiLing or LongBench article: the first two have about a dozen
eligible articles left, LongBench none.
"""

from __future__ import annotations

from pathlib import Path

# run as a script: its folder is on sys.path
from frozen3_selection import labelled_texts, quotations, repeats, runs
from frozen4_selection import Drawing, read_data, report
from frozen8_selection import used_articles
from frozen9_selection import DRAWN_AGAINST as FROZEN9_DRAWN_AGAINST
from frozen9_selection import MAX_CHARS, _article_candidates

SEED = 20261130 + 10
MIN_ARTICLES = 15
# above the 4 of the earlier sets: with 4 the draw needs 21 articles (115,000 characters) to reach the target,
# with 6 it needs 17 (87,000 characters), inside the 15-20 asked for
MIN_QUOTATIONS = 6
# above 150: the script's count of quotations of 4+ words runs a little above the labelled count
TARGET_QUOTATIONS = 160
# Every labels file there was when this set was drawn (later ones must not change the draw): frozen9's
# and the three files of session 9
DRAWN_AGAINST = (*FROZEN9_DRAWN_AGAINST, "align-frozen7.json", "context-frozen4.json", "frozen9-unseen.json")
# A labels file that landed while this set was being labelled: a drawn article it holds, or one that repeats
# an article it holds, is dropped and the draw goes on with the next topics in the same order
LANDED_MEANWHILE = ("align-frozen8.json",)


def draw(
    duc2006: list[dict],
    used: dict[str, set[int]],
    labelled: list[str],
    later: dict[str, set[int]] | None = None,
    later_texts: list[str] | None = None,
) -> list[tuple[str, int]]:
    """(topic id, document index) of the drawn articles, in file order; `later` and `later_texts` are the
    articles of `LANDED_MEANWHILE` (by index and text), dropped from the draw."""
    d = Drawing(SEED, duc2006, [], labelled)
    later_runs = [runs(t) for t in later_texts or []]
    cands = _article_candidates(duc2006, used, d.seen, MAX_CHARS)
    rows = {r["id"]: r["documents"] for r in duc2006}
    d.docs_of = {
        s: c for s, js in cands.items() if (c := [j for j in js if quotations(rows[s][j]) >= MIN_QUOTATIONS])
    }
    picks: list[tuple[str, int]] = []
    total = 0
    for topic in d.rng.sample(sorted(d.docs_of), len(d.docs_of)):
        if len(picks) >= MIN_ARTICLES and total >= TARGET_QUOTATIONS:
            break
        for s, j in d.take(topic, 1):
            if j not in (later or {}).get(s, ()) and not repeats(rows[s][j], later_runs):
                picks.append((s, j))
                total += quotations(rows[s][j])
    return sorted(picks)


def main() -> None:
    data_dir, duc2006, _ = read_data(__doc__.splitlines()[0])
    here = Path(__file__).resolve().parent
    used = used_articles(here, DRAWN_AGAINST)
    later = used_articles(here, LANDED_MEANWHILE)
    picks = draw(duc2006, used, labelled_texts(data_dir, used), later, labelled_texts(data_dir, later))
    report(duc2006, [], picks, [])


if __name__ == "__main__":
    main()
