"""Our own request message (as sent) and the non-human messages: bounces of several MTAs."""
from __future__ import annotations

import datetime as dt

from .common import Ctx, PO
from .mime import (Part, addr, date_hdr, encode_body, fold, message, multipart, raw_part, text_part, wrap_html)
from .render import esc, render_html, render_text, request_blocks


def request_message(ctx: Ctx, po: PO, style="outlook", x_mailer=True) -> bytes:
    """The acknowledgment request as our system sent it (Message-ID = po.req_id)."""
    b = po.buyer
    text = render_text(request_blocks(po)) + "\n"
    hs = [("From", addr(b.name, b.email)), ("To", addr(po.supplier.name, po.supplier.email, quote_always=True)),
          ("Subject", fold(po.req_subject, 9)), ("Date", date_hdr(po.req_dt)), ("Message-ID", po.req_id)]
    if x_mailer:
        hs.append(("X-Mailer", "Kestrel PO-Agent 2.4"))
    if style == "plain":
        root = text_part(text, "plain", "us-ascii" if text.isascii() else "utf-8",
                         "7bit" if text.isascii() else "quoted-printable")
    else:
        html = wrap_html("outlook365", render_html(request_blocks(po), "outlook"), "utf-8", "EN-GB")
        root = multipart("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"),
                                         text_part(html, "html", "utf-8", "quoted-printable")],
                         f"=_req_{ctx.hex('reqb', 20)}")
    return message(hs, root)


def rfc822_part(raw: bytes, headers_only=False) -> Part:
    if headers_only:
        head = raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"
        return raw_part([("Content-Type", "text/rfc822-headers"), ("Content-Description", "Undelivered Message Headers")], head)
    return raw_part([("Content-Type", "message/rfc822"), ("Content-Description", "Undelivered Message")], raw)


def dsn_part(reporting_mta, rcpt, status, diag, arrival: dt.datetime, remote_mta=None, extra_msg=(), extra_rcpt=()):
    lines = [f"Reporting-MTA: dns; {reporting_mta}"] + list(extra_msg) + [f"Arrival-Date: {date_hdr(arrival)}", "",
             f"Final-Recipient: rfc822; {rcpt}", f"Original-Recipient: rfc822;{rcpt}", "Action: failed",
             f"Status: {status}"]
    if remote_mta:
        lines.append(f"Remote-MTA: dns; {remote_mta}")
    lines.append(f"Diagnostic-Code: smtp; {diag}")
    lines += list(extra_rcpt)
    body = ("\r\n".join(lines) + "\r\n").encode("ascii")
    return raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], body)


def postfix_dsn(ctx: Ctx, po: PO, *, host, remote, diag, status="5.1.1", delay_s=3) -> bytes:
    b = po.buyer
    orig = request_message(ctx, po)
    when = po.req_dt + dt.timedelta(seconds=delay_s)
    qid = ctx.hex("qid", 11, True)
    rcpt = po.supplier.email
    notice = (f"This is the mail system at host {host}.\n\n"
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              "For further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\n"
              "delete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n"
              f"<{rcpt}>: host {remote} said: {diag} (in reply to RCPT TO command)\n")
    bnd = f"{qid}.{int(when.timestamp())}/{host}"
    root = multipart("report", [
        text_part(notice, "plain", "us-ascii", "7bit", style="plain",
                  extra=[("Content-Description", "Notification")]),
        dsn_part(host, rcpt, status, diag, po.req_dt, remote.split("[")[0],
                 extra_msg=[f"X-Postfix-Queue-ID: {qid}", f"X-Postfix-Sender: rfc822; {b.email}"]),
        rfc822_part(orig),
    ], bnd, params="; report-type=delivery-status", preamble=b"This is a MIME-encapsulated message.\r\n\r\n")
    hs = [("Return-Path", "<>"),
          ("Received", f"by {host} (Postfix)\r\n\tid {qid}; {date_hdr(when)}"),
          ("Date", date_hdr(when)), ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"), ("To", b.email), ("Auto-Submitted", "auto-replied"),
          ("Message-Id", f"<{ctx.hex('mid', 12)}.{qid}@{host}>")]
    return message(hs, root)


