"""The doctor brief: what the printout says, in print order, before any HTML or text. No Qt.

Page 1 is a pre-visit summary a doctor reads in a minute (docs/printout.md): the name, age,
appointment, which rules apply and the date; the crisis contacts when the answers call for them;
"Check first", every red flag in clinician words (always printed); the screening summary, one line
per topic with what the person said, "Not answered" included (app.core.triage: both from the
content's triage.toml, in the clinic's language if the person chose so); then "My questions" (the
person's starred ones, else the app's suggestions, headed so, red flags first); then their own
questions and notes. Without a triage.toml, "What I want my doctor to know" (the `know` statements
and one "I was not sure about: ..." line) stands in for the summary. The rest follows,
compact: questions from their answers before general ones (with their small "why" line: it often
holds the rule for the person's region), in the person's order, in runs of one topic, all "not
sure" items of a topic merged into one line; general questions one line each, without their "why".

`compose` needs only the list (the phone code uses it too); `build` adds the words from the content.
Both the HTML and the text renderer print a Brief, so they hold the same items in the same order.
"""

from __future__ import annotations

import datetime as dt

from msgspec import Struct
from msgspec.structs import replace

from app.core import brief_sources
from app.core import triage as triage_module
from app.core.brief_sources import SourceLine
from app.core.glossary import terms_used
from app.core.model import NOT_SURE, Content, GlossaryEntry, Texts
from app.core.question_list import QuestionList
from app.core.rules import ORIGIN_NOT_SURE, ORIGIN_OWN, SelectedQuestion

QUESTION, OWN, UNSURE = "question", "own", "unsure"  # Entry.kind
MAX_UNSURE_ON_PAGE_1 = 8  # more "not sure" answers than this: "... and N more" (each topic lists them all)


class BriefOptions(Struct, frozen=True):
    know: bool = True  # print "What I want my doctor to know" (a check box; a clinic setting in the kiosk)
    doctor_lines: bool = False  # leave room under each question for the doctor's answer
    clinic_name: str = ""
    full_register: bool = False  # also every source with its address (the HTML export; paper has the short block)
    clinician: Content | None = None  # the clinician part's language (Check first, screening), if not the person's


class Entry(Struct, frozen=True):
    """One numbered line to tick: a question, one of the person's own, or a topic's merged "not sure" line."""

    number: int
    text: str
    why: str
    kind: str
    topic: str
    priority: int
    sources: tuple[str, ...]


class Run(Struct, frozen=True):
    """Consecutive entries of one topic (the person may have moved a question across topics)."""

    topic: str
    label: str
    entries: tuple[Entry, ...]


class Parts(Struct, frozen=True):
    top: tuple[Entry, ...] = ()  # the person's starred questions
    top_auto: bool = False  # picked by the app from the answers (the person starred none)
    know: tuple[str, ...] = ()  # statements, then the "I was not sure about: ..." line (no triage.toml only)
    own: tuple[Entry, ...] = ()
    personal: tuple[Run, ...] = ()
    general: tuple[Run, ...] = ()
    suggested: tuple[Entry, ...] = ()  # the app's suggestions ("The app suggests asking first")
    flags: tuple[str, ...] = ()  # "Check first": the red flags, in clinician words
    screen: tuple[tuple[str, str], ...] = ()  # the screening summary: (topic, what the person said)

    def entries(self) -> list[Entry]:
        """Every numbered entry, in print order."""
        runs = self.personal + self.general
        return [*self.top, *self.suggested, *self.own, *(e for run in runs for e in run.entries)]


class Brief(Struct, frozen=True):
    texts: Texts
    language: str
    clinic_name: str
    name: str
    appointment: str
    made_on: dt.date
    crisis_heading: str  # "" = no crisis box
    crisis_title: str
    crisis_lines: tuple[str, ...]
    footer: str  # the one-line crisis contacts printed at the foot of every page
    parts: Parts
    clinical: triage_module.Clinical | None  # the clinician part's words (None: no triage.toml)
    notes: str
    glossary: tuple[GlossaryEntry, ...]
    sources: tuple[SourceLine, ...]  # the short block
    register: tuple[SourceLine, ...]  # every source (BriefOptions.full_register only, else empty)
    reviewed: dt.date
    doctor_lines: bool

    def day(self, date: dt.date) -> str:
        """A printed date in the person's language ("7 de diciembre de 2026"), else 2026-12-07."""
        t = self.texts
        if not t.date_pattern or len(t.months) != 12:
            return date.isoformat()
        return t.date_pattern.format(d=date.day, month=t.months[date.month - 1], y=date.year)


def joined(items: list[str], texts: Texts, limit: int | None = None) -> str:
    """ "I was not sure about: a, b, c" (with "and N more" past `limit`)."""
    shown = items if limit is None or len(items) <= limit else items[:limit]
    words = ", ".join(shown)
    if len(shown) < len(items):
        words += ", " + texts.unsure_more.replace("{count}", str(len(items) - len(shown)))
    return texts.unsure_about.replace("{items}", words)


