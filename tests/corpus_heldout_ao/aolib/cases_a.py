"""Cases 001-015."""
from . import mime, pdf
from .clients import outlook, gmail, thread_headers, subj
from .core import (L, PO, sup, acc, chg, REJ, UNC, conf, expected, wd, kw, case, request_text, pct)


def c_fruit_gb():
    s = sup("GRNHY", "Greenhayes Fresh Produce Ltd", "orders@greenhayes-fresh.example", "en-GB")
    po = PO("4501100101", s, "Tom Whitfield", "GBP", "2026-11-02", [
        L(1, "FR-APL-GALA", "Apples Gala 70-80, carton 12 kg", 160, "CT", "14.80", "2026-11-24"),
        L(2, "FR-PER-CONF", "Pears Conference 60-65, carton 12 kg", 80, "CT", "16.20", "2026-11-24"),
        L(3, "FR-CIT-CLEM", "Clementines 1-XX, carton 12 kg", 240, "CT", "13.40", "2026-12-01"),
    ])
    wd("2026-11-24", "Tue"); wd("2026-12-01", "Tue")
    new = ("Morning Tom,\n\n"
           "Thanks for the order. All three lines confirmed as per your PO, prices as quoted.\n\n"
           "Gala and Conference will arrive with you together on Tuesday 24th (2 pallets of Gala + 1 pallet of "
           "Conference, 80 cartons a pallet, so 3 pallets on the one wagon). Clementines follow on Tuesday "
           "1st December, 3 pallets.\n\n"
           "Class I, origin UK for the apples/pears, Spain for the clems. Temp-controlled 2-4\u00b0C all the way.\n\n"
           "Cheers\nHannah Pryce\nSales Office | Greenhayes Fresh Produce Ltd\n"
           "Unit 7, Riverside Trading Estate, Evesham WR11 4XX\nT: 01386 555 0192\n")
    body = outlook(new, po, "Monday, November 2, 2026 3:41 PM", boundary="_000_AM9PR03MB7741A2E0C5B8C1D2E3F4AM9PR03MB7741eurp_")
    h = thread_headers(po, mime.addr("Hannah Pryce", "hannah.pryce@greenhayes-fresh.example"),
                       mime.addr("Tom Whitfield", "tom.whitfield@corvane.example"), "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 4, 10, 42, 7, "+0000"),
                       "<AM9PR03MB7741A2E0C5B8C1D2E3F4@AM9PR03MB7741.eurprd03.prod.outlook.example>")
    h += [("Thread-Topic", subj(po["po_number"])), ("Content-Language", "en-GB")]
    exp = expected("confirmation", "Plain all-as-ordered confirmation; pallet arithmetic (80 cartons a pallet), "
                   "'70-80', '60-65', '2-4\u00b0C' and '1-XX' are sizes/grades, not quantities or dates.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: acc(po["lines"][1]), 3: acc(po["lines"][2])})])
    return case("fruit-all-as-ordered-pallets", "Everything accepted, but the text is full of pallet counts, "
                "calibres (70-80) and temperatures that look like quantities.", [po], mime.message(h, body), exp)


def c_agri_de_pdf():
    s = sup("BRAND", "Landtechnik Brandauer GmbH", "auftrag@brandauer-landtechnik.example", "de-DE")
    po = PO("4501100102", s, "Lena Hoffmann", "EUR", "2026-11-03", [
        L(1, "AG-77120", "Mower blade, disc mower, 112x48x4 mm", 200, "EA", "3.85", "2026-12-04"),
        L(2, "AG-77311", "PTO shaft guard cone 1 3/8\" Z6", 12, "EA", "42.60", "2026-12-04"),
        L(3, "AG-80045", "Hydraulic hose 3/8 BSP 1500 mm DN10", 40, "EA", "18.90", "2026-12-11"),
        L(4, "AG-80102", "Tine spring, rake, 9 mm wire", 150, "EA", "2.45", "2026-12-11"),
    ])
    cols = [("Pos.", 40), ("Ihre Art.-Nr.", 70), ("Unsere Art.-Nr.", 135), ("Bezeichnung", 210),
            ("Menge", 380), ("Preis", 425), ("Liefertermin", 495)]
    rows = [
        ["10", "AG-77120", "BR-MK-11248", "Mähklinge 112x48x4 rechts", "200 Stk", "3,85 €/Stk", "KW 49/2026"],
        ["20", "AG-77311", "BR-SC-13806", "Schutztrichter 1 3/8\" Z6", "12 Stk", "44,90 €/Stk", "KW 50/2026"],
        ["30", "AG-80045", "BR-HS-1015", "Hydraulikschlauch 3/8\" BSP DN10 1500", "40 Stk", "18,90 €/Stk", "KW 50/2026"],
        ["40", "AG-80102", "BR-ZF-0900", "Zinkenfeder Schwader 9 mm", "150 Stk", "245,00 €/100 Stk", "KW 51/2026"],
    ]
    ops = pdf.table_page(
        [("Landtechnik Brandauer GmbH", 14, True),
         ("Industriestraße 21 · 88339 Bad Waldsee · Tel. +49 7524 555-0", 8, False),
         ("AUFTRAGSBESTÄTIGUNG  Nr. 26-AB-018834", 12, True),
         ("Datum: 05.11.2026     Kunden-Nr.: 40711     Ihre Bestellung: 4501100102 vom 03.11.2026", 9, False),
         ("Ihr Ansprechpartner: Frau L. Hoffmann     Unser Zeichen: mk / Angebot 26-ANG-4471 vom 15.10.2026", 9, False)],
        cols, rows,
        [("Warenwert netto: 2.432,30 €     zzgl. 19 % MwSt.", 9, True),
         ("Liefertermine sind Versandtermine ab Werk (Kalenderwoche). Lieferbedingung: FCA Bad Waldsee (Incoterms 2020).", 8, False),
         ("Zahlungsbedingungen: 14 Tage 2 % Skonto, 30 Tage netto. Es gelten unsere AGB, Stand 01.01.2026.", 8, False),
         ("Bitte prüfen Sie diese Auftragsbestätigung. Abweichungen sind uns innerhalb von 3 Tagen mitzuteilen.", 8, False)])
    pdfdata = pdf.build([ops], title="AB 26-AB-018834", producer="proALPHA Druckdienst",
                        created="D:20261105070210+01'00'")
    # 200*3.85 + 12*44.90 + 40*18.90 + 150*2.45 = 770 + 538.80 + 756 + 367.50
    assert round(200 * 3.85 + 12 * 44.90 + 40 * 18.90 + 150 * 2.45, 2) == 2432.30
    text = ("Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Auftragsbestätigung 26-AB-018834 zu Ihrer Bestellung 4501100102.\n"
            "Bitte prüfen Sie die Angaben und teilen Sie uns Abweichungen umgehend mit.\n\n"
            "Mit freundlichen Grüßen\nIhr Vertriebsinnendienst\nLandtechnik Brandauer GmbH\n\n"
            "--\nLandtechnik Brandauer GmbH · Sitz Bad Waldsee · Amtsgericht Ulm HRB 731145\n"
            "Geschäftsführer: Markus Brandauer, Petra Keck\n"
            "Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie an vertrieb@brandauer-landtechnik.example.\n")
    body = mime.multipart("mixed", [mime.text(text, charset="iso-8859-1"),
                                    mime.attachment(pdfdata, "application/pdf", "AB_26-AB-018834.pdf")],
                          "----=_Part_88213_1422019811.1794290530000")
    h = [("From", mime.addr("Brandauer Auftragsbearbeitung", "auftrag@brandauer-landtechnik.example")),
         ("To", "lena.hoffmann@corvane.example"),
         ("Subject", mime.hdr("Auftragsbestätigung 26-AB-018834 zu Ihrer Bestellung 4501100102", "iso-8859-1")),
         ("Date", mime.date(2026, 11, 5, 7, 2, 14, "+0100")),
         ("Message-ID", "<1422019811.88213.1794290530000@erp01.brandauer-landtechnik.example>"),
         ("X-Mailer", "proALPHA Mail Service 8.2")]
    exp = expected("confirmation",
                   "ERP PDF acknowledgment (positions 10-40, own item codes beside ours). Pos 20 price 44.90 and KW 50 "
                   "(Fri 2026-12-11); pos 40 priced per 100 (245.00/100 = 2.45, unchanged) but KW 51 = 2026-12-18; "
                   "pos 10 KW 49 = 2026-12-04 and pos 30 KW 50 = 2026-12-11 as requested. Ship dates ex works only, "
                   "so they are the dates. Not threaded. Offer date 15.10.2026 and AGB date are traps.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]),
                                          2: chg(12, "44.90", kw(2026, 50)),
                                          3: acc(po["lines"][2]),
                                          4: chg(150, "2.45", kw(2026, 51))})])
    assert kw(2026, 49) == "2026-12-04" and kw(2026, 50) == "2026-12-11"
    return case("agri-parts-erp-pdf-kw", "Unthreaded ERP mail whose only content is a PDF with positions 10-40, "
                "calendar weeks and one price per 100 pieces.", [po], mime.message(h, body), exp)


