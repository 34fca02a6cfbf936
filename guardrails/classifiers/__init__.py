"""Classifiers: the `Classifier` protocol and the ONNX Runtime implementation.

`OnnxClassifier` (with NumPy and tokenizers) is imported on first use, so that
`import guardrails` stays light.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._batcher import MicroBatcher
from ._manifest import Calibration, ModelManifest, SpecialTokens
from ._protocol import Classifier
from ._runtime import RuntimeInfo

if TYPE_CHECKING:
    from ._onnx import OnnxClassifier, default_model_path

__all__ = [
    "Calibration",
    "Classifier",
    "MicroBatcher",
    "ModelManifest",
    "OnnxClassifier",
    "RuntimeInfo",
    "SpecialTokens",
    "default_model_path",
]

_LAZY = {"OnnxClassifier": "._onnx", "default_model_path": "._onnx"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
