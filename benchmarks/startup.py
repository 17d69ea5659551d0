"""Start-up time: process spawn -> first wizard page painted, the app vs a bare QWizard.

    python benchmarks/startup.py [--runs 7]

Both programs print ``first-window-shown <s>`` after the first paint of their first page (the app
does so with ISOTRETINOIN_EXIT_AFTER_SHOW=1) and quit. The time is measured here, from just
before the process is spawned to the moment that line arrives, so it includes interpreter start
and every import. Runs alternate app / bare (after one discarded warm-up each) so that changing
machine load hits both alike; the medians and their ratio are reported. The peak RSS of each child
(wait4 ru_maxrss) comes for free and is reported too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = "first-window-shown"
TARGET = 2.0  # the goal is 1.5, the measured floor (benchmarks/floor.py)


@dataclass
class Samples:
    label: str
    seconds: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)
    ready: list[float] = field(default_factory=list)  # the app: spawn -> every page made (wizard-ready)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def rss_mb(self) -> float:
        return statistics.median(self.rss_kb) / 1024


def child_env(**extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONDONTWRITEBYTECODE": "1",
        **extra,
    }


def spawn_until(
    command: list[str],
    env: dict[str, str],
    marker: str = MARKER,
    timeout: float = 120,
    seen: dict[str, float] | None = None,
) -> tuple[float, int]:
    """Seconds from spawn to the marker line on stdout, and the child's peak RSS in KB (0 if unknown).

    Every other line of the form ``<word> <seconds>`` that arrives is put in `seen` as word -> seconds
    since the spawn (the app also says when all its pages are made: ``wizard-ready``).
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    seconds = None
    for line in proc.stdout:  # read to the end: the child may have more to say after the marker
        if seconds is None and line.startswith(marker):
            seconds = time.perf_counter() - t0
        elif seen is not None and line.strip():
            seen[line.split()[0]] = time.perf_counter() - t0
    proc.stdout.close()
    rss = 0
    if hasattr(os, "wait4"):
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        rss = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss // 1024
    else:  # pragma: no cover - Windows
        proc.wait(timeout=timeout)
    if seconds is None:
        raise SystemExit(f"{' '.join(command)}: no '{marker}' line (exit {proc.returncode})")
    return seconds, rss


APP = [sys.executable, "-m", "app"]
BARE = [sys.executable, str(ROOT / "benchmarks" / "bare_wizard.py")]


def measure(runs: int = 7) -> tuple[Samples, Samples]:
    app_env = child_env(ISOTRETINOIN_EXIT_AFTER_SHOW="1")
    bare_env = child_env()
    app, bare = Samples("app (python -m app)"), Samples("bare QWizard")
    spawn_until(APP, app_env)  # warm-up: file cache, fontconfig cache
    spawn_until(BARE, bare_env)
    for _ in range(runs):
        for samples, command, env in ((app, APP, app_env), (bare, BARE, bare_env)):
            seen: dict[str, float] = {}
            seconds, rss = spawn_until(command, env, seen=seen)
            samples.seconds.append(seconds)
            samples.rss_kb.append(rss)
            if "wizard-ready" in seen:
                samples.ready.append(seen["wizard-ready"])
    return app, bare


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app, bare = measure(args.runs)
    for s in (app, bare):
        print(
            f"{s.label:24} median {s.median:.3f} s  (min {min(s.seconds):.3f}, max {max(s.seconds):.3f})  "
            f"peak RSS {s.rss_mb:.0f} MB"
        )
    ratio = app.median / bare.median
    print(f"ratio {ratio:.2f} (target <= {TARGET})")
    if app.ready:
        print(f"app: every page made (wizard-ready) median {statistics.median(app.ready):.3f} s after spawn")
    return 0


if __name__ == "__main__":
    sys.exit(main())
