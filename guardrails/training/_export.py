"""Export the trained model as one ONNX graph, fuse and quantise it, keep the variant that holds up.

Variants: ``fp32`` (ORT-fused), ``int8`` (dynamic per-token activations, per-channel weights, see
`_quantize`) and, on request only, ``fp16``. Each is scored on the validation windows with ONNX
Runtime; int8 ships when its macro-F1 is less than one point below fp32's, otherwise fp32 (fp16
is scored for comparison, never chosen).
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import onnx
import onnxruntime as ort
import torch

from ..classifiers._encoding import Window
from ..classifiers._manifest import Calibration
from ._metrics import calibrate, evaluate
from ._model import SeverityModel
from ._quantize import quantize_per_token
from ._train import predict, predict_batches, window_tensors
from ._windows import CATEGORIES, EncodedSet

__all__ = [
    "MAX_INT8_MACRO_F1_DROP",
    "Variant",
    "build_variants",
    "export_graph",
    "onnx_logits",
    "score_variant",
]

log = logging.getLogger("guardrails.training")

OPSET = 17
MAX_INT8_MACRO_F1_DROP = 0.01  # one F1 point


class _Graph(torch.nn.Module):
    """Positional (input_ids, attention_mask) -> logits, for the exporter."""

    def __init__(self, model: SeverityModel) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        logits: torch.Tensor = self.model(input_ids, attention_mask)
        return logits


def export_graph(
    model: SeverityModel, path: Path, sample: Sequence[Window], padding_id: int
) -> float:
    """Export encoder + pooling + head as one graph; returns the max |ORT - torch| on ``sample``."""
    model.eval()
    input_ids, attention_mask = window_tensors(sample, padding_id)
    axes = {0: "batch", 1: "sequence"}
    graph = _Graph(model).eval()  # the exporter restores the wrapper's mode, and so the model's
    with torch.no_grad(), warnings.catch_warnings():
        # the legacy exporter is deprecated but is the one that gives ORT a fusable graph; the
        # tracer warnings are about shape checks that hold for every input shape
        warnings.simplefilter("ignore")
        expected = model(input_ids, attention_mask).numpy()
        torch.onnx.export(
            graph,
            (input_ids, attention_mask),
            str(path),
            dynamo=False,
            opset_version=OPSET,
            input_names=["input_ids", "attention_mask"],
            output_names=["logits"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "logits": {0: "batch"}},
            do_constant_folding=True,
        )
    onnx.checker.check_model(str(path))
    actual = onnx_logits(path, sample, padding_id)
    return float(np.abs(actual - expected).max())


def _fuse(source: Path, target: Path, num_heads: int, hidden_size: int) -> dict[str, int]:
    from onnxruntime.transformers import optimizer

    optimized = optimizer.optimize_model(
        str(source), model_type="bert", num_heads=num_heads, hidden_size=hidden_size
    )
    optimized.save_model_to_file(str(target))
    stats = optimized.get_fused_operator_statistics()
    return {name: int(count) for name, count in stats.items() if count}


def _fp16(source: Path, target: Path) -> None:
    from onnxruntime.transformers.onnx_model import OnnxModel

    model = OnnxModel(onnx.load(str(source)))
    model.convert_float_to_float16(keep_io_types=True)
    model.save_model_to_file(str(target))


def _session(path: Path) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.log_severity_level = 3
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def onnx_logits(
    path: Path, windows: Sequence[Window], padding_id: int, batch_size: int = 64
) -> npt.NDArray[np.float32]:
    """Logits [windows, categories, 4] from ONNX Runtime, inputs built with `pad_batch`."""
    session = _session(path)
    result: npt.NDArray[np.float32] | None = None
    for batch in predict_batches(windows, batch_size):
        input_ids, attention_mask = window_tensors([windows[i] for i in batch], padding_id)
        (logits,) = session.run(
            ["logits"], {"input_ids": input_ids.numpy(), "attention_mask": attention_mask.numpy()}
        )
        if result is None:
            result = np.zeros((len(windows), *logits.shape[1:]), dtype=np.float32)
        result[batch] = logits
    assert result is not None
    return result


class Variant:
    """One ONNX file, its calibration and validation scores."""

    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        self.path = path
        self.calibration = Calibration()
        self.metrics: dict[str, object] = {}
        self.windows_per_second = 0.0

    @property
    def macro_f1(self) -> float:
        return float(self.metrics.get("macro_f1", 0.0))  # type: ignore[arg-type]

    def summary(self) -> dict[str, object]:
        any_unsafe = self.metrics.get("any_unsafe", {})
        return {
            "macro_f1": self.macro_f1,
            "any_unsafe_f1": any_unsafe.get("f1") if isinstance(any_unsafe, dict) else None,
            "file_size_bytes": self.path.stat().st_size,
            "validation_windows_per_second": round(self.windows_per_second, 1),
        }


def score_variant(variant: Variant, validation: EncodedSet, padding_id: int) -> None:
    """Calibrate on the variant's own validation logits, then score it."""
    started = time.perf_counter()
    logits = onnx_logits(variant.path, validation.windows, padding_id)
    variant.windows_per_second = len(validation) / max(time.perf_counter() - started, 1e-9)
    variant.calibration = calibrate(logits, validation.targets, CATEGORIES)
    variant.metrics = evaluate(logits, validation.targets, CATEGORIES, variant.calibration)
    log.info(
        "%s: macro-F1 %.4f, %d bytes, %.0f windows/s",
        variant.name,
        variant.macro_f1,
        variant.path.stat().st_size,
        variant.windows_per_second,
    )


