"""The command line: `newsbrief brief | schema | eval | batch | serve`.

Only typer is imported at start-up; every command imports what it needs when it runs.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys
import threading
from importlib import import_module
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperCommand, TyperGroup

from .errors import (
    ABORTED,
    ABORTED_EXIT,
    InputError,
    Interrupted,
    NewsbriefError,
    OutputError,
    Terminated,
    UsageError,
    error_line,
    raise_interrupted,
    say,
    shown,
)
from .options import (
    cache_dir_option,
    choice_option,
    format_option,
    inputs_argument,
    path_option,
    story_value,
)
from .render import builtin_formats


class NewsbriefGroup(TyperGroup):
    """The command group, with the parser's mistakes raised as newsbrief's own `UsageError`.

    typer 0.29 carries its own copy of click, so its exceptions are not `click.ClickException`; they
    all derive from the public `typer.TyperException` and are turned into ours here, at the one place
    the parser runs. `main()` then prints every `NewsbriefError` the same way.
    """

    def parse_args(self, ctx, args):  # type: ignore[no-untyped-def]
        if not args:
            raise UsageError(f"no command given; choose one of {', '.join(self.commands)} (or --help)")
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx, args):  # type: ignore[no-untyped-def]
        name = args[0]
        if name in self.commands or name.startswith("-"):
            return super().resolve_command(ctx, args)
        from difflib import get_close_matches

        close = get_close_matches(name, list(self.commands), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise UsageError(f"no such command{hint}; choose one of {', '.join(self.commands)}", name)

    def main(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:
            return super().main(*args, **kwargs)
        except typer.TyperException as e:
            argv = kwargs.get("args")
            raise dash_file(e, sys.argv[1:] if argv is None else argv) or parser_error(e) from None

    def make_context(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        try:  # the parser runs `--help` and `--version` here; typer made their EPIPE exit 1
            return super().make_context(*args, **kwargs)
        except BrokenPipeError:
            raise ReaderGone from None

    def invoke(self, ctx):  # type: ignore[no-untyped-def]
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise ReaderGone from None


class NewsbriefCommand(TyperCommand):
    """A command whose options of one value refuse a second, different value (`--words 100 --words
    200`, `-o a -o b` kept the last in silence): one usage line naming the option. The same value twice
    is taken, compared as read (`--words 100 --words 0100`, `-f json -f JSON`); flags (no value) and
    the options that collect a list (`--allowed-host`) are as before. A value read from `-o=x.md`
    (`=x.md`, as getopt reads it) or `-o --` (`--`) is refused too: both wrote a file of that name
    (cli57). `--help` anywhere wins over these refusals, as it wins over the parser's own value checks
    (`brief --help --words 1 --words 2` was the usage line, cli58).

    The hooks are on the parser of the click that typer 0.29 carries as a private copy (`typer._click`,
    pinned with typer in pyproject.toml): click has no public hook that sees each occurrence of an
    option (the parser keeps the last; `Context.get_parameter_source` says only "command line"), and
    `multiple=True` on every option would change each option's type, default and help. tests/
    test_cli_errors.py's table of every such option fails if a typer upgrade moves the hooks."""

    def make_parser(self, ctx):  # type: ignore[no-untyped-def]
        parser = super().make_parser(ctx)
        if not ctx.resilient_parsing:
            given: dict[str, object] = {}
            refused: list[UsageError] = []
            for option in {
                id(o): o for o in (*parser._long_opt.values(), *parser._short_opt.values())
            }.values():
                if option.action == "store":
                    option.process = _once(option, option.process, given, refused)
            parser._match_short_opt = _no_equals(parser, parser._match_short_opt, refused)
            help_option = self.get_help_option(ctx)
            parser.parse_args = _refusing(parser.parse_args, refused, help_option and help_option.name)
        return parser


def _refusing(parse, refused: list[UsageError], help_name: str | None):  # type: ignore[no-untyped-def]
    """The parser's `parse_args`, raising the first refusal once every argument is read, unless `--help`
    was among them (then the help is shown, as the parser shows it before checking any value)."""

    def parse_args(args):  # type: ignore[no-untyped-def]
        opts, largs, order = parse(args)
        if refused and not (help_name and opts.get(help_name)):
            raise refused[0]
        return opts, largs, order

    return parse_args


def _once(option, process, given: dict[str, object], refused: list[UsageError]):  # type: ignore[no-untyped-def]
    """`process` of a parser's option, refusing a value that differs from one given before, and `--`."""

    def once(value, state):  # type: ignore[no-untyped-def]
        name = _param_name(option.obj)
        if value == "--":
            problem = "took -- as its value; give one (./-- names a file of that name)"
            refused.append(UsageError(problem, name))
        elif option.dest in given and _read(option, given[option.dest]) != _read(option, value):
            before, now = shown(str(given[option.dest])), shown(str(value))
            refused.append(UsageError(f"given twice ('{before}', then '{now}'); give it once", name))
        given.setdefault(option.dest, value)
        return process(value, state)

    return once


