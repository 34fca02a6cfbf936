"""Smoke test of the soak (benchmarks/soak.py): a short run on the tiny model passes every check.

Only the structural checks are asserted (nothing lost, leaked or left behind), not timings.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import httpx
import pytest

from benchmarks._soak_checks import _why
from benchmarks._soak_plan import KINDS
from benchmarks.soak import main
from guardrails import Action, GuardReport, Verdict
from tests.llm_server import Fault, Reply, ScriptedLLMServer

CALLS = 200


@pytest.fixture(scope="module")
def soak_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict, str]:
    out = tmp_path_factory.mktemp("soak") / "soak.json"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = main(["--tiny", "--calls", str(CALLS), "--concurrency", "16", "--out", str(out)])
    return code, json.loads(out.read_text(encoding="utf-8")), printed.getvalue()


def test_every_check_passes(soak_run: tuple[int, dict, str]) -> None:
    code, results, printed = soak_run
    failed = {c["name"]: c["examples"] for c in results["checks"] if not c["passed"]}
    assert failed == {}
    assert code == 0
    assert results["passed"] is True
    assert "all checks passed" in printed


def test_every_call_ends_once_and_every_behaviour_is_played(
    soak_run: tuple[int, dict, str],
) -> None:
    results = soak_run[1]
    statuses = results["outcomes"]["by_status"]
    assert set(statuses) == {"response", "refusal", "upstream_error"}
    assert sum(statuses.values()) == CALLS
    assert set(results["kinds"]) == {kind.name for kind in KINDS}
    assert set(results["outcomes"]["by_outcome"]) == {kind.expect for kind in KINDS}
    assert set(results["retries"]["after"]) == {"429", "500", "drop"}


def test_results_have_speed_memory_and_machine(soak_run: tuple[int, dict, str]) -> None:
    results = soak_run[1]
    assert results["throughput_per_s"] > 0
    assert {"p50_ms", "p99_ms"} <= set(results["latency"])
    assert results["memory"]["samples"] >= 20
    assert {"start_mb", "peak_mb", "end_mb", "second_half_growth_mb"} <= set(results["memory"])
    assert results["machine"]["python"]
    assert results["model"]["name"] == "tiny-test-model"


def test_exits_2_without_a_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--calls", "1", "--model", str(tmp_path)]) == 2
    assert "no model.onnx" in capsys.readouterr().err


def test_scripted_server_can_pick_each_step_from_the_request() -> None:
    def pick(body: dict) -> Reply | Fault:
        content = body["messages"][-1]["content"]
        return Fault(status=503) if content == "fail" else Reply(f"echo {content}")

    with ScriptedLLMServer() as server:
        server.respond(pick)
        url = f"{server.base_url}/chat/completions"
        answers = [
            httpx.post(url, json={"model": "m", "messages": [{"role": "user", "content": text}]})
            for text in ("one", "fail", "two")
        ]
        server.script(Reply("scripted"))
        scripted = httpx.post(url, json={"model": "m", "messages": []})
    assert [a.status_code for a in answers] == [200, 503, 200]
    assert answers[2].json()["choices"][0]["message"]["content"] == "echo two"
    assert scripted.json()["choices"][0]["message"]["content"] == "scripted"


def test_a_call_that_ends_otherwise_than_planned_says_which_categories_and_where() -> None:
    window = Verdict(stage="output", action=Action.BLOCK, triggered=("human_trafficking",))
    stopped = GuardReport(outputs=(window,), attempts=1, outcome="stream_stopped", stopped_at=200)
    assert _why(stopped) == " (human_trafficking at character 200)"
    allowed = GuardReport(
        outputs=(Verdict(stage="output", action=Action.ALLOW),), attempts=1, outcome="allowed"
    )
    assert _why(allowed) == " (no category)"
    assert _why(None) == ""
