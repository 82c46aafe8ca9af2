"""Keep translations/*.ts in step with the sources.

    python tools/translations.py            run pyside6-lupdate over electadmin/ and report untranslated strings
    python tools/translations.py fill TSV   set Arabic translations from a file of lines "context<TAB>source<TAB>arabic"
    python tools/translations.py missing    print the untranslated Arabic strings as "context<TAB>source<TAB>" lines
    python tools/translations.py absorb TS  take the Arabic translations of another .ts (e.g. a merged branch's)
                                            for the strings this one leaves untranslated

Source strings are English; electadmin_en.ts only carries plural forms (-pluralonly), electadmin_ar.ts
carries every string. Obsolete strings are dropped so the files say only what the program shows.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
SOURCES = ROOT / "electadmin"


def lupdate() -> None:
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    files = [str(p) for p in sorted(SOURCES.rglob("*.py"))]
    for language, extra in (("ar", []), ("en", ["-pluralonly"])):
        target = TRANSLATIONS / f"electadmin_{language}.ts"
        subprocess.run([tool, *files, "-no-obsolete", "-locations", "none", "-source-language", "en",
                        "-target-language", language, *extra, "-ts", str(target)],
                       check=True, stdout=subprocess.DEVNULL)


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def untranslated(path: Path) -> list[tuple[str, str]]:
    tree = ET.parse(path)
    out = []
    for context, message in _messages(tree):
        translation = message.find("translation")
        texts = [translation.text] if message.get("numerus") != "yes" else [
            n.text for n in translation.iter("numerusform")]
        if translation.get("type") == "unfinished" or not all(t and t.strip() for t in texts):
            out.append((context, message.findtext("source")))
    return out


def read_table(table: Path) -> dict[tuple[str, str], str]:
    """Lines "context<TAB>source<TAB>arabic" (a literal \\n stands for a line break)."""
    wanted = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if line.strip():
            context, source, arabic = line.split("\t")
            wanted[(context, source.replace("\\n", "\n"))] = arabic.replace("\\n", "\n")
    return wanted


def fill(path: Path, wanted: dict[tuple[str, str], str], *, only_missing: bool = False) -> int:
    """Set the translations of *wanted* in the .ts at *path*; the number set."""
    tree = ET.parse(path)
    done = 0
    for context, message in _messages(tree):
        key = (context, message.findtext("source"))
        translation = message.find("translation")
        if key in wanted and not (only_missing and translation.get("type") is None and translation.text):
            translation.text = wanted[key]
            translation.attrib.pop("type", None)
            done += 1
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    path.write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")
    return done


def translations_of(path: Path) -> dict[tuple[str, str], str]:
    """The finished (context, source) → translation pairs of a .ts file."""
    found = {}
    for context, message in _messages(ET.parse(path)):
        translation = message.find("translation")
        if translation.get("type") is None and translation.text:
            found[(context, message.findtext("source"))] = translation.text
    return found


def main(argv: list[str]) -> int:
    arabic = TRANSLATIONS / "electadmin_ar.ts"
    if argv[:1] == ["fill"]:
        print(f"{fill(arabic, read_table(Path(argv[1])))} translations set")
        return 0
    if argv[:1] == ["absorb"]:
        print(f"{fill(arabic, translations_of(Path(argv[1])), only_missing=True)} translations taken")
        return 0
    if argv[:1] == ["missing"]:
        for context, source in untranslated(arabic):
            print(f"{context}\t{source.replace(chr(10), chr(92) + 'n')}\t")
        return 0
    lupdate()
    missing = untranslated(arabic)
    print(f"{len(missing)} Arabic strings untranslated")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
