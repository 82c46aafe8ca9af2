"""printed records can be checked: indexed content hashes of count records and certified results

``count_record.content_sha256`` and ``result_certification.signed_sha256`` hold the SHA-256 a
printed record's short hash and QR code stand for (:mod:`electadmin.integrity.record_hash`). Rows
written before this revision are filled in here: settled count records from their stored content,
certifications from their certificate's ``record_sha256`` (or the same content when unsigned). The
freeze triggers refuse any update of certified rows, so they are set aside for the fill and put back
exactly as 0007 made them.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from electadmin.integrity.record_hash import content_sha256, count_record_content, result_content

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

_SQLITE_TRIGGERS = (
    """CREATE TRIGGER count_record_certified_frozen BEFORE UPDATE ON count_record
       WHEN OLD.status = 'certified'
       BEGIN SELECT RAISE(ABORT, 'certified count records are frozen'); END""",
    """CREATE TRIGGER result_certification_frozen BEFORE UPDATE ON result_certification
       BEGIN SELECT RAISE(ABORT, 'certifications are frozen'); END""",
)
_POSTGRESQL_TRIGGERS = (
    """CREATE TRIGGER count_record_certified_frozen BEFORE UPDATE ON count_record
       FOR EACH ROW WHEN (OLD.status = 'certified') EXECUTE FUNCTION electadmin_refuse_frozen()""",
    """CREATE TRIGGER result_certification_frozen BEFORE UPDATE ON result_certification
       FOR EACH ROW EXECUTE FUNCTION electadmin_refuse_frozen()""",
)
_FIGURES = ("registered_men", "registered_women", "registered_total", "voted_men", "voted_women", "voted_total",
            "ballots_received", "ballots_used", "ballots_spoiled", "ballots_unused", "ballots_found", "valid",
            "invalid", "blank")


def upgrade() -> None:
    # plain ALTER TABLE (no batch copy of the tables, which would lose their freeze triggers)
    op.add_column('count_record', sa.Column('content_sha256', sa.String(length=64), nullable=True))
    op.create_index('ix_count_record_content_sha256', 'count_record', ['content_sha256'], unique=False)
    op.add_column('result_certification', sa.Column('signed_sha256', sa.String(length=64), nullable=True))
    op.create_index('ix_result_certification_signed_sha256', 'result_certification', ['signed_sha256'],
                    unique=False)
    _fill()


def _fill() -> None:
    bind = op.get_bind()
    uid = bind.execute(sa.text("SELECT uid FROM election LIMIT 1")).scalar()
    if uid is None:
        return
    meta = sa.MetaData()
    record = sa.Table('count_record', meta, autoload_with=bind)
    station = sa.Table('polling_station', meta, autoload_with=bind)
    cert = sa.Table('result_certification', meta, autoload_with=bind)
    wilayat = sa.Table('wilayat', meta, autoload_with=bind)
    records = bind.execute(sa.select(record, station.c.code.label('station_code'))
                           .join(station, station.c.id == record.c.station_id)
                           .where(record.c.status.in_(('matched', 'certified')))).mappings().all()
    certs = bind.execute(sa.select(cert, wilayat.c.code.label('wilayat_code'))
                         .join(wilayat, wilayat.c.id == cert.c.wilayat_id)).mappings().all()
    if not records and not certs:
        return
    dialect = bind.dialect.name
    _drop_triggers(dialect)
    for r in records:
        digest = content_sha256(count_record_content(
            uid, r['station_code'], r['version'], {n: r[n] for n in _FIGURES}, r['votes'] or {}, r['opened_at'],
            r['closed_at'], r['members'] or [], r['objections'] or [], r['explanation']))
        bind.execute(record.update().where(record.c.id == r['id']).values(content_sha256=digest))
    for c in certs:
        certificate = c['certificate']
        digest = (certificate or {}).get('record_sha256') or content_sha256(
            result_content(uid, c['wilayat_code'], c['version'], c['snapshot']))
        bind.execute(cert.update().where(cert.c.id == c['id']).values(signed_sha256=digest))
    _create_triggers(dialect)


def _create_triggers(dialect: str) -> None:
    for statement in {"sqlite": _SQLITE_TRIGGERS, "postgresql": _POSTGRESQL_TRIGGERS}.get(dialect, ()):
        op.execute(statement)


def _drop_triggers(dialect: str) -> None:
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS count_record_certified_frozen")
        op.execute("DROP TRIGGER IF EXISTS result_certification_frozen")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS count_record_certified_frozen ON count_record")
        op.execute("DROP TRIGGER IF EXISTS result_certification_frozen ON result_certification")


def downgrade() -> None:
    op.drop_index('ix_result_certification_signed_sha256', 'result_certification')
    op.drop_index('ix_count_record_content_sha256', 'count_record')
    if op.get_bind().dialect.name == "sqlite":
        # SQLite 3.35+ drops a column in place: no batch copy, which other tables' foreign keys and
        # the freeze triggers would not survive
        op.execute("ALTER TABLE result_certification DROP COLUMN signed_sha256")
        op.execute("ALTER TABLE count_record DROP COLUMN content_sha256")
    else:
        op.drop_column('result_certification', 'signed_sha256')
        op.drop_column('count_record', 'content_sha256')
