"""What the sources agree on, what rests on one source, and where they disagree.

Two sentences from different documents make the same point when their similarity passes a
threshold measured on the labelled set (`bench/bench_analysis.py`). The similarity is the mean of
two cheap views of the sentence pair, both offline and model-free:

* the TF-IDF cosine of the story's sentence vectors (`story.vectors`), and
* an *anchored* overlap: IDF-weighted cosine of sets holding the stemmed content words outside
  entity mentions, the entities' full names ("FBI" and "Federal Bureau of Investigation", "Cosby"
  and "Bill Cosby" count as the same word) and the numbers.

Pairs above the threshold are merged greedily, best first, into claims holding at most one
sentence per document. A second, looser pass then links sentences that count the same thing
(`numbers.py`: the same counted noun, or a synonym: "about 1,200 of its members" / "1,500
workers") with some similarity besides: an agreeing count of ten or more is the same point and
merges like any pair; counts that differ are the apparent conflict a reader wants to see, so the
sentence joins the other's claim even when its own claim already holds a sentence of that
document (it then supports two claims).

A claim with two or more documents is `shared`; it gets a `conflict` note when two of its
sentences that are linked directly (not only through a third) give different numbers for the same
counted thing ("1,200 vs 1,500 workers") or, closely similar, name different people. The few most
informative sentences that no other source backs are `single`.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher

import numpy as np

from ..model import Claim, Sentence, Span, Story
from ..represent import terms
from .entities import EntityIndex
from .numbers import Count, counts, years

THRESHOLD = 0.28  # measured: see bench/bench_analysis.py --sweep
LOOSE_THRESHOLD = 0.10  # the counted-noun pass (on the larger of this similarity and the TF-IDF cosine)
MIN_COUNT = 10  # "two sides" / "three charges": small counts are too common to link sentences
MAX_RATIO = 3.0  # "1,200" vs "1,500" is an apparent conflict; "150" vs "10,000" counts something else
NAMES_THRESHOLD = 0.45  # "names differ" only between sentences this close (else: other people, other roles)
MIN_WORDS = 5
MIN_SHARED = 2
MAX_SINGLE = 5
MAX_SINGLE_PER_DOC = 2


def find_claims(story: Story, ents: EntityIndex) -> tuple[Claim, ...]:
    """Shared claims (best supported first), then the single-source ones worth a look. A shared
    claim's `sources` are the spans of its other sentences."""
    if len(story.documents) < 2 or not story.sentences:
        return ()
    sents = story.sentences
    ok = np.array([s.words >= MIN_WORDS for s in sents])
    sim = similarity(story, ents)
    links = count_links(sents, np.maximum(sim, np.asarray(story.vectors.similarity)), ok)
    linked = {(i, j) for _, i, j, _ in links}
    centrality = story.vectors.centroid_similarity
    shared: list[tuple[tuple[float, ...], Claim]] = []
    used: set[int] = set()
    for members, extra in _cluster(sents, sim, ok, links):
        used.update(members + extra)
        main = max(members, key=lambda i: (sum(sim[i, j] for j in members if j != i), -sents[i].doc))
        others = sorted((i for i in members + extra if i != main), key=lambda i: (sents[i].doc, i))
        s = sents[main]
        claim = Claim(
            text=s.text,
            doc=s.doc,
            start=s.start,
            end=s.end,
            sources=tuple(Span(sents[i].doc, sents[i].start, sents[i].end) for i in others),
            kind="shared",
            conflict=_conflict(sents, [main, *others], sim, linked, ents),
        )
        shared.append(((-len(members) - len(extra), -float(centrality[main]), s.doc, s.start), claim))
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
    out.update("N:" + str(c.value) for c in counts(rest, ages=True))
    return out


def count_links(
    sents: Sequence[Sentence], sim: np.ndarray, ok: np.ndarray
) -> list[tuple[float, int, int, bool]]:
    """The looser pass: cross-document pairs (similarity, i, j, numbers differ) whose sentences count
    the same thing (see `_relation`) and whose similarity `sim` reaches `LOOSE_THRESHOLD`."""
    counted: dict[int, list[Count]] = {}
    for i, s in enumerate(sents):
        if ok[i]:
            cs = [c for c in counts(s.text) if not c.measure and c.value >= MIN_COUNT]
            if cs:
                counted[i] = cs
    idx = sorted(counted)
    out = []
    for a, i in enumerate(idx):
        for j in idx[a + 1 :]:
            if sents[i].doc == sents[j].doc or sim[i, j] < LOOSE_THRESHOLD:
                continue
            rel = _relation(counted[i], counted[j])
            if rel is not None:
                yi, yj = years(sents[i].text), years(sents[j].text)
                if rel == "differ" and yi and yj and not yi & yj:
                    continue  # counts for different years
                out.append((float(sim[i, j]), i, j, rel == "differ"))
    return out


def _relation(xs: Sequence[Count], ys: Sequence[Count]) -> str | None:
    """ "agree" when both count the same noun with overlapping numbers, "differ" when every count of a
    shared noun differs yet stays within `MAX_RATIO` (the same quantity reported differently)."""
    differ = False
    for unit in {c.unit for c in xs} & {c.unit for c in ys}:
        a = [c for c in xs if c.unit == unit]
        b = [c for c in ys if c.unit == unit]
        if any(p.overlaps(q) for p in a for q in b):
            return "agree"
        differ = differ or any(
            max(p.value, q.value) <= MAX_RATIO * min(p.value, q.value) for p in a for q in b
        )
    return "differ" if differ else None


