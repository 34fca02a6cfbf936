"""The filter-and-regenerate loop, driven by hand: it is a sans-I/O generator."""

from __future__ import annotations

from typing import Any

import pytest

from guardrails import Action, CategoryResult, Policy, Severity, Verdict
from guardrails._chat_flow import Candidate, ChatOptions, Check, Generate, chat_flow
from guardrails._messages import (
    content_text,
    place_steering,
    prompt_text,
    reply_text,
    steering_message,
)
from guardrails._report import Attempt


def verdict(stage: str, action: Action, **scores: float) -> Verdict:
    categories = {
        name: CategoryResult(
            score=score, severity=Severity.SEVERE if score > 0.5 else Severity.NONE
        )
        for name, score in scores.items()
    }
    triggered = tuple(n for n, s in scores.items() if s > 0.5)
    return Verdict(stage=stage, action=action, triggered=triggered, categories=categories)  # type: ignore[arg-type]


SAFE_IN = verdict("input", Action.ALLOW)
MESSAGES = [{"role": "system", "content": "be nice"}, {"role": "user", "content": "hi there"}]


def drive(flow: Any, script: list[Any]) -> tuple[Any, list[Any]]:
    """Send scripted results into the flow; return its outcome and the effects it yielded."""
    effects = [next(flow)]
    try:
        for result in script:
            effects.append(flow.send(result))
    except StopIteration as stop:
        return stop.value, effects
    raise AssertionError(f"the flow wanted more: {effects[-1]}")


def test_a_safe_reply_passes_after_one_round() -> None:
    outcome, effects = drive(
        chat_flow(Policy(), MESSAGES, ChatOptions()),
        [[SAFE_IN], [Candidate("hello!")], [verdict("output", Action.ALLOW)]],
    )
    assert effects[0] == Check("input", ("hi there",))
    assert isinstance(effects[1], Generate)
    assert effects[1].messages == tuple(MESSAGES)
    assert effects[2] == Check("output", ("hello!",), ("hi there",))
    assert outcome.report.outcome == "allowed"
    assert outcome.report.attempts == 1
    assert outcome.chosen.text == "hello!"


def test_a_blocked_prompt_never_reaches_the_model() -> None:
    blocked = verdict("input", Action.BLOCK, violence=0.99)
    outcome, effects = drive(chat_flow(Policy(), MESSAGES, ChatOptions()), [[blocked]])
    assert not any(isinstance(e, Generate) for e in effects)
    assert outcome.report.outcome == "input_blocked"
    assert outcome.chosen is None


def test_a_harmful_reply_is_regenerated_with_steering_then_accepted() -> None:
    bad = verdict("output", Action.REGENERATE, violence=0.9)
    outcome, effects = drive(
        chat_flow(Policy(), MESSAGES, ChatOptions()),
        [
            [SAFE_IN],
            [Candidate("harm")],
            [bad],
            [Candidate("safe")],
            [verdict("output", Action.ALLOW)],
        ],
    )
    second = effects[3]
    assert isinstance(second, Generate)
    assert second.round == 1
    assert second.messages[:2] == tuple(MESSAGES)
    assert second.messages[2]["role"] == "system"
    assert "violence (severe)" in second.messages[2]["content"]
    assert outcome.report.outcome == "regenerated"
    assert outcome.report.attempts == 2
    assert [v.action for v in outcome.report.outputs] == [Action.REGENERATE, Action.ALLOW]


def test_regeneration_stops_after_max_regenerations() -> None:
    bad = verdict("output", Action.REGENERATE, drugs=0.9)
    policy = Policy.from_dict({"max_regenerations": 2})
    script: list[Any] = [[SAFE_IN]]
    for _ in range(3):
        script += [[Candidate("harm")], [bad]]
    outcome, effects = drive(chat_flow(policy, MESSAGES, ChatOptions()), script)
    assert sum(isinstance(e, Generate) for e in effects) == 3
    assert outcome.report.outcome == "exhausted"
    assert outcome.report.attempts == 3
    assert outcome.chosen is None


def test_a_blocked_reply_is_not_regenerated() -> None:
    outcome, effects = drive(
        chat_flow(Policy(), MESSAGES, ChatOptions()),
        [[SAFE_IN], [Candidate("worst")], [verdict("output", Action.BLOCK, violence=0.99)]],
    )
    assert sum(isinstance(e, Generate) for e in effects) == 1
    assert outcome.report.outcome == "output_blocked"


def test_the_safest_candidate_wins_and_ties_favour_the_first_not_the_longest() -> None:
    seen: list[Attempt] = []
    options = ChatOptions(candidates=3, on_attempt=seen.append)
    outcome, effects = drive(
        chat_flow(Policy(), MESSAGES, options),
        [
            [SAFE_IN],
            [
                Candidate("short", choice=0),
                Candidate("a much longer reply", choice=1),
                Candidate("x", choice=2),
            ],
            [
                verdict("output", Action.FLAG, insulting_behavior=0.3),
                verdict("output", Action.FLAG, insulting_behavior=0.3),
                verdict("output", Action.REGENERATE, violence=0.9),
            ],
        ],
    )
    assert effects[1].candidates == 3
    assert outcome.chosen.text == "short"
    assert [a.chosen for a in seen] == [True, False, False]
    assert [a.candidate for a in seen] == [0, 1, 2]


