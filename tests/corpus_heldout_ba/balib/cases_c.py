"""Cases 037-054."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from . import mime
from .common import (Att, REJ, UNC, Supplier, acc, attribution, case, chg, confirmation, esc, mkpo, other,
                     quote_plain, reply, request_html, request_message, request_plain, tz, when, wrap_html, received,
                     BUYER_DOMAIN, num_en)


# ---------------------------------------------------------------------------
@case("tubing-spec-question", "needs_review/es-ES",
      "Spanish reply asks which tube size is correct (3/8\" x 1/16\" vs 9,5 x 14,3 mm) and promises the confirmation afterwards.")
def c037(c):
    sup = Supplier("HPL", "Hemoplast Levante S.L.", "pedidos@hemoplast-levante.example", "es-ES")
    po = mkpo("4500232262", sup, "priya", "EUR", "2026-11-20", [
        ("DT-PVC-38", "Medical PVC tubing 3/8 in ID x 1/16 in wall, DEHP-free", 3000, "M", "0.96", "2026-12-18"),
        ("DT-SIL-6X9", "Silicone tubing 6x9 mm, platinum-cured", 1500, "M", "2.40", "2026-12-18"),
    ])
    date = when("2026-11-26 17:05:31", "+0100")
    body = """Hola Priya:

Gracias por el pedido 4500232262. Antes de confirmarlo necesitamos aclarar un punto: en la línea 1 piden tubo de 3/8" x 1/16" (DT-PVC-38), pero la ficha técnica que nos enviaron (rev. 4 del 12/10/2026) indica 9,5 x 14,3 mm, es decir, pared de 3/32". ¿Cuál es la medida correcta?

En cuanto nos lo aclaren les enviaremos la confirmación con precios y fechas de ambas líneas.

Un saludo,

Vicente Ferrer Llopis
Departamento Comercial
Hemoplast Levante S.L.
Polígono Industrial El Pla, C/ del Tint 14, 46870 Ontinyent (Valencia)
Tel. +34 962 38 71 50
"""
    eml = reply(c, po, frm=("Vicente Ferrer Llopis", "vferrer@hemoplast-levante.example"), date=date, body=body,
                client="outlook", lang="es", prefix="RE:", charset="iso-8859-1")
    exp = other("needs_review", "A question about the tube dimension of line 1 (3/8\" x 1/16\" in the PO vs 9,5 x "
                                "14,3 mm in the spec sheet); the confirmation of both lines is explicitly deferred "
                                "until it is answered. The sizes and the spec-sheet date 12/10/2026 are not "
                                "commitments.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("sleepers-russian-ship-date", "confirmation/ru-RU",
      "KOI8-R 8bit reply from The Bat! with 'ML>' quoting: only ship dates ('отгрузка') plus a vague 10-14 day transit estimate.")
def c038(c):
    sup = Supplier("USP", "OOO Uralshpala", "sales@uralshpala.example", "ru-RU")
    po = mkpo("4500232281", sup, "tomasz", "EUR", "2026-11-20", [
        ("RS-WD-PINE", "Wooden sleeper, pine, creosote impregnated, type I, 2750 mm", 500, "EA", "38.50", "2026-12-18"),
        ("RS-WD-SWS", "Switch timber set, pine, lengths 3.0-5.5 m", 10, "SET", "2450.00", "2027-01-15"),
    ])
    date = when("2026-11-30 11:40:16", "+0300")
    req = request_plain(po).rstrip("\n").split("\n")
    quoted = "\n".join(("TW> " + ln) if ln else "TW>" for ln in req)
    t = po.req_dt.astimezone(tz("+0300"))
    body = f"""Здравствуйте, Томаш.

Подтверждаем заказ N 4500232281:

1. Шпала деревянная пропитанная, тип I, 2750 мм - 500 шт. по 38,50 EUR, отгрузка со склада в Екатеринбурге 11.12.2026.
2. Брусья стрелочные сосновые (комплект 3,0-5,5 м) - 10 компл. по 2 450,00 EUR, отгрузка 22.01.2027.

Сроки доставки до Роттердама зависят от перевозчика, ориентировочно 10-14 дней.

-- 
С уважением,
 Алексей Смирнов, отдел продаж ООО "Уралшпала"
 тел. +7 343 287-14-50, моб. +7 912 604-33-18
 620102, г. Екатеринбург, ул. Монтажников, 4              mailto:a.smirnov@uralshpala.example

Вы писали {t.day} ноября {t.year} г., {t:%H:%M}:

{quoted}
"""
    eml = reply(c, po, frm=("Алексей Смирнов", "a.smirnov@uralshpala.example"), date=date, body=body,
                client="thebat", quote="none", html=False, prefix="Re:", charset="koi8-r", cte="8bit",
                extra_headers=[("X-Mailer", "The Bat! (v10.4.0.3) Professional"), ("X-Priority", "3 (Normal)")])
    exp = confirmation([(po, {1: chg(po, 1, date="2026-12-11"), 2: chg(po, 2, date="2027-01-22")})],
                       "Only ship dates ('отгрузка') are given; the transit time is an approximate 10-14 days, not a "
                       "delivery date, so the ship dates count: 11.12.2026 (line 1, requested 18 Dec) and 22.01.2027 "
                       "(line 2, requested 15 Jan). Prices and quantities as ordered (2 450,00 = 2450.00). KOI8-R 8bit.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("busbar-ukrainian-full-bars", "confirmation/uk-UA",
      "Ukrainian reply rounding metres up to whole 4 m bars (63 шини = 252 м) and moving the other line to 15.01.2027.")
def c039(c):
    sup = Supplier("MPV", "Midprovid LLC", "sales@midprovid.example", "uk-UA")
    po = mkpo("4500232300", sup, "mara", "EUR", "2026-11-23", [
        ("CU-BB-50X5-M", "Copper busbar 50x5 mm, M1, per metre (4 m bars)", 250, "M", "22.40", "2026-12-18"),
        ("CU-BB-60X6-M", "Copper busbar 60x6 mm, M1, per metre (4 m bars)", 120, "M", "32.10", "2026-12-18"),
    ])
    assert 63 * 4 == 252 and 30 * 4 == 120
    date = when("2026-12-01 10:15:22", "+0200")
    body = """Добрий день, пані Маро!

