"""Guarded chat through our own httpx clients, and the telemetry it emits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

import guardrails as gr
from guardrails import Action, AsyncGuard, Guard, Policy, Telemetry, UpstreamError
from guardrails.classifiers import OnnxClassifier
from guardrails.clients import (
    AsyncOpenAICompatibleClient,
    ChatCompletion,
    OpenAICompatibleClient,
)

from .llm_server import Fault, Reply, ScriptedLLMServer

HARMFUL = "Sure, here is how to build a bomb at home."
SAFE = "Here is a lovely cake recipe with flour, eggs and sugar."


def user(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


def test_guard_chat_returns_a_guard_result(guard: Guard, llm_server: ScriptedLLMServer) -> None:
    llm_server.script(Reply(HARMFUL), Reply(SAFE))
    with OpenAICompatibleClient(base_url=llm_server.base_url, backoff=0.01) as client:
        result = guard.chat(client, model="m", messages=user("a cake please"))
    assert isinstance(result, gr.GuardResult)
    assert result.content == SAFE
    assert not result.refused
    assert result.report.outcome == "regenerated"
    assert isinstance(result.response, ChatCompletion)
    assert result.response.guardrails is result.report


def test_guard_chat_refuses_a_blocked_prompt(guard: Guard, llm_server: ScriptedLLMServer) -> None:
    with OpenAICompatibleClient(base_url=llm_server.base_url) as client:
        result = guard.chat(client, model="m", messages=user("make a bomb"))
    assert result.refused
    assert result.content == guard.policy.refusal_message
    assert result.response.choices[0].finish_reason == "content_filter"
    assert llm_server.requests == []


def test_retries_happen_then_the_checked_reply_arrives(
    guard: Guard, llm_server: ScriptedLLMServer
) -> None:
    llm_server.script(Fault(status=429, retry_after=0.05), Fault(status=500), Reply(SAFE))
    with OpenAICompatibleClient(base_url=llm_server.base_url, backoff=0.01) as client:
        response = guard.wrap(client).chat.completions.create(model="m", messages=user("cake"))
    assert response.choices[0].message.content == SAFE
    assert len(llm_server.requests) == 3
    assert response.guardrails.outputs[0].action is Action.ALLOW


def test_retries_stop_and_raise_upstream_error(guard: Guard, llm_server: ScriptedLLMServer) -> None:
    llm_server.script(then=Fault(status=502))
    client = OpenAICompatibleClient(base_url=llm_server.base_url, max_retries=2, backoff=0.01)
    with pytest.raises(UpstreamError) as info:
        guard.chat(client, model="m", messages=user("cake"))
    assert info.value.status_code == 502
    assert info.value.attempts == 3
    assert len(llm_server.requests) == 3


async def test_async_http_client_guarded_chat_and_stream(
    classifier: OnnxClassifier, llm_server: ScriptedLLMServer
) -> None:
    guard = AsyncGuard(classifier=classifier)
    async with AsyncOpenAICompatibleClient(base_url=llm_server.base_url, backoff=0.01) as client:
        llm_server.script(Reply(HARMFUL), Reply(SAFE))
        result = await guard.chat(client, model="m", messages=user("cake"))
        assert result.content == SAFE
        llm_server.script(Reply(SAFE * 4, chunk_size=7))
        stream = await guard.wrap(client).chat.completions.create(
            model="m", messages=user("cake"), stream=True
        )
        text = "".join([c.choices[0].delta.content or "" async for c in stream])
    assert text == SAFE * 4
    assert stream.guardrails.outcome == "allowed"


@pytest.fixture
def telemetry() -> Iterator[tuple[Telemetry, InMemorySpanExporter, InMemoryMetricReader]]:
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    meter_provider = MeterProvider(metric_readers=[reader])
    yield (
        Telemetry(tracer_provider=tracer_provider, meter_provider=meter_provider),
        exporter,
        reader,
    )
    meter_provider.shutdown()


def metric_points(reader: InMemoryMetricReader) -> dict[str, list[tuple[dict[str, object], float]]]:
    points: dict[str, list[tuple[dict[str, object], float]]] = {}
    data = reader.get_metrics_data()
    for resource in data.resource_metrics:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                for point in metric.data.data_points:
                    value = getattr(point, "value", None)
                    if value is None:
                        value = point.count  # histograms
                    points.setdefault(metric.name, []).append((dict(point.attributes), value))
    return points


def test_spans_and_metrics_are_emitted_without_text(
    classifier: OnnxClassifier,
    llm_server: ScriptedLLMServer,
    telemetry: tuple[Telemetry, InMemorySpanExporter, InMemoryMetricReader],
) -> None:
    tele, exporter, reader = telemetry
    guard = Guard(classifier=classifier, telemetry=tele)
    llm_server.script(Reply(HARMFUL), Reply(SAFE))
    with OpenAICompatibleClient(base_url=llm_server.base_url) as client:
        guard.chat(client, model="m", messages=user("a secret cake recipe"))
    spans = exporter.get_finished_spans()
    names = [s.name for s in spans]
    assert names.count("guardrails.check") == 3  # input, first reply, second reply
    chat = next(s for s in spans if s.name == "guardrails.chat")
    assert chat.attributes["guardrails.outcome"] == "regenerated"
    assert chat.attributes["guardrails.attempt"] == 2
    checks = [s for s in spans if s.name == "guardrails.check"]
    assert all(s.parent is not None and s.parent.span_id == chat.context.span_id for s in checks)
    regenerated = next(s for s in checks if s.attributes["guardrails.action"] == "regenerate")
    assert regenerated.attributes["guardrails.triggered"] == ("violence",)
    assert regenerated.attributes["guardrails.max_severity"] == "severe"
    assert regenerated.attributes["guardrails.provider"] == "CPUExecutionProvider"
    every_value = str([dict(s.attributes) for s in spans])
    assert "secret cake" not in every_value
    assert "bomb" not in every_value

    points = metric_points(reader)
    verdicts = {
        (a["guardrails.stage"], a["guardrails.action"]): v for a, v in points["guardrails.verdicts"]
    }
    assert verdicts == {("input", "allow"): 1, ("output", "regenerate"): 1, ("output", "allow"): 1}
    assert points["guardrails.triggered"] == [
        (
            {
                "guardrails.stage": "output",
                "guardrails.category": "violence",
                "guardrails.severity": "severe",
            },
            1,
        )
    ]
    assert sum(v for _, v in points["guardrails.check.duration"]) == 3
    assert points["guardrails.chats"] == [({"guardrails.outcome": "regenerated"}, 1)]


def test_content_is_recorded_only_when_asked(
    classifier: OnnxClassifier,
    telemetry: tuple[Telemetry, InMemorySpanExporter, InMemoryMetricReader],
) -> None:
    _, exporter, _ = telemetry
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    guard = Guard(
        classifier=classifier, telemetry=Telemetry(tracer_provider=provider, record_content=True)
    )
    guard.check("a secret cake recipe")
    (span,) = exporter.get_finished_spans()
    assert span.attributes["guardrails.content"] == ("a secret cake recipe",)


def test_failing_open_is_counted(
    telemetry: tuple[Telemetry, InMemorySpanExporter, InMemoryMetricReader],
) -> None:
    tele, exporter, reader = telemetry

    class Broken:
        def classify(self, texts, contexts=None):  # type: ignore[no-untyped-def]
            raise RuntimeError("down")

    guard = Guard(
        classifier=Broken(), policy=Policy.from_dict({"fail_mode": "open"}), telemetry=tele
    )
    assert guard.check("hello").allowed
    assert metric_points(reader)["guardrails.fail_open"] == [({"guardrails.stage": "input"}, 1)]
    assert exporter.get_finished_spans()[0].attributes["guardrails.error"] == "RuntimeError: down"


def test_a_stopped_stream_is_reported_in_its_chat_span(
    classifier: OnnxClassifier,
    llm_server: ScriptedLLMServer,
    telemetry: tuple[Telemetry, InMemorySpanExporter, InMemoryMetricReader],
) -> None:
    tele, exporter, _ = telemetry
    guard = Guard(classifier=classifier, telemetry=tele)
    llm_server.script(Reply("fine thanks " * 10 + HARMFUL, chunk_size=5))
    with OpenAICompatibleClient(base_url=llm_server.base_url) as client:
        stream = guard.wrap(client).chat.completions.create(
            model="m", messages=user("hello"), stream=True
        )
        finish = [c.choices[0].finish_reason for c in stream][-1]
    assert finish == "content_filter"
    chat = next(s for s in exporter.get_finished_spans() if s.name == "guardrails.chat")
    assert chat.attributes["guardrails.outcome"] == "stream_stopped"
