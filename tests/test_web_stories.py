"""The story pages of `newsbrief serve --db`: served live from the store, escaped, behind the same guard."""

from __future__ import annotations

from pathlib import Path

import pytest
from cluster_texts import STORIES
from fastapi.testclient import TestClient

from newsbrief.model import RawDoc
from newsbrief.store import Store
from newsbrief.store.views import recent_briefs
from newsbrief.web.app import create_app
from newsbrief.web.settings import Settings

PROBE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def raws(name: str, part: slice = slice(None)) -> list[RawDoc]:
    return [
        RawDoc(
            id=f"{name}-{k}", source=f"https://{name}.example/{k}", raw=t, title=f"{name} {k}", outlet=name
        )
        for k, t in list(enumerate(STORIES[name]))[part]
    ]


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "news.db")
    probe = RawDoc(
        id="probe",
        source="javascript:alert(1)",
        raw=STORIES["library"][0] + " The head librarian spoke again.",
        title=PROBE,
        outlet=PROBE,
    )
    with Store(path) as store:
        store.add([*raws("bridge", slice(0, 2)), *raws("library"), probe, *raws("transfer")])
    return path


def client(db: str | None) -> TestClient:
    settings = Settings(db=db, pool="thread", workers=1, large_workers=1)
    return TestClient(create_app(settings), raise_server_exceptions=False, base_url="http://127.0.0.1:8000")


def story_id(db: str, outlet: str) -> int:
    with Store(db) as store:
        return next(int(g.id) for g in store.stories() if any(m.document.outlet == outlet for m in g.members))


def test_story_list_biggest_first_with_sources_and_escaped_titles(db: str) -> None:
    with client(db) as c:
        r = c.get("/stories")
    assert r.status_code == 200 and "default-src 'none'" in r.headers["content-security-policy"]
    html = r.text
    assert PROBE not in html and "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html  # shown as text
    library = story_id(db, "library")
    first = html.index('<a class="story-title"')
    assert html[first:].startswith(f'<a class="story-title" href="/stories/{library}">')  # 4 articles
    assert "library · " in html and "bridge" in html and "transfer" in html
    with client(db) as c:
        newest = c.get("/stories?sort=new&page=x").text
    assert "Newest first" in newest


def test_story_page_brief_articles_and_what_changed(db: str) -> None:
    sid = story_id(db, "bridge")
    with client(db) as c:
        first = c.get(f"/stories/{sid}").text
        assert "This is the first brief of this story." in first
        assert 'class="cite" href="#a1"' in first and 'id="a2"' in first
        assert 'href="https://bridge.example/0"' in first
        with Store(db) as store:
            store.add(raws("bridge", slice(2, 3)))
        second = c.get(f"/stories/{sid}").text
        assert "1 new article," in second and "bridge 2</li>" in second
        again = c.get(f"/stories/{sid}").text  # nothing new: no new brief
        report = c.get(f"/stories/{sid}/report")
    assert "1 new article," in again
    with Store(db) as store:
        assert len(recent_briefs(store, sid, 10)) == 2
    assert report.status_code == 200 and "Kessington" in report.text


def test_injection_in_an_article_title_and_source_is_inert(db: str) -> None:
    sid = story_id(db, PROBE)
    with client(db) as c:
        html = c.get(f"/stories/{sid}").text
    assert "<script" not in html and "<img" not in html
    assert "javascript:" not in html  # a source that is not http(s) is never a link
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_guard_and_errors(db: str) -> None:
    with client(db) as c:
        assert c.get("/stories", headers={"Host": "evil.example"}).status_code == 421
        assert c.post("/stories", headers={"Origin": "http://evil.example"}).status_code == 403
        # "²" is a digit to str.isdigit, no number to int: a 500 on both pages and the list (cli45)
        for path in (
            "/stories/999",
            "/stories/abc",
            "/stories/999/report",
            "/stories/²",
            "/stories/²/report",
        ):
            r = c.get(path)
            assert r.status_code == 404 and r.headers["content-type"].startswith("text/html"), path
            assert "<h1>" in r.text
        assert c.get("/stories?page=²").status_code == 200
    with client(None) as c:
        assert c.get("/stories").status_code == 404


def test_a_story_over_the_limits_shows_its_articles_and_says_why(db: str) -> None:
    sid = story_id(db, "library")
    settings = Settings(db=db, pool="thread", workers=1, large_workers=1, max_documents=2)
    with TestClient(create_app(settings), base_url="http://127.0.0.1:8000") as c:
        html = c.get(f"/stories/{sid}").text
    # the limits count distinct articles: the probe is a copy of a library article
    assert "No new brief: the story has 3 articles and 1 copy; the app briefs at most 2" in html
    assert 'id="a4"' in html


