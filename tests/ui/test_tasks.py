"""The background-task runner: results, errors, progress, cancel, serialised writes, shutdown.

Every wait is on a signal or a condition with a generous timeout; where a test needs two threads to
meet, they hand over through ``threading.Event`` rather than by sleeping.
"""

from __future__ import annotations

import itertools
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QThread, QTranslator
from PySide6.QtWidgets import QProgressBar, QPushButton, QWidget

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.progress import Progress
from electadmin.domain.text import Term
from electadmin.ui import tasks
from electadmin.ui.messages import technical_details
from electadmin.ui.tasks import SHOW_DELAY_MS, TaskHandle, TaskRunner, TaskState

WAIT = 10_000  # ms: generous, only reached when something is broken
Work = Generator[Progress, None, Any]


def on_ui_thread() -> bool:
    return (threading.current_thread() is threading.main_thread()
            and QThread.currentThread() is QCoreApplication.instance().thread())


@dataclass
class Calls:
    """What the callbacks received, and on which thread."""

    done: list[Any] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)
    on_ui_thread: list[bool] = field(default_factory=list)

    def on_done(self, value: Any) -> None:
        self.done.append(value)
        self.on_ui_thread.append(on_ui_thread())

    def on_error(self, exc: BaseException) -> None:
        self.errors.append(exc)
        self.on_ui_thread.append(on_ui_thread())


def start(runner: TaskRunner, window: QWidget, factory: Callable[[], Work], calls: Calls, *,
          writes: bool = True, title: str = "Work") -> TaskHandle:
    return runner.run(factory, title=title, on_done=calls.on_done, on_error=calls.on_error,
                      writes=writes, parent_widget=window)


def forever(stopped: threading.Event, threads: list[threading.Thread]) -> Callable[[], Work]:
    """Work that yields until it is closed, noting where it ran and that it was stopped."""
    def work() -> Work:
        threads.append(threading.current_thread())
        try:
            for i in itertools.count(1):
                yield Progress(i, 0, "working")
                time.sleep(0.002)
        finally:
            threads.append(threading.current_thread())
            stopped.set()
    return work


# --- results ------------------------------------------------------------------------------------

def test_result_reaches_on_done_on_the_ui_thread(qtbot, runner, window):
    worker_threads: list[threading.Thread] = []

    def work() -> Work:
        worker_threads.append(threading.current_thread())
        for i in range(3):
            yield Progress(i, 3, "counting")
        return {"counted": 3}

    calls = Calls()
    with qtbot.waitSignal(runner.finished, timeout=WAIT) as blocker:
        handle = start(runner, window, work, calls)
    assert blocker.args == [{"counted": 3}]
    assert calls.done == [{"counted": 3}] and calls.errors == []
    assert calls.on_ui_thread == [True]
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    assert handle.state is TaskState.DONE and not runner.busy


def test_a_generator_returning_nothing_gives_none(qtbot, runner, window):
    def work() -> Work:
        yield Progress(1, 1)

    calls = Calls()
    with qtbot.waitSignal(runner.finished, timeout=WAIT) as blocker:
        start(runner, window, work, calls)
    assert blocker.args == [None] and calls.done == [None]


def test_every_progress_arrives_in_order_on_the_ui_thread(qtbot, runner, window):
    total = 5
    seen = [threading.Event() for _ in range(total + 1)]
    received: list[tuple[Progress, bool]] = []

    def note(progress: Progress) -> None:
        received.append((progress, on_ui_thread()))
        seen[progress.done].set()

    runner.progressed.connect(note)

    def work() -> Work:
        for i in range(1, total + 1):
            yield Progress(i, total, f"step {i}")
            # Wait until the UI has this report, so none is coalesced away.
            assert seen[i].wait(WAIT / 1000)
        return "ok"

    calls = Calls()
    with qtbot.waitSignal(runner.finished, timeout=WAIT):
        start(runner, window, work, calls)
    assert [p for p, _ in received] == [Progress(i, total, f"step {i}") for i in range(1, total + 1)]
    assert all(ui for _, ui in received)


def test_a_flood_of_progress_is_coalesced_but_ordered_and_ends_with_the_last(qtbot, runner, window):
    total = 20_000
    received: list[int] = []
    runner.progressed.connect(lambda progress: received.append(progress.done))

    def work() -> Work:
        for i in range(1, total + 1):
            yield Progress(i, total)
        return total

    calls = Calls()
    with qtbot.waitSignal(runner.finished, timeout=WAIT):
        start(runner, window, work, calls)
    assert received, "no progress reached the UI"
    assert received == sorted(set(received)), "progress went backwards or repeated"
    assert received[-1] == total
    assert calls.done == [total]


# --- failures -----------------------------------------------------------------------------------

