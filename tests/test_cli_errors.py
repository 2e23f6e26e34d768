"""Every user mistake through the real console script: one stderr line `newsbrief: error: ...`, the
right exit code (2 usage, 1 input/output), never a traceback."""

from __future__ import annotations

import contextlib
import gc
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest
from helpers import as_a_terminal_starts_it

NEWSBRIEF = Path(sys.executable).with_name("newsbrief")
ARTICLE = (
    "The river ferry will run again on Monday after a two-week strike by its crews ended with a deal. "
    "Crews accepted a pay rise of four percent over two years, the operator said on Friday. "
    "Passengers had been taking buses that added an hour to each journey."
)


def run_cli(*args: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    if not NEWSBRIEF.exists():
        pytest.fail(f"the console script is not installed next to {sys.executable}")
    return subprocess.run(
        [str(NEWSBRIEF), *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=timeout,
    )


def one_error(proc: subprocess.CompletedProcess, code: int) -> str:
    """The single stderr line of a failed run, checked: the code, the prefix, no traceback."""
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    assert proc.returncode == code, (proc.returncode, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("newsbrief: error: "), err
    return lines[0].removeprefix("newsbrief: error: ")


# Where a row's output would go if its mistake were not caught: nothing can be written there (the
# commands run in the working folder, and a regression must not litter it).
NOWHERE = "/nonexistent-newsbrief-test-dir"


# -- usage: exit 2 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((), "no command given; choose one of brief"),
        (("brief", "x.txt", "--wrods", "100"), "--wrods: no such option (did you mean --words?)"),
        (("brief", "x.txt", "--words", "0"), "--words: "),
        (("brief", "x.txt", "--words", "-5"), "--words: "),
        (("brief", "x.txt", "--words", "abc"), "--words: "),
        (("brief", "--example", "-w"), "-w: needs a value"),
        (("breif", "x.txt"), "breif: no such command (did you mean brief?)"),
        (("no-such-command",), "no-such-command: no such command"),
        (("eval",), "DATA: required argument missing"),
        (("batch",), "STORIES: required argument missing"),
        (("batch", "x.jsonl"), "--output: required option missing"),
        (("--bogus-option",), "--bogus-option: no such option"),
        (("brief", "--example", "--format", "pdf"), "unknown --format 'pdf'"),
        (("brief", "--example", "--method", "Nosuch"), "unknown --method 'nosuch'; choose one of default"),
        (("brief", "--example", "--ner", "NOSUCH"), "unknown --ner 'nosuch'; choose one of rules"),
        (("eval", "x.jsonl", "--methods", "Lead,Nosuch"), "--methods: unknown method nosuch; choose from"),
        (("brief", "--db", "x.db", "--story", "1", "x.txt"), "--db briefs a story of the store; inputs"),
        (("brief", "--db", "x.db", "--story", "1", "--example"), "--db briefs a story of the store; --e"),
        # the example's articles and x.txt were briefed as one story, exit 0 (session 49)
        (("brief", "--example", "x.txt"), "--example is a story of its own; give inputs or --example, not"),
        (("serve", "--port", "99999"), "--port: "),
        # without --brief the budget was left unused, exit 0 (cli47)
        (("cluster", "x.txt", "-w", "50"), "--words is the budget of each brief; give --brief too"),
        (("serve", "--log-level", "nosuch"), "unknown --log-level 'nosuch'; choose one of critical"),
        # the resolver's answer to an empty host was "--host : cannot listen on this address (...)" (cli41b)
        (("serve", "--host", ""), "--host: the address is empty (give one, such as 127.0.0.1"),
        (("serve", "--host", "  "), "--host: the address is empty"),
        # an empty --allowed-host was served: a request with an empty Host header passed the guard (cli42)
        (("serve", "--allowed-host", ""), "--allowed-host: the name is empty (give one the server is"),
        (("serve", "--allowed-host", "a", "--allowed-host", " "), "--allowed-host: the name is empty"),
        # a process count past a C int was an OverflowError traceback; 100000 forked until the machine stalled
        (
            ("batch", "x.jsonl", "-o", "o.jsonl", "-j", "9" * 30),
            "--jobs: input should be less than or equal to 1024",
        ),
        (("eval", "x.jsonl", "-j", "100000"), "--jobs: input should be less than or equal to 1024"),
        (("ingest", "x.txt", "--workers", "9" * 30), "--workers: input should be less than or equal to 1024"),
        (("watch", "x.rss", "--workers", "2000"), "--workers: input should be less than or equal to 1024"),
        # serve started with these (fuzz36): a limit no brief could reach, a worker count that was an
        # OverflowError traceback in the pool at start (then a hang), a timeout that was one in every fetch
        (
            ("serve", "--max-words", "1" + "0" * 23),
            "--max-words: input should be less than or equal to 5000000",
        ),
        (("serve", "--max-story-bytes", "5000001"), "--max-story-bytes: input should be less than or equal"),
        (("serve", "--max-documents", "501"), "--max-documents: input should be less than or equal to 500"),
        (("serve", "--workers", "9" * 30), "--workers: input should be less than or equal to 1024"),
        (("serve", "--large-workers", "2000"), "--large-workers: input should be less than or equal to 1024"),
        (("serve", "--queue", "100000"), "--queue: input should be less than or equal to 256"),
        (("serve", "--fetch-timeout", "inf"), "--fetch-timeout: input should be less than or equal to 86400"),
        (("serve", "--header-timeout", "1e300"), "--header-timeout: input should be less than or equal"),
        # nan said "should be less than or equal to 86400" (every comparison with nan is false) (cli43)
        (("serve", "--fetch-timeout", "nan"), "--fetch-timeout: 'nan' is not a number (give seconds"),
        (("serve", "--header-timeout", "-NaN"), "--header-timeout: '-NaN' is not a number"),
        (("serve", "--fetch-timeout", "0"), "--fetch-timeout: input should be greater than or equal to 0.1"),
        (("serve", "--fetch-timeout", "abc"), "--fetch-timeout: input should be a valid number"),
        (("serve", "--fetch-timeout", "٣٠"), "--fetch-timeout: input should be a valid number"),
        # an empty --db opened an in-memory store: stories listed none, exit 0 (fuzz36)
        (("stories", "--db", ""), "--db '': give a store file or a postgresql:// URL"),
        # a blank name was a file's: "newsbrief: error:  : no such store", exit 1 (cli56)
        (("stories", "--db", " "), "--db ' ': give a store file or a postgresql:// URL"),
        (("stories", "--db", "\t"), "--db '\\t': give a store file or a postgresql:// URL"),
        (("serve", "--db", "  "), "--db '  ': give a store file or a postgresql:// URL"),
        # batch wrote a file named "-" (fuzz36)
        (("batch", "x.jsonl", "-o", "-"), "--output '-': is standard output; batch writes a file it resumes"),
        # an empty path is the working folder: `-o ''` said ". is a folder", `--cache-dir ''` cached into
        # it, `brief ''`/`ingest ''` read every file in it, `eval ''` scored it (cli37)
        (("brief", "--example", "-o", ""), "--output: the path is empty"),
        (("brief", "--example", "--output="), "--output: the path is empty"),
        (("stories", "-o", ""), "--output: the path is empty"),
        (("eval", "x.jsonl", "--per-story", ""), "--per-story: the path is empty"),
        (("cluster", "x.txt", "--cache-dir", ""), "--cache-dir: the path is empty"),
        (("eval", ""), "DATA: the path is empty"),
        (("batch", "", "-o", f"{NOWHERE}/o.jsonl"), "STORIES: the path is empty"),
        (("brief", "x.txt", ""), "INPUTS: an input is empty"),
        (("ingest", "", "--db", f"{NOWHERE}/n.db"), "INPUTS: an input is empty"),
        (("watch", ""), "FEEDS: an input is empty"),
        (("render", ""), "BRIEF: an input is empty"),
        (("render",), "BRIEF: required argument missing"),  # was BRIEF_FILE, a name its help never shows
        # standard input where a command does not read it: "-: no such file or directory"; given twice,
        # the second read nothing: "<stdin>: file is empty" (cli37)
        (
            ("batch", "-", "-o", f"{NOWHERE}/o.jsonl"),
            "STORIES: is standard input (-), which this command does not",
        ),
        (("eval", "-"), "DATA: is standard input (-), which this command does not read; give a file"),
        (("watch", "-"), "FEEDS: is standard input (-), which this command does not read; give a file"),
        (("brief", "-", "x.txt", "-"), "INPUTS: - (standard input) is given twice; it can be read once"),
        (("cluster", "-", "-"), "INPUTS: - (standard input) is given twice"),
        # cli43: `-m ''` ran every default method (`-m ','` was refused); `--dask ''` ran without Dask;
        # an --allowed-host no Host header can hold was taken (never served)
        (("eval", "x.jsonl", "--methods", ""), "--methods: no method named; choose from default"),
        (("batch", "x.jsonl", "-o", f"{NOWHERE}/o.jsonl", "--dask", ""), "--dask: the address is empty"),
        (("serve", "--allowed-host", "a b"), "--allowed-host: 'a b' is no host name (give one such as"),
        (("serve", "--allowed-host", "http://news.lan"), "--allowed-host: 'http://news.lan' is no host name"),
    ],
)
def test_usage_mistakes_are_one_line_and_exit_2(args: tuple[str, ...], expected: str) -> None:
    assert one_error(run_cli(*args), 2).startswith(expected)


@pytest.mark.parametrize("args", [("-h",), ("--help",), ("brief", "-h"), ("batch", "--help")])
def test_help_exits_0(args: tuple[str, ...]) -> None:
    proc = run_cli(*args)
    assert proc.returncode == 0 and proc.stderr == b""
    assert proc.stdout.startswith(b"Usage: newsbrief")


def test_the_python_entry_point_returns_the_code(capsys) -> None:
    from newsbrief.cli import main

    assert main(["brief", "--wrods", "1"]) == 2
    assert capsys.readouterr().err == "newsbrief: error: --wrods: no such option (did you mean --words?)\n"


def test_every_format_option_ignores_case() -> None:
    """`--format JSON` / `-f Md` were "unknown --format": every command's `--format` is lower-cased
    as parsed, as click's `Choice(case_sensitive=False)` reads a choice."""
    import typer

    from newsbrief.cli import app

    group = typer.main.get_command(app)
    taking = {}
    for name, command in group.commands.items():
        if any("--format" in getattr(p, "opts", ()) for p in command.params):
            ctx = command.make_context(name, ["--format", "Md"], resilient_parsing=True)
            taking[name] = ctx.params["fmt"]
    assert sorted(taking) == ["batch", "brief", "cluster", "eval", "render", "stories"]
    assert set(taking.values()) == {"md"}


# Every choice option (a name out of a set): each is read in any case by `options.choice_value` (cli57:
# `--method LEAD` and `--ner RULES` were "unknown" while `--format JSON` was taken).
CHOICES = {
    ("brief", "--format"): "Md",
    ("brief", "--method"): "LEAD",
    ("brief", "--ner"): "Rules",
    ("batch", "--format"): "JSON",
    ("batch", "--method"): "TextRank",
    ("batch", "--ner"): "AUTO",
    ("cluster", "--format"): "Md",
    ("eval", "--format"): "JSON",
    ("eval", "--methods"): "Lead,TEXTRANK",
    ("eval", "--reader"): "JSONL",
    ("render", "--format"): "Html",
    ("serve", "--log-level"): "DEBUG",
    ("stories", "--format"): "Md",
}


def test_every_choice_option_is_read_in_any_case() -> None:
    import typer

    from newsbrief.cli import app
    from newsbrief.options import choice_value

    group = typer.main.get_command(app)
    read = {
        (name, max(p.opts, key=len)): p.type_descriptor.parameter_info.parser
        for name, cmd in group.commands.items()
        for p in cmd.params
        if p.param_type_name == "option"
    }
    assert {k for k, parser in read.items() if parser is choice_value} == set(CHOICES)
    for (name, option), value in CHOICES.items():
        ctx = group.commands[name].make_context(name, [option, value], resilient_parsing=True)
        assert value.lower() in ctx.params.values(), (name, option, ctx.params)


@pytest.mark.parametrize(
    "args",
    [
        ("brief", "--example", "--no-timings", "-f", "JSON", "--method", "LEAD", "--ner", "RULES"),
        ("brief", "--example", "--no-timings", "-f", "json", "-m", "Lead", "--no-analysis"),
    ],
)
def test_an_upper_case_method_and_ner_brief(capsys, args) -> None:
    """`--method LEAD` was "unknown --method 'LEAD'" while `--format JSON` was taken (cli57)."""
    from newsbrief.cli import main

    assert main(list(args)) == 0
    assert json.loads(capsys.readouterr().out)["method"] == "lead"


def test_eval_methods_in_any_case() -> None:
    from newsbrief.evaluation.command import parse_methods
    from newsbrief.options import choice_value

    assert parse_methods(choice_value("Lead, TEXTRANK,lead")) == ("lead", "textrank")
    # called as it is (not through the parser), too: the names were matched only once lower-cased
    assert parse_methods("Lead, TEXTRANK,lead") == ("lead", "textrank")


def test_a_plugin_name_in_capitals_is_found_in_lower_case(monkeypatch) -> None:
    """The command line lower-cases a choice: a plugin registered as `MyWay` is still `-m myway`."""
    from newsbrief import registry

    lead = "newsbrief.summarize.lead:LeadSummarizer"
    reg = registry.Registry("method", "newsbrief.test-none", {"lead": lead})
    monkeypatch.setattr(reg, "_plugins", lambda: {"MyWay": lead})
    assert "myway" in reg and "MYWAY" in reg and "lead" in reg and "Lead" in reg and "other" not in reg
    assert reg.get("myway") is reg.get("MyWay")


def test_an_upper_case_format_briefs(capsys) -> None:
    from newsbrief.cli import main

    assert main(["brief", "--example", "--no-timings", "--no-analysis", "--format", "JSON"]) == 0
    assert json.loads(capsys.readouterr().out)["method"] == "default"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args", [("schema",), ("eval", "DATA", "-m", "lead"), ("eval", "DATA", "-f", "json")]
)
def test_a_full_standard_output_is_named(tmp_path: Path, args: tuple[str, ...]) -> None:
    """`schema` and `eval` wrote to standard output past `io.emit`: `> /dev/full` said "No space left
    on device", naming nothing; now it names <stdout> as every other command's output does."""
    data = tmp_path / "s.jsonl"
    data.write_text(json.dumps({"id": "s1", "documents": [ARTICLE], "summaries": [ARTICLE]}) + "\n")
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [str(NEWSBRIEF), *(str(data) if a == "DATA" else a for a in args)],
            stdin=subprocess.DEVNULL,
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert one_error(proc, 1) == "<stdout>: cannot write it (No space left on device)"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [("--help",), ("brief", "--help"), ("serve", "-h")])
def test_help_to_a_full_standard_output_is_named(args: tuple[str, ...]) -> None:
    """The parser prints `--help` itself: `> /dev/full` said "No space left on device", naming nothing."""
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [str(NEWSBRIEF), *args],
            stdin=subprocess.DEVNULL,
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    assert one_error(proc, 1) == "<stdout>: cannot write it (No space left on device)"


