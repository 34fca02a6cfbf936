"""LangChain adapter of guardrails-middleware.

    from guardrails_langchain import GuardrailRunnable, GuardedChatModel

    chain = prompt | GuardrailRunnable(guard, stage="input") | chat_model \
        | GuardrailRunnable(guard, stage="output")
    safe_model = GuardedChatModel(model=chat_model, guard=guard)  # regenerates per policy
"""

from ._chat_model import GuardedChatModel
from ._common import REFUSAL_FINISH, REPORT_EVENT, VERDICT_EVENT
from ._runnable import GuardrailRunnable, is_refusal
from ._version import __version__

__all__ = [
    "REFUSAL_FINISH",
    "REPORT_EVENT",
    "VERDICT_EVENT",
    "GuardedChatModel",
    "GuardrailRunnable",
    "__version__",
    "is_refusal",
]
