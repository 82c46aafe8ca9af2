"""The one background-task runner of the interface (ARCHITECTURE rule 4).

A screen hands the runner a zero-argument *work factory* that returns a service's generator
(:mod:`electadmin.domain.progress`). The runner calls the factory and drives the generator entirely on a
worker thread, so a SQLAlchemy session opened by the service is born, used and closed on one thread.
Progress, the result and any exception come back to the UI thread through queued signals.

Why executors and not a QThread per task:

* Writes are serialised by construction: every ``writes=True`` task goes to one single-thread
  executor, whose queue *is* the write queue (FIFO, never two writers, nothing to refuse). Read-only
  tasks go to a small pool of their own, so a search is not stuck behind a long import (SQLite in
  WAL mode lets readers run beside the one writer).
* Waiting is free: :func:`concurrent.futures.wait` gives :meth:`TaskRunner.shutdown` a timeout without
  polling.
* Exiting is safe: executor threads are plain Python threads that the interpreter joins at exit, so
  a task that outlives a timed-out shutdown delays the exit until its next ``yield`` (where it rolls
  back) instead of being killed mid-transaction, and there is no QThread object that Qt could destroy
  while it still runs ("QThread: Destroyed while thread is still running" is fatal in Qt 6).

Progress is coalesced: the worker keeps only the latest report and posts a signal only when the
UI has taken the previous one, so a service that yields a million times cannot flood the event
queue; the UI still sees every report it has time for, in order, and always the last one.

Cancelling (the dialog's Cancel button, Escape, its close box, or :meth:`TaskHandle.cancel`) sets
a flag; the worker sees it before asking for the next report, calls ``generator.close()`` (the
service's transaction rolls back at its ``yield``) and the task ends *cancelled*. Work cannot be
interrupted between two yields: a service yields wherever stopping is safe and often enough.

Outcomes: exactly one of ``on_done(result)`` or ``on_error(exception)`` is called on the UI
thread. A cancelled task gives ``on_error`` an ``ElectadminError(ErrorCode.TASK_CANCELLED)``, so the
usual error path (``show_error``) says "Cancelled; nothing was changed."; a screen that wants
silence checks the code. Without ``on_error`` the runner shows the error itself (and stays silent
on the cancel of a read-only task, where there was nothing to change).
"""

from __future__ import annotations

import concurrent.futures
import functools
import logging
import threading
import traceback
from collections.abc import Callable, Generator
from enum import Enum
from typing import Any

import shiboken6
from PySide6.QtCore import SIGNAL, SLOT, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QPushButton, QWidget

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.progress import Progress
from electadmin.domain.text import Term
from electadmin.ui.messages import show_error

__all__ = ["SHOW_DELAY_MS", "TaskHandle", "TaskRunner", "TaskState", "WorkFactory"]

log = logging.getLogger(__name__)

WorkFactory = Callable[[], Generator[Progress, None, Any]]
OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]

SHOW_DELAY_MS = 300
"""A task that ends sooner never shows its progress dialog (no flash for instant work)."""

_BAR_STEPS = 1000  # the bar counts in thousandths: totals beyond a C int cannot overflow it
_READ_WORKERS = 2
_STRAGGLERS: list[TaskRunner] = []  # runners kept alive for tasks that outlived shutdown()


