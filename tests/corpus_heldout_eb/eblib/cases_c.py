from .common import *


@case("ships-mon-with-you-wed-en-au", "confirmation", "en-AU",
      "Aussie one-liner: 'ships Monday, should be with you Wed' (weekday names only); the delivery day wins over the ship day.")
def c():
    s = sup("SOUTHSAND", "Southern Cross Abrasives Pty Ltd", "orders@sxabrasives.example", "en-AU")
    p = po("4500031701", s, "tj", "AUD", "2026-11-23", [
        ("BS-100-1200", "Belt sander 100 mm, 1200 W", 4, "EA", "329.00", "2026-12-04"),
        ("SB-100-P80", "Sanding belt 100x610 P80, pack of 10", 12, "BOX", "24.50", "2026-12-04")])
    body = ("G'day Tom,\n\nAll good mate, PO 4500031701 is locked in as is. Lot ships Monday, should be with you Wed.\n\nCheers\nBaz\n\n"
            "Barry 'Baz' Nguyen | Southern Cross Abrasives Pty Ltd | ABN 41 123 456 789 | 0412 555 018\n")
    eml = message(reply_headers(p, "Barry Nguyen", "baz@sxabrasives.example", "Re: " + req_subject(p),
                                rfcdate("2026-11-26", "16:48:02", "+1100"), "<SY4P282MB1187C4@sxabrasives.example>"),
                  text(body, cte="7bit"))
    e = expected("confirmation", "Mail dated Thu 2026-11-26: ships Monday 2026-11-30, delivery Wednesday 2026-12-02; delivery wins, earlier than requested 2026-12-04 -> both lines changed (date only), 'as is' for quantity/price.",
                 [conf(p, {1: chg(p, 1, date="2026-12-02"), 2: chg(p, 2, date="2026-12-02")})])
    return [p], eml, e


@case("invoice-other-po-en-nz", "unrelated", "en-NZ",
      "Invoice e-mail from the supplier's accounts team for a different, older PO number, with a PDF invoice; our open PO is not mentioned.")
def c():
    s = sup("KIWILIFT", "KiwiLift Rigging Ltd", "sales@kiwilift.example", "en-NZ")
    p = po("4500031712", s, "mk", "NZD", "2026-11-16", [
        ("LS-RND-1T-2M", "Round sling 1 t, 2 m, violet", 40, "EA", "18.90", "2026-12-14"),
        ("LS-RND-3T-3M", "Round sling 3 t, 3 m, yellow", 20, "EA", "41.00", "2026-12-14")])
    inv = pdf(["KIWILIFT RIGGING LTD   GST 112-334-556", "TAX INVOICE  INV-77841", "Date: 18/11/2026",
               "Bill to: Halvard Industrial Supply   Your order: 4500029870", "",
               "LS-RND-2T-2M  Round sling 2 t, 2 m   30 EA  @ 29.50   885.00",
               "Freight                                          45.00", "Subtotal 930.00  GST 15% 139.50  TOTAL NZD 1,069.50",
               "Due: 20/12/2026. Bank: 12-3140-0123456-00"])
    body = ("Kia ora,\n\nPlease find attached invoice INV-77841 for your order 4500029870 (delivered 16/11/2026).\n"
            "Payment is due by 20/12/2026.\n\nNgā mihi\nAccounts Receivable\nKiwiLift Rigging Ltd | 09 555 4120\n")
    eml = message([("From", "KiwiLift Accounts <accounts@kiwilift.example>"), ("To", "ap@halvard-supply.example"),
                   ("Cc", "Mira Kovač <mira.kovac@halvard-supply.example>".replace("Mira Kovač", hdr("Mira Kovač"))),
                   ("Subject", "Invoice INV-77841 from KiwiLift Rigging Ltd"), ("Date", rfcdate("2026-11-18", "15:00:12", "+1300")),
                   ("Message-ID", "<inv77841.1795050012@xero.kiwilift.example>")],
                  multi("mixed", [text(body, cte="7bit"), attachment("INV-77841.pdf", "application/pdf", inv)], "==inv77841=="))
    e = expected("unrelated", "An invoice for a different order (4500029870, already delivered); it names a sling item and dates but does not answer open PO 4500031712.")
    return [p], eml, e


@case("signature-numbers-en-za", "confirmation", "en-ZA",
      "South African reply 'Confirmed as per your PO' with a changed ISO delivery date, drowned in a signature full of registration, VAT and phone numbers plus a disclaimer.")
