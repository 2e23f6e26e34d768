"""The HTML report: offsets → highlighted passages, every section, XSS inertness, self-containedness."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from spans import expected_text

from newsbrief import brief
from newsbrief.cli import main
from newsbrief.in_summary import shared_in_summary
from newsbrief.model import (
    Brief,
    Claim,
    Document,
    Entity,
    Mention,
    Quote,
    Removed,
    Span,
    SummarySentence,
    Support,
)
from newsbrief.render import render
from newsbrief.render.html import Mark, pieces, ref_spans

A = (
    "Heavy snow closed the mountain pass on Sunday night. "
    '"We have never seen drifts this deep in March," said Ana Ruiz, the head of the road service. '
    "Ploughs will work through the night and the pass should reopen by Tuesday."
)
B = (
    "The mountain pass was shut on Sunday after heavy snow. "
    "Ana Ruiz of the road service said ploughs would work through the night. "
    "Two hotels in the valley reported cancellations."
)


class Page(HTMLParser):
    """Every tag with its attributes, the text of each highlightable piece, and script bodies."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.pieces: list[tuple[str, str, str]] = []  # (article doc, refs, text)
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._stack: list[tuple[str, str | None, str | None]] = []  # (tag, refs, doc)
        self._raw: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag in ("script", "style"):
            self._raw = tag
            (self.scripts if tag == "script" else self.styles).append("")
        doc = a.get("data-doc") if tag == "article" else (self._stack[-1][2] if self._stack else None)
        if tag not in ("br", "meta", "input", "img", "link"):
            self._stack.append((tag, a.get("data-refs"), doc))

    def handle_endtag(self, tag: str) -> None:
        self._raw = None
        if self._stack and self._stack[-1][0] == tag:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if self._raw:
            (self.scripts if self._raw == "script" else self.styles)[-1] += data
        elif self._stack and self._stack[-1][1]:
            self.pieces.append((self._stack[-1][2] or "", self._stack[-1][1] or "", data))

    def highlighted(self, ref: str) -> str:
        """What the page's script highlights for `ref`: the joined text of the pieces carrying it."""
        return "".join(t for _d, refs, t in self.pieces if ref in refs.split())


def parse(html: str) -> Page:
    p = Page()
    p.feed(html)
    p.close()
    return p


def _doc(i: int, text: str, **kw) -> Document:
    return Document(id=f"d{i}", source=f"https://news.example/{i}", raw=text, text=text, **kw)


def _span(text: str, needle: str, doc: int) -> tuple[int, int, int]:
    start = text.index(needle)
    return doc, start, start + len(needle)


def full_brief() -> Brief:
    """A hand-made brief with every field filled, so the renderer is tested apart from the pipeline."""
    raw_a = "Menu | Sign in\n" + A + "\nSubscribe for 1 euro"
    da = Document(
        id="alpine-times",
        source="https://alpine.example/snow",
        raw=raw_a,
        text=A,
        title="Snow shuts the pass",
        outlet="Alpine Times",
        author="J. Berg",
        date="2024-03-10",
        removed=(
            Removed(0, 15, "navigation", "Menu | Sign in\n"),
            Removed(len(raw_a) - 20, len(raw_a), "ad", "Subscribe for 1 euro"),
        ),
    )
    db = _doc(1, B, title="Pass closed after snowfall")
    s1 = A.split(". ")[0] + "."
    _d, s, e = _span(A, s1, 0)
    _, bs, be = _span(B, "The mountain pass was shut on Sunday after heavy snow.", 1)
    q_text = "We have never seen drifts this deep in March,"
    _, qs, qe = _span(A, q_text, 0)
    _, ps, pe = _span(A, "Ploughs will work through the night", 0)
    _, ps2, pe2 = _span(B, "ploughs would work through the night", 1)
    _, hs, he = _span(B, "Two hotels in the valley reported cancellations.", 1)
    ana = [
        Mention(0, A.index("Ana Ruiz"), A.index("Ana Ruiz") + 8),
        Mention(1, B.index("Ana Ruiz"), B.index("Ana Ruiz") + 8),
    ]
    return Brief(
        documents=(da, db),
        summary=(
            SummarySentence(s1, 0, s, e, (Support(1, bs, be),)),
            SummarySentence(B[hs:he], 1, hs, he, ()),
        ),
        method="default",
        budget={"words": 60},
        quotes=(Quote(q_text, "Ana Ruiz", 0, qs, qe),),
        entities=(
            Entity("Ana Ruiz", "person", tuple(ana)),
            Entity(
                "Road Service",
                "organization",
                (Mention(0, A.index("road service"), A.index("road service") + 12),),
            ),
        ),
        claims=(
            Claim(A[ps:pe], 0, ps, pe, (Span(1, ps2, pe2),), "shared", None),
            Claim(B[hs:he], 1, hs, he, (), "single", None),
        ),
    )


