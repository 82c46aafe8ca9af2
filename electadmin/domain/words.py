"""Whole numbers in Arabic words, as a count record writes its figures «كتابةً».

Written by hand: ``num2words`` (0.5.14, ``lang="ar"``) gets counts wrong, e.g. 200 → «مئتا» (the
construct form, which needs a noun after it), 2000 → «ألفا», 11000 → «أحد عشر ألف» (no accusative),
101000 → «مائة و ألف ألف», and it detaches «و» from the following word; it also pulls in ``docopt``.

The form is the one written under a figure in a count record, where the number stands alone:

* nominative case (حالة الرفع), because the words are the figure itself, not part of a sentence;
* masculine counting, because what is counted (صوت a vote, ناخب a voter) is masculine: so 3 to 10
  take the ta marbuta (ثلاثة، عشرة), 11 is «أحد عشر» and 12 «اثنا عشر» (the ordinary counting form
  of the language, the one in records and cheques);
* «مائة» for hundred (as the Omani and most Gulf records write it), joined to its unit (ثلاثمائة);
* the thousand, million and milliard take the singular after 1 and after a hundred (ألف، مائة ألف),
  the dual alone for 2 (ألفان), the plural after 3 to 10 (ثلاثة آلاف) and the accusative singular
  with tanween after 11 to 99 (أحد عشر ألفًا);
* a hundred before a scale word is in construct: 200,000 is «مائتا ألف», not «مائتان ألف»;
* a group ending in 1 or 2 after a hundred is written in the legal (unambiguous) form,
  101,000 → «مائة ألف وألف» and 102,000 → «مائة ألف وألفان», rather than «مائة وألف», which a reader
  can take for 1,100;
* every part is joined by «و» written attached to the next word (مائة وخمسة).
"""

from __future__ import annotations

MAXIMUM = 999_999_999_999
"""The largest number written (just under a million millions: far above any roll on earth)."""

ZERO = "صفر"
_AND = " و"
_TANWEEN_ALIF = "\u064bا"  # fathatan then alif: «ألفًا»

_UNITS = ("", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة")
_TEN_IN_TEENS = "عشر"
_ELEVEN_TWELVE = {11: "أحد", 12: "اثنا"}
_TENS = ("", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون")
_HUNDREDS = ("", "مائة", "مائتان", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة", "ثمانمائة",
             "تسعمائة")
_HUNDREDS_CONSTRUCT = ("", "مائة", "مائتا") + _HUNDREDS[3:]

# (singular, dual, plural) of each power of a thousand.
_SCALES = (
    ("ألف", "ألفان", "آلاف"),
    ("مليون", "مليونان", "ملايين"),
    ("مليار", "ملياران", "مليارات"),
)


def arabic_words(number: int) -> str:
    """*number* (0 to :data:`MAXIMUM`) in Arabic words, e.g. ``arabic_words(1250305)``.

    >>> arabic_words(11000)
    'أحد عشر ألفًا'
    """
    if isinstance(number, bool) or not isinstance(number, int):
        raise TypeError(f"a whole number is required, not {number!r}")
    if not 0 <= number <= MAXIMUM:
        raise ValueError(f"{number} is outside 0..{MAXIMUM}")
    if number == 0:
        return ZERO
    groups: list[str] = []
    scale = 0
    while number:
        number, group = divmod(number, 1000)
        if group:
            groups.append(_below_thousand(group) if scale == 0 else _scaled(group, _SCALES[scale - 1]))
        scale += 1
    return _AND.join(reversed(groups))


def _below_hundred(number: int) -> str:
    if number <= 10:
        return _UNITS[number]
    if number < 20:
        return f"{_ELEVEN_TWELVE.get(number, _UNITS[number - 10])} {_TEN_IN_TEENS}"
    tens, unit = divmod(number, 10)
    return f"{_UNITS[unit]}{_AND}{_TENS[tens]}" if unit else _TENS[tens]


def _below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    parts = [_HUNDREDS[hundreds]] if hundreds else []
    if rest:
        parts.append(_below_hundred(rest))
    return _AND.join(parts)


def _scaled(group: int, scale: tuple[str, str, str]) -> str:
    """*group* (1..999) thousands, millions or milliards, with the noun in the form its count takes."""
    singular, dual, plural = scale
    hundreds, rest = divmod(group, 100)
    if rest == 0:
        return f"{_HUNDREDS_CONSTRUCT[hundreds]} {singular}"
    if rest <= 2:
        tail = singular if rest == 1 else dual
        return f"{_HUNDREDS_CONSTRUCT[hundreds]} {singular}{_AND}{tail}" if hundreds else tail
    if rest <= 10:
        return f"{_below_thousand(group)} {plural}"
    return f"{_below_thousand(group)} {singular}{_TANWEEN_ALIF}"
