# -*- coding: utf-8 -*-
"""Cases 054-070."""
from .common import (case, sup, po, labels, expected, build, addr, rfcdate, req_text, req_html, req_subject,
                     outlook_quote, gt, DE_OUTLOOK, html_wrap, text_to_html, esc, attachment, make_pdf,
                     message, multipart, text, dsn_part, original_request_part, req_rfcdate, bnd, Part)


@case("nailgun-taiwan-big5-roc-dates", "confirmation", "zh-TW",
      "Traditional Chinese in Big5 with ROC (Minguo) calendar dates '115/12/18' and '116/01/15' (115 = 2026); line 2 price and date changed.")
def c054():
    s = sup("TAIFENG", "Taifeng Pneumatic Tools Co., Ltd.", "sales@taifeng-tools.example", "zh-TW")
    p = po("4500032366", s, "marek", "TWD", "2026-11-20", [
        ("NG-PIN-23", "Pin nailer 23 Ga, 12-35 mm", 30, "EA", "2150", "2026-12-18"),
        ("NG-STP-9040", "Crown stapler 90 series, 16-40 mm", 20, "EA", "2780", "2026-12-18")])
    body = """Marek 先生您好：

感謝貴公司訂單 4500032366，回覆如下：

項次1　23號蚊釘槍（NG-PIN-23）：數量 30 台，單價 NT$2,150，交期 115/12/18。
項次2　90系列釘槍（NG-STP-9040）：數量 20 台，因原物料上漲單價調整為 NT$2,880，交期 116/01/15。

以上報價未稅。如有任何問題，請隨時與我聯絡。

順頌 商祺
業務部 陳怡君
台豐氣動工具股份有限公司
TEL: 04-2359-1234 分機 215　FAX: 04-2359-5678
"""
    eml = build(p, addr("陳怡君", "yichun.chen@taifeng-tools.example", "big5"), rfcdate(2026, 11, 23, 10, 5, 0, "+0800"),
                "<000c01dc5d3e$11223344$55667788@taifeng-tools.example>",
                body + "\n-----Original Message-----\nFrom: Marek Novak [mailto:marek.novak@kestrelworks.example]\nSent: Friday, November 20, 2026 4:42 PM\nTo: sales@taifeng-tools.example\nSubject: Purchase order 4500032366 - please confirm\n\n" + req_text(p),
                charset="big5", cte="base64", hdr_charset="big5")
    return [p], eml, expected("confirmation", "ROC year 115 = 2026, 116 = 2027. Line 1 as ordered (115/12/18 = 2026-12-18). Line 2 price 2880 (was 2780) and date 2027-01-15.",
                              [labels(p, {1: "A", 2: {"p": "2880", "d": "2027-01-15"}})])


@case("solder-georgian-english-price-pending", "confirmation", "ka-GE",
      "English as a Georgian distributor writes it: line 1 reduced to 10 from stock, line 2 quantity/date fine but 'price will be confirmed by the factory next week' -> unconfirmed.")
def c055():
    s = sup("KAVKASOLD", "Kavkasia Electronics LLC", "sales@kavkasia-el.example", "ka-GE")
    p = po("4500032381", s, "marek", "EUR", "2026-11-20", [
        ("SW-SN99-10", "Solder wire Sn99.3Cu0.7 1.0 mm, 1 kg reel", 12, "ROL", "48.00", "2026-12-14"),
        ("SW-FLUX-05", "Solder wire flux-cored 0.5 mm, 250 g", 20, "ROL", "16.50", "2026-12-14")])
    body = """გამარჯობა Marek,

Thank you for the order 4500032381.

Position 1 - we have only 10 reels on stock, so we confirm 10 reels x 48,00 EUR, delivery until 14.12.2026. Remaining 2 reels we cannot supply, the model is going out.
Position 2 - 20 reels, delivery 14.12.2026 is possible, but the price will be confirmed by the factory next week (they announced new prices for 2027).

Best regards,
Giorgi Beridze
Sales manager
Kavkasia Electronics LLC | 14 Tsereteli Ave, Tbilisi 0119
Tel: +995 32 2 12 34 56 | Mob: +995 599 12 34 56
"""
    eml = build(p, addr("Giorgi Beridze", "g.beridze@kavkasia-el.example"), rfcdate(2026, 11, 23, 13, 40, 0, "+0400"),
                "<CAR2sT3uV4wX5yZ6aB7@mail.gmail.example>", body + "\nOn Fri, Nov 20, 2026 at 1:42 PM Marek Novak <marek.novak@kestrelworks.example> wrote:\n\n" + gt(req_text(p)),
                prefix="Re: ")
    return [p], eml, expected("confirmation", "Line 1: 10 of 12 confirmed (remaining 2 will not be supplied), price/date as PO -> changed quantity 10. Line 2: price still open ('will be confirmed next week') -> unconfirmed.",
                              [labels(p, {1: {"q": 10}, 2: "U"})])


