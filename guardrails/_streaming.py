"""Held-back-window checking of streamed replies (sans-I/O; the guards drive it).

Text reaches the caller only after a window containing it has been checked: chunks are held
until `window_chars` of new text have arrived, then the new text (with `overlap_chars` of the
text before it, so that harm across a boundary is seen whole) is checked and, if allowed, the
held chunks are released. At the end the last window and the full reply are checked before the
final chunks go out. A window that breaks the policy ends the stream with
`finish_reason="content_filter"`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ._errors import OutputBlocked
from ._messages import delta_text
from ._policy import Policy
from ._report import GuardReport
from ._responses import ResponseTypes
from ._verdict import Verdict

__all__ = ["StreamOptions", "WindowedStream"]


@dataclass(frozen=True)
class StreamOptions:
    """`window`: release text window by window as it is checked (no regeneration possible once
    text is out). `buffer`: check the whole reply first, regenerate if needed, then stream it."""

    mode: Literal["window", "buffer"] = "window"
    window_chars: int = 200
    overlap_chars: int | None = None  # None: half a window

    def __post_init__(self) -> None:
        if self.mode not in ("window", "buffer"):
            raise ValueError(f"stream mode must be 'window' or 'buffer', got {self.mode!r}")
        if self.window_chars < 1:
            raise ValueError(f"window_chars must be at least 1, got {self.window_chars}")
        if self.overlap_chars is None:
            object.__setattr__(self, "overlap_chars", self.window_chars // 2)
        elif not 0 <= self.overlap_chars <= self.window_chars:
            raise ValueError("overlap_chars must be between 0 and window_chars")

    @property
    def overlap(self) -> int:
        return self.overlap_chars if self.overlap_chars is not None else self.window_chars // 2


def chunk_text(chunk: Any) -> str:
    """The text a streamed chunk adds (content and tool-call fragments of every choice)."""
    return "".join(delta_text(choice.delta) for choice in getattr(chunk, "choices", None) or ())


class WindowedStream:
    """The state of one window-mode stream. Drivers feed it chunks and verdicts.

    `add(chunk)` holds the chunk and returns the texts to check when a window is full (else
    None); `decide(verdicts)` returns the chunks to send: the held ones when the window passed,
    else one final `content_filter` chunk (or raises `OutputBlocked` when the policy says
    `on_block: raise`). `end()` returns the texts of the final checks.
    """

    def __init__(
        self,
        policy: Policy,
        options: StreamOptions,
        types: ResponseTypes,
        *,
        input_verdict: Verdict | None,
        model: str,
    ) -> None:
        self._policy = policy
        self._options = options
        self._types = types
        self._input = input_verdict
        self._model = model
        self._parts: list[str] = []
        self._length = 0
        self._released = 0
        self._held: list[Any] = []
        self._last: Any = None
        self.outputs: list[Verdict] = []
        self.stopped = False
        self.finished = False

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def add(self, chunk: Any) -> list[str] | None:
        self._held.append(chunk)
        self._last = chunk
        piece = chunk_text(chunk)
        if piece:
            self._parts.append(piece)
            self._length += len(piece)
        if self._length - self._released >= self._options.window_chars:
            return [self._window()]
        return None

    def end(self) -> list[str]:
        """The final checks: the unchecked tail (if any) and, when longer, the whole reply."""
        texts = []
        if self._length > self._released and self.text[self._window_start() :].strip():
            texts.append(self._window())
        if self._length > self._options.window_chars and self.text.strip():
            texts.append(self.text)
        return texts

    def decide(self, verdicts: list[Verdict], *, final: bool = False) -> list[Any]:
        self.outputs.extend(verdicts)
        failed = next((v for v in verdicts if not v.allowed), None)
        if failed is None:
            released, self._held = self._held, []
            self._released = self._length
            self.finished = final
            return released
        self.stopped = self.finished = True
        if self._policy.on_block == "raise":
            raise OutputBlocked(
                f"the streamed reply broke the policy ({', '.join(failed.triggered)})",
                self.outputs,
            )
        return [self._types.stop_chunk(self._last, model=self._model)]

    def report(self) -> GuardReport:
        stopped = self.stopped
        return GuardReport(
            input=self._input,
            outputs=tuple(self.outputs),
            attempts=1,
            outcome="stream_stopped" if stopped else "allowed",
            stopped_at=self._window_start() if stopped else None,
            delivered_chars=self._released,
        )

    def _window_start(self) -> int:
        return max(0, self._released - self._options.overlap)

    def _window(self) -> str:
        return self.text[self._window_start() :]
