"""The httpx chat clients against a scripted OpenAI-compatible server, over real loopback HTTP."""

from __future__ import annotations

import time
from collections.abc import Iterator
from email.utils import formatdate

import openai
import pytest

from guardrails import ConfigurationError, UpstreamError
from guardrails.clients import (
    AsyncChatCompletionStream,
    AsyncOpenAICompatibleClient,
    ChatCompletionChunk,
    OpenAICompatibleClient,
)

from .llm_server import Drop, Fault, Reply, ScriptedLLMServer

MESSAGES = [{"role": "user", "content": "Say hello"}]
BACKOFF, MAX_BACKOFF = 0.01, 0.05  # seconds: keep retries quick


@pytest.fixture
def client(llm_server: ScriptedLLMServer) -> Iterator[OpenAICompatibleClient]:
    with OpenAICompatibleClient(
        base_url=llm_server.base_url, backoff=BACKOFF, max_backoff=MAX_BACKOFF
    ) as llm:
        yield llm


def text_of(chunks: list[ChatCompletionChunk]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


async def collect(stream: AsyncChatCompletionStream, into: list[ChatCompletionChunk]) -> None:
    async for chunk in stream:
        into.append(chunk)


# --- sync: successful calls ---------------------------------------------------------------------


def test_completion(llm_server: ScriptedLLMServer, client: OpenAICompatibleClient) -> None:
    llm_server.script(Reply("Hello, world!"))
    reply = client.chat.completions.create(model="tiny", messages=MESSAGES)
    assert reply.object == "chat.completion"
    assert reply.model == "tiny"
    assert reply.choices[0].message.role == "assistant"
    assert reply.choices[0].message.content == "Hello, world!"
    assert reply.choices[0].finish_reason == "stop"
    assert reply.usage is not None
    assert reply.usage.completion_tokens == 2
    assert llm_server.requests == [{"model": "tiny", "messages": MESSAGES}]


def test_tool_calls(llm_server: ScriptedLLMServer, client: OpenAICompatibleClient) -> None:
    call = {"id": "call_7", "function": {"name": "get_weather", "arguments": {"city": "Oslo"}}}
    llm_server.script(Reply(tool_calls=[call], finish_reason="tool_calls"))
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}]
    reply = client.chat.completions.create(model="m", messages=MESSAGES, tools=tools)
    message = reply.choices[0].message
    assert message.content is None
    assert message.tool_calls is not None
    assert message.tool_calls[0].id == "call_7"
    assert message.tool_calls[0].function.name == "get_weather"
    assert message.tool_calls[0].function.arguments == '{"city": "Oslo"}'
    assert reply.choices[0].finish_reason == "tool_calls"
    assert llm_server.requests[0]["tools"] == tools


def test_stream_reassembles_text(
    llm_server: ScriptedLLMServer, client: OpenAICompatibleClient
) -> None:
    text = "The quick brown fox jumps over the lazy dog."
    llm_server.script(Reply(text, chunk_size=5, finish_reason="length"))
    with client.chat.completions.create(model="m", messages=MESSAGES, stream=True) as stream:
        chunks = list(stream)
    assert llm_server.requests[0]["stream"] is True
    assert chunks[0].choices[0].delta.role == "assistant"
    assert len(chunks) == 1 + 9 + 1  # role, 9 pieces of 5 characters, finish
    assert text_of(chunks) == text
    assert [c.choices[0].finish_reason for c in chunks][-2:] == [None, "length"]
    assert all(c.object == "chat.completion.chunk" and c.model == "m" for c in chunks)


def test_stream_tool_call_deltas(
    llm_server: ScriptedLLMServer, client: OpenAICompatibleClient
) -> None:
    call = {"name": "lookup", "arguments": '{"q": "onnx runtime"}'}
    llm_server.script(Reply(tool_calls=[call], chunk_size=6, finish_reason="tool_calls"))
    stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
    deltas = [d for c in stream for d in c.choices[0].delta.tool_calls or []]
    assert deltas[0].id == "call_0"
    assert deltas[0].function is not None
    assert deltas[0].function.name == "lookup"
    arguments = "".join(d.function.arguments or "" for d in deltas if d.function is not None)
    assert arguments == call["arguments"]