def test_an_electadmin_error_reaches_failed_with_its_code(qtbot, runner, window):
    def work() -> Work:
        yield Progress(0, 0, "reading")
        raise ElectadminError(ErrorCode.FILE_EMPTY, path="roll.csv")

    calls = Calls()
    with qtbot.waitSignal(runner.failed, timeout=WAIT) as blocker:
        handle = start(runner, window, work, calls)
    [error] = blocker.args
    assert isinstance(error, ElectadminError)
    assert error.code is ErrorCode.FILE_EMPTY and error.params == {"path": "roll.csv"}
    assert calls.errors == [error] and calls.done == [] and calls.on_ui_thread == [True]
    assert handle.state is TaskState.FAILED


def test_an_unexpected_exception_reaches_failed_and_its_traceback_is_logged(qtbot, runner, window,
                                                                              caplog):
    def explode() -> None:
        raise ValueError("boom")

    def work() -> Work:
        yield Progress(1, 2)
        explode()

    calls = Calls()
    with caplog.at_level(logging.ERROR, logger=tasks.__name__):
        with qtbot.waitSignal(runner.failed, timeout=WAIT) as blocker:
            start(runner, window, work, calls)
    [error] = blocker.args
    assert isinstance(error, ValueError) and str(error) == "boom"
    assert calls.errors == [error] and calls.on_ui_thread == [True]
    [record] = [r for r in caplog.records if r.exc_info]
    assert record.exc_info[1] is error
    # The traceback survives the trip (its frames' locals were released on the worker thread).
    assert "explode" in technical_details(error) and "boom" in technical_details(error)


def test_a_factory_that_raises_fails_the_task(qtbot, runner, window):
    def factory() -> Work:
        raise ElectadminError(ErrorCode.STORE_BUSY)

    calls = Calls()
    with qtbot.waitSignal(runner.failed, timeout=WAIT) as blocker:
        start(runner, window, factory, calls)
    assert blocker.args[0].code is ErrorCode.STORE_BUSY


def test_yielding_something_other_than_progress_fails_clearly(qtbot, runner, window):
    closed = threading.Event()

    def work() -> Generator[Any, None, None]:
        try:
            yield 42
        finally:
            closed.set()

    calls = Calls()
    with qtbot.waitSignal(runner.failed, timeout=WAIT) as blocker:
        start(runner, window, work, calls)  # type: ignore[arg-type]
    assert isinstance(blocker.args[0], TypeError) and "Progress" in str(blocker.args[0])
    assert closed.is_set()


def test_without_on_error_the_runner_shows_the_error(qtbot, runner, window, monkeypatch):
    shown: list[tuple[QWidget | None, BaseException]] = []
    monkeypatch.setattr(tasks, "show_error", lambda parent, exc: shown.append((parent, exc)))

    def work() -> Work:
        yield Progress(0)
        raise ElectadminError(ErrorCode.STORE_BUSY)

    with qtbot.waitSignal(runner.failed, timeout=WAIT):
        runner.run(work, title="Work", on_done=lambda _: None, parent_widget=window)
    assert [(parent, exc.code) for parent, exc in shown] == [(window, ErrorCode.STORE_BUSY)]


# --- cancel -------------------------------------------------------------------------------------

@dataclass
class Trace:
    opened_on: threading.Thread | None = None
    closed_on: threading.Thread | None = None
    saw_generator_exit: bool = False


def inserting_forever(path: Path, trace: Trace) -> Callable[[], Work]:
    """A service-like writer: one transaction, a row per step, until it is stopped."""
    def work() -> Work:
        connection = sqlite3.connect(path)  # bound to this (worker) thread
        trace.opened_on = threading.current_thread()
        try:
            with connection:  # commits at the end, rolls back on any exception (GeneratorExit too)
                for i in itertools.count(1):
                    connection.execute("INSERT INTO vote (n) VALUES (?)", (i,))
                    yield Progress(i, 0, "inserting")
                    time.sleep(0.002)
        except GeneratorExit:
            trace.saw_generator_exit = True
            raise
        finally:
            connection.close()  # sqlite3 raises if this runs on any other thread
            trace.closed_on = threading.current_thread()
    return work


def press_cancel(dialog, how: str) -> None:
    if how == "button":
        dialog.findChild(QPushButton).click()
    elif how == "cancel":
        dialog.cancel()
    elif how == "close":
        dialog.close()
    else:
        raise AssertionError(how)


