"""Cases 001-018."""
from . import mime
from .common import (case, sup, mkpo, acc, chg, conf, expected, REJ, UNC, reply_mail, dsn_mail,
                     req_subject, text_to_html, html_doc)

AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


@case("bellows-confirmed-one-liner", "confirmation/en-GB",
      "A one-line 'confirmed as ordered' on top of the full quoted PO table whose sizes, prices and dates must not be read as changes.")
def c001():
    s = sup("PENNINE", "Pennine Bellows Ltd", "sales@pennine-bellows.example", "en-GB")
    po = mkpo("4500071321", s, "GBP", "2026-11-03", [
        ("PB-FB-400300-12", "Flat bellows 400x300 mm, 12 folds, PVC-coated polyester", 40, "EA", "86.50", "2026-12-11"),
        ("PB-RB-120-3/8", "Round bellows ID 120 mm, 3/8\" flange bolts, 24 convolutions", 25, "EA", "54.20", "2026-12-11"),
        ("PB-CL-1.5-125", "Clamp ring 1.5 mm stainless, dia. 125 mm", 50, "EA", "6.80", "2026-12-18")])
    body = ("Hi Dana,\n\nConfirmed as ordered - all three lines.\n\nThanks,\nGareth\n\n"
            "Gareth Holroyd | Sales Office\nPennine Bellows Ltd | Unit 7, Calder Trading Estate, Huddersfield HD5 0RT\n"
            "T +44 1484 555 219 | www.pennine-bellows.example\n\n"
            "Pennine Bellows Ltd is registered in England and Wales, company no. 04417723. This e-mail and any\n"
            "attachments are confidential and intended solely for the addressee.")
    eml = reply_mail(po, frm=("Gareth Holroyd", "gareth.holroyd@pennine-bellows.example"),
                     date="2026-11-09 14:37:12 +0000", body=body, charset="windows-1252")
    return [po], eml, expected("confirmation", "One-liner acceptance above a quoted table full of numbers; all lines accepted.",
                               conf(po, [acc(po, 1), acc(po, 2), acc(po, 3)]))


@case("lamp-poles-liefertermin", "confirmation/de-AT",
      "Austrian German 'Liefertermin 18. Dezember 2026' for all lines while the requested 11.12. is mentioned as not feasible.")
def c002():
    s = sup("ALPENMAST", "Alpenmast Lichttechnik GmbH", "verkauf@alpenmast.example", "de-AT")
    po = mkpo("4500071402", s, "EUR", "2026-11-04", [
        ("AM-LM-8000-76", "Conical lamp pole 8 m, top 76 mm, hot-dip galvanised", 12, "EA", "418.00", "2026-12-11"),
        ("AM-AK-M20x400", "Anchor cage M20x400, 4 bolts, for 8 m pole", 12, "SET", "64.50", "2026-12-11"),
        ("AM-TK-IP54", "Door cover with 2/1 lock, IP54", 12, "EA", "11.90", "2026-12-11")], buyer="tomas")
    body = ("Sehr geehrter Herr Berger,\n\nvielen Dank für Ihre Bestellung 4500071402.\n"
            "Wir bestätigen alle drei Positionen zu den angegebenen Preisen und Mengen.\n\n"
            "Liefertermin 18. Dezember 2026 (frei Haus Rotterdam, Anlieferung per LKW mit Ladebordwand).\n\n"
            "Der von Ihnen gewünschte Termin 11.12. ist wegen der Feuerverzinkung leider nicht haltbar.\n\n"
            "Mit freundlichen Grüßen\n\nIng. Martina Hofer\nInnendienst / Auftragsabwicklung\n"
            "Alpenmast Lichttechnik GmbH\nGewerbepark Süd 14, 4600 Wels, Österreich\n"
            "Tel. +43 7242 555 318 | Fax +43 7242 555 399\nFN 123456x, Landesgericht Wels")
    eml = reply_mail(po, frm=("Hofer Martina", "m.hofer@alpenmast.example"), date="2026-11-12 08:52:40 +0100",
                     body=body, charset="iso-8859-1", prefix="AW:", lang="de")
    return [po], eml, expected("confirmation", "Written-out German date with year; all lines moved from 2026-12-11 to 2026-12-18; the old date 11.12. also appears.",
                               conf(po, [chg(po, n, d="2026-12-18") for n in (1, 2, 3)]))


@case("incubator-postfix-dsn", "bounce/en-GB",
      "Postfix multipart/report 'user unknown' DSN that carries our full request with its PO table and dates.")
