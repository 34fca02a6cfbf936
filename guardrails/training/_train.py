"""Split, batch and fine-tune: the training loop and batched prediction."""

from __future__ import annotations

import logging
import math
import random
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import torch

from ..classifiers._encoding import Window, pad_batch
from ._data import Example
from ._model import SEVERITY_CLASSES, SeverityModel, severity_loss
from ._windows import EncodedSet

__all__ = [
    "VALIDATION_FRACTION",
    "TrainConfig",
    "class_weights",
    "example_weights",
    "length_batches",
    "predict",
    "predict_batches",
    "resolve_device",
    "split_examples",
    "train_model",
    "window_tensors",
]

log = logging.getLogger("guardrails.training")


@dataclass(frozen=True)
class TrainConfig:
    epochs: int = 3
    batch_size: int = 32
    seed: int = 0
    encoder_lr: float = 5e-5
    head_lr: float = 1e-3
    weight_decay: float = 0.01
    warmup_ratio: float = 0.06
    max_grad_norm: float = 1.0
    freeze_word_embeddings: bool = True  # ~30% faster on short texts; keeps unseen-word embeddings
    max_harm_weight: float = 10.0
    # Loss weight of a safe reply (a refusal, a helpful answer, a scene without a method) against
    # 1 for every other text: a flagged safe reply costs a regeneration or a refusal.
    safe_reply_weight: float = 1.0
    log_every: int = 50
    # Where the training steps run ("cpu", "cuda", "cuda:1"; see `resolve_device`). The model
    # comes back on the CPU either way, for validation and export.
    device: str = "cpu"

    def __post_init__(self) -> None:
        if not self.safe_reply_weight > 0:
            raise ValueError(
                f"TrainConfig.safe_reply_weight must be > 0, got {self.safe_reply_weight!r}"
            )


def resolve_device(name: str) -> str:
    """The torch device that ``--device NAME`` trains on: ``auto`` is ``cuda`` when torch sees
    a CUDA GPU and ``cpu`` otherwise; ``cuda`` (or ``cuda:N``) must be there."""
    if name == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if name == "cpu":
        return name
    if name == "cuda" or (name.startswith("cuda:") and name[5:].isdigit()):
        if not torch.cuda.is_available():
            raise ValueError(
                f"--device {name}: this torch build sees no CUDA GPU "
                f"(torch {torch.__version__}); use --device cpu or auto"
            )
        index = int(name[5:]) if ":" in name else 0
        if index >= torch.cuda.device_count():
            raise ValueError(
                f"--device {name}: torch sees {torch.cuda.device_count()} CUDA GPU(s), "
                f"numbered from 0"
            )
        return name
    raise ValueError(f"--device must be auto, cpu, cuda or cuda:N, got {name!r}")


@contextmanager
def _fast_float32_matmuls(device: torch.device) -> Iterator[None]:
    """On a GPU, float32 matrix products on TF32 tensor cores (several times faster, with
    10-bit mantissas for the products' inputs); the CPU's arithmetic is left as it is."""
    if device.type != "cuda":
        yield
        return
    previous = torch.get_float32_matmul_precision()
    torch.set_float32_matmul_precision("high")
    try:
        yield
    finally:
        torch.set_float32_matmul_precision(previous)


#: The share of the data held out to validate (and calibrate) a run.
VALIDATION_FRACTION = 0.1


def split_examples(
    examples: Sequence[Example], fraction: float, seed: int
) -> tuple[list[Example], list[Example]]:
    """Seeded split stratified on each example's rarest category (or "safe").

    Exact duplicates (same text and context) are dropped first so none straddles the split.
    """
    unique: dict[tuple[str, str | None], Example] = {}
    for example in examples:
        unique.setdefault((example.text, example.context), example)
    items = list(unique.values())
    frequency = Counter(c for e in items for c in e.labels)

    def stratum(example: Example) -> str:
        if not example.labels:
            return "safe"
        return min(example.labels, key=lambda c: (frequency[c], c))

    groups: dict[str, list[Example]] = {}
    for example in items:
        groups.setdefault(stratum(example), []).append(example)
    rng = random.Random(seed)
    train: list[Example] = []
    validation: list[Example] = []
    for name in sorted(groups):
        group = groups[name]
        rng.shuffle(group)
        count = round(len(group) * fraction)
        if count == 0 and len(group) >= 3 and fraction > 0:
            count = 1
        validation.extend(group[:count])
        train.extend(group[count:])
    rng.shuffle(train)
    return train, validation


def class_weights(targets: npt.NDArray[np.int64], max_weight: float) -> torch.Tensor:
    """[categories, 4]: none = 1; harm classes = sqrt(none / harm) of the category, in [1, max]."""
    harm = (targets > 0).sum(axis=0).astype(np.float64)
    none = targets.shape[0] - harm
    ratio = np.sqrt(none / np.maximum(harm, 1.0))
    harm_weight = np.clip(ratio, 1.0, max_weight)
    weights = np.ones((targets.shape[1], SEVERITY_CLASSES), dtype=np.float32)
    weights[:, 1:] = harm_weight[:, None]
    return torch.from_numpy(weights)


def example_weights(examples: Sequence[Example], safe_reply_weight: float) -> torch.Tensor:
    """[examples]: ``safe_reply_weight`` for a safe reply, 1 for every other example."""
    return torch.tensor(
        [safe_reply_weight if e.role == "response" and e.is_safe else 1.0 for e in examples],
        dtype=torch.float32,
    )


