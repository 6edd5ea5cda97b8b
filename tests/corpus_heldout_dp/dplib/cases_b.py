from .common import *


@case("nlnl-xlsx-orderbevestiging", "confirmation", "nl-NL",
      "Dutch cover mail with an XLSX order confirmation (dd-mm-yyyy text dates); two of four lines get later dates only in the sheet.")
def _(c):
    p = c.po("4500219420", "VDIJK", "Etiketten Groothandel Van Dijk B.V.", "verkoop@vandijk-etiket.example", "EUR", "2026-11-12", [
        ("SL-3926-W", "Shelf label strip 39 x 1000 mm, white", 150, "EA", "1.35", "2027-01-08"),
        ("SL-TH-58", "Thermal shelf labels 58 x 40 mm, 1000/roll", 40, "ROL", "7.80", "2027-01-08"),
        ("SL-HLD-CLIP", "Label holder clip-on, transparent 39 mm", 500, "EA", "0.29", "2027-01-08"),
        ("SL-MAG-40", "Magnetic label holder 40 x 100 mm", 200, "EA", "0.95", "2027-01-08")], buyer="jonas")
    x = xlsx([["Orderbevestiging", "OB-2026-08812"], ["Uw ordernummer", "4500219420"], ["Datum", "16-11-2026"], [],
              ["Regel", "Artikel", "Omschrijving", "Aantal", "Eenheid", "Prijs (EUR)", "Leverdatum"],
              [1, "SL-3926-W", "Schaplabelstrip 39x1000 wit", 150, "st", 1.35, "08-01-2027"],
              [2, "SL-TH-58", "Thermo schaplabels 58x40 (1000/rol)", 40, "rol", 7.8, "22-01-2027"],
              [3, "SL-HLD-CLIP", "Labelhouder clip 39 mm transparant", 500, "st", 0.29, "08-01-2027"],
              [4, "SL-MAG-40", "Magnetische labelhouder 40x100", 200, "st", 0.95, "15-01-2027"], [],
              ["Leveringsvoorwaarden: DAP, franco boven EUR 500,-"]], "Orderbevestiging")
    txt = ("Beste Jonas,\n\nIn de bijlage onze orderbevestiging OB-2026-08812 voor uw order 4500219420.\n"
           "Let op: enkele regels hebben een afwijkende leverdatum, zie bijlage.\n\nMet vriendelijke groet,\n\nSanne de Vries\nBinnendienst\n"
           "Etiketten Groothandel Van Dijk B.V. | Industrieweg 22 | 3401 MA IJsselstein\nT +31 (0)30 687 12 34 | KvK 30123456 | BTW NL812345678B01\n")
    c.mail(("Sanne de Vries", "s.devries@vandijk-etiket.example"), "RE: " + req_subject(p), D(2026, 11, 16, 11, 26, "+0100"),
           Mixed(T(txt + quote_outlook(p, "nl")), Att(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "OB-2026-08812.xlsx")), po=p)
    c.confirm(ans(p, {1: "A", 2: dict(date="2027-01-22"), 3: "A", 4: dict(date="2027-01-15")}))
    c.notes = "The commitment is in the XLSX. Dutch dates are day-first: line 2 22-01-2027, line 4 15-01-2027; lines 1 and 3 match the PO (7.8 = 7.80)."


@case("nlbe-week-2-week-4", "confirmation", "nl-BE",
      "Flemish reply: 'levering voorzien in week 2' equals the requested Friday, except laminated buffers 'pas in week 4'; set-of-4 remark is noise.")
def _(c):
    p = c.po("4500219444", "STBVL", "Stootbuffers Vlaanderen BV", "info@stootbuffers-vl.example", "EUR", "2026-11-12", [
        ("DB-450-R", "Dock bumper rubber 450 x 250 x 100 mm", 12, "EA", "64.00", "2027-01-15"),
        ("DB-800-L", "Dock bumper laminated 800 x 250 x 140 mm", 6, "EA", "189.00", "2027-01-15"),
        ("DB-ANK-M16", "Anchor bolt set M16 for dock bumpers", 18, "SET", "11.50", "2027-01-15")])
    txt = ("Dag Mara,\n\nBedankt voor uw bestelling 4500219444. Wij bevestigen:\n\n"
           "- 12 st. rubberen stootbuffers 450x250x100 aan € 64,00/st.\n"
           "- 6 st. gelamineerde buffers 800x250x140 aan € 189,00/st. - deze zijn pas leverbaar in week 4\n"
           "- 18 sets ankerbouten M16 (set = 4 bouten) aan € 11,50/set\n\n"
           "Levering van de rest voorzien in week 2 (2027).\n\nMvg,\nPieter Claes\nStootbuffers Vlaanderen BV\nNijverheidslaan 5, 8540 Deerlijk\n"
           "Tel. 056 12 34 56 | BTW BE 0456.789.123\n")
    c.mail(("Pieter Claes", "pieter.claes@stootbuffers-vl.example"), "RE: " + req_subject(p), D(2026, 11, 13, 14, 2, "+0100"),
           T(txt + quote_outlook(p, "nl"), "windows-1252", "quoted-printable"), po=p)
    c.confirm(ans(p, {1: "A", 2: dict(date="2027-01-29"), 3: "A"}))
    c.notes = "Week 2 of 2027 (no day) = Friday 2027-01-15, which is the requested date, so lines 1 and 3 are accepted. Line 2 week 4 = 2027-01-29. 'set = 4 bouten' does not change the 18 sets."


