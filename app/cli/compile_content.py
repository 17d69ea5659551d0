"""`compile-content [DIR]`: validate a content folder, then write each language's start-up snapshot
(compiled.json, app.core.snapshot)."""

from __future__ import annotations

from app.cli.check_content import checked_content
from app.cli.errors import EXIT_BAD_INPUT, UserError
from app.core import snapshot


def run(args) -> int:
    folder, loaded = checked_content(args)
    if loaded is None:
        return EXIT_BAD_INPUT
    for lang, content in sorted(loaded.items()):
        try:
            path = snapshot.write(folder, lang, content)
        except OSError as err:
            raise UserError(f"{snapshot.path_for(folder, lang)}: cannot write ({err.strerror or err})") from None
        print(f"wrote {path}")
    return 0
