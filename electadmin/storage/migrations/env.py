"""Alembic environment: always run from :mod:`electadmin.storage.migrate` with a live connection."""

from __future__ import annotations

from alembic import context

from electadmin.storage.base import is_unmanaged
from electadmin.storage.models import Base

target_metadata = Base.metadata
connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_object=lambda obj, name, kind, reflected, compare_to: not (
        kind in ("table", "index") and is_unmanaged(name)
    ),
)
with context.begin_transaction():
    context.run_migrations()
