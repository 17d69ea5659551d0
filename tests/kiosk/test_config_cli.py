"""`check-config` and `set-pin` from the command line: one line per problem, exit 2; the PIN is never stored."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from app.cli.set_pin import replace_pin_hash
from app.core.pin import verify_pin
from app.paths import resource_path


def run_app(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, input=stdin, timeout=120
    )


@pytest.fixture
def config(tmp_path) -> Path:
    path = tmp_path / "clinic.toml"
    path.write_text(resource_path("clinic.example.toml").read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_check_config_lists_each_problem_and_exits_2(tmp_path):
    path = tmp_path / "clinic.toml"
    path.write_text(
        '[kiosk]\nenabled = true\nprinter = "PDF"\nidle_timeout = 30\nwarning_countdown_s = 9999\n[clinc]\nname = "x"\n'
    )
    result = run_app("check-config", str(path))
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert lines == [
        f"{path}:4 (kiosk.idle_timeout): unknown key 'idle_timeout' (did you mean 'idle_timeout_s'?)",
        f"{path}:5 (kiosk.warning_countdown_s): must be between 5 and 300 seconds, not 9999",
        f"{path}:6 (clinc): unknown key 'clinc' (did you mean 'clinic'?)",
        f"{path}:kiosk.pin_hash: not set: staff could not leave the kiosk; "
        f"run `isotretinoin-checklist set-pin --config {path}`",
    ]


def test_set_pin_then_check_config_passes(config):
    original = config.read_text()
    result = run_app("set-pin", "--config", str(config), stdin="864213\n864213\n")
    assert result.returncode == 0, result.stderr
    assert "864213" not in result.stdout + result.stderr
    text = config.read_text()
    assert "864213" not in text
    assert config.stat().st_mode & 0o777 == 0o600, "readable by its owner only"
    stored = tomllib.loads(text)["kiosk"]["pin_hash"]
    assert stored.startswith(f"scrypt${2**17}$8$1$") and verify_pin("864213", stored)
    assert not verify_pin("864214", stored)
    changed = [(a, b) for a, b in zip(original.splitlines(), text.splitlines(), strict=True) if a != b]
    assert len(changed) == 1, "only the pin_hash line changes; comments and everything else stay"
    assert changed[0][1].endswith("# set by `set-pin`; never write the PIN itself here")
    result = run_app("check-config", str(config))
    assert result.returncode == 0 and result.stdout.startswith("config OK:"), result.stderr


@pytest.mark.parametrize(
    "stdin, needle",
    [
        ("123456\n654321\n", "the two PINs differ"),
        ("1234\n1234\n", "6 to 12 digits"),
        ("abcdef\nabcdef\n", "digits only"),
    ],
)
def test_set_pin_refuses_bad_input_and_changes_nothing(config, stdin, needle):
    before = config.read_bytes()
    result = run_app("set-pin", str(config), stdin=stdin)
    assert result.returncode == 2 and needle in result.stderr and "nothing was changed" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert config.read_bytes() == before


def test_check_config_warns_about_the_pin_and_who_can_read_the_file(tmp_path):
    from app.core.pin import hash_pin

    path = tmp_path / "clinic.toml"
    path.write_text('[clinic]\nname = "x"\n[kiosk]\nenabled = false\n', encoding="utf-8")
    path.chmod(0o644)
    result = run_app("check-config", str(path))
    assert result.returncode == 0 and "config OK" in result.stdout, "warnings, not errors"
    assert "warning: no staff PIN" in result.stderr, "kiosk mode off in the file: the unit still passes --kiosk"
    assert "every user of this computer can read this file" in result.stderr
    old = hash_pin("246813", n=2**14)  # what set-pin wrote before (a 4-digit PIN was allowed then)
    path.write_text(f'[kiosk]\nenabled = false\npin_hash = "{old}"\n', encoding="utf-8")
    path.chmod(0o640)
    result = run_app("check-config", str(path))
    assert result.returncode == 0
    assert f"{path}:3 (kiosk.pin_hash): warning: the PIN hash was made by an older set-pin" in result.stderr
    assert "can read this file" not in result.stderr


def test_set_pin_keeps_the_kiosk_group_readable(config):
    """The .deb makes the group kiosk; without it (CI runs this before installing the .deb) root makes it
    for the test and removes it after."""
    import grp
    import subprocess

    made = False
    try:
        group = grp.getgrnam("kiosk")
    except KeyError:
        if os.geteuid() != 0:
            pytest.skip("no group 'kiosk' on this computer (the .deb makes it), and not root to make one")
        subprocess.run(["groupadd", "--system", "kiosk"], check=True)
        made, group = True, grp.getgrnam("kiosk")
    try:
        os.chown(config, -1, group.gr_gid)
        assert run_app("set-pin", "--config", str(config), stdin="864213\n864213\n").returncode == 0
        assert config.stat().st_mode & 0o777 == 0o640 and config.stat().st_gid == group.gr_gid
    finally:
        if made:
            subprocess.run(["groupdel", "kiosk"], check=True)


def test_set_pin_missing_file(tmp_path):
    result = run_app("set-pin", str(tmp_path / "none.toml"), stdin="123456\n123456\n")
    assert result.returncode == 2 and "file not found" in result.stderr


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '[kiosk]\nenabled = true\npin_hash = "old"   # note\n[clinic]\nname = "x"\n',
            '[kiosk]\nenabled = true\npin_hash = "NEW"   # note\n[clinic]\nname = "x"\n',
        ),
        (
            '[clinic]\nname = "x"\n[kiosk]\nenabled = true\n',
            '[clinic]\nname = "x"\n[kiosk]\npin_hash = "NEW"\nenabled = true\n',
        ),
        ('[clinic]\nname = "x"', '[clinic]\nname = "x"\n\n[kiosk]\npin_hash = "NEW"\n'),
        (
            '[clinic]\npin_hash = "not this one"\n[kiosk]\npin_hash = ""\n',
            '[clinic]\npin_hash = "not this one"\n[kiosk]\npin_hash = "NEW"\n',
        ),
        ('[kiosk]\r\npin_hash = ""\r\n', '[kiosk]\r\npin_hash = "NEW"\r\n'),
    ],
)
def test_replace_pin_hash_keeps_the_rest(text, expected):
    assert replace_pin_hash(text, "NEW") == expected


def test_check_config_without_a_file_anywhere(tmp_path):
    env_home = {"XDG_CONFIG_HOME": str(tmp_path / "u"), "XDG_CONFIG_DIRS": str(tmp_path / "s")}
    result = subprocess.run(
        [sys.executable, "-m", "app", "check-config"],
        capture_output=True,
        text=True,
        env={**os.environ, **env_home},
        timeout=120,
    )
    assert result.returncode == 2 and "no clinic configuration file found" in result.stderr


def test_check_config_warns_about_a_printer_this_computer_lacks(config):
    from tests.kiosk.cups_queues import need_cups

    need_cups()  # the queue "PDF" exists here; "Front_desk" (the example's) does not
    assert run_app("set-pin", "--config", str(config), stdin="864213\n864213\n").returncode == 0
    result = run_app("check-config", str(config))
    assert result.returncode == 0 and result.stdout.startswith("config OK:"), "a warning, not an error"
    line = next(line for line in config.read_text().splitlines() if line.startswith("printer"))
    number = config.read_text().splitlines().index(line) + 1
    assert result.stderr.strip() == (
        f"{config}:{number} (kiosk.printer): warning: no printer 'Front_desk' on this computer "
        f"(printers here: {result.stderr.split('printers here: ')[1].split(')')[0]}); "
        "the kiosk cannot print until it exists"
    )
    assert "PDF" in result.stderr
    config.write_text(config.read_text().replace('printer = "Front_desk"', 'printer = "PDF"'))
    result = run_app("check-config", str(config))
    assert result.returncode == 0 and result.stderr == ""
