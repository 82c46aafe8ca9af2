"""SQLAlchemy models, engine set-up and migrations: the only layer that knows SQL."""
