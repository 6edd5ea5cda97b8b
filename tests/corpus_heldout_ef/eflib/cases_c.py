"""Cases 037-054."""
from .common import (case, sup, L, PO, conf, A, C, R, U, Text, Alt, Multi, Attach, Part, mail, addr, date,
                     buyer_addr, req_subject, request_text, request_html, gt, outlook_quote, pdf, xlsx)


@case("en-au-respirators-by-the-11th", "confirmation", "en-AU",
      "Aussie phone reply 'can do all 3 lines at your prices, everything by the 11th' - line 3 was wanted on the 18th, so it moves earlier.")
def c():
    s = sup("SXSAFE", "Southern Cross Safety Pty Ltd", "orders@sxsafety.example", "en-AU")
    po = PO("4500032432", s, "tom", "AUD", "2026-11-23", [
        L("RS-P2-V", "P2 disposable respirator with valve, box of 10", 60, "BOX", "24.50", "2026-12-11"),
        L("RS-HM-L", "Half face respirator, large", 40, "EA", "32.00", "2026-12-11"),
        L("RS-CART-ABEK", "ABEK1 cartridge, pair", 80, "PR", "27.80", "2026-12-18")])
    body = ("Hi Tom, all good - can do all 3 lines at your prices, everything will be with you by the 11th.\n\nCheers\nDave\n\n"
            "Sent from my iPhone\n\n" f"On 23 Nov 2026, at 4:55 pm, Tom Hale <{po['buyer']['email']}> wrote:\n\n" + gt(request_text(po)))
    eml = mail(addr("Dave Mitchell", s["email"]), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 24, 7, 48, 660), "<6C1D2E3F-4A5B-4C6D-8E9F-0A1B2C3D4E5F@sxsafety.example>",
               Text(body, cte="7bit"), po=po, extra=[("X-Mailer", "iPhone Mail (22B91)")])
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: A(), 3: C(date="2026-12-11")})],
                notes="All quantities and prices as ordered; 'by the 11th' (next 11th after 2026-11-24) = 2026-12-11 for all lines. Lines 1-2 requested 2026-12-11 -> accepted; line 3 requested 2026-12-18 -> changed to the earlier 2026-12-11.")


@case("en-nz-shop-vacuums-ticket-autoack", "auto_reply", "en-NZ",
      "Helpdesk auto-acknowledgement '[Ticket #CS-48213]' with generic dispatch promises that are not about the PO.")
def c():
    s = sup("KIWIWS", "Kiwi Workshop Supplies Ltd", "orders@kiwiworkshop.example", "en-NZ")
    po = PO("4500032446", s, "marta", "NZD", "2026-11-24", [
        L("SV-20-NZ", "Shop vacuum 20 L, wet/dry", 12, "EA", "189.00", "2026-12-14"),
        L("SV-HOSE-4", "Extension hose 4 m, 35 mm", 12, "EA", "29.50", "2026-12-14")])
    body = ("Kia ora,\n\nThanks for contacting Kiwi Workshop Supplies. This is an automated response to let you know we've received "
            "your email and created ticket #CS-48213.\n\nOur team usually replies within 2 business days. Orders received before 2pm "
            "are dispatched the same day (Mon-Fri), and North Island deliveries take 1-2 working days.\n\n"
            "Please keep the ticket number in the subject line if you write to us again.\n\nNgā mihi,\nThe Kiwi Workshop team\n0800 549 467\n")
    eml = mail(addr("Kiwi Workshop Supplies", "support@kiwiworkshop.example"), buyer_addr(po),
               "[Ticket #CS-48213] Re: " + req_subject(po), date(2026, 11, 24, 14, 3, 780),
               "<ticket-48213-autoreply@helpdesk.kiwiworkshop.example>", Text(body), po=po,
               extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    return dict(pos=[po], eml=eml, confs=None,
                notes="Automatic helpdesk acknowledgement (Auto-Submitted, X-Autoreply); the dispatch and delivery promises are generic, nothing about the PO is confirmed.")


@case("en-za-tarpaulins-bales-3-weeks", "confirmation", "en-ZA",
      "South African reply: line 1 rounded to bales of 10 (25 -> 30), line 2 made to order 'lead time 3 weeks from today', both delivered together.")
def c():
    s = sup("HVCANV", "Highveld Canvas (Pty) Ltd", "sales@highveldcanvas.example", "en-ZA")
    po = PO("4500032460", s, "jonas", "ZAR", "2026-11-24", [
        L("TP-3X4-PE", "Tarpaulin 3 x 4 m, PE 150 g/m2", 25, "EA", "189.00", "2026-12-15"),
        L("TP-6X8-PVC", "Tarpaulin 6 x 8 m, PVC 650 g/m2, eyelets", 10, "EA", "1249.00", "2026-12-15")])
    body = ("Morning Jonas\n\nThanks for the order. The 3x4 tarps are packed in bales of 10 so we'll send 30 @ R189,00.\n"
            "The PVC 6x8's are made to order, lead time 3 weeks from today, price R1 249,00 each as per your PO. "
            "We'll deliver everything together in one load then.\n\nRegards\nThabo Nkosi\nHighveld Canvas (Pty) Ltd\n"
            "Tel 011 555 0192 | Cell 082 555 1234 | Reg. 2009/012345/07 | VAT 4123456789\n\n"
            + outlook_quote(po, "Tuesday, 24 November 2026 15:30", "en"))
    eml = mail(addr("Thabo Nkosi", s["email"]), buyer_addr(po), "RE: " + req_subject(po),
               date(2026, 11, 26, 11, 20, 120), "<JNAP275MB0551A2B3C4D5E6F7@JNAP275MB0551.ZAFP275.PROD.OUTLOOK.example>",
               Text(body, cte="7bit"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: C(qty=30, date="2026-12-17"), 2: C(date="2026-12-17")})],
                notes="'3 weeks from today' counted from the mail date Thu 2026-11-26 = 2026-12-17, and both lines come together in one load. Line 1: 30 pcs (bales of 10) at R189,00, 2026-12-17. Line 2: 10 at R1 249,00, 2026-12-17. Both later than the requested 2026-12-15.")


