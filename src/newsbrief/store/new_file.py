"""A new SQLite store appears whole or not at all: its schema is made in a hidden file beside it, which is
then linked to the store's name. The first `ingest` on a full disk left a 4 KB store and its write-ahead
log holding only the table of migrations (cli56); now it leaves nothing."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import time
from collections.abc import Callable

from ..leftovers import SHORT_NAME, STALE_SECONDS, hidden_file
from . import size_limit
from .location import SIDECARS

try:
    import fcntl
except ImportError:  # no `flock` here: a leftover is known by its age alone
    fcntl = None  # type: ignore[assignment]

# Where a file system has no hard links (`os.link`'s errors there), the store is made in place, as before
NO_LINKS = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS})
FILE_MODE = 0o644  # SQLite's mode for a file it creates (the umask applies; `mkstemp` would make 0600)
# A hidden file left by a process killed while making a store is removed once `STALE_SECONDS` old and
# not in use (unlocked: `make_whole` holds a `flock` on its own while it builds); its NAME is the store's,
# or `SHORT_NAME` where the store's makes a name too long (`leftovers`, as `-o`'s hidden files)


def make_whole(path: str, build: Callable[[str], None]) -> None:
    """Make the missing SQLite store `path` whole: `build(tmp)` makes its schema in a hidden file beside
    it (`.NAME.XXXX.new`), closed when it returns, which is linked to `path` (never replacing a store
    another process made meanwhile: that one is opened) and removed. Whatever fails, the hidden file
    and those SQLite kept beside it are removed and the error raised: nothing is left at `path`. Where
    the file system has no hard links (`NO_LINKS`), nothing is linked: the store is made in place."""
    folder, name = os.path.split(path)
    tmp, fd = hidden_file(folder, name, ".new", FILE_MODE)  # locked where the file system has locks
    try:
        try:
            build(tmp)
        except Exception as e:  # SQLite's "disk I/O error" at the file size limit: said as it is
            if (limit := size_limit.reached(e, [tmp, *(tmp + s for s in SIDECARS)])) is not None:
                raise OSError(errno.EFBIG, size_limit.words(limit)) from e
            raise
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
        os.close(fd)


def clear_leftovers(path: str) -> None:
    """Remove the hidden files (`.NAME.XXXXXXXX.new` and SQLite's beside them) that a process killed
    while making the store `path` left: only its own name's (or `SHORT_NAME`'s), only those
    `STALE_SECONDS` old and not locked by a process still making it. Two processes clearing at once
    both succeed; any error is left to the store's own opening to meet."""
    folder, name = os.path.split(path)
    # its own name's, or the short one a name near the longest makes (`hidden_file`: never cleared, cli57)
    owner = f"(?:{re.escape(name)}|{SHORT_NAME})"
    mine = re.compile(rf"\.{owner}\.[0-9a-f]{{8}}\.new(?:{'|'.join(SIDECARS)})?")
    try:
        names = [e.name for e in os.scandir(folder or ".") if mine.fullmatch(e.name)]
    except OSError:
        return
    old = time.time() - STALE_SECONDS
    for left in sorted(names, key=len):  # a hidden file before its sidecars
        with contextlib.suppress(OSError):
            _clear(os.path.join(folder, left), old)


def _clear(left: str, old: float) -> None:
    """Remove `left` (and, for the hidden file itself, its sidecars) if modified before `old` and no
    process holds its lock."""
    fd = os.open(left, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        if os.fstat(fd).st_mtime >= old:
            return
        if left.endswith(".new"):
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return  # in use: a process is still making the store
            except (OSError, AttributeError):
                pass
            if os.path.samestat(os.fstat(fd), os.lstat(left)):
                os.unlink(left)
                for side in (left + s for s in SIDECARS):
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(side)
        elif not os.path.lexists(left[: left.rindex(".new") + 4]):
            os.unlink(left)  # a sidecar whose hidden file is gone
    finally:
        os.close(fd)
