"""Read a model folder's ONNX graph back into the torch weights of a `SeverityModel`.

A run's torch weights (``--save-state``) stay on the machine that trained it; the model folder
is what ships (the packaged default model among them). So that a run can continue from a model
folder (``--start-from guardrails/models/default``), this recovers every weight the graph
holds, in any of the three forms that `build_variants` ships:

- an initializer named after the torch weight (``model.<name>``; ``<name>_fp16`` when stored
  as fp16): embeddings, layer norms, biases and the head;
- the fused attention's ``[hidden, 3 * hidden]`` query/key/value weight and bias, one Attention
  node per layer in graph order, split back into the three ``nn.Linear`` weights;
- the other dense weights, found through the MatMul that reads them, whose output is named
  after its torch module (``/model/encoder/encoder/layer.0/output/dense/MatMul_output_0``):
  a float initializer (fp32, fp16) or, behind `MatMulIntegerToFloat`, int8 times the
  per-column scale (`quantize_per_token`), so quantised weights come back dequantised.

ONNX MatMul weights are ``[in, out]``, torch's ``nn.Linear`` weights ``[out, in]``. Weights the
graph does not use (BERT's pooler) keep the values the model already has.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

import numpy as np
import numpy.typing as npt
import onnx
import torch
from onnx import numpy_helper

from ..classifiers._manifest import MODEL_FILE, ModelManifest
from ._model import SeverityModel
from ._windows import CATEGORIES

__all__ = ["is_model_folder", "load_model_folder"]

_PREFIX = "model."
_FP16_SUFFIX = "_fp16"
_MODULE_OUTPUT = re.compile(r"^/model/(?P<module>.+)/MatMul(?:_\d+)?_output_0$")
_QKV = ("query", "key", "value")

Arrays = dict[str, npt.NDArray[np.float32]]


def is_model_folder(path: Path) -> bool:
    """Whether ``path`` is a folder holding a model graph rather than a state file."""
    return path.is_dir() and (path / MODEL_FILE).is_file()


def _float_initializers(graph: onnx.GraphProto) -> Arrays:
    arrays: Arrays = {}
    for tensor in graph.initializer:
        if tensor.data_type in (onnx.TensorProto.FLOAT, onnx.TensorProto.FLOAT16):
            arrays[tensor.name] = numpy_helper.to_array(tensor).astype(np.float32)
    return arrays


def _integers(graph: onnx.GraphProto) -> dict[str, npt.NDArray[np.int8]]:
    return {
        tensor.name: numpy_helper.to_array(tensor)
        for tensor in graph.initializer
        if tensor.data_type == onnx.TensorProto.INT8
    }


def _consumers(graph: onnx.GraphProto) -> dict[str, list[onnx.NodeProto]]:
    readers: dict[str, list[onnx.NodeProto]] = {}
    for node in graph.node:
        for name in node.input:
            readers.setdefault(name, []).append(node)
    return readers


def _stored(arrays: Arrays, name: str) -> npt.NDArray[np.float32] | None:
    """The initializer of ``name`` as stored in fp32 or, with the suffix, in fp16."""
    found = arrays.get(name)
    return found if found is not None else arrays.get(name + _FP16_SUFFIX)


def _module_of(output: str) -> str | None:
    """``encoder.encoder.layer.0.output.dense`` for a MatMul output named after that module."""
    match = _MODULE_OUTPUT.match(output)
    return None if match is None else match["module"].replace("/", ".")


def _named_weights(arrays: Arrays, wanted: set[str]) -> Arrays:
    found: Arrays = {}
    for name in wanted:
        array = _stored(arrays, _PREFIX + name)
        if array is not None:
            found[name] = array
    return found


def _attention_weights(graph: onnx.GraphProto, arrays: Arrays) -> Arrays:
    found: Arrays = {}
    layers = [node for node in graph.node if node.op_type == "Attention"]
    for layer, node in enumerate(layers):
        weight, bias = (_stored(arrays, node.input[i]) for i in (1, 2))
        if weight is None or bias is None:
            raise ValueError(f"Attention node {node.name!r}: its weight or bias is not stored")
        prefix = f"encoder.encoder.layer.{layer}.attention.self"
        for part, columns, biases in zip(
            _QKV, np.split(weight, 3, axis=1), np.split(bias, 3), strict=True
        ):
            found[f"{prefix}.{part}.weight"] = columns.T
            found[f"{prefix}.{part}.bias"] = biases
    return found


def _dense_weights(graph: onnx.GraphProto, arrays: Arrays) -> Arrays:
    integers = _integers(graph)
    readers = _consumers(graph)
    found: Arrays = {}
    for node in graph.node:
        if node.op_type == "MatMul" and node.input[1] in arrays:
            module, weight = _module_of(node.output[0]), arrays[node.input[1]]
        elif node.op_type == "MatMulIntegerToFloat" and node.input[1] in integers:
            scaled = [n for n in readers.get(node.output[0], []) if n.op_type == "Mul"]
            module = _module_of(scaled[0].output[0]) if scaled else None
            scale = arrays[node.input[3]]
            weight = integers[node.input[1]].astype(np.float32) * scale
        else:
            continue
        if module is not None:
            found[f"{module}.weight"] = weight.T
    return found


def _graph_weights(graph: onnx.GraphProto, wanted: set[str]) -> Iterator[tuple[str, Arrays]]:
    arrays = _float_initializers(graph)
    yield "named initializers", _named_weights(arrays, wanted)
    yield "fused attention", _attention_weights(graph, arrays)
    yield "dense MatMuls", _dense_weights(graph, arrays)


def _check_categories(folder: Path) -> None:
    manifest = ModelManifest.load(folder)
    if tuple(manifest.categories) != tuple(CATEGORIES):
        raise ValueError(
            f"{folder / 'manifest.json'}: field 'categories' lists {len(manifest.categories)} "
            f"categories in another order or set; --start-from needs a model of the "
            f"{len(CATEGORIES)} categories this trainer uses, in its order"
        )


def _required(model: SeverityModel) -> set[str]:
    """The weights a model folder must give back: all but the encoder's unused pooler."""
    return {name for name, _ in model.named_parameters() if not name.startswith("encoder.pooler.")}


