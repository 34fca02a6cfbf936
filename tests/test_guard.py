from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence

import pytest

import guardrails as gr
from guardrails import Action, AsyncGuard, Guard, InvalidInput, Policy, Verdict
from guardrails.classifiers import OnnxClassifier


class RecordingClassifier:
    """Wraps a real classifier and records the size of every call it gets."""

    def __init__(self, inner: OnnxClassifier) -> None:
        self.inner = inner
        self.calls: list[int] = []
        self.name = inner.name
        self.provider = inner.provider
        self._lock = threading.Lock()

    def classify(
        self, texts: Sequence[str], contexts: Sequence[str | None] | None = None
    ) -> list[dict[str, gr.CategoryResult]]:
        with self._lock:
            self.calls.append(len(texts))
        return self.inner.classify(texts, contexts)


class BrokenClassifier:
    name = "broken"
    provider = "nowhere"

    def classify(
        self, texts: Sequence[str], contexts: Sequence[str | None] | None = None
    ) -> list[dict[str, gr.CategoryResult]]:
        raise RuntimeError("the GPU fell off")


def test_a_harmful_prompt_is_blocked(guard: Guard) -> None:
    verdict = guard.check("how do I make a bomb")
    assert verdict.action is Action.BLOCK
    assert not verdict.allowed
    assert verdict.triggered == ("violence",)
    assert verdict.stage == "input"
    assert verdict.model == "tiny-test-model@1.0"
    assert verdict.provider == "CPUExecutionProvider"
    assert verdict.latency_ms > 0


def test_a_minor_insult_is_flagged_but_allowed(guard: Guard) -> None:
    verdict = guard.check("you idiot")
    assert verdict.action is Action.FLAG
    assert verdict.allowed
    assert verdict.triggered == ("insulting_behavior",)


def test_a_safe_text_is_allowed_with_every_category_scored(guard: Guard) -> None:
    verdict = guard.check("please write a cake recipe")
    assert verdict.action is Action.ALLOW
    assert verdict.triggered == ()
    assert len(verdict.categories) == 19


def test_the_output_stage_asks_for_regeneration(guard: Guard) -> None:
    verdict = guard.check("steal it", stage="output", context="what should I do")
    assert verdict.action is Action.REGENERATE
    assert not verdict.allowed


def test_check_batch_equals_single_checks(guard: Guard) -> None:
    texts = ["bomb", "hello", "idiot", "heroin please", "fine thanks"]
    batch = guard.check_batch(texts)
    singles = [guard.check(t) for t in texts]
    for b, s in zip(batch, singles, strict=True):
        assert (b.action, b.triggered) == (s.action, s.triggered)
        for name, result in b.categories.items():
            assert result.score == pytest.approx(s.categories[name].score, abs=1e-6)
    assert [v.action for v in batch] == [
        Action.BLOCK,
        Action.ALLOW,
        Action.FLAG,
        Action.BLOCK,
        Action.ALLOW,
    ]


def test_verdicts_round_trip_through_json(guard: Guard) -> None:
    verdict = guard.check("bomb")
    data = verdict.model_dump(mode="json")
    assert data["action"] == "block"
    assert data["allowed"] is False
    assert data["categories"]["violence"]["severity"] == "severe"
    assert Verdict.model_validate_json(verdict.model_dump_json()) == verdict


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text_is_invalid_input(guard: Guard, text: str) -> None:
    with pytest.raises(InvalidInput, match="empty"):
        guard.check(text)


@pytest.mark.parametrize("text", [None, 42, b"bytes", ["a list"]])
def test_non_text_is_a_type_error(guard: Guard, text: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        guard.check(text)  # type: ignore[arg-type]


def test_bad_arguments_are_rejected(guard: Guard) -> None:
    with pytest.raises(ValueError, match="stage must be"):
        guard.check("hello", stage="middle")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="2 texts but 1 contexts"):
        guard.check_batch(["a", "b"], contexts=["c"])
    with pytest.raises(TypeError, match="not a str"):
        guard.check_batch("hello")
    with pytest.raises(TypeError, match="classify"):
        Guard(classifier=object())  # type: ignore[arg-type]


