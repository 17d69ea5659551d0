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
    name = clean(brief.name) if brief.name else BLANK
    appointment = clean(brief.appointment) if brief.appointment else BLANK
    out += [
        f"{t.name_label}: {name}   {t.appointment_label}: {appointment}   {t.date_label}: {brief.day(brief.made_on)}",
        "",
    ]
    if brief.crisis_heading:
        out.append(f"!! {brief.crisis_heading}" + (f" - {brief.crisis_title}" if brief.crisis_title else ""))
        out += [f"   - {clean(line)}" for line in brief.crisis_lines] + [""]
    if p.top:
        out += _underlined(f"* {t.important_heading}")
        if p.top_auto:
            out.append(f"({t.important_auto_note})")
        for e in p.top:
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
    if brief.sources:
        out += _underlined(t.sources_heading)
        out += [clean(line.words()) for line in brief.sources]
    out += [t.sources_full_note, "", f"{t.reviewed_label}: {brief.day(brief.reviewed)}", clean(t.disclaimer)]
    if brief.footer:
        out += ["", clean(brief.footer)]
    out.append("")
    return "\n".join(out)