def gmail_bounce(ctx: Ctx, po: PO, *, remote_reply, delay_s=6) -> bytes:
    b = po.buyer
    rcpt = po.supplier.email
    orig = request_message(ctx, po, style="outlook")
    when = po.req_dt + dt.timedelta(seconds=delay_s)
    text = ("\n** Address not found **\n\n"
            f"Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.\n\n"
            "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
            "The response from the remote server was:\n\n"
            f"{remote_reply}\n")
    html = ("\n<html>\n<head>\n<style>\n* {\nfont-family:Roboto, \"Helvetica Neue\", Helvetica, Arial, sans-serif;\n}\n</style>\n</head>\n"
            "<body>\n<table cellpadding=\"0\" cellspacing=\"0\" class=\"email-wrapper\" style=\"padding-top:32px;background-color:#ffffff;\"><tbody>\n"
            "<tr><td>\n<table cellpadding=0 cellspacing=0><tbody>\n"
            "<tr><td style=\"max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px\">\n"
            "<span style=\"font-size:24px;line-height:32px;color:#212121\">Address not found</span>\n"
            f"<p style=\"font-size:16px;line-height:24px;color:#212121\">Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>{rcpt}</b></a> because the address couldn't be found, or is unable to receive mail.</p>\n"
            "<p style=\"font-size:14px;line-height:20px;color:#757575\"><a href=\"https://support.google.com/mail/?p=NoSuchUser\" style=\"color:#4285f4;text-decoration:none\">LEARN MORE</a></p>\n"
            "<p style=\"font-size:14px;line-height:20px;color:#757575\">The response from the remote server was:</p>\n"
            f"<p style=\"font-family:monospace\">{esc(remote_reply)}</p>\n"
            "</td></tr>\n</tbody></table>\n</td></tr>\n</tbody></table>\n</body>\n</html>\n")
    alt = multipart("alternative", [text_part(text, "plain", "UTF-8", "7bit"), text_part(html, "html", "UTF-8", "7bit")],
                    "000000000000" + ctx.hex("gba", 16))
    rel = multipart("related", [alt], "000000000000" + ctx.hex("gbr", 16))
    ds = dsn_part("dns; googlemail.com".split("; ")[1], rcpt, "5.1.1", remote_reply, po.req_dt,
                  f"mx.{rcpt.split('@')[1]}",
                  extra_msg=[f"Received-From-MTA: dns; {b.email}"],
                  extra_rcpt=[f"Last-Attempt-Date: {date_hdr(when)}"])
    root = multipart("report", [rel, ds, rfc822_part(orig)], "000000000000" + ctx.hex("gbm", 16),
                     params="; report-type=delivery-status")
    hs = [("Return-Path", "<>"),
          ("Received", f"by 2002:a05:6a10:{ctx.hex('ga', 4)}:b0:5f1:{ctx.hex('gb', 4)} with SMTP id "
                       f"{ctx.hex('gc', 10)}pxb;\r\n\t{date_hdr(when)}"),
          ("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied"),
          ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", b.email),
          ("Message-ID", f"<{ctx.hex('gm', 8)}.{ctx.hex('gn', 6)}.{ctx.num('go', 1000, 9999)}.GMR@mx.google.com>"),
          ("Date", date_hdr(when)), ("Subject", "Delivery Status Notification (Failure)"),
          ("References", po.req_id), ("In-Reply-To", po.req_id)]
    return message(hs, root)