# --- pieces ----------------------------------------------------------------------------------


def test_pieces_cut_at_every_boundary_and_carry_overlapping_refs() -> None:
    text = "0123456789"
    ps = pieces(text, [Mark(2, 6, "s0-0"), Mark(4, 8, "q0-0"), Mark(4, 6, "s0-0", "own")])
    assert "".join(p.text for p in ps) == text
    assert [(p.text, p.refs) for p in ps] == [
        ("01", ""),
        ("23", "s0-0"),
        ("45", "q0-0 s0-0"),
        ("67", "q0-0"),
        ("89", ""),
    ]
    assert "own" in ps[2].classes.split() and "quote" in ps[2].classes.split()


def test_pieces_clip_bad_offsets_and_drop_empty_marks() -> None:
    ps = pieces("abc", [Mark(-5, 1, "s0-0"), Mark(2, 99, "s1-0"), Mark(2, 2, "s2-0"), Mark(3, 1, "s3-0")])
    assert [(p.text, p.refs) for p in ps] == [("a", "s0-0"), ("b", ""), ("c", "s1-0")]
    assert pieces("", [Mark(0, 3, "s0-0")]) == [] or "".join(p.text for p in pieces("", [])) == ""


# --- the report ------------------------------------------------------------------------------


def test_every_marker_points_at_exactly_its_passage() -> None:
    b = full_brief()
    page = parse(render(b, "html"))
    markers = [a for tag, a in page.tags if tag == "a" and "cite" in (a.get("class") or "").split()]
    refs = ref_spans(b)
    assert {a["data-ref"] for a in markers} == set(refs)
    for a in markers:
        ref = a["data-ref"]
        assert page.highlighted(ref) == expected_text(b, refs[ref]), ref
        # the marker's document is the article that holds the passage
        assert {d for d, r, _t in page.pieces if ref in r.split()} == {a["data-doc"]}


def test_a_shared_point_the_summary_gives_has_no_marker_and_no_ref() -> None:
    """Rule shared-in-summary: the page leaves the point out, so `ref_spans` (what the browser tests and
    the page's highlights read) holds no ref for it either: every ref is a marker on the page."""
    b = full_brief()
    s0 = b.summary[0]
    on_summary = Claim(  # marked as the brief marks it (`newsbrief.in_summary`)
        s0.text, s0.doc, s0.start, s0.end, (Span(1, s0.support[0].start, s0.support[0].end),), "shared", None
    )
    on_summary = dataclasses.replace(on_summary, in_summary=shared_in_summary(b.summary, on_summary))
    assert on_summary.in_summary
    b = dataclasses.replace(b, claims=(on_summary, *b.claims))
    page = parse(render(b, "html"))
    markers = {
        a["data-ref"] for tag, a in page.tags if tag == "a" and "cite" in (a.get("class") or "").split()
    }
    refs = ref_spans(b)
    assert not any(r.startswith("k0-") for r in refs)
    assert markers == set(refs)


def test_sections_quotes_entities_claims_source_map_and_removed_spans() -> None:
    b = full_brief()
    html = render(b, "html")
    for heading in (
        "Summary",
        "Source map",
        "Who said what",
        "Stated by several sources",  # the same heading as Markdown and terminal
        "Only one source says",
        "Who and where",
        "Sources",
    ):
        assert f">{heading}</h2>" in html
    assert '<span class="speaker">Ana Ruiz</span>' in html
    assert '[<a class="cite"' in html and "],\n" not in html
    # the first summary sentence cites both documents: [1,2]
    assert re.search(r'<li id="sum-0">.*?\[<a [^>]*>1</a>,<a [^>]*>2</a>\]', html)
    # source map: own cell for doc 1 and support cell for doc 2 in row 1, totals in the footer
    assert html.count('<td class="own">') == 2 and html.count('<td class="support">') == 1
    # removed spans: listed with their reasons and marked inline in the raw view
    assert '<span class="reason">navigation</span>' in html and '<span class="reason">ad</span>' in html
    assert '<del class="removed" data-reason="ad"' in html
    assert "Removed by cleaning (2)" in html
    assert "Alpine Times · J. Berg · 2024-03-10" in html


def test_empty_analysis_and_empty_summary_render() -> None:
    d = _doc(0, A, title=None)
    b = Brief(documents=(d,), summary=(), budget={"words": 10})
    html = render(b, "html")
    assert "No sentence fitted the budget." in html
    for absent in ("Who said what", "Who and where", "Source map", "Removed by cleaning"):
        assert absent not in html
    assert "<h1>d0</h1>" in html  # one document: its title, else its id


def test_real_pipeline_report_markers_match(tmp_path: Path) -> None:
    b = brief(texts=[A, B], words=60, timings=False)
    page = parse(render(b, "html"))
    refs = ref_spans(b)
    assert refs, "the summary cites something"
    for ref, spans in refs.items():
        assert page.highlighted(ref) == expected_text(b, spans)


