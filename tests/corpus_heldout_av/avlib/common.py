"""Shared data, registry, formatting and mail assembly for batch AV."""
from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

from . import mime
from .mime import esc

# ------------------------------------------------------------------ registry
REG = []          # (number, slug, kind/locale, hard, builder)
CUR = {"slug": "none"}


def case(num, slug, kind_locale, hard):
    def deco(fn):
        REG.append((num, slug, kind_locale, hard, fn))
        return fn
    return deco


def hx(label: str, n: int = 16, upper: bool = False) -> str:
    h = hashlib.sha256((CUR["slug"] + "|" + label).encode()).hexdigest()
    while len(h) < n:
        h += hashlib.sha256(h.encode()).hexdigest()
    h = h[:n]
    return h.upper() if upper else h


def b32(label: str, n: int = 20) -> str:
    import base64
    d = hashlib.sha256((CUR["slug"] + "|" + label).encode()).digest() * 2
    return base64.b32encode(d).decode().rstrip("=")[:n]


# ------------------------------------------------------------------ buyer side
ORG = "Kestrel Holdings B.V."
DOMAIN = "kestrel-holdings.example"
BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@kestrel-holdings.example"),
    "marek": ("Marek Lind", "marek.lind@kestrel-holdings.example"),
    "sofia": ("Sofia Brandt", "sofia.brandt@kestrel-holdings.example"),
    "tom": ("Tom Okafor", "tom.okafor@kestrel-holdings.example"),
    "ines": ("Ines Carvalho", "ines.carvalho@kestrel-holdings.example"),
    "pieter": ("Pieter de Wit", "pieter.dewit@kestrel-holdings.example"),
}
BUYER_PHONE = {"dana": "+31 10 555 0142", "marek": "+31 10 555 0157", "sofia": "+31 10 555 0163",
               "tom": "+31 10 555 0171", "ines": "+31 10 555 0188", "pieter": "+31 10 555 0119"}


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fri(year: int, week: int) -> dt.date:
    return dt.date.fromisocalendar(year, week, 5)


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def po(num, supplier, buyer, cur, issued, lines, rev=1, req=True):
    b = BUYERS[buyer]
    p = {"po_number": num, "supplier": supplier, "buyer": {"name": b[0], "email": b[1]},
         "currency": cur, "issued": issued}
    if req:
        p["request_message_id"] = f"<po-{num}.{rev}@{DOMAIN}>"
    p["lines"] = lines
    p["_buyer_key"] = buyer
    return p


def clean_po(p):
    return {k: v for k, v in p.items() if not k.startswith("_")}


