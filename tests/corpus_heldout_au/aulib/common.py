"""Registry, purchase-order data helpers, our request texts, quoting and label helpers."""
from __future__ import annotations

import datetime as _dt
import html as _html
from decimal import Decimal

from . import mime

# (slug, "kind/locale", "what makes it hard", builder)
REG: list[tuple[str, str, str, object]] = []


def case(slug: str, kindloc: str, hard: str):
    def deco(fn):
        assert not any(r[0] == slug for r in REG), slug
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


D = Decimal


def d(s: str) -> _dt.date:
    return _dt.date.fromisoformat(s)


def kw_friday(year: int, week: int, day: int = 5) -> str:
    return _dt.date.fromisocalendar(year, week, day).isoformat()


# ------------------------------------------------------------------ parties

class Buyer:
    def __init__(self, name, email, company, address, phone, domain):
        self.name, self.email, self.company, self.address, self.phone, self.domain = \
            name, email, company, address, phone, domain

    def js(self):
        return {"name": self.name, "email": self.email}


BUYERS = {
    "bee": Buyer("Moira Thistlewood", "moira.thistlewood@hiveharvest.example", "Hive & Harvest Supplies Ltd",
                 "Unit 4, Orchard Park, Hereford HR2 6JU, United Kingdom", "+44 1432 550 210", "hiveharvest.example"),
    "horse": Buyer("Jonas Brenner", "j.brenner@equistall.example", "EquiStall Handels GmbH",
                   "Gestütstraße 12, 30938 Burgwedel, Germany", "+49 5139 80 44 0", "equistall.example"),
    "museum": Buyer("Clara Vossberg", "c.vossberg@vitrinum-exhibits.example", "Vitrinum Exhibits B.V.",
                    "Kanaaldijk 88, 5611 AB Eindhoven, Netherlands", "+31 40 298 1100", "vitrinum-exhibits.example"),
    "water": Buyer("Piet Hendriks", "p.hendriks@aquanet-utilities.example", "AquaNet Utilities N.V.",
                   "Watertorenweg 3, 3011 DA Rotterdam, Netherlands", "+31 10 411 8800", "aquanet-utilities.example"),
    "solar": Buyer("Elena Marchetti", "e.marchetti@sunflow-energy.example", "SunFlow Energy S.r.l.",
                   "Via dell'Industria 41, 37135 Verona, Italy", "+39 045 820 5511", "sunflow-energy.example"),
    "bakery": Buyer("Tomasz Wierzbicki", "t.wierzbicki@bakeline-equipment.example", "BakeLine Equipment Sp. z o.o.",
                    "ul. Piekarska 17, 60-101 Poznań, Poland", "+48 61 850 33 10", "bakeline-equipment.example"),
    "fish": Buyer("Henrik Lund", "henrik.lund@anglers-depot.example", "Anglers Depot A/S",
                  "Havnevej 21, 9000 Aalborg, Denmark", "+45 98 12 40 50", "anglers-depot.example"),
    "gloves": Buyer("Sarah O'Donnell", "s.odonnell@voltsafe-ppe.example", "VoltSafe PPE Ltd",
                    "14 Kilnside Road, Dublin D12 X7K2, Ireland", "+353 1 460 2290", "voltsafe-ppe.example"),
    "carwash": Buyer("Marco Bellandi", "m.bellandi@brightwash-systems.example", "BrightWash Systems GmbH",
                     "Industriestraße 5, 85748 Garching, Germany", "+49 89 3290 770", "brightwash-systems.example"),
    "scaff": Buyer("Lukas Fiedler", "l.fiedler@geruestbau-partner.example", "Gerüstbau Partner GmbH",
                   "Am Hafen 30, 28217 Bremen, Germany", "+49 421 690 12 0", "geruestbau-partner.example"),
    "salon": Buyer("Nadia Kowalczyk", "n.kowalczyk@salonpro-wholesale.example", "SalonPro Wholesale Ltd",
                   "22 Mercer Street, Manchester M4 6DE, United Kingdom", "+44 161 830 4470",
                   "salonpro-wholesale.example"),
    "road": Buyer("Oliver Grant", "o.grant@roadsafe-rental.example", "RoadSafe Rental Ltd",
                  "Bay 7, Westgate Industrial Estate, Leeds LS12 4HX, United Kingdom", "+44 113 496 0812",
                  "roadsafe-rental.example"),
    "rope": Buyer("Ingrid Aas", "ingrid.aas@harbourline-marine.example", "Harbourline Marine AS",
                  "Kaiveien 9, 5003 Bergen, Norway", "+47 55 30 72 00", "harbourline-marine.example"),
    "vend": Buyer("Daniel Okafor", "d.okafor@vendtech-service.example", "VendTech Service GmbH",
                  "Robert-Bosch-Str. 14, 50769 Köln, Germany", "+49 221 709 33 40", "vendtech-service.example"),
    "vet": Buyer("Anja Reimers", "a.reimers@vetsupply-nord.example", "VetSupply Nord GmbH",
                 "Tierärzteweg 2, 24768 Rendsburg, Germany", "+49 4331 44 61 0", "vetsupply-nord.example"),
    "cork": Buyer("Julien Marchand", "j.marchand@caves-distribution.example", "Caves Distribution SAS",
                  "12 route de Beaune, 21200 Chorey-lès-Beaune, France", "+33 3 80 24 51 60",
                  "caves-distribution.example"),
    "tent": Buyer("Emma Sjöberg", "emma.sjoberg@trailbase-outdoor.example", "TrailBase Outdoor AB",
                  "Lagervägen 6, 431 53 Mölndal, Sweden", "+46 31 706 42 00", "trailbase-outdoor.example"),
    "green": Buyer("Wouter de Graaf", "w.degraaf@kasgroen-supplies.example", "KasGroen Supplies B.V.",
                   "Middel Broekweg 29, 2675 KB Honselersdijk, Netherlands", "+31 174 62 11 90",
                   "kasgroen-supplies.example"),
    "scale": Buyer("Priya Raman", "p.raman@weighright-industrial.example", "WeighRight Industrial Inc.",
                   "410 Commerce Drive, Columbus, OH 43228, USA", "+1 614 555 0188", "weighright-industrial.example"),
    "fender": Buyer("Tom Hargreaves", "t.hargreaves@marina-chandlery.example", "Marina Chandlery Ltd",
                    "The Boatyard, Quay Lane, Hamble SO31 4NQ, United Kingdom", "+44 23 8045 6620",
                    "marina-chandlery.example"),
}


