from __future__ import annotations

import pytest

from guardrails import Action, Category, Severity
from guardrails._taxonomy import ALIASES, known_category_names, resolve_category_name


def test_there_are_nineteen_categories_in_snake_case() -> None:
    assert len(Category) == 19
    assert all(c.value == c.value.lower() and " " not in c.value for c in Category)


def test_severity_and_action_are_ordered_by_gravity_not_alphabet() -> None:
    assert Severity.NONE < Severity.MINOR < Severity.MODERATE < Severity.SEVERE
    assert Action.ALLOW < Action.FLAG < Action.REGENERATE < Action.BLOCK
    assert max(Severity.MINOR, Severity.SEVERE, Severity.MODERATE) is Severity.SEVERE
    assert sorted([Action.BLOCK, Action.ALLOW, Action.FLAG]) == [
        Action.ALLOW,
        Action.FLAG,
        Action.BLOCK,
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("violence", (Category.VIOLENCE,)),
        ("Violence", (Category.VIOLENCE,)),
        ("S11", (Category.PHYSICAL_HARM, Category.PSYCHOLOGICAL_HARM)),
        ("suicide & self-harm", (Category.PHYSICAL_HARM, Category.PSYCHOLOGICAL_HARM)),
        ("self-harm/intent", (Category.PHYSICAL_HARM, Category.PSYCHOLOGICAL_HARM)),
        ("openai:sexual/minors", (Category.SEXUAL_CONTENT,)),
        ("mlcommons:S8", (Category.COPYRIGHT_ISSUES,)),
        ("privacy_violation", (Category.PRIVACY_VIOLATION,)),
        (
            "hate_speech,offensive_language",
            (
                Category.INSULTING_BEHAVIOR,
                Category.DISCRIMINATORY_BEHAVIOR,
            ),
        ),
    ],
)
def test_names_from_every_vocabulary_resolve(name: str, expected: tuple[Category, ...]) -> None:
    assert resolve_category_name(name) == expected


def test_unknown_names_resolve_to_none() -> None:
    assert resolve_category_name("violance") is None
    assert resolve_category_name("S15") is None


def test_every_alias_maps_to_real_categories_and_every_category_is_reachable() -> None:
    reached = {c for table in ALIASES.values() for targets in table.values() for c in targets}
    assert reached == set(Category)
    assert known_category_names()[:19] == [c.value for c in Category]
