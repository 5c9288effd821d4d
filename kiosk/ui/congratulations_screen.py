"""Shown when a learner has just earned one or more credentials."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.records import IssuedCredentialRecord
from kiosk.ui.i18n import filled
from kiosk.ui.text import plain_label


class CongratulationsScreen(QWidget):
    certificate_requested = Signal(str)  # issued credential id
    home_requested = Signal()

    def __init__(self, name: str, awarded: Sequence[IssuedCredentialRecord], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.awarded = list(awarded)
        self.headline = plain_label(filled(self.tr("★ Congratulations, %1!"), name))
        self.headline.setAlignment(Qt.AlignCenter)
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 32pt; font-weight: bold;")
        intro = QLabel(self.tr("You earned:", "", len(self.awarded)))
        intro.setAlignment(Qt.AlignCenter)
        intro.setStyleSheet("font-size: 16pt;")
        self.titles = plain_label("\n".join(a.title for a in self.awarded))
        self.titles.setAlignment(Qt.AlignCenter)
        self.titles.setWordWrap(True)
        self.titles.setStyleSheet("font-size: 22pt;")
        self.see_certificate = QPushButton(self.tr("See my certificate"))
        self.see_certificate.setProperty("role", "primary")
        self.see_certificate.setMinimumHeight(48)
        self.see_certificate.clicked.connect(lambda: self.certificate_requested.emit(self.awarded[-1].id))
        self.back_home = QPushButton(self.tr("⌂ Back home"))
        self.back_home.setMinimumHeight(48)
        self.back_home.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_home)
        buttons.addWidget(self.see_certificate)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addWidget(intro)
        layout.addWidget(self.titles)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def focus_content(self) -> None:
        """Start on "See my certificate": Enter shows it."""
        self.see_certificate.setFocus()


class CertificatePage(QWidget):
    """A certificate with a way back home."""

    home_requested = Signal()

    def __init__(self, certificate: QWidget, *, back: str | None = None, parent: QWidget | None = None) -> None:
        """``back``: the back button's words (default "⌂ Back home"; the console says where it goes)."""
        super().__init__(parent)
        self.certificate = certificate
        self.back_home = QPushButton(back or self.tr("⌂ Back home"))
        self.back_home.clicked.connect(self.home_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.back_home, 0, Qt.AlignLeft)
        layout.addWidget(certificate, 1)
        print_button = getattr(certificate, "print_button", None)
        preview_ready = getattr(certificate, "preview_ready", None)
        if print_button is not None and preview_ready is not None:
            # Once the certificate is drawn, "Print" takes the focus (if nothing else took it meanwhile).
            preview_ready.connect(lambda: print_button.setFocus() if self.focusWidget() in (None, self.back_home) else None)

    def focus_content(self) -> None:
        self.back_home.setFocus()  # until the certificate is drawn and "Print" can be used
