"""Governorates, wilayats (constituencies) with their spelling aliases, polling centres and stations.

Codes are the stable external keys used in every file and export; integer ids stay inside.
``*_key`` columns hold :func:`electadmin.domain.arabic.search_key` of the Arabic name, for matching
names typed any common way and for Arabic collation.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from electadmin.storage.base import Base


class Governorate(Base):
    __tablename__ = "governorate"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Wilayat(Base):
    __tablename__ = "wilayat"
    __table_args__ = (CheckConstraint("seats >= 1", name="seats_positive"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    governorate_id: Mapped[int] = mapped_column(ForeignKey("governorate.id", ondelete="RESTRICT"), index=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    seats: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)

    governorate: Mapped[Governorate] = relationship()
    aliases: Mapped[list[WilayatAlias]] = relationship(
        back_populates="wilayat", cascade="all, delete-orphan", order_by="WilayatAlias.alias")


class WilayatAlias(Base):
    """Another spelling of a wilayat's name (بهلا/بهلاء); its key is unique across all wilayats."""

    __tablename__ = "wilayat_alias"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    wilayat_id: Mapped[int] = mapped_column(ForeignKey("wilayat.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(200))
    alias_key: Mapped[str] = mapped_column(String(200), unique=True)

    wilayat: Mapped[Wilayat] = relationship(back_populates="aliases")


class PollingCentre(Base):
    __tablename__ = "polling_centre"
    __table_args__ = (CheckConstraint("kind IN ('men', 'women', 'joint')", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    wilayat_id: Mapped[int] = mapped_column(ForeignKey("wilayat.id", ondelete="RESTRICT"), index=True)
    name_ar: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    address: Mapped[str] = mapped_column(String(400), default="")

    wilayat: Mapped[Wilayat] = relationship()
    stations: Mapped[list[PollingStation]] = relationship(
        back_populates="centre", cascade="all, delete-orphan", order_by="PollingStation.number")


class PollingStation(Base):
    """A desk inside a centre: where voters check in and whose count record is signed."""

    __tablename__ = "polling_station"
    __table_args__ = (
        UniqueConstraint("centre_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("polling_centre.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(24), unique=True)

    centre: Mapped[PollingCentre] = relationship(back_populates="stations")
