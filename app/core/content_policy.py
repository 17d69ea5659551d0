"""Content rules a clinician relies on, beyond types and references (used by app.core.validate).

- The sources register: every source has a known `kind`; its `url` names the original document,
  never a weak host (a staging site, an AI-answer site, a forum, a coupon site, a PDF mirror, a
  blog copy); a copy's address belongs in `read_at`, which never prints. No "n/v" dates.
- Primary sources: a patient-facing item whose sources are all `secondary` is reported.
- Frequency badges ("Common", "Rare"): only where a label's frequency table gives the frequency, so a
  fact with a `frequency` cites a source of kind `label`.
- Crisis contacts: every line of a crisis block that gives a number (or a text keyword's number)
  names its own sources (`line_sources`), and at least one is not secondary: a primary page of that
  country's own service or government, not the block's other lines.
- Region-exact text: an item whose words name a region's rules ("In the US", "iPLEDGE", "NHS",
  "8 days" ...) must not be visible to a person who chose another region ("not sure" sees all).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from app.core.model import NOT_SURE, PRIMARY_SOURCE_KINDS, REGIONS, SOURCE_KINDS, Condition, CrisisInfo, Source

REGION_QUESTION = "region"

# (pattern in a source's url, what kind of host it is). Matched case-insensitively.
WEAK_HOSTS: tuple[tuple[str, str], ...] = (
    (r"(^|[/.])uat\.|mimsdev|beta-demoweb|[/.-]demo[.-]|staging", "a staging or demo host"),
    (r"droracle|chatgpt|perplexity\.ai", "an AI-answer site"),
    (r"/threads?/|forum|reddit\.com|^https?://\d+\.\d+\.\d+\.\d+", "a forum or a bare IP address"),
    (r"goodrx|buzzrx|singlecare|wellrx|healthprep|edrugslist|aisle7|doctorpedia", "a coupon or commercial site"),
    (r"pdfpills|pdfmedarticles|pdfprof|pdfslide|docplayer|docslib|issuhub|yumpu", "a PDF mirror"),
    (r"blogspot\.|oocities|geocities|wordpress\.com", "a blog copy"),
    (r"scribd|appwritefunc|jotform|github\.com|gist\.github", "a document-sharing copy"),
)
_WEAK = [(re.compile(pattern, re.I), what) for pattern, what in WEAK_HOSTS]

# Words that name one region's rules or bodies -> the regions they belong to. English and Spanish.
REGION_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    (
        r"\bU\.?S\.?(?=[\s,.;:)]|$)|United States|\bFDA\b|iPLEDGE|MedWatch|\b8 days\b|\b8 días\b"
        r"|EE\.\s?UU\.|Estados Unidos|estadounidense",
        frozenset({"us"}),
    ),
    (
        r"\bUK\b|United Kingdom|\bNHS\b|\bMHRA\b|Yellow Card|Tarjeta Amarilla|\bA&E\b|England|Inglaterra"
        r"|Reino Unido|británic|British",
        frozenset({"uk"}),
    ),
    (r"Pregnancy Prevention Programme|Programa de Prevención d(e|el) Embarazo", frozenset({"uk", "eu"})),
    (r"\bEU\b|European Union|\bUE\b|Unión Europea|\bEMA\b", frozenset({"eu"})),
)
_REGION_WORDS = [(re.compile(pattern), regions) for pattern, regions in REGION_WORDS]

Add = Callable[[str, str, str], None]  # (file, where, message)


def weak_host(url: str) -> str:
    """What kind of weak host the url is on ("" = none)."""
    for pattern, what in _WEAK:
        if pattern.search(url):
            return what
    return ""


def check_register(sources: Mapping[str, Source], file: str, text: str, add: Add) -> None:
    lines = {m.group(1): text.count("\n", 0, m.start()) + 1 for m in re.finditer(r"^\[sources\.([^\]]+)\]", text, re.M)}
    for tag, source in sources.items():
        where = f"{lines[tag]} (sources.{tag})" if tag in lines else f"sources.{tag}"
        if source.kind not in SOURCE_KINDS:
            add(file, where, f"kind: '{source.kind}' is not one of {list(SOURCE_KINDS)}")
        if not re.match(r"https?://\S+$", source.url):
            add(file, where, "url: give the original document's web address (http:// or https://)")
        elif what := weak_host(source.url):
            add(file, where, f"url is {what} ({source.url}); cite the original (a copy's address goes in read_at)")
        for key in ("title", "publisher", "date"):
            if re.search(r"\bn/v\b", getattr(source, key)):
                add(file, where, f"{key}: 'n/v' is an internal marker; leave the date empty (printed as undated)")


def check_primary(sources: Mapping[str, Source], file: str, where: str, tags: Iterable[str], add: Add) -> None:
    """Report an item whose known sources are all secondary (unknown tags are reported elsewhere)."""
    kinds = [sources[t].kind for t in tags if t in sources]
    if kinds and not any(k in PRIMARY_SOURCE_KINDS for k in kinds):
        add(
            file,
            where,
            "all sources are secondary: add a label, regulator, health-service or "
            "professional-body source, or say less",
        )


BADGE_SOURCE_KIND = "label"  # a frequency badge comes from a label's frequency table


def check_badge(
    sources: Mapping[str, Source], file: str, where: str, frequency: str, tags: Iterable[str], add: Add
) -> None:
    """Report a fact with a frequency badge that cites no label (regulators' report counts, surveys
    and health pages do not say how often an effect happens)."""
    if frequency and not any(sources[t].kind == BADGE_SOURCE_KIND for t in tags if t in sources):
        add(
            file,
            where,
            f"frequency '{frequency}': a badge needs a source of kind '{BADGE_SOURCE_KIND}' whose frequency "
            "table gives it; cite that label or drop the badge",
        )


def check_crisis_lines(sources: Mapping[str, Source], file: str, where: str, info: CrisisInfo, add: Add) -> None:
    """Each crisis line that gives a number rests on a non-secondary source of its own (one country per line)."""
    if len(info.line_sources) != len(info.lines):
        add(file, f"{where}.line_sources", f"give one source list per line ({len(info.lines)} lines)")
        return
    for n, (line, tags) in enumerate(zip(info.lines, info.line_sources, strict=True)):
        if not re.search(r"\d", line):
            continue  # no number of its own ("your local emergency number", "stop it and tell ...")
        kinds = [sources[t].kind for t in tags if t in sources]
        if not any(k in PRIMARY_SOURCE_KINDS for k in kinds):
            add(
                file,
                f"{where}.lines[{n}]",
                f"'{line[:40]}...' needs a primary page of its own country's service or government "
                "in line_sources (secondary sources and the block's other lines do not count)",
            )


def regions_named(texts: Iterable[str]) -> frozenset[str]:
    named: set[str] = set()
    for text in texts:
        for pattern, regions in _REGION_WORDS:
            if pattern.search(text):
                named |= regions
    return frozenset(named)


class Visibility:
    """Can an item be shown to a person who gave a region answer? Three-valued: a leaf about another
    question is unknown (it might hold), unless that question itself cannot be shown then."""

    def __init__(self, question_conditions: Mapping[str, list[Condition | None]]):
        # question id -> the conditions that must hold for it to be asked (its area's and its own)
        self.asked = question_conditions

    def possible(self, conditions: Iterable[Condition | None], region: str) -> bool:
        return all(self._eval(c, region, 0) is not False for c in conditions)

    def _eval(self, cond: Condition | None, region: str, depth: int) -> bool | None:
        if cond is None:
            return True
        if depth > 32:
            return None
        if cond.equals is not None or cond.any_of is not None:
            if cond.equals is not None:
                question, values = cond.equals.question, [cond.equals.value]
            else:
                assert cond.any_of is not None
                question, values = cond.any_of.question, list(cond.any_of.values)
            if question == REGION_QUESTION:
                return region in values
            asked = [self._eval(c, region, depth + 1) for c in self.asked.get(question, [])]
            return False if False in asked else None
        if cond.all is not None:
            results = [self._eval(c, region, depth + 1) for c in cond.all]
            return False if False in results else (True if all(r is True for r in results) else None)
        if cond.any is not None:
            results = [self._eval(c, region, depth + 1) for c in cond.any]
            return True if True in results else (False if all(r is False for r in results) else None)
        if cond.not_ is not None:
            inner = self._eval(cond.not_, region, depth + 1)
            return None if inner is None else not inner
        return None

    def regions_seeing(self, conditions: list[Condition | None], fact_regions: Iterable[str] = ()) -> set[str]:
        allowed = set(fact_regions) or set(REGIONS)
        return {r for r in REGIONS if r in allowed and self.possible(conditions, r)}


def check_region_words(
    visibility: Visibility,
    file: str,
    where: str,
    texts: Iterable[str],
    conditions: list[Condition | None],
    add: Add,
    fact_regions: Iterable[str] = (),
) -> None:
    named = regions_named(texts)
    if not named:
        return
    seeing = visibility.regions_seeing(conditions, fact_regions) - {NOT_SURE}
    wrong = sorted(seeing - named)
    if wrong:
        add(
            file,
            where,
            f"text names {'/'.join(sorted(named))} rules but is shown to region "
            f"{', '.join(wrong)}: add regions or a region show_if (or a neutral wording)",
        )
