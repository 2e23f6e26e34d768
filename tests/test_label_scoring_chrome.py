"""A labelled story whose every document is page chrome scores as nothing found, not a traceback
(caseless-entities-frozen56 draws a paywall notice and an archive's crawl note)."""

from __future__ import annotations

import label_scoring as labels
import pytest

from newsbrief import pipeline
from newsbrief.errors import InputError


def test_a_story_of_page_chrome_is_prepared_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    def chrome(raws):
        raise InputError("no article text left after cleaning (all of it is page chrome)")

    monkeypatch.setattr(pipeline, "prepare_story", chrome)
    doc = labels.LabelledDoc(0, "Please purchase a subscription to continue reading.", [], [], [])
    story = labels.prepare(labels.LabelledStory("chrome", [doc], []))
    assert len(story.documents) == 1 and story.sentences == ()
