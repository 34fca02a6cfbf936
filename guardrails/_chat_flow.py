"""The filter-and-regenerate loop as a sans-I/O generator.

It yields `Check` (verdicts for these texts) and `Generate` (ask the chat model) effects and
receives their results; drivers in `_guard.py` carry them out, sync or async. The loop: check
the prompt; ask the model; check every candidate reply with the prompt as context; return the
safest if the policy lets it pass; else, if the policy says regenerate, ask again with a steering
system message naming what was wrong, up to `max_regenerations` times.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ._messages import (
    DEFAULT_STEERING,
    STEERING_PLACEMENTS,
    SteeringPlacement,
    last_user_text,
    place_steering,
    prompt_text,
    steering_message,
)
from ._policy import Policy
from ._report import Attempt, GuardReport, Outcome
from ._taxonomy import Action
from ._verdict import Stage, Verdict

__all__ = ["Candidate", "ChatFlow", "ChatOptions", "ChatOutcome", "Check", "Generate", "chat_flow"]


@dataclass(frozen=True, slots=True)
class Check:
    """Effect: the verdicts on these texts at this stage (one per text)."""

    stage: Stage
    texts: tuple[str, ...]
    contexts: tuple[str | None, ...] | None = None


@dataclass(frozen=True, slots=True)
class Generate:
    """Effect: ask the chat model for `candidates` replies to `messages`."""

    messages: tuple[Any, ...]
    candidates: int
    round: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reply: the text to check, and where it came from (the raw response and choice)."""

    text: str
    response: Any = None
    choice: int = 0


@dataclass(frozen=True)
class ChatOptions:
    """How a guarded chat call runs, beyond the policy."""

    candidates: int = 1
    check_input: bool = True
    check_output: bool = True
    steering: str = DEFAULT_STEERING
    steering_placement: SteeringPlacement = "end"
    on_attempt: Callable[[Attempt], None] | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not 1 <= self.candidates <= 16:
            raise ValueError(f"candidates must be between 1 and 16, got {self.candidates}")
        if "{categories}" not in self.steering:
            raise ValueError("steering must contain the placeholder {categories}")
        if self.steering_placement not in STEERING_PLACEMENTS:
            raise ValueError(
                f"steering_placement must be one of {list(STEERING_PLACEMENTS)}, "
                f"got {self.steering_placement!r}"
            )


@dataclass(frozen=True)
class ChatOutcome:
    """How the loop ended: the report, and the reply to deliver (None when refused)."""

    report: GuardReport
    chosen: Candidate | None


ChatFlow = Generator[Check | Generate, Any, ChatOutcome]


def chat_flow(policy: Policy, messages: Sequence[Any], options: ChatOptions) -> ChatFlow:
    """Run the whole guarded chat: input check, generation, output checks, regeneration."""
    input_verdict: Verdict | None = None
    prompt = prompt_text(messages, policy.input_scope)
    if options.check_input and prompt.strip():
        (input_verdict,) = yield Check("input", (prompt,))
        if not input_verdict.allowed:
            return ChatOutcome(GuardReport(input=input_verdict, outcome="input_blocked"), None)

    context = last_user_text(messages) or None
    outputs: list[Verdict] = []
    history: list[Attempt] = []
    rejected: list[Verdict] = []
    conversation = list(messages)

    def report(outcome: Outcome, rounds: int) -> GuardReport:
        return GuardReport(
            input=input_verdict,
            outputs=tuple(outputs),
            attempts=rounds,
            outcome=outcome,
            history=tuple(history),
        )

    for round_ in range(policy.max_regenerations + 1):
        candidates: list[Candidate] = yield Generate(
            tuple(conversation), options.candidates, round_
        )
        if not candidates:
            raise ValueError("the chat model returned no choices")
        if options.check_output:
            verdicts = yield from _check_replies(candidates, context)
        else:
            verdicts = [Verdict(stage="output", action=Action.ALLOW) for _ in candidates]
        best = min(range(len(candidates)), key=lambda i: _risk(verdicts[i], i))
        for index, verdict in enumerate(verdicts):
            attempt = Attempt(round=round_, candidate=index, verdict=verdict, chosen=index == best)
            history.append(attempt)
            if options.on_attempt is not None:
                options.on_attempt(attempt)
        outputs.extend(verdicts)
        chosen = verdicts[best]
        if chosen.allowed:
            outcome: Outcome = "allowed" if round_ == 0 else "regenerated"
            return ChatOutcome(report(outcome, round_ + 1), candidates[best])
        if chosen.action is Action.BLOCK:
            return ChatOutcome(report("output_blocked", round_ + 1), None)
        rejected.append(chosen)
        steering = steering_message(rejected, options.steering)
        conversation = place_steering(messages, steering, options.steering_placement)
    return ChatOutcome(report("exhausted", policy.max_regenerations + 1), None)


def _check_replies(
    candidates: Sequence[Candidate], context: str | None
) -> Generator[Check, list[Verdict], list[Verdict]]:
    """Verdicts for the candidates; a blank reply says nothing and is allowed unchecked."""
    to_check = [i for i, c in enumerate(candidates) if c.text.strip()]
    verdicts = [Verdict(stage="output", action=Action.ALLOW) for _ in candidates]
    if to_check:
        checked = yield Check(
            "output",
            tuple(candidates[i].text for i in to_check),
            tuple(context for _ in to_check),
        )
        for index, verdict in zip(to_check, checked, strict=True):
            verdicts[index] = verdict
    return verdicts


def _risk(verdict: Verdict, index: int) -> tuple[int, float, int]:
    """Sort key for the safest candidate: mildest action, then lowest score, then first.

    Ties never favour a longer reply.
    """
    worst = max((r.score for r in verdict.categories.values()), default=0.0)
    return verdict.action.rank, worst, index