Дякуємо за замовлення № 4500232300. Підтверджуємо:

1. Шина мідна 50х5 мм (М1): постачаємо лише цілими шинами по 4 м – 63 шини, тобто 252 м, ціна 22,40 EUR/м, поставка 18.12.2026.
2. Шина мідна 60х6 мм (М1): 30 шин по 4 м = 120 м, ціна 32,10 EUR/м, поставка 15.01.2027.

З повагою,
Олена Коваленко
менеджер ЗЕД
ТОВ «Мідьпровід»
вул. Промислова, 12, м. Запоріжжя, 69041, Україна
тел. +380 61 289 47 10
"""
    eml = reply(c, po, frm=("Олена Коваленко", "o.kovalenko@midprovid.example"), date=date, body=body,
                client="outlook", lang="uk", prefix="RE:", charset="windows-1251")
    exp = confirmation([(po, {1: chg(po, 1, quantity=252), 2: chg(po, 2, date="2027-01-15")})],
                       "Line 1 is rounded up to whole 4 m bars: 63 x 4 = 252 m (PO 250 m), price and date unchanged. "
                       "Line 2 is 30 bars = 120 m as ordered but delivered 15.01.2027 instead of 18 Dec. Sizes use "
                       "Cyrillic 'х' (50х5).")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("exchange-ndr-german", "bounce/de-AT",
      "German Exchange Online NDR ('Unzustellbar') as multipart/report with the full original request attached.")
def c040(c):
    sup = Supplier("BZI", "Backzutaten Innviertel GmbH", "bestellung@backzutaten-innviertel.example", "de-AT")
    po = mkpo("4500232318", sup, "jonas", "EUR", "2026-11-23", [
        ("BI-DATEM-25", "Emulsifier DATEM E472e, 25 kg bag", 250, "KG", "6.85", "2026-12-16"),
        ("BI-GLU-25", "Vital wheat gluten 75 %, 25 kg bag", 1000, "KG", "2.15", "2026-12-16"),
    ])
    date = when("2026-11-23 08:12:31", "+0000")
    rcpt = sup.email
    srv = c.exch_server()
    plain = f"""Ihre Nachricht hat folgende Empfänger nicht erreicht:

{rcpt}
Die E-Mail-Adresse, an die Sie Ihre Nachricht gesendet haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenden Sie sich an Ihren E-Mail-Administrator, wenn das Problem weiterhin besteht.

Diagnoseinformationen für Administratoren:

Generierender Server: {srv}.eurprd04.prod.outlook.com

{rcpt}
Remoteserver hat '550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table' zurückgegeben.

Ursprüngliche Nachrichtenkopfzeilen:

From: {po.buyer.name} <{po.buyer.email}>
To: {sup.name} <{rcpt}>
Subject: {po.subject}
Date: {mime.date_header(po.req_dt)}
Message-ID: {po.rid}
"""
    html = (f'<p><b><font color="#000066" size="3" face="Arial">Ihre Nachricht hat folgende Empfänger nicht erreicht:</font></b></p>'
            f'<p><font color="#000000" size="2" face="Tahoma"><a href="mailto:{rcpt}">{rcpt}</a><br>Die E-Mail-Adresse, an die Sie Ihre '
            "Nachricht gesendet haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, "
            "die Nachricht zu senden.</font></p><p><font color=\"#808080\" size=\"2\" face=\"Tahoma\"><b>Diagnoseinformationen für "
            f"Administratoren:</b><br>Generierender Server: {srv}.eurprd04.prod.outlook.com<br><br>{rcpt}<br>Remoteserver hat "
            f"'550 5.1.1 &lt;{rcpt}&gt;: Recipient address rejected: User unknown in local recipient table' zurückgegeben.</font></p>")
    body = mime.multipart("report", [
        mime.multipart("alternative", [mime.text(plain, "plain", "utf-8", "quoted-printable"),
                                       mime.text(wrap_html(html, "exchange", "utf-8"), "html", "utf-8", "quoted-printable")],
                       c.boundary("outlook", "mixed2")),
        mime.delivery_status([
            [("Reporting-MTA", f"dns;{srv}.eurprd04.prod.outlook.com"),
             ("Received-From-MTA", f"dns;{srv}.eurprd04.prod.outlook.com"),
             ("Arrival-Date", mime.date_header(po.req_dt.astimezone(tz("+0000"))))],
            [("Original-Recipient", f"rfc822;{rcpt}"), ("Final-Recipient", f"rfc822;{rcpt}"), ("Action", "failed"),
             ("Status", "5.1.1"), ("Remote-MTA", "dns;mail.backzutaten-innviertel.example"),
             ("Diagnostic-Code", f"smtp;550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table")],
        ]),
        mime.rfc822(request_message(c, po)),
    ], c.boundary("outlook", "alt"), params=[("report-type", "delivery-status")])
    hdrs = [("From", f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{BUYER_DOMAIN}>"),
            ("To", mime.addr(po.buyer.name, po.buyer.email)),
            ("Date", mime.date_header(date)),
            ("Subject", f"Unzustellbar: {po.subject}"),
            ("Message-ID", f"<{c.uuid('ndr')}@{srv}.eurprd04.prod.outlook.com>"),
            ("In-Reply-To", po.rid), ("References", po.rid),
            ("Thread-Topic", po.subject),
            ("Content-Language", "de-DE"),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Auto-Submitted", "auto-replied")]
    eml = mime.message(hdrs, body)
    exp = other("bounce", "Exchange Online non-delivery report in German (Unzustellbar, 550 5.1.1); the attached "
                          "original is our request with its PO table and requested dates, not a supplier answer.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("wipes-bulgarian", "confirmation/bg-BG",
      "Bulgarian windows-1251 base64 body with '10 000 бр.' space thousands and 'г.' after dates; one line later.")
def c041(c):
    sup = Supplier("BGL", "Bebeshka Grizha OOD", "sales@bebeshka-grizha.example", "bg-BG")
    po = mkpo("4500232335", sup, "priya", "EUR", "2026-11-23", [
        ("BW-ALOE-64", "Baby wipes aloe vera, 64 pcs, flip-top lid", 10000, "PCS", "0.82", "2026-12-18"),
        ("BW-BIO-56", "Biodegradable baby wipes 56 pcs, 18x20 cm", 5000, "PCS", "1.14", "2026-12-18"),
        ("BW-BOX-PP", "Refillable wipes box PP, 20x12 cm", 1000, "PCS", "0.95", "2026-12-18"),
    ])
    date = when("2026-11-26 15:44:09", "+0200")
    body = """Здравейте, г-жо Кастеляно,