@case("af-za-tube-cutters-customs-hold", "needs_review", "af-ZA",
      "Afrikaans reply: both items are stuck in a container at customs; dates will be confirmed once cleared.")
def c():
    s = sup("BOLAND", "Boland Gereedskap (Edms) Bpk", "bestellings@bolandgereedskap.example", "af-ZA")
    po = PO("4500032474", s, "priya", "ZAR", "2026-11-24", [
        L("TC-PVC-42", "PVC pipe cutter up to 42 mm", 30, "EA", "245.00", "2027-01-15"),
        L("TC-CU-28", "Copper tube cutter 3-28 mm", 50, "EA", "169.00", "2027-01-15")])
    body = ("Goeie môre Priya\n\nDankie vir die bestelling 4500032474. Albei items kom met ons volgende houer uit Taiwan, wat tans "
            "by die hawe in Durban vasgehou word vir doeane-inklaring. Ek sal die hoeveelhede en leweringsdatums bevestig sodra "
            "die houer ingeklaar is, hopelik teen volgende week.\n\nGroete\nJohan van der Merwe\nBoland Gereedskap | Paarl | 021 555 7788\n\n"
            f"Op Di. 24 Nov. 2026 om 14:10 het Priya Nair <{po['buyer']['email']}> geskryf:\n" + gt(request_text(po)))
    eml = mail(addr("Johan van der Merwe", s["email"]), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 25, 10, 30, 120), "<CAHb2k9vQ0w=X4mT7nL1pR8sD3fG6hJ@mail.gmail.example>",
               Text(body), po=po)
    return dict(pos=[po], eml=eml, confs=None,
                notes="Thanks for the order but quantities and delivery dates will only be confirmed after customs clearance; nothing committed -> needs_review.")


@case("fi-fi-wood-chisels-viikko", "confirmation", "fi-FI",
      "Finnish ISO-8859-15 reply with week numbers: 'viikolla 50' equals the requested Friday (accepted), 'vko 3/2027' for line 3.")
def c():
    s = sup("PUUTYO", "Puutyökalu Oy", "myynti@puutyokalu.example", "fi-FI")
    po = PO("4500032489", s, "marta", "EUR", "2026-11-25", [
        L("WC-12-FI", "Wood chisel 12 mm, bevel edge", 60, "EA", "11.80", "2026-12-11"),
        L("WC-20-FI", "Wood chisel 20 mm, bevel edge", 60, "EA", "13.20", "2026-12-11"),
        L("WC-SET-6-FI", "Wood chisel set 6 pcs, wooden box", 15, "SET", "79.00", "2026-12-11")])
    body = ("Hei Marta,\n\nkiitos tilauksesta 4500032489. Vahvistamme seuraavasti:\n\n"
            "rivit 1 ja 2: toimitus viikolla 50, tilatut määrät ja hinnat\n"
            "rivi 3: 15 sarjaa à 79,00 €, toimitus vko 3/2027 (puulaatikot ovat loppu alihankkijalta)\n\n"
            "Ystävällisin terveisin\nMikko Virtanen\nmyyntipäällikkö, Puutyökalu Oy\npuh. 040 555 1234 | Y-tunnus 1234567-8\n\n"
            + gt(request_text(po)))
    eml = mail(addr("Mikko Virtanen", s["email"], "iso-8859-15"), buyer_addr(po), "VS: " + req_subject(po),
               date(2026, 11, 26, 13, 15, 120), "<HE1P190MB0412C3D4E5F6A7B8@HE1P190MB0412.EURP190.PROD.OUTLOOK.example>",
               Text(body, charset="iso-8859-15"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: A(), 3: C(date="2027-01-22")})],
                notes="'viikolla 50' without a day = Friday of ISO week 50 = 2026-12-11 = requested, with ordered quantities and prices -> lines 1-2 accepted. Line 3: 'vko 3/2027' = 2027-01-22, quantity and price unchanged -> changed.")


