"""Smoke test of the benchmark suite: its smallest run on the tiny model writes well-formed JSON.

Timings are not asserted: they belong in the benchmarks, not in tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks._cli import main
from benchmarks._config import SuiteConfig
from benchmarks._markdown import render_markdown
from benchmarks._suite import PARTS, run_suite

LATENCY_KEYS = {"samples", "mean_ms", "p50_ms", "p99_ms"}


@pytest.fixture(scope="module")
def suite_run(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    out = tmp_path_factory.mktemp("bench-results")
    config = SuiteConfig.short(threads=1)
    results, json_path, _ = run_suite(
        tiny_model_dir, config, out, include_torch=False, log=lambda _line: None
    )
    assert json_path == out / "results-quick.json"
    return results, json_path


def test_json_has_every_part_and_the_machine(suite_run: tuple[dict, Path]) -> None:
    results, json_path = suite_run
    assert json.loads(json_path.read_text(encoding="utf-8")) == json.loads(json.dumps(results))
    assert results["parts"] == list(PARTS)
    machine = results["machine"]
    for key in ("cpu_model", "logical_cores", "python", "date", "packages"):
        assert machine[key]
    assert machine["onnxruntime"]["provider_used"] == "CPUExecutionProvider"
    assert results["model"]["name"] == "tiny-test-model"
    assert results["config"]["quick"] is True


def test_classifier_engines_have_cells_cold_start_and_memory(suite_run: tuple[dict, Path]) -> None:
    engines = suite_run[0]["classifier"]["engines"]
    config = suite_run[0]["config"]
    expected_cells = {(b, t) for b in config["batch_sizes"] for t in config["text_tokens"]}
    for name in ("bare_session", "onnx_classifier"):
        engine = engines[name]
        assert engine["status"] == "ok", engine
        assert engine["peak_rss_mb"] >= engine["cold_start"]["rss_after_load_mb"] > 0
        assert engine["cold_start"]["cold_start_s"] > 0
        cells = {(c["batch_size"], c["text_tokens"]): c for c in engine["cells"]}
        assert set(cells) == expected_cells
        for cell in cells.values():
            assert set(cell) >= LATENCY_KEYS
            assert cell["texts_per_s"] > 0
    torch = engines["transformers_torch"]
    assert torch["status"] == "skipped"
    assert "--no-torch" in torch["note"]


def test_guard_overhead_and_concurrency_parts(suite_run: tuple[dict, Path]) -> None:
    results = suite_run[0]
    chat = results["guard_overhead"]["chat"]
    assert set(chat) == {"unguarded", "input", "output", "both"}
    assert {"added_p50_ms", "added_p99_ms"} <= set(chat["both"])
    guarded_calls = 3 * (1 + results["config"]["chat_calls"])  # three wrapped clients, warm-up
    assert results["guard_overhead"]["outcomes"] == {"allowed": guarded_calls}
    streaming = results["guard_overhead"]["streaming"]
    assert set(streaming["both"]["ttft"]) >= LATENCY_KEYS
    rows = results["concurrency"]["results"]
    levels = results["config"]["concurrency_levels"]
    assert {(r["concurrency"], r["micro_batching"]) for r in rows} == {
        (level, flag) for level in levels for flag in (True, False)
    }


def test_targets_are_computed_or_explained(suite_run: tuple[dict, Path]) -> None:
    targets = {t["name"]: t for t in suite_run[0]["targets"]}
    assert set(targets) == {
        "classifier_overhead",
        "single_text_vs_torch",
        "micro_batching_gain",
        "guard_overhead_p50",
    }
    assert targets["single_text_vs_torch"]["passed"] is None  # torch was skipped
    for name in ("classifier_overhead", "micro_batching_gain", "guard_overhead_p50"):
        assert isinstance(targets[name]["passed"], bool)
    table = render_markdown(suite_run[0])
    assert "| OnnxClassifier (this SDK) |" in table
    assert "not measured" in table


def test_chart_is_written(suite_run: tuple[dict, Path]) -> None:
    pytest.importorskip("matplotlib")
    png = suite_run[1].with_suffix(".png")
    assert png.read_bytes().startswith(b"\x89PNG")


def test_cli_exits_2_without_a_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--quick", "--model", str(tmp_path)]) == 2
    assert "no model.onnx" in capsys.readouterr().err
