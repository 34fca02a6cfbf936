"""Training examples and the readers that produce them.

Formats read:

- the team corpus (``corpus/data/*.jsonl``, see ``corpus/SPEC.md``): strict, every bad row is an
  error naming ``file:line`` and the field;
- PKU-SafeRLHF rows (``prompt``, ``response_0``/``response_1``, ``is_response_N_safe``,
  ``response_N_harm_category``, ``response_N_severity_level``): one response example per reply;
- BeaverTails rows (``prompt``, ``response``, ``is_safe``, ``category``): its 14 categories are
  mapped to ours through ``ALIASES["beavertails"]``;
- the permissively licensed toxicity files in ``shared/data/training`` (hate and insults only).

PKU-SafeRLHF and BeaverTails are CC-BY-NC-4.0: their readers exist for research runs and evaluation;
a model trained on them cannot ship under Apache-2.0.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .._taxonomy import ALIASES, Category, normalise_name

__all__ = [
    "DATASET_LICENSES",
    "SEVERITIES",
    "DataFormatError",
    "Example",
    "read_beavertails",
    "read_corpus",
    "read_examples",
    "read_pku_saferlhf",
    "read_shared_training",
    "require_among",
]

SEVERITIES = ("minor", "moderate", "severe")
_CATEGORY_IDS = frozenset(c.value for c in Category)
_PKU_LEVELS = {0: "minor", 1: "minor", 2: "moderate", 3: "severe"}

Role = Literal["prompt", "response"]

#: Licence of each dataset, keyed by the part of `Example.source` before the first ':'.
DATASET_LICENSES: Mapping[str, str] = {
    "team": "Apache-2.0",
    "davidson": "MIT",
    "toxic_spans": "CC0-1.0",
    "surge": "MIT",
    "toxigen": "MIT AND CDLA-Permissive-2.0",
    "hh_rlhf": "MIT (labels: the team, Apache-2.0)",
    "pku_saferlhf": "CC-BY-NC-4.0",
    "beavertails": "CC-BY-NC-4.0",
}


class DataFormatError(ValueError):
    """A training file has a row that cannot be read; the message names file:line and the field."""


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled text. ``labels`` maps category ids to severities; empty means safe."""

    text: str
    context: str | None
    role: Role
    labels: dict[str, str] = field(default_factory=dict)
    source: str = "unknown"

    @property
    def dataset(self) -> str:
        """The dataset the example came from: ``team:violence`` -> ``team``."""
        return self.source.split(":", 1)[0]

    @property
    def is_safe(self) -> bool:
        return not self.labels


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line of a JSON Lines file."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataFormatError(f"{path}:{number}: not valid JSON: {exc.msg}") from None
            if not isinstance(row, dict):
                raise DataFormatError(f"{path}:{number}: a row must be a JSON object")
            yield number, row


def _string(row: dict[str, Any], key: str, where: str, *, required: bool = True) -> str | None:
    value = row.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise DataFormatError(f"{where}: field {key!r} must be a non-empty string, got {value!r}")
    return value


# --- the team corpus -------------------------------------------------------------------------


_CORPUS_FIELDS = frozenset({"text", "role", "labels", "source", "context"})


def _corpus_example(row: dict[str, Any], where: str) -> Example:
    unknown = sorted(set(row) - _CORPUS_FIELDS)
    if unknown:
        raise DataFormatError(
            f"{where}: unknown field {unknown[0]!r} (allowed: {sorted(_CORPUS_FIELDS)})"
        )
    text = _string(row, "text", where)
    source = _string(row, "source", where)
    role = row.get("role")
    if role not in ("prompt", "response"):
        raise DataFormatError(f"{where}: field 'role' must be 'prompt' or 'response', got {role!r}")
    context = _string(row, "context", where, required=False)
    if context is not None and role != "response":
        raise DataFormatError(f"{where}: field 'context' is only allowed when role is 'response'")
    labels = row.get("labels")
    if not isinstance(labels, dict):
        raise DataFormatError(f"{where}: field 'labels' must be an object, got {labels!r}")
    for category, severity in labels.items():
        if category not in _CATEGORY_IDS:
            raise DataFormatError(f"{where}: field 'labels' has unknown category {category!r}")
        if severity not in SEVERITIES:
            raise DataFormatError(
                f"{where}: field 'labels.{category}' must be one of {list(SEVERITIES)}, "
                f"got {severity!r}"
            )
    assert text is not None
    assert source is not None
    return Example(text, context, role, dict(labels), source)


