"""The one wiring point of the desktop app.

Start-up order (each step logged): paths → first screen's data (or storage) →
QApplication → theme → task runner → main window → show (or screenshot) → first
paint → storage → background sync.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from kiosk import paths

log = logging.getLogger(__name__)


def display_available() -> bool:
    """False on a Linux machine with no X11 or Wayland display to draw on."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def start_background_sync(window) -> None:
    """Send certificates to the registry by itself whenever a connection is there; show when it last did."""
    from datetime import timezone

    from kiosk.core.sync.client import last_synced
    from kiosk.ui.background_sync import BackgroundSync

    def show(when) -> None:
        local = when.replace(tzinfo=timezone.utc).astimezone()
        window.statusBar().showMessage(
            window.tr("Certificates last sent to the registry: %1").replace("%1", local.strftime("%d %b %Y %H:%M"))
        )

    previous = last_synced()
    if previous is not None:
        show(previous)
    sync = BackgroundSync(parent=window)
    sync.synced.connect(lambda report: show(report.synced_at))
    log.info("start-up: background sync scheduled")


def run(
    *,
    fullscreen: bool = False,
    screenshot: Path | None = None,
    size: tuple[int, int] = (1280, 800),
    exit_after_first_paint: bool = False,
) -> int:
    no_display = not display_available()
    if no_display and screenshot is None and not exit_after_first_paint:
        screenshot = paths.data_dir() / "first-screen.png"
        print(f"No display found, so the app cannot open a window: writing a screenshot of the first screen to {screenshot}.")
    if screenshot is not None or no_display:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    # The desktop app only ever opens SQLite: keep peewee from loading a PostgreSQL or MySQL
    # driver that a registry install may have put beside it (about 7 MB and 25 ms at start-up).
    for driver in ("psycopg2", "psycopg2cffi", "pymysql", "MySQLdb"):
        sys.modules.setdefault(driver, None)
    from kiosk.core.start import open_storage, read_first_screen

    log.info("start-up: data in %s", paths.data_dir())
    # Usually the first screen is read without the ORM and storage opens once it is painted;
    # a new, older or half-restored database is opened (created, upgraded, finished) first.
    first = read_first_screen()
    if first is None:
        from kiosk.core.setup import load_settings

        open_storage()
        settings, learners = load_settings(), None
        log.info("start-up: storage open; kiosk set up: %s", settings.is_set_up)
    else:
        settings, learners = first
        log.info("start-up: first screen read; storage opens after the first paint")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kiosk")
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.tasks import TaskRunner
    from kiosk.ui.theme import apply_theme

    from kiosk.ui.i18n import install_language

    apply_theme(app, high_contrast=settings.high_contrast, text_scale=settings.text_scale)
    install_language(app, settings.language)
    log.info("start-up: theme and language (%s) applied", settings.language)
    tasks = TaskRunner()
    window = MainWindow(
        settings=settings,
        tasks=tasks,
        idle_timeout_ms=settings.idle_timeout_seconds * 1000,
        locked=fullscreen and settings.fullscreen_lock,
        learners=learners,
    )
    window.exit_requested.connect(app.quit)
    log.info("start-up: main window built, first screen: %s", window.current_screen_name())

    if screenshot is not None:
        window.resize(*size)
        window.show()
        app.processEvents()
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(screenshot)):
            from kiosk.core.errors import KnownError

            raise KnownError(f"Could not write the screenshot to {screenshot}.")
        print(f"Wrote a screenshot of the {window.current_screen_name()} screen to {screenshot}.")
        return 0

    failed: list[str] = []
    storage_open = learners is None

    def ensure_storage() -> None:
        nonlocal storage_open
        if not storage_open:
            open_storage()
            storage_open = True
            log.info("start-up: storage open")

    # Normally storage opens just after the first paint; a tap that comes first opens it itself.
    tasks.before_first_job(ensure_storage)

    def when_painted() -> None:
        from kiosk.core.errors import KnownError

        try:
            ensure_storage()
        except KnownError as exc:  # e.g. the disk went read-only: say so rather than lose answers
            failed.append(str(exc))
            app.exit(1)
            return
        if exit_after_first_paint:
            app.quit()
        else:
            start_background_sync(window)

    from kiosk.ui.first_paint import after_first_paint

    after_first_paint(window, when_painted, report=exit_after_first_paint)
    if fullscreen:
        window.showFullScreen()
    else:
        window.resize(*size)
        window.show()
    code = app.exec()
    tasks.wait_for_done()
    if failed:
        print(f"kiosk: {failed[0]}", file=sys.stderr)
    return code