@case("grabbar-armenia-incoterms-question", "needs_review", "hy-AM",
      "English from an Armenian supplier asking who arranges transport (EXW vs DAP) and for a delivery address confirmation before it can confirm price and date.")
def c056():
    s = sup("ARMSTEEL", "Ararat Steelworks CJSC", "export@araratsteel.example", "hy-AM")
    p = po("4500032396", s, "dana", "USD", "2026-11-20", [
        ("GB-SS-450", "Grab bar stainless steel 450 mm, satin", 60, "EA", "17.80", "2027-01-22"),
        ("GB-SS-900", "Grab bar stainless steel 900 mm, satin", 30, "EA", "26.40", "2027-01-22")])
    body = """Բարեւ Ձեզ, Dana,

Thank you for your purchase order 4500032396.

Before we can confirm price and delivery we need two things from your side:
1) Our offer was EXW Yerevan. Your PO says delivered to Portsfield. Do you arrange the transport yourself, or should we quote DAP? The DAP price would be higher.
2) Please confirm the delivery address and if a pallet delivery with tail-lift is possible.

After your answer we will send the order confirmation within 2 days.

Best regards,
Armen Grigoryan
Export Department, Ararat Steelworks CJSC
+374 10 123456 | +374 91 123456
"""
    eml = build(p, addr("Armen Grigoryan", "a.grigoryan@araratsteel.example"), rfcdate(2026, 11, 23, 14, 0, 0, "+0400"),
                "<20261123100000.armen@araratsteel.example>", body + "\n" + outlook_quote(p, "Friday, November 20, 2026 9:42 AM"),
                prefix="RE: ")
    return [p], eml, expected("needs_review", "Questions about Incoterms (EXW vs DAP) and the address before any confirmation; nothing committed.")


@case("exim-bounce-kazakh-domain", "bounce", "kk-KZ",
      "Exim plain-text 'Mail delivery failed: returning message to sender' (no multipart/report, X-Failed-Recipients), with the full PO mail copied below.")
def c057():
    s = sup("KAZPACK", "KazPack LLP", "zakaz@kazpack.example", "kk-KZ")
    p = po("4500032405", s, "priya", "USD", "2026-11-20", [
        ("BL-HD-200L", "Heavy duty bin liner 200 L, 80 mic, roll of 10", 300, "ROL", "6.40", "2026-12-21")])
    body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  zakaz@kazpack.example
    host mx.kazpack.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<zakaz@kazpack.example>:
    550 5.1.1 Почтовый ящик не существует / Mailbox does not exist

------ This is a copy of the message, including all the headers. ------

Return-path: <priya.nair@kestrelworks.example>
Received: from [10.20.0.15] (helo=ws-pnair.kestrelworks.example)
	by mail.kestrelworks.example with esmtpsa (TLS1.3) (Exim 4.97)
	id 1vKx2A-0003Qd-1N
	for zakaz@kazpack.example; Fri, 20 Nov 2026 09:42:03 +0000
From: Priya Nair <priya.nair@kestrelworks.example>
To: zakaz@kazpack.example
Subject: Purchase order 4500032405 - please confirm
Date: Fri, 20 Nov 2026 09:42:00 +0000
Message-ID: <po-4500032405.1@kestrelworks.example>

""" + req_text(p, "KazPack team")
    hs = [("From", "Mail Delivery System <Mailer-Daemon@mail.kestrelworks.example>"), ("To", p["buyer"]["email"]),
          ("Subject", "Mail delivery failed: returning message to sender"),
          ("Date", rfcdate(2026, 11, 20, 9, 42, 9, "+0000")),
          ("Message-ID", "<E1vKx2G-0003Qk-4R@mail.kestrelworks.example>"), ("X-Failed-Recipients", s["email"]),
          ("Auto-Submitted", "auto-replied")]
    return [p], message(hs, text(body, cte="8bit")), expected("bounce", "Exim failure notice (550 5.1.1 mailbox does not exist); the quoted PO below is our own message.")


@case("insulation-pakistan-bundle-rounding", "confirmation", "ur-PK",
      "Pakistani English with Urdu greeting: EPS boards rounded up to full bundles of 8 (13 bundles = 104 sheets), XPS exact (10 bundles of 6).")
def c058():
    s = sup("INDUSFOAM", "Indus Foam Industries (Pvt) Ltd", "sales@indusfoam.example", "ur-PK")
    p = po("4500032423", s, "priya", "PKR", "2026-11-23", [
        ("IB-EPS-25", "Insulation board EPS 25 mm, 2400 x 1200", 100, "EA", "1450.00", "2026-12-21"),
        ("IB-XPS-40", "Insulation board XPS 40 mm, 1250 x 600", 60, "EA", "2380.00", "2026-12-21")])
    body = """السلام علیکم Madam Priya,

