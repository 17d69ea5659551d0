"""tools/trim_icu_data.py: the ICU package reader/writer that build.spec uses on Linux."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("trim_icu_data", REPO / "tools" / "trim_icu_data.py")
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)


def fake_header() -> bytes:
    """A CmnD v1 data header like ICU's (32 bytes, padded to 16)."""
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", bytes([1, 0, 0, 0]), bytes([73, 0, 0, 0]))
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + info
    return header + b"\0" * (32 - len(header))


def test_package_round_trip_sorted_and_aligned():
    items = [("icudt73l/zone/es.res", b"z" * 5), ("icudt73l/coll/root.res", b"r" * 33), ("icudt73l/a.res", b"a")]
    blob = tool.build_package(fake_header(), items)
    header, parsed = tool.parse_package(blob)
    assert header == fake_header()
    assert [n for n, _ in parsed] == ["icudt73l/a.res", "icudt73l/coll/root.res", "icudt73l/zone/es.res"]
    assert {n: d.rstrip(b"\0") for n, d in parsed} == {n: d for n, d in items}
    (count,) = struct.unpack_from("<I", blob, 32)
    offsets = [struct.unpack_from("<II", blob, 36 + 8 * i)[1] for i in range(count)]
    assert all((32 + off) % 16 == 0 for off in offsets)


def test_not_a_package_is_refused():
    with pytest.raises(ValueError, match="not an ICU common data package"):
        tool.parse_package(b"\0" * 64)


@pytest.mark.parametrize(
    "name, size, kept",
    [
        ("icudt73l/coll/root.res", 100, True),
        ("icudt73l/coll/es.res", 100, True),
        ("icudt73l/coll/ucadata.icu", 100, True),
        ("icudt73l/coll/de.res", 100, False),
        ("icudt73l/zoneinfo64.res", 100, True),
        ("icudt73l/zone/es_MX.res", 100, True),
        ("icudt73l/zone/ja.res", 100, False),
        ("icudt73l/en_GB.res", 100, True),
        ("icudt73l/fr.res", 100, False),
        ("icudt73l/cnvalias.icu", 60_000, True),
        ("icudt73l/ibm-5348_P100-1997.cnv", 3_200, True),  # windows-1252
        ("icudt73l/gb18030.cnv", 232_816, False),
        ("icudt73l/unames.icu", 296_000, False),
        ("icudt73l/brkitr/en.res", 100, False),
        ("icudt73l/translit/root.res", 100, False),
        ("icudt73l/rfc3491.spp", 100, False),
    ],
)
def test_keep_item(name, size, kept):
    assert tool.keep_item(name, size) is kept


def pyside_icudata() -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip("PySide6 ships ICU only in its Linux wheels")
    import PySide6

    hits = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not hits:
        pytest.skip("no libicudata in this PySide6")
    return hits[0]


def test_real_library_keeps_what_qt_needs():
    symbol, blob = tool.read_symbol(pyside_icudata())
    assert symbol.startswith("icudt") and symbol.endswith("_dat")
    _, items = tool.parse_package(blob)
    kept = {n.split("/", 1)[1] for n, d in items if tool.keep_item(n, len(d))}
    assert {"coll/root.res", "coll/es.res", "coll/ucadata.icu", "zoneinfo64.res", "cnvalias.icu", "root.res"} <= kept
    assert sum(len(d) for n, d in items if tool.keep_item(n, len(d))) < len(blob) / 5


def test_trimmed_library_links_and_reads_back(tmp_path):
    src = pyside_icudata()
    if not (shutil.which("cc") or shutil.which("gcc")):
        pytest.skip("no C compiler")
    out = tmp_path / src.name
    kept, total = tool.trim_library(src, out)
    assert 0 < kept < total
    symbol, blob = tool.read_symbol(out)
    assert symbol == tool.read_symbol(src)[0]
    assert len(tool.parse_package(blob)[1]) == kept
