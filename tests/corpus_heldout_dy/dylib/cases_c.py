# -*- coding: utf-8 -*-
"""Cases 037-054."""
from .common import *


@case("fr-fr-dehumidifier-semaine-50", "fr-FR",
      "French Outlook reply ('De : / Envoyé : / À : / Objet :') with '1 234,50 € HT' prices and 'livraison semaine 50' for both lines.")
def c_fr():
    s = supplier("ASSECH", "Assèchement Industriel SAS", "adv@assechement-industriel.example", "fr-FR")
    p = po("4500031574", s, "2026-11-12", [
        ("DH-PRO-50", "Déshumidificateur professionnel 50 l/j", 4, "EA", "1234.50", "2026-12-04"),
        ("FIL-50", "Filtre de rechange pour DH-PRO-50", 4, "EA", "19.80", "2026-12-11")])
    body = ("Bonjour Madame Kowalczyk,\n\n"
            "Nous accusons bonne réception de votre commande n° 4500031574 et vous la confirmons comme suit :\n\n"
            "- 4 x DH-PRO-50 à 1 234,50 € HT pièce, livraison semaine 50\n"
            "- 4 x FIL-50 à 19,80 € HT pièce, livraison semaine 50\n\n"
            "Restant à votre disposition,\n\nCordialement,\n\nSophie Lefèvre\nAdministration des ventes\n"
            "Assèchement Industriel SAS – 14 rue de l'Industrie – 69800 Saint-Priest\n"
            "Tél. : +33 (0)4 72 55 12 34 – SIRET 123 456 789 00012 – TVA FR12 123456789\n\n"
            "De : Marta Kowalczyk <marta.kowalczyk@northgate-supply.example>\n"
            "Envoyé : jeudi 12 novembre 2026 09:41\n"
            "À : adv@assechement-industriel.example\n"
            "Objet : Purchase order 4500031574 - please confirm\n\n" + request_text(p))
    eml = reply(p, text(body, cs="windows-1252"), mdate(2026, 11, 13, 16, 2, 0), "<PR1P264MB2145E08B7C9D1@PR1P264MB2145.FRAP264.PROD.OUTLOOK.example>",
                name="Sophie Lefèvre", subject="RE: Purchase order 4500031574 - please confirm")
    return [p], eml, expected("confirmation",
        "'semaine 50' with no day = Friday of ISO week 50 = 2026-12-11. Line 1 was requested 2026-12-04 -> changed date; line 2 was requested 2026-12-11 -> accepted. 1 234,50 = 1234.50.",
        conf(p, {1: C(p, 1, date="2026-12-11"), 2: A(p, 2)}))


@case("fr-ch-tool-belts-earlier-friday", "fr-CH",
      "Swiss French with CHF 1'250.00-style numbers and weekday+date phrases; line 2 offered earlier ('déjà le vendredi 11 décembre').")
def c_fr_ch():
    s = supplier("CEINTR", "Ceintures Romandes SA", "commandes@ceintures-romandes.example", "fr-CH")
    p = po("4500031588", s, "2026-11-13", [
        ("TB-CUIR-PRO", "Ceinture porte-outils cuir, modèle pro", 15, "EA", "89.50", "2026-12-15"),
        ("TB-CEINT-XL", "Ceinture porte-outils nylon XL", 15, "EA", "42.00", "2026-12-15")], currency="CHF")
    body = ("Bonjour Madame,\n\nNous vous remercions de votre commande 4500031588 que nous confirmons ainsi :\n\n"
            "Pos. 1  TB-CUIR-PRO  15 pces à CHF 89.50 = CHF 1'342.50, livraison le mardi 15 décembre\n"
            "Pos. 2  TB-CEINT-XL  15 pces à CHF 42.00 = CHF 630.00, livrable déjà le vendredi 11 décembre\n\n"
            "Total CHF 1'972.50 hors TVA.\n\nMeilleures salutations\nLaurent Favre\nCeintures Romandes SA | Rte de Lausanne 22 | 1400 Yverdon-les-Bains\n"
            "Tél. 024 555 12 12 | CHE-123.456.789 TVA\n")
    eml = reply(p, text(body, cs="iso-8859-1"), mdate(2026, 11, 16, 11, 11, 0), "<lf.20261116.1111@ceintures-romandes.example>",
                name="Laurent Favre", subject="RE: Purchase order 4500031588 - please confirm")
    return [p], eml, expected("confirmation",
        "Line 1 as ordered (mardi 15 décembre = 2026-12-15). Line 2 delivered earlier on Friday 2026-12-11 -> changed date. Totals with apostrophe grouping are not unit prices.",
        conf(p, {1: A(p, 1), 2: C(p, 2, date="2026-12-11")}))