def c():
    s = sup("HEFTECH", "Heftech Lifting Solutions (Pty) Ltd", "sales@heftech.example", "en-ZA")
    p = po("4500031725", s, "rp", "ZAR", "2026-11-13", [
        ("LS-WR-2T-2M", "Wire rope sling 2 t, 2 m, eye-eye", 25, "EA", "412.00", "2026-12-11"),
        ("LS-CH-5T", "Chain sling 5 t single leg, 3 m", 5, "EA", "2890.00", "2026-12-11")])
    body = ("Good day Rahul\n\nConfirmed as per your PO, quantities and prices unchanged. Delivery to your site will be 2026-12-16 due to load testing "
            "and certification of the chain sling (certificates will accompany the goods).\n\nKind regards\n\n"
            "Thabo Mokoena\nInternal Sales\nHeftech Lifting Solutions (Pty) Ltd\nReg. No. 2009/012345/07 | VAT No. 4123456789 | B-BBEE Level 2\n"
            "Tel: +27 11 555 0192 | Fax: 086 555 0193 | Cell: 082 555 4411\n14 Steel Road, Spartan, Kempton Park, 1619\n\n"
            "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error "
            "please notify the sender and delete it. Heftech accepts no liability for any loss or damage arising from this e-mail. "
            "All goods are sold subject to our standard terms and conditions (rev. 12/2024), available on request.\n\n" + quote_outlook(p, "en"))
    eml = message(reply_headers(p, "Thabo Mokoena", "thabo@heftech.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-16", "09:02:00", "+0200"), "<JNAP275MB0711@heftech.example>"),
                  multi("alternative", [text(body), html("<div>" + body.replace("\n", "<br>\n") + "</div>")], "_000_JNAP275MB0711heftech_"))
    e = expected("confirmation", "Both lines confirmed with PO quantities and prices; delivery 2026-12-16 (later than 2026-12-11) applies to the whole order -> both changed (date). Numbers in the signature/disclaimer are noise.",
                 [conf(p, {1: chg(p, 1, date="2026-12-16"), 2: chg(p, 2, date="2026-12-16")})])
    return [p], eml, e


@case("ooo-af-za", "auto_reply", "af-ZA",
      "Afrikaans out-of-office ('Ek is met verlof') sent as 'Outomatiese antwoord' without In-Reply-To, mentioning January.")
