"""Options several commands share, each checked by the parser at start, before any input is read.

Only typer and the standard library are imported here: `cli` imports this module at start-up.
"""

from __future__ import annotations

import errno
import math
import os
import stat
from pathlib import Path
from typing import Any

import typer

from .errors import UsageError

# The most worker processes an option may ask for (`--jobs`, `--workers`): far above any core count
# newsbrief runs on (the defaults are the cores, or 1). More is a typo: `-j 100000` forked until the
# machine stalled, and a count past a C int was an OverflowError traceback.
MAX_PROCESSES = 1024

# The longest wait an option may ask for, in seconds (`serve --fetch-timeout`, `--header-timeout`): a
# day is far above any a page or a request's headers need; more is a typo (and past about 1e9 s every
# fetch was an OverflowError from the socket's timeout).
MAX_SECONDS = 86_400.0


# The shortest wait a seconds option may ask for (a tenth of a second: less is no timeout a page or a
# request's headers could meet).
MIN_SECONDS = 0.1


def seconds_value(value: str | float) -> float:
    """A seconds option as the parser reads it: a real number from `MIN_SECONDS` to `MAX_SECONDS`.
    The parser's own float check read `nan` as "should be less than or equal to 86400" (every
    comparison with nan is false); a parser given to typer replaces its range check, so it is here,
    with the parser's words for the rest."""
    if isinstance(value, float):  # the default, given to the parser as it is
        return value
    try:
        seconds = float(value) if value.isascii() else None  # `float` reads "٣٠"; no other option does
    except ValueError:
        seconds = None
    if seconds is None:
        raise typer.BadParameter("input should be a valid number, unable to parse string as a number")
    if math.isnan(seconds):
        raise typer.BadParameter(f"{value!r} is not a number (give seconds, such as 10 or 2.5)")
    if seconds < MIN_SECONDS:
        raise typer.BadParameter(f"input should be greater than or equal to {MIN_SECONDS:g}")
    if seconds > MAX_SECONDS:
        raise typer.BadParameter(f"input should be less than or equal to {MAX_SECONDS:g}")
    return seconds


def seconds_option(help: str) -> Any:
    """A wait in seconds (`serve --fetch-timeout`, `--header-timeout`), read by `seconds_value`; help
    shows the range as typer's own float options do."""
    return typer.Option(
        parser=seconds_value, min=MIN_SECONDS, max=MAX_SECONDS, metavar="<seconds>", help=help
    )


def path_value(value: str) -> Path:
    """A path option or argument as the parser reads it, refusing an empty one (exit 2, naming the
    option): `Path("")` is the working folder, so `-o ''` said ". is a folder", `--cache-dir ''`
    cached into the working folder and `eval ''` read it."""
    if not value:
        raise typer.BadParameter("the path is empty")
    return Path(value)


STDIN = "-"
NOT_STDIN = "is standard input (-), which this command does not read; give a file"


def file_value(value: str) -> Path:
    """`path_value` for an input that must be a file (`batch`'s stories, `eval`'s data): `-` is refused
    by name, where it was "-: no such file or directory"."""
    if value == STDIN:
        raise typer.BadParameter(NOT_STDIN)
    return path_value(value)


def input_value(value: str) -> str:
    """A command's input (a file, folder, URL or -) as the parser reads it, refusing an empty one:
    `brief ''` and `ingest ''` read every file of the working folder."""
    if not value:
        raise typer.BadParameter("an input is empty")
    return value


def story_value(value: str) -> str:
    """`brief --story ID` as the parser reads it, refusing an empty id (exit 2, as `--db ''` is): a row
    without an id, or with an empty one, is given a hash of its documents, so `--story ''` matched none
    and said "no story with id ''", exit 1 (cli58)."""
    if not value:
        raise typer.BadParameter("the story id is empty (give one of the input's ids)")
    return value


