"""Candidacy: an application (مترشح) that, once accepted, is a candidate (مرشح) on a ballot.

One row per application, in one constituency (wilayat). ``status`` follows the decisions:
applied → accepted | rejected; accepted → withdrawn; rejected → accepted on appeal. The ballot number
is given when the constituency's order is fixed (a draw or Arabic alphabetical order) and is unique
within the constituency. The count and results work refers to candidates by this row and prints
their ballot numbers.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from electadmin.storage.base import Base, UTCDateTime


class Candidate(Base):
    __tablename__ = "candidate"
    __table_args__ = (
        CheckConstraint("gender IN ('M', 'F')", name="gender"),
        CheckConstraint("status IN ('applied', 'accepted', 'rejected', 'withdrawn')", name="status"),
        CheckConstraint("ballot_number IS NULL OR ballot_number >= 1", name="ballot_number"),
        UniqueConstraint("wilayat_id", "ballot_number"),
        Index("ix_candidate_civil_number", "civil_number"),
        Index("ix_candidate_wilayat_status", "wilayat_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    civil_number: Mapped[str] = mapped_column(String(12))
    name_ar: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300))
    name_latin: Mapped[str] = mapped_column(String(300), default="")
    gender: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date] = mapped_column(Date)
    wilayat_id: Mapped[int] = mapped_column(ForeignKey("wilayat.id", ondelete="RESTRICT"))
    education: Mapped[str] = mapped_column(String(20))
    phone: Mapped[str] = mapped_column(String(20), default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(10), default="applied")
    ballot_number: Mapped[int | None] = mapped_column(Integer)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
