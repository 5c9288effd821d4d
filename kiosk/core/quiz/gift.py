"""A parser for Moodle's GIFT quiz format.

Follows Moodle's documented GIFT format (docs.moodle.org, "GIFT format"),
including its rules for telling question types apart, and adds warnings where
Moodle silently imports something that would grade badly. ``parse_gift``
never raises for bad input: a malformed question becomes an error ``Problem``
(with its line) and the rest of the file still loads.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace

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

# Escaped characters become Unicode noncharacters while the structure is parsed,
# then turn back into the characters they stand for.
_ESCAPES = {"\\": "\ufdd0", "~": "\ufdd1", "=": "\ufdd2", "#": "\ufdd3", "{": "\ufdd4", "}": "\ufdd5", ":": "\ufdd6", "n": "\ufdd7"}
_RESTORE = str.maketrans({v: ("\n" if k == "n" else k) for k, v in _ESCAPES.items()})
_ESCAPE_RE = re.compile(r"\\([\\~=#{}:n])")
_FORMAT_RE = re.compile(r"\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_META_RE = re.compile(r"\[(id|tag):([^\]]*)\]")
_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
MAX_QUESTION_CHARS = 100_000


class _Malformed(Exception):
    """A question that cannot be read; carries the line it was found at."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def _unescape(text: str) -> str:
    return text.translate(_RESTORE)


@dataclass
class _Segment:
    marker: str | None  # "=", "~" or None for text before the first marker
    offset: int  # where it starts in the question text
    body: str = ""
    feedback: str | None = None


@dataclass
class _Context:
    """One question being read: its text, how offsets map to file lines, what was found."""

    text: str
    lines: list[int]  # file line number of each line of ``text``
    label: str = ""
    warnings: list[tuple[str, int]] = field(default_factory=list)

    def line_at(self, offset: int) -> int:
        return self.lines[min(self.text.count("\n", 0, max(offset, 0)), len(self.lines) - 1)]

    def warn(self, message: str, offset: int) -> None:
        if not any(m == message for m, _ in self.warnings):
            self.warnings.append((message, self.line_at(offset)))

    def fail(self, message: str, offset: int) -> _Malformed:
        return _Malformed(message, self.line_at(offset))


def _blocks(text: str) -> list[list[tuple[int, str]]]:
    """Questions are separated by blank lines; each is a list of (line number, line)."""
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            current.append((number, line.rstrip()))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def parse_gift(text: str) -> ParseResult:
    """Read a GIFT file's text into questions and problems (errors and warnings)."""
    text = text.removeprefix("\ufeff")
    questions: list[Question] = []
    problems: list[Problem] = []
    category: str | None = None
    for block in _blocks(text):
        ids: list[str] = []
        tags: list[str] = []
        kept: list[tuple[int, str]] = []
        for number, line in block:
            stripped = line.strip()
            if stripped.startswith("//"):
                for kind, value in _META_RE.findall(stripped):
                    (ids if kind == "id" else tags).append(value.strip())
            elif stripped.startswith("$CATEGORY:") and not kept:
                category = stripped[len("$CATEGORY:") :].strip() or None
            else:
                kept.append((number, line))
        if not kept:
            if ids or tags:
                problems.append(
                    Problem(
                        "warning",
                        "an [id:] or [tag:] comment is followed by a blank line, so it belongs to no question",
                        line=block[0][0],
                    )
                )
            continue
        raw = "\n".join(line for _, line in kept)
        context = _Context(_ESCAPE_RE.sub(lambda m: _ESCAPES[m.group(1)], raw), [n for n, _ in kept])
        context.label = question_label("", _unescape(context.text))
        try:
            if len(raw) > MAX_QUESTION_CHARS:
                raise context.fail(f"the question is longer than {MAX_QUESTION_CHARS} characters", 0)
            question = _parse_question(context)
        except _Malformed as exc:
            problems.append(Problem("error", str(exc), line=exc.line, question=context.label))
            continue
        tags = [t for t in tags if t]
        if len(ids) > 1:
            context.warn(f"several [id:] comments; the first, {ids[0]!r}, is used", 0)
        if ids and not ids[0]:
            context.warn("an empty [id:] is ignored", 0)
        question = replace(
            question,
            id=ids[0] if ids and ids[0] else None,
            tags=tuple(dict.fromkeys(tags)),
            category=category,
            line=kept[0][0],
        )
        found = semantic_problems(question)
        problems.extend(Problem(m_sev, m, line=question.line, question=question.label) for m_sev, m in found)
        problems.extend(Problem("warning", m, line=n, question=question.label) for m, n in context.warnings)
        if not any(severity == "error" for severity, _ in found):
            questions.append(question)
    return check_duplicate_ids(ParseResult(tuple(questions), tuple(problems)))


