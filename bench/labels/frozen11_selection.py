"""How the articles of `frozen11-unseen.json` were drawn (fixed seed); prints them.

    python bench/labels/frozen11_selection.py [--shared ../shared]

The rules of `frozen10_selection.py` (its helpers and those it imports are imported), in normal case, with
a new seed, from DUC 2006 (AP, NYT and Xinhua newswire), restricted to the 25 topics session 21 set aside for
its labeller (`LABEL_TOPICS`: no other helper of that session opened their articles). An article is eligible
when it has at most 8,000 characters, holds at least 6 quotations of 4+ words, no labels file holds it
(quotes-and-entities, alignment and context files alike, every file in `bench/labels/` when it was drawn) and
it repeats no article a labels file holds or one drawn before it (half or more of its 5-word runs in the
other). Topics are shuffled; each gives one article (drawn at random) until the set holds `MIN_ARTICLES`
articles and `TARGET_QUOTATIONS` quotations of 4+ words by the script's count.
"""

from __future__ import annotations

from pathlib import Path

# run as a script: its folder is on sys.path
from frozen3_selection import labelled_texts, quotations
from frozen4_selection import Drawing, read_data, report
from frozen8_selection import used_articles
from frozen9_selection import MAX_CHARS, _article_candidates
from frozen10_selection import DRAWN_AGAINST as FROZEN10_DRAWN_AGAINST
from frozen10_selection import LANDED_MEANWHILE as FROZEN10_LANDED_MEANWHILE
from frozen10_selection import MIN_QUOTATIONS

SEED = 20261202
MIN_ARTICLES = 12
# the script's count of quotations of 4+ words runs a little above the labelled count
TARGET_QUOTATIONS = 110
# the DUC 2006 topics session 21's pool (`DUC2006_LABEL_TOPICS`) gave to its labeller alone
LABEL_TOPICS = frozenset(
    f"duc2006-{t}"
    for t in (
        "D0601A", "D0604D", "D0605E", "D0607G", "D0609I", "D0610A", "D0615F", "D0620B", "D0621C",
        "D0623E", "D0625G", "D0626H", "D0628A", "D0630C", "D0632E", "D0633F", "D0634G", "D0635H",
        "D0636I", "D0638B", "D0639C", "D0643G", "D0644H", "D0648C", "D0650E",
    )
)  # fmt: skip
# Every labels file there was when this set was drawn (later ones must not change the draw): frozen10's,
# the one that landed while it was labelled, and frozen10 itself
DRAWN_AGAINST = (*FROZEN10_DRAWN_AGAINST, *FROZEN10_LANDED_MEANWHILE, "frozen10-unseen.json")


def draw(duc2006: list[dict], used: dict[str, set[int]], labelled: list[str]) -> list[tuple[str, int]]:
    """(topic id, document index) of the drawn articles, in file order."""
    d = Drawing(SEED, duc2006, [], labelled)
    rows = [r for r in duc2006 if r["id"] in LABEL_TOPICS]
    cands = _article_candidates(rows, used, d.seen, MAX_CHARS)
    docs = {r["id"]: r["documents"] for r in rows}
    d.docs_of = {
        s: c for s, js in cands.items() if (c := [j for j in js if quotations(docs[s][j]) >= MIN_QUOTATIONS])
    }
    picks: list[tuple[str, int]] = []
    for topic in d.rng.sample(sorted(d.docs_of), len(d.docs_of)):
        if len(picks) >= MIN_ARTICLES and d.total >= TARGET_QUOTATIONS:
            break
        picks += d.take(topic, 1)
    return sorted(picks)


def main() -> None:
    data_dir, duc2006, _ = read_data(__doc__.splitlines()[0])
    used = used_articles(Path(__file__).resolve().parent, DRAWN_AGAINST)
    report(duc2006, [], draw(duc2006, used, labelled_texts(data_dir, used)), [])


if __name__ == "__main__":
    main()
