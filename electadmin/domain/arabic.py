"""Arabic text as users type it: search keys, digits and cleaning.

The search key follows ARABIC.md ("Searching names"): NFKC; drop diacritics (tashkeel), Quranic
marks and tatweel; unify alef forms (أ إ آ ٱ → ا), ى → ي, ة → ه, ؤ → و, ئ → ي; fold Arabic-Indic and
Persian digits to ASCII; lower-case Latin; collapse whitespace. It is stored in its own column and
used for matching and collation only: what is displayed is always the original text.

Written by hand because no fitting library exists: pyarabic is GPL and unmaintained (and maps أحمد to
ءحمد), camel-tools pulls in torch. The whole key is one ``str.translate`` and a regex, ~3 µs a name.
"""

from __future__ import annotations

import re
import unicodedata

ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
WESTERN_DIGITS = "0123456789"
TATWEEL = "\u0640"

# Bidi and zero-width marks that QLocale, Excel and copy-paste leave in values.
_INVISIBLE_MARKS = "\u200e\u200f\u061c\u200b\u200c\u200d\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\ufeff"

_TO_ASCII_DIGITS = str.maketrans(ARABIC_INDIC_DIGITS + PERSIAN_DIGITS, WESTERN_DIGITS * 2)
_TO_ARABIC_DIGITS = str.maketrans(WESTERN_DIGITS, ARABIC_INDIC_DIGITS)
_DROP_MARKS = str.maketrans("", "", _INVISIBLE_MARKS)

# Tashkeel (U+064B-U+065F), superscript alef (U+0670), Quranic annotation marks (U+06D6-U+06ED),
# tatweel, and the invisible marks above all vanish from a key.
_KEY_DELETE = (
    "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670"
    + "".join(chr(c) for c in range(0x06D6, 0x06EE))
    + TATWEEL
    + _INVISIBLE_MARKS
)
_KEY_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه",
    "ؤ": "و",
    "ک": "ك",
}
_KEY_TABLE = str.maketrans(
    {**{ch: None for ch in _KEY_DELETE}, **_KEY_FOLD,
     **dict(zip(ARABIC_INDIC_DIGITS + PERSIAN_DIGITS, WESTERN_DIGITS * 2, strict=True))}
)
_SPACES = re.compile(r"\s+")


def _key_of(text: str) -> str:
    if not unicodedata.is_normalized("NFKC", text):  # the quick check: most names are already
        text = unicodedata.normalize("NFKC", text)
    # str.split() splits at exactly the characters r"\s" matches: collapsed and trimmed in one step.
    return " ".join(text.translate(_KEY_TABLE).casefold().split())


_WORD_KEYS: dict[str, str] = {}
_WORD_KEYS_LIMIT = 200_000  # a national roll's names are built from a few thousand words


def search_key(text: str) -> str:
    """The normalised key of *text* for matching and sorting (never for display).

    Computed word by word with each word's key remembered: every step of the key works inside a
    word (a space is never composed with what follows it), so the key of a name is the keys of its
    words joined by spaces, and a million-voter import normalises each distinct word once.
    """
    parts = []
    for word in text.split():
        key = _WORD_KEYS.get(word)
        if key is None:
            key = _key_of(word)
            if len(_WORD_KEYS) < _WORD_KEYS_LIMIT:
                _WORD_KEYS[word] = key
        if key:
            parts.append(key)
    return " ".join(parts)


def clean(text: str) -> str:
    """*text* as it should be stored for display: NFC, no invisible marks, single spaces, trimmed.

    Diacritics and tatweel are kept: they are part of how a person writes their own name.
    """
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_DROP_MARKS)).strip()


def to_ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits → ASCII; invisible bidi marks removed."""
    return text.translate(_TO_ASCII_DIGITS).translate(_DROP_MARKS)


def to_arabic_digits(text: str) -> str:
    """ASCII digits → Arabic-Indic (for display when the user chose them)."""
    return text.translate(_TO_ARABIC_DIGITS)


ARABIC_DECIMAL_SEPARATOR, ARABIC_THOUSANDS_SEPARATOR, ARABIC_PERCENT = "\u066b", "\u066c", "\u066a"


def decimal_text(value: float, places: int = 1, *, arabic: bool = False) -> str:
    """*value* with *places* decimals and grouped thousands: ``1,234.5``, or with Arabic-Indic digits
    and the Arabic separators ``١٬٢٣٤٫٥`` (U+066B decimal, U+066C thousands), never a Latin point
    among Arabic-Indic digits."""
    text = f"{value:,.{places}f}"
    if not arabic:
        return text
    return to_arabic_digits(text.translate({ord(","): ARABIC_THOUSANDS_SEPARATOR, ord("."): ARABIC_DECIMAL_SEPARATOR}))


def percent_text(value: float, places: int = 1, *, arabic: bool = False) -> str:
    """*value* (in percent: 40.0 for forty per cent) as ``40.0%``, or ``٤٠٫٠٪`` with the Arabic percent
    sign (U+066A) that goes with Arabic-Indic digits; bidi places it left of the number in
    right-to-left text, where Arabic readers expect it."""
    return decimal_text(value, places, arabic=arabic) + (ARABIC_PERCENT if arabic else "%")


def parse_int(text: str) -> int:
    """An integer typed with either digit system, spaces or thousands separators tolerated.

    Raises ``ValueError`` for anything that is not a whole number.
    """
    s = to_ascii_digits(text).strip().replace("\u066c", "").replace(",", "").replace(" ", "")
    s = s.replace("\u2212", "-")
    if not re.fullmatch(r"[+-]?\d+", s):
        raise ValueError(text)
    return int(s)


def has_arabic_letters(text: str) -> bool:
    """Whether *text* contains at least one Arabic letter."""
    return any("\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3" for ch in text)
