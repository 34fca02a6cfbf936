"""The soak's plan: a seeded mix of server behaviours, one per call, and the step the scripted
server plays for each request of a call.

Every call's prompt carries its reference ("ref c000042"), and so does every reply the server
writes for it, so that requests and delivered replies are matched to calls exactly.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Literal

from tests.llm_server import Drop, Fault, Reply, Step

from ._soak_texts import TextSet

__all__ = [
    "ALWAYS",
    "KINDS",
    "KIND_BY_NAME",
    "MAX_RETRIES",
    "Kind",
    "PlannedCall",
    "build_plan",
    "call_ref",
    "expected_requests",
    "find_ref",
    "prompt_text",
    "reply_text",
    "step_for",
]

ALWAYS = -1  # `Kind.faults`: every request fails
MAX_RETRIES = 2  # retries after the first attempt, for either client
RETRY_AFTER_S = 0.05  # the Retry-After of a 429
SLOW_REPLY_S = 0.25
STREAM_CHUNK_CHARS = 16
STREAM_CHUNK_DELAY_S = 0.002
# A mid-stream drop comes after 13 pieces of text (208 characters): once the first
# 200-character window has gone out, before the end of every reply (all are longer).
DROP_AFTER_CHUNKS = 14

_REF = re.compile(r"ref c(\d+)")

FaultKind = Literal["429", "500", "drop"]
ReplyKind = Literal["safe", "harmful", "regenerate", "turns_harmful"]


@dataclass(frozen=True)
class Kind:
    """One server behaviour and the outcome a correct guard gives it.

    `reply`: "regenerate" is harmful until the guard's steering message arrives, then safe;
    "turns_harmful" is a safe text that ends in harm, whatever the steering (a stream the guard
    must stop; a whole reply it must regenerate, then refuse). `faults`
    requests fail (`fault`) before the reply is played; ALWAYS: every request fails. `expect`
    is the report's outcome, or "upstream_error".
    """

    name: str
    weight: int
    expect: str
    stream: bool = False
    harmful_prompt: bool = False
    reply: ReplyKind = "safe"
    faults: int = 0
    fault: FaultKind = "500"
    delay_s: float = 0.0
    drop_after_chunks: int | None = None


KINDS: tuple[Kind, ...] = (
    Kind("safe", 30, "allowed"),
    Kind("slow", 5, "allowed", delay_s=SLOW_REPLY_S),
    Kind("regenerated", 10, "regenerated", reply="regenerate"),
    Kind("always_harmful", 4, "exhausted", reply="harmful"),
    Kind("ends_harmful", 4, "exhausted", reply="turns_harmful"),
    Kind("harmful_prompt", 8, "input_blocked", harmful_prompt=True),
    Kind("harmful_prompt_stream", 2, "input_blocked", stream=True, harmful_prompt=True),
    Kind("429_recovers", 6, "allowed", faults=1, fault="429"),
    Kind("500_recovers", 5, "allowed", faults=2, fault="500"),
    Kind("drop_recovers", 4, "allowed", faults=1, fault="drop"),
    Kind("500_exhausts", 3, "upstream_error", faults=ALWAYS, fault="500"),
    Kind("drop_exhausts", 2, "upstream_error", faults=ALWAYS, fault="drop"),
    Kind("stream_safe", 10, "allowed", stream=True),
    Kind("stream_stopped", 5, "stream_stopped", stream=True, reply="turns_harmful"),
    Kind("stream_429_recovers", 3, "allowed", stream=True, faults=1, fault="429"),
    Kind(
        "stream_drop_midway",
        3,
        "upstream_error",
        stream=True,
        drop_after_chunks=DROP_AFTER_CHUNKS,
    ),
)
KIND_BY_NAME = {kind.name: kind for kind in KINDS}


@dataclass(frozen=True, slots=True)
class PlannedCall:
    """One call: its id, its kind, and which texts of the set it uses."""

    call_id: int
    kind: str
    prompt: int
    reply: int
    harm: int


def build_plan(calls: int, texts: TextSet, seed: int) -> list[PlannedCall]:
    """`calls` calls drawn by weight with a seeded RNG; every kind occurs at least once when
    there are enough calls."""
    rng = random.Random(seed)
    names = [kind.name for kind in KINDS][:calls]
    names += rng.choices(
        [kind.name for kind in KINDS], [kind.weight for kind in KINDS], k=calls - len(names)
    )
    rng.shuffle(names)
    return [
        PlannedCall(
            call_id=call_id,
            kind=name,
            prompt=rng.randrange(len(_prompts(KIND_BY_NAME[name], texts))),
            reply=rng.randrange(len(texts.safe_replies)),
            harm=rng.randrange(len(texts.harmful_replies)),
        )
        for call_id, name in enumerate(names)
    ]


def _prompts(kind: Kind, texts: TextSet) -> tuple[str, ...]:
    """The prompts a kind draws from."""
    return texts.harmful_prompts if kind.harmful_prompt else texts.safe_prompts


def call_ref(call_id: int) -> str:
    """The reference a call's prompt and replies carry."""
    return f"ref c{call_id:06d}"


def find_ref(text: str) -> list[int]:
    """The call ids referenced in `text`."""
    return [int(found) for found in _REF.findall(text)]


def prompt_text(call: PlannedCall, texts: TextSet) -> str:
    """The user message of a call."""
    prompt = _prompts(KIND_BY_NAME[call.kind], texts)[call.prompt]
    return f"{call_ref(call.call_id)} {prompt}"


def reply_text(call: PlannedCall, texts: TextSet, *, steered: bool) -> str:
    """The reply the server writes for a call; `steered`: the request carries the guard's
    steering message (a regeneration)."""
    kind = KIND_BY_NAME[call.kind]
    safe = texts.safe_replies[call.reply]
    harm = texts.harmful_replies[call.harm]
    if kind.reply == "harmful" or (kind.reply == "regenerate" and not steered):
        body = harm
    elif kind.reply == "turns_harmful":
        body = f"{safe} {harm}"
    else:
        body = safe
    return f"{call_ref(call.call_id)} {body}"


def _fault(fault: FaultKind) -> Step:
    """The failing step of a fault kind."""
    if fault == "429":
        return Fault(status=429, retry_after=RETRY_AFTER_S, message="slow down")
    if fault == "500":
        return Fault(status=500, message="injected failure")
    return Drop()


def step_for(call: PlannedCall, texts: TextSet, *, attempt: int, steered: bool) -> Step:
    """What the server plays for request number `attempt` (from 0) of a call."""
    kind = KIND_BY_NAME[call.kind]
    if kind.faults == ALWAYS or attempt < kind.faults:
        return _fault(kind.fault)
    return Reply(
        reply_text(call, texts, steered=steered),
        delay=kind.delay_s,
        chunk_size=STREAM_CHUNK_CHARS,
        chunk_delay=STREAM_CHUNK_DELAY_S,
        drop_after_chunks=kind.drop_after_chunks,
    )


def expected_requests(kind: Kind, outcome: str, rounds: int) -> int:
    """How many requests the server should have seen for a call that ended in `outcome` after
    `rounds` generation rounds (the report's `attempts`)."""
    if outcome == "input_blocked":
        return 0
    if kind.faults == ALWAYS:
        return MAX_RETRIES + 1
    return kind.faults + rounds
