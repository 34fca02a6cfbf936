"""Continuing a saved run on new files (`--start-from`, `--focus`, `--replay`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("onnx")

from guardrails.training.__main__ import main
from guardrails.training._continue import focus_split
from guardrails.training._data import Example, read_examples
from guardrails.training._train import VALIDATION_FRACTION, split_examples

pytestmark = pytest.mark.train

FIXTURES = Path(__file__).parent.parent / "fixtures" / "training"
START_RUN_FILES = [FIXTURES / "corpus.jsonl", FIXTURES / "beavertails.jsonl"]
FOCUS_FILE = FIXTURES / "pku_saferlhf.jsonl"


def rows(count: int, word: str) -> list[Example]:
    return [Example(f"{word} {i}", None, "prompt", {}, "team:test") for i in range(count)]


def keys(examples: list[Example]) -> set[str]:
    return {example.text for example in examples}


def test_the_start_runs_rows_keep_their_split_and_focus_rows_are_split_too() -> None:
    start_run, focus = rows(60, "old"), rows(30, "new")
    train, validation = focus_split(start_run, focus, seed=4, replay=10)
    old_train, old_validation = split_examples(start_run, VALIDATION_FRACTION, 4)
    assert keys(old_validation) <= keys(validation)
    assert not keys(train) & keys(old_validation)  # nothing the start run validated on is trained
    new_in_validation = keys(validation) - keys(old_validation)
    assert new_in_validation
    assert new_in_validation <= keys(focus)
    assert keys(train) & keys(focus) == keys(focus) - new_in_validation
    rehearsed = keys(train) - keys(focus)
    assert len(rehearsed) == 10
    assert rehearsed <= keys(old_train)


def test_a_focus_row_the_start_run_has_stays_where_it_was() -> None:
    start_run = rows(40, "old")
    _, old_validation = split_examples(start_run, VALIDATION_FRACTION, 0)
    repeated = old_validation[0]
    train, validation = focus_split(start_run, [repeated, *rows(20, "new")], seed=0, replay=0)
    assert repeated.text not in keys(train)
    assert [e.text for e in validation].count(repeated.text) == 1


def test_replay_is_capped_by_the_start_runs_training_rows() -> None:
    train, _ = focus_split(rows(20, "old"), rows(20, "new"), seed=0, replay=1_000)
    assert len(keys(train) - keys(rows(20, "new"))) == 18  # 20 less the 2 validated


def test_bad_focus_arguments_are_refused_with_the_reason() -> None:
    with pytest.raises(ValueError, match="--replay must be 0 or more"):
        focus_split(rows(20, "old"), rows(5, "new"), seed=0, replay=-1)
    with pytest.raises(ValueError, match="already in the start run's data"):
        focus_split(rows(20, "old"), rows(5, "old"), seed=0, replay=0)


def cli(tmp_path: Path, name: str, *extra: str) -> list[str]:
    return [
        *("--data", *map(str, START_RUN_FILES)),
        *("--out", str(tmp_path / name), "--save-state", str(tmp_path / f"{name}.pt")),
        *("--metrics", str(tmp_path / f"{name}.json"), "--max-length", "64"),
        *("--batch-size", "4", "--no-quantize", "--no-augment", *extra),
    ]


def test_a_continued_run_starts_from_the_saved_weights_and_trains_on_focus_and_replay(
    tmp_path: Path,
) -> None:
    import torch

    assert main(cli(tmp_path, "start", "--epochs", "1")) == 0
    started = torch.load(tmp_path / "start.pt", weights_only=True)
    argv = cli(tmp_path, "next", "--epochs", "0", "--start-from", str(tmp_path / "start.pt"))
    argv += ["--data", *map(str, [*START_RUN_FILES, FOCUS_FILE]), "--focus", str(FOCUS_FILE)]
    assert main([*argv, "--replay", "3", "--seed", "0"]) == 0
    continued = torch.load(tmp_path / "next.pt", weights_only=True)
    assert all(torch.equal(started[name], continued[name]) for name in started)
    training = json.loads((tmp_path / "next.json").read_text())["training"]
    focus_rows = read_examples(FOCUS_FILE)
    focus_train, _ = split_examples(focus_rows, VALIDATION_FRACTION, 0)
    assert training["train_examples"] == len(focus_train) + 3
    assert training["started_from"] == str(tmp_path / "start.pt")
    assert training["replay"] == 3
    # the same run's untrained weights differ: the equality above comes from the saved file
    assert main(cli(tmp_path, "fresh", "--epochs", "0")) == 0
    fresh = torch.load(tmp_path / "fresh.pt", weights_only=True)
    assert not torch.equal(fresh["head.weight"], started["head.weight"])


def test_continuing_needs_matching_weights_and_focus_files_among_the_data(
    tmp_path: Path,
) -> None:
    outside = cli(tmp_path, "x", "--epochs", "0", "--focus", str(FOCUS_FILE))
    with pytest.raises(ValueError, match=r"pku_saferlhf\.jsonl is not among the --data"):
        main(outside)
    wrong = tmp_path / "wrong.pt"
    import torch

    torch.save({"head.weight": torch.zeros(3, 3)}, wrong)
    with pytest.raises(ValueError, match=r"wrong\.pt: its weights do not fit this model"):
        main(cli(tmp_path, "y", "--epochs", "0", "--start-from", str(wrong)))
    with pytest.raises(ValueError, match="--replay needs --focus"):
        main(cli(tmp_path, "z", "--epochs", "0", "--replay", "5"))
    with pytest.raises(ValueError, match="--limit and --focus cannot be combined"):
        main(cli(tmp_path, "w", "--epochs", "0", "--focus", str(FOCUS_FILE), "--limit", "5"))


def test_lr_scale_sets_how_far_a_continued_run_moves_from_its_start(tmp_path: Path) -> None:
    import torch

    assert main(cli(tmp_path, "start", "--epochs", "0")) == 0
    start = torch.load(tmp_path / "start.pt", weights_only=True)["head.weight"]
    moved = {}
    for name, scale in (("full", "1"), ("gentle", "0.01")):
        argv = cli(tmp_path, name, "--epochs", "1", "--start-from", str(tmp_path / "start.pt"))
        argv += ["--data", *map(str, [*START_RUN_FILES, FOCUS_FILE]), "--focus", str(FOCUS_FILE)]
        assert main([*argv, "--replay", "4", "--lr-scale", scale]) == 0
        head = torch.load(tmp_path / f"{name}.pt", weights_only=True)["head.weight"]
        moved[name] = float((head - start).norm())
        assert json.loads((tmp_path / f"{name}.json").read_text())["training"]["lr_scale"] == float(
            scale
        )
    assert 0 < moved["gentle"] < moved["full"] / 10
    with pytest.raises(ValueError, match=r"--lr-scale must be > 0, got 0\.0"):
        main([*cli(tmp_path, "zero", "--epochs", "0"), "--lr-scale", "0"])


def test_a_continued_run_re_exported_with_its_focus_is_calibrated_on_its_own_split(
    tmp_path: Path,
) -> None:
    from guardrails.classifiers._manifest import ModelManifest
    from guardrails.training._average import main as average_main

    assert main(cli(tmp_path, "start", "--epochs", "0")) == 0
    data = [*map(str, [*START_RUN_FILES, FOCUS_FILE])]
    argv = cli(tmp_path, "next", "--epochs", "1", "--start-from", str(tmp_path / "start.pt"))
    assert main([*argv, "--data", *data, "--focus", str(FOCUS_FILE), "--replay", "3"]) == 0
    again = [str(tmp_path / "next.pt"), "--data", *data, "--max-length", "64", "--no-quantize"]
    assert average_main([*again, "--out", str(tmp_path / "again"), "--focus", str(FOCUS_FILE)]) == 0
    own = ModelManifest.load(tmp_path / "next")
    re_exported = ModelManifest.load(tmp_path / "again")
    assert re_exported.metrics["validation"] == own.metrics["validation"]
    assert re_exported.calibration == own.calibration