def c():
    s = sup("VYSELWERK", "Boland Vyselwerke BK", "bestellings@bolandvysel.example", "af-ZA")
    p = po("4500031733", s, "tj", "ZAR", "2026-11-20", [
        ("WV-200-HD", "Workbench vise 200 mm heavy duty", 6, "EA", "1850.00", "2027-01-15")])
    body = ("Goeiedag,\n\nDankie vir u e-pos. Ek is met verlof vanaf 20 November en terug op 4 Januarie 2027. "
            "Vir dringende bestellings kontak asseblief vir Marietjie by 021 555 8810 of marietjie@bolandvysel.example.\n\n"
            "Groete\nHennie Botha\n")
    eml = message(reply_headers(p, "Hennie Botha", "hennie@bolandvysel.example", "Outomatiese antwoord: " + req_subject(p),
                                rfcdate("2026-11-20", "08:31:10", "+0200"), "<ooo.hennie.20261120@bolandvysel.example>", reply=False,
                                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
                  text(body, charset="iso-8859-1"))
    e = expected("auto_reply", "Automatic leave notice; 4 Januarie 2027 is the return date, not a delivery date.")
    return [p], eml, e


@case("gmail-quote-dozen-en-ie", "confirmation", "en-IE",
      "Irish Gmail-style reply over an 'On ... wrote:' quote: glove price given per dozen pairs, one line out of stock permanently.")
def c():
    s = sup("SHAMGLOVE", "Shamrock Safety Supplies Ltd", "orders@shamrocksafety.example", "en-IE")
    p = po("4500031740", s, "mk", "EUR", "2026-11-17", [
        ("VG-WRK-PR-L", "Vinyl work gloves lined, size L", 240, "PR", "1.10", "2026-12-15"),
        ("VG-WRK-PR-XL", "Vinyl work gloves lined, size XL", 120, "PR", "1.10", "2026-12-15")])
    body = ("Hi Mira,\n\nLarge is grand - 240 pairs, but the price has gone to €13.80 per dozen pairs I'm afraid, delivery 15/12 as you asked.\n"
            "XL we can't do any more, the manufacturer stopped making them and we won't be getting more in.\n\nThanks a million,\nSiobhán\n\n"
            "Siobhán Murphy | Shamrock Safety Supplies Ltd | Unit 4, Ballymount Ind. Est., Dublin 12 | +353 1 555 2290\n\n"
            "On Tue, 17 Nov 2026 at 08:30, Mira Kovač <mira.kovac@halvard-supply.example> wrote:\n\n" + quote_gt(p))
    eml = message(reply_headers(p, "Siobhán Murphy", "siobhan@shamrocksafety.example", "Re: " + req_subject(p),
                                rfcdate("2026-11-18", "12:12:12", "+0000"), "<CAKf0Shamrock31740xyz@mail.gmail.example>"),
                  text(body))
    e = expected("confirmation", "Line 1: 13.80 EUR per dozen pairs = 1.15 EUR per PR (PO 1.10) -> changed price, 240 pairs, 15/12 = 2026-12-15. Line 2 discontinued -> rejected.",
                 [conf(p, {1: chg(p, 1, unit_price="1.15"), 2: rej()})])
    return [p], eml, e


@case("swiss-apostrophe-de-ch", "confirmation", "de-CH",
      "Swiss German reply with apostrophe thousands ('1'249.00 CHF') and 'ss' spelling, a changed price on the heavy sander line and a day-named KW date.")
def c():
    s = sup("SCHLEIFCH", "Schleifmaschinen Huber AG", "verkauf@huber-schleif.example", "de-CH")
    p = po("4500031752", s, "as", "CHF", "2026-11-12", [
        ("BS-150-2400", "Stationary belt sander 150 mm, 2400 W", 2, "EA", "1180.00", "2026-12-16"),
        ("BS-75-GRIT-MIX", "Sanding belt set 75x533 mixed grit", 15, "SET", "38.50", "2026-12-16")])
    body = ("Grüezi Frau Sørensen\n\nBesten Dank für Ihre Bestellung 4500031752. Gerne bestätigen wir:\n\n"
            "Pos. 1  2 Stk.  Bandschleifmaschine 150 mm  CHF 1'249.00 / Stk. (neue Preisliste ab 1.11.2026)\n"
            "Pos. 2  15 Set  Schleifbandset 75x533       CHF 38.50 / Set\n\n"
            "Liefertermin beide Positionen: Mittwoch, KW 51.\n\nFreundliche Grüsse\n\nBeat Zürcher\nVerkauf Innendienst\n"
            "Schleifmaschinen Huber AG | Industriestrasse 44 | 8404 Winterthur | Tel. 052 555 71 20 | MWST CHE-112.334.556\n")
    eml = message(reply_headers(p, "Beat Zürcher", "b.zuercher@huber-schleif.example", "AW: " + req_subject(p),
                                rfcdate("2026-11-13", "10:30:00", "+0100"), "<ZRAP278MB0399A@huber-schleif.example>"),
                  text(body))
    e = expected("confirmation", "'Mittwoch, KW 51' names a day -> Wednesday of ISO week 51 = 2026-12-16 = requested. Line 1 price CHF 1'249.00 (apostrophe thousands) vs 1180.00 -> changed; line 2 accepted.",
                 [conf(p, {1: chg(p, 1, unit_price="1249.00"), 2: acc(p, 2)})])
    return [p], eml, e


@case("receipt-only-fr-ch", "needs_review", "fr-CH",
      "Swiss French human reply that only acknowledges receipt and promises the confirmation by Thursday.")
def c():
    s = sup("EXTINCTO", "Extincto SA", "commandes@extincto.example", "fr-CH")
    p = po("4500031760", s, "as", "CHF", "2026-11-16", [
        ("FE-CO2-2", "Fire extinguisher CO2 2 kg", 24, "EA", "96.00", "2026-12-18"),
        ("FE-BRK-W", "Wall bracket for extinguisher", 24, "EA", "8.50", "2026-12-18")])
    body = ("Bonjour Madame,\n\nBien reçu votre commande 4500031760, merci. Elle est en cours de traitement ; nous vous ferons parvenir "
            "la confirmation avec les délais de livraison d'ici jeudi.\n\nMeilleures salutations\n\nSandrine Favre\nService clientèle\n"
            "Extincto SA, Route de la Gare 12, 1023 Crissier | Tél. 021 555 88 10\n")
    eml = message(reply_headers(p, "Sandrine Favre", "s.favre@extincto.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-17", "09:45:30", "+0100"), "<GVAP278MB0122B@extincto.example>"),
                  text(body, charset="iso-8859-1"))
    e = expected("needs_review", "Human receipt only: 'bien reçu', confirmation to follow by Thursday; no quantity, price or date is committed.")
    return [p], eml, e


