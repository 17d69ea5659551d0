"""Where pages start (app.printing.breaks): the rules on made-up pieces, no Qt."""

from __future__ import annotations

from app.printing.breaks import Piece, page_starts

PAGE = 100.0


def question(top: float, height: float = 10.0) -> Piece:
    return Piece(top, top + height)


def heading(top: float) -> Piece:
    return Piece(top, top + 8, heading=True)


def text(top: float, lines: int, line: float = 10.0) -> Piece:
    """A paragraph of `lines` lines that may split between them."""
    spans = [(top + i * line, top + (i + 1) * line) for i in range(lines)]
    return Piece(top, top + lines * line, lines=lambda: spans)


def test_everything_on_one_page_gives_one_page():
    assert page_starts([question(0), question(12), question(90)], PAGE) == [0.0]


def test_a_question_that_would_cross_the_break_starts_the_next_page():
    assert page_starts([question(0, 50), question(52, 20), question(80, 30)], PAGE) == [0.0, 80.0]


def test_a_heading_goes_to_the_next_page_with_its_first_question():
    pieces = [question(0, 80), heading(82), question(92, 12)]
    assert page_starts(pieces, PAGE) == [0.0, 82.0]


def test_an_unmarked_paragraph_stays_with_the_question_before_it():
    why = Piece(96, 104, starts_unit=False)
    assert page_starts([question(0, 80), question(84, 10), why], PAGE) == [0.0, 84.0]


def test_a_unit_longer_than_half_a_page_splits_between_lines_not_inside_one():
    starts = page_starts([question(0, 45), text(47, 9)], PAGE)  # 90 px of text from 47
    assert starts == [0.0, 97.0]  # lines 47-57 ... 87-97 fit, the line from 97 starts page 2


def test_a_split_heading_keeps_its_first_line():
    pieces = [question(0, 85), heading(88), text(96, 8)]  # only the heading would fit on page 1
    assert page_starts(pieces, PAGE) == [0.0, 88.0]


def test_a_line_taller_than_a_page_does_not_loop_forever():
    starts = page_starts([Piece(0, 250, lines=lambda: [(0.0, 250.0), (250.0, 260.0)])], PAGE)
    assert starts == [0.0, 250.0]


def test_nothing_breaks_beside_a_floating_piece():
    """The phone code floats beside the questions everybody gets: a break between two of them would
    cut the code in two."""
    code = Piece(60, 110, floating=True)
    beside = [question(60, 10), question(72, 10), question(84, 10), question(96, 10)]
    assert page_starts([question(0, 55), code, *beside], PAGE) == [0.0, 60.0]  # code and questions: page 2
    assert page_starts([question(0, 55), *beside], PAGE) == [0.0, 96.0]  # without the code: only the last
