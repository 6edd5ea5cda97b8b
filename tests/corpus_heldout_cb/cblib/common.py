"""Shared helpers: case registry, PO builders, labels, quoted request text, mail assembly."""
import base64
import datetime as dt
import hashlib
import html as _html
from decimal import Decimal

from . import mime

REG = []  # (slug, "kind/locale", "what makes it hard", builder)


def case(slug, kindloc, hard):
    def deco(fn):
        REG.append((slug, kindloc, hard, fn))
        return fn
    return deco


# ---------------------------------------------------------------- buyer side
COMPANY = "Brightwater Supply Group B.V."
BUYER_DOMAIN = "brightwater-supply.example"
BUYER_ADDR = "Waalhaven Z.z. 41, 3089 JH Rotterdam, Netherlands"
BUYERS = {
    "dana": {"name": "Dana Ruiz", "email": "dana.ruiz@brightwater-supply.example", "tel": "+31 10 820 4410"},
    "tom": {"name": "Tomas Lindqvist", "email": "tomas.lindqvist@brightwater-supply.example", "tel": "+31 10 820 4417"},
    "priya": {"name": "Priya Raman", "email": "priya.raman@brightwater-supply.example", "tel": "+31 10 820 4423"},
    "marc": {"name": "Marc Oosterhuis", "email": "marc.oosterhuis@brightwater-supply.example", "tel": "+31 10 820 4402"},
}
CET = dt.timezone(dt.timedelta(hours=1))


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def when(s):
    """'2026-11-10 11:42:07 +0100' -> aware datetime."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    assert dt.date(2026, 11, 9) <= d.date() <= dt.date(2026, 12, 4), s
    return d


def kw(year, week, day=5):
    return dt.date.fromisocalendar(year, week, day).isoformat()


def next_md(mail_dt, month, day):
    """A date without year: next such date on or after the mail's date."""
    d0 = mail_dt.date()
    d = dt.date(d0.year, month, day)
    if d < d0:
        d = dt.date(d0.year + 1, month, day)
    return d.isoformat()


def wd(iso, expect):
    """Assert the weekday named in a mail matches (0=Mon)."""
    assert dt.date.fromisoformat(iso).weekday() == expect, (iso, expect)
    return iso


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def po(number, supplier, currency, issued, lines, buyer="dana", rid=True, nums=None):
    ls = []
    for i, (item, desc, qty, uom, price, date) in enumerate(lines):
        Decimal(price)
        dt.date.fromisoformat(date)
        ls.append({"line": nums[i] if nums else i + 1, "item": item, "description": desc, "quantity": qty,
                   "uom": uom, "unit_price": price, "requested_date": date})
    p = {"po_number": number, "supplier": supplier,
         "buyer": {"name": BUYERS[buyer]["name"], "email": BUYERS[buyer]["email"]},
         "currency": currency, "issued": issued}
    if rid:
        p["request_message_id"] = f"<ackreq-{number}.{issued.replace('-', '')}@{BUYER_DOMAIN}>"
    p["lines"] = ls
    return p


# ---------------------------------------------------------------- labels
def conf(p, spec):
    out = {}
    nums = [l["line"] for l in p["lines"]]
    assert set(spec) == set(nums), (p["po_number"], sorted(spec), nums)
    for l in p["lines"]:
        n = l["line"]
        s = spec[n]
        if s == "A":
            out[str(n)] = {"status": "accepted", "quantity": l["quantity"], "unit_price": l["unit_price"],
                           "date": l["requested_date"]}
        elif s == "R":
            out[str(n)] = {"status": "rejected"}
        elif s == "U":
            out[str(n)] = {"status": "unconfirmed"}
        else:
            sched = s.get("s")
            q = s.get("q")
            d = s.get("d")
            if sched:
                sched = sorted(({"quantity": a, "date": b} for a, b in sched), key=lambda x: x["date"])
                tot = sum(x["quantity"] for x in sched)
                q = tot if q is None else q
                assert q == tot, (n, q, tot)
                last = sched[-1]["date"]
                d = last if d is None else d
                assert d == last
            q = l["quantity"] if q is None else q
            pr = l["unit_price"] if s.get("p") is None else str(s["p"])
            d = l["requested_date"] if d is None else d
            Decimal(pr)
            dt.date.fromisoformat(d)
            assert sched or q != l["quantity"] or Decimal(pr) != Decimal(l["unit_price"]) or d != l["requested_date"], n
            lab = {"status": "changed", "quantity": q, "unit_price": pr, "date": d}
            if sched:
                lab["schedule"] = sched
            out[str(n)] = lab
    return {"po_number": p["po_number"], "lines": out}