def read_corpus(path: Path) -> list[Example]:
    """Read one team-corpus JSONL file (``corpus/SPEC.md``)."""
    return [_corpus_example(row, f"{path}:{number}") for number, row in _rows(path)]


# --- PKU-SafeRLHF ----------------------------------------------------------------------------


def _pku_category(name: str, where: str) -> str:
    category = normalise_name(name)
    if category not in _CATEGORY_IDS:
        raise DataFormatError(f"{where}: unknown PKU-SafeRLHF harm category {name!r}")
    return category


def _pku_response(row: dict[str, Any], index: int, where: str) -> Example | None:
    prompt = _string(row, "prompt", where)
    text = _string(row, f"response_{index}", where)
    safe = row.get(f"is_response_{index}_safe")
    if not isinstance(safe, bool):
        raise DataFormatError(f"{where}: field 'is_response_{index}_safe' must be true or false")
    assert text is not None
    if safe:
        return Example(text, prompt, "response", {}, "pku_saferlhf")
    flags = row.get(f"response_{index}_harm_category")
    if not isinstance(flags, dict):
        raise DataFormatError(f"{where}: field 'response_{index}_harm_category' must be an object")
    level = row.get(f"response_{index}_severity_level", 2)
    if level not in _PKU_LEVELS:
        raise DataFormatError(
            f"{where}: field 'response_{index}_severity_level' must be 0-3, got {level!r}"
        )
    severity = _PKU_LEVELS[level]
    labels = {_pku_category(name, where): severity for name, flagged in flags.items() if flagged}
    if not labels:
        return None  # unsafe but no category named: nothing to learn per category
    return Example(text, prompt, "response", labels, "pku_saferlhf")


def read_pku_saferlhf(path: Path) -> list[Example]:
    """Read PKU-SafeRLHF rows: each row gives two responses, judged in the light of the prompt."""
    examples: list[Example] = []
    for number, row in _rows(path):
        for index in (0, 1):
            example = _pku_response(row, index, f"{path}:{number}")
            if example is not None:
                examples.append(example)
    return examples


# --- BeaverTails -----------------------------------------------------------------------------

_BEAVERTAILS = {normalise_name(name): targets for name, targets in ALIASES["beavertails"].items()}


def read_beavertails(path: Path, *, severity: str = "moderate") -> list[Example]:
    """Read BeaverTails rows. BeaverTails has no severity: flagged categories get ``severity``."""
    if severity not in SEVERITIES:
        raise ValueError(f"severity must be one of {list(SEVERITIES)}, got {severity!r}")
    examples: list[Example] = []
    for number, row in _rows(path):
        where = f"{path}:{number}"
        prompt = _string(row, "prompt", where)
        text = _string(row, "response", where)
        safe = row.get("is_safe")
        if not isinstance(safe, bool):
            raise DataFormatError(f"{where}: field 'is_safe' must be true or false")
        assert text is not None
        labels: dict[str, str] = {}
        if not safe:
            flags = row.get("category")
            if not isinstance(flags, dict):
                raise DataFormatError(f"{where}: field 'category' must be an object")
            for name, flagged in flags.items():
                targets = _BEAVERTAILS.get(normalise_name(name))
                if targets is None:
                    raise DataFormatError(
                        f"{where}: field 'category' has unknown BeaverTails category {name!r}"
                    )
                if flagged:
                    labels.update({c.value: severity for c in targets})
            if not labels:
                continue
        examples.append(Example(text, prompt, "response", labels, "beavertails"))
    return examples


