"""app/ui's shape (issue 22): no widget attribute is named like a Qt method (the method is found first: a
lazy page was never built by reading `page.scroll`, `getattr(page, "scroll", None)` gave a bound method),
and nothing outside RiskWizard sets an attribute on the wizard (RiskWizard.__init__ composes the window)."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap
from pathlib import Path

from PySide6.QtCore import QObject

import app
import app.kiosk
import app.ui

UI = Path(app.ui.__file__).parent
WIZARD_MODULE = UI / "wizard" / "wizard.py"
# How app/ui names the wizard when it is not `self`: a helper's argument, a page's owner, a new window.
WIZARD_NAMES = {"wizard", "owner", "old", "new"}


def _modules():
    for package in (app.ui, app.kiosk):
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            yield importlib.import_module(info.name)


def _attributes_set(cls: type) -> set[str]:
    """`self.x = ...` anywhere in the class, and `x = ...` in its body."""
    body = ast.parse(textwrap.dedent(inspect.getsource(cls))).body[0]
    assert isinstance(body, ast.ClassDef)
    names = set()
    for node in ast.walk(body):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            if isinstance(node.value, ast.Name) and node.value.id == "self":
                names.add(node.attr)
    for statement in body.body:
        targets = statement.targets if isinstance(statement, ast.Assign) else []
        if isinstance(statement, ast.AnnAssign):
            targets = [statement.target]
        names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


def test_no_widget_attribute_is_named_like_a_qt_method():
    clashes = set()
    for module in _modules():
        for cls in vars(module).values():
            if not (inspect.isclass(cls) and issubclass(cls, QObject) and cls.__module__ == module.__name__):
                continue
            qt = next(c for c in cls.__mro__ if c.__module__.startswith("PySide6"))
            for part in cls.__mro__:  # its app base classes too
                if part.__module__.startswith("app."):
                    named = {n for n in _attributes_set(part) if hasattr(qt, n)}
                    clashes |= {f"{cls.__name__}.{n} ({qt.__name__}.{n})" for n in named}
    assert sorted(clashes) == []


def _is_the_wizard(node: ast.expr) -> bool:
    """`wizard`, `owner`, `old`, `new`, or `self.wizard`, `self.owner`, `self.page.owner`."""
    if isinstance(node, ast.Name):
        return node.id in WIZARD_NAMES
    return isinstance(node, ast.Attribute) and node.attr in {"wizard", "owner"}


def test_nothing_outside_the_wizard_sets_an_attribute_on_it():
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path == WIZARD_MODULE:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AnnAssign | ast.AugAssign):
                targets = [node.target]
            for target in targets:
                for t in target.elts if isinstance(target, ast.Tuple) else [target]:
                    if isinstance(t, ast.Attribute) and _is_the_wizard(t.value):
                        found.append(f"{path.relative_to(UI)}:{t.lineno}: {ast.unparse(t)}")
    assert found == []
