# -*- coding: utf-8 -*-
"""Cases 019-036"""
from .common import (case, po, conf, exp_conf, exp_kind, C, kw, mdate, reply_mail, mail, text, html,
                     html_doc, multi, attach, quote_outlook, quote_gmail, quote_gt, req_text, req_subject,
                     html_quote_outlook, html_quote_gmail, html_escape, plus_days)


@case("it-settimana-2-tbc", "confirmation", "it-IT",
      "Italian Gmail reply: 'settimana 2' (ISO week 2 of 2027, Friday), 2027 list price on line 2, line 3 'da confermare'.")
def c019():
    p = po("4500031365", "CARBRI", "Carrelli Brianza S.r.l.", "ordini@carrellibrianza.example", "it-IT", "EUR",
           "2026-11-06", [
               ("UC-2T-150", "Utility cart, 2 shelves, 150 kg", 12, "EA", "118.00", "2027-01-15"),
               ("UC-3T-250", "Utility cart, 3 shelves, 250 kg", 6, "EA", "164.00", "2027-01-15"),
               ("UC-CAST-125", "Spare castor 125 mm with brake", 24, "EA", "9.80", "2027-01-15")])
    body = (
        "Buongiorno Dana,\n\n"
        "in riferimento al Vs. ordine n. 4500031365 del 06/11/2026 Vi confermiamo quanto segue:\n\n"
        "- pos. 1: 12 pz a € 118,00 cad., consegna prevista settimana 2\n"
        "- pos. 2: 6 pz a € 171,00 cad. (listino 2027), consegna prevista settimana 2\n"
        "- pos. 3: ruote di ricambio da confermare, attendiamo la disponibilità dal fornitore. "
        "Vi aggiorniamo entro venerdì.\n\n"
        "Cordiali saluti\n\nFrancesca Colombo\nUfficio Commerciale\nCarrelli Brianza S.r.l. - Via Milano 88, "
        "20900 Monza (MB)\nTel. 039 123 4567 - P.IVA IT01234560961\n\n"
        + quote_gmail(p, "Il giorno ven 6 nov 2026 alle ore 10:12 Dana Ruiz <dana.ruiz@buyer.example> ha scritto:"))
    eml = reply_mail(p, ("Francesca Colombo", "f.colombo@carrellibrianza.example"), "Re: " + req_subject(p),
                     mdate("2026-11-10 11:47", 1), "<CAJf8Zq+colombo7731@mail.gmail.com>", text(body))
    exp = exp_conf([conf(p, ["A", C(price="171.00"), "U"])],
                   "'settimana 2' after a Nov 2026 mail = ISO week 2 of 2027, Friday 2027-01-15 = requested. Line 2 "
                   "€171,00 (2027 list). Line 3 'da confermare' -> unconfirmed.")
    return [p], eml, exp


@case("nl-staaltoeslag-pct", "confirmation", "nl-NL",
      "Dutch confirmation with 'week 50/51' deliveries and a '+4% staaltoeslag' that must be applied to the unit price (129,00 -> 134.16).")
def c020():
    p = po("4500031377", "SLBEH", "Sleutelbeheer Nederland B.V.", "verkoop@sleutelbeheer.example", "nl-NL", "EUR",
           "2026-11-05", [
               ("KC-20-GR", "Key cabinet 20 hooks, grey", 10, "EA", "38.50", "2026-12-11"),
               ("KC-100-GR", "Key cabinet 100 hooks, grey", 4, "EA", "129.00", "2026-12-11"),
               ("KC-LOCK-E", "Electronic code lock for key cabinet", 4, "EA", "64.00", "2026-12-11")], buyer=0)
    body = (
        "Goedemiddag Dana,\n\n"
        "Hierbij bevestigen wij uw order 4500031377:\n\n"
        "Regel 1: 10 st. à € 38,50 - levering week 50\n"
        "Regel 2: 4 st. à € 129,00 + 4% staaltoeslag - levering week 50\n"
        "Regel 3: 4 st. à € 64,00 - levering week 51\n\n"
        "Met vriendelijke groet,\n\nJeroen de Vries\nBinnendienst\nSleutelbeheer Nederland B.V.\n"
        "T +31 (0)30 123 45 67 | KvK 12345678 | BTW NL001234567B01 | IBAN NL91 ABNA 0417 1643 00\n\n"
        + quote_outlook(p, labels=("Van", "Verzonden", "Aan", "Onderwerp"), sent="donderdag 5 november 2026 10:12",
                        sep=""))
    eml = reply_mail(p, ("Jeroen de Vries", "j.devries@sleutelbeheer.example"), "RE: " + req_subject(p),
                     mdate("2026-11-09 14:05", 1), "<AM0PR02MB5521.DV77@sleutelbeheer.example>",
                     text(body, "windows-1252"))
    exp = exp_conf([conf(p, ["A", C(price="134.16"), C(date=kw(2026, 51))])],
                   "Week 50 = Fri 2026-12-11 = requested. Line 2: 129,00 + 4% = 134.16. Line 3 week 51 = 2026-12-18.")
    return [p], eml, exp


