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

from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any, Literal, Self, overload

import httpx

from .._errors import ConfigurationError
from .._version import __version__
from ._retry import (
    _error_detail,
    _jsonable,
    _parse_completion,
    _RetryPolicy,
    _StatusError,
)
from ._streams import (
    AsyncChatCompletionStream,
    ChatCompletionStream,
)
from ._types import ChatCompletion

__all__ = [
    "AsyncChat",
    "AsyncCompletions",
    "AsyncOpenAICompatibleClient",
    "Chat",
    "Completions",
    "OpenAICompatibleClient",
]


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
