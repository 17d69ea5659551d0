"""Text the printout shows, made safe: control characters visible, markup literal. No Qt."""

from __future__ import annotations

import html
import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")  # + lone surrogates


def clean(text: str) -> str:
    """Make control characters visible instead of letting them act."""
    return _CONTROL.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def esc(text: str) -> str:
    return html.escape(clean(text), quote=True)


def esc_multiline(text: str) -> str:
    return "<br/>".join(esc(line) for line in text.splitlines())
