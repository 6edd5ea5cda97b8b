"""Cases 041-060."""
from __future__ import annotations

from . import build as b
from . import common as c
from . import docs, mime
from .common import A, C, R, U, conf, expected, kw, wd, next_md, pct, per, MON, TUE, WED, THU, FRI, SUN
from .mime import Part, Multi, Raw, addr, ew, rfc_date

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def mk(n, slug, hard, pos, eml, exp):
    return {"n": n, "slug": slug, "hard": hard, "pos": pos, "eml": eml, "exp": exp}


def ms_quote(p, frm_line, sent, to, subj=None, hdr=("From", "Sent", "To", "Subject")):
    """Outlook plain-text 'Original Message' quote in a given header language."""
    return (f"\n-----Original Message-----\n{hdr[0]}: {frm_line}\n{hdr[1]}: {sent}\n{hdr[2]}: {to}\n"
            f"{hdr[3]}: {subj or c.request_subject(p)}\n\n" + c.request_text(p))


# --------------------------------------------------------------------------- 041
@case
def c041():
    sup = c.supplier("GALILOPT", "Galil Optics Ltd.", "sales@galiloptics.example", "he-IL")
    buy = c.buyer("Daniel Cohen", "daniel.cohen@lumaoptics.example")
    p = c.po("LO-26-00472", sup, buy, "USD", "2026-11-16", [
        ("GO-LLF-532-25", "Laser line filter 532 nm, OD6, D25 mm", 40, "EA", "118.00", "2026-12-18"),
        ("GO-MIR-AG-25", "Mirror D25.4 mm, protected silver, lambda/10", 120, "EA", "24.60", "2026-12-18"),
        ("GO-ND10-25", "ND filter OD1.0, D25 mm, absorptive", 60, "EA", "19.80", "2026-12-18"),
    ])
    wd("2026-11-22", SUN)
    lines = [
        "שלום דניאל,",
        "",
        "תודה על ההזמנה LO-26-00472. להלן אישור ההזמנה:",
        "",
        "1. מסנן קו לייזר 532 ננומטר OD6, קוטר 25 מ\"מ: 40 יח' במחיר 118.00$ ליחידה, אספקה 18.12.2026.",
        "2. מראה כסף מוגנת, קוטר 25.4 מ\"מ: 120 יח', המחיר עודכן ל-26.10$ ליחידה בגלל עליית מחיר הכסף, אספקה 18.12.2026.",
        "3. מסנן ND OD1.0: אין לנו כרגע מלאי וייצור חדש צפוי רק בפברואר, לכן לא נוכל לספק פריט זה במסגרת הזמנה זו.",
        "",
        "תעודות בדיקה (ספקטרום העברה) יצורפו למשלוח.",
        "",
        "בברכה,",
        "מיכל אברהם",
        "מנהלת הזמנות | גליל אופטיקה בע\"מ",
        "רח' החרושת 12, אזור התעשייה, כרמיאל 2165100",
        "טל' 04-9984471 | ח.פ. 514471200",
    ]
    body = "".join(f'<p class=MsoNormal dir=RTL style="text-align:right;direction:rtl;unicode-bidi:embed">{mime.esc(l) if l else "&nbsp;"}</p>\n' for l in lines)
    quoted_hdr = ("מאת: " + f"{buy['name']} <{buy['email']}>\n" + "נשלח: יום שני 16 נובמבר 2026 11:20\n"
                  + "אל: sales@galiloptics.example\n" + "נושא: " + c.request_subject(p))
    html = c.outlook_html(body, quoted_hdr, c.request_html(p), lang_attr="HE").replace("charset=utf-8", "charset=windows-1255")
    html = html.replace("<div class=WordSection1>", "<div class=WordSection1 dir=rtl>")
    eml = b.html_only(frm=addr("מיכל אברהם", "michal.a@galiloptics.example", "windows-1255", "B"), to=addr(buy["name"], buy["email"]),
                      subject="RE: " + c.request_subject(p), date=rfc_date(2026, 11, 22, 10, 14, 3, "+0200"),
                      msgid="<TL0P290MB0447A1B2C3D4E5F6A7B8C9D0E1F2A@TL0P290MB0447.ISRP290.PROD.OUTLOOK.COM>",
                      html=html, charset="windows-1255", cte="quoted-printable", seed="c041",
                      in_reply_to=p["request_message_id"], references=p["request_message_id"],
                      extra=[("Thread-Index", b.thread_index("c041")), ("Content-Language", "he-IL")])
    exp = expected("confirmation", "Hebrew, HTML-only (windows-1255, right-to-left), sent on a Sunday; mirror price 26.10; ND filter cannot be supplied in this order (rejected). 532 nm, OD6 and 25.4 are not quantities.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="26.10"), 3: R()})])
    return mk(41, "optical-filters-hebrew-html-only", "Hebrew right-to-left HTML-only reply in windows-1255 with a price change and a line declined for this order.", [p], eml, exp)


# --------------------------------------------------------------------------- 042
@case
def c042():
    sup = c.supplier("GULFGAS", "Gulf Industrial Gases LLC", "sales@gulfgases.example", "ar-AE")
    buy = c.buyer("Omar Haddad", "omar.haddad@desertline.example")
    p = c.po("DL-PO-2026-771", sup, buy, "USD", "2026-11-23", [
        ("GIG-AR-50L", "Argon 99.998%, 50 l cylinder, 200 bar", 30, "CYL", "62.00", "2026-12-03"),
        ("GIG-C2H2-40L", "Acetylene, 40 l cylinder", 8, "CYL", "95.00", "2026-12-03"),
    ])
    text = """شكراً لرسالتك.

أنا خارج المكتب في إجازة سنوية حتى يوم الأحد 29 نوفمبر 2026، ولن أتمكن من الرد على البريد الإلكتروني خلال هذه الفترة.
للطلبات العاجلة يرجى التواصل مع زميلي السيد خالد منصور على البريد k.mansour@gulfgases.example أو الهاتف 971-4-8814471+.

Thank you for your email. I am out of the office on annual leave until Sunday, 29 November 2026, with no access to email.
For urgent orders please contact my colleague Mr. Khalid Mansour, k.mansour@gulfgases.example, +971 4 881 4471.

مع أطيب التحيات / Best regards
يوسف العلي | Yousef Al Ali
Gulf Industrial Gases LLC, Jebel Ali Industrial Area 2, Dubai, UAE
"""
    eml = b.plain(frm=addr("Yousef Al Ali", "y.alali@gulfgases.example"), to=addr(buy["name"], buy["email"]),
                  subject=ew("رد تلقائي:", "windows-1256") + " " + c.request_subject(p),
                  date=rfc_date(2026, 11, 23, 11, 20, 45, "+0400"),
                  msgid="<DB8P191MB0447F0E1D2C3B4A5F6E7D8C9B0A1F@DB8P191MB0447.EURP191.PROD.OUTLOOK.COM>",
                  text=text, charset="windows-1256", cte="quoted-printable", seed="c042",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("Content-Language", "ar-AE")])
    exp = expected("auto_reply", "Bilingual Arabic/English out-of-office (windows-1256) with a return date and a colleague's contact; no statement about the order.")
    return mk(42, "ooo-arabic-english-bilingual", "Bilingual Arabic/English out-of-office in windows-1256 with an encoded-word subject prefix.", [p], eml, exp)


