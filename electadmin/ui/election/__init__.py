"""The election area."""
