"""Compare our trimmed build.spec bundle with a default PyInstaller build of a bare QWizard.

    python benchmarks/bundle_size.py [--runs 9] [--write-readme] [--check]

In one run this builds
  1. benchmarks/hello_wizard.py with PyInstaller defaults (``--onedir --windowed``), and
  2. build.spec (the real app),
both into a work directory under build/ (gitignored), then reports for each
  - the onedir folder size (sum of file sizes, symlinks not followed),
  - the size of a .tar.gz of that folder (gzip level 9, same for both),
  - frozen start-up time: process spawn -> "first-window-shown" line on stdout, median of N runs
    with QT_QPA_PLATFORM=offscreen (one discarded warm-up run each; runs interleaved).
The app prints that line when ISOTRETINOIN_EXIT_AFTER_SHOW=1; if a build does not, the script
falls back to timing ``--self-test`` and says so in the table.

Targets: size ratios <= 0.70, start-time ratio <= 1.30. ``--check`` exits 1 when one is missed.
``--write-readme`` replaces the text between ``<!-- bundle-bench:start -->`` and
``<!-- bundle-bench:end -->`` in README.md and docs/packaging.md (files without the markers are
left alone and reported).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "isotretinoin-checklist"
HELLO_NAME = "hello_wizard"
MARKER = "first-window-shown"
START_MARK, END_MARK = "<!-- bundle-bench:start -->", "<!-- bundle-bench:end -->"
SIZE_TARGET, TIME_TARGET = 0.70, 1.30
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


@dataclass
class Build:
    label: str
    folder: Path
    exe: Path
    env: dict[str, str]
    size: int = 0
    tgz: int = 0
    times: list[float] = field(default_factory=list)
    mode: str = "first window"
    args: list[str] = field(default_factory=list)


def run_pyinstaller(args: list[str], log: Path) -> float:
    t0 = time.perf_counter()
    with log.open("w", encoding="utf-8") as fh:
        proc = subprocess.run(
            [sys.executable, "-m", "PyInstaller", *args], cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT, check=False
        )
    if proc.returncode:
        raise SystemExit(f"PyInstaller failed ({proc.returncode}); see {log}")
    return time.perf_counter() - t0


def build_hello(work: Path) -> tuple[Build, float]:
    base = work / "hello"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    secs = run_pyinstaller(
        [
            "--noconfirm",
            "--onedir",
            "--windowed",
            "--workpath",
            str(base / "work"),
            "--distpath",
            str(base / "dist"),
            "--specpath",
            str(base),
            str(ROOT / "benchmarks" / "hello_wizard.py"),
        ],
        base / "pyinstaller.log",
    )
    folder = base / "dist" / HELLO_NAME
    return Build(
        "hello world (PyInstaller defaults)", folder, folder / (HELLO_NAME + EXE_SUFFIX), {"HELLO_EXIT_AFTER_SHOW": "1"}
    ), secs


def build_app(work: Path) -> tuple[Build, float]:
    base = work / "app"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    secs = run_pyinstaller(
        [
            "--noconfirm",
            "--clean",
            "--workpath",
            str(base / "work"),
            "--distpath",
            str(base / "dist"),
            str(ROOT / "build.spec"),
        ],
        base / "pyinstaller.log",
    )
    folder = base / "dist" / APP_NAME
    return Build(
        "build.spec (this app)", folder, folder / (APP_NAME + EXE_SUFFIX), {"ISOTRETINOIN_EXIT_AFTER_SHOW": "1"}
    ), secs


def reuse(work: Path) -> tuple[Build, Build]:
    hello_dir, app_dir = work / "hello" / "dist" / HELLO_NAME, work / "app" / "dist" / APP_NAME
    for folder in (hello_dir, app_dir):
        if not folder.is_dir():
            raise SystemExit(f"--no-build: {folder} is missing; run once without --no-build")
    return (
        Build(
            "hello world (PyInstaller defaults)",
            hello_dir,
            hello_dir / (HELLO_NAME + EXE_SUFFIX),
            {"HELLO_EXIT_AFTER_SHOW": "1"},
        ),
        Build(
            "build.spec (this app)", app_dir, app_dir / (APP_NAME + EXE_SUFFIX), {"ISOTRETINOIN_EXIT_AFTER_SHOW": "1"}
        ),
    )


def folder_size(folder: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            total += os.lstat(os.path.join(dirpath, name)).st_size
    return total


def tgz_size(folder: Path, out: Path) -> int:
    with tarfile.open(out, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name)
    return out.stat().st_size


def time_once(build: Build, timeout: float = 60.0) -> float | None:
    """Seconds from spawn to the marker line (or to a clean --self-test exit); None on failure."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **build.env}
    args = [str(build.exe), *build.args]
    if build.mode != "first window":
        args.append("--self-test")
    seen = threading.Event()
    stamp: list[float] = []

    t0 = time.perf_counter()
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True, errors="replace", cwd=ROOT
    )

    def reader() -> None:  # a thread, because Windows cannot select() on pipes
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(MARKER) and not seen.is_set():
                stamp.append(time.perf_counter())
                seen.set()

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    try:
        if build.mode == "first window":
            if not seen.wait(timeout):
                return None
            proc.wait(timeout=timeout)  # the app quits right after the marker
            return stamp[0] - t0
        proc.wait(timeout=timeout)
        return time.perf_counter() - t0 if proc.returncode == 0 else None
    except subprocess.TimeoutExpired:
        return None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        thread.join(timeout=5)


