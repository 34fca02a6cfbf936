"""Drivers of guarded chat calls: carry out the chat flow's effects against a real client.

`ChatDriver` (sync) and `AsyncChatDriver` share the flow (`_chat_flow`), the stream state
(`_streaming`) and the response building (`_responses`); they only do the I/O.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ._chat_flow import Candidate, ChatFlow, ChatOptions, ChatOutcome, Check, Generate, chat_flow
from ._errors import (
    ConfigurationError,
    GuardrailsError,
    PolicyViolation,
    UpstreamError,
)
from ._messages import last_user_text, prompt_text
from ._report import GuardReport
from ._responses import ResponseTypes, attach_report, candidates_from, only_choice
from ._streaming import StreamOptions, WindowedStream, chunk_text
from ._verdict import Verdict

if TYPE_CHECKING:
    from ._guard import AsyncGuard, Guard

__all__ = ["AsyncChatDriver", "AsyncGuardedStream", "ChatDriver", "GuardedStream"]

_TRANSPORT_MODULES = {"openai", "httpx", "httpcore"}


def _upstream_error(exc: Exception) -> Exception:
    """Transport and API failures of the chat model become UpstreamError; the rest stay."""
    if isinstance(exc, GuardrailsError):
        return exc
    if type(exc).__module__.split(".")[0] in _TRANSPORT_MODULES:
        error = UpstreamError(
            f"the chat model failed: {exc}", status_code=getattr(exc, "status_code", None)
        )
        error.__cause__ = exc
        return error
    return exc


def _check_params(params: Mapping[str, Any], options: ChatOptions, stream: StreamOptions) -> None:
    if "messages" not in params or "model" not in params:
        raise TypeError("create() needs model= and messages=")
    if (params.get("n") or 1) > 1:
        raise ConfigurationError(
            "n > 1 is not supported through the guard; use candidates= on guard.wrap() to pick "
            "the safest of several replies"
        )
    if params.get("stream") and stream.mode == "buffer" and options.candidates > 1:
        raise ConfigurationError("candidates > 1 cannot be combined with streaming")


class _DriverBase:
    def __init__(
        self,
        create: Callable[..., Any],
        types: ResponseTypes,
        options: ChatOptions,
        stream: StreamOptions,
    ) -> None:
        self._create = create
        self._types = types
        self._options = options
        self._stream = stream

    def _request(self, params: Mapping[str, Any], effect: Generate, stream: bool) -> dict[str, Any]:
        request = {**params, "messages": list(effect.messages), "stream": stream}
        if effect.candidates > 1:
            request["n"] = effect.candidates
        if not stream:
            request.pop("stream")
        return request

    def _deliver(self, outcome: ChatOutcome, model: str, on_block: str) -> Any:
        if outcome.chosen is not None:
            response = only_choice(outcome.chosen.response, outcome.chosen.choice)
            return attach_report(response, outcome.report)
        if on_block == "raise":
            raise outcome.report.violation()
        refusal = self._types.refusal(self._refusal_text(), model=model)
        return attach_report(refusal, outcome.report)

    def _refusal_text(self) -> str:
        raise NotImplementedError


class ChatDriver(_DriverBase):
    """Runs guarded chat calls with a sync client's `create`."""

    def __init__(
        self,
        guard: Guard,
        create: Callable[..., Any],
        types: ResponseTypes,
        options: ChatOptions,
        stream: StreamOptions,
    ) -> None:
        super().__init__(create, types, options, stream)
        self._guard = guard

    def _refusal_text(self) -> str:
        return self._guard.policy.refusal_message

    def create(self, params: Mapping[str, Any]) -> Any:
        _check_params(params, self._options, self._stream)
        if params.get("stream") and self._stream.mode == "window":
            return self._window_stream(params)
        outcome = self.run(params, streamed=bool(params.get("stream")))
        if params.get("stream"):
            return self._replay(outcome, str(params["model"]))
        return self._deliver(outcome, str(params["model"]), self._guard.policy.on_block)

    def run(self, params: Mapping[str, Any], *, streamed: bool = False) -> ChatOutcome:
        """The whole filter-and-regenerate loop for one request."""
        flow: ChatFlow = chat_flow(self._guard.policy, params["messages"], self._options)
        with self._guard.telemetry.chat_span(str(params["model"])) as span:
            effect = next(flow)
            while True:
                try:
                    result: Any = self._execute(effect, params, streamed)
                except PolicyViolation:
                    raise
                except Exception as exc:
                    raise _upstream_error(exc) from exc.__cause__
                try:
                    effect = flow.send(result)
                except StopIteration as stop:
                    outcome: ChatOutcome = stop.value
                    self._guard.telemetry.record_chat(span, outcome.report)
                    return outcome

    def _execute(self, effect: Check | Generate, params: Mapping[str, Any], streamed: bool) -> Any:
        if isinstance(effect, Check):
            return self._guard.check_batch(
                effect.texts, stage=effect.stage, contexts=effect.contexts
            )
        if streamed:
            chunks = list(self._create(**self._request(params, effect, stream=True)))
            text = "".join(_chunk_texts(chunks))
            return [Candidate(text=text, response=chunks)]
        response = self._create(**self._request(params, effect, stream=False))
        return [Candidate(text, response, index) for text, index in candidates_from(response)]

    def _replay(self, outcome: ChatOutcome, model: str) -> GuardedStream:
        if outcome.chosen is not None:
            return GuardedStream(iter(outcome.chosen.response), outcome.report)
        if self._guard.policy.on_block == "raise":
            raise outcome.report.violation()
        chunks = self._types.refusal_chunks(self._refusal_text(), model=model)
        return GuardedStream(iter(chunks), outcome.report)

    def _window_stream(self, params: Mapping[str, Any]) -> GuardedStream:
        model = str(params["model"])
        input_verdict = self._check_input(params)
        if input_verdict is not None and not input_verdict.allowed:
            report = GuardReport(input=input_verdict, outcome="input_blocked")
            if self._guard.policy.on_block == "raise":
                raise report.violation()
            chunks = self._types.refusal_chunks(self._refusal_text(), model=model)
            return GuardedStream(iter(chunks), report)
        state = WindowedStream(
            self._guard.policy, self._stream, self._types, input_verdict=input_verdict, model=model
        )
        try:
            upstream = self._create(**{**params, "stream": True})
        except Exception as exc:
            raise _upstream_error(exc) from exc
        stream = GuardedStream(self._windows(state, upstream, params), None, state=state)
        return stream

    def _check_input(self, params: Mapping[str, Any]) -> Verdict | None:
        prompt = prompt_text(params["messages"], self._guard.policy.input_scope)
        if not self._options.check_input or not prompt.strip():
            return None
        return self._guard.check(prompt, stage="input")

    def _windows(
        self, state: WindowedStream, upstream: Any, params: Mapping[str, Any]
    ) -> Iterator[Any]:
        context = _context(params)
        model = str(params["model"])
        opened = self._guard.telemetry.start_chat(model)
        try:
            for chunk in upstream:
                texts = state.add(chunk)
                if texts is not None:
                    yield from state.decide(self._verify(texts, context))
                    if state.stopped:
                        return
            yield from state.decide(self._verify(state.end(), context), final=True)
        except GuardrailsError:
            raise
        except Exception as exc:
            raise _upstream_error(exc) from exc
        finally:
            self._guard.telemetry.finish_chat(opened, model, state.report())
            close = getattr(upstream, "close", None)
            if close is not None:
                close()

    def _verify(self, texts: list[str], context: str | None) -> list[Verdict]:
        if not self._options.check_output or not texts:
            return []
        return self._guard.check_batch(texts, stage="output", contexts=[context] * len(texts))


