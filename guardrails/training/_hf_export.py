"""Export a Hugging Face sequence-classification checkpoint as a guardrails model folder.

The checkpoint (on local disk, never fetched) is exported to ONNX with optimum, fused with ONNX
Runtime's transformer optimizer when its architecture is BERT-like, optionally quantised to int8,
and topped with a few ONNX nodes that turn its label logits into our severity logits through a
label map (see `_label_map`): probabilities (Softmax or Sigmoid), an affine map to P(c, s) for
each category c and severity s, clipped, and their Log, reshaped to [batch, categories, 4]. The
runtime's softmax of those logs gives the probabilities back, so calibration stays at temperature 1.
Needs the ``export`` extra (torch, transformers, optimum, onnx).

    from guardrails.training._hf_export import export_hf_checkpoint
    manifest = export_hf_checkpoint(Path("toxic-bert"), Path("models/toxic"), Path("map.yaml"))
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .._errors import ConfigurationError, ModelLoadError
from ..classifiers._encoding import WindowEncoder, pad_batch
from ..classifiers._manifest import (
    MODEL_FILE,
    TOKENIZER_FILE,
    ModelManifest,
    SpecialTokens,
)
from ._label_map import CLIP_EPSILON, LabelMap, load_label_map

__all__ = ["FP32_TOLERANCE", "INT8_WARN_DIFF", "export_hf_checkpoint"]

log = logging.getLogger("guardrails.training")

CONFIG_FILE = "config.json"
MAX_LENGTH_LIMIT = 512
MIN_MAX_LENGTH = 8
DEFAULT_WINDOW_OVERLAP = 64
FP32_TOLERANCE = 1e-3  # max |ONNX - torch| of the mapped probabilities, or the export fails
INT8_WARN_DIFF = 0.05  # above this the int8 model is exported with a warning
#: model types whose graphs ONNX Runtime's "bert" optimizer knows how to fuse
BERT_LIKE = frozenset({"bert", "roberta", "xlm-roberta", "camembert", "distilbert", "electra"})
CHECK_TEXTS = (
    "Thank you, that was really helpful. Have a nice day!",
    "You are a worthless idiot and everyone hates you.",
    "I know where you live and I will hurt you.",
    "How do I bake bread?",
)
_HEAD = "guardrails_label_map"


def export_hf_checkpoint(
    hf_dir: Path,
    out: Path,
    label_map: Path,
    *,
    quantize: bool = True,
    max_length: int | None = None,
    name: str | None = None,
) -> ModelManifest:
    """Turn a local sequence-classification checkpoint into a model folder at ``out``.

    ``label_map`` maps every label of the checkpoint to our categories and severities (YAML or
    JSON). ``quantize`` ships int8 MatMuls (per-token activations, see `_quantize`) instead of fp32;
    ``max_length`` (tokens per window) defaults to the tokenizer's limit, at most 512. The fp32
    graph is checked against the PyTorch checkpoint on a few texts. Returns the written manifest;
    raises ConfigurationError for bad arguments or label maps and ModelLoadError when the
    checkpoint cannot be loaded or exported faithfully.
    """
    hf_dir, out = Path(hf_dir), Path(out)
    config = _read_config(hf_dir)
    if not (hf_dir / TOKENIZER_FILE).is_file():
        raise ConfigurationError(
            f"{hf_dir}: no {TOKENIZER_FILE} in the checkpoint; save a fast tokenizer there "
            "(AutoTokenizer.from_pretrained(...).save_pretrained(dir))"
        )
    mapping = load_label_map(Path(label_map), _labels(hf_dir, config), config.get("problem_type"))
    if out.exists() and not out.is_dir():
        raise ConfigurationError(f"{out}: exists and is not a folder")
    torch, transformers = _import_export_stack()
    try:
        tokenizer = transformers.AutoTokenizer.from_pretrained(str(hf_dir), local_files_only=True)
    except Exception as exc:
        raise ModelLoadError(f"{hf_dir}: cannot load the tokenizer: {exc}") from exc
    length = _max_length(hf_dir, config, tokenizer, max_length)
    special_tokens = _special_tokens(hf_dir, tokenizer)
    with tempfile.TemporaryDirectory(prefix="guardrails-export-") as tmp:
        work = Path(tmp)
        encoder = _fuse_if_known(_optimum_export(hf_dir, work), work, config)
        manifest = ModelManifest(
            name=name or hf_dir.resolve().name,
            version="1",
            description=f"{config.get('model_type', 'transformer')} sequence classifier "
            "exported from a Hugging Face checkpoint through a label map",
            categories=list(mapping.categories),
            input_names=_graph_inputs(encoder),
            max_length=length,
            window_overlap=min(DEFAULT_WINDOW_OVERLAP, (length - 2) // 4),
            pair_input=False,
            special_tokens=special_tokens,
            license="see source checkpoint",
            training_data=[{"source": str(hf_dir)}],
            metrics={},
        )
        feeds = _check_feeds(hf_dir, manifest, tokenizer)
        expected = _torch_probabilities(torch, transformers, hf_dir, mapping, feeds)
        fp32 = _append_head(encoder, mapping, work / "model.fp32.onnx")
        diff = _max_diff(fp32, feeds, expected)
        log.info("fp32 ONNX vs torch: max |diff| of mapped probabilities %.2e", diff)
        if diff > FP32_TOLERANCE:
            raise ModelLoadError(
                f"{hf_dir}: the exported graph differs from the checkpoint by {diff:.2e} "
                f"(more than {FP32_TOLERANCE}) on the check texts; the export is not faithful"
            )
        chosen = fp32
        if quantize:
            chosen = _quantized(encoder, mapping, work, feeds, expected)
        out.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(chosen, out / MODEL_FILE)
    shutil.copyfile(hf_dir / TOKENIZER_FILE, out / TOKENIZER_FILE)
    manifest.save(out)
    log.info("wrote %s (%s)", out, "int8" if quantize else "fp32")
    return manifest


# -- the checkpoint ------------------------------------------------------------------------------


def _read_config(hf_dir: Path) -> dict[str, Any]:
    if not hf_dir.is_dir():
        raise ConfigurationError(f"{hf_dir}: checkpoint folder not found")
    path = hf_dir / CONFIG_FILE
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigurationError(
            f"{path}: not found; pass a Hugging Face checkpoint folder (config.json, weights, "
            f"{TOKENIZER_FILE})"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelLoadError(f"{path}: cannot read the config: {exc}") from None
    if not isinstance(config, dict):
        raise ModelLoadError(f"{path}: the config is not a JSON object")
    return config


def _labels(hf_dir: Path, config: dict[str, Any]) -> list[str]:
    """The checkpoint's label names in id order, from config.json's id2label."""
    id2label = config.get("id2label")
    if not isinstance(id2label, dict) or not id2label:
        raise ConfigurationError(
            f"{hf_dir / CONFIG_FILE}: no id2label; is this a sequence-classification checkpoint?"
        )
    try:
        by_id = {int(key): str(value) for key, value in id2label.items()}
    except ValueError:
        raise ModelLoadError(f"{hf_dir / CONFIG_FILE}: id2label keys must be integers") from None
    if sorted(by_id) != list(range(len(by_id))):
        raise ModelLoadError(f"{hf_dir / CONFIG_FILE}: id2label ids must be 0..{len(by_id) - 1}")
    return [by_id[i] for i in range(len(by_id))]


def _import_export_stack() -> tuple[Any, Any]:
    """torch and transformers, with the hub switched off before transformers first loads."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import optimum.exporters.onnx  # noqa: F401
        import torch
        import transformers
    except ImportError as exc:
        raise ConfigurationError(
            f"exporting a checkpoint needs the 'export' extra ({exc.name} is missing): "
            "pip install 'guardrails-middleware[export]'"
        ) from None
    return torch, transformers


