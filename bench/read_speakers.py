"""Unlabelled dev articles with each found quote's speaker marked in the text, for judging by reading.

    python bench/read_speakers.py [--shared ../shared] [--seed 13] [--articles 16] [--not-seed N] [--json OUT]
    python bench/read_speakers.py --diff START.json END.json

The articles are drawn, one a story, with `random.Random(seed)` from the DUC 2003, DUC 2006, MultiLing 2011
English and LongBench dev files: at most 8,000 characters, at least 4 quotations of 4+ words, held by no
labels file, and never from a story of a frozen set (`FROZEN_STORIES`: the stories that
`bench/labels/frozen9_selection.py`, `frozen10_selection.py`, `align_frozen8_selection.py`,
`align_candidates.py --set frozen7` and `context2_selection.py --set frozen4` name; this script opens no
frozen labels file). Each story is analysed whole, as a brief would, so a speaker agreed across its
articles shows. Each quote is marked after its closing mark as `⟦n → speaker · rule⟧` (`?` when it is
speech without a speaker), so a reader judges it right, wrong or unattributed-though-evident.

`--json` writes every quote's speaker and rule (story, document, offsets) over all eligible articles,
not only the drawn ones (with `--everything`, over every article of the four files outside the frozen
stories, labelled or not); `--diff` lists the quotes whose speaker differs between two such files, so a
change of the rules can be read where it moves something, on text no label file holds. Run the start code
with `PYTHONPATH=/path/to/start/src`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "labels"))

from frozen3_selection import quotations  # noqa: E402
from frozen8_selection import used_articles  # noqa: E402

from newsbrief.analyze import find_entities  # noqa: E402
from newsbrief.analyze.quotes import attributed  # noqa: E402
from newsbrief.ingest.stories import StoryRecord, record_to_raws  # noqa: E402
from newsbrief.pipeline import prepare_story  # noqa: E402

FILES = (
    "duc2003-task2-dev.jsonl",
    "duc2006-dev.jsonl",
    "multiling2011-en-dev.jsonl",
    "longbench-multinews-dev.jsonl",
)
MAX_CHARS, MIN_QUOTATIONS = 8000, 4
# every story of a frozen set (see the module docstring): none of their articles is ever drawn or written.
# A hand copy, as of session 13, of the stories the *_selection.py scripts (and align_candidates.py) name:
# a frozen set chosen later must be added here by hand
FROZEN_STORIES = frozenset(
    [f"duc2003-task2-{t}" for t in (
        "d30003t", "d30005t", "d30010t", "d30012t", "d30016t", "d30028t", "d30040t", "d30056t", "d31001t",
        "d31009t", "d31013t", "d31022t", "d31031t", "d31033t", "d31041t", "d31050t",
    )]
    + [f"multiling2011-english-M00{k}" for k in (1, 2, 5, 7, 9)]
    + [f"duc2006-D06{t}" for t in (
        "01A", "03C", "04D", "05E", "06F", "08H", "10A", "11B", "13D", "15F", "16G", "18I", "20B", "21C",
        "22D", "23E", "24F", "26H", "27I", "29B", "30C", "31D", "32E", "33F", "34G", "36I", "39C", "40D",
        "41E", "42F", "43G", "44H", "45I", "46A", "47B", "48C", "49D", "50E",
    )]
    + [f"longbench-multi_news-{h}" for h in (
        "7c4df519e75e117bb448122ca241a3375f4cdf97025e22fc",
        "30546aafe4821ca55d852a55484d41f5e4bf82f1247e91f3",
        "3a7faeaefe15b8c33d9120f97591dfdad212b0778e2b830b",
    )]
)  # fmt: skip
FROZEN_FILES = (
    "align-frozen7.json", "align-frozen8.json", "frozen9-unseen.json", "frozen10-unseen.json",
    "context-frozen4.json",
)  # fmt: skip


def tuning_files() -> tuple[str, ...]:
    return tuple(sorted(p.name for p in (HERE / "labels").glob("*.json") if p.name not in FROZEN_FILES))


def stories(shared: Path) -> list[dict]:
    rows = []
    for name in FILES:
        for line in (shared / "data" / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and (row := json.loads(line))["id"] not in FROZEN_STORIES:
                rows.append(row)
    return rows


def eligible(rows: list[dict]) -> dict[str, list[int]]:
    """Story id -> its articles no labels file holds, short enough and with quotations enough."""
    used = used_articles(HERE / "labels", tuning_files())
    out = {}
    for r in rows:
        docs = [
            j
            for j, t in enumerate(r["documents"])
            if j not in used.get(r["id"], ())
            and len(t) <= MAX_CHARS
            and quotations(t.replace("NEWLINE_CHAR", "\n")) >= MIN_QUOTATIONS
        ]
        if docs:
            out[r["id"]] = docs
    return out


def analysed(row: dict) -> dict[int, tuple[str, list[tuple[int, int, str | None, str]]]]:
    """Document index in the row -> (its clean text, its speech quotes as (start, end, speaker, rule))."""
    meta = {k: v for k, v in row.items() if k == "doc_ids"}
    record = StoryRecord(row["id"], tuple(row["documents"]), (), meta)
    story = prepare_story(record_to_raws(record))
    ents = find_entities(story)
    found, _ = attributed(story.documents, story.sentences, ents)
    kept = [k for k in range(len(row["documents"])) if k not in {i for i, _ in story.left_out}]
    out: dict[int, tuple[str, list]] = {k: (story.documents[d].text, []) for d, k in enumerate(kept)}
    for d, q in found:
        out[kept[d]][1].append((q.start, q.end, q.speaker, q.rule))
    return out


def marked(text: str, quotes: list[tuple[int, int, str | None, str]]) -> str:
    parts, at = [], 0
    for n, (_, e, speaker, rule) in enumerate(sorted(quotes), 1):
        close = e + 1 if text[e : e + 1] in "\"”’'" else e
        parts += [text[at:close], f" ⟦{n} → {speaker or '?'} · {rule}⟧"]
        at = close
    return "".join([*parts, text[at:]])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=HERE.parents[1] / ".." / "shared")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--articles", type=int, default=16)
    ap.add_argument("--not-seed", type=int, action="append", default=[], help="leave out that seed's draw")
    ap.add_argument("--json", type=Path, help="write every eligible article's quotes here instead")
    ap.add_argument(
        "--everything", action="store_true", help="with --json: every article outside the frozen stories"
    )
    ap.add_argument("--diff", type=Path, nargs=2, metavar=("START", "END"))
    ap.add_argument(
        "--wire", action="store_true", help="draw from the wire files only (DUC 2003, DUC 2006, MultiLing)"
    )
    args = ap.parse_args()
    if args.diff:
        diff(*args.diff)
        return
    rows = stories(args.shared)
    by_id = {r["id"]: r for r in rows}
    cands = eligible(rows)
    if args.everything:
        cands = {r["id"]: list(range(len(r["documents"]))) for r in rows}
    if args.json:
        out = {}
        for sid in sorted(cands):
            res = analysed(by_id[sid])
            for j in cands[sid]:
                if j in res:
                    text = res[j][0]
                    out[f"{sid}/{j}"] = [
                        [s, e, who, rule, " ".join(text[max(0, s - 300) : e + 150].split())]
                        for s, e, who, rule in res[j][1]
                    ]
        args.json.write_text(json.dumps(out, indent=0, sort_keys=True), encoding="utf-8")
        return
    for seed in args.not_seed:
        for sid, j in draw({s: c for s, c in cands.items() if c}, seed, args.articles):
            cands[sid] = [k for k in cands[sid] if k != j]
    # --wire leaves LongBench out after the --not-seed draws, which were made over all four files
    picks = draw(
        {s: c for s, c in cands.items() if c and not (args.wire and s.startswith("longbench"))},
        args.seed,
        args.articles,
    )
    for sid, j in picks:
        text, quotes = analysed(by_id[sid])[j]
        print(f"===== {sid}/{j} ({len(quotes)} quotes)\n{marked(text, quotes)}\n")


def draw(cands: dict[str, list[int]], seed: int, articles: int) -> list[tuple[str, int]]:
    """One article a story, stories and articles in a `Random(seed)` order, the first `articles`."""
    rng = random.Random(seed)
    order = rng.sample(sorted(cands), len(cands))
    return [(sid, rng.choice(cands[sid])) for sid in order][:articles]


def diff(start: Path, end: Path) -> None:
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (start, end))
    moved = 0
    for key in sorted(set(a) | set(b)):
        qa = {(s, e): (who, rule, ctx) for s, e, who, rule, ctx in a.get(key, [])}
        qb = {(s, e): (who, rule, ctx) for s, e, who, rule, ctx in b.get(key, [])}
        for span in sorted(set(qa) | set(qb)):
            was, now = qa.get(span), qb.get(span)
            if (was and was[0]) != (now and now[0]) or (was is None) != (now is None):
                moved += 1
                print(f"{key} {span}: {was[:2] if was else 'no quote'} -> {now[:2] if now else 'no quote'}")
                print("   ", (now or was)[2])
    print(moved, "quotes moved")


if __name__ == "__main__":
    main()