# --- any of the above, by sniffing -----------------------------------------------------------


def read_examples(path: Path) -> list[Example]:
    """Read a JSONL file in any supported format, told apart by the fields of its first row."""
    first = next(_rows(path), None)
    if first is None:
        return []
    keys = set(first[1])
    if "response_0" in keys:
        return read_pku_saferlhf(path)
    if "is_safe" in keys and "response" in keys:
        return read_beavertails(path)
    return read_corpus(path)


# --- shared/data/training ----------------------------------------------------------------------

_SHARED_FILES = (
    "davidson.jsonl",
    "toxic_spans.jsonl",
    "surge_toxicity.jsonl",
    "toxigen_seeds.jsonl",
)


def _shared_labels(row: dict[str, Any], where: str) -> tuple[str, dict[str, str]]:  # noqa: PLR0911
    """(group, labels): the group is what the toxic cap balances over."""
    source = row.get("source")
    raw = row.get("labels") or {}
    if source == "davidson":
        kind = raw.get("class")
        if kind == 0:
            return "davidson:hate", {"discriminatory_behavior": "moderate"}
        if kind == 1:
            return "davidson:offensive", {"insulting_behavior": "minor"}
        if kind == 2:
            return "davidson:neither", {}
    elif source == "toxic_spans":
        return "toxic_spans", {"insulting_behavior": "minor"}
    elif source == "surge":
        verdict = raw.get("is_toxic")
        if verdict == "Toxic":
            return "surge", {"insulting_behavior": "minor"}
        if verdict == "Not Toxic":
            return "surge", {}
    elif source == "toxigen":
        label = raw.get("label")
        if label == "hate":
            return "toxigen", {"discriminatory_behavior": "moderate"}
        if label == "neutral":
            return "toxigen", {}
    raise DataFormatError(f"{where}: cannot map source {source!r} with labels {raw!r}")


def _cap_evenly(groups: dict[str, list[Example]], cap: int, rng: random.Random) -> list[Example]:
    """At most ``cap`` examples, shared evenly between groups (small groups keep all theirs)."""
    kept: list[Example] = []
    remaining = cap
    pending = sorted(groups, key=lambda name: len(groups[name]))
    while pending:
        share = remaining // len(pending)
        name = pending.pop(0)
        rows = groups[name]
        take = rows if len(rows) <= share else rng.sample(rows, share)
        kept.extend(take)
        remaining -= len(take)
    return kept


def read_shared_training(folder: Path, *, max_toxic: int = 8000, seed: int = 0) -> list[Example]:
    """Read the hate/insult files of ``shared/data/training`` (not hh-rlhf: it has no labels).

    Every safe row is kept; toxic rows are capped at ``max_toxic`` in all, shared evenly between
    Davidson hate, Davidson offensive, Toxic Spans, Surge and ToxiGen, so they do not swamp the
    team corpus. Texts are user messages, so they get ``role="prompt"``.
    """
    safe: list[Example] = []
    toxic: dict[str, list[Example]] = {}
    for name in _SHARED_FILES:
        path = folder / name
        if not path.exists():
            continue
        for number, row in _rows(path):
            where = f"{path}:{number}"
            text = _string(row, "text", where)
            assert text is not None
            group, labels = _shared_labels(row, where)
            example = Example(text, None, "prompt", labels, str(row["source"]))
            if labels:
                toxic.setdefault(group, []).append(example)
            else:
                safe.append(example)
    return safe + _cap_evenly(toxic, max_toxic, random.Random(seed))


def require_among(option: str, chosen: Sequence[Path], data_files: Sequence[Path]) -> None:
    """Refuse files that an option (``--focus``, ``--oversample``) names but ``--data`` lacks."""
    known = {path.resolve() for path in data_files}
    outside = sorted(path for path in chosen if path.resolve() not in known)
    if outside:
        raise ValueError(f"{option} {outside[0]} is not among the --data files or folders")
