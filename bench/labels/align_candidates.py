"""Candidate sentence pairs for the alignment labels (`align-frozen.json`, `align-tune*.json`,
`align-frozen2.json`, `align-frozen3.json`, `align-frozen4.json`, `align-frozen5.json`,
`align-frozen6.json`, `align-frozen7.json`).

    python bench/labels/align_candidates.py [--shared ../shared] --set SET --out FILE.json

(SET: frozen, tune, tune2, frozen2, frozen3, frozen4, frozen5, frozen6 or frozen7.) `frozen3` also draws DUC
topics: 4 documents of each (a story of its own `data` file and `docs`, see `frozen3_stories`); `frozen4`
is DUC 2003 and MultiLing 2011 English topics only (`frozen4_stories`); `frozen5` is 25 DUC 2006 topics
(`frozen5_stories`), `frozen6` the 14 DUC 2006 topics no alignment file used before session 8 (the same
code path, seeded with "frozen6"); `frozen7` the 6 DUC 2003 and 2 MultiLing English topics no alignment
file used before session 9 (`FROZEN7`, the same code path seeded with "frozen7", leaving out the documents
another labels file holds).

Picks the stories with a fixed seed and, per story, cross-document sentence pairs stratified by
simple generic scores only (TF-IDF cosine bins, shared numbers and capitalised words, shared
quoted words, random pairs); never any cite/agreement/align output. Writes a WORK file with the
sentence texts for the annotator (outside the repository: benchmark text never goes in) and the
pair keys in original-document offsets. The selection procedure is described in
`bench/labels/README.md` ("Alignment pairs").
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from newsbrief import segment
from newsbrief.clean import clean
from newsbrief.model import RawDoc, Story

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/, for label_scoring
from label_scoring import Aligner, span_hash

SEED = 14
# Lines (1-based) of longbench-multinews-dev.jsonl used for earlier tuning: never selected.
TUNED_LINES = {5, 13, 18, 25, 27, 32, 33, 34, 44, 45, 46, 55, 59, 86, 96}
N_FROZEN, N_TUNE = 28, 9
N_TUNE2 = 10  # `tune2`: the next stories in the same order (never a frozen one), fewer pairs each
N_FROZEN2 = 25  # `frozen2`: the next stories after tune2 (32 eligible remain), full QUOTAS
# `frozen3`: every eligible longbench story left after frozen2, then DUC 2006 topics after D0625 that
# no labels file uses (the analysis sets take topics before D0626), then seeded DUC 2003 topics.
N_FROZEN3 = 25
DUC2006_AFTER = "D0625"  # topic codes sort after this one
DUC_DOCS = 4  # documents per DUC topic (seeded draw among those with MIN_SENTENCES sentences)
# Labels files never grepped for used topics: this set's own file and the analysis labeller's
# frozen set of the same session (not to be opened; it takes DUC 2006 topics before D0626 only).
# Session 6's two frozen sets are never scanned either (so the frozen3 draw stays as it was);
# the frozen4 draw scans exactly the labels files that existed before session 6 (DRAWN_AGAINST4), so a
# later file naming a DUC 2003 topic cannot change it.
NOT_SCANNED4 = {"align-frozen4.json", "frozen6-unseen.json"}
DRAWN_AGAINST4 = (
    "align-frozen.json", "align-frozen2.json", "align-frozen3.json", "align-tune.json", "align-tune2.json",
    "analysis.json", "context-frozen.json", "frozen-unseen.json", "frozen2-unseen.json",
    "frozen3-unseen.json", "frozen4-unseen.json", "frozen5-unseen.json", "heldout.json",
)  # fmt: skip
# Session 7's two frozen sets are not scanned either (both name DUC 2006 topics), so the frozen3 draw stays.
NOT_SCANNED5 = {"align-frozen5.json", "frozen7-unseen.json"}
NOT_SCANNED = {"align-frozen3.json", "frozen5-unseen.json"} | NOT_SCANNED4 | NOT_SCANNED5
# `frozen4`: 17 DUC 2003 topics (the first 17 of the 23 that no labels file used, in a Random(6)
# shuffle of their file order: `duc2003_frozen4`) and 8 MultiLing 2011 English topics (M001 and
# M009, and the other 6 DUC 2003 topics, go to the analysis labeller of the same session).
N_DUC2003_FROZEN4 = 17
MULTILING_FROZEN4 = ("M005", "M004", "M008", "M003", "M007", "M000", "M002", "M006")
MULTILING_DOCS = 4  # a seeded first document, then those most like the chosen ones (TF-IDF)
# `frozen5`: 25 DUC 2006 topics, drawn by the lead with Random(7) from the 39 that no alignment file
# uses, in the order drawn; documents chosen per topic as for MultiLing (`overlapping_documents`).
DUC2006_FROZEN5 = (
    "D0621C", "D0610A", "D0627I", "D0604D", "D0605E", "D0607G", "D0624F", "D0645I", "D0633F", "D0617H",
    "D0638B", "D0602B", "D0603C", "D0614E", "D0646A", "D0629B", "D0608H", "D0637A", "D0618I", "D0625G",
    "D0630C", "D0635H", "D0623E", "D0619A", "D0648C",
)  # fmt: skip
# `frozen6` (session 8): the 14 DUC 2006 topics that no alignment file used, given to the align
# labeller by the lead (the other helpers' frozen sets take other data), in topic order.
DUC2006_FROZEN6 = (
    "D0601A", "D0606F", "D0609I", "D0611B", "D0612C", "D0613D", "D0615F", "D0616G", "D0620B", "D0622D",
    "D0631D", "D0634G", "D0642F", "D0649D",
)  # fmt: skip
# `frozen7` (session 9): the 8 topics no alignment file used, given to the align labeller by the lead
# (data file, topic codes). Their documents that a labels file of FROZEN7_AGAINST holds (analysis and
# context sets) are left out, so no helper has read them.
FROZEN7 = (
    ("duc2003-task2-dev.jsonl", ("d30005t", "d30010t", "d30012t", "d30040t", "d31009t", "d31022t")),
    ("multiling2011-en-dev.jsonl", ("M001", "M009")),
)
FROZEN7_AGAINST = tuple(
    f"{name}.json"
    for name in (
        "align-frozen", "align-frozen2", "align-frozen3", "align-frozen4", "align-frozen5", "align-frozen6",
        "align-tune", "align-tune2", "analysis", "context-frozen", "context-frozen2", "context-frozen3",
        "frozen-unseen", "heldout", *(f"frozen{k}-unseen" for k in range(2, 9)),
    )
)  # fmt: skip
FILL7 = 28  # frozen7's pools are short: a story's pairs filled up to this (cosine 0.1-0.2, then random)
MIN_SENTENCES = 5  # a document counts when it has this many labellable sentences
MIN_WORDS, MAX_WORDS = 5, 80
# per story: (stratum, how many)
QUOTAS = (
    ("cos>=0.6", 4),
    ("cos0.45-0.6", 4),
    ("cos0.3-0.45", 4),
    ("cos0.2-0.3", 3),
    ("numbers", 3),
    ("quoted", 3),
    ("hardneg", 3),
    ("random", 2),
    ("numdiff", 3),  # conflict candidates: similar sentences whose numbers differ
)
QUOTAS_TUNE2 = (
    ("cos>=0.6", 3),
    ("cos0.45-0.6", 3),
    ("cos0.3-0.45", 3),
    ("cos0.2-0.3", 2),
    ("numbers", 2),
    ("quoted", 2),
    ("hardneg", 2),
    ("random", 1),
    ("numdiff", 2),
)
_NUM = re.compile(
    r"\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|thousand|million|billion|dozen)\b",
    re.I,
)
_CAP = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-zA-Z]+")
_QUOTED = re.compile(r"[\"“]([^\"”]{8,})[\"”]")


def eligible_stories(shared: Path) -> list[tuple[int, dict]]:
    rows = []
    with open(shared / "data" / "longbench-multinews-dev.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            row = json.loads(line)
            if n not in TUNED_LINES and len(row["documents"]) >= 2:
                rows.append((n, row))
    return rows


def prepare(row: dict, docs: list[int] | None = None) -> tuple[Story, list[str]]:
    """The story of `row`'s documents (only those of `docs`, in that order, when given)."""
    originals = row["documents"] if docs is None else [row["documents"][i] for i in docs]
    raws = [RawDoc(id=str(i), source=f"{row['id']}#{i}", raw=t) for i, t in enumerate(originals)]
    documents = tuple(clean(r) for r in raws)
    story = Story(documents, segment.split_all(documents))
    return story, originals


