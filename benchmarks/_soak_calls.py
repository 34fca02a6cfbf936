"""Running the soak's calls: guarded chat calls and streams at a fixed concurrency, each ending
in a `Delivered` that the checks read; memory is sampled as the calls complete."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import psutil

from guardrails import AsyncGuard, GuardReport, UpstreamError
from guardrails.clients import AsyncOpenAICompatibleClient

from ._soak_plan import KIND_BY_NAME, MAX_RETRIES, PlannedCall, prompt_text
from ._soak_texts import TextSet

__all__ = [
    "CALL_TIMEOUT_S",
    "CLIENT_BACKOFF_S",
    "CLIENT_MAX_BACKOFF_S",
    "MODEL",
    "ClientKind",
    "Delivered",
    "MemorySampler",
    "close_client",
    "open_client",
    "run_calls",
]

MODEL = "soak-model"
CALL_TIMEOUT_S = 60.0
CLIENT_BACKOFF_S = 0.01
CLIENT_MAX_BACKOFF_S = 0.05
MEMORY_SAMPLES = 20  # one RSS sample every 5% of the calls

Status = Literal["response", "refusal", "upstream_error", "error"]
ClientKind = Literal["http", "openai"]


@dataclass(frozen=True)
class Delivered:
    """How a call ended: what reached the caller, and the report that came with it."""

    status: Status
    outcome: str  # the report's outcome, "upstream_error", or "error: <what>"
    content: str
    report: GuardReport | None = None
    finish_reason: str | None = None


def open_client(kind: ClientKind, base_url: str) -> Any:
    """The async chat client to wrap: ours with a small backoff, or the openai SDK's."""
    if kind == "openai":
        import openai

        return openai.AsyncOpenAI(
            base_url=base_url, api_key="soak", max_retries=MAX_RETRIES, timeout=CALL_TIMEOUT_S
        )
    return AsyncOpenAICompatibleClient(
        base_url=base_url,
        api_key="soak",
        max_retries=MAX_RETRIES,
        backoff=CLIENT_BACKOFF_S,
        max_backoff=CLIENT_MAX_BACKOFF_S,
        timeout=CALL_TIMEOUT_S,
    )


async def close_client(client: Any) -> None:
    """Closes either client's connection pool."""
    close = getattr(client, "aclose", None) or client.close
    await close()


async def _chat(guarded: Any, messages: list[dict[str, str]], parts: list[str]) -> GuardReport:
    """One guarded completion; its text goes into `parts`."""
    response = await guarded.chat.completions.create(model=MODEL, messages=messages)
    parts.append(response.choices[0].message.content or "")
    report: GuardReport = response.guardrails
    return report


async def _stream(
    guarded: Any, messages: list[dict[str, str]], parts: list[str], finish: list[str]
) -> GuardReport | None:
    """Reads a guarded stream to its end into `parts` (and the finish reasons into `finish`)."""
    stream = await guarded.chat.completions.create(model=MODEL, messages=messages, stream=True)
    async with stream:
        async for chunk in stream:
            for choice in chunk.choices:
                parts.append(choice.delta.content or "")
                if choice.finish_reason:
                    finish.append(choice.finish_reason)
    report: GuardReport | None = stream.guardrails
    return report


async def deliver(guarded: Any, call: PlannedCall, texts: TextSet) -> Delivered:
    """One guarded call, ended in exactly one `Delivered` whatever happens."""
    messages = [{"role": "user", "content": prompt_text(call, texts)}]
    parts: list[str] = []
    finish: list[str] = []
    try:
        async with asyncio.timeout(CALL_TIMEOUT_S):
            if KIND_BY_NAME[call.kind].stream:
                report = await _stream(guarded, messages, parts, finish)
            else:
                report = await _chat(guarded, messages, parts)
    except UpstreamError:
        return Delivered("upstream_error", "upstream_error", "".join(parts))
    except TimeoutError:
        return Delivered("error", f"error: no end within {CALL_TIMEOUT_S:g} s", "".join(parts))
    except Exception as exc:  # the soak counts any other failure rather than stop
        return Delivered("error", f"error: {type(exc).__name__}: {exc}", "".join(parts))
    reason = finish[-1] if finish else None
    if report is None:
        return Delivered("error", "error: no report", "".join(parts), None, reason)
    status: Status = "response" if report.allowed else "refusal"
    return Delivered(status, report.outcome, "".join(parts), report, reason)


class MemorySampler:
    """This process's RSS in MB, sampled at the start and every 5% of the calls."""

    def __init__(self, calls: int) -> None:
        self._process = psutil.Process()
        self._every = max(1, calls // MEMORY_SAMPLES)
        self.samples: list[tuple[int, float]] = []
        self.sample(0)

    def sample(self, done: int) -> None:
        """Takes a sample when `done` calls is a multiple of the sampling step."""
        if done % self._every == 0:
            self.samples.append((done, self._process.memory_info().rss / 2**20))


async def run_calls(
    guard: AsyncGuard,
    client: Any,
    plan: list[PlannedCall],
    texts: TextSet,
    concurrency: int,
    record: Callable[[PlannedCall, Delivered, float], None],
) -> MemorySampler:
    """Runs every planned call through `guard.wrap(client)` with `concurrency` workers that
    take the next call as they finish one; `record` gets each call's end and its seconds."""
    guarded = guard.wrap(client)
    sampler = MemorySampler(len(plan))
    pending = iter(plan)
    done = 0

    async def worker() -> None:
        nonlocal done
        for call in pending:
            started = time.perf_counter()
            delivered = await deliver(guarded, call, texts)
            record(call, delivered, time.perf_counter() - started)
            done += 1
            sampler.sample(done)

    async with asyncio.TaskGroup() as group:
        for index in range(concurrency):
            group.create_task(worker(), name=f"soak-worker-{index}")
    return sampler