class AsyncChatDriver(_DriverBase):
    """Runs guarded chat calls with an async client's `create`."""

    def __init__(
        self,
        guard: AsyncGuard,
        create: Callable[..., Any],
        types: ResponseTypes,
        options: ChatOptions,
        stream: StreamOptions,
    ) -> None:
        super().__init__(create, types, options, stream)
        self._guard = guard

    def _refusal_text(self) -> str:
        return self._guard.policy.refusal_message

    async def create(self, params: Mapping[str, Any]) -> Any:
        _check_params(params, self._options, self._stream)
        if params.get("stream") and self._stream.mode == "window":
            return await self._window_stream(params)
        outcome = await self.run(params, streamed=bool(params.get("stream")))
        if params.get("stream"):
            return self._replay(outcome, str(params["model"]))
        return self._deliver(outcome, str(params["model"]), self._guard.policy.on_block)

    async def run(self, params: Mapping[str, Any], *, streamed: bool = False) -> ChatOutcome:
        """The whole filter-and-regenerate loop for one request."""
        flow: ChatFlow = chat_flow(self._guard.policy, params["messages"], self._options)
        with self._guard.telemetry.chat_span(str(params["model"])) as span:
            effect = next(flow)
            while True:
                try:
                    result: Any = await self._execute(effect, params, streamed)
                except PolicyViolation:
                    raise
                except Exception as exc:
                    raise _upstream_error(exc) from exc.__cause__
                try:
                    effect = flow.send(result)
                except StopIteration as stop:
                    outcome: ChatOutcome = stop.value
                    self._guard.telemetry.record_chat(span, outcome.report)
                    return outcome

    async def _execute(
        self, effect: Check | Generate, params: Mapping[str, Any], streamed: bool
    ) -> Any:
        if isinstance(effect, Check):
            if len(effect.texts) == 1:
                context = effect.contexts[0] if effect.contexts else None
                return [
                    await self._guard.check(effect.texts[0], stage=effect.stage, context=context)
                ]
            return await self._guard.check_batch(
                effect.texts, stage=effect.stage, contexts=effect.contexts
            )
        if streamed:
            upstream = await self._create(**self._request(params, effect, stream=True))
            chunks = [chunk async for chunk in upstream]
            return [Candidate(text="".join(_chunk_texts(chunks)), response=chunks)]
        response = await self._create(**self._request(params, effect, stream=False))
        return [Candidate(text, response, index) for text, index in candidates_from(response)]

    def _replay(self, outcome: ChatOutcome, model: str) -> AsyncGuardedStream:
        if outcome.chosen is not None:
            return AsyncGuardedStream(_aiter(outcome.chosen.response), outcome.report)
        if self._guard.policy.on_block == "raise":
            raise outcome.report.violation()
        chunks = self._types.refusal_chunks(self._refusal_text(), model=model)
        return AsyncGuardedStream(_aiter(chunks), outcome.report)

    async def _window_stream(self, params: Mapping[str, Any]) -> AsyncGuardedStream:
        model = str(params["model"])
        input_verdict = await self._check_input(params)
        if input_verdict is not None and not input_verdict.allowed:
            report = GuardReport(input=input_verdict, outcome="input_blocked")
            if self._guard.policy.on_block == "raise":
                raise report.violation()
            chunks = self._types.refusal_chunks(self._refusal_text(), model=model)
            return AsyncGuardedStream(_aiter(chunks), report)
        state = WindowedStream(
            self._guard.policy, self._stream, self._types, input_verdict=input_verdict, model=model
        )
        try:
            upstream = await self._create(**{**params, "stream": True})
        except Exception as exc:
            raise _upstream_error(exc) from exc
        return AsyncGuardedStream(self._windows(state, upstream, params), None, state=state)

    async def _check_input(self, params: Mapping[str, Any]) -> Verdict | None:
        prompt = prompt_text(params["messages"], self._guard.policy.input_scope)
        if not self._options.check_input or not prompt.strip():
            return None
        return await self._guard.check(prompt, stage="input")

    async def _windows(
        self, state: WindowedStream, upstream: Any, params: Mapping[str, Any]
    ) -> AsyncIterator[Any]:
        context = _context(params)
        model = str(params["model"])
        opened = self._guard.telemetry.start_chat(model)
        try:
            async for chunk in upstream:
                texts = state.add(chunk)
                if texts is not None:
                    for released in state.decide(await self._verify(texts, context)):
                        yield released
                    if state.stopped:
                        return
            for released in state.decide(await self._verify(state.end(), context), final=True):
                yield released
        except GuardrailsError:
            raise
        except Exception as exc:
            raise _upstream_error(exc) from exc
        finally:
            self._guard.telemetry.finish_chat(opened, model, state.report())
            close = getattr(upstream, "close", None) or getattr(upstream, "aclose", None)
            if close is not None:
                result = close()
                if hasattr(result, "__await__"):
                    await result

    async def _verify(self, texts: list[str], context: str | None) -> list[Verdict]:
        if not self._options.check_output or not texts:
            return []
        return await self._guard.check_batch(texts, stage="output", contexts=[context] * len(texts))


