"""Imports shared by the case modules."""
import datetime as dt  # noqa: F401
import html  # noqa: F401

from ajlib.mime import (Part, addr, attachment, enc_header, hexid, message, multipart, raw_part,  # noqa: F401
                        rfc822, rfc_date, text)
from ajlib.clients import (doc, gmail_ids, gmail_reply, hdrs, outlook_block_html, outlook_block_text,  # noqa: F401
                           outlook_extra, outlook_html, outlook_ids, outlook_reply, paras, uuid_like)
from ajlib.po import (BUYERS, COMPANY, D, L, PO, add_workdays, confirm, expected, kw, next_md,  # noqa: F401
                      quote_gt, request_html, request_text, subject_po, sup, table_html, table_text)
from ajlib.pdf import layout, make_pdf  # noqa: F401
from ajlib.xlsx import make_xlsx  # noqa: F401


def case(slug, kind, locale, hard, pos, eml, exp):
    assert exp["kind"] == kind
    return {"slug": slug, "kind": kind, "locale": locale, "hard": hard, "pos": pos, "eml": eml, "exp": exp}


def buyer_t(po):
    return (po["buyer"]["name"], po["buyer"]["email"])


def thread(*pos):
    ids = [p["request_message_id"] for p in pos if p.get("request_message_id")]
    if not ids:
        return None, None
    return ids[-1], " ".join(ids)


def same_weekday(date_str, name):
    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert names[D(date_str).weekday()] == name, (date_str, name)


def our_request_eml(po, date, pos=None, to=None, mid=None, contact="Sir or Madam"):
    """Our own outgoing request mail (for bounces / quoted attachments), LF line ends."""
    b = po["buyer"]
    to = to or po["supplier"]["email"]
    hd = [("From", addr(b["name"], b["email"])), ("To", to), ("Subject", subject_po(po)), ("Date", date),
          ("Message-ID", mid or po["request_message_id"])]
    return message(hd, text(request_text(po, contact, pos=pos), "plain", "utf-8", "quoted-printable"), crlf=False)
