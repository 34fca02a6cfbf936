"""Undo cheap obfuscation before classification; the caller keeps the original text.

- Unicode NFKC: full-width letters, ligatures and mathematical alphanumerics become plain ones.
- Invisible characters go: zero-width spaces and joiners, bidi controls, soft hyphens, BOMs.
- Lone surrogates (from undecodable bytes) become U+FFFD.
- Homoglyphs: in a word that mixes Latin with Cyrillic or Greek letters, the look-alike letters
  are folded to Latin (a Cyrillic o inside "bomb" reads as a Latin o). Words wholly in
  another script are kept.
- Spaced-out letters are joined: "b o m b", "b.o.m.b", "b-o-m-b" become "bomb".
- Code-like tokens (letters mixed with three or more digits: ids, hashes, ticket numbers) are
  dropped. They carry no harm, and a prefix such as "ref c000048" was seen to make the model read
  a plainly harmful text as benign.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_text"]

_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_WORD = re.compile(r"\w+")
_LATIN = re.compile("[a-zA-Z]")
_CODE = re.compile(r"(?<!\w)(?=(?:\w*\d){3})(?=\w*[^\W\d_])\w{5,}(?!\w)")
_SPACED = re.compile(r"(?<!\w)[^\W\d_](?P<sep>[ .\-_*·])(?:[^\W\d_](?P=sep))+[^\W\d_](?!\w)")

# Cyrillic and Greek letters that render like Latin ones.
_CONFUSABLES = str.maketrans(
    "аеорсухіјѕԁɡһӏԛԝАВЕКМНОРСТХІЈЅԌαβεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdghlqwABEKMHOPCTXIJSGaBeiknoptuxABEZHIKMNOPTYX",
)


def _fold_mixed_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if word.isascii() or not _LATIN.search(word):
        return word
    return word.translate(_CONFUSABLES)


def _join_spaced(match: re.Match[str]) -> str:
    return match.group(0).replace(match.group("sep"), "")


def normalize_text(text: str) -> str:
    """The text as the classifier should read it (see the module docstring)."""
    text = _SURROGATE.sub("\ufffd", text)
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    text = _WORD.sub(_fold_mixed_word, text)
    text = _CODE.sub("", text)
    return _SPACED.sub(_join_spaced, text)
