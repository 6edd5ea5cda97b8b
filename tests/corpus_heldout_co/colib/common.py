"""PO builders, expected-label builders, our own request texts and quoting helpers."""
import datetime as dt
from decimal import Decimal

COMPANY = "Brightwater Industrial Supply Ltd"
DOMAIN = "brightwater.example"
SHIP_TO = ["Brightwater Industrial Supply Ltd", "Goods-in, Gate 3", "14 Dock Road",
           "Felixstowe IP11 3XY", "United Kingdom"]

BUYERS = {
    "dana": ("Dana Ruiz", "dana.ruiz@brightwater.example", "+44 1394 600 214"),
    "tomasz": ("Tomasz Wren", "tomasz.wren@brightwater.example", "+44 1394 600 231"),
    "aiko": ("Aiko Bell", "aiko.bell@brightwater.example", "+44 1394 600 207"),
    "lena": ("Lena Vogt", "lena.vogt@brightwater.example", "+44 1394 600 245"),
    "rahul": ("Rahul Mehta", "rahul.mehta@brightwater.example", "+44 1394 600 219"),
    "ines": ("Inés Carvalho", "ines.carvalho@brightwater.example", "+44 1394 600 262"),
}


def D(s):
    return Decimal(str(s))


# --------------------------------------------------------------------------
# purchase orders
# --------------------------------------------------------------------------

def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def ln(item, desc, qty, uom, price, date):
    return {"item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": str(price), "requested_date": date}


def req_id(number, n=1):
    return "<po-%s.%d@%s>" % (number, n, DOMAIN)


def po(number, sup, buyer, currency, issued, lines, req=1):
    name, mail, _ = BUYERS[buyer]
    d = {"po_number": number, "supplier": sup,
         "buyer": {"name": name, "email": mail},
         "currency": currency, "issued": issued}
    if req is not None:
        d["request_message_id"] = req if isinstance(req, str) else req_id(number, req)
    d["lines"] = [dict({"line": i}, **l) for i, l in enumerate(lines, 1)]
    return d


def buyer_of(p):
    for k, v in BUYERS.items():
        if v[1] == p["buyer"]["email"]:
            return v
    raise KeyError(p["buyer"])


def total(p):
    return sum(D(l["unit_price"]) * l["quantity"] for l in p["lines"])


# --------------------------------------------------------------------------
# expected labels
# --------------------------------------------------------------------------

ACC = "A"
REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def chg(q=None, p=None, d=None, sched=None):
    return {"_chg": True, "q": q, "p": p, "d": d, "sched": sched}


def conf(p, spec):
    """Expected entry for one PO.  spec maps line number -> ACC/REJ/UNC/chg()."""
    nums = [l["line"] for l in p["lines"]]
    if sorted(spec) != sorted(nums):
        raise ValueError("%s: spec lines %s != PO lines %s" % (p["po_number"], sorted(spec), nums))
    out = {}
    for l in p["lines"]:
        s = spec[l["line"]]
        key = str(l["line"])
        if s == ACC:
            out[key] = {"status": "accepted", "quantity": l["quantity"],
                        "unit_price": l["unit_price"], "date": l["requested_date"]}
        elif isinstance(s, dict) and s.get("_chg"):
            q = l["quantity"] if s["q"] is None else s["q"]
            pr = l["unit_price"] if s["p"] is None else str(s["p"])
            d = s["d"]
            if s["sched"]:
                sched = [{"quantity": a, "date": b} for a, b in s["sched"]]
                if sum(x["quantity"] for x in sched) != q:
                    raise ValueError("%s/%s schedule does not add up" % (p["po_number"], key))
                last = max(x["date"] for x in sched)
                if d is None:
                    d = last
                if d != last:
                    raise ValueError("%s/%s date is not last scheduled date" % (p["po_number"], key))
            if d is None:
                d = l["requested_date"]
            same = (q == l["quantity"] and D(pr) == D(l["unit_price"]) and d == l["requested_date"])
            if same and not s["sched"]:
                raise ValueError("%s/%s marked changed but equals PO" % (p["po_number"], key))
            e = {"status": "changed", "quantity": q, "unit_price": pr, "date": d}
            if s["sched"]:
                e["schedule"] = sched
            out[key] = e
        elif s in (REJ, UNC):
            out[key] = dict(s)
        else:
            raise ValueError(s)
    return {"po_number": p["po_number"], "lines": out}


def expected(kind, notes, confs=None):
    e = {"kind": kind}
    if kind == "confirmation":
        e["confirmations"] = confs
    elif confs:
        raise ValueError("confirmations only for confirmation")
    e["notes"] = notes
    return e


class Case:
    def __init__(self, slug, kind, locale, hard, pos, eml, exp):
        self.slug, self.kind, self.locale, self.hard = slug, kind, locale, hard
        self.pos, self.eml, self.expected = pos, eml, exp
        if exp["kind"] != kind:
            raise ValueError(slug)


# --------------------------------------------------------------------------
# our own request / reminder texts (what suppliers quote back)
# --------------------------------------------------------------------------

def _fmt_issued(iso):
    d = dt.date.fromisoformat(iso)
    return "%d %s %d" % (d.day, d.strftime("%b"), d.year)