def _cluster(
    sents: Sequence[Sentence], sim: np.ndarray, ok: np.ndarray, links: Sequence[tuple[float, int, int, bool]]
) -> list[tuple[list[int], list[int]]]:
    """Greedy merging of cross-document pairs, best first, one sentence per document per cluster;
    then the counted-noun `links`: merged the same way, and a link whose numbers differ that cannot
    merge attaches its sentence to the other's cluster. Returns (members, attached) per cluster."""
    n = len(sents)
    doc = [s.doc for s in sents]
    cand = np.argwhere(
        np.triu(sim >= THRESHOLD, k=1)
        & (np.array(doc)[:, None] != np.array(doc)[None, :])
        & ok[:, None]
        & ok[None, :]
    )
    order = sorted(((float(sim[i, j]), int(i), int(j)) for i, j in cand), key=lambda x: (-x[0], x[1], x[2]))
    cluster_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    attached: dict[int, list[int]] = defaultdict(list)
    once: set[int] = set()  # a sentence supports at most one claim besides its own

    def docs(c: int) -> set[int]:
        return {doc[k] for k in members[c] + attached[c]}

    def merge(a: int, b: int) -> None:
        for k in members[b]:
            cluster_of[k] = a
        members[a].extend(members.pop(b))
        attached[a].extend(k for k in attached.pop(b, []) if k not in members[a] and k not in attached[a])

    for _, i, j in order:
        a, b = cluster_of[i], cluster_of[j]
        if a != b and not docs(a) & docs(b):
            merge(a, b)
    for _, i, j, differ in sorted(links, key=lambda x: (-x[0], x[1], x[2])):
        a, b = cluster_of[i], cluster_of[j]
        if a == b or j in attached[a] or i in attached[b]:
            continue
        if not docs(a) & docs(b):
            merge(a, b)
        elif differ and doc[j] not in docs(a) and j not in once:
            attached[a].append(j)
            once.add(j)
        elif differ and doc[i] not in docs(b) and i not in once:
            attached[b].append(i)
            once.add(i)
    return [(sorted(m), sorted(attached[c])) for c, m in members.items() if len(m) + len(attached[c]) >= 2]


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
    return bool(ents.within(s.doc, s.start, s.end)) or bool(counts(s.text))


# --- conflicts ------------------------------------------------------------------------------------


def _conflict(
    sents: Sequence[Sentence],
    members: Sequence[int],
    sim: np.ndarray,
    linked: set[tuple[int, int]],
    ents: EntityIndex,
) -> str | None:
    """A note when two directly linked sentences give different numbers for the same counted thing,
    or (closely similar) name different people."""
    nums = {i: counts(sents[i].text) for i in members}
    pairs = [
        (a, b)
        for x, a in enumerate(members)
        for b in members[x + 1 :]
        if sim[a, b] >= THRESHOLD or (min(a, b), max(a, b)) in linked
    ]
    for a, b in pairs:
        ya, yb = years(sents[a].text), years(sents[b].text)
        if ya and yb and not ya & yb:
            continue
        for unit in sorted({c.unit for c in nums[a]} & {c.unit for c in nums[b]}):
            xs = [c for c in nums[a] if c.unit == unit]
            ys = [c for c in nums[b] if c.unit == unit]
            # a conflict only when no number of one fits any of the other (both may list several)
            if any(p.overlaps(q) for p in xs for q in ys):
                continue
            near = [
                (p, q) for p in xs for q in ys if max(p.value, q.value) <= MAX_RATIO * min(p.value, q.value)
            ]
            if near:
                return f"numbers differ: {_fmt_pair(*near[0])}"
    for a, b in pairs:
        if sim[a, b] < NAMES_THRESHOLD:
            continue
        pa, pb = (
            {
                ents.name(f)
                for f in ents.within(sents[k].doc, sents[k].start, sents[k].end)
                if ents.kind(f) == "person"
            }
            for k in (a, b)
        )
        if len(pa) == 1 and len(pb) == 1:
            na, nb = next(iter(pa)), next(iter(pb))
            if _names_conflict(na, nb, sents[a].doc, sents[b].doc, ents):
                return f"names differ: {na} vs {nb}"
    return None


def _names_conflict(na: str, nb: str, da: int, db: int, ents: EntityIndex) -> bool:
    """Two sources name different people for one point only when neither source names the other's
    person anywhere (else both know both people) and the names are not one name spelt two ways;
    "Mr Wilson" / "Mrs Wilson" (one surname) is the same family, no call."""
    if na.split()[-1] == nb.split()[-1] or SequenceMatcher(None, na, nb).ratio() >= 0.8:
        return False
    in_docs = {e.name: {m.doc for m in e.mentions} for e in ents.entities if e.name in (na, nb)}
    return db not in in_docs.get(na, set()) and da not in in_docs.get(nb, set())


def _fmt_pair(x: Count, y: Count) -> str:
    """ "1,200 vs 1,500 workers", "1,200 members vs 1,500 workers", "$400 vs $500", "3 percent vs 6%"."""
    if x.noun and x.noun == y.noun:
        return f"{x.text} vs {y.text} {y.noun}"
    return f"{_fmt(x)} vs {_fmt(y)}"


def _fmt(c: Count) -> str:
    return f"{c.text} {c.noun}" if c.noun else c.text
