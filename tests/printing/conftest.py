"""Fixtures: the content copy with `know` statements (tests/brief_content.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.core.loader import load_content
from tests.brief_content import write_know_content


@pytest.fixture(scope="session")
def know_root(tmp_path_factory, content_root) -> Path:
    target = tmp_path_factory.mktemp("know") / "content"
    shutil.copytree(content_root, target)
    return write_know_content(target)


@pytest.fixture(scope="session")
def know_content(know_root):
    return load_content(know_root, "en")
