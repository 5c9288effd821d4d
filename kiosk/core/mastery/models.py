"""Mastery models a pack author can choose per skill.

Every model is a pure rule over a learner's graded answers on one skill, in
the order they were given. The manifest's ``mastery`` object picks the model
(default ``m_of_n`` with m = 4, n = 5); docs/mastery.md states each rule.

How a score counts:
- An essay not yet reviewed (``fraction is None``) is ignored by every model.
- ``m_of_n``, ``streak`` and ``all``: an answer is right when its fraction is
  at least ``FULL_CREDIT`` (0.999); partial credit counts as wrong.
- ``bkt``: a fraction is soft evidence. The likelihoods of the observation are
  mixed linearly, P(obs | known) = f(1 - slip) + (1 - f)slip and
  P(obs | not known) = f·guess + (1 - f)(1 - guess); f = 1 and f = 0 give the
  classic right and wrong updates.
"""

from __future__ import annotations

from collections import deque
import enum
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from math import isfinite
from typing import Protocol

from kiosk.core.errors import InvalidInput
from kiosk.core.records import AnswerRecord  # noqa: F401 (part of this module's API)
from kiosk.core.say import QT_TRANSLATE_NOOP, say



class SkillStatus(enum.StrEnum):
    """Where a learner stands on a skill; stored and written out as its value."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    MASTERED = "mastered"
    DUE = "due"  # mastered, and a refresher review is due (set by review.py)


FULL_CREDIT = 0.999
BKT_MASTERED = 0.95
DEFAULT_SPEC: Mapping[str, object] = {"model": "m_of_n", "m": 4, "n": 5}
BKT_DEFAULTS: Mapping[str, float] = {"prior": 0.2, "learn": 0.15, "guess": 0.2, "slip": 0.1}

STATUS_LABELS = {
    SkillStatus.NOT_STARTED: "not started",
    SkillStatus.IN_PROGRESS: "in progress",
    SkillStatus.MASTERED: "mastered",
    SkillStatus.DUE: "due for review",
}


@dataclass(frozen=True)
class SkillState:
    """Where a learner stands on one skill.

    ``progress`` (0..1) fills the bar; ``explanation`` says why, in plain words.
    ``mastered_at``/``due_at``/``needs_review`` are filled by review.py.
    """

    status: SkillStatus
    progress: float
    explanation: str
    attempts: int = 0
    mastered_at: datetime | None = None
    due_at: datetime | None = None
    needs_review: bool = False

    @property
    def is_mastered(self) -> bool:
        """Mastered, whether or not a review is due."""
        return self.status in (SkillStatus.MASTERED, SkillStatus.DUE)

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]


def is_right(fraction: float) -> bool:
    """Full credit: the rule m_of_n, streak and all use (and review ratings)."""
    return fraction >= FULL_CREDIT


class MasteryTracker(Protocol):
    """A model's running state: feed graded answers in time order."""

    def add(self, question_id: str, fraction: float) -> bool:
        """Take one graded answer; return whether the rule is met now."""

    def state(self) -> SkillState:
        """The state after the answers given so far."""


class MasteryModel(Protocol):
    name: str
    restarts_on_lapse: bool

    def tracker(self) -> MasteryTracker: ...

    def assess(self, answers: Iterable[AnswerRecord]) -> SkillState: ...


def _clamp(value: float) -> float:
    return 0.0 if value < 0.0 else 1.0 if value > 1.0 else value


def not_started() -> SkillState:
    """The state of a skill with no graded answer yet."""
    return SkillState(SkillStatus.NOT_STARTED, 0.0, "You have not answered any questions on this skill yet.")



def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


class _ModelBase:
    name = ""
    restarts_on_lapse = True

    def tracker(self) -> MasteryTracker:  # pragma: no cover - overridden
        raise NotImplementedError

    def assess(self, answers: Iterable[AnswerRecord]) -> SkillState:
        """The rule over all these answers (unreviewed essays skipped), no review schedule."""
        tracker = self.tracker()
        for answer in answers:
            if answer.fraction is not None:
                tracker.add(answer.question_id, answer.fraction)
        return tracker.state()


# --- m_of_n ---------------------------------------------------------------


@dataclass(frozen=True)
class MOfN(_ModelBase):
    """Mastered when at least m of the last n graded answers were right."""

    m: int = 4
    n: int = 5
    name = "m_of_n"

    def tracker(self) -> _MOfNTracker:
        return _MOfNTracker(self.m, self.n)