def test_serve_db_reaches_the_app_and_a_missing_store_is_one_error_line(
    monkeypatch, tmp_path: Path, db: str, capsys
) -> None:
    from newsbrief.cli import main
    from newsbrief.web import server

    seen: dict = {}
    monkeypatch.setattr(server, "run", lambda app, *a: seen.update(app=app))
    assert main(["serve", "--db", db]) == 0
    assert seen["app"].state.settings.db == db
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such store" in err


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_story_list_query_orders_and_counts_as_the_store_does(backend: str, tmp_path: Path) -> None:

    from cluster_texts import NOTICE, WIRE_COPY

    from newsbrief.cluster import distinct
    from newsbrief.store.views import story_page_rows

    if backend == "sqlite":
        path = str(tmp_path / "news.db")
    else:
        from store_db import pg_url, reset_pg

        path = pg_url()
        reset_pg(path)
    with Store(path) as store:
        store.add([*raws("transfer", slice(0, 1)), *raws("library", slice(0, 2))])
        store.add([*raws("bridge"), RawDoc("wire", "https://wire.example/1", WIRE_COPY)])
        store.add([RawDoc("notice", "https://site.example/n", NOTICE), *raws("transfer", slice(1, 2))])
        groups = store.stories()
        total, head = story_page_rows(store, False, 0, 100)
        assert total == len(groups) >= 4
        assert [(str(h[0]), h[3]) for h in head] == [(g.id, distinct(g.members)) for g in groups]
        assert [h[4] for h in head] == [sum(m.duplicate_of is not None for m in g.members) for g in groups]
        assert head[0][4] == 1 and [o for o, _ in head[0][5]].count("bridge") == 3  # the copy
        _, page2 = story_page_rows(store, False, 2, 2)
        assert [h[0] for h in page2] == [h[0] for h in head[2:4]]
        _, newest = story_page_rows(store, True, 0, 100)
        assert [h[2] for h in newest] == sorted((h[2] for h in head), reverse=True)


def test_a_wire_story_in_many_outlets_is_briefed_without_its_copies_when_they_are_over_a_limit(
    tmp_path: Path,
) -> None:
    """One report and 34 copies: the limits count distinct articles; over one, the brief leaves the copies
    out (as before copies were briefed) rather than refusing the story."""
    from newsbrief.web.stories import brief_job

    path = str(tmp_path / "news.db")
    text = STORIES["bridge"][0]
    wire = [  # each outlet adds its own credit line to the wire text
        RawDoc(
            f"w{k}",
            f"https://outlet{k}.example/1",
            f"{text} Reporting by desk {k}.",
            title="bridge",
            outlet=f"o{k}",
        )
        for k in range(35)
    ]
    with Store(path) as store:
        store.add(wire)
        (group,) = store.stories()
        assert sum(m.duplicate_of is not None for m in group.members) == 34
    sid = int(group.id)
    brief_job(Settings(db=path), path, sid)  # 35 articles, the limit is 20: 1 distinct
    size = len(text.encode()) + 40
    brief_job(Settings(db=path, max_story_bytes=size * 2), path, sid)  # the bytes limit counts it once too
    with Store(path) as store:
        ids = [b[1] for b in recent_briefs(store, sid, 10)]
    assert len(ids) == 2 and all(len(i) == 1 for i in ids)
    with client(path) as c:
        html = c.get(f"/stories/{sid}").text  # the last brief holds what the app briefs: no new one
    assert "No new brief" not in html
    with Store(path) as store:
        assert len(recent_briefs(store, sid, 10)) == 2


def test_a_shown_article_is_listed_as_shown_and_left_out_of_the_story_brief(tmp_path: Path) -> None:
    """An article shown in a story it may not belong to (a store's `shown`) is listed on that story's
    page, marked, and the page's brief reads the story's own articles only (session 26 review S3)."""
    from test_store import REGATTA

    path = str(tmp_path / "news.db")
    untitled = [
        RawDoc(id=r.id, source=r.source, raw=r.raw, outlet=r.outlet) for r in raws("bridge") + raws("library")
    ]
    regatta = RawDoc(id="regatta-0", source="https://regatta.example/0", raw=REGATTA, outlet="regatta")
    with Store(path) as store:
        store.add([*untitled, regatta])
    sid = story_id(path, "bridge")
    with client(path) as c:
        page = c.get(f"/stories/{sid}").text
        report = c.get(f"/stories/{sid}/report").text
    assert "regatta.example/0" in page and "shown here: it may belong to another story; not briefed" in page
    assert "Kessington" in report and "sailing club" not in report and "regatta" not in report.lower()


