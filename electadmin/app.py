"""The composition root of the window: paths, fonts, translators, the store, the main window.

``electadmin-gui`` (or ``electadmin gui``) opens the election given by ``--db``, else the last one
opened on this computer, else the embedded default store: a demo election in the user's data
directory, created on first start (with a progress dialog) so that a newcomer sees a whole election.
"""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "electadmin"
DEFAULT_STORE_NAME = "demo.electadmin"


def default_store_path() -> Path:
    """The embedded default store: the demo election in the platform's user data directory."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_STORE_NAME


def load_fonts() -> None:
    """Register the shipped fonts, so a machine without Arabic system fonts shows no boxes."""
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from electadmin.paths import fonts_dir

    family = None
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and "Noto Sans Arabic" in families[0]:
            family = families[0]
    if family:
        font = QFont(family)
        font.setPointSize(10)
        QApplication.setFont(font)


def build_application(argv: list[str]):
    """The QApplication with fonts, preferences and language installed (shared with the UI tests)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from electadmin.i18n import compile_translations, install_language
    from electadmin.ui.formatting import set_digits
    from electadmin.ui.preferences import Preferences

    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    try:
        compile_translations()  # a source checkout: build .qm files missing or older than their .ts
    except (OSError, subprocess.CalledProcessError) as error:
        logging.getLogger(__name__).warning("translations not compiled: %s", error)
    load_fonts()
    preferences = Preferences(QSettings())
    install_language(app, preferences.language)
    set_digits(preferences.digits)
    return app, preferences


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="electadmin-gui")
    parser.add_argument("--db", help="election file or database URL to open")
    args = parser.parse_args(argv if argv is not None else sys.argv[1:])
    logging.basicConfig(level=logging.INFO)

    app, preferences = build_application(sys.argv[:1])

    from electadmin.ui.context import UiContext
    from electadmin.ui.main_window import MainWindow
    from electadmin.ui.tasks import TaskRunner

    ctx = UiContext(preferences, TaskRunner())
    window = MainWindow(ctx)
    window.show()
    if args.db:
        window.open_location(args.db)
    elif (last := preferences.last_existing_file()) is not None:
        window.open_location(str(last))
    else:
        window.open_or_create_demo(default_store_path())
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
