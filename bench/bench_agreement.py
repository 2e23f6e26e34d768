"""Agreement items ("all N sources" / "k of N sources") scored against hand labels (issue 14, point 3).

    python bench/bench_agreement.py --labels bench/labels/conflicts-fresh58.json [--shared ../shared]
                                    [--no-text]

An item is a point the brief lists under "Stated by several sources" (a claim of kind "shared" not given by
the summary and with no conflict): its own sentence and the other sources' sentences, each of which the
brief names as stating it. Label file: the `agreement` lists of a conflict label file's stories
(`bench_conflicts.py`): {"label": "all 3 sources", "sources": [[doc, start, end, hash, "yes" | "no" | "?"],
...], "note"}, the item's own sentence first; offsets index the ORIGINAL document text, `span_hash` the drift
check. A source labelled "yes" states the point (read in its article), "no" does not. Scored: each item the
brief lists now is matched to the labelled sentences (the pipeline sentence covering each span); it is
genuine when every sentence it names is labelled "yes", not genuine when one is labelled "no", unlabelled
when a sentence it names was never labelled (printed: read it and add it). Printed: genuine / not /
unlabelled, precision genuine / (genuine + not), and the labelled items no longer listed.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench_conflicts import rows
from label_scoring import Aligner, span_hash

from newsbrief.errors import InputError
from newsbrief.model import RawDoc
from newsbrief.pipeline import brief
from newsbrief.render.markdown import agreement_label, marker

ROOT = Path(__file__).resolve().parents[1]


def shared_items(sid: str, docs: list[str]) -> list[dict[str, Any]]:
    """The brief's listed agreement items, in its order: label, text, and each sentence (the item's own
    first) as [doc, start, end, hash] in the original text (the clean offsets when it cannot be mapped); none
    when the story has no article text left to brief."""
    return brief_items(sid, docs)[1]


def brief_items(sid: str, docs: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The brief's multi-source citations (summary sentences other documents support: label the marker
    "[1,2]", the summary sentence first, then each supporting sentence) and its listed agreement items
    (`shared_items`), each as {"label", "text", "sources": [[doc, start, end, hash], ...]}."""
    try:
        b = brief(
            raws=[RawDoc(id=str(i), source=f"{sid}#{i}", raw=o) for i, o in enumerate(docs)], timings=False
        )
    except InputError:
        return [], []  # no article text left: no brief, no item
    orig = [int(d.id) for d in b.documents]
    back = [Aligner(d.text, docs[o]) for d, o in zip(b.documents, orig, strict=True)]

    def spans(places: list[tuple[int, int, int]]) -> list[list[Any]]:
        out = []
        for doc, s, e in places:
            span = back[doc].map_partial(s, e) or (s, e)
            o = orig[doc]
            out.append([o, *span, span_hash(docs[o][span[0] : span[1]])])
        return out

    cited = []
    for x in b.summary:
        support = [(p.doc, p.start, p.end) for p in x.support if p.doc != x.doc]
        if support:
            cited.append(
                {
                    "label": marker(x.sources),
                    "text": x.text,
                    "sources": spans([(x.doc, x.start, x.end), *support]),
                }
            )
    shared = []
    for c in b.claims:
        if c.kind != "shared" or c.in_summary or c.conflict:
            continue
        places = [(c.doc, c.start, c.end), *((x.doc, x.start, x.end) for x in c.sources)]
        label = agreement_label((c.doc, *(x.doc for x in c.sources)), b)
        shared.append({"label": label, "text": c.text, "sources": spans(places)})
    return cited, shared


@dataclass
class Tally:
    genuine: int = 0
    not_genuine: int = 0
    unlabelled: int = 0
    gone: int = 0
    what: str = "agreement items"

    def line(self) -> str:
        made = self.genuine + self.not_genuine
        p = f"{self.genuine / made:.3f}" if made else "-"
        right = "right" if self.what == "citations" else "genuine"
        return (
            f"{self.what} {right} {p} ({self.genuine} / not {self.not_genuine}); unlabelled "
            f"{self.unlabelled}; labelled but no longer listed {self.gone}"
        )


