"""The app never opens a network connection. Local IPC (AF_UNIX: CUPS, D-Bus, nscd) is fine.

Three layers of evidence:
1. static: no module in app/ imports a networking library;
2. Python: socket creation is recorded in-process and, in child processes, by a sitecustomize guard
   that refuses AF_INET/AF_INET6 sockets;
3. C level: `strace -f -e trace=socket,connect` on this test process and on child processes, which
   also sees what Qt and libcups do below Python.
The runs cover the whole wizard walked by clicks, saving the PDF, silent printing to the CUPS queue,
`python -m app export` (PDF file and printer), the GUI start and the self-test.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.helpers.paths import REPO

NETWORK_FAMILIES = ("AF_INET", "AF_INET6", "AF_PACKET")
FORBIDDEN_MODULES = {
    "socket",
    "ssl",
    "http",
    "urllib.request",
    "urllib.error",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "socketserver",
    "webbrowser",
    "asyncio",
    "selectors",
    "PySide6.QtNetwork",
    "sentry_sdk",
    "websocket",
}
QUEUE = "PDF"


# -- 1. static -------------------------------------------------------------------------------------
def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def forbidden(module: str) -> bool:
    if module == "urllib":  # `import urllib` alone could reach urllib.request; urllib.parse is text only
        return True
    return any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN_MODULES)


def test_app_imports_no_networking_library():
    offenders = {}
    for path in sorted((REPO / "app").rglob("*.py")):
        bad = sorted(m for m in imported_modules(path) if forbidden(m))
        if bad:
            offenders[str(path.relative_to(REPO))] = bad
    assert offenders == {}


# The one exception: after Save as PDF, "Open" and "Show in folder" hand the saved file (or its folder) to
# the desktop as a local file: URL (issue 23). Exactly these two lines, in that one module.
LOCAL_FILE_ONLY = {
    "app/ui/files/saved_file.py": (
        "from PySide6.QtGui import QDesktopServices",
        "return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))",
    )
}


def test_app_opens_no_urls_or_browsers():
    pattern = re.compile(r"QDesktopServices|openUrl|QNetwork|QWebEngine|QTcpSocket|QUdpSocket|QSslSocket")
    hits = [
        f"{p.relative_to(REPO)}:{n}"
        for p in sorted((REPO / "app").rglob("*.py"))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line) and line.strip() not in LOCAL_FILE_ONLY.get(str(p.relative_to(REPO)), ())
    ]
    assert hits == []


# -- 2 + 3. helpers ----------------------------------------------------------------------------------
def network_lines(strace_log: str) -> list[str]:
    """socket()/connect() calls of a network family (AF_UNIX and AF_NETLINK are local)."""
    bad = []
    for line in strace_log.splitlines():
        if ("socket(" in line or "connect(" in line) and any(
            f"{fam}," in line or f"={fam}" in line for fam in NETWORK_FAMILIES
        ):
            bad.append(line.strip())
    return bad


def strace_usable() -> str | None:
    if sys.platform != "linux" or shutil.which("strace") is None:
        return "strace is not available (Linux only; apt install strace)"
    probe = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=socket", "-o", os.devnull, "true"], capture_output=True, text=True
    )
    if probe.returncode != 0:
        return f"strace cannot trace here: {probe.stderr.strip()[:200]}"
    return None


GUARD = """
import os, socket, sys
_LOG = os.environ["NO_NETWORK_LOG"]
_REAL_INIT = socket.socket.__init__
_NETWORK = {socket.AF_INET, socket.AF_INET6}

def _guarded_init(self, family=-1, type=-1, proto=-1, fileno=None):
    fam = family if family != -1 else socket.AF_INET
    if fileno is None and fam in _NETWORK:
        with open(_LOG, "a") as log:
            log.write(f"{sys.argv!r} socket family={fam!r}\\n")
        raise PermissionError("network sockets are not allowed in this app (test guard)")
    _REAL_INIT(self, family, type, proto, fileno)

