#!/usr/bin/env python3
"""Batch K: supplier replies to purchase-order acknowledgment requests.

Theme: chemicals / raw materials, pharma & cosmetic packaging, furniture
hardware, agricultural spare parts, cable & wire, injection-moulded plastics,
office & MRO supplies through distributors.

Standard library only, deterministic.  Run:  python3 make_batch.py
Writes cases/NNN-slug/{message.eml,pos.json,expected.json} next to this file
and checks every case afterwards.
"""
import datetime as dt
import hashlib
import io
import json
import os
import re
import shutil
import unicodedata
import zipfile
from decimal import Decimal
from email import message_from_bytes
from email import policy as email_policy
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime
from email import encoders

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")
BD = "orvento.example"          # buyer domain

# --------------------------------------------------------------------------
# small utilities
# --------------------------------------------------------------------------


def TZ(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def T(y, mo, d, H=9, M=0, S=0, tz=1):
    """aware datetime; tz may be a float of hours (5.5) or an int"""
    hh = int(tz)
    mm = int(round((tz - hh) * 60))
    return dt.datetime(y, mo, d, H, M, S, tzinfo=TZ(hh, mm))


def h(s, n=40):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


WD = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split(),
    "tr": "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split(),
    "ru": "понедельник вторник среда четверг пятница суббота воскресенье".split(),
    "uk": "понеділок вівторок середа четвер пʼятниця субота неділя".split(),
    "el": "Δευτέρα Τρίτη Τετάρτη Πέμπτη Παρασκευή Σάββατο Κυριακή".split(),
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap".split(),
    "ro": "luni marți miercuri joi vineri sâmbătă duminică".split(),
    "ko": "월요일 화요일 수요일 목요일 금요일 토요일 일요일".split(),
    "ja": "月 火 水 木 金 土 日".split(),
    "zh": "星期一 星期二 星期三 星期四 星期五 星期六 星期日".split(),
    "vi": ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"],
}
MON = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
}


def sent(loc, t):
    """Outlook 'Sent:' value in the writer's language."""
    w, d, y = t.weekday(), t.day, t.year
    H, M = t.hour, t.minute
    lang = loc.split("-")[0]
    m = MON.get(lang, MON["en"])[t.month - 1] if lang in MON else None
    if loc == "en-US":
        ap = "AM" if H < 12 else "PM"
        return f"{WD['en'][w]}, {MON['en'][t.month-1]} {d}, {y} {(H-1)%12+1}:{M:02d} {ap}"
    if lang == "en":
        return f"{WD['en'][w]}, {d} {MON['en'][t.month-1]} {y} {H:02d}:{M:02d}"
    if lang == "de":
        return f"{WD['de'][w]}, {d}. {m} {y} {H:02d}:{M:02d}"
    if lang in ("fr", "nl"):
        return f"{WD[lang][w]} {d} {m} {y} {H:02d}:{M:02d}"
    if lang == "it":
        return f"{WD['it'][w]} {d} {m} {y} {H:02d}:{M:02d}"
    if lang == "es":
        return f"{WD['es'][w]}, {d} de {m} de {y} {H}:{M:02d}"
    if lang == "pt":
        return f"{WD['pt'][w]}, {d} de {m} de {y} {H:02d}:{M:02d}"
    if lang == "pl":
        return f"{WD['pl'][w]}, {d} {m} {y} {H:02d}:{M:02d}"
    if lang == "cs":
        return f"{WD['cs'][w]} {d}. {m} {y} {H}:{M:02d}"
    if lang == "sv":
        return f"den {d} {m} {y} {H:02d}:{M:02d}"
    if lang == "da":
        return f"{d}. {m} {y} {H:02d}:{M:02d}"
    if lang == "fi":
        return f"{WD['fi'][w]} {d}. {m} {y} {H}.{M:02d}"
    if lang == "tr":
        return f"{d} {m} {y} {WD['tr'][w]} {H:02d}:{M:02d}"
    if lang == "ru":
        return f"{d} {m} {y} г. {H}:{M:02d}"
    if lang == "uk":
        return f"{d} {m} {y} р. {H}:{M:02d}"
    if lang == "el":
        ap = "πμ" if H < 12 else "μμ"
        return f"{WD['el'][w]}, {d} {m} {y} {(H-1)%12+1}:{M:02d} {ap}"
    if lang == "hu":
        return f"{y}. {m} {d}., {WD['hu'][w]} {H}:{M:02d}"
    if lang == "ro":
        return f"{WD['ro'][w]}, {d} {m} {y} {H:02d}:{M:02d}"
    if lang in ("zh", "ja"):
        return f"{y}年{t.month}月{d}日 {H}:{M:02d}"
    if lang == "ko":
        ap = "오전" if H < 12 else "오후"
        return f"{y}년 {t.month}월 {d}일 {WD['ko'][w]} {ap} {(H-1)%12+1}:{M:02d}"
    if lang == "vi":
        ap = "SA" if H < 12 else "CH"
        return f"{WD['vi'][w]}, {d} tháng {t.month}, {y} {(H-1)%12+1}:{M:02d} {ap}"
    raise ValueError(loc)


OL_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Cc\u00a0", "Objet\u00a0"),
    "it": ("Da", "Inviato", "A", "Cc", "Oggetto"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "pt": ("De", "Enviado", "Para", "Cc", "Assunto"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Kopie", "Předmět"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Cc", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Kopio", "Aihe"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Bilgi", "Konu"),
    "ru": ("От", "Отправлено", "Кому", "Копия", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Копія", "Тема"),
    "el": ("Από", "Στάλθηκε", "Προς", "Κοιν.", "Θέμα"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Másolatot kap", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Cc", "Subiect"),
    "zh": ("发件人", "发送时间", "收件人", "抄送", "主题"),
    "zh-TW": ("寄件者", "寄件日期", "收件者", "副本", "主旨"),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名"),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목"),
    "vi": ("Từ", "Đã gửi", "Đến", "Cc", "Chủ đề"),
}
OL_SEP = {
    "de": "-----Ursprüngliche Nachricht-----",
    "fr": "-----Message d'origine-----",
    "it": "-----Messaggio originale-----",
    "es": "-----Mensaje original-----",
    "pt": "-----Mensagem original-----",
    "nl": "-----Oorspronkelijk bericht-----",
    "en": "-----Original Message-----",
}


# --------------------------------------------------------------------------
# purchase orders
# --------------------------------------------------------------------------

BUYERS = {
    "rinaldi": ("Giulia Rinaldi", "giulia.rinaldi@" + BD, "Orvento Italia S.r.l.", "it"),
    "ortega": ("Carmen Ortega", "carmen.ortega@" + BD, "Orvento Ibérica S.L.", "es"),
    "souza": ("Rafael Souza", "rafael.souza@" + BD, "Orvento do Brasil Ltda.", "pt"),
    "wojcik": ("Tomasz Wójcik", "tomasz.wojcik@" + BD, "Orvento Polska Sp. z o.o.", "pl"),
    "dvorak": ("Pavel Dvořák", "pavel.dvorak@" + BD, "Orvento CZ s.r.o.", "cs"),
    "devries": ("Sanne de Vries", "sanne.devries@" + BD, "Orvento Benelux B.V.", "nl"),
    "lindqvist": ("Mara Lindqvist", "mara.lindqvist@" + BD, "Orvento Nordic AB", "sv"),
    "yilmaz": ("Emre Yılmaz", "emre.yilmaz@" + BD, "Orvento Endüstri A.Ş.", "tr"),
    "tanaka": ("Ken Tanaka", "ken.tanaka@" + BD, "Orvento Japan K.K.", "ja"),
    "park": ("Park Ji-won", "jiwon.park@" + BD, "Orvento Korea Ltd.", "ko"),
    "nguyen": ("Nguyễn Thu Hà", "ha.nguyen@" + BD, "Orvento Vietnam Co., Ltd.", "vi"),
    "smirnova": ("Anna Smirnova", "anna.smirnova@" + BD, "OOO Orvento Rus", "ru"),
    "kovalenko": ("Olena Kovalenko", "olena.kovalenko@" + BD, "TOV Orvento Ukraina", "uk"),
    "papadopoulou": ("Maria Papadopoulou", "maria.papadopoulou@" + BD, "Orvento Hellas S.A.", "el"),
    "albers": ("Katrin Albers", "katrin.albers@" + BD, "Orvento Components GmbH", "de"),
    "reuter": ("Jonas Reuter", "jonas.reuter@" + BD, "Orvento Components GmbH", "de"),
    "delorme": ("Marc Delorme", "marc.delorme@" + BD, "Orvento France SAS", "fr"),
    "whitcombe": ("Ian Whitcombe", "ian.whitcombe@" + BD, "Orvento Ltd", "en"),
    "kim": ("Rachel Kim", "rachel.kim@" + BD, "Orvento Inc.", "en"),
    "pillai": ("Meera Pillai", "meera.pillai@" + BD, "Orvento India Pvt. Ltd.", "en"),
    "chen": ("Chen Lu", "chen.lu@" + BD, "Orvento (Suzhou) Co., Ltd.", "en"),
    "novak": ("Petra Nováková", "petra.novakova@" + BD, "Orvento Components GmbH", "en"),
    "sanz": ("Lucía Sanz", "lucia.sanz@" + BD, "Orvento Components GmbH", "en"),
}


def sup(sid, name, email, locale):
    return {"id": sid, "name": name, "email": email, "locale": locale}


def PO(num, supplier, buyer, currency, issued, lines, req=True, req_n=1, rl="en"):
    b = BUYERS[buyer]
    p = {
        "po_number": num,
        "supplier": supplier,
        "buyer": {"name": b[0], "email": b[1]},
        "currency": currency,
        "issued": issued,
    }
    if req:
        p["request_message_id"] = f"<po-{num.lower()}.{req_n}@{BD}>"
    p["lines"] = []
    for i, ln in enumerate(lines, 1):
        item, desc, qty, uom, price, date = ln
        p["lines"].append({"line": i, "item": item, "description": desc,
                           "quantity": qty, "uom": uom, "unit_price": price,
                           "requested_date": date})
    p["_buyer"] = buyer
    p["_rl"] = rl
    return p


def clean_po(p):
    return {k: v for k, v in p.items() if not k.startswith("_")}


def fnum_en(x):
    if isinstance(x, int) or (isinstance(x, float) and x == int(x)):
        return f"{int(x):,}"
    return f"{x:,}"


def req_subject(p, lang=None):
    lang = lang or p.get("_rl", "en")
    if lang == "de":
        return f"Bestellung {p['po_number']} - Bitte um Auftragsbestätigung"
    if lang == "fr":
        return f"Commande {p['po_number']} - demande d'accusé de réception"
    return f"Purchase Order {p['po_number']} - please confirm"


def req_text(p, lang=None, greet=None):
    """The acknowledgment request the buyer sent (what gets quoted)."""
    bname, bmail, bco, blang = BUYERS[p["_buyer"]]
    lang = lang or p.get("_rl", "en")
    y, m, d = map(int, p["issued"].split("-"))
    rows = []
    for ln in p["lines"]:
        ry, rm, rd = map(int, ln["requested_date"].split("-"))
        if lang == "de":
            q = f"{ln['quantity']:,}".replace(",", ".")
            pr = ln["unit_price"].replace(".", ",")
            rows.append(f"Pos. {ln['line']}  {ln['item']}  {ln['description']}  "
                        f"{q} {ln['uom']}  {pr} {p['currency']}/{ln['uom']}  "
                        f"Liefertermin {rd:02d}.{rm:02d}.{ry}")
        elif lang == "fr":
            q = f"{ln['quantity']:,}".replace(",", "\u202f")
            pr = ln["unit_price"].replace(".", ",")
            rows.append(f"Ligne {ln['line']}  {ln['item']}  {ln['description']}  "
                        f"{q} {ln['uom']}  {pr} {p['currency']}/{ln['uom']}  "
                        f"livraison le {rd:02d}/{rm:02d}/{ry}")
        else:
            rows.append(f"Line {ln['line']}  {ln['item']}  {ln['description']}  "
                        f"{fnum_en(ln['quantity'])} {ln['uom']}  {ln['unit_price']} "
                        f"{p['currency']}/{ln['uom']}  need-by "
                        f"{dt.date(ry, rm, rd).strftime('%d %b %Y')}")
    rows = "\n".join(rows)
    if lang == "de":
        g = greet or "Sehr geehrte Damen und Herren"
        return (f"{g},\n\nanbei erhalten Sie unsere Bestellung {p['po_number']} vom "
                f"{d:02d}.{m:02d}.{y}.\nBitte bestätigen Sie Menge, Preis und "
                f"Liefertermin je Position.\n\n{rows}\n\nMit freundlichen Grüßen\n"
                f"{bname}\nEinkauf\n{bco}\nTel. +49 711 4090 220\n")
    if lang == "fr":
        g = greet or "Madame, Monsieur"
        return (f"{g},\n\nVeuillez trouver ci-joint notre commande {p['po_number']} du "
                f"{d:02d}/{m:02d}/{y}.\nMerci de nous confirmer quantités, prix et "
                f"délais par retour de mail.\n\n{rows}\n\nCordialement,\n"
                f"{bname}\nAcheteur\n{bco}\n")
    g = greet or "Dear Sir or Madam"
    return (f"{g},\n\nPlease find attached our purchase order {p['po_number']} dated "
            f"{dt.date(y, m, d).strftime('%d %b %Y')}.\nKindly confirm quantities, "
            f"prices and delivery dates by return e-mail.\n\n{rows}\n\n"
            f"Best regards\n{bname}\nPurchasing\n{bco}\n")


def req_time(p, H=10, M=12, tz=1):
    y, m, d = map(int, p["issued"].split("-"))
    return T(y, m, d, H, M, 0, tz)


def prefix(text, mark="> "):
    out = []
    for line in text.split("\n"):
        out.append((mark + line).rstrip() if line else mark.rstrip())
    return "\n".join(out)


def q_outlook(p, loc, t=None, subject=None, sep=None, lang=None, to=None, body=None):
    """Outlook-style header block + unquoted original (top-posting)."""
    lg = loc.split("-")[0]
    lab = OL_LABELS.get(loc, OL_LABELS[lg])
    bname, bmail, _, _ = BUYERS[p["_buyer"]]
    t = t or req_time(p)
    subject = subject or req_subject(p, lang)
    to = to or f"{p['supplier']['name']} <{p['supplier']['email']}>"
    sep = "_" * 32 if sep is None else sep
    body = body if body is not None else req_text(p, lang)
    c = ":" if lg != "fr" else ":"
    return (f"\n\n{sep}\n{lab[0]}{c} {bname} <{bmail}>\n{lab[1]}{c} {sent(loc, t)}\n"
            f"{lab[2]}{c} {to}\n{lab[4]}{c} {subject}\n\n{body}")


def q_attrib(attrib, p, lang=None, body=None):
    """Gmail / Thunderbird: attribution line + '> ' quoted original."""
    body = body if body is not None else req_text(p, lang)
    return f"\n\n{attrib}\n\n{prefix(body)}\n"


def q_apple(attrib, p, lang=None, body=None):
    body = body if body is not None else req_text(p, lang)
    return f"\n\n> {attrib}\n> \n{prefix(body)}\n"


# --------------------------------------------------------------------------
# message ids
# --------------------------------------------------------------------------

def mid(style, seed, domain):
    x = h(seed + style)
    if style == "outlook":
        host = "DB9PR0" + str(int(x[0], 16) % 9 + 1) + "MB" + str(1000 + int(x[1:4], 16) % 9000)
        return f"<{host}{x[:28].upper()}@{host}.eurprd0{int(x[5],16)%8+1}.prod.outlook.com>"
    if style == "outlook-apac":
        host = "SG2PR0" + str(int(x[0], 16) % 6 + 1) + "MB" + str(1000 + int(x[1:4], 16) % 9000)
        return f"<{host}{x[:28].upper()}@{host}.apcprd0{int(x[5],16)%6+1}.prod.outlook.com>"
    if style == "gmail":
        import base64
        b = base64.b64encode(bytes.fromhex(x + x[:8])).decode().rstrip("=")
        b = b.replace("/", "_")
        return f"<CA{b[:46]}@mail.gmail.com>"
    if style == "apple":
        u = x[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "tbird":
        u = x[:32]
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "lotus":
        return f"<OF{x[:8].upper()}.{x[8:16].upper()}-ON{x[16:24].upper()}-{x[24:32].upper()}@{domain}>"
    if style == "foxmail":
        return f"<tencent_{x[:32].upper()}@qq.com>" if domain == "qq.com" else f"<{x[:16]}.{x[16:24]}@{domain}>"
    return f"<{x[:12]}.{x[12:20]}@{domain}>"


MAILERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "outlook-web": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "tbird": [("User-Agent", "Mozilla Thunderbird")],
    "lotus": [("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF68 February 06, 2018"),
              ("X-MIMETrack", "Serialize by Router on SMTP01/SRV at 2026-11-17 10:48:21")],
    "foxmail": [("X-Mailer", "Foxmail 7.2.25.228[cn]")],
    "becky": [("X-Mailer", "Becky! ver. 2.81.04 [ja]")],
    "android": [("X-Mailer", "Samsung Email 6.1.90.16")],
    "sap": [("X-Mailer", "SAP NetWeaver 7.50")],
    "none": [],
}


# --------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------

FALLBACKS = []


def textpart(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    try:
        body.encode(Charset(charset).output_codec or charset)
    except UnicodeEncodeError:
        # what real clients do when the text does not fit the legacy charset
        FALLBACKS.append(charset)
        charset = "utf-8"
        if cte in ("7bit",):
            cte = "base64"
    cs = Charset(charset)
    cs.body_encoding = {"quoted-printable": QP, "base64": BASE64,
                        "8bit": None, "7bit": None}[cte]
    part = MIMENonMultipart("text", subtype)
    part.set_payload(body, cs)
    del part["MIME-Version"]
    if flowed:
        part.set_param("format", "flowed")
    return part


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_from_text(text, style="outlook", lang="en"):
    """Rough HTML rendering of a plain body the way clients produce it."""
    lines = text.split("\n")
    if style == "gmail":
        out, inq = [], False
        for ln in lines:
            if ln.startswith(">"):
                if not inq:
                    out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                               'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                    inq = True
                out.append(esc(ln[1:].lstrip()) + "<br>")
            else:
                if inq:
                    out.append("</blockquote>")
                    inq = False
                out.append((esc(ln) or "") + "<br>")
        if inq:
            out.append("</blockquote>")
        return ('<div dir="ltr">' + "\n".join(out) + "</div>\n")
    body = "\n".join(f'<p class="MsoNormal">{esc(ln) or "&nbsp;"}<o:p></o:p></p>' for ln in lines)
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            f'<style><!--p.MsoNormal{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}--></style>'
            f'</head><body lang="{lang.upper()}" link="#0563C1" vlink="#954F72">'
            f'<div class="WordSection1">\n{body}\n</div></body></html>\n')


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset=charset)


def attachment(data, maintype, subtype, filename, fn_charset="utf-8"):
    part = MIMEBase(maintype, subtype)
    del part["MIME-Version"]
    part.set_payload(data)
    encoders.encode_base64(part)
    try:
        filename.encode("ascii")
        part.add_header("Content-Disposition", "attachment", filename=filename)
        part.set_param("name", filename)
    except UnicodeEncodeError:
        part.add_header("Content-Disposition", "attachment", filename=(fn_charset, "", filename))
        part.set_param("name", Header(filename, fn_charset).encode())
    return part


def mail(frm, to, date, subject, text=None, html=None, charset="utf-8",
         cte="quoted-printable", html_cte=None, attachments=(), msgid=None,
         in_reply_to=None, references=None, cc=None, client="outlook",
         extra=(), hdr_charset=None, lang="en", flowed=False):
    """frm/to: (name, email) tuples (to may be list)."""
    hcs = hdr_charset or (charset if charset not in ("us-ascii",) else "utf-8")
    if html == "auto":
        html = html_from_text(text, "gmail" if client == "gmail" else "outlook", lang)
        html = html.replace("charset=utf-8", "charset=" + charset)
    parts = []
    if text is not None:
        parts.append(textpart(text, "plain", charset, cte, flowed))
    if html is not None:
        parts.append(textpart(html, "html", charset, html_cte or cte))
    if len(parts) == 1:
        body = parts[0]
    else:
        body = MIMEMultipart("alternative")
        for p_ in parts:
            body.attach(p_)
    if attachments:
        root = MIMEMultipart("mixed")
        root.attach(body)
        for a in attachments:
            root.attach(a)
    else:
        root = body
    # headers in a realistic order
    top = root
    for k in list(top.keys()):
        if k.lower() == "mime-version":
            del top[k]
    hdrs = []
    hdrs.append(("From", addr(frm[0], frm[1], hcs)))
    tos = to if isinstance(to, list) else [to]
    hdrs.append(("To", ", ".join(addr(n, e, hcs) for n, e in tos)))
    if cc:
        hdrs.append(("CC", ", ".join(addr(n, e, hcs) for n, e in cc)))
    hdrs.append(("Subject", hdr(subject, hcs)))
    hdrs.append(("Date", format_datetime(date)))
    hdrs.append(("Message-ID", msgid))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references if isinstance(references, str) else " ".join(references)))
    for k, v in MAILERS.get(client, []):
        if v:
            hdrs.append((k, v))
    if client.startswith("outlook"):
        hdrs.append(("Thread-Index", "AQH" + h(msgid, 20) + "=="))
        hdrs.append(("Content-Language", lang if "-" in lang else {"en": "en-US"}.get(lang, lang)))
    for k, v in extra:
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    ct = [(k, v) for k, v in top.items()]
    for k in list(top.keys()):
        del top[k]
    for k, v in hdrs:
        top[k] = v
    for k, v in ct:
        top[k] = v
    return top


def _strip_subpart_mime_version(msg, top=True):
    if not top and "MIME-Version" in msg:
        del msg["MIME-Version"]
    if msg.is_multipart():
        for sp in msg.get_payload():
            if isinstance(sp, Message) and msg.get_content_type() != "message/delivery-status":
                _strip_subpart_mime_version(sp, False)


def _set_boundaries(msg):
    """deterministic boundaries in the style of the sending client"""
    seed = str(msg.get("Message-ID", "")) + str(msg.get("Date", ""))
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart" and part.get_boundary() is None:
            x = h(seed + str(i)).upper()
            i += 1
            if "outlook.com" in seed:
                b = f"_00{i - 1}_{x[:24]}_"
            elif "gmail.com" in seed:
                b = f"0000000000000{x[:15].lower()}"
            elif "Apple-Mail" in seed or re.search(r"<[0-9A-F]{8}-[0-9A-F]{4}-", seed):
                b = f"Apple-Mail=_{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"
            elif re.search(r"<[0-9a-f]{8}-[0-9a-f]{4}-", seed):
                b = f"------------{x[:24]}"
            else:
                b = f"----=_Part_{int(x[:5], 16)}_{int(x[5:13], 16)}.{int(x[13:23], 16)}"
            part.set_boundary(b)


def to_bytes(msg):
    _set_boundaries(msg)
    _strip_subpart_mime_version(msg)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg, linesep="\r\n")
    raw = buf.getvalue()
    # clients do not start a header with an empty folded line (long Message-IDs stay on one line)
    return re.sub(rb"(?m)^([A-Za-z-]+): \r\n ", rb"\1: ", raw)


# --------------------------------------------------------------------------
# attachments: PDF / XLSX / CSV
# --------------------------------------------------------------------------

def pdf_escape(s):
    out = []
    for c in s:
        try:
            bc = c.encode("cp1252")
        except UnicodeEncodeError:
            bc = strip_accents(c).encode("cp1252", errors="replace")
        for byte in bc:
            ch = chr(byte)
            if ch in "()\\":
                out.append("\\" + ch)
            elif byte < 32 or byte > 126:
                out.append("\\%03o" % byte)
            else:
                out.append(ch)
    return "".join(out)


