"""A value over a PostgreSQL store's limit was told in the driver's words, naming no article: a URL of
6,000 random characters said "the store failed (index row size 6032 exceeds btree version 4 maximum
2704 for index "uq_articles_url")". Now the error names the URL and the limit (cli57)."""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

from store_db import pg_url, reset_pg

ARTICLE = (
    "The river ferry will run again on Monday after a two-week strike by its crews ended with a deal. "
    "Crews accepted a pay rise of four percent over two years, the operator said on Friday."
)


def test_a_url_over_the_index_limit_is_named(tmp_path: Path, capsys) -> None:
    from newsbrief.cli import main
    from newsbrief.store import Store

    url = pg_url()
    reset_pg(url)
    rng = random.Random(57)
    long = "http://example.com/" + "".join(rng.choice(string.ascii_letters) for _ in range(6000))
    src = tmp_path / "articles.jsonl"
    rows = [
        {"id": "a", "url": "http://example.com/short", "text": ARTICLE},
        {"id": "b", "url": long, "text": ARTICLE.replace("Monday", "Tuesday")},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["ingest", str(src), "--db", url]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"newsbrief: error: {long[:77]}...: its URL is 6,019 bytes, more than a PostgreSQL store can index"
        " (2,704 bytes once compressed); nothing of this batch was stored (a SQLite store takes it)\n"
    )
    with Store(url) as store:
        assert store.stories() == []
