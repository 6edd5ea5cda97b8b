"""Shared data model, the buyer's request, reply assembly, label helpers and the case registry."""
import datetime as dt
import html as _html
from decimal import Decimal

from .mime import addr, attach, date_hdr, hdr, hid, leaf, message, multipart

REG = []  # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


# ---------------------------------------------------------------- buyer side
BUYER_DOMAIN = "kestrel-supply.example"
BUYERS = {
    "laura": ("Laura Beck", "laura.beck@kestrel-supply.example", "+49 40 5550 1234"),
    "tomasz": ("Tomasz Wren", "tomasz.wren@kestrel-supply.example", "+49 40 5550 1262"),
    "priya": ("Priya Nair", "priya.nair@kestrel-supply.example", "+49 40 5550 1288"),
    "jonas": ("Jonas Eklund", "jonas.eklund@kestrel-supply.example", "+49 40 5550 1240"),
}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(num, supplier, currency, issued, lines, buyer="laura", req=True):
    b = BUYERS[buyer]
    out = {"po_number": num, "supplier": supplier,
           "buyer": {"name": b[0], "email": b[1]},
           "currency": currency, "issued": issued}
    if req:
        out["request_message_id"] = f"<ackreq-{num}-1@mail.{BUYER_DOMAIN}>"
    out["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        Decimal(price)
        dt.date.fromisoformat(date)
        out["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty,
                             "uom": uom, "unit_price": price, "requested_date": date})
    return out


def buyer_of(p):
    for k, b in BUYERS.items():
        if b[1] == p["buyer"]["email"]:
            return b
    raise KeyError(p["buyer"]["email"])


def _fmt_money(s):
    d = Decimal(s)
    return f"{d:,.2f}" if d == d.quantize(Decimal("0.01")) else f"{d:,}"


def req_subject(p):
    return f"Order acknowledgment request - PO {p['po_number']}"


def req_sent(p):
    """Date/time the acknowledgment request went out (issued day, 09:41 Hamburg time)."""
    return dt.datetime.fromisoformat(p["issued"] + " 09:41:00")


