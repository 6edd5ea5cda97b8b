"""Shared bits for the case modules: buyers, reply builders, case registry."""
import datetime as dt
import re
from decimal import Decimal

from aflib.mime import (hdr, addr, date_hdr, mid_outlook, mid_gmail, mid_apple, mid_uuid, mid_plain,
                        boundary, text, html, attachment, raw_part, multipart, message, gt, esc,
                        outlook_html, outlook_text, simple_html, gmail_html, p_html, to_bytes)
from aflib.po import (D, week_friday, next_date, next_weekday, assert_wd, dec, q2, Sup, Buyer, L, PO,
                      line_of, acc, chg, rej, unc, conf, all_acc, request_text, request_subject, fmt_req_date)
from aflib import pdf, xlsx

# ------------------------------------------------------------------ buyers (our side)
B_SEMI = Buyer("Jonas Weber", "j.weber@vantor-electronics.example", "Vantor Electronics GmbH", "+49 711 555 2290")
B_HOTEL = Buyer("Sophie Marsh", "s.marsh@meridian-hotels.example", "Meridian Hotels Group", "+44 20 7946 0321")
B_HOTEL2 = Buyer("Lukas Berger", "l.berger@meridian-hotels.example", "Meridian Hotels Group", "+44 20 7946 0388")
B_PET = Buyer("Tom Hallett", "t.hallett@orchard-petcare.example", "Orchard Petcare Ltd", "+44 1392 555 017")
B_AUTO = Buyer("Aylin Demir", "a.demir@kestrel-auto.example", "Kestrel Auto Parts B.V.", "+31 10 555 4412")
B_BUILD = Buyer("Marek Nowak", "m.nowak@northline-bs.example", "Northline Building Services Ltd", "+44 113 496 0725")
B_BUILD2 = Buyer("Daniel Brooks", "d.brooks@northline-bs.example", "Northline Building Services Ltd", "+44 113 496 0731")
B_ALU = Buyer("Oliver Grant", "o.grant@alucraft-facades.example", "Alucraft Facades Ltd", "+44 121 496 0870")
B_COSM = Buyer("Hannah Kim", "h.kim@lumen-cosmetics.example", "Lumen Cosmetics Ltd", "+44 1865 555 302")
B_PLAST = Buyer("Graham Neal", "g.neal@polyform-moulding.example", "Polyform Moulding Ltd", "+44 1782 555 619")
B_LAB = Buyer("Ingrid Solberg", "i.solberg@crestview-research.example", "Crestview Research Services", "+44 1223 555 740")
B_SHIP = Buyer("Jan Pieters", "j.pieters@seaway-marine.example", "Seaway Marine Services N.V.", "+32 3 555 6021")
B_INK = Buyer("Felix Hartmann", "f.hartmann@printwerk-packaging.example", "Printwerk Packaging GmbH", "+49 40 555 8813")
B_SIGN = Buyer("Rachel Owens", "r.owens@brightline-safety.example", "Brightline Safety Supplies Ltd", "+44 29 2018 0455")
B_CABLE = Buyer("Priya Shah", "p.shah@helix-electrical.example", "Helix Electrical Contractors Ltd", "+44 161 496 0233")
B_BAKE = Buyer("Chloe Bennett", "c.bennett@harbourside-cafes.example", "Harbourside Cafe Group Ltd", "+44 117 496 0514")
B_TOOL = Buyer("Megan Carter", "mcarter@fieldstone-hw.example", "Fieldstone Hardware Inc.", "+1 614 555 0187")
B_TOOL2 = Buyer("Ben Ashworth", "b.ashworth@toolhouse-retail.example", "Toolhouse Retail Ltd", "+44 1604 555 203")

# ------------------------------------------------------------------ registry
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def out(slug, kl, hard, pos, eml, kind, confs=None, notes=None):
    exp = {"kind": kind}
    if confs is not None:
        exp["confirmations"] = confs
    exp["notes"] = notes or hard
    assert (kind == "confirmation") == (confs is not None)
    return dict(slug=slug, kl=kl, hard=hard, pos=pos if isinstance(pos, list) else [pos], eml=eml, exp=exp)