@case("de-ch-mirrors-per-10-kw50-wednesday", "de-CH",
      "Swiss German: one price given per 10 pieces (equal), the other raised; delivery 'Mittwoch KW 50' (day named within the week).")
def c_de_ch():
    s = supplier("SPIEGL", "Prüfspiegel AG", "verkauf@pruefspiegel.example", "de-CH")
    p = po("4500031592", s, "2026-11-12", [
        ("IM-TEL-XL", "Teleskop-Inspektionsspiegel XL, 55 mm", 20, "EA", "24.80", "2026-12-09"),
        ("IM-PEN-30", "Stift-Inspektionsspiegel 30 mm", 50, "EA", "6.40", "2026-12-09")], currency="CHF")
    body = ("Grüezi Frau Kowalczyk\n\nBesten Dank für Ihre Bestellung 4500031592. Wir bestätigen:\n\n"
            "Pos. 1 IM-TEL-XL: 20 Stk. zu CHF 248.00 pro 10 Stk.\n"
            "Pos. 2 IM-PEN-30: 50 Stk. zu neu CHF 6.90/Stk. (Preisanpassung Lieferant per 1.11.2026)\n\n"
            "Liefertermin beide Positionen: Mittwoch, KW 50.\n\n"
            "Freundliche Grüsse\nReto Baumann\nPrüfspiegel AG | Industriestrasse 9 | 8604 Volketswil\n"
            "Tel. 044 555 33 20 | MWST CHE-987.654.321\n")
    eml = reply(p, text(body, cs="iso-8859-1"), mdate(2026, 11, 13, 8, 31, 0), "<rb-4500031592@pruefspiegel.example>",
                name="Reto Baumann", subject="AW: Purchase order 4500031592 - please confirm")
    return [p], eml, expected("confirmation",
        "Wednesday of ISO week 50 = 2026-12-09 = requested date. Line 1: CHF 248.00 per 10 = 24.80/EA -> accepted. Line 2: price 6.90 instead of 6.40 -> changed.",
        conf(p, {1: A(p, 1), 2: C(p, 2, price="6.90")}))


@case("it-ch-price-increase-letter-2027", "it-CH",
      "Italian-Swiss circular announcing +4.5% list prices from 1.1.2027 with a PDF; sent to all customers, not an answer to the open PO.")
def c_it_ch():
    s = supplier("FERRTI", "Ferramenta Ticinese SA", "info@ferramenta-ticinese.example", "it-CH")
    p = po("4500031606", s, "2026-11-16", [
        ("AB-90-40", "Squadretta 90 x 90 x 40 mm, zincata", 1000, "PC", "0.48", "2026-12-18"),
        ("AB-60-40", "Squadretta 60 x 60 x 40 mm, zincata", 1000, "PC", "0.36", "2026-12-18")], currency="CHF")
    body = ("Gentili clienti,\n\na causa del continuo aumento dei costi dell'acciaio zincato e dell'energia, ci vediamo costretti "
            "ad adeguare i nostri prezzi di listino del 4,5% a partire dal 1.1.2027.\n"
            "Tutti gli ordini ricevuti entro il 18.12.2026 verranno ancora fatturati ai prezzi attuali.\n\n"
            "In allegato trovate il nuovo listino prezzi 2027.\n\nRingraziandovi per la vostra comprensione, porgiamo cordiali saluti.\n\n"
            "Ferramenta Ticinese SA – Via Cantonale 31 – 6805 Mezzovico – tel. 091 555 40 40\n")
    pdfl = ["FERRAMENTA TICINESE SA - LISTINO PREZZI 2027 (valido dal 1.1.2027)", "Articolo      Descrizione                     CHF/pz",
            "AB-60-40      Squadretta 60x60x40 zincata       0.38", "AB-90-40      Squadretta 90x90x40 zincata       0.50",
            "AB-120-60     Squadretta 120x120x60 zincata     0.84"]
    m = multi("mixed", text(body, cs="iso-8859-1"), attach("Listino_2027.pdf", "application/pdf", pdf(pdfl, "Listino prezzi 2027")))
    eml = message("Ferramenta Ticinese SA <info@ferramenta-ticinese.example>", "undisclosed-recipients:;",
                  "Adeguamento prezzi 2027", mdate(2026, 11, 18, 7, 45, 0), "<listino2027.0001@ferramenta-ticinese.example>", m)
    return [p], eml, expected("unrelated",
        "A general price-increase circular to all customers (undisclosed recipients, new thread) effective 2027; it does not answer PO 4500031606, which was ordered before the 18.12.2026 cut-off.")