# -- output files: exit 1, nothing replaced but a regular file -------------------------------------


def _brief_to(output: str | Path) -> subprocess.CompletedProcess:
    return run_cli("brief", "--example", "--no-timings", "--no-analysis", "--format", "md", "-o", str(output))


@pytest.mark.parametrize(
    ("target", "problem"),
    [
        (lambda d: d, "is a folder"),
        (lambda d: d / "a-file" / "brief.md", "cannot write here (Not a directory)"),
        (lambda d: Path("/proc/newsbrief-brief.md"), "cannot write here"),
        (lambda d: Path("/sys/newsbrief-brief.md"), "cannot write here"),
        (lambda d: d / "null.md", "is a device"),
        (lambda d: d / "socket.md", "is a socket"),
        (lambda d: d / "fifo.md", "is a FIFO"),
        (lambda d: d / "link.md", "is a symbolic link"),
    ],
)
def test_output_that_cannot_be_written_is_one_line(tmp_path: Path, target, problem: str) -> None:
    # Special files are made here, never the system's own: a regression must not replace /dev/null.
    special = _special_files(tmp_path)
    path = target(tmp_path)
    if not path.parent.exists():
        pytest.skip(f"{path.parent} does not exist here")
    if path.name == "null.md" and not path.exists():
        pytest.skip("cannot make a device node here (mknod needs CAP_MKNOD)")
    line = one_error(_brief_to(path), 1)
    assert line.startswith(f"{path}: {problem}"), line
    assert (tmp_path / "a-file").read_text() == "keep me"
    assert {p.name: stat.S_IFMT(p.lstat().st_mode) for p in tmp_path.iterdir()} == special  # no temp file


def _special_files(folder: Path) -> dict[str, int]:
    """A regular file, a FIFO, a symlink, a socket and (when allowed) a character device in `folder`."""
    (folder / "a-file").write_text("keep me")
    os.mkfifo(folder / "fifo.md")
    (folder / "link.md").symlink_to(folder / "a-file")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "socket.md"))
    sock.close()
    with contextlib.suppress(OSError):
        os.mknod(folder / "null.md", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return {p.name: stat.S_IFMT(p.lstat().st_mode) for p in folder.iterdir()}


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders (the /sys case covers it)")
def test_read_only_folder(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        assert "Permission denied" in one_error(_brief_to(tmp_path / "brief.md"), 1)
    finally:
        tmp_path.chmod(0o700)


def test_output_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    out.write_text("old")
    out.chmod(0o600)
    proc = _brief_to(out)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600 and out.read_text().startswith("#")


def test_dash_writes_to_stdout(tmp_path: Path) -> None:
    proc = _brief_to("-")
    assert proc.returncode == 0 and proc.stdout.startswith(b"#") and proc.stderr == b""


# -- special and unreadable input files: refused before reading, exit 1 ----------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("brief", "{fifo}.txt"),
        ("brief", "{fifo}.jsonl"),
        ("batch", "{fifo}.jsonl", "-o", "{dir}/out.jsonl"),
        ("eval", "{fifo}.jsonl"),
        ("eval", "{fifo}"),  # no extension: "cannot tell the story format" named no FIFO (session 36)
        ("batch", "{fifo}", "-o", "{dir}/out.jsonl"),
    ],
)
def test_a_fifo_is_refused_without_opening_it(tmp_path: Path, args: tuple[str, ...]) -> None:
    for name in ("fifo.txt", "fifo.jsonl", "fifo"):
        os.mkfifo(tmp_path / name)  # opening one would block: nobody writes to it
    argv = [a.format(fifo=tmp_path / "fifo", dir=tmp_path) for a in args]
    line = one_error(run_cli(*argv, timeout=30), 1)
    assert line.endswith("is a FIFO (named pipe), not a file; pipe it into - instead")


def test_a_device_is_refused() -> None:
    assert one_error(run_cli("brief", "/dev/zero", timeout=30), 1) == "/dev/zero: is a device, not a file"


@pytest.mark.parametrize("command", ["brief", "batch", "eval"])
def test_a_symlink_loop_is_one_line(tmp_path: Path, command: str) -> None:
    loop = tmp_path / "loop.jsonl"
    loop.symlink_to(loop)
    args = [command, str(loop)] + (["-o", str(tmp_path / "out.jsonl")] if command == "batch" else [])
    assert one_error(run_cli(*args), 1) == f"{loop}: cannot read it (Too many levels of symbolic links)"


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (("stories", "--db", "{loop}"), "cannot open the store"),
        (("brief", "--db", "{loop}", "--story", "1"), "cannot open the store"),
        (("serve", "--db", "{loop}"), "cannot open the store"),
        (("ingest", "{a}", "--db", "{loop}"), "cannot open the store"),
        (("watch", "{loop}", "--db", "{db}", "--polls", "1"), "cannot read it"),
    ],
    ids=["stories", "brief", "serve", "ingest", "watch"],
)
def test_a_symlink_loop_as_a_store_or_a_feed_is_named_a_loop(
    tmp_path: Path, args: tuple[str, ...], problem: str
) -> None:
    """A loop of two links as `--db` was "no such store: it is a link to loop2, which does not exist" (loop2
    exists: it links back), and as a feed "no such feed file" (cli54)."""
    loop, other = tmp_path / "loop1", tmp_path / "loop2"
    loop.symlink_to(other)
    other.symlink_to(loop)
    (tmp_path / "a.txt").write_text(ARTICLE)
    argv = [a.format(loop=loop, a=tmp_path / "a.txt", db=tmp_path / "n.db") for a in args]
    assert one_error(run_cli(*argv), 1) == f"{loop}: {problem} (Too many levels of symbolic links)"


@pytest.mark.parametrize(
    ("args", "db", "also"),
    [
        (("ingest", "a.txt"), "a.txt", ""),
        (("ingest", "./a.txt"), "a.txt", " (./a.txt)"),
        (("ingest", "folder"), "folder/b.txt", ""),  # a file the folder's reading reads
        (("ingest", "news.db"), "news.db", ""),  # a store given as an article
        (("watch", "a.txt", "--polls", "1"), "a.txt", ""),
    ],
    ids=["same", "dot-slash", "folder", "store", "watch"],
)
def test_a_store_that_is_also_an_input_is_refused(
    tmp_path: Path, monkeypatch, capsys, args: tuple[str, ...], db: str, also: str
) -> None:
    """`ingest a.txt --db a.txt` said "a.txt: cannot open the store (file is not a database)" and
    `ingest news.db --db news.db` called the store a binary input (cli55): the option named, the same
    words as an output that is an input; nothing read or written."""
    from newsbrief.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "b.txt").write_text(ARTICLE)
    assert main(["ingest", "a.txt", "--db", "news.db"]) == 0
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    capsys.readouterr()
    assert main([*args, "--db", db]) == 2
    said = f"newsbrief: error: --db {db}: is also an input{also}; a store is a file of its own\n"
    assert capsys.readouterr().err == said
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize(
    "args",
    [("ingest", "a.txt"), ("stories",), ("brief", "--story", "1"), ("watch", "a.txt", "--polls", "1")],
    ids=["ingest", "stories", "brief", "watch"],
)
def test_a_store_named_dash_is_a_usage_error(
    tmp_path: Path, monkeypatch, capsys, args: tuple[str, ...]
) -> None:
    """`ingest a.txt --db -` made a store file named "-" where `-` is standard input or output (cli55)."""
    from newsbrief.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert main([*args, "--db", "-"]) == 2
    said = "a store is a file, not standard input or output; for a file named -, give ./-"
    assert capsys.readouterr().err == f"newsbrief: error: --db -: {said}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files without read permission")
def test_an_unreadable_jsonl_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "stories.jsonl"
    path.write_text('{"id": "a", "documents": ["x"]}\n')
    path.chmod(0)
    assert "Permission denied" in one_error(run_cli("brief", str(path)), 1)


@pytest.mark.parametrize("command", ["brief", "eval", "cluster", "ingest"])
def test_a_truncated_gzip_is_one_line(tmp_path: Path, command: str) -> None:
    """cluster and ingest said the decompressor's words ("Compressed file ended before the end-of-stream
    marker was reached", fuzz36); every command now says it as brief does, with the last line read whole
    (cli40). `batch` (test_batch.py), and since `ingest` streams its articles `cluster` and `ingest`
    too, keep the rows before the cut and warn it (cli46), exit 1; `brief` and `eval` refuse."""
    import gzip
    import json
    import zlib

    rows = "".join(json.dumps({"id": f"s{i}", "documents": [ARTICLE]}) + "\n" for i in range(300))
    data = gzip.compress(rows.encode())
    path = tmp_path / "stories.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    whole = zlib.decompressobj(31).decompress(data[: len(data) // 2]).count(b"\n")  # lines read whole
    args = {
        "brief": ["brief", str(path), "--story", "s299"],
        "eval": ["eval", str(path)],
        "cluster": ["cluster", str(path)],
        "ingest": ["ingest", str(path), "--db", str(tmp_path / "n.db"), "--workers", "0"],
    }[command]
    proc = run_cli(*args)
    assert 0 < whole < 300
    said = f"{path}: cannot read past line {whole:,} (the file ends too early; is it truncated?)"
    if command in ("brief", "eval"):
        assert one_error(proc, 1) == said
        return
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 1 and "Traceback" not in err, err
    assert err.startswith(f"newsbrief: warning: {said}\n"), err
    if command == "ingest":  # the rows before the cut are read (one text: one added, the rest copies)
        assert f"newsbrief: 1 article added ({whole - 1} already stored)" in err, err
        rerun = run_cli(*args).stderr.decode("utf-8", "replace")
        assert f"newsbrief: 0 articles added ({whole} already stored)" in rerun, rerun
    else:
        assert f"{whole} articles in " in proc.stdout.decode(), proc.stdout


