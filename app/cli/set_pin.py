"""`set-pin [PATH]`: write the hash of a new staff PIN into a clinic configuration file (never the PIN itself).

Every other line of the file (and its comments) stays as it was. No Qt.
"""

from __future__ import annotations

import getpass
import os
import re
import sys
import tomllib

from app.cli.errors import UserError
from app.cli.inputs import config_path
from app.core.pin import PinError, check_pin_format, hash_pin

KIOSK_GROUP = "kiosk"  # the group the kiosk's user reads the file through (the .deb makes it)
_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_ARRAY_HEADER = re.compile(r"^\s*\[\[")
_PIN_LINE = re.compile(r"^(\s*pin_hash\s*=\s*)(\"[^\"\n]*\"|'[^'\n]*')?([^\n\r]*?)(\r?\n)?$")


def read_new_pin(stdin=None) -> str:
    """Twice, without echo on a terminal; from two lines of stdin otherwise (scripts and tests)."""
    stdin = stdin or sys.stdin
    if stdin.isatty():
        first = getpass.getpass("New staff PIN (digits): ")
        second = getpass.getpass("Same PIN again: ")
    else:
        first, second = (stdin.readline().rstrip("\r\n") for _ in range(2))
    if first != second:
        raise UserError("the two PINs differ; nothing was changed")
    try:
        check_pin_format(first)
    except PinError as err:
        raise UserError(f"{err}; nothing was changed") from None
    return first


def replace_pin_hash(text: str, new_hash: str) -> str:
    """Set `pin_hash` in the [kiosk] table, keeping every other line (and comments) as they were."""
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    table, kiosk_header = "", None
    for i, line in enumerate(lines):
        header = _HEADER.match(line)
        if header and not _ARRAY_HEADER.match(line):
            table = header.group(1).replace(" ", "")
            if table == "kiosk":
                kiosk_header = i
            continue
        if _ARRAY_HEADER.match(line):
            table = "[[array]]"
            continue
        if table == "kiosk":
            match = _PIN_LINE.match(line)
            if match:
                rest = match.group(3) if match.group(2) else ""
                comment = rest if rest.strip().startswith("#") else ""
                lines[i] = f'{match.group(1)}"{new_hash}"{comment}{match.group(4) or ""}'
                return "".join(lines)
    if kiosk_header is not None:
        lines.insert(kiosk_header + 1, f'pin_hash = "{new_hash}"{newline}')
        return "".join(lines)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines.append(newline)
    lines.append(f'{newline}[kiosk]{newline}pin_hash = "{new_hash}"{newline}')
    return "".join(lines)


def run(args, stdin=None) -> int:
    path = config_path(args)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"{path}: file not found (copy resources/clinic.example.toml there first)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"{path}: fix the TOML first ({exc}); nothing was changed") from None
    new_hash = hash_pin(read_new_pin(stdin))
    updated = replace_pin_hash(text, new_hash)
    try:
        written = tomllib.loads(updated).get("kiosk", {}).get("pin_hash")
    except tomllib.TOMLDecodeError:
        written = None
    if written != new_hash:
        raise UserError(f'{path}: could not place pin_hash automatically; under [kiosk] write: pin_hash = "{new_hash}"')
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temp, "w", encoding="utf-8", newline="") as handle:
            handle.write(updated)
        mode = private_mode(path)
        os.chmod(temp, mode)
        try:
            st = path.stat()
            os.chown(temp, st.st_uid, st.st_gid)  # (as it was: e.g. root:kiosk)
        except (OSError, AttributeError):
            pass
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserError(f"{path}: cannot write: {exc.strerror or exc}; nothing was changed") from None
    print(f"PIN hash written to {path} (kiosk.pin_hash); the PIN itself is not stored.")
    if mode == 0o600:
        print(
            f"{path} is now readable by its owner only; if the kiosk runs as another user: "
            f"sudo chgrp {KIOSK_GROUP} {path} && sudo chmod 640 {path}"
        )
    return 0


def private_mode(path) -> int:
    """0640 when the file belongs to the kiosk's group (the kiosk user reads it), else 0600: never others."""
    try:
        import grp  # start-up: POSIX only

        if grp.getgrgid(path.stat().st_gid).gr_name == KIOSK_GROUP:
            return 0o640
    except (ImportError, KeyError, OSError):
        pass
    return 0o600