def _parse_question(ctx: _Context) -> Question:
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
    fmt = "moodle"
    rest = text[position:]
    stripped = rest.lstrip()
    match = _FORMAT_RE.match(stripped)
    if match:
        fmt = match.group(1).lower()
        position += len(rest) - len(stripped) + match.end()

    opening = text.find("{", position)
    closing = text.find("}", position)
    if opening < 0:
        if closing >= 0:
            raise ctx.fail("a '}' with no '{' before it (write \\} for a brace in text)", closing)
        stem = _unescape(text[position:]).strip()
        ctx.label = question_label(title, stem)
        return Question(type="description", stem=stem, title=title, format=fmt)
    if closing >= 0 and closing < opening:
        raise ctx.fail("a '}' with no '{' before it (write \\} for a brace in text)", closing)
    if closing < 0:
        raise ctx.fail("the answers' '{' is never closed with '}'", opening)
    nested = text.find("{", opening + 1, closing)
    if nested >= 0:
        raise ctx.fail("a '{' inside the answers (write \\{ for a brace in text)", nested)
    after = text[closing + 1 :]
    if "{" in after or "}" in after:
        extra = closing + 1 + min(i for i in (after.find("{"), after.find("}")) if i >= 0)
        raise ctx.fail("more than one set of answers in braces (write \\{ \\} for braces in text)", extra)

    before = _unescape(text[position:opening])
    after_text = _unescape(after)
    if after_text.strip():
        stem = (before + BLANK + after_text).strip()
    else:
        stem = before.strip()
    ctx.label = question_label(title, stem)
    question = _parse_answers(ctx, text[opening + 1 : closing], opening + 1)
    return replace(question, stem=stem, title=title, format=fmt)


def _split_segments(ctx: _Context, block: str, offset: int) -> list[_Segment]:
    """Cut an answer set into answers at '=' and '~', each with its '#' feedback.

    Inside feedback an '=' or '~' starts a new answer only where an author
    would write one (after a space, before a word); otherwise Moodle would
    silently turn the rest of the feedback into another answer, so we keep it
    as feedback and warn.
    """
    segments = [_Segment(None, offset)]
    for index, ch in enumerate(block):
        current = segments[-1]
        if ch in "=~":
            if current.feedback is None:
                segments.append(_Segment(ch, offset + index))
                continue
            before = block[index - 1] if index else " "
            after = block[index + 1] if index + 1 < len(block) else " "
            if before.isspace() and not after.isspace():
                segments.append(_Segment(ch, offset + index))
                continue
            ctx.warn(
                f"an unescaped '{ch}' inside feedback: Moodle would read the rest as another "
                f"{'right' if ch == '=' else 'wrong'} answer. Kept as feedback here; write \\{ch} to be sure",
                offset + index,
            )
            current.feedback += ch
        elif ch == "#" and current.feedback is None:
            current.feedback = ""
        elif current.feedback is None:
            current.body += ch
        else:
            current.feedback += ch
    return segments


def _weight(ctx: _Context, segment: _Segment, default: float) -> tuple[float, str]:
    """The ``%50%`` weight at the start of an answer, as a fraction, and the rest of its text."""
    body = segment.body.strip()
    if not body.startswith("%"):
        return default, body
    end = body.find("%", 1)
    if end < 0:
        raise ctx.fail("a weight like %50% is not closed with '%'", segment.offset)
    raw = body[1:end].strip()
    if not _NUMBER_RE.fullmatch(raw):
        raise ctx.fail(f"the weight %{raw}% is not a number", segment.offset)
    value = float(raw)
    if not -100 <= value <= 100:
        raise ctx.fail(f"the weight %{raw}% is outside -100..100", segment.offset)
    return value / 100, body[end + 1 :].strip()


def _feedback(segment: _Segment) -> str:
    return _unescape(segment.feedback or "").strip()


def _parse_answers(ctx: _Context, block: str, offset: int) -> Question:
    general = ""
    cut = block.find("####")
    if cut >= 0:
        general = _unescape(block[cut + 4 :]).strip()
        block = block[:cut]
    stripped = block.strip()
    if not stripped:
        return Question(type="essay", stem="", general_feedback=general)
    if stripped.startswith("#"):
        start = block.index("#") + 1
        return replace(_parse_numerical(ctx, block[start:], offset + start), general_feedback=general)

    segments = _split_segments(ctx, block, offset)
    leading, answers = segments[0], segments[1:]
    markers = {s.marker for s in answers}
    if "~" in markers:
        return replace(_parse_choices(ctx, leading, answers), general_feedback=general)
    if "=" in markers and any("->" in s.body for s in answers):
        return replace(_parse_matching(ctx, leading, answers), general_feedback=general)
    if not answers and leading.body.strip().upper() in _TRUE_FALSE:
        return replace(_parse_true_false(leading), general_feedback=general)
    return replace(_parse_short(ctx, leading, answers), general_feedback=general)


