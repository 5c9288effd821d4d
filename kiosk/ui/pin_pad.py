"""A big on-screen PIN pad that also takes the keyboard's digits, Backspace, Enter and Escape."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.learners import pins
from kiosk.ui.layouts import screen_column


class PinPad(QWidget):
    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._digits = ""
        self.setFocusPolicy(Qt.StrongFocus)

        self.prompt = QLabel()
        self.prompt.setProperty("role", "title")
        self.dots = QLabel()
        self.dots.setAlignment(Qt.AlignCenter)
        self.dots.setStyleSheet("font-size: 34pt; letter-spacing: 8px;")
        self.dots.setAccessibleName(self.tr("PIN typed so far"))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignCenter)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._digit_button(digit), index // 3, index % 3)
        self.erase = QPushButton("⌫")
        self.erase.setAccessibleName(self.tr("Erase last digit"))
        self.erase.clicked.connect(self._erase)
        self.ok = QPushButton(self.tr("OK"))
        self.ok.setProperty("role", "primary")
        self.ok.setAccessibleName(self.tr("Enter PIN"))
        self.ok.clicked.connect(self._submit)
        grid.addWidget(self.erase, 3, 0)
        grid.addWidget(self._digit_button("0"), 3, 1)
        grid.addWidget(self.ok, 3, 2)
        for button in (*self.digit_buttons.values(), self.erase, self.ok):
            button.setMinimumSize(96, 72)
            button.setFocusPolicy(Qt.NoFocus)  # the pad itself keeps focus and reads the keys

        self.back = QPushButton(self.tr("Back"))
        self.back.setAccessibleName(self.tr("Back to the list of learners"))
        self.back.clicked.connect(self.cancelled)

        pad = QVBoxLayout()
        pad.addWidget(self.prompt, alignment=Qt.AlignCenter)
        pad.addWidget(self.dots)
        pad.addWidget(self.error)
        # Phone and cash-machine keypads read 1 2 3 left to right in every language: never mirrored.
        keys = QWidget()
        keys.setLayoutDirection(Qt.LeftToRight)
        keys.setLayout(grid)
        pad.addWidget(keys)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(pad)
        row.addStretch(1)
        layout = screen_column(self)
        layout.addWidget(self.back, alignment=Qt.AlignLeft)
        layout.addLayout(row)
        layout.addStretch(1)
        self._show_dots()

    def reset(self, prompt: str) -> None:
        self.prompt.setText(prompt)
        self.error.clear()
        self._digits = ""
        self._show_dots()
        self.set_waiting(False)
        self.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self._digits = ""
        self._show_dots()
        self.set_waiting(False)
        self.setFocus()

    def set_waiting(self, waiting: bool) -> None:
        for button in (*self.digit_buttons.values(), self.erase, self.ok):
            button.setEnabled(not waiting)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        key, text = event.key(), event.text()
        if text and text.isdigit() and text.isascii():
            self._press(text)
        elif key == Qt.Key_Backspace:
            self._erase()
        elif key in (Qt.Key_Return, Qt.Key_Enter):
            self._submit()
        elif key == Qt.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)

    def _digit_button(self, digit: str) -> QPushButton:
        button = QPushButton(digit)
        button.setAccessibleName(digit)
        button.clicked.connect(lambda: self._press(digit))
        self.digit_buttons[digit] = button
        return button

    def _press(self, digit: str) -> None:
        if not self.ok.isEnabled() or len(self._digits) >= pins.PIN_MAX:
            return
        self._digits += digit
        self.error.clear()
        self._show_dots()

    def _erase(self) -> None:
        self._digits = self._digits[:-1]
        self._show_dots()

    def _submit(self) -> None:
        if not self.ok.isEnabled():
            return
        if len(self._digits) < pins.PIN_MIN:
            self.error.setText(self.tr("A PIN has 4 to 6 digits."))
            return
        self.set_waiting(True)
        self.pin_entered.emit(self._digits)

    def _show_dots(self) -> None:
        self.dots.setText("●" * len(self._digits) + "○" * max(0, pins.PIN_MIN - len(self._digits)))
