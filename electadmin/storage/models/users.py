"""Trust: user accounts, security settings, committees with their members' signing keys, packages.

Passwords are stored only as argon2 hashes; a member's private signing key only encrypted under the
member's signing password (:mod:`electadmin.integrity.signing`). Public keys travel in the signed
election package, so a committee row can also hold members enrolled elsewhere (no private key here).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from electadmin.storage.base import Base, UTCDateTime


class User(Base):
    __tablename__ = "app_user"
    __table_args__ = (
        CheckConstraint("role IN ('administrator', 'secretary', 'clerk', 'observer')", name="role"),
        CheckConstraint("failures >= 0", name="failures"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    centre_code: Mapped[str | None] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_sign_in: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SecuritySetting(Base):
    """One named integer setting (lockout minutes, idle minutes, backups kept, ...)."""

    __tablename__ = "security_setting"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


class Committee(Base):
    """A committee whose k of n members certify: the main committee, a wilayat's, a station's."""

    __tablename__ = "committee"
    __table_args__ = (CheckConstraint("quorum >= 1", name="quorum_positive"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))  # main, wilayat, centre
    wilayat_code: Mapped[str | None] = mapped_column(String(20))
    centre_code: Mapped[str | None] = mapped_column(String(20))
    quorum: Mapped[int] = mapped_column(Integer)


class CommitteeMember(Base):
    __tablename__ = "committee_member"
    __table_args__ = (UniqueConstraint("committee_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary)  # encrypted; absent when enrolled elsewhere
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PackageReceipt(Base):
    """The last sequence number accepted from each sender, per package kind (replays are refused)."""

    __tablename__ = "package_receipt"
    __table_args__ = (UniqueConstraint("kind", "sender"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    sender: Mapped[str] = mapped_column(String(40))
    sequence: Mapped[int] = mapped_column(Integer)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    accepted_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PackageCounter(Base):
    """The next sequence number of the packages this file writes, per kind."""

    __tablename__ = "package_counter"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer)
