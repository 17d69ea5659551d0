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
# 128 MB and ~0.45 s per check on one core of a small PC (measured: docs/kiosk.md "The staff PIN"), so
# trying all 1,000,000 six-digit PINs offline takes ~5 days per core; a staff tap waits under a second.
N, R, P = 2**17, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
MIN_DIGITS, MAX_DIGITS = 6, 12
# The wait after each wrong PIN in a row grows, up to a minute (a patient cannot lock staff out for long;
# guessing at one try a minute takes about a year for half of the six-digit PINs). A right PIN resets it.
DELAYS_S = (1.0, 2.0, 5.0, 10.0, 20.0, 40.0, 60.0)
MAX_DELAY_S = DELAYS_S[-1]
RESTART_STEP = len(DELAYS_S) - 1  # after an unexpected restart each wrong PIN already costs the full minute


class PinError(ValueError):
    """A PIN or a stored hash that cannot be used; the message is one line for staff."""


def weak_hash(stored: str) -> bool:
    """A hash made by an older `set-pin` (faster to guess; its PIN may have only 4 or 5 digits)."""
    try:
        n, r, p, _salt, _digest = parse_hash(stored)
    except PinError:
        return False
    return n * r * p < N * R * P


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
    """Checks PINs against the stored hash; after each wrong one, refuses every PIN for a short while.

    The wait grows with each wrong PIN in a row along `delays` (the last one repeats); a right PIN starts
    again at the first. `start_step` > 0 starts further along (after an unexpected restart, so a crash
    does not hand out short waits). `failed_total` and `lockouts` (waits of the full length) are counts
    for the staff menu; the PIN itself is never kept. `now` is injected so tests need not wait.
    """

    def __init__(
        self,
        stored_hash: str,
        now: Callable[[], float] = time.monotonic,
        delays: tuple[float, ...] = DELAYS_S,
        start_step: int = 0,
    ):
        self.stored_hash = stored_hash
        self.now = now
        self.delays = tuple(delays)
        self.start_step = start_step
        self.step = start_step  # index into `delays` of the next wait
        self.failed_total = 0  # wrong PINs since the app started
        self.lockouts = 0
        self.locked_until = 0.0

    def adopt(self, other: PinGate) -> None:
        """Carry the waits over from the gate this one replaces (the kiosk rebuilt after "Check again")."""
        self.step = max(self.step, other.step)
        self.failed_total, self.lockouts = other.failed_total, other.lockouts
        self.locked_until = other.locked_until

    def next_delay_s(self) -> float:
        return self.delays[min(self.step, len(self.delays) - 1)]

    def seconds_locked(self) -> int:
        """Whole seconds until the pad takes a PIN again (0 = now)."""
        remaining = self.locked_until - self.now()
        if remaining <= 0:
            return 0
        return int(remaining) + (remaining % 1 > 0)

    def check(self, pin: str) -> bool:
        """True for the right PIN. While waiting, every PIN (even the right one) is refused and not counted."""
        if self.seconds_locked():
            return False
        if verify_pin(pin, self.stored_hash):
            self.step = 0  # staff are here: the next mistakes start with short waits again
            return True
        self.failed_total += 1
        delay = self.next_delay_s()
        self.locked_until = self.now() + delay
        self.lockouts += delay >= self.delays[-1]
        self.step += 1
        return False
