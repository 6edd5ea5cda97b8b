# -*- coding: utf-8 -*-
from .common import *


@case("az-az-price-increase-letter", "unrelated", "az-AZ",
      "Azerbaijani general price-increase letter for 2027 with a CSV price list; mentions old prices for orders before year end but not our PO.")
def c():
    p = po("4500032990", "XAMUT", "Xamut Hidravlika MMC", "satis@xamut.example", "az-AZ", "EUR", "2026-11-20", [
        ("XM-12-22", "Hose clamp 12-22 mm, W2", 800, "EA", "0.58", "2027-01-18"),
        ("XM-25-40", "Hose clamp 25-40 mm, W2", 400, "EA", "0.74", "2027-01-18")])
    body = """Hörmətli tərəfdaşlar,

Xammal və enerji xərclərinin artması ilə əlaqədar 1 yanvar 2027-ci il tarixindən etibarən bütün məhsullarımızın qiymətləri orta hesabla 6% artırılacaq.
31.12.2026 tarixinədək təsdiqlənmiş sifarişlər köhnə qiymətlərlə icra olunacaq.
Yeni qiymət siyahısı əlavə olunur.

Hörmətlə,
Xamut Hidravlika MMC
Satış şöbəsi | Bakı, Binəqədi ş., Sənaye küç. 7 | +994 12 345 67 89"""
    csv = ("Kod;Ad;Vahid;Qiymət 2026 EUR;Qiymət 2027 EUR\n"
           "XM-12-22;Xamut 12-22 mm W2;ədəd;0,58;0,61\n"
           "XM-25-40;Xamut 25-40 mm W2;ədəd;0,74;0,78\n"
           "XM-40-60;Xamut 40-60 mm W2;ədəd;0,95;1,01\n").encode("utf-8")
    eml = message(addr("Xamut Hidravlika - Satış", "satis@xamut.example"), buyer_addr(p),
                  "Qiymət artımı haqqında bildiriş / Price increase notice 2027", rfcdate(2026, 11, 23, 9, 0, 0, "+0400"),
                  auto_mid("xamut.example"),
                  multipart("mixed", text(body), attach(csv, "text/csv", "qiymet_siyahisi_2027.csv")))
    e = other("unrelated", "Circular price-increase notice to all customers (not a reply, no PO reference); "
              "it neither confirms nor changes our order.")
    return [p], eml, e


@case("pt-pt-outlook-split", "confirmation", "pt-PT",
      "European Portuguese reply over a Portuguese Outlook quote: one line split across the year end, another line already with a later requested date.")
def c():
    p = po("4500033010", "TABULEIRO", "Tabuleiros Lusos, Lda.", "encomendas@tabuleiros-lusos.example", "pt-PT", "EUR",
           "2026-11-20", [
               ("TD-10", "Oil drain pan 10 L", 40, "EA", "9.80", "2026-12-18"),
               ("TD-16-FUN", "Oil drain pan 16 L with funnel", 30, "EA", "17.60", "2026-12-18"),
               ("TD-COLECTOR", "Mobile oil collector 70 L", 2, "EA", "189.00", "2027-01-15")])
    body = """Boa tarde Sra. Dana Ruiz,

Confirmamos a encomenda n.º 4500033010 nas seguintes condições:

Linha 1: 40 un. a 9,80 € - entrega a 18/12/2026.
Linha 2: 30 un. a 17,60 € - 20 un. a 18/12/2026 e as restantes 10 un. a 8/1/2027.
Linha 3: 2 un. a 189,00 € - entrega a 15/01/2027.

Aos preços acresce IVA à taxa legal em vigor.

Com os melhores cumprimentos,
Rui Almeida
Departamento Comercial
Tabuleiros Lusos, Lda. | Zona Industrial de Águeda, Lote 23 | 3750-101 Águeda
Tel. +351 234 600 120 | NIF 501 234 567"""
    eml = reply(p, body, rfcdate(2026, 11, 23, 15, 20, 0, "+0000"), "Rui Almeida", style="outlook", qlang="pt",
                prefix="RE: ", charset="iso-8859-15")
    e = conf("Lines 1 and 3 as ordered. Line 2: 20 on 2026-12-18 + 10 on 8/1/2027 (day-first, 2027-01-08) -> changed with schedule. "
             "VAT remark is not a price change.",
             answer(p, l2=chg(p, 2, schedule=[(20, "2026-12-18"), (10, "2027-01-08")])))
    return [p], eml, e