@case("frca-moq-caisse-60", "confirmation", "fr-CA",
      "Québec reply with ISO dates and '14,25 $' prices; silicone mitts raised to a 60-pair case minimum.")
def _(c):
    p = c.po("4500219460", "QIBEA", "Quincaillerie Industrielle Beauce inc.", "ventes@qibeauce.example", "CAD", "2026-11-13", [
        ("OG-SIL-14", "Oven mitt silicone 14 in, heat resistant 260 C", 48, "PR", "14.25", "2026-12-18"),
        ("OG-ARA-17", "Oven glove aramid 17 in, 5-finger", 20, "PR", "23.90", "2026-12-18")], buyer="tomas")
    txt = ("Bonjour Tomas,\n\nMerci pour la commande. Voici la confirmation :\n\n"
           "1) Mitaines silicone 14 po : la quantité minimum est d'une caisse de 60 paires, donc 60 paires à 14,25 $ la paire, livraison le 2026-12-18.\n"
           "2) Gants aramide 17 po : 20 paires à 23,90 $, livraison le 2026-12-18.\n\nTaxes en sus (TPS/TVQ).\n\nBonne journée!\n\n"
           "Marie-Ève Gagnon\nService à la clientèle\nQuincaillerie Industrielle Beauce inc.\n418 555-0199 poste 3 | 1 800 555-0123\n")
    intro = "Le ven. 13 nov. 2026, à 09 h 14, Tomas Herrera <%s> a écrit :" % p["buyer"]["email"]
    c.mail(("Marie-Ève Gagnon", "megagnon@qibeauce.example"), "RE: " + req_subject(p), D(2026, 11, 16, 10, 12, "-0500"),
           Alt(T(txt + quote_gt(p, intro)), H(html_page(nl2br(txt)) + quote_html(p, intro.replace("<", "&lt;").replace(">", "&gt;")))), po=p)
    c.confirm(ans(p, {1: dict(quantity=60), 2: "A"}))
    c.notes = "Line 1 raised from 48 to 60 pairs (case minimum), price and date unchanged. Line 2 as ordered. Québec writes ISO dates and '14,25 $' (decimal comma, CAD)."


@case("dech-apostrophe-surcharge-pct", "confirmation", "de-CH",
      "Swiss German ('ss', CHF 1'675.52) with a +4 % material surcharge on one line that must be applied to the PO price.")
def _(c):
    p = c.po("4500219481", "ZDICH", "Dichtmittel Zürcher AG", "verkauf@zuercher-dicht.example", "CHF", "2026-11-13", [
        ("TS-PTFE-12", "PTFE thread seal tape 12 mm x 12 m", 400, "ROL", "1.10", "2026-12-11"),
        ("TS-ANA-50", "Anaerobic thread sealant 50 ml, medium strength", 60, "EA", "14.80", "2026-12-11"),
        ("TS-HANF-100", "Sealing hemp 100 g plait", 80, "EA", "3.90", "2026-12-11")], buyer="jonas")
    txt = ("Grüezi Herr Becker\n\nBesten Dank für Ihre Bestellung 4500219481, welche wir gerne wie folgt bestätigen:\n\n"
           "Pos. 1: 400 Rollen à CHF 1.10, Liefertermin 11.12.2026\n"
           "Pos. 2: 60 Stk. à CHF 14.80 zzgl. 4 % Materialteuerungszuschlag, Liefertermin 11.12.2026\n"
           "Pos. 3: 80 Stk. à CHF 3.90, Liefertermin 11.12.2026\n\n"
           "Gesamtwert netto CHF 1'675.52 (exkl. MWST)\n\nFreundliche Grüsse\n\nReto Baumann\nVerkauf Innendienst\n"
           "Dichtmittel Zürcher AG | Industriestrasse 31 | 8604 Volketswil\nTel. +41 44 945 67 00 | CHE-123.456.789 MWST\n")
    c.mail(("Reto Baumann", "reto.baumann@zuercher-dicht.example"), "AW: " + req_subject(p), D(2026, 11, 16, 15, 40, "+0100"),
           Alt(T(txt + quote_outlook(p, "de")), H(html_page(nl2br(txt) + quote_outlook_html(p, "de")))), po=p)
    c.confirm(ans(p, {1: "A", 2: dict(unit_price="15.392"), 3: "A"}))
    c.notes = "Line 2: +4 % surcharge on the PO price 14.80 = 15.392 CHF (the total 1'675.52 agrees). Lines 1 and 3 as ordered."


