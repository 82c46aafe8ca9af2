"""Governorates, wilayats and polling centres: listing, editing, the reference load.

Every change is validated (unique codes, seats ≥ 1, a centre in exactly one wilayat, stations 1-50),
audited with a before/after summary in the same transaction, and refused once polling has opened
for anything that would change where people vote (seats, centres, stations).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from electadmin.domain.roles import Permission
from electadmin.domain.arabic import search_key
from electadmin.domain.audit import EventType
from electadmin.domain.election import Phase
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.geography import (
    KIND_NAMES,
    CentreKind,
    check_name,
    check_seats,
    check_stations,
    normalise_code,
    station_code,
)
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.services.authz import requires
from electadmin.services import audit
from electadmin.services.election import election_row
from electadmin.services.store import Store
from electadmin.storage.models import Governorate, PollingCentre, PollingStation, Wilayat, WilayatAlias

_FROZEN_WHAT = QT_TRANSLATE_NOOP("Terms", "the geography")


@dataclass(frozen=True, slots=True)
class GovernorateDTO:
    code: str
    name_ar: str
    name_en: str = ""
    wilayats: int = 0


@dataclass(frozen=True, slots=True)
class WilayatDTO:
    code: str
    governorate_code: str
    name_ar: str
    name_en: str = ""
    seats: int = 1
    aliases: tuple[str, ...] = ()
    centres: int = 0


@dataclass(frozen=True, slots=True)
class CentreDTO:
    code: str
    wilayat_code: str
    name_ar: str
    name_en: str = ""
    kind: CentreKind = CentreKind.JOINT
    address: str = ""
    stations: int = 1


@dataclass(frozen=True, slots=True)
class GeographySummary:
    governorates: int
    wilayats: int
    seats: int
    centres: int
    stations: int


@dataclass(frozen=True, slots=True)
class GeographyChanges:
    """What an import or a reference load did, per kind: created, updated, unchanged."""

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return any(self.created.values()) or any(self.updated.values())


# ---------------------------------------------------------------- reading


def summary(store: Store) -> GeographySummary:
    with store.read() as session:
        return GeographySummary(
            governorates=session.scalar(select(func.count()).select_from(Governorate)) or 0,
            wilayats=session.scalar(select(func.count()).select_from(Wilayat)) or 0,
            seats=session.scalar(select(func.coalesce(func.sum(Wilayat.seats), 0))) or 0,
            centres=session.scalar(select(func.count()).select_from(PollingCentre)) or 0,
            stations=session.scalar(select(func.count()).select_from(PollingStation)) or 0,
        )


def list_governorates(store: Store) -> list[GovernorateDTO]:
    with store.read() as session:
        counts = dict(session.execute(
            select(Wilayat.governorate_id, func.count()).group_by(Wilayat.governorate_id)).all())
        rows = session.scalars(select(Governorate).order_by(Governorate.position, Governorate.code))
        return [GovernorateDTO(g.code, g.name_ar, g.name_en, counts.get(g.id, 0)) for g in rows]


def list_wilayats(store: Store, governorate_code: str | None = None) -> list[WilayatDTO]:
    with store.read() as session:
        return _wilayats(session, governorate_code)


def _wilayats(session: Session, governorate_code: str | None = None) -> list[WilayatDTO]:
    counts = dict(session.execute(
        select(PollingCentre.wilayat_id, func.count()).group_by(PollingCentre.wilayat_id)).all())
    aliases: dict[int, list[str]] = {}
    for wid, alias in session.execute(select(WilayatAlias.wilayat_id, WilayatAlias.alias)
                                      .order_by(WilayatAlias.alias)):
        aliases.setdefault(wid, []).append(alias)
    query = (select(Wilayat, Governorate.code).join(Governorate)
             .order_by(Governorate.position, Governorate.code, Wilayat.position, Wilayat.code))
    if governorate_code:
        query = query.where(Governorate.code == governorate_code)
    return [WilayatDTO(w.code, gcode, w.name_ar, w.name_en, w.seats, tuple(aliases.get(w.id, ())),
                       counts.get(w.id, 0)) for w, gcode in session.execute(query)]


def list_centres(store: Store, wilayat_code: str | None = None) -> list[CentreDTO]:
    with store.read() as session:
        return _centres(session, wilayat_code)


def _centres(session: Session, wilayat_code: str | None = None) -> list[CentreDTO]:
    counts = dict(session.execute(
        select(PollingStation.centre_id, func.count()).group_by(PollingStation.centre_id)).all())
    query = select(PollingCentre, Wilayat.code).join(Wilayat).order_by(Wilayat.code, PollingCentre.code)
    if wilayat_code:
        query = query.where(Wilayat.code == wilayat_code)
    return [CentreDTO(c.code, wcode, c.name_ar, c.name_en, CentreKind(c.kind), c.address,
                      counts.get(c.id, 0)) for c, wcode in session.execute(query)]


def find_wilayat(store: Store, text: str) -> WilayatDTO | None:
    """The wilayat named *text* by code, Arabic or English name, or any alias (after normalisation)."""
    with store.read() as session:
        wid = _resolve_wilayat_id(session, text)
        if wid is None:
            return None
        code = session.get(Wilayat, wid).code
        return next(w for w in _wilayats(session) if w.code == code)


def _resolve_wilayat_id(session: Session, text: str) -> int | None:
    key = search_key(text)
    if not key:
        return None
    found = session.scalar(select(Wilayat.id).where(Wilayat.code == text.strip().upper()))
    found = found or session.scalar(select(Wilayat.id).where(Wilayat.name_key == key))
    found = found or session.scalar(select(WilayatAlias.wilayat_id).where(WilayatAlias.alias_key == key))
    found = found or session.scalar(select(Wilayat.id).where(func.lower(Wilayat.name_en) == key))
    return found


# ---------------------------------------------------------------- editing


def _check_editable(session: Session) -> None:
    phase = Phase(election_row(session).phase)
    if phase.index >= Phase.POLLING.index:
        raise ElectadminError(ErrorCode.ELECTION_FROZEN, current=phase.label, what=_FROZEN_WHAT)


def _ensure_unique(session: Session, model, code: str, own_id: int | None, kind: str) -> None:
    other = session.scalar(select(model.id).where(model.code == code))
    if other is not None and other != own_id:
        raise ElectadminError(ErrorCode.GEO_DUPLICATE_CODE, code=code, kind=KIND_NAMES[kind])


def _governorate_snapshot(g: Governorate) -> dict:
    return {"code": g.code, "name_ar": g.name_ar, "name_en": g.name_en}


def _wilayat_snapshot(w: Wilayat, governorate_code: str) -> dict:
    return {"code": w.code, "governorate": governorate_code, "name_ar": w.name_ar, "name_en": w.name_en,
            "seats": w.seats, "aliases": sorted(a.alias for a in w.aliases)}


def _centre_snapshot(c: PollingCentre, wilayat_code: str) -> dict:
    return {"code": c.code, "wilayat": wilayat_code, "name_ar": c.name_ar, "name_en": c.name_en,
            "kind": c.kind, "address": c.address, "stations": len(c.stations)}


@requires(Permission.GEOGRAPHY_EDIT)
def save_governorate(store: Store, data: GovernorateDTO, original_code: str | None = None) -> GovernorateDTO:
    """Create a governorate (its code must be new), or change the one whose code was *original_code*."""
    code = normalise_code(data.code, "governorate_code")
    name_ar = check_name(data.name_ar, "name_ar")
    name_en = check_name(data.name_en, "name_en", required=False)
    with store.write() as session:
        _check_editable(session)
        _upsert_governorate(session, code, name_ar, name_en, original_code, new=original_code is None)
    return GovernorateDTO(code, name_ar, name_en)


def _upsert_governorate(session: Session, code: str, name_ar: str, name_en: str,
                        original_code: str | None, position: int | None = None, *, new: bool = False) -> str:
    row = None if new else session.scalar(select(Governorate).where(Governorate.code == (original_code or code)))
    _ensure_unique(session, Governorate, code, row.id if row else None, "governorate")
    if row is None:
        if position is None:
            position = (session.scalar(select(func.max(Governorate.position))) or 0) + 1
        row = Governorate(code=code, name_ar=name_ar, name_en=name_en, name_key=search_key(name_ar),
                          position=position)
        session.add(row)
        session.flush()
        return _audited_change(session, "governorate", code, None, _governorate_snapshot(row))
    before = _governorate_snapshot(row)
    row.code, row.name_ar, row.name_en, row.name_key = code, name_ar, name_en, search_key(name_ar)
    return _audited_change(session, "governorate", code, before, _governorate_snapshot(row))


_EVENTS = {
    "governorate": (EventType.GOVERNORATE_CREATED, EventType.GOVERNORATE_UPDATED),
    "wilayat": (EventType.WILAYAT_CREATED, EventType.WILAYAT_UPDATED),
    "centre": (EventType.CENTRE_CREATED, EventType.CENTRE_UPDATED),
}


def _audited_change(session: Session, object_type: str, code: str, before: dict | None, after: dict) -> str:
    """Audit a creation (no *before*) or a real change, and say which of created/updated/unchanged it was."""
    created_event, updated_event = _EVENTS[object_type]
    if before is None:
        audit.record(session, created_event, object_type, code, after=after)
        return "created"
    if before == after:
        return "unchanged"
    audit.record(session, updated_event, object_type, code, before=before, after=after)
    return "updated"


@requires(Permission.GEOGRAPHY_EDIT)
def delete_governorate(store: Store, code: str) -> None:
    with store.write() as session:
        _check_editable(session)
        row = _get(session, Governorate, code, ErrorCode.GEO_UNKNOWN_GOVERNORATE)
        used = session.scalar(select(func.count()).select_from(Wilayat).where(Wilayat.governorate_id == row.id))
        if used:
            raise ElectadminError(ErrorCode.GEO_IN_USE, name=row.name_ar, count=used)
        audit.record(session, EventType.GOVERNORATE_DELETED, "governorate", code, before=_governorate_snapshot(row))
        session.delete(row)


@requires(Permission.GEOGRAPHY_EDIT)
def save_wilayat(store: Store, data: WilayatDTO, original_code: str | None = None) -> WilayatDTO:
    """Create a wilayat, or change the one whose code was *original_code* (aliases replaced)."""
    clean = _clean_wilayat(data)
    with store.write() as session:
        _check_editable(session)
        _upsert_wilayat(session, clean, original_code, new=original_code is None)
        return next(w for w in _wilayats(session) if w.code == clean.code)


def _clean_wilayat(data: WilayatDTO) -> WilayatDTO:
    aliases = tuple(dict.fromkeys(a for a in (check_name(x, "aliases", required=False) for x in data.aliases) if a))
    return WilayatDTO(
        code=normalise_code(data.code, "wilayat_code"),
        governorate_code=normalise_code(data.governorate_code, "governorate_code"),
        name_ar=check_name(data.name_ar, "name_ar"),
        name_en=check_name(data.name_en, "name_en", required=False),
        seats=check_seats(data.seats), aliases=aliases,
    )


def _upsert_wilayat(session: Session, data: WilayatDTO, original_code: str | None,
                    position: int | None = None, *, new: bool = False) -> str:
    governorate = _get(session, Governorate, data.governorate_code, ErrorCode.GEO_UNKNOWN_GOVERNORATE)
    row = None if new else session.scalar(select(Wilayat).where(Wilayat.code == (original_code or data.code)))
    _ensure_unique(session, Wilayat, data.code, row.id if row else None, "wilayat")
    own_id = row.id if row else None
    alias_keys = {search_key(a): a for a in data.aliases}
    alias_keys.pop(search_key(data.name_ar), None)  # the name itself is matched already
    for key, alias in alias_keys.items():
        holder = session.scalar(select(WilayatAlias.wilayat_id).where(WilayatAlias.alias_key == key))
        holder = holder or session.scalar(select(Wilayat.id).where(Wilayat.name_key == key))
        if holder is not None and holder != own_id:
            raise ElectadminError(ErrorCode.GEO_DUPLICATE_ALIAS, alias=alias, wilayat=session.get(Wilayat, holder).code)
    if row is None:
        if position is None:
            position = (session.scalar(select(func.max(Wilayat.position))) or 0) + 1
        row = Wilayat(code=data.code, position=position, governorate_id=governorate.id, name_ar=data.name_ar,
                      name_en=data.name_en, name_key=search_key(data.name_ar), seats=data.seats)
        session.add(row)
        before = None
    else:
        before = _wilayat_snapshot(row, row.governorate.code)
        row.code, row.governorate_id, row.governorate = data.code, governorate.id, governorate
        row.name_ar, row.name_en, row.name_key = data.name_ar, data.name_en, search_key(data.name_ar)
        row.seats = data.seats
    current = {a.alias_key: a for a in row.aliases}
    for key in set(current) - set(alias_keys):
        row.aliases.remove(current[key])
    session.flush()
    for key, alias in alias_keys.items():
        if key in current:
            current[key].alias = alias
        else:
            row.aliases.append(WilayatAlias(alias=alias, alias_key=key))
    session.flush()
    after = _wilayat_snapshot(row, governorate.code)
    return _audited_change(session, "wilayat", data.code, before, after)


@requires(Permission.GEOGRAPHY_EDIT)
def delete_wilayat(store: Store, code: str) -> None:
    with store.write() as session:
        _check_editable(session)
        row = _get(session, Wilayat, code, ErrorCode.GEO_UNKNOWN_WILAYAT)
        used = session.scalar(select(func.count()).select_from(PollingCentre).where(PollingCentre.wilayat_id == row.id))
        if used:
            raise ElectadminError(ErrorCode.GEO_IN_USE, name=row.name_ar, count=used)
        audit.record(session, EventType.WILAYAT_DELETED, "wilayat", code,
                     before=_wilayat_snapshot(row, row.governorate.code))
        session.delete(row)


@requires(Permission.GEOGRAPHY_EDIT)
def save_centre(store: Store, data: CentreDTO, original_code: str | None = None) -> CentreDTO:
    """Create a polling centre, or change the one whose code was *original_code*."""
    clean = _clean_centre(data)
    with store.write() as session:
        _check_editable(session)
        _upsert_centre(session, clean, original_code, new=original_code is None)
    return clean


def _clean_centre(data: CentreDTO) -> CentreDTO:
    return CentreDTO(
        code=normalise_code(data.code, "centre_code"),
        wilayat_code=normalise_code(data.wilayat_code, "wilayat_code"),
        name_ar=check_name(data.name_ar, "name_ar"),
        name_en=check_name(data.name_en, "name_en", required=False),
        kind=CentreKind(data.kind), address=check_name(data.address, "address", required=False),
        stations=check_stations(data.stations),
    )


def _upsert_centre(session: Session, data: CentreDTO, original_code: str | None, *, new: bool = False) -> str:
    wilayat = _get(session, Wilayat, data.wilayat_code, ErrorCode.GEO_UNKNOWN_WILAYAT)
    row = None if new else session.scalar(
        select(PollingCentre).where(PollingCentre.code == (original_code or data.code)))
    _ensure_unique(session, PollingCentre, data.code, row.id if row else None, "centre")
    if row is None:
        row = PollingCentre(code=data.code, wilayat_id=wilayat.id, wilayat=wilayat)
        session.add(row)
        before = None
    else:
        before = _centre_snapshot(row, row.wilayat.code)
    row.code, row.wilayat_id, row.wilayat = data.code, wilayat.id, wilayat
    row.name_ar, row.name_en, row.name_key = data.name_ar, data.name_en, search_key(data.name_ar)
    row.kind, row.address = data.kind.value, data.address
    _set_stations(row, data.stations)
    session.flush()
    after = _centre_snapshot(row, wilayat.code)
    return _audited_change(session, "centre", data.code, before, after)


def _set_stations(row: PollingCentre, count: int) -> None:
    """Keep stations 1..count (removing the highest numbers first) with codes that follow the centre."""
    for station in list(row.stations):
        if station.number > count:
            row.stations.remove(station)
        else:
            station.code = station_code(row.code, station.number)
    have = {s.number for s in row.stations}
    for number in range(1, count + 1):
        if number not in have:
            row.stations.append(PollingStation(number=number, code=station_code(row.code, number)))


@requires(Permission.GEOGRAPHY_EDIT)
def delete_centre(store: Store, code: str) -> None:
    with store.write() as session:
        _check_editable(session)
        row = _get(session, PollingCentre, code, ErrorCode.GEO_UNKNOWN_CENTRE)
        audit.record(session, EventType.CENTRE_DELETED, "centre", code, before=_centre_snapshot(row, row.wilayat.code))
        session.delete(row)


def _get(session: Session, model, code: str, error: ErrorCode):
    row = session.scalar(select(model).where(model.code == code))
    if row is None:
        raise ElectadminError(error, value=code)
    return row


# ---------------------------------------------------------------- many at once


@dataclass(frozen=True, slots=True)
class GeographyRecord:
    """One validated row of a geography file or of the reference data: a wilayat, maybe a centre."""

    governorate: GovernorateDTO
    wilayat: WilayatDTO
    centre: CentreDTO | None = None


def apply_records(session: Session, records: Sequence[GeographyRecord], *, first_position: int = 1,
                  seen: set[tuple[str, str]] | None = None) -> GeographyChanges:
    """Create or update everything *records* describe, in the caller's transaction; delete nothing.

    Applying the same records twice changes nothing the second time (every upsert compares first).
    A caller applying records in several calls passes the same *seen* set and the running
    *first_position*, so that each thing is counted once and keeps its place in the file's order.
    """
    _check_editable(session)
    created: dict[str, int] = {"governorates": 0, "wilayats": 0, "centres": 0}
    updated = dict.fromkeys(created, 0)
    unchanged = dict.fromkeys(created, 0)
    tally = {"created": created, "updated": updated, "unchanged": unchanged}
    seen = set() if seen is None else seen
    for position, record in enumerate(records, start=first_position):
        g, w, c = record.governorate, record.wilayat, record.centre
        if ("g", g.code) not in seen:
            seen.add(("g", g.code))
            tally[_upsert_governorate(session, g.code, g.name_ar, g.name_en, None, position)]["governorates"] += 1
        if ("w", w.code) not in seen:
            seen.add(("w", w.code))
            tally[_upsert_wilayat(session, w, None, position)]["wilayats"] += 1
        if c is not None and ("c", c.code) not in seen:
            seen.add(("c", c.code))
            tally[_upsert_centre(session, c, None)]["centres"] += 1
    return GeographyChanges(created, updated, unchanged)


def all_records(session: Session) -> Iterable[GeographyRecord]:
    """The whole geography as records (one per centre; one per wilayat without centres), for export."""
    governorates = {g.code: GovernorateDTO(g.code, g.name_ar, g.name_en)
                    for g in session.scalars(select(Governorate))}
    centres: dict[str, list[CentreDTO]] = {}
    for centre in _centres(session):
        centres.setdefault(centre.wilayat_code, []).append(centre)
    for wilayat in _wilayats(session):
        governorate = governorates[wilayat.governorate_code]
        for centre in centres.get(wilayat.code, []) or [None]:
            yield GeographyRecord(governorate, wilayat, centre)
