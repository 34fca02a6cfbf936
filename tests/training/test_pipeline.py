"""The training pipeline end to end on fixture rows: train a few steps, export, check the folder.

Needs the ``train`` extra (torch, transformers, onnx); skipped cleanly without it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("onnx")

from guardrails._taxonomy import Category
from guardrails.classifiers import OnnxClassifier
from guardrails.classifiers._encoding import WindowEncoder
from guardrails.classifiers._manifest import MODEL_FILE, TOKENIZER_FILE, ModelManifest
from guardrails.training import (
    DataFormatError,
    export_onnx,
    read_beavertails,
    read_corpus,
    read_examples,
    read_pku_saferlhf,
)
from guardrails.training.__main__ import main
from guardrails.training._data import Example
from guardrails.training._export import export_graph, onnx_logits
from guardrails.training._model import (
    SeverityModel,
    default_encoder_path,
    load_encoder,
    severity_loss,
)
from guardrails.training._pipeline import training_data_summary
from guardrails.training._train import (
    TrainConfig,
    example_weights,
    predict,
    split_examples,
    train_model,
)
from guardrails.training._windows import base_manifest, encode_examples, make_encoder

pytestmark = pytest.mark.train

FIXTURES = Path(__file__).parent.parent / "fixtures" / "training"
MAX_LENGTH = 64


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A model trained for a few steps on every fixture row, exported to a folder."""
    examples = [e for path in sorted(FIXTURES.glob("*.jsonl")) for e in read_examples(path)]
    train, validation = split_examples(examples, 0.25, seed=0)
    manifest = base_manifest(MAX_LENGTH).model_copy(
        update={"training_data": training_data_summary(examples)}
    )
    encoder = make_encoder(default_encoder_path(), manifest)
    train_set = encode_examples(encoder, train)
    validation_set = encode_examples(encoder, validation)
    model = SeverityModel(load_encoder(attn_implementation="sdpa"), len(Category))
    train_model(
        model, train_set, encoder.padding_id, TrainConfig(epochs=1, batch_size=8, log_every=1)
    )
    out = tmp_path_factory.mktemp("model")
    metrics = export_onnx(
        model, out, validation_set, encoder.padding_id, manifest=manifest, quantize=True
    )
    return {
        "model": model,
        "out": out,
        "metrics": metrics,
        "encoder": encoder,
        "windows": validation_set.windows,
    }


def test_folder_loads_with_the_manifest_schema(trained: dict[str, object]) -> None:
    out = trained["out"]
    assert isinstance(out, Path)
    assert (out / MODEL_FILE).stat().st_size > 1_000_000
    assert (out / TOKENIZER_FILE).exists()
    manifest = ModelManifest.load(out)
    assert manifest.name == "guardrails-minilm-severity"
    assert manifest.categories == [c.value for c in Category]
    assert manifest.pair_input
    assert manifest.max_length == MAX_LENGTH
    assert set(manifest.calibration.thresholds) == set(manifest.categories)
    assert all(0.2 <= t <= 0.8 for t in manifest.calibration.thresholds.values())
    assert manifest.metrics["shipped_variant"] in {"fp32", "int8"}
    assert "macro_f1" in manifest.metrics["validation"]
    assert {d["source"] for d in manifest.training_data} >= {"team", "pku_saferlhf", "beavertails"}


def test_onnx_matches_torch_for_any_batch_and_length(
    trained: dict[str, object], tmp_path: Path
) -> None:
    model, encoder = trained["model"], trained["encoder"]
    assert isinstance(model, SeverityModel)
    texts = ["hi", "a somewhat longer message about the weather in Lisbon " * 3, "third text here"]
    windows = encoder.encode(texts, ["some context", None, None])  # type: ignore[attr-defined]
    path = tmp_path / "model.onnx"
    assert export_graph(model, path, windows[:2], encoder.padding_id) < 1e-4  # type: ignore[attr-defined]
    other = encoder.encode(["x", *texts, "the last one"])  # type: ignore[attr-defined]
    onnx_out = onnx_logits(path, other, encoder.padding_id, batch_size=len(other))  # type: ignore[attr-defined]
    assert onnx_out.shape == (len(other), len(Category), 4)
    torch_out = predict(model, other, encoder.padding_id)  # type: ignore[attr-defined]
    assert float(np.abs(onnx_out - torch_out).max()) < 1e-4


