"""One-shot stories from several orders: two articles share a story when most runs put them together.

A single pass depends on the order it meets the articles in (which story an article starts or joins
early decides what the later ones find), and refinement, which moves one article at a time, keeps
much of it. Running the one-shot clustering in several content-key orders and keeping only what a
majority of them agree on (evidence accumulation: Fred & Jain, 2005) leaves out the joins one
order happens to make, and the result still depends on the articles alone, never on the input order.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations


def agreed(runs: Sequence[Sequence[Sequence[str]]], ids: Sequence[str]) -> list[list[str]]:
    """The stories most runs agree on: two articles are together when more than half of the runs
    (each a partition of `ids`) put them in one story, and so is anything joined to them that way.
    Members and stories (by their first member) come in the order of `ids`.

    Two articles are together in a majority of runs exactly when some majority-sized set of runs puts
    them in the same story in each: so the articles are bucketed by their stories in every such set
    of runs (ten sets of three for five runs), never paired one by one."""
    story_in = [{i: k for k, group in enumerate(run) for i in group} for run in runs]
    root = {i: i for i in ids}

    def find(i: str) -> str:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for chosen in combinations(story_in, len(runs) // 2 + 1):
        first: dict[tuple[int, ...], str] = {}
        for i in ids:
            other = first.setdefault(tuple(run[i] for run in chosen), i)
            if other != i:
                a, b = find(i), find(other)
                if a != b:
                    root[max(a, b)] = min(a, b)
    stories: dict[str, list[str]] = {}
    for i in ids:
        stories.setdefault(find(i), []).append(i)
    return list(stories.values())


def anchored(
    runs: Sequence[dict[str, int]], ids: Sequence[str], fixed: Sequence[int], next_id: int
) -> dict[str, int]:
    """A store's agreement: `runs` place the articles `ids` (each run a story per article) among the
    `fixed` stories (kept by their aggregate, the same story in every run) and stories of their own,
    whose ids mean nothing across runs but in the first run (the store's own). Two articles are together
    when more than half of the runs put them together (`agreed`), and an article is in a fixed story
    when a majority of runs put it there (each fixed story an anchor in every run). A group held by a
    fixed story goes to it (by a chain of agreement, two fixed stories: each article to the one the first
    run chose, else the lowest); any other group keeps the first run's story that most of its articles
    are in (ties: the lower id; bigger groups choose first), unless that is a fixed story or taken, and
    else gets a new id from `next_id`. Returns the story of every article."""
    anchor = {sid: f"\x00{sid}" for sid in fixed}
    parts = []
    for run in runs:
        groups: dict[int, list[str]] = {}
        for i in ids:
            groups.setdefault(run[i], []).append(i)
        for sid in fixed:
            groups.setdefault(sid, []).append(anchor[sid])
        parts.append(list(groups.values()))
    first = runs[0]
    out: dict[str, int] = {}
    used = set(fixed)
    loose = []
    for group in agreed(parts, [*ids, *anchor.values()]):
        held = sorted(int(i[1:]) for i in group if i.startswith("\x00"))
        arts = [i for i in group if not i.startswith("\x00")]
        if held:
            for i in arts:
                out[i] = first[i] if first[i] in held else held[0]
        elif arts:
            loose.append(arts)
    for arts in sorted(loose, key=len, reverse=True):  # stable: groups of one size in the order of `ids`
        votes: dict[int, int] = {}
        for i in arts:
            votes[first[i]] = votes.get(first[i], 0) + 1
        sid = next(
            (s for s, _ in sorted(votes.items(), key=lambda sv: (-sv[1], sv[0])) if s not in used), None
        )
        if sid is None:
            sid, next_id = next_id, next_id + 1
        used.add(sid)
        for i in arts:
            out[i] = sid
    return out
