"""polling day: check-in event log, effective check-ins, machine identity, closures

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-04
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    machine = op.create_table('polling_machine',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('machine_id', sa.String(length=32), nullable=False),
    sa.Column('next_sequence', sa.Integer(), nullable=False),
    sa.Column('station_code', sa.String(length=24), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_polling_machine_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_polling_machine')),
    sa.UniqueConstraint('machine_id', name=op.f('uq_polling_machine_machine_id'))
    )
    # The identity of this store's machine, generated once: every event it records carries it.
    now = datetime.now(timezone.utc)
    if op.get_bind().dialect.name == 'sqlite':
        now = now.replace(tzinfo=None)
    op.bulk_insert(machine, [{'id': 1, 'machine_id': uuid.uuid4().hex, 'next_sequence': 1,
                              'station_code': None, 'created_at': now}])

    op.create_table('polling_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('machine_id', sa.String(length=32), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('civil_number', sa.String(length=12), nullable=False),
    sa.Column('station_code', sa.String(length=24), nullable=False),
    sa.Column('clerk', sa.String(length=100), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('target_machine', sa.String(length=32), nullable=True),
    sa.Column('target_sequence', sa.Integer(), nullable=True),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.CheckConstraint("kind IN ('check_in', 'undo')", name=op.f('ck_polling_event_kind')),
    sa.CheckConstraint("gender IN ('M', 'F')", name=op.f('ck_polling_event_gender')),
    sa.CheckConstraint("(kind = 'undo') = (target_machine IS NOT NULL)", name=op.f('ck_polling_event_undo_target')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_polling_event')),
    sa.UniqueConstraint('machine_id', 'sequence', name=op.f('uq_polling_event_machine_id_sequence'))
    )
    with op.batch_alter_table('polling_event', schema=None) as batch_op:
        batch_op.create_index('ix_polling_event_target', ['target_machine', 'target_sequence'], unique=False,
                              sqlite_where=sa.text('target_machine IS NOT NULL'),
                              postgresql_where=sa.text('target_machine IS NOT NULL'))

    op.create_table('polling_checkin',
    sa.Column('machine_id', sa.String(length=32), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('civil_number', sa.String(length=12), nullable=False),
    sa.Column('station_code', sa.String(length=24), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=False),
    sa.Column('hour', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('machine_id', 'sequence', name=op.f('pk_polling_checkin'))
    )
    with op.batch_alter_table('polling_checkin', schema=None) as batch_op:
        batch_op.create_index('ix_polling_checkin_civil_number', ['civil_number'], unique=False)
        batch_op.create_index('ix_polling_checkin_turnout', ['station_code', 'gender', 'hour'], unique=False)

    op.create_table('polling_closure',
    sa.Column('station_code', sa.String(length=24), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_by', sa.String(length=100), nullable=False),
    sa.Column('men', sa.Integer(), nullable=False),
    sa.Column('women', sa.Integer(), nullable=False),
    sa.Column('undo_count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('station_code', name=op.f('pk_polling_closure'))
    )


def downgrade() -> None:
    op.drop_table('polling_closure')
    with op.batch_alter_table('polling_checkin', schema=None) as batch_op:
        batch_op.drop_index('ix_polling_checkin_turnout')
        batch_op.drop_index('ix_polling_checkin_civil_number')
    op.drop_table('polling_checkin')
    with op.batch_alter_table('polling_event', schema=None) as batch_op:
        batch_op.drop_index('ix_polling_event_target')
    op.drop_table('polling_event')
    op.drop_table('polling_machine')
