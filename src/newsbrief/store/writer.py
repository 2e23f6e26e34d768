"""One writer at a time on a SQLite store: a transaction that reads what it then writes starts as the
writer (`BEGIN IMMEDIATE`), so a second process waits for the first to commit (up to the store's lock
wait) instead of reading the same state. Python's sqlite3 began a transaction only at the first
INSERT, so two `ingest`s into one store read the same last ingest and numbered theirs alike: the second
failed on `ingests.id` (an IntegrityError traceback, its articles not stored), and two creating a
new store at once both ran its migrations (one failed, "table ... already exists").

PostgreSQL's writers lock what they need themselves (`Store._add`); nothing is done here for it."""

from __future__ import annotations

from typing import Any


def one_writer(conn: Any) -> None:
    """Make `conn`'s transaction, just begun and nothing run in it yet, the SQLite store's one writer."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
