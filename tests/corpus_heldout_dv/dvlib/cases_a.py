"""Cases 001-018."""
from .common import (A, C, R, U, PO, Part, alt, attach, case, conf, dsn, html_doc, mdate, message, mid,
                     multipart, other, quote_gt, quote_outlook, reply, req_id, req_subject, request_html,
                     request_text, strip_tags, sup, text, make_pdf)


@case("de-at-outlook-signature-numbers", "Plain confirmation as ordered under a German Outlook quote; the signature is full of phone, FN and UID numbers and the date is a weekday plus dd.mm.yyyy.")
def c001():
    s = sup("HAFTGRIP", "Haftgrip Handels GmbH", "verkauf@haftgrip-handel.example", "de-AT")
    po = PO("4500031201", s, "EUR", "2026-11-03", [
        ("ASB-50-SW", "Anti-slip tape 50 mm x 18 m, black", 120, "ROL", "7.85", "2026-12-14"),
        ("ASB-25-GS", "Anti-slip tape 25 mm x 18 m, yellow/black", 60, "ROL", "5.10", "2026-12-14")])
    body = ("Sehr geehrte Frau Ruiz,\n\n"
            "danke für Ihre Bestellung. Wir bestätigen Pos. 1 und 2 wie bestellt (Menge und Preis lt. Bestellung), "
            "Zustellung am Montag, 14.12.2026 per Spedition Schenker.\n\n"
            "Mit freundlichen Grüßen aus Wiener Neudorf\n\n"
            "Ing. Franz Pichler\nVerkauf Innendienst\n\n"
            "Haftgrip Handels GmbH | Industriestraße 12 | 2351 Wiener Neudorf\n"
            "T +43 2236 62 40-15 | F +43 2236 62 40-99 | M +43 664 381 27 40\n"
            "FN 245781 s, LG Wiener Neustadt | UID ATU58712345\n\n"
            + quote_outlook(po, "Dienstag, 3. November 2026 09:31", ("Von", "Gesendet", "An", "Betreff")))
    raw = reply(po, ("Franz Pichler", s["email"]), mdate(4, "10:02:41", "+0100"),
                "<AM9P192MB10434F2A@haftgrip-handel.example>",
                text(body, charset="iso-8859-15"), subject="AW: " + req_subject(po))
    return [po], raw, conf([(po, {1: A, 2: A})],
                           "Both lines confirmed as ordered; 14.12.2026 equals the requested date. Numbers in the signature (phone, FN, UID) are noise.")


