"""Reading the electoral roll: one voter, a search, a filtered count, a page, the statistics.

Everything here reads (one snapshot per call) and returns frozen DTOs; the roll's writing paths are
the import (:mod:`electadmin.services.roll_file`), the demo (:mod:`electadmin.services.roll_demo`)
and the life-cycle services built on these.

Performance is designed for a 1,000,000-voter roll on a 2-core laptop (MEASURED.md):

- :func:`find_voter` runs one statement compiled once, on the pooled DBAPI connection (MEASURED.md:
  45 µs with a statement built once against 138 µs for a new ``select()`` per call; the SQLAlchemy
  connection and transaction around it would cost as much again).
- :func:`search_voters` takes a civil number (or its first digits: an indexed range) or a name typed
  any common way, folded by :func:`~electadmin.domain.arabic.search_key`. Each word of three letters or
  more must occur somewhere in the name (SQLite: the FTS5 trigram table ``search_voter``; PostgreSQL:
  ``LIKE '%…%'`` served by the pg_trgm GIN index); a query whose words are all shorter is a prefix of
  the name (an indexed range on ``name_key``). Shorter words beside longer ones must occur too.
  The answer is the first *limit* voters in name order and whether more match (a desk then asks
  for more of the name). Within one centre (a desk's search) the centre's names are walked in
  order, so every word, two letters included, matches anywhere. Over the roll, up to 1,000 index
  matches are sorted exactly; a single common word matching more («محمد» is a fifth of a roll)
  gives the first in name order of those and ``more``: sorting all its matches would cost
  70-150 ms a keystroke on a million voters.
- :func:`voter_page` serves a windowed table model. ``OFFSET`` walks the index from the start (about
  50 ms a page near row 1,000,000, MEASURED.md), so the first call for a filter fetches the ordered
  ids of the whole filtered roll once (8 bytes a voter, ~0.5 s for a million) and later pages are a
  slice of that list plus one ``id IN (…)`` query. The list is kept while ``roll_state.revision``
  (raised by a trigger on every change of ``voter``) stays the same, so no caller has to invalidate it.
"""

from __future__ import annotations

import threading
from array import array
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, bindparam, case, func, literal_column, select, text, true
from sqlalchemy import Connection
from sqlalchemy.sql.elements import ColumnElement

from electadmin.domain.arabic import search_key, to_ascii_digits
from electadmin.domain.eligibility import age_on, latest_birth_for_age
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.roll_life import RemovalReason, VoterStatus
from electadmin.services.store import Store
from electadmin.storage.models import Election, PollingCentre, RollState, Voter, Wilayat

STATUS_ACTIVE = VoterStatus.ACTIVE.value
STATUS_REMOVED = VoterStatus.REMOVED.value
IMPORT_REMOVAL_REASON = RemovalReason.ABSENT_FROM_FILE.value
"""``removal_reason`` of a voter a newer roll file of their wilayat no longer lists (restored when a
later file lists them again)."""

AGE_BAND_STARTS = (31, 41, 51, 61, 71, 81)
"""Statistics' age bands after the first (minimum voting age to 30): 31-40, …, 71-80, 81 and over."""

_SHORT = 3  # trigrams need three characters; shorter queries are name prefixes
_EXACT_UP_TO = 1_000  # fragment matches sorted exactly by name (see _roll_matches)
_IN_CHUNK = 500
_MAX_KEY = "\U0010ffff"


@dataclass(frozen=True, slots=True)
class VoterDTO:
    civil_number: str
    name: str
    gender: str
    birth_date: date
    wilayat_code: str
    wilayat_ar: str
    wilayat_en: str
    centre_code: str
    centre_ar: str
    phone: str | None
    status: str
    removal_reason: str | None
    decision_reference: str | None
    age: int
    """Completed years on polling day (today while the election has no polling date)."""
    eligible: bool
    """Active and old enough on polling day (the election's minimum voting age)."""


@dataclass(frozen=True, slots=True)
class RollFilter:
    """Which voters a list shows; every field ``None`` means "all"."""

    wilayat_code: str | None = None
    centre_code: str | None = None
    gender: str | None = None
    status: str | None = None
    age_band: tuple[int, int] | None = None
    """Age on polling day, both ends included."""
    query: str | None = None


@dataclass(frozen=True, slots=True)
class AgeBand:
    minimum: int
    maximum: int | None

    @property
    def label(self) -> str:
        return f"{self.minimum}+" if self.maximum is None else f"{self.minimum}–{self.maximum}"


