from __future__ import annotations

from typing import Any

import pytest
from conftest import HARMFUL, SAFE, script
from guardrails import InputBlocked, OutputBlocked, RegenerationExhausted, StreamOptions
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnableBinding, RunnableLambda
from pydantic import BaseModel

from guardrails_langchain import REPORT_EVENT, GuardedChatModel

LONG_SAFE = f"{SAFE} and let it cool. {SAFE} again tomorrow."
HARMFUL_TAIL = f"{SAFE} and then build the bomb"


def report(message: Any) -> dict[str, Any]:
    return message.response_metadata["guardrails"]


def test_safe_reply_passes_with_report(guard):
    inner = script(SAFE)
    reply = GuardedChatModel(model=inner, guard=guard).invoke("How do I bake bread?")
    assert reply.content == SAFE
    assert report(reply)["outcome"] == "allowed"
    assert report(reply)["attempts"] == 1
    assert report(reply)["input"]["action"] == "allow"
    assert len(inner.seen) == 1


def test_harmful_then_safe_is_regenerated_with_steering(guard):
    inner = script(HARMFUL, SAFE)
    reply = GuardedChatModel(model=inner, guard=guard).invoke([HumanMessage("How to bake?")])
    assert reply.content == SAFE
    data = report(reply)
    assert data["outcome"] == "regenerated"
    assert [v["action"] for v in data["outputs"]] == ["regenerate", "allow"]
    first, second = inner.seen
    assert first == [HumanMessage("How to bake?")]
    assert isinstance(second[-1], SystemMessage)
    assert "violence (severe)" in second[-1].content
    assert second[:-1] == first


def test_steering_can_join_the_last_user_turn(guard):
    inner = script(HARMFUL, SAFE)
    model = GuardedChatModel(model=inner, guard=guard, steering_placement="user")
    reply = model.invoke([SystemMessage("Be brief."), HumanMessage("How to bake?")])
    assert reply.content == SAFE
    _, second = inner.seen
    assert [type(m) for m in second] == [SystemMessage, HumanMessage]
    assert second[0] == SystemMessage("Be brief.")
    assert second[1].content.startswith("How to bake?\n\nA safety check")


def test_always_harmful_is_refused(make_guard):
    inner = script(HARMFUL, HARMFUL)
    model = GuardedChatModel(model=inner, guard=make_guard(max_regenerations=1))
    reply = model.invoke("How to bake?")
    assert reply.content == "I can't help with that request."
    assert reply.response_metadata["finish_reason"] == "content_filter"
    assert report(reply)["outcome"] == "exhausted"
    assert len(inner.seen) == 2


def test_always_harmful_raises_when_the_policy_says_raise(make_guard):
    model = GuardedChatModel(
        model=script(HARMFUL, HARMFUL), guard=make_guard(max_regenerations=1, on_block="raise")
    )
    with pytest.raises(RegenerationExhausted, match="violence") as caught:
        model.invoke("How to bake?")
    assert len(caught.value.verdicts) == 3  # the input and both replies


def test_blocked_prompt_never_reaches_the_model(guard, raising_guard):
    inner = script(SAFE)
    reply = GuardedChatModel(model=inner, guard=guard).invoke("how to build a bomb")
    assert reply.content == guard.policy.refusal_message
    assert report(reply)["outcome"] == "input_blocked"
    with pytest.raises(InputBlocked):
        GuardedChatModel(model=inner, guard=raising_guard).invoke("how to build a bomb")
    assert inner.seen == []


def test_in_a_prompt_template_chain(guard):
    prompt = ChatPromptTemplate.from_messages([("system", "Be brief."), ("human", "{question}")])
    chain = prompt | GuardedChatModel(model=script(HARMFUL, SAFE), guard=guard) | StrOutputParser()
    assert chain.invoke({"question": "How do I bake bread?"}) == SAFE


def test_batch(guard):
    model = GuardedChatModel(model=script(SAFE, HARMFUL, SAFE), guard=guard)
    replies = model.batch(["bake bread?", "how to build a bomb"], config={"max_concurrency": 1})
    assert replies[0].content == SAFE
    assert report(replies[1])["outcome"] == "input_blocked"


async def test_ainvoke_with_async_guard(async_guard):
    inner = script(HARMFUL, SAFE)
    reply = await GuardedChatModel(model=inner, guard=async_guard).ainvoke("How to bake?")
    assert reply.content == SAFE
    assert report(reply)["outcome"] == "regenerated"


async def test_abatch_with_sync_guard(guard):
    model = GuardedChatModel(model=script(SAFE, SAFE), guard=guard)
    replies = await model.abatch(["bake?", "cake?"])
    assert [r.content for r in replies] == [SAFE, SAFE]


def test_sync_invoke_with_async_guard(async_guard):
    reply = GuardedChatModel(model=script(HARMFUL, SAFE), guard=async_guard).invoke("bake?")
    assert reply.content == SAFE


def test_stream_releases_checked_windows(guard):
    model = GuardedChatModel(
        model=script(LONG_SAFE), guard=guard, stream_options=StreamOptions(window_chars=12)
    )
    chunks = list(model.stream("How to bake?"))
    assert len(chunks) > 5
    assert "".join(str(c.content) for c in chunks) == LONG_SAFE
    merged = chunks[0]
    for chunk in chunks[1:]:
        merged += chunk
    assert report(merged)["outcome"] == "allowed"
    assert len(report(merged)["outputs"]) > 3  # several windows, then the whole reply


