"""Articles from the web: fetch http(s) URLs with httpx, extract the article with trafilatura.

Safety and politeness: only http and https (every redirect hop is checked too); one deadline for
the whole fetch, from connecting to the last byte (every socket read and write gets only the time
left, so a server sending a byte every second cannot stretch it); a size cap on the bytes on the
wire and again after decoding, at most one Content-Encoding (gzip or deflate, decoded here with a
cap on the output, so a compression bomb stops at the cap); a redirect limit; and optionally a
refusal of private, loopback, link-local and reserved addresses (the web app turns that on). That
check is made on the address actually connected to: the network backend resolves the host,
drops the addresses it may not use and connects to one it checked, so a DNS answer that changes
between a check and the connection (DNS rebinding) cannot steer it. Each failed URL gives one line
naming it and the problem; the others go on. An on-disk cache keyed by the URL's SHA-256 (atomic
writes) makes a re-run fetch nothing.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import ipaddress
import json
import socket
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..errors import InputError, OutputError, shown
from ..model import RawDoc, displayable

SCHEMES = ("http", "https")
USER_AGENT = "newsbrief/0.1 (+https://newsbrief.invalid; article summarizer)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
CACHE_VERSION = 1


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """Limits of one fetch; the defaults suit a command-line run."""

    timeout: float = 15.0  # seconds for the whole fetch, from connecting to the last byte
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    allow_private: bool = True


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded page: the final URL after redirects, its content type and bytes.

    `status` is 200 for a page, 304 for "not modified" (a conditional GET; no body); `etag` and
    `last_modified` are the response's validators, for the next conditional GET."""

    url: str
    final_url: str
    content_type: str
    body: bytes
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None


def is_url(s: str) -> bool:
    """True for anything that looks like `scheme://...` (whether or not the scheme is allowed). Read
    without `urlsplit`, which raises on a malformed host (`watch 'http://[bad'` was a ValueError
    traceback, fuzz36); `check_url` says what is wrong with it."""
    scheme, sep, _ = s[:16].partition("://")
    return bool(sep) and scheme.isascii() and scheme.isalpha()


def check_url(url: str, *, allow_private: bool = True) -> None:
    """Raise `InputError` unless `url` is http(s) with a host (and, if asked, a public address)."""
    if displayable(url) != url:  # no request can carry it (it was a UnicodeEncodeError in httpx)
        raise InputError("holds a byte that is no UTF-8; percent-encode it", url)
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port
    except ValueError as e:
        raise InputError(f"not a valid URL ({_url_words(url, e)})", url) from None
    if not parts.scheme:  # `example.org/a`, or a word of pasted text: "not no:" said nothing
        raise InputError("is no URL (no http:// or https:// before it)", url)
    if parts.scheme.lower() not in SCHEMES:
        raise InputError(f"only http and https URLs can be fetched, not {parts.scheme}:", url)
    if not host:
        raise InputError("the URL has no host", url)
    if not allow_private:
        for addr in _addresses(host, port or (443 if parts.scheme.lower() == "https" else 80), url):
            if not _public(addr):
                raise InputError(f"refusing to fetch a private or local address ({addr})", url)


def _url_words(url: str, e: ValueError) -> str:
    """urllib's reason a URL cannot be split, in our words for a port ("Port could not be cast to integer
    value as '-1'", "Port out of range 0-65535": cli52), else as urllib says it."""
    if not str(e).startswith("Port"):
        return str(e)
    netloc = urlsplit(url).netloc.rpartition("@")[2]
    port = netloc[netloc.find("]") + 1 :] if netloc.startswith("[") else netloc
    return f"its port {port.partition(':')[2][:40]!r} is not a number from 0 to 65535"