class TaskState(Enum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


_ENDED = frozenset({TaskState.DONE, TaskState.FAILED, TaskState.CANCELLED})


class TaskHandle:
    """One submitted piece of work, as the screen that ran it (or a test) sees it.

    Public attributes are read and changed on the UI thread only; the worker thread touches the
    private hand-over fields, under ``_lock`` where both sides meet.
    """

    def __init__(self, factory: WorkFactory, *, title: str, writes: bool, on_done: OnDone,
                 on_error: OnError | None, parent_widget: QWidget | None) -> None:
        self.title = title
        self.writes = writes
        self.state = TaskState.QUEUED
        self.dialog: QProgressDialog | None = None
        self._factory: WorkFactory | None = factory
        self._on_done = on_done
        self._on_error = on_error
        self._parent = parent_widget
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._latest: Progress | None = None
        self._progress_posted = False
        self._future: concurrent.futures.Future[None] | None = None
        self._outcome: TaskState | None = None  # set by the worker before it posts the end
        self._value: Any = None  # the result or the exception

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @property
    def ended(self) -> bool:
        return self.state in _ENDED

    def cancel(self) -> None:
        """Ask the work to stop at its next ``yield`` (a queued task never starts)."""
        if self.ended:
            return
        self._cancel.set()
        if isinstance(self.dialog, _TaskDialog) and shiboken6.isValid(self.dialog):
            self.dialog.show_cancelling()

    def __repr__(self) -> str:
        return f"<TaskHandle {self.title!r} {self.state.value}>"


class TaskRunner(QObject):
    """Runs services' generators off the UI thread, one writer at a time, with a progress dialog.

    Owned by the main window, which calls :meth:`shutdown` when it closes.
    """

    started = Signal(object)  # TaskHandle, once its work begins on a worker thread
    progressed = Signal(object)  # Progress
    finished = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception (ElectadminError or unexpected)
    cancelled = Signal()

    _began = Signal(object)
    _advanced = Signal(object)
    _ended = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="electadmin-write")
        self._readers = concurrent.futures.ThreadPoolExecutor(
            _READ_WORKERS, thread_name_prefix="electadmin-read")
        self._live: list[TaskHandle] = []
        self._closed = False
        # Explicitly queued: the worker emits, the UI thread runs the slot, in the order emitted.
        queued = Qt.ConnectionType.QueuedConnection
        self._began.connect(self._on_began, queued)
        self._advanced.connect(self._on_advanced, queued)
        self._ended.connect(self._on_ended, queued)

    def run(self, work_factory: WorkFactory, *, title: str, on_done: OnDone,
            on_error: OnError | None = None, writes: bool = True,
            parent_widget: QWidget | None) -> TaskHandle:
        """Start (or queue, behind the running write) the work *work_factory* returns.

        *title* names the work in the progress dialog (already translated, or a :class:`Term`).
        *on_done* receives the generator's return value; *on_error* the exception, including
        ``ElectadminError(TASK_CANCELLED)`` after a cancel; both run on the UI thread, and neither
        runs if *parent_widget* has been deleted meanwhile.
        """
        if self._closed:
            raise RuntimeError("the task runner has been shut down")
        handle = TaskHandle(work_factory, title=_shown(title), writes=writes, on_done=on_done,
                            on_error=on_error, parent_widget=parent_widget)
        self._live.append(handle)
        executor = self._writer if writes else self._readers
        handle._future = executor.submit(_execute, self, handle)
        return handle

    @property
    def busy(self) -> bool:
        """Whether any task is queued or running."""
        return bool(self._live)

    def tasks(self) -> list[TaskHandle]:
        """The tasks queued or running, oldest first."""
        return list(self._live)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancel every task and wait up to *timeout_ms* for them to stop; True if all did.

        Meant for closing the application: the runner accepts no new work afterwards, and the
        screens' callbacks are not called (their windows are going away) while the runner's own
        signals still report each outcome. A task still running at the timeout is left to finish
        at its next ``yield``; the interpreter waits for it at exit.
        """
        if not self._closed:
            self._closed = True
            for handle in self._live:
                handle._cancel.set()
            self._writer.shutdown(wait=False, cancel_futures=True)
            self._readers.shutdown(wait=False, cancel_futures=True)
        # A future cancelled in the queue never reaches the state wait() counts as done: skip it.
        futures = [handle._future for handle in self._live
                   if handle._future is not None and not handle._future.cancelled()]
        _, not_done = concurrent.futures.wait(futures, timeout=max(0, timeout_ms) / 1000)
        for handle in list(self._live):
            future = handle._future
            if future is None or not future.done():
                continue
            if future.cancelled():  # still in the queue: it never started
                handle._outcome = TaskState.CANCELLED
            self._conclude(handle, notify=False)
        if not_done:
            log.warning("%d task(s) still running %d ms after shutdown was asked",
                        len(not_done), timeout_ms)
            # The window that owns this runner is about to be deleted; a late worker must still
            # find it alive when it reports its end.
            self.setParent(None)
            _STRAGGLERS.append(self)
            return False
        return True

    # --- the UI-thread side of the hand-over --------------------------------------------------

    def _on_began(self, handle: TaskHandle) -> None:
        if handle.ended:
            return
        handle.state = TaskState.RUNNING
        parent = handle._parent if handle._parent is not None and shiboken6.isValid(handle._parent) else None
        handle.dialog = _TaskDialog(handle, parent)
        if handle.cancel_requested:
            handle.dialog.show_cancelling()
        self.started.emit(handle)

    def _on_advanced(self, handle: TaskHandle) -> None:
        with handle._lock:
            progress, handle._latest = handle._latest, None
            handle._progress_posted = False
        if progress is None or handle.ended:
            return
        dialog = handle.dialog
        if isinstance(dialog, _TaskDialog) and shiboken6.isValid(dialog):
            dialog.show_progress(progress)
        self.progressed.emit(progress)

    def _on_ended(self, handle: TaskHandle) -> None:
        self._conclude(handle, notify=not self._closed)  # a straggler of shutdown() ends quietly

    def _conclude(self, handle: TaskHandle, *, notify: bool) -> None:
        """Close the task's books once: dialog, state, signal, then (unless shutting down) callback."""
        if handle.ended:
            return
        self._live.remove(handle)
        dialog, handle.dialog = handle.dialog, None
        if isinstance(dialog, _TaskDialog) and shiboken6.isValid(dialog):
            dialog.finish()
        outcome, value = handle._outcome or TaskState.FAILED, handle._value
        handle._value = None
        handle.state = outcome
        if outcome is TaskState.DONE:
            self.finished.emit(value)
        elif outcome is TaskState.FAILED:
            self.failed.emit(value)
        else:
            value = ElectadminError(ErrorCode.TASK_CANCELLED)
            self.cancelled.emit()
        if not notify:
            return
        parent = handle._parent
        if parent is not None and not shiboken6.isValid(parent):
            log.info("Task %r ended %s after its window closed", handle.title, outcome.value)
            return
        if outcome is TaskState.DONE:
            handle._on_done(value)
        elif handle._on_error is not None:
            handle._on_error(value)
        elif outcome is TaskState.FAILED or handle.writes:
            show_error(parent, value)