With reference to your PO # 4500032423, we are pleased to confirm as under:

1) EPS 25mm boards are packed 8 sheets per bundle, hence we will supply 13 bundles = 104 sheets @ Rs. 1,450/- per sheet.
2) XPS 40mm: 60 sheets (10 bundles of 6) @ Rs. 2,380/- per sheet - OK.

Delivery of both items on 21-12-2026 as per your requirement.

Thanks & best regards,
Muhammad Usman
Sales Officer, Indus Foam Industries (Pvt) Ltd
Plot 45, Sector 16, Korangi Industrial Area, Karachi
Ph: +92 21 3512 3456 | Cell: 0300 1234567 | NTN 1234567-8
"""
    eml = build(p, addr("Muhammad Usman", "usman@indusfoam.example"), rfcdate(2026, 11, 24, 12, 10, 0, "+0500"),
                "<PA4P191MB2345F6A7@PA4P191MB2345.EURP191.PROD.OUTLOOK.example>", body + "\n" + outlook_quote(p, "Monday, November 23, 2026 2:42 PM"),
                prefix="RE: ")
    return [p], eml, expected("confirmation", "Line 1: 104 sheets (13 bundles of 8) instead of 100, price and date as ordered. Line 2 as ordered.",
                              [labels(p, {1: {"q": 104}, 2: "A"})])


@case("rainjacket-bangladesh-exfactory-split", "confirmation", "bn-BD",
      "Bangladeshi garment exporter, English with Bangla greeting: only ex-factory (ship) dates; line 2 split 200 + balance 100; dates like 20-Jan-2027.")
def c059():
    s = sup("PADMAGAR", "Padma Garments Ltd", "merchandising@padmagarments.example", "bn-BD")
    p = po("4500032437", s, "tomas", "USD", "2026-11-23", [
        ("RJ-NYL-M", "Rain jacket nylon PU-coated, navy, size M", 300, "PC", "6.80", "2027-01-25"),
        ("RJ-NYL-L", "Rain jacket nylon PU-coated, navy, size L", 300, "PC", "6.80", "2027-01-25")])
    body = """শুভেচ্ছা নেবেন / Dear Tomas,

Thanks for the PO 4500032437. Please note our confirmation:

Style RJ-NYL-M: 300 pcs @ USD 6.80 FOB Chattogram, ex-factory 20-Jan-2027.
Style RJ-NYL-L: 300 pcs @ USD 6.80 FOB Chattogram, 200 pcs ex-factory 20-Jan-2027, balance 100 pcs ex-factory 05-Feb-2027 (fabric shortage in L).

Kindly note the PP sample will be sent by DHL next week for your approval.

Best regards,
Tanvir Ahmed
Sr. Merchandiser, Padma Garments Ltd
Plot 12, DEPZ, Savar, Dhaka | +880 1711 123456
"""
    eml = build(p, addr("Tanvir Ahmed", "tanvir@padmagarments.example"), rfcdate(2026, 11, 24, 16, 30, 0, "+0600"),
                "<CAS3tU4vW5xY6zA7bC8@mail.gmail.example>", body + "\nOn Mon, 23 Nov 2026, 15:42 Tomas Lindqvist, <tomas.lindqvist@kestrelworks.example> wrote:\n\n" + gt(req_text(p)),
                prefix="Re: ")
    return [p], eml, expected("confirmation", "Only ex-factory (ship) dates are given, so they are the dates. Line 1: 300 ex-factory 2027-01-20. Line 2: 200 on 2027-01-20 + 100 on 2027-02-05.",
                              [labels(p, {1: {"d": "2027-01-20"}, 2: {"s": [(200, "2027-01-20"), (100, "2027-02-05")]}})])


@case("eyewash-malta-fixed-surcharge", "confirmation", "mt-MT",
      "Maltese English: a fixed '+€2.50 per unit' hazardous-goods handling surcharge on line 1 only (absolute amount, not percent); line 2 unchanged.")
def c060():
    s = sup("MEDSAFE", "Medsafe Malta Ltd", "orders@medsafe.example", "mt-MT")
    p = po("4500032451", s, "ines", "EUR", "2026-11-23", [
        ("EW-ST-PORT", "Portable eye wash station, 60 L", 3, "EA", "540.00", "2026-12-11"),
        ("EW-SIGN-A4", "Eye wash sign, A4, photoluminescent", 3, "EA", "6.50", "2026-12-11")])
    body = """Bongu Ines,

