"""Speed benchmarks of the guardrails SDK, measured side by side with the limit and the alternative.

Run ``python -m benchmarks`` (everything) or name parts: ``python -m benchmarks classifier guard
concurrency``; ``--quick`` for a short smoke run. See benchmarks/README.md.
"""
