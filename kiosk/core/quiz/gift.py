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

import math
import re
from dataclasses import dataclass, field, replace
from typing import Any

from kiosk.core.quiz.model import (
    BLANK,
    Answer,
    NumericAnswer,
    Pair,
    ParseResult,
    Problem,
    Question,
    check_duplicate_ids,
    question_label,
    semantic_problems,
)
from kiosk.core.quiz.text import has_tags, unsupported_tags

# Escaped characters become Unicode noncharacters while the structure is parsed,
# then turn back into the characters they stand for.
_ESCAPES = {"\\": "\ufdd0", "~": "\ufdd1", "=": "\ufdd2", "#": "\ufdd3", "{": "\ufdd4", "}": "\ufdd5", ":": "\ufdd6", "n": "\ufdd7"}
_RESTORE = str.maketrans({v: ("\n" if k == "n" else k) for k, v in _ESCAPES.items()})
_FORMAT_RE = re.compile(r"\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
# Moodle's embedded answers (Cloze): {1:MULTICHOICE:...}, {:SA:...}. Each try starts at a '{'
# and stops at the first character that does not fit, so the search stays linear.
_CLOZE_RE = re.compile(r"\{[ \t\r\n]*\d*:[A-Za-z_]+:")
# Where an [id:...] or [tag:...] value may end: a ']', a '\' (of a '\]' escape), a control character; in a tag '<', '>'.
_META_STOP = {"id": re.compile(r"[\\\]\x00-\x1f\x7f]"), "tag": re.compile(r"[\\\]<>\x00-\x1f\x7f]")}
_MARKER_OR_FEEDBACK = re.compile(r"[=~#]")
# An '=' or '~' that starts an answer inside feedback: first on its line, or after a space and before a word.
_ANSWER_IN_FEEDBACK = re.compile(r"\n[ \t\r\f\v]*([=~])|(?<=\s)([=~])(?=\S)")
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
MAX_QUESTION_CHARS = 100_000
MAX_ANSWERS = 1_000  # no screen shows more; Moodle sets no limit
SAFE_MARKUP = "<b>, <i>, <u>, <sub>, <sup>, paragraphs, line breaks, lists and code"


class _Malformed(Exception):
    """A question that cannot be read; carries the line it was found at."""

    def __init__(self, message: str, line: int, *, unclosed: bool = False) -> None:
        super().__init__(message)
        self.line = line
        self.unclosed = unclosed  # an answers' '{' with no '}' (a blank line inside the braces?)


def _escaped(raw: str) -> str:
    """``raw`` with each escape replaced by its placeholder: '\\\\' first, then the others, left to right."""
    text = raw.replace("\\\\", _ESCAPES["\\"])
    for ch in "~=#{}:n":
        text = text.replace("\\" + ch, _ESCAPES[ch])
    return text


def _unescape(text: str) -> str:
    return text.translate(_RESTORE)


def _shown(text: str, limit: int = 40) -> str:
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
class _Segment:
    marker: str | None  # "=", "~" or None for text before the first marker
    offset: int  # where it starts in the question text
    body: str = ""
    feedback: str | None = None

    @property
    def whole(self) -> str:
        """The text after the marker, with its '#' and feedback put back (what Moodle reads in a matching pair)."""
        return self.body if self.feedback is None else f"{self.body}#{self.feedback}"


@dataclass
class _Context:
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
        if message not in self.warned:
            self.warned.add(message)
            self.warnings.append((message, self.line_at(offset)))

    def fail(self, message: str, offset: int, *, unclosed: bool = False) -> _Malformed:
        return _Malformed(message, self.line_at(offset), unclosed=unclosed)

    def formatted(self, raw: str, offset: int) -> tuple[str, str]:
        """(text, format) of one text: its own ``[format]`` prefix, else the question's; unescaped, trimmed."""
        body = raw.strip()
        fmt = self.format
        match = _FORMAT_RE.match(body)
        if match:
            fmt = match.group(1).lower()
            body = body[match.end() :]
        text = _unescape(body).strip()
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
                f"the HTML {tags} is not shown, only the text inside it: the kiosk shows {SAFE_MARKUP}",
                min(self.dropped_tags.values()),
            )
        if self.html_in_markdown is not None:
            self.warn(
                "HTML inside [markdown] text is shown as written, as in lessons (Moodle would use it); "
                "write Markdown instead, such as **bold** or *italic*",
                self.html_in_markdown,
            )


