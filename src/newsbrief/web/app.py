"""The FastAPI app: a page to paste texts, URLs or files; `POST /api/brief`; `GET /api/health`.

Errors are JSON `{"error": "..."}` with a 4xx/5xx status on the API and a small HTML page on the
form route; neither ever shows a stack trace. In front of the app: the Host allow-list and the
same-origin check (`guard.py`), then the body-size cap and security headers (`middleware.py`).
Briefs run on bounded worker lanes (`pool.py`): the event loop only checks a request, hands it to a
worker and sends the answer, so `/api/health` and small briefs answer while a large one runs, and
a full lane answers 503 at once.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
from collections.abc import Callable, Coroutine
from functools import lru_cache
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.routing import APIRoute
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import InputError, NewsbriefError, shown
from ..model import BriefOptions, RawDoc, displayable
from .jobs import EmptySummary, LimitError
from .pool import Busy
from .settings import Settings

log = logging.getLogger("newsbrief.web")
_SEPARATOR = re.compile(r"^[ \t]*-{3,}[ \t]*$", re.M)


class BriefRequest(BaseModel):
    """Documents (plain text) and/or URLs of one story, and how long a summary to make.

    Strict: each field takes only its own JSON type. Lax, `"words": true` was a budget of 1 word (a
    bool is an int in Python), and `"40"` or `250.0` were taken as numbers."""

    model_config = ConfigDict(extra="forbid", strict=True)

    documents: list[str] = Field(
        default_factory=list, description="Article texts (scraped plain text is fine)."
    )
    urls: list[str] = Field(default_factory=list, description="http(s) URLs of articles to fetch.")
    words: int = Field(250, ge=1, description="Word budget of the summary.")
    sentences: int | None = Field(None, ge=1, description="Sentence budget (overrides words).")
    method: str = Field("default", description="Summarizer name.")
    analysis: bool = Field(True, description="Find quotes, entities and shared/single-source claims.")
    ner: str = Field("rules", description="Entity recogniser: rules, spacy or auto.")


# The status of each error a request may meet, first match wins; any other `NewsbriefError` is 400.
STATUSES: tuple[tuple[type[NewsbriefError], int], ...] = ((LimitError, 413), (Busy, 503), (EmptySummary, 422))


def _status(e: NewsbriefError) -> int:
    return next((status for kind, status in STATUSES if isinstance(e, kind)), 400)


# --- pages -----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _css() -> tuple[str, str]:
    from importlib import resources

    css = resources.files("newsbrief.web").joinpath("templates", "app.css").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode()
    return css, f"default-src 'none'; style-src 'sha256-{digest}'; form-action 'self'; base-uri 'none'"


def _page(name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    css, csp = _css()
    from ..render.html import environment
    from ..render.markdown import controls_shown

    html = controls_shown(environment("newsbrief.web").get_template(name).render(css=css, **ctx))
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": csp})


def _error_page(message: str, status: int, headers: dict[str, str] | None = None) -> HTMLResponse:
    page = _page("error.html.j2", status=status, message=message, status_code=status)
    page.headers.update(headers or {})
    return page


# The form's route: a browser shows what it answers, so every error there is the HTML page, whoever
# raised it (the route, the parser of its body, the router, the body-size cap); elsewhere JSON.
FORM_PATHS = frozenset({"/brief"})


def _error(path: str, message: str, status: int, headers: dict[str, str] | None = None) -> Response:
    """The error answer of a request to `path`: the HTML page on the form's route, else JSON."""
    if path in FORM_PATHS:
        return _error_page(message, status, headers)
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def router_words(status: int, detail: Any, request: Request, headers: dict[str, str]) -> str | None:
    """The router's own answers in our words, or None: "Not Found" where no route is (a page or the
    API misspelt), "Method Not Allowed" where a route answers other methods (cli56)."""
    path = ascii(request.url.path[:100])
    if status == 404 and detail == "Not Found":
        return f"there is no page or API route at {path}"
    if status == 405 and detail == "Method Not Allowed":
        method = ascii(request.method[:40])[1:-1]
        allow = headers.get("Allow") or headers.get("allow") or ""
        return f"{method} is not answered at {path}" + (f"; it answers {allow}" if allow else "")
    return None