def sup(id_, name, email, locale):
    return {"id": id_, "name": name, "email": email, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    assert isinstance(qty, int)
    D(price)
    d(date)
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(number, supplier, buyer_key, currency, issued, lines, rid=True):
    b = BUYERS[buyer_key]
    po = {"po_number": number, "supplier": supplier, "buyer": b.js(), "currency": currency, "issued": issued}
    if rid:
        po["request_message_id"] = rid if isinstance(rid, str) else \
            f"<ackreq.{number}.{issued.replace('-', '')}@{b.domain}>"
    po["lines"] = lines
    return po


def line(po, n):
    for ln in po["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


# ------------------------------------------------------------------ labels

def acc(po, n):
    ln = line(po, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(q, p, dte, schedule=None):
    lab = {"status": "changed", "quantity": q, "unit_price": p, "date": dte}
    if schedule:
        lab["schedule"] = [{"quantity": a, "date": b} for a, b in schedule]
        assert sum(a for a, _ in schedule) == q, (schedule, q)
        assert max(b for _, b in schedule) == dte
    return lab


REJ = {"status": "rejected"}
UNC = {"status": "unconfirmed"}


def conf(entries, notes):
    """entries: list of (po, {line_no: label})."""
    out = []
    for po, labs in entries:
        assert sorted(labs) == sorted(l["line"] for l in po["lines"]), po["po_number"]
        for n, lab in labs.items():
            if lab["status"] == "changed":
                ln = line(po, n)
                assert (lab["quantity"], D(lab["unit_price"]), lab["date"]) != \
                    (ln["quantity"], D(ln["unit_price"]), ln["requested_date"]) or "schedule" in lab, (po, n)
        out.append({"po_number": po["po_number"], "lines": {str(k): v for k, v in sorted(labs.items())}})
    return {"kind": "confirmation", "confirmations": out, "notes": notes}


def other(kind, notes):
    assert kind in ("needs_review", "auto_reply", "bounce", "unrelated")
    return {"kind": kind, "notes": notes}


class Case:
    def __init__(self, pos, eml: bytes, expected):
        self.pos, self.eml, self.expected = pos, eml, expected


# ------------------------------------------------------------------ formatting

def fmt_dec(v, dec=",", thou="", places=2):
    v = D(str(v)).quantize(D(1).scaleb(-places))
    s = f"{v:.{places}f}"
    ip, _, fp = s.partition(".")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    if thou:
        groups = []
        while len(ip) > 3:
            groups.insert(0, ip[-3:])
            ip = ip[:-3]
        groups.insert(0, ip)
        ip = thou.join(groups)
    return ("-" if neg else "") + ip + ((dec + fp) if places else "")


def fmt_int(v, thou=""):
    return fmt_dec(v, "", thou, 0)


def dmy(iso, sep=".", year=True):
    x = d(iso)
    return f"{x.day:02d}{sep}{x.month:02d}" + (f"{sep}{x.year}" if year else sep if sep == "." else "")


def mdy(iso, sep="/"):
    x = d(iso)
    return f"{x.month:02d}{sep}{x.day:02d}{sep}{x.year}"


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def esc(s):
    return _html.escape(s, quote=False)


# ------------------------------------------------------------------ our request

REQ_SUBJECT = {
    "en": "Purchase order {po} - request for order acknowledgement",
    "de": "Bestellung {po} - Bitte um Auftragsbestätigung",
    "fr": "Commande {po} - demande d'accusé de réception",
}


def req_subject(po, lang="en"):
    return REQ_SUBJECT[lang].format(po=po["po_number"])


def _table_rows(po, lang):
    cur = po["currency"]
    if lang == "de":
        head = ["Pos", "Artikel", "Bezeichnung", "Menge", "ME", f"Preis {cur}", "Liefertermin"]
        rows = [[str(l["line"]), l["item"], l["description"], fmt_int(l["quantity"], "."), l["uom"],
                 fmt_dec(l["unit_price"], ",", ".", max(2, len(l["unit_price"].partition(".")[2]))),
                 dmy(l["requested_date"])] for l in po["lines"]]
    elif lang == "fr":
        head = ["Ligne", "Article", "Désignation", "Qté", "Unité", f"Prix {cur}", "Date souhaitée"]
        rows = [[str(l["line"]), l["item"], l["description"], fmt_int(l["quantity"], " "), l["uom"],
                 fmt_dec(l["unit_price"], ",", " ", max(2, len(l["unit_price"].partition(".")[2]))),
                 dmy(l["requested_date"], "/")] for l in po["lines"]]
    else:
        head = ["Line", "Item", "Description", "Qty", "UoM", f"Unit price {cur}", "Need-by date"]
        rows = [[str(l["line"]), l["item"], l["description"], fmt_int(l["quantity"], ","), l["uom"],
                 fmt_dec(l["unit_price"], ".", ",", max(2, len(l["unit_price"].partition(".")[2]))),
                 l["requested_date"]] for l in po["lines"]]
    return head, rows


def text_table(head, rows, right=(3, 5)):
    widths = [max(len(r[i]) for r in [head] + rows) for i in range(len(head))]
    out = []
    for r in [head] + rows:
        cells = [c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(r)]
        out.append("  ".join(cells).rstrip())
    return "\n".join(out)


def html_table(head, rows, style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:10pt"):
    cell = "border:1px solid #999;padding:2px 6px"
    h = "".join(f'<th style="{cell};background:#e8eef4">{esc(c)}</th>' for c in head)
    body = "".join("<tr>" + "".join(f'<td style="{cell}">{esc(c)}</td>' for c in r) + "</tr>" for r in rows)
    return f'<table style="{style}"><tr>{h}</tr>{body}</table>'


REQ_INTRO = {
    "en": ("Dear {sup} team,",
           "Please find below our purchase order {po} dated {issued}. Kindly confirm quantities, prices and "
           "delivery dates by return e-mail.",
           "Delivery address: {addr}", "Best regards,"),
    "de": ("Sehr geehrte Damen und Herren,",
           "anbei unsere Bestellung {po} vom {issued}. Bitte bestätigen Sie Mengen, Preise und Liefertermine "
           "per Antwort auf diese E-Mail.",
           "Lieferanschrift: {addr}", "Mit freundlichen Grüßen"),
    "fr": ("Madame, Monsieur,",
           "Veuillez trouver ci-dessous notre commande {po} du {issued}. Merci de nous confirmer quantités, prix "
           "et délais de livraison par retour de mail.",
           "Adresse de livraison : {addr}", "Cordialement,"),
}


def req_text(po, lang="en", extra=""):
    b = BUYERS[po["buyer_key"]] if "buyer_key" in po else _buyer_of(po)
    greet, intro, deliv, close = REQ_INTRO[lang]
    issued = po["issued"] if lang == "en" else dmy(po["issued"])
    head, rows = _table_rows(po, lang)
    parts = [greet.format(sup=po["supplier"]["name"]), "",
             intro.format(po=po["po_number"], issued=issued), "",
             text_table(head, rows), ""]
    if extra:
        parts += [extra, ""]
    parts += [deliv.format(addr=b.address), "", close, b.name, f"Purchasing | {b.company}", f"Tel. {b.phone}"]
    return "\n".join(parts)


def req_html(po, lang="en", extra=""):
    b = _buyer_of(po)
    greet, intro, deliv, close = REQ_INTRO[lang]
    issued = po["issued"] if lang == "en" else dmy(po["issued"])
    head, rows = _table_rows(po, lang)
    ps = [f"<p>{esc(greet.format(sup=po['supplier']['name']))}</p>",
          f"<p>{esc(intro.format(po=po['po_number'], issued=issued))}</p>", html_table(head, rows)]
    if extra:
        ps.append(f"<p>{esc(extra)}</p>")
    ps += [f"<p>{esc(deliv.format(addr=b.address))}</p>",
           f"<p>{esc(close)}<br>{esc(b.name)}<br>Purchasing | {esc(b.company)}<br>Tel. {esc(b.phone)}</p>"]
    return "\n".join(ps)


def _buyer_of(po):
    for b in BUYERS.values():
        if b.email == po["buyer"]["email"]:
            return b
    raise KeyError(po["buyer"]["email"])


def buyer(po):
    return _buyer_of(po)


def quote(text, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


def text_to_html(text):
    """Plain paragraphs (blank-line separated) to simple HTML."""
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>" + "<br>\n".join(esc(x) for x in p.split("\n")) + "</p>" for p in paras)


# Outlook "original message" header blocks
OUTLOOK_HDR = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Cc\u00a0", "Objet\u00a0"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "pt": ("De", "Enviada em", "Para", "Cc", "Assunto"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne"),
    "nb": ("Fra", "Sendt", "Til", "Kopi", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Cc", "Subiect"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Копія", "Тема"),
    "bg": ("От", "Изпратено", "До", "Як", "Тема"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "zt": ("寄件者", "寄件日期", "收件者", "副本", "主旨"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목"),
    "he": ("מאת", "נשלח", "אל", "עותק", "נושא"),
    "ar": ("من", "تاريخ الإرسال", "إلى", "نسخة", "الموضوع"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Kopija", "Tema"),
    "lv": ("No", "Nosūtīts", "Kam", "Kopija", "Tēma"),
    "et": ("Saatja", "Saadetud", "Adressaat", "Koopia", "Teema"),
    "hr": ("Šalje", "Poslano", "Prima", "Kopija", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Kp", "Zadeva"),
    "sr": ("Od", "Poslato", "Za", "Cc", "Tema"),
    "sk": ("Od", "Odoslané", "Komu", "Kópia", "Predmet"),
    "is": ("Frá", "Sent", "Til", "Afrit", "Efni"),
    "ca": ("De", "Enviat el", "Per a", "A/c", "Assumpte"),
    "vi": ("Từ", "Đã gửi", "Đến", "Cc", "Chủ đề"),
    "th": ("จาก", "ส่ง", "ถึง", "สำเนาถึง", "เรื่อง"),
    "id": ("Dari", "Dikirim", "Kepada", "Cc", "Subjek"),
    "ms": ("Daripada", "Dihantar", "Kepada", "Sk", "Subjek"),
    "hi": ("प्रेषक", "भेजा गया", "प्रति", "प्रतिलिपि", "विषय"),
}


def outlook_block(lang, from_, sent, to, subject, cc=None):
    f, s, t, c, sub = OUTLOOK_HDR[lang]
    rows = [f"{f}: {from_}", f"{s}: {sent}", f"{t}: {to}"]
    if cc:
        rows.append(f"{c}: {cc}")
    rows.append(f"{sub}: {subject}")
    return "\n".join(rows)


def outlook_block_html(lang, from_, sent, to, subject, cc=None):
    f, s, t, c, sub = OUTLOOK_HDR[lang]
    rows = [(f, from_), (s, sent), (t, to)] + ([(c, cc)] if cc else []) + [(sub, subject)]
    inner = "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in rows)
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal">{inner}</p></div>')


def outlook_html(body_html, quote_hdr_html, quoted_html, lang="en", charset="utf-8"):
    return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            f'<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}} --></style>'
            f'</head><body lang="{lang}" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n'
            f'{body_html}\n<p class="MsoNormal">&nbsp;</p>\n{quote_hdr_html}\n{quoted_html}\n</div></body></html>')


def gmail_html(body_html, attr_line, quoted_html):
    return (f'<div dir="ltr">{body_html}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'{esc(attr_line)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted_html}</blockquote></div>\n')


def received(by, frm, ip, when, id_):
    return ("Received", f"from {frm} ({frm} [{ip}])\n\tby {by} with ESMTPS id {id_};\n\t{when}")


# ------------------------------------------------------------------ deterministic ids

import base64 as _b64
import hashlib as _hashlib


def hx(seed: str, n: int = 16, upper: bool = True) -> str:
    h = _hashlib.sha256(seed.encode()).hexdigest()
    while len(h) < n:
        h += _hashlib.sha256(h.encode()).hexdigest()
    h = h[:n]
    return h.upper() if upper else h


def mid_outlook(seed: str, region="EURPRD04") -> str:
    srv = "AM" + str(int(hx(seed + "s", 6), 16) % 9 + 1) + "PR0" + str(int(hx(seed + "r", 2), 16) % 9 + 1) \
        + "MB" + str(int(hx(seed + "n", 6), 16) % 9000 + 1000)
    return f"<{srv}{hx(seed, 32)}@{srv}.{region}.PROD.OUTLOOK.COM>"


def mid_gmail(seed: str) -> str:
    raw = _hashlib.sha256(seed.encode()).digest() + _hashlib.sha256((seed + "2").encode()).digest()
    s = _b64.b64encode(raw).decode().replace("/", "_").replace("=", "")[:56]
    return f"<CA{s}@mail.gmail.com>"


def mid_apple(seed: str, domain: str) -> str:
    h = hx(seed, 32)
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def mid_tb(seed: str, domain: str) -> str:
    h = hx(seed, 32, upper=False)
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def thread_index(seed: str) -> str:
    return _b64.b64encode(_hashlib.sha256(seed.encode()).digest()[:22]).decode()


def enc_subject(subject, cs="utf-8", enc="B"):
    import re as _re
    if all(32 <= ord(c) < 127 for c in subject):
        return subject
    m = _re.match(r"^((?:[A-Za-z]{1,4}|Odp|Vá|回复|答复|回覆|답장|転送):\s*)*", subject)
    pre = m.group(0) if m else ""
    if not all(ord(c) < 127 for c in pre):
        pre = ""
    return mime.subj(pre, subject[len(pre):], cs, enc)


def reply_headers(frm, to, subject, date, msgid, po=None, cc=None, extra=(), pre=(), refs=None,
                  in_reply_to=None, cs="utf-8", enc="B"):
    """Standard header list; In-Reply-To/References point at the PO's request unless given."""
    subject = enc_subject(subject, cs, enc)
    extra = [(k, enc_subject(v, cs, enc) if k == "Thread-Topic" else v) for k, v in extra]
    h = list(pre)
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", date), ("Message-ID", msgid)]
    irt = in_reply_to or (po.get("request_message_id") if po else None)
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs or irt))
    h += list(extra)
    return h


def rcvd(by_host, from_host, ip, date_str, seed):
    return ("Received", f"from {from_host} ({from_host} [{ip}])\n\tby {by_host} with ESMTPS id "
                        f"{hx(seed, 12, False)};\n\t{date_str}")


def who(po):
    """(supplier name, supplier email) of a PO."""
    return po["supplier"]["name"], po["supplier"]["email"]


def buyer_addr(po, charset="utf-8"):
    b = _buyer_of(po)
    return mime.addr(b.name, b.email, charset)


# ------------------------------------------------------------------ reply layouts

def mso(text):
    """Plain paragraphs to Outlook MsoNormal paragraphs."""
    out = []
    for ln in text.strip("\n").split("\n"):
        out.append(f'<p class="MsoNormal">{esc(ln) if ln else "&nbsp;"}</p>')
    return "\n".join(out)


def outlook_reply(reply_text, po, hdr_lang, sent, req_lang="en", charset="utf-8", req_extra="",
                  reply_html=None, subject=None, to_disp=None):
    """(text, html) of an Outlook reply with our request quoted below a From/Sent/To/Subject block."""
    b = buyer(po)
    sname, semail = who(po)
    subj_q = subject or req_subject(po, req_lang)
    to_q = to_disp or semail
    blk = outlook_block(hdr_lang, f"{b.name} <{b.email}>", sent, to_q, subj_q)
    text = (reply_text.rstrip("\n") + "\n\n" + "_" * 32 + "\n" + blk + "\n\n" + req_text(po, req_lang, req_extra))
    html = outlook_html(reply_html or mso(reply_text),
                        outlook_block_html(hdr_lang, f"{b.name} <{b.email}>", sent, to_q, subj_q),
                        req_html(po, req_lang, req_extra), charset=charset)
    return text, html


def gmail_reply(reply_text, po, attr, req_lang="en", req_extra="", reply_html=None):
    text = reply_text.rstrip("\n") + "\n\n" + attr + "\n\n" + quote(req_text(po, req_lang, req_extra)) + "\n"
    html = gmail_html(reply_html or text_to_html(reply_text).replace("<p>", "<div>").replace("</p>", "</div><br>"),
                      attr, req_html(po, req_lang, req_extra))
    return text, html


def gt_reply(reply_text, po, attr, req_lang="en", req_extra=""):
    """Apple Mail / Thunderbird style plain text: attribution line then '> ' quoted request."""
    return reply_text.rstrip("\n") + "\n\n" + attr + "\n" + quote(req_text(po, req_lang, req_extra)) + "\n"


def ob(seed: str, n: int = 0, region: str = "EURPRD04") -> str:
    """Outlook/Exchange style boundary derived from the message's Message-ID."""
    mid = mid_outlook(seed, region)[1:-1]
    local, _, host = mid.partition("@")
    srv = host.split(".")[0]
    return f"_{n:03d}_{local}{srv}{region[:4].lower()}_"


def ol(seed, lang, topic, attach=False):
    """Header set an Outlook / Exchange client adds."""
    return [("Thread-Topic", topic), ("Thread-Index", thread_index(seed)), ("Accept-Language", f"{lang}, en-US"),
            ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if attach else ""),
            ("X-MS-TNEF-Correlator", ""), ("X-Mailer", "Microsoft Outlook 16.0")]
