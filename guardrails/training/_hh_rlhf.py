"""The team's labels for Anthropic's HH-RLHF harmless-base dialogues (shared/data/training).

The dialogues come without labels. The team labelled three turns of each, in
`corpus/labels/hh_rlhf*.jsonl` rows `{"id": "hh_rlhf-12", "part": "prompt" | "chosen" |
"rejected", "labels": {category: severity}}` (empty labels = safe, absent row = not labelled):

- `prompt`: the first human turn, as a user prompt;
- `chosen` / `rejected`: the last assistant turn of that side of the pair, as a response, with
  the human turn before it as context.

The repository keeps only the labels; the texts are read from the shared data at train time.
"""

from __future__ import annotations

import json
from pathlib import Path

from .._taxonomy import Category
from ._data import SEVERITIES, Example

CATEGORY_IDS = frozenset(c.value for c in Category)

__all__ = ["dialogue_turns", "read_hh_rlhf_labels"]

_HUMAN = "Human: "
_ASSISTANT = "Assistant: "


def _turns(dialogue: str) -> list[tuple[str, str]]:
    """(speaker, text) pairs of an HH-RLHF dialogue."""
    turns: list[tuple[str, str]] = []
    for block in ("\n\n" + dialogue.strip()).split("\n\n"):
        if block.startswith(_HUMAN):
            turns.append(("human", block[len(_HUMAN) :]))
        elif block.startswith(_ASSISTANT):
            turns.append(("assistant", block[len(_ASSISTANT) :]))
        elif turns:  # a paragraph break inside a turn
            speaker, text = turns[-1]
            turns[-1] = (speaker, f"{text}\n\n{block}")
    return [(speaker, text.strip()) for speaker, text in turns]


def dialogue_turns(row: dict[str, str]) -> dict[str, tuple[str, str | None]]:
    """The labelled parts of one shared-data row: part -> (text, context)."""
    parts: dict[str, tuple[str, str | None]] = {}
    chosen = _turns(row["chosen"])
    humans = [text for speaker, text in chosen if speaker == "human"]
    if humans and humans[0]:
        parts["prompt"] = (humans[0], None)
    for side in ("chosen", "rejected"):
        turns = _turns(row[side])
        ends_in_reply = len(turns) >= 2 and turns[-1][0] == "assistant" and turns[-2][0] == "human"
        if ends_in_reply and turns[-1][1]:
            parts[side] = (turns[-1][1], turns[-2][1])
    return parts


def read_hh_rlhf_labels(shared: Path, labels: list[Path]) -> list[Example]:
    """Examples for every labelled part, texts from `shared/hh_rlhf_harmless_test.jsonl`."""
    dialogues: dict[str, dict[str, str]] = {}
    source = shared / "hh_rlhf_harmless_test.jsonl"
    for line in source.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        dialogues[row["id"]] = row
    examples = []
    for path in labels:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            label = json.loads(line)
            where = f"{path}:{number}"
            dialogue = dialogues.get(label["id"])
            if dialogue is None:
                raise ValueError(f"{where}: no dialogue {label['id']!r} in {source}")
            parts = dialogue_turns(dialogue)
            if label["part"] not in parts:
                raise ValueError(f"{where}: dialogue {label['id']} has no {label['part']!r} turn")
            text, context = parts[label["part"]]
            severities = {str(k): str(v) for k, v in label["labels"].items()}
            for category, severity in severities.items():
                if category not in CATEGORY_IDS or severity not in SEVERITIES:
                    raise ValueError(
                        f"{where}: labels.{category}: {severity!r} is not a known category with "
                        f"a severity of {', '.join(SEVERITIES)}"
                    )
            if label["part"] == "prompt":
                examples.append(Example(text, context, "prompt", severities, "hh_rlhf"))
            else:
                examples.append(Example(text, context, "response", severities, "hh_rlhf"))
    return examples
