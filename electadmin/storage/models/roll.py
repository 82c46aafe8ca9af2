"""The electoral roll: one row per voter, keyed by civil number, wherever they vote.

``name_key`` is :func:`electadmin.domain.arabic.search_key` of the name (matching, collation and the
search index); ``name`` is shown as it was written. Eligibility (age on polling day) is computed from
``birth_date`` and the election's rules, never stored: the rules may change until polling opens.
A removed voter keeps their row (``status`` = removed, with the reason and the deciding reference):
nobody is ever deleted from the roll.
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
        Index("ix_voter_centre_name", "centre_id", "name_key"),
        Index("ix_voter_wilayat_name", "wilayat_id", "name_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    civil_number: Mapped[str] = mapped_column(String(12), unique=True)
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
