"""The test stores: a PostgreSQL URL from the environment (skip without one, fail when it is required)
and how to empty it. The `db` fixture (conftest.py) gives each test a SQLite file and a PostgreSQL
store."""

from __future__ import annotations

import os

import pytest

PG_TABLES = (
    "language_terms",
    "language_docs",
    "article_bands",
    "story_terms",
    "feeds",
    "briefs",
    "articles",
    "stories",
    "ingests",
    "newsbrief_migrations",
)


def pg_url() -> str:
    url = os.environ.get("NEWSBRIEF_TEST_PG")
    if url:
        return url
    if os.environ.get("NEWSBRIEF_REQUIRE_PG") == "1":
        pytest.fail("PostgreSQL is required (NEWSBRIEF_REQUIRE_PG=1) but NEWSBRIEF_TEST_PG is not set")
    pytest.skip("no PostgreSQL (set NEWSBRIEF_TEST_PG=postgresql://…)")


def reset_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    from newsbrief.store import database_url

    eng = create_engine(database_url(url))
    with eng.begin() as conn:
        for t in PG_TABLES:
            conn.execute(text(f"DROP TABLE IF EXISTS {t} CASCADE"))
    eng.dispose()
