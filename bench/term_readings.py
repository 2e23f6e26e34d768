"""Quote detection scored under two readings of the labelled "terms" (short quoted phrases).

    python bench/term_readings.py [--shared ../shared] [--labels FILE ...] [--check] [--errors]
                                  [--closed FILE]

The tuning label files call a quoted phrase of three words or fewer a "term" when it is not a full
quotation, whether or not its sentence says who said it. Issue 15 counts a speaker's words inside a
sentence as speech ("called the ruling "disgusting""). `bench/labels/term-readings.json` states the
convention (its "convention" text: speech when the sentence attributes the words to someone, a term when
the phrase names a thing or coins a name) and lists, by label file, story, document ref and offsets, the
labelled terms that are speech by it, with their speakers, and the ones a reader could not decide
("unsure", left as terms). This script scores the core rules on each file twice:

  labels      the files as they are (what bench_analysis.py reports)
  convention  the listed terms moved to the quotes with their speakers; every other term stays a term

and prints, per reading, span P/R/F1, quote+speaker P/R/F1 and the terms reported as speech, per file and
pooled. `--check` only verifies that every listed entry is a labelled term of its file (no shared data
needed) and that no frozen file is named. Label offsets only: no text of the articles is stored.
`--closed FILE` (story ids, one a line, as bench_analysis.py's) leaves those stories out of every score and
of --errors (a tuning file may hold articles of a closed story).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

import label_scoring as labels

ROOT = Path(__file__).resolve().parents[1]
READINGS = ROOT / "bench" / "labels" / "term-readings.json"
FROZEN = frozenset(
    [
        "align-frozen7.json",
        "align-frozen8.json",
        "frozen9-unseen.json",
        "frozen10-unseen.json",
        "frozen11-unseen.json",
        "context-frozen4.json",
    ]
)
TUNING_CASED = (
    "analysis.json", "heldout.json", "frozen-unseen.json", "frozen3-unseen.json", "frozen4-unseen.json",
    "frozen5-unseen.json", "frozen6-unseen.json", "frozen7-unseen.json", "frozen8-unseen.json",
)  # fmt: skip

Key = tuple[str, str, str, int, int]  # label file, story, doc ref, start, end


def readings(path: Path = READINGS) -> tuple[dict[Key, str], dict[Key, str]]:
    """The convention's speech terms (key -> speaker) and the unsure ones (key -> why)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    speech = {(f, st, str(ref), s, e): who for f, st, ref, s, e, who in data["speech"]}
    unsure = {(f, st, str(ref), s, e): why for f, st, ref, s, e, why in data["unsure"]}
    return speech, unsure


def check(path: Path = READINGS, label_dir: Path = ROOT / "bench" / "labels") -> list[str]:
    """Problems with the readings file: an entry that is no labelled term of its file, a frozen file
    named, an entry listed twice. Empty when all is well."""
    speech, unsure = readings(path)
    problems = [f"listed twice: {k}" for k in speech.keys() & unsure.keys()]
    terms: dict[str, set[Key]] = {}
    for key in [*speech, *unsure]:
        name = key[0]
        if name in FROZEN:
            problems.append(f"frozen file named: {key}")
            continue
        if name not in terms:
            data = json.loads((label_dir / name).read_text(encoding="utf-8"))
            terms[name] = {
                (name, st["story"], str(d["ref"]), s, e)
                for st in data["stories"]
                for d in st["docs"]
                for s, e, _ in d["terms"]
            }
        if key not in terms[name]:
            problems.append(f"not a labelled term: {key}")
    return problems


def convention(
    name: str, stories: list[labels.LabelledStory], speech: dict[Key, str]
) -> list[labels.LabelledStory]:
    """The stories with the convention's speech terms moved to the quotes (with their speakers)."""
    out = []
    for st in stories:
        docs = []
        for d in st.docs:
            moved = {
                (s, e): speech[k] for s, e in d.terms if (k := (name, st.id, str(d.ref), s, e)) in speech
            }
            docs.append(
                replace(
                    d,
                    quotes=[*d.quotes, *((s, e, who) for (s, e), who in moved.items())],
                    terms=[t for t in d.terms if t not in moved],
                )
            )
        out.append(replace(st, docs=docs))
    return out


def _prf(p: labels.PRF) -> str:
    return f"{p.precision:.3f}/{p.recall:.3f}/{p.f1:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--labels", nargs="+", default=[str(ROOT / "bench" / "labels" / n) for n in TUNING_CASED])
    ap.add_argument("--check", action="store_true", help="only check the readings file against the labels")
    ap.add_argument(
        "--errors", action="store_true", help="list the convention reading's quote errors (context included)"
    )
    ap.add_argument("--closed", type=Path, help="a file of story ids (one a line) left out of every score")
    args = ap.parse_args()
    problems = check()
    for p in problems:
        print(p)
    if args.check or problems:
        sys.exit(1 if problems else 0)
    speech, unsure = readings()
    closed = labels.closed_ids(ap, args.closed)
    print(f"{len(speech)} labelled terms are speech by the convention, {len(unsure)} unsure (left as terms)")
    print(f"{'file':22}{'reading':>12}{'span P/R/F1':>20}{'quote+speaker P/R/F1':>24}{'terms as speech':>18}")
    pooled = {r: labels.Scores() for r in ("labels", "convention")}
    errors: list[str] = []
    for path in args.labels:
        name = Path(path).name
        if name in FROZEN:
            sys.exit(f"term_readings: {name} is frozen")
        stories = [st for st in labels.load(Path(path), Path(args.shared)) if st.id not in closed]
        for reading, sts in (("labels", stories), ("convention", convention(name, stories, speech))):
            r = labels.evaluate(sts, "rules")
            print(
                f"{name:22}{reading:>12}{_prf(r.quote_spans):>20}{_prf(r.quote_speakers):>24}"
                f"{f'{r.terms_as_speech}/{r.terms_total}':>18}"
            )
            if args.errors and reading == "convention":
                errors.extend(e for e in r.errors if " quote " in e or " speaker: " in e)
            t = pooled[reading]
            t.quote_spans.add(r.quote_spans)
            t.quote_speakers.add(r.quote_speakers)
            t.terms_as_speech += r.terms_as_speech
            t.terms_total += r.terms_total
    for reading, t in pooled.items():
        print(
            f"{'all':22}{reading:>12}{_prf(t.quote_spans):>20}{_prf(t.quote_speakers):>24}"
            f"{f'{t.terms_as_speech}/{t.terms_total}':>18}"
        )
    if errors:
        print("\n--- convention reading, quote errors (rules) ---")
        print("\n".join(errors))


if __name__ == "__main__":
    main()