@case("ca-es-descatalogat", "confirmation", "ca-ES",
      "Catalan reply: one line confirmed with a weekday date, the other discontinued with an alternative offered but the line cancelled.")
def c():
    p = po("4500033030", "EINESVALL", "Eines del Vallès, S.L.", "comandes@einesvalles.example", "ca-ES", "EUR", "2026-11-20", [
        ("TB-SET-10", "Nut driver set 10 pcs", 30, "SET", "32.00", "2026-12-21"),
        ("TB-7", "Nut driver 7 mm", 60, "EA", "4.10", "2026-12-21")], buyer="jonas")
    body = """Bon dia Jonas,

Us confirmem la comanda 4500033030:

- Línia 1: 30 jocs TB-SET-10 a 32,00 €, lliurament dilluns 21 de desembre.
- Línia 2: el TB-7 s'ha descatalogat i no en tenim estoc. Us podríem servir el TB-7-PRO a 5,20 € si us interessa (caldria una comanda nova); aquesta línia queda anul·lada.

Salutacions,
Montse Puig
Eines del Vallès, S.L. - Polígon Can Roqueta, Sabadell
Tel. 93 712 34 56"""
    eml = reply(p, body, rfcdate(2026, 11, 23, 12, 40, 0, "+0100"), "Montse Puig", style="gmail", prefix="Re: ",
                charset="iso-8859-15")
    e = conf("Line 1 Monday 21 December (2026-12-21) as ordered -> accepted. Line 2 discontinued and cancelled -> rejected; the TB-7-PRO is only an offer.",
             answer(p, l2=REJ))
    return [p], eml, e


@case("es-cl-google-dsn", "bounce", "es-CL",
      "Google Workspace 'Delivery Status Notification (Failure)' for a Chilean supplier whose domain does not resolve; quotes our PO mail.")
def c():
    p = po("4500033050", "FERRAUSTRAL", "Ferretería Austral SpA", "ventas@ferraustral.example", "es-CL", "USD", "2026-11-20", [
        ("BID-20", "Jerry can 20 L, HDPE", 120, "EA", "7.90", "2027-02-01")])
    t = """** Address not found **

Your message wasn't delivered to ventas@ferraustral.example because the domain ferraustral.example couldn't be found. Check for typos or unnecessary spaces and try again.

Learn more here: https://support.google.com/mail/answer/6596

The response was:

DNS Error: DNS type 'mx' lookup of ferraustral.example responded with code NXDOMAIN
Domain name not found: ferraustral.example
"""
    h = html(html_wrap("<h2>Address not found</h2><p>Your message wasn't delivered to <b>ventas@ferraustral.example</b> "
                       "because the domain ferraustral.example couldn't be found.</p><p>The response was:</p>"
                       "<p>DNS Error: DNS type 'mx' lookup of ferraustral.example responded with code NXDOMAIN</p>"))
    ds = Part([("Content-Type", "message/delivery-status")],
              b"Reporting-MTA: dns; googlemail.com\nArrival-Date: Fri, 20 Nov 2026 07:12:05 +0000 (UTC)\n"
              b"X-Original-Message-ID: " + p["request_message_id"].encode() + b"\n\n"
              b"Final-Recipient: rfc822; ventas@ferraustral.example\nAction: failed\nStatus: 5.1.2\n"
              b"Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of ferraustral.example responded with code NXDOMAIN\n"
              b"Last-Attempt-Date: Fri, 20 Nov 2026 07:12:07 +0000 (UTC)\n")
    orig = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nContent-Type: text/plain; charset=\"UTF-8\"\n\n%s" % (
        buyer_addr(p), p["supplier"]["email"], request_subject(p), request_date(p), p["request_message_id"],
        request_text(p))).encode()
    body = multipart("report", multipart("related", multipart("alternative", text(t, "UTF-8", "quoted-printable"), h)),
                     ds, rfc822(orig))
    body.headers[0] = ("Content-Type", body.headers[0][1].replace("multipart/report;", "multipart/report; report-type=delivery-status;"))
    eml = message("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", p["buyer"]["email"],
                  "Delivery Status Notification (Failure)", rfcdate(2026, 11, 20, 7, 12, 8, "+0000"),
                  "<67a1c2f0.050a0220.3b1f2c.9d8eSMTPIN_ADDED_MISSING@mx.google.com>", body,
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=[("Auto-Submitted", "auto-replied")])
    e = other("bounce", "Gmail DSN: domain not found. Carries In-Reply-To to our request but is a bounce.")
    return [p], eml, e


