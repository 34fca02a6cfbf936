"""Average the weights of runs that share a validation split, then export one model folder.

    python -m guardrails.training._average RUN_A.pt RUN_B.pt ... --out DIR \
        --data corpus/data ... [--shared-data DIR] [--hh-rlhf-labels FILE...] [--seed 0]

Each ``.pt`` is the ``--save-state`` file of a training run. The runs must differ only in
``--train-seed`` (batch order and dropout), so that they start from the same weights and one
validation split is held out from all of them: ``--data``, ``--shared-data``,
``--hh-rlhf-labels``, ``--seed`` and ``--max-length`` must be those the runs were trained with.
Fine-tuned copies of one starting point can sit close together in weight space, and their
average then keeps what the runs agree on ("model soup"); whether they do is measured, not
assumed: two runs whose heads started from different weights (``--train-seed`` drew the head
too, before stop 14) averaged to a much worse model (validation macro-F1 0.78 against 0.86);
two that shared their start kept it (0.862, the runs 0.862 and 0.861).

With one ``.pt`` file it re-exports that run as it is: a new export (quantisation, calibration)
for trained weights without training again. Runs that continued another (``--focus``) are
calibrated on the split they were validated on: give the same ``--focus`` files.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

import torch

from ._model import SeverityModel, default_encoder_path, load_encoder
from ._pipeline import (
    DEFAULT_VERSION,
    continued_split,
    describe,
    export_onnx,
    split_data,
    training_data_summary,
)
from ._windows import CATEGORIES, base_manifest, encode_examples, make_encoder

__all__ = ["average_states", "export_average"]


def average_states(paths: Sequence[Path]) -> dict[str, torch.Tensor]:
    """The element-wise mean of the ``state_dict`` files in ``paths`` (one file: its weights)."""
    if not paths:
        raise ValueError("averaging needs at least one weight file, got none")
    first = torch.load(paths[0], weights_only=True)
    total = {name: tensor.to(torch.float64) for name, tensor in first.items()}
    for path in paths[1:]:
        state = torch.load(path, weights_only=True)
        if set(state) != set(total):
            missing = sorted(set(total) ^ set(state))[0]
            raise ValueError(
                f"{path}: its weights do not match {paths[0]}'s (first differing name: {missing!r})"
            )
        for name, tensor in state.items():
            if tensor.shape != total[name].shape:
                raise ValueError(
                    f"{path}: weight {name!r} has shape {tuple(tensor.shape)}, "
                    f"{paths[0]} has {tuple(total[name].shape)}"
                )
            total[name] += tensor.to(torch.float64)
    return {name: (tensor / len(paths)).to(first[name].dtype) for name, tensor in total.items()}


def export_average(
    states: Sequence[Path],
    out: Path,
    data: Sequence[Path],
    *,
    shared_data: Path | None = None,
    hh_rlhf_labels: Sequence[Path] = (),
    seed: int = 0,
    max_length: int = 256,
    quantize: bool = True,
    encoder_folder: Path | None = None,
    focus: Sequence[Path] = (),
) -> dict[str, object]:
    """Average ``states`` and export the result to the model folder ``out``; returns its metrics.

    With ``focus`` the runs continued another on those files, and are calibrated on that
    continuation's validation split."""
    encoder_folder = encoder_folder or default_encoder_path()
    averaged = average_states(states)
    model = SeverityModel(load_encoder(encoder_folder), len(CATEGORIES))
    model.load_state_dict(averaged)
    model.eval()
    if focus:
        _, validation, summarised = continued_split(
            data, focus, shared_data, seed=seed, hh_rlhf_labels=hh_rlhf_labels, replay=0
        )
    else:
        train, validation = split_data(data, shared_data, seed=seed, hh_rlhf_labels=hh_rlhf_labels)
        summarised = [*train, *validation]
    geometry = base_manifest(max_length, version=DEFAULT_VERSION)
    encoder = make_encoder(encoder_folder, geometry)
    manifest = geometry.model_copy(update={"training_data": training_data_summary(summarised)})
    return export_onnx(
        model,
        out,
        encode_examples(encoder, validation),
        encoder.padding_id,
        manifest=manifest,
        encoder_folder=encoder_folder,
        quantize=quantize,
        extra_metrics={"averaged_from": [str(path) for path in states]},
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m guardrails.training._average")
    parser.add_argument("states", type=Path, nargs="+", help="--save-state files of the runs")
    parser.add_argument("--out", type=Path, required=True, help="model folder to write")
    parser.add_argument("--data", type=Path, nargs="+", required=True)
    parser.add_argument("--shared-data", type=Path, default=None)
    parser.add_argument("--hh-rlhf-labels", type=Path, nargs="*", default=[])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-length", type=int, default=256)
    parser.add_argument(
        "--focus",
        type=Path,
        nargs="+",
        default=[],
        help="the --focus files of runs that continued another: calibrate on their split",
    )
    parser.add_argument("--no-quantize", dest="quantize", action="store_false")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    metrics = export_average(
        args.states,
        args.out,
        args.data,
        shared_data=args.shared_data,
        hh_rlhf_labels=args.hh_rlhf_labels,
        seed=args.seed,
        max_length=args.max_length,
        quantize=args.quantize,
        focus=args.focus,
    )
    print(describe(metrics))
    return 0


if __name__ == "__main__":
    sys.exit(main())
