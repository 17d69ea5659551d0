"""Ask an X11 window manager (EWMH) to bring the kiosk's window back, whatever hid it.

Qt's raise/activate does not undo what a window manager's own keys do: "show desktop" (openbox's
Super+D), a switch to another desktop (Ctrl+Alt+arrow) or "Send to desktop" leave the window unmapped
while Qt still thinks it is shown. These requests go to the root window, as a pager would send them:
- _NET_SHOWING_DESKTOP 0: leave "show desktop";
- _NET_WM_DESKTOP 0xFFFFFFFF: the window is on every desktop, so no desktop switch hides it;
- _NET_ACTIVE_WINDOW with source 2 ("a pager or the user"): window managers follow it without the
  focus-stealing rules they apply to applications.
Only under X11 (platform "xcb") with libX11 present; anywhere else `bring_back` does nothing and says so.
"""

from __future__ import annotations

import ctypes
import os

_ALL_DESKTOPS = 0xFFFFFFFF
_SUBSTRUCTURE = (1 << 19) | (1 << 20)  # SubstructureNotifyMask | SubstructureRedirectMask
_CLIENT_MESSAGE = 33


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _Event(ctypes.Union):
    _fields_ = [("xclient", _ClientMessage), ("pad", ctypes.c_long * 24)]


class X11Front:
    """One Xlib connection of its own (opened on first use) to the kiosk's X display."""

    def __init__(self) -> None:
        self._lib: ctypes.CDLL | None = None
        self._display = None
        self._tried = False

    def _open(self) -> bool:
        if self._tried:
            return self._display is not None
        self._tried = True
        if not os.environ.get("DISPLAY"):
            return False
        try:
            lib = ctypes.CDLL("libX11.so.6")
        except OSError:
            return False
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XInternAtom.restype = ctypes.c_ulong
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
        lib.XFlush.argtypes = [ctypes.c_void_p]
        lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        display = lib.XOpenDisplay(None)
        if not display:
            return False
        self._lib, self._display = lib, display
        return True

    def _send(self, window: int, name: bytes, *data: int) -> None:
        """A client message about `window` (0: the root window) to the window manager."""
        lib, display = self._lib, self._display
        assert lib is not None, "_open() first"
        root = lib.XDefaultRootWindow(display)
        event = _Event()
        message = event.xclient
        message.type = _CLIENT_MESSAGE
        message.send_event = 1
        message.display = display
        message.window = window or root
        message.message_type = lib.XInternAtom(display, name, 0)
        message.format = 32
        for i, value in enumerate(data):
            message.data[i] = value if value < 2**63 else value - 2**64
        lib.XSendEvent(display, root, 0, _SUBSTRUCTURE, ctypes.byref(event))

    def bring_back(self, window_id: int) -> bool:
        """Undo "show desktop", put the window on every desktop and activate it. False: not on X11."""
        if not window_id or not self._open():
            return False
        self._send(0, b"_NET_SHOWING_DESKTOP", 0)
        self._send(window_id, b"_NET_WM_DESKTOP", _ALL_DESKTOPS, 2)
        self._send(window_id, b"_NET_ACTIVE_WINDOW", 2, 0, 0)
        if self._lib is not None:  # _open() set it
            self._lib.XFlush(self._display)
        return True

    def close(self) -> None:
        if self._display is not None:
            self._lib.XCloseDisplay(self._display)
            self._display = None
