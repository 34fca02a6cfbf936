"""Setting the augmentation fractions from the command line (`--augment KIND=FRACTION`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardrails.training.__main__ import AUGMENT_KINDS, build_parser, main
from guardrails.training._augment import DEFAULT_AUGMENTATION

FIXTURES = Path(__file__).parent.parent / "fixtures" / "training"
CORPUS = FIXTURES / "corpus.jsonl"


def test_the_kinds_are_the_fractions_of_the_config() -> None:
    assert "helpful_reasked" in AUGMENT_KINDS
    assert "refusal_sources" not in AUGMENT_KINDS
    assert set(AUGMENT_KINDS) == set(DEFAULT_AUGMENTATION.fractions())


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("bogus=0.5", "KIND one of context_free, incongruent"),
        ("helpful_reasked", "expected KIND=FRACTION"),
        ("helpful_reasked=lots", "helpful_reasked: the fraction must be a number from 0 to 1"),
        ("noise=1.5", "noise: the fraction must be a number from 0 to 1, got '1.5'"),
    ],
)
def test_bad_values_are_refused_with_what_is_allowed(
    value: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["--data", "x.jsonl", "--out", "m", "--augment", value])
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


def test_several_kinds_parse_into_pairs() -> None:
    args = build_parser().parse_args(
        ["--data", "x.jsonl", "--out", "m", "--augment", "noise=1", "helpful_reasked=0.5"]
    )
    assert args.augment_fractions == [("noise", 1.0), ("helpful_reasked", 0.5)]


def _run(tmp_path: Path, name: str, *extra: str) -> dict[str, object]:
    argv = ["--data", str(CORPUS), "--out", str(tmp_path / name), "--epochs", "0"]
    argv += ["--metrics", str(tmp_path / f"{name}.json"), "--max-length", "64", "--no-quantize"]
    assert main([*argv, *extra]) == 0
    training: dict[str, object] = json.loads((tmp_path / f"{name}.json").read_text())["training"]
    return training


@pytest.mark.train
def test_a_fraction_set_on_the_command_line_reaches_the_run(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("onnx")
    default = _run(tmp_path, "default")
    noisy = _run(tmp_path, "noisy", "--augment", "noise=1")
    off = _run(tmp_path, "off", "--no-augment")
    assert default["augmentation"] == DEFAULT_AUGMENTATION.fractions()
    assert noisy["augmentation"] == {**DEFAULT_AUGMENTATION.fractions(), "noise": 1.0}
    assert off["augmentation"] is None
    assert off["augmented_examples"] == 0
    more = noisy["augmented_examples"]
    assert isinstance(more, int)
    assert more > default["augmented_examples"]  # type: ignore[operator]
    with pytest.raises(ValueError, match="--augment and --no-augment cannot be combined"):
        main(
            [
                "--data",
                str(CORPUS),
                "--out",
                str(tmp_path / "x"),
                "--no-augment",
                "--augment",
                "noise=1",
            ]
        )
