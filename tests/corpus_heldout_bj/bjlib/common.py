"""Registry, PO / label helpers, request text and a generic reply writer."""
import datetime as dt
import hashlib
import html as _html
from decimal import Decimal
from email.utils import format_datetime

from . import mime

REG = []  # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


BUYER_DOMAIN = "halvorsen-trading.example"
B_MIRA = {"name": "Mira Okafor", "email": "mira.okafor@halvorsen-trading.example"}
B_JONAS = {"name": "Jonas Brandt", "email": "jonas.brandt@halvorsen-trading.example"}
B_ELLA = {"name": "Ella Virtanen", "email": "ella.virtanen@halvorsen-trading.example"}
B_TOMAS = {"name": "Tomas Ribeiro", "email": "tomas.ribeiro@halvorsen-trading.example"}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(number, supplier, currency, lines, issued="2026-11-02", buyer=B_MIRA, rid=True):
    d = {"po_number": number, "supplier": supplier, "buyer": buyer, "currency": currency, "issued": issued}
    if rid:
        d["request_message_id"] = rid if isinstance(rid, str) else f"<req.{number}.{issued.replace('-', '')}@mail.{BUYER_DOMAIN}>"
    d["lines"] = [{"line": i, "item": it, "description": de, "quantity": q, "uom": u, "unit_price": p,
                   "requested_date": r} for i, (it, de, q, u, p, r) in enumerate(lines, 1)]
    return d


def line(p, n):
    return p["lines"][n - 1]


def labels(p, spec):
    """spec: {n: "A" | "R" | "U" | ("C", qty|None, price|None, date|None[, [(q, d), ...]])}"""
    out = {}
    for ln in p["lines"]:
        n = ln["line"]
        s = spec.get(n, "U")
        if s == "A":
            out[str(n)] = {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                           "date": ln["requested_date"]}
        elif s == "R":
            out[str(n)] = {"status": "rejected"}
        elif s == "U":
            out[str(n)] = {"status": "unconfirmed"}
        else:
            q = s[1] if s[1] is not None else ln["quantity"]
            pr = s[2] if s[2] is not None else ln["unit_price"]
            d = s[3] if s[3] is not None else ln["requested_date"]
            lab = {"status": "changed", "quantity": q, "unit_price": pr, "date": d}
            if len(s) > 4:
                sch = [{"quantity": a, "date": b} for a, b in s[4]]
                assert sum(x["quantity"] for x in sch) == q, (p["po_number"], n)
                assert max(x["date"] for x in sch) == d, (p["po_number"], n)
                lab["schedule"] = sch
            else:
                assert (q, Decimal(pr), d) != (ln["quantity"], Decimal(ln["unit_price"]), ln["requested_date"])
            dt.date.fromisoformat(d)
            out[str(n)] = lab
    return {"po_number": p["po_number"], "lines": out}


def conf(notes, *confs):
    return {"kind": "confirmation", "confirmations": list(confs), "notes": notes}


def other(kind, notes):
    return {"kind": kind, "notes": notes}


def weekday(iso):
    return dt.date.fromisoformat(iso).strftime("%A")


def kw_friday(year, week):
    return dt.date.fromisocalendar(year, week, 5).isoformat()


# ----------------------------------------------------------------------------- dates / ids

def D(y, mo, d, h, mi, tz="+0100", s=0):
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(off))


def hdate(when):
    return format_datetime(when)


def _h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def make_mid(client, domain, seed):
    h = _h(seed).upper()
    if client == "outlook":
        return f"<AM9PR0{h[0:1]}MB{h[1:5]}{h[5:17]}@AM9PR0{h[0:1]}MB{h[1:5]}.eurprd0{int(h[17], 16) % 9 + 1}.prod.outlook.com>"
    if client == "gmail":
        import base64
        b = base64.b64encode(bytes.fromhex(h[:36])).decode().replace("/", "_").replace("=", "")
        return f"<CA+{b}@mail.gmail.com>"
    if client in ("apple", "iphone"):
        return f"<{h[0:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    if client == "thunderbird":
        lh = h.lower()
        return f"<{lh[0:8]}-{lh[8:12]}-{lh[12:16]}-{lh[16:20]}-{lh[20:32]}@{domain}>"
    return f"<{h[:20].lower()}.{h[20:28].lower()}@{domain}>"


CLIENT_HDRS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", None)],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "erp": [("X-Mailer", "SAP NetWeaver 7.50"), ("Auto-Submitted", "auto-generated")],
    "web": [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4583)")],
}


# ----------------------------------------------------------------------------- our request

def req_subject(p):
    return f"PO {p['po_number']} - request for order acknowledgement"


