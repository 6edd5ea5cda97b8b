from .common import *


@case(1, "at-hinges-kw-outlook", "German (Austria) Outlook top-post over our quoted PO; two lines as ordered, third moved to 'KW 2/2027' (Friday of ISO week 2 of 2027); ISO-8859-15 QP.")
def c001():
    s = sup("HOFB", "Eisenwaren Hofbauer GmbH", "verkauf@hofbauer-eisen.example", "de-AT")
    p = po("4500031107", s, "mk", "EUR", "2026-11-03", [
        ("GH-200-VZ", "Gate hinge strap 200 mm, hot-dip galvanised", 120, "EA", "6.85", "2026-12-14"),
        ("GH-300-VZ", "Gate hinge strap 300 mm, hot-dip galvanised", 80, "EA", "9.40", "2026-12-14"),
        ("GH-KL-16", "Hinge pin, weld-on, 16 mm", 200, "EA", "1.95", "2026-12-14")])
    body = ("Sehr geehrte Frau Keller,\n\ndanke für Ihre Bestellung 4500031107.\n"
            "Pos. 1 und 2 bestätigen wir wie bestellt zum 14.12.2026.\n"
            "Pos. 3 (Anschweißkloben 16 mm) ist derzeit nicht lagernd, Liefertermin KW 2/2027, Preis unverändert.\n\n"
            "Mit freundlichen Grüßen\n\nStefan Hofbauer\nInnendienst\n\nEisenwaren Hofbauer GmbH | Gewerbestraße 14 | 4600 Wels\n"
            "Tel. +43 7242 45 17-22 | Fax DW -99 | FN 123456x | UID ATU12345678\n"
            + quote_outlook(p, "de", "Dienstag, 3. November 2026 10:14", "Sir or Madam"))
    h = reply_headers(p, "Stefan Hofbauer", s["email"], rfcdate(2026, 11, 5, 8, 52),
                      "<AM6PR0402MB3117.hofbauer@eurprd04.prod.outlook.example>", prefix="AW: ",
                      extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-AT")])
    eml = message(h, text(body, charset="iso-8859-15"))
    return [p], eml, expected("confirmation",
        "Lines 1-2 confirmed as ordered. Line 3: 'KW 2/2027' without a weekday = Friday of ISO week 2 2027 = 2027-01-15, price and qty unchanged.",
        [conf(p, {1: "acc", 2: "acc", 3: chg(p, 3, date=kw(2027, 2))})])


@case(2, "br-hasps-price-per-cento", "Brazilian Portuguese Gmail reply; line 1 price given 'R$ 198,00 o cento' (per hundred = 1.98 each), dates '15/01' without year.")
def c002():
    s = sup("TUPI", "Ferragens Tupi Ltda.", "vendas@ferragenstupi.example", "pt-BR")
    p = po("4500031152", s, "mk", "BRL", "2026-11-04", [
        ("PH-075-ZN", "Padlock hasp 75 mm, zinc plated", 500, "EA", "1.85", "2027-01-11"),
        ("PH-115-ZN", "Padlock hasp 115 mm, zinc plated", 300, "EA", "3.20", "2027-01-11")])
    top = ("Boa tarde Marta,\n\nSegue confirmação do pedido 4500031152:\n\n"
           "- Porta-cadeado 75 mm: 500 pç, R$ 198,00 o cento (reajuste de tabela a partir de novembro), entrega 15/01\n"
           "- Porta-cadeado 115 mm: 300 pç, R$ 3,20 cada, entrega 15/01\n\n"
           "Qualquer dúvida estou à disposição.\n\nAtt.,\n\nJuliana Ferreira\nVendas Internas | Ferragens Tupi Ltda.\n"
           "(11) 4392-1180 | CNPJ 12.345.678/0001-90\n\n")
    lead = "Em qua., 4 de nov. de 2026 às 06:14, Marta Keller <%s> escreveu:" % p["buyer"]["email"]
    plain = top + quote_gmail(p, lead)
    h = "<div dir=\"ltr\">%s</div><br>%s" % (paras(top), quote_html(p, esc(lead)))
    eml = message(reply_headers(p, "Juliana Ferreira", s["email"], rfcdate(2026, 11, 9, 14, 20, "-0300"),
                                "<CAJx8mP2a7Rk+tupi0911@mail.gmail.example>", prefix="Re: "),
                  alt(plain, html_doc(h, "pt-BR"), "000000000000a1b2c3d4e5f60718"))
    return [p], eml, expected("confirmation",
        "Line 1: R$ 198,00 per hundred = 1.98 per EA (changed price), date 15/01 -> 2027-01-15. Line 2: same qty/price, date 2027-01-15 instead of 2027-01-11 -> changed.",
        [conf(p, {1: chg(p, 1, price="1.98", date="2027-01-15"), 2: chg(p, 2, date="2027-01-15")})])


@case(3, "th-mallets-buddhist-era", "Thai reply in TIS-620 base64 with Buddhist-era years (2569/2570 = 2026/2027) and abbreviated Thai month names.")
def c003():
    s = sup("SIAMT", "Siam Tools Supply Co., Ltd.", "sales@siamtools.example", "th-TH")
    p = po("4500031190", s, "mk", "THB", "2026-11-04", [
        ("RM-16-BK", "Rubber mallet 16 oz, black, wood handle", 240, "EA", "68.00", "2026-12-18"),
        ("RM-32-WH", "Rubber mallet 32 oz, white, non-marking", 120, "EA", "115.00", "2026-12-18")])
    body = ("เรียน คุณมาร์ตา\n\nบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500031190 ดังนี้\n\n"
            "1. ค้อนยาง 16 ออนซ์ สีดำ จำนวน 240 ตัว ราคา 68.00 บาท/ตัว ส่งมอบวันที่ 18 ธ.ค. 2569\n"
            "2. ค้อนยาง 32 ออนซ์ สีขาว จำนวน 120 ตัว ราคา 115.00 บาท/ตัว ส่งมอบวันที่ 8 ม.ค. 2570 (สินค้ารอเข้าจากโรงงาน)\n\n"
            "ขอบคุณค่ะ\n\nสุภาวดี ทองดี\nฝ่ายขาย บริษัท สยามทูลส์ ซัพพลาย จำกัด\nโทร 02-123-4567 ต่อ 108\n")
    eml = message(reply_headers(p, "Supawadee Thongdee", s["email"], rfcdate(2026, 11, 10, 11, 5, "+0700"),
                                "<20261110110512.4471@siamtools.example>", subject="Re: " + subj(p)),
                  text(body, charset="tis-620", cte="base64"))
    return [p], eml, expected("confirmation",
        "Thai Buddhist era: 18 ธ.ค. 2569 = 2026-12-18 (line 1 as ordered); 8 ม.ค. 2570 = 2027-01-08 (line 2 later, waiting for factory).",
        [conf(p, {1: "acc", 2: chg(p, 2, date="2027-01-08")})])


@case(4, "ke-bungee-swahili-phone", "Short Swahili phone reply confirming both lines as ordered, delivery '10/12/2026' day-first, over a Gmail quote.")
def c004():
    s = sup("MOMBA", "Mombasa Rope & Rigging Ltd", "oda@mombasarope.example", "sw-KE")
    p = po("4500031215", s, "ta", "KES", "2026-11-05", [
        ("BC-60-8", "Bungee cord 8 mm x 60 cm, steel hooks", 1000, "EA", "45.00", "2026-12-10"),
        ("BC-100-8", "Bungee cord 8 mm x 100 cm, steel hooks", 500, "EA", "62.00", "2026-12-10")])
    body = ("Habari Tom,\n\nTumepokea oda 4500031215. Tunathibitisha mistari yote miwili kama ilivyoagizwa, "
            "bei na idadi sawa. Mzigo utafika tarehe 10/12/2026.\n\nAsante,\nWanjiru\n\nImetumwa kutoka kwa iPhone yangu\n\n"
            + quote_gmail(p, "On 5 Nov 2026, at 12:14, Tom Alvarez <%s> wrote:" % p["buyer"]["email"]))
    eml = message(reply_headers(p, "Wanjiru Kamau", s["email"], rfcdate(2026, 11, 6, 7, 41, "+0300"),
                                "<7F3A1C2B-88D1-4E0B-9C55-2D4E1B0A6F11@mombasarope.example>", prefix="Re: ",
                                extra=[("X-Mailer", "iPhone Mail (22B91)")]),
                  text(body, cte="quoted-printable", flowed=True))
    return [p], eml, expected("confirmation",
        "Both lines confirmed as ordered (same price and quantity), delivery 10/12/2026 = 10 December = requested date.",
        [conf(p, {1: "acc", 2: "acc"})])


@case(5, "in-cable-reels-hindi-split", "Hindi reply with Indian digit grouping (₹24,10,000.00 total) and a split delivery on line 2 (250 now, 150 in January).")
def c005():
    s = sup("SGEL", "Shree Ganesh Electricals Pvt. Ltd.", "sales@shreeganeshelec.example", "hi-IN")
    p = po("4500031240", s, "pn", "INR", "2026-11-05", [
        ("CR-25-3G15", "Cable reel 25 m, 3G1.5, 4 sockets", 1200, "EA", "1045.00", "2026-12-21"),
        ("CR-50-3G25", "Cable reel 50 m, 3G2.5, IP44", 400, "EA", "2890.00", "2026-12-21")])
    body = ("नमस्ते प्रिया जी,\n\nआपका पीओ 4500031240 प्राप्त हुआ, धन्यवाद।\n\n"
            "पंक्ति 1: 1,200 नग @ ₹1,045.00 — 21/12/2026 तक डिलीवरी कन्फ़र्म।\n"
            "पंक्ति 2: अभी स्टॉक में केवल 250 नग हैं। 250 नग 21/12/2026 को भेजेंगे, बाकी 150 नग 20/01/2027 तक। दर ₹2,890.00 ही रहेगी।\n\n"
            "कुल ऑर्डर मूल्य: ₹24,10,000.00 (GST अतिरिक्त)\n\n"
            "सादर,\nराजेश वर्मा\nबिक्री विभाग, श्री गणेश इलेक्ट्रिकल्स प्रा. लि.\nमो. +91 98110 45672 | GSTIN 07AABCS1234F1Z5\n\n"
            + quote_gmail(p, "On Thu, 5 Nov 2026 at 14:44, Priya Nair <%s> wrote:" % p["buyer"]["email"]))
    eml = message(reply_headers(p, "Rajesh Verma", s["email"], rfcdate(2026, 11, 11, 16, 32, "+0530"),
                                "<CAF5yq=Rg1ab-sgel.1111@mail.gmail.example>", prefix="Re: "),
                  text(body, cte="base64"))
    return [p], eml, expected("confirmation",
        "Line 1 as ordered. Line 2: total 400 kept at same price but split 250 on 2026-12-21 and 150 by 2027-01-20 -> changed, date = last delivery.",
        [conf(p, {1: "acc", 2: chg(p, 2, schedule=[(250, "2026-12-21"), (150, "2027-01-20")])})])


@case(6, "is-shackles-icelandic-split", "Icelandic reply in ISO-8859-1 with ISK thousands dots ('1.490 kr.') and a split on the stainless line.")
def c006():
    s = sup("SKIPA", "Skipavörur ehf.", "pantanir@skipavorur.example", "is-IS")
    p = po("4500031266", s, "mk", "ISK", "2026-11-06", [
        ("AS-10-G", "Anchor shackle 10 mm, galvanised, screw pin", 200, "EA", "1490.00", "2027-01-08"),
        ("AS-16-G", "Anchor shackle 16 mm, galvanised, screw pin", 100, "EA", "3250.00", "2027-01-08"),
        ("AS-22-SS", "Anchor shackle 22 mm, stainless A4", 20, "EA", "18900.00", "2027-01-08")])
    body = ("Sæl Marta,\n\nTakk fyrir pöntunina. Við staðfestum eftirfarandi:\n\n"
            "Lína 1 - 200 stk. á 1.490 kr. - afhending 8. janúar 2027\n"
            "Lína 2 - 100 stk. á 3.250 kr. - afhending 8. janúar 2027\n"
            "Lína 3 - ryðfríu fjötrarnir eru uppseldir hjá birgja okkar; við getum afhent 12 stk. 8. janúar "
            "og hin 8 stk. 5. febrúar 2027. Verð 18.900 kr./stk.\n\n"
            "Kveðja,\nGuðrún Sigurðardóttir\nSölufulltrúi | Skipavörur ehf. | Sími 555 1234 | kt. 450199-2389\n"
            + quote_outlook(p, "en", "Friday, 6 November 2026 09:14"))
    eml = message(reply_headers(p, "Guðrún Sigurðardóttir", s["email"], rfcdate(2026, 11, 12, 10, 17, "+0000"),
                                "<DB9P191MB1634.skipa@DB9P191MB1634.EURP191.prod.outlook.example>", charset="iso-8859-1"),
                  text(body, charset="iso-8859-1"))
    return [p], eml, expected("confirmation",
        "Lines 1-2 as ordered (1.490 kr. = 1490). Line 3 split: 12 on 2027-01-08 and 8 on 2027-02-05 at unchanged price -> changed, date 2027-02-05.",
        [conf(p, {1: "acc", 2: "acc", 3: chg(p, 3, schedule=[(12, "2027-01-08"), (8, "2027-02-05")])})])


@case(7, "us-turnbuckles-inline-caps", "US supplier answers inline in CAPS under each quoted PO line: ship date only (earlier), price increase, backorder split with M/D/YY dates.")
def c007():
    s = sup("LONE", "Lone Star Rigging Supply", "orders@lonestarrigging.example", "en-US")
    p = po("4500031301", s, "ta", "USD", "2026-11-04", [
        ("TB-0516-HH", "Turnbuckle 5/16 x 9, hook/hook, galv", 300, "EA", "2.74", "2026-12-18"),
        ("TB-0375-EE", "Turnbuckle 3/8 x 10-1/2, eye/eye, galv", 200, "EA", "3.95", "2026-12-18"),
        ("TB-0500-JE", "Turnbuckle 1/2 x 12, jaw/eye, galv", 100, "EA", "7.60", "2026-12-18"),
        ("TB-0625-JJ", "Turnbuckle 5/8 x 12, jaw/jaw, galv", 50, "EA", "12.85", "2026-12-18")])
    q = quote_gt(request_text(p)).split("\n")
    ans = {1: "OK AS ORDERED", 2: "OK, SHIPS 12/11 FROM OUR DALLAS DC",
           3: "PRICE IS NOW $8.15 EA PER OUR 10/1 INCREASE, QTY/DATE OK",
           4: "BACKORDERED - CAN DO 40 PCS 1/8/27, BALANCE 10 PCS 1/29/27"}
    out = []
    for line in q:
        out.append(line)
        for n, a in ans.items():
            if line.startswith("> %-5s %s" % (n, p["lines"][n - 1]["item"])):
                out.append("")
                out.append(a)
                out.append("")
    body = ("Tom, answers inline below in caps.\n-Rick\n\nRick Hollis | Inside Sales\nLone Star Rigging Supply\n"
            "P 214-555-0187 | F 214-555-0188 | 4410 Irving Blvd, Dallas TX 75247\n\n"
            "-----Original Message-----\nFrom: Tom Alvarez <%s>\nSent: Wednesday, November 4, 2026 3:14 AM\n"
            "To: orders@lonestarrigging.example\nSubject: %s\n\n" % (p["buyer"]["email"], subj(p)) + "\n".join(out))
    eml = message(reply_headers(p, "Rick Hollis", s["email"], rfcdate(2026, 11, 9, 13, 2, "-0600"),
                                "<SN6PR12MB2718.lonestar@SN6PR12MB2718.namprd12.prod.outlook.example>"),
                  text(body, charset="us-ascii", cte="7bit"))
    return [p], eml, expected("confirmation",
        "Inline answers: L1 as ordered; L2 only a ship date 12/11 (US = Dec 11) -> date 2026-12-11 (earlier); L3 price 8.15; L4 split 40 on 2027-01-08 + 10 on 2027-01-29.",
        [conf(p, {1: "acc", 2: chg(p, 2, date="2026-12-11"), 3: chg(p, 3, price="8.15"),
                  4: chg(p, 4, schedule=[(40, "2027-01-08"), (10, "2027-01-29")])})])


@case(8, "gb-doorstops-finish-question", "UK supplier asks which finish/part code we really want before acknowledging; stock and price mentioned but nothing committed.")
def c008():
    s = sup("BRAM", "Bramley Architectural Ironmongery Ltd", "sales@bramley-ironmongery.example", "en-GB")
    p = po("4500031333", s, "mk", "GBP", "2026-11-05", [
        ("DS-FL-SC", "Floor door stop, half-moon, satin chrome", 150, "EA", "3.40", "2026-12-11"),
        ("DS-WL-SC", "Wall door stop, projection 75 mm, satin chrome", 150, "EA", "2.95", "2026-12-11")])
    body = ("Morning Marta,\n\nThanks for the order. Before I put it on the system, can you just confirm the finish you want? "
            "It says SC (satin chrome) on your PO but the part numbers you've quoted are our old codes, which were polished chrome "
            "- the SC versions are now DS-FL-SCN / DS-WL-SCN at the same money.\n\n"
            "Stock is fine either way so once you let me know I'll send the acknowledgement straight over.\n\n"
            "Cheers,\nGary\n\nGary Whitlock\nSales Office | Bramley Architectural Ironmongery Ltd\n"
            "T: 0121 496 0732 | Company No. 04417788 | VAT GB 298 1127 44\n\n"
            "This e-mail and any attachments are confidential and intended solely for the addressee.\n"
            + quote_outlook(p, "en", "05 November 2026 10:14", "Sir or Madam", separator=False))
    eml = message(reply_headers(p, "Gary Whitlock", s["email"], rfcdate(2026, 11, 6, 9, 30, "+0000"),
                                "<LO2P265MB5120.bramley@LO2P265MB5120.GBRP265.prod.outlook.example>"),
                  text(body, charset="windows-1252"))
    return [p], eml, expected("needs_review",
        "A question about finish/part code before the supplier will acknowledge; 'stock is fine' and 'same money' are not a commitment.")


@case(9, "fr-kickplates-html-semaine", "French HTML-only reply (windows-1252 QP) with a table: 'semaine 51' dates, a discontinued line with an alternative offered.")
def c009():
    s = sup("QUINC", "Quincaillerie Lemaire SAS", "adv@quincaillerie-lemaire.example", "fr-FR")
    p = po("4500031367", s, "jb", "EUR", "2026-11-06", [
        ("KP-800-SS", "Kick plate 800 x 200 mm, stainless 1.2 mm", 60, "EA", "12.40", "2026-12-16"),
        ("KP-900-SS", "Kick plate 900 x 200 mm, stainless 1.2 mm", 40, "EA", "13.90", "2026-12-16"),
        ("KP-800-BR", "Kick plate 800 x 200 mm, polished brass", 20, "EA", "24.50", "2026-12-16")])
    tbl = ("<table border=1 cellspacing=0 cellpadding=4><tr><th>Pos.</th><th>Réf.</th><th>Désignation</th><th>Qté</th>"
           "<th>P.U. HT</th><th>Livraison</th></tr>"
           "<tr><td>1</td><td>KP-800-SS</td><td>Plaque de propreté inox 800x200</td><td>60</td><td>12,40 €</td><td>semaine 51</td></tr>"
           "<tr><td>2</td><td>KP-900-SS</td><td>Plaque de propreté inox 900x200</td><td>40</td><td>13,90 €</td><td>semaine 51</td></tr>"
           "<tr><td>3</td><td>KP-800-BR</td><td>Plaque de propreté laiton poli 800x200</td><td>—</td><td>—</td>"
           "<td>article arrêté par le fabricant, non livrable</td></tr></table>")
    inner = ("<div style='font-family:Calibri,sans-serif;font-size:11pt'><p>Bonjour Monsieur Berg,</p>"
             "<p>Nous accusons réception de votre commande n° 4500031367 et vous la confirmons comme suit&nbsp;:</p>" + tbl +
             "<p>Pour la référence 3, nous pouvons vous proposer la KP-800-BRL (laiton verni) à 26,80&nbsp;€ HT&nbsp;; "
             "merci de nous dire si cela vous convient, nous ferons alors une nouvelle commande.</p>"
             "<p>Bien cordialement,</p><p><b>Claire Dubois</b><br>Administration des ventes<br>Quincaillerie Lemaire SAS – "
             "12 rue des Forges – 69007 Lyon<br>Tél. 04 78 12 34 56 – SIRET 412 345 678 00021</p></div>"
             "<hr><div><b>De :</b> Jonas Berg &lt;%s&gt;<br><b>Envoyé :</b> vendredi 6 novembre 2026 10:14<br>"
             "<b>À :</b> %s<br><b>Objet :</b> %s</div>%s" % (p["buyer"]["email"], s["email"], subj(p), request_html(p)))
    eml = message(reply_headers(p, "Claire Dubois", s["email"], rfcdate(2026, 11, 11, 15, 47), "<PR1P264MB2001.lemaire@PR1P264MB2001.FRAP264.prod.outlook.example>",
                                extra=[("Content-Language", "fr-FR")]),
                  html(html_doc(inner, "fr", charset="windows-1252"), charset="windows-1252"))
    return [p], eml, expected("confirmation",
        "Lines 1-2 confirmed at PO qty/price for 'semaine 51' = Friday 2026-12-18 (later than 12-16). Line 3 discontinued -> rejected; the proposed alternative is a new item, not a confirmation.",
        [conf(p, {1: chg(p, 1, date=kw(2026, 51)), 2: chg(p, 2, date=kw(2026, 51)), 3: REJ})])


@case(10, "de-eyebolts-erp-pdf-per100", "German ERP no-reply mail with a hand-built PDF order acknowledgement: positions 10/20/30, prices per 100 pieces, deviations starred.")
def c010():
    s = sup("KRAUS", "Schrauben-Kraus GmbH", "vertrieb@schrauben-kraus.example", "de-DE")
    p = po("4500031402", s, "mk", "EUR", "2026-11-06", [
        ("RS-580-M10", "Eye bolt DIN 580 M10, C15E, galvanised", 400, "EA", "1.12", "2026-12-09"),
        ("RS-580-M16", "Eye bolt DIN 580 M16, C15E, galvanised", 200, "EA", "2.86", "2026-12-09"),
        ("RS-580-M20", "Eye bolt DIN 580 M20, C15E, galvanised", 100, "EA", "4.95", "2026-12-09")])
    pdf = make_pdf([
        "Schrauben-Kraus GmbH - Industriestr. 41 - 74523 Schwäbisch Hall",
        "", "Northgate Supply B.V.", "Havenweg 12", "3089 JB Rotterdam", "",
        "AUFTRAGSBESTÄTIGUNG  Nr. 2026-118734            Datum: 10.11.2026",
        "Ihre Bestellung: 4500031402 vom 06.11.2026       Kunden-Nr.: 40871",
        "Lieferbedingung: DAP Rotterdam   Zahlung: 30 Tage netto", "",
        "Pos  Artikel      Bezeichnung                     Menge  ME   Preis/100 EUR  Liefertermin",
        "---------------------------------------------------------------------------------------",
        "10   RS-580-M10   Ringschraube DIN 580 M10 verz.    400  Stk        112,00   09.12.2026",
        "20   RS-580-M16   Ringschraube DIN 580 M16 verz.    200  Stk        298,00*  09.12.2026",
        "30   RS-580-M20   Ringschraube DIN 580 M20 verz.    100  Stk        495,00   18.12.2026*",
        "---------------------------------------------------------------------------------------",
        "                                         Nettowert EUR                      1.539,00",
        "* = Abweichung zu Ihrer Bestellung", "",
        "Es gelten unsere Allgemeinen Verkaufsbedingungen. Amtsgericht Stuttgart HRB 581234",
    ], "Auftragsbestaetigung 2026-118734")
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung Nr. 2026-118734 "
            "zu Ihrer Bestellung 4500031402 vom 06.11.2026.\n\nBitte prüfen Sie die Auftragsbestätigung auf Richtigkeit. "
            "Abweichungen zu Ihrer Bestellung sind gekennzeichnet.\n\nDiese E-Mail wurde automatisch erstellt. "
            "Bitte antworten Sie nicht auf diese E-Mail.\n\nMit freundlichen Grüßen\nSchrauben-Kraus GmbH\n\n"
            "Sitz der Gesellschaft: Schwäbisch Hall | Registergericht: Amtsgericht Stuttgart HRB 581234 | "
            "Geschäftsführer: Dr. Hans Kraus, Anna Kraus | USt-IdNr.: DE 811 234 567\n")
    root = multipart("mixed", [text(body, charset="iso-8859-1"),
                               attach("AB_2026-118734.pdf", "application/pdf", pdf)], "----=_Part_118734_1405.1794294720000")
    h = reply_headers(p, "Schrauben-Kraus GmbH", "ab-noreply@schrauben-kraus.example", rfcdate(2026, 11, 10, 6, 12),
                      "<ERP.AB.2026-118734.1794294720@schrauben-kraus.example>", reply=False,
                      subject="Auftragsbestätigung 2026-118734 zu Ihrer Bestellung 4500031402",
                      extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "proALPHA Mail Service")])
    eml = message(h, root)
    return [p], eml, expected("confirmation",
        "Automatic ERP mail but the attached PDF commits to the order -> confirmation. Prices are per 100: pos 10 112,00 = 1.12 (accepted); pos 20 298,00 = 2.98 (price changed); pos 30 495,00 = 4.95 but delivery 18.12.2026 (date changed).",
        [conf(p, {1: "acc", 2: chg(p, 2, price="2.98"), 3: chg(p, 3, date="2026-12-18")})])


