"""Continue training a saved run on a few new files instead of training from scratch.

A full run reads every file for two epochs (over two hours on two CPU cores). To try a few new
files, start from the weights of a run that read the rest (``--start-from RUN.pt``, its
``--save-state`` file) and train only on the new files' rows (``--focus``) plus a random
sample of the start run's training rows (``--replay``), so that what it learned from them is
rehearsed rather than forgotten. A model folder works as the start too (the packaged default
model among them): its graph's weights are read back, dequantised where they were quantised.

``--data`` lists the start run's data and the focus files; the other options that draw data
(``--seed``, ``--shared-data``, ``--hh-rlhf-labels``) are the start run's. The rest of the data
is then split exactly as the start run split it, so that no row it trained on is validated
on, and the focus rows are split on their own with the same seed.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

import torch

from ._data import Example
from ._model import SeverityModel
from ._onnx_weights import is_model_folder, load_model_folder
from ._train import VALIDATION_FRACTION, split_examples

__all__ = ["focus_split", "load_state"]


def load_state(model: SeverityModel, path: Path) -> None:
    """Load the ``--save-state`` weights in ``path``, or those of the model folder ``path``
    (`load_model_folder`), into ``model`` (which must match them)."""
    if is_model_folder(path):
        load_model_folder(model, path)
        return
    if not path.is_file():
        raise FileNotFoundError(
            f"--start-from: {path} is neither a --save-state file nor a model folder"
        )
    state = torch.load(path, weights_only=True)
    expected = model.state_dict()
    if set(state) != set(expected):
        name = sorted(set(state) ^ set(expected))[0]
        raise ValueError(
            f"{path}: its weights do not fit this model (first differing name: {name!r}); "
            "--start-from takes a --save-state file of a run of this model"
        )
    for name, tensor in state.items():
        if tensor.shape != expected[name].shape:
            raise ValueError(
                f"{path}: weight {name!r} has shape {tuple(tensor.shape)}, this model's has "
                f"{tuple(expected[name].shape)} (trained for other categories?)"
            )
    model.load_state_dict(state)


def focus_split(
    start_run: Sequence[Example],
    focus: Sequence[Example],
    *,
    seed: int,
    replay: int,
) -> tuple[list[Example], list[Example]]:
    """(train, validation) for continuing a run: ``focus``'s training rows plus ``replay`` of
    ``start_run``'s, and both validation splits. A focus row that the start run already has
    (same text and context) stays where the start run's split put it."""
    if replay < 0:
        raise ValueError(f"--replay must be 0 or more, got {replay}")
    old_train, old_validation = split_examples(start_run, VALIDATION_FRACTION, seed)
    known = {(example.text, example.context) for example in start_run}
    new = [example for example in focus if (example.text, example.context) not in known]
    if not new:
        raise ValueError("--focus: every row of the focus files is already in the start run's data")
    new_train, new_validation = split_examples(new, VALIDATION_FRACTION, seed)
    rehearsed = random.Random(seed).sample(old_train, min(replay, len(old_train)))
    train = [*new_train, *rehearsed]
    random.Random(seed).shuffle(train)
    return train, [*old_validation, *new_validation]
