"""The Committees area: committees, their k of n, members and signing keys."""
