"""Timing loops and latency summaries shared by every part."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import numpy as np

__all__ = ["latency_summary", "time_calls"]


def time_calls(call: Callable[[], object], *, budget_s: float, min_calls: int) -> list[float]:
    """Seconds per call of `call`: one untimed warm-up, then at least `min_calls` timed calls
    and more until `budget_s` has passed."""
    call()
    durations: list[float] = []
    deadline = time.perf_counter() + budget_s
    while len(durations) < min_calls or time.perf_counter() < deadline:
        started = time.perf_counter()
        call()
        durations.append(time.perf_counter() - started)
    return durations


def latency_summary(seconds: Sequence[float]) -> dict[str, float | int]:
    """Sample count, mean, p50 and p99 in milliseconds."""
    values = np.asarray(seconds, dtype=np.float64) * 1000.0
    return {
        "samples": len(values),
        "mean_ms": round(float(values.mean()), 3),
        "p50_ms": round(float(np.percentile(values, 50)), 3),
        "p99_ms": round(float(np.percentile(values, 99)), 3),
    }
