"""The plug-in point: anything that scores texts per category is a Classifier."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from .._verdict import CategoryResult

__all__ = ["Classifier"]


@runtime_checkable
class Classifier(Protocol):
    """Scores a batch of texts, each optionally with the context it answers (the prompt).

    Returns one dict per text mapping every category the model knows to its result. A classifier
    may also have `name` and `provider` string attributes; verdicts report them when present.
    It must be safe to call from several threads at once.
    """

    def classify(
        self, texts: Sequence[str], contexts: Sequence[str | None] | None = None
    ) -> list[dict[str, CategoryResult]]: ...