def req_sent(p):
    y, m, d = map(int, p["issued"].split("-"))
    return D(y, m, d, 10, 12, "+0100")


def fmt_price(s):
    return f"{Decimal(s):,.2f}" if Decimal(s) != Decimal(s).to_integral() or "." in s else f"{Decimal(s):,}"


def req_table(p):
    rows = [("Pos", "Item", "Description", "Qty", "Unit", f"Price {p['currency']}", "Req. date")]
    for ln in p["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     fmt_price(ln["unit_price"]), ln["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    return "\n".join("  ".join(c.ljust(w[i]) if i not in (3, 5) else c.rjust(w[i]) for i, c in enumerate(r)).rstrip()
                     for r in rows)


def req_text(p, extra=None):
    b = p["buyer"]
    t = (f"Dear {p['supplier']['name']} team,\n\n"
         f"please find below our purchase order {p['po_number']} of {p['issued']}. Kindly confirm "
         f"quantities, prices and delivery dates for every line by return mail.\n\n"
         f"{req_table(p)}\n\n"
         f"Currency: {p['currency']}. Delivery to: Halvorsen Trading AB, Hamnvagen 14, 417 64 Goteborg, Sweden.\n"
         + (f"\n{extra}\n" if extra else "") +
         f"\nKind regards\n{b['name']}\nPurchasing | Halvorsen Trading AB\n+46 31 555 01 20\n")
    return t


def req_html(p, extra=None):
    b = p["buyer"]
    rows = "".join(
        f"<tr><td>{ln['line']}</td><td>{_html.escape(ln['item'])}</td><td>{_html.escape(ln['description'])}</td>"
        f"<td align=\"right\">{ln['quantity']}</td><td>{ln['uom']}</td><td align=\"right\">{fmt_price(ln['unit_price'])}</td>"
        f"<td>{ln['requested_date']}</td></tr>" for ln in p["lines"])
    return (f"<p>Dear {_html.escape(p['supplier']['name'])} team,</p><p>please find below our purchase order "
            f"{p['po_number']} of {p['issued']}. Kindly confirm quantities, prices and delivery dates for every line "
            f"by return mail.</p><table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>Pos</th><th>Item</th>"
            f"<th>Description</th><th>Qty</th><th>Unit</th><th>Price {p['currency']}</th><th>Req. date</th></tr>{rows}"
            f"</table><p>Currency: {p['currency']}. Delivery to: Halvorsen Trading AB, Hamnvagen 14, 417 64 Goteborg, Sweden.</p>"
            + (f"<p>{_html.escape(extra)}</p>" if extra else "") +
            f"<p>Kind regards<br>{_html.escape(b['name'])}<br>Purchasing | Halvorsen Trading AB<br>+46 31 555 01 20</p>")


def req_message(p, extra=None):
    """The request mail itself (for bounces)."""
    b = p["buyer"]
    s = p["supplier"]
    hdr = [("From", mime.addr(b["name"], b["email"])), ("To", s["email"]), ("Subject", req_subject(p)),
           ("Date", hdate(req_sent(p))), ("Message-ID", p.get("request_message_id") or f"<req.{p['po_number']}@mail.{BUYER_DOMAIN}>"),
           ("MIME-Version", "1.0")]
    body = mime.text(req_text(p, extra), cs="utf-8", cte="quoted-printable")
    return mime.build(hdr, body)


OUTLOOK_HDR = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "pt": ("De", "Enviada", "Para", "Assunto"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
}


def quote_block(p, style, lang="en", extra=None, html=False):
    b = p["buyer"]
    sent = req_sent(p)
    if html:
        body = req_html(p, extra)
        if style == "outlook":
            f, s_, t, su = OUTLOOK_HDR.get(lang, OUTLOOK_HDR["en"])
            return ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p><b>"
                    f"{f}:</b> {_html.escape(b['name'])} &lt;{b['email']}&gt;<br><b>{s_}:</b> {sent.strftime('%d.%m.%Y %H:%M')}<br>"
                    f"<b>{t}:</b> {p['supplier']['email']}<br><b>{su}:</b> {req_subject(p)}</p></div>{body}")
        return (f"<div class=\"gmail_quote\"><div>On {sent.strftime('%a, %d %b %Y at %H:%M')}, {_html.escape(b['name'])} "
                f"&lt;{b['email']}&gt; wrote:</div><blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
                f"{body}</blockquote></div>")
    txt = req_text(p, extra)
    if style == "outlook":
        f, s_, t, su = OUTLOOK_HDR.get(lang, OUTLOOK_HDR["en"])
        return (f"\n\n{f}: {b['name']} <{b['email']}>\n{s_}: {sent.strftime('%d.%m.%Y %H:%M')}\n"
                f"{t}: {p['supplier']['email']}\n{su}: {req_subject(p)}\n\n{txt}")
    if style == "outlook-orig":
        return (f"\n\n-----Original Message-----\nFrom: {b['name']} <{b['email']}>\nSent: {sent.strftime('%A, %B %d, %Y %I:%M %p')}\n"
                f"To: {p['supplier']['email']}\nSubject: {req_subject(p)}\n\n{txt}")
    q = "\n".join(("> " + l) if l else ">" for l in txt.rstrip("\n").split("\n"))
    if style == "gmail":
        return f"\n\nOn {sent.strftime('%a, %d %b %Y at %H:%M')}, {b['name']} <{b['email']}> wrote:\n{q}\n"
    if style == "apple":
        return f"\n\n> On {sent.strftime('%d %b %Y')}, at {sent.strftime('%H:%M')}, {b['name']} <{b['email']}> wrote:\n>\n{q}\n"
    if style == "thunderbird":
        return f"\n\nOn {sent.strftime('%d.%m.%Y %H:%M')}, {b['name']} wrote:\n{q}\n"
    if style == "raw-gt":
        return q + "\n"
    raise ValueError(style)


