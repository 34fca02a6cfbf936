"""Which model folder a benchmark command runs: the one given, or the packaged default."""

from __future__ import annotations

from pathlib import Path

from guardrails.classifiers import default_model_path

__all__ = ["missing_model_message", "model_folder"]


def model_folder(given: Path | None) -> Path | None:
    """`given` when it holds a model.onnx, the packaged model when none is given, else None."""
    if given is not None:
        return given if (given / "model.onnx").is_file() else None
    return default_model_path()


def missing_model_message(given: Path | None) -> str:
    """Why `model_folder(given)` found nothing."""
    if given is not None:
        return f"{given}: no model.onnx in this folder"
    return "no default model is packaged (guardrails/models/default has no model.onnx)"