@dataclass
class _Source:
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


def _sources(text: str) -> list[_Source]:
    """Questions are separated by blank lines; comment and ``$CATEGORY`` lines are taken out here."""
    sources: list[_Source] = []
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
        source = _Source(kept, block[0][0], block[-1][0], ids, tags, category)
        if kept:
            raw = "\n".join(line for _, line in kept)
            source.text, source.size = _escaped(raw), len(raw)
        sources.append(source)
        block = []
    return sources


def _closed_after_blank_line(sources: list[_Source], index: int) -> int | None:
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


def parse_gift(text: str) -> ParseResult:
    """Read a GIFT file's text into questions and problems (errors and warnings)."""
    text = text.removeprefix("\ufeff")
    questions: list[Question] = []
    problems: list[Problem] = []
    sources = _sources(text)
    skip_to = -1
    for index, source in enumerate(sources):
        if index <= skip_to:
            continue
        if not source.kept:
            if source.ids or source.tags:
                problems.append(
                    Problem(
                        "warning",
                        "an [id:] or [tag:] comment is followed by a blank line, so it belongs to no question",
                        line=source.first_line,
                    )
                )
            continue
        context = _Context(source.text, [n for n, _ in source.kept])
        context.label = question_label("", _unescape(context.text))
        try:
            if source.size > MAX_QUESTION_CHARS:
                raise context.fail(f"the question is longer than {MAX_QUESTION_CHARS} characters", 0)
            fields = _parse_question(context)
        except _Malformed as exc:
            message = str(exc)
            closing = _closed_after_blank_line(sources, index) if exc.unclosed else None
            if closing is not None:
                message = (
                    f"a blank line inside the answers' braces (line {source.last_line + 1}): in GIFT a blank line "
                    f"ends a question, so this '{{' and the '}}' on line {sources[closing].line_of('}')} "
                    "do not meet; remove the blank line"
                )
                skip_to = closing
            problems.append(Problem("error", message, line=exc.line, question=context.label))
            continue
        ids = source.ids
        tags = [t for t in source.tags if t]
        if len(ids) > 1:
            context.warn(f"several [id:] comments; the first, {_shown(ids[0])}, is used", 0)
        if ids and not ids[0]:
            context.warn("an empty [id:] is ignored", 0)
        question = Question(
            **fields,
            id=ids[0] if ids and ids[0] else None,
            tags=tuple(dict.fromkeys(tags)),
            category=source.category,
            line=source.kept[0][0],
        )
        found = semantic_problems(question)
        problems.extend(Problem(m_sev, m, line=question.line, question=question.label) for m_sev, m in found)
        problems.extend(Problem("warning", m, line=n, question=question.label) for m, n in context.warnings)
        if not any(severity == "error" for severity, _ in found):
            questions.append(question)
    return check_duplicate_ids(ParseResult(tuple(questions), tuple(problems)))


def _parse_question(ctx: _Context) -> dict[str, Any]:
    """The fields of one question (all but its id, tags, category and line)."""
    text = ctx.text
    position = 0
    title = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end < 0:
            raise ctx.fail("the title has no closing '::' (write \\: for a colon in a title)", 0)
        title = _unescape(text[2:end]).strip()
        position = end + 2
        ctx.label = question_label(title, "")
    rest = text[position:]
    stripped = rest.lstrip()
    match = _FORMAT_RE.match(stripped)
    if match:
        ctx.format = match.group(1).lower()
        position += len(rest) - len(stripped) + match.end()

    cloze = _CLOZE_RE.search(text, position)
    if cloze:
        raise ctx.fail(
            f"{_shown(_unescape(cloze.group(0)) + '...}')}: this is Moodle's embedded answers (Cloze) format, "
            "not GIFT; write the question again in GIFT, with one set of answers in braces",
            cloze.start(),
        )
    opening = text.find("{", position)
    closing = text.find("}", position)
    if opening < 0:
        if closing >= 0:
            raise ctx.fail("a '}' with no '{' before it (write \\} for a brace in text)", closing)
        stem = _unescape(text[position:]).strip()
        ctx.check_markup(stem, ctx.format, position)
        ctx.label = question_label(title, stem)
        ctx.markup_warnings()
        return _fields("description", ctx, stem=stem, title=title)
    if closing >= 0 and closing < opening:
        raise ctx.fail("a '}' with no '{' before it (write \\} for a brace in text)", closing)
    if closing < 0:
        raise ctx.fail("the answers' '{' is never closed with '}'", opening, unclosed=True)
    nested = text.find("{", opening + 1, closing)
    if nested >= 0:
        raise ctx.fail("a '{' inside the answers (write \\{ for a brace in text)", nested)
    after = text[closing + 1 :]
    if "{" in after or "}" in after:
        extra = closing + 1 + min(i for i in (after.find("{"), after.find("}")) if i >= 0)
        raise ctx.fail("more than one set of answers in braces (write \\{ \\} for braces in text)", extra)

    before = _unescape(text[position:opening])
    after_text = _unescape(after)
    stem = (before + BLANK + after_text).strip() if after_text.strip() else before.strip()
    ctx.check_markup(stem, ctx.format, position)
    ctx.label = question_label(title, stem)
    fields = _parse_answers(ctx, text[opening + 1 : closing], opening + 1)
    ctx.markup_warnings()
    return {**fields, "stem": stem, "title": title}