@case("svse-vecka-50-earlier", "confirmation", "sv-SE",
      "Swedish Gmail reply: both bolt cutters in stock and delivered earlier, 'redan v. 50' = Friday 2026-12-11 for both lines.")
def _(c):
    p = c.po("4500219502", "VHBOR", "Verktygshuset i Borås AB", "order@verktygshuset.example", "SEK", "2026-11-13", [
        ("BS-600", "Bolt cutter 600 mm", 10, "EA", "389.00", "2026-12-18"),
        ("BS-900", "Bolt cutter 900 mm", 4, "EA", "649.00", "2026-12-18")])
    txt = ("Hej Mara!\n\nTack för ordern. Vi bekräftar båda raderna till angivna priser och antal.\n"
           "Bultsaxarna finns i lager så vi kan leverera redan v. 50.\n\nMed vänlig hälsning\nErik Johansson\nInnesälj\n"
           "Verktygshuset i Borås AB | Org.nr 556123-4567 | 033-12 34 56\n")
    intro = "Den fre 13 nov. 2026 kl 09:14 skrev Mara Lindqvist <%s>:" % p["buyer"]["email"]
    c.mail(("Erik Johansson", "erik.johansson@verktygshuset.example"), "Sv: " + req_subject(p), D(2026, 11, 16, 8, 31, "+0100"),
           T(txt + quote_gt(p, intro), "utf-8", "quoted-printable", flowed=True), po=p)
    c.confirm(ans(p, {1: dict(date="2026-12-11"), 2: dict(date="2026-12-11")}))
    c.notes = "Week 50 without a day = Friday 2026-12-11, one week earlier than requested; quantities and prices as ordered, so both lines are 'changed' on date only."


@case("nbno-ferie-autosvar", "auto_reply", "nb-NO",
      "Norwegian out-of-office ('Automatisk svar') with a return date and an alternative order address.")
