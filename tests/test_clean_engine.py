"""The cleaning engine: headline, standfirst, kicker, duplicates, metadata, and the offsets contract."""

from __future__ import annotations

from newsbrief.clean import clean
from newsbrief.clean.clean import byline_author, is_body, is_headline
from newsbrief.clean.paragraphs import paragraphs
from newsbrief.model import RawDoc

LEAD = (
    "Harbourton's council voted on Tuesday to close the old harbour bridge for eight months, "
    "after engineers found cracks in two of its steel supports."
)
MIDDLE = "A temporary ferry will carry commuters across the river from next week, officials said."
LAST = "Shop owners near the bridge said they feared losing customers during the long closure."


def _clean(raw: str, **kw) -> tuple:
    doc = clean(RawDoc("t", "t.txt", raw, **kw))
    for r in doc.removed:
        assert raw[r.start : r.end] == r.text
    return doc, {r.text: r.reason for r in doc.removed}


def test_kicker_headline_standfirst_become_metadata() -> None:
    raw = "\n\n".join(
        [
            "City Desk",
            "Harbour bridge to close for eight months",
            "Cracked supports force the council's hand.",
            "Caption: the bridge at dusk (Jane Roe/Example)",
            LEAD,
            MIDDLE,
            LAST,
        ]
    )
    doc, reasons = _clean(raw)
    assert doc.title == "Harbour bridge to close for eight months"
    assert doc.dek == "Cracked supports force the council's hand."
    assert reasons["City Desk"] == "section-kicker"
    assert reasons["Harbour bridge to close for eight months"] == "headline"
    assert reasons["Cracked supports force the council's hand."] == "standfirst"
    assert doc.text == "\n".join([LEAD, MIDDLE, LAST])


def test_a_lead_sentence_under_a_headline_is_not_a_standfirst() -> None:
    doc, _ = _clean("\n\n".join(["Harbour bridge to close", LEAD, MIDDLE]))
    assert doc.title == "Harbour bridge to close" and doc.dek is None
    assert doc.text.startswith(LEAD)


def test_no_headline_when_the_text_starts_with_body() -> None:
    doc, reasons = _clean("\n\n".join([LEAD, MIDDLE, LAST]))
    assert doc.title is None and not reasons
    assert doc.text == "\n".join([LEAD, MIDDLE, LAST])


def test_a_short_text_without_body_keeps_its_lines() -> None:
    doc, _ = _clean("Bridge closed\n\nFerry from Monday")
    assert doc.text == "Bridge closed\nFerry from Monday"


def test_title_from_metadata_removes_the_repeated_headline() -> None:
    doc, reasons = _clean(f"Bridge to close\n{LEAD}\n{MIDDLE}", title="Bridge to close")
    assert reasons == {"Bridge to close": "headline"} and doc.title == "Bridge to close"


def test_doubled_caption_keeps_at_most_one_copy() -> None:
    cap = "Commuters queue for the ferry on Monday. (Jane Roe/Example Agency)"
    doc, _ = _clean("\n\n".join([LEAD, cap, cap, MIDDLE]))
    assert [r.reason for r in doc.removed] == ["caption", "duplicate-caption"]
    plain = "Commuters queue for the ferry on a grey Monday morning"
    doc, _ = _clean("\n\n".join([LEAD, plain, plain, MIDDLE]))
    # The first copy, a short line between body paragraphs, also goes as a subhead.
    assert doc.text.count(plain) == 0 and [r.reason for r in doc.removed] == ["subhead", "duplicate-caption"]


def test_repeated_paragraph_elsewhere_is_a_duplicate() -> None:
    doc, _ = _clean("\n\n".join([LEAD, MIDDLE, LAST, LEAD]))
    assert doc.text == "\n".join([LEAD, MIDDLE, LAST])
    assert [r.reason for r in doc.removed] == ["duplicate"] and doc.removed[0].start > 0