@pytest.mark.parametrize("command", ["watch", "brief", "cluster"])
def test_a_url_with_a_malformed_host_is_one_line(tmp_path: Path, command: str) -> None:
    """`watch 'http://[bad'` was a ValueError traceback (`is_url` split the URL, fuzz36)."""
    extra = ["--db", str(tmp_path / "n.db"), "--polls", "1"] if command == "watch" else []
    line = one_error(run_cli(command, "http://[bad", *extra), 1)
    assert line.endswith("http://[bad: not a valid URL (Invalid IPv6 URL)")
    assert not (tmp_path / "n.db").exists()


@pytest.mark.parametrize("command", ["brief", "cluster"])
def test_a_url_too_long_for_the_client_is_one_line(command: str) -> None:
    """A URL over httpx's 64 KB was an `httpx.InvalidURL` traceback (no `HTTPError`, cli37)."""
    url = "http://127.0.0.1:9/" + "u" * 70_000
    assert one_error(run_cli(command, url), 1).endswith(": not a URL that can be fetched (URL too long)")


def test_a_jsonl_line_too_long_is_a_bad_row_in_cluster(tmp_path: Path, monkeypatch, capsys) -> None:
    """cluster (and ingest) held a JSONL line whole, however long: a 50 MB line ran `cluster` past two
    minutes (fuzz36). A line over `MAX_ROW_CHARS` is now a bad row, read in pieces and skipped, as batch
    and eval take it; the other rows are clustered."""
    from newsbrief.cli import main
    from newsbrief.ingest import stories

    monkeypatch.setattr(stories, "MAX_ROW_CHARS", 1000)
    path = tmp_path / "articles.jsonl"
    rows = [{"id": "long", "text": "word " * 400}, {"id": "short", "text": ARTICLE}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert main(["cluster", str(path), "-f", "json"]) == 1  # a bad row: the others clustered, exit 1
    out, err = capsys.readouterr()
    assert err == f"newsbrief: warning: {path}: line 1 is too long (over 1,000 characters) (skipped)\n"
    assert [d["id"] for s in json.loads(out)["stories"] for d in s["documents"]] == ["short"]


def test_a_bad_jsonl_row_in_cluster_or_ingest_exits_1_as_in_batch(tmp_path: Path, capsys) -> None:
    """A bad row of a JSONL file was a warning and exit 0 in `cluster` and `ingest`, while `batch`
    counts it failed (exit 1): now all three warn, go on with the other rows, and exit 1."""
    from newsbrief.cli import main

    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": ARTICLE}) + "\n{broken\n", encoding="utf-8")
    warning = f"newsbrief: warning: {path}: broken JSON on line 2"
    assert main(["cluster", str(path), "-f", "json"]) == 1
    out, err = capsys.readouterr()
    assert [d["id"] for s in json.loads(out)["stories"] for d in s["documents"]] == ["ok"]
    assert err.startswith(warning)
    assert main(["ingest", str(path), "--db", str(tmp_path / "news.db"), "--workers", "0"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(warning)
    assert err.endswith("1 article added (0 already stored), 1 story updated (1 new); 1 bad row skipped\n")


def test_a_rejected_jsonl_is_one_line_without_warnings(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text("".join("{broken\n" for _ in range(9)))
    line = one_error(run_cli("brief", str(path)), 1)
    assert line.startswith(
        f"{path}: no usable story in the file (9 bad rows; the first: broken JSON on line 1"
    )


# -- text newsbrief cannot brief: one line and exit 1 (brief), an error record (batch) --------------


def _other_language_articles(shared: Path) -> dict[str, str]:
    """The first article of each language of the MultiLing file (read from ../shared, never copied)."""
    import json

    found: dict[str, str] = {}
    with (shared / "data" / "multiling2011-other-languages-dev.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            found.setdefault(row["language"], row["documents"][0])
    return found


@pytest.mark.shared
@pytest.mark.parametrize(
    ("language", "problem"),
    [
        ("arabic", "not English: written in Arabic letters"),
        ("greek", "not English: written in Greek letters"),
        ("hebrew", "not English: written in Hebrew letters"),
        ("hindi", "not English: written in Devanagari letters"),
        ("czech", "not English: "),
        ("french", "not English: "),
    ],
)
def test_an_article_in_another_language_is_refused(
    tmp_path: Path, shared: Path, language: str, problem: str
) -> None:
    path = tmp_path / f"{language}.txt"
    path.write_text(_other_language_articles(shared)[language], encoding="utf-8")
    line = one_error(run_cli("brief", str(path)), 1)
    assert line.startswith(f"{path}: {problem}") and "newsbrief reads English only" in line


def _made_up(alphabet: str, n: int, seed: int, space: bool = True) -> str:
    """Made-up words of a script (no real text): enough to tell the script, nothing to read."""
    import random

    rng = random.Random(seed)
    words = ("".join(rng.choice(alphabet) for _ in range(rng.randint(2, 8))) for _ in range(n))
    return (" " if space else "").join(words)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (_made_up("абвгдежзийклмнопрстуфхцчшщыэюя", 300, 1), "not English: written in Cyrillic letters"),
        (
            _made_up("".join(map(chr, range(0x4E00, 0x4F00))), 300, 2, space=False),
            "not English: written in Chinese",
        ),
        ("x" * 1_000_000, "not article text: a line of 1,000,000 characters (the limit is 100,000)"),
        ("\n".join("y" * 50_000 for _ in range(4)), "not text: a 'word' of 50,000 characters"),
        ("%$#@!*&^ 12 34 ++ -- ## " * 200, "not text: only "),
    ],
)
def test_text_newsbrief_cannot_brief_is_refused(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(content, encoding="utf-8")
    line = one_error(run_cli("brief", str(path)), 1)
    assert line.startswith(f"{path}: {problem}"), line


def test_random_bytes_are_refused_as_binary(tmp_path: Path) -> None:
    import random

    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(b for b in random.Random(7).randbytes(30_000) if b))  # no NUL in it
    line = one_error(run_cli("brief", str(path)), 1)
    assert line.startswith(f"{path}: not a text file: looks like a binary file (") and "control bytes" in line


def test_a_5mb_file_without_a_newline_is_refused_quickly(tmp_path: Path) -> None:
    import time

    path = tmp_path / "one-line.txt"
    path.write_text(("the ferry will run again on monday " * 150_000)[:5_000_000], encoding="utf-8")
    start = time.monotonic()
    line = one_error(run_cli("brief", str(path), timeout=60), 1)
    assert line == f"{path}: not article text: a line of 5,000,000 characters (the limit is 100,000)"
    assert time.monotonic() - start < 30  # generous for a loaded machine; the real figure is ~1 s


def test_batch_records_unusable_stories_and_goes_on(tmp_path: Path) -> None:
    import json

    rows = [
        {"id": "good-1", "documents": [ARTICLE]},
        {"id": "cyrillic", "documents": [_made_up("абвгдежзийклмнопрстуфхцчшщыэюя", 300, 3)]},
        {"id": "junk", "documents": ["%$#@!*&^ 12 34 ++ -- ## " * 200]},
        {"id": "good-2", "documents": [ARTICLE.replace("Monday", "Tuesday")]},
    ]
    src = tmp_path / "stories.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "briefs.jsonl"
    proc = run_cli("batch", str(src), "-o", str(out), "--jobs", "1", "--quiet")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    done = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in done] == ["good-1", "good-2"] and all(d["summary"] for d in done)
    errors = [json.loads(line) for line in (tmp_path / "briefs.jsonl.errors.jsonl").read_text().splitlines()]
    assert [(e["id"], e["reason"].split(": ", 1)[1].split(":")[0]) for e in errors] == [
        ("cyrillic", "not English"),
        ("junk", "not text"),
    ]


# -- decoding ----------------------------------------------------------------------------------------


def test_a_nul_byte_after_the_first_8kb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "late-nul.txt"
    path.write_bytes((ARTICLE + "\n").encode() * 60 + b"\x00tail")
    assert one_error(run_cli("brief", str(path)), 1) == (
        f"{path}: not a text file: looks like a binary file (it contains NUL bytes)"
    )


def test_utf16_without_a_bom_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(ARTICLE.encode("utf-16-le"))
    proc = run_cli("brief", str(path), "--format", "json", "--no-timings")
    assert proc.returncode == 0, proc.stderr
    assert b"four percent" in proc.stdout


def test_utf8_with_stray_bytes_stays_utf8(tmp_path: Path) -> None:
    import json

    text = ("Le café “Chez Zoé” a rouvert lundi, a dit la propriétaire. " * 3 + ARTICLE + " ") * 4
    data = bytearray(text.encode("utf-8"))
    for k in range(100, len(data), 200):  # 5 stray bytes per KB, each on an ASCII letter
        if data[k] < 0x80:
            data[k] = 0x97
    path = tmp_path / "stray.txt"
    path.write_bytes(bytes(data))
    proc = run_cli("brief", str(path), "--format", "json", "--no-timings", "--no-analysis")
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)["documents"][0]["text"]
    assert "café “Chez Zoé”" in doc and "Ã" not in doc and "\ufffd" in doc


def test_one_stray_latin1_byte_in_utf8_is_named_with_its_offset(tmp_path: Path, capsys) -> None:
    """A UTF-8 file with one Latin-1 byte (`caf\\xe9`) was briefed with U+FFFD and no word (cli57):
    one warning names the file and the byte's offset; the byte is not guessed at (cli58)."""
    from newsbrief.cli import main

    data = ("Le café a rouvert lundi, a dit la propriétaire. " + ARTICLE).encode()
    at = data.index("é".encode())
    path = tmp_path / "mixed.txt"
    path.write_bytes(data[:at] + b"\xe9" + data[at + 2 :])
    assert main(["brief", str(path), "-f", "json", "--no-timings", "--no-analysis"]) == 0
    out = capsys.readouterr()
    assert out.err == f"newsbrief: warning: {path}: not UTF-8 at byte {at} (0xE9); read as U+FFFD (\ufffd)\n"
    assert "caf\ufffd a rouvert" in json.loads(out.out)["documents"][0]["text"]


@pytest.mark.parametrize(
    ("mark", "codec", "said"),
    [
        (b"\xef\xbb\xbf", "utf-8", "not UTF-8 at byte {at} (0xE9)"),
        (b"\xff\xfe", "utf-16-le", "not UTF-16-LE at byte {at} (0x2E)"),
        (b"", "utf-16-le", "not UTF-16-LE at byte {at} (0x2E)"),
    ],
)
def test_a_bad_byte_after_a_byte_order_mark_is_named(tmp_path: Path, capsys, mark, codec, said) -> None:
    """A stray Latin-1 byte after a UTF-8 mark, or a UTF-16 file cut at an odd byte, was read as U+FFFD
    without a word, where UTF-8 without a mark says so (cli58): the same warning, its codec named, the
    offset counted from the file's start (cli59)."""
    from newsbrief.cli import main

    body = ("Le café a rouvert lundi, a dit la propriétaire. " + ARTICLE).encode(codec)
    if codec == "utf-8":
        at = len(mark) + body.index("é".encode())
        data = mark + body.replace("é".encode(), b"\xe9", 1)
    else:
        at = len(mark) + len(body)
        data = mark + body + b"."
    path = tmp_path / "marked.txt"
    path.write_bytes(data)
    assert main(["brief", str(path), "-f", "json", "--no-timings", "--no-analysis"]) == 0
    out = capsys.readouterr()
    assert out.err == f"newsbrief: warning: {path}: {said.format(at=at)}; read as U+FFFD (\ufffd)\n"
    assert "four percent" in json.loads(out.out)["documents"][0]["text"]


# -- the Python API raises newsbrief's own errors, never a bare OSError -----------------------------


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/proc/self/mem", "cannot read it"),  # a regular file by stat whose read fails (EIO)
        ("/dev/zero", "is a device, not a file"),
        ("/nonexistent/article.txt", "no such file or directory"),
    ],
)
def test_the_api_raises_input_errors(path: str, problem: str) -> None:
    from newsbrief import brief
    from newsbrief.errors import InputError

    if path.startswith(("/proc/", "/dev/")) and not Path(path).exists():
        pytest.skip(f"no {path} here")
    with pytest.raises(InputError, match=problem):
        brief([path])


