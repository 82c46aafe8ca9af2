"""The screen that checks a printed record against the election file."""
