"""The person's list as the text of a QR code their phone's camera can open. No Qt, no network.

Form: a `mailto:` URI with no recipient, a subject and the list as the body (RFC 6068). Scanning it
with the built-in camera (iPhone Camera, Android camera / Google Lens) offers to open a new email
draft holding the list; the person types their own address and sends it to themselves, or keeps
it as a draft. Nothing passes through any server of ours; nothing is sent unless they press Send.
Plain text was not chosen: the iPhone Camera acts only on known payload types (links, mailto:,
tel:, Wi-Fi, contacts...) and ignores arbitrary text. See docs/phone-and-quiz.md.

Size: percent-encoding makes the payload pure ASCII (no character-set guessing by scanners) but
inflates it (a space is 3 bytes), so the budget counts *encoded* bytes. MAX_PAYLOAD_BYTES is the
byte-mode capacity of version MAX_VERSION at error correction level M, so no code is ever larger.
Version 27 (125 modules + a 4-module quiet zone) is shown at 5 px per module on screen (665 px)
and printed 60 mm wide on the last page (0.47 mm per module, above the ~0.4 mm minimum for phone
cameras); version 22 (779 bytes) and 25 (997) could not hold the red flags, the top questions and
the screening lines together. Version 15 (412 bytes) was tried first: with typical questions of ~80
characters (~110 bytes encoded) it held only two, not even the person's top 3; version 18 (560
bytes) held the top 3 but not the "What I want my doctor to know" list with them.

What it holds leads with what a clinician must see: the red flags ("Check first"), then the top
questions (the person's starred ones, or the app's suggestions), then the screening summary's lines,
then the person's own questions and the rest, each topic's "not sure" answers as one line. (Without
a triage.toml, the "What I want my doctor to know" statements stand where the summary is.)

Fitting, when the whole list does not fit: first the "why" lines go (lowest priority first), then
whole questions, lowest priority first. The screening lines go after every other question, the top
questions after them, the red flags last, and only when nothing else is left. A line is never cut
in the middle.
"""

from __future__ import annotations

from urllib.parse import quote

from msgspec import Struct  # (a frozen dataclass costs ~1 ms to define at start-up)

from app.core import brief
from app.core.model import Texts
from app.core.question_list import QuestionList
from app.core.triage import Clinical

MAX_PAYLOAD_BYTES = 1125  # byte-mode capacity of 27-M (asserted in tests)
ERROR_LEVEL = "M"
MAX_VERSION = 27
# segno.make(payload, **SEGNO_OPTIONS): byte mode, never a Micro QR; segno may raise the error
# level above M when that fits in the same version (more robust, same size). A fixed mask: every
# mask pattern is valid (ISO/IEC 18004 7.8.2); segno's choice among the 8 by the spec's penalty
# score is pure Python and took ~100-200 ms of an export. Mask 2 was the one segno chose for 42 of
# 46 lists tried (the personas of tests/printing and random answers), and at most 341 penalty points
# (~5%) above the best for the rest: the payloads are all percent-encoded ASCII of similar shape.
# Tests decode the printed and the on-screen code with zbar.
QR_MASK = 2
SEGNO_OPTIONS = {"error": ERROR_LEVEL.lower(), "mode": "byte", "micro": False, "boost_error": True, "mask": QR_MASK}

# RFC 6068 "qchar" = unreserved / pct-encoded / some-delims; "+" is encoded too, because some
# decoders read it as a space.
_SAFE = "-._~!$'()*,;:@"
NEWLINE = "\r\n"  # RFC 6068: line breaks in a body MUST be %0D%0A


class PayloadTooLongError(ValueError):
    """Even with no questions, the fixed words (subject, note, crisis line) exceed the budget."""


class PhoneQuestion(Struct, frozen=True):
    text: str
    why: str
    rank: tuple  # lower = kept longer
    numbered: bool = True  # False: a red flag, a screening line or a "What I want my doctor to know" statement
    heading: str = ""  # the heading of the unnumbered group it belongs to


class PhoneList(Struct, frozen=True):
    payload: str  # the mailto: URI, ASCII
    subject: str
    body: str  # the decoded body, as the phone shows it
    held: int  # questions in the code
    total: int  # questions in the person's list
    whys: int  # "why" lines kept

    @property
    def size(self) -> int:
        return len(self.payload.encode("ascii"))


def encode(text: str) -> str:
    return quote(text, safe=_SAFE, encoding="utf-8")


def mailto(subject: str, body: str) -> str:
    return f"mailto:?subject={encode(subject)}&body={encode(body)}"


def ordered_questions(
    qlist: QuestionList, texts: Texts, know: bool = True, clinical: Clinical | None = None
) -> list[PhoneQuestion]:
    """The lines in order: red flags, the top questions, the screening lines (or the "know"
    statements), own questions, then the rest.

    `rank` orders them for keeping: the red flags first, then the top questions, the screening
    lines, then questions from the person's answers (own questions count as priority 2, after the
    content's of the same priority) before general ones, each by priority, then by position.
    """
    parts = brief.compose(qlist, texts, know, clinical)
    words = clinical.words if clinical is not None else None
    flags = parts.flags or ((words.no_flags,) if words is not None else ())
    out = [PhoneQuestion(f, "", (0, 0, i), False, words.check_first if words else "") for i, f in enumerate(flags)]
    out += [PhoneQuestion(e.text, e.why, (0, 1, i)) for i, e in enumerate(parts.top + parts.suggested)]
    screen = _compact_screen(parts.screen, words) if words is not None else []
    heading = words.screen_heading if words is not None and screen else texts.know_heading
    out += [PhoneQuestion(s, "", (0, 2, i), False, heading) for i, s in enumerate(screen or parts.know)]
    out += [PhoneQuestion(e.text, "", (1, 0, 2, 1, i)) for i, e in enumerate(parts.own)]
    for group, runs in ((0, parts.personal), (1, parts.general)):
        entries = [e for run in runs for e in run.entries]
        out += [PhoneQuestion(e.text, e.why, (1, group, e.priority, 0, i)) for i, e in enumerate(entries)]
    return out


