"""Signing in: the first administrator of a new election, the sign-in dialog, the idle lock."""
