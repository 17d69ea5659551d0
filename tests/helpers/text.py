"""Text read back from what the app made: a PDF's text, and comparisons that ignore line breaks."""

from __future__ import annotations

from pathlib import Path


def pdf_text(path: Path) -> str:
    """The text of a PDF, NFKC-normalised (Qt typesets "ff" as the ligature U+FB00)."""
    import unicodedata

    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() or "" for page in reader.pages))


def squash(text: str) -> str:
    """Collapse whitespace so wrapped lines in a PDF compare equal to the source text."""
    return " ".join(text.split())


def bare(text: str) -> str:
    """Letters only, no spaces or hyphens: a line break inside "self-harm" must not fail a comparison."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in "-\u00ad")