def c_solar_us():
    s = sup("SUNCR", "SunCrest Module Supply Inc.", "sales@suncrest-modules.example", "en-US")
    po = PO("4501100103", s, "Priya Nair", "USD", "2026-11-04", [
        L(1, "PV-440-MB", "Solar module 440 Wp mono bifacial 1722x1134", 100, "EA", "118.00", "2026-12-15"),
        L(2, "PV-RAIL-4200", "Mounting rail 4200 mm, anodized", 60, "EA", "21.50", "2026-12-15"),
    ])
    new = ("Hi Priya,\n\n"
           "Thanks for PO 4501100103. Modules only leave our warehouse in full pallets (31 pcs/pallet), so I've "
           "confirmed 93 pcs = 3 pallets at $118.00. If you need the full 100 we would have to go to 124 on a "
           "separate order.\n"
           "Rails are fine, 60 pcs at $21.50.\n\n"
           "Everything ships from our Reno, NV warehouse on 12/1 and is delivered to your Rotterdam dock on "
           "12/18/2026 (DAP).\n\n"
           "Best,\nKevin Marsh\nInside Sales | SunCrest Module Supply Inc.\n(775) 555-0143\n")
    body = gmail(new, po, "On Wed, Nov 4, 2026 at 3:17\u202fPM Priya Nair <priya.nair@corvane.example> wrote:",
                 boundary="0000000000004f6a1e0623b1c2d4")
    h = thread_headers(po, mime.addr("Kevin Marsh", "kevin.marsh@suncrest-modules.example"),
                       mime.addr("Priya Nair", "priya.nair@corvane.example"), "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 5, 9, 26, 51, "-0800"),
                       "<CAF7x2Qp0Kd9vYbM3z8uT1sW4n6hJ2eLrQ5mA@mail.gmail.example>")
    wd("2026-12-18", "Fri")
    exp = expected("confirmation", "Pallet of 31 rounding down to 93 pcs; ships 12/1 but delivery 12/18/2026 wins; "
                   "both lines therefore dated 2026-12-18. The 124 alternative is not a commitment.",
                   [conf(po["po_number"], {1: chg(93, "118.00", "2026-12-18"), 2: chg(60, "21.50", "2026-12-18")})])
    return case("solar-pallet-of-31-rounding", "US date forms, full-pallet rounding to 93 with a hypothetical 124, and "
                "a ship date beside a later delivery date.", [po], mime.message(h, body), exp)


