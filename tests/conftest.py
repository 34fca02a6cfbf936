from __future__ import annotations

from pathlib import Path

import pytest

from guardrails import Guard
from guardrails.classifiers import OnnxClassifier

from .llm_server import llm_server_fixture
from .tiny_model import build_tiny_model

llm_server = pytest.fixture(name="llm_server")(llm_server_fixture)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-model"))


@pytest.fixture(scope="session")
def pair_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("pair-model"), pair_input=True)


@pytest.fixture(scope="session")
def classifier(tiny_model_dir: Path) -> OnnxClassifier:
    return OnnxClassifier.from_path(tiny_model_dir, providers="cpu")


@pytest.fixture
def guard(classifier: OnnxClassifier) -> Guard:
    return Guard(classifier=classifier)