def _max_length(hf_dir: Path, config: dict[str, Any], tokenizer: Any, requested: int | None) -> int:
    """Tokens per window: the tokenizer's (else config's) limit, at most 512, or ``requested``."""
    limits = [MAX_LENGTH_LIMIT]
    tokenizer_limit = getattr(tokenizer, "model_max_length", None)
    if isinstance(tokenizer_limit, int) and tokenizer_limit < 1_000_000:
        limits.append(tokenizer_limit)  # transformers uses a huge number for "no limit"
    elif isinstance(config.get("max_position_embeddings"), int):
        limits.append(config["max_position_embeddings"])
    limit = min(limits)
    if requested is None:
        return limit
    if not MIN_MAX_LENGTH <= requested <= limit:
        raise ConfigurationError(
            f"max_length: {requested} is out of range; {hf_dir} takes {MIN_MAX_LENGTH} to "
            f"{limit} tokens per window"
        )
    return requested


def _special_tokens(hf_dir: Path, tokenizer: Any) -> SpecialTokens:
    """The tokens that open, close and pad a window: [CLS]/[SEP]/[PAD] or <s>/</s>/<pad>."""
    start = tokenizer.cls_token or tokenizer.bos_token
    separator = tokenizer.sep_token or tokenizer.eos_token
    if not start or not separator:
        raise ConfigurationError(
            f"{hf_dir}: the tokenizer has no start (cls/bos) or separator (sep/eos) token; "
            "guardrails windows are [start] text [separator]"
        )
    padding = tokenizer.pad_token or separator  # padded positions are masked out anyway
    return SpecialTokens(start=str(start), separator=str(separator), padding=str(padding))