@case("pt-br-price-readjust-gmail", "Gmail top-post in Portuguese; line 2 has a new price written with decimal comma (US$ 2,55) while line 1 repeats the PO.")
def c002():
    s = sup("ELPAUL", "Elásticos Paulista Ltda", "vendas@elasticospaulista.example", "pt-BR")
    po = PO("4500031215", s, "USD", "2026-11-04", [
        ("BC-080-AZ", "Bungee cord 80 cm with steel hooks, blue", 500, "EA", "1.95", "2027-01-11"),
        ("BC-120-PR", "Bungee cord 120 cm with steel hooks, black", 300, "EA", "2.40", "2027-01-11")], buyer="dana")
    body = ("Bom dia Dana,\n\nsegue a confirmação do pedido 4500031215:\n\n"
            "Item 1 – BC-080-AZ – 500 pç – US$ 1,95 – entrega 11/01/2027 ok\n"
            "Item 2 – BC-120-PR – 300 pç – US$ 2,55 (reajuste do aço dos ganchos, tabela nova desde 01/11) – entrega 11/01/2027\n\n"
            "Qualquer dúvida estou à disposição.\n\nAtt.,\n\nJuliana Ramos\nComercial Exportação\n"
            "Elásticos Paulista Ltda – CNPJ 12.345.678/0001-90\n+55 11 4127-3390\n\n"
            + quote_gt(po, "Em qua., 4 de nov. de 2026 às 10:12, Dana Ruiz <dana.ruiz@northgate-supply.example> escreveu:"))
    html = html_doc("<div dir=\"ltr\">" + body.split("\n\nEm qua.")[0].replace("\n", "<br>") +
                    "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">Em qua., 4 de nov. de 2026 às 10:12, Dana Ruiz &lt;dana.ruiz@northgate-supply.example&gt; escreveu:<br></div>"
                    "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                    + request_html(po) + "</blockquote></div>")
    raw = reply(po, ("Juliana Ramos", s["email"]), mdate(5, "11:47:09", "-0300"),
                "<CAH7q+ZkLp3vN0xRrW2t9Yq@mail.gmail.com>",
                alt(text(body), text(html, "html"), "000000000000a41b7c0605f1e2d3"))
    return [po], raw, conf([(po, {1: A, 2: C(unit_price="2.55")})],
                           "Line 1 as ordered. Line 2 quantity and date as ordered but price US$ 2,55 (decimal comma) instead of 2.40.")


@case("th-th-buddhist-era-tis620", "Thai reply in TIS-620 base64 with Buddhist-era years (2569/2570) and a Thai month abbreviation; line 2 moves to January.")
def c003():
    s = sup("SIAMTL", "Siam Tools Supply Co., Ltd.", "sales@siamtools-supply.example", "th-TH")
    po = PO("4500031230", s, "USD", "2026-11-04", [
        ("CC-600", "Cable cutter 600 mm, ratchet type", 20, "EA", "38.50", "2026-12-15"),
        ("CC-250", "Cable cutter 250 mm, insulated 1000 V", 40, "EA", "14.20", "2026-12-15")], buyer="omar")
    body = ("เรียน คุณ Omar\n\n"
            "ทางบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500031230 ดังนี้\n\n"
            "รายการที่ 1 CC-600 จำนวน 20 ชิ้น ราคา 38.50 USD กำหนดส่ง 15/12/2569\n"
            "รายการที่ 2 CC-250 จำนวน 40 ชิ้น ราคา 14.20 USD สินค้าหมดชั่วคราว ส่งได้วันที่ 8 ม.ค. 2570\n\n"
            "ขอบคุณครับ\nสมชาย วงศ์ใหญ่\nฝ่ายขาย บริษัท สยามทูลส์ ซัพพลาย จำกัด\nโทร 02-318-4471\n")
    raw = reply(po, ("Somchai Wongyai", s["email"]), mdate(6, "14:20:55", "+0700"),
                "<20261106142055.3381@siamtools-supply.example>",
                text(body, charset="tis-620", cte="base64"), subject="ตอบกลับ: " + req_subject(po),
                subject_charset="tis-620")
    return [po], raw, conf([(po, {1: A, 2: C(date="2027-01-08")})],
                           "Thai Buddhist era: 15/12/2569 = 2026-12-15 (as requested); 8 ม.ค. 2570 = 8 January 2027 for line 2 (out of stock until then).")


@case("sw-ke-stock-split", "Swahili reply: line 1 only 150 of 200 in stock, rest follows on a later date (split delivery); line 2 as ordered.")
def c004():
    s = sup("NBCANV", "Nairobi Canvas & Tarpaulins Ltd", "mauzo@nairobicanvas.example", "sw-KE")
    po = PO("4500031244", s, "USD", "2026-11-05", [
        ("TRP-46-GR", "Tarpaulin 4 x 6 m, 200 g/m2, green", 200, "PC", "11.60", "2026-12-10"),
        ("TRP-810-BL", "Tarpaulin 8 x 10 m, 250 g/m2, blue", 50, "PC", "39.00", "2026-12-10")], buyer="omar")
    body = ("Habari Omar,\n\nTumepokea oda yako namba 4500031244, asante sana.\n\n"
            "Bidhaa ya 1 (TRP-46-GR): kwa sasa tuna vipande 150 tu stoo. Tutatuma vipande 150 tarehe 10/12/2026 "
            "na vilivyobaki 50 tarehe 20/01/2027 mzigo mpya ukifika.\n"
            "Bidhaa ya 2 (TRP-810-BL): vipande 50, tarehe 10/12/2026 sawa.\n\n"
            "Bei zote ni kama kwenye oda.\n\nWako,\nWanjiru Kamau\nAfisa Mauzo\n"
            "Nairobi Canvas & Tarpaulins Ltd, Industrial Area, Enterprise Rd\nSimu: +254 722 481 093\n\n"
            + quote_gt(po, "On Thu, 5 Nov 2026 at 09:02, Omar Haddad <omar.haddad@northgate-supply.example> wrote:"))
    raw = reply(po, ("Wanjiru Kamau", s["email"]), mdate(9, "08:15:30", "+0300"),
                "<CAF4kR2m9xQw1@mail.gmail.com>", text(body))
    return [po], raw, conf([(po, {1: C(schedule=[(150, "2026-12-10"), (50, "2027-01-20")]), 2: A})],
                           "Line 1 split: 150 on 10/12/2026 and the remaining 50 on 20/01/2027 (total 200, last date 2027-01-20). Line 2 confirmed as ordered; prices unchanged.")


@case("hi-in-price-per-100-pairs", "Hindi reply quoting the earplug price per 100 pairs (USD 45.00 / 100) against a per-pair PO price of 0.42.")
def c005():
    s = sup("SHARMA", "Sharma Safety Products Pvt. Ltd.", "sales@sharmasafety.example", "hi-IN")
    po = PO("4500031258", s, "USD", "2026-11-05", [
        ("EP-FOAM-200", "Foam earplugs, corded, SNR 37 dB", 2000, "PR", "0.42", "2026-12-18"),
        ("EP-DISP-500", "Earplug dispenser refill box, 500 pairs", 10, "BOX", "165.00", "2026-12-18")], buyer="mika")
    body = ("नमस्ते मीका जी,\n\nआपके पीओ 4500031258 के लिए धन्यवाद। हमारी पुष्टि इस प्रकार है:\n\n"
            "1. फोम ईयरप्लग (EP-FOAM-200) – 2,000 जोड़ी – दर USD 45.00 प्रति 100 जोड़ी – डिलीवरी 18-12-2026\n"
            "2. डिस्पेंसर रिफिल बॉक्स (EP-DISP-500) – 10 बॉक्स – USD 165.00 प्रति बॉक्स – डिलीवरी 18-12-2026\n\n"
            "कृपया ध्यान दें: ईयरप्लग की नई दर 1 नवंबर 2026 से लागू है।\n\n"
            "सादर,\nराजेश शर्मा\nबिक्री प्रबंधक | Sharma Safety Products Pvt. Ltd.\n"
            "GSTIN: 07AABCS1429B1Z6 | मो. +91 98110 45327\n")
    html = html_doc("<div style=\"font-family:Mangal,Arial\">" + body.replace("\n", "<br>\n") + "</div>")
    raw = reply(po, ("राजेश शर्मा", s["email"]), mdate(10, "12:41:07", "+0530"),
                "<PN3P287MB0921.7C1D@sharmasafety.example>",
                alt(text(body, cte="base64"), text(html, "html", cte="base64"), "_000_PN3P287MB09217C1D_"))
    return [po], raw, conf([(po, {1: C(unit_price="0.45"), 2: A})],
                           "USD 45.00 per 100 pairs = 0.45 per pair (PO 0.42): line 1 changed in price only. Line 2 as ordered.")


@case("is-is-weekday-date-no-year", "Icelandic reply confirming quantities and prices but delivery 'þriðjudaginn 15. desember' without a year, later than the PO date.")
def c006():
    s = sup("VELAV", "Vélaverk ehf.", "sala@velaverk.example", "is-IS")
    po = PO("4500031262", s, "EUR", "2026-11-04", [
        ("FC-20-RD", "Fuel can 20 l, steel, red, UN approved", 30, "EA", "24.90", "2026-12-11"),
        ("FC-05-PL", "Fuel can 5 l, plastic, with flexible spout", 60, "EA", "6.80", "2026-12-11")], buyer="ines")
    body = ("Sæl Ines,\n\nTakk fyrir pöntunina. Við staðfestum pöntun 4500031262, magn og verð eins og pantað er.\n\n"
            "Afhending verður þó ekki fyrr en þriðjudaginn 15. desember, þar sem sendingin frá birgja okkar "
            "kemur með skipi til Reykjavíkur 10. desember.\n\n"
            "Kveðja,\nGuðrún Sigurðardóttir\nVélaverk ehf. | Smiðjuvegi 4, 200 Kópavogi | Sími 565 2210\n")
    raw = reply(po, ("Guðrún Sigurðardóttir", s["email"]), mdate(6, "13:05:12", "+0000"),
                "<3b1f0c2a-77e4-4a51-9d0e-1c2e5f6a7b80@velaverk.example>",
                text(body, charset="iso-8859-1"), subject="SV: " + req_subject(po), subject_charset="iso-8859-1")
    return [po], raw, conf([(po, {1: C(date="2026-12-15"), 2: C(date="2026-12-15")})],
                           "Quantities and prices as ordered; delivery 'Tuesday 15 December' (no year, next such date = 2026-12-15) instead of 2026-12-11 for both lines. 10 December is the ship's arrival, not the delivery.")


@case("en-us-iphone-ship-date", "Two-line reply from a phone: 'Will ship 12/4' is a month-first ship date, earlier than the need-by date.")
def c007():
    s = sup("MWFAST", "Midwest Fastener Supply Inc.", "orders@midwestfastener.example", "en-US")
    po = PO("4500031277", s, "USD", "2026-11-06", [
        ("DWS-3512-1M", "Drywall screw #6 x 1-1/4 in, coarse thread, phosphate (1,000/box)", 40, "BOX", "18.75", "2026-12-07")], buyer="dana")
    body = ("Confirmed, 40 bx @ 18.75. Will ship 12/4.\n\nSent from my iPhone\n\n"
            + quote_gt(po, "On Nov 6, 2026, at 8:31 AM, Dana Ruiz <dana.ruiz@northgate-supply.example> wrote:"))
    raw = reply(po, ("Tom Kowalski", "tkowalski@midwestfastener.example"), mdate(9, "07:58:44", "-0600"),
                "<9D1E6F2A-4C3B-4E11-8A77-2B6C0F13D5E9@midwestfastener.example>", text(body, cte="7bit"),
                subject="Re: " + req_subject(po))
    return [po], raw, conf([(po, {1: C(date="2026-12-04")})],
                           "en-US: 12/4 is December 4, a ship date (no delivery date given), so the date is 2026-12-04 instead of 2026-12-07. Quantity and price as ordered.")


@case("en-gb-inline-answers", "Answers typed inline under each quoted PO line: one ok, one later day-first date, one discontinued with an alternative offered only for a new order.")
def c008():
    s = sup("CARRICK", "Carrick Architectural Ironmongery Ltd", "sales@carrick-ironmongery.example", "en-GB")
    po = PO("4500031281", s, "GBP", "2026-11-05", [
        ("GH-300-GV", "Heavy strap gate hinge 300 mm, galvanised (pair)", 50, "PR", "8.40", "2027-01-05"),
        ("GH-450-GV", "Heavy strap gate hinge 450 mm, galvanised (pair)", 30, "PR", "11.90", "2027-01-05"),
        ("GH-HOOK-16", "Hook to plate 16 mm, galvanised", 80, "EA", "1.35", "2027-01-05")], buyer="dana")
    q = request_text(po).splitlines()
    out = []
    for l in q:
        out.append(("> " + l) if l else ">")
        if l.startswith("1 | GH-300"):
            out.append("OK - confirmed")
        elif l.startswith("2 | GH-450"):
            out.append("[SB] 30 pr ok, but earliest 12/01/2027 - the galvanisers are shut over Christmas")
        elif l.startswith("3 | GH-HOOK"):
            out.append("[SB] Discontinued by the manufacturer, sorry. Nearest is GH-HOOK-19 at £1.60 - put it on a new order if you want it.")
    body = ("Hi Dana,\n\nSee my comments in line below.\n\nRegards\nSteve Bramley\nSales Office\n"
            "Carrick Architectural Ironmongery Ltd | Unit 7, Lagan Park, Lisburn BT28 2RT\n"
            "Tel 028 9266 1450 | VAT GB 284 5512 07\n\n"
            "-----Original Message-----\nFrom: Dana Ruiz <dana.ruiz@northgate-supply.example>\n"
            "Sent: 05 November 2026 09:12\nTo: sales@carrick-ironmongery.example\n"
            f"Subject: {req_subject(po)}\n\n" + "\n".join(out) + "\n")
    raw = reply(po, ("Steve Bramley", s["email"]), mdate(6, "16:22:01", "+0000"),
                "<LO2P265MB3321A1B4E8C9F0D2@carrick-ironmongery.example>", text(body, charset="windows-1252"))
    return [po], raw, conf([(po, {1: A, 2: C(date="2027-01-12"), 3: R})],
                           "Inline answers: line 1 as ordered; line 2 12/01/2027 day-first = 12 January; line 3 discontinued (alternative only on a new order) so rejected.")


@case("de-de-erp-pdf-kw-per-100", "Automatic ERP mail (noreply, new thread) with a PDF order acknowledgement: prices per 100 pieces, delivery in calendar weeks, one price changed.")
def c009():
    s = sup("SAEGEB", "Sägetechnik Brandt GmbH", "vertrieb@saegetechnik-brandt.example", "de-DE")
    po = PO("4500031295", s, "EUR", "2026-11-06", [
        ("HSB-300-24", "Hacksaw blade 300 mm, bi-metal, 24 TPI", 500, "EA", "0.58", "2026-12-18"),
        ("HSB-300-18", "Hacksaw blade 300 mm, bi-metal, 18 TPI", 300, "EA", "0.58", "2026-12-18"),
        ("HSF-300-PRO", "Hacksaw frame 300 mm, professional", 25, "EA", "12.40", "2027-01-15")], buyer="ines")
    pdf = make_pdf([
        "Sägetechnik Brandt GmbH - Gewerbering 18 - 42651 Solingen",
        "",
        "Northgate Facility Supply, Dock 4, 1200 Harbor Road, Rotterdam",
        "",
        "AUFTRAGSBESTÄTIGUNG Nr. 20261187                       Datum: 10.11.2026",
        "Ihre Bestellung: 4500031295 vom 06.11.2026     Ihr Zeichen: Ines Kovac",
        "Kundennummer: 104477",
        "",
        "Pos  Artikel       Bezeichnung                      Menge  ME   Preis     PE      Liefertermin",
        "10   HSB-300-24    Metallsägeblatt 300 mm BiM 24 Z    500  ST   58,00 EUR 100 ST  KW 51/2026",
        "20   HSB-300-18    Metallsägeblatt 300 mm BiM 18 Z    300  ST   58,00 EUR 100 ST  KW 51/2026",
        "30   HSF-300-PRO   Metallsägebogen 300 mm Profi        25  ST   12,90 EUR   1 ST  KW 02/2027",
        "",
        "Warenwert netto: 786,50 EUR",
        "Lieferbedingung: DAP Rotterdam (Incoterms 2020)   Zahlungsbedingung: 30 Tage netto",
        "Preisänderung Pos. 30: neue Preisliste 2026/2.",
        "",
        "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.",
        "Geschäftsführer: Jörg Brandt - HRB 21877 Amtsgericht Wuppertal - USt-IdNr. DE 812 345 678",
    ], title="Auftragsbestaetigung 20261187")
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung Nr. 20261187 "
            "zu Ihrer Bestellung 4500031295.\nBitte prüfen Sie die Angaben und teilen Sie uns Abweichungen "
            "umgehend mit.\n\nMit freundlichen Grüßen\nSägetechnik Brandt GmbH\n\n"
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.\n")
    m = multipart("mixed", [text(body, charset="iso-8859-1"),
                            attach(pdf, "application/pdf", "AB_20261187.pdf")], "----=_Part_44871_1093381.1762765200000")
    raw = message(("Sägetechnik Brandt GmbH", "noreply-erp@saegetechnik-brandt.example"),
                  ("Ines Kovac", "ines.kovac@northgate-supply.example"),
                  "Auftragsbestätigung 20261187 zu Ihrer Bestellung 4500031295", mdate(10, "09:00:12", "+0100"),
                  "<1093381.44871.1762765200000@erp.saegetechnik-brandt.example>", m,
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "SAP NetWeaver 7.50")],
                  subject_charset="iso-8859-1")
    return [po], raw, conf([(po, {1: A, 2: A, 3: C(unit_price="12.90")})],
                           "ERP acknowledgement PDF counts as a confirmation. 58,00 EUR per 100 ST = 0.58 per piece (as ordered); KW 51/2026 = Fri 2026-12-18 and KW 02/2027 = Fri 2027-01-15, both as requested. Only pos 30 differs: 12,90 instead of 12.40.")


