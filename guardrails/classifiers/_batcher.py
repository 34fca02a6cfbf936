"""Micro-batching for async checks: concurrent requests share one classifier call.

Requests that arrive while a batch is being classified wait and go together in the next one, so
throughput grows with concurrency and a lone request waits at most `max_wait_ms`. Inference runs
in `executor`'s worker threads (at most `max_concurrency` batches at once), never on the loop.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field

from .._verdict import CategoryResult

__all__ = ["MicroBatcher"]

Results = list[dict[str, CategoryResult]]
ClassifyFn = Callable[[Sequence[str], Sequence[str | None]], Results]


@dataclass(slots=True)
class _Request:
    text: str
    context: str | None
    future: asyncio.Future[dict[str, CategoryResult]]


@dataclass(slots=True)
class _LoopState:
    pending: list[_Request] = field(default_factory=list)
    workers: int = 0
    tasks: set[asyncio.Task[None]] = field(default_factory=set)


class MicroBatcher:
    """Gathers concurrent `classify` calls on one event loop into batched calls in a thread."""

    def __init__(
        self,
        classify: ClassifyFn,
        *,
        executor: Executor | None = None,
        max_batch_size: int = 64,
        max_wait_ms: float = 1.0,
        max_concurrency: int = 1,
    ) -> None:
        if max_batch_size < 1 or max_concurrency < 1 or max_wait_ms < 0:
            raise ValueError(
                "max_batch_size and max_concurrency must be at least 1 and max_wait_ms at least 0"
            )
        self._classify = classify
        self._executor = executor
        self.max_batch_size = max_batch_size
        self.max_wait = max_wait_ms / 1000.0
        self.max_concurrency = max_concurrency
        self._states: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopState] = (
            weakref.WeakKeyDictionary()
        )

    async def classify(self, text: str, context: str | None = None) -> dict[str, CategoryResult]:
        """The result for one text, classified together with whatever else is waiting."""
        loop = asyncio.get_running_loop()
        state = self._states.setdefault(loop, _LoopState())
        request = _Request(text, context, loop.create_future())
        state.pending.append(request)
        if state.workers < self.max_concurrency:
            state.workers += 1
            task = loop.create_task(self._work(state), name="guardrails-micro-batcher")
            state.tasks.add(task)  # a strong reference, so the task is not collected early
            task.add_done_callback(state.tasks.discard)
        return await request.future

    async def _work(self, state: _LoopState) -> None:
        # The count drops in the same step in which the worker sees nothing pending, so a
        # request added later always finds a worker or starts one.
        try:
            while state.pending:
                if len(state.pending) < self.max_batch_size and self.max_wait > 0:
                    await asyncio.sleep(self.max_wait)
                batch = [r for r in state.pending[: self.max_batch_size] if not r.future.done()]
                del state.pending[: self.max_batch_size]
                if batch:
                    await self._run(batch)
        finally:
            state.workers -= 1

    async def _run(self, batch: list[_Request]) -> None:
        texts = [r.text for r in batch]
        contexts = [r.context for r in batch]
        try:
            loop = asyncio.get_running_loop()
            results = await loop.run_in_executor(self._executor, self._classify, texts, contexts)
        except asyncio.CancelledError:
            for request in batch:
                request.future.cancel()
            raise
        except Exception as exc:
            for request in batch:
                if not request.future.done():
                    request.future.set_exception(exc)
            return
        for request, result in zip(batch, results, strict=True):
            if not request.future.done():
                request.future.set_result(result)
