"""Candidacy: an application (مترشح) that, once accepted, is a candidate (مرشح) on a ballot.

One row per application, in one constituency (wilayat), with its stable ``code`` (``<wilayat>-<nnn>``,
the key of every export and draw). ``status`` follows the decisions: applied → accepted | rejected |
withdrawn; accepted → withdrawn; rejected → accepted on appeal. ``appeal_state`` says whether a
rejection was appealed and how the appeal ended. Each decision is kept in ``candidate_decision``
(never changed, never deleted) with the checks as they stood when it was taken.

The ballot number is given when the constituency's order is fixed (``ballot_order``: a draw or Arabic
alphabetical order) and is unique within the constituency. The count and results work reads the
candidates of a wilayat as the rows with ``status = 'accepted'`` and prints their ``ballot_number``.

``candidacy_requirement`` (one row) holds what the law asks of a candidate beyond the age, which is
in the election's rules: the education required, and which cross-checks apply.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from electadmin.storage.base import Base, UTCDateTime


class Candidate(Base):
    __tablename__ = "candidate"
    __table_args__ = (
        CheckConstraint("gender IN ('M', 'F')", name="gender"),
        CheckConstraint("status IN ('applied', 'accepted', 'rejected', 'withdrawn')", name="status"),
        CheckConstraint("ballot_number IS NULL OR ballot_number >= 1", name="ballot_number"),
        CheckConstraint("appeal_state IN ('none', 'pending', 'upheld', 'dismissed')", name="appeal_state"),
        UniqueConstraint("wilayat_id", "ballot_number"),
        UniqueConstraint("code"),
        Index("ix_candidate_civil_number", "civil_number"),
        Index("ix_candidate_wilayat_status", "wilayat_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20))
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
    appeal_state: Mapped[str] = mapped_column(String(10), default="none")
    ballot_number: Mapped[int | None] = mapped_column(Integer)
    submitted_on: Mapped[date | None] = mapped_column(Date)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CandidateDecision(Base):
    """One decision on an application, as the committee took it (append-only)."""

    __tablename__ = "candidate_decision"
    __table_args__ = (
        CheckConstraint("kind IN ('accepted', 'rejected', 'withdrawn', 'appeal_lodged', 'appeal_upheld', "
                        "'appeal_dismissed')", name="kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(String(2000), default="")
    decided_on: Mapped[date] = mapped_column(Date)
    checks: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class BallotOrder(Base):
    """How the ballot order of one constituency was fixed (one row per wilayat while it holds)."""

    __tablename__ = "ballot_order"
    __table_args__ = (CheckConstraint("method IN ('alphabetical', 'seed', 'physical')", name="method"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    wilayat_id: Mapped[int] = mapped_column(ForeignKey("wilayat.id", ondelete="RESTRICT"), unique=True)
    method: Mapped[str] = mapped_column(String(20))
    seed: Mapped[str | None] = mapped_column(String(200))
    drawn_by: Mapped[str] = mapped_column(String(200), default="")
    witnesses: Mapped[list[str]] = mapped_column(JSON, default=list)
    ordered_codes: Mapped[list[str]] = mapped_column(JSON, default=list)
    fixed_by: Mapped[str] = mapped_column(String(100))
    fixed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CandidacyRequirement(Base):
    """What a candidate must meet besides the age (one row; absent = the Oman defaults)."""

    __tablename__ = "candidacy_requirement"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    min_education: Mapped[str | None] = mapped_column(String(20))
    must_be_registered_voter: Mapped[bool] = mapped_column(Boolean, default=True)
    one_constituency_only: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
