"""The whole run: read data -> split -> train -> calibrate -> export -> quantise -> model folder."""

from __future__ import annotations

import logging
import random
import shutil
import tempfile
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from ..classifiers._manifest import MODEL_FILE, TOKENIZER_FILE, ModelManifest
from ._augment import DEFAULT_AUGMENTATION, AugmentConfig, augment
from ._continue import focus_split, load_state
from ._data import (
    DATASET_LICENSES,
    Example,
    read_examples,
    read_shared_training,
    require_among,
)
from ._export import Variant, build_variants
from ._hh_rlhf import read_hh_rlhf_labels
from ._metrics import calibrate, evaluate
from ._model import SeverityModel, default_encoder_path, load_encoder
from ._oversample import oversampled_copies
from ._train import (
    VALIDATION_FRACTION,
    TrainConfig,
    example_weights,
    predict,
    resolve_device,
    split_examples,
    train_model,
)
from ._windows import CATEGORIES, EncodedSet, base_manifest, encode_examples, make_encoder

__all__ = [
    "DEFAULT_VERSION",
    "continued_split",
    "describe",
    "export_onnx",
    "load_examples",
    "run_training",
    "split_data",
    "training_data_summary",
    "write_model_folder",
]

log = logging.getLogger("guardrails.training")

DEFAULT_VERSION = "0.1.0"
_DESCRIPTION = (
    "all-MiniLM-L6-v2 fine-tuned to grade 19 harm categories as none/minor/moderate/severe: "
    "(context, text) pairs, mean pooling, a 19x4 head."
)
MAX_SHARED_TOXIC = 8000


