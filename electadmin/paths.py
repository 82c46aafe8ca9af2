"""Where the application's read-only top-level folders are: ``resources/``, ``translations/``, ``data/``.

They sit beside the ``electadmin`` package in a source checkout (the repository root) and in the
unpacked folder of a PyInstaller one-folder build (``sys._MEIPASS``; the spec file copies the three
folders to its top level). Nothing here imports the rest of the application, so every layer may use
it, and the folders are never looked up relative to the current working directory, which is wherever
the user started the program from.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["app_root", "data_dir", "fonts_dir", "resource_path", "resources_dir", "translations_dir"]


def app_root() -> Path:
    """The folder holding ``resources/``, ``translations/`` and ``data/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def resource_path(*parts: str) -> Path:
    """A path inside ``resources/``; whether it exists is the caller's business."""
    return resources_dir().joinpath(*parts)


def fonts_dir() -> Path:
    """The shipped fonts (Amiri for documents, Noto Sans Arabic for the interface) and licences."""
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    """The compiled Qt translations (``*.qm``, built from ``*.ts`` at build time)."""
    return app_root() / "translations"


def data_dir() -> Path:
    """Reference data shipped with the program (e.g. Oman's wilayats); not the user's data."""
    return app_root() / "data"
