"""What a check returns: per-category results and the policy's verdict."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from ._taxonomy import Action, Severity

__all__ = ["CategoryResult", "Stage", "Verdict"]

Stage = Literal["input", "output"]

_HARM_LEVELS = (Severity.MINOR, Severity.MODERATE, Severity.SEVERE)


class CategoryResult(BaseModel):
    """A model's reading of one category for one text.

    `score` is P(harm in this category) = 1 - P(none). `severity` is NONE when the score is under
    the model's calibrated threshold, else the median severity given harm. `probabilities` are
    P(none), P(minor), P(moderate), P(severe) when the model gives them.
    """

    model_config = ConfigDict(frozen=True)

    score: float = Field(ge=0.0, le=1.0)
    severity: Severity
    probabilities: tuple[float, float, float, float] | None = None

    def severity_at(self, threshold: float) -> Severity:
        """The severity this result has when `threshold` is the score that counts as harm."""
        if self.score < threshold:
            return Severity.NONE
        if self.probabilities is None:
            return self.severity if self.severity is not Severity.NONE else Severity.MINOR
        return median_harm_severity(self.probabilities)


def median_harm_severity(probabilities: tuple[float, float, float, float]) -> Severity:
    """The harm level at which P(at least this level | harm) first reaches one half."""
    harm = sum(probabilities[1:])
    if harm <= 0.0:
        return Severity.MINOR
    at_least = 0.0
    for level, probability in zip(reversed(_HARM_LEVELS), reversed(probabilities[1:]), strict=True):
        at_least += probability
        if at_least / harm >= 0.5:
            return level
    return Severity.MINOR


class Verdict(BaseModel):
    """The policy's decision on one text at one stage.

    `triggered` lists the categories whose severity reached one of their policy thresholds, the
    gravest first. `error` is set when the classifier failed and the policy's fail mode decided.
    """

    model_config = ConfigDict(frozen=True)

    stage: Stage
    action: Action
    triggered: tuple[str, ...] = ()
    categories: dict[str, CategoryResult] = Field(default_factory=dict)
    model: str = ""
    provider: str = ""
    latency_ms: float = 0.0
    error: str | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def allowed(self) -> bool:
        """True when the text may pass as it is (ALLOW or FLAG)."""
        return self.action <= Action.FLAG

    @property
    def max_severity(self) -> Severity:
        """The gravest severity among the triggered categories (NONE if none triggered)."""
        return max(
            (self.categories[name].severity for name in self.triggered if name in self.categories),
            default=Severity.NONE,
        )