def length_batches(lengths: Sequence[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Batches of similar-length windows (little padding), in random order.

    Indices are shuffled, cut into pools of 50 batches, sorted by length within a pool, batched,
    and the batches shuffled: each epoch differs while padding stays small.
    """
    order = list(range(len(lengths)))
    rng.shuffle(order)
    pool = batch_size * 50
    batches: list[list[int]] = []
    for start in range(0, len(order), pool):
        chunk = sorted(order[start : start + pool], key=lambda i: lengths[i])
        batches.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def window_tensors(windows: Sequence[Window], padding_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    input_ids, attention_mask = pad_batch(windows, padding_id)
    return torch.from_numpy(input_ids), torch.from_numpy(attention_mask)


def _schedule(step: int, warmup: int, total: int) -> float:
    if step < warmup:
        return (step + 1) / max(warmup, 1)
    return max(0.0, (total - step) / max(total - warmup, 1))


def _optimizer(model: SeverityModel, config: TrainConfig) -> torch.optim.Optimizer:
    if config.freeze_word_embeddings:
        embeddings = model.encoder.get_input_embeddings()
        assert isinstance(embeddings, torch.nn.Embedding)
        embeddings.weight.requires_grad_(False)
    decay, no_decay, head = [], [], []
    for name, parameter in model.named_parameters():
        if not parameter.requires_grad:
            continue
        if name.startswith("head."):
            head.append(parameter)
        elif parameter.ndim < 2:
            no_decay.append(parameter)
        else:
            decay.append(parameter)
    return torch.optim.AdamW(
        [
            {"params": decay, "lr": config.encoder_lr, "weight_decay": config.weight_decay},
            {"params": no_decay, "lr": config.encoder_lr, "weight_decay": 0.0},
            {"params": head, "lr": config.head_lr, "weight_decay": config.weight_decay},
        ]
    )


def train_model(
    model: SeverityModel,
    data: EncodedSet,
    padding_id: int,
    config: TrainConfig,
    weights_per_example: torch.Tensor | None = None,
) -> dict[str, float | str]:
    """Fine-tune in place with AdamW and linear warmup/decay; returns timing figures.

    ``weights_per_example`` ([len(data)], see `example_weights`) scales each text's loss.
    """
    if weights_per_example is not None and weights_per_example.shape != (len(data),):
        raise ValueError(
            f"weights_per_example has shape {tuple(weights_per_example.shape)}, "
            f"expected ({len(data)},)"
        )
    torch.manual_seed(config.seed)
    rng = random.Random(config.seed)
    device = torch.device(config.device)
    model.to(device)
    weights = class_weights(data.targets, config.max_harm_weight).to(device)
    if weights_per_example is not None:
        weights_per_example = weights_per_example.to(device)
    optimizer = _optimizer(model, config)
    base_lrs = [group["lr"] for group in optimizer.param_groups]
    steps_per_epoch = math.ceil(len(data) / config.batch_size)
    total = steps_per_epoch * config.epochs
    warmup = int(total * config.warmup_ratio)
    targets = torch.from_numpy(data.targets).to(device)
    lengths = data.lengths
    model.train()
    step, seen, started = 0, 0, time.perf_counter()
    # The loss's running mean stays on the device: reading it each step would wait for the GPU.
    running = torch.zeros((), device=device)
    with _fast_float32_matmuls(device):
        for epoch in range(config.epochs):
            for batch in length_batches(lengths, config.batch_size, rng):
                factor = _schedule(step, warmup, total)
                for group, base in zip(optimizer.param_groups, base_lrs, strict=True):
                    group["lr"] = base * factor
                windows = [data.windows[i] for i in batch]
                input_ids, attention_mask = window_tensors(windows, padding_id)
                input_ids, attention_mask = input_ids.to(device), attention_mask.to(device)
                batch_weights = None if weights_per_example is None else weights_per_example[batch]
                logits = model(input_ids, attention_mask)
                loss = severity_loss(logits, targets[batch], weights, batch_weights)
                optimizer.zero_grad(set_to_none=True)
                loss.backward()  # type: ignore[no-untyped-call]
                torch.nn.utils.clip_grad_norm_(model.parameters(), config.max_grad_norm)
                optimizer.step()
                step += 1
                seen += len(batch)
                value = loss.detach()
                running = 0.98 * running + 0.02 * value if step > 1 else value
                if step % config.log_every == 0 or step == total:
                    elapsed = time.perf_counter() - started
                    log.info(
                        "epoch %d/%d step %d/%d loss %.4f  %.1f windows/s  eta %.0fs",
                        epoch + 1,
                        config.epochs,
                        step,
                        total,
                        running.item(),
                        seen / elapsed,
                        (total - step) * elapsed / step,
                    )
    elapsed = time.perf_counter() - started
    model.to("cpu")
    model.eval()
    return {
        "train_seconds": round(elapsed, 1),
        "train_windows_per_second": round(seen / max(elapsed, 1e-9), 1),
        "steps": step,
        "final_loss": round(float(running.item()), 4),
        "device": str(device),
    }


def predict_batches(windows: Sequence[Window], batch_size: int) -> Iterator[list[int]]:
    """Length-sorted batches of window indices, for inference with little padding."""
    order = sorted(range(len(windows)), key=lambda i: len(windows[i].ids))
    for start in range(0, len(order), batch_size):
        yield order[start : start + batch_size]


@torch.no_grad()
def predict(
    model: SeverityModel, windows: Sequence[Window], padding_id: int, batch_size: int = 64
) -> npt.NDArray[np.float32]:
    """Logits [windows, categories, 4] in the order of ``windows``."""
    model.eval()
    result = np.zeros((len(windows), model.num_categories, SEVERITY_CLASSES), dtype=np.float32)
    for batch in predict_batches(windows, batch_size):
        input_ids, attention_mask = window_tensors([windows[i] for i in batch], padding_id)
        result[batch] = model(input_ids, attention_mask).numpy()
    return result
