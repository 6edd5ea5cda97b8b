"""Case model, date helpers, label helpers and mail-client quoting styles."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

from . import mime
from .mime import Binary, Multi, Raw, Text, esc

D = dt.date
WDN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ---------------------------------------------------------------- dates

def iso(d: dt.date) -> str:
    return d.isoformat()


def kw(year: int, week: int, day: int = 5) -> dt.date:
    """ISO week -> date (default Friday, FORMAT.md rule)."""
    return dt.date.fromisocalendar(year, week, day)


def next_md(month: int, day: int, ref: dt.date) -> dt.date:
    """A date without a year: next such date on or after ref."""
    c = dt.date(ref.year, month, day)
    return c if c >= ref else dt.date(ref.year + 1, month, day)


def wd(d: dt.date | str, name: str) -> dt.date:
    if isinstance(d, str):
        d = dt.date.fromisoformat(d)
    assert WDN[d.weekday()] == name, "%s is a %s, not %s" % (d, WDN[d.weekday()], name)
    return d


def next_weekday(ref: dt.date, name: str, strictly_after=True) -> dt.date:
    i = WDN.index(name)
    n = (i - ref.weekday()) % 7
    if n == 0 and strictly_after:
        n = 7
    return ref + dt.timedelta(days=n)


class When:
    """A mail timestamp."""

    def __init__(self, y, mo, d, h, mi, s=0, tz="+0100"):
        self.dt = dt.datetime(y, mo, d, h, mi, s)
        self.tz = tz
        assert dt.date(2026, 11, 1) <= self.dt.date() <= dt.date(2026, 11, 30), self.dt

    @property
    def date(self) -> dt.date:
        return self.dt.date()

    @property
    def rfc(self) -> str:
        return "%s, %d %s %04d %02d:%02d:%02d %s" % (
            WDN[self.dt.weekday()], self.dt.day,
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][self.dt.month - 1],
            self.dt.year, self.dt.hour, self.dt.minute, self.dt.second, self.tz)

    def plus(self, **kw) -> "When":
        n = self.dt + dt.timedelta(**kw)
        return When(n.year, n.month, n.day, n.hour, n.minute, n.second, self.tz)


# ---------------------------------------------------------------- parties

BUYERS = {
    "KIG": {"org": "Kestrel Industrial Group", "domain": "kestrel-group.example",
            "addr": "Kestrel Industrial Group, Goods-in Gate 3, Hafenstrasse 41, 28217 Bremen, Germany"},
    "AH": {"org": "Alderbank Hotels", "domain": "alderbank-hotels.example",
           "addr": "Alderbank Hotels, Central Stores, 18 Quay Road, Dublin D02 XK71, Ireland"},
    "MC": {"org": "Meridian Care Clinics", "domain": "meridian-care.example",
           "addr": "Meridian Care Clinics, Logistics Centre, Keizersgracht 220, 1016 DZ Amsterdam, Netherlands"},
    "LV": {"org": "Lumen & Vale Cosmetics", "domain": "lumenvale.example",
           "addr": "Lumen & Vale Cosmetics, Filling Plant, 12 Rue des Tanneurs, 69007 Lyon, France"},
    "NW": {"org": "Northweave Textiles Ltd", "domain": "northweave.example",
           "addr": "Northweave Textiles Ltd, Spinning Mill Goods-in, Canal Road, Bradford BD2 1AR, United Kingdom"},
    "KUS": {"org": "Kestrel Industrial Group - Monterrey Plant", "domain": "kestrel-group.example",
            "addr": "Kestrel Industrial Group, Planta Monterrey, Av. Industrial 1450, Apodaca, N.L. 66600, Mexico"},
    "KAE": {"org": "Kestrel Industrial Group - Jebel Ali Service Centre", "domain": "kestrel-group.example",
            "addr": "Kestrel Industrial Group, Plot S30402, Jebel Ali Free Zone, Dubai, United Arab Emirates"},
    "TS": {"org": "Terrace Stone Builders", "domain": "terrace-build.example",
           "addr": "Terrace Stone Builders, Yard 2, Unit 9 Westway Park, Leeds LS12 6QA, United Kingdom"},
}


def buyer(org: str, name: str, local: str) -> dict:
    return {"name": name, "email": "%s@%s" % (local, BUYERS[org]["domain"]), "org": org}


def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def L(n, item, desc, qty, uom, price, date):
    assert isinstance(qty, int) and qty > 0
    Decimal(price)
    dt.date.fromisoformat(date)
    return {"line": n, "item": item, "description": desc, "quantity": qty, "uom": uom,
            "unit_price": price, "requested_date": date}


def PO(number, sup, byr, currency, issued, lines, req=True, req_tag="1"):
    po = {"po_number": number,
          "supplier": sup,
          "buyer": {"name": byr["name"], "email": byr["email"]},
          "currency": currency, "issued": issued}
    if req:
        safe = "".join(c if c.isalnum() else "-" for c in number)
        po["request_message_id"] = "<ackreq.%s.%s@%s>" % (safe, req_tag, BUYERS[byr["org"]]["domain"])
    po["lines"] = lines
    po["_org"] = byr["org"]
    return po


def public_po(po):
    return {k: v for k, v in po.items() if not k.startswith("_")}


def line(po, n):
    for ln in po["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


# ---------------------------------------------------------------- labels

ACC, REJ, UNC = "acc", "rej", "unc"


def chg(q, p, d, sched=None):
    if isinstance(d, dt.date):
        d = d.isoformat()
    out = {"status": "changed", "quantity": q, "unit_price": str(p), "date": d}
    if sched:
        out["schedule"] = [{"quantity": a, "date": b.isoformat() if isinstance(b, dt.date) else b} for a, b in sched]
        assert sum(a for a, _ in sched) == q, "schedule does not add up"
        assert max(s["date"] for s in out["schedule"]) == d, "schedule end != date"
    return out


def conf(po, labels: dict):
    lines = {}
    assert set(labels) == {ln["line"] for ln in po["lines"]}, (po["po_number"], sorted(labels))
    for n in sorted(labels):
        lab = labels[n]
        ln = line(po, n)
        if lab == ACC:
            lines[str(n)] = {"status": "accepted", "quantity": ln["quantity"],
                             "unit_price": ln["unit_price"], "date": ln["requested_date"]}
        elif lab == REJ:
            lines[str(n)] = {"status": "rejected"}
        elif lab == UNC:
            lines[str(n)] = {"status": "unconfirmed"}
        else:
            same = (lab["quantity"] == ln["quantity"] and Decimal(lab["unit_price"]) == Decimal(ln["unit_price"])
                    and lab["date"] == ln["requested_date"])
            assert not same or "schedule" in lab, "changed label equals PO: %s line %s" % (po["po_number"], n)
            lines[str(n)] = lab
    return {"po_number": po["po_number"], "lines": lines}


# ---------------------------------------------------------------- request (our own mail)

def fmt_price(p: str) -> str:
    return p


def request_subject(po) -> str:
    return "Purchase order %s - please confirm" % po["po_number"]


TERMS = "as per our general purchasing conditions; please quote our PO number on all documents."


def request_text(po, signer=None, terms=TERMS) -> str:
    org = BUYERS[po["_org"]]
    rows = [("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Requested")]
    for ln in po["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     "%s %s" % (ln["unit_price"], po["currency"]), ln["requested_date"]))
    widths = [max(len(r[i]) for r in rows) for i in range(7)]
    tab = []
    for r in rows:
        tab.append("  ".join(c.ljust(widths[i]) if i not in (3, 5) else c.rjust(widths[i])
                             for i, c in enumerate(r)).rstrip())
    name = signer or po["buyer"]["name"]
    return ("Hello,\n\n"
            "please find below our purchase order %s dated %s.\n"
            "Kindly confirm quantities, prices and delivery dates by return.\n\n"
            "%s\n\n"
            "Delivery address: %s\n"
            "Terms: %s\n\n"
            "Best regards\n%s\nPurchasing | %s\n" % (po["po_number"], po["issued"], "\n".join(tab), org["addr"], terms, name, org["org"]))


def request_html(po, terms=TERMS) -> str:
    org = BUYERS[po["_org"]]
    cells = "".join("<th style=\"text-align:left;padding:2px 6px\">%s</th>" % h for h in
                    ("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Requested"))
    rows = ["<tr>%s</tr>" % cells]
    for ln in po["lines"]:
        rows.append("<tr>%s</tr>" % "".join("<td style=\"padding:2px 6px\">%s</td>" % esc(c) for c in (
            str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
            "%s %s" % (ln["unit_price"], po["currency"]), ln["requested_date"])))
    return ("<p>Hello,</p><p>please find below our purchase order %s dated %s.<br>"
            "Kindly confirm quantities, prices and delivery dates by return.</p>"
            "<table border=\"1\" cellspacing=\"0\" style=\"border-collapse:collapse;font-size:10pt\">%s</table>"
            "<p>Delivery address: %s<br>Terms: %s</p>"
            "<p>Best regards<br>%s<br>Purchasing | %s</p>" % (
                esc(po["po_number"]), po["issued"], "".join(rows), esc(org["addr"]), esc(terms), esc(po["buyer"]["name"]), esc(org["org"])))


# ---------------------------------------------------------------- quoting styles

OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "pt": ("De", "Enviado", "Para", "Cc", "Assunto"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Kópia", "Predmet"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Cc", "Subiect"),
    "hr": ("Šalje", "Poslano", "Prima", "Kopija", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Kp", "Zadeva"),
    "bg": ("От", "Изпратено", "До", "Як", "Тема"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu"),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "nb": ("Fra", "Sendt", "Til", "Kopi", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe"),
    "et": ("Saatja", "Saadetud", "Adressaat", "Koopia", "Teema"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Kopija", "Tema"),
    "lv": ("No", "Nosūtīts", "Kam", "Kopija", "Tēma"),
    "uk": ("Від", "Надіслано", "Кому", "Копія", "Тема"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "zt": ("寄件者", "寄件日期", "收件者", "副本", "主旨"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목"),
    "he": ("מאת", "נשלח", "אל", "עותק", "נושא"),
    "ar": ("من", "تاريخ الإرسال", "إلى", "نسخة", "الموضوع"),
    "vi": ("Từ", "Đã gửi", "Đến", "Cc", "Chủ đề"),
    "th": ("จาก", "ส่ง", "ถึง", "สำเนา", "ชื่อเรื่อง"),
    "id": ("Dari", "Dikirim", "Kepada", "Cc", "Subjek"),
    "ms": ("Daripada", "Dihantar", "Kepada", "Sk", "Subjek"),
}


def outlook_sent(lang: str, d: dt.datetime) -> str:
    en_days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    en_mon = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    if lang == "en":
        h = d.hour % 12 or 12
        return "%s, %s %d, %d %d:%02d %s" % (en_days[d.weekday()], en_mon[d.month - 1], d.day, d.year, h,
                                            d.minute, "AM" if d.hour < 12 else "PM")
    if lang == "en-GB":
        return "%s, %d %s %d %02d:%02d" % (en_days[d.weekday()], d.day, en_mon[d.month - 1], d.year, d.hour, d.minute)
    if lang == "de":
        days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
        mon = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
               "November", "Dezember"]
        return "%s, %d. %s %d %02d:%02d" % (days[d.weekday()], d.day, mon[d.month - 1], d.year, d.hour, d.minute)
    if lang == "fr":
        days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        mon = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
               "novembre", "décembre"]
        return "%s %d %s %d %02d:%02d" % (days[d.weekday()], d.day, mon[d.month - 1], d.year, d.hour, d.minute)
    if lang in ("ja", "zh", "zt"):
        return "%d年%d月%d日 %d:%02d" % (d.year, d.month, d.day, d.hour, d.minute)
    if lang == "ko":
        return "%d년 %d월 %d일 %d:%02d" % (d.year, d.month, d.day, d.hour, d.minute)
    if lang in ("hu", "lt", "sv", "lv"):
        return "%d. %02d. %02d. %02d:%02d" % (d.year, d.month, d.day, d.hour, d.minute) if lang == "hu" else \
            "%04d-%02d-%02d %02d:%02d" % (d.year, d.month, d.day, d.hour, d.minute)
    return "%d.%d.%d %d:%02d" % (d.day, d.month, d.year, d.hour, d.minute) if lang in (
        "cs", "sk", "sl", "hr", "pl", "et", "fi", "nb", "da", "uk", "bg", "ro", "tr") else \
        "%02d/%02d/%d %02d:%02d" % (d.day, d.month, d.year, d.hour, d.minute)


def outlook_quote_text(lang, frm, sent, to, subj, body, cc=None) -> str:
    lab = OUTLOOK_LABELS[lang]
    colon = " :" if lang == "fr" else ":"
    out = ["%s%s %s" % (lab[0], colon, frm), "%s%s %s" % (lab[1], colon, sent), "%s%s %s" % (lab[2], colon, to)]
    if cc:
        out.append("%s%s %s" % (lab[3], colon, cc))
    out.append("%s%s %s" % (lab[4], colon, subj))
    return "\n".join(out) + "\n\n" + body


def outlook_quote_html(lang, frm, sent, to, subj, body_html, cc=None) -> str:
    lab = OUTLOOK_LABELS[lang]
    colon = " :" if lang == "fr" else ":"
    rows = ["<b>%s%s</b> %s" % (lab[0], colon, esc(frm)), "<b>%s%s</b> %s" % (lab[1], colon, esc(sent)),
            "<b>%s%s</b> %s" % (lab[2], colon, esc(to))]
    if cc:
        rows.append("<b>%s%s</b> %s" % (lab[3], colon, esc(cc)))
    rows.append("<b>%s%s</b> %s" % (lab[4], colon, esc(subj)))
    return ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
            "<p class=\"MsoNormal\">%s<o:p></o:p></p></div>\n<div>%s</div>" % ("<br>\n".join(rows), body_html))


def outlook_doc(inner: str, lang_tag: str = "EN-GB", rtl: bool = False) -> str:
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
            "span.EmailStyle19\n\t{mso-style-type:personal-reply;font-family:\"Calibri\",sans-serif;color:windowtext;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
            "<body lang=\"%s\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\"%s>\n"
            "<div class=\"WordSection1\">\n%s\n</div>\n</body>\n</html>\n" % (lang_tag, " dir=\"rtl\"" if rtl else "", inner))


def paras_html(text: str, cls="MsoNormal") -> str:
    out = []
    for block in text.split("\n"):
        out.append("<p class=\"%s\">%s<o:p></o:p></p>" % (cls, esc(block) if block.strip() else "&nbsp;"))
    return "\n".join(out)


def gmail_quote_html(attrib: str, inner_html: str) -> str:
    return ("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
            "%s</blockquote></div>" % (esc(attrib), inner_html))


def simple_html(text: str) -> str:
    return "<div dir=\"ltr\">%s</div>" % "".join(
        "<div>%s</div>" % (esc(ln) if ln.strip() else "<br>") for ln in text.split("\n"))


def quote_block(text: str) -> str:
    return mime.quote_gt(text)


# ---------------------------------------------------------------- compose a message

def compose(*, frm, to, subject, when: When, msg_id, text=None, html=None, attachments=(), cc=None,
            irt=None, refs=None, charset="utf-8", cte="quoted-printable", html_charset=None, html_cte=None,
            extra=(), seed="", bstyle="outlook", hcharset="utf-8", hmode="B", flowed=False, reply_to=None,
            related=(), received=True, to_raw=None, subj_raw=None, delsp=False):
    """frm/to/cc: (name, email) pairs; returns message bytes."""
    parts_alt = []
    if text is not None:
        parts_alt.append(Text(text, "plain", charset, cte, flowed=flowed, delsp=delsp))
    if html is not None:
        parts_alt.append(Text(html, "html", html_charset or charset, html_cte or cte))
    if len(parts_alt) == 2:
        body = Multi("alternative", parts_alt, mime.boundary(bstyle, seed + "alt"))
    else:
        body = parts_alt[0]
    if related:
        body = Multi("related", [body] + list(related), mime.boundary(bstyle, seed + "rel"), params='type="multipart/alternative"'
                     if len(parts_alt) == 2 else 'type="text/html"')
    if attachments:
        body = Multi("mixed", [body] + list(attachments), mime.boundary(bstyle, seed + "mix"))
    dom = frm[1].split("@")[1]
    head = []
    if received:
        head.append(("Return-Path", "<%s>" % frm[1]))
        head.append(("Received", "from mail.%s (mail.%s [192.0.2.%d])\n\tby mx1.inbound.example with ESMTPS id %s\n\tfor <%s>; %s"
                     % (dom, dom, 10 + int(mime.stable_hex(seed, n=2), 16) % 200, mime.stable_hex("rcv", seed, n=12).upper(),
                        (to[0][1] if to else "undisclosed"), when.rfc)))
    head.append(("From", mime.addr(frm[0], frm[1], hcharset, hmode)))
    if to_raw is not None:
        head.append(("To", to_raw))
    elif to:
        head.append(("To", mime.addrs(to, hcharset, hmode)))
    if cc:
        head.append(("Cc", mime.addrs(cc, hcharset, hmode)))
    if reply_to:
        head.append(("Reply-To", mime.addr(reply_to[0], reply_to[1], hcharset, hmode)))
    head.append(("Subject", subj_raw if subj_raw is not None else mime.subject(subject, hcharset, hmode)))
    head.append(("Date", when.rfc))
    head.append(("Message-ID", msg_id))
    if irt:
        head.append(("In-Reply-To", irt))
    if refs:
        head.append(("References", "\n ".join(refs) if isinstance(refs, (list, tuple)) else refs))
    for k, v in extra:
        head.append((k, v))
    return mime.message(head, body)


# ---------------------------------------------------------------- writing cases

def write_case(root: Path, num: int, slug: str, pos, eml: bytes, expected: dict):
    folder = root / ("%03d-%s" % (num, slug))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pos.json").write_text(json.dumps([public_po(p) for p in pos], indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    (folder / "message.eml").write_bytes(eml)
    (folder / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return folder.name
