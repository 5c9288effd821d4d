from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from kiosk.ui.certificate_screen import CertificateScreen
from kiosk.ui.tasks import TaskRunner


@pytest.fixture
def issued(set_up_kiosk):
    from kiosk.core.credentials.definitions import find_definition
    from kiosk.core.credentials.issuing import award_credential
    from kiosk.core.learners.profiles import create_learner
    from tests.core.credentials.conftest import install_test_pack

    install_test_pack()
    learner = create_learner("Amina Okafor")
    return award_credential(learner_id=learner.id, definition=find_definition("digital-basics"), method="mastery")


def test_preview_then_save_to_a_folder(qtbot, issued, tmp_path, tasks):
    screen = CertificateScreen(issued.id, tasks)
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.save_button.isEnabled()
    with qtbot.waitSignal(screen.preview_ready, timeout=20_000):
        pass
    assert screen.preview.pixmap() is not None and not screen.preview.pixmap().isNull()

    qtbot.mouseClick(screen.save_button, Qt.LeftButton)
    dialog = screen.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "usb" / "amina.pdf"
    target.parent.mkdir()
    dialog.selectFile(str(target))
    with qtbot.waitSignal(screen.saved, timeout=20_000) as saved:
        dialog.accept()
    assert saved.args == [str(target)]
    assert target.read_bytes().startswith(b"%PDF-")
    assert "Saved to" in screen.status.text()


@pytest.fixture
def tasks(qtbot):
    """The worker, alive until the test's queued events are processed (as the app keeps it)."""
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()
    qtbot.wait(10)


def _ready_screen(qtbot, issued, tasks) -> CertificateScreen:
    screen = CertificateScreen(issued.id, tasks)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.preview_ready, timeout=20_000):
        pass
    return screen


def test_print_without_a_printer_says_what_to_do_instead(qtbot, issued, tasks, monkeypatch):
    from kiosk.ui import certificate_screen

    monkeypatch.setattr(certificate_screen, "printers_available", lambda: False)
    screen = _ready_screen(qtbot, issued, tasks)
    with qtbot.waitSignal(screen.failed, timeout=5_000) as failed:
        qtbot.mouseClick(screen.print_button, Qt.LeftButton)
    assert "No printer is set up" in failed.args[0] and "USB stick" in screen.status.text()


def test_printing_puts_the_whole_certificate_on_the_page_with_a_qr_that_verifies(qtbot, issued, tasks, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from kiosk.core.credentials.verify import verify_file

    screen = _ready_screen(qtbot, issued, tasks)
    # A printer that writes a PDF: what the print dialog hands over, with a file as the device.
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    with qtbot.waitSignal(screen.printed, timeout=30_000):
        screen.print_to(printer)
    assert "Sent to the printer" in screen.status.text()
    result = verify_file(target)  # the printed page rasterised, its QR read by zxing-cpp
    assert result.ok, result.headline
    assert len(result.verdicts) == 1 and result.verdicts[0].fields.learner_name == "Amina Okafor"


ENGLISH_ON_THE_PAGE = ["Certificate", "Micro-credential", "has earned", "Skills shown", "Issued on", "Issued by",
                      "Facilitator's signature", "Check this certificate", "Scan the QR code"]


@pytest.mark.parametrize(("language", "words"), [("fr", ["Certificat", "Nous certifions que", "Délivré le"]),
                                                  ("ar", ["شهادة", "تشهد هذه الوثيقة بأن", "صدرت في"])])
def test_the_certificate_is_written_in_the_apps_language(qapp, issued, tmp_path, language, words):
    import pypdfium2

    from kiosk.core.credentials.verify import verify_file
    from kiosk.ui.certificate_screen import render_certificate
    from kiosk.ui.i18n import install_language

    install_language(qapp, language)
    try:
        rendered = render_certificate(issued.id, "a4")
    finally:
        install_language(qapp, "en")
    document = pypdfium2.PdfDocument(rendered.pdf)
    text = document[0].get_textpage().get_text_range()
    document.close()
    for expected in words:
        assert expected in text, (expected, text)
    assert [word for word in ENGLISH_ON_THE_PAGE if word in text] == []
    assert "Amina Okafor" in text
    path = tmp_path / "certificate.pdf"
    path.write_bytes(rendered.pdf)
    assert verify_file(path).ok  # the QR says the same in any language


def test_a_revoked_certificate_says_so_above_its_preview(qtbot, issued, tasks):
    from kiosk.core.credentials.issuing import revoke

    plain = _ready_screen(qtbot, issued, tasks)
    assert plain.notice.isHidden()
    revoke(issued.id, "issued by mistake")
    screen = _ready_screen(qtbot, issued, tasks)
    assert screen.notice.isVisible() and "REVOKED on" in screen.notice.text()
    assert "issued by mistake" not in screen.notice.text()


def test_a_demonstration_certificate_says_so_above_its_preview(qtbot, set_up_kiosk, tasks):
    from kiosk.core.credentials.definitions import find_definition
    from kiosk.core.credentials.issuing import award_credential
    from kiosk.core.learners.profiles import create_learner
    from tests.core.credentials.conftest import MANIFEST, install_test_pack

    install_test_pack({**MANIFEST, "id": "kiosk.sample.digital"})  # a sample pack: anyone can sign one
    learner = create_learner("Amina Okafor")
    demo = award_credential(learner_id=learner.id, definition=find_definition("kiosk.sample.digital/digital-basics"),
                            method="mastery")
    screen = _ready_screen(qtbot, demo, tasks)
    assert screen.notice.isVisible() and "DEMONSTRATION" in screen.notice.text()
    assert "not a qualification" in screen.notice.text()


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_the_whole_page_and_its_buttons_fit_the_window(qtbot, issued, tasks, size):
    """At 1024x600 the organisation and the QR block were cut off and the buttons sat on the page (issue #16, item 1)."""
    from PySide6.QtCore import QRect

    from kiosk.ui.congratulations_screen import CertificatePage

    page = CertificatePage(CertificateScreen(issued.id, tasks))
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    screen = page.certificate
    with qtbot.waitSignal(screen.preview_ready, timeout=20_000):
        pass
    qtbot.wait(50)
    shown = screen.preview.pixmap()
    assert 0 < shown.height() <= screen.preview.height() and 0 < shown.width() <= screen.preview.width()
    assert shown.height() > 0.8 * screen.preview.height() or shown.width() > 0.8 * screen.preview.width()
    window = QRect(0, 0, *size)
    preview = QRect(screen.preview.mapTo(page, screen.preview.rect().topLeft()), screen.preview.size())
    for button in (screen.print_button, screen.save_button, page.back_home):
        box = QRect(button.mapTo(page, button.rect().topLeft()), button.size())
        assert window.contains(box), button.text()
        assert not box.intersects(preview), button.text()
