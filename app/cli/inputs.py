"""What the commands (and the app's start-up) read: the content folder, its language, the clinic config file."""

from __future__ import annotations

from pathlib import Path

from app.cli.errors import UserError
from app.core.config import config_locations, find_config
from app.core.languages import SOURCE
from app.core.loader import load_content
from app.core.model import Content
from app.core.problems import DataError
from app.paths import content_dir


def content_root(args) -> Path:
    if getattr(args, "content", None):
        return args.content
    return content_dir()


def language(args, fallback: str = SOURCE) -> str:
    return getattr(args, "sub_lang", None) or getattr(args, "lang", None) or fallback


def load(args, lang: str) -> Content:
    try:
        return load_content(content_root(args), lang)
    except DataError as err:
        raise UserError(str(err)) from None


def config_path(args) -> Path:
    """The clinic configuration file: the one named on the command line, else the first found."""
    explicit = getattr(args, "path", None) or getattr(args, "sub_config", None) or getattr(args, "config", None)
    path = find_config(explicit)
    if path is None:
        looked = ", ".join(str(p) for p in config_locations())
        raise UserError(f"no clinic configuration file found (looked in: {looked}); give its path")
    return path
