"""Helpers for the real-display kiosk tests (marker `realdisplay`): Xvfb, openbox, cage, and a kiosk process.

The kiosk runs as a separate process (`python -m app --kiosk`) on a real X server or under cage, with
ISOTRETINOIN_KIOSK_TRACE set and tests/helpers/trace first on its PYTHONPATH (its sitecustomize attaches
the test-only trace, which is not in the app): it then reports on stderr which screen is showing and where
its named buttons are, and the test taps them like a finger would (xdotool under X).
.ci/run installs every tool used here; in CI a missing tool fails the test instead of skipping it.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.helpers.kiosk import PIN_HASH
from tests.helpers.paths import REPO
from tests.kiosk.cups_queues import in_ci

SCREENSHOTS = REPO / "docs" / "screenshots"
TRACE_DIR = REPO / "tests" / "helpers" / "trace"  # sitecustomize.py + kiosk_trace.py, put on the kiosk's path


def need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        message = f"needs {', '.join(missing)} (.ci/run installs them)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)


def write_config(folder: Path, printer: str = "PDF", idle: int = 15, countdown: int = 5, **extra) -> Path:
    lines = [
        "[clinic]",
        'name = "Riverside Dermatology"',
        "[kiosk]",
        "enabled = true",
        f'printer = "{printer}"',
        f"idle_timeout_s = {idle}",
        f"warning_countdown_s = {countdown}",
        f'pin_hash = "{PIN_HASH}"',
    ]
    lines += [f"{k} = {json.dumps(v)}" for k, v in extra.items()]
    path = folder / "clinic.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.chmod(0o644)
    return path


# -- X ---------------------------------------------------------------------------------------------------
@contextlib.contextmanager
def xvfb(width: int = 1280, height: int = 800):
    """A fresh X server of this size; yields its DISPLAY (e.g. ":141"). Xvfb picks a free display number
    itself and writes it to a pipe (-displayfd): no check-then-start race with other X servers or workers."""
    need("Xvfb", "xdotool")
    read_end, write_end = os.pipe()
    # -ac: the cage tests' unprivileged user may draw on it too (nothing else can reach it: no TCP)
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"]
        + ["-noreset", "-ac"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as pipe:
            ready = select.select([pipe], [], [], 20)[0]  # Xvfb writes the number once it accepts clients
            number = pipe.readline().decode().strip() if ready else ""
        assert number.isdigit(), f"Xvfb did not start (exit {proc.poll()})"
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(10)


@contextlib.contextmanager
def openbox(display: str):
    need("openbox", "xprop")
    proc = subprocess.Popen(
        ["openbox", "--sm-disable"],
        env={**os.environ, "DISPLAY": display},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while (
            "window id"
            not in subprocess.run(
                ["xprop", "-root", "-display", display, "_NET_SUPPORTING_WM_CHECK"], capture_output=True, text=True
            ).stdout
        ):
            assert proc.poll() is None and time.monotonic() < deadline, "openbox did not start"
            time.sleep(0.1)
        yield proc
    finally:
        proc.terminate()
        proc.wait(10)


def xdotool(display: str, *args: str) -> str:
    result = subprocess.run(
        ["xdotool", *args], capture_output=True, text=True, timeout=30, env={**os.environ, "DISPLAY": display}
    )
    return result.stdout.strip()


def x_screenshot(display: str, path: Path) -> Path:
    from PIL import ImageGrab

    path.parent.mkdir(parents=True, exist_ok=True)
    ImageGrab.grab(xdisplay=display).save(path)
    return path


def x_windows(display: str, mapped: bool = False) -> list[tuple[str, str, int, int, int, int]]:
    """Top-level windows (children of the root): (id, name, x, y, width, height), from xwininfo.

    `mapped`: only those shown on the screen (a window manager's frames have no name; Qt keeps unmapped helpers).
    """
    out = subprocess.run(["xwininfo", "-root", "-children", "-display", display], capture_output=True, text=True).stdout
    windows = []
    for line in out.splitlines():
        line = line.strip()
        if not line.startswith("0x"):
            continue
        wid, rest = line.split(" ", 1)
        name = rest.split('"')[1] if rest.startswith('"') else ""
        geometry = rest.split(")")[-1].split()[0] if ")" in rest else ""
        if "x" not in geometry or "+" not in geometry:
            continue
        size, x, y = geometry.replace("-", "+-").replace("++", "+").split("+")[:3]
        w, h = size.split("x")
        if mapped and (int(x) + int(w) <= 0 or int(y) + int(h) <= 0):  # e.g. openbox's off-screen check window
            continue
        if mapped:
            state = subprocess.run(["xwininfo", "-id", wid, "-display", display], capture_output=True, text=True).stdout
            if "IsViewable" not in state:
                continue
        windows.append((wid, name, int(x), int(y), int(w), int(h)))
    return windows


# -- the kiosk process -------------------------------------------------------------------------------------
class Kiosk:
    """A kiosk process; `view()` is its current state as the trace (tests/helpers/trace) reports it."""

    def __init__(self, command: list[str], env: dict[str, str], tap=None):
        self.proc = subprocess.Popen(
            command,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self.lines: list[str] = []
        self.views: list[dict] = []
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.tap_function = tap

    def _read(self) -> None:
        for line in self.proc.stderr:
            with self.lock:
                self.lines.append(line.rstrip("\n"))
                if line.startswith("kiosk-trace "):
                    self.views.append(json.loads(line[len("kiosk-trace ") :]))

    @property
    def pid(self) -> int:
        """The app's own process id (under cage, the app is a child of cage and runuser)."""
        return self.wait(lambda v: True, ask=False)["pid"]

    def log(self) -> str:
        with self.lock:
            return "\n".join(line for line in self.lines if not line.startswith("kiosk-trace "))[-4000:]

    def ask(self) -> None:
        if self.views:
            os.kill(self.views[-1]["pid"], signal.SIGUSR1)

    def view(self, timeout: float = 20) -> dict:
        """A fresh view (asked for now)."""
        count = len(self.views)
        self.ask()
        deadline = time.monotonic() + timeout
        while len(self.views) <= count or not self.views:
            self._alive()
            assert time.monotonic() < deadline, f"no view from the kiosk; its log:\n{self.log()}"
            time.sleep(0.05)
            if self.views and len(self.views) <= count and time.monotonic() > deadline - timeout + 2:
                self.ask()
        return self.views[-1]

    def wait(self, predicate, timeout: float = 30, ask: bool = True) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            self._alive()
            if self.views and predicate(self.views[-1]):
                return self.views[-1]
            assert time.monotonic() < deadline, (
                f"the kiosk did not get there; last view: {self.views[-1] if self.views else None}\nlog:\n{self.log()}"
            )
            if ask and self.views:
                self.view()
            time.sleep(0.2)

    def _alive(self) -> None:
        if self.proc.poll() is not None:
            time.sleep(0.2)
            raise AssertionError(f"the kiosk exited ({self.proc.returncode}); its log:\n{self.log()}")

    def tap(self, name: str, view: dict | None = None) -> None:
        view = view or self.view()
        assert name in view["targets"], (
            f"{name} is not on screen ({view['screen']} {view['page']}): {sorted(view['targets'])}"
        )
        target = view["targets"][name]
        assert target[2], f"{name} is disabled"
        assert target[7] > 0 and target[8] > 0, f"{name} is not visible: {target}"
        self.tap_function(target[5] + target[7] // 2, target[6] + target[8] // 2)  # the middle of what shows
        time.sleep(0.05)

    def command(self, line: str) -> None:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def stop(self) -> None:
        if self.proc.poll() is None:
            pid = self.views[-1]["pid"] if self.views else self.proc.pid
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.reader.join(5)  # it ends with the process's stderr
        for pipe in (self.proc.stdin, self.proc.stdout, self.proc.stderr):  # (unclosed: a ResourceWarning)
            with contextlib.suppress(OSError):
                pipe.close()


def kiosk_env(home: Path, **extra: str) -> dict[str, str]:
    runtime = home / "runtime"
    runtime.mkdir(parents=True, exist_ok=True, mode=0o700)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY")}
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        ISOTRETINOIN_KIOSK_TRACE="1",
        ISOTRETINOIN_KIOSK_RESTARTED="0",
        PYTHONPATH=os.pathsep.join([str(TRACE_DIR), str(REPO)]),
        # No D-Bus session: where dbus-x11 is installed, a bus would otherwise be autolaunched for the X
        # display and write ~/.dbus (a kiosk's X session should do the same; docs/kiosk.md).
        DBUS_SESSION_BUS_ADDRESS="disabled:",
    )
    env.update(extra)
    return env


@contextlib.contextmanager
def x_kiosk(display: str, config: Path, home: Path, **extra: str):
    env = kiosk_env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb", **extra)
    kiosk = Kiosk(
        [sys.executable, "-m", "app", "--kiosk", "--config", str(config)],
        env,
        tap=lambda x, y: xdotool(display, "mousemove", str(x), str(y), "click", "1"),
    )
    try:
        kiosk.wait(lambda v: v["screen"] in ("start-screen", "error-screen"), timeout=60)
        yield kiosk
    finally:
        kiosk.stop()


def on_screen(view: dict, name: str) -> bool:
    """Enough of `name` shows (not clipped by its scroll area, not under the keyboard) to tap it."""
    target = view["targets"].get(name)
    if target is None or target[7] < 10 or target[8] < min(20, target[4]):
        return False
    if view["keyboard"] and target[6] + target[8] // 2 >= view["keyboard_rect"][1]:
        return False
    return True


def scroll_to(kiosk: Kiosk, name: str, view: dict, wheel) -> dict:
    """Turn the mouse wheel over the page's scroll bar, as a person would swipe, until `name` shows.

    `wheel(x, y, down)` turns it one notch."""
    for _ in range(80):
        if on_screen(view, name):
            return view
        target = view["targets"].get(name)
        assert view["page_scrollbar"], f"{name} does not show and the page does not scroll: {target}"
        x, y = view["page_scrollbar"]
        seen_top = target[6] if target is not None and target[8] else (target[1] if target else 10**6)
        down = target is None or seen_top >= y or target[1] > y
        notches = 1 if target is None else max(1, min(8, abs(target[1] - y) // 90))  # a notch is ~60 px
        wheel(x, y, down if notches == 1 else (down, notches))
        time.sleep(0.1)
        view = kiosk.view()
    raise AssertionError(f"could not scroll {name} into view: {view['targets'].get(name)}")


def x_scroll_to(kiosk: Kiosk, display: str, name: str, view: dict) -> dict:
    """scroll_to with the real X mouse wheel (buttons 4 and 5)."""

    def wheel(x, y, down):
        down, notches = down if isinstance(down, tuple) else (down, 1)
        xdotool(
            display,
            "mousemove",
            str(x),
            str(y),
            "click",
            "--repeat",
            str(notches),
            "--delay",
            "20",
            "5" if down else "4",
        )

    return scroll_to(kiosk, name, view, wheel)


# -- walking a session, whatever the input ---------------------------------------------------------------
PREFERRED = ("no", "none", "not_sure")


def answer_page(kiosk: Kiosk, scroll_to, answers: dict[str, str]) -> dict:
    """Answer each visible question once (answers[qid], else no / none / not sure), top to bottom."""
    done: set[str] = set()
    view = kiosk.view()
    page = view["page"]
    while True:
        pending = {}
        for name in view["targets"]:
            if name.startswith("choice-"):
                qid, value = name[len("choice-") :].rsplit("-", 1)
                pending.setdefault(qid, set()).add(value)
        pending = {q: v for q, v in pending.items() if q not in done}
        if not pending:
            return view
        qid = min(pending, key=lambda q: min(view["targets"][f"choice-{q}-{v}"][1] for v in pending[q]))
        wanted = answers.get(qid) or next((v for v in PREFERRED if v in pending[qid]), sorted(pending[qid])[0])
        name = f"choice-{qid}-{wanted}"
        view = scroll_to(name, view)
        kiosk.tap(name, view)
        done.add(qid)
        view = kiosk.view()
        if view["panel"]:  # the crisis contacts, shown inside the kiosk's window
            return view
        assert view["page"] == page, f"tapping {name} left the page"


def walk_to_summary(kiosk: Kiosk, scroll_to, answers: dict[str, str], on_panel=None) -> dict:
    """Answer every page and tap Next until the summary. `on_panel(view)` sees each panel (e.g. the crisis
    contacts) before it is closed; if it returns True, the walk stops there, with the panel still open."""
    view = kiosk.view()
    for _ in range(40):
        if view["page"] == "page-summary":
            return view
        view = answer_page(kiosk, scroll_to, answers)
        if view["panel"]:
            if on_panel is not None and on_panel(view):
                return view
            kiosk.tap(next(n for n in view["targets"] if n.startswith("panel-button")), view)
            view = kiosk.wait(lambda v: not v["panel"])
            continue
        if "wizard-next" not in view["targets"] or not view["targets"]["wizard-next"][2]:
            raise AssertionError(f"Next is not available on {view['page']}: {view['targets']}")
        before = view["page"]
        kiosk.tap("wizard-next", view)
        view = kiosk.wait(lambda v, b=before: v["page"] != b)
    raise AssertionError("the wizard never reached the summary")


def type_on_keyboard(kiosk: Kiosk, text: str) -> None:
    """Tap the in-app keyboard's keys (lower case letters, digits, space and , . ? ')."""
    view = kiosk.wait(lambda v: v["keyboard"])
    for char in text:
        kiosk.tap("key-space" if char == " " else f"key-{char}", view)


# -- cage (Wayland) ----------------------------------------------------------------------------------------
CAGE_USER = os.environ.get("ISOTRETINOIN_TEST_USER", "kiosktest")  # cage refuses to run as root
USER_VENV = Path(os.environ.get("ISOTRETINOIN_USER_VENV", "/opt/isotretinoin-kiosk-venv"))  # from Debian's python3


def need_cage_user() -> str:
    """The unprivileged user cage runs as, with a venv from Debian's python3 (.ci/run makes both)."""
    import pwd

    need("cage", "grim", "runuser")
    problems = []
    try:
        home = pwd.getpwnam(CAGE_USER).pw_dir
    except KeyError:
        problems.append(f"no user {CAGE_USER}")
        home = ""
    if not (USER_VENV / "bin" / "python").exists():
        problems.append(f"no venv at {USER_VENV}")
    if os.geteuid() != 0:
        problems.append("switching to the kiosk user needs root")
    if problems:
        message = "; ".join(problems) + " (.ci/run sets them up)"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return home


class CageKiosk(Kiosk):
    """The kiosk under cage as CAGE_USER. `x_display`: cage's output is a window on that X server (wlroots'
    X11 backend) instead of the headless backend: Debian 12's cage 0.1.4 / wlroots 0.15 headless output
    stops presenting frames after the first one (its output test fails), so its screenshots stay black;
    the session itself works the same on both."""

    def __init__(self, config: Path, runtime: Path, home: str, x_display: str | None = None, trace: Path = TRACE_DIR):
        self.runtime = runtime
        backend = {"WLR_BACKENDS": "x11", "DISPLAY": x_display} if x_display else {"WLR_BACKENDS": "headless"}
        env = {
            "HOME": home,
            "PATH": "/usr/bin:/bin",
            "XDG_RUNTIME_DIR": str(runtime),
            **backend,
            "WLR_RENDERER": "pixman",
            "WLR_LIBINPUT_NO_DEVICES": "1",
            "QT_QPA_PLATFORM": "wayland",
            "ISOTRETINOIN_KIOSK_TRACE": "input",
            "PYTHONPATH": str(trace),
            "ISOTRETINOIN_KIOSK_RESTARTED": "0",
            "DBUS_SESSION_BUS_ADDRESS": "disabled:",
            "LANG": "C.UTF-8",
        }
        command = [
            "runuser",
            "-u",
            CAGE_USER,
            "--",
            "env",
            "-i",
            *[f"{k}={v}" for k, v in env.items()],
            "cage",
            "-d",
            "--",
            str(USER_VENV / "bin" / "python"),
            "-m",
            "app",
            "--kiosk",
            "--config",
            str(config),
        ]
        super().__init__(command, dict(os.environ), tap=lambda x, y: self.command(f"tap {x} {y}"))

    def scroll_to(self, name: str, view: dict) -> dict:
        def wheel(x, y, down):
            down, notches = down if isinstance(down, tuple) else (down, 1)
            self.command(f"wheel {x} {y} {notches if down else -notches}")

        return scroll_to(self, name, view, wheel)

    def screenshot(self, path: Path) -> Path:
        """A real screenshot of cage's output (grim, through the compositor's screencopy)."""
        inside = self.runtime / "shot.png"
        subprocess.run(
            [
                "runuser",
                "-u",
                CAGE_USER,
                "--",
                "env",
                f"XDG_RUNTIME_DIR={self.runtime}",
                "WAYLAND_DISPLAY=wayland-0",
                "grim",
                str(inside),
            ],
            check=True,
            timeout=30,
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(inside, path)
        inside.unlink()
        return path


@contextlib.contextmanager
def cage_kiosk(config: Path, x_display: str | None = None):
    import pwd
    import tempfile

    home = need_cage_user()
    runtime = Path(tempfile.mkdtemp(prefix="kiosk-runtime-"))
    user = pwd.getpwnam(CAGE_USER)
    os.chown(runtime, user.pw_uid, user.pw_gid)
    runtime.chmod(0o700)
    readable = runtime / "clinic.toml"
    shutil.copyfile(config, readable)
    os.chown(readable, user.pw_uid, user.pw_gid)
    trace = runtime / "trace"  # the test-only trace, where the kiosk user can read it
    trace.mkdir()
    for name in ("sitecustomize.py", "kiosk_trace.py"):
        shutil.copyfile(TRACE_DIR / name, trace / name)
    kiosk = CageKiosk(readable, runtime, home, x_display, trace)
    try:
        kiosk.wait(lambda v: v["screen"] in ("start-screen", "error-screen"), timeout=90, ask=False)
        yield kiosk
    finally:
        kiosk.stop()
        shutil.rmtree(runtime, ignore_errors=True)
