"""Render the measured sections of a model card from a model folder and quality reports.

    python -m benchmarks.model_card --model guardrails/models/default \
        --quality benchmarks/results/quality.json benchmarks/results/quality-heldout2.json \
            benchmarks/results/quality-pooled.json \
        [--speed benchmarks/results/results.json]

Prints Markdown: training data, validation figures per category (the team's templated split,
optimistic), held-out figures with a column per quality report (hand-written sets, never
trained on), and speed when given.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from guardrails.classifiers import ModelManifest


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def training_data(manifest: ModelManifest) -> list[str]:
    lines = ["| source | rows | licence |", "| --- | ---: | --- |"]
    for item in manifest.training_data:
        lines.append(f"| {item['source']} | {item['rows']:,} | {item['license']} |")
    return lines


def _set_name(report: dict[str, Any]) -> str:
    return " + ".join(f"`{Path(path).name}`" for path in report["data"])


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def per_category(validation: dict[str, Any], heldouts: list[dict[str, Any]]) -> list[str]:
    lines = [
        _row(
            [
                "category",
                "threshold",
                "validation F1 (support)",
                *(f"{_set_name(report)} P / R / F1 (support)" for report in heldouts),
            ]
        ),
        _row(["---", "---:", "---:", *("---:" for _ in heldouts)]),
    ]
    thresholds = validation.get("_thresholds", {})
    for name, row in validation["per_category"].items():
        cells = [name, f"{thresholds.get(name, 0.5):.2f}", f"{row['f1']:.2f} ({row['support']})"]
        for report in heldouts:
            held = report["per_category"].get(name)
            cells.append(
                f"{held['precision']:.2f} / {held['recall']:.2f} / {held['f1']:.2f} "
                f"({held['support']})"
                if held
                else "n/a"
            )
        lines.append(_row(cells))
    return lines


def headline(validation: dict[str, Any], heldouts: list[dict[str, Any]]) -> list[str]:
    v = validation["any_unsafe"]
    lines = [
        _row(["measure", "validation split", *(_set_name(report) for report in heldouts)]),
        _row(["---", "---:", *("---:" for _ in heldouts)]),
    ]
    for key, measure in (("precision", "precision"), ("recall", "recall"), ("f1", "F1")):
        lines.append(
            _row(
                [
                    f"any-unsafe {measure}",
                    f"{v[key]:.3f}",
                    *(f"{report['any_unsafe'][key]:.3f}" for report in heldouts),
                ]
            )
        )
    for measure, key in (
        ("macro-F1 over categories", "macro_f1"),
        ("severity accuracy on true positives", "severity_accuracy_on_true_positives"),
    ):
        lines.append(
            _row(
                [
                    measure,
                    f"{validation[key]:.3f}",
                    *(f"{report[key]:.3f}" for report in heldouts),
                ]
            )
        )
    for measure, key, subset, counted in (
        ("harmful prompts caught", "harmful_prompt_recall", "harmful_prompt", True),
        ("severe harmful prompts caught", "severe_prompt_recall", "harmful_prompt", False),
        ("benign look-alike prompts flagged", "lookalike_flag_rate", "lookalike_prompt", True),
        ("refusals flagged", "refusal_flag_rate", "refusal", True),
        ("refusals flagged, read without their prompt", "refusal_alone_flag_rate", "refusal", True),
    ):
        lines.append(
            _row([measure, "n/a", *(_rate(report, key, subset, counted) for report in heldouts)])
        )
    lines.append(
        _row(
            [
                "short harmful replies caught: alone / after a helpful reply / before one",
                "n/a",
                *(_inside(report) for report in heldouts),
            ]
        )
    )
    return lines


def _inside(report: dict[str, Any]) -> str:
    inside = report.get("harm_inside_reply")
    if not inside:
        return "n/a"
    rates = (inside[key] for key in ("alone", "after_helpful", "before_helpful"))
    return f"{' / '.join(_pct(rate) for rate in rates)} ({inside['pairs']} pairs)"


def _rate(report: dict[str, Any], key: str, subset: str, counted: bool) -> str:
    """The rate over the report's `subset` ("n/a" for a set without it), with how many of how
    many texts when `counted` (the rate is over all of the subset's texts).

    The rate is recomputed from the count: reports keep rates to four digits, and 560 of 577
    stored as 0.9705 would print as 97.0% instead of 97.1%.
    """
    rate = report[key]
    texts = report["subsets"].get(subset, {}).get("rows")
    if not texts:
        return "n/a"
    if not counted:
        return _pct(rate)
    count = round(rate * texts)
    return f"{_pct(count / texts)} ({count} of {texts})"


def speed(results: dict[str, Any]) -> list[str]:
    from benchmarks._markdown import render_markdown

    return [render_markdown(results)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.model_card", description=__doc__)
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument(
        "--quality",
        type=Path,
        nargs="+",
        required=True,
        help="reports of `python -m benchmarks.quality`, one column each",
    )
    parser.add_argument("--speed", type=Path, default=None)
    args = parser.parse_args(argv)
    manifest = ModelManifest.load(args.model)
    heldouts = [json.loads(path.read_text(encoding="utf-8")) for path in args.quality]
    validation = dict(manifest.metrics["validation"])
    validation["_thresholds"] = manifest.calibration.thresholds
    sections = [
        "### Training data",
        *training_data(manifest),
        "",
        "### Quality at the shipped thresholds",
        *headline(validation, heldouts),
        "",
        "### Per category",
        *per_category(validation, heldouts),
    ]
    if args.speed is not None:
        sections += ["", "### Speed", *speed(json.loads(args.speed.read_text(encoding="utf-8")))]
    print("\n".join(sections))
    return 0


if __name__ == "__main__":
    sys.exit(main())