def to_original(story: Story, originals: list[str]) -> dict[int, tuple[int, int, int, str]]:
    """Sentence index -> (doc, start, end, hash) in the original text, for sentences that map
    back and forth exactly."""
    back = [Aligner(d.text, originals[i]) for i, d in enumerate(story.documents)]
    fwd = [Aligner(originals[i], d.text) for i, d in enumerate(story.documents)]
    out = {}
    for k, s in enumerate(story.sentences):
        if not MIN_WORDS <= s.words <= MAX_WORDS:
            continue
        m = back[s.doc].map(s.start, s.end)
        if m is None or fwd[s.doc].map(*m) != (s.start, s.end):
            continue
        out[k] = (s.doc, m[0], m[1], span_hash(originals[s.doc][m[0] : m[1]]))
    return out


def features(text: str) -> tuple[set[str], set[str], set[str]]:
    nums = {m.group().lower().rstrip(".,") for m in _NUM.finditer(text)}
    caps = {m.group() for m in _CAP.finditer(text)} - {"The", "A", "An", "He", "She", "It", "They", "But"}
    quoted = set()
    for m in _QUOTED.finditer(text):
        w = m.group(1).lower().split()
        quoted |= {" ".join(w[i : i + 3]) for i in range(len(w) - 2)}
    return nums, caps, quoted