@case("en-in-wire-brushes-dispatch-date", "en-IN",
      "Indian English with 'dispatch on 28th Dec' (ship date only), lakh-grouped totals and a signature full of GSTIN/CIN/phone numbers.")
def c_en_in():
    s = supplier("SHAKTI", "Shakti Brush Industries", "sales@shaktibrush.example", "en-IN")
    p = po("4500031610", s, "2026-11-13", [
        ("WB-BRS-3R", "Wire brush brass, 3 rows, plastic handle", 1500, "EA", "45.00", "2026-12-24"),
        ("WB-SS-TB", "Stainless tube brush 20 mm", 500, "EA", "72.50", "2026-12-24")], currency="INR", buyer="rs")
    body = ("Dear Sir,\n\nGreetings from Shakti Brush Industries!!\n\n"
            "We thank you for your valued PO No. 4500031610 dtd. 13-11-2026 and are pleased to confirm the same as under:\n\n"
            "1) WB-BRS-3R - 1500 nos @ Rs. 45.00 = Rs. 67,500.00\n"
            "2) WB-SS-TB - 500 nos @ Rs. 72.50 = Rs. 36,250.00\n"
            "Total Rs. 1,03,750.00 + GST @18%\n\n"
            "Kindly note material will be dispatched on 28th Dec 2026 by road through our regular transporter.\n\n"
            "Thanks & Regards,\nRajesh Kumar Agarwal\nSr. Executive - Sales\nShakti Brush Industries\n"
            "Plot No. 112, Sector 58, Faridabad - 121004 (Haryana)\nPh: 0129-2345678 / 2345679 | Mob: +91 98111 22334\n"
            "GSTIN: 06AAKFS1234L1Z8 | PAN: AAKFS1234L | MSME Udyam: UDYAM-HR-05-0012345\n")
    eml = reply(p, text(body, cs="us-ascii", cte="7bit"), mdate(2026, 11, 16, 12, 48, 0, "+0530"), "<CAKs9vH2dP4@mail.shaktibrush.example>",
                name="Rajesh Kumar Agarwal", subject="Re: Purchase order 4500031610 - please confirm")
    return [p], eml, expected("confirmation",
        "Quantities and prices as ordered. Only a dispatch date is given (28th Dec 2026), so date = 2026-12-28, later than the requested 2026-12-24 -> both lines changed (date only).",
        conf(p, {1: C(p, 1, date="2026-12-28"), 2: C(p, 2, date="2026-12-28")}))


@case("en-au-extension-cords-eta-terse", "en-AU",
      "Two-line Aussie reply 'all good, ETA 14/12' that confirms everything but moves the delivery by a few days.")
def c_en_au():
    s = supplier("SPARKY", "Sparky Supplies Pty Ltd", "trade@sparkysupplies.example", "en-AU")
    p = po("4500031624", s, "2026-11-16", [
        ("EXT-10M-HD", "Extension lead 10 m, heavy duty, 10 A", 50, "EA", "24.95", "2026-12-11"),
        ("EXT-20M-HD", "Extension lead 20 m, heavy duty, 15 A", 20, "EA", "46.50", "2026-12-11")], currency="AUD", buyer="jb")
    body = ("No worries James, all good on qty and pricing. ETA 14/12 at your DC.\n\nCheers\nBrett\n\n"
            "Brett O'Connor | Trade Desk | Sparky Supplies Pty Ltd | ABN 12 345 678 901 | 1300 555 012\n\n"
            "> On 16 Nov 2026, at 10:02 am, James Bright <james.bright@northgate-supply.example> wrote:\n> \n"
            + "\n".join("> " + x for x in request_text(p).split("\n")) + "\n")
    eml = reply(p, text(body, cs="us-ascii", cte="7bit"), mdate(2026, 11, 17, 8, 14, 0, "+1100"), "<9D7B6E0A-44C1-4E0C-A1F0-5B8E51D0C9A7@sparkysupplies.example>",
                name="Brett O'Connor", subject="Re: Purchase order 4500031624 - please confirm")
    return [p], eml, expected("confirmation",
        "Quantity and pricing confirmed; ETA 14/12 (day-first, yearless) = delivery 2026-12-14, later than 2026-12-11 -> both lines changed (date only).",
        conf(p, {1: C(p, 1, date="2026-12-14"), 2: C(p, 2, date="2026-12-14")}))