def test_the_api_output_writer_raises_output_errors(tmp_path: Path) -> None:
    from newsbrief.errors import OutputError
    from newsbrief.io import atomic_write

    with pytest.raises(OutputError, match="is a folder"):
        atomic_write(tmp_path, "x")
    atomic_write(tmp_path / "lone-surrogate.txt", "a\ud800b")  # written, not a UnicodeEncodeError
    assert (tmp_path / "lone-surrogate.txt").read_text(encoding="utf-8") == "a?b"


class _InterruptingStdin:
    """stdin whose read is a Ctrl-C: SIGINT to this process, as a terminal would send it."""

    def __init__(self) -> None:
        self.buffer = self

    def read(self, *_: object) -> bytes:
        import signal

        os.kill(os.getpid(), signal.SIGINT)
        return b""


def test_ctrl_c_inside_a_command_says_aborted(monkeypatch, capsys) -> None:
    """typer 0.29 turns a KeyboardInterrupt inside a command into a silent exit 130; main() says why."""
    import signal

    from newsbrief.cli import main

    monkeypatch.setattr(sys, "stdin", _InterruptingStdin())
    # As in a terminal: a background job (`pytest &`, nohup) starts with SIGINT ignored.
    outer = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        assert main(["brief", "-"]) == 130
        assert capsys.readouterr().err == "newsbrief: aborted\n"
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # restored
    finally:
        signal.signal(signal.SIGINT, outer)


@pytest.mark.skipif(not Path("/proc/self/wchan").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize(
    ("signame", "code", "said"),
    [
        ("SIGINT", 130, "newsbrief: aborted\n"),
        ("SIGTERM", 143, "newsbrief: terminated (SIGTERM)\n"),
        ("SIGHUP", 129, "newsbrief: terminated (SIGHUP)\n"),  # ended by the signal, no word (cli57)
    ],
)
@pytest.mark.parametrize(
    "command", [("brief", "-"), ("ingest", "-", "--db", "{db}")], ids=["brief", "ingest"]
)
def test_ctrl_c_through_the_console_script(
    tmp_path: Path, signame: str, code: int, said: str, command: tuple[str, ...]
) -> None:
    """SIGINT while the command waits on stdin: one line, exit 130, no traceback. SIGTERM ended the
    process with no word (status -15, cli54): now as a Ctrl-C, its own line and exit 143; `ingest`
    leaves no store half made."""
    import signal
    import time

    if not NEWSBRIEF.exists():
        pytest.fail(f"the console script is not installed next to {sys.executable}")
    db = tmp_path / "news.db"
    proc = subprocess.Popen(
        [str(NEWSBRIEF), *(a.format(db=db) for a in command)],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=as_a_terminal_starts_it,  # not as a background job (SIGINT ignored) or nohup starts it
    )
    try:
        deadline = time.monotonic() + 60
        while "pipe_read" not in Path(f"/proc/{proc.pid}/wchan").read_text():  # blocked reading stdin
            assert time.monotonic() < deadline, "the command never read stdin"
            time.sleep(0.05)
        proc.send_signal(getattr(signal, signame))
        assert proc.wait(timeout=30) == code
        assert proc.stderr.read().decode() == said
        assert not db.exists()
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdin.close()
        proc.stderr.close()


# -- session 12 sweep: standard input closed, a batch output that is no file, serve's address ---------


@pytest.mark.parametrize("command", ["brief", "render"])
def test_closed_standard_input_is_one_line(command: str) -> None:
    """`newsbrief brief - <&-`: Python starts with `sys.stdin` None (was an AttributeError traceback)."""
    proc = subprocess.run(
        [str(NEWSBRIEF), command, "-"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=120,
        preexec_fn=lambda: os.close(0),
    )
    assert one_error(proc, 1) == "<stdin>: standard input is closed"


@pytest.mark.parametrize(
    "command", [("schema",), ("brief", "{a}", "--no-timings"), ("eval", "{s}", "-m", "lead")]
)
def test_closed_standard_output_is_one_line(tmp_path: Path, command: tuple[str, ...]) -> None:
    """`newsbrief schema >&-`: Python starts with `sys.stdout` None; every command that prints was an
    AttributeError traceback ('NoneType' object has no attribute 'write' / 'isatty', fuzz36). With
    `-o FILE` the run needs no standard output and succeeds."""
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE + "\n")
    stories = tmp_path / "s.jsonl"
    stories.write_text(json.dumps({"id": "s1", "documents": [ARTICLE], "summaries": [ARTICLE]}) + "\n")
    args = [a.format(a=article, s=stories) for a in command]
    closed = {"stdout": subprocess.DEVNULL, "preexec_fn": lambda: os.close(1)}
    proc = subprocess.run([str(NEWSBRIEF), *args], stderr=subprocess.PIPE, timeout=120, **closed)
    assert one_error(proc, 1) == "<stdout>: standard output is closed; give -o FILE"
    if command == ("schema",):
        return  # it has no -o
    out = tmp_path / "out.txt"
    proc = subprocess.run(
        [str(NEWSBRIEF), *args, "-o", str(out)], stderr=subprocess.PIPE, timeout=120, **closed
    )
    assert (proc.returncode, proc.stderr) == (0, b"") and out.stat().st_size > 0


@pytest.mark.parametrize(
    "command",
    [
        ("schema",),
        ("brief", "{a}", "--no-timings", "-f", "json"),
        ("eval", "{s}", "-m", "lead"),
        ("--help",),  # these two are written by the parser: exit 1 (cli44)
        ("--version",),
    ],
)
def test_a_reader_gone_before_the_output_is_exit_0(tmp_path: Path, command: tuple[str, ...]) -> None:
    """`newsbrief schema | true`: the reader is gone before the first write. That was exit 1, silently
    (typer's own EPIPE handling), while a reader gone later (`| head -1`) was exit 0 (cli37); now both
    are 0 with nothing said, as for every reader that stops early."""
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE + "\n")
    stories = tmp_path / "s.jsonl"
    stories.write_text(json.dumps({"id": "s1", "documents": [ARTICLE], "summaries": [ARTICLE]}) + "\n")
    read, write = os.pipe()
    os.close(read)
    try:
        proc = subprocess.run(
            [str(NEWSBRIEF), *(a.format(a=article, s=stories) for a in command)],
            stdout=write,
            stderr=subprocess.PIPE,
            timeout=120,
        )
    finally:
        os.close(write)
    assert (proc.returncode, proc.stderr.decode()) == (0, "")


@pytest.mark.parametrize("command", [("brief", "{a}", "--no-analysis", "-f", "markdown"), ("cluster", "{a}")])
def test_a_stdout_that_cannot_encode_the_output_gets_utf8(tmp_path: Path, command: tuple[str, ...]) -> None:
    """`PYTHONIOENCODING=ascii` (or `LC_ALL=C PYTHONUTF8=0`, a Windows pipe): standard output could not
    encode an accented name and every command that prints was a UnicodeEncodeError traceback (cli37).
    Now it gets UTF-8, the very bytes `-o FILE` holds."""
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE.replace("river ferry", "Café Lumière ferry") + "\n", encoding="utf-8")
    args = [a.format(a=article) for a in command]
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    proc = subprocess.run([str(NEWSBRIEF), *args], capture_output=True, timeout=120, env=env)
    assert (proc.returncode, proc.stderr) == (0, b"")
    out = tmp_path / "out.txt"
    subprocess.run([str(NEWSBRIEF), *args, "-o", str(out)], check=True, timeout=120, env=env)
    assert proc.stdout == out.read_bytes() and "Café".encode() in proc.stdout


def test_closed_standard_error_keeps_the_error_off_standard_output() -> None:
    """`newsbrief brief nosuch.txt 2>&-`: with `sys.stderr` None, `print(file=sys.stderr)` wrote the error
    line to standard output, into what a pipe takes for the brief (fuzz36); now it is dropped, exit 1."""
    proc = subprocess.run(
        [str(NEWSBRIEF), "brief", "no-such-file.txt"],
        capture_output=True,
        timeout=120,
        preexec_fn=lambda: os.close(2),
    )
    assert (proc.returncode, proc.stdout) == (1, b"")


@pytest.mark.parametrize("restart", [False, True])
def test_a_batch_output_that_is_a_fifo_is_refused_and_kept(tmp_path: Path, restart: bool) -> None:
    """Counting the ids already in `-o` read a FIFO (or /dev/zero, /dev/full) for ever, and `--restart`
    unlinked it (as root, `-o /dev/full --restart` removed the device)."""
    src = tmp_path / "stories.jsonl"
    src.write_text('{"id": "s1", "documents": ["' + ARTICLE + '"]}\n', encoding="utf-8")
    fifo = tmp_path / "out.jsonl"
    os.mkfifo(fifo)
    args = ["batch", str(src), "-o", str(fifo), "--jobs", "1", "--quiet"] + (["--restart"] if restart else [])
    proc = run_cli(*args, timeout=60)
    assert one_error(proc, 1) == f"{fifo}: is a FIFO (named pipe); not replaced"
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert not (tmp_path / "out.jsonl.errors.jsonl").exists()


def test_serve_on_an_address_it_cannot_listen_on_is_one_line() -> None:
    """In a subprocess with a timeout: if the check regressed, uvicorn would serve (and the test hang)."""
    pytest.importorskip("uvicorn")
    proc = run_cli("serve", "--host", "no-such-host.invalid", "--port", "0", timeout=60)
    assert one_error(proc, 2).startswith("--host no-such-host.invalid: cannot listen on this address")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = run_cli("serve", "--port", str(port), timeout=60)
    assert one_error(proc, 1) == f"--port {port}: cannot listen on 127.0.0.1:{port} (Address already in use)"