Благодарим за поръчка № 4500232335. Потвърждаваме:

– поз. 1, мокри кърпи с алое 64 бр.: 10 000 бр. по 0,82 EUR, доставка 18.12.2026 г.
– поз. 2, биоразградими мокри кърпи 56 бр.: 5 000 бр. по 1,14 EUR, доставка 08.01.2027 г. (материалът пристига в края на декември)
– поз. 3, кутия за кърпи PP 20x12 см: 1 000 бр. по 0,95 EUR, доставка 18.12.2026 г.

Поздрави,
Десислава Николова
Търговски отдел
„Бебешка грижа“ ООД
гр. Пловдив 4000, бул. „Кукленско шосе“ 17
тел. +359 32 604 118
"""
    eml = reply(c, po, frm=("Десислава Николова", "d.nikolova@bebeshka-grizha.example"), date=date, body=body,
                client="outlook", lang="bg", prefix="RE:", charset="windows-1251", cte="base64")
    exp = confirmation([(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-08"), 3: acc(po, 3)})],
                       "'64 бр.'/'56 бр.' in the descriptions are wipes per pack, the quantities are '10 000 бр.' "
                       "etc. with space thousands. Line 2 moves to 08.01.2027 г.; lines 1 and 3 as ordered.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("clamp-serbian-partial", "confirmation/sr-RS",
      "Serbian (Latin) confirmation 'sa sledećim izmenama': a reduced quantity without the remainder, a refused line and a new price and date.")
def c042(c):
    sup = Supplier("SIN", "Skele Inženjering d.o.o.", "prodaja@skele-ing.example", "sr-RS")
    po = mkpo("4500232352", sup, "tomasz", "EUR", "2026-11-24", [
        ("SC-FC-48", "Fixed coupler 48.3 mm, pressed steel", 2000, "PCS", "1.95", "2026-12-18"),
        ("SC-SL-48", "Sleeve coupler 48.3 mm", 1000, "PCS", "2.20", "2026-12-18"),
        ("SC-PL-48", "Putlog coupler 48.3 mm", 600, "PCS", "1.70", "2026-12-18"),
        ("SC-BM-48", "Beam clamp 48.3 mm, gravlock type", 200, "PCS", "6.80", "2026-12-18"),
    ])
    date = when("2026-12-01 09:05:44", "+0100")
    body = """Poštovani gospodine Wren,

potvrđujemo porudžbinu br. 4500232352 sa sledećim izmenama:

stavka 1 - fiksna spojnica 48,3 mm: 2.000 kom po 1,95 EUR, isporuka 18.12.2026.
stavka 2 - nastavna spojnica: možemo isporučiti samo 700 kom do 18.12.2026, ostatak ne možemo da obezbedimo
stavka 3 - ovaj tip spojnice više ne proizvodimo, stavku ne možemo da isporučimo
stavka 4 - gredna spojnica: 200 kom po 7,10 EUR, isporuka 15.01.2027.

Srdačan pozdrav,
Nemanja Jovanović
Komercijala
Skele Inženjering d.o.o.
Industrijska zona bb, 21000 Novi Sad, Srbija
Tel: +381 21 6390 127 | Mob: +381 64 220 4418
"""
    eml = reply(c, po, frm=("Nemanja Jovanović", "nemanja.jovanovic@skele-ing.example"), date=date, body=body,
                client="outlook", lang="sr", prefix="RE:", charset="windows-1250")
    exp = confirmation([(po, {
        1: acc(po, 1),
        2: chg(po, 2, quantity=700),
        3: REJ,
        4: chg(po, 4, unit_price="7.10", date="2027-01-15"),
    })], "The order is confirmed 'with the following changes', so unmentioned values stay as ordered: line 2 only "
         "700 of 1000 (remainder cannot be supplied) at the PO price by 18.12.2026; line 3 no longer produced "
         "(rejected); line 4 7,10 EUR and 15.01.2027. '2.000 kom' = 2000.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("rail-slovenian-all-ok", "confirmation/sl-SI",
      "Slovenian Apple Mail reply accepting everything in prose, with the date written '18. 12. 2026' (spaces after the dots).")
def c043(c):
    sup = Supplier("KBL", "Karnise Bled d.o.o.", "prodaja@karnise-bled.example", "sl-SI")
    po = mkpo("4500232370", sup, "mara", "EUR", "2026-11-24", [
        ("CR-ROD-28-240", "Curtain rod steel Ø 28 mm, 240 cm, matt black", 150, "EA", "16.90", "2026-12-18"),
        ("CR-FIN-28", "Finials Ø 28 mm, cube design", 150, "PAIR", "4.30", "2026-12-18"),
        ("CR-RING-28", "Curtain rings Ø 28 mm, 10 per set", 300, "SET", "2.95", "2026-12-18"),
    ])
    date = when("2026-11-30 08:20:36", "+0100")
    body = """Spoštovana ga. Lindqvist,

