"""A short Markdown summary of a results file, for the README."""

from __future__ import annotations

from typing import Any

from ._config import TARGET_BATCH, TARGET_CONCURRENCY, TARGET_TOKENS

__all__ = ["render_markdown"]

_ENGINE_NAMES = {
    "bare_session": "ONNX Runtime session alone (limit)",
    "onnx_classifier": "OnnxClassifier (this SDK)",
    "transformers_torch": "transformers + torch",
}


def _number(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def _cell(engine: dict[str, Any], batch: int) -> dict[str, Any]:
    for cell in engine.get("cells", []):
        if cell["batch_size"] == batch and cell["text_tokens"] == TARGET_TOKENS:
            return dict(cell)
    return {}


def _engine_rows(results: dict[str, Any]) -> list[str]:
    rows = [
        f"| Engine ({TARGET_TOKENS}-token texts) | 1 text p50 ms | batch {TARGET_BATCH} texts/s "
        "| cold start s | peak RSS MB |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, engine in (results.get("classifier") or {}).get("engines", {}).items():
        label = _ENGINE_NAMES.get(name, name)
        if engine.get("status") != "ok":
            rows.append(f"| {label} | {engine.get('status', 'n/a')} | | | |")
            continue
        single, batch = _cell(engine, 1), _cell(engine, TARGET_BATCH)
        rows.append(
            f"| {label} | {_number(single.get('p50_ms'))} | {_number(batch.get('texts_per_s'))} "
            f"| {_number(engine['cold_start']['cold_start_s'], 2)} "
            f"| {_number(engine['peak_rss_mb'], 0)} |"
        )
    return rows


def _target_rows(results: dict[str, Any]) -> list[str]:
    rows = ["| Target | Measured | Bound | Result |", "|---|---:|---:|---|"]
    for target in results.get("targets", []):
        verdict = {True: "pass", False: "FAIL", None: "not measured"}[target["passed"]]
        unit = target["unit"]
        rows.append(
            f"| {target['description']} | {_number(target['value'], 2)} {unit} "
            f"| {target['comparison']} {target['bound']} {unit} | {verdict} |"
        )
    notes = [f"- {t['name']}: {t['note']}" for t in results.get("targets", []) if t["note"]]
    return [*rows, "", *notes] if notes else rows


def render_markdown(results: dict[str, Any]) -> str:
    """The engines side by side, then the targets; parts that did not run are left out."""
    machine = results["machine"]
    lines = [
        f"Measured {machine['date'][:10]} on {machine['cpu_model']} ({machine['logical_cores']} "
        f"cores), ONNX Runtime {machine['onnxruntime']['version']} "
        f"({machine['onnxruntime']['provider_used']}), model {results['model']['name']}"
        + (" (quick run: indicative only)" if results["config"]["quick"] else "")
        + ".",
        "",
    ]
    if results.get("classifier"):
        lines += [*_engine_rows(results), ""]
    concurrency = results.get("concurrency")
    if concurrency:
        at_target = {
            r["micro_batching"]: r
            for r in concurrency["results"]
            if r["concurrency"] == TARGET_CONCURRENCY
        }
        lines += [
            f"AsyncGuard at {TARGET_CONCURRENCY} concurrent checks: "
            f"{_number(at_target[True]['throughput_per_s'])} checks/s with micro-batching, "
            f"{_number(at_target[False]['throughput_per_s'])} without.",
            "",
        ]
    lines += _target_rows(results)
    return "\n".join(lines)