# --------------------------------------------------------------------------- 043
@case
def c043():
    sup = c.supplier("BALTIPUH", "Balti Puhastustarvikud OÜ", "myyk@baltipuhastus.example", "et-EE")
    buy = c.buyer("Laura Nieminen", "laura.nieminen@liftserve.example")
    p = c.po("LS-4490-2026", sup, buy, "EUR", "2026-11-20", [
        ("BP-MOP-MF-40", "Microfibre flat mop 40 cm", 50, "EA", "6.10", "2026-12-04"),
        ("BP-DEGR-5L", "Degreaser concentrate, 5 l can", 24, "EA", "14.80", "2026-12-04"),
    ])
    xl = docs.xlsx([
        ["Balti Puhastustarvikud OÜ - HINNAKIRI 2027"],
        ["Kehtib alates", ("date", "2027-01-01"), "kuni", ("date", "2027-12-31")],
        [],
        ["Kood", "Nimetus", "Pakend", "Hind EUR (km-ta)", "Muutus vs 2026"],
        ["BP-MOP-MF-40", "Mikrokiudmopp 40 cm", "1 tk", ("num", "6.35"), "+4,1%"],
        ["BP-MOP-MF-60", "Mikrokiudmopp 60 cm", "1 tk", ("num", "8.20"), "+3,8%"],
        ["BP-DEGR-5L", "Rasvaeemaldi kontsentraat", "5 l", ("num", "15.30"), "+3,4%"],
        ["BP-GLASS-1L", "Klaasipuhastusvahend", "1 l", ("num", "2.95"), "+2,4%"],
        ["BP-BAG-120", "Prügikott 120 l, 25 tk rullis", "rull", ("num", "3.10"), "0,0%"],
    ], sheet_name="Hinnakiri 2027", zdate=(2026, 11, 24, 8, 30, 0))
    text = """Tere!

Saadame Teile meie 2027. aasta hinnakirja, mis kehtib alates 01.01.2027. Hinnad on tõusnud keskmiselt 3,5%, peamiselt tooraine- ja transpordikulude tõttu.

Kõik enne 31.12.2026 esitatud tellimused täidame 2026. aasta hindadega.

Lugupidamisega
Kadri Tamm
müügijuht
Balti Puhastustarvikud OÜ
Peterburi tee 47, 11415 Tallinn
Tel +372 640 4471
Reg.kood 12447120
"""
    eml = b.plain(frm=addr("Kadri Tamm", "kadri.tamm@baltipuhastus.example"), to=addr(buy["name"], buy["email"]),
                  subject=ew("Hinnakiri 2027 / Price list 2027 – Balti Puhastustarvikud", "utf-8", "Q"),
                  date=rfc_date(2026, 11, 24, 8, 41, 10, "+0200"),
                  msgid="<3c9a1f20-7b6e-4d45-a812-9e0f1b2c3d4e@baltipuhastus.example>",
                  text=text, charset="utf-8", cte="quoted-printable", seed="c043",
                  attachments=[("Hinnakiri_2027.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xl)],
                  user_agent="Mozilla Thunderbird 128.4.0")
    exp = expected("unrelated", "Estonian 2027 price list (XLSX) from the PO's supplier, listing the ordered items with new prices valid from 01.01.2027; it does not answer the open PO (which is explicitly served at 2026 prices).")
    return mk(43, "price-list-2027-estonian-xlsx", "Estonian price list whose XLSX lists the very items of the open PO with new prices and validity dates.", [p], eml, exp)


# --------------------------------------------------------------------------- 044
@case
def c044():
    sup = c.supplier("OPTLEMAN", "Optique Léman SA", "commandes@optiqueleman.example", "fr-CH")
    buy = c.buyer("Daniel Cohen", "daniel.cohen@lumaoptics.example")
    p = c.po("LO-26-00495", sup, buy, "EUR", "2026-11-24", [
        ("OL-ACH-25-100", "Achromatic doublet D25 mm, f=100 mm, VIS", 30, "EA", "46.00", "2027-01-15"),
        ("OL-CYL-20-50", "Cylindrical lens 20x20 mm, f=50 mm", 50, "EA", "22.50", "2027-01-15"),
    ])
    text = """Madame, Monsieur,

Ceci est une réponse automatique.

Nous accusons bonne réception de votre message adressé à commandes@optiqueleman.example. Il sera traité dans les meilleurs délais par notre service commercial (délai habituel : 24 à 48 heures ouvrables).

Horaires du service commercial : du lundi au vendredi, de 8h00 à 12h00 et de 13h30 à 17h00.

Merci de ne pas répondre à ce message.

Optique Léman SA
Route de Saint-Julien 184, 1228 Plan-les-Ouates, Genève
Tél. +41 22 884 47 12 – IDE CHE-447.120.112 TVA
"""
    eml = b.plain(frm=addr("Optique Léman SA - Service commercial", "commandes@optiqueleman.example", "iso-8859-1", "Q"),
                  to=addr(buy["name"], buy["email"]),
                  subject=ew("Accusé de réception :", "iso-8859-1", "Q") + " " + c.request_subject(p),
                  date=rfc_date(2026, 11, 24, 14, 2, 9, "+0100"),
                  msgid="<autoreply.7f1e2d3c4b5a@mail.optiqueleman.example>",
                  text=text, charset="windows-1252", cte="quoted-printable", seed="c044",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    exp = expected("auto_reply", "Swiss French shared-inbox 'your message was received' auto-answer titled 'Accusé de réception' - it acknowledges the mail, not the order.")
    return mk(44, "shared-inbox-accuse-reception-fr-ch", "Shared-inbox auto-answer titled 'Accusé de réception', easily confused with an order acknowledgment.", [p], eml, exp)


# --------------------------------------------------------------------------- 045
@case
def c045():
    sup = c.supplier("KAROOGAS", "Karoo Industrial Gases (Pty) Ltd", "orders@karoogas.example", "en-ZA")
    buy = c.buyer("Lerato Mokoena", "lerato.mokoena@capeweld.example")
    p1 = c.po("CW-PO-8841", sup, buy, "ZAR", "2026-11-16", [
        ("KIG-AR-50L", "Argon welding grade, 50 l cylinder", 12, "CYL", "1245.00", "2026-11-27"),
        ("KIG-ARCO2-50L", "Argon/CO2 82/18 mix, 50 l cylinder", 20, "CYL", "1180.00", "2026-11-27"),
    ])
    p2 = c.po("CW-PO-8856", sup, buy, "ZAR", "2026-11-18", [
        ("KIG-O2-47L", "Industrial oxygen, 47 l cylinder, 200 bar", 10, "CYL", "385.00", "2026-11-30"),
        ("KIG-C2H2-9KG", "Dissolved acetylene, 9 kg cylinder", 6, "CYL", "1140.00", "2026-11-30"),
    ])
    p3 = c.po("CW-PO-8860", sup, buy, "ZAR", "2026-11-19", [
        ("KIG-CO2-30KG", "Carbon dioxide, 30 kg cylinder", 8, "CYL", "890.00", "2026-12-02"),
    ])
    wd("2026-11-30", MON)
    wd("2026-12-07", MON)
    body = """Morning Lerato

Re your PO CW-PO-8856:
- Oxygen 47 l: 10 cylinders at R385.00, delivery Monday 30/11 as requested.
- Acetylene 9 kg: we only have 4 full cylinders in Epping at the moment. Those 4 will come with the oxygen on 30/11; the other 2 will follow on Monday 7/12, same price.

Your other two orders (8841 and 8860) are with Thabo at the Bellville depot - he'll come back to you on those separately.

Kind regards
Pieter van der Merwe
Sales Consultant - Western Cape
Karoo Industrial Gases (Pty) Ltd
Unit 7, Epping Industria 2, Cape Town 7460
Tel: 021 534 4471 | Cell: 082 447 1200
Reg. No. 2004/044712/07 | VAT No. 4470144712

Cylinder rental is charged at R4.50 per cylinder per day after 30 days. E&OE."""
    hdr = c.outlook_header("en-GB", f"{buy['name']} <{buy['email']}>", ("2026-11-18", "14:12"),
                           "orders@karoogas.example", c.request_subject(p2))
    eml = b.outlook(frm=addr("Pieter van der Merwe", "pieter.vdm@karoogas.example"), to=addr(buy["name"], buy["email"]),
                    cc="Thabo Nkosi <thabo.nkosi@karoogas.example>",
                    subject="RE: " + c.request_subject(p2), date=rfc_date(2026, 11, 24, 8, 5, 40, "+0200"),
                    msgid="<JNAP275MB0447B1C2D3E4F5A6B7C8D9E0F1A2B@JNAP275MB0447.ZAFP275.PROD.OUTLOOK.COM>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(p2), quoted_html=c.request_html(p2),
                    in_reply_to=p2["request_message_id"], references=p2["request_message_id"], seed="c045", lang="en-ZA")
    exp = expected("confirmation", "Three open POs; only CW-PO-8856 is answered (acetylene split 4 on 2026-11-30 and 2 on 2026-12-07). CW-PO-8841 and CW-PO-8860 are only mentioned and are left out. Cylinder rental per day is not a price.",
                   [conf(p2, {1: A(p2, 1), 2: C(p2, 2, sched=[(4, "2026-11-30"), (2, "2026-12-07")])})])
    return mk(45, "gas-cylinders-one-of-three-pos", "South African reply answering one of three open POs and explicitly deferring the other two; day-first short dates 30/11 and 7/12.", [p1, p2, p3], eml, exp)


# --------------------------------------------------------------------------- 046
@case
def c046():
    sup = c.supplier("BSHELV", "Brandschutz Helvetia AG", "verkauf@brandschutz-helvetia.example", "de-CH")
    buy = c.buyer("Felix Brandt", "felix.brandt@meridian-med.example")
    p = c.po("4500318921", sup, buy, "EUR", "2026-11-17", [
        ("BH-FL-S6-EN3", "Feuerlöscher Schaum 6 l, EN 3-7, 27A 183B", 20, "EA", "58.00", "2026-12-18"),
        ("BH-WH-25-30", "Wandhydrant mit Schlauchhaspel 25 mm x 30 m, EN 671-1", 30, "EA", "265.00", "2026-12-18"),
        ("BH-LD-1218", "Löschdecke 1,2 x 1,8 m, EN 1869", 40, "EA", "21.00", "2026-12-18"),
    ])
    kw3 = kw(2027, 3)
    text = f"""Grüezi Herr Brandt

Ich leite Ihnen unsere interne Abklärung zu Ihrer Bestellung 4500318921 weiter, damit Sie den Verlauf sehen.

Pos. 1 (Schaumlöscher) und Pos. 3 (Löschdecken) liefern wir wie bestellt auf den 18.12.2026, zu den Preisen Ihrer Bestellung.
Für Pos. 2 (Wandhydranten) gilt die letzte Aussage unserer Produktion, also die oberste Nachricht im Verlauf unten. Menge und Preis bleiben unverändert.

Freundliche Grüsse

Nadine Zürcher
Verkaufsinnendienst
Brandschutz Helvetia AG
Riedstrasse 14, 6343 Rotkreuz
Tel. +41 41 790 44 71
www.brandschutz-helvetia.example

-----Ursprüngliche Nachricht-----
Von: Reto Ammann <r.ammann@brandschutz-helvetia.example>
Gesendet: Freitag, 20. November 2026 07:48
An: Nadine Zürcher <n.zuercher@brandschutz-helvetia.example>
Betreff: AW: AW: Best. 4500318921 Meridian - Pos. 2 Wandhydranten

Hoi Nadine

Mit einer Samstagsschicht schaffen wir die 30 Stk. in KW 3. Früher geht definitiv nicht, die Haspeln kommen erst am 8.1. aus Italien.

Gruss Reto

-----Ursprüngliche Nachricht-----
Von: Nadine Zürcher <n.zuercher@brandschutz-helvetia.example>
Gesendet: Donnerstag, 19. November 2026 16:02
An: Reto Ammann <r.ammann@brandschutz-helvetia.example>
Betreff: AW: Best. 4500318921 Meridian - Pos. 2 Wandhydranten

Reto, der Kunde braucht die Hydranten eigentlich in KW 51. Geht wirklich nichts früher als KW 5?

Nadine

-----Ursprüngliche Nachricht-----
Von: Reto Ammann <r.ammann@brandschutz-helvetia.example>
Gesendet: Mittwoch, 18. November 2026 10:15
An: Nadine Zürcher <n.zuercher@brandschutz-helvetia.example>
Betreff: Best. 4500318921 Meridian - Pos. 2 Wandhydranten

Hallo Nadine

Pos. 2 können wir frühestens in KW 5 liefern, die Schläuche 25 mm x 30 m sind bei unserem Lieferanten im Rückstand. Pos. 1 und 3 sind ab Lager.

Reto
"""
    wd("2026-11-20", FRI)
    wd("2026-11-19", THU)
    wd("2026-11-18", WED)
    eml = b.plain(frm=addr("Nadine Zürcher", "n.zuercher@brandschutz-helvetia.example", "iso-8859-1", "Q"),
                  to=addr(buy["name"], buy["email"]),
                  subject="WG: AW: AW: Best. 4500318921 Meridian - Pos. 2 Wandhydranten",
                  date=rfc_date(2026, 11, 20, 9, 31, 22, "+0100"),
                  msgid="<ZR0P278MB0447C1D2E3F4A5B6C7D8E9F0A1B2C@ZR0P278MB0447.CHEP278.PROD.OUTLOOK.COM>",
                  text=text, charset="iso-8859-1", cte="quoted-printable", seed="c046",
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-CH"),
                         ("Thread-Index", b.thread_index("c046"))])
    exp = expected("confirmation", f"Forwarded internal chain (Swiss German, not threaded on our request): the newest internal statement says KW 3 (Friday {kw3}); the older 'KW 5' and the customer's 'KW 51' are superseded. Lines 1 and 3 as ordered; 8.1. is the supplier's inbound date.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, date=kw3), 3: A(p, 3)})])
    return mk(46, "fire-hose-reels-forwarded-internal-chain", "Swiss forwarded internal chain where the top note defers to the newest internal message (KW 3) over an older KW 5.", [p], eml, exp)


# --------------------------------------------------------------------------- 047
@case
def c047():
    sup = c.supplier("CASCADEBC", "Cascade Bike Components LLC", "sales@cascadebike.example", "en-US")
    buy = c.buyer("Megan Ortiz", "megan.ortiz@trailhead-cycles.example")
    p = c.po("TH-20461", sup, buy, "USD", "2026-11-20", [
        ("CBC-ROTOR-160-6B", "Disc brake rotor 160 mm, 6-bolt", 80, "EA", "21.40", "2026-12-09"),
        ("CBC-PAD-RES-B01S", "Disc brake pads, resin, B01S compatible", 200, "PR", "6.75", "2026-12-09"),
    ])
    text = f"""Confirmed as ordered. Thx!

Sent from my iPhone

> On Nov 20, 2026, at 2:47 PM, {buy['name']} <{buy['email']}> wrote:
>
""" + mime.quote(c.request_text(p).rstrip("\n")) + "\n"
    eml = b.plain(frm=addr("Tyler Brandt", "tyler@cascadebike.example"), to=addr(buy["name"], buy["email"]),
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 21, 7, 12, 3, "-0800"),
                  msgid="<A1C2E3F4-5B6D-4E7F-8A9B-0C1D2E3F4A5B@cascadebike.example>",
                  text=text, charset="utf-8", cte="7bit", seed="c047",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=[("X-Mailer", "iPhone Mail (22B91)")])
    exp = expected("confirmation", "Mobile one-liner 'Confirmed as ordered' above the quoted PO: every line accepted at PO values (the only dates are our requested ones, quoted).",
                   [conf(p, {1: A(p, 1), 2: A(p, 2)})])
    return mk(47, "bike-brakes-iphone-one-liner", "Four-word iPhone reply; everything else is our quoted PO.", [p], eml, exp)


# --------------------------------------------------------------------------- 048
@case
def c048():
    sup = c.supplier("SGTHREAD", "Saigon Thread Co., Ltd.", "sales@saigonthread.example", "vi-VN")
    buy = c.buyer("Nguyễn Thu Hà", "ha.nguyen@loomcraft.example")
    p = c.po("LC-PO-26-0951", sup, buy, "USD", "2026-11-17", [
        ("SGT-PES-402-BLK", "Spun polyester sewing thread 40/2, black, 5000 m cone", 600, "CONE", "1.42", "2026-12-18"),
        ("SGT-PES-402-WHT", "Spun polyester sewing thread 40/2, optical white, 5000 m cone", 800, "CONE", "1.38", "2026-12-18"),
        ("SGT-CS-T27-NVY", "Core-spun thread Tex 27, navy, 3000 m cone", 400, "CONE", "1.95", "2026-12-18"),
    ])
    body = """Chào chị Hà,

Cảm ơn chị đã gửi đơn hàng LC-PO-26-0951. Bên em xác nhận như sau:

1) Chỉ 40/2 màu đen, cuộn 5000 m: 600 cuộn, đơn giá 1,42 USD/cuộn, giao ngày 18/12/2026.
2) Chỉ 40/2 trắng quang học: hàng đóng 120 cuộn/thùng nên bên em điều chỉnh thành 840 cuộn (7 thùng), giá giữ nguyên 1,38 USD, giao ngày 18/12/2026.
3) Chỉ lõi Tex 27 xanh navy: giao làm hai đợt, 200 cuộn ngày 18/12/2026 và 200 cuộn còn lại ngày 08/01/2027, đơn giá 1,95 USD.

Màu navy theo mẫu chị duyệt ngày 05/11. Thanh toán T/T 30 ngày.

Trân trọng,
Trần Minh Tuấn
Phòng Kinh doanh - Saigon Thread Co., Ltd.
Lô C5, KCN Tân Bình, Q. Tân Phú, TP. Hồ Chí Minh
ĐT: +84 28 3815 4471"""
    attrib = f"Vào Th 3, 17 thg 11, 2026 vào lúc 16:05 {buy['name']} <{buy['email']}> đã viết:"
    eml = b.gmail(frm=addr("Trần Minh Tuấn", "tuan.tran@saigonthread.example"), to=addr(buy["name"], buy["email"]),
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 23, 10, 48, 15, "+0700"),
                  msgid="<CABv6Nq0T3x8Lw2Rk5Yp9Jd1Hs7Fa4Ue0Gm3Ci6Ob2Wr8Zt5eQ=X@mail.gmail.com>",
                  body=body, attrib=attrib, quoted_text=c.request_text(p), charset="UTF-8", cte="base64",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c048")
    exp = expected("confirmation", "Vietnamese (base64 UTF-8) with decimal commas; white thread rounded to 7 cartons of 120 = 840 cones; navy core-spun split 200 + 200 (last 2027-01-08). 40/2, Tex 27 and the sample approval date 05/11 are noise.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, q=840),
                             3: C(p, 3, sched=[(200, "2026-12-18"), (200, "2027-01-08")])})])
    return mk(48, "sewing-thread-vietnamese-cartons", "Vietnamese base64 Gmail reply with carton rounding, a two-part delivery and thread counts like 40/2.", [p], eml, exp)


