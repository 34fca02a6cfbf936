"""How much each part of the suite measures: the full grid, or a short `--quick` one."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TARGET_BATCH", "TARGET_CONCURRENCY", "TARGET_TOKENS", "SuiteConfig"]

#: The cells the targets are read from.
TARGET_BATCH = 32
TARGET_TOKENS = 64
TARGET_CONCURRENCY = 64


@dataclass(frozen=True)
class SuiteConfig:
    """Sizes and time budgets of one run. Every cell runs at least `min_calls` timed calls and
    keeps going until `cell_budget_s` has passed (after one untimed warm-up call)."""

    quick: bool
    batch_sizes: tuple[int, ...]
    text_tokens: tuple[int, ...]
    cell_budget_s: float
    min_calls: int
    prompt_tokens: int = 60
    reply_tokens: int = 150
    llm_delay_s: float = 0.05
    chat_calls: int = 40
    stream_calls: int = 10
    stream_chunk_chars: int = 16
    stream_chunk_delay_s: float = 0.02
    concurrency_levels: tuple[int, ...] = (1, 16, 64, 256)
    concurrency_budget_s: float = 3.0
    threads: int | None = None

    @classmethod
    def full(cls, *, threads: int | None = None) -> SuiteConfig:
        """The grid the issue asks for: batches 1-128, texts of 16 to 2,000 tokens."""
        return cls(
            quick=False,
            batch_sizes=(1, 8, TARGET_BATCH, 128),
            text_tokens=(16, TARGET_TOKENS, 256, 2000),
            cell_budget_s=2.0,
            min_calls=3,
            threads=threads,
        )

    @classmethod
    def short(cls, *, threads: int | None = None) -> SuiteConfig:
        """The smallest run that still yields every target: seconds, for development and tests."""
        return cls(
            quick=True,
            batch_sizes=(1, TARGET_BATCH),
            text_tokens=(16, TARGET_TOKENS),
            cell_budget_s=0.2,
            min_calls=2,
            llm_delay_s=0.01,
            chat_calls=5,
            stream_calls=2,
            stream_chunk_delay_s=0.002,
            concurrency_budget_s=0.25,
            threads=threads,
        )
