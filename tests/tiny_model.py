"""Build a tiny but real severity model folder for tests.

The tokenizer is word-level (tokenizers' WordLevel) and the ONNX graph (built with onnx.helper)
sums a per-word table of severity logits over the unmasked tokens, so a text's scores depend on
its words: "bomb" is severe violence, "idiot" minor insulting behaviour, and so on.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers

from guardrails import Category

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
LEVEL = {"minor": 1, "moderate": 2, "severe": 3}

#: word -> (category, severity level) it pushes up.
HARMFUL_WORDS: dict[str, tuple[str, str]] = {
    "bomb": ("violence", "severe"),
    "stab": ("violence", "moderate"),
    "idiot": ("insulting_behavior", "minor"),
    "steal": ("economic_crime", "moderate"),
    "heroin": ("drugs", "moderate"),
    "malware": ("cybercrime", "moderate"),
    "doxx": ("privacy_violation", "moderate"),
    "anthrax": ("endangering_national_security", "severe"),
}
BENIGN_WORDS = (
    "the a and of to in is it you that he was for on are with as his they be at one have this "
    "from or had by hot word but what some we can out other were all there when up use your how "
    "said an each she which do their time if will way about many then them write would like so "
    "these her long make thing see him two has look more day could go come did number sound no "
    "most people my over know water than call first who may down side been now find any new work "
    "part take get place made live where after back little only round man year came show every "
    "good me give our under name very through just form sentence great think say help low line "
    "differ turn cause much mean before move right boy old too same tell does set three want air "
    "well also play small end put home read hand port large spell add even land here must big "
    "high such follow act why ask men change went light kind off need house picture try us again "
    "animal point mother world near build self earth father hello please recipe cake bake weather "
    "fine thanks process kill photo shoot history war nurse story"
).split()

BIAS_NONE = 4.0
WORD_WEIGHT = 8.0


def build_tiny_model(
    folder: Path,
    *,
    max_length: int = 16,
    window_overlap: int = 4,
    pair_input: bool = False,
    max_context_tokens: int = 4,
    categories: list[str] | None = None,
) -> Path:
    """Write model.onnx, tokenizer.json and manifest.json into `folder` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    categories = categories or [c.value for c in Category]
    vocab_words = SPECIALS + sorted(set(BENIGN_WORDS) | set(HARMFUL_WORDS))
    vocab = {word: index for index, word in enumerate(vocab_words)}

    tokenizer = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.Lowercase()
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.save(str(folder / "tokenizer.json"))

    width = len(categories) * 4
    table = np.zeros((len(vocab), width), dtype=np.float32)
    for word, (category, level) in HARMFUL_WORDS.items():
        if category in categories:
            table[vocab[word], categories.index(category) * 4 + LEVEL[level]] = WORD_WEIGHT
    bias = np.zeros(width, dtype=np.float32)
    bias[0::4] = BIAS_NONE
    _write_graph(folder / "model.onnx", table, bias, len(categories))

    manifest = {
        "name": "tiny-test-model",
        "version": "1.0",
        "description": "word-level test model",
        "categories": categories,
        "max_length": max_length,
        "window_overlap": window_overlap,
        "pair_input": pair_input,
        "max_context_tokens": max_context_tokens,
        "license": "Apache-2.0",
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return folder


def _write_graph(path: Path, table: np.ndarray, bias: np.ndarray, n_categories: int) -> None:
    nodes = [
        helper.make_node("Gather", ["table", "input_ids"], ["token_logits"], axis=0),
        helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["mask_f", "axis2"], ["mask3"]),
        helper.make_node("Mul", ["token_logits", "mask3"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "axis1"], ["summed"], keepdims=0),
        helper.make_node("Add", ["summed", "bias"], ["flat"]),
        helper.make_node("Reshape", ["flat", "shape"], ["logits"]),
    ]
    initializers = [
        helper.make_tensor("table", TensorProto.FLOAT, table.shape, table.flatten().tolist()),
        helper.make_tensor("bias", TensorProto.FLOAT, bias.shape, bias.tolist()),
        helper.make_tensor("axis1", TensorProto.INT64, [1], [1]),
        helper.make_tensor("axis2", TensorProto.INT64, [1], [2]),
        helper.make_tensor("shape", TensorProto.INT64, [3], [-1, n_categories, 4]),
    ]
    graph = helper.make_graph(
        nodes,
        "tiny_severity",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "tokens"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "tokens"]),
        ],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", n_categories, 4])],
        initializers,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, str(path))
