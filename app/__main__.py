"""`python -m app` and the PyInstaller entry point."""

import sys

from app.main import run

if __name__ == "__main__":
    sys.exit(run())
