"""The shared display of numbers: decimals, percentages and chart axes in the chosen digits."""

from __future__ import annotations

from electadmin.ui.charts import CountAxis, nice_step
from electadmin.ui.formatting import Digits, fmt_decimal, fmt_percent, set_digits


def test_percentages_follow_the_chosen_digits():
    set_digits(Digits.WESTERN)
    assert (fmt_percent(40.0), fmt_decimal(1234.5), fmt_percent(None)) == ("40.0%", "1,234.5", "—")
    set_digits(Digits.ARABIC_INDIC)
    assert fmt_percent(40.0) == "٤٠٫٠٪\u061c"  # U+066B, U+066A and CLDR's Arabic letter mark
    assert fmt_decimal(1234.5) == "١٬٢٣٤٫٥"


def test_the_count_axis_labels_round_values_in_the_chosen_digits(qapp):
    set_digits(Digits.ARABIC_INDIC)
    axis = CountAxis()
    axis.show_up_to(37)
    assert axis.labels() == ["٠", "١٠", "٢٠", "٣٠", "٤٠"] and axis.max() == 40
    set_digits(Digits.WESTERN)
    axis.show_up_to(1234)  # updated in place: the old labels go
    assert axis.labels() == ["0", "500", "1,000", "1,500"] and axis.max() == 1500
    assert [nice_step(n) for n in (1, 5, 6, 11, 49, 51, 999)] == [1, 1, 2, 5, 10, 20, 200]
