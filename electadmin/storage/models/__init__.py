"""All tables, one module per area; importing this package registers them on ``Base.metadata``."""

from electadmin.storage.base import Base
from electadmin.storage.models.audit import AuditEntry, AuditHead
from electadmin.storage.models.candidates import BallotOrder, CandidacyRequirement, Candidate, CandidateDecision
from electadmin.storage.models.election import Election
from electadmin.storage.models.geography import Governorate, PollingCentre, PollingStation, Wilayat, WilayatAlias
from electadmin.storage.models.roll import Voter

# polling day
from electadmin.storage.models.polling import PollingCheckIn, PollingClosure, PollingEventRow, PollingMachine  # noqa: E402, I001

__all__ = [
    "AuditEntry",
    "AuditHead",
    "BallotOrder",
    "Base",
    "CandidacyRequirement",
    "Candidate",
    "CandidateDecision",
    "Election",
    "Governorate",
    "PollingCentre",
    "PollingCheckIn",
    "PollingClosure",
    "PollingEventRow",
    "PollingMachine",
    "PollingStation",
    "Voter",
    "Wilayat",
    "WilayatAlias",
]
