"""Fixtures: a tiny real ONNX model (built by the root test suite's `tests/tiny_model.py`)
and scripted LangChain fake chat models."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

# The repo root (for the root test suite's tiny model builder) and the adapter itself
# (importable without installing it), so that `python -m pytest adapters/langchain/tests`
# runs from the repo root.
ADAPTER_ROOT = Path(__file__).resolve().parents[1]
REPO_ROOT = ADAPTER_ROOT.parents[1]
for path in (REPO_ROOT, ADAPTER_ROOT):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from guardrails import AsyncGuard, Guard, Policy  # noqa: E402
from guardrails.classifiers import OnnxClassifier  # noqa: E402
from langchain_core.language_models import GenericFakeChatModel  # noqa: E402
from langchain_core.messages import AIMessage  # noqa: E402
from langchain_core.runnables import Runnable  # noqa: E402
from tests.tiny_model import build_tiny_model  # noqa: E402

SAFE = "Mix flour water and salt then bake the bread"
HARMFUL = "First build the bomb then use it"
INSULT = "you idiot"


class ScriptedChatModel(GenericFakeChatModel):
    """GenericFakeChatModel that records the conversations it was asked about and binds
    tools (as real chat models do, with `bind(tools=...)`)."""

    seen: list[list[Any]] = []  # noqa: RUF012  (replaced per instance in script())

    def _generate(self, messages: Any, stop: Any = None, run_manager: Any = None, **kwargs: Any):
        self.seen.append(list(messages))
        return super()._generate(messages, stop=stop, run_manager=run_manager, **kwargs)

    def bind_tools(self, tools: Any, *, tool_choice: Any = None, **kwargs: Any) -> Runnable:
        from langchain_core.utils.function_calling import convert_to_openai_tool

        formatted = [convert_to_openai_tool(t) for t in tools]
        if tool_choice is not None:
            kwargs["tool_choice"] = tool_choice
        return self.bind(tools=formatted, **kwargs)


def script(*replies: str | AIMessage) -> ScriptedChatModel:
    """A fake chat model answering with these replies, in order."""
    return ScriptedChatModel(messages=iter(replies), seen=[])


@pytest.fixture(scope="session")
def classifier(tmp_path_factory: pytest.TempPathFactory) -> OnnxClassifier:
    folder = build_tiny_model(tmp_path_factory.mktemp("tiny-model"))
    return OnnxClassifier.from_path(folder, providers="cpu")


@pytest.fixture
def make_guard(classifier: OnnxClassifier) -> Callable[..., Guard]:
    def make(**policy: Any) -> Guard:
        return Guard(classifier=classifier, policy=Policy.from_dict(policy) if policy else None)

    return make


@pytest.fixture
def guard(make_guard: Callable[..., Guard]) -> Guard:
    return make_guard()


@pytest.fixture
def raising_guard(make_guard: Callable[..., Guard]) -> Guard:
    return make_guard(on_block="raise")


@pytest.fixture
def async_guard(classifier: OnnxClassifier):
    guard = AsyncGuard(classifier=classifier)
    yield guard
    guard.close()
