"""The one table of the application's areas: the navigation, the pages, and what is not built yet.

An area whose ``page`` is ``None`` does not exist yet; the window shows a plain page saying so (and
which part of the work brings it) rather than pretending.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from electadmin.domain.text import QT_TRANSLATE_NOOP, Term
from electadmin.ui.context import UiContext

PageFactory = Callable[[UiContext], QWidget]


@dataclass(frozen=True, slots=True)
class Area:
    key: str
    title: Term
    description: Term
    page: PageFactory | None = None


def _election(ctx: UiContext) -> QWidget:
    from electadmin.ui.election.page import ElectionPage

    return ElectionPage(ctx)


def _geography(ctx: UiContext) -> QWidget:
    from electadmin.ui.geography.page import GeographyPage

    return GeographyPage(ctx)


def _candidates(ctx: UiContext) -> QWidget:
    from electadmin.ui.candidates.page import CandidatesPage

    return CandidatesPage(ctx)


def _audit(ctx: UiContext) -> QWidget:
    from electadmin.ui.users.page import TrustPage  # the audit log with the users, packages and backups

    return TrustPage(ctx)


# count and results
def _results(ctx: UiContext) -> QWidget:
    from electadmin.ui.results.page import ResultsPage

    return ResultsPage(ctx)


# the electoral roll (issue 4)
def _roll(ctx: UiContext) -> QWidget:
    from electadmin.ui.roll.page import RollPage

    return RollPage(ctx)


# polling day
def _polling(ctx: UiContext) -> QWidget:
    from electadmin.ui.polling.page import PollingPage

    return PollingPage(ctx)


# committees and their members' signing keys
def _committees(ctx: UiContext) -> QWidget:
    from electadmin.ui.committees.page import CommitteesPage

    return CommitteesPage(ctx)


def _settings(ctx: UiContext) -> QWidget:
    from electadmin.ui.settings.page import SettingsPage

    return SettingsPage(ctx)


# checking a printed record (issue 6)
def _record_check(ctx: UiContext) -> QWidget:
    from electadmin.ui.record_check.page import RecordCheckPage

    return RecordCheckPage(ctx)


# every official document and export in one place
def _reports(ctx: UiContext) -> QWidget:
    from electadmin.ui.reports.page import ReportsPage

    return ReportsPage(ctx)


AREAS: tuple[Area, ...] = (
    Area("election", QT_TRANSLATE_NOOP("Areas", "Election"),
         QT_TRANSLATE_NOOP("Areas", "The election's names, polling date, rules and phase."), _election),
    Area("geography", QT_TRANSLATE_NOOP("Areas", "Geography"),
         QT_TRANSLATE_NOOP("Areas", "Governorates, wilayats and their seats, polling centres and stations."),
         _geography),
    Area("roll", QT_TRANSLATE_NOOP("Areas", "Electoral roll"),
         QT_TRANSLATE_NOOP("Areas", "Importing and searching the voter lists, transfers, objections, duplicates "
                                    "and printed lists."), _roll),
    Area("candidates", QT_TRANSLATE_NOOP("Areas", "Candidates"),
         QT_TRANSLATE_NOOP("Areas", "Applications, eligibility checks, decisions and appeals, ballot order "
                                    "and the official candidate lists."), _candidates),
    Area("polling", QT_TRANSLATE_NOOP("Areas", "Polling"),
         QT_TRANSLATE_NOOP("Areas", "Checking voters in at the station, live turnout and closing the polls."),
         _polling),
    Area("results", QT_TRANSLATE_NOOP("Areas", "Count and results"),
         QT_TRANSLATE_NOOP("Areas", "Station count records, reconciliation, consolidation, winners and "
                                    "certification."), _results),
    Area("reports", QT_TRANSLATE_NOOP("Areas", "Reports"),
         QT_TRANSLATE_NOOP("Areas", "Official printed documents and exports."), _reports),
    Area("audit", QT_TRANSLATE_NOOP("Areas", "Users and audit"),
         QT_TRANSLATE_NOOP("Areas", "The audit log of every change, its integrity check, the users, "
                                    "packages and backups."),
         _audit),
    Area("committees", QT_TRANSLATE_NOOP("Areas", "Committees"),
         QT_TRANSLATE_NOOP("Areas", "The main, wilayat and centre committees, how many members must sign, and "
                                    "each member's signing key."), _committees),
    Area("settings", QT_TRANSLATE_NOOP("Areas", "Settings"),
         QT_TRANSLATE_NOOP("Areas", "Language and digits of this computer's interface."), _settings),
)
AREAS += (Area("record_check", QT_TRANSLATE_NOOP("Areas", "Check a printed record"),
               QT_TRANSLATE_NOOP("Areas", "Whether a printed count record or consolidated record matches this "
                                          "file, and who signed it."), _record_check),)


def area(key: str) -> Area:
    return next(a for a in AREAS if a.key == key)
