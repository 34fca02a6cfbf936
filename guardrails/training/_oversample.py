"""Read some data files more often than the rest (``--oversample FILE... --oversample-times N``).

A few hundred new rows among tens of thousands hardly move a full run: at stop 24 and stop 26
full runs that read new refusal files flagged 9-10 of the held-out refusals, where runs
continued on the same files (`_continue`, where those rows are a large share of what is read)
reached 3-4 but drifted elsewhere. Oversampling puts the files' training rows ``N`` times in
every epoch of a full run instead. Only the training split is repeated: the split is drawn
before, from the rows as read, so the validation rows (and thresholds) are those of the same
run without oversampling.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ._data import Example, read_examples, require_among

__all__ = ["oversampled_copies"]


def oversampled_copies(
    train: Sequence[Example], files: Sequence[Path], data_files: Sequence[Path], times: int
) -> list[Example]:
    """The extra copies that make each training row of ``files`` appear ``times`` times.

    ``files`` must be among ``data_files`` (the run's data, folders expanded)."""
    if times < 1:
        raise ValueError(f"--oversample-times must be 1 or more, got {times}")
    if not files:
        return []
    require_among("--oversample", files, data_files)
    keys = {(row.text, row.context) for path in files for row in read_examples(path)}
    chosen = [example for example in train if (example.text, example.context) in keys]
    return [example for example in chosen for _ in range(times - 1)]
