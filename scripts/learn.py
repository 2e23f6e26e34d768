"""Training the default summarizer's sentence scorer (used by scripts/train_default.py and bench/).

Stories are built the way users and `newsbrief eval` build them: raw text -> RawDoc -> clean ->
segment -> Story. Each sentence is labelled against the reference summary with the tokenisation
and stemmer of rouge-score (soft labels: its ROUGE-1/2 precision; or membership in a greedy
ROUGE oracle), and a small scikit-learn model is fitted and exported to the JSON format of
`summarize.scorer`.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newsbrief.model import Story
from newsbrief.represent import stem, stopwords
from newsbrief.summarize import features as F
from newsbrief.summarize.base import is_candidate
from newsbrief.summarize.scorer import Scorer, Tree

_NON_ALNUM = re.compile(r"[^a-z0-9]+")

TRAIN_FILE = "multinews-plus-train.jsonl.gz"
# How the shipped weights were made (scripts/train_default.py reproduces them).
# Labels are scored against the first REF_WORDS words of the reference (its lead, where the story's
# core is stated): on both dev files this beats the whole reference and 50, 75, 125 or 150 words.
SHIPPED: dict[str, Any] = {
    "label": "c1p",
    "ref_words": 100,
    "drop": ("quotes",),
    "stories": 20000,
    "seed": 13,
}
# The scorer for stories whose text lost its case (Multi-News+, lower-cased and truncated): content
# bigram precision against the whole reference (session 10: +0.18 / +0.31 R2 at 100 / 250 words on
# 700 training stories left out of its fit; on the cased DUC files the same label costs 0.6-1.0 R2).
# It keeps the quotes group (session 11: +0.25 / +0.12 R2 at 100 / 250 words on 1,200 training
# stories left out of its fit): Multi-News references quote people; DUC's, scored by the cased
# scorer, do not.
SHIPPED_CASELESS: dict[str, Any] = {**SHIPPED, "label": "c2p", "ref_words": None, "drop": ()}


def build_story(documents: Sequence[str]) -> Story:
    """A Story from benchmark document texts, by the one story path of `newsbrief brief`, batch and eval
    (`record_to_raws`, `prepare_story`); a story with no text left is an empty Story."""
    from newsbrief.errors import InputError
    from newsbrief.ingest.stories import StoryRecord, record_to_raws
    from newsbrief.pipeline import prepare_story

    try:
        return prepare_story(record_to_raws(StoryRecord("train", tuple(documents))))
    except InputError:
        return Story((), ())


def iter_rows(path: str | Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Rows of a ../shared/data JSONL file (gzip too)."""
    p = Path(path)
    opener = gzip.open if p.suffix == ".gz" else open
    with opener(p, "rt", encoding="utf-8") as f:
        for k, line in enumerate(f):
            if limit is not None and k >= limit:
                return
            if line.strip():
                yield json.loads(line)


# --- ROUGE tokens, as rouge-score makes them (cached stemming: labels for 100k sentences) ---


def _stem(word: str) -> str:
    return stem(word) if len(word) > 3 else word


def rouge_tokens(text: str) -> list[str]:
    """rouge-score's tokenize(text, PorterStemmer): lower-case, alphanumeric runs, stem if > 3 chars."""
    return [_stem(t) for t in _NON_ALNUM.sub(" ", text.lower()).split()]


