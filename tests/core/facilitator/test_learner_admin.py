from __future__ import annotations

import pytest

from kiosk.core.errors import InvalidInput
from kiosk.core.learners.admin import archive_learner, merge_learners, reset_pin, search_learners
from kiosk.core.learners.profiles import PinRejected, create_learner, list_profiles, log_in
from kiosk.core.mastery.learner import award_earned_credentials
from kiosk.core.storage import repo
from tests.facilitator_packs import FACILITATOR_PACK_ID, take_quiz


def test_search_is_case_and_space_blind(database):
    create_learner("Amina Diallo")
    create_learner("Bob")
    assert [s.name for s in search_learners("  amina  DIALLO ")] == ["Amina Diallo"]
    assert len(search_learners("")) == 2


def test_reset_pin_sets_then_removes_and_clears_lockout(database):
    learner = create_learner("Amina", pin="1111")
    for _ in range(5):
        with pytest.raises(PinRejected):
            log_in(learner.id, "0000")
    reset_pin(learner.id, "2222")
    assert log_in(learner.id, "2222").learner_id == learner.id
    assert not reset_pin(learner.id, None).has_pin
    assert log_in(learner.id).learner_id == learner.id


def test_bad_new_pin_changes_nothing(database):
    learner = create_learner("Amina", pin="1111")
    with pytest.raises(InvalidInput):
        reset_pin(learner.id, "12ab")
    assert log_in(learner.id, "1111").learner_id == learner.id


def test_archive_hides_from_picker_and_keeps_data(database):
    learner = create_learner("Amina")
    archive_learner(learner.id)
    assert list_profiles() == []
    assert [s.archived for s in search_learners(include_archived=True)] == [True]
    assert not archive_learner(learner.id, archived=False).archived
    assert [p.name for p in list_profiles()] == ["Amina"]


def test_merge_moves_records_and_archives_the_duplicate(facilitated_pack):
    keep = create_learner("Amina Diallo")
    dup = create_learner("Amina D")
    session = log_in(dup.id)
    take_quiz(session)
    repo.insert_signoff(learner_id=dup.id, credential_id="x/y", at=session.started_at)
    before = len(repo.list_quiz_responses(learner_id=dup.id, pack_id=FACILITATOR_PACK_ID))
    merge_learners(keep.id, dup.id)
    assert len(repo.list_quiz_responses(learner_id=keep.id, pack_id=FACILITATOR_PACK_ID)) == before > 0
    assert repo.list_quiz_responses(learner_id=dup.id, pack_id=FACILITATOR_PACK_ID) == []
    assert len(repo.list_quiz_attempts(learner_id=keep.id, pack_id=FACILITATOR_PACK_ID)) == 1
    assert repo.list_signoffs(keep.id) == {"x/y"}
    assert repo.get_learner(dup.id).archived
    assert [p.name for p in list_profiles()] == ["Amina Diallo"]


def test_merge_moves_issued_credentials(database, tmp_path):
    from kiosk.core.packs.library import import_pack
    from kiosk.core.packs.reading import pack_quiz_run
    from tests.journey_packs import build_journey_pack

    import_pack(build_journey_pack(tmp_path))
    keep, dup = create_learner("A"), create_learner("B")
    session = log_in(dup.id)
    run = pack_quiz_run(session, pack_id="kiosk.sample.journey", quiz="quizzes/01-check.gift")
    while run.current is not None:
        run.submit(run.current.question.answer)
        run.advance()
    run.finish()
    (issued,) = award_earned_credentials(session)
    merge_learners(keep.id, dup.id)
    assert [c.id for c in repo.list_issued_credentials(learner_id=keep.id)] == [issued.id]


def test_merge_into_itself_is_refused(database):
    learner = create_learner("Amina")
    with pytest.raises(InvalidInput):
        merge_learners(learner.id, learner.id)
    assert not repo.get_learner(learner.id).archived