def build_variants(
    model: SeverityModel,
    work: Path,
    validation: EncodedSet,
    padding_id: int,
    *,
    quantize: bool,
    include_fp16: bool = False,
) -> tuple[Variant, dict[str, object]]:
    """Export, fuse, quantise and score; returns the variant to ship and a report of all of them."""
    sample = validation.windows[:8] if len(validation) else []
    raw = work / "model.raw.onnx"
    diff = export_graph(model, raw, sample, padding_id)
    log.info("exported ONNX graph: max |ORT - torch| = %.2e", diff)
    config = model.encoder.config
    fused = work / "model.fp32.onnx"
    fusions = _fuse(raw, fused, int(config.num_attention_heads), int(config.hidden_size))
    log.info("ORT fusions: %s", fusions)
    variants = [Variant("fp32", fused)]
    quantization: dict[str, int] = {}
    if quantize:
        quantization = quantize_per_token(fused, work / "model.int8.onnx")
        log.info("int8: %s", quantization)
        variants.append(Variant("int8", work / "model.int8.onnx"))
    if include_fp16:
        _fp16(fused, work / "model.fp16.onnx")
        variants.append(Variant("fp16", work / "model.fp16.onnx"))
    fused_diff = float(
        np.abs(onnx_logits(fused, sample, padding_id) - predict(model, sample, padding_id)).max()
    )
    for variant in variants:
        score_variant(variant, validation, padding_id)
    by_name = {v.name: v for v in variants}
    chosen = by_name["fp32"]
    int8 = by_name.get("int8")
    if int8 is not None and chosen.macro_f1 - int8.macro_f1 < MAX_INT8_MACRO_F1_DROP:
        chosen = int8
    report: dict[str, object] = {
        "onnx_vs_torch_max_abs_diff": diff,
        "fused_vs_torch_max_abs_diff": fused_diff,
        "ort_fusions": fusions,
        "quantization": quantization,
        "variants": {v.name: v.summary() for v in variants},
        "shipped_variant": chosen.name,
        "int8_rule": f"int8 ships if its macro-F1 is less than {MAX_INT8_MACRO_F1_DROP} below fp32",
    }
    return chosen, report
