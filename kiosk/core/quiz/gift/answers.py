"""The answers between a question's braces: choices, matching pairs, true/false, short and numerical answers."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any

from kiosk.core.quiz.gift.context import Context, question_fields
from kiosk.core.quiz.gift.scan import MAX_ANSWERS, quoted, unescape
from kiosk.core.quiz.model import Answer, NumericAnswer, Pair
from kiosk.core.say import QT_TRANSLATE_NOOP, say

_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_MARKER_OR_FEEDBACK = re.compile(r"[=~#]")
# An '=' or '~' that starts an answer inside feedback: first on its line, or after a space and before a word.
_ANSWER_IN_FEEDBACK = re.compile(r"\n[ \t\r\f\v]*([=~])|(?<=\s)([=~])(?=\S)")
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}


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


def _split_segments(ctx: Context, block: str, offset: int) -> list[_Segment]:
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
            raise ctx.fail(
                say(QT_TRANSLATE_NOOP("core", "more than %1 answers in one question"), MAX_ANSWERS),
                offset + index,
            )
        marker, start, position = block[index], index + 1, index + 1


def _warn_markers_kept(ctx: Context, block: str, start: int, end: int, offset: int) -> None:
    """Warn about an '=' or '~' left inside the feedback ``block[start:end]``."""
    warnings = {
        "=": QT_TRANSLATE_NOOP(
            "core",
            "an unescaped '=' inside feedback: Moodle would read the rest as another right answer. "
            "Kept as feedback here; write \\= to be sure"
        ),
        "~": QT_TRANSLATE_NOOP(
            "core",
            "an unescaped '~' inside feedback: Moodle would read the rest as another wrong answer. "
            "Kept as feedback here; write \\~ to be sure"
        ),
    }
    for ch, warning in warnings.items():
        kept = block.find(ch, start, end)
        if kept >= 0:
            ctx.warn(say(warning), offset + kept)


def _segment(block: str, marker: str | None, start: int, feedback_at: int, end: int, offset: int) -> _Segment:
    at = offset + (start - 1 if marker else 0)
    if feedback_at < 0:
        return _Segment(marker, at, block[start:end])
    return _Segment(marker, at, block[start:feedback_at], block[feedback_at + 1 : end])


def _weight(ctx: Context, segment: _Segment, default: float) -> tuple[float, str, bool]:
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
        raise ctx.fail(
            say(QT_TRANSLATE_NOOP("core", "the weight %1 is not a number"), quoted("%" + unescape(raw) + "%")),
            segment.offset,
        )
    value = float(raw)
    if not -100 <= value <= 100:
        raise ctx.fail(
            say(QT_TRANSLATE_NOOP("core", "the weight %1 is outside -100..100"), quoted("%" + raw + "%")),
            segment.offset,
        )
    return value / 100, body[end + 1 :].strip(), True


def parse_answers(ctx: Context, block: str, offset: int) -> dict[str, Any]:
    general, general_format = "", ctx.format
    cut = block.rfind("####")  # the last one, as in Moodle
    if cut >= 0:
        general, general_format = ctx.formatted(block[cut + 4 :], offset + cut + 4)
        block = block[:cut]
    stripped = block.strip()
    if not stripped:
        fields = question_fields("essay", ctx)
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


def _parse_choices(ctx: Context, leading: _Segment, segments: list[_Segment]) -> dict[str, Any]:
    single = any(s.marker == "=" for s in segments)
    if leading.body.strip():
        ctx.warn(
            say(
                QT_TRANSLATE_NOOP(
                    "core", "the text before the first '~' or '=' is a wrong choice (as in Moodle); start it with '~'"
                )
            ),
            leading.offset,
        )
        segments = [replace(leading, marker="~"), *segments]
    choices = []
    for number, segment in enumerate(segments):
        fraction, text, weighted = _weight(ctx, segment, 1.0 if segment.marker == "=" else 0.0)
        if weighted and segment.marker == "=":
            ctx.warn(
                say(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "a weight after '=' in a choice question: Kiosk uses it, but Moodle gives an '=' choice full "
                        "marks and shows the weight as part of its text; write '~%50%...' for a partly right choice"
                    )
                ),
                segment.offset,
            )
        text, text_format = ctx.formatted(text, segment.offset)
        if not text:
            following = segments[number + 1] if number + 1 < len(segments) else None
            if segment.marker == "~" and following and following.marker == "=" and following.offset == segment.offset + 1:
                raise ctx.fail(
                    say(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "'~=' marks a right answer in Moodle's embedded answers (Cloze) format, not in GIFT: "
                            "write '=right ~wrong'"
                        )
                    ),
                    segment.offset,
                )
            raise ctx.fail(say(QT_TRANSLATE_NOOP("core", "an empty answer after '%1'"), segment.marker), segment.offset)
        feedback, feedback_format = ctx.formatted(segment.feedback or "", segment.offset)
        choices.append(Answer(text, fraction, feedback, format=text_format, feedback_format=feedback_format))
    return question_fields("single" if single else "multiple", ctx, choices=tuple(choices))


def _parse_matching(ctx: Context, leading: _Segment, segments: list[_Segment]) -> dict[str, Any]:
    if leading.body.strip():
        raise ctx.fail(
            say(QT_TRANSLATE_NOOP("core", "text before the first '=' of a matching question (each pair is '=left -> right')")),
            leading.offset,
        )
    pairs = []
    for segment in segments:
        whole = segment.whole
        if segment.marker != "=" or "->" not in whole:
            raise ctx.fail(
                say(QT_TRANSLATE_NOOP("core", "every matching answer looks like '=left -> right'")),
                segment.offset,
            )
        left_raw, right_raw = whole.split("->", 1)
        left, left_format = ctx.formatted(left_raw, segment.offset)
        right = unescape(right_raw).strip()
        if not right:
            raise ctx.fail(say(QT_TRANSLATE_NOOP("core", "a matching pair with nothing after '->'")), segment.offset)
        if segment.feedback is not None:
            shown = right if "#" in right else left
            ctx.warn(
                say(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "a matching pair has no feedback in GIFT: Moodle keeps the '#' and what follows in the pair's "
                        "text, here %1, and so does Kiosk; write \\# if the '#' is meant, or remove the feedback"
                    ),
                    quoted(shown),
                ),
                segment.offset,
            )
        pairs.append(Pair(left, right, left_format=left_format))
    return question_fields("matching", ctx, pairs=tuple(pairs))


def _parse_true_false(ctx: Context, segment: _Segment) -> dict[str, Any]:
    answer = _TRUE_FALSE[segment.body.strip().upper()]
    # Moodle: the first feedback is shown for a wrong answer, the second for a right one.
    wrong_raw, _, right_raw = (segment.feedback or "").partition("#")
    wrong, wrong_format = ctx.formatted(wrong_raw, segment.offset)
    right, right_format = ctx.formatted(right_raw, segment.offset)
    return question_fields(
        "truefalse",
        ctx,
        answer=answer,
        feedback_true=right if answer else wrong,
        feedback_false=wrong if answer else right,
        feedback_true_format=right_format if answer else wrong_format,
        feedback_false_format=wrong_format if answer else right_format,
    )


def _parse_short(ctx: Context, leading: _Segment, segments: list[_Segment]) -> dict[str, Any]:
    if leading.body.strip():
        segments = [replace(leading, marker="="), *segments]
    answers = []
    for segment in segments:
        fraction, text, _ = _weight(ctx, segment, 1.0)
        text, _ = ctx.formatted(text, segment.offset)  # a format prefix is dropped: the answer is typed
        if not text:
            raise ctx.fail(say(QT_TRANSLATE_NOOP("core", "an empty answer after '%1'"), "="), segment.offset)
        feedback, feedback_format = ctx.formatted(segment.feedback or "", segment.offset)
        answers.append(Answer(text, fraction, feedback, format=ctx.format, feedback_format=feedback_format))
    return question_fields("short", ctx, answers=tuple(answers))


_NUMBER_PARTS = {
    "minimum": QT_TRANSLATE_NOOP("core", "the minimum"),
    "maximum": QT_TRANSLATE_NOOP("core", "the maximum"),
    "value": QT_TRANSLATE_NOOP("core", "the value"),
    "tolerance": QT_TRANSLATE_NOOP("core", "the tolerance"),
}


def _number(ctx: Context, raw: str, offset: int, what: str) -> float:
    raw = raw.strip()
    if not _NUMBER_RE.fullmatch(raw):
        raise ctx.fail(
            say(
                QT_TRANSLATE_NOOP(
                    "core",
                    "%1 %2 of a numerical answer is not a number "
                    "(write 3.14, not 3,14; Moodle would accept it and grade it wrongly)"
                ),
                say(_NUMBER_PARTS[what]),
                quoted(raw) if raw else say(QT_TRANSLATE_NOOP("core", "(nothing)")),
            ),
            offset,
        )
    value = float(raw)
    if not math.isfinite(value):
        raise ctx.fail(
            say(QT_TRANSLATE_NOOP("core", "%1 %2 is too large"), say(_NUMBER_PARTS[what]), quoted(raw)),
            offset,
        )
    return value


def _numeric_answer(
    ctx: Context, text: str, offset: int, fraction: float, feedback: tuple[str, str]
) -> NumericAnswer:
    said, feedback_format = feedback
    if ".." in text:
        low_raw, high_raw = text.split("..", 1)
        low = _number(ctx, low_raw, offset, "minimum")
        high = _number(ctx, high_raw, offset, "maximum")
        if low > high:
            raise ctx.fail(
                say(QT_TRANSLATE_NOOP("core", "the range %1..%2 has its minimum above its maximum"), f"{low:g}", f"{high:g}"),
                offset,
            )
        return NumericAnswer(fraction, said, min=low, max=high, feedback_format=feedback_format)
    value_raw, _, tolerance_raw = text.partition(":")
    value = _number(ctx, value_raw, offset, "value")
    tolerance = _number(ctx, tolerance_raw, offset, "tolerance") if tolerance_raw.strip() else 0.0
    if tolerance < 0:
        raise ctx.fail(say(QT_TRANSLATE_NOOP("core", "a negative tolerance")), offset)
    return NumericAnswer(fraction, said, value=value, tolerance=tolerance, feedback_format=feedback_format)


def _parse_numerical(ctx: Context, block: str, offset: int) -> dict[str, Any]:
    """``{#3:2}``, ``{#1..5}``, ``{#=3:0 =%50%3:1}``; ``~#feedback`` is the feedback for any other number."""
    segments = _split_segments(ctx, block, offset)
    leading, rest = segments[0], segments[1:]
    if leading.feedback is not None and not leading.body.strip():
        raise ctx.fail(
            say(QT_TRANSLATE_NOOP("core", "feedback with no number before it in a numerical question")),
            leading.offset,
        )
    answers: list[NumericAnswer] = []
    any_other: NumericAnswer | None = None
    for segment in ([leading] if leading.body.strip() else []) + rest:
        feedback = ctx.formatted(segment.feedback or "", segment.offset)
        if segment.marker == "~":
            if any_other is not None:
                raise ctx.fail(
                    say(QT_TRANSLATE_NOOP("core", "a numerical question has only one '~#feedback' for any other number")),
                    segment.offset,
                )
            if segment.body.strip():
                ctx.warn(
                    say(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "the text between '~' and '#' is ignored: in a numerical question '~#feedback' is the "
                            "feedback for any other number, as in Moodle (give part marks with '=%50%3.1:0.1')"
                        )
                    ),
                    segment.offset,
                )
            any_other = NumericAnswer(0.0, feedback[0], feedback_format=feedback[1], any=True)
            continue
        if any_other is not None:
            raise ctx.fail(
                say(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "an answer after the '~#feedback' for any other number (Moodle would read it as part of "
                        "that feedback); put '~#...' last"
                    )
                ),
                segment.offset,
            )
        fraction, text, _ = _weight(ctx, segment, 1.0)
        text, _ = ctx.formatted(text, segment.offset)
        answers.append(_numeric_answer(ctx, text, segment.offset, fraction, feedback))
    if not answers:
        raise ctx.fail(say(QT_TRANSLATE_NOOP("core", "a numerical question with no number after '#'")), offset)
    if any_other is not None:
        answers.append(any_other)
    return question_fields("numerical", ctx, answers=tuple(answers))
