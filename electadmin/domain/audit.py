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
    # trust: users, committees, packages, backups
    USER_CREATED = "user.created"
    USER_SIGNED_IN = "user.signed_in"
    USER_SIGN_IN_FAILED = "user.sign_in_failed"
    USER_LOCKED = "user.locked"
    USER_UNLOCKED = "user.unlocked"
    USER_ROLE_CHANGED = "user.role_changed"
    USER_PASSWORD_CHANGED = "user.password_changed"
    USER_DISABLED = "user.disabled"
    USER_ENABLED = "user.enabled"
    SECURITY_SETTINGS_CHANGED = "security.settings_changed"
    COMMITTEE_CREATED = "committee.created"
    COMMITTEE_QUORUM_CHANGED = "committee.quorum_changed"
    MEMBER_ENROLLED = "committee.member_enrolled"
    MEMBER_REVOKED = "committee.member_revoked"
    PACKAGE_EXPORTED = "package.exported"
    PACKAGE_IMPORTED = "package.imported"
    PACKAGE_REFUSED = "package.refused"
    BACKUP_CREATED = "backup.created"
    BACKUP_RESTORED = "backup.restored"
    AUDIT_LOG_EXPORTED = "audit.log_exported"
    # count and results
    COUNT_ENTRY_SAVED = "count.entry_saved"
    COUNT_RECORD_MATCHED = "count.record_matched"
    COUNT_RECORD_MISMATCHED = "count.record_mismatched"
    RESULTS_IMPORTED = "results.imported"
    RESULTS_EXPORTED = "results.exported"
    TIE_DRAW_RECORDED = "results.draw_recorded"
    RESULT_CERTIFIED = "results.certified"
    RESULT_REOPENED = "results.reopened"
    # the electoral roll
    ROLL_IMPORTED = "roll.imported"
    ROLL_EXPORTED = "roll.exported"
    ROLL_GENERATED = "roll.generated"
    # roll life cycle (services.roll_status)
    VOTER_REMOVED = "voter.removed"
    VOTER_RESTORED = "voter.restored"
    VOTER_TRANSFERRED = "voter.transferred"
    VOTER_ADDED_BY_OBJECTION = "voter.added_by_objection"
    OBJECTION_LODGED = "objection.lodged"
    OBJECTION_DECIDED = "objection.decided"
    DUPLICATES_SCANNED = "duplicates.scanned"
    DUPLICATE_DECIDED = "duplicate.decided"
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
    EventType.USER_CREATED: QT_TRANSLATE_NOOP("Events", "User account created"),
    EventType.USER_SIGNED_IN: QT_TRANSLATE_NOOP("Events", "User signed in"),
    EventType.USER_SIGN_IN_FAILED: QT_TRANSLATE_NOOP("Events", "Failed sign-in"),
    EventType.USER_LOCKED: QT_TRANSLATE_NOOP("Events", "Account locked after failed sign-ins"),
    EventType.USER_UNLOCKED: QT_TRANSLATE_NOOP("Events", "Account unlocked"),
    EventType.USER_ROLE_CHANGED: QT_TRANSLATE_NOOP("Events", "User's role changed"),
    EventType.USER_PASSWORD_CHANGED: QT_TRANSLATE_NOOP("Events", "Password changed"),
    EventType.USER_DISABLED: QT_TRANSLATE_NOOP("Events", "User account disabled"),
    EventType.USER_ENABLED: QT_TRANSLATE_NOOP("Events", "User account enabled"),
    EventType.SECURITY_SETTINGS_CHANGED: QT_TRANSLATE_NOOP("Events", "Security settings changed"),
    EventType.COMMITTEE_CREATED: QT_TRANSLATE_NOOP("Events", "Committee created"),
    EventType.COMMITTEE_QUORUM_CHANGED: QT_TRANSLATE_NOOP("Events", "Committee's required signatures changed"),
    EventType.MEMBER_ENROLLED: QT_TRANSLATE_NOOP("Events", "Committee member enrolled with a signing key"),
    EventType.MEMBER_REVOKED: QT_TRANSLATE_NOOP("Events", "Committee member's signing key revoked"),
    EventType.PACKAGE_EXPORTED: QT_TRANSLATE_NOOP("Events", "Package written"),
    EventType.PACKAGE_IMPORTED: QT_TRANSLATE_NOOP("Events", "Package imported"),
    EventType.PACKAGE_REFUSED: QT_TRANSLATE_NOOP("Events", "Package refused"),
    EventType.BACKUP_CREATED: QT_TRANSLATE_NOOP("Events", "Backup made"),
    EventType.BACKUP_RESTORED: QT_TRANSLATE_NOOP("Events", "Election restored from a backup"),
    EventType.AUDIT_LOG_EXPORTED: QT_TRANSLATE_NOOP("Events", "Audit log exported (NIST SP 1500-101)"),
    EventType.COUNT_ENTRY_SAVED: QT_TRANSLATE_NOOP("Events", "Count record entered"),
    EventType.COUNT_RECORD_MATCHED: QT_TRANSLATE_NOOP("Events", "Count record matched by double entry"),
    EventType.COUNT_RECORD_MISMATCHED: QT_TRANSLATE_NOOP("Events", "Count record entries differ"),
    EventType.RESULTS_IMPORTED: QT_TRANSLATE_NOOP("Events", "Station results imported"),
    EventType.RESULTS_EXPORTED: QT_TRANSLATE_NOOP("Events", "Results exported"),
    EventType.TIE_DRAW_RECORDED: QT_TRANSLATE_NOOP("Events", "Draw for a tied seat recorded"),
    EventType.RESULT_CERTIFIED: QT_TRANSLATE_NOOP("Events", "Constituency result certified"),
    EventType.RESULT_REOPENED: QT_TRANSLATE_NOOP("Events", "Certified result reopened"),
    # the electoral roll
    EventType.ROLL_IMPORTED: QT_TRANSLATE_NOOP("Events", "Roll file imported"),
    EventType.ROLL_EXPORTED: QT_TRANSLATE_NOOP("Events", "Roll exported or printed"),
    EventType.ROLL_GENERATED: QT_TRANSLATE_NOOP("Events", "Demo roll generated"),
    EventType.VOTER_REMOVED: QT_TRANSLATE_NOOP("Events", "Voter removed from the roll"),
    EventType.VOTER_RESTORED: QT_TRANSLATE_NOOP("Events", "Voter restored to the roll"),
    EventType.VOTER_TRANSFERRED: QT_TRANSLATE_NOOP("Events", "Registration transferred"),
    EventType.VOTER_ADDED_BY_OBJECTION: QT_TRANSLATE_NOOP("Events", "Voter added on an objection"),
    EventType.OBJECTION_LODGED: QT_TRANSLATE_NOOP("Events", "Objection to the roll lodged"),
    EventType.OBJECTION_DECIDED: QT_TRANSLATE_NOOP("Events", "Objection to the roll decided"),
    EventType.DUPLICATES_SCANNED: QT_TRANSLATE_NOOP("Events", "Roll searched for probable duplicates"),
    EventType.DUPLICATE_DECIDED: QT_TRANSLATE_NOOP("Events", "Probable duplicate decided"),
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

# What :func:`electadmin.integrity.audit_chain.check_anchors` and the signed checkpoints can find
# wrong (the entry's number comes before, the checkpoint's name after, in AUDIT_REWRITTEN).
CHAIN_PROBLEMS.update({
    "anchor_hash": QT_TRANSLATE_NOOP("Audit", "no longer has the hash signed at the checkpoint"),
    "anchor_missing": QT_TRANSLATE_NOOP("Audit", "is missing, though it was signed at the checkpoint"),
    "anchor_signature": QT_TRANSLATE_NOOP("Audit", "is named by a checkpoint whose signatures no longer verify:"),
    "anchor_deleted": QT_TRANSLATE_NOOP("Audit", "is named by a signed certification whose checkpoint was removed:"),
})
