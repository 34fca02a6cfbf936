from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def dependencies(path: Path) -> list[str]:
    return list(tomllib.loads(path.read_text())["project"]["dependencies"])


def test_the_gpu_distribution_swaps_only_the_onnx_runtime() -> None:
    cpu = dependencies(ROOT / "pyproject.toml")
    gpu = dependencies(ROOT / "packaging" / "gpu" / "pyproject.toml")
    assert [d.replace("onnxruntime>", "onnxruntime-gpu>") for d in cpu] == gpu
    assert not any(d.startswith("onnxruntime>") for d in gpu)
    assert not any(d.startswith(("torch", "transformers", "optimum")) for d in cpu)


def test_the_gpu_wheel_carries_the_package_and_depends_on_onnxruntime_gpu(
    tmp_path: Path,
) -> None:
    pytest.importorskip("hatchling")
    pytest.importorskip("build")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "-o", str(tmp_path), "."],
        cwd=ROOT / "packaging" / "gpu",
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("guardrails_middleware_gpu-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
        requires = [
            line.split(":", 1)[1].strip()
            for line in archive.read(metadata).decode().splitlines()
            if line.startswith("Requires-Dist:")
        ]
    assert "guardrails/__init__.py" in names
    assert "guardrails/py.typed" in names
    assert "onnxruntime-gpu>=1.20" in requires
    assert not any(r.startswith("onnxruntime>") for r in requires)