def allacc(p):
    return conf(p, {l["line"]: "A" for l in p["lines"]})


def expected(kind, notes, *confs):
    e = {"kind": kind}
    if kind == "confirmation":
        assert confs
        e["confirmations"] = list(confs)
    else:
        assert not confs
    e["notes"] = notes
    return e


# ---------------------------------------------------------------- request text
def req_subject(p):
    return f"Purchase order {p['po_number']} - order acknowledgment requested"


def req_dt(p):
    d = dt.date.fromisoformat(p["issued"])
    return dt.datetime(d.year, d.month, d.day, 9, 5 + int(p["po_number"][-2:]) % 50, 0, tzinfo=CET)


def table_rows(p):
    cur = p["currency"]
    w = max(len(l["description"]) for l in p["lines"])
    wi = max(len(l["item"]) for l in p["lines"])
    head = f"{'Ln':<4}{'Item':<{wi + 2}}{'Description':<{w + 2}}{'Qty':>7}  {'UoM':<5}{'Price ' + cur:>12}  Req. date"
    rows = []
    for l in p["lines"]:
        rows.append(f"{l['line']:<4}{l['item']:<{wi + 2}}{l['description']:<{w + 2}}{l['quantity']:>7}  "
                    f"{l['uom']:<5}{l['unit_price']:>12}  {l['requested_date']}")
    return head, rows


def req_text(p):
    b = [v for v in BUYERS.values() if v["email"] == p["buyer"]["email"]][0]
    head, rows = table_rows(p)
    s = (f"Dear {p['supplier']['name']} team,\n\n"
         f"please find below our purchase order {p['po_number']} dated {p['issued']}. Kindly confirm\n"
         f"quantities, prices and delivery dates for each line by replying to this e-mail.\n\n"
         f"{head}\n" + "\n".join(rows) + "\n\n"
         f"Prices in {p['currency']}, DAP Rotterdam. Delivery address: {BUYER_ADDR}.\n"
         f"Please quote our PO number on all documents.\n\n"
         f"Kind regards\n{b['name']}\nPurchasing | {COMPANY}\nT {b['tel']}\n")
    return s


def req_html(p):
    b = [v for v in BUYERS.values() if v["email"] == p["buyer"]["email"]][0]
    e = _html.escape
    cells = "".join(f"<th style=\"border:1px solid #999;padding:2px 6px\">{h}</th>" for h in
                    ("Ln", "Item", "Description", "Qty", "UoM", f"Price {p['currency']}", "Req. date"))
    trs = ""
    for l in p["lines"]:
        vals = (l["line"], l["item"], l["description"], l["quantity"], l["uom"], l["unit_price"], l["requested_date"])
        trs += "<tr>" + "".join(f"<td style=\"border:1px solid #999;padding:2px 6px\">{e(str(v))}</td>"
                                for v in vals) + "</tr>\n"
    return (f"<p>Dear {e(p['supplier']['name'])} team,</p>\n"
            f"<p>please find below our purchase order {p['po_number']} dated {p['issued']}. Kindly confirm "
            f"quantities, prices and delivery dates for each line by replying to this e-mail.</p>\n"
            f"<table style=\"border-collapse:collapse\">\n<tr>{cells}</tr>\n{trs}</table>\n"
            f"<p>Prices in {p['currency']}, DAP Rotterdam. Delivery address: {e(BUYER_ADDR)}.<br>\n"
            f"Please quote our PO number on all documents.</p>\n"
            f"<p>Kind regards<br>\n{e(b['name'])}<br>\nPurchasing | {e(COMPANY)}<br>\nT {b['tel']}</p>\n")


