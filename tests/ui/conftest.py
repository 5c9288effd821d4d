import pytest


@pytest.fixture(autouse=True)
def english_after_each_test():
    """A test that switches the app's language (setup, settings, a learner's) leaves it English for the next."""
    yield
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.i18n import current_language, install_language

    app = QApplication.instance()
    if app is not None and current_language() != "en":
        install_language(app, "en")