@case(11, "cz-wallplugs-pack-rounding", "Czech reply in windows-1250 QP: line 2 rounded up to full 1 000-piece packs, line 3 a week later, space thousands separators.")
def c011():
    s = sup("HMOTA", "HMOTA spol. s r.o.", "obchod@hmota.example", "cs-CZ")
    p = po("4500031425", s, "jb", "CZK", "2026-11-09", [
        ("WP-6-NY", "Wall plug nylon 6 x 30 mm", 25000, "PC", "0.38", "2026-12-07"),
        ("WP-8-NY", "Wall plug nylon 8 x 40 mm", 12500, "PC", "0.62", "2026-12-07"),
        ("WP-10-NY", "Wall plug nylon 10 x 50 mm", 4000, "PC", "1.15", "2026-12-07")])
    body = ("Dobrý den pane Berg,\n\nděkujeme za objednávku č. 4500031425, potvrzujeme:\n\n"
            "pol. 1 – 25 000 ks za 0,38 Kč/ks, dodání 7. 12. 2026\n"
            "pol. 2 – hmoždinky 8×40 balíme po 1 000 ks, proto zaokrouhlujeme na 13 000 ks za 0,62 Kč/ks, dodání 7. 12. 2026\n"
            "pol. 3 – 4 000 ks za 1,15 Kč/ks, dodání 14. 12. 2026\n\n"
            "S pozdravem\n\nPetra Nováková\nobchodní oddělení\nHMOTA spol. s r.o. | Brněnská 118, 664 42 Modřice | IČO 25123456 | tel. +420 541 123 456\n"
            + quote_outlook(p, "cs", "pondělí 9. listopadu 2026 10:14"))
    eml = message(reply_headers(p, "Petra Nováková", s["email"], rfcdate(2026, 11, 10, 13, 25),
                                "<000a01dc5b2e$8f31c2a0$ad9547e0$@hmota.example>", charset="windows-1250",
                                extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
                  text(body, charset="windows-1250"))
    return [p], eml, expected("confirmation",
        "L1 as ordered. L2 rounded to 13 000 ks (pack of 1 000) -> changed qty 13000. L3 date 14. 12. 2026 instead of 7. 12. -> changed.",
        [conf(p, {1: "acc", 2: chg(p, 2, quantity=13000), 3: chg(p, 3, date="2026-12-14")})])


@case(12, "pl-ooo-iso8859-2", "Polish out-of-office auto reply (ISO-8859-2 QP) that mentions orders and confirmations and gives a return date.")
def c012():
    s = sup("NARZ", "Narzędziapol Sp. z o.o.", "k.wisniewska@narzedziapol.example", "pl-PL")
    p = po("4500031450", s, "mk", "PLN", "2026-11-10", [
        ("SC-F-900", "Sash clamp F-type 900 mm, steel bar", 24, "EA", "48.90", "2027-01-12")])
    body = ("Dzień dobry,\n\ndziękuję za wiadomość. Jestem poza biurem do 23.11.2026 r. z ograniczonym dostępem do poczty.\n"
            "W sprawach pilnych, w tym zamówień i potwierdzeń zamówień, proszę kontaktować się z działem sprzedaży: "
            "sprzedaz@narzedziapol.example, tel. +48 61 852 11 40.\n\nPozdrawiam\nKatarzyna Wiśniewska\n")
    h = reply_headers(p, "Katarzyna Wiśniewska", s["email"], rfcdate(2026, 11, 10, 10, 15),
                      "<ooo.1794301500.ab12@narzedziapol.example>", charset="iso-8859-2",
                      subject="Automatyczna odpowiedź: " + subj(p),
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    eml = message(h, text(body, charset="iso-8859-2"))
    return [p], eml, expected("auto_reply", "Out-of-office notice until 23.11.2026; mentions orders but commits to nothing.")


@case(13, "jp-turnbuckles-sjis-keigo", "Japanese keigo reply in Shift_JIS base64: line 1 as ordered with full-width spacing, line 2 revised unit price '2,150円→2,260円' and later date.")
def c013():
    s = sup("MARUWA", "Maruwa Kanamono Co., Ltd.", "eigyo@maruwa-kanamono.example", "ja-JP")
    p = po("4500031488", s, "pn", "JPY", "2026-11-06", [
        ("TB-JIS-M12", "Turnbuckle JIS M12, frame type, SUS304", 50, "EA", "1280", "2027-01-15"),
        ("TB-JIS-M16", "Turnbuckle JIS M16, frame type, SUS304", 30, "EA", "2150", "2027-01-15")])
    body = ("ノースゲート・サプライ\nプリヤ・ナイル様\n\nいつもお世話になっております。\n株式会社丸和金物の佐藤でございます。\n\n"
            "この度はご注文をいただき誠にありがとうございます。\nご注文番号4500031488につきまして、下記の通りご回答申し上げます。\n\n"
            "1. TB-JIS-M12　50個　単価1,280円　納期：2027年1月15日\n"
            "2. TB-JIS-M16　30個　単価2,150円→2,260円　納期：2027年1月22日\n"
            "　※材料費高騰のため、2の単価は改定後の2,260円にてお受けいたします。\n\n"
            "ご確認のほど、よろしくお願い申し上げます。\n\n"
            "────────────────\n株式会社丸和金物　営業部\n佐藤　健一\nTEL 06-6541-2233 / FAX 06-6541-2234\n"
            "────────────────\n")
    eml = message(reply_headers(p, "佐藤 健一", s["email"], rfcdate(2026, 11, 12, 17, 40, "+0900"),
                                "<20261112174012.7A1C.MARUWA@maruwa-kanamono.example>", charset="shift_jis"),
                  text(body, charset="shift_jis", cte="base64"))
    return [p], eml, expected("confirmation",
        "Line 1 as ordered (50 pcs, 1,280 JPY, 2027-01-15). Line 2 accepted at revised price 2,260 JPY with delivery 2027-01-22.",
        [conf(p, {1: "acc", 2: chg(p, 2, price="2260", date="2027-01-22")})])


@case(14, "tw-flatbar-big5-per-kg", "Traditional Chinese (Big5 base64) reply on a by-weight PO: quantity adjusted to whole bars (509 kg) and a steel-price increase per kg.")
def c014():
    s = sup("HCS", "Hong Chang Steel Co., Ltd.", "sales@hongchangsteel.example", "zh-TW")
    p = po("4500031512", s, "pn", "TWD", "2026-11-09", [
        ("FB-40x5-S235", "Flat bar 40 x 5 mm, S235JR, 6 m lengths", 500, "KG", "42.50", "2026-12-22"),
        ("FB-50x8-S235", "Flat bar 50 x 8 mm, S235JR, 6 m lengths", 800, "KG", "41.80", "2026-12-22")])
    body = ("Priya 您好：\n\n貴公司訂單 4500031512 確認如下：\n\n"
            "項次1 扁鐵 40x5mm：因以整支出貨（每支6米約9.42公斤），實際數量為 509 公斤（54支），單價 NT$42.50/公斤，交期 2026/12/22。\n"
            "項次2 扁鐵 50x8mm：800 公斤，單價調整為 NT$43.60/公斤（鋼價上漲），交期 2026/12/22。\n\n"
            "謝謝！\n\n宏昌鋼鐵股份有限公司 業務部 陳怡君\n電話：(04)2358-1234 分機 215\n")
    eml = message(reply_headers(p, "陳怡君", s["email"], rfcdate(2026, 11, 13, 10, 2, "+0800"),
                                "<5f1e2a9c0b1d4e7a.hcs@hongchangsteel.example>", charset="big5"),
                  text(body, charset="big5", cte="base64"))
    return [p], eml, expected("confirmation",
        "Line 1: qty changed to 509 kg (whole bars), price/date as ordered. Line 2: 800 kg at 43.60/kg instead of 41.80, date as ordered.",
        [conf(p, {1: chg(p, 1, quantity=509), 2: chg(p, 2, price="43.60")})])


@case(15, "ru-logtongs-koi8-pending", "Russian KOI8-R reply: order received, production lead time being clarified, confirmation promised by end of week.")
def c015():
    s = sup("LTS", "OOO LesTekhSnab", "sales@lestehsnab.example", "ru-RU")
    p = po("4500031540", s, "jb", "RUB", "2026-11-09", [
        ("LT-600", "Log tongs 600 mm, forged, 2-point", 40, "EA", "1850.00", "2027-01-20"),
        ("LT-900", "Log tongs 900 mm, forged, 4-point", 20, "EA", "3420.00", "2027-01-20")])
    body = ("Добрый день, Йонас!\n\nЗаказ 4500031540 получили, спасибо. Сейчас уточняем с заводом сроки изготовления "
            "партии захватов, особенно 900 мм. Подтверждение по всему заказу (количество, цены и сроки) пришлю "
            "до конца недели, как только получу ответ от производства.\n\n"
            "С уважением,\nАлексей Смирнов\nменеджер отдела продаж\nООО \"ЛесТехСнаб\"\nтел. +7 (812) 334-55-10, доб. 214\n")
    eml = message(reply_headers(p, "Алексей Смирнов", s["email"], rfcdate(2026, 11, 11, 12, 48, "+0300"),
                                "<1731318480.112233@lestehsnab.example>", charset="koi8-r", prefix="Re: "),
                  text(body, charset="koi8-r", cte="8bit"))
    return [p], eml, expected("needs_review", "Receipt plus promise to confirm by end of week; no line is committed.")


@case(16, "mx-mixers-two-pos-one-mail", "Mexican Spanish reply answering two POs in one mail (thread of the first), prices '$14,980.00', dates without year.")
def c016():
    s = sup("OLV", "Maquinaria Olvera S.A. de C.V.", "ventas@maqolvera.example", "es-MX")
    a = po("4500031566", s, "ta", "MXN", "2026-11-05", [
        ("MM-120-E", "Mortar mixer 120 L, 1/2 HP electric", 6, "EA", "6450.00", "2027-01-18"),
        ("MM-PAD-140", "Mixing paddle 140 mm, M14", 40, "EA", "289.00", "2027-01-18")])
    b = po("4500031571", s, "ta", "MXN", "2026-11-06", [
        ("MM-160-G", "Mortar mixer 160 L, gasoline engine", 4, "EA", "14980.00", "2027-01-25"),
        ("MM-WHL-16", "Replacement wheel kit 16 in", 8, "SET", "735.00", "2027-01-25")])
    body = ("Buenas tardes Tom:\n\nTe confirmo ambas órdenes:\n\n"
            "OC 4500031566 – todo conforme: 6 revolvedoras 120 L a $6,450.00 y 40 aspas a $289.00, entrega 18 de enero.\n"
            "OC 4500031571 – las 4 revolvedoras de 160 L conforme a $14,980.00 para el 25 de enero; los kits de llanta "
            "(partida 2) los tenemos hasta el 5 de febrero, mismo precio.\n\nPrecios más IVA.\n\n"
            "Saludos cordiales,\n\nIng. Martín Olvera\nMaquinaria Olvera S.A. de C.V.\nTel. 33 3615 2090 | RFC MOL980312AB4\n\n"
            + quote_outlook(a, "es", "jueves, 5 de noviembre de 2026 03:14 a. m.", separator=False))
    eml = message(reply_headers(a, "Martín Olvera", s["email"], rfcdate(2026, 11, 12, 18, 10, "-0600"),
                                "<BY5PR10MB4290.olvera@BY5PR10MB4290.namprd10.prod.outlook.example>"),
                  text(body, charset="utf-8"))
    return [a, b], eml, expected("confirmation",
        "Both POs answered. 4500031566 all as ordered (18 de enero -> 2027-01-18). 4500031571: line 1 as ordered; line 2 same price but 5 de febrero -> 2027-02-05.",
        [conf(a, {1: "acc", 2: "acc"}), conf(b, {1: "acc", 2: chg(b, 2, date="2027-02-05")})])


@case(17, "it-bounce-postfix-user-unknown", "Postfix DSN (multipart/report) for our request to an Italian supplier: 550 5.1.1 'Utente sconosciuto'.")
def c017():
    s = sup("BORS", "Ferramenta Borsari S.r.l.", "ordini@ferramentaborsari.example", "it-IT")
    p = po("4500031590", s, "jb", "EUR", "2026-11-10", [
        ("HS-300-PRO", "Hacksaw frame 300 mm, professional", 36, "EA", "11.60", "2026-12-18"),
        ("HS-BL-24T", "Hacksaw blade 300 mm 24 TPI bi-metal, 10-pack", 60, "BOX", "9.85", "2026-12-18")])
    human = ("This is the mail system at host mail.northgate-supply.example.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<ordini@ferramentaborsari.example>: host mx1.ferramentaborsari.example[192.0.2.44]\n"
             "    said: 550 5.1.1 <ordini@ferramentaborsari.example>: Recipient address\n"
             "    rejected: Utente sconosciuto / User unknown (in reply to RCPT TO command)\n")
    ds = ("Reporting-MTA: dns; mail.northgate-supply.example\nX-Postfix-Queue-ID: 4Fq2Lk1cZzz3wS\n"
          "X-Postfix-Sender: rfc822; jonas.berg@northgate-supply.example\nArrival-Date: Tue, 10 Nov 2026 10:14:03 +0100 (CET)\n\n"
          "Final-Recipient: rfc822; ordini@ferramentaborsari.example\nOriginal-Recipient: rfc822;ordini@ferramentaborsari.example\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx1.ferramentaborsari.example\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <ordini@ferramentaborsari.example>: Recipient\n    address rejected: Utente sconosciuto / User unknown\n")
    orig = ("From: Jonas Berg <jonas.berg@northgate-supply.example>\nTo: ordini@ferramentaborsari.example\n"
            "Subject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            % (subj(p), req_sent(p), p["request_message_id"]))
    root = multipart("report", [
        raw("text/plain; charset=us-ascii", human, [("Content-Description", "Notification")]),
        raw("message/delivery-status", ds, [("Content-Description", "Delivery report")]),
        raw("text/rfc822-headers", orig, [("Content-Description", "Undelivered Message Headers")])],
        "4Fq2Lk1cZzz3wS.1794301000/mail.northgate-supply.example", "; report-type=delivery-status")
    h = [("From", "MAILER-DAEMON@mail.northgate-supply.example (Mail Delivery System)"),
         ("To", p["buyer"]["email"]), ("Subject", "Undelivered Mail Returned to Sender"),
         ("Date", rfcdate(2026, 11, 10, 10, 14, ss=7)), ("Message-ID", "<20261110091407.5E1C21B2@mail.northgate-supply.example>"),
         ("Auto-Submitted", "auto-replied")]
    return [p], message(h, root), expected("bounce", "Postfix DSN: our request to the supplier's address failed with 550 5.1.1.")


@case(18, "nl-sashclamps-week-pending-line", "Dutch reply: lines 1-2 'akkoord, levering week 51', line 3 out of stock with an answer promised tomorrow (unconfirmed).")
def c018():
    s = sup("HGB", "Houtgereedschap Brabant B.V.", "verkoop@hg-brabant.example", "nl-NL")
    p = po("4500031612", s, "mk", "EUR", "2026-11-10", [
        ("SC-T-600", "Sash clamp T-bar 600 mm", 30, "EA", "16.75", "2026-12-15"),
        ("SC-T-1200", "Sash clamp T-bar 1200 mm", 30, "EA", "21.40", "2026-12-15"),
        ("SC-T-1800", "Sash clamp T-bar 1800 mm", 10, "EA", "27.90", "2026-12-15")])
    body = ("Hoi Marta,\n\nRegel 1 en 2 akkoord, levering week 51.\n"
            "De 1800 mm hebben we op dit moment niet op voorraad, ik hoor morgen van de fabriek wanneer de nieuwe serie "
            "binnenkomt en laat het je dan weten.\n\nGroet,\nRuud de Vries\nVerkoop binnendienst\n"
            "Houtgereedschap Brabant B.V. | KvK 17045521 | +31 (0)40 251 88 30\n"
            + quote_outlook(p, "nl", "dinsdag 10 november 2026 10:14"))
    eml = message(reply_headers(p, "Ruud de Vries", s["email"], rfcdate(2026, 11, 12, 16, 55),
                                "<AS8PR07MB7621.hgb@AS8PR07MB7621.eurprd07.prod.outlook.example>", prefix="Antw: "),
                  text(body))
    return [p], eml, expected("confirmation",
        "Lines 1-2 accepted at PO qty/price for week 51 = Friday 2026-12-18 (later than 12-15 -> changed). Line 3: no commitment yet -> unconfirmed.",
        [conf(p, {1: chg(p, 1, date=kw(2026, 51)), 2: chg(p, 2, date=kw(2026, 51)), 3: UNC})])