@case("per-box-of-10-it-it", "confirmation", "it-IT",
      "Italian multipart reply quoting the gauge price per box of 10 ('42,00 € / conf. da 10') which equals the PO per-piece price, with a 'settimana 51' delivery.")
def c():
    s = sup("MANOMIT", "Manometri Italia S.r.l.", "ordini@manometri-italia.example", "it-IT")
    p = po("4500031771", s, "mk", "EUR", "2026-11-13", [
        ("PG-50-4B", "Pressure gauge 50 mm, 0-4 bar, back entry", 100, "EA", "4.20", "2026-12-18"),
        ("PG-63-16-GLY", "Pressure gauge 63 mm, 0-16 bar, glycerine", 40, "EA", "11.90", "2026-12-18")])
    body = ("Gentile Sig.ra Kovač,\n\nconfermiamo il Vs. ordine n. 4500031771:\n\n"
            "- PG-50-4B: 10 confezioni da 10 pz (= 100 pz), prezzo 42,00 € / conf. da 10, consegna settimana 51\n"
            "- PG-63-16-GLY: 40 pz a 11,90 € cad., consegna settimana 51\n\n"
            "Cordiali saluti\nFrancesca Bianchi\nUfficio Commerciale – Manometri Italia S.r.l.\nVia dell'Industria 7, 20861 Brugherio (MB) – P.IVA 01234567890\n"
            "Tel. +39 039 555 2211\n\n" + quote_outlook(p, "it"))
    eml = message(reply_headers(p, "Francesca Bianchi", "f.bianchi@manometri-italia.example", "R: " + req_subject(p),
                                rfcdate("2026-11-16", "11:11:00", "+0100"), "<AM0PR10MB2290F1@manometri-italia.example>"),
                  multi("alternative", [text(body), html("<div style=\"font-family:Verdana\">" + body.replace("\n", "<br>\n") + "</div>")], "_000_AM0PR10MB2290F1_"))
    e = expected("confirmation", "42,00 EUR per box of 10 = 4.20 EUR per EA = PO price; 10 boxes = 100 EA; 'settimana 51' = Friday 2026-12-18 = requested. Both lines accepted.",
                 [conf(p, {1: acc(p, 1), 2: acc(p, 2)})])
    return [p], eml, e


@case("iso-dates-latin7-lt-lt", "confirmation", "lt-LT",
      "Lithuanian ISO-8859-13 reply with ISO-format dates; one vise line accepted, the other confirmed earlier than requested.")
def c():
    s = sup("SPAUSTUVAI", "UAB „Spaustuvai“", "uzsakymai@spaustuvai.example", "lt-LT")
    p = po("4500031785", s, "tj", "EUR", "2026-11-12", [
        ("WV-QR-150", "Quick-release workbench vise 150 mm", 12, "EA", "74.00", "2026-12-21"),
        ("WV-PIPE-80", "Pipe vise 80 mm, bench mount", 6, "EA", "58.00", "2026-12-21")])
    body = ("Laba diena,\n\npatvirtiname užsakymą Nr. 4500031785:\n"
            "1. WV-QR-150 – 12 vnt., 74,00 EUR/vnt., pristatymas 2026-12-21\n"
            "2. WV-PIPE-80 – 6 vnt., 58,00 EUR/vnt., pristatymas 2026-12-14 (prekės sandėlyje)\n\n"
            "Pagarbiai\nRūta Kazlauskienė\nUAB „Spaustuvai“, Kaunas | tel. +370 37 555 214 | Įm. k. 302345678\n")
    eml = message(reply_headers(p, "Rūta Kazlauskienė", "ruta@spaustuvai.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-13", "08:58:00", "+0200"), "<e0c1-4fd2-spaustuvai-31785@spaustuvai.example>", charset="iso-8859-13"),
                  text(body, charset="iso-8859-13"))
    e = expected("confirmation", "Line 1 exactly as ordered. Line 2 delivery 2026-12-14, a week earlier than requested -> changed (date).",
                 [conf(p, {1: acc(p, 1), 2: chg(p, 2, date="2026-12-14")})])
    return [p], eml, e