@case("be-prepayment-question", "needs_review", "nl-BE",
      "Flemish reply: first order, will only execute after prepayment and asks the buyer to agree before sending an order confirmation.")
def c021():
    p = po("4500031389", "FILTRA", "Filtra BV", "info@filtra.example", "nl-BE", "EUR", "2026-11-06", [
        ("AF-G4-592", "Panel air filter G4 592x592x48", 40, "EA", "6.90", "2026-12-15"),
        ("AF-F7-BAG", "Bag filter F7 592x592x600, 8 pockets", 20, "EA", "24.50", "2026-12-15")])
    body = (
        "Beste Dana,\n\n"
        "Bedankt voor uw bestelling 4500031389. Aangezien dit uw eerste bestelling bij ons is, kunnen wij ze enkel "
        "uitvoeren na vooruitbetaling. Kan u bevestigen dat u hiermee akkoord gaat? Dan maken wij een proforma op en "
        "bezorgen wij u de orderbevestiging met leverdatum.\n\n"
        "Met vriendelijke groeten,\nNathalie Peeters\nFiltra BV | Industriepark 12, 9052 Gent\n"
        "Tel. +32 9 123 45 67 | BTW BE 0123.456.789\n\n"
        + quote_gmail(p, "Op vr 6 nov 2026 om 10:12 schreef Dana Ruiz <dana.ruiz@buyer.example>:"))
    eml = reply_mail(p, ("Nathalie Peeters", "nathalie@filtra.example"), "Re: " + req_subject(p),
                     mdate("2026-11-09 09:31", 1), "<c1a2b3d4-filtra-20261109@filtra.example>", text(body))
    exp = exp_kind("needs_review", "Order not confirmed: supplier asks the buyer to accept prepayment first and will "
                                   "only then send the confirmation with a delivery date.")
    return [p], eml, exp


@case("ca-fr-boites-de-12", "confirmation", "fr-CA",
      "Québec French Outlook reply with '42,75 $' prices, line 2 rounded to boxes of 12 (50 -> 60) and '7 janvier' without year.")
def c022():
    p = po("4500031391", "OUTLAU", "Outillage Laurentides inc.", "commandes@outillage-laurentides.example",
           "fr-CA", "CAD", "2026-11-09", [
               ("ND-SET-7M", "Nut driver set, 7 pcs metric", 24, "SET", "42.75", "2027-01-08"),
               ("ND-1/4-HS", "Nut driver 1/4 in, hollow shaft", 50, "EA", "6.40", "2027-01-08")], buyer=3)
    msg = (
        "Bonjour Monsieur Okafor,\n\nMerci pour votre commande. Voici notre confirmation :\n\n"
        "• Ligne 1 : 24 jeux à 42,75 $ chacun, livraison le 7 janvier.\n"
        "• Ligne 2 : ces tournevis sont emballés par boîtes de 12; nous expédierons donc 60 unités à 6,40 $ "
        "l'unité, livraison le 7 janvier également.\n\n"
        "N'hésitez pas à communiquer avec moi pour toute question.\n\nCordialement,\n\n"
        "Marie-Ève Tremblay\nReprésentante aux ventes internes\nOutillage Laurentides inc.\n"
        "450 555-0142, poste 221 | TPS 123456789 RT0001 | TVQ 1234567890 TQ0001\n")
    qlab = ("De", "Envoyé", "À", "Objet")
    plain = msg + "\n" + quote_outlook(p, labels=qlab, sent="9 novembre 2026 09:12", sep="")
    h = "<div>" + html_escape(msg).replace("\n", "<br>\n") + "</div>\n" + html_quote_outlook(p, labels=qlab, sent="9 novembre 2026 09:12")
    body = multi("alternative", [text(plain), html(html_doc(h))], "_000_YT3PR01MB6789TREMBLAY_")
    eml = reply_mail(p, ("Marie-Ève Tremblay", "me.tremblay@outillage-laurentides.example"), "RE: " + req_subject(p),
                     mdate("2026-11-12 15:20", -5), "<YT3PR01MB6789.A1@outillage-laurentides.example>", body)
    exp = exp_conf([conf(p, [C(date="2027-01-07"), C(q=60, date="2027-01-07")])],
                   "'7 janvier' without year after a 2026-11-12 mail = 2027-01-07 (requested 01-08). Line 2 rounded "
                   "to 5 boxes of 12 = 60 at unchanged 6.40.")
    return [p], eml, exp


@case("ch-fr-apostrophe-thousands", "confirmation", "fr-CH",
      "Swiss French with CHF 1'250.50 (apostrophe thousands, point decimal) and line totals; only the tripod price changes.")
