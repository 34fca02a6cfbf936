"""How often streamed replies are stopped: every reply of a set, streamed word by word through
`Guard().wrap(..., stream=StreamOptions())` in window mode, after its prompt.

    python -m benchmarks.stream_stops [--model DIR] [--data FILE ...] [--window 200] [--out FILE]

A window-mode stream checks each 200-character window (with half a window before it) as it
arrives, so a piece of a safe reply read without the rest can stop the stream part way. The soak
streams four safe replies; this streams every response row of the given sets (held-out sets,
or a pending file), so such false stops are counted over hundreds of replies. Safe replies
stopped are false stops (the user sees a reply cut off by the content filter); harmful replies
must be stopped. Prompts are not checked (`check_input=False`): a refusal's harmful prompt would
otherwise end the call before its reply streams. Only aggregates are printed.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from guardrails import Guard, StreamOptions
from guardrails.classifiers import Classifier, OnnxClassifier, default_model_path
from guardrails.clients import ChatCompletionChunk, ChoiceDelta, ChunkChoice

from ._set_reports import HELDOUT, read_rows, write_report

__all__ = ["main", "stream_stops"]

_PIECE = re.compile(r"\s*\S+")


class _ReplayModel:
    """Stands in for the chat model: streams the reply it was last given, a word per chunk.
    `sent_all` tells whether the last chunk has gone out."""

    def __init__(self) -> None:
        self.reply = ""
        self.sent_all = False
        self.chat = SimpleNamespace(completions=self)

    def create(self, **params: Any) -> Iterator[ChatCompletionChunk]:
        pieces = _PIECE.findall(self.reply)
        self.sent_all = not pieces
        for number, piece in enumerate(pieces, start=1):
            self.sent_all = number == len(pieces)
            finish = "stop" if number == len(pieces) else None
            delta = ChoiceDelta(content=piece)
            yield ChatCompletionChunk(
                model=params["model"], choices=[ChunkChoice(delta=delta, finish_reason=finish)]
            )


def stream_stops(
    classifier: Classifier, rows: list[dict[str, Any]], *, window_chars: int = 200
) -> dict[str, Any]:
    """Per subset of the response rows: how many replies streamed, how many were stopped, and
    how many of those only once the whole reply had arrived (by the last window or the check of
    the whole reply)."""
    llm = _ReplayModel()
    guarded = Guard(classifier=classifier).wrap(
        llm, check_input=False, stream=StreamOptions(window_chars=window_chars)
    )
    counts: dict[str, dict[str, int]] = {}
    for row in rows:
        if row["role"] != "response":
            continue
        llm.reply = row["text"]
        messages = [{"role": "user", "content": row.get("context") or ""}]
        stream = guarded.chat.completions.create(model="replay", messages=messages, stream=True)
        finish = [c.choices[0].finish_reason for c in stream if c.choices]
        stopped = finish[-1] == "content_filter"
        name = row.get("subset", "safe" if not row["labels"] else "harmful")
        subset = counts.setdefault(
            name, {"replies": 0, "stopped": 0, "stopped_at_end": 0, "unsafe": 0}
        )
        subset["replies"] += 1
        subset["stopped"] += stopped
        subset["stopped_at_end"] += stopped and llm.sent_all
        subset["unsafe"] += bool(row["labels"])
    return {
        "window_chars": window_chars,
        "subsets": {
            name: {
                "replies": c["replies"],
                "unsafe": c["unsafe"],
                "stopped": c["stopped"],
                "stopped_rate": round(c["stopped"] / c["replies"], 4),
                "stopped_at_end": c["stopped_at_end"],
            }
            for name, c in sorted(counts.items())
        },
        "safe_replies_stopped": sum(c["stopped"] for c in counts.values() if c["unsafe"] == 0),
        "safe_replies": sum(c["replies"] for c in counts.values() if c["unsafe"] == 0),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stream_stops", description=__doc__)
    parser.add_argument("--model", type=Path, default=default_model_path())
    parser.add_argument(
        "--data", type=Path, nargs="+", default=[HELDOUT], help="JSONL files, streamed as one set"
    )
    parser.add_argument("--window", type=int, default=200, help="window_chars (default 200)")
    parser.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    args = parser.parse_args(argv)
    if args.model is None:
        print("no packaged model: pass --model DIR", file=sys.stderr)
        return 2
    rows = read_rows(args.data)
    report = {
        "model": str(args.model),
        "data": [str(path) for path in args.data],
        **stream_stops(OnnxClassifier.from_path(args.model), rows, window_chars=args.window),
    }
    write_report(report, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
