"""Shrink the ICU data library that PySide6's Linux wheels ship (libicudata.so.73, ~32 MB).

Qt only calls ICU for collation (QCollator), legacy text codecs (QStringConverter), locale-aware
upper/lower case and time-zone display names (checked with ``nm -D --undefined-only`` on the Qt
libraries). The ICU data blob, however, carries every locale, break iterator, unit, currency,
transliterator and CJK codec: about 2 % of it is ever read by this app.

This tool reads the ICU "common data" package embedded in the library as ``icudtNN_dat``, keeps
the items listed by :func:`keep_item` (root + English + Spanish locale data, collation, time zones,
normalisation, the small single-byte codecs), writes a new package and links it into a shared
library with the same SONAME and symbol. ICU looks items up by name in the package TOC and reports
a missing item as U_MISSING_RESOURCE_ERROR, which Qt handles like "no such collator/codec".

Used by build.spec on Linux (needs a C compiler; without one the full library is kept).
Standalone:

    python tools/trim_icu_data.py --list  .venv/.../PySide6/Qt/lib/libicudata.so.73
    python tools/trim_icu_data.py SRC OUT   # writes the trimmed library to OUT
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# The languages the app ships: a content folder with a meta.toml each (build.spec reads the same).
KEEP_LANGS = tuple(
    sorted(p.parent.name for p in (Path(__file__).resolve().parents[1] / "resources" / "content").glob("*/meta.toml"))
)

# Top-level locale-independent resource bundles Qt's ICU calls can reach (ucal, ucol, ucnv).
_KEEP_TOP_RES = {
    "root",
    "pool",
    "res_index",
    "supplementalData",
    "likelySubtags",
    "metadata",
    "keyTypeData",
    "icuver",
    "icustd",
    "numberingSystems",
    "timezoneTypes",
    "metaZones",
    "windowsZones",
    "zoneinfo64",
    "tzdbNames",
    "parentLocales",
    "grammaticalFeatures",
    "plurals",
    "dayPeriods",
}
# Sub-trees Qt never touches (its text boundaries, numbers and units are Qt's own code/CLDR copy).
_DROP_TREES = {"brkitr", "translit", "rbnf", "unit"}
_SMALL_CODEC = 16 * 1024  # single-byte code pages (windows-125x, iso-8859-x, ibm-8xx) are ~3 KB


def keep_item(name: str, size: int) -> bool:
    """Decide for one package item, e.g. 'icudt73l/coll/es.res'."""
    parts = name.split("/")[1:]  # drop the 'icudt73l' package prefix
    if len(parts) == 1:
        leaf = parts[0]
        stem, _, ext = leaf.rpartition(".")
        if ext == "cnv":
            return size <= _SMALL_CODEC
        if ext in ("nrm", "icu"):
            return leaf != "unames.icu"  # character names (u_charName): not used by Qt
        if ext == "res":
            return stem in _KEEP_TOP_RES or _is_kept_locale(stem)
        return False  # .spp (StringPrep), .cfu (spoof checker)
    tree, leaf = parts[0], parts[-1]
    if tree in _DROP_TREES:
        return False
    stem = leaf.rpartition(".")[0]
    return leaf == "ucadata.icu" or stem in _KEEP_TOP_RES or _is_kept_locale(stem)


def _is_kept_locale(stem: str) -> bool:
    return any(stem == lang or stem.startswith(lang + "_") for lang in KEEP_LANGS)


# --------------------------------------------------------------------------- ELF / package I/O
def read_symbol(path: Path, prefix: bytes = b"icudt") -> tuple[str, bytes]:
    """Return (symbol name, bytes) of the exported ``icudtNN_dat`` object in an ELF64 LE library."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path}: not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, _ = struct.unpack_from("<HHH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    for _name, typ, _flags, _addr, off, size, link, _info, _align, entsize in sections:
        if typ != 11:  # SHT_DYNSYM
            continue
        strtab_off = sections[link][4]
        for i in range(size // entsize):
            st_name, _info, _other, shndx, value, st_size = struct.unpack_from("<IBBHQQ", data, off + i * entsize)
            start = strtab_off + st_name
            name = data[start : data.index(b"\0", start)]
            if name.startswith(prefix) and name.endswith(b"_dat") and st_size:
                sec = sections[shndx]
                file_off = sec[4] + (value - sec[3])
                return name.decode(), data[file_off : file_off + st_size]
    raise ValueError(f"{path}: no icudt*_dat symbol")


def parse_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split an ICU common-data package ('CmnD') into its header and (name, data) items."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[16] != 1:
        raise ValueError("not an ICU common data package (CmnD v1)")
    toc = blob[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_off, data_off) in enumerate(entries):
        name = toc[name_off : toc.index(b"\0", name_off)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((name, toc[data_off:end]))
    return blob[:header_size], items


def build_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """Inverse of parse_package: TOC sorted by name (ICU binary-searches it), items 16-aligned."""
    items = sorted(items, key=lambda it: it[0].encode("ascii"))
    names = b"".join(n.encode("ascii") + b"\0" for n, _ in items)
    toc_head = 4 + 8 * len(items)
    data_start = _align(toc_head + len(names))
    offsets, name_off, data_off = [], toc_head, data_start
    for name, data in items:
        offsets.append((name_off, data_off))
        name_off += len(name) + 1
        data_off += _align(len(data))
    out = bytearray(header)
    out += struct.pack("<I", len(items))
    for pair in offsets:
        out += struct.pack("<II", *pair)
    out += names
    out += b"\0" * (len(header) + data_start - len(out))
    for _, data in items:
        out += data + b"\0" * (_align(len(data)) - len(data))
    return bytes(out)


def _align(n: int, to: int = 16) -> int:
    return (n + to - 1) // to * to


def link_library(blob: bytes, symbol: str, soname: str, out: Path, cc: str | None = None) -> None:
    """Link ``blob`` as the read-only, 16-aligned global object ``symbol`` into a shared library."""
    cc = cc or os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")
    if not cc:
        raise RuntimeError("no C compiler (cc/gcc) found")
    if not re.fullmatch(r"icudt\d+_dat", symbol) or not re.fullmatch(r"[\w.+-]+", soname):
        raise ValueError("unexpected symbol or soname")
    with tempfile.TemporaryDirectory(prefix="icudata-") as tmp:
        dat = Path(tmp) / "icudt.dat"
        dat.write_bytes(blob)
        src = Path(tmp) / "icudt.S"
        src.write_text(
            f".section .rodata\n.globl {symbol}\n.type {symbol}, @object\n.balign 16\n"
            f'{symbol}:\n.incbin "{dat.as_posix()}"\n.size {symbol}, .-{symbol}\n'
            '.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [cc, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-Wl,-s", "-o", str(out), str(src)],
            check=True,
        )


def trim_library(src: Path, out: Path, cc: str | None = None) -> tuple[int, int]:
    """Write the trimmed library to ``out``; return (items kept, items total)."""
    symbol, blob = read_symbol(src)
    header, items = parse_package(blob)
    kept = [(n, d) for n, d in items if keep_item(n, len(d))]
    package = build_package(header, kept)
    # Round-trip check: the package we wrote parses back to the same items.
    if parse_package(package)[1] != sorted(kept, key=lambda it: it[0].encode("ascii")):
        raise AssertionError("trimmed ICU package does not round-trip")
    link_library(package, symbol, src.name, out, cc)
    return len(kept), len(items)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Trim PySide6's bundled ICU data library.")
    parser.add_argument("src", type=Path)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--list", action="store_true", help="list items and whether they are kept")
    args = parser.parse_args(argv)
    if args.list or not args.out:
        symbol, blob = read_symbol(args.src)
        _, items = parse_package(blob)
        kept = sum(len(d) for n, d in items if keep_item(n, len(d)))
        for name, data in items:
            print(f"{'keep' if keep_item(name, len(data)) else 'drop'} {len(data):9d} {name}")
        print(f"{symbol}: {len(items)} items, {len(blob)} bytes; kept {kept} bytes")
        return 0
    n_kept, n_all = trim_library(args.src, args.out)
    print(f"{args.out}: kept {n_kept}/{n_all} ICU data items, {args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