def c023():
    p = po("4500031403", "NIVOTEC", "Nivotec SA", "vente@nivotec.example", "fr-CH", "CHF", "2026-11-05", [
        ("RL-H2S", "Rotating laser, horizontal, with receiver", 3, "EA", "1250.50", "2026-12-18"),
        ("LL-LINE-2", "Cross-line laser level, red", 10, "EA", "189.00", "2026-12-18"),
        ("TRI-ALU-3", "Aluminium tripod 3 m, 5/8in thread", 3, "EA", "145.00", "2026-12-18")])
    body = (
        "Bonjour Madame Ruiz,\n\n"
        "Nous vous remercions de votre commande n° 4500031403 et vous la confirmons comme suit :\n\n"
        "Pos. 1  Laser rotatif H2S          3 pces à CHF 1'250.50 = CHF 3'751.50  livraison le 18.12.2026\n"
        "Pos. 2  Laser lignes croisées     10 pces à CHF   189.00 = CHF 1'890.00  livraison le 18.12.2026\n"
        "Pos. 3  Trépied alu 3 m            3 pces à CHF   152.00 = CHF   456.00  livraison le 18.12.2026\n"
        "        (nouveau tarif fournisseur)\n\n"
        "Total HT CHF 6'097.50, TVA 8.1 % en sus.\n\n"
        "Meilleures salutations\n\nLaurent Favre\nNivotec SA | Route de Genève 42 | 1004 Lausanne\n"
        "+41 21 555 12 34 | CHE-123.456.789 TVA\n\n" + quote_gt(req_text(p)))
    eml = reply_mail(p, ("Laurent Favre", "l.favre@nivotec.example"), "RE: " + req_subject(p),
                     mdate("2026-11-09 16:02", 1), "<ZR0P278MB0987.NV1@nivotec.example>", text(body, "iso-8859-1"))
    exp = exp_conf([conf(p, ["A", "A", C(price="152.00")])],
                   "Swiss format: 1'250.50 = 1250.50 (as ordered). Line 3 CHF 152.00 instead of 145.00. All dates "
                   "18.12.2026 as requested.")
    return [p], eml, exp


@case("ch-de-price-per-5kg-pack", "confirmation", "de-CH",
      "Swiss German quotes prices per 5 kg pack (Fr. 62.00) while the PO is per KG: 62/5 = 12.40 equals the PO, so only line 2's date changes.")
def c024():
    p = po("4500031415", "ZUERCH", "Schweisstechnik Zürcher AG", "verkauf@zuercher-schweiss.example", "de-CH",
           "CHF", "2026-11-06", [
               ("WR-AL-2.5", "Aluminium TIG rods AlMg5, 2.5 mm", 50, "KG", "12.40", "2026-12-11"),
               ("WR-SS316-2.0", "Stainless TIG rods 316L, 2.0 mm", 25, "KG", "31.80", "2026-12-11")], buyer=1)
    body = (
        "Grüezi Herr Keller\n\n"
        "Besten Dank für Ihre Bestellung 4500031415, die wir gerne wie folgt bestätigen:\n\n"
        "Pos. 1  AlMg5 2,5 mm: 10 Pakete à 5 kg = 50 kg, Fr. 62.00 pro Paket, Liefertermin 11.12.2026\n"
        "Pos. 2  316L 2,0 mm: 5 Pakete à 5 kg = 25 kg, Fr. 159.00 pro Paket, Liefertermin 16.12.2026 "
        "(Lieferung ab Werk Deutschland)\n\n"
        "Freundliche Grüsse\n\nReto Zürcher\nSchweisstechnik Zürcher AG\nIndustriestrasse 7 | 8604 Volketswil\n"
        "Tel. 044 555 66 77 | www.zuercher-schweiss.example\n\n"
        + quote_outlook(p, labels=("Von", "Gesendet", "An", "Betreff"), sent="Freitag, 6. November 2026 10:12",
                        sep=""))
    eml = reply_mail(p, ("Reto Zürcher", "reto.zuercher@zuercher-schweiss.example"), "AW: " + req_subject(p),
                     mdate("2026-11-10 07:55", 1), "<GV0P278MB0412.RZ@zuercher-schweiss.example>", text(body))
    exp = exp_conf([conf(p, ["A", C(date="2026-12-16")])],
                   "Per-pack prices: 62.00/5 kg = 12.40/kg and 159.00/5 kg = 31.80/kg, both equal to the PO. "
                   "Line 2 delivery 16.12.2026 instead of 11.12.")
    return [p], eml, exp


@case("se-vecka-51-pack-of-10", "confirmation", "sv-SE",
      "Swedish reply with 'vecka 51' and line 2 rounded up to packs of 10 (25 -> 30).")
