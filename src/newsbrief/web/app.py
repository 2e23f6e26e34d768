"""The FastAPI app: a page to paste texts, URLs or files; `POST /api/brief`; `GET /api/health`.

Errors are JSON `{"error": "..."}` with a 4xx/5xx status on the API and a small HTML page on the
form route; neither ever shows a stack trace. Briefs are computed one at a time (a lock): the
pipeline is CPU-bound Python, so running two at once on the GIL would not be faster, and the
analysis models are not promised to be thread-safe.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import threading
from functools import lru_cache
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import InputError, NewsbriefError, UsageError
from ..model import Brief, BriefOptions, RawDoc
from .settings import Settings

log = logging.getLogger("newsbrief.web")
_BRIEF_LOCK = threading.Lock()
_SEPARATOR = re.compile(r"^[ \t]*-{3,}[ \t]*$", re.M)


class LimitError(NewsbriefError):
    """A request over one of the server's limits."""


class BriefRequest(BaseModel):
    """Documents (plain text) and/or URLs of one story, and how long a summary to make."""

    model_config = ConfigDict(extra="forbid")

    documents: list[str] = Field(
        default_factory=list, description="Article texts (scraped plain text is fine)."
    )
    urls: list[str] = Field(default_factory=list, description="http(s) URLs of articles to fetch.")
    words: int = Field(250, ge=1, description="Word budget of the summary.")
    sentences: int | None = Field(None, ge=1, description="Sentence budget (overrides words).")
    method: str = Field("default", description="Summarizer name.")
    analysis: bool = Field(True, description="Find quotes, entities and shared/single-source claims.")
    ner: str = Field("rules", description="Entity recogniser: rules, spacy or auto.")


# --- the work --------------------------------------------------------------------------------


def gather(settings: Settings, documents: list[RawDoc], urls: list[str]) -> tuple[list[RawDoc], list[str]]:
    """Check the limits, fetch the URLs; returns the documents and one warning per failed URL."""
    from ..ingest.url import FetchOptions, check_url, fetch_documents

    total = len(documents) + len(urls)
    if total == 0:
        raise InputError("give at least one document or URL")
    if total > settings.max_documents:
        raise LimitError(f"too many documents: {total} (the limit is {settings.max_documents})")
    for d in documents:
        _check_size(settings, d)
    for u in urls:
        check_url(u)  # scheme and host only: file://, ftp:// ... are refused before anything is fetched
    warnings: list[str] = []
    docs = list(documents)
    if urls:
        options = FetchOptions(
            timeout=settings.fetch_timeout,
            max_bytes=settings.fetch_max_bytes,
            max_redirects=settings.max_redirects,
            allow_private=settings.allow_private,
        )
        try:
            fetched = fetch_documents(
                urls, settings.cache_dir, options=options, on_error=lambda _u, m: warnings.append(m)
            )
        except InputError:
            if not docs:
                raise
            fetched = []
        for d in fetched:
            try:
                _check_size(settings, d)
            except LimitError as e:
                warnings.append(str(e))
                continue
            docs.append(d)
    if not docs:
        raise InputError("; ".join(warnings) or "no document")
    return docs, warnings


def _check_size(settings: Settings, d: RawDoc) -> None:
    if len(d.raw) > settings.max_document_chars:
        raise LimitError(
            f"document is {len(d.raw):,} characters (the limit is {settings.max_document_chars:,})", d.source
        )


def make_brief(
    settings: Settings,
    docs: list[RawDoc],
    *,
    words: int = 250,
    sentences: int | None = None,
    method: str = "default",
    analysis: bool = True,
    ner: str = "rules",
) -> Brief:
    """The brief of already gathered documents, within the word limit, one at a time."""
    from .. import pipeline

    try:
        BriefOptions(words, sentences, method, analysis, ner).validate(flag="")
    except UsageError as e:  # a request's mistake: 400, named as the request's field
        raise InputError(str(e)) from None
    if words > settings.max_words or (sentences or 0) > settings.max_words:
        raise LimitError(f"the budget is over the limit of {settings.max_words} words")
    with _BRIEF_LOCK:
        return pipeline.brief(
            raws=docs, words=words, sentences=sentences, method=method, analysis=analysis, ner=ner
        )


def _status(e: NewsbriefError) -> int:
    return 413 if isinstance(e, LimitError) else 400


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

    html = environment("newsbrief.web").get_template(name).render(css=css, **ctx)
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": csp})