def candidates(
    story: Story, keys: dict, rng: random.Random, quotas: tuple[tuple[str, int], ...] = QUOTAS, fill: int = 0
) -> list[tuple[str, int, int, float]]:
    """The quotas' pairs; then, up to `fill` pairs in all, pairs at cosine 0.1-0.2, then random ones."""
    sim = story.vectors.neighbours.toarray()  # small labelled stories: dense is fine here
    idx = sorted(keys)
    feats = {k: features(story.sentences[k].text) for k in idx}
    pairs = [(a, b) for a in idx for b in idx if a < b and story.sentences[a].doc != story.sentences[b].doc]
    strata: dict[str, list[tuple[int, int]]] = {name: [] for name, _ in quotas} | {"cos0.1-0.2": []}
    for a, b in pairs:
        c = float(sim[a, b])
        na, ca, qa = feats[a]
        nb, cb, qb = feats[b]
        if c >= 0.6:
            strata["cos>=0.6"].append((a, b))
        elif c >= 0.45:
            strata["cos0.45-0.6"].append((a, b))
        elif c >= 0.3:
            strata["cos0.3-0.45"].append((a, b))
        elif c >= 0.2:
            strata["cos0.2-0.3"].append((a, b))
        elif c >= 0.1:
            strata["cos0.1-0.2"].append((a, b))
        if na and nb and (ca & cb) and c >= 0.1:
            strata["numbers"].append((a, b))
        if qa & qb:
            strata["quoted"].append((a, b))
        if len(ca & cb) >= 1 and 0.05 <= c < 0.25:
            strata["hardneg"].append((a, b))
        if na and nb and na != nb and c >= 0.2:
            strata["numdiff"].append((a, b))
    strata["random"] = list(pairs)
    out: list[tuple[str, int, int, float]] = []
    seen: set[tuple[int, int]] = set()
    for step, (name, quota) in enumerate((*quotas, ("cos0.1-0.2", 0), ("random", 0))):
        quota = quota if step < len(quotas) else max(0, fill - len(out))
        pool = [p for p in strata[name] if p not in seen]
        for a, b in rng.sample(pool, min(quota, len(pool))):
            seen.add((a, b))
            out.append((name, a, b, round(float(sim[a, b]), 3)))
    return out


def _labellable(story: Story, keys: dict) -> list[int]:
    """Labellable sentences per document of the story."""
    return [sum(1 for k in keys if keys[k][0] == d) for d in range(len(story.documents))]


def labels_text(labels_dir: Path, skip: set[str] = NOT_SCANNED) -> str:
    """The labels files of `labels_dir` (except those of `skip`), to find the topics they name."""
    paths = sorted(p for p in labels_dir.glob("*.json") if p.name not in skip)
    return "\n".join(p.read_text(encoding="utf-8") for p in paths)


def duc_stories(path: Path, topics: list[tuple[int, dict]], tag: str = "frozen3"):
    """(line, row, story, originals, keys, docs) for DUC topics with DUC_DOCS documents of
    MIN_SENTENCES labellable sentences, drawn per topic with a shuffle seeded by `tag` and the id."""
    for n, row in topics:
        order = list(range(len(row["documents"])))
        random.Random(f"{SEED}:{tag}:{row['id']}").shuffle(order)
        docs = []
        for i in order:
            story, originals = prepare(row, [i])
            if _labellable(story, to_original(story, originals))[0] >= MIN_SENTENCES:
                docs.append(i)
            if len(docs) == DUC_DOCS:
                break
        if len(docs) == DUC_DOCS:
            story, originals = prepare(row, docs)
            yield n, row, story, originals, to_original(story, originals), docs, path.name


