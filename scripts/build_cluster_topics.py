"""A latent topic space for clustering (issue 17), built and measured; not shipped (session 40).

    python scripts/build_cluster_topics.py [--train FILE] [--dims 96] [--min-df 20] [--skip 1000]
    python scripts/build_cluster_topics.py --measure [--closed FILE]   # with a built --out

Fits a truncated SVD (latent semantic analysis) on the clustering vectors (`cluster.vectors.vector`:
TF-IDF, the `TOP_TERMS` heaviest terms) of every article of the training file (never a dev file),
after the same cleaning as `newsbrief cluster`, leaving out the first `--skip` stories of the
permutation `bench/bench_cluster.py --train` draws its stories from (`TRAIN_SEED`), so its
train-check and train-write rows stay untuned for any N up to half of it. Only the table's terms in at
least `--min-df` documents (`data/df.tsv`) are columns: rarer terms (names, numbers) are what the
lexical vectors already match on. Written to `--out` (default `build/cluster-topics.npz`, outside the
package): each term's row of the components (an article's topic vector is the sum of its vector's
weights times its terms' rows, normalised), int8 scaled per row (a float16 scale), and the terms;
seeded (`random_state` 0). 96 dims x 11,420 terms: 1.1 MB; 44 s to fit, 160 s to clean and vectorise.

`--measure` clusters the bench's files (one-shot, seed 13, `--closed` stories left out) and asks
whether the topic space places what the lexical vectors split: for each article left alone, the rank
of its true story among the found stories by topic cosine (centroid of its members' topic vectors);
and for pairs of found stories whose topic centroids are at least 0.6 / 0.7 / 0.8 alike, how many
are parts of one true story and how many two stories. Session 40 (main 249138d, 96 dims, closed
stories out): the true story first for 13 of 80 lone Multi-News+ dev articles, 3 of 18 LongBench, 7 of
73 train-check, 6 of 63 train-write (200 and 256 dims, more terms: about the same); story pairs at 0.7,
one story / two: 5 / 83 (Multi-News+), 0 / 14, 3 / 84, 3 / 77; with a lexical cosine of 0.1 as well,
5 / 42, 0 / 3, 3 / 54, 3 / 31; at 0.8, 0 / 13, 0 / 2, 2 / 10, 1 / 12. Scratch runs, not here: a lone
article adopted where its lexically and topically nearest stories agree (lexical >= 0.06, topic >= 0.5),
right / wrong 6 / 10, 2 / 3, 4 / 9, 2 / 10; as a merge guard, the articles under 0.4 topic cosine with
the rest of their found story are right members 19, 6, 37, 21 times and intruders 6, 0, 11, 7. A topic
space says two articles share a topic, and two stories of one topic (two shootings, two budget fights)
are the clusterer's merges: as a join, an adoption or a guard it adds more false joins than right
ones, so nothing reads it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.decomposition import TruncatedSVD

from newsbrief.clean import clean
from newsbrief.cluster.vectors import background_idf, vector
from newsbrief.ingest.multinews import decode_newline_marks
from newsbrief.model import RawDoc

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TRAIN = ROOT.parent / "shared" / "data" / "multinews-plus-train.jsonl.gz"
OUT = ROOT / "build" / "cluster-topics.npz"
TRAIN_SEED = 1717  # bench_cluster.TRAIN_SEED: its --train draw is this permutation's first stories


def left_out(n: int, skip: int) -> set[int]:
    """The line numbers of the `skip` stories `bench_cluster.train_rows` draws first (check, then write)."""
    drawn = list(range(n))
    random.Random(TRAIN_SEED).shuffle(drawn)
    return set(drawn[:skip])


def vectors(path: Path, skip: int) -> list[dict[str, float]]:
    """The clustering vector of every article of the training file (in file order) but the left-out
    stories'."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    out = left_out(len(lines), skip)
    vecs = []
    for k, line in enumerate(lines):
        if k in out:
            continue
        row = json.loads(line)
        for j, text in enumerate(row["documents"], 1):
            doc = clean(RawDoc(id=f"{row['id']}/{j}", source="train", raw=decode_newline_marks(text)))
            vec = vector(doc.text, doc.title)
            if vec:
                vecs.append(vec)
    return vecs


def fit(vecs: list[dict[str, float]], terms: list[str], dims: int) -> TruncatedSVD:
    """A seeded truncated SVD of the articles' vectors over `terms` (the other terms left out)."""
    column = {t: k for k, t in enumerate(terms)}
    rows, cols, vals = [], [], []
    for i, vec in enumerate(vecs):
        for t, w in vec.items():
            k = column.get(t)
            if k is not None:
                rows.append(i)
                cols.append(k)
                vals.append(w)
    x = csr_matrix((vals, (rows, cols)), shape=(len(vecs), len(terms)), dtype=np.float64)
    return TruncatedSVD(n_components=dims, algorithm="randomized", n_iter=7, random_state=0).fit(x)


def write(out: Path, terms: list[str], svd: TruncatedSVD) -> float:
    """Each term's row of the components, signs fixed (each dimension's largest entry positive), as int8
    scaled per row; returns the variance the dimensions explain."""
    comp = svd.components_.T.copy()
    comp *= np.where(comp[np.abs(comp).argmax(axis=0), range(comp.shape[1])] < 0, -1.0, 1.0)
    scale = np.abs(comp).max(axis=1)
    scale[scale == 0] = 1.0
    q = np.rint(comp / scale[:, None] * 127).astype(np.int8)
    np.savez_compressed(out, terms=np.array(terms), rows=q, scale=(scale / 127).astype(np.float16))
    return float(svd.explained_variance_ratio_.sum())


