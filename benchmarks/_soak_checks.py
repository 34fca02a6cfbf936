"""The soak's checks: each call's end is checked as it is recorded (so no delivered text is kept),
the request log and memory once the calls are done. Every check passes or fails with examples."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from guardrails import GuardReport

from ._soak_calls import Delivered
from ._soak_plan import KIND_BY_NAME, PlannedCall, expected_requests, find_ref
from ._soak_server import ServerLog
from ._soak_texts import TextSet

__all__ = ["FLAT_LIMIT_MB", "Ledger", "count_outcomes", "memory_summary", "run_checks"]

FLAT_LIMIT_MB = 5.0  # the most the second half of the calls may grow the RSS by
MAX_EXAMPLES = 5

CHECKS = {
    "reports": "every delivered reply has a report with a passing output verdict for it; every "
    "refusal a report that explains it",
    "no_call_lost_or_duplicated": "every call ended exactly once, in a response, a refusal or "
    "an UpstreamError",
    "blocked_prompts_never_sent": "no harmful or input-blocked prompt reached the server",
    "no_harm_delivered": "no harmful word or phrase reached the caller",
    "replies_match_calls": "every delivered reply is the one the server wrote for that call",
    "outcomes_match_plan": "every call ended as its server behaviour should make it end",
    "server_requests_as_expected": "the server saw exactly the requests each call's ending "
    "implies (retries, regenerations), none unknown",
    "memory_flat": f"the second half of the calls grew the RSS by less than {FLAT_LIMIT_MB:g} MB",
    "no_tasks_left": "no asyncio task was left running at the end",
}


@dataclass
class _Problems:
    """Failures of one check: how many, and the first few."""

    count: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, example: str) -> None:
        self.count += 1
        if len(self.examples) < MAX_EXAMPLES:
            self.examples.append(example)


def _reply_verdict_passed(report: GuardReport) -> bool:
    """The delivered reply's own verdict passed: the chosen candidate of the last round, or
    every window of a window-mode stream (which keeps no history)."""
    if report.history:
        last = [a for a in report.history if a.chosen and a.round == report.attempts - 1]
        return len(last) == 1 and last[0].verdict.allowed
    return bool(report.outputs) and all(verdict.allowed for verdict in report.outputs)


def _report_problem(got: Delivered, refusal: str) -> str | None:
    """What is wrong with the report of a response or refusal, if anything."""
    report = got.report
    if report is None:
        return None
    if report.outcome == "input_blocked":
        blocked = report.input is not None and not report.input.allowed
        ok = blocked and not report.outputs and got.content == refusal
    elif report.outcome == "stream_stopped":
        ok = any(not v.allowed for v in report.outputs) and got.finish_reason == "content_filter"
    elif report.allowed:
        ok = _reply_verdict_passed(report)
    else:
        chose_allowed = any(a.chosen and a.verdict.allowed for a in report.history)
        ok = bool(report.outputs) and not chose_allowed and got.content == refusal
    return None if ok else f"{report.outcome} with report {report.model_dump_json()[:300]}"


def _ref_problem(call: PlannedCall, got: Delivered) -> str | None:
    """What is wrong with the call references in a delivered text, if anything."""
    refs = find_ref(got.content)
    if any(ref != call.call_id for ref in refs):
        return f"got the reply of call(s) {sorted(set(refs) - {call.call_id})}"
    if got.status == "response" and refs != [call.call_id]:
        return f"the reply does not carry its reference once: {got.content[:80]!r}"
    return None


class Ledger:
    """How every call ended, in arrays sized up front so that recording does not grow memory;
    the per-call checks run as each call is recorded."""

    def __init__(self, plan: list[PlannedCall], texts: TextSet, refusal: str) -> None:
        self._texts = texts
        self._refusal = refusal
        self.ends = np.zeros(len(plan), dtype=np.int32)
        self.seconds = np.zeros(len(plan), dtype=np.float64)
        self.rounds = np.zeros(len(plan), dtype=np.int32)
        self.statuses: list[str] = [""] * len(plan)
        self.outcomes: list[str] = [""] * len(plan)
        self.problems: dict[str, _Problems] = {name: _Problems() for name in CHECKS}

    def record(self, call: PlannedCall, got: Delivered, seconds: float) -> None:
        """Keeps how `call` ended and checks it."""
        index = call.call_id
        self.ends[index] += 1
        self.seconds[index] = seconds
        self.rounds[index] = got.report.attempts if got.report is not None else 1
        self.statuses[index] = got.status
        self.outcomes[index] = got.outcome
        where = f"call {index} ({call.kind})"
        if got.status == "error":
            self.problems["no_call_lost_or_duplicated"].add(f"{where}: {got.outcome}")
        problem = _report_problem(got, self._refusal)
        if problem is not None:
            self.problems["reports"].add(f"{where}: {problem}")
        leaked = self._texts.leaked(got.content)
        if leaked is not None:
            self.problems["no_harm_delivered"].add(f"{where}: delivered {leaked!r}")
        mismatch = _ref_problem(call, got)
        if mismatch is not None:
            self.problems["replies_match_calls"].add(f"{where}: {mismatch}")
        expected = KIND_BY_NAME[call.kind].expect
        if got.outcome != expected:
            self.problems["outcomes_match_plan"].add(
                f"{where}: {got.outcome}, not {expected}{_why(got.report)}"
            )


def _why(report: GuardReport | None) -> str:
    """What made the guard end a call so: the categories its verdicts triggered, and for a
    stopped stream the offset of the window that broke the policy."""
    if report is None:
        return ""
    where = f" at character {report.stopped_at}" if report.stopped_at is not None else ""
    return f" ({', '.join(report.triggered) or 'no category'}{where})"


def _check_ends(ledger: Ledger) -> None:
    """Every call ended exactly once."""
    problems = ledger.problems["no_call_lost_or_duplicated"]
    for index in np.flatnonzero(ledger.ends != 1)[:MAX_EXAMPLES]:
        problems.add(f"call {index} ended {ledger.ends[index]} times")


def _check_log(ledger: Ledger, plan: list[PlannedCall], log: ServerLog) -> None:
    """The request log against the plan and the calls' endings."""
    blocked = ledger.problems["blocked_prompts_never_sent"]
    if log.harmful_prompts:
        blocked.add(f"{log.harmful_prompts} requests carried a harmful prompt")
    requests = ledger.problems["server_requests_as_expected"]
    if log.unmatched:
        requests.add(f"{log.unmatched} requests had no known call reference")
    for call, seen in zip(plan, log.per_call, strict=True):
        kind = KIND_BY_NAME[call.kind]
        outcome = ledger.outcomes[call.call_id]
        if (kind.harmful_prompt or outcome == "input_blocked") and seen:
            blocked.add(f"call {call.call_id} ({call.kind}): {seen} requests reached the server")
        expected = expected_requests(kind, outcome, int(ledger.rounds[call.call_id]))
        if seen != expected:
            requests.add(f"call {call.call_id} ({call.kind}, {outcome}): {seen}, not {expected}")