def exchange_ndr(ctx: Ctx, po: PO, *, diag, status="5.1.10", remote=None, delay_s=4) -> bytes:
    b = po.buyer
    rcpt = po.supplier.email
    dom = b.domain
    orig = request_message(ctx, po, style="outlook")
    when = po.req_dt + dt.timedelta(seconds=delay_s)
    srv = f"AM{ctx.num('ex', 1, 9)}PR0{ctx.num('ey', 1, 9)}MB{ctx.num('ez', 1000, 9999)}.eurprd0{ctx.num('ew', 1, 9)}.prod.outlook.com"
    text = ("Your message to " + rcpt + " couldn't be delivered.\n\n"
            f"{rcpt.split('@')[0]} wasn't found at {rcpt.split('@')[1]}.\n\n"
            f"{b.name.split()[0]}          Office 365          {rcpt.split('@')[0]}\nAction Required                     Recipient\n\n"
            "Unknown To address\n\n"
            "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
            "  - Retype the recipient's address, then resend the message.\n"
            "  - If you continue to get this error, contact the recipient by some other means (by phone, for example).\n\n"
            "Was this helpful? Send feedback to Microsoft.\n\n"
            "More Info for Email Admins\nStatus code: " + status + "\n\n"
            "This error occurred because the sender sent a message to an email address hosted by Office 365 but the "
            "address is incorrect or doesn't exist at the destination domain.\n\n"
            "Original Message Details\n"
            f"Created Date:     {po.req_dt.astimezone(dt.timezone.utc).strftime('%d/%m/%Y %H:%M:%S')}\n"
            f"Sender Address:   {b.email}\nRecipient Address:    {rcpt}\nSubject:    {po.req_subject}\n\n"
            "Error Details\n"
            f"Reported error:   {diag}\n"
            f"DSN generated by: {srv}\n")
    html = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">\n</head>\n<body>\n"
            "<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:16px\">\n"
            f"<p style=\"font-size:16px\">Your message to <a href=\"mailto:{rcpt}\">{rcpt}</a> couldn't be delivered.</p>\n"
            f"<p style=\"font-size:20px;font-weight:bold\">{rcpt.split('@')[0]} wasn't found at {rcpt.split('@')[1]}.</p>\n"
            "<p><b>Unknown To address</b></p>\n<p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p>\n"
            f"<p><b>More Info for Email Admins</b><br>Status code: {status}</p>\n"
            f"<p><b>Original Message Details</b><br>Sender Address: {b.email}<br>Recipient Address: {rcpt}<br>"
            f"Subject: {esc(po.req_subject)}</p>\n<p><b>Error Details</b><br>Reported error: {esc(diag)}<br>"
            f"DSN generated by: {srv}</p>\n</div>\n</body>\n</html>\n")
    alt = multipart("alternative", [text_part(text, "plain", "us-ascii", "quoted-printable"),
                                    text_part(html, "html", "us-ascii", "quoted-printable")],
                    f"_001_{ctx.hex('nb', 24, True)}_")
    ds = dsn_part(srv, rcpt, status, diag, po.req_dt, remote,
                  extra_msg=[f"X-MS-Exchange-Message-Is-Ndr: "])
    root = multipart("report", [alt, ds, rfc822_part(orig)], f"_000_{ctx.hex('nb', 24, True)}_",
                     params="; report-type=delivery-status")
    hs = [("From", f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}>"),
          ("To", addr(b.name, b.email)), ("Date", date_hdr(when)), ("Content-Language", "en-GB"),
          ("Message-ID", f"<{ctx.uuid('ndr').lower()}@{srv}>"), ("In-Reply-To", po.req_id), ("References", po.req_id),
          ("Subject", fold("Undeliverable: " + po.req_subject, 9)), ("Auto-Submitted", "auto-replied"),
          ("X-MS-Exchange-Message-Is-Ndr", ""), ("X-MS-PublicTrafficType", "Email")]
    return message(hs, root)


def exim_bounce(ctx: Ctx, po: PO, *, host, reason, delay_s=5) -> bytes:
    """Plain-text Exim bounce with the whole original appended as text."""
    b = po.buyer
    rcpt = po.supplier.email
    orig = request_message(ctx, po, style="plain")
    when = po.req_dt + dt.timedelta(seconds=delay_s)
    recvd = (f"Return-path: <{b.email}>\nReceived: from mx1.{b.domain} ([203.0.113.{ctx.num('ip', 10, 200)}])\n"
             f"\tby {host} with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97)\n"
             f"\t(envelope-from <{b.email}>)\n\tid 1vK{ctx.hex('ex', 3)}-00{ctx.hex('ey', 4)}-Ab\n"
             f"\tfor {rcpt}; {date_hdr(when)}\n")
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            f"  {rcpt}\n    {reason}\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n")
    raw = body.encode("ascii").replace(b"\n", b"\r\n") + recvd.encode("ascii").replace(b"\n", b"\r\n") + orig
    root = Part([("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "7bit")],
                raw if raw.endswith(b"\r\n") else raw + b"\r\n")
    hs = [("Return-path", "<>"), ("Envelope-to", b.email), ("Delivery-date", date_hdr(when)),
          ("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied"),
          ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"), ("To", b.email),
          ("References", po.req_id), ("Content-Type", None),
          ("Subject", "Mail delivery failed: returning message to sender"),
          ("Message-Id", f"<E1vK{ctx.hex('em', 6)}-00{ctx.hex('en', 4)}-Cd@{host}>"), ("Date", date_hdr(when))]
    hs = [h for h in hs if h[1] is not None]
    return message(hs, root)