Grazzi for your order 4500032451. Confirmed as follows:

- Portable eye wash station 60 L: 3 units at €540.00 + €2.50 per unit hazardous-goods handling surcharge (the saline concentrate ships as DG), delivery Friday 11th December.
- Eye wash sign A4: 3 units at €6.50, delivery Friday 11th December.

Saħħa,
Mario Borg
Medsafe Malta Ltd | Triq il-Industrija, Qormi QRM 3000
T: +356 2149 1234 | VAT MT12345678
"""
    eml = build(p, addr("Mario Borg", "mario.borg@medsafe.example"), rfcdate(2026, 11, 24, 10, 45, 0, "+0100"),
                "<VE1PR03MB6789B0C1@VE1PR03MB6789.eurprd03.prod.outlook.example>", body + "\n" + outlook_quote(p, "Monday, 23 November 2026 09:42"),
                prefix="RE: ")
    return [p], eml, expected("confirmation", "Line 1: 540.00 + 2.50 per unit = 542.50, qty and date (Fri 11 Dec 2026 = requested) as ordered. Line 2 as ordered.",
                              [labels(p, {1: {"p": "542.50"}, 2: "A"})])


@case("tarpaulin-albanian-price-circular", "unrelated", "sq-AL",
      "Albanian general price-increase circular (+6 % from 01.01.2027) to all customers, new thread, no reference to our PO: not an answer.")
def c061():
    s = sup("MBULESA", "Mbulesa Shpk", "shitje@mbulesa.example", "sq-AL")
    p = po("4500032468", s, "dana", "EUR", "2026-11-23", [
        ("TP-PE-3X5", "Tarpaulin PE 120 g/m2, 3 x 5 m, blue", 100, "PC", "7.90", "2026-12-16")])
    body = """Të nderuar klientë,

Ju njoftojmë se për shkak të rritjes së kostove të lëndës së parë dhe transportit, nga data 01.01.2027 çmimet e të gjitha produkteve tona (mushama PE dhe PVC, litarë, aksesorë) do të rriten me 6 %.

Porositë e konfirmuara para datës 31.12.2026 do të faturohen me çmimet aktuale.

Faleminderit për mirëkuptimin.

Me respekt,
Drejtoria Tregtare
Mbulesa Shpk | Rruga Industriale, Durrës
Tel. +355 52 123 456
"""
    eml = build(p, addr("Mbulesa Shpk", "info@mbulesa.example"), rfcdate(2026, 11, 25, 8, 0, 0, "+0100"),
                "<circular-2027-prices@mbulesa.example>", body, threaded=False,
                subject="Njoftim: rritje çmimesh nga 01.01.2027", to="undisclosed-recipients:;")
    return [p], eml, expected("unrelated", "A general price-increase circular sent to all customers (undisclosed recipients, no thread, no PO number); not an answer about PO 4500032468.")


@case("machineoil-macedonian-ooo", "auto_reply", "mk-MK",
      "Macedonian Cyrillic out-of-office (Автоматски одговор) that repeats our subject and lists a return date; X-Autoreply only, no Auto-Submitted.")
def c062():
    s = sup("MAZIVA", "Maziva Skopje DOOEL", "naracki@maziva.example", "mk-MK")
    p = po("4500032479", s, "ines", "EUR", "2026-11-24", [
        ("MO-CHAIN-5", "Chain oil, adhesive, 5 L", 24, "EA", "21.40", "2026-12-18"),
        ("MO-SPRAY-400", "Multi-purpose oil spray 400 ml", 96, "EA", "3.10", "2026-12-18")])
    body = """Почитувани,

Ви благодариме за пораката. Отсутна сум од канцеларија до 30.11.2026 година.
За итни нарачки ве молам обратете се на колегата Стефан Трајковски, stefan@maziva.example, тел. +389 2 3123 456.

