import pytest

from kiosk.core.setup import load_settings


@pytest.fixture
def make_window(qtbot, database):
    """Build the main window as app.py does, with a real database and task runner."""
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.tasks import TaskRunner

    def make(*, idle_timeout_ms: int = 300_000):
        tasks = TaskRunner()
        window = MainWindow(settings=load_settings(), tasks=tasks, idle_timeout_ms=idle_timeout_ms)
        qtbot.addWidget(window)
        window.resize(1024, 600)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make


@pytest.fixture(autouse=True)
def english_after_each_test():
    """A test that switches the app's language (setup, settings, a learner's) leaves it English for the next."""
    yield
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.i18n import current_language, install_language

    app = QApplication.instance()
    if app is not None and current_language() != "en":
        install_language(app, "en")
