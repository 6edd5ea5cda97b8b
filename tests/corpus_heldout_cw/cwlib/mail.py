"""Mail-level helpers shared by the case modules: Message-IDs in the style of
real clients, reply headers, reply bodies with quoted requests, and our own
original request message (for bounces and auto-replies that carry it)."""
import base64
import hashlib

from . import common as C
from . import mime as M


def _h(seed):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()


def mid(style, seed, domain="example"):
    h = _h(seed)
    if style == "outlook":
        n = int(h[:2], 16) % 9 + 1
        return "<AM%dPR0%dMB%s%s@AM%dPR0%dMB%s.eurprd0%d.prod.outlook.com>" % (
            n, n % 8 + 1, int(h[2:6], 16) % 9000 + 1000, h[6:38].upper(), n, n % 8 + 1,
            int(h[2:6], 16) % 9000 + 1000, n % 8 + 1)
    if style == "outlook-us":
        return "<BN%dPR12MB%s%s@BN%dPR12MB%s.namprd12.prod.outlook.com>" % (
            int(h[0], 16) % 9 + 1, int(h[1:5], 16) % 9000 + 1000, h[5:37].upper(),
            int(h[0], 16) % 9 + 1, int(h[1:5], 16) % 9000 + 1000)
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:60])).decode().replace("/", "_").replace("+", "-").rstrip("=")
        return "<CA%s@mail.gmail.com>" % b[:46]
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(),
                                        h[16:20].upper(), h[20:32].upper(), domain)
    if style == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if style == "exchange":
        return "<%s%s@%s>" % (h[:8].upper(), h[8:40].upper(), domain)
    return "<%s.%s@%s>" % (h[:16], int(h[16:24], 16), domain)


def transport(frm_addr, to_addr, when, msgid, seed):
    """Return-Path and Received lines as our inbound MX would record them."""
    import datetime as _dt
    h = _h(seed)
    dom = frm_addr.split("@", 1)[1]
    arrive = (when + _dt.timedelta(seconds=2 + int(h[:2], 16) % 40)).astimezone(C.tz(1))
    stamp = M.date(arrive) + " (CET)"
    qid = h[2:13].upper()
    if "outlook.com" in msgid:
        n = int(h[13:15], 16) % 8 + 1
        src = "EUR0%d-AM%d-obe.outbound.protection.outlook.com (mail-am%dpr0%d%s.outbound.protection.outlook.com [52.101.%d.%d])" % (
            n, n, n, n, "eur", int(h[15:17], 16) % 200 + 10, int(h[17:19], 16) % 250 + 2)
    elif "gmail.com" in msgid:
        src = "mail-ej1-f%d.google.com (mail-ej1-f%d.google.com [209.85.218.%d])" % (
            int(h[13:15], 16) % 60 + 40, int(h[13:15], 16) % 60 + 40, int(h[13:15], 16) % 60 + 40)
    else:
        src = "mail.%s (mail.%s [203.0.113.%d])" % (dom, dom, int(h[13:15], 16) % 250 + 2)
    rcv = ("from %s\r\n\tby mx1.northfield-group.example (Postfix) with ESMTPS id 4G%s\r\n"
           "\tfor <%s>; %s" % (src, qid, to_addr, stamp))
    return [("Return-Path", "<%s>" % frm_addr), ("Received", rcv)]


def reply_headers(po, frm, when, msgid, subject=None, prefix="RE: ", to=None, cc=None,
                  charset="utf-8", extra=(), top=None, in_reply=True, refs_before=()):
    """frm: (name, address).  to: list of (name, address) or None (buyer)."""
    bname, bmail, _ = C.buyer_of(po)
    to = to or [(bname, bmail)]
    if top is None:
        top = transport(frm[1], to[0][1], when, msgid, msgid + po["po_number"])
    hs = list(top)
    hs.append(("From", M.addr(frm[0], frm[1], charset)))
    hs.append(("To", ", ".join(M.addr(n, a, charset) for n, a in to)))
    if cc:
        hs.append(("Cc", ", ".join(M.addr(n, a, charset) for n, a in cc)))
    subj = subject if subject is not None else prefix + C.req_subject(po)
    hs.append(("Subject", M.hdr(subj, charset)))
    hs.append(("Date", M.date(when)))
    hs.append(("Message-ID", msgid))
    if in_reply and po.get("request_message_id"):
        hs.append(("In-Reply-To", po["request_message_id"]))
        refs = list(refs_before) + [po["request_message_id"]]
        hs.append(("References", "\r\n ".join(refs)))
    hs += list(extra)
    return hs


def outlook_extra(po, lang="en-US", topic=None, has_attach=False, index_seed=""):
    """Headers Exchange/Outlook adds to a reply."""
    h = _h("ti" + po["po_number"] + index_seed)
    ti = base64.b64encode(bytes.fromhex("01DB" + h[:40])).decode()
    return [("Thread-Topic", topic or C.req_subject(po)),
            ("Thread-Index", ti),
            ("Accept-Language", lang + ", en-US"),
            ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if has_attach else ""),
            ("X-MS-TNEF-Correlator", "")]


def outlook_reply(own, quote, charset="windows-1252", cte="quoted-printable", lang="EN-US",
                  html_own=None):
    """text/plain + text/html alternative for an Outlook top-posted reply."""
    text = own.rstrip("\n") + "\n\n" + quote
    qstart = len(own.rstrip("\n").split("\n")) + 1
    h = M.html_outlook(text, charset, lang=lang, quote_from=qstart)
    if html_own is not None:
        h = h.replace("<div class=\"WordSection1\">\n", "<div class=\"WordSection1\">\n" + html_own + "\n", 1)
    return M.alternative(M.text(text, charset=charset, cte=cte),
                         M.html(h, charset=charset, cte=cte), bstyle="outlook")


def gmail_reply(own, attribution, quoted, charset="UTF-8", cte="quoted-printable"):
    text = own.rstrip("\n") + "\n\n" + attribution + "\n" + C.quote_gt(quoted) + "\n"
    return M.alternative(M.text(text, charset=charset, cte=cte),
                         M.html(M.html_gmail(text, charset), charset=charset, cte=cte),
                         bstyle="gmail")


def request_message(po, to_addr=None, with_headers_only=False):
    """Our original acknowledgment request, as it left our server."""
    bname, bmail, _ = C.buyer_of(po)
    to_addr = to_addr or po["supplier"]["email"]
    hs = [("From", M.addr(bname, bmail)),
          ("To", to_addr),
          ("Subject", C.req_subject(po)),
          ("Date", M.date(C.req_sent(po))),
          ("Message-ID", po["request_message_id"]),
          ("X-Mailer", "Northfield P2P Notifier 4.2")]
    body = M.text(C.req_body(po), charset="utf-8", cte="quoted-printable")
    msg = M.message(hs, body)
    if with_headers_only:
        return msg.split(b"\r\n\r\n", 1)[0] + b"\r\n"
    return msg


def inline_answers(po, answers, salutation=None, cut_tail=False, prefix="> "):
    """Quote our request with '> ' and put the supplier's answer after each line
    block.  answers: {line_no: text}."""
    body = C.req_body(po, salutation).split("\n")
    out = []
    cur = None
    i = 0
    while i < len(body):
        l = body[i]
        if cut_tail and l.startswith("Delivery to:"):
            break
        out.append((prefix + l) if l else prefix.rstrip())
        if l.startswith("Line "):
            cur = int(l.split(":")[0].split()[1])
        if l.strip().startswith("Qty ") and cur in answers:
            out.append("")
            out.extend(answers[cur].split("\n"))
            out.append("")
        i += 1
    return "\n".join(out)
