"""Where `--db` points: a SQLite file (a path, or a `sqlite:///` URL naming one) or a database server.
Light: SQLAlchemy is imported only to read a `sqlite://` URL."""

from __future__ import annotations

from ..errors import UsageError

SQLITE_URL = "sqlite://"
IN_MEMORY = ("", ":memory:")  # a sqlite URL naming no file: a store that is gone when the command ends


def sqlite_file(db: str) -> str | None:
    """The file of the SQLite store `db`: a path as given, or the file a `sqlite:///` URL names (read as
    SQLAlchemy reads it, percent-decoded); None for a server URL. A sqlite URL naming no file is a
    `UsageError`: `ingest --db sqlite://` reported its articles added and kept none, and a `sqlite:///`
    URL passed by every check of a store file (`stories` made a missing one and listed no stories)."""
    if "://" not in db:
        return db
    if not db.startswith(SQLITE_URL):
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        name = make_url(db).database or ""
    except (ArgumentError, ValueError) as e:
        raise UsageError(f"not a sqlite URL ({e})", f"--db {db}") from None
    if name in IN_MEMORY:
        raise UsageError(
            "a store in memory keeps nothing once the command ends; give a store file", f"--db {db}"
        )
    return name
