"""The page of an area that does not exist yet: it says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from electadmin.i18n import translate
from electadmin.ui.areas import Area


class NotBuiltPage(QWidget):
    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{area.key}")
        title = QLabel("<h2>" + area.title.translated(translate) + "</h2>", self)
        body = QLabel(self.tr("This part of electadmin is not built yet in this version. "
                              "When it is, it will hold:"), self)
        what = QLabel(area.description.translated(translate), self)
        for label in (body, what):
            label.setWordWrap(True)
        what.setStyleSheet("font-style: italic;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addWidget(what)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
