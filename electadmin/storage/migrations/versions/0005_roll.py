"""roll: civil number as a droppable unique index, name order index, search index, revision, imports

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

The search index over ``voter.name_key`` is dialect-specific and unmanaged (its names start with
``search_``): an FTS5 ``trigram`` table with external content on SQLite, a ``pg_trgm`` GIN index on
PostgreSQL. Triggers keep it current and count every change of the roll in ``roll_state.revision``;
the bulk import of :mod:`electadmin.services.roll_file` drops the SQLite triggers around a large
load and rebuilds the index once. The SQL is :mod:`electadmin.storage.search` (one definition for
both); a later change to it needs a new migration.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from electadmin.storage import search

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('voter', schema=None) as batch_op:
        batch_op.drop_constraint('uq_voter_civil_number', type_='unique')
        batch_op.create_index('ix_voter_civil_number', ['civil_number'], unique=True)
        batch_op.create_index('ix_voter_name_key', ['name_key', 'id'], unique=False)

    op.create_table('roll_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_roll_state_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roll_state'))
    )
    op.execute("INSERT INTO roll_state (id, revision) VALUES (1, 0)")

    op.create_table('roll_import',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=400), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('added', sa.Integer(), nullable=False),
    sa.Column('changed', sa.Integer(), nullable=False),
    sa.Column('removed', sa.Integer(), nullable=False),
    sa.Column('skipped', sa.Integer(), nullable=False),
    sa.Column('imported_by', sa.String(length=100), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roll_import'))
    )
    with op.batch_alter_table('roll_import', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roll_import_sha256'), ['sha256'], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        op.execute(search.SQLITE_FTS)
        op.execute(search.SQLITE_REBUILD)
        for statement in search.SQLITE_TRIGGERS:
            op.execute(statement)
    else:
        for statement in (search.PG_EXTENSION, search.PG_INDEX, search.PG_FUNCTION, search.PG_TRIGGER):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in search.SQLITE_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS search_voter")
    else:
        op.execute("DROP TRIGGER IF EXISTS roll_state_bump ON voter")
        op.execute("DROP FUNCTION IF EXISTS roll_state_bump()")
        op.execute("DROP INDEX IF EXISTS search_voter_name_trgm")
    with op.batch_alter_table('roll_import', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roll_import_sha256'))
    op.drop_table('roll_import')
    op.drop_table('roll_state')
    with op.batch_alter_table('voter', schema=None) as batch_op:
        batch_op.drop_index('ix_voter_name_key')
        batch_op.drop_index('ix_voter_civil_number')
        batch_op.create_unique_constraint('uq_voter_civil_number', ['civil_number'])
