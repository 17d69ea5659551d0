"""The real Linux accessibility stack for tests (markers `realdisplay` and `orca`): Xvfb, a private D-Bus session
bus, the AT-SPI bus and registry, openbox, Orca, and the desktop app, driven by real key presses (xdotool).

Orca speaks into nothing: its customizations file (ORCA_CUSTOMIZATIONS) gives it no speech server, so its
speech module only logs each utterance ("SPEECH OUTPUT: '…'") to its debug file, which the test reads
(no speech-dispatcher is started, no sound device is needed).
Nothing is written outside the test's tmp folder (HOME and the XDG folders point there).
.ci/run installs every tool used here; in CI a missing tool fails the test instead of skipping it.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO

BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
UTTERANCE = re.compile(r"SPEECH OUTPUT: '(.*?)'\s?\[?\{", re.S)
# Loaded by Orca from its preferences folder (-u) before speech starts: no speech server at all.
# Its debug file is reopened line-buffered, so each utterance is in the file as soon as it is said.
ORCA_CUSTOMIZATIONS = """\
import orca.debug
import orca.settings
if orca.debug.debugFile is not None:
    orca.debug.debugFile.flush()
    orca.debug.debugFile = open(orca.debug.debugFile.name, "a", buffering=1)
orca.settings.speechServerFactory = None
orca.settings.speechFactoryModules = []
"""
KEY_ECHO = re.compile(r"^(\w+ )+$")  # Orca echoing the key just pressed: "tab ", "left shift "


def need_stack() -> None:
    missing = [t for t in ("Xvfb", "xdotool", "xprop", "openbox", "dbus-daemon", "orca") if shutil.which(t) is None]
    missing += [] if Path(BUS_LAUNCHER).exists() else [BUS_LAUNCHER]
    if missing:
        message = f"needs {', '.join(missing)} (.ci/run installs them)"
        if os.environ.get("ISOTRETINOIN_CI"):
            pytest.fail(message)
        pytest.skip(message)


def _wait(condition, timeout: float, what: str, step: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"timed out waiting for {what}")


class OrcaSession:
    """One desktop app with Orca listening; `press` sends keys and returns what Orca said after them."""

    def __init__(self, folder: Path, width: int = 1366, height: int = 768):
        self.folder = folder
        self.size = (width, height)
        self.procs: list[subprocess.Popen] = []
        self.log = folder / "orca-debug.log"
        self.env: dict[str, str] = {}
        self.app: subprocess.Popen | None = None
        self.files: list = []  # the processes' output files, closed by stop()

    # -- start and stop ------------------------------------------------------------------------------
    def _spawn(self, args: list[str], name: str, **kwargs) -> subprocess.Popen:
        out = open(self.folder / f"{name}.out", "wb")  # noqa: SIM115 - closed by stop()
        self.files.append(out)
        proc = subprocess.Popen(args, env=self.env, stdout=kwargs.pop("stdout", out), stderr=out, **kwargs)
        self.procs.append(proc)
        return proc

    def start(self) -> OrcaSession:
        home = self.folder / "home"
        runtime = self.folder / "run"
        for folder in (home, runtime, self.folder / "orca-prefs"):
            folder.mkdir(parents=True, exist_ok=True)
        runtime.chmod(0o700)
        (self.folder / "orca-prefs" / "orca-customizations.py").write_text(ORCA_CUSTOMIZATIONS, encoding="utf-8")
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "LANG": "C.UTF-8",
            "LANGUAGE": "en",
        }
        read_end, write_end = os.pipe()
        width, height = self.size
        self.procs.append(
            subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"]
                + ["-noreset"],
                pass_fds=(write_end,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        assert number.isdigit(), f"Xvfb did not start (exit {self.procs[-1].poll()})"
        self.env["DISPLAY"] = ":" + number
        bus = self._spawn(["dbus-daemon", "--session", "--nofork", "--print-address=1"], "dbus", stdout=subprocess.PIPE)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        self._spawn([BUS_LAUNCHER, "--launch-immediately"], "at-spi-bus")
        self._spawn(["openbox", "--sm-disable"], "openbox")
        _wait(self._window_manager_ready, 30, "openbox to start")  # else the app's window may never be activated
        self._spawn(["orca", "-u", str(self.folder / "orca-prefs"), f"--debug-file={self.log}"], "orca")
        _wait(lambda: self.log.exists() and "Screen reader on" in self.text(), 60, "Orca to start")
        return self

    def start_app(self, *args: str) -> None:
        env = {
            **self.env,
            "QT_QPA_PLATFORM": "xcb",
            "QT_ACCESSIBILITY": "1",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "PYTHONPATH": str(REPO),
        }
        mark = self.mark()
        out = open(self.folder / "app.out", "wb")  # noqa: SIM115 - closed by stop()
        self.files.append(out)
        self.app = subprocess.Popen([sys.executable, "-m", "app", *args], env=env, stdout=out, stderr=out, cwd=REPO)
        self.procs.append(self.app)
        read = lambda: any("Isotretinoin Risk Checklist" in u for u in self.said_since(mark))  # noqa: E731
        try:
            _wait(read, 45, "Orca to read the app")
        except AssertionError:  # the window came up without focus (a busy machine): click it, as a person would
            subprocess.run(
                ["xdotool", "search", "--name", "Isotretinoin Risk Checklist", "windowactivate"],
                env=self.env,
                timeout=30,
                check=False,
            )
            _wait(read, 45, "Orca to read the app")
        self.settle()

    def _window_manager_ready(self) -> bool:
        probe = subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=self.env, capture_output=True, text=True, timeout=10
        )
        return "window id" in probe.stdout

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in reversed(self.procs):
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
            for pipe in (proc.stdout, proc.stderr):
                if pipe is not None:
                    pipe.close()
        for file in self.files:
            file.close()

    # -- what Orca said ------------------------------------------------------------------------------
    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""

    def mark(self) -> int:
        return len(self.text())

    def said_since(self, mark: int) -> list[str]:
        """Orca's utterances after `mark`, without its echo of the keys pressed."""
        return [u for u in UTTERANCE.findall(self.text()[mark:]) if not KEY_ECHO.match(u)]

    def settle(self, quiet: float = 1.2, timeout: float = 15) -> None:
        """Wait until Orca has said nothing new for `quiet` seconds."""
        last, since = self.mark(), time.monotonic()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            time.sleep(0.2)
            now = self.mark()
            if now != last:
                last, since = now, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return

    def press(self, *keys: str, quiet: float = 1.2) -> list[str]:
        """Press the keys (xdotool names) one after the other; what Orca said after them."""
        mark = self.mark()
        for key in keys:
            subprocess.run(["xdotool", "key", key], env=self.env, check=True, timeout=30)
            time.sleep(0.25)
        self.settle(quiet)
        return self.said_since(mark)

    def type_text(self, text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "30", text], env=self.env, check=True, timeout=60)
        self.settle()

    def tab_until(self, needle: str, key: str = "Tab", limit: int = 60) -> list[str]:
        """Press Tab until Orca says something containing `needle`; what it said at that stop."""
        for _ in range(limit):
            said = self.press(key, quiet=0.8)
            if any(needle in u for u in said):
                return said
        raise AssertionError(f"{limit} × {key} never reached {needle!r}")


@contextlib.contextmanager
def orca_session(folder: Path, *app_args: str):
    need_stack()
    session = OrcaSession(folder)
    try:
        session.start()
        session.start_app(*app_args)
        yield session
    finally:
        session.stop()


def joined(said: list[str]) -> str:
    return " | ".join(" ".join(u.split()) for u in said)
