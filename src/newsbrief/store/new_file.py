"""A new SQLite store appears whole or not at all: its schema is made in a hidden file beside it, which is
then linked to the store's name. The first `ingest` on a full disk left a 4 KB store and its write-ahead
log holding only the table of migrations (cli56); now it leaves nothing."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable

from .location import SIDECARS

# Where a file system has no hard links (`os.link`'s errors there), the store is made in place, as before
NO_LINKS = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS})
FILE_MODE = 0o644  # SQLite's mode for a file it creates (the umask applies; `mkstemp` would make 0600)


def make_whole(path: str, build: Callable[[str], None]) -> None:
    """Make the missing SQLite store `path` whole: `build(tmp)` makes its schema in a hidden file beside
    it (`.NAME.XXXX.new`), closed when it returns, which is linked to `path` (never replacing a store
    another process made meanwhile: that one is opened) and removed. Whatever fails, the hidden file
    and those SQLite kept beside it are removed and the error raised: nothing is left at `path`. Where
    the file system has no hard links (`NO_LINKS`), nothing is linked: the store is made in place."""
    tmp = _hidden_file(path)
    try:
        build(tmp)
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # made meanwhile by another process: opened as it is
        except OSError as e:
            if e.errno not in NO_LINKS:
                raise
    finally:
        for name in (tmp, *(tmp + s for s in SIDECARS)):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(name)


def _hidden_file(path: str) -> str:
    """A new empty file `.NAME.XXXXXXXX.new` beside `path` (NAME its name, or `newsbrief` where that
    makes a name too long), made with `FILE_MODE` less the umask."""
    folder, name = os.path.split(path)
    while True:
        tmp = os.path.join(folder, f".{name}.{secrets.token_hex(4)}.new")
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        except FileExistsError:
            continue
        except OSError as e:
            if e.errno != errno.ENAMETOOLONG or name == "newsbrief":
                raise
            name = "newsbrief"  # a store's name near the longest a file's may be: a shorter hidden one
            continue
        return tmp
