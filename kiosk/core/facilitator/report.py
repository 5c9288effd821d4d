"""The facilitator's progress report: who has started which pack, how far, who is stuck; CSV and PDF.

Built for a busy kiosk (thousands of learners, a million answers): one row per learner and
pack they **started** (the rest are only counted), each from what mastery keeps per learner
and pack (``kiosk.core.mastery.kept``), replayed from the answers only where they changed.
The work comes in short steps (``kiosk.core.steps``) so the app's other jobs, a learner's
answer above all, never wait long behind it; a page sorted by learner or pack replays only
the rows it shows.

**Stuck**, plainly: in the last ``STUCK_DAYS`` (14) days the learner gave at
least ``STUCK_ANSWERS`` (10) answers in a pack and mastered no new skill of that
pack in those days. Many tries with nothing to show is when a word from the
facilitator helps most.
"""

from __future__ import annotations

import csv
import enum
import io
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from kiosk.core.clock import utcnow
from kiosk.core.durable import writing
from kiosk.core.mastery.kept import NTH_LAST, is_current, pack_rules, replay_and_keep
from kiosk.core.records import InstalledPackRecord, KeptPackProgress, LearnerRecord
from kiosk.core.say import QT_TRANSLATE_NOOP, fill, say
from kiosk.core.steps import StepClock, Steps, run_to_end, scaled
from kiosk.core.storage import repo

STUCK_DAYS = 14
STUCK_ANSWERS = NTH_LAST
PAGE_SIZE = 100
REPLAY_LEARNERS = 25  # learners whose answers one read brings in, when replaying stale rows
COUNT_LEARNERS = 100  # learners whose recent answers one read counts
CSV_COLUMNS = (
    "learner", "pack", "progress_percent", "skills_mastered", "skills_total",
    "answers_last_14_days", "last_activity", "stuck",
)


class ReportSort(enum.Enum):
    LEARNER = "learner"  # then pack
    PACK = "pack"  # then learner
    PROGRESS = "progress"
    LAST_ACTIVITY = "last_activity"


@dataclass(frozen=True)
class ReportView:
    """Which rows, in which order: a pack (or all), part of a learner's name, only the stuck ones."""

    pack_id: str | None = None
    name: str = ""
    stuck_only: bool = False
    sort: ReportSort = ReportSort.LEARNER
    descending: bool = False


@dataclass(frozen=True)
class ReportRow:
    learner_id: int
    learner_name: str
    pack_id: str
    pack_title: str
    progress: float  # 0..1, the mean over the pack's skills
    mastered: int
    skills: int
    recent_answers: int  # in the last STUCK_DAYS days
    last_activity: datetime | None
    stuck: bool


@dataclass(frozen=True)
class ReportPage:
    """One page of the report, and what the page is out of."""

    rows: tuple[ReportRow, ...]
    offset: int
    total: int  # rows in the view (learner and pack pairs started, or stuck)
    not_started: int  # learner and pack pairs in the view's pack and names with no answer yet
    packs: tuple[tuple[str, str], ...] = field(default=())  # (id, title) of every installed pack, by title


@dataclass(frozen=True)
class _Pair:
    learner: LearnerRecord
    pack: InstalledPackRecord
    last_answer_id: int


@dataclass
class _Scope:
    """The view's learners and packs, which pairs have answers, and what is kept for them."""

    pairs: list[_Pair]
    not_started: int
    packs: list[InstalledPackRecord]
    kept: dict[tuple[int, str], KeptPackProgress]
    rules: dict
    last_ids: dict[tuple[int, str], int]


def _scope(view: ReportView) -> _Scope:
    packs = repo.list_installed_packs()
    in_view = [p for p in packs if view.pack_id in (None, p.id)]
    from kiosk.core.learners.profiles import name_matches

    learners = {learner.id: learner for learner in repo.list_learners() if name_matches(view.name, learner.name)}
    by_id = {pack.id: pack for pack in in_view}
    last_ids = repo.all_last_answer_ids()
    pairs = [
        _Pair(learners[learner_id], by_id[pack_id], last)
        for (learner_id, pack_id), last in last_ids.items()
        if learner_id in learners and pack_id in by_id
    ]
    return _Scope(
        pairs=pairs,
        not_started=len(learners) * len(in_view) - len(pairs),
        packs=packs,
        kept=repo.kept_pack_progress(),
        rules={pack.id: pack_rules(pack) for pack in in_view},
        last_ids=last_ids,
    )


def _name_order(pair: _Pair) -> tuple:
    return (pair.learner.name.casefold(), pair.pack.title.casefold(), pair.learner.id, pair.pack.id)