def test_story_pages_show_control_characters_escaped(tmp_path: Path) -> None:
    """A title's ESC c reached the story pages raw (the terminal and Markdown show `\\x1b`; cli43)."""
    path = str(tmp_path / "news.db")
    doc = RawDoc(
        id="esc", source="https://esc.example/1", raw=STORIES["library"][0], title="Library\x1bc\x9d vote"
    )
    with Store(path) as store:
        store.add([doc])
    with client(path) as c:
        pages = [c.get("/stories").text, c.get(f"/stories/{story_id(path, None)}").text]
    for html in pages:
        assert "\x1b" not in html and "\x9d" not in html and "Library\\x1bc\\x9d vote" in html


def test_a_store_that_cannot_be_written_is_served_read_only(
    monkeypatch: pytest.MonkeyPatch, db: str, capsys
) -> None:
    """`serve --db` refused a store in a read-only file ("a store is written even to read it", cli53's
    left item) where `stories` and `brief --db` read it: it is served read-only, with one warning; each
    story page makes its brief, records none and says so; the report is that brief."""
    import os

    from newsbrief.cli import main
    from newsbrief.web import server

    sid = story_id(db, "bridge")
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: str(p) != db and real(p, mode, **kw))
    monkeypatch.setattr(server, "run", lambda app, *a: None)
    assert main(["serve", "--db", db]) == 0
    assert capsys.readouterr().err == (
        f"newsbrief: warning: {db}: the file cannot be written (Permission denied): served read-only;"
        " the story pages' briefs are not recorded\n"
    )
    with client(db) as c:
        listed = c.get("/stories")
        page = c.get(f"/stories/{sid}")
        report = c.get(f"/stories/{sid}/report")
        missing = c.get("/stories/999/report")
    assert listed.status_code == 200 and "bridge" in listed.text
    assert page.status_code == 200 and 'class="cite" href="#a1"' in page.text
    assert (
        "The store is read-only (the file cannot be written (Permission denied)): this brief is" in page.text
    )
    assert report.status_code == 200 and "Kessington" in report.text
    assert missing.status_code == 404
    monkeypatch.undo()
    with Store(db) as store:
        assert recent_briefs(store, sid, 10) == []


def test_serve_db_on_a_sqlite_database_with_no_table_is_one_error_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys
) -> None:
    """`serve --db x.db`, x.db a SQLite database with no table, wrote the store's tables into it (4 KB to
    94 KB) where `stories --db` refuses it: the web app reads the store as `stories` does."""
    import sqlite3

    from newsbrief.cli import main
    from newsbrief.web import server

    other = tmp_path / "x.db"
    with sqlite3.connect(other) as con:
        con.execute("PRAGMA user_version = 3")
    before = other.read_bytes()
    monkeypatch.setattr(server, "run", lambda app, *a: None)
    assert main(["serve", "--db", str(other)]) == 1
    assert capsys.readouterr().err == (
        f"newsbrief: error: {other}: no store in it: a SQLite database with no tables"
        " (newsbrief ingest --db … makes one there)\n"
    )
    assert other.read_bytes() == before


def test_a_site_notice_s_story_shows_no_brief_not_even_one_recorded_before(tmp_path: Path) -> None:
    """A site notice is marked and not briefed (session 58: it was briefed as news); a brief a store
    recorded for it before that is not shown either."""
    from cluster_texts import SIGN_IN_WALL

    path = str(tmp_path / "news.db")
    wall = RawDoc(id="wall", source="https://wall.example/", raw=SIGN_IN_WALL, outlet="wall")
    with Store(path) as store:
        store.add([*raws("bridge"), wall])
        sid = next(int(g.id) for g in store.stories() if g.members[0].document.outlet == "wall")
        old = {"summary": [{"text": "Sign in to keep reading.", "citations": []}], "documents": []}
        store.record_brief(sid, old, ["1"])
    with client(path) as c:
        html = c.get(f"/stories/{sid}").text
    assert "a site notice, no news" in html and "Sign in to keep reading." not in html
    assert "No brief yet: the story's articles hold no news to brief." in html