@case("sv-se-axle-stands-body-vs-pdf", "needs_review", "sv-SE",
      "Swedish reply: the body says delivery Wednesday 9 December, the attached ERP order confirmation says week 52 - contradictory.")
def c():
    s = sup("LYFTN", "Lyftteknik Norrland AB", "order@lyftnorrland.example", "sv-SE")
    po = PO("4500032503", s, "jonas", "SEK", "2026-11-25", [
        L("AS-4T-SE", "Axle stand 4 t, pair", 20, "PR", "615.00", "2026-12-16")])
    doc = pdf(["#Lyftteknik Norrland AB", "Storgatan 18, 903 26 Umeå", "", "#ORDERBEKRÄFTELSE 88123",
               "Kund: Kestrel Trade Supply    Er referens: Jonas Weber", "Ert ordernr: 4500032503", "Orderdatum: 2026-11-26", "",
               "Rad  Artikel     Benämning                 Antal   Enhet   À-pris    Belopp",
               "1    AS-4T-SE    Pallbock 4 ton, par       20      PAR     615,00    12 300,00", "",
               "Beräknad leverans: vecka 52", "Leveransvillkor: DAP Hamburg   Betalningsvillkor: 30 dagar netto"],
              title="Orderbekräftelse 88123")
    body = ("Hej Jonas,\n\ntack för ordern! Vi bekräftar 20 par à 615 kr med leverans onsdag 9 december. "
            "Orderbekräftelsen bifogas.\n\nMed vänliga hälsningar\nAnna Lindström\nLyftteknik Norrland AB\n"
            "Tel 090-555 12 34 | Org.nr 556123-4567\n" + outlook_quote(po, "den 25 november 2026 16:40", "sv"))
    eml = mail(addr("Anna Lindström", s["email"]), buyer_addr(po), "SV: " + req_subject(po),
               date(2026, 11, 27, 9, 12, 60), "<GV1P190MB2001D4E5F6A7B8C9@GV1P190MB2001.EURP190.PROD.OUTLOOK.example>",
               Multi("mixed", [Text(body), Attach(doc, "application/pdf", "Orderbekräftelse_88123.pdf")], style="outlook"),
               po=po)
    return dict(pos=[po], eml=eml, confs=None,
                notes="Quantity and price agree, but the delivery date is contradictory: the text says Wednesday 9 December (2026-12-09), the attached order confirmation says week 52 (2026-12-25). A careful buyer would have to ask -> needs_review.")


@case("nb-no-ball-valves-price-per-10", "confirmation", "nb-NO",
      "Norwegian reply quoting 'kr 1 890,- pr. 10 stk' - per-10 prices that equal the PO unit prices, so everything is accepted.")
def c():
    s = sup("NVVS", "Nordisk VVS-Engros AS", "ordre@nordiskvvs.example", "nb-NO")
    po = PO("4500032517", s, "tom", "NOK", "2026-11-25", [
        L("BV-15-NO", "Ball valve 15 mm compression, chrome", 50, "EA", "189.00", "2026-12-11"),
        L("BV-22-NO", "Ball valve 22 mm compression, chrome", 30, "EA", "245.00", "2026-12-11")])
    body = ("Hei Tom,\n\nordre 4500032517 er bekreftet:\n\n- BV-15-NO: 50 stk, kr 1 890,- pr. 10 stk, levering fredag 11. desember\n"
            "- BV-22-NO: 30 stk, kr 2 450,- pr. 10 stk, levering fredag 11. desember\n\nMed vennlig hilsen\nIngrid Solberg\n"
            "Nordisk VVS-Engros AS | Tlf. 22 55 66 77 | Org.nr. 987 654 321 MVA\n\n"
            f"tor. 26. nov. 2026 kl. 08:14 skrev Tom Hale <{po['buyer']['email']}>:\n" + gt(request_text(po)))
    eml = mail(addr("Ingrid Solberg", s["email"]), buyer_addr(po), "SV: " + req_subject(po),
               date(2026, 11, 26, 14, 50, 60), "<CAMx4n7pR2qS9=tV1wB3yC5zD7fH9jK@mail.gmail.example>",
               Text(body), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: A()})],
                notes="Prices are per 10 pieces: 1 890 / 10 = 189.00 and 2 450 / 10 = 245.00, equal to the PO. Quantities as ordered, 'fredag 11. desember' = 2026-12-11 = requested. All accepted.")


@case("da-dk-copper-pipe-uge51-tillaeg", "confirmation", "da-DK",
      "Danish HTML reply (Gmail-style blockquote): 'uge 51' equals requested date, line 1 copper surcharge gives kr. 78,50 pr. m.")
