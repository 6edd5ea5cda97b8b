"""Imports shared by the case modules."""
from aklib import mime, mail  # noqa: F401
from aklib.mail import reply, simple, request_subject, request_message, request_headers, hx  # noqa: F401
from aklib.model import (PO, Line as L, Supplier as S, D, kw, plus_days, next_md,  # noqa: F401
                         confirmation, other, BUYERS)
from aklib.pdf import make_pdf, Sheet  # noqa: F401
from aklib.registry import case  # noqa: F401
from aklib.xlsx import make_xlsx  # noqa: F401

MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


def buyer_addr(po):
    return mime.addr(po.buyer.name, po.buyer.email)


def mdy(t):
    return f"{t.month:02d}/{t.day:02d}/{t.year}"
