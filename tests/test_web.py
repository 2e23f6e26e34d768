"""The web app through FastAPI's TestClient: the API, the page, limits, errors, fetch policy."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator

import jsonschema
import pytest
from fastapi.testclient import TestClient
from test_url import PageServer  # the local page server of the URL tests

from newsbrief.schema import schema
from newsbrief.web.app import create_app
from newsbrief.web.settings import Settings, is_loopback

DOCS = [
    "The city library will open on Sundays from next month, the council said on Wednesday. "
    "The change follows a petition signed by more than four thousand residents. "
    "Extra staff will be hired to cover the new opening hours.",
    "Residents will be able to visit the library on Sundays starting next month. "
    "The council agreed to the plan after thousands of people signed a petition. "
    "Librarians welcomed the decision but asked for a bigger book budget.",
]


_apps: list = []  # every app made here: its lanes' worker processes are stopped after this file


def make_client(settings: Settings | None = None) -> TestClient:
    """A client of the app as a local browser reaches it (Host 127.0.0.1:8000)."""
    app = create_app(settings)
    _apps.append(app)
    return TestClient(app, raise_server_exceptions=False, base_url="http://127.0.0.1:8000")


@pytest.fixture(scope="module", autouse=True)
def _stop_the_workers() -> Iterator[None]:
    """The clients are not entered, so no lifespan stops their apps' worker processes: this does, so
    none outlives this file (a later test counting its own children saw them)."""
    yield
    while _apps:
        _apps.pop().state.lanes.shutdown()


@pytest.fixture(scope="module")
def client() -> TestClient:
    return make_client(Settings(allow_private=True))  # the URL tests fetch from a server on 127.0.0.1


@pytest.fixture(scope="module")
def server() -> Iterator[PageServer]:
    with PageServer() as s:
        yield s


def test_health(client: TestClient) -> None:
    r = client.get("/api/health")
    assert r.status_code == 200 and r.json()["status"] == "ok"


def test_api_brief_returns_the_cli_json_schema(client: TestClient) -> None:
    r = client.post("/api/brief", json={"documents": DOCS, "words": 40})
    assert r.status_code == 200, r.text
    data = r.json()
    jsonschema.validate(data, schema())
    assert data["budget"] == {"words": 40}
    assert [d["source"] for d in data["documents"]] == ["<text>#1", "<text>#2"]
    for s in data["summary"]:
        assert data["documents"][s["doc"]]["text"][s["start"] : s["end"]] == s["text"]
    assert "X-Newsbrief-Warnings" not in r.headers
    # same request, same brief (timings aside)
    again = client.post("/api/brief", json={"documents": DOCS, "words": 40}).json()
    data.pop("timings_ms", None)
    again.pop("timings_ms", None)
    assert again == data


def test_api_brief_from_urls_with_a_failed_one(client: TestClient, server: PageServer) -> None:
    urls = [server.url("/ferry"), server.url("/ferry-2"), server.url("/missing")]
    r = client.post("/api/brief", json={"urls": urls, "words": 50, "method": "lead"})
    assert r.status_code == 200, r.text
    data = r.json()
    assert [d["source"] for d in data["documents"]] == urls[:2]
    assert data["method"] == "lead"
    warnings = json.loads(r.headers["X-Newsbrief-Warnings"])
    assert warnings == [f"{urls[2]}: HTTP 404 Not Found"]


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", "gopher://x"]
)
def test_non_http_urls_are_refused(client: TestClient, url: str) -> None:
    r = client.post("/api/brief", json={"documents": DOCS, "urls": [url]})
    assert r.status_code == 400
    assert "only http and https" in r.json()["error"]


def test_private_addresses_are_refused_by_default(server: PageServer) -> None:
    c = make_client()
    before = Counter(server.hits)
    r = c.post("/api/brief", json={"urls": [server.url("/ferry")]})
    assert r.status_code == 400 and "private or local address" in r.json()["error"]
    # with texts too: the brief is made, the URL is skipped with a warning
    r = c.post("/api/brief", json={"documents": DOCS, "urls": ["http://169.254.169.254/latest/meta-data"]})
    assert r.status_code == 200
    assert "private or local address" in r.headers["X-Newsbrief-Warnings"]
    assert server.hits == before, "nothing was fetched"


def test_serve_options_reach_the_app(monkeypatch) -> None:
    from newsbrief.cli import main
    from newsbrief.web import server

    seen: dict = {}
    monkeypatch.setattr(
        server, "run", lambda app, host, port, header_timeout, log_level: seen.update(locals())
    )
    assert main(["serve", "--host", "0.0.0.0", "--port", "9999", "--max-documents", "3"]) == 0
    assert seen["host"] == "0.0.0.0" and seen["port"] == 9999
    settings = seen["app"].state.settings
    assert settings.allow_private is False and settings.max_documents == 3
    assert settings.allowed_hosts == ("localhost", "127.0.0.1", "[::1]", "0.0.0.0")
    assert main(["serve", "--allow-private", "--allowed-host", "News.Example", "--header-timeout", "3"]) == 0
    settings = seen["app"].state.settings
    assert settings.allow_private is True and seen["header_timeout"] == 3.0
    assert settings.allowed_hosts == ("localhost", "127.0.0.1", "[::1]", "news.example")
    assert main(["serve"]) == 0
    assert seen["host"] == "127.0.0.1" and seen["app"].state.settings.allow_private is False
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4") and not is_loopback("example.org")


@pytest.mark.parametrize(
    ("settings", "body", "status", "message"),
    [
        (Settings(max_documents=2), {"documents": [*DOCS, DOCS[0]]}, 413, "too many documents: 3"),
        (Settings(max_document_chars=100), {"documents": DOCS}, 413, "characters (the limit is 100)"),
        (Settings(max_words=30), {"documents": DOCS, "words": 31}, 413, "over the limit of 30 words"),
        (Settings(), {"documents": DOCS, "method": "nope"}, 400, "unknown method 'nope'"),
        (Settings(), {"documents": []}, 400, "give at least one document or URL"),
        (Settings(), {"documents": ["   ", "\n"]}, 400, "no document with any text"),
        (Settings(), {"documents": DOCS, "words": 0}, 422, "words: "),
        (Settings(), {"documents": "not a list"}, 422, "documents: "),
        (Settings(), {"documents": DOCS, "extra": 1}, 422, "extra: "),
        (Settings(), {"documents": DOCS, "words": True}, 422, "words: "),
        (Settings(), {"documents": DOCS, "words": "40"}, 422, "words: "),
        (Settings(), {"documents": DOCS, "sentences": 2.0}, 422, "sentences: "),
        (Settings(), {"documents": DOCS, "analysis": 0}, 422, "analysis: "),
        # an empty summary was a 200 with "summary": []; now the reason `newsbrief brief` gives (cli43)
        (
            Settings(),
            {"documents": ["Home News Sport Weather and more of it"]},
            422,
            "<text>#1: no prose to brief",
        ),
        (
            Settings(),
            {"documents": DOCS, "words": 7},
            422,
            "no sentence fits words 7: the shortest a summary",
        ),
        (
            Settings(),
            {"documents": DOCS, "words": 3},
            400,
            "words: 3 is below 6, the fewest words of a sentence",
        ),
    ],
)
def test_limits_and_bad_input_are_json_errors(
    settings: Settings, body: dict, status: int, message: str
) -> None:
    c = make_client(settings)
    r = c.post("/api/brief", json=body)
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/json"
    assert list(r.json()) == ["error"] and message in r.json()["error"]


@pytest.mark.parametrize("path", ["/api/brief", "/brief"])
def test_a_compressed_body_is_415_naming_its_encoding(client: TestClient, path: str) -> None:
    """A gzip body (`Content-Encoding: gzip`) was read as the JSON's text, "the body is not UTF-8 text",
    or as an empty form (cli48's sweep): 415, naming the encoding, on the form's route its HTML page."""
    import gzip

    body = gzip.compress(json.dumps({"documents": DOCS}).encode())
    kind = "application/json" if path == "/api/brief" else "application/x-www-form-urlencoded"
    r = client.post(path, content=body, headers={"content-type": kind, "content-encoding": "gzip"})
    problem = (
        "the body is sent with Content-Encoding: gzip, which this server does not read; send it uncompressed"
    )
    assert r.status_code == 415 and problem in r.text
    if path == "/api/brief":
        assert r.json() == {"error": problem}
    ok = client.post(path, json={"documents": DOCS, "words": 40}, headers={"content-encoding": "identity"})
    assert path != "/api/brief" or ok.status_code == 200


@pytest.mark.parametrize(
    ("path", "send", "problem"),
    [
        (
            "/api/brief",
            {"content": b'{"documents": [x]}', "headers": {"content-type": "application/json"}},
            "the body is broken JSON at character 16 (Expecting value)",
        ),
        (
            "/api/brief",
            {"content": b"", "headers": {"content-type": "application/json"}},
            'the body is empty: send a JSON object such as {"documents": ["…"]}',
        ),
        (
            "/brief",
            {"files": {"files": (None, b"The ferry runs again.")}},
            "files: a form field with no file name, not a file; send each file as a file upload",
        ),
        (
            "/api/brief",
            {"content": b"null", "headers": {"content-type": "application/json"}},
            'the body is null, not a JSON object such as {"documents": ["…"]}',
        ),
        (
            "/api/brief",
            {"content": b'["The ferry runs again."]', "headers": {"content-type": "application/json"}},
            'the body is a list, not a JSON object such as {"documents": ["…"]}',
        ),
        (
            "/api/brief",
            {"content": b'{"documents": ["The\x00ferry"]}', "headers": {"content-type": "application/json"}},
            "the body is broken JSON at character 20 (a control character left raw in a string)",
        ),
        # "words: Input should be a valid integer": a number to pydantic, broken JSON to the command line
        (
            "/api/brief",
            {
                "content": b'{"documents": ["NaN"], "words": NaN}',
                "headers": {"content-type": "application/json"},
            },
            "the body is broken JSON at character 33 (NaN is not a JSON number)",
        ),
        (
            "/api/brief",
            {"content": b'{"documents": [-Infinity]}', "headers": {"content-type": "application/json"}},
            "the body is broken JSON at character 16 (-Infinity is not a JSON number)",
        ),
        # the last "documents" was briefed, the first dropped without a word (cli56)
        (
            "/api/brief",
            {
                "content": b'{"documents": ["a"], "words": 60, "documents": ["b"]}',
                "headers": {"content-type": "application/json"},
            },
            'the body is broken JSON at character 35 (the key "documents" is given twice in one object)',
        ),
        (
            "/api/brief",
            {
                "content": b'{"documents": ["a"], "options": {"x": 1, "x": 2}}',
                "headers": {"content-type": "application/json"},
            },
            'the body is broken JSON at character 42 (the key "x" is given twice in one object)',
        ),
        # "format: Extra inputs are not permitted" (cli59's sweep): the field, and the fields there are
        (
            "/api/brief",
            {"json": {"documents": ["a"], "format": "md"}},
            "format: no such field; the fields are documents, urls, words, sentences, method, analysis, ner",
        ),
        (
            "/api/brief",
            {"json": {"document": ["a"]}},
            "document: no such field (did you mean documents?); the fields are documents, urls, words,"
            " sentences, method, analysis, ner",
        ),
    ],
)
def test_a_request_pydantic_cannot_read_is_said_in_our_words(
    client: TestClient, path: str, send: dict, problem: str
) -> None:
    """It said "16: JSON decode error", "Field required" and "files.0: Value error, Expected
    UploadFile, received: <class 'str'>" (cli48's sweep); "Input should be a valid dictionary or
    object to extract fields from" for a body of `null`, and "(Invalid control character at)" (cli50)."""
    r = client.post(path, **send)
    assert r.status_code == 422
    if path == "/api/brief":
        assert r.json() == {"error": problem}
    else:
        assert problem in r.text and "Expected UploadFile" not in r.text


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        (
            "s.jsonl",
            (json.dumps({"id": "s", "documents": DOCS}) + "\n") * 2,
            "s.jsonl: holds stories (JSON with a",
        ),
        ("a.json", json.dumps({"text": DOCS[0]}), "a.json: holds JSON (an object), not an article or a page"),
        (  # rows of articles: "method default chose no sentence within words 250" (cli48)
            "a.jsonl",
            "".join(json.dumps({"text": d}) + "\n" for d in DOCS),
            "a.jsonl: holds JSON Lines (a JSON object a line), not an article or a page",
        ),
    ],
)
def test_an_uploaded_json_file_is_named_as_json(
    client: TestClient, name: str, content: str, problem: str
) -> None:
    """An uploaded stories file or JSON object was briefed as prose, its keys and quotes as words (cli43)."""
    r = client.post("/brief", files={"files": (name, content.encode())})
    assert r.status_code == 400 and problem in r.text


