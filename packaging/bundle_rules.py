"""What goes into the PyInstaller bundle, as plain functions over plain data (build.spec calls them).

build.spec stays declarative (Analysis, EXE, COLLECT, BUNDLE); the decisions live here, where
tests/test_bundle_rules.py checks them on small fake inputs instead of a 30-second build:
- the version and the Windows version resource (`read_version`, `version_tuple`, `windows_version_info`);
- the resource walk (`resource_datas`);
- the Qt trimming tables and the TOC filter (`keep_entry`, `trim`), which fails the build when a table
  entry that should match a file on this platform matches none (a renamed plugin is never dropped or
  kept silently: `unmatched_keep_rules`);
- the Linux orphaned-library pruning (`orphans`) and the ICU data swap (`swap_icu_data`).
Needs nothing but the standard library; PyInstaller's own helpers are passed in by build.spec.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable
from pathlib import Path

# A TOC entry as PyInstaller has it: (destination in the bundle, source path, typecode).
Entry = tuple[str, str, str]

LINUX, WINDOWS, MACOS = "linux", "win32", "darwin"
ALL = frozenset({LINUX, WINDOWS, MACOS})


def platform_of(sys_platform: str) -> str:
    return LINUX if sys_platform.startswith("linux") else sys_platform


# --------------------------------------------------------------------------- version
def read_version(root: Path) -> str:
    """`__version__` from app/__init__.py, without importing the package."""
    return read_constant(root, "__version__")


def read_constant(root: Path, name: str) -> str:
    """A constant of app/__init__.py (`__version__`, `APP_ID`, `APP_NAME`), without importing the package."""
    tree = ast.parse((root / "app" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return str(ast.literal_eval(node.value))
    raise SystemExit(f"build.spec: {name} not found in app/__init__.py")


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2' -> (1, 2, 0, 0); '1.2.3rc1' -> (1, 2, 3, 1): Windows wants four numbers."""
    nums = [int(n) for n in re.findall(r"\d+", version)[:4]]
    a, b, c, d = nums + [0] * (4 - len(nums))
    return a, b, c, d


