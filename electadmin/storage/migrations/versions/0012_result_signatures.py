"""result certifications carry the k-of-n signatures of the wilayat's committee

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('result_certification', sa.Column('certificate', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('result_certification') as batch:
        batch.drop_column('certificate')
