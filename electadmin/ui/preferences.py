"""The user's preferences on this machine (not part of any election): language, digits, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from electadmin.i18n import DEFAULT_LANGUAGE, Language
from electadmin.ui.formatting import Digits

MAX_RECENT = 8


class Preferences:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @property
    def language(self) -> Language:
        value = self._settings.value("language", DEFAULT_LANGUAGE.value)
        return Language(value) if value in {l.value for l in Language} else DEFAULT_LANGUAGE

    @language.setter
    def language(self, language: Language) -> None:
        self._settings.setValue("language", language.value)

    @property
    def digits(self) -> Digits:
        """The digits the user chose; until they choose, those of the interface language (Arabic-Indic
        in Arabic, Western in English), as each language's readers expect."""
        value = self._settings.value("digits")
        if value in {d.value for d in Digits}:
            return Digits(value)
        return Digits.ARABIC_INDIC if self.language is Language.ARABIC else Digits.WESTERN

    @digits.setter
    def digits(self, digits: Digits) -> None:
        self._settings.setValue("digits", digits.value)

    @property
    def recent_files(self) -> list[str]:
        value = self._settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def add_recent(self, location: str) -> None:
        items = [location] + [f for f in self.recent_files if f != location]
        self._settings.setValue("recent_files", items[:MAX_RECENT])

    def remove_recent(self, location: str) -> None:
        self._settings.setValue("recent_files", [f for f in self.recent_files if f != location])

    def last_existing_file(self) -> Path | None:
        for item in self.recent_files:
            if "://" in item or Path(item).exists():
                return Path(item) if "://" not in item else None
        return None

    def sync(self) -> None:
        self._settings.sync()
