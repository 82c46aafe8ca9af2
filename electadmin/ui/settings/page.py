"""Settings of this computer's interface: language and the digits numbers are shown with."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from electadmin.i18n import Language
from electadmin.ui.context import UiContext
from electadmin.ui.formatting import Digits


class SettingsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        language_box = QGroupBox(self.tr("Interface language"), self)
        language_layout = QVBoxLayout(language_box)
        self.languages = QButtonGroup(self)
        for language, label in ((Language.ARABIC, "العربية"), (Language.ENGLISH, "English")):
            button = QRadioButton(label, language_box)
            button.setObjectName(f"language_{language.value}")
            button.setChecked(ctx.preferences.language is language)
            button.toggled.connect(lambda on, l=language: on and ctx.language_requested.emit(l.value))
            self.languages.addButton(button)
            language_layout.addWidget(button)
        digits_box = QGroupBox(self.tr("Digits shown"), self)
        digits_layout = QVBoxLayout(digits_box)
        self.digits = QButtonGroup(self)
        for digits, label in ((Digits.ARABIC_INDIC, self.tr("Arabic-Indic digits (١٢٣)")),
                              (Digits.WESTERN, self.tr("Western digits (123)"))):
            button = QRadioButton(label, digits_box)
            button.setObjectName(f"digits_{digits.value}")
            button.setChecked(ctx.preferences.digits is digits)
            button.toggled.connect(lambda on, d=digits: on and ctx.digits_requested.emit(d.value))
            self.digits.addButton(button)
            digits_layout.addWidget(button)
        note = QLabel(self.tr("Both digit systems are always accepted when typing."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Settings") + "</h2>", self))
        layout.addWidget(language_box)
        layout.addWidget(digits_box)
        layout.addWidget(note)
        layout.addStretch(1)
