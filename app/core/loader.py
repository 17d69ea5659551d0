"""Load one language of the content: its start-up snapshot when fresh, else the TOML files, validated.

app.core.decode reads the files, app.core.validate cross-checks them; this module puts the two together.
"""

from __future__ import annotations

from pathlib import Path

from app.core import snapshot
from app.core.decode import language_dirs, load_language, load_sources
from app.core.model import Content
from app.core.problems import DataError, Problem, short_path


def load_content(root: Path, lang: str = "en", use_snapshot: bool = True) -> Content:
    """Load and validate one language; raise DataError on any problem.

    When `<lang>/compiled.json` matches the TOML files byte for byte (app.core.snapshot), its
    already validated content is used instead of parsing the TOML again.
    """
    if use_snapshot and (snap := snapshot.load(root, lang)) is not None:
        return snap
    from app.core.validate import validate_language  # start-up: a fresh snapshot needs no checks (~10 ms)

    lang_dir = root / lang
    if not (lang_dir / "meta.toml").exists():
        available = ", ".join(p.name for p in language_dirs(root)) if root.is_dir() else ""
        raise DataError(
            [Problem(short_path(lang_dir), "1", f"no content for language '{lang}' (have: {available or 'none'})")]
        )
    sources = load_sources(root)
    loaded = load_language(lang_dir, sources)
    problems = loaded.problems + validate_language(loaded)
    if problems:
        raise DataError(problems)
    return loaded.content