def load_model_folder(model: SeverityModel, folder: Path) -> dict[str, int]:
    """Load the weights of ``folder``'s graph into ``model``; returns how many came from each
    form. Raises ``ValueError`` naming the first weight the graph lacks or has in another shape."""
    _check_categories(folder)
    graph = onnx.load(str(folder / MODEL_FILE)).graph
    current = model.state_dict()
    recovered: Arrays = {}
    counts: dict[str, int] = {}
    for form, weights in _graph_weights(graph, set(current)):
        usable = {name: array for name, array in weights.items() if name in current}
        counts[form] = len(usable)
        recovered.update(usable)
    missing = sorted(_required(model) - set(recovered))
    if missing:
        raise ValueError(
            f"{folder / MODEL_FILE}: weight {missing[0]!r} (and {len(missing) - 1} more) not "
            "found in the graph; --start-from takes a model folder written by guardrails train"
        )
    _assign(model, current, recovered, folder)
    return counts


def _assign(
    model: SeverityModel,
    current: Mapping[str, torch.Tensor],
    recovered: Arrays,
    folder: Path,
) -> None:
    state = dict(current)
    for name, array in recovered.items():
        if tuple(array.shape) != tuple(current[name].shape):
            raise ValueError(
                f"{folder / MODEL_FILE}: weight {name!r} has shape {tuple(array.shape)}, this "
                f"model's has {tuple(current[name].shape)}"
            )
        state[name] = torch.from_numpy(np.ascontiguousarray(array)).to(current[name].dtype)
    model.load_state_dict(state)
