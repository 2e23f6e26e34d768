"""Quotes, entities and agreement against the labelled set, and what the analysis costs per story.

    python bench/bench_analysis.py [--shared ../shared] [--labels bench/labels/analysis.json]
                                   [--limit N] [--no-speed] [--sweep] [--errors] [--conflicts]
                                   [--rule-table] [--closed FILE]

Accuracy on bench/labels/analysis.json (30 longbench-multinews-dev articles + the 2 seeds; the rules
and thresholds were tuned on it), bench/labels/heldout.json (6 more articles) and
bench/labels/frozen-unseen.json (15 DUC 2006 and longbench articles, frozen before tuning, tuned on
since; see bench/labels/README.md), for the core rules, for `--ner spacy` (spaCy's names combined with
the rules) and for spaCy's names alone (`spacy_ner.recognise_model_only`), side by side:
  quotes       span P/R/F1 (character IoU >= 0.75) and speaker-attributed P/R/F1 (span and speaker),
               the share of found quotes with the right speaker (a found quote left unattributed counts
               as wrong unless its label has no speaker) and the share of attributed ones (unattributed
               quotes left out: how often a speaker shown is right), and how many labelled quoted terms
               (short fragments, nicknames, scare quotes, titles) came out as speech; of those, how
               many are short fragments (three words or fewer) given the sentence's speaker, which
               issue 15 counts as the speaker's words while the labels call them terms, and the
               speaker-attributed P/R/F1 with those fragments left out ("fragments aside")
               per attribution rule (analyze/attribution.py RULES), the found quotes it gave a speaker
               and how many of those speakers are right ("(no speaker)": found quotes left unattributed)
  entities     mention P/R/F1 per kind and over all kinds (exact span and kind)
  agreement    precision over predicted cross-source sentence pairs, recall over labelled shared
               points (a point is found when one of its labelled pairs is); files without shared
               points (frozen-unseen.json) skip it
--rule-table prints, per entity rule (kinds.py's table, entities.py's story steps), the true and false
mentions it adds on each file and the leave-one-file-out choice of rules (bench/entity_rules.py).
--conflicts lists every conflict the core analysis flags on the longbench-multinews-dev stories (the
note and the claim's sentences, cut short), to be judged by eye: the labels hold no conflicts.
Speed (longbench-multinews-dev, after one warm-up story): median ms of the core brief without
analysis (the baseline), and the median ms the analysis adds with each recogniser, measured in the
same process as the brief's own "analyze" stage timing; then, in CPU time (steadier than wall time
on a shared machine), the baseline and the rules path part by part: entities, quotes, agreement.
`--closed FILE` (story ids, one a line, as bench_align.py's) leaves those stories out of the label files'
scores and --errors (a tuning file may hold articles of a closed story), of the speed run and of --conflicts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import entity_rules
import label_scoring as labels

from newsbrief.analyze import agreement, attribution, ner_backend

ROOT = Path(__file__).resolve().parents[1]


_HEADS = {"rules": "core rules", "spacy": "spaCy + rules (--ner)", "spacy-only": "spaCy alone"}


def _row(name: str, cells: list[str]) -> str:
    return f"{name:34}" + "".join(f"{c:>22}" for c in cells)


def _prf(p: labels.PRF) -> str:
    return f"{p.precision:.3f}/{p.recall:.3f}/{p.f1:.3f}"


def accuracy(
    stories: list[labels.LabelledStory], ners: list[str], show_errors: bool, show_evidence: bool = False
) -> dict[str, labels.Scores]:
    results = {ner: labels.evaluate(stories, ner) for ner in ners}
    c = labels.counts(stories)
    print(
        f"Labelled set: {c['documents']} documents in {c['stories']} stories, {c['quotes']} quotes, "
        f"{c['terms']} quoted terms, {c['entity mentions']} entity mentions, "
        f"{c['shared pairs']} shared pairs "
        f"({c['stories with shared points']} stories with shared points)"
    )
    first = results[ners[0]]
    print(
        f"label drift (hash mismatches): {first.drift}; "
        f"spans the cleaner removed (not scored): {first.unmapped}"
    )
    print()
    print(_row("P/R/F1", [_HEADS[n] for n in ners]))
    print(_row("quotes: span", [_prf(r.quote_spans) for r in results.values()]))
    print(_row("quotes: speaker-attributed", [_prf(r.quote_speakers) for r in results.values()]))
    print(
        _row(
            "quotes: speaker right on found",
            [f"{_ratio(r.quote_speakers.tp, r.quote_spans.tp)}" for r in results.values()],
        )
    )
    print(
        _row(
            "quotes: ... or same person",
            [_ratio(r.quote_speakers.tp + r.same_person_only, r.quote_spans.tp) for r in results.values()],
        )
    )
    print(
        _row(
            "quotes: speaker right on given",
            [_ratio(*_given(r)) for r in results.values()],
        )
    )
    print(
        _row(
            "quotes: found left unattributed",
            [_ratio(r.rules.get("(no speaker)", [0, 0])[1], r.quote_spans.tp) for r in results.values()],
        )
    )
    print(_row("quotes: ... fragments aside", [_prf(r.speakers_fragments_aside) for r in results.values()]))
    print(
        _row(
            "quotes: terms reported as speech",
            [f"{r.terms_as_speech}/{r.terms_total}" for r in results.values()],
        )
    )
    print(
        _row(
            "  of which fragments w/ speaker",
            [f"{r.term_fragments}/{r.terms_as_speech}" for r in results.values()],
        )
    )
    for rule in [r.name for r in attribution.RULES] + ["(no speaker)"]:
        tallies = [r.rules.get(rule, [0, 0]) for r in results.values()]
        if any(t[1] for t in tallies):
            print(_row(f"  speaker right by {rule}", [_ratio(a, b) for a, b in tallies]))
    if show_evidence:
        _evidence_rows(results)
    for k in labels.KINDS:
        print(_row(f"entities: {k}", [_prf(r.entities[k]) for r in results.values()]))
    print(_row("entities: all kinds", [_prf(_total(r.entities.values())) for r in results.values()]))
    if not c["shared pairs"]:
        print("agreement: no shared points labelled in this file")
    else:
        _agreement_rows(results)
    if show_errors:
        for ner, r in results.items():
            print(f"\n--- errors ({ner}) ---")
            for e in r.errors:
                print(e)
    return results


def _evidence_rows(results: dict[str, labels.Scores]) -> None:
    """Right of given per rule and kind of evidence ("said-after / pronoun")."""
    keys = sorted({k for r in results.values() for k in r.evidence if not k.startswith("(no speaker)")})
    for key in keys:
        tallies = [r.evidence.get(key, [0, 0]) for r in results.values()]
        print(_row(f"    {key}", [_ratio(a, b) for a, b in tallies]))


def pooled(per_file: dict[str, labels.Scores]) -> None:
    """One line per label file and the rules' speaker precision and entity P/R/F1 summed over them (core
    rules)."""
    print("\n=== pooled (core rules) ===")
    print(f"{'file':26}{'right on found':>18}{'right on given':>18}{'unattributed':>16}{'q+speaker F1':>14}")
    total = labels.Scores()
    for name, r in per_file.items():
        given = _given(r)
        unattributed = r.rules.get("(no speaker)", [0, 0])[1]
        print(
            f"{name:26}{_ratio(r.quote_speakers.tp, r.quote_spans.tp):>18}{_ratio(*given):>18}"
            f"{_ratio(unattributed, r.quote_spans.tp):>16}{r.quote_speakers.f1:14.3f}"
        )
        total.quote_spans.add(r.quote_spans)
        total.quote_speakers.add(r.quote_speakers)
        total.same_person_only += r.same_person_only
        for k in labels.KINDS:
            total.entities[k].add(r.entities[k])
        for table, into in ((r.rules, total.rules), (r.evidence, total.evidence)):
            for key, (a, b) in table.items():
                t = into.setdefault(key, [0, 0])
                t[0] += a
                t[1] += b
    given = _given(total)
    unattributed = total.rules.get("(no speaker)", [0, 0])[1]
    print(
        f"{'all':26}{_ratio(total.quote_speakers.tp, total.quote_spans.tp):>18}{_ratio(*given):>18}"
        f"{_ratio(unattributed, total.quote_spans.tp):>16}{total.quote_speakers.f1:14.3f}"
    )
    same = _ratio(total.quote_speakers.tp + total.same_person_only, total.quote_spans.tp)
    print(f"  right on found, or the same person named in another form: {same}")
    for k in labels.KINDS:
        print(f"  entities: {k:40}{_prf(total.entities[k]):>18}")
    print(f"  entities: {'all kinds':40}{_prf(_total(total.entities.values())):>18}")
    for key in sorted(total.rules, key=lambda k: -total.rules[k][1]):
        print(f"  speaker right by {key:40}{_ratio(*total.rules[key]):>18}")
    for key in sorted(total.evidence):
        if not key.startswith("(no speaker)"):
            print(f"    {key:46}{_ratio(*total.evidence[key]):>18}")


def _given(r: labels.Scores) -> tuple[int, int]:
    """Right speakers over the found quotes given one (a quote left unattributed is not counted, where
    "right on found" counts it as wrong unless the labels give no speaker either)."""
    tallies = [t for rule, t in r.rules.items() if rule != "(no speaker)"]
    return sum(t[0] for t in tallies), sum(t[1] for t in tallies)


def _ratio(num: int, den: int) -> str:
    return f"{num / den:.3f} ({num}/{den})" if den else "-"


def _total(prfs: Iterable[labels.PRF]) -> labels.PRF:
    total = labels.PRF()
    for p in prfs:
        total.add(p)
    return total


def _agreement_rows(results: dict[str, labels.Scores]) -> None:
    print(_row("agreement: pair precision", [f"{r.pairs.precision:.3f}" for r in results.values()]))
    print(_row("agreement: pair recall", [f"{r.pairs.recall:.3f}" for r in results.values()]))
    print(
        _row(
            "agreement: shared-point recall",
            [f"{r.point_recall:.3f} ({r.points_found}/{r.points_total})" for r in results.values()],
        )
    )


def sweep(stories: list[labels.LabelledStory]) -> None:
    """Agreement precision/recall as the similarity threshold moves (core recogniser)."""
    runs = [labels.run_story(s) for s in stories]
    keep = agreement.THRESHOLD
    print(f"\nagreement threshold sweep (shipped: {keep})")
    print(f"{'threshold':>10} {'pair P':>8} {'pair R':>8} {'point R':>8}")
    try:
        for thr in (0.22, 0.24, 0.26, 0.28, 0.30, 0.32, 0.35, 0.40):
            agreement.THRESHOLD = thr
            sc = labels.Scores()
            for st, (story, ents, _, _) in zip(stories, runs, strict=True):
                texts = [d.text for d in story.documents]
                al = [labels.Aligner(d.original, texts[i]) for i, d in enumerate(st.docs)]
                gold = []
                for a, b in st.shared:
                    ma, mb = al[a[0]].map_partial(a[1], a[2]), al[b[0]].map_partial(b[1], b[2])
                    if ma and mb:
                        gold.append(((a[0], *ma), (b[0], *mb)))
                labels.score_agreement(sc, gold, agreement.find_claims(story, ents), texts, st.id)
            print(f"{thr:10.2f} {sc.pairs.precision:8.3f} {sc.pairs.recall:8.3f} {sc.point_recall:8.3f}")
    finally:
        agreement.THRESHOLD = keep


def conflicts(data: Path, limit: int | None, closed: frozenset[str] = frozenset()) -> None:
    """Every conflict note on the stories (core rules) but those of `closed`, with the sentences of
    its claim."""
    from newsbrief import segment
    from newsbrief.analyze import find_entities
    from newsbrief.clean import clean
    from newsbrief.ingest.stories import StoryRecord, iter_stories
    from newsbrief.model import RawDoc, Story

    stories = [s for s in iter_stories(data) if isinstance(s, StoryRecord) and s.id not in closed][:limit]
    flagged = shared = 0
    print(f"\nConflicts flagged on {len(stories)} stories from {data.name} (core rules)")
    for k, s in enumerate(stories):
        docs = tuple(clean(RawDoc(id=str(i), source=f"{s.id}#{i}", raw=d)) for i, d in enumerate(s.documents))
        story = Story(docs, segment.split_all(docs))
        for c in agreement.find_claims(story, find_entities(story)):
            shared += c.kind == "shared"
            if not c.conflict:
                continue
            flagged += 1
            print(f"#{k} {s.id}: {c.conflict}")
            for d, a, b in [(c.doc, c.start, c.end), *((x.doc, x.start, x.end) for x in c.sources)]:
                print(f"    [{d}] {docs[d].text[a:b][:110]}")
    print(f"{flagged} conflicts among {shared} shared claims")


def speed(data: Path, ners: list[str], limit: int | None, closed: frozenset[str] = frozenset()) -> None:
    """The speed table over the stories of `data` but those of `closed`."""
    from newsbrief import segment
    from newsbrief.analyze import analyze, find_entities
    from newsbrief.analyze.quotes import extract
    from newsbrief.ingest.stories import StoryRecord, iter_stories
    from newsbrief.model import RawDoc, Story
    from newsbrief.pipeline import brief

    stories = [s for s in iter_stories(data) if isinstance(s, StoryRecord) and s.id not in closed][:limit]

    def raws(s: StoryRecord) -> list[RawDoc]:
        return [RawDoc(id=str(i), source=f"{s.id}#{i}", raw=d) for i, d in enumerate(s.documents)]

    for ner in ners:  # warm-up: imports, gazetteers, the spaCy model
        brief(raws=raws(stories[0]), ner=ner)
    base: list[float] = []
    base_cpu: list[float] = []
    stage: dict[str, list[float]] = {n: [] for n in ners}
    parts: dict[str, list[float]] = {"entities": [], "quotes": [], "agreement": []}
    chars: list[int] = []
    for s in stories:
        t, c = time.perf_counter(), time.process_time()
        b = brief(raws=raws(s), analysis=False)
        base.append((time.perf_counter() - t) * 1000)
        base_cpu.append((time.process_time() - c) * 1000)
        chars.append(sum(len(d.text) for d in b.documents))
        docs = b.documents
        for ner in ners:
            # a fresh Story: the analysis pays for its own sentence vectors (an upper bound; in the
            # pipeline the summarizer has usually built them already)
            story = Story(docs, segment.split_all(docs))
            t = time.perf_counter()
            analyze(story, ner=ner)
            stage[ner].append((time.perf_counter() - t) * 1000)
        # the rules path part by part, in CPU time (steadier than wall time on a shared machine)
        story = Story(docs, segment.split_all(docs))
        c = time.process_time()
        ents = find_entities(story, "rules")
        c1 = time.process_time()
        extract(story.documents, story.sentences, ents)
        c2 = time.process_time()
        agreement.find_claims(story, ents)
        c3 = time.process_time()
        parts["entities"].append((c1 - c) * 1000)
        parts["quotes"].append((c2 - c1) * 1000)
        parts["agreement"].append((c3 - c2) * 1000)
    print(
        f"\nSpeed: {len(stories)} stories from {data.name} "
        f"(median {statistics.median(chars):.0f} clean chars)"
    )
    print(f"{'':34}{'median ms':>12}{'p90 ms':>10}")
    print(f"{'core brief without analysis':34}{statistics.median(base):12.1f}{_p90(base):10.1f}")
    for ner in ners:
        name = "core rules" if ner == "rules" else "spaCy"
        print(f"{'analysis added, ' + name:34}{statistics.median(stage[ner]):12.1f}{_p90(stage[ner]):10.1f}")
    print(f"\n{'CPU time (process_time)':34}{'median ms':>12}{'p90 ms':>10}")
    print(f"{'core brief without analysis':34}{statistics.median(base_cpu):12.1f}{_p90(base_cpu):10.1f}")
    rules_path = [a + b for a, b in zip(parts["entities"], parts["quotes"], strict=True)]
    for name, values in [*parts.items(), ("rules path: entities + quotes", rules_path)]:
        print(f"{name:34}{statistics.median(values):12.1f}{_p90(values):10.1f}")


def _p90(values: list[float]) -> float:
    v = sorted(values)
    return v[int(0.9 * (len(v) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=os.environ.get("NEWSBRIEF_SHARED", str(ROOT.parent / "shared")))
    ap.add_argument(
        "--labels",
        nargs="+",
        default=[
            str(ROOT / "bench/labels/analysis.json"),
            str(ROOT / "bench/labels/heldout.json"),
            str(ROOT / "bench/labels/frozen-unseen.json"),
        ],
        help="label files (default: the labelled set, the small held-out set, the frozen unseen set)",
    )
    ap.add_argument("--limit", type=int, default=None, help="stories timed (default: all 100)")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--sweep", action="store_true", help="agreement threshold sweep")
    ap.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    ap.add_argument("--evidence", action="store_true", help="speaker precision per rule and kind of evidence")
    ap.add_argument("--rules-only", action="store_true", help="score the core rules only (no spaCy columns)")
    ap.add_argument("--conflicts", action="store_true", help="list the conflicts flagged on the dev stories")
    ap.add_argument(
        "--rule-table",
        action="store_true",
        help="per entity rule, true/false mentions it adds per file; leave-one-file-out (entity_rules.py)",
    )
    ap.add_argument(
        "--closed",
        type=Path,
        help="a file of story ids (one a line) left out of the label files, --conflicts and the speed run",
    )
    args = ap.parse_args()
    closed = labels.closed_ids(ap, args.closed)
    shared = Path(args.shared)
    if not (shared / "data").exists():
        sys.exit(f"bench_analysis: no shared data at {shared}")
    ners = ["rules"] + (["spacy", "spacy-only"] if ner_backend("auto") == "spacy" else [])
    if args.rules_only:
        ners = ["rules"]
    elif len(ners) == 1:
        print("(spaCy or its English model is not installed: core rules only)")
    per_file = {}
    prepared = []
    for path in args.labels:
        print(f"\n=== {Path(path).name} ===")
        stories = [s for s in labels.load(Path(path), shared) if s.id not in closed]
        if args.rule_table:
            prepared.append(entity_rules.prepare(Path(path).name, stories))
        per_file[Path(path).name] = accuracy(stories, ners, args.errors, args.evidence)["rules"]
        if args.sweep:
            sweep(stories)
    if len(per_file) > 1:
        pooled(per_file)
    if prepared:
        entity_rules.table(prepared)
    if args.conflicts:
        conflicts(shared / "data" / "longbench-multinews-dev.jsonl", args.limit, closed)
    if not args.no_speed:
        speed(
            shared / "data" / "longbench-multinews-dev.jsonl",
            [n for n in ners if n != "spacy-only"],
            args.limit,
            closed,
        )


if __name__ == "__main__":
    main()