def c():
    s = sup("KOBROR", "Kobber & Rør ApS", "salg@kobberogror.example", "da-DK")
    po = PO("4500032531", s, "priya", "DKK", "2026-11-25", [
        L("CU-28-DK", "Copper pipe 28 x 1.0 mm, 5 m lengths", 100, "M", "76.00", "2026-12-18"),
        L("CU-35-DK", "Copper pipe 35 x 1.2 mm, 5 m lengths", 50, "M", "112.00", "2026-12-18")])
    txt = ("Hej Priya\n\nVi kan bekræfte ordre 4500032531. Begge linjer leveres i uge 51.\n\n"
           "Linje 1: 100 m à kr. 78,50 pr. m (kobbertillæg pr. december)\nLinje 2: 50 m à kr. 112,00 pr. m som bestilt\n\n"
           "Venlig hilsen\nSøren Madsen\nKobber & Rør ApS · CVR 12345678 · Tlf. 70 20 30 40\n\n"
           f"Den ons. 25. nov. 2026 kl. 13.20 skrev Priya Nair <{po['buyer']['email']}>:\n" + gt(request_text(po)))
    html = ("<div dir=\"ltr\"><p>Hej Priya</p><p>Vi kan bekræfte ordre 4500032531. Begge linjer leveres i uge 51.</p>"
            "<p>Linje 1: 100 m à kr. 78,50 pr. m (kobbertillæg pr. december)<br>Linje 2: 50 m à kr. 112,00 pr. m som bestilt</p>"
            "<p>Venlig hilsen<br>Søren Madsen<br>Kobber &amp; Rør ApS · CVR 12345678 · Tlf. 70 20 30 40</p></div>"
            f"<div class=\"gmail_quote\">Den ons. 25. nov. 2026 kl. 13.20 skrev Priya Nair &lt;{po['buyer']['email']}&gt;:<br>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
            + request_html(po) + "</blockquote></div>")
    eml = mail(addr("Søren Madsen", s["email"]), buyer_addr(po), "SV: " + req_subject(po),
               date(2026, 11, 27, 10, 5, 60), "<CAPq1w2e3r4t5y6u=7i8o9pAsDfGhJkL@mail.gmail.example>",
               Alt(txt, html, style="gmail"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: C(price="78.50"), 2: A()})],
                notes="'uge 51' = Friday 2026-12-18 = requested for both lines. Line 1 price kr. 78,50 per m (copper surcharge) instead of 76.00 -> changed. Line 2 'som bestilt' -> accepted.")


@case("et-ee-drywall-screws-xlsx", "confirmation", "et-EE",
      "Estonian ERP mail in a new thread with an XLSX confirmation (inline strings); the changes (line 2 price, line 3 date) are only in the sheet.")
def c():
    s = sup("TKINN", "Tallinna Kinnitusvahendid OÜ", "myyk@tkinnitus.example", "et-EE")
    po = PO("4500032546", s, "jonas", "EUR", "2026-11-26", [
        L("DS-39-35-EE", "Drywall screw 3.9 x 35 mm, box of 1000", 50, "BOX", "9.80", "2027-01-08"),
        L("DS-39-45-EE", "Drywall screw 3.9 x 45 mm, box of 1000", 50, "BOX", "11.20", "2027-01-08"),
        L("DS-BIT-PH2", "PH2 bit 25 mm, box of 10", 30, "BOX", "3.40", "2027-01-08")])
    sheet = xlsx([["Tellimuse kinnitus / Order confirmation", "", "", "", "", "", ""],
                  ["Kliendi tellimus", "4500032546", "", "Kinnituse nr", "TK-26-0931"],
                  ["Klient", "Kestrel Trade Supply"],
                  [],
                  ["Rida", "Kood", "Nimetus", "Kogus", "Ühik", "Hind EUR", "Tarneaeg"],
                  [1, "DS-39-35-EE", "Kipsplaadikruvi 3,9x35 (1000 tk)", 50, "KAST", 9.8, "08.01.2027"],
                  [2, "DS-39-45-EE", "Kipsplaadikruvi 3,9x45 (1000 tk)", 50, "KAST", 11.6, "08.01.2027"],
                  [3, "DS-BIT-PH2", "Otsik PH2 25 mm (10 tk)", 30, "KAST", 3.4, "15.01.2027"],
                  [],
                  ["Hinnad ei sisalda käibemaksu."]], sheet="Kinnitus")
    body = ("Tere,\n\nmanuses tellimuse 4500032546 kinnitus.\n\nLugupidamisega\nKadri Tamm\nTallinna Kinnitusvahendid OÜ\n"
            "Peterburi tee 46, 11415 Tallinn | tel +372 600 1234 | KMKR EE101234567\n")
    eml = mail(addr("Kadri Tamm", s["email"]), buyer_addr(po), "Tellimuse kinnitus / Order confirmation 4500032546",
               date(2026, 11, 27, 8, 30, 120), "<TK-26-0931.1764224999@tkinnitus.example>",
               Multi("mixed", [Text(body),
                               Attach(sheet, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      "Tellimuse_kinnitus_4500032546.xlsx")]), refs=[])
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: C(price="11.60"), 3: C(date="2027-01-15")})],
                notes="New thread, the body only says 'confirmation attached'. In the XLSX: line 1 as ordered; line 2 price 11.6 instead of 11.20; line 3 Tarneaeg 15.01.2027 instead of 08.01.2027.")


