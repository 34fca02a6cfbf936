"""One PNG with a panel per part that ran (matplotlib, drawn off-screen)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ._config import TARGET_BATCH, TARGET_TOKENS

__all__ = ["draw_chart"]


def _ok_engines(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    engines = (results.get("classifier") or {}).get("engines", {})
    return {name: engine for name, engine in engines.items() if engine.get("status") == "ok"}


def _log_x(ax: Any, values: list[int], label: str) -> None:
    """A log x axis labelled with the measured values themselves."""
    ticks = sorted(set(values))
    ax.set_xscale("log")
    ax.set_xticks(ticks, [str(tick) for tick in ticks])
    ax.minorticks_off()
    ax.set_xlabel(label)


def _by_batch(ax: Any, results: dict[str, Any]) -> None:
    for name, engine in _ok_engines(results).items():
        cells = [c for c in engine["cells"] if c["text_tokens"] == TARGET_TOKENS]
        ax.plot(
            [c["batch_size"] for c in cells], [c["texts_per_s"] for c in cells], "o-", label=name
        )
    _log_x(
        ax,
        [c["batch_size"] for e in _ok_engines(results).values() for c in e["cells"]],
        "batch size",
    )
    ax.set(yscale="log", ylabel="texts/s")
    ax.set_title(f"Classifier, {TARGET_TOKENS}-token texts")
    ax.legend(fontsize="small")


def _by_length(ax: Any, results: dict[str, Any]) -> None:
    batch = max(
        (
            c["batch_size"]
            for e in _ok_engines(results).values()
            for c in e["cells"]
            if c["batch_size"] <= TARGET_BATCH
        ),
        default=TARGET_BATCH,
    )
    for name, engine in _ok_engines(results).items():
        cells = [c for c in engine["cells"] if c["batch_size"] == batch]
        ax.plot(
            [c["text_tokens"] for c in cells], [c["texts_per_s"] for c in cells], "o-", label=name
        )
    _log_x(
        ax,
        [c["text_tokens"] for e in _ok_engines(results).values() for c in e["cells"]],
        "tokens per text",
    )
    ax.set(yscale="log", ylabel="texts/s")
    ax.set_title(f"Classifier, batch {batch}")
    ax.legend(fontsize="small")


def _guard(ax: Any, results: dict[str, Any]) -> None:
    chat = results["guard_overhead"]["chat"]
    modes = ["input", "output", "both"]
    positions = range(len(modes))
    ax.bar([p - 0.2 for p in positions], [chat[m]["added_p50_ms"] for m in modes], 0.4, label="p50")
    ax.bar([p + 0.2 for p in positions], [chat[m]["added_p99_ms"] for m in modes], 0.4, label="p99")
    ax.set_xticks(list(positions), modes)
    ax.set(ylabel="added ms per chat call")
    ax.set_title("Guard overhead (checks enabled)")
    ax.legend(fontsize="small")


def _concurrency(ax: Any, results: dict[str, Any]) -> None:
    rows = results["concurrency"]["results"]
    for flag, label in ((True, "micro-batching on"), (False, "micro-batching off")):
        chosen = [r for r in rows if r["micro_batching"] is flag]
        ax.plot(
            [r["concurrency"] for r in chosen],
            [r["throughput_per_s"] for r in chosen],
            "o-",
            label=label,
        )
    _log_x(ax, [r["concurrency"] for r in rows], "concurrent checks")
    ax.set(ylabel="checks/s")
    ax.set_title("AsyncGuard.check")
    ax.legend(fontsize="small")


def draw_chart(results: dict[str, Any], path: Path) -> Path | None:
    """Draw the panels of the parts present; None when no part has anything to draw."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    panels = []
    if _ok_engines(results):
        panels += [_by_batch, _by_length]
    if results.get("guard_overhead"):
        panels.append(_guard)
    if results.get("concurrency"):
        panels.append(_concurrency)
    if not panels:
        return None
    columns = min(len(panels), 2)
    rows = -(-len(panels) // columns)
    figure, axes = plt.subplots(rows, columns, figsize=(6 * columns, 4 * rows), squeeze=False)
    for ax in axes.flat[len(panels) :]:
        ax.set_visible(False)
    for draw, ax in zip(panels, axes.flat, strict=False):
        draw(ax, results)
    title = "guardrails benchmarks" + (" (quick run)" if results["config"]["quick"] else "")
    figure.suptitle(f"{title}: {results['machine']['cpu_model']}", fontsize="medium")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path
