"""A private CUPS scheduler for tests that must stop CUPS or switch a printer off.

Its own config, spool, cache, state and log folders under the test's tmp folder and a Unix socket there
(no TCP port), so the machine's shared cupsd is never touched. `point_libcups_at(socket)` makes this
process's libcups talk to it (cupsSetServer, the same call `CUPS_SERVER` feeds). Needs root (cupsd
drops to lp for filters) and cupsd; elsewhere the tests skip, and in CI they fail.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from app.printing import cups
from tests.kiosk.cups_queues import in_ci


def need_private_cupsd() -> None:
    problem = None
    if shutil.which("cupsd") is None or shutil.which("lpadmin") is None:
        problem = "needs cupsd and lpadmin"
    elif os.geteuid() != 0:
        problem = "a private cupsd needs root"
    elif not cups.available():
        problem = "needs libcups"
    if problem:
        if in_ci():
            pytest.fail(problem)
        pytest.skip(problem)


class PrivateCups:
    def __init__(self, root: Path):
        self.root = root
        self.socket = root / "cups.sock"
        self.proc: subprocess.Popen | None = None

    def _write_config(self) -> None:
        for name in ("spool", "spool/tmp", "cache", "state", "log", "ppd"):
            (self.root / name).mkdir(parents=True, exist_ok=True)
        (self.root / "spool").chmod(0o711)
        (self.root / "spool" / "tmp").chmod(0o1777)
        (self.root / "cupsd.conf").write_text(
            f"Listen {self.socket}\nLogLevel warn\nWebInterface No\nBrowsing No\nDefaultAuthType None\n"
            "MaxJobTime 0\nPreserveJobFiles No\nPreserveJobHistory Yes\nJobRetryInterval 5\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
        )
        (self.root / "cups-files.conf").write_text(
            f"ServerRoot {self.root}\nRequestRoot {self.root / 'spool'}\nTempDir {self.root / 'spool' / 'tmp'}\n"
            f"CacheDir {self.root / 'cache'}\nStateDir {self.root / 'state'}\n"
            f"ErrorLog {self.root / 'log' / 'error_log'}\nAccessLog {self.root / 'log' / 'access_log'}\n"
            f"PageLog {self.root / 'log' / 'page_log'}\n"
            "ServerBin /usr/lib/cups\nDataDir /usr/share/cups\nUser lp\nGroup lp\nSystemGroup root\n"
            "Sandboxing Relaxed\nFileDevice Yes\n"
        )

    def start(self) -> None:
        if not (self.root / "cupsd.conf").exists():
            self._write_config()
        self.proc = subprocess.Popen(
            ["cupsd", "-f", "-c", str(self.root / "cupsd.conf"), "-s", str(self.root / "cups-files.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 20
        while not self.socket.exists() or self.lp("lpstat", "-r").returncode != 0:
            if self.proc.poll() is not None:
                log = (
                    (self.root / "log" / "error_log").read_text(errors="replace")[-2000:]
                    if (self.root / "log" / "error_log").exists()
                    else ""
                )
                pytest.fail(f"the private cupsd did not start: {self.proc.stderr.read()[-1000:]} {log}")
            assert time.monotonic() < deadline, "the private cupsd did not answer"
            time.sleep(0.1)

    def stop(self) -> None:
        if self.proc is not None:
            if self.proc.poll() is None:
                self.proc.terminate()
                self.proc.wait(15)
            if self.proc.stderr is not None:
                self.proc.stderr.close()
        self.proc = None

    def lp(self, *command: str) -> subprocess.CompletedProcess:
        """An lp/lpstat/lpadmin command against this scheduler."""
        return subprocess.run(
            list(command), capture_output=True, text=True, env={**os.environ, "CUPS_SERVER": str(self.socket)}
        )

    def add_queue(self, name: str, uri: str, *options: str) -> None:
        made = self.lp("lpadmin", "-p", name, "-v", uri, "-E", *options)
        assert made.returncode == 0, made.stderr

    def job_state(self, job_id: int) -> str:
        return self.lp("lpstat", "-W", "all", "-l", "-o").stdout


@contextlib.contextmanager
def point_libcups_at(server: Path | str):
    """This process's libcups talks to `server` (a socket path) until the block ends."""
    lib = cups._lib()
    lib.cupsSetServer.argtypes, lib.cupsSetServer.restype = [cups.ctypes.c_char_p], None
    lib.cupsSetServer(str(server).encode())
    try:
        yield
    finally:
        lib.cupsSetServer(None)


@pytest.fixture
def private_cups(tmp_path_factory):
    need_private_cupsd()
    root = Path(tmp_path_factory.mktemp("cupsd"))
    root.chmod(0o755)
    server = PrivateCups(root)
    server.start()
    try:
        with point_libcups_at(server.socket):
            yield server
    finally:
        server.stop()