def _answers(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1) as s:
        s.sendall(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        return b"200 OK" in s.recv(1024)
    return False


def test_two_servers_started_at_once_on_one_port_one_is_one_line() -> None:
    """Both passed the port check, then the second warmed its workers and logged uvicorn's "[Errno 98]
    error while attempting to bind", exit 3 (cli55): the port is held from the check on, so the one
    that comes second is refused at once, in one line."""
    pytest.importorskip("uvicorn")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cmd = [str(NEWSBRIEF), "serve", "--port", str(port)]
    group = {
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.PIPE,
        "start_new_session": True,
        "preexec_fn": as_a_terminal_starts_it,
    }
    procs = [subprocess.Popen(cmd, **group), subprocess.Popen(cmd, **group)]  # type: ignore[call-overload]
    try:
        deadline = time.monotonic() + 90
        while all(p.poll() is None for p in procs):
            assert time.monotonic() < deadline, "neither server was refused"
            time.sleep(0.1)
        (lost,) = [p for p in procs if p.poll() is not None]
        said = lost.stderr.read().decode()
        assert (lost.returncode, said) == (
            1,
            f"newsbrief: error: --port {port}: cannot listen on 127.0.0.1:{port} (Address already in use)\n",
        )
        (won,) = [p for p in procs if p is not lost]
        while not _answers(port):  # the other serves, and says where (its sockets bound before uvicorn)
            assert won.poll() is None and time.monotonic() < deadline, "the other server never answered"
            time.sleep(0.2)
        os.killpg(won.pid, signal.SIGTERM)  # a stop asked for: exit 0
        assert won.wait(60) == 0
        assert f"Uvicorn running on http://127.0.0.1:{port} " in won.stderr.read().decode()
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
            p.stderr.close()


def test_serve_with_a_cache_dir_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    """It started, then every brief of URLs failed with a 400 naming the cache entry it could not
    write (the page fetched for nothing). In a subprocess with a timeout: if the check regressed,
    uvicorn would serve (and the test hang)."""
    pytest.importorskip("uvicorn")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a folder\n")
    proc = run_cli("serve", "--port", "0", "--cache-dir", str(notes), timeout=60)
    assert one_error(proc, 2) == f"--cache-dir {notes}: is not a folder"
    proc = run_cli("serve", "--port", "0", "--cache-dir", str(notes / "pages"), timeout=60)
    assert one_error(proc, 2) == f"--cache-dir {notes / 'pages'}: {notes} is not a folder"
    assert notes.read_text() == "not a folder\n"


@pytest.mark.parametrize(
    "command",
    [
        ["brief", "{article}"],
        ["cluster", "{article}"],
        ["ingest", "{article}", "--db", "{db}"],
        ["watch", "{feed}", "--db", "{db}", "--polls", "1", "--no-pages"],
    ],
    ids=lambda c: c[0],
)
def test_a_cache_dir_that_cannot_be_a_folder_is_a_usage_error_at_start(tmp_path: Path, command) -> None:
    """`serve`'s start check (`options.check_cache_dir`) in every command that fetches: they ran on (a
    brief of files exited 0; a URL was fetched and its cache entry failed to be written), now nothing
    is read or written."""
    notes = tmp_path / "notes.txt"
    notes.write_text("not a folder\n")
    (tmp_path / "article.txt").write_text(ARTICLE + "\n")
    (tmp_path / "feed.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Ferries</title><item><title>Ferry'
        f"</title><link>https://example.org/ferry</link><description>{ARTICLE}</description></item>"
        "</channel></rss>\n"
    )
    names = {"article": tmp_path / "article.txt", "feed": tmp_path / "feed.rss", "db": tmp_path / "n.db"}
    args = [a.format(**names) for a in command]
    loop = tmp_path / "loop"  # never a folder: it was taken, and each cache write failed (cli54)
    loop.symlink_to(loop)
    for cache, problem in [
        (notes, "is not a folder"),
        (notes / "pages", f"{notes} is not a folder"),
        (loop, "cannot be a folder (Too many levels of symbolic links)"),
        (loop / "pages", "cannot be a folder (Too many levels of symbolic links)"),
    ]:
        proc = run_cli(*args, "--cache-dir", str(cache))
        assert one_error(proc, 2) == f"--cache-dir {cache}: {problem}"
        assert proc.stdout == b""
    assert notes.read_text() == "not a folder\n"
    assert not (tmp_path / "n.db").exists()


@pytest.mark.parametrize("command", [["brief"], ["cluster"], ["ingest", "--db", "{db}"]], ids=lambda c: c[0])
def test_a_url_with_a_byte_that_is_no_utf8_is_one_line(tmp_path: Path, command) -> None:
    """A UnicodeEncodeError traceback in httpx (fuzz35); nothing is stored."""
    odd = "http://127.0.0.1:9/" + os.fsdecode(b"\xff")
    proc = run_cli(*(a.format(db=tmp_path / "n.db") for a in command), odd)
    assert one_error(proc, 1).endswith(": holds a byte that is no UTF-8; percent-encode it")
    assert not (tmp_path / "n.db").exists()


def test_every_cache_dir_option_is_checked_at_start() -> None:
    """One check for all: every command's `--cache-dir` is `options.cache_dir_option` (a command added
    with a plain option would skip it)."""
    import typer

    from newsbrief.cli import app
    from newsbrief.options import cache_dir_option

    shared = cache_dir_option("").callback
    group = typer.main.get_command(app)
    having = {
        name: p.callback
        for name, cmd in group.commands.items()
        for p in cmd.params
        if "--cache-dir" in getattr(p, "opts", ())
    }
    assert set(having) == {"brief", "cluster", "ingest", "serve", "watch"}
    assert all(c is not None and getattr(c, "__wrapped__", c) is shared for c in having.values()), having


@pytest.mark.parametrize(
    "args",
    [
        ("brief", "{a}", "-o", "{new}/"),
        ("stories", "--db", "{new}.db", "-o", "{new}/"),
        ("eval", "{a}", "--per-story", "{new}/"),
        ("cluster", "{a}", "-o", "{new}/"),
    ],
    ids=lambda a: " ".join(x for x in a if x.startswith("-")) + f" ({a[0]})",
)
def test_an_output_file_ending_in_a_slash_is_a_usage_error(tmp_path: Path, capsys, args) -> None:
    """`brief a.txt -o briefs/` wrote a file named `briefs`, exit 0 (cli47): `Path` drops the slash."""
    from newsbrief.cli import main

    a = tmp_path / "a.txt"
    a.write_text("The ferry runs again on Monday after the strike ended, its operator said.\n")
    new = tmp_path / "briefs"
    assert main([x.format(a=a, new=new) for x in args]) == 2
    option = next(x for x in args if x in ("-o", "--per-story"))
    option = "--output" if option == "-o" else option
    problem = f"'{new}/' ends in /, naming a folder; give a file name"
    assert capsys.readouterr().err == f"newsbrief: error: {option}: {problem}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_every_path_and_input_is_read_by_the_shared_parsers() -> None:
    """One check for all: every `Path` option or argument is read by `options.path_value` and every
    list of inputs by `options.input_value`, so an empty one is a usage error, never the working folder
    (a command added with a plain `Path` option would take `-o ''` for ".")."""
    import typer

    from newsbrief.cli import app
    from newsbrief.options import feed_value, file_value, input_value, output_value, path_value

    group = typer.main.get_command(app)
    params = [(name, p) for name, cmd in group.commands.items() for p in cmd.params]
    paths = {
        (n, p.name): p.type_descriptor.parameter_info.parser
        for n, p in params
        if p.type_descriptor.annotation is Path
    }
    inputs = {
        (n, p.name): p.type_descriptor.parameter_info.parser
        for n, p in params
        if p.param_type_name == "argument" and p.type_descriptor.annotation == list[str]
    }
    shared = (path_value, file_value, output_value)
    assert len(paths) == 13 and all(parser in shared for parser in paths.values()), paths
    assert inputs.keys() == {
        ("brief", "inputs"),
        ("cluster", "inputs"),
        ("ingest", "inputs"),
        ("watch", "feeds"),
    }
    assert all(parser in (input_value, feed_value) for parser in inputs.values()), inputs


def test_every_float_option_is_read_by_the_seconds_parser() -> None:
    """typer's float check read `nan` as past the ceiling ("should be less than or equal to 86400"):
    every float option is read by `options.seconds_value`, which names it as no number (cli43)."""
    import typer

    from newsbrief.cli import app
    from newsbrief.options import seconds_value

    group = typer.main.get_command(app)
    floats = {
        (name, p.name): p.type_descriptor.parameter_info.parser
        for name, cmd in group.commands.items()
        for p in cmd.params
        if p.type_descriptor.annotation in (float, float | None)
    }
    assert floats.keys() == {
        ("serve", "fetch_timeout"),
        ("serve", "header_timeout"),
        ("serve", "body_timeout"),
    }
    assert all(parser is seconds_value for parser in floats.values()), floats


# The numeric options with no ceiling, and why a huge value is right for each: a budget or a limit
# past any story means "all of it" (checked in fuzz36 at 10**23 and 2**63: each ran, exit 0).
UNBOUNDED = {
    ("brief", "--words"): "a budget past the story: the whole story",
    ("brief", "--sentences"): "the same",
    ("batch", "--words"): "the same",
    ("batch", "--sentences"): "the same",
    ("cluster", "--words"): "the same",
    ("eval", "--words"): "the same",
    ("eval", "--limit"): "past the stories: all of them",
    ("eval", "--seed"): "any seed is one (random and numpy take any size)",
    ("batch", "--chunk"): "past the stories: one task",
    ("batch", "--max-chars"): "past the stories: none too large",
    ("cluster", "--max-articles"): "past the pile: none refused (its text cap grows with it)",
    ("ingest", "--batch"): "past the articles: one transaction",
    ("watch", "--batch"): "the same",
    ("watch", "--polls"): "past any run: until stopped",
}


def test_every_numeric_option_has_a_ceiling_or_a_reason() -> None:
    """A number option added without `max=` would start with 10**23 (`serve --max-words` did, fuzz36):
    each has a ceiling, or is in UNBOUNDED with the reason a huge value means what it says."""
    import typer

    from newsbrief.cli import app

    group = typer.main.get_command(app)
    unbounded = {
        (name, max(p.opts, key=len))
        for name, cmd in group.commands.items()
        for p in cmd.params
        # `--words` has no typer floor: `check_words` names a budget below 6 in its own words (cli53)
        if (getattr(p, "min", None) is not None or p.name == "words") and getattr(p, "max", None) is None
    }
    assert unbounded == set(UNBOUNDED)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "no stories in it (an empty file?)"),
        (b"\n  \n", "no stories in it (an empty file?)"),
        (b"\x00\x01\x02" * 3000 + b"\n" * 20, "a binary file (it contains NUL bytes), not stories"),
    ],
)
def test_a_batch_input_with_no_stories_is_one_line(tmp_path: Path, content: bytes, problem: str) -> None:
    """An empty stories file ran "0 done" with exit 0; a binary one failed as one "story" per line."""
    src = tmp_path / "stories.jsonl"
    src.write_bytes(content)
    out = tmp_path / "briefs.jsonl"
    proc = run_cli("batch", str(src), "-o", str(out), "--jobs", "1", "--quiet")
    assert one_error(proc, 1).startswith(f"{src}: {problem}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stories.jsonl"]  # no output, no errors file


