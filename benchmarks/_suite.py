"""Run the chosen parts on one model, compute the targets, write the JSON and the chart."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from guardrails.classifiers import OnnxClassifier

from ._chart import draw_chart
from ._classifier import run_classifier
from ._concurrency import run_concurrency
from ._config import SuiteConfig
from ._guard_overhead import run_guard_overhead
from ._machine import machine_details
from ._targets import evaluate_targets
from ._texts import TextFactory

__all__ = ["PARTS", "SCHEMA_VERSION", "SuiteOutput", "run_suite"]

PARTS = ("classifier", "guard", "concurrency")
SCHEMA_VERSION = 1

SuiteOutput = tuple[dict[str, Any], Path, Path | None]


def _model_details(classifier: OnnxClassifier, model_dir: Path) -> dict[str, Any]:
    manifest = classifier.manifest
    return {
        "path": str(model_dir),
        "name": manifest.name,
        "version": manifest.version,
        "model_onnx_bytes": (model_dir / "model.onnx").stat().st_size,
        "max_length": manifest.max_length,
        "text_tokens_per_window": manifest.text_tokens_per_window,
        "window_overlap": manifest.window_overlap,
        "pair_input": manifest.pair_input,
    }


def run_suite(
    model_dir: Path,
    config: SuiteConfig,
    out_dir: Path,
    *,
    parts: Sequence[str] = PARTS,
    include_torch: bool = True,
    log: Callable[[str], None] = print,
) -> SuiteOutput:
    """Run `parts` and write `results[-quick].json` and `.png` into `out_dir`.

    Returns the results, the JSON path and the chart path (None without matplotlib).
    """
    unknown = sorted(set(parts) - set(PARTS))
    if unknown:
        raise ValueError(f"unknown part(s) {', '.join(unknown)}; expected {', '.join(PARTS)}")
    classifier = OnnxClassifier.from_path(model_dir, threads=config.threads)
    factory = TextFactory(model_dir / "tokenizer.json")
    results: dict[str, Any] = {
        "suite": "guardrails-benchmarks",
        "schema_version": SCHEMA_VERSION,
        "parts": [part for part in PARTS if part in parts],
        "machine": machine_details(classifier.provider),
        "model": _model_details(classifier, model_dir),
        "config": asdict(config),
    }
    if results["machine"]["busy_at_start"]:
        log(
            "warning: the machine was busy when the run started (1-minute load average "
            f"{results['machine']['load_average_1m_at_start']:.2f}): timings are unreliable"
        )
    if "classifier" in parts:
        results["classifier"] = run_classifier(
            model_dir, config, include_torch=include_torch, log=log
        )
    if "guard" in parts:
        log("guard: chat calls and streams through guard.wrap(openai.OpenAI(...)) ...")
        results["guard_overhead"] = run_guard_overhead(classifier, config, factory)
    if "concurrency" in parts:
        log(f"concurrency: AsyncGuard.check at {config.concurrency_levels} callers ...")
        results["concurrency"] = run_concurrency(classifier, config, factory)
    results["targets"] = evaluate_targets(results)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = "results-quick" if config.quick else "results"
    json_path = out_dir / f"{stem}.json"
    json_path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    chart_path = None
    if importlib.util.find_spec("matplotlib") is None:
        log("chart: matplotlib is not installed (pip install matplotlib): no PNG")
    else:
        chart_path = draw_chart(results, out_dir / f"{stem}.png")
    return results, json_path, chart_path