def c003():
    s = sup("THERMASHELF", "Thermashelf Scientific Ltd", "orders@thermashelf.example", "en-GB")
    po = mkpo("PO-26-11873", s, "GBP", "2026-11-16", [
        ("TS-SH-450x380", "Perforated shelf 450x380 mm, 316L, for 150 L incubator", 24, "EA", "38.40", "2026-12-14"),
        ("TS-CL-4", "Shelf clips, set of 4, stainless", 30, "SET", "3.25", "2026-12-14")])
    human = ("This is the mail system at host mx1.meridian-procure.example.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<orders@thermashelf.example>: host mx.thermashelf.example[203.0.113.25] said:\n"
             "    550 5.1.1 <orders@thermashelf.example>: Recipient address rejected: User\n"
             "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    eml = dsn_mail(po, date="2026-11-16 10:14:09 +0100", reporting_mta="mx1.meridian-procure.example",
                   from_hdr="MAILER-DAEMON@mx1.meridian-procure.example (Mail Delivery System)",
                   subject="Undelivered Mail Returned to Sender", human=human,
                   recipient="orders@thermashelf.example", status="5.1.1",
                   diag="550 5.1.1 <orders@thermashelf.example>: Recipient address rejected: User unknown in virtual mailbox table",
                   remote_mta="mx.thermashelf.example", arrival="2026-11-16 10:14:06 +0100",
                   extra_fields=[("X-Postfix-Queue-ID", "4Fq2Lm0Hc9z3xKd"),
                                 ("X-Postfix-Sender", f"rfc822; {po['buyer']['email']}")])
    return [po], eml, expected("bounce", "Postfix DSN; the returned request contains PO number, table and dates but nobody answered.")


@case("incubator-shelves-semaine-51", "confirmation/fr-CH",
      "Swiss French 'livraison semaine 51' without a weekday (= Friday 2026-12-18), prices written with a decimal point in CHF.")
def c004():
    s = sup("INCUBALP", "Incubalp SA", "commandes@incubalp.example", "fr-CH")
    po = mkpo("4500071455", s, "CHF", "2026-11-05", [
        ("IA-GR-600x500", "Wire shelf 600x500 mm, 2.5 mm rods, for 240 L incubator", 16, "EA", "72.80", "2026-12-11"),
        ("IA-SP-4", "Shelf support rails, set of 4, 316 stainless", 16, "SET", "19.60", "2026-12-11")])
    body = ("Bonjour Madame Ruiz,\n\nNous vous remercions de votre commande 4500071455 et la confirmons comme suit :\n\n"
            "- pos. 1 : 16 grilles 600x500, CHF 72.80/pce\n- pos. 2 : 16 jeux de rails, CHF 19.60/jeu\n\n"
            "Les grilles sont en cours de fabrication ; livraison semaine 51 pour les deux positions.\n\n"
            "Meilleures salutations\n\nSylvie Chappuis\nService commercial\nIncubalp SA\n"
            "Chemin du Closel 9, 1020 Renens VD\nTél. +41 21 555 47 12")
    eml = reply_mail(po, frm=("Sylvie Chappuis", "sylvie.chappuis@incubalp.example"),
                     date="2026-11-13 16:05:22 +0100", body=body, client="thunderbird", charset="iso-8859-1",
                     cte="8bit", html=False, flowed=True, lang="fr")
    return [po], eml, expected("confirmation", "ISO week 51 with no day means Friday 2026-12-18; quantities and prices restated unchanged.",
                               conf(po, [chg(po, 1, d="2026-12-18"), chg(po, 2, d="2026-12-18")]))


@case("ink-cartridges-prezzo-pz", "confirmation/it-IT",
      "Italian per-line list where only line 2 carries 'prezzo 4,20 €/pz' instead of 3.95 and dates are written 04/12 without a year.")
