"""Bounces and automatic mails."""
from __future__ import annotations

import datetime as dt

from . import mime
from .common import received, request_message


def dsn_block(reporting_mta, arrival, recipients, extra_msg_fields=()):
    """recipients: list of dicts with keys final, action, status, diag, remote(optional), original(optional)."""
    out = [f"Reporting-MTA: dns; {reporting_mta}"]
    out += list(extra_msg_fields)
    out.append(f"Arrival-Date: {mime.fmt_date(arrival)}")
    for r in recipients:
        out.append("")
        if r.get("original"):
            out.append(f"Original-Recipient: rfc822; {r['original']}")
        out.append(f"Final-Recipient: rfc822; {r['final']}")
        out.append(f"Action: {r['action']}")
        out.append(f"Status: {r['status']}")
        if r.get("remote"):
            out.append(f"Remote-MTA: dns; {r['remote']}")
        if r.get("diag"):
            out.append(f"Diagnostic-Code: smtp; {r['diag']}")
        if r.get("last"):
            out.append(f"Last-Attempt-Date: {mime.fmt_date(r['last'])}")
    return ("\r\n".join(out) + "\r\n").encode("ascii")


def original_with_received(po, hop_host, when, multipart=False, reminder=False, reminder_when=None, reminder_id=None):
    raw = request_message(po, reminder, reminder_when, reminder_id, multipart)
    b = po["_buyer"]
    w = when - dt.timedelta(seconds=2)
    rec = (f"Received: from [10.20.4.17] (unknown [10.20.4.17])\r\n\tby {hop_host} (Postfix) with ESMTPSA id "
           f"{mime.b32id(po['po_number'] + 'orig', 10)}\r\n\tfor <{po['supplier']['email']}>; {mime.fmt_date(w)}\r\n")
    return f"Return-Path: <{b.email}>\r\n".encode() + rec.encode() + raw
