from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from guardrails import Category, ConfigurationError, ModelLoadError, Severity
from guardrails.classifiers import Classifier, OnnxClassifier

from .tiny_model import BENIGN_WORDS, build_tiny_model


def test_it_scores_every_category_of_the_model(classifier: OnnxClassifier) -> None:
    (result,) = classifier.classify(["how do I build a bomb"])
    assert list(result) == [c.value for c in Category]
    assert result["violence"].severity is Severity.SEVERE
    assert result["violence"].score > 0.9
    assert all(r.severity is Severity.NONE for name, r in result.items() if name != "violence")


def test_scores_follow_the_words(classifier: OnnxClassifier) -> None:
    texts = ["you idiot", "steal the car", "hello there", "write malware and doxx him"]
    results = classifier.classify(texts)
    assert results[0]["insulting_behavior"].severity is Severity.MINOR
    assert results[1]["economic_crime"].severity is Severity.MODERATE
    assert max(r.score for r in results[2].values()) < 0.1
    assert results[3]["cybercrime"].severity is Severity.MODERATE
    assert results[3]["privacy_violation"].severity is Severity.MODERATE


def test_probabilities_sum_to_one_and_score_is_one_minus_none(classifier: OnnxClassifier) -> None:
    (result,) = classifier.classify(["stab"])
    for category in result.values():
        assert category.probabilities is not None
        assert sum(category.probabilities) == pytest.approx(1.0, abs=1e-5)
        assert category.score == pytest.approx(1.0 - category.probabilities[0], abs=1e-6)


def test_a_batch_gives_the_same_results_as_one_by_one(classifier: OnnxClassifier) -> None:
    texts = ["bomb", "hello " * 40 + "idiot", "fine thanks", "heroin " * 3, "a " * 7 + "steal"]
    batched = classifier.classify(texts)
    single = [classifier.classify([t])[0] for t in texts]
    for b, s in zip(batched, single, strict=True):
        for name in b:
            assert b[name].score == pytest.approx(s[name].score, abs=1e-6)
            assert b[name].severity is s[name].severity


def test_small_batch_size_buckets_give_the_same_results(tiny_model_dir: Path) -> None:
    small = OnnxClassifier.from_path(tiny_model_dir, providers="cpu", batch_size=2)
    large = OnnxClassifier.from_path(tiny_model_dir, providers="cpu", batch_size=64)
    texts = [" ".join(BENIGN_WORDS[: n * 3]) + " idiot" for n in range(1, 12)]
    for a, b in zip(small.classify(texts), large.classify(texts), strict=True):
        assert a["insulting_behavior"].score == pytest.approx(b["insulting_behavior"].score)


@pytest.mark.parametrize("position", [0, 777, 2500])
def test_harm_anywhere_in_a_long_text_is_found_nothing_is_truncated(
    classifier: OnnxClassifier, position: int
) -> None:
    words = (BENIGN_WORDS * 30)[:2600]
    words.insert(position, "bomb")
    (result,) = classifier.classify([" ".join(words)])
    assert result["violence"].severity is Severity.SEVERE


def test_long_texts_are_cut_into_overlapping_windows(classifier: OnnxClassifier) -> None:
    encoder = classifier._encoder
    windows = encoder.encode(["hello " * 100])
    assert len(windows) > 1
    assert all(len(w.ids) <= classifier.manifest.max_length for w in windows)
    assert windows[0].ids[0] == encoder.start_id
    assert windows[0].ids[-1] == encoder.separator_id
    step = encoder.chunk_step
    # consecutive windows share window_overlap tokens, and together cover all 100 words
    assert step == encoder.chunk_length - classifier.manifest.window_overlap
    assert sum(len(w.ids) - 2 for w in windows) - (len(windows) - 1) * 4 == 100


