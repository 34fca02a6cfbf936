"""Command line of the suite: ``python -m benchmarks [PART ...] [--quick] [--model DIR] ...``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ._config import SuiteConfig
from ._markdown import render_markdown
from ._model_folder import missing_model_message, model_folder
from ._suite import PARTS, run_suite

__all__ = ["main"]

DEFAULT_OUT = Path(__file__).resolve().parent / "results"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Speed of the guardrails SDK next to the bare ONNX Runtime session (the limit) "
        "and transformers + torch (the alternative). See benchmarks/README.md.",
    )
    parser.add_argument(
        "parts",
        nargs="*",
        metavar="PART",
        help=f"parts to run, any of: {', '.join(PARTS)} (default: all)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="a short run (under a minute), for smoke tests"
    )
    parser.add_argument(
        "--model", type=Path, metavar="DIR", help="model folder (default: the packaged model)"
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, metavar="DIR", help="where to write JSON and PNG"
    )
    parser.add_argument(
        "--threads", type=int, metavar="N", help="intra-op threads (default: the runtimes' own)"
    )
    parser.add_argument(
        "--no-torch", action="store_true", help="skip the transformers + torch engine"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the suite; exit 0 when it ran (whatever the targets say), 2 on a usage error."""
    parser = _parser()
    args = parser.parse_args(argv)
    unknown = [part for part in args.parts if part not in PARTS]
    if unknown:
        parser.error(f"unknown part {unknown[0]!r}; choose from {', '.join(PARTS)}")
    model_dir = model_folder(args.model)
    if model_dir is None:
        where = missing_model_message(args.model)
        print(f"error: {where}; pass a model folder with --model DIR", file=sys.stderr)
        return 2
    config = (
        SuiteConfig.short(threads=args.threads)
        if args.quick
        else SuiteConfig.full(threads=args.threads)
    )
    results, json_path, chart_path = run_suite(
        model_dir,
        config,
        args.out,
        parts=args.parts or PARTS,
        include_torch=not args.no_torch,
    )
    print()
    print(render_markdown(results))
    print()
    print(f"results: {json_path}")
    if chart_path is not None:
        print(f"chart:   {chart_path}")
    return 0
