"""The staff PIN: a salted, slow scrypt hash, a constant-time check and a lockout. No Qt here.

Stored form (one string in the clinic config, never the PIN itself):

    scrypt$<n>$<r>$<p>$<salt, base64>$<hash, base64>
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import time
from collections.abc import Callable

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1  # ~16 MB and ~70 ms per check on a small PC: slow for guessing, fine for a tap
SALT_BYTES = 16
HASH_BYTES = 32
MIN_DIGITS, MAX_DIGITS = 4, 12
MAX_ATTEMPTS = 5
# Each lockout is longer than the one before (1 min, 5 min, 30 min, then 2 h each time), so a 4-digit
# PIN needs years of guessing instead of under a day. A right PIN starts the ladder again.
LOCKOUT_STEPS_S = (60.0, 300.0, 1800.0, 7200.0)
LOCKOUT_S = LOCKOUT_STEPS_S[0]
RESTART_STEP = 2  # after an unexpected restart the first lockout is already 30 minutes (app.kiosk.restart)


class PinError(ValueError):
    """A PIN or a stored hash that cannot be used; the message is one line for staff."""


def check_pin_format(pin: str) -> None:
    if not pin.isascii() or not pin.isdigit():
        raise PinError("the PIN must be digits only (the kiosk's PIN pad has no letters)")
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise PinError(f"the PIN must have {MIN_DIGITS} to {MAX_DIGITS} digits")


def _derive(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=128 * r * (n + p + 2) + 1024 * 1024
    )


def hash_pin(pin: str, *, n: int = N, r: int = R, p: int = P) -> str:
    check_pin_format(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _derive(pin, salt, n, r, p, HASH_BYTES)
    b64 = base64.b64encode
    return f"{SCHEME}${n}${r}${p}${b64(salt).decode()}${b64(digest).decode()}"


def parse_hash(stored: str) -> tuple[int, int, int, bytes, bytes]:
    """Split a stored hash; PinError says what is wrong (used by check-config)."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        raise PinError("not a PIN hash made by `set-pin` (expected scrypt$n$r$p$salt$hash)")
    try:
        n, r, p = (int(x) for x in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        raise PinError("the PIN hash is damaged (bad number or base64)") from None
    if n < 2**10 or n > 2**20 or n & (n - 1) or not 1 <= r <= 32 or not 1 <= p <= 16:
        raise PinError("the PIN hash has unsupported scrypt parameters")
    if len(salt) < 8 or len(digest) < 16:
        raise PinError("the PIN hash is too short")
    return n, r, p, salt, digest


def verify_pin(pin: str, stored: str) -> bool:
    """True if `pin` matches; the comparison of the derived hashes is constant-time."""
    try:
        n, r, p, salt, digest = parse_hash(stored)
    except PinError:
        return False
    candidate = _derive(pin, salt, n, r, p, len(digest))
    return hmac.compare_digest(candidate, digest)


class PinGate:
    """Checks PINs against the stored hash; after MAX_ATTEMPTS wrong ones, refuses for a while.

    The lockouts escalate along `steps` (the last step repeats). `start_step` > 0 starts further up the
    ladder (after an unexpected restart, so a crash does not hand out a fresh set of short lockouts).
    `failed_total` and `lockouts` are counts for the staff menu; the PIN itself is never kept.
    `now` is injected so tests need not wait.
    """

    def __init__(
        self,
        stored_hash: str,
        now: Callable[[], float] = time.monotonic,
        max_attempts: int = MAX_ATTEMPTS,
        steps: tuple[float, ...] = LOCKOUT_STEPS_S,
        start_step: int = 0,
    ):
        self.stored_hash = stored_hash
        self.now = now
        self.max_attempts = max_attempts
        self.steps = tuple(steps)
        self.start_step = start_step
        self.step = start_step  # index into `steps` of the next lockout
        self.failures = 0  # wrong PINs since the last lockout or right PIN
        self.failed_total = 0  # wrong PINs since the app started
        self.lockouts = 0
        self.locked_until = 0.0

    def adopt(self, other: PinGate) -> None:
        """Carry the lockout over from the gate this one replaces (the kiosk rebuilt after "Check again")."""
        self.step = max(self.step, other.step)
        self.failures, self.failed_total, self.lockouts = other.failures, other.failed_total, other.lockouts
        self.locked_until = other.locked_until

    def next_lockout_s(self) -> float:
        return self.steps[min(self.step, len(self.steps) - 1)]

    def seconds_locked(self) -> int:
        """Whole seconds until the pad unlocks (0 = not locked)."""
        remaining = self.locked_until - self.now()
        if remaining <= 0:
            return 0
        return int(remaining) + (remaining % 1 > 0)

    def attempts_left(self) -> int:
        return self.max_attempts - self.failures

    def check(self, pin: str) -> bool:
        """True for the right PIN. While locked, every PIN (even the right one) is refused and not counted."""
        if self.seconds_locked():
            return False
        if verify_pin(pin, self.stored_hash):
            self.failures = 0
            self.step = 0  # staff are here: the next mistakes start with a short lockout again
            return True
        self.failures += 1
        self.failed_total += 1
        if self.failures >= self.max_attempts:
            self.failures = 0
            self.locked_until = self.now() + self.next_lockout_s()
            self.step += 1
            self.lockouts += 1
        return False