def test_a_pasted_json_text_is_named_as_json(client: TestClient) -> None:
    """A JSON object pasted into the form was briefed as prose: "method default chose no sentence" (cli43)."""
    r = client.post("/brief", data={"texts": json.dumps({"text": DOCS[0]})})
    assert (
        r.status_code == 400 and "pasted text 1: holds JSON (an object), not an article or a page" in r.text
    )


def test_a_log_level_in_capitals_is_read(monkeypatch) -> None:
    """`serve --log-level DEBUG` was "unknown --log-level 'DEBUG'", where `--format JSON` is read (cli43)."""
    from newsbrief.cli import main
    from newsbrief.web import server

    seen: list[str] = []
    monkeypatch.setattr(server, "run", lambda app, host, port, timeout, level: seen.append(level))
    assert main(["serve", "--log-level", "DEBUG"]) == 0 and seen == ["debug"]


def test_the_form_refuses_an_empty_summary_with_its_reason(client: TestClient) -> None:
    """The form showed a report with no summary and no reason (cli43): now the reason, as the API's."""
    r = client.post("/brief", data={"texts": DOCS[0], "words": "7"})
    assert r.status_code == 422 and "pasted text 1: no sentence fits words 7" in r.text


@pytest.mark.parametrize("form", ["multipart", "urlencoded"])
def test_the_form_s_text_field_holds_what_a_request_may(client: TestClient, form: str) -> None:
    """A pasted text over 1 MB was refused in Starlette's words, "Part exceeded maximum size of 1024KB."
    (400), where the API took the same texts: a field may now hold what a request may
    (`--max-request-bytes`), and what is too long is named by our limits."""
    texts = "word " * 240_000  # 1.2 MB, one document over the 200,000 characters one may hold
    if form == "multipart":
        r = client.post("/brief", data={"texts": texts}, files={"files": ("empty.txt", b"x")})
    else:
        r = client.post("/brief", data={"texts": texts})
    assert r.status_code == 413, r.text
    assert "pasted text 1: document is 1,199,999 characters (the limit is 200,000)" in r.text


