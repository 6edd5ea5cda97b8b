"""Batch AG, cases 1-16: confirmations (Europe, mixed clients)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as Dec

from aglib import pdf, xlsx
from aglib.core import (ACC, REJ, UNC, L, PO, When, buyer, chg, conf, iso, kw, next_md, outlook_sent,
                        request_subject, request_text, request_html, supplier, wd, paras_html)
from aglib.mime import Binary, Text, esc, quote_gt
from aglib.registry import case
from aglib.styles import APPLE_XM, TB_UA, IPHONE_XM, gmail_reply, outlook_reply, plain_reply, tb_attrib

DT = dt.datetime


# ---------------------------------------------------------------------------
@case("dental-consumables-confirmed-in-full", "confirmation/en-GB",
      "Plain full acceptance with an ordinal date ('Friday 27th November'); company and VAT numbers in the "
      "signature and '10 x 38 mm' must not be read as quantities.")
def c001():
    sup = supplier("WHITCOMBE", "Whitcombe Dental Supplies Ltd", "sales@whitcombe-dental.example", "en-GB")
    byr = buyer("MC", "Sofia Brandt", "sofia.brandt")
    po = PO("MC-PO-261104", sup, byr, "GBP", "2026-11-04", [
        L(1, "DEN-NG-M", "Nitrile exam gloves, powder-free, size M (box of 100)", 60, "BOX", "4.20", "2026-11-27"),
        L(2, "DEN-PP-250", "Prophy paste, medium grit, 250 g jar", 24, "EA", "6.85", "2026-11-27"),
        L(3, "DEN-SE-100", "Saliva ejectors, clear with blue tip, bag of 100", 40, "BAG", "2.15", "2026-11-27"),
        L(4, "DEN-CR-2", "Cotton rolls no. 2, 10 x 38 mm, pack of 300", 30, "PK", "3.40", "2026-11-27"),
    ])
    w = When(2026, 11, 11, 10, 42, 17, "+0000")
    wd("2026-11-27", "Fri")
    top = ("Hi Sofia,\n\n"
           "Thank you for your order MC-PO-261104, which I'm pleased to confirm in full - all four lines at the "
           "prices shown, for delivery on Friday 27th November on our own van (AM drop).\n\n"
           "Our sales order reference is SO-88231; please quote it if you need to contact us about this order.\n\n"
           "Just so you're aware, the cotton rolls now come in the new 300-roll dispenser pack - same code, same "
           "price, nothing changes on your side.\n\n"
           "Kind regards,\n\n"
           "Harriet Pemberton\nCustomer Services Team Leader\nWhitcombe Dental Supplies Ltd\n"
           "Unit 4, Brindley Court, Stoke-on-Trent ST4 2JQ\nT: 01782 614 200 | Opening hours 8.30-17.00 Mon-Fri\n"
           "Registered in England No. 04417283 | VAT GB 284 1127 55\n")
    eml = outlook_reply(po, frm=("Harriet Pemberton", "sales@whitcombe-dental.example"), when=w, lang="en",
                        top=top, sent=outlook_sent("en-GB", DT(2026, 11, 4, 8, 12)), seed="c001", lang_tag="en-GB")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: ACC, 3: ACC, 4: ACC})],
           "notes": "Full acceptance; the quoted request repeats the requested date; signature numbers are noise."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("marine-paint-price-per-litre", "confirmation/de-DE",
      "Prices are given per litre while the PO prices 5 l tins: line 3 is unchanged once converted, line 1 "
      "goes up; 'KW 49' is the Friday that was requested.")
def c002():
    sup = supplier("NORDSEEFARB", "Nordsee Schiffsfarben GmbH", "verkauf@nordsee-schiffsfarben.example", "de-DE")
    byr = buyer("KIG", "Jonas Weber", "j.weber")
    po = PO("4500231877", sup, byr, "EUR", "2026-11-05", [
        L(1, "MP-AF-5", "Antifouling SPC 200, red-brown, tin 5 l", 24, "TIN", "74.50", "2026-12-04"),
        L(2, "MP-PR-20", "Epoxy primer 2K grey, 20 l set (comp. A+B)", 6, "SET", "268.00", "2026-12-04"),
        L(3, "MP-TH-5", "Thinner EP 700, tin 5 l", 10, "TIN", "39.00", "2026-12-04"),
    ])
    w = When(2026, 11, 9, 14, 5, 40)
    assert kw(2026, 49) == dt.date(2026, 12, 4)
    assert Dec("15.40") * 5 == Dec("77.00") and Dec("7.80") * 5 == Dec("39.00")
    top = ("Sehr geehrter Herr Weber,\n\n"
           "vielen Dank für Ihre Bestellung 4500231877. Wir bestätigen Ihnen diese wie folgt:\n\n"
           "Pos. 1  Antifouling SPC 200 rotbraun, 24 Gebinde à 5 l, Preis 15,40 €/l, Liefertermin KW 49\n"
           "Pos. 2  Epoxy-Primer 2K grau, 6 Sets à 20 l (Komp. A+B), 268,00 €/Set, Liefertermin KW 49\n"
           "Pos. 3  Verdünnung EP 700, 10 Gebinde à 5 l, Preis 7,80 €/l, Liefertermin KW 49\n\n"
           "Die Anpassung bei Pos. 1 ergibt sich aus den gestiegenen Kupferoxid-Preisen; wir bitten um Verständnis.\n"
           "Lieferung frei Haus Bremen, Zahlungsziel 30 Tage netto. Sicherheitsdatenblätter (Stand 03/2026) "
           "gehen mit der Ware.\n\n"
           "Mit freundlichen Grüßen\n\nKatrin Ahlers\nInnendienst Vertrieb\n"
           "Nordsee Schiffsfarben GmbH | Am Fischereihafen 12 | 27572 Bremerhaven\n"
           "Tel. +49 471 90 33 18-22 | Amtsgericht Bremerhaven HRB 4471\n")
    eml = outlook_reply(po, frm=("Ahlers, Katrin", "verkauf@nordsee-schiffsfarben.example"), when=w, lang="de",
                        top=top, sent=outlook_sent("de", DT(2026, 11, 5, 7, 58)), seed="c002", prefix="AW: ",
                        lang_tag="de-DE", charset="iso-8859-15")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(24, "77.00", "2026-12-04"), 2: ACC, 3: ACC})],
           "notes": "Per-litre prices x 5 l: line 1 77.00 (changed), line 3 39.00 (as ordered). KW 49 Friday = "
                    "2026-12-04 = requested."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("solar-rails-split-loading-vs-delivery", "confirmation/nl-NL",
      "Rails split into 360 now and 240 in 'week 51'; the first batch is given as a loading day and a "
      "delivery day (delivery wins); accessories ride with the first delivery; 'M8x20' and '40x40' are sizes.")
def c003():
    sup = supplier("ZONNESTAAL", "Zonnestaal Montagesystemen B.V.", "orders@zonnestaal.example", "nl-NL")
    byr = buyer("TS", "Kasper Nowak", "k.nowak")
    po = PO("TSB/26/0412", sup, byr, "EUR", "2026-11-02", [
        L(1, "ZS-R42-AL", "Mounting rail aluminium 40x40, length 4.2 m", 600, "PCS", "18.90", "2026-11-30"),
        L(2, "ZS-EC-35", "End clamp set 35 mm, black (kit of 4)", 150, "KIT", "6.40", "2026-11-30"),
        L(3, "ZS-RV-42", "Rail connector incl. bolts M8x20", 200, "PCS", "2.15", "2026-11-30"),
    ])
    w = When(2026, 11, 12, 9, 31, 2)
    wd("2026-11-30", "Mon")
    first = wd("2026-12-02", "Wed")
    w51 = kw(2026, 51)
    assert w51 == dt.date(2026, 12, 18)
    top = ("Goedemorgen Kasper,\n\n"
           "Dank voor de order. De rails van 4,2 m kunnen we helaas niet in één keer leveren:\n"
           "- 360 stuks worden maandag 30-11 bij ons geladen, aflevering bij jullie in Leeds woensdag 2-12\n"
           "- de resterende 240 stuks leveren we in week 51 (de extrusie loopt pas in week 49)\n\n"
           "Eindklemmen en railverbinders liggen op voorraad en gaan mee met de eerste zending van 2-12.\n"
           "Prijzen zoals op jullie order.\n\n"
           "Groet,\nRuud Verhoeven\nZonnestaal Montagesystemen B.V.\nOrder desk | +31 (0)40 711 3420\n")
    attrib = "Op ma 2 nov 2026 om 09:05 schreef Kasper Nowak <k.nowak@terrace-build.example>:"
    eml = gmail_reply(po, frm=("Ruud Verhoeven", "orders@zonnestaal.example"), when=w, attrib=attrib, top=top,
                      seed="c003", prefix="Re: ")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {
               1: chg(600, "18.90", w51, [(360, first), (240, w51)]),
               2: chg(150, "6.40", first),
               3: chg(200, "2.15", first)})],
           "notes": "Loading 30-11 vs delivery 2-12 (delivery wins); week 51 = Friday 2026-12-18; lines 2 and 3 "
                    "come with the first delivery."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("bearings-erp-pdf-ship-and-delivery-columns", "confirmation/sv-SE",
      "Automatic ERP mail with a PDF: positions 10-40, supplier article numbers beside ours, separate dispatch "
      "and delivery columns, decimal comma; one price up and one line earlier than asked.")
def c004():
    sup = supplier("LAGERKOMP", "Lagerkompaniet Norden AB", "order@lagerkompaniet.example", "sv-SE")
    byr = buyer("KIG", "Priya Natarajan", "p.natarajan")
    po = PO("4500232015", sup, byr, "EUR", "2026-11-06", [
        L(1, "BRG-6205-2RS", "Deep groove ball bearing 6205-2RS C3", 200, "PCS", "3.85", "2026-12-07"),
        L(2, "BRG-22212-E", "Spherical roller bearing 22212 E", 12, "PCS", "96.40", "2026-12-07"),
        L(3, "SEAL-35527", "Radial shaft seal 35x52x7 NBR", 300, "PCS", "0.92", "2026-12-07"),
        L(4, "BRG-UCP208", "Pillow block unit UCP 208-24", 8, "PCS", "31.70", "2026-12-07"),
    ])
    w = When(2026, 11, 10, 6, 2, 11)
    rows = [("Pos", "Artikelnr", "Er art.nr", "Benämning", "Antal", "Enh", "À-pris", "Belopp", "Avsänd", "Lev.datum"),
            ("10", "6205-2RSH/C3", "BRG-6205-2RS", "Spårkullager 6205-2RSH/C3", "200", "st", "3,85", "770,00", "2026-12-02", "2026-12-07"),
            ("20", "22212 EK-SF", "BRG-22212-E", "Sfäriskt rullager 22212 E", "12", "st", "101,20", "1 214,40", "2026-12-09", "2026-12-14"),
            ("30", "CR35X52X7HMS5", "SEAL-35527", "Axeltätning 35x52x7 NBR", "300", "st", "0,92", "276,00", "2026-12-02", "2026-12-07"),
            ("40", "UCP208-24-FY", "BRG-UCP208", "Lagerenhet UCP 208-24", "8", "st", "31,70", "253,60", "2026-11-25", "2026-11-30")]
    for r in rows[1:]:
        assert Dec(r[6].replace(",", ".")) * int(r[4]) == Dec(r[7].replace(" ", "").replace(",", "."))
    for d in ("2026-12-07", "2026-12-14", "2026-11-30"):
        wd(d, "Mon")
    items = []
    items += pdf.lines(50, 800, ["Lagerkompaniet Norden AB"], size=14, bold=True)
    items += pdf.lines(50, 784, ["Importgatan 19, 422 46 Hisings Backa, Sverige", "Org.nr 556712-4410  |  VAT SE556712441001"], size=8, dy=10)
    items += pdf.lines(360, 800, ["ORDERBEKRÄFTELSE"], size=14, bold=True)
    items += pdf.lines(360, 780, ["Ordernr: 700431", "Datum: 2026-11-10", "Er order: 4500232015",
                                  "Er referens: Priya Natarajan", "Vår referens: Linnea Berg", "Kundnr: 20877"], size=9, dy=12)
    items += pdf.lines(50, 720, ["Kestrel Industrial Group", "Goods-in Gate 3", "Hafenstrasse 41", "28217 Bremen", "Tyskland"], size=9, dy=12)
    xs = [40, 62, 130, 196, 330, 358, 380, 420, 470, 522]
    items += pdf.table(xs, 640, rows, size=7.5, dy=14, bold_first=True, tj=False)
    items += pdf.lines(40, 560, ["Summa exkl. moms: 2 514,00 EUR",
                                 "Leveransvillkor: FCA Göteborg (Incoterms 2020)   Betalningsvillkor: 30 dagar netto",
                                 "Lev.datum = beräknat leveransdatum hos mottagaren. Avsänd = utleverans från vårt lager.",
                                 "Vid frågor, kontakta order@lagerkompaniet.example eller 031-760 55 00."], size=8, dy=12, tj=True)
    doc = pdf.build([items], compress=True, title="Orderbekräftelse 700431", author="Lagerkompaniet Norden AB",
                    producer="Microsoft Dynamics 365 Business Central", creation="D:20261110060155+01'00'",
                    rules=[[(40, 652, 560, 652), (40, 572, 560, 572)]])
    body = ("Hej!\n\n"
            "Bifogat finner ni vår orderbekräftelse 700431 avseende er order 4500232015.\n"
            "Vänligen kontrollera bekräftelsen och meddela oss omgående om något inte stämmer.\n\n"
            "Detta e-postmeddelande är automatiskt genererat och kan inte besvaras.\n\n"
            "Med vänliga hälsningar\nLagerkompaniet Norden AB\n")
    eml = plain_reply(po, frm=("Lagerkompaniet Norden AB", "noreply-order@lagerkompaniet.example"), when=w,
                      body=body, seed="c004", subject="Orderbekräftelse 700431 - Er order 4500232015", style="erp",
                      cte="quoted-printable", threaded=False,
                      attachments=[Binary(doc, "application/pdf", "OB_700431.pdf")],
                      extra=[("Reply-To", "order@lagerkompaniet.example"), ("X-Mailer", "Microsoft Dynamics 365 Business Central")])
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: chg(12, "101.20", "2026-12-14"), 3: ACC,
                                       4: chg(8, "31.70", "2026-11-30")})],
           "notes": "Read the PDF: Lev.datum (delivery) wins over Avsänd (dispatch). Pos 20 price 101,20 and "
                    "14 Dec; pos 40 earlier (30 Nov). Not threaded; matched via 'Er order'."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("wine-carton-prices-bottle-rounding", "confirmation/fr-FR",
      "Prices per carton of 6 must be turned back into bottle prices (all unchanged); only the Chablis is "
      "rounded up to 7 cartons = 42 bottles; the vintage 2022 is not a date.")
def c005():
    sup = supplier("DEVAUX", "Maison Devaux Vins & Spiritueux", "commandes@maison-devaux.example", "fr-FR")
    byr = buyer("AH", "Claire Dubois", "claire.dubois")
    po = PO("AH-26-04418", sup, byr, "EUR", "2026-11-03", [
        L(1, "W-CHB-PC", "Chablis Premier Cru 'Montmains' 2022, 75 cl", 40, "BTL", "21.90", "2026-11-26"),
        L(2, "W-CDR-RG", "Cotes du Rhone rouge 2023, 75 cl", 120, "BTL", "7.40", "2026-11-26"),
        L(3, "S-COG-VS", "Cognac VS, 70 cl", 18, "BTL", "24.50", "2026-11-26"),
    ])
    w = When(2026, 11, 10, 11, 20, 45)
    wd("2026-11-26", "Thu")
    assert Dec("131.40") / 6 == Dec("21.90") and Dec("44.40") / 6 == Dec("7.40")
    body = ("Bonjour Madame Dubois,\n\n"
            "Merci pour votre commande AH-26-04418. Voici notre confirmation :\n\n"
            "- Chablis 1er Cru Montmains 2022 : ce vin n'est vendu que par carton de 6, nous vous livrons donc "
            "7 cartons, soit 42 bouteilles, au prix de 131,40 € HT le carton.\n"
            "- Côtes du Rhône rouge 2023 : 20 cartons de 6, 44,40 € HT le carton.\n"
            "- Cognac VS 70 cl : 3 cartons de 6 bouteilles, 24,50 € HT la bouteille.\n\n"
            "Livraison le jeudi 26 novembre entre 8 h et 12 h par notre transporteur (Transports Garnier).\n"
            "Droits d'accise inclus, paiement à 30 jours fin de mois.\n\n"
            "Bien cordialement,\n\nÉlodie Marchal\nService commandes - Maison Devaux\n"
            "14 quai de la Saône, 71100 Chalon-sur-Saône\n\n"
            "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.\n\n"
            "> Le 3 nov. 2026 à 08:40, Claire Dubois <claire.dubois@alderbank-hotels.example> a écrit :\n>\n"
            + quote_gt(request_text(po).rstrip("\n")) + "\n")
    eml = plain_reply(po, frm=("Élodie Marchal", "commandes@maison-devaux.example"), when=w, body=body,
                      seed="c005", prefix="Re: ", style="apple", extra=[("X-Mailer", APPLE_XM)])
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(42, "21.90", "2026-11-26"), 2: ACC, 3: ACC})],
           "notes": "131,40/6 = 21,90 and 44,40/6 = 7,40 (unchanged); Chablis 40 -> 42 bottles."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("office-furniture-confirmed-column-in-quoted-table", "confirmation/pl-PL",
      "The supplier types its answers into an extra 'Potwierdzone' column of our quoted HTML PO table; one "
      "price change, one two-date split into January, 'OK' for as ordered.")
def c006():
    sup = supplier("MEBLOBIURO", "Meblobiuro Sp. z o.o.", "zamowienia@meblobiuro.example", "pl-PL")
    byr = buyer("AH", "Owen Gallagher", "owen.gallagher")
    po = PO("AH-26-04431", sup, byr, "EUR", "2026-11-05", [
        L(1, "OF-DSK-1600", "Desk 1600x800, white top, flat-packed", 14, "PCS", "212.00", "2026-12-11"),
        L(2, "OF-CHR-ERG", "Ergonomic task chair, black mesh", 14, "PCS", "149.00", "2026-12-11"),
        L(3, "OF-PED-3D", "Mobile pedestal, 3 drawers, lockable", 14, "PCS", "96.50", "2026-12-11"),
        L(4, "OF-CAB-2D", "Storage cabinet, 2 doors, height 1900 mm", 4, "PCS", "238.00", "2026-12-11"),
    ])
    w = When(2026, 11, 11, 13, 47, 9)
    wd("2026-12-11", "Fri")
    jan = wd("2027-01-08", "Fri")
    answers = {1: "tak, 14 szt., 11.12.2026", 2: "14 szt., cena 159,00 EUR, 11.12.2026", 3: "OK",
               4: "2 szt. 11.12.2026 + 2 szt. 08.01.2027"}
    head = ("Line", "Item", "Description", "Qty", "UoM", "Unit price", "Requested", "Potwierdzone / Confirmed")
    trs = ["<tr>%s</tr>" % "".join("<th style=\"border:solid windowtext 1.0pt;padding:2pt 5pt\">%s</th>" % esc(h) for h in head)]
    txt_rows = ["\t".join(head)]
    for ln in po["lines"]:
        cells = [str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                 "%s EUR" % ln["unit_price"], ln["requested_date"]]
        trs.append("<tr>%s<td style=\"border:solid windowtext 1.0pt;padding:2pt 5pt;background:#FFFF00\"><b>"
                   "<span style=\"color:red\">%s</span></b></td></tr>" % (
                       "".join("<td style=\"border:solid windowtext 1.0pt;padding:2pt 5pt\">%s</td>" % esc(c) for c in cells),
                       esc(answers[ln["line"]])))
        txt_rows.append("\t".join(cells + [answers[ln["line"]]]))
    qhtml = ("<p>Hello,</p><p>please find below our purchase order AH-26-04431 dated 2026-11-05.<br>"
             "Kindly confirm quantities, prices and delivery dates by return.</p>"
             "<table class=\"MsoNormalTable\" border=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse\">%s</table>"
             "<p>Delivery address: Alderbank Hotels, Central Stores, 18 Quay Road, Dublin D02 XK71, Ireland<br>"
             "Terms: as per our general purchasing conditions; please quote our PO number on all documents.</p>"
             "<p>Best regards<br>Owen Gallagher<br>Purchasing | Alderbank Hotels</p>" % "".join(trs))
    qtext = ("Hello,\n\nplease find below our purchase order AH-26-04431 dated 2026-11-05.\n"
             "Kindly confirm quantities, prices and delivery dates by return.\n\n" + "\n".join(txt_rows) +
             "\n\nDelivery address: Alderbank Hotels, Central Stores, 18 Quay Road, Dublin D02 XK71, Ireland\n"
             "Terms: as per our general purchasing conditions; please quote our PO number on all documents.\n\n"
             "Best regards\nOwen Gallagher\nPurchasing | Alderbank Hotels\n")
    top = ("Dzień dobry Panie Owenie,\n\n"
           "w tabeli poniżej przesyłam nasze potwierdzenie (kolumna „Potwierdzone”, na żółto).\n"
           "Cena krzeseł zmieniła się od 1.11. zgodnie z nowym cennikiem – przepraszam, że nie "
           "poinformowaliśmy wcześniej. Szafy mamy na magazynie tylko 2 szt., reszta po przerwie świątecznej.\n"
           "Meble wysyłamy w paczkach płaskich, transport DAP Dublin.\n\n"
           "Pozdrawiam serdecznie\nAgnieszka Wróbel\nDział Obsługi Klienta\nMeblobiuro Sp. z o.o.\n"
           "ul. Fabryczna 8, 62-800 Kalisz | NIP 618-20-44-917\n")
    eml = outlook_reply(po, frm=("Agnieszka Wróbel", "zamowienia@meblobiuro.example"), when=w, lang="pl", top=top,
                        sent=outlook_sent("pl", DT(2026, 11, 5, 9, 30)), seed="c006", prefix="RE: ", lang_tag="pl-PL",
                        quoted_text=qtext, quoted_html=qhtml)
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: chg(14, "159.00", "2026-12-11"), 3: ACC,
                                       4: chg(4, "238.00", jan, [(2, "2026-12-11"), (2, jan)])})],
           "notes": "Answers live in the quoted table's extra column. '1.11.' is the price-list date."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("hydraulic-hoses-extended-values-only", "confirmation/en-US",
      "Only extended line values are given (line 2 implies 57.90 each), US month/day dates with both ship and "
      "delivery days, '3/8 BSP' and 'JIC 3/4-16' thread sizes look like fractions or dates.")
def c007():
    sup = supplier("GLHYD", "Great Lakes Hydraulics Inc.", "orders@greatlakeshyd.example", "en-US")
    byr = buyer("KIG", "Tomás Ferreira", "t.ferreira")
    po = PO("4500232104", sup, byr, "USD", "2026-11-06", [
        L(1, "HH-R2-08", "Hydraulic hose SAE 100R2AT, 1/2 in, 2-wire", 150, "M", "6.85", "2026-12-04"),
        L(2, "HA-R2-08-1500", "Hose assembly 1/2 in R2AT, 1500 mm, JIC 3/4-16 female both ends", 24, "EA", "54.20", "2026-12-04"),
        L(3, "HF-BSP-38", "Adapter 3/8 BSP male x 3/8 JIC male", 100, "EA", "2.35", "2026-12-04"),
    ])
    w = When(2026, 11, 10, 16, 12, 33, "-0500")
    assert Dec("1027.50") / 150 == Dec("6.85") and Dec("1389.60") / 24 == Dec("57.90") and Dec("235.00") / 100 == Dec("2.35")
    wd("2026-12-01", "Tue"); wd("2026-12-03", "Thu"); wd("2026-12-08", "Tue"); wd("2026-12-10", "Thu")
    top = ("Hi Tomás,\n\n"
           "Got your PO 4500232104, here's where we're at:\n\n"
           "Line 1 - 150 m of the 1/2\" R2AT, $1,027.50 ext. Ships 12/1 from our Toledo DC, you should have it 12/3.\n"
           "Line 2 - 24 assemblies, $1,389.60 total. These get crimped and pressure tested here so they ship 12/8, "
           "delivered 12/10.\n"
           "Line 3 - 100 pcs 3/8 BSP x 3/8 JIC, $235.00, ships together with line 1.\n\n"
           "Terms Net 30, FCA Toledo, freight prepaid & added. Test certs for the assemblies will be emailed when they ship.\n\n"
           "Thanks,\nMike Kowalczyk\nInside Sales | Great Lakes Hydraulics Inc.\n(419) 555-0143\n")
    attrib = "On Fri, Nov 6, 2026 at 3:02 AM Tomás Ferreira <t.ferreira@kestrel-group.example> wrote:"
    eml = gmail_reply(po, frm=("Mike Kowalczyk", "orders@greatlakeshyd.example"), when=w, attrib=attrib, top=top,
                      seed="c007")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(150, "6.85", "2026-12-03"), 2: chg(24, "57.90", "2026-12-10"),
                                       3: chg(100, "2.35", "2026-12-03")})],
           "notes": "Unit prices from extended values: 6.85 (same), 57.90 (up), 2.35 (same). Delivery dates "
                    "12/3 and 12/10 win over ship dates; line 3 travels with line 1."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("medical-gloves-carton-of-ten-boxes", "confirmation/it-IT",
      "Gloves are priced per carton of 10 boxes (4.80 per box) and rounded to 5 cartons; '70% IPA' and the "
      "expiry '08/2029' must not be read as a price change or a date.")
def c008():
    sup = supplier("SANPADANA", "Sanitaria Padana S.r.l.", "ordini@sanitariapadana.example", "it-IT")
    byr = buyer("MC", "Daniel Okafor", "daniel.okafor")
    po = PO("MC-PO-261117", sup, byr, "EUR", "2026-11-09", [
        L(1, "MD-EXG-L", "Nitrile examination gloves, size L, box of 100", 45, "BOX", "5.10", "2026-12-02"),
        L(2, "MD-SYR-5", "Syringe 5 ml Luer lock, sterile, box of 100", 20, "BOX", "7.90", "2026-12-02"),
        L(3, "MD-SWB-70", "Alcohol swabs 70% IPA, box of 100", 60, "BOX", "1.45", "2026-12-02"),
    ])
    w = When(2026, 11, 12, 9, 3, 51)
    wd("2026-12-02", "Wed")
    top = ("Buongiorno Sig. Okafor,\n\n"
           "confermiamo il Vs. ordine MC-PO-261117 come segue:\n\n"
           "1) Guanti nitrile tg. L: vendiamo solo a cartoni da 10 scatole, Vi consegniamo quindi 5 cartoni "
           "(50 scatole) a € 48,00 il cartone\n"
           "2) Siringhe 5 ml Luer lock sterili: 20 scatole a € 7,90/scatola\n"
           "3) Tamponi alcolici 70% IPA: 60 scatole a € 1,45\n\n"
           "Consegna prevista mercoledì 2 dicembre, resa DAP Amsterdam. Il lotto delle siringhe ha scadenza 08/2029.\n\n"
           "Cordiali saluti\n\nFrancesca Bellini\nUfficio Ordini\nSanitaria Padana S.r.l. - Via Emilia 221 - 26900 Lodi\n"
           "P.IVA 07741230961\n")
    eml = outlook_reply(po, frm=("Francesca Bellini", "ordini@sanitariapadana.example"), when=w, lang="it", top=top,
                        sent="lunedì 9 novembre 2026 10:14", seed="c008", prefix="R: ", lang_tag="it-IT")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(50, "4.80", "2026-12-02"), 2: ACC, 3: ACC})],
           "notes": "48,00 per carton of 10 boxes = 4.80 per box; 45 -> 50 boxes."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("roofing-screws-per-thousand-pallet-rounding", "confirmation/cs-CZ",
      "Prices per 1000 pieces while the PO counts boxes of 250 (line 1 unchanged, line 2 up); line 1 is "
      "rounded to two pallets of 48 boxes; '4,8x35' and 'RAL 7016' are specifications.")
def c009():
    sup = supplier("STRECHYFIX", "Střechy Fix s.r.o.", "objednavky@strechyfix.example", "cs-CZ")
    byr = buyer("TS", "Kasper Nowak", "k.nowak")
    po = PO("TSB/26/0420", sup, byr, "EUR", "2026-11-06", [
        L(1, "RF-SDS-48x35", "Self-drilling roofing screw 4.8x35, EPDM washer, RAL 7016, box of 250", 90, "BOX", "9.25", "2026-12-09"),
        L(2, "RF-SDS-55x80", "Self-drilling screw 5.5x80 for sandwich panels, box of 250", 40, "BOX", "18.60", "2026-12-09"),
    ])
    w = When(2026, 11, 16, 10, 15, 27)
    wd("2026-12-09", "Wed")
    assert Dec("37.00") * 250 / 1000 == Dec("9.25") and Dec("76.00") * 250 / 1000 == Dec("19.00")
    body = ("Dobrý den, pane Nowaku,\n\n"
            "potvrzujeme Vaši objednávku TSB/26/0420:\n\n"
            "pol. 1 - vrut samovrtný 4,8x35 s podložkou EPDM, RAL 7016: balíme po paletách (48 krabic/paleta), "
            "dodáme tedy 96 krabic = 2 palety, cena 37,00 EUR / 1000 ks\n"
            "pol. 2 - vrut samovrtný 5,5x80 pro sendvičové panely: 40 krabic, cena 76,00 EUR / 1000 ks "
            "(nový ceník platný od 1. 11. 2026)\n\n"
            "Termín dodání k Vám: středa 9. 12. 2026.\n\n"
            "S pozdravem\n\nPetra Dvořáková\nobchodní oddělení\nStřechy Fix s.r.o., Průmyslová 1520, 530 02 Pardubice\n"
            "tel.: +420 466 301 118\n\n"
            "%s\n\n%s\n" % (tb_attrib(po, DT(2026, 11, 6, 11, 4)), quote_gt(request_text(po).rstrip("\n"))))
    eml = plain_reply(po, frm=("Petra Dvořáková", "objednavky@strechyfix.example"), when=w, body=body, seed="c009",
                      prefix="Re: ", charset="iso-8859-2", cte="quoted-printable", flowed=True, style="thunderbird",
                      extra=[("User-Agent", TB_UA), ("Content-Language", "cs")], hcharset="iso-8859-2", hmode="Q")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(96, "9.25", "2026-12-09"), 2: chg(40, "19.00", "2026-12-09")})],
           "notes": "37,00/1000 x 250 = 9.25 (same); 76,00/1000 x 250 = 19.00 (up from 18.60); 90 -> 96 boxes."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("bakery-moq-bucket-dispatch-and-arrival", "confirmation/hu-HU",
      "Hungarian date forms ('2026. november 30.'), a minimum order of 5 buckets on line 2, and both a "
      "dispatch day and an arrival day (arrival is the requested one).")
def c010():
    sup = supplier("PANNONSUTO", "Pannon Sütőipari Kft.", "rendeles@pannonsuto.example", "hu-HU")
    byr = buyer("AH", "Owen Gallagher", "owen.gallagher")
    po = PO("AH-26-04440", sup, byr, "EUR", "2026-11-09", [
        L(1, "BK-FL-BL55", "Wheat flour BL 55, sack 25 kg", 40, "SACK", "14.20", "2026-11-30"),
        L(2, "BK-IMP-10", "Bread improver, bucket 10 kg", 3, "BKT", "38.50", "2026-11-30"),
        L(3, "BK-FIL-APR", "Apricot bake-stable filling, bucket 12 kg", 6, "BKT", "44.00", "2026-11-30"),
    ])
    w = When(2026, 11, 13, 8, 44, 0)
    wd("2026-11-25", "Wed"); wd("2026-11-30", "Mon")
    top = ("Tisztelt Gallagher Úr!\n\n"
           "Köszönjük megrendelését (AH-26-04440), az alábbiak szerint igazoljuk vissza:\n\n"
           "1. BL 55 búzaliszt, 25 kg-os zsák: 40 zsák, 14,20 EUR/zsák\n"
           "2. Sütésjavító, 10 kg-os vödör: a minimális rendelési mennyiség 5 vödör, ezért 5 vödröt szállítunk, "
           "38,50 EUR/vödör\n"
           "3. Sütésálló sárgabarack töltelék, 12 kg-os vödör: 6 vödör, 44,00 EUR/vödör\n\n"
           "Feladás raktárunkból: 2026. november 25. (szerda)\n"
           "Várható kiszállítás Dublinba: 2026. november 30. (hétfő)\n\n"
           "Szállítási feltétel DAP Dublin, fizetési határidő 15 nap. Minőségmegőrzési idő: liszt 6 hónap.\n\n"
           "Üdvözlettel:\nKovács Eszter\nértékesítési asszisztens\nPannon Sütőipari Kft. | 9027 Győr, Ipari út 14.\n")
    eml = outlook_reply(po, frm=("Kovács Eszter", "rendeles@pannonsuto.example"), when=w, lang="hu", top=top,
                        sent=outlook_sent("hu", DT(2026, 11, 9, 12, 40)), seed="c010", prefix="VS: ",
                        lang_tag="hu-HU", charset="iso-8859-2")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: chg(5, "38.50", "2026-11-30"), 3: ACC})],
           "notes": "Arrival 2026-11-30 (delivery) wins over dispatch 11-25; MOQ 5 buckets on line 2."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("led-driver-discontinued-successor-offered", "confirmation/da-DK",
      "The 350 mA driver is discontinued and only a successor is offered (not confirmed), so the line is "
      "rejected; '1-10V', '4000 K' and 'UGR<19' are specifications, not numbers to read.")
def c011():
    sup = supplier("LYSTEKNIK", "Lysteknik Danmark ApS", "ordre@lysteknik.example", "da-DK")
    byr = buyer("KIG", "Marta Lindqvist", "m.lindqvist")
    po = PO("4500232210", sup, byr, "EUR", "2026-11-09", [
        L(1, "LED-PNL-6060", "LED panel 600x600, 36 W, 4000 K, UGR<19", 80, "PCS", "31.50", "2026-12-11"),
        L(2, "LED-DRV-350", "LED driver 350 mA, 42 V, dimmable 1-10V", 80, "PCS", "14.80", "2026-12-11"),
        L(3, "LED-HB-150", "LED high bay 150 W, 5000 K, IP65", 12, "PCS", "118.00", "2026-12-11"),
    ])
    w = When(2026, 11, 12, 15, 30, 12)
    wd("2026-12-11", "Fri")
    top = ("Hej Marta\n\n"
           "Tak for ordren. Panelerne (linje 1) og high bay-armaturerne (linje 3) kan vi levere fredag den "
           "11. december som ønsket, og priserne er som på jeres ordre.\n\n"
           "Driveren 350 mA/42 V er desværre udgået hos producenten og kan ikke længere leveres. Efterfølgeren "
           "LD-350-45D passer elektrisk, men har andre mål og 1-10V + DALI - sig endelig til, hvis I vil have et "
           "tilbud på den.\n\n"
           "Mvh\nSøren Kjær\nLysteknik Danmark ApS\nTlf. +45 86 12 40 77\n")
    attrib = "Den man. 9. nov. 2026 kl. 10.21 skrev Marta Lindqvist <m.lindqvist@kestrel-group.example>:"
    eml = gmail_reply(po, frm=("Søren Kjær", "ordre@lysteknik.example"), when=w, attrib=attrib, top=top, seed="c011",
                      prefix="SV: ")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: REJ, 3: ACC})],
           "notes": "Line 2 discontinued; successor only offered as a quote -> rejected."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("industrial-gas-rental-rate-change", "confirmation/fi-FI",
      "Cylinder fills confirmed as ordered but the monthly rental line gets a new rate from 1.12.; "
      "'4.6' purity, '82/18' mix and '200 bar' are not quantities or dates.")
def c012():
    sup = supplier("TKPOHJOLA", "Teollisuuskaasu Pohjola Oy", "tilaukset@tkpohjola.example", "fi-FI")
    byr = buyer("KIG", "Tomás Ferreira", "t.ferreira")
    po = PO("4500232255", sup, byr, "EUR", "2026-11-10", [
        L(1, "GAS-AR-50L", "Argon 4.6, cylinder 50 l, 200 bar (gas fill)", 10, "CYL", "42.00", "2026-11-24"),
        L(2, "GAS-MIX-C18", "Argon/CO2 82/18 mixed gas, cylinder 20 l (fill)", 6, "CYL", "36.50", "2026-11-24"),
        L(3, "GAS-RENT-M", "Cylinder rental per cylinder and month (December 2026)", 16, "EA", "5.90", "2026-12-01"),
    ])
    w = When(2026, 11, 16, 11, 2, 38, "+0200")
    wd("2026-11-24", "Tue")
    top = ("Hei Tomás,\n\n"
           "kiitos tilauksestanne 4500232255. Vahvistamme sen seuraavasti:\n\n"
           "- Argon 4.6, 50 l pullo: 10 kpl, 42,00 €/täyttö, toimitus ti 24.11.\n"
           "- Argon/CO2 82/18, 20 l pullo: 6 kpl, 36,50 €/täyttö, toimitus ti 24.11.\n"
           "- Pullovuokra: 16 pulloa, vuokrakausi alkaa 1.12. Huomioittehan, että vuokra on 1.12. alkaen "
           "6,40 €/pullo/kk (uusi hinnasto tulee voimaan jo joulukuussa).\n\n"
           "Ystävällisin terveisin\n\nAino Heikkilä\nAsiakaspalvelu\nTeollisuuskaasu Pohjola Oy | Satamatie 6, 90520 Oulu\n")
    eml = outlook_reply(po, frm=("Heikkilä Aino", "tilaukset@tkpohjola.example"), when=w, lang="fi", top=top,
                        sent=outlook_sent("fi", DT(2026, 11, 10, 9, 45)), seed="c012", prefix="VS: ", lang_tag="fi-FI")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: ACC, 3: chg(16, "6.40", "2026-12-01")})],
           "notes": "Rental rate 5.90 -> 6.40 from 1.12.; fills as ordered on Tuesday 24.11."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("cosmetic-bottles-thai-buddhist-year-pallets", "confirmation/th-TH",
      "Thai dates in the Buddhist era (2569 = 2026) with ETD and ETA, the 50 ml line rounded to two pallets "
      "of 5,040; 'DIN 18' and '18/415' are neck finishes.")
def c013():
    sup = supplier("SIAMGLASS", "Siam Glass Packaging Co., Ltd.", "export@siamglasspack.example", "th-TH")
    byr = buyer("LV", "Ines Moreau", "ines.moreau")
    po = PO("LV2600871", sup, byr, "USD", "2026-11-04", [
        L(1, "GB-50-AMB", "Glass dropper bottle 50 ml, amber, DIN 18", 10000, "PCS", "0.168", "2026-12-18"),
        L(2, "GB-30-FLN", "Glass bottle 30 ml, flint, 18/415 neck", 5040, "PCS", "0.142", "2026-12-18"),
        L(3, "DP-18-BLK", "Dropper pipette DIN 18, black bulb", 10000, "PCS", "0.061", "2026-12-18"),
    ])
    w = When(2026, 11, 11, 16, 40, 5, "+0700")
    wd("2026-12-18", "Fri")
    assert 2569 - 543 == 2026 and 2 * 5040 == 10080
    top = ("เรียน คุณอิเนส\n\n"
           "ขอบคุณสำหรับใบสั่งซื้อเลขที่ LV2600871 บริษัทฯ ขอยืนยันรายการดังนี้\n\n"
           "1. ขวดหยดแก้ว 50 มล. สีชา คอ DIN 18 — บรรจุพาเลทละ 5,040 ใบ จึงขอปรับจำนวนเป็น 10,080 ใบ (2 พาเลท) "
           "ราคา 0.168 USD/ใบ\n"
           "2. ขวดแก้วใส 30 มล. คอ 18/415 — 5,040 ใบ (1 พาเลท) ราคา 0.142 USD/ใบ\n"
           "3. หลอดหยด DIN 18 จุกยางสีดำ — 10,000 ชิ้น ราคา 0.061 USD/ชิ้น\n\n"
           "กำหนดการจัดส่ง: ETD ท่าเรือแหลมฉบัง 20 พ.ย. 2569 / ETA ถึงคลังสินค้าลียง 18 ธ.ค. 2569\n"
           "เงื่อนไข: DAP Lyon, ชำระเงิน T/T 30 วันหลังวันที่ B/L\n\n"
           "ขอแสดงความนับถือ\n"
           "ณัฐพล ศรีสวัสดิ์ (Nattapon)\nฝ่ายขายต่างประเทศ\nSiam Glass Packaging Co., Ltd.\nโทร. +66 38 185 220\n")
    eml = outlook_reply(po, frm=("Nattapon Srisawat", "export@siamglasspack.example"), when=w, lang="th", top=top,
                        sent="4/11/2569 14:10", seed="c013", prefix="RE: ", lang_tag="th-TH")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(10080, "0.168", "2026-12-18"), 2: ACC, 3: ACC})],
           "notes": "Buddhist era 2569 = 2026; ETA 18 Dec (delivery) wins over ETD 20 Nov; 10,000 -> 10,080."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("wire-mesh-m2-confirmed-as-panels", "confirmation/sk-SK",
      "Mesh ordered in m2 is confirmed as 84 panels of 2 x 3 m at a panel price (504 m2 at the same m2 "
      "price); the roll line gets +5 %; 'EN 10080 B500B' and '25x25x1,4' are specifications.")
def c014():
    sup = supplier("SIETOVINA", "Sieťovina Trenčín s.r.o.", "obchod@sietovina-tn.example", "sk-SK")
    byr = buyer("TS", "Kasper Nowak", "k.nowak")
    po = PO("TSB/26/0433", sup, byr, "EUR", "2026-11-10", [
        L(1, "WM-RM-6-150", "Welded reinforcement mesh 6 mm / 150x150, EN 10080 B500B", 500, "M2", "4.60", "2026-12-04"),
        L(2, "WM-ROLL-25", "Galvanised wire mesh roll 25x25x1.4 mm, 1.0 x 25 m", 12, "ROLL", "46.00", "2026-12-04"),
    ])
    w = When(2026, 11, 17, 9, 20, 44)
    wd("2026-12-04", "Fri")
    assert Dec("27.60") / 6 == Dec("4.60") and 84 * 6 == 504 and Dec("46.00") * Dec("1.05") == Dec("48.30")
    top = ("Dobrý deň pán Nowak,\n\n"
           "ďakujeme za objednávku TSB/26/0433. Potvrdzujeme:\n\n"
           "1. Zváraná sieť 6 mm / 150x150, EN 10080 B500B - dodávame v paneloch 2 x 3 m (6 m2), t. j. 84 panelov "
           "= 504 m2, cena 27,60 EUR/panel\n"
           "2. Pozinkované pletivo 25x25x1,4 mm, rola 1 x 25 m - 12 rolí, cena 48,30 EUR/rola (navýšenie o 5 % "
           "kvôli cene drôtu)\n\n"
           "Dodanie: piatok 4. 12. 2026, DAP Leeds.\n\n"
           "S pozdravom\nMarek Hudec\nobchodné oddelenie\nSieťovina Trenčín s.r.o. | Bratislavská 88, 911 05 Trenčín\n")
    eml = outlook_reply(po, frm=("Hudec Marek", "obchod@sietovina-tn.example"), when=w, lang="sk", top=top,
                        sent=outlook_sent("sk", DT(2026, 11, 10, 14, 2)), seed="c014", prefix="RE: ", lang_tag="sk-SK",
                        charset="windows-1250")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(504, "4.60", "2026-12-04"), 2: chg(12, "48.30", "2026-12-04")})],
           "notes": "84 panels x 6 m2 = 504 m2 at 27.60/6 = 4.60 per m2; rolls +5% = 48.30."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("tiles-boxes-confirmed-in-m2", "confirmation/es-ES",
      "Tiles ordered in boxes of 1.44 m2 are confirmed as 172,80 m2 at a price per m2 (box price 26.64, up); "
      "adhesive confirmed as '1.000 kg' = 40 bags; ex-works day vs delivery day; lot '26-0918'.")
def c015():
    sup = supplier("CERAMAESTRAZGO", "Cerámicas del Maestrazgo S.L.", "pedidos@ceramaestrazgo.example", "es-ES")
    byr = buyer("TS", "Kasper Nowak", "k.nowak")
    po = PO("TSB/26/0439", sup, byr, "EUR", "2026-11-10", [
        L(1, "TL-PG-6060-GR", "Porcelain floor tile 60x60 cm, grey matt, R10, box of 1.44 m2", 120, "BOX", "25.92", "2026-12-14"),
        L(2, "TL-ADH-C2TE", "Tile adhesive C2TE S1, grey, bag 25 kg", 40, "BAG", "11.80", "2026-12-14"),
        L(3, "TL-GRT-CG2", "Cementitious grout CG2WA, anthracite, bag 5 kg", 30, "BAG", "6.90", "2026-12-14"),
    ])
    w = When(2026, 11, 13, 12, 10, 3)
    wd("2026-12-14", "Mon")
    assert Dec("172.80") / Dec("1.44") == 120 and Dec("18.50") * Dec("1.44") == Dec("26.64") and 1000 / 25 == 40
    top = ("Hola Kasper:\n\n"
           "Te confirmo el pedido TSB/26/0439:\n\n"
           "- Porcelánico 60x60 gris mate R10: 172,80 m² a 18,50 €/m² (lote 26-0918, tono 3)\n"
           "- Adhesivo C2TE S1 gris: 1.000 kg, a 11,80 € el saco\n"
           "- Junta CG2WA antracita: 30 sacos de 5 kg a 6,90 €\n\n"
           "Sale de fábrica el 9 de diciembre y la entrega en Leeds es el lunes 14 de diciembre.\n"
           "Portes incluidos, pago a 60 días fecha factura.\n\n"
           "Un saludo,\nLorena Beltrán\nDpto. Exportación\nCerámicas del Maestrazgo S.L. · Ctra. CV-160 km 3,2 · 12200 Onda (Castellón)\n")
    attrib = "El mar, 10 nov 2026 a las 10:32, Kasper Nowak (<k.nowak@terrace-build.example>) escribió:"
    eml = gmail_reply(po, frm=("Lorena Beltrán", "pedidos@ceramaestrazgo.example"), when=w, attrib=attrib, top=top,
                      seed="c015", prefix="RE: ")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(120, "26.64", "2026-12-14"), 2: ACC, 3: ACC})],
           "notes": "172,80 m2 / 1.44 = 120 boxes; 18,50 x 1.44 = 26.64 per box (up from 25.92); 1.000 kg = 40 bags."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("forklift-parts-kw3-next-year", "confirmation/de-AT",
      "Calendar weeks without a year: 'KW 3' is in January 2027, 'Versand in KW 48' is a dispatch week; "
      "holiday dates ('24.12. bis 6. Jänner') and an OE number are noise.")
def c016():
    sup = supplier("HUBERSTAPLER", "Stapler-Teile Huber GmbH", "verkauf@staplerteile-huber.example", "de-AT")
    byr = buyer("KIG", "Jonas Weber", "j.weber")
    po = PO("4500232301", sup, byr, "EUR", "2026-11-11", [
        L(1, "FL-FORK-1200", "Fork pair 1200 mm, ISO 2328 class 2A, 45x100", 2, "SET", "612.00", "2026-12-18"),
        L(2, "FL-TYR-18x7-8", "Solid tyre 18x7-8, black", 8, "PCS", "118.50", "2026-12-18"),
        L(3, "FL-PMP-HYD", "Hydraulic pump for Linde H25 (OE 0009831660)", 1, "PCS", "1240.00", "2026-12-18"),
        L(4, "FL-BRK-SET", "Brake shoe set, Jungheinrich EFG 216", 4, "SET", "86.00", "2026-12-18"),
    ])
    w = When(2026, 11, 16, 13, 55, 21)
    k51, k48, k3 = kw(2026, 51), kw(2026, 48), kw(2027, 3)
    assert (k51, k48, k3) == (dt.date(2026, 12, 18), dt.date(2026, 11, 27), dt.date(2027, 1, 22))
    top = ("Sehr geehrter Herr Weber,\n\n"
           "besten Dank für Ihre Bestellung 4500232301. Wir bestätigen wie folgt:\n\n"
           "Pos. 1  Gabelzinkenpaar 1200 mm, Klasse 2A: Liefertermin KW 51\n"
           "Pos. 2  Vollgummireifen 18x7-8 schwarz: lagernd, Versand in KW 48\n"
           "Pos. 3  Hydraulikpumpe Linde H25 (OE 0009831660): Liefertermin KW 3 - der Hersteller hat leider "
           "Lieferverzögerungen\n"
           "Pos. 4  Bremsbackensatz EFG 216: lagernd, Versand gemeinsam mit Pos. 2\n\n"
           "Preise lt. Ihrer Bestellung. Bitte beachten Sie unseren Betriebsurlaub vom 24.12. bis 6. Jänner.\n\n"
           "Mit freundlichen Grüßen\n\nIng. Thomas Gruber\nVerkauf Innendienst\n"
           "Stapler-Teile Huber GmbH | Industriezeile 36 | 4020 Linz\nFN 214587x | UID ATU57742189\n")
    eml = outlook_reply(po, frm=("Gruber Thomas", "verkauf@staplerteile-huber.example"), when=w, lang="de", top=top,
                        sent=outlook_sent("de", DT(2026, 11, 11, 8, 20)), seed="c016", prefix="AW: ", lang_tag="de-AT")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: chg(8, "118.50", k48), 3: chg(1, "1240.00", k3),
                                       4: chg(4, "86.00", k48)})],
           "notes": "KW 51 = 2026-12-18 (as requested); KW 48 dispatch = 2026-11-27; KW 3 = 2027-01-22."}
    return [po], eml, exp
