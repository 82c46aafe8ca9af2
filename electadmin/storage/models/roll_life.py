"""What happens to roll entries after the import: their history, objections, probable duplicates.

``voter_history`` is append-only: one row per change of an entry (removal, restoration, transfer,
objection), with the deciding reference and, for a transfer, where from and where to.
``voter_objection`` holds objections (اعتراض) against an entry (``voter_id`` set) or an omission
(the missing person's particulars; ``voter_id`` set once an upheld objection added them).
``duplicate_lead`` is the review queue of probable duplicates: one row per pair of entries
(``first_id < second_id``, unique), so a second scan adds only new pairs and a pair once judged
"different people" never comes back.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from electadmin.storage.base import Base, UTCDateTime


class VoterHistory(Base):
    __tablename__ = "voter_history"
    __table_args__ = (
        CheckConstraint("kind IN ('removed', 'restored', 'transferred', 'added_by_objection', "
                        "'objection_lodged', 'objection_decided')", name="kind"),
        Index("ix_voter_history_voter", "voter_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    voter_id: Mapped[int] = mapped_column(ForeignKey("voter.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(30))
    reference: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(String(2000), default="")
    day: Mapped[date] = mapped_column(Date)
    from_centre_id: Mapped[int | None] = mapped_column(ForeignKey("polling_centre.id", ondelete="RESTRICT"))
    to_centre_id: Mapped[int | None] = mapped_column(ForeignKey("polling_centre.id", ondelete="RESTRICT"))
    objection_id: Mapped[int | None] = mapped_column(ForeignKey("voter_objection.id", ondelete="RESTRICT"))
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class VoterObjection(Base):
    __tablename__ = "voter_objection"
    __table_args__ = (
        CheckConstraint("kind IN ('entry', 'omission')", name="kind"),
        CheckConstraint("state IN ('pending', 'upheld', 'dismissed')", name="state"),
        CheckConstraint("gender IS NULL OR gender IN ('M', 'F')", name="gender"),
        Index("ix_voter_objection_state", "state", "id"),
        Index("ix_voter_objection_civil_number", "civil_number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    voter_id: Mapped[int | None] = mapped_column(ForeignKey("voter.id", ondelete="RESTRICT"))
    civil_number: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(300), default="")
    gender: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[date | None] = mapped_column(Date)
    centre_id: Mapped[int | None] = mapped_column(ForeignKey("polling_centre.id", ondelete="RESTRICT"))
    objector: Mapped[str] = mapped_column(String(300))
    grounds: Mapped[str] = mapped_column(String(2000))
    lodged_on: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default="pending")
    decision_reference: Mapped[str | None] = mapped_column(String(100))
    decision_note: Mapped[str] = mapped_column(String(2000), default="")
    decided_on: Mapped[date | None] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DuplicateLead(Base):
    __tablename__ = "duplicate_lead"
    __table_args__ = (
        CheckConstraint("first_id < second_id", name="ordered"),
        CheckConstraint("reason IN ('same_name', 'similar_name')", name="reason"),
        CheckConstraint("state IN ('pending', 'same_person', 'distinct')", name="state"),
        UniqueConstraint("first_id", "second_id"),
        Index("ix_duplicate_lead_state", "state", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_id: Mapped[int] = mapped_column(ForeignKey("voter.id", ondelete="RESTRICT"))
    second_id: Mapped[int] = mapped_column(ForeignKey("voter.id", ondelete="RESTRICT"))
    reason: Mapped[str] = mapped_column(String(20))
    score: Mapped[float] = mapped_column(Float)
    found_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(12), default="pending")
    kept_id: Mapped[int | None] = mapped_column(ForeignKey("voter.id", ondelete="RESTRICT"))
    reference: Mapped[str | None] = mapped_column(String(100))
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
