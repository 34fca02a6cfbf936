"""Reading some data files more often (`--oversample FILE... --oversample-times N`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("onnx")

from guardrails.training.__main__ import main
from guardrails.training._data import read_examples
from guardrails.training._oversample import oversampled_copies
from guardrails.training._train import VALIDATION_FRACTION, split_examples

pytestmark = pytest.mark.train

FIXTURES = Path(__file__).parent.parent / "fixtures" / "training"
BASE = FIXTURES / "corpus.jsonl"
EXTRA = FIXTURES / "pku_saferlhf.jsonl"


def test_each_training_row_of_the_files_comes_back_times_minus_one_more() -> None:
    rows = [*read_examples(BASE), *read_examples(EXTRA)]
    train, _ = split_examples(rows, VALIDATION_FRACTION, 0)
    extra_keys = {(row.text, row.context) for row in read_examples(EXTRA)}
    extra_train = [row for row in train if (row.text, row.context) in extra_keys]
    assert extra_train
    assert len(extra_train) < len(train)
    copies = oversampled_copies(train, [EXTRA], [BASE, EXTRA], 3)
    assert sorted(copies, key=repr) == sorted(extra_train * 2, key=repr)
    assert oversampled_copies(train, [EXTRA], [BASE, EXTRA], 1) == []
    assert oversampled_copies(train, [], [BASE, EXTRA], 3) == []


def test_oversampling_is_refused_for_files_outside_the_data_or_fewer_than_one_time() -> None:
    with pytest.raises(ValueError, match=r"--oversample .*pku_saferlhf\.jsonl is not among"):
        oversampled_copies([], [EXTRA], [BASE], 2)
    with pytest.raises(ValueError, match="--oversample-times must be 1 or more, got 0"):
        oversampled_copies([], [EXTRA], [BASE, EXTRA], 0)


def run(tmp_path: Path, name: str, *extra: str) -> dict[str, object]:
    argv = ["--data", str(BASE), str(EXTRA), "--out", str(tmp_path / name), "--epochs", "0"]
    argv += ["--metrics", str(tmp_path / f"{name}.json"), "--max-length", "64"]
    assert main([*argv, "--no-quantize", "--no-augment", *extra]) == 0
    training: dict[str, object] = json.loads((tmp_path / f"{name}.json").read_text())["training"]
    return training


def test_a_run_reads_the_oversampled_rows_more_and_validates_on_the_same_split(
    tmp_path: Path,
) -> None:
    plain = run(tmp_path, "plain")
    more = run(tmp_path, "more", "--oversample", str(EXTRA), "--oversample-times", "3")
    rows = [*read_examples(BASE), *read_examples(EXTRA)]
    train, validation = split_examples(rows, VALIDATION_FRACTION, 0)
    extra_keys = {(row.text, row.context) for row in read_examples(EXTRA)}
    extra_train = sum((row.text, row.context) in extra_keys for row in train)
    assert plain["oversampled_examples"] == 0
    assert plain["oversample_times"] is None
    assert more["oversampled_examples"] == 2 * extra_train
    assert more["oversample"] == [str(EXTRA)]
    assert more["oversample_times"] == 3
    assert more["validation_examples"] == plain["validation_examples"] == len(validation)
    trained = plain["train_examples"]
    assert isinstance(trained, int)
    assert trained == len(train)
    assert more["train_examples"] == trained + 2 * extra_train