def request_text(p, greeting=None):
    b = buyer_of(p)
    issued = dt.date.fromisoformat(p["issued"]).strftime("%d %b %Y")
    rows = [("Pos", "Item", "Description", "Qty", "Unit", "Unit price", "Requested")]
    for ln in p["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     _fmt_money(ln["unit_price"]), ln["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    right = {0, 3, 5}
    tab = []
    for k, r in enumerate(rows):
        cells = [(c.rjust(w[i]) if i in right else c.ljust(w[i])) for i, c in enumerate(r)]
        tab.append(" | ".join(cells).rstrip())
        if k == 0:
            tab.append("-+-".join("-" * x for x in w))
    g = greeting or "Dear Sir or Madam,"
    return (f"{g}\n\nplease find below our purchase order {p['po_number']} dated {issued}. "
            f"Kindly confirm quantities,\nunit prices and delivery dates by return e-mail.\n\n"
            f"PO number: {p['po_number']}\nCurrency:  {p['currency']}\n"
            f"Ship to:   Kestrel Industrial Supply GmbH, Billwerder Ring 12, Dock 4, 21035 Hamburg, Germany\n\n"
            + "\n".join(tab) +
            f"\n\nPrices are per unit shown. Please quote our PO number on all documents.\n\n"
            f"Kind regards\n{b[0]}\nPurchasing | Kestrel Industrial Supply GmbH\nTel. {b[2]}\n")


def request_html(p, greeting=None):
    b = buyer_of(p)
    issued = dt.date.fromisoformat(p["issued"]).strftime("%d %b %Y")
    g = _html.escape(greeting or "Dear Sir or Madam,")
    rows = "".join(
        f"<tr><td>{ln['line']}</td><td>{_html.escape(ln['item'])}</td><td>{_html.escape(ln['description'])}</td>"
        f"<td align=\"right\">{ln['quantity']}</td><td>{ln['uom']}</td><td align=\"right\">{_fmt_money(ln['unit_price'])}</td>"
        f"<td>{ln['requested_date']}</td></tr>\n" for ln in p["lines"])
    return (f"<p>{g}</p>\n<p>please find below our purchase order {p['po_number']} dated {issued}. Kindly confirm "
            f"quantities, unit prices and delivery dates by return e-mail.</p>\n"
            f"<p>PO number: {p['po_number']}<br>\nCurrency: {p['currency']}<br>\nShip to: Kestrel Industrial Supply GmbH, "
            f"Billwerder Ring 12, Dock 4, 21035 Hamburg, Germany</p>\n"
            f"<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">\n<tr><th>Pos</th><th>Item</th><th>Description</th>"
            f"<th>Qty</th><th>Unit</th><th>Unit price</th><th>Requested</th></tr>\n{rows}</table>\n"
            f"<p>Prices are per unit shown. Please quote our PO number on all documents.</p>\n"
            f"<p>Kind regards<br>\n{b[0]}<br>\nPurchasing | Kestrel Industrial Supply GmbH<br>\nTel. {b[2]}</p>\n")


def request_eml(p, to_override=None):
    """The buyer's original outbound request (LF bytes), for bounces and forwards."""
    b = buyer_of(p)
    s = p["supplier"]
    bnd = f"----=_Part_{int(hid(p['po_number'], 'rq', n=6), 16)}_{int(hid(p['po_number'], 'rq2', n=6), 16)}.1762"
    body = multipart("alternative", bnd, [
        leaf("plain", request_text(p), "utf-8", "quoted-printable", ctype_style="plain"),
        leaf("html", "<html><body>\n" + request_html(p) + "</body></html>", "utf-8", "quoted-printable",
             ctype_style="plain"),
    ])
    heads = [f"Date: {date_hdr(req_sent(p).isoformat(' '), '+0100')}",
             f"From: {addr(b[0], b[1])}",
             f"To: {to_override or s['email']}",
             f"Message-ID: {p['request_message_id']}",
             f"Subject: {req_subject(p)}",
             "MIME-Version: 1.0",
             "X-Mailer: Kestrel Procurement Portal 4.2"]
    return ("\n".join(heads) + "\n").encode() + body


# ---------------------------------------------------------------- quoting
OL = {  # Outlook header labels
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pt": ("De", "Enviada", "Para", "Assunto"), "pl": ("Od", "Wysłano", "Do", "Temat"),
    "sv": ("Från", "Skickat", "Till", "Ämne"), "da": ("Fra", "Sendt", "Til", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Emne"), "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"), "sk": ("Od", "Odoslané", "Komu", "Predmet"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"), "ro": ("De la", "Trimis", "Către", "Subiect"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"), "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"),
    "ru": ("От", "Отправлено", "Кому", "Тема"), "bg": ("От", "Изпратено", "До", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Тема"), "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Zadeva"), "lv": ("No", "Nosūtīts", "Kam", "Tēma"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Tema"), "et": ("Saatja", "Saadetud", "Adressaat", "Teema"),
    "ja": ("差出人", "送信日時", "宛先", "件名"), "zh": ("发件人", "发送时间", "收件人", "主题"),
    "tw": ("寄件者", "寄件日期", "收件者", "主旨"), "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"),
    "sr": ("From", "Sent", "To", "Subject"),
}


def sent_str(p, lang):
    t = req_sent(p)
    if lang == "en":
        return t.strftime("%A, %B ") + str(t.day) + t.strftime(", %Y 9:41 AM")
    if lang in ("ja", "zh", "tw"):
        return f"{t.year}年{t.month}月{t.day}日 9:41"
    if lang == "ko":
        return f"{t.year}년 {t.month}월 {t.day}일 오전 9:41"
    if lang in ("hu", "lt", "sv"):
        return t.strftime("%Y-%m-%d 09:41") if lang != "hu" else t.strftime("%Y. %m. %d. 9:41")
    return t.strftime("%d.%m.%Y 09:41")


def quote_outlook(p, lang="en"):
    f, s, t, su = OL.get(lang, OL["en"])
    b = buyer_of(p)
    head = (f"________________________________\n{f}: {b[0]} <{b[1]}>\n{s}: {sent_str(p, lang)}\n"
            f"{t}: {p['supplier']['email']}\n{su}: {req_subject(p)}\n\n")
    hh = (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
          f'<p class="MsoNormal"><b>{f}:</b> {_html.escape(b[0])} &lt;{b[1]}&gt;<br>\n<b>{s}:</b> {sent_str(p, lang)}<br>\n'
          f'<b>{t}:</b> {p["supplier"]["email"]}<br>\n<b>{su}:</b> {req_subject(p)}</p></div>\n')
    return head + request_text(p), hh + request_html(p)


def attrib_en(p, style="gmail"):
    b = buyer_of(p)
    t = req_sent(p)
    if style == "apple":
        return f"On {t.day} {t.strftime('%b %Y')}, at 09:41, {b[0]} <{b[1]}> wrote:"
    if style == "thunderbird":
        return f"On {t.strftime('%d/%m/%Y')} 09:41, {b[0]} wrote:"
    return f"On {t.strftime('%a')}, {t.day} {t.strftime('%b %Y')} at 09:41, {b[0]} <{b[1]}> wrote:"


def quote_gt(p, attrib=None, style="gmail"):
    a = attrib or attrib_en(p, style)
    txt = a + "\n" + "".join((">" + (" " + l if l else "") + "\n") for l in request_text(p).split("\n")[:-1])
    if style == "gmail":
        hh = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{_html.escape(a)}<br></div>'
              f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              f'rgb(204,204,204);padding-left:1ex">\n{request_html(p)}</blockquote></div>\n')
    else:
        hh = (f'<div><br><blockquote type="cite"><div>{_html.escape(a)}</div>\n{request_html(p)}</blockquote></div>\n')
    return txt, hh


