"""Articles for clustering and the store: every article of every input, each with where it came from.

Besides what `ingest.load` reads (files, folders, stdin, URLs), a JSONL file here gives *all* its
articles: rows of articles `{"id", "text" or "html", "url", "title", "date", "outlet"}`, or rows of
stories `{"id", "documents": [...]}` (the `../shared/data` form), whose articles are `<story id>/<k>`.
RSS and Atom feed files (`.rss`, `.atom`, or `.xml` that starts as one) and URLs (a feed or a page) are
read by `newsbrief.feeds`.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from ..errors import InputError, counted, shown
from ..ingest.files import broken_json, json_kind, parse_json
from ..ingest.multinews import decode_newline_marks
from ..limits import MAX_STORY_BYTES, ArticleBudget, OverCommandLimit
from ..model import RawDoc

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
TEXT_FIELDS = ("title", "date", "outlet", "author")
MAX_ROW_WARNINGS = 5


def read_articles(
    inputs: Sequence[str],
    cache_dir: str | Path | None = None,
    fetching: Any = None,
    feeds: Any = None,
    failed: list[InputError] | None = None,
    bad_rows: list[str] | None = None,
    budget: ArticleBudget | None = None,
) -> list[RawDoc]:
    """Every article of the inputs, in input order, with unique ids (`iter_articles`, held whole)."""
    return list(iter_articles(inputs, cache_dir, fetching, feeds, failed, bad_rows, budget))


def _over_a_story(d: RawDoc) -> InputError | None:
    """An article over the text a story may hold (`limits.MAX_STORY_BYTES`): no brief of a story
    holding it could ever be made, and grouping it cost about 70 MB a MB (a 19.5 MB article took
    `ingest` 1.4 GB and 4 minutes, cli49)."""
    if len(d.raw) <= MAX_STORY_BYTES // 4:  # a character is at most 4 bytes: no need to encode
        return None
    size = len(d.raw.encode("utf-8", "surrogatepass"))
    if size <= MAX_STORY_BYTES:
        return None
    return InputError(
        f"{size / 1e6:.1f} MB of text, over the {MAX_STORY_BYTES / 1e6:.0f} MB a story may hold"
        " (it could never be briefed); not read",
        d.source,
    )


def iter_articles(
    inputs: Sequence[str],
    cache_dir: str | Path | None = None,
    fetching: Any = None,
    feeds: Any = None,
    failed: list[InputError] | None = None,
    bad_rows: list[str] | None = None,
    budget: ArticleBudget | None = None,
    known: Callable[[str], bool] | None = None,
    reading: Callable[[str], None] | None = None,
    left_out: list[str] | None = None,
) -> Iterator[RawDoc]:
    """Every article of the inputs, in input order, with unique ids, a JSONL file's row by row (so
    `ingest` holds a batch, not 50,000 articles: cli46). URLs share one `feeds.Fetching`
    (so per-host politeness holds across inputs); `feeds`: see `feeds.iter_url` (feeds that did not
    change since they were last read give no articles, and that is no error). An input that cannot be
    read is a warning and the others are read (the batch convention of `cluster` and `ingest`, which
    exit 1 then); `failed` gets each one's error, `bad_rows` each skipped JSONL row's (warned too; both
    commands exit 1 for them, as `batch` counts such a row failed). A JSONL file that cannot be read on
    (a truncated gzip) gives the rows before the cut, then its error. When no input gave an article,
    the one error line, before any is given. With a `budget` (`cluster`'s), each article is counted as
    it is read, and the first one past it ends the reading (`limits.OverCommandLimit`, naming its
    input). `known`: see `feeds.iter_url` (a feed URL's entries stored already); a page URL it knows is
    not fetched either; each URL so left out goes into `left_out`, and inputs that gave nothing new
    are no error. `reading` is called with each input before its articles are given (`ingest` sizes
    its transactions by input)."""
    from ..ingest.files import stat_input
    from ..ingest.load import is_url, load, once

    stored: list[str] = [] if left_out is None else left_out
    if known is not None:
        known = partial(_known, known, stored)
    given = 0
    ids: dict[str, int] = {}  # `load.unique_ids`, as the articles go by
    errors: list[InputError] = []
    seen: dict[tuple[int, int], str] = {}  # a file given twice is read once (`load.once`)
    for inp in inputs:
        path = Path(inp)
        taken = False  # against the `budget`, by the reader
        docs: Iterable[RawDoc] = ()
        if reading is not None:
            reading(inp)
        try:
            if is_url(inp) and known is not None and known(inp):
                pass  # a page stored already, not fetched again (an article's URL is a page's, not a feed's)
            elif is_url(inp):  # a feed or a page (`feeds.iter_url`: a feed's pages fetched as they are taken)
                from ..feeds import Fetching, iter_url

                fetching = fetching or Fetching(cache_dir=cache_dir)
                docs = iter_url(inp, fetching=_within(fetching, budget), feeds=feeds, known=known)
            elif path.is_file() and path.name.lower().endswith(JSONL_SUFFIXES):
                if once(stat_input(path, inp), inp, seen):
                    taken = True  # counted as read
                    for d in iter_jsonl_articles(path, inp, bad_rows, budget):
                        if too_large := _over_a_story(d):
                            errors.append(too_large)
                            continue
                        given += 1
                        yield _unique(d, ids)
            elif _is_feed(inp, path):
                from ..feeds import read_feed

                if once(stat_input(path, inp), inp, seen):
                    most = budget.room() if budget is not None else None
                    docs = read_feed(inp, cache_dir=cache_dir, most=most)
            else:  # files and folders: `load` reads each file once, counting it as it is read
                docs = load([inp], cache_dir=cache_dir, seen=seen, budget=budget)
                taken = True
        except OverCommandLimit:
            raise
        except InputError as e:
            errors.append(e)
        for d in docs:
            if not taken and budget is not None:  # each bounded in size (`MAX_INPUT_BYTES`)
                budget.take(inp, d.raw)
            if too_large := _over_a_story(d):
                errors.append(too_large)
                continue
            given += 1
            yield _unique(d, ids)
    if failed is not None:
        failed.extend(errors)
    if not given and errors and not stored:
        if len(errors) == 1:
            raise errors[0]
        not_read = counted(len(errors), "input")
        raise InputError(f"no articles in the input ({not_read} not read; the first: {errors[0]})")
    for e in errors:
        from ..log import warn

        warn(str(e))
    if not given and not stored and not any(p.not_modified for p in (feeds or {}).values()):
        raise InputError("no articles in the input")


def _known(known: Callable[[str], bool], stored: list[str], url: str) -> bool:
    """`known(url)`, each URL it knows put into `stored`."""
    if hit := known(url):
        stored.append(url)
    return hit


def _within(fetching: Any, budget: ArticleBudget | None) -> Any:
    """`fetching` (shared, so its pacer holds across inputs) reading a feed no further than the
    `budget`'s room: `cluster URL --max-articles 100` of a 10,000-item feed read every entry, and
    fetched every entry's page, before refusing the 101st (feeds50)."""
    if budget is None:
        return fetching
    from dataclasses import replace

    return replace(fetching, most=budget.room())


def _unique(d: RawDoc, ids: dict[str, int]) -> RawDoc:
    """`d` with its id numbered when it was given before ("a", "a-2", "a-3"), as `load.unique_ids`."""
    from dataclasses import replace

    n = ids[d.id] = ids.get(d.id, 0) + 1
    return replace(d, id=f"{d.id}-{n}") if n > 1 else d


def _is_feed(inp: str, path: Path) -> bool:
    if not path.is_file():
        return False
    if path.suffix.lower() in (".rss", ".atom"):
        return True
    if path.suffix.lower() != ".xml":
        return False
    from ..feeds import FEED_HEAD_BYTES, starts_as_feed

    with path.open("rb") as f:
        return starts_as_feed(f.read(FEED_HEAD_BYTES))


def read_jsonl_articles(
    path: Path, name: str, bad_rows: list[str] | None = None, budget: ArticleBudget | None = None
) -> list[RawDoc]:
    """The articles of a JSONL file of articles or of stories (`iter_jsonl_articles`, held whole)."""
    return list(iter_jsonl_articles(path, name, bad_rows, budget))


def iter_jsonl_articles(
    path: Path, name: str, bad_rows: list[str] | None = None, budget: ArticleBudget | None = None
) -> Iterator[RawDoc]:
    """The articles of a JSONL file of articles or of stories, row by row; bad rows are skipped with a
    warning (after the last row), and each one's reason, naming the file, added to `bad_rows`. With a
    `budget`, every article and every bad row is counted as it is read (`ArticleBudget.take`)."""
    from ..ingest.load import warn

    given = False
    bad: list[str] = []
    for n, row in _rows(path, name, bad, budget):
        got = _articles_of_row(row, n, name, bad)
        if budget is not None:
            for d in got or [None]:  # a bad row is counted too: its reason is held
                budget.take(name, d.raw if d else "")
        given = given or bool(got)
        yield from got
    if not given:  # one error line, the bad rows counted in it (no warnings before it)
        why = f" ({len(bad)} bad row{'s' * (len(bad) != 1)}; the first: {bad[0]})" if bad else ""
        raise InputError(f"no articles in the file{why}", name)
    for reason in bad[:MAX_ROW_WARNINGS]:
        warn(f"{shown(name)}: {reason} (skipped)")
    if len(bad) > MAX_ROW_WARNINGS:
        warn(f"{shown(name)}: {len(bad) - MAX_ROW_WARNINGS} more bad rows skipped")
    if bad_rows is not None:
        bad_rows.extend(f"{name}: {reason}" for reason in bad)


def _rows(
    path: Path, name: str, bad: list[str], budget: ArticleBudget | None = None
) -> Iterator[tuple[int, Any]]:
    """The JSON rows of a JSONL file, with their line numbers. A line over `MAX_ROW_CHARS` is a bad row,
    never held whole (as `batch` and `eval` read stories: a 50 MB line ran `cluster` for minutes,
    fuzz36); a file that cannot be read on is one error in `ingest.files.reading`'s words (a truncated
    gzip: "the file ends too early; is it truncated?", as `brief` says); blank lines cost only their
    reading (`nonblank_lines`). A bad row is counted against
    the `budget` here (its reason is held), a row read against it by the caller."""
    from ..ingest.files import reading
    from ..ingest.stories import MAX_ROW_CHARS, nonblank_lines, text_of

    opener = gzip.open if path.name.lower().endswith(".gz") else open
    seen = False  # a row read before (the first one is hinted at when it is markup)
    with reading(name), opener(path, "rb") as raw, text_of(raw, name) as f:
        for n, line in nonblank_lines(f, MAX_ROW_CHARS, name):
            if line is None:
                bad.append(f"line {n} is too long (over {MAX_ROW_CHARS:,} characters)")
            else:
                first, seen = not seen, True
                try:
                    row = parse_json(line, unique_keys=True)  # a key twice kept the last (cli57)
                except json.JSONDecodeError as e:
                    bad.append(broken_json(e, n, first, line))
                else:
                    yield n, row
                    continue
            if budget is not None:
                budget.take(name)


def _row_id(row: dict[str, Any], n: int, bad: list[str]) -> str | None:
    """A row's id as its articles are named: `line-N` when it has none (or `null`, as `batch` reads a
    story's); None, a bad row, for an id that is `true`, an object or a list, which were named as Python
    writes them ("True", "None", "{'a': 1}", cli55), where `batch` refuses the row."""
    value = row.get("id")
    if value is None:
        return f"line-{n}"
    if isinstance(value, bool | dict | list):
        bad.append(f'"id" on line {n} is {json_kind(value)}, not a string or number')
        return None
    return str(value)


def _articles_of_row(row: Any, n: int, name: str, bad: list[str]) -> list[RawDoc]:
    if not isinstance(row, dict):
        bad.append(f"line {n} is {json_kind(row)}, not a JSON object")
        return []
    row_id = _row_id(row, n, bad)
    if row_id is None:
        return []
    if isinstance(row.get("documents"), list):
        sid = row_id
        return [
            RawDoc(id=f"{sid}/{k}", source=f"{name}#{sid}/{k}", raw=decode_newline_marks(d))
            for k, d in enumerate(row["documents"], 1)
            if isinstance(d, str)
        ]
    if row.get("documents") is not None and not any(isinstance(row.get(k), str) for k in ("text", "html")):
        bad.append(f'"documents" on line {n} is {json_kind(row["documents"])}, not a list')
        return []
    aid = row_id
    meta = {k: str(row[k]) for k in TEXT_FIELDS if isinstance(row.get(k), str | int | float)}
    url = row.get("url") if isinstance(row.get("url"), str) else None
    source = url or f"{name}#{aid}"
    if isinstance(row.get("html"), str):
        from ..ingest.html import read_html

        try:
            doc = read_html(row["html"], source, aid, url=url)
        except InputError:
            return [RawDoc(id=aid, source=source, raw="", **meta)]  # chrome: no text in the page
        return [
            RawDoc(
                id=aid,
                source=source,
                raw=doc.raw,
                title=meta.get("title") or doc.title,
                author=meta.get("author") or doc.author,
                date=meta.get("date") or doc.date,
                outlet=meta.get("outlet") or doc.outlet,
                kind="html",
            )
        ]
    if isinstance(row.get("text"), str):
        return [RawDoc(id=aid, source=source, raw=decode_newline_marks(row["text"]), **meta)]
    given = next((k for k in ("text", "html") if k in row), None)
    if given is not None:  # `"text": 42` said the row had no "text"
        bad.append(f'"{given}" on line {n} is {json_kind(row[given])}, not a string')
    else:
        bad.append(f'line {n} has neither "text" nor "html" nor "documents"')
    return []
