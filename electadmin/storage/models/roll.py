"""The electoral roll: one row per voter, keyed by civil number, wherever they vote.

``name_key`` is :func:`electadmin.domain.arabic.search_key` of the name (matching, collation and the
search index); ``name`` is shown as it was written. Eligibility (age on polling day) is computed from
``birth_date`` and the election's rules, never stored: the rules may change until polling opens.
A removed voter keeps their row (``status`` = removed, with the reason and the deciding reference):
nobody is ever deleted from the roll.

The civil number is unique through a unique *index* (not a table constraint) so that a bulk load
into an empty roll can drop it and build it once afterwards (MEASURED.md: 3.2× faster). The search
index over ``name_key`` is not described here: it is an FTS5 trigram table (``search_voter``) on
SQLite and a ``pg_trgm`` GIN index (``search_voter_name_trgm``) on PostgreSQL, both created by
migration 0005 with raw SQL and kept up to date by triggers, which also count every change of the
roll in :class:`RollState` (so a cached ordering of the roll knows when it is stale).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from electadmin.storage.base import Base, UTCDateTime


class Voter(Base):
    __tablename__ = "voter"
    __table_args__ = (
        CheckConstraint("gender IN ('M', 'F')", name="gender"),
        CheckConstraint("status IN ('active', 'removed')", name="status"),
        Index("ix_voter_civil_number", "civil_number", unique=True),
        Index("ix_voter_centre_name", "centre_id", "name_key"),
        Index("ix_voter_wilayat_name", "wilayat_id", "name_key"),
        Index("ix_voter_name_key", "name_key", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    civil_number: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300))
    gender: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date] = mapped_column(Date)
    wilayat_id: Mapped[int] = mapped_column(ForeignKey("wilayat.id", ondelete="RESTRICT"))
    centre_id: Mapped[int] = mapped_column(ForeignKey("polling_centre.id", ondelete="RESTRICT"))
    phone: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(10), default="active")
    removal_reason: Mapped[str | None] = mapped_column(String(30))
    decision_reference: Mapped[str | None] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RollState(Base):
    """One row: ``revision`` goes up with every statement that changes ``voter`` (by trigger)."""

    __tablename__ = "roll_state"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)


class RollImport(Base):
    """Each roll file applied: what it was (name, SHA-256) and what it changed."""

    __tablename__ = "roll_import"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(400))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    rows: Mapped[int] = mapped_column(Integer)
    added: Mapped[int] = mapped_column(Integer)
    changed: Mapped[int] = mapped_column(Integer)
    removed: Mapped[int] = mapped_column(Integer)
    skipped: Mapped[int] = mapped_column(Integer)
    imported_by: Mapped[str] = mapped_column(String(100))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
