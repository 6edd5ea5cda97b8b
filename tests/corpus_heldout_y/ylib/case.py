"""PO, request, reply and label helpers for batch Y."""
import datetime as dt
import html as _html
import json
import os
from decimal import Decimal

from . import mime

D = dt.date

BUYERS = {
    "kessler": ("Kessler Feinkost & Molkerei GmbH", "kessler-food.example"),
    "brenmoor": ("Brenmoor Industries Ltd", "brenmoor.example"),
    "voltaris": ("Voltaris Systems Inc.", "voltaris.example"),
    "harbour": ("Harbourline Facilities plc", "harbourline.example"),
    "celvion": ("Celvion Pharma AG", "celvion.example"),
    "greenacre": ("Greenacre Agri Trading BV", "greenacre.example"),
}


def kw(week, year=2026, day=5):
    return D.fromisocalendar(year, week, day)


def next_md(month, day, ref):
    """Next date with this month/day on or after ref (a date)."""
    c = D(ref.year, month, day)
    return c if c >= ref else D(ref.year + 1, month, day)


def wd(d, name):
    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert names[d.weekday()] == name, (d, name, names[d.weekday()])
    return d


def S(sid, name, email, locale, contact=None):
    return {"id": sid, "name": name, "email": email, "locale": locale, "_contact": contact}


def L(n, item, desc, qty, uom, price, date):
    assert isinstance(qty, int) and qty > 0
    Decimal(price)
    D.fromisoformat(date)
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(number, sup, lines, org="brenmoor", buyer="Dana Ruiz", currency="EUR", issued="2026-11-02",
       req=True, req_time=(9, 14)):
    oname, dom = BUYERS[org]
    email = buyer.lower().replace(" ", ".").replace("'", "") + "@" + dom
    po = {"po_number": number,
          "supplier": {k: v for k, v in sup.items() if not k.startswith("_")},
          "buyer": {"name": buyer, "email": email},
          "currency": currency, "issued": issued}
    safe = number.replace("/", "-")
    if req:
        po["request_message_id"] = f"<po-{safe}.1@{dom}>"
    po["lines"] = lines
    po["_org"] = org
    po["_contact"] = sup.get("_contact")
    po["_req_time"] = req_time
    po["_mid"] = f"<po-{safe}.1@{dom}>"
    return po


def clean_po(po):
    return {k: v for k, v in po.items() if not k.startswith("_")}


def org_of(po):
    return BUYERS[po["_org"]]


def req_subject(po):
    return f"Purchase order {po['po_number']} - please confirm"


def req_date_hdr(po):
    d = D.fromisoformat(po["issued"])
    h, m = po["_req_time"]
    return mime.date_hdr(d.year, d.month, d.day, h, m, "+0100")


def fmt_money(p):
    return p


def req_text(po):
    oname, dom = org_of(po)
    contact = po["_contact"] or "Sir or Madam"
    greet = f"Dear {contact}," if po["_contact"] else "Dear Sir or Madam,"
    rows = [("Pos", "Item", "Description", "Qty", "UoM", f"Price {po['currency']}", "Requested")]
    for ln in po["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     ln["unit_price"], ln["requested_date"]))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    table = "\n".join("  ".join(c.ljust(w[i]) if i not in (3, 5) else c.rjust(w[i]) for i, c in enumerate(r)).rstrip()
                      for r in rows)
    return (f"{greet}\n\nplease find attached our purchase order {po['po_number']} of {po['issued']}.\n"
            f"Kindly confirm quantities, prices and delivery dates by return mail.\n\n{table}\n\n"
            f"Prices per unit of measure, delivery DAP our warehouse unless agreed otherwise.\n\n"
            f"Best regards\n{po['buyer']['name']}\nPurchasing | {oname}\n")


def req_html(po):
    oname, dom = org_of(po)
    greet = f"Dear {po['_contact']}," if po["_contact"] else "Dear Sir or Madam,"
    th = "".join(f"<th style='border:1px solid #999;padding:2px 6px'>{h}</th>" for h in
                 ("Pos", "Item", "Description", "Qty", "UoM", f"Price {po['currency']}", "Requested"))
    trs = ""
    for ln in po["lines"]:
        cells = (ln["line"], ln["item"], ln["description"], ln["quantity"], ln["uom"], ln["unit_price"],
                 ln["requested_date"])
        trs += "<tr>" + "".join(f"<td style='border:1px solid #999;padding:2px 6px'>{_html.escape(str(c))}</td>"
                                for c in cells) + "</tr>\n"
    return (f"<p>{greet}</p><p>please find attached our purchase order {po['po_number']} of {po['issued']}.<br>"
            f"Kindly confirm quantities, prices and delivery dates by return mail.</p>\n"
            f"<table style='border-collapse:collapse'><tr>{th}</tr>\n{trs}</table>\n"
            f"<p>Prices per unit of measure, delivery DAP our warehouse unless agreed otherwise.</p>"
            f"<p>Best regards<br>{po['buyer']['name']}<br>Purchasing | {_html.escape(oname)}</p>")


