"""Questions as frozen dataclasses, and the problems a quiz check finds (docs/quiz-format.md).

Their JSON form, the one contract for a quiz, is ``kiosk.core.quiz.json_form``.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field

from kiosk.core.say import QT_TRANSLATE_NOOP, say

QUESTION_TYPES = ("single", "multiple", "truefalse", "short", "numerical", "matching", "essay", "description")
FORMATS = ("moodle", "html", "plain", "markdown")
GRADED_TYPES = ("single", "multiple", "truefalse", "short", "numerical", "matching")
BLANK = "_____"
# Right weights of a multiple-answer question may add to 99.999 (3 x 33.333) and still count as 100 %.
WEIGHT_SLACK = 0.0001


@dataclass(frozen=True)
class Answer:
    """A choice (single/multiple) or an accepted short answer; ``fraction`` is weight/100.

    ``format`` is the choice text's format (a short answer is matched as typed, so
    its own is unused) and ``feedback_format`` the feedback's: one of ``FORMATS``.
    """

    text: str
    fraction: float
    feedback: str = ""
    format: str = "moodle"
    feedback_format: str = "moodle"


@dataclass(frozen=True)
class NumericAnswer:
    """A number with a tolerance, a range ``min..max`` (then ``value`` is None), or, with
    ``any``, every number no other answer takes (GIFT's ``~#feedback``, Moodle's ``*``)."""

    fraction: float
    feedback: str = ""
    value: float | None = None
    tolerance: float | None = None
    min: float | None = None
    max: float | None = None
    feedback_format: str = "moodle"
    any: bool = False

    def accepts(self, number: float) -> bool:
        if self.any:
            return True
        if self.value is not None:
            tolerance = self.tolerance or 0.0
            slack = 1e-9 * max(1.0, abs(self.value), abs(tolerance))
            return abs(number - self.value) <= tolerance + slack
        assert self.min is not None and self.max is not None
        slack = 1e-9 * max(1.0, abs(self.min), abs(self.max))
        return self.min - slack <= number <= self.max + slack


@dataclass(frozen=True)
class Pair:
    """A matching pair; an empty ``left`` is an extra wrong right-hand option.

    The left side has a format (``left_format``); the right side is plain text, as in Moodle.
    """

    left: str
    right: str
    left_format: str = "moodle"


@dataclass(frozen=True)
class Question:
    type: str
    stem: str
    id: str | None = None
    tags: tuple[str, ...] = ()
    category: str | None = None
    title: str = ""
    format: str = "moodle"  # the stem's format, and every other text's unless it says otherwise
    general_feedback: str = ""
    general_feedback_format: str = "moodle"
    choices: tuple[Answer, ...] = ()
    answer: bool | None = None
    feedback_true: str = ""
    feedback_false: str = ""
    feedback_true_format: str = "moodle"
    feedback_false_format: str = "moodle"
    answers: tuple[Answer, ...] | tuple[NumericAnswer, ...] = ()
    pairs: tuple[Pair, ...] = ()
    # Where the question starts in its source file (not part of the JSON form).
    line: int | None = field(default=None, compare=False)

    @property
    def label(self) -> str:
        """The title, or the first words of the stem: how a message names the question."""
        return question_label(self.title, self.stem)

    @property
    def key(self) -> str:
        """A stable id for storing responses: the [id:], else one derived from the title or stem."""
        if self.id:
            return self.id
        basis = self.title or f"{self.type}:{self.stem}"
        return "q-" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:12]

    @property
    def graded(self) -> bool:
        return self.type in GRADED_TYPES

    @property
    def prompts(self) -> tuple[Pair, ...]:
        """Matching pairs the learner must match (those with a left-hand side)."""
        return tuple(p for p in self.pairs if p.left)


class Severity(enum.StrEnum):
    """How bad a quiz problem is: an error drops the question, a warning keeps it."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """Something wrong in a quiz file: an ``error`` drops the question, a ``warning`` keeps it."""

    severity: Severity
    message: str
    line: int | None = None
    question: str = ""

    def __str__(self) -> str:
        """One line, said so the app can translate it: ``error: line 3, 'Capital of France': ...``."""
        where: str = self.question
        if self.line is not None:
            where = (
                say(QT_TRANSLATE_NOOP("core", "line %1, %2"), self.line, self.question)
                if self.question
                else say(QT_TRANSLATE_NOOP("core", "line %1"), self.line)
            )
        if self.severity == Severity.ERROR:
            if where:
                return say(QT_TRANSLATE_NOOP("core", "error: %1: %2"), where, self.message)
            return say(QT_TRANSLATE_NOOP("core", "error: %1"), self.message)
        if where:
            return say(QT_TRANSLATE_NOOP("core", "warning: %1: %2"), where, self.message)
        return say(QT_TRANSLATE_NOOP("core", "warning: %1"), self.message)


@dataclass(frozen=True)
class ParseResult:
    questions: tuple[Question, ...]
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == Severity.WARNING)


def question_label(title: str, stem: str, *, words: int = 6, chars: int = 60) -> str:
    """How a message names a question: its title, or its first words (cut at ``chars``)."""
    text = title or " ".join(stem.split(maxsplit=words)[:words])
    if not text:
        return say(QT_TRANSLATE_NOOP("core", "(no text)"))
    cut = len(text) > chars or (not title and len(stem.split(maxsplit=words)) > words)
    return f"'{text[:chars]}…'" if cut else f"'{text}'"


def percent(fraction: float) -> str:
    return f"{fraction * 100:g}%"


def semantic_problems(question: Question) -> list[tuple[Severity, str]]:
    """(severity, message) for a well-formed question that would grade badly."""
    found: list[tuple[Severity, str]] = []
    if question.type not in ("description",) and not question.stem.strip():
        found.append((Severity.ERROR, say(QT_TRANSLATE_NOOP("core", "the question has no text"))))
    if question.type in ("single", "multiple"):
        positive = [c.fraction for c in question.choices if c.fraction > 0]
        if not positive:
            found.append(
                (
                    Severity.ERROR,
                    say(QT_TRANSLATE_NOOP("core", "no choice is right (give one '=' or a positive weight like ~%50%)")),
                )
            )
        elif question.type == "multiple" and abs(sum(positive) - 1.0) > WEIGHT_SLACK:
            found.append(
                (
                    Severity.WARNING,
                    say(
                        QT_TRANSLATE_NOOP(
                            "core", "the right weights add to %1, not 100%: picking every right choice scores %2"
                        ),
                        percent(sum(positive)),
                        percent(min(1.0, sum(positive))),
                    ),
                )
            )
        if len(question.choices) < 2:
            found.append((Severity.WARNING, say(QT_TRANSLATE_NOOP("core", "a choice question with only one choice"))))
    elif question.type in ("short", "numerical"):
        if not any(a.fraction > 0 for a in question.answers):
            found.append(
                (Severity.ERROR, say(QT_TRANSLATE_NOOP("core", "no answer is right (every answer has a weight of 0% or less)")))
            )
    elif question.type == "matching":
        if len(question.prompts) < 2:
            found.append(
                (Severity.ERROR, say(QT_TRANSLATE_NOOP("core", "a matching question needs at least two pairs 'left -> right'")))
            )
    return found


def check_duplicate_ids(result: ParseResult) -> ParseResult:
    """Refuse a question whose [id:] was already used: its responses would mix with the first's."""
    seen: dict[str, Question] = {}
    kept: list[Question] = []
    problems = list(result.problems)
    for question in result.questions:
        if question.id is not None and question.id in seen:
            first = seen[question.id]
            used = (
                say(
                    QT_TRANSLATE_NOOP("core", "the id %1 is already used by %2 (line %3); ids must be unique"),
                    repr(question.id),
                    first.label,
                    first.line,
                )
                if first.line is not None
                else say(
                    QT_TRANSLATE_NOOP("core", "the id %1 is already used by %2; ids must be unique"),
                    repr(question.id),
                    first.label,
                )
            )
            problems.append(
                Problem(
                    Severity.ERROR,
                    used,
                    line=question.line,
                    question=question.label,
                )
            )
            continue
        if question.id is not None:
            seen[question.id] = question
        kept.append(question)
    problems.sort(key=lambda p: (p.line is None, p.line or 0))
    return ParseResult(tuple(kept), tuple(problems))


@dataclass
class QuizReading:
    """A quiz file being read (GIFT or JSON): the questions kept so far and the problems found."""

    questions: list[Question] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def error(self, message: str, *, line: int | None = None, question: str = "") -> None:
        self.problems.append(Problem(Severity.ERROR, message, line=line, question=question))

    def warn(self, message: str, *, line: int | None = None, question: str = "") -> None:
        self.problems.append(Problem(Severity.WARNING, message, line=line, question=question))

    def keep_if_sound(self, question: Question, *, label: str, line: int | None = None) -> None:
        """Report ``question``'s ``semantic_problems`` under ``label``; keep it unless one is an error."""
        found = semantic_problems(question)
        self.problems.extend(Problem(severity, message, line=line, question=label) for severity, message in found)
        if not any(severity == Severity.ERROR for severity, _ in found):
            self.questions.append(question)

    def result(self) -> ParseResult:
        """What was read, each question whose id was already used refused (``check_duplicate_ids``)."""
        return check_duplicate_ids(ParseResult(tuple(self.questions), tuple(self.problems)))