def c_ink_fr():
    s = sup("VAUTR", "Encres Vautrin SAS", "adv@encres-vautrin.example", "fr-FR")
    po = PO("4501100104", s, "Lena Hoffmann", "EUR", "2026-11-03", [
        L(1, "INK-OFF-CY", "Offset ink process cyan, can 2.5 kg", 100, "KG", "19.00", "2026-12-15"),
        L(2, "INK-OFF-MG", "Offset ink process magenta, can 2.5 kg", 100, "KG", "19.50", "2026-12-15"),
        L(3, "INK-PMS-877", "Pantone 877 metallic silver, can 2.5 kg", 25, "KG", "38.00", "2026-12-15"),
    ])
    wd("2026-12-15", "Tue"); wd("2026-12-22", "Tue")
    assert pct("19.50", 4) == "20.28"
    new = ("Bonjour Madame Hoffmann,\n\n"
           "Nous vous remercions pour votre commande 4501100104 et vous la confirmons comme suit :\n\n"
           "- Cyan process : 40 bidons de 2,5 kg (100 kg) à 47,50 € le bidon, livraison le mardi 15 décembre ;\n"
           "- Magenta process : 40 bidons de 2,5 kg. Suite à la hausse des pigments, ce coloris est majoré de "
           "4 % à compter du 1er décembre, soit 20,28 €/kg. Livraison également le 15/12 ;\n"
           "- Argent Pantone 877 : fabrication à la commande, 10 bidons livrables le 22/12/2026.\n\n"
           "Conditions inchangées : franco à partir de 1 500 € HT, paiement à 45 jours fin de mois.\n\n"
           "Bien cordialement,\n\nSandrine Lefèvre\nAdministration des ventes\nEncres Vautrin SAS – 27 rue des "
           "Tanneurs – 69007 Lyon\nTél. : +33 4 72 55 01 88\n")
    body = outlook(new, po, "mardi 3 novembre 2026 17:05", lang="fr", charset="windows-1252",
                   boundary="_000_PR1P264MB3318D0C1B2A3F4E5PR1P264MB3318FRAP_", body_lang="FR",
                   to_line="ADV Encres Vautrin <adv@encres-vautrin.example>")
    h = thread_headers(po, mime.addr("Sandrine Lefèvre", "s.lefevre@encres-vautrin.example", "windows-1252"),
                       "Lena Hoffmann <lena.hoffmann@corvane.example>",
                       "RE: " + subj(po["po_number"]), mime.date(2026, 11, 6, 11, 20, 3, "+0100"),
                       "<PR1P264MB3318D0C1B2A3F4E5@PR1P264MB3318.FRAP264.PROD.OUTLOOK.example>")
    exp = expected("confirmation", "PO in kg, supplier speaks in cans of 2.5 kg: 47.50 per can = 19.00/kg (unchanged). "
                   "Magenta +4 % = 20.28/kg. Pantone line dated 22/12/2026, price not mentioned so PO price. "
                   "'franco 1 500 €' and '45 jours' are terms, not prices or dates.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: chg(100, "20.28", "2026-12-15"),
                                           3: chg(25, "38.00", "2026-12-22")})])
    return case("ink-cans-per-kg-percent", "Price per 2.5 kg can against a PO in kg, a 4 % surcharge on one line and "
                "a later date on another, in French with a windows-1252 Outlook body.", [po], mime.message(h, body), exp)


def c_yarn_it():
    s = sup("BRENN", "Filati Brenna S.r.l.", "ordini@filatibrenna.example", "it-IT")
    po = PO("4501100105", s, "Mikkel Strand", "EUR", "2026-11-04", [
        L(1, "YRN-PES-40-2-WH", "Polyester sewing thread 40/2 white, cone 5000 m", 500, "EA", "3.60", "2026-12-04"),
        L(2, "YRN-PES-40-2-BK", "Polyester sewing thread 40/2 black, cone 5000 m", 300, "EA", "3.60", "2026-12-04"),
        L(3, "YRN-CO-30-1-EC", "Cotton yarn Ne 30/1 ecru, cone 1 kg", 240, "EA", "7.95", "2026-12-04"),
    ])
    wd("2026-12-11", "Fri")
    assert kw(2026, 50) == "2026-12-11"
    new = ("Buongiorno Mikkel,\n\n"
           "confermiamo il vostro ordine 4501100105 con le seguenti precisazioni:\n\n"
           "pos. 1 - 40/2 bianco: il filo è confezionato in scatole da 24 coni, quindi 504 coni (21 scatole), "
           "€ 86,40 a scatola\n"
           "pos. 2 - 40/2 nero: 312 coni (13 scatole), stesso prezzo\n"
           "pos. 3 - Ne 30/1 ecrù: 240 coni ok, € 7,95 cad.\n\n"
           "La consegna per tutte le posizioni è prevista per venerdì 11 dicembre (settimana 50), il 4/12 "
           "purtroppo non ci è possibile.\n\n"
           "Cordiali saluti\n\n-- \nGiulia Ferrandi\nUfficio Commerciale\nFilati Brenna S.r.l. - Via per Cantù 14 - "
           "22060 Figino Serenza (CO)\n")
    plain = new + "\nIl 04/11/2026 16:05, Mikkel Strand ha scritto:\n" + mime.quote(request_text(po)) + "\n"
    body = mime.text(plain, charset="iso-8859-15", cte="8bit", flowed=False)
    h = thread_headers(po, mime.addr("Giulia Ferrandi", "g.ferrandi@filatibrenna.example"),
                       "Mikkel Strand <mikkel.strand@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 5, 9, 11, 40, "+0100"), "<8f1c3a2e-77b1-4d0e-9a51-2c4b1e0f7d33@filatibrenna.example>",
                       mailer=("User-Agent", "Mozilla Thunderbird"))
    h += [("Content-Language", "it-IT")]
    exp = expected("confirmation", "Boxes of 24 cones: 504 and 312 cones; EUR 86.40 per box = 3.60 per cone (unchanged). "
                   "All lines moved to Friday 11 December (week 50). '40/2' and 'Ne 30/1' are yarn counts, not dates.",
                   [conf(po["po_number"], {1: chg(504, "3.60", "2026-12-11"), 2: chg(312, "3.60", "2026-12-11"),
                                           3: chg(240, "7.95", "2026-12-11")})])
    return case("yarn-boxes-of-24-rounding", "Rounding up to boxes of 24 cones with a price per box, and yarn counts "
                "like 40/2 and 30/1 that look like dates; 8bit iso-8859-15 Thunderbird mail.", [po], mime.message(h, body), exp)


