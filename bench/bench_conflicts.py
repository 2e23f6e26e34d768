"""Conflict links on drawn stories, listed and scored against hand labels (issue 14, conflict precision).

    python bench/bench_conflicts.py --draw SEED --stories N [--exclude FILE ...] [--write FILE]
    python bench/bench_conflicts.py --labels bench/labels/conflicts-tune54.json [--no-text] [--rules]
    (both: [--shared ../shared] [--data NAME])

`bench_align.py` scores labelled sentence pairs a person chose; this bench scores every conflict link the
aligner makes on whole stories nobody chose, so it measures conflict precision on unseen text (recall is
not measured: a missed conflict is read elsewhere).
`--draw`: the population is the stories of `--data` (default the Multi-News+ training file) in which two
documents write one word within three words after two different numbers ("12 officers" / "16 police
officers"; `counted_apart`: a conflict needs that, and only ~2 in 5 training stories have it), in file
order, less the stories of the `--exclude` label files and of `--skip` (a file of ids);
`random.Random(SEED).sample` orders it and the first N are drawn (0: all). Every `conflict` link of
`newsbrief.align.align` on them is listed (story, doc/offsets of both sentences, values, rule), and
`--write FILE` stores the draw as a label file whose links are labelled "?", to be labelled by hand.
`--labels`: the label files' stories are run again and each conflict link is matched to a labelled link
(the same two sentences); printed per file and pooled: right / false / unlabelled links (a link the
labels do not hold: read it and add it), precision right / (right + false), and the labelled links
no longer made. A link labelled "missed" is a real conflict the aligner did not make when the set was
labelled (found by reading both articles: `conflicts-fresh57.json`): made now, it counts as right; not
made, as missed; recall is right / (right + missed + right links no longer made), on the sets that
label misses (the others' recall is not measured). `--no-text` prints no article text (a frozen file
scored blind), `--rules` a row per rule (right / false / unlabelled).
Label file: {"data", "seed", "stories": [{"story": id, "links": [{"a": [doc, start, end, hash], "b": [...],
"label": "right" | "false" | "missed" | "?", "note"}]}, ...] in draw order}; a story may name its own
"data" file (a set pooled from several draws: `conflicts-tune55.json`); offsets index the ORIGINAL document
text with `label_scoring.span_hash` as the drift check, never the text. Right: the two outlets really
give different values for one slot at one moment.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from label_scoring import Aligner, span_hash

from newsbrief import segment
from newsbrief.align import align
from newsbrief.clean import clean
from newsbrief.model import RawDoc, Story

ROOT = Path(__file__).resolve().parents[1]
TRAIN = "multinews-plus-train.jsonl.gz"
# a number (digits, a currency, a number word) and the one to three words after it
_COUNTED = re.compile(
    r"(\$\s?)?\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds"
    r"|thousands|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million"
    r"|billion)\b((?:\W+[A-Za-z-]+){1,3})",
    re.IGNORECASE,
)
# words after a number that name no counted thing of their own (function words, units of time)
_NOT_COUNTED = frozenset(
    re.findall(
        r"\S+",
        "the and for with that was were are has had have who from said his her its their this than more about"
        " into after over per but not year years old percent p.m a.m times time",
    )
)


@dataclass
class Found:
    """One conflict link of a story: both sentences (doc, original start, end), values, rule."""

    story: str
    a: tuple[int, int, int]
    b: tuple[int, int, int]
    values: str
    rule: str
    texts: tuple[str, str]


@dataclass
class Tally:
    right: int = 0
    false: int = 0
    unlabelled: int = 0
    gone: int = 0
    gone_right: int = 0
    missed: int = 0
    drift: int = 0
    rules: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        """Pool another file's counts into this one."""
        for name in ("right", "false", "unlabelled", "gone", "gone_right", "missed", "drift"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.rules.update(other.rules)

    def line(self) -> str:
        made = self.right + self.false
        p = f"{self.right / made:.3f}" if made else "-"
        real = self.right + self.missed + self.gone_right
        r = f"; recall {self.right / real:.3f} (missed {self.missed})" if self.missed and real else ""
        return (
            f"precision {p} (right {self.right} / false {self.false}){r}; unlabelled {self.unlabelled}; "
            f"labelled but no longer made {self.gone}; drifted {self.drift}"
        )


def rows(path: Path) -> Iterator[dict[str, Any]]:
    """The JSONL rows of a data file, gzipped or not."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:  # type: ignore[operator]
        for line in f:
            yield json.loads(line)


def _counted(doc: str) -> dict[str, set[str]]:
    """Each word written within three words after a number (or "$" after a currency sign): its numbers."""
    out: dict[str, set[str]] = {}
    for m in _COUNTED.finditer(doc):
        words = {w.lower() for w in re.findall(r"[A-Za-z-]+", m.group(3)) if len(w) > 2} - _NOT_COUNTED
        for w in words | ({"$"} if m.group(1) else set()):
            out.setdefault(w, set()).add(m.group(2).lower())
    return out


def counted_apart(docs: list[str]) -> bool:
    """Two documents write one word after numbers that are not the same set: a conflict is possible."""
    seen = [_counted(d) for d in docs]
    return any(x[w] != y[w] for i, x in enumerate(seen) for y in seen[i + 1 :] for w in x.keys() & y.keys())


def population(path: Path, exclude: set[str]) -> list[str]:
    """Story ids of `path` whose documents pass `counted_apart`, in file order, less `exclude`."""
    return [r["id"] for r in rows(path) if r["id"] not in exclude and counted_apart(r["documents"])]


def story_of(docs: list[str], sid: str) -> Story:
    """The pipeline's own clean and segment stages over the original documents."""
    raws = [RawDoc(id=str(i), source=f"{sid}#{i}", raw=o) for i, o in enumerate(docs)]
    documents = tuple(clean(x) for x in raws)
    return Story(documents, segment.split_all(documents))


def conflicts(sid: str, docs: list[str]) -> tuple[Story, list[Found]]:
    """The story and its conflict links, each sentence mapped back to the original text (the clean
    offsets kept when a sentence cannot be found there, which the drift check then reports)."""
    story = story_of(docs, sid)
    back = [Aligner(d.text, o) for d, o in zip(story.documents, docs, strict=True)]
    sents = story.sentences
    out = []
    for k in align(story).links:
        if k.kind != "conflict":
            continue
        ends = []
        for i in (k.a, k.b):
            s = sents[i]
            span = back[s.doc].map_partial(s.start, s.end) or (s.start, s.end)
            ends.append((s.doc, *span))
        ev = {e.split(":", 1)[0]: e.split(":", 1)[1] for e in k.evidence if ":" in e}
        out.append(
            Found(
                sid,
                ends[0],
                ends[1],
                ev.get("values", ""),
                ev.get("rule", ""),
                (sents[k.a].text, sents[k.b].text),
            )
        )
    return story, out


def sentence_at(story: Story, doc: int, span: tuple[int, int]) -> int | None:
    """The pipeline sentence of `doc` that covers most of the clean `span` (at least half the shorter)."""
    best, where = 0, None
    for i, s in enumerate(story.sentences):
        inter = min(s.end, span[1]) - max(s.start, span[0])
        if s.doc == doc and inter > best and inter >= 0.5 * min(s.end - s.start, span[1] - span[0]):
            best, where = inter, i
    return where


def show(f: Found, text: bool, label: str = "") -> str:
    head = f"{f.story} {label}{f.rule} [{f.values}] a={list(f.a)} b={list(f.b)}"
    if not text:
        return head
    return f"{head}\n  A[{f.a[0]}] {f.texts[0]}\n  B[{f.b[0]}] {f.texts[1]}"


def draw(args: argparse.Namespace, data: Path) -> None:
    exclude: set[str] = set()
    for path in args.exclude:
        exclude.update(st["story"] for st in json.loads(path.read_text(encoding="utf-8"))["stories"])
    if args.skip:
        exclude.update(args.skip.read_text(encoding="utf-8").split())
    ids = population(data, exclude)
    picked = random.Random(args.draw).sample(ids, min(args.stories or len(ids), len(ids)))
    wanted = set(picked)
    out = {"data": data.name, "seed": args.draw, "stories": [{"story": sid, "links": []} for sid in picked]}
    if args.write:  # the draw first, so that another draw can --exclude it while this one runs
        args.write.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    docs = {r["id"]: r["documents"] for r in rows(data) if r["id"] in wanted}
    links = 0
    for row in out["stories"]:
        sid = row["story"]
        for f in conflicts(sid, docs[sid])[1]:
            print(show(f, not args.no_text), flush=True)
            d = docs[sid]
            links += 1
            row["links"].append(
                {
                    "a": [*f.a, span_hash(d[f.a[0]][f.a[1] : f.a[2]])],
                    "b": [*f.b, span_hash(d[f.b[0]][f.b[1] : f.b[2]])],
                    "label": "?",
                    "note": "",
                }
            )
    print(f"{len(picked)} stories of {len(ids)}, {links} conflict links")
    if args.write:
        args.write.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


def score(path: Path, data_dir: Path, text: bool) -> Tally:
    """One label file's tally; its unlabelled and no-longer-made links are printed."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    docs: dict[str, list[str]] = {}
    for name in {st.get("data", spec["data"]) for st in spec["stories"]}:
        wanted = {st["story"] for st in spec["stories"] if st.get("data", spec["data"]) == name}
        docs.update((r["id"], r["documents"]) for r in rows(data_dir / name) if r["id"] in wanted)
    t = Tally()
    for st in spec["stories"]:
        sid = st["story"]
        story, found = conflicts(sid, docs[sid])
        fwd = [Aligner(o, d.text) for o, d in zip(docs[sid], story.documents, strict=True)]
        labelled: dict[frozenset[int | None], dict[str, Any]] = {}
        for link in st["links"]:
            ends = []
            for d, s, e, h in (link["a"], link["b"]):
                if span_hash(docs[sid][d][s:e]) != h:
                    t.drift += 1
                    break
                span = fwd[d].map_partial(s, e)
                ends.append(None if span is None else sentence_at(story, d, span))
            else:
                labelled[frozenset(ends)] = link
        seen = set()
        for f in found:
            key = frozenset(
                sentence_at(story, d, span)
                for d, span in (
                    (f.a[0], fwd[f.a[0]].map_partial(f.a[1], f.a[2])),
                    (f.b[0], fwd[f.b[0]].map_partial(f.b[1], f.b[2])),
                )
                if span is not None
            )
            link = labelled.get(key)
            label = "?" if link is None else link["label"]
            if link is not None:
                seen.add(key)
            if label in ("right", "missed"):  # a miss labelled once, made now: a conflict found
                t.right += 1
            elif label == "false":
                t.false += 1
            else:
                t.unlabelled += 1
                print("  unlabelled: " + show(f, text), flush=True)
            t.rules[(f.rule, label)] += 1
        for key, link in labelled.items():
            if key in seen or link["label"] == "?":
                continue
            if link["label"] == "missed":
                t.missed += 1
            else:
                t.gone += 1
                t.gone_right += link["label"] == "right"
                print(f"  no longer made: {sid} {link['label']} a={link['a'][:3]} b={link['b'][:3]}")
    return t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--data", default=TRAIN, help="the data file of a draw (in SHARED/data)")
    ap.add_argument("--draw", type=int, metavar="SEED", help="draw stories with this seed")
    ap.add_argument("--stories", type=int, default=100, help="with --draw: how many stories (0: all)")
    ap.add_argument(
        "--exclude", type=Path, nargs="*", default=[], help="with --draw: label files to leave out"
    )
    ap.add_argument("--skip", type=Path, help="with --draw: a file of story ids to leave out")
    ap.add_argument("--write", type=Path, help="with --draw: the label file to write")
    ap.add_argument("--labels", type=Path, nargs="*", default=[], help="label files to score")
    ap.add_argument("--no-text", action="store_true", help="print no article text (a frozen file)")
    ap.add_argument("--rules", action="store_true", help="links per rule and label")
    args = ap.parse_args()
    if args.draw is None and not args.labels:
        ap.error("give --draw SEED or --labels FILE")
    data_dir = args.shared / "data"
    if args.draw is not None:
        draw(args, data_dir / args.data)
        return
    pooled = Tally()
    for path in args.labels:
        print(f"== {path}")
        t = score(path, data_dir, not args.no_text)
        print(f"{path.name}: {t.line()}")
        pooled.add(t)
    if len(args.labels) > 1:
        print(f"pooled: {pooled.line()}")
    if args.rules:
        for (rule, label), n in sorted(pooled.rules.items()):
            print(f"  {rule:24} {label:6} {n}")


if __name__ == "__main__":
    sys.exit(main())
