"""foundation: election, geography, audit log

Revision ID: 0001
Revises: 
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('event', sa.String(length=60), nullable=False),
    sa.Column('object_type', sa.String(length=40), nullable=False),
    sa.Column('object_key', sa.String(length=100), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry')),
    sa.UniqueConstraint('sequence', name=op.f('uq_audit_entry_sequence'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_event'), ['event'], unique=False)

    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_audit_head_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('election',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('name_ar', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('polling_date', sa.Date(), nullable=True),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('min_voter_age', sa.Integer(), nullable=False),
    sa.Column('min_candidate_age', sa.Integer(), nullable=False),
    sa.Column('votes_per_voter_mode', sa.String(length=10), nullable=False),
    sa.Column('votes_per_voter', sa.Integer(), nullable=False),
    sa.Column('transfer_start', sa.Date(), nullable=True),
    sa.Column('transfer_end', sa.Date(), nullable=True),
    sa.Column('objection_start', sa.Date(), nullable=True),
    sa.Column('objection_end', sa.Date(), nullable=True),
    sa.Column('candidacy_start', sa.Date(), nullable=True),
    sa.Column('candidacy_end', sa.Date(), nullable=True),
    sa.Column('appeal_start', sa.Date(), nullable=True),
    sa.Column('appeal_end', sa.Date(), nullable=True),
    sa.Column('phase', sa.String(length=20), nullable=False),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_election_single_row')),
    sa.CheckConstraint('min_candidate_age BETWEEN 16 AND 99', name=op.f('ck_election_candidate_age')),
    sa.CheckConstraint('min_voter_age BETWEEN 16 AND 99', name=op.f('ck_election_voter_age')),
    sa.CheckConstraint('votes_per_voter >= 1', name=op.f('ck_election_votes_per_voter')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_election')),
    sa.UniqueConstraint('uid', name=op.f('uq_election_uid'))
    )
    op.create_table('governorate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name_ar', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('name_key', sa.String(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_governorate')),
    sa.UniqueConstraint('code', name=op.f('uq_governorate_code'))
    )
    with op.batch_alter_table('governorate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_governorate_name_key'), ['name_key'], unique=False)

    op.create_table('wilayat',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('governorate_id', sa.Integer(), nullable=False),
    sa.Column('name_ar', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('name_key', sa.String(length=200), nullable=False),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint('seats >= 1', name=op.f('ck_wilayat_seats_positive')),
    sa.ForeignKeyConstraint(['governorate_id'], ['governorate.id'], name=op.f('fk_wilayat_governorate_id_governorate'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wilayat')),
    sa.UniqueConstraint('code', name=op.f('uq_wilayat_code'))
    )
    with op.batch_alter_table('wilayat', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_wilayat_governorate_id'), ['governorate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_wilayat_name_key'), ['name_key'], unique=False)

    op.create_table('polling_centre',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('wilayat_id', sa.Integer(), nullable=False),
    sa.Column('name_ar', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('name_key', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('address', sa.String(length=400), nullable=False),
    sa.CheckConstraint("kind IN ('men', 'women', 'joint')", name=op.f('ck_polling_centre_kind')),
    sa.ForeignKeyConstraint(['wilayat_id'], ['wilayat.id'], name=op.f('fk_polling_centre_wilayat_id_wilayat'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_polling_centre')),
    sa.UniqueConstraint('code', name=op.f('uq_polling_centre_code'))
    )
    with op.batch_alter_table('polling_centre', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_polling_centre_name_key'), ['name_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_polling_centre_wilayat_id'), ['wilayat_id'], unique=False)

    op.create_table('wilayat_alias',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('wilayat_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=200), nullable=False),
    sa.Column('alias_key', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['wilayat_id'], ['wilayat.id'], name=op.f('fk_wilayat_alias_wilayat_id_wilayat'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wilayat_alias')),
    sa.UniqueConstraint('alias_key', name=op.f('uq_wilayat_alias_alias_key'))
    )
    with op.batch_alter_table('wilayat_alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_wilayat_alias_wilayat_id'), ['wilayat_id'], unique=False)

    op.create_table('polling_station',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('centre_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.CheckConstraint('number >= 1', name=op.f('ck_polling_station_number_positive')),
    sa.ForeignKeyConstraint(['centre_id'], ['polling_centre.id'], name=op.f('fk_polling_station_centre_id_polling_centre'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_polling_station')),
    sa.UniqueConstraint('centre_id', 'number', name=op.f('uq_polling_station_centre_id_number')),
    sa.UniqueConstraint('code', name=op.f('uq_polling_station_code'))
    )


def downgrade() -> None:
    op.drop_table('polling_station')
    with op.batch_alter_table('wilayat_alias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_wilayat_alias_wilayat_id'))

    op.drop_table('wilayat_alias')
    with op.batch_alter_table('polling_centre', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_polling_centre_wilayat_id'))
        batch_op.drop_index(batch_op.f('ix_polling_centre_name_key'))

    op.drop_table('polling_centre')
    with op.batch_alter_table('wilayat', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_wilayat_name_key'))
        batch_op.drop_index(batch_op.f('ix_wilayat_governorate_id'))

    op.drop_table('wilayat')
    with op.batch_alter_table('governorate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_governorate_name_key'))

    op.drop_table('governorate')
    op.drop_table('election')
    op.drop_table('audit_head')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_event'))

    op.drop_table('audit_entry')