naročilo 4500232370 potrjujemo v celoti - količine, cene in rok dobave 18. 12. 2026 so taki, kot ste jih navedli.

Lep pozdrav,

Tina Zupan
Prodaja
Karnise Bled d.o.o.
Ljubljanska cesta 31, 4260 Bled
T: +386 4 574 12 60
"""
    att = attribution("apple", "sl-SI", po, tz("+0100"))
    eml = reply(c, po, frm=("Tina Zupan", "tina.zupan@karnise-bled.example"), date=date, body=body,
                client="apple", prefix="Re:", attribution=att)
    exp = confirmation([(po, {n: acc(po, n) for n in (1, 2, 3)})],
                       "Whole order confirmed in one sentence ('potrjujemo v celoti'); the date is written with "
                       "spaces '18. 12. 2026' and equals the requested date; no per-line values are repeated.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("adhesive-prepayment-condition", "needs_review/pt-PT",
      "Portuguese reply would meet quantities, prices and the date only if we accept prepayment: a conditional answer awaiting our decision.")
def c044(c):
    sup = Supplier("CAM", "Colas e Argamassas do Minho, Lda.", "encomendas@colasminho.example", "pt-PT")
    po = mkpo("4500232388", sup, "mara", "EUR", "2026-11-24", [
        ("TA-C2TE-W25", "Tile adhesive C2TE S1 white, 25 kg", 800, "EA", "11.20", "2026-12-18"),
        ("TA-EPX-5", "Epoxy tile adhesive R2T, 5 kg kit", 120, "SET", "38.00", "2026-12-18"),
    ])
    date = when("2026-12-02 10:30:52", "+0000")
    body = """Cara Mara,

Obrigado pela encomenda 4500232388. Conseguimos fornecer as quantidades pedidas aos preços indicados e entregar até 18/12/2026, desde que o pagamento seja feito antecipadamente, uma vez que o vosso limite de crédito se encontra ultrapassado (saldo vencido de 6.412,30 €).

Agradecemos que nos confirmem se aceitam esta condição para podermos avançar com a produção.

Com os melhores cumprimentos,

Rui Alves
Departamento Comercial
Colas e Argamassas do Minho, Lda.
Zona Industrial de Lanheses, Lote 22, 4925-432 Viana do Castelo
Tel. +351 258 731 140
"""
    eml = reply(c, po, frm=("Rui Alves", "rui.alves@colasminho.example"), date=date, body=body, client="outlook",
                lang="pt", prefix="RE:", charset="iso-8859-15")
    exp = other("needs_review", "Quantities, prices and 18/12/2026 would be met only 'desde que' (provided that) we "
                                "pay in advance; the supplier asks us to accept the condition before proceeding, so "
                                "nothing is committed yet. 6.412,30 € is an overdue balance, not a price.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("shade-net-estonian-bottom-post", "confirmation/et-EE",
      "Estonian Thunderbird bottom-post (our quote first, answer below) with weeks written '50. nädal' and '2. nädal 2027'.")
def c045(c):
    sup = Supplier("VVO", "Varjuvõrk OÜ", "muuk@varjuvork.example", "et-EE")
    po = mkpo("4500232401", sup, "mara", "EUR", "2026-11-24", [
        ("SN-40-GR-3X50", "Shade net 40% green, 3 x 50 m", 25, "ROL", "168.00", "2026-12-11"),
        ("SN-ALU-60", "Aluminised thermal screen 60%, 4 x 100 m", 6, "ROL", "1240.00", "2026-12-11"),
        ("SN-ROPE-6", "PP rope 6 mm, 220 m coil", 40, "ROL", "17.50", "2026-12-11"),
    ])
    date = when("2026-12-01 14:10:03", "+0200")
    body = """Tere, Mara!

Kinnitame tellimuse 4500232401:
1) varjuvõrk 40% roheline 3x50 m - 25 rulli, 168,00 EUR/rull, tarne 50. nädal
2) alumiiniumvarjuvõrk 60% 4x100 m - 6 rulli, 1 240,00 EUR/rull, tarne 2. nädal 2027
3) PP köis 6 mm, 220 m - 40 rulli, 17,50 EUR/rull, tarne 50. nädal

