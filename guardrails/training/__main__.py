"""``python -m guardrails.training --data FILE... --out DIR``: train, export, write a model."""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ._augment import DEFAULT_AUGMENTATION, AugmentConfig

# The kinds of augmented copy `--augment` can set.
AUGMENT_KINDS = tuple(DEFAULT_AUGMENTATION.fractions())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m guardrails.training",
        description="Fine-tune the MiniLM severity classifier and write an ONNX model folder.",
    )
    parser.add_argument(
        "--data",
        type=Path,
        nargs="+",
        required=True,
        help="JSONL files or folders of *.jsonl (team corpus, PKU-SafeRLHF or BeaverTails rows)",
    )
    parser.add_argument("--out", type=Path, required=True, help="model folder to write")
    parser.add_argument(
        "--shared-data",
        type=Path,
        default=None,
        help="shared/data/training folder (hate/insult rows, toxic ones capped)",
    )
    parser.add_argument(
        "--hh-rlhf-labels",
        type=Path,
        nargs="*",
        default=[],
        help="the team's labels of HH-RLHF turns (corpus/labels/*.jsonl; needs --shared-data)",
    )
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--max-length", type=int, default=256, help="tokens per window")
    parser.add_argument(
        "--seed",
        type=int,
        default=0,
        help="draws the data (shared rows, split, augmentation) and the head's initial weights",
    )
    parser.add_argument(
        "--train-seed",
        type=int,
        default=None,
        help="draws the batch order and dropout (default: --seed)",
    )
    parser.add_argument(
        "--limit", type=int, default=None, help="train on a random sample of N examples"
    )
    parser.add_argument(
        "--no-quantize", dest="quantize", action="store_false", help="ship fp32 without trying int8"
    )
    parser.add_argument(
        "--no-augment",
        dest="augment",
        action="store_false",
        help="train on the examples as read: no augmented copies of any kind",
    )
    parser.add_argument(
        "--augment",
        dest="augment_fractions",
        type=_augment_fraction,
        nargs="+",
        default=[],
        metavar="KIND=FRACTION",
        help="set the fraction of eligible training examples that get a copy of one kind "
        f"({', '.join(AUGMENT_KINDS)}; 0 to 1), e.g. helpful_reasked=0.5",
    )
    parser.add_argument(
        "--safe-reply-weight",
        type=float,
        default=1.0,
        help="loss weight of safe replies (refusals, helpful answers) against 1 for other texts",
    )
    parser.add_argument(
        "--save-state",
        type=Path,
        default=None,
        help="also write the trained torch weights (state_dict) to this file",
    )
    parser.add_argument(
        "--start-from",
        type=Path,
        default=None,
        help="start from the weights of an earlier run's --save-state file or of a model folder "
        "(e.g. guardrails/models/default)",
    )
    parser.add_argument(
        "--focus",
        type=Path,
        nargs="+",
        default=[],
        help="train only on these files' rows (they must be among --data) plus --replay of the "
        "others, which are split as the run that --start-from names split them",
    )
    parser.add_argument(
        "--replay",
        type=int,
        default=0,
        help="with --focus: how many of the start run's training rows to train on too",
    )
    parser.add_argument(
        "--lr-scale",
        type=float,
        default=1.0,
        help="multiply both learning rates (the encoder's and the head's) by this; a continued "
        "run (--start-from) drifts less from its start run below 1",
    )
    parser.add_argument(
        "--oversample",
        type=Path,
        nargs="+",
        default=[],
        help="read these files' training rows (they must be among --data) --oversample-times "
        "times per epoch; validation is split as without them",
    )
    parser.add_argument(
        "--oversample-times",
        type=int,
        default=2,
        help="with --oversample: how many times each of those rows is read per epoch",
    )
    parser.add_argument(
        "--device",
        default="auto",
        help="where the training steps run: auto (a CUDA GPU when torch sees one, else the "
        "CPU), cpu, cuda or cuda:N; validation and export run on the CPU",
    )
    parser.add_argument(
        "--metrics", type=Path, default=None, help="also write the metrics as JSON here"
    )
    return parser


def _augment_fraction(value: str) -> tuple[str, float]:
    kind, sep, fraction = value.partition("=")
    if not sep or kind not in AUGMENT_KINDS:
        raise argparse.ArgumentTypeError(
            f"expected KIND=FRACTION with KIND one of {', '.join(AUGMENT_KINDS)}, got {value!r}"
        )
    try:
        number = float(fraction)
    except ValueError:
        number = math.nan  # fails the range check below
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(
            f"{kind}: the fraction must be a number from 0 to 1, got {fraction!r}"
        )
    return kind, number


def _augmentation(args: argparse.Namespace) -> AugmentConfig | None:
    if not args.augment:
        if args.augment_fractions:
            raise ValueError("--augment and --no-augment cannot be combined")
        return None
    return replace(DEFAULT_AUGMENTATION, **dict(args.augment_fractions))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", datefmt="%H:%M:%S"))
    logger = logging.getLogger("guardrails.training")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # onnxruntime.quantization logs to the root logger
    from . import describe, run_training

    metrics = run_training(
        args.data,
        args.out,
        shared_data=args.shared_data,
        epochs=args.epochs,
        batch_size=args.batch_size,
        max_length=args.max_length,
        seed=args.seed,
        limit=args.limit,
        quantize=args.quantize,
        hh_rlhf_labels=args.hh_rlhf_labels,
        augmentation=_augmentation(args),
        safe_reply_weight=args.safe_reply_weight,
        save_state=args.save_state,
        train_seed=args.train_seed,
        start_from=args.start_from,
        focus=args.focus,
        replay=args.replay,
        lr_scale=args.lr_scale,
        oversample=args.oversample,
        oversample_times=args.oversample_times,
        device=args.device,
    )
    if args.metrics is not None:
        args.metrics.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    print(describe(metrics))
    return 0


if __name__ == "__main__":
    sys.exit(main())
