"""Guard and AsyncGuard: drivers that carry out the flows' effects, sync or async."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from ._flow import Classify, Results, arun_flow, check_flow, run_flow, validate_text
from ._policy import Policy
from ._verdict import Stage, Verdict
from .classifiers._batcher import MicroBatcher
from .classifiers._protocol import Classifier

__all__ = ["AsyncGuard", "Guard"]


class _GuardBase:
    def __init__(self, *, classifier: Classifier | None, policy: Policy | None) -> None:
        if classifier is not None and not isinstance(classifier, Classifier):
            raise TypeError(
                "classifier must have a classify(texts, contexts=None) method, "
                f"got {type(classifier).__name__}"
            )
        if policy is not None and not isinstance(policy, Policy):
            raise TypeError(f"policy must be a guardrails.Policy, got {type(policy).__name__}")
        self._classifier = classifier
        self.policy = policy if policy is not None else Policy()
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
    """

    def __init__(
        self, *, classifier: Classifier | None = None, policy: Policy | None = None
    ) -> None:
        super().__init__(classifier=classifier, policy=policy)

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
        return run_flow(flow, self._classify)


class AsyncGuard(_GuardBase):
    """The async twin of `Guard`. Inference runs in worker threads, never on the event loop.

    Concurrent `check` calls are gathered into shared model calls by a micro-batcher (turn it
    off with `micro_batching=False`). At most `max_concurrency` model calls run at once.
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
    ) -> None:
        super().__init__(classifier=classifier, policy=policy)
        self.micro_batching = micro_batching
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
        return await loop.run_in_executor(self._executor, self._classify, effect)

    async def _batched(self, effect: Classify) -> Results:
        context = effect.contexts[0] if effect.contexts else None
        return [await self._batcher.classify(effect.texts[0], context)]

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
        return (await arun_flow(flow, execute))[0]

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
        return await arun_flow(flow, self._in_thread)

    def close(self) -> None:
        """Stop the worker threads (they also stop when the interpreter exits)."""
        self._executor.shutdown(wait=False, cancel_futures=True)