# --------------------------------------------------------------------------- 049
@case
def c049():
    sup = c.supplier("SIAMRC", "Siam Rubber Cycle Co., Ltd.", "export@siamrubbercycle.example", "th-TH")
    buy = c.buyer("Nattaya Srisuk", "nattaya.srisuk@velocycle.example")
    p = c.po("VC-2026-1188", sup, buy, "USD", "2026-11-16", [
        ("SRC-TUBE-700-FV48", "Inner tube 700x23/25C, Presta valve 48 mm", 2000, "EA", "1.18", "2027-01-15"),
        ("SRC-TUBE-29-AV", "Inner tube 29x2.10-2.40, Schrader valve", 1500, "EA", "1.65", "2027-01-15"),
    ])
    text = """เรียน คุณณัฐยา

ขอบคุณสำหรับใบสั่งซื้อเลขที่ VC-2026-1188 บริษัทฯ ขอยืนยันคำสั่งซื้อดังนี้

1. ยางใน 700x23/25C จุ๊บเล็ก 48 มม. จำนวน 2,000 เส้น ราคา 1.18 USD ต่อเส้น ส่งมอบวันที่ 15 มกราคม 2570
2. ยางใน 29x2.10-2.40 จุ๊บใหญ่ จำนวน 1,500 เส้น ราคาปรับเป็น 1.72 USD ต่อเส้น เนื่องจากราคายางธรรมชาติสูงขึ้น ส่งมอบวันที่ 22 มกราคม 2570

เงื่อนไขการชำระเงิน: T/T 30 วันหลังวันที่ใน B/L

ขอแสดงความนับถือ
สุภาวดี วงศ์ใหญ่
ฝ่ายส่งออก บริษัท สยามรับเบอร์ไซเคิล จำกัด
44/71 หมู่ 4 ถนนสุขุมวิท ต.บางปูใหม่ อ.เมือง จ.สมุทรปราการ 10280
โทร. 02-709-4471
"""
    quoted = ms_quote(p, f"{buy['name']} <{buy['email']}>", "Monday, November 16, 2026 3:30 PM", sup["email"])
    eml = b.plain(frm=addr("สุภาวดี วงศ์ใหญ่", "supawadee@siamrubbercycle.example", "tis-620", "B"),
                  to=addr(buy["name"], buy["email"]), subject="RE: " + c.request_subject(p),
                  date=rfc_date(2026, 11, 19, 14, 25, 50, "+0700"),
                  msgid="<000d01dd3d8b$4f5e6a70$eec1f350$@siamrubbercycle.example>",
                  text=text + quoted, charset="tis-620", cte="base64", seed="c049",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "th")])
    exp = expected("confirmation", "Thai (TIS-620) with Buddhist-era years: 15 มกราคม 2570 = 2027-01-15, 22 มกราคม 2570 = 2027-01-22; line 2 price 1.72. 700x23/25C and 29x2.10-2.40 are sizes.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="1.72", date="2027-01-22")})])
    return mk(49, "inner-tubes-thai-buddhist-year", "Thai TIS-620 reply with Buddhist-era years (2570 = 2027) and tyre sizes like 700x23/25C.", [p], eml, exp)


# --------------------------------------------------------------------------- 050
@case
def c050():
    sup = c.supplier("PERAKGLV", "Perak Glove Sdn. Bhd.", "sales@perakglove.example", "ms-MY")
    buy = c.buyer("Aisyah Rahman", "aisyah.rahman@meridian-med.example")
    p = c.po("4500318930", sup, buy, "USD", "2026-11-18", [
        ("PG-NIT-M-100", "Nitrile examination gloves, powder-free, size M, box of 100", 2000, "BOX", "2.90", "2027-01-22"),
        ("PG-NIT-L-100", "Nitrile examination gloves, powder-free, size L, box of 100", 1500, "BOX", "2.90", "2027-01-22"),
    ])
    pbox = per("28.50", 10)
    assert pbox == "2.85"
    body = """Salam sejahtera Puan Aisyah,

Terima kasih atas pesanan 4500318930. Kami mengesahkan pesanan seperti berikut:

1) Sarung tangan nitril saiz M: 2,000 kotak (200 karton x 10 kotak)
2) Sarung tangan nitril saiz L: 1,500 kotak (150 karton x 10 kotak)

Harga untuk kedua-dua saiz: USD 28.50 setiap 1,000 keping (kotak 100 keping), mengikut harga kontrak suku pertama 2027.

Tarikh kapal bertolak (ETD) dari Pelabuhan Klang: 18 Disember 2026.
Tarikh penghantaran ke gudang anda di Hamburg (DDP): 22 Januari 2027.

Sijil EN 455 dan EN ISO 374-5 serta COA setiap lot akan dihantar bersama dokumen perkapalan. Tarikh luput: 5 tahun dari tarikh pengeluaran.

Sekian, terima kasih.

Nurul Izzati binti Hassan
Eksekutif Jualan Eksport
Perak Glove Sdn. Bhd. (200401014471 / 644712-K)
Lot 4471, Kawasan Perindustrian Kamunting, 34600 Taiping, Perak
Tel: +605 891 4471"""
    hdr = c.outlook_header("en-GB", f"{buy['name']} <{buy['email']}>", ("2026-11-18", "09:02"),
                           "sales@perakglove.example", c.request_subject(p))
    eml = b.outlook(frm=addr("Nurul Izzati Hassan", "izzati@perakglove.example"), to=addr(buy["name"], buy["email"]),
                    subject="RE: " + c.request_subject(p), date=rfc_date(2026, 11, 24, 16, 40, 2, "+0800"),
                    msgid="<SG2PR04MB4471E2F3A4B5C6D7E8F9A0B1C2D3E@SG2PR04MB4471.apcprd04.prod.outlook.com>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c050", lang="ms-MY")
    exp = expected("confirmation", "Malay; price per 1,000 pieces with boxes of 100: 28.50/1000 pcs = 2.85 per box (PO 2.90, changed); delivery to Hamburg 2027-01-22 wins over ETD 18 Dec; EN 455 / ISO 374-5 and 5-year shelf life are noise.",
                   [conf(p, {1: C(p, 1, price=pbox), 2: C(p, 2, price=pbox)})])
    return mk(50, "nitrile-gloves-malay-per-1000-pcs", "Malay reply pricing per 1,000 pieces against a PO per box of 100, with ETD vs delivery dates.", [p], eml, exp)


# --------------------------------------------------------------------------- 051
@case
def c051():
    sup = c.supplier("PUPUKNM", "PT Pupuk Nusantara Makmur", "penjualan@pupuknusantara.example", "id-ID")
    buy = c.buyer("Budi Santoso", "budi.santoso@tanimaju.example")
    p = c.po("TMS/PO/2026/11/118", sup, buy, "USD", "2026-11-19", [
        ("PNM-NPK-161616-50", "NPK 16-16-16 compound fertiliser, 50 kg sack", 40, "T", "468.00", "2026-12-21"),
        ("PNM-UREA-46-50", "Urea 46% N prilled, 50 kg sack", 60, "T", "402.00", "2026-12-21"),
    ], req_id="<poack.TMS-PO-2026-11-118.20261119@tanimaju.example>")
    body = """Yth. Bapak Budi Santoso,

Terima kasih atas PO No. TMS/PO/2026/11/118 tanggal 19 November 2026.

Pada prinsipnya kami dapat memenuhi pesanan NPK 16-16-16 sebanyak 40 ton dan Urea 46% sebanyak 60 ton dengan harga sesuai PO. Namun, sesuai kebijakan perusahaan untuk pelanggan baru, pesanan baru dapat kami proses setelah pembayaran uang muka (DP) 30% kami terima, paling lambat tanggal 27 November 2026.

Setelah DP diterima, kami akan mengirimkan konfirmasi pesanan resmi (Sales Order) beserta jadwal pengiriman. Mohon konfirmasi Bapak apakah syarat ini dapat diterima.

Hormat kami,

Dewi Lestari
Sales Supervisor
PT Pupuk Nusantara Makmur
Jl. Jend. A. Yani Km 5, Gresik 61119, Jawa Timur
Telp. (031) 398 4471 | HP 0812 3044 7120"""
    attrib = f"Pada tanggal Kam, 19 Nov 2026 pukul 13.40 {buy['name']} <{buy['email']}> menulis:"
    eml = b.gmail(frm=addr("Dewi Lestari", "dewi.lestari@pupuknusantara.example"), to=addr(buy["name"], buy["email"]),
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 20, 9, 15, 27, "+0700"),
                  msgid="<CAP0bX7yT4rQ9Lm2Wk6Nv1Jd8Hs3Fa5Ue2Gi7Co4Ob9Wr1Zt6eC=Q@mail.gmail.com>",
                  body=body, attrib=attrib, quoted_text=c.request_text(p),
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c051")
    exp = expected("needs_review", "Indonesian conditional acceptance: quantities and prices acceptable 'in principle' but the order is only processed after a 30 % down payment by 27 Nov; formal confirmation and schedule to follow. Asks whether we accept the condition.")
    return mk(51, "fertiliser-down-payment-condition-id", "Indonesian 'in principle yes' that makes the order conditional on a 30 % down payment and promises the real confirmation later.", [p], eml, exp)


# --------------------------------------------------------------------------- 052
@case
def c052():
    sup = c.supplier("MLYNPOD", "TOV Mlyn-Podillia", "sales@mlyn-podillia.example", "uk-UA")
    buy = c.buyer("Olena Kovalenko", "olena.kovalenko@brodhaus.example")
    p = c.po("BB-26-3440", sup, buy, "EUR", "2026-11-20", [
        ("MP-BOR-VG-50", "Wheat flour, premium grade, 50 kg sack", 10000, "KG", "0.41", "2026-12-18"),
        ("MP-BOR-ZH-50", "Rye flour, wholemeal, 50 kg sack", 4000, "KG", "0.36", "2026-12-18"),
        ("MP-MANNA-25", "Semolina (manna groats), 25 kg sack", 1000, "KG", "0.55", "2026-12-18"),
    ])
    text = """Шановна пані Олено!

Дякуємо за замовлення BB-26-3440. Підтверджуємо його таким чином:

1. Борошно пшеничне вищого ґатунку: 10 000 кг (200 мішків по 50 кг), 0,41 EUR/кг. Відвантаження з Вінниці 8 грудня, доставка до Лідса 18.12.2026.
2. Борошно житнє обдирне: 4 000 кг (80 мішків), 0,36 EUR/кг, доставка тією ж машиною 18.12.2026.
3. Манна крупа: на жаль, цю позицію ми більше не виробляємо, тому поставити не можемо.

Сертифікати якості та фітосанітарний сертифікат додаються до вантажу. Термін придатності борошна 12 місяців.

З повагою,
Андрій Мельник
менеджер зовнішньоекономічного відділу
ТОВ Млин-Поділля
вул. Хмельницьке шосе 114, м. Вінниця, 21036
тел. +380 432 55 44 71
"""
    quoted = ms_quote(p, f"{buy['name']} <{buy['email']}>", "Friday, November 20, 2026 10:15 AM", sup["email"])
    eml = b.plain(frm=addr("Андрій Мельник", "a.melnyk@mlyn-podillia.example", "koi8-u", "B"),
                  to=addr(buy["name"], buy["email"]), subject="RE: " + c.request_subject(p),
                  date=rfc_date(2026, 11, 25, 11, 3, 36, "+0200"),
                  msgid="<1764061416.447120.melnyk@mail.mlyn-podillia.example>",
                  text=text + quoted, charset="koi8-u", cte="8bit", seed="c052",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=[("X-Mailer", "The Bat! (v10.4.2) Professional")])
    exp = expected("confirmation", "Ukrainian (KOI8-U, 8bit): lines 1-2 as ordered (delivery 18.12.2026 wins over dispatch 8 December); semolina no longer produced = rejected.",
                   [conf(p, {1: A(p, 1), 2: A(p, 2), 3: R()})])
    return mk(52, "flour-ukrainian-koi8u", "Ukrainian KOI8-U 8-bit reply: dispatch vs delivery date and a line no longer produced.", [p], eml, exp)


# --------------------------------------------------------------------------- 053
@case
def c053():
    sup = c.supplier("FILTBALK", "Filtri Balkan EOOD", "sales@filtribalkan.example", "bg-BG")
    buy = c.buyer("Georgi Ivanov", "georgi.ivanov@climatek.example")
    p = c.po("CT-2026-04490", sup, buy, "EUR", "2026-11-23", [
        ("FB-G4-592-48", "Panel filter G4, 592x592x48", 100, "EA", "5.40", "2026-12-11"),
        ("FB-M5-592-287", "Bag filter M5, 592x287x360, 3 pockets", 45, "EA", "12.80", "2026-12-11"),
    ])
    text = """Здравейте, г-н Иванов,

Благодарим за поръчка CT-2026-04490. Потвърждаваме я както следва:

1. Панелен филтър G4 592x592x48: филтрите са опаковани по 12 бр. в кашон, затова ще доставим 108 бр. (9 кашона) по 5,40 EUR/бр., доставка 11.12.2026 г.
2. Джобен филтър M5 592x287x360, 3 джоба: 45 бр. по 13,20 EUR/бр. (нова цена от 01.11.2026 г.), доставка 11.12.2026 г.

Поздрави,
Цветелина Димитрова
Търговски отдел
Филтри Балкан ЕООД
гр. Пловдив 4003, бул. Васил Априлов 144
тел. +359 32 94 44 71
ЕИК 204471200
"""
    quoted = ms_quote(p, f"{buy['name']} <{buy['email']}>", "Monday, November 23, 2026 12:40 PM", sup["email"])
    eml = b.plain(frm=addr("Цветелина Димитрова", "ts.dimitrova@filtribalkan.example", "windows-1251", "B"),
                  to=addr(buy["name"], buy["email"]), subject="RE: " + c.request_subject(p),
                  date=rfc_date(2026, 11, 24, 15, 12, 4, "+0200"),
                  msgid="<00b201dd3e70$2c3d4e50$84b7eaf0$@filtribalkan.example>",
                  text=text + quoted, charset="windows-1251", cte="quoted-printable", seed="c053",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "bg")])
    exp = expected("confirmation", "Bulgarian (windows-1251): G4 filters rounded to 9 cartons of 12 = 108; M5 new price 13,20. Sizes 592x592x48 and the price-list date 01.11.2026 are noise.",
                   [conf(p, {1: C(p, 1, q=108), 2: C(p, 2, price="13.20")})])
    return mk(53, "hvac-filters-bulgarian-cartons", "Bulgarian windows-1251 reply with carton rounding and a new price, sizes like 592x592x48.", [p], eml, exp)


