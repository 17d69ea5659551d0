"""Staff PIN: salted slow hash, constant-time check, a growing wait (up to a minute) after each wrong PIN."""

from __future__ import annotations

import hmac

import pytest

from app.core import pin as pinmod
from app.core.pin import PinError, PinGate, check_pin_format, hash_pin, parse_hash, verify_pin

FAST = {"n": 2**10}  # the real cost is in hash_pin's defaults; tests keep it quick


def test_hash_is_salted_and_never_contains_the_pin():
    first, second = hash_pin("246810"), hash_pin("246810")  # the real cost: ~0.45 s each
    assert first != second  # random salt
    assert "246810" not in first
    n, r, p, salt, digest = parse_hash(first)
    assert (n, r, p) == (pinmod.N, pinmod.R, pinmod.P) and n >= 2**14  # slow on purpose
    assert len(salt) == pinmod.SALT_BYTES and len(digest) == pinmod.HASH_BYTES
    assert first.startswith(f"scrypt${2**17}$8$1$")


def test_verify_right_and_wrong():
    stored = hash_pin("135790", **FAST)
    assert verify_pin("135790", stored)
    assert not verify_pin("135791", stored)
    assert not verify_pin("", stored)
    assert not verify_pin("135790", "garbage")


def test_verify_uses_constant_time_compare(monkeypatch):
    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((len(a), len(b)))
        return real(a, b)

    monkeypatch.setattr(pinmod.hmac, "compare_digest", spy)
    stored = hash_pin("135790", **FAST)
    assert verify_pin("999999", stored) is False
    assert calls == [(32, 32)]


@pytest.mark.parametrize("bad", ["12", "1234", "12345", "1234567890123", "12a456", "１２３４５６", " 123456", ""])
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


def test_each_wrong_pin_waits_longer_up_to_a_minute():
    now = FakeNow()
    gate = PinGate(hash_pin("246810", **FAST), now=now)
    waits = []
    for _ in range(10):
        assert not gate.check("000000")
        waits.append(gate.seconds_locked())
        assert not gate.check("246810"), "even the right PIN is refused while waiting"
        now.t += gate.seconds_locked() - 0.5
        assert gate.seconds_locked() == 1
        now.t += 0.5
    assert waits == [1, 2, 5, 10, 20, 40, 60, 60, 60, 60]
    assert max(waits) <= 60, "a patient cannot lock staff out for long"
    assert gate.failed_total == 10 and gate.lockouts == 4
    assert gate.check("246810")
    assert not gate.check("000000") and gate.seconds_locked() == 1, "the right PIN starts again at the shortest wait"


def test_after_a_restart_each_wrong_pin_costs_a_minute():
    now = FakeNow()
    gate = PinGate(hash_pin("246810", **FAST), now=now, start_step=pinmod.RESTART_STEP)
    assert gate.check("246810"), "the right PIN works at once"
    gate = PinGate(hash_pin("246810", **FAST), now=now, start_step=pinmod.RESTART_STEP)
    assert not gate.check("000000") and gate.seconds_locked() == 60


def test_six_digit_pins_take_days_offline():
    """The arithmetic in docs/kiosk.md: a check costs N*R*P; 10**6 checks on one core at ~0.4 s or more."""
    assert pinmod.MIN_DIGITS >= 6
    assert pinmod.N * pinmod.R * pinmod.P >= 2**17 * 8, "at least 8x the old 2**14 cost (55 ms there)"


def test_old_hashes_still_work_and_are_flagged():
    old = hash_pin("246810", n=2**14)
    assert verify_pin("246810", old)
    assert pinmod.weak_hash(old) and not pinmod.weak_hash(f"scrypt${pinmod.N}$8$1$" + old.split("$", 4)[4])
