"""Recalibrate a trained model folder: temperature and thresholds again, from its own logits.

    python -m guardrails.training._recalibrate MODEL_DIR --data corpus/data/a.jsonl ... \
        [--shared-data DIR] [--hh-rlhf-labels FILE...] [--seed 0]

`--data`, `--shared-data`, `--hh-rlhf-labels` and `--seed` must be those the model was trained
with, so that the validation split is the same one (the split is seeded). Used when the
calibration rule changes after a model was trained; the weights stay as they are.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ..classifiers._manifest import ModelManifest
from ._export import onnx_logits
from ._metrics import calibrate, evaluate
from ._pipeline import split_data
from ._windows import CATEGORIES, encode_examples, make_encoder


def recalibrate(
    folder: Path,
    data: Sequence[Path],
    shared_data: Path | None,
    *,
    seed: int = 0,
    hh_rlhf_labels: Sequence[Path] = (),
) -> ModelManifest:
    """Refit the calibration of `folder` on its validation split; rewrite its manifest."""
    manifest = ModelManifest.load(folder)
    _, validation = split_data(data, shared_data, seed=seed, hh_rlhf_labels=hh_rlhf_labels)
    encoder = make_encoder(folder, manifest)
    encoded = encode_examples(encoder, validation)
    logits = onnx_logits(folder / "model.onnx", encoded.windows, encoder.padding_id)
    calibration = calibrate(logits, encoded.targets, CATEGORIES)
    metrics = dict(manifest.metrics)
    metrics["validation"] = evaluate(logits, encoded.targets, CATEGORIES, calibration)
    updated = manifest.model_copy(update={"calibration": calibration, "metrics": metrics})
    updated.save(folder)
    return updated


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m guardrails.training._recalibrate")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--data", type=Path, nargs="+", required=True)
    parser.add_argument("--shared-data", type=Path, default=None)
    parser.add_argument("--hh-rlhf-labels", type=Path, nargs="*", default=[])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    manifest = recalibrate(
        args.folder,
        args.data,
        args.shared_data,
        seed=args.seed,
        hh_rlhf_labels=args.hh_rlhf_labels,
    )
    print(manifest.calibration.model_dump_json(indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