Со почит,
Марија Стојановска
Maziva Skopje DOOEL
"""
    eml = build(p, addr("Марија Стојановска", "marija@maziva.example"), rfcdate(2026, 11, 24, 10, 42, 20, "+0100"),
                "<ooo-marija-20261124104220@maziva.example>", body, cte="base64",
                subject="Автоматски одговор: " + req_subject(p), extra=[("X-Autoreply", "yes")])
    return [p], eml, expected("auto_reply", "Out-of-office until 30.11.2026 with a colleague's contact; no answer to the PO.")


@case("heatgun-azeri-next-tuesday", "confirmation", "az-AZ",
      "Azerbaijani reply: both lines delivered 'gələn çərşənbə axşamı' (next Tuesday), relative to the mail's Date (Wed 25 Nov -> Tue 1 Dec 2026), earlier than requested.")
def c063():
    s = sup("ISTILIK", "İstilik Alətləri MMC", "satis@istilik.example", "az-AZ")
    p = po("4500032490", s, "marek", "AZN", "2026-11-24", [
        ("HG-2200-DG", "Heat gun 2200 W, digital display", 8, "EA", "145.00", "2026-12-07"),
        ("HG-REFL", "Reflector nozzle for heat gun", 8, "EA", "9.50", "2026-12-07")])
    body = """Salam Marek bəy,

4500032490 nömrəli sifarişinizə görə təşəkkür edirik. Hər iki mövqe anbarda var: 8 ədəd istilik tapançası 145,00 AZN və 8 ədəd reflektor ucluq 9,50 AZN qiymətinə.
Çatdırılma gələn çərşənbə axşamı olacaq.

Hörmətlə,
Rəşad Məmmədov
Satış şöbəsi, İstilik Alətləri MMC
Tel: +994 12 345 67 89 | Bakı
"""
    eml = build(p, addr("Rəşad Məmmədov", "rashad@istilik.example"), rfcdate(2026, 11, 25, 11, 0, 0, "+0400"),
                "<CAT4uV5wX6yZ7aB8cD9@mail.gmail.example>", body + "\n24 noyabr 2026, 13:42 tarixində Marek Novak <marek.novak@kestrelworks.example> yazdı:\n\n" + gt(req_text(p)),
                prefix="Re: ")
    return [p], eml, expected("confirmation", "Mail dated Wednesday 2026-11-25; 'next Tuesday' = 2026-12-01 (earlier than requested 2026-12-07). Quantities and prices as ordered.",
                              [labels(p, {1: {"d": "2026-12-01"}, 2: {"d": "2026-12-01"}})])


@case("airfilter-argentina-short-stock", "confirmation", "es-AR",
      "Rioplatense Spanish ('te confirmo', 'che'): line 1 only 40 of 50 with no backorder, line 2 'el martes 15/12' = requested.")
def c064():
    s = sup("FILTROSAR", "Filtros del Plata S.R.L.", "ventas@filtrosdelplata.example", "es-AR")
    p = po("4500032502", s, "dana", "USD", "2026-11-24", [
        ("AF-CART-P2", "Filter cartridge P2 for dust extractor", 50, "EA", "18.40", "2026-12-15"),
        ("AF-PRE-G2", "Pre-filter pad G2, 300 x 300 mm", 100, "EA", "1.90", "2026-12-15")])
    body = """Hola Dana, ¿cómo va?

Te confirmo la OC 4500032502:
- Cartuchos P2: tenemos 40 y no entra más mercadería este año, así que te mando 40 (no quedan pendientes). USD 18,40 c/u.
- Prefiltros G2: los 100 a USD 1,90, salen con el resto el martes 15/12.

Cualquier cosa avisame.
Abrazo,
Martín Acosta
Filtros del Plata S.R.L. | Av. Mitre 1234, Avellaneda, Bs. As.
Tel. (011) 4201-1234 | CUIT 30-71234567-8
"""
    eml = build(p, addr("Martín Acosta", "macosta@filtrosdelplata.example"), rfcdate(2026, 11, 25, 17, 20, 0, "-0300"),
                "<CAU5vW6xY7zA8bC9dE0@mail.gmail.example>", body + "\nEl mar, 24 nov 2026 a las 6:42, Dana Ruiz (<dana.ruiz@kestrelworks.example>) escribió:\n\n" + gt(req_text(p)),
                prefix="Re: ")
    return [p], eml, expected("confirmation", "Line 1: 40 instead of 50 (no backorder), price and 15/12 date as PO. Line 2 as ordered ('salen' = ship 15/12 = requested).",
                              [labels(p, {1: {"q": 40}, 2: "A"})])


@case("conveyor-chile-spec-question", "needs_review", "es-CL",
      "Chilean Spanish asking for the splice type and belt length tolerance before quoting a delivery date; says 'te confirmo apenas me respondas'.")
def c065():
    s = sup("CORREASCL", "Correas Transportadoras del Sur SpA", "ventas@correassur.example", "es-CL")
    p = po("4500032516", s, "tomas", "USD", "2026-11-24", [
        ("CB-PVC-800", "Conveyor belt PVC 3-ply, 800 mm, endless 12,400 mm", 2, "EA", "2140.00", "2027-01-29")])
    body = """Hola Tomas, buenas tardes.