@case("af-za-staalprys", "confirmation", "af-ZA",
      "Afrikaans reply with 'R 412,50' decimal-comma rand prices and a steel price increase from 1 December on one line.")
def c():
    p = po("4500033070", "KANNEKOR", "Kannekor (Edms) Bpk", "bestellings@kannekor.example", "af-ZA", "ZAR", "2026-11-23", [
        ("KAN-20", "Jerry can 20 L, steel", 60, "EA", "389.00", "2027-01-19"),
        ("KAN-TUIT", "Jerry can spout", 60, "EA", "45.50", "2027-01-19")])
    body = """Goeie dag Dana

Baie dankie vir u bestelling 4500033070. Ons bevestig soos volg:

KAN-20: 60 eenhede teen R 412,50 elk (staalprysverhoging vanaf 1 Desember), aflewering 19 Januarie 2027.
KAN-TUIT: 60 eenhede teen R 45,50 elk, aflewering 19 Januarie 2027.

Groete
Pieter van der Merwe
Verkope | Kannekor (Edms) Bpk
Bloemfontein | Tel 051 447 1234 | BTW-nr 4123456789"""
    eml = reply(p, body, rfcdate(2026, 11, 24, 9, 15, 0, "+0200"), "Pieter van der Merwe", style="outlook", prefix="RE: ")
    e = conf("Line 1 price R 412,50 = 412.50 (PO 389.00) -> changed; line 2 as ordered; both 2027-01-19.",
             answer(p, l1=chg(p, 1, price="412.50")))
    return [p], eml, e


@case("en-za-sendmail-host-unknown", "bounce", "en-ZA",
      "Classic Sendmail 'Returned mail: see transcript for details' (host unknown) with transcript and returned headers.")
def c():
    p = po("4500033090", "VOLTPACK", "VoltPack Distributors (Pty) Ltd", "orders@voltpack.example", "en-ZA", "ZAR", "2026-11-23", [
        ("VP-18-5", "Battery pack 18 V 5.0 Ah", 40, "EA", "1195.00", "2027-01-14")], buyer="marek")
    t = """The original message was received at Mon, 23 Nov 2026 08:12:05 +0100
from erp01.kestrel-tools.example [10.20.1.15]

   ----- The following addresses had permanent fatal errors -----
<orders@voltpack.example>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <orders@voltpack.example>... Host unknown (Name server: voltpack.example: host not found)
"""
    ds = Part([("Content-Type", "message/delivery-status")],
              b"Reporting-MTA: dns; relay2.kestrel-tools.example\nReceived-From-MTA: DNS; erp01.kestrel-tools.example\n"
              b"Arrival-Date: Mon, 23 Nov 2026 08:12:05 +0100\n\nFinal-Recipient: RFC822; orders@voltpack.example\n"
              b"Action: failed\nStatus: 5.1.2\nRemote-MTA: DNS; voltpack.example\nLast-Attempt-Date: Mon, 23 Nov 2026 08:12:06 +0100\n")
    hd = Part([("Content-Type", "text/rfc822-headers")],
              ("Return-Path: <marek.havel@kestrel-tools.example>\nFrom: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n" % (
                  buyer_addr(p), p["supplier"]["email"], request_subject(p), request_date(p), p["request_message_id"])).encode())
    body = multipart("report", text(t, "us-ascii", "7bit"), ds, hd)
    body.headers[0] = ("Content-Type", body.headers[0][1].replace("multipart/report;", "multipart/report; report-type=delivery-status;"))
    eml = message("Mail Delivery Subsystem <MAILER-DAEMON@relay2.kestrel-tools.example>", p["buyer"]["email"],
                  "Returned mail: see transcript for details", rfcdate(2026, 11, 23, 8, 12, 6, "+0100"),
                  "<202611230712.2AN7C6aQ019283@relay2.kestrel-tools.example>", body,
                  extra=[("Auto-Submitted", "auto-generated (failure)")])
    e = other("bounce", "Sendmail DSN, host unknown.")
    return [p], eml, e


