"""Story clustering quality on mixed dev files, beside two baselines; `--scale` for speed and memory.

    python bench/bench_cluster.py [--data-dir ../shared/data] [--seed 13] [--only duc2003]
                                  [--threshold 0.85] [--tune duc2003] [--orders 6]
    python bench/bench_cluster.py --errors [--only FILE]     # what newsbrief gets wrong, by kind
    python bench/bench_cluster.py --train 300 [--half check|write] [--only train]  # + never-tuned stories
    python bench/bench_cluster.py --train 300 --slice 2 --only train   # another 300 never-tuned stories
    python bench/bench_cluster.py --train 300 --mixture 5557 --only train   # random.Random(5557)'s 300
    python bench/bench_cluster.py --multiling [--only multiling]   # + full-length articles nobody tuned on
    python bench/bench_cluster.py --closed /path/to/closed.txt ...   # those stories left out of every file
    python bench/bench_cluster.py --gap [--shuffles 3] [--chunks 3] [--only FILE]   # store vs one-shot
    python bench/bench_cluster.py --scale [--limit N] [--jobs 2]
    python bench/bench_cluster.py --scale --store [--batch 100] [--jobs 1] [--limit N] [--profile N]
    python bench/bench_cluster.py --scale --store --limit 20000 --against /path/to/other/src [--rounds 2]

Quality: every article of a dev file is mixed with the others (every story's articles, all at once),
shuffled with a fixed seed, cleaned (the project's cleaner), and clustered by
- **newsbrief**: `cluster.cluster_documents` (one-shot; input order does not matter);
- **agglomerative**: TF-IDF (scikit-learn, sublinear TF, English stop words) with average-link
  agglomerative clustering at a cosine distance threshold (`--threshold`; `--tune FILE` picks it on
  that file and the bench uses it on all);
- **k-means (true k)**: the same TF-IDF, k-means given the true number of stories.
Printed: B-cubed precision / recall / F1 and the adjusted Rand index against the stories of the file;
"F1 w/o chrome" leaves out the articles that clean to nothing (a story of their own by design);
"F1 over orders" is newsbrief's mean (and lowest) F1 over `--orders` one-shot orders (its own
content-key order and others of the same kind, `engine.order`'s salt; each one-shot run is itself the
agreement of `engine.ORDERS` orders made from its salt): a change that helps only the one order the
run uses is noise, not a gain;
"incr. F1" is newsbrief's store path (`newsbrief ingest`): the shuffled articles in three chunks, each
chunk one `Store.add` into a new SQLite store (assignment, then refinement rounds over the stories the
chunk touched and those its articles were compared with).

Errors (`--errors`): newsbrief's B-cubed loss split by the rule that placed each article (precision
lost: it sits with articles of other stories; recall lost: its story's other articles are elsewhere),
the F1 with one kind of error repaired (`_repaired`: merges, splits, lone articles, chrome), the F1 lost
in three shares that add up to it (`_lost`: merges; unplaceable articles, chrome and site notices, which
hold nothing to place them by, with the F1 at best when they are alone; splits of articles with text), every
misplaced article counted once by cause (`_causes`: a text the gold puts in two stories, thin, shared
rare terms or only common ones; chrome, alone and like or unlike its story, in a part), every merged
and split story counted once by cause (`_story_causes`: copies, very short articles, two stories of one
topic; split by vocabulary or time, a lone article about something else, notices), every article
apart from the biggest part of its story by the step of the one-shot run that parted it (`_parted`:
`engine.apart`, the runs' agreement, or never with it: nearer another story, under the bar, unlike
it), then each
merged story (a found story holding articles of several true stories) and each split one (a true story
spread over several found stories), with every article's rule, words and opening words.

Training check (`--train N`, with the quality table, `--errors` or `--gap`): N whole stories drawn
(seeded, `TRAIN_SEED`) from `multinews-plus-train.jsonl.gz`, the file nobody tunes on, mixed and shuffled
like a dev file and printed as one more row ("train-check"). The draw is a seeded permutation of the
file's stories: `--half check` (the default) takes its first N, `--half write` the next N, so a rule
can be written from the errors of one half and checked on the other, which nobody read. `--slice K`
takes the permutation's K-th N stories instead (0 is check, 1 is write; row "train-sK"): more draws of
the same kind, none read, to see how far a figure moves between draws of N stories. `--mixture SEED`
draws `random.Random(SEED).sample` of N stories instead (row "train-mSEED"): the training mixtures
sessions name by their seed (`bench/learn_join.py`'s held-out mixture is `--mixture 5458`). `--only
train` runs that row alone.

Untuned long articles (`--multiling`, with the quality table, `--errors` or `--gap`): the English MultiLing
2011 dev file (`multiling2011-en-dev.jsonl`, 10 stories of 10 full-length articles, about 360 words each), one
more row ("multiling-en"). No clustering choice was made on it, and the training file's articles are cut to
about 164 words, so it is the one untuned check of a change that acts on long articles (DUC's are about 600
words): session 44's 100 terms per vector, not 80 (not kept), raised DUC 2006's one-shot F1 by 0.016, moved
the two training draws by under 0.001 (down) and this file not at all. `--only multiling` runs the MultiLing
rows alone. With the other-language file (`multiling2011-other-languages-dev.jsonl`, the same ten stories in
Arabic, Czech, French, Greek, Hebrew and Hindi) beside it, one row per language ("multiling-french", ...).

Closed stories (`--closed FILE`, with any of the above but `--scale`): the stories whose ids the file lists
(one a line, or separated by spaces) are left out of every file before it is mixed, so a session can
measure on the dev files without reading or tuning on the stories its held-out label sets hold; the
figures are then of the rest (not comparable with a run without it).

Gap (`--gap`): the store's path ("incr. F1" above) in `--shuffles` shuffled orders against the one-shot
F1 of the same file; the issue's target is a gap within 0.01. `--chunks N`: the articles come in N
ingests instead of three (more, smaller ingests: a story's articles spread over more of them, as from
feeds). Each side's B-cubed precision and recall follow: a store that splits what one-shot keeps loses
recall, one that merges precision.

Scale: the articles of `multinews-plus-train.jsonl.gz` (about 54,000) in file order: cleaned and
vectorised (`engine.piece`) in `--jobs` worker processes (default 2, one per core), assigned in file
order in this process (`engine.Clusterer.add`, what `newsbrief ingest` runs per article); prints
articles/s, peak memory (max RSS of this process; the workers' peak at the end) and the median and
95th percentile per-article latency (its cleaning and vectorising plus its assignment; time spent
queued behind other articles is left out) at 1,000, 10,000 and all articles. "per CPU s" divides by
the CPU seconds of that work in all processes, which moves little when other jobs load the machine;
wall-clock rates and latencies do.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import resource
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from label_scoring import closed_ids

from newsbrief.clean import clean
from newsbrief.cluster import cluster_documents, engine
from newsbrief.cluster.vectors import cosine
from newsbrief.ingest.multinews import decode_newline_marks
from newsbrief.model import RawDoc

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FILES = {
    "duc2003": "duc2003-task2-dev.jsonl",
    "duc2006": "duc2006-dev.jsonl",
    "longbench": "longbench-multinews-dev.jsonl",
    "multinews-plus": "multinews-plus-dev.jsonl",
}
TRAIN = "multinews-plus-train.jsonl.gz"
MULTILING = "multiling2011-en-dev.jsonl"  # --multiling: full-length articles no clustering choice tuned on
MULTILING_OTHER = "multiling2011-other-languages-dev.jsonl"  # --multiling: the same stories in six languages
TRAIN_SEED = 1717  # --train: the seeded permutation of the training file's stories
THRESHOLDS = [round(0.5 + 0.05 * k, 2) for k in range(10)]  # searched by --tune
CHUNKS = 3


def _positive(value: str) -> int:
    """An argparse type: a whole number of at least 1."""
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def load(
    path: Path, seed: int, rows: list[dict] | None = None, closed: frozenset[str] = frozenset()
) -> tuple[list, dict[str, str]]:
    """The clean articles of every story of a file (or of `rows`) but the `closed` ones, shuffled; and the
    gold story of each."""
    docs, gold = [], {}
    if rows is None:
        with path.open(encoding="utf-8") as f:
            rows = [json.loads(line) for line in f]
    for row in rows:
        if row["id"] in closed:
            continue
        for k, text in enumerate(row["documents"], 1):
            aid = f"{row['id']}/{k}"
            docs.append(clean(RawDoc(id=aid, source=aid, raw=decode_newline_marks(text))))
            gold[aid] = row["id"]
    random.Random(seed).shuffle(docs)
    return docs, gold


def train_rows(
    path: Path, n: int, half: str = "check", draw: int | None = None, mixture: int | None = None
) -> list[dict]:
    """`n` whole stories of the training file: a seeded permutation (`TRAIN_SEED`) of its stories, the
    first `n` for `half` "check", the next `n` for "write", in file order; `draw` k: the permutation's
    k-th `n` (0 is "check", 1 "write"); `mixture` s: `random.Random(s).sample` of `n` stories instead.
    The halves are disjoint only for one `n`: "write" at 200 overlaps "check" at 300. The table's IDF
    (`df.tsv`, `EVENT_DF`) counts every document of the training file (`scripts/build_cluster_df.py`);
    no threshold was tuned on it."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    if mixture is not None:
        return [json.loads(lines[k]) for k in sorted(random.Random(mixture).sample(range(len(lines)), n))]
    drawn = list(range(len(lines)))
    random.Random(TRAIN_SEED).shuffle(drawn)
    at = (0 if half == "check" else 1) if draw is None else draw
    chosen = drawn[at * n : (at + 1) * n]
    return [json.loads(lines[k]) for k in sorted(chosen)]


