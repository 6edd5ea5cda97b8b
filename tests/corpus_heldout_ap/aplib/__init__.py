"""Shared helpers for batch AP: MIME, PDF, XLSX builders, PO/label builders, quoting."""
from .mime import (Part, addr, attachment, ew, hid, b64id, message, multipart, raw_part, text)  # noqa: F401
from .pdf import Page, build_pdf, table_doc  # noqa: F401
from .xlsx import build_xlsx  # noqa: F401
from .case import (BUYERS, BUYER_ORG, CASES, D, L, PO, REJ, UNC, acc, case, chg, conf, expected, kwfri,  # noqa: F401
                   line, long_en, mail_date, pct, plus_days, price_per, supplier, weekday_of,
                   workdays_after, write_all)
from .quote import (fmt_date, gmail_html, gt, outlook_header_html, outlook_header_text, outlook_html,  # noqa: F401
                    paras_html, request_html, request_text, simple_html)
from .clients import boundary, headers, msgid, uuid_like  # noqa: F401