@pytest.mark.parametrize("how", ["button", "cancel", "close"])
def test_cancel_from_the_dialog_rolls_the_work_back_on_its_thread(qtbot, runner, window, tmp_path,
                                                                   how):
    path = tmp_path / "votes.sqlite3"
    with sqlite3.connect(path) as setup:
        setup.execute("CREATE TABLE vote (n INTEGER)")
    setup.close()
    trace = Trace()
    calls = Calls()

    with qtbot.waitSignal(runner.started, timeout=WAIT) as began:
        start(runner, window, inserting_forever(path, trace), calls)
    handle: TaskHandle = began.args[0]
    with qtbot.waitSignal(runner.progressed, timeout=WAIT, check_params_cb=lambda p: p.done >= 3):
        pass  # rows are being inserted inside the open transaction
    qtbot.waitUntil(handle.dialog.isVisible, timeout=WAIT)

    with qtbot.waitSignal(runner.cancelled, timeout=WAIT):
        press_cancel(handle.dialog, how)
        assert handle.cancel_requested
        # The dialog stays up, saying so, until the work has actually stopped.
        assert handle.dialog.isVisible() and handle.dialog.labelText() == "Cancelling…"
        assert not handle.dialog.findChild(QPushButton).isEnabled()

    assert handle.state is TaskState.CANCELLED and handle.dialog is None
    assert trace.saw_generator_exit
    assert trace.opened_on is not None and trace.opened_on is not threading.main_thread()
    assert trace.closed_on is trace.opened_on
    with sqlite3.connect(path) as check:
        assert check.execute("SELECT COUNT(*) FROM vote").fetchone() == (0,)
    check.close()
    [error] = calls.errors
    assert isinstance(error, ElectadminError) and error.code is ErrorCode.TASK_CANCELLED
    assert calls.done == [] and calls.on_ui_thread == [True]


def test_a_cancelled_queued_task_never_starts(qtbot, runner, window):
    release = threading.Event()
    factory_called = threading.Event()

    def blocking() -> Work:
        yield Progress(0)
        assert release.wait(WAIT / 1000)
        return "first"

    def second() -> Work:
        factory_called.set()
        yield Progress(0)

    calls = Calls()
    with qtbot.waitSignal(runner.started, timeout=WAIT):
        first_handle = start(runner, window, blocking, calls)
    queued = start(runner, window, second, calls)
    assert queued.state is TaskState.QUEUED
    queued.cancel()
    with qtbot.waitSignals([runner.finished, runner.cancelled], timeout=WAIT):
        release.set()
    assert not factory_called.is_set()
    assert first_handle.state is TaskState.DONE and queued.state is TaskState.CANCELLED
    assert calls.done == ["first"]
    assert [e.code for e in calls.errors] == [ErrorCode.TASK_CANCELLED]  # type: ignore[attr-defined]