def _overlap(a: list[Any], b: list[Any]) -> bool:
    """Two [doc, start, end, ...] spans of one document covering at least half the shorter."""
    inter = min(a[2], b[2]) - max(a[1], b[1])
    return a[0] == b[0] and inter > 0 and inter >= 0.5 * min(a[2] - a[1], b[2] - b[1])


def of_sentence(item: dict[str, Any], gold: list[dict[str, Any]]) -> list[list[Any]]:
    """The labelled sentences of the citations of the same summary sentence (a sentence states one point and
    not another: a citation is read against its own summary sentence's labels only)."""
    return [s for g in gold if _overlap(item["sources"][0], g["sources"][0]) for s in g["sources"]]


def verdict(item: dict[str, Any], labelled: list[list[Any]]) -> str:
    """ "yes" (every sentence it names is labelled "yes"), "no" (one is "no") or "?" (one never labelled)."""
    marks = []
    for s in item["sources"]:
        hit = [x[4] for x in labelled if _overlap(s, x) and x[4] != "?"]
        marks.append("no" if "no" in hit else "yes" if hit else "?")
    return "no" if "no" in marks else "?" if "?" in marks else "yes"


def _tally(
    t: Tally,
    sid: str,
    doc_texts: list[str],
    now: list[dict[str, Any]],
    gold: list[dict[str, Any]],
    text: bool,
) -> None:
    """Count the brief's items `now` against the labelled items `gold` of one story."""
    pool = [s for it in gold for s in it["sources"]]
    for it in now:
        labelled = pool if t.what != "citations" else of_sentence(it, gold)
        v = verdict(it, labelled)
        if v == "yes":
            t.genuine += 1
        elif v == "no":
            t.not_genuine += 1
        else:
            t.unlabelled += 1
        if v != "yes":
            print(f"{sid} {t.what} {'NOT' if v == 'no' else 'UNLABELLED'} {it['label']}: {it['sources']}")
            if text:
                for s in it["sources"]:
                    print(f"  [{s[0]}] {doc_texts[s[0]][s[1] : s[2]]}")
    for it in gold:
        if not any(all(any(_overlap(s, x) for x in n["sources"]) for s in it["sources"][:1]) for n in now):
            t.gone += 1
            print(f"{sid} {t.what} no longer listed: {it['label']} {[s[:3] for s in it['sources']]}")


def scored(st: dict[str, Any]) -> bool:
    """Whether a labelled story is scored: it lists agreement items, or it is a citation set's story (a
    `citations` list, empty too: every item the brief lists now is counted against it)."""
    return bool(st.get("agreement")) or "citations" in st


def score(path: Path, data_dir: Path, text: bool) -> tuple[Tally, Tally]:
    """Agreement items, and (a file with `citations` lists) the summary's multi-source citations."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    wanted = {st["story"] for st in spec["stories"] if scored(st)}
    docs = {r["id"]: r["documents"] for r in rows(data_dir / spec["data"]) if r["id"] in wanted}
    agreed, cited = Tally(), Tally(what="citations")
    for st in spec["stories"]:
        sid = st["story"]
        if sid not in wanted:
            continue
        for it in [*st.get("agreement", []), *st.get("citations", [])]:
            for s in it["sources"]:
                if span_hash(docs[sid][s[0]][s[1] : s[2]]) != s[3]:
                    print(f"{sid} drifted: {s[:4]}")
        now_cited, now_shared = brief_items(sid, docs[sid])
        if scored(st):  # a citation set's story: every item it lists now
            _tally(agreed, sid, docs[sid], now_shared, st.get("agreement", []), text)
        if "citations" in st:
            _tally(cited, sid, docs[sid], now_cited, st["citations"], text)
    return agreed, cited


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labels", type=Path, nargs="+", required=True)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--no-text", action="store_true", help="print no article text (a frozen file)")
    args = ap.parse_args()
    for path in args.labels:
        if not path.is_file():
            raise SystemExit(f"bench_agreement: no such label file: {path}")
        agreed, cited = score(path, args.shared / "data", not args.no_text)
        print(f"{path.name}: {agreed.line()}")
        if any("citations" in st for st in json.loads(path.read_text(encoding="utf-8"))["stories"]):
            print(f"{path.name}: {cited.line()}")


if __name__ == "__main__":
    main()