def text_to_html(t):
    paras = t.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_html.escape(x) for x in p.split("\n")) + "</p>")
    return "\n".join(out)


def quote_gt(t):
    return "\n".join(("> " + x) if x else ">" for x in t.rstrip("\n").split("\n"))


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De\u00a0", "Envoy\u00e9\u00a0", "\u00c0\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"),
    "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wys\u0142ano", "Do", "Temat"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
    "sv": ("Fr\u00e5n", "Skickat", "Till", "\u00c4mne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "cs": ("Od", "Odesl\u00e1no", "Komu", "P\u0159edm\u011bt"),
    "fi": ("L\u00e4hett\u00e4j\u00e4", "L\u00e4hetetty", "Vastaanottaja", "Aihe"),
    "hu": ("Felad\u00f3", "Elk\u00fcldve", "C\u00edmzett", "T\u00e1rgy"),
    "tr": ("Kimden", "G\u00f6nderildi", "Kime", "Konu"),
    "ro": ("De la", "Trimis", "C\u0103tre", "Subiect"),
    "hr": ("\u0160alje", "Poslano", "Prima", "Predmet"),
    "sk": ("Od", "Odoslan\u00e9", "Komu", "Predmet"),
    "nb": ("Fra", "Sendt", "Til", "Emne"),
    "ja": ("\u5dee\u51fa\u4eba", "\u9001\u4fe1\u65e5\u6642", "\u5b9b\u5148", "\u4ef6\u540d"),
}

RE_PREFIX = {"en": "RE:", "de": "AW:", "fr": "RE :", "es": "RE:", "it": "R:", "nl": "RE:", "pl": "Odp:",
             "pt": "RE:", "sv": "SV:", "da": "SV:", "nb": "SV:", "fi": "VS:", "cs": "Re:", "hu": "V\u00e1lasz:",
             "tr": "YNT:", "ja": "RE:", "ro": "RE:", "hr": "Odg:", "sk": "Re:", "gm": "Re:"}


def outlook_block(po, lang="en"):
    lab = OUTLOOK_LABELS[lang]
    oname, dom = org_of(po)
    d = D.fromisoformat(po["issued"])
    h, m = po["_req_time"]
    if lang == "en":
        sent = f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year} {h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
    else:
        sent = f"{d.day:02d}.{d.month:02d}.{d.year} {h:02d}:{m:02d}"
    sep = "" if lang == "fr" else ""
    return [(lab[0], f"{po['buyer']['name']} <{po['buyer']['email']}>"), (lab[1], sent),
            (lab[2], po["_sup_to"] if po.get("_sup_to") else po["supplier"]["email"]), (lab[3], req_subject(po))]


def reply(po, frm_name, date, body, *, frm_email=None, client="outlook", lang="en", subject=None,
          charset="utf-8", cte=None, html_cte="quoted-printable", attachments=(), quote=True, to=None,
          msgid=None, cc=None, extra_headers=(), html_body=None, boundary_seed="y", text_only=False,
          html_only=False, attribution=None, in_reply_to=True, signature_html=None, hdr_enc="B",
          quoted_text=None, quoted_html=None, ua=None):
    """Build a reply message (bytes). body is the supplier's new text (plain)."""
    oname, dom = org_of(po)
    frm_email = frm_email or po["supplier"]["email"]
    if subject is None:
        subject = f"{RE_PREFIX.get(lang, 'RE:')} {req_subject(po)}"
    q_text = quoted_text if quoted_text is not None else req_text(po)
    q_html = quoted_html if quoted_html is not None else req_html(po)
    # plain
    if not quote:
        plain = body
        htmlq = ""
    elif client == "outlook":
        blk = outlook_block(po, lang)
        sepc = ":" if lang != "fr" else ":"
        plain = body.rstrip("\n") + "\n\n" + "\n".join(f"{k}{sepc} {v}" for k, v in blk) + "\n\n" + q_text
        htmlq = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                 "<p class=MsoNormal>" + "<br>\n".join(f"<b>{_html.escape(k)}{sepc}</b> {_html.escape(v)}" for k, v in blk)
                 + "</p></div>\n" + q_html)
    else:
        d = D.fromisoformat(po["issued"])
        h, m = po["_req_time"]
        if attribution is None:
            if client == "apple":
                attribution = f"On {d.day} Nov {d.year}, at {h:02d}:{m:02d}, {po['buyer']['name']} <{po['buyer']['email']}> wrote:"
            elif client == "thunderbird":
                attribution = f"On {d.day:02d}/{d.month:02d}/{d.year} {h:02d}:{m:02d}, {po['buyer']['name']} wrote:"
            else:
                attribution = (f"On {d.strftime('%a')}, {d.day} {d.strftime('%b')} {d.year} at {h:02d}:{m:02d}, "
                               f"{po['buyer']['name']} <{po['buyer']['email']}> wrote:")
        plain = body.rstrip("\n") + "\n\n" + attribution + "\n" + quote_gt(q_text) + "\n"
        if client == "apple":
            htmlq = (f"<div><br><blockquote type=\"cite\"><div>{_html.escape(attribution)}</div><br>"
                     f"{q_html}</blockquote></div>")
        else:
            htmlq = (f"<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{_html.escape(attribution)}<br></div>"
                     f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                     f"{q_html}</blockquote></div>")
    hb = html_body if html_body is not None else text_to_html(body)
    if client == "outlook":
        html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
                f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">"
                "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style></head>"
                "<body lang=EN-GB link=\"#0563C1\"><div class=WordSection1>\n" + hb + "\n" + htmlq +
                "\n</div></body></html>\n")
    else:
        html = (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\"></head><body>"
                f"<div dir=\"ltr\">\n{hb}\n</div>\n{htmlq}\n</body></html>\n")
    if text_only:
        body_part = mime.text(plain, charset=charset, cte=cte, flowed=(client == "thunderbird"))
    elif html_only:
        body_part = mime.text(html, "html", charset=charset, cte=html_cte)
    else:
        body_part = mime.multi("alternative", [mime.text(plain, charset=charset, cte=cte),
                                               mime.text(html, "html", charset=charset, cte=html_cte)],
                               f"----=_alt_{boundary_seed}_0001", preamble=False)
    if attachments:
        body_part = mime.multi("mixed", [body_part] + list(attachments), f"----=_mix_{boundary_seed}_0002")
    hs = [("From", mime.addr(frm_name, frm_email, charset if charset not in ("iso-2022-jp",) else "utf-8", hdr_enc)),
          ("To", to or mime.addr(po["buyer"]["name"], po["buyer"]["email"]))]
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", mime.hdr_text(subject, "utf-8" if charset in ("iso-2022-jp",) else charset, hdr_enc)))
    hs.append(("Date", date))
    hs.append(("Message-ID", msgid or f"<{boundary_seed}.{po['po_number'].replace('/', '')}@{frm_email.split('@')[1]}>"))
    if in_reply_to and po.get("request_message_id"):
        hs.append(("In-Reply-To", po["request_message_id"]))
        hs.append(("References", po["request_message_id"]))
    if ua:
        hs.append(("User-Agent" if not ua.startswith("Microsoft") else "X-Mailer", ua))
    hs += list(extra_headers)
    return mime.message(hs, body_part)


