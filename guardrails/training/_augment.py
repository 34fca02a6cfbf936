"""Training-split augmentation: copies of examples that teach what the corpus alone did not.

Six kinds of copy, all drawn with a seeded RNG from the training split only (validation stays
as written, so thresholds are chosen on unaltered text):

- **context-free replies**: a reply judged without its prompt. Harm in a reply must be read from
  the reply itself, and refusals and helpful answers must stay safe without their prompt.
- **incongruent pairs**: a harmful reply placed after an innocent prompt drawn from the safe
  prompts. The first trained model leaned on the prompt and let harmful replies to benign prompts
  through; these pairs break that shortcut.
- **noise**: ids, ticket numbers, URLs, timestamps and emoji around the text, on safe and harmful
  examples alike (so noise is no cue either way). An id prefix once hid harm from the model.
- **stream windows**: a stretch of a safe reply cut the way the streaming guard cuts it (a
  window of a few hundred characters that may start and end mid-word), with its prompt. Whole
  replies say nothing about short windows, where spurious cues show: a houseplant reply's
  "keep them away from radiators" window scored as environmental damage.
- **refusals re-asked**: a safe reply to a harmful prompt (a refusal or a safe redirection)
  placed after another harmful prompt. Refusals that repeat the request's words were flagged;
  these copies weigh them more and teach that a refusal stays safe whatever it refuses.
- **harm inside a safe reply**: a short harmful reply placed before, after or between the
  sentences of a safe reply of the team corpus (not one of the known refusals), after that
  reply's prompt, with the harmful reply's labels. Mean pooling lets the helpful text drown
  the harm: the stop 15 model caught 88% of the held-out sets' short harmful replies read
  alone and 33% placed after a helpful reply, and a soak run of a later candidate delivered a
  streamed threat that ended a recipe.
- **helpful replies re-asked**: a helpful reply, or a stream window of it, after another
  innocent prompt. Incongruent pairs alone made a prompt that does not fit its reply a cue for
  harm: the team's safe held-out replies scored higher after an unrelated innocent prompt
  than after their own, and a safe outdoor reply's last window scored environmental damage
  after an unrelated prompt.
- **noisy prompts**: an id, ticket number or timestamp before the prompt of a reply. Apps put
  such references in the user message, where the noise copies above never put them.

The last two kinds are drawn after the others, so the earlier kinds' copies are the same as
without them for the same seed.
"""

from __future__ import annotations

import random
import string
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace

from .._streaming import StreamOptions
from ._data import Example

__all__ = ["DEFAULT_AUGMENTATION", "AugmentConfig", "augment", "noise_text"]


@dataclass(frozen=True)
class AugmentConfig:
    """Fractions of the eligible training examples that get an augmented copy."""

    context_free: float = 0.2  # of the replies that have a context
    incongruent: float = 0.25  # of the harmful replies that have a context
    noise: float = 0.05  # of all examples
    stream_windows: float = 0.5  # of the safe replies longer than the longest window
    refusals_reasked: float = 1.0  # of the safe replies to harmful prompts
    refusals_alone: float = 1.0  # of the same refusals, read without any prompt
    harm_inside: float = 0.25  # of the short harmful replies
    helpful_reasked: float = 0.1  # of the helpful replies (safe, team, not refusals)
    prompt_noise: float = 0.05  # of the replies that have a context
    # Sources whose safe replies are all refusals, though their prompts are not rows of their own.
    refusal_sources: tuple[str, ...] = (
        "team:refusals",
        "team:refusals_named",
        "team:refusals_long",
    )

    def __post_init__(self) -> None:
        for name, value in self.fractions().items():
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"AugmentConfig.{name} must be in [0, 1], got {value!r}")

    def fractions(self) -> dict[str, float]:
        """Each kind of copy and the fraction of its eligible examples that get one."""
        # refusal_sources is the one field that is not a fraction
        return {f.name: getattr(self, f.name) for f in fields(self) if f.type == "float"}


