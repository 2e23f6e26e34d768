"""Sentence features for the learned scorer of the default summarizer.

Every feature is computed from lower-cased text (the training data is lower-cased and truncated
to ~164 words per document), so nothing leans on case, and positions are counted among candidate
sentences and capped, so they mean the same in truncated training documents and in full articles.
Features come in named groups; `bench/bench_ablation.py` turns each group off in turn.

Built for speed (a story is scored in a few milliseconds): story-level features are numpy
operations on the similarity matrix and on flat arrays of term ids, and the text patterns run
once over all candidate sentences joined, not once per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from ..model import Sentence, Story
from ..readability import DANGLING_OPENING
from .base import MAX_WORDS, MIN_WORDS

# name -> group, in column order. Groups are what the ablation switches off. The "quotes" group
# is left out of the shipped model: Newser references quote people, DUC ones do not, so it helps
# one benchmark and hurts the other (see bench/bench_ablation.py); the scorer for lower-cased
# stories (Multi-News+ only) uses it.
FEATURES: dict[str, str] = {
    "pos_log": "position",
    "pos_first": "position",
    "pos_second": "position",
    "pos_inv": "position",
    "pos_words": "position",
    "para_first": "position",
    "doc_log": "document",
    "ndocs_log": "document",
    "doc_centrality": "document",
    "centroid": "centrality",
    "degree": "centrality",
    "lexrank": "centrality",
    "support_max": "support",
    "support_mean": "support",
    "support_docs": "support",
    "first_sim": "support",
    "concept_sum": "concepts",
    "concept_density": "concepts",
    "unigram_df": "concepts",
    "len_log": "length",
    "content_ratio": "length",
    "has_number": "surface",
    "quote_frac": "quotes",
    "starts_quote": "quotes",
    "attribution": "quotes",
    "dateline": "surface",
    "first_person": "surface",
    "second_person": "surface",
    "question": "surface",
    "dangling": "surface",
    "junk": "surface",
}
NAMES: tuple[str, ...] = tuple(FEATURES)
GROUPS: tuple[str, ...] = tuple(dict.fromkeys(FEATURES.values()))

# Story-level features divided by their maximum over the story's candidates, so that they mean the
# same in a 2-document and a 10-document story.
RELATIVE: tuple[str, ...] = ()
POS_CAP = 12  # candidate rank beyond this counts as this (training documents are truncated)
WORDS_CAP = 160.0  # words before a sentence, capped at the training documents' length
LEXRANK_THRESHOLD = 0.1
SUPPORT_THRESHOLD = 0.25
ENDS = frozenset(".!?\"'”’)")  # how a candidate sentence ends

# Marker words, looked up in each sentence's word tokens (`Story.vectors.words`).
_MARKERS: dict[str, str] = {
    **dict.fromkeys(
        ("said", "says", "told", "according", "stated", "announced", "added", "reported", "reports",
         "noted", "explained"), "attribution"),
    **dict.fromkeys(("i", "we", "me", "us", "my", "our", "i'm", "we're", "i've", "we've"), "first_person"),
    **dict.fromkeys(("you", "your", "you're", "you've", "yourself"), "second_person"),
    # Page furniture that cleaning left inside a sentence.
    **dict.fromkeys(
        ("click", "clicking", "subscribe", "subscribers", "newsletter", "newsletters", "email", "emails",
         "cookie", "cookies", "browser", "javascript", "advertisement", "copyright", "photo", "photos",
         "getty", "video", "videos", "login", "http", "https", "www"), "junk"),
}  # fmt: skip
_MARKER_WORDS = frozenset(_MARKERS)
# The junk words that only page furniture uses: a sentence with one is never selected. ("video",
# "photo", "email" also mark furniture but are news words too: they only lower the learned score.)
_FURNITURE_WORDS = frozenset(
    ("click", "clicking", "subscribe", "subscribers", "newsletter", "newsletters", "cookie", "cookies",
     "browser", "javascript", "advertisement", "copyright", "login", "http", "https", "www")
)  # fmt: skip
_MARKER_KINDS = ("attribution", "first_person", "second_person", "junk")
# Patterns anchored at the start of the (lower-cased) sentence, or found in it.
_QUOTE_SPAN = re.compile(r"(?:\"|“|``)([^\"“”\n]*?)(?:\"|”|'')")
_DATELINE = re.compile(
    r"[\w .,'-]{2,40}?(?:\((?:ap|reuters|afp|cnn|upi|xinhua|ians|pti|bloomberg)\)|\s[-_—–]{1,2}\s)"
)
_OPEN_QUOTE = re.compile(r"\s*(?:\"|“|``|')")
_OPENERS = "\"“‘'(["  # what a sentence may open with before its first word


@dataclass(frozen=True)
class Concepts:
    """The story's concepts (content-term bigrams) and which sentences hold them.

    Pairs `(sentence[k], concept[k])` list each sentence's distinct concepts, sorted by sentence;
    only concepts of positive weight appear. `keys[c]` encodes concept c as `first * vocab + second`
    (term ids of `Story.vectors.vocab`).
    """

    sentence: np.ndarray  # (pairs,) int
    concept: np.ndarray  # (pairs,) int
    weight: (
        np.ndarray
    )  # (concepts,) share of the documents using the concept (those below the minimum left out)
    keys: np.ndarray  # (concepts,) int
    vocab: int
    names: tuple[str, ...] = ()  # term of each id (empty: the ids of `Story.vectors.vocab`)

    def gain(self, n: int, covered: np.ndarray | None = None) -> np.ndarray:
        """Summed weight of each of `n` sentences' concepts (not yet `covered`)."""
        w = self.weight[self.concept]
        if covered is not None:
            w = np.where(covered[self.concept], 0.0, w)
        return np.bincount(self.sentence, w, minlength=n).astype(float, copy=False)  # float when empty too

    def named(self, story: Story) -> dict[tuple[str, str], float]:
        """Weighted concepts as (stem, stem) pairs (for tests and inspection)."""
        stems = list(self.names or story.vectors.vocab)
        used = np.unique(self.concept)
        v = self.vocab
        return {
            (stems[k // v], stems[k % v]): float(self.weight[c])
            for c, k in zip(used, self.keys[used], strict=True)
        }

    def of(self, i: int) -> np.ndarray:
        """Concept ids of sentence i."""
        lo, hi = np.searchsorted(self.sentence, [i, i + 1])
        return self.concept[lo:hi]


@dataclass(frozen=True)
class StoryFeatures:
    """The feature matrix of a story's sentences (rows) and which rows may be selected."""

    matrix: np.ndarray  # (n_sentences, len(NAMES)); rows of non-candidates are left partly empty
    candidate: np.ndarray  # bool: a sentence a summary may use (see `summarize.base.is_candidate`)
    rank: np.ndarray  # candidate rank within the document (-1 for non-candidates)
    words: np.ndarray  # whitespace words per sentence
    concepts: Concepts
    fragment: np.ndarray  # bool: a candidate that starts in lower case (in a cased text) or is in capitals
    furniture: np.ndarray  # bool: a candidate with page-furniture words (click, subscribe, cookie, ©…)


def _lexrank(n: int, rows: np.ndarray, cols: np.ndarray, sim: np.ndarray, iterations: int = 30) -> np.ndarray:
    """Thresholded-graph LexRank (Erkan & Radev 2004) on the edges (rows, cols, sim) of a symmetric
    sparse similarity without its diagonal, scaled so the mean score is 1."""
    edge = sim > LEXRANK_THRESHOLD
    rows, cols = rows[edge], cols[edge]
    deg = np.bincount(rows, minlength=n).astype(float)
    deg[deg == 0] = 1.0
    damping = 0.85
    step = damping / deg[cols]  # the symmetric graph: j's damped step to i, per edge (i, j)
    jump = (1 - damping) / n
    p = np.full(n, 1.0 / n)
    for _ in range(iterations):
        p = np.bincount(rows, step * p[cols], minlength=n) + jump
    return p * n


def _per_doc_max(
    rows: np.ndarray, cols: np.ndarray, sim: np.ndarray, docs: np.ndarray, nd: int
) -> tuple[np.ndarray, np.ndarray]:
    """For each sentence i and each other document it has a neighbour in (edges rows, cols, sim of
    the sparse similarity): (i, the largest similarity of i to a sentence of that document)."""
    other = docs[cols] != docs[rows]
    key = rows[other] * nd + docs[cols[other]]
    v = sim[other]
    if not len(key):
        return key, v
    order = np.argsort(key, kind="stable")
    key, v = key[order], v[order]
    start = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    return key[start] // nd, np.maximum.reduceat(v, start)


def concepts(story: Story, min_share: float = 0.0) -> Concepts:
    """Bigram concepts of the story's sentences, weighted by the share of the documents using them.

    ICSI-ILP style (Gillick & Favre 2009): a concept counts when at least two documents use it
    (one document for a single-document story). Weights are divided by the number of documents so
    that they mean the same for a 2-document and a 10-document story. Bigrams are adjacent content
    terms (stop words already dropped) of one sentence. These are the scorer's features (it was
    trained on them); selection covers `word_bigrams`.
    """
    vec = story.vectors
    rows, ids = vec.tokens
    same = rows[:-1] == rows[1:]
    return _weighted(story, rows, ids, max(len(vec.vocab), 1), same, min_share)


COVERAGE_SHARE = 0.3  # a coverage concept is used by at least this share of the documents (and two)


def word_bigrams(story: Story, min_share: float = COVERAGE_SHARE) -> Concepts:
    """The concepts selection covers: stemmed adjacent words of one sentence, stop words included
    but not two stop words ("killed in", "nerve agent"), as the ICSI system's (Gillick & Favre 2009),
    counted when at least `min_share` of the documents use them (3 of DUC's 10, as theirs; 2 of a
    2- to 6-document story). Tuned on DUC 2003 only (the bigrams of content terms alone, bridging
    the stop words, and a minimum of two documents: 9.77 R2 there, these 10.73)."""
    from itertools import chain

    from ..represent import STOP_WORDS

    vec = story.vectors
    per = vec.words
    flat = list(chain.from_iterable(per))
    words = list(dict.fromkeys(flat))  # distinct words (the maps below run in C)
    word_id = {w: k for k, w in enumerate(words)}
    word = np.fromiter(map(word_id.__getitem__, flat), np.int64, len(flat))
    # Stop words as `represent.terms` drops them: its content terms are the other words, in order,
    # so they take their stems' ids from `vec.tokens` and stop words ids of their own after those.
    stop = np.fromiter(map(STOP_WORDS.__contains__, words), bool, len(words))
    stop |= np.fromiter(map(len, words), np.int64, len(words)) < 2
    stop = stop[word]
    v = len(vec.vocab)
    ids = word + v
    ids[~stop] = vec.tokens[1]
    rows = np.repeat(np.arange(len(per), dtype=np.int64), np.fromiter(map(len, per), np.int64, len(per)))
    same = (rows[:-1] == rows[1:]) & ~(stop[:-1] & stop[1:])
    return _weighted(story, rows, ids, max(v + len(words), 1), same, min_share, (*vec.vocab, *words))


def _weighted(
    story: Story,
    rows: np.ndarray,
    ids: np.ndarray,
    v: int,
    same: np.ndarray,
    min_share: float,
    names: tuple[str, ...] = (),
) -> Concepts:
    """Concepts from a token stream (`rows`: sentence, `ids`: term id < `v`): the bigrams of
    adjacent tokens where `same` holds, weighted by the share of the documents using them, kept
    when at least max(2, `min_share` of the documents) do (one for a single-document story)."""
    n = len(story.sentences)
    codes = ids[:-1][same] * v + ids[1:][same]
    at = rows[:-1][same]
    docs = np.fromiter((s.doc for s in story.sentences), np.int64, n)
    # Document frequency from the distinct (document, bigram) pairs; every bigram is in `keys`.
    keys, df = np.unique(np.unique(docs[at] * (v * v) + codes) % (v * v), return_counts=True)
    ndocs = max(len(story.documents), 1)
    min_df = max(2 if ndocs > 1 else 1, int(np.ceil(min_share * ndocs)))
    used = df >= min_df  # only these are kept, renumbered (smaller arrays for the selection)
    k = max(int(used.sum()), 1)
    pos = np.searchsorted(keys, codes)
    take = used[pos]
    pairs = np.unique(at[take] * k + (np.cumsum(used) - 1)[pos[take]])  # distinct, by sentence
    return Concepts(pairs // k, pairs % k, df[used] / ndocs, keys[used], v, names)


def compute(
    story: Story, names: Collection[str] | None = None, cased: np.ndarray | None = None
) -> StoryFeatures:
    """Features of every sentence of `story` (columns in `NAMES` order). With `names`, the
    quotes group is only computed when asked for (it is left out of the shipped model). `cased`:
    `cased_docs(story)` when the caller has it already."""
    sents = story.sentences
    n = len(sents)
    if not n:
        empty = np.zeros(0, np.int64)
        con = Concepts(empty, empty, np.zeros(0), empty, 1)
        return StoryFeatures(
            np.zeros((0, len(NAMES))),
            np.zeros(0, bool),
            empty,
            empty,
            con,
            np.zeros(0, bool),
            np.zeros(0, bool),
        )
    ndocs = max(len(story.documents), 1)
    texts = [s.text for s in sents]
    words = np.fromiter((len(t.split()) for t in texts), np.int64, n)
    cand = (words >= MIN_WORDS) & (words <= MAX_WORDS)
    cand &= np.fromiter((bool(t) and t[-1] in ENDS for t in texts), bool, n)
    docs = np.fromiter((s.doc for s in sents), np.int64, n)

    # Candidate rank and words before each sentence, within its document (stable sort by document).
    order = np.argsort(docs, kind="stable")
    sd = docs[order]
    start = np.maximum.accumulate(np.where(np.r_[True, sd[1:] != sd[:-1]], np.arange(n), 0))
    c = cand[order].astype(np.int64)
    before = np.cumsum(c) - c
    w = words[order]
    wbefore = np.cumsum(w) - w
    rank = np.empty(n, np.int64)
    rank[order] = np.where(c > 0, before - before[start], -1)
    words_before = np.empty(n)
    words_before[order] = wbefore - wbefore[start]
    r = np.where(rank >= 0, np.minimum(rank, POS_CAP), POS_CAP).astype(float)

    from scipy.sparse import csr_matrix

    vec = story.vectors
    # The sparse similarity as edges without the diagonal (every pair sharing a term in a normal story).
    nb = vec.neighbours
    ei = np.repeat(np.arange(n, dtype=np.int64), np.diff(nb.indptr))
    off = ei != nb.indices
    ei, ej, ev = ei[off], nb.indices[off].astype(np.int64), nb.data[off]
    cent = vec.centroid_similarity
    # Degree: the sum of a sentence's similarities to all others, exactly and in linear time (with
    # unit rows it is its dot with the summed vector, less its own squared norm).
    m = vec.matrix
    norms = np.bincount(np.repeat(np.arange(n), np.diff(m.indptr)), m.data * m.data, minlength=n)
    total = np.bincount(m.indices, m.data, minlength=m.shape[1])
    degree = (m @ total - norms) / max(n - 1, 1)
    lexrank = _lexrank(n, ei, ej, ev) if n > 1 else np.ones(n)

    # Cross-document support: the largest similarity to the sentences of each other document.
    doc_ids, doc_of = np.unique(docs, return_inverse=True)
    nd = len(doc_ids)
    support_max = np.zeros(n)
    support_mean = np.zeros(n)
    support_docs = np.zeros(n)
    first_sim = np.zeros(n)
    if nd > 1:
        pi, pv = _per_doc_max(ei, ej, ev, doc_of, nd)
        if len(pi):
            start = np.flatnonzero(np.r_[True, pi[1:] != pi[:-1]])
            support_max[pi[start]] = np.maximum.reduceat(pv, start)
        support_mean = np.bincount(pi, pv, minlength=n) / (nd - 1)
        support_docs = np.bincount(pi[pv > SUPPORT_THRESHOLD], minlength=n) / (nd - 1)
        fi = np.flatnonzero(rank == 0)
        if len(fi):
            firsts = np.zeros(n, dtype=bool)
            firsts[fi] = True
            to_first = firsts[ej] & (docs[ej] != docs[ei])
            np.maximum.at(first_sim, ei[to_first], ev[to_first])

    # Document-level: cosine of each document's summed vector with the centroid. With unit rows,
    # the summed vector's dot with the centroid is the sum of its rows' centroid similarities.
    e = csr_matrix((np.ones(n), (doc_of, np.arange(n))), shape=(nd, n))
    num = np.bincount(doc_of, cent, minlength=nd)
    summed = e @ m
    den = np.sqrt(np.asarray(summed.multiply(summed).sum(axis=1)).ravel())
    doc_cent = (np.divide(num, den, out=np.zeros(nd), where=den > 0))[doc_of]

    # Concepts: bigrams used by several documents; unigram document frequency.
    con = concepts(story)
    concept_sum = con.gain(n)
    rows, ids = vec.tokens
    nterms = np.bincount(rows, minlength=n).astype(float)
    vsize = max(len(vec.vocab), 1)
    term_docs = np.bincount(np.unique(docs[rows] * vsize + ids) % vsize, minlength=vsize)
    unigram_df = np.bincount(rows, term_docs[ids], minlength=n) / np.maximum(nterms, 1) / ndocs

    nwords = np.maximum(words, 1).astype(float)
    cols: dict[str, np.ndarray] = {
        "pos_log": np.log1p(r),
        "pos_first": (rank == 0).astype(float),
        "pos_second": (rank == 1).astype(float),
        "pos_inv": np.where(rank >= 0, 1.0 / (1.0 + r), 0.0),
        "pos_words": np.log1p(np.minimum(words_before, WORDS_CAP)),
        "para_first": np.fromiter((s.para_index == 0 for s in sents), float, n),
        "doc_log": np.log1p(docs.astype(float)),
        "ndocs_log": np.full(n, np.log(ndocs)),
        "doc_centrality": doc_cent,
        "centroid": cent,
        "degree": degree,
        "lexrank": lexrank,
        "support_max": support_max,
        "support_mean": support_mean,
        "support_docs": support_docs,
        "first_sim": first_sim,
        "concept_sum": concept_sum,
        "concept_density": concept_sum / nwords,
        "unigram_df": unigram_df,
        "len_log": np.log(nwords),
        "content_ratio": nterms / nwords,
    }
    quotes = names is None or any(FEATURES.get(k) == "quotes" for k in names)
    surface, fragment = _surface(story, np.flatnonzero(cand), rank, quotes, cased)
    cols.update(surface)
    tokens = vec.words
    furniture = np.fromiter(
        (
            bool(c) and ("©" in sents[i].text or not _FURNITURE_WORDS.isdisjoint(tokens[i]))
            for i, c in enumerate(cand)
        ),
        bool,
        n,
    )
    for name in RELATIVE:
        top = cols[name][cand].max(initial=0.0)
        if top > 0:
            cols[name] = cols[name] / top
    matrix = np.column_stack([cols[name] for name in NAMES])
    return StoryFeatures(
        matrix=matrix,
        candidate=cand,
        rank=rank,
        words=words,
        concepts=con,
        fragment=fragment,
        furniture=furniture,
    )


def _surface(
    story: Story, rows: np.ndarray, rank: np.ndarray, quotes: bool = True, cased: np.ndarray | None = None
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Text features of the candidate sentences `rows` (the other rows get 0), and which of them
    are fragments rather than sentences (see `looks_like_sentence`)."""
    n = len(story.sentences)
    texts = [story.sentences[i].text.strip() for i in rows]
    k = len(texts)
    tokens = story.vectors.words
    found = [{_MARKERS[t] for t in _MARKER_WORDS.intersection(tokens[i])} for i in rows]
    joined = "\n".join(texts)
    lengths = np.fromiter(map(len, texts), np.int64, k)
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1])) if k else np.zeros(0, np.int64)
    quoted = np.zeros(k)
    spans = [(m.start(), len(m.group(1))) for m in _QUOTE_SPAN.finditer(joined)] if quotes else []
    if spans:
        at, size = zip(*spans, strict=True)
        np.add.at(quoted, np.searchsorted(starts, at, side="right") - 1, size)
    # Digits and letter case, counted with numpy on the code points rather than per character.
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    sentence = np.repeat(np.arange(k), lengths + 1)[: len(codes)]
    digits = np.bincount(sentence[(codes >= 48) & (codes <= 57)], minlength=k)
    upper = np.bincount(sentence[(codes >= 65) & (codes <= 90)], minlength=k)
    lower = np.bincount(sentence[(codes >= 97) & (codes <= 122)], minlength=k)
    shouting = (upper + lower > 10) & (upper > 0.6 * (upper + lower))
    opens_lower = np.array([t.lstrip(_OPENERS)[:1].islower() or not t.lstrip(_OPENERS) for t in texts], bool)
    # A lower-cased source (Multi-News+ lower-cases everything but some sentence starts) opens real
    # sentences in lower case: there a lower-case opening says nothing about fragments.
    if story.documents and k:
        opens_lower &= (cased_docs(story) if cased is None else cased)[[story.sentences[i].doc for i in rows]]
    first = rank[rows] == 0  # datelines open documents
    kinds = {kind: np.array([kind in f for f in found], dtype=float) for kind in _MARKER_KINDS}
    local = {
        "has_number": (digits > 0).astype(float),
        "quote_frac": np.minimum(quoted / np.maximum(lengths, 1), 1.0),
        "starts_quote": _flags([_OPEN_QUOTE.match(t) for t in texts]) if quotes else np.zeros(k),
        "attribution": kinds["attribution"],
        "dateline": _flags([f and _DATELINE.match(t.lower()) for f, t in zip(first, texts, strict=True)]),
        "first_person": kinds["first_person"],
        "second_person": kinds["second_person"],
        "question": _flags([_is_question(t) for t in texts]),
        "dangling": _flags([DANGLING_OPENING.match(t) for t in texts]),
        "junk": np.maximum(kinds["junk"], _flags(["©" in t for t in texts])),
    }
    out = {}
    for name, v in local.items():
        col = np.zeros(n)
        col[rows] = v
        out[name] = col
    fragment = np.zeros(n, dtype=bool)
    fragment[rows] = shouting | opens_lower
    return out, fragment


def cased_docs(story: Story) -> np.ndarray:
    """Per document: whether its text keeps letter case (`casing.document_keeps_case`, read once per
    story: `Story.cased_docs`)."""
    return np.array(story.cased_docs, dtype=bool)


def _flags(values: list[object]) -> np.ndarray:
    return np.array([1.0 if v else 0.0 for v in values])


def looks_like_sentence(text: str) -> bool:
    """Not a fragment: starts like a sentence (capital, digit or quote) and is not in capitals
    (letters counted in ASCII)."""
    feats = _surface(Story((), (Sentence(0, 0, 0, len(text), text),)), np.array([0]), np.array([0]))
    return not bool(feats[1][0])


def _is_question(text: str) -> bool:
    return text.rstrip("\"'”’) ").endswith("?")


# A question reported, not asked (rule `reported-question`): a frame names who asked and how, then the
# quotation ends the sentence on its question mark ('Police tweeted: " could we be any more overwhelmed
# ...? "', '... turned to his son and asked him, " are there any muslims in this hospital? "'): the news
# of what someone asked, which the summary may use. The frame's verb in the past: one in the present tells
# a scene (an advert's "A yawning girl asks, " can we play the wake-up playlist? "", multinews-val-47813; a
# page's "The website asks: ..."), not news. A question of the writer's ("Is this the end?") or a quotation
# with no frame before it is still a question.
_REPORTED_QUESTION = re.compile(
    r"^[^\"“”]{8,200}?\b(?:asked|said|tweeted|wrote|posted|wondered|added|demanded|questioned|inquired"
    r"|quipped|joked|recalled)\b(?:\s[\w'’-]+){0,2}\s?[,:]\s?"
    r"[\"“]\s?[^\"“”]{3,}\?\s?[\"”]\s?$",
    re.IGNORECASE,
)


def reported_question(text: str) -> bool:
    """A sentence ending on a quoted question its own frame reports (`_REPORTED_QUESTION`)."""
    return _is_question(text) and _REPORTED_QUESTION.match(text) is not None
