"""The shape of a `show_if` condition (app.core.conditions evaluates it). Its own module so that both
the content model and the triage model (app.core.triage_model) can use it."""

from __future__ import annotations

from msgspec import Struct, field


class Equals(Struct, forbid_unknown_fields=True, frozen=True):
    question: str
    value: str


class AnyOf(Struct, forbid_unknown_fields=True, frozen=True):
    question: str
    values: list[str]


class Condition(Struct, forbid_unknown_fields=True, frozen=True):
    """Exactly one of the fields is set (checked by the validator)."""

    equals: Equals | None = None
    any_of: AnyOf | None = None
    all: list[Condition] | None = None
    any: list[Condition] | None = None
    not_: Condition | None = field(default=None, name="not")
