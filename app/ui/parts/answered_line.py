""" "2 of 4 answered" on each page's step line ("Step 3 of 14 · 2 of 4 answered"): how many of the
questions the page shows now have an answer (app.core.unanswered.answered_count), so a page left
half done does not look finished. On the header's line, so the page keeps all its height."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.core.flow import WELCOME_AREA
from app.core.model import Area, Content
from app.core.unanswered import answered_count

translate = QCoreApplication.translate  # lupdate takes the context from the first argument


def answered_text(content: Content, answers: Mapping[str, Any], skipped: Collection[str], area: Area) -> str:
    """ "2 of 4 answered", or "" for a page without questions now (or skipped, or the welcome page)."""
    if area.id == WELCOME_AREA or area.id in skipped:
        return ""
    done, shown = answered_count(content, answers, area)
    if shown == 0:
        return ""
    return translate("AnsweredLine", "%1 of %2 answered").replace("%1", str(done)).replace("%2", str(shown))


def step_line(step: str, content: Content, answers: Mapping[str, Any], skipped: Collection[str], area: Area) -> str:
    count = answered_text(content, answers, skipped, area)
    return f"{step}  ·  {count}" if count else step
