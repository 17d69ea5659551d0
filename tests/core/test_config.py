"""The clinic configuration file: discovery, every problem named by key (and line), the resolved settings."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from app.core.config import ClinicConfig, config_locations, find_config, kiosk_requested
from app.core.config_load import check_config, load_config
from app.core.pin import hash_pin
from app.core.problems import DataError
from app.core.rules import ORIGIN_EXTRA
from app.paths import resource_path

PIN_HASH = hash_pin("246813", n=2**10)


def write(tmp_path: Path, text: str, name: str = "clinic.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(path: Path, content_root: Path, **kw) -> list[str]:
    problems, cfg = check_config(path, content_root, **kw)
    assert (cfg is None) == bool(problems)
    return [str(p) for p in problems]


GOOD = f"""
[clinic]
name = "Riverside Dermatology"

[defaults]
region = "uk"
language = "en"
paper = "letter"

[kiosk]
enabled = true
printer = "Front desk"
idle_timeout_s = 90
warning_countdown_s = 20
pin_hash = "{PIN_HASH}"
free_text = true

[crisis.uk]
title = "Get help now"
lines = ["Call 999 in an emergency.", "Samaritans: 116 123.", "Riverside front desk: 01234 567890."]
sources = ["SAM"]

[[questions]]
id = "clinic_contact"
text = "Who at this clinic do I call about side effects?"
why = "So you know who to ask."
topic = "practical"
priority = 1
sources = ["CLINIC-SHEET"]

