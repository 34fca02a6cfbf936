"""Retrying chat requests with tenacity: which failures to retry, how long to wait, what fails."""

from __future__ import annotations

import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, NoReturn

import httpx
from pydantic import ValidationError
from tenacity import AsyncRetrying, RetryCallState, Retrying, retry_if_exception_type

from .._errors import UpstreamError
from ._types import ChatCompletion

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