def c025():
    p = po("4500031427", "LASTSAK", "Lastsäkring Norden AB", "order@lastsakring.example", "sv-SE", "SEK",
           "2026-11-04", [
               ("SB-50-10", "Ratchet strap 50 mm x 10 m, 5 t", 40, "EA", "249.00", "2026-12-18"),
               ("SB-25-4E", "Ratchet strap 25 mm x 4 m, endless", 25, "EA", "69.00", "2026-12-18")], buyer=1)
    body = (
        "Hej Martin!\n\nTack för beställningen. Vi bekräftar order 4500031427 enligt följande:\n\n"
        "Rad 1: 40 st à 249,00 kr, leverans vecka 51\n"
        "Rad 2: säljs i förpackning om 10 st, vi levererar därför 30 st à 69,00 kr, leverans vecka 51\n\n"
        "Med vänliga hälsningar\nAnna Lindqvist\nKundtjänst, Lastsäkring Norden AB\n"
        "Tel 031-12 34 56 | Org.nr 556123-4567\n\n"
        + quote_outlook(p, labels=("Från", "Skickat", "Till", "Ämne"), sent="den 4 november 2026 10:12", sep=""))
    eml = reply_mail(p, ("Anna Lindqvist", "anna.lindqvist@lastsakring.example"), "SV: " + req_subject(p),
                     mdate("2026-11-05 13:30", 1), "<HE1P190MB0123.AL@lastsakring.example>", text(body, "iso-8859-1"),
                     hcharset="iso-8859-1")
    exp = exp_conf([conf(p, ["A", C(q=30)])],
                   "Vecka 51 = Fri 2026-12-18 = requested. Line 2 rounded to pack of 10: 30 at 69,00.")
    return [p], eml, exp


@case("no-ferie-autosvar", "auto_reply", "nb-NO",
      "Norwegian/English holiday auto-reply (Fraværende) with return date and order-desk address; Auto-Submitted header.")
def c026():
    p = po("4500031430", "VERKHUS", "Verktøyhuset AS", "post@verktoyhuset.example", "nb-NO", "NOK", "2026-11-12", [
        ("FR-250-MF", "Foam roller 250 mm, microfibre/foam", 100, "EA", "24.90", "2026-12-17"),
        ("FR-EXT-2M", "Telescopic extension pole 2 m", 20, "EA", "139.00", "2026-12-17")])
    body = (
        "Takk for din e-post. Jeg er på ferie og tilbake mandag 30. november. E-posten blir ikke videresendt.\n"
        "For bestillinger og ordrebekreftelser, kontakt ordre@verktoyhuset.example eller ring sentralbordet på "
        "22 12 34 56.\n\n"
        "Thank you for your e-mail. I am on holiday and back on Monday 30 November. Your message will not be "
        "forwarded. For orders please contact ordre@verktoyhuset.example or call +47 22 12 34 56.\n\n"
        "Vennlig hilsen\nKari Nordmann\nVerktøyhuset AS\n")
    eml = reply_mail(p, ("Kari Nordmann", "kari.nordmann@verktoyhuset.example"), "Fraværende: " + req_subject(p),
                     mdate("2026-11-12 10:13", 1), "<autoreply.8842.kn@verktoyhuset.example>",
                     text(body, "iso-8859-1"),
                     extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
                     hcharset="iso-8859-1")
    exp = exp_kind("auto_reply", "Holiday auto-reply until 30 November; nothing about the order.")
    return [p], eml, exp


@case("dk-csv-ordrebekraeftelse", "confirmation", "da-DK",
      "Danish two-line mail whose content is a semicolon CSV (windows-1252, comma decimals, dd-mm-yyyy) with a changed price and a later date.")
def c027():
    p = po("4500031442", "SLANGE", "Slangecenter Danmark ApS", "salg@slangecenter.example", "da-DK", "DKK",
           "2026-11-05", [
               ("SR-HOSE-20", "Hose reel with 20 m hose, wall mount", 15, "EA", "349.00", "2026-12-14"),
               ("SR-HOSE-40", "Hose reel trolley, 40 m capacity", 6, "EA", "525.00", "2026-12-14"),
               ("SR-NOZ-8", "Spray nozzle, 8 patterns", 30, "EA", "39.95", "2026-12-14")])
    csv = (
        "Ordrebekræftelse;OB-77312;;;;;;\r\n"
        "Kundens ordre;4500031442;;;;;;\r\n"
        "Linje;Varenr.;Beskrivelse;Antal;Enhed;Stk.pris DKK;Beløb DKK;Leveringsdato\r\n"
        "1;SR-HOSE-20;Slangeopruller m. 20 m slange;15;stk;349,00;5.235,00;14-12-2026\r\n"
        "2;SR-HOSE-40;Slangevogn 40 m;6;stk;549,00;3.294,00;14-12-2026\r\n"
        "3;SR-NOZ-8;Sprøjtepistol 8 funktioner;30;stk;39,95;1.198,50;07-01-2027\r\n"
        "Total ekskl. moms;;;;;;9.727,50;\r\n").encode("windows-1252")
    body = multi("mixed", [
        text("Hej Dana\n\nHermed ordrebekræftelse på jeres ordre 4500031442 - se vedhæftede fil.\n\n"
             "Med venlig hilsen\nMette Jensen\nSlangecenter Danmark ApS | CVR 12345678 | Tlf. 70 20 30 40\n"),
        attach(csv, "text/csv", "OB-77312.csv")], "----=_NextPart_000_0017_01DD5A3B.8C1E2F40")
    eml = reply_mail(p, ("Mette Jensen", "mj@slangecenter.example"), "SV: " + req_subject(p),
                     mdate("2026-11-10 10:44", 1), "<001701dd5a3b$8c1e2f40$@slangecenter.example>", body)
    exp = exp_conf([conf(p, ["A", C(price="549.00"), C(date="2027-01-07")])],
                   "All data is in the CSV: line 2 stk.pris 549,00 (PO 525.00); line 3 delivery 07-01-2027. 5.235,00 "
                   "etc. are Danish thousands separators.")
    return [p], eml, exp


