"""Clients for any OpenAI-compatible chat-completions server (vLLM, Ollama, llama.cpp, LiteLLM)::

    from guardrails.clients import OpenAICompatibleClient

    with OpenAICompatibleClient(base_url="http://localhost:8000/v1") as llm:
        reply = llm.chat.completions.create(model="m", messages=[{"role": "user", "content": "Hi"}])
        with llm.chat.completions.create(model="m", messages=..., stream=True) as stream:
            for chunk in stream: ...

The shape is the `openai` SDK's (`client.chat.completions.create`), so a guard wraps either the
same way. tenacity retries timeouts, refused or dropped connections, 429 (honouring Retry-After)
and 5xx; any other failure, or the last one when the attempts run out, raises `UpstreamError`.
A stream is retried only until its first chunk has arrived; after that a broken connection raises
`UpstreamError` from the iterator instead of ending the stream early.
"""

from __future__ import annotations

import json
import random
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any, Literal, NoReturn, Self, overload

import httpx
from pydantic import ValidationError
from tenacity import AsyncRetrying, RetryCallState, Retrying, retry_if_exception_type

from .._errors import ConfigurationError, UpstreamError
from .._version import __version__
from ._types import ChatCompletion, ChatCompletionChunk

__all__ = [
    "AsyncChat",
    "AsyncChatCompletionStream",
    "AsyncCompletions",
    "AsyncOpenAICompatibleClient",
    "Chat",
    "ChatCompletionStream",
    "Completions",
    "OpenAICompatibleClient",
]

# Transport failures worth another attempt: the server did not answer, or the connection broke.
_TRANSIENT = (
    httpx.TimeoutException,
    httpx.ConnectError,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)
_MAX_DETAIL = 500  # characters of a server's error body quoted in an UpstreamError


class _StatusError(Exception):
    """An HTTP error answer, or a 2xx answer we cannot use. Internal: becomes an UpstreamError."""

    def __init__(self, response: httpx.Response, detail: str) -> None:
        super().__init__(detail)
        self.status_code = response.status_code
        self.reason = response.reason_phrase
        self.detail = detail
        self.retry_after = _retry_after(response.headers)

    @property
    def retryable(self) -> bool:
        return self.status_code == 429 or self.status_code >= 500


