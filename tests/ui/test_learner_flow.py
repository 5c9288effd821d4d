"""A learner picks their tile, types a PIN, reaches home, and is logged out by the idle timer."""

from PySide6.QtCore import Qt

from kiosk.core.learners.profiles import create_learner, list_profiles
from kiosk.core.storage import repo


def type_pin(qtbot, pad, pin):
    for digit in pin:
        qtbot.mouseClick(pad.digit_buttons[digit], Qt.LeftButton)
    qtbot.mouseClick(pad.ok, Qt.LeftButton)


def test_picker_shows_a_tile_per_learner_and_a_new_learner_tile(qtbot, set_up_kiosk, make_window):
    create_learner("Amina Diallo", pin="2468")
    create_learner("Kofi Mensah")
    window = make_window()
    assert window.current_screen_name() == "picker"
    assert window.windowTitle() == "Kiosk — Library PC 2"
    names = [tile.text() for tile in window.picker.tiles()]
    assert names == ["New learner", "Amina Diallo", "Kofi Mensah"]
    assert window.picker.tile_for("Amina Diallo").accessibleName() == "Learner Amina Diallo"


def test_log_in_with_pin_then_log_out(qtbot, set_up_kiosk, make_window):
    create_learner("Amina Diallo", pin="2468")
    window = make_window()
    qtbot.mouseClick(window.picker.tile_for("Amina Diallo"), Qt.LeftButton)
    assert window.current_screen_name() == "pin"
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as changed:
        type_pin(qtbot, window.pin_pad, "2468")
    assert changed.args == ["home"]
    assert window.session.name == "Amina Diallo"
    assert window.home.greeting.text() == "Hello, Amina Diallo"
    qtbot.waitUntil(window.home.empty.isVisible, timeout=10_000)  # no packs yet: the empty state says what to do
    qtbot.mouseClick(window.home.logout, Qt.LeftButton)
    assert window.current_screen_name() == "picker" and window.session is None


def test_wrong_pin_is_shown_and_counted_and_keyboard_entry_works(qtbot, set_up_kiosk, make_window):
    amina = create_learner("Amina Diallo", pin="2468")
    window = make_window()
    qtbot.mouseClick(window.picker.tile_for("Amina Diallo"), Qt.LeftButton)
    pad = window.pin_pad
    type_pin(qtbot, pad, "1111")
    qtbot.waitUntil(lambda: "Wrong PIN" in pad.error.text(), timeout=10_000)
    assert "Tries left before a short wait: 4." in pad.error.text()
    assert window.current_screen_name() == "pin" and window.session is None
    assert repo.get_learner(amina.id).failed_pins == 1

    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.keyClicks(pad, "2468")
        qtbot.keyClick(pad, Qt.Key_Return)
    assert window.current_screen_name() == "home"


def test_escape_on_the_pin_pad_goes_back_to_the_picker(qtbot, set_up_kiosk, make_window):
    create_learner("Amina Diallo", pin="2468")
    window = make_window()
    qtbot.mouseClick(window.picker.tile_for("Amina Diallo"), Qt.LeftButton)
    qtbot.keyClick(window.pin_pad, Qt.Key_Escape)
    assert window.current_screen_name() == "picker"


def test_new_learner_with_pin_is_created_and_logged_in(qtbot, set_up_kiosk, make_window):
    window = make_window()
    qtbot.mouseClick(window.picker.new_learner_tile(), Qt.LeftButton)
    screen = window.new_learner
    assert window.current_screen_name() == "new_learner"
    qtbot.keyClicks(screen.name, "Zainab Okoye")
    qtbot.keyClicks(screen.pin, "1357")
    qtbot.keyClicks(screen.pin_again, "1357")
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(screen.create, Qt.LeftButton)
    assert window.current_screen_name() == "home"
    [profile] = list_profiles()
    assert profile.name == "Zainab Okoye" and profile.has_pin


def test_new_learner_with_a_taken_name_is_refused_on_screen(qtbot, set_up_kiosk, make_window):
    create_learner("Kofi")
    window = make_window()
    qtbot.mouseClick(window.picker.new_learner_tile(), Qt.LeftButton)
    qtbot.keyClicks(window.new_learner.name, "kofi")
    qtbot.mouseClick(window.new_learner.create, Qt.LeftButton)
    qtbot.waitUntil(lambda: "already exists" in window.new_learner.error.text(), timeout=10_000)
    assert window.current_screen_name() == "new_learner"
    assert len(list_profiles()) == 1


def test_idle_learner_is_logged_out(qtbot, set_up_kiosk, make_window):
    create_learner("Kofi")
    window = make_window(idle_timeout_ms=400)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(window.picker.tile_for("Kofi"), Qt.LeftButton)
    assert window.current_screen_name() == "home"
    with qtbot.waitSignal(window.logged_out, timeout=5_000) as out:
        pass
    assert out.args == ["idle"]
    assert window.current_screen_name() == "picker" and window.session is None
    assert "logged out" in window.picker.notice.text()


def test_activity_keeps_the_session_open(qtbot, set_up_kiosk, make_window):
    create_learner("Kofi")
    window = make_window(idle_timeout_ms=600)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(window.picker.tile_for("Kofi"), Qt.LeftButton)
    for _ in range(4):  # keep typing for longer than the time-out
        qtbot.wait(250)
        qtbot.keyClick(window.home, Qt.Key_Tab)
    assert window.current_screen_name() == "home"


def test_a_crowded_picker_shows_recent_learners_and_finds_the_rest_by_search(qtbot, set_up_kiosk, make_window):
    from kiosk.core.learners.profiles import log_in
    from kiosk.ui.learner_picker import SHOW_AT_MOST

    profiles = [create_learner(f"Learner {n:03d}") for n in range(SHOW_AT_MOST + 12)]
    log_in(profiles[-1].id)  # the most recent visitor comes first even though her name sorts last
    window = make_window()
    picker = window.picker
    names = [tile.text() for tile in picker.tiles()]
    assert len(names) == SHOW_AT_MOST + 1  # and "New learner"
    assert names[:2] == ["New learner", "Learner 059"]
    assert "12 more learners are not shown" in picker.more.text()
    assert picker.search.isVisible()

    qtbot.keyClicks(picker.search, "learner 05")
    assert [tile.text() for tile in picker.tiles()][1:] == [f"Learner {n:03d}" for n in range(50, 60)]
    assert picker.more.isHidden()
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(picker.tile_for("Learner 055"), Qt.LeftButton)
    assert window.session.name == "Learner 055"