def files(args: argparse.Namespace) -> dict[str, Path]:
    """The files to measure by name: the dev files (or `--only` one), with `--multiling` the English
    MultiLing file (`multiling-en`), and with `--train N` the drawn training stories (`train-check`,
    `train-write`, `train-sK` with `--slice K`, or `train-mS` with `--mixture S`)."""
    names = {n: args.data_dir / f for n, f in FILES.items() if args.only in (None, n)}
    if args.multiling:
        names["multiling-en"] = args.data_dir / MULTILING
        other = args.data_dir / MULTILING_OTHER
        if other.exists():
            for language in languages(other):
                names[f"multiling-{language}"] = other
    if args.train:
        names[train_name(args)] = args.data_dir / TRAIN
    return names


def train_name(args: argparse.Namespace) -> str:
    """The row of the drawn training stories: "train-check", "train-write", "train-sK" or "train-mS"."""
    if args.mixture is not None:
        return f"train-m{args.mixture}"
    return f"train-{args.half}" if args.slice is None else f"train-s{args.slice}"


def languages(path: Path) -> list[str]:
    """The languages of a MultiLing file's rows (their `language` field), in order of first row."""
    with path.open(encoding="utf-8") as f:
        return list(dict.fromkeys(json.loads(line)["language"] for line in f))


def load_named(name: str, path: Path, seed: int, args: argparse.Namespace) -> tuple[list, dict[str, str]]:
    if name.startswith("train-"):
        rows = train_rows(path, args.train, args.half, args.slice, args.mixture)
        return load(path, seed, rows, args.closed)
    if path.name == MULTILING_OTHER:  # one language's stories of the file
        language = name.removeprefix("multiling-")
        with path.open(encoding="utf-8") as f:
            rows = [r for r in map(json.loads, f) if r["language"] == language]
        return load(path, seed, rows, args.closed)
    return load(path, seed, closed=args.closed)