# ---------------------------------------------------------------- replies
def text_to_html(t):
    paras = t.strip("\n").split("\n\n")
    out = []
    for para in paras:
        lines = [_html.escape(l) for l in para.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out) + "\n"


def _ids(slug, client, frm_email):
    h = hid(slug, client, n=40).upper()
    dom = frm_email.split("@")[1]
    if client == "outlook":
        host = "DB9PR0" + h[0] + "MB" + str(int(h[1:5], 16) % 9000 + 1000)
        return (f"<{host}{h[:28]}@{host}.eurprd0{int(h[5], 16) % 9 + 1}.prod.outlook.com>",
                f"_000_{host}{h[:16]}_", f"_004_{host}{h[:16]}_")
    if client == "gmail":
        return (f"<CAK{hid(slug, 'g1', n=24)}+{hid(slug, 'g2', n=12).upper()}@mail.gmail.com>",
                f"000000000000{hid(slug, 'b1', n=12)}", f"000000000000{hid(slug, 'b2', n=12)}")
    if client in ("apple", "iphone"):
        u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        u2 = hid(slug, "am", n=32).upper()
        u2 = f"{u2[:8]}-{u2[8:12]}-{u2[12:16]}-{u2[16:20]}-{u2[20:32]}"
        return (f"<{u}@{dom}>", f"Apple-Mail={u2}", f"Apple-Mail={u}")
    if client == "thunderbird":
        l = h.lower()
        return (f"<{l[:8]}-{l[8:12]}-{l[12:16]}-{l[16:20]}-{l[20:32]}@{dom}>",
                f"------------{hid(slug, 't1', n=24)}", f"------------{hid(slug, 't2', n=24)}")
    # generic ERP / webmail / other
    n1, n2 = int(h[:6], 16), int(h[6:12], 16)
    return (f"<{n1}.{n2}.1763{n1 % 1000000:06d}@{dom}>",
            f"----=_Part_{n1}_{n2}.1763{n2 % 1000000:06d}", f"----=_Part_{n2}_{n1}.1763{n1 % 1000000:06d}")


