from app.core.conditions import holds, references
from app.core.model import AnyOf, Condition, Equals


def eq(q, v):
    return Condition(equals=Equals(q, v))


def test_equals_single_and_multi():
    assert holds(eq("a", "yes"), {"a": "yes"})
    assert not holds(eq("a", "yes"), {"a": "no"})
    assert holds(eq("m", "x"), {"m": ("x", "y")})
    assert not holds(eq("m", "z"), {"m": ("x", "y")})


def test_unanswered_never_matches():
    assert not holds(eq("a", "yes"), {})
    assert not holds(Condition(any_of=AnyOf("a", ["yes", "no"])), {})


def test_any_of_all_any_not():
    c_any_of = Condition(any_of=AnyOf("a", ["yes", "not_sure"]))
    assert holds(c_any_of, {"a": "not_sure"}) and not holds(c_any_of, {"a": "no"})
    both = Condition(all=[eq("a", "yes"), eq("b", "yes")])
    assert holds(both, {"a": "yes", "b": "yes"}) and not holds(both, {"a": "yes"})
    either = Condition(any=[eq("a", "yes"), eq("b", "yes")])
    assert holds(either, {"b": "yes"}) and not holds(either, {})
    negated = Condition(not_=eq("a", "yes"))
    assert holds(negated, {}) and not holds(negated, {"a": "yes"})


def test_none_condition_always_holds():
    assert holds(None, {})


def test_references_walk_every_leaf():
    cond = Condition(all=[eq("a", "yes"), Condition(not_=Condition(any_of=AnyOf("b", ["x", "y"])))])
    assert sorted(references(cond)) == [("a", ("yes",)), ("b", ("x", "y"))]
