"""A scripted OpenAI-compatible chat server on loopback, standing in for a remote LLM in tests.

    with ScriptedLLMServer() as server:
        server.script(Fault(status=503), Reply("Hello!"))
        client = OpenAICompatibleClient(base_url=server.base_url)
        ...                                   # first request gets a 503, the second "Hello!"
        server.requests                       # the JSON bodies received, in order

Each request consumes one scripted step (one per choice when the request asks for n > 1); when
the steps run out, `then` (by default `Reply("ok")`) answers every further request. It speaks
enough of the protocol for the `openai` SDK and for httpx: JSON completions, and server-sent
events in chunked transfer encoding when the request has `"stream": true`.

Concurrent clients, whose requests arrive in no set order, can instead have each request's step
picked from its body: `server.respond(lambda body: ...)`; `script()` goes back to the list.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

__all__ = ["Drop", "Fault", "Picker", "Reply", "ScriptedLLMServer", "Step", "llm_server_fixture"]


@dataclass
class Reply:
    """A successful completion.

    `tool_calls` items are {"id", "type", "function": {"name", "arguments"}} or the short form
    {"name", "arguments"}; arguments may be a dict (sent as JSON). Give `finish_reason="tool_calls"`
    yourself when that is what the reply should say. `delay` is waited before the headers;
    when streaming, the text goes out `chunk_size` characters a chunk, `chunk_delay` seconds apart,
    and `drop_after_chunks` closes the connection after that many events (mid-stream failure).
    """

    text: str = ""
    tool_calls: list[dict[str, Any]] | None = None
    finish_reason: str = "stop"
    delay: float = 0.0
    chunk_size: int = 8
    chunk_delay: float = 0.0
    drop_after_chunks: int | None = None


@dataclass
class Fault:
    """An HTTP error answer with an OpenAI error body, optionally with a Retry-After header.

    `retry_after` is sent as given: a number of seconds, or a string such as an HTTP-date.
    """

    status: int = 500
    retry_after: float | str | None = None
    message: str = "boom"
    delay: float = 0.0


@dataclass
class Drop:
    """Close the connection without sending any response."""


Step = Reply | Fault | Drop
Picker = Callable[[dict[str, Any]], Step]


class _Script:
    """The steps still to play, or the function that picks each request's step; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._steps: list[Step] = []
        self._then: Step = Reply("ok")
        self._pick: Picker | None = None

    def replace(self, steps: tuple[Step, ...], then: Step | None) -> None:
        with self._lock:
            self._steps = list(steps)
            self._then = then if then is not None else Reply("ok")
            self._pick = None

    def respond(self, pick: Picker) -> None:
        with self._lock:
            self._pick = pick

    def take(self, count: int, body: dict[str, Any] | None = None) -> list[Step]:
        pick = self._pick
        if pick is not None and body is not None:
            return [pick(body)] * count
        with self._lock:
            taken = self._steps[:count]
            del self._steps[:count]
            return taken + [self._then] * (count - len(taken))


def _tool_call(position: int, spec: dict[str, Any]) -> dict[str, Any]:
    function = spec.get("function", spec)
    arguments = function.get("arguments", "{}")
    return {
        "id": spec.get("id", f"call_{position}"),
        "type": spec.get("type", "function"),
        "function": {
            "name": function["name"],
            "arguments": arguments if isinstance(arguments, str) else json.dumps(arguments),
        },
    }


def _pieces(text: str, size: int) -> list[str]:
    return [text[start : start + size] for start in range(0, len(text), max(size, 1))]