def table_rows(p):
    head = ["Ln", "Item", "Description", "Qty", "UoM", "Unit price", "Need by"]
    rows = [head]
    for l in p["lines"]:
        rows.append([str(l["line"]), l["item"], l["description"], str(l["quantity"]),
                     l["uom"], l["unit_price"], l["requested_date"]])
    return rows


def table_text(p, indent=""):
    rows = table_rows(p)
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    right = {0, 3, 5}
    out = []
    for r in rows:
        cells = [(c.rjust(w[i]) if i in right else c.ljust(w[i])) for i, c in enumerate(r)]
        out.append((indent + "  ".join(cells)).rstrip())
    return "\n".join(out)


def signature(p):
    name, mail, tel = buyer_of(p)
    return "%s\nBuyer, Purchasing\n%s\nTel. %s | %s" % (name, COMPANY, tel, mail)


def subject(p, reminder=False):
    if reminder:
        return "Reminder: PO %s - confirmation outstanding" % p["po_number"]
    return "PO %s - order acknowledgement request" % p["po_number"]


def request_text(p, greeting="Hello", reminder=False):
    cur = p["currency"]
    if reminder:
        intro = ("we have not yet received your confirmation of purchase order %s of %s.\n"
                 "Please confirm quantity, unit price and delivery date for each line\n"
                 "by return." % (p["po_number"], _fmt_issued(p["issued"])))
    else:
        intro = ("please confirm our purchase order %s of %s line by line\n"
                 "(quantity, unit price, delivery date). A short answer per line is\n"
                 "enough; just reply to this e-mail." % (p["po_number"], _fmt_issued(p["issued"])))
    return ("%s,\n\n%s\n\n%s\n\nCurrency: %s, prices per unit of measure. Delivery DAP to:\n%s\n\n"
            "Kind regards\n%s\n" % (greeting, intro, table_text(p), cur, ", ".join(SHIP_TO), signature(p)))


def request_html(p, greeting="Hello", reminder=False):
    from html import escape as E
    rows = table_rows(p)
    th = "".join('<th style="text-align:left;padding:2px 8px;border-bottom:1px solid #999">%s</th>' % E(c) for c in rows[0])
    trs = "".join("<tr>%s</tr>" % "".join('<td style="padding:2px 8px">%s</td>' % E(c) for c in r) for r in rows[1:])
    if reminder:
        intro = ("we have not yet received your confirmation of purchase order %s of %s. "
                 "Please confirm quantity, unit price and delivery date for each line by return."
                 % (p["po_number"], _fmt_issued(p["issued"])))
    else:
        intro = ("please confirm our purchase order %s of %s line by line (quantity, unit price, "
                 "delivery date). A short answer per line is enough; just reply to this e-mail."
                 % (p["po_number"], _fmt_issued(p["issued"])))
    sig = E(signature(p)).replace("\n", "<br>")
    return ('<p>%s,</p><p>%s</p><table style="border-collapse:collapse;font-size:10pt">'
            '<tr>%s</tr>%s</table><p>Currency: %s, prices per unit of measure. Delivery DAP to: %s</p>'
            '<p>Kind regards<br>%s</p>' % (E(greeting), E(intro), th, trs, p["currency"],
                                          E(", ".join(SHIP_TO)), sig))


# --------------------------------------------------------------------------
# quoting helpers
# --------------------------------------------------------------------------

def gt(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out)


OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
    "pt": ("De:", "Enviada em:", "Para:", "Cc:", "Assunto:"),
    "sv": ("Från:", "Skickat:", "Till:", "Kopia:", "Ämne:"),
    "pl": ("Od:", "Wysłano:", "Do:", "DW:", "Temat:"),
    "cs": ("Od:", "Odesláno:", "Komu:", "Kopie:", "Předmět:"),
    "sk": ("Od:", "Odoslané:", "Komu:", "Kópia:", "Predmet:"),
    "hu": ("Feladó:", "Elküldve:", "Címzett:", "Másolatot kap:", "Tárgy:"),
    "ro": ("De la:", "Trimis:", "Către:", "Cc:", "Subiect:"),
    "da": ("Fra:", "Sendt:", "Til:", "Cc:", "Emne:"),
    "nb": ("Fra:", "Sendt:", "Til:", "Kopi:", "Emne:"),
    "fi": ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Kopio:", "Aihe:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Bilgi:", "Konu:"),
    "el": ("Από:", "Στάλθηκε:", "Προς:", "Κοιν.:", "Θέμα:"),
    "ru": ("От:", "Отправлено:", "Кому:", "Копия:", "Тема:"),
}


def outlook_block(lang, frm, sent, to, subj, cc=None, line="_" * 32):
    f, s, t, c, su = OUTLOOK_LABELS[lang]
    out = []
    if line:
        out.append(line)
    out += ["%s %s" % (f, frm), "%s %s" % (s, sent), "%s %s" % (t, to)]
    if cc:
        out.append("%s %s" % (c, cc))
    out.append("%s %s" % (su, subj))
    return "\n".join(out)


def buyer_addr(p):
    name, mail, _ = buyer_of(p)
    return "%s <%s>" % (name, mail)


def html_wrap(body, lang="en", extra_head=""):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">%s</head>'
            '<body lang="%s">%s</body></html>' % (extra_head, lang, body))


def text_to_html(t):
    from html import escape as E
    paras = t.strip("\n").split("\n\n")
    return "".join("<p>%s</p>" % E(p).replace("\n", "<br>\n") for p in paras)