@case("en-sg-noted-will-revert", "needs_review", "en-SG",
      "Singapore-English 'Noted with thanks' holding reply promising the order confirmation by next Wednesday.")
def c():
    p = po("4500033110", "AIRFLOWSG", "AirFlow Engineering Pte Ltd", "sales@airflow-eng.example", "en-SG", "SGD", "2026-11-23", [
        ("AF-EXH-250", "Exhaust fan 250 mm, ceiling", 30, "EA", "58.00", "2027-01-11"),
        ("AF-EXH-350", "Exhaust fan 350 mm, wall", 15, "EA", "96.00", "2027-01-11")])
    body = """Hi Dana,

Noted with thanks on your PO. Our sales team will check the stock with principal and revert with the OC by next Wed.

Regards,
Jasmine Tan
Sales Admin | AirFlow Engineering Pte Ltd
10 Ubi Crescent #05-12 Ubi Techpark S(408564)
T: +65 6741 2233 | Co. Reg. No. 200912345K"""
    eml = reply(p, body, rfcdate(2026, 11, 24, 10, 2, 0, "+0800"), "Jasmine Tan", style="outlook", prefix="RE: ", cte="7bit",
                charset="us-ascii")
    e = other("needs_review", "'Noted' is only a receipt; the order confirmation (OC) is promised for next Wednesday. No commitment.")
    return [p], eml, e


@case("mt-mt-maltese-short-qty", "confirmation", "mt-MT",
      "Maltese reply (with English trade terms): one line as ordered, the other only 3 of 4 available with nothing further promised.")
def c():
    p = po("4500033130", "RIVETMT", "Malta Rivet Supplies Ltd", "orders@maltarivet.example", "mt-MT", "EUR", "2026-11-23", [
        ("RV-HAND-48", "Hand riveter 4.8 mm", 12, "EA", "27.50", "2026-12-17"),
        ("RV-LAZY-64", "Lazy-tong riveter 6.4 mm", 4, "EA", "96.00", "2026-12-17")])
    body = """Għażiża Dana,

Grazzi tal-ordni numru 4500033130. Nikkonfermaw:
- RV-HAND-48: 12-il biċċa bil-prezz ta' €27.50, kunsinna fis-17 ta' Diċembru 2026.
- RV-LAZY-64: għandna 3 biss fl-istokk u l-mudell mhux se jerġa' jiġi, allura nibagħtu 3 biċċiet bil-prezz ta' €96.00, kunsinna fis-17 ta' Diċembru 2026.

Sellimli,
Joseph Camilleri
Malta Rivet Supplies Ltd | Mosta Technopark | Tel: 2143 5678 | VAT MT12345678"""
    eml = reply(p, body, rfcdate(2026, 11, 24, 11, 0, 0, "+0100"), "Joseph Camilleri", style="gmail", prefix="Re: ")
    e = conf("Line 1 accepted. Line 2 only 3 of 4 and the model will not come again -> changed qty 3, price and date as PO.",
             answer(p, l2=chg(p, 2, qty=3)))
    return [p], eml, e


@case("en-ie-erp-pdf-split", "confirmation", "en-IE",
      "Irish ERP mail with a PDF sales order acknowledgement: a split delivery and a changed price appear only inside the PDF.")