# --------------------------------------------------------------------------- 054
@case
def c054():
    sup = c.supplier("KAKAOCEN", "Kakao Centar d.o.o.", "prodaja@kakaocentar.example", "sr-RS")
    buy = c.buyer("Milica Jovanović", "milica.jovanovic@brodhaus.example")
    p = c.po("BB-26-3447", sup, buy, "EUR", "2026-11-20", [
        ("KC-KAK-1012-25", "Cocoa powder 10-12% fat, alkalised, 25 kg sack", 1000, "KG", "3.90", "2026-12-11"),
        ("KC-LES-1113-10", "Roasted hazelnut kernels 11-13 mm, 10 kg carton", 300, "KG", "8.60", "2026-12-11"),
    ])
    d2 = next_md("2026-11-25", 12, 18)
    text = """Poštovana gospođo Jovanović,

zahvaljujemo na porudžbini BB-26-3447 i potvrđujemo sledeće:

- Kakao prah 10-12% masti, alkalizovan: 1.000 kg (40 džakova po 25 kg), 3,90 EUR/kg, isporuka 11.12.2026.
- Lešnik pečeni, jezgro 11-13 mm: 300 kg (30 kartona), cena 9,15 EUR/kg zbog nove berbe, isporuka 18.12.

Rok trajanja kakao praha je 24 meseca, lešnika 12 meseci od datuma proizvodnje.

Srdačan pozdrav,
Nemanja Petrović
Komercijala
Kakao Centar d.o.o.
Bulevar oslobođenja 44, 21000 Novi Sad
Tel. +381 21 447 1200
PIB 104471200
"""
    attrib = f"Dana 20.11.2026. u 11:20, {buy['name']} je napisao/la:"
    full = text + "\n" + attrib + "\n" + mime.quote(c.request_text(p).rstrip("\n")) + "\n"
    eml = b.plain(frm=addr("Nemanja Petrović", "nemanja.petrovic@kakaocentar.example", "iso-8859-2", "Q"),
                  to=addr(buy["name"], buy["email"], "iso-8859-2", "Q"), subject="Re: " + c.request_subject(p),
                  date=rfc_date(2026, 11, 25, 13, 47, 51, "+0100"),
                  msgid="<e4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8@kakaocentar.example>",
                  text=full, charset="iso-8859-2", cte="base64", seed="c054",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  user_agent="Mozilla Thunderbird 128.4.0")
    exp = expected("confirmation", "Serbian Latin (ISO-8859-2, base64); hazelnuts 9,15 EUR/kg and delivery '18.12.' without year = 2026-12-18. '10-12%' and '11-13 mm' look like ranges/dates; shelf lives are noise.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="9.15", date=d2)})])
    return mk(54, "cocoa-hazelnuts-serbian", "Serbian Latin reply where '10-12%' and '11-13 mm' resemble dates and a date lacks its year.", [p], eml, exp)


# --------------------------------------------------------------------------- 055
@case
def c055():
    sup = c.supplier("REKSEVER", "Reklame Sever d.o.o.", "info@reklame-sever.example", "sl-SI")
    buy = c.buyer("Maja Kranjc", "maja.kranjc@alpsign.example")
    p = c.po("AS-26-0715", sup, buy, "EUR", "2026-11-23", [
        ("RS-ALU-FR-A1", "Aluminium snap frame A1, 32 mm profile, white", 40, "EA", "38.00", "2026-12-14"),
        ("RS-TOTEM-180", "Free-standing totem 180x60 cm, printed both sides", 6, "EA", "420.00", "2026-12-14"),
    ])
    body = """Pozdravljeni, ga. Kranjc,

hvala za naročilo AS-26-0715. Preden ga lahko potrdimo, potrebujemo dve pojasnili:

1. V naročilu je za klik okvirje A1 navedeno samo "white". Ali želite RAL 9016 (prometno bela) ali RAL 9010 (čista bela)? Imamo na zalogi samo 9016, za 9010 je dobavni rok okoli 4 tedne.
2. Za totema potrebujemo tiskovne datoteke v PDF/X-4, 1:10, z 2 mm dodatka za porezavo. Ali nam jih lahko pošljete do petka?

Ko prejmemo vaš odgovor, vam pošljemo potrditev naročila z rokom dobave.

Lep pozdrav,
Tina Zupan
Reklame Sever d.o.o.
Tržaška cesta 44, 2000 Maribor
T: +386 2 620 44 71"""
    hdr = ("From: " + f"{buy['name']} <{buy['email']}>\n" + "Sent: ponedeljek, 23. november 2026 08:30\n"
           + "To: info@reklame-sever.example\n" + "Subject: " + c.request_subject(p))
    eml = b.outlook(frm=addr("Tina Zupan", "tina.zupan@reklame-sever.example"), to=addr(buy["name"], buy["email"]),
                    subject="RE: " + c.request_subject(p), date=rfc_date(2026, 11, 24, 10, 2, 18, "+0100"),
                    msgid="<VI1P189MB0447D2E3F4A5B6C7D8E9F0A1B2C3D@VI1P189MB0447.EURP189.PROD.OUTLOOK.COM>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c055", lang="sl-SI",
                    charset="windows-1250")
    exp = expected("needs_review", "Slovenian questions (RAL 9016 or 9010? artwork files?) before confirming; explicitly no confirmation yet. '4 tedne' is a conditional lead time, not a commitment.")
    return mk(55, "signage-frames-colour-question-sl", "Slovenian reply asking which RAL white and for artwork before confirming, with a conditional 4-week lead time.", [p], eml, exp)


# --------------------------------------------------------------------------- 056
@case
def c056():
    sup = c.supplier("SODOIRANK", "UAB Sodo įrankiai", "pardavimai@sodoirankiai.example", "lt-LT")
    buy = c.buyer("Rasa Petrauskienė", "rasa.petrauskiene@gartenhaus.example")
    p = c.po("GH-2026-0833", sup, buy, "EUR", "2026-11-20", [
        ("SI-KAST-1000", "Spade, ash handle 1000 mm, hardened blade", 120, "EA", "14.20", "2026-12-11"),
        ("SI-GREB-16", "Garden rake, 16 teeth, steel", 80, "EA", "7.90", "2026-12-11"),
        ("SI-SAK-4-FG", "Digging fork, 4 tines, fibreglass handle", 60, "EA", "16.50", "2026-12-11"),
    ])
    text = """Laba diena, Rasa,

patvirtiname užsakymą GH-2026-0833:

1. Kastuvai su uosio kotu 1000 mm: 120 vnt., 14,20 EUR/vnt., pristatymas 2026 m. gruodžio 11 d.
2. Grėbliai, 16 dantų: 80 vnt., 7,90 EUR/vnt., pristatymas 2026 m. gruodžio 11 d.
3. Šakės su stiklo pluošto kotu: 60 vnt., 16,50 EUR/vnt., tačiau pristatymas tik 2027 m. sausio 15 d. - kotai iš tiekėjo atvyksta gruodžio pabaigoje.

Pagaminimo garantija 24 mėnesiai.

Pagarbiai
Tomas Kazlauskas
Pardavimų vadybininkas
UAB Sodo įrankiai
Pramonės g. 44, LT-51329 Kaunas
Tel. +370 37 44 71 20
Įmonės kodas 304471200
"""
    quoted = ms_quote(p, f"{buy['name']} <{buy['email']}>", "Friday, November 20, 2026 1:12 PM", sup["email"])
    eml = b.plain(frm=addr("Tomas Kazlauskas", "tomas.k@sodoirankiai.example"),
                  to=addr(buy["name"], buy["email"], "windows-1257", "Q"), subject="RE: " + c.request_subject(p),
                  date=rfc_date(2026, 11, 25, 8, 55, 2, "+0200"),
                  msgid="<002301dd3ee8$7a6b5c40$6f2114c0$@sodoirankiai.example>",
                  text=text + quoted, charset="windows-1257", cte="quoted-printable", seed="c056",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "lt")])
    exp = expected("confirmation", "Lithuanian (windows-1257) year-first dates '2026 m. gruodžio 11 d.'; digging forks moved to 2027-01-15; 'gruodžio pabaigoje' (end of December) is the supplier's inbound, not ours.",
                   [conf(p, {1: A(p, 1), 2: A(p, 2), 3: C(p, 3, date="2027-01-15")})])
    return mk(56, "garden-tools-lithuanian", "Lithuanian windows-1257 reply with 'YYYY m. month DD d.' dates and a vague inbound remark that is not our date.", [p], eml, exp)