@case("fi-ensi-viikon-tiistai", "confirmation", "fi-FI",
      "Finnish Gmail reply: 'ensi viikon tiistaina' (Tuesday next week) relative to the Date header, and 'viikolla 3' for the bags.")
def c028():
    p = po("4500031454", "SAHKOS", "Sähkösuoja Oy", "myynti@sahkosuoja.example", "fi-FI", "EUR", "2026-11-10", [
        ("IG-CL00-9", "Insulated gloves class 00, size 9", 20, "PR", "38.90", "2026-12-04"),
        ("IG-CL00-10", "Insulated gloves class 00, size 10", 20, "PR", "38.90", "2026-12-04"),
        ("IG-BAG", "Glove storage bag", 10, "EA", "12.50", "2026-12-04")])
    body = (
        "Hei Dana,\n\nkiitos tilauksesta 4500031454. Vahvistamme seuraavasti:\n\n"
        "rivit 1 ja 2: 20 paria kumpaakin kokoa à 38,90 €, toimitetaan ensi viikon tiistaina\n"
        "rivi 3: säilytyspussit 10 kpl à 12,50 €, toimitus viikolla 3 (tulee tehtaalta)\n\n"
        "Ystävällisin terveisin\nMikko Virtanen\nSähkösuoja Oy | puh. 040 123 4567 | Y-tunnus 1234567-8\n\n"
        + quote_gmail(p, "Dana Ruiz <dana.ruiz@buyer.example> kirjoitti ti 10.11.2026 klo 10.12:"))
    eml = reply_mail(p, ("Mikko Virtanen", "mikko.virtanen@sahkosuoja.example"), "Re: " + req_subject(p),
                     mdate("2026-11-26 14:10", 2), "<CAPv3Mk9virtanen-x1@mail.gmail.com>", text(body))
    tue = "2026-12-01"
    exp = exp_conf([conf(p, [C(date=tue), C(date=tue), C(date=kw(2027, 3))])],
                   "Mail is Thu 2026-11-26: 'ensi viikon tiistaina' = Tuesday of next week = 2026-12-01 (earlier "
                   "than requested 12-04 -> changed). 'viikolla 3' = ISO week 3 2027, Fri 2027-01-22.")
    return [p], eml, exp


@case("ee-vastame-homme", "needs_review", "et-EE",
      "Estonian acknowledgement 'we received it, will reply tomorrow with lead times' - commits to nothing.")
def c029():
    p = po("4500031466", "TOSTE", "Tõstetehnika OÜ", "info@tostetehnika.example", "et-EE", "EUR", "2026-11-09", [
        ("CH-LEV-1.5", "Lever chain hoist 1.5 t", 6, "EA", "142.00", "2027-01-11"),
        ("CH-MAN-2-6", "Manual chain hoist 2 t, 6 m lift", 4, "EA", "238.00", "2027-01-11")], buyer=1)
    body = (
        "Tere, Martin!\n\nTellimus 4500031466 on kätte saadud, aitäh. Tarneajad täpsustame tootjaga ja vastame "
        "homme.\n\nLugupidamisega\nKaido Tamm\nTõstetehnika OÜ | Peterburi tee 46, 11415 Tallinn | +372 5123 4567\n\n"
        + quote_gt(req_text(p)))
    eml = reply_mail(p, ("Kaido Tamm", "kaido@tostetehnika.example"), "Re: " + req_subject(p),
                     mdate("2026-11-10 16:45", 2), "<9f7e6d5c-tamm-4500031466@tostetehnika.example>",
                     text(body, "iso-8859-15"), hcharset="iso-8859-15")
    exp = exp_kind("needs_review", "Human receipt only: lead times to be clarified with the manufacturer, answer "
                                   "tomorrow. No line is committed.")
    return [p], eml, exp


@case("lv-cp1257-plain-accept", "confirmation", "lv-LV",
      "Latvian windows-1257 confirmation with dates written '2027. gada 12. janvārī' (locative month); everything as ordered.")
