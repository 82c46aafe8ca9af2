"""All tables, one module per area; importing this package registers them on ``Base.metadata``."""

from electadmin.storage.base import Base
from electadmin.storage.models.audit import AuditEntry, AuditHead
from electadmin.storage.models.candidates import BallotOrder, CandidacyRequirement, Candidate, CandidateDecision
from electadmin.storage.models.election import Election
from electadmin.storage.models.geography import Governorate, PollingCentre, PollingStation, Wilayat, WilayatAlias
# roll
from electadmin.storage.models.roll import RollImport, RollState, Voter
# roll life cycle (issue 4, roll-ui)
from electadmin.storage.models.roll_life import DuplicateLead, VoterHistory, VoterObjection

# trust: users, committees, packages
from electadmin.storage.models.users import (  # noqa: E402
    Committee,
    CommitteeMember,
    PackageCounter,
    PackageReceipt,
    SecuritySetting,
    User,
)
# results (count records, tallies, draws, certification)
from electadmin.storage.models.results import (  # noqa: E402
    CountEntry,
    CountRecord,
    ResultCertification,
    ResultReopening,
    StationResult,
    StationVote,
    TieDraw,
)

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
    "DuplicateLead",
    "Election",
    "Governorate",
    "PollingCentre",
    "PollingCheckIn",
    "PollingClosure",
    "PollingEventRow",
    "PollingMachine",
    "PollingStation",
    "RollImport",
    "RollState",
    "Voter",
    "VoterHistory",
    "VoterObjection",
    "Wilayat",
    "WilayatAlias",
    # trust
    "Committee",
    "CommitteeMember",
    "PackageCounter",
    "PackageReceipt",
    "SecuritySetting",
    "User",
]
__all__ += ["CountEntry", "CountRecord", "ResultCertification", "ResultReopening", "StationResult",
            "StationVote", "TieDraw"]

# audit anchoring (signed checkpoints of the chain's head)
from electadmin.storage.models.audit import AuditCheckpoint  # noqa: E402, I001

__all__ += ["AuditCheckpoint"]