@case("lv-lv-earmuffs-invoice-other-po", "unrelated", "lv-LV",
      "Latvian invoice (PDF) for an earlier order 4500031455 of the same item; it does not answer the open PO.")
def c():
    s = sup("BALTSAF", "Baltic Safety SIA", "pardosana@balticsafety.example", "lv-LV")
    po = PO("4500032560", s, "marta", "EUR", "2026-11-26", [
        L("EM-SNR32-LV", "Earmuff SNR 32 dB, headband", 80, "EA", "11.50", "2027-01-08")])
    doc = pdf(["#Baltic Safety SIA", "Reg. Nr. 40003123456   PVN LV40003123456", "Katlakalna iela 9, Riga, LV-1073", "",
               "#Rekins Nr. BS-2026/1187", "Datums: 26.11.2026     Apmaksas termins: 26.12.2026",
               "Pircejs: Kestrel Trade Supply, Hamburg     Pasutijums: 4500031455", "",
               "Kods          Nosaukums                      Daudz.   Cena     Summa",
               "EM-SNR32-LV   Austinas SNR 32 dB             40 gab   11,50    460,00",
               "", "Kopa bez PVN: 460,00 EUR    PVN 0% (ES reverse charge)    Kopa: 460,00 EUR"], title="Rekins BS-2026/1187")
    body = ("Labdien!\n\nPielikumā rēķins Nr. BS-2026/1187 par preču piegādi pēc Jūsu pasūtījuma Nr. 4500031455.\n"
            "Apmaksas termiņš: 26.12.2026.\n\nAr cieņu\nBaltic Safety SIA grāmatvedība\ntālr. +371 67 123 456\n")
    eml = mail(addr("Baltic Safety grāmatvedība", "rekini@balticsafety.example"), buyer_addr(po),
               "Rēķins Nr. BS-2026/1187", date(2026, 11, 27, 12, 0, 120), "<inv-BS-2026-1187@balticsafety.example>",
               Multi("mixed", [Text(body), Attach(doc, "application/pdf", "Rekins_BS-2026-1187.pdf")]), refs=[])
    return dict(pos=[po], eml=eml, confs=None,
                notes="An invoice for a different, earlier order (4500031455) of the same article; it says nothing about open PO 4500032560 -> unrelated.")


@case("lt-lt-filter-cartridges-dispatch-other", "unrelated", "lt-LT",
      "Lithuanian ISO-8859-13 dispatch notice with tracking number for another order (4500031822) containing the same item.")
def c():
    s = sup("FILTRC", "UAB Filtrų centras", "pardavimai@filtrucentras.example", "lt-LT")
    po = PO("4500032574", s, "tom", "EUR", "2026-11-26", [
        L("FC-AIR-SV", "Air filter cartridge for shop vacuum, pleated", 100, "EA", "7.90", "2026-12-18")])
    body = ("Sveiki,\n\ninformuojame, kad Jūsų užsakymas Nr. 4500031822 išsiųstas 2026-11-27.\n"
            "Siuntos numeris: DPD 05809023456789\nNumatomas pristatymas: 2026-12-01\n\n"
            "Prekės:\nFC-AIR-SV  Oro filtras dulkių siurbliui  50 vnt.\n\n"
            "Pagarbiai\nUAB Filtrų centras sandėlis\nSavanorių pr. 178, Vilnius | tel. +370 5 212 3456\n")
    eml = mail(addr("UAB Filtrų centras", "sandelis@filtrucentras.example", "iso-8859-13"), buyer_addr(po),
               "Siuntos pranešimas / Dispatch notice - užsakymas 4500031822", date(2026, 11, 27, 16, 45, 120),
               "<dispatch-4500031822-20261127@filtrucentras.example>", Text(body, charset="iso-8859-13"), refs=[],
               subject_charset="iso-8859-13")
    return dict(pos=[po], eml=eml, confs=None,
                notes="A shipping notice for another order (4500031822), not for open PO 4500032574, even though the article matches -> unrelated.")


@case("pt-pt-grout-floats-per-duzia", "confirmation", "pt-PT",
      "European Portuguese Outlook reply pricing per dozen: 42,00 €/dúzia = 3.50 (accepted), 45,60 €/dúzia = 3.80 (PO 3.60).")
