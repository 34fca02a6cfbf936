"""`GuardedChatModel`: any LangChain chat model, with the filter-and-regenerate loop inside."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any

from guardrails import AsyncGuard, Guard, GuardReport, Verdict
from guardrails._chat_flow import Candidate, ChatFlow, ChatOptions, ChatOutcome, Check, chat_flow
from guardrails._messages import (
    DEFAULT_STEERING,
    SteeringPlacement,
    last_user_text,
    prompt_text,
)
from guardrails._streaming import StreamOptions, WindowedStream
from langchain_core.callbacks import (
    AsyncCallbackManagerForLLMRun,
    CallbackManagerForLLMRun,
    adispatch_custom_event,
    dispatch_custom_event,
)
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.language_models.base import LangSmithParams
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    SystemMessage,
    convert_to_messages,
)
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable, RunnableBinding, RunnableConfig
from pydantic import ConfigDict, Field, PrivateAttr, model_validator

from ._common import (
    REFUSAL_FINISH,
    REPORT_EVENT,
    Checker,
    Piece,
    Stop,
    Turn,
    async_child_callbacks,
    child_callbacks,
    config_with,
    last_chunk,
    message_text,
    new_window,
    report_data,
    stop_message_chunk,
    to_turns,
)

__all__ = ["GuardedChatModel"]


class GuardedChatModel(BaseChatModel):
    """A chat model that checks the prompt, checks every reply, and regenerates per policy.

    `model` is any LangChain chat model (or one with bound tools); `guard` a `Guard` or an
    `AsyncGuard`. A call checks the prompt (never calling the model when it is blocked), asks
    the model, checks the reply (text and tool calls) with the prompt as context, and when
    the policy says regenerate asks again with a steering system message naming what was
    wrong (at the end, or where `steering_placement` says), up to `policy.max_regenerations`
    times: the core's chat flow, driven here.

    The returned `AIMessage` carries the report in `response_metadata["guardrails"]` (JSON
    data), which callbacks see in `on_llm_end`; the report is also dispatched as the custom
    event "guardrails_report". When the policy refuses, per `on_block`: the refusal as an
    `AIMessage` (finish reason "content_filter"), or `InputBlocked` / `OutputBlocked` /
    `RegenerationExhausted`.

    Streaming (`stream`, `astream`) uses `stream_options`: "window" (default) releases text
    only after a window holding it passed (no regeneration once text is out; a stream that
    breaks the policy ends with a "content_filter" chunk); "buffer" runs the whole loop,
    regeneration included, then streams the reply as one chunk. `invoke` never switches to
    streaming because a streaming callback handler is attached; set `streaming=True` for that.
    """

    model: Runnable[LanguageModelInput, BaseMessage]
    guard: Guard | AsyncGuard
    check_input: bool = True
    check_output: bool = True
    candidates: int = Field(default=1, ge=1, le=16)
    steering: str = DEFAULT_STEERING
    steering_placement: SteeringPlacement = "end"
    stream_options: StreamOptions = Field(default_factory=StreamOptions)
    streaming: bool = False

    model_config = ConfigDict(arbitrary_types_allowed=True)

    _options: ChatOptions = PrivateAttr()
    _checker: Checker = PrivateAttr()

    @model_validator(mode="after")
    def _build(self) -> GuardedChatModel:
        if not isinstance(self.model, Runnable):
            raise TypeError(f"model must be a LangChain chat model, got {type(self.model)}")
        self._options = ChatOptions(
            candidates=self.candidates,
            check_input=self.check_input,
            check_output=self.check_output,
            steering=self.steering,
            steering_placement=self.steering_placement,
        )
        self._checker = Checker(self.guard)
        return self

    @property
    def _llm_type(self) -> str:
        return "guarded-chat-model"

    @property
    def _inner_chat_model(self) -> BaseChatModel | None:
        model: Any = self.model
        while isinstance(model, RunnableBinding):
            model = model.bound
        return model if isinstance(model, BaseChatModel) else None

    @property
    def _identifying_params(self) -> dict[str, Any]:
        inner = self._inner_chat_model
        params = dict(inner._identifying_params) if inner is not None else {}
        return {**params, "guarded": True, "policy": self.guard.policy.model_dump(mode="json")}

    def _get_ls_params(self, stop: list[str] | None = None, **kwargs: Any) -> LangSmithParams:
        inner = self._inner_chat_model
        params = (
            inner._get_ls_params(stop=stop, **kwargs)
            if inner is not None
            else super()._get_ls_params(stop=stop, **kwargs)
        )
        if isinstance(kwargs.get("model"), str):
            params["ls_model_name"] = kwargs["model"]
        params.setdefault("ls_model_name", inner._llm_type if inner is not None else self._llm_type)
        return params

    # Only an explicit stream (stream(), astream(), stream=True, streaming=True) streams:
    # a streaming callback handler alone must not turn invoke() into a window-mode stream,
    # which would skip regeneration.
    def _should_stream(self, *, async_api: bool, **kwargs: Any) -> bool:
        if not (kwargs.get("stream") or self.streaming):
            return False
        return super()._should_stream(async_api=async_api, **kwargs)

    def _should_use_protocol_streaming(self, *, async_api: bool, **kwargs: Any) -> bool:
        if not (kwargs.get("stream") or self.streaming):
            return False
        parent: Callable[..., bool] | None = getattr(
            super(), "_should_use_protocol_streaming", None
        )
        return parent is not None and parent(async_api=async_api, **kwargs)

    # -- tools and structured output ----------------------------------------------------------

    def bind_tools(
        self,
        tools: Sequence[Any],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """The inner model's `bind_tools`, guarded: a `GuardedChatModel` around the bound
        model (in a `RunnableBinding`, as chat models return from `bind_tools`). Tool calls
        are checked with the reply text."""
        inner = self._inner_chat_model
        if inner is None:
            raise NotImplementedError("the inner model does not support bind_tools")
        if tool_choice is not None:
            kwargs["tool_choice"] = tool_choice
        bound = inner.bind_tools(tools, **kwargs)
        if isinstance(self.model, RunnableBinding) and isinstance(bound, RunnableBinding):
            # keep what was bound before (stop, ...), except what the new binding sets
            earlier = {k: v for k, v in self.model.kwargs.items() if k not in bound.kwargs}
            bound = bound.bind(**earlier)
        # the options and checker (private attributes) carry over: they do not depend on model
        return self.model_copy(update={"model": bound}).bind()

    # -- the loop -----------------------------------------------------------------------------

    def _flow(self, messages: list[BaseMessage]) -> ChatFlow:
        return chat_flow(self.guard.policy, to_turns(messages), self._options)

    def _model_name(self) -> str:
        return str(self._get_ls_params().get("ls_model_name", self._llm_type))

    @staticmethod
    def _conversation(messages: Sequence[Any]) -> list[BaseMessage]:
        """The flow's conversation as LangChain messages (the steering message is a dict)."""
        converted: list[BaseMessage] = []
        for message in messages:
            if isinstance(message, Turn):
                converted.append(message.message)
            elif isinstance(message, dict) and message.get("role") == "system":
                converted.append(SystemMessage(content=message["content"]))
            else:
                converted.extend(convert_to_messages([message]))
        return converted

    @staticmethod
    def _candidates(replies: Sequence[BaseMessage]) -> list[Candidate]:
        candidates = []
        for index, reply in enumerate(replies):
            if not isinstance(reply, BaseMessage):
                raise TypeError(f"the chat model returned {type(reply).__name__}, not a message")
            candidates.append(Candidate(message_text(reply), reply, index))
        return candidates

    def _invoke_inner(
        self, effect_messages: Sequence[Any], n: int, config: RunnableConfig, kwargs: Any
    ) -> list[Candidate]:
        conversation = self._conversation(effect_messages)
        if n == 1:
            return self._candidates([self.model.invoke(conversation, config, **kwargs)])
        return self._candidates(self.model.batch([conversation] * n, config, **kwargs))

    async def _ainvoke_inner(
        self, effect_messages: Sequence[Any], n: int, config: RunnableConfig, kwargs: Any
    ) -> list[Candidate]:
        conversation = self._conversation(effect_messages)
        if n == 1:
            return self._candidates([await self.model.ainvoke(conversation, config, **kwargs)])
        return self._candidates(await self.model.abatch([conversation] * n, config, **kwargs))

    def _result(self, outcome: ChatOutcome) -> ChatResult:
        data = report_data(outcome.report)
        if outcome.chosen is not None:
            reply: BaseMessage = outcome.chosen.response
            metadata = {**reply.response_metadata, "guardrails": data}
            message = reply.model_copy(update={"response_metadata": metadata})
        elif self.guard.policy.on_block == "raise":
            raise outcome.report.violation()
        else:
            message = AIMessage(
                content=self.guard.policy.refusal_message,
                response_metadata={"finish_reason": REFUSAL_FINISH, "guardrails": data},
            )
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        if stop is not None:
            kwargs["stop"] = stop
        callbacks = child_callbacks(run_manager)
        config = config_with(callbacks)
        flow = self._flow(messages)
        telemetry = self.guard.telemetry
        with telemetry.chat_span(self._model_name()) as span:
            effect = next(flow)
            while True:
                result: Any
                if isinstance(effect, Check):
                    result = self._checker.check(effect.texts, effect.stage, effect.contexts)
                else:
                    result = self._invoke_inner(effect.messages, effect.candidates, config, kwargs)
                try:
                    effect = flow.send(result)
                except StopIteration as stopped:
                    outcome: ChatOutcome = stopped.value
                    telemetry.record_chat(span, outcome.report)
                    break
        if callbacks is not None:
            dispatch_custom_event(REPORT_EVENT, report_data(outcome.report), config=config)
        return self._result(outcome)

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        if stop is not None:
            kwargs["stop"] = stop
        callbacks = async_child_callbacks(run_manager)
        config = config_with(callbacks)
        flow = self._flow(messages)
        telemetry = self.guard.telemetry
        with telemetry.chat_span(self._model_name()) as span:
            effect = next(flow)
            while True:
                result: Any
                if isinstance(effect, Check):
                    result = await self._checker.acheck(effect.texts, effect.stage, effect.contexts)
                else:
                    result = await self._ainvoke_inner(
                        effect.messages, effect.candidates, config, kwargs
                    )
                try:
                    effect = flow.send(result)
                except StopIteration as stopped:
                    outcome: ChatOutcome = stopped.value
                    telemetry.record_chat(span, outcome.report)
                    break
        if callbacks is not None:
            await adispatch_custom_event(REPORT_EVENT, report_data(outcome.report), config=config)
        return self._result(outcome)

    # -- streams ------------------------------------------------------------------------------

    def _prompt(self, messages: list[BaseMessage]) -> str:
        if not self.check_input:
            return ""
        return prompt_text(to_turns(messages), self.guard.policy.input_scope)

    def _blocked_input(self, verdict: Verdict) -> ChatGenerationChunk:
        report = GuardReport(input=verdict, outcome="input_blocked")
        if self.guard.policy.on_block == "raise":
            raise report.violation()
        message = AIMessageChunk(
            content=self.guard.policy.refusal_message,
            response_metadata={"finish_reason": REFUSAL_FINISH, "guardrails": report_data(report)},
        )
        return ChatGenerationChunk(message=message)

    def _window(self, verdict: Verdict | None) -> WindowedStream:
        return new_window(
            self.guard.policy, self.stream_options, input_verdict=verdict, model=self._model_name()
        )

    @staticmethod
    def _released(released: list[Any], state: WindowedStream) -> list[ChatGenerationChunk]:
        chunks = []
        for item in released:
            if isinstance(item, Stop):
                message = stop_message_chunk(state.report())
            else:
                original = item.original
                if isinstance(original, AIMessageChunk):
                    message = original
                    if getattr(message, "chunk_position", None) == "last":
                        message = message.model_copy(update={"chunk_position": None})
                else:
                    message = AIMessageChunk(content=str(original))
            chunks.append(ChatGenerationChunk(message=message))
        return chunks

    @staticmethod
    def _final_chunk(state: WindowedStream) -> ChatGenerationChunk:
        return ChatGenerationChunk(message=last_chunk({"guardrails": report_data(state.report())}))

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        kwargs.pop("stream", None)
        if self.stream_options.mode == "buffer":
            result = self._generate(messages, stop, run_manager, **kwargs)
            yield _as_chunk(result)
            return
        if stop is not None:
            kwargs["stop"] = stop
        verdict = None
        prompt = self._prompt(messages)
        if prompt.strip():
            (verdict,) = self._checker.check([prompt], "input")
            if not verdict.allowed:
                yield self._blocked_input(verdict)
                return
        state = self._window(verdict)
        context = last_user_text(to_turns(messages)) or None
        config = config_with(child_callbacks(run_manager))

        def decide(texts: list[str], *, final: bool = False) -> list[ChatGenerationChunk]:
            if not self.check_output or not texts:
                verdicts: list[Verdict] = []
            else:
                verdicts = self._checker.check(texts, "output", [context] * len(texts))
            return self._released(state.decide(verdicts, final=final), state)

        upstream = self.model.stream(messages, config, **kwargs)
        try:
            for chunk in upstream:
                texts = state.add(Piece.of(chunk))
                if texts is not None:
                    yield from _with_tokens(decide(texts), run_manager)
                    if state.stopped:
                        return
            yield from _with_tokens(decide(state.end(), final=True), run_manager)
            if not state.stopped:
                yield self._final_chunk(state)
        finally:
            close = getattr(upstream, "close", None)
            if close is not None:
                close()

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        kwargs.pop("stream", None)
        if self.stream_options.mode == "buffer":
            result = await self._agenerate(messages, stop, run_manager, **kwargs)
            yield _as_chunk(result)
            return
        if stop is not None:
            kwargs["stop"] = stop
        verdict = None
        prompt = self._prompt(messages)
        if prompt.strip():
            (verdict,) = await self._checker.acheck([prompt], "input")
            if not verdict.allowed:
                yield self._blocked_input(verdict)
                return
        state = self._window(verdict)
        context = last_user_text(to_turns(messages)) or None
        config = config_with(async_child_callbacks(run_manager))

        async def decide(texts: list[str], *, final: bool = False) -> list[ChatGenerationChunk]:
            if not self.check_output or not texts:
                verdicts: list[Verdict] = []
            else:
                verdicts = await self._checker.acheck(texts, "output", [context] * len(texts))
            return self._released(state.decide(verdicts, final=final), state)

        upstream = self.model.astream(messages, config, **kwargs)
        try:
            async for chunk in upstream:
                texts = state.add(Piece.of(chunk))
                if texts is not None:
                    for released in await decide(texts):
                        await _atoken(released, run_manager)
                        yield released
                    if state.stopped:
                        return
            for released in await decide(state.end(), final=True):
                await _atoken(released, run_manager)
                yield released
            if not state.stopped:
                yield self._final_chunk(state)
        finally:
            aclose = getattr(upstream, "aclose", None)
            if aclose is not None:
                await aclose()


def _as_chunk(result: ChatResult) -> ChatGenerationChunk:
    message = result.generations[0].message
    chunk = AIMessageChunk(
        content=message.content,
        id=message.id,
        response_metadata=message.response_metadata,
        additional_kwargs=message.additional_kwargs,
        tool_call_chunks=[
            {"name": c["name"], "args": _json(c["args"]), "id": c.get("id"), "index": i}
            for i, c in enumerate(getattr(message, "tool_calls", None) or ())
        ],
        usage_metadata=getattr(message, "usage_metadata", None),
    )
    return ChatGenerationChunk(message=chunk)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _with_tokens(
    chunks: list[ChatGenerationChunk], run_manager: CallbackManagerForLLMRun | None
) -> Iterator[ChatGenerationChunk]:
    for chunk in chunks:
        if run_manager is not None:
            run_manager.on_llm_new_token(chunk.text, chunk=chunk)
        yield chunk


async def _atoken(
    chunk: ChatGenerationChunk, run_manager: AsyncCallbackManagerForLLMRun | None
) -> None:
    if run_manager is not None:
        await run_manager.on_llm_new_token(chunk.text, chunk=chunk)
