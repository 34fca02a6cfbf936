"""The exceptions this library raises. Every one derives from `GuardrailsError`::

GuardrailsError
├── ConfigurationError (ValueError)     a bad policy, option or model folder argument
├── InvalidInput (ValueError)           empty text, or text that is not a string
├── ClassifierError                     the classifier could not produce a verdict
│   ├── ModelLoadError                  a model folder is missing, incomplete or corrupt
│   └── InferenceError                  the model failed while running
├── UpstreamError                       the chat model failed after retries
└── PolicyViolation                     the policy refused something (carries its verdicts)
    ├── InputBlocked                    the user's message was blocked
    ├── OutputBlocked                   the model's reply was blocked
    └── RegenerationExhausted           every regenerated reply still broke the policy
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._verdict import Verdict

__all__ = [
    "ClassifierError",
    "ConfigurationError",
    "GuardrailsError",
    "InferenceError",
    "InputBlocked",
    "InvalidInput",
    "ModelLoadError",
    "OutputBlocked",
    "PolicyViolation",
    "RegenerationExhausted",
    "UpstreamError",
]


class GuardrailsError(Exception):
    """The root of every error this library raises."""


class ConfigurationError(GuardrailsError, ValueError):
    """A policy, option or path is invalid. The message names the source, key and allowed values."""


class InvalidInput(GuardrailsError, ValueError):
    """The text to check is empty or not text."""


class ClassifierError(GuardrailsError):
    """The classifier could not produce a verdict."""


class ModelLoadError(ClassifierError):
    """A model folder is missing, incomplete or corrupt."""


class InferenceError(ClassifierError):
    """The model failed while running."""


class UpstreamError(GuardrailsError):
    """The chat model failed after the configured retries (or at once, for a 4xx other than 429).

    `status_code` is the last HTTP status (None for a transport failure such as a timeout or a
    dropped connection); `attempts` is how many requests were made.
    """

    def __init__(self, message: str, *, status_code: int | None = None, attempts: int = 1) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.attempts = attempts


class PolicyViolation(GuardrailsError):
    """The policy refused something. `verdicts` holds every verdict that led here, oldest first."""

    def __init__(self, message: str, verdicts: Sequence[Verdict]) -> None:
        super().__init__(message)
        self.verdicts: tuple[Verdict, ...] = tuple(verdicts)

    @property
    def verdict(self) -> Verdict:
        """The last verdict: the one that decided."""
        return self.verdicts[-1]


class InputBlocked(PolicyViolation):
    """The user's message was blocked before it reached the model."""


class OutputBlocked(PolicyViolation):
    """The model's reply was blocked."""


class RegenerationExhausted(PolicyViolation):
    """Every regenerated reply still broke the policy."""