# --------------------------------------------------------------------------- 057
@case
def c057():
    sup = c.supplier("BALTSTIKLS", "SIA Baltijas Stikls", "gramatvediba@baltijasstikls.example", "lv-LV")
    buy = c.buyer("Giulia Ferrari", "giulia.ferrari@vitrapack.example")
    p = c.po("VP-4452-26", sup, buy, "EUR", "2026-11-19", [
        ("BS-BURKA-720-TO82", "Glass jar 720 ml, TO 82, flint", 18000, "EA", "0.2390", "2027-01-25"),
    ])
    text = """Labdien!

Pielikumā nosūtām savstarpējo norēķinu salīdzināšanas aktu uz 30.11.2026.

Rēķins         Datums       Jūsu pasūtījums   Summa EUR   Apmaksas termiņš
BS-26-04471    14.09.2026   VP-4271-26         4 812,00   14.10.2026  (apmaksāts)
BS-26-05120    22.10.2026   VP-4344-26         6 290,40   21.11.2026
BS-26-05388    09.11.2026   VP-4388-26         3 118,75   09.12.2026

Atlikums mūsu labā uz 30.11.2026: 9 409,15 EUR

Lūdzam pārbaudīt un apstiprināt atlikumu līdz 10.12.2026. Ja 10 dienu laikā neatbildēsiet, atlikums tiks uzskatīts par saskaņotu.

Ar cieņu
Ilze Bērziņa
Galvenā grāmatvede
SIA Baltijas Stikls
Rūpniecības iela 44, Rīga, LV-1045
Tālr. +371 67 447 120
Reģ. Nr. 40003447120
"""
    html = ('<html><body style="font-family:Tahoma;font-size:10pt"><pre style="font-family:Consolas">' + mime.esc(text) + "</pre></body></html>")
    alt = Multi("alternative", [Part("text/plain", text, charset="windows-1257", cte="quoted-printable"),
                                Part("text/html", html, charset="windows-1257", cte="quoted-printable")],
                "----=_NextPart_000_0047_01DD3F2A.44712000")
    hs = [("From", addr("Ilze Bērziņa", "ilze.berzina@baltijasstikls.example", "windows-1257", "Q")),
          ("To", addr(buy["name"], buy["email"])),
          ("Subject", ew("Salīdzināšanas akts uz 30.11.2026 / Statement of account", "windows-1257", "Q")),
          ("Date", rfc_date(2026, 11, 27, 10, 20, 0, "+0200")),
          ("Message-ID", "<004701dd3f2a$44712000$cd536000$@baltijasstikls.example>"),
          ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "lv")]
    eml = mime.message(hs, alt)
    exp = expected("unrelated", "Latvian statement of account listing invoices for three other orders (VP-4271/4344/4388-26); the open PO VP-4452-26 is not mentioned.")
    return mk(57, "statement-of-account-latvian", "Latvian statement of account with a table of invoices, other PO numbers, amounts and due dates.", [p], eml, exp)