@case("en-za-loading-ramps-surcharge-amount", "en-ZA",
      "South African reply with 'R6 850,00' amounts, yyyy/mm/dd dates and a fixed R15,00/unit steel surcharge on one line.")
def c_en_za():
    s = supplier("RAMPZA", "Highveld Ramps (Pty) Ltd", "sales@highveldramps.example", "en-ZA")
    p = po("4500031638", s, "2026-11-13", [
        ("LR-STEEL-5T", "Steel loading ramp 5 t, pair", 4, "PR", "6850.00", "2026-12-11"),
        ("LR-CHK-RUB", "Rubber wheel chock", 8, "EA", "340.00", "2026-12-11")], currency="ZAR")
    body = ("Good day Marta\n\nThank you for PO 4500031638, confirmed as follows:\n\n"
            "Line 1: LR-STEEL-5T x 4 pairs @ R6 850,00 per pair - delivery 2026/12/11\n"
            "Line 2: LR-CHK-RUB x 8 @ R340,00 plus steel-insert surcharge of R15,00 per unit (R355,00 per unit) - delivery 2026/12/11\n\n"
            "Kind regards\nThabo Mokoena\nSales Administrator\nHighveld Ramps (Pty) Ltd | Reg. 2009/012345/07 | VAT 4123456789\n"
            "Tel: 011 555 0123 | 14 Steel Road, Germiston, 1401\n")
    eml = reply(p, text(body, cs="us-ascii", cte="7bit"), mdate(2026, 11, 16, 10, 20, 0, "+0200"), "<TM.20261116.1020@highveldramps.example>",
                name="Thabo Mokoena", subject="RE: Purchase order 4500031638 - please confirm")
    return [p], eml, expected("confirmation",
        "ZA decimal comma with space grouping (R6 850,00 = 6850.00) and yyyy/mm/dd dates. Line 1 accepted. Line 2: R340,00 + R15,00 surcharge per unit = 355.00 -> changed price.",
        conf(p, {1: A(p, 1), 2: C(p, 2, price="355.00")}))


@case("en-nz-whole-order-declined", "en-NZ",
      "Polite NZ reply declining the entire order because the range was dropped, with a recommendation elsewhere: every line rejected.")
def c_en_nz():
    s = supplier("KIWIBL", "Kiwi Blade Co Ltd", "orders@kiwiblade.example", "en-NZ")
    p = po("4500031642", s, "2026-11-16", [
        ("KB-HOOK-5", "Hook blades for utility knife, pack of 5", 200, "PC", "3.20", "2026-12-16"),
        ("KB-SCRAPER-100", "Scraper blades 100 mm, pack of 10", 100, "PC", "7.80", "2026-12-16")], currency="NZD")
    body = ("Kia ora Marta,\n\nThanks for the order (4500031642). Unfortunately we've stopped carrying the hook and scraper blade "
            "range as of this month, so we won't be able to supply either line - sorry about that. "
            "Toolbox Direct in Auckland still stocks similar lines if that helps.\n\n"
            "Ngā mihi\nAroha Ngata\nKiwi Blade Co Ltd | 09 555 7123 | 27 Rosedale Rd, Albany\n")
    eml = reply(p, text(body), mdate(2026, 11, 18, 9, 3, 0, "+1300"), "<CAPn1x8bW@mail.kiwiblade.example>",
                name="Aroha Ngata", subject="Re: Purchase order 4500031642 - please confirm")
    return [p], eml, expected("confirmation",
        "A rejection is an answer: both lines explicitly declined -> confirmation with all lines rejected.",
        conf(p, {1: R, 2: R}))


@case("en-ie-exchange-ndr-recipient-not-found", "en-IE",
      "Microsoft Exchange/Outlook NDR (550 5.1.1 RESOLVER.ADR.RecipNotFound) as multipart/report with HTML human part.")