def line_of(p, n):
    for ln in p["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


# ------------------------------------------------------------------ expected
def acc(p, n):
    ln = line_of(p, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(p, n, qty=None, price=None, date=None, schedule=None):
    ln = line_of(p, n)
    q = ln["quantity"] if qty is None else qty
    pr = ln["unit_price"] if price is None else str(price)
    if schedule:
        sch = [{"quantity": a, "date": str(b)} for a, b in schedule]
        assert len(sch) >= 2
        assert sum(s["quantity"] for s in sch) == q, (sch, q)
        last = max(s["date"] for s in sch)
        d = last if date is None else str(date)
        assert d == last
    else:
        sch = None
        d = ln["requested_date"] if date is None else str(date)
    assert Decimal(pr) > 0
    out = {"status": "changed", "quantity": q, "unit_price": pr, "date": d}
    if sch:
        out["schedule"] = sch
    else:
        assert (q, Decimal(pr), d) != (ln["quantity"], Decimal(ln["unit_price"]), ln["requested_date"]), \
            f"line {n} is not changed"
    return out


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(p, labels):
    assert sorted(labels) == sorted(ln["line"] for ln in p["lines"]), (p["po_number"], labels)
    return {"po_number": p["po_number"], "lines": {str(k): labels[k] for k in sorted(labels)}}


def expected(kind, confirmations=None, notes=None):
    e = {"kind": kind}
    if kind == "confirmation":
        assert confirmations
        e["confirmations"] = confirmations
    else:
        assert confirmations is None
    e["notes"] = notes
    return e


# ------------------------------------------------------------------ numbers
SEPS = {
    "en": (",", "."), "de-DE": (".", ","), "de-AT": (".", ","), "de-CH": ("'", "."),
    "nl": (".", ","), "it": (".", ","), "es-ES": (".", ","), "es-MX": (",", "."),
    "es-AR": (".", ","), "pt-BR": (".", ","), "pt-PT": ("\u00a0", ","), "fr": ("\u00a0", ","),
    "space": (" ", ","), "dot": (".", ","), "comma": (",", "."), "none": ("", "."),
    "nonec": ("", ","),
}


def nf(v, style="en", dec=2):
    th, dp = SEPS.get(style, SEPS.get(style.split("-")[0], (",", ".")))
    v = Decimal(str(v))
    q = Decimal(1).scaleb(-dec) if dec else Decimal(1)
    v = v.quantize(q)
    s = f"{abs(v):.{dec}f}"
    ip, _, fp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    r = th.join(groups)
    if dec:
        r += dp + fp
    return ("-" if v < 0 else "") + r


def nf_in(v, dec=2):
    """Indian grouping 1,00,000.00"""
    v = Decimal(str(v)).quantize(Decimal(1).scaleb(-dec) if dec else Decimal(1))
    s = f"{v:.{dec}f}"
    ip, _, fp = s.partition(".")
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        ip = ",".join(parts + [tail])
    return ip + ("." + fp if dec else "")


def dmy(d, sep=".", pad=True, year=True):
    d = D(d) if isinstance(d, str) else d
    dd = f"{d.day:02d}" if pad else str(d.day)
    mm = f"{d.month:02d}" if pad else str(d.month)
    return f"{dd}{sep}{mm}{sep}{d.year}" if year else f"{dd}{sep}{mm}"


def mdy(d, sep="/"):
    d = D(d) if isinstance(d, str) else d
    return f"{d.month:02d}{sep}{d.day:02d}{sep}{d.year}"


EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
EN_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ------------------------------------------------------------------ dates/times
def rfcdate(s: str) -> str:
    """'2026-11-12 09:14:05 +0100' -> 'Thu, 12 Nov 2026 09:14:05 +0100'"""
    d, t, z = s.split()
    x = dt.date.fromisoformat(d)
    return f"{EN_DAY[x.weekday()][:3]}, {x.day} {EN_MON[x.month - 1][:3]} {x.year} {t} {z}"


def req_time(p):
    h = int(hashlib.sha256(p["po_number"].encode()).hexdigest()[:4], 16)
    return f"{8 + h % 4:02d}:{h % 60:02d}"


def req_dt(p):
    return f"{p['issued']} {req_time(p)}:{(int(p['po_number'][-2:]) * 7) % 60:02d} +0100"


# ------------------------------------------------------------------ blocks
# block forms: "paragraph text" | ("pre", text) | ("table", header, rows, aligns)
#              | ("quote", style, intro_lines, blocks) | ("raw", text) | ("sig", text) | ("hr",)

def text_table(header, rows, aligns=None, sep="  "):
    cols = len(header)
    aligns = aligns or ["l"] * cols
    allr = [header] + rows
    w = [max(len(str(r[i])) for r in allr) for i in range(cols)]

    def fmt(r):
        cells = []
        for i in range(cols):
            c = str(r[i])
            cells.append(c.rjust(w[i]) if aligns[i] == "r" else c.ljust(w[i]))
        return sep.join(cells).rstrip()
    return "\n".join([fmt(header)] + [fmt(r) for r in rows])


def render_text(blocks) -> str:
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
            out.append("")
        elif b[0] in ("pre", "raw"):
            out.append(b[1])
            out.append("")
        elif b[0] == "sig":
            out.append(b[1])
            out.append("")
        elif b[0] == "hr":
            out.append("________________________________")
        elif b[0] == "table":
            out.append(text_table(b[1], b[2], b[3] if len(b) > 3 else None))
            out.append("")
        elif b[0] == "quote":
            style, intro, inner = b[1], b[2], b[3]
            body = render_text(inner).rstrip("\n")
            if style == "gt":
                out.append("\n".join(intro))
                out.append("\n".join(("> " + l) if l else ">" for l in body.split("\n")))
                out.append("")
            else:
                out.append("\n".join(intro))
                out.append("")
                out.append(body)
                out.append("")
        else:
            raise ValueError(b)
    return "\n".join(out).rstrip("\n") + "\n"


def _lines_html(text, client):
    ls = text.split("\n")
    if client == "outlook":
        return "\n".join(f"<p class=MsoNormal>{esc(l) if l.strip() else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>"
                         for l in ls)
    if client in ("thunderbird",):
        return "<p>" + "<br>\n".join(esc(l) for l in ls) + "</p>"
    return "\n".join(f"<div>{esc(l) if l.strip() else '<br>'}</div>" for l in ls)


def _table_html(header, rows, aligns, client):
    aligns = aligns or ["l"] * len(header)
    st = ' style="border:1px solid #999;padding:2px 6px"'
    h = "".join(f"<th{st}>{esc(str(c))}</th>" for c in header)
    body = ""
    for r in rows:
        body += "<tr>" + "".join(
            f'<td style="border:1px solid #999;padding:2px 6px;text-align:{"right" if a == "r" else "left"}">'
            f"{esc(str(c))}</td>" for c, a in zip(r, aligns)) + "</tr>\n"
    return (f'<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;font-size:10pt">\n'
            f"<tr>{h}</tr>\n{body}</table>")


def render_html_body(blocks, client):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(_lines_html(b, client))
            out.append(_lines_html("", client) if client != "thunderbird" else "")
        elif b[0] == "raw":
            out.append(_lines_html(b[1], client))
        elif b[0] == "pre":
            out.append('<pre style="font-family:Consolas,\'Courier New\',monospace;font-size:10pt">'
                       + esc(b[1]) + "</pre>")
        elif b[0] == "sig":
            if client == "thunderbird":
                out.append('<div class="moz-signature">-- <br>' + "<br>\n".join(esc(l) for l in b[1].split("\n"))
                           + "</div>")
            elif client == "gmail":
                out.append('<div dir="ltr" class="gmail_signature">' +
                           "<br>\n".join(esc(l) for l in b[1].split("\n")) + "</div>")
            else:
                out.append('<div style="color:#555;font-size:9pt">' + _lines_html(b[1], client) + "</div>")
        elif b[0] == "hr":
            out.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
        elif b[0] == "table":
            out.append(_table_html(b[1], b[2], b[3] if len(b) > 3 else None, client))
            out.append("<br>")
        elif b[0] == "quote":
            style, intro, inner = b[1], b[2], b[3]
            ih = render_html_body(inner, client)
            if style == "outlook":
                hd = ""
                for l in intro:
                    if ":" in l and not l.startswith("-"):
                        k, v = l.split(":", 1)
                        hd += f"<b>{esc(k)}:</b>{esc(v)}<br>\n"
                    else:
                        hd += esc(l) + "<br>\n"
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                           f'<p class=MsoNormal>{hd}</p></div>\n{ih}')
            elif client == "gmail":
                out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                           + "<br>".join(esc(l) for l in intro) + '<br></div><blockquote class="gmail_quote" '
                           'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                           + ih + "</blockquote></div>")
            elif client == "thunderbird":
                out.append('<div class="moz-cite-prefix">' + "<br>".join(esc(l) for l in intro)
                           + '<br></div>\n<blockquote type="cite">' + ih + "</blockquote>")
            else:
                out.append('<div><br><blockquote type="cite"><div>' + "<br>".join(esc(l) for l in intro)
                           + "</div><br>" + ih + "</blockquote></div>")
        else:
            raise ValueError(b)
    return "\n".join(out)


def render_html(blocks, client="outlook", charset="utf-8", lang="en-US"):
    body = render_html_body(blocks, client)
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    if client == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n' + meta +
                '\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '@font-face {font-family:"Aptos";}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;'
                'font-size:11.0pt;font-family:"Aptos",sans-serif;}\n'
                '@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
                'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
                f'<body lang={lang.split("-")[0].upper()} link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class=WordSection1>\n' + body + "\n</div>\n</body>\n</html>\n")
    if client == "gmail":
        return f'<div dir="ltr">{body}</div>\n'
    if client == "thunderbird":
        return ("<!DOCTYPE html>\n<html>\n  <head>\n    " + meta + "\n  </head>\n  <body>\n" + body +
                "\n  </body>\n</html>\n")
    return ("<html><head>" + meta + '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
            'line-break: after-white-space;">' + body + "</body></html>\n")


