"""Checks that every span of a labels file still points at the text it was labelled on.

    python bench/labels/check_labels.py [--shared ../shared] [FILE ...]   (default: frozen2-unseen.json)

For each document: the stored length equals the original's, every entity, quote, speaker and term
span lies inside the text and its hash (`label_scoring.span_hash`) matches, entity kinds are known,
entities do not overlap one another, and no term crosses a quote (one inside the other is fine).
Prints every problem and the counts; exits 1 when any file has a problem, so a labels file that
drifted from the shared data is caught.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import label_scoring  # noqa: E402

KINDS = ("person", "organization", "place")


def _cross(a: tuple[int, int] | list[int], b: tuple[int, int] | list[int]) -> bool:
    """Overlap without one holding the other (a title inside a quote is fine)."""
    inside = (a[0] >= b[0] and a[1] <= b[1]) or (b[0] >= a[0] and b[1] <= a[1])
    return a[0] < b[1] and b[0] < a[1] and not inside


def _doc_problems(original: str, d: dict) -> list[str]:
    out: list[str] = []

    def span(s: int, e: int, h: str, what: str) -> None:
        if not 0 <= s < e <= len(original):
            out.append(f"{what} [{s}, {e}] outside the text")
        elif label_scoring.span_hash(original[s:e]) != h:
            out.append(f"{what} [{s}, {e}] hash mismatch")

    if d["chars"] != len(original):
        out.append(f"chars {d['chars']} != {len(original)}")
    for s, e, kind, h in d["entities"]:
        span(s, e, h, f"entity {kind}")
        if kind not in KINDS:
            out.append(f"entity kind {kind!r}")
    ents = sorted((s, e) for s, e, _, _ in d["entities"])
    out += [f"entities overlap at {b}" for a, b in itertools.pairwise(ents) if b[0] < a[1]]
    for q in d["quotes"]:
        span(*q["span"], q["hash"], "quote")
        if "speaker_span" in q:
            span(*q["speaker_span"], q["speaker_hash"], "speaker")
        elif "speaker" not in q:
            out.append(f"quote {q['span']} has neither speaker nor speaker_span")
    for s, e, h in d["terms"]:
        span(s, e, h, "term")
        out += [f"term {[s, e]} crosses quote {q['span']}" for q in d["quotes"] if _cross((s, e), q["span"])]
    return out


def check(path: Path, shared: Path) -> int:
    data = json.loads(path.read_text(encoding="utf-8"))
    ids = {st["story"] for st in data["stories"]} - {"seeds"}
    rows = label_scoring._story_documents(shared / "data", ids)
    problems, kinds = 0, Counter()
    quotes = terms = docs = 0
    for st in data["stories"]:
        for d in st["docs"]:
            if st["story"] == "seeds":
                original = (shared / "seeds" / d["ref"]).read_bytes().decode("utf-8")
            else:
                original = rows[st["story"]][d["ref"]]
            for p in _doc_problems(original, d):
                print(f"{path.name}: {st['story']} doc {d['ref']}: {p}")
                problems += 1
            docs += 1
            quotes += len(d["quotes"])
            terms += len(d["terms"])
            kinds.update(kind for _, _, kind, _ in d["entities"])
    ents = ", ".join(f"{kinds[k]} {k}" for k in KINDS)
    print(
        f"{path.name}: {docs} documents in {len(data['stories'])} stories, {quotes} quotes, {terms} terms, "
        f"{sum(kinds.values())} entity mentions ({ents}); problems: {problems}"
    )
    return problems


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(HERE.parents[2] / "shared"))
    ap.add_argument("files", nargs="*", default=[str(HERE / "frozen2-unseen.json")])
    args = ap.parse_args()
    shared = Path(args.shared)
    if not (shared / "data").exists():
        sys.exit(f"check_labels: no shared data at {shared}")
    bad = sum(check(Path(f), shared) > 0 for f in args.files)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
