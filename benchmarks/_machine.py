"""What the numbers were measured on: CPU, runtime, package versions, date, load."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import os
import platform
from pathlib import Path
from typing import Any

import psutil

__all__ = ["machine_details"]

_PACKAGES = (
    "guardrails-middleware",
    "onnxruntime",
    "onnxruntime-gpu",
    "tokenizers",
    "numpy",
    "torch",
    "transformers",
    "openai",
    "httpx",
)


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def machine_details(provider: str) -> dict[str, Any]:
    """Machine and software facts; `provider` is the execution provider the classifier got."""
    import onnxruntime

    load_1m = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    cores = os.cpu_count() or 1
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cpu_model": _cpu_model(),
        "logical_cores": cores,
        "physical_cores": psutil.cpu_count(logical=False),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "onnxruntime": {
            "version": onnxruntime.__version__,
            "available_providers": list(onnxruntime.get_available_providers()),
            "provider_used": provider,
        },
        "packages": {name: _version(name) for name in _PACKAGES},
        "load_average_1m_at_start": load_1m,
        "busy_at_start": load_1m is not None and load_1m > 0.5 * cores,
    }