def c():
    s = sup("FERLUS", "Ferramentas Lusitânia, Lda.", "encomendas@ferlusitania.example", "pt-PT")
    po = PO("4500032588", s, "priya", "EUR", "2026-11-26", [
        L("GF-SP-250", "Grout float 250 x 100 mm, sponge", 120, "EA", "3.50", "2026-12-21"),
        L("GF-RB-280", "Grout float 280 x 120 mm, rubber", 60, "EA", "3.60", "2026-12-21")])
    body = ("Boa tarde D. Priya,\n\nConfirmamos a V/ encomenda n.º 4500032588:\n\n"
            "Linha 1 - 120 un. (10 dúzias) a 42,00 €/dúzia, entrega a 21/12/2026.\n"
            "Linha 2 - 60 un. (5 dúzias) a 45,60 €/dúzia, entrega a 21/12/2026.\n\n"
            "Com os melhores cumprimentos,\nRui Fernandes\nDepartamento Comercial\nFerramentas Lusitânia, Lda. | Rua da Indústria 55, 4470-000 Maia\n"
            "Tel. +351 229 555 010 | NIF 501 234 567\n" + outlook_quote(po, "quinta-feira, 26 de novembro de 2026 10:05", "pt"))
    eml = mail(addr("Rui Fernandes", s["email"]), buyer_addr(po), "RE: " + req_subject(po),
               date(2026, 11, 30, 11, 0, 0), "<DB7PR10MB2468E5F6A7B8C9D0@DB7PR10MB2468.EURPRD10.PROD.OUTLOOK.example>",
               Text(body, charset="windows-1252"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: C(price="3.80")})],
                notes="Prices are per dozen, the PO per piece: 42,00/12 = 3.50 (= PO, accepted); 45,60/12 = 3.80 (PO 3.60 -> changed). Quantities and 21/12/2026 as ordered.")


@case("es-ar-heat-guns-feriado-lunes", "confirmation", "es-AR",
      "Argentine voseo reply: prices '$ 185.000,00' confirmed, but delivery moves to 'el lunes 14/12' because Friday the 11th is a plant holiday.")
def c():
    s = sup("HRPLATA", "Herramientas Río de la Plata S.R.L.", "ventas@herrariodelaplata.example", "es-AR")
    po = PO("4500032602", s, "tom", "ARS", "2026-11-26", [
        L("HG-2000-AR", "Heat gun 2000 W", 20, "EA", "185000.00", "2026-12-11"),
        L("HG-KIT-AR", "Heat gun kit with case and nozzles", 10, "SET", "236500.00", "2026-12-11")])
    body = ("Hola Tom, ¿cómo andás?\n\nTe confirmo la OC 4500032602: las 20 pistolas de calor a $ 185.000,00 c/u y los 10 kits "
            "a $ 236.500,00 c/u. La entrega la podemos hacer el lunes 14/12 porque el viernes 11 es feriado en la planta.\n\n"
            "Cualquier cosa avisame.\n\nSaludos,\nMartín Acosta\nHerramientas Río de la Plata S.R.L.\n"
            "Tel. (011) 4555-1234 | CUIT 30-71234567-8\n\n"
            f"El jue, 26 nov 2026 a las 11:20, Tom Hale (<{po['buyer']['email']}>) escribió:\n" + gt(request_text(po)))
    eml = mail(addr("Martín Acosta", s["email"]), buyer_addr(po), "RE: " + req_subject(po),
               date(2026, 11, 27, 17, 45, -180), "<CAOa9s8d7f6g5h=4j3k2l1ZxCvBnM0@mail.gmail.example>",
               Text(body), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: C(date="2026-12-14"), 2: C(date="2026-12-14")})],
                notes="Quantities and prices confirmed ($ 185.000,00 = 185000.00). Both lines delivered 'el lunes 14/12' (Monday 2026-12-14) instead of Friday the 11th -> changed dates. 'viernes 11' is the holiday, not a delivery date.")


@case("es-cl-impact-drivers-bare-or-kit", "needs_review", "es-CL",
      "Chilean reply asking whether the bare tool or the kit with batteries is wanted before confirming.")