def _word_count(messages: Any) -> int:
    if not isinstance(messages, list):
        return 0
    contents = (m.get("content") for m in messages if isinstance(m, dict))
    return sum(len(c.split()) for c in contents if isinstance(c, str))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: tests read `requests`, not a log."""

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._send_json(404, {"error": {"message": f"no route {self.path}"}})
            return
        try:
            body = json.loads(raw)
        except ValueError:
            self._send_json(400, {"error": {"message": "the body is not JSON"}})
            return
        scripted = self.server.scripted
        scripted.record(body, dict(self.headers.items()))
        count = body.get("n") if isinstance(body.get("n"), int) else 1
        steps = scripted.take_steps(max(count, 1), body)
        failure = next((step for step in steps if not isinstance(step, Reply)), None)
        time.sleep(max((s.delay for s in steps if not isinstance(s, Drop)), default=0.0))
        if isinstance(failure, Drop):
            self.close_connection = True
        elif isinstance(failure, Fault):
            self._send_fault(failure)
        elif body.get("stream"):
            self._stream([s for s in steps if isinstance(s, Reply)], body)
        else:
            self._send_json(200, self._completion([s for s in steps if isinstance(s, Reply)], body))

    def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _send_fault(self, fault: Fault) -> None:
        headers = {} if fault.retry_after is None else {"Retry-After": str(fault.retry_after)}
        error = {"message": fault.message, "type": "server_error", "code": fault.status}
        self._send_json(fault.status, {"error": error}, headers)

    def _completion(self, replies: list[Reply], body: dict[str, Any]) -> dict[str, Any]:
        choices = []
        for index, reply in enumerate(replies):
            message: dict[str, Any] = {"role": "assistant", "content": reply.text}
            if reply.tool_calls:
                message["tool_calls"] = [
                    _tool_call(i, spec) for i, spec in enumerate(reply.tool_calls)
                ]
                message["content"] = reply.text or None
            choices.append(
                {"index": index, "message": message, "finish_reason": reply.finish_reason}
            )
        prompt = _word_count(body.get("messages"))
        completion = sum(len(reply.text.split()) for reply in replies)
        return {
            **self._envelope(body, "chat.completion"),
            "choices": choices,
            "usage": {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
            },
        }

    def _envelope(self, body: dict[str, Any], kind: str) -> dict[str, Any]:
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
            "object": kind,
            "created": int(time.time()),
            "model": body.get("model", ""),
        }

    def _stream(self, replies: list[Reply], body: dict[str, Any]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        envelope = self._envelope(body, "chat.completion.chunk")
        for index, reply in enumerate(replies):
            for sent, delta in enumerate(self._deltas(reply)):
                if reply.drop_after_chunks is not None and sent >= reply.drop_after_chunks:
                    self.close_connection = True
                    return
                finish = delta.pop("finish_reason", None)
                choice = {"index": index, "delta": delta, "finish_reason": finish}
                self._event({**envelope, "choices": [choice]})
                time.sleep(reply.chunk_delay)
        options = body.get("stream_options")
        if isinstance(options, dict) and options.get("include_usage"):
            completion = self._completion(replies, body)
            self._event({**envelope, "choices": [], "usage": completion["usage"]})
        self._write_chunk(b"data: [DONE]\n\n")
        self._write_chunk(b"")

    def _deltas(self, reply: Reply) -> Iterator[dict[str, Any]]:
        yield {"role": "assistant", "content": ""}
        for piece in _pieces(reply.text, reply.chunk_size):
            yield {"content": piece}
        for position, spec in enumerate(reply.tool_calls or []):
            call = _tool_call(position, spec)
            function = {"name": call["function"]["name"], "arguments": ""}
            yield {"tool_calls": [{"index": position, **call, "function": function}]}
            for piece in _pieces(call["function"]["arguments"], reply.chunk_size):
                yield {"tool_calls": [{"index": position, "function": {"arguments": piece}}]}
        yield {"finish_reason": reply.finish_reason}

    def _event(self, payload: dict[str, Any]) -> None:
        self._write_chunk(f"data: {json.dumps(payload)}\n\n".encode())

    def _write_chunk(self, data: bytes) -> None:
        """One piece of chunked transfer encoding (the empty piece ends the body)."""
        self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # many clients may connect at once (the soak runs 64 and more)

    def __init__(self, scripted: ScriptedLLMServer) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.scripted = scripted

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: clients that time out or hang up mid-answer are part of the tests."""


class ScriptedLLMServer:
    """An OpenAI-compatible server on 127.0.0.1 that answers from a script. See the module doc."""

    def __init__(self) -> None:
        self._script = _Script()
        self._lock = threading.Lock()
        self._requests: list[dict[str, Any]] = []
        self._headers: list[dict[str, str]] = []
        self._server: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    def script(self, *steps: Step, then: Step | None = None) -> None:
        """Plays `steps` to the next requests, one each, then `then` (default `Reply("ok")`)."""
        self._script.replace(steps, then)

    def respond(self, pick: Picker) -> None:
        """Answers every request with `pick(body)` (one step, used for each of its n choices).

        `pick` runs in the server's request threads, concurrently: it must be thread-safe.
        """
        self._script.respond(pick)

    def take_steps(self, count: int, body: dict[str, Any] | None = None) -> list[Step]:
        """The steps for the next request, whose JSON is `body` (called by the request handler)."""
        return self._script.take(count, body)

    def record(self, body: dict[str, Any], headers: dict[str, str]) -> None:
        """Keeps a received request (called by the request handler)."""
        with self._lock:
            self._requests.append(body)
            self._headers.append({name.lower(): value for name, value in headers.items()})

    @property
    def requests(self) -> list[dict[str, Any]]:
        """Every JSON body received so far, in order (a copy)."""
        with self._lock:
            return list(self._requests)

    @property
    def headers(self) -> list[dict[str, str]]:
        """The headers of every request in `requests` (names lower-cased), in order (a copy)."""
        with self._lock:
            return list(self._headers)

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL, "http://127.0.0.1:PORT/v1"."""
        if self._server is None:
            raise RuntimeError("the server is not running: call start() first")
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def start(self) -> ScriptedLLMServer:
        """Starts serving in a daemon thread; returns self."""
        if self._server is None:
            self._server = _HTTPServer(self)
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="scripted-llm-server",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stops serving and closes the listening socket."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def __enter__(self) -> ScriptedLLMServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def llm_server_fixture() -> Iterator[ScriptedLLMServer]:
    """A running server for one test; register with `pytest.fixture(name="llm_server")`."""
    with ScriptedLLMServer() as server:
        yield server