def c_dairy_mx():
    s = sup("LACBJ", "Lácteos del Bajío S.A. de C.V.", "ventas.export@lacteosbajio.example", "es-MX")
    po = PO("4501100106", s, "Priya Nair", "USD", "2026-11-05", [
        L(1, "DRY-SMP-LH", "Skimmed milk powder, low heat, bag 25 kg", 10000, "KG", "3.52", "2027-01-15"),
        L(2, "DRY-WMP-26", "Whole milk powder 26% fat, bag 25 kg", 5000, "KG", "4.10", "2027-01-15"),
    ])
    new = ("Estimada Priya:\n\n"
           "Le confirmamos su orden de compra 4501100106 en los siguientes términos:\n\n"
           "• Leche descremada en polvo low heat: 400 sacos de 25 kg (10,000 kg) a USD 3,480.00 por tonelada métrica.\n"
           "• Leche entera en polvo 26 %: 200 sacos de 25 kg (5,000 kg) a USD 4,100.00/t.\n\n"
           "Embarque en contenedor de 20' desde Manzanillo el 4 de diciembre; llegada estimada a su almacén en "
           "Rotterdam el 11 de enero de 2027.\n"
           "Vida útil 24 meses a partir de la fecha de producción. El certificado de análisis y el certificado "
           "sanitario se envían con los documentos de embarque.\n\n"
           "Saludos cordiales,\n\nRicardo Anaya Fuentes\nGerente de Exportaciones\nLácteos del Bajío S.A. de C.V.\n"
           "León, Gto., México · Tel. +52 477 555 2390\n")
    body = gmail(new, po, "El jue, 5 nov 2026 a las 10:02, Priya Nair (<priya.nair@corvane.example>) escribió:",
                 boundary="000000000000a81c3b0623c4e5f1")
    h = thread_headers(po, mime.addr("Ricardo Anaya Fuentes", "ventas.export@lacteosbajio.example"),
                       "Priya Nair <priya.nair@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 9, 18, 45, 12, "-0600"),
                       "<CAJ3hV9wq1Lx0T7eRk2PzN8mYb4cD6sFgH1@mail.gmail.example>")
    exp = expected("confirmation", "Prices per metric tonne on a PO in kg: 3,480.00/t = 3.48/kg (changed), "
                   "4,100.00/t = 4.10/kg (unchanged). Ship 4 Dec, arrival 11 Jan 2027 (delivery wins) for both lines.",
                   [conf(po["po_number"], {1: chg(10000, "3.48", "2027-01-11"), 2: chg(5000, "4.10", "2027-01-11")})])
    return case("milk-powder-price-per-tonne", "Price per tonne on a PO in kg, bags of 25 kg, comma thousands in "
                "es-MX, and a sailing date before the arrival date.", [po], mime.message(h, body), exp)


def c_glass_pl():
    s = sup("LABSZ", "Laborszkło Sp. z o.o.", "zamowienia@laborszklo.example", "pl-PL")
    po = PO("4501100107", s, "Ines Kovač", "EUR", "2026-11-05", [
        L(1, "LAB-BKR-250", "Beaker boro 3.3, 250 ml, low form (pack of 12)", 120, "EA", "1.85", "2026-12-01"),
        L(2, "LAB-FLK-500", "Erlenmeyer flask 500 ml NS 29/32", 48, "EA", "4.20", "2026-12-01"),
        L(3, "LAB-CYL-100", "Measuring cylinder 100 ml class A, DE-M", 24, "EA", "6.75", "2026-12-01"),
    ])
    new = ("Dzień dobry Pani Ines,\n\n"
           "potwierdzamy zamówienie nr 4501100107:\n\n"
           "poz. 1 zlewka 250 ml forma niska – cena 22,20 EUR za opakowanie 12 szt.; 72 szt. (6 opak.) dostarczymy "
           "01.12.2026, pozostałe 48 szt. (4 opak.) w dniu 15.01.2027 (brak towaru u producenta),\n"
           "poz. 2 kolba stożkowa 500 ml NS 29/32 – 48 szt., 4,20 EUR/szt., 01.12.2026,\n"
           "poz. 3 cylinder miarowy 100 ml kl. A – zgodnie z zamówieniem.\n\n"
           "Podane terminy są terminami dostawy do Państwa magazynu (DAP Rotterdam).\n\n"
           "Z poważaniem\nKatarzyna Wróbel\nDział Sprzedaży\nLaborszkło Sp. z o.o., ul. Szklarska 8, 58-500 Jelenia Góra\n")
    body = outlook(new, po, "czwartek, 5 listopada 2026 14:22", lang="pl", charset="windows-1250",
                   boundary="_000_DB7PR08MB4127E2B1A0C9D8E7DB7PR08MB4127eurp_", body_lang="PL")
    h = thread_headers(po, mime.addr("Katarzyna Wróbel", "k.wrobel@laborszklo.example", "windows-1250"),
                       "Ines Kovač <ines.kovac@corvane.example>", "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 6, 13, 27, 55, "+0100"),
                       "<DB7PR08MB4127E2B1A0C9D8E7@DB7PR08MB4127.eurprd08.prod.outlook.example>")
    exp = expected("confirmation", "Price per pack of 12 (22.20/12 = 1.85, unchanged) and a split delivery on line 1: "
                   "72 on 2026-12-01, 48 on 2027-01-15. Lines 2 and 3 as ordered. 'NS 29/32' is a joint size, not a date.",
                   [conf(po["po_number"], {1: chg(120, "1.85", "2027-01-15", [(72, "2026-12-01"), (48, "2027-01-15")]),
                                           2: acc(po["lines"][1]), 3: acc(po["lines"][2])})])
    return case("glassware-pack-of-12-split", "Price per pack of 12 against a PO in pieces and a two-date split, in "
                "Polish with a windows-1250 Outlook body.", [po], mime.message(h, body), exp)