def _pack_order(pair: _Pair) -> tuple:
    return (pair.pack.title.casefold(), pair.learner.name.casefold(), pair.pack.id, pair.learner.id)


def _standings(scope: _Scope, pairs: Sequence[_Pair], clock: StepClock) -> Steps[None]:
    """Replay (and keep) the pairs among ``pairs`` whose kept standing is stale, a few learners per read."""
    stale: defaultdict[int, list[str]] = defaultdict(list)
    for pair in pairs:
        if not is_current(scope.kept.get((pair.learner.id, pair.pack.id)), scope.rules[pair.pack.id], pair.last_answer_id):
            stale[pair.learner.id].append(pair.pack.id)
    learners = list(stale)
    for start in range(0, len(learners), REPLAY_LEARNERS):
        chunk = {learner_id: stale[learner_id] for learner_id in learners[start : start + REPLAY_LEARNERS]}
        scope.kept.update(replay_and_keep(chunk, scope.rules, scope.last_ids, skills=False))
        yield from clock.pause(0.1 + 0.8 * (start + len(chunk)) / len(learners))


def _rows(scope: _Scope, pairs: Sequence[_Pair], now: datetime, clock: StepClock) -> Steps[list[ReportRow]]:
    """The report's rows for ``pairs`` (their standings known), with their recent answers counted
    (only pairs answered in since, a few learners per read)."""
    since = now - timedelta(days=STUCK_DAYS)
    standings = {(p.learner.id, p.pack.id): scope.kept.get((p.learner.id, p.pack.id)) for p in pairs}
    active: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
    for pair, standing in standings.items():
        if standing is not None and standing.last_answered_at >= since:
            active[pair[0]].append(pair)
    recent: dict[tuple[int, str], int] = {}
    learners = list(active)
    for start in range(0, len(learners), COUNT_LEARNERS):
        chunk = [pair for learner_id in learners[start : start + COUNT_LEARNERS] for pair in active[learner_id]]
        recent.update(repo.recent_answer_counts(chunk, since=since))
        yield from clock.pause(0.9 + 0.1 * min(1.0, (start + COUNT_LEARNERS) / len(learners)))
    rows = []
    for pair in pairs:
        standing = standings[pair.learner.id, pair.pack.id]
        if standing is None:  # its answers moved away (a merge) while the report was made
            continue
        count = recent.get((pair.learner.id, pair.pack.id), 0)
        newly_mastered = standing.latest_mastered_at is not None and standing.latest_mastered_at >= since
        rows.append(
            ReportRow(
                learner_id=pair.learner.id,
                learner_name=pair.learner.name,
                pack_id=pair.pack.id,
                pack_title=pair.pack.title,
                progress=standing.progress,
                mastered=standing.mastered,
                skills=standing.skills,
                recent_answers=count,
                last_activity=standing.last_answered_at,
                stuck=count >= STUCK_ANSWERS and not newly_mastered,
            )
        )
    return rows


def _could_be_stuck(standing: KeptPackProgress | None, since: datetime) -> bool:
    return standing is not None and standing.tenth_last_answered_at is not None and standing.tenth_last_answered_at >= since


def _sort_key(view: ReportView) -> Callable[[ReportRow], tuple]:
    def by_name(row: ReportRow) -> tuple:
        return (row.learner_name.casefold(), row.pack_title.casefold(), row.learner_id, row.pack_id)

    if view.sort is ReportSort.PACK:
        return lambda row: (row.pack_title.casefold(), row.pack_id, *by_name(row))
    if view.sort is ReportSort.PROGRESS:
        return lambda row: (row.progress, *by_name(row))
    if view.sort is ReportSort.LAST_ACTIVITY:
        return lambda row: (row.last_activity or datetime.min, *by_name(row))
    return by_name


