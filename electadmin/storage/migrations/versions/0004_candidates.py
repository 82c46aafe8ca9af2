"""candidates: codes, decisions, appeals, ballot order, candidacy requirements

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.add_column(sa.Column('code', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('appeal_state', sa.String(length=10), nullable=False,
                                      server_default='none'))
        batch_op.add_column(sa.Column('submitted_on', sa.Date(), nullable=True))
    # Applications written before codes existed get one from their id (there were none in practice).
    op.execute("UPDATE candidate SET code = 'C' || CAST(id AS VARCHAR(12)) WHERE code IS NULL")
    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.alter_column('code', existing_type=sa.String(length=20), nullable=False)
        batch_op.alter_column('appeal_state', existing_type=sa.String(length=10), server_default=None)
        batch_op.create_unique_constraint(batch_op.f('uq_candidate_code'), ['code'])
        batch_op.create_check_constraint(
            'appeal_state', "appeal_state IN ('none', 'pending', 'upheld', 'dismissed')")

    op.create_table('candidate_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('note', sa.String(length=2000), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('checks', sa.JSON(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('accepted', 'rejected', 'withdrawn', 'appeal_lodged', 'appeal_upheld', "
                       "'appeal_dismissed')", name=op.f('ck_candidate_decision_kind')),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidate.id'],
                            name=op.f('fk_candidate_decision_candidate_id_candidate'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_candidate_decision'))
    )
    with op.batch_alter_table('candidate_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_candidate_decision_candidate_id'), ['candidate_id'], unique=False)

    op.create_table('ballot_order',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('wilayat_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('seed', sa.String(length=200), nullable=True),
    sa.Column('drawn_by', sa.String(length=200), nullable=False),
    sa.Column('witnesses', sa.JSON(), nullable=False),
    sa.Column('ordered_codes', sa.JSON(), nullable=False),
    sa.Column('fixed_by', sa.String(length=100), nullable=False),
    sa.Column('fixed_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("method IN ('alphabetical', 'seed', 'physical')", name=op.f('ck_ballot_order_method')),
    sa.ForeignKeyConstraint(['wilayat_id'], ['wilayat.id'], name=op.f('fk_ballot_order_wilayat_id_wilayat'),
                            ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ballot_order')),
    sa.UniqueConstraint('wilayat_id', name=op.f('uq_ballot_order_wilayat_id'))
    )

    op.create_table('candidacy_requirement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('min_education', sa.String(length=20), nullable=True),
    sa.Column('must_be_registered_voter', sa.Boolean(), nullable=False),
    sa.Column('one_constituency_only', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_candidacy_requirement_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_candidacy_requirement'))
    )


def downgrade() -> None:
    op.drop_table('candidacy_requirement')
    op.drop_table('ballot_order')
    with op.batch_alter_table('candidate_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_candidate_decision_candidate_id'))
    op.drop_table('candidate_decision')
    with op.batch_alter_table('candidate', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_candidate_appeal_state'), type_='check')
        batch_op.drop_constraint(batch_op.f('uq_candidate_code'), type_='unique')
        batch_op.drop_column('submitted_on')
        batch_op.drop_column('appeal_state')
        batch_op.drop_column('code')