socket.socket.__init__ = _guarded_init
"""


@pytest.fixture
def guard_env(tmp_path):
    """Environment for child processes: a sitecustomize that refuses network sockets and logs attempts."""
    folder = tmp_path / "guard"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(GUARD)
    log = tmp_path / "guard.log"
    log.touch()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "NO_NETWORK_LOG": str(log),
        "PYTHONPATH": os.pathsep.join([str(folder), str(REPO), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
    }
    return env, log


def run_traced(args: list[str], env: dict, tmp_path: Path, name: str, timeout: float = 120):
    """Run `python -m app ARGS` under strace (if usable) and the Python guard; return (result, strace text)."""
    trace = tmp_path / f"{name}.strace"
    command = [sys.executable, "-m", "app", *args]
    if strace_usable() is None:
        command = ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace), *command]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout, cwd=tmp_path)
    return result, trace.read_text() if trace.exists() else ""


def cups_queue() -> bool:
    if shutil.which("lpstat") is None:
        return False
    return subprocess.run(["lpstat", "-p", QUEUE], capture_output=True).returncode == 0


def test_guard_really_catches_a_network_socket(guard_env, tmp_path):
    """The guard and the strace parser are not vacuous: a real attempt is caught by both."""
    env, log = guard_env
    code = (
        "import socket\ntry:\n    socket.create_connection(('192.0.2.1', 9), timeout=0.01)\nexcept OSError:\n    pass\n"
    )
    command = [sys.executable, "-c", code]
    trace = tmp_path / "probe.strace"
    if strace_usable() is None:
        command = ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace), *command]
    subprocess.run(command, env=env, check=True, timeout=60)
    assert "socket family=" in log.read_text()
    if strace_usable() is None:
        # the guard refused before the kernel saw it; a raw _socket would still show up in strace
        raw = "import _socket\n_socket.socket(_socket.AF_INET, _socket.SOCK_STREAM).close()\n"
        subprocess.run(
            ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace), sys.executable, "-c", raw],
            env=env,
            check=True,
            timeout=60,
        )
        assert network_lines(trace.read_text())


# -- child processes ------------------------------------------------------------------------------------
def answers_file(tmp_path: Path) -> Path:
    path = tmp_path / "answers.json"
    path.write_text(
        json.dumps(
            {
                "answers": {"region": "us", "preg_can_become_pregnant": "yes"},
                "own_questions": ["Can I swim?"],
                "notes": "nothing leaves this computer",
            }
        )
    )
    return path


def check_clean(result, trace: str, log: Path) -> None:
    assert result.returncode == 0, result.stderr[-2000:]
    assert log.read_text() == "", log.read_text()
    assert network_lines(trace) == []


def test_export_to_pdf_opens_no_network_socket(guard_env, tmp_path):
    env, log = guard_env
    result, trace = run_traced(
        ["export", "--answers", str(answers_file(tmp_path)), "--out", "list.pdf"], env, tmp_path, "export"
    )
    check_clean(result, trace, log)
    assert (tmp_path / "list.pdf").stat().st_size > 1000


@pytest.mark.cups
def test_export_to_the_cups_printer_uses_only_local_ipc(guard_env, tmp_path):
    if not cups_queue():
        pytest.skip(f"no CUPS queue named {QUEUE}; .ci/run adds it")
    env, log = guard_env
    result, trace = run_traced(
        ["export", "--answers", str(answers_file(tmp_path)), "--printer", QUEUE], env, tmp_path, "printer"
    )
    check_clean(result, trace, log)
    if trace:  # CUPS was reached through its unix socket, not TCP port 631
        assert "AF_UNIX" in trace


def test_gui_start_and_self_test_open_no_network_socket(guard_env, tmp_path):
    env, log = guard_env
    env = {**env, "ISOTRETINOIN_EXIT_AFTER_SHOW": "1"}
    result, trace = run_traced([], env, tmp_path, "gui")
    check_clean(result, trace, log)
    assert "first-window-shown" in result.stdout
    result, trace = run_traced(["--self-test"], env, tmp_path, "selftest")
    check_clean(result, trace, log)


def test_kiosk_start_opens_no_network_socket(guard_env, tmp_path):
    env, log = guard_env
    from app.core.pin import hash_pin

    config = tmp_path / "clinic.toml"
    config.write_text(f'[kiosk]\nenabled = true\nprinter = "{QUEUE}"\npin_hash = "{hash_pin("246813", n=2**10)}"\n')
    env = {**env, "ISOTRETINOIN_EXIT_AFTER_SHOW": "1"}
    result, trace = run_traced(["--kiosk", "--config", str(config)], env, tmp_path, "kiosk")
    check_clean(result, trace, log)
    assert "first-window-shown" in result.stdout and "cannot start" not in result.stderr, result.stderr


# -- this process: the wizard walked by clicks, save PDF, print silently -------------------------------
@pytest.fixture
def python_sockets(monkeypatch):
    made: list[int] = []
    real_init = socket.socket.__init__

    def recording_init(self, family=-1, type=-1, proto=-1, fileno=None):
        fam = family if family != -1 else socket.AF_INET
        if fileno is None:
            made.append(fam)
        if fam in (socket.AF_INET, socket.AF_INET6):
            raise PermissionError("network sockets are not allowed (test guard)")
        real_init(self, family, type, proto, fileno)

    monkeypatch.setattr(socket.socket, "__init__", recording_init)
    return made


class SelfTrace:
    """strace attached to this very process (all its threads); `finish()` detaches and returns the log."""

    def __init__(self, log: Path):
        self.log = log
        self.tracer = subprocess.Popen(
            ["strace", "-f", "-e", "trace=socket,connect", "-o", str(log), "-p", str(os.getpid())],
            stderr=subprocess.PIPE,
            text=True,
        )
        line = self.tracer.stderr.readline()  # "Process N attached" once strace is in
        if "attached" not in line:
            self.finish()
            pytest.skip(f"cannot attach strace to this process: {line.strip()[:200]}")

    def finish(self) -> str:
        if self.tracer.poll() is None:
            self.tracer.send_signal(signal.SIGINT)  # detaches and flushes the log
            self.tracer.wait(timeout=30)
        if self.tracer.stderr is not None:
            self.tracer.stderr.close()  # (left open: a ResourceWarning in a later test)
        return self.log.read_text() if self.log.exists() else ""


@pytest.fixture
def strace_self(tmp_path):
    reason = strace_usable()
    if reason:
        pytest.skip(reason)
    trace = SelfTrace(tmp_path / "self.strace")
    yield trace
    trace.finish()


def test_wizard_walk_save_and_print_in_process(qtbot, content, tmp_path, monkeypatch, python_sockets, strace_self):
    from app.core.render import render_html
    from app.printing.service import print_silently
    from app.ui.wizard.wizard import RiskWizard
    from tests.ui.driver import Person

    wizard = RiskWizard(content)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    person = Person(qtbot, wizard)
    person.walk({"region": "us", "preg_can_become_pregnant": "yes", "mh_history": "yes"}, every_visible="not_sure")
    page = wizard.summary
    person.type_into(page.printout.own_edit, "Can I swim?")
    person.click(page.printout.add_button)
    target = tmp_path / "list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    person.click(page.output_actions.pdf_button)
    assert target.exists()
    if cups_queue():
        print_silently(render_html(wizard.question_list, content), QUEUE, "letter")
    wizard.close()
    log = strace_self.finish()
    assert [f for f in python_sockets if f in (socket.AF_INET, socket.AF_INET6)] == []
    assert network_lines(log) == []
    assert "socket(" in log or not cups_queue()  # the trace really saw this process (CUPS over AF_UNIX)