@case("fr-fr-question-original-or-compatible", "French reply that acknowledges the PO but asks whether original or compatible cartridges are wanted before confirming.")
def c010():
    s = sup("LACROIX", "Bureautique Lacroix SAS", "adv@bureautique-lacroix.example", "fr-FR")
    po = PO("4500031302", s, "EUR", "2026-11-06", [
        ("INK-953XL-BK", "Ink cartridge HP 953XL black", 24, "EA", "38.90", "2026-12-04"),
        ("INK-953XL-C", "Ink cartridge HP 953XL cyan", 12, "EA", "29.50", "2026-12-04")], buyer="dana")
    body = ("Bonjour Madame Ruiz,\n\nNous avons bien reçu votre commande n° 4500031302 et vous en remercions.\n\n"
            "Avant de la confirmer, pourriez-vous nous préciser si vous souhaitez les cartouches d'origine HP "
            "ou nos cartouches compatibles PrintLine ? Les prix de votre bon de commande (38,90 € HT et 29,50 € HT) "
            "correspondent à nos références compatibles ; les originales sont à 52,40 € HT (noir) et 41,10 € HT (cyan).\n\n"
            "Dès réception de votre réponse, nous vous adresserons l'accusé de réception de commande avec la date de livraison.\n\n"
            "Cordialement,\n\nCéline Marchand\nAdministration des ventes\nBureautique Lacroix SAS – 14 rue des Tanneurs – 69007 Lyon\n"
            "Tél. 04 78 61 22 30 – SIRET 512 334 889 00027\n\n"
            "De : Dana Ruiz <dana.ruiz@northgate-supply.example>\nEnvoyé : vendredi 6 novembre 2026 09:40\n"
            f"À : {s['email']}\nObjet : {req_subject(po)}\n\n" + request_text(po))
    raw = reply(po, ("Céline Marchand", s["email"]), mdate(10, "10:31:18", "+0100"),
                "<PR1P264MB2290E8D1@bureautique-lacroix.example>", text(body, charset="windows-1252"))
    return [po], raw, other("needs_review", "The supplier explicitly confirms nothing yet: it asks whether original or compatible cartridges are wanted (different prices) and will send the acknowledgement after our answer.")