def _error_detail(response: httpx.Response) -> str:
    """The server's error message: OpenAI's {"error": {"message": ...}}, a variant, or the text."""
    text = response.text.strip()
    try:
        payload = json.loads(text)
    except ValueError:
        payload = None
    if isinstance(payload, dict):
        error = payload.get("error", payload)
        message = error.get("message", error.get("detail")) if isinstance(error, dict) else error
        if isinstance(message, str) and message:
            return message
    if len(text) > _MAX_DETAIL:
        return text[:_MAX_DETAIL] + "..."
    return text or "(empty body)"


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds the server asked us to wait (Retry-After-Ms, Retry-After seconds or HTTP-date)."""
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return max(0.0, float(value) * scale)
        except ValueError:
            pass
    value = headers.get("retry-after")
    try:
        when = parsedate_to_datetime(value) if value else None
    except (TypeError, ValueError):
        when = None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _jsonable(value: Any) -> Any:
    """Mappings and sequences (other than strings) as plain dicts and lists, for the JSON body."""
    if isinstance(value, Mapping):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, str | bytes):
        return [_jsonable(item) for item in value]
    return value


def _parse_completion(response: httpx.Response) -> ChatCompletion:
    try:
        return ChatCompletion.model_validate_json(response.content)
    except ValidationError as exc:
        detail = f"the response is not a chat completion: {_error_detail(response)}"
        raise _StatusError(response, detail) from exc


def _transport_detail(exc: BaseException, after: str = "") -> str:
    """The failure as "ReadTimeout: timed out"; `after` (" after 3 attempts") follows the name."""
    text = str(exc)
    return f"{type(exc).__name__}{after}: {text}" if text else f"{type(exc).__name__}{after}"


@dataclass(frozen=True)
class _RetryPolicy:
    """When to try a request again and how long to wait first; builds tenacity controllers."""

    url: str
    max_retries: int
    backoff: float
    max_backoff: float
    max_retry_after: float

    def sync(self) -> Retrying:
        return Retrying(
            retry=retry_if_exception_type((_StatusError, httpx.TransportError)),
            stop=self._stop,
            wait=self._wait,
            retry_error_callback=self._give_up,
        )

    def asynchronous(self) -> AsyncRetrying:
        return AsyncRetrying(
            retry=retry_if_exception_type((_StatusError, httpx.TransportError)),
            stop=self._stop,
            wait=self._wait,
            retry_error_callback=self._give_up,
        )

    def _stop(self, state: RetryCallState) -> bool:
        failure = _failure(state)
        if isinstance(failure, _StatusError):
            if not failure.retryable:
                return True
            if failure.retry_after is not None and failure.retry_after > self.max_retry_after:
                return True
        elif not isinstance(failure, _TRANSIENT):
            return True
        return state.attempt_number > self.max_retries

    def _wait(self, state: RetryCallState) -> float:
        failure = _failure(state)
        if isinstance(failure, _StatusError) and failure.retry_after is not None:
            return failure.retry_after
        ceiling = min(self.max_backoff, self.backoff * 2 ** (state.attempt_number - 1))
        return random.uniform(ceiling / 2, ceiling)

    def _give_up(self, state: RetryCallState) -> NoReturn:
        failure = _failure(state)
        attempts = state.attempt_number
        after = f" after {attempts} attempts" if attempts > 1 else ""
        if isinstance(failure, _StatusError):
            detail = failure.detail
            too_long = (
                failure.retry_after is not None and failure.retry_after > self.max_retry_after
            )
            if failure.retryable and too_long:
                detail = (
                    f"the server asked to retry after {failure.retry_after:g} s, more than "
                    f"max_retry_after={self.max_retry_after:g} s: {detail}"
                )
            raise UpstreamError(
                f"POST {self.url}: {failure.status_code} {failure.reason}{after}: {detail}",
                status_code=failure.status_code,
                attempts=attempts,
            ) from failure
        raise UpstreamError(
            f"POST {self.url}: {_transport_detail(failure, after)}", attempts=attempts
        ) from failure


def _failure(state: RetryCallState) -> _StatusError | httpx.TransportError:
    """The exception of the attempt that just failed (the retry predicate admits only these)."""
    failure = state.outcome.exception() if state.outcome is not None else None
    assert isinstance(failure, _StatusError | httpx.TransportError)
    return failure


class _EventParser:
    """Turns the lines of a server-sent-events body into chunks and knows when it is complete."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self._data: list[str] = []
        self.done = False  # `data: [DONE]` was received
        self._finished = False  # some choice had a finish_reason

    def feed(self, line: str) -> ChatCompletionChunk | None:
        """Takes one line; returns a chunk when the line completes an event that carries one."""
        if not line:
            return self._dispatch()
        field, _, value = line.partition(":")
        if field == "data":
            self._data.append(value.removeprefix(" "))
        return None

    def end(self) -> ChatCompletionChunk | None:
        """Called at the end of the body: the last pending chunk, if any; raises if cut short."""
        chunk = self._dispatch()
        if not (self.done or self._finished):
            raise httpx.RemoteProtocolError("the event stream ended before `data: [DONE]`")
        return chunk

    def _dispatch(self) -> ChatCompletionChunk | None:
        if not self._data:
            return None
        data = "\n".join(self._data)
        self._data.clear()
        if data.strip() == "[DONE]":
            self.done = True
            return None
        try:
            payload = json.loads(data)
            if isinstance(payload, dict) and "error" in payload and "choices" not in payload:
                error = payload["error"]
                message = error.get("message") if isinstance(error, dict) else error
                raise _StatusError(self._response, f"error event: {message or data}")
            chunk = ChatCompletionChunk.model_validate(payload)
        except (ValueError, ValidationError) as exc:
            raise _StatusError(self._response, f"invalid event: {data[:_MAX_DETAIL]}") from exc
        if any(choice.finish_reason is not None for choice in chunk.choices):
            self._finished = True
        return chunk


