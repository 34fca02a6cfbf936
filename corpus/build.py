"""Regenerate every corpus file: `python corpus/build.py` writes corpus/data/<name>.jsonl.

Each script in corpus/src/ exposes `generate() -> list[dict]` (seeded, so the output is
reproducible) and writes its file when run; this runs them all, then checks every file in
corpus/data/ (those and the ones written by hand, such as natural.jsonl) against SPEC.md.
"""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEVERITIES = {"minor", "moderate", "severe"}
CATEGORIES = {
    "endangering_national_security", "insulting_behavior", "discriminatory_behavior",
    "endangering_public_health", "copyright_issues", "violence", "drugs", "privacy_violation",
    "economic_crime", "mental_manipulation", "human_trafficking", "physical_harm",
    "sexual_content", "cybercrime", "disrupting_public_order", "environmental_damage",
    "psychological_harm", "white_collar_crime", "animal_abuse",
}  # fmt: skip


def check_row(row: dict[str, object], where: str) -> None:
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"{where}: text must be a non-empty string")
    if row.get("role") not in ("prompt", "response"):
        raise ValueError(f"{where}: role must be 'prompt' or 'response'")
    labels = row.get("labels")
    if not isinstance(labels, dict):
        raise ValueError(f"{where}: labels must be an object")
    for category, severity in labels.items():
        if category not in CATEGORIES or severity not in SEVERITIES:
            raise ValueError(f"{where}: bad label {category!r}: {severity!r}")


def main() -> int:
    for source in sorted((HERE / "src").glob("*.py")):
        runpy.run_path(str(source), run_name="__main__")  # each script writes its own file
    # Every file is checked, the generated ones and those written by hand (natural.jsonl).
    for target in sorted((HERE / "data").glob("*.jsonl")):
        seen: set[str] = set()
        with target.open(encoding="utf-8") as rows:
            for number, line in enumerate(rows, 1):
                row = json.loads(line)
                check_row(row, f"{target.name}:{number}")
                if row["text"] in seen:
                    raise ValueError(f"{target.name}:{number}: duplicate text")
                seen.add(row["text"])
        print(f"{target.relative_to(HERE.parent)}: {len(seen)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
