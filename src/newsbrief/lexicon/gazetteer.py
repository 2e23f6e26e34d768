"""The name lists entity recognition reads, and coreference, attribution, align and render (package data in
`lexicon/data/`), loaded once.

Plain text files, one entry a line (or space-separated words), `#` comments; written for newsbrief.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from . import data_lines


def word_list(name: str) -> frozenset[str]:
    """The words of a data file in `lexicon/data` (one or more a line, comments left out)."""
    return frozenset(w for line in data_lines(name) for w in line.split())


def _key(name: str) -> tuple[str, ...]:
    """Token key of a name: dots dropped from abbreviations so "Mr" and "Mr." match the same entry."""
    return tuple(t.rstrip(".") if t.count(".") == 1 else t for t in name.split())


@dataclass(frozen=True)
class Gazetteer:
    places: frozenset[tuple[str, ...]]
    orgs: frozenset[tuple[str, ...]]
    aliases: dict[str, str]
    titles: frozenset[tuple[str, ...]]
    first_names: frozenset[str]
    female_names: frozenset[str]
    unisex_names: frozenset[str]
    demonyms: frozenset[str]
    roles: frozenset[str]
    speaking_heads: frozenset[str]
    teams: frozenset[str]
    not_acronyms: frozenset[str]
    not_names: frozenset[str]
    group_nouns: frozenset[str]
    not_entities: frozenset[str]
    org_last: frozenset[str]
    org_first: frozenset[str]
    place_last: frozenset[str]
    place_first: frozenset[str]
    org_after: frozenset[str]
    event_last: frozenset[str]
    max_len: int

    def kind_of(self, key: tuple[str, ...]) -> str | None:
        """ "place" / "organization" for a listed name (or alias of one), else None."""
        if key in self.orgs:
            return "organization"
        if key in self.places:
            return "place"
        canon = self.aliases.get(" ".join(key))
        if canon is not None:
            ck = _key(canon)
            if ck in self.orgs:
                return "organization"
            if ck in self.places:
                return "place"
        return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    aliases: dict[str, str] = {}
    for line in data_lines("aliases.tsv"):
        alias, canon = line.split("\t")
        aliases[" ".join(_key(alias))] = canon
    heads: dict[tuple[str, str], frozenset[str]] = {}
    for line in data_lines("heads.tsv"):
        kind, pos, words = line.split("\t")
        heads[(kind, pos)] = frozenset(words.split())
    places = frozenset(_key(x) for x in data_lines("places.txt"))
    orgs = frozenset(_key(x) for x in data_lines("orgs.txt"))
    titles = frozenset(_key(x) for x in data_lines("titles.txt"))
    return Gazetteer(
        places=places,
        orgs=orgs,
        aliases=aliases,
        titles=titles,
        first_names=word_list("first_names.txt"),
        female_names=word_list("female_names.txt"),
        unisex_names=word_list("unisex_names.txt"),
        demonyms=word_list("demonyms.txt"),
        roles=word_list("role_words.txt"),
        speaking_heads=word_list("speaking_heads.txt"),
        teams=word_list("teams.txt"),
        not_acronyms=word_list("not_acronyms.txt"),
        not_names=word_list("not_names.txt") | word_list("group_nouns.txt"),
        group_nouns=word_list("group_nouns.txt"),
        not_entities=frozenset(data_lines("not_entities.txt")),
        org_last=heads[("organization", "last")],
        org_first=heads[("organization", "first")],
        place_last=heads[("place", "last")],
        place_first=heads[("place", "first")],
        org_after=heads[("organization", "after")],
        event_last=heads[("event", "last")],
        max_len=max(len(k) for k in places | orgs | titles),
    )


@cache
def lower_listed(orgs: bool = False, aliases: bool = False) -> dict[tuple[str, ...], str]:
    """The listed places (and organisations, aliases, when asked) in lower case -> the name as listed ("los
    angeles" -> "Los Angeles", "u.s." -> "U.S."), for text written without capitals: places and organisations
    sorted, then aliases sorted, the first name of a lower-case key kept (the same each run). A caller's own
    filter (which words alone may stand for a name) stays the caller's."""
    g = gazetteer()
    names = sorted(" ".join(k) for k in (g.places | g.orgs if orgs else g.places))
    out: dict[tuple[str, ...], str] = {}
    for n in names + (sorted(g.aliases) if aliases else []):
        out.setdefault(tuple(w.lower() for w in n.split()), n)
    return out


def canonical_alias(name: str) -> str | None:
    """The full name an alias stands for ("U.S." -> "United States"), if listed."""
    return gazetteer().aliases.get(" ".join(_key(name)))


key = _key
