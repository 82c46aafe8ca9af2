"""Voters for tests of the roll's life cycle, written with one bulk statement.

The roll's own import (``services.roll_file``) is tested on its own; these tests need a known roll
fast, on SQLite and PostgreSQL alike, so they insert rows with SQLAlchemy Core as a fixture would.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import insert, select

from electadmin.domain.arabic import search_key
from electadmin.domain.geography import CentreKind
from electadmin.services.geography import CentreDTO, save_centre
from electadmin.services.reference import load_reference_geography
from electadmin.services.store import Store
from electadmin.storage.base import utcnow
from electadmin.storage.models import PollingCentre, Voter

CENTRES = (
    CentreDTO("MA01-C01", "MA01", "مدرسة مسقط", "Muscat school", CentreKind.JOINT),
    CentreDTO("MA01-C02", "MA01", "مركز نساء مسقط", "Muscat women", CentreKind.WOMEN),
    CentreDTO("MA02-C01", "MA02", "مدرسة مطرح", "Muttrah school", CentreKind.JOINT),
    CentreDTO("MA02-C02", "MA02", "مركز رجال مطرح", "Muttrah men", CentreKind.MEN),
)


@dataclass(frozen=True)
class Person:
    civil_number: str
    name: str
    gender: str = "M"
    birth_date: date = date(1980, 5, 1)
    centre: str = "MA01-C01"


def geography(store: Store) -> None:
    load_reference_geography(store)
    for centre in CENTRES:
        save_centre(store, centre)


def add_voters(store: Store, people: Iterable[Person]) -> None:
    with store.write() as session:
        centres = {code: (cid, wid) for code, cid, wid in session.execute(
            select(PollingCentre.code, PollingCentre.id, PollingCentre.wilayat_id))}
        now = utcnow()
        rows = [{"civil_number": p.civil_number, "name": p.name, "name_key": search_key(p.name),
                 "gender": p.gender, "birth_date": p.birth_date, "wilayat_id": centres[p.centre][1],
                 "centre_id": centres[p.centre][0], "status": "active", "updated_at": now} for p in people]
        if rows:
            session.execute(insert(Voter), rows)


SAMPLE = (
    Person("10000001", "أحمد بن عبدالله بن محمد الكمزاري"),
    Person("10000002", "فاطمة بنت سالم بن علي البلوشي", "F", date(1990, 1, 2), "MA01-C02"),
    Person("10000003", "سالم بن خميس بن سعيد الحارثي", "M", date(2007, 6, 30), "MA02-C01"),
)
