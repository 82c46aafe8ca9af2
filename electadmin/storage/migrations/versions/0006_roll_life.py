"""roll life cycle: voter history, objections, probable duplicates

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('voter_objection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('voter_id', sa.Integer(), nullable=True),
    sa.Column('civil_number', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('centre_id', sa.Integer(), nullable=True),
    sa.Column('objector', sa.String(length=300), nullable=False),
    sa.Column('grounds', sa.String(length=2000), nullable=False),
    sa.Column('lodged_on', sa.Date(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('decision_reference', sa.String(length=100), nullable=True),
    sa.Column('decision_note', sa.String(length=2000), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('entry', 'omission')", name=op.f('ck_voter_objection_kind')),
    sa.CheckConstraint("state IN ('pending', 'upheld', 'dismissed')", name=op.f('ck_voter_objection_state')),
    sa.CheckConstraint("gender IS NULL OR gender IN ('M', 'F')", name=op.f('ck_voter_objection_gender')),
    sa.ForeignKeyConstraint(['voter_id'], ['voter.id'], name=op.f('fk_voter_objection_voter_id_voter'),
                            ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['centre_id'], ['polling_centre.id'],
                            name=op.f('fk_voter_objection_centre_id_polling_centre'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voter_objection'))
    )
    with op.batch_alter_table('voter_objection', schema=None) as batch_op:
        batch_op.create_index('ix_voter_objection_state', ['state', 'id'], unique=False)
        batch_op.create_index('ix_voter_objection_civil_number', ['civil_number'], unique=False)

    op.create_table('voter_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('voter_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.String(length=30), nullable=True),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('note', sa.String(length=2000), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('from_centre_id', sa.Integer(), nullable=True),
    sa.Column('to_centre_id', sa.Integer(), nullable=True),
    sa.Column('objection_id', sa.Integer(), nullable=True),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('removed', 'restored', 'transferred', 'added_by_objection', "
                       "'objection_lodged', 'objection_decided')", name=op.f('ck_voter_history_kind')),
    sa.ForeignKeyConstraint(['voter_id'], ['voter.id'], name=op.f('fk_voter_history_voter_id_voter'),
                            ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['from_centre_id'], ['polling_centre.id'],
                            name=op.f('fk_voter_history_from_centre_id_polling_centre'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['to_centre_id'], ['polling_centre.id'],
                            name=op.f('fk_voter_history_to_centre_id_polling_centre'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['objection_id'], ['voter_objection.id'],
                            name=op.f('fk_voter_history_objection_id_voter_objection'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voter_history'))
    )
    with op.batch_alter_table('voter_history', schema=None) as batch_op:
        batch_op.create_index('ix_voter_history_voter', ['voter_id', 'id'], unique=False)

    op.create_table('duplicate_lead',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_id', sa.Integer(), nullable=False),
    sa.Column('second_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('found_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('kept_id', sa.Integer(), nullable=True),
    sa.Column('reference', sa.String(length=100), nullable=True),
    sa.Column('decided_by', sa.String(length=100), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint('first_id < second_id', name=op.f('ck_duplicate_lead_ordered')),
    sa.CheckConstraint("reason IN ('same_name', 'similar_name')", name=op.f('ck_duplicate_lead_reason')),
    sa.CheckConstraint("state IN ('pending', 'same_person', 'distinct')", name=op.f('ck_duplicate_lead_state')),
    sa.ForeignKeyConstraint(['first_id'], ['voter.id'], name=op.f('fk_duplicate_lead_first_id_voter'),
                            ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['second_id'], ['voter.id'], name=op.f('fk_duplicate_lead_second_id_voter'),
                            ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['kept_id'], ['voter.id'], name=op.f('fk_duplicate_lead_kept_id_voter'),
                            ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duplicate_lead')),
    sa.UniqueConstraint('first_id', 'second_id', name=op.f('uq_duplicate_lead_first_id_second_id'))
    )
    with op.batch_alter_table('duplicate_lead', schema=None) as batch_op:
        batch_op.create_index('ix_duplicate_lead_state', ['state', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('duplicate_lead', schema=None) as batch_op:
        batch_op.drop_index('ix_duplicate_lead_state')
    op.drop_table('duplicate_lead')
    with op.batch_alter_table('voter_history', schema=None) as batch_op:
        batch_op.drop_index('ix_voter_history_voter')
    op.drop_table('voter_history')
    with op.batch_alter_table('voter_objection', schema=None) as batch_op:
        batch_op.drop_index('ix_voter_objection_civil_number')
        batch_op.drop_index('ix_voter_objection_state')
    op.drop_table('voter_objection')