def _chunk_texts(chunks: list[Any]) -> Iterator[str]:
    return (chunk_text(chunk) for chunk in chunks)


def _context(params: Mapping[str, Any]) -> str | None:
    return last_user_text(params["messages"]) or None


async def _aiter(items: list[Any]) -> AsyncIterator[Any]:
    for item in items:
        yield item


class _ReportingStream:
    """What both guarded streams share: the report, known once the stream has ended."""

    def __init__(self, report: GuardReport | None, state: WindowedStream | None) -> None:
        self._report = report
        self._state = state

    @property
    def guardrails(self) -> GuardReport | None:
        if self._report is None and self._state is not None and self._state.finished:
            self._report = self._state.report()
        return self._report


class GuardedStream(_ReportingStream):
    """A guarded stream of chunks. `guardrails` holds the report once the stream has ended."""

    def __init__(
        self,
        chunks: Iterator[Any],
        report: GuardReport | None,
        *,
        state: WindowedStream | None = None,
    ) -> None:
        super().__init__(report, state)
        self._chunks = chunks

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        return next(self._chunks)

    def close(self) -> None:
        close = getattr(self._chunks, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> GuardedStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncGuardedStream(_ReportingStream):
    """The async twin of `GuardedStream`."""

    def __init__(
        self,
        chunks: AsyncIterator[Any],
        report: GuardReport | None,
        *,
        state: WindowedStream | None = None,
    ) -> None:
        super().__init__(report, state)
        self._chunks = chunks

    def __aiter__(self) -> AsyncIterator[Any]:
        return self

    async def __anext__(self) -> Any:
        return await self._chunks.__anext__()

    async def aclose(self) -> None:
        aclose = getattr(self._chunks, "aclose", None)
        if aclose is not None:
            await aclose()

    async def __aenter__(self) -> AsyncGuardedStream:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