def c_rebar_nlbe():
    s = sup("VERBK", "Staalhandel Verbeke NV", "orderdesk@verbeke-staal.example", "nl-BE")
    po = PO("4501100108", s, "Jonas Berg", "EUR", "2026-11-06", [
        L(1, "RB-B500B-12", "Rebar EN 10080 B500B dia 12 mm, bars 12 m", 24, "TNE", "690.00", "2026-12-04"),
        L(2, "RB-B500B-16", "Rebar EN 10080 B500B dia 16 mm, bars 12 m", 16, "TNE", "680.00", "2026-12-04"),
    ])
    new = ("Goedemiddag Jonas,\n\n"
           "Bedankt voor uw bestelling 4501100108. Wij bevestigen als volgt:\n\n"
           "- Ø12 B500B, staven 12 m: 24 ton, levering in twee delen: 12 ton in week 49 en 12 ton in week 51. "
           "Prijs 690,00 EUR/ton.\n"
           "- Ø16 B500B, staven 12 m: 16 ton in week 49. Prijs aangepast naar 695,00 EUR/ton wegens de "
           "legeringstoeslag van november.\n\n"
           "Inspectiecertificaten 3.1 volgens EN 10204 worden met de levering meegestuurd. Betaling 60 dagen "
           "einde maand, zoals afgesproken.\n\n"
           "Met vriendelijke groeten,\n\nPieter Vandamme\nBinnendienst\nStaalhandel Verbeke NV · Kanaalweg 3 · "
           "8800 Roeselare\n")
    body = outlook(new, po, "vrijdag 6 november 2026 11:48", lang="nl", charset="windows-1252",
                   boundary="_000_AS8PR02MB9912C3D4E5F6A7B8AS8PR02MB9912eurp_", body_lang="NL-BE")
    h = thread_headers(po, mime.addr("Pieter Vandamme", "pieter.vandamme@verbeke-staal.example"),
                       "Jonas Berg <jonas.berg@corvane.example>", "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 9, 14, 5, 33, "+0100"),
                       "<AS8PR02MB9912C3D4E5F6A7B8@AS8PR02MB9912.eurprd02.prod.outlook.example>")
    exp = expected("confirmation", "Line 1 split 12 t week 49 (2026-12-04) and 12 t week 51 (2026-12-18); line 2 price "
                   "695.00 per tonne, week 49. 'EN 10080', 'B500B', 'EN 10204 3.1', '60 dagen' and '12 m' are traps.",
                   [conf(po["po_number"], {1: chg(24, "690.00", kw(2026, 51), [(12, kw(2026, 49)), (12, kw(2026, 51))]),
                                           2: chg(16, "695.00", kw(2026, 49))})])
    return case("rebar-split-weeks-alloy-surcharge", "Calendar weeks for a two-part delivery, an alloy surcharge "
                "as a new price per tonne, and standard numbers (EN 10080, EN 10204 3.1) everywhere.",
                [po], mime.message(h, body), exp)