def c():
    p = po("4500033150", "LIFFEYLT", "Liffey Lighting & Tools Ltd", "sales@liffeylighting.example", "en-IE", "EUR", "2026-11-24", [
        ("WL-TWIN-80", "Twin-head LED work light on tripod 2x40 W", 10, "EA", "119.00", "2026-12-11"),
        ("WL-MAG-INS", "Magnetic LED inspection light", 50, "EA", "17.95", "2026-12-11"),
        ("EXT-REEL-25", "Extension cable reel 25 m", 10, "EA", "48.00", "2026-12-11")], buyer="jonas")
    body = """Dear Customer,

Please find attached Sales Order Acknowledgement SO-118274 for your order 4500033150.
Please check the acknowledgement carefully and advise of any discrepancies within 2 working days.

Kind regards,
Sales Office
Liffey Lighting & Tools Ltd, Unit 7 Ballymount Industrial Estate, Dublin 12, D12 X2Y3
Tel +353 1 456 7890 | Registered in Ireland No. 345678 | VAT IE6345678K

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it."""
    lines = ["LIFFEY LIGHTING & TOOLS LTD", "SALES ORDER ACKNOWLEDGEMENT   SO-118274", "Date: 25/11/2026",
             "Customer: Kestrel Tools GmbH (KES001)      Customer Order No: 4500033150", "",
             "Ln  Product       Description                          Qty   Unit Price   Del. Date",
             "1   WL-TWIN-80    Twin-head LED work light 2x40W        10      119.00    11/12/2026",
             "2   WL-MAG-INS    Magnetic LED inspection light         30       17.95    11/12/2026",
             "                                                        20       17.95    08/01/2027",
             "3   EXT-REEL-25   Extension reel 25m 3G1.5              10       49.90    11/12/2026",
             "", "All prices in EUR excl. VAT.  Goods total: 2,586.50", "Terms: 30 days nett. Carriage paid."]
    att = attach(pdf(lines, "Sales Order Acknowledgement SO-118274"), "application/pdf", "SO-118274.pdf")
    eml = reply(p, body, rfcdate(2026, 11, 25, 7, 45, 0, "+0000"), "Liffey Lighting Sales Office",
                "noreply@liffeylighting.example", style=None, prefix="",
                subject="Sales Order Acknowledgement SO-118274 - Your Ref 4500033150", thread=False,
                attachments=[att], cte="7bit", charset="us-ascii")
    e = conf("PDF (day-first): line 1 as ordered; line 2 30 on 2026-12-11 + 20 on 2027-01-08 -> changed with schedule; "
             "line 3 price 49.90 (PO 48.00) -> changed. Goods total 1190 + 897.50 + 499 = 2,586.50 checks.",
             answer(p, l2=chg(p, 2, schedule=[(30, "2026-12-11"), (20, "2027-01-08")]), l3=chg(p, 3, price="49.90")))
    return [p], eml, e


@case("sq-al-vat-lc-question", "needs_review", "sq-AL",
      "Albanian reply asking whether prices include VAT and whether a letter of credit is acceptable before confirming.")
def c():
    p = po("4500033170", "TRAPANO", "Trapano Shpk", "shitje@trapano.example", "sq-AL", "EUR", "2026-11-24", [
        ("TR-HSS-10", "HSS drill bit 10 mm", 100, "EA", "2.10", "2027-01-25"),
        ("TR-BET-SET", "Masonry drill bit set 5 pcs", 40, "SET", "6.80", "2027-01-25")], buyer="marek")
    body = """Përshëndetje z. Havel,

Faleminderit për porosinë 4500033170.
Para se ta konfirmojmë, ju lutem na tregoni:
1) A janë çmimet me apo pa TVSH?
2) A pranoni pagesë me akreditiv në vend të 30 ditëve?

Do t'ju konfirmojmë sasitë dhe datat brenda 2 ditësh pas përgjigjes suaj.

Me respekt,
Arben Hoxha
Trapano Shpk, Durrës | Tel. +355 52 123 456 | NIPT K12345678A"""
    eml = reply(p, body, rfcdate(2026, 11, 25, 10, 0, 0, "+0100"), "Arben Hoxha", style="gmail", prefix="Re: ")
    e = other("needs_review", "Two questions before confirming; quantities and dates explicitly deferred.")
    return [p], eml, e


@case("ru-kz-tenge-ship-delivery", "confirmation", "ru-KZ",
      "Russian from Kazakhstan with тг amounts and space thousands; warehouse dispatch date and delivery date both given (delivery wins), prices ex VAT; everything as ordered.")
