"""Calibration (temperature, per-category thresholds) and validation metrics from logits (NumPy)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from ..classifiers._manifest import Calibration

__all__ = ["calibrate", "evaluate", "fit_temperature", "harm_probabilities", "softmax"]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

# Thresholds maximise F-beta with recall weighted 1.5 times as much as precision, within
# 0.15-0.7. With 19 categories a text is flagged when ANY category passes its threshold, so
# per-category recall-heavy thresholds add up to many false alarms on benign text: on the
# validation split F2 with a 0.5 cap flagged 10% of safe texts, F1.5 with a 0.7 cap 7%, for a
# loss of 2 points of recall (96% of unsafe texts still caught).
THRESHOLD_RANGE = (0.15, 0.7)
THRESHOLD_BETA = 1.5
DEFAULT_THRESHOLD = 0.5
MIN_POSITIVES = 5  # fewer validation positives than this: keep the default threshold


def softmax(logits: npt.NDArray[np.floating], temperature: float = 1.0) -> FloatArray:
    scaled = logits.astype(np.float64) / temperature
    scaled -= scaled.max(axis=-1, keepdims=True)
    exp = np.exp(scaled)
    result: FloatArray = exp / exp.sum(axis=-1, keepdims=True)
    return result


def harm_probabilities(logits: npt.NDArray[np.floating], temperature: float = 1.0) -> FloatArray:
    """P(harm) = 1 - P(none), [texts, categories]."""
    result: FloatArray = 1.0 - softmax(logits, temperature)[..., 0]
    return result


def _nll(logits: npt.NDArray[np.floating], targets: IntArray, temperature: float) -> float:
    probs = softmax(logits, temperature)
    picked = np.take_along_axis(probs, targets[..., None], axis=-1)
    return float(-np.log(np.clip(picked, 1e-12, None)).mean())


def fit_temperature(logits: npt.NDArray[np.floating], targets: IntArray) -> float:
    """The single temperature that minimises validation NLL over all (text, category) cells."""
    grid = np.exp(np.linspace(np.log(0.25), np.log(4.0), 61))
    losses = [_nll(logits, targets, float(t)) for t in grid]
    best = int(np.argmin(losses))
    # refine around the best grid point
    low, high = grid[max(best - 1, 0)], grid[min(best + 1, len(grid) - 1)]
    fine = np.linspace(low, high, 41)
    fine_losses = [_nll(logits, targets, float(t)) for t in fine]
    return round(float(fine[int(np.argmin(fine_losses))]), 4)


def _f1(
    predicted: npt.NDArray[np.bool_], actual: npt.NDArray[np.bool_]
) -> tuple[float, float, float]:
    tp = float(np.sum(predicted & actual))
    fp = float(np.sum(predicted & ~actual))
    fn = float(np.sum(~predicted & actual))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _f_beta(predicted: npt.NDArray[np.bool_], actual: npt.NDArray[np.bool_]) -> float:
    precision, recall, _ = _f1(predicted, actual)
    weight = THRESHOLD_BETA**2
    if not precision and not recall:
        return 0.0
    return (1 + weight) * precision * recall / (weight * precision + recall)


def _best_threshold(scores: FloatArray, actual: npt.NDArray[np.bool_]) -> float:
    low, high = THRESHOLD_RANGE
    best, best_f1 = DEFAULT_THRESHOLD, -1.0
    for threshold in np.round(np.arange(low, high + 1e-9, 0.01), 2):
        f1 = _f_beta(scores >= threshold, actual)
        # ties go to the threshold nearest the default
        closer = abs(threshold - DEFAULT_THRESHOLD) < abs(best - DEFAULT_THRESHOLD)
        if f1 > best_f1 + 1e-12 or (abs(f1 - best_f1) <= 1e-12 and closer):
            best, best_f1 = float(threshold), f1
    return best


def calibrate(
    logits: npt.NDArray[np.floating], targets: IntArray, categories: Sequence[str]
) -> Calibration:
    """Temperature on all cells, then per-category P(harm) thresholds maximising validation
    F-beta (recall-weighted, see THRESHOLD_BETA) within THRESHOLD_RANGE."""
    temperature = fit_temperature(logits, targets)
    scores = harm_probabilities(logits, temperature)
    thresholds: dict[str, float] = {}
    for index, category in enumerate(categories):
        actual = targets[:, index] > 0
        if int(actual.sum()) >= MIN_POSITIVES:
            thresholds[category] = _best_threshold(scores[:, index], actual)
        else:
            thresholds[category] = DEFAULT_THRESHOLD
    return Calibration(
        temperature=temperature, default_threshold=DEFAULT_THRESHOLD, thresholds=thresholds
    )


def evaluate(
    logits: npt.NDArray[np.floating],
    targets: IntArray,
    categories: Sequence[str],
    calibration: Calibration,
) -> dict[str, object]:
    """Per-category P/R/F1 at the calibrated thresholds, macro-F1, any-unsafe P/R/F1 and severity
    accuracy on true positives.

    Macro-F1 averages the categories that have validation positives.
    """
    probs = softmax(logits, calibration.temperature)
    scores = 1.0 - probs[..., 0]
    thresholds = np.array([calibration.threshold(c) for c in categories])
    predicted = scores >= thresholds[None, :]
    actual = targets > 0
    per_category: dict[str, dict[str, float | int]] = {}
    f1s: list[float] = []
    for index, category in enumerate(categories):
        precision, recall, f1 = _f1(predicted[:, index], actual[:, index])
        support = int(actual[:, index].sum())
        per_category[category] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": support,
        }
        if support:
            f1s.append(f1)
    any_predicted = np.asarray(predicted.any(axis=1), dtype=np.bool_)
    any_actual = np.asarray(actual.any(axis=1), dtype=np.bool_)
    any_precision, any_recall, any_f1 = _f1(any_predicted, any_actual)
    hits = predicted & actual
    severity_predicted = probs[..., 1:].argmax(axis=-1) + 1
    severity_accuracy = (
        float((severity_predicted[hits] == targets[hits]).mean()) if hits.any() else 0.0
    )
    return {
        "texts": int(targets.shape[0]),
        "unsafe_texts": int(actual.any(axis=1).sum()),
        "macro_f1": round(float(np.mean(f1s)) if f1s else 0.0, 4),
        "any_unsafe": {
            "precision": round(any_precision, 4),
            "recall": round(any_recall, 4),
            "f1": round(any_f1, 4),
        },
        "severity_accuracy_on_true_positives": round(severity_accuracy, 4),
        "per_category": per_category,
    }