# ------------------------------------------------------------------ our request
CUR_NAMES = {}


def request_table(p):
    header = ["Line", "Item", "Description", "Qty", "Unit", f"Unit price ({p['currency']})", "Requested date"]
    rows = [[str(l["line"]), l["item"], l["description"], str(l["quantity"]), l["uom"], l["unit_price"],
             l["requested_date"]] for l in p["lines"]]
    return ("table", header, rows, ["r", "l", "l", "r", "l", "r", "l"])


def request_blocks(p, extra=None):
    bk = p["_buyer_key"]
    name = BUYERS[bk][0]
    bl = [
        "Dear Sir or Madam,",
        f"Please acknowledge our purchase order {p['po_number']} dated {p['issued']} by return e-mail, "
        "confirming\nquantity, unit price and delivery date for every line.",
        request_table(p),
        f"All prices in {p['currency']}. Delivery to: Kestrel Holdings - Central Warehouse, Havenweg 12,\n"
        "3089 KB Rotterdam, Netherlands. Terms: DAP Incoterms 2020, 60 days net.",
    ]
    if extra:
        bl += extra
    bl += ["Kind regards", ("sig", f"{name}\nPurchasing | {ORG}\n{BUYER_PHONE[bk]}")]
    return bl


def request_subject(p):
    return f"Order acknowledgment request - PO {p['po_number']}"