def _public(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """A global unicast address: not private, loopback, link-local, reserved, shared or multicast."""
    return addr.is_global and not addr.is_multicast


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


def fetch(url: str, options: FetchOptions = FetchOptions(), headers: dict[str, str] | None = None) -> Fetched:
    """Download one page within the limits of `options`; `InputError` names the URL and the problem.

    `headers` are sent with every hop (a conditional GET: If-None-Match, If-Modified-Since); a 304
    answer comes back as a `Fetched` with status 304 and no body."""
    import httpx

    deadline = time.monotonic() + options.timeout
    late = f"timed out: the page did not arrive within {options.timeout:g} s"
    current = url
    client = _client(options, deadline, url)
    try:
        for _hop in range(options.max_redirects + 1):
            try:
                check_url(current)  # scheme and host; the address is checked when connecting
            except InputError as e:
                if current == url:
                    raise
                raise InputError(f"redirected to a URL that cannot be fetched: {e}", url) from None
            with client.stream("GET", current, headers=headers) as resp:
                if resp.status_code == 304:
                    if not _conditional(headers):  # was "no text found in this HTML" (cli46)
                        raise InputError("HTTP 304 Not Modified, to a request that was not conditional", url)
                    return Fetched(url, str(resp.url), "", b"", 304, *_validators(resp))
                if resp.is_redirect:
                    location = resp.headers.get("location")
                    if not location:
                        raise InputError(f"HTTP {resp.status_code} redirect without a Location", url)
                    try:
                        current = urljoin(str(resp.url), location)
                    except ValueError:  # "http://[bad" was a traceback (cli46): `check_url` says it
                        current = location
                    continue
                if resp.status_code >= 400:
                    raise InputError(f"HTTP {resp.status_code} {resp.reason_phrase}".rstrip(), url)
                ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
                body = _read_capped(resp, options, url)
                return Fetched(url, str(resp.url), ctype, body, resp.status_code, *_validators(resp))
        raise InputError(f"more than {options.max_redirects} redirects", url)
    except httpx.TimeoutException:
        raise InputError(late, url) from None
    except httpx.InvalidURL as e:  # no HTTPError: a URL over 64 KB (or a redirect to one) was a traceback
        raise InputError(f"not a URL that can be fetched ({e})", url) from None
    except httpx.HTTPError as e:
        if time.monotonic() >= deadline:
            raise InputError(late, url) from None
        raise InputError(f"cannot fetch ({type(e).__name__}: {e})".replace("\n", " "), url) from None
    finally:
        client.close()


def _conditional(headers: dict[str, str] | None) -> bool:
    """Does the request ask for a 304 (If-None-Match or If-Modified-Since)?"""
    return any(k.lower() in ("if-none-match", "if-modified-since") for k in headers or {})


def _validators(resp: Any) -> tuple[str | None, str | None]:
    """The response's ETag and Last-Modified (None when absent or over 1,000 characters)."""
    out = []
    for name in ("etag", "last-modified"):
        v = resp.headers.get(name)
        out.append(v.strip() if v and len(v) <= 1000 and v.strip() else None)
    return out[0], out[1]


def _client(options: FetchOptions, deadline: float, url: str) -> Any:
    import httpx

    return httpx.Client(
        timeout=httpx.Timeout(options.timeout),
        follow_redirects=False,  # followed by hand so that every hop is checked
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8",
            "Accept-Encoding": ", ".join(DECODERS),
        },
        transport=_transport(_GuardedBackend(deadline, options.allow_private, url)),
        trust_env=False,  # no proxy from the environment: the connection goes where it was checked
    )


# --- the network backend: resolve, check, connect to the checked address, one deadline -----------

