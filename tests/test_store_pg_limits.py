"""A value over a PostgreSQL store's limit was told in the driver's words, naming no article: a URL of
6,000 random characters said "the store failed (index row size 6032 exceeds btree version 4 maximum
2704 for index "uq_articles_url")". cli57 named the URL and the limit, but the whole ingest batch was
rolled back for it; now that one article is left out with a warning and the others are stored (cli58).
A long URL that compresses to fit is stored, as a SQLite store stores every one."""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

import pytest
from store_db import pg_url, reset_pg

ARTICLE = (
    "The river ferry will run again on Monday after a two-week strike by its crews ended with a deal. "
    "Crews accepted a pay rise of four percent over two years, the operator said on Friday."
)
_RNG = random.Random(57)
RANDOM = "http://example.com/" + "".join(_RNG.choice(string.ascii_letters) for _ in range(6000))
REPEATED = "http://example.com/" + "ab" * 3000  # 6,019 bytes too, but it compresses to fit


def _articles(tmp_path: Path) -> Path:
    src = tmp_path / "articles.jsonl"
    rows = [
        {"id": "a", "url": "http://example.com/short", "text": ARTICLE},
        {"id": "b", "url": RANDOM, "text": ARTICLE.replace("Monday", "Tuesday")},
        {"id": "c", "url": REPEATED, "text": ARTICLE.replace("Monday", "Sunday").replace("four", "five")},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return src


@pytest.mark.parametrize("backend", ["postgresql", "sqlite"])
def test_a_url_over_the_index_limit_leaves_that_article_out(tmp_path: Path, capsys, backend: str) -> None:
    from newsbrief.cli import main
    from newsbrief.store import Store

    if backend == "postgresql":
        db = pg_url()
        reset_pg(db)
    else:
        db = str(tmp_path / "news.db")
    code = main(["ingest", str(_articles(tmp_path)), "--db", db])
    err = capsys.readouterr().err
    with Store(db) as store:
        urls = {m.document.source for g in store.stories() for m in g.members}
    if backend == "sqlite":
        assert code == 0, err
        assert urls == {"http://example.com/short", RANDOM, REPEATED}
        return
    assert code == 1, err
    assert err == (
        f"newsbrief: warning: {RANDOM[:77]}...: its URL is 6,019 bytes, more than a PostgreSQL store can"
        " index (2,704 once compressed); not stored\n"
        "newsbrief: 2 articles added (0 already stored), 2 stories updated (2 new); 1 not storable\n"
    )
    assert urls == {"http://example.com/short", REPEATED}
