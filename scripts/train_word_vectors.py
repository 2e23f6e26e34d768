"""Word vectors for the align stage's paraphrase evidence, from the Multi-News training file (issue 14).

    python scripts/train_word_vectors.py [--shared ../shared] [--words 20000] [--dims 96] [--window 5]

Every document and reference summary of `multinews-plus-train.jsonl.gz` (the training file only,
never a dev file), lower-cased, read as the align stage reads a clause (`features._word`: Porter stems,
the concept table's paraphrases folded, stop words, numbers and one-letter words out). Counts of two
content concepts within `--window` content words of each other (both sides, nearer words counting
more: 1/distance) over the `--words` most frequent concepts give a positive PMI matrix (context counts
smoothed to the power 0.75); its truncated SVD (scipy's ARPACK with a fixed start vector, so the same
input gives the same vectors) keeps `--dims` dimensions, each word weighted by the square root of the
singular values, rows normalised to length 1, signs fixed (each dimension's largest entry positive)
and stored as int8 (x 127) beside the word list: `vectors.npy` and `vectors.txt` in `--out`
(default `build/word-vectors/`, outside the package).

Not shipped and not read by the stage: leave-one-file-out over the align label files the paraphrase
evidence these vectors give (soft cover both ways, event-word match) cited no fewer wrong pairs for
its few more right ones (docs/HISTORY.md, "Alignment", session 7 round 10; the experiment's code is at commit
a61eb42: `align/vectors.py`, `weights-soft.json`), so session 8 took them out of the install.

Built here, not installed: no pretrained English word vectors install from the package index under
100 MB (spaCy's en_core_web_md is not published there under its own name; model2vec's static models
load their weights from a model hub at run time, which this tool never reaches), and the stage needs
only similarities between its own concepts (stems with paraphrases folded), which a pretrained table
keyed by surface words would not give without a second lookup per word.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.linalg import svds

from newsbrief.align.features import _TOKEN, _word, lexicon

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "word-vectors"
SEED = 14


def concept_ids(text: str, lex, ids: dict[str, int]) -> list[int]:
    """The text's content concepts as ids (new concepts get the next id)."""
    out = []
    for m in _TOKEN.finditer(text.lower()):
        w = m.group()
        if w[0].isdigit():
            continue
        for part in w.replace("’", "'").split("-"):
            if not part:
                continue
            c = _word(part, lex)[1]
            if c:
                k = ids.get(c)
                if k is None:
                    k = ids[c] = len(ids)
                out.append(k)
    return out


def read(path: Path) -> tuple[list[np.ndarray], dict[str, int]]:
    lex = lexicon()
    ids: dict[str, int] = {}
    texts: list[np.ndarray] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            for t in [*row["documents"], *row["summaries"]]:
                texts.append(np.array(concept_ids(t, lex, ids), dtype=np.int32))
    return texts, ids


def cooccurrence(texts: list[np.ndarray], keep: np.ndarray, n: int, window: int) -> csr_matrix:
    """Symmetric counts within `window` words (1/distance each), over the kept ids (`keep[id]`: the
    new id, -1 for a word out of the vocabulary; the window runs over all content words)."""
    total = csr_matrix((n, n), dtype=np.float64)
    rows, cols, vals = [], [], []
    size = 0
    for t in texts:
        ids = keep[t]
        for d in range(1, window + 1):
            if len(ids) <= d:
                break
            a, b = ids[:-d], ids[d:]
            ok = (a >= 0) & (b >= 0)
            rows.append(a[ok])
            cols.append(b[ok])
            vals.append(np.full(int(ok.sum()), 1.0 / d))
            size += int(ok.sum())
        if size > 5_000_000:
            total = total + _block(rows, cols, vals, n)
            rows, cols, vals, size = [], [], [], 0
    total = total + _block(rows, cols, vals, n)
    return (total + total.T).tocsr()


def _block(rows, cols, vals, n) -> csr_matrix:
    if not rows:
        return csr_matrix((n, n))
    r, c, v = np.concatenate(rows), np.concatenate(cols), np.concatenate(vals)
    return coo_matrix((v, (r, c)), shape=(n, n)).tocsr()


def ppmi(m: csr_matrix, alpha: float = 0.75) -> csr_matrix:
    m = m.tocoo()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** alpha
    total = m.sum()
    pmi = np.log(m.data * col.sum() / (row[m.row] * col[m.col])) if total else m.data
    keep = pmi > 0
    return coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape).tocsr()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--words", type=int, default=20000)
    ap.add_argument("--dims", type=int, default=96)
    ap.add_argument("--window", type=int, default=5)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    t0 = time.process_time()
    texts, ids = read(args.shared / "data" / "multinews-plus-train.jsonl.gz")
    freq = np.bincount(np.concatenate(texts), minlength=len(ids))
    names = [""] * len(ids)
    for c, k in ids.items():
        names[k] = c
    # the most frequent concepts, ties by name (deterministic); at least --min-count uses
    order = sorted(
        (k for k in range(len(ids)) if freq[k] >= args.min_count), key=lambda k: (-freq[k], names[k])
    )
    vocab = order[: args.words]
    keep = np.full(len(ids), -1, dtype=np.int64)
    keep[vocab] = np.arange(len(vocab))
    print(
        f"{len(texts)} texts, {int(freq.sum())} content words, {len(ids)} concepts, vocabulary {len(vocab)}"
    )
    m = ppmi(cooccurrence(texts, keep, len(vocab), args.window))
    v0 = np.random.default_rng(SEED).standard_normal(min(m.shape))
    u, s, _ = svds(m, k=args.dims, v0=v0, solver="arpack")
    order_s = np.argsort(-s)
    vec = u[:, order_s] * np.sqrt(s[order_s])
    vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
    signs = np.sign(vec[np.argmax(np.abs(vec), axis=0), np.arange(vec.shape[1])])
    vec *= signs
    q = np.clip(np.rint(vec * 127), -127, 127).astype(np.int8)
    args.out.mkdir(parents=True, exist_ok=True)
    np.save(args.out / "vectors.npy", q, allow_pickle=False)
    (args.out / "vectors.txt").write_text("".join(names[k] + "\n" for k in vocab), encoding="utf-8")
    size = (args.out / "vectors.npy").stat().st_size + (args.out / "vectors.txt").stat().st_size
    print(f"vectors {q.shape}, {size / 1e6:.2f} MB; {time.process_time() - t0:.0f} s CPU")
    w = {c: i for i, c in enumerate(names[k] for k in vocab)}
    f = q.astype(np.float32) / 127
    for probe in ("prepar", "propaganda", "troop", "remov", "strike", "increas"):
        if probe in w:
            sims = f @ f[w[probe]]
            top = [names[vocab[i]] for i in np.argsort(-sims)[1:8]]
            print(probe, top)


if __name__ == "__main__":
    main()
