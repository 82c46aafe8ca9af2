"""The shape of long work: a generator that yields :class:`Progress` and returns its result.

A service's long operation (an import, an export, a report, a national tally) is written as

    def import_roll(store, path) -> Generator[Progress, None, ImportSummary]:
        yield Progress(0, total, STEP_READING)
        ...
        return summary

so that the same code runs under the UI's task runner (a progress dialog with cancel, off the UI
thread), under the command line (:func:`run_to_end`) and in tests. Cancelling means the consumer
stops iterating and calls ``generator.close()``: Python raises ``GeneratorExit`` at the ``yield``,
which unwinds the service's ``with store.transaction()`` block, so the transaction rolls back and
nothing is half-written. A service therefore only yields where stopping is safe.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar

from electadmin.domain.text import Term

T = TypeVar("T")

Work = Generator["Progress", None, T]


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a piece of long work has gone: *done* of *total* units (total 0 = unknown)."""

    done: int
    total: int = 0
    step: Term | str = ""

    @property
    def fraction(self) -> float | None:
        return None if self.total <= 0 else min(1.0, self.done / self.total)


def run_to_end(work: Work[T], report: Callable[[Progress], None] | None = None) -> T:
    """Drive *work* to its end without a UI, passing each progress report to *report*."""
    while True:
        try:
            progress = next(work)
        except StopIteration as stop:
            return stop.value
        if report is not None:
            report(progress)


def with_step(work: Work[T], step: Term | str) -> Work[T]:
    """*work* with each progress report under *step* (a report's pages under the service's step)."""
    while True:
        try:
            progress = next(work)
        except StopIteration as stop:
            return stop.value
        yield Progress(progress.done, progress.total, step)
