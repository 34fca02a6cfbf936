"""Train and export the packaged severity classifier; needs the ``train`` extra (torch etc.).

Never imported by the runtime: ``guardrails`` itself only needs onnxruntime and tokenizers.

    from guardrails.training import run_training
    metrics = run_training(
        [Path("corpus/data")], Path("runs/model"), shared_data=Path("shared/data/training")
    )
"""

from __future__ import annotations

from ._data import (
    DataFormatError,
    Example,
    read_beavertails,
    read_corpus,
    read_examples,
    read_pku_saferlhf,
    read_shared_training,
)
from ._pipeline import describe, export_onnx, run_training

__all__ = [
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
