"""Concurrency part: many concurrent `AsyncGuard.check` calls, micro-batching on and off."""

from __future__ import annotations

import asyncio
import inspect
import time
from typing import Any

from guardrails import AsyncGuard
from guardrails.classifiers import Classifier

from ._config import TARGET_TOKENS, SuiteConfig
from ._stats import latency_summary
from ._texts import TextFactory

__all__ = ["run_concurrency"]

_WARMUP_CHECKS = 64


async def _level(
    guard: AsyncGuard, texts: list[str], concurrency: int, budget_s: float
) -> dict[str, Any]:
    """`concurrency` closed-loop callers, each checking one text after another until the budget
    is spent; throughput counts every check over the time until the last caller is done."""
    await asyncio.gather(*(guard.check(texts[i % len(texts)]) for i in range(_WARMUP_CHECKS)))
    latencies: list[float] = []
    deadline = time.perf_counter() + budget_s

    async def caller(offset: int) -> None:
        index = offset
        while True:
            started = time.perf_counter()
            await guard.check(texts[index % len(texts)])
            latencies.append(time.perf_counter() - started)
            index += concurrency
            if time.perf_counter() >= deadline:
                return

    started = time.perf_counter()
    await asyncio.gather(*(caller(offset) for offset in range(concurrency)))
    elapsed = time.perf_counter() - started
    return {
        "concurrency": concurrency,
        "throughput_per_s": round(len(latencies) / elapsed, 2),
        **latency_summary(latencies),
    }


def _batcher_settings() -> dict[str, Any]:
    """AsyncGuard's micro-batcher defaults, which this part runs with."""
    parameters = inspect.signature(AsyncGuard).parameters
    names = ("max_batch_size", "max_wait_ms", "max_concurrency")
    return {name: parameters[name].default for name in names}


def run_concurrency(
    classifier: Classifier, config: SuiteConfig, factory: TextFactory
) -> dict[str, Any]:
    """Throughput and latency per concurrency level, with micro-batching on and off."""
    texts = factory.texts(TARGET_TOKENS, _WARMUP_CHECKS)
    results = []
    for micro_batching in (True, False):
        guard = AsyncGuard(classifier=classifier, micro_batching=micro_batching)
        try:
            for level in config.concurrency_levels:
                measured = asyncio.run(_level(guard, texts, level, config.concurrency_budget_s))
                results.append({"micro_batching": micro_batching, **measured})
        finally:
            guard.close()
    return {
        "text_tokens": TARGET_TOKENS,
        "async_guard": _batcher_settings(),
        "results": results,
    }
