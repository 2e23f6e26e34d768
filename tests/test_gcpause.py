"""gcpause: the cyclic collector off inside a brief on the main thread, restored after, else left alone."""

from __future__ import annotations

import gc
import threading

import pytest
from align_texts import link_kinds

import newsbrief.align as stage
from newsbrief.gcpause import paused


@pytest.fixture(autouse=True)
def _collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_off_inside_on_after_even_on_an_exception_and_when_nested() -> None:
    with paused():
        assert not gc.isenabled()
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_left_off_when_it_was_off_before() -> None:
    gc.disable()
    with paused():
        pass
    assert not gc.isenabled()


def test_a_worker_thread_leaves_the_collector_alone() -> None:
    seen: list[bool] = []

    def work() -> None:
        with paused():
            seen.append(gc.isenabled())

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert seen == [True] and gc.isenabled()


def test_align_runs_with_the_collector_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """The align stage pauses it itself, as `brief_story` does, for callers that run it alone (a bench,
    `Story.alignment` outside a brief); on again after."""
    seen: list[bool] = []
    real = stage.candidates

    def spy(facts):
        seen.append(gc.isenabled())
        return real(facts)

    monkeypatch.setattr(stage, "candidates", spy)
    kinds = link_kinds("Police said 12 people died in the fire.", "Police said 12 people died in the blaze.")
    assert seen == [False] and gc.isenabled() and kinds


def test_the_collector_stays_off_from_preparing_to_briefing(monkeypatch: pytest.MonkeyPatch) -> None:
    """`brief_raws` pauses it around both steps: no young pass over what preparing left alive in between."""
    import newsbrief.pipeline as pipeline
    from newsbrief.model import BriefOptions, RawDoc

    seen: list[bool] = []
    real = pipeline.brief_story

    def spy(story, options, timer=None):
        seen.append(gc.isenabled())
        return real(story, options, timer)

    monkeypatch.setattr(pipeline, "brief_story", spy)
    raws = [
        RawDoc(id="0", source="a", raw="Police said 12 people died in the fire on Monday. The mayor spoke."),
        RawDoc(id="1", source="b", raw="Police said 12 people died in the blaze. Schools were closed."),
    ]
    b = pipeline.brief_raws(raws, BriefOptions(words=40).validate())
    assert seen == [False] and gc.isenabled() and b.summary
