"""Classifiers: the `Classifier` protocol and the ONNX Runtime implementation."""

from ._batcher import MicroBatcher
from ._manifest import Calibration, ModelManifest, SpecialTokens
from ._onnx import OnnxClassifier, default_model_path
from ._protocol import Classifier
from ._runtime import RuntimeInfo

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