def _files(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.jsonl")))
        elif path.exists():
            files.append(path)
        else:
            raise FileNotFoundError(f"training data not found: {path}")
    return files


def load_examples(
    data: Sequence[Path],
    shared_data: Path | None,
    *,
    seed: int,
    max_shared_toxic: int = MAX_SHARED_TOXIC,
    hh_rlhf_labels: Sequence[Path] = (),
) -> list[Example]:
    """Every example from ``data`` (files or folders of ``*.jsonl``) plus the capped shared data,
    and the HH-RLHF turns the team labelled (``hh_rlhf_labels``, texts from ``shared_data``)."""
    examples: list[Example] = []
    for path in _files(data):
        rows = read_examples(path)
        log.info("%s: %d examples", path, len(rows))
        examples.extend(rows)
    if shared_data is not None:
        rows = read_shared_training(shared_data, max_toxic=max_shared_toxic, seed=seed)
        log.info(
            "%s: %d examples (toxic rows capped at %d)", shared_data, len(rows), max_shared_toxic
        )
        examples.extend(rows)
        if hh_rlhf_labels:
            labelled = read_hh_rlhf_labels(shared_data, list(hh_rlhf_labels))
            log.info("hh-rlhf: %d labelled turns", len(labelled))
            examples.extend(labelled)
    return examples


def split_data(
    data: Sequence[Path],
    shared_data: Path | None,
    *,
    seed: int,
    hh_rlhf_labels: Sequence[Path] = (),
) -> tuple[list[Example], list[Example]]:
    """The seeded (train, validation) split of a run's data, as `run_training` draws it when
    it has no ``limit``: tools that reopen a trained run (recalibrate, average) use this."""
    examples = load_examples(data, shared_data, seed=seed, hh_rlhf_labels=hh_rlhf_labels)
    return split_examples(examples, VALIDATION_FRACTION, seed)


def continued_split(
    data: Sequence[Path],
    focus: Sequence[Path],
    shared_data: Path | None,
    *,
    seed: int,
    hh_rlhf_labels: Sequence[Path],
    replay: int,
) -> tuple[list[Example], list[Example], list[Example]]:
    """`focus_split` of the data files, those of ``focus`` against the start run's (the rest),
    and the distinct examples of both (for the manifest's data summary)."""
    files = _files(data)
    named = _files(focus)
    require_among("--focus", named, files)
    focus_files = {path.resolve() for path in named}
    rest = [path for path in files if path.resolve() not in focus_files]
    start_run = load_examples(rest, shared_data, seed=seed, hh_rlhf_labels=hh_rlhf_labels)
    new = load_examples([path for path in files if path.resolve() in focus_files], None, seed=seed)
    train, validation = focus_split(start_run, new, seed=seed, replay=replay)
    distinct: dict[tuple[str, str | None], Example] = {}
    for example in [*start_run, *new]:
        distinct.setdefault((example.text, example.context), example)
    return train, validation, list(distinct.values())


def training_data_summary(examples: Sequence[Example]) -> list[dict[str, object]]:
    """The manifest's ``training_data``: rows per dataset with its licence."""
    counts = Counter(e.dataset for e in examples)
    return [
        {"source": name, "rows": rows, "license": DATASET_LICENSES.get(name, "unknown")}
        for name, rows in sorted(counts.items())
    ]


def write_model_folder(
    out: Path, variant: Variant, encoder_folder: Path, manifest: ModelManifest
) -> ModelManifest:
    """Write model.onnx, tokenizer.json and manifest.json; reload the manifest to validate it."""
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(variant.path, out / MODEL_FILE)
    shutil.copyfile(encoder_folder / TOKENIZER_FILE, out / TOKENIZER_FILE)
    manifest.save(out)
    return ModelManifest.load(out)


def run_training(
    data: Sequence[Path],
    out: Path,
    *,
    shared_data: Path | None = None,
    epochs: int = 3,
    batch_size: int = 32,
    max_length: int = 256,
    seed: int = 0,
    limit: int | None = None,
    quantize: bool = True,
    version: str = DEFAULT_VERSION,
    encoder_folder: Path | None = None,
    hh_rlhf_labels: Sequence[Path] = (),
    augmentation: AugmentConfig | None = DEFAULT_AUGMENTATION,
    safe_reply_weight: float = 1.0,
    save_state: Path | None = None,
    train_seed: int | None = None,
    start_from: Path | None = None,
    focus: Sequence[Path] = (),
    replay: int = 0,
    lr_scale: float = 1.0,
    oversample: Sequence[Path] = (),
    oversample_times: int = 2,
    device: str = "auto",
) -> dict[str, object]:
    """Train the severity model, export it to the model folder ``out``; returns its metrics.

    ``augmentation`` adds copies of training examples (see ``_augment``); ``None`` turns it off.
    ``safe_reply_weight`` scales the loss of safe replies (`TrainConfig.safe_reply_weight`).
    ``save_state`` also writes the trained torch weights (``state_dict``) to that file, e.g. to
    average runs later (``_average``); the model folder never holds them. ``seed`` draws the
    data (shared rows, split, augmentation) and the head's initial weights; ``train_seed``
    (default ``seed``) the batch order and dropout: runs that differ only there share a
    validation split and a starting point, and can be averaged. ``start_from`` starts from
    the weights of a ``save_state`` file instead; ``focus`` trains on those files' training
    rows plus ``replay`` others only (see ``_continue``). ``lr_scale`` multiplies both
    learning rates of `TrainConfig`. The training rows of the ``oversample`` files (among
    ``data``) are read ``oversample_times`` times per epoch (see ``_oversample``). ``device``
    is where the training steps run (`resolve_device`: ``auto`` takes a CUDA GPU when torch
    sees one); validation and export run on the CPU.
    """
    if replay and not focus:
        raise ValueError("--replay needs --focus (the files to continue training on)")
    if focus and limit is not None:
        raise ValueError("--limit and --focus cannot be combined")
    if not lr_scale > 0:
        raise ValueError(f"--lr-scale must be > 0, got {lr_scale!r}")
    train_seed = seed if train_seed is None else train_seed
    config = TrainConfig(
        epochs=epochs,
        batch_size=batch_size,
        seed=train_seed,
        safe_reply_weight=safe_reply_weight,
        encoder_lr=TrainConfig.encoder_lr * lr_scale,
        head_lr=TrainConfig.head_lr * lr_scale,
        device=resolve_device(device),
    )
    import torch

    torch.manual_seed(seed)  # the head's initial weights
    encoder_folder = encoder_folder or default_encoder_path()
    if focus:
        train, validation, summarised = continued_split(
            data, focus, shared_data, seed=seed, hh_rlhf_labels=hh_rlhf_labels, replay=replay
        )
    else:
        examples = load_examples(data, shared_data, seed=seed, hh_rlhf_labels=hh_rlhf_labels)
        if limit is not None and len(examples) > limit:
            examples = random.Random(seed).sample(examples, limit)
        train, validation = split_examples(examples, VALIDATION_FRACTION, seed)
        summarised = [*train, *validation]
    if not train or not validation:
        raise ValueError(
            f"need examples for both training and validation, got {len(train) + len(validation)}"
        )
    copies = augment(train, seed, augmentation) if augmentation is not None else []
    repeated = oversampled_copies(train, _files(oversample), _files(data), oversample_times)
    log.info(
        "%d training (+%d augmented, +%d oversampled) and %d validation examples",
        len(train),
        len(copies),
        len(repeated),
        len(validation),
    )

    geometry = base_manifest(max_length, version=version)
    encoder = make_encoder(encoder_folder, geometry)
    train_set = encode_examples(encoder, [*train, *copies, *repeated])
    validation_set = encode_examples(encoder, validation)
    padding = encoder.padding_id

    model = SeverityModel(load_encoder(encoder_folder, attn_implementation="sdpa"), len(CATEGORIES))
    if start_from is not None:
        load_state(model, start_from)
        log.info("started from the weights in %s", start_from)
    weights = example_weights([*train, *copies, *repeated], config.safe_reply_weight)
    log.info("training on %s", config.device)
    timing = train_model(model, train_set, padding, config, weights)
    if save_state is not None:
        save_state.parent.mkdir(parents=True, exist_ok=True)
        torch.save(model.state_dict(), save_state)
        log.info("wrote the torch weights to %s", save_state)

    torch_logits = predict(model, validation_set.windows, padding)
    torch_calibration = calibrate(torch_logits, validation_set.targets, CATEGORIES)
    torch_metrics = evaluate(torch_logits, validation_set.targets, CATEGORIES, torch_calibration)
    log.info(
        "torch validation: macro-F1 %s, any-unsafe %s",
        torch_metrics["macro_f1"],
        torch_metrics["any_unsafe"],
    )

    extra = {
        "torch_validation": torch_metrics,
        "training": {
            **timing,
            "epochs": epochs,
            "batch_size": batch_size,
            "max_length": max_length,
            "seed": seed,
            "train_seed": train_seed,
            "safe_reply_weight": safe_reply_weight,
            "lr_scale": lr_scale,
            "started_from": None if start_from is None else str(start_from),
            "focus": [str(path) for path in focus],
            "replay": replay if focus else None,
            "oversample": [str(path) for path in oversample],
            "oversample_times": oversample_times if oversample else None,
            "train_examples": len(train_set),
            "augmentation": None if augmentation is None else augmentation.fractions(),
            "augmented_examples": len(copies),
            "oversampled_examples": len(repeated),
            "validation_examples": len(validation_set),
            "thresholds_chosen_on": "validation (scores are optimistic)",
        },
    }
    manifest = geometry.model_copy(update={"training_data": training_data_summary(summarised)})
    return export_onnx(
        model,
        out,
        validation_set,
        padding,
        manifest=manifest,
        encoder_folder=encoder_folder,
        quantize=quantize,
        extra_metrics=extra,
    )


def export_onnx(
    model: SeverityModel,
    out: Path,
    validation: EncodedSet,
    padding_id: int,
    *,
    manifest: ModelManifest,
    encoder_folder: Path | None = None,
    quantize: bool = True,
    extra_metrics: Mapping[str, object] | None = None,
) -> dict[str, object]:
    """Export a trained model to the folder ``out`` and return the metrics written to its manifest.

    ``manifest`` gives the window geometry, name, version and training data; its calibration and
    metrics are replaced by those measured here on ``validation`` (windows encoded with it).
    """
    encoder_folder = encoder_folder or default_encoder_path()
    # Same weights, eager attention: the exported graph then has the pattern ORT fuses.
    export_model = SeverityModel(
        load_encoder(encoder_folder, attn_implementation="eager"), len(CATEGORIES)
    )
    export_model.load_state_dict(model.state_dict())
    export_model.eval()
    with tempfile.TemporaryDirectory(prefix="guardrails-export-") as work:
        chosen, export_report = build_variants(
            export_model, Path(work), validation, padding_id, quantize=quantize
        )
        metrics: dict[str, object] = {
            "validation": chosen.metrics,
            **(extra_metrics or {}),
            **export_report,
            "file_size_bytes": chosen.path.stat().st_size,
        }
        final = manifest.model_copy(
            update={
                "description": manifest.description or _DESCRIPTION,
                "calibration": chosen.calibration,
                "metrics": metrics,
            }
        )
        write_model_folder(out, chosen, encoder_folder, final)
    log.info("wrote %s (%s, %d bytes)", out, chosen.name, metrics["file_size_bytes"])
    return metrics


def describe(metrics: dict[str, object]) -> str:
    """A short human summary of `run_training`'s metrics."""
    validation = metrics["validation"]
    assert isinstance(validation, dict)
    any_unsafe = validation["any_unsafe"]
    return (
        f"shipped {metrics['shipped_variant']} ({metrics['file_size_bytes']} bytes): "
        f"macro-F1 {validation['macro_f1']}, any-unsafe {any_unsafe}, "
        f"severity accuracy {validation['severity_accuracy_on_true_positives']}"
    )