@dataclass(frozen=True, slots=True)
class GroupStats:
    """Active voters of one centre, one wilayat or the whole roll, by gender and age band."""

    code: str
    name_ar: str
    men_by_band: tuple[int, ...]
    women_by_band: tuple[int, ...]
    under_age: int = 0
    """Active voters below the minimum voting age on polling day (flagged, not counted in bands)."""

    @property
    def men(self) -> int:
        return sum(self.men_by_band)

    @property
    def women(self) -> int:
        return sum(self.women_by_band)

    @property
    def total(self) -> int:
        return self.men + self.women


@dataclass(frozen=True, slots=True)
class WilayatStats:
    wilayat: GroupStats
    centres: tuple[GroupStats, ...]


@dataclass(frozen=True, slots=True)
class RollStatistics:
    bands: tuple[AgeBand, ...]
    wilayats: tuple[WilayatStats, ...]
    total: GroupStats
    removed: int


# ---------------------------------------------------------------------------------------------
# building DTOs

_DTO_COLUMNS = (
    Voter.civil_number, Voter.name, Voter.gender, Voter.birth_date, Wilayat.code, Wilayat.name_ar,
    Wilayat.name_en, PollingCentre.code, PollingCentre.name_ar, Voter.phone, Voter.status,
    Voter.removal_reason, Voter.decision_reference,
)
_FROM = (Voter.__table__.join(Wilayat.__table__, Wilayat.id == Voter.wilayat_id)
         .join(PollingCentre.__table__, PollingCentre.id == Voter.centre_id))
_BASE = select(*_DTO_COLUMNS).select_from(_FROM)

# The hot statement of find_voter: built once, so each call only binds the civil number.
_BY_CIVIL = (select(*_DTO_COLUMNS, Election.polling_date, Election.min_voter_age)
             .select_from(_FROM.join(Election.__table__, true()))
             .where(Voter.civil_number == bindparam("civil")))
_RULES = select(Election.polling_date, Election.min_voter_age)
_REVISION = select(RollState.revision).where(RollState.id == 1)


def polling_rules(connection: Connection) -> tuple[date, int]:
    """The day ages are counted on (polling day, or today before it is set) and the voting age."""
    row = connection.execute(_RULES).first()
    if row is None:
        raise ElectadminError(ErrorCode.ELECTION_MISSING)
    return row[0] or date.today(), row[1]


def _dto(row: Sequence[Any], day: date, min_age: int) -> VoterDTO:
    birth = row[3]
    age = age_on(birth, day) if birth <= day else 0
    return VoterDTO(*row[:13], age=age, eligible=row[10] == STATUS_ACTIVE and age >= min_age)


_HOT: dict[str, tuple[str, bool]] = {}


def _hot_statement(dialect) -> tuple[str, bool]:
    """:data:`_BY_CIVIL` compiled once per dialect: its SQL and whether parameters are positional."""
    if dialect.name not in _HOT:
        compiled = _BY_CIVIL.compile(dialect=dialect)
        _HOT[dialect.name] = (str(compiled), bool(compiled.positional))
    return _HOT[dialect.name]


def _as_date(value: date | str | None) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


def find_voter(store: Store, civil_number: str) -> VoterDTO | None:
    """The voter with this civil number (either digit system, spaces ignored), or ``None``.

    The hot path of the roll (a desk looking a voter up): one statement compiled once, run on the
    pooled DBAPI connection (one indexed lookup, a single-statement snapshot): ~90 µs of CPU where a
    SQLAlchemy connection and transaction around it cost ~240 µs.
    """
    civil = "".join(to_ascii_digits(civil_number).split())
    sql, positional = _hot_statement(store.engine.dialect)
    connection = store.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute(sql, (civil,) if positional else {"civil": civil})
        row = cursor.fetchone()
        cursor.close()
    finally:
        connection.close()
    if row is None:
        return None
    values = (*row[:3], _as_date(row[3]), *row[4:13])
    return _dto(values, _as_date(row[13]) or date.today(), row[14])


# ---------------------------------------------------------------------------------------------
# filters and search