def request_eml(p, extra=None):
    bk = p["_buyer_key"]
    blocks = request_blocks(p, extra)
    t = mime.text(render_text(blocks), charset="us-ascii", cte="7bit")
    h = mime.text(render_html(blocks, "apple", "us-ascii"), "html", charset="us-ascii", cte="quoted-printable")
    alt = mime.multipart("alternative", [t, h], f"=_kpd_{p['po_number']}_alt")
    hs = [("Date", rfcdate(req_dt(p))),
          ("From", mime.addr(BUYERS[bk][0], BUYERS[bk][1])),
          ("To", mime.addr(p["supplier"]["name"], p["supplier"]["email"])),
          ("Subject", request_subject(p)),
          ("Message-ID", p["request_message_id"] if "request_message_id" in p else f"<po-{p['po_number']}@{DOMAIN}>"),
          ("X-Mailer", "Kestrel ProcureDesk 4.2")]
    return mime.message(hs, alt)


def quote_gt(p, intro, extra=None):
    return ("quote", "gt", intro if isinstance(intro, list) else [intro], request_blocks(p, extra))


def outlook_hdr(p, lang="en"):
    bk = p["_buyer_key"]
    name, em = BUYERS[bk]
    d = D(p["issued"])
    t = req_time(p)
    sup_ = p["supplier"]
    subj = request_subject(p)
    if lang == "de":
        wd = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][d.weekday()]
        return [f"Von: {name} <{em}>", f"Gesendet: {wd}, {d.day}. November {d.year} {t}",
                f"An: {sup_['email']}", f"Betreff: {subj}"]
    if lang == "fr":
        wd = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][d.weekday()]
        return [f"De : {name} <{em}>", f"Envoyé : {wd} {d.day} novembre {d.year} {t}",
                f"À : {sup_['email']}", f"Objet : {subj}"]
    if lang == "nl":
        wd = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"][d.weekday()]
        return [f"Van: {name} <{em}>", f"Verzonden: {wd} {d.day} november {d.year} {t}",
                f"Aan: {sup_['email']}", f"Onderwerp: {subj}"]
    if lang == "es":
        wd = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][d.weekday()]
        return [f"De: {name} <{em}>", f"Enviado el: {wd}, {d.day} de noviembre de {d.year} {t}",
                f"Para: {sup_['email']}", f"Asunto: {subj}"]
    if lang == "it":
        wd = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"][d.weekday()]
        return [f"Da: {name} <{em}>", f"Inviato: {wd} {d.day} novembre {d.year} {t}",
                f"A: {sup_['email']}", f"Oggetto: {subj}"]
    if lang == "pl":
        wd = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"][d.weekday()]
        return [f"Od: {name} <{em}>", f"Wysłano: {wd}, {d.day} listopada {d.year} {t}",
                f"Do: {sup_['email']}", f"Temat: {subj}"]
    if lang == "pt":
        wd = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
              "domingo"][d.weekday()]
        return [f"De: {name} <{em}>", f"Enviada: {wd}, {d.day} de novembro de {d.year} {t}",
                f"Para: {sup_['email']}", f"Assunto: {subj}"]
    hh, mm = t.split(":")
    h12 = int(hh) % 12 or 12
    ampm = "AM" if int(hh) < 12 else "PM"
    return [f"From: {name} <{em}>", f"Sent: {EN_DAY[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} {h12}:{mm} {ampm}",
            f"To: {sup_['email']}", f"Subject: {subj}"]