def ngrams(tokens: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(zip(*(tokens[k:] for k in range(n)), strict=False))


@dataclass(frozen=True)
class Labels:
    """Per-sentence targets against the reference(s)."""

    r1p: np.ndarray  # ROUGE-1 precision of the sentence alone
    r2p: np.ndarray  # ROUGE-2 precision
    c1p: np.ndarray  # ROUGE-1 precision on content words (stop words left out)
    c2p: np.ndarray  # ROUGE-2 precision on bigrams with a content word
    oracle: np.ndarray  # 1 for sentences of the greedy ROUGE-1+2 oracle summary


def labels(story: Story, references: Sequence[str], words: int = 250, ref_words: int | None = None) -> Labels:
    """Soft and oracle labels of every sentence (several references: averaged), against the
    references cut to their first `ref_words` whitespace words when given."""
    if ref_words is not None:
        references = [" ".join(r.split()[:ref_words]) for r in references]
    n = len(story.sentences)
    toks = [rouge_tokens(s.text) for s in story.sentences]
    g1 = [ngrams(t, 1) for t in toks]
    g2 = [ngrams(t, 2) for t in toks]
    r1p = np.zeros(n)
    r2p = np.zeros(n)
    refs = [(ngrams(rt, 1), ngrams(rt, 2)) for rt in (rouge_tokens(r) for r in references)]
    for i in range(n):
        for ref1, ref2 in refs:
            r1p[i] += sum((g1[i] & ref1).values()) / max(sum(g1[i].values()), 1)
            r2p[i] += sum((g2[i] & ref2).values()) / max(sum(g2[i].values()), 1)
    stop = stopwords()
    c1p = np.zeros(n)
    c2p = np.zeros(n)
    for i in range(n):
        s1 = Counter({k: v for k, v in g1[i].items() if k[0] not in stop})
        s2 = Counter({k: v for k, v in g2[i].items() if not (k[0] in stop and k[1] in stop)})
        for ref1, ref2 in refs:
            c1p[i] += sum((s1 & ref1).values()) / max(sum(s1.values()), 1)
            c2p[i] += sum((s2 & ref2).values()) / max(sum(s2.values()), 1)
    k = max(len(refs), 1)
    return Labels(r1p / k, r2p / k, c1p / k, c2p / k, _greedy_oracle(story, g1, g2, refs, words))


def _greedy_oracle(
    story: Story,
    g1: list[Counter[tuple[str, ...]]],
    g2: list[Counter[tuple[str, ...]]],
    refs: list[tuple[Counter[tuple[str, ...]], Counter[tuple[str, ...]]]],
    words: int,
) -> np.ndarray:
    """Greedy oracle: add the sentence that raises R1+R2 recall most, within the word budget."""
    n = len(story.sentences)
    out = np.zeros(n)
    if not refs:
        return out
    cur1: Counter[tuple[str, ...]] = Counter()
    cur2: Counter[tuple[str, ...]] = Counter()
    used = 0
    cand = [i for i, s in enumerate(story.sentences) if is_candidate(s)]

    def value(c1: Counter[tuple[str, ...]], c2: Counter[tuple[str, ...]]) -> float:
        v = 0.0
        for ref1, ref2 in refs:
            v += sum((c1 & ref1).values()) / max(sum(ref1.values()), 1)
            v += sum((c2 & ref2).values()) / max(sum(ref2.values()), 1)
        return v

    best_v = 0.0
    while True:
        best, gain = -1, 1e-9
        for i in cand:
            if out[i] or used + story.sentences[i].words > words:
                continue
            v = value(cur1 + g1[i], cur2 + g2[i]) - best_v
            if v > gain:
                best, gain = i, v
        if best < 0:
            return out
        out[best] = 1
        cur1 += g1[best]
        cur2 += g2[best]
        best_v += gain
        used += story.sentences[best].words


# --- the training set ---


@dataclass
class Dataset:
    x: np.ndarray
    r1p: np.ndarray
    r2p: np.ndarray
    c1p: np.ndarray
    c2p: np.ndarray
    oracle: np.ndarray
    story: np.ndarray  # story number of each row


def dataset(
    path: str | Path, limit: int, seed: int = 13, words: int = 100, ref_words: int | None = None
) -> Dataset:
    """Features and labels of the candidate sentences of a random sample of `limit` stories
    (labels against the references' first `ref_words` words when given)."""
    rows = list(iter_rows(path))
    rng = np.random.default_rng(seed)
    pick = sorted(rng.choice(len(rows), size=min(limit, len(rows)), replace=False).tolist())
    xs: list[np.ndarray] = []
    cols: dict[str, list[np.ndarray]] = {k: [] for k in ("r1p", "r2p", "c1p", "c2p", "oracle")}
    g: list[np.ndarray] = []
    for k in pick:
        row = rows[k]
        story = build_story(row["documents"])
        if not story.sentences:
            continue
        feats = F.compute(story)
        lab = labels(story, row["summaries"], words, ref_words)
        keep = feats.candidate
        if not keep.any():
            continue
        xs.append(feats.matrix[keep])
        for name, out in cols.items():
            out.append(getattr(lab, name)[keep])
        g.append(np.full(int(keep.sum()), k))
    return Dataset(np.vstack(xs), **{k: np.concatenate(v) for k, v in cols.items()}, story=np.concatenate(g))


def target(ds: Dataset, label: str) -> np.ndarray:
    if label == "soft":
        return (ds.r1p + 2.0 * ds.r2p) / 3.0
    if label == "content":
        return (ds.c1p + ds.c2p) / 2.0
    if label == "c1p":
        return ds.c1p
    if label == "r1p":
        return ds.r1p
    if label == "r2p":
        return ds.r2p
    if label == "c2p":
        return ds.c2p
    if label == "oracle":
        return ds.oracle
    raise ValueError(f"unknown label {label!r}")


def fit(
    ds: Dataset,
    label: str = "soft",
    kind: str = "linear",
    drop_groups: Sequence[str] = (),
    seed: int = 13,
    trees: int = 100,
    depth: int = 3,
    learning_rate: float = 0.1,
) -> Scorer:
    """Fit a scorer on `ds` without the features of `drop_groups`."""
    names = [n for n in F.NAMES if F.FEATURES[n] not in drop_groups]
    cols = [F.NAMES.index(n) for n in names]
    x = ds.x[:, cols]
    y = target(ds, label)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    xs = (x - mean) / scale
    meta: dict[str, Any] = {"label": label, "seed": seed, "rows": len(y)}
    if kind == "linear":
        if label == "oracle":
            from sklearn.linear_model import LogisticRegression

            m = LogisticRegression(C=1.0, max_iter=500)
            m.fit(xs, y)
            coef, intercept = m.coef_.ravel(), float(m.intercept_[0])
        else:
            from sklearn.linear_model import Ridge

            r = Ridge(alpha=1.0).fit(xs, y)
            coef, intercept = r.coef_.ravel(), float(r.intercept_)
        return Scorer(tuple(names), mean, scale, "linear", coef, intercept, meta=meta)
    from sklearn.ensemble import GradientBoostingRegressor

    gb = GradientBoostingRegressor(
        n_estimators=trees,
        max_depth=depth,
        learning_rate=learning_rate,
        subsample=0.8,
        min_samples_leaf=50,
        random_state=seed,
    )
    gb.fit(xs, y)
    out = []
    for est in gb.estimators_.ravel():
        t = est.tree_
        out.append(
            Tree(
                t.feature.astype(np.int64),
                t.threshold.astype(float),
                t.children_left.astype(np.int64),
                t.children_right.astype(np.int64),
                t.value.ravel().astype(float),
            )
        )
    init = float(np.asarray(gb.init_.predict(xs[:1])).ravel()[0])
    return Scorer(
        tuple(names),
        mean,
        scale,
        "trees",
        trees=tuple(out),
        learning_rate=learning_rate,
        init=init,
        meta=meta,
    )


# --- scoring on the dev files, with eval's own preparation and ROUGE ---

DEV_RUNS: tuple[tuple[str, int, bool], ...] = (
    ("longbench-multinews-dev.jsonl", 250, False),
    ("duc2003-task2-dev.jsonl", 100, True),
)


@dataclass(frozen=True)
class DevScore:
    rouge1: float
    rouge2: float
    dangling: float  # share of summary sentences opening dangling (percent)
    ms: float  # median selection time per story
    stories: int


def prepare_file(path: str | Path) -> list[Any]:
    """Eval's prepared stories of a benchmark file (ingest -> clean -> segment, TF-IDF warmed)."""
    from newsbrief.evaluation.prepare import Prepared, prepare, warm
    from newsbrief.ingest.stories import iter_stories

    out: list[Prepared] = []
    for rec in iter_stories(path):
        p = prepare(rec) if not hasattr(rec, "reason") else rec
        if isinstance(p, Prepared):
            warm(p.story)
            out.append(p)
    return out


def score_dev(prepared: Sequence[Any], summarizer: Any, words: int, recall: bool) -> DevScore:
    """ROUGE-1/2 (F1, or recall) of a summarizer on prepared stories, as `newsbrief eval` scores them."""
    import time

    from newsbrief.evaluation.rouge import Rouge, truncate
    from newsbrief.model import Budget
    from newsbrief.readability import dangling_count

    rouge = Rouge()
    budget = Budget(words=words)
    m = "r" if recall else "f"
    r1 = r2 = 0.0
    dangling = sentences = 0
    times = []
    for p in prepared:
        t = time.perf_counter()
        chosen = summarizer.select(p.story, budget)
        times.append((time.perf_counter() - t) * 1000)
        sents = [p.story.sentences[i] for i in chosen]
        s = rouge.score(truncate([x.text for x in sents], words), p.references)
        r1 += s["rouge1"][m]
        r2 += s["rouge2"][m]
        dangling += dangling_count(p.story.sentences, chosen, p.story.caseless)
        sentences += len(sents)
    n = max(len(prepared), 1)
    return DevScore(
        100 * r1 / n, 100 * r2 / n, 100 * dangling / max(sentences, 1), float(np.median(times)), len(prepared)
    )