def test_n_choices_consume_one_step_each(
    llm_server: ScriptedLLMServer, client: OpenAICompatibleClient
) -> None:
    llm_server.script(Reply("first"), Reply("second"), then=Reply("later"))
    reply = client.chat.completions.create(model="m", messages=MESSAGES, n=2)
    assert [c.message.content for c in reply.choices] == ["first", "second"]
    assert [c.index for c in reply.choices] == [0, 1]
    later = client.chat.completions.create(model="m", messages=MESSAGES)
    assert later.choices[0].message.content == "later"


def test_closing_a_stream_early_ends_it(
    llm_server: ScriptedLLMServer, client: OpenAICompatibleClient
) -> None:
    llm_server.script(Reply("a b c d e f g h", chunk_size=1))
    stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
    assert next(stream).choices[0].delta.role == "assistant"
    stream.close()
    assert stream.response.is_closed
    assert list(stream) == []


def test_api_key_and_headers_are_sent(llm_server: ScriptedLLMServer) -> None:
    with OpenAICompatibleClient(
        base_url=llm_server.base_url, api_key="sk-test", headers={"X-Tenant": "acme"}
    ) as llm:
        llm.chat.completions.create(model="m", messages=MESSAGES)
        llm.chat.completions.create(model="m", messages=MESSAGES, stream=True).close()
    plain, streamed = llm_server.headers
    assert plain["authorization"] == "Bearer sk-test"
    assert plain["x-tenant"] == "acme"
    assert plain["accept"] == "application/json"
    assert streamed["accept"] == "text/event-stream"


def test_no_authorization_header_without_key(
    llm_server: ScriptedLLMServer, client: OpenAICompatibleClient
) -> None:
    client.chat.completions.create(model="m", messages=MESSAGES)
    assert "authorization" not in llm_server.headers[0]


def test_only_given_options_are_sent(
    llm_server: ScriptedLLMServer, client: OpenAICompatibleClient
) -> None:
    client.chat.completions.create(model="m", messages=MESSAGES, temperature=None, seed=None)
    client.chat.completions.create(
        model="m",
        messages=MESSAGES,
        temperature=0.0,
        max_tokens=16,
        stop=("END",),
        response_format={"type": "json_object"},
        extra_body={"top_k": 5, "temperature": 0.5},
    )
    bare, full = llm_server.requests
    assert bare == {"model": "m", "messages": MESSAGES}
    assert full == {
        "model": "m",
        "messages": MESSAGES,
        "temperature": 0.5,  # extra_body is merged last
        "max_tokens": 16,
        "stop": ["END"],
        "response_format": {"type": "json_object"},
        "top_k": 5,
    }


# --- sync: retries and failures -----------------------------------------------------------------


def test_429_waits_for_retry_after(
    llm_server: ScriptedLLMServer, client: OpenAICompatibleClient
) -> None:
    llm_server.script(Fault(429, retry_after=0.2), Reply("finally"))
    started = time.monotonic()
    reply = client.chat.completions.create(model="m", messages=MESSAGES)
    assert time.monotonic() - started >= 0.2
    assert reply.choices[0].message.content == "finally"
    assert len(llm_server.requests) == 2


def test_retry_after_as_http_date(
    llm_server: ScriptedLLMServer, client: OpenAICompatibleClient
) -> None:
    # An HTTP-date has whole seconds: 1.5 s ahead leaves between 0.5 and 1.5 s to wait.
    llm_server.script(Fault(429, retry_after=formatdate(time.time() + 1.5, usegmt=True)))
    started = time.monotonic()
    client.chat.completions.create(model="m", messages=MESSAGES)
    assert time.monotonic() - started >= 0.45
    assert len(llm_server.requests) == 2