# ---------------------------------------------------------------- quoting
OL_LABELS = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto"),
    "it": ("Da", "Inviato", "A", "Oggetto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"), "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sk": ("Od", "Odoslané", "Komu", "Predmet"), "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"), "nb": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"), "pt": ("De", "Enviado", "Para", "Assunto"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"), "ro": ("De la", "Trimis", "Către", "Subiect"),
    "ru": ("От", "Отправлено", "Кому", "Тема"), "uk": ("Від", "Надіслано", "Кому", "Тема"),
    "bg": ("От", "Изпратено", "До", "Тема"), "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"), "ja": ("差出人", "送信日時", "宛先", "件名"),
    "zh-CN": ("发件人", "发送时间", "收件人", "主题"), "zh-TW": ("寄件者", "寄件日期", "收件者", "主旨"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"), "hr": ("Šalje", "Poslano", "Prima", "Predmet"),
    "sl": ("Od", "Poslano", "Za", "Zadeva"), "sr": ("Od", "Poslato", "Za", "Tema"),
    "lt": ("Nuo", "Išsiųsta", "Kam", "Tema"), "lv": ("No", "Nosūtīts", "Kam", "Tēma"),
    "et": ("Saatja", "Saadetud", "Adressaat", "Teema"),
}
SENT_FMT = {
    "fr": "%d/%m/%Y %H:%M", "it": "%d/%m/%Y %H:%M", "es": "%d/%m/%Y %H:%M", "pt": "%d/%m/%Y %H:%M",
    "el": "%d/%m/%Y %H:%M", "nl": "%d-%m-%Y %H:%M", "hu": "%Y. %m. %d. %H:%M", "ko": "%Y. %m. %d. %H:%M",
    "ja": "%Y年%m月%d日 %H:%M", "zh-CN": "%Y年%m月%d日 %H:%M", "zh-TW": "%Y年%m月%d日 %H:%M",
    "sv": "%Y-%m-%d %H:%M", "lt": "%Y-%m-%d %H:%M",
}
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _sent(d, lang):
    if lang == "en":
        return f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MON[d.month - 1]} {d.year} {d:%H:%M}"
    if lang == "en-US":
        h = d.hour % 12 or 12
        return f"{EN_DAYS[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} {h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"
    return d.strftime(SENT_FMT.get(lang, "%d.%m.%Y %H:%M"))


def _ol_lang(lang):
    return lang if lang in OL_LABELS else ("en" if lang in ("en", "en-US") else lang.split("-")[0])


def q_outlook(p, lang="en"):
    lab = OL_LABELS.get(_ol_lang(lang), OL_LABELS["en"])
    sep = " : " if lang == "fr" else ": "
    b = p["buyer"]
    to = p["supplier"]["email"]
    return (f"\n-----Original Message-----\n" if lang in ("en", "en-US") else "\n" + "_" * 32 + "\n") + (
        f"{lab[0]}{sep}{b['name']} <{b['email']}>\n{lab[1]}{sep}{_sent(req_dt(p), lang)}\n"
        f"{lab[2]}{sep}{to}\n{lab[3]}{sep}{req_subject(p)}\n\n" + req_text(p))


def q_outlook_html(p, lang="en"):
    lab = OL_LABELS.get(_ol_lang(lang), OL_LABELS["en"])
    b = p["buyer"]
    e = _html.escape
    return ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
            f"<p class=\"MsoNormal\"><b>{lab[0]}:</b> {e(b['name'])} &lt;{e(b['email'])}&gt;<br>\n"
            f"<b>{lab[1]}:</b> {e(_sent(req_dt(p), lang))}<br>\n<b>{lab[2]}:</b> {e(p['supplier']['email'])}<br>\n"
            f"<b>{lab[3]}:</b> {e(req_subject(p))}</p></div>\n" + req_html(p))


