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