def c030():
    p = po("4500031478", "MERINS", "SIA Mērinstrumenti", "pardosana@merinstrumenti.example", "lv-LV", "EUR",
           "2026-11-06", [
               ("MW-320-D", "Measuring wheel 320 mm, digital counter", 8, "EA", "64.00", "2027-01-12"),
               ("MW-BAG", "Carry bag for measuring wheel", 8, "EA", "9.50", "2027-01-12")])
    body = (
        "Labdien, Dana!\n\nApstiprinām pasūtījumu Nr. 4500031478:\n\n"
        "1. Mērriteņi 320 mm ar digitālo skaitītāju – 8 gab. pa 64,00 EUR, piegāde 2027. gada 12. janvārī.\n"
        "2. Somas mērriteņiem – 8 gab. pa 9,50 EUR, piegāde 2027. gada 12. janvārī.\n\n"
        "Ar cieņu\nLiene Bērziņa\nSIA „Mērinstrumenti” | Brīvības iela 155, Rīga | tālr. +371 67 123 456\n"
        "PVN reģ. Nr. LV40003123456\n\n" + quote_gt(req_text(p)))
    eml = reply_mail(p, ("Liene Bērziņa", "liene.berzina@merinstrumenti.example"), "RE: " + req_subject(p),
                     mdate("2026-11-11 12:20", 2), "<DB9PR04MB8123.LB@merinstrumenti.example>",
                     text(body, "windows-1257"), hcharset="windows-1257")
    exp = exp_conf([conf(p, ["A", "A"])], "Straight confirmation: quantities, prices and 12 Jan 2027 as ordered.")
    return [p], eml, exp


@case("lt-tensioner-discontinued", "confirmation", "lt-LT",
      "Lithuanian multipart (base64) reply with ISO dates; the tensioner is no longer made, so line 3 is rejected.")
def c031():
    p = po("4500031480", "PAKSPR", "UAB Pakavimo sprendimai", "pardavimai@pakavimas.example", "lt-LT", "EUR",
           "2026-11-05", [
               ("PET-16-08", "PET strapping 16 x 0.8 mm, green, 1500 m", 30, "ROL", "38.00", "2026-12-22"),
               ("PET-BKL-16", "Wire buckles for 16 mm strap, box 1000", 6, "BOX", "41.00", "2026-12-22"),
               ("TEN-HAND-16", "Manual strap tensioner 16 mm", 2, "EA", "96.00", "2026-12-22")], buyer=2)
    msg = ("Laba diena,\n\nPatvirtiname užsakymą Nr. 4500031480:\n\n"
           "1 eil. – 30 rit. po 38,00 EUR, pristatymas 2026-12-22\n"
           "2 eil. – 6 dėž. po 41,00 EUR, pristatymas 2026-12-22\n"
           "3 eil. – įtempiklio 16 mm nebegaminame, šios eilutės patvirtinti negalime.\n\n"
           "Pagarbiai\nTomas Kazlauskas\nUAB Pakavimo sprendimai | +370 5 212 3456\n")
    plain = msg + "\n" + quote_outlook(p, labels=("Nuo", "Išsiųsta", "Kam", "Tema"), sent="2026 m. lapkričio 5 d. 11:12")
    h = "<div>" + html_escape(msg).replace("\n", "<br>\n") + "</div>\n" + html_quote_outlook(
        p, labels=("Nuo", "Išsiųsta", "Kam", "Tema"), sent="2026 m. lapkričio 5 d. 11:12")
    body = multi("alternative", [text(plain, "utf-8", "base64"), html(html_doc(h), "utf-8", "base64")],
                 "b1_8a7c6e5d4f3a2b1c0d9e8f7a6b5c4d3e")
    eml = reply_mail(p, ("Tomas Kazlauskas", "tomas.k@pakavimas.example"), "RE: " + req_subject(p),
                     mdate("2026-11-09 10:02", 2), "<8a7c6e5d4f3a@pakavimas.example>", body)
    exp = exp_conf([conf(p, ["A", "A", "R"])], "Lines 1-2 as ordered (2026-12-22). Line 3 no longer produced -> rejected.")
    return [p], eml, exp


@case("hu-ft-space-thousands", "confirmation", "hu-HU",
      "Hungarian ISO-8859-2 base64 reply: 'Ft' prices with space thousands (2 590), dates '2027. január 8.' and '2027.01.15.'; line 3 price and date change.")