def _error_page(message: str, status: int) -> HTMLResponse:
    return _page("error.html.j2", status=status, message=message, status_code=status)


def _split_texts(texts: str) -> list[str]:
    return [t.strip() for t in _SEPARATOR.split(texts.replace("\r\n", "\n")) if t.strip()]


def _upload_docs(name: str, data: bytes) -> list[RawDoc]:
    """The documents of an uploaded file, read as `newsbrief brief` reads a file of that name."""
    from ..ingest import load_bytes

    return load_bytes(name, data)


# --- the app ---------------------------------------------------------------------------------


def create_app(settings: Settings | None = None) -> FastAPI:
    """The web app with these limits (defaults: `Settings()`)."""
    from .. import summarize
    from ..render.html import render as render_html
    from ..render.json import to_dict
    from .middleware import LimitsMiddleware

    settings = settings or Settings()
    app = FastAPI(
        title="newsbrief",
        version=__version__,
        description="Turn the articles covering one news story into a cited brief. "
        'Errors are JSON objects `{"error": "..."}`.',
    )
    app.state.settings = settings
    app.add_middleware(LimitsMiddleware, max_bytes=settings.max_request_bytes)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Any:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x != "body")
        message = f"{where}: {first.get('msg', 'invalid request')}" if where else first.get("msg", "invalid")
        if request.url.path == "/brief":
            return _error_page(message, 422)
        return JSONResponse({"error": message}, status_code=422)

    @app.exception_handler(NewsbriefError)
    async def input_error(_request: Request, exc: NewsbriefError) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=_status(exc))

    @app.exception_handler(Exception)
    async def internal_error(_request: Request, exc: Exception) -> JSONResponse:
        log.error("internal error: %s: %s", type(exc).__name__, exc)
        return JSONResponse({"error": "internal error"}, status_code=500)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index() -> HTMLResponse:
        return _page("index.html.j2", methods=summarize.names(), settings=settings)

    @app.post("/brief", response_class=HTMLResponse, include_in_schema=False)
    def brief_page(
        texts: Annotated[str, Form()] = "",
        urls: Annotated[str, Form()] = "",
        words: Annotated[int, Form(ge=1)] = 250,
        method: Annotated[str, Form()] = "default",
        ner: Annotated[str, Form()] = "rules",
        example: Annotated[str, Form()] = "",
        files: Annotated[list[UploadFile] | None, File()] = None,
    ) -> HTMLResponse:
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
            docs += [
                RawDoc(id=str(i), source=f"pasted text {i}", raw=t)
                for i, t in enumerate(_split_texts(texts), 1)
            ]
            for f in files or []:
                if f.filename:
                    docs.extend(_upload_docs(f.filename, f.file.read()))
            url_list = [u.strip() for u in urls.split() if u.strip()]
            docs, warnings = gather(settings, docs, url_list)
            b = make_brief(settings, docs, words=words, method=method, ner=ner)
        except NewsbriefError as e:
            return _error_page(str(e), _status(e))
        return HTMLResponse(render_html(b, notices=warnings, back_href="/"))

    @app.post(
        "/api/brief",
        summary="Make a brief",
        responses={
            200: {"description": "The brief, as `newsbrief brief --format json` (see `newsbrief schema`)."},
            400: {"description": 'Bad input: `{"error": "..."}`.'},
            413: {"description": 'Over a limit: `{"error": "..."}`.'},
            422: {"description": 'Malformed request: `{"error": "..."}`.'},
        },
    )
    def api_brief(req: BriefRequest) -> JSONResponse:
        """The brief of the given documents and URLs. URLs that fail are skipped and listed, one
        message each, in the `X-Newsbrief-Warnings` response header (a JSON list)."""
        raws = [RawDoc(id=str(i), source=f"<text>#{i}", raw=t) for i, t in enumerate(req.documents, 1)]
        docs, warnings = gather(settings, raws, req.urls)
        b = make_brief(
            settings,
            docs,
            words=req.words,
            sentences=req.sentences,
            method=req.method,
            analysis=req.analysis,
            ner=req.ner,
        )
        headers = {"X-Newsbrief-Warnings": json.dumps(warnings)} if warnings else None
        return JSONResponse(to_dict(b), headers=headers)

    @app.get("/api/health", summary="Is the server up?")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    return app