DEFAULT_AUGMENTATION = AugmentConfig()

_EMOJI = ("🙂", "🔥", "👍", "😂", "🙏", "✅", "📌", "💬", "⚠️", "🤔")
_WORDS = ("ref", "ticket", "case", "order", "msg", "id", "req", "session", "trace", "note")


def _token(rng: random.Random, alphabet: str, length: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))


def noise_text(rng: random.Random) -> str:
    """One piece of machine-made clutter: an id, a ticket, a URL, a timestamp or emoji."""
    kind = rng.randrange(6)
    if kind == 0:
        return f"{rng.choice(_WORDS)} {_token(rng, 'abcdef0123456789', rng.randint(6, 10))}"
    if kind == 1:
        prefix = _token(rng, string.ascii_uppercase, rng.randint(2, 4))
        return f"[{prefix}-{rng.randint(100, 99999)}]"
    if kind == 2:
        path = _token(rng, string.ascii_lowercase + string.digits, rng.randint(4, 12))
        host = rng.choice(("example.com", "example.org", "example.net"))
        return f"https://{host}/{path}"
    if kind == 3:
        return (
            f"{rng.randint(2019, 2027)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        )
    if kind == 4:
        return "".join(rng.choice(_EMOJI) for _ in range(rng.randint(1, 3)))
    return f"#{rng.randint(1000, 9999999)}"


def _with_noise(example: Example, rng: random.Random) -> Example:
    where = rng.randrange(3)
    text = example.text
    if where in (0, 2):
        text = f"{noise_text(rng)} {text}"
    if where in (1, 2):
        text = f"{text} {noise_text(rng)}"
    return replace(example, text=text, source=f"{example.source}+noise")


# The streaming guard checks `window_chars` new characters plus up to `overlap` before them; the
# last window of a reply can be shorter.
_WINDOW_CHARS = (80, StreamOptions().window_chars + StreamOptions().overlap)


def _stream_window(example: Example, rng: random.Random) -> Example:
    length = rng.randint(*_WINDOW_CHARS)
    start = rng.randint(0, len(example.text) - length)
    window = example.text[start : start + length]
    return replace(example, text=window, source=f"{example.source}+window")


# A harmful reply put inside a safe one must stay in the first training window (189 text tokens
# at max_length 256, about 750 characters of English), or the harm is cut off and the label lies.
_SHORT_HARM_CHARS = 250
_HARM_INSIDE_CHARS = 650


def _harm_inside(harm: Example, host: Example, rng: random.Random) -> Example:
    """``harm``'s text placed before, after or between the sentences of ``host``'s (cut to fit),
    after ``host``'s prompt, with ``harm``'s labels."""
    budget = _HARM_INSIDE_CHARS - len(harm.text) - 1
    safe = host.text if len(host.text) <= budget else host.text[:budget].rsplit(" ", 1)[0]
    breaks = [i + 1 for i, char in enumerate(safe[:-1]) if char in ".!?\n" and i > 0]
    where = rng.choice(("before", "after", "between") if breaks else ("before", "after"))
    if where == "before":
        text = f"{harm.text} {safe}"
    elif where == "after":
        text = f"{safe} {harm.text}"
    else:
        cut = rng.choice(breaks)
        text = f"{safe[:cut]} {harm.text} {safe[cut:].lstrip()}"
    return replace(harm, text=text, context=host.context, source=f"{harm.source}+inside")


def _reasked_helpful(reply: Example, prompt: str, rng: random.Random) -> Example:
    """``reply`` (or a stream window of it, when it is longer than a window) after ``prompt``."""
    if len(reply.text) > _WINDOW_CHARS[1] and rng.random() < 0.5:
        reply = _stream_window(reply, rng)
    return replace(reply, context=prompt, source=f"{reply.source}+helpful_reasked")


def _with_prompt_noise(example: Example, rng: random.Random) -> Example:
    return replace(
        example,
        context=f"{noise_text(rng)} {example.context}",
        source=f"{example.source}+prompt_noise",
    )


def _refusals(
    replies: Sequence[Example], harmful_prompts: set[str], refusal_sources: tuple[str, ...]
) -> list[Example]:
    """Safe replies to harmful prompts: those whose prompt is a harmful prompt of the split, and
    every safe reply from a source made of refusals."""
    return [
        e
        for e in replies
        if e.is_safe and (e.context in harmful_prompts or e.source in refusal_sources)
    ]


def _other(choices: Sequence[str], avoid: str | None, rng: random.Random) -> str:
    """A random choice that is not ``avoid`` (``choices`` holds at least two distinct items)."""
    while (choice := rng.choice(choices)) == avoid:
        pass
    return choice


def _sample(items: Sequence[Example], fraction: float, rng: random.Random) -> list[Example]:
    return rng.sample(list(items), round(len(items) * fraction))


def augment(
    examples: Sequence[Example], seed: int, config: AugmentConfig | None = None
) -> list[Example]:
    """The augmented copies for ``examples`` (the training split); the originals are not included.

    Every copy keeps its original's labels: the harm (or its absence) is in the text, which is
    unchanged apart from added noise.
    """
    config = config or AugmentConfig()
    rng = random.Random(seed)
    replies = [e for e in examples if e.role == "response" and e.context]
    harmful_replies = [e for e in replies if not e.is_safe]
    innocent_prompts = [
        e.text for e in examples if e.role == "prompt" and e.is_safe and e.dataset == "team"
    ]
    copies = [
        replace(e, context=None, source=f"{e.source}+no_context")
        for e in _sample(replies, config.context_free, rng)
    ]
    if innocent_prompts:
        copies.extend(
            replace(e, context=rng.choice(innocent_prompts), source=f"{e.source}+incongruent")
            for e in _sample(harmful_replies, config.incongruent, rng)
        )
    copies.extend(_with_noise(e, rng) for e in _sample(examples, config.noise, rng))
    long_safe_replies = [
        e for e in examples if e.role == "response" and e.is_safe and len(e.text) > _WINDOW_CHARS[1]
    ]
    copies.extend(
        _stream_window(e, rng) for e in _sample(long_safe_replies, config.stream_windows, rng)
    )
    refused = {e.text for e in examples if e.role == "prompt" and not e.is_safe}
    harmful_prompts = sorted(refused)
    if len(harmful_prompts) > 1:
        refusals = _refusals(replies, refused, config.refusal_sources)
        copies.extend(
            replace(
                e, context=_other(harmful_prompts, e.context, rng), source=f"{e.source}+reasked"
            )
            for e in _sample(refusals, config.refusals_reasked, rng)
        )
        # A refusal is safe on its own too: the guard may read it with no prompt, or with one
        # it never saw, and its words about the harm it refuses must not be read as that harm.
        copies.extend(
            replace(e, context=None, source=f"{e.source}+alone")
            for e in _sample(refusals, config.refusals_alone, rng)
        )
    short_harmful_replies = [
        e
        for e in examples
        if e.role == "response" and not e.is_safe and len(e.text) <= _SHORT_HARM_CHARS
    ]
    helpful_replies = [
        e
        for e in replies
        if e.is_safe
        and e.dataset == "team"
        and e.context not in refused
        and e.source not in config.refusal_sources
    ]
    if helpful_replies:
        copies.extend(
            _harm_inside(e, rng.choice(helpful_replies), rng)
            for e in _sample(short_harmful_replies, config.harm_inside, rng)
        )
    if len(set(innocent_prompts)) > 1:
        copies.extend(
            _reasked_helpful(e, _other(innocent_prompts, e.context, rng), rng)
            for e in _sample(helpful_replies, config.helpful_reasked, rng)
        )
    copies.extend(_with_prompt_noise(e, rng) for e in _sample(replies, config.prompt_noise, rng))
    return copies