# Why FastAPI could not parse a body it answers "There was an error parsing the body" for (its 400, the
# exception its cause): the first rule whose type and words match names it (cli46's sweep).
BODY_ERRORS: tuple[tuple[str, type[BaseException], str, str], ...] = (
    ("not-utf8", UnicodeDecodeError, "", "the body is not UTF-8 text (JSON must be)"),
    ("too-deep", RecursionError, "", "the JSON is nested too deep to be read"),
    ("long-number", ValueError, "integer string conversion", "a number in the JSON has over 4,300 digits"),
)


def body_error(cause: BaseException | None) -> str | None:
    """The words of the first `BODY_ERRORS` rule `cause` matches, or None."""
    for _name, kind, words, message in BODY_ERRORS:
        if isinstance(cause, kind) and words in str(cause):
            return message
    return None


# Starlette's words for a form it could not read (its 400, raised while it handled a `MultiPartException`)
# said in ours: the first rule whose pattern matches the words it reads (`starlette`: Starlette's message;
# `parser`: python-multipart's, under Starlette's "Invalid multipart data.") gives ours from the match.
# "Too many fields. Maximum number of fields is 1000." and 'The Content-Disposition header field "name"
# must be provided.' were the last answers in Starlette's words (cli53); another is passed on as it is.
FORM_ERRORS: tuple[tuple[str, str, re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        "too-many-fields",
        "starlette",
        re.compile(r"Too many fields\. Maximum number of fields is (\d+)\."),
        lambda m: f"the form has over {int(m[1]):,} fields, the most the app reads",
    ),
    (
        "too-many-files",
        "starlette",
        re.compile(r"Too many files\. Maximum number of files is (\d+)\."),
        lambda m: f"the form has over {int(m[1]):,} files, the most the app reads",
    ),
    (
        "part-without-name",
        "starlette",
        re.compile(r'The Content-Disposition header field "name" must be provided\.'),
        lambda m: "a part of the form has no name (no Content-Disposition header with a name= in it)",
    ),
    (
        "no-boundary",
        "starlette",
        re.compile(r"Missing boundary in multipart\."),
        lambda m: "the form is sent as multipart/form-data with no boundary= in its Content-Type",
    ),
    (
        "long-boundary",
        "parser",
        re.compile(r"Boundary length (\d+) exceeds maximum of (\d+)"),
        lambda m: (
            f"the form's boundary is {int(m[1]):,} characters long; the app reads boundaries of up to {m[2]}"
        ),
    ),
    (
        "unreadable",
        "parser",
        re.compile(r"(.+)", re.S),
        lambda m: f"the form's parts cannot be read ({m[1]})",
    ),
)


def form_error(exc: BaseException | None) -> str | None:
    """Our words for Starlette's `MultiPartException` `exc` (`FORM_ERRORS`), else None."""
    from starlette.formparsers import MultiPartException

    if not isinstance(exc, MultiPartException):
        return None
    said = {"starlette": exc.message}
    if exc.message == "Invalid multipart data." and exc.__cause__ is not None:
        said = {"parser": str(exc.__cause__)}
    for _name, reads, pattern, words in FORM_ERRORS:
        if reads in said and (m := pattern.fullmatch(said[reads])):
            return words(m)
    return None