Parimate soovidega
-- 
Kadri Tamm
Varjuvõrk OÜ
Tööstuse 47, 10416 Tallinn
+372 655 2184
"""
    att = attribution("thunderbird", "et-EE", po, tz("+0200"))
    eml = reply(c, po, frm=("Kadri Tamm", "kadri.tamm@varjuvork.example"), date=date, body=body,
                client="thunderbird", prefix="Re:", quote="above", attribution=att, html=False, cte="8bit",
                flowed=True)
    exp = confirmation([(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-15"), 3: acc(po, 3)})],
                       "Bottom-posted: the quoted PO comes first and the answer follows. '50. nädal' = Friday "
                       "2026-12-11 (= requested), '2. nädal 2027' = Friday 2027-01-15 for line 2; prices as ordered "
                       "(1 240,00 = 1240.00).")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("sleepers-latvian-split", "confirmation/lv-LV",
      "Latvian reply splitting one line into 450 + 150 pieces ('atlikušos 150 gab.') with dates carrying a trailing dot.")
def c046(c):
    sup = Supplier("BGS", "SIA Baltijas Gulšņi", "pardosana@baltijas-gulsni.example", "lv-LV")
    po = mkpo("4500232420", sup, "tomasz", "EUR", "2026-11-25", [
        ("RS-OAK-2600", "Oak sleeper 2600x250x150 mm, untreated", 400, "EA", "52.00", "2027-01-22"),
        ("RS-BEECH-2600", "Beech sleeper 2600x240x160 mm, creosoted", 600, "EA", "47.50", "2027-01-22"),
    ])
    date = when("2026-12-02 11:00:17", "+0200")
    body = """Labdien, Tomasz!

Apstiprinām pasūtījumu Nr. 4500232420:

1. poz. ozola gulšņi 2600x250x150 mm - 400 gab., 52,00 EUR/gab., piegāde 22.01.2027.
2. poz. dižskābarža gulšņi 2600x240x160 mm - varam piegādāt 450 gab. līdz 22.01.2027., atlikušos 150 gab. - 12.02.2027., cena 47,50 EUR/gab.

Ar cieņu
Jānis Bērziņš
Pārdošanas nodaļa
SIA Baltijas Gulšņi
Rūpniecības iela 18, Jelgava, LV-3001
Tālr. +371 630 27 415
"""
    eml = reply(c, po, frm=("Jānis Bērziņš", "janis.berzins@baltijas-gulsni.example"), date=date, body=body,
                client="outlook", lang="lv", prefix="RE:", charset="windows-1257")
    exp = confirmation([(po, {
        1: acc(po, 1),
        2: chg(po, 2, date="2027-02-12", schedule=[(450, "2027-01-22"), (150, "2027-02-12")]),
    })], "Line 2 is split: 450 by 22.01.2027 and the remaining 150 on 12.02.2027 (schedule, total 600 as ordered, "
         "last date 2027-02-12). Latvian dates may carry a trailing dot ('22.01.2027.'). Line 1 as ordered.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("fishing-net-lithuanian", "confirmation/lt-LT",
      "Lithuanian Gmail reply (base64) with ISO dates and '1 500 m²'; one line later, one line with quantity and price but its date 'patvirtinsime kitą savaitę'.")
def c047(c):
    sup = Supplier("KTU", "UAB Kuršių Tinklai", "pardavimai@kursiu-tinklai.example", "lt-LT")
    po = mkpo("4500232437", sup, "mara", "EUR", "2026-11-25", [
        ("FN-KN-210D", "Knotted nylon netting 210D/12, mesh 20 mm", 1500, "M2", "1.85", "2027-01-08"),
        ("FN-MONO-030", "Monofilament gill net 0.30 mm, mesh 60 mm", 60, "EA", "39.00", "2027-01-08"),
        ("FN-LEAD-12", "Lead core rope 12 kg/100 m", 30, "ROL", "74.00", "2027-01-08"),
    ])
    date = when("2026-12-03 09:50:21", "+0200")
    body = """Laba diena,

patvirtiname užsakymą Nr. 4500232437:

1. Mazguotas tinklas 210D/12, akis 20 mm - 1 500 m², 1,85 EUR/m², pristatymas 2027-01-08
2. Monofilamentinis tinklas 0,30 mm, akis 60 mm - 60 vnt., 39,00 EUR/vnt., pristatymas 2027-01-22
3. Švininė virvė 12 kg/100 m - 30 rit., 74,00 EUR/rit., pristatymo datą patvirtinsime kitą savaitę (laukiame švino siuntos)

Pagarbiai,
Rasa Petrauskienė
Pardavimų vadybininkė
UAB Kuršių Tinklai
Pramonės g. 7, LT-91107 Klaipėda
Tel. +370 46 412 380
"""
    att = attribution("gmail", "lt-LT", po, tz("+0200"))
    eml = reply(c, po, frm=("Rasa Petrauskienė", "rasa.petrauskiene@kursiu-tinklai.example"), date=date, body=body,
                client="gmail", prefix="Re:", attribution=att, cte="base64")
    exp = confirmation([(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-22"), 3: UNC})],
                       "Lithuanian uses ISO dates; '1 500 m²' = 1500 M2 (space thousands); 0,30 mm and 12 kg/100 m "
                       "are item specs. Line 2 moves to 2027-01-22. Line 3 repeats quantity and price but the delivery "
                       "date 'will be confirmed next week' (waiting for lead), so it is addressed without commitment: "
                       "unconfirmed.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("shared-inbox-receipt-bilingual", "auto_reply/nl-BE",
      "Bilingual Dutch/French shared-inbox receipt promising a confirmation within 2 working days, with cut-off and closing dates.")
def c048(c):
    sup = Supplier("GRK", "Gordijnrails Kempen BV", "orders@gordijnrails-kempen.example", "nl-BE")
    po = mkpo("4500232455", sup, "mara", "EUR", "2026-11-25", [
        ("CR-KS20-6M", "Ceiling curtain track KS-20, aluminium, 6 m, white", 120, "EA", "14.80", "2026-12-16"),
        ("CR-KS20-END", "End stop for KS-20 track", 240, "PCS", "0.35", "2026-12-16"),
    ])
    date = when("2026-11-25 09:12:52", "+0100")
    body = """Beste klant,

Wij hebben uw e-mail goed ontvangen. Deze mailbox wordt gedeeld door ons orderteam; u ontvangt binnen 2 werkdagen een orderbevestiging met leverdatum.

