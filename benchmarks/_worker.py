"""One engine in a fresh process: cold start, memory, then every cell of the classifier grid.

    python -m benchmarks._worker SPEC.json RESULT.json

The spec names the engine, the model folder, the thread count, the time budget and the cells
(batch size, text tokens, texts). The result holds the cold start (wall time from the parent's
spawn to the first result, see `spawned_at`), resident memory at each stage and the cells' timings.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

import psutil

from benchmarks._engines import load_engine
from benchmarks._stats import latency_summary, time_calls

__all__ = ["main", "run"]


def _rss_mb() -> float:
    return round(float(psutil.Process().memory_info().rss) / 2**20, 1)


def _peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return round(peak * scale / 2**20, 1)


def run(spec: dict[str, Any]) -> dict[str, Any]:
    """Load the engine, time its first call, then time every cell."""
    baseline = _rss_mb()
    started = time.perf_counter()
    inputs = spec.get("inputs")
    engine = load_engine(
        spec["engine"],
        Path(spec["model_dir"]),
        spec["threads"],
        Path(inputs) if inputs else None,
    )
    loaded = time.perf_counter()
    after_load = _rss_mb()
    cells = spec["cells"]
    engine.prepare(0, cells[0]["texts"])()
    first_result = time.perf_counter()
    ready_at = time.time()
    after_first = _rss_mb()
    measured = []
    for index, cell in enumerate(cells):
        call = engine.prepare(index, cell["texts"])
        seconds = time_calls(call, budget_s=spec["budget_s"], min_calls=spec["min_calls"])
        summary = latency_summary(seconds)
        batch = len(cell["texts"])
        measured.append(
            {
                "batch_size": batch,
                "text_tokens": cell["text_tokens"],
                "texts_per_s": round(batch * len(seconds) / sum(seconds), 2),
                **summary,
            }
        )
    return {
        "status": "ok",
        "provider": engine.provider,
        "cold_start": {
            "cold_start_s": round(ready_at - spec["spawned_at"], 3),
            "import_and_load_s": round(loaded - started, 3),
            "first_call_s": round(first_result - loaded, 3),
            "rss_baseline_mb": baseline,
            "rss_after_load_mb": after_load,
            "rss_after_first_call_mb": after_first,
        },
        "peak_rss_mb": _peak_rss_mb(),
        "cells": measured,
    }


def main(argv: list[str]) -> int:
    """Read the spec, write the result; exit 0 when it ran."""
    spec_path, result_path = (Path(arg) for arg in argv)
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    result = run(spec)
    result_path.write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
