"""Problems found in data files, reported as `file:line-or-key: message`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    file: str
    where: str
    message: str

    def __str__(self) -> str:
        return one_line(f"{self.file}:{self.where}: {self.message}")


class DataError(Exception):
    """One or more problems in a data file; str() is the first problem, one line."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(str(problems[0]) if problems else "unknown problem")


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def one_line(text: str) -> str:
    """Escape line breaks and other control characters (a key in a data file may contain them)."""
    return _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], text)


_ID_LINE = re.compile(r"""^\s*id\s*=\s*["']([^"'\n]*)["']""", re.M)


def id_lines(text: str) -> dict[str, list[int]]:
    """Every `id = "..."` in a TOML text -> the line numbers where it is written (one pass)."""
    lines: dict[str, list[int]] = {}
    line, last = 1, 0
    for match in _ID_LINE.finditer(text):
        line += text.count("\n", last, match.start())
        last = match.start()
        lines.setdefault(match.group(1), []).append(line)
    return lines


def toml_error_where(message: str) -> str:
    match = re.search(r"at line (\d+)", message)
    return match.group(1) if match else "1"


def short_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def read_text(path: Path, max_bytes: int) -> str:
    """A data file's text; DataError naming the file (and line) if unreadable, too large or not UTF-8."""
    name = short_path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError([Problem(name, "1", f"cannot read file: {exc.strerror or exc}")]) from None
    if len(raw) > max_bytes:
        raise DataError([Problem(name, "1", f"file is too large ({len(raw)} bytes)")])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError([Problem(name, str(line), "not valid UTF-8 text")]) from None