def test_a_jsonl_line_with_a_nul_byte_is_one_failed_story(tmp_path: Path) -> None:
    """A NUL byte in one line of JSONL refused the whole file as binary (`eval` skipped that line only):
    that line is now its one failed story, recorded, and the others are briefed (cli52's left item)."""
    rows = [json.dumps({"id": n, "documents": [ARTICLE]}).encode() for n in ("a", "b", "c")]
    rows[1] = rows[1].replace(b"river", b"ri\x00ver", 1)
    src = tmp_path / "stories.jsonl"
    src.write_bytes(b"\n".join(rows) + b"\n")
    out = tmp_path / "briefs.jsonl"
    proc = run_cli("batch", str(src), "-o", str(out), "--jobs", "1", "--quiet")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a", "c"]
    errors = [json.loads(line) for line in (tmp_path / "briefs.jsonl.errors.jsonl").read_text().splitlines()]
    assert len(errors) == 1 and "line 2" in json.dumps(errors[0])


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("article.txt", "\n\n".join([ARTICLE] * 6)),
        ("page.html", f"<html><body><h1>Ferry</h1>\n<p>{ARTICLE}</p>\n<p>{ARTICLE}</p></body></html>"),
        ("stories.jsonl", "Ferry crews end strike\n\n" + ARTICLE),
    ],
)
def test_a_batch_input_of_prose_is_one_line(tmp_path: Path, name: str, content: str) -> None:
    """An article or a page given to `batch` was read as JSONL: one failed "story" per line (16,511 for a
    5 MB article) and exit 1; now one line, nothing written."""
    src = tmp_path / name
    src.write_text(content, encoding="utf-8")
    proc = run_cli("batch", str(src), "-o", str(tmp_path / "briefs.jsonl"), "--jobs", "1", "--quiet")
    assert one_error(proc, 1) == (
        f"{src}: no line of its first 8 KB is a JSON object: not stories (JSONL, a Multi-News .src file"
        " or a folder)"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_batch_input_whose_first_row_is_broken_still_runs(tmp_path: Path) -> None:
    """The prose test reads lines, not rows: a broken first row is the batch rule's (recorded, the rest
    go on)."""
    import json

    src = tmp_path / "stories.jsonl"
    src.write_text(
        'not json at all\n{"id": "s2", "documents": [oops\n'
        + json.dumps({"id": "good", "documents": [ARTICLE]})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "briefs.jsonl"
    proc = run_cli("batch", str(src), "-o", str(out), "--jobs", "1", "--quiet")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["good"]


def test_a_refused_batch_input_leaves_the_output_untouched_even_with_restart(tmp_path: Path) -> None:
    """`batch empty.jsonl -o kept.jsonl --restart` deleted kept.jsonl, then said "no stories in it"."""
    src = tmp_path / "empty.jsonl"
    src.write_bytes(b"\n")
    kept = tmp_path / "kept.jsonl"
    kept.write_bytes(b'{"id": "s1", "brief": "kept"}\n')
    errors = tmp_path / "kept.jsonl.errors.jsonl"
    errors.write_bytes(b'{"id": "s2", "error": "kept"}\n')
    proc = run_cli("batch", str(src), "-o", str(kept), "--jobs", "1", "--quiet", "--restart", timeout=60)
    assert one_error(proc, 1) == f"{src}: no stories in it (an empty file?)"
    assert kept.read_bytes() == b'{"id": "s1", "brief": "kept"}\n'
    assert errors.read_bytes() == b'{"id": "s2", "error": "kept"}\n'


@pytest.mark.parametrize("command", ["brief", "cluster", "eval", "render"])
def test_json_nested_too_deeply_is_one_line(tmp_path: Path, command: str) -> None:
    """`[[[[...` past Python's recursion limit was a RecursionError traceback in every JSON reader."""
    path = tmp_path / "deep.jsonl"
    path.write_text('{"id": "s1", "documents": ' + "[" * 100_000 + "\n", encoding="utf-8")
    line = one_error(run_cli(command, str(path)), 1)
    assert line.startswith(f"{path}: ") and "nested too deeply" in line, line


@pytest.mark.parametrize("command", ["brief", "cluster", "eval", "render", "batch"])
def test_a_number_of_too_many_digits_is_one_line(tmp_path: Path, command: str) -> None:
    """A JSON number over Python's 4,300 digits was a ValueError traceback in every JSON reader (cli48);
    now broken JSON, where it starts: `batch` records the row and briefs the rest."""
    import json

    path = tmp_path / "big.jsonl"
    good = json.dumps({"id": "good", "documents": [ARTICLE]})
    path.write_text('{"id": "s1", "n": 1' + "0" * 5000 + "}\n", encoding="utf-8")
    if command != "batch":
        line = one_error(run_cli(command, str(path)), 1)
        assert line.startswith(f"{path}: ") and "a number of over 4,300 digits" in line, line
        if command == "render":
            assert line.endswith("(a number of over 4,300 digits: line 1 column 19 (char 18))"), line
        return
    with path.open("a", encoding="utf-8") as f:
        f.write(good + "\n")
    out = tmp_path / "briefs.jsonl"
    proc = run_cli("batch", str(path), "-o", str(out), "--jobs", "1", "--quiet")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr, proc.stderr
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["good"]
    errors = (tmp_path / "briefs.jsonl.errors.jsonl").read_text(encoding="utf-8")
    reason = "broken JSON on line 1: a number of over 4,300 digits"
    assert json.loads(errors) == {"id": "big.jsonl-line-1", "reason": reason}


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
@pytest.mark.parametrize("command", ["brief", "cluster", "eval", "render"])
def test_nan_and_infinity_are_broken_json(tmp_path: Path, command: str, constant: str) -> None:
    """Python's json read `NaN` and `Infinity`, which JSON has not: `{"id": NaN}` was the story "nan"
    and a saved brief's `"words": NaN` rendered (cli50). Now broken JSON, naming the place; the same
    words in a string are text."""
    path = tmp_path / "odd.jsonl"
    path.write_text('{"id": "NaN Infinity", "words": ' + constant + "}\n", encoding="utf-8")
    line = one_error(run_cli(command, str(path)), 1)
    assert line.startswith(f"{path}: ") and f"{constant} is not a JSON number" in line, line
    if command == "render":
        assert line.endswith(f"({constant} is not a JSON number: line 1 column 33 (char 32))"), line


def test_batch_records_a_row_with_nan_and_goes_on(tmp_path: Path) -> None:
    """A row Python's json wrote with a NaN in a field of its own is one bad row, the rest briefed."""
    import json

    src = tmp_path / "stories.jsonl"
    rows = [
        {"id": "odd", "documents": [ARTICLE], "meta": {"score": float("nan")}},
        {"id": "good", "documents": [ARTICLE]},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "briefs.jsonl"
    proc = run_cli("batch", str(src), "-o", str(out), "--jobs", "1", "--quiet")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr, proc.stderr
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["good"]
    errors = (tmp_path / "briefs.jsonl.errors.jsonl").read_text(encoding="utf-8")
    reason = "broken JSON on line 1: NaN is not a JSON number"
    assert json.loads(errors) == {"id": "stories.jsonl-line-1", "reason": reason}


def test_batch_records_json_nested_too_deeply_and_goes_on(tmp_path: Path) -> None:
    import json

    src = tmp_path / "stories.jsonl"
    good = json.dumps({"id": "good", "documents": [ARTICLE]})
    src.write_text(good + "\n" + '{"id": "deep", "documents": ' + "[" * 100_000 + "\n", encoding="utf-8")
    out = tmp_path / "briefs.jsonl"
    proc = run_cli("batch", str(src), "-o", str(out), "--jobs", "1", "--quiet")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr, proc.stderr
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["good"]
    errors = (tmp_path / "briefs.jsonl.errors.jsonl").read_text(encoding="utf-8")
    assert "nested too deeply" in errors


@pytest.mark.parametrize(
    ("command", "problem"),
    [
        ("cluster", "no articles in the file (2 bad rows; the first: broken JSON on line 1"),
        ("eval", "no story could be scored (2 skipped; the first: broken JSON on line 1"),
    ],
)
def test_a_jsonl_of_bad_rows_is_one_line_without_warnings(tmp_path: Path, command: str, problem: str) -> None:
    """`cluster` and `eval` printed a warning per bad row, then the error: now one line, like `brief`."""
    path = tmp_path / "broken.jsonl"
    path.write_text("{broken\n[1, 2]\n", encoding="utf-8")
    assert one_error(run_cli(command, str(path)), 1).startswith(f"{path}: {problem}")


PAGE = "<!DOCTYPE html><html><head><title>Ferry</title></head><body><p>" + ARTICLE + "</p></body></html>\n"


@pytest.mark.parametrize("command", ["brief", "cluster", "ingest", "eval"])
@pytest.mark.parametrize("name", ["page.json", "page.jsonl"])
def test_a_json_file_holding_html_says_so(tmp_path: Path, command: str, name: str) -> None:
    """A saved web page named .json said only "broken JSON on line 1: Expecting value" (cli43)."""
    path = tmp_path / name
    path.write_text("\n" + PAGE, encoding="utf-8")
    db = ("--db", str(tmp_path / "n.db")) if command == "ingest" else ()
    line = one_error(run_cli(command, str(path), *db), 1)
    assert line.endswith(
        "broken JSON on line 2: Expecting value; it looks like an HTML page, not JSON: name it .html)"
    )


@pytest.mark.parametrize(
    ("first", "hint"),
    [
        (
            '<rss version="2.0"><channel><title>T</title></channel></rss>',
            "an RSS or Atom feed, not JSON: name it .rss",
        ),
        ("<!doctype html>", "an HTML page, not JSON: name it .html"),
        ('<?xml version="1.0"?>', "markup (HTML or XML), not JSON"),
        ("Ferry strike ends", None),
        ("{broken", None),
        # a pretty-printed stories file said only "Expecting property name enclosed in double quotes" (cli43)
        ("{", "one JSON value over several lines? stories are JSON Lines, one object a line"),
        ("[{", "one JSON value over several lines? stories are JSON Lines, one object a line"),
        ('{"id": "s1", "documents": ["The ferry', None),  # a line cut short is not called several lines
    ],
)
def test_the_first_row_of_markup_is_named(first: str, hint: str | None) -> None:
    import json

    from newsbrief.ingest.files import broken_json

    try:
        json.loads(first)
    except json.JSONDecodeError as e:
        error = e
    reason = broken_json(error, 1, True, first)
    hinted = (
        f"; it looks like {hint}" if hint and not hint.startswith("one JSON") else f"; {hint}" if hint else ""
    )
    assert reason == f"broken JSON on line 1: {error.msg}" + hinted
    assert broken_json(error, 2, False, first) == f"broken JSON on line 2: {error.msg}"  # only the first row


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        (
            "a.html",
            '{"id": "a", "text": "The ferry runs again."}',
            "holds JSON (an object), not an article or a page",
        ),
        (
            "a.txt",
            '[{"documents": ["The ferry runs again."]}]',
            "holds JSON (a list), not an article or a page",
        ),
        ("-", '{"text": "The ferry runs again."}', "holds JSON (an object), not an article or a page"),
    ],
)
def test_an_article_that_is_json_says_so(tmp_path: Path, name: str, content: str, problem: str) -> None:
    """A JSON object named .html or .txt was briefed as prose: "method default chose no sentence within
    --words 250" (cli43); now named as JSON, with what a stories file holds."""
    path = tmp_path / name
    if name != "-":
        path.write_text(content, encoding="utf-8")
    proc = run_cli("brief", "-" if name == "-" else str(path), stdin=content.encode())
    where = "<stdin>" if name == "-" else str(path)
    assert one_error(proc, 1).startswith(f"{where}: {problem}; stories are JSON Lines, one")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (
            '{"title": "Ferry", "text": "The ferry runs again.",}',
            "Expecting property name enclosed in double quotes",
        ),
        ('[{"text": "The ferry runs again."', "Expecting ',' delimiter"),
        ('{"text": "The ferry \\q runs again."}', "a backslash escape JSON has not"),
        ('{"text": "The ferry\truns again."}', "a control character left raw in a string"),
    ],
)
def test_an_article_that_is_broken_json_says_so(content: str, problem: str) -> None:
    """A JSON object cut short or with a trailing comma, named .txt or uploaded to the form, was briefed
    as prose: `{"title": "Ferry", "text": "The ferry ...` in the summary (cli49). json's words that
    end in "at" ("Invalid control character at at line 1") are said in ours (cli50)."""
    from newsbrief.errors import InputError
    from newsbrief.ingest.load import not_json

    with pytest.raises(InputError) as e:
        not_json(content, "a.txt")
    assert str(e.value).startswith(f"a.txt: holds broken JSON ({problem} at line 1, column ")
    assert str(e.value).endswith("), not an article or a page")
    not_json('{"Quoted" words open this article, and the ferry runs again.', "b.txt")  # prose: read
    not_json("[Photo] The ferry runs again.", "c.txt")


@pytest.mark.parametrize("name", ["rows.txt", "-"])
def test_json_lines_of_articles_given_as_an_article_say_so(tmp_path: Path, name: str) -> None:
    """Rows of articles (`{"text": ...}` a line, what `cluster` and `ingest` read from a .jsonl file) in a
    .txt file or on stdin were briefed as prose and refused for a reason naming no JSON: "method default
    chose no sentence within --words 250" (cli48)."""
    import json

    content = "".join(json.dumps({"id": f"a{k}", "text": ARTICLE}) + "\n" for k in (1, 2))
    path = tmp_path / name
    if name != "-":
        path.write_text(content, encoding="utf-8")
    proc = run_cli("brief", "-" if name == "-" else str(path), stdin=content.encode())
    where = "<stdin>" if name == "-" else str(path)
    assert one_error(proc, 1) == (
        f"{where}: holds JSON Lines (a JSON object a line), not an article or a page; from a .jsonl file"
        ' `cluster` and `ingest` read rows of articles ({"text": ...}), `brief` and `batch` read stories'
        ' ({"documents": [...]})'
    )


def test_a_story_asked_of_prose_on_stdin_is_a_usage_error() -> None:
    """`brief - --story s1` with an article on stdin passed --story by (a file is refused so; cli43)."""
    proc = run_cli("brief", "-", "--story", "s1", stdin=ARTICLE.encode())
    assert one_error(proc, 2) == "--story s1 needs a JSONL stories file as input"


