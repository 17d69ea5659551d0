"""Injects the test-only trace (kiosk_trace.py, beside this file) into a kiosk the tests start.

Python imports `sitecustomize` at start-up from the first folder on sys.path that has one; the
real-display tests put this folder first on the kiosk's PYTHONPATH. With ISOTRETINOIN_KIOSK_TRACE set,
a Trace is attached to each KioskShell once it is built; nothing else changes, and nothing is imported
before the app imports it (the app's own start-up order stays as it is).
"""

from __future__ import annotations

import importlib.abc
import os
import sys

TARGET = "app.kiosk.shell"


def _attach(module) -> None:
    import kiosk_trace

    shell_class = module.KioskShell
    original = shell_class.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.trace = kiosk_trace.Trace(self)
        self.trace.later()

    shell_class.__init__ = init


class _AfterImport(importlib.abc.MetaPathFinder):
    """Finds nothing itself: wraps the real loader of app.kiosk.shell so _attach runs once it is loaded."""

    def find_spec(self, name, path=None, target=None):
        if name != TARGET:
            return None
        sys.meta_path.remove(self)
        try:
            import importlib.util

            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        run = loader.exec_module

        def exec_module(module):
            run(module)
            _attach(module)

        loader.exec_module = exec_module
        return spec


if os.environ.get("ISOTRETINOIN_KIOSK_TRACE", "") not in ("", "0"):
    sys.meta_path.insert(0, _AfterImport())