# --------------------------------------------------------------------------- 058
@case
def c058():
    sup = c.supplier("SVHISS", "Svensk Hisservice AB", "order@svenskhiss.example", "sv-SE")
    buy = c.buyer("Mikko Virtanen", "mikko.virtanen@liftserve.example")
    p = c.po("LS-4502-2026", sup, buy, "EUR", "2026-11-24", [
        ("SH-ROPE-10-8X19", "Elevator rope 10 mm 8x19 S-FC, per metre", 600, "M", "3.10", "2027-01-12"),
        ("SH-SHEAVE-400", "Deflector sheave D400 mm, cast iron", 2, "EA", "780.00", "2027-01-12"),
    ])
    text = """Hej,

Tack för ditt mejl. Jag är föräldraledig till och med den 15 januari 2027 och läser inte min e-post.

Ärenden gällande order och leveranser hanteras av vår orderavdelning: order@svenskhiss.example, tel 08-447 120 00.
Tekniska frågor: teknik@svenskhiss.example.

Med vänliga hälsningar
Anders Lindqvist
Svensk Hisservice AB
"""
    eml = b.plain(frm=addr("Anders Lindqvist", "anders.lindqvist@svenskhiss.example"), to=addr(buy["name"], buy["email"]),
                  subject=ew("Frånvaro:", "utf-8", "Q") + " " + c.request_subject(p),
                  date=rfc_date(2026, 11, 24, 13, 44, 31, "+0100"),
                  msgid="<HE1P190MB0447A3B4C5D6E7F8A9B0C1D2E3F4A@HE1P190MB0447.EURP190.PROD.OUTLOOK.COM>",
                  text=text, charset="utf-8", cte="quoted-printable", seed="c058",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("Content-Language", "sv-SE")])
    exp = expected("auto_reply", "Swedish out-of-office (parental leave until 15 January 2027, which is close to the requested date) pointing to the order desk.")
    return mk(58, "ooo-swedish-parental-leave", "Swedish out-of-office whose return date 15 January 2027 sits right next to the PO's requested date.", [p], eml, exp)