@case("fr-ca-out-of-office-bilingual", "Bilingual Québec out-of-office reply (French first, English second) with a return date and an alternate contact.")
def c011():
    s = sup("BOREAL", "Quincaillerie Boréale inc.", "m.tremblay@quincaillerie-boreale.example", "fr-CA")
    po = PO("4500031310", s, "USD", "2026-11-03", [
        ("KP-BR-760", "Kick plate brass 760 x 200 mm", 12, "EA", "31.20", "2026-12-14")], buyer="mika")
    body = ("Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 16 novembre 2026 inclusivement, avec un accès limité "
            "à mes courriels. Pour toute commande ou confirmation urgente, veuillez écrire à commandes@quincaillerie-boreale.example "
            "ou appeler le 418 555-0142, poste 3.\n\nMerci,\nMarie Tremblay\n\n---\n\n"
            "Hello,\n\nI am out of the office until Monday, November 16, 2026 inclusively, with limited access to e-mail. "
            "For urgent orders or confirmations please write to commandes@quincaillerie-boreale.example or call 418 555-0142 ext. 3.\n\n"
            "Thank you,\nMarie Tremblay\n")
    raw = reply(po, ("Marie Tremblay", s["email"]), mdate(3, "08:33:40", "-0500"),
                "<YT3PR01MB6114AUTO@quincaillerie-boreale.example>", text(body),
                subject="Réponse automatique : " + req_subject(po),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], raw, other("auto_reply", "Out-of-office auto reply (Auto-Submitted: auto-replied); no statement about the order.")