Gracias por la OC 4500032516. Antes de ingresarla necesito que me confirmes dos cosas:
1. ¿El empalme lo necesitan vulcanizado en caliente o con grapas mecánicas? Cambia el precio y el plazo.
2. ¿El largo 12.400 mm es perímetro interior o exterior?

Te confirmo precio y fecha apenas me respondas.

Saludos cordiales,
Camila Rojas
Ejecutiva Comercial | Correas Transportadoras del Sur SpA
+56 2 2345 6789 | Quilicura, Santiago
"""
    eml = build(p, addr("Camila Rojas", "crojas@correassur.example"), rfcdate(2026, 11, 25, 15, 5, 0, "-0300"),
                "<SCXP152MB1234A5B6@SCXP152MB1234.LAMP152.PROD.OUTLOOK.example>", body + "\n" + outlook_quote(p, "martes, 24 de noviembre de 2026 6:42", ("De", "Enviado el", "Para", "Asunto")),
                prefix="RE: ")
    return [p], eml, expected("needs_review", "Technical questions (splice type, length definition) before confirming; price and date depend on the answer.")


@case("heatgun-colombia-thousand-dots", "confirmation", "es-CO",
      "Colombian Spanish with '$ 289.000' (dot = thousands, COP) and 'viernes 18 de diciembre' as delivery: price unchanged, date later.")
def c066():
    s = sup("HERRACOL", "Herramientas Andinas S.A.S.", "pedidos@herramientasandinas.example", "es-CO")
    p = po("4500032529", s, "dana", "COP", "2026-11-25", [
        ("HG-2000-LCD", "Heat gun 2000 W with LCD, in case", 5, "EA", "289000", "2026-12-11"),
        ("HG-SCRAPER", "Scraper set for heat gun, 3 pcs", 5, "SET", "38500", "2026-12-11")])
    body = """Buenos días Dana,

Con gusto le confirmamos la orden de compra 4500032529:

- Pistola de calor 2000 W LCD: 5 und. x $ 289.000
- Juego de espátulas: 5 jgo. x $ 38.500

Ambos ítems se entregan el viernes 18 de diciembre, pues la importación llega el 14.

Cordialmente,
Andrés Felipe Gómez
Asesor Comercial | Herramientas Andinas S.A.S.
Cra. 50 # 12 Sur - 45, Medellín | Cel. 310 123 4567 | NIT 900.123.456-7
"""
    eml = build(p, addr("Andrés Felipe Gómez", "afgomez@herramientasandinas.example"), rfcdate(2026, 11, 26, 8, 40, 0, "-0500"),
                "<CAV6wX7yZ8aB9cD0eF1@mail.gmail.example>", body + "\nEl mié, 25 nov 2026 a las 3:42 a.m., Dana Ruiz <dana.ruiz@kestrelworks.example> escribió:\n\n" + gt(req_text(p)),
                prefix="Re: ")
    return [p], eml, expected("confirmation", "$ 289.000 and $ 38.500 are COP with thousands dots = PO prices. Delivery Friday 18 December (2026-12-18) instead of 2026-12-11 for both lines; 'llega el 14' is the import arrival, not the delivery.",
                              [labels(p, {1: {"d": "2026-12-18"}, 2: {"d": "2026-12-18"}})])


@case("binliner-singapore-two-pos-one-answered", "confirmation", "en-SG",
      "Two open POs with the same supplier; the Singlish reply answers only the newer one (one line 'tmr confirm') and says the older PO will be handled separately -> older PO left out.")
def c067():
    s = sup("LIONPACK", "Lion City Packaging Pte Ltd", "sales@lioncitypack.example", "en-SG")
    a = po("4500032410", s, "priya", "SGD", "2026-11-20", [
        ("BL-BIO-60", "Biodegradable bin liner 60 L, roll of 20", 200, "ROL", "3.20", "2026-12-08")])
    b = po("4500032433", s, "priya", "SGD", "2026-11-23", [
        ("BL-BLK-120", "Bin liner black 120 L, 50 mic, pack of 25", 80, "BOX", "8.90", "2026-12-08"),
        ("BL-CLR-30", "Bin liner clear 30 L, pack of 100", 40, "BOX", "5.60", "2026-12-08"),
        ("FT-50-GRN", "Floor marking tape 50 mm x 33 m, green", 12, "ROL", "7.40", "2026-12-08")])
    body = """Hi Priya,

