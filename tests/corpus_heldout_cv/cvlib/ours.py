"""Our own outgoing mails (the acknowledgment request and follow-ups), used where a
bounce returns them or a reply quotes them in full."""
from . import mime
from .common import mid_generic, DOMAIN


def request_parts(po):
    plain = mime.text(po.request_text(), charset="utf-8", cte="quoted-printable")
    htm = mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n"
                    + po.request_html() + "</body></html>\n", charset="utf-8")
    return mime.multipart("alternative", [plain, htm], "=_bw_%s_alt" % po.number)


def request_headers(po):
    return [("From", mime.addr(po.buyer_name, po.buyer_email)),
            ("To", po.to),
            ("Subject", po.subject),
            ("Date", mime.date(po.req_sent)),
            ("Message-ID", po.req_id),
            ("X-Mailer", "Brightwater PO Agent 3.4"),
            ("MIME-Version", "1.0")]


def request_eml(po, received=()):
    root = request_parts(po)
    h = [("Return-Path", "<%s>" % po.buyer_email)] + [("Received", r) for r in received] + request_headers(po)
    return mime.build(h, root, mime_version=False)


def request_header_block(po, received=()):
    """the text/rfc822-headers form of the request"""
    root = request_parts(po)
    h = [("Return-Path", "<%s>" % po.buyer_email)] + [("Received", r) for r in received] + request_headers(po)
    h.append(("Content-Type", root.headers[0][1]))
    return "".join("%s: %s\n" % (k, v) for k, v in h)
