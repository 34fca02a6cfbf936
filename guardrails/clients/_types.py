"""Pydantic models of the OpenAI chat-completions wire format, as our HTTP clients return them.

They mirror the `openai` SDK's types closely enough that code written against one works with the
other (`response.choices[0].message.content`, `chunk.choices[0].delta.tool_calls`, ...). Every model
keeps fields it does not know (`extra="allow"`): servers such as vLLM, Ollama, llama.cpp and LiteLLM
add their own, and they stay reachable as attributes and in `model_dump()`. Fields that some servers
leave out have defaults, so a terse but usable reply still parses.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = [
    "ChatCompletion",
    "ChatCompletionChunk",
    "ChatMessage",
    "Choice",
    "ChoiceDelta",
    "ChunkChoice",
    "FunctionCall",
    "FunctionCallDelta",
    "ToolCall",
    "ToolCallDelta",
    "Usage",
]


class _WireModel(BaseModel):
    """Base of the wire models: unknown fields are kept, not rejected."""

    model_config = ConfigDict(extra="allow")


class FunctionCall(_WireModel):
    """The function a tool call invokes; `arguments` is a JSON string, as the model wrote it."""

    name: str
    arguments: str = ""


class ToolCall(_WireModel):
    """One tool call in an assistant message."""

    id: str
    type: str = "function"
    function: FunctionCall


class ChatMessage(_WireModel):
    """The assistant's message in a completion choice."""

    role: str = "assistant"
    content: str | None = None
    tool_calls: list[ToolCall] | None = None
    refusal: str | None = None


class Choice(_WireModel):
    """One of the `n` alternatives of a completion."""

    index: int = 0
    message: ChatMessage
    finish_reason: str | None = None


class Usage(_WireModel):
    """Token counts of a request, as the server reports them."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


class ChatCompletion(_WireModel):
    """A complete (non-streamed) chat completion: `object == "chat.completion"`."""

    id: str = ""
    object: str = "chat.completion"
    created: int = 0
    model: str = ""
    choices: list[Choice]
    usage: Usage | None = None


class FunctionCallDelta(_WireModel):
    """A piece of a streamed tool call's function: the name first, then pieces of the arguments."""

    name: str | None = None
    arguments: str | None = None


class ToolCallDelta(_WireModel):
    """A piece of a streamed tool call; pieces with the same `index` belong to the same call."""

    index: int = 0
    id: str | None = None
    type: str | None = None
    function: FunctionCallDelta | None = None


class ChoiceDelta(_WireModel):
    """What one chunk adds to a choice's message."""

    role: str | None = None
    content: str | None = None
    tool_calls: list[ToolCallDelta] | None = None
    refusal: str | None = None


class ChunkChoice(_WireModel):
    """One choice's part of a streamed chunk; `finish_reason` is set on the choice's last chunk."""

    index: int = 0
    delta: ChoiceDelta
    finish_reason: str | None = None


class ChatCompletionChunk(_WireModel):
    """One server-sent event of a streamed completion: `object == "chat.completion.chunk"`.

    `usage` is set only on the extra last chunk a server sends when the request asked for it
    (`extra_body={"stream_options": {"include_usage": True}}`); that chunk has no choices.
    """

    id: str = ""
    object: str = "chat.completion.chunk"
    created: int = 0
    model: str = ""
    choices: list[ChunkChoice]
    usage: Usage | None = None
