"""Whom a sentence that names no one and opens on "he", "she", "his" or "her" leans on: the sentence before
it that opens on a person, found by one walk back along its document (rule owner-chain).

One walk for both readers of such a sentence: analyze's `owners` (a listed point's `Claim.about`, from
entity mentions, at most `MAX_CHAIN` back) and align's `features.pronoun_owners` (`Facts.owner`, from
participants, with no limit: there an owner keeps two people's same words apart, `pairs._lead_clash`).
Each says what a sentence's lead is and which sentences the walk may pass through; the walk is here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

MAX_CHAIN = 3  # rule owner-chain: "He ... | His bond ...": at most this many sentences back to the name
PRONOUNS = ("he", "she", "his", "her")  # rule pronoun-opening: the words such a sentence opens on


def chain_lead(
    i: int,
    same_doc: Callable[[int], bool],
    lead: Callable[[int], T | None],
    passes: Callable[[int], bool],
    limit: int | None = MAX_CHAIN,
) -> tuple[int, T] | None:
    """The nearest sentence j before sentence i, in i's document (`same_doc(j)`) and at most `limit` back,
    whose `lead(j)` is not None, with that lead; the walk goes on past sentence j only when `passes(j)`
    (it too opens on a pronoun and names no one), else there is none. `limit=None`: no limit."""
    j = i
    while j > 0 and (limit is None or i - j < limit) and same_doc(j - 1):
        j -= 1
        if (got := lead(j)) is not None:
            return j, got
        if not passes(j):
            break
    return None