def _compact_screen(screen: tuple[tuple[str, str], ...], words) -> list[str]:
    """The screening lines, compact (the code's bytes are few): the answers other than "No" ("; "
    between them; a topic answered "No" throughout says just that: the paper lists each "No"), and the
    topics left unanswered in one line."""
    negative = tuple(f": {words.answer_words[v]}" for v in ("no", "none") if words.answer_words.get(v))
    no = words.answer_words.get("no", "no")
    lines, skipped = [], []
    for topic, said in screen:
        if said == words.not_answered:
            skipped.append(topic)
            continue
        kept = [item for item in said.split(" · ") if not item.endswith(negative)]
        lines.append(f"{topic}: {'; '.join(kept) if kept else no}")
    return lines + ([f"{words.not_answered}: {', '.join(skipped)}"] if skipped else [])


def _body(questions: list[tuple[PhoneQuestion, bool]], dropped: int, texts: Texts, crisis_line: str) -> str:
    """The email body: [crisis line], the lines (each question numbered, with its why line or not),
    [how many more], the note."""
    lines: list[str] = []
    if crisis_line:
        lines.append(_one_line(crisis_line))
    number = 0
    headed: set[str] = set()
    for q, with_why in questions:
        if not q.numbered:
            if q.heading and q.heading not in headed:
                lines.append(f"{_one_line(q.heading)}:")
                headed.add(q.heading)
            lines.append(f"- {_one_line(q.text)}")
            continue
        number += 1
        lines.append(f"{number}. {_one_line(q.text)}")
        if with_why:
            lines.append(f"({texts.why_label}: {_one_line(q.why)})")
    if dropped and texts.phone_more:
        lines.append(texts.phone_more.replace("{count}", str(dropped)))
    if texts.phone_note:
        lines.append(texts.phone_note)
    return NEWLINE.join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def fit(
    qlist: QuestionList,
    texts: Texts,
    crisis_line: str = "",
    budget: int = MAX_PAYLOAD_BYTES,
    know: bool = True,
    clinical: Clinical | None = None,
) -> PhoneList:
    """The longest form of the list whose mailto: payload is at most `budget` bytes.

    Dropping is in a fixed order (why lines, then questions, least important first), and every
    drop shortens the payload, so the number of drops is found by bisection: a few builds even
    for a list of 80 questions (this runs on every preview update).
    """
    questions = ordered_questions(qlist, texts, know, clinical)
    total = len(questions)
    numbered = {i for i, q in enumerate(questions) if q.numbered}
    subject = texts.list_title
    by_rank = sorted(range(total), key=lambda i: questions[i].rank, reverse=True)  # least important first
    why_order = [i for i in by_rank if questions[i].why.strip()]

    def build(whys_dropped: int, questions_dropped: int) -> tuple[str, str, int, int]:
        gone = set(by_rank[:questions_dropped])
        whys = set(why_order[whys_dropped:]) - gone
        kept = [(questions[i], i in whys) for i in range(total) if i not in gone]
        body = _body(kept, len(gone & numbered), texts, crisis_line)
        return mailto(subject, body), body, sum(q.numbered for q, _why in kept), len(whys)

    def smallest(low: int, high: int, fits) -> int | None:
        """The smallest n in [low, high] with fits(n), given that fits is monotonic; None if none."""
        if low > high or not fits(high):
            return None
        while low < high:
            middle = (low + high) // 2
            if fits(middle):
                high = middle
            else:
                low = middle + 1
        return low

    def fits(whys_dropped: int, questions_dropped: int) -> bool:
        return len(build(whys_dropped, questions_dropped)[0]) <= budget

    fewest_whys = smallest(0, len(why_order), lambda n: fits(n, 0))
    whys_dropped, questions_dropped = (fewest_whys, 0) if fewest_whys is not None else (len(why_order), None)
    if questions_dropped is None:  # 1. no why line at all was not enough: 2. drop whole questions
        questions_dropped = smallest(1, total, lambda n: fits(whys_dropped, n))
        if questions_dropped is None:
            size = len(build(whys_dropped, total)[0])
            raise PayloadTooLongError(f"the phone code needs {size} bytes with no questions (budget {budget})")
    payload, body, held, whys = build(whys_dropped, questions_dropped)
    return PhoneList(payload, subject, body, held, len(numbered), whys)


def printed_caption(phone: PhoneList, texts: Texts) -> str:
    """The words under the code on the printout (in the printout's language)."""
    holds = texts.qr_holds_all if phone.held == phone.total else texts.qr_holds_some
    return f"{texts.qr_scan} {holds.replace('{held}', str(phone.held)).replace('{total}', str(phone.total))}"
