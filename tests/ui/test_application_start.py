"""The README's first command on a fresh machine: the window opens on a newly made demo election."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_first_start_creates_the_demo_and_opens_it(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    process = subprocess.Popen([sys.executable, "-m", "electadmin", "gui"], cwd=ROOT, env=env,
                               stderr=subprocess.PIPE, text=True)
    opened = ""
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            line = process.stderr.readline()
            if "election opened" in line:
                opened = line
                break
        assert process.poll() is None, f"the application exited with {process.returncode}"
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stderr.close()
    demo = tmp_path / "data" / "electadmin" / "demo.electadmin"
    assert str(demo) in opened
    assert demo.exists()
