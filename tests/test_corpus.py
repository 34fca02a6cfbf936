"""The team corpus: every file follows corpus/SPEC.md, and no held-out text is trained on."""

from __future__ import annotations

import json
import re
import runpy
from pathlib import Path
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DATA_FILES = sorted((CORPUS / "data").glob("*.jsonl"))
PENDING_FILES = sorted((CORPUS / "pending").glob("*.jsonl"))
HELDOUT_FILES = [
    CORPUS / "heldout" / "heldout.jsonl",
    CORPUS / "heldout" / "heldout2.jsonl",
    CORPUS / "heldout" / "heldout3.jsonl",
    CORPUS / "heldout" / "heldout4.jsonl",
]
# Each held-out subset, and whether its rows are harmful (None: either, as in social media).
HELDOUT_SUBSETS: dict[str, bool | None] = {
    "harmful_prompt": True,
    "lookalike_prompt": False,
    "everyday_prompt": False,
    "harmful_response": True,
    "refusal": False,
    "helpful_response": False,
    "social": None,
}


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _normalised(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def test_the_corpus_has_its_files() -> None:
    assert len(DATA_FILES) >= 10
    assert all(path.exists() for path in HELDOUT_FILES)


@pytest.mark.parametrize("path", DATA_FILES + PENDING_FILES, ids=lambda p: p.name)
def test_every_row_follows_the_spec(path: Path) -> None:
    check_row = runpy.run_path(str(CORPUS / "build.py"), run_name="corpus_build")["check_row"]
    rows = _rows(path)
    assert rows, f"{path.name} is empty"
    for number, row in enumerate(rows, 1):
        check_row(row, f"{path.name}:{number}")
        assert row["source"] == f"team:{path.stem}", f"{path.name}:{number}: source"
        assert "context" not in row or row["role"] == "response", f"{path.name}:{number}"


@pytest.mark.parametrize("path", HELDOUT_FILES, ids=lambda p: p.name)
def test_every_held_out_row_follows_the_spec_and_names_its_subset(path: Path) -> None:
    check_row = runpy.run_path(str(CORPUS / "build.py"), run_name="corpus_build")["check_row"]
    for number, row in enumerate(_rows(path), 1):
        where = f"{path.name}:{number}"
        assert row.get("subset") in HELDOUT_SUBSETS, f"{where}: subset"
        check_row({key: value for key, value in row.items() if key != "subset"}, where)
        assert row["source"].startswith("team:heldout"), f"{where}: source"
        harmful = HELDOUT_SUBSETS[row["subset"]]
        assert harmful is None or harmful == bool(row["labels"]), f"{where}: labels"


def test_no_held_out_text_is_in_the_training_corpus() -> None:
    held_out = {_normalised(row["text"]) for path in HELDOUT_FILES for row in _rows(path)}
    leaked = [
        f"{path.name}:{number}"
        for path in DATA_FILES + PENDING_FILES
        for number, row in enumerate(_rows(path), 1)
        if _normalised(row["text"]) in held_out
    ]
    assert leaked == []
