"""The facilitator console, driven like a facilitator: every tab's task, and the kiosk lock."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.core.learners.profiles import create_learner, list_profiles, log_in
from kiosk.core.packs.library import import_pack
from kiosk.core.setup import load_settings
from kiosk.core.storage import repo
from tests.facilitator_packs import ESSAY_STEM, build_facilitator_pack, take_quiz
from tests.ui.test_facilitator_entry import type_pin


def open_console(qtbot, window):
    qtbot.mouseClick(window.picker.facilitator, Qt.LeftButton)
    with qtbot.waitSignal(window.screen_changed, timeout=10_000):
        type_pin(qtbot, window.current_screen(), "123456")
    assert window.current_screen_name() == "facilitator"
    return window.current_screen()


def idle(qtbot, window):
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)


def select(qtbot, widget, text):
    qtbot.waitUntil(lambda: any(text in widget.item(i).text() for i in range(widget.count())), timeout=10_000)
    item = next(widget.item(i) for i in range(widget.count()) if text in widget.item(i).text())
    widget.setCurrentItem(item)
    widget.setFocus()


@pytest.fixture
def console(qtbot, set_up_kiosk, make_window, tmp_path):
    import_pack(build_facilitator_pack(tmp_path))
    window = make_window()
    screen = open_console(qtbot, window)
    idle(qtbot, window)
    yield window, screen
    idle(qtbot, window)


def test_learners_search_reset_pin_archive_merge(qtbot, console):
    window, screen = console
    create_learner("Amina Diallo", pin="1111")
    dup = create_learner("Amina D")
    take_quiz(log_in(dup.id))
    tab = screen.learners
    qtbot.keyClicks(tab.search, "amina d")
    select(qtbot, tab.list, "Amina Diallo")
    qtbot.keyClicks(tab.new_pin, "2468")
    qtbot.mouseClick(tab.set_pin, Qt.LeftButton)
    qtbot.waitUntil(lambda: "new PIN" in tab.message.text(), timeout=10_000)
    keep_id = next(p.id for p in list_profiles() if p.name == "Amina Diallo")
    assert log_in(keep_id, "2468").learner_id == keep_id

    select(qtbot, tab.list, "Amina D")
    tab.list.setCurrentItem(next(tab.list.item(i) for i in range(tab.list.count()) if tab.list.item(i).text() == "Amina D"))
    assert tab.merge_into.currentText() == "Amina Diallo"
    # The wording says which profile is kept (issue #16, item 20).
    assert tab.merge.text() == "Merge into “Amina Diallo”"
    assert tab.merge_note.text().startswith("“Amina Diallo” is kept. “Amina D”'s answers and certificates move into it")
    qtbot.mouseClick(tab.merge, Qt.LeftButton)
    assert repo.get_learner(dup.id).archived is False  # first click only asks
    qtbot.mouseClick(tab.merge, Qt.LeftButton)
    qtbot.waitUntil(lambda: "merged" in tab.message.text(), timeout=10_000)
    assert "Amina D was merged into Amina Diallo; Amina Diallo is kept." in tab.message.text()
    assert repo.get_learner(dup.id).archived
    assert repo.list_quiz_attempts(learner_id=keep_id, pack_id="kiosk.sample.facilitated")

    tab.search.clear()
    select(qtbot, tab.list, "Amina Diallo")
    qtbot.mouseClick(tab.remove_pin, Qt.LeftButton)
    qtbot.waitUntil(lambda: "no PIN" in tab.message.text(), timeout=10_000)
    qtbot.mouseClick(tab.archive, Qt.LeftButton)
    qtbot.waitUntil(lambda: "archived" in tab.message.text(), timeout=10_000)
    assert list_profiles() == []


def test_report_exports_and_essay_mark(qtbot, console, tmp_path):
    window, screen = console
    take_quiz(log_in(create_learner("Amina").id), essay="Press the power button.")
    screen.tabs.setCurrentWidget(screen.progress)
    tab = screen.progress
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=10_000)
    assert tab.table.item(0, 0).text() == "Amina" and tab.table.item(0, 2).text() == "100 %"
    qtbot.mouseClick(tab.export_csv, Qt.LeftButton)  # asks where: a folder on a USB stick
    tab.folder_dialog.fileSelected.emit(str(tmp_path))
    assert not tab.export_pdf.isEnabled()  # one export at a time
    qtbot.waitUntil(lambda: "Saved" in tab.message.text() and tab.export_pdf.isEnabled(), timeout=10_000)
    with open(tmp_path / "kiosk-progress.csv", encoding="utf-8-sig") as handle:
        assert next(csv.DictReader(handle))["learner"] == "Amina"
    qtbot.mouseClick(tab.export_pdf, Qt.LeftButton)
    tab.folder_dialog.fileSelected.emit(str(tmp_path))
    qtbot.waitUntil(lambda: (tmp_path / "kiosk-progress.pdf").exists(), timeout=10_000)
    assert (tmp_path / "kiosk-progress.pdf").read_bytes().startswith(b"%PDF")

    screen.tabs.setCurrentWidget(screen.essays)
    tab = screen.essays
    select(qtbot, tab.essays, "Amina")
    # A row tells answers apart: learner, pack, question and date (issue #16, item 20).
    row = tab.essays.currentItem().text()
    answered = repo.list_pending_essays()[0].answered_at
    assert row == f"Amina — Facilitated test pack — \u2066{answered:%Y-%m-%d %H:%M}\u2069\n“{ESSAY_STEM}”"
    assert "Press the power button." in tab.essay_text.text() and "Question:" in tab.essay_text.text()
    tab.mark.setValue(75)
    qtbot.mouseClick(tab.save_mark, Qt.LeftButton)
    qtbot.waitUntil(lambda: tab.essays.count() == 0, timeout=10_000)
    assert repo.list_pending_essays() == []


def test_report_pages_filters_and_sorts(qtbot, console):
    window, screen = console
    for name in ("Dara", "Amina", "Chen", "Bola"):
        take_quiz(log_in(create_learner(name).id), right=name != "Chen")
    create_learner("Eli")  # started nothing: counted, not listed
    tab = screen.progress
    tab._page_size = 2
    screen.tabs.setCurrentWidget(tab)

    def names():
        return [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]

    qtbot.waitUntil(lambda: names() == ["Amina", "Bola"], timeout=10_000)
    assert "1–2 of 4" in tab.summary.text() and "not started: 1" in tab.summary.text()
    assert not tab.previous_page.isEnabled() and tab.next_page.isEnabled()
    assert tab.pack.count() == 2 and tab.pack.itemText(1) == "Facilitated test pack"
    qtbot.mouseClick(tab.next_page, Qt.LeftButton)
    qtbot.waitUntil(lambda: names() == ["Chen", "Dara"], timeout=10_000)
    assert not tab.next_page.isEnabled() and "3–4 of 4" in tab.summary.text()

    tab.table.horizontalHeader().sectionClicked.emit(2)  # Progress, lowest first, from the first page
    qtbot.waitUntil(lambda: names()[:1] == ["Chen"], timeout=10_000)
    assert tab.table.item(0, 2).text() != "100 %" and tab.table.item(1, 2).text() == "100 %"
    tab.table.horizontalHeader().sectionClicked.emit(2)  # again: highest first
    qtbot.waitUntil(lambda: "Chen" not in names(), timeout=10_000)

    qtbot.keyClicks(tab.name, "dar")  # a word's start, or 3 letters inside it (profiles.name_matches)
    qtbot.waitUntil(lambda: names() == ["Dara"], timeout=10_000)
    tab.name.clear()
    tab.stuck_only.setChecked(True)  # nobody has 10 answers in the last 14 days without mastering something
    qtbot.waitUntil(lambda: names() == [] and "No rows" in tab.summary.text(), timeout=10_000)
    idle(qtbot, window)


def test_signoff_then_revoke_and_reprint(qtbot, console):
    window, screen = console
    learner = create_learner("Amina")
    take_quiz(log_in(learner.id))
    screen.tabs.setCurrentWidget(screen.credentials)
    tab = screen.credentials
    select(qtbot, tab.signoffs, "Amina")
    qtbot.mouseClick(tab.confirm, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Awarded" in tab.message.text(), timeout=10_000)
    (issued,) = repo.list_issued_credentials(learner_id=learner.id)
    assert issued.method == "facilitator"

    select(qtbot, tab.issued, "Amina")
    qtbot.keyClicks(tab.reason, "Given by mistake")
    qtbot.mouseClick(tab.revoke, Qt.LeftButton)
    qtbot.mouseClick(tab.revoke, Qt.LeftButton)
    qtbot.waitUntil(lambda: "REVOKED" in tab.issued.item(0).text(), timeout=10_000)
    assert repo.get_issued_credential(issued.id).revoke_reason == "Given by mistake"
    # The message names the learner and the credential, and the short code, not an internal id (issue #16, item 20).
    assert "Amina" in tab.message.text() and issued.short_code in tab.message.text()
    assert issued.id not in tab.message.text()

    select(qtbot, tab.issued, "Amina")
    qtbot.mouseClick(tab.reprint, Qt.LeftButton)
    assert window.current_screen_name() == "certificate"
    idle(qtbot, window)


def test_backup_restore_and_refused_damaged_file(qtbot, console, tmp_path):
    window, screen = console
    create_learner("Amina")
    screen.tabs.setCurrentWidget(screen.backup)
    tab = screen.backup
    qtbot.keyClicks(tab.folder.edit, str(tmp_path))
    qtbot.mouseClick(tab.make, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in tab.message.text(), timeout=10_000)
    (backup,) = tmp_path.glob("*.kioskbackup")
    create_learner("Bob")

    damaged = tmp_path / "damaged.kioskbackup"
    damaged.write_bytes(backup.read_bytes()[:-100])
    qtbot.keyClicks(tab.file.edit, str(damaged))
    qtbot.mouseClick(tab.restore, Qt.LeftButton)
    qtbot.mouseClick(tab.restore, Qt.LeftButton)
    qtbot.waitUntil(lambda: "⚠" in tab.message.text(), timeout=10_000)
    idle(qtbot, window)
    assert [p.name for p in list_profiles()] == ["Amina", "Bob"]

    tab.file.edit.clear()
    qtbot.keyClicks(tab.file.edit, str(backup))
    qtbot.mouseClick(tab.restore, Qt.LeftButton)
    qtbot.mouseClick(tab.restore, Qt.LeftButton)
    qtbot.waitUntil(lambda: "Restored" in tab.message.text(), timeout=10_000)
    idle(qtbot, window)
    assert [p.name for p in list_profiles()] == ["Amina"]


def test_settings_change_applies_live(qtbot, console):
    window, screen = console
    screen.tabs.setCurrentWidget(screen.settings)
    tab = screen.settings
    qtbot.waitUntil(lambda: tab.kiosk_name.text() == "Library PC 2", timeout=10_000)
    assert "never" in tab.last_synced.text()
    tab.kiosk_name.clear()
    qtbot.keyClicks(tab.kiosk_name, "Hall PC")
    tab.high_contrast.setChecked(True)
    tab.text_scale.setCurrentIndex(tab.text_scale.findData(1.25))
    tab.idle_minutes.setValue(7)
    with qtbot.waitSignal(screen.settings_changed, timeout=10_000):
        qtbot.mouseClick(tab.save, Qt.LeftButton)
    settings = load_settings()
    assert settings.kiosk_name == "Hall PC" and settings.high_contrast and settings.text_scale == 1.25
    assert "Hall PC" in window.windowTitle()
    assert window.idle.timer.interval() == 7 * 60 * 1000
    assert QApplication.instance().property("kiosk_high_contrast") is True
    qtbot.keyClicks(tab.old_pin, "123456")
    qtbot.keyClicks(tab.new_pin, "567890")
    qtbot.mouseClick(tab.change_pin, Qt.LeftButton)
    qtbot.waitUntil(lambda: "PIN is changed" in tab.message.text(), timeout=10_000)
    from kiosk.core.setup import check_admin_pin
    from kiosk.ui.theme import apply_theme

    assert check_admin_pin("567890")
    apply_theme(QApplication.instance())  # leave the default look for the next tests


def test_wrong_facilitator_pins_lock_the_pad(qtbot, set_up_kiosk, make_window):
    window = make_window()
    qtbot.mouseClick(window.picker.facilitator, Qt.LeftButton)
    pad = window.current_screen()
    for _ in range(5):
        type_pin(qtbot, pad, "9999")
        qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)
    qtbot.waitUntil(lambda: "wait" in pad.error.text() or "Try again in" in pad.error.text(), timeout=10_000)
    type_pin(qtbot, pad, "123456")
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)
    assert window.current_screen_name() == "admin_pin"  # locked: even the right PIN waits


def test_fullscreen_lock_only_the_facilitator_exits(qtbot, set_up_kiosk, database):
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.tasks import TaskRunner

    window = MainWindow(settings=load_settings(), tasks=TaskRunner(), idle_timeout_ms=300_000, locked=True)
    qtbot.addWidget(window)
    window.showFullScreen()
    qtbot.waitExposed(window)
    window.close()
    assert window.isVisible()
    qtbot.keyClick(window, Qt.Key_F4, Qt.AltModifier)
    qtbot.keyClick(window.picker, Qt.Key_Escape)
    assert window.isVisible()
    screen = open_console(qtbot, window)
    with qtbot.waitSignal(window.exit_requested, timeout=5_000):
        qtbot.mouseClick(screen.exit_kiosk, Qt.LeftButton)
    assert not window.isVisible()
    qtbot.waitUntil(lambda: not window._tasks.is_busy(), timeout=10_000)
