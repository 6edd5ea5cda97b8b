"""Hand-rolled, deterministic MIME writer (no email.generator: fixed bytes)."""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import html as htmlmod

from .common import BUYER_ORG, MON, WD, buyer_of

# ---------------------------------------------------------------- headers


def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded words (only when needed), folded."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    words, cur = [], ""
    for ch in text:
        cand = cur + ch
        if cur and len(cand.encode(charset)) > 42:
            words.append(cur)
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        if enc == "B":
            out.append(f"=?{charset}?B?{base64.b64encode(b).decode()}?=")
        else:
            q = ""
            for byte in b:
                c = chr(byte)
                if c == " ":
                    q += "_"
                elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                    q += c
                else:
                    q += f"={byte:02X}"
            out.append(f"=?{charset}?Q?{q}?=")
    return "\n ".join(out)


def addr(name, email, charset="utf-8", enc="B"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{ew(name, charset, enc)} <{email}>"


# ---------------------------------------------------------------- nodes


class Node:
    def __init__(self, headers, body=None, parts=None, boundary=None, preamble=None):
        self.headers = headers
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble


def render(node):
    out = b""
    for k, v in node.headers:
        out += f"{k}: {v}\n".encode("ascii")
    out += b"\n"
    if node.parts is not None:
        if node.preamble:
            out += node.preamble.encode("ascii") + b"\n"
        for p in node.parts:
            out += b"\n--" + node.boundary.encode() + b"\n" + render(p).rstrip(b"\n") + b"\n"
        out += b"\n--" + node.boundary.encode() + b"--\n"
    else:
        body = node.body
        if not body.endswith(b"\n"):
            body += b"\n"
        out += body
    return out


def enc_body(text, charset, cte):
    if isinstance(text, str):
        if not text.endswith("\n"):
            text += "\n"
        data = text.encode(charset)
    else:
        data = text
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True)
    if cte in ("7bit", "8bit"):
        for line in data.split(b"\n"):
            assert len(line) < 990, "line too long for 7/8bit"
        if cte == "7bit":
            data.decode("ascii")
        return data
    raise ValueError(cte)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False,
         quoted_cs=True, extra=()):
    cs = f'"{charset}"' if quoted_cs else charset
    ct = f"text/{subtype}; charset={cs}"
    if flowed:
        ct += "; format=flowed"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Node(h, body=enc_body(body, charset, cte))


def multi(subtype, parts, boundary, extra_params="", preamble=None):
    ct = f'multipart/{subtype};\n\tboundary="{boundary}"{extra_params}'
    return Node([("Content-Type", ct)], parts=parts, boundary=boundary, preamble=preamble)


def attach(data, ctype, filename, inline=False, extra=(), cte="base64"):
    disp = "inline" if inline else "attachment"
    h = [("Content-Type", f'{ctype}; name="{filename}"'),
         ("Content-Description", filename),
         ("Content-Disposition", f'{disp}; filename="{filename}"; size={len(data)}'),
         ("Content-Transfer-Encoding", cte)] + list(extra)
    body = base64.encodebytes(data) if cte == "base64" else data
    return Node(h, body=body)


def rfc822(raw_bytes, ctype="message/rfc822"):
    return Node([("Content-Type", ctype)], body=raw_bytes)


def message(headers, root):
    """headers: list of (name, value) - values must be ASCII (use ew/addr)."""
    root.headers = headers + [("MIME-Version", "1.0")] + root.headers
    raw = render(root)
    return raw.replace(b"\n", b"\r\n")


# ---------------------------------------------------------------- request text

def fmt_price(p):
    s = f"{float(p):,.4f}".rstrip("0")
    if s.endswith("."):
        s += "00"
    whole, frac = s.split(".")
    if len(frac) < 2:
        frac = frac + "0" * (2 - len(frac))
    return f"{whole}.{frac}"


def req_subject(po):
    return f"Order acknowledgment request - PO {po['po_number']}"


def req_when(po):
    d = dt.date.fromisoformat(po["issued"])
    return d, 10, (sum(map(ord, po["po_number"])) % 50) + 2


