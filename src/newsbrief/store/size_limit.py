"""The process's file size limit (`ulimit -f`, RLIMIT_FSIZE) met while writing a SQLite store: SQLite
says only "disk I/O error" (its write fails with EFBIG, which it does not name); the store's files show
whether one of them reached the limit."""

from __future__ import annotations

import os
from collections.abc import Iterable

try:
    import resource
except ImportError:  # no such limits here
    resource = None  # type: ignore[assignment]

IOERR = 10  # SQLite's primary result code for an I/O error (its extended codes share the low byte)
MARGIN = 65536 + 24  # the largest write SQLite makes: a page of the largest size with its WAL frame header


def reached(e: BaseException, paths: Iterable[str]) -> int | None:
    """The file size limit in bytes when `e` is SQLite's I/O error and one of `paths` lies within one
    write of that limit (the evidence that it, not the disk, failed the write); else None."""
    code = getattr(getattr(e, "orig", None) or e, "sqlite_errorcode", None)
    if code is None or code & 0xFF != IOERR or resource is None:
        return None
    soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    if soft == resource.RLIM_INFINITY:
        return None
    for path in paths:
        try:
            if os.stat(path).st_size + MARGIN > soft:
                return soft
        except OSError:
            continue
    return None


def words(limit: int) -> str:
    """What happened, for a message naming the store."""
    return f"a file reached this process's file size limit of {limit:,} bytes, ulimit -f"