@case("es-mx-two-pos-pack-of-25", "One Mexican Spanish mail answers two POs; in the second PO a terminal block is rounded up to packs of 25.")
def c012():
    s = sup("ELBAJIO", "Eléctrica del Bajío S.A. de C.V.", "ventas@electricabajio.example", "es-MX")
    a = PO("4500031318", s, "USD", "2026-11-04", [
        ("JB-100-IP65", "Junction box 100x100x50 mm, IP65, grey", 200, "EA", "2.15", "2026-12-09"),
        ("JB-150-IP65", "Junction box 150x110x70 mm, IP65, grey", 100, "EA", "3.80", "2026-12-09")], buyer="dana")
    b = PO("4500031322", s, "USD", "2026-11-05", [
        ("JB-GL-M20", "Cable gland M20, nylon, IP68", 500, "EA", "0.32", "2026-12-09"),
        ("JB-TB-4P", "Terminal block 4-pole, 4 mm2", 110, "EA", "1.05", "2026-12-09")], buyer="dana")
    body = ("Buen día Dana:\n\nTe confirmo ambas órdenes:\n\n"
            "OC 4500031318: todo conforme, 200 pzas JB-100 y 100 pzas JB-150 a los precios de la orden, entrega 09/12/2026.\n\n"
            "OC 4500031322: glándulas M20, 500 pzas OK. Las clemas de 4 polos (JB-TB-4P) se venden en empaque cerrado de 25 pzas, "
            "por lo que te enviamos 125 pzas al mismo precio de US$1.05 c/u. Entrega de ambas partidas 09/12/2026.\n\n"
            "Saludos cordiales,\n\nIng. Alejandro Salinas\nEjecutivo de Ventas\nEléctrica del Bajío S.A. de C.V.\n"
            "Tel. +52 (477) 712 4410 ext. 118\n\n" + quote_outlook(a, "miércoles, 4 de noviembre de 2026 10:05 a. m.",
                                                               ("De", "Enviado el", "Para", "Asunto")))
    raw = reply(a, ("Alejandro Salinas", s["email"]), mdate(9, "10:15:00", "-0600"),
                "<BY5PR11MB4021B2C7@electricabajio.example>", text(body, charset="iso-8859-1"),
                refs_extra=req_id(b))
    return [a, b], raw, conf([(a, {1: A, 2: A}), (b, {1: A, 2: C(quantity=125)})],
                             "Both POs answered. PO 4500031318 as ordered. PO 4500031322 line 1 as ordered, line 2 rounded up from 110 to 125 (pack of 25), same price and date.")