def test_byline_and_dateline_fill_author_and_date() -> None:
    raw = "\n\n".join(["By Jane Roe, Transport Editor", "Published on May 3, 2021", LEAD, MIDDLE])
    doc, reasons = _clean(raw)
    assert doc.author == "Jane Roe" and doc.date == "May 3, 2021"
    assert set(reasons.values()) == {"byline", "dateline"}
    doc, _ = _clean(raw, author="Given Author", date="2021-05-03")
    assert doc.author == "Given Author" and doc.date == "2021-05-03"


def test_byline_author() -> None:
    assert byline_author("By Jane Roe and John Doe") == "Jane Roe and John Doe"
    assert byline_author("By Jane Roe of the Example Times") == "Jane Roe"
    assert byline_author("-- Jane Roe") == "Jane Roe"
    assert byline_author("by") is None


def test_a_page_that_is_only_chrome_cleans_to_nothing() -> None:
    doc, _ = _clean("Advertisement\n\nShare this article\n\nSign up for our newsletter")
    assert doc.text == "" and len(doc.removed) == 3


def test_a_document_that_is_only_an_embedded_post_is_kept() -> None:
    post = "The bridge is closed, take the ferry — Harbourton Council (@harbourton) May 3, 2021"
    doc, _ = _clean(post)
    assert doc.text == post and not doc.removed


def test_clean_text_is_raw_minus_removed_spans() -> None:
    raw = "\n\n".join(
        [
            "Advertisement",
            "Bridge to close",
            "HARBOURTON — " + LEAD,
            MIDDLE,
            "Share this article",
            LAST,
            "***",
        ]
    )
    doc, _ = _clean(raw)
    rebuilt = list(raw)
    for r in doc.removed:
        rebuilt[r.start : r.end] = [" "] * (r.end - r.start)
    kept = " ".join("".join(rebuilt).split())
    assert kept == " ".join(doc.text.split())


def test_predicates() -> None:
    p_body, p_head, p_quote = paragraphs(f"{LEAD}\nBridge to close for months\n“It is not safe,” she said.")
    assert is_body(p_body) and not is_body(p_head)
    assert is_headline(p_head) and not is_headline(p_body) and not is_headline(p_quote)


def test_removal_report(tmp_path, capsys) -> None:
    from newsbrief.clean.report import main as report_main

    path = tmp_path / "a.txt"
    paras = ["Advertisement", LEAD, "Share this article", MIDDLE, "Advertisement"]
    path.write_text("\n\n".join(paras), "utf-8")
    assert report_main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "1 story, 1 document" in out
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line[:1].isalpha()}
    assert rows["ad"][:2] == ["2", "2"] and rows["share-prompt"][0] == "1" and rows["all"][0] == "3"


# Rule caption-then-text: a photo caption glued to the article's opening (a page flattened into one
# paragraph) goes only up to its credit; the article's text after it stays.
_CAPTION = (
    "This undated photo shows Jon Tallis, who police say set fire to the Harwick town hall on Monday, "
    "Oct. 3, 2016. The fire destroyed the council's records... (AP Photo/Dana Whitcombe)"
)
_OPENING = (
    "Like many young men in the town, Jon Tallis worked a series of jobs after high school before he "
    "joined the volunteer fire brigade in 2009."
)


def test_a_caption_glued_to_the_opening_goes_up_to_its_credit() -> None:
    doc, reasons = _clean(f"{_CAPTION} HARWICK, Maine (AP) — {_OPENING}")
    assert doc.text == _OPENING
    assert reasons == {_CAPTION: "caption", "HARWICK, Maine (AP) —": "dateline"}
    assert doc.dateline == "HARWICK, Maine"


def test_a_lower_cased_caption_glued_to_the_opening_goes_up_to_its_spaced_credit() -> None:
    caption = _CAPTION.lower().replace("(ap photo/dana whitcombe)", "( associated press )")
    opening = "harwick, maine ( ap ) — " + _OPENING.lower()
    doc, reasons = _clean(f"{caption} {opening}")
    # the lower-cased wire credit after it is a dateline too (rule wire-credit-inline, session 37)
    assert doc.text == _OPENING.lower()
    assert reasons == {caption: "caption", "harwick, maine ( ap ) —": "dateline"}
    assert doc.dateline == "harwick, maine"