def test_a_stories_row_that_is_no_object_names_its_kind(tmp_path: Path) -> None:
    """`[{...}]` on one line said "line 1 is not a JSON object": now what it is (cli43)."""
    path = tmp_path / "array.json"
    path.write_text('[{"id": "s1", "documents": ["The ferry runs again."]}]\n', encoding="utf-8")
    assert one_error(run_cli("brief", str(path)), 1).endswith(
        "the first: line 1 is a list, not a JSON object)"
    )


def test_a_dask_address_that_is_not_one_is_a_usage_error(tmp_path: Path) -> None:
    """`--dask nonsense` was a ValueError traceback from distributed."""
    import json

    src = tmp_path / "stories.jsonl"
    src.write_text(json.dumps({"id": "s1", "documents": [ARTICLE]}) + "\n", encoding="utf-8")
    proc = run_cli("batch", str(src), "-o", str(tmp_path / "briefs.jsonl"), "--dask", "nonsense", "--quiet")
    assert one_error(proc, 2).startswith("--dask: not a scheduler address (tcp://host:8786) or 'local'")


@pytest.mark.parametrize(
    "reply",
    [
        b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n",
        b"SSH-2.0-OpenSSH_9.6\r\n",
        b"\x10" + b"\0" * 7 + b"\xc1" * 16,
    ],
    ids=["http", "ssh", "broken frame"],
)
def test_a_dask_address_where_no_scheduler_answers_is_one_line(tmp_path: Path, reply: bytes) -> None:
    """`--dask` at a port where an HTTP or SSH server answers: its first bytes read as a frame's length
    were a MemoryError traceback (numpy, "Unable to allocate 3.07 EiB"), a broken frame a struct.error
    one (cli45)."""
    import json
    import threading

    src = tmp_path / "stories.jsonl"
    src.write_text(json.dumps({"id": "s1", "documents": [ARTICLE]}) + "\n", encoding="utf-8")
    server = socket.create_server(("127.0.0.1", 0))
    done = threading.Event()

    def answer() -> None:
        while not done.is_set():
            with contextlib.suppress(OSError):
                conn, _ = server.accept()
                conn.sendall(reply)
                done.wait(30)  # kept open: the client reads what was sent, not a closed stream
                conn.close()

    threading.Thread(target=answer, daemon=True).start()
    address = f"tcp://127.0.0.1:{server.getsockname()[1]}"
    try:
        proc = run_cli("batch", str(src), "-o", str(tmp_path / "briefs.jsonl"), "--dask", address, "--quiet")
    finally:
        done.set()
        server.close()
    assert one_error(proc, 1) == (
        f"{address}: something answers there, but not as a Dask scheduler does (its port is 8786 by default)"
    )
    assert not (tmp_path / "briefs.jsonl").exists()


def test_a_batch_output_holding_something_else_is_refused_and_kept(tmp_path: Path) -> None:
    """`batch -o notes.txt` cut notes.txt's only line as a torn row, leaving an empty file."""
    import json

    src = tmp_path / "stories.jsonl"
    src.write_text(json.dumps({"id": "s1", "documents": [ARTICLE]}) + "\n", encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"my notes\n")
    proc = run_cli("batch", str(src), "-o", str(notes), "--jobs", "1", "--quiet")
    assert one_error(proc, 1) == (
        f"{notes}: its last line is not a batch result; use --restart or another output"
    )
    assert notes.read_bytes() == b"my notes\n"


def test_no_url_that_works_is_one_line(tmp_path: Path) -> None:
    """The failed URL was a warning, then the same words again as the error."""
    line = one_error(run_cli("brief", "ftp://example.com/story"), 1)
    assert line == (
        "no URL could be used: ftp://example.com/story: only http and https URLs can be fetched, not ftp:"
    )


@pytest.mark.parametrize("command", ["brief", "cluster", "batch"])
def test_a_jsonl_with_a_utf8_byte_order_mark_is_read(tmp_path: Path, command: str) -> None:
    """A JSONL saved with a UTF-8 BOM (as some Windows editors do) was refused: "Unexpected UTF-8 BOM"."""
    import json

    src = tmp_path / "stories.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "s1", "documents": [ARTICLE]}).encode() + b"\n")
    extra = ["-o", str(tmp_path / "out.jsonl"), "--jobs", "1", "--quiet"] if command == "batch" else []
    proc = run_cli(command, str(src), *extra)
    assert proc.returncode == 0, proc.stderr


class _InterruptedWhileLoading(types.ModuleType):
    """`newsbrief.cli` as a Ctrl-C while it loads leaves it: its `main` is never reached."""

    def __getattr__(self, name: str) -> object:
        raise KeyboardInterrupt


def test_ctrl_c_while_the_command_line_loads_is_one_line(monkeypatch, capsys) -> None:
    """The script's entry point (`newsbrief.__main__:main`) says "aborted", exit 130, for a Ctrl-C
    before `cli.main` installs its handler (was a KeyboardInterrupt traceback in the first ~0.3 s)."""
    from newsbrief.__main__ import main as entry

    monkeypatch.setitem(sys.modules, "newsbrief.cli", _InterruptedWhileLoading("newsbrief.cli"))
    handler = signal.getsignal(signal.SIGINT)
    try:
        assert entry() == 130
    finally:
        signal.signal(signal.SIGINT, handler)  # the entry point leaves Ctrl-C ignored, for its exit
        gc.unfreeze()  # ... and what was alive frozen
    assert capsys.readouterr().err == "newsbrief: aborted\n"


# A SIGTERM while `newsbrief.cli` loads: sent from an import hook, as the first ~0.3 s of a command
_SIGTERM_WHILE_LOADING = """\
import os, signal, sys


class Kill:
    def find_spec(self, name, path=None, target=None):
        if name == "newsbrief.cli":
            os.kill(os.getpid(), signal.SIG{sig})


sys.meta_path.insert(0, Kill())
sys.argv = ["newsbrief", "schema"]
from newsbrief.__main__ import main

raise SystemExit(main())
"""