def c005():
    s = sup("INCBRIANZA", "Inchiostri Brianza S.r.l.", "ordini@inchiostribrianza.example", "it-IT")
    po = mkpo("PO-26-11690", s, "EUR", "2026-11-06", [
        ("IB-950XL-BK", "Ink cartridge 950XL black, 2,300 pages", 150, "EA", "6.40", "2026-12-04"),
        ("IB-951XL-C", "Ink cartridge 951XL cyan, 17 ml", 300, "EA", "3.95", "2026-12-04"),
        ("IB-RK-24V", "Refill kit for 24V printer series, 4x100 ml", 20, "SET", "28.00", "2026-12-04")], buyer="priya")
    body = ("Buongiorno Sig.ra Raman,\n\nconfermiamo l'ordine PO-26-11690:\n\n"
            "pos. 1 - 950XL nero: ok, 150 pz a 6,40 €, consegna 04/12\n"
            "pos. 2 - 951XL ciano: ok 300 pz, prezzo 4,20 €/pz (listino aggiornato dal 1° novembre, "
            "il prezzo di 3,95 non è più valido), consegna 04/12\n"
            "pos. 3 - kit ricarica: ok 20 set, consegna 04/12\n\n"
            "Cordiali saluti\n\nLuca Ferraresi\nUfficio Vendite\nInchiostri Brianza S.r.l.\n"
            "Via Valassina 112, 20851 Lissone (MB)\nTel. +39 039 555 2841 - P.IVA 01234567890")
    eml = reply_mail(po, frm=("Luca Ferraresi", "luca.ferraresi@inchiostribrianza.example"),
                     date="2026-11-18 11:02:47 +0100", body=body, client="gmail", charset="utf-8", prefix="R:")
    return [po], eml, expected("confirmation", "Line 2 price 4,20 EUR per piece (old 3,95 quoted); dd/mm dates without year resolve to 2026-12-04 = requested.",
                               conf(po, [acc(po, 1), chg(po, 2, p="4.20"), acc(po, 3)]))


@case("barriers-other-address", "needs_review/pl-PL",
      "Polish reply accepts every line unchanged but asks whether to deliver to a construction site instead of our warehouse.")
def c006():
    s = sup("ZAPORY", "Zapory Kolejowe Śląsk Sp. z o.o.", "zamowienia@zapory-slask.example", "pl-PL")
    po = mkpo("4500071511", s, "EUR", "2026-11-09", [
        ("ZK-RB-6000", "Level crossing barrier boom 6.0 m, aluminium, red/white reflective", 8, "EA", "940.00", "2026-12-15"),
        ("ZK-DR-24V", "Barrier drive 24V DC, opening time 4-6 s", 4, "EA", "3180.00", "2026-12-15"),
        ("ZK-LED-300", "LED boom lights 300 mm, set of 3, 12-24V", 8, "SET", "126.00", "2026-12-15")], buyer="jonas")
    body = ("Dzień dobry Panie Jonasie,\n\nwszystkie pozycje zamówienia 4500071511 są w porządku - ilości, ceny "
            "i termin 15.12.2026 bez zmian.\n\nMamy jedno pytanie: czy możemy dostarczyć towar bezpośrednio na budowę "
            "przejazdu w Venlo (Spoorwegovergang Venlo-Blerick, Eindhovenseweg 2, 5928 Venlo) zamiast do magazynu "
            "w Rotterdamie? Nasz przewoźnik i tak jedzie tą trasą. Proszę o informację, który adres dostawy mamy "
            "przyjąć.\n\nZ poważaniem\nKatarzyna Nowak\nDział Sprzedaży\nZapory Kolejowe Śląsk Sp. z o.o.\n"
            "ul. Kolejowa 18, 41-100 Siemianowice Śląskie\ntel. +48 32 555 71 40")
    eml = reply_mail(po, frm=("Katarzyna Nowak", "k.nowak@zapory-slask.example"), date="2026-11-12 13:18:05 +0100",
                     body=body, charset="iso-8859-2", prefix="ODP:", lang="pl")
    return [po], eml, expected("needs_review", "Everything accepted, but the supplier asks to ship to a different address; a buyer must answer first.")


@case("tennis-nets-entrega-diciembre", "confirmation/es-MX",
      "Mexican Spanish mobile reply: 'entrega 18 de diciembre' without year plus a departure date from Manzanillo that is only a ship date.")
def c007():
    s = sup("REDESBAJIO", "Redes Deportivas del Bajío S.A. de C.V.", "ventas@redesbajio.example", "es-MX")
    po = mkpo("PO-26-11702", s, "USD", "2026-11-06", [
        ("RB-TN-127-3.5", "Tennis net 12.7 m, 3.5 mm braided PE, double top rows", 30, "EA", "118.00", "2026-12-15"),
        ("RB-HB-50", "Headband 50 mm, white PVC, 12.8 m", 30, "EA", "14.50", "2026-12-15"),
        ("RB-CS-107", "Centre strap 1.07 m with ground anchor", 30, "EA", "9.75", "2026-12-15")])
    body = ("Hola Dana, buenas tardes.\n\nTe confirmo la orden PO-26-11702 completa: 30 redes, 30 bandas y 30 "
            "cinchos centrales, precios sin cambio.\nEntrega 18 de diciembre en su almacén de Rotterdam (el "
            "contenedor sale de Manzanillo el 24 de noviembre).\n\nSaludos,\nAlejandro Ibarra\n"
            "Redes Deportivas del Bajío\nCel. +52 477 555 1893\n\nEnviado desde mi iPhone")
    eml = reply_mail(po, frm=("Alejandro Ibarra", "aibarra@redesbajio.example"), date="2026-11-19 13:41:09 -0600",
                     body=body, client="iphone", charset="utf-8",
                     attr="El 6 nov 2026, a las 3:14, Dana Ruiz <dana.ruiz@meridian-procure.example> escribió:")
    return [po], eml, expected("confirmation", "Delivery 18 December (next one after the mail = 2026-12-18) wins over the ship date 24 Nov; all lines changed date.",
                               conf(po, [chg(po, n, d="2026-12-18") for n in (1, 2, 3)]))


