"""Training-split augmentation: which copies are made, and that labels and texts survive."""

from __future__ import annotations

import random

import pytest

from guardrails.training._augment import AugmentConfig, augment, noise_text
from guardrails.training._data import Example


def _only(**fractions: float) -> AugmentConfig:
    """A config that makes only the kinds of copy named here."""
    off = dict.fromkeys(AugmentConfig().fractions(), 0.0)
    return AugmentConfig(**{**off, **fractions})  # type: ignore[arg-type]


def _examples() -> list[Example]:
    """Texts end in a two-digit number and a full stop, so none is a substring of another."""
    severe = {"violence": "severe"}
    harmful = [
        Example(f"harmful reply {i:02d}.", f"ask {i}", "response", severe, "team:x")
        for i in range(40)
    ]
    safe = [Example(f"refusal {i:02d}.", f"ask {i}", "response", {}, "team:x") for i in range(40)]
    prompts = [
        Example(f"innocent prompt {i:02d}.", None, "prompt", {}, "team:y") for i in range(20)
    ]
    toxic = [Example(f"tweet {i:02d}.", None, "prompt", {}, "davidson") for i in range(20)]
    return harmful + safe + prompts + toxic


def test_copies_have_the_expected_kinds_and_counts() -> None:
    examples = _examples()
    config = AugmentConfig(context_free=0.5, incongruent=0.5, noise=0.1)
    copies = augment(examples, seed=3, config=config)
    kinds = [c.source.rsplit("+", 1)[1] for c in copies]
    assert kinds.count("no_context") == 40  # half of the 80 replies with a context
    assert kinds.count("incongruent") == 20  # half of the 40 harmful replies
    assert kinds.count("noise") == 12  # a tenth of all 120 examples
    assert "window" not in kinds  # no reply is longer than a stream window
    assert "reasked" not in kinds  # no safe reply answers a harmful prompt


def _streamed_and_refused() -> list[Example]:
    severe = {"violence": "severe"}
    asks = [Example(f"harmful ask {i:02d}.", None, "prompt", severe, "team:x") for i in range(10)]
    refusals = [
        Example(f"no, not that {i:02d}.", f"harmful ask {i:02d}.", "response", {}, "team:x")
        for i in range(10)
    ]
    listed = [
        Example(f"I won't {i:02d}.", f"unlisted ask {i:02d}", "response", {}, "team:refusals")
        for i in range(5)
    ]
    long_safe = [
        Example(
            " ".join(f"plant {i}-{j:02d} likes light." for j in range(30)),
            f"ask {i}",
            "response",
            {},
            "team:y",
        )
        for i in range(10)
    ]
    long_harmful = [
        Example(f"{i:02d} " + "hurt them like so. " * 30, "ask", "response", severe, "team:x")
        for i in range(10)
    ]
    return asks + refusals + listed + long_safe + long_harmful


def test_stream_windows_cut_safe_replies_only_and_keep_the_prompt() -> None:
    examples = _streamed_and_refused()
    windows = augment(examples, seed=0, config=_only(stream_windows=1.0))
    assert len(windows) == 10
    safe = [e for e in examples if e.source == "team:y"]
    for window in windows:
        assert window.source == "team:y+window"
        assert 80 <= len(window.text) <= 300
        [original] = [o for o in safe if window.text in o.text]
        assert (window.context, window.labels) == (original.context, {})


def test_refusals_are_reasked_after_another_harmful_prompt() -> None:
    examples = _streamed_and_refused()
    asks = {e.text for e in examples if e.role == "prompt"}
    copies = augment(examples, seed=0, config=_only(refusals_reasked=1.0))
    originals = {e.text: e for e in examples}
    assert len(copies) == 15  # the 10 replies to harmful prompts and the 5 from a refusal source
    for copy in copies:
        original = originals[copy.text]
        assert copy.source == f"{original.source}+reasked"
        assert copy.context in asks
        assert copy.context != original.context
        assert copy.labels == {}


def test_refusals_are_also_read_alone() -> None:
    examples = _streamed_and_refused()
    copies = augment(examples, seed=0, config=_only(refusals_alone=1.0))
    refusals = [e for e in examples if e.role == "response" and e.is_safe and len(e.text) < 40]
    assert sorted(c.text for c in copies) == sorted(e.text for e in refusals)
    originals = {e.text: e for e in examples}
    for copy in copies:
        assert copy.source == f"{originals[copy.text].source}+alone"
        assert (copy.context, copy.labels, copy.role) == (None, {}, "response")


