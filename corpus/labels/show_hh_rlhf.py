"""Print the HH-RLHF turns to label: `python corpus/labels/show_hh_rlhf.py START END`.

Shows, for shared-data rows START..END-1, exactly the turns that training reads
(guardrails.training._hh_rlhf.dialogue_turns), as JSON lines {id, part, context, text}.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from guardrails.training._hh_rlhf import dialogue_turns

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "training"


def main() -> None:
    start, end = int(sys.argv[1]), int(sys.argv[2])
    lines = (SHARED / "hh_rlhf_harmless_test.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines[start:end]:
        row = json.loads(line)
        for part, (text, context) in dialogue_turns(row).items():
            item = {"id": row["id"], "part": part, "context": context, "text": text}
            print(json.dumps(item, ensure_ascii=False))


if __name__ == "__main__":
    main()