@case("trawl-floats-cuti-ooo", "auto_reply/id-ID",
      "Indonesian/English out-of-office with leave dates and a colleague's contact, threaded on our request.")
def c008():
    s = sup("PELAMPUNG", "PT Pelampung Samudra Jaya", "sales@pelampungsamudra.example", "id-ID")
    po = mkpo("PO-26-11744", s, "USD", "2026-11-10", [
        ("PS-TF-200-PL", "Trawl float 200 mm, 4.5 kg buoyancy, 600 m depth", 400, "EA", "6.85", "2026-12-18"),
        ("PS-TF-280-PL", "Trawl float 280 mm, 11 kg buoyancy, centre hole 28 mm", 200, "EA", "12.40", "2026-12-18")])
    body = ("Terima kasih atas email Anda.\n\nSaya sedang cuti tahunan dari tanggal 9 November 2026 sampai dengan "
            "20 November 2026 dan memiliki akses email yang terbatas. Untuk pesanan dan konfirmasi order, silakan "
            "hubungi rekan saya Ibu Ratna Wulandari (ratna.w@pelampungsamudra.example, +62 31 555 7720).\n\n"
            "Thank you for your email. I am on annual leave from 9 to 20 November 2026 with limited access to "
            "e-mail. For orders and order confirmations please contact my colleague Mrs Ratna Wulandari.\n\n"
            "Salam,\nBudi Santoso\nPT Pelampung Samudra Jaya\nJl. Rungkut Industri III No. 21, Surabaya 60293")
    eml = reply_mail(po, frm=("Budi Santoso", "sales@pelampungsamudra.example"), date="2026-11-10 16:15:02 +0700",
                     body=body, quote=False, subject=f"Balasan otomatis: {req_subject(po)}", extra=AUTO)
    return [po], eml, expected("auto_reply", "Out-of-office in Indonesian and English; the leave dates are not delivery dates.")


@case("cork-tiles-preco-unidade", "confirmation/pt-PT",
      "European Portuguese list with 'preço 3,85 € por unidade' for line 1, thousands dot in '1.200 unidades' and the requested date restated.")
def c009():
    s = sup("CORTVS", "Corticeira Vale do Sado, Lda.", "encomendas@corticeiravs.example", "pt-PT")
    po = mkpo("4500071533", s, "EUR", "2026-11-09", [
        ("CV-TL-600x300-4", "Cork floor tile 600x300x4 mm, varnished, natural", 1200, "EA", "3.60", "2026-12-16"),
        ("CV-UL-2", "Cork underlay roll 2 mm, 1x10 m", 40, "ROL", "21.50", "2026-12-16"),
        ("CV-AD-5L", "Contact adhesive for cork, 5 L can", 12, "EA", "38.90", "2026-12-16")], buyer="tomas")
    body = ("Exmo. Sr. Tomas Berger,\n\nAgradecemos a encomenda 4500071533, que confirmamos nos seguintes termos:\n\n"
            "1) Ladrilho de cortiça 600x300x4 mm: 1.200 unidades, preço 3,85 € por unidade (atualização da tabela "
            "de preços de 1 de novembro de 2026);\n2) Rolo de subcamada 2 mm: 40 rolos a 21,50 €;\n"
            "3) Cola de contacto 5 L: 12 unidades a 38,90 €.\n\n"
            "Data de entrega para todas as linhas: 16/12/2026, conforme solicitado.\n\n"
            "Com os melhores cumprimentos,\n\nInês Carvalho\nDepartamento Comercial\nCorticeira Vale do Sado, Lda.\n"
            "Zona Industrial de Alcácer do Sal, Lote 12, 7580-000 Alcácer do Sal\nTel. +351 265 555 310")
    eml = reply_mail(po, frm=("Inês Carvalho", "ines.carvalho@corticeiravs.example"), date="2026-11-17 11:26:45 +0000",
                     body=body, charset="windows-1252", lang="pt")
    return [po], eml, expected("confirmation", "Line 1 price 3,85 EUR instead of 3.60; '1.200' is 1200 with a thousands dot; other lines as ordered.",
                               conf(po, [chg(po, 1, p="3.85"), acc(po, 2), acc(po, 3)]))


