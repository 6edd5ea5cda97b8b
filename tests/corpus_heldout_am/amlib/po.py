"""PO records, the buyer's request mail (as quoted in replies), reply quoting, label helpers."""
import datetime as dt
import html
from decimal import Decimal

BUYER_CO = "Kestrel Hospitality Group"
BUYER_DOMAIN = "kestrel-group.example"

REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def esc(s):
    return html.escape(s, quote=False)


def make_po(number, supplier, buyer, currency, issued, lines, req=True):
    """supplier: (id, name, email, locale); buyer: (name, email);
    lines: [(item, description, qty, uom, unit_price, requested_date)]"""
    po = {
        "po_number": number,
        "supplier": {"id": supplier[0], "name": supplier[1], "email": supplier[2], "locale": supplier[3]},
        "buyer": {"name": buyer[0], "email": buyer[1]},
        "currency": currency,
        "issued": issued,
    }
    if req:
        po["request_message_id"] = req if isinstance(req, str) else f"<po-{number}.{issued.replace('-', '')}@{BUYER_DOMAIN}>"
    po["lines"] = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines, 1):
        assert isinstance(qty, int) and isinstance(price, str)
        dt.date.fromisoformat(date)
        po["lines"].append({"line": i, "item": item, "description": desc, "quantity": qty, "uom": uom,
                            "unit_price": price, "requested_date": date})
    return po


def fmt_d(iso, style="en"):
    d = dt.date.fromisoformat(iso)
    if style == "en":
        return f"{d.day:02d} {MON[d.month - 1]} {d.year}"
    if style == "dmy":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return iso


def _rows(po, style):
    out = []
    for ln in po["lines"]:
        out.append((str(ln["line"]), ln["item"], ln["description"], f'{ln["quantity"]:,}', ln["uom"],
                    ln["unit_price"], fmt_d(ln["requested_date"], style)))
    return out


def request_text(po, lang="en", style="en", note=None):
    b = po["buyer"]
    if lang == "de":
        head = ("Sehr geehrte Damen und Herren,\n\n"
                f"bitte bestätigen Sie unsere Bestellung {po['po_number']} vom {fmt_d(po['issued'], 'dmy')} "
                "mit Menge, Preis und Liefertermin.\n\n")
        cols = ("Pos", "Artikel", "Bezeichnung", "Menge", "ME", f"Preis {po['currency']}", "Wunschtermin")
        tail = f"\nLieferadresse: {BUYER_CO}, Zentrallager, Rampe 4\n\nMit freundlichen Grüßen\n{b['name']}\nEinkauf | {BUYER_CO}\n"
        style = "dmy"
    else:
        head = ("Dear Sir or Madam,\n\n"
                f"Please confirm our purchase order {po['po_number']} dated {fmt_d(po['issued'], style)} "
                "(quantities, unit prices and delivery dates).\n\n")
        cols = ("Pos", "Item", "Description", "Qty", "UoM", f"Price {po['currency']}", "Requested")
        tail = (f"\nDelivery to: {BUYER_CO}, Central Warehouse, Dock 4\n\nKind regards\n{b['name']}\n"
                f"Purchasing | {BUYER_CO}\n")
    rows = [cols] + _rows(po, style)
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    table = "\n".join("  ".join(r[i].ljust(w[i]) for i in range(7)).rstrip() for r in rows)
    if note:
        tail = "\n" + note + "\n" + tail
    return head + table + "\n" + tail


def request_html(po, lang="en", style="en"):
    txt = request_text(po, lang, style)
    head, _, rest = txt.partition("\n\n")
    intro, _, _ = rest.partition("\n\n")
    rows = _rows(po, "dmy" if lang == "de" else style)
    cols = (("Pos", "Artikel", "Bezeichnung", "Menge", "ME", f"Preis {po['currency']}", "Wunschtermin") if lang == "de"
            else ("Pos", "Item", "Description", "Qty", "UoM", f"Price {po['currency']}", "Requested"))
    t = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">',
         "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in cols) + "</tr>"]
    for r in rows:
        t.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
    t.append("</table>")
    tail = txt.split(rows[-1][-1], 1)[1] if rows else ""
    return (f"<p>{esc(head)}</p><p>{esc(intro)}</p>" + "\n".join(t)
            + "<p>" + esc(tail.strip()).replace("\n", "<br>\n") + "</p>")


