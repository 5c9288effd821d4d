"""The home says, in plain words, when a mastered skill was lost or a certificate revoked (issue #16, item 7)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.core.credentials.issuing import list_issued, revoke
from kiosk.core.facilitator.review import essays_to_review, mark_essay
from kiosk.core.learners.profiles import create_learner
from kiosk.core.learners.profiles import log_in as start_session
from kiosk.core.mastery.learner import award_earned_credentials
from kiosk.core.packs.library import import_pack
from tests.facilitator_packs import build_facilitator_pack, take_quiz
from tests.journey_packs import build_journey_pack
from tests.ui.test_journey import log_in


def plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


def test_an_essay_marked_lower_and_a_revoked_certificate_are_told(qtbot, set_up_kiosk, make_window, tmp_path):
    import_pack(build_facilitator_pack(tmp_path))
    import_pack(build_journey_pack(tmp_path))
    amina = create_learner("Amina Diallo", pin="2468")
    session = start_session(amina.id, "2468")
    take_quiz(session)  # every answer right, and an essay for the facilitator
    from tests.core.mastery.test_learner import take_quiz as take_journey_quiz

    take_journey_quiz(session, right=True)
    award_earned_credentials(session)
    window = make_window()
    log_in(qtbot, window)
    assert window.home.news.isHidden()  # nothing changed yet
    window.log_out("user")

    (essay,) = essays_to_review()
    mark_essay(essay.response_id, 80)  # the facilitator marks it 80%: "Use a mouse" is no longer mastered
    (issued,) = list_issued(learner_id=amina.id)
    revoked = revoke(issued.id, "Awarded by mistake")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(window.picker.tile_for("Amina Diallo"), Qt.LeftButton)
    log_in_again = [window.pin_pad.digit_buttons[d] for d in "2468"]
    with qtbot.waitSignal(window.home.progress_shown, timeout=10_000):
        for button in log_in_again:
            qtbot.mouseClick(button, Qt.LeftButton)
        qtbot.mouseClick(window.pin_pad.ok, Qt.LeftButton)
    news = plain(window.home.news.text())
    assert window.home.news.isVisible()
    assert "⚠ “Use a mouse” in “Facilitated test pack” is no longer mastered" in news
    assert f"⚠ Your certificate “Mouse and Keyboard Starter” was revoked on {revoked.revoked_at:%Y/%m/%d}" in news
    with qtbot.waitSignal(window.home.progress_shown, timeout=10_000):
        window.home.refresh()  # back home after a lesson: still in view for this session
    assert plain(window.home.news.text()) == news
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)
