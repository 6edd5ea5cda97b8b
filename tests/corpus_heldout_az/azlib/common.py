"""Shared model: registry, purchase orders, mail bodies, reply builder, labels."""
from __future__ import annotations

import datetime as dt
import hashlib
import html as _html
from decimal import Decimal
from email.utils import format_datetime

from . import mime

# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

REG: list[tuple[str, str, str, object]] = []


def case(slug: str, kind_locale: str, hard: str):
    def deco(fn):
        REG.append((slug, kind_locale, hard, fn))
        return fn
    return deco


# --------------------------------------------------------------------------
# dates and numbers
# --------------------------------------------------------------------------

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def wd(s: str) -> str:
    return WD[d(s).weekday()]


def assert_wd(s: str, name: str):
    assert wd(s) == name, f"{s} is a {wd(s)}, not {name}"


def iso_week_day(year: int, week: int, weekday: int = 5) -> str:
    return dt.date.fromisocalendar(year, week, weekday).isoformat()


def when(s: str) -> dt.datetime:
    """'2026-11-10 10:22:31 +0000' -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def rfc_date(s: str) -> str:
    return format_datetime(when(s))


def dec(s) -> Decimal:
    return Decimal(str(s))


def h(seed: str, n: int = 32, alphabet: str = "0123456789abcdef") -> str:
    """Deterministic pseudo-random string."""
    out = ""
    i = 0
    while len(out) < n:
        dig = hashlib.sha256(f"{seed}/{i}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in dig)
        i += 1
    return out[:n]


# --------------------------------------------------------------------------
# parties and purchase orders
# --------------------------------------------------------------------------

BUYER_DOMAIN = "kestrel-procurement.example"
BUYER_CO = "Kestrel Procurement GmbH"
BUYERS = {
    "lena": ("Lena Hartmann", "lena.hartmann@kestrel-procurement.example", "+49 40 3099 4410"),
    "marco": ("Marco Bianchi", "marco.bianchi@kestrel-procurement.example", "+49 40 3099 4417"),
    "sophie": ("Sophie Laurent", "sophie.laurent@kestrel-procurement.example", "+49 40 3099 4422"),
    "tom": ("Tom Eriksen", "tom.eriksen@kestrel-procurement.example", "+49 40 3099 4431"),
    "priya": ("Priya Nair", "priya.nair@kestrel-procurement.example", "+49 40 3099 4438"),
    "jonas": ("Jonas Weber", "jonas.weber@kestrel-procurement.example", "+49 40 3099 4445"),
}


class Supplier:
    def __init__(self, sid, name, email, locale):
        self.id, self.name, self.email, self.locale = sid, name, email, locale

    @property
    def domain(self):
        return self.email.split("@", 1)[1]

    def json(self):
        return {"id": self.id, "name": self.name, "email": self.email, "locale": self.locale}


class Line:
    def __init__(self, n, item, desc, qty, uom, price, date):
        self.n, self.item, self.desc, self.qty, self.uom = n, item, desc, qty, uom
        self.price, self.date = price, date
        assert isinstance(qty, int) and qty > 0
        Decimal(price)
        d(date)

    def json(self):
        return {"line": self.n, "item": self.item, "description": self.desc, "quantity": self.qty,
                "uom": self.uom, "unit_price": self.price, "requested_date": self.date}


class PO:
    def __init__(self, number, sup: Supplier, buyer: str, currency: str, issued: str, lines,
                 rid: str | None | bool = True, sent: str | None = None):
        self.number, self.sup, self.buyer_key, self.currency, self.issued = number, sup, buyer, currency, issued
        self.lines = [Line(*ln) for ln in lines]
        if rid is True:
            rid = f"<po-{number}.1@{BUYER_DOMAIN}>"
        self.rid = rid or None
        self.sent = sent or f"{issued} 09:14:07 +0100"
        d(issued)

    @property
    def buyer(self):
        return BUYERS[self.buyer_key]

    def line(self, n) -> Line:
        for ln in self.lines:
            if ln.n == n:
                return ln
        raise KeyError(n)

    @property
    def subject(self):
        return f"Order confirmation request - PO {self.number}"

    def json(self):
        out = {"po_number": self.number, "supplier": self.sup.json(),
               "buyer": {"name": self.buyer[0], "email": self.buyer[1]},
               "currency": self.currency, "issued": self.issued}
        if self.rid:
            out["request_message_id"] = self.rid
        out["lines"] = [ln.json() for ln in self.lines]
        return out


# --------------------------------------------------------------------------
# body blocks
# --------------------------------------------------------------------------

class P:
    def __init__(self, text, html=None):
        self.text, self.html = text, html


class Tbl:
    def __init__(self, rows, header=True, notes=None, html_notes=None, sep="  ", right=()):
        self.rows, self.header, self.notes, self.html_notes, self.sep = rows, header, notes, html_notes, sep
        self.right = set(right)


class Q:
    """Quoted earlier message. style: 'gt' ('> ' prefixes), 'outlook' (header block, no prefix)."""

    def __init__(self, blocks, style="gt", attribution=None, hdr=None, sep="________________________________",
                 prefix="> "):
        self.blocks, self.style, self.attribution, self.hdr, self.sep = blocks, style, attribution, hdr, sep
        self.prefix = prefix


class Raw:
    def __init__(self, text, html):
        self.text, self.html = text, html


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def text_table(t: Tbl) -> str:
    rows = [[str(c) for c in r] for r in t.rows]
    n = max(len(r) for r in rows)
    widths = [max(len(r[i]) if i < len(r) else 0 for r in rows) for i in range(n)]
    out = []
    for ri, r in enumerate(rows):
        cells = []
        for i, c in enumerate(r):
            last = i == len(r) - 1
            if i in t.right:
                cells.append(c.rjust(widths[i]))
            else:
                cells.append(c if last else c.ljust(widths[i]))
        line = t.sep.join(cells).rstrip()
        di = ri - (1 if t.header else 0)
        if t.notes and di >= 0 and di < len(t.notes) and t.notes[di]:
            line = t.sep.join(c.ljust(widths[i]) if i not in t.right else c.rjust(widths[i])
                              for i, c in enumerate(r)) + "  " + t.notes[di]
        out.append(line)
    return "\n".join(out)


def render_text(blocks) -> str:
    parts = []
    for b in blocks:
        if isinstance(b, str):
            b = P(b)
        if isinstance(b, (P, Raw)):
            parts.append(b.text)
        elif isinstance(b, Tbl):
            parts.append(text_table(b))
        elif isinstance(b, Q):
            inner = render_text(b.blocks).rstrip("\n")
            if b.style == "gt":
                pf = b.prefix
                q = "\n".join((pf + ln) if ln else pf.rstrip() for ln in inner.split("\n"))
                if pf == "> ":
                    q = q.replace("> >", ">>")
                parts.append((b.attribution + "\n" if b.attribution else "") + q)
            else:
                hdr = "\n".join(f"{k} {v}" for k, v in b.hdr)
                sep = (b.sep + "\n") if b.sep else ""
                parts.append(sep + hdr + "\n\n" + inner)
        else:
            raise TypeError(b)
    return "\n\n".join(parts) + "\n"


def html_table(t: Tbl, client: str) -> str:
    td = 'style="border:1px solid #9a9a9a;padding:2px 6px;font-size:10pt"'
    out = ['<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;font-family:Calibri,Arial,sans-serif">']
    for ri, r in enumerate(t.rows):
        out.append("<tr>")
        di = ri - (1 if t.header else 0)
        for ci, c in enumerate(r):
            tag = "th" if (t.header and ri == 0) else "td"
            al = ' align="right"' if ci in t.right else ""
            cell = esc(str(c))
            if ci == len(r) - 1 and di >= 0:
                note = None
                if t.html_notes and di < len(t.html_notes):
                    note = t.html_notes[di]
                elif t.notes and di < len(t.notes) and t.notes[di]:
                    note = f'<span style="color:#C00000"><b>{esc(t.notes[di])}</b></span>'
                if note:
                    cell += " " + note
            out.append(f"<{tag} {td}{al}>{cell}</{tag}>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def render_html_blocks(blocks, client: str) -> str:
    out = []
    for b in blocks:
        if isinstance(b, str):
            b = P(b)
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            if b.html is not None:
                out.append(b.html)
                continue
            lines = [esc(x) if x else "" for x in b.text.split("\n")]
            if client == "outlook":
                out.append("\n".join(f'<p class="MsoNormal">{x or "&nbsp;"}<o:p></o:p></p>' for x in lines)
                           + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            elif client in ("gmail", "apple", "ios", "android"):
                out.append("\n".join(f"<div>{x or '<br>'}</div>" for x in lines) + "\n<div><br></div>")
            else:
                out.append("<p>" + "<br>\n".join(lines) + "</p>")
        elif isinstance(b, Tbl):
            out.append(html_table(b, client))
        elif isinstance(b, Q):
            inner = render_html_blocks(b.blocks, "plain")
            if b.style == "gt":
                if client == "gmail":
                    out.append(f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(b.attribution or "")}<br></div>'
                               '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                               f"{inner}</blockquote></div>")
                elif client == "thunderbird":
                    out.append(f'<div class="moz-cite-prefix">{esc(b.attribution or "")}<br></div>'
                               f'<blockquote type="cite">{inner}</blockquote>')
                else:
                    out.append(f"<div>{esc(b.attribution or '')}<br></div>"
                               f'<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
            else:
                hdr = "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in b.hdr)
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                           f'<p class="MsoNormal">{hdr}<o:p></o:p></p></div>\n{inner}')
        else:
            raise TypeError(b)
    return "\n".join(out)


def render_html(blocks, client: str, charset: str, lang: str = "EN-GB", dir_rtl=False) -> str:
    body = render_html_blocks(blocks, client)
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    dr = ' dir="rtl"' if dir_rtl else ""
    if client == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n' + meta +
                '\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n'
                f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"{dr}>\n'
                f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    if client == "gmail":
        return f'<div dir="{"rtl" if dir_rtl else "ltr"}">\n{body}\n</div>\n'
    if client in ("apple", "ios"):
        return f'<html><head>{meta}</head><body dir="{"rtl" if dir_rtl else "auto"}">\n{body}\n</body></html>\n'
    if client == "thunderbird":
        return ("<!DOCTYPE html>\n<html>\n  <head>\n    " + meta + "\n  </head>\n  <body" + dr + ">\n" + body +
                "\n  </body>\n</html>\n")
    return f"<html>\n<head>\n{meta}\n</head>\n<body{dr}>\n{body}\n</body>\n</html>\n"


# --------------------------------------------------------------------------
# our request (what the supplier quotes)
# --------------------------------------------------------------------------

def request_table(po: PO) -> Tbl:
    rows = [["Pos", "Item", "Description", "Qty", "UoM", f"Unit price ({po.currency})", "Requested date"]]
    for ln in po.lines:
        rows.append([str(ln.n), ln.item, ln.desc, str(ln.qty), ln.uom, ln.price, ln.date])
    return Tbl(rows, right={3, 5})


def request_blocks(po: PO, table: Tbl | None = None) -> list:
    name, email, phone = po.buyer
    issued = d(po.issued)
    return [
        P("Dear Sir or Madam,"),
        P(f"Please confirm our purchase order {po.number} dated {issued.day} {issued.strftime('%b %Y')} "
          "with quantities, unit prices and delivery dates for each line."),
        table or request_table(po),
        P("Delivery address: Kestrel Procurement GmbH, Central Warehouse, Kamenzer Strasse 8, 01099 Dresden, Germany\n"
          "Incoterms 2020: DAP Dresden. Payment terms: 30 days net."),
        P("If a date or price cannot be met, please state the date or price you can commit to."),
        P(f"Kind regards\n\n{name}\nPurchasing | {BUYER_CO}\nHafenstrasse 12, 20457 Hamburg, Germany\nPhone {phone}"),
    ]


def request_text(po: PO) -> str:
    return render_text(request_blocks(po))


def request_message(po: PO, to_name: str | None = None) -> bytes:
    name, email, _ = po.buyer
    hdrs = [
        mime.addr_header("From", [mime.addr(name, email)]),
        mime.addr_header("To", [mime.addr(to_name or po.sup.name, po.sup.email)]),
        mime.header("Subject", po.subject),
        f"Date: {rfc_date(po.sent)}",
        f"Message-ID: {po.rid or '<po-' + po.number + '.1@' + BUYER_DOMAIN + '>'}",
        "X-Mailer: Kestrel PO-Agent 2.4",
    ]
    body = mime.Part("text/plain", request_text(po), charset="utf-8", cte="quoted-printable")
    return mime.message(hdrs, body)


def quote_request(po: PO, style="gt", attribution=None, hdr=None, sep="________________________________", prefix="> "):
    return Q(request_blocks(po), style=style, attribution=attribution, hdr=hdr, sep=sep, prefix=prefix)


def outlook_hdr(po: PO, labels=("From:", "Sent:", "To:", "Subject:"), sent="", to_name=None, subject=None,
                cc=None):
    name, email, _ = po.buyer
    out = [(labels[0], f"{name} <{email}>"), (labels[1], sent),
           (labels[2], f"{to_name or po.sup.name} <{po.sup.email}>")]
    if cc:
        out.append(cc)
    out.append((labels[3], subject or po.subject))
    return out


# --------------------------------------------------------------------------
# the reply builder
# --------------------------------------------------------------------------

CLIENT_HEADERS = {
    "outlook": ["X-Mailer: Microsoft Outlook 16.0"],
    "outlook365": [],
    "gmail": [],
    "apple": ["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    "ios": ["X-Mailer: iPhone Mail (22B91)"],
    "android": ["User-Agent: Android"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "thebat": ["X-Mailer: The Bat! (v11.2.1) Professional"],
    "erp": [],
    "webmail": ["User-Agent: Roundcube Webmail/1.6.9"],
}


def make_msgid(client: str, seed: str, domain: str) -> str:
    if client in ("outlook365", "outlook"):
        tenant = h(seed + "t", 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        host = f"{tenant[:2]}{h(seed + 'n', 1, '123456789')}PR{h(seed + 'm', 2, '0123456789')}MB{h(seed + 'k', 4, '0123456789')}"
        return f"<{host}{h(seed, 24, '0123456789ABCDEF')}@{host}.eurprd0{h(seed + 'e', 1, '1234589')}.prod.outlook.com>"
    if client == "gmail":
        return f"<CA{h(seed, 42, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}@mail.gmail.com>"
    if client in ("apple", "ios"):
        u = h(seed, 32, "0123456789ABCDEF")
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    if client == "thunderbird":
        u = h(seed, 32)
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{domain}>"
    if client == "thebat":
        return f"<{h(seed, 10, '0123456789')}.{h(seed + 'x', 8, '0123456789')}@{domain}>"
    if client == "android":
        return f"<{h(seed, 24, 'abcdefghijklmnopqrstuvwxyz0123456789')}@email.android.com>"
    return f"<{h(seed, 16)}.{h(seed + 'y', 8, '0123456789')}@{domain}>"


def received(domain: str, date: str, seed: str) -> list[str]:
    ip = 16 + int(h(seed, 2, "0123456789")) % 200
    return [
        f"Received: from mail.{domain} (mail.{domain} [198.51.100.{ip}])\r\n"
        f"\tby mx1.{BUYER_DOMAIN} (Postfix) with ESMTPS id 4{h(seed + 'q', 11, 'BCDFGHJKLMNPQRSTVWXYZ0123456789')}\r\n"
        f"\tfor <{{to}}>; {rfc_date(date)}",
    ]


def reply(po: PO, *, frm, date: str, body, client: str, subject: str | None = None, prefix="RE: ",
          charset="utf-8", cte="quoted-printable", html=True, html_blocks=None, html_charset=None, html_cte=None,
          quote=None, attachments=(), to=None, cc=None, in_reply_to="auto", references="auto",
          extra_headers=(), hdr_charset=None, hdr_mode="B", text_params="", lang="en-GB", msgid=None,
          rtl=False, html_lang=None, mixed_boundary=None, received_hdr=True, seed=None,
          text_override=None, html_override=None) -> bytes:
    seed = seed or f"{po.number}/{date}/{frm[1]}"
    hcs = hdr_charset or (charset if charset not in ("us-ascii",) else "utf-8")
    blocks = list(body) + ([quote] if quote else [])
    text = text_override if text_override is not None else render_text(blocks)
    name, email, _ = po.buyer
    tos = to or [(name, email)]
    hl = []
    if received_hdr:
        hl += [r.replace("{to}", tos[0][1]) for r in received(frm[1].split("@")[1], date, seed)]
    hl.append(mime.addr_header("From", [mime.addr(frm[0], frm[1], hcs, hdr_mode)]))
    hl.append(mime.addr_header("To", [mime.addr(n, e, hcs, hdr_mode) for n, e in tos]))
    if cc:
        hl.append(mime.addr_header("Cc", [mime.addr(n, e, hcs, hdr_mode) for n, e in cc]))
    subj = subject if subject is not None else prefix + po.subject
    hl.append(mime.header("Subject", subj, hcs, hdr_mode))
    if client in ("outlook", "outlook365"):
        topic = po.subject
        hl.append(mime.header("Thread-Topic", topic, hcs, hdr_mode))
        hl.append("Thread-Index: " + "AQH" + h(seed + "ti", 37, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "==")
    hl.append(f"Date: {rfc_date(date)}")
    hl.append(f"Message-ID: {msgid or make_msgid(client, seed, frm[1].split('@')[1])}")
    irt = po.rid if in_reply_to == "auto" else in_reply_to
    refs = po.rid if references == "auto" else references
    if refs:
        hl.append(mime.fold_ascii("References", refs))
    if irt:
        hl.append(f"In-Reply-To: {irt}")
    if client in ("outlook", "outlook365"):
        hl.append(f"Accept-Language: {lang}, en-US")
        hl.append(f"Content-Language: {lang}")
        hl.append(f"X-MS-Has-Attach: {'yes' if attachments else ''}".rstrip())
        hl.append("X-MS-TNEF-Correlator:")
    hl += CLIENT_HEADERS.get(client, [])
    hl += list(extra_headers)
    tp = text_params or ("format=flowed" if client in ("thunderbird", "apple") and cte != "base64" else "")
    tpart = mime.Part("text/plain", text, charset=charset, cte=cte, params=tp)
    if html:
        hcs2 = html_charset or charset
        if html_override is not None:
            hbody = html_override
        else:
            hbody = render_html(html_blocks if html_blocks is not None else blocks, client, hcs2,
                                lang=(html_lang or lang).upper(), dir_rtl=rtl)
        hpart = mime.Part("text/html", hbody, charset=hcs2, cte=html_cte or cte)
        if html == "only":
            bodypart = hpart
        else:
            bodypart = mime.Multipart("alternative", [tpart, hpart], boundary_for(client, seed + "alt"))
    else:
        bodypart = tpart
    if attachments:
        bodypart = mime.Multipart("mixed", [bodypart] + list(attachments),
                                  mixed_boundary or boundary_for(client, seed + "mix"))
    return mime.message(hl, bodypart)


def boundary_for(client: str, seed: str) -> str:
    if client in ("outlook", "outlook365"):
        return f"_000_{h(seed, 24, '0123456789ABCDEF')}{h(seed + 'b', 12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}_"
    if client == "gmail":
        return "0000000000" + h(seed, 18, "0123456789abcdef")
    if client in ("apple", "ios"):
        u = h(seed, 32, "0123456789ABCDEF")
        return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
    if client == "thunderbird":
        return "------------" + h(seed, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    return "----=_Part_" + h(seed, 6, "0123456789") + "_" + h(seed + "z", 10, "0123456789") + "." + h(seed + "w", 13, "0123456789")


def attach(data: bytes, filename: str, ctype: str) -> mime.Part:
    return mime.Part(ctype, data, cte="base64", filename=filename)


# --------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------

ACC = "accepted"
REJ = "rejected"
UNC = "unconfirmed"


class Chg:
    def __init__(self, q=None, p=None, date=None, sched=None):
        self.q, self.p, self.date, self.sched = q, p, date, sched


def conf(po: PO, mapping: dict) -> dict:
    lines = {}
    assert set(mapping) == {ln.n for ln in po.lines}, f"{po.number}: label every line"
    for ln in po.lines:
        v = mapping[ln.n]
        if v == ACC:
            lines[str(ln.n)] = {"status": "accepted", "quantity": ln.qty, "unit_price": ln.price, "date": ln.date}
        elif v in (REJ, UNC):
            lines[str(ln.n)] = {"status": v}
        elif isinstance(v, Chg):
            q = v.q if v.q is not None else (sum(x for x, _ in v.sched) if v.sched else ln.qty)
            p = v.p if v.p is not None else ln.price
            dd = v.date if v.date is not None else (max(y for _, y in v.sched) if v.sched else ln.date)
            if v.sched:
                assert sum(x for x, _ in v.sched) == q, (po.number, ln.n, "schedule sum")
                assert max(y for _, y in v.sched) == dd, (po.number, ln.n, "schedule end")
            assert not (q == ln.qty and Decimal(p) == Decimal(ln.price) and dd == ln.date and not v.sched), \
                (po.number, ln.n, "changed but equal")
            Decimal(p)
            d(dd)
            lab = {"status": "changed", "quantity": q, "unit_price": p, "date": dd}
            if v.sched:
                lab["schedule"] = [{"quantity": x, "date": y} for x, y in v.sched]
            lines[str(ln.n)] = lab
        else:
            raise ValueError(v)
    return {"po_number": po.number, "lines": lines}


def confirmation(confs, notes: str) -> dict:
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def other(kind: str, notes: str) -> dict:
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}
