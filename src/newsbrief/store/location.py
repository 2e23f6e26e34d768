"""Where `--db` points: a SQLite file (a path, or a `sqlite:///` URL naming one) or a database server.
Light: SQLAlchemy is imported only to read a `sqlite://` URL."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterable

from ..errors import UsageError

SQLITE_URL = "sqlite://"
IN_MEMORY = ("", ":memory:")  # a sqlite URL naming no file: a store that is gone when the command ends


def sqlite_file(db: str) -> str | None:
    """The file of the SQLite store `db`: a path as given, or the file a `sqlite:///` URL names (read as
    SQLAlchemy reads it, percent-decoded); None for a server URL. A sqlite URL naming no file is a
    `UsageError`: `ingest --db sqlite://` reported its articles added and kept none, and a `sqlite:///`
    URL passed by every check of a store file (`stories` made a missing one and listed no stories)."""
    if "://" not in db:
        if not db.strip():  # `stories --db ' '` looked for a store named " " (cli56), as `--db ''` is
            raise UsageError("give a store file or a postgresql:// URL", f"--db {db!r}")
        if db == ":memory:":  # SQLite's name for a database in memory, as a path too (cli49)
            raise UsageError(
                "a store in memory keeps nothing once the command ends; give a store file", f"--db {db}"
            )
        if db == "-":  # `ingest a.txt --db -` made a store file named "-" (cli55), where `-` is a stream
            raise UsageError(
                "a store is a file, not standard input or output; for a file named -, give ./-", "--db -"
            )
        return db
    if not db.startswith(SQLITE_URL):
        return None
    try:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError
    except ImportError:  # the words of `store.command.open_store`
        raise UsageError("--db needs the store extra: pip install 'newsbrief[store]'") from None

    try:
        url = make_url(db)
    except (ArgumentError, ValueError) as e:
        raise UsageError(f"not a sqlite URL ({e})", f"--db {db}") from None
    name = url.database or ""
    if url.query:  # SQLAlchemy ignored most with a two-line warning ("?mode=ro", "?immutable=1": cli53)
        raise UsageError(
            f"a sqlite URL's options ({db.split('?', 1)[1]}) are not read: the store opens its file as it"
            " must (read-only where it cannot be written); give the file alone",
            f"--db {db}",
        )
    if name in IN_MEMORY:
        raise UsageError(
            "a store in memory keeps nothing once the command ends; give a store file", f"--db {db}"
        )
    return name


# The files SQLite keeps beside a store while it is open (write-ahead log, its index, a rollback journal)
SIDECARS = ("-wal", "-shm", "-journal")


def store_files(db: str) -> list[str]:
    """The files of the store `db` an output must not replace: the SQLite file and those beside it
    (`stories --db news.db -o news.db-wal` replaced the log of commits a running `watch` had not yet
    copied into the store, cli47); none for a server."""
    path = sqlite_file(db)
    return [] if path is None else [path, *(path + s for s in SIDECARS)]


def refuse_a_sidecar(output: str | os.PathLike[str] | None, db: str) -> None:
    """`OutputError` when `output` names a file SQLite keeps beside the store `db`, there or not:
    `stories --db news.db -o news.db-wal` wrote the list there while the store was shut, and the next
    command to open the store deleted it as a stale log (cli49; a log there is refused as an input)."""
    path = sqlite_file(db)
    if output is None or path is None or os.fspath(output) == "-":
        return
    from ..errors import OutputError

    out = os.path.join(os.path.realpath(os.path.dirname(os.fspath(output)) or "."), os.path.basename(output))
    store = os.path.join(os.path.realpath(os.path.dirname(path) or "."), os.path.basename(path))
    if any(out == store + s for s in SIDECARS):
        raise OutputError(
            f"is where SQLite keeps a file of the store {path}; give another output", str(output)
        )


def refuse_an_input_as_store(db: str, inputs: Iterable[object]) -> None:
    """`UsageError` when the store `db`'s file, or one SQLite keeps beside it, is the very file (device
    and inode) of one the command reads: `ingest a.txt --db a.txt` said "a.txt: cannot open the store
    (file is not a database)", `ingest news.db --db news.db` called the store a binary input (cli55).
    Nothing is read or written; inputs that are no file (URLs, `-`) are passed over."""
    stored: dict[tuple[int, int], str] = {}
    for name in store_files(db):
        with contextlib.suppress(OSError, ValueError):
            st = os.stat(name)
            if stat.S_ISREG(st.st_mode):
                stored[(st.st_dev, st.st_ino)] = name
    if not stored:
        return
    for inp in inputs:
        if not isinstance(inp, str | os.PathLike) or os.fspath(inp) == "-":
            continue
        try:
            st = os.stat(inp)
        except (OSError, ValueError):
            continue
        name = stored.get((st.st_dev, st.st_ino))
        if name is not None:
            whose = "" if name == sqlite_file(db) else f"its file {name} "
            also = "" if os.fspath(inp) == name else f" ({os.fspath(inp)})"
            raise UsageError(f"{whose}is also an input{also}; a store is a file of its own", f"--db {db}")


def sidecar_of(path: str) -> str | None:
    """The SQLite file beside `path` whose write-ahead log, shared memory or journal `path` names (`x.db`
    for `x.db-wal`), when it exists; else None. A store made there is deleted by the next command that
    opens that file (SQLite takes it for the file's stale log: `ingest --db news.db-wal`, cli53)."""
    for s in SIDECARS:
        if path.endswith(s) and len(path) > len(s) and os.path.isfile(path[: -len(s)]):
            return path[: -len(s)]
    return None


def dangling_link(path: str) -> str | None:
    """What the symbolic link `path` points at when that does not exist (None when `path` is no such
    link). A store is never made through one, as GNU cp does not write through a dangling link: SQLite
    made the link's target (a store on the disk under an unmounted mount point, say; cli48)."""
    try:
        os.stat(path)
    except FileNotFoundError:
        pass
    except OSError:  # a loop of links (`link_loop`), a folder that cannot be searched: not "no target"
        return None
    else:
        return None
    try:
        return os.readlink(path)
    except OSError:  # no link (missing, or not a link), or one that cannot be read
        return None


def link_loop(path: str) -> str | None:
    """The system's words when the links of `path` go round in a loop (ELOOP), else None: `stories --db`
    called one "a link to loop2, which does not exist" (cli54), where the readers say "Too many levels of
    symbolic links"."""
    try:
        os.stat(path)
    except OSError as e:
        return os.strerror(e.errno) if e.errno == errno.ELOOP else None
    return None
