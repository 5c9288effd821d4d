"""A path typed or chosen from a USB stick or folder; the dialog is shown, never exec'd."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


class FileField(QWidget):
    """A folder (or file) path typed or chosen. ``chosen`` is the line edit's ``editingFinished``."""

    def __init__(self, placeholder: str, *, save_file: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(placeholder)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setAccessibleName(self.tr("Choose on a USB stick or in a folder"))
        self.choose.clicked.connect(self._choose)
        self._save_file = save_file
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose)

    def _choose(self) -> None:
        dialog = QFileDialog(self, self.edit.placeholderText())
        dialog.setOption(QFileDialog.DontUseNativeDialog, True)
        if not self._save_file:
            dialog.setFileMode(QFileDialog.ExistingFile)
        else:
            dialog.setFileMode(QFileDialog.Directory)
            dialog.setOption(QFileDialog.ShowDirsOnly, True)
        dialog.fileSelected.connect(self._selected)
        dialog.show()

    def _selected(self, path: str) -> None:
        self.edit.setText(path)
        self.edit.editingFinished.emit()

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None