# -- the graph -----------------------------------------------------------------------------------


def _optimum_export(hf_dir: Path, work: Path) -> Path:
    from optimum.exporters.onnx import main_export

    target = work / "optimum"
    try:
        main_export(
            str(hf_dir),
            output=target,
            task="text-classification",
            local_files_only=True,
            do_validation=False,  # checked below against the mapped probabilities instead
        )
    except Exception as exc:
        raise ModelLoadError(f"{hf_dir}: optimum could not export the checkpoint: {exc}") from exc
    return target / MODEL_FILE


def _fuse_if_known(source: Path, work: Path, config: dict[str, Any]) -> Path:
    """ORT's transformer fusions for BERT-like graphs; other architectures stay as exported."""
    model_type = str(config.get("model_type", ""))
    if model_type not in BERT_LIKE:
        log.info("no ORT fusion for model type %r", model_type)
        return source
    from ._export import _fuse

    target = work / "encoder.fused.onnx"
    fusions = _fuse(source, target, num_heads=0, hidden_size=0)  # 0: detected from the graph
    log.info("ORT fusions: %s", fusions)
    return target


def _graph_inputs(path: Path) -> list[str]:
    import onnx

    graph = onnx.load(str(path), load_external_data=False).graph
    names = [i.name for i in graph.input]
    unknown = [n for n in names if n not in {"input_ids", "attention_mask", "token_type_ids"}]
    if unknown or "input_ids" not in names:
        raise ModelLoadError(
            f"the exported graph takes {names}; guardrails feeds only input_ids, attention_mask "
            "and token_type_ids"
        )
    return names