def c():
    s = sup("ANDESH", "Comercial Andes Herramientas SpA", "ventas@andesherramientas.example", "es-CL")
    po = PO("4500032617", s, "jonas", "CLP", "2026-11-27", [
        L("ID-18V-CL", "Impact driver 18 V", 25, "EA", "89990", "2027-01-15")])
    body = ("Estimado Jonas,\n\njunto con saludar, una consulta antes de confirmar: el código ID-18V-CL en nuestra lista corresponde "
            "a la herramienta sola (sin batería ni cargador). ¿Es correcto, o necesitan el kit con 2 baterías "
            "(código ID-18V-CL-K, $129.990 + IVA)?\n\nQuedo atenta a sus comentarios para enviar la confirmación.\n\n"
            "Saludos cordiales,\nCamila Rojas\nEjecutiva de Ventas | Comercial Andes Herramientas SpA\n+56 2 2555 1234 | RUT 76.123.456-7\n"
            + outlook_quote(po, "viernes, 27 de noviembre de 2026 10:12", "es"))
    eml = mail(addr("Camila Rojas", s["email"]), buyer_addr(po), "RE: " + req_subject(po),
               date(2026, 11, 27, 16, 5, -180), "<CP4PR12MB5123F7A8B9C0D1E2@CP4PR12MB5123.namprd12.prod.outlook.example>",
               Text(body), po=po)
    return dict(pos=[po], eml=eml, confs=None,
                notes="A clarifying question (bare tool or kit?); the confirmation will follow the answer. The kit price is an option, not a commitment -> needs_review.")


@case("es-co-jigsaws-forwarded-bodega", "confirmation", "es-CO",
      "Colombian sales rep forwards the warehouse's internal note: line 1 split 20 on 15 Dec / 10 on 12 Jan, line 2 complete on 15 Dec.")
def c():
    s = sup("FERREVA", "Distribuidora Ferretera del Valle S.A.S.", "ventas@ferrevalle.example", "es-CO")
    po = PO("4500032631", s, "priya", "COP", "2026-11-27", [
        L("JS-650-CO", "Jigsaw 650 W", 30, "EA", "289000", "2027-01-15"),
        L("JS-BL-MET", "Jigsaw blades metal T118A, pack of 5", 100, "SET", "18500", "2027-01-15")])
    body = ("Buenos días Priya,\n\nle reenvío la respuesta de bodega sobre su orden; los precios quedan confirmados tal como "
            "vienen en la OC.\n\nCordialmente,\nAndrés Gómez\nAsesor Comercial | Distribuidora Ferretera del Valle S.A.S.\n"
            "Cel. 315 555 1234 | NIT 900.123.456-7\n\n---------- Forwarded message ---------\n"
            "De: Bodega Cali <bodega@ferrevalle.example>\nDate: vie, 27 nov 2026 a las 18:02\nSubject: RV: OC 4500032631 Kestrel\n"
            "To: Andrés Gómez <andres.gomez@ferrevalle.example>\n\n"
            "Andrés, de la OC 4500032631: caladoras JS-650-CO despachamos 20 el 15 de diciembre y las otras 10 el 12 de enero. "
            "Las hojas JS-BL-MET salen las 100 completas el 15 de diciembre.\n\nSaludos,\nBodega Cali\n\n"
            f"El vie, 27 nov 2026 a las 9:40, Priya Nair <{po['buyer']['email']}> escribió:\n" + gt(request_text(po)))
    eml = mail(addr("Andrés Gómez", "andres.gomez@ferrevalle.example"), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 30, 8, 40, -300), "<CAB7x8y9z0=aBcDeFgHiJkLmNoPq1r2@mail.gmail.example>",
               Text(body), po=po, cc=s["email"])
    return dict(pos=[po], eml=eml, confs=[conf(po, {
        1: C(sched=[(20, "2026-12-15"), (10, "2027-01-12")]), 2: C(date="2026-12-15")})],
        notes="The commitment is in the forwarded warehouse note, endorsed by the rep (prices as in the PO). Dates are dispatch dates without year: line 1 split 20 on 2026-12-15 and 10 on 2027-01-12 (last 2027-01-12, earlier than requested); line 2 all 100 on 2026-12-15 -> changed.")


@case("ca-es-kneeling-mats-dimarts", "confirmation", "ca-ES",
      "Catalan reply with weekday+date phrases; line 2 moves to 'dimarts 22 de desembre' (2026-12-22), and 'el dia 21' is only their own inbound date.")
def c():
    s = sup("FVALLES", "Ferreteria Industrial Vallès, S.L.", "comandes@ferrevalles.example", "ca-ES")
    po = PO("4500032645", s, "marta", "EUR", "2026-11-27", [
        L("KM-PRO-50", "Kneeling mat 500 x 300 mm, professional", 80, "EA", "9.90", "2026-12-18"),
        L("KM-GARD-40", "Garden kneeler with handles", 40, "EA", "17.50", "2026-12-18")])
    body = ("Bon dia Marta,\n\nus confirmem la comanda 4500032645:\n\n- KM-PRO-50: 80 u. a 9,90 €, lliurament divendres 18 de desembre.\n"
            "- KM-GARD-40: 40 u. a 17,50 €, lliurament dimarts 22 de desembre (ens arriben del fabricant el dia 21).\n\n"
            "Salutacions cordials,\nJordi Puig i Serra\nFerreteria Industrial Vallès, S.L. | Sabadell | 93 555 12 34\n\n"
            f"El dv., 27 de nov. 2026 a les 12:02, Marta Lindqvist <{po['buyer']['email']}> va escriure:\n" + gt(request_text(po)))
    eml = mail(addr("Jordi Puig i Serra", s["email"]), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 30, 12, 30, 60), "<a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d@ferrevalles.example>",
               Text(body, charset="iso-8859-15"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: C(date="2026-12-22")})],
                notes="Line 1 as ordered (divendres 18 de desembre = 2026-12-18). Line 2 delivered dimarts 22 de desembre = 2026-12-22; 'el dia 21' is when the goods reach the supplier, not our delivery date.")