@case("per-kg-bucket-split-lv-lv", "confirmation", "lv-LV",
      "Latvian reply pricing a 5 kg hand-cleaner bucket per kilogram and splitting it into two deliveries because of stock.")
def c():
    s = sup("TIRIROKAS", "SIA Tīras Rokas", "pasutijumi@tirasrokas.example", "lv-LV")
    p = po("4500031790", s, "rp", "EUR", "2026-11-16", [
        ("HC-CIT-5KG", "Hand cleaner citrus gel, 5 kg bucket", 100, "EA", "24.00", "2026-12-07")])
    body = ("Labdien, Rahul!\n\nPaldies par pasūtījumu 4500031790. Roku tīrīšanas gels 5 kg spainīšos: cena šobrīd ir 5,10 EUR/kg.\n"
            "Noliktavā ir tikai 60 spaiņi – tos piegādāsim 07.12.2026., atlikušos 40 spaiņus – līdz 15.01.2027.\n\n"
            "Ar cieņu\nLīga Bērziņa\nSIA Tīras Rokas | Rīga, Krasta iela 68 | tālr. +371 67 555 412 | PVN LV40003123456\n")
    eml = message(reply_headers(p, "Līga Bērziņa", "liga@tirasrokas.example", "Re: " + req_subject(p),
                                rfcdate("2026-11-17", "14:14:14", "+0200"), "<1795437254.882@tirasrokas.example>"),
                  text(body, cte="base64"))
    e = expected("confirmation", "Price per kg: 5.10 EUR x 5 kg = 25.50 EUR per bucket (PO 24.00). Split: 60 on 2026-12-07, 40 by 2027-01-15 -> changed, quantity 100, schedule, last date 2027-01-15.",
                 [conf(p, {1: chg(p, 1, unit_price="25.50", schedule=[(60, "2026-12-07"), (40, "2027-01-15")])})])
    return [p], eml, e


@case("exim-bounce-et-ee", "bounce", "et-EE",
      "Plain-text Exim 'Mail delivery failed: returning message to sender' (domain not found) quoting our whole request, no DSN part.")
def c():
    s = sup("TALIKAABID", "Talikaabid OÜ", "tellimused@talikaabid.example", "et-EE")
    p = po("4500031802", s, "mk", "EUR", "2026-11-18", [
        ("IS-TEL-60", "Telescopic ice scraper with brush 60-90 cm", 150, "EA", "6.90", "2026-12-11")])
    body = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n  tellimused@talikaabid.example\n"
            "    Unrouteable address\n\n------ This is a copy of the message, including all the headers. ------\n\n"
            "Return-path: <mira.kovac@halvard-supply.example>\nReceived: from [10.0.4.18] by mx2.halvard-supply.example with esmtpsa\n"
            "\tid 1w0KzA-0003Qr-2B; Wed, 18 Nov 2026 08:30:01 +0000\nFrom: Mira Kovac <mira.kovac@halvard-supply.example>\n"
            "To: tellimused@talikaabid.example\nSubject: " + req_subject(p) + "\nDate: Wed, 18 Nov 2026 08:30:00 +0000\nMessage-ID: " + p["request_message_id"] + "\n\n"
            + request_text(p).replace("Ø", "O") + "\n")
    h = [("From", "Mail Delivery System <Mailer-Daemon@mx2.halvard-supply.example>"), ("To", "mira.kovac@halvard-supply.example"),
         ("Subject", "Mail delivery failed: returning message to sender"), ("Date", rfcdate("2026-11-18", "08:30:02", "+0000")),
         ("Message-ID", "<E1w0KzA-0003Qs-4D@mx2.halvard-supply.example>"), ("X-Failed-Recipients", "tellimused@talikaabid.example"),
         ("Auto-Submitted", "auto-replied")]
    eml = message(h, text(body, charset="us-ascii" if all(ord(ch) < 128 for ch in body) else "utf-8", cte="7bit" if all(ord(ch) < 128 for ch in body) else "8bit"))
    e = expected("bounce", "Exim non-delivery report (unrouteable address); the quoted text is our own PO request.")
    return [p], eml, e


