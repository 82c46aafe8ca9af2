"""voters and candidates

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('candidate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('civil_number', sa.String(length=12), nullable=False),
    sa.Column('name_ar', sa.String(length=300), nullable=False),
    sa.Column('name_key', sa.String(length=300), nullable=False),
    sa.Column('name_latin', sa.String(length=300), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('wilayat_id', sa.Integer(), nullable=False),
    sa.Column('education', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('ballot_number', sa.Integer(), nullable=True),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("gender IN ('M', 'F')", name=op.f('ck_candidate_gender')),
    sa.CheckConstraint("status IN ('applied', 'accepted', 'rejected', 'withdrawn')", name=op.f('ck_candidate_status')),
    sa.CheckConstraint('ballot_number IS NULL OR ballot_number >= 1', name=op.f('ck_candidate_ballot_number')),
    sa.ForeignKeyConstraint(['wilayat_id'], ['wilayat.id'], name=op.f('fk_candidate_wilayat_id_wilayat'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_candidate')),
    sa.UniqueConstraint('wilayat_id', 'ballot_number', name=op.f('uq_candidate_wilayat_id_ballot_number'))
    )
    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.create_index('ix_candidate_civil_number', ['civil_number'], unique=False)
        batch_op.create_index('ix_candidate_wilayat_status', ['wilayat_id', 'status'], unique=False)

    op.create_table('voter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('civil_number', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_key', sa.String(length=300), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('wilayat_id', sa.Integer(), nullable=False),
    sa.Column('centre_id', sa.Integer(), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('removal_reason', sa.String(length=30), nullable=True),
    sa.Column('decision_reference', sa.String(length=100), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("gender IN ('M', 'F')", name=op.f('ck_voter_gender')),
    sa.CheckConstraint("status IN ('active', 'removed')", name=op.f('ck_voter_status')),
    sa.ForeignKeyConstraint(['centre_id'], ['polling_centre.id'], name=op.f('fk_voter_centre_id_polling_centre'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['wilayat_id'], ['wilayat.id'], name=op.f('fk_voter_wilayat_id_wilayat'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voter')),
    sa.UniqueConstraint('civil_number', name=op.f('uq_voter_civil_number'))
    )
    with op.batch_alter_table('voter', schema=None) as batch_op:
        batch_op.create_index('ix_voter_centre_name', ['centre_id', 'name_key'], unique=False)
        batch_op.create_index('ix_voter_wilayat_name', ['wilayat_id', 'name_key'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('voter', schema=None) as batch_op:
        batch_op.drop_index('ix_voter_wilayat_name')
        batch_op.drop_index('ix_voter_centre_name')

    op.drop_table('voter')
    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.drop_index('ix_candidate_wilayat_status')
        batch_op.drop_index('ix_candidate_civil_number')

    op.drop_table('candidate')
