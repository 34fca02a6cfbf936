"""Server-sent-event streams of chat-completion chunks, sync and async."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import Self

import httpx
from pydantic import ValidationError

from .._errors import UpstreamError
from ._retry import _MAX_DETAIL, _StatusError, _transport_detail
from ._types import ChatCompletionChunk

__all__ = ["AsyncChatCompletionStream", "ChatCompletionStream"]


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
        close_lines = getattr(self._lines, "close", None)
        if close_lines is not None:
            close_lines()  # finish httpx's line generator now, not at garbage collection
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
        close_lines = getattr(self._lines, "aclose", None)
        if close_lines is not None:
            await close_lines()  # finish httpx's line generator now, not at garbage collection
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