@case("es-es-bounce-spanish-mailer-daemon", "Spanish-language non-delivery report (mailbox does not exist) from the supplier's mail server, with the original headers attached.")
def c013():
    s = sup("NERVION", "Ferretería Industrial Nervión S.L.", "pedidos@ferreteria-nervion.example", "es-ES")
    po = PO("4500031335", s, "EUR", "2026-11-04", [
        ("RV-AL-48-12", "Blind rivet aluminium 4.8 x 12 mm (box of 500)", 20, "BOX", "9.60", "2026-12-16")], buyer="ines")
    expl = ("Este es el sistema de correo de mx1.ferreteria-nervion.example.\n\n"
            "Lamentamos informarle de que no ha sido posible entregar su mensaje a uno o más destinatarios.\n"
            "Se adjunta el mensaje original.\n\n"
            "<pedidos@ferreteria-nervion.example>: el buzón no existe (550 5.1.1 User unknown)\n\n"
            "Si necesita ayuda, póngase en contacto con su administrador de correo.\n")
    raw = dsn("MAILER-DAEMON@mx1.ferreteria-nervion.example", None, mdate(4, "09:02:17", "+0100"),
              "<20261104080217.4A1C23E0159@mx1.ferreteria-nervion.example>", po, s["email"], "5.1.1",
              "550 5.1.1 <pedidos@ferreteria-nervion.example>: Recipient address rejected: User unknown in virtual mailbox table",
              "mx1.ferreteria-nervion.example", expl, "4A1C23E0159.1762243337/mx1.ferreteria-nervion.example",
              subject="Mensaje no entregado: " + req_subject(po), arrival="Wed, 04 Nov 2026 08:02:16 +0000",
              frm_name="Sistema de entrega de correo")
    return [po], raw, other("bounce", "Delivery status notification (multipart/report, Action: failed, 5.1.1) in Spanish; the PO request never reached the supplier.")


@case("it-it-html-only-table-blockquote", "HTML-only Italian reply (windows-1252, QP) with a confirmation table above an HTML blockquote of our request: one price change, one later date.")
def c014():
    s = sup("FTBERG", "Ferramenta Tecnica Bergamasca S.r.l.", "ordini@ftbergamasca.example", "it-IT")
    po = PO("4500031340", s, "EUR", "2026-11-05", [
        ("KP-SS-900", "Kick plate stainless steel 900 x 200 mm, satin", 40, "EA", "24.90", "2027-01-18"),
        ("KP-AL-800", "Kick plate aluminium 800 x 200 mm", 60, "EA", "14.30", "2027-01-18"),
        ("KP-SCR-KIT", "Countersunk screw kit for kick plates (set of 8)", 100, "SET", "1.20", "2027-01-18")], buyer="mika")
    inner = ("<p>Buongiorno Sig. Laine,</p><p>in riferimento al Vs. ordine n. 4500031340 del 05/11/2026 confermiamo quanto segue:</p>"
             "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"font-family:Calibri\">"
             "<tr><th>Pos.</th><th>Codice</th><th>Q.tà</th><th>Prezzo unit.</th><th>Consegna</th></tr>"
             "<tr><td>1</td><td>KP-SS-900</td><td>40</td><td>€ 24,90</td><td>18/01/2027</td></tr>"
             "<tr><td>2</td><td>KP-AL-800</td><td>60</td><td>€ 15,10 *</td><td>18/01/2027</td></tr>"
             "<tr><td>3</td><td>KP-SCR-KIT</td><td>100</td><td>€ 1,20</td><td>25/01/2027</td></tr></table>"
             "<p>* adeguamento prezzo alluminio in vigore dal 01/11/2026.</p>"
             "<p>Cordiali saluti<br>Roberta Locatelli<br>Ufficio Commerciale<br>Ferramenta Tecnica Bergamasca S.r.l. – Via Zanica 52 – 24126 Bergamo<br>"
             "Tel. +39 035 31 44 70 – P.IVA 02874510167</p>"
             "<p style=\"font-size:8pt;color:#888\">Le informazioni contenute in questa e-mail sono riservate. Se avete ricevuto questo messaggio per errore, "
             "vi preghiamo di cancellarlo e di darne comunicazione al mittente.</p>"
             "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p><b>Da:</b> Mika Laine &lt;mika.laine@northgate-supply.example&gt;<br>"
             "<b>Inviato:</b> giovedì 5 novembre 2026 11:20<br><b>A:</b> ordini@ftbergamasca.example<br><b>Oggetto:</b> " + req_subject(po) + "</p></div>"
             "<blockquote style=\"margin-left:8px;border-left:2px solid #ccc;padding-left:8px\">" + request_html(po) + "</blockquote>")
    raw = reply(po, ("Roberta Locatelli", s["email"]), mdate(9, "15:44:02", "+0100"),
                "<DB9PR02MB7210C4E1@ftbergamasca.example>",
                text(html_doc(inner, "windows-1252"), "html", charset="windows-1252"), subject="R: " + req_subject(po))
    return [po], raw, conf([(po, {1: A, 2: C(unit_price="15.10"), 3: C(date="2027-01-25")})],
                           "Table: pos 1 as ordered; pos 2 price 15,10 instead of 14.30 (aluminium surcharge); pos 3 delivery 25/01/2027 instead of 18/01. The quoted request table below must be ignored.")