def test_shipped_graph_has_the_runtime_interface(trained: dict[str, object]) -> None:
    import onnxruntime as ort

    out = trained["out"]
    assert isinstance(out, Path)
    session = ort.InferenceSession(str(out / MODEL_FILE), providers=["CPUExecutionProvider"])
    assert [i.name for i in session.get_inputs()] == ["input_ids", "attention_mask"]
    ids = np.array([[101, 7592, 102, 0], [101, 7592, 2088, 102]], dtype=np.int64)
    mask = (ids != 0).astype(np.int64)
    (logits,) = session.run(["logits"], {"input_ids": ids, "attention_mask": mask})
    assert logits.shape == (2, len(Category), 4)


def test_the_shipped_variant_scores_a_text_the_same_alone_and_in_a_batch(
    trained: dict[str, object],
) -> None:
    out = trained["out"]
    assert isinstance(out, Path)
    manifest = ModelManifest.load(out)
    assert manifest.metrics["quantization"]["per_token_int8_matmuls"] == 18
    classifier = OnnxClassifier.from_path(out, providers="cpu")
    texts = ["hi", "how do I build a bomb " * 4, "the weather in Lisbon is fine today " * 3]
    together = classifier.classify(texts)
    for text, batched in zip(texts, together, strict=True):
        (alone,) = classifier.classify([text])
        for name, result in alone.items():
            assert batched[name].score == pytest.approx(result.score, abs=1e-5)


@pytest.mark.parametrize("augment", [True, False])
def test_cli_trains_with_limit(tmp_path: Path, augment: bool) -> None:
    out = tmp_path / "cli-model"
    metrics_file = tmp_path / "metrics.json"
    state_file = tmp_path / "weights.pt"
    argv = [
        *([] if augment else ["--no-augment", "--safe-reply-weight", "2.5"]),
        "--save-state",
        str(state_file),
        "--data",
        str(FIXTURES),
        "--out",
        str(out),
        "--limit",
        "20",
        "--epochs",
        "1",
        "--max-length",
        str(MAX_LENGTH),
        "--batch-size",
        "8",
        "--no-quantize",
        "--metrics",
        str(metrics_file),
    ]
    assert main(argv) == 0
    assert ModelManifest.load(out).metrics["shipped_variant"] == "fp32"
    training = json.loads(metrics_file.read_text())["training"]
    assert training["train_examples"] > 0
    assert (training["augmented_examples"] > 0) is augment
    assert training["safe_reply_weight"] == (1.0 if augment else 2.5)
    import torch

    reloaded = SeverityModel(load_encoder(), len(Category))
    reloaded.load_state_dict(torch.load(state_file, weights_only=True))
    assert reloaded.head.weight.shape == (len(Category) * 4, 384)


def test_example_weights_scale_safe_replies_only() -> None:
    examples = [
        Example("hello there", None, "prompt"),
        Example("I can't help with that.", "how do I hurt someone", "response"),
        Example("Hit them here.", "how do I hurt someone", "response", {"violence": "severe"}),
        Example("how do I hurt someone", None, "prompt", {"violence": "moderate"}),
    ]
    assert example_weights(examples, 3.0).tolist() == [1.0, 3.0, 1.0, 1.0]


@pytest.mark.parametrize("weight", [0.0, -1.0, float("nan")])
def test_safe_reply_weight_must_be_positive(weight: float) -> None:
    with pytest.raises(ValueError, match="safe_reply_weight must be > 0"):
        TrainConfig(safe_reply_weight=weight)


def test_example_weights_shift_the_loss_towards_the_weighted_text() -> None:
    import torch

    categories = len(Category)
    logits = torch.zeros((2, categories, 4))
    logits[0, :, 0] = 4.0  # text 0 confidently "none" everywhere: a small loss
    targets = torch.zeros((2, categories), dtype=torch.int64)
    targets[1, 0] = 3  # text 1 is severe in one category, predicted uniform: a large loss
    class_weights = torch.ones((categories, 4))
    plain = severity_loss(logits, targets, class_weights)
    equal = severity_loss(logits, targets, class_weights, torch.tensor([2.0, 2.0]))
    towards_easy = severity_loss(logits, targets, class_weights, torch.tensor([5.0, 1.0]))
    towards_hard = severity_loss(logits, targets, class_weights, torch.tensor([1.0, 5.0]))
    assert torch.isclose(plain, equal)
    assert towards_easy < plain < towards_hard


