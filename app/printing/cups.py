"""A few libcups calls (through ctypes), so the kiosk can say truthfully what happened to a print job.

Qt's CUPS backend does not report the job: when a queue refuses jobs, or CUPS aborts or cancels one,
Qt still returns as if it printed. So on systems with libcups (Linux, macOS) the kiosk sends the PDF
itself, from memory (no temporary file), gets the job's id back and follows the job's state.
Nothing here is patient data: the job title is a random token, the document is the printout.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import secrets
from dataclasses import dataclass
from functools import cache

# ipp_jstate_t
PENDING, HELD, PROCESSING, STOPPED, CANCELED, ABORTED, COMPLETED = range(3, 10)
STATE_NAMES = {
    PENDING: "pending",
    HELD: "held",
    PROCESSING: "processing",
    STOPPED: "stopped",
    CANCELED: "canceled",
    ABORTED: "aborted",
    COMPLETED: "completed",
}
_HTTP_CONTINUE = 100
_IPP_OK_MAX = 0x00FF  # successful-ok ... successful-ok-events-complete
_WHICHJOBS_ALL = -1


class CupsError(Exception):
    """One line for staff (CUPS's own words where it gives them)."""


class _Option(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


class _Dest(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("instance", ctypes.c_char_p),
        ("is_default", ctypes.c_int),
        ("num_options", ctypes.c_int),
        ("options", ctypes.POINTER(_Option)),
    ]


class _Job(ctypes.Structure):
    _fields_ = [
        ("id", ctypes.c_int),
        ("dest", ctypes.c_char_p),
        ("title", ctypes.c_char_p),
        ("user", ctypes.c_char_p),
        ("format", ctypes.c_char_p),
        ("state", ctypes.c_int),
        ("size", ctypes.c_int),
        ("priority", ctypes.c_int),
        ("completed_time", ctypes.c_long),
        ("creation_time", ctypes.c_long),
        ("processing_time", ctypes.c_long),
    ]


@cache
def _lib():
    name = ctypes.util.find_library("cups")
    for candidate in (name, "libcups.so.2", "libcups.2.dylib"):
        if not candidate:
            continue
        try:
            lib = ctypes.CDLL(candidate)
        except OSError:
            continue
        _declare(lib)
        return lib
    return None


def _declare(lib) -> None:
    vp, cp, ci = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    lib.cupsGetNamedDest.argtypes, lib.cupsGetNamedDest.restype = [vp, cp, cp], ctypes.POINTER(_Dest)
    lib.cupsFreeDests.argtypes, lib.cupsFreeDests.restype = [ci, ctypes.POINTER(_Dest)], None
    lib.cupsGetDests2.argtypes = [vp, ctypes.POINTER(ctypes.POINTER(_Dest))]
    lib.cupsGetDests2.restype = ci
    lib.cupsCreateJob.argtypes, lib.cupsCreateJob.restype = [vp, cp, cp, ci, ctypes.POINTER(_Option)], ci
    lib.cupsStartDocument.argtypes, lib.cupsStartDocument.restype = [vp, cp, ci, cp, cp, ci], ci
    lib.cupsWriteRequestData.argtypes, lib.cupsWriteRequestData.restype = [vp, cp, ctypes.c_size_t], ci
    lib.cupsFinishDocument.argtypes, lib.cupsFinishDocument.restype = [vp, cp], ci
    lib.cupsLastErrorString.argtypes, lib.cupsLastErrorString.restype = [], cp
    lib.cupsGetJobs.argtypes = [ctypes.POINTER(ctypes.POINTER(_Job)), cp, ci, ci]
    lib.cupsGetJobs.restype = ci
    lib.cupsFreeJobs.argtypes, lib.cupsFreeJobs.restype = [ci, ctypes.POINTER(_Job)], None
    lib.cupsCancelJob.argtypes, lib.cupsCancelJob.restype = [cp, ci], ci


def available() -> bool:
    return _lib() is not None


def _last_error(lib) -> str:
    text = lib.cupsLastErrorString()
    return text.decode("utf-8", "replace").splitlines()[0] if text else "no reason given"


@dataclass(frozen=True)
class Destination:
    name: str
    accepting: bool
    state: int  # printer-state: 3 idle, 4 processing, 5 stopped
    reasons: str


NOT_RUNNING = "CUPS is not running (or does not answer)"


def scheduler_running() -> bool:
    """Whether CUPS's scheduler answers (asked through libcups for this user's jobs: -1 = no answer).

    libcups says "The printer or class does not exist" for any queue while cupsd is down; this tells
    the two apart, so staff read why printing failed.
    """
    lib = _lib()
    if lib is None:
        return False
    jobs = ctypes.POINTER(_Job)()
    count = lib.cupsGetJobs(ctypes.byref(jobs), None, 1, _WHICHJOBS_ALL)
    if count > 0:
        lib.cupsFreeJobs(count, jobs)
    return count >= 0


def destination(name: str) -> Destination | None:
    """The queue's state as CUPS says it (None if CUPS does not know the queue)."""
    lib = _lib()
    if lib is None:
        return None
    dest = lib.cupsGetNamedDest(None, name.encode(), None)
    if not dest:
        return None
    try:
        options = {}
        for i in range(dest.contents.num_options):
            option = dest.contents.options[i]
            options[option.name.decode(errors="replace")] = (option.value or b"").decode(errors="replace")
    finally:
        lib.cupsFreeDests(1, dest)
    state = options.get("printer-state", "3")
    return Destination(
        name,
        options.get("printer-is-accepting-jobs", "true") != "false",
        int(state) if state.isdigit() else 3,
        options.get("printer-state-reasons", "none"),
    )


def queue_names() -> list[str]:
    """Every print queue CUPS knows on this computer."""
    lib = _lib()
    if lib is None:
        return []
    dests = ctypes.POINTER(_Dest)()
    count = lib.cupsGetDests2(None, ctypes.byref(dests))
    try:
        return [dests[i].name.decode(errors="replace") for i in range(max(0, count))]
    finally:
        if count > 0:
            lib.cupsFreeDests(count, dests)


def new_title() -> str:
    """A job title that says nothing about the person (CUPS keeps titles in its job history)."""
    return f"isotretinoin-checklist-{secrets.token_hex(6)}"


def submit_pdf(printer: str, data: bytes, title: str, options: dict[str, str] | None = None) -> int:
    """Send a PDF (from memory) as one job; returns the CUPS job id. Raises CupsError."""
    lib = _lib()
    if lib is None:
        raise CupsError("libcups is not available")
    pairs = list((options or {}).items())
    array = (_Option * max(1, len(pairs)))(*[_Option(k.encode(), v.encode()) for k, v in pairs])
    job_id = lib.cupsCreateJob(None, printer.encode(), title.encode(), len(pairs), array)
    if job_id <= 0:
        raise CupsError(f"CUPS refused the job: {_last_error(lib)}")
    if lib.cupsStartDocument(None, printer.encode(), job_id, title.encode(), b"application/pdf", 1) != _HTTP_CONTINUE:
        reason = _last_error(lib)
        lib.cupsCancelJob(printer.encode(), job_id)
        raise CupsError(f"CUPS did not take the document: {reason}")
    view = memoryview(data)
    for start in range(0, len(data), 65536):
        chunk = bytes(view[start : start + 65536])
        if lib.cupsWriteRequestData(None, chunk, len(chunk)) != _HTTP_CONTINUE:
            reason = _last_error(lib)
            lib.cupsFinishDocument(None, printer.encode())
            lib.cupsCancelJob(printer.encode(), job_id)
            raise CupsError(f"sending the document to CUPS failed: {reason}")
    if lib.cupsFinishDocument(None, printer.encode()) > _IPP_OK_MAX:
        raise CupsError(f"CUPS did not accept the document: {_last_error(lib)}")
    return job_id


def job_state(printer: str, job_id: int) -> int | None:
    """The job's state (PENDING ... COMPLETED); None if CUPS no longer lists it (history not kept).

    Raises CupsError when CUPS does not answer: that says nothing about the job (it may still be waiting).
    """
    lib = _lib()
    if lib is None:
        return None
    jobs = ctypes.POINTER(_Job)()
    count = lib.cupsGetJobs(ctypes.byref(jobs), printer.encode(), 0, _WHICHJOBS_ALL)
    if count < 0:
        raise CupsError(f"{NOT_RUNNING}: {_last_error(lib)}")
    try:
        return next((jobs[i].state for i in range(max(0, count)) if jobs[i].id == job_id), None)
    finally:
        if count > 0:
            lib.cupsFreeJobs(count, jobs)


def cancel(printer: str, job_id: int) -> None:
    lib = _lib()
    if lib is not None:
        lib.cupsCancelJob(printer.encode(), job_id)