def test_request_size_limit(client: TestClient) -> None:
    c = make_client(Settings(max_request_bytes=1000))
    r = c.post("/api/brief", json={"documents": ["word " * 500]})
    assert r.status_code == 413 and "1,000-byte limit" in r.json()["error"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while reading
        yield b'{"documents": ["'
        for _ in range(50):
            yield b"x" * 100
        yield b'"]}'

    r = c.post("/api/brief", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_malformed_json_and_unknown_routes(client: TestClient) -> None:
    r = client.post("/api/brief", content=b"{nope", headers={"content-type": "application/json"})
    assert r.status_code == 422 and "error" in r.json()
    # the router's answers were Starlette's words, "Not Found" and "Method Not Allowed" (cli56)
    assert client.get("/nowhere").json() == {"error": "there is no page or API route at '/nowhere'"}
    r = client.get("/api/brief")
    assert r.status_code == 405 and r.json() == {
        "error": "GET is not answered at '/api/brief'; it answers POST"
    }
    r = client.options("/api/health")
    assert r.status_code == 405 and r.json() == {
        "error": "OPTIONS is not answered at '/api/health'; it answers GET"
    }


def test_head_is_answered_as_get_without_a_body(client: TestClient) -> None:
    """`curl -I /` and a monitor's HEAD /api/health got 405 (cli46): a HEAD is its GET, headers only."""
    for path in ("/", "/api/health"):
        got, head = client.get(path), client.head(path)
        assert head.status_code == 200 and head.content == b"", path
        assert head.headers["content-type"] == got.headers["content-type"]
        assert head.headers["x-frame-options"] == "DENY"
    assert client.head("/api/brief").status_code == 405  # no GET there either
    assert client.head("/nowhere").status_code == 404


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ('{"documents": ["café"]}'.encode("latin-1"), "the body is not UTF-8 text (JSON must be)"),
        (b"[" * 100_000 + b"]" * 100_000, "the JSON is nested too deep to be read"),
        (b'{"words": ' + b"9" * 5000 + b"}", "a number in the JSON has over 4,300 digits"),
    ],
    ids=["latin-1", "deep", "long-number"],
)
def test_a_body_that_cannot_be_parsed_says_why(client: TestClient, body: bytes, said: str) -> None:
    """All three said "There was an error parsing the body" (cli46)."""
    r = client.post("/api/brief", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json() == {"error": said}


@pytest.mark.parametrize(
    ("content_type", "sent"),
    [("text/plain", "sent as text/plain"), ("application/x-www-form-urlencoded", None), (None, None)],
)
def test_a_body_of_another_type_says_which_type_is_read(
    client: TestClient, content_type: str | None, sent: str | None
) -> None:
    """A JSON body sent as text/plain said "Input should be a valid dictionary ..." (422), and a form
    sent as JSON "give at least one document or URL" (cli47): it was not read at all. 415, naming the
    type it needs and the type it got; JSON as `application/*+json` is read as before."""
    headers = {} if content_type is None else {"content-type": content_type}
    r = client.post("/api/brief", content=json.dumps({"documents": DOCS}).encode(), headers=headers)
    got = sent or (f"sent as {content_type}" if content_type else "sent with no Content-Type")
    assert (r.status_code, r.json()) == (415, {"error": f"send the body as application/json (it was {got})"})
    form = {"content-type": "application/json"}
    r = client.post("/brief", content=json.dumps({"texts": DOCS[0]}).encode(), headers=form)
    expected = "send the body as application/x-www-form-urlencoded or multipart/form-data"
    assert r.status_code == 415 and f"{expected} (it was sent as application/json)" in r.text
    assert r.headers["content-type"].startswith("text/html")
    ld = client.post(
        "/api/brief",
        content=json.dumps({"documents": DOCS}).encode(),
        headers={"content-type": "application/ld+json"},
    )
    assert ld.status_code == 200, ld.text
    assert "at least one document" in client.post("/brief").text  # an empty form says what it lacks


def test_internal_errors_never_show_a_stack_trace(monkeypatch) -> None:
    from newsbrief import pipeline

    def boom(*a: object, **k: object) -> None:
        raise RuntimeError("secret detail /etc/shadow")

    monkeypatch.setattr(pipeline, "brief_story", boom)
    c = make_client(Settings(pool="thread"))  # in-process workers, so the patch applies
    r = c.post("/api/brief", json={"documents": DOCS})
    assert r.status_code == 500 and r.json() == {"error": "internal error"}
    assert "Traceback" not in r.text and "secret" not in r.text


def test_openapi_and_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/brief", "/api/health"} <= set(spec["paths"])
    assert "/brief" not in spec["paths"]
    assert client.get("/docs").status_code == 200


def test_index_page(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    html = r.text
    assert 'id="try-example"' in html and 'name="texts"' in html and 'name="urls"' in html
    assert 'type="file" multiple' in html and "style=" not in html  # inline styles would break the CSP
    assert '<option value="default" selected>' in html


def test_form_with_texts_and_uploads_renders_the_report(client: TestClient) -> None:
    html_file = (
        "<html><head><title>Library news</title></head><body><nav>Menu Home</nav><article>"
        "<h1>Library to open on Sundays</h1><p>The council has agreed to open the city library on Sundays "
        "after a petition from residents, starting next month.</p><p>New staff will be hired for the "
        "weekend shifts, a spokesperson said.</p></article></body></html>"
    )
    r = client.post(
        "/brief",
        data={"texts": f"{DOCS[0]}\n---\n{DOCS[1]}", "words": "60", "method": "default"},
        files=[
            ("files", ("note.txt", DOCS[1].encode(), "text/plain")),
            ("files", ("page.html", html_file.encode(), "text/html")),
        ],
    )
    assert r.status_code == 200, r.text[:500]
    html = r.text
    assert html.startswith("<!DOCTYPE html>") and '<a href="/">← New brief</a>' in html
    assert html.count('role="tabpanel"') == 4
    assert "Library to open on Sundays" in html and "Menu Home" not in html
    assert 'a class="cite"' in html


def test_a_document_left_out_is_a_warning_of_the_api_and_a_notice_of_the_form(client: TestClient) -> None:
    """A document with nothing to read (a text or an upload of "[[[[") was dropped from the brief in
    silence, where `newsbrief brief` warns "left out: empty after cleaning" (cli49)."""
    r = client.post("/api/brief", json={"documents": [*DOCS, "[" * 3000], "words": 60})
    assert r.status_code == 200, r.text
    assert len(r.json()["documents"]) == 2
    assert json.loads(r.headers["X-Newsbrief-Warnings"]) == ["<text>#3: left out: empty after cleaning"]
    r = client.post(
        "/brief",
        data={"texts": DOCS[0], "words": "60"},
        files=[("files", ("brackets.txt", b"[" * 3000, "text/plain"))],
    )
    assert r.status_code == 200, r.text[:500]
    assert "brackets.txt: left out: empty after cleaning" in r.text


def test_form_errors_are_html_pages(client: TestClient) -> None:
    r = client.post("/brief", data={"texts": "", "urls": ""})
    assert r.status_code == 400
    assert "give at least one document or URL" in r.text and "<h1>Could not make the brief</h1>" in r.text
    r = client.post("/brief", data={"urls": "file:///etc/passwd"})
    assert r.status_code == 400 and "only http and https" in r.text
    r = client.post("/brief", data={"texts": "<script>alert(1)</script>", "method": "<img onerror=x>"})
    assert r.status_code == 400 and "<img" not in r.text and "<script>alert" not in r.text


def test_every_error_of_the_form_route_is_the_html_page(client: TestClient) -> None:
    """A multipart body without a boundary (the body parser's 400), a GET (405) and a body over the
    cap (the size middleware's 413) answered the form with JSON, every other bad form the page (cli44)."""
    small = make_client(Settings(max_request_bytes=1000))
    answers = {
        "no boundary": client.post(
            "/brief", content=b"texts=x", headers={"content-type": "multipart/form-data"}
        ),
        "GET": client.get("/brief"),
        "too large": small.post("/brief", data={"texts": "word " * 500}),
    }
    for what, r in answers.items():
        assert r.headers["content-type"].startswith("text/html"), what
        assert (
            "<h1>Could not make the brief</h1>" in r.text
            and "default-src" in r.headers["content-security-policy"]
        )
    assert answers["no boundary"].status_code == 400 and "boundary" in answers["no boundary"].text
    assert answers["GET"].status_code == 405 and answers["GET"].headers["allow"] == "POST"
    assert answers["too large"].status_code == 413 and "1,000-byte limit" in answers["too large"].text
    api = small.post("/api/brief", content=b"x" * 2000, headers={"content-type": "multipart/form-data"})
    assert api.status_code == 413 and "1,000-byte limit" in api.json()["error"]  # the API: JSON, as before


def test_a_multipart_form_cut_before_its_closing_boundary_is_refused_by_name(client: TestClient) -> None:
    """A form body that stops before its closing boundary (a client cut off mid-send) was read as far as
    it went: cut after a part, "give at least one document or URL"; cut inside the last document, that
    half-document briefed (cli51). A body with no part of its boundary said "Invalid multipart data"."""
    import html

    def part(text: str) -> str:
        return f'--b0und\r\nContent-Disposition: form-data; name="texts"\r\n\r\n{text}\r\n'

    whole = part(DOCS[0]) + part(DOCS[1]) + "--b0und--\r\n"
    kind = {"content-type": "multipart/form-data; boundary=b0und"}
    assert client.post("/brief", content=whole.encode(), headers=kind).status_code == 200
    cut = "the form's body ends before its closing boundary ({:,} bytes came): it was cut off in sending"
    for body in (whole[: whole.index("--b0und--")], whole[: len(part(DOCS[0])) + 80], part(DOCS[0])[:20]):
        r = client.post("/brief", content=body.encode(), headers=kind)
        assert r.status_code == 400 and cut.format(len(body.encode())) in html.unescape(r.text), body
    r = client.post("/brief", content=whole.replace("b0und", "other").encode(), headers=kind)
    said = "the form's body has no part marked by its boundary 'b0und' (the Content-Type's boundary=)"
    assert r.status_code == 400 and said in html.unescape(r.text)
    r = client.post("/api/brief", content=whole[:100].encode(), headers=kind)  # the API reads no form
    assert r.status_code == 415 and "send the body as application/json" in r.json()["error"]


def test_a_budget_over_the_cap_names_its_field(client: TestClient) -> None:
    """`"sentences": 5000` was refused as "the budget is over the limit of 1000 words" (cli45)."""
    for field in ("words", "sentences"):
        r = client.post("/api/brief", json={"documents": DOCS, field: 5000})
        assert r.status_code == 413 and r.json() == {
            "error": f"{field}: 5,000 is over the limit of 1,000 {field}"
        }
    r = client.post("/brief", data={"texts": DOCS[0], "words": "5000"})
    assert r.status_code == 413 and "words: 5,000 is over the limit of 1,000 words" in r.text


def test_example_button_gives_the_example_report(client: TestClient) -> None:
    from newsbrief.example import example_docs

    docs = example_docs()
    r = client.post("/brief", data={"example": "1"})
    assert r.status_code == 200, r.text[:300]
    assert r.text.count('role="tabpanel"') == len(docs) >= 2
    assert 'a class="cite"' in r.text


@pytest.mark.parametrize(("value", "status"), [("false", 400), ("0", 400), ("off", 400), ("maybe", 422)])
def test_an_example_field_that_says_no_is_no_example(client: TestClient, value: str, status: int) -> None:
    """The form's `example` was any non-empty text: `example=false` or `0` briefed the example (200);
    now it is read as a yes or no, and anything else is named (cli44)."""
    r = client.post("/brief", data={"example": value})
    assert r.status_code == status
    expected = (
        "give at least one document or URL" if status == 400 else "example: Input should be a valid boolean"
    )
    assert expected in r.text


def test_a_lone_surrogate_escape_in_a_document_is_briefed(client: TestClient) -> None:
    """`"\\ud800"` is valid JSON but no character: it reached the summarizer's UTF-32 encoding and the
    API answered 500 "internal error" (cli38); now it is U+FFFD, as the command line's JSON readers
    make it, and the document is briefed."""
    body = '{"documents": ["\\ud800 ' + DOCS[0] + '", "' + DOCS[1] + '"], "words": 40}'
    r = client.post("/api/brief", content=body.encode(), headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    assert r.json()["documents"][0]["text"].startswith("\ufffd")


def _parts(*headers: str, boundary: str = "bb") -> bytes:
    """A multipart body of one part per header line given, each holding "x"."""
    return (
        "".join(f"--{boundary}\r\n{h}\r\n\r\nx\r\n" for h in headers).encode()
        + f"--{boundary}--\r\n".encode()
    )


@pytest.mark.parametrize(
    ("body", "boundary", "problem"),
    [
        (
            b"&".join(b"f%d=x" % k for k in range(1001)),
            None,
            "the form has over 1,000 fields, the most the app reads",
        ),
        (
            _parts(*(f'Content-Disposition: form-data; name="f{k}"' for k in range(1001))),
            "bb",
            "the form has over 1,000 fields, the most the app reads",
        ),
        (
            _parts(
                *(f'Content-Disposition: form-data; name="files"; filename="{k}.txt"' for k in range(1001))
            ),
            "bb",
            "the form has over 1,000 files, the most the app reads",
        ),
        (
            _parts('Content-Disposition: form-data; name="texts"', boundary="b" * 300),
            "b" * 300,
            "the form's boundary is 300 characters long; the app reads boundaries of up to 256",
        ),
        (
            _parts("Content-Disposition: form-data"),
            "bb",
            "a part of the form has no name (no Content-Disposition header with a name= in it)",
        ),
        (
            _parts("X-Note: y"),
            "bb",
            "a part of the form has no name (no Content-Disposition header with a name= in it)",
        ),
        (
            _parts('Content-Disposition: form-data; name="texts"\r\nno colon here'),
            "bb",
            "the form's parts cannot be read (Found invalid character 32 in header at ",
        ),
        (b"x", "", "the form is sent as multipart/form-data with no boundary= in its Content-Type"),
    ],
    ids=[
        "fields-urlencoded",
        "fields",
        "files",
        "boundary-300",
        "no-name",
        "no-disposition",
        "bad-header",
        "no-boundary",
    ],
)
def test_a_form_starlette_cannot_read_is_said_in_our_words(
    client: TestClient, body: bytes, boundary: str | None, problem: str
) -> None:
    """Starlette's own words were the answer ("Too many fields. Maximum number of fields is 1000.",
    'The Content-Disposition header field "name" must be provided.', "Invalid multipart data."; cli53)."""
    import html

    kind = "application/x-www-form-urlencoded" if boundary is None else "multipart/form-data"
    kind += f"; boundary={boundary}" if boundary else ""
    r = client.post("/brief", content=body, headers={"content-type": kind})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert f'<p class="error" role="alert">{problem}' in html.unescape(r.text), r.text[-800:]


def test_a_method_and_a_recogniser_in_capitals_are_read_as_the_command_line_reads_them(client) -> None:
    """Every choice is read in any case (cli57): `"method": "LEAD"` is the `lead` method, recorded so
    (not "LEAD"), as `--method LEAD` is; an unknown one is still refused, named."""
    r = client.post("/api/brief", json={"documents": DOCS, "method": "LEAD", "ner": "Rules"})
    assert r.status_code == 200 and r.json()["method"] == "lead"
    r = client.post("/api/brief", json={"documents": DOCS, "method": "Nope"})
    assert r.status_code == 400 and "unknown method 'nope'" in r.json()["error"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("words=100&words=200", "words"),
        ("urls=a&urls=b", "urls"),
        ("method=lead&method=textrank", "method"),
    ],
)
def test_a_form_field_of_one_value_given_twice_is_refused(client, body: str, field: str) -> None:
    """`words=100&words=200` briefed with 200 in silence (cli57): the form page says the field is given
    twice, 400, as a JSON key twice is refused."""
    from urllib.parse import quote_plus

    text = quote_plus(" ".join(DOCS))
    r = client.post(
        "/brief",
        content=f"texts={text}&{body}".encode(),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 400 and "text/html" in r.headers["content-type"]
    assert f"the field &#39;{field}&#39; is given 2 times with different values; give it once" in r.text


def test_a_form_field_given_twice_with_one_value_is_taken(client) -> None:
    from urllib.parse import quote_plus

    body = f"texts={quote_plus(' '.join(DOCS))}&words=100&words=100"
    r = client.post(
        "/brief", content=body.encode(), headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert r.status_code == 200


def test_every_texts_field_of_a_form_is_read(client) -> None:
    """Two `texts` fields briefed the last alone, the first dropped in silence (cli57): each is read."""
    from urllib.parse import quote_plus

    body = "&".join(f"texts={quote_plus(d)}" for d in DOCS[:2])
    kind = {"content-type": "application/x-www-form-urlencoded"}
    r = client.post("/brief", content=body.encode(), headers=kind)
    assert r.status_code == 200 and "pasted text 2" in r.text