def _parse_choices(ctx: _Context, leading: _Segment, segments: list[_Segment]) -> Question:
    if leading.body.strip() or leading.feedback is not None:
        ctx.warn("text before the first '~' or '=' in the answers is ignored", leading.offset)
    single = any(s.marker == "=" for s in segments)
    choices = []
    for segment in segments:
        fraction, text = _weight(ctx, segment, 1.0 if segment.marker == "=" else 0.0)
        if not text:
            raise ctx.fail(f"an empty answer after '{segment.marker}'", segment.offset)
        choices.append(Answer(_unescape(text), fraction, _feedback(segment)))
    return Question(type="single" if single else "multiple", stem="", choices=tuple(choices))


def _parse_matching(ctx: _Context, leading: _Segment, segments: list[_Segment]) -> Question:
    if leading.body.strip():
        ctx.warn("text before the first '=' in the answers is ignored", leading.offset)
    pairs = []
    for segment in segments:
        if segment.marker != "=" or "->" not in segment.body:
            raise ctx.fail("every matching answer looks like '=left -> right'", segment.offset)
        left, right = segment.body.split("->", 1)
        if not right.strip():
            raise ctx.fail("a matching pair with nothing after '->'", segment.offset)
        if segment.feedback is not None:
            ctx.warn("feedback on a matching pair is not shown (Moodle ignores it too)", segment.offset)
        pairs.append(Pair(_unescape(left).strip(), _unescape(right).strip()))
    return Question(type="matching", stem="", pairs=tuple(pairs))


def _parse_true_false(segment: _Segment) -> Question:
    answer = _TRUE_FALSE[segment.body.strip().upper()]
    # Moodle: the first feedback is shown for a wrong answer, the second for a right one.
    wrong, _, right = (segment.feedback or "").partition("#")
    wrong, right = _unescape(wrong).strip(), _unescape(right).strip()
    return Question(
        type="truefalse",
        stem="",
        answer=answer,
        feedback_true=right if answer else wrong,
        feedback_false=wrong if answer else right,
    )


def _parse_short(ctx: _Context, leading: _Segment, segments: list[_Segment]) -> Question:
    if leading.body.strip():
        segments = [replace(leading, marker="="), *segments]
    elif leading.feedback is not None:
        ctx.warn("feedback before the first answer is ignored", leading.offset)
    answers = []
    for segment in segments:
        fraction, text = _weight(ctx, segment, 1.0)
        if not text:
            raise ctx.fail("an empty answer after '='", segment.offset)
        answers.append(Answer(_unescape(text), fraction, _feedback(segment)))
    return Question(type="short", stem="", answers=tuple(answers))


def _number(ctx: _Context, raw: str, offset: int, what: str) -> float:
    raw = raw.strip()
    if not _NUMBER_RE.fullmatch(raw):
        shown = _unescape(raw) or "(nothing)"
        raise ctx.fail(
            f"the {what} {shown!r} of a numerical answer is not a number "
            "(write 3.14, not 3,14; Moodle would accept it and grade it wrongly)",
            offset,
        )
    value = float(raw)
    if not math.isfinite(value):
        raise ctx.fail(f"the {what} {raw!r} is too large", offset)
    return value


def _numeric_answer(ctx: _Context, text: str, offset: int, fraction: float, feedback: str) -> NumericAnswer:
    if ".." in text:
        low_raw, high_raw = text.split("..", 1)
        low = _number(ctx, low_raw, offset, "minimum")
        high = _number(ctx, high_raw, offset, "maximum")
        if low > high:
            raise ctx.fail(f"the range {low:g}..{high:g} has its minimum above its maximum", offset)
        return NumericAnswer(fraction, feedback, min=low, max=high)
    value_raw, _, tolerance_raw = text.partition(":")
    value = _number(ctx, value_raw, offset, "value")
    tolerance = _number(ctx, tolerance_raw, offset, "tolerance") if tolerance_raw.strip() else 0.0
    if tolerance < 0:
        raise ctx.fail("a negative tolerance", offset)
    return NumericAnswer(fraction, feedback, value=value, tolerance=tolerance)


def _parse_numerical(ctx: _Context, block: str, offset: int) -> Question:
    segments = _split_segments(ctx, block, offset)
    leading, rest = segments[0], segments[1:]
    if not rest:
        if not leading.body.strip():
            raise ctx.fail("a numerical question with no number after '#'", offset)
        only = _numeric_answer(ctx, leading.body, leading.offset, 1.0, _feedback(leading))
        return Question(type="numerical", stem="", answers=(only,))
    if leading.body.strip():
        raise ctx.fail("text before the first '=' of a numerical question with several answers", leading.offset)
    answers = []
    for segment in rest:
        fraction, text = _weight(ctx, segment, 1.0 if segment.marker == "=" else 0.0)
        answers.append(_numeric_answer(ctx, text, segment.offset, fraction, _feedback(segment)))
    return Question(type="numerical", stem="", answers=tuple(answers))
