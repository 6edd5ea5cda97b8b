"""Case data helpers: buyer side, POs, labels, dates, quoting, writing."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

BUYER_CO = "Norrvik Group AB"
BUYER_DOMAIN = "norrvik-group.example"
BUYER_ADDR = "Central warehouse, Hamnvägen 12, SE-432 32 Varberg, Sweden"

BUYERS = {
    "marta": ("Marta Lindqvist", "marta.lindqvist@norrvik-group.example"),
    "jonas": ("Jonas Brandt", "jonas.brandt@norrvik-group.example"),
    "priya": ("Priya Raman", "priya.raman@norrvik-group.example"),
    "liam": ("Liam O'Connor", "liam.oconnor@norrvik-group.example"),
    "eva": ("Eva Sjöberg", "eva.sjoberg@norrvik-group.example"),
    "karim": ("Karim Haddad", "karim.haddad@norrvik-group.example"),
    "sofia": ("Sofia Marchetti", "sofia.marchetti@norrvik-group.example"),
}
PURCHASING = ("Norrvik Purchasing", "purchasing@norrvik-group.example")

WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------

def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def week_day(year: int, week: int, weekday: int = 5) -> dt.date:
    """ISO week day (1 = Monday ... 5 = Friday)."""
    return dt.date.fromisocalendar(year, week, weekday)


def next_on_or_after(ref: dt.date, month: int, day: int) -> dt.date:
    d = dt.date(ref.year, month, day)
    if d < ref:
        d = dt.date(ref.year + 1, month, day)
    return d


def is_weekday(d: dt.date, name: str) -> bool:
    return WD_EN[d.weekday()] == name


def assert_wd(iso: str, name: str):
    d = D(iso)
    assert is_weekday(d, name), f"{iso} is a {WD_EN[d.weekday()]}, not {name}"
    return iso


class MailDate:
    """'2026-11-10 09:14:03 +0100' -> RFC 5322 string and local date."""

    def __init__(self, spec: str):
        date_s, time_s, tz = spec.split()
        self.date = D(date_s)
        h, m, s = (int(x) for x in time_s.split(":"))
        sign = 1 if tz[0] == "+" else -1
        off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
        self.dt = dt.datetime(self.date.year, self.date.month, self.date.day, h, m, s,
                              tzinfo=dt.timezone(off))
        self.tz = tz
        self.rfc = self.dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz
        self.rfc = (["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][self.date.weekday()]
                    + self.dt.strftime(", %d %b %Y %H:%M:%S ") + tz)
        assert self.dt.strftime("%b") in ("Oct", "Nov", "Dec")

    def __str__(self):
        return self.rfc


# --------------------------------------------------------------------------
# POs and labels
# --------------------------------------------------------------------------

def supplier(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(num, sup, buyer_key, currency, issued, lines, request=True, req_tag="1"):
    bname, bmail = BUYERS[buyer_key]
    p = {"po_number": num, "supplier": sup, "buyer": {"name": bname, "email": bmail},
         "currency": currency, "issued": issued}
    if request:
        p["request_message_id"] = f"<po-{num}.{req_tag}@{BUYER_DOMAIN}>"
    p["lines"] = []
    for i, ln in enumerate(lines, 1):
        if len(ln) == 6:
            item, desc, qty, uom, price, date = ln
            no = i
        else:
            no, item, desc, qty, uom, price, date = ln
        assert isinstance(qty, int) and qty > 0
        Decimal(price)
        D(date)
        p["lines"].append({"line": no, "item": item, "description": desc, "quantity": qty,
                           "uom": uom, "unit_price": price, "requested_date": date})
    return p


def L(p, n):
    for ln in p["lines"]:
        if ln["line"] == n:
            return ln
    raise KeyError(n)


def acc(p, n):
    ln = L(p, n)
    return {"status": "accepted", "quantity": ln["quantity"], "unit_price": ln["unit_price"],
            "date": ln["requested_date"]}


def chg(p, n, q=None, price=None, date=None, schedule=None):
    ln = L(p, n)
    if schedule:
        if date is None:
            date = max(b for _, b in schedule)
        if q is None:
            q = sum(a for a, _ in schedule)
    lab = {"status": "changed",
           "quantity": ln["quantity"] if q is None else q,
           "unit_price": ln["unit_price"] if price is None else price,
           "date": ln["requested_date"] if date is None else date}
    if schedule:
        lab["schedule"] = [{"quantity": a, "date": b} for a, b in schedule]
        assert sum(a for a, _ in schedule) == lab["quantity"], (n, schedule)
        assert max(b for _, b in schedule) == lab["date"], (n, schedule)
    assert Decimal(lab["unit_price"]) >= 0
    D(lab["date"])
    same = (lab["quantity"] == ln["quantity"] and Decimal(lab["unit_price"]) == Decimal(ln["unit_price"])
            and lab["date"] == ln["requested_date"])
    assert not same or schedule, f"line {n} labelled changed but equals PO"
    return lab


def rej():
    return {"status": "rejected"}


def unc():
    return {"status": "unconfirmed"}


def all_acc(p):
    return {str(ln["line"]): acc(p, ln["line"]) for ln in p["lines"]}


def conf(p, labels: dict):
    labels = {str(k): v for k, v in labels.items()}
    for ln in p["lines"]:
        assert str(ln["line"]) in labels, (p["po_number"], ln["line"])
    return {"po_number": p["po_number"], "lines": labels}


def expected(kind, notes, confirmations=None):
    e = {"kind": kind}
    if kind == "confirmation":
        assert confirmations
        e["confirmations"] = confirmations
    else:
        assert confirmations is None
    e["notes"] = notes
    return e


def q2(x) -> str:
    """Decimal string with at least two decimals, exact (no rounding)."""
    d = Decimal(x)
    s = format(d.normalize(), "f")
    if "." not in s:
        s += ".00"
    elif len(s.split(".")[1]) == 1:
        s += "0"
    return s


# --------------------------------------------------------------------------
# the buyer's request mail, as quoted by suppliers
# --------------------------------------------------------------------------

def request_subject(p):
    return f"Purchase order {p['po_number']} - please confirm"


def request_lines_text(p, date_fmt=lambda s: s):
    rows = [("Line", "Item", "Description", "Qty", "UoM", f"Price {p['currency']}", "Need-by")]
    for ln in p["lines"]:
        rows.append((str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     ln["unit_price"], date_fmt(ln["requested_date"])))
    w = [max(len(r[i]) for r in rows) for i in range(7)]
    out = []
    for r in rows:
        out.append("  ".join(c.ljust(w[i]) if i not in (3, 5) else c.rjust(w[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


def request_text(p, greeting="Dear Sir or Madam,", extra=""):
    bname = p["buyer"]["name"]
    t = (f"{greeting}\n\n"
         f"Please find attached our purchase order {p['po_number']} of {p['issued']}.\n"
         f"Kindly confirm quantities, unit prices and delivery dates by return.\n\n"
         f"{request_lines_text(p)}\n\n"
         f"Delivery address: {BUYER_CO}, {BUYER_ADDR}\n"
         f"Delivery terms and payment as per framework agreement.\n")
    if extra:
        t += extra + "\n"
    t += (f"\nBest regards\n{bname}\nPurchasing | {BUYER_CO}\n"
          f"Phone +46 340 67 12 00\n")
    return t


def request_html(p, greeting="Dear Sir or Madam,"):
    bname = p["buyer"]["name"]
    rows = "".join(
        f"<tr><td>{ln['line']}</td><td>{esc(ln['item'])}</td><td>{esc(ln['description'])}</td>"
        f"<td align=\"right\">{ln['quantity']}</td><td>{ln['uom']}</td><td align=\"right\">{ln['unit_price']}</td>"
        f"<td>{ln['requested_date']}</td></tr>"
        for ln in p["lines"])
    return (f"<p>{esc(greeting)}</p><p>Please find attached our purchase order {p['po_number']} of {p['issued']}.<br>"
            "Kindly confirm quantities, unit prices and delivery dates by return.</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>Line</th><th>Item</th><th>Description</th>"
            f"<th>Qty</th><th>UoM</th><th>Price {p['currency']}</th><th>Need-by</th></tr>{rows}</table>"
            f"<p>Delivery address: {esc(BUYER_CO)}, {esc(BUYER_ADDR)}<br>Delivery terms and payment as per framework agreement.</p>"
            f"<p>Best regards<br>{esc(bname)}<br>Purchasing | {esc(BUYER_CO)}<br>Phone +46 340 67 12 00</p>")


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text2html(s: str) -> str:
    return "<br>\n".join(esc(x) for x in s.split("\n"))


def gt(text: str, prefix="> ") -> str:
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(out) + "\n"


OUTLOOK_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "pt": ("De", "Enviado", "Para", "Cc", "Assunto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Kópia", "Predmet"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Cc", "Subiect"),
    "hr": ("Šalje", "Poslano", "Prima", "Cc", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Kp", "Zadeva"),
    "bg": ("От", "Изпратено", "До", "Як", "Относно"),
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
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "tw": ("寄件者", "寄件日期", "收件者", "副本", "主旨"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목"),
    "vi": ("Từ", "Đã gửi", "Đến", "Cc", "Chủ đề"),
    "th": ("จาก", "ส่ง", "ถึง", "สำเนา", "เรื่อง"),
    "id": ("Dari", "Dikirim", "Kepada", "Cc", "Subjek"),
    "he": ("מאת", "נשלח", "אל", "עותק", "נושא"),
    "ar": ("من", "تم الإرسال", "إلى", "نسخة", "الموضوع"),
}


def outlook_block(lang, frm, sent, to, subject, cc=None, sep=True):
    f, s, t, c, sub = OUTLOOK_LABELS[lang]
    colon = " :" if lang == "fr" else ":"
    lines = []
    if sep:
        lines.append("_" * 32)
    lines.append(f"{f}{colon} {frm}")
    lines.append(f"{s}{colon} {sent}")
    lines.append(f"{t}{colon} {to}")
    if cc:
        lines.append(f"{c}{colon} {cc}")
    lines.append(f"{sub}{colon} {subject}")
    return "\n".join(lines) + "\n"


def outlook_block_html(lang, frm, sent, to, subject, cc=None):
    f, s, t, c, sub = OUTLOOK_LABELS[lang]
    colon = " :" if lang == "fr" else ":"
    cells = [f"<b>{f}{colon}</b> {esc(frm)}", f"<b>{s}{colon}</b> {esc(sent)}", f"<b>{t}{colon}</b> {esc(to)}"]
    if cc:
        cells.append(f"<b>{c}{colon}</b> {esc(cc)}")
    cells.append(f"<b>{sub}{colon}</b> {esc(subject)}")
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<p class="MsoNormal">' + "<br>\n".join(cells) + "</p></div>")


def outlook_html_doc(body_html: str, quoted_html: str = "", lang="en", charset="utf-8") -> str:
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>\n'
            f'</head>\n<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            f'{body_html}\n<p class="MsoNormal">&nbsp;</p>\n{quoted_html}\n</div>\n</body>\n</html>\n')


# --------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------

def write_case(root: Path, num: int, slug: str, pos, eml: bytes, exp):
    d = root / f"{num:03d}-{slug}"
    d.mkdir(parents=True, exist_ok=True)
    (d / "pos.json").write_text(json.dumps(pos, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (d / "message.eml").write_bytes(eml)
    return d
