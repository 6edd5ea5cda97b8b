"""Builders for system-generated mail: DSNs, NDRs, plain bounces, auto-replies."""
from . import mime
from .common import rfcdate, req_subject, BUYERS_by_email, request_message, req_text, req_sent, DOMAIN


def dsn_block(reporting_mta, arrival, rcpt, status, diag, remote_mta=None, action="failed", extra_msg=()):
    msg = ["Reporting-MTA: dns; %s" % reporting_mta]
    msg += list(extra_msg)
    msg.append("Arrival-Date: %s" % arrival)
    rc = ["Final-Recipient: rfc822; %s" % rcpt, "Original-Recipient: rfc822;%s" % rcpt, "Action: %s" % action,
          "Status: %s" % status]
    if remote_mta:
        rc.append("Remote-MTA: dns; %s" % remote_mta)
    rc.append("Diagnostic-Code: smtp; %s" % diag)
    rc.append("Last-Attempt-Date: %s" % arrival)
    return "\n".join(msg) + "\n\n" + "\n".join(rc) + "\n"


def report(headers, human, dsn_text, original, bnd, orig_headers_only=False):
    parts = [human, mime.raw_part("message/delivery-status", dsn_text)]
    if orig_headers_only:
        parts.append(mime.Part([("Content-Type", "text/rfc822-headers")], original))
    else:
        parts.append(mime.rfc822(original))
    root = mime.multi("report", parts, bnd, params="; report-type=delivery-status")
    return mime.message(headers, root)


def plain_request(p, contact="Sir or Madam"):
    """The buyer's request as a plain-text-only message (as sent by the ERP)."""
    bn, be = BUYERS_by_email(p)
    hs = [("From", mime.addr(bn, be)), ("To", p["supplier"]["email"]), ("Subject", req_subject(p)),
          ("Date", rfcdate(req_sent(p))), ("Message-ID", p["request_message_id"]), ("MIME-Version", "1.0"),
          ("Content-Type", 'text/plain; charset="us-ascii"'), ("Content-Transfer-Encoding", "7bit"),
          ("X-Mailer", "Halvorsen ERP / PO-Ack 3.2")]
    return "".join("%s: %s\n" % kv for kv in hs).encode() + b"\n" + req_text(p, contact).encode("ascii")