def c():
    p = po("4500033190", "ALMASVET", "TOO Almaty Svet", "zakaz@almatysvet.example", "ru-KZ", "KZT", "2026-11-24", [
        ("SV-LED-100", "LED floodlight work light 100 W", 20, "EA", "18500.00", "2027-02-01"),
        ("SV-TRIPOD", "Tripod stand 1.8 m", 20, "EA", "7900.00", "2027-02-01")], buyer="priya")
    body = """Здравствуйте, Прия!

Подтверждаем заказ № 4500033190 в полном объёме:
- прожектор светодиодный 100 Вт (SV-LED-100) - 20 шт. по 18 500,00 тг;
- штатив 1,8 м (SV-TRIPOD) - 20 шт. по 7 900,00 тг.

Отгрузка со склада в Алматы 25 января, поставка к Вам 1 февраля 2027 г.
Цены указаны без НДС. Оплата по договору: 30 дней.

С уважением,
Айгерим Нурланова
ТОО "Алматы Свет" | БИН 123456789012 | +7 727 355 12 34"""
    eml = reply(p, body, rfcdate(2026, 11, 25, 15, 0, 0, "+0500"), "Айгерим Нурланова", style="gt", prefix="RE: ",
                charset="windows-1251")
    e = conf("Everything as ordered; delivery 1 Feb 2027 wins over the 25 January dispatch -> both lines accepted.",
             answer(p))
    return [p], eml, e


@case("mn-mn-contradictory-qty", "needs_review", "mn-MN",
      "Mongolian reply that says 'fully confirmed as ordered' but its own table lists 30 instead of 50 on one line with no explanation.")
def c():
    p = po("4500033210", "MONSORON", "Mon Soronzon LLC", "sales@monsoronzon.example", "mn-MN", "USD", "2026-11-24", [
        ("MS-SW-45", "Magnetic sweeper 45 cm", 50, "EA", "21.00", "2027-01-29"),
        ("MS-SW-90W", "Magnetic sweeper 90 cm, wheeled", 10, "EA", "58.00", "2027-01-29")])
    body = """Сайн байна уу, Дана!

Таны 4500033210 дугаартай захиалгыг захиалгын дагуу бүрэн баталгаажуулж байна.

MS-SW-45     30 ш   21.00 USD   2027.01.29
MS-SW-90W    10 ш   58.00 USD   2027.01.29

Хүндэтгэсэн,
Бат-Эрдэнэ
Мон Соронзон ХХК, Улаанбаатар | +976 7011 2233"""
    eml = reply(p, body, rfcdate(2026, 11, 26, 9, 30, 0, "+0800"), "Bat-Erdene", style="gmail", prefix="Re: ", cte="base64")
    e = other("needs_review", "Contradiction: text says fully confirmed as ordered, the table says 30 of 50 for line 1. "
              "A buyer cannot tell whether 30 or 50 is committed and has to ask.")
    return [p], eml, e


@case("en-ng-letterhead-request", "needs_review", "en-NG",
      "Nigerian-English reply asking for a signed and stamped PO on letterhead before management will confirm.")
def c():
    p = po("4500033230", "LAGOSHSE", "Lagos HSE Supplies Ltd", "sales@lagoshse.example", "en-NG", "USD", "2026-11-25", [
        ("LH-SPILL-120", "Spill kit 120 L, oil only", 8, "SET", "142.00", "2027-02-05"),
        ("LH-PADS", "Absorbent pads, box of 100", 20, "BOX", "38.00", "2027-02-05")])
    body = """Good afternoon Ma,

Thank you for your mail. Kindly note that our management requires an official PO on your company letterhead, duly signed and stamped, before we can process and send you our order confirmation/proforma.

Please send at your earliest convenience.

Best regards,
Chinedu Okafor
Sales Executive, Lagos HSE Supplies Ltd
14 Creek Road, Apapa, Lagos | +234 803 123 4567 | RC 1234567"""
    eml = reply(p, body, rfcdate(2026, 11, 26, 14, 10, 0, "+0100"), "Chinedu Okafor", style="outlook", prefix="RE: ",
                cte="7bit", charset="us-ascii")
    e = other("needs_review", "Request for a formal signed PO before confirming; nothing committed.")
    return [p], eml, e


