"""Hidden files a killed process left beside its output (`-o`'s `.NAME.XXXXXXXX.newsbrief-tmp`): made
with a name pattern only newsbrief uses, locked (`flock`) while written, and removed by the next write
into the same folder once stale: unlocked and `STALE_SECONDS` old (the age covers the instant between
making a file and locking it, and file systems without locks). A SIGKILL mid-write left them for ever
(cli57). The stores' hidden files are `store.new_file`'s, cleared by the same rule."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import time

try:
    import fcntl
except ImportError:  # no `flock` here: a leftover is known by its age alone
    fcntl = None  # type: ignore[assignment]

STALE_SECONDS = 30.0  # (`os.urandom` names the files: `secrets` cost `--help` some 40 ms to import)
SUFFIX = ".newsbrief-tmp"
OURS = re.compile(rf"\..+\.[0-9a-f]{{8}}{re.escape(SUFFIX)}")
SHORT_NAME = "newsbrief"  # the hidden file's NAME where the output's own makes a name too long


def hidden_file(folder: str, name: str, suffix: str = SUFFIX, mode: int = 0o600) -> tuple[str, int]:
    """A new empty file `.NAME.XXXXXXXX` + `suffix` in `folder` (`mode` less the umask: 0600 as `mkstemp`
    makes; a store's is `store.new_file`'s `.new`, mode 0644), locked, and its open descriptor; NAME is
    `name`, or `SHORT_NAME` where `name` makes it too long."""
    while True:
        tmp = os.path.join(folder, f".{name}.{os.urandom(4).hex()}{suffix}")
        try:
            fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), mode)
        except FileExistsError:
            continue
        except OSError as e:
            if e.errno != errno.ENAMETOOLONG or name == SHORT_NAME:
                raise
            name = SHORT_NAME
            continue
        with contextlib.suppress(OSError, AttributeError):  # no locks here: its age tells
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return tmp, fd


# folder -> when this process last cleared it: a folder is scanned at most once each `STALE_SECONDS`
# (a file must be that old to go, so a sooner scan finds only what the last one kept). Every write
# scanned its folder whole: `batch` into a folder of N briefs, or the URL cache, read N**2 names.
_CLEARED: dict[str, float] = {}
CLEARED_FOLDERS = 256  # folders remembered at the most (then forgotten all at once)


def clear(folder: str) -> None:
    """Remove the stale hidden files of `folder` (`OURS`, unlocked, `STALE_SECONDS` old), at most once
    each `STALE_SECONDS` (`_CLEARED`); any error is left alone (the write that follows meets its own)."""
    now = time.monotonic()
    if now - _CLEARED.get(folder, -STALE_SECONDS) < STALE_SECONDS:
        return
    if len(_CLEARED) >= CLEARED_FOLDERS:
        _CLEARED.clear()
    _CLEARED[folder] = now
    try:
        names = [
            e.name for e in os.scandir(folder or ".") if e.name.endswith(SUFFIX) and OURS.fullmatch(e.name)
        ]
    except OSError:
        return
    old = time.time() - STALE_SECONDS
    for name in names:
        with contextlib.suppress(OSError):
            _clear(os.path.join(folder, name), old)


def _clear(left: str, old: float) -> None:
    fd = os.open(left, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        if os.fstat(fd).st_mtime >= old:
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return  # in use: a process is still writing it
        except (OSError, AttributeError):
            pass
        if os.path.samestat(os.fstat(fd), os.lstat(left)):
            os.unlink(left)
    finally:
        os.close(fd)