@case("saddles-leverans-december", "confirmation/sv-SE",
      "Swedish 'Leverans 18 december' without a year, while '9/12' (the requested date) is mentioned as impossible.")
def c010():
    s = sup("NORDSADEL", "Nordsadel AB", "order@nordsadel.example", "sv-SE")
    po = mkpo("PO-26-11721", s, "SEK", "2026-11-06", [
        ("NS-ST-143", "Saddle Sport Tour 143 mm, 2027 model, black", 60, "EA", "389.00", "2026-12-09"),
        ("NS-CF-155", "Saddle Comfort Flex 155 mm, gel, 7x9 mm oval rails", 40, "EA", "452.00", "2026-12-09")], buyer="jonas")
    body = ("Hej Jonas!\n\nTack för ordern. Vi bekräftar PO-26-11721:\n\n60 st Sport Tour 143 mm à 389,00 kr\n"
            "40 st Comfort Flex 155 mm à 452,00 kr\n\nLeverans 18 december - vi väntar på överdrag från vår "
            "underleverantör, så 9/12 hinner vi tyvärr inte.\n\nMed vänliga hälsningar\nElin Sjöberg\nNordsadel AB\n"
            "Magasinsgatan 6, 411 18 Göteborg\n+46 31 555 62 40")
    eml = reply_mail(po, frm=("Elin Sjöberg", "elin.sjoberg@nordsadel.example"), date="2026-11-24 09:12:33 +0100",
                     body=body, client="apple", charset="iso-8859-1", prefix="SV:", lang="sv")
    return [po], eml, expected("confirmation", "'18 december' is 2026-12-18 for both lines; 9/12 is the rejected requested date.",
                               conf(po, [chg(po, 1, d="2026-12-18"), chg(po, 2, d="2026-12-18")]))


@case("lawnmower-holiday-hours", "unrelated/ro-RO",
      "Romanian Christmas greeting card listing holiday opening hours full of dates, from a supplier with an open PO.")
