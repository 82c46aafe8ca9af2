"""What every screen shares: the open store, the task runner, the preferences, and change signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from electadmin.services.election import ElectionInfo, get_election, has_election
from electadmin.services.store import Store
from electadmin.ui.preferences import Preferences
from electadmin.ui.tasks import TaskRunner


class UiContext(QObject):
    """Screens get this instead of globals; they never hold a session, only the :class:`Store`."""

    store_changed = Signal()
    """Another election was opened (or the open one closed)."""
    election_changed = Signal()
    """The open election's definition or phase changed."""
    data_changed = Signal(str)
    """An area's data changed (its key, e.g. ``"geography"``): screens showing it refresh."""
    language_requested = Signal(str)
    """A screen asks for another interface language (a :class:`~electadmin.i18n.Language` value)."""
    digits_requested = Signal(str)
    """A screen asks for other display digits (a :class:`~electadmin.ui.formatting.Digits` value)."""

    def __init__(self, preferences: Preferences, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.tasks = tasks
        self.store: Store | None = None
        self.election: ElectionInfo | None = None

    def set_store(self, store: Store | None) -> None:
        if self.store is not None and self.store is not store:
            self.store.close()
        self.store = store
        # a station's new file holds no election until its election package is imported
        self.election = get_election(store) if store is not None and has_election(store) else None
        self.store_changed.emit()

    def reload_election(self) -> None:
        if self.store is not None:
            self.election = get_election(self.store)
            self.election_changed.emit()
