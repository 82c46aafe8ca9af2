"""Typed errors with stable codes: the one table of everything a user can be told went wrong.

Services raise :class:`ElectadminError` with an :class:`ErrorCode` and named parameters; they never
build text. The UI and the command line turn an error into a sentence in the user's language with
:func:`describe`, passing Qt's ``translate`` (the templates below are extracted by ``pyside6-lupdate``
through ``QT_TRANSLATE_NOOP``, so every one of them has an Arabic translation in
``translations/electadmin_ar.ts``).

Codes are stable: they appear in logs, in the CLI's ``--json`` output and in support requests, so a
code is never renamed or reused; a retired code stays in the table.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from electadmin.domain.text import QT_TRANSLATE_NOOP, Term, Translate, untranslated


class ErrorCode(StrEnum):
    """Stable error codes (the value is what logs and JSON carry)."""

    # store and files
    STORE_NOT_FOUND = "store.not_found"
    STORE_NOT_ELECTION = "store.not_election"
    STORE_NEWER_SCHEMA = "store.newer_schema"
    STORE_BUSY = "store.busy"
    STORE_CORRUPT = "store.corrupt"
    FILE_UNREADABLE = "file.unreadable"
    FILE_FORMAT = "file.format"
    FILE_EMPTY = "file.empty"
    FILE_MISSING_COLUMN = "file.missing_column"
    FILE_REJECTED = "file.rejected"
    # generic validation of one value
    VALUE_REQUIRED = "value.required"
    VALUE_NOT_INTEGER = "value.not_integer"
    VALUE_OUT_OF_RANGE = "value.out_of_range"
    VALUE_NOT_DATE = "value.not_date"
    VALUE_NOT_CHOICE = "value.not_choice"
    VALUE_BAD_CODE = "value.bad_code"
    VALUE_TOO_LONG = "value.too_long"
    VALUE_NOT_ARABIC = "value.not_arabic"
    # election definition
    ELECTION_MISSING = "election.missing"
    ELECTION_EXISTS = "election.exists"
    ELECTION_BAD_TIMEZONE = "election.bad_timezone"
    ELECTION_WINDOW_ORDER = "election.window_order"
    ELECTION_PHASE_ORDER = "election.phase_order"
    ELECTION_WRONG_PHASE = "election.wrong_phase"
    ELECTION_FROZEN = "election.frozen"
    # geography
    GEO_DUPLICATE_CODE = "geography.duplicate_code"
    GEO_UNKNOWN_GOVERNORATE = "geography.unknown_governorate"
    GEO_UNKNOWN_WILAYAT = "geography.unknown_wilayat"
    GEO_UNKNOWN_CENTRE = "geography.unknown_centre"
    GEO_SEATS = "geography.seats"
    GEO_STATIONS = "geography.stations"
    GEO_DUPLICATE_ALIAS = "geography.duplicate_alias"
    GEO_IN_USE = "geography.in_use"
    GEO_NOT_EMPTY = "geography.not_empty"
    GEO_ROWS_DISAGREE = "geography.rows_disagree"
    # work in progress
    TASK_CANCELLED = "task.cancelled"
    # audit
    AUDIT_BROKEN = "audit.broken"
    # tabular files (interchange.tabular, interchange.columns)
    FILE_NO_SHEET = "file.no_sheet"
    FILE_BROKEN_ROW = "file.broken_row"
    FILE_AMBIGUOUS_COLUMN = "file.ambiguous_column"
    FILE_UNWRITABLE = "file.unwritable"
    FILE_TOO_MANY_ROWS = "file.too_many_rows"
    VALUE_TOO_SMALL = "value.too_small"
    VALUE_TOO_LARGE = "value.too_large"
    VALUE_SHORT_YEAR = "value.short_year"
    VALUE_BAD_PHONE = "value.bad_phone"
    VALUE_BAD_CIVIL_NUMBER = "value.bad_civil_number"
    VALUE_DUPLICATE = "value.duplicate"
    # draws by lot for tied seats (domain.draw, domain.seats)
    DRAW_NOT_PERMUTATION = "draw.not_permutation"
    DRAW_NO_WITNESS = "draw.no_witness"
    DRAW_NO_DRAWER = "draw.no_drawer"
    DRAW_EMPTY_SEED = "draw.empty_seed"
    DRAW_SEED_MISMATCH = "draw.seed_mismatch"
    DRAW_WRONG_GROUP = "draw.wrong_group"
    # candidates (services.candidates)
    CANDIDATE_UNKNOWN = "candidate.unknown"
    CANDIDATE_DUPLICATE = "candidate.duplicate"
    CANDIDATE_WRONG_STATUS = "candidate.wrong_status"
    CANDIDATE_CHECKS_FAILED = "candidate.checks_failed"
    CANDIDATE_NO_REASON = "candidate.no_reason"
    CANDIDATE_NOTE_REQUIRED = "candidate.note_required"
    CANDIDATE_OUTSIDE_WINDOW = "candidate.outside_window"
    CANDIDATE_NO_WINDOW = "candidate.no_window"
    CANDIDATE_NO_POLLING_DATE = "candidate.no_polling_date"
    CANDIDATE_APPEAL_EXISTS = "candidate.appeal_exists"
    CANDIDATE_NO_APPEAL = "candidate.no_appeal"
    CANDIDATE_UNDECIDED = "candidate.undecided"
    CANDIDATE_NONE_ACCEPTED = "candidate.none_accepted"
    CANDIDATE_PHOTO = "candidate.photo"
    # trust: users and sign-in, signatures, packages, backups (services.users, integrity.signing, interchange.package, services.backup)
    AUTH_REQUIRED = "auth.required"
    AUTH_FORBIDDEN = "auth.forbidden"
    AUTH_OTHER_CENTRE = "auth.other_centre"
    AUTH_BAD_CREDENTIALS = "auth.bad_credentials"
    AUTH_LOCKED = "auth.locked"
    AUTH_DISABLED = "auth.disabled"
    AUTH_HAS_USERS = "auth.has_users"
    USER_EXISTS = "user.exists"
    USER_UNKNOWN = "user.unknown"
    USER_BAD_NAME = "user.bad_name"
    USER_LAST_ADMINISTRATOR = "user.last_administrator"
    PASSWORD_TOO_SHORT = "password.too_short"
    PASSWORD_COMMON = "password.common"
    PASSWORD_LIKE_NAME = "password.like_name"
    COMMITTEE_UNKNOWN = "committee.unknown"
    COMMITTEE_EXISTS = "committee.exists"
    COMMITTEE_BAD_QUORUM = "committee.bad_quorum"
    MEMBER_UNKNOWN = "committee.member_unknown"
    MEMBER_BAD_PASSWORD = "committee.member_bad_password"
    MEMBER_REVOKED = "committee.member_revoked"
    CERTIFICATE_INVALID = "certificate.invalid"
    PACKAGE_UNREADABLE = "package.unreadable"
    PACKAGE_FILE_CHANGED = "package.file_changed"
    PACKAGE_FILE_MISSING = "package.file_missing"
    PACKAGE_FILE_EXTRA = "package.file_extra"
    PACKAGE_BAD_SIGNATURE = "package.bad_signature"
    PACKAGE_UNKNOWN_KEY = "package.unknown_key"
    PACKAGE_REVOKED_KEY = "package.revoked_key"
    PACKAGE_TOO_FEW_SIGNATURES = "package.too_few_signatures"
    PACKAGE_OTHER_ELECTION = "package.other_election"
    PACKAGE_REPLAYED = "package.replayed"
    PACKAGE_TEST_INTO_REAL = "package.test_into_real"
    PACKAGE_WRONG_KIND = "package.wrong_kind"
    PACKAGE_FINGERPRINT_MISMATCH = "package.fingerprint_mismatch"
    PACKAGE_NOT_EMPTY = "package.not_empty"
    BACKUP_UNKNOWN = "backup.unknown"
    BACKUP_DAMAGED = "backup.damaged"
    BACKUP_NOT_SQLITE = "backup.not_sqlite"
    # count and results (services.count_record, tally, certification, results_file)
    RESULT_UNKNOWN_STATION = "result.unknown_station"
    RESULT_NO_BALLOT = "result.no_ballot"
    RESULT_UNKNOWN_CANDIDATE = "result.unknown_candidate"
    RESULT_MISSING_VOTES = "result.missing_votes"
    RESULT_EXPLANATION_REQUIRED = "result.explanation_required"
    RESULT_CERTIFIED = "result.certified"
    RESULT_NO_FIRST_ENTRY = "result.no_first_entry"
    RESULT_REASON_REQUIRED = "result.reason_required"
    RESULT_SAME_CLERK = "result.same_clerk"
    RESULT_NOT_COMPLETE = "result.not_complete"
    RESULT_NEEDS_DRAW = "result.needs_draw"
    RESULT_NO_TIE = "result.no_tie"
    RESULT_NOT_CERTIFIED = "result.not_certified"
    RESULT_BAD_TIME = "result.bad_time"
    RESULT_NO_RECORD = "result.no_record"
    RESULT_WRONG_PHASE = "result.wrong_phase"
    # the electoral roll (services.roll, services.roll_file)
    ROLL_CENTRE_NOT_IN_WILAYAT = "roll.centre_not_in_wilayat"
    ROLL_CENTRE_GENDER = "roll.centre_gender"
    ROLL_REGISTERED_ELSEWHERE = "roll.registered_elsewhere"
    # roll life cycle: statuses, objections, transfers, duplicates (services.roll_status)
    ROLL_UNKNOWN_VOTER = "roll.unknown_voter"
    ROLL_NO_WINDOW = "roll.no_window"
    ROLL_OUTSIDE_WINDOW = "roll.outside_window"
    ROLL_WRONG_STATUS = "roll.wrong_status"
    ROLL_SAME_CENTRE = "roll.same_centre"
    ROLL_ALREADY_ON_ROLL = "roll.already_on_roll"
    ROLL_OBJECTION_UNKNOWN = "roll.objection_unknown"
    ROLL_OBJECTION_DECIDED = "roll.objection_decided"
    ROLL_DECIDED_TOO_EARLY = "roll.decided_too_early"
    ROLL_LEAD_UNKNOWN = "roll.lead_unknown"
    ROLL_LEAD_DECIDED = "roll.lead_decided"
    ROLL_KEEP_NOT_IN_LEAD = "roll.keep_not_in_lead"
    # polling day (domain.polling, services.polling)
    POLLING_NOT_ON_ROLL = "polling.not_on_roll"
    POLLING_REMOVED = "polling.removed"
    POLLING_NOT_ELIGIBLE = "polling.not_eligible"
    POLLING_OTHER_CENTRE = "polling.other_centre"
    POLLING_ALREADY_VOTED = "polling.already_voted"
    POLLING_NOT_CHECKED_IN = "polling.not_checked_in"
    POLLING_REASON_REQUIRED = "polling.reason_required"
    POLLING_UNKNOWN_STATION = "polling.unknown_station"
    POLLING_NO_STATION = "polling.no_station"
    POLLING_STATION_CLOSED = "polling.station_closed"
    POLLING_NO_POLLING_DATE = "polling.no_polling_date"
    POLLING_PACKAGE_DAMAGED = "polling.package_damaged"
    POLLING_PACKAGE_OTHER_ELECTION = "polling.package_other_election"
    POLLING_EVENT_CONFLICT = "polling.event_conflict"
    # result packages: their content (services.result_package)
    RESULT_PACKAGE_NOTHING = "result_package.nothing"
    RESULT_PACKAGE_OUT_OF_SCOPE = "result_package.out_of_scope"
    RESULT_PACKAGE_BAD_RECORD = "result_package.bad_record"
    RESULT_PACKAGE_INCONSISTENT = "result_package.inconsistent"
    # committees set up in the window; certification needs the wilayat's committee
    COMMITTEE_MAIN_CODE = "committee.main_code"
    COMMITTEE_AREA_REQUIRED = "committee.area_required"
    COMMITTEE_AREA_TAKEN = "committee.area_taken"
    COMMITTEE_REASON_REQUIRED = "committee.reason_required"
    RESULT_NO_COMMITTEE = "result.no_committee"
    DEMO_ONLY = "demo.only"
    # stations' signed check-in packages (services.polling)
    POLLING_NO_CENTRE_COMMITTEE = "polling.no_centre_committee"
    POLLING_PACKAGE_WRONG_SENDER = "polling.package_wrong_sender"
    POLLING_PACKAGE_OUT_OF_SCOPE = "polling.package_out_of_scope"
    POLLING_PACKAGE_OTHER_WILAYAT = "polling.package_other_wilayat"
    # the audit log against its signed checkpoints and outside heads (services.audit)
    AUDIT_REWRITTEN = "audit.rewritten"
    AUDIT_BAD_HEAD = "audit.bad_head"


_TEMPLATES: Mapping[ErrorCode, Term] = {
    ErrorCode.STORE_NOT_FOUND: QT_TRANSLATE_NOOP("Errors", "The election file {path} does not exist."),
    ErrorCode.STORE_NOT_ELECTION: QT_TRANSLATE_NOOP(
        "Errors", "{path} is not an electadmin election file."),
    ErrorCode.STORE_NEWER_SCHEMA: QT_TRANSLATE_NOOP(
        "Errors", "This election file was written by a newer version of electadmin (schema {revision})."),
    ErrorCode.STORE_BUSY: QT_TRANSLATE_NOOP(
        "Errors", "The election file is busy in another window or program; try again in a moment."),
    ErrorCode.STORE_CORRUPT: QT_TRANSLATE_NOOP("Errors", "The election file is damaged: {detail}"),
    ErrorCode.FILE_UNREADABLE: QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read: {detail}"),
    ErrorCode.FILE_FORMAT: QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is not a spreadsheet this program reads (XLSX or CSV)."),
    ErrorCode.FILE_EMPTY: QT_TRANSLATE_NOOP("Errors", "The file {path} has no rows."),
    ErrorCode.FILE_MISSING_COLUMN: QT_TRANSLATE_NOOP(
        "Errors", "The file has no column for “{column}”."),
    ErrorCode.FILE_REJECTED: QT_TRANSLATE_NOOP(
        "Errors", "The file was rejected: {count} rows have errors. Nothing was imported."),
    ErrorCode.VALUE_REQUIRED: QT_TRANSLATE_NOOP("Errors", "{field} is required."),
    ErrorCode.VALUE_NOT_INTEGER: QT_TRANSLATE_NOOP("Errors", "{field} must be a whole number, not “{value}”."),
    ErrorCode.VALUE_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Errors", "{field} must be between {minimum} and {maximum}, not {value}."),
    ErrorCode.VALUE_NOT_DATE: QT_TRANSLATE_NOOP("Errors", "{field} is not a valid date: “{value}”."),
    ErrorCode.VALUE_NOT_CHOICE: QT_TRANSLATE_NOOP(
        "Errors", "{field} must be one of {choices}, not “{value}”."),
    ErrorCode.VALUE_BAD_CODE: QT_TRANSLATE_NOOP(
        "Errors", "{field} “{value}” is not a valid code (letters, digits and hyphens, up to 20)."),
    ErrorCode.VALUE_TOO_LONG: QT_TRANSLATE_NOOP("Errors", "{field} is longer than {maximum} characters."),
    ErrorCode.VALUE_NOT_ARABIC: QT_TRANSLATE_NOOP("Errors", "{field} must be written in Arabic letters."),
    ErrorCode.ELECTION_MISSING: QT_TRANSLATE_NOOP("Errors", "This file holds no election definition yet."),
    ErrorCode.ELECTION_EXISTS: QT_TRANSLATE_NOOP("Errors", "This file already holds an election."),
    ErrorCode.ELECTION_BAD_TIMEZONE: QT_TRANSLATE_NOOP("Errors", "“{value}” is not a known time zone."),
    ErrorCode.ELECTION_WINDOW_ORDER: QT_TRANSLATE_NOOP(
        "Errors", "The {window} must start on or before its last day ({start} – {end})."),
    ErrorCode.ELECTION_PHASE_ORDER: QT_TRANSLATE_NOOP(
        "Errors", "The election cannot move from the phase “{current}” to “{target}”."),
    ErrorCode.ELECTION_WRONG_PHASE: QT_TRANSLATE_NOOP(
        "Errors", "This cannot be done in the phase “{current}”; it needs the phase “{required}”."),
    ErrorCode.ELECTION_FROZEN: QT_TRANSLATE_NOOP(
        "Errors", "The election is in the phase “{current}”: {what} can no longer be changed."),
    ErrorCode.GEO_DUPLICATE_CODE: QT_TRANSLATE_NOOP("Errors", "The code {code} is already used by {kind}."),
    ErrorCode.GEO_UNKNOWN_GOVERNORATE: QT_TRANSLATE_NOOP("Errors", "There is no governorate “{value}”."),
    ErrorCode.GEO_UNKNOWN_WILAYAT: QT_TRANSLATE_NOOP("Errors", "There is no wilayat “{value}”."),
    ErrorCode.GEO_UNKNOWN_CENTRE: QT_TRANSLATE_NOOP("Errors", "There is no polling centre “{value}”."),
    ErrorCode.GEO_SEATS: QT_TRANSLATE_NOOP("Errors", "A wilayat has at least one seat, not {value}."),
    ErrorCode.GEO_STATIONS: QT_TRANSLATE_NOOP(
        "Errors", "A polling centre has between 1 and {maximum} stations, not {value}."),
    ErrorCode.GEO_DUPLICATE_ALIAS: QT_TRANSLATE_NOOP(
        "Errors", "The spelling “{alias}” already names the wilayat {wilayat}."),
    ErrorCode.GEO_IN_USE: QT_TRANSLATE_NOOP(
        "Errors", "{name} cannot be deleted: {count} records refer to it."),
    ErrorCode.GEO_NOT_EMPTY: QT_TRANSLATE_NOOP(
        "Errors", "The reference geography can only be loaded into an election without wilayats."),
    ErrorCode.GEO_ROWS_DISAGREE: QT_TRANSLATE_NOOP(
        "Errors", "This row describes {code} differently from row {first_row}."),
    ErrorCode.TASK_CANCELLED: QT_TRANSLATE_NOOP("Errors", "Cancelled; nothing was changed."),
    ErrorCode.AUDIT_BROKEN: QT_TRANSLATE_NOOP(
        "Errors", "The audit log is not intact: entry {sequence} {problem}."),
    # tabular files (interchange.tabular, interchange.columns)
    ErrorCode.FILE_NO_SHEET: QT_TRANSLATE_NOOP("Errors", "The file {path} has no sheet named “{sheet}”."),
    ErrorCode.FILE_BROKEN_ROW: QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is damaged at row {row}: {detail}"),
    ErrorCode.FILE_AMBIGUOUS_COLUMN: QT_TRANSLATE_NOOP(
        "Errors", "Several columns of the file could be “{column}”: {headers}. Choose one."),
    ErrorCode.FILE_UNWRITABLE: QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be written: {detail}"),
    ErrorCode.FILE_TOO_MANY_ROWS: QT_TRANSLATE_NOOP(
        "Errors", "The file {path} cannot hold more than {maximum} rows; export to CSV instead."),
    ErrorCode.VALUE_TOO_SMALL: QT_TRANSLATE_NOOP("Errors", "{field} must be at least {minimum}, not {value}."),
    ErrorCode.VALUE_TOO_LARGE: QT_TRANSLATE_NOOP("Errors", "{field} must be at most {maximum}, not {value}."),
    ErrorCode.VALUE_SHORT_YEAR: QT_TRANSLATE_NOOP(
        "Errors", "{field} “{value}” has a two-digit year; write the year with four digits."),
    ErrorCode.VALUE_BAD_PHONE: QT_TRANSLATE_NOOP("Errors", "{field} “{value}” is not a telephone number."),
    ErrorCode.VALUE_BAD_CIVIL_NUMBER: QT_TRANSLATE_NOOP(
        "Errors", "{field} “{value}” is not a civil number ({minimum} to {maximum} digits)."),
    ErrorCode.VALUE_DUPLICATE: QT_TRANSLATE_NOOP(
        "Errors", "{field} “{value}” appears twice: it is already on row {first_row}."),
    # draws by lot for tied seats (domain.draw, domain.seats)
    ErrorCode.DRAW_NOT_PERMUTATION: QT_TRANSLATE_NOOP(
        "Errors", "The drawn order must name each tied candidate ({candidates}) exactly once; missing: {missing}; not tied: {unexpected}; repeated: {repeated}."),
    ErrorCode.DRAW_NO_WITNESS: QT_TRANSLATE_NOOP("Errors", "A draw needs at least one witness."),
    ErrorCode.DRAW_NO_DRAWER: QT_TRANSLATE_NOOP("Errors", "Say who made the draw."),
    ErrorCode.DRAW_EMPTY_SEED: QT_TRANSLATE_NOOP("Errors", "The seed of the draw is empty."),
    ErrorCode.DRAW_SEED_MISMATCH: QT_TRANSLATE_NOOP(
        "Errors", "The recorded order {recorded} is not the one the seed “{seed}” gives ({expected})."),
    ErrorCode.DRAW_WRONG_GROUP: QT_TRANSLATE_NOOP(
        "Errors", "The draw was made between {drawn}, but the tie is now between {tied}: a new draw is needed."),
    # candidates (services.candidates)
    ErrorCode.CANDIDATE_UNKNOWN: QT_TRANSLATE_NOOP("Errors", "There is no application “{value}”."),
    ErrorCode.CANDIDATE_DUPLICATE: QT_TRANSLATE_NOOP(
        "Errors", "The civil number {civil_number} already has an application in this wilayat ({code})."),
    ErrorCode.CANDIDATE_WRONG_STATUS: QT_TRANSLATE_NOOP(
        "Errors", "The application {code} is “{status}”: it cannot be {action}."),
    ErrorCode.CANDIDATE_CHECKS_FAILED: QT_TRANSLATE_NOOP(
        "Errors", "The application {code} fails these checks: {checks}. Reject it, or accept it on appeal."),
    ErrorCode.CANDIDATE_NO_REASON: QT_TRANSLATE_NOOP("Errors", "Choose at least one reason for the rejection."),
    ErrorCode.CANDIDATE_NOTE_REQUIRED: QT_TRANSLATE_NOOP(
        "Errors", "Write the reason in the note when “other reason” is chosen."),
    ErrorCode.CANDIDATE_OUTSIDE_WINDOW: QT_TRANSLATE_NOOP(
        "Errors", "{day} is outside the {window} ({start} – {end})."),
    ErrorCode.CANDIDATE_NO_WINDOW: QT_TRANSLATE_NOOP(
        "Errors", "The election has no {window} yet: set it in the election's rules first."),
    ErrorCode.CANDIDATE_NO_POLLING_DATE: QT_TRANSLATE_NOOP(
        "Errors", "The election has no polling date yet: candidates' ages are counted on polling day, so set it first."),
    ErrorCode.CANDIDATE_APPEAL_EXISTS: QT_TRANSLATE_NOOP(
        "Errors", "The rejection of {code} has already been appealed ({state})."),
    ErrorCode.CANDIDATE_NO_APPEAL: QT_TRANSLATE_NOOP("Errors", "There is no pending appeal for {code}."),
    ErrorCode.CANDIDATE_UNDECIDED: QT_TRANSLATE_NOOP(
        "Errors", "The wilayat {wilayat} still has undecided applications ({count}): decide them before fixing the ballot order."),
    ErrorCode.CANDIDATE_NONE_ACCEPTED: QT_TRANSLATE_NOOP("Errors", "The wilayat {wilayat} has no accepted candidate."),
    ErrorCode.CANDIDATE_PHOTO: QT_TRANSLATE_NOOP(
        "Errors", "The photo is not a JPEG or PNG image of at most {maximum} KB."),
    # trust
    ErrorCode.AUTH_REQUIRED: QT_TRANSLATE_NOOP(
        "Errors", "Sign in first: this action changes the election (on the command line, give --user NAME)."),
    ErrorCode.AUTH_FORBIDDEN: QT_TRANSLATE_NOOP(
        "Errors", "{user} ({role}) may not do this (it needs the permission “{permission}”)."),
    ErrorCode.AUTH_OTHER_CENTRE: QT_TRANSLATE_NOOP(
        "Errors", "{user} works at polling centre {own}, not at {centre}."),
    ErrorCode.AUTH_BAD_CREDENTIALS: QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."),
    ErrorCode.AUTH_LOCKED: QT_TRANSLATE_NOOP(
        "Errors", "The account {user} is locked after too many failed sign-ins until {until} (UTC)."),
    ErrorCode.AUTH_DISABLED: QT_TRANSLATE_NOOP("Errors", "The account {user} is disabled."),
    ErrorCode.AUTH_HAS_USERS: QT_TRANSLATE_NOOP(
        "Errors", "This election already has an administrator: sign in as a user who may add accounts."),
    ErrorCode.USER_EXISTS: QT_TRANSLATE_NOOP("Errors", "A user named {user} already exists."),
    ErrorCode.USER_UNKNOWN: QT_TRANSLATE_NOOP("Errors", "There is no user named {user}."),
    ErrorCode.USER_BAD_NAME: QT_TRANSLATE_NOOP(
        "Errors", "“{user}” is not a valid user name (2 to 40 letters, digits, dots, hyphens or underscores)."),
    ErrorCode.USER_LAST_ADMINISTRATOR: QT_TRANSLATE_NOOP(
        "Errors", "{user} is the last active system administrator: appoint another one first."),
    ErrorCode.PASSWORD_TOO_SHORT: QT_TRANSLATE_NOOP(
        "Errors", "The password must have at least {minimum} characters."),
    ErrorCode.PASSWORD_COMMON: QT_TRANSLATE_NOOP(
        "Errors", "This password is one of the most common passwords: choose another."),
    ErrorCode.PASSWORD_LIKE_NAME: QT_TRANSLATE_NOOP("Errors", "The password must not contain the user name."),
    ErrorCode.COMMITTEE_UNKNOWN: QT_TRANSLATE_NOOP("Errors", "There is no committee {committee}."),
    ErrorCode.COMMITTEE_EXISTS: QT_TRANSLATE_NOOP("Errors", "The committee {committee} already exists."),
    ErrorCode.COMMITTEE_BAD_QUORUM: QT_TRANSLATE_NOOP(
        "Errors", "The committee {committee} needs {k} signatures but has {n} active members."),
    ErrorCode.MEMBER_UNKNOWN: QT_TRANSLATE_NOOP("Errors", "{member} is not a member of the committee {committee}."),
    ErrorCode.MEMBER_BAD_PASSWORD: QT_TRANSLATE_NOOP("Errors", "Wrong signing password for {member}."),
    ErrorCode.MEMBER_REVOKED: QT_TRANSLATE_NOOP("Errors", "The signing key of {member} was revoked."),
    ErrorCode.CERTIFICATE_INVALID: QT_TRANSLATE_NOOP("Errors", "The signatures do not certify this record: {detail}"),
    ErrorCode.PACKAGE_UNREADABLE: QT_TRANSLATE_NOOP("Errors", "{path} is not a readable electadmin package: {detail}"),
    ErrorCode.PACKAGE_FILE_CHANGED: QT_TRANSLATE_NOOP(
        "Errors", "The file {file} of the package was changed after it was signed."),
    ErrorCode.PACKAGE_FILE_MISSING: QT_TRANSLATE_NOOP("Errors", "The file {file} of the package is missing."),
    ErrorCode.PACKAGE_FILE_EXTRA: QT_TRANSLATE_NOOP(
        "Errors", "The package holds a file its manifest does not list: {file}."),
    ErrorCode.PACKAGE_BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "Errors", "The signature of {member} (key {fingerprint}) does not match the package's manifest."),
    ErrorCode.PACKAGE_UNKNOWN_KEY: QT_TRANSLATE_NOOP(
        "Errors", "The package is signed with a key this election does not know ({fingerprint})."),
    ErrorCode.PACKAGE_REVOKED_KEY: QT_TRANSLATE_NOOP(
        "Errors", "The package is signed with the revoked key of {member} ({fingerprint})."),
    ErrorCode.PACKAGE_TOO_FEW_SIGNATURES: QT_TRANSLATE_NOOP(
        "Errors", "The package carries {valid} valid signatures of the committee {committee}; {k} are needed."),
    ErrorCode.PACKAGE_OTHER_ELECTION: QT_TRANSLATE_NOOP(
        "Errors", "The package belongs to another election ({theirs}), not to this one ({ours})."),
    ErrorCode.PACKAGE_REPLAYED: QT_TRANSLATE_NOOP(
        "Errors", "The package's sequence number {sequence} is not newer than the last one accepted from {sender} ({last})."),
    ErrorCode.PACKAGE_TEST_INTO_REAL: QT_TRANSLATE_NOOP(
        "Errors", "This is a test or demo package: it cannot be imported into a real election."),
    ErrorCode.PACKAGE_WRONG_KIND: QT_TRANSLATE_NOOP(
        "Errors", "This is a {kind} package, not a {expected} package."),
    ErrorCode.PACKAGE_FINGERPRINT_MISMATCH: QT_TRANSLATE_NOOP(
        "Errors", "The package is signed by key {fingerprint}, not by the key {expected} that was confirmed."),
    ErrorCode.PACKAGE_NOT_EMPTY: QT_TRANSLATE_NOOP(
        "Errors", "An election package can only be imported into an election file that has no election yet."),
    ErrorCode.BACKUP_UNKNOWN: QT_TRANSLATE_NOOP("Errors", "There is no backup {name}."),
    ErrorCode.BACKUP_DAMAGED: QT_TRANSLATE_NOOP("Errors", "The backup {name} is damaged: {detail}"),
    ErrorCode.BACKUP_NOT_SQLITE: QT_TRANSLATE_NOOP(
        "Errors", "Backups are made of election files; a server database is backed up by its administrator."),
    # count and results (services.count_record, tally, certification, results_file)
    ErrorCode.RESULT_UNKNOWN_STATION: QT_TRANSLATE_NOOP("Errors", "There is no polling station “{value}”."),
    ErrorCode.RESULT_NO_BALLOT: QT_TRANSLATE_NOOP(
        "Errors", "The ballot of {wilayat} is not fixed yet: fix the ballot order of its candidates first."),
    ErrorCode.RESULT_UNKNOWN_CANDIDATE: QT_TRANSLATE_NOOP(
        "Errors", "There is no candidate “{value}” on the ballot of {wilayat}."),
    ErrorCode.RESULT_MISSING_VOTES: QT_TRANSLATE_NOOP(
        "Errors", "The votes of candidate {candidate} are missing from the count record of station {station}."),
    ErrorCode.RESULT_EXPLANATION_REQUIRED: QT_TRANSLATE_NOOP(
        "Errors", "The count record does not reconcile ({checks}): write an explanation to save it."),
    ErrorCode.RESULT_CERTIFIED: QT_TRANSLATE_NOOP(
        "Errors", "The result of {wilayat} is certified and cannot change; the system administrator must reopen it first."),
    ErrorCode.RESULT_NO_FIRST_ENTRY: QT_TRANSLATE_NOOP(
        "Errors", "Station {station} has no first entry yet: the second entry is compared with it."),
    ErrorCode.RESULT_REASON_REQUIRED: QT_TRANSLATE_NOOP(
        "Errors", "Write the reason: {action}."),
    ErrorCode.RESULT_SAME_CLERK: QT_TRANSLATE_NOOP(
        "Errors", "The second entry must be typed by another clerk than the first ({clerk})."),
    ErrorCode.RESULT_NOT_COMPLETE: QT_TRANSLATE_NOOP(
        "Errors", "The result of {wilayat} cannot be certified: {missing} of its stations have no matched count record."),
    ErrorCode.RESULT_NEEDS_DRAW: QT_TRANSLATE_NOOP(
        "Errors", "The result of {wilayat} needs a draw between {candidates} for the last seat."),
    ErrorCode.RESULT_NO_TIE: QT_TRANSLATE_NOOP("Errors", "The result of {wilayat} has no tie to draw for."),
    ErrorCode.RESULT_NOT_CERTIFIED: QT_TRANSLATE_NOOP(
        "Errors", "The result of {wilayat} is not certified: there is nothing to reopen."),
    ErrorCode.RESULT_BAD_TIME: QT_TRANSLATE_NOOP(
        "Errors", "{field} must be a time of day such as 07:30, not “{value}”."),
    ErrorCode.RESULT_NO_RECORD: QT_TRANSLATE_NOOP(
        "Errors", "Station {station} has no count record yet."),
    ErrorCode.RESULT_WRONG_PHASE: QT_TRANSLATE_NOOP(
        "Errors", "Count records are entered once polling has opened; the election is in the phase “{current}”."),
    # the electoral roll (services.roll, services.roll_file)
    ErrorCode.ROLL_CENTRE_NOT_IN_WILAYAT: QT_TRANSLATE_NOOP(
        "Errors", "The polling centre {centre} is not in the wilayat {wilayat}."),
    ErrorCode.ROLL_CENTRE_GENDER: QT_TRANSLATE_NOOP(
        "Errors", "The polling centre {centre} does not receive voters of this gender ({gender})."),
    ErrorCode.ROLL_REGISTERED_ELSEWHERE: QT_TRANSLATE_NOOP(
        "Errors", "The civil number {civil_number} is registered in the wilayat {wilayat}: moving a voter is a transfer of registration, not an import."),
    # roll life cycle: statuses, objections, transfers, duplicates (services.roll_status)
    ErrorCode.ROLL_UNKNOWN_VOTER: QT_TRANSLATE_NOOP("Errors", "No voter on the roll has the civil number {value}."),
    ErrorCode.ROLL_NO_WINDOW: QT_TRANSLATE_NOOP(
        "Errors", "The election has no {window} yet: set it in the election's rules first."),
    ErrorCode.ROLL_OUTSIDE_WINDOW: QT_TRANSLATE_NOOP(
        "Errors", "Refused: {day} is outside the {window}, which runs from {start} to {end}."),
    ErrorCode.ROLL_WRONG_STATUS: QT_TRANSLATE_NOOP(
        "Errors", "The voter's entry is “{status}”: it cannot be {action}."),
    ErrorCode.ROLL_SAME_CENTRE: QT_TRANSLATE_NOOP(
        "Errors", "The voter is already registered at the polling centre {centre}."),
    ErrorCode.ROLL_ALREADY_ON_ROLL: QT_TRANSLATE_NOOP(
        "Errors", "The civil number {civil_number} is already on the roll: object against that entry instead."),
    ErrorCode.ROLL_OBJECTION_UNKNOWN: QT_TRANSLATE_NOOP("Errors", "There is no objection number {value}."),
    ErrorCode.ROLL_OBJECTION_DECIDED: QT_TRANSLATE_NOOP(
        "Errors", "The objection number {value} has already been decided ({state})."),
    ErrorCode.ROLL_DECIDED_TOO_EARLY: QT_TRANSLATE_NOOP(
        "Errors", "The decision date {day} is before the objection was lodged ({lodged})."),
    ErrorCode.ROLL_LEAD_UNKNOWN: QT_TRANSLATE_NOOP("Errors", "There is no probable duplicate number {value}."),
    ErrorCode.ROLL_LEAD_DECIDED: QT_TRANSLATE_NOOP(
        "Errors", "The probable duplicate number {value} has already been decided ({state})."),
    ErrorCode.ROLL_KEEP_NOT_IN_LEAD: QT_TRANSLATE_NOOP(
        "Errors", "The entry to keep ({civil_number}) is not one of the two entries under review."),
    # polling day (domain.polling, services.polling)
    ErrorCode.POLLING_NOT_ON_ROLL: QT_TRANSLATE_NOOP(
        "Errors", "The civil number {civil_number} is not on the electoral roll."),
    ErrorCode.POLLING_REMOVED: QT_TRANSLATE_NOOP(
        "Errors", "The voter {civil_number} has been removed from the electoral roll."),
    ErrorCode.POLLING_NOT_ELIGIBLE: QT_TRANSLATE_NOOP(
        "Errors", "Not eligible: {age} years old on polling day; voters must be at least {minimum}."),
    ErrorCode.POLLING_OTHER_CENTRE: QT_TRANSLATE_NOOP(
        "Errors", "Registered at another polling centre: {centre} ({code})."),
    ErrorCode.POLLING_ALREADY_VOTED: QT_TRANSLATE_NOOP(
        "Errors", "Already voted: at station {station} ({centre}) at {when}."),
    ErrorCode.POLLING_NOT_CHECKED_IN: QT_TRANSLATE_NOOP(
        "Errors", "The voter {civil_number} has no check-in to undo."),
    ErrorCode.POLLING_REASON_REQUIRED: QT_TRANSLATE_NOOP("Errors", "Write the reason for undoing the check-in."),
    ErrorCode.POLLING_UNKNOWN_STATION: QT_TRANSLATE_NOOP("Errors", "There is no polling station “{value}”."),
    ErrorCode.POLLING_NO_STATION: QT_TRANSLATE_NOOP(
        "Errors", "This computer is not assigned to a polling station yet: choose the station first."),
    ErrorCode.POLLING_STATION_CLOSED: QT_TRANSLATE_NOOP(
        "Errors", "The polls of station {station} were closed at {when}: no more check-ins there."),
    ErrorCode.POLLING_NO_POLLING_DATE: QT_TRANSLATE_NOOP(
        "Errors", "The election has no polling date: voters' ages cannot be checked."),
    ErrorCode.POLLING_PACKAGE_DAMAGED: QT_TRANSLATE_NOOP(
        "Errors", "The check-in package {path} is damaged or not a check-in package: {detail}. Nothing was merged."),
    ErrorCode.POLLING_PACKAGE_OTHER_ELECTION: QT_TRANSLATE_NOOP(
        "Errors", "The check-in package {path} belongs to another election. Nothing was merged."),
    ErrorCode.POLLING_EVENT_CONFLICT: QT_TRANSLATE_NOOP(
        "Errors", "The check-in package {path} holds an event {machine}/{sequence} that differs from the one already recorded under that number (a copied election file or a forged package). Nothing was merged."),
    # result packages: their content (services.result_package)
    ErrorCode.RESULT_PACKAGE_NOTHING: QT_TRANSLATE_NOOP(
        "Errors", "The committee {committee} has no counted station record to send yet."),
    ErrorCode.RESULT_PACKAGE_OUT_OF_SCOPE: QT_TRANSLATE_NOOP(
        "Errors", "The result package of the committee {committee} holds the record of station {station}, "
                  "which is not in its area. Nothing was imported."),
    ErrorCode.RESULT_PACKAGE_BAD_RECORD: QT_TRANSLATE_NOOP(
        "Errors", "The record {file} of the result package is not valid: {detail}. Nothing was imported."),
    ErrorCode.RESULT_PACKAGE_INCONSISTENT: QT_TRANSLATE_NOOP(
        "Errors", "The certified result of {wilayat} in the package does not add up to its station records "
                  "({detail}). Nothing was imported."),
    # committees set up in the window; certification needs the wilayat's committee
    ErrorCode.COMMITTEE_MAIN_CODE: QT_TRANSLATE_NOOP(
        "Errors", "The main committee's code is {main}, not {code}."),
    ErrorCode.COMMITTEE_AREA_REQUIRED: QT_TRANSLATE_NOOP(
        "Errors", "The committee {committee} needs its area: “{value}” is not a wilayat or polling centre of "
                  "this election."),
    ErrorCode.COMMITTEE_AREA_TAKEN: QT_TRANSLATE_NOOP(
        "Errors", "This area already has its committee, {committee}: enrol the members there."),
    ErrorCode.COMMITTEE_REASON_REQUIRED: QT_TRANSLATE_NOOP(
        "Errors", "Write why the signing key of {member} is revoked."),
    ErrorCode.RESULT_NO_COMMITTEE: QT_TRANSLATE_NOOP(
        "Errors", "The result of {wilayat} cannot be certified: the wilayat has no committee to sign it. "
                  "Set up the committee {committee} (Committees: a wilayat committee for {code}), enrol its "
                  "members and set how many must sign, then certify with their signing passwords."),
    ErrorCode.DEMO_ONLY: QT_TRANSLATE_NOOP("Errors", "This is done only while building a demo election."),
    # stations' signed check-in packages (services.polling)
    ErrorCode.POLLING_NO_CENTRE_COMMITTEE: QT_TRANSLATE_NOOP(
        "Errors", "No committee of the polling centre {centre} is in this election file, so the check-in package "
                  "cannot be signed: import the election package addressed to the centre's committee."),
    ErrorCode.POLLING_PACKAGE_WRONG_SENDER: QT_TRANSLATE_NOOP(
        "Errors", "The check-in package {path} is signed by {committee}, which is not the committee of a polling "
                  "centre. Nothing was merged."),
    ErrorCode.POLLING_PACKAGE_OUT_OF_SCOPE: QT_TRANSLATE_NOOP(
        "Errors", "The check-in package {path} of the committee {committee} holds events of station {station}, "
                  "which is not a station of its centre. Nothing was merged."),
    ErrorCode.POLLING_PACKAGE_OTHER_WILAYAT: QT_TRANSLATE_NOOP(
        "Errors", "The check-in package {path} comes from a station of the wilayat {wilayat}; this file merges "
                  "the stations of {ours} only. Nothing was merged."),
    ErrorCode.AUDIT_REWRITTEN: QT_TRANSLATE_NOOP(
        "Errors", "The audit log was rewritten: entry {sequence} {problem} {checkpoint}. No entry after "
                  "entry {agreed} can be trusted. Keep this file as evidence and compare it with its backups."),
    ErrorCode.AUDIT_BAD_HEAD: QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not an audit head: write the entry number, a colon and the 64 hexadecimal "
                  "digits of its hash, as the receiving committee recorded it."),
}

class ElectadminError(Exception):
    """A failure the user can act on, identified by a stable code and named parameters."""

    def __init__(self, code: ErrorCode, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(describe(self))

    def __reduce__(self):  # keep errors picklable across processes (params are keyword-only)
        return (_rebuild, (self.code, self.params))


def _rebuild(code: ErrorCode, params: dict[str, Any]) -> ElectadminError:
    return ElectadminError(code, **params)


def template(code: ErrorCode) -> Term:
    """The English source template of *code* (the lupdate source string)."""
    return _TEMPLATES[code]


def describe(error: ElectadminError, translate: Translate = untranslated,
             number: Callable[[int], str] = str) -> str:
    """The sentence for *error* in the language *translate* gives (English by default).

    Parameters that are :class:`Term` (field names, phase names) are translated too, and counts
    are written with *number* (so the UI can show the digits the user chose); every other
    parameter (a code, a path, a user's value) is shown as it is.
    """
    template_ = _TEMPLATES[error.code]
    text = template_.translated(translate)
    params = {k: (v.translated(translate) if isinstance(v, Term)
                  else number(v) if isinstance(v, int) and not isinstance(v, bool) else v)
              for k, v in error.params.items()}
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation that names a parameter the raiser did not give must not hide the error.
        return f"{text} {error.params!r}"


class FileRejected(ElectadminError):
    """A whole file refused because of its *problems* (each with its row, column, value and reason).

    Nothing of a rejected file is imported; the problems are all of them, not the first.
    """

    def __init__(self, problems, bad_rows: int) -> None:
        super().__init__(ErrorCode.FILE_REJECTED, count=bad_rows)
        self.problems = list(problems)


class RowError(Exception):
    """One bad cell of an imported file: kept by the importer, reported with every other."""

    def __init__(self, column: str, value: Any, error: ElectadminError) -> None:
        self.column = column
        self.value = value
        self.error = error
        super().__init__(f"{column}: {error}")
