"""What the sources agree on, what rests on one source, and where they disagree.

Two sentences from different documents make the same point when their similarity passes a
threshold measured on the labelled set (`bench/bench_analysis.py`). The similarity is the mean of
two cheap views of the sentence pair, both offline and model-free:

* the TF-IDF cosine of the story's sentence vectors (`story.vectors`), and
* an *anchored* overlap: IDF-weighted cosine of sets holding the stemmed content words outside
  entity mentions, the entities' full names ("FBI" and "Federal Bureau of Investigation", "Cosby"
  and "Bill Cosby" count as the same word) and the numbers.

Pairs are merged greedily, best first, into claims holding at most one sentence per document.
A claim with two or more documents is `shared`; it gets a `conflict` note when its sentences give
different numbers for the same thing ("150 bodies" / "175 bodies") or name different people in
the same place. The few most informative sentences that no other source backs are `single`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from ..model import Claim, Sentence, Span
from ..represent import stem, terms
from ..summarize.base import Story
from .entities import EntityIndex

THRESHOLD = 0.28  # measured: see bench/bench_analysis.py --sweep
MIN_WORDS = 5
MIN_SHARED = 2
MAX_SINGLE = 5
MAX_SINGLE_PER_DOC = 2
_NUMBER = re.compile(
    r"(?<![\w.])(\$|£|€)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(-|to|–)\s?(\d+(?:\.\d+)?))?"
    r"(?:\s?(million|billion|thousand|percent|%))?(?:[\s-]+([a-z]+))?",
    re.IGNORECASE,
)
_WORD_NUM = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip
_WORD_NUMBER = re.compile(r"\b(" + "|".join(_WORD_NUM) + r")\s+([a-z]+)", re.IGNORECASE)
_UNIT_SKIP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "by",
        "with",
        "more",
        "than",
        "about",
        "nearly",
        "almost",
    ]
)


def find_claims(story: Story, ents: EntityIndex) -> tuple[Claim, ...]:
    """Shared claims (best supported first), then the single-source ones worth a look."""
    if len(story.documents) < 2 or not story.sentences:
        return ()
    sents = story.sentences
    ok = np.array([s.words >= MIN_WORDS for s in sents])
    sim = similarity(story, ents)
    clusters = _cluster(sents, sim, ok)
    centrality = story.vectors.centroid_similarity
    shared: list[tuple[tuple[float, ...], Claim]] = []
    used: set[int] = set()
    for members in clusters:
        used.update(members)
        main = max(members, key=lambda i: (sum(sim[i, j] for j in members if j != i), -sents[i].doc))
        others = sorted((i for i in members if i != main), key=lambda i: sents[i].doc)
        s = sents[main]
        claim = Claim(
            text=s.text,
            doc=s.doc,
            start=s.start,
            end=s.end,
            sources=tuple(Span(sents[i].doc, sents[i].start, sents[i].end) for i in others),
            kind="shared",
            conflict=_conflict([sents[i] for i in members], ents),
        )
        shared.append(((-len(members), -float(centrality[main]), s.doc, s.start), claim))
    shared.sort(key=lambda x: x[0])
    singles = _singles(story, ents, used, ok)
    return tuple(c for _, c in shared) + singles


def similarity(story: Story, ents: EntityIndex) -> np.ndarray:
    """Pairwise similarity of the story's sentences (mean of TF-IDF cosine and anchored overlap)."""
    tfidf = story.vectors.similarity
    feats = [_anchor_terms(s, ents) for s in story.sentences]
    df = Counter(t for f in feats for t in f)
    n = len(feats)
    idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}
    vocab = {t: k for k, t in enumerate(df)}
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for i, f in enumerate(feats):
        for t in f:
            rows.append(i)
            cols.append(vocab[t])
            vals.append(idf[t])
    # entries sqrt(idf): a dot product is the summed IDF of the shared terms, a row's square its mass
    m = csr_matrix((np.sqrt(vals), (rows, cols)), shape=(n, max(1, len(vocab))))
    shared = np.asarray((m @ m.T).todense())
    mass = np.diag(shared).copy()
    denom = np.sqrt(np.outer(mass, mass))
    anchored = np.divide(shared, denom, out=np.zeros_like(shared), where=denom > 0)
    # one shared word is not a point made twice ("comments", "happy")
    b = (m > 0).astype(np.float64)
    common = np.asarray((b @ b.T).todense())
    return np.where(common >= MIN_SHARED, (np.asarray(tfidf) + anchored) / 2.0, 0.0)


def _anchor_terms(s: Sentence, ents: EntityIndex) -> set[str]:
    """Content stems outside entity mentions, plus entity full names and numbers."""
    text = s.text
    chars = list(text)
    out: set[str] = set()
    for f in ents.within(s.doc, s.start, s.end):
        out.add("E:" + ents.name(f))
        for k in range(f.start - s.start, f.end - s.start):
            chars[k] = " "
    rest = "".join(chars)
    out.update(terms(rest))
    out.update("N:" + str(v) for v, _ in _numbers(rest))
    return out