def c_en_ie():
    s = supplier("CELTHT", "Celtic Heat Tools Ltd", "orders@celticheattools.example", "en-IE")
    p = po("4500031656", s, "2026-11-17", [
        ("HG-2200-IE", "Heat gun 2200 W with scraper nozzle", 25, "EA", "39.00", "2026-12-18")])
    sent = mdate(2026, 11, 17, 14, 0, 0, "+0000")
    human = ("Your message to orders@celticheattools.example couldn't be delivered.\n\n"
             "orders wasn't found at celticheattools.example.\n\n"
             "marta.kowalczyk    Office 365    orders\nAction Required                    Recipient\n\n"
             "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist.\n\n"
             "Diagnostic information for administrators:\nGenerating server: DB8PR09MB3301.eurprd09.prod.outlook.example\n"
             "orders@celticheattools.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n")
    body = dsn("DB8PR09MB3301.eurprd09.prod.outlook.example", "orders@celticheattools.example", "5.1.1",
               "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", sent, human, orig_headers(p, sent), boundary_tag="_000_NDR_")
    eml = message("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northgate-supply.example>",
                  "Marta Kowalczyk <marta.kowalczyk@northgate-supply.example>",
                  "Undeliverable: Purchase order 4500031656 - please confirm", mdate(2026, 11, 17, 14, 0, 6, "+0000"),
                  "<ed4c5b1e-1b7a-4e8e-9f2a-0c1d2e3f4a5b@DB8PR09MB3301.eurprd09.prod.outlook.example>", body,
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"])
    return [p], eml, expected("bounce", "Exchange non-delivery report: recipient address not found.")


@case("en-sg-needle-files-per-box", "en-SG",
      "Singapore multipart reply quoting one price per box of 10 (S$38.00 = 3.80/EA, higher than PO) and another line as ordered.")
def c_en_sg():
    s = supplier("LIONTL", "Lion City Tools Pte Ltd", "sales@lioncitytools.example", "en-SG")
    p = po("4500031660", s, "2026-11-16", [
        ("NF-DIA-140", "Diamond needle file 140 mm", 100, "EA", "3.60", "2026-12-14"),
        ("NF-DIA-SET10", "Diamond needle file set, 10 pcs", 20, "SET", "28.00", "2026-12-14")], currency="SGD")
    t = ("Hi Marta,\n\nNoted with thanks on PO 4500031660. Pls see our confirmation:\n\n"
         "1. NF-DIA-140 - 100 pcs (10 boxes), S$38.00 per box of 10 due to new supplier cost, delivery 14 Dec 2026\n"
         "2. NF-DIA-SET10 - 20 sets @ S$28.00/set, delivery 14 Dec 2026\n\n"
         "Thank you.\n\nBest Regards,\nTan Wei Ling\nLion City Tools Pte Ltd | 10 Ubi Crescent #05-12 Singapore 408564 | "
         "T: +65 6555 1234 | UEN 201012345K\n")
    m = multi("alternative", text(t), html(html_doc("<div>" + t.replace("\n", "<br>\n") + "</div>")))
    eml = reply(p, m, mdate(2026, 11, 17, 17, 30, 0, "+0800"), "<SG2PR04MB3456A1B2C3D4@SG2PR04MB3456.apcprd04.prod.outlook.example>",
                name="Tan Wei Ling", subject="RE: Purchase order 4500031660 - please confirm")
    return [p], eml, expected("confirmation",
        "Line 1: S$38.00 per box of 10 = 3.80 per EA (PO 3.60) -> changed price, quantity and date unchanged. Line 2 accepted.",
        conf(p, {1: C(p, 1, price="3.80"), 2: A(p, 2)}))


@case("es-es-confirm-monday-stock-check", "es-ES",
      "Spanish reply 'os confirmo el lunes' after a stock check, with a tentative 'en principio sí' that commits to nothing.")
def c_es_es():
    s = supplier("EXTRAC", "Extractores Levante S.L.", "pedidos@extractoreslevante.example", "es-ES")
    p = po("4500031674", s, "2026-11-18", [
        ("GP-3J-200", "Extractor de 3 garras 200 mm", 15, "EA", "39.50", "2026-12-17"),
        ("GP-BEAR-SEP", "Separador de rodamientos 30-50 mm", 10, "EA", "27.00", "2026-12-17")])
    body = ("Hola Marta:\n\nRecibido el pedido 4500031674, gracias. En principio sí, pero estamos revisando stock de los separadores "
            "con el almacén de Valencia; os confirmo plazos y cantidades el lunes.\n\n"
            "Un saludo,\nJordi Ferrer\nExtractores Levante S.L. | Pol. Ind. Fuente del Jarro, Paterna | Tel. 961 55 12 34 | CIF B12345678\n")
    eml = reply(p, text(body), mdate(2026, 11, 19, 18, 2, 0), "<CAHq7mT1zP@mail.extractoreslevante.example>",
                name="Jordi Ferrer", subject="RE: Purchase order 4500031674 - please confirm")
    return [p], eml, expected("needs_review", "'En principio sí' is not a commitment: dates and quantities will be confirmed on Monday.")


@case("es-ar-oil-drums-voseo-earlier", "es-AR",
      "Argentine reply in voseo with 'US$ 95,00' decimal-comma amounts and delivery 'el viernes 18/12', three weeks earlier than requested.")
def c_es_ar():
    s = supplier("TAMBOR", "Tambores del Plata S.A.", "ventas@tamboresdelplata.example", "es-AR")
    p = po("4500031688", s, "2026-11-16", [
        ("OD-200-TH", "Tambor metálico 200 l, tapa fija", 80, "EA", "95.00", "2027-01-08")], currency="USD", buyer="jb")
    body = ("Hola James, ¿cómo andás?\n\nTe confirmo la OC 4500031688: 80 tambores de 200 l tapa fija a US$ 95,00 c/u. "
            "Como tenemos stock te los podemos entregar el viernes 18/12, así no tenés que esperar a enero.\n\n"
            "Cualquier cosa avisame.\nAbrazo,\nMartín Sosa\nTambores del Plata S.A. | Av. Gral. Paz 1234, Avellaneda | (011) 5555-1234\n")
    eml = reply(p, text(body), mdate(2026, 11, 17, 12, 40, 0, "-0300"), "<CAE3pR7sN@mail.tamboresdelplata.example>",
                name="Martín Sosa", subject="RE: Purchase order 4500031688 - please confirm")
    return [p], eml, expected("confirmation",
        "Quantity and price as ordered (US$ 95,00). Delivery 'viernes 18/12' = Friday 2026-12-18 (next such date), earlier than the requested 2027-01-08 -> changed date.",
        conf(p, {1: C(p, 1, date="2026-12-18")}))


@case("es-co-first-aid-html-only-cop", "es-CO",
      "HTML-only Colombian reply with a styled table, COP amounts with dot thousands ('$ 445.000') and one price change.")
def c_es_co():
    s = supplier("BOTIQ", "Botiquines de Colombia S.A.S.", "comercial@botiquinesco.example", "es-CO")
    p = po("4500031692", s, "2026-11-13", [
        ("BOT-EMP-B", "Botiquín empresarial tipo B", 20, "EA", "185000.00", "2026-12-15"),
        ("CAMILLA-RIG", "Camilla rígida con inmovilizador", 2, "EA", "420000.00", "2026-12-15")], currency="COP")
    hb = ("<div style=\"font-family:Calibri,sans-serif;font-size:11pt\"><p>Buenos días Marta,</p>"
          "<p>Confirmamos su orden de compra <b>4500031692</b> así:</p>"
          "<table style=\"border:1px solid #999\" cellspacing=\"0\"><tr style=\"background:#1F4E79;color:#fff\">"
          "<th>Ítem</th><th>Referencia</th><th>Cant.</th><th>Valor unitario</th><th>Fecha de entrega</th></tr>"
          "<tr><td>1</td><td>BOT-EMP-B</td><td>20</td><td>$&nbsp;185.000</td><td>15 de diciembre de 2026</td></tr>"
          "<tr><td>2</td><td>CAMILLA-RIG</td><td>2</td><td>$&nbsp;445.000 <span style=\"color:red\">(*)</span></td><td>15 de diciembre de 2026</td></tr></table>"
          "<p style=\"font-size:9pt\">(*) Precio actualizado por cambio en el inmovilizador de cabeza.</p>"
          "<p>Valores antes de IVA.</p><p>Cordialmente,<br><b>Diana Restrepo</b><br>Asesora comercial<br>"
          "Botiquines de Colombia S.A.S. | NIT 900.123.456-7 | Cra. 50 # 10-45, Medellín | PBX (604) 555 1234</p></div>")
    eml = reply(p, html(html_doc(hb, "es")), mdate(2026, 11, 16, 9, 15, 0, "-0500"), "<dr-4500031692@botiquinesco.example>",
                name="Diana Restrepo", subject="RE: Purchase order 4500031692 - please confirm")
    return [p], eml, expected("confirmation",
        "HTML only. '$ 185.000' = 185000.00 (dot is the thousands separator) -> line 1 accepted. Line 2: $ 445.000 instead of 420000.00 -> changed price; dates as ordered.",
        conf(p, {1: A(p, 1), 2: C(p, 2, price="445000.00")}))


@case("es-cl-vacaciones-auto", "es-CL",
      "Chilean out-of-office ('Respuesta automática') naming a colleague and dates, with Auto-Submitted and X-Autoreply headers.")
def c_es_cl():
    s = supplier("GATOCL", "Gatas y Elevación Ltda.", "ventas@gatasyelevacion.example", "es-CL")
    p = po("4500031706", s, "2026-11-18", [
        ("JS-4T-PR", "Torre de apoyo 4 t, par", 12, "PR", "34.00", "2026-12-22")], currency="USD", buyer="jb")
    body = ("Estimado(a):\n\nMe encuentro de vacaciones desde el 16 hasta el 27 de noviembre, sin acceso a correo. "
            "Para cotizaciones y órdenes de compra favor contactar a Camila Rojas (crojas@gatasyelevacion.example, +56 2 2555 1234).\n\n"
            "Saludos cordiales,\nFelipe Muñoz\n")
    eml = message(addr("Felipe Muñoz", "fmunoz@gatasyelevacion.example"), "James Bright <james.bright@northgate-supply.example>",
                  "Respuesta automática: Purchase order 4500031706 - please confirm", mdate(2026, 11, 18, 10, 0, 8, "-0300"),
                  "<auto-fm-20261118@gatasyelevacion.example>", text(body),
                  in_reply_to=p["request_message_id"], extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])
    return [p], eml, expected("auto_reply", "Vacation auto-reply; dates are the absence period.")