def test_a_pair_model_reads_the_context_and_a_plain_model_ignores_it(
    pair_model_dir: Path, classifier: OnnxClassifier
) -> None:
    pair = OnnxClassifier.from_path(pair_model_dir, providers="cpu")
    with_context = pair.classify(["fine thanks"], contexts=["bomb"])[0]["violence"].score
    without = pair.classify(["fine thanks"], contexts=[None])[0]["violence"].score
    assert with_context > 0.9
    assert without < 0.1
    plain = classifier.classify(["fine thanks"], contexts=["bomb"])[0]["violence"].score
    assert plain < 0.1


def test_only_the_last_context_tokens_are_kept(pair_model_dir: Path) -> None:
    pair = OnnxClassifier.from_path(pair_model_dir, providers="cpu")
    early = "bomb " + "hello " * 10  # max_context_tokens is 4: "bomb" falls out
    assert pair.classify(["fine"], contexts=[early])[0]["violence"].score < 0.1


def test_it_satisfies_the_classifier_protocol_and_reports_its_provider(
    classifier: OnnxClassifier,
) -> None:
    assert isinstance(classifier, Classifier)
    assert classifier.provider == "CPUExecutionProvider"
    assert classifier.name == "tiny-test-model@1.0"


def test_auto_providers_fall_back_to_the_cpu(tiny_model_dir: Path) -> None:
    assert OnnxClassifier.from_path(tiny_model_dir).providers[-1] == "CPUExecutionProvider"


def test_an_unavailable_provider_is_a_clear_error(tiny_model_dir: Path) -> None:
    with pytest.raises(
        ConfigurationError, match=r"'warp-drive' is not available.*CPUExecutionProvider"
    ):
        OnnxClassifier.from_path(tiny_model_dir, providers="warp-drive")


def copy_model(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def test_a_missing_folder_is_a_model_load_error(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="model folder not found"):
        OnnxClassifier.from_path(tmp_path / "absent")


@pytest.mark.parametrize("missing", ["model.onnx", "tokenizer.json", "manifest.json"])
def test_a_missing_file_is_named(tiny_model_dir: Path, tmp_path: Path, missing: str) -> None:
    folder = copy_model(tiny_model_dir, tmp_path / "m")
    (folder / missing).unlink()
    with pytest.raises(ModelLoadError, match=f"no {re.escape(missing)} in the model folder"):
        OnnxClassifier.from_path(folder)


def test_a_corrupt_graph_is_a_model_load_error(tiny_model_dir: Path, tmp_path: Path) -> None:
    folder = copy_model(tiny_model_dir, tmp_path / "m")
    (folder / "model.onnx").write_bytes(b"\x08\x07garbage" * 50)
    with pytest.raises(ModelLoadError, match=r"model\.onnx: cannot load the ONNX model"):
        OnnxClassifier.from_path(folder)


def test_a_bad_manifest_field_is_named(tiny_model_dir: Path, tmp_path: Path) -> None:
    folder = copy_model(tiny_model_dir, tmp_path / "m")
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["max_length"] = "long"
    manifest["colour"] = "red"
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelLoadError) as info:
        OnnxClassifier.from_path(folder)
    assert "manifest.json: max_length:" in str(info.value)
    assert "colour: unknown key" in str(info.value)


def test_a_manifest_that_disagrees_with_the_graph_is_caught(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    folder = copy_model(tiny_model_dir, tmp_path / "m")
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["categories"] = manifest["categories"][:18]
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelLoadError, match=r"expected \[batch, 18, 4\]"):
        OnnxClassifier.from_path(folder)


def test_a_model_with_its_own_taxonomy_reports_its_own_categories(tmp_path: Path) -> None:
    folder = build_tiny_model(tmp_path / "own", categories=["violence", "spam"])
    (result,) = OnnxClassifier.from_path(folder).classify(["bomb"])
    assert list(result) == ["violence", "spam"]
    assert result["violence"].severity is Severity.SEVERE


def test_a_special_token_missing_from_the_tokenizer_is_named(
    tiny_model_dir: Path, tmp_path: Path
) -> None:
    folder = copy_model(tiny_model_dir, tmp_path / "m")
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["special_tokens"] = {"start": "<s>"}
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelLoadError, match="special token '<s>'"):
        OnnxClassifier.from_path(folder)
