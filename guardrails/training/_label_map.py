"""Label maps: how a Hugging Face classifier's labels become our categories and severities.

A label map is a YAML (or JSON) file::

    problem_type: multi_label_classification   # optional: else config.json's, else single-label
    categories: [insulting_behavior, violence]  # optional: the output categories, default our 19
    labels:
      toxic: {category: insulting_behavior, severity: moderate}
      severe_toxic: {category: insulting_behavior, severity: severe}
      threat: [{category: violence, severity: moderate}]
      LABEL_0: safe

Every label of the checkpoint must be mapped. A category may be named in any vocabulary that
`resolve_category_name` knows; a name that stands for several of our categories maps to each.
For each category c and harm severity s, P(c, s) is the sum of the probabilities of the labels
mapped to (c, s), and P(c, none) = 1 - the sum over s of P(c, s): `weights` and `bias` hold that
affine map, which `map_probabilities` applies and the exported graph repeats.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast, get_args

import numpy as np
import numpy.typing as npt
import yaml

from .._errors import ConfigurationError
from .._policy import _unknown_category_message
from .._taxonomy import Category, Severity, resolve_category_name

__all__ = [
    "CLIP_EPSILON",
    "HARM_SEVERITIES",
    "LabelMap",
    "ProblemType",
    "load_label_map",
]

ProblemType = Literal["single_label_classification", "multi_label_classification"]
PROBLEM_TYPES: tuple[str, ...] = get_args(ProblemType)
HARM_SEVERITIES = (Severity.MINOR, Severity.MODERATE, Severity.SEVERE)
SEVERITY_COLUMNS = {severity: column for column, severity in enumerate(Severity)}
CLIP_EPSILON = 1e-6
SAFE = "safe"
_TOP_KEYS = ("labels", "problem_type", "categories")
_TARGET_KEYS = ("category", "severity")
_VALUE_FORM = (
    f"'{SAFE}', {{category: NAME, severity: {' | '.join(s.value for s in HARM_SEVERITIES)}}} "
    "or a list of those"
)


@dataclass(frozen=True)
class LabelMap:
    """A validated label map for one checkpoint.

    ``targets[i]`` holds the (category, severity) pairs of the checkpoint's label ``i`` (none for
    a safe label); ``categories`` are the output categories, our ids, in output order.
    """

    source: Path
    labels: tuple[str, ...]
    categories: tuple[str, ...]
    problem_type: ProblemType
    targets: tuple[tuple[tuple[str, Severity], ...], ...]

    def weights(self) -> npt.NDArray[np.float32]:
        """[labels, categories * 4]: +1 into (c, s) for each target, -1 into (c, none)."""
        matrix = np.zeros((len(self.labels), len(self.categories), 4), dtype=np.float32)
        columns = {name: index for index, name in enumerate(self.categories)}
        for row, pairs in enumerate(self.targets):
            for category, severity in pairs:
                matrix[row, columns[category], SEVERITY_COLUMNS[severity]] += 1.0
                matrix[row, columns[category], 0] -= 1.0
        return matrix.reshape(len(self.labels), -1)

    def bias(self) -> npt.NDArray[np.float32]:
        """[categories * 4]: 1 in every 'none' column, so that P(none) = 1 - the harm mass."""
        bias = np.zeros((len(self.categories), 4), dtype=np.float32)
        bias[:, 0] = 1.0
        return bias.reshape(-1)

    def map_probabilities(self, probabilities: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        """Label probabilities [batch, labels] -> clipped severity probabilities [batch, C, 4].

        Rows need not sum to 1 (multi-label maps can overlap); softmax of their log, as the
        runtime computes it, renormalises them.
        """
        mapped = probabilities.astype(np.float32) @ self.weights() + self.bias()
        clipped = np.clip(mapped, CLIP_EPSILON, 1.0 - CLIP_EPSILON)
        result: npt.NDArray[np.float32] = clipped.reshape(-1, len(self.categories), 4)
        return result


def load_label_map(
    path: Path, labels: Sequence[str], default_problem_type: str | None = None
) -> LabelMap:
    """Read and check a label map against the checkpoint's labels (in id order).

    ``default_problem_type`` is config.json's ``problem_type``, used when the map names none.
    Raises ConfigurationError with a one-line message naming the file, the key and what is allowed.
    """
    raw = _read(path)
    unknown = [str(key) for key in raw if key not in _TOP_KEYS]
    if unknown:
        raise ConfigurationError(
            f"{path}: unknown key {unknown[0]!r}; allowed keys: {', '.join(_TOP_KEYS)}"
        )
    problem_type = _problem_type(path, raw.get("problem_type"), default_problem_type)
    categories = _categories(path, raw.get("categories"))
    entries = raw.get("labels")
    if not isinstance(entries, Mapping) or not entries:
        raise ConfigurationError(
            f"{path}: 'labels' must map each of the checkpoint's labels ({', '.join(labels)}) "
            f"to {_VALUE_FORM}"
        )
    by_name = {str(key): value for key, value in entries.items()}
    for key in by_name:
        if key not in labels:
            raise ConfigurationError(
                f"{path}: labels.{key}: not a label of the checkpoint; its labels are: "
                f"{', '.join(labels)}"
            )
    missing = [label for label in labels if label not in by_name]
    if missing:
        raise ConfigurationError(
            f"{path}: labels: checkpoint label {missing[0]!r} is not mapped; map every label "
            f"({', '.join(labels)}) to {_VALUE_FORM}"
        )
    targets = tuple(_targets(path, label, by_name[label], categories or None) for label in labels)
    return LabelMap(
        source=path,
        labels=tuple(labels),
        categories=tuple(categories or (c.value for c in Category)),
        problem_type=problem_type,
        targets=targets,
    )


def _read(path: Path) -> Mapping[object, object]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigurationError(f"{path}: label map not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"{path}: cannot read the label map: {exc}") from None
    try:
        raw = yaml.safe_load(text)  # YAML is a superset of JSON
    except yaml.YAMLError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigurationError(f"{path}: cannot parse the label map: {first}") from None
    if not isinstance(raw, Mapping):
        raise ConfigurationError(
            f"{path}: the label map must be a mapping with a 'labels' key, got {type(raw).__name__}"
        )
    return raw


def _problem_type(path: Path, value: object, default: str | None) -> ProblemType:
    source = "problem_type" if value is not None else "config.json's problem_type"
    chosen = value if value is not None else default
    if chosen is None:
        return "single_label_classification"
    if chosen not in PROBLEM_TYPES:
        hint = "" if value is not None else " (set problem_type in the label map)"
        raise ConfigurationError(
            f"{path}: {source} is {chosen!r}; allowed values: {', '.join(PROBLEM_TYPES)}{hint}"
        )
    return cast(ProblemType, chosen)


def _categories(path: Path, value: object) -> list[str]:
    """The map's output categories, our ids in the map's order, or [] for our 19."""
    if value is None:
        return []
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ConfigurationError(f"{path}: categories: must be a non-empty list of category names")
    result: list[str] = []
    for name in value:
        for category in _resolve(path, "categories", name):
            if category not in result:
                result.append(category)
    return result


def _resolve(path: Path, key: str, name: str) -> tuple[str, ...]:
    found = resolve_category_name(name)
    if found is None:
        raise ConfigurationError(f"{path}: {key}: {_unknown_category_message(name)}")
    return tuple(c.value for c in found)


def _targets(
    path: Path, label: str, value: object, allowed: Sequence[str] | None
) -> tuple[tuple[str, Severity], ...]:
    key = f"labels.{label}"
    if isinstance(value, str) and value.strip().lower() == SAFE:
        return ()
    items = value if isinstance(value, list) and value else [value]
    pairs: dict[str, Severity] = {}
    for item in items:
        if not isinstance(item, Mapping):
            raise ConfigurationError(f"{path}: {key}: got {value!r}; use {_VALUE_FORM}")
        extra = [str(k) for k in item if k not in _TARGET_KEYS]
        if extra or "category" not in item or "severity" not in item:
            problem = f"unknown key {extra[0]!r}" if extra else f"got {dict(item)!r}"
            raise ConfigurationError(
                f"{path}: {key}: {problem}; each target needs exactly 'category' and 'severity'"
            )
        severity = _severity(path, key, item["severity"])
        for category in _resolve(path, key, str(item["category"])):
            if allowed is not None and category not in allowed:
                raise ConfigurationError(
                    f"{path}: {key}: category {category!r} is not in the map's categories "
                    f"({', '.join(allowed)}); add it there or map the label elsewhere"
                )
            if pairs.get(category, severity) != severity:
                raise ConfigurationError(
                    f"{path}: {key}: maps {category!r} twice ({pairs[category].value} and "
                    f"{severity.value}); give each category one severity per label"
                )
            pairs[category] = severity
    return tuple(pairs.items())


def _severity(path: Path, key: str, value: object) -> Severity:
    allowed = ", ".join(s.value for s in HARM_SEVERITIES)
    name = str(value).strip().lower()
    if name == Severity.NONE.value:
        raise ConfigurationError(
            f"{path}: {key}: severity 'none' is not a harm; map the label to '{SAFE}' instead"
        )
    if name not in {s.value for s in HARM_SEVERITIES}:
        raise ConfigurationError(
            f"{path}: {key}: unknown severity {value!r}; use one of: {allowed}"
        )
    return Severity(name)
