"""Accessibility interface factories, each installed once per process (Qt keeps every one it is given)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAccessible

_installed: set[Callable] = set()


def install_once(factory: Callable) -> None:
    """Give Qt `factory` unless it already has it (before the first widget it serves is queried)."""
    if factory not in _installed:
        QAccessible.installFactory(factory)
        _installed.add(factory)