def c011():
    s = sup("LAMEGAZON", "Lame Gazon Tehnic S.R.L.", "comenzi@lamegazon.example", "ro-RO")
    po = mkpo("4500071560", s, "EUR", "2026-11-10", [
        ("LG-PB-075-9", "Robotic mower pivot blades 0.75 mm, set of 9 with screws", 500, "SET", "2.95", "2027-01-15"),
        ("LG-DS-230", "Blade disc 230 mm for robotic mower, 6 mounting holes", 100, "EA", "7.80", "2027-01-15")])
    body = ("Dragi parteneri,\n\nVă mulțumim pentru colaborarea din 2026 și vă urăm Crăciun fericit și un An Nou "
            "plin de succes!\n\nProgramul nostru de sărbători:\n"
            "  24.12.2026: 08:00-13:00\n  25.12.2026 - 27.12.2026: închis\n  28.12.2026 - 30.12.2026: 08:00-16:00\n"
            "  31.12.2026 - 03.01.2027: închis\n  din 04.01.2027: program normal\n\n"
            "Comenzile primite după 18.12.2026 vor fi livrate începând cu 05.01.2027.\n\n"
            "Season's greetings from all of us at Lame Gazon Tehnic!\n\n"
            "Echipa Lame Gazon Tehnic S.R.L.\nStr. Fabricii nr. 7, 400632 Cluj-Napoca\nTel. +40 264 555 190\n\n"
            "Pentru dezabonare răspundeți cu DEZABONARE.")
    inner = ('<table width="600" align="center" style="font-family:Georgia,serif"><tr><td style="background:#1d5c3a;'
             'color:#fff;padding:24px;text-align:center"><h1>Crăciun fericit!</h1></td></tr><tr><td>'
             + text_to_html(body) + "</td></tr></table>")
    eml = reply_mail(po, frm=("Lame Gazon Tehnic", "noreply@lamegazon.example"), date="2026-12-02 09:00:00 +0200",
                     body=body, client="webmail", charset="utf-8", quote=False, thread=False, html_inner=inner,
                     subject="Crăciun fericit și program de sărbători / Season's greetings & holiday opening hours",
                     to="undisclosed-recipients:;",
                     extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:unsubscribe@lamegazon.example>")])
    return [po], eml, expected("unrelated", "Holiday greeting with opening hours; dates are closures, not an answer to the PO.")


@case("organ-blowers-uge-51", "confirmation/da-DK",
      "Danish 'Levering uge 51' (Friday 2026-12-18) for all lines, while 'uge 50' appears as the week they cannot make.")
def c012():
    s = sup("FYNSORGEL", "Fyns Orgelblæser ApS", "ordre@fynsorgel.example", "da-DK")
    po = mkpo("PO-26-11759", s, "DKK", "2026-11-11", [
        ("FO-BL-1.1KW", "Organ blower 1.1 kW, 80 mm water gauge, 230/400 V", 2, "EA", "18450.00", "2026-12-11"),
        ("FO-RG-600x400", "Wind regulator, single-fold bellows 600x400 mm", 2, "EA", "6200.00", "2026-12-11"),
        ("FO-FL-125", "Flexible wind duct 125 mm", 12, "M", "185.00", "2026-12-11")], buyer="jonas")
    body = ("Hej Jonas\n\nTak for ordren. Vi bekræfter hermed PO-26-11759 med antal og priser som bestilt "
            "(2 blæsere à kr. 18.450,00, 2 regulatorer à kr. 6.200,00 og 12 m vindkanal à kr. 185,00).\n\n"
            "Levering uge 51 – blæserne skal prøvekøres på værkstedet, så uge 50 kan vi desværre ikke nå.\n\n"
            "Venlig hilsen\nMads Kjærgaard\nFyns Orgelblæser ApS\nTværvej 11, 5700 Svendborg\n"
            "Tlf. +45 62 55 58 30 · CVR 12345678")
    eml = reply_mail(po, frm=("Mads Kjærgaard", "mk@fynsorgel.example"), date="2026-11-16 09:03:11 +0100",
                     body=body, charset="windows-1252", prefix="SV:", lang="da")
    return [po], eml, expected("confirmation", "'uge 51' = Friday 2026-12-18 for every line; prices with thousands dots equal the PO.",
                               conf(po, [chg(po, n, d="2026-12-18") for n in (1, 2, 3)]))


@case("trawl-floats-levering-dato", "confirmation/nb-NO",
      "Norwegian per-line answers: line 2 cut to 240 pcs with the rest not delivered, one 'levering 18.12.2026' for the whole order.")
def c013():
    s = sup("VESTFJORD", "Vestfjord Flyteelement AS", "ordre@vestfjordflyt.example", "nb-NO")
    po = mkpo("4500071577", s, "NOK", "2026-11-10", [
        ("VF-TF-200-60", "Trawl float 200 mm, 600 m rated, orange", 800, "EA", "74.50", "2026-12-11"),
        ("VF-TF-280-28", "Trawl float 280 mm, centre hole 28 mm, 1000 m rated", 300, "EA", "162.00", "2026-12-11"),
        ("VF-SH-12", "Float shackle 12 mm galvanised", 1100, "EA", "8.40", "2026-12-11")])
    body = ("Hei Dana,\n\nvi bekrefter ordre 4500071577:\n\nLinje 1: 800 stk, kr 74,50 - ok\n"
            "Linje 2: kun 240 stk på lager i 1000 m-utførelse. Vi bekrefter 240 stk à kr 162,00; de resterende "
            "60 stk kan vi dessverre ikke levere.\nLinje 3: 1 100 stk, kr 8,40 - ok\n\n"
            "Levering 18.12.2026 for hele ordren (samlet sending fra Ålesund).\n\nMed vennlig hilsen\n"
            "Sigurd Aasen\nVestfjord Flyteelement AS\nStorgata 44, 6002 Ålesund\nTlf. +47 70 55 31 80")
    eml = reply_mail(po, frm=("Sigurd Aasen", "sigurd.aasen@vestfjordflyt.example"), date="2026-11-16 14:22:09 +0100",
                     body=body, client="thunderbird", charset="utf-8", cte="8bit", html=False, prefix="SV:", lang="nb")
    return [po], eml, expected("confirmation", "Global date 18.12.2026 applies to all lines; line 2 quantity 240 of 300; '1 100' with a space is 1100.",
                               conf(po, [chg(po, 1, d="2026-12-18"), chg(po, 2, q=240, d="2026-12-18"),
                                         chg(po, 3, d="2026-12-18")]))


@case("lamp-poles-two-dates-choose", "needs_review/cs-CZ",
      "Czech reply offers two delivery dates ('18.12. nebo 21.12., prosím vyberte') and waits for the buyer's choice.")
def c014():
    s = sup("STOZARY", "Stožáry Morava s.r.o.", "obchod@stozarymorava.example", "cs-CZ")
    po = mkpo("PO-26-11780", s, "CZK", "2026-11-11", [
        ("SM-SO-6-60", "Street lamp pole 6 m, top 60 mm, galvanised + RAL 7016", 20, "EA", "6850.00", "2026-12-16"),
        ("SM-VY-1-60", "Bracket single arm 1.0 m, 60 mm spigot, 5 deg tilt", 20, "EA", "1240.00", "2026-12-16")], buyer="tomas")
    body = ("Dobrý den, pane Bergere,\n\nděkujeme za objednávku PO-26-11780. Množství i ceny jsou v pořádku.\n"
            "Termín dodání 16.12. nestihneme, můžeme nabídnout 18.12. nebo 21.12., prosím vyberte si – 21.12. "
            "by bylo s dopravou naším vozem zdarma, 18.12. přes spedici.\n\nPo Vašem výběru pošleme potvrzení "
            "objednávky.\n\nS pozdravem\nJana Horáková\nobchodní oddělení\nStožáry Morava s.r.o.\n"
            "Průmyslová 1520, 755 01 Vsetín\ntel. +420 571 555 284")
    eml = reply_mail(po, frm=("Jana Horáková", "horakova@stozarymorava.example"), date="2026-11-17 10:48:30 +0100",
                     body=body, charset="windows-1250", lang="cs")
    return [po], eml, expected("needs_review", "Two alternative dates offered, the buyer must choose; no commitment yet.")


@case("canopies-viikolla-51", "confirmation/fi-FI",
      "Finnish 'Toimitus viikolla 51' (Friday 2026-12-18) with a production week 49 mentioned in the same sentence.")
def c015():
    s = sup("KUOMU", "Kuomu Komposiitti Oy", "tilaukset@kuomukomposiitti.example", "fi-FI")
    po = mkpo("4500071590", s, "EUR", "2026-11-11", [
        ("KK-CP-15M", "Sailplane canopy 15 m class, 3 mm PMMA, tinted, with frame", 2, "EA", "4860.00", "2026-12-11"),
        ("KK-SK-2027", "Canopy seal kit, 2027 models, 6.5 m", 4, "SET", "145.00", "2026-12-11")])
    body = ("Hei Dana,\n\nkiitos tilauksesta 4500071590. Vahvistamme molemmat rivit tilatuin määrin ja hinnoin.\n"
            "Toimitus viikolla 51 (kuomut lämpömuovataan viikolla 49, minkä jälkeen tarkastus ja pakkaus).\n\n"
            "Ystävällisin terveisin\nJukka Hämäläinen\nMyyntipalvelu\nKuomu Komposiitti Oy\n"
            "Teollisuustie 8, 15560 Nastola\npuh. +358 3 555 4410")
    eml = reply_mail(po, frm=("Hämäläinen Jukka", "jukka.hamalainen@kuomukomposiitti.example"),
                     date="2026-11-18 12:40:03 +0200", body=body, charset="iso-8859-15", prefix="VS:", lang="fi")
    return [po], eml, expected("confirmation", "Delivery week 51 = 2026-12-18; week 49 is production, not delivery.",
                               conf(po, [chg(po, 1, d="2026-12-18"), chg(po, 2, d="2026-12-18")]))


@case("show-jumps-tarne", "confirmation/et-EE",
      "Estonian numbered list restating quantities and prices, then one 'Tarne 18.12.2026' for all rows and the old '11.12' as not feasible.")
def c016():
    s = sup("TAKISTUS", "Hobusetakistus OÜ", "tellimused@takistus.example", "et-EE")
    po = mkpo("PO-26-11803", s, "EUR", "2026-11-12", [
        ("HT-PL-300-12", "Show jump pole 3.0 m, 12 cm diameter, striped", 48, "EA", "38.00", "2026-12-11"),
        ("HT-WG-160", "Wing stand 1.60 m, white", 12, "PAIR", "265.00", "2026-12-11"),
        ("HT-CP-4", "Jump cups plastic, 4 pcs per set", 24, "SET", "22.40", "2026-12-11")], buyer="priya")
    body = ("Tere, Priya!\n\nKinnitame tellimuse PO-26-11803:\n1. Kangid 3,0 m - 48 tk à 38,00 EUR\n"
            "2. Tiivad 1,60 m - 12 paari à 265,00 EUR\n3. Tassid - 24 komplekti à 22,40 EUR\n\n"
            "Tarne 18.12.2026, kõik read koos. Soovitud kuupäevaks 11.12 ei jõua, sest värvimine võtab kauem.\n\n"
            "Lugupidamisega\nKadri Tamm\nHobusetakistus OÜ\nPärnu mnt 112, 11313 Tallinn\ntel +372 655 4120")
    eml = reply_mail(po, frm=("Kadri Tamm", "kadri.tamm@takistus.example"), date="2026-11-19 10:05:51 +0200",
                     body=body, client="gmail", charset="iso-8859-15")
    return [po], eml, expected("confirmation", "All three rows restated unchanged except the delivery date 2026-12-18.",
                               conf(po, [chg(po, n, d="2026-12-18") for n in (1, 2, 3)]))


@case("barriers-exchange-ndr", "bounce/de-DE",
      "German Exchange/Outlook NDR ('Unzustellbar') as multipart/report with text+HTML, delivery-status and the returned request.")
def c017():
    s = sup("SCHRANKENWESER", "Schrankenbau Weser GmbH", "auftrag@schrankenbau-weser.example", "de-DE")
    po = mkpo("4500071612", s, "EUR", "2026-11-12", [
        ("SW-SB-4500", "Barrier boom 4.5 m, GRP, with skirt", 6, "EA", "780.00", "2027-01-15"),
        ("SW-AN-24V", "Barrier drive 24V DC, 230V supply, 3-6 s", 3, "EA", "2950.00", "2027-01-15"),
        ("SW-ST-M10x40", "Fixing set M10x40, A4 stainless, 8 bolts", 6, "SET", "18.60", "2027-01-15")], buyer="tomas")
    human = ("Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.\n\n"
             f"Betreff:   {req_subject(po)}\nGesendet: 12.11.2026 10:14\n\n"
             "Die Nachricht hat einige oder alle Empfänger nicht erreicht.\n\n"
             "    auftrag@schrankenbau-weser.example\n"
             "    Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse "
             "des Empfängers, und versuchen Sie, die Nachricht erneut zu senden.\n\n"
             "Diagnoseinformationen für Administratoren:\n\nGenerierender Server: AM9PR03MB7233.eurprd03.prod.outlook.com\n\n"
             "auftrag@schrankenbau-weser.example\nmx01.schrankenbau-weser.example\n"
             "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    hh = html_doc(text_to_html(human), "de", charset="utf-8")
    eml = dsn_mail(po, date="2026-11-12 10:14:31 +0100", reporting_mta="AM9PR03MB7233.eurprd03.prod.outlook.com",
                   from_hdr="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@meridian-procure.example>",
                   subject=mime.ew(f"Unzustellbar: {req_subject(po)}"), human=human, human_html=hh,
                   charset="utf-8", cte="quoted-printable", recipient="auftrag@schrankenbau-weser.example",
                   status="5.1.10", diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                   remote_mta="mx01.schrankenbau-weser.example",
                   extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "de-DE"),
                          ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"])])
    return [po], eml, expected("bounce", "Exchange NDR in German, threaded on our request and quoting the PO table; nothing from the supplier.")


@case("wax-cena-per-kg", "confirmation/lv-LV",
      "Latvian lines with 'cena 12,40 EUR/kg' for line 1 (PO 11.90) and the requested date restated in dd.mm.yyyy.")
def c018():
    s = sup("VASKASUNAS", "Vaska Šūnas SIA", "pasutijumi@vaskasunas.example", "lv-LV")
    po = mkpo("PO-26-11815", s, "EUR", "2026-11-12", [
        ("VS-FW-DAD", "Beeswax foundation Dadant 420x260 mm, 5.4 mm cells", 300, "KG", "11.90", "2026-12-14"),
        ("VS-FW-LAN", "Beeswax foundation Langstroth 420x200 mm, wired, 5.3 mm cells", 150, "KG", "13.20", "2026-12-14")],
        buyer="jonas")
    body = ("Labdien, Jonas!\n\nPaldies par pasūtījumu PO-26-11815.\n\n"
            "1. rinda - Dadant 420x260: 300 kg, cena 12,40 EUR/kg (vaska iepirkuma cena ir pieaugusi), "
            "piegāde 14.12.2026.\n2. rinda - Langstroth 420x200: 150 kg, cena 13,20 EUR/kg, piegāde 14.12.2026.\n\n"
            "Ar cieņu\nIlze Bērziņa\nVaska Šūnas SIA\nRīgas iela 21, Jelgava, LV-3001\nTālr. +371 63 555 210")
    eml = reply_mail(po, frm=("Ilze Bērziņa", "ilze.berzina@vaskasunas.example"), date="2026-11-19 10:11:40 +0200",
                     body=body, charset="windows-1257")
    return [po], eml, expected("confirmation", "Line 1 price 12,40 EUR/kg instead of 11.90; line 2 restated unchanged.",
                               conf(po, [chg(po, 1, p="12.40"), acc(po, 2)]))