def bcubed(pred: dict[str, object], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga & Baldwin 1998) over the items of `gold`."""
    clusters: dict[object, set[str]] = defaultdict(set)
    classes: dict[str, set[str]] = defaultdict(set)
    for i in gold:
        clusters[pred[i]].add(i)
        classes[gold[i]].add(i)
    p = r = 0.0
    for i in gold:
        both = len(clusters[pred[i]] & classes[gold[i]])
        p += both / len(clusters[pred[i]])
        r += both / len(classes[gold[i]])
    p, r = p / len(gold), r / len(gold)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def ari(pred: dict[str, object], gold: dict[str, str]) -> float:
    from sklearn.metrics import adjusted_rand_score

    ids = sorted(gold)
    return adjusted_rand_score([gold[i] for i in ids], [str(pred[i]) for i in ids])


def ours(docs: list) -> tuple[dict[str, object], set[str]]:
    stories = cluster_documents(docs)
    pred = {m.document.id: s.id for s in stories for m in s.members}
    chrome = {m.document.id for s in stories for m in s.members if m.rule == "chrome"}
    return pred, chrome


def over_orders(docs: list, gold: dict[str, str], n: int) -> tuple[float, float]:
    """newsbrief's mean and lowest B-cubed F1 over `n` one-shot orders (salt "" is the run's own)."""
    pieces = engine.pieces(docs)
    f1s = []
    for k in range(n):
        groups, _ = engine.cluster_pieces(pieces, salt=str(k) if k else "")
        f1s.append(bcubed({i: g for g, ids in enumerate(groups) for i in ids}, gold)[2])
    return sum(f1s) / len(f1s), min(f1s)


def incremental(docs: list, chunks: int = CHUNKS) -> dict[str, object]:
    """`chunks` chunks in the shuffled order, each one `Store.add` (one ingest) into a new SQLite store.
    An article the store skips as an exact copy of a stored one goes to that one's story."""
    import tempfile

    from newsbrief.store import Store

    size = -(-len(docs) // chunks)
    with tempfile.TemporaryDirectory() as tmp, Store(str(Path(tmp) / "bench.db")) as store:
        for k in range(0, len(docs), size):
            store.add([RawDoc(id=d.id, source=d.id, raw=d.raw) for d in docs[k : k + size]])
        stories = store.stories()
    pred: dict[str, object] = {m.document.source: s.id for s in stories for m in s.members}
    by_key = {engine.article_key(d.text, d.id, d.raw): pred[d.id] for d in docs if d.id in pred}
    for d in docs:
        pred.setdefault(d.id, by_key[engine.article_key(d.text, d.id, d.raw)])
    return pred


def tfidf(docs: list):
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [d.text if d.text.strip() else f"emptydoc{k}" for k, d in enumerate(docs)]  # no zero rows
    return TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)


def agglomerative(x, docs: list, threshold: float) -> dict[str, object]:
    from sklearn.cluster import AgglomerativeClustering

    model = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
    )
    labels = model.fit_predict(x.toarray())
    return {d.id: int(label) for d, label in zip(docs, labels, strict=True)}


def kmeans(x, docs: list, k: int, seed: int) -> dict[str, object]:
    from sklearn.cluster import KMeans

    labels = KMeans(n_clusters=k, n_init=10, random_state=seed).fit_predict(x)
    return {d.id: int(label) for d, label in zip(docs, labels, strict=True)}


