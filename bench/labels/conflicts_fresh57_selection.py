"""The draw of `conflicts-fresh57.json`: Multi-News+ training stories, `random.Random(5742)` (session 57).

    python bench/labels/conflicts_fresh57_selection.py [--shared ../shared] [--seed 5742] [--stories 1000]
                                                       [--read 0] [--closed FILE] [--write FILE]

Eligible: a story of `multinews-plus-train.jsonl.gz` with two articles or more, two of which write a number
(`_NUMBER`: digits or a number word), that no label file of this folder names (any `multinews-train-N`
written in it when the set was drawn) and that `--closed` does not list. (`bench_conflicts.population`,
two articles writing one word after different numbers, is no longer open: its 6,481 stories are all in
conflicts-tune54/frozen54, so this population is the other training stories, where the aligner makes fewer
conflict links and the misses are of the kinds the counted-word filter cannot see.)
`random.Random(seed).sample` orders the eligible ids (file order); the first `--stories` are run through
the aligner and EVERY conflict link it makes is listed, to be labelled right / false by hand. Each story is
also scanned for conflicts the aligner may miss (`targeted`: one surname given two ages, one event verb
before two numbers, in two articles: "TARGETED" lines), each read in both articles and a real conflict added
with the label "missed" (sentence spans of the pipeline's sentences). `--read N` also lists, for the first
N stories, sentence pairs of two articles that each write a number the other does not, near a word both
write near a number (`candidates`), a reading aid. `--write` stores the draw with the tool's links labelled
"?" (labelled by hand after). The set (session 57): `--stories 1000 --read 0`, with the closed list of
12:45 UTC (3,725 ids), 11,229 eligible stories, less `READ_FOR_TUNING` (999 stories; none of its tool links
and 3 misses: ages).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench_conflicts import (  # noqa: E402
    TRAIN,
    conflicts,
    rows,
    show,
    story_of,
)
from label_scoring import Aligner, span_hash  # noqa: E402

_ID = re.compile(r"multinews-train-\d+")
# drawn, but read before the set was labelled, in the session's tuning draw (Random(5743) over the ids less
# `sample(ids, len(ids))[:6000]`, which `sample(ids, 1000)` does not order alike): left out
READ_FOR_TUNING = frozenset(["multinews-train-42058"])
_WORD = re.compile(r"[a-z]{4,}")
_NUMBER = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands"
    r"|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b",
    re.IGNORECASE,
)


def numbers(text: str) -> frozenset[str]:
    """The numbers a text writes, lower-cased, commas dropped."""
    return frozenset(m.group(0).lower().replace(",", "").rstrip(".") for m in _NUMBER.finditer(text))


def population(path: Path, exclude: set[str]) -> list[str]:
    """Story ids of `path` with two articles or more, two of them writing a number, less `exclude`."""
    return [
        r["id"]
        for r in rows(path)
        if r["id"] not in exclude and sum(bool(numbers(d)) for d in r["documents"]) >= 2
    ]


def labelled_ids(folder: Path, leave: str) -> set[str]:
    """Every training story id a label file of `folder` names (but `leave`, the set being drawn)."""
    out: set[str] = set()
    for path in folder.glob("*.json"):
        if path.name != leave:
            out.update(_ID.findall(path.read_text(encoding="utf-8")))
    return out


# a person's age after the name ("Moore, 32,") and a count right after a verb of an event ("killing 33")
_AGE = re.compile(r"\b([A-Za-z][a-z'-]+), (\d{1,2})\b(?!,\d)")
_EVENT_COUNT = re.compile(
    r"\b(kill(?:ed|ing|s)?|injur(?:ed|ing)|wound(?:ed|ing)|arrest(?:ed|ing)|carrying|aboard|dead|died|hurt"
    r"|evacuat(?:ed|ing)|missing|charged|detained|rescued|sentenced to|fined|paid|raised|sold|votes?)"
    r" (?:(?:at least|about|some|nearly|almost|more than|as many as|up to|around|an estimated|all) )?"
    r"(\$ ?)?(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds"
    r"|[a-z]+teen|twenty|thirty|forty|fifty)\b",
    re.IGNORECASE,
)


def targeted(docs: list[str]) -> list[str]:
    """Why a story's articles may conflict where `bench_conflicts.counted_apart` cannot see it: one surname
    given two ages, or one event verb written before two different numbers, in two articles."""
    out = []
    ages = [{(m.group(1).lower(), m.group(2)) for m in _AGE.finditer(d)} for d in docs]
    events = [{(m.group(1).lower(), m.group(3).lower()) for m in _EVENT_COUNT.finditer(d)} for d in docs]
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            for what, xs, ys in (("age", ages[i], ages[j]), ("count", events[i], events[j])):
                for k in {k for k, _ in xs} & {k for k, _ in ys}:
                    a, b = {v for w, v in xs if w == k}, {v for w, v in ys if w == k}
                    if a - b and b - a:
                        out.append(f"{what} {k}: doc {i} {sorted(a)} / doc {j} {sorted(b)}")
    return out


def near(text: str) -> set[str]:
    """Words of four letters or more within three words of a number (what the number counts or holds)."""
    toks = re.findall(r"[\w'-]+", text.lower())
    at = [i for i, t in enumerate(toks) if _NUMBER.fullmatch(t)]
    return {
        toks[k]
        for i in at
        for k in range(max(0, i - 3), min(len(toks), i + 4))
        if k != i and _WORD.fullmatch(toks[k])
    }


def candidates(story, docs: list[str]) -> list[tuple[list, list, str, str, str]]:
    """Sentence pairs of two articles that each write a number the other does not, with a word of four
    letters or more near a number in both, and share three such words in all: (a, b, the numbers of each,
    both texts), spans in the original text."""
    back = [Aligner(d.text, o) for d, o in zip(story.documents, docs, strict=True)]
    sents = story.sentences
    counted = [numbers(s.text) for s in sents]
    nearby = [near(s.text) for s in sents]
    words = [set(_WORD.findall(s.text.lower())) for s in sents]
    out = []
    for i, si in enumerate(sents):
        for j in range(i + 1, len(sents)):
            sj = sents[j]
            if si.doc == sj.doc or not (counted[i] - counted[j]) or not (counted[j] - counted[i]):
                continue
            if not nearby[i] & nearby[j] or len(words[i] & words[j]) < 3:
                continue
            ends = []
            for s in (si, sj):
                span = back[s.doc].map_partial(s.start, s.end) or (s.start, s.end)
                ends.append([s.doc, *span, span_hash(docs[s.doc][span[0] : span[1]])])
            nums = f"{' '.join(sorted(counted[i]))} / {' '.join(sorted(counted[j]))}"
            out.append((ends[0], ends[1], nums, si.text, sj.text))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=HERE.parents[2] / "shared")
    ap.add_argument("--seed", type=int, default=5742)
    ap.add_argument("--stories", type=int, default=1000, help="how many stories (0: all)")
    ap.add_argument("--read", type=int, default=0, help="list `candidates` for the first N stories")
    ap.add_argument("--candidates", action="store_true", help="only the candidates of the first --read")
    ap.add_argument("--targeted", action="store_true", help="only the `targeted` reasons of every story")
    ap.add_argument("--closed", type=Path, default=Path("/work/coord/s57/closed.txt"))
    ap.add_argument("--write", type=Path)
    args = ap.parse_args()
    data = args.shared / "data" / TRAIN
    exclude = labelled_ids(HERE, "conflicts-fresh57.json")
    if args.closed.is_file():
        exclude.update(args.closed.read_text(encoding="utf-8").split())
    ids = population(data, exclude)
    picked = random.Random(args.seed).sample(ids, min(args.stories or len(ids), len(ids)))
    picked = [sid for sid in picked if sid not in READ_FOR_TUNING]
    wanted = set(picked)
    docs = {r["id"]: r["documents"] for r in rows(data) if r["id"] in wanted}
    out = {"data": TRAIN, "seed": args.seed, "stories": []}
    for n, sid in enumerate(picked):
        for why in targeted(docs[sid]):
            print(f"TARGETED {n} {sid} {why}", flush=True)
        if args.targeted:
            continue
        if args.candidates:
            if n >= args.read:
                break
            for a, b, nums, ta, tb in candidates(story_of(docs[sid], sid), docs[sid]):
                print(
                    f"CANDIDATE {n} {sid} [{nums}] a={a} b={b}\n  A[{a[0]}] {ta}\n  B[{b[0]}] {tb}",
                    flush=True,
                )
            continue
        story, found = conflicts(sid, docs[sid])
        row = {"story": sid, "links": []}
        for f in found:
            print(show(f, True), flush=True)
            d = docs[sid]
            row["links"].append(
                {
                    "a": [*f.a, span_hash(d[f.a[0]][f.a[1] : f.a[2]])],
                    "b": [*f.b, span_hash(d[f.b[0]][f.b[1] : f.b[2]])],
                    "label": "?",
                    "note": "",
                }
            )
        if n < args.read:
            for a, b, nums, ta, tb in candidates(story, docs[sid]):
                print(
                    f"CANDIDATE {n} {sid} [{nums}] a={a} b={b}\n  A[{a[0]}] {ta}\n  B[{b[0]}] {tb}",
                    flush=True,
                )
        out["stories"].append(row)
    links = sum(len(r["links"]) for r in out["stories"])
    print(f"{len(picked)} stories of {len(ids)}, {links} conflict links")
    if args.write:
        args.write.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
