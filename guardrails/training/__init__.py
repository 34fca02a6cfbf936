"""Train and export the packaged severity classifier; needs the ``train`` extra (torch etc.).

Never imported by the runtime: ``guardrails`` itself only needs onnxruntime and tokenizers.
The data readers import without torch; the training functions load it on first use.

    from guardrails.training import run_training
    metrics = run_training(
        [Path("corpus/data")], Path("runs/model"), shared_data=Path("shared/data/training")
    )
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._augment import AugmentConfig
from ._data import (
    DataFormatError,
    Example,
    read_beavertails,
    read_corpus,
    read_examples,
    read_pku_saferlhf,
    read_shared_training,
)

if TYPE_CHECKING:
    from ._pipeline import describe, export_onnx, run_training

_NEEDS_TORCH = frozenset({"describe", "export_onnx", "run_training"})

__all__ = [
    "AugmentConfig",
    "DataFormatError",
    "Example",
    "describe",
    "export_onnx",
    "read_beavertails",
    "read_corpus",
    "read_examples",
    "read_pku_saferlhf",
    "read_shared_training",
    "run_training",
]


def __getattr__(name: str) -> Any:
    if name in _NEEDS_TORCH:
        from . import _pipeline

        return getattr(_pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