Bestellingen die vóór 15 december binnenkomen, worden nog vóór onze kerstsluiting (24/12 - 04/01) geleverd.

-----

Cher client,

Nous avons bien reçu votre e-mail. Cette boîte est partagée par notre équipe commandes ; vous recevrez une confirmation de commande avec date de livraison dans les 2 jours ouvrables.

Les commandes reçues avant le 15 décembre seront livrées avant notre fermeture de Noël (24/12 - 04/01).

Dit is een automatisch bericht - gelieve niet te antwoorden. / Ceci est un message automatique - merci de ne pas répondre.

Gordijnrails Kempen BV | Industriepark 14, 2440 Geel | +32 14 58 90 20
"""
    eml = reply(c, po, frm=("Gordijnrails Kempen - Orders", "orders@gordijnrails-kempen.example"), date=date,
                body=body, client="outlook", lang="nl", locale="nl-BE", quote="none", charset="iso-8859-1",
                subject=f"Ontvangstbevestiging / Accusé de réception: {po.subject}", return_path="<>",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                               ("Precedence", "auto_reply")])
    exp = other("auto_reply", "Automatic receipt from a shared order mailbox in Dutch and French; it only promises a "
                              "confirmation within 2 working days. The dates (15 December cut-off, closing 24/12 - "
                              "04/01) are general, not for this PO.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("dialysis-hebrew-rtl", "confirmation/he-IL",
      "Hebrew right-to-left Outlook reply (windows-1255) sent on a Sunday, mixing Latin item names and numbers; one line moves to January.")
def c049(c):
    sup = Supplier("GMT", "Galil Medical Tubing Ltd.", "orders@galil-medtube.example", "he-IL")
    po = mkpo("4500232472", sup, "priya", "USD", "2026-11-25", [
        ("DT-HD-AV8", "Haemodialysis bloodline set A/V, 8 mm pump segment", 2000, "SET", "4.85", "2026-12-18"),
        ("DT-TP-02", "Transducer protector 0.2 micron, male luer", 4000, "PCS", "0.42", "2026-12-18"),
    ])
    date = when("2026-11-29 10:30:48", "+0200")
    body = """שלום פרייה,

תודה על הזמנת הרכש 4500232472. אנו מאשרים:

שורה 1 - סט קווי דם A/V: 2,000 סטים, מחיר 4.85 USD לסט, אספקה 18/12/2026.
שורה 2 - מגן מתמר 0.2 מיקרון: 4,000 יח', מחיר 0.42 USD ליח', אספקה 08/01/2027 (בשל בדיקות סטריליות).

בברכה,
נועה כהן
מנהלת לקוחות
גליל צנרת רפואית בע"מ
אזור תעשייה בר-לב, משגב
טל' 04-9908812
"""
    eml = reply(c, po, frm=("נועה כהן", "noa.cohen@galil-medtube.example"), date=date, body=body, client="outlook",
                lang="he", prefix="השב:", charset="windows-1255", rtl=True)
    exp = confirmation([(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-08")})],
                       "Right-to-left Hebrew text with embedded Latin numbers: line 1 as ordered (2,000 sets, 4.85, "
                       "18/12/2026), line 2 delivery 08/01/2027 (day-first) instead of 18 Dec.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("winch-arabic-price-approval", "needs_review/ar-AE",
      "Arabic reply with an English summary asking us to approve a higher price before they confirm order and date.")
def c050(c):
    sup = Supplier("GMD", "Gulf Marine Deck Machinery LLC", "sales@gulfdeckmachinery.example", "ar-AE")
    po = mkpo("4500232490", sup, "mara", "USD", "2026-11-26", [
        ("MW-CAP-5T", "Electric capstan 5 t, 440V 60 Hz", 2, "EA", "7350.00", "2027-01-29"),
        ("MW-WRP-24", "Warping drum for 24 mm rope", 2, "EA", "1180.00", "2027-01-29"),
    ])
    date = when("2026-12-01 12:20:05", "+0400")
    body = """السيدة مارا المحترمة،

تحية طيبة وبعد،

نشكركم على أمر الشراء رقم 4500232490. نود إعلامكم بأن سعر الكابستان الكهربائي 5 طن (البند 1) قد ارتفع إلى 7,980 دولار أمريكي للوحدة بسبب ارتفاع أسعار المحركات. يرجى الموافقة على السعر الجديد حتى نتمكن من تأكيد الطلب وتاريخ التسليم.

Kindly approve the revised price of USD 7,980.00 per unit for line 1 so that we can confirm the order and the delivery date.

مع خالص التحية،
خالد المنصوري
مدير المبيعات
Gulf Marine Deck Machinery LLC
Jebel Ali Free Zone, Dubai, UAE
هاتف: +971 4 881 6620
"""
    eml = reply(c, po, frm=("Khalid Al Mansoori", "khalid.almansoori@gulfdeckmachinery.example"), date=date,
                body=body, client="outlook", lang="ar", prefix="رد:", charset="windows-1256", rtl=True)
    exp = other("needs_review", "A proposed price increase for line 1 (USD 7,980 instead of 7,350) that needs our "
                                "approval; the supplier explicitly will confirm order and delivery date only after "
                                "that, so nothing is committed.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("tennis-thai-buddhist-year", "confirmation/th-TH",
      "Thai TIS-620 reply with Buddhist-era dates ('18 ธ.ค. 2569' = 18 Dec 2026, '8 ม.ค. 2570' = 8 Jan 2027).")
def c051(c):
    sup = Supplier("STC", "Siam Tennis Co., Ltd.", "sales@siamtennis.example", "th-TH")
    po = mkpo("4500232505", sup, "tomasz", "USD", "2026-11-26", [
        ("TB-CHAMP-3", "Tennis ball championship, 3-ball can", 2400, "EA", "2.15", "2026-12-18"),
        ("TB-JR-ST2", "Junior tennis ball Stage 2, orange", 3000, "PCS", "0.58", "2026-12-18"),
    ])
    date = when("2026-12-02 14:00:33", "+0700")
    body = """เรียน คุณ Tomasz

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500232505 บริษัทฯ ขอยืนยันรายการดังนี้

