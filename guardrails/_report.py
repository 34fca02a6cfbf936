"""What a guarded chat call reports: the verdicts of every check and how the call ended."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ._errors import InputBlocked, OutputBlocked, PolicyViolation, RegenerationExhausted
from ._verdict import Verdict

__all__ = ["Attempt", "GuardReport", "GuardResult", "Outcome"]

Outcome = Literal[
    "allowed",  # the first reply passed (possibly flagged)
    "regenerated",  # a regenerated reply passed
    "input_blocked",  # the user's message was blocked; the model was not called
    "output_blocked",  # a reply was blocked outright
    "exhausted",  # every round of regeneration still broke the policy
    "stream_stopped",  # a streamed reply broke the policy after part of it was sent
]


class Attempt(BaseModel):
    """One candidate reply and its verdict. `round` 0 is the first generation."""

    model_config = ConfigDict(frozen=True)

    round: int
    candidate: int
    verdict: Verdict
    chosen: bool = False


class GuardReport(BaseModel):
    """The checks of one guarded chat call.

    `outputs` holds one verdict per candidate reply, in order; `attempts` counts the
    generation rounds. For a stopped stream, `stopped_at` is the character offset in the reply
    of the window that broke the policy, and `delivered_chars` how much had been sent.
    """

    model_config = ConfigDict(frozen=True)

    input: Verdict | None = None
    outputs: tuple[Verdict, ...] = ()
    attempts: int = 0
    outcome: Outcome
    history: tuple[Attempt, ...] = ()
    stopped_at: int | None = None
    delivered_chars: int | None = None

    @property
    def allowed(self) -> bool:
        """True when a reply reached the caller as the model wrote it."""
        return self.outcome in ("allowed", "regenerated")

    @property
    def verdicts(self) -> tuple[Verdict, ...]:
        """Every verdict, the input first."""
        return ((self.input,) if self.input is not None else ()) + self.outputs

    @property
    def triggered(self) -> tuple[str, ...]:
        """Every category that one of its verdicts triggered, sorted by name."""
        return tuple(sorted({name for v in self.verdicts for name in v.triggered}))

    def violation(self) -> PolicyViolation:
        """The exception that `on_block: raise` raises for this outcome, with its verdicts."""
        kind = _VIOLATIONS.get(self.outcome)
        if kind is None:
            raise ValueError(f"outcome {self.outcome!r} is not a policy violation")
        error_class, message = kind
        triggered = self.triggered
        detail = f" ({', '.join(triggered)})" if triggered else ""
        return error_class(message + detail, self.verdicts)


_VIOLATIONS: dict[str, tuple[type[PolicyViolation], str]] = {
    "input_blocked": (InputBlocked, "the user's message was blocked"),
    "output_blocked": (OutputBlocked, "the model's reply was blocked"),
    "exhausted": (RegenerationExhausted, "every regenerated reply still broke the policy"),
    "stream_stopped": (OutputBlocked, "the streamed reply broke the policy"),
}


class GuardResult(BaseModel):
    """The result of `Guard.chat`: the reply text (or the refusal) and the report."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    content: str | None
    report: GuardReport
    response: Any = Field(default=None, repr=False)
    refused: bool = False
