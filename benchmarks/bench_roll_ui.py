"""Scrolling the roll's table from the first to the last of 1,000,000 voters, offscreen.

The target (issue 4): the window stays under 250 MB resident all the way to the last row. The roll
is the demo's generated one (built once into ``/tmp/electadmin-bench/roll-N.electadmin`` and reused);
the table is the Roll page's own :class:`~electadmin.ui.roll.model.RollTableModel` in a
:class:`QTableView` of 36 visible rows. The scroll goes page by page over the first and last 100
screens and jumps through 500 evenly spaced positions in between, repainting at each step.

``./dev bench roll_ui [voters]`` prints the time per repaint, the time to reach the last row, the
pages read, the rows held and the peak resident memory of the process.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def roll_file(voters: int) -> Path:
    from electadmin.domain.roles import Actor, Role
    from electadmin.domain.progress import run_to_end
    from electadmin.services.demo import DemoOptions, create_demo

    path = Path("/tmp/electadmin-bench") / f"roll-{voters}.electadmin"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        run_to_end(create_demo(path, DemoOptions(voters=voters)))
        print(f"generated {voters:,} voters in {time.perf_counter() - start:.1f} s → {path}")
    return path


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    voters = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    path = roll_file(voters)
    if "--child" not in sys.argv:
        # Measured in a fresh process: generating the roll must not count in the window's memory.
        import subprocess

        raise SystemExit(subprocess.call([sys.executable, __file__, str(voters), "--child"]))

    from PySide6.QtWidgets import QApplication, QTableView

    from electadmin.services.store import Store
    from electadmin.ui.roll.model import RollTableModel

    app = QApplication.instance() or QApplication([])
    from electadmin.app import load_fonts

    load_fonts()
    store = Store.open(path, actor=Actor("benchmark", Role.ADMINISTRATOR))
    from electadmin.i18n import Language
    from electadmin.ui.roll.page import voter_columns  # the page's own columns

    model = RollTableModel(voter_columns(lambda: Language.ARABIC))
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 36 * view.verticalHeader().defaultSectionSize() + view.horizontalHeader().height() + 4)
    view.show()
    start, first_cpu = time.perf_counter(), time.process_time()
    model.show(store, None)
    app.processEvents()
    view.viewport().repaint()
    first_paint, first_cpu = time.perf_counter() - start, time.process_time() - first_cpu
    rows = model.rowCount()
    bar = view.verticalScrollBar()
    steps = [*range(0, 100 * 36, 36), *(int(i * (rows - 1) / 500) for i in range(1, 500)),
             *range(max(0, rows - 100 * 36), rows, 36), rows - 1]
    times = []
    start, cpu = time.perf_counter(), time.process_time()
    for position in steps:
        t = time.perf_counter()
        view.scrollTo(model.index(min(position, rows - 1), 0))
        view.viewport().repaint()
        app.processEvents()
        times.append(time.perf_counter() - t)
    to_last, cpu = time.perf_counter() - start, time.process_time() - cpu
    last = model.voter(rows - 1)
    times.sort()
    print(f"{rows:,} voters; first paint {first_paint * 1000:.0f} ms ({first_cpu * 1000:.0f} ms CPU); {len(steps)} scroll steps to the last row "
          f"in {to_last:.1f} s, {cpu:.1f} s CPU (median {times[len(times) // 2] * 1000:.1f} ms, "
          f"95th percentile {times[int(len(times) * 0.95)] * 1000:.1f} ms a repaint)")
    print(f"last row: {last.civil_number} {last.name}; scroll bar at {bar.value()} of {bar.maximum()}")
    print(f"pages read {model.pages_read}, rows held {model.rows_in_memory()}; "
          f"resident now {current_rss_mb():.0f} MB, peak {peak_rss_mb():.0f} MB (target < 250 MB)")
    store.close()


if __name__ == "__main__":
    main()
