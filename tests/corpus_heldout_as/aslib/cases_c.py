"""Cases 037-054."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from . import mime, pdf
from .common import (DANA, JANA, MARKUS, MEGAN, OLU, PIETER, TOM, H, L, P, PO, T, at, case, chg, conf, expected,
                     kw_friday, pdf_att, received, reply, request_html, request_message, request_subject,
                     request_text, sup, esc, prefix_lines, outlook_doc, quote_outlook)


# ---------------------------------------------------------------------------
@case("qmail-plain-bounce", "bounce/cs-CZ",
      "Plain-text qmail 'failure notice' without MIME structure; the returned copy of our request (PO table, "
      "dates, prices) follows 'Below this line is a copy of the message'.")
def c037(slug):
    s = sup("SOLOSTRAVA", "Solné sklady Ostrava a.s.", "obchod@solne-sklady.example", "cs-CZ")
    po = PO("KFG-PO-26-10566", s, DANA, "EUR", "2026-11-20", [
        L(1, "SSO-NACL-25", "De-icing salt NaCl 0-3 mm, 25 kg bag", 12000, "KG", "0.19", "2026-12-04"),
        L(2, "SSO-GRIT-25", "Anti-slip grit 2-4 mm, 25 kg bag", 3000, "KG", "0.16", "2026-12-04"),
    ], req_time="09:12", ship_to="Kestrel Facility Group, Sklad Ostrava, Mostní 1205, 709 00 Ostrava")
    b = po["_buyer"]
    when = at("2026-11-20 09:12:44", 0)
    orig = request_message(po)
    copy = (f"Return-Path: <{b.email}>\r\nReceived: (qmail 28339 invoked by uid 89); 20 Nov 2026 09:12:43 +0000\r\n"
            ).encode() + orig
    body = (b"Hi. This is the qmail-send program at mail.kestrel-group.example.\r\n"
            b"I'm afraid I wasn't able to deliver your message to the following addresses.\r\n"
            b"This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n"
            b"<obchod@solne-sklady.example>:\r\n198.51.100.23 does not like recipient.\r\n"
            b"Remote host said: 550 5.1.1 <obchod@solne-sklady.example>: Recipient address rejected: User unknown "
            b"in local recipient table\r\nGiving up on 198.51.100.23.\r\n\r\n"
            b"--- Below this line is a copy of the message.\r\n\r\n" + copy)
    hs = [("Return-Path", "<>"),
          ("Received", f"from mail.kestrel-group.example (mail.kestrel-group.example [192.0.2.31])\r\n\tby "
                       f"imap.kestrel-group.example (Dovecot) with LMTP id {mime.b64id(slug, 22)}\r\n\tfor "
                       f"<{b.email}>; Fri, 20 Nov 2026 09:12:45 +0000"),
          ("Received", "(qmail 28342 invoked for bounce); 20 Nov 2026 09:12:44 +0000"),
          ("Date", "20 Nov 2026 09:12:44 +0000"),
          ("From", "MAILER-DAEMON@mail.kestrel-group.example"),
          ("To", b.email),
          ("Subject", "failure notice"),
          ("Message-ID", f"<20261120091244.28342.qmail@mail.kestrel-group.example>")]
    eml = mime.render_headers(hs) + b"\r\n" + body
    exp = expected("bounce", "qmail plain-text bounce (user unknown); everything below the marker is our own "
                   "request, not a reply.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("deicing-salt-bulk-cyrillic", "confirmation/bg-BG",
      "Bulgarian Outlook reply in windows-1251: bulk salt delivered in two lots 'до 11.12.2026 г.' and 'до "
      "22.12.2026 г.' (schedule), second line as ordered.")
def c038(slug):
    s = sup("SOLPROD", "Solprodukt EOOD", "prodazhbi@solprodukt.example", "bg-BG")
    po = PO("KFG-PO-26-10570", s, DANA, "EUR", "2026-11-20", [
        L(1, "SPB-NACL-BULK", "De-icing salt, bulk, 0-5 mm, EN 16811-1", 250, "T", "72.00", "2026-12-11"),
        L(2, "SPB-NACL-BB", "De-icing salt in big bags 1 T, 0-5 mm", 40, "T", "88.00", "2026-12-11"),
    ], req_time="14:30", ship_to="Kestrel Facility Group, Sklad Sofia, bul. Iskarsko shose 7, 1528 Sofia")
    text = """Здравейте, г-жо Руиз,

Потвърждаваме поръчка № KFG-PO-26-10570, както следва:

Поз. 1 – 250 т насипна сол, цена 72,00 EUR/т, доставка на две партиди:
         150 т до 11.12.2026 г. и 100 т до 22.12.2026 г.
Поз. 2 – 40 т сол в биг бегове по 1 т, 88,00 EUR/т, доставка до 11.12.2026 г.

Поздрави,

