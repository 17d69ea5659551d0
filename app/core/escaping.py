"""Text the printout shows, made safe: control characters visible, markup literal. No Qt."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")  # + lone surrogates


def clean(text: str) -> str:
    """Make control characters visible instead of letting them act."""
    return _CONTROL.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def esc(text: str) -> str:
    """html.escape(..., quote=True) without importing `html` (its entity table costs ~3 ms at start-up)."""
    return (
        clean(text)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


def esc_multiline(text: str) -> str:
    return "<br/>".join(esc(line) for line in text.splitlines())
