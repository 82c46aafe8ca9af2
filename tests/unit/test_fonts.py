"""The shipped fonts, their licences, and the folders that hold them."""

from __future__ import annotations

import sys
from pathlib import Path

import arabic_reshaper
import pytest
from reportlab.pdfbase.ttfonts import TTFont

from electadmin import paths
from electadmin.reports import fonts
from electadmin.reports.text import missing_glyphs

REPO = Path(__file__).resolve().parents[2]
FONT_FILES = ["Amiri-Regular.ttf", "Amiri-Bold.ttf", "NotoSansArabic-Variable.ttf"]
ARABIC_LETTERS = [chr(c) for c in range(0x0621, 0x064B) if not 0x063B <= c <= 0x0640]


def test_folders_are_found_from_a_checkout() -> None:
    assert paths.app_root() == REPO
    assert paths.fonts_dir() == REPO / "resources" / "fonts"
    assert paths.resource_path("fonts", "README.md").is_file()
    assert paths.translations_dir() == REPO / "translations"
    assert paths.data_dir() == REPO / "data"


def test_folders_are_found_in_a_pyinstaller_build(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.fonts_dir() == tmp_path / "resources" / "fonts"
    assert paths.translations_dir() == tmp_path / "translations"
    assert paths.data_dir() == tmp_path / "data"


@pytest.mark.parametrize("name", FONT_FILES)
def test_every_font_is_shipped_with_its_licence_and_listed(name: str) -> None:
    folder = paths.fonts_dir()
    assert (folder / name).stat().st_size > 100_000
    licence = "OFL-Amiri.txt" if name.startswith("Amiri") else "OFL-NotoSansArabic.txt"
    assert "SIL OPEN FONT LICENSE Version 1.1" in (folder / licence).read_text(encoding="utf-8")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert f"`{name}`" in readme and f"`{licence}`" in readme


def test_registering_twice_is_harmless() -> None:
    fonts.register()
    fonts.register()
    assert fonts.has_glyph(fonts.REGULAR, "ب")
    assert fonts.has_glyph(fonts.BOLD, "-")
    assert not fonts.has_glyph(fonts.REGULAR, "\u2713")


@pytest.mark.parametrize("font", [fonts.REGULAR, fonts.BOLD])
def test_amiri_has_every_form_the_reshaper_draws(font: str) -> None:
    # Each letter alone, first, in the middle and last of a word, and the lam-alef ligatures.
    samples = [f"{ch} ب{ch} ب{ch}ب {ch}ب" for ch in ARABIC_LETTERS] + ["لا لأ لإ لآ الله"]
    assert missing_glyphs(samples, font) == set()
    assert missing_glyphs("0123456789 ٠١٢٣٤٥٦٧٨٩ ()-/%:.,+ ABC xyz ، ؛ ؟ —", font) == set()


def test_the_interface_font_covers_arabic_latin_and_digits() -> None:
    face = TTFont("NotoSansArabic-check", str(paths.fonts_dir() / "NotoSansArabic-Variable.ttf")).face
    needed = "".join(ARABIC_LETTERS) + "ةىئؤ" + "0123456789٠١٢٣٤٥٦٧٨٩" + "ABCxyz()-/%:.,+،؛؟"
    assert {ch for ch in needed if ord(ch) not in face.charWidths} == set()
    # Qt shapes Arabic itself, but the reshaper's forms being there too costs nothing to check.
    assert all(ord(ch) in face.charWidths for ch in arabic_reshaper.reshape("محمد"))
