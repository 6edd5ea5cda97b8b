# -*- coding: utf-8 -*-
from .common import *  # noqa


# 001
@case("at-anchor-bolts-kw51", "confirmation", "de-AT",
      "German Outlook top-post; only line 2 deviates, given as bare calendar week 'KW 51' (=Friday) and Austrian 'Jänner'.")
def c001():
    s = sup("HUBER", "Befestigungstechnik Huber GmbH", "verkauf@huber-befestigung.example", "de-AT")
    po = mkpo("4500031001", s, "EUR", "2026-11-03", [
        ("HB-M12-110", "Anchor bolt M12x110, zinc plated", 2000, "PC", "0.42", "2026-12-14"),
        ("HB-M16-145", "Anchor bolt M16x145, hot-dip galv.", 800, "PC", "1.18", "2026-12-14"),
        ("HB-M20-200", "Heavy anchor bolt M20x200", 150, "PC", "3.95", "2027-01-11")])
    body = """Sehr geehrte Frau Ruiz,

vielen Dank für Ihre Bestellung 4500031001 vom 3.11.

Pos. 1 (M12x110, 2.000 Stk. à 0,42 €) bestätigen wir wie bestellt zum 14.12.
Pos. 2 (M16x145): Menge und Preis (1,18 €/Stk.) passen, Liefertermin leider erst KW 51, da die Feuerverzinkung ausgelastet ist.
Pos. 3 (M20x200, 150 Stk.) liefern wir wie gewünscht am 11. Jänner 2027.

Mit freundlichen Grüßen

Ing. Markus Leitner
Innendienst / Verkauf
Befestigungstechnik Huber GmbH
Industriestraße 14, 2700 Wiener Neustadt
Tel. +43 2622 23456-17 | Fax +43 2622 23456-99
FN 123456a, LG Wiener Neustadt | UID ATU12345678
"""
    q = q_outlook(po, "Dienstag, 3. November 2026 10:12", ("Von", "Gesendet", "An", "Betreff"),
                  "-----Ursprüngliche Nachricht-----")
    eml = reply(po, "Markus Leitner", s["email"], "Thu, 5 Nov 2026 08:47:13 +0100",
                "<AM0PR07MB4412A1F3@AM0PR07MB4412.eurprd07.prod.outlook.example>", body, q,
                charset="iso-8859-15", prefix="AW: ")
    return [po], eml, exp("confirmation",
        "Lines 1 and 3 as ordered ('Jänner' = January). Line 2 keeps qty/price but 'KW 51' without a day = Friday of ISO week 51 = 2026-12-18.",
        conf(po, {1: A(po, 1), 2: C(po, 2, d=kw(2026, 51)), 3: A(po, 3)}))


# 002
@case("br-brake-cleaner-reajuste", "confirmation", "pt-BR",
      "Gmail multipart reply in Portuguese; line 2 price raised by a percentage that is also stated in R$, dates dd/mm without year.")
def c002():
    s = sup("QUIPAU", "Química Paulista Ltda", "vendas@quimicapaulista.example", "pt-BR")
    po = mkpo("4500031002", s, "BRL", "2026-11-04", [
        ("QP-LF500", "Brake cleaner aerosol 500 ml", 1200, "EA", "18.90", "2026-12-10"),
        ("QP-LF5L", "Brake cleaner 5 L canister", 60, "EA", "96.50", "2027-01-15")])
    body = """Boa tarde Dana,

Segue a confirmação do pedido 4500031002:

Item 1 - Limpa freios aerossol 500 ml: 1.200 un a R$ 18,90, entrega 10/12 ok.
Item 2 - Limpa freios galão 5 L: 60 un, preço reajustado em 4% conforme tabela vigente desde 01/11 (R$ 100,36/un), entrega 15/01.

Qualquer dúvida estou à disposição.

Att,
Fernanda Lima
Química Paulista Ltda - Depto. Comercial
CNPJ 12.345.678/0001-90 | (11) 4002-8922 | WhatsApp (11) 98765-4321
"""
    q = q_gmail(po, "Em qua., 4 de nov. de 2026 às 10:12, Dana Ruiz <dana.ruiz@buyer.example> escreveu:")
    hb = h2t(body) + q_html(po, "Em qua., 4 de nov. de 2026 às 10:12, Dana Ruiz &lt;dana.ruiz@buyer.example&gt; escreveu:")
    eml = reply(po, "Fernanda Lima", s["email"], "Mon, 9 Nov 2026 14:22:51 -0300",
                "<CAF3x9Lq2mZ+pT7vYk1Ryq8GdE@mail.gmail.example>", body, q, htmlbody=hb)
    return [po], eml, exp("confirmation",
        "Line 1 as ordered (10/12 = 2026-12-10). Line 2: +4% on 96.50 = 100.36 (matches the stated R$ 100,36); 15/01 without year = 2027-01-15 as requested, so only the price changed.",
        conf(po, {1: A(po, 1), 2: C(po, 2, p="100.36")}))


# 003
@case("th-breakers-buddhist-era", "confirmation", "th-TH",
      "Thai base64 mail with Buddhist-era years (2569/2570 = 2026/2027), one later date and one discontinued line.")