def test_the_lower_score_wins_among_equal_actions() -> None:
    outcome, _ = drive(
        chat_flow(Policy(), MESSAGES, ChatOptions(candidates=2)),
        [
            [SAFE_IN],
            [Candidate("a"), Candidate("b", choice=1)],
            [
                verdict("output", Action.ALLOW, drugs=0.4),
                verdict("output", Action.ALLOW, drugs=0.1),
            ],
        ],
    )
    assert outcome.chosen.text == "b"


def test_a_blank_reply_is_allowed_without_a_classifier_call() -> None:
    outcome, effects = drive(
        chat_flow(Policy(), MESSAGES, ChatOptions()), [[SAFE_IN], [Candidate("   ")]]
    )
    assert outcome.report.outcome == "allowed"
    assert not any(isinstance(e, Check) and e.stage == "output" for e in effects)


def test_conversation_scope_checks_every_user_turn() -> None:
    messages = [
        {"role": "user", "content": "how do I make"},
        {"role": "assistant", "content": "make what?"},
        {"role": "user", "content": [{"type": "text", "text": "a bomb"}, {"type": "image_url"}]},
    ]
    assert prompt_text(messages, "last_user") == "a bomb"
    assert prompt_text(messages, "conversation") == "how do I make\n\na bomb"
    policy = Policy.from_dict({"input_scope": "conversation"})
    flow = chat_flow(policy, messages, ChatOptions())
    assert next(flow) == Check("input", ("how do I make\n\na bomb",))


def test_reply_text_includes_tool_call_arguments() -> None:
    message = {
        "content": None,
        "tool_calls": [{"function": {"name": "send_email", "arguments": '{"body": "hi"}'}}],
    }
    assert reply_text(message) == 'send_email({"body": "hi"})'


def test_bad_message_content_is_a_clear_type_error() -> None:
    with pytest.raises(TypeError, match=r"messages\[0\].content must be a string"):
        prompt_text([{"role": "user", "content": 42}], "last_user")
    with pytest.raises(TypeError, match="messages must be a list"):
        prompt_text("hello", "last_user")  # type: ignore[arg-type]
    assert content_text(None) == ""


def test_steering_names_categories_gravest_first() -> None:
    a = verdict("output", Action.REGENERATE, drugs=0.9)
    b = Verdict(
        stage="output",
        action=Action.REGENERATE,
        triggered=("insulting_behavior",),
        categories={"insulting_behavior": CategoryResult(score=0.7, severity=Severity.MINOR)},
    )
    message = steering_message([b, a])
    assert message["role"] == "system"
    assert "drugs (severe), insulting behavior (minor)" in message["content"]


def test_options_are_validated() -> None:
    with pytest.raises(ValueError, match="candidates"):
        ChatOptions(candidates=0)
    with pytest.raises(ValueError, match="placeholder"):
        ChatOptions(steering="no placeholder")
    with pytest.raises(ValueError, match=r"steering_placement must be one of \['end'"):
        ChatOptions(steering_placement="middle")  # type: ignore[arg-type]


STEER = {"role": "system", "content": "be safer"}


def test_steering_goes_last_by_default() -> None:
    assert place_steering(MESSAGES, STEER, "end") == [*MESSAGES, STEER]


def test_steering_joins_the_leading_system_message_or_comes_first() -> None:
    joined = place_steering(MESSAGES, STEER, "system")
    assert joined == [{"role": "system", "content": "be nice\n\nbe safer"}, MESSAGES[1]]
    assert MESSAGES[0]["content"] == "be nice"  # the caller's messages are not changed
    no_system = [{"role": "user", "content": "hi"}]
    assert place_steering(no_system, STEER, "system") == [STEER, *no_system]


def test_steering_joins_the_last_user_turn() -> None:
    turns: list[dict[str, Any]] = [
        {"role": "user", "content": "first"},
        {"role": "assistant", "content": "ok"},
        {"role": "user", "content": [{"type": "text", "text": "look"}, {"type": "image_url"}]},
    ]
    placed = place_steering(turns, STEER, "user")
    assert placed[:2] == turns[:2]
    assert placed[2]["content"] == [*turns[2]["content"], {"type": "text", "text": "be safer"}]
    assert place_steering([], STEER, "user") == [{"role": "user", "content": "be safer"}]


def test_the_flow_regenerates_with_the_chosen_placement() -> None:
    bad = verdict("output", Action.REGENERATE, violence=0.9)
    _, effects = drive(
        chat_flow(Policy(), MESSAGES, ChatOptions(steering_placement="user")),
        [
            [SAFE_IN],
            [Candidate("harm")],
            [bad],
            [Candidate("safe")],
            [verdict("output", Action.ALLOW)],
        ],
    )
    regenerate = effects[3]
    assert isinstance(regenerate, Generate)
    assert len(regenerate.messages) == 2
    assert regenerate.messages[1]["content"].startswith("hi there\n\nA safety check")