def c_amenities_ie():
    s = sup("ATLGS", "Atlantic Guest Supplies Ltd", "orders@atlanticguest.example", "en-IE")
    po = PO("4501100109", s, "Tom Whitfield", "EUR", "2026-11-05", [
        L(1, "HA-SHP-30", "Shampoo 30 ml bottle, Aloe line (ctn 500)", 10000, "EA", "0.21", "2026-12-10"),
        L(2, "HA-CND-30", "Conditioner 30 ml bottle, Aloe line (ctn 500)", 5000, "EA", "0.23", "2026-12-10"),
        L(3, "HA-SOAP-20", "Soap bar 20 g, pleated wrap (ctn 500)", 15000, "EA", "0.09", "2026-12-10"),
    ])
    wd("2026-12-10", "Thu")
    new = ("Hi Tom,\n\n"
           "Shampoo - 20 ctns confirmed, €105.00 per carton, delivery Thursday 10th Dec.\n\n"
           "Conditioner - sorry, the Aloe conditioner has been discontinued by the manufacturer so we can't supply "
           "it. Closest match is the Oat & Honey 30ml at €0.24, happy to quote properly if you want it.\n\n"
           "Soap - 30 ctns, delivered the same day as the shampoo.\n\n"
           "Regards,\nSiobhán\n\nSiobhán Keane\nAtlantic Guest Supplies Ltd\nUnit 12, Ballybrit Business Park, "
           "Galway H91 XXXX\n")
    plain = new + "\n> On 5 Nov 2026, at 11:02, Tom Whitfield <tom.whitfield@corvane.example> wrote:\n>\n" + \
        mime.quote(request_text(po, "Siobhán")) + "\n"
    body = mime.text(plain, charset="utf-8", cte="quoted-printable")
    h = thread_headers(po, mime.addr("Siobhán Keane", "siobhan@atlanticguest.example"),
                       "Tom Whitfield <tom.whitfield@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 6, 8, 47, 19, "+0000"),
                       "<5C0B2D1E-8A7F-4E3B-9D6C-1F2A3B4C5D6E@atlanticguest.example>",
                       mailer=("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"))
    exp = expected("confirmation", "Cartons of 500: 20 ctns = 10,000 and 30 ctns = 15,000; EUR 105.00 per carton = 0.21. "
                   "Conditioner discontinued -> rejected; the substitute at 0.24 is only an offer.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: REJ, 3: acc(po["lines"][2])})])
    return case("amenities-cartons-discontinued-line", "Cartons of 500 against a PO in pieces, one discontinued line "
                "with a substitute offer that must not be read as a confirmation.", [po], mime.message(h, body), exp)


def c_lube_za():
    s = sup("HVLUB", "Highveld Lubricants (Pty) Ltd", "sales@highveld-lube.example", "en-ZA")
    po = PO("4501100110", s, "Jonas Berg", "EUR", "2026-11-06", [
        L(1, "LUB-15W40-CK4", "Engine oil 15W-40 API CK-4, drum 208 l", 2080, "L", "4.35", "2026-12-18"),
        L(2, "LUB-ATF-D3", "ATF Dexron III, drum 208 l", 416, "L", "5.10", "2026-12-18"),
        L(3, "LUB-GR-EP2", "Grease EP2 lithium, pail 18 kg", 20, "EA", "61.00", "2026-12-18"),
    ])
    wd("2026-12-04", "Fri")
    assert 936 / 208 == 4.5 and round(1060.80 / 208, 4) == 5.1
    new = ("Good day Jonas\n\n"
           "Please see below our confirmation of your PO 4501100110:\n\n"
           "15W-40 CK-4: 10 x 208L drums @ EUR 936,00 per drum (please note the base oil increase effective "
           "1 November)\n"
           "ATF Dexron III: 2 x 208L drums @ EUR 1 060,80 per drum\n"
           "EP2 grease: 20 x 18kg pails @ EUR 61,00 each\n\n"
           "All ex our Germiston depot, ready for collection by your forwarder on Friday 4 December 2026 (FCA "
           "Germiston, Incoterms 2020). Transit to Rotterdam is for your account.\n\n"
           "Kind regards\n\nThabo Nkosi\nSales Co-ordinator\nHighveld Lubricants (Pty) Ltd\n"
           "14 Refinery Road, Germiston 1401 | +27 11 555 0781\n\n"
           "This e-mail is subject to our e-mail disclaimer, available on our website.\n")
    body = outlook(new, po, "Friday, 06 November 2026 16:12", charset="utf-8",
                   boundary="_000_PA4PR10MB5566A1B2C3D4E5F6PA4PR10MB5566eurp_", body_lang="EN-ZA")
    h = thread_headers(po, mime.addr("Thabo Nkosi", "thabo.nkosi@highveld-lube.example"),
                       "Jonas Berg <jonas.berg@corvane.example>", "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 10, 8, 15, 2, "+0200"),
                       "<PA4PR10MB5566A1B2C3D4E5F6@PA4PR10MB5566.eurprd10.prod.outlook.example>")
    exp = expected("confirmation", "Price per 208 l drum against a PO in litres: 936,00/208 = 4.50 (changed), "
                   "1 060,80/208 = 5.10 (unchanged). en-ZA decimal comma and space thousands. Only a collection "
                   "(ship) date, Fri 2026-12-04, so it is the date for all lines.",
                   [conf(po["po_number"], {1: chg(2080, "4.50", "2026-12-04"), 2: chg(416, "5.10", "2026-12-04"),
                                           3: chg(20, "61.00", "2026-12-04")})])
    return case("lubricants-price-per-drum", "Price per 208 l drum on a PO in litres, South African decimal commas, "
                "and an FCA collection date as the only date.", [po], mime.message(h, body), exp)


def c_hvac_se():
    s = sup("NORDF", "Nordfilter AB", "order@nordfilter.example", "sv-SE")
    po = PO("4501100111", s, "Mikkel Strand", "EUR", "2026-11-09", [
        L(1, "HV-F7-592", "Bag filter ePM1 60% (F7) 592x592x635, 8 pockets", 50, "EA", "24.80", "2026-12-11"),
        L(2, "HV-G4-24242", "Panel filter ePM10 50% (G4) 24x24x2 in", 60, "EA", "6.40", "2026-12-11"),
    ])
    new = ("Hej Mikkel,\n\n"
           "Tack för ordern. Påsfiltren levereras i kartonger om 6 st, så vi har avrundat till 54 st "
           "(9 kartonger). Pris enligt order, 24,80 EUR/st.\n"
           "Panelfiltren 24x24x2: 60 st (10 kartonger), OK.\n\n"
           "Leverans vecka 50 för båda raderna.\n\n"
           "Med vänliga hälsningar\nAnna Lindgren\nOrderavdelningen, Nordfilter AB\nBox 114, 541 23 Skövde\n")
    body = outlook(new, po, "den 9 november 2026 13:10", lang="sv", charset="windows-1252",
                   boundary="_000_HE1PR07MB3345B4C5D6E7F8A9HE1PR07MB3345eurp_", body_lang="SV")
    h = thread_headers(po, mime.addr("Anna Lindgren", "anna.lindgren@nordfilter.example"),
                       "Mikkel Strand <mikkel.strand@corvane.example>", "SV: " + subj(po["po_number"]),
                       mime.date(2026, 11, 10, 10, 33, 48, "+0100"),
                       "<HE1PR07MB3345B4C5D6E7F8A9@HE1PR07MB3345.eurprd07.prod.outlook.example>")
    exp = expected("confirmation", "Boxes of 6: 50 rounded up to 54; week 50 = Fri 2026-12-11 equals the requested date. "
                   "Line 2 exactly as ordered. '592x592x635', '24x24x2', 'ePM1 60%' are dimensions/classes.",
                   [conf(po["po_number"], {1: chg(54, "24.80", "2026-12-11"), 2: acc(po["lines"][1])})])
    return case("hvac-filters-box-of-6", "Swedish 'SV:' reply rounding to boxes of 6, calendar week that equals the "
                "requested Friday, and filter dimensions full of x-separated numbers.", [po], mime.message(h, body), exp)


def c_film_fi():
    s = sup("POHJK", "Pohjolan Kalvo Oy", "myynti@pohjolankalvo.example", "fi-FI")
    po = PO("4501100112", s, "Lena Hoffmann", "EUR", "2026-11-09", [
        L(1, "PF-STR-23-500", "Stretch film 23 my, 500 mm, machine roll", 1200, "KG", "2.05", "2026-12-04"),
        L(2, "PF-SHR-50-1200", "Shrink film 50 my, 1200 mm, roll", 800, "KG", "2.40", "2026-12-04"),
    ])
    new = ("Hei Lena,\n\n"
           "kiitos tilauksesta 4501100112. Vahvistamme seuraavasti:\n\n"
           "1) Venytyskalvo 23 µm / 500 mm: 75 rullaa à 16 kg = 1 200 kg, hinta 2,05 €/kg, toimitus viikolla 49.\n"
           "2) Kutistekalvo 50 µm / 1200 mm: varastossa valitettavasti vain 600 kg, joka toimitetaan myös viikolla 49. "
           "Loput 200 kg toimitetaan viikolla 2/2027. Hinta 2,40 €/kg.\n\n"
           "Ystävällisin terveisin\nMatti Heikkinen\nMyynti / Pohjolan Kalvo Oy\npuh. +358 40 555 3127\n")
    body = gmail(new, po, "ma 9.11.2026 klo 14.20 Lena Hoffmann <lena.hoffmann@corvane.example> kirjoitti:",
                 boundary="000000000000c3d1f20623d7a8b9", charset="ISO-8859-15")
    h = thread_headers(po, mime.addr("Matti Heikkinen", "matti.heikkinen@pohjolankalvo.example"),
                       "Lena Hoffmann <lena.hoffmann@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 11, 9, 2, 31, "+0200"),
                       "<CAM9rT4kV2nX8yZ1qW3eR5tY7uI9oP0aS2d@mail.gmail.example>")
    assert kw(2027, 2) == "2027-01-15"
    exp = expected("confirmation", "Line 1 as ordered (75 rolls x 16 kg, week 49 = 2026-12-04). Line 2 split: 600 kg "
                   "week 49, 200 kg week 2/2027 = Fri 2027-01-15.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]),
                                           2: chg(800, "2.40", "2027-01-15", [(600, "2026-12-04"), (200, "2027-01-15")])})])
    return case("film-rolls-kg-split-week-2", "Finnish week numbers across the year end (week 2/2027) for a split, and "
                "rolls times kg arithmetic that equals the PO.", [po], mime.message(h, body), exp)


