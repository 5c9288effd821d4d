"""A certificate's preview, with Print and Save to USB / folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.core.errors import KnownError
from kiosk.ui.i18n import filled
from kiosk.ui.tasks import TaskRunner, user_message
from kiosk.ui.text import plain_label

PREVIEW_DPI = 100  # then scaled down to fit the window, whole page always in view
PRINT_DPI = 300


def printers_available() -> bool:
    return bool(QPrinterInfo.availablePrinterNames())


@dataclass(frozen=True)
class RenderedCertificate:
    pdf: bytes
    preview_png: bytes
    file_name: str
    demonstration: bool = False
    revoked_on: str | None = None  # YYYY-MM-DD


def render_certificate(issued_id: str, paper: str) -> RenderedCertificate:
    """Worker job: the PDF and a PNG of its first page (no widgets here)."""
    import io

    import pypdfium2

    from kiosk.core.credentials.issuing import certificate_fields, get_issued, revoked_on
    from kiosk.core.credentials.pdf import certificate_pdf
    from kiosk.core.say import CONTEXT

    issued = get_issued(issued_id)
    # In the app's language (the learner's, or the kiosk's in facilitator mode).
    data = certificate_pdf(issued, paper=paper, translate=lambda text: QCoreApplication.translate(CONTEXT, text))
    document = pypdfium2.PdfDocument(data)
    try:
        image = document[0].render(scale=PREVIEW_DPI / 72).to_pil()
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    safe_name = "".join(ch if ch.isalnum() else "-" for ch in issued.learner_name).strip("-") or "certificate"
    revoked = revoked_on(issued)
    return RenderedCertificate(
        pdf=data,
        preview_png=buffer.getvalue(),
        file_name=f"certificate-{safe_name}.pdf",
        demonstration=certificate_fields(issued).demonstration,
        revoked_on=f"{revoked:%Y-%m-%d}" if revoked else None,
    )


def page_images(pdf: bytes, dpi: int) -> list[bytes]:
    """Worker job: every page as PNG bytes, for printing."""
    import io

    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = []
        for page in document:
            buffer = io.BytesIO()
            page.render(scale=dpi / 72, grayscale=True).to_pil().save(buffer, "PNG")
            pages.append(buffer.getvalue())
        return pages
    finally:
        document.close()


class FittedPreview(QLabel):
    """The whole page, scaled to fit whatever room it has (keeping its shape)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent, alignment=Qt.AlignCenter)
        self._page = QPixmap()
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Ignored)
        self.setMinimumSize(200, 260)

    def set_page(self, page: QPixmap) -> None:
        self._page = page
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if not self._page.isNull():
            self.setPixmap(self._page.scaled(self.size(), Qt.KeepAspectRatio, Qt.SmoothTransformation))


class CertificateScreen(QWidget):
    """Shows one issued credential's certificate; prints it or saves it as a PDF."""

    preview_ready = Signal()
    saved = Signal(str)
    printed = Signal()
    failed = Signal(str)

    def __init__(self, issued_id: str, tasks: TaskRunner, *, paper: str = "a4", parent: QWidget | None = None):
        super().__init__(parent)
        self._issued_id = issued_id
        self._tasks = tasks
        self._rendered: RenderedCertificate | None = None
        self._printer: QPrinter | None = None

        self.notice = QLabel("", wordWrap=True)
        self.notice.setTextFormat(Qt.PlainText)
        self.notice.setProperty("role", "error")
        self.notice.setAccessibleName(self.tr("About this certificate"))
        self.notice.hide()
        self.preview = FittedPreview(self.tr("Preparing the certificate…"))
        self.preview.setAccessibleName(self.tr("The certificate, as it will print"))
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print"))
        self.save_button = QPushButton(self.tr("Save to USB / folder"))
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
            button.setMinimumHeight(44)
        self.print_button.clicked.connect(self._ask_printer)
        self.save_button.clicked.connect(self._ask_where_to_save)

        # The page on one side, what to do with it on the other: both in view on a 1024 x 600 screen.
        side = QVBoxLayout()
        side.addWidget(self.print_button)
        side.addWidget(self.save_button)
        side.addWidget(self.status)
        side.addStretch(1)
        page_and_buttons = QHBoxLayout()
        page_and_buttons.addWidget(self.preview, 1)
        page_and_buttons.addLayout(side)  # as wide as its buttons' words need; the page takes the rest
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)  # "revoked" or "demonstration" across the top, read first
        layout.addLayout(page_and_buttons, 1)

        tasks.run(lambda: render_certificate(issued_id, paper), on_success=self._show, on_failure=self._fail)

    # --- preview ------------------------------------------------------------

    def _show(self, rendered: RenderedCertificate) -> None:
        self._rendered = rendered
        pixmap = QPixmap()
        pixmap.loadFromData(rendered.preview_png, "PNG")
        self.preview.set_page(pixmap)
        if rendered.revoked_on:
            self.notice.setText(
                filled(
                    self.tr("⚠ REVOKED on %1: this certificate is no longer valid. Copies print with a REVOKED mark."),
                    rendered.revoked_on,
                )
            )
        elif rendered.demonstration:
            self.notice.setText(
                self.tr("⚠ DEMONSTRATION: this certificate comes from a sample pack. It is not a qualification.")
            )
        self.notice.setVisible(bool(rendered.revoked_on or rendered.demonstration))
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.preview_ready.emit()

    def _fail(self, exc: Exception) -> None:
        message = user_message(exc)
        self.status.setText(message)
        self.failed.emit(message)

    # --- save ---------------------------------------------------------------

    def _ask_where_to_save(self) -> None:
        assert self._rendered is not None
        dialog = QFileDialog(self, self.tr("Save the certificate"))
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.DontUseNativeDialog, True)
        dialog.selectFile(self._rendered.file_name)
        dialog.fileSelected.connect(self._save_to)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _save_to(self, path_text: str) -> None:
        assert self._rendered is not None
        data = self._rendered.pdf
        path = Path(path_text)

        def write() -> str:
            from kiosk.core.durable import write_atomically
            from kiosk.core.say import QT_TRANSLATE_NOOP, say

            write_atomically(path, data, failure=say(QT_TRANSLATE_NOOP("core", "Could not save to %1: %2."), path))
            return str(path)

        self._tasks.run(write, on_success=self._saved, on_failure=self._fail)

    def _saved(self, path: str) -> None:
        self.status.setText(filled(self.tr("Saved to %1"), path))
        self.saved.emit(path)

    # --- print --------------------------------------------------------------

    def _ask_printer(self) -> None:
        if not printers_available():
            no_printer = self.tr("No printer is set up on this computer. Save the certificate to a USB stick or folder, and print it on another computer.")  # noqa: E501 (one string for the translators)
            self._fail(KnownError(no_printer))
            return
        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.open()

    def print_to(self, printer: QPrinter) -> None:
        """Print the certificate on ``printer`` (as the print dialog set it up); ``printed`` follows."""
        assert self._rendered is not None
        self._printer = printer
        self._tasks.run(
            lambda: page_images(self._rendered.pdf, PRINT_DPI),
            on_success=lambda pages: self._paint(printer, pages),
            on_failure=self._fail,
        )

    def _paint(self, printer: QPrinter, pages: list[bytes]) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            self._fail(KnownError(self.tr("The printer did not start. Check that it is on and has paper, then try again.")))
            return
        try:
            for index, png in enumerate(pages):
                if index:
                    printer.newPage()
                image = QImage.fromData(png, "PNG")
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.KeepAspectRatio)
                painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
        finally:
            painter.end()
        self.status.setText(self.tr("Sent to the printer."))
        self.printed.emit()