# Pydantic's words for a request it could not read, said in ours: the first rule whose error type and
# place (`loc`) match gives the message. It said "198: JSON decode error" (198 being where), "Field
# required" for an empty body and "files.0: Value error, Expected UploadFile, received: <class 'str'>"
# for a form field named files that was no file (cli48's sweep).
Place = Callable[[tuple[Any, ...]], bool]
VALIDATION_WORDS: tuple[tuple[str, str, Place, Callable[[dict[str, Any]], str]], ...] = (
    (
        "broken-json",
        "json_invalid",
        lambda loc: loc[:1] == ("body",),
        lambda e: f"the body is broken JSON at character {_counted(e['loc'][-1])} ({_json_words(e)})",
    ),
    (
        "not-an-object",
        "model_attributes_type",
        lambda loc: loc == ("body",),
        lambda e: (
            f'the body is {_json_kind(e.get("input"))}, not a JSON object such as {{"documents": ["…"]}}'
        ),
    ),
    (
        "empty-body",
        "missing",
        lambda loc: loc == ("body",),
        lambda e: 'the body is empty: send a JSON object such as {"documents": ["…"]}',
    ),
    (
        "unknown-field",  # pydantic's "Extra inputs are not permitted" (cli59)
        "extra_forbidden",
        lambda loc: len(loc) == 2 and loc[0] == "body",
        lambda e: _unknown_field(str(e["loc"][1])),
    ),
    (
        "field-no-file",
        "value_error",
        lambda loc: loc[:2] == ("body", "files"),
        lambda e: "files: a form field with no file name, not a file; send each file as a file upload",
    ),
)


def _unknown_field(name: str) -> str:
    """What a body's field that `BriefRequest` has not is told: its name, the fields there are, and the
    nearest one (`"document"`): pydantic said "format: Extra inputs are not permitted"."""
    from difflib import get_close_matches

    fields = list(BriefRequest.model_fields)
    close = get_close_matches(name, fields, n=1)
    hint = f" (did you mean {close[0]}?)" if close else ""
    return f"{shown(name)}: no such field{hint}; the fields are {', '.join(fields)}"


def _json_words(error: dict[str, Any]) -> str:
    """json's message of a body it could not read, in `ingest.files.JSON_WORDS`' words."""
    from ..ingest.files import json_words

    return json_words(str(error.get("ctx", {}).get("error")))


def _json_kind(value: Any) -> str:
    from ..ingest.files import json_kind

    return json_kind(value)


def _counted(offset: Any) -> Any:
    """A character's place counted from 1, as a reader counts (pydantic gives the offset from 0)."""
    return offset + 1 if isinstance(offset, int) else offset


def validation_message(error: dict[str, Any]) -> str:
    """The message of one of pydantic's request errors: `VALIDATION_WORDS`' first match, else
    `field: pydantic's words`."""
    loc = tuple(error.get("loc", ()))
    for _name, kind, at, words in VALIDATION_WORDS:
        if error.get("type") == kind and at(loc):
            return words(error)
    where = ".".join(str(x) for x in loc if x != "body")
    return f"{where}: {error.get('msg', 'invalid request')}" if where else error.get("msg", "invalid request")


# The media types each route's body is read as; a body of another type was read as none: the form said
# "give at least one document or URL", the API "Input should be a valid dictionary" (cli47's sweep).
BODY_TYPES: dict[str, tuple[str, ...]] = {
    "/api/brief": ("application/json",),  # and `application/*+json`, as FastAPI reads JSON
    "/brief": ("application/x-www-form-urlencoded", "multipart/form-data"),
}


def wrong_body_type(path: str, content_type: str) -> str | None:
    """Why a body sent to `path` as `content_type` is not read (415), or None when it is read."""
    kinds = BODY_TYPES.get(path)
    media = content_type.split(";", 1)[0].strip().lower()
    if kinds is None or media in kinds or (kinds == BODY_TYPES["/api/brief"] and media.endswith("+json")):
        return None
    sent = f"it was sent as {media}" if media else "it was sent with no Content-Type"
    return f"send the body as {' or '.join(kinds)} ({sent})"


def _split_texts(texts: str) -> list[str]:
    return [t.strip() for t in _SEPARATOR.split(texts.replace("\r\n", "\n")) if t.strip()]


def _upload_docs(name: str, data: bytes) -> list[RawDoc]:
    """The documents of an uploaded file, read as `newsbrief brief` reads a file of that name."""
    from ..ingest import load_bytes

    return load_bytes(name, data)