def report_steps(
    view: ReportView = ReportView(), *, offset: int = 0, limit: int | None = PAGE_SIZE, now: datetime | None = None
) -> Steps[ReportPage]:
    """The rows ``offset`` to ``offset + limit`` of the report in ``view`` (every row if ``limit`` is None), in steps.

    Sorted by learner or pack and not only the stuck ones, the page is chosen before any
    standing is worked out, so only its rows are replayed where stale; any other view needs
    every row of the view, replayed a few learners per step where stale.
    """
    now = now or utcnow()
    clock = StepClock()
    scope = _scope(view)
    yield 0.1
    pairs = scope.pairs
    if not view.stuck_only and view.sort in (ReportSort.LEARNER, ReportSort.PACK):
        pairs = sorted(pairs, key=_pack_order if view.sort is ReportSort.PACK else _name_order, reverse=view.descending)
        total = len(pairs)
        chosen = pairs[offset : None if limit is None else offset + limit]
        yield from _standings(scope, chosen, clock)
        rows = yield from _rows(scope, chosen, now, clock)
    else:
        yield from _standings(scope, pairs, clock)
        since = now - timedelta(days=STUCK_DAYS)
        if view.stuck_only:
            pairs = [p for p in pairs if _could_be_stuck(scope.kept.get((p.learner.id, p.pack.id)), since)]
        every = yield from _rows(scope, pairs, now, clock)
        if view.stuck_only:
            every = [row for row in every if row.stuck]
        every.sort(key=_sort_key(view), reverse=view.descending)
        total = len(every)
        rows = every[offset : None if limit is None else offset + limit]
    packs = tuple((pack.id, pack.title) for pack in sorted(scope.packs, key=lambda p: p.title.casefold()))
    return ReportPage(rows=tuple(rows), offset=offset, total=total, not_started=scope.not_started, packs=packs)


def report_page(
    view: ReportView = ReportView(), *, offset: int = 0, limit: int | None = PAGE_SIZE, now: datetime | None = None
) -> ReportPage:
    """``report_steps`` run to the end at once (the command line and tests)."""
    return run_to_end(report_steps(view, offset=offset, limit=limit, now=now))


def progress_report(view: ReportView = ReportView(), *, now: datetime | None = None) -> list[ReportRow]:
    """Every row of the report in ``view``: one per learner and pack they started."""
    return list(report_page(view, limit=None, now=now).rows)


# --- exports ---------------------------------------------------------------------


def _cells(row: ReportRow) -> list[str]:
    return [
        row.learner_name,
        row.pack_title,
        str(round(row.progress * 100)),
        str(row.mastered),
        str(row.skills),
        str(row.recent_answers),
        row.last_activity.strftime("%Y-%m-%d %H:%M") if row.last_activity else "",
        "yes" if row.stuck else "no",
    ]


def _written(path: Path, write: Callable[[BinaryIO], Steps[None]]) -> Steps[Path]:
    """Run ``write(handle)`` into a temporary file beside ``path``, then put it in place (``durable.writing``)."""
    path = Path(path)
    with writing(path, failure=say(QT_TRANSLATE_NOOP("core", "Could not write %1: %2."), path.name)) as out:
        yield from write(out)
    return path


def export_csv_steps(path: Path, view: ReportView = ReportView(), *, now: datetime | None = None) -> Steps[Path]:
    """The report in ``view`` as UTF-8 CSV with a header row (opens in any spreadsheet), in steps."""
    page = yield from scaled(report_steps(view, limit=None, now=now), 0.0, 0.9)

    def write(target: BinaryIO) -> Steps[None]:
        handle = io.TextIOWrapper(target, newline="", encoding="utf-8-sig")
        out = csv.writer(handle)
        out.writerow(CSV_COLUMNS)
        out.writerows(_cells(row) for row in page.rows)
        handle.detach()  # flushed; the file stays open for writing to finish it
        yield 1.0

    return (yield from _written(path, write))


PDF_COLUMNS_MM = (52, 62, 26, 30, 34, 30, 22)  # 256 of the 273 mm between the margins


# The PDF's column headers and note; the app gives them in its language (``translate``), the CLI in English.
PDF_HEADERS = (
    QT_TRANSLATE_NOOP("core", "Learner"),
    QT_TRANSLATE_NOOP("core", "Pack"),
    QT_TRANSLATE_NOOP("core", "Progress"),
    QT_TRANSLATE_NOOP("core", "Skills mastered"),
    QT_TRANSLATE_NOOP("core", "Answers (%1 days)"),
    QT_TRANSLATE_NOOP("core", "Last activity"),
    QT_TRANSLATE_NOOP("core", "Stuck?"),
)
PDF_NOTE = QT_TRANSLATE_NOOP(
    "core",
    "Stuck: at least %1 answers in a pack in the last %2 days and no new skill mastered in that time. "
    "%3 learner and pack pairs not started are not listed. Made %4.",
)
PDF_STUCK = QT_TRANSLATE_NOOP("core", "STUCK")
HEADER_SIZE = 9  # points


