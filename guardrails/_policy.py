"""Policies: per category and per stage, the severity at which to flag, regenerate or block.

A policy file (YAML, JSON or TOML) looks like::

    extends: balanced            # the preset this file changes (balanced if absent)
    max_regenerations: 3
    on_block: refuse             # or: raise
    fail_mode: closed            # or: open
    input_scope: last_user       # or: conversation (check every user turn together)
    normalize: true              # undo obfuscation: NFKC, invisible chars, homoglyphs, s p a c e s
    input:
      default: {flag: minor, block: moderate}
      categories:
        S11: {block: minor}      # any vocabulary: ours, BeaverTails, MLCommons, OpenAI
    output:
      default: {flag: minor, regenerate: moderate}
      categories:
        sexual_content: {regenerate: minor, min_score: 0.3}

A category rule only overrides the keys it names; the stage's `default` fills in the rest.
"""

from __future__ import annotations

import difflib
import json
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from ._errors import ConfigurationError
from ._taxonomy import Action, Category, Severity, known_category_names, resolve_category_name
from ._validation import describe_validation_error
from ._verdict import CategoryResult, Stage

__all__ = ["PRESETS", "Policy", "Rule", "StagePolicy"]

_THRESHOLD_WORDS = "'minor', 'moderate', 'severe' or 'never'"


def _parse_threshold(value: object) -> object:
    if value is None or value is False or value == "never":
        return None
    if isinstance(value, str) and value.strip().lower() in {"minor", "moderate", "severe"}:
        return Severity(value.strip().lower())
    if isinstance(value, Severity) and value is not Severity.NONE:
        return value
    raise ValueError(f"must be {_THRESHOLD_WORDS}, got {value!r}")


class Rule(BaseModel):
    """The thresholds for one category at one stage.

    Each of `flag`, `regenerate` and `block` is the lowest severity that triggers that action, or
    None for never. `min_score` is the score that counts as harm; None uses the model's calibrated
    threshold for the category.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    min_score: float | None = Field(default=None, gt=0.0, lt=1.0)
    flag: Severity | None = None
    regenerate: Severity | None = None
    block: Severity | None = None

    @field_validator("flag", "regenerate", "block", mode="before")
    @classmethod
    def _parse(cls, value: object) -> object:
        return _parse_threshold(value)

    def severity_of(self, result: CategoryResult) -> Severity:
        """The result's severity under this rule's `min_score`."""
        if self.min_score is None:
            return result.severity
        return result.severity_at(self.min_score)

    def decide(self, severity: Severity) -> Action:
        """The strongest action whose threshold `severity` reaches."""
        action = Action.ALLOW
        for candidate, threshold in (
            (Action.FLAG, self.flag),
            (Action.REGENERATE, self.regenerate),
            (Action.BLOCK, self.block),
        ):
            if threshold is not None and severity >= threshold:
                action = candidate
        return action

    def overridden_by(self, override: Rule) -> Rule:
        """This rule with the keys that `override` sets explicitly replaced."""
        return self.model_copy(update={k: getattr(override, k) for k in override.model_fields_set})


class StagePolicy(BaseModel):
    """The rules of one stage: a default and overrides per category."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    default: Rule = Field(default_factory=Rule)
    categories: dict[Category, Rule] = Field(default_factory=dict)

    _resolved: dict[str, Rule] = PrivateAttr(default_factory=dict)

    @field_validator("categories", mode="before")
    @classmethod
    def _resolve_names(cls, value: object) -> object:
        if not isinstance(value, Mapping):
            return value
        resolved: dict[Category, object] = {}
        # Names from other vocabularies first, so that our own ids override them.
        own_ids = {c.value for c in Category}
        for name in sorted(value, key=lambda n: str(n) in own_ids):
            targets = resolve_category_name(str(name))
            if targets is None:
                raise ValueError(_unknown_category_message(str(name)))
            for category in targets:
                resolved[category] = value[name]
        return resolved

    def model_post_init(self, context: Any, /) -> None:
        self._resolved = {
            category.value: self.default.overridden_by(override)
            for category, override in self.categories.items()
        }

    def rule_for(self, category: str) -> Rule:
        """The full rule for a category (a category of a custom model gets the default)."""
        return self._resolved.get(category, self.default)