@case("es-co-aviso-despacho", "unrelated", "es-CO",
      "Colombian shipping notice (aviso de despacho) with a tracking number for a different, earlier PO; same items as our open PO.")
def c():
    p = po("4500033250", "BARREMAG", "Barredoras Magnéticas de Colombia S.A.S.", "logistica@barremag.example", "es-CO", "USD",
           "2026-11-25", [
               ("BM-60", "Magnetic sweeper 60 cm", 20, "EA", "34.00", "2027-02-12")])
    body = """Buenas tardes,

Les informamos que su pedido 4500030555 fue despachado hoy 26/11/2026.

Transportadora: Servientrega Internacional
Guía No.: 2045 6789 1123
Contenido: 15 barredoras magnéticas BM-60, 2 cajas, 38,5 kg
Fecha estimada de llegada a Stuttgart: 10/12/2026

Cordial saludo,
Logística - Barredoras Magnéticas de Colombia S.A.S.
Calle 13 # 65-21, Bogotá D.C. | PBX (601) 745 1200 | NIT 900.123.456-7"""
    eml = reply(p, body, rfcdate(2026, 11, 26, 16, 30, 0, "-0500"), "Logística BarreMag", style=None,
                subject="Aviso de despacho pedido 4500030555 - Guía 2045 6789 1123", thread=False, charset="iso-8859-1")
    e = other("unrelated", "Shipping notice for PO 4500030555 (not open here); the open PO 4500033250 is not answered.")
    return [p], eml, e


@case("nl-be-html-only-schrappen", "confirmation", "nl-BE",
      "Flemish HTML-only reply: weekday date in d/mm form, new price per kg on one line, a line struck ('geschrapt').")
def c():
    p = po("4500033270", "SLAGLIJN", "Slaglijn Gereedschappen BV", "bestellingen@slaglijn.example", "nl-BE", "EUR",
           "2026-11-25", [
               ("SL-30", "Chalk line reel 30 m", 48, "EA", "6.95", "2026-12-17"),
               ("SL-POEDER-BL", "Chalk powder blue", 30, "KG", "3.20", "2026-12-17"),
               ("SL-SET-PRO", "Chalk line set pro with 3 powders", 12, "SET", "24.50", "2026-12-17")])
    hb = ("<p>Beste Dana,</p><p>Wij bevestigen uw bestelling 4500033270 met volgende opmerkingen:</p><ul>"
          "<li>Lijn 1 (SL-30): ok, levering donderdag 17/12.</li>"
          "<li>Lijn 2 (SL-POEDER-BL): nieuwe prijs &euro; 3,45/kg vanaf 1/12, levering 17/12.</li>"
          "<li>Lijn 3 (SL-SET-PRO): niet meer leverbaar, wordt geschrapt.</li></ul>"
          "<p>Met vriendelijke groeten,<br>Wouter Peeters<br>Slaglijn Gereedschappen BV<br>Noorderlaan 110, 2030 Antwerpen"
          "<br>T +32 3 541 22 33 | BTW BE 0456.789.123</p>")
    eml = reply(p, "", rfcdate(2026, 11, 26, 11, 20, 0, "+0100"), "Wouter Peeters", style="gmail", prefix="RE: ",
                html_body=hb, html_only=True)
    e = conf("Line 1 Thursday 17/12 = 2026-12-17 -> accepted. Line 2 3.45 per kg (PO uom KG, 3.20) -> changed. "
             "Line 3 no longer available -> rejected.",
             answer(p, l2=chg(p, 2, price="3.45"), l3=REJ))
    return [p], eml, e


@case("de-de-inline-kw-selbstbelieferung", "confirmation", "de-DE",
      "German answers written inline into our quoted Outlook table: 'Dienstag KW 50', a price from 1.12., a run-out quantity, one line still open, and the 'Selbstbelieferung' boilerplate.")