class _JsonRequest(Request):
    """A request whose JSON body is read as the command line reads JSON: `"words": NaN` was a number
    to pydantic ("words: Input should be a valid integer"), where every JSON reader of the command line
    calls it broken JSON (cli53's left item)."""

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            from ..ingest.files import loads_json

            self._json = loads_json(await self.body(), unique_keys=True)
        return self._json


class _JsonRoute(APIRoute):
    """A route that hands its endpoint a `_JsonRequest` (FastAPI reads a JSON body by `request.json()`)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def read(request: Request) -> Response:
            return await handler(_JsonRequest(request.scope, request.receive))

        return read


# --- the app ---------------------------------------------------------------------------------


# The form's fields of one value: one given twice with two values kept the last in silence (`words=100&
# words=200` briefed 200), as a JSON key twice did (cli56) and an option twice on the command line
# (cli57). `texts` and `files` take many: each `texts` field is read (only the last was, cli57).
FORM_FIELDS_OF_ONE = ("urls", "words", "method", "ner", "example")


async def _field_twice(request: Request) -> str | None:
    """The refusal of a field of one value given twice with different values, else None."""
    form = await request.form()  # parsed already for the route's parameters: read from Starlette's cache
    for name in FORM_FIELDS_OF_ONE:
        values = form.getlist(name)
        if len(set(map(str, values))) > 1:
            return f"the field {name!r} is given {len(values)} times with different values; give it once"
    return None


def create_app(settings: Settings | None = None) -> FastAPI:
    """The web app with these limits (defaults: `Settings()`)."""
    from contextlib import asynccontextmanager

    from .. import summarize
    from . import jobs
    from .guard import GuardMiddleware
    from .middleware import HeadMiddleware, LimitsMiddleware, RequestLineMiddleware
    from .pool import Lanes

    settings = settings or Settings()
    lanes = Lanes(settings.workers, settings.large_workers, settings.queue, settings.pool)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> Any:
        await lanes.warm(jobs.warm)
        yield
        lanes.shutdown()

    app = FastAPI(
        title="newsbrief",
        version=__version__,
        description="Turn the articles covering one news story into a cited brief. "
        'Errors are JSON objects `{"error": "..."}`.',
        lifespan=lifespan,
    )
    app.router.route_class = _JsonRoute
    app.state.settings = settings
    app.state.lanes = lanes
    app.add_middleware(HeadMiddleware)  # innermost: a HEAD is its GET to the app
    app.add_middleware(
        LimitsMiddleware,
        max_bytes=settings.max_request_bytes,
        error=_error,
        body_timeout=settings.body_timeout,
        form_paths=FORM_PATHS,
    )
    app.add_middleware(GuardMiddleware, allowed_hosts=settings.allowed_hosts, error=_error)
    app.add_middleware(RequestLineMiddleware, error=_error)  # outermost: a version or method not served

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        # on the form's route: a multipart body without a boundary (400), a GET (405); a form Starlette
        # could not read raised this 400 while it handled its `MultiPartException` (the context)
        said = (body_error(exc.__cause__) or form_error(exc.__context__)) if exc.status_code == 400 else None
        said = said or router_words(exc.status_code, exc.detail, request, exc.headers or {})
        return _error(request.url.path, said or str(exc.detail), exc.status_code, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Any:
        if wrong := wrong_body_type(request.url.path, request.headers.get("content-type", "")):
            return _error(request.url.path, wrong, 415)
        first = exc.errors()[0] if exc.errors() else {}
        return _error(request.url.path, validation_message(first), 422)

    @app.exception_handler(NewsbriefError)
    async def input_error(request: Request, exc: NewsbriefError) -> Response:
        headers = {"Retry-After": "5"} if isinstance(exc, Busy) else None
        return _error(request.url.path, str(exc), _status(exc), headers)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:
        log.error("internal error: %s: %s", type(exc).__name__, exc)
        return _error(request.url.path, "internal error", 500)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index() -> HTMLResponse:
        return _page("index.html.j2", methods=summarize.names(), settings=settings)

    # the form's text field may hold what a request may (Starlette stopped a field at 1 MB, in its words:
    # "Part exceeded maximum size of 1024KB.", 400, where /api/brief took the same texts; cli53)
    @app.post(
        "/brief",
        response_class=HTMLResponse,
        include_in_schema=False,
        form_limits={"max_part_size": settings.max_request_bytes},
    )
    async def brief_page(
        request: Request,
        texts: Annotated[list[str] | None, Form()] = None,  # each field its texts (the last alone was read)
        urls: Annotated[str, Form()] = "",
        words: Annotated[int, Form(ge=1)] = 250,
        method: Annotated[str, Form()] = "default",
        ner: Annotated[str, Form()] = "rules",
        example: Annotated[bool, Form()] = False,  # "false" or "0" briefed the example (cli44)
        files: Annotated[list[UploadFile] | None, File()] = None,
    ) -> HTMLResponse:
        wrong = wrong_body_type(request.url.path, request.headers.get("content-type", ""))
        if wrong and await request.body():  # an empty POST is an empty form: "give ... a document"
            return _error_page(wrong, 415)
        twice = await _field_twice(request)
        if twice:
            return _error_page(twice, 400)
        try:
            docs: list[RawDoc] = []
            if example:
                from ..example import example_docs

                try:
                    docs = example_docs()
                except OSError:
                    docs = []
                if not docs:
                    raise InputError("the built-in example story is not installed")
            from ..ingest.load import not_json

            pasted = [
                RawDoc(id=str(i), source=f"pasted text {i}", raw=t)
                for i, t in enumerate((t for field in texts or [] for t in _split_texts(field)), 1)
            ]
            for d in pasted:  # a pasted JSON object was briefed as prose, as a file of it was
                not_json(d.raw, d.source)
            docs += pasted
            for f in files or []:
                if f.filename:
                    docs.extend(_upload_docs(f.filename, await f.read()))
            url_list = [u.strip() for u in urls.split() if u.strip()]
            options = jobs.check_request(
                settings, docs, url_list, BriefOptions(words, None, method, True, ner)
            )
            lane = lanes.pick(jobs.is_large(settings, docs, url_list))
            html = await lane.run(jobs.page_job, settings, docs, url_list, options)
        except NewsbriefError as e:
            return _error_page(str(e), _status(e))
        return HTMLResponse(html)

    @app.post(
        "/api/brief",
        summary="Make a brief",
        responses={
            200: {"description": "The brief, as `newsbrief brief --format json` (see `newsbrief schema`)."},
            400: {"description": 'Bad input: `{"error": "..."}`.'},
            413: {"description": 'Over a limit: `{"error": "..."}`.'},
            422: {
                "description": "Malformed request, or no summary could be made (the reason `newsbrief brief` "
                'gives): `{"error": "..."}`.'
            },
            503: {"description": "Busy: every worker is taken and the queue is full; retry later."},
        },
    )
    async def api_brief(req: BriefRequest) -> Response:
        """The brief of the given documents and URLs. URLs that fail are skipped and documents with
        nothing to read are left out, listed one message each in the `X-Newsbrief-Warnings` response
        header (a JSON list)."""
        # a JSON escape "\ud800" is a lone surrogate: U+FFFD, as the command line's JSON readers make it
        raws = [RawDoc(str(i), f"<text>#{i}", displayable(t)) for i, t in enumerate(req.documents, 1)]
        options = BriefOptions(req.words, req.sentences, req.method, req.analysis, req.ner)
        options = jobs.check_request(settings, raws, req.urls, options)
        lane = lanes.pick(jobs.is_large(settings, raws, req.urls))
        body, warnings = await lane.run(jobs.api_job, settings, raws, req.urls, options)
        headers = {"X-Newsbrief-Warnings": json.dumps(warnings)} if warnings else None
        return Response(body, media_type="application/json", headers=headers)

    if settings.db is not None:  # the story pages (`stories.py`)
        from .stories import add_routes

        add_routes(app, settings, lanes, _page, _error_page)

    @app.get("/api/health", summary="Is the server up?")
    async def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    return app
