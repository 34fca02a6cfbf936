"""Per-token int8: MatMuls quantised row by row, so a row's output never depends on its batch.

Runs a small real graph (an embedding table, two MatMuls) through ONNX Runtime before and
after `quantize_per_token`.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")

from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from guardrails.training._quantize import (  # noqa: E402
    WEIGHT_LEVELS,
    quantize_per_token,
    quantize_weight,
)

VOCABULARY, WIDTH, HIDDEN, OUT = 600, 8, 16, 4


def _build(path: Path, opset: int = 17) -> None:
    """ids [batch, seq] -> Gather(table) -> MatMul -> Relu -> MatMul -> y [batch, seq, 4]."""
    rng = np.random.default_rng(0)
    # rows of very different magnitudes, so that one scale for a whole batch would not fit all
    table = rng.normal(size=(VOCABULARY, WIDTH)) * np.geomspace(0.01, 100, VOCABULARY)[:, None]
    initializers = [
        numpy_helper.from_array(table.astype(np.float32), "table"),
        numpy_helper.from_array(rng.normal(size=(WIDTH, HIDDEN)).astype(np.float32), "w1"),
        numpy_helper.from_array(rng.normal(size=(HIDDEN, OUT)).astype(np.float32), "w2"),
    ]
    nodes = [
        helper.make_node("Gather", ["table", "ids"], ["embedded"]),
        helper.make_node("MatMul", ["embedded", "w1"], ["hidden"]),
        helper.make_node("Relu", ["hidden"], ["active"]),
        helper.make_node("MatMul", ["active", "w2"], ["y"]),
    ]
    graph = helper.make_graph(
        nodes,
        "tiny",
        [helper.make_tensor_value_info("ids", TensorProto.INT64, ["batch", "seq"])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["batch", "seq", OUT])],
        initializers,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", opset)])
    onnx.save(model, str(path))


def _run(path: Path, ids: npt.NDArray[np.int64]) -> npt.NDArray[np.float32]:
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    (y,) = session.run(["y"], {"ids": ids})
    return np.asarray(y, dtype=np.float32)


@pytest.fixture(scope="module", params=[17, 18], ids=["opset17", "opset18"])
def models(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> tuple[Path, Path, dict[str, int]]:
    """The graph at opset 17 (our export) and 18 (optimum's; ReduceMax takes axes as input)."""
    folder = tmp_path_factory.mktemp("quantize")
    source, target = folder / "fp32.onnx", folder / "int8.onnx"
    _build(source, opset=request.param)
    return source, target, quantize_per_token(source, target)


def test_matmuls_become_integer_and_large_weights_are_stored_as_fp16(
    models: tuple[Path, Path, dict[str, int]],
) -> None:
    _, target, report = models
    assert report == {"per_token_int8_matmuls": 2, "fp16_stored_initializers": 1}
    model = onnx.load(str(target))
    ops = Counter(node.op_type for node in model.graph.node)
    assert ops["MatMul"] == 0
    assert ops["MatMulIntegerToFloat"] == 2
    types = {init.name: init.data_type for init in model.graph.initializer}
    assert types["table_fp16"] == TensorProto.FLOAT16
    assert not {"table", "w1", "w2"} & set(types)


def test_each_row_scores_the_same_alone_and_in_any_batch(
    models: tuple[Path, Path, dict[str, int]],
) -> None:
    _, target, _ = models
    rng = np.random.default_rng(1)
    batch = rng.integers(0, VOCABULARY, size=(6, 5), dtype=np.int64)
    together = _run(target, batch)
    for row in range(len(batch)):
        alone = _run(target, batch[row : row + 1])
        np.testing.assert_allclose(alone[0], together[row], rtol=1e-6, atol=1e-6)
    reordered = _run(target, batch[::-1].copy())
    np.testing.assert_allclose(reordered[::-1], together, rtol=1e-6, atol=1e-6)


def test_outputs_stay_close_to_fp32(models: tuple[Path, Path, dict[str, int]]) -> None:
    source, target, _ = models
    ids = np.arange(VOCABULARY, dtype=np.int64).reshape(60, 10)  # magnitudes 0.01 to 100
    exact, quantised = _run(source, ids), _run(target, ids)
    norms = np.linalg.norm(exact, axis=-1).ravel()
    live = norms > 0  # the Relu zeroes a few tokens entirely
    norms = norms[live]
    errors = np.linalg.norm(quantised - exact, axis=-1).ravel()[live] / norms
    assert float(errors.mean()) < 0.03
    assert float(np.quantile(errors, 0.99)) < 0.1
    # the smallest tokens are as well served as the rest: their scale is their own
    assert float(errors[np.argsort(norms)[:100]].mean()) < 0.03


def test_weights_are_symmetric_7_bit_per_output_column() -> None:
    weight = np.array([[0.5, -2.0, 0.0], [-1.0, 1.0, 0.0]], dtype=np.float32)
    quantised, scales = quantize_weight(weight)
    assert quantised.dtype == np.int8
    np.testing.assert_array_equal(np.abs(quantised).max(axis=0), [WEIGHT_LEVELS, WEIGHT_LEVELS, 0])
    np.testing.assert_allclose(scales, [1.0 / WEIGHT_LEVELS, 2.0 / WEIGHT_LEVELS, 1.0])
    assert float(np.abs(quantised * scales - weight).max()) <= float(scales.max()) / 2