def _fields(qtype: str, ctx: _Context, **fields: Any) -> dict[str, Any]:
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


def _split_segments(ctx: _Context, block: str, offset: int) -> list[_Segment]:
    """Cut an answer set into answers at '=' and '~', each with its '#' feedback.

    Inside feedback an '=' or '~' starts a new answer where an author would
    write one: first on its line, or after a space and before a word. Elsewhere
    Moodle would silently turn the rest of the feedback into another answer, so
    it is kept as feedback, with a warning.
    """
    segments: list[_Segment] = []
    marker: str | None = None
    start = 0  # where the current segment's text starts
    position = 0
    while True:
        found = _MARKER_OR_FEEDBACK.search(block, position)
        feedback_at = -1
        if found is not None and found.group() == "#":
            feedback_at = found.start()
            found = _ANSWER_IN_FEEDBACK.search(block, feedback_at + 1)
        index = len(block) if found is None else found.start(found.lastindex or 0)
        if feedback_at >= 0:
            _warn_markers_kept(ctx, block, feedback_at + 1, index, offset)
        segments.append(_segment(block, marker, start, feedback_at, index, offset))
        if found is None:
            return segments
        if len(segments) > MAX_ANSWERS:  # this marker would start answer MAX_ANSWERS + 1
            raise ctx.fail(f"more than {MAX_ANSWERS} answers in one question", offset + index)
        marker, start, position = block[index], index + 1, index + 1


def _warn_markers_kept(ctx: _Context, block: str, start: int, end: int, offset: int) -> None:
    """Warn about an '=' or '~' left inside the feedback ``block[start:end]``."""
    for ch in "=~":
        kept = block.find(ch, start, end)
        if kept >= 0:
            ctx.warn(
                f"an unescaped '{ch}' inside feedback: Moodle would read the rest as another "
                f"{'right' if ch == '=' else 'wrong'} answer. Kept as feedback here; write \\{ch} to be sure",
                offset + kept,
            )


def _segment(block: str, marker: str | None, start: int, feedback_at: int, end: int, offset: int) -> _Segment:
    at = offset + (start - 1 if marker else 0)
    if feedback_at < 0:
        return _Segment(marker, at, block[start:end])
    return _Segment(marker, at, block[start:feedback_at], block[feedback_at + 1 : end])


def _weight(ctx: _Context, segment: _Segment, default: float) -> tuple[float, str, bool]:
    """The ``%50%`` weight at the start of an answer, as a fraction, the rest of its text, and
    whether a weight was given. With no second '%' there is no weight: GIFT has no escape for
    '%', and Moodle reads ``%reset`` as the answer's text."""
    body = segment.body.strip()
    if not body.startswith("%"):
        return default, body, False
    end = body.find("%", 1)
    if end < 0:
        return default, body, False
    raw = body[1:end].strip()
    if not _NUMBER_RE.fullmatch(raw):
        raise ctx.fail(f"the weight {_shown('%' + _unescape(raw) + '%')} is not a number", segment.offset)
    value = float(raw)
    if not -100 <= value <= 100:
        raise ctx.fail(f"the weight {_shown('%' + raw + '%')} is outside -100..100", segment.offset)
    return value / 100, body[end + 1 :].strip(), True


