"""`check-content [DIR]`: validate a content folder; one `file:line-or-key: message` line per problem, exit 2."""

from __future__ import annotations

from pathlib import Path

from app.cli.errors import EXIT_BAD_INPUT, print_problems
from app.cli.inputs import content_root
from app.core import snapshot
from app.core.validate import check_content


def checked_content(args) -> tuple[Path, dict | None]:
    """Validate the content folder named on the command line: (the folder holding the language
    folders, {lang: Content}); problems are printed, one per line, and give None."""
    root = args.dir or content_root(args)
    problems, loaded = check_content(root)
    print_problems(problems)
    folder = root.parent if (root / "meta.toml").exists() else root  # a single language folder was given
    return folder, (None if problems else loaded)


def run(args) -> int:
    folder, loaded = checked_content(args)
    if loaded is None:
        return EXIT_BAD_INPUT
    questions = sum(len(a.questions) for c in loaded.values() for a in c.areas)
    doctor = sum(len(a.doctor_questions) for c in loaded.values() for a in c.areas)
    print(
        f"content OK: {len(loaded)} language(s) ({', '.join(sorted(loaded))}), "
        f"{questions} screening questions, {doctor} doctor questions"
    )
    stale = [lang for lang in sorted(loaded) if snapshot.load(folder, lang) is None]
    if stale:
        print(
            f"note: no up-to-date {snapshot.FILE_NAME} for {', '.join(stale)} (start-up reads the TOML, "
            f"a little slower); `compile-content` writes it"
        )
    return 0