def c003():
    s = sup("SIAMEL", "Siam Electric Supply Co., Ltd.", "sales@siamelectric.example", "th-TH")
    po = mkpo("4500031003", s, "THB", "2026-11-05", [
        ("SE-MCB-1P16", "MCB 1P 16A 6kA", 400, "EA", "145.00", "2026-12-18"),
        ("SE-MCB-3P32", "MCB 3P 32A 10kA", 120, "EA", "620.00", "2027-01-15"),
        ("SE-RCBO-2P20", "RCBO 2P 20A 30mA", 80, "EA", "890.00", "2027-01-15")])
    body = """เรียน คุณดาน่า

ทางบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500031003 ดังนี้

รายการที่ 1 MCB 1P 16A จำนวน 400 ตัว ราคาต่อหน่วย 145.00 บาท กำหนดส่งสินค้า 18 ธ.ค. 2569
รายการที่ 2 MCB 3P 32A จำนวน 120 ตัว ราคาต่อหน่วย 620.00 บาท กำหนดส่งสินค้า 22 ม.ค. 2570
รายการที่ 3 RCBO 2P 20A ผู้ผลิตยกเลิกการผลิตรุ่นนี้แล้ว ไม่สามารถจัดส่งได้ ขออภัยในความไม่สะดวก

ขอแสดงความนับถือ
สมชาย ใจดี
ฝ่ายขาย บริษัท สยามอิเล็คทริค ซัพพลาย จำกัด
โทร 02-123-4567 ต่อ 112
"""
    eml = reply(po, "สมชาย ใจดี", s["email"], "Tue, 10 Nov 2026 11:05:40 +0700",
                "<20261110040540.7781@mail.siamelectric.example>", body, q_gmail(po), cte="base64")
    return [po], eml, exp("confirmation",
        "Thai Buddhist-era years: 2569 = 2026, 2570 = 2027. Line 1 as ordered; line 2 delivery 22 Jan 2027 instead of 15 Jan; line 3 discontinued -> rejected.",
        conf(po, {1: A(po, 1), 2: C(po, 2, d="2027-01-22"), 3: R}))


# 004
@case("ke-door-closers-phone", "confirmation", "sw-KE",
      "Short Swahili reply from a phone over a Samsung-style quote; confirms both lines as ordered with a d/m/yyyy date.")
def c004():
    s = sup("MOMHW", "Mombasa Hardware Traders Ltd", "orders@mombasahardware.example", "sw-KE")
    po = mkpo("4500031004", s, "KES", "2026-11-05", [
        ("MH-DC-EN3", "Door closer EN3, silver", 60, "EA", "2450.00", "2026-12-07"),
        ("MH-DC-EN4", "Door closer EN4 with hold-open", 24, "EA", "3890.00", "2026-12-07")])
    body = """Habari Dana,
Tumepokea LPO 4500031004. Tunathibitisha bidhaa zote mbili, idadi na bei kama zilivyo kwenye oda. Tutaleta tarehe 7/12/2026.
Asante,
Juma Mwangi

Sent from my Samsung Galaxy smartphone.
"""
    q = ("\n\n-------- Original message --------\nFrom: Dana Ruiz <dana.ruiz@buyer.example>\n"
         "Date: 05/11/2026 12:12 (GMT+03:00)\nTo: orders@mombasahardware.example\nSubject: %s\n\n%s"
         % (req_subject(po), req_body(po)))
    eml = reply(po, "Juma Mwangi", s["email"], "Fri, 6 Nov 2026 16:40:02 +0300",
                "<k3j2h1-0987@email.android.example>", body, q)
    return [po], eml, exp("confirmation",
        "Both lines confirmed with quantity and price as on the order; 7/12/2026 (day-first) = requested 2026-12-07.",
        allacc(po))


# 005
@case("in-earth-rods-hindi-split", "confirmation", "hi-IN",
      "Hindi reply with Indian digit grouping (6,87,500) and dd-mm-yyyy dispatch dates; line 1 split 300 + 200.")
def c005():
    s = sup("SHAKTI", "Shakti Earthing Solutions Pvt. Ltd.", "sales@shaktiearthing.example", "hi-IN")
    po = mkpo("4500031005", s, "INR", "2026-11-02", [
        ("SES-CBR-1430", "Copper bonded earth rod 14.2 mm x 3 m", 500, "EA", "1280.00", "2026-12-12"),
        ("SES-CLAMP-16", "Earth rod clamp 16 mm, brass", 500, "EA", "95.00", "2026-12-12")])
    body = """आदरणीय डाना जी,

आपका क्रय आदेश 4500031005 प्राप्त हुआ, धन्यवाद।

मद 1 (कॉपर बॉन्डेड अर्थ रॉड 14.2 मिमी x 3 मी): अभी स्टॉक में 300 नग हैं। 300 नग 12-12-2026 को तथा शेष 200 नग 05-01-2027 को भेजे जाएंगे। दर ₹1,280.00 प्रति नग यथावत।
मद 2 (ब्रास क्लैम्प 16 मिमी): 500 नग ₹95.00 प्रति नग, 12-12-2026 को पूर्ण आपूर्ति।

कुल आदेश मूल्य: ₹6,87,500.00 (GST अतिरिक्त)

सादर,
राजेश शर्मा
बिक्री विभाग, शक्ति अर्थिंग सॉल्यूशंस प्रा. लि.
मो. +91 98765 43210 | GSTIN 27AABCS1234F1Z5
"""
    eml = reply(po, "Rajesh Sharma", s["email"], "Mon, 9 Nov 2026 12:30:11 +0530",
                "<1731135611.4471@shaktiearthing.example>", body, q_outlook(po))
    return [po], eml, exp("confirmation",
        "Line 1: full 500 at unchanged price but split: 300 dispatched 2026-12-12, 200 on 2027-01-05 (dd-mm-yyyy); only dispatch dates given so they count. Line 2 as ordered. Total 6,87,500 is Indian grouping and consistent.",
        conf(po, {1: C(po, 1, sched=[(300, "2026-12-12"), (200, "2027-01-05")]), 2: A(po, 2)}))


