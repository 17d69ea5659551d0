"""Where the pages of the printout start: arithmetic on the laid-out document's pieces. No Qt.

The document is laid out once as one long page (app.printing.pages reads its geometry); a page is
then a window on it, from one start to the next. The rules:
- a unit (a question, a line of a list, a table row; a heading with what follows it) never splits
  across a page break: if it does not fit on the rest of the page, it starts the next page;
- a unit longer than MAX_KEPT of a page may split between its lines (keeping it whole would waste
  the page), but a heading never ends a page: it goes with at least the first line after it;
- a floating piece and everything that starts beside it are one unit, and no page breaks across it;
- a unit marked NEW_PAGE (the brief after a cover sheet) starts a page; one marked NOT_FIRST (the
  phone code) is never on the brief's first page: there it starts the next page, later it flows on.
"""

from __future__ import annotations

from collections.abc import Callable

from msgspec import Struct, field

MAX_KEPT = 0.5  # a unit longer than this share of a page may split
EPSILON = 0.5  # layout px: a line that starts exactly on a page's start belongs to that page


class Piece(Struct):
    """One block or table row of the flow, in layout px from the document's top."""

    top: float
    bottom: float
    heading: bool = False  # KEEP_NEXT: stays on the page of what follows it
    starts_unit: bool = True  # False: belongs to the unit before it (an unmarked paragraph)
    floating: bool = False  # beside the flow: what starts above its bottom is in its unit
    new_page: bool = False  # NEW_PAGE: starts a page (the brief after a cover sheet)
    not_first: bool = False  # NOT_FIRST: never on the brief's first page (the phone code)
    lines: Callable[[], list[tuple[float, float]]] | None = None  # (top, bottom) of each line; None: unsplittable


class Unit(Struct):
    pieces: list[Piece] = field(default_factory=list)

    @property
    def top(self) -> float:
        return self.pieces[0].top

    @property
    def bottom(self) -> float:
        return max(p.bottom for p in self.pieces)

    def lines(self) -> tuple[list[tuple[float, float]], int]:
        """The unit's lines (lines side by side, e.g. beside a floating piece, merged into one), and
        how many must stay together at its start (the headings and the first line after them)."""
        out: list[list[float]] = []
        together = 0
        for piece in self.pieces:
            for top, bottom in piece.lines() if piece.lines is not None else [(piece.top, piece.bottom)]:
                if out and top < out[-1][1] - EPSILON:
                    out[-1][1] = max(out[-1][1], bottom)
                else:
                    out.append([top, bottom])
                if not together and not piece.heading:
                    together = len(out)  # (the first line that is not a heading's)
        return [(top, bottom) for top, bottom in out], together or 1


def units(pieces: list[Piece]) -> list[Unit]:
    out: list[Unit] = []
    beside = float("-inf")  # the bottom of the last floating piece
    for piece in pieces:
        if piece.floating:
            beside = piece.bottom
        joins = out and (not piece.starts_unit or out[-1].pieces[-1].heading or piece.top < beside - EPSILON)
        if joins:
            out[-1].pieces.append(piece)
        else:
            out.append(Unit([piece]))
    return out


def page_starts(pieces: list[Piece], height: float) -> list[float]:
    """The top of each page's window on the document (the first page starts at 0)."""
    starts = [0.0]
    opened = 1  # the brief's first page is page `opened` (2 after a cover sheet)
    for unit in units(pieces):
        if unit.pieces[0].new_page and unit.top > starts[-1] + EPSILON:
            starts.append(unit.top)
            opened = len(starts)
        elif unit.pieces[0].not_first and len(starts) == opened and unit.top > starts[-1] + EPSILON:
            starts.append(unit.top)  # (off the brief's first page only: on a later page it flows on)
        while unit.bottom - starts[-1] > height + EPSILON:  # it does not fit on this page
            start = starts[-1]
            if unit.top > start + EPSILON and unit.bottom - unit.top <= height * MAX_KEPT:
                starts.append(unit.top)  # the whole unit to the next page
                break
            lines, together = unit.lines()
            rest = [i for i, (top, _bottom) in enumerate(lines) if top >= start - EPSILON]
            over = next((i for i in rest if lines[i][1] - start > height + EPSILON), None)
            if over is None:
                break
            if over < together and unit.top > start + EPSILON:
                starts.append(unit.top)  # the heading (and its first line) to the next page
                continue
            if lines[over][0] <= start + EPSILON:  # a line taller than a page: it is cut, the rest goes on
                over += 1
                if over >= len(lines):
                    break
            starts.append(lines[over][0])
    return starts
