"""The count and its results: station count records in versions, double entry, tallies, draws, certification.

``count_record``
    One version of a polling station's count record (محضر الفرز). Version 1 is the first record;
    a correction is a new version with its ``reason``, never an overwrite. ``status`` follows the
    entries: ``awaiting_second`` (one entry so far) → ``mismatch`` | ``matched``; a matched
    version of a certified constituency becomes ``certified`` and is frozen (a database trigger
    refuses any UPDATE of a certified row, on SQLite and PostgreSQL). ``source`` is ``entry``
    (typed twice by two clerks) or ``import`` (a file from another counting system: one source,
    counted when imported). The agreed figures are filled when the version matches.

``count_entry``
    One clerk's entry of a version (``entry`` 1 or 2), append-only: typing an entry again adds a
    row with the next ``attempt``; the latest attempt of each entry is the one compared. Votes
    are kept as a JSON object ``{candidate code: votes}``: entries are read one at a time, never
    summed. A version imported from a file has no entry: the record row itself holds what the file said.

``station_result`` / ``station_vote``
    What counts now: the figures and the per-candidate votes of each station's latest matched
    version (rewritten, in the same transaction, when a newer version matches). The constituency
    is stored on the vote row and ``ix_station_vote_tally`` covers (wilayat, candidate, votes),
    so the national GROUP BY reads the index alone (MEASURED.md: 20 ms for 200,000 rows).

``tie_draw``
    A draw by lot recorded for a tie crossing the last seat: method, seed or typed order,
    who drew, witnesses, time. Append-only; the latest draw whose group is the current tie applies.

``result_certification`` / ``result_reopening``
    A constituency's certified result (a snapshot of its figures, winners and content hash, and
    the signatures of k of the n members of the wilayat's committee over it); never updated (trigger). Reopening adds a row naming the certification, its reason and who.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from electadmin.storage.base import Base, UTCDateTime

FIGURE_COLUMNS = (
    "registered_men", "registered_women", "registered_total",
    "voted_men", "voted_women", "voted_total",
    "ballots_received", "ballots_used", "ballots_spoiled", "ballots_unused", "ballots_found",
    "valid", "invalid", "blank",
)
"""The whole-number figures (the same names as :data:`electadmin.domain.reconciliation.FIGURES`)."""


class _Figures:
    """The figures of a count record, each nullable (a figure not written)."""

    registered_men: Mapped[int | None] = mapped_column(Integer)
    registered_women: Mapped[int | None] = mapped_column(Integer)
    registered_total: Mapped[int | None] = mapped_column(Integer)
    voted_men: Mapped[int | None] = mapped_column(Integer)
    voted_women: Mapped[int | None] = mapped_column(Integer)
    voted_total: Mapped[int | None] = mapped_column(Integer)
    ballots_received: Mapped[int | None] = mapped_column(Integer)
    ballots_used: Mapped[int | None] = mapped_column(Integer)
    ballots_spoiled: Mapped[int | None] = mapped_column(Integer)
    ballots_unused: Mapped[int | None] = mapped_column(Integer)
    ballots_found: Mapped[int | None] = mapped_column(Integer)
    valid: Mapped[int | None] = mapped_column(Integer)
    invalid: Mapped[int | None] = mapped_column(Integer)
    blank: Mapped[int | None] = mapped_column(Integer)


class CountRecord(_Figures, Base):
    __tablename__ = "count_record"
    __table_args__ = (
        UniqueConstraint("station_id", "version"),
        CheckConstraint("version >= 1", name="version"),
        CheckConstraint("status IN ('awaiting_second', 'mismatch', 'matched', 'certified')", name="status"),
        CheckConstraint("source IN ('entry', 'import')", name="source"),
        Index("ix_count_record_wilayat_status", "wilayat_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("polling_station.id", ondelete="RESTRICT"))
    wilayat_id: Mapped[int] = mapped_column(ForeignKey("wilayat.id", ondelete="RESTRICT"))
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(String(2000), default="")
    votes: Mapped[dict[str, int] | None] = mapped_column(JSON)
    opened_at: Mapped[str] = mapped_column(String(5), default="")
    closed_at: Mapped[str] = mapped_column(String(5), default="")
    members: Mapped[list[str]] = mapped_column(JSON, default=list)
    objections: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    explanation: Mapped[str] = mapped_column(String(4000), default="")
    reconciles: Mapped[bool | None] = mapped_column(Boolean)
    failed_checks: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    matched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    certification_id: Mapped[int | None] = mapped_column(Integer)
    # SHA-256 of the version's canonical content (integrity.record_hash), set once its figures are
    # settled (matched or imported); indexed so a printed record's short hash is found by a range scan.
    content_sha256: Mapped[str | None] = mapped_column(String(64), index=True)


class CountEntry(_Figures, Base):
    __tablename__ = "count_entry"
    __table_args__ = (
        UniqueConstraint("record_id", "entry", "attempt"),
        CheckConstraint("entry IN (1, 2)", name="entry"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("count_record.id", ondelete="RESTRICT"), index=True)
    entry: Mapped[int] = mapped_column(Integer)
    attempt: Mapped[int] = mapped_column(Integer)
    votes: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    opened_at: Mapped[str] = mapped_column(String(5), default="")
    closed_at: Mapped[str] = mapped_column(String(5), default="")
    members: Mapped[list[str]] = mapped_column(JSON, default=list)
    objections: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    explanation: Mapped[str] = mapped_column(String(4000), default="")
    failed_checks: Mapped[list[str]] = mapped_column(JSON, default=list)
    entered_by: Mapped[str] = mapped_column(String(100))
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StationResult(_Figures, Base):
    """The figures that count now for one station (its latest matched version)."""

    __tablename__ = "station_result"

    station_id: Mapped[int] = mapped_column(ForeignKey("polling_station.id", ondelete="RESTRICT"),
                                            primary_key=True)
    wilayat_id: Mapped[int] = mapped_column(ForeignKey("wilayat.id", ondelete="RESTRICT"), index=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("count_record.id", ondelete="RESTRICT"))
    reconciles: Mapped[bool] = mapped_column(Boolean)


class StationVote(Base):
    """The votes that count now for one candidate at one station, with the constituency on the row."""

    __tablename__ = "station_vote"
    __table_args__ = (
        Index("ix_station_vote_tally", "wilayat_id", "candidate_id", "votes"),
        CheckConstraint("votes >= 0", name="votes"),
    )

    station_id: Mapped[int] = mapped_column(ForeignKey("polling_station.id", ondelete="RESTRICT"),
                                            primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidate.id", ondelete="RESTRICT"), primary_key=True)
    wilayat_id: Mapped[int] = mapped_column(ForeignKey("wilayat.id", ondelete="RESTRICT"))
    votes: Mapped[int] = mapped_column(Integer)


class TieDraw(Base):
    __tablename__ = "tie_draw"
    __table_args__ = (CheckConstraint("method IN ('seed', 'physical')", name="method"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    wilayat_id: Mapped[int] = mapped_column(ForeignKey("wilayat.id", ondelete="RESTRICT"), index=True)
    method: Mapped[str] = mapped_column(String(10))
    seed: Mapped[str | None] = mapped_column(String(200))
    tied: Mapped[list[str]] = mapped_column(JSON)
    drawn_order: Mapped[list[str]] = mapped_column(JSON)
    votes: Mapped[int] = mapped_column(Integer)
    seats: Mapped[int] = mapped_column(Integer)
    drawn_by: Mapped[str] = mapped_column(String(200))
    witnesses: Mapped[list[str]] = mapped_column(JSON)
    drawn_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ResultCertification(Base):
    __tablename__ = "result_certification"
    __table_args__ = (UniqueConstraint("wilayat_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    wilayat_id: Mapped[int] = mapped_column(ForeignKey("wilayat.id", ondelete="RESTRICT"))
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    certified_by: Mapped[str] = mapped_column(String(100))
    certified_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The k-of-n signatures of the wilayat's committee over :func:`certified_content` (services.certification);
    # absent when the election has no committee for that wilayat.
    certificate: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # SHA-256 of what the members sign (the certificate's record_sha256), indexed for printed records.
    signed_sha256: Mapped[str | None] = mapped_column(String(64), index=True)


class ResultReopening(Base):
    __tablename__ = "result_reopening"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    certification_id: Mapped[int] = mapped_column(ForeignKey("result_certification.id", ondelete="RESTRICT"),
                                                  unique=True)
    reason: Mapped[str] = mapped_column(String(2000))
    reopened_by: Mapped[str] = mapped_column(String(100))
    reopened_at: Mapped[datetime] = mapped_column(UTCDateTime)
