"""Sentence features for the learned scorer of the default summarizer.

Every feature is computed from lower-cased text (the training data is lower-cased and truncated
to ~164 words per document), so nothing leans on case, and positions are counted among candidate
sentences and capped, so they mean the same in truncated training documents and in full articles.
Features come in named groups; `bench/bench_ablation.py` turns each group off in turn.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from ..readability import opens_dangling
from .base import Story, is_candidate

# name -> group, in column order. Groups are what the ablation switches off. The "quotes" group
# is computed but left out of the shipped model: Newser references quote people, DUC ones do
# not, so it helps one benchmark and hurts the other (see bench/bench_ablation.py).
FEATURES: dict[str, str] = {
    "pos_log": "position",
    "pos_first": "position",
    "pos_second": "position",
    "pos_inv": "position",
    "pos_words": "position",
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
# same in a 20-sentence training story and a 500-sentence DUC cluster.
RELATIVE: tuple[str, ...] = ()
POS_CAP = 12  # candidate rank beyond this counts as this (training documents are truncated)
WORDS_CAP = 160.0  # words before a sentence, capped at the training documents' length
LEXRANK_THRESHOLD = 0.1
SUPPORT_THRESHOLD = 0.25

_QUOTED = re.compile(r"[\"“”]|``|''")
_QUOTE_SPAN = re.compile(r"(?:\"|“|``)([^\"“”]*?)(?:\"|”|'')")
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|stated|announced|added|reported|reports|noted|explained)\b"
)
_DATELINE = re.compile(
    r"^[\w .,'-]{2,40}?(?:\((?:ap|reuters|afp|cnn|upi|xinhua|ians|pti|bloomberg)\)|\s[-_—–]{1,2}\s)"
)
_FIRST_PERSON = re.compile(r"\b(?:i|we|me|us|my|our|i'm|we're|i've|we've)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|your|you're)\b")
_NUMBER = re.compile(r"\d")
_JUNK = re.compile(
    r"(?:click|subscribe|newsletter|e-?mail|cookie|browser|javascript|advertisement|copyright|©|"
    r"all rights reserved|photo|getty|video|follow us|sign up|log ?in|share this|read more|http|www\.)"
)
_OPEN_QUOTE = re.compile(r"^\s*(?:\"|“|``|')")


@dataclass(frozen=True)
class StoryFeatures:
    """The feature matrix of a story's sentences (rows) and which rows may be selected."""

    matrix: np.ndarray  # (n_sentences, len(NAMES))
    candidate: np.ndarray  # bool, is_candidate per sentence
    rank: np.ndarray  # candidate rank within the document (-1 for non-candidates)
    concepts: list[set[tuple[str, str]]]  # bigram concepts of each sentence
    weights: dict[tuple[str, str], float]  # concept weights (share of documents using them)


def _lexrank(sim: np.ndarray, iterations: int = 30) -> np.ndarray:
    """Thresholded-graph LexRank (Erkan & Radev 2004), scaled so the mean score is 1."""
    n = sim.shape[0]
    adj = (sim > LEXRANK_THRESHOLD).astype(float)
    deg = adj.sum(axis=1, keepdims=True)
    deg[deg == 0] = 1.0
    trans = adj / deg
    p = np.full(n, 1.0 / n)
    damping = 0.85
    for _ in range(iterations):
        p = (1 - damping) / n + damping * (trans.T @ p)
    return p * n


def bigrams(terms: list[str]) -> set[tuple[str, str]]:
    """Adjacent content-term pairs (stop words already dropped): the story's "concepts"."""
    return set(pairwise(terms))


def concept_weights(
    story: Story, min_share: float = 0.0
) -> tuple[list[set[tuple[str, str]]], dict[tuple[str, str], float]]:
    """Bigram concepts of each sentence and their weight: the share of the documents using them.

    ICSI-ILP style (Gillick & Favre 2009): a concept counts when at least two documents use it
    (one document for a single-document story). Weights are divided by the number of documents so
    that they mean the same for a 2-document and a 10-document story.
    """
    terms = story.vectors.terms
    per_sentence = [bigrams(t) for t in terms]
    docs_of: dict[tuple[str, str], set[int]] = {}
    for s, bg in zip(story.sentences, per_sentence, strict=True):
        for b in bg:
            docs_of.setdefault(b, set()).add(s.doc)
    ndocs = max(len(story.documents), 1)
    min_df = max(2 if ndocs > 1 else 1, int(np.ceil(min_share * ndocs)))
    weights = {b: len(d) / ndocs for b, d in docs_of.items() if len(d) >= min_df}
    return per_sentence, weights


