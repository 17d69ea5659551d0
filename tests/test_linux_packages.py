"""One list of system packages (packaging/linux-packages.txt): CI, the release workflow, the docs and
app/qtcheck.py use it or agree with it, so a package added or renamed in one place cannot drift."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from app import qtcheck

REPO = Path(__file__).resolve().parents[1]
LIST = REPO / "packaging" / "linux-packages.txt"
SCRIPT = REPO / "packaging" / "linux-packages.sh"
PACKAGE = re.compile(r"[a-z0-9][a-z0-9.+-]+")


def groups() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = None
    for raw in LIST.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("["):
            current = found.setdefault(line.strip("[]"), [])
        elif line:
            assert current is not None, f"{line}: before any [group]"
            assert PACKAGE.fullmatch(line), f"not a package name: {line!r}"
            current.append(line)
    return found


def script(*names: str) -> list[str]:
    result = subprocess.run(["sh", str(SCRIPT), *names], capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_the_list_has_its_groups_once_each():
    found = groups()
    assert set(found) == {"runtime", "build", "tests", "ci"}
    every = [p for packages in found.values() for p in packages]
    assert len(every) == len(set(every)), "a package listed twice"


def test_the_script_reads_the_list():
    found = groups()
    assert script() == [p for packages in found.values() for p in packages]
    for name, packages in found.items():
        assert script(name) == packages
    assert subprocess.run(["sh", str(SCRIPT), "no-such-group"], capture_output=True).returncode != 0


def test_ci_installs_the_list_and_names_no_package_of_its_own():
    run = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "mapfile -t APT_PACKAGES < <(packaging/linux-packages.sh)" in run
    assert 'apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}"' in run
    installs = [line for line in run.splitlines() if re.search(r"apt-get install(?! .*\./dist/)", line)]
    # the only other install: python3-venv, before the list can be read (a machine without venv)
    assert [i for i in installs if "APT_PACKAGES" not in i and "python3-venv" not in i] == []
    assert "python3-venv" in groups()["ci"]


def test_release_workflow_installs_the_list():
    workflow = (REPO / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    installs = re.findall(r"apt-get install ([^\n]*)", workflow)
    assert installs == ["-y -qq --no-install-recommends $(packaging/linux-packages.sh runtime build tests)"]


def _apt_words(block: str) -> list[str]:
    words = block.replace("\\\n", " ").split()
    return [w for w in words[words.index("install") + 1 :] if not w.startswith("-")]


def test_docs_show_the_runtime_group():
    text = (REPO / "docs" / "packaging.md").read_text(encoding="utf-8")
    section = text.split("## Linux system packages (running from source)", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block is not None
    assert _apt_words(block.group(1)) == groups()["runtime"], "docs/packaging.md: paste the runtime group"
    every = {p for packages in groups().values() for p in packages}
    for command in re.findall(r"sudo apt install [^\n`]*(?:\\\n[^\n`]*)*", text):
        named = [w for w in _apt_words(command) if PACKAGE.fullmatch(w)]
        assert set(named) <= every, f"docs/packaging.md names packages not in the list: {set(named) - every}"


@pytest.mark.parametrize("table", ["BASE_LIBS", "XCB_LIBS", "WAYLAND_LIBS"])
def test_qtcheck_asks_only_for_runtime_packages(table):
    """What qtcheck tells a person to `apt install` is what CI, the release build and the docs install."""
    debian = [package for _soname, package, _fedora in getattr(qtcheck, table)]
    assert set(debian) <= set(groups()["runtime"]), set(debian) - set(groups()["runtime"])


def test_the_deb_depends_only_on_listed_packages():
    """packaging/deb/build.sh's Depends: the system's base (libc6, adduser) and packages of the list."""
    build = (REPO / "packaging" / "deb" / "build.sh").read_text(encoding="utf-8")
    depends = re.search(r"^Depends: (.*)$", build, re.M)
    assert depends is not None
    names = {re.sub(r"\s*\(.*\)", "", d).strip() for d in depends.group(1).split(",")}
    every = {p for packages in groups().values() for p in packages}
    assert names - every == {"libc6", "adduser"}