def c_masks_cz():
    s = sup("MEDIP", "MEDIprotect s.r.o.", "obchod@mediprotect.example", "cs-CZ")
    po = PO("4501100113", s, "Ines Kovač", "EUR", "2026-11-09", [
        L(1, "MSK-3PLY-IIR", "Surgical mask type IIR EN 14683, box of 50", 1000, "BX", "2.10", "2026-12-07"),
        L(2, "MSK-FFP2-NR", "FFP2 NR respirator EN 149, box of 20", 400, "BX", "9.80", "2026-12-07"),
    ])
    wd("2026-12-14", "Mon")
    new = ("Dobrý den, paní Kovač,\n\n"
           "potvrzujeme Vaši objednávku č. 4501100113:\n\n"
           "- chirurgické roušky typ IIR: 25 kartonů po 40 krabicích (1 000 krabic), cena 84,00 EUR za karton, "
           "dodání 14. 12.\n"
           "- respirátory FFP2 NR: 400 krabic, 9,80 EUR/krabice, dodání rovněž 14. 12.\n\n"
           "Číslo šarže a datum expirace (min. 36 měsíců) uvedeme na dodacím listu. Certifikát EU o přezkoušení "
           "typu platí do 26. 5. 2028.\n\n"
           "S pozdravem\nTomáš Novotný\nobchodní oddělení\nMEDIprotect s.r.o., Průmyslová 1180, 686 01 Uherské Hradiště\n")
    body = outlook(new, po, "pondělí 9. listopadu 2026 15:31", lang="cs", charset="iso-8859-2",
                   boundary="_000_VI1PR04MB6677D5E6F7A8B9C0VI1PR04MB6677eurp_", body_lang="CS")
    h = thread_headers(po, mime.addr("Tomáš Novotný", "tomas.novotny@mediprotect.example", "iso-8859-2"),
                       "Ines Kovač <ines.kovac@corvane.example>", "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 12, 7, 58, 9, "+0100"),
                       "<VI1PR04MB6677D5E6F7A8B9C0@VI1PR04MB6677.eurprd04.prod.outlook.example>")
    exp = expected("confirmation", "Price per carton of 40 boxes: 84.00/40 = 2.10 per box (unchanged). Date '14. 12.' "
                   "without year = 2026-12-14 for both lines. Certificate validity 26. 5. 2028 and '36 měsíců' are traps.",
                   [conf(po["po_number"], {1: chg(1000, "2.10", "2026-12-14"), 2: chg(400, "9.80", "2026-12-14")})])
    return case("masks-carton-price-date-no-year", "Price per carton of 40 boxes, Czech day-month date without year, "
                "and a certificate validity date.", [po], mime.message(h, body), exp)


