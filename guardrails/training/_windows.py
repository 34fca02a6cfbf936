"""Examples -> model windows (the runtime's `WindowEncoder`) and severity target matrices."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from tokenizers import Tokenizer

from .._taxonomy import Category
from ..classifiers._encoding import Window, WindowEncoder
from ..classifiers._manifest import TOKENIZER_FILE, ModelManifest
from ._data import Example

__all__ = [
    "CATEGORIES",
    "MODEL_NAME",
    "SEVERITY_INDEX",
    "EncodedSet",
    "base_manifest",
    "encode_examples",
    "make_encoder",
]

MODEL_NAME = "guardrails-minilm-severity"
CATEGORIES: tuple[str, ...] = tuple(c.value for c in Category)
SEVERITY_INDEX = {"none": 0, "minor": 1, "moderate": 2, "severe": 3}
DEFAULT_CONTEXT_TOKENS = 64
DEFAULT_OVERLAP = 64


def base_manifest(max_length: int, *, version: str = "0.0.0") -> ModelManifest:
    """The window geometry for a model of ``max_length`` tokens: 64 context and 64 overlap tokens
    at 256; scaled down for shorter windows so the window still has room for text."""
    context = min(DEFAULT_CONTEXT_TOKENS, max_length // 4)
    text_tokens = max_length - 3 - context
    overlap = min(DEFAULT_OVERLAP, text_tokens // 3)
    return ModelManifest(
        name=MODEL_NAME,
        version=version,
        categories=list(CATEGORIES),
        max_length=max_length,
        window_overlap=overlap,
        pair_input=True,
        max_context_tokens=context,
        license="Apache-2.0",
    )


def make_encoder(encoder_folder: Path, manifest: ModelManifest) -> WindowEncoder:
    tokenizer = Tokenizer.from_file(str(encoder_folder / TOKENIZER_FILE))
    return WindowEncoder(tokenizer, manifest)


@dataclass(frozen=True)
class EncodedSet:
    """The first window of each example and its [examples, categories] severity classes."""

    windows: list[Window]
    targets: npt.NDArray[np.int64]

    def __len__(self) -> int:
        return len(self.windows)

    @property
    def lengths(self) -> list[int]:
        return [len(w.ids) for w in self.windows]


def targets_for(examples: Sequence[Example]) -> npt.NDArray[np.int64]:
    column = {name: index for index, name in enumerate(CATEGORIES)}
    targets = np.zeros((len(examples), len(CATEGORIES)), dtype=np.int64)
    for row, example in enumerate(examples):
        for category, severity in example.labels.items():
            targets[row, column[category]] = SEVERITY_INDEX[severity]
    return targets


def encode_examples(encoder: WindowEncoder, examples: Sequence[Example]) -> EncodedSet:
    """Encode with the runtime encoding; a text longer than one window keeps its first window
    with the text's labels (most training texts fit in one window)."""
    windows = encoder.encode([e.text for e in examples], [e.context for e in examples])
    first: dict[int, Window] = {}
    for window in windows:
        first.setdefault(window.text_index, window)
    ordered = [first[index] for index in range(len(examples))]
    return EncodedSet(ordered, targets_for(examples))
