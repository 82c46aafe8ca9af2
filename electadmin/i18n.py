"""Languages: Qt translators (ours and Qt's own ``qtbase``), layout direction, compiling ``.ts``.

Source strings are English; ``translations/electadmin_ar.ts`` and ``electadmin_en.ts`` are committed
and compiled to ``.qm`` with ``pyside6-lrelease`` at install or build time (``compile_translations``;
the development script and the PyInstaller spec call it). Arabic is the first language: the interface
starts in Arabic, right to left, unless the user chose English.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from electadmin.paths import translations_dir


class Language(StrEnum):
    ARABIC = "ar"
    ENGLISH = "en"

    @property
    def direction(self) -> Qt.LayoutDirection:
        return Qt.LayoutDirection.RightToLeft if self is Language.ARABIC else Qt.LayoutDirection.LeftToRight

    @property
    def locale(self) -> QLocale:
        if self is Language.ARABIC:
            return QLocale(QLocale.Language.Arabic, QLocale.Country.Oman)
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


DEFAULT_LANGUAGE = Language.ARABIC
_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: Language) -> None:
    """Replace the installed translators with *language*'s and set the layout direction."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for directory, name in ((translations_dir(), f"electadmin_{language.value}"),
                            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                             f"qtbase_{language.value}")):
        translator = QTranslator(app)
        if translator.load(name, str(directory)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(language.locale)
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(language.direction)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def ts_files() -> list[Path]:
    return sorted(translations_dir().glob("electadmin_*.ts"))


def _tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise FileNotFoundError(f"{name} not found (it ships with PySide6)")
    return found


def compile_translations(force: bool = False) -> list[Path]:
    """Build each ``.qm`` from its ``.ts`` when missing or older; returns the files built."""
    built = []
    for ts in ts_files():
        qm = ts.with_suffix(".qm")
        if force or not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
            built.append(qm)
    return built


if __name__ == "__main__":  # python -m electadmin.i18n: compile the translations
    for path in compile_translations(force="--force" in sys.argv):
        print(path)
