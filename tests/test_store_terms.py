"""A store's vectors share one string object per term (`index.interned`): lookups by identity."""

from __future__ import annotations

import sys
from pathlib import Path

from cluster_texts import STORIES

from newsbrief.model import RawDoc
from newsbrief.store import Store
from newsbrief.store.index import interned


def _raws(part: slice) -> list[RawDoc]:
    return [
        RawDoc(id=f"{n}-{k}", source=f"https://example.org/{n}/{k}", raw=t)
        for n in ("bridge", "library", "transfer")
        for k, t in list(enumerate(STORIES[n]))[part]
    ]


def test_an_ingests_vectors_and_aggregates_share_one_string_per_term(tmp_path: Path) -> None:
    """The vectors a store holds (prepared, or parsed from rows) and the story aggregates it holds
    (written, or unpacked) have their terms interned: one string object per term, however it was read,
    so a dict lookup finds a term by identity."""
    vec = {"".join(["bri", "dge"]): 0.8, "".join(["ri", "ver"]): 0.6}
    same = interned(dict(vec))
    assert list(same.items()) == list(vec.items())
    assert all(a is b for a, b in zip(same, interned(dict(vec)), strict=True))
    with Store(str(tmp_path / "news.db")) as a:
        for k in range(3):
            a.add(_raws(slice(k, k + 1)))
        vecs = [*a._vectors.of.values(), *(total for total, _, _ in a._aggregates.of.values())]
        terms = [t for v in vecs for t in v]
        assert len(terms) > 2 * len(set(terms))  # most terms in several of them
        assert all(sys.intern(t) is t for t in terms)