@case("nl-nl-week-51-percent-surcharge", "Dutch reply: 'levering week 51' plus a 4% raw-material surcharge on one of two lines only.")
def c015():
    s = sup("VDIJK", "Smeertechniek Van Dijk B.V.", "verkoop@smeertechniek-vandijk.example", "nl-NL")
    po = PO("4500031356", s, "EUR", "2026-11-06", [
        ("LUB-PTFE-400", "PTFE dry lubricant spray 400 ml", 144, "EA", "3.60", "2026-12-18"),
        ("LUB-MP-500", "Multi-purpose lubricant spray 500 ml", 240, "EA", "2.95", "2026-12-18")], buyer="ines")
    body = ("Goedemorgen Ines,\n\nHierbij bevestigen wij uw order 4500031356 conform aantallen. Levering week 51.\n\n"
            "Let op: op de PTFE-spray (LUB-PTFE-400) rekenen wij sinds 1 november een grondstoftoeslag van 4% op de "
            "orderprijs. De prijs van de multispray blijft ongewijzigd.\n\n"
            "Met vriendelijke groet,\n\nJeroen Bakker\nBinnendienst\nSmeertechniek Van Dijk B.V. | Nijverheidsweg 31 | 3341 LJ Hendrik-Ido-Ambacht\n"
            "T +31 (0)78 681 20 44 | KvK 24381177 | BTW NL008812345B01\n\n"
            "Van: Ines Kovac <ines.kovac@northgate-supply.example>\nVerzonden: vrijdag 6 november 2026 10:02\n"
            f"Aan: {s['email']}\nOnderwerp: {req_subject(po)}\n\n" + request_text(po))
    raw = reply(po, ("Jeroen Bakker", s["email"]), mdate(11, "08:49:33", "+0100"),
                "<AS8PR07MB7301F1A2@smeertechniek-vandijk.example>", text(body, charset="iso-8859-1", cte="7bit"),
                subject="RE: " + req_subject(po))
    return [po], raw, conf([(po, {1: C(unit_price="3.744"), 2: A})],
                           "Week 51 = Friday 2026-12-18, the requested date. 4% surcharge only on line 1: 3.60 x 1.04 = 3.744. Line 2 as ordered.")


@case("nl-be-price-increase-letter", "Bilingual Flemish/French price-increase circular to all customers, new thread, not an answer to the open rivet PO.")
def c016():
    s = sup("CLAES", "Bevestigingstechniek Claes NV", "info@claes-bevestiging.example", "nl-BE")
    po = PO("4500031361", s, "EUR", "2026-11-06", [
        ("RV-SS-40-10", "Blind rivet stainless A2 4.0 x 10 mm (box of 1000)", 15, "BOX", "27.40", "2026-12-11")], buyer="ines")
    body = ("Geachte klant,\n\nDoor de aanhoudende stijging van de grondstof- en energieprijzen zijn wij genoodzaakt onze "
            "verkoopprijzen per 1 januari 2027 aan te passen. Voor blindklinknagels bedraagt de verhoging gemiddeld 5,5%, "
            "voor draadstangen en moeren 3%.\n\nBestellingen die vóór 31/12/2026 door ons bevestigd zijn, worden nog aan de huidige prijzen geleverd.\n"
            "De nieuwe prijslijst vindt u vanaf 1 december in ons klantenportaal.\n\nMet vriendelijke groeten,\nDirk Claes\nZaakvoerder\n\n"
            "---\n\nCher client,\n\nEn raison de la hausse persistante des prix des matières premières et de l'énergie, nous adaptons nos tarifs "
            "au 1er janvier 2027 : +5,5 % en moyenne pour les rivets aveugles, +3 % pour les tiges filetées et écrous.\n"
            "Les commandes confirmées avant le 31/12/2026 restent facturées aux prix actuels.\n\nBien à vous,\nDirk Claes\n\n"
            "Bevestigingstechniek Claes NV | Industrieweg 8 | 2850 Boom | BTW BE 0431.225.118\n"
            "U ontvangt deze e-mail als klant van Claes. Uitschrijven: https://claes-bevestiging.example/uitschrijven\n")
    raw = message(("Bevestigingstechniek Claes", "info@claes-bevestiging.example"),
                  ("Ines Kovac", "ines.kovac@northgate-supply.example"),
                  "Prijsaanpassing per 1 januari 2027 / Adaptation tarifaire au 1er janvier 2027", mdate(12, "07:00:00", "+0100"),
                  "<mailing.20261112.0700.55812@claes-bevestiging.example>", text(body),
                  extra=[("List-Unsubscribe", "<https://claes-bevestiging.example/uitschrijven>"), ("Precedence", "bulk")])
    return [po], raw, other("unrelated", "General price-increase circular sent to all customers; it does not mention PO 4500031361 and commits to nothing about it.")


