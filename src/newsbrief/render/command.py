"""`newsbrief render BRIEF.json`: a saved brief in any format, byte for byte as `brief` printed it.

Only typer is imported at module level.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..options import format_option, inputs_argument, path_option


def render_command(
    brief_file: Annotated[
        str, inputs_argument("A brief saved with --format json, or - for stdin.", metavar="BRIEF")
    ],
    fmt: Annotated[str, format_option("terminal, markdown, json or html.")] = "terminal",
    output: Annotated[
        Path | None, path_option("--output", "-o", help="Write to this file (atomically).")
    ] = None,
) -> None:
    """Render a saved brief (JSON) again, in any output format."""
    from ..errors import UsageError
    from ..io import refuse_an_input
    from . import formats, is_format, show

    if not is_format(fmt):
        raise UsageError(f"unknown --format {fmt!r}; choose one of {', '.join(formats())}")
    refuse_an_input(output, [brief_file])
    show(load_brief(brief_file), fmt, output)


def load_brief(name: str):  # -> Brief
    """The brief saved in a JSON file (`-`: stdin); `InputError` when it cannot be read or is not one."""
    import json

    from ..errors import InputError
    from ..ingest.decode import sniff_binary, stream_codec
    from ..ingest.files import markup_kind, parse_json
    from ..ingest.load import read_bytes, read_stdin
    from ..model import Brief

    data = read_stdin() if name == "-" else read_bytes(Path(name), name)
    shown = "<stdin>" if name == "-" else name  # as `brief` names it
    if not data.strip():
        raise InputError("is empty, not a JSON brief", shown)
    binary = sniff_binary(data)
    if binary is not None:  # a gzip said "'utf-8' codec can't decode byte 0x8b in position 1"
        raise InputError(f"not a JSON brief: {binary}", shown)
    # a byte-order mark (an editor's UTF-8 BOM, PowerShell's `>` in UTF-16) was "Unexpected UTF-8 BOM";
    # UTF-16 without one was "Expecting property name" (cli49): read as `brief` reads an article
    bom, codec = stream_codec(data)
    text = ""
    try:
        text = data[len(bom) :].decode(codec)
        if not text.strip():  # a byte-order mark alone was "not a JSON brief (Expecting value: …)" (cli58)
            raise InputError("is empty, not a JSON brief", shown)
        parsed = parse_json(text, unique_keys=True)  # a key twice: the last was rendered (cli56)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        if isinstance(e, json.JSONDecodeError) and e.msg == "Extra data" and _json_lines(text, e.pos):
            # a batch output: one brief a line ("not a JSON brief (Extra data: line 2 column 1)")
            raise InputError(
                "holds several JSON lines (a batch output?); render reads one brief: give one line, "
                "as `sed -n 1p FILE | newsbrief render -`",
                shown,
            ) from None
        if (kind := markup_kind(text[:8192])) is not None:  # "not a JSON brief (Expecting value: …)" (cli48)
            raise InputError(
                f"not a JSON brief: it looks like {MARKUP_NAMES[kind]}; render reads a brief `brief --format"
                " json` saved",
                shown,
            ) from None
        raise InputError(f"not a JSON brief ({e})", shown) from None
    if isinstance(parsed, dict) and "stories" in parsed and "documents" not in parsed:
        raise InputError("is a story list (cluster or stories --format json), not a brief", shown)
    try:
        return Brief.from_dict(parsed)
    except InputError as e:
        raise InputError(str(e), shown) from None


# What a file `render` cannot read is, by `ingest.files.markup_kind`
MARKUP_NAMES = {"feed": "an RSS or Atom feed", "html": "an HTML page", "markup": "markup (HTML or XML)"}


def _json_lines(text: str, extra: int) -> bool:
    """Whether `text`, whose JSON value ends before `extra` (the "Extra data" position), is an object
    followed on a later line by another."""
    import json

    if not (text.startswith("{", extra) and "\n" in text[:extra]):
        return False
    try:
        return isinstance(json.loads(text[:extra]), dict)
    except (ValueError, RecursionError):  # broken JSON, or a number of too many digits
        return False


def register(app: typer.Typer) -> None:
    app.command("render")(render_command)
