"""What the runnable and the chat model share: reading LangChain values, running checks,
adapting LangChain stream chunks to the core's held-back-window state, and callbacks."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from guardrails import AsyncGuard, Guard, GuardReport, Policy, Stage, Verdict
from guardrails._messages import content_text
from guardrails._responses import ResponseTypes
from guardrails._streaming import StreamOptions, WindowedStream
from langchain_core.callbacks import (
    AsyncCallbackManager,
    AsyncCallbackManagerForLLMRun,
    CallbackManager,
    CallbackManagerForLLMRun,
)
from langchain_core.messages import AIMessageChunk, BaseMessage
from langchain_core.runnables import RunnableConfig
from langchain_core.runnables.config import run_in_executor

__all__ = [
    "REFUSAL_FINISH",
    "REPORT_EVENT",
    "VERDICT_EVENT",
    "Checker",
    "Piece",
    "Turn",
    "child_callbacks",
    "chunk_text",
    "message_text",
    "new_window",
    "report_data",
    "to_turns",
]

#: The custom callback event a `GuardedChatModel` dispatches once per call, with the report.
REPORT_EVENT = "guardrails_report"
#: The custom callback event a `GuardrailRunnable` dispatches for every check it makes.
VERDICT_EVENT = "guardrails_verdict"
#: The finish reason of a refusal, and of a stream that the policy stopped (as in the core).
REFUSAL_FINISH = "content_filter"

_ROLES = {"human": "user", "ai": "assistant", "system": "system", "tool": "tool"}


def _tool_call_text(name: object, arguments: object) -> str:
    if not isinstance(arguments, str):
        arguments = json.dumps(arguments, ensure_ascii=False, sort_keys=True, default=str)
    return f"{name or ''}({arguments or ''})" if name or arguments else ""


def message_text(message: BaseMessage) -> str:
    """Everything a message says: its text content and its tool calls (name and arguments)."""
    parts = [content_text(message.content, "message content")]
    for call in getattr(message, "tool_calls", None) or ():
        parts.append(_tool_call_text(call.get("name"), call.get("args")))
    if not getattr(message, "tool_calls", None):
        for chunk in getattr(message, "tool_call_chunks", None) or ():
            parts.append(_tool_call_text(chunk.get("name"), chunk.get("args")))
    return "\n".join(part for part in parts if part)


def chunk_text(chunk: object) -> str:
    """The text one streamed piece adds: a string, or a message chunk's content and
    tool-call fragments."""
    if isinstance(chunk, str):
        return chunk
    if isinstance(chunk, BaseMessage):
        parts = [content_text(chunk.content, "message content")]
        for call in getattr(chunk, "tool_call_chunks", None) or ():
            parts.append((call.get("name") or "") + (call.get("args") or ""))
        return "".join(parts)
    raise TypeError(
        f"cannot check a stream of {type(chunk).__name__}: expected str or message chunks"
    )


@dataclass(frozen=True, slots=True)
class Turn:
    """A LangChain message as the core's chat flow reads it (`role`, `content`)."""

    message: BaseMessage

    @property
    def role(self) -> str:
        role = getattr(self.message, "role", None)  # ChatMessage carries its own role
        if isinstance(role, str):
            return "user" if role == "human" else role
        return _ROLES.get(self.message.type, self.message.type)

    @property
    def content(self) -> Any:
        return self.message.content


def to_turns(messages: Sequence[BaseMessage]) -> list[Turn]:
    return [Turn(message) for message in messages]


def report_data(report: GuardReport) -> dict[str, Any]:
    """The report as JSON-able data (what `response_metadata["guardrails"]` holds)."""
    return report.model_dump(mode="json")