[sources.CLINIC-SHEET]
title = "Contacts sheet"
publisher = "Riverside Dermatology"
url = "front desk"
date = "2026-11"
kind = "health-service"
"""


def test_good_config_resolves(tmp_path, content_root, content):
    cfg = load_config(write(tmp_path, GOOD), content_root)
    assert cfg.kiosk and cfg.printer == "Front desk" and cfg.clinic_name == "Riverside Dermatology"
    assert (cfg.region, cfg.language, cfg.paper) == ("uk", "en", "letter")
    assert (cfg.idle_timeout_s, cfg.warning_countdown_s, cfg.free_text) == (90, 20, True)
    (extra,) = cfg.extra_questions
    assert extra.id == "clinic_contact" and extra.origin == ORIGIN_EXTRA and extra.sources == ("CLINIC-SHEET",)
    assert cfg.crisis["uk"].lines[-1].startswith("Riverside")
    merged = cfg.apply_to(content)
    assert "CLINIC-SHEET" in merged.sources and merged.meta.crisis["uk"] == cfg.crisis["uk"]
    assert merged.meta.crisis["us"] == content.meta.crisis["us"]
    assert "CLINIC-SHEET" not in content.sources  # the shared content is untouched


def test_shipped_example_is_valid_except_the_pin(tmp_path, content_root):
    example = resource_path("clinic.example.toml")
    problems = problems_of(example, content_root)
    assert len(problems) == 1 and "(kiosk.pin_hash): not set" in problems[0] and "set-pin" in problems[0]
    assert not problems_of(example, content_root, kiosk=False)
    copy = tmp_path / "clinic.toml"
    copy.write_text(example.read_text().replace('pin_hash = ""', f'pin_hash = "{PIN_HASH}"'))
    assert not problems_of(copy, content_root)


def test_every_problem_is_reported_with_line_and_key(tmp_path, content_root):
    path = write(
        tmp_path,
        """
        kioskk = 1
        [clinic]
        nme = "typo"
        logo = "logo.gif"
        [kiosk]
        enabled = true
        idle_timeout_s = "120"
        idle_timout_s = 5
        warning_countdown_s = 1
        pin_hash = "1234"
        [defaults]
        region = "fr"
        paper = "A5"
        [crisis.mars]
        title = ""
        lines = []
        [[questions]]
        id = "Bad Id"
        text = "x"
        why = ""
        topic = "astrology"
        sources = []
        [[questions]]
        id = "ok_id"
        text = "x"
        why = "y"
        topic = "general"
        sources = ["NOPE"]
        colour = "red"
        """,
    )
    problems = problems_of(path, content_root)
    expected = [
        ":2 (kioskk): unknown key 'kioskk' (did you mean 'kiosk'?)",
        ":4 (clinic.nme): unknown key 'nme' (did you mean 'name'?)",
        ":5 (clinic.logo): the logo must be a PNG or JPEG file",
        ":8 (kiosk.idle_timeout_s): expected a whole number, got text in quotes",
        ":9 (kiosk.idle_timout_s): unknown key 'idle_timout_s' (did you mean 'idle_timeout_s'?)",
        ":10 (kiosk.warning_countdown_s): must be between 5 and 300 seconds, not 1",
        ":11 (kiosk.pin_hash): not a PIN hash made by `set-pin`",
        ":13 (defaults.region): 'fr' is not one of us, uk, eu",
        ":14 (defaults.paper): 'A5' is not one of auto, a4, letter",
        ":15 (crisis.mars): unknown region 'mars'",
        ":16 (crisis.mars.title): the title must not be empty",
        ":17 (crisis.mars.lines): list at least one contact line",
        ":19 (questions[0].id): id 'Bad Id' must be lower-case",
        ":21 (questions[0].why): must not be empty",
        ":22 (questions[0].topic): unknown topic 'astrology'",
        ":23 (questions[0].sources): no sources",
        ":29 (questions[1].sources): unknown source tag 'NOPE'",
        ":30 (questions[1].colour): unknown key 'colour'",
        ":kiosk.printer: not set",
    ]
    assert len(problems) == len(expected), "\n".join(problems)
    for line, needle in zip(problems, expected, strict=True):
        assert line.startswith(str(path)) and needle in line, (line, needle)


def test_toml_syntax_error_names_the_line(tmp_path, content_root):
    path = write(tmp_path, '[kiosk]\nenabled = true\nprinter = "unterminated\n')
    (problem,) = problems_of(path, content_root)
    assert ":3: TOML syntax error" in problem


def test_missing_file(tmp_path, content_root):
    (problem,) = problems_of(tmp_path / "nope.toml", content_root)
    assert "configuration file not found" in problem


def test_kiosk_keys_required_only_for_a_kiosk(tmp_path, content_root):
    path = write(tmp_path, '[clinic]\nname = "Desk only"\n')
    cfg = load_config(path, content_root)
    assert not cfg.kiosk and cfg.clinic_name == "Desk only" and cfg.paper is None and cfg.region is None
    problems = problems_of(path, content_root, kiosk=True)  # --kiosk on the command line
    assert [p.split(": ", 1)[0].rsplit(":", 1)[1] for p in problems] == ["kiosk.pin_hash", "kiosk.printer"]
    with pytest.raises(DataError) as err:
        load_config(path, content_root, kiosk=True)
    assert "kiosk.pin_hash" in str(err.value)


def test_clinic_question_ids_must_not_clash_with_content(tmp_path, content_root, content):
    taken = next(a for a in content.areas if a.doctor_questions).doctor_questions[0].id
    path = write(
        tmp_path,
        f"""
        [[questions]]
        id = "{taken}"
        text = "x"
        why = "y"
        topic = "general"
        sources = ["NHS-MAIN"]
        [[questions]]
        id = "mine"
        text = "x"
        why = "y"
        topic = "general"
        sources = ["NHS-MAIN"]
        show_if = {{ equals = {{ question = "region", value = "us" }} }}
        [sources.NHS-MAIN]
        title = "t"
        publisher = "p"
        url = "u"
        date = "d"
        kind = "label"
        """,
    )
    problems = problems_of(path, content_root)
    assert any(f"duplicate id '{taken}'" in p for p in problems)
    assert any("(questions[1].show_if): clinic questions are always added" in p for p in problems)
    assert any("(sources.NHS-MAIN): source tag 'NHS-MAIN' is already in the content" in p for p in problems)


def test_logo_is_resolved_next_to_the_file(tmp_path, content_root):
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    cfg = load_config(write(tmp_path, '[clinic]\nlogo = "logo.png"\n'), content_root)
    assert cfg.logo_path == (tmp_path / "logo.png").resolve()
    (problem,) = problems_of(write(tmp_path, '[clinic]\nlogo = "missing.png"\n', "b.toml"), content_root)
    assert "(clinic.logo): file not found" in problem


def test_language_must_exist(tmp_path, content_root):
    (problem,) = problems_of(write(tmp_path, '[defaults]\nlanguage = "xx"\n'), content_root)
    assert "(defaults.language): no content for language 'xx'" in problem


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are the Linux convention")
def test_discovery_order_site_then_user(tmp_path, monkeypatch):
    site, user = tmp_path / "site", tmp_path / "user"
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(site))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(user))
    locations = config_locations()
    name = Path("isotretinoin-checklist") / "clinic.toml"
    assert locations == [site / name, user / name]
    assert find_config() is None
    locations[1].parent.mkdir(parents=True)
    locations[1].write_text("")
    assert find_config() == locations[1]
    locations[0].parent.mkdir(parents=True)
    locations[0].write_text("")
    assert find_config() == locations[0], "the system-wide file (pushed by IT) wins over the user's"
    explicit = tmp_path / "given.toml"
    assert find_config(explicit) == explicit, "--config wins, even before it exists (loading then says so)"


def test_kiosk_requested_is_lenient(tmp_path):
    assert kiosk_requested(write(tmp_path, "[kiosk]\nenabled = true\nbogus = 1\n"))
    assert not kiosk_requested(write(tmp_path, "[kiosk]\nenabled = false\n", "b.toml"))
    assert not kiosk_requested(write(tmp_path, "not toml [", "c.toml"))


def test_defaults_without_a_file():
    cfg = ClinicConfig()
    assert not cfg.kiosk and cfg.idle_timeout_s == 120 and cfg.warning_countdown_s == 30 and not cfg.free_text


def test_know_on_printout_is_off_unless_the_clinic_turns_it_on(tmp_path, content_root):
    """The kiosk prints at the front desk: "What I want my doctor to know" starts unticked there."""
    off = load_config(write(tmp_path, GOOD, "off.toml"), content_root)
    assert off.know_on_printout is False and ClinicConfig().know_on_printout is False
    on = load_config(
        write(tmp_path, GOOD.replace("free_text = true", "free_text = true\nknow_on_printout = true"), "on.toml"),
        content_root,
    )
    assert on.know_on_printout is True
    typo = write(tmp_path, GOOD.replace("free_text = true", "free_text = true\nknow_on_print = true"), "typo.toml")
    assert any("did you mean 'know_on_printout'" in p for p in problems_of(typo, content_root))
    wrong = write(tmp_path, GOOD.replace("free_text = true", 'free_text = true\nknow_on_printout = "yes"'), "w.toml")
    assert any("know_on_printout" in p for p in problems_of(wrong, content_root))


def test_a_file_without_keys_gives_the_same_config_as_no_file(tmp_path, content_root):
    """One set of defaults: every key a file leaves out means what ClinicConfig() means."""
    import dataclasses

    empty = load_config(write(tmp_path, "", "empty.toml"), content_root)
    differing = [
        f.name
        for f in dataclasses.fields(ClinicConfig)
        if f.name != "path" and getattr(empty, f.name) != getattr(ClinicConfig(), f.name)
    ]
    assert differing == []
