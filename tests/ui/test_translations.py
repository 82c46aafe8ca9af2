"""Every source string the program shows has an Arabic translation, and the .ts files are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARABIC = ROOT / "translations" / "electadmin_ar.ts"


def _sources(path: Path) -> set[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")
            if m.get("type") != "obsolete" and m.find("translation").get("type") not in ("obsolete", "vanished")}


def test_every_source_string_has_an_arabic_translation():
    root = ET.parse(ARABIC).getroot()
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [n.text for n in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") == "unfinished" or not all(t and t.strip() for t in texts):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert missing == []


def test_the_committed_ts_files_hold_every_string_of_the_sources(tmp_path):
    """lupdate over today's sources finds nothing the committed file lacks (run ./dev translations)."""
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in sorted((ROOT / "electadmin").rglob("*.py"))]
    subprocess.run([tool, *files, "-no-obsolete", "-ts", str(fresh)], check=True, capture_output=True)
    assert _sources(fresh) - _sources(ARABIC) == set()


def test_arabic_placeholders_match_the_source():
    root = ET.parse(ARABIC).getroot()
    import re

    for message in root.iter("message"):
        source, translation = message.findtext("source"), message.find("translation").text or ""
        for pattern in (r"%\d", r"\{[a-z_]+\}"):
            assert sorted(re.findall(pattern, source)) == sorted(re.findall(pattern, translation)), source


@pytest.mark.parametrize("language", ["ar", "en"])
def test_compiled_translations_load(qapp, language):
    from PySide6.QtCore import QTranslator

    from electadmin.i18n import compile_translations, translations_dir

    compile_translations()
    assert QTranslator().load(f"electadmin_{language}", str(translations_dir()))
