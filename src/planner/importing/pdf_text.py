"""The text of an official timetable PDF, laid out as on the page, for the timetable reader.

Read with pdfplumber (pdfminer.six underneath): its layout mode places each
character at its position on the page, so a table row stays one line and
its columns stay apart by runs of spaces, which the line reader takes as
column separators. A PDF with no text (a scan), an encrypted one or a file
that is not a PDF at all gets a message saying so.
"""

from __future__ import annotations

import io
import logging

from planner.domain.errors import ImportFormatError
from planner.i18n import tr

MAX_PDF_PAGES = 40
_PDF_MAGIC = b"%PDF-"


def looks_like_pdf(data: bytes) -> bool:
    """Whether the bytes are a PDF file (it starts with "%PDF-", maybe after a few bytes)."""
    return _PDF_MAGIC in data[:1024]


def pdf_text(data: bytes) -> str:
    """The text of every page, one line per printed line, pages separated by a blank line."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings are not the user's
    pages: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as document:
            if len(document.pages) > MAX_PDF_PAGES:
                raise ImportFormatError(
                    tr(
                        "The PDF has {count} pages; a timetable is read only up to {limit} pages."
                    ).format(count=len(document.pages), limit=MAX_PDF_PAGES)
                )
            for page in document.pages:
                text = page.extract_text(layout=True) or ""
                pages.append("\n".join(line.rstrip() for line in text.splitlines()))
    except ImportFormatError:
        raise
    except PDFPasswordIncorrect:
        raise ImportFormatError(
            tr("The PDF is protected by a password; open it and save an unprotected copy.")
        ) from None
    except (PDFSyntaxError, ValueError, TypeError, KeyError, AttributeError, OSError) as error:
        raise ImportFormatError(
            tr("The file is not a PDF that can be read ({reason}).").format(reason=error)
        ) from None
    except Exception as error:  # pdfminer raises its own types from deep inside
        if type(error).__module__.startswith(("pdfminer", "pdfplumber")):
            raise ImportFormatError(
                tr("The file is not a PDF that can be read ({reason}).").format(reason=error)
            ) from None
        raise
    text = "\n\n".join(page.strip("\n") for page in pages)
    if not text.strip():
        raise ImportFormatError(
            tr(
                "The PDF holds no text, only pictures (a scan?); copy the timetable from the "
                "series website instead."
            )
        )
    return text