1. ลูกเทนนิส Championship (กระป๋อง 3 ลูก) จำนวน 2,400 กระป๋อง ราคา 2.15 USD ต่อกระป๋อง ส่งมอบวันที่ 18 ธ.ค. 2569
2. ลูกเทนนิสเด็ก Stage 2 สีส้ม จำนวน 3,000 ลูก ราคา 0.58 USD ต่อลูก ส่งมอบวันที่ 8 ม.ค. 2570

ขอแสดงความนับถือ
สมชาย วงศ์สุวรรณ
ฝ่ายขายต่างประเทศ
บริษัท สยามเทนนิส จำกัด
99/12 หมู่ 4 ถนนบางนา-ตราด กม. 23 อ.บางเสาธง จ.สมุทรปราการ 10570
โทร. +66 2 315 4470
"""
    eml = reply(c, po, frm=("Somchai Wongsuwan", "somchai.w@siamtennis.example"), date=date, body=body,
                client="outlook", lang="en", prefix="RE:", charset="tis-620", cte="base64", region="apcprd04")
    exp = confirmation([(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-08")})],
                       "Thai dates use the Buddhist era: 2569 BE = 2026 CE, 2570 BE = 2027 CE, with Thai month "
                       "abbreviations (ธ.ค. = December, ม.ค. = January). Line 1 as ordered; line 2 delivered "
                       "8 Jan 2027 instead of 18 Dec. TIS-620 base64.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("tile-newsletter", "unrelated/en-ZA",
      "Monthly newsletter from the supplier's domain with festive closing dates, new prices per bag and order cut-offs, but nothing about the PO.")
def c052(c):
    sup = Supplier("KTA", "Karoo Tile Adhesives (Pty) Ltd", "orders@karootile.example", "en-ZA")
    po = mkpo("4500232522", sup, "mara", "ZAR", "2026-11-26", [
        ("TA-RAP-20", "Rapid-set tile adhesive, 20 kg bag", 500, "EA", "149.00", "2026-12-18"),
        ("TA-GRT-GR5", "Tile grout grey, 5 kg", 300, "EA", "62.50", "2026-12-18"),
    ])
    date = when("2026-11-30 08:00:02", "+0200")
    plain = """KAROO TILE NEWS - December 2026

Howzit from the Karoo Tile team!

1. Festive trading hours
Our Cape Town and Joburg depots close on 18 December 2026 and reopen on 6 January 2027. Orders placed by 11 December ship before the break.

2. New for 2027: FlexiFix Rapid 20 kg
Walk-on after 3 hours, C2FT S1 rated. Launch price R159.00 per 20 kg bag (incl. VAT) until 31 January 2027.

3. Grout colour of the month: Karoo Sand (5 kg tub, R64.90)

4. Site tip: for 600x1200 porcelain, use the 12 mm notched trowel and back-butter every tile.

Happy holidays and safe travels!
The Karoo Tile Adhesives team

Karoo Tile Adhesives (Pty) Ltd | 12 Marine Drive, Paarden Eiland, Cape Town 7405 | +27 21 511 4420
You are receiving this newsletter as a registered trade customer. Unsubscribe: https://news.karootile.example/u/77412
"""
    html = ("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\">"
            "<h2 style=\"color:#b5542b\">KAROO TILE NEWS &ndash; December 2026</h2><p>Howzit from the Karoo Tile team!</p>"
            "<h3>1. Festive trading hours</h3><p>Our Cape Town and Joburg depots close on <b>18 December 2026</b> and reopen on "
            "<b>6 January 2027</b>. Orders placed by 11 December ship before the break.</p>"
            "<h3>2. New for 2027: FlexiFix Rapid 20 kg</h3><p>Walk-on after 3 hours, C2FT S1 rated. Launch price <b>R159.00</b> "
            "per 20 kg bag (incl. VAT) until 31 January 2027.</p>"
            "<h3>3. Grout colour of the month</h3><p>Karoo Sand (5 kg tub, R64.90)</p>"
            "<h3>4. Site tip</h3><p>For 600x1200 porcelain, use the 12 mm notched trowel and back-butter every tile.</p>"
            "<p>Happy holidays and safe travels!<br>The Karoo Tile Adhesives team</p><hr>"
            "<p style=\"font-size:10px;color:#888\">Karoo Tile Adhesives (Pty) Ltd | 12 Marine Drive, Paarden Eiland, Cape Town 7405 | "
            "+27 21 511 4420<br>You are receiving this newsletter as a registered trade customer. "
            "<a href=\"https://news.karootile.example/u/77412\">Unsubscribe</a></p></body></html>\n")
    body = mime.multipart("alternative", [mime.text(plain, "plain", "utf-8", "quoted-printable"),
                                          mime.text(html, "html", "utf-8", "quoted-printable")],
                          f"b1_{c.hex('nl', 32)}")
    hdrs = [("Return-Path", f"<bounces+77412-{c.hex('nlr', 6)}@news.karootile.example>")]
    hdrs += received(c, "mailer", "news.karootile.example", po.buyer.email, date)
    hdrs += [("From", "Karoo Tile Adhesives <news@karootile.example>"),
             ("To", po.buyer.email),
             ("Subject", "Karoo Tile News - December 2026: new 2027 range & festive trading hours"),
             ("Date", mime.date_header(date)),
             ("Message-ID", f"<{c.hex('nlm', 22)}@news.karootile.example>"),
             ("List-Unsubscribe", "<https://news.karootile.example/u/77412>"),
             ("List-Id", "Karoo Tile News <news.karootile.example>"),
             ("Precedence", "bulk"),
             ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
    eml = mime.message(hdrs, body)
    exp = other("unrelated", "A bulk newsletter (List-Id, Precedence: bulk) from the supplier's domain; the dates and "
                             "prices it contains (18 December closing, R159.00 per bag) are general and PO 4500232522 "
                             "is not mentioned.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("pots-indonesian-rupiah", "confirmation/id-ID",
      "Indonesian reply in rupiah where the dot is a thousands separator ('Rp 47.500' = 47500, 'Rp 124.000' = 124000).")
def c053(c):
    sup = Supplier("GKJ", "CV Gerabah Kasongan Jaya", "penjualan@gerabahkasongan.example", "id-ID")
    po = mkpo("4500232540", sup, "mara", "IDR", "2026-11-26", [
        ("TP-KSG-35", "Terracotta planter Kasongan Ø 35 cm", 300, "EA", "47500.00", "2026-12-18"),
        ("TP-KSG-50", "Terracotta planter Ø 50 cm, hand-painted", 120, "EA", "118000.00", "2026-12-18"),
        ("TP-JAR-60", "Terracotta jar 60 cm, 2 handles", 40, "EA", "265000.00", "2027-01-15"),
    ])
    date = when("2026-12-03 10:25:40", "+0700")
    body = """Selamat pagi Ibu Mara,

