"""The guard's decisions as sans-I/O generators.

A flow yields effects (`Classify`: score these texts) and receives their results; it never does
I/O itself. `Guard` and `AsyncGuard` are thin drivers that carry out the effects, sync or async,
so both share one implementation of the policy logic (the pattern of httpx's auth flows).
A driver reports a failed effect by throwing the exception into the flow.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Generator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ._errors import InvalidInput
from ._normalize import normalize_text
from ._policy import Policy
from ._taxonomy import Action
from ._verdict import CategoryResult, Stage, Verdict

__all__ = ["CheckFlow", "Classify", "arun_flow", "check_flow", "run_flow", "validate_text"]

logger = logging.getLogger("guardrails")

Results = list[dict[str, CategoryResult]]


@dataclass(frozen=True, slots=True)
class Classify:
    """Effect: classify these texts (each with an optional context) in one call."""

    texts: tuple[str, ...]
    contexts: tuple[str | None, ...] | None


CheckFlow = Generator[Classify, Results, list[Verdict]]


def validate_text(text: object, what: str = "text") -> str:
    """`text` if it is a non-blank string; TypeError or InvalidInput otherwise."""
    if not isinstance(text, str):
        raise TypeError(f"{what} must be a str, got {type(text).__name__}")
    if not text.strip():
        raise InvalidInput(f"{what} is empty or only whitespace; there is nothing to check")
    return text


def check_flow(
    policy: Policy,
    stage: Stage,
    texts: Sequence[str],
    contexts: Sequence[str | None] | None,
    *,
    model: str,
    provider: str,
) -> CheckFlow:
    """Classify `texts` in one call and return one verdict per text.

    The classifier reads the texts normalised (see `_normalize`) unless the policy says
    `normalize: false`; the verdicts say nothing of the text, so the caller keeps the original.
    """
    if contexts is not None and len(contexts) != len(texts):
        raise ValueError(f"got {len(texts)} texts but {len(contexts)} contexts")
    started = time.perf_counter()
    if policy.normalize:
        texts = [normalize_text(t) for t in texts]
        if contexts is not None:
            contexts = [None if c is None else normalize_text(c) for c in contexts]
    try:
        results = yield Classify(tuple(texts), None if contexts is None else tuple(contexts))
    except Exception as exc:
        elapsed = (time.perf_counter() - started) * 1000.0
        failed = _failure_verdict(policy, stage, exc, model, provider, elapsed)
        return [failed] * len(texts)
    if len(results) != len(texts):
        raise ValueError(f"the classifier returned {len(results)} results for {len(texts)} texts")
    elapsed = (time.perf_counter() - started) * 1000.0 / max(len(texts), 1)
    verdicts = []
    for categories in results:
        action, triggered = policy.evaluate(stage, categories)
        verdicts.append(
            Verdict(
                stage=stage,
                action=action,
                triggered=triggered,
                categories=categories,
                model=model,
                provider=provider,
                latency_ms=elapsed,
            )
        )
    return verdicts


def _failure_verdict(
    policy: Policy, stage: Stage, exc: Exception, model: str, provider: str, elapsed: float
) -> Verdict:
    error = f"{type(exc).__name__}: {exc}"
    if policy.fail_mode == "open":
        logger.warning("classifier failed at the %s stage; failing open: %s", stage, error)
        action = Action.ALLOW
    else:
        logger.error("classifier failed at the %s stage; failing closed: %s", stage, error)
        action = Action.BLOCK
    return Verdict(
        stage=stage, action=action, model=model, provider=provider, latency_ms=elapsed, error=error
    )


Effect = Classify
Execute = Callable[[Effect], Results]
AsyncExecute = Callable[[Effect], Awaitable[Results]]
R = TypeVar("R")


def run_flow(flow: Generator[Effect, Results, R], execute: Execute) -> R:
    """Drive a flow synchronously: carry out each effect with `execute`."""
    effect = next(flow)
    while True:
        try:
            outcome: Results | Exception = execute(effect)
        except Exception as exc:
            outcome = exc
        try:
            effect = flow.throw(outcome) if isinstance(outcome, Exception) else flow.send(outcome)
        except StopIteration as stop:
            result: R = stop.value
            return result


async def arun_flow(flow: Generator[Effect, Results, R], execute: AsyncExecute) -> R:
    """Drive a flow on an event loop: carry out each effect with the coroutine `execute`."""
    effect = next(flow)
    while True:
        try:
            outcome: Results | Exception = await execute(effect)
        except Exception as exc:
            outcome = exc
        try:
            effect = flow.throw(outcome) if isinstance(outcome, Exception) else flow.send(outcome)
        except StopIteration as stop:
            result: R = stop.value
            return result