def quote_outlook(p, lang="en", extra=None):
    return ("quote", "outlook", outlook_hdr(p, lang), request_blocks(p, extra))


def gt_intro_en(p, style="gmail"):
    name, em = BUYERS[p["_buyer_key"]]
    d = D(p["issued"])
    t = req_time(p)
    if style == "gmail":
        return f"On {EN_DAY[d.weekday()][:3]}, {d.day} {EN_MON[d.month-1][:3]} {d.year} at {t}, {name} <{em}> wrote:"
    if style == "apple":
        return f"On {d.day} Nov {d.year}, at {t}, {name} <{em}> wrote:"
    return f"On {d.day:02d}/{d.month:02d}/{d.year} {t}, {name} wrote:"


# ------------------------------------------------------------------ replies
CLIENT_HDRS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "outlook-mac": [("X-Mailer", "Microsoft Outlook for Mac 16.91")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "gmail": [],
    "android": [("User-Agent", "K-9 Mail for Android")],
    "foxmail": [("X-Priority", "3"), ("X-GUID", "8A1C2E4B-3D5F-4A6B-9C7D-" + "0E1F2A3B4C5D"),
                ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]")],
}


def msgid_for(client, domain):
    if client in ("outlook", "outlook-mac"):
        srv = "AM" + hx("srv", 1).upper() + "PR0" + str(int(hx("n", 2), 16) % 9 + 1) + "MB" + str(1000 + int(hx("m", 4), 16) % 9000)
        return f"<{srv}{hx('mid', 24, True)}@{srv}.eurprd0{int(hx('e',1),16)%8+1}.prod.outlook.com>"
    if client in ("gmail", "android-gmail"):
        return f"<CA{b32('gm', 6)}+{b32('gm2', 30)}@mail.gmail.com>"
    if client in ("apple", "iphone"):
        h = hx("apple", 32, True)
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if client == "thunderbird":
        h = hx("tb", 32)
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{hx('gen', 20)}.{hx('g2', 8)}@{domain}>"


def boundary(client, kind="alt"):
    if client in ("outlook", "outlook-mac"):
        code = {"alt": "000", "mixed": "004", "rel": "003"}[kind]
        return f"_{code}_{hx('ob', 28, True)}{hx(kind, 4, True)}_"
    if client == "gmail":
        return "0000000000" + hx("gb" + kind, 16)
    if client in ("apple", "iphone"):
        h = hx("ab" + kind, 32, True)
        return f"Apple-Mail={h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    if client == "thunderbird":
        return "------------" + hx("tb" + kind, 24)
    if client == "foxmail":
        return f"----=_001_NextPart{int(hx('fx' + kind, 6), 16):06d}{int(hx('fy' + kind, 3), 16):03d}_=----"
    return f"----=_Part_{int(hx('p' + kind, 6), 16)}_{int(hx('q' + kind, 8), 16)}.{1700000000000 + int(hx('r', 6), 16)}"