# --------------------------------------------------------------------------- 059
@case
def c059():
    sup = c.supplier("BHARATFST", "Bharat Fasteners Ltd.", "exports@bharatfasteners.example", "hi-IN")
    buy = c.buyer("Arjun Mehta", "arjun.mehta@aviontek.example")
    p = c.po("AV-PO-77188", sup, buy, "USD", "2026-11-20", [
        ("BF-933-M12x50-A480", "Hex bolt DIN 933 M12x50, A4-80", 4000, "EA", "0.1860", "2027-01-22"),
        ("BF-934-M12-A480", "Hex nut DIN 934 M12, A4-80", 4000, "EA", "0.0450", "2027-01-22"),
        ("BF-125-M12-A4", "Washer DIN 125 M12 (13 mm), A4", 8000, "EA", "0.0120", "2027-01-22"),
    ])
    body = """आदरणीय अर्जुन जी,

नमस्कार। आपके पर्चेज ऑर्डर AV-PO-77188 के लिए धन्यवाद। हम निम्नानुसार पुष्टि करते हैं:

1. हेक्स बोल्ट DIN 933 M12x50 A4-80: 4,000 नग, USD 18.60 प्रति 100 नग, डिलीवरी 22-01-2027
2. हेक्स नट DIN 934 M12 A4-80: 4,000 नग, USD 4.90 प्रति 100 नग (निकल की कीमत बढ़ने के कारण), डिलीवरी 22-01-2027
3. वॉशर DIN 125 M12 A4: 8,000 नग, USD 1.20 प्रति 100 नग, पैकिंग 1,000 नग प्रति बॉक्स, डिलीवरी 05-02-2027

सभी लॉट के साथ EN 10204 3.1 मिल टेस्ट सर्टिफिकेट भेजा जाएगा।

धन्यवाद सहित,
सुरेश यादव
निर्यात विभाग, भारत फास्टनर्स लिमिटेड
प्लॉट नं. 44, GIDC फेज़ II, राजकोट 360003, गुजरात
फ़ोन: +91 281 244 7120"""
    hdr = c.outlook_header("en-GB", f"{buy['name']} <{buy['email']}>", ("2026-11-20", "18:30"),
                           "exports@bharatfasteners.example", c.request_subject(p))
    eml = b.outlook(frm=addr("सुरेश यादव", "suresh.yadav@bharatfasteners.example"), to=addr(buy["name"], buy["email"]),
                    subject="RE: " + c.request_subject(p), date=rfc_date(2026, 11, 25, 11, 18, 42, "+0530"),
                    msgid="<MA0P287MB0447F3A4B5C6D7E8F9A0B1C2D3E4F@MA0P287MB0447.INDP287.PROD.OUTLOOK.COM>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c059", lang="hi-IN",
                    cte="base64")
    exp = expected("confirmation", "Hindi (Devanagari) with prices per 100 pieces: 18.60/100 = 0.186 (unchanged), 4.90/100 = 0.049 (changed), 1.20/100 = 0.012 (unchanged); washers on 05-02-2027. M12x50, A4-80, DIN 933 and EN 10204 3.1 are noise.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price=per("4.90", 100)), 3: C(p, 3, date="2027-02-05")})])
    return mk(59, "stainless-bolts-hindi-per-100", "Hindi reply with prices per 100 pieces (one equal to the PO, one changed) and DIN/M12x50/A4-80 numbers.", [p], eml, exp)


# --------------------------------------------------------------------------- 060
@case
def c060():
    sup = c.supplier("PAPPARANA", "Papéis Paraná S.A.", "exportacao@papeisparana.example", "pt-BR")
    buy = c.buyer("Lucas Almeida", "lucas.almeida@printwerk.example")
    p = c.po("4700023011", sup, buy, "USD", "2026-11-19", [
        ("PP-OFF-80-1000", "Offset paper 80 g/m2, reel width 1000 mm, core 76 mm", 22000, "KG", "1.06", "2027-02-19"),
        ("PP-OFF-90-880", "Offset paper 90 g/m2, reel width 880 mm, core 76 mm", 12000, "KG", "1.09", "2027-02-19"),
    ])
    body = """Prezado Lucas, bom dia!

Segue a confirmação do pedido 4700023011:

Item 1 - Papel offset 80 g/m², bobina 1.000 mm: 22.480 kg (16 bobinas, peso conforme romaneio), US$ 1.060,00 por tonelada.
Item 2 - Papel offset 90 g/m², bobina 880 mm: 12.000 kg, US$ 1.125,00 por tonelada (reajuste da celulose de novembro).

Embarque no porto de Paranaguá previsto para 08/01/2027; entrega em Hamburgo (CIF) em 19/02/2027 para os dois itens.

Condição de pagamento: carta de crédito à vista. Validade desta proposta: 30 dias.

Atenciosamente,

Fernanda Oliveira
Exportação | Papéis Paraná S.A.
Rod. BR-277, km 44, Ponta Grossa - PR, 84043-000
Tel. +55 42 3220-4471
CNPJ 04.471.200/0001-44"""
    attrib = f"Em qui., 19 de nov. de 2026 às 15:07, {buy['name']} <{buy['email']}> escreveu:"
    eml = b.gmail(frm=addr("Fernanda Oliveira", "fernanda.oliveira@papeisparana.example"), to=addr(buy["name"], buy["email"]),
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 24, 9, 33, 7, "-0300"),
                  msgid="<CAGw5Rt8Lq3Xm0Pk7Vn2Jd9Hs4Fa6Ue1Gi8Co5Ob0Wr2Zt7eD=R@mail.gmail.com>",
                  body=body, attrib=attrib, quoted_text=c.request_text(p),
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c060")
    exp = expected("confirmation", "Brazilian Portuguese with dot thousands separators: 22.480 kg confirmed (weighed reels), prices per tonne (1.060,00/t = 1.06/kg unchanged; 1.125,00/t = 1.125/kg changed); delivery in Hamburg 19/02/2027 wins over shipment 08/01/2027.",
                   [conf(p, {1: C(p, 1, q=22480), 2: C(p, 2, price=per("1125.00", 1000))})])
    return mk(60, "paper-reels-brazil-per-tonne", "Brazilian reply with prices per tonne against a per-kg PO, '1.060,00' style numbers, weighed-reel quantity and shipment vs delivery.", [p], eml, exp)
