"""OpenTelemetry spans and metrics, through opentelemetry-api only.

Nothing is exported by this library: without an SDK configured by the application every call
here is a no-op. Verdicts, categories, severities, timings and attempt counts are recorded;
texts are recorded only with `record_content=True`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from opentelemetry import metrics, trace

from ._report import GuardReport
from ._taxonomy import Severity
from ._verdict import Stage, Verdict
from ._version import __version__

__all__ = ["Telemetry"]

_SCOPE = "guardrails"


class Telemetry:
    """Where a guard sends its spans and metrics (the global providers unless given)."""

    def __init__(
        self,
        *,
        tracer_provider: trace.TracerProvider | None = None,
        meter_provider: metrics.MeterProvider | None = None,
        record_content: bool = False,
    ) -> None:
        self.record_content = record_content
        self._tracer = trace.get_tracer(_SCOPE, __version__, tracer_provider=tracer_provider)
        meter = metrics.get_meter(_SCOPE, __version__, meter_provider=meter_provider)
        self._verdicts = meter.create_counter(
            "guardrails.verdicts", unit="{verdict}", description="Verdicts by stage and action"
        )
        self._triggered = meter.create_counter(
            "guardrails.triggered",
            unit="{category}",
            description="Categories that reached a policy threshold, by category and severity",
        )
        self._check_duration = meter.create_histogram(
            "guardrails.check.duration", unit="ms", description="Time to check a batch of texts"
        )
        self._chat_duration = meter.create_histogram(
            "guardrails.chat.duration", unit="ms", description="Time of a guarded chat call"
        )
        self._fail_open = meter.create_counter(
            "guardrails.fail_open",
            unit="{verdict}",
            description="Checks let through because the classifier failed and fail_mode is open",
        )
        self._chats = meter.create_counter(
            "guardrails.chats", unit="{call}", description="Guarded chat calls by outcome"
        )

    @contextmanager
    def check_span(self, stage: Stage, texts: Sequence[str]) -> Iterator[Any]:
        attributes: dict[str, Any] = {
            "guardrails.stage": stage,
            "guardrails.batch_size": len(texts),
        }
        if self.record_content:
            attributes["guardrails.content"] = list(texts)
        with self._tracer.start_as_current_span("guardrails.check", attributes=attributes) as span:
            yield span

    def record_check(self, span: Any, stage: Stage, verdicts: Sequence[Verdict]) -> None:
        if not verdicts:
            return
        worst = max(verdicts, key=lambda v: v.action.rank)
        triggered = sorted({name for v in verdicts for name in v.triggered})
        severity = max(
            (v.max_severity for v in verdicts), key=lambda s: s.rank, default=Severity.NONE
        )
        span.set_attributes(
            {
                "guardrails.action": worst.action.value,
                "guardrails.triggered": triggered,
                "guardrails.max_severity": severity.value,
                "guardrails.model": worst.model,
                "guardrails.provider": worst.provider,
            }
        )
        total_ms = sum(v.latency_ms for v in verdicts)
        self._check_duration.record(total_ms, {"guardrails.stage": stage})
        for verdict in verdicts:
            labels = {"guardrails.stage": stage, "guardrails.action": verdict.action.value}
            self._verdicts.add(1, labels)
            if verdict.error is not None:
                span.set_attribute("guardrails.error", verdict.error)
                if verdict.allowed:
                    self._fail_open.add(1, {"guardrails.stage": stage})
            for name in verdict.triggered:
                result = verdict.categories.get(name)
                self._triggered.add(
                    1,
                    {
                        "guardrails.stage": stage,
                        "guardrails.category": name,
                        "guardrails.severity": result.severity.value if result else "unknown",
                    },
                )

    @contextmanager
    def chat_span(self, model: str) -> Iterator[Any]:
        """A `guardrails.chat` span around a whole guarded call (current while it runs)."""
        span, started = self.start_chat(model)
        with trace.use_span(span, end_on_exit=False):
            try:
                yield span
            finally:
                self._end_chat(span, model, started)

    def start_chat(self, model: str) -> tuple[Any, float]:
        """Open a `guardrails.chat` span that outlives a block (a stream); see `finish_chat`."""
        span = self._tracer.start_span(
            "guardrails.chat", attributes={"gen_ai.request.model": model}
        )
        return span, time.perf_counter()

    def finish_chat(self, opened: tuple[Any, float], model: str, report: GuardReport) -> None:
        span, started = opened
        self.record_chat(span, report)
        self._end_chat(span, model, started)

    def _end_chat(self, span: Any, model: str, started: float) -> None:
        elapsed = (time.perf_counter() - started) * 1000.0
        self._chat_duration.record(elapsed, {"gen_ai.request.model": model})
        span.end()

    def record_chat(self, span: Any, report: GuardReport) -> None:
        attributes: dict[str, Any] = {
            "guardrails.outcome": report.outcome,
            "guardrails.attempt": report.attempts,
        }
        if report.outputs:
            attributes["guardrails.action"] = report.outputs[-1].action.value
        span.set_attributes(attributes)
        self._chats.add(1, {"guardrails.outcome": report.outcome})
