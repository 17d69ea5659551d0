"""app.core and app.paths never import Qt (the core is what a clinician reviews and CI tests headless)."""

import subprocess
import sys
from pathlib import Path

import app.core

CORE = Path(app.core.__file__).parent


def test_core_imports_no_qt():
    modules = sorted(f"app.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n"
        f"for m in {modules + ['app.paths', 'app.main', 'app.commands']!r}: __import__(m)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_modules_stay_small():
    root = CORE.parent
    too_big = {str(p.relative_to(root)): n for p in root.rglob("*.py")
               if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not too_big, too_big
