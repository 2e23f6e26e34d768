"""Test helper: the kinds of the links the align stage makes between two texts written for a test."""

from __future__ import annotations

from newsbrief import segment
from newsbrief.align import align
from newsbrief.clean import clean
from newsbrief.ingest import load_texts
from newsbrief.model import Story


def link_kinds(a: str, b: str) -> set[str]:
    """The kinds of the links between text `a` and text `b`, each one document of a story."""
    docs = tuple(clean(r) for r in load_texts([a, b]))
    story = Story(docs, segment.split_all(docs))
    return {k.kind for k in align(story).links}
