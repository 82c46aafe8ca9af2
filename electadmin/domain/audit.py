"""The one table of audit event types.

Every change of state is recorded by the service that makes it, in the same transaction, under one of
these types. The value is stable (it is hashed into the chain and exported to NIST SP 1500-101 logs);
the label is what a person reads in the audit screen. Later areas append their events here.
"""

from __future__ import annotations

from enum import StrEnum

from electadmin.domain.text import QT_TRANSLATE_NOOP, Term


class EventType(StrEnum):
    # election
    ELECTION_CREATED = "election.created"
    ELECTION_UPDATED = "election.updated"
    ELECTION_PHASE_CHANGED = "election.phase_changed"
    STORE_MIGRATED = "store.migrated"
    # geography
    GOVERNORATE_CREATED = "governorate.created"
    GOVERNORATE_UPDATED = "governorate.updated"
    GOVERNORATE_DELETED = "governorate.deleted"
    WILAYAT_CREATED = "wilayat.created"
    WILAYAT_UPDATED = "wilayat.updated"
    WILAYAT_DELETED = "wilayat.deleted"
    CENTRE_CREATED = "centre.created"
    CENTRE_UPDATED = "centre.updated"
    CENTRE_DELETED = "centre.deleted"
    GEOGRAPHY_IMPORTED = "geography.imported"
    GEOGRAPHY_EXPORTED = "geography.exported"
    DEMO_CREATED = "demo.created"
    # candidates
    CANDIDATE_APPLIED = "candidate.applied"
    CANDIDATE_UPDATED = "candidate.updated"
    CANDIDATE_ACCEPTED = "candidate.accepted"
    CANDIDATE_REJECTED = "candidate.rejected"
    CANDIDATE_WITHDRAWN = "candidate.withdrawn"
    CANDIDATE_APPEAL_LODGED = "candidate.appeal_lodged"
    CANDIDATE_APPEAL_DECIDED = "candidate.appeal_decided"
    CANDIDATES_IMPORTED = "candidates.imported"
    CANDIDATES_EXPORTED = "candidates.exported"
    BALLOT_ORDER_FIXED = "ballot_order.fixed"
    BALLOT_ORDER_CANCELLED = "ballot_order.cancelled"
    CANDIDACY_REQUIREMENTS_CHANGED = "candidacy.requirements_changed"
    # polling day
    VOTER_CHECKED_IN = "polling.checked_in"
    CHECK_IN_UNDONE = "polling.check_in_undone"
    POLLING_STATION_ASSIGNED = "polling.station_assigned"
    POLLS_CLOSED = "polling.closed"
    POLLING_EVENTS_EXPORTED = "polling.events_exported"
    POLLING_EVENTS_MERGED = "polling.events_merged"

    @property
    def label(self) -> Term:
        return _LABELS[self]


_LABELS: dict[EventType, Term] = {
    EventType.ELECTION_CREATED: QT_TRANSLATE_NOOP("Events", "Election created"),
    EventType.ELECTION_UPDATED: QT_TRANSLATE_NOOP("Events", "Election definition changed"),
    EventType.ELECTION_PHASE_CHANGED: QT_TRANSLATE_NOOP("Events", "Election phase changed"),
    EventType.STORE_MIGRATED: QT_TRANSLATE_NOOP("Events", "Election file upgraded"),
    EventType.GOVERNORATE_CREATED: QT_TRANSLATE_NOOP("Events", "Governorate added"),
    EventType.GOVERNORATE_UPDATED: QT_TRANSLATE_NOOP("Events", "Governorate changed"),
    EventType.GOVERNORATE_DELETED: QT_TRANSLATE_NOOP("Events", "Governorate deleted"),
    EventType.WILAYAT_CREATED: QT_TRANSLATE_NOOP("Events", "Wilayat added"),
    EventType.WILAYAT_UPDATED: QT_TRANSLATE_NOOP("Events", "Wilayat changed"),
    EventType.WILAYAT_DELETED: QT_TRANSLATE_NOOP("Events", "Wilayat deleted"),
    EventType.CENTRE_CREATED: QT_TRANSLATE_NOOP("Events", "Polling centre added"),
    EventType.CENTRE_UPDATED: QT_TRANSLATE_NOOP("Events", "Polling centre changed"),
    EventType.CENTRE_DELETED: QT_TRANSLATE_NOOP("Events", "Polling centre deleted"),
    EventType.GEOGRAPHY_IMPORTED: QT_TRANSLATE_NOOP("Events", "Geography imported"),
    EventType.GEOGRAPHY_EXPORTED: QT_TRANSLATE_NOOP("Events", "Geography exported"),
    EventType.DEMO_CREATED: QT_TRANSLATE_NOOP("Events", "Demo election generated"),
    EventType.CANDIDATE_APPLIED: QT_TRANSLATE_NOOP("Events", "Candidacy application registered"),
    EventType.CANDIDATE_UPDATED: QT_TRANSLATE_NOOP("Events", "Candidacy application corrected"),
    EventType.CANDIDATE_ACCEPTED: QT_TRANSLATE_NOOP("Events", "Application accepted"),
    EventType.CANDIDATE_REJECTED: QT_TRANSLATE_NOOP("Events", "Application rejected"),
    EventType.CANDIDATE_WITHDRAWN: QT_TRANSLATE_NOOP("Events", "Candidacy withdrawn"),
    EventType.CANDIDATE_APPEAL_LODGED: QT_TRANSLATE_NOOP("Events", "Appeal against a rejection lodged"),
    EventType.CANDIDATE_APPEAL_DECIDED: QT_TRANSLATE_NOOP("Events", "Appeal decided"),
    EventType.CANDIDATES_IMPORTED: QT_TRANSLATE_NOOP("Events", "Applications imported"),
    EventType.CANDIDATES_EXPORTED: QT_TRANSLATE_NOOP("Events", "Candidate list exported"),
    EventType.BALLOT_ORDER_FIXED: QT_TRANSLATE_NOOP("Events", "Ballot order fixed"),
    EventType.BALLOT_ORDER_CANCELLED: QT_TRANSLATE_NOOP("Events", "Ballot order cancelled"),
    EventType.CANDIDACY_REQUIREMENTS_CHANGED: QT_TRANSLATE_NOOP("Events", "Candidacy requirements changed"),
    # polling day
    EventType.VOTER_CHECKED_IN: QT_TRANSLATE_NOOP("Events", "Voter checked in"),
    EventType.CHECK_IN_UNDONE: QT_TRANSLATE_NOOP("Events", "Check-in undone"),
    EventType.POLLING_STATION_ASSIGNED: QT_TRANSLATE_NOOP("Events", "Computer assigned to a polling station"),
    EventType.POLLS_CLOSED: QT_TRANSLATE_NOOP("Events", "Polls closed at a station"),
    EventType.POLLING_EVENTS_EXPORTED: QT_TRANSLATE_NOOP("Events", "Check-in events exported"),
    EventType.POLLING_EVENTS_MERGED: QT_TRANSLATE_NOOP("Events", "Stations' check-in events merged"),
}


# What :func:`electadmin.integrity.audit_chain.verify_chain` can find wrong at an entry.
CHAIN_PROBLEMS: dict[str, Term] = {
    "sequence": QT_TRANSLATE_NOOP("Audit", "is missing or out of order"),
    "prev_hash": QT_TRANSLATE_NOOP("Audit", "does not follow the entry before it"),
    "hash": QT_TRANSLATE_NOOP("Audit", "was changed after it was written"),
    "head": QT_TRANSLATE_NOOP("Audit", "is missing at the end of the log"),
}