def reply(p, frm, subject, date, blocks=None, *, client="outlook", charset="utf-8", cte="quoted-printable",
          html_cte=None, attachments=(), mode="alt", to=None, cc=None, thread=True, extra_headers=(),
          lang="en-US", subject_charset=None, name_charset=None, text_body=None, html_body=None,
          references=None, msgid=None, hdr_enc="B", flowed=None, in_reply_to=None):
    """Build a reply mail. frm=(name, email). mode: alt | text | html."""
    domain = frm[1].split("@")[1]
    tb = text_body if text_body is not None else (render_text(blocks) if blocks is not None else "")
    parts = []
    if flowed is None:
        flowed = client == "thunderbird"
    html_cte = html_cte or cte
    if mode in ("alt", "text"):
        parts.append(mime.text(tb, "plain", charset, cte, flowed=flowed))
    if mode in ("alt", "html"):
        hb = html_body if html_body is not None else render_html(blocks, client, charset, lang)
        parts.append(mime.text(hb, "html", charset, html_cte))
    root = parts[0] if len(parts) == 1 else mime.multipart("alternative", parts, boundary(client, "alt"))
    if attachments:
        root = mime.multipart("mixed", [root] + list(attachments), boundary(client, "mixed"))
    sc = subject_charset or charset
    nc = name_charset or charset
    if to is None:
        bn, be = p["buyer"]["name"], p["buyer"]["email"]
        to = mime.addr(bn, be)
    hs = []
    fromh = mime.addr(frm[0], frm[1], nc, hdr_enc)
    if client in ("outlook", "outlook-mac"):
        hs += [("From", fromh), ("To", to)]
        if cc:
            hs.append(("CC", cc))
        hs += [("Subject", mime.ew(subject, sc, hdr_enc)), ("Thread-Topic", mime.ew(subject.split(": ", 1)[-1], sc, hdr_enc)),
               ("Thread-Index", "AQH" + b32("ti", 26) + "=="), ("Date", rfcdate(date)), ("Message-ID", msgid or msgid_for(client, domain))]
        if thread and "request_message_id" in p:
            hs += [("References", references or p["request_message_id"]),
                   ("In-Reply-To", in_reply_to or p["request_message_id"])]
        tag = lang if "-" in lang else "en-US"
        hs += [("Accept-Language", f"{tag}, en-US" if tag != "en-US" else "en-US"),
               ("Content-Language", tag)]
        hs += CLIENT_HDRS[client]
    else:
        hs += [("Date", rfcdate(date)), ("From", fromh), ("To", to)]
        if cc:
            hs.append(("Cc", cc))
        hs += [("Subject", mime.ew(subject, sc, hdr_enc)), ("Message-ID", msgid or msgid_for(client, domain))]
        if thread and "request_message_id" in p:
            hs += [("In-Reply-To", in_reply_to or p["request_message_id"]),
                   ("References", references or p["request_message_id"])]
        hs += CLIENT_HDRS.get(client, [])
    hs += list(extra_headers)
    return mime.message(hs, root)


def pdf_att(data, name):
    return mime.attachment(data, "application/pdf", name)


def xlsx_att(data, name):
    return mime.attachment(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)


def S(*lines):
    return "\n".join(lines)


# ------------------------------------------------------------------ bounces
def dsn_part(reporting_mta, arrival, recipients):
    """recipients: list of (addr, action, status, diagnostic, remote_mta or None)."""
    lines = [f"Reporting-MTA: dns;{reporting_mta}", f"Arrival-Date: {arrival}", ""]
    for a, action, status, diag, remote in recipients:
        lines += [f"Original-Recipient: rfc822;{a}", f"Final-Recipient: rfc822;{a}", f"Action: {action}",
                  f"Status: {status}"]
        if remote:
            lines.append(f"Remote-MTA: dns;{remote}")
        lines.append(f"Diagnostic-Code: smtp;{diag}")
        lines.append("")
    body = "\r\n".join(lines)
    return mime.raw_part([("Content-Type", "message/delivery-status")], body.encode("ascii"))


def report(parts, bnd):
    return mime.multipart("report", parts, bnd, params='; report-type="delivery-status"')


def html_from_gt(text, client="thunderbird", charset="utf-8", intro_cite=True):
    """Turn a '>'-quoted plain text into HTML with nested blockquotes (for inline answers)."""
    out, buf, mode = [], [], None

    def flush():
        if not buf:
            return
        if mode == "q":
            out.append('<blockquote type="cite">' + "<br>\n".join(esc(l[1:].lstrip(" ")) for l in buf) + "</blockquote>")
        else:
            out.append("<div>" + "<br>\n".join(esc(l) for l in buf) + "</div>")
        buf.clear()
    for l in text.split("\n"):
        m = "q" if l.startswith(">") else "t"
        if m != mode:
            flush()
            mode = m
        buf.append(l)
    flush()
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    return "<!DOCTYPE html>\n<html>\n<head>" + meta + "</head>\n<body>\n" + "\n".join(out) + "\n</body>\n</html>\n"


def after_req(p, minutes, tz="+0100", seconds=0):
    """Local time string `minutes` after our request was sent, in zone tz (e.g. '+0900')."""
    d, t, z = req_dt(p).split()
    base = dt.datetime.fromisoformat(f"{d}T{t}{z[:3]}:{z[3:]}")
    off = dt.timezone(dt.timedelta(hours=int(tz[:3]), minutes=int(tz[0] + tz[3:])))
    x = (base + dt.timedelta(minutes=minutes, seconds=seconds)).astimezone(off)
    return x.strftime("%Y-%m-%d %H:%M:%S ") + tz