def feed_value(value: str) -> str:
    """`input_value` for `watch`, which reads its feeds again at every poll: not `-`."""
    if value == STDIN:
        raise typer.BadParameter(NOT_STDIN)
    return input_value(value)


def _stdin_once(values: list[str] | str | None) -> list[str] | str | None:
    """Standard input can be read once: a second `-` read nothing and said "<stdin>: file is empty"."""
    if isinstance(values, list) and values.count(STDIN) > 1:
        raise typer.BadParameter("- (standard input) is given twice; it can be read once")
    return values


def choice_value(value: str) -> str:
    """A choice (`--format`, `--method`, `--methods`, `--ner`, `--reader`, `--log-level`) as the parser
    reads it, lower-cased: every built-in name is lower case, and `--format JSON` was "unknown --format"
    (cli41), `--method LEAD` and `--ner RULES` "unknown" while `--format JSON` was taken (cli57). click's
    `Choice(case_sensitive=False)` reads a choice so too. A plugin's name is matched in any case
    (`registry.Registry`)."""
    return value.lower()


def choice_option(*names: str, help: str) -> Any:
    """An option naming one of a set of names (or, `--methods`, several), read by `choice_value`."""
    return typer.Option(*names, parser=choice_value, help=help)


def format_option(help: str) -> Any:
    """The `--format`/`-f` option of every command that takes one, read by `choice_value`."""
    return choice_option("--format", "-f", help=help)


def output_value(value: str) -> Path:
    """`path_value` for an output file: a path ending in a slash names a folder, and `Path` drops the
    slash (`brief a.txt -o briefs/` wrote a file named `briefs`, cli47)."""
    if value.endswith(("/", os.sep)):
        raise typer.BadParameter(f"{value!r} ends in {value[-1]}, naming a folder; give a file name")
    return path_value(value)


def path_option(*names: str, help: str) -> Any:
    """An option naming an output file (`-o`, `--per-story`), read by `output_value`; help shows
    `<path>` as for a plain `Path` option."""
    return typer.Option(*names, parser=output_value, metavar="<path>", help=help)


def path_argument(help: str) -> Any:
    """An argument naming an input file or folder, read by `file_value`."""
    return typer.Argument(parser=file_value, help=help)


def inputs_argument(help: str, stdin: bool = True, **kwargs: Any) -> Any:
    """The input arguments of a command (files, folders, URLs, and - unless `stdin` is False), read by
    `input_value` (`feed_value` without stdin); `-` at most once."""
    parser = input_value if stdin else feed_value
    return typer.Argument(parser=parser, callback=_stdin_once, help=help, **kwargs)


def check_cache_dir(cache_dir: Path, option: str = "--cache-dir") -> None:
    """`UsageError` now if `cache_dir` cannot be a folder (it, or the nearest of its parents that exists,
    is a file or another non-folder), instead of a failed write on every fetch later. A missing folder
    is fine: the first write creates it."""
    for p in (cache_dir, *cache_dir.parents):
        try:
            if stat.S_ISDIR(p.stat().st_mode):
                return
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError as e:
            if e.errno != errno.ELOOP:
                return  # cannot tell (no permission): left to the write
            # a loop of links is never a folder: it was taken, and every fetch's cache write failed (cli54)
            where = "" if p == cache_dir else f"{p} "
            raise UsageError(f"{where}cannot be a folder ({e.strerror})", f"{option} {cache_dir}") from None
        where = "" if p == cache_dir else f"{p} "
        raise UsageError(f"{where}is not a folder", f"{option} {cache_dir}")


def _checked_cache_dir(value: Path | None) -> Path | None:
    if value is not None:
        check_cache_dir(value)
    return value


def cache_dir_option(help: str) -> Any:
    """The `--cache-dir` option of every command that fetches URLs, checked by `check_cache_dir` as
    the command line is parsed (a file there failed every fetch later, each with its own error)."""
    return typer.Option(
        "--cache-dir", parser=path_value, metavar="<path>", callback=_checked_cache_dir, help=help
    )
