"""packaging/bundle_rules.py on small fake inputs: what the bundle keeps, drops, swaps and stamps,
without a 30-second PyInstaller build (tests/test_bundle.py checks the real bundle end to end)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from tests.helpers.paths import REPO

sys.path.insert(0, str(REPO / "packaging"))
import bundle_rules as rules

LINUX_PLUGINS = [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/plugins/wayland-decoration-client/libbradient.so",
    "PySide6/Qt/plugins/wayland-decoration-client/libadwaita.so",
    "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
]
TRANSLATIONS = ["PySide6/Qt/translations/qtbase_es.qm", "PySide6/Qt/translations/qt_es.qm"]


def test_the_version_is_read_without_importing_the_app(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text('import sys\n__version__ = "2.3.1rc4"\n')
    assert rules.read_version(tmp_path) == "2.3.1rc4"
    assert rules.read_version(REPO) == ast.literal_eval(
        next(
            line.split("=", 1)[1]
            for line in (REPO / "app/__init__.py").read_text().splitlines()
            if "__version__" in line
        )
    )
    (tmp_path / "app" / "__init__.py").write_text("VERSION = '1'\n")
    with pytest.raises(SystemExit, match="__version__ not found"):
        rules.read_version(tmp_path)


@pytest.mark.parametrize(
    "version, numbers",
    [("1.2", (1, 2, 0, 0)), ("0.1.0", (0, 1, 0, 0)), ("1.2.3rc1", (1, 2, 3, 1)), ("1.2.3.4.5", (1, 2, 3, 4))],
)
def test_windows_wants_four_numbers(version, numbers):
    assert rules.version_tuple(version) == numbers


def test_the_windows_version_resource_names_the_app_and_its_version():
    text = rules.windows_version_info("1.2.3", "tool", "The Tool")
    assert "filevers=(1, 2, 3, 0)" in text and "prodvers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    assert "StringStruct('OriginalFilename', 'tool.exe')" in text
    assert "StringStruct('LegalCopyright', 'See LICENSE')" in text
    compile(text, "version", "eval")  # PyInstaller evaluates it as a Python expression


def test_resources_go_in_without_sources_and_clutter(tmp_path):
    for name in ("content/en/a.toml", "i18n/app_es.qm", "i18n/app_es.ts", "icons/x.png", "icons/.DS_Store"):
        (tmp_path / "resources" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "resources" / name).write_text("x")
    (tmp_path / "resources/__pycache__").mkdir()
    (tmp_path / "resources/__pycache__/m.cpython-311.pyc").write_text("x")
    datas = rules.resource_datas(tmp_path)
    assert sorted((Path(src).relative_to(tmp_path / "resources").as_posix(), dest) for src, dest in datas) == [
        ("content/en/a.toml", "resources/content/en"),
        ("i18n/app_es.qm", "resources/i18n"),
        ("icons/x.png", "resources/icons"),
    ]


@pytest.mark.parametrize(
    "dest, kept",
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),  # Windows' separators, no Qt/ level
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),  # a whole directory kept
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),  # a directory not in the table
        ("PySide6/Qt/translations/qtbase_es.qm", True),
        ("PySide6/Qt/translations/qt_es.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/assistant_es.qm", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/QtWebEngineCore.framework/Versions/A/QtWebEngineCore", False),
        ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", True),
        ("PySide6/QtNetwork.abi3.so", False),
        ("PySide6/Qt/qml/QtQuick/qmldir", False),
        ("opengl32sw.dll", False),
        ("libfontconfig.so.1", True),  # not Qt: PyInstaller's business
        ("app/resources/content/en/meta.toml", True),
    ],
)
def test_which_toc_entries_stay(dest, kept):
    assert rules.keep_entry(dest) is kept


def test_qt_module_names():
    assert rules.qt_module_of("PySide6/Qt/lib/libQt6PrintSupport.so.6") == "PrintSupport"
    assert rules.qt_module_of("PySide6/Qt6Core.dll") == "Core"
    assert rules.qt_module_of("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui") == "Gui"
    assert rules.qt_module_of("libfontconfig.so.1") is None


def test_trim_splits_a_toc_and_says_how_much():
    toc = [
        (d, f"/src/{i}", "BINARY")
        for i, d in enumerate(["libc.so.6", *LINUX_PLUGINS[:2], "PySide6/Qt/lib/libQt6Qml.so.6"])
    ]
    said = []
    kept, dropped = rules.trim(toc, "binaries", log=said.append)
    assert [e[0] for e in dropped] == ["PySide6/Qt/lib/libQt6Qml.so.6"]
    assert len(kept) == 3 and said == ["build.spec: binaries: kept 3, dropped 1"]


def test_a_keep_rule_that_matches_nothing_fails_the_build():
    rules.check_keep_rules([(d, d, "BINARY") for d in LINUX_PLUGINS + TRANSLATIONS], rules.LINUX)  # all there
    renamed = [d.replace("libqxcb", "libqxcb-next") for d in LINUX_PLUGINS]
    assert rules.unmatched_keep_rules(renamed + TRANSLATIONS, rules.LINUX) == ["plugin platforms/qxcb"]
    assert rules.unmatched_keep_rules(LINUX_PLUGINS, rules.LINUX) == ["Qt translations for 'es'"]
    with pytest.raises(SystemExit, match="platforms/qxcb"):
        rules.check_keep_rules([(d, d, "BINARY") for d in renamed + TRANSLATIONS], rules.LINUX)


def test_keep_rules_are_per_platform():
    windows = ["PySide6/plugins/platforms/qwindows.dll", "PySide6/plugins/platforms/qoffscreen.dll"]
    windows += ["PySide6/plugins/imageformats/qsvg.dll", "PySide6/plugins/iconengines/qsvgicon.dll"]
    windows += ["PySide6/translations/qtbase_es.qm"]
    assert rules.unmatched_keep_rules(windows, rules.WINDOWS) == []  # no xcb or Wayland expected there
    assert "plugin platforms/qcocoa" in rules.unmatched_keep_rules(windows, rules.MACOS)
    assert rules.platform_of("linux") == rules.LINUX and rules.platform_of("win32") == rules.WINDOWS


def test_orphans_go_only_when_nothing_kept_needs_them():
    kept = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/qxcb", "BINARY"),
        ("libxcb.so.1", "/s/libxcb", "BINARY"),
        ("libshared.so.1", "/s/libshared", "BINARY"),
        ("libgtk-3.so.0", "/s/gtk", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython", "BINARY"),
        ("libffi.so.8", "/s/ffi", "BINARY"),  # collected for its own reasons: nothing dropped needs it
    ]
    dropped = [("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/s/qgtk3", "BINARY")]
    links = {
        "/s/qxcb": ["/usr/lib/libxcb.so.1", "libshared.so.1"],
        "/s/qgtk3": ["/usr/lib/libgtk-3.so.0", "libshared.so.1"],
        "/s/libpython": ["libm.so.6"],
    }
    out = rules.orphans(kept, dropped, lambda src: links.get(src, []))
    assert [e[0] for e in out] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libxcb.so.1",
        "libshared.so.1",  # the kept xcb plugin needs it too
        "libpython3.11.so.1.0",
        "libffi.so.8",
    ]


def test_the_icu_data_library_is_swapped_or_kept_with_a_warning(tmp_path):
    src = tmp_path / "libicudata.so.73"
    src.write_bytes(b"x" * 100)
    other = ("PySide6/Qt/lib/libQt6Core.so.6", "/s/core", "BINARY")
    toc = [("PySide6/Qt/lib/libicudata.so.73", str(src), "BINARY"), other]

    def trim_library(source: Path, target: Path) -> tuple[int, int]:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes()[:10])
        return 5, 50

    said: list[str] = []
    out = rules.swap_icu_data(toc, trim_library, tmp_path / "work", log=said.append)
    assert out == [("PySide6/Qt/lib/libicudata.so.73", str(tmp_path / "work/icu/libicudata.so.73"), "BINARY"), other]
    assert said == ["build.spec: ICU data trimmed to 5/50 items (100 -> 10 bytes)"]

    def no_compiler(source: Path, target: Path) -> tuple[int, int]:
        raise RuntimeError("no C compiler")

    said.clear()
    assert rules.swap_icu_data(toc, no_compiler, tmp_path / "work", log=said.append) == toc
    assert said and "WARNING: ICU data not trimmed (no C compiler)" in said[0]


def test_the_spec_keeps_no_logic_of_its_own():
    """build.spec is the PyInstaller objects and the calls into bundle_rules: no tables, no filters."""
    spec = (REPO / "build.spec").read_text(encoding="utf-8")
    assert "import bundle_rules as rules" in spec
    for gone in ("KEEP_PLUGINS =", "DROP_QT_MODULES =", "PY_EXCLUDES =", "def keep_entry", "re.compile"):
        assert gone not in spec, gone
    assert len(spec.splitlines()) <= 200