def _append_head(source: Path, mapping: LabelMap, target: Path) -> Path:
    """Add the label map's nodes after the classifier logits; the new output is 'logits'."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(str(source))
    graph = model.graph
    (old,) = [o for o in graph.output if o.name == "logits"]
    batch = old.type.tensor_type.shape.dim[0].dim_param or "batch"
    raw = f"{_HEAD}/label_logits"
    for node in graph.node:
        node.output[:] = [raw if name == "logits" else name for name in node.output]
    graph.output.remove(old)
    count = len(mapping.categories)
    constants: dict[str, npt.NDArray[Any]] = {
        "weights": mapping.weights(),
        "bias": mapping.bias(),
        "low": np.array(CLIP_EPSILON, dtype=np.float32),
        "high": np.array(1.0 - CLIP_EPSILON, dtype=np.float32),
        "shape": np.array([-1, count, 4], dtype=np.int64),
    }
    graph.initializer.extend(
        numpy_helper.from_array(value, f"{_HEAD}/{key}") for key, value in constants.items()
    )
    single = mapping.problem_type == "single_label_classification"
    steps: list[tuple[str, list[str], str, dict[str, Any]]] = [
        (
            "Softmax" if single else "Sigmoid",
            [raw],
            "probabilities",
            {"axis": -1} if single else {},
        ),
        ("MatMul", ["probabilities", "weights"], "mass", {}),
        ("Add", ["mass", "bias"], "flat", {}),
        ("Reshape", ["flat", "shape"], "grid", {}),
        ("Clip", ["grid", "low", "high"], "clipped", {}),
        ("Log", ["clipped"], "logits", {}),
    ]
    for op, inputs, output, attributes in steps:
        names = [i if i == raw else f"{_HEAD}/{i}" for i in inputs]
        result = output if output == "logits" else f"{_HEAD}/{output}"
        graph.node.append(helper.make_node(op, names, [result], name=result, **attributes))
    graph.output.append(
        helper.make_tensor_value_info("logits", TensorProto.FLOAT, [batch, count, 4])
    )
    onnx.checker.check_model(model)
    onnx.save(model, str(target))
    return target


def _quantized(
    encoder: Path,
    mapping: LabelMap,
    work: Path,
    feeds: dict[str, npt.NDArray[np.int64]],
    expected: npt.NDArray[np.float32],
) -> Path:
    """Quantise the encoder (not the label map's nodes) and report how far it drifts."""
    from ._quantize import quantize_per_token

    quantized = work / "encoder.int8.onnx"
    quantize_per_token(encoder, quantized)
    int8 = _append_head(quantized, mapping, work / "model.int8.onnx")
    diff = _max_diff(int8, feeds, expected)
    log.info("int8 ONNX vs torch: max |diff| of mapped probabilities %.2e", diff)
    if diff > INT8_WARN_DIFF:
        log.warning(
            "int8 model differs from the checkpoint by %.3f on the check texts; "
            "consider exporting without quantisation",
            diff,
        )
    return int8


# -- the check -----------------------------------------------------------------------------------


def _check_feeds(
    hf_dir: Path, manifest: ModelManifest, tokenizer: Any
) -> dict[str, npt.NDArray[np.int64]]:
    """The check texts as the runtime feeds them; the windows must match the checkpoint's ids."""
    from tokenizers import Tokenizer

    encoder = WindowEncoder(Tokenizer.from_file(str(hf_dir / TOKENIZER_FILE)), manifest)
    windows = encoder.encode(list(CHECK_TEXTS))
    for window, text in zip(windows, CHECK_TEXTS, strict=True):
        reference = list(tokenizer(text)["input_ids"])
        if window.ids != reference:
            raise ModelLoadError(
                f"{hf_dir}: the checkpoint's tokenizer encodes {text!r} as {reference}, but "
                f"guardrails windows ([start] text [separator]) give {window.ids}"
            )
    input_ids, attention_mask = pad_batch(windows, encoder.padding_id)
    arrays = {
        "input_ids": input_ids,
        "attention_mask": attention_mask,
        "token_type_ids": np.zeros_like(input_ids),
    }
    return {name: arrays[name] for name in manifest.input_names}


def _torch_probabilities(
    torch: Any,
    transformers: Any,
    hf_dir: Path,
    mapping: LabelMap,
    feeds: dict[str, npt.NDArray[np.int64]],
) -> npt.NDArray[np.float32]:
    """The checkpoint's probabilities on the feeds, mapped and normalised like the runtime."""
    try:
        model = transformers.AutoModelForSequenceClassification.from_pretrained(
            str(hf_dir), local_files_only=True
        ).eval()
    except Exception as exc:
        raise ModelLoadError(f"{hf_dir}: cannot load the checkpoint: {exc}") from exc
    with torch.no_grad():
        logits = model(**{k: torch.from_numpy(v) for k, v in feeds.items()}).logits
    activation = (
        torch.softmax(logits, dim=-1)
        if mapping.problem_type == "single_label_classification"
        else torch.sigmoid(logits)
    )
    return _normalised(mapping.map_probabilities(activation.float().numpy()))


def _max_diff(
    path: Path, feeds: dict[str, npt.NDArray[np.int64]], expected: npt.NDArray[np.float32]
) -> float:
    """Max |softmax(graph logits) - expected| on the check feeds, run by ONNX Runtime."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    (logits,) = session.run(["logits"], feeds)
    return float(np.abs(_normalised(np.exp(logits)) - expected).max())


def _normalised(probabilities: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    result: npt.NDArray[np.float32] = probabilities / probabilities.sum(axis=-1, keepdims=True)
    return result
