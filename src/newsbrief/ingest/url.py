"""Articles from the web: fetch http(s) URLs with httpx, extract the article with trafilatura.

Safety and politeness: only http and https (every redirect hop is checked too), a connect/read
timeout plus an overall deadline, a size cap enforced while streaming (the download stops there),
a redirect limit, and optionally a refusal of private, loopback and link-local addresses (the web
app turns that on when it listens on a non-loopback address). Each failed URL gives one line
naming it and the problem; the others go on. An on-disk cache keyed by the URL's SHA-256
(atomic writes) makes a re-run fetch nothing.

Known limit: the address check resolves the host before connecting, so a DNS answer that changes
between the check and the connection (DNS rebinding) is not caught.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import socket
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..errors import InputError
from ..model import RawDoc

SCHEMES = ("http", "https")
USER_AGENT = "newsbrief/0.1 (+https://newsbrief.invalid; article summarizer)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
CACHE_VERSION = 1


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """Limits of one fetch; the defaults suit a command-line run."""

    timeout: float = 15.0  # seconds for connect/read each, and for the whole download
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_private: bool = True


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded page: the final URL after redirects, its content type and bytes."""

    url: str
    final_url: str
    content_type: str
    body: bytes


def is_url(s: str) -> bool:
    """True for anything that looks like `scheme://...` (whether or not the scheme is allowed)."""
    return "://" in s[:16] and urlsplit(s).scheme.isalpha()