class _TaskDialog(QProgressDialog):
    """The progress dialog of one task: shown after a short delay, modal to its window.

    Cancel does not hide the dialog (Qt's default): it stays, saying "Cancelling…", until the work
    has actually stopped and rolled back, so the user cannot start something else meanwhile.
    """

    def __init__(self, handle: TaskHandle, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._handle = handle
        # Replace Qt's canceled→cancel() (which hides the dialog) by a request to the task.
        QObject.disconnect(self, SIGNAL("canceled()"), self, SLOT("cancel()"))
        self.canceled.connect(self.cancel)
        self._bar = QProgressBar(self)
        self.setBar(self._bar)
        self.setWindowModality(Qt.WindowModality.WindowModal if parent is not None
                               else Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(handle.title)
        self.setLabelText(handle.title)
        self.setAutoReset(False)
        self.setAutoClose(False)
        self.setRange(0, 0)
        self.setMinimumDuration(SHOW_DELAY_MS)
        # The bar is driven directly from now on (QProgressDialog.setValue runs processEvents() in a
        # modal dialog, which would re-enter the runner); this one call starts Qt's show timer.
        self.setValue(0)

    def show_progress(self, progress: Progress) -> None:
        if self._handle.cancel_requested:
            return
        self.setLabelText(_shown(progress.step) or self._handle.title)
        fraction = progress.fraction
        if fraction is None:
            if self._bar.maximum() != 0:
                self._bar.setRange(0, 0)
        else:
            if self._bar.maximum() != _BAR_STEPS:
                self._bar.setRange(0, _BAR_STEPS)
            self._bar.setValue(round(fraction * _BAR_STEPS))

    def show_cancelling(self) -> None:
        self.setLabelText(QCoreApplication.translate("TaskRunner", "Cancelling…"))
        button = self.findChild(QPushButton)
        if button is not None:
            button.setEnabled(False)

    def finish(self) -> None:
        self.reset()  # stops the pending show timer
        self.hide()
        self.deleteLater()

    def cancel(self) -> None:  # the Cancel button, Escape and the close box all end here
        self._handle.cancel()

    def reject(self) -> None:
        self.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        event.ignore()
        self.cancel()


# --- the worker-thread side ---------------------------------------------------------------------

def _execute(runner: TaskRunner, handle: TaskHandle) -> None:
    """Run one task on a worker thread and post its end; never raises."""
    try:
        if handle._cancel.is_set():
            handle._outcome = TaskState.CANCELLED
        else:
            _emit(runner, "_began", handle)
            factory, handle._factory = handle._factory, None
            assert factory is not None
            report = functools.partial(_post_progress, runner, handle)
            handle._outcome, handle._value = _drive(factory, handle._cancel, report)
            del factory, report
            _account(handle)
    except BaseException as exc:  # a bug of the runner itself: still end the task
        log.exception("The task runner failed while running %r", handle.title)
        _release_frames(exc)
        handle._outcome, handle._value = TaskState.FAILED, exc
    _emit(runner, "_ended", handle)


def _drive(factory: WorkFactory, cancel: threading.Event,
           report: Callable[[Progress], None]) -> tuple[TaskState, Any]:
    """Call *factory* and iterate its generator until it returns, raises or is cancelled."""
    try:
        work = factory()
        while True:
            if cancel.is_set():
                work.close()  # GeneratorExit at the service's yield: its transaction rolls back
                return TaskState.CANCELLED, None
            try:
                progress = next(work)
            except StopIteration as stop:
                return TaskState.DONE, stop.value
            if not isinstance(progress, Progress):
                work.close()
                raise TypeError(f"long work must yield Progress, not {type(progress).__name__}")
            report(progress)
    except BaseException as exc:
        return TaskState.FAILED, exc


def _account(handle: TaskHandle) -> None:
    """Log the outcome, and free the failed work's frames here, on the thread that owns them."""
    if handle._outcome is TaskState.CANCELLED:
        log.info("Task %r cancelled", handle.title)
    elif handle._outcome is TaskState.FAILED:
        exc = handle._value
        if isinstance(exc, ElectadminError):
            log.info("Task %r failed: %s %s", handle.title, exc.code.value, exc.params)
        else:
            log.error("Task %r failed with an unexpected error", handle.title, exc_info=exc)
        # The traceback's frames hold the service's locals (a session, a connection): clear them
        # now rather than when the UI thread drops the exception. Formatting still works.
        _release_frames(exc)


def _release_frames(exc: BaseException) -> None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        current = current.__cause__ or current.__context__


def _post_progress(runner: TaskRunner, handle: TaskHandle, progress: Progress) -> None:
    with handle._lock:
        handle._latest = progress
        if handle._progress_posted:
            return  # the UI has not taken the previous report yet: it will take this one
        handle._progress_posted = True
    _emit(runner, "_advanced", handle)


def _emit(runner: TaskRunner, signal: str, handle: TaskHandle) -> None:
    try:
        getattr(runner, signal).emit(handle)
    except RuntimeError:  # the runner's window is gone (a task outlived shutdown): nobody listens
        log.debug("Task %r ended after its runner was deleted", handle.title)


def _shown(text: Term | str) -> str:
    """*text* as the user reads it: a :class:`Term` translated now, any other string as it is."""
    if isinstance(text, Term):
        return text.translated(QCoreApplication.translate)
    return str(text)
