"""Shared helpers for batch AM: MIME, PDF, XLSX builders, dates, PO and label helpers."""
from .mime import Part, Multi, message, addr, hdr, mdate, dsn_report
from .pdf import pdf
from .xlsx import xlsx
from .dates import D, week_day, week_friday, next_on_or_after, assert_wd
from .po import (make_po, request_text, request_html, label, REJ, UNC, quote,
                 outlook_reply, gmail_reply, text_to_html, esc)
