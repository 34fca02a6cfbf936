"""The issue's speed targets, each computed from cells measured in the same run."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ._config import TARGET_BATCH, TARGET_CONCURRENCY, TARGET_TOKENS

__all__ = ["Target", "evaluate_targets"]


@dataclass(frozen=True)
class Target:
    """One target: the measured value, the bound, and whether it holds (None: not measured)."""

    name: str
    description: str
    value: float | None
    bound: float
    comparison: str  # "<=", ">=" or "<"
    unit: str
    passed: bool | None
    note: str = ""


def _check(value: float, comparison: str, bound: float) -> bool:
    if comparison == "<=":
        return value <= bound
    if comparison == ">=":
        return value >= bound
    return value < bound


def _target(
    name: str,
    description: str,
    value: float | None,
    comparison: str,
    bound: float,
    unit: str,
    missing: str,
    context: str = "",
) -> Target:
    """`missing` says why a value is absent; `context` helps to read a measured one."""
    if value is None:
        return Target(name, description, None, bound, comparison, unit, None, missing)
    passed = _check(value, comparison, bound)
    return Target(name, description, round(value, 3), bound, comparison, unit, passed, context)


def _cell(results: dict[str, Any], engine: str, batch: int, tokens: int) -> dict[str, Any] | None:
    engines = (results.get("classifier") or {}).get("engines", {})
    measured = engines.get(engine, {})
    for cell in measured.get("cells", []):
        if cell["batch_size"] == batch and cell["text_tokens"] == tokens:
            return dict(cell)
    return None


def _overhead_ratio(results: dict[str, Any]) -> float | None:
    bare = _cell(results, "bare_session", TARGET_BATCH, TARGET_TOKENS)
    ours = _cell(results, "onnx_classifier", TARGET_BATCH, TARGET_TOKENS)
    return None if bare is None or ours is None else bare["texts_per_s"] / ours["texts_per_s"]


def _torch_ratio(results: dict[str, Any]) -> float | None:
    torch = _cell(results, "transformers_torch", 1, TARGET_TOKENS)
    ours = _cell(results, "onnx_classifier", 1, TARGET_TOKENS)
    return None if torch is None or ours is None else torch["p50_ms"] / ours["p50_ms"]


def _batching_ratio(results: dict[str, Any]) -> float | None:
    rows = (results.get("concurrency") or {}).get("results", [])
    by_mode = {r["micro_batching"]: r for r in rows if r["concurrency"] == TARGET_CONCURRENCY}
    if True not in by_mode or False not in by_mode:
        return None
    return float(by_mode[True]["throughput_per_s"] / by_mode[False]["throughput_per_s"])


def _batching_ceiling(results: dict[str, Any]) -> str:
    """What batching can give at most on this machine: OnnxClassifier's batch-32 texts/s over
    its single-text texts/s (when the classifier part ran)."""
    batched = _cell(results, "onnx_classifier", TARGET_BATCH, TARGET_TOKENS)
    single = _cell(results, "onnx_classifier", 1, TARGET_TOKENS)
    if batched is None or single is None:
        return ""
    ceiling = batched["texts_per_s"] / single["texts_per_s"]
    return (
        f"ceiling on this machine: OnnxClassifier batch-{TARGET_BATCH} texts/s / single-text "
        f"texts/s = {ceiling:.2f}x"
    )


def _guard_overhead(results: dict[str, Any]) -> float | None:
    both = ((results.get("guard_overhead") or {}).get("chat") or {}).get("both")
    return None if both is None else float(both["added_p50_ms"])


def evaluate_targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Every target as a dict (see `Target`), in the issue's order."""
    not_run = "not measured in this run"
    targets = [
        _target(
            "classifier_overhead",
            f"bare session texts/s / OnnxClassifier texts/s, batch {TARGET_BATCH}, "
            f"{TARGET_TOKENS}-token texts",
            _overhead_ratio(results),
            "<=",
            1.15,
            "x",
            not_run,
        ),
        _target(
            "single_text_vs_torch",
            f"transformers+torch p50 / OnnxClassifier p50, one {TARGET_TOKENS}-token text",
            _torch_ratio(results),
            ">=",
            1.5,
            "x",
            "torch engine not measured (skipped or failed)",
        ),
        _target(
            "micro_batching_gain",
            f"AsyncGuard throughput with / without micro-batching, {TARGET_CONCURRENCY} "
            "concurrent checks",
            _batching_ratio(results),
            ">=",
            3.0,
            "x",
            not_run,
            _batching_ceiling(results),
        ),
        _target(
            "guard_overhead_p50",
            "added p50 of a guarded chat call, input and output checks "
            "(60-token prompt, 150-token reply)",
            _guard_overhead(results),
            "<",
            25.0,
            "ms",
            not_run,
        ),
    ]
    return [asdict(target) for target in targets]
