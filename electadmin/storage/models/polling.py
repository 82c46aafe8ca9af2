"""Polling day: the append-only log of check-in events, this machine's identity, and derived state.

``polling_event`` is the log itself: every check-in and every undo recorded here or merged from
another station's package, never updated or deleted, unique by ``(machine_id, sequence)``.
Stations are identified by their code (the stable key that travels in packages), not by id.

``polling_checkin`` is derived from the log and could be rebuilt from it at any time: one row per
*effective* check-in (one that no undo names; see :mod:`electadmin.domain.polling`). It is what
makes "has this voter voted?" one indexed lookup on ``civil_number`` and turnout a GROUP BY over a
covering index; a voter with two rows is an anomaly. ``hour`` is the hour of the day in the
election's time zone, computed when the row is written, so turnout by hour needs no time-zone
arithmetic in SQL.

``polling_machine`` holds the identity of this installation (one row, created by the migration)
and the next sequence number it will give; ``polling_closure`` the closing of a station's polls.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from electadmin.storage.base import Base, UTCDateTime


class PollingMachine(Base):
    __tablename__ = "polling_machine"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    machine_id: Mapped[str] = mapped_column(String(32), unique=True)
    next_sequence: Mapped[int] = mapped_column(Integer)
    station_code: Mapped[str | None] = mapped_column(String(24))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PollingEventRow(Base):
    __tablename__ = "polling_event"
    __table_args__ = (
        UniqueConstraint("machine_id", "sequence"),
        CheckConstraint("kind IN ('check_in', 'undo')", name="kind"),
        CheckConstraint("gender IN ('M', 'F')", name="gender"),
        CheckConstraint("(kind = 'undo') = (target_machine IS NOT NULL)", name="undo_target"),
        # undos only (a partial index): the merge reads every undo's target, check-ins need no entry
        Index("ix_polling_event_target", "target_machine", "target_sequence",
              sqlite_where=text("target_machine IS NOT NULL"), postgresql_where=text("target_machine IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    machine_id: Mapped[str] = mapped_column(String(32))
    sequence: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(10))
    civil_number: Mapped[str] = mapped_column(String(12))
    station_code: Mapped[str] = mapped_column(String(24))
    clerk: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    gender: Mapped[str] = mapped_column(String(1))
    reason: Mapped[str] = mapped_column(String(500), default="")
    target_machine: Mapped[str | None] = mapped_column(String(32))
    target_sequence: Mapped[int | None] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))
    """SHA-256 of the event's canonical encoding: a merge compares it to spot two different events
    under one key (a copied file, a forged package)."""


class PollingCheckIn(Base):
    __tablename__ = "polling_checkin"
    __table_args__ = (
        Index("ix_polling_checkin_civil_number", "civil_number"),
        Index("ix_polling_checkin_turnout", "station_code", "gender", "hour"),
    )

    machine_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True)
    civil_number: Mapped[str] = mapped_column(String(12))
    station_code: Mapped[str] = mapped_column(String(24))
    gender: Mapped[str] = mapped_column(String(1))
    hour: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class PollingClosure(Base):
    __tablename__ = "polling_closure"

    station_code: Mapped[str] = mapped_column(String(24), primary_key=True)
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_by: Mapped[str] = mapped_column(String(100))
    men: Mapped[int] = mapped_column(Integer)
    women: Mapped[int] = mapped_column(Integer)
    undo_count: Mapped[int] = mapped_column(Integer)
