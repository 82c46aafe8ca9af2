"""signed checkpoints of the audit chain's head

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_checkpoint',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('purpose', sa.String(length=60), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('committee', sa.String(length=40), nullable=False),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.Column('certificate', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_checkpoint'))
    )
    with op.batch_alter_table('audit_checkpoint') as batch:
        batch.create_index(batch.f('ix_audit_checkpoint_sequence'), ['sequence'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('audit_checkpoint') as batch:
        batch.drop_index(batch.f('ix_audit_checkpoint_sequence'))
    op.drop_table('audit_checkpoint')
