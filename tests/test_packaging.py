"""resources/ is found from an installed wheel (not only from the source checkout)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import REPO


def test_wheel_carries_resources_and_the_resolver_finds_them(tmp_path):
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
        capture_output=True, text=True, timeout=600,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next(tmp_path.glob("isotretinoin_checklist-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert "app/resources/content/en/meta.toml" in names
        assert "app/resources/content/sources.toml" in names
        archive.extractall(tmp_path / "site")
    env = {k: v for k, v in os.environ.items() if k != "ISOTRETINOIN_RESOURCES"}
    env["PYTHONPATH"] = str(tmp_path / "site")
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    found = subprocess.run([sys.executable, "-c", "from app.paths import content_dir; print(content_dir())"],
                           capture_output=True, text=True, env=env, cwd=elsewhere)
    assert found.returncode == 0, found.stderr
    assert Path(found.stdout.strip()) == tmp_path / "site/app/resources/content"
    check = subprocess.run([sys.executable, "-m", "app", "check-content"], capture_output=True, text=True,
                           env=env, cwd=elsewhere)
    assert check.returncode == 0, check.stderr
