"""What the set benchmarks (`quality`, `stream_stops`) share: reading sets, writing reports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["HELDOUT", "read_rows", "write_report"]

HELDOUT = Path(__file__).resolve().parent.parent / "corpus" / "heldout" / "heldout.jsonl"


def read_rows(paths: list[Path]) -> list[dict[str, Any]]:
    """The rows of every file, in order, as one set."""
    return [
        json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines()
    ]


def write_report(report: dict[str, Any], out: Path | None) -> None:
    """Print the report as JSON, and also write it to `out` when given."""
    text = json.dumps(report, indent=2)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", encoding="utf-8")
    print(text)
