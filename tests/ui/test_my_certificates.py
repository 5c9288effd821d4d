"""A learner finds their certificates again: view, print or save; a revoked one shows as revoked (issue #16, item 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.core.credentials.definitions import find_definition
from kiosk.core.credentials.issuing import award_credential, revoke
from kiosk.core.learners.profiles import create_learner, log_in
from tests.core.credentials.conftest import install_test_pack


def test_my_certificates_lists_each_one_and_opens_it_again(qtbot, set_up_kiosk, make_window):
    install_test_pack()
    amina = create_learner("Amina Okafor")
    other = create_learner("Bola Adeyemi")
    kept = award_credential(learner_id=amina.id, definition=find_definition("digital-basics"), method="mastery")
    award_credential(learner_id=other.id, definition=find_definition("digital-basics"), method="mastery")
    window = make_window()
    window._logged_in(log_in(amina.id))
    qtbot.waitUntil(lambda: window.home.my_certificates.isVisible(), timeout=10_000)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(window.home.my_certificates, Qt.LeftButton)
    screen = window.current_screen()
    qtbot.waitUntil(lambda: len(screen.buttons) == 1, timeout=10_000)  # only her own
    assert "Digital basics" in screen.buttons[0].text()
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as changed:
        qtbot.keyClick(screen.buttons[0], Qt.Key_Space)
    assert changed.args == ["certificate"]
    page = window.current_screen()
    with qtbot.waitSignal(page.certificate.preview_ready, timeout=20_000):
        pass
    assert page.certificate.save_button.isEnabled() and page.certificate.print_button.isEnabled()
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as back:
        qtbot.mouseClick(page.back_home, Qt.LeftButton)  # back to the list, not home
    assert back.args == ["my_certificates"]

    revoke(kept.id, "issued by mistake")
    window.show_my_certificates()
    screen = window.current_screen()
    qtbot.waitUntil(lambda: len(screen.buttons) == 1, timeout=10_000)
    assert "Revoked on" in screen.buttons[0].text() and "mistake" not in screen.buttons[0].text()