def merged_unsure(questions: list[SelectedQuestion], texts: Texts) -> tuple[str, str]:
    """(text, why) of a topic's "not sure" line: one question as it is, several merged."""
    if len(questions) == 1:
        return questions[0].text, ""
    return f"{joined([q.short for q in questions], texts)}. {texts.unsure_ask}", ""


def compose(
    qlist: QuestionList, texts: Texts, know: bool = True, clinical: triage_module.Clinical | None = None
) -> Parts:
    """The brief's items, numbered in print order, from the list (and the clinician part, worded)."""
    arrangement = qlist.arrange(printed=True)
    items = qlist.items
    counter = iter(range(1, 10_000))

    def entry(q: SelectedQuestion, with_why: bool) -> Entry:
        kind = OWN if q.origin == ORIGIN_OWN else QUESTION
        return Entry(next(counter), q.text, q.why if with_why else "", kind, q.topic, q.priority, q.sources)

    def runs(indexes: tuple[int, ...], with_why: bool) -> tuple[Run, ...]:
        unsure: dict[str, list[SelectedQuestion]] = {}
        for i in indexes:
            if items[i].question.origin == ORIGIN_NOT_SURE:
                unsure.setdefault(items[i].question.topic, []).append(items[i].question)
        out: list[tuple[str, list[Entry]]] = []
        for i in indexes:
            q = items[i].question
            if q.origin == ORIGIN_NOT_SURE:
                if q.topic not in unsure:
                    continue  # merged into the topic's line already
                merged = unsure.pop(q.topic)
                text, why = merged_unsure(merged, texts)
                sources = tuple(dict.fromkeys(t for m in merged for t in m.sources))
                made = Entry(next(counter), text, why, UNSURE, q.topic, q.priority, sources)
            else:
                made = entry(q, with_why)
            if out and out[-1][0] == made.topic:
                out[-1][1].append(made)
            else:
                out.append((made.topic, [made]))
        return tuple(Run(topic, "", tuple(entries)) for topic, entries in out)

    top = tuple(entry(items[i].question, True) for i in arrangement.top if i not in arrangement.auto)
    suggested = tuple(entry(items[i].question, True) for i in arrangement.auto)
    own = tuple(entry(items[i].question, False) for i in arrangement.own)
    statements: list[str] = []
    if know and clinical is None:
        statements = [s.strip().rstrip(".") for s in qlist.know]  # list lines: no full stops (the content mixes both)
        shorts = [
            items[i].question.short
            for i in arrangement.personal
            if items[i].question.origin == ORIGIN_NOT_SURE and items[i].question.short
        ]
        if shorts:
            statements.append(joined(shorts, texts, MAX_UNSURE_ON_PAGE_1))
    return Parts(
        top,
        arrangement.top_auto,
        tuple(statements),
        own,
        runs(arrangement.personal, True),
        runs(arrangement.general, False),
        suggested,
        clinical.flags if clinical is not None else (),
        clinical.screen if clinical is not None and know else (),
    )


def build(qlist: QuestionList, content: Content, options: BriefOptions | None = None) -> Brief:
    options = options or BriefOptions()
    meta, texts = content.meta, content.meta.texts
    clinical = triage_module.clinical(options.clinician or content, qlist.triage)
    parts = compose(qlist, texts, options.know, clinical)
    labels = {t.id: t.label for t in meta.topics} | {"own": texts.own_questions_heading}

    def labelled(runs: tuple[Run, ...]) -> tuple[Run, ...]:
        return tuple(Run(r.topic, labels.get(r.topic, r.topic), r.entries) for r in runs)

    parts = replace(parts, personal=labelled(parts.personal), general=labelled(parts.general))
    crisis = meta.crisis.get(qlist.region) or meta.crisis.get(NOT_SURE) or next(iter(meta.crisis.values()))
    gentle = qlist.urgency == "gentle" and texts.crisis_gentle_heading
    heading = (texts.crisis_gentle_heading if gentle else texts.crisis_heading) if qlist.crisis else ""
    entries = parts.entries()
    tags = [t for e in entries for t in e.sources] + (crisis.cited() if heading else [])
    words = [t for e in entries for t in (e.text, e.why) if e.kind != OWN] + list(parts.know)
    return Brief(
        texts=texts,
        language=meta.language,
        clinic_name=options.clinic_name.strip(),
        name=qlist.name.strip(),
        appointment=qlist.appointment.strip(),
        made_on=qlist.made_on,
        crisis_heading=heading,
        crisis_title=crisis.title if heading else "",
        crisis_lines=tuple(crisis.lines) if heading else (),
        footer=crisis.phone_line or (crisis.lines[0] if crisis.lines else ""),
        parts=parts,
        clinical=clinical,
        notes=qlist.notes.strip(),
        glossary=tuple(terms_used(words, meta.glossary)),
        sources=tuple(brief_sources.main_sources(tags, content.sources, texts)),
        register=tuple(brief_sources.register(tags, content.sources, texts)) if options.full_register else (),
        reviewed=meta.reviewed,
        doctor_lines=options.doctor_lines,
    )