# 006
@case("is-flashlights-successor-question", "needs_review", "is-IS",
      "Icelandic reply asking whether a successor model may replace a discontinued line before confirming anything.")
def c006():
    s = sup("LJOSV", "Ljósvirki ehf.", "pantanir@ljosvirki.example", "is-IS")
    po = mkpo("4500031006", s, "ISK", "2026-11-04", [
        ("LV-FL-300", "LED flashlight 300 lm, aluminium", 200, "EA", "2490.00", "2026-12-16"),
        ("LV-FL-1000R", "Rechargeable flashlight 1000 lm", 50, "EA", "8900.00", "2026-12-16")])
    body = """Sæl Dana,

Takk fyrir pöntunina nr. 4500031006.

Vasaljósið LV-FL-300 er hætt í framleiðslu hjá birgjanum okkar, en við getum boðið arftakann LV-FL-350 (350 lm, sama stærð) á 2.690 kr. stk. Viltu að við breytum línu 1 í þá vöru?

Þegar svarið liggur fyrir staðfestum við alla pöntunina með afhendingardögum.

Kveðja,
Guðrún Sigurðardóttir
Ljósvirki ehf. | Skútuvogi 6, 104 Reykjavík | s. 555 1234 | kt. 510199-2389
"""
    eml = reply(po, "Guðrún Sigurðardóttir", s["email"], "Wed, 11 Nov 2026 09:15:27 +0000",
                "<6F1E2D3C.4B5A@ljosvirki.example>", body, q_gmail(po), prefix="SV: ")
    return [po], eml, exp("needs_review",
        "Supplier asks whether we accept a substitute for line 1 and explicitly says the whole order will be confirmed only after our answer: nothing is committed yet.")


# 007
@case("de-hoses-erp-pdf-ab", "confirmation", "de-DE",
      "Automatic ERP mail (no thread headers) with a PDF Auftragsbestätigung: price per 100 m, changed price on pos 30, 'KW 06/2027' date.")
