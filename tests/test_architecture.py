"""The layout holds: app.core and app.paths never import Qt (nor do the headless commands), the import
contracts in pyproject.toml (layers, no circles), small modules, and function-level imports only where
start-up time needs them."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import app
import app.core

ROOT = Path(app.__file__).parent
CORE = Path(app.core.__file__).parent
MAX_LINES = 300
# The headless commands that must start without Qt (export loads it only for a PDF or a printer).
QT_FREE_COMMANDS = [
    "app.main",
    "app.cli.errors",
    "app.cli.inputs",
    "app.cli.check_content",
    "app.cli.compile_content",
    "app.cli.questions",
    "app.cli.check_config",
    "app.cli.set_pin",
    "app.cli.export",
]


def test_core_imports_no_qt():
    modules = sorted(f"app.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n"
        f"for m in {modules + ['app.paths'] + QT_FREE_COMMANDS!r}: __import__(m)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_modules_stay_small():
    too_big = {
        str(p.relative_to(ROOT)): n
        for p in ROOT.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not too_big, too_big


# -- the import contracts (pyproject.toml [tool.importlinter]) --------------------------------------
def test_import_contracts_hold():
    """Qt-free core and paths, the layers core < printing < ui < kiosk < gui/cli < main, and no circles
    (type-hint imports included). .ci/run runs `lint-imports` first; this is the same check under pytest."""
    from importlinter.cli import lint_imports

    assert lint_imports(config_filename=str(ROOT.parent / "pyproject.toml"), no_cache=True, no_logo=True) == 0


def module_files(root: Path) -> dict[str, Path]:
    """Every module of the package at `root`, by dotted name ("app.core.flow"; a package: "app.core")."""
    out = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _function_nodes(tree: ast.AST) -> set[int]:
    inside = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            inside.update(id(sub) for sub in ast.walk(node) if sub is not node)
    return inside


def imported_names(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """The dotted names an import statement can mean (`from a import b`: the module a.b or a name in a)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        parts = module.split(".") if is_package else module.split(".")[:-1]
        parts = parts[: len(parts) - node.level + 1]
        base = ".".join([*parts, base] if base else parts)
    return [base] + [f"{base}.{alias.name}" for alias in node.names]


def function_imports_of(path: Path, module: str) -> list[tuple[ast.Import | ast.ImportFrom, list[str]]]:
    """(statement, names) for every import inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    inside = _function_nodes(tree)
    return [
        (node, imported_names(node, module, path.name == "__init__.py"))
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom)) and id(node) in inside
    ]


# -- function-level imports --------------------------------------------------------------------------
def undocumented_function_imports(root: Path) -> list[str]:
    """Function-level imports of app or PySide6 modules without a `start-up` comment on their line or above."""
    bad = []
    for module, path in module_files(root).items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for node, names in function_imports_of(path, module):
            if not any(n.split(".")[0] in (root.name, "PySide6", "shiboken6") for n in names):
                continue
            here = lines[node.lineno - 1]
            above = lines[node.lineno - 2] if node.lineno > 1 else ""
            if "start-up" not in here and not (above.strip().startswith("#") and "start-up" in above):
                bad.append(f"{path.relative_to(root.parent).as_posix()}:{node.lineno}: {here.strip()}")
    return bad


def test_function_level_imports_say_why():
    bad = undocumented_function_imports(ROOT)
    assert not bad, "function-level imports without a '# start-up: ...' comment:\n" + "\n".join(bad)


def test_function_import_check_finds_an_undocumented_one(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "m.py").write_text(
        "def ok():\n    from pkg import n  # start-up: only when asked\n"
        "def ok_too():\n    # start-up: Qt only here\n    from PySide6.QtGui import QImage\n"
        "def fine():\n    import json\n"  # not app or Qt: not checked
        "def bad():\n    x = 1  # start-up\n    from PySide6.QtWidgets import QDialog\n"
        "def bad_too():\n    from pkg import n\n"
    )
    (pkg / "n.py").write_text("")
    assert [line.split(": ", 1)[0] for line in undocumented_function_imports(pkg)] == ["pkg/m.py:10", "pkg/m.py:12"]
