"""The election a file holds (one row: one SQLite file per election)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from electadmin.storage.base import Base, UTCDateTime


class Election(Base):
    __tablename__ = "election"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("min_voter_age BETWEEN 16 AND 99", name="voter_age"),
        CheckConstraint("min_candidate_age BETWEEN 16 AND 99", name="candidate_age"),
        CheckConstraint("votes_per_voter >= 1", name="votes_per_voter"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    type: Mapped[str] = mapped_column(String(20))
    polling_date: Mapped[date | None] = mapped_column(Date)
    timezone: Mapped[str] = mapped_column(String(64))
    min_voter_age: Mapped[int] = mapped_column(Integer)
    min_candidate_age: Mapped[int] = mapped_column(Integer)
    votes_per_voter_mode: Mapped[str] = mapped_column(String(10))
    votes_per_voter: Mapped[int] = mapped_column(Integer)
    transfer_start: Mapped[date | None] = mapped_column(Date)
    transfer_end: Mapped[date | None] = mapped_column(Date)
    objection_start: Mapped[date | None] = mapped_column(Date)
    objection_end: Mapped[date | None] = mapped_column(Date)
    candidacy_start: Mapped[date | None] = mapped_column(Date)
    candidacy_end: Mapped[date | None] = mapped_column(Date)
    appeal_start: Mapped[date | None] = mapped_column(Date)
    appeal_end: Mapped[date | None] = mapped_column(Date)
    phase: Mapped[str] = mapped_column(String(20))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