def build(slug, *, p, frm, date, body, lang="en", charset="utf-8", cte="quoted-printable", client="outlook",
          quote="outlook", html=True, html_only=False, attachments=(), to=None, cc=None, threaded=True,
          html_body=None, attrib=None, subject=None, subj_prefix="RE: ", extra_headers=(), hcharset=None,
          quote_text=None, quote_html=None, msgid=None):
    """Assemble a reply. frm=(name, email); date=('2026-11-10 09:14:22', '+0100');
    attachments = [(ctype, filename, bytes)]."""
    hcs = hcharset or ("utf-8" if charset in ("us-ascii",) else charset)
    if charset.lower() in ("iso-2022-jp",):
        hcs = "iso-2022-jp"
    if quote == "outlook":
        qt, qh = quote_outlook(p, lang)
    elif quote in ("gmail", "apple", "thunderbird"):
        qt, qh = quote_gt(p, attrib, quote)
    else:
        qt, qh = "", ""
    if quote_text is not None:
        qt = quote_text
    if quote_html is not None:
        qh = quote_html
    sep = "\n\n" if qt else ""
    text = body.rstrip("\n") + "\n" + sep + qt
    hb = html_body if html_body is not None else text_to_html(body)
    mid, b1, b2 = _ids(slug, client, frm[1])
    if msgid:
        mid = msgid
    if client == "outlook":
        hdoc = (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
                f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
                f'<body lang="{lang.upper() if len(lang) == 2 else "EN-US"}" link="#0563C1" vlink="#954F72">\n'
                f'<div class="WordSection1">\n{hb}{qh}</div>\n</body>\n</html>\n')
    elif client == "gmail":
        hdoc = f'<div dir="ltr">{hb}</div><br>{qh}'
    else:
        hdoc = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
                f'<body>\n<div>{hb}</div>\n{qh}</body></html>\n')
    cts = {"outlook": "quoted", "gmail": "quoted", "apple": "apple", "iphone": "apple"}.get(client, "plain")
    tpart = leaf("plain", text, charset, cte, ctype_style=cts)
    hcte = "base64" if cte == "base64" else ("quoted-printable" if charset.lower() != "iso-2022-jp" else "7bit")
    hpart = leaf("html", hdoc, charset, hcte, ctype_style=cts)
    if html_only:
        top = hpart
    elif html:
        top = multipart("alternative", b1, [tpart, hpart])
    else:
        top = tpart
    if attachments:
        parts = [top] + [attach(ct, fn, data) for ct, fn, data in attachments]
        top = multipart("mixed", b2, parts)
    subj = subject if subject is not None else subj_prefix + req_subject(p)
    b = buyer_of(p)
    heads = [f"From: {addr(frm[0], frm[1], hcs)}",
             f"To: {addr(to[0], to[1]) if to else addr(b[0], b[1])}"]
    if cc:
        heads.append(f"Cc: {cc}")
    heads.append(hdr("Subject", subj, hcs))
    if client == "outlook":
        heads += [hdr("Thread-Topic", req_subject(p)),
                  f"Thread-Index: AQH{hid(slug, 'ti', n=20)}ZmC8{hid(slug, 'tj', n=8)}A=="]
    heads.append(f"Date: {date_hdr(*date)}")
    heads.append(f"Message-ID: {mid}")
    if threaded and "request_message_id" in p:
        heads.append(f"References: {p['request_message_id']}")
        heads.append(f"In-Reply-To: {p['request_message_id']}")
    if client == "outlook":
        heads += ["Accept-Language: en-US", f"Content-Language: {frm_lang(lang)}",
                  f"X-MS-Has-Attach: {'yes' if attachments else ''}".rstrip(), "X-MS-TNEF-Correlator:"]
    elif client == "thunderbird":
        heads += ["User-Agent: Mozilla Thunderbird", f"Content-Language: {frm_lang(lang)}"]
    elif client == "apple":
        heads += ["X-Mailer: Apple Mail (2.3774.600.62)"]
    elif client == "iphone":
        heads += ["X-Mailer: iPhone Mail (22B91)"]
    heads += list(extra_headers)
    if client == "apple" or client == "iphone":
        heads.append("Mime-Version: 1.0 (1.0)" if client == "iphone" else
                     "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))")
    else:
        heads.append("MIME-Version: 1.0")
    return message(heads, top)


def frm_lang(lang):
    return {"en": "en-US", "tw": "zh-TW", "zh": "zh-CN"}.get(lang, lang)


def plain_msg(slug, headers, top):
    return message(headers, top)


# ---------------------------------------------------------------- labels
class _L:
    def __init__(self, kind, **kw):
        self.kind, self.kw = kind, kw


A = _L("accepted")
R = _L("rejected")
U = _L("unconfirmed")


def C(q=None, p=None, d=None, s=None):
    return _L("changed", q=q, p=p, d=d, s=s)


def _label(lab, ln):
    if lab.kind == "accepted":
        return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                "date": ln["requested_date"]}
    if lab.kind in ("rejected", "unconfirmed"):
        return {"status": lab.kind}
    kw = lab.kw
    sched = kw["s"]
    q = kw["q"]
    d = kw["d"]
    if sched:
        total = sum(x[0] for x in sched)
        q = total if q is None else q
        assert q == total, ("schedule sum", q, total)
        last = max(x[1] for x in sched)
        d = last if d is None else d
        assert d == last
    q = ln["quantity"] if q is None else q
    pr = ln["unit_price"] if kw["p"] is None else kw["p"]
    d = ln["requested_date"] if d is None else d
    dt.date.fromisoformat(d)
    assert isinstance(q, int)
    Decimal(pr)
    assert sched or (q, Decimal(pr), d) != (ln["quantity"], Decimal(ln["unit_price"]), ln["requested_date"]), ln
    out = {"status": "changed", "quantity": q, "unit_price": pr, "date": d}
    if sched:
        out["schedule"] = [{"quantity": a, "date": b} for a, b in sched]
    return out


def conf(answers, notes):
    """answers: list of (po, labels) where labels is a dict {line: label} covering every line,
    or a single label for all lines."""
    confs = []
    for p, labels in answers:
        lines = {}
        for ln in p["lines"]:
            lab = labels if isinstance(labels, _L) else labels[ln["line"]]
            lines[str(ln["line"])] = _label(lab, ln)
        if isinstance(labels, dict):
            assert set(labels) == {ln["line"] for ln in p["lines"]}, (p["po_number"], labels.keys())
        confs.append({"po_number": p["po_number"], "lines": lines})
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


def other(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


def pct(price, percent):
    """PO unit price changed by percent (e.g. -5), rounded to cents."""
    v = Decimal(price) * (Decimal(100) + Decimal(percent)) / Decimal(100)
    return str(v.quantize(Decimal("0.01")))
