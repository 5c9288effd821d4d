"""The report on a busy kiosk: started pairs only, pages, sorts, filters, and work in short steps."""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest

from kiosk.core import steps
from kiosk.core.clock import utcnow
from kiosk.core.facilitator import report
from kiosk.core.facilitator.report import (
    ReportSort,
    ReportView,
    export_csv_steps,
    progress_report,
    report_page,
    report_steps,
)
from kiosk.core.learners.profiles import create_learner, log_in
from kiosk.core.mastery.learner import progress_of_learner
from kiosk.core.packs.library import import_pack
from kiosk.core.packs.reading import pack_quiz_run
from kiosk.core.storage.models import KeptPackProgress
from tests.facilitator_packs import FACILITATOR_PACK_ID, build_facilitator_pack
from tests.journey_packs import JOURNEY_ID, build_journey_pack

QUIZ = "quizzes/01-check.gift"


def answer(session, pack_id: str, *, right: bool) -> None:
    run = pack_quiz_run(session, pack_id=pack_id, quiz=QUIZ)
    while run.current is not None:
        question = run.current.question
        run.submit("My answer." if question.type == "essay" else (question.answer if right else not question.answer))
        run.advance()
    run.finish()


@pytest.fixture
def busy(database, tmp_path):
    """Two packs; Amina in both, Bola and Chen in one each (Chen stuck), Dara and Eli in none."""
    import_pack(build_facilitator_pack(tmp_path))
    import_pack(build_journey_pack(tmp_path))
    people = {name: log_in(create_learner(name).id) for name in ("Amina", "Bola", "Chen", "Dara", "Eli")}
    answer(people["Amina"], JOURNEY_ID, right=True)
    answer(people["Amina"], FACILITATOR_PACK_ID, right=False)
    answer(people["Bola"], FACILITATOR_PACK_ID, right=True)
    for _ in range(3):
        answer(people["Chen"], JOURNEY_ID, right=False)
    return people


def pairs(rows) -> list[tuple[str, str]]:
    return [(row.learner_name, row.pack_id) for row in rows]


def test_rows_only_where_a_learner_started_a_pack_with_the_rest_counted(busy):
    page = report_page()
    assert pairs(page.rows) == [
        ("Amina", FACILITATOR_PACK_ID), ("Amina", JOURNEY_ID), ("Bola", FACILITATOR_PACK_ID), ("Chen", JOURNEY_ID),
    ]
    assert page.total == 4 and page.not_started == 5 * 2 - 4
    assert [pack_id for pack_id, _title in page.packs] == [FACILITATOR_PACK_ID, JOURNEY_ID]


def test_archived_learners_are_left_out(busy):
    from kiosk.core.learners.admin import archive_learner

    archive_learner(busy["Amina"].learner_id)
    page = report_page()
    assert "Amina" not in {row.learner_name for row in page.rows} and page.not_started == 4 * 2 - 2


def test_each_row_says_what_the_learners_own_progress_says(busy):
    for row in progress_report():
        (pack,) = [p for p in progress_of_learner(row.learner_id).packs if p.pack_id == row.pack_id]
        assert (row.progress, row.mastered, row.skills) == (pack.progress, pack.mastered_count, len(pack.skills))
    chen = {row.learner_name: row for row in progress_report()}["Chen"]
    assert chen.stuck and chen.recent_answers == 12 and chen.last_activity is not None


def test_pages_are_slices_of_the_whole_in_every_order(busy):
    for sort in ReportSort:
        for descending in (False, True):
            view = ReportView(sort=sort, descending=descending)
            whole = report_page(view, limit=None)
            assert whole.total == 4
            pages = [report_page(view, offset=offset, limit=3) for offset in (0, 3)]
            assert [row for page in pages for row in page.rows] == list(whole.rows)
            assert all(page.total == 4 for page in pages)


def test_sorts_put_rows_in_their_order(busy):
    by_progress = report_page(ReportView(sort=ReportSort.PROGRESS)).rows
    assert [r.progress for r in by_progress] == sorted(r.progress for r in by_progress)
    assert by_progress[-1].progress == 1.0 and by_progress[0].progress < 1.0
    latest_first = report_page(ReportView(sort=ReportSort.LAST_ACTIVITY, descending=True)).rows
    assert latest_first[0].learner_name == "Chen"  # answered last
    by_pack = report_page(ReportView(sort=ReportSort.PACK)).rows
    assert [r.pack_id for r in by_pack] == [FACILITATOR_PACK_ID] * 2 + [JOURNEY_ID] * 2
    assert pairs(report_page(ReportView(descending=True)).rows)[0] == ("Chen", JOURNEY_ID)


def test_filters_by_pack_name_and_stuck(busy):
    journey = report_page(ReportView(pack_id=JOURNEY_ID))
    assert pairs(journey.rows) == [("Amina", JOURNEY_ID), ("Chen", JOURNEY_ID)]
    assert journey.not_started == 5 - 2
    named = report_page(ReportView(name="  AMI "))
    assert pairs(named.rows) == [("Amina", FACILITATOR_PACK_ID), ("Amina", JOURNEY_ID)] and named.not_started == 0
    stuck = report_page(ReportView(stuck_only=True))
    assert pairs(stuck.rows) == [("Chen", JOURNEY_ID)] and stuck.total == 1
    two_weeks_on = utcnow() + timedelta(days=15)
    assert report_page(ReportView(stuck_only=True), now=two_weeks_on).rows == ()


def test_a_page_by_name_works_out_only_its_own_rows(busy):
    KeptPackProgress.delete().execute()  # nothing kept, as just after an upgrade
    page = report_page(limit=2)
    assert len(page.rows) == 2 and page.total == 4
    kept = {(row.learner_id, row.pack_id) for row in KeptPackProgress.select()}
    assert kept == {(row.learner_id, row.pack_id) for row in page.rows}
    report_page(ReportView(sort=ReportSort.PROGRESS), limit=2)  # a sort by progress needs every row
    assert KeptPackProgress.select().count() == 4


def test_short_steps_give_the_same_report(busy, monkeypatch, tmp_path):
    KeptPackProgress.delete().execute()
    whole = report_page(ReportView(sort=ReportSort.PROGRESS), limit=None)
    KeptPackProgress.delete().execute()
    monkeypatch.setattr(steps, "STEP_SECONDS", 0.0)  # every chance to pause is taken
    monkeypatch.setattr(report, "REPLAY_LEARNERS", 1)
    job = report_steps(ReportView(sort=ReportSort.PROGRESS), limit=None)
    fractions = []
    while True:
        try:
            fractions.append(next(job))
        except StopIteration as done:
            page = done.value
            break
    assert page == whole
    assert len(fractions) > 2 and fractions == sorted(fractions) and all(0 <= f <= 1 for f in fractions)
    path = steps.run_to_end(export_csv_steps(tmp_path / "report.csv", ReportView(pack_id=JOURNEY_ID)))
    with open(path, encoding="utf-8-sig") as handle:
        assert [(r["learner"], r["stuck"]) for r in csv.DictReader(handle)] == [("Amina", "no"), ("Chen", "yes")]
    assert not list(tmp_path.glob("report.csv.part*"))
