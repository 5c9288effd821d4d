"""One question being read: where its offsets are in the file, its formats, and what it warns about."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.core.quiz.gift.scan import FORMAT_RE, unescape
from kiosk.core.quiz.text import has_tags, unsupported_tags
from kiosk.core.say import QT_TRANSLATE_NOOP, say

SAFE_MARKUP = say(QT_TRANSLATE_NOOP("core", "<b>, <i>, <u>, <sub>, <sup>, paragraphs, line breaks, lists and code"))


class Malformed(Exception):
    """A question that cannot be read; carries the line it was found at."""

    def __init__(self, message: str, line: int, *, unclosed: bool = False) -> None:
        super().__init__(message)
        self.line = line
        self.unclosed = unclosed  # an answers' '{' with no '}' (a blank line inside the braces?)


@dataclass
class Context:
    """One question being read: its text, how offsets map to file lines, what was found."""

    text: str
    lines: list[int]  # file line number of each line of ``text``
    label: str = ""
    format: str = "moodle"  # the question's format: every text's unless it has its own prefix
    warnings: list[tuple[str, int]] = field(default_factory=list)
    warned: set[str] = field(default_factory=set)
    dropped_tags: dict[str, int] = field(default_factory=dict)  # HTML tag -> offset of its first text
    html_in_markdown: int | None = None

    def line_at(self, offset: int) -> int:
        return self.lines[min(self.text.count("\n", 0, max(offset, 0)), len(self.lines) - 1)]

    def warn(self, message: str, offset: int) -> None:
        """Note ``message`` (said, for the app to translate) at ``offset``, once per question."""
        if message not in self.warned:
            self.warned.add(message)
            self.warnings.append((message, self.line_at(offset)))

    def fail(self, message: str, offset: int, *, unclosed: bool = False) -> Malformed:
        return Malformed(message, self.line_at(offset), unclosed=unclosed)

    def formatted(self, raw: str, offset: int) -> tuple[str, str]:
        """(text, format) of one text: its own ``[format]`` prefix, else the question's; unescaped, trimmed."""
        body = raw.strip()
        fmt = self.format
        match = FORMAT_RE.match(body)
        if match:
            fmt = match.group(1).lower()
            body = body[match.end() :]
        text = unescape(body).strip()
        if not text:
            return "", self.format
        self.check_markup(text, fmt, offset)
        return text, fmt

    def check_markup(self, text: str, fmt: str, offset: int) -> None:
        """Note HTML the screens will not show as Moodle does (reported once per question)."""
        if "<" not in text:
            return
        if fmt in ("html", "moodle"):
            for tag in unsupported_tags(text):
                self.dropped_tags.setdefault(tag, offset)
        elif fmt == "markdown" and self.html_in_markdown is None and has_tags(text):
            self.html_in_markdown = offset

    def markup_warnings(self) -> None:
        if self.dropped_tags:
            tags = ", ".join(f"<{tag}>" for tag in self.dropped_tags)
            self.warn(
                say(
                    QT_TRANSLATE_NOOP("core", "the HTML %1 is not shown, only the text inside it: the kiosk shows %2"),
                    tags,
                    SAFE_MARKUP,
                ),
                min(self.dropped_tags.values()),
            )
        if self.html_in_markdown is not None:
            self.warn(
                say(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "HTML inside [markdown] text is shown as written, as in lessons (Moodle would use it); "
                        "write Markdown instead, such as **bold** or *italic*"
                    )
                ),
                self.html_in_markdown,
            )


def question_fields(qtype: str, ctx: Context, **fields: Any) -> dict[str, Any]:
    """A question's fields, its texts in the question's format unless ``fields`` says otherwise."""
    fmt = ctx.format
    return {
        "type": qtype,
        "stem": "",
        "format": fmt,
        "general_feedback_format": fmt,
        "feedback_true_format": fmt,
        "feedback_false_format": fmt,
        **fields,
    }