def request_text(po, with_sig=True):
    bname, bmail, phone = buyer_of(po)
    d, hh, mm = req_when(po)
    rows = [("Pos", "Item", "Description", "Qty", "UoM", f"Price {po['currency']}", "Req. date")]
    for ln in po["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     fmt_price(ln["unit_price"]), ln["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    tab = "\n".join("  ".join(c.ljust(w[i]) if i in (1, 2, 4) else c.rjust(w[i]) if i in (3, 5) else c.ljust(w[i])
                              for i, c in enumerate(r)).rstrip() for r in rows)
    t = (f"Dear {po['supplier']['name']} team,\n\n"
         f"please confirm our purchase order {po['po_number']} of {d.day} {MON[d.month-1]} {d.year} "
         f"(quantities, unit prices and delivery dates) by return mail.\n\n"
         f"{tab}\n\n"
         f"Prices in {po['currency']}, delivery DAP Meridian Supply Group, Gate 3, Leeds LS10 1RT.\n")
    if with_sig:
        t += (f"\nKind regards\n{bname}\nPurchasing | {BUYER_ORG}\nT {phone}\n")
    return t


def request_html(po):
    bname, bmail, phone = buyer_of(po)
    d, hh, mm = req_when(po)
    e = htmlmod.escape
    rows = "".join(
        f"<tr><td>{ln['line']}</td><td>{e(ln['item'])}</td><td>{e(ln['description'])}</td>"
        f"<td align=right>{ln['quantity']}</td><td>{ln['uom']}</td><td align=right>{fmt_price(ln['unit_price'])}</td>"
        f"<td>{ln['requested_date']}</td></tr>" for ln in po["lines"])
    return (f"<p>Dear {e(po['supplier']['name'])} team,</p>"
            f"<p>please confirm our purchase order {po['po_number']} of {d.day} {MON[d.month-1]} {d.year} "
            f"(quantities, unit prices and delivery dates) by return mail.</p>"
            f"<table border=1 cellpadding=3 cellspacing=0><tr><th>Pos</th><th>Item</th><th>Description</th>"
            f"<th>Qty</th><th>UoM</th><th>Price {po['currency']}</th><th>Req. date</th></tr>{rows}</table>"
            f"<p>Prices in {po['currency']}, delivery DAP Meridian Supply Group, Gate 3, Leeds LS10 1RT.</p>"
            f"<p>Kind regards<br>{e(bname)}<br>Purchasing | {BUYER_ORG}<br>T {phone}</p>")


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoy\u00e9", "\u00c0", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
    "pl": ("Od", "Wys\u0142ano", "Do", "Temat"),
    "cs": ("Od", "Odesl\u00e1no", "Komu", "P\u0159edm\u011bt"),
    "sk": ("Od", "Odoslan\u00e9", "Komu", "Predmet"),
    "sv": ("Fr\u00e5n", "Skickat", "Till", "\u00c4mne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("L\u00e4hett\u00e4j\u00e4", "L\u00e4hetetty", "Vastaanottaja", "Aihe"),
    "hu": ("Felad\u00f3", "Elk\u00fcldve", "C\u00edmzett", "T\u00e1rgy"),
    "ro": ("De la", "Trimis", "C\u0103tre", "Subiect"),
    "hr": ("\u0160alje", "Poslano", "Prima", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Zadeva"),
    "tr": ("Kimden", "G\u00f6nderildi", "Kime", "Konu"),
    "ko": ("\ubcf4\ub0b8 \uc0ac\ub78c", "\ubcf4\ub0b8 \ub0a0\uc9dc", "\ubc1b\ub294 \uc0ac\ub78c", "\uc81c\ubaa9"),
    "el": ("\u0391\u03c0\u03cc", "\u03a3\u03c4\u03ac\u03bb\u03b8\u03b7\u03ba\u03b5", "\u03a0\u03c1\u03bf\u03c2", "\u0398\u03ad\u03bc\u03b1"),
}


def quote(po, style, lang="en"):
    """Return (text, html) of the quoted original request."""
    bname, bmail, _ = buyer_of(po)
    d, hh, mm = req_when(po)
    sup = po["supplier"]
    body = request_text(po)
    subj = req_subject(po)
    if style == "outlook":
        f, s, t, sj = OUTLOOK_LABELS.get(lang, OUTLOOK_LABELS["en"])
        if lang == "en":
            when = f"{['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'][d.weekday()]}, {d.day} {['January','February','March','April','May','June','July','August','September','October','November','December'][d.month-1]} {d.year} {hh}:{mm:02d}"
        else:
            when = f"{d.day:02d}.{d.month:02d}.{d.year} {hh}:{mm:02d}"
        hdr = f"{f}: {bname} <{bmail}>\n{s}: {when}\n{t}: {sup['email']}\n{sj}: {subj}\n"
        txt = "________________________________\n" + hdr + "\n" + body
        h = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
             + "<p class=MsoNormal>" + "<br>".join(htmlmod.escape(x) for x in hdr.strip().split("\n")) + "</p></div>"
             + request_html(po))
        return txt, h
    if style == "gmail":
        intro = f"On {WD[d.weekday()]}, {d.day} {MON[d.month-1]} {d.year} at {hh}:{mm:02d}, {bname} <{bmail}> wrote:"
    elif style == "apple":
        intro = f"On {d.day} {MON[d.month-1]} {d.year}, at {hh}:{mm:02d}, {bname} <{bmail}> wrote:"
    elif style == "tb":
        intro = f"Am {d.day:02d}.{d.month:02d}.{d.year} um {hh}:{mm:02d} schrieb {bname}:" if lang == "de" else \
            f"On {d.day:02d}/{d.month:02d}/{d.year} {hh}:{mm:02d}, {bname} wrote:"
    else:
        intro = style.format(d=d, hh=hh, mm=mm, name=bname, mail=bmail)  # custom intro line
    txt = intro + "\n" + "\n".join(("> " + x) if x else ">" for x in body.rstrip("\n").split("\n")) + "\n"
    h = (f"<div>{htmlmod.escape(intro)}</div><blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
         + request_html(po) + "</blockquote>")
    return txt, h


def t2h(t):
    """Plain reply text to simple HTML paragraphs."""
    paras = t.strip("\n").split("\n\n")
    return "".join("<p>" + "<br>".join(htmlmod.escape(x) for x in p.split("\n")) + "</p>" for p in paras)


def html_doc(inner, client, lang="en", cs="utf-8"):
    if client == "outlook":
        return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n"
                f"<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset={cs}\">\n"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n--></style>\n"
                f"</head>\n<body lang=\"{lang.upper()}\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n"
                + inner.replace("<p>", "<p class=MsoNormal>") + "\n</div>\n</body>\n</html>\n")
    if client == "gmail":
        return f"<div dir=\"ltr\">{inner}</div>\n"
    if client == "apple":
        return (f"<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset={cs}\"></head>"
                f"<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">{inner}</body></html>\n")
    return (f"<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset={cs}\">\n</head>\n"
            f"<body>\n{inner}\n</body>\n</html>\n")


def wrap_html(s, width=76):
    """Break long HTML lines at tag boundaries so 8bit parts stay < 998 octets."""
    out = []
    for line in s.split("\n"):
        while len(line) > width:
            cut = line.rfind("><", 0, width)
            if cut <= 0:
                cut = line.find("><", width)
                if cut < 0:
                    break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- client profiles

def boundary(c, client):
    if client == "outlook":
        return f"_000_{c.hex(8).upper()}VI1PR06MB{c.hex(4).upper()}eurp_"
    if client == "gmail":
        return "000000000000" + c.hex(16)
    if client == "apple":
        h = c.hex(32).upper()
        return f"Apple-Mail=_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    if client == "tb":
        return "------------" + c.alnum(24)
    if client == "postfix":
        return f"4F{c.alnum(13)}.{1762700000 + int(c.hex(5), 16) % 99999}/mx1.meridian-supply.example"
    return "----=_Part_" + str(int(c.hex(6), 16)) + "_" + str(int(c.hex(7), 16)) + "." + str(int(c.hex(8), 16))


def msgid(c, client, domain, date_hdr=""):
    if client == "outlook":
        return f"<VI1PR06MB{c.hex(4).upper()}{c.hex(10).upper()}@VI1PR06MB{c.hex(4).upper()}.eurprd06.prod.outlook.com>"
    if client == "gmail":
        return f"<CA{c.alnum(10)}+{c.alnum(26)}=={c.alnum(4)}@mail.gmail.com>"
    if client == "apple":
        h = c.hex(32).upper()
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if client == "tb":
        return f"<{c.hex(8)}-{c.hex(4)}-{c.hex(4)}-{c.hex(4)}-{c.hex(12)}@{domain}>"
    return f"<{c.hex(20)}@{domain}>"


def client_headers(c, client):
    if client == "outlook":
        return [("Thread-Topic", None), ("Thread-Index", "AQH" + c.alnum(26) + "=="),
                ("X-MS-Has-Attach", None), ("X-MS-TNEF-Correlator", ""), ("Content-Language", None)]
    if client == "apple":
        return [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    if client == "tb":
        return [("User-Agent", "Mozilla Thunderbird")]
    if client == "iphone":
        return [("X-Mailer", "iPhone Mail (22B91)")]
    if client == "android":
        return [("X-Mailer", "Samsung Mobile")]
    return []


def reply_mail(c, po, *, frm, date, reply, client="outlook", lang="en", charset="utf-8",
               cte="quoted-printable", quote_style=None, html=True, html_reply=None,
               attachments=(), subject=None, thread=True, to=None, cc=None, extra=(),
               quote_pos="below", hcharset=None, henc="B", html_cte=None, flowed=False,
               text_only_quote=None, lang_tag=None, quote_po=None):
    """Compose a supplier reply.  frm = (name, email)."""
    qpo = quote_po or po
    hcs = hcharset or charset
    dom = frm[1].split("@")[1]
    if quote_style is None:
        quote_style = {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "tb": "tb",
                       "iphone": "apple", "android": "gmail"}.get(client, "gmail")
    if quote_style == "none":
        qt, qh = "", ""
    else:
        qt, qh = quote(qpo, quote_style, lang)
    if quote_pos == "above":
        body_t = qt + "\n" + reply
        body_h = qh + t2h(reply) if html_reply is None else qh + html_reply
    else:
        body_t = reply.rstrip("\n") + "\n\n" + qt if qt else reply
        body_h = (t2h(reply) if html_reply is None else html_reply) + qh
    if text_only_quote is not None:
        body_t = text_only_quote
    bname, bmail, _ = buyer_of(po)
    subj = subject if subject is not None else f"RE: {req_subject(qpo)}"
    hdrs = [("From", addr(frm[0], frm[1], hcs, henc)),
            ("To", addr(bname, bmail))]
    if cc:
        hdrs.append(("CC", cc))
    hdrs += [("Subject", ew(subj, hcs, henc)), ("Date", date)]
    hdrs.append(("Message-ID", msgid(c, client, dom)))
    if thread and "request_message_id" in qpo:
        rid = qpo["request_message_id"]
        hdrs += [("In-Reply-To", rid), ("References", rid)]
    for k, v in client_headers(c, client):
        if k == "Thread-Topic":
            v = ew(subj[4:] if subj.upper().startswith(("RE:", "AW:", "SV:", "VS:")) else subj, hcs, henc)
        if k == "X-MS-Has-Attach":
            v = "yes" if attachments else ""
        if k == "Content-Language":
            v = lang_tag or "en-US"
        hdrs.append((k, v))
    hdrs += list(extra)
    hcte = html_cte or cte
    tpart = text(body_t, "plain", charset, cte, flowed=flowed, quoted_cs=(client == "outlook"))
    if html == "only":
        hp = text(wrap_html(html_doc(body_h, client, lang, charset)), "html", charset, hcte, quoted_cs=(client == "outlook"))
        root = hp
    elif html:
        hp = text(wrap_html(html_doc(body_h, client, lang, charset)), "html", charset, hcte, quoted_cs=(client == "outlook"))
        root = multi("alternative", [tpart, hp], boundary(c, client))
    else:
        root = tpart
    if attachments:
        root = multi("mixed", [root] + list(attachments), boundary(c, client))
    return message(hdrs, root)


def request_mail(c, po, date=None):
    """Our original outbound request (for bounces / forwards)."""
    bname, bmail, _ = buyer_of(po)
    d, hh, mm = req_when(po)
    date = date or f"{WD[d.weekday()]}, {d.day} {MON[d.month-1]} {d.year} {hh:02d}:{mm:02d}:11 +0000"
    hdrs = [("From", addr(bname, bmail)), ("To", po["supplier"]["email"]),
            ("Subject", req_subject(po)), ("Date", date),
            ("Message-ID", po.get("request_message_id", f"<po-{po['po_number'].lower()}.x@meridian-supply.example>"))]
    b = "=_mrd_" + c.hex(20)
    root = multi("alternative", [text(request_text(po), "plain", "utf-8", "quoted-printable"),
                                 text(wrap_html(html_doc(request_html(po), "other")), "html", "utf-8", "quoted-printable")], b)
    return message(hdrs, root).replace(b"\r\n", b"\n")