def text_to_html(text):
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>" + esc(p).replace("\n", "<br>\n") + "</p>" for p in paras)


def quote(text, prefix=">"):
    return "\n".join((prefix + " " + l) if l.strip() else prefix for l in text.rstrip("\n").split("\n")) + "\n"


OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Subject:", "Cc:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:", "Cc:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :", "Cc :"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:", "CC:"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:", "CC:"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:", "Cc:"),
    "pl": ("Od:", "Wysłano:", "Do:", "Temat:", "DW:"),
    "pt": ("De:", "Enviada em:", "Para:", "Assunto:", "Cc:"),
    "cs": ("Od:", "Odesláno:", "Komu:", "Předmět:", "Kopie:"),
    "sv": ("Från:", "Skickat:", "Till:", "Ämne:", "Kopia:"),
    "da": ("Fra:", "Sendt:", "Til:", "Emne:", "Cc:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Konu:", "Bilgi:"),
    "hu": ("Feladó:", "Elküldve:", "Címzett:", "Tárgy:", "Másolatot kap:"),
    "ro": ("De la:", "Trimis:", "Către:", "Subiect:", "Cc:"),
    "fi": ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Aihe:", "Kopio:"),
    "el": ("Από:", "Στάλθηκε:", "Προς:", "Θέμα:", "Κοιν.:"),
}


def outlook_reply(body_text, lang, frm, sent, to, subject, orig_text, body_html=None, orig_html=None, cc=None):
    L = OUTLOOK_LABELS[lang]
    pairs = [(L[0], frm), (L[1], sent), (L[2], to)]
    if cc:
        pairs.append((L[4], cc))
    pairs.append((L[3], subject))
    plain = body_text.rstrip("\n") + "\n\n" + "\n".join(f"{a} {b}" for a, b in pairs) + "\n\n" + orig_text
    bh = body_html if body_html is not None else text_to_html(body_text)
    oh = orig_html if orig_html is not None else text_to_html(orig_text)
    hb = "<br>\n".join(f"<b>{esc(a)}</b> {esc(b)}" for a, b in pairs)
    html_ = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
             '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
             '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>\n'
             '<body lang="EN-GB" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
             f'<div class="MsoNormal">{bh}</div>\n'
             '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             f'<p class="MsoNormal">{hb}</p></div>\n'
             f'<div>{oh}</div>\n</div></body></html>\n')
    return plain, html_


def gmail_reply(body_text, attribution, orig_text, body_html=None, orig_html=None):
    plain = body_text.rstrip("\n") + "\n\n" + attribution + "\n" + quote(orig_text)
    bh = body_html if body_html is not None else text_to_html(body_text)
    oh = orig_html if orig_html is not None else text_to_html(orig_text)
    html_ = (f'<div dir="ltr">{bh}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
             f'{esc(attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
             f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{oh}</blockquote></div>\n')
    return plain, html_


def _dec(x):
    return Decimal(str(x))


def label(po, n, q=None, p=None, d=None, sched=None):
    """Build the label of line n of po; 'accepted' when nothing differs, else 'changed'."""
    ln = next(l for l in po["lines"] if l["line"] == n)
    if sched:
        sched = [{"quantity": a, "date": str(b)} for a, b in sched]
        tot = sum(s["quantity"] for s in sched)
        last = max(s["date"] for s in sched)
        assert q is None or q == tot, (q, tot)
        assert d is None or str(d) == last, (d, last)
        q, d = tot, last
    q = ln["quantity"] if q is None else q
    p = ln["unit_price"] if p is None else p
    d = ln["requested_date"] if d is None else str(d)
    p = _dec(p)
    assert p == p.quantize(Decimal("0.0001")), f"unit price {p} has more than 4 decimals"
    ps = format(p.normalize(), "f") if p != p.to_integral() else format(p.quantize(Decimal("0.01")), "f")
    if "." in ps and len(ps.split(".")[1]) < 2:
        ps = format(p.quantize(Decimal("0.01")), "f")
    dt.date.fromisoformat(d)
    same = q == ln["quantity"] and p == _dec(ln["unit_price"]) and d == ln["requested_date"] and not sched
    if same:
        return {"status": "accepted", "quantity": q, "unit_price": ln["unit_price"], "date": d}
    out = {"status": "changed", "quantity": q, "unit_price": ps, "date": d}
    if sched:
        out["schedule"] = sched
    return out