For PO 4500032433:
- 120L black liners 80 boxes ok, 8 Dec can.
- 30L clear 40 boxes ok also, 8 Dec.
- Green floor tape need to check with warehouse, tmr I confirm you.

The earlier PO 4500032410 (bio liners) my colleague Wei Ling will reply you separately.

Thanks & regards,
Jason Tan
Lion City Packaging Pte Ltd
10 Kaki Bukit Ave 1 #03-12 Singapore 417942
DID: 6741 2345 | HP: 9123 4567
"""
    eml = build(b, addr("Jason Tan", "jason.tan@lioncitypack.example"), rfcdate(2026, 11, 26, 11, 2, 0, "+0800"),
                "<SG2PR06MB3456C7D8@SG2PR06MB3456.apcprd06.prod.outlook.example>", body + "\n" + outlook_quote(b, "Monday, November 23, 2026 5:42 PM"),
                prefix="RE: ")
    return [a, b], eml, expected("confirmation", "Only PO 4500032433 is answered: lines 1-2 as ordered, line 3 'tmr I confirm' -> unconfirmed. PO 4500032410 is only mentioned (colleague will reply) and is left out.",
                                 [labels(b, {1: "A", 2: "A", 3: "U"})])


@case("knifeblade-german-erp-csv-sap-lines", "confirmation", "de-DE",
      "German ERP Auftragsbestätigung as semicolon CSV (windows-1252) with SAP-style line numbers 10/20/30, prices per Preiseinheit 100 and a KW 1 remark in the body.")
def c068():
    s = sup("KLINGEN", "Solinger Klingenwerk GmbH", "auftrag@klingenwerk.example", "de-DE")
    p = po("4500032455", s, "ines", "EUR", "2026-11-25", [
        (10, "KB-TRAP-S", "Trapezoid blade, standard, bulk", 1000, "EA", "0.125", "2026-12-18"),
        (20, "KB-HAKEN-S", "Hook blade, standard, bulk", 500, "EA", "0.21", "2026-12-18"),
        (30, "KB-CUT-18", "Safety cutter 18 mm, metal body", 50, "EA", "4.90", "2026-12-18")])
    csv = ("Auftragsbestätigung;71234\r\nIhre Bestellung;4500032455\r\nDatum;26.11.2026\r\n\r\n"
           "Ihre Pos.;Artikel;Bezeichnung;Menge;ME;Preis;PE;Liefertermin\r\n"
           "10;KB-TRAP-S;Trapezklinge Standard lose;1000;ST;12,50;100;18.12.2026\r\n"
           "20;KB-HAKEN-S;Hakenklinge Standard lose;500;ST;23,00;100;18.12.2026\r\n"
           "30;KB-CUT-18;Sicherheitscutter 18 mm Metall;50;ST;4,90;1;08.01.2027\r\n").encode("cp1252")
    body = """Sehr geehrte Frau Albrecht,

anbei erhalten Sie unsere Auftragsbestätigung 71234 zu Ihrer Bestellung 4500032455 als CSV-Datei für Ihr System.

Bitte beachten Sie: Die Preise verstehen sich je Preiseinheit (PE). Pos. 30 können wir erst in KW 1/2027 liefern.

Mit freundlichen Grüßen
i. A. Sabine Krüger
Auftragsabwicklung

