"""Output files written atomically: a temporary file beside the target, then a rename.

Only a regular file (or nothing) is ever replaced: a folder, a symbolic link, a FIFO, a device or a
socket at the target is refused, so `-o /dev/stdout` or `-o some-link` never destroys what is there.
`-` writes to standard output; `-o /dev/null` (the null device itself) discards the output, as scripts
expect, and is never replaced. The new file keeps the mode (and, when allowed, the owner) of the file
it replaces. Every failure is an `OutputError` naming the path; no temporary file is left behind (one a
SIGKILL left is cleared by the next write into its folder: `leftovers`).
`file_kind` names what a path holds instead of a regular file, for the paths an input names too.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable, Iterable
from errno import EACCES, EROFS
from functools import lru_cache
from pathlib import Path

from . import leftovers
from .errors import OutputError, shown

STDOUT = "-"

# What a path holds instead of a regular file, by `stat` file type (links followed): one table for every
# path an input names (`file_kind`): a file read, a store, a feed file; an output's reasons are below
FILE_KINDS: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str | None:
    """What a `stat` mode says a path holds when it is no regular file ("a folder", "a socket"), else None."""
    return next((what for is_kind, what in FILE_KINDS if is_kind(mode)), None)


# What stands at the target, by `lstat` file type: why it is not replaced.
NOT_REPLACED: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISDIR, "is a folder; give a file name"),
    (stat.S_ISLNK, "is a symbolic link; not replaced (give the file it points to, or - for standard output)"),
    (stat.S_ISFIFO, "is a FIFO (named pipe); not replaced"),
    (stat.S_ISCHR, "is a device; not replaced (use - for standard output)"),
    (stat.S_ISBLK, "is a device; not replaced"),
    (stat.S_ISSOCK, "is a socket; not replaced"),
)


def refuse_an_input(
    output: str | os.PathLike[str] | None, inputs: Iterable[object], folder_ok: bool = False
) -> None:
    """`OutputError` if `output` is the very file (device and inode) of one of `inputs` (paths; URLs
    and anything else that is no file are passed over): written, it would replace what the command
    reads (`brief a.txt -o a.txt` lost the article); or, unless `folder_ok` (`batch -o FOLDER`), if
    what stands there is no file `atomic_write` replaces (`NOT_REPLACED`: `eval --per-story FOLDER`
    said so only after scoring every story); or if the folder it would be written in cannot be
    written (`writable_folder`). Called at a command's start, before any work."""
    if output is None or os.fspath(output) == STDOUT or _discards(Path(output)):
        return
    target = reached(Path(output))
    if not folder_ok:
        _existing(target, str(output))
    writable_folder(target, str(output), folder_ok)
    inputs = list(inputs)
    try:
        out = os.stat(target)
    except (OSError, ValueError):  # nothing there yet; what cannot be written, `atomic_write` says
        _refuse_in_an_input_folder(target, str(output), inputs)
        return
    for inp in inputs:
        if not isinstance(inp, str | os.PathLike) or os.fspath(inp) == STDOUT:
            continue
        try:
            st = os.stat(inp)
        except (OSError, ValueError):
            continue
        if stat.S_ISREG(st.st_mode) and (st.st_dev, st.st_ino) == (out.st_dev, out.st_ino):
            named = "" if os.fspath(inp) == os.fspath(output) else f" ({os.fspath(inp)})"
            raise OutputError(f"is also an input{named}; not replaced", str(output))
    _refuse_in_an_input_folder(target, str(output), inputs)


def _refuse_in_an_input_folder(target: Path, name: str, inputs: Iterable[object]) -> None:
    """`OutputError` when `target` is a visible file made right in a folder the command reads every
    visible file of (`load.files_read` lists the folder): `brief articles/ -o articles/brief.md` wrote
    it, and the next `brief articles/` read the brief as one of the articles (cli47)."""
    if target.name.startswith("."):
        return  # a hidden file is not read
    folder = os.path.realpath(target.parent)
    for inp in inputs:
        if not isinstance(inp, str | os.PathLike) or os.fspath(inp) == STDOUT or not os.path.isdir(inp):
            continue
        if os.path.realpath(inp) == folder:
            raise OutputError(
                f"is in the input folder {shown(os.fspath(inp))}, whose files are read as articles"
                " (the next run would read it); give a path outside it",
                name,
            )


