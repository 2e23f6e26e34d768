"""Paragraph splitting with raw offsets: one paragraph per line, Multi-News marks, hard-wrapped newswire."""

from __future__ import annotations

from newsbrief.clean import clean, normalise_quotes, normalise_text, paragraphs
from newsbrief.clean.paragraphs import is_hard_wrapped, split_lines
from newsbrief.ingest.multinews import decode_newline_marks, split_bundle
from newsbrief.model import RawDoc

WRAPPED = (
    "\t   HARBOURTON (AP) _ The city council voted on Tuesday to close the old\n"
    "harbour bridge for at least eight months after engineers found deep\n"
    "cracks in two of its steel supports during a routine inspection.\n"
    "\t   ``We had no choice,'' said council leader Mara Voss, who chaired the\n"
    "meeting. ``The bridge is simply not safe for heavy traffic any more.''\n"
    "\t   A temporary ferry service will carry commuters across the river from\n"
    "next week, the council said in a statement released after the vote.\n"
)


def test_one_paragraph_per_line_with_offsets() -> None:
    raw = "  First line here.  \n\nSecond   line\twith  spaces.\r\nThird line.\n"
    paras = paragraphs(raw)
    assert [p.text for p in paras] == ["First line here.", "Second line with spaces.", "Third line."]
    for p in paras:
        assert raw[p.start : p.end].split() == p.text.split()
        for k, (ws, rs) in enumerate(zip(p.word_starts, p.raw_starts, strict=True)):
            word = p.text[ws:].split(" ", 1)[0]
            assert raw[rs : rs + len(word)] == word, k


def test_raw_offset_maps_inside_words() -> None:
    raw = "Alpha   beta\tgamma"
    (p,) = paragraphs(raw)
    i = p.text.index("gamma") + 2
    assert raw[p.raw_offset(i)] == "m"


def test_multinews_marks_are_line_breaks() -> None:
    raw = "First paragraph here. NEWLINE_CHAR NEWLINE_CHAR Second paragraph here."
    assert [p.text for p in paragraphs(raw)] == ["First paragraph here.", "Second paragraph here."]
    assert decode_newline_marks(raw) == "First paragraph here.\n\nSecond paragraph here."


def test_split_bundle() -> None:
    bundle = "Doc one. NEWLINE_CHAR More of one. ||||| Doc two. |||||   "
    assert split_bundle(bundle) == ["Doc one.\nMore of one.", "Doc two."]


def test_hard_wrapped_text_is_unwrapped_into_paragraphs() -> None:
    lines = split_lines(WRAPPED)
    assert is_hard_wrapped(WRAPPED, lines)
    paras = paragraphs(WRAPPED)
    assert len(paras) == 3
    assert paras[0].text.startswith("HARBOURTON (AP) _ The city council") and paras[0].text.endswith(
        "inspection."
    )
    assert "\n" not in paras[1].text
    assert WRAPPED[paras[2].start : paras[2].end].endswith("after the vote.")


def test_scraped_text_is_not_taken_for_hard_wrapped() -> None:
    scraped = "\n".join(
        ["A headline about the bridge", "Short caption line"]
        + ["A long paragraph of body text that runs well past any wrap width, " * 3 + "as web text does."] * 4
    )
    assert not is_hard_wrapped(scraped, split_lines(scraped))
    short_list = "\n".join(f"Item number {i} of the list" for i in range(8))
    assert not is_hard_wrapped(short_list, split_lines(short_list))


def test_duc_quotes_are_normalised_in_clean_text_only() -> None:
    doc = clean(RawDoc("duc", "duc.txt", WRAPPED))
    assert "“We had no choice,” said council leader Mara Voss" in doc.text
    assert "``" not in doc.text and "``" in doc.raw
    assert doc.text.count("\n") == 2  # three paragraphs, one per line
    assert doc.text.startswith("The city council voted")  # the wire dateline is removed
    assert normalise_quotes("He said ''no'' twice.") == "He said ''no'' twice."  # no `` anywhere: untouched


def test_normalise_text_decodes_newline_marks() -> None:
    assert normalise_text("a NEWLINE_CHAR b") == "a\nb"