def c032():
    p = po("4500031493", "POLCR", "Polcrendszer Kft.", "ertekesites@polcrendszer.example", "hu-HU", "HUF",
           "2026-11-09", [
               ("PT-250-B", "Shelf bracket 250 mm, black", 300, "EA", "890.00", "2027-01-08"),
               ("PT-350-B", "Shelf bracket 350 mm, black", 200, "EA", "1190.00", "2027-01-08"),
               ("SIN-1000-B", "Wall rail 1000 mm, black", 100, "EA", "2450.00", "2027-01-08")])
    body = (
        "Tisztelt Ruiz Dana!\n\nKöszönjük megrendelését (4500031493), az alábbiak szerint visszaigazoljuk:\n\n"
        "1. tétel: 300 db, 890 Ft/db, szállítás: 2027. január 8.\n"
        "2. tétel: 200 db, 1 190 Ft/db, szállítás: 2027. január 8.\n"
        "3. tétel: 100 db, 2 590 Ft/db (a fali sín ára 2026.12.01-től emelkedik), szállítás: 2027.01.15.\n\n"
        "Üdvözlettel:\nNagy Katalin\nértékesítési asszisztens\nPolcrendszer Kft. | 1097 Budapest, Gubacsi út 6.\n"
        "Tel.: +36 1 234 5678 | Adószám: 12345678-2-43\n\n" + quote_gt(req_text(p)))
    eml = reply_mail(p, ("Nagy Katalin", "nagy.katalin@polcrendszer.example"), "Re: " + req_subject(p),
                     mdate("2026-11-12 13:15", 1), "<5e6f7a8b.polcr.20261112@polcrendszer.example>",
                     text(body, "iso-8859-2", "base64"), hcharset="iso-8859-2")
    exp = exp_conf([conf(p, ["A", "A", C(price="2590.00", date="2027-01-15")])],
                   "1 190 Ft = 1190 (as ordered). Line 3: 2 590 Ft and 2027.01.15. The 2026.12.01 is the date the "
                   "price rise takes effect, not a delivery date.")
    return [p], eml, exp


@case("ro-peste-3-saptamani", "confirmation", "ro-RO",
      "Romanian reply with only a relative lead time 'peste 3 săptămâni' to be computed from the Date header.")
def c033():
    p = po("4500031505", "DULCHEI", "Dulapuri Chei SRL", "vanzari@dulapuri-chei.example", "ro-RO", "RON",
           "2026-11-10", [
               ("DC-48", "Key cabinet 48 hooks", 5, "EA", "420.00", "2026-12-15"),
               ("DC-96", "Key cabinet 96 hooks", 2, "EA", "690.00", "2026-12-15")])
    body = (
        "Bună ziua,\n\nVă confirmăm comanda nr. 4500031505: ambele poziții, cantitățile și prețurile conform "
        "comenzii dumneavoastră. Marfa este pe stoc, livrăm peste 3 săptămâni.\n\n"
        "Cu stimă,\nAndreea Popescu\nDepartament vânzări\nDulapuri Chei SRL | CUI RO12345678 | Tel. 0721 234 567\n\n"
        + quote_gmail(p, "În mar., 10 nov. 2026 la 11:12, Dana Ruiz <dana.ruiz@buyer.example> a scris:"))
    eml = reply_mail(p, ("Andreea Popescu", "andreea.popescu@dulapuri-chei.example"), "Re: " + req_subject(p),
                     mdate("2026-11-13 09:40", 2), "<CAE4pop-r0-7711@mail.gmail.com>", text(body))
    d = plus_days("2026-11-13", 21)
    exp = exp_conf([conf(p, [C(date=d), C(date=d)])],
                   "Relative date: 3 weeks after the Fri 2026-11-13 mail = %s, earlier than requested 12-15; "
                   "qty and prices as ordered." % d)
    return [p], eml, exp


@case("bg-newsletter-promo", "unrelated", "bg-BG",
      "Bulgarian HTML newsletter from the same supplier with prices, percentages and a grease-gun promotion; not an answer.")
def c034():
    p = po("4500031517", "INSTRS", "Instrument Servis OOD", "prodajbi@instrument-servis.example", "bg-BG", "EUR",
           "2026-11-10", [
               ("GG-400-P", "Pistol grease gun 400 g", 20, "EA", "14.20", "2026-12-10"),
               ("GG-NOZ-4J", "4-jaw grease coupler", 40, "EA", "3.90", "2026-12-10")], buyer=3)
    msg = ("Коледни промоции в Инструмент Сервиз!\n\n"
           "До 20 декември: -20% на всички ръчни инструменти.\n"
           "Гресьорка 400 г - само 11,36 € (вместо 14,20 €)\n"
           "Ролка за маркуч 20 м - 39,90 €\n"
           "Безплатна доставка над 150 €.\n\n"
           "Вижте всички оферти на www.instrument-servis.example/promo\n\n"
           "Получавате този имейл, защото сте наш клиент. Отписване: "
           "https://instrument-servis.example/unsubscribe?u=88123\n")
    h = ("<table width=\"600\"><tr><td><h1>Коледни промоции</h1><p>До 20 декември: <b>-20%</b> на всички ръчни "
         "инструменти.</p><ul><li>Гресьорка 400 г - само <b>11,36 €</b> <s>14,20 €</s></li><li>Ролка за маркуч "
         "20 м - 39,90 €</li></ul><p>Безплатна доставка над 150 €.</p><p><a href=\"https://instrument-servis."
         "example/promo\">Всички оферти</a></p><p style=\"font-size:10px\">Получавате този имейл, защото сте наш "
         "клиент. <a href=\"https://instrument-servis.example/unsubscribe?u=88123\">Отписване</a></p></td></tr></table>")
    body = multi("alternative", [text(msg), html(html_doc(h))], "=_mc_9a8b7c6d5e4f")
    eml = mail(("Инструмент Сервиз", "newsletter@instrument-servis.example"), ("", p["buyer"]["email"]),
               "Коледни промоции: -20% на ръчни инструменти", mdate("2026-11-17 08:00", 2),
               "<20261117060000.88123.nl@mailer.instrument-servis.example>", body,
               extra=(("Precedence", "bulk"),
                      ("List-Unsubscribe", "<https://instrument-servis.example/unsubscribe?u=88123>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")))
    exp = exp_kind("unrelated", "Marketing newsletter (bulk, List-Unsubscribe); the grease-gun promo price is not a "
                                "reply to PO 4500031517.")
    return [p], eml, exp