DECODERS = {"gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}  # Content-Encoding -> zlib wbits


def _transport(backend: Any) -> Any:
    """An httpx transport whose connections come from `backend`.

    httpx has no option for httpcore's `network_backend`, so the transport's pool is replaced by
    an equivalent one built with it (httpx and httpcore are pinned; see pyproject.toml)."""
    import httpcore
    import httpx

    context = _ssl_context()
    transport = httpx.HTTPTransport(verify=context, retries=0)
    transport._pool = httpcore.ConnectionPool(
        ssl_context=context, max_connections=4, retries=0, network_backend=backend
    )
    return transport


def _ssl_context() -> Any:
    """httpx's SSL context, `InputError` naming SSL_CERT_FILE when the certificates it names cannot be
    read: httpx reads that variable whatever `trust_env` says, and a missing file was the error line
    "No such file or directory", naming nothing (cli54)."""
    import os
    import ssl

    import httpx

    try:
        return httpx.create_ssl_context()
    except ssl.SSLError as e:
        why = e.reason or e.strerror or str(e)
    except OSError as e:
        why = e.strerror or str(e)
    where = f"SSL_CERT_FILE={os.environ.get('SSL_CERT_FILE', '')}"
    raise InputError(f"cannot read the certificates to check https pages with ({why})", shown(where))


class _GuardedBackend:
    """httpcore's sync network backend with the address check and the deadline in the connection.

    `connect_tcp` resolves the host itself, keeps only the addresses it may use (all of them with
    `allow_private`, else the public ones) and connects to one of those; every read, write and TLS
    handshake is then given only the time left before `deadline`."""

    def __init__(self, deadline: float, allow_private: bool, url: str) -> None:
        import httpcore

        self.inner = httpcore.SyncBackend()
        self.deadline = deadline
        self.allow_private = allow_private
        self.url = url

    def left(self, timeout: float | None) -> float:
        import httpcore

        left = self.deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ReadTimeout("deadline passed")
        return left if timeout is None else min(timeout, left)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> Any:
        import httpcore

        addrs = _addresses(host, port, self.url)
        usable = addrs if self.allow_private else [a for a in addrs if _public(a)]
        if not usable:
            raise InputError(f"refusing to fetch a private or local address ({addrs[0]})", self.url)
        error: Exception | None = None
        for addr in usable:
            try:
                stream = self.inner.connect_tcp(
                    str(addr), port, self.left(timeout), local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as e:
                error = e
                continue
            return _DeadlineStream(stream, self)
        raise error or httpcore.ConnectError(f"cannot connect to {host}")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class _DeadlineStream:
    """A network stream whose every operation gets only the time left before the deadline."""

    def __init__(self, inner: Any, backend: _GuardedBackend) -> None:
        self.inner = inner
        self.backend = backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.inner.read(max_bytes, self.backend.left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.inner.write(buffer, self.backend.left(timeout))

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> Any:
        return _DeadlineStream(
            self.inner.start_tls(ssl_context, server_hostname, self.backend.left(timeout)), self.backend
        )

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


def _read_capped(resp: Any, options: FetchOptions, url: str) -> bytes:
    """The body, decoded, with `max_bytes` enforced on the wire and on the decoded bytes."""
    ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > options.max_bytes:
        what = _what_is(url, ctype, b"")
        raise InputError(f"{what} is {int(declared):,} bytes, over the {options.max_bytes:,}-byte limit", url)
    codings = [c.strip().lower() for c in resp.headers.get("content-encoding", "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if len(codings) > 1:
        raise InputError(f"refusing a nested Content-Encoding ({', '.join(codings)})", url)
    if codings and codings[0] not in DECODERS:
        raise InputError(f"unsupported Content-Encoding {codings[0]!r}", url)
    decoder = zlib.decompressobj(DECODERS[codings[0]]) if codings else None
    chunks: list[bytes] = []
    wire = size = 0

    def over(after: str = "") -> InputError:
        limit = f"{options.max_bytes:,}-byte limit"
        return InputError(
            f"{_what_is(url, ctype, b''.join(chunks))} is over the {limit} (download stopped){after}", url
        )

    for chunk in resp.iter_raw():
        wire += len(chunk)
        if wire > options.max_bytes:
            raise over()
        if decoder is not None:
            try:
                chunk = decoder.decompress(chunk, options.max_bytes - size + 1)
            except zlib.error as e:
                raise InputError(f"cannot decode the {codings[0]} body ({e})", url) from None
            if decoder.unconsumed_tail:  # more output than the cap allows
                raise over(" after decoding")
        size += len(chunk)
        if size > options.max_bytes:
            raise over("" if decoder is None else " after decoding")
        chunks.append(chunk)
    return b"".join(chunks)


def _what_is(url: str, ctype: str, head: bytes) -> str:
    """What a body over the byte cap is, for its message: "feed" when its content type or its start
    (`feeds.is_feed`) says so, else "page" (a 200 MB feed URL was "page is over the ... limit", cli50)."""
    from ..feeds import is_feed

    return "feed" if is_feed(Fetched(url, url, ctype, head)) else "page"


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
    try:
        atomic_write(cache_path(cache_dir, page.url), json.dumps(data))
    except OutputError as e:  # the page was fetched: the brief goes on, uncached
        _not_cached(str(cache_dir), str(e).removeprefix(f"{shown(e.source or '')}: "))


@functools.cache
def _not_cached(cache_dir: str, why: str) -> None:
    """One warning per cache folder and reason: a cache that cannot be written (a read-only file system,
    a full disk) ended `brief URL --cache-dir D` with that error after every page was fetched, the
    brief lost (cli48); pip, likewise, goes on without its cache. A read-only cache still serves hits."""
    from ..log import warn

    warn(f"--cache-dir {shown(cache_dir)}: {why}; pages are fetched but not cached")


# --- many URLs ---------------------------------------------------------------------------------


def _warn(url: str, message: str) -> None:
    from ..log import warn

    warn(message)


def fetch_document(
    url: str, cache_dir: str | Path | None = None, options: FetchOptions = FetchOptions()
) -> RawDoc:
    """One URL as a raw document (from the cache when it is there); `InputError` if it fails."""
    check_url(url, allow_private=True)  # scheme first, before any cache lookup
    page = cache_get(cache_dir, url)
    if page is None:
        page = fetch(url, options)
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
    for url in urls:
        try:
            doc = fetch_document(url, cache_dir, options)
        except InputError as e:
            errors.append(str(e))
            if on_error is not None:
                on_error(url, str(e))
            continue
        n = seen[doc.id] = seen.get(doc.id, 0) + 1
        if n > 1:
            doc = _with_id(doc, f"{doc.id}-{n}")
        docs.append(doc)
    if not docs and urls:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise InputError(f"no URL could be used: {errors[0]}{more}")
    return docs


def _with_id(doc: RawDoc, new_id: str) -> RawDoc:
    from dataclasses import replace

    return replace(doc, id=new_id)
