"""The store's tables, declared once (SQLAlchemy Core); `migrations.py` creates and changes them."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

metadata = MetaData()

migrations = Table(
    "newsbrief_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

ingests = Table(
    "ingests",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", String(40), nullable=False),
    Column("added", Integer, nullable=False),
    Column("skipped", Integer, nullable=False),
)

stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),  # the clusterer numbers stories
    Column("title", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Column("size", Integer, nullable=False),
    # migration 4: the clustering aggregate, kept as articles join (`cluster.engine.StoryState`): the
    # sum of its movable articles' vectors (`index.pack`; absorb order; id order after a refinement move), and
    # their count
    Column("centroid", LargeBinary),
    Column("n", Integer, nullable=False, server_default=text("0")),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("ext_id", Text, nullable=False),  # the id the input gave it
    Column("source", Text, nullable=False),  # path or URL as given
    Column("url", Text),  # http(s) URL, when there is one: unique
    Column("content_key", String(40), nullable=False),  # hash of the clean text: unique
    Column("title", Text),
    Column("outlet", Text),
    Column("author", Text),
    Column("date", Text),
    Column("kind", String(10), nullable=False),
    Column("raw", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("words", Integer, nullable=False),
    Column("story_id", Integer, ForeignKey("stories.id"), nullable=False),
    Column("rule", String(20), nullable=False),
    Column("duplicate_of", Integer, ForeignKey("articles.id")),
    Column("score", Float),
    Column("vec", Text, nullable=False),  # JSON [[term, weight], ...], heaviest first
    Column("sig", LargeBinary),  # MinHash signature (None for chrome)
    Column("ingest_id", Integer, ForeignKey("ingests.id"), nullable=False),
    Column("added_at", String(40), nullable=False),
    # a lone article shown in the story it would join (`store.SHOWN`): the story it clusters in, else None
    Column("home", Integer),  # a story id
    # migration 11: the language whose document frequencies weigh it (`store/languages.py`); None: English
    Column("lang", String(40)),
    UniqueConstraint("content_key", name="uq_articles_content"),
    UniqueConstraint("url", name="uq_articles_url"),
)
Index("ix_articles_story", articles.c.story_id)
Index("ix_articles_home", articles.c.home)
Index("ix_articles_duplicate", articles.c.duplicate_of)  # a shown article's copies follow it

briefs = Table(
    "briefs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("story_id", Integer, ForeignKey("stories.id"), nullable=False),
    Column("at", String(40), nullable=False),
    Column("article_ids", Text, nullable=False),  # JSON list of article ids briefed
    Column("brief", Text, nullable=False),  # the brief JSON
)
Index("ix_briefs_story", briefs.c.story_id)

feeds = Table(  # migration 2: what each polled feed last answered, for conditional GET
    "feeds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("polled_at", String(40), nullable=False),  # the last answer (200 or 304)
    Column("changed_at", String(40), nullable=False),  # the last 200
    UniqueConstraint("url", name="uq_feeds_url"),
)

story_terms = (
    Table(  # migration 3: the term index of stories (`cluster.engine.index_terms` of their articles)
        "story_terms",
        metadata,
        Column("term", String(200), primary_key=True),
        Column("story_id", Integer, ForeignKey("stories.id"), primary_key=True),
        # migration 5: when the story was last posted under the term (`index.add`: in the order the
        # articles were indexed), so a term's most recently posted stories are read first
        Column("seq", Integer, nullable=False, server_default=text("0")),
    )
)
Index("ix_story_terms_recent", story_terms.c.term, story_terms.c.seq)

article_bands = Table(  # migration 3: the MinHash LSH bands of articles (`cluster.dedupe.band_keys`)
    "article_bands",
    metadata,
    Column("band", String(24), primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id"), primary_key=True),
)

# migration 11: each language's document frequencies (`store/languages.py`: an article that is not English
# is weighed by those of the stored articles of its language, `cluster.vectors.language`, not the table)
language_docs = Table(
    "language_docs",
    metadata,
    Column("lang", String(40), primary_key=True),
    Column("documents", Integer, nullable=False),  # its articles counted
)

language_terms = Table(
    "language_terms",
    metadata,
    Column("lang", String(40), primary_key=True),
    Column("term", Text, primary_key=True),  # any length (a word of 300 letters is one term)
    Column("df", Integer, nullable=False),  # its articles holding the term
)
