"""Reading chat messages and replies: which text to check, and the steering message."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, get_args

from ._taxonomy import Severity
from ._verdict import Verdict

__all__ = [
    "DEFAULT_STEERING",
    "STEERING_PLACEMENTS",
    "InputScope",
    "SteeringPlacement",
    "content_text",
    "delta_text",
    "last_user_text",
    "place_steering",
    "prompt_text",
    "reply_text",
    "steering_message",
]

InputScope = Literal["last_user", "conversation"]
SteeringPlacement = Literal["end", "system", "user"]
STEERING_PLACEMENTS: tuple[SteeringPlacement, ...] = get_args(SteeringPlacement)

DEFAULT_STEERING = (
    "A safety check withheld your previous answer because it contained: {categories}. "
    "Answer the user's last message again without any such content. If you cannot answer "
    "safely, decline briefly and, where it helps, point to a safe alternative."
)


def _field(item: Any, name: str) -> Any:
    """`item[name]` for mappings, `item.name` for objects (SDK models, LangChain messages)."""
    if isinstance(item, Mapping):
        return item.get(name)
    return getattr(item, name, None)


def content_text(content: object, where: str = "content") -> str:
    """The text of a message's content: a string, or the text parts of a content-part list."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, Sequence) and not isinstance(content, bytes | bytearray):
        texts = []
        for part in content:
            if isinstance(part, str):
                texts.append(part)
            elif _field(part, "type") == "text" and isinstance(_field(part, "text"), str):
                texts.append(_field(part, "text"))
        return "\n".join(texts)
    raise TypeError(
        f"{where} must be a string or a list of content parts, got {type(content).__name__}"
    )


def _user_texts(messages: Sequence[Any]) -> list[str]:
    if isinstance(messages, str | bytes) or not isinstance(messages, Sequence):
        raise TypeError(f"messages must be a list of messages, got {type(messages).__name__}")
    texts = []
    for index, message in enumerate(messages):
        if _field(message, "role") == "user":
            text = content_text(_field(message, "content"), f"messages[{index}].content")
            if text.strip():
                texts.append(text)
    return texts


def last_user_text(messages: Sequence[Any]) -> str:
    """The latest user turn's text ('' if there is none)."""
    texts = _user_texts(messages)
    return texts[-1] if texts else ""


def prompt_text(messages: Sequence[Any], scope: InputScope) -> str:
    """The text the input check reads: the latest user turn, or every user turn."""
    if scope == "conversation":
        return "\n\n".join(_user_texts(messages))
    return last_user_text(messages)


def reply_text(message: Any) -> str:
    """Everything a reply says: its content, refusal and tool calls (name and arguments)."""
    parts = [content_text(_field(message, "content"), "reply content")]
    parts += _tool_call_texts(_field(message, "tool_calls") or ())
    return "\n".join(part for part in parts if part)


def _tool_call_texts(tool_calls: Iterable[Any]) -> list[str]:
    texts = []
    for call in tool_calls:
        function = _field(call, "function")
        name = _field(function, "name") or ""
        arguments = _field(function, "arguments") or ""
        if name or arguments:
            texts.append(f"{name}({arguments})")
    return texts


def delta_text(delta: Any) -> str:
    """The text a streamed delta adds: content and tool-call name/argument fragments."""
    parts = [_field(delta, "content") or ""]
    for call in _field(delta, "tool_calls") or ():
        function = _field(call, "function")
        parts.append((_field(function, "name") or "") + (_field(function, "arguments") or ""))
    return "".join(parts)


def steering_message(
    verdicts: Sequence[Verdict], template: str = DEFAULT_STEERING
) -> dict[str, str]:
    """A system message naming what the rejected replies contained, gravest first."""
    worst: dict[str, Severity] = {}
    for verdict in verdicts:
        for name in verdict.triggered:
            result = verdict.categories.get(name)
            severity = result.severity if result is not None else Severity.MINOR
            worst[name] = max(worst.get(name, Severity.NONE), severity)
    ranked = sorted(worst.items(), key=lambda item: item[1].rank, reverse=True)
    named = ", ".join(f"{name.replace('_', ' ')} ({severity.value})" for name, severity in ranked)
    return {"role": "system", "content": template.format(categories=named or "unsafe content")}


def _with_note(message: Any, note: str) -> dict[str, Any]:
    """`message` as a dict with `note` added after its text (a text part for part lists)."""
    content = _field(message, "content")
    if isinstance(content, list):
        added: Any = [*content, {"type": "text", "text": note}]
    else:
        added = f"{content}\n\n{note}" if content else note
    base = dict(message) if isinstance(message, Mapping) else {"role": _field(message, "role")}
    return {**base, "content": added}


def place_steering(
    messages: Sequence[Any], steering: dict[str, str], placement: SteeringPlacement
) -> list[Any]:
    """The conversation to regenerate from, with the steering text where the model takes it.

    "end" appends it as a system message; "system" adds it to the leading system message (or
    puts one first), for chat templates that accept a system message only at the start;
    "user" adds it to the last user turn, for templates with no system role. Messages other
    than the one changed are passed through as they are.
    """
    conversation = list(messages)
    if placement == "end":
        return [*conversation, steering]
    note = steering["content"]
    if placement == "system":
        if conversation and _field(conversation[0], "role") == "system":
            return [_with_note(conversation[0], note), *conversation[1:]]
        return [steering, *conversation]
    for index in range(len(conversation) - 1, -1, -1):
        if _field(conversation[index], "role") == "user":
            conversation[index] = _with_note(conversation[index], note)
            return conversation
    return [*conversation, {"role": "user", "content": note}]