def make_pdf(pages, title="Document", producer="ERP Print Service"):
    """pages: list of lists of (size, bold, text) or str lines. Minimal valid PDF."""
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 font bold, 5 info, then page/content pairs
    page_ids = []
    nxt = 6
    contents = {}
    for pg in pages:
        pid, cid = nxt, nxt + 1
        nxt += 2
        page_ids.append(pid)
        y = 800
        ops = []
        for ln in pg:
            if isinstance(ln, str):
                size, bold, text = 9, False, ln
            else:
                size, bold, text = ln
            if text:
                ops.append(f"BT /{'F2' if bold else 'F1'} {size} Tf 50 {y} Td ({pdf_escape(text)}) Tj ET")
            y -= size + 5
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        contents[cid] = stream
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {cid} 0 R >>").encode()
        objs[cid] = b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream"
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [" + " ".join(f"{i} 0 R" for i in page_ids) +
               f"] /Count {n_pages} >>").encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (f"<< /Title ({pdf_escape(title)}) /Producer ({pdf_escape(producer)}) "
               f"/CreationDate (D:20261101000000Z) >>").encode("latin-1")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += f"{i} 0 obj\n".encode() + objs[i] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += f"xref\n0 {size}\n".encode()
    out += b"0000000000 65535 f \n"
    for i in range(1, size):
        out += f"{offsets[i]:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {size} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Sheet1", shared=False):
    """rows: list of lists; cells str / int / float / Decimal / dt.date / None."""
    sst, sst_idx = [], {}
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, dt.date):
                serial = (v - dt.date(1899, 12, 30)).days
                cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
            elif isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                if shared:
                    if v not in sst_idx:
                        sst_idx[v] = len(sst)
                        sst.append(v)
                    cells.append(f'<c r="{ref}" t="s"><v>{sst_idx[v]}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(str(v))}</t></is></c>')
        xml_rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 '<sheetData>' + "".join(xml_rows) + '</sheetData></worksheet>')
    files = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            + ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' if shared else '')
            + '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            + ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' if shared else '')
            + '</Relationships>',
        "xl/styles.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            '</styleSheet>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    if shared:
        files["xl/sharedStrings.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(sst)}" uniqueCount="{len(sst)}">'
            + "".join(f'<si><t xml:space="preserve">{esc(s)}</t></si>' for s in sst) + '</sst>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                     "xl/_rels/workbook.xml.rels", "xl/styles.xml"] + \
                    (["xl/sharedStrings.xml"] if shared else []) + ["xl/worksheets/sheet1.xml"]:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, files[name].encode("utf-8"))
    return buf.getvalue()


def pdf_att(pages, filename, title=None):
    return attachment(make_pdf(pages, title or filename), "application", "pdf", filename)


def xlsx_att(rows, filename, sheet="Sheet1", shared=False):
    return attachment(make_xlsx(rows, sheet, shared), "application",
                      "vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename)


def csv_att(text, filename, encoding="utf-8", subtype="csv"):
    data = text.replace("\n", "\r\n").encode(encoding)
    return attachment(data, "text" if subtype == "csv" else "application",
                      subtype, filename)


# --------------------------------------------------------------------------
# expected.json helpers
# --------------------------------------------------------------------------

def line_of(p, n):
    return next(l for l in p["lines"] if l["line"] == n)


def A(p, n):
    l = line_of(p, n)
    return {"status": "accepted", "quantity": l["quantity"],
            "unit_price": l["unit_price"], "date": l["requested_date"]}


def C(p, n, quantity=None, unit_price=None, date=None, schedule=None):
    l = line_of(p, n)
    d = {"status": "changed",
         "quantity": l["quantity"] if quantity is None else quantity,
         "unit_price": l["unit_price"] if unit_price is None else unit_price,
         "date": l["requested_date"] if date is None else date}
    if schedule:
        d["schedule"] = [{"quantity": q, "date": s} for q, s in schedule]
    return d


R = {"status": "rejected"}
U = {"status": "unconfirmed"}


def conf(p, lines, notes):
    return {"kind": "confirmation",
            "confirmations": [{"po_number": p["po_number"],
                               "lines": {str(k): v for k, v in lines.items()}}],
            "notes": notes}


def confs(entries, notes):
    return {"kind": "confirmation",
            "confirmations": [{"po_number": p["po_number"],
                               "lines": {str(k): v for k, v in lines.items()}}
                              for p, lines in entries],
            "notes": notes}


def other(kind, notes):
    return {"kind": kind, "notes": notes}


CASES = []


def case(slug, category, locale, what):
    def deco(fn):
        CASES.append((slug, category, locale, what, fn))
        return fn
    return deco


def reply_ids(p):
    r = p.get("request_message_id")
    return dict(in_reply_to=r, references=r) if r else {}


def S(p):
    """(name, email) of the supplier address"""
    return p["supplier"]["email"]


def B(p):
    b = BUYERS[p["_buyer"]]
    return (b[0], b[1])


def reply(p, who, t, text, *, client="outlook", loc=None, quote="outlook", attrib=None,
          prefix_subj="RE: ", subject=None, charset="utf-8", cte="quoted-printable",
          html="auto", lang=None, atts=(), extra=(), to=None, cc=None, ids=None,
          sep=None, hcs=None, flowed=False, html_cte=None):
    sdom = p["supplier"]["email"].split("@")[1]
    loc = loc or p["supplier"]["locale"]
    if quote == "outlook":
        q = q_outlook(p, loc, t=req_time(p).astimezone(t.tzinfo), sep=sep)
    elif quote == "attrib":
        q = q_attrib(attrib, p)
    elif quote == "apple":
        q = q_apple(attrib, p)
    elif quote == "none":
        q = ""
    else:
        q = quote
    full = text + q
    subject = subject or prefix_subj + req_subject(p)
    style = {"outlook": "outlook", "gmail": "gmail", "apple": "apple", "iphone": "apple",
             "tbird": "tbird", "lotus": "lotus", "foxmail": "foxmail",
             "android": "generic"}.get(client, "generic")
    frm = who if isinstance(who, tuple) else (who, p["supplier"]["email"])
    ids = reply_ids(p) if ids is None else ids
    return mail(frm, to or B(p), t, subject, full, html=html, charset=charset, cte=cte,
                attachments=atts, msgid=mid(style, subject + t.isoformat() + frm[1], frm[1].split("@")[1]),
                cc=cc, client=client, extra=extra, hdr_charset=hcs, lang=lang or loc,
                flowed=flowed, html_cte=html_cte, **ids)


# ==========================================================================
# CASES: confirmations
# ==========================================================================

@case("001-de-epoxidharz-kw49-voll", "confirmation", "de-DE",
      "Outlook DE top-post, windows-1252 QP; resin+hardener in kg, supplier uses Pos. 10/20 and KW 49 (= Fri = requested); signature full of numbers -> all accepted")
def c001():
    s = sup("RHEINHARZ", "Rheinharz Chemie GmbH", "auftrag@rheinharz.example", "de-DE")
    p = PO("4500231187", s, "albers", "EUR", "2026-11-09", [
        ("EP-211", "Epoxidharz flüssig, Bisphenol-A, 200-kg-Fass", 1200, "KG", "4.85", "2026-12-04"),
        ("HD-40", "Härter Polyamin, 25-kg-Kanister", 300, "KG", "7.20", "2026-12-04"),
    ], rl="de")
    text = """Sehr geehrte Frau Albers,

vielen Dank für Ihre Bestellung. Wir bestätigen Ihnen die Bestellung 4500231187 wie folgt:

Pos. 10   EP-211 Epoxidharz   1.200 kg (6 Fass à 200 kg)      4,85 €/kg   Liefertermin KW 49
Pos. 20   HD-40 Härter          300 kg (12 Kanister à 25 kg)  7,20 €/kg   Liefertermin KW 49

Die Lieferung erfolgt frei Haus mit unserer Hausspedition, Anlieferung Mo-Fr zwischen 7 und 14 Uhr.
Sicherheitsdatenblätter liegen der Lieferung bei.

Mit freundlichen Grüßen

i.A. Sabine Krämer
Innendienst / Auftragsabwicklung

Rheinharz Chemie GmbH
Hafenstraße 31 · 47119 Duisburg
Tel. +49 203 80457-31 · Fax +49 203 80457-39
www.rheinharz.example

Sitz der Gesellschaft: Duisburg · Amtsgericht Duisburg HRB 12345
Geschäftsführer: Dr. Ulrich Menge · USt-IdNr. DE 811 234 567"""
    m = reply(p, "Sabine Krämer", T(2026, 11, 10, 14, 37, 12), text, prefix_subj="AW: ",
              charset="windows-1252", lang="de-DE")
    e = conf(p, {1: A(p, 1), 2: A(p, 2)},
             "Supplier numbers positions 10/20 (its own ERP); items/descriptions map them to lines 1/2. "
             "KW 49 without a day = Fri 2026-12-04 = requested. Prices per kg unchanged. Signature numbers are noise.")
    return [p], m, e


@case("002-de-at-loesungsmittel-ibc-teillieferung", "confirmation", "de-AT",
      "Austrian supplier, solvents in IBC/drums; line 1 split 2 IBC 9.12. + 2 IBC KW 51; IBC deposit is not a price change")
def c002():
    s = sup("DONAUSOL", "Donau Solvents Handels GmbH", "verkauf@donausolvents.example", "de-AT")
    p = PO("4500231455", s, "reuter", "EUR", "2026-11-12", [
        ("SOL-EA", "Ethylacetat 99,9 %, IBC 1000 L", 4, "IBC", "1180.00", "2026-12-09"),
        ("SOL-IPA", "Isopropanol techn., Fass 200 L", 10, "DR", "236.00", "2026-12-09"),
    ], rl="de")
    text = """Sehr geehrter Herr Reuter,

besten Dank für den Auftrag. Zu Ihrer Bestellung 4500231455 können wir Ihnen Folgendes bestätigen:

Pos. 1 Ethylacetat 99,9 %: leider ist derzeit nur ein Teil ab Lager Linz verfügbar.
   - 2 IBC Liefertermin Mi., 9.12.
   - die restlichen 2 IBC in KW 51
Pos. 2 Isopropanol techn.: 10 Fässer wie bestellt zum 9.12.

Preise lt. Bestellung. Bitte beachten Sie, dass die IBC Mehrweggebinde sind; wir verrechnen ein Pfand von € 95,00 je IBC, das bei Rückgabe des leeren Gebindes gutgeschrieben wird.

Mit freundlichen Grüßen / Best regards

Ing. Martin Huber
Verkauf Innendienst
Donau Solvents Handels GmbH
Industriezeile 47, 4020 Linz, Österreich
T +43 732 776 540-12 | M +43 664 123 45 67
FN 123456a, LG Linz | UID ATU12345678"""
    m = reply(p, "Huber Martin", T(2026, 11, 13, 9, 5, 44), text, prefix_subj="AW: ",
              charset="windows-1252", lang="de-AT")
    e = conf(p, {1: C(p, 1, date="2026-12-18", schedule=[(2, "2026-12-09"), (2, "2026-12-18")]),
                 2: A(p, 2)},
             "Line 1 split: 2 IBC on Wed 9.12. (no year -> 2026-12-09), 2 IBC in KW 51 (no day -> Fri 2026-12-18). "
             "The EUR 95 deposit per IBC is refundable packaging, not a change of the unit price.")
    return [p], m, e


@case("003-fr-pigments-hausse-prix", "confirmation", "fr-FR",
      "Outlook FR with 'De :' headers; TiO2 price raised 3,15 -> 3,42 EUR/kg, narrow-NBSP thousands, second line unchanged")
def c003():
    s = sup("PIGMENTIS", "Pigmentis SAS", "adv@pigmentis.example", "fr-FR")
    p = PO("OV-FR-26-0912", s, "delorme", "EUR", "2026-11-16", [
        ("TIO2-R706", "Dioxyde de titane rutile, sac 25 kg", 1000, "KG", "3.15", "2026-12-14"),
        ("FE-RED130", "Oxyde de fer rouge 130, sac 25 kg", 250, "KG", "1.92", "2026-12-14"),
    ], rl="fr")
    text = """Bonjour Monsieur Delorme,

Nous accusons bonne réception de votre commande OV-FR-26-0912 et vous en remercions.

Suite à la nouvelle hausse de nos matières premières (chlorure et énergie), nous ne sommes malheureusement pas en mesure de maintenir le prix du dioxyde de titane : le prix applicable à cette commande est de 3,42 €/kg au lieu de 3,15 €/kg.

Récapitulatif :
- Ligne 1 : TIO2-R706 – 1\u202f000 kg (40 sacs) – 3,42 €/kg – livraison le 14/12
- Ligne 2 : FE-RED130 – 250 kg (10 sacs) – 1,92 €/kg – livraison le 14/12

Restant à votre disposition,

Bien cordialement,

Élodie Garnier
Administration des ventes
PIGMENTIS SAS – 12, rue des Tanneurs – 69007 Lyon
Tél. : +33 (0)4 72 00 41 18
SAS au capital de 1 200 000 € – RCS Lyon 512 345 678 – TVA FR12 512345678"""
    m = reply(p, "GARNIER Elodie", T(2026, 11, 17, 16, 48, 3), text, charset="utf-8", lang="fr-FR")
    e = conf(p, {1: C(p, 1, unit_price="3.42"), 2: A(p, 2)},
             "Price of line 1 changed to 3.42 EUR/kg (decimal comma); quantity 1 000 written with a narrow no-break space; 14/12 = 2026-12-14 as requested.")
    return [p], m, e


@case("004-it-flaconi-prezzo-al-mille", "confirmation", "it-IT",
      "Thunderbird IT; vials priced per 1000 pcs (= PO per-piece price); line 1 moved 'entro il 15 gennaio' across year end")
def c004():
    s = sup("VFL", "Vetreria Farmaceutica Lombarda S.p.A.", "ordini@vfl-vetro.example", "it-IT")
    p = PO("4500231620", s, "rinaldi", "EUR", "2026-11-18", [
        ("VL-10-T1", "Flacone vetro tipo I 10 ml, chiaro, collo 20 mm", 50000, "EA", "0.0865", "2026-12-18"),
        ("VL-20-T1", "Flacone vetro tipo I 20 ml, ambra, collo 20 mm", 20000, "EA", "0.1240", "2026-12-18"),
    ])
    text = """Buongiorno Giulia,

confermiamo il vs. ordine n. 4500231620 alle seguenti condizioni:

pos. 1 - flaconi 10 ml chiari - 50.000 pz - € 86,50 / 1000 pz - consegna entro il 15 gennaio (fermo impianto a dicembre per manutenzione forno)
pos. 2 - flaconi 20 ml ambra - 20.000 pz - € 124,00 / 1000 pz - consegna 18/12 come da vs. richiesta

Resa franco vs. magazzino di Lainate.

Cordiali saluti

--
Davide Colombo
Ufficio Commerciale
Vetreria Farmaceutica Lombarda S.p.A.
Via Garibaldi 112 - 20020 Lainate (MI)
Tel. +39 02 9357 1234 - Cell. +39 335 123 4567
P.IVA IT01234560159 - Cap. Soc. € 2.500.000 i.v."""
    attrib = "Il 18/11/2026 10:12, Giulia Rinaldi ha scritto:"
    m = reply(p, "Davide Colombo", T(2026, 11, 19, 11, 20, 51), text, client="tbird",
              quote="attrib", attrib=attrib, prefix_subj="Re: ", html=None, cte="8bit",
              lang="it-IT", flowed=True)
    e = conf(p, {1: C(p, 1, date="2027-01-15"), 2: A(p, 2)},
             "EUR 86,50 per 1000 = 0.0865/pc and 124,00/1000 = 0.1240/pc: prices unchanged. "
             "'entro il 15 gennaio' without year after a November mail -> 2027-01-15.")
    return [p], m, e


@case("005-es-bombas-entrega-partida", "confirmation", "es-ES",
      "Outlook ES; cosmetic pumps split 15.000 on Mon 14 Dec + 15.000 in 'semana 2 de 2027' (Fri); caps accepted")
def c005():
    s = sup("DISPENSA", "Dispensa Pack S.L.", "pedidos@dispensapack.example", "es-ES")
    p = PO("4500231702", s, "ortega", "EUR", "2026-11-20", [
        ("PMP-24-410", "Bomba dosificadora 24/410, blanca, 2 ml", 30000, "EA", "0.1870", "2026-12-14"),
        ("CAP-24-410", "Tapón rosca 24/410 PP blanco", 30000, "EA", "0.0290", "2026-12-14"),
    ])
    text = """Buenos días Carmen:

Te confirmamos el pedido 4500231702:

- Bomba 24/410 blanca: 30.000 ud. a 0,187 €/ud. Por disponibilidad de muelles no podemos servir todo junto: 15.000 ud. el lunes 14 de diciembre y las otras 15.000 ud. en la semana 2 de 2027.
- Tapón 24/410 blanco: 30.000 ud. a 0,029 €/ud., entrega el 14/12 junto con la primera partida de bombas.

Un saludo,

Nerea Etxeberria
Dpto. Comercial
DISPENSA PACK, S.L.
Pol. Ind. Júndiz, c/ Lermandabide 9 – 01015 Vitoria-Gasteiz
Tel. 945 29 00 11 – CIF B01234567

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de DISPENSA PACK, S.L."""
    m = reply(p, "Nerea Etxeberria", T(2026, 11, 23, 12, 41, 9), text, lang="es-ES")
    e = conf(p, {1: C(p, 1, date="2027-01-15", schedule=[(15000, "2026-12-14"), (15000, "2027-01-15")]),
                 2: A(p, 2)},
             "Week 2 of 2027 with no day -> Friday 2027-01-15. 0,187 equals 0.1870; 0,029 equals 0.0290.")
    return [p], m, e


@case("006-ptbr-pecas-agricolas-item-fora-de-linha", "confirmation", "pt-BR",
      "Gmail pt-BR quote; BRL 'R$ 412,00' style; items 1-2 ok with 'Prazo 10/12', item 3 discontinued -> rejected; CNPJ/phone noise")
def c006():
    s = sup("AGROPR", "Agropeças Paraná Ltda.", "vendas@agropecaspr.example", "pt-BR")
    p = PO("OV-BR-3318", s, "souza", "BRL", "2026-11-16", [
        ("DG-24-610", "Disco de grade recortado 24 pol. x 6 mm", 40, "EA", "412.00", "2026-12-10"),
        ("RL-6308-2RS", "Rolamento 6308 2RS", 120, "EA", "58.90", "2026-12-10"),
        ("MN-PL-0456", "Mancal plantadeira linha 4 (ref. 0456)", 16, "EA", "245.00", "2026-12-10"),
    ])
    text = """Boa tarde Rafael, tudo bem?

Segue confirmação do pedido OV-BR-3318:

Item 1 - Disco de grade 24x6 - 40 pçs - R$ 412,00 - ok
Item 2 - Rolamento 6308 2RS - 120 pçs - R$ 58,90 - ok
Item 3 - Mancal ref. 0456 - infelizmente esse item saiu de linha pelo fabricante e não temos mais estoque, não conseguimos atender.

Prazo de entrega itens 1 e 2: 10/12.

Qualquer dúvida estou à disposição.

Att,
--
Juliana Martins
Depto. Comercial
Agropeças Paraná Ltda.
CNPJ 12.345.678/0001-90
(41) 3333-4455 | WhatsApp (41) 99876-5432
Rua das Indústrias, 880 – CIC – Curitiba/PR – CEP 81290-000"""
    attrib = "Em seg., 16 de nov. de 2026 às 06:12, Rafael Souza <rafael.souza@orvento.example> escreveu:"
    m = reply(p, "Juliana Martins", T(2026, 11, 17, 15, 22, 40, tz=-3), text, client="gmail",
              quote="attrib", attrib=attrib, prefix_subj="Re: ", lang="pt-BR")
    e = conf(p, {1: A(p, 1), 2: A(p, 2), 3: R},
             "Item 3 discontinued and out of stock -> rejected. 10/12 is day-first (pt-BR) = 2026-12-10.")
    return [p], m, e


@case("007-pl-kabel-pelne-beben", "confirmation", "pl-PL",
      "Outlook PL, windows-1250 QP; cable only on full 500 m drums: 1 800 m -> 2 000 m confirmed; zł/m with decimal comma")
def c007():
    s = sup("KABELEX", "Kabelex Sp. z o.o.", "zamowienia@kabelex.example", "pl-PL")
    p = PO("4500231390", s, "wojcik", "PLN", "2026-11-11", [
        ("YDYP-3X2.5", "Przewód YDYp 3x2,5 mm2 450/750V", 1800, "M", "3.18", "2026-11-27"),
        ("H07RN-F-5G4", "Przewód H07RN-F 5G4", 300, "M", "14.60", "2026-11-27"),
    ])
    text = """Dzień dobry Panie Tomaszu,

potwierdzamy zamówienie nr 4500231390 z następującą zmianą:

poz. 1 YDYp 3x2,5 – przewód nawijamy wyłącznie na bębny po 500 m, dlatego potwierdzamy 2 000 m (4 bębny x 500 m) w cenie 3,18 zł/m netto.
poz. 2 H07RN-F 5G4 – 300 m, 14,60 zł/m netto, bez zmian.

Termin dostawy obu pozycji: 27.11.2026 (piątek).

Bębny zwrotne – kaucja zgodnie z OWS.

Pozdrawiam
Agnieszka Lis
Dział Sprzedaży

Kabelex Sp. z o.o.
ul. Przemysłowa 17, 41-200 Sosnowiec
tel. +48 32 290 11 22, kom. 601 234 567
NIP 644-123-45-67, KRS 0000123456, kapitał zakładowy 500 000 zł"""
    m = reply(p, "Agnieszka Lis", T(2026, 11, 12, 8, 52, 17), text, prefix_subj="RE: ",
              charset="windows-1250", lang="pl-PL")
    e = conf(p, {1: C(p, 1, quantity=2000), 2: A(p, 2)},
             "Pack-size rounding stated and confirmed by the supplier: 2 000 m (4 full drums) instead of 1 800 m; price and date unchanged.")
    return [p], m, e


@case("008-cs-kovani-potvrzeni-v-pdf", "confirmation", "cs-CZ",
      "Short Czech cover (windows-1250) + ERP PDF order confirmation; line 2 date 18.12.2026 only in the PDF")
def c008():
    s = sup("KOVMOR", "Kování Morava s.r.o.", "objednavky@kovani-morava.example", "cs-CZ")
    p = PO("4500231519", s, "dvorak", "CZK", "2026-11-16", [
        ("ZV-110-SC", "Závěs nábytkový 110°, se zpomalovačem", 4000, "EA", "18.40", "2026-12-11"),
        ("VY-450-PL", "Výsuv plnovýsuvný 450 mm, pár", 600, "PR", "212.00", "2026-12-11"),
        ("MD-KN-128", "Madlo 128 mm, černé matné", 1500, "EA", "36.50", "2026-12-11"),
    ])
    text = """Dobrý den, pane Dvořáku,

v příloze Vám zasíláme potvrzení objednávky č. 4500231519.
Upozorňujeme na změnu termínu u pol. 2 – viz příloha.

S pozdravem

Lenka Horáková
obchodní referent
Kování Morava s.r.o. | Průmyslová 1142 | 760 01 Zlín
IČO: 25512345 | DIČ: CZ25512345
Společnost zapsaná v OR vedeném KS v Brně, oddíl C, vložka 31415
tel.: +420 577 123 456 | mobil: +420 603 123 456"""
    pdf = [[
        (14, True, "Kování Morava s.r.o."),
        "Průmyslová 1142, 760 01 Zlín   IČO 25512345   DIČ CZ25512345",
        "",
        (13, True, "POTVRZENÍ OBJEDNÁVKY / ORDER CONFIRMATION   OP26-04471"),
        "Datum vystavení: 18.11.2026",
        "Odběratel: Orvento CZ s.r.o., Na Rovnosti 8, 130 00 Praha 3",
        "Vaše objednávka č.: 4500231519 ze dne 16.11.2026",
        "Vyřizuje: Lenka Horáková",
        "",
        (10, True, "Pol.  Kód          Popis                           Množství  MJ    Cena/MJ Kč   Celkem Kč    Termín dodání"),
        "1     ZV-110-SC    Závěs nábytkový 110° se zpomal.    4 000     ks       18,40     73 600,00    11.12.2026",
        "2     VY-450-PL    Výsuv plnovýsuvný 450 mm              600     pár     212,00    127 200,00    18.12.2026",
        "3     MD-KN-128    Madlo 128 mm černé matné            1 500     ks       36,50     54 750,00    11.12.2026",
        "",
        "Celkem bez DPH: 255 550,00 Kč      DPH 21 %: 53 665,50 Kč      Celkem s DPH: 309 215,50 Kč",
        "Dodací podmínky: DAP Praha     Platební podmínky: 30 dní od data vystavení faktury",
        "",
        "Pol. 2: změna termínu z důvodu zpoždění dodávky výsuvů od výrobce.",
    ]]
    att = pdf_att(pdf, "Potvrzeni_objednavky_OP26-04471.pdf")
    m = reply(p, "Lenka Horáková", T(2026, 11, 18, 10, 31, 5), text, charset="windows-1250",
              prefix_subj="RE: ", atts=[att], lang="cs-CZ")
    e = conf(p, {1: A(p, 1), 2: C(p, 2, date="2026-12-18"), 3: A(p, 3)},
             "The commitment is only in the PDF; cover just points to it. PDF: 18.12.2026 for pos. 2, others as ordered.")
    return [p], m, e


@case("009-nl-spuitgietwerk-inline-antwoord", "confirmation", "nl-NL",
      "Thunderbird NL, answers written inline between quoted PO lines; line 3 moved to 'week 3' (next year)")
def c009():
    s = sup("KUNTW", "Kunststoffen Twente B.V.", "verkoop@kunststoffentwente.example", "nl-NL")
    p = PO("4500231288", s, "devries", "EUR", "2026-11-10", [
        ("BH-220-ABS", "Behuizing bovendeel ABS, RAL 9005", 5000, "EA", "1.34", "2026-12-18"),
        ("BH-221-ABS", "Behuizing onderdeel ABS, RAL 9005", 5000, "EA", "1.12", "2026-12-18"),
        ("KL-15-PP", "Klepje PP naturel", 10000, "EA", "0.085", "2026-12-18"),
    ])
    text = """Hoi Sanne,

Zie mijn antwoorden hieronder in de tekst.

Op 10-11-2026 om 10:12 schreef Sanne de Vries:
> Beste heer/mevrouw,
>
> Hierbij onze inkooporder 4500231288. Graag per regel bevestigen.
>
> Regel 1  BH-220-ABS  Behuizing bovendeel ABS, RAL 9005  5.000 st  € 1,34  leverdatum 18-12-2026

Akkoord.

> Regel 2  BH-221-ABS  Behuizing onderdeel ABS, RAL 9005  5.000 st  € 1,12  leverdatum 18-12-2026

Akkoord, komt in dezelfde levering als regel 1.

> Regel 3  KL-15-PP  Klepje PP naturel  10.000 st  € 0,085  leverdatum 18-12-2026

De matrijs staat in onderhoud (nieuwe uitwerpers). Levering wordt week 3, prijs blijft gelijk.

> Met vriendelijke groet,
> Sanne de Vries
> Inkoop | Orvento Benelux B.V.

Groet,

Ruud Jansen
Kunststoffen Twente B.V. | Binnenhaven 14 | 7547 BG Enschede
T 053 480 12 34 | KvK 06012345
"""
    m = reply(p, "Ruud Jansen", T(2026, 11, 11, 13, 17, 26), text, client="tbird", quote="none",
              prefix_subj="Re: ", subject="Re: Inkooporder 4500231288", html=None, cte="8bit",
              lang="nl-NL")
    e = conf(p, {1: A(p, 1), 2: A(p, 2), 3: C(p, 3, date="2027-01-22")},
             "Inline answers: each 'Akkoord' belongs to the quoted line above it. 'week 3' after a November mail = ISO week 3 of 2027, Friday 2027-01-22.")
    return [p], m, e


@case("010-sv-etiketter-vecka-50", "confirmation", "sv-SE",
      "Apple Mail SV with quote below signature; labels per roll in kr, 'Leverans vecka 50' = Friday = requested -> accepted")
def c010():
    s = sup("ETIKBOR", "Etikettbolaget i Borås AB", "order@etikettbolaget.example", "sv-SE")
    p = PO("4500231366", s, "lindqvist", "SEK", "2026-11-11", [
        ("ETK-100x50-TT", "Etikett 100x50 mm, termotransfer, 4 000 st/rulle", 60, "RL", "412.50", "2026-12-11"),
        ("ETK-60x40-DT", "Etikett 60x40 mm, direkttermisk, 2 000 st/rulle", 40, "RL", "168.00", "2026-12-11"),
    ])
    text = """Hej Mara!

Tack för ordern. Vi bekräftar order 4500231366 enligt nedan:

Rad 1: 60 rullar 100x50 TT à 412,50 kr/rulle
Rad 2: 40 rullar 60x40 DT à 168,00 kr/rulle

Leverans vecka 50.

Med vänliga hälsningar
Johan Ek
Innesälj
Etikettbolaget i Borås AB
Växel 033-12 34 50 | Direkt 033-12 34 57
Org.nr 556123-4567"""
    attrib = "11 nov. 2026 kl. 10:12 skrev Mara Lindqvist <mara.lindqvist@orvento.example>:"
    m = reply(p, "Johan Ek", T(2026, 11, 12, 7, 58, 2), text, client="apple", quote="apple",
              attrib=attrib, prefix_subj="Sv: ", lang="sv-SE")
    e = conf(p, {1: A(p, 1), 2: A(p, 2)},
             "Week 50 without a day = Fri 2026-12-11 = requested date; prices per roll equal PO.")
    return [p], m, e


@case("011-tr-masterbatch-teslim-8-aralik", "confirmation", "tr-TR",
      "Outlook TR (windows-1254 QP); both lines confirmed, delivery moved to '8 Aralık Salı'")
def c011():
    s = sup("RENKM", "Renkmaster Plastik Boya San. ve Tic. A.Ş.", "satis@renkmaster.example", "tr-TR")
    p = PO("4500231411", s, "yilmaz", "USD", "2026-11-12", [
        ("MB-BLK-4050", "Siyah masterbatch, PE taşıyıcı, 25 kg torba", 2000, "KG", "2.95", "2026-12-04"),
        ("MB-WHT-7030", "Beyaz masterbatch TiO2 %70, 25 kg torba", 1000, "KG", "3.60", "2026-12-04"),
    ])
    text = """Merhaba Emre Bey,

4500231411 numaralı siparişiniz için teşekkür ederiz. Siparişinizi aşağıdaki şekilde onaylıyoruz:

1. Siyah masterbatch 4050 – 2.000 kg – 2,95 USD/kg
2. Beyaz masterbatch 7030 – 1.000 kg – 3,60 USD/kg

Teslim tarihi: 8 Aralık Salı (üretim planı nedeniyle talep ettiğiniz 4 Aralık tarihine yetişemiyoruz).

İyi çalışmalar,

Selin Aydın
Satış Destek
Renkmaster Plastik Boya San. ve Tic. A.Ş.
Gebze OSB 5. Cad. No:12 Gebze/Kocaeli
Tel: +90 262 751 00 00 | Mersis No: 0123456789000015"""
    m = reply(p, "Selin Aydın", T(2026, 11, 13, 10, 44, 30, tz=3), text, charset="windows-1254",
              prefix_subj="YNT: ", lang="tr-TR")
    e = conf(p, {1: C(p, 1, date="2026-12-08"), 2: C(p, 2, date="2026-12-08")},
             "'8 Aralık Salı' = Tuesday 8 December 2026; the 4 Aralık mentioned is the requested date they cannot meet.")
    return [p], m, e


@case("012-en-us-mro-backorder-discontinued", "confirmation", "en-US",
      "US MRO distributor: line 1 ships 11/20 (ship date only -> date changed), line 2 backorder ships 12/15, line 3 discontinued -> rejected (alternate only offered)")
def c012():
    s = sup("MIDSTATE", "Midstate Industrial Supply", "orders@midstateindustrial.example", "en-US")
    p = PO("PO-US-77102", s, "kim", "USD", "2026-11-16", [
        ("GLV-N8-L", "Nitrile gloves 8 mil, size L, box of 100", 120, "BX", "14.25", "2026-11-24"),
        ("SG-CLR-AF", "Safety glasses, clear, anti-fog", 200, "EA", "3.40", "2026-11-24"),
        ("ZT-14-UV", "Cable ties 14in UV black, bag of 100", 50, "BG", "9.80", "2026-11-24"),
    ])
    text = """Hi Rachel,

Thanks for the order - here's where we're at on PO-US-77102:

Line 1 (gloves, L) - 120 bx in stock, ships 11/20 from our Columbus DC.
Line 2 (safety glasses) - backordered with the manufacturer. We'll ship all 200 ea on 12/15.
Line 3 (14" UV ties) - this part has been discontinued by the mfr and we won't be able to supply it. Closest replacement is the 15" UV tie #ZT-15-UV at $10.45/bag - let me know if you want me to add it as a new line.

Pricing as quoted on lines 1 and 2.

Thanks!
Kevin Doyle
Inside Sales | Midstate Industrial Supply
p. (614) 555-0182 | f. (614) 555-0190
4120 Fisher Rd, Columbus, OH 43228"""
    m = reply(p, "Kevin Doyle", T(2026, 11, 17, 14, 5, 11, tz=-5), text, lang="en-US")
    e = conf(p, {1: C(p, 1, date="2026-11-20"), 2: C(p, 2, date="2026-12-15"), 3: R},
             "Only ship dates given (month-first 11/20, 12/15) -> they are the dates; 11/20 differs from need-by 11/24 so line 1 is 'changed'. "
             "Line 3 cannot be supplied; the replacement would be a new line, so line 3 is rejected.")
    return [p], m, e


@case("013-en-gb-cable-despatch-vs-delivery", "confirmation", "en-GB",
      "UK cable distributor: 'despatched 1/12, delivered 3/12' (day-first, delivery wins); price quoted per 100 m equals per-metre PO price")
def c013():
    s = sup("PENNINE", "Pennine Cable Distribution Ltd", "sales@penninecable.example", "en-GB")
    p = PO("4500231540", s, "whitcombe", "GBP", "2026-11-17", [
        ("SWA-3C-2.5", "SWA cable 3 core 2.5mm², BS 5467", 500, "M", "2.86", "2026-12-03"),
        ("6491X-1.5-BLU", "Single core 6491X 1.5mm² blue, 100m reel", 10, "RL", "24.10", "2026-12-03"),
    ])
    text = """Morning Ian,

Thanks for PO 4500231540, confirmed as follows:

Item 1 – SWA 3C 2.5mm – 500m, cut as 2 x 250m drums – £286.00 per 100m
Item 2 – 6491X 1.5mm blue – 10 reels – £24.10 per reel

Goods will be despatched 1/12 on our own transport and delivered to you 3/12.

Kind regards,

Gemma Walsh
Sales Office
Pennine Cable Distribution Ltd
Unit 7, Calder Park, Wakefield WF2 7UA
T: 01924 555 310

Registered in England & Wales No. 04567891 | VAT GB 123 4567 89
This email and any attachments are confidential and intended solely for the addressee."""
    m = reply(p, "Gemma Walsh", T(2026, 11, 18, 11, 9, 47, tz=0), text, lang="en-GB")
    e = conf(p, {1: A(p, 1), 2: A(p, 2)},
             "Day-first dates: despatch 1 Dec, delivery 3 Dec; the delivery date wins = requested. GBP 286.00 per 100 m = 2.86/m.")
    return [p], m, e


@case("014-en-in-pto-shafts-lakh-split", "confirmation", "en-IN",
      "Indian English ('esteemed order', 'do the needful'), lakh grouping Rs. 7,35,000.00; line 1 split 200 by 15-12-2026 + 100 by 05-01-2027")
def c014():
    s = sup("SHAKTI", "Shakti Agro Components Pvt. Ltd.", "marketing@shaktiagro.example", "en-IN")
    p = PO("OVIN/PO/26-27/0418", s, "pillai", "INR", "2026-11-19", [
        ("PTO-540-6S", "PTO shaft assembly 540 rpm, 6 spline, 1000 mm", 300, "NOS", "2450.00", "2026-12-15"),
        ("UJ-27-70", "Universal joint cross 27x70", 600, "NOS", "385.00", "2026-12-15"),
    ])
    text = """Dear Madam,

Greetings from Shakti Agro!

We are in receipt of your esteemed purchase order no. OVIN/PO/26-27/0418 dated 19.11.2026 and thank you for the same.

We are pleased to confirm the order as under:

1) PTO Shaft Assy 540 RPM 6 Spline - Qty 300 Nos @ Rs. 2,450.00/No. - Total Rs. 7,35,000.00
   Delivery: 200 Nos by 15-12-2026, balance 100 Nos by 05-01-2027
2) U.J. Cross 27x70 - Qty 600 Nos @ Rs. 385.00/No. - Total Rs. 2,31,000.00
   Delivery: 15-12-2026

GST @18% extra as applicable. Freight as per PO terms.

Kindly do the needful and acknowledge.

Thanks & Regards,
Rajesh Kulkarni
Sr. Executive - Marketing
Shakti Agro Components Pvt. Ltd.
Plot No. D-47, MIDC Ambad, Nashik - 422010, Maharashtra
Mob: +91 98220 12345 | Ph: 0253-2381234
GSTIN: 27AABCS1234F1Z5 | CIN: U29219MH2004PTC123456"""
    m = reply(p, "Rajesh Kulkarni", T(2026, 11, 20, 17, 42, 8, tz=5.5), text, lang="en-IN")
    e = conf(p, {1: C(p, 1, date="2027-01-05", schedule=[(200, "2026-12-15"), (100, "2027-01-05")]),
                 2: A(p, 2)},
             "Day-first dates; 05-01-2027 is 5 January. Totals in lakh grouping are consistent with the PO prices; GST extra is not a price change.")
    return [p], m, e


@case("015-zh-cn-pp-resin-foxmail-gbk", "confirmation", "zh-CN",
      "Foxmail, GBK base64, 原始邮件 quote; resin 10吨/5吨 at 元/公斤 = PO; 交货日期 2026年12月20日 instead of 12-18")
def c015():
    s = sup("HUASU", "宁波华塑新材料有限公司", "sales@huasu-nb.example", "zh-CN")
    p = PO("OVSZ-PO-261187", s, "chen", "CNY", "2026-11-20", [
        ("PP-H030S", "聚丙烯均聚物 H030S, 25 kg/袋", 10000, "KG", "9.80", "2026-12-18"),
        ("PP-K8003", "聚丙烯抗冲共聚物 K8003, 25 kg/袋", 5000, "KG", "10.35", "2026-12-18"),
    ])
    text = """陈工，您好！

贵司采购订单 OVSZ-PO-261187 已收到，确认如下：

1. PP H030S   10吨（400袋）  单价 9.80元/公斤（含税）  交货日期：2026年12月20日
2. PP K8003   5吨（200袋）   单价 10.35元/公斤（含税）  交货日期：2026年12月20日

因12月上旬装置检修，交期较贵司要求推迟两天，敬请谅解。

祝好！

王丽娜
销售部
宁波华塑新材料有限公司
地址：浙江省宁波市北仑区港口路88号
电话：0574-8612 3456  手机：138 5741 2233"""
    quote = ("\n\n\n------------------ 原始邮件 ------------------\n"
             "发件人: \"Chen Lu\"<chen.lu@orvento.example>;\n"
             "发送时间: 2026年11月20日(星期五) 下午5:12\n"
             "收件人: \"sales\"<sales@huasu-nb.example>;\n"
             f"主题: {req_subject(p)}\n\n" + req_text(p))
    m = reply(p, "王丽娜", T(2026, 11, 23, 9, 15, 2, tz=8), text, client="foxmail", quote=quote,
              prefix_subj="回复：", charset="gbk", cte="base64", lang="zh-CN")
    e = conf(p, {1: C(p, 1, date="2026-12-20"), 2: C(p, 2, date="2026-12-20")},
             "10吨 = 10 000 kg, 5吨 = 5 000 kg; 元/公斤 = CNY/kg equal to PO; both lines delivered 2026-12-20 instead of 12-18.")
    return [p], m, e


@case("016-ja-caps-iso2022jp-line2-mitei", "confirmation", "ja-JP",
      "Becky! ISO-2022-JP; line 1 納期 12月25日（金） as requested; line 2 納期未定 (to be advised) -> unconfirmed")
def c016():
    s = sup("MINATO", "株式会社ミナト化成", "eigyo@minato-kasei.example", "ja-JP")
    p = PO("4500231590", s, "tanaka", "JPY", "2026-11-18", [
        ("CAP-28-WH", "キャップ 28mm 白 PP", 20000, "EA", "12.50", "2026-12-25"),
        ("PMP-LT-200", "ローションポンプ 200ml用", 8000, "EA", "48.00", "2026-12-25"),
    ])
    text = """オルベント・ジャパン株式会社
購買部　田中様

いつも大変お世話になっております。
ミナト化成の佐藤でございます。

ご注文書 No.4500231590 につきまして、下記の通りご回答申し上げます。

1. キャップ 28mm 白 PP　20,000個　@12.5円
　 納期：12月25日（金）
2. ローションポンプ 200ml用　8,000個　@48円
　 納期：現在メーカーに確認中のため未定です。確定次第ご連絡いたします。

何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社ミナト化成　営業部
佐藤 美咲 (Misaki Sato)
〒544-0005 大阪府大阪市生野区中川1-2-3
TEL 06-6751-1234 / FAX 06-6751-1235
━━━━━━━━━━━━━━━━━━━━"""
    quote = "\n\n-----Original Message-----\n" + prefix(
        f"From: Ken Tanaka <ken.tanaka@orvento.example>\nSent: Wednesday, November 18, 2026 6:12 PM\n"
        f"To: eigyo@minato-kasei.example\nSubject: {req_subject(p)}\n\n" + req_text(p))
    m = reply(p, "佐藤 美咲", T(2026, 11, 19, 17, 30, 55, tz=9), text, client="becky", quote=quote,
              prefix_subj="Re: ", charset="iso-2022-jp", cte="7bit", html=None, lang="ja-JP")
    e = conf(p, {1: A(p, 1), 2: U},
             "Line 1: 20,000個 @12.5円, 12月25日（金） = 2026-12-25 as ordered. Line 2 delivery '未定' (not yet fixed, will advise) -> unconfirmed.")
    return [p], m, e


@case("017-ko-labels-ks-c-5601", "confirmation", "ko-KR",
      "Outlook KO, charset ks_c_5601-1987 base64; both label lines confirmed for 12월 11일(금) instead of 12-09")
def c017():
    s = sup("HANBIT", "(주)한빛라벨", "sales@hanbitlabel.example", "ko-KR")
    p = PO("4500231633", s, "park", "KRW", "2026-11-19", [
        ("LBL-COS-50", "화장품 용기 라벨 50x80 mm, 유광 PP", 100000, "EA", "18", "2026-12-09"),
        ("LBL-BOX-A4", "단상자 라벨 A4 4분할", 20000, "EA", "35", "2026-12-09"),
    ])
    text = """박지원 과장님, 안녕하십니까.
한빛라벨 영업팀 김민수입니다.

발주서 4500231633 건 확인하였습니다.

1. 화장품 용기 라벨 50x80 (유광 PP)  100,000매 / 단가 18원
2. 단상자 라벨 A4 4분할  20,000매 / 단가 35원

납기는 두 품목 모두 12월 11일(금) 납품 가능합니다.
(요청하신 12월 9일은 인쇄 일정상 어렵습니다.)

감사합니다.

김민수 드림
(주)한빛라벨 영업팀 | 대리
경기도 파주시 산업단지길 45
T. 031-945-1234 | M. 010-2345-6789
사업자등록번호 123-45-67890"""
    m = reply(p, "김민수", T(2026, 11, 20, 14, 10, 33, tz=9), text, charset="ks_c_5601-1987",
              cte="base64", prefix_subj="RE: ", lang="ko-KR")
    e = conf(p, {1: C(p, 1, date="2026-12-11"), 2: C(p, 2, date="2026-12-11")},
             "'12월 11일(금) 납품 가능합니다' is the committed delivery date (Friday 2026-12-11); 12월 9일 is the requested date they cannot meet. Prices in KRW unchanged.")
    return [p], m, e


@case("018-vi-hu-nhua-gmail", "confirmation", "vi-VN",
      "Gmail VI attribution; plastic jars, Vietnamese decimal comma '0,118 USD' and dot thousands '40.000 cái' -> all accepted")
def c018():
    s = sup("NHUASG", "Công ty TNHH Nhựa Bao Bì Sài Gòn", "kinhdoanh@nhuasaigon.example", "vi-VN")
    p = PO("4500231655", s, "nguyen", "USD", "2026-11-20", [
        ("JAR-50-PP", "Hũ nhựa PP 50 g, nắp trắng", 40000, "EA", "0.118", "2026-12-18"),
        ("JAR-100-PP", "Hũ nhựa PP 100 g, nắp trắng", 20000, "EA", "0.156", "2026-12-18"),
    ])
    text = """Chào chị Hà,

Bên em xác nhận đơn hàng số 4500231655 như sau:

- Hũ PP 50g nắp trắng: 40.000 cái, đơn giá 0,118 USD/cái
- Hũ PP 100g nắp trắng: 20.000 cái, đơn giá 0,156 USD/cái

Thời gian giao hàng: ngày 18/12/2026 tại kho của chị ở KCN VSIP.

Cảm ơn chị!

Trân trọng,
Trần Minh Quân
Phòng Kinh Doanh
Công ty TNHH Nhựa Bao Bì Sài Gòn
Lô C5, KCN Tân Tạo, Q. Bình Tân, TP.HCM
ĐT: 028 3754 1234 - Hotline: 0909 123 456
MST: 0301234567"""
    attrib = "Vào Th 6, 20 thg 11, 2026 vào lúc 16:12 Nguyễn Thu Hà <ha.nguyen@orvento.example> đã viết:"
    m = reply(p, "Trần Minh Quân", T(2026, 11, 21, 8, 40, 19, tz=7), text, client="gmail",
              quote="attrib", attrib=attrib, prefix_subj="Re: ", cte="base64", lang="vi-VN")
    e = conf(p, {1: A(p, 1), 2: A(p, 2)},
             "Vietnamese number format: '40.000' = 40000, '0,118' = 0.118. 18/12/2026 as requested.")
    return [p], m, e


@case("019-ru-kabel-dve-partii-cp1251", "confirmation", "ru-RU",
      "Outlook RU, windows-1251 base64; cable line 1 in two lots 5 000 m by 10 Dec + 3 000 m on 25 Dec; prepayment invoice mention")
def c019():
    s = sup("URALKS", "ООО «Уралкабель-Снаб»", "zakaz@uralkabel-snab.example", "ru-RU")
    p = PO("4500231477", s, "smirnova", "RUB", "2026-11-13", [
        ("VVG-3X2.5", "Кабель ВВГнг(А)-LS 3х2,5", 8000, "M", "96.40", "2026-12-10"),
        ("KG-4X16", "Кабель КГ-ХЛ 4х16", 600, "M", "512.00", "2026-12-10"),
    ])
    text = """Добрый день, Анна!

Подтверждаем заказ № 4500231477 от 13.11.2026.

1. ВВГнг(А)-LS 3х2,5 — 8 000 м, цена 96,40 руб./м с НДС.
   Поставка двумя партиями: 5 000 м — до 10 декабря, остаток 3 000 м — 25 декабря.
2. КГ-ХЛ 4х16 — 600 м, цена 512,00 руб./м с НДС, поставка до 10 декабря.

Счёт на предоплату направим отдельным письмом.

С уважением,
Дмитрий Кузнецов
менеджер отдела продаж
ООО «Уралкабель-Снаб»
620026, г. Екатеринбург, ул. Куйбышева, д. 44, оф. 312
тел. +7 (343) 222-33-44, доб. 105
ИНН 6671123456 / КПП 667101001"""
    m = reply(p, "Дмитрий Кузнецов", T(2026, 11, 16, 12, 5, 41, tz=3), text, charset="windows-1251",
              cte="base64", prefix_subj="RE: ", lang="ru-RU")
    e = conf(p, {1: C(p, 1, date="2026-12-25", schedule=[(5000, "2026-12-10"), (3000, "2026-12-25")]),
                 2: A(p, 2)},
             "'до 10 декабря' = by 10 Dec; the remaining 3 000 m on 25 Dec; line 2 by 10 Dec as requested.")
    return [p], m, e


@case("020-uk-zapchastyny-vidmova-poz2", "confirmation", "uk-UA",
      "Gmail UK (Ukrainian); pos.1 confirmed with shipment 7 грудня (= requested), pos.2 declined due to steel shortage (force majeure) -> rejected")
def c020():
    s = sup("AGRODET", "ТОВ «Агродеталь-Схід»", "prodazh@agrodetal.example", "uk-UA")
    p = PO("4500231502", s, "kovalenko", "UAH", "2026-11-16", [
        ("SD-DSK-350", "Диск сошника сівалки 350 мм", 200, "EA", "640.00", "2026-12-07"),
        ("SD-SHF-22", "Вал висівного апарату 22 мм", 50, "EA", "1180.00", "2026-12-07"),
    ])
    text = """Доброго дня, Олено!

Щодо замовлення № 4500231502:

поз. 1 — диски сошника 350 мм, 200 шт. по 640,00 грн — підтверджуємо, відвантаження 7 грудня.
поз. 2 — вали 22 мм — на жаль, змушені відмовитися: через відсутність прутка потрібної марки сталі (форс-мажор у нашого постачальника металу) виготовити не зможемо.

Вибачте за незручності.

З повагою,
Андрій Бондаренко
менеджер з продажу
ТОВ «Агродеталь-Схід»
м. Харків, вул. Промислова, 12
+38 (057) 700-12-34
ЄДРПОУ 38123456"""
    attrib = "пн, 16 лист. 2026 р. о 11:12 Olena Kovalenko <olena.kovalenko@orvento.example> пише:"
    m = reply(p, "Андрій Бондаренко", T(2026, 11, 17, 15, 30, 4, tz=2), text, client="gmail",
              quote="attrib", attrib=attrib, prefix_subj="Re: ", cte="base64", lang="uk-UA")
    e = conf(p, {1: A(p, 1), 2: R},
             "Pos. 1: shipment date 7 Dec is the only date and equals the requested date -> accepted. Pos. 2 explicitly declined.")
    return [p], m, e


@case("021-el-alu-tubes-iso8859-7", "confirmation", "el-GR",
      "Outlook EL, ISO-8859-7 QP; aluminium tubes confirmed 15/01/2027 as requested; artwork deadline 10/12 is not a delivery date")
def c021():
    s = sup("ATTUBES", "Attica Tubes S.A.", "pwliseis@atticatubes.example", "el-GR")
    p = PO("4500231701", s, "papadopoulou", "EUR", "2026-11-23", [
        ("TB-AL-30-100", "Σωληνάριο αλουμινίου 30x100 mm, λευκό, βιδωτό καπάκι", 25000, "EA", "0.214", "2027-01-15"),
    ])
    text = """Καλημέρα σας κα Παπαδοπούλου,

Επιβεβαιώνουμε την παραγγελία σας αρ. 4500231701:

Σωληνάριο αλουμινίου 30x100, λευκό - 25.000 τεμ. - 0,214 €/τεμ. - παράδοση 15/01/2027.

Παρακαλούμε να μας αποστείλετε έως τις 10/12 τα τελικά μακέτα εκτύπωσης.

Με εκτίμηση,
Νίκος Γεωργίου
Τμήμα Πωλήσεων
ATTICA TUBES Α.Ε.
Θέση Πράρι, 19300 Ασπρόπυργος
Τηλ.: 210 5570 123 | ΑΦΜ 099123456 | ΓΕΜΗ 123456701000"""
    m = reply(p, "Νίκος Γεωργίου", T(2026, 11, 24, 10, 2, 38, tz=2), text, charset="iso-8859-7",
              prefix_subj="ΑΠ: ", lang="el-GR")
    e = conf(p, {1: A(p, 1)},
             "Delivery 15/01/2027 = requested; 25.000 = 25000, 0,214 = 0.214. The 10/12 artwork deadline is a request to the buyer, not a delivery date.")
    return [p], m, e


@case("022-fi-puukomponentit-viikko-2", "confirmation", "fi-FI",
      "Outlook FI; wooden furniture parts confirmed, 'Toimitus viikolla 2' (Friday 2027-01-15) instead of 2027-01-08")
def c022():
    s = sup("PUUKOMP", "Puukomponentti Oy", "myynti@puukomponentti.example", "fi-FI")
    p = PO("4500231480", s, "lindqvist", "EUR", "2026-11-16", [
        ("JL-KOIVU-720", "Pöydänjalka koivu 720 mm, lakattu", 800, "EA", "7.90", "2027-01-08"),
        ("KS-KOIVU-40", "Kiskolista koivu 40x20x1200", 1200, "EA", "2.35", "2027-01-08"),
    ])
    text = """Hei Mara,

kiitos tilauksesta 4500231480. Vahvistamme tilauksen seuraavasti:

Rivi 1: pöydänjalka koivu 720 mm, 800 kpl, 7,90 €/kpl
Rivi 2: kiskolista koivu 40x20x1200, 1 200 kpl, 2,35 €/kpl

Toimitus viikolla 2 (joulutauon vuoksi emme pysty toimittamaan viikolla 1).

Ystävällisin terveisin
Mikko Virtanen
Myyntipäällikkö
Puukomponentti Oy
Teollisuustie 8, 15560 Nastola
puh. 040 123 4567
Y-tunnus 1234567-8"""
    m = reply(p, "Mikko Virtanen", T(2026, 11, 18, 13, 15, 0, tz=2), text, prefix_subj="VS: ",
              lang="fi-FI")
    e = conf(p, {1: C(p, 1, date="2027-01-15"), 2: C(p, 2, date="2027-01-15")},
             "'viikolla 2' (week 2) after a November mail = ISO week 2 of 2027, Friday 2027-01-15. Week 1 is only mentioned as not possible.")
    return [p], m, e


@case("023-hu-kabelkotegelo-visszaigazolas", "confirmation", "hu-HU",
      "Outlook HU; year-first date '2026. december 17.', thousands with spaces, EUR/db -> all accepted")
def c023():
    s = sup("MFROCCS", "Műanyag Fröccsöntő Kft.", "rendeles@froccsonto-kft.example", "hu-HU")
    p = PO("4500231566", s, "novak", "EUR", "2026-11-17", [
        ("KT-300-48-N", "Kábelkötegelő 300x4,8 mm, natúr PA66", 50000, "EA", "0.021", "2026-12-17"),
        ("KT-200-36-B", "Kábelkötegelő 200x3,6 mm, fekete UV", 30000, "EA", "0.016", "2026-12-17"),
    ])
    text = """Tisztelt Nováková Asszony!

Köszönjük megrendelését. A 4500231566 számú rendelést az alábbiak szerint visszaigazoljuk:

1. tétel: kábelkötegelő 300x4,8 natúr - 50 000 db - 0,021 EUR/db
2. tétel: kábelkötegelő 200x3,6 fekete UV - 30 000 db - 0,016 EUR/db

Szállítási határidő: 2026. december 17.

Üdvözlettel:
Kovács Zsófia
értékesítési asszisztens
Műanyag Fröccsöntő Kft.
2400 Dunaújváros, Ipari park út 5.
Tel.: +36 25 123 456
Cégjegyzékszám: 07-09-012345 | Adószám: 12345678-2-07"""
    m = reply(p, "Kovács Zsófia", T(2026, 11, 18, 9, 50, 12), text, charset="iso-8859-2",
              prefix_subj="VS: ", lang="hu-HU")
    e = conf(p, {1: A(p, 1), 2: A(p, 2)},
             "Hungarian year-first date 2026. december 17. = requested; 0,021 / 0,016 EUR per piece as ordered.")
    return [p], m, e


@case("024-ro-feronerie-cantitate-minima", "confirmation", "ro-RO",
      "Gmail RO; minimum pack 5.000 buc -> line 1 raised 3.500 -> 5.000 and confirmed; line 2 as ordered")
def c024():
    s = sup("FERMOB", "Feronerie Mobilier SRL", "comenzi@feroneriemobilier.example", "ro-RO")
    p = PO("4500231610", s, "novak", "EUR", "2026-11-18", [
        ("EX-CONF-7x50", "Șurub confirmat 7x50, zincat", 3500, "EA", "0.038", "2026-12-10"),
        ("EX-DIB-8x30", "Diblu lemn fag 8x30", 20000, "EA", "0.004", "2026-12-10"),
    ])
    text = """Bună ziua doamna Nováková,

Vă mulțumim pentru comanda nr. 4500231610.

Pentru poziția 1 (șurub confirmat 7x50 zincat) cantitatea minimă de livrare este de 5.000 buc. (ambalaj original, cutie de 5.000 buc.), așa că vă confirmăm 5.000 buc. la prețul de 0,038 EUR/buc.
Poziția 2 (diblu fag 8x30) – 20.000 buc. la 0,004 EUR/buc. – confirmat.

Termen de livrare pentru ambele poziții: 10.12.2026.

Cu stimă,
Ioana Popescu
Departament Vânzări
Feronerie Mobilier SRL
Str. Fabricii nr. 21, 400620 Cluj-Napoca
Tel. 0264 123 456 | Mobil 0744 123 456
CUI RO12345678 | J12/1234/2005"""
    attrib = "În mie., 18 nov. 2026 la 11:12, Petra Nováková <petra.novakova@orvento.example> a scris:"
    m = reply(p, "Ioana Popescu", T(2026, 11, 19, 11, 25, 40, tz=2), text, client="gmail",
              quote="attrib", attrib=attrib, prefix_subj="Re: ", lang="ro-RO")
    e = conf(p, {1: C(p, 1, quantity=5000), 2: A(p, 2)},
             "Minimum order/pack size: the supplier confirms 5.000 pcs (not 3.500). Dot is the thousands separator.")
    return [p], m, e


@case("025-de-ch-klebstoff-chf-apostroph", "confirmation", "de-CH",
      "Swiss German (ss instead of ß), CHF with apostrophe thousands 1'250.50, 'Mittwoch, 9. Dezember' = requested -> accepted")
def c025():
    s = sup("KLEBTEC", "Klebtec AG", "verkauf@klebtec.example", "de-CH")
    p = PO("4500231444", s, "reuter", "CHF", "2026-11-12", [
        ("PU-KL-8810", "PU-Klebstoff 1K, Fass 200 kg", 5, "DR", "1250.50", "2026-12-09"),
        ("PR-AKT-10", "Aktivator/Primer, Kanister 10 L", 12, "CAN", "189.00", "2026-12-09"),
    ], rl="de")
    text = """Grüezi Herr Reuter

Besten Dank für Ihre Bestellung 4500231444, welche wir gerne wie folgt bestätigen:

Pos. 1  PU-Klebstoff 8810, 5 Fass à 200 kg, CHF 1'250.50 pro Fass, total CHF 6'252.50
Pos. 2  Primer AKT-10, 12 Kanister à 10 L, CHF 189.00 pro Kanister, total CHF 2'268.00

Lieferung: Mittwoch, 9. Dezember, franko Domizil.

Freundliche Grüsse

Reto Brunner
Verkaufsinnendienst
Klebtec AG | Industriestrasse 22 | 8604 Volketswil
Telefon +41 44 945 12 34 | UID CHE-123.456.789 MWST"""
    m = reply(p, "Brunner Reto", T(2026, 11, 13, 8, 20, 15), text, prefix_subj="AW: ",
              charset="iso-8859-1", lang="de-CH")
    e = conf(p, {1: A(p, 1), 2: A(p, 2)},
             "Swiss number format 1'250.50 (apostrophe thousands, decimal point) = PO price; Wed 9 Dec (no year) = 2026-12-09.")
    return [p], m, e


@case("026-en-cn-vials-exw-future-price-rise", "confirmation", "zh-CN (English)",
      "Chinese exporter writing non-native English; USD/1000pcs prices = PO; only a ship-out date 2027/1/20; 5% rise announced for NEW orders only")
def c026():
    s = sup("JINGHUA", "Shandong Jinghua Pharma Glass Co., Ltd.", "export@jinghuaglass.example", "zh-CN")
    p = PO("4500231575", s, "albers", "USD", "2026-11-17", [
        ("VL-2R-CLR", "Tubular glass vial 2R, clear, type I", 200000, "EA", "0.045", "2027-01-29"),
        ("VL-6R-CLR", "Tubular glass vial 6R, clear, type I", 100000, "EA", "0.061", "2027-01-29"),
    ])
    text = """Dear Katrin,

Good day!
Noted with thanks your PO#4500231575.
We confirm the order as below:

1. 2R clear vial, 200,000pcs, USD45.00/1000pcs
2. 6R clear vial, 100,000pcs, USD61.00/1000pcs

Delivery time: goods ready and ship out from Qingdao port on 2027/1/20 (FCA Qingdao as before).

Pls kindly note: due to glass tube cost up, our price will increase 5% from 1st Jan. 2027 for new orders. This PO is not effected, keep old price.

Any question pls feel free let me know.

Best regards
Cherry Liu
Export Dept.
Shandong Jinghua Pharma Glass Co., Ltd.
Tel: +86-533-1234567  Mob/WeChat: +86 139 5330 1234
Add: No. 88 Jinghua Road, Zibo, Shandong, China"""
    m = reply(p, "Cherry Liu", T(2026, 11, 18, 16, 20, 7, tz=8), text, client="outlook-apac",
              quote="outlook", loc="en-GB", prefix_subj="RE: ", lang="en-US")
    e = conf(p, {1: C(p, 1, date="2027-01-20"), 2: C(p, 2, date="2027-01-20")},
             "USD45.00/1000pcs = 0.045, USD61.00/1000pcs = 0.061. Only a ship-out date is given (2027/1/20) -> that is the date, earlier than 2027-01-29. "
             "The +5% applies to new orders from 2027 and explicitly not to this PO.")
    return [p], m, e


@case("027-en-tr-handles-rest-after-new-year", "confirmation", "tr-TR (English)",
      "Turkish exporter, broken English; item 1 ships 4 December (= requested), item 2 400 pcs now + 100 pcs 'after new year in week 2'")
def c027():
    s = sup("EGEPLAS", "Ege Plastik Enjeksiyon Ltd. Şti.", "export@egeplastik.example", "tr-TR")
    p = PO("4500231688", s, "whitcombe", "EUR", "2026-11-20", [
        ("HND-PP-120", "Drawer handle PP, 120 mm, grey", 1500, "EA", "0.42", "2026-12-04"),
        ("FT-LEV-M8", "Levelling foot M8, PA6 black", 500, "EA", "0.27", "2026-12-04"),
    ])
    text = """Hello Ian,

Thank you for your order 4500231688. We are confirm as below;

Item 1 handle 120mm grey 1500pcs 0,42 EUR ok, shipment 4 December.
Item 2 levelling foot M8 we can send 400 pcs with the first shipment, rest 100 pcs after new year in week 2. Price same 0,27 EUR.

Best Regards
Burak Demir
Export Sales
Ege Plastik Enjeksiyon Ltd. Şti.
Atatürk OSB 10003 Sk. No:5 Çiğli/İzmir - TURKEY
+90 232 376 00 00"""
    attrib = "On Fri, 20 Nov 2026 at 12:12, Ian Whitcombe <ian.whitcombe@orvento.example> wrote:"
    m = reply(p, "Burak Demir", T(2026, 11, 23, 10, 5, 52, tz=3), text, client="gmail", quote="attrib",
              attrib=attrib, prefix_subj="Re: ", lang="en-GB")
    e = conf(p, {1: A(p, 1),
                 2: C(p, 2, date="2027-01-15", schedule=[(400, "2026-12-04"), (100, "2027-01-15")])},
             "'shipment 4 December' is a ship date equal to the requested date -> accepted. Item 2: 400 with the first shipment (4 Dec), "
             "100 in week 2 after new year = ISO week 2 of 2027, Friday 2027-01-15.")
    return [p], m, e


@case("028-en-gb-office-supplies-one-of-three-pos", "confirmation", "en-GB",
      "Three open POs from one distributor; reply confirms 4500232001 in full, says 4500232002 is still being checked (left out), third not mentioned")
def c028():
    s = sup("NORTHGATE", "Northgate Office & Janitorial Supplies Ltd", "orders@northgate-supplies.example", "en-GB")
    p1 = PO("4500232001", s, "whitcombe", "GBP", "2026-11-23", [
        ("PAP-A4-80", "Copier paper A4 80gsm, box of 5 reams", 40, "BOX", "17.95", "2026-11-27"),
        ("TON-HP-59A", "Toner cartridge compatible HP 59A", 6, "EA", "48.50", "2026-11-27"),
    ])
    p2 = PO("4500232002", s, "whitcombe", "GBP", "2026-11-24", [
        ("JAN-BLUE-CF", "Blue centrefeed roll 2-ply, pack of 6", 30, "PK", "16.80", "2026-12-02"),
    ])
    p3 = PO("4500232003", s, "whitcombe", "GBP", "2026-11-24", [
        ("JAN-NIT-M", "Disposable nitrile gloves M, box of 100", 20, "BX", "4.95", "2026-12-02"),
        ("JAN-BAG-BLK", "Refuse sacks black heavy duty, roll of 10", 50, "RL", "2.10", "2026-12-02"),
    ])
    text = """Hi Ian,

PO 4500232001 is confirmed in full - paper and toners will go out on tomorrow's van and will be with you Friday 27th.

Re 4500232002 - still checking stock on the blue rolls with the warehouse, will come back to you separately.

Cheers,
Dave
--
Dave Whitmore | Account Manager
Northgate Office & Janitorial Supplies Ltd
0113 496 0123 | 07700 900123
Company Reg. 07123456"""
    m = reply(p1, ("Dave Whitmore", "dave.whitmore@northgate-supplies.example"),
              T(2026, 11, 25, 9, 40, 21, tz=0), text, lang="en-GB")
    e = confs([(p1, {1: A(p1, 1), 2: A(p1, 2)})],
              "Only 4500232001 is answered (delivery Fri 27 Nov = requested). 4500232002 is mentioned without any commitment -> left out; 4500232003 not mentioned.")
    return [p1, p2, p3], m, e


@case("029-de-pulverlack-zwei-bestellungen", "confirmation", "de-DE",
      "One mail answers two POs written as '4500-232011'/'4500-232015'; one line not deliverable (rejected, alternative only as new order); 'Freitag nächster Woche'")
def c029():
    s = sup("LACKOWL", "Lackfabrik Ostwestfalen GmbH & Co. KG", "innendienst@lackfabrik-owl.example", "de-DE")
    p1 = PO("4500232011", s, "albers", "EUR", "2026-11-24", [
        ("LK-RAL7016-FS", "Pulverlack RAL 7016 Feinstruktur, Karton 25 kg", 400, "KG", "8.90", "2026-12-11"),
        ("LK-RAL9005-M", "Pulverlack RAL 9005 matt, Karton 25 kg", 250, "KG", "9.40", "2026-12-11"),
    ], rl="de")
    p2 = PO("4500232015", s, "albers", "EUR", "2026-11-25", [
        ("VD-NC-30", "Nitroverdünnung, Kanister 30 L", 20, "CAN", "86.00", "2026-12-04"),
    ], rl="de")
    text = """Hallo Frau Albers,

anbei die Bestätigung zu Ihren beiden Bestellungen:

Best.-Nr. 4500-232011
  Pos. 1 RAL 7016 Feinstruktur: 400 kg, 8,90 €/kg, Liefertermin KW 50
  Pos. 2 RAL 9005 matt: können wir leider nicht liefern, der Farbton wurde im Zuge unserer Sortimentsbereinigung eingestellt.
         (Falls interessant: RAL 9005 Feinstruktur hätten wir zu 9,65 €/kg ab Lager – dann bitte als neue Bestellung.)

Best.-Nr. 4500-232015
  20 Kanister Nitroverdünnung à 86,00 €, Lieferung Freitag nächster Woche.

Viele Grüße aus Gütersloh

Thomas Brandt
Verkauf Innendienst
Lackfabrik Ostwestfalen GmbH & Co. KG
Carl-Bertelsmann-Str. 210 | 33332 Gütersloh
Tel. +49 5241 70 88-14"""
    m = reply(p2, "Thomas Brandt", T(2026, 11, 26, 15, 12, 36), text, prefix_subj="AW: ",
              subject="AW: Bestellungen 4500232011 und 4500232015", lang="de-DE")
    e = confs([(p1, {1: A(p1, 1), 2: R}), (p2, {1: A(p2, 1)})],
              "PO numbers written with a hyphen. KW 50 = Fri 2026-12-11 = requested. Pos. 2 cannot be delivered; the alternative would be a new order -> rejected. "
              "'Freitag nächster Woche' from Thu 2026-11-26 = Fri 2026-12-04 = requested.")
    return [p1, p2], m, e


@case("030-fr-capsules-numero-avec-espaces", "confirmation", "fr-FR",
      "New mail (no In-Reply-To); PO written '4500 118 902' while a near-identical 4500118920 is open; price 'le mille'; second PO only announced")
def c030():
    s = sup("FLACOPH", "Flacopharm Emballages", "service.client@flacopharm.example", "fr-FR")
    p1 = PO("4500118902", s, "delorme", "EUR", "2026-11-19", [
        ("CPT-20-ALU", "Capsule aluminium flip-off 20 mm, bleue", 100000, "EA", "0.0215", "2026-12-16"),
    ], rl="fr")
    p2 = PO("4500118920", s, "delorme", "EUR", "2026-11-19", [
        ("CPT-13-ALU", "Capsule aluminium flip-off 13 mm, rouge", 60000, "EA", "0.0180", "2026-12-16"),
    ], rl="fr")
    text = """Bonjour,

Nous vous confirmons votre commande n° 4500 118 902 du 19/11 :
capsules flip-off 20 mm bleues, 100 000 pièces à 21,50 € le mille, livraison le mercredi 16 décembre.

Votre commande 4500 118 920 (capsules 13 mm rouges) suivra dans un prochain mail.

Cordialement,

Service Client Flacopharm
Flacopharm Emballages – ZI des Grives – 45200 Amilly
Tél. 02 38 00 12 34"""
    m = mail(("Service Client Flacopharm", "service.client@flacopharm.example"), B(p1),
             T(2026, 11, 20, 10, 30, 2), "Confirmation de commande", text, html="auto",
             msgid=mid("outlook", "c030", "flacopharm.example"), client="outlook", lang="fr-FR")
    e = confs([(p1, {1: A(p1, 1)})],
              "PO number with spaces must match 4500118902, not 4500118920. 21,50 EUR per thousand = 0.0215/pc. "
              "The other PO is only announced ('suivra') -> left out.")
    return [p1, p2], m, e


@case("031-en-us-solvents-html-only-table", "confirmation", "en-US",
      "HTML-only mail with a confirmation table; MEK price changed $655 -> $689/drum; delivery 12/08 (ship 12/04)")
def c031():
    s = sup("GLSOLV", "Great Lakes Solvents & Chemicals Inc.", "customerservice@glsolvents.example", "en-US")
    p = PO("PO-US-77140", s, "kim", "USD", "2026-11-19", [
        ("ACE-TECH-55", "Acetone, technical grade, 55 gal drum", 12, "DR", "412.00", "2026-12-08"),
        ("MEK-55", "Methyl ethyl ketone, 55 gal drum", 6, "DR", "655.00", "2026-12-08"),
        ("IPA-99-5", "Isopropyl alcohol 99%, 5 gal pail", 40, "PL", "64.50", "2026-12-08"),
    ])
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hello Rachel,</p>
<p>Thank you for your order. Please see the order acknowledgment for <b>PO-US-77140</b> below.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#1F4E79;color:#ffffff"><th>Line</th><th>Product</th><th>Qty</th><th>Unit Price</th><th>Ship Date</th><th>Delivery Date</th><th>Status</th></tr>
<tr><td>1</td><td>Acetone Tech 55 gal</td><td>12 dr</td><td>$412.00</td><td>12/04/2026</td><td>12/08/2026</td><td>Confirmed</td></tr>
<tr><td>2</td><td>MEK 55 gal</td><td>6 dr</td><td>$689.00</td><td>12/04/2026</td><td>12/08/2026</td><td>Confirmed &ndash; price adj.*</td></tr>
<tr><td>3</td><td>IPA 99% 5 gal</td><td>40 pails</td><td>$64.50</td><td>12/04/2026</td><td>12/08/2026</td><td>Confirmed</td></tr>
</table>
<p style="font-size:8pt">* MEK pricing reflects the December 1 market adjustment communicated on 11/02.</p>
<p>Shipping LTL via our contracted carrier, FOB destination.</p>
<p>Best regards,<br>
<b>Tanya Brooks</b><br>Customer Service | Great Lakes Solvents &amp; Chemicals Inc.<br>
1500 River Rd, Toledo, OH 43605 | 419-555-0176</p>
<p style="color:#808080;font-size:7pt">CONFIDENTIALITY NOTICE: This e-mail message is for the sole use of the intended recipient(s).</p>
</body></html>"""
    m = mail(("Tanya Brooks", "customerservice@glsolvents.example"), B(p), T(2026, 11, 20, 11, 2, 45, tz=-5),
             "RE: " + req_subject(p), None, html=html, msgid=mid("outlook", "c031", "glsolvents.example"),
             client="outlook", lang="en-US", **reply_ids(p))
    e = conf(p, {1: A(p, 1), 2: C(p, 2, unit_price="689.00"), 3: A(p, 3)},
             "HTML only. Delivery date 12/08/2026 (month-first) wins over ship date 12/04 -> as requested. Line 2 price changed to 689.00 per drum.")
    return [p], m, e


@case("032-es-mx-xlsx-confirmacion", "confirmation", "es-MX",
      "Short Spanish (MX) cover, answer only in an XLSX (real Excel date cells); partida 2 delivery 18/12")
def c032():
    s = sup("PIBAJIO", "Plásticos Inyectados del Bajío S.A. de C.V.", "ventas@pibajio.example", "es-MX")
    p = PO("PO-US-77155", s, "kim", "USD", "2026-11-20", [
        ("CLP-PA6-22", "Clip PA6 para arnés, 22 mm", 25000, "EA", "0.032", "2026-12-11"),
        ("GRM-EPDM-10", "Pasacables EPDM 10 mm", 12000, "EA", "0.058", "2026-12-11"),
        ("CBX-PP-100", "Caja de conexión PP 100x100", 3000, "EA", "0.74", "2026-12-11"),
    ])
    text = """Buenas tardes Rachel,

Le adjunto la confirmación de su orden de compra PO-US-77155.

Quedo atento a cualquier comentario.

Saludos cordiales,

Ing. Alejandro Ramírez
Ventas
Plásticos Inyectados del Bajío S.A. de C.V.
Tel. +52 (477) 123 4567 | León, Gto."""
    rows = [
        ["CONFIRMACIÓN DE PEDIDO"],
        ["Cliente:", "Orvento Inc."],
        ["Orden de compra:", "PO-US-77155"],
        ["Fecha:", dt.date(2026, 11, 23)],
        [],
        ["Partida", "Código", "Descripción", "Cantidad", "Precio unitario USD", "Fecha de entrega", "Comentarios"],
        [1, "CLP-PA6-22", "Clip PA6 22 mm", 25000, 0.032, dt.date(2026, 12, 11), ""],
        [2, "GRM-EPDM-10", "Pasacables EPDM 10 mm", 12000, 0.058, dt.date(2026, 12, 18), "Material EPDM llega 10/12"],
        [3, "CBX-PP-100", "Caja PP 100x100", 3000, 0.74, dt.date(2026, 12, 11), ""],
    ]
    att = xlsx_att(rows, "Confirmacion_PO-US-77155.xlsx", sheet="Confirmación")
    attrib = "El vie, 20 nov 2026 a las 03:12, Rachel Kim (<rachel.kim@orvento.example>) escribió:"
    m = reply(p, "Alejandro Ramírez", T(2026, 11, 23, 13, 50, 28, tz=-6), text, client="gmail",
              quote="attrib", attrib=attrib, prefix_subj="Re: ", atts=[att], lang="es-MX")
    e = conf(p, {1: A(p, 1), 2: C(p, 2, date="2026-12-18"), 3: A(p, 3)},
             "All data in the XLSX (dates are real Excel date cells). Partida 2 delivered 2026-12-18; the comment '10/12' is the supplier's material arrival, not a delivery date.")
    return [p], m, e


@case("033-en-us-csv-ack-distributor", "confirmation", "en-US",
      "Order-desk mail with CSV acknowledgment (status codes); line 2 qty cut to 60, line 4 rejected; DELIVERY_DATE column wins over SHIP_DATE")
def c033():
    s = sup("KEYSTONE", "Keystone Office Products", "edi-ack@keystoneoffice.example", "en-US")
    p = PO("PO-US-77161", s, "kim", "USD", "2026-11-23", [
        ("PEN-GEL-BK12", "Gel pens black, pack of 12", 50, "PK", "8.49", "2026-11-30"),
        ("NB-A5-DOT", "Notebook A5 dotted", 100, "EA", "3.15", "2026-11-30"),
        ("STP-STD-5000", "Staples standard, box of 5000", 20, "BX", "2.10", "2026-11-30"),
        ("FLD-MAN-100", "Manila folders, box of 100", 15, "BX", "12.75", "2026-11-30"),
    ])
    text = """Order acknowledgment for your PO-US-77161 is attached (CSV).

Status codes: IA = item accepted, IQ = quantity changed, IR = item rejected.

Questions? Reply to this e-mail or call the Order Desk at 1-800-555-0147, Mon-Fri 7am-6pm ET.

Keystone Office Products | 600 Commerce Dr, Harrisburg, PA 17110"""
    csv = """PO_NUMBER,PO_LINE,CUST_ITEM,VENDOR_ITEM,QTY_ORDERED,QTY_CONFIRMED,UOM,UNIT_PRICE,SHIP_DATE,DELIVERY_DATE,STATUS_CODE,STATUS_TEXT
PO-US-77161,1,PEN-GEL-BK12,KOP-44812,50,50,PK,8.49,11/25/2026,11/30/2026,IA,Item Accepted
PO-US-77161,2,NB-A5-DOT,KOP-20977,100,60,EA,3.15,11/25/2026,11/30/2026,IQ,Qty changed - balance cancelled
PO-US-77161,3,STP-STD-5000,KOP-10350,20,20,BX,2.10,11/25/2026,11/30/2026,IA,Item Accepted
PO-US-77161,4,FLD-MAN-100,KOP-31002,15,0,BX,12.75,,,IR,Item Rejected - discontinued
"""
    att = csv_att(csv, "POACK_PO-US-77161_20261123.csv", "ascii")
    m = mail(("Keystone Order Desk", "edi-ack@keystoneoffice.example"), B(p), T(2026, 11, 23, 18, 3, 0, tz=-5),
             "PO Acknowledgment - PO-US-77161", text, html=None, cte="7bit", charset="us-ascii",
             attachments=[att], msgid=mid("generic", "c033", "keystoneoffice.example"), client="none",
             extra=[("Auto-Submitted", "auto-generated")], lang="en-US", hdr_charset="utf-8")
    e = conf(p, {1: A(p, 1), 2: C(p, 2, quantity=60), 3: A(p, 3), 4: R},
             "Machine-generated but it commits -> confirmation. Delivery date 11/30 wins over ship date 11/25. Line 2 confirmed 60 (balance cancelled), line 4 rejected.")
    return [p], m, e


@case("034-de-erp-auftragsbestaetigung-pdf", "confirmation", "de-DE",
      "Automatic SAP mail (Auto-Submitted, 'bitte nicht antworten') with AB PDF: Pos 10/20, propylene glycol price 2,05 -> 2,12 EUR/kg")
def c034():
    s = sup("CHWESER", "Chemiehandel Weser GmbH", "auftragsbestaetigung@chemiehandel-weser.example", "de-DE")
    p = PO("4500232040", s, "reuter", "EUR", "2026-11-24", [
        ("GLY-99-IBC", "Glycerin 99,5 % Ph. Eur., IBC 1250 kg", 2500, "KG", "1.38", "2026-12-10"),
        ("PG-USP-DR", "Propylenglykol USP, Fass 215 kg", 860, "KG", "2.05", "2026-12-10"),
    ], rl="de")
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 3100458812 zu Ihrer Bestellung 4500232040.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
Bei Rückfragen wenden Sie sich bitte an Ihren Ansprechpartner im Vertrieb.

Chemiehandel Weser GmbH · Am Hafen 5 · 28197 Bremen
Amtsgericht Bremen HRB 23456 · Geschäftsführung: Klaus Otten"""
    pdf = [[
        (14, True, "Chemiehandel Weser GmbH"),
        "Am Hafen 5 · 28197 Bremen · Tel. +49 421 5566-0",
        "",
        (13, True, "AUFTRAGSBESTÄTIGUNG  Nr. 3100458812"),
        "Datum: 24.11.2026        Kunden-Nr.: 204711",
        "Ihre Bestellung: 4500232040 vom 24.11.2026",
        "Lieferanschrift: Orvento Components GmbH, Tor 3, Industriestr. 14, 70565 Stuttgart",
        "",
        (10, True, "Pos  Material      Bezeichnung                         Menge     ME   Preis/ME      Wert EUR   Liefertermin"),
        "10   GLY-99-IBC    Glycerin 99,5 % Ph. Eur., IBC        2.500     kg   1,38 EUR      3.450,00   10.12.2026",
        "20   PG-USP-DR     Propylenglykol USP, Fass 215 kg        860     kg   2,12 EUR      1.823,20   10.12.2026",
        "",
        "Nettowert: 5.273,20 EUR     zzgl. 19 % MwSt.: 1.001,91 EUR     Gesamt: 6.275,11 EUR",
        "",
        "Hinweis Pos. 20: Preisanpassung gemäß Rohstoffindex (PO/PG) zum 01.11.2026.",
        "Lieferbedingung: DAP Stuttgart (Incoterms 2020)   Zahlungsbedingung: 30 Tage netto",
        "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.",
    ]]
    att = pdf_att(pdf, "AB_3100458812.pdf", "Auftragsbestätigung 3100458812")
    m = mail(("Chemiehandel Weser GmbH", "auftragsbestaetigung@chemiehandel-weser.example"), B(p),
             T(2026, 11, 24, 22, 14, 3), "Auftragsbestätigung 3100458812 zu Ihrer Bestellung 4500232040",
             text, html=None, charset="windows-1252", attachments=[att],
             msgid=mid("generic", "c034", "chemiehandel-weser.example"), client="sap",
             extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
             lang="de-DE")
    e = conf(p, {1: A(p, 1), 2: C(p, 2, unit_price="2.12")},
             "ERP-generated AB is a confirmation (it commits). Pos 10/20 = lines 1/2. Line 2 price 2,12 EUR/kg instead of 2,05.")
    return [p], m, e


@case("035-it-etichette-risposta-al-sollecito", "confirmation", "it-IT",
      "Reply to our reminder (In-Reply-To = reminder, References both); apology for delay; 'in ogni sua parte' + 'venerdì 4 dicembre' -> all accepted; long disclaimer")
def c035():
    s = sup("ETVENETO", "Etichettificio Veneto S.r.l.", "commerciale@etichettificioveneto.example", "it-IT")
    p = PO("4500231377", s, "rinaldi", "EUR", "2026-11-11", [
        ("ETQ-FARM-40x20", "Etichetta farmaceutica 40x20 mm, carta patinata, bobina 5.000 pz", 120, "RL", "21.40", "2026-12-04"),
        ("ETQ-COS-60x90", "Etichetta cosmetica 60x90 mm, PP trasparente, bobina 2.000 pz", 80, "RL", "38.90", "2026-12-04"),
    ])
    reminder_id = f"<po-4500231377.2@{BD}>"
    rem_text = ("Dear Sir or Madam,\n\nwe have not yet received your confirmation of our purchase order 4500231377 "
                "sent on 11 Nov 2026.\nPlease confirm quantities, prices and delivery dates by return.\n\n"
                "Best regards\nGiulia Rinaldi\nPurchasing\nOrvento Italia S.r.l.\n")
    text = """Buongiorno Giulia,

scusate il ritardo nella risposta, la collega che segue il vostro conto è stata assente.

Confermiamo l'ordine 4500231377 in ogni sua parte: quantità e prezzi come da vs. ordine, consegna venerdì 4 dicembre.

Cordiali saluti

Francesca Bianchi
Ufficio Commerciale
Etichettificio Veneto S.r.l.
Via dell'Artigianato 14 – 35010 Vigonza (PD)
Tel. +39 049 123 4567 – P.IVA 01234567890

Le informazioni contenute in questa e-mail e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di darne comunicazione al mittente e di cancellarlo. Ai sensi del Regolamento UE 2016/679 (GDPR)."""
    quote = ("\n\nDa: Giulia Rinaldi <giulia.rinaldi@orvento.example>\n"
             f"Inviato: {sent('it-IT', T(2026, 11, 18, 9, 0))}\n"
             "A: commerciale@etichettificioveneto.example\n"
             "Oggetto: Reminder: Purchase Order 4500231377 - please confirm\n\n" + rem_text +
             q_outlook(p, "it-IT"))
    m = reply(p, "Francesca Bianchi", T(2026, 11, 18, 15, 40, 9), text, quote=quote,
              subject="R: Reminder: Purchase Order 4500231377 - please confirm",
              ids=dict(in_reply_to=reminder_id, references=[p["request_message_id"], reminder_id]),
              lang="it-IT")
    e = conf(p, {1: A(p, 1), 2: A(p, 2)},
             "Answer to the reminder thread. 'in ogni sua parte' with quantities/prices as ordered and delivery Fri 4 Dec = requested.")
    return [p], m, e


@case("036-pl-iphone-bez-polskich-znakow", "confirmation", "pl-PL",
      "iPhone reply with no Polish diacritics and no punctuation: 'potwierdzam ... wszystko ok ... dostawa piatek 4.12' -> all accepted")
def c036():
    s = sup("MEBOKU", "Meble-Okucia Hurt s.c.", "biuro@mebleokucia.example", "pl-PL")
    p = PO("4500231720", s, "wojcik", "PLN", "2026-11-24", [
        ("PROW-KUL-450", "Prowadnica kulkowa 450 mm, para", 300, "PR", "14.20", "2026-12-04"),
        ("ZAW-PUSH", "Zawias push-to-open", 1200, "EA", "3.85", "2026-12-04"),
    ])
    text = """Panie Tomku potwierdzam zamowienie 4500231720 wszystko ok ceny jak w zamowieniu, dostawa piatek 4.12 rano

Pozdrawiam
Marek

Wysłane z iPhone'a"""
    attrib = "Wiadomość napisana przez Tomasz Wójcik <tomasz.wojcik@orvento.example> w dniu 24.11.2026, o godz. 10:12:"
    m = reply(p, ("Marek Zając", "m.zajac@mebleokucia.example"), T(2026, 11, 24, 19, 47, 13), text,
              client="iphone", quote="apple", attrib=attrib, prefix_subj="Re: ", lang="pl-PL")
    e = conf(p, {1: A(p, 1), 2: A(p, 2)},
             "Phone reply without diacritics. Fri 4.12 (no year) = 2026-12-04 = requested; 'ceny jak w zamowieniu' = prices as ordered. Sender address differs from the PO supplier address but same domain.")
    return [p], m, e


@case("037-de-lotus-kupfer-zuschlag-kw", "confirmation", "de-DE",
      "Lotus Notes quote; copper surcharge '+4 % auf Ihren Bestellpreis'; 'Dienstag KW 50' and 'KW 2/2027'; DEL copper quote as distractor")
def c037():
    s = sup("DRAHTSL", "Drahtwerk Sauerland GmbH", "vertrieb@drahtwerk-sauerland.example", "de-DE")
    p = PO("4500231800", s, "albers", "EUR", "2026-11-25", [
        ("CU-LITZE-2.5", "Kupferlitze blank 2,5 mm², Spule 500 m", 20, "SP", "612.50", "2026-12-11"),
        ("CU-LACK-1.0", "Kupferlackdraht 1,0 mm, Spule 25 kg", 8, "SP", "287.50", "2026-12-18"),
    ], rl="de")
    text = """Sehr geehrte Frau Albers,

wir bestätigen Ihre Bestellung 4500231800 mit folgendem Hinweis:

Aufgrund der aktuellen Kupfernotierung (DEL-Notiz 26.11.: 1.045,80 €/100 kg) berechnen wir auf beide Positionen einen Metallzuschlag von +4 % auf Ihren Bestellpreis.

Pos. 1 Kupferlitze 2,5 mm²: 20 Spulen, Liefertermin Dienstag KW 50
Pos. 2 Kupferlackdraht 1,0 mm: 8 Spulen, Liefertermin KW 2/2027

Mit freundlichen Grüßen

Jürgen Schulte
Vertrieb Innendienst
Drahtwerk Sauerland GmbH, Im Ohl 12, 58791 Werdohl
Tel.: 02392 5050-22"""
    quote = ("\n\n\n\nVon:\tKatrin Albers <katrin.albers@orvento.example>\n"
             "An:\tvertrieb@drahtwerk-sauerland.example\n"
             "Datum:\t25.11.2026 10:12\n"
             f"Betreff:\t{req_subject(p)}\n\n\n\n" + req_text(p))
    m = reply(p, ("Juergen.Schulte@drahtwerk-sauerland.example", "Juergen.Schulte@drahtwerk-sauerland.example"),
              T(2026, 11, 26, 11, 3, 0), text, client="lotus", quote=quote, prefix_subj="Antwort: ",
              charset="iso-8859-15", cte="quoted-printable", lang="de-DE")
    e = conf(p, {1: C(p, 1, unit_price="637.00", date="2026-12-08"),
                 2: C(p, 2, unit_price="299.00", date="2027-01-15")},
             "+4 % on the PO price: 612.50 -> 637.00, 287.50 -> 299.00. 'Dienstag KW 50' = Tue 2026-12-08; 'KW 2/2027' = Fri 2027-01-15. "
             "The DEL copper quotation is not a price of this order.")
    return [p], m, e


@case("038-en-gb-agri-parts-after-break-no-year", "confirmation", "en-GB",
      "Mail of 18 Dec: 'delivered Fri 8 Jan' (no year -> 2027); shear pins only 'told early Feb, won't promise' -> unconfirmed")
def c038():
    s = sup("THISTLE", "Thistle Agri Parts Ltd", "parts@thistleagri.example", "en-GB")
    p = PO("4500232210", s, "whitcombe", "GBP", "2026-12-15", [
        ("TB-CURVED-4", "Topper blade, curved, 4mm", 60, "EA", "6.85", "2027-01-08"),
        ("BT-M12-PLOUGH", "Plough bolt M12x45, pack of 25", 20, "PK", "11.40", "2027-01-08"),
        ("SHR-PIN-8", "Shear pin 8mm, pack of 10", 10, "PK", "7.20", "2027-01-08"),
    ])
    text = """Hi Ian,

All in stock apart from the shear pins. Blades and bolts will be delivered Fri 8 Jan once we're back after the break, at your PO prices.
Shear pins - the 8mm are on order from the manufacturer, we're told early Feb but I'll not promise that until I see them on the van.

Merry Christmas,
Alasdair
--
Alasdair McKenzie
Thistle Agri Parts Ltd | Unit 3, Mill Road Ind. Est., Turriff AB53 4AQ
01888 555 210 | Company No. SC345678"""
    attrib = "On Tue, 15 Dec 2026 at 09:12, Ian Whitcombe <ian.whitcombe@orvento.example> wrote:"
    m = reply(p, "Alasdair McKenzie", T(2026, 12, 18, 16, 25, 31, tz=0), text, client="gmail",
              quote="attrib", attrib=attrib, prefix_subj="Re: ", lang="en-GB")
    e = conf(p, {1: A(p, 1), 2: A(p, 2), 3: U},
             "'Fri 8 Jan' without year, mail dated 2026-12-18 -> 2027-01-08 = requested. Line 3: 'early Feb' explicitly not promised -> unconfirmed.")
    return [p], m, e


@case("039-fr-be-incendie-commande-refusee", "confirmation", "fr-BE",
      "Belgian supplier: fire in moulding hall, cannot honour the order -> every line rejected (a rejection is an answer)")
def c039():
    s = sup("PLMOSAN", "Plastiques Mosans SA", "commandes@plastiquesmosans.example", "fr-BE")
    p = PO("4500231905", s, "devries", "EUR", "2026-11-27", [
        ("BAC-600x400", "Bac de manutention PP 600x400x220", 400, "EA", "8.95", "2026-12-18"),
        ("COUV-600x400", "Couvercle pour bac 600x400", 400, "EA", "2.40", "2026-12-18"),
    ])
    text = """Madame De Vries,

Nous accusons réception de votre commande 4500231905 et vous en remercions.

Malheureusement, suite à l'incendie survenu le 21 novembre dans notre hall d'injection, notre production est à l'arrêt pour une durée indéterminée. Nous ne sommes donc pas en mesure d'honorer votre commande et vous prions de bien vouloir l'annuler.

Nous reviendrons vers vous dès la reprise de nos activités.

Avec nos excuses,

Philippe Dumont
Directeur commercial
Plastiques Mosans SA
Rue de l'Industrie 40 – 4020 Liège
Tél. +32 4 343 12 34 – TVA BE 0412.345.678"""
    m = reply(p, "Philippe Dumont", T(2026, 11, 30, 9, 12, 44), text, loc="fr-FR", lang="fr-BE")
    e = conf(p, {1: R, 2: R},
             "Whole order declined (force majeure: fire). Kind stays 'confirmation' with every line rejected.")
    return [p], m, e


@case("040-da-polyester-allokering-60pct", "confirmation", "da-DK",
      "Danish resin supplier under force majeure allocation: line 1 cut to 660 kg (3 drums) week 51, line 2 refused")
def c040():
    s = sup("NORDHARP", "Nordisk Harpiks A/S", "salg@nordiskharpiks.example", "da-DK")
    p = PO("4500231933", s, "lindqvist", "EUR", "2026-11-27", [
        ("UPR-ORTHO-220", "Umættet polyesterharpiks, ortoftal, tromle 220 kg", 1100, "KG", "2.74", "2026-12-16"),
        ("GC-ISO-WHT", "Gelcoat ISO, hvid, spand 20 kg", 200, "KG", "5.30", "2026-12-16"),
    ])
    text = """Hej Mara

Tak for ordren 4500231933.

Som meddelt i vores kundebrev af 16. november er vi fortsat ramt af force majeure hos vores styrenleverandør og kører med allokering på 60 % af de normale mængder.

Vi kan derfor bekræfte følgende:
Pos. 1: 660 kg (3 tromler à 220 kg), 2,74 EUR/kg, levering uge 51
Pos. 2: kan desværre ikke leveres, før allokeringen ophæves – vi må afvise denne position.

Vi beklager og vender tilbage, så snart situationen er normaliseret.

Med venlig hilsen
Lars Mikkelsen
Kundeservice
Nordisk Harpiks A/S
Industrivej 12, 6000 Kolding
Tlf. +45 75 12 34 56 | CVR 12345678"""
    m = reply(p, "Lars Mikkelsen", T(2026, 11, 30, 14, 40, 2), text, prefix_subj="SV: ",
              charset="windows-1252", lang="da-DK")
    e = conf(p, {1: C(p, 1, quantity=660, date="2026-12-18"), 2: R},
             "Allocation: 660 of 1100 kg confirmed, week 51 = Fri 2026-12-18. The 16 November letter date is not a delivery date. Line 2 refused.")
    return [p], m, e


@case("041-pt-pt-bomba-substituta-a-aprovar", "confirmation", "pt-PT",
      "Portugal: lines 1 and 3 confirmed; line 2 black-gloss pump replaced by matt variant only if buyer agrees -> unconfirmed")
def c041():
    s = sup("CORTEMB", "Cortiça & Embalagens, Lda.", "encomendas@cortembalagens.example", "pt-PT")
    p = PO("4500231950", s, "ortega", "EUR", "2026-11-30", [
        ("FR-PET-250", "Frasco PET 250 ml, âmbar, gargalo 24/410", 12000, "EA", "0.142", "2026-12-22"),
        ("BMB-24-410-PB", "Bomba loção 24/410, preto brilhante", 12000, "EA", "0.176", "2026-12-22"),
        ("TMP-24-410-PR", "Tampa disc-top 24/410, preta", 6000, "EA", "0.061", "2026-12-22"),
    ])
    text = """Bom dia Carmen,

Confirmamos a encomenda n.º 4500231950 conforme abaixo:

1. Frasco PET 250 ml âmbar – 12.000 un. – 0,142 €/un. – entrega 22/12
3. Tampa disc-top 24/410 preta – 6.000 un. – 0,061 €/un. – entrega 22/12

Quanto à linha 2 (bomba loção preto brilhante): o nosso fornecedor deixou de produzir esta cor. Podemos fornecer a versão preto mate (ref. BMB-24-410-PM) ao mesmo preço e no mesmo prazo. Agradecemos que nos confirme se aceita a alteração; só depois avançaremos com esta linha.

Com os melhores cumprimentos,

Rui Carvalho
Departamento Comercial
Cortiça & Embalagens, Lda.
Rua do Progresso, 233 – 4535-211 Santa Maria de Lamas
Tel.: +351 227 123 456 | NIF 501 234 567"""
    m = reply(p, "Rui Carvalho", T(2026, 12, 1, 10, 20, 17, tz=0), text, prefix_subj="RE: ",
              lang="pt-PT")
    e = conf(p, {1: A(p, 1), 2: U, 3: A(p, 3)},
             "Line 2 waits for the buyer's decision on a substitute ('só depois avançaremos') -> no commitment yet -> unconfirmed (not rejected: the line may still be supplied as a variant).")
    return [p], m, e


@case("042-en-cz-cable-bottom-posting", "confirmation", "cs-CZ (English)",
      "Czech supplier in English, Thunderbird bottom-posting below the quote; line 2 split 180 m on 15.12. + 70 m on 8.1.2027")
def c042():
    s = sup("KABPLZ", "Kabelovna Plzeň a.s.", "export@kabelovna-plzen.example", "cs-CZ")
    p = PO("4500231966", s, "albers", "EUR", "2026-11-30", [
        ("NYM-J-5X2.5", "NYM-J 5x2.5 mm², ring 50 m", 80, "RG", "61.20", "2026-12-15"),
        ("NYY-J-4X10", "NYY-J 4x10 mm², drum", 250, "M", "7.85", "2026-12-15"),
    ])
    body = """Dear Mrs. Albers,

thank you for the order. Position 1 we confirm 80 rings, price 61,20 EUR, delivery 15.12.2026.
Position 2 NYY-J 4x10 we have on stock only 180 m, this 180 m we deliver together with position 1 on 15.12., the rest 70 m we can deliver 8.1.2027. Price without change.

Best regards
Jana Procházková
Sales department
Kabelovna Plzeň a.s.
Tylova 57, 301 00 Plzeň, Czech Republic
tel.: +420 377 123 456
"""
    quote = "On 30.11.2026 10:12, Katrin Albers wrote:\n" + prefix(req_text(p)) + "\n\n" + body
    m = reply(p, "Jana Procházková", T(2026, 12, 1, 8, 30, 58), "", client="tbird", quote=quote,
              prefix_subj="Re: ", html=None, cte="8bit", lang="en-GB", flowed=True)
    e = conf(p, {1: A(p, 1),
                 2: C(p, 2, date="2027-01-08", schedule=[(180, "2026-12-15"), (70, "2027-01-08")])},
             "Bottom-posted answer. Day-first dates of a Czech writer: 8.1.2027 = 8 January 2027.")
    return [p], m, e


@case("043-ja-koshobako-reiwa-price-per-thousand", "confirmation", "ja-JP",
      "Outlook JA (UTF-8); cartons priced ¥/千枚: S raised to ¥40,000/千枚 (=40.00/pc), M unchanged; 納期 令和8年12月18日（金）")
def c043():
    s = sup("TOHOPKG", "東邦パッケージ株式会社", "juchu@toho-pkg.example", "ja-JP")
    p = PO("4500232075", s, "tanaka", "JPY", "2026-11-30", [
        ("BX-CRT-S", "化粧箱 Sサイズ（4色印刷）", 10000, "EA", "38.00", "2026-12-18"),
        ("BX-CRT-M", "化粧箱 Mサイズ（4色印刷）", 5000, "EA", "52.00", "2026-12-18"),
    ])
    text = """オルベント・ジャパン株式会社
田中様

お世話になっております。東邦パッケージの山本です。
注文書（No.4500232075）ありがとうございます。下記にて受注いたしました。

■Sサイズ　10,000枚　単価 ¥40,000／千枚（板紙値上がりのため改定単価にてお願いいたします）
■Mサイズ　5,000枚　単価 ¥52,000／千枚
■納期：令和8年12月18日（金）貴社着

以上、よろしくお願いいたします。

山本 大輔
東邦パッケージ株式会社　営業二課
TEL：03-5678-1234　FAX：03-5678-1235"""
    m = reply(p, "山本 大輔", T(2026, 12, 1, 11, 45, 3, tz=9), text, cte="base64",
              prefix_subj="RE: ", lang="ja-JP")
    e = conf(p, {1: C(p, 1, unit_price="40.00"), 2: A(p, 2)},
             "¥40,000 per 1000 = 40.00 per piece (PO 38.00) -> changed; ¥52,000/千枚 = 52.00 unchanged. 令和8年 = 2026; 12月18日 delivered at buyer = requested.")
    return [p], m, e


@case("044-zh-tw-hardware-minguo-date", "confirmation", "zh-TW",
      "Taiwanese supplier, Big5 base64; ROC calendar date 115年12月15日（二） = 2026-12-15 = requested -> accepted")
def c044():
    s = sup("TWPREC", "台灣精密五金股份有限公司", "sales@twprecision.example", "zh-TW")
    p = PO("OVSZ-PO-261205", s, "chen", "USD", "2026-11-25", [
        ("SLD-DMP-350", "Soft-close drawer slide 350 mm, pair", 2000, "PR", "3.85", "2026-12-15"),
        ("HNG-CLP-35", "Clip-on hinge 35 mm cup", 6000, "EA", "0.52", "2026-12-15"),
    ])
    text = """陳小姐 您好：

感謝貴公司訂單 OVSZ-PO-261205，茲確認如下：

1. 緩衝滑軌 350mm　2,000 組　單價 USD 3.85
2. 快拆鉸鏈 35mm　6,000 個　單價 USD 0.52

交期：115年12月15日（二）送達貴司蘇州廠。

如有任何問題，請隨時與我聯絡。

謝謝！
業務部 林怡君
台灣精密五金股份有限公司
TEL: 04-2359-1234 ext. 218
台中市西屯區工業區一路 100 號"""
    m = reply(p, "林怡君", T(2026, 11, 26, 15, 5, 26, tz=8), text, charset="big5", cte="base64",
              prefix_subj="RE: ", lang="zh-TW")
    e = conf(p, {1: A(p, 1), 2: A(p, 2)},
             "Minguo year 115 = 2026; 12月15日 (Tue) delivered to the Suzhou plant = requested. Prices unchanged.")
    return [p], m, e


@case("045-es-pvc-sacos-redondeo-abajo", "confirmation", "es-ES",
      "Full 25 kg bags / 1 000 kg pallet: line 1 rounded DOWN 1.010 -> 1.000 kg; line 2 IBC as ordered; 'jueves 17 de diciembre'")
def c045():
    s = sup("RESMED", "Resinas del Mediterráneo S.A.", "atencion.cliente@resinasmed.example", "es-ES")
    p = PO("4500232090", s, "ortega", "EUR", "2026-12-01", [
        ("PVC-K67-25", "Resina PVC suspensión K67, saco 25 kg", 1010, "KG", "1.46", "2026-12-17"),
        ("DOTP-IBC", "Plastificante DOTP, IBC 1000 kg", 2000, "KG", "1.89", "2026-12-17"),
    ])
    text = """Buenos días Carmen,

Confirmamos su pedido 4500232090 con la siguiente observación:

Línea 1: la resina K67 se sirve en sacos completos de 25 kg sobre palé de 1.000 kg; les enviamos 1.000 kg (40 sacos / 1 palé) en lugar de 1.010 kg. Precio 1,46 €/kg.
Línea 2: 2.000 kg de DOTP (2 IBC) a 1,89 €/kg.

Entrega de ambas líneas el jueves 17 de diciembre.

Saludos cordiales,

Jordi Puig
Atención al Cliente
Resinas del Mediterráneo S.A.
Polígono El Serrallo, s/n – 12100 Castellón
Tel. 964 28 12 34"""
    m = reply(p, "Jordi Puig", T(2026, 12, 2, 9, 35, 50), text, lang="es-ES")
    e = conf(p, {1: C(p, 1, quantity=1000), 2: A(p, 2)},
             "Pack-size rounding stated by the supplier: 1.000 kg (dot = thousands) instead of 1.010 kg. Thu 17 Dec = requested.")
    return [p], m, e


@case("046-en-us-resin-per-drum-vs-kg", "confirmation", "en-US",
      "PO per kg, supplier confirms 10 drums x 200 kg at $620.00/drum (= $3.10/kg) -> accepted after unit conversion")
def c046():
    s = sup("GCPOLY", "Gulf Coast Polymers LLC", "cs@gulfcoastpolymers.example", "en-US")
    p = PO("PO-US-77190", s, "kim", "USD", "2026-11-30", [
        ("PA-RES-4420", "Polyamide resin 4420, liquid", 2000, "KG", "3.10", "2026-12-18"),
        ("EPX-DIL-7", "Reactive diluent C12-C14 glycidyl ether", 400, "KG", "4.25", "2026-12-18"),
    ])
    text = """Rachel,

Confirming PO-US-77190:

- Polyamide 4420: 10 drums x 200 kg net = 2,000 kg @ $620.00/drum
- C12-C14 diluent: 2 drums x 200 kg net = 400 kg @ $4.25/kg

Delivery to your Dayton plant on Friday, December 18th.

Regards,
Luis Herrera
Customer Service Rep.
Gulf Coast Polymers LLC | 9800 Bay Area Blvd, Pasadena, TX 77507
Direct 281-555-0143"""
    m = reply(p, "Luis Herrera", T(2026, 12, 1, 16, 10, 4, tz=-6), text, lang="en-US")
    e = conf(p, {1: A(p, 1), 2: A(p, 2)},
             "$620.00 per 200 kg drum = $3.10/kg, 10 drums = 2,000 kg: as ordered. Friday Dec 18 = requested.")
    return [p], m, e


@case("047-en-us-ag-parts-friday-next-week", "confirmation", "en-US",
      "Relative date: Wednesday mail says 'to you Friday next week' (= Fri 2026-11-27, need-by was 11/25) -> both lines changed date")
def c047():
    s = sup("PRAIRIE", "Prairie Ag Parts Inc.", "counter@prairieagparts.example", "en-US")
    p = PO("PO-US-77202", s, "kim", "USD", "2026-11-16", [
        ("SS-FS-25", "Sickle section, fine serrated, pack of 25", 12, "PK", "38.90", "2026-11-25"),
        ("BH-KN-51278", "Baler knotter billhook", 4, "EA", "96.00", "2026-11-25"),
    ])
    text = """Hi Rachel,

Sections are here, billhooks coming from the depot. We can have the whole order PO-US-77202 to you Friday next week. Pricing as per your PO.

Thanks,
Cody
Prairie Ag Parts Inc. - Parts Counter
(701) 555-0119 | 2200 Main Ave W, Fargo ND 58103"""
    attrib = "On Mon, Nov 16, 2026 at 3:12 AM Rachel Kim <rachel.kim@orvento.example> wrote:"
    m = reply(p, "Cody Lindgren", T(2026, 11, 18, 10, 15, 37, tz=-6), text, client="gmail",
              quote="attrib", attrib=attrib, prefix_subj="Re: ", lang="en-US")
    e = conf(p, {1: C(p, 1, date="2026-11-27"), 2: C(p, 2, date="2026-11-27")},
             "Mail dated Wed 2026-11-18; 'Friday next week' = Friday of the following week = 2026-11-27, later than need-by 11/25.")
    return [p], m, e


@case("048-en-in-wires-dispatch-end-of-next-week", "confirmation", "en-IN",
      "Indian wire maker 'acceptance at PO rates', 'dispatched by end of next week' (Mon mail -> Fri 4 Dec = need-by) -> accepted")
def c048():
    s = sup("ANANDW", "Anand Wires & Cables Pvt. Ltd.", "sales@anandwires.example", "en-IN")
    p = PO("OVIN/PO/26-27/0433", s, "pillai", "INR", "2026-11-20", [
        ("FRLS-1.5-RED", "FRLS house wire 1.5 sq mm red, 90 m coil", 150, "COIL", "1290.00", "2026-12-04"),
        ("FRLS-2.5-BLK", "FRLS house wire 2.5 sq mm black, 90 m coil", 100, "COIL", "2045.00", "2026-12-04"),
    ])
    text = """Dear Ms. Meera,

With reference to your PO no. OVIN/PO/26-27/0433 dtd. 20/11/2026, we hereby confirm acceptance of the same at the PO rates and quantities.

Kindly note material will be dispatched by end of next week from our Daman works. Transporter details & e-way bill will be shared at the time of dispatch.

Thanks & Regards,
Sunil Mehta
Anand Wires & Cables Pvt. Ltd.
Survey No. 214/1, Bhimpore, Nani Daman - 396210
Mob: 98250 67890"""
    attrib = "On Fri, 20 Nov 2026 at 14:42, Meera Pillai <meera.pillai@orvento.example> wrote:"
    m = reply(p, "Sunil Mehta", T(2026, 11, 23, 12, 20, 45, tz=5.5), text, client="gmail",
              quote="attrib", attrib=attrib, prefix_subj="Re: ", lang="en-IN")
    e = conf(p, {1: A(p, 1), 2: A(p, 2)},
             "Mon 2026-11-23: 'by end of next week' = Friday 2026-12-04 (a ship date, the only date) = need-by. Rates and quantities as PO.")
    return [p], m, e


@case("049-nl-be-etiketten-alles-gewijzigd", "confirmation", "nl-BE",
      "Flemish label printer: one line with quantity, price and date all changed (40 rollen, € 66,50, dinsdag 22 december)")
def c049():
    s = sup("ETVLA", "Etiketten Vlaanderen NV", "orders@etikettenvlaanderen.example", "nl-BE")
    p = PO("4500232101", s, "devries", "EUR", "2026-12-01", [
        ("LBL-SHAMP-FR", "Frontetiket shampoo 250 ml, PE wit, rol 3.000 st", 50, "RL", "64.00", "2026-12-17"),
    ])
    text = """Dag Sanne,

Bedankt voor de bestelling 4500232101. Enkele aanpassingen:

- Hoeveelheid: 40 rollen (meer PE-folie krijgen we dit jaar niet meer binnen).
- Prijs: € 66,50 per rol, door de kleinere oplage.
- Levering: dinsdag 22 december.

Zo bevestigd.

Met vriendelijke groeten,

Wim Peeters
Customer Service
Etiketten Vlaanderen NV | Industriepark Noord 18 | 9100 Sint-Niklaas
T +32 3 776 12 34 | BTW BE 0456.789.123"""
    m = reply(p, "Wim Peeters", T(2026, 12, 2, 11, 0, 12), text, loc="nl-NL", lang="nl-BE")
    e = conf(p, {1: C(p, 1, quantity=40, unit_price="66.50", date="2026-12-22")},
             "All three values differ; 'Zo bevestigd' makes it a commitment. Tue 22 Dec (no year) = 2026-12-22.")
    return [p], m, e


@case("050-en-gb-confirmed-one-liner-android", "confirmation", "en-GB",
      "Two-word answer 'Confirmed, thanks' from a Samsung phone above the full quoted PO -> all lines accepted")
def c050():
    s = sup("SEVERN", "Severn Fasteners & Fixings Ltd", "sales@severnfixings.example", "en-GB")
    p = PO("4500232120", s, "whitcombe", "GBP", "2026-12-01", [
        ("CAM-LOCK-15", "Cam lock fitting 15mm, zinc", 10000, "EA", "0.065", "2026-12-14"),
        ("DWL-8x35", "Wood dowel 8x35mm, fluted", 25000, "EA", "0.009", "2026-12-14"),
    ])
    text = """Confirmed, thanks

Steve

Sent from my Galaxy"""
    quote = ("\n\n\n-------- Original message --------\nFrom: Ian Whitcombe <ian.whitcombe@orvento.example> \n"
             "Date: 01/12/2026 09:12 (GMT+00:00) \nTo: sales@severnfixings.example \n"
             f"Subject: {req_subject(p)} \n\n" + req_text(p))
    m = reply(p, ("Steve Price", "steve.price@severnfixings.example"), T(2026, 12, 1, 18, 22, 40, tz=0),
              text, client="android", quote=quote, prefix_subj="RE: ", lang="en-GB")
    e = conf(p, {1: A(p, 1), 2: A(p, 2)},
             "A bare 'Confirmed' to the PO request commits to the order as sent (quantities, prices, dates of the quoted PO).")
    return [p], m, e


# ==========================================================================
# CASES: nothing to confirm (auto replies, bounces, unrelated, needs_review)
# ==========================================================================

AUTO_HDRS = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


def our_request(p, to=None):
    """The acknowledgment request the buyer sent, as a real message (for bounces)."""
    b = B(p)
    t = req_time(p)
    return mail(b, (p["supplier"]["name"], to or p["supplier"]["email"]), t, req_subject(p), req_text(p),
                html=None, charset="utf-8", cte="quoted-printable", msgid=p["request_message_id"],
                client="outlook", lang="en-GB")


def ds_block(fields):
    m = Message()
    for k, v in fields:
        m[k] = v
    return m


@case("051-de-abwesenheitsnotiz", "auto_reply", "de-DE",
      "Outlook out-of-office DE/EN ('bis einschließlich Freitag, 04.12.2026 nicht im Büro'), Auto-Submitted header; date is not a delivery date")
def c051():
    s = sup("FARBMZ", "Farbwerk Mainz GmbH", "stefan.vogel@farbwerk-mainz.example", "de-DE")
    p = PO("4500232130", s, "albers", "EUR", "2026-11-26", [
        ("PG-BLAU-153", "Phthalocyaninblau 15:3, Sack 20 kg", 200, "KG", "14.80", "2026-12-16"),
    ], rl="de")
    text = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 04.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an unseren Innendienst unter innendienst@farbwerk-mainz.example oder +49 6131 9870-0.

Thank you for your e-mail. I am out of the office until Friday, 4 December 2026 with no access to e-mail. For urgent matters please contact innendienst@farbwerk-mainz.example.

Mit freundlichen Grüßen
Stefan Vogel"""
    m = reply(p, "Vogel, Stefan", T(2026, 11, 26, 10, 12, 41), text, quote="none",
              subject="Automatische Antwort: " + req_subject(p), extra=AUTO_HDRS, lang="de-DE")
    return [p], m, other("auto_reply", "Out-of-office; the 04.12.2026 is the return date, not a commitment.")


@case("052-fr-reponse-automatique-absence", "auto_reply", "fr-FR",
      "French out-of-office 'Réponse automatique :' with absence dates and a colleague's address")
def c052():
    s = sup("VNF", "Verrerie Normande de Flaconnage", "c.lefebvre@verrerie-normande.example", "fr-FR")
    p = PO("OV-FR-26-0977", s, "delorme", "EUR", "2026-11-30", [
        ("FL-PARF-50", "Flacon parfum 50 ml, verre extra-blanc, FEA 15", 15000, "EA", "0.395", "2027-01-20"),
    ], rl="fr")
    text = """Bonjour,

Je suis absente du lundi 30 novembre au vendredi 4 décembre inclus.
Pour toute demande concernant vos commandes, merci de contacter l'ADV à l'adresse adv@verrerie-normande.example ou au 02 35 12 34 56.

Cordialement,
Claire Lefebvre"""
    m = reply(p, "Claire LEFEBVRE", T(2026, 11, 30, 10, 12, 9), text, quote="none",
              subject="Réponse automatique\u00a0: " + req_subject(p), extra=AUTO_HDRS, lang="fr-FR")
    return [p], m, other("auto_reply", "Absence notice; no commitment.")


@case("053-zh-cn-chunjie-auto-reply", "auto_reply", "zh-CN",
      "Chinese New Year holiday auto-reply (自动回复) in Chinese + English with holiday dates Feb 2027")
def c053():
    s = sup("YONGSH", "东莞永盛塑胶制品有限公司", "sales@yongsheng-plastic.example", "zh-CN")
    p = PO("OVSZ-PO-270112", s, "chen", "CNY", "2027-01-29", [
        ("INJ-HSG-A1", "注塑外壳 A1, ABS 黑色", 20000, "EA", "3.25", "2027-03-05"),
    ])
    text = """您好！

我司春节放假时间为2027年2月1日至2月17日，2月18日（星期四）正式上班。假期期间邮件无法及时回复，敬请谅解。紧急事务请联系：138 2690 1234（张先生）。

Dear customer,
Our office is closed for Chinese New Year from Feb 1 to Feb 17, 2027. We will reply to your mail after Feb 18. Sorry for the inconvenience.

东莞永盛塑胶制品有限公司"""
    m = reply(p, "永盛塑胶 销售部", T(2027, 2, 2, 9, 3, 17, tz=8), text, client="foxmail", quote="none",
              subject="自动回复: " + req_subject(p), charset="gb2312", cte="base64",
              extra=AUTO_HDRS, lang="zh-CN")
    return [p], m, other("auto_reply", "Holiday auto-reply; dates are office closure dates.")


@case("054-en-us-helpdesk-ticket-autoack", "auto_reply", "en-US",
      "Distributor help-desk ticket auto-acknowledgment '[Ticket #CS-48213]' mentioning generic lead times -> no commitment")
def c054():
    s = sup("ALLIED", "Allied MRO Direct", "support@alliedmro.example", "en-US")
    p = PO("PO-US-77230", s, "kim", "USD", "2026-12-01", [
        ("FLT-20x25x2", "HVAC pleated filter 20x25x2 MERV 13, case of 12", 10, "CS", "86.40", "2026-12-09"),
        ("LMP-LED-T8", "LED T8 tube 4ft 15W 4000K, case of 25", 4, "CS", "112.00", "2026-12-09"),
    ])
    text = """Thank you for contacting Allied MRO Direct.

This is an automated message to let you know that we have received your email. Your ticket number is CS-48213.
A customer care representative will respond within 1 business day.

Did you know? Most in-stock items ship within 2-3 business days. Track your orders 24/7 at www.alliedmro.example/orders

Please do not change the subject line when replying so that your message is added to the same ticket.

Allied MRO Direct Customer Care
1-888-555-0133"""
    m = reply(p, "Allied MRO Customer Care", T(2026, 12, 1, 4, 12, 58, tz=-5), text, client="none",
              quote="none", subject="[Ticket #CS-48213] " + req_subject(p), html=None, charset="us-ascii",
              cte="7bit", extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                                 ("Precedence", "bulk")], lang="en-US", hcs="utf-8")
    return [p], m, other("auto_reply", "Ticket system auto-acknowledgment; the 2-3 day lead time is generic marketing text.")


@case("055-pl-erp-potwierdzenie-otrzymania", "auto_reply", "pl-PL",
      "ERP receipt notice 'Potwierdzenie otrzymania zamówienia' registering the order; terms to follow in 48 h -> automatic, commits nothing (contrast with 034)")
def c055():
    s = sup("ELKAB", "Elkab Przewody S.A.", "zamowienia@elkab.example", "pl-PL")
    p = PO("4500232150", s, "wojcik", "PLN", "2026-11-30", [
        ("OMY-2X1.0-W", "Przewód OMY 2x1,0 biały, krążek 100 m", 40, "RG", "148.00", "2026-12-11"),
        ("LGY-6-ZZ", "Przewód LgY 6 mm² żółto-zielony, krążek 100 m", 15, "RG", "395.00", "2026-12-11"),
    ])
    text = """Szanowni Państwo,

dziękujemy za przesłanie zamówienia. Zamówienie zostało zarejestrowane w naszym systemie pod numerem ZS/2026/11/4471.

Potwierdzenie cen i terminu realizacji prześlemy w ciągu 48 godzin roboczych.

Wiadomość została wygenerowana automatycznie - prosimy na nią nie odpowiadać.

Elkab Przewody S.A. | ul. Fabryczna 5, 62-800 Kalisz | NIP 618-000-11-22"""
    m = reply(p, ("Elkab - System zamówień", "noreply@elkab.example"), T(2026, 11, 30, 10, 13, 2), text,
              client="none", quote="none", subject=f"Potwierdzenie otrzymania zamówienia {p['po_number']}",
              html=None, charset="iso-8859-2", extra=[("Auto-Submitted", "auto-generated")], lang="pl-PL")
    return [p], m, other("auto_reply", "Automatic receipt only: order registered, prices/dates to follow. No commitment -> auto_reply, not confirmation.")


@case("056-ja-fuzai-jidou-henshin", "auto_reply", "ja-JP",
      "Japanese 【自動返信】 business-trip absence until 12月7日（月）, ISO-2022-JP")
def c056():
    s = sup("KANSAI", "関西樹脂工業株式会社", "k.ito@kansai-jushi.example", "ja-JP")
    p = PO("4500232160", s, "tanaka", "JPY", "2026-12-01", [
        ("RSN-POM-N", "POM樹脂 ナチュラル 25kg袋", 500, "KG", "420.00", "2026-12-21"),
    ])
    text = """【自動返信】

お世話になっております。
誠に恐れ入りますが、出張のため12月7日（月）まで不在にしております。
期間中はメールの確認が遅れる場合がございます。
お急ぎの場合は営業部（06-6123-4567）までご連絡ください。

関西樹脂工業株式会社　伊藤"""
    m = reply(p, "伊藤 浩二", T(2026, 12, 1, 18, 12, 30, tz=9), text, client="none", quote="none",
              subject="【自動返信】" + req_subject(p), charset="iso-2022-jp", cte="7bit", html=None,
              extra=AUTO_HDRS, lang="ja-JP")
    return [p], m, other("auto_reply", "Absence auto-reply; 12月7日 is the return date.")


@case("057-en-postfix-dsn-user-unknown", "bounce", "en (DSN)",
      "Postfix multipart/report DSN: 550 5.1.1 user unknown for the supplier address; text/rfc822-headers of our PO mail")
def c057():
    s = sup("HOLLIS", "Hollis Wire & Cable Co.", "orders@holliswire.example", "en-US")
    p = PO("PO-US-77244", s, "kim", "USD", "2026-12-02", [
        ("THHN-12-BLK", "THHN 12 AWG black, 500 ft reel", 20, "RL", "58.75", "2026-12-14"),
    ])
    orig = our_request(p)
    root = MIMEMultipart("report", report_type="delivery-status")
    human = """This is the mail system at host mx1.orvento.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@holliswire.example>: host mx.holliswire.example[203.0.113.25] said:
    550 5.1.1 <orders@holliswire.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    hp = textpart(human, "plain", "us-ascii", "7bit")
    hp.add_header("Content-Description", "Notification")
    root.attach(hp)
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([
        ds_block([("Reporting-MTA", "dns; mx1.orvento.example"), ("X-Postfix-Queue-ID", "4Qx7Zk1bTnz2xRt"),
                  ("X-Postfix-Sender", "rfc822; rachel.kim@orvento.example"),
                  ("Arrival-Date", format_datetime(T(2026, 12, 2, 4, 12, 3, tz=-5)))]),
        ds_block([("Final-Recipient", "rfc822; orders@holliswire.example"),
                  ("Original-Recipient", "rfc822;orders@holliswire.example"),
                  ("Action", "failed"), ("Status", "5.1.1"),
                  ("Remote-MTA", "dns; mx.holliswire.example"),
                  ("Diagnostic-Code", "smtp; 550 5.1.1 <orders@holliswire.example>: Recipient address rejected: User unknown in virtual mailbox table")]),
    ])
    root.attach(ds)
    hdrs = "".join(f"{k}: {v}\n" for k, v in orig.items())
    rp = textpart(hdrs, "rfc822-headers", "us-ascii", "7bit")
    del rp["Content-Type"]
    rp["Content-Type"] = "text/rfc822-headers"
    rp.add_header("Content-Description", "Undelivered Message Headers")
    root.attach(rp)
    for k in list(root.keys()):
        del root[k]
    root["Return-Path"] = "<>"
    root["From"] = "MAILER-DAEMON@mx1.orvento.example (Mail Delivery System)"
    root["To"] = "rachel.kim@orvento.example"
    root["Subject"] = "Undelivered Mail Returned to Sender"
    root["Date"] = format_datetime(T(2026, 12, 2, 4, 12, 5, tz=-5))
    root["Message-ID"] = "<20261202091205.4Qx7Zk1bTnz2xRt@mx1.orvento.example>"
    root["Auto-Submitted"] = "auto-replied"
    root["MIME-Version"] = "1.0"
    root["Content-Type"] = 'multipart/report; report-type=delivery-status; boundary="4Qx7Zk1bTnz2xRt.1764688325/mx1.orvento.example"'
    root.set_boundary("4Qx7Zk1bTnz2xRt.1764688325/mx1.orvento.example")
    return [p], root, other("bounce", "Hard bounce (5.1.1) of our PO request; nothing from the supplier.")


@case("058-de-exchange-ndr-unzustellbar", "bounce", "de-DE (NDR)",
      "Exchange Online NDR in German ('Unzustellbar:'), HTML+text human part, delivery-status and the full original PO mail as message/rfc822")
def c058():
    s = sup("KWLAUS", "Kabelwerk Lausitz GmbH", "einkauf-anfragen@kabelwerk-lausitz.example", "de-DE")
    p = PO("4500232165", s, "reuter", "EUR", "2026-12-02", [
        ("NYM-J-3X1.5", "NYM-J 3x1,5 mm², Ring 100 m", 60, "RG", "52.30", "2026-12-16"),
    ], rl="de")
    orig = our_request(p)
    root = MIMEMultipart("report", report_type="delivery-status")
    txt = """Ihre Nachricht an einkauf-anfragen@kabelwerk-lausitz.example konnte nicht zugestellt werden.

Der Empfänger wurde nicht gefunden von kabelwerk-lausitz.example.

Jonas Reuter
Office 365
einkauf-anfragen
Aktion erforderlich
Empfänger

Unbekannter Empfänger

Vorgehensweise zur Behebung
Die E-Mail-Adresse ist möglicherweise falsch geschrieben oder existiert nicht. Überprüfen Sie die Adresse und senden Sie die Nachricht erneut.

Diagnoseinformationen für Administratoren:

Generierender Server: FR3P281MB1234.DEUP281.PROD.OUTLOOK.COM

einkauf-anfragen@kabelwerk-lausitz.example
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.
"""
    html = "<html><body><p>" + esc(txt).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
    alt = MIMEMultipart("alternative")
    alt.attach(textpart(txt, "plain", "utf-8", "base64"))
    alt.attach(textpart(html, "html", "utf-8", "base64"))
    root.attach(alt)
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([
        ds_block([("Reporting-MTA", "dns;FR3P281MB1234.DEUP281.PROD.OUTLOOK.COM"),
                  ("Received-From-MTA", "dns;FR3P281MB0999.DEUP281.PROD.OUTLOOK.COM"),
                  ("Arrival-Date", format_datetime(T(2026, 12, 2, 10, 12, 6)))]),
        ds_block([("Original-Recipient", "rfc822;einkauf-anfragen@kabelwerk-lausitz.example"),
                  ("Final-Recipient", "rfc822;einkauf-anfragen@kabelwerk-lausitz.example"),
                  ("Action", "failed"), ("Status", "5.1.10"),
                  ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")]),
    ])
    root.attach(ds)
    root.attach(MIMEMessage(orig))
    for k in list(root.keys()):
        del root[k]
    root["From"] = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@orvento.example>"
    root["To"] = addr("Jonas Reuter", "jonas.reuter@orvento.example")
    root["Subject"] = hdr("Unzustellbar: " + req_subject(p))
    root["Date"] = format_datetime(T(2026, 12, 2, 10, 12, 9))
    root["Message-ID"] = "<b2c7e7a1-4f0e-4a61-9d1e-2f5b8c0d7e31@FR3P281MB1234.DEUP281.PROD.OUTLOOK.COM>"
    root["In-Reply-To"] = p["request_message_id"]
    root["References"] = p["request_message_id"]
    root["Content-Language"] = "de-DE"
    root["X-MS-Exchange-Message-Is-Ndr"] = ""
    root["Auto-Submitted"] = "auto-replied"
    root["MIME-Version"] = "1.0"
    root["Content-Type"] = "multipart/report; report-type=delivery-status"
    root.set_boundary("9B095B5ADSN=_01DB4C2F7A1E3D0800017A2CFR3P281MB1234.DEUP")
    return [p], root, other("bounce", "Exchange NDR (5.1.10 recipient not found); the attached original is our own PO request.")


@case("059-en-gmail-dsn-delay-warning", "bounce", "en (DSN)",
      "Google 'Delivery Status Notification (Delay)' - warning only, Action: delayed, will retry; still a DSN, not a supplier answer")
def c059():
    s = sup("PLNORTE", "Plásticos del Norte S.A. de C.V.", "ventas@plasticosdelnorte.example", "es-MX")
    p = PO("PO-US-77250", s, "kim", "USD", "2026-12-02", [
        ("TRAY-PET-6C", "Bandeja termoformada PET 6 cavidades", 8000, "EA", "0.21", "2026-12-18"),
    ])
    orig = our_request(p)
    root = MIMEMultipart("report", report_type="delivery-status")
    human = """This is an automatically generated Delivery Status Notification

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     ventas@plasticosdelnorte.example

Message will be retried for 2 more day(s)

Technical details of temporary failure:
The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.plasticosdelnorte.example. 198.51.100.7: timed out]
"""
    root.attach(textpart(human, "plain", "utf-8", "quoted-printable"))
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds.set_payload([
        ds_block([("Reporting-MTA", "dns; googlemail.com"),
                  ("Arrival-Date", format_datetime(T(2026, 12, 2, 3, 12, 4, tz=-6)))]),
        ds_block([("Final-Recipient", "rfc822; ventas@plasticosdelnorte.example"),
                  ("Action", "delayed"), ("Status", "4.4.1"),
                  ("Diagnostic-Code", "smtp; The recipient server did not accept our requests to connect."),
                  ("Last-Attempt-Date", format_datetime(T(2026, 12, 2, 7, 40, 11, tz=-8))),
                  ("Will-Retry-Until", format_datetime(T(2026, 12, 4, 3, 12, 4, tz=-8)))]),
    ])
    root.attach(ds)
    hp = textpart("".join(f"{k}: {v}\n" for k, v in orig.items()), "rfc822-headers", "us-ascii", "7bit")
    del hp["Content-Type"]
    hp["Content-Type"] = "text/rfc822-headers"
    root.attach(hp)
    for k in list(root.keys()):
        del root[k]
    root["From"] = "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"
    root["To"] = "rachel.kim@orvento.example"
    root["Subject"] = "Delivery Status Notification (Delay)"
    root["Date"] = format_datetime(T(2026, 12, 2, 7, 40, 12, tz=-8))
    root["Message-ID"] = "<6751d2a4.050a0220.1b2c3d.0001.GMR@mx.google.com>"
    root["In-Reply-To"] = p["request_message_id"]
    root["References"] = p["request_message_id"]
    root["Auto-Submitted"] = "auto-replied"
    root["MIME-Version"] = "1.0"
    root["Content-Type"] = "multipart/report; report-type=delivery-status"
    root.set_boundary("000000000000b7e1a405f3c2a9d1")
    return [p], root, other("bounce", "Delay DSN (4.4.1, will retry). It is a delivery status notification, not an answer.")


@case("060-it-fattura-altro-ordine", "unrelated", "it-IT",
      "Invoice mail + PDF invoice for ANOTHER order (4500229871) from a supplier with an open PO 4500232140 -> unrelated")
def c060():
    s = sup("PLASTEM", "Plastotecnica Emiliana S.r.l.", "amministrazione@plastotecnica-emiliana.example", "it-IT")
    p = PO("4500232140", s, "rinaldi", "EUR", "2026-11-27", [
        ("COP-PP-90", "Coperchio PP diametro 90 mm, bianco", 20000, "EA", "0.064", "2026-12-21"),
    ])
    text = """Spett.le Orvento Italia S.r.l.,

in allegato trasmettiamo la fattura n. 2026/1187 del 30/11/2026 relativa al Vs. ordine 4500229871 (DDT n. 1543 del 27/11/2026).

Scadenza pagamento: 31/01/2027 – bonifico bancario.

Distinti saluti
Ufficio Amministrazione
Plastotecnica Emiliana S.r.l.
Via dell'Industria 8 – 42122 Reggio Emilia – P.IVA 02345670359"""
    pdf = [[
        (14, True, "Plastotecnica Emiliana S.r.l."),
        "Via dell'Industria 8 - 42122 Reggio Emilia - P.IVA 02345670359",
        "",
        (13, True, "FATTURA N. 2026/1187 del 30/11/2026"),
        "Cliente: Orvento Italia S.r.l. - Via Torino 51, 20063 Cernusco sul Naviglio (MI)",
        "Rif. Vs. ordine: 4500229871 del 02/11/2026   DDT n. 1543 del 27/11/2026",
        "",
        (10, True, "Codice        Descrizione                          Q.ta      Prezzo unit.    Importo"),
        "TAP-PP-63     Tappo PP diametro 63 mm, bianco     30.000     0,0410          1.230,00",
        "",
        "Imponibile: 1.230,00 EUR    IVA 22%: 270,60 EUR    Totale fattura: 1.500,60 EUR",
        "Pagamento: bonifico 60 gg d.f.   Scadenza: 31/01/2027",
        "IBAN IT60 X054 2811 1010 0000 0123 456",
    ]]
    att = pdf_att(pdf, "Fattura_2026_1187.pdf")
    m = mail(("Amministrazione Plastotecnica", "amministrazione@plastotecnica-emiliana.example"), B(p),
             T(2026, 11, 30, 16, 2, 44), "Invio fattura n. 2026/1187 del 30/11/2026", text, html=None,
             charset="windows-1252", attachments=[att],
             msgid=mid("generic", "c060", "plastotecnica-emiliana.example"), client="none", lang="it-IT")
    return [p], m, other("unrelated", "Invoice for a different, already delivered order (4500229871); the open PO 4500232140 is not mentioned.")


@case("061-de-preisanpassung-2027-xlsx", "unrelated", "de-DE",
      "Circular 'Preisanpassung zum 01.01.2027' with XLSX price list (shared strings) from a supplier with an open PO; not about that order")
def c061():
    s = sup("POLYNORD", "Polymerchemie Nord GmbH", "vertrieb@polymerchemie-nord.example", "de-DE")
    p = PO("4500232170", s, "albers", "EUR", "2026-11-30", [
        ("PVAC-DISP-50", "PVAc-Dispersion 50 %, IBC 1000 kg", 2000, "KG", "1.62", "2026-12-18"),
    ], rl="de")
    text = """Sehr geehrte Damen und Herren,

aufgrund weiter gestiegener Rohstoff- und Energiekosten sehen wir uns gezwungen, unsere Preise zum 01.01.2027 anzupassen. Die neuen Listenpreise entnehmen Sie bitte der beigefügten Preisliste.

Für alle bis zum 31.12.2026 bestätigten Aufträge gelten selbstverständlich die vereinbarten Preise.

Wir danken für Ihr Verständnis und die gute Zusammenarbeit.

Mit freundlichen Grüßen

Polymerchemie Nord GmbH
Vertrieb
Werftstraße 9 · 24148 Kiel
Tel. +49 431 7290-0"""
    rows = [
        ["Polymerchemie Nord GmbH – Preisliste gültig ab 01.01.2027"],
        [],
        ["Artikel", "Bezeichnung", "Gebinde", "Preis EUR/kg bis 31.12.2026", "Preis EUR/kg ab 01.01.2027"],
        ["PVAC-DISP-50", "PVAc-Dispersion 50 %", "IBC 1000 kg", 1.62, 1.74],
        ["PVAC-DISP-55", "PVAc-Dispersion 55 %", "IBC 1000 kg", 1.71, 1.83],
        ["EVA-DISP-60", "EVA-Dispersion 60 %", "IBC 1000 kg", 1.95, 2.09],
        ["ACR-BIND-45", "Acrylat-Bindemittel 45 %", "Fass 200 kg", 2.48, 2.66],
    ]
    att = xlsx_att(rows, "Preisliste_2027.xlsx", sheet="Preise 2027", shared=True)
    m = mail(("Polymerchemie Nord Vertrieb", "vertrieb@polymerchemie-nord.example"), B(p),
             T(2026, 12, 1, 8, 30, 0), "Preisanpassung zum 01.01.2027", text, html="auto",
             charset="windows-1252", attachments=[att],
             msgid=mid("outlook", "c061", "polymerchemie-nord.example"), client="outlook", lang="de-DE")
    return [p], m, other("unrelated", "General price circular; the price list even contains the ordered article but the mail does not answer the PO.")


@case("062-en-gb-newsletter-winter-offers", "unrelated", "en-GB",
      "Marketing newsletter (HTML+text, List-Unsubscribe, Precedence: bulk) from the cable supplier with '10% off SWA until 18 December'")
def c062():
    s = sup("PENNINE2", "Pennine Cable Distribution Ltd", "sales@penninecable.example", "en-GB")
    p = PO("4500232180", s, "whitcombe", "GBP", "2026-11-30", [
        ("SWA-4C-6", "SWA cable 4 core 6mm²", 200, "M", "7.95", "2026-12-10"),
    ])
    text = """PENNINE CABLE - WINTER OFFERS

Save 10% on all SWA cable until 18 December*
Order before 2pm for next-day delivery across the North of England.

Christmas opening hours:
Thu 24 Dec: 7.30am - 12 noon
25 Dec - 28 Dec: closed
29 - 31 Dec: 8am - 4pm
Fri 1 Jan: closed

*Offer applies to new web orders only. Not valid with any other offer.

You are receiving this email because you are a Pennine Cable trade account holder.
Unsubscribe: https://mail.penninecable.example/u/8f3a21
Pennine Cable Distribution Ltd, Unit 7, Calder Park, Wakefield WF2 7UA. Registered in England & Wales No. 04567891"""
    html = ("<html><body style=\"margin:0;background:#eeeeee\"><table width=\"600\" align=\"center\" "
            "style=\"background:#ffffff;font-family:Arial\"><tr><td style=\"background:#0b3d91;color:#fff;padding:20px\">"
            "<h1>PENNINE CABLE &ndash; WINTER OFFERS</h1></td></tr><tr><td style=\"padding:20px\">"
            "<h2>Save 10% on all SWA cable until 18 December*</h2><p>Order before 2pm for next-day delivery across the North of England.</p>"
            "<h3>Christmas opening hours</h3><ul><li>Thu 24 Dec: 7.30am &ndash; 12 noon</li><li>25 &ndash; 28 Dec: closed</li>"
            "<li>29 &ndash; 31 Dec: 8am &ndash; 4pm</li><li>Fri 1 Jan: closed</li></ul>"
            "<p style=\"font-size:10px\">*Offer applies to new web orders only.</p>"
            "<p style=\"font-size:10px\"><a href=\"https://mail.penninecable.example/u/8f3a21\">Unsubscribe</a> | "
            "Pennine Cable Distribution Ltd, Unit 7, Calder Park, Wakefield WF2 7UA</p></td></tr></table>"
            "<img src=\"https://mail.penninecable.example/o/8f3a21.gif\" width=\"1\" height=\"1\"></body></html>")
    m = mail(("Pennine Cable", "news@mail.penninecable.example"), ("", "ian.whitcombe@orvento.example"),
             T(2026, 12, 3, 7, 0, 0, tz=0), "❄ Winter offers: 10% off SWA + Christmas opening hours", text,
             html=html, msgid=mid("generic", "c062", "mail.penninecable.example"), client="none",
             extra=[("List-Unsubscribe", "<https://mail.penninecable.example/u/8f3a21>, <mailto:unsubscribe@mail.penninecable.example?subject=8f3a21>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                    ("X-Campaign-ID", "WINTER26-TRADE")], lang="en-GB")
    return [p], m, other("unrelated", "Newsletter; dates are offer/opening-hour dates, not about the open PO.")


@case("063-es-recordatorio-de-pago", "unrelated", "es-ES",
      "Payment reminder listing overdue invoices with old order numbers; open PO exists -> unrelated")
def c063():
    s = sup("ENVLEV", "Envases Levante S.L.", "administracion@envaseslevante.example", "es-ES")
    p = PO("4500232190", s, "ortega", "EUR", "2026-11-26", [
        ("TARRO-250-PP", "Tarro PP 250 ml con tapa, blanco", 10000, "EA", "0.118", "2026-12-15"),
    ])
    text = """Estimados señores:

Salvo error u omisión por nuestra parte, a fecha de hoy constan pendientes de pago las siguientes facturas:

Factura        Fecha         Su pedido      Vencimiento    Importe
FV26-01842     15/09/2026    4500226310     15/11/2026     2.364,80 €
FV26-02017     02/10/2026    4500227155     02/12/2026     1.118,25 €

Total pendiente: 3.483,05 €

Les rogamos procedan a su abono a la mayor brevedad en la cuenta ES12 2100 1234 5612 3456 7890. Si ya han realizado el pago, por favor ignoren este aviso.

Atentamente,
Dpto. de Administración
Envases Levante S.L. – Avda. de la Industria 22 – 46960 Aldaia (Valencia) – CIF B98765432"""
    m = mail(("Administración Envases Levante", "administracion@envaseslevante.example"), B(p),
             T(2026, 12, 3, 11, 20, 0), "Recordatorio de pago – facturas vencidas", text, html="auto",
             msgid=mid("outlook", "c063", "envaseslevante.example"), client="outlook", lang="es-ES")
    return [p], m, other("unrelated", "Dunning letter for older orders; the open PO is not addressed.")


@case("064-nl-kerstsluiting-mededeling", "unrelated", "nl-NL",
      "Christmas closure notice (week 52/53) from a moulder whose open PO is due in January; generic, not an answer")
def c064():
    s = sup("KUNTW2", "Kunststoffen Twente B.V.", "verkoop@kunststoffentwente.example", "nl-NL")
    p = PO("4500232195", s, "devries", "EUR", "2026-11-30", [
        ("BH-305-PC", "Behuizing PC transparant", 3000, "EA", "1.86", "2027-01-22"),
    ])
    text = """Beste relatie,

Graag informeren wij u over onze openingstijden rond de feestdagen.

Onze productie en ons magazijn zijn gesloten van donderdag 24 december t/m zondag 3 januari (week 52 en 53). Vanaf maandag 4 januari staan wij weer voor u klaar.

Heeft u leveringen gepland rond de feestdagen? Neem dan tijdig contact op met uw vaste contactpersoon.

Wij danken u voor het vertrouwen in 2026 en wensen u fijne feestdagen en een gezond 2027!

Met vriendelijke groet,
Team Kunststoffen Twente B.V."""
    m = mail(("Kunststoffen Twente", "verkoop@kunststoffentwente.example"), B(p),
             T(2026, 12, 4, 9, 0, 0), "Openingstijden feestdagen 2026/2027", text, html="auto",
             msgid=mid("outlook", "c064", "kunststoffentwente.example"), client="outlook", lang="nl-NL")
    return [p], m, other("unrelated", "Holiday closure circular; says nothing about PO 4500232195.")


@case("065-de-lieferavis-andere-bestellung", "unrelated", "de-DE",
      "Shipping notice (Lieferavis) for a different PO 4500229990 from a supplier that also has open PO 4500232200")
def c065():
    s = sup("KABELWH", "Kabelhandel Westfalen GmbH", "versand@kabelhandel-westfalen.example", "de-DE")
    p = PO("4500232200", s, "reuter", "EUR", "2026-12-01", [
        ("H07V-K-16-GNGE", "H07V-K 16 mm² grün-gelb, Ring 100 m", 12, "RG", "168.40", "2026-12-17"),
    ], rl="de")
    text = """Lieferavis / Versandanzeige

Lieferschein-Nr.: 80012345
Ihre Bestellung: 4500229990 vom 06.11.2026
Versanddatum: 03.12.2026
Spediteur: Dachser, Sendungsnr. 1234 5678 9012
Voraussichtliche Zustellung: 04.12.2026

Pos. 10  H05VV-F 3G1,5 weiß, Ring 50 m     40 Ringe
Pos. 20  NYM-J 5x2,5, Trommel               500 m

Dies ist eine automatisch erzeugte Nachricht.

Kabelhandel Westfalen GmbH · Hafenweg 18 · 48155 Münster"""
    m = mail(("Kabelhandel Westfalen Versand", "versand@kabelhandel-westfalen.example"), B(p),
             T(2026, 12, 3, 14, 31, 0), "Lieferavis 80012345 zu Bestellung 4500229990", text, html=None,
             charset="iso-8859-1", msgid=mid("generic", "c065", "kabelhandel-westfalen.example"),
             client="sap", extra=[("Auto-Submitted", "auto-generated")], lang="de-DE")
    return [p], m, other("unrelated", "Despatch advice for another order number; nothing about 4500232200.")


@case("066-en-gb-sds-reach-update", "unrelated", "en-GB",
      "Chemicals supplier distributes updated Safety Data Sheets (PDF) for regulatory reasons; open PO for the same product")
def c066():
    s = sup("ALBION", "Albion Specialty Chemicals Ltd", "regulatory@albionchem.example", "en-GB")
    p = PO("4500232205", s, "whitcombe", "GBP", "2026-12-01", [
        ("XYL-MIX-200", "Xylene mixed isomers, 200 L drum", 6, "DR", "298.00", "2026-12-15"),
    ])
    text = """Dear Customer,

Please find attached the revised Safety Data Sheet for Xylene (mixed isomers), version 7.1 dated 30/11/2026, issued following the latest CLP adaptation (ATP 21). Sections 2, 8 and 11 have been updated.

Please forward this SDS to the relevant persons in your organisation. No action is required regarding existing orders.

Kind regards,
Regulatory Affairs Team
Albion Specialty Chemicals Ltd | Riverside Way, Runcorn WA7 4QX | Registered in England No. 02345678"""
    pdf = [[
        (13, True, "SAFETY DATA SHEET - Xylene (mixed isomers)"),
        "according to Regulation (EC) No. 1907/2006 (REACH) as amended by (EU) 2020/878",
        "Version 7.1   Revision date: 30/11/2026   Supersedes: 6.3 (14/03/2025)",
        "",
        (10, True, "SECTION 1: Identification of the substance/mixture and of the company"),
        "1.1 Product identifier: Xylene, mixed isomers   CAS 1330-20-7   EC 215-535-7",
        "1.3 Supplier: Albion Specialty Chemicals Ltd, Riverside Way, Runcorn WA7 4QX, UK",
        "1.4 Emergency telephone: +44 1928 555 999 (24 h)",
        "",
        (10, True, "SECTION 2: Hazards identification"),
        "Flam. Liq. 3 H226; Acute Tox. 4 H312+H332; Skin Irrit. 2 H315; Asp. Tox. 1 H304",
    ]]
    att = pdf_att(pdf, "SDS_Xylene_mixed_v7.1_EN.pdf")
    m = mail(("Albion Regulatory Affairs", "regulatory@albionchem.example"), ("", "ian.whitcombe@orvento.example"),
             T(2026, 12, 2, 15, 45, 0, tz=0), "Updated SDS: Xylene (mixed isomers) v7.1", text, html="auto",
             attachments=[att], msgid=mid("outlook", "c066", "albionchem.example"), client="outlook", lang="en-GB")
    return [p], m, other("unrelated", "Regulatory SDS distribution; explicitly no action about orders.")


@case("067-de-rueckfrage-zeichnung-material", "needs_review", "de-DE",
      "Moulder asks for drawing Rev. C and material colour before confirming; 'sobald ... bestätigen wir' -> no commitment")
def c067():
    s = sup("FTALLG", "Formteile Allgäu GmbH", "auftrag@formteile-allgaeu.example", "de-DE")
    p = PO("4500232220", s, "albers", "EUR", "2026-12-02", [
        ("GH-530-PA6", "Gehäuse 530, PA6 GF30, nach Zeichnung 530-001", 4000, "EA", "2.18", "2027-01-15"),
        ("DK-531-PA6", "Deckel 531, PA6 GF30, nach Zeichnung 531-001", 4000, "EA", "0.96", "2027-01-15"),
    ], rl="de")
    text = """Hallo Frau Albers,

danke für die Bestellung 4500232220. Bevor wir bestätigen können, zwei Rückfragen:

1. In unseren Unterlagen liegt für das Gehäuse 530 nur die Zeichnung Rev. B vor. In Ihrer Bestellung steht Rev. C – können Sie uns die aktuelle Zeichnung schicken? Falls sich die Wandstärke geändert hat, müssen wir das Werkzeug anpassen.
2. PA6 GF30 schwarz oder natur? In der Bestellung ist keine Farbe angegeben.

Sobald wir die Infos haben, bestätigen wir Ihnen Preis und Termin.

Viele Grüße
Florian Wiedemann
Auftragsabwicklung
Formteile Allgäu GmbH · Gewerbestraße 3 · 87700 Memmingen
Tel. 08331 9260-15"""
    m = reply(p, "Wiedemann, Florian", T(2026, 12, 3, 8, 47, 13), text, prefix_subj="AW: ",
              charset="windows-1252", lang="de-DE")
    return [p], m, other("needs_review", "Questions back to the buyer; confirmation explicitly deferred.")


@case("068-en-in-shall-revert-by-friday", "needs_review", "en-IN",
      "Human acknowledgment 'we shall revert with delivery schedule by Friday' -> nothing committed")
def c068():
    s = sup("DECCAN", "Deccan Polymers Ltd.", "sales@deccanpolymers.example", "en-IN")
    p = PO("OVIN/PO/26-27/0457", s, "pillai", "INR", "2026-12-01", [
        ("HDPE-BM-5502", "HDPE blow moulding grade 5502, 25 kg bag", 5000, "KG", "118.50", "2026-12-21"),
        ("LLDPE-F-1820", "LLDPE film grade 1820, 25 kg bag", 3000, "KG", "112.00", "2026-12-21"),
    ])
    text = """Dear Ma'am,

Good afternoon.

We acknowledge receipt of your PO no. OVIN/PO/26-27/0457. Our planning team is checking the raw material availability for both grades and we shall revert with the delivery schedule and final rates by Friday.

Regret the delay.

Warm Regards,
Vikram Reddy
Deccan Polymers Ltd.
Plot 12, IDA Pashamylaram, Sangareddy, Telangana - 502307
+91 90000 12345"""
    m = reply(p, "Vikram Reddy", T(2026, 12, 2, 14, 5, 10, tz=5.5), text, client="gmail", quote="attrib",
              attrib="On Tue, 1 Dec 2026 at 14:42, Meera Pillai <meera.pillai@orvento.example> wrote:",
              prefix_subj="Re: ", lang="en-IN")
    return [p], m, other("needs_review", "Receipt acknowledged by a person; schedule and rates promised later -> no commitment.")


@case("069-fr-contradiction-corps-pdf", "needs_review", "fr-FR",
      "Body says 'livraison le 11/12' while the attached confirmation PDF gives 18/12/2026 for every line -> contradictory")
def c069():
    s = sup("CRSOLV", "Chimie Rhône Solvants", "adv@chimierhone.example", "fr-FR")
    p = PO("OV-FR-26-1004", s, "delorme", "EUR", "2026-11-30", [
        ("ETOH-96-DEN", "Éthanol dénaturé 96 %, fût 200 L", 8, "DR", "245.00", "2026-12-11"),
        ("ACET-ET-IBC", "Acétate d'éthyle, IBC 1000 L", 1, "IBC", "1295.00", "2026-12-11"),
    ], rl="fr")
    text = """Bonjour Monsieur Delorme,

Merci pour votre commande OV-FR-26-1004 que nous confirmons, livraison le 11/12 comme demandé.
Vous trouverez ci-joint notre accusé de réception de commande.

Cordialement,
Sandrine Morel
ADV – Chimie Rhône Solvants
Tél. 04 78 12 34 56"""
    pdf = [[
        (14, True, "CHIMIE RHONE SOLVANTS"),
        "ZI Lyon Sud - 69190 Saint-Fons - SIRET 123 456 789 00012",
        "",
        (13, True, "ACCUSE DE RECEPTION DE COMMANDE N° ARC-26-3318"),
        "Date : 01/12/2026     Votre commande : OV-FR-26-1004 du 30/11/2026",
        "",
        (10, True, "Réf.            Désignation                         Qté    Unité   PU HT (EUR)   Date de livraison"),
        "ETOH-96-DEN    Ethanol dénaturé 96 %, fût 200 L      8      fût      245,00        18/12/2026",
        "ACET-ET-IBC    Acétate d'éthyle, IBC 1000 L           1      IBC    1 295,00        18/12/2026",
        "",
        "Total HT : 3 255,00 EUR",
        "Conditions : franco, paiement 45 jours fin de mois",
    ]]
    att = pdf_att(pdf, "ARC-26-3318.pdf")
    m = reply(p, "Sandrine MOREL", T(2026, 12, 1, 11, 32, 0), text, atts=[att], lang="fr-FR")
    return [p], m, other("needs_review", "Mail text (11/12) and attached confirmation (18/12/2026) contradict each other on the date of both lines; a buyer must ask.")


@case("070-de-ch-voraussichtlich-mitte-januar", "needs_review", "de-CH",
      "Swiss supplier: quantities/prices 'in Ordnung' but delivery only 'voraussichtlich Mitte Januar, genauer Termin folgt' -> nothing firm")
def c070():
    s = sup("SWISSPACK", "Alpenpack AG", "verkauf@alpenpack.example", "de-CH")
    p = PO("4500232230", s, "reuter", "CHF", "2026-12-01", [
        ("AIRL-50-WH", "Airless-Spender 50 ml, weiss", 10000, "EA", "0.92", "2026-12-23"),
        ("AIRL-30-WH", "Airless-Spender 30 ml, weiss", 10000, "EA", "0.84", "2026-12-23"),
    ], rl="de")
    text = """Grüezi Herr Reuter

Vielen Dank für Ihre Bestellung 4500232230. Mengen und Preise sind in Ordnung.

Den gewünschten Termin vor Weihnachten können wir leider nicht halten. Liefertermin voraussichtlich Mitte Januar; den genauen Termin teilen wir Ihnen mit, sobald das Rohmaterial (PP-Kolben) bei uns eingetroffen ist.

Freundliche Grüsse
Andrea Zürcher
Alpenpack AG · Bahnhofstrasse 40 · 9320 Arbon
Tel. +41 71 447 12 12"""
    m = reply(p, "Zürcher Andrea", T(2026, 12, 2, 16, 18, 0), text, prefix_subj="AW: ",
              charset="iso-8859-1", lang="de-CH")
    return [p], m, other("needs_review",
                         "Requested date explicitly not held and only an estimate ('voraussichtlich Mitte Januar', exact date to follow) is given: no delivery date is committed for any line. "
                         "Quantity/price agreement alone is not a confirmation a buyer can record.")


@case("071-ro-forward-only-our-text", "needs_review", "ro-RO",
      "Supplier forwards our own PO request to a colleague with the buyer in Cc and adds nothing (Gmail 'Forwarded message')")
def c071():
    s = sup("MOBROM", "Mobila Componente Bihor SRL", "vanzari@mobilabihor.example", "ro-RO")
    p = PO("4500232240", s, "novak", "EUR", "2026-12-02", [
        ("PAL-18-ALB", "PAL melaminat 18 mm alb, 2800x2070", 120, "EA", "38.60", "2026-12-18"),
        ("CANT-ABS-22", "Cant ABS 22x0,8 alb, rolă 200 m", 30, "RL", "21.90", "2026-12-18"),
    ])
    fwd = ("\n\n---------- Forwarded message ---------\n"
           "De la: Petra Nováková <petra.novakova@orvento.example>\n"
           "Date: mie., 2 dec. 2026 la 11:12\n"
           f"Subject: {req_subject(p)}\n"
           "To: <vanzari@mobilabihor.example>\n\n\n" + req_text(p))
    m = mail(("Vânzări Mobila Bihor", "vanzari@mobilabihor.example"),
             ("Cristian Pop", "cristian.pop@mobilabihor.example"), T(2026, 12, 2, 15, 3, 51, tz=2),
             "Fwd: " + req_subject(p), fwd.lstrip("\n") if False else fwd, html="auto",
             msgid=mid("gmail", "c071", "mail.gmail.com"), client="gmail",
             cc=[("Petra Nováková", "petra.novakova@orvento.example")], lang="ro-RO",
             references=p["request_message_id"], in_reply_to=p["request_message_id"])
    return [p], m, other("needs_review", "Only our own text, forwarded internally with us in copy; no word from the supplier.")


@case("072-sv-nytt-pris-godkann-forst", "needs_review", "sv-SE",
      "Swedish supplier announces a new price for this order and asks for approval before registering it -> conditional, nothing committed")
def c072():
    s = sup("NORRPLAST", "Norrplast Formsprutning AB", "order@norrplast.example", "sv-SE")
    p = PO("4500232250", s, "lindqvist", "SEK", "2026-12-02", [
        ("KLP-PP-40", "Klämlist PP 40 mm, svart", 20000, "EA", "3.85", "2026-12-18"),
    ])
    text = """Hej Mara,

Tack för order 4500232250.

Tyvärr har priset på PP-råvaran gått upp kraftigt sedan offerten i september, och vi behöver justera priset för klämlisten till 4,20 kr/st.

Vänligen bekräfta att ni accepterar det nya priset, så lägger vi in ordern och återkommer med leveransdatum.

Med vänlig hälsning
Erik Nyström
Norrplast Formsprutning AB
Industrigatan 14, 903 27 Umeå | 090-12 34 56"""
    m = reply(p, "Erik Nyström", T(2026, 12, 3, 9, 12, 0), text, prefix_subj="SV: ", lang="sv-SE")
    return [p], m, other("needs_review", "Price change proposed as a condition; order not yet accepted and no date given.")


@case("073-cs-ktera-objednavka", "needs_review", "cs-CZ",
      "New mail without PO number, subject or thread: 'potvrzujeme Vaši objednávku z minulého týdne' while two POs from last week are open -> ambiguous")
def c073():
    s = sup("PLASTBRNO", "Plasty Brno s.r.o.", "prodej@plastybrno.example", "cs-CZ")
    p1 = PO("4500232010", s, "dvorak", "CZK", "2026-11-24", [
        ("KRYT-ABS-12", "Kryt ABS 120x80, šedý", 2500, "EA", "14.20", "2026-12-11"),
    ])
    p2 = PO("4500232031", s, "dvorak", "CZK", "2026-11-26", [
        ("PRCH-PP-20", "Průchodka PP 20 mm", 8000, "EA", "2.35", "2026-12-11"),
        ("ZATK-PE-16", "Zátka PE 16 mm", 8000, "EA", "0.95", "2026-12-11"),
    ])
    text = """Dobrý den,

potvrzujeme Vaši objednávku z minulého týdne, dodáme v pátek.

S pozdravem
Radek Svoboda
Plasty Brno s.r.o.
tel. 545 123 456"""
    m = mail(("Radek Svoboda", "prodej@plastybrno.example"), B(p1), T(2026, 12, 1, 13, 2, 0),
             "objednávka", text, html="auto", charset="windows-1250",
             msgid=mid("outlook", "c073", "plastybrno.example"), client="outlook", lang="cs-CZ")
    return [p1, p2], m, other("needs_review", "Two POs from last week are open and nothing identifies which one is meant; the buyer has to ask.")


@case("074-zh-cn-yishoudao-huifu-jiaoqi", "needs_review", "zh-CN",
      "WeChat-style short Chinese reply: 已收到，会尽快安排并回复交期 (received, will reply with delivery date) -> no commitment")
def c074():
    s = sup("SZLABEL", "苏州恒美包装印刷有限公司", "hm-sales@hengmei-pack.example", "zh-CN")
    p = PO("OVSZ-PO-261230", s, "chen", "CNY", "2026-12-01", [
        ("BOX-CR-FOLD", "彩盒 350g白卡 四色印刷 覆哑膜", 30000, "EA", "0.86", "2026-12-20"),
    ])
    text = """陈经理好，

订单已收到，谢谢！我们会尽快安排生产计划，交期确定后第一时间回复您。

赵敏
苏州恒美包装印刷有限公司
手机/微信：139 1234 5678"""
    m = reply(p, "赵敏", T(2026, 12, 1, 17, 40, 0, tz=8), text, client="none", prefix_subj="回复: ",
              quote="\n\n\n---原始邮件---\n发件人: \"Chen Lu\"<chen.lu@orvento.example>\n"
                    "发送时间: 2026年12月1日(周二) 下午5:12\n收件人: \"hm-sales\"<hm-sales@hengmei-pack.example>;\n"
                    f"主题: {req_subject(p)}\n\n" + req_text(p),
              cte="base64", lang="zh-CN")
    return [p], m, other("needs_review", "Human receipt acknowledgment; delivery date to follow.")


@case("075-ru-protivorechie-kolichestvo", "needs_review", "ru-RU",
      "KOI8-R mail: text says 'подтверждаем 500 шт.' but the table in the same mail shows 450 шт. -> contradictory")
def c075():
    s = sup("POLIMERM", "ООО ПолимерМаш", "sbyt@polimermash.example", "ru-RU")
    p = PO("4500232260", s, "smirnova", "RUB", "2026-12-01", [
        ("ZP-SEYALKA-32", "Звёздочка сеялки z=32, сталь 45", 500, "EA", "780.00", "2026-12-21"),
    ])
    text = """Анна, добрый день!

По заказу 4500232260 подтверждаем 500 шт., отгрузка 21.12.

Наименование                 | Кол-во, шт. | Цена, руб. | Дата отгрузки
Звёздочка сеялки z=32        | 450         | 780,00     | 21.12.2026

С уважением,
Ольга Петрова
ООО "ПолимерМаш", отдел сбыта
г. Воронеж, ул. Землячки, 15
тел. (473) 200-10-20"""
    m = reply(p, "Ольга Петрова", T(2026, 12, 2, 10, 50, 0, tz=3), text, charset="koi8-r",
              prefix_subj="RE: ", lang="ru-RU")
    return [p], m, other("needs_review", "Quantity contradicts itself (500 in text, 450 in the table); a careful buyer cannot record either.")


@case("076-ko-artwork-question", "needs_review", "ko-KR",
      "Korean printer asks for the final AI artwork file and which paper (아트지/유포지) before scheduling -> questions only")
def c076():
    s = sup("SEOULPR", "(주)서울패키지프린팅", "order@seoulpkg.example", "ko-KR")
    p = PO("4500232270", s, "park", "KRW", "2026-12-02", [
        ("LBL-AMP-30", "앰플 라벨 30x60 mm", 50000, "EA", "22", "2026-12-23"),
    ])
    text = """박지원 과장님, 안녕하세요.
서울패키지프린팅 이수진입니다.

발주서 4500232270 잘 받았습니다.
생산 일정을 잡기 전에 두 가지 확인 부탁드립니다.

1. 최종 디자인 파일(AI)을 보내주셔야 인쇄 일정을 잡을 수 있습니다.
2. 발주서에 용지가 기재되어 있지 않은데, 아트지인지 유포지인지 확인 부탁드립니다.

확인되는 대로 납기 회신드리겠습니다.

감사합니다.
이수진 드림
(주)서울패키지프린팅 | T. 02-2631-1234"""
    m = reply(p, "이수진", T(2026, 12, 3, 10, 5, 0, tz=9), text, client="none", cte="base64",
              prefix_subj="RE: ", quote="outlook", loc="ko-KR", lang="ko-KR")
    return [p], m, other("needs_review", "Questions back; delivery date to be given after answers.")


# ==========================================================================
# writing and checking
# ==========================================================================

KINDS = {"confirmation", "needs_review", "auto_reply", "bounce", "unrelated"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_case(slug, pos, exp, raw):
    errs = []
    if exp.get("kind") not in KINDS:
        errs.append("bad kind")
    if not isinstance(exp.get("notes"), str):
        errs.append("notes missing")
    if exp["kind"] == "confirmation":
        if not exp.get("confirmations"):
            errs.append("no confirmations")
    elif "confirmations" in exp:
        errs.append("confirmations on non-confirmation")
    bypo = {p["po_number"]: p for p in pos}
    for c in exp.get("confirmations", []):
        p = bypo.get(c["po_number"])
        if not p:
            errs.append(f"unknown PO {c['po_number']}")
            continue
        if set(c["lines"]) != {str(l["line"]) for l in p["lines"]}:
            errs.append(f"{c['po_number']}: not every line listed")
        for k, v in c["lines"].items():
            l = next(x for x in p["lines"] if str(x["line"]) == k)
            st = v["status"]
            if st in ("rejected", "unconfirmed"):
                if set(v) != {"status"}:
                    errs.append(f"{k}: extra fields on {st}")
                continue
            for f in ("quantity", "unit_price", "date"):
                if f not in v:
                    errs.append(f"{k}: missing {f}")
            if not ISO.match(v["date"]):
                errs.append(f"{k}: date format")
            dt.date.fromisoformat(v["date"])
            Decimal(v["unit_price"])
            same = (v["quantity"] == l["quantity"] and Decimal(v["unit_price"]) == Decimal(l["unit_price"])
                    and v["date"] == l["requested_date"])
            if st == "accepted":
                if not same or "schedule" in v:
                    errs.append(f"{k}: accepted but differs")
            elif st == "changed":
                if same and "schedule" not in v:
                    errs.append(f"{k}: changed but equal")
                if "schedule" in v:
                    sc = v["schedule"]
                    if len(sc) < 2 or sum(x["quantity"] for x in sc) != v["quantity"]:
                        errs.append(f"{k}: schedule sum")
                    if max(x["date"] for x in sc) != v["date"]:
                        errs.append(f"{k}: schedule last date")
            else:
                errs.append(f"{k}: bad status {st}")
    for p in pos:
        for f in ("po_number", "supplier", "buyer", "currency", "issued", "lines"):
            if f not in p:
                errs.append(f"po missing {f}")
        for l in p["lines"]:
            Decimal(l["unit_price"])
            dt.date.fromisoformat(l["requested_date"])
    # the message must parse back and every text part must decode
    msg = message_from_bytes(raw, policy=email_policy.default)
    for f in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[f] is None:
            errs.append(f"header {f} missing")
    str(msg["Subject"])
    for part in msg.walk():
        ct = part.get_content_type()
        if part.get_content_maintype() == "text" and not part.get_filename():
            part.get_content()
        if ct == "application/pdf":
            data = part.get_payload(decode=True)
            if not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
                errs.append("pdf framing")
            sx = int(re.search(rb"startxref\n(\d+)", data).group(1))
            if not data[sx:].startswith(b"xref"):
                errs.append("pdf startxref")
            for mo in re.finditer(rb"(\d{10}) 00000 n ", data):
                off = int(mo.group(1))
                if not re.match(rb"\d+ 0 obj", data[off:off + 12]):
                    errs.append("pdf xref offset")
        if ct.endswith("spreadsheetml.sheet"):
            z = zipfile.ZipFile(io.BytesIO(part.get_payload(decode=True)))
            import xml.dom.minidom
            for n in z.namelist():
                xml.dom.minidom.parseString(z.read(n))
    return errs


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    seen = set()
    readme = ["# Batch K - supplier replies (chemicals, packaging, furniture hardware, agri parts, cable, plastics, MRO)",
              "",
              "Generated by `make_batch.py` (standard library only). One line per case:",
              "`NNN-slug` | category/locale | what it tests", ""]
    counts, locs, allerr = {}, {}, 0
    for slug, cat, loc, what, fn in CASES:
        assert slug not in seen, slug
        seen.add(slug)
        pos, msg, exp = fn()
        assert exp["kind"] == cat, (slug, exp["kind"], cat)
        d = os.path.join(OUT, slug)
        os.makedirs(d)
        raw = to_bytes(msg)
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump([clean_po(p) for p in pos], f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        # re-read from disk
        with open(os.path.join(d, "expected.json"), encoding="utf-8") as f:
            exp2 = json.load(f)
        with open(os.path.join(d, "pos.json"), encoding="utf-8") as f:
            pos2 = json.load(f)
        errs = check_case(slug, pos2, exp2, raw)
        if FALLBACKS:
            print("charset fallback to utf-8:", slug, FALLBACKS)
            FALLBACKS.clear()
        if errs:
            allerr += 1
            print("ERROR", slug, errs)
        counts[cat] = counts.get(cat, 0) + 1
        locs[loc] = locs.get(loc, 0) + 1
        readme.append(f"- `{slug}` | {cat}/{loc} | {what}")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print(len(CASES), "cases;", counts)
    print("locales:", len(locs), dict(sorted(locs.items())))
    if allerr:
        raise SystemExit(f"{allerr} cases with errors")


if __name__ == "__main__":
    main()