@case("ca-es-mallets-weekday-date", "ca-ES",
      "Catalan reply giving 'dijous 17 de desembre' for one line and an unchanged line; decimal comma prices.")
def c_ca():
    s = supplier("MALLC", "Maces i Eines Vallès, S.L.", "comandes@macesvalles.example", "ca-ES")
    p = po("4500031710", s, "2026-11-16", [
        ("MG-NYL-40", "Maceta de niló 40 mm", 36, "EA", "11.20", "2026-12-10"),
        ("MG-RUB-1KG", "Maceta de goma 1 kg", 24, "EA", "8.30", "2026-12-10")])
    body = ("Bon dia Marta,\n\nUs confirmem la comanda 4500031710:\n\n"
            "- MG-NYL-40: 36 u. a 11,20 €, lliurament el 10 de desembre.\n"
            "- MG-RUB-1KG: 24 u. a 8,30 €, lliurament dijous 17 de desembre (no en tenim fins llavors).\n\n"
            "Salutacions,\nNúria Puig\nMaces i Eines Vallès, S.L. | Sabadell | 93 555 12 34\n")
    eml = reply(p, text(body, cs="iso-8859-15"), mdate(2026, 11, 17, 9, 50, 0), "<np-4500031710@macesvalles.example>",
                name="Núria Puig", subject="RE: Purchase order 4500031710 - please confirm")
    return [p], eml, expected("confirmation",
        "Line 1 as ordered. Line 2: delivery Thursday 17 December 2026 instead of 10 December -> changed date.",
        conf(p, {1: A(p, 1), 2: C(p, 2, date="2026-12-17")}))