# ------------------------------------------------------------------ headers
OL_LABELS = {
    "en": ("From:", "Sent:", "To:", "Subject:", "Cc:"),
    "de": ("Von:", "Gesendet:", "An:", "Betreff:", "Cc:"),
    "fr": ("De :", "Envoyé :", "À :", "Objet :", "Cc :"),
    "it": ("Da:", "Inviato:", "A:", "Oggetto:", "Cc:"),
    "es": ("De:", "Enviado el:", "Para:", "Asunto:", "CC:"),
    "pt": ("De:", "Enviada em:", "Para:", "Assunto:", "Cc:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "Onderwerp:", "CC:"),
    "pl": ("Od:", "Wysłano:", "Do:", "Temat:", "DW:"),
    "cs": ("Od:", "Odesláno:", "Komu:", "Předmět:", "Kopie:"),
    "sk": ("Od:", "Odoslané:", "Komu:", "Predmet:", "Kópia:"),
    "sv": ("Från:", "Skickat:", "Till:", "Ämne:", "Kopia:"),
    "da": ("Fra:", "Sendt:", "Til:", "Emne:", "Cc:"),
    "nb": ("Fra:", "Sendt:", "Til:", "Emne:", "Kopi:"),
    "fi": ("Lähettäjä:", "Lähetetty:", "Vastaanottaja:", "Aihe:", "Kopio:"),
    "hu": ("Feladó:", "Elküldve:", "Címzett:", "Tárgy:", "Másolatot kap:"),
    "ro": ("De la:", "Trimis:", "Către:", "Subiect:", "Cc:"),
    "hr": ("Šalje:", "Poslano:", "Prima:", "Predmet:", "Kopija:"),
    "sl": ("Od:", "Poslano:", "Za:", "Zadeva:", "Kp:"),
    "bg": ("От:", "Изпратено:", "До:", "Относно:", "Як:"),
    "el": ("Από:", "Στάλθηκε:", "Προς:", "Θέμα:", "Κοιν.:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Konu:", "Bilgi:"),
    "lt": ("Nuo:", "Išsiųsta:", "Kam:", "Tema:", "Kopija:"),
    "lv": ("No:", "Nosūtīts:", "Kam:", "Tēma:", "Kopija:"),
    "et": ("Saatja:", "Saatmisaeg:", "Adressaat:", "Teema:", "Koopia:"),
    "uk": ("Від:", "Надіслано:", "Кому:", "Тема:", "Копія:"),
    "ja": ("差出人:", "送信日時:", "宛先:", "件名:", "CC:"),
    "zh": ("发件人:", "发送时间:", "收件人:", "主题:", "抄送:"),
    "tw": ("寄件者:", "寄件日期:", "收件者:", "主旨:", "副本:"),
    "ko": ("보낸 사람:", "보낸 날짜:", "받는 사람:", "제목:", "참조:"),
    "he": ("מאת:", "נשלח:", "אל:", "נושא:", "עותק:"),
    "ar": ("من:", "تم الإرسال:", "إلى:", "الموضوع:", "نسخة:"),
}


def ol_block(lang, po, buyer, sent, subject=None):
    lab = OL_LABELS[lang]
    return [(lab[0], f"{buyer['name']} <{buyer['email']}>"), (lab[1], sent), (lab[2], po["supplier"]["email"]),
            (lab[3], subject or request_subject(po))]


def std_headers(frm, to, subject, date, mid, irt=None, refs=None, cc=None, client="outlook", attach=False,
                charset="utf-8", lang=None, extra=()):
    h = []
    if client == "outlook":
        h += [("From", frm), ("To", to)]
        if cc:
            h.append(("CC", cc))
        h += [("Subject", hdr(subject, charset)),
              ("Thread-Topic", hdr(re.sub(r"^(?:\w{1,4} ?: ?)+", "", subject), charset)),
              ("Date", date), ("Message-ID", mid)]
        if refs:
            h.append(("References", refs))
        if irt:
            h.append(("In-Reply-To", irt))
        if lang:
            h += [("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang)]
        h.append(("X-MS-Has-Attach", "yes" if attach else ""))
        h.append(("X-MS-TNEF-Correlator", ""))
    else:
        h += [("Date", date), ("From", frm), ("To", to)]
        if cc:
            h.append(("Cc", cc))
        h += [("Subject", hdr(subject, charset)), ("Message-ID", mid)]
        if irt:
            h.append(("In-Reply-To", irt))
        if refs:
            h.append(("References", refs))
        if client == "apple":
            h.append(("X-Mailer", "Apple Mail (2.3826.200.121)"))
        elif client == "iphone":
            h.append(("X-Mailer", "iPhone Mail (22B91)"))
        elif client == "tb":
            h.append(("User-Agent", "Mozilla Thunderbird"))
    h += list(extra)
    return h


def outlook_reply(seed, body, lang, po, buyer, sent, html_lang="EN-GB", charset="utf-8",
                  cte="quoted-printable", attachments=(), quoted=None, hblock=None, extra_html=""):
    hb = hblock or ol_block(lang, po, buyer, sent)
    q = quoted if quoted is not None else request_text(po, buyer)
    alt = multipart("alternative", boundary(seed + "alt"),
                    [text(outlook_text(body, hb, q), charset=charset, cte=cte),
                     html(outlook_html(body, hb, q, html_lang, extra_html, charset), charset=charset, cte=cte)])
    if attachments:
        return multipart("mixed", boundary(seed + "mix"), [alt] + list(attachments))
    return alt


def gmail_reply(seed, body, attribution, quoted, charset="utf-8", cte="quoted-printable", attachments=()):
    plain = f"{body}\n\n{attribution}\n\n{gt(quoted)}\n"
    alt = multipart("alternative", boundary(seed + "g", "gmail"),
                    [text(plain, charset=charset, cte=cte), html(gmail_html(body, attribution, quoted), charset=charset, cte=cte)])
    if attachments:
        return multipart("mixed", boundary(seed + "gm", "gmail"), [alt] + list(attachments))
    return alt


def re_(po, prefix="RE: "):
    return prefix + request_subject(po)


def req_mid(po):
    return po.get("request_message_id")
