"""Rebuild `src/newsbrief/cluster/data/df.tsv`: document frequencies of content terms for clustering.

Counts, over every document of the training file (`multinews-plus-train.jsonl.gz`, never a dev file),
in how many documents each content term (`cluster.vectors.cluster_terms`: stop words dropped, Porter
stems, possessives read as their noun) occurs,
after the same cleaning as `newsbrief cluster`. Terms seen in fewer than `MIN_DF` documents are left
out (the clusterer treats an unlisted term as rare). The output is sorted and byte-for-byte
reproducible: `python scripts/build_cluster_df.py [TRAIN_FILE]`.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from newsbrief.clean import clean
from newsbrief.cluster.vectors import cluster_terms
from newsbrief.ingest.stories import StoryRecord, iter_stories
from newsbrief.model import RawDoc

MIN_DF = 5
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TRAIN = ROOT.parent / "shared" / "data" / "multinews-plus-train.jsonl.gz"
OUT = ROOT / "src" / "newsbrief" / "cluster" / "data" / "df.tsv"


def main(argv: list[str]) -> int:
    train = Path(argv[0]) if argv else DEFAULT_TRAIN
    df: Counter[str] = Counter()
    n = 0
    for item in iter_stories(train):
        if not isinstance(item, StoryRecord):
            continue
        for k, text in enumerate(item.documents):
            doc = clean(RawDoc(id=f"{item.id}/{k}", source="train", raw=text))
            df.update(set(cluster_terms(doc.text)))
            n += 1
    rows = sorted((t, c) for t, c in df.items() if c >= MIN_DF)
    lines = [f"#documents\t{n}"] + [f"{t}\t{c}" for t, c in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} terms from {n} documents -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