def compute(story: Story) -> StoryFeatures:
    """Features of every sentence of `story` (columns in `NAMES` order)."""
    sents = story.sentences
    n = len(sents)
    ndocs = max(len(story.documents), 1)
    cand = np.array([is_candidate(s) for s in sents], dtype=bool)
    docs = np.array([s.doc for s in sents])
    rank = np.full(n, -1)
    words_before = np.zeros(n)
    seen: Counter[int] = Counter()
    wseen: Counter[int] = Counter()
    for i, s in enumerate(sents):
        words_before[i] = wseen[s.doc]
        wseen[s.doc] += s.words
        if cand[i]:
            rank[i] = seen[s.doc]
            seen[s.doc] += 1
    r = np.where(rank >= 0, np.minimum(rank, POS_CAP), POS_CAP).astype(float)

    vec = story.vectors
    sim = vec.similarity.copy()
    np.fill_diagonal(sim, 0.0)
    cent = vec.centroid_similarity
    degree = sim.sum(axis=1) / max(n - 1, 1)
    lexrank = _lexrank(sim) if n > 1 else np.ones(n)

    # Cross-document support: similarity to the sentences of the other documents.
    support_max = np.zeros(n)
    support_mean = np.zeros(n)
    support_docs = np.zeros(n)
    first_sim = np.zeros(n)
    doc_ids = sorted(set(docs.tolist()))
    per_doc_max = np.zeros((n, len(doc_ids)))
    first_idx = [i for i in range(n) if rank[i] == 0]
    for k, d in enumerate(doc_ids):
        cols = docs == d
        per_doc_max[:, k] = sim[:, cols].max(axis=1)
    if len(doc_ids) > 1:
        for k, d in enumerate(doc_ids):
            rows = docs == d
            other = np.delete(per_doc_max[rows], k, axis=1)
            support_max[rows] = other.max(axis=1)
            support_mean[rows] = other.mean(axis=1)
            support_docs[rows] = (other > SUPPORT_THRESHOLD).mean(axis=1)
        if first_idx:
            fi = np.array(first_idx)
            fsim = sim[:, fi]
            same = docs[:, None] == docs[fi][None, :]
            fsim = np.where(same, 0.0, fsim)
            first_sim = fsim.max(axis=1)

    # Document-level: how central each document is to the story.
    doc_cent = np.zeros(n)
    m = vec.matrix
    for d in doc_ids:
        rows = np.flatnonzero(docs == d)
        dv = np.asarray(m[rows].sum(axis=0)).ravel()
        norm = np.linalg.norm(dv)
        doc_cent[rows] = float(dv @ vec.centroid / norm) if norm else 0.0

    # Concepts: bigrams used by several documents; unigram document frequency.
    per_sentence, weights = concept_weights(story)
    terms = vec.terms
    term_docs: dict[str, set[int]] = {}
    for s, ts in zip(sents, terms, strict=True):
        for t in ts:
            term_docs.setdefault(t, set()).add(s.doc)
    concept_sum = np.array([sum(weights.get(b, 0.0) for b in bg) for bg in per_sentence])
    unigram_df = np.array([np.mean([len(term_docs[t]) for t in ts]) / ndocs if ts else 0.0 for ts in terms])

    nwords = np.array([max(s.words, 1) for s in sents], dtype=float)
    nterms = np.array([len(t) for t in terms], dtype=float)

    cols: dict[str, np.ndarray] = {
        "pos_log": np.log1p(r),
        "pos_first": (rank == 0).astype(float),
        "pos_second": (rank == 1).astype(float),
        "pos_inv": np.where(rank >= 0, 1.0 / (1.0 + r), 0.0),
        "pos_words": np.log1p(np.minimum(words_before, WORDS_CAP)),
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
    surface = np.array([_surface(s.text) for s in sents]).reshape(n, 10)
    for k, name in enumerate(
        (
            "has_number",
            "quote_frac",
            "starts_quote",
            "attribution",
            "dateline",
            "first_person",
            "second_person",
            "question",
            "dangling",
            "junk",
        )
    ):
        cols[name] = surface[:, k]
    if RELATIVE and n:
        for name in RELATIVE:
            top = cols[name][cand].max() if cand.any() else cols[name].max()
            if top > 0:
                cols[name] = cols[name] / top
    matrix = np.column_stack([cols[name] for name in NAMES]) if n else np.zeros((0, len(NAMES)))
    return StoryFeatures(matrix=matrix, candidate=cand, rank=rank, concepts=per_sentence, weights=weights)


def _surface(text: str) -> tuple[float, ...]:
    low = text.lower()
    quoted = sum(len(m.group(1)) for m in _QUOTE_SPAN.finditer(low))
    return (
        float(bool(_NUMBER.search(low))),
        min(quoted / max(len(low), 1), 1.0),
        float(bool(_OPEN_QUOTE.match(low))),
        float(bool(_ATTRIBUTION.search(low))),
        float(bool(_DATELINE.match(low))),
        float(len(_FIRST_PERSON.findall(low)) > 0),
        float(bool(_SECOND_PERSON.search(low))),
        float(low.rstrip("\"'”’) ").endswith("?")),
        float(opens_dangling(text)),
        float(bool(_JUNK.search(low))),
    )
