"""Delivery status notifications: Postfix-style DSN, Exchange NDR, Sendmail-style."""
from __future__ import annotations

from . import mime as M
from .core import request_text, req_subject


def original_request(p, date, to=None, subject=None, body=None):
    """Our outbound acknowledgment request, as an LF message (for embedding)."""
    b = p["buyer"]
    hdr = [("From", M.addr(b["name"], b["email"])), ("To", to or p["supplier"]["email"]),
           ("Subject", subject or req_subject(p)), ("Date", date), ("Message-ID", p["request_message_id"])]
    return M.build_lf(hdr, M.text(body or request_text(p), "plain", "utf-8", "quoted-printable"))


def original_headers(p, date, to=None, subject=None):
    b = p["buyer"]
    return "".join(f"{k}: {v}\n" for k, v in [
        ("From", M.addr(b["name"], b["email"])), ("To", to or p["supplier"]["email"]),
        ("Subject", subject or req_subject(p)), ("Date", date), ("Message-ID", p["request_message_id"]),
        ("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable")])


def report(boundary, human: M.Part, status: M.Part, original: M.Part) -> M.Part:
    return M.multipart("report", boundary, [human, status, original], params=" report-type=delivery-status;")