def test_a_cancelled_read_is_silent_by_default_a_cancelled_write_is_not(qtbot, runner, window,
                                                                         monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr(tasks, "show_error", lambda parent, exc: shown.append(exc))
    for writes in (False, True):
        stopped = threading.Event()
        with qtbot.waitSignal(runner.progressed, timeout=WAIT):  # the body runs: it has a finally
            handle = runner.run(forever(stopped, []), title="Work", on_done=lambda _: None,
                                writes=writes, parent_widget=window)
        with qtbot.waitSignal(runner.cancelled, timeout=WAIT):
            handle.cancel()
        assert stopped.is_set()
    assert [e.code for e in shown] == [ErrorCode.TASK_CANCELLED]  # type: ignore[attr-defined]


# --- serialised writes, concurrent reads -------------------------------------------------------

def test_two_write_tasks_started_back_to_back_never_overlap(qtbot, runner, window):
    lock = threading.Lock()
    events: list[str] = []
    inside = [0]
    most_inside = [0]

    def writer(name: str) -> Callable[[], Work]:
        def work() -> Work:
            with lock:
                inside[0] += 1
                most_inside[0] = max(most_inside[0], inside[0])
                events.append(f"{name} in")
            try:
                for i in range(5):
                    yield Progress(i, 5, name)
                    time.sleep(0.01)
            finally:
                with lock:
                    inside[0] -= 1
                    events.append(f"{name} out")
            return name
        return work

    calls = Calls()
    first = start(runner, window, writer("a"), calls)
    second = start(runner, window, writer("b"), calls)
    qtbot.waitUntil(lambda: first.ended and second.ended, timeout=WAIT)
    assert events == ["a in", "a out", "b in", "b out"]
    assert most_inside == [1]
    assert calls.done == ["a", "b"] and calls.errors == []


def test_a_read_runs_while_a_write_is_running(qtbot, runner, window):
    read_ran = threading.Event()

    def write() -> Work:
        yield Progress(0, 0, "writing")
        return read_ran.wait(WAIT / 1000)  # only a concurrent read can set this

    def read() -> Work:
        yield Progress(0, 0, "reading")
        read_ran.set()
        return "read"

    calls = Calls()
    with qtbot.waitSignal(runner.started, timeout=WAIT):
        writing = start(runner, window, write, calls)
    reading = start(runner, window, read, calls, writes=False)
    qtbot.waitUntil(lambda: writing.ended and reading.ended, timeout=WAIT)
    assert sorted(calls.done, key=str) == [True, "read"]


# --- the dialog ---------------------------------------------------------------------------------

class _Arabic(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        if (context, source) == ("Roll", "Reading the roll"):
            return "قراءة السجل"
        return None


def test_the_dialog_shows_after_a_delay_with_translated_steps_and_the_right_bar(qtbot, runner,
                                                                                window):
    translator = _Arabic()
    QCoreApplication.installTranslator(translator)
    gates = [threading.Event(), threading.Event()]

    def work() -> Work:
        yield Progress(0, 0, Term("Reading the roll", "Roll"))
        assert gates[0].wait(WAIT / 1000)
        yield Progress(5, 10, "Writing voters")
        assert gates[1].wait(WAIT / 1000)
        return "ok"

    hidden_at_start: list[bool] = []
    # Checked in the same call that created the dialog: no event loop ran in between.
    runner.started.connect(lambda handle: hidden_at_start.append(not handle.dialog.isVisible()))
    try:
        calls = Calls()
        with qtbot.waitSignal(runner.started, timeout=WAIT) as began:
            handle = start(runner, window, work, calls, title="Importing the roll")
        dialog = began.args[0].dialog
        assert dialog is handle.dialog
        assert hidden_at_start == [True], "the dialog must wait before it shows"
        assert dialog.minimumDuration() == SHOW_DELAY_MS
        assert dialog.windowTitle() == "Importing the roll"
        assert dialog.parentWidget() is window
        assert dialog.windowModality() == Qt.WindowModality.WindowModal
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
        bar = dialog.findChild(QProgressBar)
        qtbot.waitUntil(lambda: dialog.labelText() == "قراءة السجل", timeout=WAIT)
        assert (bar.minimum(), bar.maximum()) == (0, 0), "unknown total: a busy bar"

        with qtbot.waitSignal(runner.progressed, timeout=WAIT, check_params_cb=lambda p: p.done == 5):
            gates[0].set()
        assert dialog.labelText() == "Writing voters"
        assert bar.maximum() > 0 and bar.value() / bar.maximum() == pytest.approx(0.5)

        with qtbot.waitSignal(runner.finished, timeout=WAIT):
            gates[1].set()
        assert handle.dialog is None
        assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    finally:
        QCoreApplication.removeTranslator(translator)


# --- shutdown -----------------------------------------------------------------------------------

def test_shutdown_stops_a_running_task_and_drops_the_queue(qtbot, window):
    runner = TaskRunner(window)
    stopped = threading.Event()
    threads: list[threading.Thread] = []
    queued_started = threading.Event()

    def queued() -> Work:
        queued_started.set()
        yield Progress(0)

    calls = Calls()
    with qtbot.waitSignal(runner.progressed, timeout=WAIT):
        running = start(runner, window, forever(stopped, threads), calls)
    waiting = start(runner, window, queued, calls)

    with qtbot.waitSignal(runner.cancelled, timeout=WAIT):
        assert runner.shutdown(WAIT)
    assert stopped.is_set() and threads[0] is threads[-1] is not threading.main_thread()
    assert running.state is TaskState.CANCELLED and waiting.state is TaskState.CANCELLED
    assert not queued_started.is_set()
    assert not runner.busy
    QCoreApplication.sendPostedEvents()  # late reports from the worker change nothing
    assert calls.done == [] and calls.errors == [], "callbacks are not called while closing"
    with pytest.raises(RuntimeError):
        start(runner, window, queued, calls)
    assert runner.shutdown(0), "a second shutdown is harmless"


def test_shutdown_with_nothing_running_returns_at_once(window):
    runner = TaskRunner(window)
    assert runner.shutdown(0)


def test_a_task_that_outlives_shutdown_ends_later_without_callbacks(qtbot, window):
    runner = TaskRunner(window)
    gate = threading.Event()

    def stuck() -> Work:
        yield Progress(1)
        assert gate.wait(WAIT / 1000)  # long work between two yields
        yield Progress(2)

    calls = Calls()
    with qtbot.waitSignal(runner.progressed, timeout=WAIT):
        handle = start(runner, window, stuck, calls)
    try:
        assert runner.shutdown(0) is False
        assert runner.parent() is None, "kept alive beyond its window for the late worker"
        with qtbot.waitSignal(runner.cancelled, timeout=WAIT):
            gate.set()
        assert handle.state is TaskState.CANCELLED and not runner.busy
        assert calls.done == [] and calls.errors == []
    finally:
        gate.set()
        tasks._STRAGGLERS.remove(runner)
