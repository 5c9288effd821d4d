"""The facilitator's progress report: learners x packs, who is stuck, CSV and PDF.

**Stuck**, plainly: in the last ``STUCK_DAYS`` (14) days the learner gave at
least ``STUCK_ANSWERS`` (10) answers in a pack and mastered no new skill of that
pack in those days. Many tries with nothing to show is when a word from the
facilitator helps most.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.core.clock import utcnow
from kiosk.core.errors import KnownError
from kiosk.core.mastery.learner import progress_of_learner
from kiosk.core.storage import repo

STUCK_DAYS = 14
STUCK_ANSWERS = 10
CSV_COLUMNS = (
    "learner", "pack", "progress_percent", "skills_mastered", "skills_total",
    "answers_last_14_days", "last_activity", "stuck",
)


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


def progress_report(*, now: datetime | None = None) -> list[ReportRow]:
    """One row per learner in use and installed pack, learners by name."""
    now = now or utcnow()
    since = now - timedelta(days=STUCK_DAYS)
    packs = repo.list_installed_packs()
    rows: list[ReportRow] = []
    for learner in repo.list_learners():
        progress = {p.pack_id: p for p in progress_of_learner(learner.id, now=now).packs}
        for pack in packs:
            answers = repo.list_quiz_responses(learner_id=learner.id, pack_id=pack.id)
            recent = sum(1 for a in answers if a.answered_at >= since)
            pack_progress = progress.get(pack.id)
            skills = pack_progress.skills if pack_progress else ()
            newly_mastered = any(
                s.state.is_mastered and s.state.mastered_at is not None and s.state.mastered_at >= since
                for s in skills
            )
            rows.append(
                ReportRow(
                    learner_id=learner.id,
                    learner_name=learner.name,
                    pack_id=pack.id,
                    pack_title=pack.title,
                    progress=pack_progress.progress if pack_progress else 0.0,
                    mastered=pack_progress.mastered_count if pack_progress else 0,
                    skills=len(skills),
                    recent_answers=recent,
                    last_activity=max((a.answered_at for a in answers), default=None),
                    stuck=recent >= STUCK_ANSWERS and not newly_mastered,
                )
            )
    return rows


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


def _write(path: Path, write) -> Path:
    path = Path(path)
    part = path.with_name(path.name + ".part")
    try:
        write(part)
        part.replace(path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise KnownError(f"Could not write {path.name}: {exc.strerror or exc}.") from exc
    return path


def export_csv(rows: list[ReportRow], path: Path) -> Path:
    """The report as UTF-8 CSV with a header row (opens in any spreadsheet)."""

    def write(target: Path) -> None:
        with open(target, "w", newline="", encoding="utf-8-sig") as handle:
            out = csv.writer(handle)
            out.writerow(CSV_COLUMNS)
            out.writerows(_cells(row) for row in rows)

    return _write(path, write)


def export_pdf(rows: list[ReportRow], path: Path, *, title: str, now: datetime | None = None) -> Path:
    """The report as a printable A4 PDF (landscape table, DejaVu Sans, stuck rows marked in words)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle

    from kiosk.core.credentials.pdf import FONT, FONT_BOLD, register_fonts

    register_fonts()
    heading = ParagraphStyle("heading", fontName=FONT_BOLD, fontSize=16, leading=20)
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)
    header = ["Learner", "Pack", "Progress", "Skills mastered", f"Answers ({STUCK_DAYS} days)", "Last activity", "Stuck?"]
    data = [header]
    for row in rows:
        cells = _cells(row)
        data.append([cells[0], cells[1], f"{cells[2]} %", f"{cells[3]} / {cells[4]}", cells[5], cells[6] or "—",
                     "STUCK" if row.stuck else ""])
    table = Table(data, repeatRows=1, colWidths=[55 * mm, 70 * mm, 22 * mm, 30 * mm, 30 * mm, 35 * mm, 20 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 9),
                ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
            + [("FONT", (0, i), (-1, i), FONT_BOLD, 9) for i, row in enumerate(rows, start=1) if row.stuck]
        )
    )
    when = (now or utcnow()).strftime("%Y-%m-%d %H:%M UTC")
    note = (
        f"Stuck: at least {STUCK_ANSWERS} answers in a pack in the last {STUCK_DAYS} days "
        f"and no new skill mastered in that time. Made {when}."
    )

    def write(target: Path) -> None:
        doc = SimpleDocTemplate(str(target), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                                topMargin=12 * mm, bottomMargin=12 * mm, title=title)
        doc.build([Paragraph(title, heading), Spacer(1, 4 * mm), Paragraph(note, body), Spacer(1, 4 * mm), table])

    return _write(path, write)