GM = {
    "de": (["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
           ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
           "Am {wd}, {d}. {m} {y} um {t} Uhr schrieb {n} <{e}>:"),
    "fr": (["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
           ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
           "Le {wd} {d} {m} {y} à {t}, {n} <{e}> a écrit :"),
    "es": (["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
           ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
           "El {wd}, {d} {m} {y} a las {t}, {n} (<{e}>) escribió:"),
    "pt": (["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
           ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."],
           "Em {wd}, {d} de {m} de {y} às {t}, {n} <{e}> escreveu:"),
    "it": (["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
           ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
           "Il giorno {wd} {d} {m} {y} alle ore {t} {n} <{e}> ha scritto:"),
    "nl": (["ma", "di", "wo", "do", "vr", "za", "zo"],
           ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
           "Op {wd} {d} {m} {y} om {t} schreef {n} <{e}>:"),
    "en": ([d[:3] for d in EN_DAYS], [m[:3] for m in EN_MON], "On {wd}, {d} {m} {y} at {t}, {n} <{e}> wrote:"),
    "en-US": ([d[:3] for d in EN_DAYS], [m[:3] for m in EN_MON], "On {wd}, {m} {d}, {y} at {t12} {n} <{e}> wrote:"),
}


def attribution(p, lang="en"):
    days, mons, f = GM.get(lang, GM["en"])
    d = req_dt(p)
    h = d.hour % 12 or 12
    return f.format(wd=days[d.weekday()], d=d.day, m=mons[d.month - 1], y=d.year, t=d.strftime("%H:%M"),
                    t12=f"{h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}", n=p["buyer"]["name"], e=p["buyer"]["email"])


def q_prefixed(p, lang="en", attr=None):
    a = attr or attribution(p, lang)
    return "\n" + a + "\n" + "\n".join(("> " + x) if x else ">" for x in req_text(p).rstrip("\n").split("\n")) + "\n"


def q_prefixed_html(p, lang="en", attr=None, style="gmail"):
    a = _html.escape(attr or attribution(p, lang))
    if style == "gmail":
        return ("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">" + a + "<br></div>"
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
                "rgb(204,204,204);padding-left:1ex\">" + req_html(p) + "</blockquote></div>\n")
    return ("<div class=\"moz-cite-prefix\">" + a + "<br></div>\n<blockquote type=\"cite\" cite=\"mid:"
            + p.get("request_message_id", "<x@y>")[1:-1] + "\">" + req_html(p) + "</blockquote>\n")


def tbird_attr(p, lang="en"):
    d = req_dt(p)
    n = p["buyer"]["name"]
    if lang == "de":
        return f"Am {d:%d.%m.%y} um {d:%H:%M} schrieb {n}:"
    if lang == "fr":
        return f"Le {d:%d/%m/%Y} à {d:%H:%M}, {n} a écrit :"
    if lang == "pl":
        return f"W dniu {d:%d.%m.%Y} o {d:%H:%M}, {n} pisze:"
    if lang == "cs":
        return f"Dne {d:%d. %m. %Y} v {d:%H:%M} {n} napsal(a):"
    return f"On {d:%d/%m/%Y} {d:%H:%M}, {n} wrote:"


# ---------------------------------------------------------------- html from text
def text_to_html(text):
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>" + "<br>\n".join(_html.escape(x) for x in para.split("\n")) + "</p>" for para in paras)


def ol_html_body(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for para in paras:
        out.append("<p class=\"MsoNormal\">" + "<br>\n".join(_html.escape(x) for x in para.split("\n"))
                   + "<o:p></o:p></p>")
        out.append("<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


# ---------------------------------------------------------------- case context
class Ctx:
    def __init__(self, slug):
        self.slug = slug
        self.k = 0

    def hx(self, n=16, tag=""):
        self.k += 1
        return hashlib.sha256(f"{self.slug}/{self.k}/{tag}".encode()).hexdigest()[:n]

    def uuid(self):
        h = self.hx(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"

    def boundary(self, client, kind="alt"):
        h = self.hx(40, client + kind)
        if client == "outlook":
            return ("_000_" if kind == "alt" else "_004_") + h[:8].upper() + "PR0" + h[8:10] + "MB" + h[10:14] + "eurp_"
        if client == "gmail":
            return "000000000000" + h[:16]
        if client in ("apple", "iphone"):
            u = self.uuid().upper()
            return "Apple-Mail=_" + u
        if client == "thunderbird":
            alnum = "".join(c for c in base64.b64encode(bytes.fromhex(h)).decode() if c.isalnum())
            return "------------" + alnum[:24]
        if client == "erp":
            return "=_" + h[:12].upper() + "_="
        return "----=_Part_" + str(int(h[:8], 16) % 900000 + 100000) + "_" + str(int(h[8:16], 16) % 9000000) + \
            "." + str(1763000000000 + int(h[16:20], 16))

    def msgid(self, client, domain, d):
        h = self.hx(40, "mid")
        if client == "outlook":
            host = h[:4].upper() + "PR0" + h[4] + "MB" + str(int(h[5:9], 16) % 9000 + 1000)
            return f"<{host}{h[9:33].upper()}@{host}.eurprd0{int(h[33], 16) % 8 + 1}.prod.outlook.com>"
        if client == "gmail":
            b = base64.b64encode(bytes.fromhex(h + h[:8])).decode().replace("/", "_").rstrip("=")
            return f"<CA{b[:44]}@mail.gmail.com>"
        if client in ("apple", "iphone"):
            return f"<{self.uuid().upper()}@{domain}>"
        if client == "thunderbird":
            return f"<{self.uuid()}@{domain}>"
        return f"<{d:%Y%m%d%H%M%S}.{h[:12]}@{domain}>"

    # ------------------------------------------------------------------ mail
    def mail(self, *, frm, subject, date, client, body="", p=None, to=None, cc=None, quote=None, qlang="en",
             quote_pos="below", charset="utf-8", cte="quoted-printable", mode="alt", html=None,
             attachments=(), thread=True, irt=None, refs=None, extra=(), content_language=None,
             hdr_charset="utf-8", flowed=False, html_charset=None, html_cte=None, received=True):
        d = when(date)
        name, email = frm
        domain = email.split("@")[1]
        if to is None:
            to = mime.addr(p["buyer"]["name"], p["buyer"]["email"]) if p else None
        qt = qh = ""
        if quote and p is not None:
            if quote == "outlook":
                qt, qh = q_outlook(p, qlang), q_outlook_html(p, qlang)
            elif quote in ("gmail", "prefixed"):
                qt, qh = q_prefixed(p, qlang), q_prefixed_html(p, qlang)
            elif quote == "thunderbird":
                a = tbird_attr(p, qlang)
                qt, qh = q_prefixed(p, qlang, a), q_prefixed_html(p, qlang, a, style="moz")
            elif quote == "apple":
                rd = req_dt(p)
                a = (f"On {rd.day} {EN_MON[rd.month - 1][:3]} {rd.year}, at {rd:%H:%M}, {p['buyer']['name']} "
                     f"<{p['buyer']['email']}> wrote:") if qlang in ("en", "en-US") or qlang not in GM \
                    else attribution(p, qlang)
                qt, qh = q_prefixed(p, qlang, a), q_prefixed_html(p, qlang, a, style="moz")
            else:
                raise ValueError(quote)
        text = (qt.lstrip("\n") + "\n" + body) if quote_pos == "above" and qt else (body + qt)
        if html is None and mode in ("alt", "html"):
            bh = ol_html_body(body) if client == "outlook" else text_to_html(body)
            inner = (qh + bh) if quote_pos == "above" else (bh + qh)
            hc = html_charset or charset
            if client == "outlook":
                html = (f"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>\n<meta http-equiv="
                        f"\"Content-Type\" content=\"text/html; charset={hc}\">\n<style><!-- p.MsoNormal "
                        f"{{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}} --></style>\n</head>\n"
                        f"<body lang=\"{content_language or 'EN-GB'}\" link=\"#0563C1\">\n<div class=\"WordSection1\">\n"
                        f"{inner}\n</div>\n</body>\n</html>\n")
            elif client == "gmail":
                html = f"<div dir=\"ltr\">{bh}</div><br>{qh}" if quote_pos != "above" else f"{qh}<div dir=\"ltr\">{bh}</div>"
            else:
                html = (f"<html><head>\n<meta http-equiv=\"content-type\" content=\"text/html; charset={hc}\">\n"
                        f"</head>\n<body>\n{inner}\n</body>\n</html>\n")
        parts = []
        if mode in ("alt", "text"):
            parts.append(mime.text_part(text, "plain", charset, cte, flowed=flowed))
        if mode in ("alt", "html"):
            parts.append(mime.text_part(html, "html", html_charset or charset, html_cte or cte))
        if len(parts) == 2:
            core = mime.multipart("alternative", parts, self.boundary(client, "alt"))
        else:
            core = parts[0]
        if attachments:
            core = mime.multipart("mixed", [core] + list(attachments), self.boundary(client, "mixed"),
                                  preamble="This is a multi-part message in MIME format." if client in (
                                      "thunderbird", "erp", "other") else None)
        mid = self.msgid(client, domain, d)
        hs = []
        if received:
            rd = d + dt.timedelta(seconds=3 + int(self.hx(2), 16) % 40)
            hs.append(("Return-Path", f"<{email}>"))
            hs.append(("Received", f"from mail.{domain} (mail.{domain} [198.51.100.{int(self.hx(2), 16) % 200 + 20}])\n"
                                   f"\tby mx1.{BUYER_DOMAIN} (Postfix) with ESMTPS id {self.hx(10).upper()}\n"
                                   f"\tfor <{p['buyer']['email'] if p else 'purchasing@' + BUYER_DOMAIN}>; "
                                   f"{rd.strftime('%a, %d %b %Y %H:%M:%S %z')}"))
        hs.append(("From", mime.addr(name, email, hdr_charset)))
        hs.append(("To", to))
        if cc:
            hs.append(("Cc", cc))
        hs.append(("Subject", mime.hdr(subject, hdr_charset)))
        if client == "outlook":
            hs.append(("Thread-Topic", mime.hdr(subject.split(": ", 1)[-1], hdr_charset)))
            hs.append(("Thread-Index", base64.b64encode(bytes.fromhex(self.hx(44))).decode()))
        hs.append(("Date", d.strftime("%a, %d %b %Y %H:%M:%S %z")))
        hs.append(("Message-ID", mid))
        if thread and p is not None and p.get("request_message_id"):
            hs.append(("In-Reply-To", irt or p["request_message_id"]))
            hs.append(("References", refs or p["request_message_id"]))
        elif irt:
            hs.append(("In-Reply-To", irt))
            hs.append(("References", refs or irt))
        if client == "outlook":
            hs.append(("Accept-Language", f"{content_language or 'en-GB'}, en-US"))
            hs.append(("Content-Language", content_language or "en-GB"))
            hs.append(("X-MS-Has-Attach", "yes" if attachments else ""))
            hs.append(("X-MS-TNEF-Correlator", ""))
        elif client == "apple":
            hs.append(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"))
        elif client == "iphone":
            hs.append(("X-Mailer", "iPhone Mail (22B91)"))
        elif client == "thunderbird":
            hs.append(("User-Agent", "Mozilla Thunderbird"))
            if content_language:
                hs.append(("Content-Language", content_language))
        elif client == "other":
            hs.append(("User-Agent", "Roundcube Webmail/1.6.9"))
        hs.extend(extra)
        hs = [(k, v) for k, v in hs if v != "" or k.startswith("X-MS")]
        return mime.message(hs, core)


def orig_request(p, to=None, headers_only=False):
    """Our original acknowledgment request as RFC 822 text (for bounces)."""
    d = req_dt(p)
    hs = (f"From: {p['buyer']['name']} <{p['buyer']['email']}>\n"
          f"To: {to or p['supplier']['email']}\n"
          f"Subject: {req_subject(p)}\n"
          f"Date: {d.strftime('%a, %d %b %Y %H:%M:%S %z')}\n"
          f"Message-ID: {p['request_message_id']}\n"
          f"MIME-Version: 1.0\n")
    if headers_only:
        return hs
    body = req_text(p)
    try:
        body.encode("ascii")
        return hs + "Content-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n\n" + body
    except UnicodeEncodeError:
        import quopri
        qp = quopri.encodestring(body.encode("utf-8")).decode("ascii")
        return hs + "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n" + qp


def pdf_date(d):
    """aware datetime -> PDF date string."""
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return d.strftime("D:%Y%m%d%H%M%S") + f"{sign}{mins // 60:02d}'{mins % 60:02d}'"