def test_more_credit_after_the_credit_goes_with_the_caption() -> None:
    doc, reasons = _clean(f"{_CAPTION} Dana Whitcombe / AP {_OPENING}")
    assert doc.text == _OPENING
    assert reasons == {f"{_CAPTION} Dana Whitcombe / AP": "caption"}


def test_a_doubled_caption_or_a_stub_after_the_credit_stays_a_caption() -> None:
    again = _CAPTION.replace("... (AP Photo/Dana Whitcombe)", " Harwick officials")
    for raw in (
        f"{_CAPTION} {again}",
        f"{_CAPTION} (Associated Press) {again}",
        f"{_CAPTION} HARWICK, Maine",
    ):
        doc, reasons = _clean(raw)
        assert doc.text == "" and reasons == {raw: "caption"}


def test_a_caption_box_with_its_credit_twice_goes_up_to_the_second_credit() -> None:
    box = (
        "Harwick council votes to close the bridge enlarge this image toggle caption "
        "Dana Whitcombe/AP Dana Whitcombe/AP"
    )
    doc, reasons = _clean(f"{box} {_OPENING}")
    assert doc.text == _OPENING
    assert reasons == {box: "caption"}
    doc, reasons = _clean(f"{box} Harwick")  # a stub after it: the box alone
    assert doc.text == "" and list(reasons.values()) == ["caption"]


# Rule marker-then-text: a caption marker opening a paragraph that no credit closes, the article's text
# run into it (lower-cased, the line breaks lost): the marker, the caption and the first sentence go, the
# rest of the article stays; a photographer's credit with its agency after a slash ends on the agency.
_REST = (
    "The vote came after engineers found cracks in two of its supports last spring. Drivers will have to "
    "take the ring road, which adds about twenty minutes to a trip into town."
)


def test_a_caption_marker_run_into_the_text_goes_up_to_the_first_sentence() -> None:
    for marker in (
        "Media playback is unsupported on your device media caption the old bridge seen from the quay",
        "Image copyright harwick council image caption the old bridge seen from the quay",
        "Photo: dana whitcombe",
        "Enlarge image",
    ):
        lead = f"{marker} harwick council voted on monday to close the river bridge for a year."
        doc, reasons = _clean(f"{lead} {_REST}")
        assert doc.text == _REST, marker
        assert reasons == {lead: "caption"}


def test_a_slash_credit_run_into_the_text_goes_up_to_its_agency() -> None:
    opening = f"harwick council voted on monday to close the river bridge for a year. {_REST}"
    for credit in (
        "Photo: dana whitcombe/wireimage",
        "Photo: dana whitcombe/afp/getty images",
        "Photo: dana whitcombe/nurphoto via getty images",
        "Photo: dana whitcombe / ap photo",
        "Photo: getty",
    ):
        doc, reasons = _clean(f"{credit} {opening}")
        assert doc.text == opening, credit
        assert reasons == {credit: "caption"}


def test_a_caption_marker_with_no_article_after_it_stays_a_caption() -> None:
    short = "Image caption The old bridge seen from the quay. It was closed in May by the council."
    teaser = f"Photo: Dana Whitcombe The council closed the bridge. {_REST}"
    gallery = f"Photo: Dana Whitcombe the old bridge at dusk. Photo: Jo Roe/AP {_REST}"
    for raw in (short, f"{teaser}\n\n{_REST} More soon.", gallery):
        _, reasons = _clean(raw)
        assert raw.split("\n\n")[0] in reasons, raw  # the paragraph goes whole
        assert reasons[raw.split("\n\n")[0]] in ("caption", "duplicate-caption")