def c007():
    s = sup("GARTW", "Gartenwelt Schläuche GmbH & Co. KG", "auftrag@gartenwelt-schlauch.example", "de-DE")
    po = mkpo("4500031007", s, "EUR", "2026-11-06", [
        ("GW-SL-12-50", "Garden hose 1/2\", 50 m roll", 120, "ROL", "24.90", "2027-02-05"),
        ("GW-SL-34-M", "Garden hose 3/4\", cut length", 600, "M", "1.89", "2027-02-05"),
        ("GW-KUP-12", "Hose connector 1/2\", brass", 400, "PC", "1.35", "2027-02-05")])
    lines = [
        "Gartenwelt Schläuche GmbH & Co. KG  -  Am Wasserturm 3  -  48155 Münster",
        "",
        "Northgate Supply Co., Dock 4, 1200 Harbour Road, Rotterdam",
        "",
        "AUFTRAGSBESTÄTIGUNG  Nr. 26-40877                     Datum: 09.11.2026",
        "Ihre Bestellung: 4500031007 vom 06.11.2026    Kunden-Nr.: 700412",
        "",
        "Pos  Artikel        Bezeichnung                     Menge   ME    Preis EUR  PE     Liefertermin",
        "10   GW-SL-12-50    Gartenschlauch 1/2\" 50 m Rolle    120   Rol       24,90   1      05.02.2027",
        "20   GW-SL-34-M     Gartenschlauch 3/4\" Meterware     600   m        189,00   100 m  05.02.2027",
        "30   GW-KUP-12      Schlauchkupplung 1/2\" Messing     400   Stk        1,42   1      KW 06/2027",
        "",
        "Warenwert netto: 4.690,80 EUR    zzgl. 19 % MwSt.",
        "Zahlungsbedingungen: 30 Tage netto.  Lieferung frei Haus.",
        "Hinweis Pos. 30: Preisanpassung Messing lt. Rundschreiben 10/2026.",
        "Es gelten unsere AGB. Dieses Dokument wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    ]
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 26-40877 zu Ihrer Bestellung 4500031007.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht an diese Adresse; Rückfragen richten Sie bitte an innendienst@gartenwelt-schlauch.example.

Gartenwelt Schläuche GmbH & Co. KG
Sitz Münster, AG Münster HRA 9876 | USt-IdNr. DE123456789
"""
    eml = reply(po, "Gartenwelt ERP", "noreply-ab@gartenwelt-schlauch.example", "Mon, 9 Nov 2026 06:02:18 +0100",
                "<AB.26-40877.20261109060218@erp.gartenwelt-schlauch.example>", body,
                subject="Auftragsbestätigung 26-40877 zu Ihrer Bestellung 4500031007", is_reply=False,
                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "proALPHA Mailservice")],
                atts=[att("AB_26-40877.pdf", "application/pdf", pdf(lines, "Auftragsbestaetigung 26-40877"))])
    return [po], eml, exp("confirmation",
        "ERP order confirmation PDF counts as a confirmation. Pos 10 as ordered. Pos 20: 189,00 per 100 m = 1.89/m, as ordered. Pos 30: price 1.42 instead of 1.35 and 'KW 06/2027' (no day) = Friday 2027-02-12. Net total 2988+1134+568 = 4690.80 is consistent.",
        conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(po, 3, p="1.42", d=kw(2027, 6))}))


# 008
@case("fr-hinges-prix-le-cent", "confirmation", "fr-FR",
      "French Outlook reply in ISO-8859-1: price quoted per hundred ('92,00 € le cent'), delivery 'semaine 2' for both lines.")
def c008():
    s = sup("QMOREAU", "Quincaillerie Moreau SAS", "adv@quincaillerie-moreau.example", "fr-FR")
    po = mkpo("4500031008", s, "EUR", "2026-11-05", [
        ("QM-CH-80", "Butt hinge 80x80 mm, steel", 1500, "PC", "0.85", "2027-01-08"),
        ("QM-CH-100", "Butt hinge 100x75 mm, stainless", 600, "PC", "2.30", "2027-01-08")])
    body = """Bonjour Madame Ruiz,

Suite à votre commande n° 4500031008, voici notre confirmation :

- Charnières acier 80x80 : 1 500 pièces, prix 92,00 € le cent (hausse matière au 1er novembre), livraison semaine 2.
- Charnières inox 100x75 : 600 pièces à 2,30 € pièce, livraison semaine 2 également.

Restant à votre disposition,
Cordialement,

Sophie Garnier
Administration des ventes
Quincaillerie Moreau SAS - 12 rue des Forges - 42000 Saint-Étienne
Tél. 04 77 12 34 56 - SIRET 123 456 789 00012
"""
    q = q_outlook(po, "jeudi 5 novembre 2026 10:12", ("De ", "Envoyé ", "À ", "Objet "),
                  "________________________________")
    eml = reply(po, "Sophie Garnier", s["email"], "Thu, 12 Nov 2026 15:31:09 +0100",
                "<PR1P264MB2231C0FFEE@PR1P264MB2231.FRAP264.prod.outlook.example>", body, q,
                charset="windows-1252")
    return [po], eml, exp("confirmation",
        "Line 1: 92,00 € per hundred = 0.92/PC (was 0.85); 'semaine 2' without a day = Friday of ISO week 2 2027 = 2027-01-15. Line 2: qty and price as ordered, date week 2 -> 2027-01-15 (requested 01-08).",
        conf(po, {1: C(po, 1, p="0.92", d=kw(2027, 2)), 2: C(po, 2, d=kw(2027, 2))}))


# 009
@case("cz-pu-foam-carton-rounding", "confirmation", "cs-CZ",
      "Czech windows-1250 quoted-printable reply: quantity rounded up to full cartons (130 -> 132) and date '20. 1.' without year.")
def c009():
    s = sup("IZOBRNO", "Izolace Brno s.r.o.", "objednavky@izolace-brno.example", "cs-CZ")
    po = mkpo("4500031009", s, "CZK", "2026-11-04", [
        ("IB-PU-750", "PU foam, gun grade 750 ml", 130, "EA", "139.00", "2027-01-20"),
        ("IB-PU-CL500", "PU foam cleaner 500 ml", 48, "EA", "89.50", "2027-01-20")])
    body = """Dobrý den,

potvrzujeme Vaši objednávku č. 4500031009:

pol. 1 - PU pěna pistolová 750 ml: balíme po 12 ks v kartonu, proto dodáme 132 ks (11 kartonů) á 139,00 Kč
pol. 2 - čistič PU pěny 500 ml: 48 ks á 89,50 Kč

Termín dodání obou položek: 20. 1.

S pozdravem

Petra Nováková
obchodní oddělení
Izolace Brno s.r.o., Vídeňská 88, 639 00 Brno
tel.: +420 541 234 567, IČO: 12345678, DIČ: CZ12345678
"""
    eml = reply(po, "Petra Nováková", s["email"], "Tue, 10 Nov 2026 10:20:44 +0100",
                "<000b01db3a2f$4c1d2e30$e4578a90$@izolace-brno.example>", body,
                q_outlook(po, "středa 4. listopadu 2026 10:12", ("Od", "Odesláno", "Komu", "Předmět"),
                          "-----Original Message-----"), charset="windows-1250", hcharset="windows-1250")
    return [po], eml, exp("confirmation",
        "Line 1 rounded up to full cartons of 12: 132 at unchanged price. Line 2 as ordered. '20. 1.' without year = next 20 Jan after the mail = 2027-01-20, the requested date.",
        conf(po, {1: C(po, 1, q=132), 2: A(po, 2)}))


# 010
@case("us-ooo-until-1120", "auto_reply", "en-US",
      "US out-of-office with month-first dates, phone numbers and an alternate contact; commits to nothing.")
def c010():
    s = sup("KEYST", "Keystone Tool Supply Inc.", "bkowalski@keystonetool.example", "en-US")
    po = mkpo("4500031010", s, "USD", "2026-11-06", [
        ("KT-TM-25", "Tape measure 25 ft / 7.5 m", 240, "EA", "6.45", "2026-12-04")])
    body = """Thank you for your email. I am out of the office from 11/09 through 11/20 with limited access to email.

For urgent order matters please contact our customer service team at (412) 555-0187 or cs@keystonetool.example. Your message has not been forwarded.

I will respond upon my return.

Brian Kowalski
Account Manager | Keystone Tool Supply Inc.
"""
    eml = reply(po, "Brian Kowalski", s["email"], "Mon, 9 Nov 2026 08:02:10 -0500",
                "<a1b2c3d4e5f6@BN8PR12MB3345.namprd12.prod.outlook.example>", body,
                prefix="Automatic reply: ",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], eml, exp("auto_reply", "Out-of-office automatic reply; no statement about the order.")


# 011
@case("gb-jigsaw-inline-caps", "confirmation", "en-GB",
      "Answers typed in capitals between the '>' quoted PO lines: one OK, one new price, one discontinued, one earlier date.")
def c011():
    s = sup("SHEFB", "Sheffield Blade Co. Ltd", "sales@sheffieldblade.example", "en-GB")
    po = mkpo("4500031011", s, "GBP", "2026-11-03", [
        ("SB-T101B", "Jigsaw blade T101B wood, pack of 5", 300, "SET", "2.85", "2026-12-11"),
        ("SB-T118A", "Jigsaw blade T118A metal, pack of 5", 200, "SET", "3.40", "2026-12-11"),
        ("SB-T144DP", "Jigsaw blade T144DP precision, 5 pcs", 100, "SET", "4.10", "2026-12-11"),
        ("SB-T308B", "Jigsaw blade T308B extra clean, 5 pcs", 50, "SET", "5.95", "2027-01-08")], buyer="tom")
    answers = {"SB-T101B": "OK AS ORDERED",
               "SB-T118A": "OK BUT PRICE IS NOW £3.55 PER PACK (LIST UPDATE 1/11)",
               "SB-T144DP": "DISCONTINUED BY THE MILL, NO REPLACEMENT - PLEASE CANCEL THIS LINE",
               "SB-T308B": "OK - STOCK AVAILABLE SO WILL ARRIVE EARLY, 18/12/26"}
    out = []
    for ln in req_body(po).split("\n"):
        out.append("> " + ln if ln else ">")
        for k, v in answers.items():
            if (" " + k + " ") in ln:
                out.append(v)
    body = "Hi Tomasz,\n\nAnswers inline below in CAPS.\n\nCheers\nGareth\n\n" \
           "From: Tomasz Weber <t.weber@buyer.example>\nSent: 03 November 2026 10:12\n" \
           "To: sales@sheffieldblade.example\nSubject: %s\n\n" % req_subject(po)
    body += "\n".join(out) + "\n\nGareth Holt | Sales Office | Sheffield Blade Co. Ltd | 0114 496 0321\nRegistered in England No. 01234567 | VAT GB 123 4567 89\n"
    eml = reply(po, "Gareth Holt", s["email"], "Wed, 4 Nov 2026 13:18:55 +0000",
                "<LO2P265MB5521F0A1@LO2P265MB5521.GBRP265.prod.outlook.example>", body)
    return [po], eml, exp("confirmation",
        "Inline answers under each quoted line: line 1 OK; line 2 price 3.55 (was 3.40); line 3 discontinued -> rejected; line 4 earlier date 18/12/26 (day-first) = 2026-12-18.",
        conf(po, {1: A(po, 1), 2: C(po, 2, p="3.55"), 3: R, 4: C(po, 4, d="2026-12-18")}))


# 012
@case("jp-scales-shiftjis-fullwidth", "confirmation", "ja-JP",
      "Shift_JIS base64 Japanese reply with full-width digits (２，１５０円) and a later date on line 2 due to a maker shortage.")
def c012():
    s = sup("TANAKA", "Tanaka Keiki Co., Ltd.", "juchu@tanaka-keiki.example", "ja-JP")
    po = mkpo("4500031012", s, "JPY", "2026-11-05", [
        ("TK-KS-2KG", "Digital kitchen scale 2 kg / 0.1 g", 100, "EA", "2150", "2026-12-15"),
        ("TK-KS-5KG", "Digital kitchen scale 5 kg / 1 g", 60, "EA", "2680", "2026-12-15")])
    body = """Northgate Supply Co.
ダナ・ルイス様

いつも大変お世話になっております。
タナカ計器 営業部の佐藤でございます。

ご注文（注文番号 4500031012）につきまして、下記の通りお請けいたします。

１．TK-KS-2KG デジタルキッチンスケール 2kg
　　数量：１００台　単価：２，１５０円　納期：２０２６年１２月１５日
２．TK-KS-5KG デジタルキッチンスケール 5kg
　　数量：６０台　単価：２，６８０円　納期：２０２７年１月１２日
　　（メーカー欠品のため、納期が遅れますことをご了承ください）

何卒よろしくお願い申し上げます。

――――――――――――――――
株式会社タナカ計器　営業部
佐藤 健一
TEL 06-1234-5678 / FAX 06-1234-5679
――――――――――――――――
"""
    eml = reply(po, "佐藤 健一", s["email"], "Wed, 11 Nov 2026 17:45:03 +0900",
                "<20261111174503.A1B2@tanaka-keiki.example>", body, charset="shift_jis", cte="base64",
                hcharset="shift_jis")
    return [po], eml, exp("confirmation",
        "Full-width digits: line 1 100 units at 2,150 JPY on 2026-12-15 = as ordered; line 2 same qty/price but delivery 2027-01-12.",
        conf(po, {1: A(po, 1), 2: C(po, 2, d="2027-01-12")}))


# 013
@case("tw-lamp-holders-roc-dates", "confirmation", "zh-TW",
      "Big5 Traditional Chinese reply with ROC-calendar dates (115/12/21 = 2026) and an MOQ increase on line 3.")
def c013():
    s = sup("HSINK", "Hsin Kuang Electric Co., Ltd.", "sales@hsinkuang.example", "zh-TW")
    po = mkpo("4500031013", s, "USD", "2026-11-04", [
        ("HK-E27-CER", "E27 ceramic lamp holder", 2000, "PC", "0.38", "2026-12-21"),
        ("HK-E14-PBT", "E14 PBT lamp holder with ring", 3000, "PC", "0.29", "2026-12-21"),
        ("HK-GU10-SK", "GU10 socket with 15 cm leads", 1000, "PC", "0.45", "2027-01-25")])
    body = """Dana 您好：

感謝您的訂單 4500031013，確認如下：

項次1  E27 陶瓷燈座      2,000 PCS  單價 USD 0.38  交期 115/12/21
項次2  E14 PBT 燈座      3,000 PCS  單價 USD 0.29  交期 115/12/21
項次3  GU10 燈座(附線)   本品最小訂購量 (MOQ) 為 1,200 PCS，數量調整為 1,200 PCS，單價不變，交期 116/01/25

以上，謝謝！

業務部 林美玲
新光電器股份有限公司
Tel: +886-2-2345-6789 ext. 215  Fax: +886-2-2345-6790
"""
    eml = reply(po, "林美玲", s["email"], "Thu, 12 Nov 2026 10:30:12 +0800",
                "<003101db34a1$8e2f1b20$aa8d5160$@hsinkuang.example>", body, q_outlook(po),
                charset="big5", cte="base64", hcharset="big5")
    return [po], eml, exp("confirmation",
        "ROC years: 115 = 2026, 116 = 2027. Lines 1 and 2 as ordered; line 3 raised to the MOQ of 1,200 at unchanged price and date 2027-01-25.",
        conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(po, 3, q=1200)}))


# 014
@case("ru-mop-buckets-koi8", "confirmation", "ru-RU",
      "KOI8-R 8bit Russian reply: line 2 cut to full packs of 24 (100 -> 96), prices 'без НДС' with space thousands.")
def c014():
    s = sup("CHISTO", "ChistoPro LLC", "zakaz@chistopro.example", "ru-RU")
    po = mkpo("4500031014", s, "RUB", "2026-11-05", [
        ("CP-VED-12", "Mop bucket 12 l with wringer", 200, "EA", "450.00", "2026-12-25"),
        ("CP-VED-20P", "Mop bucket 20 l with press, on wheels", 100, "EA", "1890.00", "2026-12-25")])
    body = """Добрый день, Дана!

Заказ N 4500031014 подтверждаем:

1. Ведро 12 л с отжимом CP-VED-12 - 200 шт. по 450,00 руб. (без НДС), поставка 25.12.2026.
2. Ведро 20 л с прессом на колёсах CP-VED-20P - отгружаем только целыми упаковками по 24 шт., поэтому 96 шт. (4 упаковки) по 1 890,00 руб. (без НДС), поставка 25.12.2026.

Счёт на оплату направим отдельным письмом.

С уважением,
Ольга Смирнова
менеджер отдела продаж ООО "ЧистоПро"
тел. +7 (495) 123-45-67, доб. 204
ИНН 7701234567 / КПП 770101001
"""
    eml = reply(po, "Ольга Смирнова", s["email"], "Tue, 10 Nov 2026 12:10:36 +0300",
                "<1762765836.123456@mx.chistopro.example>", body, q_gmail(po), charset="koi8-r", cte="8bit",
                hcharset="koi8-r")
    return [po], eml, exp("confirmation",
        "Line 1 as ordered (prices are net of VAT, as on the PO). Line 2: only full packs of 24 -> 96 pcs at unchanged 1 890,00 and requested date.",
        conf(po, {1: A(po, 1), 2: C(po, 2, q=96)}))


# 015
@case("pl-postfix-user-unknown", "bounce", "pl-PL",
      "Postfix multipart/report DSN (5.1.1 user unknown, Polish diagnostic text) returning our PO request.")
def c015():
    s = sup("KOWAL", "Hurtownia Narzędzi Kowalczyk Sp. z o.o.", "zamowienia@kowalczyk-narzedzia.example", "pl-PL")
    po = mkpo("4500031015", s, "PLN", "2026-11-09", [
        ("HK-GW-F50", "Brad nailer 18 ga pneumatic", 12, "EA", "329.00", "2026-12-15"),
        ("HK-GW-CN90", "Coil nailer 45-90 mm", 6, "EA", "1249.00", "2026-12-15")], buyer="tom")
    mid = "<20261109091302.4F2C81A0455@mail.buyer.example>"
    t1 = text("""This is the mail system at host mail.buyer.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<zamowienia@kowalczyk-narzedzia.example>: host
    mx1.kowalczyk-narzedzia.example[192.0.2.45] said: 550 5.1.1
    <zamowienia@kowalczyk-narzedzia.example>: Recipient address rejected:
    Uzytkownik nie istnieje / User unknown in virtual mailbox table (in reply
    to RCPT TO command)
""", "us-ascii", "7bit")
    t1.headers.insert(0, ("Content-Description", "Notification"))
    ds = Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], b"""Reporting-MTA: dns; mail.buyer.example
X-Postfix-Queue-ID: 4F2C81A0455
X-Postfix-Sender: rfc822; t.weber@buyer.example
Arrival-Date: Mon,  9 Nov 2026 10:12:58 +0100 (CET)

Final-Recipient: rfc822; zamowienia@kowalczyk-narzedzia.example
Original-Recipient: rfc822;zamowienia@kowalczyk-narzedzia.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.kowalczyk-narzedzia.example
Diagnostic-Code: smtp; 550 5.1.1 <zamowienia@kowalczyk-narzedzia.example>:
    Recipient address rejected: Uzytkownik nie istnieje / User unknown in
    virtual mailbox table
""")
    oh = Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
              ("Return-Path: <t.weber@buyer.example>\nFrom: Tomasz Weber <t.weber@buyer.example>\n"
               "To: zamowienia@kowalczyk-narzedzia.example\nSubject: %s\nDate: Mon, 9 Nov 2026 10:12:55 +0100\n"
               "Message-ID: %s\n" % (req_subject(po), po["request_message_id"])).encode())
    root = mp("report; report-type=delivery-status", [t1, ds, oh], "4F2C81A0455.1762679582/mail.buyer.example")
    hs = [("From", "MAILER-DAEMON@mail.buyer.example (Mail Delivery System)"),
          ("To", "t.weber@buyer.example"), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", "Mon,  9 Nov 2026 10:13:02 +0100 (CET)"), ("Message-ID", mid),
          ("Auto-Submitted", "auto-replied")]
    return [po], msg(hs, root), exp("bounce", "Postfix DSN: the PO request never reached the supplier (5.1.1).")


# 016
@case("es-nailers-two-pos", "confirmation", "es-ES",
      "One Spanish mail answers two POs: first fully accepted, second with a later date given as 'jueves 14 de enero'.")
def c016():
    s = sup("EBRO", "Suministros Industriales Ebro S.L.", "pedidos@suministros-ebro.example", "es-ES")
    pa = mkpo("4500031016", s, "EUR", "2026-11-04", [
        ("SE-CLAV-F50", "Brad nailer 18 ga, 15-50 mm", 20, "EA", "139.00", "2026-12-09"),
        ("SE-CLAV-CN90", "Coil nailer 45-90 mm", 8, "EA", "389.00", "2026-12-09")])
    pb = mkpo("4500031017", s, "EUR", "2026-11-06", [
        ("SE-PUN-F50", "Brads 18 ga 50 mm, box of 5000", 40, "BOX", "16.80", "2026-12-09"),
        ("SE-PUN-CN75", "Coil nails 2.8x75, box of 9000", 30, "BOX", "42.50", "2026-12-16")])
    body = """Buenos días Dana:

Te confirmo los dos pedidos:

Pedido 4500031016: todo conforme (20 clavadoras de puntas a 139,00 € y 8 clavadoras de rollo a 389,00 €), entrega el 9 de diciembre.

Pedido 4500031017:
 - Puntas 18 ga 50 mm: 40 cajas a 16,80 €, entrega 9/12.
 - Clavos en rollo 2,8x75: no tenemos stock hasta enero; podemos servir las 30 cajas el jueves 14 de enero, mismo precio (42,50 €/caja).

Un saludo,
Javier Ortega
Suministros Industriales Ebro S.L. · Pol. Ind. Malpica, calle E, nave 12 · 50016 Zaragoza
Tel. 976 123 456 · CIF B50123456
"""
    eml = reply(pa, "Javier Ortega", s["email"], "Thu, 12 Nov 2026 09:05:47 +0100",
                "<5f3a2b1c-9d8e-4f7a-b6c5-d4e3f2a1b0c9@suministros-ebro.example>", body,
                q_outlook(pa, "miércoles, 4 de noviembre de 2026 10:12", ("De", "Enviado el", "Para", "Asunto")),
                subject="RE: Pedidos 4500031016 y 4500031017",
                extra=[])
    return [pa, pb], eml, exp("confirmation",
        "PO 4500031016 fully accepted. PO 4500031017 line 1 as ordered (9/12 = 2026-12-09); line 2 same qty/price but 'jueves 14 de enero' = 2027-01-14 (a Thursday).",
        allacc(pa), conf(pb, {1: A(pb, 1), 2: C(pb, 2, d="2027-01-14")}))


# 017
@case("it-rollers-prepayment-first", "needs_review", "it-IT",
      "Italian reply: order received but confirmation and dates only after prepayment of a proforma; no commitment yet.")
def c017():
    s = sup("BIANCHI", "Colorificio Bianchi S.r.l.", "ordini@colorificio-bianchi.example", "it-IT")
    po = mkpo("4500031018", s, "EUR", "2026-11-06", [
        ("CB-RUL-18", "Paint roller 18 cm, microfibre", 500, "EA", "3.20", "2026-12-18"),
        ("CB-RUL-25", "Paint roller 25 cm with frame", 300, "EA", "5.75", "2026-12-18")])
    body = """Gentile Dana,

abbiamo ricevuto il Vostro ordine n. 4500031018, grazie.

Trattandosi del primo ordine, la nostra amministrazione richiede il pagamento anticipato. Vi invieremo a breve la fattura proforma (importo 3.325,00 € + IVA): solo a ricevimento del bonifico potremo confermare l'ordine e le date di consegna.

Cordiali saluti,

Laura Bianchi
Ufficio Commerciale - Colorificio Bianchi S.r.l.
Via dell'Artigianato 21, 36100 Vicenza | Tel. 0444 123456 | P.IVA 01234567890
"""
    eml = reply(po, "Laura Bianchi", s["email"], "Tue, 10 Nov 2026 11:48:20 +0100",
                "<0a1b2c3d4e5f$ordini@colorificio-bianchi.example>", body, q_gmail(
                    po, "Il giorno ven 6 nov 2026 alle ore 10:12 Dana Ruiz <dana.ruiz@buyer.example> ha scritto:"),
                prefix="R: ")
    return [po], eml, exp("needs_review",
        "Receipt only: the supplier states it will confirm order and dates only after prepayment, so nothing is committed yet; a buyer must act.")


# 018
@case("nl-rain-gauge-newsletter", "unrelated", "nl-NL",
      "Dutch HTML newsletter from the rain-gauge supplier's domain with prices, dates and a discount deadline, not a reply.")
def c018():
    s = sup("METEO", "Meteo Instrumenten B.V.", "verkoop@meteo-instrumenten.example", "nl-NL")
    po = mkpo("4500031019", s, "EUR", "2026-11-05", [
        ("MI-RM-150", "Rain gauge 150 mm, UV-stable", 80, "EA", "12.40", "2026-12-11"),
        ("MI-RM-DIG", "Digital rain gauge with wireless sensor", 20, "EA", "54.90", "2026-12-11")])
    body = """Nieuwsbrief november 2026

Nieuw in ons assortiment: de MI-RM-DIG2 digitale regenmeter met app-koppeling, nu € 59,95 (excl. btw).
Wintertarieven: bestel vóór 15 december en ontvang 10% korting op alle regenmeters.
Let op: tussen 24-12 en 04-01 is ons magazijn gesloten. Bestellingen na 18 december worden vanaf 5 januari geleverd.

Met vriendelijke groet,
Team Meteo Instrumenten

U ontvangt deze e-mail omdat u klant bent bij Meteo Instrumenten B.V. Afmelden: https://meteo-instrumenten.example/afmelden
"""
    hb = ("<h1>Nieuwsbrief november 2026</h1><p>Nieuw in ons assortiment: de <b>MI-RM-DIG2</b> digitale regenmeter "
          "met app-koppeling, nu <b>&euro; 59,95</b> (excl. btw).</p><p>Wintertarieven: bestel v&oacute;&oacute;r 15 december"
          " en ontvang 10% korting op alle regenmeters.</p><p>Let op: tussen 24-12 en 04-01 is ons magazijn gesloten. "
          "Bestellingen na 18 december worden vanaf 5 januari geleverd.</p><p>Met vriendelijke groet,<br>Team Meteo "
          "Instrumenten</p><p style=\"font-size:10px\">U ontvangt deze e-mail omdat u klant bent bij Meteo Instrumenten "
          "B.V. <a href=\"https://meteo-instrumenten.example/afmelden\">Afmelden</a></p>")
    eml = reply(po, "Meteo Instrumenten", "nieuwsbrief@meteo-instrumenten.example", "Wed, 11 Nov 2026 07:30:00 +0100",
                "<nb-2026-11.4471.c9@news.meteo-instrumenten.example>", body, htmlbody=hb,
                subject="Nieuwsbrief november: nieuwe regenmeters en wintertarieven", is_reply=False,
                extra=[("List-Unsubscribe", "<https://meteo-instrumenten.example/afmelden>"), ("Precedence", "bulk")])
    return [po], eml, exp("unrelated", "Bulk newsletter (List-Unsubscribe, Precedence: bulk); does not mention our PO.")
