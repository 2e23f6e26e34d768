"""How the articles of `frozen3-unseen.json` were drawn (fixed seed); prints them.

    python bench/labels/frozen3_selection.py [--shared ../shared]

DUC 2006 (AP, NYT and Xinhua newswire in normal case, like `frozen-unseen.json`): the articles of at
most 6,000 characters that hold at least 4 quotations of 4+ words, in topics that no labels file in
bench/labels/ uses (neither a quotes-and-entities set nor `context-frozen.json`), leaving out an
article that repeats one a labels file already holds or one drawn before it (DUC topics share some
wire stories: half or more of its 5-word runs in the other). Topics are shuffled with a fixed seed;
each contributes up to 2 such articles (drawn at random when it has more), until the drawn articles
hold at least 150 such quotations and there are at least 16 articles.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

SEED = 20261130 + 3
DATA = "duc2006-dev.jsonl"
TARGET_QUOTATIONS = 150
MIN_ARTICLES = 16
# The labels files there were when this set was drawn (later ones must not change the draw).
DRAWN_AGAINST = (
    "align-frozen.json",
    "align-tune.json",
    "align-tune2.json",
    "analysis.json",
    "context-frozen.json",
    "frozen-unseen.json",
    "frozen2-unseen.json",
    "heldout.json",
)
_QUOTE = re.compile(r"``(.*?)''|“(.*?)”|\"([^\"]*)\"", re.S)


def quotations(doc: str) -> int:
    """Quotations of 4+ words (speech rather than titles and terms)."""
    return sum(len(max(m, key=len).split()) >= 4 for m in _QUOTE.findall(doc))


def eligible(doc: str) -> bool:
    return quotations(doc) >= 4 and len(doc) <= 6000


def used_documents(
    labels_dir: Path, files: tuple[str, ...] = DRAWN_AGAINST, quotes_only: bool = False
) -> dict[str, set[int]]:
    """Story id -> labelled document indices, over the labels `files` in bench/labels/ (with
    `quotes_only`, only the quotes-and-entities files' stories, those with `docs`). Also used by
    `frozen4_selection.py`."""
    used: dict[str, set[int]] = {}
    for path in sorted(labels_dir.glob("*.json")):
        if path.name not in files:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for story in data.get("stories", []):
            if quotes_only and "docs" not in story:
                continue
            # a quotes file lists {"ref": i, ...} per document; alignment files list plain indices
            refs = {d["ref"] if isinstance(d, dict) else d for d in story.get("docs", [])}
            refs |= {pair[k][0] for pair in story.get("pairs", []) for k in "ab"}
            used.setdefault(story["story"], set()).update(r for r in refs if isinstance(r, int))
        for item in data.get("items", []) if not quotes_only else []:
            used.setdefault(item["story"], set()).add(item["ref"])
    return used


def labelled_texts(data_dir: Path, used: dict[str, set[int]]) -> list[str]:
    """The texts of every document a labels file holds (seed files aside)."""
    texts: list[str] = []
    for path in sorted(data_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            row = json.loads(line)
            texts += [row["documents"][j] for j in sorted(used.get(row["id"], ()))]
    return texts


def runs(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.replace("NEWLINE_CHAR", " ").lower())
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def repeats(text: str, others: list[set[tuple[str, ...]]]) -> bool:
    """Half or more of the article's 5-word runs are in one of `others`."""
    mine = runs(text)
    return any(len(mine & o) >= 0.5 * max(1, len(mine)) for o in others)


def draw(rows: list[dict], used: set[str], labelled: list[str]) -> list[tuple[str, int]]:
    """(topic id, document index) of the drawn articles, in file order."""
    rng = random.Random(SEED)
    order = {r["id"]: i for i, r in enumerate(rows)}
    seen = [runs(t) for t in labelled]
    docs = {
        r["id"]: c
        for r in rows
        if r["id"] not in used
        and (c := [j for j, d in enumerate(r["documents"]) if eligible(d) and not repeats(d, seen)])
    }
    picks: list[tuple[str, int]] = []
    total = 0
    for topic in rng.sample(sorted(docs), len(docs)):
        cands = [j for j in docs[topic] if not repeats(rows[order[topic]]["documents"][j], seen)]
        chosen = sorted(rng.sample(cands, min(2, len(cands))))
        seen += [runs(rows[order[topic]]["documents"][j]) for j in chosen]
        picks += [(topic, j) for j in chosen]
        total += sum(quotations(rows[order[topic]]["documents"][j]) for j in chosen)
        if total >= TARGET_QUOTATIONS and len(picks) >= MIN_ARTICLES:
            break
    return sorted(picks, key=lambda p: (order[p[0]], p[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    data_dir = Path(ap.parse_args().shared) / "data"
    rows = [json.loads(line) for line in (data_dir / DATA).read_text(encoding="utf-8").splitlines()]
    order = {r["id"]: i for i, r in enumerate(rows)}
    used = used_documents(Path(__file__).resolve().parent)
    picks = draw(rows, set(used), labelled_texts(data_dir, used))
    total = 0
    for topic, doc in picks:
        text = rows[order[topic]]["documents"][doc]
        total += (n := quotations(text))
        print(topic, doc, f"({len(text)} chars, {n} quotations of 4+ words)")
    print(len(picks), "articles,", len({p[0] for p in picks}), "topics,", total, "quotations of 4+ words")


if __name__ == "__main__":
    main()