def test_a_labelled_credit_opening_a_long_lower_cased_lead_goes_and_the_lead_stays() -> None:
    # rule photo-credit-prefix: the paragraph is too long for photo-label; a cased lead keeps it
    lead = f"harwick council voted on monday to close the river bridge for a year. {_REST.lower()} " * 3
    doc, reasons = _clean(f"Photo: dana whitcombe/afp/getty images {lead}")
    assert doc.text == lead.strip()
    assert reasons == {"Photo: dana whitcombe/afp/getty images": "photo-credit"}
    cased = f"Photo: Getty The Harwick council voted to close the river bridge. {_REST} " * 3
    assert _clean(cased)[0].text == cased.strip()


def test_a_video_players_notices_go_and_the_description_glued_to_them_stays() -> None:
    notices = (
        "The interactive transcript could not be loaded. Rating is available when the video has been "
        "rented. This feature is not available right now. Please try again later."
    )
    doc, reasons = _clean(notices)
    assert doc.text == "" and reasons == {notices: "site-notice"}
    about = "Jon Tallis sings the Harwick anthem at the county fair on Saturday, his first show in ten years."
    doc, _ = _clean(f"{about} {notices}")
    assert doc.text == about


def test_a_sentence_quoting_a_players_notice_keeps_it() -> None:
    # session 29 review S6: video-player-inline cut the notice out of the article's own sentence
    for para in (
        'Harwick viewers who tried to watch the council meeting saw only "This feature is not available '
        'right now. Please try again later." on their screens.',
        "The stream of the Harwick council meeting broke down, and viewers saw a banner reading this feature "
        "is not available right now.",
        "Dana Whitcombe said the message on the Harwick fair's page, 'Rating is available when the video has "
        "been rented.', had confused older viewers.",
        'The clerk wrote: "The interactive transcript could not be loaded." Jon Tallis said it was fixed.',
    ):
        doc, reasons = _clean(para)
        assert doc.text == para and reasons == {}
    # the player's own notices after the article's sentence still go, and a quotation ending before them
    quoted = '"We will fix the Harwick stream before the next meeting of the council," Dana Whitcombe said.'
    doc, _ = _clean(f"{quoted} This feature is not available right now. Please try again later.")
    assert doc.text == quoted


# Review (session 29, M2): a credit parenthesis inside the caption is not its end, and furniture a line
# rule takes (a copyright notice, "Follow ... on Twitter") glued after the credit is no article.
_AFTER = (
    "Harwick Mayor Jon Tallis said on Tuesday that the road would stay closed until the end of the month."
)


def test_a_credit_inside_the_caption_is_not_its_end() -> None:
    for caption in (
        "This image taken from video (KXAN/AP) shows the flooded road in Harwick where Dana Whitcombe's car "
        "was swept away by the water on Monday night as rescuers watched from the bank.",
        "This photo (courtesy of the Harwick Police Department) shows Jon Tallis, 42, who was arrested on "
        "Monday and charged with fraud after a two-year investigation into the town's accounts.",
        "This undated photo shows Jon Tallis (left) and Dana Whitcombe (right/center) at the Harwick mill "
        "where they worked for thirty years before it closed on Monday, leaving 300 people without a job.",
    ):
        doc, reasons = _clean(f"{caption}\n\n{_AFTER}")
        assert doc.text == _AFTER
        assert reasons == {caption: "caption"}


def test_a_notice_after_the_credit_goes_with_the_caption() -> None:
    caption = "In this photo, Jon Tallis waves to supporters in Harwick on Monday. (AP Photo/Dana Whitcombe)"
    for after in (
        "Copyright 2016 The Associated Press. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed.",
        "Follow Dana Whitcombe on Twitter at @dwhitcombe and on Facebook for more news about Harwick and "
        "the region.",
    ):
        doc, reasons = _clean(f"{caption} {after}\n\n{_AFTER}")
        assert doc.text == _AFTER
        assert list(reasons) == [f"{caption} {after}"]
    body = (
        "Tallis, who won the race by ten points, is seen with his wife Dana Whitcombe and their two "
        "children at a rally in the town square on Monday night."
    )
    doc, _ = _clean(f"{caption} {body}\n\n{_AFTER}")  # the article's text after the credit stays
    assert doc.text == f"{body}\n{_AFTER}"
