"""Turn texts (and optional contexts) into model windows, alike in training and at run time.

A window is ``[start] text-chunk [sep]``, or ``[start] context [sep] text-chunk [sep]`` for a model
that reads pairs. Long texts are cut into overlapping chunks, never truncated; only the context is
shortened (its last ``max_context_tokens`` tokens are kept, the part nearest the reply).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from tokenizers import Encoding, Tokenizer

from .._errors import ModelLoadError
from ._manifest import ModelManifest

__all__ = ["SEGMENT_CHARS", "Window", "WindowEncoder", "pad_batch"]

#: Texts longer than this are tokenised in overlapping pieces (bounded memory).
SEGMENT_CHARS = 100_000
#: Characters shared by consecutive pieces: more than a window's worth of text.
SEGMENT_OVERLAP_CHARS = 4_000
#: Context characters tokenised (only the last `max_context_tokens` tokens are kept).
_CONTEXT_CHARS = 4_000
_TOKENISE_AT_ONCE = 64


@dataclass(frozen=True, slots=True)
class Window:
    """One model input: the token ids of a window and the index of the text it came from."""

    text_index: int
    ids: list[int]


class WindowEncoder:
    """Encodes texts into windows the way the model's manifest says. Thread-safe."""

    def __init__(self, tokenizer: Tokenizer, manifest: ModelManifest) -> None:
        tokenizer.no_truncation()
        tokenizer.no_padding()
        self._tokenizer = tokenizer
        self._manifest = manifest
        self.start_id = self._token_id(manifest.special_tokens.start)
        self.separator_id = self._token_id(manifest.special_tokens.separator)
        self.padding_id = self._token_id(manifest.special_tokens.padding)
        self.chunk_length = manifest.text_tokens_per_window
        self.chunk_step = self.chunk_length - manifest.window_overlap

    def _encode_batch(self, texts: list[str]) -> list[Encoding]:
        """Token ids of `texts`; `encode_batch_fast` (no character offsets) where available."""
        fast = getattr(self._tokenizer, "encode_batch_fast", None)
        if fast is not None:
            result: list[Encoding] = fast(texts, add_special_tokens=False)
            return result
        return self._tokenizer.encode_batch(texts, add_special_tokens=False)

    def _token_id(self, token: str) -> int:
        token_id = self._tokenizer.token_to_id(token)
        if token_id is None:
            raise ModelLoadError(
                f"special token {token!r} from the manifest is not in the tokenizer"
            )
        return token_id

    def encode(
        self, texts: Sequence[str], contexts: Sequence[str | None] | None = None
    ) -> list[Window]:
        """Every window of every text, in text order."""
        return [w for group in self.iter_encode(texts, contexts) for w in group]

    def iter_encode(
        self,
        texts: Sequence[str],
        contexts: Sequence[str | None] | None = None,
        *,
        group_size: int = 1024,
    ) -> Iterator[list[Window]]:
        """The windows of every text in groups of about `group_size`, in text order.

        A text longer than `SEGMENT_CHARS` is tokenised piece by piece (overlapping pieces cut
        at white space), so memory stays bounded however long the text is.
        """
        context_ids = self._context_ids(len(texts), contexts)
        pieces = ((index, piece) for index, text in enumerate(texts) for piece in _segments(text))
        group: list[Window] = []
        for batch in _tokenisation_batches(pieces):
            encoded = self._encode_batch([p for _, p in batch])
            for (index, _), encoding in zip(batch, encoded, strict=True):
                prefix = [self.start_id]
                if context_ids[index]:
                    prefix += context_ids[index] + [self.separator_id]
                for chunk in self._chunks(encoding.ids):
                    group.append(Window(index, prefix + chunk + [self.separator_id]))
                if len(group) >= group_size:
                    yield group
                    group = []
        if group:
            yield group

    def _context_ids(self, count: int, contexts: Sequence[str | None] | None) -> list[list[int]]:
        keep = self._manifest.max_context_tokens
        if contexts is None or not self._manifest.pair_input or keep == 0:
            return [[] for _ in range(count)]
        present = [(i, c) for i, c in enumerate(contexts) if c]
        result: list[list[int]] = [[] for _ in range(count)]
        if present:
            encoded = self._tokenizer.encode_batch(
                [c for _, c in present], add_special_tokens=False
            )
            for (i, _), encoding in zip(present, encoded, strict=True):
                result[i] = encoding.ids[-keep:]
        return result

    def _chunks(self, ids: list[int]) -> list[list[int]]:
        if len(ids) <= self.chunk_length:
            return [ids]
        chunks = []
        for begin in range(0, len(ids), self.chunk_step):
            chunks.append(ids[begin : begin + self.chunk_length])
            if begin + self.chunk_length >= len(ids):
                break
        return chunks


def _tokenisation_batches(
    pieces: Iterator[tuple[int, str]],
) -> Iterator[list[tuple[int, str]]]:
    """Pieces grouped for one `encode_batch` call: many short texts, or one long piece."""
    batch: list[tuple[int, str]] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece[1])
        if len(batch) >= _TOKENISE_AT_ONCE or size >= SEGMENT_CHARS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _segments(text: str) -> Iterator[str]:
    """`text` cut into overlapping pieces of at most SEGMENT_CHARS, cut at white space."""
    if len(text) <= SEGMENT_CHARS:
        yield text
        return
    begin = 0
    while True:
        end = begin + SEGMENT_CHARS
        if end >= len(text):
            yield text[begin:]
            return
        cut = text.rfind(" ", begin + SEGMENT_OVERLAP_CHARS * 2, end)
        end = cut if cut > 0 else end
        yield text[begin:end]
        space = text.find(" ", end - SEGMENT_OVERLAP_CHARS, end)
        begin = space + 1 if space > begin else end - SEGMENT_OVERLAP_CHARS


def pad_batch(
    windows: Sequence[Window], padding_id: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Right-pad windows to the longest one: (input_ids, attention_mask), both int64."""
    width = max(len(w.ids) for w in windows)
    input_ids = np.full((len(windows), width), padding_id, dtype=np.int64)
    attention_mask = np.zeros((len(windows), width), dtype=np.int64)
    for row, window in enumerate(windows):
        input_ids[row, : len(window.ids)] = window.ids
        attention_mask[row, : len(window.ids)] = 1
    return input_ids, attention_mask
