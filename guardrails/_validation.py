"""Readable one-line descriptions of pydantic validation errors."""

from __future__ import annotations

from pydantic import ValidationError

__all__ = ["describe_validation_error"]


def describe_validation_error(error: ValidationError) -> str:
    """'key.path: message; other.key: message' with pydantic's wording made plain."""
    parts = []
    for item in error.errors(include_url=False):
        path = ".".join(str(p) for p in item["loc"]) or "(top level)"
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            message = "unknown key"
        elif message.startswith("Value error, "):
            message = message[len("Value error, ") :]
        parts.append(f"{path}: {message}")
    return "; ".join(parts)
