"""The checks behind `check-config`: each unknown key, wrong type and wrong value, by line and key. No Qt."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import msgspec

from app.core.config_schema import (
    COUNTDOWN_RANGE,
    IDLE_RANGE,
    LOGO_SUFFIXES,
    MAX_LOGO_BYTES,
    PAPERS,
    PRINT_WAIT_RANGE,
    SECTIONS,
    ConfigFile,
)
from app.core.decode import language_dirs
from app.core.model import CRISIS_KEYS, REGIONS, Content, CrisisInfo, DoctorQuestion, Source
from app.core.pin import PinError, parse_hash
from app.core.problems import Problem, short_path

_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")

_TYPE_WORDS = {
    "`str`": "text in quotes",
    "`int`": "a whole number",
    "`bool`": "true or false",
    "`array`": "a list [...]",
    "`object`": "a table",
    "`float`": "a number",
}


def _friendly(err: msgspec.ValidationError) -> str:
    message = str(err).replace(" - at `$.", " at `")
    for word, plain in _TYPE_WORDS.items():
        message = message.replace(word, plain)
    return message[0].lower() + message[1:]


class KeyLines:
    """Line numbers of `key = ...` inside a `[table]` or the i-th `[[table]]`, for messages."""

    def __init__(self, text: str):
        self.index: dict[tuple[str, int, str], int] = {}
        self.headers: dict[tuple[str, int], int] = {}
        table, nth = "", 0
        counts: dict[str, int] = {}
        for number, line in enumerate(text.splitlines(), 1):
            stripped = line.strip()
            header = re.match(r"^\[\[\s*([^\]]+?)\s*\]\]|^\[\s*([^\]]+?)\s*\]", stripped)
            if header:
                table = (header.group(1) or header.group(2)).replace(" ", "").replace('"', "")
                nth = counts.get(table, -1) + 1 if header.group(1) else 0
                counts[table] = nth
                self.headers.setdefault((table, nth), number)
                continue
            key = re.match(r"^([A-Za-z0-9_-]+)\s*=", stripped)
            if key:
                self.index.setdefault((table, nth, key.group(1)), number)

    def where(self, table: str, key: str = "", nth: int = 0, label: str | None = None) -> str:
        label = label or ".".join(p for p in (table, key) if p)
        line = self.index.get((table, nth, key)) if key else self.headers.get((table, nth))
        if line is None and key:  # the key may be a table of its own: [table.key]
            line = self.headers.get((f"{table}.{key}" if table else key, 0))
        return f"{line} ({label})" if line else label


class ConfigChecker:
    def __init__(self, path: Path, raw: dict, text: str):
        self.path = path
        self.file = short_path(path)
        self.raw = raw
        self.lines = KeyLines(text)
        self.problems: list[Problem] = []
        self.bad: set[str] = set()  # parts that could not be decoded (their meaning is not checked)
        self.question_index: list[int] = []  # position in the file of each decoded question

    def add(self, where: str, message: str) -> None:
        self.problems.append(Problem(self.file, where, message))

    def _unknown(self, data: dict, kind: type, table: str, nth: int = 0, label: str = "") -> None:
        names = [f.encode_name for f in msgspec.structs.fields(kind)]
        for key in data:
            if key not in names:
                close = difflib.get_close_matches(key, names, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(names)})"
                prefix = label or table
                self.add(
                    self.lines.where(table, key, nth, f"{prefix}.{key}" if prefix else key),
                    f"unknown key '{key}'{hint}",
                )

    def _table(self, value, kind: type, table: str, nth: int = 0, label: str = ""):
        """Report unknown keys and each wrongly typed key; return the decoded struct or None.

        Unknown keys are reported and left out, so the known keys are still checked.
        """
        label = label or table
        if not isinstance(value, dict):
            self.add(self.lines.where(table, "", nth, label), "must be a table of keys")
            return None
        self._unknown(value, kind, table, nth, label)
        names = {info.encode_name: info for info in msgspec.structs.fields(kind)}
        known = {}
        for key, item in value.items():
            if key not in names:
                continue
            try:
                msgspec.convert(item, names[key].type)
            except msgspec.ValidationError as err:
                self.bad.add(f"{label}.{key}")
                self.add(self.lines.where(table, key, nth, f"{label}.{key}"), _friendly(err))
            else:
                known[key] = item
        try:
            return msgspec.convert(known, kind)
        except msgspec.ValidationError as err:  # e.g. a required key is missing (or was mistyped)
            if not any(b.startswith(label + ".") for b in self.bad):
                self.add(self.lines.where(table, "", nth, label), _friendly(err))
            return None

    def shape(self) -> ConfigFile:
        """Decode what can be decoded; parts that failed are left at their defaults and named in self.bad."""
        self._unknown(self.raw, ConfigFile, "")
        parts: dict = {}
        for name, kind in SECTIONS.items():
            if name in self.raw:
                decoded = self._table(self.raw[name], kind, name)
                if decoded is None:
                    self.bad.add(name)
                else:
                    parts[name] = decoded
        for name, kind in (("crisis", CrisisInfo), ("sources", Source)):
            tables = self.raw.get(name, {})
            if not isinstance(tables, dict):
                self.add(self.lines.where(name), f"must be tables like [{name}.<name>]")
                continue
            decoded_tables = {key: self._table(value, kind, f"{name}.{key}") for key, value in tables.items()}
            parts[name] = {k: v for k, v in decoded_tables.items() if v is not None}
            if len(parts[name]) < len(tables):
                self.bad.add(name)
        questions = self.raw.get("questions", [])
        if not isinstance(questions, list):
            self.add(self.lines.where("questions"), "write clinic questions as [[questions]] tables")
        else:
            decoded_list = [
                self._table(value, DoctorQuestion, "questions", i, f"questions[{i}]")
                for i, value in enumerate(questions)
            ]
            parts["questions"] = [q for q in decoded_list if q is not None]
            self.question_index = [i for i, q in enumerate(decoded_list) if q is not None]
        return ConfigFile(**parts)

    def meaning(self, cfg: ConfigFile, content_root: Path, content: Content | None, kiosk: bool) -> None:
        w = self.lines.where
        logo = cfg.clinic.logo
        if logo:
            path = (self.path.parent / logo).resolve()
            if path.suffix.lower() not in LOGO_SUFFIXES:
                self.add(w("clinic", "logo"), f"the logo must be a PNG or JPEG file, not '{path.suffix}'")
            elif not path.is_file():
                self.add(w("clinic", "logo"), f"file not found: {path}")
            elif path.stat().st_size > MAX_LOGO_BYTES:
                self.add(w("clinic", "logo"), f"the logo file is too large (over {MAX_LOGO_BYTES // 1_000_000} MB)")
        if len(cfg.clinic.name) > 120:
            self.add(w("clinic", "name"), "the clinic name is too long (at most 120 characters)")
        d = cfg.defaults
        if d.region and d.region not in REGIONS:
            self.add(w("defaults", "region"), f"'{d.region}' is not one of {', '.join(REGIONS)} (or \"\" to ask)")
        if d.language:
            have = [p.name for p in language_dirs(content_root)] if content_root.is_dir() else []
            if d.language not in have:
                self.add(w("defaults", "language"), f"no content for language '{d.language}' (have: {', '.join(have)})")
        if d.paper not in PAPERS:
            self.add(w("defaults", "paper"), f"'{d.paper}' is not one of {', '.join(PAPERS)}")
        k = cfg.kiosk
        if k.clinician_language not in ("", "en"):
            self.add(
                w("kiosk", "clinician_language"), f'\'{k.clinician_language}\' is not "en" (or "" for the person\'s)'
            )
        for key, value, (low, high) in (
            ("idle_timeout_s", k.idle_timeout_s, IDLE_RANGE),
            ("warning_countdown_s", k.warning_countdown_s, COUNTDOWN_RANGE),
            ("print_wait_s", k.print_wait_s, PRINT_WAIT_RANGE),
        ):
            if not low <= value <= high:
                self.add(w("kiosk", key), f"must be between {low} and {high} seconds, not {value}")
        if k.pin_hash:
            try:
                parse_hash(k.pin_hash)
            except PinError as err:
                self.add(w("kiosk", "pin_hash"), str(err))
        elif kiosk and "kiosk.pin_hash" not in self.bad:
            self.add(
                w("kiosk", "pin_hash"),
                f"not set: staff could not leave the kiosk; run `isotretinoin-checklist set-pin --config {self.file}`",
            )
        if kiosk and "kiosk.printer" not in self.bad and not k.printer.strip():
            self.add(w("kiosk", "printer"), "not set: kiosk mode prints to this printer (its name as the OS shows it)")
        self._content_refs(cfg, content)

    def _content_refs(self, cfg: ConfigFile, content: Content | None) -> None:
        w = self.lines.where
        known_sources = set(content.sources) if content else set()
        for tag in cfg.sources:
            if tag in known_sources:
                self.add(w(f"sources.{tag}"), f"source tag '{tag}' is already in the content's sources register")
        known_sources |= set(cfg.sources)
        for region, info in cfg.crisis.items():
            table = f"crisis.{region}"
            if region not in CRISIS_KEYS:
                self.add(w(table), f"unknown region '{region}' (use {', '.join(CRISIS_KEYS)})")
            if not info.title.strip():
                self.add(w(table, "title"), "the title must not be empty")
            if not [line for line in info.lines if line.strip()]:
                self.add(w(table, "lines"), "list at least one contact line")
            for tag in info.sources:
                if content and tag not in known_sources:
                    self.add(w(table, "sources"), f"unknown source tag '{tag}'")
        if content is None:
            return
        topics = {t.id for t in content.meta.topics}
        taken = {dq.id for a in content.areas for dq in a.doctor_questions}
        taken |= {q.id for _a, q in content.all_questions()}
        seen: set[str] = set()
        for i, q in zip(self.question_index, cfg.questions, strict=True):

            def where(key: str, i=i) -> str:
                return w("questions", key, i, f"questions[{i}].{key}")

            if not _ID.match(q.id):
                self.add(where("id"), f"id '{q.id}' must be lower-case letters, digits, '_', '-' or '.'")
            elif q.id in seen or q.id in taken or q.id.startswith("unsure."):
                self.add(where("id"), f"duplicate id '{q.id}' (ids must differ from each other and from the content's)")
            seen.add(q.id)
            for key in ("text", "why"):
                if not getattr(q, key).strip():
                    self.add(where(key), "must not be empty")
            if q.topic not in topics:
                self.add(where("topic"), f"unknown topic '{q.topic}' (use one of: {', '.join(sorted(topics))})")
            if not 1 <= q.priority <= 3:
                self.add(where("priority"), "priority must be 1, 2 or 3")
            if not q.sources:
                self.add(where("sources"), "no sources: every question must cite at least one source tag")
            for tag in q.sources:
                if tag not in known_sources:
                    self.add(where("sources"), f"unknown source tag '{tag}' (add it under [sources.{tag}])")
            if q.show_if is not None:
                self.add(where("show_if"), "clinic questions are always added; show_if is not supported here")
