"""Staff PIN: salted slow hash, constant-time check, lockout after five wrong PINs."""

from __future__ import annotations

import hmac

import pytest

from app.core import pin as pinmod
from app.core.pin import PinError, PinGate, check_pin_format, hash_pin, parse_hash, verify_pin

FAST = {"n": 2**10}  # the real cost is in hash_pin's defaults; tests keep it quick


def test_hash_is_salted_and_never_contains_the_pin():
    first, second = hash_pin("246810"), hash_pin("246810")
    assert first != second  # random salt
    assert "246810" not in first
    n, r, p, salt, digest = parse_hash(first)
    assert (n, r, p) == (pinmod.N, pinmod.R, pinmod.P) and n >= 2**14  # slow on purpose
    assert len(salt) == pinmod.SALT_BYTES and len(digest) == pinmod.HASH_BYTES
    assert first.startswith("scrypt$16384$8$1$")


def test_verify_right_and_wrong():
    stored = hash_pin("1357", **FAST)
    assert verify_pin("1357", stored)
    assert not verify_pin("1358", stored)
    assert not verify_pin("", stored)
    assert not verify_pin("1357", "garbage")


def test_verify_uses_constant_time_compare(monkeypatch):
    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((len(a), len(b)))
        return real(a, b)

    monkeypatch.setattr(pinmod.hmac, "compare_digest", spy)
    stored = hash_pin("1357", **FAST)
    assert verify_pin("9999", stored) is False
    assert calls == [(32, 32)]


@pytest.mark.parametrize("bad", ["12", "1234567890123", "12a4", "１２３４", " 1234", ""])
def test_pin_format(bad):
    with pytest.raises(PinError):
        check_pin_format(bad)


@pytest.mark.parametrize(
    "stored, needle",
    [
        ("1234", "not a PIN hash"),
        ("scrypt$x$8$1$AAAA$AAAA", "damaged"),
        ("scrypt$1000$8$1$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA==", "unsupported"),
        ("scrypt$16384$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAA==", "too short"),
        ("bcrypt$16384$8$1$AAAA$AAAA", "not a PIN hash"),
    ],
)
def test_parse_hash_names_the_problem(stored, needle):
    with pytest.raises(PinError, match=needle):
        parse_hash(stored)


class FakeNow:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


def test_gate_locks_after_five_wrong_for_sixty_seconds():
    now = FakeNow()
    gate = PinGate(hash_pin("2468", **FAST), now=now)
    for i in range(4):
        assert not gate.check("0000")
        assert gate.attempts_left() == 4 - i
    assert not gate.seconds_locked()
    assert not gate.check("0000")  # fifth wrong
    assert gate.seconds_locked() == 60
    assert not gate.check("2468"), "even the right PIN is refused while locked"
    now.t += 59.5
    assert gate.seconds_locked() == 1
    assert not gate.check("2468")
    now.t += 0.5
    assert gate.seconds_locked() == 0
    assert gate.check("2468")


def test_gate_success_resets_the_count():
    gate = PinGate(hash_pin("2468", **FAST), now=FakeNow())
    for _ in range(4):
        gate.check("1111")
    assert gate.check("2468")
    assert gate.attempts_left() == 5