# ---------------------------------------------------------------- labels

def C(q=None, p=None, d=None, s=None):
    return {"q": q, "p": p, "d": d, "s": s}


def label_line(ln, spec):
    if spec in ("R", "U"):
        return {"status": {"R": "rejected", "U": "unconfirmed"}[spec]}
    if spec == "A":
        return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
                "date": ln["requested_date"]}
    q, p, d, s = spec["q"], spec["p"], spec["d"], spec["s"]
    if isinstance(d, D):
        d = d.isoformat()
    sched = None
    if s:
        sched = [{"quantity": sq, "date": sd.isoformat() if isinstance(sd, D) else sd} for sq, sd in s]
        assert len(sched) >= 2
        if q is None:
            q = sum(x["quantity"] for x in sched)
        if d is None:
            d = max(x["date"] for x in sched)
        assert q == sum(x["quantity"] for x in sched), (q, sched)
        assert d == max(x["date"] for x in sched)
        assert [x["date"] for x in sched] == sorted(x["date"] for x in sched)
    q = ln["quantity"] if q is None else q
    p = ln["unit_price"] if p is None else p
    d = ln["requested_date"] if d is None else d
    D.fromisoformat(d)
    assert isinstance(q, int) and q > 0
    Decimal(p)
    same = q == ln["quantity"] and Decimal(p) == Decimal(ln["unit_price"]) and d == ln["requested_date"]
    assert not (same and not sched), f"changed line equals PO: {ln}"
    out = {"status": "changed", "quantity": q, "unit_price": p, "date": d}
    if sched:
        out["schedule"] = sched
    return out


CASES = []


def case(slug, kind, locale, hard, pos, eml, labels=None, notes=None):
    """labels: list of (po, {line_no: spec})"""
    assert kind in ("confirmation", "needs_review", "auto_reply", "bounce", "unrelated")
    exp = {"kind": kind}
    if kind == "confirmation":
        assert labels
        confs = []
        for po, specs in labels:
            nums = [ln["line"] for ln in po["lines"]]
            assert sorted(specs) == sorted(nums), (slug, specs.keys(), nums)
            confs.append({"po_number": po["po_number"],
                          "lines": {str(ln["line"]): label_line(ln, specs[ln["line"]]) for ln in po["lines"]}})
        exp["confirmations"] = confs
    else:
        assert not labels
    exp["notes"] = notes or hard
    CASES.append({"slug": slug, "kind": kind, "locale": locale, "hard": hard,
                  "pos": [clean_po(p) for p in pos], "eml": eml, "expected": exp})


def write_all(root):
    os.makedirs(root, exist_ok=True)
    slugs = [c["slug"] for c in CASES]
    assert len(set(slugs)) == len(slugs)
    for i, c in enumerate(CASES, 1):
        assert c["slug"].startswith(f"{i:03d}-"), (i, c["slug"])
        d = os.path.join(root, c["slug"])
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump(c["pos"], f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(c["expected"], f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(c["eml"])
    return CASES
