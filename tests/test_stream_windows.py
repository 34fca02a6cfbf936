"""Where the windows of a window-mode stream begin (the text the classifier reads)."""

from __future__ import annotations

import openai
import pytest

from guardrails import Guard, StreamOptions
from guardrails._streaming import window_start
from guardrails.classifiers import OnnxClassifier

from .llm_server import Reply, ScriptedLLMServer
from .test_chat_openai import RecordingClassifier, ask, stream_text

WALK = (
    "Pick a hut-to-hut route of about fifteen kilometres a day. Check the forecast the evening "
    "before, pack layers, water and a map, and tell someone where you are going. Book the huts "
    "early in summer because they fill up quickly."
)


def test_a_window_starts_where_the_sentence_holding_the_cut_does() -> None:
    cut = WALK.index("forecast")
    assert WALK[window_start(WALK, cut, reach=40) :].startswith("Check the forecast")


def test_a_window_starts_at_the_text_start_when_that_is_within_reach() -> None:
    assert window_start(WALK, 20, reach=40) == 0


def test_without_a_sentence_start_in_reach_a_window_starts_at_a_word() -> None:
    cut = WALK.index("ayers")
    assert WALK[window_start(WALK, cut, reach=20) :].startswith("layers, water")


def test_a_window_without_any_break_in_reach_starts_at_the_cut() -> None:
    text = "x" * 300
    assert window_start(text, 150, reach=100) == 150


@pytest.mark.parametrize("reach", [0, 1, 7, 50, 400])
def test_a_window_never_starts_after_the_cut_nor_beyond_reach(reach: int) -> None:
    for cut in range(len(WALK) + 1):
        start = window_start(WALK, cut, reach)
        assert max(0, cut - reach) <= start <= cut


def test_every_streamed_window_opens_on_a_word_and_the_last_is_full_length(
    classifier: OnnxClassifier, llm_server: ScriptedLLMServer
) -> None:
    recorder = RecordingClassifier(classifier)
    client = openai.OpenAI(base_url=llm_server.base_url, api_key="k", max_retries=0)
    llm_server.script(Reply(WALK, chunk_size=7))
    options = StreamOptions(window_chars=60)
    stream = ask(Guard(classifier=recorder).wrap(client, stream=options), "walks?", stream=True)
    text, finish, _ = stream_text(stream)
    assert (text, finish) == (WALK, "stop")
    windows = [seen for seen in recorder.seen if seen in WALK and seen != WALK]
    assert len(windows) >= 3
    for window in windows:
        start = WALK.index(window)
        assert start == 0 or WALK[start - 1] == " "
    # the tail holds fewer than 60 new characters, yet its window reads a full window's worth
    assert WALK.endswith(windows[-1])
    assert len(windows[-1]) >= options.window_chars + options.overlap
