"""Which ONNX Runtime is installed, which execution providers it offers, and which to use."""

from __future__ import annotations

import importlib.metadata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .._errors import ConfigurationError

if TYPE_CHECKING:
    from types import ModuleType

__all__ = ["RUNTIME_DISTRIBUTIONS", "RuntimeInfo", "import_onnxruntime", "resolve_providers"]

#: Distributions that all install the same `onnxruntime` module; only one may be installed.
RUNTIME_DISTRIBUTIONS = (
    "onnxruntime",
    "onnxruntime-gpu",
    "onnxruntime-directml",
    "onnxruntime-openvino",
    "onnxruntime-qnn",
)

_SHORT_NAMES = {
    "cpu": "CPUExecutionProvider",
    "cuda": "CUDAExecutionProvider",
    "tensorrt": "TensorrtExecutionProvider",
    "directml": "DmlExecutionProvider",
    "openvino": "OpenVINOExecutionProvider",
    "coreml": "CoreMLExecutionProvider",
}


def import_onnxruntime() -> ModuleType:
    """Import onnxruntime on first use (so that `import guardrails` stays light)."""
    try:
        import onnxruntime
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ConfigurationError(
            "onnxruntime cannot be imported; reinstall with `pip install guardrails-middleware` "
            f"(CPU) or `pip install guardrails-middleware-gpu` (CUDA): {exc}"
        ) from exc
    module: ModuleType = onnxruntime
    return module


@dataclass(frozen=True)
class RuntimeInfo:
    """The ONNX Runtime build in use: distribution(s), version and available providers."""

    distributions: tuple[str, ...]
    version: str
    available_providers: tuple[str, ...]

    @property
    def conflict(self) -> str | None:
        """A warning when several runtime distributions share the `onnxruntime` module."""
        if len(self.distributions) < 2:
            return None
        names = " and ".join(self.distributions)
        return (
            f"{names} are both installed and overwrite each other's `onnxruntime` module; "
            "keep one: `pip uninstall -y " + " ".join(self.distributions) + "` then install "
            "guardrails-middleware (CPU) or guardrails-middleware-gpu (CUDA)"
        )

    @classmethod
    def detect(cls) -> RuntimeInfo:
        ort = import_onnxruntime()
        installed = []
        for name in RUNTIME_DISTRIBUTIONS:
            try:
                installed.append(f"{name} {importlib.metadata.version(name)}")
            except importlib.metadata.PackageNotFoundError:
                continue
        return cls(
            distributions=tuple(installed),
            version=str(ort.__version__),
            available_providers=tuple(ort.get_available_providers()),
        )


def resolve_providers(requested: str | Sequence[str], available: Sequence[str]) -> list[str]:
    """The provider list to ask ONNX Runtime for.

    "auto" takes CUDA when the runtime offers it, then the CPU. Otherwise `requested` is one
    name or a list, in full ("CUDAExecutionProvider") or short ("cuda", "tensorrt", "cpu"); each
    must be available. The CPU is always appended as the last fallback.
    """
    if isinstance(requested, str) and requested == "auto":
        chosen = ["CUDAExecutionProvider"] if "CUDAExecutionProvider" in available else []
    else:
        names = [requested] if isinstance(requested, str) else list(requested)
        if not names:
            raise ConfigurationError("providers: give 'auto' or at least one provider name")
        chosen = []
        for name in names:
            full = _SHORT_NAMES.get(name.lower(), name)
            if full not in available:
                raise ConfigurationError(
                    f"providers: {name!r} is not available in this ONNX Runtime build; "
                    f"available: {', '.join(available)} (or 'auto')"
                )
            chosen.append(full)
    if "CPUExecutionProvider" not in chosen:
        chosen.append("CPUExecutionProvider")
    return chosen
