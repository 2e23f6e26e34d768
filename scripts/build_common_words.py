"""Rebuild `src/newsbrief/align/data/common.txt`: the concepts most news articles use.

    python scripts/build_common_words.py [--shared ../shared] [--stories 5000] [--share 0.005]

Reads the Multi-News+ training file (never a dev file), folds each article's words into the align
stage's concepts (Porter stems, stop words out, `align/data/concepts.txt` paraphrases folded) and
keeps every concept that at least `--share` of the articles use, most used first. The align stage
calls a shared word "rare" (a point two sentences make, not just their topic) only when it is not on
this list and few sentences of the story use it: a story's own counts alone call every word of a
three-article story rare. Deterministic: the same file gives the same list.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from pathlib import Path

from newsbrief.align.features import _concepts, lexicon
from newsbrief.represent import words

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsbrief" / "align" / "data" / "common.txt"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--stories", type=int, default=5000)
    ap.add_argument("--share", type=float, default=0.005)
    ap.add_argument("--debug", default="")
    args = ap.parse_args()
    lex = lexicon()
    df: Counter[str] = Counter()
    n = 0
    with gzip.open(args.shared / "data" / "multinews-plus-train.jsonl.gz", "rt", encoding="utf-8") as f:
        for k, line in enumerate(f):
            if k >= args.stories:
                break
            for doc in json.loads(line)["documents"]:
                n += 1
                df.update(_concepts(words(doc.replace("NEWLINE_CHAR", " ")), lex))
    if args.debug:
        print({w: round(df[w] / n, 4) for w in args.debug.split(",")})
    keep = sorted((c for c, v in df.items() if v >= args.share * n), key=lambda c: (-df[c], c))
    head = (
        f"# Concepts used by at least {args.share:.1%} of {n} Multi-News+ training articles, most first.\n"
        "# Rebuilt by scripts/build_common_words.py; read by newsbrief.align (a shared word on this list\n"
        "# is never the 'rare' anchor of a shared point).\n"
    )
    OUT.write_text(head + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} concepts from {n} articles -> {OUT}")


if __name__ == "__main__":
    main()
