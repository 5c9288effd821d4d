"""Enter works like Space on buttons and tiles, and the PIN pad is never mirrored (issue #16, items 11 and 15)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_enter_on_a_focused_learner_tile_opens_it(qtbot, set_up_kiosk, make_window):
    from kiosk.core.learners.profiles import create_learner

    create_learner("Amina Diallo", pin="2468")
    window = make_window()
    qtbot.waitUntil(lambda: len(window.picker._tiles) == 2, timeout=10_000)  # "New learner" and Amina
    tile = window.picker._tiles[1]
    tile.setFocus()
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as changed:
        qtbot.keyClick(tile, Qt.Key_Return)
    assert changed.args == ["pin"]


def test_enter_on_the_facilitator_button_asks_for_the_pin(qtbot, set_up_kiosk, make_window):
    window = make_window()
    window.picker.facilitator.setFocus()
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as changed:
        qtbot.keyClick(window.picker.facilitator, Qt.Key_Enter)
    assert changed.args == ["admin_pin"]


def test_the_arabic_pin_pad_reads_1_2_3_left_to_right(qtbot):
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.pin_pad import PinPad

    app = QApplication.instance()
    app.setLayoutDirection(Qt.RightToLeft)
    try:
        pad = PinPad()
        qtbot.addWidget(pad)
        pad.resize(600, 600)
        pad.show()
        qtbot.waitExposed(pad)
        x = {d: pad.digit_buttons[d].mapTo(pad, pad.digit_buttons[d].rect().center()).x() for d in "123"}
        assert x["1"] < x["2"] < x["3"]
        assert pad.erase.mapTo(pad, pad.erase.rect().center()).x() < pad.ok.mapTo(pad, pad.ok.rect().center()).x()
    finally:
        app.setLayoutDirection(Qt.LeftToRight)


def test_enter_in_the_picker_search_opens_the_only_match(qtbot, set_up_kiosk, make_window):
    from kiosk.core.learners.profiles import create_learner
    from kiosk.ui.learner_picker import SEARCH_FROM

    for n in range(SEARCH_FROM):
        create_learner(f"Learner {n:03d}")
    create_learner("Aïssata Ouédraogo")
    window = make_window()
    search = window.picker.search
    qtbot.keyClicks(search, "learner")
    qtbot.keyClick(search, Qt.Key_Return)  # many matches: nothing opens
    assert window.current_screen_name() == "picker"
    search.clear()
    qtbot.keyClicks(search, "ouedraogo")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as changed:
        qtbot.keyClick(search, Qt.Key_Return)
    assert changed.args == ["home"] and window.session.name == "Aïssata Ouédraogo"


def test_focus_starts_on_the_content_not_on_a_way_out(qtbot, set_up_kiosk, make_window, tmp_path):
    """The picker starts on a learner (not Facilitator); home on the pack used last (not Log out)."""
    from kiosk.core.learners.profiles import create_learner
    from kiosk.core.packs.library import import_pack
    from tests.facilitator_packs import FACILITATOR_PACK_ID, build_facilitator_pack
    from tests.journey_packs import JOURNEY_ID, build_journey_pack
    from tests.ui.test_journey import log_in

    import_pack(build_journey_pack(tmp_path))
    import_pack(build_facilitator_pack(tmp_path))
    create_learner("Amina Diallo", pin="2468")
    window = make_window()
    assert window.focusWidget() is window.picker.tile_for("Amina Diallo")
    log_in(qtbot, window)
    cards = window.home.cards
    assert window.focusWidget() is cards[0].open_button
    last = window.home.card_for(JOURNEY_ID if cards[0].pack_id != JOURNEY_ID else FACILITATOR_PACK_ID)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(last.open_button, Qt.LeftButton)
    with qtbot.waitSignal(window.home.progress_shown, timeout=10_000):
        window.go_home()
    assert window.focusWidget() is window.home.card_for(last.pack_id).open_button
    assert window.focusWidget() is not window.home.logout
