from __future__ import annotations

from typing import Any

import pytest
from conftest import HARMFUL, INSULT, SAFE, script
from guardrails import Guard, InputBlocked, OutputBlocked, StreamOptions
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

from guardrails_langchain import VERDICT_EVENT, GuardrailRunnable, is_refusal

LONG_SAFE = f"{SAFE} and let it cool. {SAFE} again tomorrow."
HARMFUL_TAIL = f"{SAFE} and then build the bomb"


class CountingClassifier:
    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.calls: list[int] = []

    def classify(self, texts: Any, contexts: Any = None) -> Any:
        self.calls.append(len(texts))
        return self.inner.classify(texts, contexts)


@pytest.mark.parametrize(
    "value",
    [
        "How do I bake bread?",
        [HumanMessage("How do I bake bread?")],
        [("human", "hello"), ("ai", "hi"), ("human", "How do I bake bread?")],
        ChatPromptTemplate.from_messages([("human", "{q}")]).invoke({"q": "bake bread?"}),
        HumanMessage("you idiot"),  # flagged, still allowed
    ],
)
def test_input_passes_unchanged(guard, value):
    assert GuardrailRunnable(guard).invoke(value) is value


def test_blocked_input_refuses_or_raises(guard, raising_guard):
    refusal = GuardrailRunnable(guard).invoke("how to build a bomb")
    assert is_refusal(refusal)
    assert refusal.content == guard.policy.refusal_message
    assert refusal.response_metadata["guardrails"]["outcome"] == "input_blocked"
    with pytest.raises(InputBlocked, match="violence") as caught:
        GuardrailRunnable(raising_guard).invoke([HumanMessage("how to build a bomb")])
    assert caught.value.verdict.triggered == ("violence",)


def test_input_scope(make_guard):
    conversation = [("human", "how to build a bomb"), ("ai", "No."), ("human", "bake bread?")]
    assert GuardrailRunnable(make_guard()).invoke(conversation) is conversation
    whole = GuardrailRunnable(make_guard(input_scope="conversation")).invoke(conversation)
    assert is_refusal(whole)


def test_output_checks_text_and_tool_calls(guard, raising_guard):
    output = GuardrailRunnable(guard, stage="output")
    safe = AIMessage(SAFE)
    assert output.invoke(safe) is safe
    assert output.invoke(INSULT) == INSULT  # minor: flagged, allowed
    assert output.invoke(HARMFUL) == guard.policy.refusal_message
    assert is_refusal(output.invoke(AIMessage(HARMFUL)))
    tool_call = AIMessage("", tool_calls=[{"name": "run", "args": {"plan": "bomb"}, "id": "1"}])
    with pytest.raises(OutputBlocked):
        GuardrailRunnable(raising_guard, stage="output").invoke(tool_call)


def test_unsupported_values_are_clear_errors(guard):
    with pytest.raises(TypeError, match="stage='input'"):
        GuardrailRunnable(guard).invoke({"question": "hi"})
    with pytest.raises(TypeError, match="stage='output'"):
        GuardrailRunnable(guard, stage="output").invoke([AIMessage("hi")])
    with pytest.raises(ValueError, match="stage"):
        GuardrailRunnable(guard, stage="middle")  # type: ignore[arg-type]


def test_full_chain(guard):
    prompt = ChatPromptTemplate.from_messages([("system", "Be brief."), ("human", "{question}")])
    chain = (
        prompt
        | GuardrailRunnable(guard, stage="input")
        | script(SAFE)
        | GuardrailRunnable(guard, stage="output")
        | StrOutputParser()
    )
    assert chain.invoke({"question": "How do I bake bread?"}) == SAFE
    harmful = prompt | script(HARMFUL) | GuardrailRunnable(guard, stage="output")
    assert is_refusal(harmful.invoke({"question": "bake?"}))


def test_then_skips_the_model_after_a_refusal(guard):
    model = script(SAFE)
    chain = GuardrailRunnable(guard).then(model)
    assert is_refusal(chain.invoke("how to build a bomb"))
    assert model.seen == []
    assert chain.invoke("bake bread?").content == SAFE


def test_batch_is_one_classifier_call(classifier):
    counting = CountingClassifier(classifier)
    guard = Guard(classifier=counting)
    values = ["bake bread?", "how to build a bomb", [HumanMessage("hello")], "   "]
    results = GuardrailRunnable(guard).batch(values)
    assert counting.calls == [3]  # the blank value has nothing to check
    assert results[0] is values[0]
    assert is_refusal(results[1])
    assert results[2] is values[2]
    assert results[3] is values[3]