def load(path: Path) -> tuple[dict[str, int], np.ndarray]:
    """A written topic space: each term's row number, and the rows (float32)."""
    with np.load(path) as z:
        rows = z["rows"].astype(np.float32) * z["scale"].astype(np.float32)[:, None]
        return {t: k for k, t in enumerate(z["terms"].tolist())}, rows


def topic(space: tuple[dict[str, int], np.ndarray], vec: dict[str, float]) -> np.ndarray | None:
    """The unit topic vector of a clustering vector; None when it holds no term of the space."""
    index, rows = space
    kept = [(index[t], w) for t, w in vec.items() if t in index]
    if not kept:
        return None
    out = np.asarray([w for _, w in kept], dtype=np.float32) @ rows[[k for k, _ in kept]]
    length = float(np.linalg.norm(out))
    return out / length if length > 0 else None


def measure(path: Path, closed: frozenset[str]) -> None:
    """The two tables of the docstring, per file (one-shot stories of the bench's seed-13 shuffle)."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    import bench_cluster as bc

    from newsbrief.cluster import engine
    from newsbrief.cluster.vectors import cosine

    space = load(path)
    for name in ("multinews-plus", "longbench", "train-check", "train-write"):
        if name.startswith("train-"):
            rows = bc.train_rows(bc.DATA / bc.TRAIN, 300, name.removeprefix("train-"))
            docs, gold = bc.load(bc.DATA / bc.TRAIN, 13, rows, closed)
        else:
            docs, gold = bc.load(bc.DATA / bc.FILES[name], 13, closed=closed)
        pieces = {d.id: engine.piece(d.id, d.text, d.title, source=d.source, raw=d.raw) for d in docs}
        stories, _ = engine.cluster_pieces(list(pieces.values()))
        found = {i: k for k, ids in enumerate(stories) for i in ids}
        tv = {i: topic(space, p.vec) for i, p in pieces.items() if p.words >= engine.THIN_WORDS}
        cents, lex, major = {}, {}, {}
        for k, ids in enumerate(stories):
            vs = [tv[i] for i in ids if tv.get(i) is not None]
            if not vs:
                continue
            c = np.sum(vs, axis=0)
            cents[k] = c / np.linalg.norm(c)
            total: dict[str, float] = {}
            for i in ids:
                for t, w in pieces[i].vec.items():
                    total[t] = total.get(t, 0.0) + w
            length = engine.norm(total)
            lex[k] = {t: w / length for t, w in total.items()}
            major[k] = max(sorted({gold[i] for i in ids}), key=lambda g: sum(gold[i] == g for i in ids))
        first = lone = 0
        for k, ids in enumerate(stories):
            if len(ids) != 1 or tv.get(ids[0]) is None:
                continue
            i = ids[0]
            parts = {found[j] for j, g in gold.items() if g == gold[i] and j != i}
            ranked = sorted((s for s in cents if s != k), key=lambda s: (-float(tv[i] @ cents[s]), s))
            lone += 1
            first += ranked[0] in parts
        pairs = []
        keys = sorted(cents)
        for a, s in enumerate(keys):
            for t in keys[a + 1 :]:
                alike = float(cents[s] @ cents[t])
                if alike >= 0.6:
                    pairs.append((alike, cosine(lex[s], lex[t]), major[s] == major[t]))
        print(f"{name}: true story first by topic for {first} of {lone} lone articles")
        for bar in (0.6, 0.7, 0.8):
            for floor in (0.0, 0.1):
                got = [same for alike, lexical, same in pairs if alike >= bar and lexical >= floor]
                print(
                    f"  story pairs topic >= {bar}, lexical >= {floor}: one story {sum(got)}, "
                    f"two {len(got) - sum(got)}"
                )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN)
    ap.add_argument("--dims", type=int, default=96)
    ap.add_argument("--min-df", type=int, default=20)
    ap.add_argument("--skip", type=int, default=1000)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--measure", action="store_true", help="measure a built --out on the bench's files")
    ap.add_argument("--closed", type=Path, help="--measure: story ids (one a line) left out")
    args = ap.parse_args(argv)
    if args.measure:  # a file to read that is not there is a usage error, not a traceback
        for flag, path in (("--out", args.out), ("--closed", args.closed)):
            if path is not None and not path.is_file():
                ap.error(f"{flag} {path}: no such file" + (" (build it first)" if flag == "--out" else ""))
        measure(args.out, frozenset(args.closed.read_text().split()) if args.closed else frozenset())
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    start = time.time()
    df = background_idf().df
    terms = sorted(t for t, c in df.items() if c >= args.min_df)
    vecs = vectors(args.train, args.skip)
    explained = write(args.out, terms, fit(vecs, terms, args.dims))
    print(
        f"{len(vecs)} articles, {len(terms)} terms x {args.dims} dims, explained {explained:.3f} -> "
        f"{args.out} ({args.out.stat().st_size:,} bytes, {time.time() - start:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
