"""The `guardrails` command: check a text, list models, train or export a model.

Exit codes: 0 allowed or flagged, 1 blocked (or sent back for regeneration), 2 usage,
configuration or input error (one line on stderr, never a traceback). A reader that stops
early (`guardrails check ... | head -1`) is not an error: the exit code stays the verdict's.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from ._errors import ConfigurationError, GuardrailsError
from ._policy import PRESETS, Policy
from ._verdict import Verdict
from ._version import __version__

__all__ = ["main"]

EXIT_ALLOWED, EXIT_BLOCKED, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message} (see --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="guardrails", description="Local safety checks for LLM text.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = commands.add_parser("check", help="check one text against a policy")
    check.add_argument("text", help="the text to check, or - to read it from standard input")
    check.add_argument("--stage", choices=("input", "output"), default="input")
    check.add_argument("--context", help="the prompt that an output answers")
    policy = check.add_mutually_exclusive_group()
    policy.add_argument("--policy", type=Path, help="a policy file (.yaml, .json or .toml)")
    policy.add_argument("--preset", choices=tuple(PRESETS), help="a built-in policy")
    check.add_argument("--model", type=Path, help="a model folder (default: the packaged model)")
    check.add_argument("--providers", default="auto", help="auto, cpu, cuda or tensorrt")
    check.add_argument("--json", action="store_true", help="print the verdict as JSON")

    models = commands.add_parser("models", help="list models, runtime and providers")
    models.add_argument("--model", type=Path, action="append", help="also describe this folder")
    models.add_argument("--json", action="store_true", help="print JSON")

    train = commands.add_parser(
        "train",
        help="train a severity model (needs the [train] extra; see `guardrails train --help`)",
        add_help=False,
    )
    train.add_argument("arguments", nargs=argparse.REMAINDER)

    export = commands.add_parser(
        "export", help="turn a local Hugging Face classifier into a model folder ([export] extra)"
    )
    export.add_argument("hf_dir", type=Path, help="a sequence-classification checkpoint folder")
    export.add_argument("--out", type=Path, required=True, help="the model folder to write")
    export.add_argument(
        "--label-map", type=Path, required=True, help="YAML/JSON: checkpoint labels -> categories"
    )
    export.add_argument("--no-quantize", dest="quantize", action="store_false")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["train"]:  # the training CLI parses its own options, --help included
        return _guarded(lambda: _train(arguments[1:]))
    args = _parser().parse_args(arguments)
    return _guarded(lambda: _run(args))


def _run(args: argparse.Namespace) -> int:
    if args.command == "check":
        return _check(args)
    if args.command == "export":
        return _export(args)
    return _models(args)


def _guarded(command: Callable[[], int]) -> int:
    """Run a command; report expected failures in one line on stderr, exit 2."""
    try:
        return command()
    except (GuardrailsError, OSError, UnicodeDecodeError) as exc:
        message = " ".join(str(exc).split())
        print(f"guardrails: error: {message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def _say(text: str) -> None:
    """Print text to stdout; a reader that closed the pipe early is not an error."""
    try:
        print(text, flush=True)
    except BrokenPipeError:  # point stdout at devnull so later writes and the exit flush pass
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _check(args: argparse.Namespace) -> int:
    from ._guard import Guard
    from .classifiers._onnx import OnnxClassifier

    text = sys.stdin.read() if args.text == "-" else args.text
    if args.policy is not None:
        policy = Policy.from_file(args.policy)
    else:
        policy = Policy.preset(args.preset or "balanced")
    if args.model is not None:
        classifier = OnnxClassifier.from_path(args.model, providers=args.providers)
    else:
        classifier = OnnxClassifier.default(providers=args.providers)
    verdict = Guard(classifier=classifier, policy=policy).check(
        text, stage=args.stage, context=args.context
    )
    if verdict.error is not None:
        print(f"guardrails: warning: the classifier failed: {verdict.error}", file=sys.stderr)
    if args.json:
        _say(verdict.model_dump_json(indent=2))
    else:
        _say(_table(verdict, policy))
    return EXIT_ALLOWED if verdict.allowed else EXIT_BLOCKED


def _train(arguments: list[str]) -> int:
    train_main = _extra_function("train", "guardrails.training.__main__", "main")
    return int(train_main(arguments))


def _export(args: argparse.Namespace) -> int:
    export = _extra_function("export", "guardrails.training._hf_export", "export_hf_checkpoint")
    manifest = export(args.hf_dir, args.out, args.label_map, quantize=args.quantize)
    _say(f"wrote {args.out}: {manifest.name} with {len(manifest.categories)} categories")
    return EXIT_ALLOWED


def _extra_function(extra: str, module: str, name: str) -> Any:
    """A function from a module that needs an optional extra, or a clear error."""
    try:
        return getattr(importlib.import_module(module), name)
    except ImportError as exc:
        raise ConfigurationError(
            f"`guardrails {extra}` needs the [{extra}] extra "
            f"(pip install 'guardrails-middleware[{extra}]'): {exc}"
        ) from None


def _table(verdict: Verdict, policy: Policy) -> str:
    rules = policy.stage(verdict.stage)
    lines = [
        f"{verdict.action.value.upper()}  ({verdict.stage} stage, {verdict.model} on "
        f"{verdict.provider}, {verdict.latency_ms:.1f} ms)",
        f"triggered: {', '.join(verdict.triggered) or 'none'}",
        "",
        f"{'category':<32}{'score':>7}  {'severity':<10}action",
    ]
    ranked = sorted(verdict.categories.items(), key=lambda item: item[1].score, reverse=True)
    for name, result in ranked:
        rule = rules.rule_for(name)
        severity = rule.severity_of(result)
        action = rule.decide(severity)
        lines.append(f"{name:<32}{result.score:>7.3f}  {severity.value:<10}{action.value}")
    return "\n".join(lines)


def _models(args: argparse.Namespace) -> int:
    from .classifiers._onnx import OnnxClassifier, default_model_path
    from .classifiers._runtime import RuntimeInfo

    info = RuntimeInfo.detect()
    folders: list[tuple[str, Path]] = []
    default = default_model_path()
    if default is not None:
        folders.append(("default", default))
    folders += [(str(path), path) for path in args.model or []]
    models = []
    for label, folder in folders:
        classifier = OnnxClassifier.from_path(folder)
        manifest = classifier.manifest
        size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
        models.append(
            {
                "model": label,
                "name": manifest.name,
                "version": manifest.version,
                "path": str(folder),
                "size_mb": round(size / 1e6, 1),
                "provider": classifier.provider,
                "pair_input": manifest.pair_input,
                "license": manifest.license,
                "categories": manifest.categories,
            }
        )
    runtime = {
        "onnxruntime": info.version,
        "distributions": list(info.distributions),
        "available_providers": list(info.available_providers),
        "warning": info.conflict,
    }
    if args.json:
        _say(json.dumps({"runtime": runtime, "models": models}, indent=2))
        return EXIT_ALLOWED
    _say(f"ONNX Runtime {info.version} ({', '.join(info.distributions) or 'unknown build'})")
    _say(f"providers available: {', '.join(info.available_providers)}")
    if info.conflict:
        _say(f"warning: {info.conflict}")
    if not models:
        _say("no default model is installed; pass --model DIR to describe a model folder")
    for model in models:
        _say(
            f"\n{model['model']}: {model['name']} {model['version']}  {model['size_mb']} MB  "
            f"provider {model['provider']}  license {model['license']}"
        )
        _say(f"  path: {model['path']}")
        categories = [str(name) for name in model["categories"]]  # type: ignore[attr-defined]
        _say(f"  categories ({len(categories)}): {', '.join(categories)}")
    return EXIT_ALLOWED
