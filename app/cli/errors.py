"""Bad input from the person running a command: one line on stderr, exit code 2, never a traceback."""

from __future__ import annotations

import argparse
import sys

from app import APP_ID

EXIT_BAD_INPUT = 2


class UserError(Exception):
    """Bad input from the person running the command: one line, exit 2."""


def fail(message: str, prog: str = APP_ID) -> int:
    """Print `prog: error: message` (one line) and give the exit code for bad input."""
    print(f"{prog}: error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def print_problems(problems) -> None:
    """Problems in a file the person gave (content, clinic config): one per line, each naming file and key."""
    for problem in problems:
        print(problem, file=sys.stderr)


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, no usage dump
        raise SystemExit(fail(message, self.prog))
