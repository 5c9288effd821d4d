"""The GIFT text cut into questions, with escapes and comments read, in linear time.

Questions are separated by blank lines; comment lines give a question its ``[id:]`` and
``[tag:]``; ``$CATEGORY`` lines set the category of the questions after them. Escapes
(``\\~``, ``\\{``, ...) become Unicode noncharacters while the structure is parsed, so no
later search mistakes an escaped character for a marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Escaped characters become Unicode noncharacters while the structure is parsed,
# then turn back into the characters they stand for.
_ESCAPES = {"\\": "\ufdd0", "~": "\ufdd1", "=": "\ufdd2", "#": "\ufdd3", "{": "\ufdd4", "}": "\ufdd5", ":": "\ufdd6", "n": "\ufdd7"}
_RESTORE = str.maketrans({v: ("\n" if k == "n" else k) for k, v in _ESCAPES.items()})
FORMAT_RE = re.compile(r"\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
# Where an [id:...] or [tag:...] value may end: a ']', a '\' (of a '\]' escape), a control character; in a tag '<', '>'.
_META_STOP = {"id": re.compile(r"[\\\]\x00-\x1f\x7f]"), "tag": re.compile(r"[\\\]<>\x00-\x1f\x7f]")}
MAX_QUESTION_CHARS = 100_000
MAX_ANSWERS = 1_000  # no screen shows more; Moodle sets no limit


def _escaped(raw: str) -> str:
    """``raw`` with each escape replaced by its placeholder: '\\\\' first, then the others, left to right."""
    text = raw.replace("\\\\", _ESCAPES["\\"])
    for ch in "~=#{}:n":
        text = text.replace("\\" + ch, _ESCAPES[ch])
    return text


def unescape(text: str) -> str:
    return text.translate(_RESTORE)


def quoted(text: str, limit: int = 40) -> str:
    """A piece of the author's text, quoted for a message and cut if long."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


def _meta_values(line: str, key: str) -> list[str]:
    """The values of every ``[id:...]`` or ``[tag:...]`` (``key``) in a comment line, as Moodle finds them.

    A value runs to the first ']' (written '\\]' inside it) and may not hold a control
    character (nor, in a tag, '<' or '>'). When it meets no ']', the last '\\]' in it
    closes it, as a backtracking regular expression would; when it meets neither, no
    later opening inside it can close either, so it is not read again. Values are trimmed;
    an ``[id:]`` needs at least one character, a tag may be empty.
    """
    opener, stop = f"[{key}:", _META_STOP[key]
    values: list[str] = []
    at = line.find(opener)
    while at >= 0:
        start = end = at + len(opener)
        last_escape = -1
        while True:
            found = stop.search(line, end)
            if found is None:
                end = len(line)
                break
            end = found.start()
            if line[end] != "\\":
                break
            if line.startswith("]", end + 1):
                last_escape = end
                end += 2
            else:
                end += 1
        if end < len(line) and line[end] == "]" and (end > start or key == "tag"):
            values.append(line[start:end])
            resume = end + 1
        elif last_escape >= 0:
            values.append(line[start : last_escape + 1])
            resume = last_escape + 2
        else:
            resume = end
        at = line.find(opener, resume)
    return [value.replace("\\]", "]").strip() for value in values]


@dataclass
class Source:
    """One block of lines between blank lines: its question lines and what its comments said."""

    kept: list[tuple[int, str]]
    first_line: int
    last_line: int
    ids: list[str]
    tags: list[str]
    category: str | None
    text: str = ""  # the question's lines joined, escapes replaced
    size: int = 0  # characters in the question's lines as written

    def line_of(self, char: str) -> int:
        """The file line of the first ``char`` in the question's text."""
        return self.kept[min(self.text.count("\n", 0, max(self.text.find(char), 0)), len(self.kept) - 1)][0]

    def first_brace(self) -> str:
        opening, closing = self.text.find("{"), self.text.find("}")
        if opening < 0 and closing < 0:
            return ""
        return "{" if closing < 0 or 0 <= opening < closing else "}"


def read_sources(text: str) -> list[Source]:
    """Questions are separated by blank lines; comment and ``$CATEGORY`` lines are taken out here."""
    sources: list[Source] = []
    block: list[tuple[int, str]] = []
    category: str | None = None
    lines = text.splitlines()
    for number, line in enumerate([*lines, ""], 1):
        if line.strip():
            block.append((number, line.rstrip()))
            continue
        if not block:
            continue
        ids: list[str] = []
        tags: list[str] = []
        kept: list[tuple[int, str]] = []
        for line_number, kept_line in block:
            stripped = kept_line.strip()
            if stripped.startswith("//"):
                ids += _meta_values(stripped, "id")
                tags += _meta_values(stripped, "tag")
            elif stripped.startswith("$CATEGORY:") and not kept:
                category = stripped[len("$CATEGORY:") :].strip() or None
            else:
                kept.append((line_number, kept_line))
        source = Source(kept, block[0][0], block[-1][0], ids, tags, category)
        if kept:
            raw = "\n".join(line for _, line in kept)
            source.text, source.size = _escaped(raw), len(raw)
        sources.append(source)
        block = []
    return sources


def closed_after_blank_line(sources: list[Source], index: int) -> int | None:
    """If the '{' left open in ``sources[index]`` is closed after a blank line, the index of the
    block that closes it; else None. The blocks after the blank line must read as more answers
    (they start with '=', '~', '#' or '}') and hold no '{'."""
    for later in range(index + 1, len(sources)):
        source = sources[later]
        if not source.kept or source.text.lstrip()[:1] not in ("=", "~", "#", "}"):
            return None
        brace = source.first_brace()
        if brace:
            return later if brace == "}" else None
    return None