class Checker:
    """Runs checks with a `Guard` or an `AsyncGuard`, from sync or async code.

    Async code awaits an `AsyncGuard`'s own checks, or runs a `Guard`'s in a worker thread.
    Sync code with an `AsyncGuard` uses a `Guard` twin sharing its classifier, policy and
    telemetry (no event loop is ever started from sync code).
    """

    def __init__(self, guard: Guard | AsyncGuard) -> None:
        if not isinstance(guard, Guard | AsyncGuard):
            raise TypeError(f"guard must be a Guard or an AsyncGuard, got {type(guard).__name__}")
        self.guard = guard
        self._twin: Guard | None = None

    @property
    def policy(self) -> Policy:
        return self.guard.policy

    @property
    def sync_guard(self) -> Guard:
        if isinstance(self.guard, Guard):
            return self.guard
        if self._twin is None:
            self._twin = Guard(
                classifier=self.guard.classifier,
                policy=self.guard.policy,
                telemetry=self.guard.telemetry,
            )
        return self._twin

    def check(
        self, texts: Sequence[str], stage: Stage, contexts: Sequence[str | None] | None = None
    ) -> list[Verdict]:
        if not texts:
            return []
        return self.sync_guard.check_batch(texts, stage=stage, contexts=contexts)

    async def acheck(
        self, texts: Sequence[str], stage: Stage, contexts: Sequence[str | None] | None = None
    ) -> list[Verdict]:
        if not texts:
            return []
        guard = self.guard
        if isinstance(guard, AsyncGuard):
            if len(texts) == 1:  # single checks share model calls through the micro-batcher
                context = contexts[0] if contexts else None
                return [await guard.check(texts[0], stage=stage, context=context)]
            return await guard.check_batch(texts, stage=stage, contexts=contexts)
        return await run_in_executor(
            None, lambda: guard.check_batch(texts, stage=stage, contexts=contexts)
        )


def child_callbacks(
    run_manager: CallbackManagerForLLMRun | None,
) -> CallbackManager | None:
    """A callback manager for runs nested in a chat model's run (LLM runs have no get_child)."""
    if run_manager is None:
        return None
    manager = CallbackManager(handlers=[], parent_run_id=run_manager.run_id)
    manager.set_handlers(run_manager.inheritable_handlers)
    manager.add_tags(run_manager.inheritable_tags)
    manager.add_metadata(run_manager.inheritable_metadata)
    return manager


def async_child_callbacks(
    run_manager: AsyncCallbackManagerForLLMRun | None,
) -> AsyncCallbackManager | None:
    if run_manager is None:
        return None
    manager = AsyncCallbackManager(handlers=[], parent_run_id=run_manager.run_id)
    manager.set_handlers(run_manager.inheritable_handlers)
    manager.add_tags(run_manager.inheritable_tags)
    manager.add_metadata(run_manager.inheritable_metadata)
    return manager


def config_with(callbacks: CallbackManager | AsyncCallbackManager | None) -> RunnableConfig:
    return RunnableConfig(callbacks=callbacks) if callbacks is not None else RunnableConfig()


# -- streams ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Delta:
    content: str
    tool_calls: None = None


@dataclass(frozen=True, slots=True)
class _Choice:
    delta: _Delta


@dataclass(frozen=True, slots=True)
class Piece:
    """One LangChain stream chunk, shaped as the core's `WindowedStream` reads chunks."""

    original: Any
    choices: tuple[_Choice, ...] = field(default=())

    @classmethod
    def of(cls, chunk: object) -> Piece:
        return cls(chunk, (_Choice(_Delta(chunk_text(chunk))),))


@dataclass(frozen=True, slots=True)
class Stop:
    """Marker released by `WindowedStream` when a window broke the policy. `text_stream`:
    the stream carried strings, not message chunks."""

    text_stream: bool


class _StreamTypes:
    """The one member of `ResponseTypes` that `WindowedStream` uses: the stop chunk."""

    def stop_chunk(self, last: object, *, model: str) -> Stop:
        return Stop(text_stream=isinstance(last, Piece) and isinstance(last.original, str))


def new_window(
    policy: Policy, options: StreamOptions, *, input_verdict: Verdict | None, model: str
) -> WindowedStream:
    types = cast(ResponseTypes, _StreamTypes())
    return WindowedStream(policy, options, types, input_verdict=input_verdict, model=model)


def stop_message_chunk(report: GuardReport) -> AIMessageChunk:
    """The chunk that ends a message stream stopped by the policy."""
    return last_chunk(
        {"finish_reason": REFUSAL_FINISH, "guardrails": report_data(report)},
    )


def last_chunk(response_metadata: dict[str, Any]) -> AIMessageChunk:
    """An empty chunk that ends a message stream (and says so, where langchain-core can)."""
    extra: dict[str, Any] = {}
    if "chunk_position" in AIMessageChunk.model_fields:  # langchain-core >= 1.0
        extra["chunk_position"] = "last"
    return AIMessageChunk(content="", response_metadata=response_metadata, **extra)