def _cluster(sents: Sequence[Sentence], sim: np.ndarray, ok: np.ndarray) -> list[list[int]]:
    """Greedy merging of cross-document pairs, best first, one sentence per document per cluster."""
    n = len(sents)
    doc = np.array([s.doc for s in sents])
    cand = np.argwhere(
        np.triu(sim >= THRESHOLD, k=1) & (doc[:, None] != doc[None, :]) & ok[:, None] & ok[None, :]
    )
    order = sorted(((float(sim[i, j]), int(i), int(j)) for i, j in cand), key=lambda x: (-x[0], x[1], x[2]))
    cluster_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _, i, j in order:
        a, b = cluster_of[i], cluster_of[j]
        if a == b:
            continue
        if {sents[k].doc for k in members[a]} & {sents[k].doc for k in members[b]}:
            continue
        for k in members[b]:
            cluster_of[k] = a
        members[a].extend(members.pop(b))
    return [sorted(m) for m in members.values() if len(m) >= 2]


def _singles(story: Story, ents: EntityIndex, used: set[int], ok: np.ndarray) -> tuple[Claim, ...]:
    """The most central sentences that no other source backs, naming someone or giving a number."""
    centrality = story.vectors.centroid_similarity
    sents = story.sentences
    ranked = sorted(
        (
            i
            for i, s in enumerate(sents)
            if i not in used and ok[i] and s.words >= 8 and s.text[-1:] in ".!?\"”’'"
        ),
        key=lambda i: (-float(centrality[i]) * (1.0 if _informative(sents[i], ents) else 0.5), i),
    )
    out: list[Claim] = []
    per_doc: Counter[int] = Counter()
    for i in ranked:
        s = sents[i]
        if per_doc[s.doc] >= MAX_SINGLE_PER_DOC:
            continue
        per_doc[s.doc] += 1
        out.append(Claim(s.text, s.doc, s.start, s.end, (), "single", None))
        if len(out) >= MAX_SINGLE:
            break
    return tuple(sorted(out, key=lambda c: (c.doc, c.start)))


def _informative(s: Sentence, ents: EntityIndex) -> bool:
    return bool(ents.within(s.doc, s.start, s.end)) or bool(_numbers(s.text))


# --- conflicts ------------------------------------------------------------------------------------


def _numbers(text: str) -> list[tuple[float, str]]:
    """(value, unit) pairs: "150 bodies" -> (150, "bodi"), "$400" -> (400, "$"), "20-30 feet" -> range low."""
    out: list[tuple[float, str]] = []
    for m in _NUMBER.finditer(text):
        cur, num, _, hi, scale, unit = m.groups()
        try:
            v = float(num.replace(",", ""))
        except ValueError:
            continue
        if 1900 <= v <= 2100 and not cur and not scale:
            continue  # a year
        mult = {"million": 1e6, "billion": 1e9, "thousand": 1e3}.get((scale or "").lower(), 1)
        u = cur or ("%" if scale and scale.lower() in ("percent", "%") else "")
        if not u and unit and unit.lower() not in _UNIT_SKIP:
            u = stem(unit.lower())
        if u:
            out.append((v * mult, u + (f"~{hi}" if hi else "")))
    for m in _WORD_NUMBER.finditer(text):
        unit = m.group(2).lower()
        if unit not in _UNIT_SKIP:
            out.append((float(_WORD_NUM[m.group(1).lower()]), stem(unit)))
    return out


def _conflict(members: Sequence[Sentence], ents: EntityIndex) -> str | None:
    """A note when two sources give different numbers for the same unit, or name different people."""
    nums = [_numbers(s.text) for s in members]
    for a in range(len(members)):
        for b in range(a + 1, len(members)):
            units = {u.split("~")[0] for _, u in nums[a]} & {u.split("~")[0] for _, u in nums[b]}
            for unit in sorted(units):
                xs = [(v, u) for v, u in nums[a] if u.split("~")[0] == unit]
                ys = [(v, u) for v, u in nums[b] if u.split("~")[0] == unit]
                # a conflict only when no value of one matches any of the other (both may list several)
                if not any(_overlap(va, ua, vb, ub) for va, ua in xs for vb, ub in ys):
                    return f"numbers differ: {_fmt(*xs[0])} vs {_fmt(*ys[0])}"
    people = [
        {ents.name(f) for f in ents.within(s.doc, s.start, s.end) if ents.kind(f) == "person"}
        for s in members
    ]
    for a in range(len(members)):
        for b in range(a + 1, len(members)):
            if len(people[a]) == 1 and len(people[b]) == 1:
                pa, pb = next(iter(people[a])), next(iter(people[b]))
                if pa.split()[-1] != pb.split()[-1]:  # "Mr Wilson" / "Mrs Wilson": the same family, no call
                    return f"names differ: {pa} vs {pb}"
    return None


def _overlap(va: float, ua: str, vb: float, ub: str) -> bool:
    """Equal values, or one inside the other's range ("30" within "20-30")."""

    def rng(v: float, u: str) -> tuple[float, float]:
        if "~" in u:
            return v, float(u.split("~")[1])
        return v, v

    la, ha = rng(va, ua)
    lb, hb = rng(vb, ub)
    return la <= hb and lb <= ha


def _fmt(v: float, u: str) -> str:
    base = u.split("~")[0]
    num = f"{v:g}" if "~" not in u else f"{v:g}-{u.split('~')[1]}"
    if base in ("$", "£", "€"):
        return base + num
    return f"{num} {base}" if base else num
