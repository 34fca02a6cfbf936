"""Quality of a model folder on the team's held-out set (corpus/heldout/heldout.jsonl).

    python -m benchmarks.quality [--model DIR] [--data FILE ...] [--out FILE]

The held-out sets are hand-written, never trained on and never used to tune thresholds. Several
`--data` files are scored as one pooled set (more items per subset, so rates move less by
chance). Rows without a `subset` (a training corpus file, such as a pending one) are scored
as one subset, "all". Scores are at the model's shipped (calibrated) thresholds: a text counts
as flagged when any category has a severity above none.

`harm_inside_reply` puts each short harmful reply of the set after, then before, a helpful reply
of the set drawn with a fixed seed, after the helpful reply's prompt, and reports how many are
caught there and read alone after the same prompt: mean pooling lets the surrounding text
drown the harm.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from guardrails import CategoryResult, Severity
from guardrails.classifiers import Classifier, OnnxClassifier, default_model_path

from ._set_reports import HELDOUT, read_rows, write_report

SEVERITY_RANK = {"none": 0, "minor": 1, "moderate": 2, "severe": 3}


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate(classifier: Classifier, rows: list[dict[str, Any]]) -> dict[str, Any]:
    results = classifier.classify([r["text"] for r in rows], [r.get("context") for r in rows])
    predicted = [
        {name: r.severity.value for name, r in result.items() if r.severity is not Severity.NONE}
        for result in results
    ]
    flagged = [_flags(result) for result in results]
    unsafe = [bool(r["labels"]) for r in rows]

    def any_unsafe(indices: list[int]) -> dict[str, Any]:
        tp = sum(flagged[i] and unsafe[i] for i in indices)
        fp = sum(flagged[i] and not unsafe[i] for i in indices)
        fn = sum(unsafe[i] and not flagged[i] for i in indices)
        return {"rows": len(indices), **prf(tp, fp, fn), "flag_rate": _rate(flagged, indices)}

    everything = list(range(len(rows)))
    subsets: dict[str, list[int]] = {}
    for index, row in enumerate(rows):
        subsets.setdefault(row.get("subset", "all"), []).append(index)
    per_category = _per_category(rows, predicted)
    severity_hits = Counter(
        predicted[i][name] == level
        for i, row in enumerate(rows)
        for name, level in row["labels"].items()
        if name in predicted[i]
    )
    severe_prompts = [
        i for i in subsets.get("harmful_prompt", []) if "severe" in rows[i]["labels"].values()
    ]
    refusals = subsets.get("refusal", [])
    refusals_alone = classifier.classify([rows[i]["text"] for i in refusals]) if refusals else []
    return {
        "any_unsafe": any_unsafe(everything),
        "prompts": any_unsafe([i for i in everything if rows[i]["role"] == "prompt"]),
        "responses": any_unsafe([i for i in everything if rows[i]["role"] == "response"]),
        "subsets": {name: any_unsafe(indices) for name, indices in sorted(subsets.items())},
        "harmful_prompt_recall": _rate(flagged, subsets.get("harmful_prompt", [])),
        "severe_prompt_recall": _rate(flagged, severe_prompts),
        "lookalike_flag_rate": _rate(flagged, subsets.get("lookalike_prompt", [])),
        "refusal_flag_rate": _rate(flagged, refusals),
        # the same refusals scored without their prompt, as a reply checked on its own
        "refusal_alone_flag_rate": _rate(
            [_flags(result) for result in refusals_alone], list(range(len(refusals)))
        ),
        "severity_accuracy_on_true_positives": round(
            severity_hits[True] / max(1, sum(severity_hits.values())), 4
        ),
        "harm_inside_reply": harm_inside_reply(classifier, rows),
        "per_category": per_category,
        "macro_f1": round(
            sum(c["f1"] for c in per_category.values()) / max(1, len(per_category)), 4
        ),
    }


SHORT_HARM_CHARS = 200


def harm_inside_reply(classifier: Classifier, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Short harmful replies caught alone, after and before a helpful reply (empty without both
    kinds of reply)."""
    harmful = [
        r
        for r in rows
        if r.get("subset") == "harmful_response" and len(r["text"]) < SHORT_HARM_CHARS
    ]
    helpful = [r for r in rows if r.get("subset") == "helpful_response"]
    if not harmful or not helpful:
        return {}
    rng = random.Random(0)
    pairs = [(rng.choice(helpful), harm) for harm in harmful]
    contexts = [safe.get("context") for safe, _ in pairs]

    def caught(texts: list[str]) -> float:
        flags = [_flags(result) for result in classifier.classify(texts, contexts)]
        return _rate(flags, list(range(len(flags))))

    return {
        "pairs": len(pairs),
        "alone": caught([harm["text"] for _, harm in pairs]),
        "after_helpful": caught([f"{safe['text']} {harm['text']}" for safe, harm in pairs]),
        "before_helpful": caught([f"{harm['text']} {safe['text']}" for safe, harm in pairs]),
    }


def _flags(result: dict[str, CategoryResult]) -> bool:
    return any(r.severity is not Severity.NONE for r in result.values())


def _rate(flags: list[bool], indices: list[int]) -> float:
    return round(sum(flags[i] for i in indices) / len(indices), 4) if indices else 0.0


def _per_category(
    rows: list[dict[str, Any]], predicted: list[dict[str, str]]
) -> dict[str, dict[str, Any]]:
    names = sorted({name for row in rows for name in row["labels"]})
    table = {}
    for name in names:
        tp = sum(name in p and name in r["labels"] for r, p in zip(rows, predicted, strict=True))
        fp = sum(
            name in p and name not in r["labels"] for r, p in zip(rows, predicted, strict=True)
        )
        fn = sum(
            name in r["labels"] and name not in p for r, p in zip(rows, predicted, strict=True)
        )
        table[name] = {"support": tp + fn, **prf(tp, fp, fn)}
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quality", description=__doc__)
    parser.add_argument("--model", type=Path, default=default_model_path())
    parser.add_argument(
        "--data", type=Path, nargs="+", default=[HELDOUT], help="JSONL files, scored as one set"
    )
    parser.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    args = parser.parse_args(argv)
    if args.model is None:
        print("no packaged model: pass --model DIR", file=sys.stderr)
        return 2
    rows = read_rows(args.data)
    report = {
        "model": str(args.model),
        "data": [str(path) for path in args.data],
        **evaluate(OnnxClassifier.from_path(args.model), rows),
    }
    write_report(report, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