def test_harm_is_put_inside_helpful_replies_and_keeps_its_labels() -> None:
    examples = _streamed_and_refused()
    short_harm = [
        Example(
            f"I will hurt you {i:02d}.", f"ask {i}", "response", {"violence": "moderate"}, "team:x"
        )
        for i in range(8)
    ]
    examples += short_harm
    copies = augment(examples, seed=0, config=_only(harm_inside=1.0))
    assert len(copies) == len(short_harm)  # the long harmful replies are too long to insert
    hosts = {e.context: e for e in examples if e.source == "team:y"}  # never a refusal
    places = set()
    for copy in copies:
        [original] = [h for h in short_harm if h.text in copy.text]
        host = hosts[copy.context]
        assert copy.labels == original.labels
        assert copy.source == "team:x+inside"
        assert len(copy.text) <= 650
        rest = copy.text.replace(original.text, " ").split()
        assert " ".join(rest) in " ".join(host.text.split())  # the host, cut to fit, unchanged
        start = copy.text.index(original.text)
        places.add(
            "before" if start == 0 else "after" if copy.text.endswith(original.text) else "between"
        )
    assert places == {"before", "after", "between"}


def test_context_free_copies_drop_only_the_context() -> None:
    examples = _examples()
    originals = {e.text: e for e in examples}
    for copy in augment(examples, seed=0):
        if copy.source.endswith("+no_context"):
            original = originals[copy.text]
            assert copy.context is None
            assert (copy.labels, copy.role) == (original.labels, original.role)


def test_incongruent_pairs_put_a_harmful_reply_after_an_innocent_team_prompt() -> None:
    examples = _examples()
    innocent = {e.text for e in examples if e.source == "team:y"}
    pairs = [c for c in augment(examples, seed=0) if c.source.endswith("+incongruent")]
    assert pairs
    for pair in pairs:
        assert pair.context in innocent  # never a shared-data text, never the harmful ask
        assert pair.labels == {"violence": "severe"}


def test_noise_keeps_the_text_and_the_labels() -> None:
    examples = _examples()
    originals = {e.text: e for e in examples}
    copies = augment(examples, seed=1, config=AugmentConfig(noise=1.0))
    noisy = [c for c in copies if c.source.endswith("+noise")]
    assert len(noisy) == len(examples)
    for copy in noisy:
        [original] = [o for text, o in originals.items() if text in copy.text]
        assert copy.text != original.text
        assert copy.labels == original.labels


def test_helpful_replies_are_reasked_after_another_innocent_prompt() -> None:
    examples = _streamed_and_refused() + _examples()[80:100]  # plus innocent team prompts
    innocent = {e.text for e in examples if e.role == "prompt" and e.is_safe}
    long_safe = {e.text: e for e in examples if e.source == "team:y" and e.role == "response"}
    copies = augment(examples, seed=0, config=_only(helpful_reasked=1.0))
    assert len(copies) == len(long_safe)  # refusals and harmful replies are never re-asked
    assert any(c.text in long_safe for c in copies)  # whole replies
    assert any(c.text not in long_safe for c in copies)  # and stream windows of them
    for copy in copies:
        assert copy.source in ("team:y+helpful_reasked", "team:y+window+helpful_reasked")
        [original] = [o for text, o in long_safe.items() if copy.text in text]
        assert copy.context in innocent
        assert copy.context != original.context
        assert copy.labels == {}


def test_prompt_noise_goes_before_the_prompt_and_keeps_the_rest() -> None:
    examples = _examples()
    originals = {e.text: e for e in examples}
    copies = augment(examples, seed=2, config=_only(prompt_noise=1.0))
    assert len(copies) == 80  # every reply that has a prompt
    for copy in copies:
        original = originals[copy.text]
        assert original.context is not None
        assert copy.context is not None
        assert copy.context.endswith(f" {original.context}")
        assert len(copy.context) > len(original.context) + 1
        assert (copy.labels, copy.role) == (original.labels, original.role)


def test_the_last_kinds_leave_the_earlier_copies_unchanged() -> None:
    examples = _streamed_and_refused() + _examples()
    without = augment(examples, seed=5, config=AugmentConfig(helpful_reasked=0, prompt_noise=0))
    with_them = augment(examples, seed=5)
    assert with_them[: len(without)] == without
    assert len(with_them) > len(without)


def test_augmentation_is_seeded() -> None:
    examples = _examples()
    assert augment(examples, seed=7) == augment(examples, seed=7)
    assert augment(examples, seed=7) != augment(examples, seed=8)


def test_noise_is_varied_and_nonempty() -> None:
    rng = random.Random(0)
    pieces = {noise_text(rng) for _ in range(200)}
    assert len(pieces) > 150
    assert all(piece.strip() for piece in pieces)


@pytest.mark.parametrize(
    "field",
    [
        "context_free",
        "incongruent",
        "noise",
        "stream_windows",
        "refusals_reasked",
        "refusals_alone",
        "harm_inside",
        "helpful_reasked",
        "prompt_noise",
    ],
)
def test_fractions_outside_zero_to_one_are_refused(field: str) -> None:
    with pytest.raises(ValueError, match=f"AugmentConfig.{field} must be in"):
        AugmentConfig(**{field: 1.5})
