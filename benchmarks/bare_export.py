"""Yardstick for `python -m app export`: a bare QTextDocument -> PDF script.

    python benchmarks/bare_export.py OUT.pdf CHARS

Builds HTML of at least CHARS characters shaped like the app's printout (a title, topic headings,
one table per question with a check box, the question in bold, a "why" line and two answer
lines), lays it out in a QTextDocument and prints it to a PDF with QPrinter. No content files,
no validation, no app code: only what any Qt program needs to make the same kind of PDF.
"""

import sys

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

QUESTION = (
    "How long will my treatment last, what dose will I start on, and which tests do I need before "
    "each new prescription?"
)
WHY = "Knowing the plan helps you keep track and spot changes early."


def html_of_length(chars: int) -> str:
    parts = ['<html><body style="font-family:sans-serif; font-size:11pt"><h1 style="font-size:20pt">My questions</h1>']
    number = 0
    while sum(map(len, parts)) < chars:
        if number % 6 == 0:
            parts.append(f'<h2 style="font-size:15pt">Topic {number // 6 + 1}</h2>')
        number += 1
        parts.append(
            '<table width="100%" cellspacing="0" cellpadding="3" style="margin-top:6px"><tr>'
            '<td width="28" valign="top" style="font-size:15pt">&#9744;</td>'
            f'<td valign="top"><b>{number}. {QUESTION}</b><br/><span style="color:#444444"><i>Why:</i> '
            f'{WHY}</span><br/><span style="color:#555555">Doctor\'s answer:</span>'
            "<br/>&nbsp;<hr/>&nbsp;<hr/></td></tr></table>"
        )
    parts.append("</body></html>")
    return "".join(parts)


def main() -> int:
    out, chars = sys.argv[1], int(sys.argv[2])
    app = QApplication(sys.argv[:1])  # noqa: F841 - QPrinter and fonts need the application object
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(out)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 16, 16, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setHtml(html_of_length(chars))
    document.print_(printer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