def _read(option, value: object) -> object:  # type: ignore[no-untyped-def]
    """`value` as the option reads it, so two spellings of one value are the same (`100` and `0100`, a
    choice in any case, `a//b` and `a/b`); as given when it cannot be read (the parser names that later)."""
    try:
        return option.obj.get_runtime_param().coerce(value, param=option.obj, ctx=None)
    except (typer.TyperException, ValueError, TypeError):  # a value it refuses: compared as given
        return value


def _no_equals(parser, match, refused: list[UsageError]):  # type: ignore[no-untyped-def]
    """The parser's reading of a short option, refusing `-o=VALUE` for an option that takes a value."""

    def short(arg, state):  # type: ignore[no-untyped-def]
        option = parser._short_opt.get(arg[:2])
        if option is not None and option.takes_value and arg[2:3] == "=":
            flag, name, value = arg[:2], _param_name(option.obj), shown(arg[3:])
            problem = f"read as {flag} with the value '={value}'; give {flag} {value} or {name}={value}"
            refused.append(UsageError(problem, shown(arg)))
        return match(arg, state)

    return short


class ReaderGone(Exception):
    """Standard output's reader went away (`| head -1`, `| true`). typer turns a `BrokenPipeError` from
    a command into exit 1, and only when the reader left before the output filled the pipe; raised
    instead, it passes typer by and `main()` ends as for every early reader: exit 0, nothing said."""


def parser_error(e: typer.TyperException) -> NewsbriefError:
    """The parser's exception as ours: `<option or argument>: <problem>`, exit 2 for usage mistakes."""
    option = getattr(e, "option_name", None)
    param = getattr(e, "param", None)
    if option is not None:
        what = option
        if e.message.startswith("No such option"):
            problem = "no such option"
        elif "requires an argument" in e.message:
            problem = "needs a value"
        else:
            problem = _lower_first(e.message)
        close = sorted(getattr(e, "possibilities", None) or ())
        if close:
            problem += f" (did you mean {' or '.join(close)}?)"
    elif param is not None:
        what = _param_name(param)
        if type(e).__name__ == "MissingParameter":
            problem = f"required {getattr(param, 'param_type_name', 'argument')} missing"
        else:
            problem = _lower_first(e.message)
    else:
        what, problem = None, _lower_first(e.format_message())
    cls = UsageError if e.exit_code == 2 else InputError
    return cls(problem, what)


def dash_file(e: typer.TyperException, argv: list[str]) -> UsageError | None:
    """The parser's mistake over a file whose name starts with a dash, read as options (`brief
    -notes.txt` said "--sentences: input should be a valid integer": `-n` with the value "otes.txt";
    `-dash.txt` said "-d: no such option"): the usage error names the file and the two ways to give
    it. None when no argument the failing option was read from is an existing file."""
    param = getattr(e, "param", None)
    names = {getattr(e, "option_name", None), *(getattr(param, "opts", None) or ())} - {None}
    for arg in argv:
        if arg == "--":
            break
        read_as = any(arg == n or (not n.startswith("--") and arg.startswith(n)) for n in names)
        if read_as and arg.startswith("-") and arg not in ("-", "--") and os.path.lexists(arg):
            name = shown(arg)
            return UsageError(f"read as an option; for the file of that name give ./{name} or -- {name}", arg)
    return None


def _param_name(param) -> str:  # type: ignore[no-untyped-def]
    """`--words` for an option (its longest name), `DATA` for an argument (`BRIEF` for one with that
    metavar: the name its help shows)."""
    opts = getattr(param, "opts", None) or []
    if getattr(param, "param_type_name", "") == "option" and opts:
        return max(opts, key=len)
    return (getattr(param, "metavar", None) or getattr(param, "name", None) or "argument").upper()


def _lower_first(text: str) -> str:
    text = text.strip().rstrip(".")
    return text[:1].lower() + text[1:]


