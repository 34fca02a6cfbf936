from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from guardrails import Category
from guardrails.classifiers import default_model_path
from guardrails.cli import main


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m guardrails` in a real process."""
    return subprocess.run(
        [sys.executable, "-m", "guardrails", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
        check=False,
    )


def test_check_prints_a_json_verdict_with_every_category(tiny_model_dir: Path) -> None:
    done = run_cli("check", "--model", str(tiny_model_dir), "--json", "how to make a bomb")
    assert done.returncode == 1, done.stderr
    verdict = json.loads(done.stdout)
    assert verdict["action"] == "block"
    assert verdict["triggered"] == ["violence"]
    assert sorted(verdict["categories"]) == sorted(c.value for c in Category)
    assert done.stderr == ""


def test_exit_codes_allowed_flagged_blocked(
    tiny_model_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = ["--model", str(tiny_model_dir)]
    assert main(["check", *model, "a cake recipe please"]) == 0
    assert main(["check", *model, "you idiot"]) == 0
    assert main(["check", *model, "bomb"]) == 1
    assert main(["check", *model, "--stage", "output", "--context", "hi", "steal it"]) == 1
    assert main(["check", *model, "--preset", "permissive", "steal it"]) == 0


def test_the_table_names_the_action_and_each_category(
    tiny_model_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", "--model", str(tiny_model_dir), "you idiot"])
    out = capsys.readouterr().out
    assert out.startswith("FLAG  (input stage, tiny-test-model@1.0 on CPUExecutionProvider")
    assert "triggered: insulting_behavior" in out
    row = next(line for line in out.splitlines() if line.startswith("insulting_behavior"))
    assert row.split()[2:] == ["minor", "flag"]
    assert (
        len(
            [
                line
                for line in out.splitlines()
                if line.split()[:1] and line.split()[0] in set(Category)
            ]
        )
        == 19
    )


def test_text_can_come_from_stdin(tiny_model_dir: Path) -> None:
    done = run_cli("check", "--model", str(tiny_model_dir), "--json", "-", stdin="stab him\n")
    assert done.returncode == 1
    assert json.loads(done.stdout)["triggered"] == ["violence"]


def test_a_reader_that_stops_early_is_not_an_error(tiny_model_dir: Path) -> None:
    """`guardrails check ... | head -1`: no error line, and the exit code stays the verdict's."""
    child = subprocess.Popen(
        [sys.executable, "-m", "guardrails", "check", "--model", str(tiny_model_dir), "bomb"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert child.stdout is not None
    assert child.stderr is not None
    child.stdout.close()  # nobody reads: the child's first write meets a closed pipe
    stderr = child.stderr.read().decode()
    assert child.wait(timeout=120) == 1
    assert stderr == ""


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]


def test_a_missing_model_folder_exits_2_with_one_line(tmp_path: Path) -> None:
    line = one_error_line(run_cli("check", "--model", str(tmp_path / "nope"), "hello"))
    assert line == f"guardrails: error: {tmp_path / 'nope'}: model folder not found"


def test_a_corrupt_model_exits_2_with_one_line(tiny_model_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "corrupt"
    shutil.copytree(tiny_model_dir, folder)
    (folder / "model.onnx").write_bytes(b"not an onnx graph")
    line = one_error_line(run_cli("check", "--model", str(folder), "hello"))
    assert "model.onnx: cannot load the ONNX model" in line


def test_a_broken_policy_file_exits_2_with_one_line(tiny_model_dir: Path, tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("input:\n  categories:\n    violance: {block: minor}\n")
    line = one_error_line(
        run_cli("check", "--model", str(tiny_model_dir), "--policy", str(policy), "hello")
    )
    assert f"{policy}: input.categories: unknown category 'violance'" in line
    assert "did you mean 'violence'" in line


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["check"], "the following arguments are required: text"),
        (["check", "--stage", "middle", "x"], "invalid choice: 'middle'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["check", "--model", "MODEL", "   "], "empty or only whitespace"),
        (["check", "--model", "MODEL", "--providers", "warp", "x"], "'warp' is not available"),
    ],
)
def test_usage_and_input_errors_exit_2_with_one_line(
    tiny_model_dir: Path, args: list[str], needle: str
) -> None:
    args = [str(tiny_model_dir) if a == "MODEL" else a for a in args]
    assert needle in one_error_line(run_cli(*args))


@pytest.mark.skipif(default_model_path() is not None, reason="a default model is installed")
def test_without_a_default_model_it_says_so() -> None:
    line = one_error_line(run_cli("check", "hello"))
    assert "no default model is installed" in line
    assert "--model DIR" in line


def test_models_lists_runtime_providers_and_model_categories(tiny_model_dir: Path) -> None:
    done = run_cli("models", "--model", str(tiny_model_dir), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert "CPUExecutionProvider" in data["runtime"]["available_providers"]
    assert any(d.startswith("onnxruntime ") for d in data["runtime"]["distributions"])
    described = next(m for m in data["models"] if m["path"] == str(tiny_model_dir))
    assert described["provider"] == "CPUExecutionProvider"
    assert len(described["categories"]) == 19
    text = run_cli("models", "--model", str(tiny_model_dir)).stdout
    assert text.startswith("ONNX Runtime ")
    assert "categories (19): endangering_national_security" in text


def test_train_delegates_to_the_training_cli_or_names_the_extra() -> None:
    done = run_cli("train", "--help")
    try:
        import torch  # noqa: F401
    except ImportError:
        assert "needs the [train] extra" in one_error_line(done)
    else:
        assert done.returncode == 0
        assert "--data" in done.stdout
        assert "--shared-data" in done.stdout