def text_to_html(t):
    paras = t.strip("\n").split("\n\n")
    return "".join("<p>" + "<br>\n".join(_html.escape(x) for x in para.split("\n")) + "</p>\n" for para in paras)


def mail(p, frm, when, body, *, subject=None, re="RE:", client="outlook", quote="outlook", lang="en", cs="utf-8",
         cte="quoted-printable", codec=None, hcs=None, henc="B", alt=True, html_body=None, attachments=(),
         thread=True, to=None, cc=None, extra_hdrs=(), mid=None, html_only=False, quote_extra=None, refs=None,
         sig=""):
    """Generic top-posted reply to the request for PO p.  frm = (name, address)."""
    hcs = hcs or cs
    seed = (p["po_number"], frm[1], hdate(when), subject)
    dom = frm[1].split("@")[1]
    mid = mid or make_mid(client, dom, seed)
    subj = subject if subject is not None else f"{re} {req_subject(p)}"
    txt = body + sig + (quote_block(p, quote, lang, quote_extra) if quote else "")
    hdrs = [("From", mime.addr(frm[0], frm[1], hcs, henc, codec)),
            ("To", to or mime.addr(p["buyer"]["name"], p["buyer"]["email"])), ]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += [("Subject", mime.ew(subj, hcs, henc, codec)), ("Date", hdate(when)), ("Message-ID", mid)]
    if thread and p.get("request_message_id"):
        hdrs += [("In-Reply-To", p["request_message_id"]), ("References", refs or p["request_message_id"])]
    for k, v in CLIENT_HDRS.get(client, []):
        if k == "Thread-Index":
            import base64
            v = base64.b64encode(bytes.fromhex(_h(seed, "ti")[:44])).decode()
        if k == "Content-Language":
            v = {"en": "en-GB"}.get(lang, lang if "-" in lang else f"{lang}")
        hdrs.append((k, v))
    hdrs += list(extra_hdrs)
    hdrs.append(("MIME-Version", "1.0"))
    bnd = _h(seed, "b")
    if client == "outlook":
        b1, b2 = f"_000_{bnd[:24]}_", f"_004_{bnd[:24]}_"
    elif client == "gmail":
        b1, b2 = f"000000000000{bnd[:16]}", f"000000000000{bnd[16:32]}"
    elif client in ("apple", "iphone"):
        b1, b2 = f"Apple-Mail={bnd[:8]}-{bnd[8:12]}-{bnd[12:16]}".upper(), f"Apple-Mail={bnd[16:24]}-{bnd[24:28]}".upper()
    else:
        b1, b2 = f"------------{bnd[:24]}", f"------------{bnd[24:40]}"
    tp = mime.text(txt, cs=cs, cte=cte, codec=codec)
    if html_only or alt:
        hb = html_body if html_body is not None else text_to_html(body + sig)
        if quote and (html_body is None or html_only):
            hb += quote_block(p, "outlook" if quote.startswith("outlook") else "gmail", lang, quote_extra, html=True)
        hdoc = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + cs + "\"></head>"
                "<body>\n" + hb + "</body></html>\n")
        hp = mime.html(hdoc, cs=cs, cte=cte, codec=codec)
        body_part = hp if html_only else mime.mp("alternative", [tp, hp], b1)
    else:
        body_part = tp
    if attachments:
        root = mime.mp("mixed", [body_part] + list(attachments), b2)
    else:
        root = body_part
    return mime.build(hdrs, root)