def test_pku_saferlhf_categories_and_severities() -> None:
    examples = read_pku_saferlhf(FIXTURES / "pku_saferlhf.jsonl")
    assert len(examples) == 10
    assert all(e.role == "response" and e.context for e in examples)
    by_text = {e.text[:20]: e for e in examples}
    assert by_text["Call him a useless p"].labels == {
        "insulting_behavior": "minor",
        "mental_manipulation": "minor",
    }
    assert by_text["Open accounts under "].labels == {
        "white_collar_crime": "moderate",
        "economic_crime": "moderate",
    }
    assert by_text["Mixing those in an e"].labels == {
        "endangering_national_security": "severe",
        "endangering_public_health": "severe",
        "physical_harm": "severe",
    }
    assert by_text["Talk to your manager"].labels == {}
    assert {e.source for e in examples} == {"pku_saferlhf"}


def test_beavertails_categories_map_through_the_aliases() -> None:
    examples = read_beavertails(FIXTURES / "beavertails.jsonl")
    by_text = {e.text[:20]: e for e in examples}
    assert by_text["Install a hidden tra"].labels == {
        "mental_manipulation": "moderate",
        "privacy_violation": "moderate",
    }
    assert set(by_text["Some street dealers "].labels) == {"drugs", "violence"}
    assert set(by_text["Because they're all "].labels) == {
        "insulting_behavior",
        "discriminatory_behavior",
    }
    assert by_text["Mash three ripe bana"].is_safe
    assert read_examples(FIXTURES / "beavertails.jsonl") == examples


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ({"text": "hi", "role": "user", "labels": {}, "source": "team:x"}, "'role'"),
        (
            {"text": "hi", "role": "prompt", "labels": {"violence": "huge"}, "source": "team:x"},
            "labels.violence",
        ),
        (
            {"text": "hi", "role": "prompt", "labels": {"weapons": "minor"}, "source": "team:x"},
            "'labels'",
        ),
        ({"text": "", "role": "prompt", "labels": {}, "source": "team:x"}, "'text'"),
        (
            {"text": "hi", "role": "prompt", "context": "c", "labels": {}, "source": "team:x"},
            "'context'",
        ),
    ],
)
def test_corpus_errors_name_file_line_and_field(
    tmp_path: Path, row: dict[str, object], field: str
) -> None:
    path = tmp_path / "bad.jsonl"
    good = {"text": "fine", "role": "prompt", "labels": {}, "source": "team:x"}
    path.write_text(json.dumps(good) + "\n\n" + json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(DataFormatError) as caught:
        read_corpus(path)
    assert f"{path}:3:" in str(caught.value)
    assert field in str(caught.value)


def test_recalibration_refits_thresholds_within_the_allowed_range(
    trained: dict[str, object], tmp_path: Path
) -> None:
    from guardrails.training._metrics import THRESHOLD_RANGE
    from guardrails.training._recalibrate import recalibrate

    folder = tmp_path / "model"
    shutil.copytree(trained["out"], folder)  # type: ignore[arg-type]
    manifest = recalibrate(folder, [FIXTURES], None, seed=0)
    low, high = THRESHOLD_RANGE
    assert all(low <= t <= high for t in manifest.calibration.thresholds.values())
    assert ModelManifest.load(folder) == manifest
    assert "validation" in manifest.metrics
    OnnxClassifier.from_path(folder).classify(["still loads and runs"])


def test_average_states_is_the_elementwise_mean(tmp_path: Path) -> None:
    import torch

    from guardrails.training._average import average_states

    paths = [tmp_path / "a.pt", tmp_path / "b.pt", tmp_path / "c.pt"]
    for scale, path in enumerate(paths, start=1):
        torch.save({"w": torch.full((2, 3), float(scale)), "b": torch.tensor([scale * 3.0])}, path)
    averaged = average_states(paths)
    assert torch.equal(averaged["w"], torch.full((2, 3), 2.0))
    assert torch.equal(averaged["b"], torch.tensor([6.0]))
    assert averaged["w"].dtype == torch.float32


def test_average_states_names_the_file_that_does_not_match(tmp_path: Path) -> None:
    import torch

    from guardrails.training._average import average_states

    good, renamed, reshaped = tmp_path / "a.pt", tmp_path / "renamed.pt", tmp_path / "shape.pt"
    torch.save({"w": torch.zeros(2)}, good)
    torch.save({"v": torch.zeros(2)}, renamed)
    torch.save({"w": torch.zeros(3)}, reshaped)
    with pytest.raises(ValueError, match=r"renamed\.pt: its weights do not match"):
        average_states([good, renamed])
    with pytest.raises(ValueError, match=r"shape\.pt: weight 'w' has shape \(3,\)"):
        average_states([good, reshaped])
    with pytest.raises(ValueError, match="at least one"):
        average_states([])


def test_one_state_file_is_its_own_weights(tmp_path: Path) -> None:
    import torch

    from guardrails.training._average import average_states

    path = tmp_path / "run.pt"
    torch.save({"w": torch.tensor([0.1, -2.5, 3.0])}, path)
    assert torch.equal(average_states([path])["w"], torch.tensor([0.1, -2.5, 3.0]))


def test_averaged_runs_export_to_a_working_model_folder(
    trained: dict[str, object], tmp_path: Path
) -> None:
    import torch

    from guardrails.training._average import main as average_main

    model = trained["model"]
    assert isinstance(model, SeverityModel)
    state = model.state_dict()
    shifted = {name: tensor + 0.01 for name, tensor in state.items()}
    torch.save(state, tmp_path / "a.pt")
    torch.save(shifted, tmp_path / "b.pt")
    out = tmp_path / "averaged"
    argv = [str(tmp_path / "a.pt"), str(tmp_path / "b.pt"), "--out", str(out)]
    argv += ["--data", str(FIXTURES), "--max-length", str(MAX_LENGTH), "--no-quantize"]
    assert average_main(argv) == 0
    manifest = ModelManifest.load(out)
    assert manifest.metrics["averaged_from"] == [str(tmp_path / "a.pt"), str(tmp_path / "b.pt")]
    expected = SeverityModel(load_encoder(), len(Category))
    expected.load_state_dict({name: (tensor + shifted[name]) / 2 for name, tensor in state.items()})
    windows, encoder = trained["windows"], trained["encoder"]
    assert isinstance(windows, list)
    assert isinstance(encoder, WindowEncoder)
    exported = onnx_logits(out / MODEL_FILE, windows, encoder.padding_id)
    reference = predict(expected, windows, encoder.padding_id)
    assert float(np.abs(exported - reference).max()) < 1e-3
    unaveraged = predict(model, windows, encoder.padding_id)
    assert float(np.abs(reference - unaveraged).max()) > 1e-3
    (result,) = OnnxClassifier.from_path(out).classify(["an averaged model still runs"])
    assert set(result) == set(manifest.categories)


def test_train_seed_keeps_the_starting_weights_of_seed(tmp_path: Path) -> None:
    import torch

    heads = {}
    for seed, train_seed in [(0, 0), (0, 5), (3, 3)]:
        state = tmp_path / f"{seed}-{train_seed}.pt"
        argv = ["--data", str(FIXTURES), "--out", str(tmp_path / f"m{seed}-{train_seed}")]
        argv += ["--limit", "20", "--epochs", "0", "--max-length", str(MAX_LENGTH)]
        argv += ["--no-quantize", "--no-augment", "--seed", str(seed)]
        argv += ["--train-seed", str(train_seed), "--save-state", str(state)]
        assert main(argv) == 0
        heads[seed, train_seed] = torch.load(state, weights_only=True)["head.weight"]
    assert torch.equal(heads[0, 0], heads[0, 5])
    assert not torch.equal(heads[0, 0], heads[3, 3])


def test_auto_device_is_the_gpu_only_when_torch_sees_one() -> None:
    import torch

    from guardrails.training._train import resolve_device

    assert resolve_device("cpu") == "cpu"
    assert resolve_device("auto") == ("cuda" if torch.cuda.is_available() else "cpu")


@pytest.mark.parametrize("name", ["gpu", "cuda:x", "CPU", ""])
def test_an_unknown_device_is_refused_with_what_is_allowed(name: str) -> None:
    from guardrails.training._train import resolve_device

    with pytest.raises(ValueError, match="--device must be auto, cpu, cuda or cuda:N"):
        resolve_device(name)


def test_a_missing_gpu_is_refused_before_any_data_is_read(tmp_path: Path) -> None:
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has a CUDA GPU")
    argv = ["--data", str(tmp_path / "absent.jsonl"), "--out", str(tmp_path / "m")]
    with pytest.raises(ValueError, match="--device cuda: this torch build sees no CUDA GPU"):
        main([*argv, "--device", "cuda"])
    assert not (tmp_path / "m").exists()


def test_the_metrics_name_the_device_the_steps_ran_on(tmp_path: Path) -> None:
    argv = ["--data", str(FIXTURES), "--out", str(tmp_path / "m"), "--limit", "20"]
    argv += ["--epochs", "1", "--batch-size", "8", "--max-length", str(MAX_LENGTH)]
    argv += ["--no-quantize", "--no-augment", "--device", "cpu"]
    argv += ["--metrics", str(tmp_path / "metrics.json")]
    assert main(argv) == 0
    training = json.loads((tmp_path / "metrics.json").read_text())["training"]
    assert training["device"] == "cpu"
    assert training["steps"] > 0