@case("zh-cn-angle-brackets-gb2312-split", "zh-CN",
      "Simplified Chinese in GB2312: one line split into two shipments (600 + 400), the other confirmed; prices marked 不含税.")
def c_zh_cn():
    s = supplier("HUAXIN", "Ningbo Huaxin Hardware Co., Ltd.", "sales@huaxin-hw.example", "zh-CN")
    p = po("4500031724", s, "2026-11-12", [
        ("AB-100-ZN", "Angle bracket 100x100x80 mm, galvanised", 1000, "PC", "1.35", "2026-12-10"),
        ("AB-50-ZN", "Angle bracket 50x50x35 mm, galvanised", 3000, "PC", "0.42", "2026-12-10")], currency="CNY")
    body = ("Marta 您好！\n\n贵司订单 4500031724 确认如下（单价不含税）：\n\n"
            "1. AB-100-ZN 镀锌角码 100x100x80：共1000个，单价 1.35 元。分两批发货：2026年12月10日先发600个，"
            "余下400个于2026年12月24日发货。\n"
            "2. AB-50-ZN 镀锌角码 50x50x35：3000个，单价 0.42 元，2026年12月10日发货。\n\n"
            "谢谢！\n\n宁波华鑫五金有限公司\n外贸部 陈静\n电话：0574-5555 1234  手机：138 0574 1234\n")
    eml = reply(p, text(body, cs="gb2312", cte="base64"), mdate(2026, 11, 13, 15, 6, 0, "+0800"), "<202611131506.7719@huaxin-hw.example>",
                name="陈静", subject="回复: Purchase order 4500031724 - please confirm", subj_cs="gb2312")
    return [p], eml, expected("confirmation",
        "Only ship dates (发货) are given. Line 1: 600 on 2026-12-10 + 400 on 2026-12-24 = 1000, last date 2026-12-24 -> changed with schedule. Line 2 accepted.",
        conf(p, {1: C(p, 1, date="2026-12-24", sched=[(600, "2026-12-10"), (400, "2026-12-24")]), 2: A(p, 2)}))