def measure_start(builds: list[Build], runs: int) -> None:
    for b in builds:  # warm-up, and detect whether the marker is supported
        if time_once(b, timeout=30) is None:
            b.mode = "--self-test (no first-window marker)"
            if time_once(b) is None:
                raise SystemExit(f"{b.exe}: neither the first-window marker nor --self-test worked")
    for _ in range(runs):  # interleaved, so drift hits both alike
        for b in builds:
            t = time_once(b)
            if t is None:
                raise SystemExit(f"{b.exe}: a timing run failed")
            b.times.append(t)


def mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB"


def verdict(ratio: float, target: float) -> str:
    return f"{ratio:.2f} {'✅' if ratio <= target else '❌'} (target ≤ {target:.2f})"


def table(hello: Build, app: Build, source: Build, runs: int, build_secs: tuple[float, float]) -> str:
    h_med, a_med = statistics.median(hello.times), statistics.median(app.times)
    start_label = f"start → first window, median of {runs}"
    if app.mode != "first window" or hello.mode != "first window":
        start_label += f" (app: {app.mode})"
    rows = [
        ("onedir folder", mib(hello.size), mib(app.size), verdict(app.size / hello.size, SIZE_TARGET)),
        (".tar.gz (gzip -9)", mib(hello.tgz), mib(app.tgz), verdict(app.tgz / hello.tgz, SIZE_TARGET)),
        (start_label, f"{h_med:.3f} s", f"{a_med:.3f} s", verdict(a_med / h_med, TIME_TARGET)),
        (
            "start, min–max",
            f"{min(hello.times):.3f}–{max(hello.times):.3f} s",
            f"{min(app.times):.3f}–{max(app.times):.3f} s",
            "",
        ),
        (
            "same app unfrozen (`python -m app`), median",
            "",
            f"{statistics.median(source.times):.3f} s",
            f"frozen/unfrozen {a_med / statistics.median(source.times):.2f}",
        ),
        *(
            [("build time", f"{build_secs[0]:.0f} s", f"{build_secs[1]:.0f} s", "")]
            if build_secs[0] == build_secs[0]
            else []
        ),  # NaN (reused builds): no row
    ]
    import PyInstaller

    try:
        from importlib.metadata import version

        pyside = version("PySide6-Essentials")
    except Exception:  # noqa: BLE001
        pyside = "?"
    lines = [
        f"| measured | {hello.label} | {app.label} | ratio |",
        "|---|---:|---:|---|",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows),
        "",
        f"_{_dt.date.today().isoformat()}, {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}, PySide6-Essentials {pyside}, PyInstaller {PyInstaller.__version__}; "
        f"`QT_QPA_PLATFORM=offscreen`{_load_note()}; produced by `python benchmarks/bundle_size.py`._",
    ]
    return "\n".join(lines)


def _load_note() -> str:
    """Start times are only comparable on a quiet machine: say how busy this one was."""
    try:
        one_minute = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows
        return ""
    return f"; load average {one_minute:.1f} on {os.cpu_count()} CPUs"


def write_markers(text: str, paths: list[Path]) -> None:
    for path in paths:
        if not path.exists():
            print(f"{path.relative_to(ROOT)}: not found, not updated")
            continue
        body = path.read_text(encoding="utf-8")
        start, end = body.find(START_MARK), body.find(END_MARK)
        if start < 0 or end < start:
            print(f"{path.relative_to(ROOT)}: bundle-bench markers missing, not updated")
            continue
        new = body[: start + len(START_MARK)] + "\n" + text + "\n" + body[end:]
        path.write_text(new, encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: bundle-bench section updated")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed start-ups per build (default 9)")
    parser.add_argument(
        "--workdir",
        type=Path,
        default=ROOT / "build" / "bench",
        help="where both builds go (default build/bench, gitignored)",
    )
    parser.add_argument(
        "--write-readme",
        action="store_true",
        help="replace the bundle-bench section in README.md and docs/packaging.md",
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument(
        "--no-build",
        action="store_true",
        help="reuse the builds in --workdir (the unfrozen row then uses newer source)",
    )
    args = parser.parse_args(argv)

    work = args.workdir.resolve()
    work.mkdir(parents=True, exist_ok=True)
    print(f"building into {work} ...", file=sys.stderr)
    if args.no_build:
        hello, app = reuse(work)
        hello_secs = app_secs = float("nan")
    else:
        hello, hello_secs = build_hello(work)
        app, app_secs = build_app(work)
    for b in (hello, app):
        b.size = folder_size(b.folder)
        b.tgz = tgz_size(b.folder, work / f"{b.folder.name}.tar.gz")
    # The app run from source, for reference: separates what freezing costs from what the app does.
    source = Build("python -m app", ROOT, Path(sys.executable), dict(app.env), args=["-m", "app"])
    print(f"timing {args.runs} start-ups each ...", file=sys.stderr)
    measure_start([hello, app, source], args.runs)

    text = table(hello, app, source, args.runs, (hello_secs, app_secs))
    print(text)
    if args.write_readme:
        write_markers(text, [ROOT / "README.md", ROOT / "docs" / "packaging.md"])
    ok = (
        app.size / hello.size <= SIZE_TARGET
        and app.tgz / hello.tgz <= SIZE_TARGET
        and statistics.median(app.times) / statistics.median(hello.times) <= TIME_TARGET
    )
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
