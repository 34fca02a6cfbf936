"""The harm taxonomy: 19 PKU-SafeRLHF categories, four severities, and the vocabularies users know.

Policies may name categories in our own ids or in the vocabulary of BeaverTails (14 categories),
MLCommons hazards (Llama Guard S1-S14) or OpenAI moderation; `resolve_category_name` turns any of
them into our categories.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

__all__ = [
    "ALIASES",
    "Action",
    "Category",
    "Severity",
    "normalise_name",
    "resolve_category_name",
]


class _Ranked(enum.StrEnum):
    """A string enum ordered by declaration rank rather than alphabetically."""

    @property
    def rank(self) -> int:
        return list(type(self)).index(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.rank >= other.rank

    def __hash__(self) -> int:
        return str.__hash__(self)


class Severity(_Ranked):
    """How grave a harm is: NONE < MINOR < MODERATE < SEVERE."""

    NONE = "none"
    MINOR = "minor"
    MODERATE = "moderate"
    SEVERE = "severe"


class Action(_Ranked):
    """What the policy decides: ALLOW < FLAG < REGENERATE < BLOCK."""

    ALLOW = "allow"
    FLAG = "flag"
    REGENERATE = "regenerate"
    BLOCK = "block"


class Category(enum.StrEnum):
    """The 19 harm categories of PKU-SafeRLHF."""

    ENDANGERING_NATIONAL_SECURITY = "endangering_national_security"
    INSULTING_BEHAVIOR = "insulting_behavior"
    DISCRIMINATORY_BEHAVIOR = "discriminatory_behavior"
    ENDANGERING_PUBLIC_HEALTH = "endangering_public_health"
    COPYRIGHT_ISSUES = "copyright_issues"
    VIOLENCE = "violence"
    DRUGS = "drugs"
    PRIVACY_VIOLATION = "privacy_violation"
    ECONOMIC_CRIME = "economic_crime"
    MENTAL_MANIPULATION = "mental_manipulation"
    HUMAN_TRAFFICKING = "human_trafficking"
    PHYSICAL_HARM = "physical_harm"
    SEXUAL_CONTENT = "sexual_content"
    CYBERCRIME = "cybercrime"
    DISRUPTING_PUBLIC_ORDER = "disrupting_public_order"
    ENVIRONMENTAL_DAMAGE = "environmental_damage"
    PSYCHOLOGICAL_HARM = "psychological_harm"
    WHITE_COLLAR_CRIME = "white_collar_crime"
    ANIMAL_ABUSE = "animal_abuse"


C = Category

#: Other vocabularies -> our categories. Keys are the names as each vocabulary writes them.
ALIASES: Mapping[str, Mapping[str, tuple[Category, ...]]] = {
    "beavertails": {
        "animal_abuse": (C.ANIMAL_ABUSE,),
        "child_abuse": (C.PHYSICAL_HARM, C.PSYCHOLOGICAL_HARM, C.SEXUAL_CONTENT),
        "controversial_topics,politics": (C.DISRUPTING_PUBLIC_ORDER,),
        "discrimination,stereotype,injustice": (C.DISCRIMINATORY_BEHAVIOR,),
        "drug_abuse,weapons,banned_substance": (C.DRUGS, C.VIOLENCE),
        "financial_crime,property_crime,theft": (C.ECONOMIC_CRIME, C.WHITE_COLLAR_CRIME),
        "hate_speech,offensive_language": (C.INSULTING_BEHAVIOR, C.DISCRIMINATORY_BEHAVIOR),
        "misinformation_regarding_ethics,laws_and_safety": (
            C.ENDANGERING_PUBLIC_HEALTH,
            C.DISRUPTING_PUBLIC_ORDER,
        ),
        "non_violent_unethical_behavior": (C.MENTAL_MANIPULATION,),
        "privacy_violation": (C.PRIVACY_VIOLATION,),
        "self_harm": (C.PSYCHOLOGICAL_HARM, C.PHYSICAL_HARM),
        "sexually_explicit,adult_content": (C.SEXUAL_CONTENT,),
        "terrorism,organized_crime": (C.ENDANGERING_NATIONAL_SECURITY, C.HUMAN_TRAFFICKING),
        "violence,aiding_and_abetting,incitement": (
            C.VIOLENCE,
            C.PHYSICAL_HARM,
            C.DISRUPTING_PUBLIC_ORDER,
        ),
    },
    "mlcommons": {
        "S1": (C.VIOLENCE, C.PHYSICAL_HARM, C.ANIMAL_ABUSE),
        "S2": (
            C.ECONOMIC_CRIME,
            C.WHITE_COLLAR_CRIME,
            C.CYBERCRIME,
            C.DRUGS,
            C.ENVIRONMENTAL_DAMAGE,
        ),
        "S3": (C.HUMAN_TRAFFICKING, C.SEXUAL_CONTENT),
        "S4": (C.SEXUAL_CONTENT,),
        "S5": (C.INSULTING_BEHAVIOR,),
        "S6": (C.ENDANGERING_PUBLIC_HEALTH,),
        "S7": (C.PRIVACY_VIOLATION,),
        "S8": (C.COPYRIGHT_ISSUES,),
        "S9": (C.ENDANGERING_NATIONAL_SECURITY, C.VIOLENCE),
        "S10": (C.DISCRIMINATORY_BEHAVIOR,),
        "S11": (C.PSYCHOLOGICAL_HARM, C.PHYSICAL_HARM),
        "S12": (C.SEXUAL_CONTENT,),
        "S13": (C.DISRUPTING_PUBLIC_ORDER,),
        "S14": (C.CYBERCRIME,),
        "violent_crimes": (C.VIOLENCE, C.PHYSICAL_HARM, C.ANIMAL_ABUSE),
        "non_violent_crimes": (
            C.ECONOMIC_CRIME,
            C.WHITE_COLLAR_CRIME,
            C.CYBERCRIME,
            C.DRUGS,
            C.ENVIRONMENTAL_DAMAGE,
        ),
        "sex_related_crimes": (C.HUMAN_TRAFFICKING, C.SEXUAL_CONTENT),
        "child_sexual_exploitation": (C.SEXUAL_CONTENT,),
        "defamation": (C.INSULTING_BEHAVIOR,),
        "specialized_advice": (C.ENDANGERING_PUBLIC_HEALTH,),
        "privacy": (C.PRIVACY_VIOLATION,),
        "intellectual_property": (C.COPYRIGHT_ISSUES,),
        "indiscriminate_weapons": (C.ENDANGERING_NATIONAL_SECURITY, C.VIOLENCE),
        "hate": (C.DISCRIMINATORY_BEHAVIOR,),
        "suicide_and_self_harm": (C.PSYCHOLOGICAL_HARM, C.PHYSICAL_HARM),
        "sexual_content": (C.SEXUAL_CONTENT,),
        "elections": (C.DISRUPTING_PUBLIC_ORDER,),
        "code_interpreter_abuse": (C.CYBERCRIME,),
    },
    "openai": {
        "harassment": (C.INSULTING_BEHAVIOR,),
        "harassment/threatening": (C.INSULTING_BEHAVIOR, C.VIOLENCE),
        "hate": (C.DISCRIMINATORY_BEHAVIOR,),
        "hate/threatening": (C.DISCRIMINATORY_BEHAVIOR, C.VIOLENCE),
        "illicit": (
            C.ECONOMIC_CRIME,
            C.WHITE_COLLAR_CRIME,
            C.CYBERCRIME,
            C.DRUGS,
            C.COPYRIGHT_ISSUES,
            C.PRIVACY_VIOLATION,
        ),
        "illicit/violent": (C.VIOLENCE, C.PHYSICAL_HARM, C.ENDANGERING_NATIONAL_SECURITY),
        "self-harm": (C.PSYCHOLOGICAL_HARM, C.PHYSICAL_HARM),
        "self-harm/intent": (C.PSYCHOLOGICAL_HARM, C.PHYSICAL_HARM),
        "self-harm/instructions": (C.PSYCHOLOGICAL_HARM, C.PHYSICAL_HARM),
        "sexual": (C.SEXUAL_CONTENT,),
        "sexual/minors": (C.SEXUAL_CONTENT,),
        "violence": (C.VIOLENCE,),
        "violence/graphic": (C.VIOLENCE,),
    },
}


def normalise_name(name: str) -> str:
    """Fold case, spaces, hyphens and '&' so that 'Self-Harm' and 'self_harm' compare equal."""
    folded = name.strip().lower().replace("&", "and")
    for sep in (" ", "-"):
        folded = folded.replace(sep, "_")
    return folded


def _build_index() -> dict[str, tuple[Category, ...]]:
    index: dict[str, set[Category]] = {}
    for vocabulary, table in ALIASES.items():
        for alias, targets in table.items():
            key = normalise_name(alias)
            for name in (key, f"{vocabulary}:{key}"):
                index.setdefault(name, set()).update(targets)
    for category in Category:
        index[category.value] = {category}  # our own ids always win over a same-named alias
    order = list(Category)
    return {key: tuple(sorted(found, key=order.index)) for key, found in index.items()}


_INDEX = _build_index()


def resolve_category_name(name: str) -> tuple[Category, ...] | None:
    """Map a category name in any known vocabulary to our categories, or None if unknown.

    Accepts our ids (``violence``), BeaverTails names (``self_harm``), MLCommons codes or names
    (``S11``, ``suicide_and_self_harm``) and OpenAI moderation names (``self-harm/intent``), each
    optionally prefixed with its vocabulary (``openai:hate``).
    """
    return _INDEX.get(normalise_name(name))


def known_category_names() -> list[str]:
    """Every name `resolve_category_name` accepts, ours first."""
    ours = [c.value for c in Category]
    others = sorted(k for k in _INDEX if k not in ours and ":" not in k)
    return ours + others