@case("gr-iso8859-7-moq", "confirmation", "el-GR",
      "Greek ISO-8859-7 QP reply; line 2 raised to the 200-piece minimum order quantity.")
def c035():
    p = po("4500031520", "PROSTA", "Prostasia Ergasias S.A.", "sales@prostasia.example", "el-GR", "EUR",
           "2026-11-06", [
               ("FFP3-V", "Dust mask FFP3 with valve", 400, "EA", "1.85", "2027-01-15"),
               ("FFP1-NV", "Dust mask FFP1 without valve", 150, "EA", "0.95", "2027-01-15")])
    body = (
        "Καλησπέρα σας κα Ruiz,\n\nΕπιβεβαιώνουμε την παραγγελία σας 4500031520:\n\n"
        "Γραμμή 1: 400 τεμ. x 1,85 € - παράδοση 15/01/2027\n"
        "Γραμμή 2: η ελάχιστη ποσότητα παραγγελίας είναι 200 τεμ., οπότε θα σας αποστείλουμε 200 τεμ. x 0,95 € - "
        "παράδοση 15/01/2027\n\n"
        "Με εκτίμηση,\nΓιώργος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΠροστασία Εργασίας Α.Ε. | Τηλ. 210 123 4567 | "
        "ΑΦΜ 099123456\n\n" + quote_gt(req_text(p)))
    eml = reply_mail(p, ("Giorgos Papadopoulos", "g.papadopoulos@prostasia.example"), "RE: " + req_subject(p),
                     mdate("2026-11-10 17:05", 2), "<VI1PR03MB4456.GP@prostasia.example>",
                     text(body, "iso-8859-7"), hcharset="iso-8859-7")
    exp = exp_conf([conf(p, ["A", C(q=200)])], "Line 2 raised from 150 to the 200-piece MOQ, price and date unchanged.")
    return [p], eml, exp


@case("tr-split-aralik-ocak", "confirmation", "tr-TR",
      "Turkish windows-1254 reply: line 1 split 60 sets in December and 40 in January, dates with Turkish month names and suffixes ('2026'da).")
def c036():
    p = po("4500031532", "AKUAKS", "Akü Aksesuar San. ve Tic. Ltd. Şti.", "satis@akuaksesuar.example", "tr-TR",
           "TRY", "2026-11-05", [
               ("TK-600-3.5", "Jumper cables 600 A, 3.5 m", 100, "SET", "410.00", "2026-12-18"),
               ("TK-1000-5", "Jumper cables 1000 A, 5 m", 40, "SET", "780.00", "2026-12-18")])
    body = (
        "Merhaba Dana Hanım,\n\n4500031532 numaralı siparişinizi aşağıdaki şekilde teyit ederiz:\n\n"
        "1. kalem: 100 takım x 410,00 TL. 60 takım 18 Aralık 2026'da, kalan 40 takım 8 Ocak 2027'de teslim "
        "edilecektir.\n"
        "2. kalem: 40 takım x 780,00 TL, teslim 18 Aralık 2026.\n\n"
        "Fiyatlarımıza KDV dahil değildir.\n\n"
        "Saygılarımızla,\nMehmet Yılmaz\nSatış Müdürü\nAkü Aksesuar San. ve Tic. Ltd. Şti. | +90 212 555 12 34\n\n"
        + quote_outlook(p, labels=("Kimden", "Gönderildi", "Kime", "Konu"), sent="5 Kasım 2026 Perşembe 12:12",
                        sep=""))
    eml = reply_mail(p, ("Mehmet Yılmaz", "mehmet.yilmaz@akuaksesuar.example"), "YNT: " + req_subject(p),
                     mdate("2026-11-11 10:18", 3), "<PR3P195MB0765.MY@akuaksesuar.example>",
                     text(body, "windows-1254"), hcharset="windows-1254")
    exp = exp_conf([conf(p, [C(date="2027-01-08", sched=[(60, "2026-12-18"), (40, "2027-01-08")]), "A"])],
                   "Line 1 split 60 on 2026-12-18 + 40 on 2027-01-08 (total 100, price unchanged). Line 2 as ordered.")
    return [p], eml, exp