def _parse_answers(ctx: _Context, block: str, offset: int) -> dict[str, Any]:
    general, general_format = "", ctx.format
    cut = block.rfind("####")  # the last one, as in Moodle
    if cut >= 0:
        general, general_format = ctx.formatted(block[cut + 4 :], offset + cut + 4)
        block = block[:cut]
    stripped = block.strip()
    if not stripped:
        fields = _fields("essay", ctx)
    elif stripped.startswith("#"):
        start = block.index("#") + 1
        fields = _parse_numerical(ctx, block[start:], offset + start)
    else:
        segments = _split_segments(ctx, block, offset)
        leading, answers = segments[0], segments[1:]
        markers = {s.marker for s in answers}
        if "~" in markers:
            fields = _parse_choices(ctx, leading, answers)
        elif "=" in markers and any("->" in s.whole for s in answers):
            fields = _parse_matching(ctx, leading, answers)
        elif not answers and leading.body.strip().upper() in _TRUE_FALSE:
            fields = _parse_true_false(ctx, leading)
        else:
            fields = _parse_short(ctx, leading, answers)
    return {**fields, "general_feedback": general, "general_feedback_format": general_format}


def _parse_choices(ctx: _Context, leading: _Segment, segments: list[_Segment]) -> dict[str, Any]:
    single = any(s.marker == "=" for s in segments)
    if leading.body.strip():
        ctx.warn("the text before the first '~' or '=' is a wrong choice (as in Moodle); start it with '~'", leading.offset)
        segments = [replace(leading, marker="~"), *segments]
    choices = []
    for number, segment in enumerate(segments):
        fraction, text, weighted = _weight(ctx, segment, 1.0 if segment.marker == "=" else 0.0)
        if weighted and segment.marker == "=":
            ctx.warn(
                "a weight after '=' in a choice question: Kiosk uses it, but Moodle gives an '=' choice full marks "
                "and shows the weight as part of its text; write '~%50%...' for a partly right choice",
                segment.offset,
            )
        text, text_format = ctx.formatted(text, segment.offset)
        if not text:
            following = segments[number + 1] if number + 1 < len(segments) else None
            if segment.marker == "~" and following and following.marker == "=" and following.offset == segment.offset + 1:
                raise ctx.fail(
                    "'~=' marks a right answer in Moodle's embedded answers (Cloze) format, not in GIFT: "
                    "write '=right ~wrong'",
                    segment.offset,
                )
            raise ctx.fail(f"an empty answer after '{segment.marker}'", segment.offset)
        feedback, feedback_format = ctx.formatted(segment.feedback or "", segment.offset)
        choices.append(Answer(text, fraction, feedback, format=text_format, feedback_format=feedback_format))
    return _fields("single" if single else "multiple", ctx, choices=tuple(choices))


def _parse_matching(ctx: _Context, leading: _Segment, segments: list[_Segment]) -> dict[str, Any]:
    if leading.body.strip():
        raise ctx.fail("text before the first '=' of a matching question (each pair is '=left -> right')", leading.offset)
    pairs = []
    for segment in segments:
        whole = segment.whole
        if segment.marker != "=" or "->" not in whole:
            raise ctx.fail("every matching answer looks like '=left -> right'", segment.offset)
        left_raw, right_raw = whole.split("->", 1)
        left, left_format = ctx.formatted(left_raw, segment.offset)
        right = _unescape(right_raw).strip()
        if not right:
            raise ctx.fail("a matching pair with nothing after '->'", segment.offset)
        if segment.feedback is not None:
            shown = right if "#" in right else left
            ctx.warn(
                f"a matching pair has no feedback in GIFT: Moodle keeps the '#' and what follows in the pair's "
                f"text, here {_shown(shown)}, and so does Kiosk; write \\# if the '#' is meant, or remove the feedback",
                segment.offset,
            )
        pairs.append(Pair(left, right, left_format=left_format))
    return _fields("matching", ctx, pairs=tuple(pairs))


def _parse_true_false(ctx: _Context, segment: _Segment) -> dict[str, Any]:
    answer = _TRUE_FALSE[segment.body.strip().upper()]
    # Moodle: the first feedback is shown for a wrong answer, the second for a right one.
    wrong_raw, _, right_raw = (segment.feedback or "").partition("#")
    wrong, wrong_format = ctx.formatted(wrong_raw, segment.offset)
    right, right_format = ctx.formatted(right_raw, segment.offset)
    return _fields(
        "truefalse",
        ctx,
        answer=answer,
        feedback_true=right if answer else wrong,
        feedback_false=wrong if answer else right,
        feedback_true_format=right_format if answer else wrong_format,
        feedback_false_format=wrong_format if answer else right_format,
    )