def _rows(shared: Path, name: str) -> list[tuple[int, dict]]:
    with open(shared / "data" / name, encoding="utf-8") as f:
        return [(n, json.loads(line)) for n, line in enumerate(f, 1)]


def duc2003_frozen4(shared: Path) -> list[tuple[int, dict]]:
    """The frozen4 DUC 2003 topics: those no labels file (before session 6) names, in file order,
    shuffled with Random(6); the first N_DUC2003_FROZEN4."""
    here = Path(__file__).resolve().parent
    used = "\n".join((here / name).read_text(encoding="utf-8") for name in DRAWN_AGAINST4)
    free = [(n, r) for n, r in _rows(shared, "duc2003-task2-dev.jsonl") if r["id"][14:] not in used]
    random.Random(6).shuffle(free)
    return free[:N_DUC2003_FROZEN4]


def multiling_documents(row: dict, tag: str = "frozen4", skip: frozenset[int] = frozenset()) -> list[int]:
    """MULTILING_DOCS documents of one topic that overlap in subject: a seeded first one (seeded by
    `tag` and the id) among the eligible (those not in `skip`), then, one at a time, the eligible
    document with the highest summed TF-IDF cosine to those chosen (a generic score; no method output)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    eligible = []
    for i in (i for i in range(len(row["documents"])) if i not in skip):
        story, originals = prepare(row, [i])
        if _labellable(story, to_original(story, originals))[0] >= MIN_SENTENCES:
            eligible.append(i)
    if len(eligible) < 2:
        return []
    matrix = TfidfVectorizer(stop_words="english").fit_transform([row["documents"][i] for i in eligible])
    cos = (matrix @ matrix.T).toarray()
    chosen = [random.Random(f"{SEED}:{tag}:{row['id']}").randrange(len(eligible))]
    while len(chosen) < min(MULTILING_DOCS, len(eligible)):
        rest = [j for j in range(len(eligible)) if j not in chosen]
        chosen.append(max(rest, key=lambda j: (sum(cos[j, c] for c in chosen), -j)))
    return [eligible[j] for j in chosen]


def frozen4_stories(shared: Path) -> list:
    """The frozen4 draw: the 17 DUC 2003 topics of `duc2003_frozen4` (4 documents each, drawn as
    for frozen3 with its own seed; a topic without 4 would be left out: none is), then the 8
    MultiLing topics of MULTILING_FROZEN4."""
    name = "duc2003-task2-dev.jsonl"
    out = list(duc_stories(shared / "data" / name, duc2003_frozen4(shared), "frozen4"))
    name = "multiling2011-en-dev.jsonl"
    by_code = {r["id"].rsplit("-", 1)[1]: (n, r) for n, r in _rows(shared, name)}
    for code in MULTILING_FROZEN4:
        n, row = by_code[code]
        docs = multiling_documents(row)
        story, originals = prepare(row, docs)
        out.append((n, row, story, originals, to_original(story, originals), docs, name))
    return out


def frozen5_stories(
    shared: Path,
    codes: tuple[str, ...] = DUC2006_FROZEN5,
    tag: str = "frozen5",
    name: str = "duc2006-dev.jsonl",
    used: dict[str, set[int]] | None = None,
) -> list:
    """The frozen5 draw: the topics of `codes` (DUC2006_FROZEN5; a code is the id's last part) of the
    data file `name` in that order, 4 documents each that overlap in subject (`multiling_documents`,
    seeded with `tag`, never one of `used[id]`; fewer when fewer are eligible). The frozen6 draw is the
    same with DUC2006_FROZEN6 and "frozen6"; frozen7's is `frozen7_stories`."""
    by_code = {r["id"].rsplit("-", 1)[1]: (n, r) for n, r in _rows(shared, name)}
    out = []
    for code in codes:
        n, row = by_code[code]
        docs = multiling_documents(row, tag, frozenset((used or {}).get(row["id"], ())))
        story, originals = prepare(row, docs)
        out.append((n, row, story, originals, to_original(story, originals), docs, name))
    return out


def frozen7_stories(shared: Path) -> list:
    """The frozen7 draw: frozen5's code path over FROZEN7's topics, seeded with "frozen7", without the
    documents the labels files of FROZEN7_AGAINST hold."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/labels/, for frozen3_selection
    from frozen3_selection import used_documents

    used = used_documents(Path(__file__).resolve().parent, FROZEN7_AGAINST)
    return [item for name, codes in FROZEN7 for item in frozen5_stories(shared, codes, "frozen7", name, used)]


def frozen3_stories(shared: Path, longbench: list) -> list:
    """The frozen3 draw: the longbench stories left after frozen2, then DUC 2006 topics after D0625
    that no labels file uses, then DUC 2003 topics in a Random(14) order, up to N_FROZEN3."""
    out = [(*c, None, "longbench-multinews-dev.jsonl") for c in longbench]
    used = labels_text(Path(__file__).resolve().parent)  # a DUC 2006 topic by its code ("D0626")

    def rows(name: str) -> list[tuple[int, dict]]:
        with open(shared / "data" / name, encoding="utf-8") as f:
            return [(n, json.loads(line)) for n, line in enumerate(f, 1)]

    duc06 = [(n, r) for n, r in rows("duc2006-dev.jsonl") if DUC2006_AFTER < r["id"][8:13] not in used]
    duc03 = [(n, r) for n, r in rows("duc2003-task2-dev.jsonl") if r["id"] not in used]
    random.Random(SEED).shuffle(duc03)
    for name, topics in (("duc2006-dev.jsonl", duc06), ("duc2003-task2-dev.jsonl", duc03)):
        for item in duc_stories(shared / "data" / name, topics):
            if len(out) == N_FROZEN3:
                return out
            out.append(item)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    ap.add_argument(
        "--set",
        choices=("frozen", "tune", "tune2", "frozen2", "frozen3", "frozen4", "frozen5", "frozen6", "frozen7"),
        required=True,
    )
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if args.set == "frozen4":
        return write(args.out, frozen4_stories(args.shared), QUOTAS)
    if args.set == "frozen5":
        return write(args.out, frozen5_stories(args.shared), QUOTAS)
    if args.set == "frozen6":
        return write(args.out, frozen5_stories(args.shared, DUC2006_FROZEN6, "frozen6"), QUOTAS)
    if args.set == "frozen7":
        return write(args.out, frozen7_stories(args.shared), QUOTAS, FILL7)
    rng = random.Random(SEED)
    rows = eligible_stories(args.shared)
    rng.shuffle(rows)
    chosen: list[tuple[int, dict, Story, list[str], dict]] = []
    for n, row in rows:
        story, originals = prepare(row)
        keys = to_original(story, originals)
        if sum(c >= MIN_SENTENCES for c in _labellable(story, keys)) >= 2:
            chosen.append((n, row, story, originals, keys))
        if len(chosen) == N_FROZEN + N_TUNE + N_TUNE2 + N_FROZEN2 and args.set != "frozen3":
            break
    sizes = {"frozen": N_FROZEN, "tune": N_TUNE, "tune2": N_TUNE2, "frozen2": N_FROZEN2}  # in this order
    if args.set == "frozen3":
        part = frozen3_stories(args.shared, chosen[sum(sizes.values()) :])
    else:
        names = list(sizes)
        first = sum(sizes[k] for k in names[: names.index(args.set)])
        part = [(*c, None, "longbench-multinews-dev.jsonl") for c in chosen[first : first + sizes[args.set]]]
    write(args.out, part, QUOTAS_TUNE2 if args.set == "tune2" else QUOTAS)


def write(out: Path, part: list, quotas: tuple[tuple[str, int], ...], fill: int = 0) -> None:
    """Draws the pairs of each story of `part` (up to `fill` a story, see `candidates`) and writes the
    WORK file; prints the draw."""
    work = []
    for n, row, story, _originals, keys, docs, data in part:
        prng = random.Random(f"{SEED}:{row['id']}")
        sents = story.sentences
        for name, a, b, c in candidates(story, keys, prng, quotas, fill):
            work.append(
                {
                    "line": n,
                    "story": row["id"],
                    "data": data,
                    "docs": docs,
                    "stratum": name,
                    "cos": c,
                    "a": list(keys[a]),
                    "b": list(keys[b]),
                    "ta": sents[a].text,
                    "tb": sents[b].text,
                    "ctx_a": sents[a - 1].text if a and sents[a - 1].doc == sents[a].doc else "",
                    "ctx_b": sents[b - 1].text if b and sents[b - 1].doc == sents[b].doc else "",
                }
            )
    out.write_text(json.dumps(work, ensure_ascii=False, indent=0), encoding="utf-8")
    for n, row, _story, _originals, _keys, docs, data in part:
        print(f"{data} line {n} {row['id']}" + (f" documents {docs}" if docs is not None else ""))
    print(f"{len(part)} stories, {len(work)} pairs -> {out}")


if __name__ == "__main__":
    main()
