"""Unlabelled dev articles with each found quote's speaker marked in the text, for judging by reading.

    python bench/read_speakers.py [--shared ../shared] [--seed 13] [--articles 16] [--not-seed N] [--wire]
                                  [--json OUT [--everything]]
    python bench/read_speakers.py --diff START.json END.json

The articles are drawn, one a story, with `random.Random(seed)` from the DUC 2003, DUC 2006, MultiLing 2011
English and LongBench dev files: at most 8,000 characters, at least 4 quotations of 4+ words, held by no
labels file, and never from a story of a frozen set (`frozen_stories`: the stories that
`bench/labels/frozen9_selection.py`, `frozen10_selection.py`, `align_frozen8_selection.py`,
`align_candidates.py --set frozen7` and `context2_selection.py --set frozen4` draw, derived by running
their draws, which read the article ids of the labels files they were drawn against as the label tests
do; nothing is scored). `--wire` draws from DUC 2003, DUC 2006 and MultiLing only. Each story is
analysed whole, as a brief would, so a speaker agreed across its articles shows. Each quote is marked
after its closing mark as `⟦n → speaker · rule⟧` (`?` when it is speech without a speaker; the rule is the
attribution rule, then `>` and the speaker rule when another one named the speaker:
`said-after>family-surname`), so a reader judges it right, wrong or unattributed-though-evident.

`--json` writes every quote's speaker and rule (story, document, offsets) over all eligible articles,
not only the drawn ones (with `--everything`, over every article of the four files outside the frozen
stories, labelled or not); `--diff` lists the quotes whose speaker differs between two such files, so a
change of the rules can be read where it moves something, on text no label file holds. Run the start code
with `PYTHONPATH=/path/to/start/src`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
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
FROZEN_FILES = (
    "align-frozen7.json", "align-frozen8.json", "frozen9-unseen.json", "frozen10-unseen.json",
    "frozen11-unseen.json", "context-frozen4.json",
)  # fmt: skip
# frozen sets drawn by hand-run selections whose story ids are read from the labels file itself (the "story"
# keys only, no labelled text): session 49 found a fresh read drawing other articles of their stories
FROZEN_BY_IDS = (
    "speakers-frozen36.json", "caseless-frozen35.json", "terms-frozen38.json", "entities-frozen35.json",
    "entities-frozen37.json", "caseless-entities-frozen35.json", "conflicts-frozen54.json",
    "caseless-entities-frozen56.json", "caseless-entities-fresh57.json", "caseless-entities-fresh58.json",
    "speakers-fresh56.json", "speakers-fresh57.json", "speakers-fresh58.json", "speakers-fresh59.json",
    "caseless-entities-fresh59.json", "caseless-entities-fresh60.json", "speakers-fresh60.json",
)  # fmt: skip


def stories_of_labels(names: tuple[str, ...]) -> set[str]:
    """The story ids of these labels files (their "story" keys only)."""
    out: set[str] = set()
    for name in names:
        rows = json.loads((HERE / "labels" / name).read_text(encoding="utf-8"))["stories"]
        out |= {row["story"] for row in rows}
    return out


def cache_key(shared: Path, own: bytes | None = None) -> str:
    """The key `frozen_stories` keeps its answer under: the selection scripts' source, the labels files'
    names, the data folder, and this script's own source (`own`, read from the file by default), which
    holds FROZEN_FILES and the list of draws (session 28's frozen11 draw changed only this file, and the
    answer kept from before it went on being read; session 29's review, M4)."""
    labels = HERE / "labels"
    digest = hashlib.sha256()
    for path in sorted(labels.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update("\0".join(sorted(p.name for p in labels.glob("*.json"))).encode())
    digest.update(str(shared.resolve()).encode())
    digest.update(b"\0" + (Path(__file__).read_bytes() if own is None else own))
    return digest.hexdigest()[:20]


def frozen_stories(shared: Path) -> frozenset[str]:
    """Every story of a frozen set, as the selection scripts draw it: `frozen9_selection.py`,
    `frozen10_selection.py`, `frozen11_selection.py` (session 28), `align_frozen8_selection.py`,
    `align_candidates.py`'s frozen7 draw and
    `context2_selection.py`'s frozen4 draw (the draws read the labels files they were drawn against, as the
    label tests do), and the story ids of FROZEN_BY_IDS's files (no labelled text is read). A new frozen set
    adds its draw or its file here. The draws
    take minutes, so the answer is kept in the temporary folder under `cache_key`."""
    labels = HERE / "labels"
    cache = Path(tempfile.gettempdir()) / f"newsbrief-frozen-stories-{cache_key(shared)}.json"
    if cache.exists():
        return frozenset(json.loads(cache.read_text(encoding="utf-8")))
    import align_candidates
    import align_frozen8_selection
    import context2_selection
    import frozen9_selection as f9
    import frozen10_selection as f10
    import frozen11_selection as f11
    from frozen3_selection import labelled_texts
    from frozen8_selection import used_articles as used_of

    data = shared / "data"

    def rows(name: str) -> list[dict]:
        return [json.loads(line) for line in (data / name).read_text(encoding="utf-8").splitlines() if line]

    out: set[str] = set()
    used = used_of(labels, f9.DRAWN_AGAINST)
    out |= {s for s, _ in f9.draw(rows(f9.DUC2003), rows(f9.MULTILING), used, labelled_texts(data, used))}
    used, later = used_of(labels, f10.DRAWN_AGAINST), used_of(labels, f10.LANDED_MEANWHILE)
    duc2006 = rows("duc2006-dev.jsonl")
    drawn = f10.draw(duc2006, used, labelled_texts(data, used), later, labelled_texts(data, later))
    out |= {s for s, _ in drawn}
    used = used_of(labels, f11.DRAWN_AGAINST)
    out |= {s for s, _ in f11.draw(duc2006, used, labelled_texts(data, used))}
    out |= {item[1]["id"] for item in align_frozen8_selection.draw(shared)}
    out |= {item[1]["id"] for item in align_candidates.frozen7_stories(shared)}
    out |= {sid for _, sid, _ in context2_selection.draw_fourth(shared)}
    out |= stories_of_labels(FROZEN_BY_IDS)
    cache.write_text(json.dumps(sorted(out)), encoding="utf-8")
    return frozenset(out)


def tuning_files() -> tuple[str, ...]:
    return tuple(sorted(p.name for p in (HERE / "labels").glob("*.json") if p.name not in FROZEN_FILES))


def stories(shared: Path) -> list[dict]:
    """The rows of the four files outside every frozen set's stories."""
    frozen = frozen_stories(shared)
    rows = []
    for name in FILES:
        for line in (shared / "data" / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and (row := json.loads(line))["id"] not in frozen:
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
    found, _ = attributed(story.documents, story.sentences, ents, story.caseless)
    kept = [k for k in range(len(row["documents"])) if k not in {i for i, _ in story.left_out}]
    out: dict[int, tuple[str, list]] = {k: (story.documents[d].text, []) for d, k in enumerate(kept)}
    for d, q in found:
        out[kept[d]][1].append((q.start, q.end, q.speaker, rule_shown(q.rule, q.speaker_rule)))
    return out


def rule_shown(rule: str, speaker_rule: str | None) -> str:
    """The attribution rule, and the speaker rule after ">" when another one named the speaker
    ("said-after>family-surname")."""
    return rule if speaker_rule in (None, rule) else f"{rule}>{speaker_rule}"


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