class _StreamState:
    """What the sync and async streams share: the parser, counters and error messages."""

    def __init__(self, response: httpx.Response, url: str) -> None:
        self.response = response
        self.url = url
        self.parser = _EventParser(response)
        self.first: ChatCompletionChunk | None = None
        self.received = 0
        self.attempts = 1
        self.closed = False

    def error(self, failure: _StatusError | httpx.TransportError) -> UpstreamError:
        if isinstance(failure, _StatusError):
            detail = failure.detail
            status: int | None = failure.status_code
        else:
            detail = f"the connection broke: {_transport_detail(failure)}"
            status = None
        return UpstreamError(
            f"POST {self.url}: stream failed after {self.received} chunks: {detail}",
            status_code=status,
            attempts=self.attempts,
        )


class ChatCompletionStream:
    """A streamed completion: iterate it for `ChatCompletionChunk`s; close it when you stop early.

    `response` is the open httpx response and `attempts` how many requests it took to open it.
    Iterating raises `UpstreamError` if the connection breaks or the server sends an error event.
    """

    def __init__(self, response: httpx.Response, *, url: str) -> None:
        self._state = _StreamState(response, url)
        self._lines = response.iter_lines()

    @property
    def response(self) -> httpx.Response:
        return self._state.response

    @property
    def attempts(self) -> int:
        return self._state.attempts

    def _prime(self) -> None:
        """Reads the first chunk; failures here propagate raw so that the request is retried."""
        try:
            self._state.first = self._read()
        except BaseException:
            self.close()
            raise

    def _read(self) -> ChatCompletionChunk | None:
        parser = self._state.parser
        for line in self._lines:
            chunk = parser.feed(line)
            if chunk is not None or parser.done:
                return chunk
        return parser.end()

    def __iter__(self) -> Iterator[ChatCompletionChunk]:
        return self

    def __next__(self) -> ChatCompletionChunk:
        state = self._state
        chunk, state.first = state.first, None
        if chunk is None and not state.closed and not state.parser.done:
            try:
                chunk = self._read()
            except (_StatusError, httpx.TransportError) as exc:
                self.close()
                raise state.error(exc) from exc
        if chunk is None:
            self.close()
            raise StopIteration
        state.received += 1
        return chunk

    def close(self) -> None:
        """Closes the connection; further iteration ends at once."""
        self._state.closed = True
        self._state.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncChatCompletionStream:
    """The async `ChatCompletionStream`: `async for` it; `aclose()` it when you stop early."""

    def __init__(self, response: httpx.Response, *, url: str) -> None:
        self._state = _StreamState(response, url)
        self._lines = response.aiter_lines()

    @property
    def response(self) -> httpx.Response:
        return self._state.response

    @property
    def attempts(self) -> int:
        return self._state.attempts

    async def _prime(self) -> None:
        """Reads the first chunk; failures here propagate raw so that the request is retried."""
        try:
            self._state.first = await self._read()
        except BaseException:
            await self.aclose()
            raise

    async def _read(self) -> ChatCompletionChunk | None:
        parser = self._state.parser
        async for line in self._lines:
            chunk = parser.feed(line)
            if chunk is not None or parser.done:
                return chunk
        return parser.end()

    def __aiter__(self) -> AsyncIterator[ChatCompletionChunk]:
        return self

    async def __anext__(self) -> ChatCompletionChunk:
        state = self._state
        chunk, state.first = state.first, None
        if chunk is None and not state.closed and not state.parser.done:
            try:
                chunk = await self._read()
            except (_StatusError, httpx.TransportError) as exc:
                await self.aclose()
                raise state.error(exc) from exc
        if chunk is None:
            await self.aclose()
            raise StopAsyncIteration
        state.received += 1
        return chunk

    async def aclose(self) -> None:
        """Closes the connection; further iteration ends at once."""
        self._state.closed = True
        await self._state.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class _Endpoint:
    """The settings both clients share, and the requests they build (no I/O here)."""

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str | None,
        timeout: float,
        max_retries: int,
        backoff: float,
        max_backoff: float,
        max_retry_after: float,
        headers: Mapping[str, str] | None,
    ) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ConfigurationError(f"base_url must start with http:// or https://: {base_url!r}")
        for name, value in (("timeout", timeout), ("max_retry_after", max_retry_after)):
            if not value > 0:
                raise ConfigurationError(f"{name} must be a positive number of seconds: {value!r}")
        if max_retries < 0:
            raise ConfigurationError(f"max_retries must be 0 or more: {max_retries!r}")
        if not 0 <= backoff <= max_backoff:
            raise ConfigurationError(
                f"backoff and max_backoff must satisfy 0 <= backoff <= max_backoff: "
                f"{backoff!r}, {max_backoff!r}"
            )
        self.base_url = base_url.rstrip("/")
        self.url = f"{self.base_url}/chat/completions"
        self.timeout = httpx.Timeout(timeout)
        self.headers = {"User-Agent": f"guardrails-middleware/{__version__}"}
        if api_key is not None:
            self.headers["Authorization"] = f"Bearer {api_key}"
        self.headers.update(headers or {})
        self.policy = _RetryPolicy(self.url, max_retries, backoff, max_backoff, max_retry_after)

    def headers_for(self, *, stream: bool) -> dict[str, str]:
        accept = "text/event-stream" if stream else "application/json"
        return {"Accept": accept, **self.headers}