def test_stream_stops_at_a_harmful_window(guard, raising_guard):
    options = StreamOptions(window_chars=12)
    model = GuardedChatModel(model=script(HARMFUL_TAIL), guard=guard, stream_options=options)
    chunks = list(model.stream("How to bake?"))
    text = "".join(str(c.content) for c in chunks)
    assert "bomb" not in text
    assert text.startswith(SAFE)
    assert HARMFUL_TAIL.startswith(text)
    assert chunks[-1].response_metadata["finish_reason"] == "content_filter"
    assert report(chunks[-1])["outcome"] == "stream_stopped"
    model = GuardedChatModel(
        model=script(HARMFUL_TAIL), guard=raising_guard, stream_options=options
    )
    with pytest.raises(OutputBlocked):
        list(model.stream("How to bake?"))


def test_stream_of_a_blocked_prompt_is_the_refusal(guard):
    inner = script(SAFE)
    chunks = list(GuardedChatModel(model=inner, guard=guard).stream("build a bomb"))
    assert "".join(str(c.content) for c in chunks) == guard.policy.refusal_message
    assert inner.seen == []


async def test_astream_with_async_guard(async_guard):
    model = GuardedChatModel(
        model=script(HARMFUL_TAIL), guard=async_guard, stream_options=StreamOptions(window_chars=12)
    )
    chunks = [chunk async for chunk in model.astream("How to bake?")]
    assert "bomb" not in "".join(str(c.content) for c in chunks)
    assert chunks[-1].response_metadata["finish_reason"] == "content_filter"


def test_buffer_stream_regenerates(guard):
    model = GuardedChatModel(
        model=script(HARMFUL, SAFE), guard=guard, stream_options=StreamOptions(mode="buffer")
    )
    chunks = list(model.stream("How to bake?"))
    assert "".join(str(c.content) for c in chunks) == SAFE


def lookup(query: str) -> str:
    """Look something up."""
    return query


def tool_reply(query: str) -> AIMessage:
    return AIMessage(
        content="", tool_calls=[{"name": "lookup", "args": {"query": query}, "id": "c1"}]
    )


def test_bind_tools_passes_tools_through_and_checks_tool_calls(guard):
    inner = script(tool_reply("build the bomb"), tool_reply("bread recipe"))
    bound = GuardedChatModel(model=inner, guard=guard).bind_tools([lookup], tool_choice="any")
    assert isinstance(bound, RunnableBinding)
    assert isinstance(bound.bound, GuardedChatModel)
    tools = bound.bound.model.kwargs["tools"]
    assert tools[0]["function"]["name"] == "lookup"
    reply = bound.invoke("find a bread recipe")
    assert reply.tool_calls[0]["args"] == {"query": "bread recipe"}
    assert report(reply)["outcome"] == "regenerated"  # the tool call's arguments were checked


class Answer(BaseModel):
    text: str


def test_with_structured_output(guard):
    reply = AIMessage(
        content="", tool_calls=[{"name": "Answer", "args": {"text": SAFE}, "id": "1"}]
    )
    model = GuardedChatModel(model=script(reply), guard=guard)
    assert model.with_structured_output(Answer).invoke("bake?") == Answer(text=SAFE)


class Recorder(BaseCallbackHandler):
    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []
        self.ends: list[Any] = []
        self.llm_starts = 0

    def on_custom_event(self, name: str, data: Any, **kwargs: Any) -> None:
        self.events.append((name, data))

    def on_chat_model_start(self, *args: Any, **kwargs: Any) -> None:
        self.llm_starts += 1

    def on_llm_end(self, response: Any, **kwargs: Any) -> None:
        self.ends.append(response)


def test_callbacks_receive_the_report(guard):
    recorder = Recorder()
    model = GuardedChatModel(model=script(HARMFUL, SAFE), guard=guard)
    model.invoke("How to bake?", config={"callbacks": [recorder]})
    (event,) = [data for name, data in recorder.events if name == REPORT_EVENT]
    assert event["outcome"] == "regenerated"
    assert recorder.llm_starts == 3  # the guarded run and the inner model's two runs
    final = recorder.ends[-1].generations[0][0].message
    assert report(final)["outcome"] == "regenerated"


async def test_async_callbacks_receive_the_report(async_guard):
    recorder = Recorder()
    model = GuardedChatModel(model=script(SAFE), guard=async_guard)
    await model.ainvoke("How to bake?", config={"callbacks": [recorder]})
    assert [data["outcome"] for name, data in recorder.events if name == REPORT_EVENT] == [
        "allowed"
    ]


def test_stream_report_reaches_on_llm_end(guard):
    recorder = Recorder()
    model = GuardedChatModel(model=script(SAFE), guard=guard)
    list(model.stream("How to bake?", config={"callbacks": [recorder]}))
    final = recorder.ends[-1].generations[0][0].message
    assert report(final)["outcome"] == "allowed"


async def test_invoke_still_regenerates_under_astream_events(guard):
    # astream_events attaches a streaming handler, which would switch a plain chat model's
    # invoke() to streaming (window mode, no regeneration); GuardedChatModel keeps the loop.
    model = GuardedChatModel(model=script(HARMFUL, SAFE), guard=guard)
    chain = RunnableLambda(model.invoke)
    events = [e async for e in chain.astream_events("bake?", version="v2")]
    (end,) = [e for e in events if e["event"] == "on_chain_end"]
    assert end["data"]["output"].content == SAFE


def test_rejects_a_non_model():
    with pytest.raises(ValueError, match="model"):
        GuardedChatModel(model="gpt", guard=None)  # type: ignore[arg-type]
