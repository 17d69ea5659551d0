"""Type sizes: a 16 px base and a small scale of multiples of it, so every text grows with "A+".

The application font is the base size x the person's text size (100 ... 200 %); the style sheet
gives headings, questions and small print their size as a multiple of that, by object name.
"""

from __future__ import annotations

SCALES = (100, 125, 150, 175, 200)  # the text sizes the person can choose, in %
BASE_PX = 16  # the body text, in logical pixels (what the web calls 16 px)
REFERENCE_DPI = 96.0  # Qt's logical DPI on Windows and Linux; macOS uses 72 (1 pt = 1 px)
MIN_BASE_POINTS = BASE_PX * 72 / REFERENCE_DPI  # 12 pt: the platform default (9-10 pt) is small for this audience

# Multiples of the body size.
TITLE = 1.4  # the page title in the window's header
HEADING = 1.2  # "What to know", "Your answers"
QUESTION = 1.0  # a question's own text
CRISIS = 1.3  # the crisis panel's heading
SMALL = 0.875  # "Why we ask", "as of", sources, the review date
BADGE = 0.8  # "Common", "Rare but serious"


def base_points(platform_points: float, logical_dpi: float = REFERENCE_DPI) -> float:
    """The 100 % size in points: the platform's font, but never below 16 px on this screen."""
    least = BASE_PX * 72 / (logical_dpi or REFERENCE_DPI)
    return max(platform_points, least, 1.0)


def px(points: float) -> float:
    """Points to logical pixels at Qt's reference DPI (the unit the style sheet's lengths use)."""
    return points * REFERENCE_DPI / 72