def memory_summary(samples: list[tuple[int, float]], calls: int) -> dict[str, Any]:
    """Start, sampled peak and end RSS, and the fitted growth over the second half of the
    calls (a least-squares line through the samples taken there)."""
    rss = [mb for _, mb in samples]
    second_half = [(done, mb) for done, mb in samples if done >= calls / 2]
    slope_per_call = 0.0
    if len(second_half) >= 2:
        done, mb = zip(*second_half, strict=True)
        slope_per_call = float(np.polyfit(done, mb, 1)[0])
    return {
        "samples": len(samples),
        "start_mb": round(rss[0], 1),
        "peak_mb": round(max(rss), 1),
        "end_mb": round(rss[-1], 1),
        "second_half_slope_mb_per_1k_calls": round(slope_per_call * 1000, 3),
        "second_half_growth_mb": round(slope_per_call * calls / 2, 2),
        "flat_limit_mb": FLAT_LIMIT_MB,
    }


def run_checks(
    ledger: Ledger,
    plan: list[PlannedCall],
    log: ServerLog,
    memory: dict[str, Any],
    tasks_left: list[str],
) -> list[dict[str, Any]]:
    """Every check with its verdict, description, failure count and first failures."""
    _check_ends(ledger)
    _check_log(ledger, plan, log)
    if memory["second_half_growth_mb"] >= FLAT_LIMIT_MB:
        ledger.problems["memory_flat"].add(f"grew {memory['second_half_growth_mb']} MB")
    for task in tasks_left:
        ledger.problems["no_tasks_left"].add(task)
    return [
        {
            "name": name,
            "passed": ledger.problems[name].count == 0,
            "what": description,
            "failures": ledger.problems[name].count,
            "examples": ledger.problems[name].examples,
        }
        for name, description in CHECKS.items()
    ]


def count_outcomes(ledger: Ledger) -> dict[str, dict[str, int]]:
    """Calls per status (response, refusal, upstream_error, error) and per outcome."""
    return {
        "by_status": dict(Counter(ledger.statuses)),
        "by_outcome": dict(Counter(ledger.outcomes)),
    }
