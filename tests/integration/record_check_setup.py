"""An election with a wilayat whose committee certifies its result (shared by the printed-record tests)."""

from __future__ import annotations

from electadmin.services import committees
from electadmin.services.count_record import save_first_entry, save_second_entry
from tests.integration.results_setup import as_clerk, ready_store, record

MEMBERS = [("w1", "wilayat-member-one"), ("w2", "wilayat-member-two"), ("w3", "wilayat-member-three")]
VOTES = {"MA01-C1-1": [10, 20, 5], "MA01-C1-2": [7, 8, 9]}


def double(store, station: str, data) -> None:
    """Both clerks type the same paper record."""
    save_first_entry(as_clerk(store, "clerk-1"), station, data)
    save_second_entry(as_clerk(store, "clerk-2"), station, data)


def committee_store(store, candidates: int = 3):
    """MA01 (1 seat, *candidates* candidates, 2 stations) with a committee of 3 members, k = 2, both
    stations' records matched; MA02 (2 seats, 4 candidates, 3 stations) without a committee."""
    ready_store(store, (("MA01", 1, candidates, 2), ("MA02", 2, 4, 3)))
    committees.create_committee(store, "W-MA01", "لجنة ولاية MA01", "wilayat", 2, wilayat_code="MA01")
    for name, password in MEMBERS:
        committees.enrol_member(store, "W-MA01", name, password)
    for station, votes in VOTES.items():
        votes = (votes + list(range(1, candidates + 1)))[:candidates]
        double(store, station, record(votes))
    return as_clerk(store, "chair")