def quality(args: argparse.Namespace) -> None:
    loaded = {n: load_named(n, path, args.seed, args) for n, path in files(args).items()}
    for name in [n for n, (docs, _) in loaded.items() if not docs]:
        _all_closed(name)
        del loaded[name]
    threshold = args.threshold
    if args.tune:
        docs, gold = (
            loaded[args.tune]
            if args.tune in loaded
            else load(args.data_dir / FILES[args.tune], args.seed, closed=args.closed)
        )
        x = tfidf(docs)
        scores = {t: bcubed(agglomerative(x, docs, t), gold)[2] for t in THRESHOLDS}
        threshold = max(THRESHOLDS, key=lambda t: (scores[t], -t))
        print(f"agglomerative threshold tuned on {args.tune}: {threshold} (F1 {scores[threshold]:.3f})")
    print(f"seed {args.seed}; agglomerative distance threshold {threshold}; newsbrief JOIN {engine.JOIN}\n")
    print(
        f"| file | articles | stories | system | B³ P | B³ R | B³ F1 | ARI | F1 w/o chrome | incr. F1 "
        f"| F1 over {args.orders} orders: mean (lowest) | s |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, (docs, gold) in loaded.items():
        k = len(set(gold.values()))
        t = time.perf_counter()
        pred, chrome = ours(docs)
        dt = time.perf_counter() - t
        again, _ = ours(list(reversed(docs)))
        same = _partition(pred) == _partition(again)
        kept = {i: g for i, g in gold.items() if i not in chrome}
        incr = bcubed(incremental(docs), gold)[2]
        mean, lowest = over_orders(docs, gold, args.orders)
        x = tfidf(docs)
        rows = [
            (
                "newsbrief",
                pred,
                dt,
                f"{bcubed(pred, kept)[2]:.3f}",
                f"{incr:.3f}",
                f"{mean:.3f} ({lowest:.3f})",
            ),
        ]
        t = time.perf_counter()
        agg = agglomerative(x, docs, threshold)
        rows.append(("agglomerative", agg, time.perf_counter() - t, "", "", ""))
        t = time.perf_counter()
        km = kmeans(x, docs, k, args.seed)
        rows.append(("k-means (true k)", km, time.perf_counter() - t, "", "", ""))
        for system, p, secs, f1_kept, f1_incr, f1_orders in rows:
            bp, br, bf = bcubed(p, gold)
            print(
                f"| {name} | {len(docs)} | {k} | {system} | {bp:.3f} | {br:.3f} | {bf:.3f} "
                f"| {ari(p, gold):.3f} "
                f"| {f1_kept} | {f1_incr} | {f1_orders} | {secs:.2f} |"
            )
        if not same:
            print(f"| {name} | | | newsbrief: reversed input order gave different stories | | | | | | | | |")


def _all_closed(name: str) -> None:
    """Says that `--closed` left no story of a file (session 40: every DUC 2006 story is closed): the file
    is left out, not clustered empty (the store's run had no articles to chunk)."""
    print(f"{name}: every story closed (--closed), left out")


def gap(args: argparse.Namespace) -> None:
    """The store's path against one-shot, per file: incr. F1 (three `Store.add` chunks) in `--shuffles`
    shuffled orders (seeds `--seed`, `--seed` + 1, ...) beside the one-shot F1, which no order moves;
    then each side's B-cubed precision and recall (one-shot; the store's, per shuffle): whether the store
    loses by merging or by splitting (session 57: rule more-terms' store loss on DUC 2006 was recall)."""
    print(
        f"| file | one-shot F1 | incr. F1 per shuffle (seed {args.seed} on) | gap: mean | largest "
        "| one-shot P / R | incr. P / R per shuffle |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, path in files(args).items():
        docs, gold = load_named(name, path, args.seed, args)
        if not docs:
            _all_closed(name)
            continue
        one = bcubed(ours(docs)[0], gold)
        incr = []
        for k in range(args.shuffles):
            order = load_named(name, path, args.seed + k, args)[0] if k else docs
            incr.append(bcubed(incremental(order, args.chunks), gold))
        gaps = [f - one[2] for _, _, f in incr]
        print(
            f"| {name} | {one[2]:.3f} | {' '.join(f'{f:.3f}' for _, _, f in incr)} | "
            f"{sum(gaps) / len(gaps):+.3f} | {max(gaps, key=abs):+.3f} | {one[0]:.3f} / {one[1]:.3f} | "
            f"{' '.join(f'{p:.3f} / {r:.3f}' for p, r, _ in incr)} |",
            flush=True,
        )


def errors(args: argparse.Namespace) -> None:
    for name, path in files(args).items():
        docs, gold = load_named(name, path, args.seed, args)
        if not docs:
            _all_closed(name)
            continue
        stories = cluster_documents(docs)
        by_id = {m.document.id: m for s in stories for m in s.members}
        pred = {i: s.id for s in stories for i in (m.document.id for m in s.members)}
        found: dict[object, set[str]] = defaultdict(set)
        true: dict[str, set[str]] = defaultdict(set)
        for i in gold:
            found[pred[i]].add(i)
            true[gold[i]].add(i)
        p_loss: Counter[str] = Counter()
        r_loss: Counter[str] = Counter()
        for i in gold:
            both = len(found[pred[i]] & true[gold[i]])
            p_loss[by_id[i].rule] += (1 - both / len(found[pred[i]])) / len(gold)
            r_loss[by_id[i].rule] += (1 - both / len(true[gold[i]])) / len(gold)
        merged = sorted(g for g in found.values() if len({gold[i] for i in g}) > 1)
        split = sorted(g for g in true.values() if len({pred[i] for i in g}) > 1)
        bp, br, bf = bcubed(pred, gold)
        print(f"## {name}: B³ P {bp:.3f} R {br:.3f} F1 {bf:.3f}; {len(merged)} merged, {len(split)} split")
        print("precision lost, by rule: " + ", ".join(f"{k} {v:.3f}" for k, v in sorted(p_loss.items()) if v))
        print("recall lost, by rule: " + ", ".join(f"{k} {v:.3f}" for k, v in sorted(r_loss.items()) if v))
        ceilings = ", ".join(f"{k} {bcubed(p, gold)[2]:.3f}" for k, p in _repaired(pred, gold, by_id).items())
        print(f"F1 with one kind of error repaired: {ceilings}")
        shares = _lost(pred, gold, by_id)
        print(
            f"F1 lost {1 - bf:.3f}: unplaceable (chrome, notice) {shares['unplaceable']:.3f}, splits of "
            f"articles with text {shares['splits']:.3f}, merges {shares['merges']:.3f}; F1 at best with "
            f"the unplaceable alone {shares['ceiling']:.3f}"
        )
        merges, splits = _causes(docs, pred, gold)
        print("articles with another story's articles, by cause: " + _counts(Counter(merges.values())))
        print(
            "articles apart from some of their story's articles, by cause: "
            + _counts(Counter(splits.values()))
        )
        pieces = engine.pieces(docs)
        print(
            "split articles, by the step that parted them: "
            + _counts(Counter(_parted(pieces, gold).values()))
        )
        by_merge, by_split = _story_causes(merged, split, merges, splits, pred)
        print("merged stories, by cause: " + _counts(by_merge))
        print("split stories, by cause: " + _counts(by_split))
        for kind, groups, key in (("merged", merged, gold), ("split", split, pred)):
            for g in groups:
                counts = sorted(Counter(key[i] for i in g).items())
                print(f"{kind}: " + ", ".join(f"{k} x{n}" for k, n in counts))
                for i in sorted(g, key=lambda i: (str(key[i]), i)):
                    m = by_id[i]
                    opening = " ".join(m.document.text.split()[:12])
                    print(f"    {i} -> {pred[i]} [{m.rule}, {len(m.document.text.split())} words] {opening}")
        print()


RARE_DF = 20  # --errors: a term in at most this many documents of the clustering's background table is rare
ALIKE = 0.08  # --errors: a lone article this similar to the rest of its true story is "like" it


def _causes(
    docs: list, pred: dict[str, object], gold: dict[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """Every misplaced article's first cause that fits (article id -> cause). An article sitting with
    articles of other true stories: "shares text" (it has a near copy, MinHash Jaccard >=
    `dedupe.THRESHOLD`, in another true story: the gold puts one text in two stories),
    "thin", "rare term" (it shares a term of document frequency <= `RARE_DF` with those other
    articles), else "common terms only"; "minority" when its true story holds under half the found
    story. An article apart from some of its true story's articles: "chrome", "notice" (a site notice,
    `engine` rule `notice`: a story of its own by design), "thin", "alone, unlike
    its story" (a story of one, cosine under `ALIKE` with the rest of its true story), "alone, like its
    story", else "in a part" (its true story is spread over found stories of several articles)."""
    from newsbrief.cluster import dedupe
    from newsbrief.cluster.vectors import background_idf

    idf = background_idf()
    floor = math.log((1 + idf.documents) / (1 + RARE_DF)) + 1.0
    pieces = {p.id: p for p in engine.pieces(docs)}
    found: dict[object, set[str]] = defaultdict(set)
    true: dict[str, set[str]] = defaultdict(set)
    for i in gold:
        found[pred[i]].add(i)
        true[gold[i]].add(i)
    texts = sorted(i for i in gold if pieces[i].sig is not None)  # not chrome, not a site notice
    shared: set[str] = set()  # articles with a near copy in another true story
    for k, i in enumerate(texts):
        for j in texts[k + 1 :]:
            if gold[i] != gold[j] and pieces[i].sig.jaccard(pieces[j].sig) >= dedupe.THRESHOLD:
                shared.update((i, j))

    def total(ids) -> dict[str, float]:
        out: dict[str, float] = {}
        for m in ids:
            for t, w in pieces[m].vec.items():
                out[t] = out.get(t, 0.0) + w
        return out

    merges: dict[str, str] = {}
    splits: dict[str, str] = {}
    for i in sorted(gold):
        p, here = pieces[i], found[pred[i]]
        others = sorted(j for j in here if gold[j] != gold[i])
        if others:
            if i in shared:
                cause = "shares text"
            elif p.words < engine.THIN_WORDS:
                cause = "thin"
            else:
                rest = total(others)
                cause = (
                    "rare term" if any(t in rest and idf(t) >= floor for t in p.vec) else "common terms only"
                )
            minority = len(here & true[gold[i]]) * 2 < len(here)
            merges[i] = f"{cause}{' (minority)' if minority else ''}"
        if true[gold[i]] - here:
            if not p.words:
                cause = "chrome"
            elif p.notice is not None:
                cause = "notice"
            elif p.words < engine.THIN_WORDS:
                cause = "thin"
            elif len(here) == 1:
                rest = total(true[gold[i]] - {i})
                length = engine.norm(rest) or 1.0
                alike = cosine(p.vec, rest) / length >= ALIKE
                cause = "alone, like its story" if alike else "alone, unlike its story"
            else:
                cause = "in a part"
            splits[i] = cause
    return merges, splits


def _stages(pieces: list[engine.Piece]) -> tuple[list[dict[str, int]], dict[str, int], dict[str, int]]:
    """A one-shot run's stages (`engine.one_shot`, no salt): each of the `engine.ORDERS` single-order
    runs, their agreement and, after `engine.apart`, the stories found (each a story number per
    article)."""

    def numbered(stories) -> dict[str, int]:
        return {i: k for k, story in enumerate(stories) for i in story}

    stages = engine.one_shot(pieces)
    return (
        [numbered(stories) for stories, _, _ in stages.runs],
        numbered(stages.agreed),
        numbered(stages.stories),
    )


def _parted(pieces: list[engine.Piece], gold: dict[str, str], stages=None) -> dict[str, str]:
    """Every article outside the biggest found part of its true story (ties: the lowest story), by the step of
    the one-shot run that parted it from that part (`_stages`, or `stages` given), the first that fits:
    "chrome", "notice" (a site notice), "thin"; "apart" (with the part in the agreement, split off by
    `engine.apart`); "agreement, with it in K of N runs" (some single-order runs put it with most of the part,
    not most runs); else by its cosine with the part's centroid (without it): "nearer another story" (at least
    `engine.JOIN`, the bar, yet never with it), "under the bar" (at least `engine.ADOPT`, the lone pass's
    floor), "unlike its story" (under that). Reads no text: ids, vectors and partitions."""
    runs, together, final = _stages(pieces) if stages is None else stages
    by_id = {p.id: p for p in pieces}
    true: dict[str, list[str]] = defaultdict(list)
    for i in sorted(gold):
        true[gold[i]].append(i)
    out: dict[str, str] = {}
    for ids in true.values():
        parts = Counter(final[i] for i in ids)
        if len(parts) < 2:
            continue
        main = min(parts, key=lambda s: (-parts[s], s))
        part = [i for i in ids if final[i] == main]
        homes = [_home(run, part) for run in runs]  # where each run put most of the part
        for i in ids:
            if final[i] == main:
                continue
            p = by_id[i]
            k = sum(run[i] == home for run, home in zip(runs, homes, strict=True))
            if not p.words:
                cause = "chrome"
            elif p.notice is not None:
                cause = "notice"
            elif p.words < engine.THIN_WORDS:
                cause = "thin"
            elif together[i] == _home(together, part):
                cause = "apart"
            elif k:
                cause = f"agreement, with it in {k} of {len(runs)} runs"
            else:
                total: dict[str, float] = {}
                for j in part:
                    for t, w in by_id[j].vec.items():
                        total[t] = total.get(t, 0.0) + w
                sim = cosine(p.vec, total) / (engine.norm(total) or 1.0)
                cause = (
                    "nearer another story"
                    if sim >= engine.JOIN
                    else "under the bar"
                    if sim >= engine.ADOPT
                    else "unlike its story"
                )
            out[i] = cause
    return out


def _home(labels: dict[str, int], part: list[str]) -> int:
    """The story `labels` puts most of `part` in (ties: the one its first such article is in)."""
    return Counter(labels[j] for j in part).most_common(1)[0][0]


# a merged story's cause: the first kind of cause any of its articles has (`_causes`' names)
MERGE_CAUSES = (
    ("copies", ("shares text",)),
    ("very short articles", ("thin",)),
    ("two stories of one topic, a rare term shared", ("rare term",)),
    ("two stories of one topic, common terms only", ("common terms only",)),
)
# a split story's cause: the first kind its articles outside its biggest part have
SPLIT_CAUSES = (
    ("split by vocabulary or time", ("in a part", "alone, like its story")),
    ("a lone article about something else", ("alone, unlike its story",)),
    ("very short articles", ("thin",)),
    ("notices and near-empty articles", ("chrome", "notice")),
)


def _story_causes(
    merged: list[set[str]],
    split: list[set[str]],
    merges: dict[str, str],
    splits: dict[str, str],
    pred: dict[str, object],
) -> tuple[Counter, Counter]:
    """Merged and split stories counted once each by cause (`MERGE_CAUSES`, `SPLIT_CAUSES`). A split
    story's articles outside its biggest found part (ties: the lowest story) decide its cause; the dev
    files carry no dates, so a split by time is not told from one by vocabulary."""

    def first(kinds: set[str], table: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
        return next((name for name, causes in table if kinds & set(causes)), "other")

    by_merge = Counter(
        first({merges[i].removesuffix(" (minority)") for i in g if i in merges}, MERGE_CAUSES) for g in merged
    )
    by_split: Counter[str] = Counter()
    for g in split:
        parts = Counter(pred[i] for i in g)
        main = min(parts, key=lambda s: (-parts[s], str(s)))
        by_split[first({splits[i] for i in g if pred[i] != main and i in splits}, SPLIT_CAUSES)] += 1
    return by_merge, by_split


def _counts(c: Counter) -> str:
    return f"{sum(c.values())}: " + ", ".join(
        f"{k} {n}" for k, n in sorted(c.items(), key=lambda kn: (-kn[1], kn[0]))
    )


def _repaired(pred: dict[str, object], gold: dict[str, str], by_id: dict) -> dict[str, dict[str, object]]:
    """What each kind of error costs: the stories with that kind repaired and the rest as found.
    "merges" splits every found story by true story; "splits" joins the found stories whose majority
    is the same true story (lone and chrome articles included); "lone" moves only the articles left alone (not
    chrome) to the found story holding most of their true story; "chrome" does that for the articles
    that clean to nothing (which no text could place)."""
    found: dict[object, list[str]] = defaultdict(list)
    for i in sorted(gold):
        found[pred[i]].append(i)
    # a found story's majority true story (ties: the first in id order)
    majority = {s: Counter(gold[i] for i in ids).most_common(1)[0][0] for s, ids in found.items()}
    held: dict[str, Counter] = defaultdict(Counter)  # true story -> its articles per found story
    for i in sorted(gold):
        if len(found[pred[i]]) > 1:
            held[gold[i]][pred[i]] += 1
    home = {g: c.most_common(1)[0][0] for g, c in held.items()}  # ties: the first seen

    def moved(rule: bool) -> dict[str, object]:
        return {
            i: home.get(gold[i], pred[i])
            if len(found[pred[i]]) == 1 and (by_id[i].rule == "chrome") == rule
            else pred[i]
            for i in gold
        }

    return {
        "merges": {i: (pred[i], gold[i]) for i in gold},
        "splits": {i: majority[pred[i]] for i in gold},
        "lone": moved(False),
        "chrome": moved(True),
    }


UNPLACEABLE = frozenset({"chrome", "notice"})  # --errors: rules whose articles hold nothing to place them by


def _lost(pred: dict[str, object], gold: dict[str, str], by_id: dict) -> dict[str, float]:
    """The F1 lost, in three shares that add up to it: "merges" (what repairing every merge gains),
    "unplaceable" (what the articles of an `UNPLACEABLE` rule cost when every other article is placed
    right and they are alone, their best: one minus "ceiling", that partition's F1), and "splits" (the
    rest: articles with text apart from their story)."""
    f1 = bcubed(pred, gold)[2]
    merged = bcubed({i: (pred[i], gold[i]) for i in gold}, gold)[2]
    ceiling = bcubed({i: i if by_id[i].rule in UNPLACEABLE else gold[i] for i in gold}, gold)[2]
    return {
        "merges": merged - f1,
        "unplaceable": 1 - ceiling,
        "splits": ceiling - merged,
        "ceiling": ceiling,
    }


def _partition(pred: dict[str, object]) -> set[frozenset[str]]:
    groups: dict[object, set[str]] = defaultdict(set)
    for i, s in pred.items():
        groups[s].add(i)
    return {frozenset(g) for g in groups.values()}


def _articles(path: Path, limit: int) -> Iterator[tuple[str, str]]:
    n = 0
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            for k, text in enumerate(row["documents"], 1):
                yield f"{row['id']}/{k}", text
                n += 1
                if limit and n >= limit:
                    return


def _prepare(article: tuple[str, str]) -> tuple[engine.Piece, float, float]:
    """Clean and vectorise one article (what an ingest does before assigning it): the piece, and the
    wall and CPU seconds it took."""
    t, c = time.perf_counter(), time.process_time()
    aid, text = article
    doc = clean(RawDoc(id=aid, source="train", raw=decode_newline_marks(text)))
    p = engine.piece(doc.id, doc.text, doc.title, source=doc.source, raw=doc.raw)
    return p, time.perf_counter() - t, time.process_time() - c


def scale(args: argparse.Namespace) -> None:
    path = args.data_dir / "multinews-plus-train.jsonl.gz"
    marks = {1_000, 10_000}
    c = engine.Clusterer()
    latencies: list[float] = []
    cpu_latencies: list[float] = []
    work = [0.0]  # CPU seconds of the preparing processes (the pool's workers) plus assignment
    rules: Counter[str] = Counter()
    print(f"jobs {args.jobs} (cleaning and vectorising in {args.jobs} process(es), assignment in one)\n")
    print(
        "| articles | articles/s (wall) | articles per CPU s | peak memory (max RSS) | p95 per article "
        "| median | p95 CPU | median CPU | stories |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    pool = None
    if args.jobs > 1:
        import multiprocessing

        pool = multiprocessing.get_context("fork").Pool(args.jobs)
    start = time.perf_counter()
    n = 0
    prepared = (
        pool.imap(_prepare, _articles(path, args.limit), chunksize=16)
        if pool
        else map(_prepare, _articles(path, args.limit))
    )
    for p, prep, prep_cpu in prepared:
        t, cpu = time.perf_counter(), time.process_time()
        rules[c.add(p).rule] += 1
        latencies.append(prep + time.perf_counter() - t)
        cpu_latencies.append(prep_cpu + time.process_time() - cpu)
        work[0] += cpu_latencies[-1]
        n += 1
        if n in marks:
            _scale_row(n, start, work[0], latencies, cpu_latencies, len(c.stories))
    if n not in marks:
        _scale_row(n, start, work[0], latencies, cpu_latencies, len(c.stories))
    if pool:
        pool.close()
        pool.join()
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"\npeak memory of a worker process: {kids:,.0f} MB")
    print(f"\nrules: {dict(sorted(rules.items()))}")


def scale_store(args: argparse.Namespace) -> None:
    """Ingests of `--batch` articles each into a new SQLite store (`ahead.ingest_batches`: each batch
    cleaned and vectorised in `--jobs` worker processes ahead of the store, then `Store.add`'s dedupe,
    assignment against the story aggregates read from the store's index, insert and refinement in this
    process, batch after batch): the cost of an ingest as the store grows, over the ingests since the
    row before. CPU is counted per process (this one; the workers' from /proc), memory as each
    process's peak RSS; the load average says how busy the machine was."""
    import os
    import tempfile

    from sqlalchemy import text

    from newsbrief.store import Store
    from newsbrief.store.ahead import ingest_batches

    path = args.data_dir / "multinews-plus-train.jsonl.gz"
    marks = {1_000, 5_000, 10_000, 20_000, 40_000}
    print(
        f"ingests of {args.batch} articles into a new SQLite store; preparing in "
        f"{args.jobs or 'no'} worker process(es); load average at start "
        f"{os.getloadavg()[0]:.1f}\n"
    )
    print(
        "| articles stored | articles/s (wall) | CPU ms / article: main | workers | articles per CPU s "
        "| p95 ingest / article (wall) | p95 main CPU / article | peak RSS main | workers | stories "
        "| load avg |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp, Store(str(Path(tmp) / "scale.db")) as store:
        articles = [
            RawDoc(id=aid, source=aid, raw=decode_newline_marks(body))
            for aid, body in _articles(path, args.limit)
        ]
        row = {
            "n": 0,
            "walls": [],
            "cpus": [],
            "stored": 0,
            "all_walls": [],
            "all_cpus": [],
            "peaks": (0.0, 0.0),
        }

        import cProfile

        profile = cProfile.Profile(time.process_time)  # --profile: the main process's CPU, by function

        class Timed:  # Store.add, timed per ingest
            def add(self, raws, **kw):
                profiled = bool(args.profile) and row["stored"] >= args.profile
                t, cpu = time.perf_counter(), time.process_time()
                if profiled:
                    profile.enable()
                out = store.add(raws, **kw)
                if profiled:
                    profile.disable()
                row["stored"] += len(raws)
                for key, spent in (("walls", time.perf_counter() - t), ("cpus", time.process_time() - cpu)):
                    row[key].append(spent / len(raws))
                    row["all_" + key].append(spent / len(raws))
                return out

        def mark(n: int, _report=None) -> None:
            if not (any(row["n"] < m <= n for m in marks) or n == len(articles)):
                return
            since = n - row["n"]
            wall, cpu = time.perf_counter() - row["t"], time.process_time() - row["cpu"]
            kids = _children()
            kids_cpu = sum(c for c, _ in kids.values()) - row["kids"]
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            with store.engine.connect() as conn:
                stories = conn.execute(text("SELECT count(*) FROM stories WHERE size > 0")).scalar()
            p95, cpu_p95 = (sorted(x)[int(0.95 * (len(x) - 1))] * 1000 for x in (row["walls"], row["cpus"]))
            workers = " + ".join(f"{rss:,.0f}" for _, rss in kids.values()) or "-"
            row["peaks"] = (peak, sum(rss for _, rss in kids.values()))
            print(
                f"| {n:,} | {since / wall:,.0f} | {cpu / since * 1000:.2f} | {kids_cpu / since * 1000:.2f} "
                f"| {since / (cpu + kids_cpu):,.0f} | {p95:.2f} ms | {cpu_p95:.2f} ms | {peak:,.0f} MB "
                f"| {workers} MB | {stories:,} | {os.getloadavg()[0]:.1f} |",
                flush=True,
            )
            row.update(n=n, walls=[], cpus=[], t=time.perf_counter(), cpu=time.process_time())
            row["kids"] = sum(c for c, _ in _children().values())

        row.update(t=time.perf_counter(), cpu=time.process_time(), kids=0.0)
        start, start_cpu = time.perf_counter(), time.process_time()
        ingest_batches(Timed(), articles, batch=args.batch, workers=args.jobs, done=mark)
        wall, main_cpu = time.perf_counter() - start, time.process_time() - start_cpu
        # the workers ended (their pool shut down) and those still running (`store.REFINE_PROCESS`'s)
        kids_cpu = sum(c for c, _ in _children().values()) + _reaped_cpu()
        _targets(len(articles), wall, main_cpu, kids_cpu, args.jobs, row)
        held = store._postings  # the long-lived store's postings: bounded by their entries
        print(f"\npostings held in process at the end: {held.entries:,} entries (bound {held.MAX_ENTRIES:,})")
        # refinement's kept centroids and cosines: bounded too (`_dots` before session 48's `_refiner`)
        dots = getattr(store, "_refiner", None) or store._dots
        print(
            f"refinement's kept centroid terms and cosines at the end: {dots.entries:,} "
            f"(bound {dots.MAX_ENTRIES:,})"
        )
        if args.profile:
            import io
            import pstats

            out = io.StringIO()
            stats = pstats.Stats(profile, stream=out).sort_stats("cumulative")
            stats.print_stats(30)
            print(f"\nmain process CPU by function, ingests after {args.profile:,} stored:\n{out.getvalue()}")


RATE, MEMORY_MB, P95_MS = 500, 1024, 20.0  # the targets at scale (2 cores)


def _targets(n: int, wall: float, main_cpu: float, kids_cpu: float, jobs: int, row: dict) -> None:
    """The issue's scale targets over the whole run: articles/s (wall, as measured on this machine, and
    the most two idle cores would allow from the CPU each side spent: the main process runs one ingest
    after another, each worker one task after another, and all of them share two cores), peak memory
    (main + workers), and p95 per-article ingest time (each ingest's time over its articles)."""
    walls, cpus = sorted(row["all_walls"]), sorted(row["all_cpus"])
    p95, cpu_p95 = (x[int(0.95 * (len(x) - 1))] * 1000 if x else 0.0 for x in (walls, cpus))
    bound = n / max(main_cpu, (main_cpu + kids_cpu) / 2, kids_cpu / max(jobs, 1), 1e-9)
    peak = sum(row["peaks"])

    def verdict(ok: bool) -> str:
        return "met" if ok else "not met"

    print(f"\ntargets over all {n:,} articles (load average at the end {_load():.1f}):\n")
    print("| target | measured | |")
    print("|---|---|---|")
    print(f"| >= {RATE} articles/s on 2 cores (wall) | {n / wall:,.0f} | {verdict(n / wall >= RATE)} |")
    print(
        f"| >= {RATE} articles/s on 2 idle cores (from CPU: main {main_cpu / n * 1000:.2f} ms, "
        f"workers {kids_cpu / n * 1000:.2f} ms per article) | {bound:,.0f} | {verdict(bound >= RATE)} |"
    )
    print(
        f"| peak memory <= {MEMORY_MB:,} MB (main + workers) | {row['peaks'][0]:,.0f} "
        f"+ {row['peaks'][1]:,.0f} = {peak:,.0f} MB | {verdict(peak <= MEMORY_MB)} |"
    )
    print(
        f"| p95 assignment per article <= {P95_MS:.0f} ms (wall) | {p95:.2f} ms | {verdict(p95 <= P95_MS)} |"
    )
    print(f"| ... its main-process CPU | {cpu_p95:.2f} ms | {verdict(cpu_p95 <= P95_MS)} |")


def _load() -> float:
    import os

    return os.getloadavg()[0]


def _reaped_cpu() -> float:
    """The CPU seconds of child processes that have ended (the workers, once their pool is shut down)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def against(argv: list[str], args: argparse.Namespace) -> int:
    """`--scale --store` run in fresh processes, alternating this checkout's `src` and `--against`'s
    (`--rounds` each, the same articles, at the same time on the same machine): each row's median
    main-process CPU ms per article and articles/s (wall), and this side's ratio to the other."""
    import os
    import statistics
    import subprocess

    sides = {
        "this": str(Path(__file__).resolve().parents[1] / "src"),
        "against": str(Path(args.against).resolve()),
    }
    plain = [a for k, a in enumerate(argv) if a != "--against" and (k == 0 or argv[k - 1] != "--against")]
    got: dict[str, dict[str, list[tuple[float, float]]]] = {side: defaultdict(list) for side in sides}
    for r in range(args.rounds):
        for side, src in sides.items():
            env = {**os.environ, "PYTHONPATH": src}
            out = subprocess.run(
                [sys.executable, __file__, *plain], env=env, capture_output=True, text=True, check=False
            )
            if out.returncode:
                print(f"{side} run failed: {(out.stderr.strip().splitlines() or ['?'])[-1]}", file=sys.stderr)
                return 1
            for line in out.stdout.splitlines():
                cells = [c.strip() for c in line.strip("|").split("|")]
                # a row of `scale_store`'s table: its 11 cells, the first the articles stored
                if len(cells) == 11 and cells[0].replace(",", "").isdigit():
                    got[side][cells[0]].append((float(cells[2]), float(cells[1].replace(",", ""))))
            print(f"round {r + 1}: {side} done (load average {os.getloadavg()[0]:.1f})", flush=True)
    print(f"\nthis={sides['this']}\nagainst={sides['against']}\n")
    print(
        "| articles stored | CPU ms / article (main): this | against | ratio "
        "| articles/s: this | against | ratio |"
    )
    print("|---|---|---|---|---|---|---|")
    for row in got["this"]:
        (c1, w1), (c0, w0) = (
            (statistics.median(x for x, _ in got[s][row]), statistics.median(y for _, y in got[s][row]))
            for s in ("this", "against")
        )
        print(f"| {row} | {c1:.2f} | {c0:.2f} | {c1 / c0:.2f} | {w1:,.0f} | {w0:,.0f} | {w1 / w0:.2f} |")
    return 0


def _children() -> dict[int, tuple[float, float]]:
    """This process's live child processes: their CPU seconds so far and peak RSS in MB (Linux /proc)."""
    import os

    out = {}
    tick = os.sysconf("SC_CLK_TCK")
    for task in Path("/proc/self/task").iterdir():
        for pid in (task / "children").read_text().split():
            try:
                stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:  # gone
                continue
            hwm = next((int(x.split()[1]) for x in status.splitlines() if x.startswith("VmHWM:")), 0)
            out[int(pid)] = ((int(stat[11]) + int(stat[12])) / tick, hwm / 1024)
    return out


def _scale_row(
    n: int, start: float, cpu: float, latencies: list[float], cpu_latencies: list[float], stories: int
) -> None:
    rate = n / (time.perf_counter() - start)
    cpu_rate = n / cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lat = sorted(latencies)
    p95 = lat[int(0.95 * (len(lat) - 1))] * 1000
    med = statistics.median(lat) * 1000
    cpu_lat = sorted(cpu_latencies)
    cpu_p95 = cpu_lat[int(0.95 * (len(cpu_lat) - 1))] * 1000
    print(
        f"| {n:,} | {rate:,.0f} | {cpu_rate:,.0f} | {peak:,.0f} MB | {p95:.2f} ms | {med:.2f} ms "
        f"| {cpu_p95:.2f} ms | {statistics.median(cpu_lat) * 1000:.2f} ms | {stories:,} |"
    )


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data-dir", type=Path, default=DATA)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument(
        "--only",
        choices=[*FILES, "train", "multiling"],
        help="one dev file, or (--train) the drawn stories, or (--multiling) the MultiLing file",
    )
    ap.add_argument(
        "--multiling",
        action="store_true",
        help="also the English MultiLing 2011 dev file (full-length articles, untuned)",
    )
    ap.add_argument(
        "--train", type=int, default=0, help="also N whole stories drawn from the training file (untuned)"
    )
    ap.add_argument("--half", choices=("check", "write"), default="check", help="--train: which draw of N")
    ap.add_argument(
        "--slice", type=int, help="--train: the K-th draw of N instead (0: check, 1: write; K >= 0)"
    )
    ap.add_argument(
        "--mixture", type=int, help="--train: random.Random(SEED).sample of N stories instead (train-mSEED)"
    )
    ap.add_argument(
        "--closed",
        type=Path,
        help="a file of story ids, one a line (or space-separated): those stories are left out of every file",
    )
    ap.add_argument("--threshold", type=float, default=0.85, help="agglomerative cosine distance threshold")
    ap.add_argument("--tune", choices=list(FILES), help="tune the agglomerative threshold on this file")
    ap.add_argument(
        "--orders", type=_positive, default=6, help="one-shot orders newsbrief's F1 is averaged over (>= 1)"
    )
    ap.add_argument("--errors", action="store_true", help="newsbrief's merged and split stories")
    ap.add_argument("--gap", action="store_true", help="the store's path against one-shot, per file")
    ap.add_argument("--shuffles", type=_positive, default=3, help="--gap: shuffled orders (>= 1)")
    ap.add_argument(
        "--chunks", type=_positive, default=CHUNKS, help="--gap: ingests the shuffled articles come in (>= 1)"
    )
    ap.add_argument("--scale", action="store_true")
    ap.add_argument("--limit", type=int, default=0, help="--scale: stop after this many articles")
    ap.add_argument(
        "--jobs",
        type=int,
        default=2,
        help="--scale: processes that clean and vectorise (--store: worker processes, 0: none)",
    )
    ap.add_argument("--store", action="store_true", help="--scale: ingests into a SQLite store")
    ap.add_argument("--batch", type=int, default=100, help="--scale --store: articles per ingest")
    ap.add_argument(
        "--profile", type=int, default=0, help="--scale --store: cProfile (CPU) the ingests after N stored"
    )
    ap.add_argument(
        "--against",
        help="--scale --store: another checkout's src directory; alternate runs of both, print each "
        "row's median CPU ms per article (main process) and articles/s with their ratios",
    )
    ap.add_argument("--rounds", type=_positive, default=2, help="--against: runs of each side (>= 1)")
    args = ap.parse_args(argv)
    args.closed = closed_ids(ap, args.closed)
    if args.only == "train" and not args.train:
        ap.error("--only train needs --train N")
    if args.only == "multiling" and not args.multiling:
        ap.error("--only multiling needs --multiling")
    if args.slice is not None and (not args.train or args.slice < 0):
        ap.error("--slice K needs --train N and K >= 0")
    if args.mixture is not None and (not args.train or args.slice is not None or args.half != "check"):
        ap.error("--mixture SEED needs --train N, and no --slice or --half")
    if not args.data_dir.is_dir():
        print(f"no data in {args.data_dir}", file=sys.stderr)
        return 1
    if args.against:
        if not (args.scale and args.store):
            ap.error("--against needs --scale --store")
        if not (Path(args.against) / "newsbrief").is_dir():
            ap.error(f"--against {args.against}: no newsbrief package there (give a checkout's src)")
        return against(argv, args)
    if args.scale:
        scale_store(args) if args.store else scale(args)
    else:
        errors(args) if args.errors else gap(args) if args.gap else quality(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
