"""Synthetic, benign-ish texts cut to a given number of model tokens."""

from __future__ import annotations

import random
from pathlib import Path

from tokenizers import Tokenizer

__all__ = ["TextFactory"]

_SENTENCES = (
    "The bakery on the corner opens at seven and sells warm rye bread until noon.",
    "Could you suggest a weekend hiking route with a lake and a place to have lunch?",
    "Our team moved the weekly planning meeting to Thursday afternoon this month.",
    "To repot a fern, water it the day before and choose a pot slightly larger.",
    "The museum guide explained how the old clock tower was restored last spring.",
    "Please summarise the attached report on regional rainfall in three short points.",
    "I am learning to play the piano and practise scales for twenty minutes a day.",
    "The train to the coast was delayed, so we read and shared a pot of tea.",
    "A good tomato sauce needs ripe tomatoes, olive oil, garlic and a little patience.",
    "The library runs a free coding club for teenagers every Saturday morning.",
    "Write a friendly email that thanks the volunteers who cleaned up the park.",
    "Our cat sleeps in the sunniest spot of the house and ignores the new toys.",
    "The history class compared maps of the river from three different centuries.",
    "How do I convert a list of dates into a weekly summary table in a spreadsheet?",
    "The orchestra tuned their instruments while the audience found their seats.",
    "For the science fair, she measured how quickly different seeds start to sprout.",
    "We painted the fence white and planted lavender along the garden path.",
    "The recipe says to rest the dough for an hour before shaping the loaves.",
    "Can you explain the difference between weather and climate to a child?",
    "The football match ended in a draw after a long and rainy second half.",
)


class TextFactory:
    """Makes texts of an exact token count under a model's tokenizer, reproducibly (seeded)."""

    def __init__(self, tokenizer_file: Path, *, seed: int = 0) -> None:
        self._tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()
        self._random = random.Random(seed)

    def text(self, tokens: int) -> str:
        """One text of about `tokens` tokens (cut at a token boundary, special tokens excluded)."""
        sentences: list[str] = []
        while True:
            sentences.extend(self._random.sample(_SENTENCES, len(_SENTENCES)))
            joined = " ".join(sentences)
            encoding = self._tokenizer.encode(joined, add_special_tokens=False)
            if len(encoding.ids) >= tokens:
                return joined[: encoding.offsets[tokens - 1][1]]

    def texts(self, tokens: int, count: int) -> list[str]:
        """`count` different texts of about `tokens` tokens each."""
        return [self.text(tokens) for _ in range(count)]
