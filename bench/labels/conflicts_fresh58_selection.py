"""The draw of `conflicts-fresh58.json`: conflict PRECISION and agreement items on training stories nobody
read (session 58, issue 14 points 3 and 4).

    python bench/labels/conflicts_fresh58_selection.py [--shared ../shared] [--seed 5842] [--links 40]
                                                       [--items 20] [--closed FILE] [--write FILE]

Eligible: a story of `multinews-plus-train.jsonl.gz` with two articles or more, two of which write a number
(`conflicts_fresh57_selection.population`), that no label file of this folder names (any `multinews-train-N`
written in it when the set was drawn) and that `--closed` does not list. `random.Random(seed).sample` orders
the eligible ids (file order); stories are run in that order through the aligner (`bench_conflicts.conflicts`)
until `--links` conflict links have been made; every link is listed, to be labelled right / false by hand.
The brief of each story with a conflict link is made too (`newsbrief.pipeline.brief`, the default options) and
its first `MAX_ITEMS` "stated by several sources" items (claims of kind "shared" the brief lists: not in the
summary, no conflict) are stored, each source sentence to be labelled as stating the point or not; while
fewer than `--items` are stored, the briefs of the set's stories without a conflict, in draw order, give
theirs too (at `--merge`).
`--write` stores the draw: conflict links labelled "?" and agreement items whose sources are labelled "?".
Run as workers (`--shard K/M --rows FILE`, the draw split by position) then `--merge FILE ...` (rows read by
story id): the set is the shortest prefix of the draw holding `--links` links, every story of it stored in
draw order. The set (session 58, the closed list of 16:10 UTC, sha1 a82ad118): 10,179 eligible stories, ALL
run (the population holds fewer than 40 links: the training file's conflicts are spent, 6,481 counted-apart
stories in conflicts-tune54/frozen54, 999 in conflicts-fresh57), 10 conflict links in 8 stories, labelled;
30 agreement items of the draw's first stories with items (`"drawn": "prefix"`) and 25 more (`"extra"`) of
a first merge that read the workers' rows by position while two workers had drawn under an older closed
list (its stories are eligible and unread all the same), each source labelled "yes" / "no" by reading it
in its article. Labelled before any change; scored by `bench_conflicts.py` and `bench_agreement.py`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_agreement import shared_items  # noqa: E402
from bench_conflicts import TRAIN, conflicts, rows  # noqa: E402
from conflicts_fresh57_selection import labelled_ids, population  # noqa: E402
from label_scoring import span_hash  # noqa: E402

MAX_ITEMS = 3  # agreement items kept from one brief (its first, the most sources and most informative)


def run(args: argparse.Namespace, order: list[str], docs: dict[str, list[str]]) -> None:
    """Worker `--shard K/M`: the stories of draw positions K, K+M, ..., one JSONL row each to `--rows`
    (position, story, links, and its agreement items when it has a link)."""
    k, m = (int(x) for x in args.shard.split("/"))
    with args.rows.open("a", encoding="utf-8") as f:
        for n in range(args.start + k, min(len(order), args.limit), m):
            sid = order[n]
            d = docs[sid]
            found = conflicts(sid, d)[1]
            row: dict = {"n": n, "story": sid, "links": []}
            for x in found:
                row["links"].append(
                    {
                        "a": [*x.a, span_hash(d[x.a[0]][x.a[1] : x.a[2]])],
                        "b": [*x.b, span_hash(d[x.b[0]][x.b[1] : x.b[2]])],
                        "label": "?",
                        "note": "",
                    }
                )
            if found:
                got = shared_items(sid, d)[:MAX_ITEMS]
                row["agreement"] = [
                    {"label": it["label"], "sources": [[*s, "?"] for s in it["sources"]], "note": ""}
                    for it in got
                ]
            f.write(json.dumps(row) + "\n")
            f.flush()


def merge(args: argparse.Namespace, order: list[str]) -> None:
    """The set: the draw's shortest prefix with `--links` links (its stories in draw order; every eligible
    story when the population holds fewer); agreement items of its stories with a link, and of its first
    stories while fewer than `--items`. Workers' rows are read by story id (a row of a story no longer
    eligible is left out; a story not run stops the set there)."""
    got = {}
    for path in args.merge:
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            got.setdefault(r["story"], r)
    stories, links = [], 0
    n = 0
    while links < args.links and n < len(order) and order[n] in got:
        stories.append(got[order[n]])
        links += len(stories[-1]["links"])
        n += 1
    items = sum(len(r.get("agreement", [])) for r in stories if r["links"])
    data = {}
    for r in stories:
        if r["links"]:
            continue
        r.pop("agreement", None)
        if items < args.items:
            if not data:
                wanted = {x["story"] for x in stories}
                data = {
                    x["id"]: x["documents"] for x in rows(args.shared / "data" / TRAIN) if x["id"] in wanted
                }
            found = shared_items(r["story"], data[r["story"]])[:MAX_ITEMS]
            r["agreement"] = [
                {"label": it["label"], "sources": [[*s, "?"] for s in it["sources"]], "note": ""}
                for it in found
            ]
            items += len(found)
    for r in stories:
        r.pop("n", None)
        if not r.get("agreement"):
            r.pop("agreement", None)
    eligible = len(order)
    out = {"data": TRAIN, "seed": args.seed, "eligible": eligible, "stories": stories}
    print(
        f"{len(stories)} stories run of {eligible} eligible, {links} conflict links, {items} agreement items"
    )
    if links < args.links:
        print("short: every eligible story run" if n == eligible else f"short: position {n} not run yet")
    if args.write:  # a story a line: the set is every eligible story
        head = json.dumps({k: v for k, v in out.items() if k != "stories"})[:-1]
        body = ",\n".join(json.dumps(r) for r in stories)
        args.write.write_text(f'{head}, "stories": [\n{body}\n]}}\n', encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=HERE.parents[2] / "shared")
    ap.add_argument("--seed", type=int, default=5842)
    ap.add_argument(
        "--links", type=int, default=40, help="the set ends once this many conflict links are made"
    )
    ap.add_argument("--items", type=int, default=20, help="agreement items wanted at least")
    ap.add_argument("--start", type=int, default=0, help="the draw position a worker starts from")
    ap.add_argument("--limit", type=int, default=40000, help="draw positions a worker runs up to")
    ap.add_argument("--closed", type=Path, default=Path("/work/coord/s58/closed.txt"))
    ap.add_argument("--shard", default="0/1", help="K/M: run draw positions K, K+M, ... (to --rows)")
    ap.add_argument("--rows", type=Path, help="a worker's output (JSONL, appended)")
    ap.add_argument("--merge", type=Path, nargs="*", help="workers' outputs to merge into the set")
    ap.add_argument("--write", type=Path)
    args = ap.parse_args()
    data = args.shared / "data" / TRAIN
    exclude = labelled_ids(HERE, "conflicts-fresh58.json")
    if args.closed.is_file():
        exclude.update(args.closed.read_text(encoding="utf-8").split())
    ids = population(data, exclude)
    order = random.Random(args.seed).sample(ids, len(ids))
    if args.merge:
        merge(args, order)
        return
    wanted = set(order[args.start : args.limit])
    docs = {r["id"]: r["documents"] for r in rows(data) if r["id"] in wanted}
    run(args, order, docs)


if __name__ == "__main__":
    main()
