"""Governorates, wilayats (the constituencies) and polling centres: kinds and validation rules."""

from __future__ import annotations

import re
from enum import StrEnum

from electadmin.domain.arabic import clean, to_ascii_digits
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.text import QT_TRANSLATE_NOOP, Term

MAX_STATIONS_PER_CENTRE = 50
_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,19}")


class CentreKind(StrEnum):
    """Who votes at a polling centre."""

    MEN = "men"
    WOMEN = "women"
    JOINT = "joint"

    @property
    def label(self) -> Term:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    CentreKind.MEN: QT_TRANSLATE_NOOP("Terms", "Men"),
    CentreKind.WOMEN: QT_TRANSLATE_NOOP("Terms", "Women"),
    CentreKind.JOINT: QT_TRANSLATE_NOOP("Terms", "Joint"),
}

FIELD = {
    "code": QT_TRANSLATE_NOOP("Fields", "Code"),
    "governorate": QT_TRANSLATE_NOOP("Fields", "Governorate"),
    "governorate_code": QT_TRANSLATE_NOOP("Fields", "Governorate code"),
    "governorate_ar": QT_TRANSLATE_NOOP("Fields", "Governorate (Arabic)"),
    "governorate_en": QT_TRANSLATE_NOOP("Fields", "Governorate (English)"),
    "wilayat": QT_TRANSLATE_NOOP("Fields", "Wilayat"),
    "wilayat_code": QT_TRANSLATE_NOOP("Fields", "Wilayat code"),
    "name_ar": QT_TRANSLATE_NOOP("Fields", "Name in Arabic"),
    "name_en": QT_TRANSLATE_NOOP("Fields", "Name in English"),
    "seats": QT_TRANSLATE_NOOP("Fields", "Seats"),
    "aliases": QT_TRANSLATE_NOOP("Fields", "Other spellings"),
    "centre_code": QT_TRANSLATE_NOOP("Fields", "Centre code"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Centre for"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "stations": QT_TRANSLATE_NOOP("Fields", "Stations"),
}

KIND_NAMES = {
    "governorate": QT_TRANSLATE_NOOP("Terms", "a governorate"),
    "wilayat": QT_TRANSLATE_NOOP("Terms", "a wilayat"),
    "centre": QT_TRANSLATE_NOOP("Terms", "a polling centre"),
}


def normalise_code(value: str, field: str = "code") -> str:
    """A stable external code: upper-case ASCII letters, digits and hyphens, up to 20 characters."""
    code = to_ascii_digits(value).strip().upper()
    if not _CODE.fullmatch(code):
        raise ElectadminError(ErrorCode.VALUE_BAD_CODE, field=FIELD[field], value=value)
    return code


def check_name(value: str, field: str = "name_ar", *, required: bool = True) -> str:
    name = clean(value)
    if required and not name:
        raise ElectadminError(ErrorCode.VALUE_REQUIRED, field=FIELD[field])
    if len(name) > 200:
        raise ElectadminError(ErrorCode.VALUE_TOO_LONG, field=FIELD[field], maximum=200)
    return name


def check_seats(seats: int) -> int:
    if seats < 1:
        raise ElectadminError(ErrorCode.GEO_SEATS, value=seats)
    return seats


def check_stations(stations: int) -> int:
    if not 1 <= stations <= MAX_STATIONS_PER_CENTRE:
        raise ElectadminError(ErrorCode.GEO_STATIONS, value=stations, maximum=MAX_STATIONS_PER_CENTRE)
    return stations


def station_code(centre_code: str, number: int) -> str:
    """A station's stable code: its centre's code and its number, e.g. ``MA01-C02-3``."""
    return f"{centre_code}-{number}"