def _parse_short(ctx: _Context, leading: _Segment, segments: list[_Segment]) -> dict[str, Any]:
    if leading.body.strip():
        segments = [replace(leading, marker="="), *segments]
    answers = []
    for segment in segments:
        fraction, text, _ = _weight(ctx, segment, 1.0)
        text, _ = ctx.formatted(text, segment.offset)  # a format prefix is dropped: the answer is typed
        if not text:
            raise ctx.fail("an empty answer after '='", segment.offset)
        feedback, feedback_format = ctx.formatted(segment.feedback or "", segment.offset)
        answers.append(Answer(text, fraction, feedback, format=ctx.format, feedback_format=feedback_format))
    return _fields("short", ctx, answers=tuple(answers))


def _number(ctx: _Context, raw: str, offset: int, what: str) -> float:
    raw = raw.strip()
    if not _NUMBER_RE.fullmatch(raw):
        raise ctx.fail(
            f"the {what} {_shown(raw) if raw else '(nothing)'} of a numerical answer is not a number "
            "(write 3.14, not 3,14; Moodle would accept it and grade it wrongly)",
            offset,
        )
    value = float(raw)
    if not math.isfinite(value):
        raise ctx.fail(f"the {what} {_shown(raw)} is too large", offset)
    return value


def _numeric_answer(
    ctx: _Context, text: str, offset: int, fraction: float, feedback: tuple[str, str]
) -> NumericAnswer:
    said, feedback_format = feedback
    if ".." in text:
        low_raw, high_raw = text.split("..", 1)
        low = _number(ctx, low_raw, offset, "minimum")
        high = _number(ctx, high_raw, offset, "maximum")
        if low > high:
            raise ctx.fail(f"the range {low:g}..{high:g} has its minimum above its maximum", offset)
        return NumericAnswer(fraction, said, min=low, max=high, feedback_format=feedback_format)
    value_raw, _, tolerance_raw = text.partition(":")
    value = _number(ctx, value_raw, offset, "value")
    tolerance = _number(ctx, tolerance_raw, offset, "tolerance") if tolerance_raw.strip() else 0.0
    if tolerance < 0:
        raise ctx.fail("a negative tolerance", offset)
    return NumericAnswer(fraction, said, value=value, tolerance=tolerance, feedback_format=feedback_format)


def _parse_numerical(ctx: _Context, block: str, offset: int) -> dict[str, Any]:
    """``{#3:2}``, ``{#1..5}``, ``{#=3:0 =%50%3:1}``; ``~#feedback`` is the feedback for any other number."""
    segments = _split_segments(ctx, block, offset)
    leading, rest = segments[0], segments[1:]
    if leading.feedback is not None and not leading.body.strip():
        raise ctx.fail("feedback with no number before it in a numerical question", leading.offset)
    answers: list[NumericAnswer] = []
    any_other: NumericAnswer | None = None
    for segment in ([leading] if leading.body.strip() else []) + rest:
        feedback = ctx.formatted(segment.feedback or "", segment.offset)
        if segment.marker == "~":
            if any_other is not None:
                raise ctx.fail("a numerical question has only one '~#feedback' for any other number", segment.offset)
            if segment.body.strip():
                ctx.warn(
                    "the text between '~' and '#' is ignored: in a numerical question '~#feedback' is the feedback "
                    "for any other number, as in Moodle (give part marks with '=%50%3.1:0.1')",
                    segment.offset,
                )
            any_other = NumericAnswer(0.0, feedback[0], feedback_format=feedback[1], any=True)
            continue
        if any_other is not None:
            raise ctx.fail(
                "an answer after the '~#feedback' for any other number (Moodle would read it as part of that "
                "feedback); put '~#...' last",
                segment.offset,
            )
        fraction, text, _ = _weight(ctx, segment, 1.0)
        text, _ = ctx.formatted(text, segment.offset)
        answers.append(_numeric_answer(ctx, text, segment.offset, fraction, feedback))
    if not answers:
        raise ctx.fail("a numerical question with no number after '#'", offset)
    if any_other is not None:
        answers.append(any_other)
    return _fields("numerical", ctx, answers=tuple(answers))
