"""The soak's scripted LLM server (tests/llm_server.py), run in a child process on 127.0.0.1.

A child process keeps the server's threads off the guard's interpreter lock and its request
log out of the memory the soak measures. Each request's step is picked from the plan by the
call reference in its prompt; when the soak ends, the child reports what the log holds.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any

from tests.llm_server import Fault, Reply, ScriptedLLMServer, Step

from ._soak_plan import KIND_BY_NAME, PlannedCall, find_ref, step_for
from ._soak_texts import TextSet

__all__ = ["ServerLog", "ServerProcess"]

_START_TIMEOUT_S = 60.0
_STOP_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class ServerLog:
    """What the server saw: requests in all and per call id, retries (requests that followed a
    failed one, by the failure), requests without a known call reference, and requests whose
    user message held a harmful prompt of the text set."""

    requests: int
    per_call: list[int]
    retries: dict[str, int]
    unmatched: int
    harmful_prompts: int


def _user_text(body: dict[str, Any]) -> str:
    """Every user message of a request body, joined."""
    messages = body.get("messages")
    if not isinstance(messages, list):
        return ""
    return "\n".join(
        str(m.get("content")) for m in messages if isinstance(m, dict) and m.get("role") == "user"
    )


def _steered(body: dict[str, Any]) -> bool:
    """Whether the request carries a system message: the guard's steering, on regeneration."""
    messages = body.get("messages")
    return isinstance(messages, list) and any(
        isinstance(m, dict) and m.get("role") == "system" for m in messages
    )


class _Responder:
    """Picks each request's step from the plan (thread-safe) and counts retries."""

    def __init__(self, plan: Sequence[PlannedCall], texts: TextSet) -> None:
        self._plan = plan
        self._texts = texts
        self._lock = threading.Lock()
        self._attempts = [0] * len(plan)
        self._last_failure: list[str | None] = [None] * len(plan)
        self.retries: Counter[str] = Counter()

    def __call__(self, body: dict[str, Any]) -> Step:
        refs = find_ref(_user_text(body))
        if len(refs) != 1 or not 0 <= refs[0] < len(self._plan):
            return Fault(status=400, message="the prompt has no known call reference")
        call = self._plan[refs[0]]
        with self._lock:
            attempt = self._attempts[call.call_id]
            self._attempts[call.call_id] += 1
            previous = self._last_failure[call.call_id]
            if previous is not None:
                self.retries[previous] += 1
            step = step_for(call, self._texts, attempt=attempt, steered=_steered(body))
            failed = not isinstance(step, Reply)
            self._last_failure[call.call_id] = KIND_BY_NAME[call.kind].fault if failed else None
        return step


def _read_log(
    requests: list[dict[str, Any]], responder: _Responder, texts: TextSet, calls: int
) -> ServerLog:
    """Sums up the server's request log for the parent."""
    per_call = [0] * calls
    unmatched = harmful = 0
    for body in requests:
        user = _user_text(body)
        refs = find_ref(user)
        if len(refs) == 1 and 0 <= refs[0] < calls:
            per_call[refs[0]] += 1
        else:
            unmatched += 1
        harmful += any(prompt in user for prompt in texts.harmful_prompts)
    return ServerLog(len(requests), per_call, dict(responder.retries), unmatched, harmful)


def _serve(plan: list[PlannedCall], texts: TextSet, conn: Connection) -> None:
    """The child: serve until told to stop, then send the log."""
    responder = _Responder(plan, texts)
    with ScriptedLLMServer() as server:
        server.respond(responder)
        conn.send(server.base_url)
        conn.recv()
        requests = server.requests
    conn.send(_read_log(requests, responder, texts, len(plan)))
    conn.close()


class ServerProcess:
    """The server in a spawned child process: `with ServerProcess(plan, texts) as server:`,
    `server.base_url`, and `server.stop()` for the log."""

    def __init__(self, plan: list[PlannedCall], texts: TextSet) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child_conn = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(plan, texts, child_conn), name="soak-llm-server", daemon=True
        )
        self.base_url = ""

    def __enter__(self) -> ServerProcess:
        self._process.start()
        self.base_url = self._receive(_START_TIMEOUT_S, "start")
        return self

    def stop(self) -> ServerLog:
        """Stops the server and returns what its request log holds."""
        self._conn.send("stop")
        log: ServerLog = self._receive(_STOP_TIMEOUT_S, "report its log")
        self._process.join(_STOP_TIMEOUT_S)
        return log

    def _receive(self, timeout: float, what: str) -> Any:
        if not self._conn.poll(timeout):
            raise RuntimeError(f"the soak's LLM server did not {what} within {timeout:g} s")
        try:
            return self._conn.recv()
        except EOFError:
            self._process.join(_STOP_TIMEOUT_S)
            code = self._process.exitcode
            raise RuntimeError(
                f"the soak's LLM server exited (code {code}) before it could {what}"
            ) from None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(_STOP_TIMEOUT_S)
        self._conn.close()
