"""The value axis of the bar charts (results, turnout by hour), labelled in the chosen digits.

``QValueAxis`` formats its labels with a printf pattern in the C locale, so with Arabic-Indic
digits chosen the chart alone would read ``0 20 40``. :class:`CountAxis` is a ``QCategoryAxis``
whose labels sit on round values (1, 2 or 5 times a power of ten, at most five intervals) and are
written by :func:`~electadmin.ui.formatting.fmt_int`: ``٠ ٢٠ ٤٠`` or ``0 20 40`` with the same
thousands separators as the tables beside the chart. It is updated in place (:meth:`CountAxis.show_up_to`),
since an axis replaced on every refresh leaves its old labels on the chart.
"""

from __future__ import annotations

from PySide6.QtCharts import QCategoryAxis

from electadmin.ui.formatting import fmt_int


def nice_step(largest: int) -> int:
    """A round step (1, 2 or 5 times a power of ten) giving at most five intervals up to *largest*."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if largest <= 5 * step * factor:
                return step * factor
        step *= 10


class CountAxis(QCategoryAxis):
    """A whole-number value axis from 0, its labels in the digits the user chose."""

    def __init__(self) -> None:
        super().__init__()
        self.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.setStartValue(0)
        self.show_up_to(1)

    def show_up_to(self, largest: int) -> None:
        """Range the axis over 0 … a round value at or above *largest*, labelled every round step."""
        step = nice_step(max(1, largest))
        top = step * -(-max(1, largest) // step)
        for label in self.categoriesLabels():
            self.remove(label)
        for value in range(0, top + 1, step):
            self.append(fmt_int(value), value)
        self.setRange(0, top)

    def labels(self) -> list[str]:
        """The labels shown, bottom to top."""
        return list(self.categoriesLabels())
