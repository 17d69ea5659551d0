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


def line_of_id(text: str, item_id: str, last: bool = False) -> str | None:
    """The line number where `id = "item_id"` is written (first or last time), if found."""
    pattern = re.compile(r'^\s*id\s*=\s*["\']' + re.escape(item_id) + r'["\']', re.M)
    matches = list(pattern.finditer(text))
    if not matches:
        return None
    match = matches[-1] if last else matches[0]
    return str(text.count("\n", 0, match.start()) + 1)


def toml_error_where(message: str) -> str:
    match = re.search(r"at line (\d+)", message)
    return match.group(1) if match else "1"


def short_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
