"""Building responses of the wrapped client's own types: refusals, stop chunks, one choice."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Any

from ._messages import reply_text

__all__ = ["ResponseTypes", "attach_report", "candidates_from", "only_choice"]

REFUSAL_FINISH = "content_filter"


@dataclass(frozen=True)
class ResponseTypes:
    """The response classes of one client family (the openai SDK's, or ours)."""

    completion: Any
    choice: Any
    message: Any
    chunk: Any
    chunk_choice: Any
    delta: Any

    @classmethod
    def for_client(cls, client: Any) -> ResponseTypes:
        """The openai SDK's types for openai clients, ours for everything else."""
        if type(client).__module__.split(".")[0] == "openai":
            from openai.types.chat import (
                ChatCompletion,
                ChatCompletionChunk,
                ChatCompletionMessage,
                chat_completion,
                chat_completion_chunk,
            )

            return cls(
                ChatCompletion,
                chat_completion.Choice,
                ChatCompletionMessage,
                ChatCompletionChunk,
                chat_completion_chunk.Choice,
                chat_completion_chunk.ChoiceDelta,
            )
        from .clients import _types

        return cls(
            _types.ChatCompletion,
            _types.Choice,
            _types.ChatMessage,
            _types.ChatCompletionChunk,
            _types.ChunkChoice,
            _types.ChoiceDelta,
        )

    def refusal(self, text: str, *, model: str) -> Any:
        """A completion whose only choice is `text`, finished by the content filter."""
        return self.completion(
            id=_refusal_id(),
            object="chat.completion",
            created=int(time.time()),
            model=model,
            choices=[
                self.choice(
                    index=0,
                    message=self.message(role="assistant", content=text),
                    finish_reason=REFUSAL_FINISH,
                )
            ],
        )

    def refusal_chunks(self, text: str, *, model: str) -> list[Any]:
        """The refusal as a stream: one chunk with the text, one that ends the stream."""
        first = self._chunk(_refusal_id(), model, self.delta(role="assistant", content=text), None)
        return [first, self._chunk(first.id, model, self.delta(), REFUSAL_FINISH)]

    def stop_chunk(self, last: Any, *, model: str) -> Any:
        """The chunk that ends a stream stopped by the policy."""
        chunk_id = getattr(last, "id", None) or _refusal_id()
        return self._chunk(
            chunk_id, getattr(last, "model", None) or model, self.delta(), REFUSAL_FINISH
        )

    def _chunk(self, chunk_id: str, model: str, delta: Any, finish_reason: str | None) -> Any:
        return self.chunk(
            id=chunk_id,
            object="chat.completion.chunk",
            created=int(time.time()),
            model=model,
            choices=[self.chunk_choice(index=0, delta=delta, finish_reason=finish_reason)],
        )


def _refusal_id() -> str:
    return f"chatcmpl-guardrails-{uuid.uuid4().hex[:24]}"


def candidates_from(response: Any) -> list[tuple[str, int]]:
    """(text to check, choice index) for every choice of a completion."""
    choices = getattr(response, "choices", None)
    if choices is None:
        raise TypeError(f"the chat model returned {type(response).__name__}, not a chat completion")
    return [(reply_text(choice.message), index) for index, choice in enumerate(choices)]


def only_choice(response: Any, index: int) -> Any:
    """The response with just choice `index`, renumbered 0 (a no-op for a single choice)."""
    if len(response.choices) == 1:
        return response
    choice = response.choices[index].model_copy(update={"index": 0})
    return response.model_copy(update={"choices": [choice]})


def attach_report(response: Any, report: Any) -> Any:
    """Set `response.guardrails = report` (pydantic models with extra fields allowed)."""
    try:
        response.guardrails = report
    except (AttributeError, TypeError, ValueError):
        object.__setattr__(response, "guardrails", report)
    return response
