"""Size limits for reading inbound mail, so a hostile or broken message cannot exhaust memory
or time.

Two kinds of limit live here. ``ReadingLimits`` holds the configurable ones (bytes,
MIME parts, characters of text). The module constants are the per-scanner caps
that keep each reader linear and bounded whatever the input (tags in an HTML
body, rows, cells and shared strings in a workbook ...): no legitimate supplier
reply comes near them.

When a limit cuts input short, the reader records a defect made by
``limit_reason``: a sentence naming the limit, behind ``LIMIT_PREFIX``. The
pipeline treats every such defect as a review reason — truncated input is never
applied automatically, because the part not read may be the part that matters
(a correction in MIME part 522 of 500). ``limit_reasons`` picks them out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from agent.reading.startup_cache import compile_re


@dataclass(frozen=True)
class ReadingLimits:
    max_message_bytes: int = 50 * 1024 * 1024
    max_attachment_bytes: int = 20 * 1024 * 1024
    max_mime_parts: int = 500
    max_mime_depth: int = 50
    max_text_chars: int = 2_000_000


# HTML bodies: tags read, and how deep elements nest before the rest is read as text.
MAX_HTML_TAGS = 100_000
MAX_HTML_DEPTH = 100

# Workbooks (XLSX): checked on the zip directory before anything is decompressed,
# then while reading. A zip member is never decompressed past its declared size.
MAX_XLSX_UNCOMPRESSED_BYTES = 16 * 1024 * 1024
MAX_XLSX_SHARED_STRINGS_BYTES = 8 * 1024 * 1024
MAX_XLSX_SHARED_STRINGS = 200_000
MAX_SHEET_ROWS = 5000  # rows visited per workbook, empty ones included
MAX_SHEET_COLS = 100
MAX_SHEET_CELLS = 100_000  # non-empty cells kept per workbook
MAX_CELL_CHARS = 10_000
MAX_PDF_PAGES = 50

# Text of one attachment (PDF text layer, a sheet's rows joined) scanned for values.
MAX_ATTACHMENT_SCAN_CHARS = 100_000

# The supplier's own words scanned for values (numbers, dates, order numbers):
# the longest reply in the corpora has 1.8 kB of own text; past 20 kB the text is not a
# reply a rule should apply.
MAX_SCAN_CHARS = 20_000

LIMIT_PREFIX = "reading limit reached: "


def limit_reason(detail: str) -> str:
    """A defect saying which limit cut the input short (always a review reason)."""
    return LIMIT_PREFIX + detail


def limit_reasons(defects: Iterable[str]) -> list[str]:
    """The defects that say a limit cut the input short."""
    return [d for d in defects if d.startswith(LIMIT_PREFIX)]


# Runs that no supplier writes but that make ordinary patterns slow: every "\s+"
# or "\d+" tried from each character of a run of n is n² steps.
MAX_BLANK_RUN = 64
MAX_DIGIT_RUN = 40
_BLANK_RUN = compile_re(
    r"(?<![ \t\u00a0\u2000-\u200b\u202f\u205f\u3000])[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]{"
    + str(MAX_BLANK_RUN + 1)
    + ",}"
)
_DIGIT_RUN = compile_re(r"(?<!\d)\d{" + str(MAX_DIGIT_RUN + 1) + ",}")
LONG_NUMBER_MARK = "[long number not read]"


def bound_runs(text: str) -> tuple[str, list[str]]:
    """``text`` with blank runs cut to ``MAX_BLANK_RUN`` characters and digit runs over
    ``MAX_DIGIT_RUN`` digits replaced by a mark, and the limit defects that caused.

    Cutting blanks changes no value (column layouts need two blanks, not 65), so it
    is silent. A 41-digit "number" is no quantity, price or date, but it is not the
    supplier's plain words either: its replacement is reported.
    """
    if len(text) > MAX_BLANK_RUN:
        text = _BLANK_RUN.sub(lambda m: m.group(0)[:MAX_BLANK_RUN], text)
    notes: list[str] = []
    if len(text) > MAX_DIGIT_RUN:
        longest = 0

        def mark(m: re.Match[str]) -> str:
            nonlocal longest
            longest = max(longest, len(m.group(0)))
            return LONG_NUMBER_MARK

        text = _DIGIT_RUN.sub(mark, text)
        if longest:
            notes.append(
                limit_reason(
                    f"a run of {longest} digits is no number a supplier writes "
                    f"(more than {MAX_DIGIT_RUN}); it was not read"
                )
            )
    return text, notes