Solinger Klingenwerk GmbH · Wuppertaler Str. 88 · 42653 Solingen
Tel. +49 212 2345-0 · Fax +49 212 2345-99
Geschäftsführer: Dr. Hans Berger · HRB 12345 Amtsgericht Wuppertal · USt-IdNr. DE123456789
"""
    eml = build(p, addr("Krüger, Sabine", "s.krueger@klingenwerk.example", "iso-8859-1", "Q"),
                rfcdate(2026, 11, 26, 14, 3, 0, "+0100"), "<AB71234.20261126140300@klingenwerk.example>",
                body + "\n" + outlook_quote(p, "Mittwoch, 25. November 2026 09:42", DE_OUTLOOK),
                charset="iso-8859-1", cte="quoted-printable", hdr_charset="iso-8859-1",
                subject="Auftragsbestätigung 71234 zu Ihrer Bestellung 4500032455", prefix="",
                atts=[attachment(csv, "text/csv; charset=windows-1252", "AB_71234.csv")])
    return [p], eml, expected("confirmation", "CSV per PE 100: pos 10 12,50/100 = 0.125 (= PO) accepted; pos 20 23,00/100 = 0.23 (PO 0.21) changed; pos 30 4,90 per 1, delivery 08.01.2027 (KW 1/2027) instead of 2026-12-18.",
                              [labels(p, {10: "A", 20: {"p": "0.23"}, 30: {"d": "2027-01-08"}})])


@case("qmail-failure-spam-irish", "bounce", "en-IE",
      "Plain-text qmail 'failure notice' (no DSN MIME structure): the Irish supplier's server rejected our PO mail as spam (550 5.7.1).")
def c069():
    s = sup("EMERHOSE", "Emerald Hose & Fittings Ltd", "sales@emeraldhose.example", "en-IE")
    p = po("4500032541", s, "dana", "EUR", "2026-11-25", [
        ("VH-SUC-63", "Suction hose PVC, ID 63 mm", 40, "M", "12.60", "2026-12-16"),
        ("VH-CLAMP-63", "Hose clamp 60-80 mm, stainless", 20, "EA", "2.15", "2026-12-16")])
    body = """Hi. This is the qmail-send program at mail.kestrelworks.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<sales@emeraldhose.example>:
192.0.2.77 does not like recipient.
Remote host said: 550 5.7.1 Message rejected as spam by Content Filtering.
Giving up on 192.0.2.77.

--- Below this line is a copy of the message.

Return-Path: <dana.ruiz@kestrelworks.example>
Received: (qmail 28110 invoked by uid 89); 25 Nov 2026 09:42:02 -0000
From: Dana Ruiz <dana.ruiz@kestrelworks.example>
To: sales@emeraldhose.example
Subject: Purchase order 4500032541 - please confirm
Date: Wed, 25 Nov 2026 09:42:00 +0000
Message-ID: <po-4500032541.1@kestrelworks.example>

""" + req_text(p)
    hs = [("From", "MAILER-DAEMON@mail.kestrelworks.example"), ("To", p["buyer"]["email"]),
          ("Subject", "failure notice"), ("Date", rfcdate(2026, 11, 25, 9, 42, 6, "+0000")),
          ("Message-ID", "<20261125094206.28113.qmail@mail.kestrelworks.example>")]
    return [p], message(hs, text(body, cte="7bit", charset="us-ascii")), expected("bounce", "qmail failure notice (spam rejection 550 5.7.1); no subject hint other than 'failure notice'.")


@case("tarpaulin-morocco-quote-mismatch", "needs_review", "fr-MA",
      "Moroccan French reply disputing the PO prices against its quotation DV-2026-118 and asking for a corrected PO before confirming; it quotes its own prices.")
def c070():
    s = sup("BACHESMA", "Bâches du Maghreb SARL", "commercial@bachesmaghreb.example", "fr-MA")
    p = po("4500032560", s, "ines", "MAD", "2026-11-25", [
        ("TP-PVC-6X10", "PVC tarpaulin 650 g/m2, 6 x 10 m, with eyelets", 10, "PC", "1180.00", "2027-01-15"),
        ("TP-PE-4X6", "PE tarpaulin 180 g/m2, 4 x 6 m", 50, "PC", "96.00", "2027-01-15")])
    body = """Bonjour Madame Albrecht,

Nous accusons réception de votre bon de commande 4500032560, merci.

Cependant les prix ne correspondent pas à notre devis DV-2026-118 du 02/11/2026 : la bâche PVC 6 x 10 m y est à 1 265,00 MAD HT et la bâche PE 4 x 6 m à 104,00 MAD HT (les prix de votre BC sont ceux de l'ancien tarif 2025).

Merci de nous faire parvenir un bon de commande corrigé ; nous vous enverrons alors notre confirmation avec les délais.

Cordialement,
Youssef El Amrani
Responsable commercial
Bâches du Maghreb SARL - Zone industrielle Sidi Bernoussi, Casablanca
Tél. +212 522 12 34 56 - ICE 001234567000089
"""
    eml = build(p, addr("Youssef El Amrani", "y.elamrani@bachesmaghreb.example"), rfcdate(2026, 11, 26, 10, 30, 0, "+0100"),
                "<DB8P191MB0765D9E0@DB8P191MB0765.EURP191.PROD.OUTLOOK.example>", body + "\n" + outlook_quote(p, "mercredi 25 novembre 2026 09:42", ("De", "Envoyé", "À", "Objet")),
                cte="quoted-printable", prefix="RE : ")
    return [p], eml, expected("needs_review", "The supplier disputes the prices and asks for a corrected PO before it confirms; its own prices are a counter-statement, not a commitment to this PO.")
