"""Group articles into stories: near-duplicate copies, then stories through an index of terms.

`cluster(raws)` cleans the articles and groups them (one-shot, independent of input order);
`engine.Clusterer` is the incremental form the store uses. See `engine.py` for the rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Document

STORIES_SCHEMA_VERSION = "1.2"
TITLE_WORDS = 14  # a story without a headline is named by this many words of its central article
# rules of articles that hold no news (page chrome, a site notice): each is listed in its story of one
# but counted as none of its articles, so those stories come last, after every story with news
NO_NEWS = frozenset({"chrome", "notice"})
CHROME_WORDS = 5  # an article of fewer words than this holds no article text (`engine` rule chrome)
# what a story holds when none of its articles has news to brief, by its articles' rule (`NO_NEWS`)
NOTHING_TO_BRIEF = {"chrome": "page chrome only", "notice": "a site notice only"}


def nothing_to_brief(rules: Iterable[str]) -> str:
    """What `brief` says of a story none of whose articles has news (their `rules`), in the same words for a
    file as for a stored story (`brief --db --story`): "nothing to brief (page chrome only)"."""
    said = sorted({NOTHING_TO_BRIEF.get(r, "no article text") for r in rules})
    return f"nothing to brief ({'; '.join(said)})"


def no_news_rule(text: str) -> str | None:
    """The `NO_NEWS` rule a clean article's `text` falls under as clustering reads it (`engine.RULES`:
    under `CHROME_WORDS` words, page chrome; a site notice, `notices.notice`), or None: it has news."""
    from .notices import notice

    if len(text.split()) < CHROME_WORDS:
        return "chrome"
    return "notice" if notice(text) is not None else None


@dataclass(frozen=True, slots=True)
class Member:
    """An article of a story and how it got there (`rule`: see `engine.RULES`)."""

    document: Document
    rule: str
    duplicate_of: str | None = None
    score: float | None = None
    words: int | None = None  # its clean text's words, when the text itself is not loaded (a store)
    shown: bool = False  # store only: shown here, clustering in its own story (`articles.home`); not briefed


@dataclass(frozen=True, slots=True)
class StoryGroup:
    """A story: its id, a title, and its articles."""

    id: str
    title: str
    members: tuple[Member, ...]
    updated: str | None = None  # store only: when an article last joined (UTC, ISO 8601)

    @property
    def documents(self) -> tuple[Document, ...]:
        return tuple(m.document for m in self.members)


def cluster(raws: Sequence, rounds: int | None = None) -> list[StoryGroup]:
    """Clean raw documents (`ingest.RawDoc`) and group them into stories."""
    from ..clean import clean

    return cluster_documents([clean(r) for r in raws], rounds=rounds)


def cluster_documents(documents: Sequence[Document], rounds: int | None = None) -> list[StoryGroup]:
    """Group clean documents into stories: biggest first (distinct articles), ties by first source."""
    from . import engine

    by_id = {d.id: d for d in documents}
    if len(by_id) != len(documents):
        raise ValueError("document ids must be unique")
    pieces = engine.pieces(documents)
    groups, assignments = engine.cluster_pieces(pieces, engine.REFINE_ROUNDS if rounds is None else rounds)
    vecs = {p.id: p.vec for p in pieces}
    stories = []
    for ids in groups:
        members = sorted(
            (
                Member(by_id[i], assignments[i].rule, assignments[i].duplicate_of, assignments[i].score)
                for i in ids
            ),
            key=lambda m: (m.document.source, m.document.id),
        )
        stories.append((members, story_title(members, vecs)))
    stories.sort(key=lambda st: (-distinct(st[0]), st[0][0].document.source, st[0][0].document.id))
    return [StoryGroup(f"s{k}", title, tuple(members)) for k, (members, title) in enumerate(stories, 1)]


def distinct(members: Sequence[Member]) -> int:
    """Articles with news that are not copies (chrome and site notices, `NO_NEWS`, count as none)."""
    return sum(1 for m in members if m.duplicate_of is None and m.rule not in NO_NEWS)


def story_title(members: Sequence[Member], vecs: dict[str, dict[str, float]]) -> str:
    """The headline of the article closest to the story's centroid, else its opening words."""
    from .vectors import cosine

    total: dict[str, float] = {}
    for m in members:
        for t, w in vecs.get(m.document.id, {}).items():
            total[t] = total.get(t, 0.0) + w
    ranked = sorted(
        members, key=lambda m: (-cosine(vecs.get(m.document.id, {}), total), m.document.source, m.document.id)
    )
    for m in ranked:
        if m.document.title:
            return m.document.title
    for m in ranked:
        words = m.document.text.split()
        if words:
            return " ".join(words[:TITLE_WORDS]) + (" …" if len(words) > TITLE_WORDS else "")
    return "(no text)"
