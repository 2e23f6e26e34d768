"""Cross-document sentence links against the hand-labelled pairs (issue 14, item 7).

    python bench/bench_align.py [--labels bench/labels/align-frozen.json ...] [--shared ../shared]
                                [--method align|tfidf] [--errors [--closed FILE] [--long N]] [--rules]

Each labelled pair is two sentences of different documents of one story, labelled quote / fact /
conflict / related / unrelated (see bench/labels/README.md, "Alignment pairs"). The story is run
through the pipeline's own stages (clean, segment; the brief for agreement), each labelled span is
found again in the clean text (`bench/label_scoring.py: Aligner`) and mapped to the pipeline sentence that
covers it, and the method's link between the two sentences is compared with the label.

Methods (`--method`; default `align` when `newsbrief.align` exists, else `tfidf`):
  tfidf  today's citation support (cite.py): sentence `a` is linked to `b` as a "fact" when `b` is
         the single most similar sentence of its document to `a` by TF-IDF cosine
         (`story.vectors`) and the cosine reaches `cite.SUPPORT_THRESHOLD`, or the same from `b` to
         `a` (either sentence may be the one a summary picks). Conflicts: today's only detector,
         the `conflict` note of the analysis's shared claims (both sentences in one such claim).
  align  the links of `newsbrief.align.align(story)` (`Link(a, b, kind, score, evidence)`); a pair
         with several links takes the first of quote, fact, conflict, related.
Printed: precision/recall per link kind; citation (quote+fact) and conflict precision/recall; agreement
precision (pairs whose two sentences are in one shared claim of the brief: share labelled quote or fact;
recall alongside), over the pairs of two sources: a pair of a document and its copy (`newsbrief.copies`)
is counted apart, as a copy is no second source of a shared claim. `--errors` lists every wrong
prediction with the kind/rule that decided it (the text goes to the terminal only; `--closed FILE`: the
stories whose ids the file lists are counted but not printed, for a set a helper may not read; `--long N`:
only the errors one of whose sentences is over N words, each sentence whole with its word count: the
misses a claim per clause might catch, issue 14).
"cited, each way" (method align): each labelled pair read both ways, sentence x cited by y's source when a
link between them passes `newsbrief.cite.supports` for x; right when the pair is labelled quote or fact and,
for a `partial` pair, x is the sentence its `within` names (the other states all of x): what a `[1,2]` on a
summary line claims.
`--rules` (method align) adds, pooled over the files, one line per link kind and the rule that
decided it (`rule:` in the link's evidence): how many of its pairs carry each label, so each
rule's precision is read off its row (a conflict rule's: conflict / all).
Report figures with the label file they come from: align-tune.json,
align-tune2.json and (since session 4) align-frozen.json are tuning data; align-frozen2.json is the
frozen set, scored once at the end by the lead (never tune on it). With several `--labels` files,
each file's report is followed by one table: citation and conflict P/R per file and pooled over all.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from label_scoring import PRF, Aligner, closed_ids, span_hash

from newsbrief import segment
from newsbrief.clean import clean
from newsbrief.copies import sources
from newsbrief.model import BriefOptions, RawDoc, Story
from newsbrief.pipeline import brief_story

ROOT = Path(__file__).resolve().parents[1]
LABELS = ("quote", "fact", "conflict", "related", "unrelated")
KINDS = ("quote", "fact", "conflict", "related")  # link kinds, in the order a pair's kind is taken
SUPPORT = frozenset({"quote", "fact"})


@dataclass
class Pair:
    a: tuple[int, int, int]  # doc, start, end in the original text
    b: tuple[int, int, int]
    label: str
    stratum: str = ""
    partial: bool = False
    within: str = ""  # of a partial pair: "a" or "b", the sentence whose claim the other states in full


@dataclass
class Tally:
    kinds: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in KINDS})
    citation: PRF = field(default_factory=PRF)
    cited: PRF = field(default_factory=PRF)  # each way: the sentence cited by the other's source
    conflict: PRF = field(default_factory=PRF)
    agreement: PRF = field(default_factory=PRF)
    labels: Counter[str] = field(default_factory=Counter)
    scored: int = 0
    unmapped: int = 0
    same_sentence: int = 0
    drift: int = 0
    cited_partial: int = 0
    copy_pairs: int = 0  # labelled pairs of a document and its copy: left out of agreement
    hidden: int = 0  # wrong predictions of the stories `--closed` lists: counted, not printed
    errors: list[str] = field(default_factory=list)
    cited_errors: list[str] = field(default_factory=list)  # "cited, each way" wrong, listed apart
    rules: Counter[tuple[str, str]] = field(default_factory=Counter)  # (kind/rule, gold label) -> pairs
    also: Counter[str] = field(default_factory=Counter)  # gold label -> pairs a "see also" link joins

    def add(self, other: Tally) -> None:
        """Pool another file's counts into this one (not its errors)."""
        for k in KINDS:
            self.kinds[k].add(other.kinds[k])
        for name in ("citation", "cited", "conflict", "agreement"):
            getattr(self, name).add(getattr(other, name))
        self.labels.update(other.labels)
        self.rules.update(other.rules)
        self.also.update(other.also)
        for name in ("scored", "unmapped", "same_sentence", "drift", "cited_partial", "copy_pairs"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def load(path: Path, shared: Path) -> tuple[list[tuple[str, list[str], list[Pair]]], int]:
    """(story id, original documents, pairs) per labelled story, and how many pairs were left out
    because a span's hash no longer matches its text (the shared data changed)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows: dict[str, list[str]] = {}
    default = data.get("data", "longbench-multinews-dev.jsonl")
    for name in sorted({st.get("data", default) for st in data["stories"]}):  # a story may name its own file
        with open(shared / "data" / name, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                rows[row["id"]] = row["documents"]
    out, drift = [], 0
    for st in data["stories"]:
        docs = rows[st["story"]]
        if "docs" in st:  # a story of some documents of the row (DUC topics), in that order
            docs = [docs[i] for i in st["docs"]]
        pairs = []
        for p in st["pairs"]:
            if any(span_hash(docs[d][s:e]) != h for d, s, e, h in (p["a"], p["b"])):
                drift += 1
                continue
            a, b = tuple(p["a"][:3]), tuple(p["b"][:3])
            pairs.append(
                Pair(a, b, p["label"], p.get("stratum", ""), p.get("partial", False), p.get("within", ""))  # type: ignore[arg-type]
            )
        out.append((st["story"], docs, pairs))
    return out, drift


def sentence_of(story: Story, doc: int, span: tuple[int, int]) -> int | None:
    """The pipeline sentence of `doc` that covers most of the clean `span` (at least half of the
    shorter of the two), or None."""
    best, where = 0, None
    for i, s in enumerate(story.sentences):
        if s.doc != doc:
            continue
        inter = min(s.end, span[1]) - max(s.start, span[0])
        if inter > best and inter >= 0.5 * min(s.end - s.start, span[1] - span[0]):
            best, where = inter, i
    return where


def tfidf_links(story: Story) -> dict[tuple[int, int], str]:
    """Today's citation rule as links: each sentence to each other document's most similar sentence."""
    try:
        from newsbrief.cite import SUPPORT_THRESHOLD as threshold
    except ImportError:  # the constant moved with the align stage: keep the rule it stood for
        threshold = 0.45
    sim = story.vectors.neighbours.toarray()  # small labelled stories: dense is fine here
    docs = np.array([s.doc for s in story.sentences])
    links: dict[tuple[int, int], str] = {}
    for d in range(len(story.documents)):
        idx = np.flatnonzero(docs == d)
        if not len(idx):
            continue
        best = idx[np.argmax(sim[:, idx], axis=1)]
        for i, j in enumerate(best):
            if docs[i] != d and sim[i, j] >= threshold:
                links[(min(i, int(j)), max(i, int(j)))] = "fact"
    return links


def align_links(
    story: Story,
    rules: dict[tuple[int, int], str] | None = None,
    also: set[tuple[int, int]] | None = None,
    cites: set[tuple[int, int]] | None = None,
) -> dict[tuple[int, int], str]:
    """Each linked pair's kind (the first of `KINDS` it has); `rules` gets the kind/rule that decided it,
    `also` the pairs a link may join as "see also" (`newsbrief.see_also.points`), `cites` each (i, j)
    where a link lets the citation of sentence i name j's source (`newsbrief.cite.supports`)."""
    from newsbrief.align import align  # the align stage (issue 13/14)

    supports = None
    if cites is not None and importlib.util.find_spec("newsbrief.cite") is not None:
        from newsbrief.cite import supports

    points = None
    if also is not None and importlib.util.find_spec("newsbrief.see_also") is not None:
        from newsbrief.see_also import points_between as points
    kinds: dict[tuple[int, int], set[str]] = {}
    texts = story.sentences
    for link in align(story).links:
        pair = (min(link.a, link.b), max(link.a, link.b))
        if also is not None and points is not None and points(link, texts[link.a].text, texts[link.b].text):
            also.add(pair)
        kinds.setdefault(pair, set()).add(link.kind)
        if cites is not None and supports is not None:
            cites.update(
                (i, j)
                for i, j in ((link.a, link.b), (link.b, link.a))
                if supports(link, i, texts[i].text, texts[j].text)
            )
        if rules is not None and (pair not in rules or KINDS.index(link.kind) < KINDS.index(rules[pair][0])):
            rules[pair] = link.kind + "/" + next((e[5:] for e in link.evidence if e[:5] == "rule:"), "?")
    return {k: next(x for x in KINDS if x in v) for k, v in kinds.items() if any(x in v for x in KINDS)}


def claim_pairs(story: Story, claims: Any) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Sentence pairs in one shared claim of the brief, and those of claims with a conflict note."""
    shared: set[tuple[int, int]] = set()
    flagged: set[tuple[int, int]] = set()
    for c in claims:
        if c.kind != "shared":
            continue
        members = [(c.doc, c.start, c.end), *((x.doc, x.start, x.end) for x in c.sources)]
        idx = sorted({i for d, s, e in members if (i := sentence_of(story, d, (s, e))) is not None})
        for x in range(len(idx)):
            for y in range(x + 1, len(idx)):
                shared.add((idx[x], idx[y]))
                if c.conflict:
                    flagged.add((idx[x], idx[y]))
    return shared, flagged


def count(prf: PRF, gold: bool, pred: bool) -> None:
    prf.tp += gold and pred
    prf.fp += pred and not gold
    prf.fn += gold and not pred


def score(
    stories: list[tuple[str, list[str], list[Pair]]],
    method: str,
    show: bool,
    hidden: frozenset[str] = frozenset(),
    long: int = 0,
) -> Tally:
    """Score the stories; `show`: list the wrong predictions, but those of the stories in `hidden` (`long`:
    only those with a sentence over that many words, shown whole)."""
    t = Tally()
    for sid, originals, pairs in stories:
        raws = [RawDoc(id=str(i), source=f"{sid}#{i}", raw=o) for i, o in enumerate(originals)]
        documents = tuple(clean(r) for r in raws)
        story = Story(documents, segment.split_all(documents))
        decided: dict[tuple[int, int], str] = {}
        also: set[tuple[int, int]] = set()
        cites: set[tuple[int, int]] = set()
        links = align_links(story, decided, also, cites) if method == "align" else tfidf_links(story)
        brief = brief_story(story, BriefOptions(timings=False))
        shared, flagged = claim_pairs(story, brief.claims)
        source = sources(story.copies)
        aligners = [Aligner(o, d.text) for o, d in zip(originals, documents, strict=True)]
        for p in pairs:
            t.labels[p.label] += 1
            idx = []
            for d, s, e in (p.a, p.b):
                m = aligners[d].map_partial(s, e)
                idx.append(sentence_of(story, d, m) if m else None)
            if None in idx:
                t.unmapped += 1
                continue
            i, j = sorted(idx)  # type: ignore[type-var]
            if i == j:  # the segmenter now joins the two spans: the pair cannot be linked
                t.same_sentence += 1
                continue
            t.scored += 1
            pred = links.get((i, j), "")
            t.rules[(decided.get((i, j), "none"), p.label)] += 1
            if (i, j) in also:
                t.also[p.label] += 1
            for k in KINDS:
                count(t.kinds[k], p.label == k, pred == k)
            count(t.citation, p.label in SUPPORT, pred in SUPPORT)
            t.cited_partial += pred in SUPPORT and p.partial
            if method == "align":  # each way: is sentence x cited by y's source, and should it be?
                ia, ib = idx
                for x, y, side in ((ia, ib, "a"), (ib, ia, "b")):
                    gold = p.label in SUPPORT and (not p.partial or p.within in ("", side))
                    count(t.cited, gold, (x, y) in cites)
                    if show and sid not in hidden and gold != ((x, y) in cites):
                        sx, sy = story.sentences[x].text, story.sentences[y].text
                        t.cited_errors.append(
                            f"[{sid[-8:]}] cited each way: gold={p.label}{' partial ' * p.partial}{p.within}"
                            f" cited={(x, y) in cites} rule={decided.get((i, j), 'none')}"
                            f"\n    CITED: {sx[:200]}\n    BY: {sy[:200]}"
                        )
            conflict = pred == "conflict" if method == "align" else (i, j) in flagged
            count(t.conflict, p.label == "conflict", conflict)
            if source[story.sentences[i].doc] == source[story.sentences[j].doc]:
                t.copy_pairs += 1  # one source: never a shared claim's two sources
            else:
                count(t.agreement, p.label in SUPPORT, (i, j) in shared)
            wrong = (pred in SUPPORT) != (p.label in SUPPORT) or conflict != (p.label == "conflict")
            if show and wrong and sid in hidden:
                t.hidden += 1
            elif show and wrong:
                sa, sb = story.sentences[i].text, story.sentences[j].text
                na, nb = len(sa.split()), len(sb.split())
                if long and max(na, nb) <= long:
                    continue
                shown = (f"({na}) {sa}", f"({nb}) {sb}") if long else (sa[:150], sb[:150])
                t.errors.append(
                    f"[{sid[-8:]}] gold={p.label} pred={pred or 'none'}{' conflict' if conflict else ''}"
                    f" rule={decided.get((i, j), 'none')} ({p.stratum})\n    A: {shown[0]}\n    B: {shown[1]}"
                )
    return t


def _prf(p: PRF) -> str:
    return f"{p.precision:7.3f} {p.recall:7.3f}   (tp {p.tp}, fp {p.fp}, fn {p.fn})"


def report(t: Tally, path: Path, method: str) -> None:
    print(f"labels: {path}  method: {method}")
    print(
        f"{t.scored} pairs scored of {sum(t.labels.values()) + t.drift} "
        f"({', '.join(f'{k} {t.labels[k]}' for k in LABELS)}); "
        f"unmapped {t.unmapped}, now one sentence {t.same_sentence}, drift {t.drift}"
    )
    print(f"\n{'':28}{'P':>7} {'R':>7}")
    for k in KINDS:
        if method == "tfidf" and k != "fact":
            continue
        print(f"link {k:23}{_prf(t.kinds[k])}")
    print(f"{'citation (quote+fact)':28}{_prf(t.citation)}")
    print(f"  of which on partial pairs: {t.cited_partial}")
    if method == "align":
        print(f"{'cited, each way':28}{_prf(t.cited)}   [cite.supports]")
    src = "conflict links" if method == "align" else "analysis claims' conflict notes"
    print(f"{'conflict':28}{_prf(t.conflict)}   [{src}]")
    print(f"{'agreement (shared claims)':28}{_prf(t.agreement)}")
    print(f"  pairs of a document and its copy, left out: {t.copy_pairs}")
    if method == "align":
        print(see_also_line(t))
    if t.cited_errors:
        print(f"\n--- cited each way, wrong ({len(t.cited_errors)}) ---")
        print("\n".join(t.cited_errors))
    if t.errors or t.hidden:
        print(f"\n--- wrong predictions ({t.hidden} more in stories of --closed, not shown) ---")
        print("\n".join(t.errors))


def see_also_line(t: Tally) -> str:
    """The pairs a "see also" link joins (`newsbrief.see_also.points`) by gold label, and their precision:
    labelled quote, fact, conflict or related (same point), not unrelated."""
    n = sum(t.also.values())
    good = n - t.also["unrelated"]
    labels = ", ".join(f"{k} {t.also[k]}" for k in LABELS)
    return f"{'see also (not unrelated)':28}{good / n if n else 0.0:7.3f}   ({n} pairs: {labels})"


def pooled(tallies: list[tuple[Path, Tally]]) -> None:
    """One line per file and a pooled line: citation and conflict P/R (and the "see also" line, pooled)."""
    total = Tally()
    heads = ("citation P/R", "conflict P/R", "cited each way P/R")
    print(f"\n{'file':24}{'pairs':>6}  " + "   ".join(f"{h:>34}" for h in heads))

    def row(name: str, t: Tally) -> str:
        return f"{name:24}{t.scored:6}  " + "   ".join(
            f"{_prf(x):>34}" for x in (t.citation, t.conflict, t.cited)
        )

    for path, t in tallies:
        total.add(t)
        print(row(path.name, t))
    print(row("pooled", total))
    print(see_also_line(total))


def rule_table(t: Tally) -> None:
    """Pairs per link kind/rule and gold label (see the module docstring, `--rules`)."""
    print(f"\n{'kind/rule (pooled)':34}" + "".join(f"{k:>10}" for k in LABELS))
    for rule in sorted({r for r, _ in t.rules}):
        print(f"{rule:34}" + "".join(f"{t.rules[(rule, k)]:10}" for k in LABELS))


def main() -> None:
    have_align = importlib.util.find_spec("newsbrief.align") is not None
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--labels", type=Path, nargs="+", default=[ROOT / "bench" / "labels" / "align-frozen.json"]
    )
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--method", choices=("align", "tfidf"), default="align" if have_align else "tfidf")
    ap.add_argument("--errors", action="store_true", help="list the wrong predictions")
    ap.add_argument(
        "--closed", type=Path, help="with --errors: a file of story ids whose errors are not shown"
    )
    ap.add_argument(
        "--long",
        type=int,
        default=0,
        metavar="N",
        help="with --errors: only the errors with a sentence over N words, shown whole",
    )
    ap.add_argument("--rules", action="store_true", help="pairs per link kind/rule and label (method align)")
    args = ap.parse_args()
    if args.method == "align" and not have_align:
        sys.exit(
            "bench_align: error: --method align: newsbrief.align does not exist yet (use --method tfidf)"
        )
    if not (args.shared / "data").is_dir():
        sys.exit(f"bench_align: error: {args.shared}: no shared data directory (pass --shared)")
    for path in args.labels:
        if not path.is_file():
            sys.exit(f"bench_align: error: --labels {path}: no such file")
    hidden = closed_ids(ap, args.closed)
    tallies = []
    for path in args.labels:
        stories, drift = load(path, args.shared)
        tally = score(stories, args.method, args.errors, hidden, args.long)
        tally.drift = drift
        report(tally, path, args.method)
        tallies.append((path, tally))
    if len(tallies) > 1:
        pooled(tallies)
    if args.rules and args.method == "align":
        total = Tally()
        for _, t in tallies:
            total.add(t)
        rule_table(total)


if __name__ == "__main__":
    main()