class _MOfNTracker:
    __slots__ = ("m", "n", "window", "right", "attempts")

    def __init__(self, m: int, n: int) -> None:
        self.m, self.n = m, n
        self.window: deque[bool] = deque()
        self.right = 0
        self.attempts = 0

    def add(self, question_id: str, fraction: float) -> bool:
        ok = fraction >= FULL_CREDIT
        self.attempts += 1
        self.window.append(ok)
        self.right += ok
        if len(self.window) > self.n:
            self.right -= self.window.popleft()
        return self.right >= self.m

    def state(self) -> SkillState:
        if not self.attempts:
            return not_started()
        seen, right, m, n = len(self.window), self.right, self.m, self.n
        said = (
            f"{right} of your last {seen} answers were right"
            if seen > 1
            else ("Your only answer so far was right" if right else "Your only answer so far was wrong")
        )
        if right >= m:
            return SkillState(SkillStatus.MASTERED, 1.0, f"{said}; you needed {m} of {n}.", self.attempts)
        return SkillState(SkillStatus.IN_PROGRESS, _clamp(right / m), f"{said}; you need {m} of {n}.", self.attempts)


# --- streak ---------------------------------------------------------------


@dataclass(frozen=True)
class Streak(_ModelBase):
    """Mastered when the most recent n graded answers were all right."""

    n: int = 3
    name = "streak"

    def tracker(self) -> _StreakTracker:
        return _StreakTracker(self.n)


class _StreakTracker:
    __slots__ = ("n", "run", "attempts")

    def __init__(self, n: int) -> None:
        self.n = n
        self.run = 0
        self.attempts = 0

    def add(self, question_id: str, fraction: float) -> bool:
        self.attempts += 1
        self.run = self.run + 1 if fraction >= FULL_CREDIT else 0
        return self.run >= self.n

    def state(self) -> SkillState:
        if not self.attempts:
            return not_started()
        if self.run >= self.n:
            return SkillState(
                SkillStatus.MASTERED, 1.0, f"Your last {_plural(self.n, 'answer')} in a row were right.", self.attempts
            )
        said = "Your last answer was wrong" if self.run == 0 else f"You have {self.run} right in a row"
        return SkillState(
            SkillStatus.IN_PROGRESS, _clamp(self.run / self.n), f"{said}; you need {self.n} in a row.", self.attempts
        )


# --- all ------------------------------------------------------------------


@dataclass(frozen=True)
class AllCorrect(_ModelBase):
    """Mastered when every question tagged with the skill was answered right at least once.

    ``question_ids`` None means the list is unknown: the skill is then never
    mastered (a credential must not be awarded on a guess).
    """

    question_ids: frozenset[str] | None = None
    name = "all"

    def tracker(self) -> _AllTracker:
        return _AllTracker(self.question_ids)


class _AllTracker:
    __slots__ = ("wanted", "right", "attempts")

    def __init__(self, wanted: frozenset[str] | None) -> None:
        self.wanted = wanted
        self.right: set[str] = set()
        self.attempts = 0

    def add(self, question_id: str, fraction: float) -> bool:
        self.attempts += 1
        wanted = self.wanted
        if fraction >= FULL_CREDIT and wanted is not None and question_id in wanted:
            self.right.add(question_id)
        return wanted is not None and len(self.right) == len(wanted)

    def state(self) -> SkillState:
        if not self.attempts:
            return not_started()
        if self.wanted is None:
            return SkillState(
                SkillStatus.IN_PROGRESS,
                0.0,
                "Kiosk cannot tell which questions belong to this skill, so it cannot mark it mastered.",
                self.attempts,
            )
        total, done = len(self.wanted), len(self.right)
        if done >= total:
            return SkillState(
                SkillStatus.MASTERED, 1.0, f"You answered all {total} questions on this skill right.", self.attempts
            )
        return SkillState(
            SkillStatus.IN_PROGRESS,
            _clamp(done / total),
            f"You answered {done} of the {total} questions on this skill right; you need all of them.",
            self.attempts,
        )


# --- bkt ------------------------------------------------------------------


@dataclass(frozen=True)
class BKT(_ModelBase):
    """Bayesian Knowledge Tracing: mastered when P(known) >= 0.95."""

    prior: float = BKT_DEFAULTS["prior"]
    learn: float = BKT_DEFAULTS["learn"]
    guess: float = BKT_DEFAULTS["guess"]
    slip: float = BKT_DEFAULTS["slip"]
    name = "bkt"
    restarts_on_lapse = False  # a wrong answer lowers P(known) by itself

    def tracker(self) -> _BKTTracker:
        return _BKTTracker(self)

    def update(self, p_known: float, fraction: float) -> float:
        """One step: posterior P(L | obs) by Bayes, then P(L) <- post + (1 - post)·learn."""
        f, s, g = fraction, self.slip, self.guess
        if_known = f * (1.0 - s) + (1.0 - f) * s
        if_unknown = f * g + (1.0 - f) * (1.0 - g)
        posterior = p_known * if_known / (p_known * if_known + (1.0 - p_known) * if_unknown)
        return posterior + (1.0 - posterior) * self.learn

    def progress(self, p_known: float) -> float:
        """0 at the prior, 1 at the mastery threshold."""
        if self.prior < BKT_MASTERED:
            return _clamp((p_known - self.prior) / (BKT_MASTERED - self.prior))
        return 1.0 if p_known >= BKT_MASTERED else _clamp(p_known / BKT_MASTERED)