def _request_body(
    *,
    model: str,
    messages: Sequence[Mapping[str, Any]],
    stream: bool,
    options: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The JSON body of a request: options that are None are left out; extra_body goes last."""
    body: dict[str, Any] = {"model": model, "messages": _jsonable(messages)}
    if stream:
        body["stream"] = True
    body.update({key: _jsonable(value) for key, value in options.items() if value is not None})
    body.update(_jsonable(extra_body or {}))
    return body


class OpenAICompatibleClient:
    """A sync client for an OpenAI-compatible server; `client.chat.completions.create(...)`.

    `max_retries` counts the attempts after the first; waits between them grow exponentially from
    `backoff` up to `max_backoff` seconds, with jitter, unless the server sends Retry-After: that
    wait is honoured as asked, and a request asked to wait more than `max_retry_after` seconds
    fails at once. `timeout` applies to every request, also on an injected `http_client` (which
    this client then does not close).
    """

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str | None = None,
        timeout: float = 60.0,
        max_retries: int = 3,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        max_retry_after: float = 60.0,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._endpoint = _Endpoint(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            backoff=backoff,
            max_backoff=max_backoff,
            max_retry_after=max_retry_after,
            headers=headers,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()
        self.chat = Chat(self)

    @property
    def base_url(self) -> str:
        return self._endpoint.base_url

    def _send(self, body: dict[str, Any], *, stream: bool) -> httpx.Response:
        endpoint = self._endpoint
        request = self._http.build_request(
            "POST",
            endpoint.url,
            json=body,
            headers=endpoint.headers_for(stream=stream),
            timeout=endpoint.timeout,
        )
        response = self._http.send(request, stream=stream)
        if response.is_success:
            return response
        try:
            response.read()
            raise _StatusError(response, _error_detail(response))
        finally:
            response.close()

    def _complete_once(self, body: dict[str, Any]) -> ChatCompletion:
        return _parse_completion(self._send(body, stream=False))

    def _open_stream_once(self, body: dict[str, Any]) -> ChatCompletionStream:
        stream = ChatCompletionStream(self._send(body, stream=True), url=self._endpoint.url)
        stream._prime()
        return stream

    def _complete(self, body: dict[str, Any]) -> ChatCompletion:
        return self._endpoint.policy.sync()(self._complete_once, body)

    def _stream(self, body: dict[str, Any]) -> ChatCompletionStream:
        retrying = self._endpoint.policy.sync()
        stream = retrying(self._open_stream_once, body)
        stream._state.attempts = retrying.statistics["attempt_number"]
        return stream

    def close(self) -> None:
        """Closes the connection pool (not an injected `http_client`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncOpenAICompatibleClient:
    """The async `OpenAICompatibleClient`: `await client.chat.completions.create(...)`."""

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str | None = None,
        timeout: float = 60.0,
        max_retries: int = 3,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        max_retry_after: float = 60.0,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._endpoint = _Endpoint(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            max_retries=max_retries,
            backoff=backoff,
            max_backoff=max_backoff,
            max_retry_after=max_retry_after,
            headers=headers,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient()
        self.chat = AsyncChat(self)

    @property
    def base_url(self) -> str:
        return self._endpoint.base_url

    async def _send(self, body: dict[str, Any], *, stream: bool) -> httpx.Response:
        endpoint = self._endpoint
        request = self._http.build_request(
            "POST",
            endpoint.url,
            json=body,
            headers=endpoint.headers_for(stream=stream),
            timeout=endpoint.timeout,
        )
        response = await self._http.send(request, stream=stream)
        if response.is_success:
            return response
        try:
            await response.aread()
            raise _StatusError(response, _error_detail(response))
        finally:
            await response.aclose()

    async def _complete_once(self, body: dict[str, Any]) -> ChatCompletion:
        return _parse_completion(await self._send(body, stream=False))

    async def _open_stream_once(self, body: dict[str, Any]) -> AsyncChatCompletionStream:
        response = await self._send(body, stream=True)
        stream = AsyncChatCompletionStream(response, url=self._endpoint.url)
        await stream._prime()
        return stream

    async def _complete(self, body: dict[str, Any]) -> ChatCompletion:
        completion: ChatCompletion = await self._endpoint.policy.asynchronous()(
            self._complete_once, body
        )
        return completion

    async def _stream(self, body: dict[str, Any]) -> AsyncChatCompletionStream:
        retrying = self._endpoint.policy.asynchronous()
        stream: AsyncChatCompletionStream = await retrying(self._open_stream_once, body)
        stream._state.attempts = retrying.statistics["attempt_number"]
        return stream

    async def aclose(self) -> None:
        """Closes the connection pool (not an injected `http_client`)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class Chat:
    """`client.chat`: holds `completions`, as in the openai SDK."""

    def __init__(self, client: OpenAICompatibleClient) -> None:
        self.completions = Completions(client)


class AsyncChat:
    """`client.chat` of the async client: holds `completions`, as in the openai SDK."""

    def __init__(self, client: AsyncOpenAICompatibleClient) -> None:
        self.completions = AsyncCompletions(client)


class Completions:
    """`client.chat.completions`: `create(...)` a completion, or a stream with `stream=True`."""

    def __init__(self, client: OpenAICompatibleClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Sequence[Mapping[str, Any]],
        stream: Literal[False] = False,
        temperature: float | None = None,
        top_p: float | None = None,
        max_tokens: int | None = None,
        n: int | None = None,
        stop: str | Sequence[str] | None = None,
        tools: Sequence[Mapping[str, Any]] | None = None,
        tool_choice: str | Mapping[str, Any] | None = None,
        response_format: Mapping[str, Any] | None = None,
        seed: int | None = None,
        user: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ChatCompletion: ...

    @overload
    def create(
        self,
        *,
        model: str,
        messages: Sequence[Mapping[str, Any]],
        stream: Literal[True],
        temperature: float | None = None,
        top_p: float | None = None,
        max_tokens: int | None = None,
        n: int | None = None,
        stop: str | Sequence[str] | None = None,
        tools: Sequence[Mapping[str, Any]] | None = None,
        tool_choice: str | Mapping[str, Any] | None = None,
        response_format: Mapping[str, Any] | None = None,
        seed: int | None = None,
        user: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ChatCompletionStream: ...

    def create(
        self,
        *,
        model: str,
        messages: Sequence[Mapping[str, Any]],
        stream: bool = False,
        temperature: float | None = None,
        top_p: float | None = None,
        max_tokens: int | None = None,
        n: int | None = None,
        stop: str | Sequence[str] | None = None,
        tools: Sequence[Mapping[str, Any]] | None = None,
        tool_choice: str | Mapping[str, Any] | None = None,
        response_format: Mapping[str, Any] | None = None,
        seed: int | None = None,
        user: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ChatCompletion | ChatCompletionStream:
        """POSTs to `{base_url}/chat/completions`; options left as None are not sent.

        `extra_body` is merged into the JSON body last, for server-specific options.
        Raises `UpstreamError` when the server fails after the retries, or at once on a 4xx.
        """
        body = _request_body(
            model=model,
            messages=messages,
            stream=stream,
            options={
                "temperature": temperature,
                "top_p": top_p,
                "max_tokens": max_tokens,
                "n": n,
                "stop": stop,
                "tools": tools,
                "tool_choice": tool_choice,
                "response_format": response_format,
                "seed": seed,
                "user": user,
            },
            extra_body=extra_body,
        )
        return self._client._stream(body) if stream else self._client._complete(body)


class AsyncCompletions:
    """`client.chat.completions` of the async client: `await create(...)`."""

    def __init__(self, client: AsyncOpenAICompatibleClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[Mapping[str, Any]],
        stream: Literal[False] = False,
        temperature: float | None = None,
        top_p: float | None = None,
        max_tokens: int | None = None,
        n: int | None = None,
        stop: str | Sequence[str] | None = None,
        tools: Sequence[Mapping[str, Any]] | None = None,
        tool_choice: str | Mapping[str, Any] | None = None,
        response_format: Mapping[str, Any] | None = None,
        seed: int | None = None,
        user: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ChatCompletion: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[Mapping[str, Any]],
        stream: Literal[True],
        temperature: float | None = None,
        top_p: float | None = None,
        max_tokens: int | None = None,
        n: int | None = None,
        stop: str | Sequence[str] | None = None,
        tools: Sequence[Mapping[str, Any]] | None = None,
        tool_choice: str | Mapping[str, Any] | None = None,
        response_format: Mapping[str, Any] | None = None,
        seed: int | None = None,
        user: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncChatCompletionStream: ...

    async def create(
        self,
        *,
        model: str,
        messages: Sequence[Mapping[str, Any]],
        stream: bool = False,
        temperature: float | None = None,
        top_p: float | None = None,
        max_tokens: int | None = None,
        n: int | None = None,
        stop: str | Sequence[str] | None = None,
        tools: Sequence[Mapping[str, Any]] | None = None,
        tool_choice: str | Mapping[str, Any] | None = None,
        response_format: Mapping[str, Any] | None = None,
        seed: int | None = None,
        user: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ChatCompletion | AsyncChatCompletionStream:
        """POSTs to `{base_url}/chat/completions`; options left as None are not sent.

        `extra_body` is merged into the JSON body last, for server-specific options.
        Raises `UpstreamError` when the server fails after the retries, or at once on a 4xx.
        """
        body = _request_body(
            model=model,
            messages=messages,
            stream=stream,
            options={
                "temperature": temperature,
                "top_p": top_p,
                "max_tokens": max_tokens,
                "n": n,
                "stop": stop,
                "tools": tools,
                "tool_choice": tool_choice,
                "response_format": response_format,
                "seed": seed,
                "user": user,
            },
            extra_body=extra_body,
        )
        return await (self._client._stream(body) if stream else self._client._complete(body))
