"""Checks that an alignment labels file (`align-*.json`) still points at the text it was labelled on.

    python bench/labels/check_align_labels.py [--shared ../shared] [FILE ...]   (default: every align-*.json)

For each story: the id is the one on its `line` of its data file (the story's `data`, else the
file's; a story with `docs` is those documents of the row, in that order); for each pair: both spans lie
inside their document and their hashes (`label_scoring.span_hash`) match, the two sentences come
from different documents, the label is known, `partial`/`within` appear only together and only on
quote/fact pairs, and no pair is labelled twice. Prints every problem and the counts per label
(the README's table); exits 1 when any file has a problem. It reads no method output and scores
nothing, so it may be run on a frozen file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from label_scoring import span_hash  # noqa: E402

LABELS = ("quote", "fact", "conflict", "related", "unrelated")


def _pair_problems(docs: list[str], p: dict) -> list[str]:
    out: list[str] = []
    for side in ("a", "b"):
        d, s, e, h = p[side]
        if not 0 <= d < len(docs):
            out.append(f"{side}: no document {d}")
        elif not 0 <= s < e <= len(docs[d]):
            out.append(f"{side} [{s}, {e}] outside document {d}")
        elif span_hash(docs[d][s:e]) != h:
            out.append(f"{side} [{s}, {e}] of document {d}: hash mismatch")
    if p["a"][0] == p["b"][0]:
        out.append("both sentences from one document")
    if p["label"] not in LABELS:
        out.append(f"label {p['label']!r}")
    if ("partial" in p) != ("within" in p):
        out.append("partial without within or within without partial")
    partial_ok = p.get("partial") is True and p.get("within") in ("a", "b")
    if "partial" in p and p["label"] not in ("quote", "fact"):
        partial_ok = False
    if "partial" in p and not partial_ok:
        out.append(f"partial/within {p.get('partial')!r}/{p.get('within')!r} on a {p['label']} pair")
    return out


def story_documents(data: dict, story: dict, shared: Path) -> tuple[str, list[str]] | None:
    """(id on the story's line, its documents) from the story's data file (`data` of the story, else
    of the file), only the documents of `docs` when the story lists them; None for no such line."""
    name = story.get("data", data.get("data", "longbench-multinews-dev.jsonl"))
    with open(shared / "data" / name, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if n == story["line"]:
                row = json.loads(line)
                docs = row["documents"]
                if "docs" in story:
                    if not all(0 <= i < len(docs) for i in story["docs"]):
                        return None
                    docs = [docs[i] for i in story["docs"]]
                return row["id"], docs
    return None


def check(path: Path, shared: Path) -> tuple[int, Counter[str]]:
    """(problems, counts) for one labels file; prints each problem."""
    data = json.loads(path.read_text(encoding="utf-8"))
    problems, counts = 0, Counter()
    for st in data["stories"]:
        found_story = story_documents(data, st, shared) if st["line"] > 0 else None
        if found_story is None or found_story[0] != st["story"]:
            print(f"{path.name}: line {st['line']}: not story {st['story']}")
            problems += 1
            continue
        documents = found_story[1]
        seen: set[tuple[tuple[int, int, int], ...]] = set()
        for p in st["pairs"]:
            key = tuple(sorted((tuple(p["a"][:3]), tuple(p["b"][:3]))))
            found = _pair_problems(documents, p) + (["labelled twice"] if key in seen else [])
            seen.add(key)
            for msg in found:
                print(f"{path.name}: line {st['line']} pair {p['a'][:3]} / {p['b'][:3]}: {msg}")
            problems += len(found)
            counts[p["label"]] += 1
            counts["partial"] += bool(p.get("partial"))
            counts["reader"] += p.get("stratum") == "reader"
            counts["pairs"] += 1
        counts["stories"] += 1
    table = ", ".join(f"{counts[k]} {k}" for k in LABELS)
    print(
        f"{path.name}: {counts['stories']} stories, {counts['pairs']} pairs ({table}; "
        f"{counts['partial']} partial, {counts['reader']} reader); problems: {problems}"
    )
    return problems, counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(HERE.parents[2] / "shared"))
    ap.add_argument("files", nargs="*", default=[str(p) for p in sorted(HERE.glob("align-*.json"))])
    args = ap.parse_args()
    shared = Path(args.shared)
    if not (shared / "data").exists():
        sys.exit(f"check_align_labels: no shared data at {shared}")
    bad = sum(check(Path(f), shared)[0] > 0 for f in args.files)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
