"""The geography area."""
