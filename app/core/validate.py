"""Cross-reference checks that types alone cannot express. Each problem names file and line/key."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from app.core import content_policy as policy
from app.core import validate_triage
from app.core.conditions import holds, operators_set, references
from app.core.decode import LoadedLanguage, language_dirs, load_language, load_sources
from app.core.model import CRISIS_KEYS, FREQUENCIES, NOT_SURE, REGIONS, Condition, Content, Fact
from app.core.problems import DataError, Problem, id_lines, read_text, short_path
from app.core.validate_notes import check_notes

REGION_QUESTION = "region"
QUIZ_MIN, QUIZ_MAX = 5, 8  # teach-back items per person
_AS_OF = re.compile(r"20\d\d-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?")
MAX_CONDITION_DEPTH = 16  # far more than any real rule; keeps evaluation well away from Python's recursion limit


class _Checker:
    def __init__(self, loaded: LoadedLanguage, policy: bool = False):
        self.loaded = loaded
        self.policy = policy  # also the editorial rules of app.core.content_policy (check-content)
        self.content: Content = loaded.content
        self.problems: list[Problem] = []
        self._lines: dict[str, dict[str, list[int]]] = {}

    def add(self, file: str, where: str, message: str) -> None:
        self.problems.append(Problem(file, where, message))

    def lines(self, file: str) -> dict[str, list[int]]:
        if file not in self._lines:
            self._lines[file] = id_lines(self.loaded.texts.get(file, ""))
        return self._lines[file]

    def where(self, file: str, item_id: str, key: str) -> str:
        found = self.lines(file).get(item_id)
        return f"{found[0]} ({key})" if found else key

    def nth(self, file: str, header: str, index: int, key: str) -> str:
        """'line (key)' of the index-th `[[header]]` table in the file (facts, glossary: no ids)."""
        lines = self.loaded.texts.get(file, "").splitlines()
        found = [i for i, line in enumerate(lines, 1) if line.strip() == f"[[{header}]]"]
        return f"{found[index]} ({key})" if index < len(found) else key

    def check_sources(self, file: str, where: str, tags: Iterable[str], required: bool = True) -> None:
        tags = list(tags)
        if required and not tags:
            self.add(file, where, "no sources: every item must cite at least one source tag")
        for tag in tags:
            if tag not in self.content.sources:
                self.add(file, where, f"unknown source tag '{tag}' (not in sources.toml)")
        if self.policy:
            policy.check_primary(self.content.sources, file, where, tags, self.add)

    def check_region_words(self, file: str, where: str, texts, conditions, fact_regions=()) -> None:
        if self.policy:
            policy.check_region_words(self.visibility, file, where, texts, conditions, self.add, fact_regions)

    def check_condition(self, file: str, where: str, cond: Condition | None, known: dict[str, set[str]]) -> None:
        if cond is None:
            return
        stack = [(cond, 1)]
        while stack:
            node, depth = stack.pop()
            if depth > MAX_CONDITION_DEPTH:
                self.add(file, where, f"show_if: conditions nested more than {MAX_CONDITION_DEPTH} deep")
                return
            if operators_set(node) != 1:
                self.add(file, where, "show_if: each condition needs exactly one of equals, any_of, all, any, not")
            stack.extend((child, depth + 1) for child in (node.all or []) + (node.any or []))
            if node.not_ is not None:
                stack.append((node.not_, depth + 1))
        for question_id, values in references(cond):
            if question_id not in known:
                self.add(file, where, f"show_if: unknown or later question id '{question_id}'")
                continue
            for value in values:
                if value not in known[question_id]:
                    self.add(file, where, f"show_if: '{question_id}' has no choice '{value}'")

    def run(self) -> list[Problem]:
        meta, meta_file = self.content.meta, self.loaded.meta_file
        topic_ids = {t.id for t in meta.topics}
        for region in CRISIS_KEYS:
            if region not in meta.crisis:
                self.add(meta_file, f"crisis.{region}", "crisis contacts missing for this region")
        self.visibility = policy.Visibility(
            {q.id: [area.show_if, q.show_if] for area in self.content.areas for q in area.questions}
        )
        for key, info in meta.crisis.items():  # each block is shown to its own region only
            self.check_sources(meta_file, f"crisis.{key}", info.cited())
            if self.policy:
                policy.check_crisis_lines(self.content.sources, meta_file, f"crisis.{key}", info, self.add)
        for i, entry in enumerate(meta.glossary):
            self.check_sources(meta_file, self.nth(meta_file, "glossary", i, f"glossary[{i}]"), entry.sources)
        for name, choices in meta.choice_sets.items():
            self._unique_values(meta_file, f"choice_sets.{name}", [c.value for c in choices])

        seen: dict[str, str] = {}
        earlier: dict[str, set[str]] = {}  # questions answered before (for screening conditions)
        everything: dict[str, set[str]] = {}
        for area in self.content.areas:
            for q in area.questions:
                everything[q.id] = {c.value for c in self._choices(q)}

        for area in self.content.areas:
            file = self.loaded.area_files[area.id]
            self._unique(seen, area.id, file, self.where(file, area.id, "area.id"))
            if area.topic not in topic_ids:
                self.add(file, "area.topic", f"unknown topic '{area.topic}'")
            self.check_sources(file, "area.sources", area.sources, required=False)
            self.check_condition(file, "area.show_if", area.show_if, earlier)
            self.check_region_words(file, "area.intro", [area.title, area.intro], [area.show_if])
            for i, fact in enumerate(area.facts):
                where = self.nth(file, "area.facts", i, f"area.facts[{i}]")
                self.check_sources(file, where, fact.sources)
                self.check_condition(file, where, fact.show_if, everything)
                self._check_fact_fields(file, where, fact)
                self.check_region_words(file, where, [fact.text], [area.show_if, fact.show_if], fact.regions)
            for i, q in enumerate(area.questions):
                where = self.where(file, q.id, f"area.questions[{i}]")
                self._unique(seen, q.id, file, where)
                self.check_sources(file, where, q.sources)
                if self.policy and not q.short.strip():
                    self.add(file, where, 'short: name the question in a few words (for "I was not sure about: ...")')
                if q.id != REGION_QUESTION:  # its choices name the regions by design
                    words = [q.text, q.why, q.short, *(c.label for c in self._choices(q))]
                    self.check_region_words(file, where, words, [area.show_if, q.show_if])
                if isinstance(q.choices, str) and q.choices not in meta.choice_sets:
                    self.add(file, where, f"unknown choice set '{q.choices}'")
                values = {c.value for c in self._choices(q)}
                self._unique_values(file, where, [c.value for c in self._choices(q)])
                if q.kind != "choice" or NOT_SURE not in values:  # (a typed answer: app.core.validate_triage)
                    validate_triage.check_kind(q, values, file, where, self.add)
                for v in (v for v in q.crisis_values if v not in values):
                    self.add(file, where, f"crisis_values: no choice '{v}'")
                check_notes(self, file, where, self._choices(q), [area.show_if, q.show_if])
                self.check_condition(file, where, q.show_if, earlier)
                earlier[q.id] = values
            for i, dq in enumerate(area.doctor_questions):
                where = self.where(file, dq.id, f"area.doctor_questions[{i}]")
                self._unique(seen, dq.id, file, where)
                self.check_sources(file, where, dq.sources)
                self.check_region_words(file, where, [dq.text, dq.why], [area.show_if, dq.show_if])
                if dq.topic not in topic_ids:
                    self.add(file, where, f"unknown topic '{dq.topic}'")
                if not 1 <= dq.priority <= 3:
                    self.add(file, where, "priority must be 1, 2 or 3")
                self.check_condition(file, where, dq.show_if, everything)
        self._check_quiz(seen, everything, topic_ids)
        validate_triage.check(
            self.content, self.loaded.triage_file, everything, self.add, self.check_condition, self.where
        )
        if everything.get(REGION_QUESTION) is not None:
            if missing := set(REGIONS) - everything[REGION_QUESTION]:
                self.add(meta_file, "region", f"region question lacks choices {sorted(missing)}")
        else:
            self.add(meta_file, "region", f"no screening question with id '{REGION_QUESTION}'")
        return self.problems

    def _check_fact_fields(self, file: str, where: str, fact: Fact) -> None:
        if fact.frequency not in FREQUENCIES:
            self.add(file, where, f"frequency: '{fact.frequency}' is not one of {[f for f in FREQUENCIES if f]}")
        if self.policy:
            policy.check_badge(self.content.sources, file, where, fact.frequency, fact.sources, self.add)
        for region in fact.regions:
            if region not in REGIONS:
                self.add(file, where, f"regions: unknown region '{region}' (use {', '.join(REGIONS)})")
        if fact.as_of and not _AS_OF.fullmatch(fact.as_of):
            self.add(file, where, f"as_of: '{fact.as_of}' is not YYYY-MM or YYYY-MM-DD")

    def _choices(self, q):
        if isinstance(q.choices, str):
            return self.content.meta.choice_sets.get(q.choices, [])
        return q.choices

    def _unique(self, seen: dict[str, str], item_id: str, file: str, where: str) -> None:
        if item_id in seen:
            found = self.lines(file).get(item_id)
            where = f"{found[-1]} ({where.split('(')[-1].rstrip(')')})" if found else where
            self.add(file, where, f"duplicate id '{item_id}' (first used in {seen[item_id]})")
        else:
            seen[item_id] = file

    def _unique_values(self, file: str, where: str, values: list[str]) -> None:
        dupes = {v for v in values if values.count(v) > 1}
        if dupes:
            self.add(file, where, f"duplicate choice values {sorted(dupes)}")

    def _check_quiz(self, seen: dict[str, str], everything: dict[str, set[str]], topic_ids: set[str]) -> None:
        """quiz.toml: like other content, plus a right answer among the choices and 5-8 items for everyone."""
        file = self.loaded.quiz_file
        for i, item in enumerate(self.content.quiz):
            where = self.where(file, item.id, f"quiz[{i}]")
            self._unique(seen, item.id, file, where)
            self.check_sources(file, where, item.sources)
            words = [item.text, item.explain, item.review_question, *(c.label for c in item.choices)]
            self.check_region_words(file, where, words, [item.show_if])
            if item.topic not in topic_ids:
                self.add(file, where, f"unknown topic '{item.topic}'")
            if not 1 <= item.priority <= 3:
                self.add(file, where, "priority must be 1, 2 or 3")
            values = [c.value for c in item.choices]
            self._unique_values(file, where, values)
            if NOT_SURE not in values:
                self.add(file, where, f"choices must include '{NOT_SURE}' (not sure is always a real answer)")
            if item.correct not in values or item.correct == NOT_SURE:
                self.add(file, where, f"correct: '{item.correct}' is not one of the choices")
            for key in ("text", "explain", "review_question"):
                if not getattr(item, key).strip():
                    self.add(file, where, f"{key} is empty")
            self.check_condition(file, where, item.show_if, everything)
        if self.content.quiz:
            self._check_quiz_counts(file, everything)

    def _check_quiz_counts(self, file: str, everything: dict[str, set[str]]) -> None:
        """Every region, and every mix of the answers the items depend on, gets QUIZ_MIN..QUIZ_MAX items."""
        referenced = {REGION_QUESTION} | {q for item in self.content.quiz for q, _ in references(item.show_if)}
        asked = sorted(q for q in referenced if q in everything)
        combos: list[dict[str, str]] = [{}]
        for question_id in asked:
            combos = [{**c, question_id: v} for c in combos for v in sorted(everything[question_id])]
            if len(combos) > 4096:
                self.add(file, "quiz", "show_if: too many answer combinations to check the item count")
                return
        for answers in combos:
            count = sum(holds(item.show_if, answers) for item in self.content.quiz)
            if not QUIZ_MIN <= count <= QUIZ_MAX:
                when = ", ".join(f"{k}={v}" for k, v in answers.items())
                self.add(file, "quiz", f"{count} items apply when {when}; the check needs {QUIZ_MIN} to {QUIZ_MAX}")


def validate_language(loaded: LoadedLanguage, policy: bool = False) -> list[Problem]:
    """Problems that make the content unusable; with `policy`, also the editorial rules a release must
    meet (primary sources, region-exact wording, `short`), which check-content and the tests apply."""
    return _Checker(loaded, policy).run()


def id_signature(content: Content) -> set[str]:
    """Every id (and choice value) a translation must keep identical."""
    ids = {f"topic:{t.id}" for t in content.meta.topics}
    for area in content.areas:
        ids.add(f"area:{area.id}")
        for q in area.questions:
            ids.add(f"question:{q.id}")
            choices = content.meta.choice_sets.get(q.choices, []) if isinstance(q.choices, str) else q.choices
            ids.update(f"choice:{q.id}={c.value}" for c in choices)  # an unknown set is reported elsewhere
        ids.update(f"doctor:{dq.id}" for dq in area.doctor_questions)
    for item in content.quiz:
        ids.add(f"quiz:{item.id}")
        ids.update(f"quiz-choice:{item.id}={c.value}" for c in item.choices)
    return ids | validate_triage.signature(content)


def check_content(root: Path) -> tuple[list[Problem], dict[str, Content]]:
    """Validate a whole content folder (all languages). Returns problems and what loaded."""
    if (root / "meta.toml").exists():  # a single language folder was given
        langs, root = [root], root.parent
    elif not root.is_dir():
        return [Problem(short_path(root), "1", "not a content folder")], {}
    else:
        langs = language_dirs(root)
    if not langs:
        return [Problem(short_path(root), "1", "no language folders with a meta.toml")], {}
    try:
        sources = load_sources(root)
    except DataError as err:
        return err.problems, {}
    problems: list[Problem] = []
    register = root / "sources.toml"
    policy.check_register(
        sources,
        short_path(register),
        read_text(register, 10_000_000),
        lambda file, where, message: problems.append(Problem(file, where, message)),
    )
    loaded_all: dict[str, Content] = {}
    for lang_dir in langs:
        try:
            loaded = load_language(lang_dir, sources)
        except DataError as err:
            problems.extend(err.problems)
            continue
        problems.extend(loaded.problems)
        problems.extend(validate_language(loaded, policy=True))
        loaded_all[lang_dir.name] = loaded.content
    if "en" in loaded_all:
        reference = id_signature(loaded_all["en"])
        for lang, content in loaded_all.items():
            sig = id_signature(content)
            meta_file = short_path(root / lang / "meta.toml")
            for missing in sorted(reference - sig):
                problems.append(Problem(meta_file, "ids", f"missing {missing} (present in en)"))
            for extra in sorted(sig - reference):
                problems.append(Problem(meta_file, "ids", f"extra {extra} (not in en)"))
    return problems, loaded_all
