"""Pure rules on plain values: no Qt, no SQLAlchemy, nothing else of the application."""
