"""Word substitutions mined from the Multi-News training stories (issue 14): candidates for `equivalents.txt`.

    python scripts/mine_equivalents.py [--shared ../shared] [--stories 20000] [--top 300] [--min-stories 5]
                                       [--out FILE]

Source: `multinews-plus-train.jsonl.gz` only (no dev file, no labelled story). Each sentence is read as its
content stems in order (`represent.stem` of the lower-cased words of three letters or more outside
`represent.STOP_WORDS`). Each sentence of an article is aligned to the reference sentence it shares most
with (cosine of the two stem sets, at least `MIN_SHARED` stems shared); it counts when that cosine is at
least `MIN_COS`. Two counted sentences of two different articles of one story make

* a *same* pair when they align to one reference sentence (the summary writer read them as one fact),
* a *chance* pair when they align to two different ones (same story and topic, another fact).

In a pair sharing at least `MIN_SHARED` stems, (a, b) is a *substitution* when a only the one sentence
writes and b only the other stand in one slot: the same stem before and after them, or the same two
before, or the same two after (`slots`). Over stories: s(a, b) the stories with it in a same pair, c(a, b)
in a chance pair, S and C the stories with a same (chance) pair. A pair is listed when s >= `MIN_STORIES`,
ranked by (s + 0.5) / S / ((c + 0.5) / C): how much more often the two stand for each other in one fact
than in two facts of one story. Deterministic: stories in file order, ties sorted by the words. Output
lines: ratio, s, c, the two most common surface words of each stem. The list is for a reader, never a
table.

Session 33 (20,000 stories; S 9,455, C 9,262): 130 pairs with s >= 5, ~370 more with s of 3 or 4. Read by
hand, the true equivalences of the top were mostly in the tables already (`concepts.txt`: employee/worker,
increase/rise, car/vehicle, lawsuit/suit, begin/start, injure/wound; `equivalents.txt`: dead/kill,
discover/find, disappear/vanish, believe/think) and so were the two-step pairs `mine_predicates.EXCLUDED`
drops (arrested/charged, charged/faces, killed/shot, killed/murdered, died/passed); the rest is weekdays,
bylines and photo credits, counts (two/three) and roles (police/officials). New and true: marry/wed,
film/movie, kidnap/abduct, spokesman/spokeswoman/spokesperson, mom/mother, attorney/lawyer and British
spellings (behaviour, honour, realise, apologise, centre, organisation). In `equivalents.txt` or in
`concepts.txt` they moved no labelled pair of the open stories of the eight pooled align files and no
link of the open dev stories (48,237 links), so none was added; chair/chairman and comedian/comic make
false facts ("sat in a chair" / "the chairman", "a comic book artist" / "a comedian").
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from newsbrief.represent import STOP_WORDS, stem

ROOT = Path(__file__).resolve().parents[1]
MIN_COS = 0.3  # cosine of a sentence's and its reference sentence's stem sets, at least
MIN_SHARED = 3  # stems two sentences share, at least (with their reference sentence too)
MIN_STORIES = 5
WORD = re.compile(r"[a-z][a-z'-]*[a-z]")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+")


def sentences(text: str) -> list[str]:
    """Sentences of one article or reference, "NEWLINE_CHAR" a break."""
    text = text.replace("NEWLINE_CHAR", "\n")
    return [s for p in text.split("\n") for s in SENTENCE_END.split(p) if s.strip()]


_stems: dict[str, str] = {}


def content(sentence: str, surface: Counter[tuple[str, str]]) -> tuple[str, ...]:
    """The content stems of a sentence in order; each (stem, word) counted in `surface`."""
    out = []
    for w in WORD.findall(sentence.lower()):
        if w in STOP_WORDS or len(w) < 3:
            continue
        s = _stems.get(w)
        if s is None:
            s = _stems[w] = stem(w)
        surface[s, w] += 1
        out.append(s)
    return tuple(out)


def slots(seq: tuple[str, ...]) -> dict[tuple[str, ...], set[str]]:
    """Context -> the stems standing in it: (the stem before, the one after), (the two before, "<"),
    (">", the two after); "^" and "$" pad the ends."""
    out: dict[tuple[str, ...], set[str]] = defaultdict(set)
    padded = ("^", "^", *seq, "$", "$")
    for i in range(2, len(padded) - 2):
        w = padded[i]
        out[padded[i - 1], padded[i + 1]].add(w)
        out[padded[i - 2], padded[i - 1], "<"].add(w)
        out[">", padded[i + 1], padded[i + 2]].add(w)
    return out


def substitutions(x: tuple[str, ...], y: tuple[str, ...]) -> set[tuple[str, str]]:
    """(a, b) sorted: a stem only `x` writes and one only `y` writes, standing in one context of both."""
    sx, sy = set(x), set(y)
    if len(sx & sy) < MIN_SHARED:
        return set()
    out = set()
    ky = slots(y)
    for key, words in slots(x).items():
        for b in ky.get(key, ()):
            if b in sx:
                continue
            for a in words:
                if a not in sy:
                    out.add((a, b) if a < b else (b, a))
    return out


def story_pairs(story: dict, surface: Counter[tuple[str, str]]) -> tuple[set, set]:
    """The substitutions of a story's same pairs and of its chance pairs."""
    refs = [set(content(s, surface)) for s in sentences(story["summaries"][0])]
    aligned: list[list[tuple[int, tuple[str, ...]]]] = []
    for doc in story["documents"]:
        found = []
        for s in sentences(doc):
            x = content(s, surface)
            sx = set(x)
            if len(sx) < MIN_SHARED:
                continue
            best, where = 0.0, -1
            for k, r in enumerate(refs):
                if r:
                    shared = len(sx & r)
                    cos = shared / math.sqrt(len(sx) * len(r))
                    if cos > best and shared >= MIN_SHARED:
                        best, where = cos, k
            if best >= MIN_COS:
                found.append((where, x))
        aligned.append(found)
    same: set[tuple[str, str]] = set()
    chance: set[tuple[str, str]] = set()
    for da, db in combinations(aligned, 2):
        for ra, x in da:
            for rb, y in db:
                (same if ra == rb else chance).update(substitutions(x, y))
    return same, chance


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--stories", type=int, default=20000)
    ap.add_argument("--top", type=int, default=300)
    ap.add_argument("--min-stories", type=int, default=MIN_STORIES)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    surface: Counter[tuple[str, str]] = Counter()
    s_n: Counter[tuple[str, str]] = Counter()
    c_n: Counter[tuple[str, str]] = Counter()
    n_same = n_chance = 0
    with gzip.open(args.shared / "data" / "multinews-plus-train.jsonl.gz", "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= args.stories:
                break
            same, chance = story_pairs(json.loads(line), surface)
            s_n.update(same)
            c_n.update(chance)
            n_same += bool(same)
            n_chance += bool(chance)
    words: dict[str, list[str]] = defaultdict(list)
    for (s, w), _ in sorted(surface.items(), key=lambda kv: (-kv[1], kv[0])):
        if len(words[s]) < 2:
            words[s].append(w)
    rows = []
    for ab, s in s_n.items():
        if s >= args.min_stories:
            ratio = (s + 0.5) / n_same / ((c_n[ab] + 0.5) / n_chance)
            rows.append((-ratio, ab, s, c_n[ab]))
    rows.sort()
    lines = [f"# stories with a same pair {n_same}, with a chance pair {n_chance}; ratio, s, c, a, b"]
    for r, (a, b), s, c in rows[: args.top]:
        lines.append(f"{-r:.2f}\t{s}\t{c}\t{'/'.join(words[a])}\t{'/'.join(words[b])}")
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text, end="")


if __name__ == "__main__":
    main()
