"""The app's log: lines for staff and maintainers (a print that failed, a language without content),
one line each on stderr, which journald records for a kiosk service. The only module that imports
`logging`: it never writes a file (the app writes nothing the person did not ask for), and a caller
never passes the person's answers, list, notes or name (tests/test_writes_nothing.py checks both).
"""

from __future__ import annotations

import sys

_ROOT = "app"


def warning(message: str) -> None:
    """One line on stderr, as `print(message, file=sys.stderr)` wrote it (the kiosk's service log)."""
    _logger().warning("%s", message)


def _logger():
    import logging  # start-up: only when there is something to log (it loads ~10 modules)

    logger = logging.getLogger(_ROOT)
    if not logger.handlers:

        class Stderr(logging.StreamHandler):
            """Whatever sys.stderr is when a line is written (a test's capture, a redirected stream)."""

            @property
            def stream(self):
                return sys.stderr

            @stream.setter
            def stream(self, _value) -> None:
                pass

        handler = Stderr()
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False  # one line, not a second copy through a handler someone set on the root
    logger.disabled = False  # a library's logging.config (disable_existing_loggers) must not silence the staff log
    return logger
