from PySide6.QtCore import Qt

from kiosk.core import setup
from kiosk.core.storage.db import db


def fill(qtbot, screen, *, org="Riverside Centre", name="Library PC 2", pin="654321", again="654321"):
    for field, text in [(screen.organisation, org), (screen.kiosk_name, name), (screen.pin, pin), (screen.pin_again, again)]:
        field.clear()
        qtbot.keyClicks(field, text)


def test_first_run_setup_leads_to_the_learner_picker(qtbot, make_window):
    window = make_window()
    assert window.current_screen_name() == "setup"
    assert window.windowTitle() == "Kiosk — setup"
    screen = window.setup_screen
    fill(qtbot, screen)
    screen.language.setCurrentIndex(screen.language.findData("fr"))
    with qtbot.waitSignal(window.screen_changed, timeout=10_000) as changed:
        qtbot.mouseClick(screen.finish, Qt.LeftButton)
    assert changed.args == ["picker"]
    settings = setup.load_settings()
    assert (settings.organisation, settings.kiosk_name, settings.language) == ("Riverside Centre", "Library PC 2", "fr")
    assert setup.check_admin_pin("654321")
    assert window.windowTitle() == "Kiosk — Library PC 2"


def test_mismatched_pins_are_refused_on_screen_and_nothing_is_stored(qtbot, make_window):
    window = make_window()
    screen = window.setup_screen
    fill(qtbot, screen, again="4322")
    qtbot.mouseClick(screen.finish, Qt.LeftButton)
    assert "not the same" in screen.error.text()
    assert screen.pin.text() == "" and window.current_screen_name() == "setup"
    assert db.execute_sql("SELECT count(*) FROM setting").fetchone() == (0,)


def test_a_short_pin_is_explained_and_the_form_keeps_the_names(qtbot, make_window):
    window = make_window()
    screen = window.setup_screen
    fill(qtbot, screen, pin="12", again="12")
    qtbot.mouseClick(screen.finish, Qt.LeftButton)
    qtbot.waitUntil(lambda: "4 to 6 digits" in screen.error.text(), timeout=10_000)
    assert screen.organisation.text() == "Riverside Centre"
    assert not setup.load_settings().is_set_up


def test_setup_works_from_the_keyboard_alone(qtbot, make_window):
    window = make_window()
    screen = window.setup_screen
    fill(qtbot, screen)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.keyClick(screen.pin_again, Qt.Key_Return)
    assert window.current_screen_name() == "picker"


def test_setup_installs_the_sample_packs_off_the_ui_thread(qtbot, make_window, tmp_path, monkeypatch):
    from kiosk.core.packs.library import list_packs
    from tests.journey_packs import JOURNEY_ID, build_journey_pack

    samples = tmp_path / "samples"
    samples.mkdir()
    build_journey_pack(samples)
    monkeypatch.setenv("KIOSK_SAMPLE_PACKS_DIR", str(samples))
    window = make_window()
    fill(qtbot, window.setup_screen)
    with qtbot.waitSignal(window.screen_changed, timeout=20_000) as changed:
        qtbot.mouseClick(window.setup_screen.finish, Qt.LeftButton)
    assert changed.args == ["picker"]
    assert [p.id for p in list_packs()] == [JOURNEY_ID]


def test_setup_pins_the_organisation_key_from_its_enrolment_file_by_keyboard(qtbot, make_window, tmp_path, organisation):
    """The setup screen takes the enrolment file, shows the fingerprint to compare, and fills the verify address."""
    import json

    from kiosk.core.trust import documents
    from kiosk.core.trust.store import pinned

    enrolment = tmp_path / "riverside.kioskenrol"
    enrolment.write_text(json.dumps(documents.make_enrolment(
        org_key=organisation.key, organisation="Riverside Trust", verify_url="https://verify.riverside.example")))
    window = make_window()
    screen = window.setup_screen
    screen.organisation.clear()
    qtbot.keyClicks(screen.org_key.edit, str(enrolment))
    qtbot.keyClick(screen.org_key.edit, Qt.Key_Return)  # Enter (or leaving the field) reads the file
    qtbot.waitUntil(lambda: organisation.fingerprint in screen.fingerprint.text(), timeout=10_000)

    assert screen.organisation.text() == "Riverside Trust"
    assert screen.verify_url.text() == "https://verify.riverside.example"
    for field, text in [(screen.kiosk_name, "Library PC 2"), (screen.pin, "654321"), (screen.pin_again, "654321")]:
        qtbot.keyClicks(field, text)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.keyClick(screen.pin_again, Qt.Key_Return)
    assert pinned().public_key == organisation.public_key
    assert setup.load_settings().verify_url == "https://verify.riverside.example"


def test_a_changed_enrolment_file_is_refused_and_nothing_is_stored(qtbot, make_window, tmp_path, organisation):
    import json

    from kiosk.core.trust import documents

    document = documents.make_enrolment(org_key=organisation.key, organisation="Riverside Trust", verify_url=None)
    document["body"]["verify_url"] = "https://verify.attacker.example"
    enrolment = tmp_path / "changed.kioskenrol"
    enrolment.write_text(json.dumps(document))
    window = make_window()
    screen = window.setup_screen
    fill(qtbot, screen)
    screen.org_key.edit.setText(str(enrolment))
    qtbot.mouseClick(screen.finish, Qt.LeftButton)
    qtbot.waitUntil(lambda: "changed after it was signed" in screen.error.text(), timeout=10_000)
    assert window.current_screen_name() == "setup"
    assert db.execute_sql("SELECT count(*) FROM setting").fetchone() == (0,)


def test_the_language_chosen_in_setup_is_the_pickers_at_once(qtbot, make_window):
    """Choosing Français in setup used to leave the picker in English until a log-out (issue #16, item 9)."""
    window = make_window()
    screen = window.setup_screen
    fill(qtbot, screen)
    screen.language.setCurrentIndex(screen.language.findData("fr"))
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        qtbot.mouseClick(screen.finish, Qt.LeftButton)
    assert window.picker.facilitator.text() == "Animateur"
    assert window.picker.new_learner_tile().text() != "New learner"
