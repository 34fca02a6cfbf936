"""Guard overhead part: a chat completion through `guard.wrap(openai.OpenAI(...))` against a local
scripted server with a fixed delay, versus the same call unguarded; and streaming time to first
token, guarded versus not."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import openai

from guardrails import Guard, StreamOptions
from guardrails.classifiers import Classifier
from tests.llm_server import Reply, ScriptedLLMServer

from ._config import SuiteConfig
from ._stats import latency_summary
from ._texts import TextFactory

__all__ = ["run_guard_overhead"]

MODEL = "benchmark-model"


def _chat_variants(guard: Guard, client: openai.OpenAI) -> dict[str, Any]:
    """The unguarded client and one wrapped client per check setting."""
    return {
        "unguarded": client,
        "input": guard.wrap(client, check_output=False),
        "output": guard.wrap(client, check_input=False),
        "both": guard.wrap(client),
    }


def _chat_once(client: Any, messages: list[dict[str, str]], outcomes: dict[str, int]) -> float:
    started = time.perf_counter()
    response = client.chat.completions.create(model=MODEL, messages=messages)
    elapsed = time.perf_counter() - started
    report = getattr(response, "guardrails", None)
    if report is not None:
        outcomes[report.outcome] = outcomes.get(report.outcome, 0) + 1
    return elapsed


def _stream_once(client: Any, messages: list[dict[str, str]]) -> tuple[float, float]:
    """(seconds to the first content, seconds to the end of the stream)."""
    started = time.perf_counter()
    first: float | None = None
    for chunk in client.chat.completions.create(model=MODEL, messages=messages, stream=True):
        if first is None and any(choice.delta.content for choice in chunk.choices):
            first = time.perf_counter() - started
    total = time.perf_counter() - started
    return (total if first is None else first), total


def _added(guarded: dict[str, Any], baseline: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    return {
        f"added_{prefix}p50_ms": round(guarded["p50_ms"] - baseline["p50_ms"], 3),
        f"added_{prefix}p99_ms": round(guarded["p99_ms"] - baseline["p99_ms"], 3),
    }


def _interleaved(
    names: list[str], calls: int, once: Callable[[str], float]
) -> dict[str, list[float]]:
    """`calls` timings per name, taken round-robin so that drift hits every variant alike."""
    for name in names:
        once(name)  # warm-up: connections, first model calls
    timings: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(calls):
        for name in names:
            timings[name].append(once(name))
    return timings


def run_guard_overhead(
    classifier: Classifier, config: SuiteConfig, factory: TextFactory
) -> dict[str, Any]:
    """Added latency of guarded chat calls and of guarded streams over the same unguarded calls."""
    prompt = factory.text(config.prompt_tokens)
    reply = factory.text(config.reply_tokens)
    messages = [{"role": "user", "content": prompt}]
    guard = Guard(classifier=classifier)
    outcomes: dict[str, int] = {}
    with ScriptedLLMServer() as server:
        server.script(
            then=Reply(
                reply,
                delay=config.llm_delay_s,
                chunk_size=config.stream_chunk_chars,
                chunk_delay=config.stream_chunk_delay_s,
            )
        )
        client = openai.OpenAI(base_url=server.base_url, api_key="benchmark", max_retries=0)
        variants = _chat_variants(guard, client)
        chat = _interleaved(
            list(variants),
            config.chat_calls,
            lambda name: _chat_once(variants[name], messages, outcomes),
        )
        streams: dict[str, list[tuple[float, float]]] = {"unguarded": [], "both": []}
        for name in ("unguarded", "both"):
            _stream_once(variants[name], messages)
        for _ in range(config.stream_calls):
            for name, timings in streams.items():
                timings.append(_stream_once(variants[name], messages))
    chat_summary = {name: latency_summary(seconds) for name, seconds in chat.items()}
    for name in ("input", "output", "both"):
        chat_summary[name].update(_added(chat_summary[name], chat_summary["unguarded"]))
    stream_summary = {
        name: {
            "ttft": latency_summary([first for first, _ in timings]),
            "total": latency_summary([total for _, total in timings]),
        }
        for name, timings in streams.items()
    }
    stream_summary["both"].update(
        _added(stream_summary["both"]["ttft"], stream_summary["unguarded"]["ttft"], "ttft_")
    )
    return {
        "setup": {
            "prompt_tokens": config.prompt_tokens,
            "reply_tokens": config.reply_tokens,
            "llm_delay_ms": config.llm_delay_s * 1000,
            "stream_chunk_chars": config.stream_chunk_chars,
            "stream_chunk_delay_ms": config.stream_chunk_delay_s * 1000,
            "stream_window_chars": StreamOptions().window_chars,
            "policy": "balanced (default)",
        },
        "outcomes": outcomes,
        "chat": chat_summary,
        "streaming": stream_summary,
    }