def check_url(url: str, *, allow_private: bool = True) -> None:
    """Raise `InputError` unless `url` is http(s) with a host (and, if asked, a public address)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port
    except ValueError as e:
        raise InputError(f"not a valid URL ({e})", url) from None
    if parts.scheme.lower() not in SCHEMES:
        raise InputError(f"only http and https URLs can be fetched, not {parts.scheme or 'no'}:", url)
    if not host:
        raise InputError("the URL has no host", url)
    if not allow_private:
        for addr in _addresses(host, port or (443 if parts.scheme.lower() == "https" else 80), url):
            if not addr.is_global or addr.is_multicast:
                raise InputError(f"refusing to fetch a private or local address ({addr})", url)


def _addresses(host: str, port: int, url: str) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        found = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
        except (OSError, UnicodeError) as e:
            raise InputError(f"cannot resolve host {host!r} ({e})", url) from None
        found = [str(info[4][0]) for info in infos]
    out = []
    for a in found:
        addr = ipaddress.ip_address(a.split("%")[0])
        # An IPv4 address mapped into IPv6 is judged as the IPv4 address it carries.
        out.append(getattr(addr, "ipv4_mapped", None) or addr)
    return out


def fetch(url: str, options: FetchOptions = FetchOptions(), client: Any = None) -> Fetched:
    """Download one page within the limits of `options`; `InputError` names the URL and the problem."""
    import httpx

    own = client is None
    if own:
        client = _client(options)
    deadline = time.monotonic() + options.timeout
    current = url
    try:
        for _hop in range(options.max_redirects + 1):
            try:
                check_url(current, allow_private=options.allow_private)
            except InputError as e:
                if current == url:
                    raise
                raise InputError(f"redirected to a URL that cannot be fetched: {e}", url) from None
            with client.stream("GET", current) as resp:
                if resp.is_redirect:
                    location = resp.headers.get("location")
                    if not location:
                        raise InputError(f"HTTP {resp.status_code} redirect without a Location", url)
                    current = urljoin(str(resp.url), location)
                    continue
                if resp.status_code >= 400:
                    raise InputError(f"HTTP {resp.status_code} {resp.reason_phrase}".rstrip(), url)
                ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                body = _read_capped(resp, options, deadline, url)
                return Fetched(url, str(resp.url), ctype, body)
        raise InputError(f"more than {options.max_redirects} redirects", url)
    except httpx.TimeoutException:
        raise InputError(f"timed out after {options.timeout:g} s", url) from None
    except httpx.HTTPError as e:
        raise InputError(f"cannot fetch ({type(e).__name__}: {e})".replace("\n", " "), url) from None
    finally:
        if own:
            client.close()


def _client(options: FetchOptions) -> Any:
    import httpx

    return httpx.Client(
        timeout=httpx.Timeout(options.timeout),
        follow_redirects=False,  # followed by hand so that every hop is checked
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8"},
    )


def _read_capped(resp: Any, options: FetchOptions, deadline: float, url: str) -> bytes:
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > options.max_bytes:
        raise InputError(f"page is {int(declared):,} bytes, over the {options.max_bytes:,}-byte limit", url)
    chunks: list[bytes] = []
    size = 0
    for chunk in resp.iter_bytes():
        size += len(chunk)
        if size > options.max_bytes:
            raise InputError(f"page is over the {options.max_bytes:,}-byte limit (download stopped)", url)
        if time.monotonic() > deadline:
            raise InputError(f"timed out after {options.timeout:g} s", url)
        chunks.append(chunk)
    return b"".join(chunks)


def extract(page: Fetched, doc_id: str | None = None) -> RawDoc:
    """The article in a fetched page: trafilatura for HTML (`ingest.html`), the text itself for text/plain."""
    from .decode import decode_bytes
    from .html import read_html

    text = decode_bytes(page.body, page.url)
    if page.content_type == "text/plain":
        if not text.strip():
            raise InputError("the page is empty", page.url)
        return RawDoc(id=doc_id or url_id(page.url), source=page.url, raw=text, kind="text")
    if page.content_type and page.content_type not in HTML_TYPES:
        raise InputError(f"not an HTML page (content type {page.content_type})", page.url)
    return read_html(text, page.url, doc_id or url_id(page.url), url=page.final_url)


def _host(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def url_id(url: str) -> str:
    """A short readable id: host plus the last path segment (or a hash when there is none)."""
    parts = urlsplit(url)
    last = [p for p in parts.path.split("/") if p]
    tail = last[-1] if last else hashlib.sha256(url.encode()).hexdigest()[:8]
    return f"{parts.hostname or 'url'}/{tail}"[:80]


# --- cache -------------------------------------------------------------------------------------


def cache_path(cache_dir: str | Path, url: str) -> Path:
    return Path(cache_dir) / (hashlib.sha256(url.encode("utf-8")).hexdigest() + ".json")


def cache_get(cache_dir: str | Path | None, url: str) -> Fetched | None:
    """The cached page of `url`, or None (a missing, unreadable or foreign entry is a miss)."""
    if cache_dir is None:
        return None
    try:
        data = json.loads(cache_path(cache_dir, url).read_text(encoding="utf-8"))
        if data.get("version") != CACHE_VERSION or data.get("url") != url:
            return None
        return Fetched(url, data["final_url"], data["content_type"], base64.b64decode(data["body"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def cache_put(cache_dir: str | Path | None, page: Fetched) -> None:
    if cache_dir is None:
        return
    from ..io import atomic_write

    data = {
        "version": CACHE_VERSION,
        "url": page.url,
        "final_url": page.final_url,
        "content_type": page.content_type,
        "body": base64.b64encode(page.body).decode("ascii"),
    }
    atomic_write(cache_path(cache_dir, page.url), json.dumps(data))


# --- many URLs ---------------------------------------------------------------------------------


def _warn(url: str, message: str) -> None:
    from ..log import warn

    warn(message)


def fetch_document(
    url: str, cache_dir: str | Path | None = None, options: FetchOptions = FetchOptions(), client: Any = None
) -> RawDoc:
    """One URL as a raw document (from the cache when it is there); `InputError` if it fails."""
    check_url(url, allow_private=True)  # scheme first, before any cache lookup
    page = cache_get(cache_dir, url)
    if page is None:
        page = fetch(url, options, client)
        doc = extract(page)  # only pages that yield an article are cached
        cache_put(cache_dir, page)
        return doc
    if not options.allow_private:
        check_url(url, allow_private=False)
    return extract(page)


def fetch_documents(
    urls: Sequence[str],
    cache_dir: str | Path | None = None,
    *,
    options: FetchOptions | None = None,
    on_error: Callable[[str, str], None] | None = _warn,
) -> list[RawDoc]:
    """Raw documents of every URL that worked; one `on_error(url, message)` per failure.

    Raises `InputError` only when no URL worked. Ids are made unique when two URLs share one.
    """
    options = options or FetchOptions()
    docs: list[RawDoc] = []
    errors: list[str] = []
    seen: dict[str, int] = {}
    client = _client(options)
    try:
        for url in urls:
            try:
                doc = fetch_document(url, cache_dir, options, client)
            except InputError as e:
                errors.append(str(e))
                if on_error is not None:
                    on_error(url, str(e))
                continue
            n = seen[doc.id] = seen.get(doc.id, 0) + 1
            if n > 1:
                doc = _with_id(doc, f"{doc.id}-{n}")
            docs.append(doc)
    finally:
        client.close()
    if not docs and urls:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise InputError(f"no URL could be used: {errors[0]}{more}")
    return docs


def _with_id(doc: RawDoc, new_id: str) -> RawDoc:
    from dataclasses import replace

    return replace(doc, id=new_id)
