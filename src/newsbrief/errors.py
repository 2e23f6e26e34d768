"""Errors a user can act on: each carries a one-line message naming the input and the problem."""

from __future__ import annotations

import contextlib
import re
import signal
import sys

ABORTED = "newsbrief: aborted"  # what a Ctrl-C (SIGINT) says, at any point of any command
ABORTED_EXIT = 130  # its exit code: 128 + SIGINT, as a shell reports a process a Ctrl-C ended
TERMINATED = "newsbrief: terminated (SIGTERM)"  # what `kill` (SIGTERM) says, at any point of any command
TERMINATED_EXIT = 143  # 128 + SIGTERM
HUNG_UP = "newsbrief: terminated (SIGHUP)"  # what a hang-up (the terminal closed, `kill -HUP`) says
HUNG_UP_EXIT = 129  # 128 + SIGHUP


class NewsbriefError(Exception):
    """Base class; `exit_code` is 1 for bad input, 2 for bad usage."""

    exit_code = 1

    def __init__(self, message: str, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{shown(source)}: {message}" if source else message)


def error_line(e: NewsbriefError) -> str:
    """The one line an error is printed as, by `newsbrief` and by every `python -m newsbrief.…` tool."""
    return f"newsbrief: error: {e}"


def shown(source: str) -> str:
    """`source` as the error line names it: a name with a control character (a file named with a
    newline, a terminal escape) escaped as Python writes it, so the error stays one line of plain text;
    a byte of a file name that is no UTF-8 (Python's surrogate escape) as the byte: `\\xff`, where the
    line said `\\udcff` (cli54)."""
    if source.isprintable():
        return source
    return _SURROGATE_BYTE.sub(r"\1\\x\2", repr(source)[1:-1])


# `\udcXX` in `repr`'s text, after an even number of backslashes (an escape, not escaped text): the byte XX
_SURROGATE_BYTE = re.compile(r"(?<!\\)((?:\\\\)*)\\udc([89a-f][0-9a-f])")


def counted(n: int, noun: str) -> str:
    """ "1 article", "2 articles", "3 stories": a count in a message, its noun plural unless it is one
    (messages said "1 articles added", "scored 1 of 1 stories", cli51)."""
    if n != 1:
        noun = noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in "aeiou" else noun + "s"
    return f"{n:,} {noun}"


class InputError(NewsbriefError):
    """An input file, URL or story that cannot be read or has nothing usable in it."""

    exit_code = 1


class UsageError(NewsbriefError):
    """A command-line option or argument that makes no sense."""

    exit_code = 2


class OutputError(NewsbriefError):
    """An output file or folder that cannot be written."""

    exit_code = 1


class Interrupted(BaseException):
    """Ctrl-C (SIGINT) while `cli.main()` runs. typer 0.29 turns a `KeyboardInterrupt` raised inside a
    command into a silent exit 130, so SIGINT raises this instead: typer lets it through to `main()`,
    which says "aborted". A `BaseException`, like `KeyboardInterrupt`, so no `except Exception` of a
    command (one bad article recorded, the rest go on) swallows it."""


class Terminated(Interrupted):
    """SIGTERM: it ended `ingest` or `batch` with no word (status -15), where a Ctrl-C says "aborted"
    (cli54). Raised as Ctrl-C is, so each command stops as it does on one (a store's open transaction
    rolled back, a batch output cut back to its last whole row); said in one line, exit 143. Here, not
    in `cli`, so the script's entry point raises it too while `cli` loads (cli55). `watch` and `serve`
    take SIGTERM themselves while they run, as a request to stop."""

    line, exit_code = TERMINATED, TERMINATED_EXIT


class HungUp(Terminated):
    """SIGHUP (the terminal closed, `kill -HUP`): it ended `ingest` and `watch` by the signal with no
    word (exit 129, cli57). A stop as SIGTERM is, with its own line and code (cli58)."""

    line, exit_code = HUNG_UP, HUNG_UP_EXIT


# the exception each signal the command line takes raises while it runs
_RAISED: dict[int, type[Interrupted]] = {signal.SIGTERM: Terminated, signal.SIGHUP: HungUp}


def raise_interrupted(signum: int, frame: object) -> None:
    """The handler of SIGINT, SIGTERM and SIGHUP while the command line runs: `Interrupted`,
    `Terminated` or `HungUp`."""
    raise _RAISED.get(signum, Interrupted)


def say(line: str) -> None:
    """`line` on standard error, unless there is none (closed at start, `2>&-`) or it cannot be written (a
    hang-up took the terminal away): how a stop (`Interrupted`) is said, by `cli` and by the entry point."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            print(line, file=sys.stderr)