Георги Иванов
Търговски отдел
Солпродукт ЕООД
гр. Девня 9160, Промишлена зона
тел.: +359 519 5 55 20
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-26 11:02", 2),
                frm=("Георги Иванов", "g.ivanov@solprodukt.example"), text=text, lang="bg",
                charset="windows-1251", content_language="bg-BG", body_lang_attr="BG")
    exp = expected("confirmation", "Line 1 in two lots: 150 t by 2026-12-11 and 100 t by 2026-12-22 (schedule, "
                   "last 2026-12-22); line 2 as ordered. 'г.' = year marker.",
                   [conf(po, {1: chg(250, "72.00", "2026-12-22", [(150, "2026-12-11"), (100, "2026-12-22")]),
                              2: "acc"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("cones-as-requested", "confirmation/hr-HR",
      "Croatian one-paragraph confirmation whose only statement about dates is 'isporuka kako je traženo' (as "
      "requested) for all lines, with quantities and prices 'prema narudžbi'.")
def c039(slug):
    s = sup("KORNETHR", "Kornet d.o.o.", "prodaja@kornet.example", "hr-HR")
    po = PO("BMF-PO-26-3402", s, MEGAN, "EUR", "2026-11-20", [
        L(1, "KH-KR-120", "Rolled sugar cone 120 mm, 25 g, carton of 288", 40, "BOX", "34.60", "2026-12-11"),
        L(2, "KH-WAF-90", "Wafer cup 90 mm, carton of 600", 25, "BOX", "28.90", "2026-12-11"),
        L(3, "KH-CHOC-115", "Chocolate-coated cone 115 mm, carton of 240", 30, "BOX", "52.40", "2026-12-18"),
    ], req_time="10:40")
    text = """Poštovana gospođo Clarke,

zahvaljujemo na narudžbi. Potvrđujemo sve stavke narudžbe BMF-PO-26-3402 – količine i cijene
prema narudžbi, isporuka kako je traženo.

Srdačan pozdrav,

Ivana Horvat
Prodaja i logistika
Kornet d.o.o.
Zagrebačka 112, 10410 Velika Gorica
Tel: +385 1 5555 240 | OIB: 12345678901
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-23 09:35", 1),
                frm=("Ivana Horvat", "ivana.horvat@kornet.example"), text=text, lang="hr",
                charset="windows-1250", content_language="hr-HR", body_lang_attr="HR")
    exp = expected("confirmation", "All lines confirmed with quantity and price per PO and delivery 'as requested' "
                   "-> every line accepted with the PO's own dates (only in our quoted request).",
                   [conf(po, {1: "acc", 2: "acc", 3: "acc"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("mlcc-moq-condition", "needs_review/en-SG",
      "Singapore distributor makes confirmation conditional: full-reel MOQ (8,000 instead of 6,500), an "
      "allocation price and 'once you confirm we will revert with the delivery date'.")
def c040(slug):
    s = sup("LIONCITY", "Lion City Components Pte Ltd", "sales@lioncity-comp.example", "en-SG")
    po = PO("4500078931", s, JANA, "USD", "2026-11-20", [
        L(1, "LCC-0603-105K16", "MLCC 0603 1uF 16V X7R, reel 4000", 6500, "PCS", "0.0098", "2027-01-08"),
        L(2, "LCC-1206-475K50", "MLCC 1206 4.7uF 50V X7R, reel 2000", 3000, "PCS", "0.061", "2027-01-08"),
    ], req_time="13:45")
    text = """Hi Jana,

Noted on the PO, thanks. Before we can confirm, pls note MOQ/MPQ for both items is full reel only:
line 1 would be 8,000 pcs (2 reels) and line 2 4,000 pcs (2 reels).

Also the 1206 4.7uF 50V is currently on allocation, price now USD 0.068/pc.

Can you accept the revised qty and price? Once you confirm, we will place the order with the
factory and revert with the delivery date.

Thanks & regards,
Wei Ling Tan
Sales Executive
Lion City Components Pte Ltd
10 Ubi Crescent, #05-42 Ubi Techpark, Singapore 408564
DID: +65 6555 3170 | HP: +65 9555 2281
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-24 10:26", 8),
                frm=("Wei Ling Tan", "weiling.tan@lioncity-comp.example"), text=text, lang="en",
                charset="us-ascii", cte="quoted-printable", content_language="en-SG", body_lang_attr="EN-SG")
    exp = expected("needs_review", "Conditional: asks us to accept full-reel quantities and a higher allocation "
                   "price; no delivery date until we agree. Nothing committed yet.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("pigment-paste-one-question", "confirmation/sl-SI",
      "Slovenian Gmail reply confirming lines 1-3 but asking which recipe to use for line 4 (shade 2027-A, sample "
      "of 14. 10. 2026) before giving its date.")
def c041(slug):
    s = sup("BPCELJE", "Barvne paste Celje d.o.o.", "prodaja@barvne-paste.example", "sl-SI")
    po = PO("4500078935", s, JANA, "EUR", "2026-11-20", [
        L(1, "BPC-OX-Y42", "Pigment paste iron oxide yellow PY42, 25 kg pail", 300, "KG", "7.20", "2026-12-11"),
        L(2, "BPC-PB15-3", "Pigment paste phthalo blue PB15:3, 10 kg pail", 100, "KG", "18.90", "2026-12-11"),
        L(3, "BPC-PBK7", "Pigment paste carbon black PBk7, 25 kg pail", 250, "KG", "6.40", "2026-12-11"),
        L(4, "BPC-PG7-CUST", "Pigment paste phthalo green PG7, customer shade 2027-A", 60, "KG", "21.50",
          "2026-12-18"),
    ], req_time="11:30")
    text = """Spoštovana ga. Becker,

potrjujemo pozicije 1, 2 in 3 naročila 4500078935 – količine in cene po naročilu, dobava 11. 12. 2026.

Pri poziciji 4 (odtenek 2027-A) pa imamo vprašanje: ali naj uporabimo recepturo iz vzorca z dne
14. 10. 2026 ali popravljeno različico iz novembra? Ko prejmemo vaš odgovor, vam potrdimo tudi rok
dobave za to pozicijo.

Lep pozdrav,

Matej Kranjc
Prodaja
Barvne paste Celje d.o.o.
Teharska cesta 50, 3000 Celje
T: +386 3 555 44 10
"""
    attrib = "V pet., 20. nov. 2026 ob 11:30 je Jana Becker <j.becker@corvane.example> napisal(a):"
    eml = reply(po, slug, client="gmail", when=at("2026-11-25 08:17", 1),
                frm=("Matej Kranjc", "matej.kranjc@barvne-paste.example"), text=text, attrib=attrib,
                charset="UTF-8", cte="quoted-printable")
    exp = expected("confirmation", "Lines 1-3 confirmed as ordered (11. 12. 2026 = requested); line 4 only gets a "
                   "question about the recipe, its date will follow -> unconfirmed. The sample date 14. 10. 2026 "
                   "is not a delivery date.",
                   [conf(po, {1: "acc", 2: "acc", 3: "acc", 4: "unc"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("mesh-cyrillic-partial", "confirmation/sr-RS",
      "Serbian Cyrillic reply (windows-1251, base64): two lines confirmed, one mesh type not produced, and the "
      "spacers deferred to next week (unconfirmed).")
def c042(slug):
    s = sup("MREZAINZ", "Mreža Inženjering d.o.o.", "prodaja@mreza-inz.example", "sr-RS")
    po = PO("KFG-PO-26-10577", s, TOM, "EUR", "2026-11-23", [
        L(1, "MI-Q188", "Welded mesh Q188, 6 mm, 150x150, 6.0 x 2.15 m", 80, "EA", "58.00", "2026-12-18"),
        L(2, "MI-Q257", "Welded mesh Q257, 7 mm, 150x150, 6.0 x 2.15 m", 50, "EA", "79.00", "2026-12-18"),
        L(3, "MI-R335", "Welded mesh R335, 8 mm, 150x250, 6.0 x 2.15 m", 30, "EA", "94.00", "2026-12-18"),
        L(4, "MI-DIST-50", "Rebar spacer 50 mm, plastic, bag of 250", 10, "BOX", "18.00", "2026-12-18"),
    ], req_time="08:20", ship_to="Kestrel Facility Group, Magacin Novi Sad, Industrijska 14, 21000 Novi Sad")
    text = """Поштовани господине Ешби,

за поруџбину KFG-PO-26-10577 потврђујемо:

– поз. 1: Q188, 80 ком, 58,00 EUR/ком, испорука 18.12.2026.
– поз. 2: Q257, 50 ком, 79,00 EUR/ком, испорука 18.12.2026.
– поз. 3: мрежу R335 тренутно не производимо и не можемо да је испоручимо.

За дистанцере (поз. 4) ћемо вам јавити следеће недеље, чекамо потврду добављача.

Срдачан поздрав,

Никола Јовановић
Комерцијала
Мрежа Инжењеринг д.о.о.
Индустријска зона бб, 22000 Сремска Митровица
тел. +381 22 555 310
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-27 12:40", 1),
                frm=("Никола Јовановић", "n.jovanovic@mreza-inz.example"), text=text, lang="sr",
                charset="windows-1251", cte="base64", content_language="sr-Cyrl-RS", body_lang_attr="SR-CYRL-RS")
    exp = expected("confirmation", "Cyrillic Serbian: lines 1-2 as ordered, line 3 not produced -> rejected, line "
                   "4 deferred to next week -> unconfirmed.",
                   [conf(po, {1: "acc", 2: "acc", 3: "rej", 4: "unc"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("cones-ooo-spanish", "auto_reply/es-MX",
      "Mexican Outlook 'Respuesta automática' out-of-office with an absence period, a return date (lunes 30 de "
      "noviembre) and a colleague's phone number.")
def c043(slug):
    s = sup("CONOSJAL", "Conos y Galletas de Jalisco S.A. de C.V.", "c.mendez@conos-jalisco.example", "es-MX")
    po = PO("BMF-PO-26-3410", s, MEGAN, "USD", "2026-11-23", [
        L(1, "CJ-CONO-140", "Sugar cone 140 mm, case of 216", 60, "BOX", "29.80", "2027-01-08"),
        L(2, "CJ-CUP-12", "Cake cup no. 12, case of 1200", 40, "BOX", "24.50", "2027-01-08"),
    ], req_time="22:58")
    b = po["_buyer"]
    when = at("2026-11-23 17:02", -6)
    text = """Gracias por su correo.

Me encuentro fuera de la oficina del 23 al 27 de noviembre por la Expo Heladera en Guadalajara, con
acceso limitado al correo. Regreso el lunes 30 de noviembre.

Para pedidos urgentes favor de contactar a Lic. Fernanda Ruiz (fernanda.ruiz@conos-jalisco.example,
tel. +52 33 5555 1234).

Saludos cordiales,
Ing. Carlos Méndez
Gerente de Ventas Exportación
Conos y Galletas de Jalisco S.A. de C.V.
"""
    html = outlook_doc("\n".join(f'<p class="MsoNormal">{esc(x) if x else "&nbsp;"}<o:p></o:p></p>'
                                 for x in text.rstrip().split("\n")), "windows-1252", "ES-MX")
    hx = mime.hexid(slug, 32).upper()
    root = mime.Multi("alternative", [mime.text_part(text, "plain", "windows-1252", "quoted-printable"),
                                      mime.text_part(html, "html", "windows-1252", "quoted-printable")],
                      f"_000_{hx}_")
    hs = received(slug, "c.mendez@conos-jalisco.example", b.email, when) + [
        ("From", "Carlos Mendez <c.mendez@conos-jalisco.example>"),
        ("To", mime.addr(b.name, b.email)),
        ("Subject", mime.enc_text("Respuesta automática: " + request_subject(po), "windows-1252", "Q")),
        ("Thread-Topic", request_subject(po)),
        ("Thread-Index", "A" + mime.b64id(slug, 30) + "=="),
        ("Date", mime.fmt_date(when)),
        ("Message-ID", f"<BY5PR11MB{hx[:20]}@BY5PR11MB4021.namprd11.prod.outlook.com>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "es-MX")]
    eml = mime.message(hs, root)
    exp = expected("auto_reply", "Out-of-office (Auto-Submitted, 'Respuesta automática'); the dates are the "
                   "absence and return dates.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("cones-greek-dates", "confirmation/el-GR",
      "Greek Outlook reply in ISO-8859-7 quoted-printable: two lines two days earlier than requested (16/12); the "
      "third PO line is simply not mentioned; pallet height 1,80 m as a distracting number.")
def c044(slug):
    s = sup("CHONAKIA", "Chonakia Attikis S.A.", "pwliseis@chonakia-attikis.example", "el-GR")
    po = PO("BMF-PO-26-3415", s, MEGAN, "EUR", "2026-11-23", [
        L(1, "CA-KOR-110", "Waffle cone 110 mm, carton of 300", 50, "BOX", "27.40", "2026-12-18"),
        L(2, "CA-KOR-150", "Waffle cone jumbo 150 mm, carton of 180", 30, "BOX", "31.60", "2026-12-18"),
        L(3, "CA-BASK-95", "Waffle basket 95 mm, carton of 400", 20, "BOX", "44.00", "2027-01-15"),
    ], req_time="12:20")
    text = """Αγαπητή κα Clarke,

Σας ευχαριστούμε για την παραγγελία σας. Επιβεβαιώνουμε την παραγγελία BMF-PO-26-3415 ως εξής:

Θέση 1: 50 κιβώτια, 27,40 € το κιβώτιο, παράδοση 16/12/2026
Θέση 2: 30 κιβώτια, 31,60 € το κιβώτιο, παράδοση 16/12/2026

Τα προϊόντα παραδίδονται σε παλέτες EUR, μέγιστο ύψος 1,80 m.

Με εκτίμηση,

Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων
Χωνάκια Αττικής Α.Ε.
Λεωφ. Αθηνών 212, 12241 Αιγάλεω
Τηλ. +30 210 555 6120
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-25 13:05", 2),
                frm=("Νίκος Παπαδόπουλος", "n.papadopoulos@chonakia-attikis.example"), text=text, lang="el",
                charset="iso-8859-7", content_language="el-GR", body_lang_attr="EL")
    exp = expected("confirmation", "Greek dd/mm/yyyy dates: lines 1-2 delivered 2026-12-16 (earlier than "
                   "requested 12-18 -> changed); line 3 (waffle baskets) is not addressed at all -> unconfirmed.",
                   [conf(po, {1: chg(50, "27.40", "2026-12-16"), 2: chg(30, "31.60", "2026-12-16"), 3: "unc"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("knives-dozens", "confirmation/tr-TR",
      "Turkish reply in windows-1254 giving quantities in dozens (düzine) and prices per dozen for a PO in pieces; "
      "one per-dozen price works out above the PO piece price and one date is later.")
def c045(slug):
    s = sup("ANADOLUBICAK", "Anadolu Bıçak Sanayi A.Ş.", "siparis@anadolu-bicak.example", "tr-TR")
    po = PO("BMF-PO-26-3418", s, MEGAN, "USD", "2026-11-23", [
        L(1, "AB-KAS-15", "Boning knife 15 cm, stainless, white handle", 300, "PCS", "3.20", "2027-01-15"),
        L(2, "AB-SAT-20", "Cleaver 20 cm, 480 g", 120, "PCS", "8.75", "2027-01-15"),
        L(3, "AB-EKM-22", "Bread knife 22 cm, serrated, black handle", 240, "PCS", "2.90", "2027-01-15"),
    ], req_time="15:50")
    text = """Sayın Clarke,

Siparişiniz için teşekkür ederiz. Ürünlerimiz düzine olarak paketlenmektedir, teyidimiz aşağıdadır:

1. AB-KAS-15 kemik sıyırma bıçağı: 25 düzine, düzinesi 38,40 USD, teslim 15.01.2027
2. AB-SAT-20 satır: 10 düzine, düzinesi 105,00 USD, teslim 15.01.2027
3. AB-EKM-22 ekmek bıçağı: 20 düzine, düzinesi 36,00 USD, teslim 29.01.2027

Saygılarımızla,

Mehmet Yılmaz
İhracat Departmanı
Anadolu Bıçak Sanayi A.Ş.
OSB 4. Cadde No: 18, 42050 Selçuklu / Konya
Tel: +90 332 555 21 40
"""
    assert Decimal("38.40") / 12 == Decimal("3.20") and Decimal("105.00") / 12 == Decimal("8.75")
    eml = reply(po, slug, client="outlook", when=at("2026-11-26 10:48", 3),
                frm=("Mehmet Yılmaz", "mehmet.yilmaz@anadolu-bicak.example"), text=text, lang="tr",
                charset="windows-1254", content_language="tr-TR", body_lang_attr="TR", subj_prefix="YNT: ")
    exp = expected("confirmation", "Dozens to pieces: 25 dz = 300, 10 dz = 120, 20 dz = 240; per-dozen prices / 12: "
                   "38.40 -> 3.20 (= PO), 105.00 -> 8.75 (= PO), 36.00 -> 3.00 (PO 2.90). Line 3 also later "
                   "(2027-01-29).",
                   [conf(po, {1: "acc", 2: "acc", 3: chg(240, "3.00", "2027-01-29")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("knives-invoice-other-order", "unrelated/it-IT",
      "Italian invoice mail with PDF for a different, older order (BMF-PO-26-3188) from the same supplier; the "
      "invoice lists the same item codes as the open PO.")
def c046(slug):
    s = sup("VALSESIA", "Coltellerie Valsesia S.r.l.", "ordini@coltellerie-valsesia.example", "it-IT")
    po = PO("BMF-PO-26-3425", s, OLU, "EUR", "2026-11-24", [
        L(1, "CV-CH20", "Chef knife 20 cm, X50CrMoV15, POM handle", 80, "EA", "17.40", "2027-01-22"),
        L(2, "CV-PN26", "Bread knife 26 cm, wavy edge", 40, "EA", "13.75", "2027-01-22"),
    ], req_time="09:05")
    b = po["_buyer"]
    d = pdf.Doc()
    d.text("Coltellerie Valsesia S.r.l.", size=14, bold=True)
    d.text("Via Roma 41 - 13019 Varallo (VC) - P.IVA 01987650023 - REA VC-187654", size=8)
    d.space(10)
    d.text("FATTURA N. 2026/FE/1184 del 26/11/2026", size=12, bold=True)
    d.lines("Cliente: Brightmoor Foods Ltd, Trafford Wharf Road 21, Manchester M17 1EX, UK - VAT GB 318 5521 04\n"
            "Vs. ordine: BMF-PO-26-3188 del 01/10/2026    DDT n. 2026/0921 del 25/11/2026")
    d.space(8)
    d.table(["Codice", "Descrizione", "Q.tà", "UM", "Prezzo", "Importo EUR"], [
        ["CV-CH20", "Coltello cuoco 20 cm X50CrMoV15", "60", "pz", "17,40", "1.044,00"],
        ["CV-PN26", "Coltello pane 26 cm lama ondulata", "30", "pz", "13,75", "412,50"],
        ["CV-SP09", "Spelucchino 9 cm seghettato", "100", "pz", "4,10", "410,00"],
    ], [40, 110, 330, 370, 410, 480])
    d.lines("Imponibile: 1.866,50 EUR\nIVA: non imponibile art. 7-bis DPR 633/72 (cessione extra-UE)\n"
            "Totale documento: 1.866,50 EUR\nScadenza: 31/12/2026 - Bonifico IBAN IT60 X054 2811 1010 0000 0123 456")
    data = d.build(title="Fattura 2026/FE/1184", author="Coltellerie Valsesia S.r.l.", producer="TeamSystem Studio",
                   creation="D:20261126101530+01'00'", compress=True)
    assert 60 * Decimal("17.40") + 30 * Decimal("13.75") + 100 * Decimal("4.10") == Decimal("1866.50")
    text = """Gentile Cliente,

in allegato trasmettiamo copia di cortesia della fattura n. 2026/FE/1184 del 26/11/2026 relativa al
Vs. ordine BMF-PO-26-3188 del 01/10/2026 (DDT n. 2026/0921 del 25/11/2026).

Scadenza pagamento: 31/12/2026 - bonifico bancario.

Cordiali saluti

Ufficio Amministrazione
Coltellerie Valsesia S.r.l.
Tel. +39 0163 55 21 44 - amministrazione@coltellerie-valsesia.example
"""
    when = at("2026-11-26 10:17:02", 1)
    hx = mime.hexid(slug, 24)
    root = mime.Multi("mixed", [mime.text_part(text, "plain", "iso-8859-1", "quoted-printable"),
                                pdf_att(data, "Fattura_2026_FE_1184.pdf")], f"----=_Part_{int(hx[:6], 16)}_{hx[6:16]}")
    hs = received(slug, "amministrazione@coltellerie-valsesia.example", b.email, when) + [
        ("Date", mime.fmt_date(when)),
        ("From", "Coltellerie Valsesia - Amministrazione <amministrazione@coltellerie-valsesia.example>"),
        ("To", b.email),
        ("Message-ID", f"<{hx}.fe1184@coltellerie-valsesia.example>"),
        ("Subject", "Fattura n. 2026/FE/1184 del 26/11/2026 - Vs. ordine BMF-PO-26-3188"),
        ("X-Mailer", "TeamSystem Mail Service")]
    eml = mime.message(hs, root)
    exp = expected("unrelated", "Invoice for another order (BMF-PO-26-3188, delivered 25/11/2026); same item codes "
                   "and prices as the open PO but it does not answer BMF-PO-26-3425.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("peat-bottom-posted-nadal", "confirmation/et-EE",
      "Estonian Thunderbird reply written below the quoted request (bottom-posting) with '50. nädalal' / '51. "
      "nädalal' week dates and pallets counted also as bales.")
def c047(slug):
    s = sup("EESTITURBA", "Eesti Turbatooted OÜ", "myyk@turbatooted.example", "et-EE")
    po = PO("KFG-PO-26-10583", s, DANA, "EUR", "2026-11-24", [
        L(1, "ETT-TS-250", "Sphagnum peat fine 0-10 mm, 250 L bale, pallet of 21", 24, "PAL", "218.40", "2026-12-11"),
        L(2, "ETT-TS-MIX", "Peat substrate with 15 % perlite, 70 L, pallet of 39", 10, "PAL", "249.60", "2026-12-18"),
    ], req_time="10:30", ship_to="Kestrel Facility Group, Grounds Depot, Waalhaven Z.z. 21, 3089 JH Rotterdam")
    assert 24 * 21 == 504
    attrib = "24.11.2026 12:30, Dana Ruiz kirjutas:"
    text = f"""{attrib}
{prefix_lines(request_text(po))}

Tere, Dana!

Täname tellimuse eest. Kinnitame:

1. ETT-TS-250 - 24 alust (504 palli), hind 218,40 € alus, tarne 50. nädalal
2. ETT-TS-MIX - 10 alust, hind 256,00 € alus (uus hinnakiri alates 01.12.2026), tarne 51. nädalal

Lugupidamisega

--
Kadri Tamm
müügijuht
Eesti Turbatooted OÜ
Turba tee 3, Tootsi, 87601 Pärnumaa
tel +372 5555 4120
"""
    eml = reply(po, slug, client="thunderbird", when=at("2026-11-26 15:40", 2),
                frm=("Kadri Tamm", "kadri.tamm@turbatooted.example"), text=text, quote=None, html=False,
                charset="ISO-8859-15", cte="quoted-printable", content_language="et")
    exp = expected("confirmation", "Answer written below the quote. Week 50 / 51 = Fridays 2026-12-11 / 12-18 "
                   "(= requested); line 2 price 256.00 per pallet (PO 249.60). 504 bales = 24 pallets of 21.",
                   [conf(po, {1: "acc", 2: chg(10, "256.00", "2026-12-18")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("bedding-bags-kg", "confirmation/lv-LV",
      "Latvian reply (windows-1257) quoting bags and price per bag (20 kg / 15 kg) for PO lines in kilograms; one "
      "per-bag price converts to a new per-kg price.")
def c048(slug):
    s = sup("BALTPAKA", "SIA Baltijas Pakaiši", "pasutijumi@baltijas-pakaisi.example", "lv-LV")
    po = PO("HLS-26-0952", s, PIETER, "EUR", "2026-11-24", [
        L(1, "BP-ASP-20", "Lab animal bedding, aspen chips 4x4x1 mm, dust-free, autoclavable, 20 kg bag", 6000, "KG",
          "0.92", "2026-12-18"),
        L(2, "BP-NEST-1", "Nesting material, crinkled paper, 1 kg bag", 400, "EA", "2.35", "2026-12-18"),
        L(3, "BP-CELL-15", "Cellulose bedding pellets, 15 kg bag", 1500, "KG", "1.38", "2027-01-08"),
    ], req_time="15:00")
    text = """Labdien, Pieter!

Paldies par pasūtījumu HLS-26-0952. Apstiprinām:

1. poz. – 300 maisi × 20 kg = 6000 kg, cena 18,40 EUR/maiss, piegāde 18.12.2026.
2. poz. – 400 gab., 2,35 EUR/gab., piegāde 18.12.2026.
3. poz. – 100 maisi × 15 kg = 1500 kg, cena 21,90 EUR/maiss, piegāde 15.01.2027.

Ar cieņu

Ilze Kalniņa
Klientu apkalpošana
SIA Baltijas Pakaiši
Rūpniecības iela 21, Jelgava, LV-3001
Tālr. +371 63 555 120
"""
    assert Decimal("18.40") / 20 == Decimal("0.92") and Decimal("21.90") / 15 == Decimal("1.46")
    eml = reply(po, slug, client="outlook", when=at("2026-11-30 09:14", 2),
                frm=("Ilze Kalniņa", "ilze.kalnina@baltijas-pakaisi.example"), text=text, lang="lv",
                charset="windows-1257", content_language="lv-LV", body_lang_attr="LV")
    exp = expected("confirmation", "Per-bag prices: 18.40 / 20 kg = 0.92 (= PO); 21.90 / 15 kg = 1.46 (PO 1.38, "
                   "changed) and line 3 moved to 2027-01-15.",
                   [conf(po, {1: "acc", 2: "acc", 3: chg(1500, "1.46", "2027-01-15")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("diesel-filters-csv-one-of-three", "confirmation/lt-LT",
      "Three open POs in pos.json; the Lithuanian mail confirms only one via a windows-1257 CSV attachment "
      "(decimal comma, ISO dates, one line 'nebegaminamas'), the other two are only mentioned.")
def c049(slug):
    s = sup("FILTRUCENT", "UAB Filtrų centras", "uzsakymai@filtru-centras.example", "lt-LT")
    a = PO("4500078940", s, JANA, "EUR", "2026-11-24", [
        L(1, "FC-WK8110", "Fuel filter cartridge WK 8110, 4 micron", 50, "EA", "16.80", "2026-12-11"),
        L(2, "FC-PL420", "Preline fuel filter PL 420, 24V heating", 20, "EA", "72.40", "2026-12-11"),
        L(3, "FC-KIT-12", "Fuel filter service kit incl. 12x20 O-rings", 20, "SET", "9.90", "2026-12-11"),
    ], req_time="13:10")
    bpo = PO("4500078944", s, JANA, "EUR", "2026-11-25", [
        L(1, "FC-C30-1500", "Air filter element C 30 1500", 30, "EA", "44.00", "2026-12-18"),
    ], req_time="09:40")
    c = PO("4500078946", s, JANA, "EUR", "2026-11-25", [
        L(1, "FC-HU718-5X", "Oil filter element HU 718/5 x", 60, "EA", "7.30", "2026-12-18"),
    ], req_time="09:55")
    csv = ("Užsakymas;Eil.;Prekės kodas;Pavadinimas;Kiekis;Mat. vnt.;Kaina EUR;Pristatymo data;Pastaba\r\n"
           "4500078940;1;FC-WK8110;Kuro filtro kasetė WK 8110;50;vnt.;16,80;2026-12-11;\r\n"
           "4500078940;2;FC-PL420;Kuro filtras PL 420 24V;0;vnt.;;;nebegaminamas\r\n"
           "4500078940;3;FC-KIT-12;Kuro filtro rinkinys su O žiedais;20;kompl.;9,90;2026-12-18;\r\n")
    att = mime.attachment(csv.encode("windows-1257"), "text/csv; charset=windows-1257",
                          "patvirtinimas_4500078940.csv")
    text = """Laba diena, Jana,

siunčiame užsakymo 4500078940 patvirtinimą (CSV faile).
Kuro filtras PL 420 nebegaminamas, todėl 2 eilutės pristatyti negalime.

Užsakymų 4500078944 ir 4500078946 patvirtinimus atsiųsime atskirai.

Pagarbiai
Tomas Petrauskas
Pardavimų vadybininkas
UAB „Filtrų centras“
Savanorių pr. 178, LT-03154 Vilnius
Tel. +370 5 255 5120
"""
    eml = reply(a, slug, client="outlook", when=at("2026-11-30 10:05", 2),
                frm=("Tomas Petrauskas", "tomas.petrauskas@filtru-centras.example"), text=text, lang="lt",
                charset="windows-1257", content_language="lt-LT", body_lang_attr="LT", attachments=[att])
    exp = expected("confirmation", "Only PO 4500078940 is answered (CSV): line 1 as ordered, line 2 discontinued -> "
                   "rejected, line 3 on 2026-12-18. POs 4500078944/4500078946 only mentioned -> left out.",
                   [conf(a, {1: "acc", 2: "rej", 3: chg(20, "9.90", "2026-12-18")})])
    return [a, bpo, c], eml, exp


# ---------------------------------------------------------------------------
@case("wire-rope-contradictory", "needs_review/uk-UA",
      "Ukrainian KOI8-U reply whose prose confirms the PO prices and 15.01.2027 while its own specification "
      "table shows 4,05 USD and 22.01.2027 for the same line.")
def c050(slug):
    s = sup("DNIPROKANAT", "Dniprokanat LLC", "zbut@dniprokanat.example", "uk-UA")
    po = PO("KFG-PO-26-10590", s, DANA, "USD", "2026-11-25", [
        L(1, "DK-12-6X36", "Steel wire rope 12 mm, 6x36 WS-IWRC, 1960 N/mm2, galvanised", 500, "M", "3.85",
          "2027-01-15"),
        L(2, "DK-16-6X36", "Steel wire rope 16 mm, 6x36 WS-IWRC, 1960 N/mm2", 300, "M", "6.40", "2027-01-15"),
    ], req_time="12:40")
    blocks = [P("Шановна пані Руїс,"),
              P("підтверджуємо замовлення KFG-PO-26-10590. Ціна на канат 12 мм - 3,85 USD/м, на канат 16 мм - "
                "6,40 USD/м,\nвідвантаження 15.01.2027."),
              P("Специфікація:"),
              T(["Поз.", "Найменування", "К-сть", "Ціна, USD/м", "Дата відвантаження"], [
                  ["1", "Канат 12 мм 6х36 WS-IWRC оцинк.", "500 м", "4,05", "22.01.2027"],
                  ["2", "Канат 16 мм 6х36 WS-IWRC", "300 м", "6,40", "22.01.2027"]]),
              P("З повагою,\nОлена Коваленко\nменеджер зі збуту\nТОВ \"Дніпроканат\"\nм. Дніпро, вул. Криворізька, 12\n"
                "тел. +380 56 555 21 40")]
    eml = reply(po, slug, client="outlook", when=at("2026-11-30 11:20", 2),
                frm=("Олена Коваленко", "o.kovalenko@dniprokanat.example"), blocks=blocks, lang="uk",
                charset="koi8-u", content_language="uk-UA", body_lang_attr="UK")
    exp = expected("needs_review", "Prose says 3.85 USD/m and 15.01.2027, the table in the same mail says 4.05 and "
                   "22.01.2027 (line 2 date also differs): contradictory, a buyer must ask.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("pigment-drums-koi8r", "confirmation/ru-RU",
      "Russian The Bat! reply in KOI8-R 8bit: quantities as drums/pails of 200/25 kg, 'отгрузка до' ship-by "
      "dates, one price change and one later date.")
def c051(slug):
    s = sup("PIGMVOLGA", "OOO Pigment-Volga", "sales@pigment-volga.example", "ru-RU")
    po = PO("4500078950", s, JANA, "EUR", "2026-11-25", [
        L(1, "PV-TIO2-P", "Titanium dioxide pigment paste, 65 % solids, 200 kg drum", 600, "KG", "5.90", "2026-12-18"),
        L(2, "PV-FE-RED", "Iron oxide red pigment paste, 200 kg drum", 400, "KG", "4.75", "2026-12-18"),
        L(3, "PV-BLACK-25", "Carbon black pigment paste, 25 kg pail", 100, "KG", "7.60", "2026-12-18"),
    ], req_time="11:20")
    text = """Здравствуйте, Яна!

Подтверждаем заказ N 4500078950:

1. Паста TiO2 (PV-TIO2-P) - 3 бочки по 200 кг (600 кг), 5,90 евро/кг, отгрузка до 18.12.2026
2. Паста железооксидная красная (PV-FE-RED) - 2 бочки по 200 кг (400 кг), 4,90 евро/кг,
   отгрузка до 18.12.2026
3. Паста на основе техуглерода (PV-BLACK-25) - 4 ведра по 25 кг (100 кг), 7,60 евро/кг,
   отгрузка 25.12.2026

-- 
С уважением,
Ирина Соколова
менеджер отдела продаж
ООО "Пигмент-Волга"
г. Ярославль, ул. Промышленная, 7
тел. +7 (4852) 55-31-20
"""
    attrib = "Вы писали 25 ноября 2026 г., 13:20:"
    eml = reply(po, slug, client="generic", when=at("2026-11-27 09:44", 3),
                frm=("Ирина Соколова", "i.sokolova@pigment-volga.example"), text=text, quote="tb", attrib=attrib,
                html=False, charset="koi8-r", cte="8bit", content_language="ru",
                agent=("X-Mailer", "The Bat! (v10.5.3) Professional"))
    exp = expected("confirmation", "Drums/pails converted to kg (3 x 200 = 600, 2 x 200 = 400, 4 x 25 = 100); "
                   "ship-by dates count as dates; line 2 price 4.90, line 3 ships 2026-12-25.",
                   [conf(po, {1: "acc", 2: chg(400, "4.90", "2026-12-18"), 3: chg(100, "7.60", "2026-12-25")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("earplugs-ooo-polish", "auto_reply/pl-PL",
      "Polish Outlook 'Automatyczna odpowiedź' from a colleague on leave until 4.12.2026, pointing to the "
      "customer-service address and phone; nothing about the order.")
def c052(slug):
    s = sup("OCHRONSLU", "Ochronslu Sp. z o.o.", "a.wrobel@ochronslu.example", "pl-PL")
    po = PO("HLS-26-0960", s, PIETER, "EUR", "2026-11-25", [
        L(1, "OS-ZAT-200", "Foam earplugs SNR 36 dB, dispenser box 200 pairs", 50, "BOX", "16.40", "2026-12-11"),
        L(2, "OS-ZAT-CORD", "Reusable corded earplugs SNR 27 dB", 500, "PAIR", "0.95", "2026-12-11"),
    ], req_time="14:09")
    b = po["_buyer"]
    when = at("2026-11-25 14:11", 1)
    text = """Dzień dobry,

dziękuję za wiadomość. Przebywam na urlopie do 4.12.2026 r. włącznie i nie mam dostępu do poczty.
Wiadomość nie jest przekazywana.

W sprawach pilnych, w tym potwierdzeń zamówień, proszę o kontakt z działem obsługi klienta:
biuro@ochronslu.example, tel. +48 61 555 20 30.

Pozdrawiam
Agnieszka Wróbel
Ochronslu Sp. z o.o.
"""
    html = outlook_doc("\n".join(f'<p class="MsoNormal">{esc(x) if x else "&nbsp;"}<o:p></o:p></p>'
                                 for x in text.rstrip().split("\n")), "iso-8859-2", "PL")
    hx = mime.hexid(slug, 32).upper()
    root = mime.Multi("alternative", [mime.text_part(text, "plain", "iso-8859-2", "quoted-printable"),
                                      mime.text_part(html, "html", "iso-8859-2", "quoted-printable")], f"_000_{hx}_")
    hs = received(slug, "a.wrobel@ochronslu.example", b.email, when) + [
        ("From", mime.addr("Agnieszka Wróbel", "a.wrobel@ochronslu.example", "iso-8859-2", "Q")),
        ("To", mime.addr(b.name, b.email)),
        ("Subject", mime.enc_text("Automatyczna odpowiedź: " + request_subject(po), "iso-8859-2", "Q")),
        ("Thread-Topic", request_subject(po)),
        ("Date", mime.fmt_date(when)),
        ("Message-ID", f"<DB9PR04MB{hx[:20]}@DB9PR04MB8112.eurprd04.prod.outlook.com>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "a.wrobel@ochronslu.example"),
        ("Content-Language", "pl-PL")]
    eml = mime.message(hs, root)
    exp = expected("auto_reply", "Out-of-office until 4.12.2026 (Auto-Submitted); no answer about the order.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("earplugs-hebrew-per-100", "confirmation/he-IL",
      "Hebrew RTL Outlook reply (windows-1255, base64) with prices per 100 pairs for a PO priced per pair, "
      "dd/mm dates and an English sentence mixed in.")
def c053(slug):
    s = sup("SHEKET", "Sheket Industries Ltd", "orders@sheket-ind.example", "he-IL")
    po = PO("HLS-26-0964", s, PIETER, "USD", "2026-11-26", [
        L(1, "SH-EP-33", "Foam earplugs SNR 33 dB, bulk bag 500 pairs", 10000, "PAIR", "0.062", "2027-01-08"),
        L(2, "SH-EP-DET", "Metal-detectable corded earplugs SNR 34 dB", 2000, "PAIR", "0.21", "2027-01-08"),
        L(3, "SH-BAND-25", "Banded earplugs SNR 25 dB, reusable pods", 300, "EA", "1.95", "2027-01-08"),
    ], req_time="09:15")
    blocks = [P("שלום Pieter,"),
              P("תודה על ההזמנה HLS-26-0964. אנו מאשרים כדלקמן:"),
              P("1. SH-EP-33 – 10,000 זוגות, מחיר 6.20$ ל-100 זוגות, אספקה 08/01/2027\n"
                "2. SH-EP-DET – 2,000 זוגות, מחיר 21.00$ ל-100 זוגות, אספקה 08/01/2027\n"
                "3. SH-BAND-25 – 300 יח', מחיר 1.95$ ליחידה, אספקה 22/01/2027"),
              P("Thanks, let me know if you need the CoC for the detectable plugs."),
              P("בברכה,\nיעל כהן | Yael Cohen\nמנהלת לקוחות יצוא\nשקט תעשיות בע\"מ\nאזור התעשייה ציפורית\n"
                "טל' 04-6555120")]
    from .common import render_html
    inner = '<div dir="rtl">' + render_html(blocks, "outlook") + "</div>"
    assert Decimal("6.20") / 100 == Decimal("0.062") and Decimal("21.00") / 100 == Decimal("0.21")
    eml = reply(po, slug, client="outlook", when=at("2026-11-29 10:05", 2),
                frm=("יעל כהן", "yael.cohen@sheket-ind.example"), blocks=blocks, html_inner=inner, lang="he",
                charset="windows-1255", cte="base64", content_language="he-IL", body_lang_attr="HE")
    exp = expected("confirmation", "Prices per 100 pairs: 6.20/100 = 0.062 and 21.00/100 = 0.21 (= PO); line 3 "
                   "moved to 22/01/2027. Mail sent on a Sunday (Israeli work week).",
                   [conf(po, {1: "acc", 2: "acc", 3: chg(300, "1.95", "2027-01-22")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("tactile-arabic-html-only", "confirmation/ar-AE",
      "HTML-only webmail reply in Arabic (windows-1256, RTL) with a table of item codes, quantities, prices and "
      "dd/mm/yyyy dates; one line later than requested.")
def c054(slug):
    s = sup("EMTACTILE", "Emirates Tactile Flooring LLC", "sales@emirates-tactile.example", "ar-AE")
    po = PO("KFG-PO-26-10598", s, DANA, "USD", "2026-11-26", [
        L(1, "ETF-SS-DOME", "Stainless steel tactile dome stud 35 mm, 316L, bag of 100", 40, "BOX", "118.00",
          "2027-01-15"),
        L(2, "ETF-TILE-300", "Tactile tile 300x300 mm, porcelain, hazard warning, grey", 600, "EA", "6.40",
          "2027-01-15"),
        L(3, "ETF-STRIP-SS", "Stainless steel directional bar 35x300 mm", 1500, "EA", "2.75", "2027-01-22"),
    ], req_time="07:05", ship_to="Kestrel Facility Group ME, Warehouse 12, Dubai Investments Park 2, Dubai, UAE")
    b = po["_buyer"]
    rows = [["1", "ETF-SS-DOME", "40", "118.00", "15/01/2027"],
            ["2", "ETF-TILE-300", "600", "6.40", "29/01/2027"],
            ["3", "ETF-STRIP-SS", "1,500", "2.75", "22/01/2027"]]
    td = '<td style="border:1px solid #777;padding:3px 8px">{}</td>'
    th = '<th style="border:1px solid #777;padding:3px 8px;background:#e8e8e8">{}</th>'
    table = ('<table style="border-collapse:collapse" dir="rtl">\n<tr>'
             + "".join(th.format(x) for x in ["البند", "رمز الصنف", "الكمية", "سعر الوحدة (USD)", "تاريخ التسليم"])
             + "</tr>\n" + "\n".join("<tr>" + "".join(td.format(esc(c)) for c in r) + "</tr>" for r in rows)
             + "\n</table>")
    w = po["_req_when"].astimezone(dt.timezone(dt.timedelta(hours=4)))
    html = f"""<html dir="rtl"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
</head>
<body dir="rtl" style="font-family:Tahoma,Arial,sans-serif;font-size:10pt">
<p>السيدة دانا رويز المحترمة،</p>
<p>تحية طيبة وبعد،</p>
<p>نشكركم على أمر الشراء رقم KFG-PO-26-10598، ونؤكد لكم التوريد كما يلي:</p>
{table}
<p dir="ltr">Please note: the porcelain tiles (item 2) are produced to order, hence the later date.</p>
<p>مع أطيب التحيات،<br>
أحمد الحمادي<br>
مدير المبيعات<br>
الإمارات للأرضيات اللمسية ذ.م.م<br>
المنطقة الصناعية، مصفح، أبوظبي<br>
هاتف: 971 2 555 4120+</p>
<br>
<div dir="ltr">في {w.year}-{w.month:02d}-{w.day:02d} {w.hour:02d}:{w.minute:02d}، كتب Dana Ruiz:</div>
<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0" dir="ltr">
{request_html(po, "plain")}
</blockquote>
</body></html>
"""
    eml = reply(po, slug, client="generic", when=at("2026-11-30 12:33", 4),
                frm=("أحمد الحمادي", "a.alhammadi@emirates-tactile.example"), text="", html_inner="",
                quote=None, html_only=True, charset="windows-1256", cte="quoted-printable",
                agent=("User-Agent", "Roundcube Webmail/1.6.9"), content_language="ar")
    # replace the generated document by the webmail's own HTML
    from .common import reply as _r  # noqa: F401
    head, _ = eml.split(b"\r\n\r\n", 1)
    eml = head + b"\r\n\r\n" + mime.encode_body(html, "windows-1256", "quoted-printable")
    exp = expected("confirmation", "HTML-only, RTL Arabic; table gives lines 1 and 3 as ordered and line 2 on "
                   "29/01/2027 (PO 2027-01-15).",
                   [conf(po, {1: "acc", 2: chg(600, "6.40", "2027-01-29"), 3: "acc"})])
    return [po], eml, exp