# --- safety and self-containedness -----------------------------------------------------------

EVIL = (
    "Breaking: <script>alert('xss')</script> happened today in the town centre.\n"
    'A reader wrote "><img src=x onerror=alert(1)> to the editors about the event.\n'
    'Click <a href="javascript:alert(2)">here</a> or javascript:alert(3) for more details on it.\n'
    "</textarea></style></script><svg onload=alert(4)> ended the strange message."
)


def evil_brief() -> Brief:
    raw = "<b onmouseover=alert(5)>ad</b>\n" + EVIL
    d0 = Document(
        id="<script>alert(6)</script>",
        source="javascript:alert(7)",
        raw=raw,
        text=EVIL,
        title='"><img src=x onerror=alert(8)>',
        outlet="<script>alert(9)</script>",
        removed=(
            Removed(0, raw.index("\n") + 1, "<img src=x onerror=alert(10)>", raw[: raw.index("\n") + 1]),
        ),
    )
    d1 = _doc(1, B, title="Fine")
    first = EVIL.split("\n")[0]
    return Brief(
        documents=(d0, d1),
        summary=(SummarySentence(first, 0, 0, len(first), (Support(1, 0, 20),)),),
        quotes=(Quote("<script>alert(11)</script>", '"><img onerror=alert(12)>', 0, 0, 10),),
        entities=(Entity("<script>alert(13)</script>", "<b>kind</b>", (Mention(0, 0, 5),)),),
        claims=(Claim("javascript:alert(14)", 0, 0, 5, (), "single", "<script>alert(15)</script>"),),
    )


def test_article_content_renders_inert() -> None:
    from newsbrief.render.html import _asset

    html = render(evil_brief(), "html")
    page = parse(html)
    # the only script is the page's own one
    assert [t for t, _ in page.tags].count("script") == 1
    assert page.scripts == [_asset("report.js")]
    assert [t for t, _ in page.tags].count("style") == 1
    # no tag from the content: no img, svg, b, textarea; no event-handler attribute anywhere
    assert not {t for t, _ in page.tags} & {"img", "svg", "b", "textarea", "iframe", "object"}
    for tag, attrs in page.tags:
        assert not [k for k in attrs if k.lower().startswith("on")], (tag, attrs)
        for k in ("href", "src", "action", "formaction", "xlink:href"):
            v = (attrs.get(k) or "").strip().lower()
            assert not v.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in html
    assert "onerror=alert(1)" in html.replace("&#34;", '"')  # shown as text...
    assert "<img" not in html  # ...never as a tag
    assert "javascript:alert(7)" in html and 'href="javascript' not in html


def test_report_is_self_contained_with_a_strict_csp() -> None:
    from newsbrief.render.html import _asset

    html = render(full_brief(), "html")
    page = parse(html)
    assert not [t for t, a in page.tags if t in ("link", "img", "iframe", "object", "embed")]
    assert not [a for _t, a in page.tags if "src" in a]
    assert "url(" not in _asset("report.css") and "@import" not in _asset("report.css")
    csp = next(
        a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    )
    assert "default-src 'none'" in csp

    def h(s: str) -> str:
        return "sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()

    assert h(page.scripts[0]) in csp and h(page.styles[0]) in csp
    # external links (sources) open elsewhere and are never fetched by the page
    ext = [a for t, a in page.tags if t == "a" and (a.get("href") or "").startswith("http")]
    assert ext and all("noopener" in (a.get("rel") or "") for a in ext)


def test_phone_and_print_support() -> None:
    from newsbrief.render.html import _asset

    html = render(full_brief(), "html")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    css = _asset("report.css")
    assert "@media print" in css and "@media (min-width:900px)" in css


def test_deterministic_and_cli_writes_one_file(tmp_path: Path) -> None:
    assert render(full_brief(), "html") == render(full_brief(), "html")
    paths = []
    for i, t in enumerate((A, B)):
        p = tmp_path / f"a{i}.txt"
        p.write_text(t, encoding="utf-8")
        paths.append(str(p))
    outs = []
    for n in (1, 2):
        out = tmp_path / f"brief{n}.html"
        assert main(["brief", *paths, "--format", "html", "-o", str(out), "--no-timings", "-w", "50"]) == 0
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert outs[0].startswith(b"<!DOCTYPE html>")
    assert sorted(x.name for x in tmp_path.iterdir()) == ["a0.txt", "a1.txt", "brief1.html", "brief2.html"]


@pytest.mark.parametrize("n_docs", [1, 3])
def test_doc_count_variants(n_docs: int) -> None:
    texts = [A, B, A.replace("Sunday", "Monday")][:n_docs]
    b = brief(texts=texts, words=40, timings=False)
    html = render(b, "html")
    assert html.count('role="tabpanel"') == n_docs