@case("nl-be-ramps-within-3-weeks", "nl-BE",
      "Flemish reply: line 1 'zoals besteld', line 2 'levering binnen 3 weken' counted from the mail date.")
def c_nl_be():
    s = supplier("OPRIT", "Opritten Vlaanderen BV", "verkoop@opritten-vlaanderen.example", "nl-BE")
    p = po("4500031738", s, "2026-11-12", [
        ("LR-PLAST-15", "Drempelhulp kunststof 15 cm", 20, "PC", "23.40", "2026-12-04"),
        ("LR-ALU-FOLD", "Plooibare oprijplaat aluminium 1,8 m", 6, "EA", "189.00", "2026-12-04")])
    body = ("Goeiemiddag Marta,\n\nBedankt voor uw bestelling 4500031738.\n"
            "Lijn 1 (LR-PLAST-15): zoals besteld, levering 04/12.\n"
            "Lijn 2 (LR-ALU-FOLD): zelfde aantal en prijs, maar levering binnen 3 weken (productie).\n\n"
            "Met vriendelijke groeten\nWouter Peeters\nOpritten Vlaanderen BV | Kortrijk | +32 56 55 12 34 | BTW BE 0123.456.789\n")
    eml = reply(p, text(body, cs="iso-8859-1"), mdate(2026, 11, 16, 13, 5, 0), "<wp-4500031738@opritten-vlaanderen.example>",
                name="Wouter Peeters", subject="RE: Purchase order 4500031738 - please confirm")
    return [p], eml, expected("confirmation",
        "Line 1 accepted (04/12 = 2026-12-04). Line 2: 'binnen 3 weken' from Monday 16 Nov 2026 = 2026-12-07, later than 2026-12-04 -> changed date.",
        conf(p, {1: A(p, 1), 2: C(p, 2, date="2026-12-07")}))


@case("fr-be-shipping-notice-other-order", "fr-BE",
      "Belgian French shipping notice (avis d'expédition) with tracking for an older order; the open PO for the same goods is not answered.")
def c_fr_be():
    s = supplier("COUPBE", "Coupe-Boulons Wallonie SRL", "logistique@coupeboulons.example", "fr-BE")
    p = po("4500031742", s, "2026-11-17", [
        ("BC-750", "Coupe-boulons 750 mm", 20, "EA", "27.90", "2026-12-16")])
    body = ("Madame, Monsieur,\n\nVotre commande 4500030861 (notre réf. CDE-25-7781) a été expédiée ce jour.\n\n"
            "Transporteur : DPD – n° de suivi 05212345678901\n"
            "Contenu : 30 x BC-750 Coupe-boulons 750 mm ; 10 x BC-450 Coupe-boulons 450 mm\n"
            "Livraison prévue : 20/11/2026\n\n"
            "Ceci est un message automatique.\nCoupe-Boulons Wallonie SRL – Zoning de Ghlin, 7011 Mons – TVA BE 0456.789.123\n")
    eml = message("Coupe-Boulons Wallonie - Logistique <logistique@coupeboulons.example>", "marta.kowalczyk@northgate-supply.example",
                  "Avis d'expédition - votre commande 4500030861", mdate(2026, 11, 18, 16, 30, 0),
                  "<dispatch-CDE-25-7781@coupeboulons.example>", text(body, cs="iso-8859-15"),
                  extra=["Auto-Submitted: auto-generated"])
    return [p], eml, expected("unrelated", "A shipping notice for an earlier order 4500030861 (not in pos.json), even though the same item BC-750 appears.")