@pytest.mark.parametrize(("sig", "code"), [("TERM", 143), ("HUP", 129)])
def test_sigterm_while_the_command_line_loads_is_one_line(sig: str, code: int) -> None:
    """SIGTERM before `cli.main` installs its handler ended the process by the signal with no line
    (status -15, cli54): the entry point sets it first, so it says "terminated", exit 143, as inside a
    command. SIGHUP likewise: "terminated (SIGHUP)", exit 129 (cli58)."""
    r = subprocess.run(
        [sys.executable, "-c", _SIGTERM_WHILE_LOADING.replace("{sig}", sig)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=as_a_terminal_starts_it,
    )
    assert (r.returncode, r.stderr, r.stdout) == (code, f"newsbrief: terminated (SIG{sig})\n", "")


def test_the_entry_point_runs_the_command_line() -> None:
    """`python -m newsbrief` (the script's own entry point) is `cli.main`: its exit code and output."""
    r = subprocess.run([sys.executable, "-m", "newsbrief", "schema"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("{"), r.stderr
    r = subprocess.run([sys.executable, "-m", "newsbrief", "nosuch"], capture_output=True, text=True)
    assert r.returncode == 2 and r.stderr.startswith("newsbrief: error: nosuch: no such command"), r.stderr


# A Ctrl-C once the command has finished: at an atexit call, and while the interpreter frees its modules
_CTRL_C_AT_EXIT = {
    "atexit": "import atexit\natexit.register(lambda: os.kill(os.getpid(), signal.SIGINT))\n",
    "teardown": "class Late:\n    def __del__(self):\n        os.kill(os.getpid(), signal.SIGINT)\n"
    "import newsbrief\nnewsbrief.late = Late()\n",
}


@pytest.mark.parametrize("when", sorted(_CTRL_C_AT_EXIT))
def test_ctrl_c_after_the_command_finished_keeps_its_exit(when: str) -> None:
    """A Ctrl-C in the interpreter's teardown, after `cli.main` returned (the last ~0.5 s of `eval`,
    its output written), ended the process by the signal (exit -2, nothing said) or printed an
    "Exception ignored" traceback at an atexit call (cli44): the entry point now ignores it once it has
    its exit code, so the run ends with its own."""
    program = (
        "import os, signal, sys\n"
        + _CTRL_C_AT_EXIT[when]
        + "sys.argv = ['newsbrief', 'schema']\n"
        + "from newsbrief.__main__ import main\nraise SystemExit(main())\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        preexec_fn=as_a_terminal_starts_it,
    )
    assert (r.returncode, r.stderr) == (0, "") and r.stdout.startswith("{")


def test_the_entry_point_freezes_what_is_alive_for_the_exit() -> None:
    """The interpreter's teardown walked every live object in its collections: ~1 s after `brief`,
    ~1.8 s after `eval` under load, between the output and the exit (cli45). The entry point freezes
    them (`gc.freeze`) once it has its exit code; the output is unchanged."""
    program = (
        "import gc, sys\nsys.argv = ['newsbrief', 'schema']\nfrom newsbrief.__main__ import main\n"
        "code = main()\nsys.stderr.write(f'frozen {gc.get_freeze_count()}')\nraise SystemExit(code)\n"
    )
    r = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("{")
    assert r.stderr.startswith("frozen ") and int(r.stderr.split()[1]) > 1000, r.stderr


@pytest.mark.parametrize("name", ["two\nlines.txt", "red\x1b[31m.txt"])
def test_an_input_named_with_a_control_character_is_named_escaped(tmp_path: Path, name: str) -> None:
    """A file named with a newline made the error two lines, one with a terminal escape wrote the escape
    to the terminal: the name is shown escaped, as Python writes it (cli41b)."""
    missing = tmp_path / name
    proc = run_cli("brief", str(missing))
    assert one_error(proc, 1) == f"{repr(str(missing))[1:-1]}: no such file or directory"


@pytest.mark.parametrize("command", ["brief", "eval", "cluster"])
def test_a_file_named_with_a_leading_dash_is_named(tmp_path: Path, monkeypatch, capsys, command: str) -> None:
    """`brief -dash.txt` said "-d: no such option" and `brief -notes.txt` "--sentences: input should be a
    valid integer" (cli44); now the file and the two ways to give it. An unknown option that is no file
    is said as before."""
    from newsbrief.cli import main

    monkeypatch.chdir(tmp_path)
    for name in ("-notes.txt", "-dash.txt"):  # -n is an option (`brief --sentences`), -d none
        (tmp_path / name).write_text(ARTICLE + "\n")
        assert main([command, name]) == 2
        assert capsys.readouterr().err == (
            f"newsbrief: error: {name}: read as an option; for the file of that name give ./{name} "
            f"or -- {name}\n"
        )
    assert main([command, "-x"]) == 2
    assert capsys.readouterr().err == "newsbrief: error: -x: no such option\n"


@pytest.mark.parametrize("command", ["brief", "eval", "cluster", "ingest"])
@pytest.mark.parametrize(
    ("name", "packed", "why"),
    [
        (
            "stories.jsonl",
            "gzip",
            "a gzip archive, not lines of text (a gzipped file is read when its name ends in .gz)",
        ),
        ("stories.jsonl", "zip", "a ZIP archive (or a Word/OpenDocument file), not lines of text"),
        ("stories.jsonl.gz", "gzip", "a gzip archive, not lines of text"),  # gzipped twice
    ],
)
def test_an_archive_named_as_jsonl_is_named_as_an_archive(
    tmp_path: Path, command: str, name: str, packed: str, why: str
) -> None:
    """A gzip or ZIP file named `.jsonl` was "no usable story in the file (3 bad rows; the first:
    broken JSON on line 1: Expecting value)" in `brief`, `eval`, `cluster` and `ingest` (cli56), where
    `batch` named it an archive."""
    import gzip
    import zipfile

    row = json.dumps({"id": "s1", "documents": [ARTICLE], "summaries": ["The ferry runs again."]})
    path = tmp_path / name
    if packed == "zip":
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("s.jsonl", row + "\n")
    else:
        data = gzip.compress(row.encode() + b"\n")
        path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    extra = ("--db", str(tmp_path / "n.db")) if command == "ingest" else ()
    assert one_error(run_cli(command, str(path), *extra), 1) == f"{path}: {why}"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_removed_working_folder_is_named(tmp_path: Path, monkeypatch, capsys) -> None:
    """Run from a folder removed while the shell stood in it, `brief ../a.txt -o x.txt` and `stories
    --db ../n.db` said only "No such file or directory", naming nothing (cli56)."""
    from newsbrief.cli import main

    (tmp_path / "a.txt").write_text(ARTICLE)
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    assert main(["brief", "../a.txt", "--no-timings", "-o", "x.txt"]) == 1
    assert capsys.readouterr().err == (
        "newsbrief: error: the working folder no longer exists (it was removed); cd to one that does\n"
    )


def test_render_refuses_a_brief_with_a_key_twice(tmp_path: Path, capsys) -> None:
    """A saved brief with "summary" twice rendered the last (here empty) without a word (cli56)."""
    from newsbrief.cli import main

    saved = tmp_path / "b.json"
    assert main(["brief", "--example", "--no-timings", "-f", "json", "-o", str(saved)]) == 0
    text = saved.read_text().rstrip()
    twice = tmp_path / "twice.json"
    twice.write_text(text[:-1] + ', "summary": []}')
    capsys.readouterr()
    assert main(["render", str(twice), "-f", "md"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f'newsbrief: error: {twice}: not a JSON brief (the key "summary" is given twice in')
    assert main(["render", str(saved), "-f", "md"]) == 0  # once each: rendered


def _single_valued_options() -> list[tuple[str, str, str]]:
    """(command, longest name, shortest name) of every option of one value (not a flag, not a list)."""
    import typer

    from newsbrief.cli import app

    group = typer.main.get_command(app)
    return [
        (name, max(p.opts, key=len), min(p.opts, key=len))
        for name, cmd in group.commands.items()
        for p in cmd.params
        if p.param_type_name == "option" and not p.is_flag and not p.multiple and p.opts != ["--help"]
    ]


@pytest.mark.parametrize(("command", "option", "short"), _single_valued_options())
def test_every_option_of_one_value_given_twice_is_a_usage_error(capsys, command, option, short) -> None:
    """`--words 100 --words 200`, `-o a -o b`, `--format json --format md` kept the last value in
    silence (cli57): every command's option of one value refuses a second, different one, naming it."""
    from newsbrief.cli import main

    assert main([command, short, "1", option, "2"]) == 2
    err = capsys.readouterr().err
    assert err == f"newsbrief: error: {option}: given twice ('1', then '2'); give it once\n"


def test_the_options_given_twice_cover_every_command() -> None:
    commands = {c for c, _, _ in _single_valued_options()}
    assert commands == {"brief", "render", "serve", "eval", "batch", "cluster", "ingest", "stories", "watch"}
    assert len(_single_valued_options()) == 67


@pytest.mark.parametrize(
    "args",
    [
        ("brief", "--example", "--no-timings", "-f", "json", "-w", "60", "--words=60", "-fjson"),
        ("brief", "--example", "--no-timings", "--no-analysis", "--no-analysis", "-f", "json"),
        ("brief", "--example", "-f", "JSON", "--format", "json", "-m", "Default", "-m", "default"),
    ],
)
def test_the_same_value_twice_and_a_flag_twice_are_taken(capsys, args) -> None:
    """The same value twice means what once does, and a flag twice is the flag."""
    from newsbrief.cli import main

    assert main(list(args)) == 0
    assert json.loads(capsys.readouterr().out)["method"] == "default"


def test_serve_allowed_host_still_collects(capsys) -> None:
    """An option that collects a list (`--allowed-host`) takes every value, as before."""
    import typer

    from newsbrief.cli import app

    command = typer.main.get_command(app).commands["serve"]
    ctx = command.make_context("serve", ["--allowed-host", "a.example", "--allowed-host", "b.example"])
    assert ctx.params["allowed_host"] == ["a.example", "b.example"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("-o=x.md",), "-o=x.md: read as -o with the value '=x.md'; give -o x.md or --output=x.md"),
        (("-w=100",), "-w=100: read as -w with the value '=100'; give -w 100 or --words=100"),
        (("-fjson", "-o", "--"), "--output: took -- as its value; give one (./-- names a file of that name)"),
        (("--output=--",), "--output: took -- as its value; give one (./-- names a file of that name)"),
    ],
)
def test_a_short_option_with_an_equals_sign_or_a_double_dash_value_is_refused(
    tmp_path: Path, capsys, monkeypatch, args: tuple[str, ...], expected: str
) -> None:
    """`brief a.txt -o=x.md` wrote a file named `=x.md` and `-o --` one named `--`, exit 0 (cli57):
    getopt reads them so, but neither is meant; a usage line says how to give the value."""
    from newsbrief.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE + "\n")
    assert main(["brief", "a.txt", *args]) == 2
    assert capsys.readouterr().err == f"newsbrief: error: {expected}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_short_option_with_its_value_attached_still_works(tmp_path: Path, capsys) -> None:
    from newsbrief.cli import main

    assert main(["brief", "--example", "--no-timings", "-fjson", "-w60", f"-o{tmp_path / 'b.json'}"]) == 0
    assert json.loads((tmp_path / "b.json").read_text())["budget"] == {"words": 60}


@pytest.mark.parametrize(
    "args",
    [
        ("--words", "60", "--words", "060"),
        ("-w", "60", "--words=+60"),
        ("-n", "3", "--sentences", "03"),
    ],
)
def test_two_spellings_of_one_value_are_the_same_value(capsys, args: tuple[str, ...]) -> None:
    """`--words 100 --words 0100` was "given twice ('100', then '0100')" (cli57 compared the strings):
    the values are compared as the option reads them (cli58)."""
    from newsbrief.cli import main

    assert main(["brief", "--example", "--no-timings", "-f", "json", *args]) == 0, capsys.readouterr().err
    assert json.loads(capsys.readouterr().out)["budget"] in ({"words": 60}, {"sentences": 3})


@pytest.mark.parametrize(
    "args",
    [
        ("--help", "--words", "1", "--words", "2"),
        ("-w", "1", "-w", "2", "-h"),
        ("-o=x.md", "--help"),
        ("-o", "--", "--help"),
    ],
)
def test_help_wins_over_an_option_refused(tmp_path: Path, monkeypatch, capsys, args: tuple[str, ...]) -> None:
    """`brief --help --words 1 --words 2` was the usage line, not the help: `--help` anywhere wins, as
    it wins over the parser's own checks of a value (`brief --help --words abc` shows the help)."""
    from newsbrief.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["brief", *args]) == 0
    out = capsys.readouterr()
    assert "Summarize one story with citations." in out.out and out.err == ""
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("store", [False, True])
def test_an_empty_story_id_is_a_usage_error(tmp_path: Path, capsys, store: bool) -> None:
    """`brief s.jsonl --story ''` said "no story with id ''", exit 1 (a row's empty id is replaced by a
    hash of its documents, so none has it): a usage line, exit 2, as `--db ''` is (cli58)."""
    from newsbrief.cli import main

    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"id": "", "documents": [ARTICLE]}) + "\n")
    where = ["--db", str(tmp_path / "x.db")] if store else [str(path)]
    assert main(["brief", *where, "--story", ""]) == 2
    assert capsys.readouterr().err == (
        "newsbrief: error: --story: the story id is empty (give one of the input's ids)\n"
    )


def test_an_ingest_worker_leaves_a_hangup_to_the_main_process() -> None:
    """A hang-up reaches the whole process group, as a Ctrl-C does: an `ingest` worker ignores both and
    the main process stops the pool (a worker raising `HungUp` mid-article was the risk, cli58)."""
    code = (
        "import os, signal\n"
        "from newsbrief.store.ahead import _worker_start\n"
        "_worker_start(os.getppid())\n"
        "print(*(signal.getsignal(s) is signal.SIG_IGN for s in (signal.SIGHUP, signal.SIGINT)))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert (r.returncode, r.stdout) == (0, "True True\n"), r.stderr


def test_a_stray_latin1_byte_in_a_jsonl_row_is_named(tmp_path: Path, capsys) -> None:
    """A stories file's row with a stray Latin-1 byte was read with U+FFFD and no word: one warning
    names the file and the byte, once however many there are (cli58)."""
    from newsbrief.cli import main

    row = json.dumps(
        {"id": "x", "documents": ["Le café a rouvert lundi, a dit la propriétaire. " + ARTICLE]},
        ensure_ascii=False,
    )
    data = (row + "\n").encode("utf-8").replace("é".encode(), b"\xe9", 2)
    path = tmp_path / "s.jsonl"
    path.write_bytes(data)
    assert main(["brief", str(path), "--story", "x", "-f", "json", "--no-timings", "--no-analysis"]) == 0
    out = capsys.readouterr()
    said = "not UTF-8 (0xE9, the first such byte); read as U+FFFD (\ufffd)"
    assert out.err == f"newsbrief: warning: {path}: {said}\n"
    assert "caf\ufffd a rouvert" in json.loads(out.out)["documents"][0]["text"]


def test_reading_many_stories_files_registers_one_codec_error_handler(tmp_path: Path, capsys) -> None:
    """cli58 registered a codec error handler for each stories file read, and `codecs` keeps every one
    for good (a long `serve` or `watch` grew by one per file): one handler now, each file still warned
    of once by its own name, two files read in turns each with its own warning (cli59)."""
    import io

    from newsbrief.ingest import stories

    row = b'{"id": "x", "documents": ["caf\xe9 \xe9"]}\n'
    handlers = set()
    for k in range(1000):
        with stories.text_of(io.BufferedReader(io.BytesIO(row)), f"s{k}.jsonl") as f:
            assert f.read() == row.decode("utf-8", "replace")
            handlers.add(f.errors)
    assert len(handlers) == 1
    warned = capsys.readouterr().err.splitlines()
    assert len(warned) == 1000 and warned[999] == (
        "newsbrief: warning: s999.jsonl: not UTF-8 (0xE9, the first such byte); read as U+FFFD (\ufffd)"
    )
    a = stories.text_of(io.BufferedReader(io.BytesIO(b"ok\n" + row * 2)), "a.jsonl")
    b = stories.text_of(io.BufferedReader(io.BytesIO(row * 2)), "b.jsonl")
    assert [line for pair in zip(a, b, strict=False) for line in pair].count(
        row.decode("utf-8", "replace")
    ) == 3
    warned = capsys.readouterr().err.splitlines()
    assert sorted(line.split(": ")[2] for line in warned) == ["a.jsonl", "b.jsonl"]


GUNZIP = (
    "not a text file: looks like a gzip archive (gunzip it: an article is read as text or HTML; only stories"
    " files are read gzipped, named .jsonl.gz)"
)


@pytest.mark.parametrize("command", [("brief",), ("cluster",), ("ingest", "--db", "s.db")])
def test_a_gzipped_article_says_what_is_read(tmp_path: Path, monkeypatch, capsys, command) -> None:
    """`brief lat.txt.gz` said "looks like a gzip archive" and no more, while a stories file named
    .jsonl.gz is read gzipped (cli58's left-alone): the line says to gunzip it and what is read gzipped,
    the same in every command that reads articles (cli59)."""
    import gzip

    from newsbrief.cli import main

    monkeypatch.chdir(tmp_path)
    Path("lat.txt.gz").write_bytes(gzip.compress((ARTICLE + "\n").encode()))
    assert main([*command, "lat.txt.gz"]) == 1
    assert capsys.readouterr().err == f"newsbrief: error: lat.txt.gz: {GUNZIP}\n"
    assert not Path("s.db").exists()


def test_a_gzipped_feed_file_is_refused_at_the_start_of_watch(tmp_path: Path, capsys) -> None:
    """A gzipped feed file was "not a readable RSS or Atom feed (...: not well-formed (invalid token))" at
    every poll: it is no feed as it is, refused at the start by name (cli59)."""
    import gzip

    from newsbrief.cli import main

    feed = tmp_path / "news.xml.gz"
    feed.write_bytes(gzip.compress(b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>'))
    assert main(["watch", "--db", str(tmp_path / "w.db"), str(feed), "--polls", "1"]) == 1
    assert capsys.readouterr().err == (
        f"newsbrief: error: {feed}: not an RSS or Atom feed: looks like a gzip archive (gunzip it)\n"
    )
    assert not (tmp_path / "w.db").exists()
