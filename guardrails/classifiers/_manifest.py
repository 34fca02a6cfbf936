"""The model folder's `manifest.json`: what a severity model is and how to run it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .._errors import ModelLoadError
from .._validation import describe_validation_error

__all__ = [
    "MANIFEST_FILE",
    "MODEL_FILE",
    "TOKENIZER_FILE",
    "Calibration",
    "ModelManifest",
    "SpecialTokens",
]

MANIFEST_FILE = "manifest.json"
MODEL_FILE = "model.onnx"
TOKENIZER_FILE = "tokenizer.json"
SEVERITY_LEVELS = ("none", "minor", "moderate", "severe")


class Calibration(BaseModel):
    """Temperature scaling of the logits and the per-category score that counts as harm."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    temperature: float = Field(default=1.0, gt=0)
    default_threshold: float = Field(default=0.5, gt=0, lt=1)
    thresholds: dict[str, float] = Field(default_factory=dict)

    @field_validator("thresholds")
    @classmethod
    def _thresholds_in_range(cls, value: dict[str, float]) -> dict[str, float]:
        for name, threshold in value.items():
            if not 0 < threshold < 1:
                raise ValueError(f"threshold for {name!r} must be between 0 and 1, got {threshold}")
        return value

    def threshold(self, category: str) -> float:
        return self.thresholds.get(category, self.default_threshold)


class SpecialTokens(BaseModel):
    """The tokens that open, separate and pad a window (BERT's by default)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: str = "[CLS]"
    separator: str = "[SEP]"
    padding: str = "[PAD]"


class ModelManifest(BaseModel):
    """Everything the runtime needs to know about a model folder besides the graph and tokenizer.

    The ONNX graph takes int64 ``input_ids`` and ``attention_mask`` ([batch, tokens]) and returns
    severity logits of shape [batch, len(categories), 4] (none, minor, moderate, severe).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    format_version: Literal[1] = 1
    name: str = Field(min_length=1)
    version: str = Field(min_length=1)
    description: str = ""
    categories: list[str] = Field(min_length=1)
    severity_levels: list[str] = Field(default_factory=lambda: list(SEVERITY_LEVELS))
    input_names: list[str] = Field(default_factory=lambda: ["input_ids", "attention_mask"])
    output_name: str = "logits"
    max_length: int = Field(
        default=256, ge=8, description="tokens per window, special tokens included"
    )
    window_overlap: int = Field(
        default=64, ge=0, description="tokens shared by consecutive windows"
    )
    pair_input: bool = Field(
        default=False, description="True if the model reads (context, text) pairs"
    )
    max_context_tokens: int = Field(
        default=64, ge=0, description="context tokens kept (the last ones)"
    )
    special_tokens: SpecialTokens = Field(default_factory=SpecialTokens)
    calibration: Calibration = Field(default_factory=Calibration)
    license: str = "unknown"
    training_data: list[dict[str, Any]] = Field(default_factory=list)
    metrics: dict[str, Any] = Field(default_factory=dict)

    @field_validator("categories")
    @classmethod
    def _unique_categories(cls, value: list[str]) -> list[str]:
        seen: set[str] = set()
        for name in value:
            if name in seen:
                raise ValueError(f"category {name!r} is listed twice")
            seen.add(name)
        return value

    @field_validator("severity_levels")
    @classmethod
    def _four_levels(cls, value: list[str]) -> list[str]:
        if tuple(value) != SEVERITY_LEVELS:
            raise ValueError(f"must be {list(SEVERITY_LEVELS)}, got {value}")
        return value

    @field_validator("input_names")
    @classmethod
    def _known_inputs(cls, value: list[str]) -> list[str]:
        allowed = {"input_ids", "attention_mask", "token_type_ids"}
        unknown = [name for name in value if name not in allowed]
        if unknown or "input_ids" not in value:
            raise ValueError(
                f"must include 'input_ids' and only use {sorted(allowed)}, got {value}"
            )
        return value

    @model_validator(mode="after")
    def _window_fits(self) -> ModelManifest:
        if self.window_overlap >= self.text_tokens_per_window:
            raise ValueError(
                f"window_overlap ({self.window_overlap}) must be smaller than the text tokens per "
                f"window ({self.text_tokens_per_window}, from max_length and max_context_tokens)"
            )
        return self

    @property
    def text_tokens_per_window(self) -> int:
        """Room for text in one window: max_length less special tokens and the context."""
        if self.pair_input:
            return self.max_length - 3 - self.max_context_tokens
        return self.max_length - 2

    @classmethod
    def load(cls, folder: Path) -> ModelManifest:
        path = folder / MANIFEST_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ModelLoadError(f"{path}: no {MANIFEST_FILE} in the model folder") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelLoadError(f"{path}: cannot read the manifest: {exc}") from None
        try:
            return cls.model_validate(raw)
        except ValidationError as exc:
            raise ModelLoadError(f"{path}: {describe_validation_error(exc)}") from None

    def save(self, folder: Path) -> Path:
        path = folder / MANIFEST_FILE
        path.write_text(self.model_dump_json(indent=2) + "\n", encoding="utf-8")
        return path
