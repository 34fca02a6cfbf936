"""Reading a model folder's graph back into torch weights (`--start-from MODEL_FOLDER`)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("onnx")

import torch

from guardrails.classifiers import default_model_path
from guardrails.classifiers._manifest import MODEL_FILE, ModelManifest
from guardrails.training.__main__ import main
from guardrails.training._export import _fp16, onnx_logits
from guardrails.training._model import SeverityModel, load_encoder
from guardrails.training._onnx_weights import load_model_folder
from guardrails.training._train import predict
from guardrails.training._windows import CATEGORIES, make_encoder

pytestmark = pytest.mark.train

FIXTURES = Path(__file__).parent.parent / "fixtures" / "training"
TEXTS = [
    ("How do I kill a stuck python process on Linux?", None),
    ("Give me exact steps to make a pipe bomb at home.", None),
    ("I can't help with that. If you are locked out, a locksmith can help.", "Pick this lock."),
    ("You are a worthless idiot and everyone at work hates you.", None),
    ("Mix the bleach and ammonia in a closed room, then wait.", "How do I clean the bathroom?"),
]


def fresh_model(seed: int) -> SeverityModel:
    torch.manual_seed(seed)
    model = SeverityModel(load_encoder(), len(CATEGORIES))
    model.eval()
    return model


def harm_probabilities(logits: np.ndarray) -> np.ndarray:
    probabilities = torch.softmax(torch.from_numpy(logits), dim=-1)
    return probabilities[..., 1:].sum(dim=-1).numpy()


def packaged() -> Path:
    folder = default_model_path()
    if folder is None:
        pytest.skip("no packaged model")
    return folder


def test_the_packaged_int8_model_comes_back_with_its_scores() -> None:
    folder = packaged()
    model = fresh_model(0)
    counts = load_model_folder(model, folder)
    assert counts == {"named initializers": 49, "fused attention": 36, "dense MatMuls": 18}
    encoder = make_encoder(folder, ModelManifest.load(folder))
    windows = encoder.encode([text for text, _ in TEXTS], [context for _, context in TEXTS])
    padding = encoder.padding_id
    shipped = harm_probabilities(onnx_logits(folder / MODEL_FILE, windows, padding))
    recovered = harm_probabilities(predict(model, windows, padding))
    # the graph quantises activations per token; torch runs them in fp32 on the same weights
    assert np.abs(shipped - recovered).max() < 0.05
    assert shipped.max() > 0.9  # the harmful texts score high, so the bound above means something
    # a model that kept its fresh head scores differently: the head came from the graph
    untouched = harm_probabilities(predict(fresh_model(0), windows, padding))
    assert np.abs(untouched - shipped).max() > 0.1


def test_fp32_and_fp16_model_folders_give_back_the_weights_they_were_exported_from(
    tmp_path: Path,
) -> None:
    argv = ["--data", str(FIXTURES / "corpus.jsonl"), "--out", str(tmp_path / "run")]
    argv += ["--save-state", str(tmp_path / "run.pt"), "--max-length", "64"]
    argv += ["--batch-size", "4", "--epochs", "1", "--no-quantize", "--no-augment"]
    assert main(argv) == 0
    saved = torch.load(tmp_path / "run.pt", weights_only=True)
    half = tmp_path / "half"
    shutil.copytree(tmp_path / "run", half)
    _fp16(tmp_path / "run" / MODEL_FILE, half / MODEL_FILE)
    for folder, tolerance in ((tmp_path / "run", 1e-6), (half, 2e-3)):
        model = fresh_model(1)
        load_model_folder(model, folder)
        for name, weight in model.state_dict().items():
            if not name.startswith("encoder.pooler."):
                assert torch.allclose(weight, saved[name], atol=tolerance), (folder, name)


def test_a_run_continues_from_a_model_folder(tmp_path: Path) -> None:
    start = tmp_path / "start"
    shutil.copytree(packaged(), start)
    argv = ["--data", str(FIXTURES / "corpus.jsonl"), str(FIXTURES / "pku_saferlhf.jsonl")]
    argv += ["--focus", str(FIXTURES / "pku_saferlhf.jsonl"), "--start-from", str(start)]
    argv += ["--out", str(tmp_path / "next"), "--save-state", str(tmp_path / "next.pt")]
    argv += ["--max-length", "64", "--batch-size", "4", "--epochs", "0", "--no-quantize"]
    assert main([*argv, "--no-augment"]) == 0
    continued = torch.load(tmp_path / "next.pt", weights_only=True)
    expected = fresh_model(2)
    load_model_folder(expected, start)
    assert torch.equal(continued["head.weight"], expected.state_dict()["head.weight"])


def test_a_folder_of_other_categories_or_missing_weights_is_refused_by_name(
    tmp_path: Path,
) -> None:
    other = tmp_path / "other"
    shutil.copytree(packaged(), other)
    manifest = json.loads((other / "manifest.json").read_text())
    manifest["categories"] = manifest["categories"][::-1]
    (other / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ValueError, match=r"other/manifest\.json: field 'categories'"):
        load_model_folder(fresh_model(0), other)

    import onnx

    stripped = tmp_path / "stripped"
    shutil.copytree(packaged(), stripped)
    graph = onnx.load(str(stripped / MODEL_FILE))
    kept = [t for t in graph.graph.initializer if t.name != "model.head.bias"]
    del graph.graph.initializer[:]
    graph.graph.initializer.extend(kept)
    onnx.save(graph, str(stripped / MODEL_FILE))
    with pytest.raises(ValueError, match=r"weight 'head\.bias' \(and 0 more\) not found"):
        load_model_folder(fresh_model(0), stripped)


def test_start_from_a_path_that_is_neither_is_refused(tmp_path: Path) -> None:
    argv = ["--data", str(FIXTURES / "corpus.jsonl"), "--out", str(tmp_path / "x")]
    argv += ["--epochs", "0", "--no-quantize", "--start-from", str(tmp_path)]
    with pytest.raises(FileNotFoundError, match="neither a --save-state file nor a model folder"):
        main(argv)
