from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardrails import Action, CategoryResult, ConfigurationError, Policy, Rule, Severity


def result(
    score: float, severity: Severity, probs: tuple[float, ...] | None = None
) -> CategoryResult:
    return CategoryResult(score=score, severity=severity, probabilities=probs)  # type: ignore[arg-type]


def test_default_policy_is_the_balanced_preset() -> None:
    assert Policy() == Policy.preset("balanced")


@pytest.mark.parametrize(
    ("preset", "severity", "input_action", "output_action"),
    [
        ("balanced", Severity.MINOR, Action.FLAG, Action.FLAG),
        ("balanced", Severity.MODERATE, Action.BLOCK, Action.REGENERATE),
        ("balanced", Severity.SEVERE, Action.BLOCK, Action.REGENERATE),
        ("strict", Severity.MINOR, Action.BLOCK, Action.REGENERATE),
        ("strict", Severity.SEVERE, Action.BLOCK, Action.BLOCK),
        ("permissive", Severity.MINOR, Action.ALLOW, Action.ALLOW),
        ("permissive", Severity.MODERATE, Action.FLAG, Action.FLAG),
        ("permissive", Severity.SEVERE, Action.BLOCK, Action.REGENERATE),
    ],
)
def test_presets_decide_by_severity(
    preset: str, severity: Severity, input_action: Action, output_action: Action
) -> None:
    policy = Policy.preset(preset)
    results = {"violence": result(0.95, severity)}
    assert policy.evaluate("input", results) == (
        input_action,
        ("violence",) if input_action is not Action.ALLOW else (),
    )
    assert policy.evaluate("output", results)[0] is output_action


def test_triggered_lists_gravest_first_and_skips_allowed_categories() -> None:
    results = {
        "insulting_behavior": result(0.9, Severity.MINOR),
        "violence": result(0.7, Severity.SEVERE),
        "drugs": result(0.1, Severity.NONE),
    }
    action, triggered = Policy().evaluate("input", results)
    assert action is Action.BLOCK
    assert triggered == ("violence", "insulting_behavior")


POLICY_YAML = """
max_regenerations: 5
on_block: raise
input:
  default: {flag: moderate, block: severe}
  categories:
    S11: {block: minor}
    violence: {block: moderate}
output:
  categories:
    sexual_content: {regenerate: minor, min_score: 0.3}
"""


def test_a_yaml_policy_overrides_only_what_it_names(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(POLICY_YAML)
    policy = Policy.from_file(path)
    assert policy.max_regenerations == 5
    assert policy.on_block == "raise"
    assert policy.input.rule_for("psychological_harm") == Rule(
        flag=Severity.MODERATE, block=Severity.MINOR
    )
    assert policy.input.rule_for("physical_harm").block is Severity.MINOR
    assert policy.input.rule_for("violence").block is Severity.MODERATE
    assert policy.input.rule_for("drugs") == Rule(flag=Severity.MODERATE, block=Severity.SEVERE)
    # output keeps balanced defaults where the file is silent
    assert policy.output.rule_for("drugs") == Rule(
        flag=Severity.MINOR, regenerate=Severity.MODERATE
    )
    assert policy.output.rule_for("sexual_content").min_score == 0.3


def test_yaml_json_and_toml_files_give_the_same_policy(tmp_path: Path) -> None:
    data = {
        "fail_mode": "open",
        "input": {"categories": {"openai:harassment": {"block": "minor"}}},
        "output": {"default": {"flag": "never", "regenerate": "minor"}},
    }
    (tmp_path / "p.json").write_text(json.dumps(data))
    (tmp_path / "p.yaml").write_text(
        "fail_mode: open\ninput:\n  categories:\n    openai:harassment: {block: minor}\n"
        "output:\n  default: {flag: never, regenerate: minor}\n"
    )
    (tmp_path / "p.toml").write_text(
        'fail_mode = "open"\n[input.categories."openai:harassment"]\nblock = "minor"\n'
        '[output.default]\nflag = "never"\nregenerate = "minor"\n'
    )
    policies = [Policy.from_file(tmp_path / f"p.{ext}") for ext in ("json", "yaml", "toml")]
    assert policies[0] == policies[1] == policies[2]
    assert policies[0].input.rule_for("insulting_behavior").block is Severity.MINOR
    assert policies[0].output.default.flag is None


def test_our_own_id_overrides_an_alias_that_covers_it() -> None:
    policy = Policy.from_dict(
        {"input": {"categories": {"violence": {"block": "severe"}, "S1": {"block": "minor"}}}}
    )
    assert policy.input.rule_for("violence").block is Severity.SEVERE
    assert policy.input.rule_for("physical_harm").block is Severity.MINOR


def test_min_score_recomputes_severity_from_probabilities() -> None:
    probs = (0.6, 0.1, 0.1, 0.2)  # score 0.4, under the model's usual 0.5 threshold
    below = result(0.4, Severity.NONE, probs)
    loose = Policy.from_dict({"input": {"default": {"min_score": 0.3}}})
    assert loose.evaluate("input", {"violence": below})[0] is Action.BLOCK
    assert Policy().evaluate("input", {"violence": below})[0] is Action.ALLOW


@pytest.mark.parametrize(
    ("content", "suffix", "needles"),
    [
        (
            "input:\n  categories:\n    violance: {block: minor}\n",
            ".yaml",
            ["input.categories", "violance", "did you mean 'violence'"],
        ),
        (
            "output:\n  default: {block: high}\n",
            ".yaml",
            ["output.default.block", "'minor', 'moderate', 'severe' or 'never'", "high"],
        ),
        (
            "input:\n  default: {regenerate: minor}\n",
            ".yaml",
            ["input.default.regenerate", "cannot regenerate"],
        ),
        (
            "input:\n  categories:\n    drugs: {regenerate: minor}\n",
            ".yaml",
            ["input.categories.drugs.regenerate"],
        ),
        ("max_regenerations: 99\n", ".yaml", ["max_regenerations", "20"]),
        ("on_block: explode\n", ".yaml", ["on_block", "'raise' or 'refuse'"]),
        ("colour: blue\n", ".yaml", ["colour", "unknown key"]),
        ("extends: lax\n", ".yaml", ["extends", "lax", "strict, balanced, permissive"]),
        ("input: [1, 2\n", ".yaml", ["not valid YAML"]),
        ('{"input": }', ".json", ["not valid JSON"]),
        ("input = [", ".toml", ["not valid TOML"]),
        ("", ".yaml", ["empty"]),
        ("- a\n- b\n", ".yaml", ["must be a mapping"]),
        ("a: 1", ".ini", ["unsupported policy file type '.ini'"]),
    ],
)
def test_bad_policy_files_name_the_file_the_key_and_the_allowed_values(
    tmp_path: Path, content: str, suffix: str, needles: list[str]
) -> None:
    path = tmp_path / f"policy{suffix}"
    path.write_text(content)
    with pytest.raises(ConfigurationError) as info:
        Policy.from_file(path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert "\n" not in message
    for needle in needles:
        assert needle in message


def test_a_missing_policy_file_is_a_configuration_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="policy file not found"):
        Policy.from_file(tmp_path / "nope.yaml")


def test_unknown_preset_lists_the_presets() -> None:
    with pytest.raises(ConfigurationError, match="strict, balanced, permissive"):
        Policy.preset("paranoid")


def test_policies_are_frozen() -> None:
    policy = Policy()
    with pytest.raises(ValueError, match="frozen"):
        policy.max_regenerations = 9  # type: ignore[misc]