def writable_folder(target: Path, name: str, folder_ok: bool = False) -> None:
    """`OutputError` now if the folder `target` would be written in (with `folder_ok`, `target` itself
    when it is one), or the nearest of its parents that exists (where it would be made), cannot be
    written: a read-only file system or no permission was said only once the work was done (`eval`
    scored every story, `brief` made the brief, then "cannot write here"). In `atomic_write`'s words."""
    start = target if folder_ok and target.is_dir() else target.parent
    for folder in (start, *start.parents):
        try:
            if not stat.S_ISDIR(folder.stat().st_mode):
                return  # a file on the way: `atomic_write` says so
        except FileNotFoundError:
            continue
        except (OSError, ValueError):
            return  # cannot tell (a symlink loop, a name too long): left to the write
        if not os.access(folder, os.W_OK | os.X_OK):
            read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
            raise OutputError(f"cannot write here ({os.strerror(EROFS if read_only else EACCES)})", name)
        return


def emit(text: str, output: str | os.PathLike[str] | None) -> None:
    """A command's output: to `output` atomically, or to standard output when it is None. Either way
    in UTF-8, the bytes `-o FILE` holds: through a stdout whose encoding cannot hold the text
    (`LC_ALL=C PYTHONUTF8=0`, `PYTHONIOENCODING=ascii`, a Windows pipe) it was a UnicodeEncodeError
    traceback."""
    atomic_write(STDOUT if output is None else output, text)


def atomic_write(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the whole new one, never half."""
    # a lone surrogate (possible only in text handed in through the API) must not stop the write
    payload = data.encode("utf-8", errors="replace") if isinstance(data, str) else data
    if os.fspath(path) == STDOUT:
        _write_stdout(payload)
        return
    target = reached(Path(path))
    if _discards(target):
        return
    name = str(path)
    existing = _existing(target, name)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        leftovers.clear(str(target.parent))  # what a killed write into this folder left (cli57)
        tmp, fd = leftovers.hidden_file(str(target.parent), target.name)
    except OSError as e:
        raise OutputError(f"cannot write here ({_reason(e)})", name) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        _copy_mode(existing, tmp)
        os.replace(tmp, target)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write it ({_reason(e)})", name) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def reached(target: Path) -> Path:
    """The path a write to `target` reaches, its `..` taken as the system takes them once the missing
    folders before them are made: `brief a.txt -o new/../a.txt` found no file at `new/../a.txt` (there
    is no `new`), made the folder `new` and replaced the input `a.txt` (cli47). Its folder is resolved
    only when `target` holds a `..`; the name is kept (a link there is refused, not followed)."""
    if ".." not in target.parts:
        return target
    return Path(os.path.realpath(target.parent)) / target.name


def _discards(target: Path) -> bool:
    """Whether `target` is the null device itself (`-o /dev/null`): written to as scripts do, it takes
    the output and keeps nothing; a link to it is refused as any link is."""
    try:
        return stat.S_ISCHR(target.lstat().st_mode) and os.path.samefile(target, os.devnull)
    except (OSError, ValueError):
        return False


def _existing(target: Path, name: str) -> os.stat_result | None:
    """The stat of the regular file at `target`, None when there is nothing; refuses anything else."""
    try:
        st = target.lstat()
    except FileNotFoundError:
        return None
    except OSError as e:  # e.g. a parent that is a file (ENOTDIR), a path too long
        raise OutputError(f"cannot write here ({_reason(e)})", name) from None
    for is_kind, why in NOT_REPLACED:
        if is_kind(st.st_mode):
            raise OutputError(why, name)
    return st


def _copy_mode(existing: os.stat_result | None, tmp: str) -> None:
    """The old file's permissions (and owner, where we may set it); a new file gets 0666 & ~umask."""
    if existing is None:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the usual permissions
        return
    with contextlib.suppress(OSError):  # not ours to give away: the new file keeps our owner
        os.chown(tmp, existing.st_uid, existing.st_gid)
    os.chmod(tmp, stat.S_IMODE(existing.st_mode))


def _write_stdout(payload: bytes) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    try:
        if buffer is None:  # a text-only stream (e.g. replaced by a caller)
            sys.stdout.write(payload.decode("utf-8"))
            sys.stdout.flush()
        else:
            sys.stdout.flush()
            buffer.write(payload)
            buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as e:
        raise stdout_failed(e) from None


def stdout_failed(e: OSError) -> OutputError:
    """A failed write to standard output (a full disk, `> /dev/full`) as the one line naming it."""
    return OutputError(f"cannot write it ({_reason(e)})", "<stdout>")


def _reason(e: OSError) -> str:
    return e.strerror or type(e).__name__


@lru_cache(maxsize=1)
def _umask() -> int:
    mask = os.umask(0)  # the only way to read it; done once per process
    os.umask(mask)
    return mask
