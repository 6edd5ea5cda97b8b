"""Case definitions, part D."""
from .common import (case, make_po, supplier, confirmation, other, chg, ACC, REJ, UNC,
                     at, req_body, req_subject, req_sent, quote_gt, outlook_quote, wd)
from . import mime as M
from . import mail as ML
from .pdf import simple_pdf


# ---------------------------------------------------------------------------
@case("dental-trays-price-per-100-ch", "confirmation", "de-CH",
      "Swiss German prices 'CHF 38.50 / 100 Stk.' against a per-piece PO price of 0.385; one per-100 price is higher")
def d01():
    sup = supplier("HUGDENT", "Abdrucklöffel Hug AG", "bestellungen@hug-dental.example", "de-CH")
    po = make_po("4500231181", sup, "priya", "CHF", "2026-11-30", [
        ("DT-CH-DISP-UM", "Disposable impression tray, upper, medium, PS", 600, "PCS", "0.385", "2026-12-17"),
        ("DT-CH-DISP-LM", "Disposable impression tray, lower, medium, PS", 600, "PCS", "0.385", "2026-12-17"),
        ("DT-CH-ADH-10", "Tray adhesive, 10 ml bottle", 24, "EA", "7.90", "2026-12-17"),
    ], req_at="10:05")
    when = at("2026-12-02 11:25", 1)
    own = ("Grüezi Frau Nair\n\n"
           "Besten Dank für Ihre Bestellung 4500231181. Gerne bestätigen wir:\n\n"
           "Pos. 1  Einweg-Abdrucklöffel OK, mittel   600 Stk.   CHF 38.50 / 100 Stk.   Lieferung 17.12.2026\n"
           "Pos. 2  Einweg-Abdrucklöffel UK, mittel   600 Stk.   CHF 41.00 / 100 Stk.   Lieferung 17.12.2026\n"
           "Pos. 3  Löffeladhäsiv 10 ml                24 Stk.   CHF 7.90 / Stk.        Lieferung 17.12.2026\n\n"
           "Hinweis zu Pos. 2: Die Unterkiefer-Löffel werden neu aus schlagzähem Material gefertigt, daher der\n"
           "angepasste Preis.\n\n"
           "Freundliche Grüsse\n\n"
           "Reto Hug\n"
           "Verkauf Innendienst\n"
           "Abdrucklöffel Hug AG\n"
           "Industriestrasse 7, 8500 Frauenfeld\n"
           "Tel. 052 723 18 40")
    quote = outlook_quote(po, "de", "Bestellungen <bestellungen@hug-dental.example>")
    hs = ML.reply_headers(po, ("Reto Hug", "reto.hug@hug-dental.example"), when,
                          ML.mid("outlook", "d01", ""), prefix="AW: ", charset="windows-1252",
                          extra=ML.outlook_extra(po, "de-CH"))
    eml = M.message(hs, ML.outlook_reply(own, quote, charset="windows-1252", lang="DE-CH"))
    exp = confirmation("Prices per 100 pieces: 38.50/100 = 0.385 (as ordered); 41.00/100 = 0.41 (changed); line 3 as ordered.",
                       (po, {1: ACC, 2: chg(price="0.41"), 3: ACC}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("linen-thread-spools-vs-kg-et", "confirmation", "et-EE",
      "Estonian reply counting 250 g spools and pricing per spool while the PO is in KG; 'järgmisel neljapäeval' relative to a Friday mail")
def d02():
    sup = supplier("LINANE", "Linane Niit OÜ", "tellimused@linaneniit.example", "et-EE")
    po = make_po("4500231185", sup, "sofia", "EUR", "2026-11-30", [
        ("BT-EE-LIN-18-3", "Linen bookbinding thread 18/3, natural, on 250 g spools", 10, "KG", "12.40", "2026-12-10"),
        ("BT-EE-LIN-30-3-W", "Linen thread 30/3, waxed, on 250 g spools", 5, "KG", "15.60", "2026-12-10"),
    ], req_at="14:00")
    when = at("2026-12-04 09:40", 2)
    own = ("Tere, Sofia!\n\n"
           "Aitäh tellimuse eest. Kinnitame:\n\n"
           "- 18/3 naturaalne: 40 rulli à 250 g (kokku 10 kg), hind 3,10 € rull\n"
           "- 30/3 vahatatud: 20 rulli à 250 g (kokku 5 kg), hind 4,15 € rull\n\n"
           "Saadame mõlemad järgmisel neljapäeval.\n\n"
           "Parimate soovidega\n"
           "Kadri Tamm\n"
           "Linane Niit OÜ\n"
           "Tööstuse 14, 80010 Pärnu\n"
           "tel +372 44 31 207")
    attr = "Sofia Lindqvist (<sofia.lindqvist@northfield-group.example>) kirjutas kuupäeval E, 30. november 2026 kell 15:00:"
    hs = ML.reply_headers(po, ("Kadri Tamm", "kadri@linaneniit.example"), when,
                          ML.mid("gmail", "d02"), prefix="Re: ", charset="ISO-8859-15")
    eml = M.message(hs, ML.gmail_reply(own, attr, req_body(po), charset="ISO-8859-15"))
    exp = confirmation("4 spools = 1 kg: 3,10 x 4 = 12.40/kg (as ordered); 4,15 x 4 = 16.60/kg (changed). Mail is Friday 4 Dec, 'next Thursday' = 2026-12-10 (ship date = requested).",
                       (po, {1: ACC, 2: chg(price="16.60")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("harpoon-replicas-reduced-qty-hr", "confirmation", "hr-HR",
      "Croatian (windows-1250) with dates '20. 1. 2027.' (trailing dot); one line reduced to 3 pieces, one line 'together with the harpoons'")
def d03():
    sup = supplier("POMREPL", "Pomorske Replike d.o.o.", "prodaja@pomorske-replike.example", "hr-HR")
    po = make_po("4500231126", sup, "sofia", "EUR", "2026-11-25", [
        ("HR-ADR-HARP-19C", "Museum replica: Adriatic hand harpoon (19th c.), forged iron, ash shaft", 4, "EA", "640.00", "2027-01-20"),
        ("HR-ADR-FOSCA", "Museum replica: fisherman's trident (fosca), 5 prongs", 4, "EA", "285.00", "2027-01-20"),
        ("HR-ROPE-HEMP", "Hemp line, 12 mm, for harpoon display", 30, "M", "6.40", "2027-01-20"),
    ], req_at="11:40")
    when = at("2026-12-03 12:50", 1)
    own = ("Poštovana gospođo Lindqvist,\n\n"
           "zahvaljujemo na narudžbi. Potvrđujemo:\n\n"
           "1. Jadranski ručni harpun – 4 kom. po 640,00 EUR, isporuka 20. 1. 2027.\n"
           "2. Fošća s pet zubaca – možemo izraditi samo 3 kom. do 20. 1. 2027.; kovač je na bolovanju do kraja\n"
           "   prosinca.\n"
           "3. Konop od konoplje 12 mm – 30 m po 6,40 EUR, isporuka zajedno s harpunima.\n\n"
           "Srdačan pozdrav,\n"
           "Ivana Perić\n"
           "Pomorske Replike d.o.o.\n"
           "Riva Boduli 5, 51000 Rijeka\n"
           "tel. 051 335 120")
    quote = outlook_quote(po, "hr", "Prodaja <prodaja@pomorske-replike.example>")
    hs = ML.reply_headers(po, ("Ivana Perić", "ivana.peric@pomorske-replike.example"), when,
                          ML.mid("outlook", "d03", ""), prefix="RE: ", charset="windows-1250",
                          extra=ML.outlook_extra(po, "hr-HR"))
    eml = M.message(hs, ML.outlook_reply(own, quote, charset="windows-1250", lang="HR"))
    exp = confirmation("Line 1 as ordered; line 2 only 3 pieces by 20. 1. 2027 (price unchanged); line 3 ships with the harpoons (20. 1. 2027).",
                       (po, {1: ACC, 2: chg(qty=3), 3: ACC}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("ladder-feet-dispatch-vs-delivered-za", "confirmation", "en-ZA",
      "South African yyyy/mm/dd dates and 'R86,50' prices; dispatch date differs from the delivered date, the delivered date counts")
def d04():
    sup = supplier("CAPEORCH", "Cape Orchard Equipment (Pty) Ltd", "sales@capeorchard.example", "en-ZA")
    po = make_po("4500231152", sup, "martin", "ZAR", "2026-11-27", [
        ("OLF-ZA-TRI-AL", "Tripod orchard ladder foot, cast aluminium", 120, "PCS", "86.50", "2026-12-15"),
        ("OLF-ZA-PAD-RUB", "Rubber pad for ladder foot", 240, "PCS", "18.20", "2026-12-15"),
        ("OLF-ZA-BOLT", "Foot pivot bolt kit, stainless", 120, "SET", "24.90", "2026-12-15"),
    ], req_at="09:50")
    when = at("2026-11-30 16:05", 2)
    own = ("Hi Martin\n\n"
           "Thanks for the order, confirmed as follows:\n\n"
           "Line 1 - Tripod feet, cast alu: 120 pcs @ R86,50\n"
           "Line 2 - Rubber pads: 240 pcs @ R18,20\n"
           "Line 3 - Pivot bolt kits: 120 sets @ R26,40 (stainless went up again, sorry)\n\n"
           "All three lines dispatch ex Paarl on 2026/12/09 by airfreight, delivered to you 2026/12/15.\n"
           "Order total excl. VAT: R17 916,00\n\n"
           "Kind regards\n"
           "Pieter du Toit\n"
           "Sales Manager\n"
           "Cape Orchard Equipment (Pty) Ltd\n"
           "14 Industria Road, Dal Josafat, Paarl 7646\n"
           "Tel: 021 862 4410 | Cell: 082 551 0937\n"
           "Reg. No. 2009/014522/07")
    quote = outlook_quote(po, "en", "Sales <sales@capeorchard.example>", tzh=2)
    hs = ML.reply_headers(po, ("Pieter du Toit", "pieter@capeorchard.example"), when,
                          ML.mid("outlook", "d04", ""), prefix="RE: ", charset="us-ascii",
                          extra=ML.outlook_extra(po, "en-ZA"))
    eml = M.message(hs, ML.outlook_reply(own, quote, charset="us-ascii", lang="EN-ZA"))
    exp = confirmation("Delivered date 2026/12/15 wins over dispatch 2026/12/09; line 3 price R26,40; totals agree (R17 916,00).",
                       (po, {1: ACC, 2: ACC, 3: chg(price="26.40")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("curling-handles-by-item-code-ca", "confirmation", "en-CA",
      "Canadian reply answering by item code in a different order than the PO lines, with 'Dec. 18' / 'Jan. 15' dates")
def d05():
    sup = supplier("LAURCURL", "Laurentian Curling Supply Inc.", "orders@laurentiancurling.example", "en-CA")
    po = make_po("4500231162", sup, "sofia", "CAD", "2026-11-27", [
        ("CS-CA-HDL-BLU", "Curling stone handle, blue, with bolt", 32, "EA", "118.00", "2026-12-18"),
        ("CS-CA-HDL-RED", "Curling stone handle, red, with bolt", 32, "EA", "118.00", "2026-12-18"),
        ("CS-CA-INS-RUN", "Running band insert ring", 16, "EA", "64.00", "2027-01-08"),
    ], req_at="15:30")
    when = at("2026-11-30 10:12", -5)
    own = ("Hi Sofia,\n\n"
           "Thanks for the order! Here's where we're at:\n\n"
           "- Red handles (CS-CA-HDL-RED): all 32 in stock, shipping to arrive Dec. 18.\n"
           "- Running band inserts (CS-CA-INS-RUN): 16 @ $64.00, but these won't be ready until Jan. 15.\n"
           "- Blue handles (CS-CA-HDL-BLU): 32 @ $118.00, arriving Dec. 18 with the red ones.\n\n"
           "Good curling,\n"
           "Jenna\n\n"
           "Jenna MacLeod | Customer Service\n"
           "Laurentian Curling Supply Inc.\n"
           "880 Boul. Industriel, Unit 4, Sudbury ON  P3A 4Z6\n"
           "705-555-0192 ext. 21")
    attr = "On Fri, Nov 27, 2026 at 9:30 AM Sofia Lindqvist <sofia.lindqvist@northfield-group.example> wrote:"
    hs = ML.reply_headers(po, ("Jenna MacLeod", "jenna@laurentiancurling.example"), when,
                          ML.mid("gmail", "d05"), prefix="Re: ")
    eml = M.message(hs, ML.gmail_reply(own, attr, req_body(po)))
    exp = confirmation("Matched by item code: BLU (line 1) and RED (line 2) Dec. 18 as ordered; INS-RUN (line 3) Jan. 15, 2027.",
                       (po, {1: ACC, 2: ACC, 3: chg(date="2027-01-15")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("carb-floats-split-dot-thousands-id", "confirmation", "id-ID",
      "Indonesian reply with dot thousands ('3.000 pcs'), decimal commas ('USD 0,64') and a split delivery on line 2")
def d06():
    sup = supplier("KARBUINDO", "PT Karbu Indo Presisi", "sales@karbuindo.example", "id-ID")
    po = make_po("4500231135", sup, "dana", "USD", "2026-11-25", [
        ("CF-ID-PLAS-VM", "Carburettor float, plastic, for VM24 carburettor", 3000, "PCS", "0.64", "2026-12-21"),
        ("CF-ID-BRASS-28", "Carburettor float, brass, 28 mm", 1000, "PCS", "1.85", "2026-12-21"),
    ], req_at="10:30")
    when = at("2026-11-30 13:15", 7)
    own = ("Dengan hormat Ibu Dana,\n\n"
           "Terima kasih atas PO nomor 4500231135. Bersama ini kami konfirmasi:\n\n"
           "1. Pelampung karburator plastik VM24: 3.000 pcs, harga USD 0,64/pcs, pengiriman tanggal 21 Desember 2026.\n"
           "2. Pelampung kuningan 28 mm: 1.000 pcs, harga USD 1,85/pcs. Untuk item ini pengiriman dibagi dua:\n"
           "   600 pcs tanggal 21 Desember 2026 dan sisanya 400 pcs tanggal 11 Januari 2027.\n\n"
           "Hormat kami,\n"
           "Rina Kurniawati\n"
           "Marketing Export\n"
           "PT Karbu Indo Presisi\n"
           "Kawasan Industri Jababeka II, Jl. Industri Selatan 3 Blok GG No. 7, Cikarang, Bekasi 17530\n"
           "Telp. (021) 8983 4417")
    attr = "Pada tanggal Rab, 25 Nov 2026 pukul 16.30 Dana Ruiz <dana.ruiz@northfield-group.example> menulis:"
    hs = ML.reply_headers(po, ("Rina Kurniawati", "rina.k@karbuindo.example"), when,
                          ML.mid("gmail", "d06"), prefix="Re: ")
    eml = M.message(hs, ML.gmail_reply(own, attr, req_body(po)))
    exp = confirmation("3.000 = 3000, 0,64 = 0.64; line 2 split 600 on 2026-12-21 and 400 on 2027-01-11.",
                       (po, {1: ACC, 2: chg(date="2027-01-11", schedule=[(600, "2026-12-21"), (400, "2027-01-11")])}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("lathe-chucks-latvian-genitive-dates", "confirmation", "lv-LV",
      "Latvian (windows-1257) with '2027. gada 15. janvārī' style dates and a price change")
def d07():
    sup = supplier("RIGATOOL", "SIA Rīgas Instrumentu Rūpnīca", "pardosana@rigas-instrumenti.example", "lv-LV")
    po = make_po("4500231170", sup, "tom", "EUR", "2026-11-30", [
        ("LC-LV-K11-125", "3-jaw chuck K11-125, plain back, with reversible jaws", 10, "EA", "148.00", "2026-12-16"),
        ("LC-LV-BP-125", "Back plate for 125 mm chuck, D1-3", 10, "EA", "46.00", "2026-12-16"),
    ], req_at="09:15")
    when = at("2026-12-02 10:30", 2)
    own = ("Labdien, Achterberga kungs!\n\n"
           "Paldies par pasūtījumu Nr. 4500231170. Apstiprinām:\n\n"
           "1. poz. – patrona K11-125, 10 gab., cena 148,00 EUR/gab., piegāde 2026. gada 16. decembrī;\n"
           "2. poz. – atloks D1-3, 10 gab., cena 49,50 EUR/gab., piegāde 2027. gada 15. janvārī.\n\n"
           "Ar cieņu\n"
           "Jānis Bērziņš\n"
           "Pārdošanas nodaļa\n"
           "SIA \"Rīgas Instrumentu Rūpnīca\"\n"
           "Ganību dambis 17, Rīga, LV-1045\n"
           "Tālr. +371 67 381 904")
    sent = req_sent(po, 2)
    quote = ("No: Tom Achterberg <tom.achterberg@northfield-group.example>\n"
             "Nosūtīts: %s, 2026. gada %d. novembris %d:%02d\n"
             "Kam: Pardosana <pardosana@rigas-instrumenti.example>\n"
             "Tēma: %s\n\n%s" % (wd(sent, "lv"), sent.day, sent.hour, sent.minute, req_subject(po), req_body(po)))
    hs = ML.reply_headers(po, ("Jānis Bērziņš", "janis.berzins@rigas-instrumenti.example"), when,
                          ML.mid("outlook", "d07", ""), prefix="RE: ", charset="windows-1257",
                          extra=ML.outlook_extra(po, "lv-LV"))
    eml = M.message(hs, ML.outlook_reply(own, quote, charset="windows-1257", lang="LV"))
    exp = confirmation("Line 1 as ordered (16. decembrī 2026); line 2 49,50 EUR and 15 January 2027.",
                       (po, {1: ACC, 2: chg(price="49.50", date="2027-01-15")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("unrelated-statement-of-account-sg", "unrelated", "en-SG",
      "Singapore statement of account listing older POs, invoice amounts and due dates (dd/mm/yyyy)")
def d08():
    sup = supplier("MEDNEED", "MedNeedle Asia Pte Ltd", "sales@medneedle-asia.example", "en-SG")
    po = make_po("4500231161", sup, "priya", "USD", "2026-11-27", [
        ("PN-SG-32G-4", "Pen needle 32G x 4 mm, box of 100", 400, "BOX", "5.90", "2027-01-05"),
        ("PN-SG-31G-5", "Pen needle 31G x 5 mm, box of 100", 200, "BOX", "5.70", "2027-01-05"),
    ], req_at="08:10")
    when = at("2026-12-01 09:00", 8)
    t = ("Dear Valued Customer,\n\n"
         "Please find below your statement of account as at 30/11/2026. Kindly arrange payment for the overdue\n"
         "items at your earliest convenience.\n\n"
         "Invoice No.    Inv. Date    Your PO      Due Date     Amount (USD)   Status\n"
         "INV-26-08814   14/08/2026   4500226615   13/10/2026       2,360.00   Overdue\n"
         "INV-26-09902   22/09/2026   4500227940   21/11/2026       1,180.00   Overdue\n"
         "INV-26-11207   06/11/2026   4500229412   05/01/2027       3,540.00   Not due\n\n"
         "Total outstanding: USD 7,080.00\n"
         "Overdue:           USD 3,540.00\n\n"
         "Please disregard this statement if payment has already been made.\n\n"
         "Bank: DBS Bank Ltd, 12 Marina Boulevard, Singapore 018982\n"
         "Account name: MedNeedle Asia Pte Ltd   Account no.: 072-915533-4   SWIFT: DBSSSGSG\n\n"
         "Accounts Receivable\n"
         "MedNeedle Asia Pte Ltd | 10 Ang Mo Kio Street 65, #04-12, Singapore 569059 | +65 6481 2277\n"
         "UEN 201318842K\n")
    hs = [("From", M.addr("MedNeedle Asia - Accounts Receivable", "ar@medneedle-asia.example")),
          ("To", "accounts.payable@northfield-group.example"),
          ("Cc", M.addr("Priya Nair", "priya.nair@northfield-group.example")),
          ("Subject", "Statement of Account as at 30 Nov 2026 - Northfield Supply Group B.V."),
          ("Date", M.date(when)),
          ("Message-ID", ML.mid("outlook", "d08", ""))]
    eml = M.message(hs, M.alternative(M.text(t, charset="us-ascii", cte="7bit"),
                                      M.html(M.html_simple(t, "us-ascii", "Consolas, monospace"), charset="us-ascii", cte="7bit"),
                                      bstyle="outlook"))
    return [po], eml, other("unrelated", "Statement of account for older orders; none of the listed POs is the open one.")


# ---------------------------------------------------------------------------
@case("cue-tips-prices-invalid-nl-be", "needs_review", "nl-BE",
      "Flemish reply: PO prices come from the 2025 list and are no longer valid; asks us to revise the PO (price list PDF attached)")
def d09():
    sup = supplier("BILJART", "Biljartlakens & Pomerans Vlaanderen BV", "verkoop@biljart-vlaanderen.example", "nl-BE")
    po = make_po("4500231140", sup, "tom", "EUR", "2026-11-26", [
        ("BCT-BE-13-M", "Billiard cue tip 13 mm, medium, layered", 400, "PCS", "2.70", "2027-01-06"),
        ("BCT-BE-CHALK-G", "Billiard chalk, green, box of 144", 10, "BOX", "31.50", "2027-01-06"),
    ], req_at="10:55")
    when = at("2026-11-30 15:35", 1)
    own = ("Goeiemiddag Tom,\n\n"
           "Bedankt voor jullie bestelling. Opgelet: de prijzen op jullie PO komen nog uit onze prijslijst 2025\n"
           "en zijn niet meer geldig. Vanaf 1/01/2027 gelden de nieuwe prijzen (zie bijlage), en voor levering\n"
           "in januari moeten we die toepassen.\n\n"
           "Kunnen jullie de bestelling aanpassen en opnieuw doorsturen? Dan bevestig ik meteen met leverdatum.\n\n"
           "Met vriendelijke groeten,\n"
           "Wim De Smedt\n"
           "Verkoop binnendienst\n"
           "Biljartlakens & Pomerans Vlaanderen BV\n"
           "Nijverheidslaan 21, 8540 Deerlijk\n"
           "T +32 56 71 44 90 | BTW BE 0456.782.193")
    quote = outlook_quote(po, "nl", "Verkoop <verkoop@biljart-vlaanderen.example>")
    blocks = [("BILJARTLAKENS & POMERANS VLAANDEREN BV", "B", 13), ("Prijslijst 2027 - geldig vanaf 1/01/2027", "B", 11), "",
              ("Artikel           Omschrijving                          Eenheid    Prijs 2027 (EUR)", "MB", 9),
              ("rule",),
              ("BCT-BE-12-M       Pomerans 12 mm medium, gelaagd        stuk             2,85", "M", 9),
              ("BCT-BE-13-M       Pomerans 13 mm medium, gelaagd        stuk             2,95", "M", 9),
              ("BCT-BE-13-H       Pomerans 13 mm hard, gelaagd          stuk             3,05", "M", 9),
              ("BCT-BE-CHALK-G    Krijt groen, doos 144                 doos            34,20", "M", 9),
              ("BCT-BE-CHALK-B    Krijt blauw, doos 144                 doos            34,20", "M", 9),
              ("rule",), "",
              "Prijzen excl. BTW, af fabriek Deerlijk. Minimum bestelwaarde EUR 150,00."]
    pdf = simple_pdf(blocks, title="Prijslijst 2027", producer="Microsoft Word")
    hs = ML.reply_headers(po, ("Wim De Smedt", "wim.desmedt@biljart-vlaanderen.example"), when,
                          ML.mid("outlook", "d09", ""), prefix="RE: ", charset="windows-1252",
                          extra=ML.outlook_extra(po, "nl-BE", has_attach=True))
    alt = ML.outlook_reply(own, quote, charset="windows-1252", lang="NL-BE")
    eml = M.message(hs, M.mixed(alt, M.attachment(pdf, "application/pdf", "Prijslijst_2027.pdf"), bstyle="outlook"))
    return [po], eml, other("needs_review", "Supplier refuses the PO prices and asks for a revised PO; the attached list gives new prices but nothing is confirmed yet.")


# ---------------------------------------------------------------------------
@case("gondola-clamps-vague-mid-january-ar", "needs_review", "es-AR",
      "Argentine Spanish: 'estimamos despachar a mediados de enero, pero depende...'; price may also be revised")
def d10():
    sup = supplier("ANDESCAB", "Andes Cable Componentes S.A.", "ventas@andescable.example", "es-AR")
    po = make_po("4500231175", sup, "martin", "USD", "2026-11-30", [
        ("GC-AR-CLAMP-32", "Cable clamp for 32 mm rope, fixed-grip chairlift", 16, "EA", "410.00", "2027-01-18"),
        ("GC-AR-BOLTKIT", "Bolt and spring washer kit for fixed grip", 16, "SET", "38.00", "2027-01-18"),
    ], req_at="17:20")
    when = at("2026-12-02 11:48", -3)
    own = ("Hola Martin, ¿cómo estás?\n\n"
           "Recibimos la orden, gracias. Te cuento: las grampas las forjamos con acero que importamos de Brasil\n"
           "y el embarque viene demorado en aduana. Estimamos despachar a mediados de enero, pero depende de que\n"
           "liberen el acero; apenas tenga fecha firme te confirmo todo junto (precio incluido, porque con la\n"
           "suba de costos capaz que tenemos que revisarlo).\n\n"
           "Un abrazo,\n"
           "Fede\n\n"
           "Federico Giménez\n"
           "Andes Cable Componentes S.A.\n"
           "Av. Exequiel Bustillo 9850, (8400) San Carlos de Bariloche, Río Negro\n"
           "Tel. +54 294 446-1270")
    attr = "El lun, 30 nov 2026 a las 13:20, Martin Holm (<martin.holm@northfield-group.example>) escribió:"
    hs = ML.reply_headers(po, ("Federico Giménez", "fgimenez@andescable.example"), when,
                          ML.mid("gmail", "d10"), prefix="Re: ")
    eml = M.message(hs, ML.gmail_reply(own, attr, req_body(po)))
    return [po], eml, other("needs_review", "Only an estimate ('mediados de enero', conditional on customs) and the price may change; firm confirmation promised later.")


# ---------------------------------------------------------------------------
@case("cheese-moulds-line-dropped-bg", "confirmation", "bg-BG",
      "Bulgarian (windows-1251) confirmation with '15.12.2026 г.' dates; third line no longer offered")
def d11():
    sup = supplier("SIRENE", "Kalapi Sirene EOOD", "prodazhbi@kalapi-sirene.example", "bg-BG")
    po = make_po("4500231137", sup, "priya", "EUR", "2026-11-25", [
        ("CM-BG-SIR-10", "White brine cheese mould 10 kg, rectangular, PP", 50, "EA", "32.00", "2026-12-15"),
        ("CM-BG-KASH-2", "Kashkaval mould 2 kg, PP", 80, "EA", "14.50", "2026-12-15"),
        ("CM-BG-CLOTH", "Cheese cloth, cotton, 1.2 x 50 m roll", 10, "EA", "46.00", "2026-12-15"),
    ], req_at="14:40")
    when = at("2026-11-27 09:50", 2)
    own = ("Здравейте, г-жо Наир,\n\n"
           "Благодарим за поръчката. Потвърждаваме:\n\n"
           "1. Калъп за бяло саламурено сирене 10 кг – 50 бр. по 32,00 евро, доставка 15.12.2026 г.\n"
           "2. Калъп за кашкавал 2 кг – 80 бр. по 14,50 евро, доставка 15.12.2026 г.\n"
           "3. Марля за сирене – за съжаление вече не предлагаме този артикул, моля, премахнете го от поръчката.\n\n"
           "Поздрави,\n"
           "Мария Георгиева\n"
           "Търговски отдел\n"
           "Калъпи Сирене ЕООД\n"
           "гр. Смолян 4700, ул. \"Родопи\" 38\n"
           "тел. 0301 6 22 41")
    sent = req_sent(po, 2)
    quote = ("От: Priya Nair <priya.nair@northfield-group.example>\n"
             "Изпратено: %s, %d ноември 2026 г. %d:%02d\n"
             "До: prodazhbi@kalapi-sirene.example\n"
             "Относно: %s\n\n%s" % (wd(sent, "bg"), sent.day, sent.hour, sent.minute, req_subject(po), req_body(po)))
    hs = ML.reply_headers(po, ("Мария Георгиева", "m.georgieva@kalapi-sirene.example"), when,
                          ML.mid("outlook", "d11", ""), prefix="RE: ", charset="windows-1251",
                          extra=ML.outlook_extra(po, "bg-BG"))
    eml = M.message(hs, ML.outlook_reply(own, quote, charset="windows-1251", lang="BG"))
    exp = confirmation("Lines 1-2 as ordered; line 3 no longer offered -> rejected.",
                       (po, {1: ACC, 2: ACC, 3: REJ}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("mannequin-joints-po-number-typo-us", "confirmation", "en-US",
      "US reply citing a transposed PO number (…138, another open PO) while answering the items and thread of …183; ship vs 'you'll have them' dates")
def d12():
    sup = supplier("POSEFORM", "PoseForm Mannequin Hardware Inc.", "cs@poseform.example", "en-US")
    pa = make_po("4500231183", sup, "dana", "USD", "2026-11-30", [
        ("MJ-US-SHLD-BALL", "Shoulder ball joint, 38 mm, with friction screw", 300, "PCS", "3.85", "2026-12-21"),
        ("MJ-US-ANKLE-PIN", "Ankle pin joint with floor rod socket", 300, "PCS", "2.40", "2026-12-21"),
    ], req_at="10:10")
    pb = make_po("4500231138", sup, "dana", "USD", "2026-11-25", [
        ("MJ-US-HAND-FLX", "Flexible mannequin hand, wired fingers", 100, "PR", "12.60", "2027-01-12"),
    ], req_at="13:00")
    when = at("2026-12-01 13:40", -5)
    own = ("Hi Dana,\n\n"
           "We confirm PO# 4500231138 as follows:\n\n"
           "Shoulder ball joints 38mm - 300 pcs @ $3.85 - ships 12/18/2026\n"
           "Ankle pin joints - 300 pcs @ $2.40 - ships 12/18/2026\n\n"
           "Transit to Rotterdam is 3 days by air, so you'll have them 12/21.\n\n"
           "Thanks!\n"
           "Kim\n\n"
           "Kim Nguyen | Customer Success\n"
           "PoseForm Mannequin Hardware Inc.\n"
           "4120 E 12th St, Los Angeles, CA 90023\n"
           "(323) 555-0117")
    quote = outlook_quote(pa, "en-US", "Customer Service <cs@poseform.example>", tzh=-5, rule=True)
    hs = ML.reply_headers(pa, ("Kim Nguyen", "kim.nguyen@poseform.example"), when,
                          ML.mid("outlook-us", "d12"), prefix="RE: ",
                          extra=ML.outlook_extra(pa, "en-US"))
    eml = M.message(hs, ML.outlook_reply(own, quote, charset="us-ascii", lang="EN-US"))
    exp = confirmation("Body cites 4500231138 (typo) but the thread (In-Reply-To, subject, quote) and both items are PO 4500231183; delivery 12/21 wins over ship 12/18 -> as ordered. PO …138 (hands) is not answered.",
                       (pa, {1: ACC, 2: ACC}))
    return [pa, pb], eml, exp


# ---------------------------------------------------------------------------
@case("espresso-parts-greek-win1253", "confirmation", "el-GR",
      "Greek (windows-1253) Gmail reply: 'Γραμμή 3: ... 3,65 €' price change, '16/12/2026' dates")
def d13():
    sup = supplier("KAFETIERA", "Kafetiera Parts S.A.", "sales@kafetiera-parts.example", "el-GR")
    po = make_po("4500231153", sup, "priya", "EUR", "2026-11-27", [
        ("EG-GR-GH-73", "Group head gasket 73 x 57 x 8 mm", 500, "PCS", "0.55", "2026-12-16"),
        ("EG-GR-SCR-57", "Shower screen 57 mm, stainless", 200, "PCS", "1.90", "2026-12-16"),
        ("EG-GR-STEAM-T", "Steam wand tip, 2 holes", 100, "PCS", "3.40", "2026-12-16"),
    ], req_at="12:30")
    when = at("2026-12-01 17:20", 2)
    own = ("Αγαπητή κα Nair,\n\n"
           "Σας ευχαριστούμε για την παραγγελία σας. Επιβεβαιώνουμε:\n\n"
           "Γραμμή 1: 500 τεμ. x 0,55 € - παράδοση 16/12/2026\n"
           "Γραμμή 2: 200 τεμ. x 1,90 € - παράδοση 16/12/2026\n"
           "Γραμμή 3: 100 τεμ. x 3,65 € (νέα τιμή ορειχάλκου) - παράδοση 16/12/2026\n\n"
           "Με εκτίμηση,\n"
           "Νίκος Παπαδόπουλος\n"
           "Τμήμα Πωλήσεων\n"
           "Kafetiera Parts Α.Ε.\n"
           "Λεωφ. Κηφισού 112, 122 41 Αιγάλεω\n"
           "Τηλ. 210 5312 884")
    attr = "Στις Παρ 27 Νοε 2026 στις 1:30 μ.μ., ο/η Priya Nair <priya.nair@northfield-group.example> έγραψε:"
    hs = ML.reply_headers(po, ("Νίκος Παπαδόπουλος", "n.papadopoulos@kafetiera-parts.example"), when,
                          ML.mid("gmail", "d13"), prefix="Re: ", charset="windows-1253")
    eml = M.message(hs, ML.gmail_reply(own, attr, req_body(po), charset="windows-1253"))
    exp = confirmation("Lines 1-2 as ordered; line 3 price 3,65 € instead of 3.40.",
                       (po, {1: ACC, 2: ACC, 3: chg(price="3.65")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("carb-floats-reiwa-era-dates-ja", "confirmation", "ja-JP",
      "Japanese ISO-2022-JP reply with Japanese era dates ('令和8年12月22日', '令和9年1月12日')")
def d14():
    sup = supplier("KEIHOKU", "Keihoku Carburetor Parts Co., Ltd.", "sales@keihoku-carb.example", "ja-JP")
    po = make_po("4500231148", sup, "martin", "JPY", "2026-11-27", [
        ("CF-JP-FLT-PE28", "Carburettor float, PE28 type, plastic", 800, "PCS", "420", "2026-12-22"),
        ("CF-JP-NDL-PE28", "Float needle valve, PE28 type", 800, "PCS", "380", "2026-12-22"),
    ], req_at="11:10")
    when = at("2026-12-01 10:12", 9)
    t = ("Northfield Supply Group B.V.\n"
         "Martin Holm 様\n\n"
         "いつもお世話になっております。京北キャブレター部品の佐藤です。\n\n"
         "注文番号4500231148の件、以下の通りご回答いたします。\n\n"
         "・フロート　PE28用　800個　単価420円　納期：令和8年12月22日\n"
         "・ニードルバルブ　PE28用　800個\n"
         "　→ 材料高騰のため、単価は395円となります。\n"
         "　　納期：令和9年1月12日\n\n"
         "ご査収のほど、よろしくお願いいたします。\n\n"
         "----------------------------------------\n"
         "京北キャブレター部品株式会社　営業課\n"
         "佐藤　健一\n"
         "〒601-1123　京都府京都市左京区静市市原町1108\n"
         "TEL 075-741-2290\n"
         "----------------------------------------\n\n"
         "> %s\n" % "\n> ".join(req_body(po).split("\n")))
    hs = ML.reply_headers(po, ("佐藤 健一", "k-sato@keihoku-carb.example"), when,
                          ML.mid("generic", "d14", "keihoku-carb.example"), prefix="Re: ", charset="iso-2022-jp",
                          extra=[("X-Mailer", "Becky! ver. 2.81.06")])
    eml = M.message(hs, M.text(t, charset="iso-2022-jp", cte="7bit"))
    exp = confirmation("Reiwa 8 = 2026, Reiwa 9 = 2027. Line 1 as ordered; line 2 price 395 JPY and 2027-01-12.",
                       (po, {1: ACC, 2: chg(price="395", date="2027-01-12")}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("pen-needles-malay-discontinued", "confirmation", "ms-MY",
      "Malay reply mixing English terms ('discontinued'), 'USD5.40' and '18 Disember 2026'; one size no longer made")
def d15():
    sup = supplier("JARUMMED", "Jarum Medik Sdn. Bhd.", "jualan@jarummedik.example", "ms-MY")
    po = make_po("4500231164", sup, "priya", "USD", "2026-11-30", [
        ("PN-MY-32G-4", "Pen needle 32G x 4 mm, box of 100", 600, "BOX", "5.40", "2026-12-18"),
        ("PN-MY-32G-6", "Pen needle 32G x 6 mm, box of 100", 400, "BOX", "5.40", "2026-12-18"),
        ("PN-MY-31G-8", "Pen needle 31G x 8 mm, box of 100", 200, "BOX", "5.20", "2026-12-18"),
    ], req_at="08:40")
    when = at("2026-12-01 16:45", 8)
    own = ("Salam sejahtera Cik Priya,\n\n"
           "Terima kasih atas pesanan PO 4500231164. Kami mengesahkan seperti berikut:\n\n"
           "Item 1 (32G x 4mm): 600 kotak @ USD5.40 - penghantaran 18 Disember 2026\n"
           "Item 2 (32G x 6mm): 400 kotak @ USD5.40 - penghantaran 18 Disember 2026\n"
           "Item 3 (31G x 8mm): Harap maaf, saiz 8mm telah dihentikan pengeluaran (discontinued). Kami tidak\n"
           "dapat membekalkan item ini.\n\n"
           "Sekian, terima kasih.\n\n"
           "Nurul Aina binti Hassan\n"
           "Eksekutif Jualan Eksport\n"
           "Jarum Medik Sdn. Bhd.\n"
           "Lot 2213, Jalan Perindustrian Bukit Minyak 7, 14100 Simpang Ampat, Pulau Pinang\n"
           "Tel: +604-502 1187")
    quote = outlook_quote(po, "en", "Jualan <jualan@jarummedik.example>", tzh=8)
    hs = ML.reply_headers(po, ("Nurul Aina binti Hassan", "nurulaina@jarummedik.example"), when,
                          ML.mid("outlook", "d15", ""), prefix="RE: ", charset="us-ascii",
                          extra=ML.outlook_extra(po, "ms-MY"))
    eml = M.message(hs, ML.outlook_reply(own, quote, charset="us-ascii", lang="MS"))
    exp = confirmation("Items 1-2 as ordered; item 3 discontinued -> rejected.",
                       (po, {1: ACC, 2: ACC, 3: REJ}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("accordion-reeds-bottom-posted-de", "confirmation", "de-DE",
      "German Thunderbird reply bottom-posted below the full quote; a date '22.12.' without year and 'mit der ersten Sendung am 15.12.'")
def d16():
    sup = supplier("KLINGHAR", "Klingenthaler Harmonikastimmen GmbH", "vertrieb@klingenthaler-stimmen.example", "de-DE")
    po = make_po("4500231123", sup, "tom", "EUR", "2026-11-24", [
        ("AR-DE-STZ-M-A442", "Accordion reed plate set, treble, A=442 Hz, hand-finished", 60, "SET", "27.80", "2026-12-15"),
        ("AR-DE-BASS-ALU5", "Bass reed plates on aluminium block, 5 voices", 20, "SET", "64.00", "2026-12-15"),
        ("AR-DE-VENTIL-100", "Valve leathers (reed valves), assorted, pack of 100", 30, "BOX", "9.60", "2026-12-15"),
    ], req_at="16:00")
    when = at("2026-11-28 10:20", 1)
    t = ("Am 24.11.26 um 16:00 schrieb Tom Achterberg:\n" + quote_gt(req_body(po)) + "\n\n"
         "Hallo Herr Achterberg,\n\n"
         "Bestellung 4500231123 geht in Ordnung, mit folgender Änderung:\n\n"
         "Diskantstimmen A 442: 60 Sätze, aber Liefertermin erst am 22.12.\n"
         "Baßstimmplatten: wie bestellt.\n"
         "Ventilleder: wie bestellt, kommen mit der ersten Sendung am 15.12.\n\n"
         "Preise wie bestellt.\n\n"
         "Viele Grüße aus dem Vogtland\n"
         "Uwe Seidel\n\n"
         "-- \n"
         "Klingenthaler Harmonikastimmen GmbH\n"
         "Auerbacher Str. 21, 08248 Klingenthal\n"
         "Tel. 037467 2 88 10\n")
    hs = ML.reply_headers(po, ("Uwe Seidel", "u.seidel@klingenthaler-stimmen.example"), when,
                          ML.mid("thunderbird", "d16", "klingenthaler-stimmen.example"), prefix="Re: ",
                          extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")])
    eml = M.message(hs, M.text(t, charset="UTF-8", cte="8bit"))
    exp = confirmation("Answer below the quote. Line 1 delivery 22.12. (= 2026-12-22); lines 2 and 3 as ordered (15.12.).",
                       (po, {1: chg(date="2026-12-22"), 2: ACC, 3: ACC}))
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("organ-leather-red-edits-fr-be", "confirmation", "fr-BE",
      "Belgian French reply that pastes our table back with changes marked in red (HTML); the plain-text part loses the colour")
def d17():
    sup = supplier("CUIRORG", "Cuirs pour Orgues Dethier SRL", "info@cuirs-dethier.example", "fr-BE")
    po = make_po("4500231169", sup, "tom", "EUR", "2026-11-30", [
        ("OL-BE-AGN-04", "Lambskin for pneumatic motors, 0.4 mm", 50, "FT2", "6.20", "2026-12-17"),
        ("OL-BE-CHEV-08", "Goat leather for pallet pouches, 0.8 mm", 30, "FT2", "5.70", "2026-12-17"),
        ("OL-BE-FEUTRE-3", "Felt strip 3 mm, wool, for key beds", 20, "M", "4.85", "2026-12-17"),
        ("OL-BE-COLLE-OS", "Bone glue, pearls, 1 kg", 6, "KG", "16.90", "2026-12-17"),
    ], req_at="11:50")
    when = at("2026-12-02 09:35", 1)
    rows = [("1", "OL-BE-AGN-04", "50", "6,20 €", "17/12/2026", None),
            ("2", "OL-BE-CHEV-08", "30", "6,10 €", "17/12/2026", 3),
            ("3", "OL-BE-FEUTRE-3", "20", "4,85 €", "07/01/2027", 4),
            ("4", "OL-BE-COLLE-OS", "6", "16,90 €", "17/12/2026", None)]
    own = ("Bonjour Monsieur Achterberg,\n\n"
           "Voici votre commande avec nos modifications en rouge :\n\n"
           "Ligne | Article | Quantité | Prix unitaire | Livraison\n"
           + "\n".join("%s | %s | %s | %s | %s" % r[:5] for r in rows) + "\n\n"
           "Les lignes sans modification sont confirmées telles quelles.\n\n"
           "Bien à vous,\n\n"
           "Benoît Dethier\n"
           "Cuirs pour Orgues Dethier SRL\n"
           "Rue de la Tannerie 14, 4800 Verviers\n"
           "Tél. 087 31 55 02 – TVA BE 0871.224.605")
    quote = outlook_quote(po, "fr", "Info <info@cuirs-dethier.example>")
    red = '<span style="color:red">%s</span>'
    trs = []
    for r in rows:
        cells = list(r[:5])
        if r[5] is not None:
            cells[r[5]] = red % cells[r[5]]
        trs.append("<tr>" + "".join('<td style="border:solid windowtext 1.0pt;padding:0 5.4pt">'
                                     '<p class="MsoNormal">%s</p></td>' % c for c in cells) + "</tr>")
    table = ('<p class="MsoNormal">Bonjour Monsieur Achterberg,</p><p class="MsoNormal">&nbsp;</p>'
             '<p class="MsoNormal">Voici votre commande avec nos modifications en <span style="color:red">rouge</span>&nbsp;:</p>'
             '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
             '<tr>' + "".join('<td style="border:solid windowtext 1.0pt;background:#D9E2F3"><p class="MsoNormal"><b>%s</b></p></td>' % h
                              for h in ("Ligne", "Article", "Quantité", "Prix unitaire", "Livraison")) + '</tr>'
             + "".join(trs) + "</table>"
             '<p class="MsoNormal">Les lignes sans modification sont confirmées telles quelles.</p>')
    text = own + "\n\n" + quote
    html = M.html_outlook(text, "windows-1252", lang="FR-BE", quote_from=len(own.split("\n")) + 1)
    own_lines_html = M.html_outlook(own, "windows-1252", lang="FR-BE")
    # replace the plain paragraphs of the greeting+table block with the real table
    start = html.index('<p class="MsoNormal">Bonjour')
    end = html.index('<p class="MsoNormal">Bien à vous') if 'Bien à vous' in html else start
    html = html[:start] + table + '<p class="MsoNormal">&nbsp;</p>' + html[end:]
    del own_lines_html
    hs = ML.reply_headers(po, ("Benoît Dethier", "benoit@cuirs-dethier.example"), when,
                          ML.mid("outlook", "d17", ""), prefix="RE: ", charset="windows-1252",
                          extra=ML.outlook_extra(po, "fr-BE"))
    eml = M.message(hs, M.alternative(M.text(text, charset="windows-1252"),
                                      M.html(html, charset="windows-1252"), bstyle="outlook"))
    exp = confirmation("Table pasted back: line 2 price 6,10 (red), line 3 delivery 07/01/2027 (red); lines 1 and 4 unchanged = confirmed as ordered.",
                       (po, {1: ACC, 2: chg(price="6.10"), 3: chg(date="2027-01-07"), 4: ACC}))
    return [po], eml, exp
