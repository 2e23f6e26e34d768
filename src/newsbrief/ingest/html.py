"""HTML files: the article body and its metadata, extracted by trafilatura.

trafilatura drops navigation, asides, footers and scripts and gives title, author, date and site name.
A bare fragment (`<p>...</p>` with no `<html>`) is wrapped in `<html><body>` first, because trafilatura
returns nothing for a fragment; a page too small for trafilatura to call an article falls back to the
page's plain text (`trafilatura.html2txt`). Malformed markup is fine: lxml repairs what it can.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from ..errors import InputError
from ..limits import check_html
from ..model import RawDoc

_DOCUMENT_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(
    r"</?(?:p|div|span|a|br|h[1-6]|article|section|main|header|footer|ul|li|em|strong|b|i|title|meta)\b[^>]*>",
    re.I,
)
_WRAPPED = re.compile(r"<(?:html|body)\b", re.IGNORECASE)
# A script or style element's start tag, and the end tag of each: their contents are code, never
# article text, and trafilatura spent ~2 s a MB on them before it dropped them (an 8 MB page: 36 s).
# A JSON-LD script is kept: trafilatura reads a page's author and date from it.
# The name ends at a space, "/" or ">": "\b" would also take a custom element such as <style-guide>.
_CODE_START = re.compile(r"<(script|style)(?=[\s/>])([^>]*)>", re.IGNORECASE)
_CODE_END = {"script": re.compile(r"</script\s*>", re.IGNORECASE), "style": re.compile(r"</style\s*>", re.I)}
_JSON_LD = re.compile(r"""type\s*=\s*["']?application/ld\+json""", re.IGNORECASE)
# Pages larger than this have their code emptied; a smaller one is read whole, as before, since the
# date extraction (htmldate) may read a date from an inline script's data.
EMPTY_CODE_OVER = 1_000_000


NO_TEXT = "no text found in this HTML"  # and nothing else wrong with it: a feed entry's says nothing more


def looks_like_html(text: str) -> bool:
    """True for an HTML document, or text that starts with a tag and is full of them."""
    head = text[:5000]
    if _DOCUMENT_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(_TAG.findall(head)) >= 3


def read_html(html: str, source: str, doc_id: str, url: str | None = None) -> RawDoc:
    """One article from an HTML page or fragment (`url`: where it was fetched from, if it was).
    `InputError` for a page over the limit (`limits.check_html`), whose doctype declares entities, or
    with no text, or (a whole page, not a fragment) with no letter outside its navigation."""
    from ..feeds import declares_entities

    if declares_entities(html.encode("utf-8", "replace")):
        # lxml's HTML parser leaves them unexpanded ("&name;" in the text): said, as a feed's are
        raise InputError(
            "the page's doctype declares XML entities (a news page needs none; refused unread)", source
        )
    if len(html) > EMPTY_CODE_OVER:
        html = without_code(html)
        check_html(html, source)
    whole = _WRAPPED.search(html[:5000]) is not None
    page = html if whole else f"<html><body>{html}</body></html>"
    meta = _extract(page, url)
    text = (meta.get("text") or "").strip()
    if not text:
        text = _plain_text(page)
    if not text:
        deep = " above the 256 levels of nesting the HTML parser reads" if _too_deep(page) else ""
        raise InputError(f"{NO_TEXT}{deep}", source)
    if whole and _only_navigation(page):  # a fragment (a feed entry's body) may be one link: its text
        raise InputError(f"no article in this HTML: {ONLY_NAVIGATION}", source)
    title = _clean(meta.get("title"))
    lines = text.split("\n")
    if title and len(lines) > 1 and lines[0].strip() == title:  # trafilatura may repeat the headline
        text = "\n".join(lines[1:]).strip()
    return RawDoc(
        id=doc_id,
        source=source,
        raw=text,
        title=title,
        author=_clean(meta.get("author")),
        date=_clean(meta.get("date")),
        outlet=_clean(meta.get("sitename")) or _clean(meta.get("hostname")) or _hostname(url),
        kind="html",
    )


def without_code(html: str) -> str:
    """`html` with its script and style elements emptied (JSON-LD scripts kept), in one pass: an
    element left open keeps the rest of the page as it is."""
    parts: list[str] = []
    pos = past = 0  # copied up to `pos`; every element before `past` is done with
    for start in _CODE_START.finditer(html):
        if start.start() < past:
            continue  # a "<script" inside an element's own code
        end = _CODE_END[start.group(1).lower()].search(html, start.end())
        if end is None:
            break
        past = end.end()
        if start.group(1).lower() == "script" and _JSON_LD.search(start.group(2)):
            continue
        parts += (html[pos : start.end()], html[end.start() : end.end()])
        pos = end.end()
    return "".join(parts) + html[pos:] if parts else html


def _hostname(url: str | None) -> str | None:
    from urllib.parse import urlsplit

    try:
        return urlsplit(url).hostname if url else None
    except ValueError:
        return None


def _extract(page: str, url: str | None = None) -> dict[str, Any]:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lxml's FutureWarnings are not the user's business
        try:
            doc = trafilatura.bare_extraction(
                page, url=url, with_metadata=True, include_comments=False, include_tables=False
            )
        except Exception:  # trafilatura on pathological markup: fall back to plain text
            return {}
    if doc is None:
        return {}
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def _too_deep(page: str) -> bool:
    """Does the HTML parser (libxml2, under trafilatura too) stop at its depth limit in `page`? Text
    nested deeper is dropped unread, so a bare "no text found" would not be true (cli38)."""
    from lxml import etree

    parser = etree.HTMLParser(encoding="utf-8")
    # bytes, not str: lxml refuses a str that declares its encoding ("<?xml … encoding="utf-8"?>", XHTML)
    etree.fromstring(page.encode("utf-8", "replace"), parser)
    return any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)


# Elements a page's navigation is made of: a body with no letter outside them has no article (its text
# was the menu: `ingest` stored a story "Home" of the menu's words, `brief` printed an empty summary).
NAVIGATION = ("nav", "header", "footer", "a", "script", "style", "noscript", "template")
ONLY_NAVIGATION = "only navigation (links, menus, a header or footer)"


def _only_navigation(page: str) -> bool:
    """Is every letter of the page's body inside a `NAVIGATION` element? (False when it cannot tell.)"""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(page.encode("utf-8", "replace"))
    except (ValueError, etree.ParserError):
        return False
    body = root.find("body")
    if body is None:
        return False
    for element in body.xpath("|".join(f".//{name}" for name in NAVIGATION)):
        element.drop_tree()  # its tail (the text after it) stays
    return not any(ch.isalpha() for ch in body.text_content())


def _plain_text(page: str) -> str:
    import trafilatura

    try:
        text = trafilatura.html2txt(page) or ""
    except Exception:
        text = re.sub(r"<[^>]+>", " ", page)
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