app = typer.Typer(
    name="newsbrief",
    help="Turn the articles covering one news story into a cited brief.",
    cls=NewsbriefGroup,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Each module has `register(app)` adding its commands; listed here so the wiring is visible.
COMMAND_MODULES: tuple[str, ...] = (
    "newsbrief.render.command",
    "newsbrief.web",
    "newsbrief.evaluation.command",
    "newsbrief.batch.command",
    "newsbrief.cluster.command",
    "newsbrief.store.command",
    "newsbrief.watch",
)


@app.command("brief")
def brief_command(
    inputs: Annotated[list[str] | None, inputs_argument("Files, folders, URLs, or - for stdin.")] = None,
    words: Annotated[
        int, typer.Option("--words", "-w", help="Word budget of the summary (6 or more).")
    ] = 250,
    sentences: Annotated[
        int | None, typer.Option("--sentences", "-n", min=1, help="Sentence budget (overrides --words).")
    ] = None,
    method: Annotated[str, choice_option("--method", "-m", help="Summarizer name.")] = "default",
    fmt: Annotated[str, format_option(f"Output format: {', '.join(builtin_formats())}.")] = "terminal",
    output: Annotated[
        Path | None, path_option("--output", "-o", help="Write to this file (atomically).")
    ] = None,
    example: Annotated[bool, typer.Option("--example", help="Use the built-in example story.")] = False,
    story: Annotated[
        str | None, typer.Option("--story", parser=story_value, help="Story id in a JSONL input.")
    ] = None,
    no_timings: Annotated[
        bool, typer.Option("--no-timings", help="Leave timings out (reproducible).")
    ] = False,
    no_analysis: Annotated[bool, typer.Option("--no-analysis", help="Skip quotes/entities/claims.")] = False,
    ner: Annotated[
        str,
        choice_option(
            "--ner", help="Entity recogniser: rules (default, no model), spacy (the [nlp] extra) or auto."
        ),
    ] = "rules",
    cache_dir: Annotated[
        Path | None, cache_dir_option("Cache fetched URLs here; a re-run does not refetch.")
    ] = None,
    db: Annotated[str | None, typer.Option("--db", help="Brief story --story ID of this store.")] = None,
) -> None:
    """Summarize one story with citations."""
    from . import pipeline
    from .empty_summary import check_words
    from .io import refuse_an_input
    from .model import BriefOptions
    from .render import formats, is_format, show

    if not is_format(fmt):
        raise UsageError(f"unknown --format {fmt!r}; choose one of {', '.join(formats())}")
    check_words(words, sentences)  # before `validate`: `--words 0` is below 6 too, not only below 1
    options = BriefOptions(words, sentences, method, not no_analysis, ner, not no_timings).validate()
    from .ingest.load import files_read
    from .store.location import refuse_a_sidecar, store_files

    refuse_an_input(output, [*files_read(inputs or []), *(store_files(db) if db else ())])
    if db:
        refuse_a_sidecar(output, db)
    if db is not None:
        if inputs or example:  # they were silently left unread: the brief was of the store's story
            given = "inputs" if inputs else "--example"
            raise UsageError(f"--db briefs a story of the store; {given} cannot be given with it")
        from .store.command import brief_from_store

        return brief_from_store(db, story, options, fmt, output)
    raws = _gather(inputs or [], example=example, story=story, cache_dir=cache_dir)
    # a limit names the story: its one document's file when it has one ("story: over the limit" for
    # `brief big.txt` named no file), else `story`
    name = raws[0].source if len(raws) == 1 else "story"
    show(pipeline.brief_raws(raws, options, name=name, refuse_empty=True), fmt, output)


def _gather(inputs: list[str], *, example: bool, story: str | None, cache_dir: Path | None = None) -> list:
    from .ingest import load

    raws = []
    if example and inputs:  # the example's three articles and yours were briefed as one story (cli49)
        raise UsageError("--example is a story of its own; give inputs or --example, not both")
    if example:
        from .example import example_docs

        raws.extend(example_docs())
    if inputs:
        raws.extend(load(inputs, story=story, cache_dir=cache_dir))
    elif story is not None:
        raise UsageError(f"--story {story} needs a JSONL stories file as input")
    if not raws:
        raise UsageError("no input: give files, folders, URLs, - for stdin, or --example")
    return raws


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of a brief."""
    from .io import emit
    from .schema import schema_text

    emit(schema_text(), None)  # `> /dev/full`: one line naming <stdout>, as every command's output


def version_text() -> str:
    """`newsbrief <version>`: the installed package's version (its metadata), else the source's own
    `__version__` (a tree run from `src` that is not installed). Only `importlib.metadata` is loaded."""
    from importlib import metadata

    try:
        version = metadata.version("newsbrief")
    except metadata.PackageNotFoundError:
        from . import __version__ as version
    return f"newsbrief {version}\n"


def _show_version(value: bool) -> None:
    if value:
        from .io import emit

        emit(version_text(), None)  # `> /dev/full`: one line naming <stdout>, as every output
        raise typer.Exit(0)


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Turn the articles covering one news story into a cited brief."""


for _name in COMMAND_MODULES:
    import_module(_name).register(app)
for _info in app.registered_commands:  # every command refuses an option given twice (`NewsbriefCommand`)
    if _info.cls in (None, TyperCommand):
        _info.cls = NewsbriefCommand


# the signals `_main` turns into `Interrupted`, each while its handler is the default one (not ignored)
OWN_SIGNALS: tuple[tuple[signal.Signals, object], ...] = (
    (signal.SIGINT, signal.default_int_handler),
    (signal.SIGTERM, signal.SIG_DFL),
    (signal.SIGHUP, signal.SIG_DFL),
)


class ClosedStdout(io.TextIOBase):
    """`sys.stdout` when the process started with it closed (`>&-`: Python sets it to None, and every
    write was an AttributeError traceback): a write is one `OutputError` line; `-o FILE` still works."""

    def write(self, text: str) -> int:
        raise OutputError("standard output is closed; give -o FILE", "<stdout>")

    def isatty(self) -> bool:
        return False

    def writable(self) -> bool:
        return True


def _closed_streams() -> tuple[object, object]:
    """Stand-ins for a standard stream closed at start (None): stdout is `ClosedStdout`, stderr the null
    device (a `print(file=None)` wrote the error line to stdout, into the output a pipe expects).
    Returns what was there, to put back."""
    was = sys.stdout, sys.stderr
    if sys.stdout is None:
        sys.stdout = ClosedStdout()
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - kept for the run, closed when put back
    return was


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the app; every user mistake becomes one line `newsbrief: error: ...` and a code."""
    was = _closed_streams()
    try:
        return _main(argv)
    finally:
        if was[1] is None and sys.stderr is not None:
            sys.stderr.close()
        sys.stdout, sys.stderr = was  # type: ignore[assignment]


def _main(argv: list[str] | None) -> int:
    main_thread = threading.current_thread() is threading.main_thread()
    # not a signal that is ignored (`nohup`, a background job's SIGINT); the entry point's own SIGTERM
    # handler, set while this module loaded, is kept to the end of the run as the default is
    own = [
        (sig, default)
        for sig, default in OWN_SIGNALS
        if main_thread and signal.getsignal(sig) in (default, raise_interrupted)
    ]
    for sig, _ in own:
        signal.signal(sig, raise_interrupted)
    try:
        rv = app(args=argv, standalone_mode=False)  # a command's `typer.Exit(n)` comes back as n here
    except NewsbriefError as e:
        return _fail(e)
    except (BrokenPipeError, ReaderGone):
        _quiet_stdout()
        return 0
    except OSError as e:  # a safety net: readers and writers raise InputError/OutputError themselves
        if _help_write_failed(e):
            from .io import stdout_failed

            return _fail(stdout_failed(e))
        if e.filename is None and _no_working_folder():
            return _fail(
                InputError("the working folder no longer exists (it was removed); cd to one that does")
            )
        return _fail(InputError(e.strerror or str(e), str(e.filename) if e.filename else None))
    except Terminated as e:  # SIGTERM, SIGHUP: each its own line and code
        say(e.line)
        return e.exit_code
    except (typer.Abort, KeyboardInterrupt, Interrupted):
        print(ABORTED, file=sys.stderr)
        return ABORTED_EXIT
    finally:
        for sig, default in own:
            signal.signal(sig, default)  # type: ignore[arg-type]
    return rv if isinstance(rv, int) else 0


def _no_working_folder() -> bool:
    """Whether the working folder is gone (removed while the shell stood in it): a relative path then
    cannot be resolved, and the error was the bare "No such file or directory", naming nothing (cli56)."""
    try:
        os.getcwd()
    except FileNotFoundError:
        return True
    return False


def _help_write_failed(e: OSError) -> bool:
    """Whether `e` was raised writing to standard output inside the parser's `echo`, which prints
    `--help` (the one text the parser writes; every command writes through `io`, naming `<stdout>`):
    `--help > /dev/full` said "No space left on device", naming nothing. Read off the traceback, the
    one record of where the parser's write failed; a parser that writes otherwise is left as before."""
    import traceback

    for frame, _ in traceback.walk_tb(e.__traceback__):
        if frame.f_code.co_name == "echo" and frame.f_globals.get("__name__", "").startswith("typer."):
            stream = frame.f_locals.get("file")
            with contextlib.suppress(AttributeError, OSError, ValueError):
                return stream is sys.stdout or stream.fileno() == sys.stdout.fileno()
    return False


def _quiet_stdout() -> None:
    """Standard output onto the null device once its reader has gone: Python flushes it again at exit,
    which would fail once more ("Exception ignored ... BrokenPipeError", exit 120)."""
    with contextlib.suppress(OSError, ValueError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def _fail(e: NewsbriefError) -> int:
    print(error_line(e), file=sys.stderr)
    return e.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
