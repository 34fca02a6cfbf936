"""`GuardrailRunnable`: a checkpoint in a LangChain chain, before or after the model."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any

from guardrails import AsyncGuard, Guard, GuardReport, InputBlocked, OutputBlocked, Stage, Verdict
from guardrails._messages import prompt_text
from guardrails._streaming import StreamOptions, WindowedStream
from langchain_core.callbacks import (
    AsyncCallbackManagerForChainRun,
    CallbackManagerForChainRun,
    adispatch_custom_event,
    dispatch_custom_event,
)
from langchain_core.messages import AIMessage, BaseMessage, convert_to_messages
from langchain_core.prompt_values import PromptValue
from langchain_core.runnables import (
    Runnable,
    RunnableBranch,
    RunnableConfig,
    RunnablePassthrough,
)

from ._common import (
    REFUSAL_FINISH,
    VERDICT_EVENT,
    Checker,
    Piece,
    Stop,
    message_text,
    new_window,
    report_data,
    stop_message_chunk,
    to_turns,
)

__all__ = ["GuardrailRunnable", "is_refusal"]


def is_refusal(value: object) -> bool:
    """True for the refusal message a guard returned in place of a blocked value."""
    if not isinstance(value, AIMessage):
        return False
    metadata = value.response_metadata
    return metadata.get("finish_reason") == REFUSAL_FINISH and "guardrails" in metadata


class GuardrailRunnable(Runnable[Any, Any]):
    """Checks what passes through a chain and passes it on unchanged, or stops it.

    `stage="input"` reads a string, a `PromptValue`, a list of messages or one message: in a
    list it checks the latest human message (every human message when the policy's
    `input_scope` is "conversation"). `stage="output"` reads a string or a message (an
    `AIMessage`: its text and its tool calls' arguments).

    When the policy does not let the value pass (a block, or at the output stage a
    regenerate verdict, since only `GuardedChatModel` can regenerate), then per `on_block`:

    - "raise": `InputBlocked` / `OutputBlocked`, carrying the verdict;
    - "refuse": the policy's refusal instead of the value. At the output stage it has the
      value's shape (a string for a string, else an `AIMessage`). At the input stage it is an
      `AIMessage` (finish reason "content_filter", the verdict in `response_metadata`): the
      answer the user gets. To skip the model instead of feeding it the refusal, put the rest
      of the chain behind the guard with `input_guard.then(model | parser)`, or use
      `GuardedChatModel`, which never calls the model for a blocked prompt.

    Streams (`stream`, `astream`, `transform`, and chain streaming) are checked at the output
    stage with held-back windows like the core: a chunk is released only after a window
    holding its text passed. A stream that breaks the policy ends with a chunk whose finish
    reason is "content_filter" (for a string stream: the refusal text), or raises.

    Every check reaches callbacks as the custom event "guardrails_verdict".
    """

    def __init__(
        self,
        guard: Guard | AsyncGuard,
        *,
        stage: Stage = "input",
        stream: StreamOptions | None = None,
        name: str | None = None,
    ) -> None:
        if stage not in ("input", "output"):
            raise ValueError(f"stage must be 'input' or 'output', got {stage!r}")
        if stream is not None and not isinstance(stream, StreamOptions):
            raise TypeError(f"stream must be a StreamOptions, got {type(stream).__name__}")
        self._checker = Checker(guard)
        self.guard = guard
        self.stage: Stage = stage
        self.stream_options = stream or StreamOptions()
        self.name = name or f"guardrails_{stage}"

    def __repr__(self) -> str:
        return f"GuardrailRunnable(guard={self.guard!r}, stage={self.stage!r})"

    def then(self, runnable: Runnable[Any, Any]) -> Runnable[Any, Any]:
        """This guard followed by `runnable`, which is skipped when the guard refused: the
        refusal `AIMessage` is then the result."""
        return self | RunnableBranch((is_refusal, RunnablePassthrough()), runnable)

    # -- reading values ------------------------------------------------------------------------

    def _text(self, value: Any) -> str:
        if isinstance(value, str):
            return value
        if self.stage == "output":
            if isinstance(value, BaseMessage):
                return message_text(value)
            raise TypeError(
                "GuardrailRunnable(stage='output') takes a str or a message (AIMessage), "
                f"got {type(value).__name__}"
            )
        if isinstance(value, BaseMessage):
            return message_text(value)
        if isinstance(value, PromptValue):
            messages = value.to_messages()
        elif isinstance(value, Sequence):
            messages = convert_to_messages(value)
        else:
            raise TypeError(
                "GuardrailRunnable(stage='input') takes a str, a PromptValue, a list of "
                f"messages or a message, got {type(value).__name__}"
            )
        return prompt_text(to_turns(messages), self._checker.policy.input_scope)

    # -- deciding ------------------------------------------------------------------------------

    def _event(self, verdict: Verdict) -> dict[str, Any]:
        return {"stage": self.stage, "verdict": verdict.model_dump(mode="json")}

    def _violation(self, verdict: Verdict) -> InputBlocked | OutputBlocked:
        detail = f" ({', '.join(verdict.triggered)})" if verdict.triggered else ""
        if self.stage == "input":
            return InputBlocked("the user's message was blocked" + detail, [verdict])
        return OutputBlocked("the model's reply was blocked" + detail, [verdict])

    def _refusal(self, value: Any, verdict: Verdict) -> Any:
        refusal = self._checker.policy.refusal_message
        if self.stage == "output" and isinstance(value, str):
            return refusal
        report = GuardReport(
            input=verdict if self.stage == "input" else None,
            outputs=(verdict,) if self.stage == "output" else (),
            attempts=0 if self.stage == "input" else 1,
            outcome="input_blocked" if self.stage == "input" else "output_blocked",
        )
        return AIMessage(
            content=refusal,
            response_metadata={"finish_reason": REFUSAL_FINISH, "guardrails": report_data(report)},
        )

    def _decide(self, value: Any, verdict: Verdict | None) -> Any:
        if verdict is None or verdict.allowed:
            return value
        if self._checker.policy.on_block == "raise":
            raise self._violation(verdict)
        return self._refusal(value, verdict)

    def _prepare(self, values: Sequence[Any]) -> tuple[list[str | Exception | None], list[int]]:
        """Per value: its text (None when blank: nothing to check) or the error reading it."""
        texts: list[str | Exception | None] = []
        for value in values:
            try:
                text = self._text(value)
            except (TypeError, ValueError) as exc:
                texts.append(exc)
                continue
            texts.append(text if text.strip() else None)
        return texts, [i for i, text in enumerate(texts) if isinstance(text, str)]

    def _finish(
        self,
        values: Sequence[Any],
        texts: list[str | Exception | None],
        verdicts: dict[int, Verdict],
    ) -> list[Any]:
        results: list[Any] = []
        for index, value in enumerate(values):
            text = texts[index]
            if isinstance(text, Exception):
                results.append(text)
                continue
            try:
                results.append(self._decide(value, verdicts.get(index)))
            except (InputBlocked, OutputBlocked) as exc:
                results.append(exc)
        return results

    # -- invoke and batch ----------------------------------------------------------------------

    def invoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> Any:
        return self._call_with_config(self._run_batch_of_one, input, config)

    async def ainvoke(
        self,
        input: Any,
        config: RunnableConfig | None = None,
        **kwargs: Any,
    ) -> Any:
        return await self._acall_with_config(self._arun_batch_of_one, input, config)

    def _run_batch_of_one(
        self, value: Any, run_manager: CallbackManagerForChainRun, config: RunnableConfig
    ) -> Any:
        (result,) = self._run_batch([value], run_manager=[run_manager], config=[config])
        if isinstance(result, Exception):
            raise result
        return result

    async def _arun_batch_of_one(
        self, value: Any, run_manager: AsyncCallbackManagerForChainRun, config: RunnableConfig
    ) -> Any:
        (result,) = await self._arun_batch([value], run_manager=[run_manager], config=[config])
        if isinstance(result, Exception):
            raise result
        return result

    def _run_batch(
        self,
        values: list[Any],
        run_manager: list[CallbackManagerForChainRun],
        config: list[RunnableConfig],
    ) -> list[Any]:
        texts, to_check = self._prepare(values)
        checked = self._checker.check([str(texts[i]) for i in to_check], self.stage)
        verdicts = dict(zip(to_check, checked, strict=True))
        for index, verdict in verdicts.items():
            dispatch_custom_event(VERDICT_EVENT, self._event(verdict), config=config[index])
        return self._finish(values, texts, verdicts)

    async def _arun_batch(
        self,
        values: list[Any],
        run_manager: list[AsyncCallbackManagerForChainRun],
        config: list[RunnableConfig],
    ) -> list[Any]:
        texts, to_check = self._prepare(values)
        checked = await self._checker.acheck([str(texts[i]) for i in to_check], self.stage)
        verdicts = dict(zip(to_check, checked, strict=True))
        for index, verdict in verdicts.items():
            await adispatch_custom_event(VERDICT_EVENT, self._event(verdict), config=config[index])
        return self._finish(values, texts, verdicts)

    def batch(
        self,
        inputs: list[Any],
        config: RunnableConfig | list[RunnableConfig] | None = None,
        *,
        return_exceptions: bool = False,
        **kwargs: Any | None,
    ) -> list[Any]:
        """Every value checked in one classifier call."""
        if not inputs:
            return []
        return self._batch_with_config(
            self._run_batch, inputs, config, return_exceptions=return_exceptions
        )

    async def abatch(
        self,
        inputs: list[Any],
        config: RunnableConfig | list[RunnableConfig] | None = None,
        *,
        return_exceptions: bool = False,
        **kwargs: Any | None,
    ) -> list[Any]:
        """Every value checked in one classifier call."""
        if not inputs:
            return []
        return await self._abatch_with_config(
            self._arun_batch, inputs, config, return_exceptions=return_exceptions
        )

    # -- streams -------------------------------------------------------------------------------

    def stream(
        self,
        input: Any,
        config: RunnableConfig | None = None,
        **kwargs: Any | None,
    ) -> Iterator[Any]:
        if self.stage == "input":
            yield self.invoke(input, config)
            return
        yield from self.transform(iter([input]), config)

    async def astream(
        self,
        input: Any,
        config: RunnableConfig | None = None,
        **kwargs: Any | None,
    ) -> AsyncIterator[Any]:
        if self.stage == "input":
            yield await self.ainvoke(input, config)
            return

        async def one() -> AsyncIterator[Any]:
            yield input

        async for chunk in self.atransform(one(), config):
            yield chunk

    def transform(
        self,
        input: Iterator[Any],
        config: RunnableConfig | None = None,
        **kwargs: Any | None,
    ) -> Iterator[Any]:
        if self.stage == "input":  # the whole input is needed: gather it, then check it
            yield from super().transform(input, config, **kwargs)
            return
        yield from self._transform_stream_with_config(input, self._windows, config)

    async def atransform(
        self,
        input: AsyncIterator[Any],
        config: RunnableConfig | None = None,
        **kwargs: Any | None,
    ) -> AsyncIterator[Any]:
        if self.stage == "input":
            chunk: Any
            async for chunk in super().atransform(input, config, **kwargs):
                yield chunk
            return
        async for chunk in self._atransform_stream_with_config(input, self._awindows, config):
            yield chunk

    def _new_window(self) -> WindowedStream:
        policy = self._checker.policy
        return new_window(policy, self.stream_options, input_verdict=None, model="")

    def _released(self, released: list[Any], state: WindowedStream) -> Iterator[Any]:
        for item in released:
            if isinstance(item, Stop):
                if item.text_stream:
                    yield self._checker.policy.refusal_message
                else:
                    yield stop_message_chunk(state.report())
            else:
                yield item.original

    def _windows(
        self, chunks: Iterator[Any], run_manager: CallbackManagerForChainRun, config: RunnableConfig
    ) -> Iterator[Any]:
        state = self._new_window()

        def decide(texts: list[str], *, final: bool = False) -> list[Any]:
            verdicts = self._checker.check(texts, "output")
            for verdict in verdicts:
                dispatch_custom_event(VERDICT_EVENT, self._event(verdict), config=config)
            return state.decide(verdicts, final=final)

        for chunk in chunks:
            texts = state.add(Piece.of(chunk))
            if texts is not None:
                yield from self._released(decide(texts), state)
                if state.stopped:
                    return
        yield from self._released(decide(state.end(), final=True), state)

    async def _awindows(
        self,
        chunks: AsyncIterator[Any],
        run_manager: AsyncCallbackManagerForChainRun,
        config: RunnableConfig,
    ) -> AsyncIterator[Any]:
        state = self._new_window()

        async def decide(texts: list[str], *, final: bool = False) -> list[Any]:
            verdicts = await self._checker.acheck(texts, "output")
            for verdict in verdicts:
                await adispatch_custom_event(VERDICT_EVENT, self._event(verdict), config=config)
            return state.decide(verdicts, final=final)

        async for chunk in chunks:
            texts = state.add(Piece.of(chunk))
            if texts is not None:
                for item in self._released(await decide(texts), state):
                    yield item
                if state.stopped:
                    return
        for item in self._released(await decide(state.end(), final=True), state):
            yield item

    @property
    def InputType(self) -> Any:  # noqa: N802
        return Any

    @property
    def OutputType(self) -> Any:  # noqa: N802
        return Any