def _(c):
    p = c.po("4500219520", "SIKNO", "Sikkerhetsutstyr Nord AS", "ordre@sikkerhetnord.example", "NOK", "2026-11-13", [
        ("FB-NO-1212", "Fire blanket 1.2 x 1.2 m in soft case", 40, "EA", "219.00", "2026-12-16")], buyer="priya")
    txt = ("Hei,\n\nTakk for din e-post. Jeg er på ferie til og med 27. november og har begrenset tilgang til e-post.\n"
           "For bestillinger og ordrebekreftelser, kontakt ordre@sikkerhetnord.example eller ring sentralbordet på 22 33 44 55.\n\n"
           "Med vennlig hilsen\nIngrid Hansen\nSikkerhetsutstyr Nord AS\n")
    c.mail(("Ingrid Hansen", "ingrid.hansen@sikkerhetnord.example"), "Automatisk svar: " + req_subject(p), D(2026, 11, 13, 9, 15, "+0100"),
           T(txt, "iso-8859-1", "quoted-printable"), po=p, extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: bulk"])
    c.other("auto_reply")
    c.notes = "Vacation auto-reply; the date 27. november is her return, not a delivery date."


@case("dadk-html-only-uge51-udgaet", "confirmation", "da-DK",
      "Danish HTML-only reply with a table: all lines 'uge 51' (later than requested), wall dispenser discontinued.")
def _(c):
    p = c.po("4500219544", "KUAAR", "Køkkenudstyr Aarhus ApS", "salg@kokkenudstyr-aarhus.example", "DKK", "2026-11-16", [
        ("KH-ROL-2L", "Kitchen towel 2-ply, 4 rolls/pack", 200, "PAC", "18.50", "2026-12-14"),
        ("KH-AFT-HV", "Wiping cloth white, 50 pcs/pack", 60, "PAC", "42.00", "2026-12-14"),
        ("KH-DISP-V", "Wall dispenser for kitchen towel rolls", 10, "EA", "129.00", "2026-12-14")], buyer="priya")
    html = ("<p>Hej Priya</p><p>Tak for ordren – vi bekræfter som følger:</p>"
            "<table border=1 cellspacing=0 cellpadding=4><tr><th>Linje</th><th>Varenr.</th><th>Antal</th><th>Enhedspris DKK</th><th>Levering</th></tr>"
            "<tr><td>1</td><td>KH-ROL-2L</td><td>200 pk</td><td>18,50</td><td>uge 51</td></tr>"
            "<tr><td>2</td><td>KH-AFT-HV</td><td>60 pk</td><td>42,00</td><td>uge 51</td></tr>"
            "<tr><td>3</td><td>KH-DISP-V</td><td colspan=3><span style='color:red'>Udgået – kan desværre ikke leveres</span></td></tr></table>"
            "<p>Priserne er ekskl. moms. Fragtfrit ved ordrer over 2.500 kr.</p><p>Venlig hilsen<br>Mette Kristensen<br>Salgsassistent<br>"
            "Køkkenudstyr Aarhus ApS · CVR 31 23 45 67 · Tlf. 86 12 34 56</p><br>" + quote_outlook_html(p))
    c.mail(("Mette Kristensen", "mk@kokkenudstyr-aarhus.example"), "SV: " + req_subject(p), D(2026, 11, 17, 13, 5, "+0100"),
           H(html_page(html, "Verdana")), po=p)
    c.confirm(ans(p, {1: dict(date="2026-12-18"), 2: dict(date="2026-12-18"), 3: "R"}))
    c.notes = "HTML-only mail. 'uge 51' (no day) = Friday 2026-12-18, later than the requested 2026-12-14, for lines 1-2; line 3 discontinued = rejected."


@case("fifi-width-question", "needs_review", "fi-FI",
      "Finnish reply asking whether 50 mm or 25 mm tape is meant; says line 1 is in stock but will confirm the whole order after the answer.")
def _(c):
    p = c.po("4500219566", "SVIRT", "Sähkötarvike Virtanen Oy", "myynti@sahkovirtanen.example", "EUR", "2026-11-16", [
        ("ET-19-BK", "Insulating tape PVC 19 mm x 20 m, black", 300, "ROL", "0.89", "2026-12-09"),
        ("ET-50-BK", "Insulating tape PVC 50 mm x 20 m, black", 50, "ROL", "2.95", "2026-12-09")])
    txt = ("Hei Mara,\n\nkiitos tilauksesta. Ennen vahvistusta tarkistus riville 2: tarkoitatteko 50 mm leveää teippiä vai 25 mm? "
           "50 mm on meillä tilaustuote (toimitus n. 6 viikkoa), 25 mm:ä on varastossa. Rivin 1 teipit ovat varastossa.\n\n"
           "Ilmoitattehan, niin vahvistan koko tilauksen samalla kertaa.\n\nYstävällisin terveisin\nJukka Mäkinen\nmyyntineuvottelija\n"
           "Sähkötarvike Virtanen Oy | puh. 040 123 4567 | Y-tunnus 1234567-8\n")
    c.mail(("Jukka Mäkinen", "jukka.makinen@sahkovirtanen.example"), "VS: " + req_subject(p), D(2026, 11, 17, 9, 48, "+0200"),
           T(txt + quote_orig(p, "-----Alkuperäinen viesti-----"), "iso-8859-15", "quoted-printable"), po=p)
    c.other("needs_review")
    c.notes = "A question before confirming; 'in stock' and '~6 weeks' are information, and the supplier explicitly says the confirmation will follow the answer."


@case("etee-terse-iphone", "confirmation", "et-EE",
      "One-line Estonian iPhone reply: everything as ordered, 'tarne 11.12.' equals the requested date.")
def _(c):
    p = c.po("4500219588", "OHUTV", "Ohutusvarustus OÜ", "myyk@ohutusvarustus.example", "EUR", "2026-11-16", [
        ("TS-PTFE-19", "PTFE thread seal tape 19 mm x 15 m", 200, "ROL", "1.45", "2026-12-11"),
        ("TS-GAS-250", "Thread sealing paste for gas, 250 g", 24, "EA", "9.80", "2026-12-11")], buyer="tomas")
    txt = "Tere,\nkinnitame tellimuse 4500219588, kõik read vastavalt tellimusele, tarne 11.12.\n\nLugupidamisega\nKadri Tamm\n\nSaadetud minu iPhone'ist\n"
    c.mail(("Kadri Tamm", "kadri.tamm@ohutusvarustus.example"), "Re: " + req_subject(p), D(2026, 11, 17, 18, 2, "+0200"),
           T(txt + quote_gt(p, "%s kirjutas 16.11.2026 kell 09:14:" % p["buyer"]["name"]), "utf-8", "8bit"), po=p)
    c.confirm(ans(p, {1: "A", 2: "A"}))
    c.notes = "All lines confirmed as ordered; 11.12. without a year = 2026-12-11 = requested date."


@case("lvlv-postfix-mailbox-full", "bounce", "lv-LV",
      "Postfix 'Undelivered Mail Returned to Sender' DSN: remote 552 5.2.2 mailbox full, with the returned original message.")
def _(c):
    p = c.po("4500219599", "KABSE", "Kabeļu Serviss SIA", "pasutijumi@kabeluserviss.example", "EUR", "2026-11-16", [
        ("NT-LV-200", "Nylon cable tie 4.8 x 200 mm, UV black", 100, "PAC", "2.40", "2026-12-14")], buyer="jonas")
    rcpt = p["supplier"]["email"]
    txt = ("This is the mail system at host mail.kestrel-supply.example.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n<%s>: host mx1.kabeluserviss.example[192.0.2.44] said:\n    552 5.2.2 <%s>: Mailbox full, quota exceeded (in reply to RCPT TO command)\n" % (rcpt, rcpt))
    dsn = ("Reporting-MTA: dns; mail.kestrel-supply.example\nX-Postfix-Queue-ID: 4Nq7Wd2kLzz9sT\nX-Postfix-Sender: rfc822; %s\n"
           "Arrival-Date: Mon, 16 Nov 2026 09:14:21 +0100 (CET)\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.2.2\n"
           "Remote-MTA: dns; mx1.kabeluserviss.example\nDiagnostic-Code: smtp; 552 5.2.2 <%s>: Mailbox full, quota exceeded\n" % (p["buyer"]["email"], rcpt, rcpt, rcpt))
    orig = ("From: %s <%s>\nTo: %s\nSubject: %s\nDate: Mon, 16 Nov 2026 09:14:20 +0100\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n%s"
            % (p["buyer"]["name"], p["buyer"]["email"], rcpt, req_subject(p), p["request_message_id"], req_text(p)))
    enc = lambda s: s.replace("\n", "\r\n").encode()
    rep = Part("multipart/report", params={"report-type": "delivery-status"}, parts=[
        Part("text/plain", enc(txt), {"charset": "us-ascii"}, None, ["Content-Description: Notification"]),
        Part("message/delivery-status", enc(dsn), headers=["Content-Description: Delivery report"]),
        Part("message/rfc822", enc(orig), headers=["Content-Description: Undelivered Message"])])
    c.mail(("Mail Delivery System", "MAILER-DAEMON@mail.kestrel-supply.example"), "Undelivered Mail Returned to Sender", D(2026, 11, 16, 9, 15, "+0100"),
           rep, po=None, extra=["Auto-Submitted: auto-replied"])
    c.other("bounce")
    c.notes = "Postfix DSN: the request could not be delivered (mailbox full); the quoted PO table inside is our own text."


@case("ltlt-csv-split-rows", "confirmation", "lt-LT",
      "Lithuanian mail with a semicolon CSV (Windows-1257, decimal commas) where line 3 appears in two rows = split delivery.")
def _(c):
    p = c.po("4500219610", "VAMZS", "UAB Vamzdžių Sistemos", "uzsakymai@vamzdziusistemos.example", "EUR", "2026-11-16", [
        ("PC-SS-20-32", "Hose clamp W4 stainless 20-32 mm", 500, "EA", "0.38", "2026-12-16"),
        ("PC-SS-32-50", "Hose clamp W4 stainless 32-50 mm", 300, "EA", "0.46", "2026-12-16"),
        ("PC-HD-60-80", "Heavy duty clamp 60-80 mm", 100, "EA", "1.95", "2026-12-16")])
    csv = ("Užsakymo Nr.;Eilutė;Prekės kodas;Pavadinimas;Kiekis;Mato vnt.;Kaina EUR;Pristatymo data\n"
           "4500219610;1;PC-SS-20-32;Sąvarža W4 20-32 mm;500;vnt;0,38;2026-12-16\n"
           "4500219610;2;PC-SS-32-50;Sąvarža W4 32-50 mm;300;vnt;0,46;2026-12-16\n"
           "4500219610;3;PC-HD-60-80;Sustiprinta sąvarža 60-80 mm;80;vnt;1,95;2026-12-16\n"
           "4500219610;3;PC-HD-60-80;Sustiprinta sąvarža 60-80 mm;20;vnt;1,95;2027-01-13\n").replace("\n", "\r\n").encode("windows-1257")
    txt = ("Laba diena,\n\nsiunčiame užsakymo 4500219610 patvirtinimą (CSV failas prisegtas).\n"
           "3 eilutės prekių šiuo metu turime ne visą kiekį, todėl likutis bus pristatytas vėliau.\n\nPagarbiai\nRūta Kazlauskienė\n"
           "Pardavimų vadybininkė\nUAB Vamzdžių Sistemos | Tel. +370 5 212 3456 | Įm. k. 301234567\n")
    c.mail(("Rūta Kazlauskienė", "ruta.k@vamzdziusistemos.example"), "RE: " + req_subject(p), D(2026, 11, 18, 10, 20, "+0200"),
           Mixed(T(txt + quote_outlook(p)), Att(csv, "text/csv; charset=windows-1257", "patvirtinimas_4500219610.csv", "base64")), po=p)
    c.confirm(ans(p, {1: "A", 2: "A", 3: dict(schedule=[(80, "2026-12-16"), (20, "2027-01-13")], date="2027-01-13")}))
    c.notes = "Line 3 has two CSV rows: 80 on 2026-12-16 and 20 on 2027-01-13 (total 100, same price) = split delivery. Lines 1-2 as ordered (0,38 / 0,46 decimal comma)."


@case("huhu-split-raktar", "confirmation", "hu-HU",
      "Hungarian ISO-8859-2 reply with 'YYYY. MM. DD.' dates and '4 890 Ft' prices; T-handle keys split 35 now, 25 in January.")
def _(c):
    p = c.po("4500219633", "SZKER", "Szerszám-Ker Kft.", "rendeles@szerszamker.example", "HUF", "2026-11-17", [
        ("IK-SET-9", "Hex key set 9 pcs, 1.5-10 mm", 40, "SET", "4890.00", "2026-12-15"),
        ("IK-T-8", "T-handle hex key 8 mm", 60, "EA", "1650.00", "2026-12-15")], buyer="jonas")
    txt = ("Tisztelt Becker Úr!\n\nKöszönjük megrendelését (4500219633). Az alábbiak szerint visszaigazoljuk:\n\n"
           "1. tétel: 40 készlet, 4 890 Ft/készlet, szállítás 2026. 12. 15.\n"
           "2. tétel: 60 db, 1 650 Ft/db. Raktáron 35 db van, ezt 2026. 12. 15-én szállítjuk, a maradék 25 db 2027. 01. 12-én érkezik Önökhöz.\n\n"
           "Az árak az áfát nem tartalmazzák.\n\nÜdvözlettel:\nKovács Zsófia\nértékesítési asszisztens\nSzerszám-Ker Kft. | 1097 Budapest, Gubacsi út 6. | +36 1 234 5678\n")
    c.mail(("Kovács Zsófia", "kovacs.zsofia@szerszamker.example"), "Vá: " + req_subject(p), D(2026, 11, 18, 13, 15, "+0100"),
           T(txt + quote_orig(p, "-----Eredeti üzenet-----"), "iso-8859-2", "quoted-printable"), po=p, hcharset="iso-8859-2")
    c.confirm(ans(p, {1: "A", 2: dict(schedule=[(35, "2026-12-15"), (25, "2027-01-12")], date="2027-01-12")}))
    c.notes = "Line 2 split: 35 on 2026-12-15, 25 on 2027-01-12 (total 60, price unchanged). '4 890 Ft' = 4890.00 HUF; line 1 as ordered."


@case("roro-3-saptamani-pleaca", "confirmation", "ro-RO",
      "Romanian reply: one line 'pleacă în data de 7.12' (ship date = requested), the other 'în 3 săptămâni de azi' counted from the mail date.")
def _(c):
    p = c.po("4500219650", "SPCLJ", "Scule Profesionale Cluj SRL", "vanzari@sculeprofcluj.example", "RON", "2026-11-17", [
        ("PS-310-MET", "Caulking gun 310 ml cartridge, metal", 60, "EA", "24.50", "2026-12-07"),
        ("PS-600-SAL", "Caulking gun 600 ml sausage, aluminium", 20, "EA", "89.00", "2026-12-07")])
    txt = ("Bună ziua, doamna Lindqvist,\n\nVă confirmăm comanda 4500219650 la prețurile și cantitățile din comandă.\n"
           "Pistoalele de 310 ml sunt pe stoc și pleacă din depozit în data de 7.12.\n"
           "Pentru pistoalele de 600 ml termenul de livrare este de 3 săptămâni de azi.\n\nCu stimă,\nAndrei Popescu\nDepartament vânzări\n"
           "Scule Profesionale Cluj SRL | CUI RO12345678 | J12/3456/2005 | Tel. 0264 123 456\n")
    c.mail(("Andrei Popescu", "andrei.popescu@sculeprofcluj.example"), "RE: " + req_subject(p), D(2026, 11, 18, 11, 0, "+0200"),
           Alt(T(txt + quote_outlook(p)), H(html_page(nl2br(txt) + quote_outlook_html(p)))), po=p)
    c.confirm(ans(p, {1: "A", 2: dict(date="2026-12-09")}))
    c.notes = "Line 1: only a ship date 7.12 = 2026-12-07 = requested -> accepted. Line 2: 3 weeks from the mail date 2026-11-18 = 2026-12-09. Prices/quantities as ordered."


@case("bgbg-prepayment-condition", "needs_review", "bg-BG",
      "Bulgarian Windows-1251 reply: the order can only be confirmed after 100 % prepayment against a proforma; no quantities or dates committed.")
def _(c):
    p = c.po("4500219671", "POZHT", "Pozharna Tehnika EOOD", "office@pozharnatehnika.example", "EUR", "2026-11-17", [
        ("FB-12-12", "Fire blanket 1.2 x 1.2 m", 30, "EA", "18.40", "2026-12-10"),
        ("FB-18-12", "Fire blanket 1.8 x 1.2 m", 15, "EA", "26.70", "2026-12-10")], buyer="tomas")
    txt = ("Здравейте, г-н Ерера,\n\nБлагодарим Ви за поръчка № 4500219671.\n"
           "Тъй като това е първа поръчка от Вашата фирма, можем да я потвърдим само след 100% авансово плащане по проформа фактура, "
           "която ще Ви изпратим след Ваше съгласие. Наличност и срокове на доставка ще потвърдим при получаване на плащането.\n\n"
           "Моля, потвърдете дали сте съгласни.\n\nПоздрави,\nГеорги Иванов\nПожарна Техника ЕООД\nтел. +359 2 987 65 43, ЕИК 201234567\n")
    c.mail(("Георги Иванов", "g.ivanov@pozharnatehnika.example"), "RE: " + req_subject(p), D(2026, 11, 18, 16, 30, "+0200"),
           T(txt + quote_outlook(p), "windows-1251", "base64"), po=p, hcharset="windows-1251")
    c.other("needs_review")
    c.notes = "Conditional: the supplier will confirm only after prepayment and explicitly defers stock and dates; it asks for our agreement. Nothing is committed."


@case("elgr-xxl-surcharge-amount", "confirmation", "el-GR",
      "Greek ISO-8859-7 reply: XXL vests carry '+0,25 € ανά τεμάχιο' (absolute surcharge), logo printing one week later.")
def _(c):
    p = c.po("4500219690", "PAPAD", "Papadopoulos Safety S.A.", "sales@papadopoulos-safety.example", "EUR", "2026-11-18", [
        ("RV-Y-M", "Reflective vest yellow, size M, EN ISO 20471", 100, "EA", "3.20", "2026-12-14"),
        ("RV-Y-XXL", "Reflective vest yellow, size XXL", 50, "EA", "3.40", "2026-12-14"),
        ("RV-LOGO", "Back print company logo, 1 colour", 150, "EA", "1.10", "2026-12-14")], buyer="priya")
    txt = ("Αγαπητή κα Nair,\n\nΕπιβεβαιώνουμε την παραγγελία σας 4500219690 ως εξής:\n\n"
           "Γραμμή 1: 100 τεμ. x 3,20 € - παράδοση 14/12/2026\n"
           "Γραμμή 2: 50 τεμ. x 3,40 € + 0,25 € επιβάρυνση μεγέθους XXL ανά τεμάχιο - παράδοση 14/12/2026\n"
           "Γραμμή 3: εκτύπωση λογότυπου 150 τεμ. x 1,10 € - παράδοση 21/12/2026\n\n"
           "Οι τιμές δεν περιλαμβάνουν ΦΠΑ 24%.\n\nΜε εκτίμηση,\nΝίκος Γεωργίου\nΤμήμα Πωλήσεων\nΤηλ. 210 123 4567 | ΑΦΜ 099876543\n")
    c.mail(("Νίκος Γεωργίου", "n.georgiou@papadopoulos-safety.example"), "ΑΠ: " + req_subject(p), D(2026, 11, 19, 12, 10, "+0200"),
           T(txt + quote_outlook(p), "iso-8859-7", "quoted-printable"), po=p, hcharset="iso-8859-7")
    c.confirm(ans(p, {1: "A", 2: dict(unit_price="3.65"), 3: dict(date="2026-12-21")}))
    c.notes = "Line 2: 3.40 + 0.25 per piece = 3.65. Line 3 delivered 2026-12-21 instead of 12-14. Line 1 as ordered. VAT remark changes nothing."


@case("trtr-zam-ocak-noyear", "confirmation", "tr-TR",
      "Turkish Windows-1254 reply: raw-material price rise on line 2 and '8 Ocak' without year (= 2027-01-08).")
def _(c):
    p = c.po("4500219712", "KBSAN", "Kablo Bağı Sanayi A.Ş.", "satis@kablobagi.example", "TRY", "2026-11-18", [
        ("KB-36-150", "Cable tie 3.6 x 150 mm black, 100/bag", 100, "PAC", "28.50", "2026-12-18"),
        ("KB-90-450", "Cable tie 9 x 450 mm black, 100/bag", 40, "PAC", "142.00", "2026-12-18")], buyer="jonas")
    txt = ("Merhaba Jonas Bey,\n\n4500219712 nolu siparişiniz için teyidimiz aşağıdadır:\n\n"
           "1. kalem: 100 paket, birim fiyat 28,50 TL, teslim 18 Aralık\n"
           "2. kalem: 40 paket, birim fiyat 142,00 TL yerine 156,00 TL (hammadde zammı), teslim 8 Ocak\n\n"
           "Fiyatlarımıza KDV dahil değildir.\n\nİyi çalışmalar,\nMehmet Yılmaz\nSatış Temsilcisi\nKablo Bağı Sanayi A.Ş. | Tel: 0212 456 78 90 | Dahili 114\n")
    c.mail(("Mehmet Yılmaz", "mehmet.yilmaz@kablobagi.example"), "YNT: " + req_subject(p), D(2026, 11, 19, 9, 55, "+0300"),
           T(txt + quote_outlook(p), "windows-1254", "quoted-printable"), po=p, hcharset="windows-1254")
    c.confirm(ans(p, {1: "A", 2: dict(unit_price="156.00", date="2027-01-08")}))
    c.notes = "Line 1 as ordered (18 Aralık = 2026-12-18). Line 2: 156.00 instead of 142.00, and '8 Ocak' without a year after a November mail = 2027-01-08."


@case("ukua-no-stock-reject", "confirmation", "uk-UA",
      "Ukrainian reply (USD prices): the 90° fitting cannot be supplied at all, the other two lines ship on the requested date.")
def _(c):
    p = c.po("4500219735", "MASTS", "TOV Mastylo-Servis", "sales@mastylo-servis.example", "USD", "2026-11-18", [
        ("GF-M6-ST", "Grease fitting M6x1 straight", 1000, "EA", "0.09", "2026-12-21"),
        ("GF-M8-90", "Grease fitting M8x1 90 deg", 600, "EA", "0.14", "2026-12-21"),
        ("GF-CAP", "Protective cap for grease fitting", 1600, "EA", "0.02", "2026-12-21")])
    txt = ("Добрий день, пані Маро!\n\nПідтверджуємо замовлення № 4500219735:\n\n"
           "1) масльонка M6x1 пряма - 1000 шт., 0,09 USD/шт., відвантаження 21.12.2026\n"
           "2) масльонка M8x1 90° - на жаль, на складі немає, а виробництво не планується до березня, тому цю позицію поставити не зможемо.\n"
           "3) ковпачки захисні - 1600 шт., 0,02 USD/шт., відвантаження 21.12.2026\n\n"
           "З повагою,\nОлена Коваленко\nвідділ продажу\nТОВ \"Мастило-Сервіс\", м. Дніпро\nтел. +380 56 123 45 67\n")
    c.mail(("Олена Коваленко", "o.kovalenko@mastylo-servis.example"), "RE: " + req_subject(p), D(2026, 11, 19, 14, 25, "+0200"),
           Alt(T(txt + quote_outlook(p), "utf-8", "base64"), H(html_page(nl2br(txt)), "utf-8", "base64")), po=p)
    c.confirm(ans(p, {1: "A", 2: "R", 3: "A"}))
    c.notes = "Line 2 cannot be supplied = rejected. Lines 1 and 3: ship date 21.12.2026 (only date given) = requested, prices as ordered."
