"""results: count records in versions, double entry, station tallies, draws, certification

Certified count records and certifications are frozen in the database too: a trigger refuses any
UPDATE of a ``count_record`` row whose status is ``certified`` and any UPDATE of a
``result_certification`` row (SQLite and PostgreSQL; other dialects rely on the services alone).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('result_certification',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('wilayat_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('certified_by', sa.String(length=100), nullable=False),
    sa.Column('certified_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['wilayat_id'], ['wilayat.id'], name=op.f('fk_result_certification_wilayat_id_wilayat'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_result_certification')),
    sa.UniqueConstraint('wilayat_id', 'version', name=op.f('uq_result_certification_wilayat_id_version'))
    )
    op.create_table('tie_draw',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('wilayat_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('seed', sa.String(length=200), nullable=True),
    sa.Column('tied', sa.JSON(), nullable=False),
    sa.Column('drawn_order', sa.JSON(), nullable=False),
    sa.Column('votes', sa.Integer(), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('drawn_by', sa.String(length=200), nullable=False),
    sa.Column('witnesses', sa.JSON(), nullable=False),
    sa.Column('drawn_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("method IN ('seed', 'physical')", name=op.f('ck_tie_draw_method')),
    sa.ForeignKeyConstraint(['wilayat_id'], ['wilayat.id'], name=op.f('fk_tie_draw_wilayat_id_wilayat'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tie_draw'))
    )
    with op.batch_alter_table('tie_draw', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tie_draw_wilayat_id'), ['wilayat_id'], unique=False)

    op.create_table('result_reopening',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('certification_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=2000), nullable=False),
    sa.Column('reopened_by', sa.String(length=100), nullable=False),
    sa.Column('reopened_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['certification_id'], ['result_certification.id'], name=op.f('fk_result_reopening_certification_id_result_certification'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_result_reopening')),
    sa.UniqueConstraint('certification_id', name=op.f('uq_result_reopening_certification_id'))
    )
    op.create_table('count_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('wilayat_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.String(length=2000), nullable=False),
    sa.Column('votes', sa.JSON(), nullable=True),
    sa.Column('opened_at', sa.String(length=5), nullable=False),
    sa.Column('closed_at', sa.String(length=5), nullable=False),
    sa.Column('members', sa.JSON(), nullable=False),
    sa.Column('objections', sa.JSON(), nullable=False),
    sa.Column('explanation', sa.String(length=4000), nullable=False),
    sa.Column('reconciles', sa.Boolean(), nullable=True),
    sa.Column('failed_checks', sa.JSON(), nullable=False),
    sa.Column('created_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('matched_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('certification_id', sa.Integer(), nullable=True),
    sa.Column('registered_men', sa.Integer(), nullable=True),
    sa.Column('registered_women', sa.Integer(), nullable=True),
    sa.Column('registered_total', sa.Integer(), nullable=True),
    sa.Column('voted_men', sa.Integer(), nullable=True),
    sa.Column('voted_women', sa.Integer(), nullable=True),
    sa.Column('voted_total', sa.Integer(), nullable=True),
    sa.Column('ballots_received', sa.Integer(), nullable=True),
    sa.Column('ballots_used', sa.Integer(), nullable=True),
    sa.Column('ballots_spoiled', sa.Integer(), nullable=True),
    sa.Column('ballots_unused', sa.Integer(), nullable=True),
    sa.Column('ballots_found', sa.Integer(), nullable=True),
    sa.Column('valid', sa.Integer(), nullable=True),
    sa.Column('invalid', sa.Integer(), nullable=True),
    sa.Column('blank', sa.Integer(), nullable=True),
    sa.CheckConstraint("source IN ('entry', 'import')", name=op.f('ck_count_record_source')),
    sa.CheckConstraint("status IN ('awaiting_second', 'mismatch', 'matched', 'certified')", name=op.f('ck_count_record_status')),
    sa.CheckConstraint('version >= 1', name=op.f('ck_count_record_version')),
    sa.ForeignKeyConstraint(['station_id'], ['polling_station.id'], name=op.f('fk_count_record_station_id_polling_station'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['wilayat_id'], ['wilayat.id'], name=op.f('fk_count_record_wilayat_id_wilayat'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_count_record')),
    sa.UniqueConstraint('station_id', 'version', name=op.f('uq_count_record_station_id_version'))
    )
    with op.batch_alter_table('count_record', schema=None) as batch_op:
        batch_op.create_index('ix_count_record_wilayat_status', ['wilayat_id', 'status'], unique=False)

    op.create_table('station_vote',
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('wilayat_id', sa.Integer(), nullable=False),
    sa.Column('votes', sa.Integer(), nullable=False),
    sa.CheckConstraint('votes >= 0', name=op.f('ck_station_vote_votes')),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidate.id'], name=op.f('fk_station_vote_candidate_id_candidate'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['station_id'], ['polling_station.id'], name=op.f('fk_station_vote_station_id_polling_station'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['wilayat_id'], ['wilayat.id'], name=op.f('fk_station_vote_wilayat_id_wilayat'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('station_id', 'candidate_id', name=op.f('pk_station_vote'))
    )
    with op.batch_alter_table('station_vote', schema=None) as batch_op:
        batch_op.create_index('ix_station_vote_tally', ['wilayat_id', 'candidate_id', 'votes'], unique=False)

    op.create_table('count_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('entry', sa.Integer(), nullable=False),
    sa.Column('attempt', sa.Integer(), nullable=False),
    sa.Column('votes', sa.JSON(), nullable=False),
    sa.Column('opened_at', sa.String(length=5), nullable=False),
    sa.Column('closed_at', sa.String(length=5), nullable=False),
    sa.Column('members', sa.JSON(), nullable=False),
    sa.Column('objections', sa.JSON(), nullable=False),
    sa.Column('explanation', sa.String(length=4000), nullable=False),
    sa.Column('failed_checks', sa.JSON(), nullable=False),
    sa.Column('entered_by', sa.String(length=100), nullable=False),
    sa.Column('entered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('registered_men', sa.Integer(), nullable=True),
    sa.Column('registered_women', sa.Integer(), nullable=True),
    sa.Column('registered_total', sa.Integer(), nullable=True),
    sa.Column('voted_men', sa.Integer(), nullable=True),
    sa.Column('voted_women', sa.Integer(), nullable=True),
    sa.Column('voted_total', sa.Integer(), nullable=True),
    sa.Column('ballots_received', sa.Integer(), nullable=True),
    sa.Column('ballots_used', sa.Integer(), nullable=True),
    sa.Column('ballots_spoiled', sa.Integer(), nullable=True),
    sa.Column('ballots_unused', sa.Integer(), nullable=True),
    sa.Column('ballots_found', sa.Integer(), nullable=True),
    sa.Column('valid', sa.Integer(), nullable=True),
    sa.Column('invalid', sa.Integer(), nullable=True),
    sa.Column('blank', sa.Integer(), nullable=True),
    sa.CheckConstraint('entry IN (1, 2)', name=op.f('ck_count_entry_entry')),
    sa.ForeignKeyConstraint(['record_id'], ['count_record.id'], name=op.f('fk_count_entry_record_id_count_record'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_count_entry')),
    sa.UniqueConstraint('record_id', 'entry', 'attempt', name=op.f('uq_count_entry_record_id_entry_attempt'))
    )
    with op.batch_alter_table('count_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_count_entry_record_id'), ['record_id'], unique=False)

    op.create_table('station_result',
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('wilayat_id', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('reconciles', sa.Boolean(), nullable=False),
    sa.Column('registered_men', sa.Integer(), nullable=True),
    sa.Column('registered_women', sa.Integer(), nullable=True),
    sa.Column('registered_total', sa.Integer(), nullable=True),
    sa.Column('voted_men', sa.Integer(), nullable=True),
    sa.Column('voted_women', sa.Integer(), nullable=True),
    sa.Column('voted_total', sa.Integer(), nullable=True),
    sa.Column('ballots_received', sa.Integer(), nullable=True),
    sa.Column('ballots_used', sa.Integer(), nullable=True),
    sa.Column('ballots_spoiled', sa.Integer(), nullable=True),
    sa.Column('ballots_unused', sa.Integer(), nullable=True),
    sa.Column('ballots_found', sa.Integer(), nullable=True),
    sa.Column('valid', sa.Integer(), nullable=True),
    sa.Column('invalid', sa.Integer(), nullable=True),
    sa.Column('blank', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['record_id'], ['count_record.id'], name=op.f('fk_station_result_record_id_count_record'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['station_id'], ['polling_station.id'], name=op.f('fk_station_result_station_id_polling_station'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['wilayat_id'], ['wilayat.id'], name=op.f('fk_station_result_wilayat_id_wilayat'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('station_id', name=op.f('pk_station_result'))
    )
    with op.batch_alter_table('station_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_station_result_wilayat_id'), ['wilayat_id'], unique=False)

    _create_freeze_triggers()


_SQLITE_TRIGGERS = (
    """CREATE TRIGGER count_record_certified_frozen BEFORE UPDATE ON count_record
       WHEN OLD.status = 'certified'
       BEGIN SELECT RAISE(ABORT, 'certified count records are frozen'); END""",
    """CREATE TRIGGER result_certification_frozen BEFORE UPDATE ON result_certification
       BEGIN SELECT RAISE(ABORT, 'certifications are frozen'); END""",
)

_POSTGRESQL_TRIGGERS = (
    """CREATE FUNCTION electadmin_refuse_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'certified results are frozen (%)', TG_TABLE_NAME; END $$""",
    """CREATE TRIGGER count_record_certified_frozen BEFORE UPDATE ON count_record
       FOR EACH ROW WHEN (OLD.status = 'certified') EXECUTE FUNCTION electadmin_refuse_frozen()""",
    """CREATE TRIGGER result_certification_frozen BEFORE UPDATE ON result_certification
       FOR EACH ROW EXECUTE FUNCTION electadmin_refuse_frozen()""",
)


def _create_freeze_triggers() -> None:
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": _SQLITE_TRIGGERS, "postgresql": _POSTGRESQL_TRIGGERS}.get(dialect, ()):
        op.execute(statement)


def _drop_freeze_triggers() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS count_record_certified_frozen")
        op.execute("DROP TRIGGER IF EXISTS result_certification_frozen")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS count_record_certified_frozen ON count_record")
        op.execute("DROP TRIGGER IF EXISTS result_certification_frozen ON result_certification")
        op.execute("DROP FUNCTION IF EXISTS electadmin_refuse_frozen()")


def downgrade() -> None:
    _drop_freeze_triggers()
    with op.batch_alter_table('station_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_station_result_wilayat_id'))

    op.drop_table('station_result')
    with op.batch_alter_table('count_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_count_entry_record_id'))

    op.drop_table('count_entry')
    with op.batch_alter_table('station_vote', schema=None) as batch_op:
        batch_op.drop_index('ix_station_vote_tally')

    op.drop_table('station_vote')
    with op.batch_alter_table('count_record', schema=None) as batch_op:
        batch_op.drop_index('ix_count_record_wilayat_status')

    op.drop_table('count_record')
    op.drop_table('result_reopening')
    with op.batch_alter_table('tie_draw', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tie_draw_wilayat_id'))

    op.drop_table('tie_draw')
    op.drop_table('result_certification')
