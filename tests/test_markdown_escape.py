"""Markdown escapes the articles: their text cannot become links, images, emphasis or HTML."""

from __future__ import annotations

import re

from newsbrief import brief
from newsbrief.render import render
from newsbrief.render.markdown import code, controls_shown, esc

EVIL = (
    "The council voted [to close the bridge](javascript:alert(1)) on *Tuesday* after a long debate. "
    "Engineers found <img src=x onerror=alert(1)> cracks in two of the bridge's steel supports last month. "
    "Officials said the repairs would cost __four million__ pounds and take eight months to finish."
)


def test_esc_backslashes_every_markdown_character() -> None:
    assert esc("[a](b) *c* _d_ <e> `f` & # | ~ \\") == r"\[a\](b) \*c\* \_d\_ \<e\> \`f\` \& \# \| \~ \\"
    assert code("a`b") == "`` a`b ``" and code("x.txt") == "`x.txt`"


def test_article_text_stays_literal_in_the_markdown() -> None:
    md = render(brief(texts=[EVIL, EVIL.replace("council", "city council")], timings=False), "md")
    assert "\\[to close the bridge\\](javascript:alert(1))" in md
    assert "\\<img src=x onerror=alert(1)\\>" in md and "\\*Tuesday\\*" in md
    assert not re.search(r"(?<!\\)\[to close", md) and not re.search(r"(?<!\\)<img", md)


def test_notes_keep_their_citation_markers() -> None:
    from newsbrief.render.markdown import esc_noting

    assert (
        esc_noting("1,500 *workers* [3] vs 1,200 [1,2] [a]") == r"1,500 \*workers\* [3] vs 1,200 [1,2] \[a\]"
    )


def test_control_characters_are_shown_not_sent_to_the_terminal() -> None:
    """`brief` printed an article's ESC c (terminal reset), ESC ] (title) and CR raw to the terminal."""
    assert esc("a\x1bcb\x07\r\x7f") == "a\\x1bcb\\x07\\r\\x7f"
    assert esc("tab\tand\nline") == "tab\tand\nline"  # text layout stays
    assert code("x\x1b.txt") == "`x\\x1b.txt`"
    text = EVIL.replace("cracks", "\x1bc\x1b]0;owned\x07cracks")
    for fmt in ("md", "terminal"):
        out = render(brief(texts=[text], timings=False), fmt)
        assert "\x1b" not in out and "\x07" not in out and "\\x1bc\\x1b\\]0;owned\\x07cracks" in out


def test_c1_control_characters_are_shown_too() -> None:
    """U+009D (OSC, as ESC ]) passed cleaning (no Windows-1252 letter) and reached the terminal raw."""
    assert esc("a\x9d0;owned\x9cb\x9b2J") == "a\\x9d0;owned\\x9cb\\x9b2J"
    assert controls_shown("\x90q\x9c") == "\\x90q\\x9c"
    text = EVIL.replace("cracks", "\x9d0;owned\x9ccracks")
    for fmt in ("md", "terminal"):
        out = render(brief(texts=[text], timings=False), fmt)
        assert not any("\x80" <= ch <= "\x9f" for ch in out) and "\\x9d0;owned" in out


def test_html_shows_control_characters_as_the_terminal_does() -> None:
    """The HTML report kept an article's ESC and C1 characters raw (`cat report.html` reset the terminal;
    cli43): now shown as `\\x1b`, as Markdown and the terminal show them; tab and line feed stay."""
    text = EVIL.replace("cracks", "\x1bc\x1b]0;owned\x07\x9dcracks")
    out = render(brief(texts=[text], timings=False), "html")
    assert controls_shown(out) == out  # no control character left but tab and line feed
    assert "\\x1bc\\x1b]0;owned\\x07\\x9dcracks" in out