@case("full-confirm-sl-si", "confirmation", "sl-SI",
      "Slovenian reply 'Potrjujemo naročilo v celoti' with no per-line detail over an HTML blockquote of our request.")
def c():
    s = sup("APNOSTOP", "Apno-Stop d.o.o.", "prodaja@apnostop.example", "sl-SI")
    p = po("4500031815", s, "as", "EUR", "2026-11-17", [
        ("KD-1L-CIT", "Kettle descaler citric acid, 1 l bottle", 144, "EA", "3.15", "2026-12-15"),
        ("KD-SACH-6", "Kettle descaler sachets, pack of 6", 200, "EA", "2.40", "2026-12-15"),
        ("KD-25KG", "Descaler powder industrial, 25 kg drum", 4, "EA", "118.00", "2026-12-15")])
    h_ = ("<html><body><div>Pozdravljeni,</div><div><br></div><div>potrjujemo naročilo 4500031815 v celoti – količine, cene in rok dobave 15. 12. 2026 "
          "so v redu.</div><div><br></div><div>Lep pozdrav,<br>Matej Novak<br>Apno-Stop d.o.o., Ljubljana<br>tel. 01 555 42 10</div><br>"
          "<div>Dne 17. 11. 2026 ob 08:30 je Anika Sørensen &lt;anika.sorensen@halvard-supply.example&gt; napisal(a):</div>"
          "<blockquote type=\"cite\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">" + request_html_table(p) + "</blockquote></body></html>")
    t = ("Pozdravljeni,\n\npotrjujemo naročilo 4500031815 v celoti – količine, cene in rok dobave 15. 12. 2026 so v redu.\n\nLep pozdrav,\nMatej Novak\n"
         "Apno-Stop d.o.o., Ljubljana\ntel. 01 555 42 10\n\nDne 17. 11. 2026 ob 08:30 je Anika Sørensen <anika.sorensen@halvard-supply.example> napisal(a):\n" + quote_gt(p))
    eml = message(reply_headers(p, "Matej Novak", "matej.novak@apnostop.example", "Re: " + req_subject(p),
                                rfcdate("2026-11-17", "13:03:03", "+0100"), "<7a1e44c0-apnostop-31815@apnostop.example>"),
                  multi("alternative", [text(t), html(h_)], "------------AB12CD34EF56GH78"))
    e = expected("confirmation", "Whole order confirmed ('v celoti'): quantities, prices and 15. 12. 2026 = requested date -> all three lines accepted.",
                 [conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: acc(p, 3)})])
    return [p], eml, e


@case("price-per-piece-hr-hr", "confirmation", "hr-HR",
      "Croatian reply with changed per-piece price on one pulley line and a date written '18.12.' without year on the other.")
def c():
    s = sup("KOLOTURA", "Kolotura d.o.o.", "prodaja@kolotura.example", "hr-HR")
    p = po("4500031823", s, "mk", "EUR", "2026-11-16", [
        ("RP-SNATCH-4T", "Snatch block rope pulley 4 t", 10, "EA", "64.00", "2026-12-18"),
        ("RP-MINI-25", "Mini rope pulley 25 mm, stainless", 50, "EA", "7.80", "2026-12-11")])
    body = ("Poštovana gđo Kovač,\n\npotvrđujemo narudžbu br. 4500031823:\n"
            "1. RP-SNATCH-4T – 10 kom, 64,00 EUR/kom, isporuka 18.12.\n"
            "2. RP-MINI-25 – 50 kom, nova cijena 8,35 EUR/kom (poskupljenje nehrđajućeg čelika), isporuka 11.12.2026.\n\n"
            "Srdačan pozdrav,\nIvana Horvat\nKolotura d.o.o., Zagreb | OIB 12345678901 | tel. +385 1 555 3322\n")
    eml = message(reply_headers(p, "Ivana Horvat", "ivana.horvat@kolotura.example", "Odg: " + req_subject(p),
                                rfcdate("2026-11-17", "10:20:20", "+0100"), "<a8c2-kolotura-31823@kolotura.example>", charset="iso-8859-2"),
                  text(body, charset="iso-8859-2", cte="quoted-printable"))
    e = expected("confirmation", "Line 1: '18.12.' without year -> 2026-12-18 = requested -> accepted. Line 2 price 8,35 vs 7.80 -> changed (date as requested).",
                 [conf(p, {1: acc(p, 1), 2: chg(p, 2, unit_price="8.35")})])
    return [p], eml, e


