"""OnnxClassifier: a severity model folder run by ONNX Runtime."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from tokenizers import Tokenizer

from .._errors import InferenceError, ModelLoadError
from .._taxonomy import Severity
from .._verdict import CategoryResult
from ._encoding import Window, WindowEncoder, pad_batch
from ._manifest import MODEL_FILE, TOKENIZER_FILE, ModelManifest
from ._runtime import RuntimeInfo, import_onnxruntime, resolve_providers

__all__ = ["DEFAULT_MODEL_PACKAGE", "OnnxClassifier", "default_model_path"]

logger = logging.getLogger("guardrails")

DEFAULT_MODEL_PACKAGE = "guardrails.models.default"


def default_model_path() -> Path | None:
    """The packaged default model folder, or None when this install carries none."""
    try:
        folder = resources.files(DEFAULT_MODEL_PACKAGE)
    except ModuleNotFoundError:
        return None
    path = Path(str(folder))
    return path if (path / MODEL_FILE).is_file() else None


class OnnxClassifier:
    """Scores texts with a severity model folder (model.onnx, tokenizer.json, manifest.json).

    Long texts are split into overlapping windows and each category keeps its worst window, so
    nothing is truncated; windows are made and scored group by group, so memory stays bounded
    however long a text is. Windows are sorted by length and padded per batch. Thread-safe.
    Build one with `from_path` or `default`; the constructor does no I/O.
    """

    def __init__(
        self,
        session: Any,
        encoder: WindowEncoder,
        manifest: ModelManifest,
        *,
        batch_size: int = 32,
        path: Path | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self._session = session
        self._encoder = encoder
        self.manifest = manifest
        self.batch_size = batch_size
        self.path = path
        self.providers: tuple[str, ...] = tuple(session.get_providers())
        self._feeds = manifest.input_names
        self._temperature = manifest.calibration.temperature
        self._thresholds = np.array(
            [manifest.calibration.threshold(c) for c in manifest.categories], dtype=np.float32
        )

    @property
    def name(self) -> str:
        return f"{self.manifest.name}@{self.manifest.version}"

    @property
    def provider(self) -> str:
        """The execution provider that runs the model (the first one the session got)."""
        return self.providers[0]

    @property
    def categories(self) -> list[str]:
        return list(self.manifest.categories)

    # -- loading ------------------------------------------------------------------------------

    @classmethod
    def from_path(
        cls,
        path: str | Path,
        *,
        providers: str | Sequence[str] = "auto",
        threads: int | None = None,
        batch_size: int = 32,
    ) -> OnnxClassifier:
        """Load a model folder. `providers` is "auto" (CUDA if offered, else CPU) or names."""
        folder = Path(path)
        if not folder.is_dir():
            raise ModelLoadError(f"{folder}: model folder not found")
        manifest = ModelManifest.load(folder)
        tokenizer = _load_tokenizer(folder / TOKENIZER_FILE)
        encoder = WindowEncoder(tokenizer, manifest)
        session = _load_session(folder / MODEL_FILE, manifest, providers, threads)
        return cls(session, encoder, manifest, batch_size=batch_size, path=folder)

    @classmethod
    def default(
        cls,
        *,
        providers: str | Sequence[str] = "auto",
        threads: int | None = None,
        batch_size: int = 32,
    ) -> OnnxClassifier:
        """Load the default model packaged with the library."""
        path = default_model_path()
        if path is None:
            raise ModelLoadError(
                "no default model is installed in this package (guardrails/models/default); "
                "pass a model folder (--model DIR, or OnnxClassifier.from_path(DIR))"
            )
        return cls.from_path(path, providers=providers, threads=threads, batch_size=batch_size)

    # -- inference ----------------------------------------------------------------------------

    def classify(
        self, texts: Sequence[str], contexts: Sequence[str | None] | None = None
    ) -> list[dict[str, CategoryResult]]:
        """One dict per text: every category of the model with its score and severity."""
        if contexts is not None and len(contexts) != len(texts):
            raise ValueError(f"got {len(texts)} texts but {len(contexts)} contexts")
        if not texts:
            return []
        categories = len(self.manifest.categories)
        worst_harm = np.full((len(texts), categories), -1.0, dtype=np.float32)
        worst = np.zeros((len(texts), categories, 4), dtype=np.float32)
        for group in self._encoder.iter_encode(texts, contexts):
            for batch in self._buckets(group):
                probabilities = self._run(batch)
                harm = 1.0 - probabilities[:, :, 0]
                for row, window in enumerate(batch):
                    better = harm[row] > worst_harm[window.text_index]
                    worst_harm[window.text_index, better] = harm[row, better]
                    worst[window.text_index, better] = probabilities[row, better]
        return self._results(worst, worst_harm)

    def _buckets(self, windows: list[Window]) -> Iterator[list[Window]]:
        """Batches of windows of similar length, so that little padding is computed."""
        ordered = sorted(windows, key=lambda w: len(w.ids))
        for begin in range(0, len(ordered), self.batch_size):
            yield ordered[begin : begin + self.batch_size]

    def _run(self, batch: list[Window]) -> npt.NDArray[np.float32]:
        input_ids, attention_mask = pad_batch(batch, self._encoder.padding_id)
        arrays = {
            "input_ids": input_ids,
            "attention_mask": attention_mask,
            "token_type_ids": np.zeros_like(input_ids),
        }
        feeds = {name: arrays[name] for name in self._feeds}
        try:
            (logits,) = self._session.run([self.manifest.output_name], feeds)
        except Exception as exc:
            raise InferenceError(f"{self.name}: inference failed: {exc}") from exc
        expected = (len(batch), len(self.manifest.categories), 4)
        if logits.shape != expected:
            raise InferenceError(
                f"{self.name}: the model returned logits of shape {logits.shape}, "
                f"expected {expected} (batch, categories, severities)"
            )
        return _softmax(logits.astype(np.float32) / self._temperature)

    def _results(
        self, probabilities: npt.NDArray[np.float32], scores: npt.NDArray[np.float32]
    ) -> list[dict[str, CategoryResult]]:
        """Per text and category: the worst window's probabilities, score and severity.

        `probabilities` is [texts, categories, 4], `scores` [texts, categories]. The severity
        is NONE under the category's threshold, else the median severity given harm (as
        `median_harm_severity`, computed here for all texts at once).
        """
        levels = _median_harm_levels(probabilities)
        levels[scores < self._thresholds] = 0
        construct = CategoryResult.model_construct
        names = self.manifest.categories
        return [
            {
                name: construct(score=score, severity=_LEVELS[level], probabilities=tuple(probs))
                for name, score, level, probs in zip(
                    names, text_scores, text_levels, text_probabilities, strict=True
                )
            }
            for text_scores, text_levels, text_probabilities in zip(
                np.clip(scores, 0.0, 1.0).tolist(),
                levels.tolist(),
                probabilities.tolist(),
                strict=True,
            )
        ]

    def __repr__(self) -> str:
        return f"OnnxClassifier({self.name!r}, provider={self.provider!r}, path={str(self.path)!r})"


_LEVELS = (Severity.NONE, Severity.MINOR, Severity.MODERATE, Severity.SEVERE)


def _median_harm_levels(probabilities: npt.NDArray[np.float32]) -> npt.NDArray[np.int64]:
    """Severity levels 1-3 (minor..severe): where P(at least this level | harm) reaches 1/2.

    Computed in float64, as `median_harm_severity` computes it, so that a tie at exactly one half
    falls the same way in both (float32 sums rounded 1 / (2 + 6e-8) up to 0.5).
    """
    wide = probabilities.astype(np.float64)
    harm = wide[..., 1:].sum(axis=-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        severe = wide[..., 3] / harm >= 0.5
        moderate = (wide[..., 3] + wide[..., 2]) / harm >= 0.5
    return np.where(severe, 3, np.where(moderate, 2, 1)).astype(np.int64)


def _softmax(logits: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    shifted = np.exp(logits - logits.max(axis=-1, keepdims=True))
    result: npt.NDArray[np.float32] = shifted / shifted.sum(axis=-1, keepdims=True)
    return result


def _load_tokenizer(path: Path) -> Tokenizer:
    if not path.is_file():
        raise ModelLoadError(f"{path}: no {TOKENIZER_FILE} in the model folder")
    try:
        return Tokenizer.from_file(str(path))
    except Exception as exc:
        raise ModelLoadError(f"{path}: cannot load the tokenizer: {_first_line(exc)}") from None


def _load_session(
    path: Path, manifest: ModelManifest, providers: str | Sequence[str], threads: int | None
) -> Any:
    if not path.is_file():
        raise ModelLoadError(f"{path}: no {MODEL_FILE} in the model folder")
    ort = import_onnxruntime()
    info = RuntimeInfo.detect()
    if info.conflict:
        logger.warning(info.conflict)
    chosen = resolve_providers(providers, info.available_providers)
    options = ort.SessionOptions()
    options.log_severity_level = 3  # errors only: no provider-fallback chatter on stderr
    if threads is not None:
        options.intra_op_num_threads = threads
    try:
        session = ort.InferenceSession(str(path), sess_options=options, providers=chosen)
    except Exception as exc:
        raise ModelLoadError(f"{path}: cannot load the ONNX model: {_first_line(exc)}") from None
    _check_signature(path, session, manifest)
    if chosen[0] != session.get_providers()[0]:
        logger.warning(
            "%s: asked for %s but ONNX Runtime runs the model on %s",
            path,
            chosen[0],
            session.get_providers()[0],
        )
    return session


def _check_signature(path: Path, session: Any, manifest: ModelManifest) -> None:
    inputs = {i.name for i in session.get_inputs()}
    missing = [name for name in manifest.input_names if name not in inputs]
    if missing:
        raise ModelLoadError(
            f"{path}: the graph has no input {missing[0]!r} named in the manifest "
            f"(graph inputs: {', '.join(sorted(inputs))})"
        )
    outputs = {o.name: o for o in session.get_outputs()}
    if manifest.output_name not in outputs:
        raise ModelLoadError(
            f"{path}: the graph has no output {manifest.output_name!r} "
            f"(graph outputs: {', '.join(sorted(outputs))})"
        )
    shape = list(outputs[manifest.output_name].shape)
    expected = [len(manifest.categories), 4]
    fixed_dims_differ = len(shape) == 3 and any(
        isinstance(got, int) and got != want for got, want in zip(shape[1:], expected, strict=True)
    )
    if len(shape) != 3 or fixed_dims_differ:
        raise ModelLoadError(
            f"{path}: output {manifest.output_name!r} has shape {shape}; expected "
            f"[batch, {expected[0]}, 4] for the manifest's {expected[0]} categories"
        )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