def _unknown_category_message(name: str) -> str:
    valid = known_category_names()
    close = difflib.get_close_matches(name.lower(), valid, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    ours = ", ".join(c.value for c in Category)
    return (
        f"unknown category {name!r}{hint}; use one of: {ours}, "
        "or a BeaverTails, MLCommons (S1-S14) or OpenAI moderation category name"
    )


class Policy(BaseModel):
    """What to do with each category's severity, at the input and at the output stage.

    `Policy()` is the 'balanced' preset.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    input: StagePolicy = Field(
        default_factory=lambda: StagePolicy(
            default=Rule(flag=Severity.MINOR, block=Severity.MODERATE)
        )
    )
    output: StagePolicy = Field(
        default_factory=lambda: StagePolicy(
            default=Rule(flag=Severity.MINOR, regenerate=Severity.MODERATE)
        )
    )
    max_regenerations: int = Field(default=3, ge=0, le=20)
    on_block: Literal["raise", "refuse"] = "refuse"
    refusal_message: str = Field(
        default="I can't help with that request.", min_length=1, max_length=2000
    )
    fail_mode: Literal["closed", "open"] = "closed"
    input_scope: Literal["last_user", "conversation"] = "last_user"
    normalize: bool = True

    @model_validator(mode="after")
    def _input_cannot_regenerate(self) -> Policy:
        if self.input.default.regenerate is not None:
            raise ValueError(
                "input.default.regenerate: the input stage cannot regenerate a user's message; "
                "use flag or block"
            )
        for category, rule in self.input.categories.items():
            if rule.regenerate is not None:
                raise ValueError(
                    f"input.categories.{category.value}.regenerate: the input stage cannot "
                    "regenerate a user's message; use flag or block"
                )
        return self

    def stage(self, stage: Stage) -> StagePolicy:
        return self.input if stage == "input" else self.output

    def evaluate(
        self, stage: Stage, results: Mapping[str, CategoryResult]
    ) -> tuple[Action, tuple[str, ...]]:
        """The verdict's action and its triggered categories, gravest first."""
        rules = self.stage(stage)
        action = Action.ALLOW
        hits: list[tuple[Severity, float, str]] = []
        for name, result in results.items():
            rule = rules.rule_for(name)
            severity = rule.severity_of(result)
            decided = rule.decide(severity)
            if decided is not Action.ALLOW:
                hits.append((severity, result.score, name))
                action = max(action, decided)
        hits.sort(key=lambda hit: (hit[0].rank, hit[1]), reverse=True)
        return action, tuple(name for _, _, name in hits)

    # -- construction -------------------------------------------------------------------------

    @classmethod
    def preset(cls, name: str) -> Policy:
        """One of the presets: 'strict', 'balanced' (the default) or 'permissive'."""
        if name not in PRESETS:
            raise ConfigurationError(
                f"unknown policy preset {name!r}; use one of: {', '.join(PRESETS)}"
            )
        return cls.from_dict(PRESETS[name], source=f"preset {name!r}")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "policy") -> Policy:
        """Build a policy from plain data (as read from a file).

        The data is laid over the preset named by its `extends` key ('balanced' if absent), so
        a file only states what differs; write `never` to switch a threshold off.
        """
        if not isinstance(data, Mapping):
            raise ConfigurationError(
                f"{source}: a policy must be a mapping of keys, got {type(data).__name__}"
            )
        merged = dict(data)
        base = merged.pop("extends", "balanced")
        if base not in PRESETS:
            raise ConfigurationError(
                f"{source}: extends: unknown preset {base!r}; use one of: {', '.join(PRESETS)}"
            )
        merged = _deep_merge(PRESETS[base], merged)
        try:
            return cls.model_validate(merged)
        except ValidationError as exc:
            raise ConfigurationError(f"{source}: {describe_validation_error(exc)}") from None

    @classmethod
    def from_file(cls, path: str | Path) -> Policy:
        """Load a policy from a .yaml/.yml, .json or .toml file."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigurationError(f"{path}: policy file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigurationError(f"{path}: cannot read the policy file: {exc}") from None
        data = _parse_policy_text(path, text)
        if data is None:
            raise ConfigurationError(f"{path}: the policy file is empty")
        return cls.from_dict(data, source=str(path))


def _parse_policy_text(path: Path, text: str) -> Any:
    suffix = path.suffix.lower()
    try:
        if suffix in {".yaml", ".yml"}:
            return yaml.safe_load(text)
        if suffix == ".json":
            return json.loads(text)
        if suffix == ".toml":
            return tomllib.loads(text)
    except (yaml.YAMLError, json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        detail = " ".join(str(exc).split())
        raise ConfigurationError(f"{path}: not valid {suffix[1:].upper()}: {detail}") from None
    raise ConfigurationError(
        f"{path}: unsupported policy file type {suffix or '(none)'!r}; "
        "use .yaml, .yml, .json or .toml"
    )


def _deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


PRESETS: dict[str, dict[str, Any]] = {
    "strict": {
        "input": {"default": {"min_score": 0.3, "flag": "minor", "block": "minor"}},
        "output": {"default": {"min_score": 0.3, "regenerate": "minor", "block": "severe"}},
    },
    "balanced": {
        "input": {"default": {"flag": "minor", "block": "moderate"}},
        "output": {"default": {"flag": "minor", "regenerate": "moderate"}},
    },
    "permissive": {
        "input": {"default": {"min_score": 0.7, "flag": "moderate", "block": "severe"}},
        "output": {"default": {"min_score": 0.7, "flag": "moderate", "regenerate": "severe"}},
    },
}
