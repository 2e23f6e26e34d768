"""Test helper: the kinds of the links the align stage makes between two texts written for a test."""

from __future__ import annotations

from newsbrief import segment
from newsbrief.align import align
from newsbrief.clean import clean
from newsbrief.ingest import load_texts
from newsbrief.model import Link, Story


def links(a: str, b: str) -> tuple[Link, ...]:
    """The links the align stage makes between text `a` and text `b`, each one document of a story."""
    docs = tuple(clean(r) for r in load_texts([a, b]))
    return align(Story(docs, segment.split_all(docs))).links


def link_kinds(a: str, b: str) -> set[str]:
    """The kinds of the links between text `a` and text `b`."""
    return {k.kind for k in links(a, b)}


def kinds_and_rules(a: str, b: str) -> list[tuple[str, str]]:
    """Each link's kind and the rule that made it (its first evidence), between text `a` and text `b`."""
    return [(k.kind, k.evidence[0]) for k in links(a, b)]


def cited(a: str, b: str) -> bool:
    """Whether a link between text `a` and text `b` may carry a citation (a fact or a quote link)."""
    return any(k.kind in ("fact", "quote") for k in links(a, b))