def c_ooo_tr():
    s = sup("ANDIP", "Anadolu İplik San. ve Tic. A.Ş.", "elif.demir@anadoluiplik.example", "tr-TR")
    po = PO("4501100114", s, "Priya Nair", "EUR", "2026-11-10", [
        L(1, "YRN-PES-150D", "Polyester yarn 150D/48F, box of 24 cones", 480, "EA", "2.95", "2026-12-18"),
        L(2, "YRN-NY-70D", "Nylon 6 yarn 70D/24F, box of 24 cones", 240, "EA", "4.40", "2026-12-18"),
    ])
    wd("2026-11-16", "Mon")
    text = ("Merhaba,\n\n"
            "16 Kasım 2026 Pazartesi gününe kadar yıllık izindeyim ve e-postalarıma erişimim sınırlı olacaktır.\n"
            "Acil sipariş ve sevkiyat konularında lütfen satis@anadoluiplik.example adresine yazınız veya "
            "+90 232 555 14 20 numaralı telefondan bize ulaşınız.\n\n"
            "İyi çalışmalar,\nElif Demir\nİhracat Satış Temsilcisi\n\n"
            "---\n\nHello,\nI am on annual leave until Monday 16 November 2026 with limited access to e-mail. "
            "For urgent matters please contact satis@anadoluiplik.example.\n\nBest regards,\nElif Demir\n")
    body = mime.text(text, charset="windows-1254", cte="quoted-printable")
    h = [("From", mime.addr("Elif Demir", "elif.demir@anadoluiplik.example")),
         ("To", "priya.nair@corvane.example"),
         ("Subject", mime.hdr("Otomatik yanıt: " + subj(po["po_number"]), "windows-1254")),
         ("Date", mime.date(2026, 11, 10, 10, 1, 44, "+0300")),
         ("Message-ID", "<AM0PR01MB5521OOF7a2b@AM0PR01MB5521.eurprd01.prod.outlook.example>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
         ("Thread-Topic", subj(po["po_number"]))]
    exp = expected("auto_reply", "Turkish/English out-of-office (windows-1254), threaded on our request; the return "
                   "date 16 Kasım 2026 is not a delivery date.")
    return case("ooo-turkish", "Turkish out-of-office with a date and a phone number, threaded like a real reply.",
                [po], mime.message(h, body), exp)


def c_same_as_last_time():
    s = sup("SHFRG", "Sheffield Forge Tools Ltd", "sales@sheffieldforge.example", "en-GB")
    po = PO("4501100115", s, "Tom Whitfield", "GBP", "2026-11-10", [
        L(1, "HT-SPAN-SET-12", "Combination spanner set 8-19 mm, 12 pcs", 40, "SET", "38.50", "2026-12-11"),
        L(2, "HT-HAM-16OZ", "Claw hammer 16 oz, fibreglass handle", 120, "EA", "9.20", "2026-12-11"),
        L(3, "HT-SCR-VDE-7", "Screwdriver set VDE 1000 V, 7 pcs", 60, "SET", "24.90", "2026-12-11"),
    ])
    new = "Hi Tom, yep can do all of that for w/e 11/12, prices same as last time.\n\nCheers, Gary\n\nGet Outlook for iOS\n"
    body = outlook(new, po, "Tuesday, November 10, 2026 9:03:12 AM", boundary="_000_LO2P265MB2211F1E2D3C4B5A6LO2P265MB2211GBRP_",
                   new_html="<div dir=\"ltr\">Hi Tom, yep can do all of that for w/e 11/12, prices same as last time.</div>"
                            "<div dir=\"ltr\"><br></div><div dir=\"ltr\">Cheers, Gary</div><div dir=\"ltr\"><br></div>"
                            "<div dir=\"ltr\">Get <a href=\"https://aka.ms/o0ukef\">Outlook for iOS</a></div><hr>")
    h = thread_headers(po, mime.addr("Gary Holt", "gary.holt@sheffieldforge.example"),
                       "Tom Whitfield <tom.whitfield@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 11, 16, 40, 25, "+0000"),
                       "<LO2P265MB2211F1E2D3C4B5A6@LO2P265MB2211.GBRP265.PROD.OUTLOOK.example>")
    exp = expected("needs_review", "Quantities and week ending 11/12 are agreed, but the prices are 'same as last time' "
                   "without figures; the PO prices may differ from the previous order, so a buyer must check.")
    return case("tools-prices-same-as-last-time", "Mobile one-liner that agrees the date but confirms prices only as "
                "'same as last time', which the buyer cannot verify from this mail.", [po], mime.message(h, body), exp)


CASES = [c_fruit_gb, c_agri_de_pdf, c_solar_us, c_ink_fr, c_yarn_it, c_dairy_mx, c_glass_pl, c_rebar_nlbe,
         c_amenities_ie, c_lube_za, c_hvac_se, c_film_fi, c_masks_cz, c_ooo_tr, c_same_as_last_time]
