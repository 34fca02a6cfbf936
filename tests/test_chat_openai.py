"""Guarded chat through the real openai SDK, over real HTTP to a scripted local server."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import openai
import pytest

import guardrails as gr
from guardrails import (
    Action,
    Guard,
    InputBlocked,
    OutputBlocked,
    Policy,
    RegenerationExhausted,
    StreamOptions,
    UpstreamError,
)
from guardrails.classifiers import OnnxClassifier

from .llm_server import Fault, Reply, ScriptedLLMServer

SAFE = "Sourdough needs a lively starter, flour, water and salt, then a long slow rise."
HARMFUL = "Sure, here is how to build a bomb at home."
REFUSAL = "I can't help with that, but I can explain how chemistry labs keep people safe."


class RecordingClassifier:
    """A real classifier that remembers every text it was asked to score."""

    def __init__(self, inner: OnnxClassifier) -> None:
        self.inner = inner
        self.name = inner.name
        self.provider = inner.provider
        self.seen: list[str] = []

    def classify(
        self, texts: Sequence[str], contexts: Sequence[str | None] | None = None
    ) -> list[dict[str, gr.CategoryResult]]:
        self.seen.extend(texts)
        return self.inner.classify(texts, contexts)


@pytest.fixture
def client(llm_server: ScriptedLLMServer) -> openai.OpenAI:
    return openai.OpenAI(base_url=llm_server.base_url, api_key="test-key", max_retries=0)


def ask(guarded: Any, text: str, **params: Any) -> Any:
    return guarded.chat.completions.create(
        model="test-model", messages=[{"role": "user", "content": text}], **params
    )


def test_a_safe_exchange_returns_the_clients_own_type_with_a_report(
    guard: Guard, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    llm_server.script(Reply(SAFE))
    response = ask(guard.wrap(client), "how do I bake bread")
    assert isinstance(response, openai.types.chat.ChatCompletion)
    assert response.choices[0].message.content == SAFE
    report = response.guardrails
    assert report.outcome == "allowed"
    assert report.attempts == 1
    assert report.input.action is Action.ALLOW
    assert len(report.outputs) == 1
    assert len(llm_server.requests) == 1


def test_an_unsafe_prompt_never_reaches_the_server(
    guard: Guard, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    response = ask(guard.wrap(client), "how do I make a bomb")
    assert llm_server.requests == []
    assert response.choices[0].finish_reason == "content_filter"
    assert response.choices[0].message.content == Policy().refusal_message
    assert response.guardrails.outcome == "input_blocked"
    assert response.guardrails.input.triggered == ("violence",)


def test_on_block_raise_raises_input_blocked_with_the_verdict(
    classifier: OnnxClassifier, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    guard = Guard(classifier=classifier, policy=Policy.from_dict({"on_block": "raise"}))
    with pytest.raises(InputBlocked, match="violence") as info:
        ask(guard.wrap(client), "how do I make a bomb")
    assert info.value.verdict.action is Action.BLOCK
    assert llm_server.requests == []


def test_a_harmful_reply_is_regenerated_and_the_safe_one_returned(
    guard: Guard, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    llm_server.script(Reply(HARMFUL), Reply(REFUSAL))
    seen: list[gr.Attempt] = []
    response = ask(guard.wrap(client, on_attempt=seen.append), "tell me about chemistry")
    assert response.choices[0].message.content == REFUSAL
    assert response.guardrails.outcome == "regenerated"
    assert [v.action for v in response.guardrails.outputs] == [Action.REGENERATE, Action.ALLOW]
    assert [a.round for a in seen] == [0, 1]
    second = llm_server.requests[1]["messages"]
    assert second[0] == {"role": "user", "content": "tell me about chemistry"}
    assert second[-1]["role"] == "system"
    assert "violence (severe)" in second[-1]["content"]


def test_steering_can_join_the_system_prompt_for_strict_chat_templates(
    guard: Guard, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    llm_server.script(Reply(HARMFUL), Reply(REFUSAL))
    guarded = guard.wrap(client, steering_placement="system")
    messages = [
        {"role": "system", "content": "You are a chemistry tutor."},
        {"role": "user", "content": "tell me about chemistry"},
    ]
    response = guarded.chat.completions.create(model="test-model", messages=messages)
    assert response.guardrails.outcome == "regenerated"
    second = llm_server.requests[1]["messages"]
    assert [m["role"] for m in second] == ["system", "user"]
    assert second[0]["content"].startswith("You are a chemistry tutor.\n\nA safety check")
    assert "violence (severe)" in second[0]["content"]
    assert second[1] == messages[1]


def test_exhaustion_gives_the_refusal(
    classifier: OnnxClassifier, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    llm_server.script(then=Reply(HARMFUL))
    policy = Policy.from_dict({"max_regenerations": 2, "refusal_message": "No."})
    response = ask(Guard(classifier=classifier, policy=policy).wrap(client), "chemistry please")
    assert len(llm_server.requests) == 3
    assert response.choices[0].message.content == "No."
    assert response.choices[0].finish_reason == "content_filter"
    assert response.guardrails.outcome == "exhausted"
    assert response.guardrails.attempts == 3


def test_exhaustion_raises_when_asked(
    classifier: OnnxClassifier, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    llm_server.script(then=Reply(HARMFUL))
    policy = Policy.from_dict({"max_regenerations": 1, "on_block": "raise"})
    with pytest.raises(RegenerationExhausted) as info:
        ask(Guard(classifier=classifier, policy=policy).wrap(client), "chemistry please")
    assert [v.stage for v in info.value.verdicts] == ["input", "output", "output"]


def test_a_reply_at_block_level_is_blocked_without_regeneration(
    classifier: OnnxClassifier, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    llm_server.script(then=Reply(HARMFUL))
    policy = Policy.from_dict({"on_block": "raise", "output": {"default": {"block": "severe"}}})
    with pytest.raises(OutputBlocked):
        ask(Guard(classifier=classifier, policy=policy).wrap(client), "chemistry please")
    assert len(llm_server.requests) == 1


def test_tool_call_arguments_are_checked(
    guard: Guard, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": "post", "arguments": '{"text": "build a bomb"}'},
    }
    llm_server.script(Reply("", tool_calls=[call], finish_reason="tool_calls"), Reply(SAFE))
    response = ask(guard.wrap(client), "post something nice")
    assert response.guardrails.outputs[0].triggered == ("violence",)
    assert response.choices[0].message.content == SAFE


def test_the_safest_of_several_candidates_is_returned(
    guard: Guard, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    llm_server.script(Reply(HARMFUL), Reply(SAFE), Reply("you idiot"))
    response = ask(guard.wrap(client, candidates=3), "hello")
    assert llm_server.requests[0]["n"] == 3
    assert len(response.choices) == 1
    assert response.choices[0].message.content == SAFE
    assert response.choices[0].index == 0
    assert len(response.guardrails.outputs) == 3


def test_everything_else_passes_through(guard: Guard, client: openai.OpenAI) -> None:
    guarded = guard.wrap(client)
    assert guarded.base_url == client.base_url
    assert guarded.chat.completions.with_raw_response is not None
    with pytest.raises(TypeError, match="async"):
        guard.wrap(openai.AsyncOpenAI(base_url="http://127.0.0.1:9/v1", api_key="x"))


def test_an_upstream_failure_is_an_upstream_error(
    guard: Guard, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    llm_server.script(then=Fault(status=503, message="overloaded"))
    with pytest.raises(UpstreamError) as info:
        ask(guard.wrap(client), "hello")
    assert info.value.status_code == 503


def stream_text(stream: Any) -> tuple[str, str | None, list[str]]:
    text, finish, pieces = "", None, []
    for chunk in stream:
        for choice in chunk.choices:
            pieces.append(choice.delta.content or "")
            text += choice.delta.content or ""
            finish = choice.finish_reason or finish
    return text, finish, pieces


def test_a_safe_stream_arrives_whole(
    guard: Guard, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    reply = " ".join([SAFE] * 6)
    llm_server.script(Reply(reply, chunk_size=5))
    stream = ask(guard.wrap(client, stream=StreamOptions(window_chars=40)), "bread", stream=True)
    text, finish, _ = stream_text(stream)
    assert text == reply
    assert finish == "stop"
    assert stream.guardrails.outcome == "allowed"
    assert len(stream.guardrails.outputs) >= len(reply) // 40


def test_a_stream_never_yields_text_from_an_unchecked_window(
    classifier: OnnxClassifier, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    recorder = RecordingClassifier(classifier)
    guard = Guard(classifier=recorder)
    reply = "hello there fine thanks " * 8 + "and now build a bomb " + "the end " * 10
    llm_server.script(Reply(reply, chunk_size=3))
    stream = ask(guard.wrap(client, stream=StreamOptions(window_chars=30)), "hi", stream=True)
    delivered = ""
    finish = None
    for chunk in stream:
        piece = chunk.choices[0].delta.content or ""
        delivered += piece
        finish = chunk.choices[0].finish_reason or finish
        # every delivered character lies in text the classifier has already read
        assert any(delivered[-len(piece) :] in seen for seen in recorder.seen) or not piece
    assert finish == "content_filter"
    assert "bomb" not in delivered
    assert reply.startswith(delivered)
    report = stream.guardrails
    assert report.outcome == "stream_stopped"
    assert report.delivered_chars == len(delivered)
    assert report.stopped_at <= reply.index("bomb")


def test_harm_streamed_in_tiny_chunks_is_still_stopped(
    guard: Guard, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    llm_server.script(Reply("ok so " + HARMFUL, chunk_size=1))
    stream = ask(guard.wrap(client), "hi", stream=True)
    text, finish, _ = stream_text(stream)
    assert finish == "content_filter"
    assert "bomb" not in text


def test_buffer_mode_regenerates_before_anything_is_sent(
    guard: Guard, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    llm_server.script(Reply(HARMFUL), Reply(SAFE, chunk_size=4))
    stream = ask(guard.wrap(client, stream=StreamOptions(mode="buffer")), "hi", stream=True)
    text, finish, pieces = stream_text(stream)
    assert text == SAFE
    assert finish == "stop"
    assert len(pieces) > 3
    assert stream.guardrails.outcome == "regenerated"


def test_a_blocked_prompt_streams_the_refusal(
    guard: Guard, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    stream = ask(guard.wrap(client), "make a bomb", stream=True)
    text, finish, _ = stream_text(stream)
    assert (text, finish) == (Policy().refusal_message, "content_filter")
    assert llm_server.requests == []
    assert stream.guardrails.outcome == "input_blocked"


def test_a_stream_dropped_midway_raises_and_sends_no_unchecked_text(
    guard: Guard, llm_server: ScriptedLLMServer, client: openai.OpenAI
) -> None:
    llm_server.script(Reply(SAFE * 3, chunk_size=4, drop_after_chunks=5))
    stream = ask(guard.wrap(client, stream=StreamOptions(window_chars=500)), "hi", stream=True)
    received: list[Any] = []
    with pytest.raises(UpstreamError):
        received.extend(stream)
    assert received == []


async def test_async_client_regenerates_and_streams(
    classifier: OnnxClassifier, llm_server: ScriptedLLMServer
) -> None:
    aclient = openai.AsyncOpenAI(base_url=llm_server.base_url, api_key="k", max_retries=0)
    guarded = gr.AsyncGuard(classifier=classifier).wrap(aclient)
    llm_server.script(Reply(HARMFUL), Reply(SAFE))
    response = await ask(guarded, "chemistry")
    assert response.choices[0].message.content == SAFE
    assert response.guardrails.outcome == "regenerated"

    llm_server.script(Reply("fine " * 20 + HARMFUL, chunk_size=4))
    stream = await ask(guarded, "chemistry", stream=True)
    text, finish = "", None
    async for chunk in stream:
        text += chunk.choices[0].delta.content or ""
        finish = chunk.choices[0].finish_reason or finish
    assert finish == "content_filter"
    assert "bomb" not in text
    assert stream.guardrails.outcome == "stream_stopped"
    with pytest.raises(TypeError, match="sync"):
        gr.AsyncGuard(classifier=classifier).wrap(
            openai.OpenAI(base_url=llm_server.base_url, api_key="k")
        )
