"""Sentences, with where each lies in the text, and the words a voice should say.

A page is read one sentence at a time so the screen can mark the sentence being read:
``sentences`` gives each one's start and end in the text as shown, ``speakable`` the
words handed to the voice (symbols such as ✔ or → are not read out by name).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Sentence ends: . ! ? … and the Arabic question mark and full stop, followed by closing
# quotes or brackets (French puts a space before »), then a space or the end. A line or
# paragraph break ends one too.
_END = re.compile(r"[.!?…\u061f\u06d4]+(?:[ \u00a0\u202f]?[\"'”’»)\]])*(?=\s|$)|[\n\u2029\u2028]")


@dataclass(frozen=True)
class Sentence:
    """``text[start:end]`` of the text it was found in (trimmed of spaces)."""

    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order; pieces with nothing to say (a lone "•") are left out."""
    found: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        _add(found, text, start, match.end())
        start = match.end()
    _add(found, text, start, len(text))
    return found


def _add(found: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end and speakable(text[start:end]):
        found.append(Sentence(start, end, text[start:end]))


def _silent(char: str) -> bool:
    """Signs a voice would read out by name (✔, ⌂, arrows, bullets, emoji), or the picture
    placeholder of a rich text."""
    if char in "\ufffc\u2022\u25cf\u25e6\u2023":
        return True
    if "\u2190" <= char <= "\u21ff" or "\u27f0" <= char <= "\u27ff":  # arrows
        return True
    return unicodedata.category(char) in ("So", "Cs", "Co")


def speakable(text: str) -> str:
    """``text`` with silent signs taken out and spaces folded: what the voice is given."""
    kept = "".join(" " if _silent(ch) else ch for ch in text)
    return " ".join(kept.split())
