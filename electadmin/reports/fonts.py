"""The fonts official documents are printed in, registered once with ReportLab.

Amiri (OFL-1.1) is the document font: of the fonts measured it is the one that has both the Arabic
presentation forms that ``arabic-reshaper`` produces and Latin, digits and ``()-/%`` (see
MEASURED.md and ``resources/fonts/README.md``). Every PDF embeds only the subset of glyphs it uses.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from electadmin.paths import fonts_dir

REGULAR = "Amiri"
BOLD = "Amiri-Bold"

FONT_FILES: dict[str, str] = {REGULAR: "Amiri-Regular.ttf", BOLD: "Amiri-Bold.ttf"}

_lock = threading.Lock()
_registered = False


def font_path(name: str) -> Path:
    """The file of the document font registered as *name* (``REGULAR`` or ``BOLD``)."""
    return fonts_dir() / FONT_FILES[name]


def register() -> None:
    """Register the document fonts with ReportLab; cheap after the first call, safe from any thread."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name in FONT_FILES:
            pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True


def has_glyph(font_name: str, char: str) -> bool:
    """Whether the registered font *font_name* has a glyph for the single character *char*."""
    register()
    font = pdfmetrics.getFont(font_name)
    widths = getattr(getattr(font, "face", None), "charWidths", None)
    if widths is None:  # one of ReportLab's standard Type 1 fonts: Latin-1 only
        return ord(char) < 256
    return ord(char) in widths