class _BKTTracker:
    __slots__ = ("model", "p_known", "attempts")

    def __init__(self, model: BKT) -> None:
        self.model = model
        self.p_known = model.prior
        self.attempts = 0

    def add(self, question_id: str, fraction: float) -> bool:
        self.attempts += 1
        self.p_known = self.model.update(self.p_known, fraction)
        return self.p_known >= BKT_MASTERED

    def state(self) -> SkillState:
        if not self.attempts:
            return not_started()
        percent = int(self.p_known * 100)  # floor: never show 95% for 0.949
        if self.p_known >= BKT_MASTERED:
            return SkillState(
                SkillStatus.MASTERED, 1.0, f"Kiosk's estimate that you know this: {percent}% (95% needed).", self.attempts
            )
        return SkillState(
            SkillStatus.IN_PROGRESS,
            self.model.progress(self.p_known),
            f"Kiosk's estimate that you know this: {percent}%; you need 95%.",
            self.attempts,
        )


# --- specs ----------------------------------------------------------------

_ALLOWED_KEYS = {
    "m_of_n": {"model", "m", "n"},
    "streak": {"model", "n"},
    "all": {"model"},
    "bkt": {"model", "prior", "learn", "guess", "slip"},
}


def _whole_number(spec: Mapping[str, object], key: str, model: str) -> int:
    if key not in spec:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "The mastery model %1 needs a value for %2."), repr(model), repr(key)))
    value = spec[key]
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Mastery setting %1 must be a whole number, not %2."), repr(key), repr(value)))
    if not 1 <= value <= 100:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Mastery setting %1 must be between 1 and 100, not %2."), repr(key), value))
    return value


def _probability(spec: Mapping[str, object], key: str, *, open_interval: bool) -> float:
    value = spec.get(key, BKT_DEFAULTS[key])
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not isfinite(value):
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "BKT setting %1 must be a number between 0 and 1, not %2."), repr(key), repr(value)))
    if open_interval and not 0 < value < 1:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "BKT setting %1 must be between 0 and 1 (not 0 or 1 itself), not %2."), repr(key), value))
    if not 0 <= value <= 1:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "BKT setting %1 must be between 0 and 1, not %2."), repr(key), value))
    return float(value)


def model_from_spec(
    spec: Mapping[str, object] | None, *, question_ids: Collection[str] | None = None
) -> MasteryModel:
    """Build the model a manifest's ``mastery`` object names (None: the default m_of_n 4 of 5).

    ``question_ids`` are the skill's questions, needed by ``all``. Raises
    InvalidInput for an unknown model or a missing or invalid setting.
    """
    if spec is None:
        spec = DEFAULT_SPEC
    if not isinstance(spec, Mapping):
        raise InvalidInput(
            say(QT_TRANSLATE_NOOP("core", "A skill's mastery rule must be a table such as { model = \"m_of_n\", m = 4, n = 5 }, not %1."), repr(spec))
        )
    model = spec.get("model")
    if model not in _ALLOWED_KEYS:
        known = ", ".join(sorted(_ALLOWED_KEYS))
        if model is None:
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "A skill's mastery rule needs a 'model' (one of %1)."), known))
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Unknown mastery model %1: use one of %2."), repr(model), known))
    extra = sorted(set(spec) - _ALLOWED_KEYS[model])
    if extra:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "The mastery model %1 has no setting %2."), repr(model), repr(extra[0])))
    if model == "m_of_n":
        m, n = _whole_number(spec, "m", model), _whole_number(spec, "n", model)
        if m > n:
            raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "Mastery model 'm_of_n' needs m no larger than n (got m = %1, n = %2)."), m, n))
        return MOfN(m=m, n=n)
    if model == "streak":
        return Streak(n=_whole_number(spec, "n", model))
    if model == "all":
        return AllCorrect(question_ids=None if question_ids is None else frozenset(question_ids))
    guess = _probability(spec, "guess", open_interval=True)
    slip = _probability(spec, "slip", open_interval=True)
    if guess + slip >= 1:
        raise InvalidInput(say(QT_TRANSLATE_NOOP("core", "BKT needs guess + slip below 1 (got %1 + %2)."), guess, slip))
    return BKT(
        prior=_probability(spec, "prior", open_interval=False),
        learn=_probability(spec, "learn", open_interval=False),
        guess=guess,
        slip=slip,
    )


def validate_mastery_spec(spec: Mapping[str, object] | None) -> None:
    """Refuse a manifest ``mastery`` object that names no known model or has bad settings."""
    model_from_spec(spec)