@case("substitute-offer-sr-rs", "needs_review", "sr-RS",
      "Serbian Cyrillic reply: the ordered sensor is no longer available, an alternative with another price is offered and our approval asked.")
def c():
    s = sup("SENZORRS", "Сензор Плус д.о.о.", "prodaja@senzorplus.example", "sr-RS")
    p = po("4500031836", s, "rp", "EUR", "2026-11-17", [
        ("MS-PIR-12", "PIR motion sensor 12 m, surface mount", 80, "EA", "13.40", "2026-12-18")])
    body = ("Поштовани,\n\nхвала на поруџбини 4500031836. Сензор MS-PIR-12 више није доступан код произвођача. "
            "Можемо понудити замену MS-PIR-14 (домет 14 m, IP54) по цени од 14,90 EUR/ком, испорука 18.12.2026.\n"
            "Молимо да потврдите да ли вам замена одговара, па ћемо послати потврду поруџбине.\n\n"
            "Срдачан поздрав,\nМилан Јовановић\nСензор Плус д.о.о., Нови Сад | тел. +381 21 555 7788 | ПИБ 101234567\n")
    eml = message(reply_headers(p, "Милан Јовановић", "milan.jovanovic@senzorplus.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-18", "09:09:09", "+0100"), "<DB9P189MB1543@senzorplus.example>"),
                  text(body, cte="base64"))
    e = expected("needs_review", "The ordered item is unavailable and a substitute at a different price is proposed, pending our approval; the supplier neither commits nor firmly declines -> a human must decide.")
    return [p], eml, e


@case("ate-dia-pt-pt", "confirmation", "pt-PT",
      "European Portuguese reply with 'até 18 de dezembro' delivery and a changed quantity because of 12-unit packs, over an Outlook quote.")
def c():
    s = sup("RASPAGELO", "Raspa & Gelo, Lda.", "encomendas@raspagelo.example", "pt-PT")
    p = po("4500031840", s, "as", "EUR", "2026-11-16", [
        ("IS-MITT-01", "Ice scraper with glove, fleece lined", 100, "EA", "3.95", "2026-12-18"),
        ("IS-BRASS-10", "Ice scraper brass blade 10 cm", 150, "EA", "1.85", "2026-12-18")])
    body = ("Boa tarde D.ª Anika,\n\nConfirmamos a V/ encomenda n.º 4500031840:\n"
            "- IS-MITT-01: 108 un. (embalagens de 12), 3,95 €/un., entrega até 18 de dezembro\n"
            "- IS-BRASS-10: 150 un., 1,85 €/un., entrega até 18 de dezembro\n\n"
            "Com os melhores cumprimentos,\nRui Carvalho\nRaspa & Gelo, Lda. – Zona Industrial de Aveiro, lote 14 – NIF 509 123 456\nTel. 234 555 120\n\n"
            + quote_outlook(p, "pt"))
    eml = message(reply_headers(p, "Rui Carvalho", "rui.carvalho@raspagelo.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-16", "15:30:30", "+0000"), "<PAXPR08MB6910@raspagelo.example>", charset="iso-8859-1"),
                  text(body, charset="windows-1252", cte="8bit"))
    e = expected("confirmation", "Line 1 rounded up to 108 (packs of 12) -> changed quantity; line 2 accepted. 'até 18 de dezembro' (no year) = 2026-12-18 = requested.",
                 [conf(p, {1: chg(p, 1, quantity=108), 2: acc(p, 2)})])
    return [p], eml, e


@case("weekday-january-ca-es", "confirmation", "ca-ES",
      "Catalan reply: one nozzle line as ordered, the other delivered 'dilluns 11 de gener' (weekday + date, no year, next year).")
