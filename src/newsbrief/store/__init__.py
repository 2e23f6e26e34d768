"""The article store (SQLite by default, PostgreSQL with `--db postgresql://…`): see `store.py`.

Needs the `[store]` extra (SQLAlchemy, psycopg), imported only when a store is opened, so that
`newsbrief --help` stays fast.
"""

from __future__ import annotations

from typing import Any

__all__ = ["IngestReport", "Store", "database_url"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import store

        return getattr(store, name)
    raise AttributeError(name)
