"""Load and soak run: many guarded async chat calls against a scripted server that misbehaves.

    python -m benchmarks.soak [--calls 10000] [--concurrency 64] [--model DIR | --tiny]
                              [--client http|openai] [--seed 0] [--out benchmarks/results/soak.json]

`--calls` calls go through `AsyncGuard().wrap(client)` at `--concurrency`, against a local
scripted server (127.0.0.1, in a child process) that plays a seeded mix of behaviours: safe
replies, harmful replies that regeneration fixes or that exhaust it, harmful prompts, 429s, 500s,
dropped connections and slow replies that recover on retry or exhaust the retries, and window-mode
streams, some of which the guard must stop. The run checks that every call ends exactly once
with a report that explains it, that blocked prompts never reach the server, that no harmful text
reaches the caller, that memory stays flat and that no task is left behind; it reports
throughput, latency, outcomes and retries as JSON and a short summary. Exit status: 0 when every
check passed, 1 when one failed, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from guardrails import AsyncGuard, StreamOptions
from guardrails.classifiers import OnnxClassifier

from ._machine import machine_details
from ._model_folder import missing_model_message, model_folder
from ._soak_calls import (
    CALL_TIMEOUT_S,
    CLIENT_BACKOFF_S,
    CLIENT_MAX_BACKOFF_S,
    ClientKind,
    MemorySampler,
    close_client,
    open_client,
    run_calls,
)
from ._soak_checks import Ledger, count_outcomes, memory_summary, run_checks
from ._soak_plan import KINDS, MAX_RETRIES, RETRY_AFTER_S, PlannedCall, build_plan
from ._soak_server import ServerLog, ServerProcess
from ._soak_texts import TextSet, natural_texts, tiny_texts
from ._stats import latency_summary

__all__ = ["SoakConfig", "main", "render_summary", "run_soak"]

DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "soak.json"
SCHEMA_VERSION = 1
TASK_GRACE_S = 1.0


@dataclass(frozen=True)
class SoakConfig:
    """How many calls, how many at once, through which client, with which seed."""

    calls: int = 10_000
    concurrency: int = 64
    client: ClientKind = "http"
    seed: int = 0


async def _soak(
    guard: AsyncGuard,
    base_url: str,
    plan: list[PlannedCall],
    texts: TextSet,
    config: SoakConfig,
    ledger: Ledger,
) -> tuple[MemorySampler, float, list[str]]:
    """The calls on one event loop: the memory samples, the wall time and the tasks left."""
    client = open_client(config.client, base_url)
    try:
        started = time.perf_counter()
        sampler = await run_calls(guard, client, plan, texts, config.concurrency, ledger.record)
        wall_s = time.perf_counter() - started
    finally:
        await close_client(client)
    return sampler, wall_s, await _tasks_left()


async def _tasks_left() -> list[str]:
    """The tasks (other than this one) still pending after a grace period. Closing and garbage
    collection start short-lived tasks (the `aclose()` of a dropped async generator): they get
    `TASK_GRACE_S` to finish; a task left running does not."""
    gc.collect()
    current = asyncio.current_task()
    deadline = time.perf_counter() + TASK_GRACE_S
    while True:
        pending = [task for task in asyncio.all_tasks() if task is not current]
        if not pending or time.perf_counter() >= deadline:
            return [repr(task) for task in pending]
        await asyncio.sleep(0.01)


def _setup(config: SoakConfig, texts: TextSet) -> dict[str, Any]:
    """What the run was set to: the config, retries, backoff, streaming, the mix."""
    return {
        **asdict(config),
        "texts": texts.name,
        "max_retries": MAX_RETRIES,
        "client_backoff_s": (
            [CLIENT_BACKOFF_S, CLIENT_MAX_BACKOFF_S] if config.client == "http" else "openai's"
        ),
        "retry_after_s": RETRY_AFTER_S,
        "call_timeout_s": CALL_TIMEOUT_S,
        "stream": asdict(StreamOptions()),
        "policy": "balanced (default)",
        "kind_weights": {kind.name: kind.weight for kind in KINDS},
    }


def _retries(log: ServerLog) -> dict[str, Any]:
    """Requests that followed a failed one, in all and by the failure."""
    return {"total": sum(log.retries.values()), "after": dict(sorted(log.retries.items()))}


def run_soak(
    model_dir: Path, texts: TextSet, config: SoakConfig, log: Callable[[str], None] = print
) -> dict[str, Any]:
    """Runs the soak on the model in `model_dir` and returns the results."""
    classifier = OnnxClassifier.from_path(model_dir)
    guard = AsyncGuard(classifier=classifier)
    plan = build_plan(config.calls, texts, config.seed)
    ledger = Ledger(plan, texts, guard.policy.refusal_message)
    log(f"soak: {config.calls} calls at concurrency {config.concurrency} ({config.client}) ...")
    try:
        with ServerProcess(plan, texts) as server:
            sampler, wall_s, tasks_left = asyncio.run(
                _soak(guard, server.base_url, plan, texts, config, ledger)
            )
            server_log = server.stop()
    finally:
        guard.close()
    memory = memory_summary(sampler.samples, config.calls)
    checks = run_checks(ledger, plan, server_log, memory, tasks_left)
    return {
        "suite": "guardrails-soak",
        "schema_version": SCHEMA_VERSION,
        "passed": all(check["passed"] for check in checks),
        "machine": machine_details(classifier.provider),
        "model": {
            "path": str(model_dir),
            "name": classifier.manifest.name,
            "version": classifier.manifest.version,
        },
        "config": _setup(config, texts),
        "checks": checks,
        "wall_s": round(wall_s, 3),
        "throughput_per_s": round(config.calls / wall_s, 2),
        "latency": latency_summary(ledger.seconds.tolist()),
        "outcomes": count_outcomes(ledger),
        "kinds": dict(Counter(call.kind for call in plan)),
        "retries": _retries(server_log),
        "server_requests": server_log.requests,
        "memory": memory,
    }


def render_summary(results: dict[str, Any]) -> str:
    """A few lines: speed, outcomes, retries, memory and every check."""
    config, latency, memory = results["config"], results["latency"], results["memory"]
    statuses = ", ".join(f"{k} {v}" for k, v in sorted(results["outcomes"]["by_status"].items()))
    outcomes = ", ".join(f"{k} {v}" for k, v in sorted(results["outcomes"]["by_outcome"].items()))
    lines = [
        f"soak: {config['calls']} calls, concurrency {config['concurrency']}, "
        f"client {config['client']}, model {results['model']['name']}",
        f"throughput {results['throughput_per_s']} calls/s over {results['wall_s']} s; "
        f"latency p50 {latency['p50_ms']} ms, p99 {latency['p99_ms']} ms",
        f"ended: {statuses}",
        f"outcomes: {outcomes}",
        f"retries seen by the server: {results['retries']['total']} "
        f"{results['retries']['after']}; requests: {results['server_requests']}",
        f"RSS MB: start {memory['start_mb']}, peak {memory['peak_mb']}, end {memory['end_mb']}; "
        f"second half {memory['second_half_growth_mb']:+} MB "
        f"({memory['second_half_slope_mb_per_1k_calls']:+} MB per 1k calls)",
    ]
    if results["machine"]["busy_at_start"]:
        lines.append("warning: the machine was busy when the run started: timings are unreliable")
    for check in results["checks"]:
        verdict = "pass" if check["passed"] else f"FAIL ({check['failures']})"
        lines.append(f"  {verdict:>10}  {check['name']}")
        lines.extend(f"              {example}" for example in check["examples"])
    lines.append("all checks passed" if results["passed"] else "SOME CHECKS FAILED")
    return "\n".join(lines)


def _positive(text: str) -> int:
    """An argparse type: an integer of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _parser() -> argparse.ArgumentParser:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.soak",
        description="Load and soak run of guarded async chat calls against a misbehaving "
        "scripted server; checks that nothing is lost, leaked or left behind.",
    )
    parser.add_argument("--calls", type=_positive, default=SoakConfig.calls, metavar="N")
    parser.add_argument("--concurrency", type=_positive, default=SoakConfig.concurrency)
    parser.add_argument("--client", choices=("http", "openai"), default=SoakConfig.client)
    parser.add_argument("--seed", type=int, default=SoakConfig.seed)
    models = parser.add_mutually_exclusive_group()
    models.add_argument(
        "--model", type=Path, metavar="DIR", help="model folder (default: the packaged model)"
    )
    models.add_argument(
        "--tiny", action="store_true", help="the tiny test model (tests/tiny_model.py)"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="FILE")
    return parser


def _run_and_write(model_dir: Path, texts: TextSet, config: SoakConfig, out: Path) -> int:
    """Runs the soak, writes the JSON, prints the summary; the exit status."""
    results = run_soak(model_dir, texts, config)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(render_summary(results))
    print(f"results: {out}")
    return 0 if results["passed"] else 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the soak; exit 0 when every check passed, 1 when one failed, 2 on a usage error."""
    args = _parser().parse_args(argv)
    config = SoakConfig(args.calls, args.concurrency, args.client, args.seed)
    if args.tiny:
        from tests.tiny_model import build_tiny_model

        with tempfile.TemporaryDirectory(prefix="soak-tiny-model-") as folder:
            tiny_dir = build_tiny_model(Path(folder))
            return _run_and_write(tiny_dir, tiny_texts(args.seed), config, args.out)
    model_dir = model_folder(args.model)
    if model_dir is None:
        where = missing_model_message(args.model)
        print(f"error: {where}; pass --model DIR, or --tiny", file=sys.stderr)
        return 2
    return _run_and_write(model_dir, natural_texts(), config, args.out)


if __name__ == "__main__":
    raise SystemExit(main())