def c():
    p = po("4500033290", "AKKUWERK", "Akkuwerk Schmidt GmbH & Co. KG", "vertrieb@akkuwerk-schmidt.example", "de-DE", "EUR",
           "2026-11-20", [
               ("SS-18V-BL", "Impact driver 18 V brushless, bare tool", 40, "EA", "94.00", "2026-12-08"),
               ("AK-18V-4.0", "Battery pack 18 V 4.0 Ah", 80, "EA", "49.50", "2026-12-08"),
               ("LG-18V-FAST", "Fast charger 18 V", 40, "EA", "29.90", "2026-12-08"),
               ("KO-L-BOXX", "Tool case L, stackable", 40, "EA", "18.00", "2026-12-08")])
    ans = {1: "--> OK, Lieferung Dienstag KW 50",
           2: "--> Preis ab 1.12. 52,90 EUR/Stk., Termin wie gewünscht",
           3: "--> nur noch 25 Stk. verfügbar (Auslaufmodell), Rest entfällt. Termin wie gewünscht",
           4: "--> klären wir noch mit dem Hersteller, Rückmeldung bis Freitag"}
    out = []
    for ln in request_text(p).split("\n"):
        out.append(ln)
        for k, v in ans.items():
            if ln.startswith("%-5s %s" % (k, L(p, k)["item"])):
                out.append("      " + v)
    body = ("Hallo Frau Ruiz,\n\nAntworten unten im Text (mit --> markiert).\n"
            "Alle Lieferungen vorbehaltlich richtiger und rechtzeitiger Selbstbelieferung.\n\n"
            "Gruß\nThomas Krüger\nVertriebsinnendienst\n\nAkkuwerk Schmidt GmbH & Co. KG\nGewerbepark Nord 17, 33602 Bielefeld\n"
            "Tel. +49 521 98765-230 | Fax -299\nAmtsgericht Bielefeld HRA 12345 | USt-IdNr. DE123456789\n"
            "Komplementärin: Akkuwerk Schmidt Verwaltungs-GmbH, AG Bielefeld HRB 54321 | Geschäftsführer: Dr. Hans Schmidt\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: Dana Ruiz <dana.ruiz@kestrel-tools.example>\n"
            "Gesendet: Freitag, 20. November 2026 08:12\nAn: vertrieb@akkuwerk-schmidt.example\nBetreff: " +
            request_subject(p) + "\n\n" + "\n".join(out))
    hb = ("<p>Hallo Frau Ruiz,</p><p>Antworten unten im Text (<span style=\"color:red\">rot</span>).<br>"
          "Alle Lieferungen vorbehaltlich richtiger und rechtzeitiger Selbstbelieferung.</p><p>Gruß<br>Thomas Krüger<br>"
          "Vertriebsinnendienst</p><hr><p><b>Von:</b> Dana Ruiz<br><b>Gesendet:</b> Freitag, 20. November 2026 08:12<br>"
          "<b>Betreff:</b> " + esc(request_subject(p)) + "</p>" +
          '<table border="1"><tr><th>Line</th><th>Item</th><th>Qty</th><th>Unit price</th><th>Need by</th><th></th></tr>' +
          "".join('<tr><td>%d</td><td>%s</td><td>%d %s</td><td>%s EUR</td><td>%s</td><td style="color:red">%s</td></tr>' % (
              l["line"], l["item"], l["quantity"], l["uom"], l["unit_price"], l["requested_date"],
              esc(ans[l["line"]].replace("--> ", ""))) for l in p["lines"]) + "</table>")
    eml = reply(p, body, rfcdate(2026, 11, 23, 14, 37, 0, "+0100"), "Krüger, Thomas", "t.krueger@akkuwerk-schmidt.example",
                style=None, prefix="AW: ", html_body=hb)
    e = conf("Inline answers: line 1 Tuesday of KW 50 = 2026-12-08 = requested -> accepted. Line 2 price 52.90 -> changed. "
             "Line 3 only 25 of 40, rest cancelled -> changed qty 25. Line 4 still being clarified -> unconfirmed. "
             "'vorbehaltlich Selbstbelieferung' is standard boilerplate, not a withheld confirmation.",
             answer(p, l2=chg(p, 2, price="52.90"), l3=chg(p, 3, qty=25), l4=UNC))
    return [p], eml, e