@case("pl-pl-partial-confirm-tomorrow", "Polish ISO-8859-2 reply confirming two lines and saying the clips will be confirmed tomorrow.")
def c017():
    s = sup("KOWALCZ", "Siatki Metalowe Kowalczyk Sp. z o.o.", "sprzedaz@siatki-kowalczyk.example", "pl-PL")
    po = PO("4500031377", s, "EUR", "2026-11-06", [
        ("MP-2050-4", "Welded mesh panel 2000 x 500 mm, wire 4 mm, 50x50, galvanised", 80, "PC", "21.40", "2026-12-16"),
        ("MP-2010-5", "Welded mesh panel 2000 x 1000 mm, wire 5 mm, galvanised", 40, "PC", "38.70", "2026-12-16"),
        ("MP-CLIP-50", "Mesh panel connector clip, stainless", 500, "PC", "0.28", "2026-12-16")], buyer="ines")
    body = ("Dzień dobry,\n\npotwierdzamy zamówienie nr 4500031377:\n\n"
            "poz. 1 - 80 szt. - 21,40 EUR/szt. - dostawa 16.12.2026\n"
            "poz. 2 - 40 szt. - 38,70 EUR/szt. - dostawa 16.12.2026\n"
            "poz. 3 (klipsy) - sprawdzamy dostępność u producenta, potwierdzimy jutro.\n\n"
            "Pozdrawiam\nAgnieszka Nowak\nDział Sprzedaży\nSiatki Metalowe Kowalczyk Sp. z o.o.\n"
            "ul. Przemysłowa 14, 62-800 Kalisz | tel. +48 62 757 31 20 | NIP 618-203-44-71\n")
    raw = reply(po, ("Agnieszka Nowak", s["email"]), mdate(10, "13:12:45", "+0100"),
                "<5f2c1a90.4b71@siatki-kowalczyk.example>", text(body, charset="iso-8859-2"),
                subject="Odp: " + req_subject(po), subject_charset="iso-8859-2")
    return [po], raw, conf([(po, {1: A, 2: A, 3: U})],
                           "Lines 1 and 2 confirmed as ordered; line 3 only 'will confirm tomorrow' so unconfirmed.")


@case("cs-cz-discontinued-line-1250", "Czech windows-1250 reply: middle line discontinued (replacement offered only on a new order), the other two confirmed with a spaced date '11. 12. 2026'.")
def c018():
    s = sup("DVORAK", "Razítka Dvořák s.r.o.", "obchod@razitka-dvorak.example", "cs-CZ")
    po = PO("4500031383", s, "EUR", "2026-11-05", [
        ("NS-6D-AUTO", "Automatic numbering stamp, 6 digits", 10, "EA", "42.00", "2026-12-11"),
        ("NS-8D-MAN", "Manual numbering stamp, 8 digits, 4.5 mm", 6, "EA", "31.50", "2026-12-11"),
        ("NS-INK-BK", "Stamp ink black 25 ml", 20, "EA", "3.20", "2026-12-11")], buyer="dana")
    body = ("Dobrý den, paní Ruizová,\n\nk Vaší objednávce č. 4500031383:\n\n"
            "pol. 1 – potvrzujeme 10 ks po 42,00 EUR, dodání 11. 12. 2026\n"
            "pol. 2 – výroba tohoto modelu byla ukončena, nemůžeme dodat. Jako náhradu nabízíme typ NS-8D-PRO za 36,80 EUR/ks – "
            "pokud máte zájem, pošlete prosím novou objednávku.\n"
            "pol. 3 – potvrzujeme 20 ks po 3,20 EUR, dodání 11. 12. 2026\n\n"
            "S pozdravem\nPetr Dvořák\njednatel\nRazítka Dvořák s.r.o., Husova 211, 586 01 Jihlava\nIČO 28451239, DIČ CZ28451239\ntel. +420 567 301 118\n")
    raw = reply(po, ("Petr Dvořák", s["email"]), mdate(9, "11:03:27", "+0100"),
                "<000a01dcf2a1$3b2c1d40$b1845780$@razitka-dvorak.example>", text(body, charset="windows-1250"),
                subject="RE: " + req_subject(po), extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return [po], raw, conf([(po, {1: A, 2: R, 3: A})],
                           "Lines 1 and 3 as ordered (11. 12. 2026 = requested date). Line 2 discontinued: rejected; the NS-8D-PRO offer needs a new order and does not change this line.")