Terima kasih atas PO 4500232540. Kami konfirmasi sebagai berikut:

1. Pot Kasongan Ø 35 cm - 300 pcs @ Rp 47.500 - kirim 18/12/2026
2. Pot Ø 50 cm lukis tangan - 120 pcs @ Rp 124.000 (ada kenaikan harga cat) - kirim 18/12/2026
3. Guci 60 cm dengan 2 pegangan - 40 pcs @ Rp 265.000 - kirim 22/01/2027

Salam hangat,
Dewi Lestari
Marketing & Export
CV Gerabah Kasongan Jaya
Jl. Kasongan No. 88, Bangunjiwo, Kasihan, Bantul, Yogyakarta 55184
Telp. +62 274 371 220 | WA +62 812 2705 4417
"""
    att = attribution("gmail", "id-ID", po, tz("+0700"))
    eml = reply(c, po, frm=("Dewi Lestari", "dewi.lestari@gerabahkasongan.example"), date=date, body=body,
                client="gmail", prefix="Re:", attribution=att)
    exp = confirmation([(po, {1: acc(po, 1), 2: chg(po, 2, unit_price="124000.00"), 3: chg(po, 3, date="2027-01-22")})],
                       "Rupiah amounts use the dot as thousands separator: Rp 47.500 = 47500 (as PO), Rp 124.000 = "
                       "124000 (PO 118000, changed), Rp 265.000 = 265000. 'kirim' (ship) dates are the only dates; "
                       "line 3 ships 22/01/2027 instead of 15 Jan.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("rails-malay-split", "confirmation/ms-MY",
      "Malay reply: limited stock ships 40 boxes now and the 'baki 20 kotak' later, a split delivery in a sentence.")
def c054(c):
    sup = Supplier("RLP", "Rel Langsir Perdana Sdn. Bhd.", "jualan@rellangsir.example", "ms-MY")
    po = mkpo("4500232558", sup, "priya", "MYR", "2026-11-27", [
        ("CR-HT-3M", "Hospital cubicle curtain track 3 m, aluminium", 80, "EA", "92.00", "2026-12-21"),
        ("CR-HK-50", "Cubicle curtain hooks, box of 50", 60, "BOX", "18.50", "2026-12-21"),
    ])
    date = when("2026-12-04 09:40:11", "+0800")
    body = """Salam sejahtera Cik Priya,

Terima kasih atas pesanan 4500232558. Kami mengesahkan pesanan seperti berikut:

- Item 1 (CR-HT-3M), landasan langsir hospital 3 m: 80 unit @ RM92.00, penghantaran pada 21/12/2026.
- Item 2 (CR-HK-50), cangkuk langsir (50 biji/kotak): stok kami hanya 40 kotak; 40 kotak akan dihantar pada 21/12/2026 dan baki 20 kotak pada 11/01/2027. Harga RM18.50 sekotak.

Terima kasih.

Yang benar,
Nurul Aina binti Hassan
Eksekutif Jualan
Rel Langsir Perdana Sdn. Bhd. (1187420-K)
Lot 22, Jalan Perusahaan 3, Kawasan Perindustrian Bukit Beruntung, 48300 Rawang, Selangor
Tel: +60 3-6028 1145
"""
    eml = reply(c, po, frm=("Nurul Aina Hassan", "nurulaina@rellangsir.example"), date=date, body=body,
                client="outlook", lang="en", prefix="RE:", charset="us-ascii", cte="7bit", html_cte="quoted-printable",
                region="apcprd02")
    exp = confirmation([(po, {
        1: acc(po, 1),
        2: chg(po, 2, date="2027-01-11", schedule=[(40, "2026-12-21"), (20, "2027-01-11")]),
    })], "Line 2: only 40 boxes in stock ship on 21/12/2026 and the balance ('baki') of 20 boxes on 11/01/2027 "
         "(day-first): schedule with total 60 as ordered, last date 2027-01-11. '50 biji/kotak' is pack content.")
    return [po], eml, exp