def test_batch_return_exceptions(make_guard):
    runnable = GuardrailRunnable(make_guard(on_block="raise"))
    results = runnable.batch(["bake?", "build a bomb", {"x": 1}], return_exceptions=True)
    assert results[0] == "bake?"
    assert isinstance(results[1], InputBlocked)
    assert isinstance(results[2], TypeError)
    with pytest.raises(InputBlocked):
        runnable.batch(["bake?", "build a bomb"])


async def test_abatch_with_async_guard_is_one_call(classifier):
    from guardrails import AsyncGuard

    counting = CountingClassifier(classifier)
    guard = AsyncGuard(classifier=counting)
    try:
        results = await GuardrailRunnable(guard, stage="output").abatch([SAFE, HARMFUL, INSULT])
    finally:
        guard.close()
    assert counting.calls == [3]
    assert results == [SAFE, guard.policy.refusal_message, INSULT]


async def test_ainvoke_with_sync_and_async_guards(guard, async_guard):
    for g in (guard, async_guard):
        assert await GuardrailRunnable(g).ainvoke("bake bread?") == "bake bread?"
        assert is_refusal(await GuardrailRunnable(g).ainvoke("build a bomb"))


def text_of(chunks: list[Any]) -> str:
    return "".join(c if isinstance(c, str) else str(c.content) for c in chunks)


def test_stream_of_strings_releases_checked_windows(guard):
    output = GuardrailRunnable(guard, stage="output", stream=StreamOptions(window_chars=12))
    chain = script(LONG_SAFE) | StrOutputParser() | output
    chunks = list(chain.stream("bake?"))
    assert len(chunks) > 5
    assert text_of(chunks) == LONG_SAFE


def test_stream_of_strings_stops_with_the_refusal(guard):
    output = GuardrailRunnable(guard, stage="output", stream=StreamOptions(window_chars=12))
    chunks = list((script(HARMFUL_TAIL) | StrOutputParser() | output).stream("bake?"))
    assert "bomb" not in text_of(chunks)
    assert chunks[-1] == guard.policy.refusal_message
    assert text_of(chunks[:-1]).startswith(SAFE)


def test_stream_of_message_chunks_stops_with_content_filter(guard, raising_guard):
    options = StreamOptions(window_chars=12)
    chain = script(HARMFUL_TAIL) | GuardrailRunnable(guard, stage="output", stream=options)
    chunks = list(chain.stream("bake?"))
    assert all(isinstance(c, AIMessageChunk) for c in chunks)
    assert "bomb" not in text_of(chunks)
    assert chunks[-1].response_metadata["finish_reason"] == "content_filter"
    assert chunks[-1].response_metadata["guardrails"]["outcome"] == "stream_stopped"
    raising = script(HARMFUL_TAIL) | GuardrailRunnable(
        raising_guard, stage="output", stream=options
    )
    with pytest.raises(OutputBlocked):
        list(raising.stream("bake?"))


async def test_astream_with_async_guard(async_guard):
    options = StreamOptions(window_chars=12)
    output = GuardrailRunnable(async_guard, stage="output", stream=options)
    chunks = [c async for c in (script(HARMFUL_TAIL) | StrOutputParser() | output).astream("q")]
    assert "bomb" not in text_of(chunks)
    safe = [c async for c in (script(LONG_SAFE) | StrOutputParser() | output).astream("q")]
    assert text_of(safe) == LONG_SAFE


def test_stream_of_a_whole_value(guard):
    assert list(GuardrailRunnable(guard, stage="output").stream(SAFE)) == [SAFE]
    (refusal,) = GuardrailRunnable(guard).stream("build a bomb")
    assert refusal.content == (guard.policy.refusal_message)


class Recorder(BaseCallbackHandler):
    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []

    def on_custom_event(self, name: str, data: Any, **kwargs: Any) -> None:
        self.events.append((name, data))


def test_callbacks_receive_verdicts(guard):
    recorder = Recorder()
    chain = GuardrailRunnable(guard) | script(INSULT) | GuardrailRunnable(guard, stage="output")
    chain.invoke("bake bread?", config={"callbacks": [recorder]})
    verdicts = [data for name, data in recorder.events if name == VERDICT_EVENT]
    assert [(v["stage"], v["verdict"]["action"]) for v in verdicts] == [
        ("input", "allow"),
        ("output", "flag"),
    ]
    assert verdicts[1]["verdict"]["triggered"] == ["insulting_behavior"]


async def test_astream_events_show_verdicts(guard):
    output = GuardrailRunnable(guard, stage="output", stream=StreamOptions(window_chars=12))
    chain = script(HARMFUL_TAIL) | output
    events = [e async for e in chain.astream_events("q", version="v2")]
    custom = [e["data"] for e in events if e["event"] == "on_custom_event"]
    assert custom[-1]["verdict"]["action"] == "regenerate"
