"""A Brief -> plain text (`export --format txt`): the same items in the same order as the HTML."""

from __future__ import annotations

from app.core.brief import OWN, Brief, Entry, Run
from app.core.escaping import clean

BLANK = "_" * 24


def _underlined(text: str, mark: str = "-") -> list[str]:
    return [clean(text), mark * len(text)]


def render(brief: Brief) -> str:
    t, p = brief.texts, brief.parts
    out: list[str] = []

    def entry(e: Entry, notes_line: bool, label: bool = False) -> None:
        out.append(f"[ ] {e.number}. {clean(e.text)}")
        if e.why:
            out.append(f"    {t.why_label}: {clean(e.why)}" if label else f"    ({clean(e.why)})")
        if brief.doctor_lines:
            out.extend([f"    {t.doctor_answer_label}: {'_' * 40}", f"    {'_' * 56}"])
        elif notes_line:
            out.append(f"    {t.notes_line_label} {'_' * 40}")

    def runs(items: tuple[Run, ...]) -> None:
        for run in items:
            out.append(f"{clean(run.label)}:")
            for e in run.entries:
                entry(e, notes_line=e.kind == OWN)
            out.append("")

    if brief.clinic_name:
        out.append(clean(brief.clinic_name))
    out += _underlined(t.list_title, "=")
    c = brief.clinical
    name = clean(brief.name) if brief.name else BLANK
    appointment = clean(brief.appointment) if brief.appointment else BLANK
    who = f"{t.name_label}: {name}   "
    if c is not None:
        who += f"{clean(c.words.age_label)}: {clean(c.age) if c.age else '____'}   "
        who += f"{clean(c.words.weight_label)}: {clean(c.weight)}   " if c.weight else ""
    who += f"{t.appointment_label}: {appointment}"
    rules = f"{clean(c.words.rules_label)}: {clean(c.rules)}   " if c is not None and c.rules else ""
    out += [who, f"{rules}{t.date_label}: {brief.day(brief.made_on)}", ""]
    if brief.crisis_heading:
        out.append(f"!! {brief.crisis_heading}" + (f" - {brief.crisis_title}" if brief.crisis_title else ""))
        out += [f"   - {clean(line)}" for line in brief.crisis_lines] + [""]
    if c is not None:
        out += _underlined(c.words.check_first.upper(), "#")
        out += [f"!! {clean(flag)}" for flag in p.flags] or [clean(c.words.no_flags)]
        out.append("")
        if p.screen:
            out += _underlined(c.words.screen_heading)
            out += [f"{clean(topic)}: {clean(said)}" for topic, said in p.screen] + [""]
    if p.top:
        out += _underlined(f"* {c.words.my_questions if c is not None else t.important_heading}")
        for e in p.top:
            entry(e, notes_line=True, label=True)
        out.append("")
    if p.suggested:
        out += _underlined(f"* {c.words.suggest_heading if c is not None else t.important_heading}")
        out.append(f"({c.words.suggest_note if c is not None else t.important_auto_note})")
        for e in p.suggested:
            entry(e, notes_line=True, label=True)
        out.append("")
    if p.know:
        out += _underlined(t.know_heading)
        out += [f"- {clean(s)}" for s in p.know] + [""]
    if p.own:
        out += _underlined(t.own_questions_heading)
        for e in p.own:
            entry(e, notes_line=True)
        out.append("")
    if brief.notes:
        out += _underlined(t.notes_heading) + [clean(brief.notes), ""]
    if p.personal:
        out += _underlined(t.personal_heading) + [""]
        runs(p.personal)
    if p.general:
        out += _underlined(t.general_heading) + [""]
        runs(p.general)
    if brief.glossary:
        out += _underlined(t.glossary_heading)
        out += [f"{clean(g.term)}: {clean(g.explain)}" for g in brief.glossary] + [""]
    if c is not None and c.sources_line:
        out.append(clean(c.sources_line))
    elif brief.sources:
        out += _underlined(t.sources_heading)
        out += [clean(line.words()) for line in brief.sources]
    out += [t.sources_full_note, "", f"{t.reviewed_label}: {brief.day(brief.reviewed)}", clean(t.disclaimer)]
    if brief.footer:
        out += ["", clean(brief.footer)]
    out.append("")
    return "\n".join(out)
