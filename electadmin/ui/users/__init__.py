"""The users, packages and backups tabs of the "Users and audit" area."""