def c():
    s = sup("BROQUETS", "Broquets i Polvoritzadors SL", "comandes@broquets.example", "ca-ES")
    p = po("4500031852", s, "tj", "EUR", "2026-11-17", [
        ("NT-FAN-8004", "Nozzle tip flat fan 80-04, ceramic", 400, "PC", "0.95", "2026-12-16"),
        ("NT-AIR-11003", "Air-induction nozzle tip 110-03", 250, "PC", "2.60", "2026-12-16")])
    body = ("Bon dia Tom,\n\nUs confirmem la comanda 4500031852:\n"
            "- NT-FAN-8004: 400 u. a 0,95 €, lliurament 16/12/2026.\n"
            "- NT-AIR-11003: 250 u. a 2,60 €, però no el podrem lliurar fins dilluns 11 de gener (el fabricant tanca per Nadal).\n\n"
            "Salutacions,\nMontse Puig\nBroquets i Polvoritzadors SL · Polígon Can Roqueta, Sabadell · Tel. 93 555 41 20\n")
    eml = message(reply_headers(p, "Montse Puig", "montse@broquets.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-18", "12:40:00", "+0100"), "<8d1e-broquets-31852@broquets.example>", charset="iso-8859-1"),
                  text(body, charset="iso-8859-15"))
    e = expected("confirmation", "Line 1 accepted. Line 2 'dilluns 11 de gener' has no year: next 11 January after the mail = 2027-01-11 (a Monday) -> changed date.",
                 [conf(p, {1: acc(p, 1), 2: chg(p, 2, date="2027-01-11")})])
    return [p], eml, e


@case("basque-ymd-eu-es", "confirmation", "eu-ES",
      "Short Basque reply with a year-first 'AAAA/MM/DD' delivery date and a changed quantity for kettle descaler cartons.")
def c():
    s = sup("KAREAGARB", "Kare Garbiketak S.Koop.", "eskaerak@karegarbi.example", "eu-ES")
    p = po("4500031864", s, "mk", "EUR", "2026-11-18", [
        ("KD-TAB-20", "Kettle descaler tablets, box of 20", 90, "BOX", "4.75", "2026-12-14")])
    body = ("Kaixo Mira,\n\n4500031864 eskaera baieztatzen dugu: 96 kutxa (kartoiak 24 kutxakoak dira), 4,75 € kutxako. Entrega: 2026/12/14.\n\n"
            "Ondo izan,\nAitor Etxeberria\nKare Garbiketak S.Koop. – Arrasate | 943 555 210\n")
    eml = message(reply_headers(p, "Aitor Etxeberria", "aitor@karegarbi.example", "Re: " + req_subject(p),
                                rfcdate("2026-11-19", "08:08:08", "+0100"), "<karegarbi.31864.1795072088@karegarbi.example>"),
                  text(body))
    e = expected("confirmation", "Quantity rounded from 90 to 96 boxes (cartons of 24) -> changed; price 4,75 and 2026/12/14 as ordered.",
                 [conf(p, {1: chg(p, 1, quantity=96)})])
    return [p], eml, e


@case("helpdesk-ticket-es-ar", "auto_reply", "es-AR",
      "Argentine helpdesk auto-acknowledgement ('Hemos recibido su consulta, ticket #48213') that echoes our PO number but commits to nothing.")
def c():
    s = sup("VALVULAR", "Válvulas del Plata S.A.", "pedidos@valvulasdelplata.example", "es-AR")
    p = po("4500031877", s, "tj", "USD", "2026-11-18", [
        ("GV-3-BR", "Gate valve 3\" bronze, threaded", 10, "EA", "142.00", "2027-01-20"),
        ("GV-1-BR", "Gate valve 1\" bronze, threaded", 30, "EA", "38.50", "2027-01-20")])
    body = ("Estimado cliente:\n\nHemos recibido su mensaje \"" + req_subject(p) + "\" y se ha generado el ticket #48213.\n"
            "Un representante de nuestro equipo de Atención Comercial le responderá dentro de las próximas 48 horas hábiles.\n\n"
            "Por favor no responda a este correo. Horario de atención: lunes a viernes de 9 a 18 h.\n\nVálvulas del Plata S.A. – Av. Gral. Paz 5120, Buenos Aires – Tel. (011) 4555-7788\n")
    eml = message(reply_headers(p, "Atención Comercial - Válvulas del Plata", "no-responder@valvulasdelplata.example", "[Ticket #48213] " + req_subject(p),
                                rfcdate("2026-11-18", "10:31:00", "-0300"), "<ticket-48213-ack@helpdesk.valvulasdelplata.example>",
                                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")]),
                  text(body))
    e = expected("auto_reply", "Automatic ticket acknowledgement from a helpdesk system (Auto-Submitted: auto-generated, no-reply sender); it promises a human answer later and commits to nothing.")
    return [p], eml, e
