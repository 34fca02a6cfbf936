from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, logging, os, sys
before_env = dict(os.environ)
before_handlers = list(logging.getLogger().handlers)
import guardrails
print(json.dumps({
    "onnxruntime": "onnxruntime" in sys.modules,
    "numpy": "numpy" in sys.modules,
    "tokenizers": "tokenizers" in sys.modules,
    "torch": "torch" in sys.modules,
    "env_changed": dict(os.environ) != before_env,
    "root_handlers_changed": logging.getLogger().handlers != before_handlers,
    "guardrails_handlers": len(logging.getLogger("guardrails").handlers),
    "all_sorted": guardrails.__all__ == sorted(guardrails.__all__),
    "all_present": all(hasattr(guardrails, n) for n in guardrails.__all__),
}))
"""


def test_import_guardrails_loads_no_runtime_and_changes_nothing_global() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    facts = json.loads(done.stdout)
    assert facts == {
        "onnxruntime": False,
        "numpy": False,
        "tokenizers": False,
        "torch": False,
        "env_changed": False,
        "root_handlers_changed": False,
        "guardrails_handlers": 0,
        "all_sorted": True,
        "all_present": True,
    }