def test_retry_after_beyond_the_cap_fails_at_once(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(Fault(429, retry_after=120, message="slow down"))
    with (
        OpenAICompatibleClient(base_url=llm_server.base_url, max_retry_after=30) as llm,
        pytest.raises(UpstreamError, match=r"retry after 120 s.*slow down") as caught,
    ):
        llm.chat.completions.create(model="m", messages=MESSAGES)
    assert (caught.value.status_code, caught.value.attempts) == (429, 1)
    assert len(llm_server.requests) == 1


def test_500_then_success(llm_server: ScriptedLLMServer, client: OpenAICompatibleClient) -> None:
    llm_server.script(Fault(500), Fault(502), Reply("recovered"))
    reply = client.chat.completions.create(model="m", messages=MESSAGES)
    assert reply.choices[0].message.content == "recovered"
    assert len(llm_server.requests) == 3


def test_attempts_are_bounded(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(then=Fault(503, message="overloaded"))
    with (
        OpenAICompatibleClient(
            base_url=llm_server.base_url, max_retries=2, backoff=BACKOFF, max_backoff=MAX_BACKOFF
        ) as llm,
        pytest.raises(UpstreamError) as caught,
    ):
        llm.chat.completions.create(model="m", messages=MESSAGES)
    error = caught.value
    assert (error.status_code, error.attempts) == (503, 3)
    assert str(error) == (
        f"POST {llm_server.base_url}/chat/completions: "
        "503 Service Unavailable after 3 attempts: overloaded"
    )
    assert len(llm_server.requests) == 3


def test_400_fails_at_once(llm_server: ScriptedLLMServer, client: OpenAICompatibleClient) -> None:
    llm_server.script(Fault(400, message="messages must not be empty"))
    with pytest.raises(UpstreamError, match="400 Bad Request: messages must not be empty") as e:
        client.chat.completions.create(model="m", messages=[])
    assert (e.value.status_code, e.value.attempts) == (400, 1)
    assert len(llm_server.requests) == 1


def test_timeout_is_retried_then_fails(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(then=Reply("too late", delay=0.5))
    with (
        OpenAICompatibleClient(
            base_url=llm_server.base_url,
            timeout=0.1,
            max_retries=1,
            backoff=BACKOFF,
            max_backoff=MAX_BACKOFF,
        ) as llm,
        pytest.raises(UpstreamError, match="ReadTimeout after 2 attempts") as caught,
    ):
        llm.chat.completions.create(model="m", messages=MESSAGES)
    assert (caught.value.status_code, caught.value.attempts) == (None, 2)
    assert len(llm_server.requests) == 2


def test_timeout_then_success(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(Reply("slow", delay=0.5), Reply("fast"))
    with OpenAICompatibleClient(
        base_url=llm_server.base_url, timeout=0.1, backoff=BACKOFF, max_backoff=MAX_BACKOFF
    ) as llm:
        reply = llm.chat.completions.create(model="m", messages=MESSAGES)
    assert reply.choices[0].message.content == "fast"


def test_dropped_connection_is_retried(
    llm_server: ScriptedLLMServer, client: OpenAICompatibleClient
) -> None:
    llm_server.script(Drop(), Drop(), Reply("made it"))
    reply = client.chat.completions.create(model="m", messages=MESSAGES)
    assert reply.choices[0].message.content == "made it"
    assert len(llm_server.requests) == 3


def test_connection_refused_fails_after_retries() -> None:
    server = ScriptedLLMServer().start()
    base_url = server.base_url
    server.stop()
    with (
        OpenAICompatibleClient(
            base_url=base_url, max_retries=2, backoff=BACKOFF, max_backoff=MAX_BACKOFF
        ) as llm,
        pytest.raises(UpstreamError, match="ConnectError after 3 attempts") as caught,
    ):
        llm.chat.completions.create(model="m", messages=MESSAGES)
    assert caught.value.status_code is None


def test_stream_failures_before_the_first_chunk_are_retried(
    llm_server: ScriptedLLMServer, client: OpenAICompatibleClient
) -> None:
    llm_server.script(Fault(503), Reply("x", drop_after_chunks=0), Reply("streamed"))
    with client.chat.completions.create(model="m", messages=MESSAGES, stream=True) as stream:
        assert text_of(list(stream)) == "streamed"
    assert stream.attempts == 3


def test_stream_dropped_midway_raises(
    llm_server: ScriptedLLMServer, client: OpenAICompatibleClient
) -> None:
    llm_server.script(Reply("one two three four", chunk_size=4, drop_after_chunks=3))
    received: list[ChatCompletionChunk] = []
    stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
    with pytest.raises(UpstreamError, match="stream failed after 3 chunks") as caught:
        received.extend(stream)
    assert text_of(received) == "one two "
    assert (caught.value.status_code, caught.value.attempts) == (None, 1)
    assert len(llm_server.requests) == 1  # never replayed once chunks were delivered


def test_bad_options_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        OpenAICompatibleClient(base_url="localhost:8000/v1")
    with pytest.raises(ConfigurationError, match="max_retries"):
        OpenAICompatibleClient(base_url="http://localhost:8000/v1", max_retries=-1)


# --- async ---------------------------------------------------------------------------------------


async def test_async_completion_and_stream(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(Reply("Hello, async!"), Reply("streaming along", chunk_size=3))
    async with AsyncOpenAICompatibleClient(base_url=llm_server.base_url, api_key="k") as llm:
        reply = await llm.chat.completions.create(model="m", messages=MESSAGES)
        stream = await llm.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        async with stream:
            chunks = [chunk async for chunk in stream]
    assert reply.choices[0].message.content == "Hello, async!"
    assert text_of(chunks) == "streaming along"
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert llm_server.headers[0]["authorization"] == "Bearer k"


async def test_async_retries(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(Fault(429, retry_after=0.2), Drop(), Fault(500), Reply("done"))
    async with AsyncOpenAICompatibleClient(
        base_url=llm_server.base_url, backoff=BACKOFF, max_backoff=MAX_BACKOFF
    ) as llm:
        started = time.monotonic()
        stream = await llm.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        chunks = [chunk async for chunk in stream]
    assert time.monotonic() - started >= 0.2
    assert text_of(chunks) == "done"
    assert stream.attempts == 4


async def test_async_failures(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(Fault(404, message="no such model"), then=Fault(503))
    async with AsyncOpenAICompatibleClient(
        base_url=llm_server.base_url, max_retries=1, backoff=BACKOFF, max_backoff=MAX_BACKOFF
    ) as llm:
        with pytest.raises(UpstreamError, match="404 Not Found: no such model") as caught:
            await llm.chat.completions.create(model="m", messages=MESSAGES)
        assert (caught.value.status_code, caught.value.attempts) == (404, 1)
        with pytest.raises(UpstreamError, match="503 Service Unavailable after 2") as caught:
            await llm.chat.completions.create(model="m", messages=MESSAGES)
        assert (caught.value.status_code, caught.value.attempts) == (503, 2)
    assert len(llm_server.requests) == 3


async def test_async_timeout(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(then=Reply("too late", delay=0.5))
    async with AsyncOpenAICompatibleClient(
        base_url=llm_server.base_url,
        timeout=0.1,
        max_retries=1,
        backoff=BACKOFF,
        max_backoff=MAX_BACKOFF,
    ) as llm:
        with pytest.raises(UpstreamError, match="ReadTimeout after 2 attempts"):
            await llm.chat.completions.create(model="m", messages=MESSAGES)


async def test_async_stream_dropped_midway_raises(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(Reply("abcdefghijkl", chunk_size=2, drop_after_chunks=2))
    received: list[ChatCompletionChunk] = []
    async with AsyncOpenAICompatibleClient(
        base_url=llm_server.base_url, backoff=BACKOFF, max_backoff=MAX_BACKOFF
    ) as llm:
        stream = await llm.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        with pytest.raises(UpstreamError, match="stream failed after 2 chunks"):
            await collect(stream, received)
    assert text_of(received) == "ab"
    assert len(llm_server.requests) == 1


# --- the real openai SDK against the test server -------------------------------------------------


def test_openai_sdk(llm_server: ScriptedLLMServer) -> None:
    call = {"name": "f", "arguments": {"x": 1}}
    llm_server.script(
        Reply("Hi from the SDK", tool_calls=[call], finish_reason="tool_calls"),
        Reply("streamed by the SDK", chunk_size=4),
    )
    sdk = openai.OpenAI(base_url=llm_server.base_url, api_key="test", max_retries=0)
    reply = sdk.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    assert reply.model == "m"
    assert reply.choices[0].message.content == "Hi from the SDK"
    tool_calls = reply.choices[0].message.tool_calls
    assert tool_calls is not None
    assert tool_calls[0].type == "function"
    assert tool_calls[0].function.arguments == '{"x": 1}'
    assert reply.usage is not None
    assert reply.usage.total_tokens > 0
    stream = sdk.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    chunks = list(stream)
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == "streamed by the SDK"
    assert chunks[-1].choices[0].finish_reason == "stop"
    sdk.close()


async def test_async_openai_sdk(llm_server: ScriptedLLMServer) -> None:
    llm_server.script(Reply("Hi, async SDK"), Reply("async SDK stream", chunk_size=5))
    sdk = openai.AsyncOpenAI(base_url=llm_server.base_url, api_key="test", max_retries=0)
    reply = await sdk.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}]
    )
    assert reply.choices[0].message.content == "Hi, async SDK"
    stream = await sdk.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    pieces = [c.choices[0].delta.content or "" async for c in stream]
    assert "".join(pieces) == "async SDK stream"
    await sdk.close()