def test_a_failing_classifier_blocks_when_failing_closed() -> None:
    verdict = Guard(classifier=BrokenClassifier()).check("hello")
    assert verdict.action is Action.BLOCK
    assert verdict.error == "RuntimeError: the GPU fell off"


def test_a_failing_classifier_allows_and_logs_when_failing_open(
    caplog: pytest.LogCaptureFixture,
) -> None:
    policy = Policy.from_dict({"fail_mode": "open"})
    verdict = Guard(classifier=BrokenClassifier(), policy=policy).check("hello")
    assert verdict.action is Action.ALLOW
    assert verdict.error is not None
    assert "failing open" in caplog.text


def test_any_object_with_classify_is_a_classifier(classifier: OnnxClassifier) -> None:
    recording = RecordingClassifier(classifier)
    guard = Guard(classifier=recording)
    guard.check_batch(["a", "b", "c"])
    assert recording.calls == [3]


def test_guard_without_a_classifier_loads_the_packaged_model_lazily() -> None:
    guard = Guard()
    assert "not loaded" in repr(guard)
    from guardrails.classifiers import default_model_path

    if default_model_path() is None:
        with pytest.raises(gr.ModelLoadError, match="no default model is installed"):
            guard.check("hello")
    else:
        assert guard.check("hello").model


async def test_async_check_equals_sync(classifier: OnnxClassifier) -> None:
    texts = ["bomb", "you idiot", "fine thanks", "steal it"]
    sync = Guard(classifier=classifier).check_batch(texts)
    aguard = AsyncGuard(classifier=classifier)
    singles = await asyncio.gather(*(aguard.check(t) for t in texts))
    batch = await aguard.check_batch(texts)
    for s, a, b in zip(sync, singles, batch, strict=True):
        assert (s.action, s.triggered, s.categories) == (a.action, a.triggered, a.categories)
        assert (s.action, s.triggered, s.categories) == (b.action, b.triggered, b.categories)
    aguard.close()


async def test_concurrent_async_checks_share_model_calls(classifier: OnnxClassifier) -> None:
    recording = RecordingClassifier(classifier)
    aguard = AsyncGuard(classifier=recording, max_batch_size=16, max_wait_ms=5)
    verdicts = await asyncio.gather(*(aguard.check(f"hello {i} bomb") for i in range(40)))
    assert all(v.action is Action.BLOCK for v in verdicts)
    assert sum(recording.calls) == 40
    assert len(recording.calls) <= 5  # 40 checks in batches of up to 16
    assert max(recording.calls) == 16


async def test_without_micro_batching_each_check_is_its_own_call(
    classifier: OnnxClassifier,
) -> None:
    recording = RecordingClassifier(classifier)
    aguard = AsyncGuard(classifier=recording, micro_batching=False)
    await asyncio.gather(*(aguard.check("hello") for _ in range(6)))
    assert recording.calls == [1] * 6


async def test_async_failing_classifier_follows_the_fail_mode() -> None:
    closed = await AsyncGuard(classifier=BrokenClassifier()).check("hello")
    assert closed.action is Action.BLOCK
    policy = Policy.from_dict({"fail_mode": "open"})
    opened = await AsyncGuard(classifier=BrokenClassifier(), policy=policy).check("hello")
    assert opened.action is Action.ALLOW


async def test_a_cancelled_check_does_not_break_the_others(classifier: OnnxClassifier) -> None:
    aguard = AsyncGuard(classifier=classifier, max_wait_ms=20)
    doomed = asyncio.ensure_future(aguard.check("bomb"))
    kept = asyncio.ensure_future(aguard.check("idiot"))
    await asyncio.sleep(0)
    doomed.cancel()
    verdict = await kept
    assert verdict.action is Action.FLAG
    assert doomed.cancelled()
