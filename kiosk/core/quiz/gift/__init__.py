"""A parser for Moodle's GIFT quiz format.

Reads GIFT the way Moodle's importer does (Moodle's own GIFT unit tests are the
reference; docs/quiz-format.md lists every feature, and where Kiosk is stricter
and why), and adds warnings where Moodle silently imports something that would
grade badly. ``parse_gift`` never raises for bad input: a malformed question
becomes an error ``Problem`` (with its line) and the rest of the file still loads.

Parsing takes time in proportion to the text: each character is looked at a
bounded number of times, and no regular expression here can backtrack over a
long run, so a hostile 100 KB line is read as fast as a friendly one
(benchmarks/gift.py measures it).
"""

from __future__ import annotations

import re
from typing import Any

from kiosk.core.quiz.gift.answers import parse_answers
from kiosk.core.quiz.gift.context import SAFE_MARKUP, Context, Malformed, question_fields
from kiosk.core.quiz.gift.scan import (
    FORMAT_RE,
    MAX_ANSWERS,
    MAX_QUESTION_CHARS,
    closed_after_blank_line,
    quoted,
    read_sources,
    unescape,
)
from kiosk.core.quiz.model import (
    BLANK,
    ParseResult,
    Question,
    QuizReading,
    question_label,
)
from kiosk.core.say import QT_TRANSLATE_NOOP, say

__all__ = ["MAX_ANSWERS", "MAX_QUESTION_CHARS", "SAFE_MARKUP", "parse_gift"]

# Moodle's embedded answers (Cloze): {1:MULTICHOICE:...}, {:SA:...}. Each try starts at a '{'
# and stops at the first character that does not fit, so the search stays linear.
_CLOZE_RE = re.compile(r"\{[ \t\r\n]*\d*:[A-Za-z_]+:")


def parse_gift(text: str) -> ParseResult:
    """Read a GIFT file's text into questions and problems (errors and warnings)."""
    text = text.removeprefix("\ufeff")
    reading = QuizReading()
    sources = read_sources(text)
    skip_to = -1
    for index, source in enumerate(sources):
        if index <= skip_to:
            continue
        if not source.kept:
            if source.ids or source.tags:
                reading.warn(
                    say(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "an [id:] or [tag:] comment is followed by a blank line, so it belongs to no question"
                        )
                    ),
                    line=source.first_line,
                )
            continue
        context = Context(source.text, [n for n, _ in source.kept])
        context.label = question_label("", unescape(context.text))
        try:
            if source.size > MAX_QUESTION_CHARS:
                raise context.fail(
                    say(QT_TRANSLATE_NOOP("core", "the question is longer than %1 characters"), MAX_QUESTION_CHARS),
                    0,
                )
            fields = _parse_question(context)
        except Malformed as exc:
            message = exc.args[0]
            closing = closed_after_blank_line(sources, index) if exc.unclosed else None
            if closing is not None:
                message = say(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "a blank line inside the answers' braces (line %1): in GIFT a blank line ends a question, "
                        "so this '{' and the '}' on line %2 do not meet; remove the blank line"
                    ),
                    source.last_line + 1,
                    sources[closing].line_of("}"),
                )
                skip_to = closing
            reading.error(message, line=exc.line, question=context.label)
            continue
        ids = source.ids
        tags = [t for t in source.tags if t]
        if len(ids) > 1:
            context.warn(say(QT_TRANSLATE_NOOP("core", "several [id:] comments; the first, %1, is used"), quoted(ids[0])), 0)
        if ids and not ids[0]:
            context.warn(say(QT_TRANSLATE_NOOP("core", "an empty [id:] is ignored")), 0)
        question = Question(
            **fields,
            id=ids[0] if ids and ids[0] else None,
            tags=tuple(dict.fromkeys(tags)),
            category=source.category,
            line=source.kept[0][0],
        )
        reading.keep_if_sound(question, label=question.label, line=question.line)
        for message, line in context.warnings:
            reading.warn(message, line=line, question=question.label)
    return reading.result()


def _parse_question(ctx: Context) -> dict[str, Any]:
    """The fields of one question (all but its id, tags, category and line)."""
    text = ctx.text
    position = 0
    title = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end < 0:
            raise ctx.fail(
                say(QT_TRANSLATE_NOOP("core", "the title has no closing '::' (write \\: for a colon in a title)")),
                0,
            )
        title = unescape(text[2:end]).strip()
        position = end + 2
        ctx.label = question_label(title, "")
    rest = text[position:]
    stripped = rest.lstrip()
    match = FORMAT_RE.match(stripped)
    if match:
        ctx.format = match.group(1).lower()
        position += len(rest) - len(stripped) + match.end()

    cloze = _CLOZE_RE.search(text, position)
    if cloze:
        raise ctx.fail(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "%1: this is Moodle's embedded answers (Cloze) format, not GIFT; write the question again "
                    "in GIFT, with one set of answers in braces"
                ),
                quoted(unescape(cloze.group(0)) + "...}"),
            ),
            cloze.start(),
        )
    opening = text.find("{", position)
    closing = text.find("}", position)
    if opening < 0:
        if closing >= 0:
            raise ctx.fail(
                say(QT_TRANSLATE_NOOP("core", "a '}' with no '{' before it (write \\} for a brace in text)")),
                closing,
            )
        stem = unescape(text[position:]).strip()
        ctx.check_markup(stem, ctx.format, position)
        ctx.label = question_label(title, stem)
        ctx.markup_warnings()
        return question_fields("description", ctx, stem=stem, title=title)
    if closing >= 0 and closing < opening:
        raise ctx.fail(
            say(QT_TRANSLATE_NOOP("core", "a '}' with no '{' before it (write \\} for a brace in text)")),
            closing,
        )
    if closing < 0:
        raise ctx.fail(
            say(QT_TRANSLATE_NOOP("core", "the answers' '{' is never closed with '}'")),
            opening, unclosed=True,
        )
    nested = text.find("{", opening + 1, closing)
    if nested >= 0:
        raise ctx.fail(
            say(QT_TRANSLATE_NOOP("core", "a '{' inside the answers (write \\{ for a brace in text)")),
            nested,
        )
    after = text[closing + 1 :]
    if "{" in after or "}" in after:
        extra = closing + 1 + min(i for i in (after.find("{"), after.find("}")) if i >= 0)
        raise ctx.fail(
            say(QT_TRANSLATE_NOOP("core", "more than one set of answers in braces (write \\{ \\} for braces in text)")),
            extra,
        )

    before = unescape(text[position:opening])
    after_text = unescape(after)
    stem = (before + BLANK + after_text).strip() if after_text.strip() else before.strip()
    ctx.check_markup(stem, ctx.format, position)
    ctx.label = question_label(title, stem)
    fields = parse_answers(ctx, text[opening + 1 : closing], opening + 1)
    ctx.markup_warnings()
    return {**fields, "stem": stem, "title": title}