def _like_escape(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _civil_query(text_: str) -> str | None:
    """The digits of *text_* if it is a civil number (or the start of one), else ``None``."""
    digits = "".join(to_ascii_digits(text_).split())
    return digits if digits.isdigit() else None


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _search_condition(connection: Connection, query: str) -> tuple[ColumnElement[bool] | None, str | None]:
    """The condition on ``voter`` matching *query*, and (SQLite) the FTS5 expression to join on.

    Returns ``(None, None)`` for a query with nothing to search for (everything matches).
    """
    civil = _civil_query(query)
    if civil is not None:
        return and_(Voter.civil_number >= civil, Voter.civil_number < civil + ":"), None
    key = search_key(query)
    words = key.split()
    if not words:
        return None, None
    long_words = [w for w in words if len(w) >= _SHORT]
    if not long_words:
        return and_(Voter.name_key >= key, Voter.name_key < key + _MAX_KEY), None
    short = [Voter.name_key.like(f"%{_like_escape(w)}%", escape="\\") for w in words if len(w) < _SHORT]
    if connection.dialect.name == "sqlite":
        return (and_(*short) if short else None), " AND ".join(_fts_phrase(w) for w in long_words)
    return and_(*[Voter.name_key.like(f"%{_like_escape(w)}%", escape="\\") for w in words]), None


def _filter_conditions(connection: Connection, flt: RollFilter | None, day: date) -> list[ColumnElement[bool]] | None:
    """Conditions for *flt* (``None`` when it names a wilayat or centre that does not exist)."""
    conditions: list[ColumnElement[bool]] = []
    if flt is None:
        return conditions
    if flt.wilayat_code:
        wid = connection.scalar(select(Wilayat.id).where(Wilayat.code == flt.wilayat_code.strip().upper()))
        if wid is None:
            return None
        conditions.append(Voter.wilayat_id == wid)
    if flt.centre_code:
        cid = connection.scalar(select(PollingCentre.id).where(PollingCentre.code == flt.centre_code.strip().upper()))
        if cid is None:
            return None
        conditions.append(Voter.centre_id == cid)
    if flt.gender:
        conditions.append(Voter.gender == flt.gender)
    if flt.status:
        conditions.append(Voter.status == flt.status)
    if flt.age_band is not None:
        youngest, oldest = flt.age_band
        conditions.append(Voter.birth_date <= latest_birth_for_age(day, max(0, youngest)))
        conditions.append(Voter.birth_date > latest_birth_for_age(day, oldest + 1))
    return conditions


def _conditions(connection: Connection, flt: RollFilter | None, day: date) -> list[ColumnElement[bool]] | None:
    """Every condition of *flt*, its query included (``None`` if nothing can match)."""
    conditions = _filter_conditions(connection, flt, day)
    if conditions is None or flt is None or not flt.query:
        return conditions
    condition, fts = _search_condition(connection, flt.query)
    if condition is not None:
        conditions.append(condition)
    if fts is not None:
        matching = text("SELECT rowid FROM search_voter WHERE search_voter MATCH :fts").bindparams(fts=fts)
        conditions.append(Voter.id.in_(matching.columns(literal_column("rowid"))))
    return conditions


class Matches(list):
    """A search's voters (a list), and whether more voters match than it holds."""

    more: bool = False

    def __init__(self, voters=(), more: bool = False) -> None:
        super().__init__(voters)
        self.more = more


def search_voters(store: Store, text_: str, *, limit: int = 50, filter: RollFilter | None = None) -> Matches:
    """Voters whose civil number starts with *text_*, or whose name contains its words (see the
    module's notes): the first *limit* in name order, and ``more`` when others match too (then the
    user types more of the name). An empty query finds nobody."""
    if not text_.strip():
        return Matches()
    civil = _civil_query(text_)
    with store.engine.connect() as connection:
        conditions = _filter_conditions(connection, filter, polling_rules(connection)[0])
        if conditions is None:
            return Matches()
        if civil is None and filter is not None and filter.centre_code:
            found = _centre_matches(connection, text_, conditions, limit)
        else:
            condition, fts = _search_condition(connection, text_)
            if condition is None and fts is None:
                return Matches()
            found = _roll_matches(connection, condition, fts, conditions, limit, indexed=civil is not None)
        if found is None:
            return Matches()
        ids, more = found
        return Matches(_voters_by_id(connection, ids), more=more)


def _centre_matches(connection: Connection, query: str, conditions: list, limit: int) -> tuple[list[int], bool] | None:
    """A centre's voters matching every word of *query* (of any length, anywhere in the name),
    walked in name order along ``ix_voter_centre_name``: a centre holds a few thousand voters, so
    the walk is exact and cheap, and two-letter words match inside names too."""
    words = search_key(query).split()
    if not words:
        return None
    like = [Voter.name_key.like(f"%{_like_escape(w)}%", escape="\\") for w in words]
    statement = (select(Voter.id).where(*conditions, *like)
                 .order_by(Voter.name_key, Voter.id).limit(limit + 1))
    return _first(list(connection.scalars(statement)), limit)


def _roll_matches(connection: Connection, condition, fts: str | None, conditions: list, limit: int,
                  *, indexed: bool) -> tuple[list[int], bool]:
    """Ids of the first *limit* matches in name order (civil-number order for a number), and
    whether more match.

    An index range (civil number, short prefix) is walked in its order. A fragment search finds its
    matches in the index's own order: up to :data:`_EXACT_UP_TO` are fetched with their keys and
    sorted, which is exact; a query matching more (one common word: «محمد» is a fifth of a roll)
    returns the first in name order among those fetched and says ``more``. Sorting every match by
    name first costs 70-150 ms for such a word on 1,000,000 voters, against a few ms for this.
    """
    if condition is not None:
        conditions = [*conditions, condition]
    if fts is None:
        order = (Voter.civil_number,) if indexed else (Voter.name_key, Voter.id)
        return _first(list(connection.scalars(select(Voter.id).where(*conditions).order_by(*order).limit(limit + 1))), limit)
    if connection.dialect.name == "sqlite":
        statement = (select(Voter.id, Voter.name_key)
                     .select_from(Voter.__table__.join(text("search_voter"),
                                                       literal_column("search_voter.rowid") == Voter.id))
                     .where(text("search_voter MATCH :fts").bindparams(fts=fts), *conditions))
    else:
        statement = select(Voter.id, Voter.name_key).where(*conditions)
    rows = connection.execute(statement.limit(_EXACT_UP_TO + 1)).all()
    rows.sort(key=lambda row: (row[1], row[0]))
    return [row[0] for row in rows[:limit]], len(rows) > limit


def _first(ids: list[int], limit: int) -> tuple[list[int], bool]:
    return ids[:limit], len(ids) > limit


def count_voters(store: Store, filter: RollFilter | None = None) -> int:
    """How many voters *filter* selects."""
    with store.engine.connect() as connection:
        day, _ = polling_rules(connection)
        cached = _cached_ids(connection, store, filter)
        if cached is not None:
            return len(cached)
        conditions = _conditions(connection, filter, day)
        if conditions is None:
            return 0
        return connection.scalar(select(func.count()).select_from(Voter).where(*conditions)) or 0


# ---------------------------------------------------------------------------------------------
# pages of the roll in name order

_CACHE_SIZE = 4
_cache: OrderedDict[tuple[int, RollFilter | None], tuple[int, array]] = OrderedDict()
_cache_lock = threading.Lock()


def _cached_ids(connection: Connection, store: Store, flt: RollFilter | None) -> array | None:
    revision = connection.scalar(_REVISION)
    with _cache_lock:
        entry = _cache.get((id(store.engine), flt))
    return entry[1] if entry is not None and entry[0] == revision else None


def ordered_ids(store: Store, filter: RollFilter | None = None) -> array:
    """The ids of the filtered roll in name order (cached until the roll changes)."""
    with store.engine.connect() as connection:
        return _ordered_ids(connection, store, filter)


def _ordered_ids(connection: Connection, store: Store, flt: RollFilter | None) -> array:
    revision = connection.scalar(_REVISION)
    key = (id(store.engine), flt)
    with _cache_lock:
        entry = _cache.get(key)
        if entry is not None and entry[0] == revision:
            _cache.move_to_end(key)
            return entry[1]
    day, _ = polling_rules(connection)
    conditions = _conditions(connection, flt, day)
    ids = array("q")
    if conditions is not None:
        statement = select(Voter.id).where(*conditions).order_by(Voter.name_key, Voter.id)
        cursor = connection.execute(statement).cursor  # plain integers: no row processing needed
        while rows := cursor.fetchmany(50_000):
            ids.extend(row[0] for row in rows)
    with _cache_lock:
        _cache[key] = (revision, ids)
        _cache.move_to_end(key)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return ids


def voter_page(store: Store, filter: RollFilter | None, offset: int, limit: int) -> list[VoterDTO]:
    """Voters *offset* to *offset + limit* of the filtered roll in normalised-name order."""
    if limit <= 0 or offset < 0:
        return []
    with store.engine.connect() as connection:
        ids = _ordered_ids(connection, store, filter)
        wanted = ids[offset:offset + limit]
        return _voters_by_id(connection, wanted)


def _voters_by_id(connection: Connection, ids: Sequence[int]) -> list[VoterDTO]:
    if not ids:
        return []
    day, min_age = polling_rules(connection)
    found: dict[int, VoterDTO] = {}
    for start in range(0, len(ids), _IN_CHUNK):
        part = list(ids[start:start + _IN_CHUNK])
        for row in connection.execute(select(Voter.id, *_DTO_COLUMNS).select_from(_FROM).where(Voter.id.in_(part))):
            found[row[0]] = _dto(row[1:], day, min_age)
    return [found[i] for i in ids if i in found]


def voters_by_id(store: Store, ids: Sequence[int]) -> list[VoterDTO]:
    """The voters with these ids, in the order given (ids no longer on the roll are left out)."""
    with store.engine.connect() as connection:
        return _voters_by_id(connection, ids)


# ---------------------------------------------------------------------------------------------
# statistics

def age_bands(min_age: int) -> tuple[AgeBand, ...]:
    starts = [min_age, *(s for s in AGE_BAND_STARTS if s > min_age)]
    return tuple(AgeBand(start, (starts[i + 1] - 1) if i + 1 < len(starts) else None)
                 for i, start in enumerate(starts))


def roll_statistics(store: Store) -> RollStatistics:
    """Active voters per wilayat and centre, by gender and age band on polling day (one GROUP BY)."""
    with store.engine.connect() as connection:
        day, min_age = polling_rules(connection)
        bands = age_bands(min_age)
        # Band i holds birth dates after the latest birth of band i+1's youngest age: one CASE over
        # birth_date, no age computed per row.
        whens = [(Voter.birth_date > latest_birth_for_age(day, band.minimum), index - 1)
                 for index, band in enumerate(bands)]
        band = case(*whens, else_=len(bands) - 1)
        counts = connection.execute(
            select(Voter.centre_id, Voter.gender, band, func.count())
            .where(Voter.status == STATUS_ACTIVE).group_by(Voter.centre_id, Voter.gender, band)).all()
        removed = connection.scalar(select(func.count()).select_from(Voter).where(Voter.status != STATUS_ACTIVE)) or 0
        centres = connection.execute(
            select(PollingCentre.id, PollingCentre.code, PollingCentre.name_ar, Wilayat.id)
            .join(Wilayat, Wilayat.id == PollingCentre.wilayat_id)
            .order_by(Wilayat.position, Wilayat.code, PollingCentre.code)).all()
        wilayats = connection.execute(select(Wilayat.id, Wilayat.code, Wilayat.name_ar)
                                   .order_by(Wilayat.position, Wilayat.code)).all()
    size = len(bands)
    per_centre: dict[int, tuple[list[int], list[int], list[int]]] = {}
    for centre_id, gender, index, count in counts:
        men, women, under = per_centre.setdefault(centre_id, ([0] * size, [0] * size, [0]))
        if index < 0:
            under[0] += count
        else:
            (men if gender == "M" else women)[index] += count

    def group(code: str, name: str, parts: Sequence[tuple[list[int], list[int], list[int]]]) -> GroupStats:
        return GroupStats(code, name, tuple(sum(p[0][i] for p in parts) for i in range(size)),
                          tuple(sum(p[1][i] for p in parts) for i in range(size)), sum(p[2][0] for p in parts))

    empty = ([0] * size, [0] * size, [0])
    by_wilayat: dict[int, list[GroupStats]] = {}
    parts_of: dict[int, list] = {}
    for centre_id, code, name, wilayat_id in centres:
        parts = per_centre.get(centre_id, empty)
        by_wilayat.setdefault(wilayat_id, []).append(group(code, name, [parts]))
        parts_of.setdefault(wilayat_id, []).append(parts)
    result = tuple(WilayatStats(group(code, name, parts_of.get(wid, [])), tuple(by_wilayat.get(wid, ())))
                   for wid, code, name in wilayats)
    total = group("", "", list(per_centre.values()))
    return RollStatistics(bands, result, total, removed)


__all__ = [
    "AgeBand", "GroupStats", "IMPORT_REMOVAL_REASON", "RollFilter", "RollStatistics", "STATUS_ACTIVE",
    "STATUS_REMOVED", "VoterDTO", "WilayatStats", "count_voters", "find_voter", "ordered_ids", "polling_rules",
    "roll_statistics", "search_voters", "voter_page", "voters_by_id",
]
