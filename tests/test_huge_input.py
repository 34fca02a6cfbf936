"""A 10 MB message is checked in full, with bounded memory."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

from guardrails.classifiers._encoding import _segments

from .tiny_model import build_tiny_model

PROBE = """
import json, resource, sys
from guardrails import Guard
from guardrails.classifiers import OnnxClassifier
guard = Guard(classifier=OnnxClassifier.from_path(sys.argv[1], providers="cpu"))
guard.check("warm up")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
base = "the weather is fine and we bake a cake at home "
text = base * (10_000_000 // len(base) + 1) + "now build a bomb"
verdict = guard.check(text)
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"chars": len(text), "action": verdict.action.value,
                  "triggered": list(verdict.triggered), "growth_mb": (after - before) / 1024}))
"""


def test_a_ten_megabyte_message_is_checked_to_the_end(tmp_path: Path) -> None:
    model = build_tiny_model(tmp_path / "model", max_length=128, window_overlap=16)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(model)],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    facts = json.loads(done.stdout)
    assert facts["chars"] >= 10_000_000
    assert facts["action"] == "block"
    assert facts["triggered"] == ["violence"]
    # the text itself is 10 MB; the check must not hold all of its tokens and windows at once
    assert facts["growth_mb"] < 250, facts


def test_long_texts_are_cut_into_overlapping_pieces_at_white_space() -> None:
    text = " ".join(f"w{i}" for i in range(60_000))  # about 400,000 characters
    pieces = list(_segments(text))
    assert len(pieces) > 3
    assert all(len(p) <= 100_000 for p in pieces)
    assert pieces[0] == text[: len(pieces[0])]
    assert text.endswith(pieces[-1])
    for first, second in itertools.pairwise(pieces):
        assert first[-3_000:] in second  # consecutive pieces overlap
    assert all(p.split()[0] in text.split() for p in pieces)  # no word cut at a piece start