def header_lines(labels: Sequence[str], rooms: Sequence[float], *, font: str, size: float = HEADER_SIZE) -> list[list[str]]:
    """Each column's header broken into lines that fit its column (``rooms``, in points), so two
    headers never run into each other; a word longer than its column is cut with "…"."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    found = []
    for label, room in zip(labels, rooms):
        lines = []
        for line in simpleSplit(label, font, size, room):
            while stringWidth(line, font, size) > room and len(line) > 1:
                line = line[:-2] + "…"
            lines.append(line)
        found.append(lines or [""])
    return found


def export_pdf_steps(
    path: Path,
    view: ReportView = ReportView(),
    *,
    title: str,
    now: datetime | None = None,
    translate: Callable[[str], str] = lambda text: text,
) -> Steps[Path]:
    """The report in ``view`` as a printable A4 PDF (landscape table, DejaVu Sans, stuck rows
    marked in words and bold), in steps: a few pages per step. ``translate`` gives the headers
    and the note in the app's language (as the certificates take it)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    from kiosk.core.credentials.pdf import FONT, FONT_BOLD, for_page, register_fonts

    now = now or utcnow()
    page = yield from scaled(report_steps(view, limit=None, now=now), 0.0, 0.6)
    register_fonts()
    width, height = landscape(A4)
    margin, line = 12 * mm, 5.2 * mm
    columns = [w * mm for w in PDF_COLUMNS_MM]
    header = [fill(translate(label), [str(STUCK_DAYS)]) for label in PDF_HEADERS]
    made = now.strftime("%Y-%m-%d %H:%M UTC")
    note = fill(translate(PDF_NOTE), [str(STUCK_ANSWERS), str(STUCK_DAYS), str(page.not_started), made])
    stuck_word = translate(PDF_STUCK)
    header_rows = header_lines(
        [label if label.isascii() else for_page(label) for label in header], [c - 2 * mm for c in columns],
        font=FONT_BOLD,
    )

    def fit(text: str, font: str, room: float) -> str:
        """``text`` as drawn (right-to-left runs in reading order), cut with "…" to fit ``room``."""
        if not text.isascii():
            text = for_page(text)
        if stringWidth(text, font, 9) <= room:
            return text
        while text and stringWidth(text + "…", font, 9) > room:
            text = text[:-1]
        return text + "…"

    def write(target: BinaryIO) -> Steps[None]:
        clock = StepClock()
        canvas = Canvas(target, pagesize=(width, height), invariant=True)
        canvas.setTitle(title)
        canvas.setLineWidth(0.25)
        canvas.setStrokeGray(0.5)

        def head(text, first: bool) -> float:
            y = height - margin - 6 * mm
            if first:
                text.setFont(FONT_BOLD, 16)
                text.setTextOrigin(margin, y)
                text.textOut(for_page(title))
                y -= 8 * mm
                text.setFont(FONT, 9)
                for part in simpleSplit(note, FONT, 9, width - 2 * margin):
                    text.setTextOrigin(margin, y)
                    text.textOut(part)
                    y -= 4.5 * mm
                y -= 4 * mm
            text.setFont(FONT_BOLD, HEADER_SIZE)
            x = margin
            for lines, room in zip(header_rows, columns):
                for number, part in enumerate(lines):
                    text.setTextOrigin(x, y - number * 4 * mm)
                    text.textOut(part)
                x += room
            y -= (max(len(lines) for lines in header_rows) - 1) * 4 * mm
            canvas.line(margin, y - 1.6 * mm, width - margin, y - 1.6 * mm)
            return y - line

        # One text object per page (a drawString per cell costs an object each).
        text = canvas.beginText()
        y = head(text, True)
        rows = page.rows
        for index, row in enumerate(rows):
            if y < margin:
                canvas.drawText(text)
                canvas.showPage()
                canvas.setLineWidth(0.25)
                canvas.setStrokeGray(0.5)
                text = canvas.beginText()
                y = head(text, False)
                yield from clock.pause(0.6 + 0.35 * index / len(rows))
            cells = _cells(row)
            shown = [fit(cells[0], FONT_BOLD, columns[0] - 2 * mm), fit(cells[1], FONT_BOLD, columns[1] - 2 * mm),
                     f"{cells[2]} %", f"{cells[3]} / {cells[4]}", cells[5], cells[6] or "—",
                     stuck_word if row.stuck else ""]
            text.setFont(FONT_BOLD if row.stuck else FONT, 9)
            x = margin
            for cell, room in zip(shown, columns):
                text.setTextOrigin(x, y)
                text.textOut(cell)
                x += room
            canvas.line(margin, y - 1.6 * mm, width - margin, y - 1.6 * mm)
            y -= line
        canvas.drawText(text)
        canvas.showPage()
        canvas.save()
        yield 1.0

    return (yield from _written(path, write))

