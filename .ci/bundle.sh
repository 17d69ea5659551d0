#!/usr/bin/env bash
# Build the PyInstaller bundle (build.spec), run the frozen app's --self-test, check the bundle.
# Expects .venv with the app installed (.ci/run makes it). One build; ~30 s on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
APP=dist/isotretinoin-checklist/isotretinoin-checklist

if [ ! -x "$PY" ]; then
  echo "bundle.sh: no .venv here; run .ci/run first" >&2
  exit 2
fi
# PyInstaller and its hooks, pinned with hashes (requirements/build.txt; .ci/run's dev.txt has them).
"$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install -q --require-hashes -r requirements/build.txt

# PyInstaller refuses to bundle two Qt bindings; say so before a long build fails.
"$PY" - <<'PYEOF'
import importlib.util, sys
other = [m for m in ("PyQt5", "PyQt6", "PySide2") if importlib.util.find_spec(m)]
if other:
    sys.exit(f"bundle.sh: the venv also has {other}; PyInstaller will not bundle two Qt bindings")
PYEOF

# build.spec links a trimmed ICU data library with the C compiler (tools/trim_icu_data.py);
# without one it keeps the full 32 MB library and tests/test_bundle.py fails on the size.
# (.ci/run installs gcc in its one apt transaction; this is for a developer's machine.)
if ! command -v cc >/dev/null && command -v apt-get >/dev/null; then
  apt-get install -y -qq --no-install-recommends gcc >/dev/null
fi

# The app's own translations ship compiled; build them here too, so the bundle never lacks them.
shopt -s nullglob
for ts in resources/i18n/*.ts; do .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"; done
shopt -u nullglob

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN build.spec
echo "bundle.sh: built $(dirname "$APP") in $(( $(date +%s) - start )) s, $(du -sh "$(dirname "$APP")" | cut -f1)"

# The frozen app checks itself: content, wizard, PDF.
QT_QPA_PLATFORM=offscreen timeout 120 "$APP" --self-test

QT_QPA_PLATFORM=offscreen timeout -k 30 600 "$PY" -m pytest -p no:cacheprovider -m bundle tests/test_bundle.py