def windows_version_info(version: str, app_name: str, display_name: str) -> str:
    """The text of a VSVersionInfo file (PyInstaller's `version=`), generated at build time."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": display_name,
        "FileDescription": display_name,
        "FileVersion": version,
        "InternalName": app_name,
        "LegalCopyright": "See LICENSE",
        "OriginalFilename": f"{app_name}.exe",
        "ProductName": display_name,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r},
                    mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
{string_structs}
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


# --------------------------------------------------------------------------- data files
SKIP_SUFFIXES = {".ts", ".pyc", ".orig", ".swp"}
SKIP_NAMES = {".DS_Store", "Thumbs.db", "__pycache__"}


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """resources/ -> resources/ in the bundle (app/paths.py looks at sys._MEIPASS/resources).

    Translation sources (*.ts) and editor/OS clutter stay out; compiled *.qm go in."""
    base = root / "resources"
    out = []
    for path in sorted(base.rglob("*")):
        if not path.is_file() or path.suffix in SKIP_SUFFIXES:
            continue
        if any(part in SKIP_NAMES for part in path.relative_to(base).parts):
            continue
        out.append((str(path), (Path("resources") / path.relative_to(base).parent).as_posix()))
    return out


# --------------------------------------------------------------------------- Qt trimming
# Languages the app ships (a content folder with a meta.toml each); Qt's own catalogues (qt_*.qm,
# qtbase_*.qm) are kept for these only. tools/trim_icu_data.py reads the same folders.
KEEP_LANGS = tuple(
    sorted(p.parent.name for p in (Path(__file__).resolve().parents[1] / "resources" / "content").glob("*/meta.toml"))
)

# Qt plugin files we keep, by plugin directory, each with the platforms whose wheels ship it (a kept
# plugin missing there fails the build). Anything else under plugins/ is dropped. Matching is on the
# file stem with the lib prefix and extension removed. None = keep the whole directory.
KEEP_PLUGINS: dict[str, dict[str, frozenset[str]] | None] = {
    # Linux: X11 + Wayland desktops and kiosks (cage). macOS: cocoa. Windows: windows. offscreen everywhere.
    "platforms": {
        "qxcb": frozenset({LINUX}),
        "qwayland": frozenset({LINUX}),
        "qoffscreen": ALL,
        "qcocoa": frozenset({MACOS}),
        "qwindows": frozenset({WINDOWS}),
    },
    # Wayland needs a shell integration (xdg-shell) and client-side decorations.
    "wayland-shell-integration": {"xdg-shell": frozenset({LINUX})},
    "wayland-decoration-client": {"bradient": frozenset({LINUX}), "adwaita": frozenset({LINUX})},
    # Dead keys / Compose and IBus input methods (typed "my own question" in Spanish, CJK IMEs).
    "platforminputcontexts": {
        "composeplatforminputcontextplugin": frozenset({LINUX}),
        "ibusplatforminputcontextplugin": frozenset({LINUX}),
    },
    # Portal theme: dark/light scheme + portal dialogs; tiny, no extra system libs (unlike qgtk3).
    "platformthemes": {"qxdgdesktopportal": frozenset({LINUX})},
    "printsupport": None,  # CUPS on Linux (+ libcups); whatever Windows/macOS wheels put here
    "imageformats": {"qsvg": ALL},
    "iconengines": {"qsvgicon": ALL},
    "styles": None,  # native look on Windows (qmodernwindowsstyle) and macOS (qmacstyle)
    "accessiblebridge": None,  # Windows/macOS accessibility
    "accessible": None,
}

# Qt modules (shared libraries) the app never loads. Checked with ldd/readelf: QtGui needs only
# Core + DBus; the kept plugins need XcbQpa, WaylandClient, Svg, PrintSupport, Widgets. Most are not
# in PySide6-Essentials at all: this list also guards against the full PySide6 in the build venv.
DROP_QT_MODULES = (
    *("Network", "Qml", "Quick", "Pdf", "OpenGL", "WebEngine", "WebChannel", "WebSockets", "VirtualKeyboard"),
    *("Designer", "Help", "Sql", "Test", "UiTools", "Xml", "Concurrent", "Labs", "Lottie", "EglFS", "EglFs"),
    *("WaylandCompositor", "WaylandEgl", "Multimedia", "Positioning", "Charts", "DataVisualization", "Graphs"),
    *("3D", "ShaderTools", "SpatialAudio", "TextToSpeech", "StateMachine", "Scxml", "RemoteObjects"),
    *("SerialPort", "SerialBus", "Sensors", "Bluetooth", "Nfc", "HttpServer", "NetworkAuth", "Location"),
    *("WebView", "WlShell"),
)
_QT_MODULE_RE = re.compile(
    r"(?:^|/)(?:lib)?Qt6?(?P<mod>[A-Za-z0-9]+?)(?:\.framework/|\.so|\.dll|\.dylib|\.abi3|\.pyd|\.pyi|$)"
)

# Single files: Windows' software OpenGL fallback (~20 MB) is only loaded for OpenGL contexts,
# which a widgets-only app never creates.
DROP_FILES = {"opengl32sw.dll"}

# Python stdlib/third-party modules we never need at run time.
PY_EXCLUDES = [
    *("tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "unittest", "doctest", "pydoc", "pydoc_data"),
    *("test", "lib2to3", "ensurepip", "venv", "distutils", "setuptools", "pkg_resources", "pip", "sqlite3"),
    *("_sqlite3", "dbm", "curses", "_curses", "xmlrpc", "ssl", "_ssl"),
    # Not used; collecting it adds PyInstaller's multiprocessing runtime hook, which imports
    # multiprocessing (+ socket, logging, subprocess) on every start (~16 ms measured).
    *("multiprocessing", "concurrent.futures.process"),
    *("pytest", "_pytest", "pytestqt", "hypothesis", "PyQt5", "PyQt6", "PySide2"),
    *(
        f"PySide6.Qt{m}"
        for m in (
            *("Network", "Qml", "Quick", "QuickWidgets", "QuickControls2", "QuickTest", "OpenGL", "OpenGLWidgets"),
            *("Pdf", "PdfWidgets", "WebEngineCore", "WebEngineWidgets", "Sql", "Test", "Xml", "Help", "Designer"),
            *("UiTools", "Concurrent", "DBus", "StateMachine", "Multimedia"),
        )
    ),
]


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def qt_module_of(dest: str) -> str | None:
    """'PySide6/Qt/lib/libQt6Network.so.6' -> 'Network'; None when it is not a Qt module file."""
    dest = _norm(dest)
    if ".framework/" in dest:  # macOS: PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork
        name = dest.split(".framework/")[0].rsplit("/", 1)[-1] + ".framework/"
    else:
        name = dest.rsplit("/", 1)[-1]
    m = _QT_MODULE_RE.search(name)
    return m.group("mod") if m else None


_TRANSLATION = re.compile(r"PySide6/(?:Qt/)?translations/(?P<f>[^/]+)$")
_QT_CATALOGUE = re.compile(r"(?P<cat>qt|qtbase)_(?P<lang>[a-z]{2})(?:_[A-Za-z]+)?\.qm")
_PLUGIN = re.compile(r"PySide6/(?:Qt/)?plugins/(?P<dir>[^/]+)/(?P<f>[^/]+)$")


def plugin_of(dest: str) -> tuple[str, str] | None:
    """'PySide6/Qt/plugins/platforms/libqxcb.so' -> ('platforms', 'qxcb')."""
    m = _PLUGIN.search(_norm(dest))
    return (m.group("dir"), re.sub(r"^lib", "", m.group("f").split(".")[0])) if m else None


def keep_entry(dest: str) -> bool:
    """Whether one TOC entry (its destination path inside the bundle) stays."""
    d = _norm(dest)
    if d.rsplit("/", 1)[-1].lower() in DROP_FILES:
        return False
    if "PySide6/" not in d and not d.startswith(("Qt", "libQt6")):
        return True  # not Qt: leave it to PyInstaller (system libs are dropped with their plugin)
    m = _TRANSLATION.search(d)
    if m:
        t = _QT_CATALOGUE.fullmatch(m.group("f"))
        return bool(t) and t.group("lang") in KEEP_LANGS
    plugin = plugin_of(d)
    if plugin:
        wanted = KEEP_PLUGINS.get(plugin[0], {})
        return wanted is None or plugin[1] in wanted
    if "PySide6/Qt/qml/" in d or "PySide6/qml/" in d:
        return False
    mod = qt_module_of(d)
    return not (mod and any(mod.startswith(drop) for drop in DROP_QT_MODULES))


def unmatched_keep_rules(dests: Iterable[str], platform: str) -> list[str]:
    """The keep-table entries expected on `platform` that no destination matches (then the table is stale:
    a renamed plugin or catalogue would be dropped without a word)."""
    dests = [_norm(d) for d in dests]
    plugins = {p for p in map(plugin_of, dests) if p}
    missing = [
        f"plugin {folder}/{stem}"
        for folder, stems in KEEP_PLUGINS.items()
        if stems is not None
        for stem, platforms in stems.items()
        if platform in platforms and (folder, stem) not in plugins
    ]
    langs = {t.group("lang") for d in dests if (m := _TRANSLATION.search(d)) and (t := _QT_CATALOGUE.fullmatch(m["f"]))}
    missing += [f"Qt translations for '{lang}'" for lang in KEEP_LANGS if lang != "en" and lang not in langs]
    return missing


def trim(toc: Iterable[Entry], label: str, log: Callable[[str], None] = print) -> tuple[list[Entry], list[Entry]]:
    kept: list[Entry] = []
    dropped: list[Entry] = []
    for entry in toc:
        (kept if keep_entry(entry[0]) else dropped).append(entry)
    log(f"build.spec: {label}: kept {len(kept)}, dropped {len(dropped)}")
    return kept, dropped


def check_keep_rules(toc: Iterable[Entry], platform: str) -> None:
    """Fail the build when a keep-table entry for this platform matched nothing."""
    missing = unmatched_keep_rules([e[0] for e in toc], platform)
    if missing:
        raise SystemExit(
            "build.spec: these entries of packaging/bundle_rules.py match nothing in this PySide6 "
            f"(renamed or gone? update the table): {', '.join(missing)}"
        )


# --------------------------------------------------------------------------- Linux host libraries
def orphans(kept: list[Entry], dropped: list[Entry], imports_of: Callable[[str], Iterable[str]]) -> list[Entry]:
    """`kept` without the top-level host libraries that only the dropped Qt files pulled in.

    PyInstaller copies the host libraries a plugin links against into the bundle root (qgtk3 ->
    GTK/cairo/pango, ...). Removing the plugin leaves them behind. A top-level library goes only if
    something dropped needs it and nothing kept does (the `imports_of` closure: sonames each binary
    links), so libraries collected for any other reason are never touched."""

    def closure(entries: Iterable[Entry]) -> set[str]:
        names: set[str] = set()
        for _dest, src, typecode in entries:
            if typecode in ("BINARY", "EXTENSION"):
                names.update(Path(name).name for name in imports_of(src))
        return names

    def top_level(entry: Entry) -> bool:
        return "/" not in _norm(entry[0])

    needed_by_kept = closure(e for e in kept if not top_level(e) or e[0].startswith("libpython"))
    gone = closure(dropped) - needed_by_kept
    return [e for e in kept if not (top_level(e) and e[0] in gone)]


# --------------------------------------------------------------------------- ICU data
_ICU_DATA = re.compile(r"libicudata\.so\.\d+")


def swap_icu_data(
    binaries: list[Entry], trim_library: Callable[[Path, Path], tuple[int, int]], workdir: Path, log=print
) -> list[Entry]:
    """Linux: PySide6's 32 MB libicudata swapped for an en/es-only build (tools/trim_icu_data.py's
    `trim_library`). Without a C compiler or `icupkg` the tool raises and the full library is kept."""
    out = []
    for dest, src, typecode in binaries:
        if typecode == "BINARY" and _ICU_DATA.fullmatch(Path(src).name):
            target = workdir / "icu" / Path(src).name
            try:
                kept, total = trim_library(Path(src), target)
            except Exception as exc:  # noqa: BLE001 - any failure keeps the full library, with a warning
                log(f"build.spec: WARNING: ICU data not trimmed ({exc}); keeping {src}")
            else:
                size = (Path(src).stat().st_size, target.stat().st_size)
                log(f"build.spec: ICU data trimmed to {kept}/{total} items ({size[0]} -> {size[1]} bytes)")
                src = str(target)
        out.append((dest, src, typecode))
    return out
