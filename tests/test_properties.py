"""Properties that must hold for every policy and every input (hypothesis)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import guardrails as gr
from guardrails import Action, AsyncGuard, CategoryResult, Guard, Policy, Rule, Severity
from guardrails.classifiers import OnnxClassifier
from guardrails.clients import OpenAICompatibleClient

from .llm_server import Reply, ScriptedLLMServer
from .tiny_model import BENIGN_WORDS, HARMFUL_WORDS

SEVERITIES = list(Severity)
THRESHOLDS = st.sampled_from([None, Severity.MINOR, Severity.MODERATE, Severity.SEVERE])


@st.composite
def rules(draw: st.DrawFn) -> Rule:
    return Rule(
        min_score=draw(st.none() | st.floats(0.05, 0.95)),
        flag=draw(THRESHOLDS),
        regenerate=draw(THRESHOLDS),
        block=draw(THRESHOLDS),
    )


@st.composite
def results(draw: st.DrawFn) -> CategoryResult:
    raw = draw(st.lists(st.floats(0.001, 1.0), min_size=4, max_size=4))
    probabilities = tuple(p / sum(raw) for p in raw)
    score = 1.0 - probabilities[0]
    threshold = draw(st.floats(0.05, 0.95))
    severity = CategoryResult(score=score, severity=Severity.NONE, probabilities=probabilities)  # type: ignore[arg-type]
    return severity.model_copy(update={"severity": severity.severity_at(threshold)})


def stricter(rule: Rule, draw: st.DrawFn) -> Rule:
    """A rule that triggers every action at the same or a milder severity, from the same score."""

    def lower(threshold: Severity | None) -> Severity | None:
        options = [s for s in SEVERITIES[1:] if threshold is None or s <= threshold]
        return draw(st.sampled_from([*options, threshold]))

    min_score = rule.min_score
    if min_score is not None:
        min_score = draw(st.floats(0.05, min_score))
    return Rule(
        min_score=min_score,
        flag=lower(rule.flag),
        regenerate=lower(rule.regenerate),
        block=lower(rule.block),
    )


@given(rules(), st.sampled_from(SEVERITIES), st.sampled_from(SEVERITIES))
def test_a_higher_severity_never_gets_a_milder_action(
    rule: Rule, first: Severity, second: Severity
) -> None:
    low, high = sorted([first, second])
    assert rule.decide(low) <= rule.decide(high)


@given(st.data(), rules(), st.dictionaries(st.sampled_from(list(gr.Category)), results()))
def test_a_stricter_policy_never_allows_what_a_looser_one_blocks(
    data: st.DataObject, loose_rule: Rule, categories: dict[gr.Category, CategoryResult]
) -> None:
    strict_rule = stricter(loose_rule, data.draw)
    loose = Policy(output=gr.StagePolicy(default=loose_rule))
    strict = Policy(output=gr.StagePolicy(default=strict_rule))
    named = {c.value: r for c, r in categories.items()}
    loose_action, _ = loose.evaluate("output", named)
    strict_action, _ = strict.evaluate("output", named)
    assert strict_action >= loose_action


WORDS = st.sampled_from(BENIGN_WORDS + list(HARMFUL_WORDS))
TEXTS = st.lists(WORDS, min_size=1, max_size=60).map(" ".join)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(TEXTS, min_size=1, max_size=12))
def test_batch_results_equal_single_results(classifier: OnnxClassifier, texts: list[str]) -> None:
    batch = classifier.classify(texts)
    for text, together in zip(texts, batch, strict=True):
        (alone,) = classifier.classify([text])
        for name, result in together.items():
            assert result.score == pytest.approx(alone[name].score, abs=1e-5)
            assert result.severity is alone[name].severity


class SlowClassifier:
    """A real classifier behind a delay, to test timeouts."""

    def __init__(self, inner: OnnxClassifier, delay: float) -> None:
        self.inner = inner
        self.delay = delay
        self.finished = threading.Event()

    def classify(
        self, texts: Sequence[str], contexts: Sequence[str | None] | None = None
    ) -> list[dict[str, CategoryResult]]:
        time.sleep(self.delay)
        self.finished.set()
        return self.inner.classify(texts, contexts)


@pytest.mark.parametrize("micro_batching", [True, False])
async def test_a_classifier_timeout_fails_closed_or_open(
    classifier: OnnxClassifier, micro_batching: bool
) -> None:
    slow = SlowClassifier(classifier, delay=0.3)
    closed = AsyncGuard(classifier=slow, timeout=0.05, micro_batching=micro_batching)
    verdict = await closed.check("hello")
    assert verdict.action is Action.BLOCK
    assert verdict.error is not None
    assert "TimeoutError" in verdict.error
    opened = AsyncGuard(
        classifier=slow,
        timeout=0.05,
        micro_batching=micro_batching,
        policy=Policy.from_dict({"fail_mode": "open"}),
    )
    assert (await opened.check("hello")).action is Action.ALLOW


def test_a_sync_classifier_timeout_fails_closed_or_open(classifier: OnnxClassifier) -> None:
    slow = SlowClassifier(classifier, delay=0.3)
    closed = Guard(classifier=slow, timeout=0.05)
    verdict = closed.check("hello")
    assert verdict.action is Action.BLOCK
    assert verdict.error is not None
    assert "timeout of 0.05 s" in verdict.error
    opened = Guard(classifier=slow, timeout=0.05, policy=Policy.from_dict({"fail_mode": "open"}))
    assert opened.check("hello").action is Action.ALLOW
    quick = Guard(classifier=classifier, timeout=5.0)  # in time: the real verdict
    assert quick.check("bomb").action is Action.BLOCK
    assert quick.check("hello there").action is Action.ALLOW
    for guard in (closed, opened, quick):
        guard.close()


def test_a_sync_timeout_blocks_a_chat_before_the_prompt_is_sent(
    classifier: OnnxClassifier, llm_server: ScriptedLLMServer
) -> None:
    guard = Guard(classifier=SlowClassifier(classifier, delay=0.3), timeout=0.05)
    llm_server.script(Reply("Here is a lovely cake recipe."))
    with OpenAICompatibleClient(base_url=llm_server.base_url) as client:
        result = guard.chat(client, model="m", messages=[{"role": "user", "content": "a cake"}])
    assert result.refused
    assert result.report.outcome == "input_blocked"
    assert result.report.input is not None
    assert result.report.input.error is not None
    assert llm_server.requests == []
    guard.close()


@pytest.mark.parametrize("timeout", [0, -1.0, float("nan")])
def test_a_timeout_must_be_positive(timeout: float) -> None:
    with pytest.raises(ValueError, match="timeout must be positive seconds"):
        Guard(timeout=timeout)
    with pytest.raises(ValueError, match="timeout must be positive seconds"):
        AsyncGuard(timeout=timeout)


async def test_cancelling_a_check_leaves_no_task_running(classifier: OnnxClassifier) -> None:
    slow = SlowClassifier(classifier, delay=0.2)
    guard = AsyncGuard(classifier=slow)
    task = asyncio.ensure_future(guard.check("hello"))
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.to_thread(slow.finished.wait, 2.0)
    await asyncio.sleep(0.05)
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    assert others == []
    assert (await guard.check("bomb")).action is Action.BLOCK  # the guard still works


@given(st.lists(st.lists(st.floats(0.0, 1.0), min_size=4, max_size=4), min_size=1, max_size=30))
@example([[0.0, 1.0, 5.960464477539063e-08, 1.0]])  # a tie at one half that float32 broke
def test_vectorised_severities_equal_the_reference(rows: list[list[float]]) -> None:
    import numpy as np

    from guardrails._verdict import median_harm_severity
    from guardrails.classifiers._onnx import _LEVELS, _median_harm_levels

    probabilities = np.array([[r] for r in rows], dtype=np.float32)  # [texts, 1 category, 4]
    levels = _median_harm_levels(probabilities)
    for row, level in zip(probabilities[:, 0], levels[:, 0], strict=True):
        expected = median_harm_severity(tuple(float(p) for p in row))  # type: ignore[arg-type]
        assert _LEVELS[level] is expected
