"""Oman's 2023 reference geography (63 wilayats, 90 seats), loaded in one action.

The shipped files are trusted data, read with the standard csv module; wilayat codes are derived from
the governorate code and the wilayat's order in the file, so every election loaded from the same file
gets the same codes.
"""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import func, select

from electadmin.domain.roles import Permission
from electadmin.domain.audit import EventType
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.paths import data_dir
from electadmin.services.authz import requires
from electadmin.services import audit
from electadmin.services.geography import (
    GeographyChanges,
    GeographyRecord,
    GovernorateDTO,
    WilayatDTO,
    apply_records,
)
from electadmin.services.store import Store
from electadmin.storage.models import Wilayat

REFERENCE_FILE = "oman_wilayats_2023.csv"
ALIASES_FILE = "oman_wilayat_aliases.csv"


def reference_records(folder: Path | None = None) -> list[GeographyRecord]:
    folder = folder or data_dir()
    aliases: dict[str, list[str]] = {}
    with open(folder / ALIASES_FILE, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            aliases.setdefault(row["wilayat_en"], []).append(row["alias"])
    records: list[GeographyRecord] = []
    numbers: dict[str, int] = {}
    with open(folder / REFERENCE_FILE, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            gcode = row["governorate_code"].strip()
            numbers[gcode] = numbers.get(gcode, 0) + 1
            governorate = GovernorateDTO(gcode, row["governorate_ar"].strip(), row["governorate_en"].strip())
            wilayat = WilayatDTO(
                code=f"{gcode}{numbers[gcode]:02d}", governorate_code=gcode,
                name_ar=row["wilayat_ar"].strip(), name_en=row["wilayat_en"].strip(),
                seats=int(row["shura_seats_2023"]), aliases=tuple(aliases.get(row["wilayat_en"].strip(), ())),
            )
            records.append(GeographyRecord(governorate, wilayat))
    return records


@requires(Permission.GEOGRAPHY_EDIT)
def load_reference_geography(store: Store) -> GeographyChanges:
    """Load Oman's 2023 geography into an election that has no wilayats yet."""
    records = reference_records()
    with store.write() as session:
        if session.scalar(select(func.count()).select_from(Wilayat)):
            raise ElectadminError(ErrorCode.GEO_NOT_EMPTY)
        changes = apply_records(session, records)
        audit.record(session, EventType.GEOGRAPHY_IMPORTED, "geography", REFERENCE_FILE,
                     after={"source": REFERENCE_FILE, "created": changes.created})
        return changes
