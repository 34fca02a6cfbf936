"""Guard and AsyncGuard: drivers that carry out the flows' effects, sync or async."""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any

from ._chat_driver import AsyncChatDriver, ChatDriver
from ._chat_flow import ChatOptions
from ._flow import Classify, Results, arun_flow, check_flow, run_flow, validate_text
from ._messages import DEFAULT_STEERING, SteeringPlacement
from ._policy import Policy
from ._report import Attempt, GuardResult
from ._responses import ResponseTypes
from ._streaming import StreamOptions
from ._telemetry import Telemetry
from ._verdict import Stage, Verdict
from ._wrap import AsyncGuardedClient, GuardedClient
from .classifiers._batcher import MicroBatcher
from .classifiers._protocol import Classifier

__all__ = ["AsyncGuard", "Guard"]

_SYNC_WORKERS = 4  # classifications that a sync Guard with a timeout runs at once


class _GuardBase:
    def __init__(
        self,
        *,
        classifier: Classifier | None,
        policy: Policy | None,
        telemetry: Telemetry | None,
    ) -> None:
        if classifier is not None and not isinstance(classifier, Classifier):
            raise TypeError(
                "classifier must have a classify(texts, contexts=None) method, "
                f"got {type(classifier).__name__}"
            )
        if policy is not None and not isinstance(policy, Policy):
            raise TypeError(f"policy must be a guardrails.Policy, got {type(policy).__name__}")
        self._classifier = classifier
        self.policy = policy if policy is not None else Policy()
        self.telemetry = telemetry if telemetry is not None else Telemetry()
        self._load_lock = threading.Lock()

    @property
    def classifier(self) -> Classifier:
        """The classifier; the packaged default model is loaded on first use if none was given."""
        if self._classifier is None:
            with self._load_lock:
                if self._classifier is None:
                    from .classifiers._onnx import OnnxClassifier

                    self._classifier = OnnxClassifier.default()
        return self._classifier

    @property
    def model_name(self) -> str:
        return str(getattr(self.classifier, "name", type(self.classifier).__name__))

    @property
    def provider(self) -> str:
        return str(getattr(self.classifier, "provider", "unknown"))

    def _check_flow(
        self, texts: Sequence[object], stage: object, contexts: Sequence[object] | None
    ) -> tuple[list[str], Stage, list[str | None] | None]:
        if stage not in ("input", "output"):
            raise ValueError(f"stage must be 'input' or 'output', got {stage!r}")
        if isinstance(texts, str):
            raise TypeError("texts must be a sequence of str, not a str")
        checked = [validate_text(t, f"texts[{i}]") for i, t in enumerate(texts)]
        if contexts is None:
            return checked, stage, None
        if len(contexts) != len(checked):
            raise ValueError(f"got {len(checked)} texts but {len(contexts)} contexts")
        for i, context in enumerate(contexts):
            if context is not None and not isinstance(context, str):
                raise TypeError(
                    f"contexts[{i}] must be a str or None, got {type(context).__name__}"
                )
        return checked, stage, list(contexts)  # type: ignore[arg-type]

    def _classify(self, effect: Classify) -> Results:
        return self.classifier.classify(effect.texts, effect.contexts)

    def __repr__(self) -> str:
        model = "default (not loaded)" if self._classifier is None else self.model_name
        return f"{type(self).__name__}(model={model!r}, policy=...)"


