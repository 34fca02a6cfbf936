"""LangChain's standard chat-model unit tests, run against GuardedChatModel."""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from conftest import SAFE, script
from guardrails import Guard
from guardrails.classifiers import OnnxClassifier
from langchain_tests.unit_tests import ChatModelUnitTests
from tests.tiny_model import build_tiny_model

from guardrails_langchain import GuardedChatModel


@cache
def _classifier() -> OnnxClassifier:
    folder = build_tiny_model(Path(tempfile.mkdtemp(prefix="guardrails-lc-")))
    return OnnxClassifier.from_path(folder, providers="cpu")


class TestGuardedChatModelStandard(ChatModelUnitTests):
    @property
    def chat_model_class(self) -> type[GuardedChatModel]:
        return GuardedChatModel

    @property
    def chat_model_params(self) -> dict[str, Any]:
        return {"model": script(SAFE), "guard": Guard(classifier=_classifier())}
