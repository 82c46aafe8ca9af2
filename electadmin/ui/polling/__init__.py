"""The polling area: the check-in desk, live turnout and closing the polls."""
