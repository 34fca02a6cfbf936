"""Render the measured sections of a model card from a model folder and a quality report.

    python -m benchmarks.model_card --model guardrails/models/default \
        --quality benchmarks/results/quality.json [--speed benchmarks/results/results.json]

Prints Markdown: training data, validation figures per category (the team's templated split,
optimistic) and held-out figures (hand-written, never trained on), and speed when given.
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


def per_category(validation: dict[str, Any], heldout: dict[str, Any]) -> list[str]:
    lines = [
        "| category | threshold | validation F1 (support) | held-out P / R / F1 (support) |",
        "| --- | ---: | ---: | ---: |",
    ]
    thresholds = validation.get("_thresholds", {})
    for name, row in validation["per_category"].items():
        held = heldout["per_category"].get(name)
        held_text = (
            f"{held['precision']:.2f} / {held['recall']:.2f} / {held['f1']:.2f} ({held['support']})"
            if held
            else "n/a"
        )
        lines.append(
            f"| {name} | {thresholds.get(name, 0.5):.2f} | {row['f1']:.2f} ({row['support']}) "
            f"| {held_text} |"
        )
    return lines


def headline(validation: dict[str, Any], heldout: dict[str, Any]) -> list[str]:
    v, h = validation["any_unsafe"], heldout["any_unsafe"]
    return [
        "| measure | validation split | held-out set |",
        "| --- | ---: | ---: |",
        f"| any-unsafe precision | {v['precision']:.3f} | {h['precision']:.3f} |",
        f"| any-unsafe recall | {v['recall']:.3f} | {h['recall']:.3f} |",
        f"| any-unsafe F1 | {v['f1']:.3f} | {h['f1']:.3f} |",
        f"| macro-F1 over categories | {validation['macro_f1']:.3f} | {heldout['macro_f1']:.3f} |",
        f"| severity accuracy on true positives | "
        f"{validation['severity_accuracy_on_true_positives']:.3f} | "
        f"{heldout['severity_accuracy_on_true_positives']:.3f} |",
        f"| harmful prompts caught | n/a | {_pct(heldout['harmful_prompt_recall'])} |",
        f"| severe harmful prompts caught | n/a | {_pct(heldout['severe_prompt_recall'])} |",
        f"| benign look-alike prompts flagged | n/a | {_pct(heldout['lookalike_flag_rate'])} |",
        f"| refusals flagged | n/a | {_pct(heldout['refusal_flag_rate'])} |",
    ]


def speed(results: dict[str, Any]) -> list[str]:
    from benchmarks._markdown import render_markdown

    return [render_markdown(results)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.model_card", description=__doc__)
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--quality", type=Path, required=True)
    parser.add_argument("--speed", type=Path, default=None)
    args = parser.parse_args(argv)
    manifest = ModelManifest.load(args.model)
    heldout = json.loads(args.quality.read_text(encoding="utf-8"))
    validation = dict(manifest.metrics["validation"])
    validation["_thresholds"] = manifest.calibration.thresholds
    sections = [
        "### Training data",
        *training_data(manifest),
        "",
        "### Quality at the shipped thresholds",
        *headline(validation, heldout),
        "",
        "### Per category",
        *per_category(validation, heldout),
    ]
    if args.speed is not None:
        sections += ["", "### Speed", *speed(json.loads(args.speed.read_text(encoding="utf-8")))]
    print("\n".join(sections))
    return 0


if __name__ == "__main__":
    sys.exit(main())
