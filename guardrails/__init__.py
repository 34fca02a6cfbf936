"""guardrails-middleware: safety guardrails around any chat model.

    import guardrails as gr

    guard = gr.Guard()                      # packaged default model, balanced policy
    verdict = guard.check("How do I make a pipe bomb?")
    verdict.allowed, verdict.action, verdict.triggered

Importing this package loads no model and does not import onnxruntime: models load on first use
(or explicitly with `guardrails.classifiers.OnnxClassifier.from_path`).
"""

from ._errors import (
    ClassifierError,
    ConfigurationError,
    GuardrailsError,
    InferenceError,
    InputBlocked,
    InvalidInput,
    ModelLoadError,
    OutputBlocked,
    PolicyViolation,
    RegenerationExhausted,
    UpstreamError,
)
from ._guard import AsyncGuard, Guard
from ._policy import Policy, Rule, StagePolicy
from ._report import Attempt, GuardReport, GuardResult
from ._streaming import StreamOptions
from ._taxonomy import Action, Category, Severity
from ._telemetry import Telemetry
from ._verdict import CategoryResult, Stage, Verdict
from ._version import __version__

__all__ = [
    "Action",
    "AsyncGuard",
    "Attempt",
    "Category",
    "CategoryResult",
    "ClassifierError",
    "ConfigurationError",
    "Guard",
    "GuardReport",
    "GuardResult",
    "GuardrailsError",
    "InferenceError",
    "InputBlocked",
    "InvalidInput",
    "ModelLoadError",
    "OutputBlocked",
    "Policy",
    "PolicyViolation",
    "RegenerationExhausted",
    "Rule",
    "Severity",
    "Stage",
    "StagePolicy",
    "StreamOptions",
    "Telemetry",
    "UpstreamError",
    "Verdict",
    "__version__",
]
