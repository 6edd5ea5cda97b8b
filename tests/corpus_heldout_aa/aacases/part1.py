"""Cases 001-016."""
from __future__ import annotations

from aalib import mime, pdf
from aalib.model import (A, R, U, BUYERS, BUYER_ORG, DOMAIN, T, chg, conf, expected, gmail_html, kw,
                         long_date, next_md, outlook_html, outlook_text, po, quote, request_subject,
                         request_text, reqid, sup, wd, div_lines, h, ln)
from aalib.registry import case, hdrs


def _req_line(p):
    return reqid(p["po_number"], p["issued"])


# ---------------------------------------------------------------------------------------------
@case(1, "catering-cups-outlook-full", "confirmation/en-GB",
      "Plain full acceptance in Outlook HTML, but descriptions carry 8oz/227ml, 1000/case and 33x33 that look like quantities.")
def c001():
    s = sup("BRIGHTWELL", "Brightwell Catering Supplies Ltd", "orders@brightwell-catering.example", "en-GB")
    p = po("4700218841", s, "maren", "GBP", "2026-11-02", [
        ln("BW-CUP08-KR", "Kraft paper cup 8oz/227ml, 1000/case", 40, "CS", "46.80", "2026-12-04"),
        ln("BW-LID80-PS", "Sip lid 80mm PS white, 1000/case", 40, "CS", "21.90", "2026-12-04"),
        ln("BW-NAP33-2P", "Napkin 33x33cm 2-ply white, 2000/case", 25, "CS", "18.75", "2026-12-04"),
    ])
    assert wd("2026-12-04") == "Fri"
    name, email = BUYERS["maren"]
    new = ("Hi Maren,\n\n"
           "Thanks for the order. Happy to confirm PO 4700218841 in full - all three lines as per your PO,\n"
           "prices as listed, delivery on Friday 4th December to your Venlo dock.\n\n"
           "Our ref: SO-118402.\n\n"
           "Kind regards,\n"
           "Gemma Hollis\n"
           "Customer Service | Brightwell Catering Supplies Ltd\n"
           "T: +44 (0)161 496 0732\n\n"
           "Brightwell Catering Supplies Ltd is registered in England & Wales no. 08812047.\n"
           "VAT GB 291 7742 18. This e-mail and any attachments are confidential.\n")
    hb = [("From:", f"{name} <{email}>"), ("Sent:", "02 November 2026 09:14"),
          ("To:", "Brightwell Orders <orders@brightwell-catering.example>"),
          ("Subject:", request_subject(p))]
    q = request_text(p)
    body = mime.Multi("alternative", [
        mime.text(outlook_text(new, hb, q), "plain", "us-ascii", "quoted-printable"),
        mime.text(outlook_html(new, hb, q, "EN-GB"), "html", "utf-8", "quoted-printable"),
    ], "_000_DB9PR08MB71120A4C1B2E4F8B0C3D9E1FDB9PR08MB7112eurp_")
    eml = mime.message(hdrs(
        mime.addr("Gemma Hollis", "gemma.hollis@brightwell-catering.example"), mime.addr(name, email),
        "RE: " + request_subject(p), T("2026-11-04 10:41:17", 0),
        "<DB9PR08MB71120A4C1B2E4F8B0C3D9E1FDB9PR08MB7112@DB9PR08MB7112.eurprd08.prod.outlook.example>",
        _req_line(p), _req_line(p),
        cc="Brightwell Orders <orders@brightwell-catering.example>",
        extra=[("Thread-Topic", request_subject(p)), ("Thread-Index", "AQHdTj2Vb1XcR8kq0E2dWm0y4pH8Tg=="),
               ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-US"),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]), body)
    return [p], eml, expected("confirmation", "Full acceptance; pack sizes in descriptions are not quantities.",
                              [conf(p, {1: A, 2: A, 3: A})])


# ---------------------------------------------------------------------------------------------
@case(2, "bauchemie-sap-pdf-pallet-kw", "confirmation/de-DE",
      "SAP auto-mail with a Flate-compressed AB PDF: positions 10-40, pallet rounding to 144 bags, KW 50 without day, a price change, and quotation/payment dates as noise.")
def c002():
    s = sup("BCR", "Baustoffchemie Rheinhessen GmbH", "auftrag@bcr-bauchemie.example", "de-DE")
    p = po("4700219017", s, "jonas", "EUR", "2026-11-02", [
        ln("FK-C2TE-25", "Flexible tile adhesive C2TE S1, bag 25 kg", 120, "BAG", "14.20", "2026-12-07"),
        ln("GR-CG2WA-5", "Grout CG2 WA grey, bucket 5 kg", 60, "BKT", "9.85", "2026-12-07"),
        ln("DS-2K-24", "Sealing slurry 2-component, 24 kg set", 30, "EA", "61.40", "2026-12-07"),
        ln("GR-EP-HAFT", "Epoxy bonding primer, bucket 10 kg", 16, "BKT", "118.00", "2026-12-07"),
    ])
    assert kw(50) == "2026-12-11" and wd("2026-12-07") == "Mon"
    rows = [
        ["Pos.", "Material", "Bezeichnung", "Menge", "ME", "Preis/ME", "Wert EUR", "Liefertermin"],
        ["10", "100234", "Flexkleber C2TE S1 grau 25 kg", "144", "Sack", "14,20", "2.044,80", "07.12.2026"],
        ["", "", "Ihre Mat.-Nr.: FK-C2TE-25", "", "", "", "", ""],
        ["", "", "Mengenanpassung auf volle Palette (3 Pal. a 48 Sack)", "", "", "", "", ""],
        ["20", "100871", "Fugenmoertel CG2 WA grau 5 kg Eimer", "60", "Eimer", "9,85", "591,00", "KW 50"],
        ["", "", "Ihre Mat.-Nr.: GR-CG2WA-5", "", "", "", "", ""],
        ["30", "102240", "Dichtschlaemme 2K 24 kg (A+B)", "30", "St", "61,40", "1.842,00", "07.12.2026"],
        ["", "", "Ihre Mat.-Nr.: DS-2K-24", "", "", "", "", ""],
        ["40", "104415", "Epoxid-Haftgrund EP 10 kg", "16", "Eimer", "124,50", "1.992,00", "07.12.2026"],
        ["", "", "Ihre Mat.-Nr.: GR-EP-HAFT", "", "", "", "", ""],
        ["", "", "Preisanpassung Harzkomponente ab 01.11.2026", "", "", "", "", ""],
    ]
    ops = [
        ("tb", 40, 800, 14, "Baustoffchemie Rheinhessen GmbH"),
        ("t", 40, 786, 8, "Am Rheinhafen 7 - 55120 Mainz - Tel. +49 6131 55 48-0 - www.bcr-bauchemie.example"),
        ("t", 40, 740, 9, "Kestrel Procurement Services B.V."),
        ("t", 40, 728, 9, "Industrieweg 12"),
        ("t", 40, 716, 9, "5928 LB Venlo"),
        ("t", 40, 704, 9, "Niederlande"),
        ("tb", 40, 660, 13, "Auftragsbestaetigung 2611873"),
        ("t", 360, 740, 9, "Auftragsdatum:"), ("t", 450, 740, 9, "06.11.2026"),
        ("t", 360, 728, 9, "Ihre Bestellung:"), ("t", 450, 728, 9, "4700219017"),
        ("t", 360, 716, 9, "vom:"), ("t", 450, 716, 9, "02.11.2026"),
        ("t", 360, 704, 9, "Kunden-Nr.:"), ("t", 450, 704, 9, "D-40917"),
        ("t", 360, 692, 9, "Angebot:"), ("t", 450, 692, 9, "AN 2026-0412 v. 15.10.2026"),
        ("t", 40, 640, 9, "Sehr geehrte Damen und Herren, wir bestaetigen Ihre Bestellung zu unseren"
                          " Verkaufs- und Lieferbedingungen wie folgt:"),
        ("line", 40, 628, 555, 628),
    ]
    ops += pdf.table(40, 616, [0, 30, 110, 330, 365, 400, 450, 500], rows, size=8, lead=13)
    ops += [
        ("line", 40, 460, 555, 460),
        ("t", 360, 446, 9, "Nettowert:"), ("t", 470, 446, 9, "6.469,80 EUR"),
        ("t", 360, 434, 9, "MwSt. 0 % (innergem. Lieferung):"), ("t", 520, 434, 9, "0,00"),
        ("t", 40, 400, 8, "Lieferbedingung: DAP Venlo (Incoterms 2020). Zahlungsbedingung: 14 Tage 2 % Skonto,"
                          " 30 Tage netto."),
        ("t", 40, 388, 8, "Preise gueltig bis 31.12.2026. Liefertermine sind Anliefertermine beim Empfaenger."),
        ("t", 40, 376, 8, "Es gelten unsere AGB, Stand 01/2025. Gefahrgut: Pos. 40 UN 3082, Klasse 9."),
        ("t", 40, 60, 7, "Sitz Mainz - Amtsgericht Mainz HRB 41877 - USt-IdNr. DE 812 994 105 - "
                         "Geschaeftsfuehrer: Dr. K. Brand"),
    ]
    data = pdf.build([ops], compress=True, title="Auftragsbestaetigung 2611873",
                     producer="SAP NetWeaver 7.50 / Adobe Document Services", creation="D:20261109060211+01'00'")
    body_txt = ("Sehr geehrte Damen und Herren,\n\n"
                "anbei erhalten Sie unsere Auftragsbestätigung 2611873 zu Ihrer Bestellung 4700219017.\n"
                "Bitte prüfen Sie die Angaben und teilen Sie uns Abweichungen innerhalb von 2 Werktagen mit.\n\n"
                "Mit freundlichen Grüßen\n"
                "Ihr Team Auftragsbearbeitung\n"
                "Baustoffchemie Rheinhessen GmbH\n\n"
                "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie an auftrag@bcr-bauchemie.example.\n")
    body = mime.Multi("mixed", [
        mime.text(body_txt, "plain", "iso-8859-1", "quoted-printable"),
        mime.attachment(data, "application/pdf", "AB_2611873.pdf"),
    ], "=_SAP_5f2a61c0d3e84b0f9a27_=")
    eml = mime.message(hdrs(
        mime.addr("BCR Auftragsbearbeitung", "noreply-sap@bcr-bauchemie.example"),
        mime.addr(*BUYERS["jonas"]),
        "Auftragsbestätigung 2611873 zu Ihrer Bestellung 4700219017", T("2026-11-09 06:02:11", 60),
        "<20261109060211.2611873.SAPMAIL@sapprd.bcr-bauchemie.example>", subj_charset="iso-8859-1",
        subj_enc="Q", extra=[("Reply-To", "auftrag@bcr-bauchemie.example"), ("X-Mailer", "SAP NetWeaver 7.50"),
                             ("Auto-Submitted", "auto-generated")]), body)
    return [p], eml, expected("confirmation",
                              "ERP PDF AB: pos 10 rounded to 3 pallets (144), pos 20 KW 50 = Fri 2026-12-11, "
                              "pos 40 price 124,50; offer/payment/validity dates are noise.",
                              [conf(p, {1: chg(144, "14.20", "2026-12-07"), 2: chg(60, "9.85", "2026-12-11"),
                                        3: A, 4: chg(16, "124.50", "2026-12-07")})])


# ---------------------------------------------------------------------------------------------
@case(3, "peche-hooks-prix-le-cent", "confirmation/fr-FR",
      "French Gmail reply pricing hooks and swivels 'le cent'/'les 100': one is a real increase, the other equals the PO unit price; one date moves to a weekday-named date without year.")
def c003():
    s = sup("PECHEATL", "Pêche Atlantique Distribution SARL", "commandes@peche-atlantique.example", "fr-FR")
    p = po("4700219230", s, "ilse", "EUR", "2026-11-03", [
        ln("PAD-HK-4/0", "Circle hook size 4/0, bronze", 2000, "EA", "0.085", "2026-12-10"),
        ln("PAD-SW-12", "Rolling swivel #12, black nickel", 5000, "EA", "0.042", "2026-12-10"),
        ln("PAD-LD-80G", "Lead sinker 80 g, pear shape", 1500, "EA", "0.31", "2026-12-10"),
        ln("PAD-LN-035", "Mono line 0.35 mm, 300 m spool", 120, "EA", "4.60", "2026-12-10"),
    ])
    sent = "2026-11-05"
    assert next_md(12, 15, sent) == "2026-12-15" and wd("2026-12-15") == "Tue"
    name, email = BUYERS["ilse"]
    new = ("Bonjour Madame Vandamme,\n\n"
           "Merci pour votre commande n° 4700219230, que nous confirmons comme suit :\n\n"
           "- Hameçons circle 4/0 : 2 000 pièces, nouveau tarif 9,20 € le cent (hausse de notre fabricant),"
           " livraison le 10 décembre ;\n"
           "- Émerillons n°12 : 5 000 pièces à 4,20 € les 100, livraison le 10 décembre ;\n"
           "- Plombs poire 80 g : 1 500 pièces à 0,31 € — livraison le mardi 15 décembre, notre fondeur"
           " ayant pris du retard ;\n"
           "- Fil nylon 0,35 mm, bobines de 300 m : 120 bobines à 4,60 €, livraison le 10 décembre.\n\n"
           "Bien cordialement,\n\n"
           "Mathilde Le Goff\n"
           "Service commercial — Pêche Atlantique Distribution\n"
           "ZA de Kerbriant, 29900 Concarneau\n"
           "Tél. 02 98 50 41 17\n")
    attrib = f"Le mar. 3 nov. 2026 à 09:14, {name} <{email}> a écrit :"
    q = request_text(p)
    txt = new + "\n" + attrib + "\n\n" + quote(q)
    html = gmail_html(div_lines(new), attrib, q)
    body = mime.Multi("alternative", [mime.text(txt, "plain", "UTF-8", "quoted-printable"),
                                      mime.text(html, "html", "UTF-8", "quoted-printable")],
                      "000000000000a4c61d0625e1b7c3")
    eml = mime.message(hdrs(
        mime.addr("Mathilde Le Goff", "m.legoff@peche-atlantique.example"), mime.addr(name, email),
        "Re: " + request_subject(p), T(f"{sent} 15:22:07", 60),
        "<CAF3kQ9b7xGm2Vd0e_Tq8Jk4rP1sLw6nYhU2o9aXcE4tZ1mB7Qw@mail.gmail.example>",
        _req_line(p), _req_line(p), cc="commandes@peche-atlantique.example"), body)
    return [p], eml, expected("confirmation",
                              "9,20 EUR le cent = 0.092/pc (changed); 4,20 les 100 = 0.042 (unchanged); "
                              "sinkers moved to Tue 15 Dec (no year -> 2026).",
                              [conf(p, {1: chg(2000, "0.092", "2026-12-10"), 2: A,
                                        3: chg(1500, "0.31", "2026-12-15"), 4: A})])


# ---------------------------------------------------------------------------------------------
@case(4, "cans-ends-per-thousand-truckload", "confirmation/en-US",
      "Prices per thousand (one equal to the PO, one higher), truckload rounding to 200,448 cans, US month-first dates and an 'effective 11/1' date that is not a delivery.")
def c004():
    s = sup("GLCAN", "Great Lakes Can Company", "customerservice@greatlakescan.example", "en-US")
    p = po("4700219355", s, "priya", "USD", "2026-11-02", [
        ln("GLC-12OZ-HIPA", "Aluminum can 12 oz (355 ml), 202 neck, printed 4-color 'Harbor IPA'", 200000, "EA",
           "0.1120", "2026-12-14"),
        ln("GLC-END-202", "Can end 202 SOT (B64), aluminum", 200000, "EA", "0.0345", "2026-12-14"),
        ln("GLC-16OZ-BRT", "Aluminum can 16 oz (473 ml), bright, 202 neck", 50000, "EA", "0.1290", "2026-12-11"),
    ])
    assert 24 * 8352 == 200448 and wd("2026-12-18") == "Fri"
    name, email = BUYERS["priya"]
    new = ("Priya,\n\n"
           "Thank you for PO 4700219355. We can confirm as follows:\n\n"
           "Line 1 - 12 oz Harbor IPA printed: we run and ship printed cans in full truckloads of 24 pallets"
           " x 8,352 cans, so the quantity will be 200,448 cans. Price $112.00/M as quoted. Delivery 12/14.\n"
           "Line 2 - 202 SOT ends: 200,000 pcs at $36.10 per thousand (aluminum adjustment per Midwest"
           " premium, effective 11/1). Delivery 12/14.\n"
           "Line 3 - 16 oz bright: confirmed 50,000 @ $129.00/M, delivery 12/18 - one week later than your"
           " request due to a line changeover.\n\n"
           "Order is entered under our SO# 77-30218.\n\n"
           "Best,\n"
           "Rick Delgado\n"
           "Customer Service Rep | Great Lakes Can Company\n"
           "1400 W Fulton Market, Chicago, IL 60607 | (312) 555-0148\n")
    hb = [("From:", f"{name} <{email}>"), ("Sent:", "Monday, November 2, 2026 3:14 AM"),
          ("To:", "Customer Service <customerservice@greatlakescan.example>"),
          ("Subject:", request_subject(p))]
    q = request_text(p)
    body = mime.Multi("alternative", [
        mime.text(outlook_text(new, hb, q), "plain", "us-ascii", "7bit"),
        mime.text(outlook_html(new, hb, q, "EN-US", "Aptos"), "html", "us-ascii", "quoted-printable"),
    ], "_000_CH3PR11MB8412F8E0A61C9B5D04E3A1C7B2F4CH3PR11MB8412namp_")
    eml = mime.message(hdrs(
        mime.addr("Rick Delgado", "rdelgado@greatlakescan.example"), mime.addr(name, email),
        "RE: " + request_subject(p), T("2026-11-06 11:05:44", -360),
        "<CH3PR11MB8412F8E0A61C9B5D04E3A1C7B2F4@CH3PR11MB8412.namprd11.prod.outlook.example>",
        _req_line(p), _req_line(p),
        extra=[("Thread-Topic", request_subject(p)), ("Thread-Index", "AQHdTpK3s8fE2yWq7U6hC4fP1kQ9oA=="),
               ("Content-Language", "en-US")]), body)
    return [p], eml, expected("confirmation",
                              "L1 truckload qty 200,448 at $112/M (=0.112, same price); L2 $36.10/M -> 0.0361; "
                              "L3 delivery 12/18 instead of 12/11. 11/1 is a price effective date.",
                              [conf(p, {1: chg(200448, "0.112", "2026-12-14"), 2: chg(200000, "0.0361", "2026-12-14"),
                                        3: chg(50000, "0.1290", "2026-12-18")})])


# ---------------------------------------------------------------------------------------------
@case(5, "hoortoestel-receivers-split", "confirmation/nl-BE",
      "Flemish Outlook reply splitting one line 120 + 80 over two dd/mm/yyyy dates; '85 dB' and 'size 2' in the item text.")
def c005():
    s = sup("APBNL", "AudioParts Benelux NV", "verkoop@audioparts-benelux.example", "nl-BE")
    p = po("4700219402", s, "ilse", "EUR", "2026-11-04", [
        ln("AP-RCV-M-85", "Receiver unit M, 85 dB gain, RIC size 2", 200, "EA", "27.40", "2026-12-02"),
        ln("AP-DOME-OPN-8", "Open dome 8 mm, pack of 10", 300, "PK", "3.15", "2026-12-02"),
        ln("AP-WAX-CF", "Cerumen filter card (8 filters)", 500, "PK", "2.05", "2026-12-02"),
    ])
    name, email = BUYERS["ilse"]
    new = ("Goedemiddag Ilse,\n\n"
           "Hierbij bevestigen wij uw bestelling 4700219402:\n\n"
           "pos. 1 receivers M 85 dB: 120 st. leverbaar op 02/12/2026, de resterende 80 st. volgen op 16/12/2026.\n"
           "pos. 2 open domes 8 mm: 300 pakjes, levering 02/12/2026.\n"
           "pos. 3 cerumenfilters: 500 kaartjes, levering 02/12/2026.\n\n"
           "Prijzen conform uw bestelling.\n\n"
           "Met vriendelijke groeten,\n\n"
           "Pieter Claes\n"
           "Binnendienst\n"
           "AudioParts Benelux NV | Kortrijksesteenweg 1120, 9051 Gent\n"
           "T +32 9 216 33 80\n")
    hb = [("Van:", f"{name} <{email}>"), ("Verzonden:", long_date("nl", T("2026-11-04 09:20", 60))),
          ("Aan:", "Verkoop AudioParts <verkoop@audioparts-benelux.example>"),
          ("Onderwerp:", request_subject(p))]
    q = request_text(p)
    body = mime.Multi("alternative", [
        mime.text(outlook_text(new, hb, q), "plain", "windows-1252", "quoted-printable"),
        mime.text(outlook_html(new, hb, q, "NL-BE").replace("charset=utf-8", "charset=windows-1252"),
                  "html", "windows-1252", "quoted-printable"),
    ], "_000_AM0PR02MB5521B9C4E11D7A30F9E24C5AAM0PR02MB5521eurp_")
    eml = mime.message(hdrs(
        mime.addr("Pieter Claes", "pieter.claes@audioparts-benelux.example"), mime.addr(name, email),
        "RE: " + request_subject(p), T("2026-11-06 14:05:33", 60),
        "<AM0PR02MB5521B9C4E11D7A30F9E24C5A@AM0PR02MB5521.eurprd02.prod.outlook.example>",
        _req_line(p), _req_line(p), extra=[("Content-Language", "nl-BE")]), body)
    return [p], eml, expected("confirmation", "Line 1 split 120 on 02/12 and 80 on 16/12 (day-first).",
                              [conf(p, {1: chg(200, "27.40", "2026-12-16", [(120, "2026-12-02"), (80, "2026-12-16")]),
                                        2: A, 3: A})])


# ---------------------------------------------------------------------------------------------
@case(6, "led-driver-iso2022jp-eol", "confirmation/ja-JP",
      "ISO-2022-JP plain reply: one driver discontinued (with an end-of-production date that is not a delivery date), one moved to 2027年1月15日着.")
def c006():
    s = sup("HIKARI", "Hikari Dengen Co., Ltd.", "eigyo@hikari-dengen.example", "ja-JP")
    p = po("4700219488", s, "priya", "USD", "2026-11-02", [
        ln("HD-CC700-40", "LED driver constant current 700 mA, 40 W, DALI-2", 500, "EA", "18.60", "2026-12-18"),
        ln("HD-CV24-100", "LED driver constant voltage 24 V DC, 100 W, IP67", 300, "EA", "22.90", "2026-12-18"),
        ln("HD-CC350-15", "LED driver 350 mA 15 W, 1-10V dimming", 400, "EA", "9.75", "2026-12-18"),
    ])
    name, email = BUYERS["priya"]
    new = ("Kestrel Procurement Services B.V.\n"
           "Priya Raman 様\n\n"
           "いつも大変お世話になっております。\n"
           "株式会社ヒカリ電源　営業部の佐藤でございます。\n\n"
           "この度はご注文（発注番号 4700219488）を賜り、誠にありがとうございます。\n"
           "下記の通りご回答申し上げます。\n\n"
           "１．HD-CC700-40（700mA 40W DALI-2）　500台　単価 USD 18.60　納期 2026年12月18日 着\n"
           "２．HD-CV24-100（24V 100W IP67）　300台\n"
           "　　誠に申し訳ございませんが、本製品は2026年9月末をもちまして生産終了となっております。\n"
           "　　本行はお受けできかねますので、ご了承ください。後継機種につきましては別途ご案内いたします。\n"
           "３．HD-CC350-15（350mA 15W 1-10V調光）　400台　単価 USD 9.75\n"
           "　　納期 2027年1月15日 着（部材入荷遅れのため）\n\n"
           "何卒よろしくお願い申し上げます。\n\n"
           "--------------------------------------------------\n"
           "株式会社ヒカリ電源　営業部　佐藤 健一\n"
           "〒252-0216 神奈川県相模原市中央区清新8-12-3\n"
           "TEL 042-776-5511 / FAX 042-776-5512\n"
           "--------------------------------------------------\n")
    q = request_text(p)
    txt = new + "\n" + f"On 2026/11/02 17:14, {name} wrote:\n" + quote(q)
    body = mime.text(txt, "plain", "iso-2022-jp", "7bit")
    eml = mime.message(hdrs(
        mime.addr("佐藤 健一", "k.sato@hikari-dengen.example", "iso-2022-jp"), mime.addr(name, email),
        "Re: " + request_subject(p), T("2026-11-10 11:30:12", 540),
        "<20261110113012.9C41.K.SATO@hikari-dengen.example>", _req_line(p), _req_line(p),
        cc="eigyo@hikari-dengen.example", extra=[("X-Mailer", "Becky! ver. 2.81.04 [ja]")]), body)
    return [p], eml, expected("confirmation",
                              "L2 rejected (生産終了; 2026年9月末 is the EOL date); L3 moved to 2027-01-15.",
                              [conf(p, {1: A, 2: R, 3: chg(400, "9.75", "2027-01-15")})])


# ---------------------------------------------------------------------------------------------
@case(7, "wire-coils-weighed-mesh", "confirmation/en-ZA",
      "Wire sold per kg rounded to five tagged coils totalling 5,740 kg; mesh 'Ref 193', '7 mm bars 200 mm c/c' and coil tag numbers 25-4471 look like numbers of interest.")
def c007():
    s = sup("HVWIRE", "Highveld Wire & Mesh (Pty) Ltd", "sales@highveldwire.example", "en-ZA")
    p = po("4700219566", s, "tomas", "USD", "2026-11-03", [
        ln("HW-GALV-2.5", "Galvanised wire 2.50 mm, class A, coil", 5000, "KG", "1.42", "2026-12-10"),
        ln("HW-REF193", "Welded mesh Ref 193, 6.0 x 2.4 m, 7 mm bars 200 mm c/c", 120, "EA", "38.50", "2026-12-10"),
        ln("HW-BIND-1.6", "Annealed binding wire 1.6 mm, 25 kg coil", 40, "EA", "31.00", "2026-12-10"),
    ])
    assert wd("2026-12-18") == "Fri"
    name, email = BUYERS["tomas"]
    new = ("Morning Tomás,\n\n"
           "Confirming your PO 4700219566 as follows, all ex our Antwerp warehouse:\n\n"
           "1. 2.50 mm galv wire - coils don't come in round numbers, so we've allocated 5 coils from stock"
           " (coil tags 25-4471 to 25-4475) with a total mass of 5,740 kg. That is the quantity we will deliver"
           " and invoice. USD 1.42/kg unchanged, delivery 10/12/2026.\n"
           "2. Ref 193 mesh (SANS 1024) - 120 sheets at USD 38.50, but the sheets only land in Antwerp on the"
           " 14th, so delivery to Venlo 18/12/2026.\n"
           "3. Binding wire 1.6 mm - 40 coils at USD 31.00, delivery 10/12/2026.\n\n"
           "Shout if anything doesn't work on your side.\n\n"
           "Regards\n"
           "Thabo Nkosi\n"
           "Export Sales | Highveld Wire & Mesh (Pty) Ltd\n"
           "Cnr Main Reef & Houtkapper Rd, Roodepoort 1724 | +27 11 555 0193\n")
    attrib = f"On Tue, 3 Nov 2026 at 10:14, {name} <{email}> wrote:"
    q = request_text(p)
    txt = new + "\n" + attrib + "\n\n" + quote(q)
    html = gmail_html(div_lines(new), attrib, q)
    body = mime.Multi("alternative", [mime.text(txt, "plain", "UTF-8", "quoted-printable"),
                                      mime.text(html, "html", "UTF-8", "quoted-printable")],
                      "0000000000003f8b2a0625e2c5d1")
    eml = mime.message(hdrs(
        mime.addr("Thabo Nkosi", "thabo@highveldwire.example"), mime.addr(name, email),
        "Re: " + request_subject(p), T("2026-11-05 07:48:19", 120),
        "<CAK7nR2w_0bYxq3T9mVfLp5eH1sD8cUu4Zg6kNa2WjXoE3rB_9A@mail.gmail.example>",
        _req_line(p), _req_line(p)), body)
    return [p], eml, expected("confirmation",
                              "L1 5,740 kg (five tagged coils) instead of 5,000; L2 delivery 18/12; L3 as ordered.",
                              [conf(p, {1: chg(5740, "1.42", "2026-12-10"), 2: chg(120, "38.50", "2026-12-18"),
                                        3: A})])


# ---------------------------------------------------------------------------------------------
@case(8, "ljus-ooo-swedish-english", "auto_reply/sv-SE",
      "Swedish/English out-of-office naming a return date and a deputy; no answer to the order.")
def c008():
    s = sup("LJUSVERK", "Ljusverket Armatur AB", "order@ljusverket.example", "sv-SE")
    p = po("4700219611", s, "maren", "EUR", "2026-11-05", [
        ln("LV-PANEL-6060", "LED panel 600x600, 36 W, 4000 K, UGR<19", 240, "EA", "31.20", "2026-12-11"),
        ln("LV-DL-R150", "LED downlight round 150 mm, 15 W, 3000 K", 400, "EA", "14.80", "2026-12-11"),
    ])
    name, email = BUYERS["maren"]
    txt = ("Hej,\n\n"
           "Tack för ditt mejl. Jag är på semester och är tillbaka måndag den 16 november.\n"
           "Under tiden når du min kollega Erik Nyström på erik.nystrom@ljusverket.example\n"
           "eller på växeln 031-712 40 00. Beställningar hanteras när jag är tillbaka.\n\n"
           "Med vänlig hälsning\n"
           "Anna Berg\n\n"
           "---\n\n"
           "Thank you for your e-mail. I am on leave and will be back on Monday 16 November.\n"
           "In the meantime please contact my colleague Erik Nyström (erik.nystrom@ljusverket.example)\n"
           "or call +46 31 712 40 00. Orders will be processed on my return.\n\n"
           "Kind regards\n"
           "Anna Berg\n")
    assert wd("2026-11-16") == "Mon"
    body = mime.text(txt, "plain", "utf-8", "quoted-printable")
    eml = mime.message(hdrs(
        mime.addr("Anna Berg", "anna.berg@ljusverket.example"), mime.addr(name, email),
        "Automatiskt svar: " + request_subject(p), T("2026-11-05 09:31:02", 60),
        "<GV3P280MB0412A0B1C2D3E4F5A6B7C8D9E0GV3P280MB0412@GV3P280MB0412.SWEP280.PROD.OUTLOOK.example>",
        _req_line(p), _req_line(p),
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
               ("Thread-Topic", request_subject(p))]), body)
    return [p], eml, expected("auto_reply", "Out-of-office (sv/en); 16 November is a return date, not a delivery.")


# ---------------------------------------------------------------------------------------------
@case(9, "archiefdozen-postfix-dsn", "bounce/nl-NL",
      "Our own MTA's Postfix DSN (user unknown) carrying the full original request with its line table.")
def c009():
    s = sup("ARCHNL", "Archiefdozen Holland BV", "verkoop@archiefdozen-holland.example", "nl-NL")
    p = po("4700218790", s, "jonas", "EUR", "2026-11-02", [
        ln("ADH-DOOS-A4-100", "Archive box A4 100 mm, acid-free, grey", 600, "EA", "2.95", "2026-11-30"),
        ln("ADH-OMSLAG-A4", "Archive folder A4, 4-flap, 300 g/m2", 2000, "EA", "0.64", "2026-11-30"),
    ])
    name, email = BUYERS["jonas"]
    orig_hdrs = (f"From: {name} <{email}>\n"
                 f"To: verkoop@archiefdozen-holland.example\n"
                 f"Subject: {request_subject(p)}\n"
                 f"Date: Mon, 02 Nov 2026 10:14:02 +0100\n"
                 f"Message-ID: {_req_line(p)}\n"
                 f"MIME-Version: 1.0\n"
                 f"Content-Type: text/plain; charset=\"us-ascii\"\n"
                 f"Content-Transfer-Encoding: 7bit\n\n")
    orig = (orig_hdrs + request_text(p).replace("Tomás", "Tomas")).encode("ascii")
    expl = ("This is the mail system at host mx2.kestrel-procurement.example.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<verkoop@archiefdozen-holland.example>: host mx1.archiefdozen-holland.example[203.0.113.41]\n"
            "    said: 550 5.1.1 <verkoop@archiefdozen-holland.example>: Recipient address\n"
            "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n"
            "    command)\n")
    ds = mime.delivery_status(
        [("Reporting-MTA", "dns; mx2.kestrel-procurement.example"), ("X-Postfix-Queue-ID", "4Qk7Zt1Hn2z9sLm"),
         ("X-Postfix-Sender", f"rfc822; {email}"), ("Arrival-Date", "Mon,  2 Nov 2026 10:14:03 +0100 (CET)")],
        [[("Final-Recipient", "rfc822; verkoop@archiefdozen-holland.example"),
          ("Original-Recipient", "rfc822;verkoop@archiefdozen-holland.example"), ("Action", "failed"),
          ("Status", "5.1.1"), ("Remote-MTA", "dns; mx1.archiefdozen-holland.example"),
          ("Diagnostic-Code", "smtp; 550 5.1.1 <verkoop@archiefdozen-holland.example>: Recipient address "
                              "rejected: User unknown in virtual mailbox table")]])
    body = mime.Multi("report", [
        mime.Leaf([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                  expl.encode()),
        ds,
        mime.rfc822(orig, desc="Undelivered Message"),
    ], "4Qk7Zt1Hn2z9sLm.1793610845/mx2.kestrel-procurement.example", params="report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.")
    eml = mime.message(hdrs(
        "MAILER-DAEMON@mx2.kestrel-procurement.example (Mail Delivery System)", mime.addr(name, email),
        "Undelivered Mail Returned to Sender", "Mon,  2 Nov 2026 10:14:05 +0100 (CET)",
        "<20261102091405.8E2A1C0042@mx2.kestrel-procurement.example>",
        extra=[("Auto-Submitted", "auto-replied")]), body)
    return [p], eml, expected("bounce", "Postfix DSN, 5.1.1 user unknown; the attached original is our request.")


# ---------------------------------------------------------------------------------------------
@case(10, "archival-will-revert-friday", "needs_review/en-IE",
      "Irish Gmail reply that promises a full confirmation 'by Friday' and mentions stock and a mill shutdown date, but commits to nothing.")
def c010():
    s = sup("LIFFEY", "Liffey Archival Supplies Ltd", "orders@liffeyarchival.example", "en-IE")
    p = po("4700219702", s, "maren", "EUR", "2026-11-04", [
        ln("LA-BOX-A4-80", "Archival box A4, 80 mm spine, acid-free board 1400 micron", 400, "EA", "3.85",
           "2026-12-01"),
        ln("LA-FLD-A3-4F", "Four-flap folder A3, 300 gsm buffered", 1000, "EA", "1.12", "2026-12-01"),
        ln("LA-TIS-5075", "Acid-free tissue 50x75 cm, ream of 480", 10, "RM", "27.50", "2026-12-01"),
    ])
    name, email = BUYERS["maren"]
    new = ("Hi Maren,\n\n"
           "Thanks a million for the PO. Just to let you know I'm on it - the board for both the A4 boxes and\n"
           "the A3 folders comes from the same mill and they've been shut for maintenance since the 2nd, so I\n"
           "can't give you honest dates yet. Tissue should be grand but I'd rather send you one confirmation\n"
           "for the lot.\n\n"
           "I'll revert by Friday with a full confirmation for all three lines.\n\n"
           "Sorry for the delay,\n"
           "Siobhán\n\n"
           "Siobhán Ní Bhriain\n"
           "Liffey Archival Supplies | Unit 7, Ballymount Cross, Dublin 24 | +353 1 555 0184\n")
    attrib = f"On Wed 4 Nov 2026 at 09:02, {name} <{email}> wrote:"
    q = request_text(p)
    txt = new + "\n" + attrib + "\n\n" + quote(q)
    html = gmail_html(div_lines(new), attrib, q)
    body = mime.Multi("alternative", [mime.text(txt, "plain", "UTF-8", "quoted-printable"),
                                      mime.text(html, "html", "UTF-8", "quoted-printable")],
                      "000000000000c72e910625e3a912")
    eml = mime.message(hdrs(
        mime.addr("Siobhán Ní Bhriain", "siobhan@liffeyarchival.example"), mime.addr(name, email),
        "Re: " + request_subject(p), T("2026-11-04 16:52:40", 0),
        "<CAH1pT6d9QvR3mXe_a2KsBn7LwY0fJc8gUo5VtZ4iHr1Nq6Ex2g@mail.gmail.example>",
        _req_line(p), _req_line(p)), body)
    return [p], eml, expected("needs_review", "Promise to revert by Friday; no line committed.")


# ---------------------------------------------------------------------------------------------
@case(11, "nici-cones-plus-4-percent", "confirmation/pl-PL",
      "Polish Thunderbird reply (ISO-8859-2) that keeps dates but applies a +4% surcharge to every line without stating new prices; Tex/Nm counts and colour 4021 are not quantities.")
def c011():
    s = sup("NICILDZ", "Nici Przemysłowe Łódź Sp. z o.o.", "zamowienia@nici-lodz.example", "pl-PL")
    p = po("4700219744", s, "jonas", "EUR", "2026-11-04", [
        ln("NPL-PES-120-5000", "Polyester corespun thread Tex 27 (Nm 120), cone 5000 m, black", 200, "CONE",
           "2.50", "2026-12-04"),
        ln("NPL-PES-80-3000", "Polyester thread Tex 40 (Nm 80), cone 3000 m, white", 150, "CONE", "4.75",
           "2026-12-04"),
        ln("NPL-PA-BND-70", "Bonded nylon Tex 70, cone 2500 m, grey 4021", 50, "CONE", "12.00", "2026-12-04"),
    ])
    name, email = BUYERS["jonas"]
    new = ("Dzień dobry,\n\n"
           "dziękujemy za zamówienie nr 4700219744. Potwierdzamy realizację wszystkich trzech pozycji\n"
           "w zamówionych ilościach, z dostawą do Venlo w dniu 04.12.2026.\n\n"
           "Informujemy jednak, że od 1 listopada 2026 r. obowiązuje podwyżka cen nici poliestrowych\n"
           "i poliamidowych o 4% w związku ze wzrostem cen surowca. Ceny jednostkowe z Państwa zamówienia\n"
           "zostaną na fakturze powiększone o 4%.\n\n"
           "Z poważaniem\n"
           "Katarzyna Wójcik\n"
           "Dział Obsługi Klienta\n"
           "Nici Przemysłowe Łódź Sp. z o.o., ul. Włókiennicza 44, 90-012 Łódź\n")
    q = request_text(p)
    txt = new + "\n" + f"W dniu 04.11.2026 o 09:20, {name} pisze:\n" + quote(q)
    body = mime.text(txt, "plain", "iso-8859-2", "quoted-printable", flowed=True)
    eml = mime.message(hdrs(
        mime.addr("Katarzyna Wójcik", "k.wojcik@nici-lodz.example", "iso-8859-2", "Q"), mime.addr(name, email),
        "Re: " + request_subject(p), T("2026-11-06 08:15:40", 60),
        "<6f1c2a9e-3b7d-4e58-a0c4-91d2e7b8f350@nici-lodz.example>", _req_line(p), _req_line(p),
        extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl")]), body)
    return [p], eml, expected("confirmation", "+4% on the PO unit prices: 2.60, 4.94, 12.48; dates unchanged.",
                              [conf(p, {1: chg(200, "2.60", "2026-12-04"), 2: chg(150, "4.94", "2026-12-04"),
                                        3: chg(50, "12.48", "2026-12-04")})])


# ---------------------------------------------------------------------------------------------
@case(12, "luminaria-newsletter", "unrelated/it-IT",
      "Italian HTML newsletter from a supplier with an open PO: product launch dates, list-price validity and 'consegna in 3 settimane' but nothing about our order.")
def c012():
    s = sup("LUMITA", "Luminaria Italia S.r.l.", "ordini@luminaria-italia.example", "it-IT")
    p = po("4700219790", s, "maren", "EUR", "2026-11-03", [
        ln("LUM-STR-24-5M", "LED strip 24 V, 14.4 W/m, 3000 K, 5 m reel", 150, "EA", "21.40", "2026-12-09"),
        ln("LUM-PROF-AL-2M", "Aluminium profile 2 m with opal diffuser", 300, "EA", "6.35", "2026-12-09"),
    ])
    name, email = BUYERS["maren"]
    txt = ("LUMINARIA NEWS - Novembre 2026\n\n"
           "Gentile cliente,\n\n"
           "siamo lieti di presentarvi la nuova gamma di driver DALI-2 LUMIDRIVE, disponibile dal 01/12/2026.\n"
           "- LUMIDRIVE 40 W 700 mA: EUR 17,90\n"
           "- LUMIDRIVE 75 W 1050 mA: EUR 24,50\n"
           "Consegna in 3 settimane dalla data d'ordine. Listino 2027 valido dal 01/01/2027 al 31/12/2027.\n\n"
           "Vi aspettiamo alla fiera Light + Building di Francoforte, 12-17 marzo 2028.\n"
           "Padiglione 3.1, stand B42.\n\n"
           "Per disiscriverti: https://news.luminaria-italia.example/u/8c1f2e\n"
           "Luminaria Italia S.r.l. - Via dell'Industria 18, 20864 Agrate Brianza (MB) - P.IVA 03918270961\n")
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Luminaria News</title></head>"
            "<body style=\"margin:0;background:#f3f3f3\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
            "<tr><td align=\"center\"><table width=\"600\" style=\"background:#ffffff;font-family:Arial\">"
            "<tr><td style=\"padding:24px;font-size:22px;color:#d35400\">LUMINARIA NEWS &middot; Novembre 2026</td></tr>"
            "<tr><td style=\"padding:0 24px\"><p>Gentile cliente,</p><p>siamo lieti di presentarvi la nuova gamma di "
            "driver DALI-2 <b>LUMIDRIVE</b>, disponibile dal 01/12/2026.</p><ul><li>LUMIDRIVE 40 W 700 mA: EUR 17,90</li>"
            "<li>LUMIDRIVE 75 W 1050 mA: EUR 24,50</li></ul><p>Consegna in 3 settimane dalla data d&#39;ordine. "
            "Listino 2027 valido dal 01/01/2027 al 31/12/2027.</p><p>Vi aspettiamo alla fiera Light + Building di "
            "Francoforte, 12-17 marzo 2028. Padiglione 3.1, stand B42.</p></td></tr>"
            "<tr><td style=\"padding:24px;font-size:11px;color:#888\">Per disiscriverti: "
            "<a href=\"https://news.luminaria-italia.example/u/8c1f2e\">clicca qui</a><br>Luminaria Italia S.r.l. - "
            "Via dell&#39;Industria 18, 20864 Agrate Brianza (MB) - P.IVA 03918270961</td></tr></table></td></tr>"
            "</table><img src=\"https://news.luminaria-italia.example/o/8c1f2e.gif\" width=\"1\" height=\"1\" alt=\"\">"
            "</body></html>\n")
    body = mime.Multi("alternative", [mime.text(txt, "plain", "utf-8", "quoted-printable"),
                                      mime.text(html, "html", "utf-8", "quoted-printable")],
                      "b1_8c1f2e7a04d9b3c6e5f2a1d0c9b8a7f6")
    eml = mime.message(hdrs(
        mime.addr("Luminaria Italia", "news@luminaria-italia.example"), mime.addr(name, email),
        "Novità LUMIDRIVE DALI-2 e listino 2027", T("2026-11-10 10:00:00", 60),
        "<8c1f2e7a04d9.20261110090000@news.luminaria-italia.example>",
        extra=[("List-Unsubscribe", "<https://news.luminaria-italia.example/u/8c1f2e>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
               ("X-Mailer", "MailUp")]), body)
    return [p], eml, expected("unrelated", "Marketing newsletter; dates and prices are for new products.")


# ---------------------------------------------------------------------------------------------
@case(13, "plyn-lahve-partial-tyden-51", "confirmation/cs-CZ",
      "Czech Outlook reply in windows-1250: gas cylinders '50 l / 200 bar' and 'Argon 4.6'; one line only 8 of 12 now, the other 4 'v 51. týdnu' (no day: Friday).")
def c013():
    s = sup("TPMORAVA", "Technoplyn Morava s.r.o.", "objednavky@technoplyn-morava.example", "cs-CZ")
    p = po("4700219832", s, "jonas", "EUR", "2026-11-05", [
        ln("TPM-AR46-50", "Argon 4.6, cylinder 50 l / 200 bar (filling)", 12, "CYL", "38.00", "2026-11-27"),
        ln("TPM-CORG18-50", "Mixed gas Ar + 18% CO2, 50 l / 200 bar (filling)", 12, "CYL", "41.50", "2026-11-27"),
        ln("TPM-REG-2ST", "Pressure regulator Ar/CO2, 2-stage, 0-32 l/min", 4, "EA", "86.00", "2026-11-27"),
    ])
    assert kw(51) == "2026-12-18" and wd("2026-11-27") == "Fri"
    name, email = BUYERS["jonas"]
    new = ("Dobrý den, pane Beckere,\n\n"
           "potvrzujeme Vaši objednávku č. 4700219832 takto:\n\n"
           "1) Argon 4.6, 50 l / 200 bar – 12 lahví, 38,00 EUR/lahev, dodání 27.11.2026.\n"
           "2) Směs Ar + 18 % CO2 – momentálně máme naplněno pouze 8 lahví, ty dodáme 27.11.2026;\n"
           "   zbývající 4 lahve dodáme v 51. týdnu.\n"
           "3) Redukční ventil Ar/CO2 – 4 ks, 86,00 EUR/ks, dodání 27.11.2026.\n\n"
           "Lahve zůstávají v majetku dodavatele, nájemné dle smlouvy č. 2019/044.\n\n"
           "S pozdravem\n\n"
           "Ing. Petr Dvořák\n"
           "obchodní oddělení\n"
           "Technoplyn Morava s.r.o. | Hulínská 2280, 767 01 Kroměříž | +420 573 505 221\n")
    hb = [("Od:", f"{name} <{email}>"), ("Odesláno:", "čtvrtek 5. listopadu 2026 9:40"),
          ("Komu:", "objednavky@technoplyn-morava.example"), ("Předmět:", request_subject(p))]
    q = request_text(p)
    body = mime.Multi("alternative", [
        mime.text(outlook_text(new, hb, q), "plain", "windows-1250", "quoted-printable"),
        mime.text(outlook_html(new, hb, q, "CS").replace("charset=utf-8", "charset=windows-1250"), "html",
                  "windows-1250", "quoted-printable"),
    ], "_000_VI1PR06MB4471D2C0E8A94F1B7C6E3D2AVI1PR06MB4471eurp_")
    eml = mime.message(hdrs(
        mime.addr("Petr Dvořák", "dvorak@technoplyn-morava.example", "windows-1250", "Q"), mime.addr(name, email),
        "RE: " + request_subject(p), T("2026-11-09 13:07:22", 60),
        "<VI1PR06MB4471D2C0E8A94F1B7C6E3D2A@VI1PR06MB4471.eurprd06.prod.outlook.example>",
        _req_line(p), _req_line(p), extra=[("Content-Language", "cs-CZ")]), body)
    return [p], eml, expected("confirmation",
                              "L2 split: 8 on 27.11.2026 and 4 in week 51 (Fri 2026-12-18). Contract 2019/044 is noise.",
                              [conf(p, {1: A, 2: chg(12, "41.50", "2026-12-18", [(8, "2026-11-27"), (4, "2026-12-18")]),
                                        3: A})])


# ---------------------------------------------------------------------------------------------
@case(14, "stage-zendesk-ack", "auto_reply/en-US",
      "Ticket-system acknowledgment that quotes our subject and promises an answer within 1-2 business days.")
def c014():
    s = sup("SUMMIT", "Summit Stage & Rigging Inc.", "orders@summitstage.example", "en-US")
    p = po("4700219870", s, "priya", "USD", "2026-11-05", [
        ln("SSR-F34-3M", "Box truss F34, 3.0 m, aluminium", 24, "EA", "289.00", "2026-12-04"),
        ln("SSR-CLAMP-50", "Half coupler 50 mm, 500 kg WLL", 96, "EA", "11.40", "2026-12-04"),
    ])
    name, email = BUYERS["priya"]
    txt = ("##- Please type your reply above this line -##\n\n"
           "Hi Priya,\n\n"
           "Thanks for reaching out! This is an automated message to let you know we've received your\n"
           "request (#48213). A member of our order desk will respond within 1-2 business days.\n\n"
           "Our business hours are Monday-Friday, 8 am-5 pm Central. To add comments, simply reply to\n"
           "this email.\n\n"
           "Summit Stage & Rigging - Order Desk\n\n"
           "This email is a service from Summit Stage & Rigging. Delivered by Zendesk\n"
           "[RPX4K1-9WQ2Z]\n")
    html = ("<div style=\"color:#b5b5b5\">##- Please type your reply above this line -##</div>"
            "<p>Hi Priya,</p><p>Thanks for reaching out! This is an automated message to let you know we've "
            "received your request (#48213). A member of our order desk will respond within 1-2 business days."
            "</p><p>Our business hours are Monday-Friday, 8 am-5 pm Central. To add comments, simply reply to "
            "this email.</p><p>Summit Stage &amp; Rigging - Order Desk</p><div style=\"color:#aaa;font-size:11px\">"
            "This email is a service from Summit Stage &amp; Rigging. Delivered by Zendesk</div>"
            "<span style=\"color:#FFFFFF\">[RPX4K1-9WQ2Z]</span>\n")
    body = mime.Multi("alternative", [mime.text(txt, "plain", "UTF-8", "quoted-printable"),
                                      mime.text(html, "html", "UTF-8", "quoted-printable")],
                      "--==_mimepart_6a2c8e4f1b3d5_7e2a3fc8d41a2b9c8127b4")
    eml = mime.message(hdrs(
        mime.addr("Summit Stage & Rigging", "support@summitstage.example"), mime.addr(name, email),
        "[Summit Stage] Re: " + request_subject(p), T("2026-11-05 08:16:02", -360),
        "<RPX4K1-9WQ2Z_6a2c8e4f1b3d5_sprut@zendesk.example>", _req_line(p), _req_line(p),
        extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
               ("X-Zendesk-From-Account-Id", "9f31c2"), ("Reply-To", "Summit Stage & Rigging <support+id48213@summitstage.example>")]),
        body)
    return [p], eml, expected("auto_reply", "Zendesk-style auto acknowledgment, ticket #48213.")


# ---------------------------------------------------------------------------------------------
@case(15, "fuszer-two-pos-one-mail", "confirmation/hu-HU",
      "Hungarian reply threaded on one request but answering two POs; kg quantities with sack counts, a new-crop price and a short dill quantity, Hungarian 'YYYY. month D.' dates.")
def c015():
    s = sup("KALOCSA", "Kalocsai Fűszer Kft.", "rendeles@kalocsaifuszer.example", "hu-HU")
    pa = po("4700219911", s, "tomas", "EUR", "2026-11-03", [
        ln("KF-PAP-ED-120", "Paprika powder sweet, ASTA 120, sacks 25 kg", 1000, "KG", "5.68", "2026-12-04"),
        ln("KF-PAP-HOT-80", "Paprika powder hot, ASTA 80, sacks 25 kg", 300, "KG", "6.26", "2026-12-04"),
    ])
    pb = po("4700219958", s, "tomas", "EUR", "2026-11-05", [
        ln("KF-MAJ-RUB", "Marjoram rubbed, cartons 10 kg", 80, "KG", "9.40", "2026-12-11"),
        ln("KF-CAR-WH", "Caraway seed whole, sacks 25 kg", 500, "KG", "3.52", "2026-12-11"),
        ln("KF-DILL-CUT", "Dill tips cut 2-4 mm, bags 5 kg", 50, "KG", "14.20", "2026-12-11"),
    ])
    name, email = BUYERS["tomas"]
    new = ("Tisztelt Ferreira Úr!\n\n"
           "Köszönjük megrendeléseit, az alábbiak szerint visszaigazoljuk:\n\n"
           "4700219911 sz. rendelés:\n"
           " – Édesnemes fűszerpaprika-őrlemény ASTA 120: 1000 kg (40 zsák × 25 kg), 5,68 EUR/kg,"
           " szállítás 2026. december 4.\n"
           " – Csípős fűszerpaprika-őrlemény ASTA 80: 300 kg (12 zsák), 6,26 EUR/kg, szállítás 2026. december 4.\n\n"
           "4700219958 sz. rendelés:\n"
           " – Morzsolt majoránna: 80 kg (8 karton), 9,40 EUR/kg, szállítás 2026. december 11.\n"
           " – Egész kömény: 500 kg, az új termésű köményre azonban az ár 3,74 EUR/kg, szállítás 2026. december 11.\n"
           " – Vágott kapor 2–4 mm: csak 35 kg áll rendelkezésre (7 zsák × 5 kg), szállítás 2026. december 11.\n"
           "   A fennmaradó 15 kg-ot sajnos nem tudjuk teljesíteni.\n\n"
           "Üdvözlettel:\n"
           "Szabó Eszter\n"
           "értékesítés\n"
           "Kalocsai Fűszer Kft. | 6300 Kalocsa, Malom u. 9. | +36 78 555 120\n")
    hb = [("Feladó:", f"{name} <{email}>"), ("Elküldve:", "2026. november 3., kedd 9:14"),
          ("Címzett:", "rendeles@kalocsaifuszer.example"), ("Tárgy:", request_subject(pa))]
    q = request_text(pa)
    body = mime.Multi("alternative", [
        mime.text(outlook_text(new, hb, q), "plain", "utf-8", "quoted-printable"),
        mime.text(outlook_html(new, hb, q, "HU"), "html", "utf-8", "quoted-printable"),
    ], "_000_PR3P193MB0841C6E2A7F3B19D04E8C2F1PR3P193MB0841EURP_")
    eml = mime.message(hdrs(
        mime.addr("Szabó Eszter", "szabo.eszter@kalocsaifuszer.example", "iso-8859-2", "Q"), mime.addr(name, email),
        "RE: " + request_subject(pa), T("2026-11-10 10:22:51", 60),
        "<PR3P193MB0841C6E2A7F3B19D04E8C2F1@PR3P193MB0841.EURP193.PROD.OUTLOOK.example>",
        _req_line(pa), _req_line(pa), extra=[("Content-Language", "hu-HU")]), body)
    return [pa, pb], eml, expected("confirmation",
                                   "Two POs answered in one mail; PO B caraway new price 3.74, dill only 35 kg.",
                                   [conf(pa, {1: A, 2: A}),
                                    conf(pb, {1: A, 2: chg(500, "3.74", "2026-12-11"), 3: chg(35, "14.20", "2026-12-11")})])


# ---------------------------------------------------------------------------------------------
@case(16, "optical-lenses-gb2312-next-year", "confirmation/zh-CN",
      "GB2312/base64 Foxmail reply: dates '12月18日' without year and '明年1月8日' (next year), lens price raised per pair; frame size 52-18-140 looks like numbers.")
def c016():
    s = sup("MINGSHI", "Xiamen Mingshi Optical Co., Ltd.", "sales@mingshi-optical.example", "zh-CN")
    p = po("4700219990", s, "priya", "USD", "2026-11-04", [
        ln("MS-FR-TR90-5218", "Optical frame TR90, size 52-18-140, matte black", 600, "EA", "4.80", "2026-12-18"),
        ln("MS-LN-156-HMC", "Lens 1.56 single vision, HMC, 65 mm, per pair", 1000, "PR", "1.35", "2026-12-18"),
        ln("MS-LN-167-BB", "Lens 1.67 blue-cut, SHMC, 70 mm, per pair", 400, "PR", "6.90", "2026-12-18"),
    ])
    sent = "2026-11-05"
    assert next_md(12, 18, sent) == "2026-12-18" and next_md(1, 8, sent) == "2027-01-08"
    name, email = BUYERS["priya"]
    new = ("Priya 您好，\n\n"
           "感谢您的订单 4700219990，现确认如下：\n\n"
           "1. TR90 镜架 52-18-140 哑黑：600 副，单价 USD 4.80，12月18日交货。\n"
           "2. 1.56 单光加硬多层膜镜片 直径65mm：1000 副，单价 USD 1.35，12月18日交货。\n"
           "3. 1.67 防蓝光镜片 直径70mm：因原材料涨价，单价调整为 USD 7.25/副，数量 400 副，交货期为明年1月8日。\n\n"
           "如有问题请随时联系。\n\n"
           "祝好！\n"
           "陈晓燕\n"
           "厦门明视光学有限公司 外贸部\n"
           "电话：0592-5551234\n")
    quoted = ("------------------ 原始邮件 ------------------\n"
              f"发件人: \"{name}\" <{email}>;\n"
              "发送时间: 2026年11月4日(星期三) 下午4:18\n"
              "收件人: \"sales\" <sales@mingshi-optical.example>;\n"
              f"主题: {request_subject(p)}\n\n") + request_text(p)
    txt = new + "\n\n" + quoted
    html = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB2312\"><div>"
            + div_lines(new) + "</div><div><br></div><div style=\"font-size:12px;background:#efefef;padding:8px\">"
            + div_lines(quoted.split("\n\n", 1)[0]) + "</div><div>" + div_lines(request_text(p)) + "</div>\n")
    body = mime.Multi("alternative", [mime.text(txt, "plain", "gb2312", "base64"),
                                      mime.text(html, "html", "gb2312", "base64")],
                      "----=_NextPart_6A2B1C3D_0F4E8A10_5B7C9D21")
    eml = mime.message(hdrs(
        mime.addr("陈晓燕", "chenxy@mingshi-optical.example", "gb2312"), mime.addr(name, email),
        "回复：" + request_subject(p), T(f"{sent} 16:40:05", 480),
        "<tencent_6A2B1C3D0F4E8A105B7C9D21E3F4A5B6@qq.example>", _req_line(p), _req_line(p),
        subj_charset="gb2312", extra=[("X-Mailer", "Foxmail 7.2.25.254[cn]")]), body)
    return [p], eml, expected("confirmation", "L3 USD 7.25/副 and 明年1月8日 = 2027-01-08; others as ordered.",
                              [conf(p, {1: A, 2: A, 3: chg(400, "7.25", "2027-01-08")})])
