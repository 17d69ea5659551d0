"""A pre-parsed copy of one language's content, so that start-up need not parse TOML.

Parsing the 14 TOML files of a language and converting them takes ~45 ms on a slow machine;
decoding the same content from JSON with msgspec takes under 1 ms. `<lang>/compiled.json` holds
the validated `Content` and a fingerprint of the exact TOML bytes it came from. It is used only
while the fingerprint still matches, so an edited TOML file is always read (and validated) as
TOML; a missing, stale or unreadable snapshot just means the slower path.

The TOML files stay the only thing anyone edits. Refresh the snapshots after editing:

    python -m app compile-content            # the bundled content folder
    python -m app compile-content path/to/content

tests/core/test_snapshot.py fails when a shipped snapshot is stale. The snapshot is trusted as much
as the TOML beside it (whoever can write one can write the other); it is never edited by hand.
"""

from __future__ import annotations

from pathlib import Path

import msgspec

from app.core.model import Content

try:  # the same BLAKE2b as hashlib's, without hashlib's OpenSSL start-up (~5 ms of every start)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

FILE_NAME = "compiled.json"
FORMAT = 2  # bump when app/core/model.py changes what a decoded Content holds
MAX_BYTES = 20_000_000  # a language is ~150 KB; anything near this size is not ours


class Snapshot(msgspec.Struct, frozen=True):
    format: int
    fingerprint: str
    content: Content


def fingerprint(root: Path, lang: str) -> str:
    """A hash of the TOML files one language is made from (the shared sources register included)."""
    digest = blake2b(f"format {FORMAT}\0".encode(), digest_size=20)
    lang_dir = root / lang
    for path in [root / "sources.toml", *sorted(lang_dir.glob("*.toml"))]:
        digest.update(f"{path.relative_to(root).as_posix()}\0".encode())
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def path_for(root: Path, lang: str) -> Path:
    return root / lang / FILE_NAME


def load(root: Path, lang: str) -> Content | None:
    """The snapshot's content if it matches the TOML files exactly, else None (never raises)."""
    try:
        path = path_for(root, lang)
        if path.stat().st_size > MAX_BYTES:
            return None
        data = path.read_bytes()
        snap = msgspec.json.decode(data, type=Snapshot)
        if snap.format == FORMAT and snap.fingerprint == fingerprint(root, lang):
            return snap.content
    except (OSError, ValueError, msgspec.MsgspecError):  # missing, unreadable, stale or damaged: read the TOML
        pass
    return None


def encode(root: Path, lang: str, content: Content) -> bytes:
    return msgspec.json.format(msgspec.json.encode(Snapshot(FORMAT, fingerprint(root, lang), content)), indent=1)


def write(root: Path, lang: str, content: Content) -> Path:
    """Write the snapshot of already validated content (`python -m app compile-content`)."""
    path = path_for(root, lang)
    path.write_bytes(encode(root, lang, content))
    return path