class Guard(_GuardBase):
    """Checks texts against a policy with a classifier.

    `Guard()` uses the packaged default model (loaded on first use) and the balanced policy.
    With a `timeout`, classification runs in a worker thread and one that takes longer than
    `timeout` seconds counts as a classifier failure, so the policy's fail mode decides
    (closed: block); without one it runs in the calling thread.
    """

    def __init__(
        self,
        *,
        classifier: Classifier | None = None,
        policy: Policy | None = None,
        timeout: float | None = None,
        telemetry: Telemetry | None = None,
    ) -> None:
        super().__init__(classifier=classifier, policy=policy, telemetry=telemetry)
        self.timeout = _checked_timeout(timeout)
        self._executor: ThreadPoolExecutor | None = None

    def _classify(self, effect: Classify) -> Results:
        if self.timeout is None:
            return super()._classify(effect)
        with self._load_lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(
                    max_workers=_SYNC_WORKERS, thread_name_prefix="guardrails-inference"
                )
        future = self._executor.submit(super()._classify, effect)
        try:
            return future.result(self.timeout)
        except FutureTimeout:
            future.cancel()  # still queued: never runs; already running: finishes unseen
            raise TimeoutError(
                f"classification took longer than the timeout of {self.timeout} s"
            ) from None

    def close(self) -> None:
        """Stop the worker threads used for timeouts (they also stop at interpreter exit)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)

    def check(self, text: str, *, stage: Stage = "input", context: str | None = None) -> Verdict:
        """The verdict on one text. `context` is the prompt that a reply answers."""
        validate_text(text)
        return self.check_batch(
            [text], stage=stage, contexts=None if context is None else [context]
        )[0]

    def check_batch(
        self,
        texts: Sequence[str],
        *,
        stage: Stage = "input",
        contexts: Sequence[str | None] | None = None,
    ) -> list[Verdict]:
        """One verdict per text, all classified in one model call."""
        checked, stage, context_list = self._check_flow(texts, stage, contexts)
        if not checked:
            return []
        flow = check_flow(
            self.policy,
            stage,
            checked,
            context_list,
            model=self.model_name,
            provider=self.provider,
        )
        with self.telemetry.check_span(stage, checked) as span:
            verdicts = run_flow(flow, self._classify)
            self.telemetry.record_check(span, stage, verdicts)
        return verdicts

    def wrap(
        self,
        client: Any,
        *,
        candidates: int = 1,
        stream: StreamOptions | None = None,
        on_attempt: Callable[[Attempt], None] | None = None,
        check_input: bool = True,
        check_output: bool = True,
        steering: str = DEFAULT_STEERING,
        steering_placement: SteeringPlacement = "end",
    ) -> GuardedClient:
        """A proxy of a sync chat client (an `openai.OpenAI`, an `OpenAICompatibleClient`, or
        anything with `chat.completions.create`) whose completions are checked on the way in
        and out, and regenerated per the policy. Everything else passes through untouched.

        `candidates` replies are asked for per round and the safest is kept; `on_attempt` is
        called with every candidate's verdict; `stream` sets how `stream=True` is checked.
        `steering` is the text that asks for a safer reply; `steering_placement` puts it in a
        system message at the end ("end"), in the leading system message ("system", for chat
        templates that take a system message only first) or in the last user turn ("user",
        for templates with no system role).
        """
        create = client.chat.completions.create
        if inspect.iscoroutinefunction(inspect.unwrap(create)):
            raise TypeError("this client is async: wrap it with AsyncGuard().wrap(...)")
        options = ChatOptions(
            candidates=candidates,
            check_input=check_input,
            check_output=check_output,
            steering=steering,
            steering_placement=steering_placement,
            on_attempt=on_attempt,
        )
        driver = ChatDriver(
            self, create, ResponseTypes.for_client(client), options, stream or StreamOptions()
        )
        return GuardedClient(client, driver)

    def chat(
        self,
        llm: Any,
        *,
        model: str,
        messages: list[Any],
        params: Mapping[str, Any] | None = None,
        candidates: int = 1,
        on_attempt: Callable[[Attempt], None] | None = None,
    ) -> GuardResult:
        """One guarded chat completion with any client that has `chat.completions.create`.

        Returns the reply (or the policy's refusal) with the report; raises the policy's
        `PolicyViolation` when `on_block` is "raise".
        """
        options = ChatOptions(candidates=candidates, on_attempt=on_attempt)
        driver = ChatDriver(
            self,
            llm.chat.completions.create,
            ResponseTypes.for_client(llm),
            options,
            StreamOptions(),
        )
        request = {**(params or {}), "model": model, "messages": messages}
        response = driver.create(request)
        return _result(response)


class AsyncGuard(_GuardBase):
    """The async twin of `Guard`. Inference runs in worker threads, never on the event loop.

    Concurrent `check` calls are gathered into shared model calls by a micro-batcher (turn it
    off with `micro_batching=False`). At most `max_concurrency` model calls run at once. A
    classification that takes longer than `timeout` seconds counts as a classifier failure, so
    the policy's fail mode decides (closed: block).
    """

    def __init__(
        self,
        *,
        classifier: Classifier | None = None,
        policy: Policy | None = None,
        micro_batching: bool = True,
        max_batch_size: int = 64,
        max_wait_ms: float = 1.0,
        max_concurrency: int = 1,
        timeout: float | None = None,
        telemetry: Telemetry | None = None,
    ) -> None:
        super().__init__(classifier=classifier, policy=policy, telemetry=telemetry)
        self.micro_batching = micro_batching
        self.timeout = _checked_timeout(timeout)
        self._executor = ThreadPoolExecutor(
            max_workers=max_concurrency, thread_name_prefix="guardrails-inference"
        )
        self._batcher = MicroBatcher(
            self._classify_texts,
            executor=self._executor,
            max_batch_size=max_batch_size,
            max_wait_ms=max_wait_ms,
            max_concurrency=max_concurrency,
        )

    def _classify_texts(self, texts: Sequence[str], contexts: Sequence[str | None]) -> Results:
        return self.classifier.classify(texts, contexts)

    async def _in_thread(self, effect: Classify) -> Results:
        loop = asyncio.get_running_loop()
        work = loop.run_in_executor(self._executor, self._classify, effect)
        return await asyncio.wait_for(work, self.timeout)

    async def _batched(self, effect: Classify) -> Results:
        context = effect.contexts[0] if effect.contexts else None
        result = await asyncio.wait_for(
            self._batcher.classify(effect.texts[0], context), self.timeout
        )
        return [result]

    async def _describe(self) -> tuple[str, str]:
        if self._classifier is None:  # the first use loads the default model: off the loop
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(self._executor, lambda: self.classifier)
        return self.model_name, self.provider

    async def check(
        self, text: str, *, stage: Stage = "input", context: str | None = None
    ) -> Verdict:
        """The verdict on one text; concurrent calls share model calls."""
        validate_text(text)
        contexts = None if context is None else [context]
        checked, stage, context_list = self._check_flow([text], stage, contexts)
        model, provider = await self._describe()
        flow = check_flow(self.policy, stage, checked, context_list, model=model, provider=provider)
        execute = self._batched if self.micro_batching else self._in_thread
        with self.telemetry.check_span(stage, checked) as span:
            verdicts = await arun_flow(flow, execute)
            self.telemetry.record_check(span, stage, verdicts)
        return verdicts[0]

    async def check_batch(
        self,
        texts: Sequence[str],
        *,
        stage: Stage = "input",
        contexts: Sequence[str | None] | None = None,
    ) -> list[Verdict]:
        """One verdict per text, all classified in one model call in a worker thread."""
        checked, stage, context_list = self._check_flow(texts, stage, contexts)
        if not checked:
            return []
        model, provider = await self._describe()
        flow = check_flow(self.policy, stage, checked, context_list, model=model, provider=provider)
        with self.telemetry.check_span(stage, checked) as span:
            verdicts = await arun_flow(flow, self._in_thread)
            self.telemetry.record_check(span, stage, verdicts)
        return verdicts

    def wrap(
        self,
        client: Any,
        *,
        candidates: int = 1,
        stream: StreamOptions | None = None,
        on_attempt: Callable[[Attempt], None] | None = None,
        check_input: bool = True,
        check_output: bool = True,
        steering: str = DEFAULT_STEERING,
        steering_placement: SteeringPlacement = "end",
    ) -> AsyncGuardedClient:
        """The async twin of `Guard.wrap`, for `openai.AsyncOpenAI` and other async clients."""
        create = client.chat.completions.create
        if not inspect.iscoroutinefunction(inspect.unwrap(create)):
            raise TypeError("this client is sync: wrap it with Guard().wrap(...)")
        options = ChatOptions(
            candidates=candidates,
            check_input=check_input,
            check_output=check_output,
            steering=steering,
            steering_placement=steering_placement,
            on_attempt=on_attempt,
        )
        driver = AsyncChatDriver(
            self, create, ResponseTypes.for_client(client), options, stream or StreamOptions()
        )
        return AsyncGuardedClient(client, driver)

    async def chat(
        self,
        llm: Any,
        *,
        model: str,
        messages: list[Any],
        params: Mapping[str, Any] | None = None,
        candidates: int = 1,
        on_attempt: Callable[[Attempt], None] | None = None,
    ) -> GuardResult:
        """The async twin of `Guard.chat`."""
        options = ChatOptions(candidates=candidates, on_attempt=on_attempt)
        driver = AsyncChatDriver(
            self,
            llm.chat.completions.create,
            ResponseTypes.for_client(llm),
            options,
            StreamOptions(),
        )
        request = {**(params or {}), "model": model, "messages": messages}
        return _result(await driver.create(request))

    def close(self) -> None:
        """Stop the worker threads (they also stop when the interpreter exits)."""
        self._executor.shutdown(wait=False, cancel_futures=True)


def _checked_timeout(timeout: float | None) -> float | None:
    if timeout is not None and not timeout > 0:
        raise ValueError(f"timeout must be positive seconds or None, got {timeout}")
    return timeout


def _result(response: Any) -> GuardResult:
    report = response.guardrails
    message = response.choices[0].message
    refused = report.outcome not in ("allowed", "regenerated")
    return GuardResult(content=message.content, report=report, response=response, refused=refused)