@case("en-ie-loppers-exim-bounce", "bounce", "en-IE",
      "Exim plain-text bounce 'Mail delivery failed: returning message to sender' (no DSN part) with the original request copied below.")
def c():
    s = sup("EMERALD", "Emerald Garden Tools Ltd", "orders@emeraldgardentools.example", "en-IE")
    po = PO("4500032659", s, "jonas", "EUR", "2026-11-27", [
        L("LP-GEAR-710", "Geared anvil lopper 710 mm", 30, "EA", "24.90", "2027-01-08")])
    body = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered "
            "to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
            f"  {s['email']}\n    host mail.emeraldgardentools.example [198.51.100.23]\n"
            f"    SMTP error from remote mail server after end of data:\n    550 5.7.1 Message rejected due to content restrictions\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            "Return-path: <jonas.weber@kestrel-supply.example>\nReceived: from [10.20.1.44] (helo=ws-jweber)\n"
            "\tby mx2.kestrel-supply.example with esmtpsa (Exim 4.98)\n\tid 1vQx7a-00042k-3F; Fri, 27 Nov 2026 15:11:58 +0100\n"
            f"From: Jonas Weber <jonas.weber@kestrel-supply.example>\nTo: {s['email']}\nSubject: {req_subject(po)}\n"
            f"Date: Fri, 27 Nov 2026 15:11:57 +0100\nMessage-ID: {po['request_message_id']}\n\n" + request_text(po))
    eml = mail("Mail Delivery System <Mailer-Daemon@mx2.kestrel-supply.example>", "jonas.weber@kestrel-supply.example",
               "Mail delivery failed: returning message to sender", date(2026, 11, 27, 15, 12, 60, 3),
               "<E1vQx7b-00042n-5H@mx2.kestrel-supply.example>", Text(body, cte="7bit"), refs=[],
               extra=[("X-Failed-Recipients", s["email"]), ("Auto-Submitted", "auto-replied")])
    return dict(pos=[po], eml=eml, confs=None,
                notes="Exim non-delivery message (permanent error 550 5.7.1) with the original PO request copied; no supplier answer -> bounce.")


@case("mt-mt-multimeters-account-form", "needs_review", "mt-MT",
      "Maltese reply: new customer must return a credit-account form and VAT number before the order is confirmed (PDF form attached).")
def c():
    s = sup("MTMEAS", "Malta Test & Measure Ltd", "sales@mtmeasure.example", "mt-MT")
    po = PO("4500032673", s, "tom", "EUR", "2026-11-27", [
        L("MM-CAT4-MT", "Digital multimeter CAT IV 600 V, True RMS", 10, "EA", "129.00", "2026-12-16"),
        L("MM-PROBE-MT", "Temperature probe K-type for multimeter", 10, "EA", "14.50", "2026-12-16")])
    form = pdf(["#Malta Test & Measure Ltd", "Credit Account Application", "", "Company name: ____________________",
                "VAT number: ____________________", "Registered address: ____________________", "Accounts contact: ______________",
                "Requested credit limit (EUR): ________", "", "Signature: ____________   Date: __________"],
               title="Credit Account Application")
    body = ("Bongu Tom,\n\nGrazzi tal-ordni 4500032673. Qabel ma nikkonfermaw, peress li intom klijent ġdid, nitolbukom timlew "
            "il-formola tal-credit account mehmuża u tibagħtulna n-numru tal-VAT tagħkom. Malli nirċevuha, nibagħtulkom "
            "il-konferma bil-prezzijiet u d-dati tal-kunsinna.\n\nSaħħa,\nRoberta Camilleri\nMalta Test & Measure Ltd\n"
            "Triq il-Kbira, Mosta MST 1010 | Tel +356 2144 5566 | VAT MT12345678\n")
    eml = mail(addr("Roberta Camilleri", s["email"]), buyer_addr(po), "RE: " + req_subject(po),
               date(2026, 11, 30, 9, 20, 60), "<VI1PR09MB4321A9B8C7D6E5F4@VI1PR09MB4321.eurprd09.prod.outlook.example>",
               Multi("mixed", [Text(body), Attach(form, "application/pdf", "Credit_Account_Form.pdf")], style="outlook"), po=po)
    return dict(pos=[po], eml=eml, confs=None,
                notes="'Qabel ma nikkonfermaw' = before we confirm: they need the account form and VAT number first; prices and dates will follow -> needs_review.")
