"""Cases 001-018."""
from html import escape as hesc

from . import mime
from .common import (PO, L, REJ, UNC, acc, case, chg, conf, exp, exp_conf, kw, reply, req_text, req_dt,
                     request_eml, sup, quoted_text, quoted_html, html_doc, text_to_html, req_subject, boundary,
                     msg_id, BUYER_DOMAIN)


@case("burner-gb-oneliner", "confirmation/en-GB",
      "a one-line 'confirmed as per your PO' above an Outlook quote; every value has to come from the PO itself")
def c001():
    s = sup("SKYFLARE", "Skyflare Burners Ltd", "orders@skyflare-burners.example", "en-GB")
    po = PO("4500018801", s, "GBP", "2026-11-04", [
        L(1, "SKF-DB-MK4", "Double burner MK4, 10/16 in coil, 2x 12.5 MW", 4, "EA", "6850.00", "2026-12-11"),
        L(2, "SKF-PV-38", "Pilot valve 3/8 BSP, 12 bar", 20, "EA", "48.60", "2026-12-11"),
    ])
    top = ("Dana,\n\nConfirmed in full as per your PO, delivery as requested.\n\nRegards\nIan Whitlock\n"
           "Sales Office | Skyflare Burners Ltd\nUnit 4, Ashton Vale Trading Estate, Bristol BS3 2HA\n"
           "T: +44 117 496 0712\n\n"
           "This e-mail and any attachments are confidential and intended solely for the addressee. "
           "Skyflare Burners Ltd, registered in England and Wales no. 04417729.")
    eml = reply(po, top, "2026-11-10 10:41:07", ("Ian Whitlock", "orders@skyflare-burners.example"),
                tz="+0000", client="outlook", charset="us-ascii", cte="7bit", content_lang="en-GB")
    e = exp_conf("Terse one-liner; quantities, prices and the 2026-12-11 date only appear in our quoted table.",
                 conf(po, {1: acc(po, 1), 2: acc(po, 2)}))
    return [po], eml, e


@case("scalpels-pl-tydzien-51", "confirmation/pl-PL",
      "Polish 'dostawa w 51 tygodniu' is a calendar week without a day, i.e. Friday 2026-12-18, for every line")
def c002():
    s = sup("MEDIVET", "Medivet Narzędzia Sp. z o.o.", "biuro@medivet-narzedzia.example", "pl-PL")
    po = PO("4500018802", s, "PLN", "2026-11-06", [
        L(1, "SKL-22-100", "Scalpel blade no. 22, carbon steel, box of 100", 30, "BOX", "64.90", "2026-12-11"),
        L(2, "SKL-H4", "Scalpel handle no. 4, 13 cm, stainless", 50, "EA", "18.40", "2026-12-11"),
        L(3, "SKL-10A-100", "Scalpel blade no. 10A, sterile, box of 100", 20, "BOX", "71.20", "2026-12-11"),
    ])
    top = ("Dzień dobry,\n\npotwierdzamy zamówienie nr 4500018802 w całości - ilości i ceny bez zmian, "
           "dostawa w 51 tygodniu.\n\nZ poważaniem\nAgnieszka Wróbel\nDział Sprzedaży\n"
           "Medivet Narzędzia Sp. z o.o.\nul. Przemysłowa 14, 62-080 Tarnowo Podgórne\ntel. +48 61 814 22 90\n")
    eml = reply(po, top, "2026-11-12 13:05:44", ("Agnieszka Wróbel", "biuro@medivet-narzedzia.example"),
                client="thunderbird", charset="iso-8859-2", cte="quoted-printable", html=False, quote="prefix",
                intro="W dniu {dd}.{mm}.{yyyy} o {HH}:{MM}, {name} pisze:", subject="Odp: " + req_subject(po),
                content_lang="pl")
    d = kw(51)
    e = exp_conf("'dostawa w 51 tygodniu' = ISO week 51 without a day -> Friday 2026-12-18; quantities and "
                 "prices unchanged, so all three lines change only in date.",
                 conf(po, {1: chg(30, "64.90", d), 2: chg(50, "18.40", d), 3: chg(20, "71.20", d)}))
    return [po], eml, e


@case("felthats-fr-be-sizes", "confirmation/fr-BE",
      "one line is confirmed as a breakdown by hat size that adds up to 58 instead of 60; the other line as ordered")
def c003():
    s = sup("VERHAEGEN", "Chapellerie Verhaegen SA", "commandes@chapellerie-verhaegen.example", "fr-BE")
    po = PO("4500018803", s, "EUR", "2026-11-04", [
        L(1, "FH-FED-BLK", "Fedora felt hat, black, 100% wool felt, brim 6 cm, sizes 55-60", 60, "PCS", "21.50",
          "2026-12-04"),
        L(2, "FH-BOW-GRY", "Bowler hat, grey, rabbit felt, in 12x20 cm gift box", 24, "PCS", "38.00", "2026-12-04"),
    ])
    top = ("Bonjour Madame Ruiz,\n\nNous confirmons votre commande 4500018803 comme suit :\n\n"
           "- Pos. 1 Fedora noir : T55 : 8 pces, T56 : 12 pces, T57 : 14 pces, T58 : 12 pces, T59 : 8 pces, "
           "T60 : 4 pces (il ne nous reste que 4 chapeaux en taille 60 au lieu de 6), soit 58 pièces au total "
           "au prix inchangé de 21,50 € la pièce.\n"
           "- Pos. 2 Chapeau melon gris : 24 pièces à 38,00 €, conforme à la commande.\n\n"
           "Livraison des deux positions le 04/12/2026, comme demandé.\n\n"
           "Bien à vous,\nCécile Verhaegen\nChapellerie Verhaegen SA\nRue des Chapeliers 27, 1000 Bruxelles\n"
           "Tél. +32 2 512 48 60\n")
    eml = reply(po, top, "2026-11-13 16:22:03", ("Cécile Verhaegen", "commandes@chapellerie-verhaegen.example"),
                client="apple", charset="windows-1252", cte="quoted-printable", quote="prefix",
                intro="Le {d} nov. {yyyy} à {HH}:{MM}, {name} <{email}> a écrit :", subject="Re: " + req_subject(po))
    e = exp_conf("Line 1 is given as a size breakdown (8+12+14+12+8+4 = 58) with size 60 short by 2, so the "
                 "confirmed quantity is 58; line 2 is as ordered.",
                 conf(po, {1: chg(58, "21.50", "2026-12-04"), 2: acc(po, 2)}))
    return [po], eml, e


@case("windcable-de-inline-kw", "confirmation/de-DE",
      "German answers written inline under each quoted PO line; 'KW 50' equals the requested Friday, one line split over KW 49 and KW 51")
def c004():
    s = sup("NORDKABEL", "Nordkabel Energietechnik GmbH", "auftrag@nordkabel-energie.example", "de-DE")
    po = PO("4500018804", s, "EUR", "2026-11-03", [
        L(1, "NA2XS-240", "MV cable NA2XS(F)2Y 1x240 RM/25 12/20 kV", 1200, "M", "18.40", "2026-12-11"),
        L(2, "NA2XS-150", "MV cable NA2XS(F)2Y 1x150 RM/25 12/20 kV", 500, "M", "13.95", "2026-12-11"),
        L(3, "KSL-240-12", "Tubular cable lug Al 240 mm2, M12 bolt", 100, "EA", "4.85", "2026-12-11"),
    ])
    ans = {1: "bestätigt, Lieferung KW 50",
           2: "Teillieferung: 300 m in KW 49, restliche 200 m in KW 51. Preis bleibt.",
           3: "ok wie bestellt"}
    sig = ("Mit freundlichen Grüßen\n\nHenrik Lüders\nInnendienst Energiekabel\n"
           "Nordkabel Energietechnik GmbH | Am Kabelwerk 3 | 26919 Brake (Unterweser)\nTel. +49 4401 93 71-24\n"
           "Geschäftsführer: Jan Ohlsen | Amtsgericht Oldenburg HRB 20 1177\n")
    # inline: rebuild the quoted request with answers under each table row
    req = req_text(po).split("\n")
    out = []
    for row in req:
        out.append(row)
        for n, a in ans.items():
            if row.startswith("%d " % n) and po["lines"][n - 1]["item"] in row:
                out.append(">> NK: " + a)
    text = ("Hallo Frau Ruiz,\n\nunsere Antworten finden Sie direkt unter den Positionen (>> NK).\n\n" + sig +
            "\nVon: Dana Ruiz <%s>\nGesendet: Mittwoch, 4. November 2026 09:12\nAn: %s\nBetreff: %s\n\n"
            % (po["buyer"]["email"], s["email"], req_subject(po)) + "\n".join(out))
    rows = ""
    for x in po["lines"]:
        rows += ("<tr><td>%d</td><td>%s</td><td>%s</td><td>%d</td><td>%s</td><td>%s EUR</td><td>%s</td></tr>"
                 "<tr><td colspan=\"7\" style=\"color:#C00000\"><b>NK: %s</b></td></tr>"
                 % (x["line"], x["item"], hesc(x["description"]), x["quantity"], x["uom"], x["unit_price"],
                    x["requested_date"], hesc(ans[x["line"]])))
    html = ("<p class=\"MsoNormal\">Hallo Frau Ruiz,</p><p class=\"MsoNormal\">unsere Antworten finden Sie direkt "
            "unter den Positionen in <span style=\"color:#C00000\">Rot</span>.</p>" + text_to_html(sig) +
            "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt\"><p class=\"MsoNormal\"><b>Von:</b> Dana Ruiz "
            "&lt;%s&gt;<br><b>Gesendet:</b> Mittwoch, 4. November 2026 09:12<br><b>An:</b> %s<br><b>Betreff:</b> "
            "%s</p></div><p>Dear Sir or Madam,</p><p>please confirm our purchase order 4500018804 of 2026-11-03 "
            "(quantities, unit prices and delivery dates) by return e-mail.</p><table border=\"1\"><tr><th>Line</th>"
            "<th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Requested</th></tr>%s"
            "</table>" % (po["buyer"]["email"], s["email"], req_subject(po), rows))
    eml = reply(po, text, "2026-11-10 08:17:52", ("Henrik Lüders", "h.lueders@nordkabel-energie.example"),
                client="outlook", charset="iso-8859-1", cte="quoted-printable", quote="none", top_html=html,
                subject="AW: " + req_subject(po), content_lang="de-DE")
    e = exp_conf("Inline answers under the quoted rows. Line 1 'KW 50' = Fri 2026-12-11 = requested -> accepted; "
                 "line 2 split 300 m KW 49 (2026-12-04) + 200 m KW 51 (2026-12-18); line 3 as ordered.",
                 conf(po, {1: acc(po, 1), 2: chg(500, "13.95", kw(51), [(300, kw(49)), (200, kw(51))]),
                           3: acc(po, 3)}))
    return [po], eml, e


@case("ooo-bg-bulgarian", "auto_reply/bg-BG",
      "Bulgarian out-of-office in windows-1251/base64 that names a return date and a phone number but answers nothing")
def c005():
    s = sup("RODOPIGR", "Rodopi Granit EOOD", "office@rodopi-granit.example", "bg-BG")
    po = PO("4500018805", s, "EUR", "2026-11-09", [
        L(1, "GK-150-250", "Granite kerb 150x250 mm, flamed, length 1000 mm", 400, "M", "27.60", "2026-12-14"),
        L(2, "GK-R1000", "Granite radius kerb R=1 m, 150x250", 24, "PCS", "64.00", "2026-12-14"),
    ])
    body = ("Здравейте,\n\nБлагодаря за съобщението. В момента съм в отпуск до 23.11.2026 г. включително "
            "и нямам достъп до служебната си поща.\n\nЗа спешни въпроси относно поръчки и доставки, моля, "
            "пишете на office@rodopi-granit.example или звънете на +359 34 44 52 10.\n\nПоздрави,\nПетя Илиева\n"
            "Родопи Гранит ЕООД\n\n---\nI am out of the office until 23 November 2026. For urgent matters please "
            "contact office@rodopi-granit.example.\n")
    root = mime.text(body, "plain", "windows-1251", "base64")
    hdrs = [("From", mime.addr("Петя Илиева", "p.ilieva@rodopi-granit.example", "windows-1251")),
            ("To", mime.addr("Dana Ruiz", po["buyer"]["email"])),
            ("Subject", mime.enc("Автоматичен отговор: ", "windows-1251") + " " + req_subject(po)),
            ("Date", mime.rfc_date("2026-11-10 10:12:31", "+0200")),
            ("Message-ID", msg_id("outlook", "c005", "rodopi-granit.example")),
            ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
            ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("Thread-Topic", req_subject(po)), ("Content-Language", "bg-BG")]
    return [po], mime.message(hdrs, root), exp("auto_reply", "Out-of-office in Bulgarian (windows-1251, base64); "
                                                "the dates 23.11.2026 are the absence, not a delivery.")


@case("pizzastone-it-entro", "confirmation/it-IT",
      "'entro il 18 dicembre' without a year for both lines, plus a new price on one line written with a decimal comma")
def c006():
    s = sup("REFRATTARI", "Refrattari Emiliani S.r.l.", "ordini@refrattari-emiliani.example", "it-IT")
    po = PO("4500018806", s, "EUR", "2026-11-05", [
        L(1, "PS-CORD-38", "Pizza stone cordierite 38x30 cm, 1.5 cm thick", 300, "PCS", "23.50", "2026-12-11"),
        L(2, "PS-RND-33", "Round pizza stone 33 cm, 2 cm thick, 2027 logo print", 200, "PCS", "19.80", "2026-12-11"),
    ])
    top = ("Buongiorno sig.ra Ruiz,\n\nconfermiamo l'ordine n. 4500018806 con le seguenti precisazioni:\n"
           "- pos. 1 (pietra cordierite 38x30): prezzo aggiornato a 24,90 EUR/pz a causa dell'aumento del costo "
           "della cordierite;\n- pos. 2 (pietra tonda 33 cm): prezzo invariato.\n\n"
           "Quantità come da ordine, consegna di entrambe le posizioni entro il 18 dicembre.\n\n"
           "Cordiali saluti\nMarco Bellei\nUfficio Commerciale\nRefrattari Emiliani S.r.l.\n"
           "Via dell'Industria 41, 41049 Sassuolo (MO)\nTel. +39 0536 80 44 12\n\n"
           "Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questa e-mail sono riservate "
           "e destinate esclusivamente al destinatario.\n")
    eml = reply(po, top, "2026-11-12 11:48:20", ("Marco Bellei", "ordini@refrattari-emiliani.example"),
                client="outlook", charset="iso-8859-1", cte="quoted-printable", qlang="it",
                subject="R: " + req_subject(po), content_lang="it-IT")
    d = "2026-12-18"
    e = exp_conf("'entro il 18 dicembre' (no year; mail of 2026-11-12) -> 2026-12-18 for both lines; line 1 "
                 "price 24,90 instead of 23.50.",
                 conf(po, {1: chg(300, "24.90", d), 2: chg(200, "19.80", d)}))
    return [po], eml, e


@case("rescuerope-us-per-100", "confirmation/en-US",
      "US month-first ship dates only (12/04/2026), and carabiner pricing quoted per hundred ($1,380.00/C)")
def c007():
    s = sup("SUMMITLINE", "Summit Line Rescue Supply Inc.", "orders@summitline-rescue.example", "en-US")
    po = PO("4500018807", s, "USD", "2026-11-04", [
        L(1, "KRN-11-200", "Static kernmantle rescue rope 11 mm x 200 ft, NFPA 1983", 20, "EA", "289.00",
          "2026-12-08"),
        L(2, "CBR-S-58", "Steel locking carabiner 5/8 in, 40 kN, NFPA G", 300, "EA", "14.20", "2026-12-08"),
        L(3, "PUL-2-4", "Double pulley 2 in sheave, 4:1 haul system kit", 10, "SET", "212.00", "2026-12-08"),
    ])
    top = ("Hi Dana,\n\nThanks for the PO. Here's where we are:\n\n"
           "Line 1 rope - OK, 20 ea @ $289.00, ships 12/04/2026\n"
           "Line 2 carabiners - pricing on these is per hundred: $1,380.00/C, so 300 pcs = $4,140.00. "
           "Ships 12/04/2026 as well.\n"
           "Line 3 pulley kits - OK @ $212.00, ships 12/01/2026\n\n"
           "All going UPS Ground from our Denver warehouse.\n\nThanks,\nKyle Brandt\nInside Sales\n"
           "Summit Line Rescue Supply Inc.\n4410 Brighton Blvd, Denver, CO 80216\n(303) 555-0148\n")
    eml = reply(po, top, "2026-11-11 15:02:33", ("Kyle Brandt", "kbrandt@summitline-rescue.example"), tz="-0700",
                client="gmail", charset="UTF-8", cte="quoted-printable", quote="prefix", intro="On {wd3}, {mon3} {d}, {yyyy} at 1:12 AM {name} <{email}> wrote:",
                subject="Re: " + req_subject(po))
    e = exp_conf("Only ship dates are given (month-first, 12/04 = Dec 4, 12/01 = Dec 1) so they are the dates; "
                 "line 2 price $1,380.00 per 100 = 13.80 per EA.",
                 conf(po, {1: chg(20, "289.00", "2026-12-04"), 2: chg(300, "13.80", "2026-12-04"),
                           3: chg(10, "212.00", "2026-12-01")}))
    return [po], eml, e


@case("bounce-postfix-nouser", "bounce/en-NZ",
      "Postfix DSN for a mailbox that does not exist; the returned original carries the full PO table and dates")
def c008():
    s = sup("KIWIOPT", "Kiwi Optics Supplies Ltd", "orders@kiwioptics.example", "en-NZ")
    po = PO("4500018808", s, "USD", "2026-11-08", [
        L(1, "LC-MF-1515", "Lens cleaning cloth microfibre 15x15 cm, printed 2-colour", 10000, "PCS", "0.32",
          "2026-12-04"),
        L(2, "LC-SPR-30", "Lens cleaning spray 30 ml with cloth, 12/box", 200, "BOX", "14.40", "2026-12-04"),
    ])
    rcpt = s["email"]
    human = ("This is the mail system at host mail.brightwater-trading.example.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
             "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached "
             "returned message.\n\n                   The mail system\n\n"
             "<%s>: host mx1.kiwioptics.example[203.0.113.25] said: 550 5.1.1\n    <%s>: Recipient address "
             "rejected: User unknown in virtual mailbox\n    table (in reply to RCPT TO command)\n" % (rcpt, rcpt))
    ds = ("Reporting-MTA: dns; mail.brightwater-trading.example\nX-Postfix-Queue-ID: 4XkQ2T6bVzz9sWQ\n"
          "X-Postfix-Sender: rfc822; dana.ruiz@brightwater-trading.example\n"
          "Arrival-Date: Mon,  9 Nov 2026 09:12:02 +0100 (CET)\n\n"
          "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\n"
          "Remote-MTA: dns; mx1.kiwioptics.example\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address\n"
          "    rejected: User unknown in virtual mailbox table\n" % (rcpt, rcpt, rcpt)).encode("ascii")
    b = "4XkQ2T6bVzz9sWQ.1794219123/mail.brightwater-trading.example"
    root = mime.multipart("report", [
        mime.raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                      human.encode("ascii")),
        mime.raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds),
        mime.raw_part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                      request_eml(po)),
    ], b, params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.")
    hdrs = [("Return-Path", "<>"), ("Date", mime.rfc_date("2026-11-09 09:12:41")),
            ("From", "MAILER-DAEMON@mail.brightwater-trading.example (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", po["buyer"]["email"]), ("Auto-Submitted", "auto-replied"),
            ("Message-ID", "<20261109081241.5A1C29F5D0@mail.brightwater-trading.example>")]
    return [po], mime.message(hdrs, root), exp("bounce", "Postfix 550 5.1.1 user unknown; the returned original "
                                                "contains our PO table with quantities, prices and dates.")


@case("greenhouse-nl-be-partial", "confirmation/nl-BE",
      "Flemish reply confirms one line, cuts another to 250 m2 and silently skips the third line")
def c009():
    s = sup("KASGLAS", "Vlaamse Kasglas NV", "verkoop@vlaamse-kasglas.example", "nl-BE")
    po = PO("4500018809", s, "EUR", "2026-11-05", [
        L(1, "KG-4-1000", "Greenhouse float glass 4 mm, 1000x1650 mm, diffuse 70/50", 600, "M2", "11.80",
          "2026-12-07"),
        L(2, "KG-4-730", "Greenhouse glass 4 mm, 730x1650 mm, AR-coated both sides", 400, "M2", "17.40",
          "2026-12-07"),
        L(3, "KG-CLIP-50", "Glazing clip stainless, bag of 50", 40, "BOX", "9.60", "2026-12-07"),
    ])
    top = ("Goedemiddag Dana,\n\nBedankt voor uw bestelling 4500018809.\n\n"
           "Positie 1 (diffuus glas 1000x1650): akkoord, 600 m² à € 11,80, levering 07/12/2026.\n"
           "Positie 2 (AR-glas 730x1650): wij kunnen slechts 250 m² leveren op 07/12/2026; de resterende 150 m² "
           "kunnen wij dit jaar niet meer produceren en die vervallen dus.\n\n"
           "Met vriendelijke groeten\nPieter Claes\nVlaamse Kasglas NV\nNijverheidslaan 88, 9880 Aalter\n"
           "T +32 9 325 61 40\n")
    eml = reply(po, top, "2026-11-12 14:31:09", ("Pieter Claes", "p.claes@vlaamse-kasglas.example"),
                client="outlook", charset="windows-1252", cte="quoted-printable", qlang="nl",
                content_lang="nl-BE")
    e = exp_conf("Line 1 as ordered; line 2 only 250 of 400 m2 (rest dropped); line 3 (clips) is not mentioned "
                 "-> unconfirmed.",
                 conf(po, {1: acc(po, 1), 2: chg(250, "17.40", "2026-12-07"), 3: UNC}))
    return [po], eml, e


@case("sushibelt-ja-noki", "confirmation/ja-JP",
      "Japanese Shift_JIS/base64 reply with '納期：12月18日' (no year) and 'ご注文通り' for quantity and price")
def c010():
    s = sup("HOKUTO", "Hokuto Conveyor Co., Ltd.", "eigyo@hokuto-conveyor.example", "ja-JP")
    po = PO("4500018810", s, "JPY", "2026-11-05", [
        L(1, "SC-CRV-R800", "Sushi conveyor crescent top chain, R800 curve module", 6, "EA", "128000", "2026-12-11"),
        L(2, "SC-STR-1500", "Straight conveyor module 1500 mm, 24V DC drive", 10, "EA", "86500", "2026-12-11"),
        L(3, "SC-CVR-BLU", "Plate dome cover, blue, 12x20 cm cutout", 200, "PCS", "450", "2026-12-11"),
    ])
    top = ("ブライトウォーター・トレーディング\nダナ・ルイス様\n\nいつも大変お世話になっております。\n"
           "北斗コンベヤ営業部の佐藤でございます。\n\nご注文番号 4500018810 につきまして、下記の通りお請けいたします。\n\n"
           "・数量、単価：ご注文通り\n・納期：12月18日（全品一括納入）\n\n何卒よろしくお願い申し上げます。\n\n"
           "株式会社北斗コンベヤ　営業部\n佐藤 健一\n〒452-0802 愛知県名古屋市西区比良3-112\n"
           "TEL 052-501-7733 / FAX 052-501-7734\n")
    eml = reply(po, top, "2026-11-13 10:05:00", ("佐藤 健一", "k.sato@hokuto-conveyor.example"), tz="+0900",
                client="outlook", charset="shift_jis", cte="base64", qlang="ja", sent="{yyyy}年{m}月{d}日 17:12",
                subject="RE: " + req_subject(po), content_lang="ja-JP")
    d = "2026-12-18"
    e = exp_conf("'納期：12月18日' without a year (mail 2026-11-13) -> 2026-12-18 for all lines; quantity and price "
                 "'ご注文通り' (as ordered).",
                 conf(po, {1: chg(6, "128000", d), 2: chg(10, "86500", d), 3: chg(200, "450", d)}))
    return [po], eml, e


@case("lenscloth-zh-cn-price-same", "confirmation/zh-CN",
      "GB2312 Chinese list: '单价不变' on two lines with new dates, a new unit price on the third")
def c011():
    s = sup("MINGJING", "Shenzhen Mingjing Cleaning Products Co., Ltd.", "sales@mingjing-clean.example", "zh-CN")
    po = PO("4500018811", s, "CNY", "2026-11-05", [
        L(1, "MFC-1518-GY", "Microfibre lens cloth 15x18 cm, grey, 230 gsm", 5000, "PCS", "0.85", "2026-12-04"),
        L(2, "MFC-3030-BK", "Microfibre cloth 30x30 cm, black, laser-cut edge", 2000, "PCS", "1.60", "2026-12-04"),
        L(3, "MFC-POUCH-917", "Microfibre pouch 9x17 cm with drawstring, 2-colour logo", 3000, "PCS", "1.25",
          "2026-12-04"),
    ])
    top = ("Dana 您好，\n\n订单 4500018811 已收到，确认如下：\n"
           "1. 15x18 灰色镜布 5000 片，单价不变，交货期 2026年12月11日\n"
           "2. 30x30 黑色布 2000 片，单价不变，交货期 2026年12月11日\n"
           "3. 9x17 眼镜袋 3000 个，因原材料涨价单价调整为 1.38 元，交货期 2026年12月18日\n\n"
           "谢谢！\n\n王丽 Lily Wang\n深圳市明镜清洁用品有限公司\n深圳市宝安区福永街道工业大道 18 号\n"
           "电话：+86 755 2733 6618\n")
    eml = reply(po, top, "2026-11-11 16:40:12", ("王丽 Lily Wang", "lily.wang@mingjing-clean.example"), tz="+0800",
                client="outlook", charset="gb2312", cte="base64", html=True,
                subject="回复: " + req_subject(po))
    e = exp_conf("'单价不变' = unit price unchanged on lines 1-2 (dates move to 2026-12-11); line 3 new price "
                 "1.38 CNY and 2026-12-18.",
                 conf(po, {1: chg(5000, "0.85", "2026-12-11"), 2: chg(2000, "1.60", "2026-12-11"),
                           3: chg(3000, "1.38", "2026-12-18")}))
    return [po], eml, e


@case("seedlings-sv-leverans", "confirmation/sv-SE",
      "Swedish 'Leverans 18/12' (day/month, no year) for all rows and a '+4 %' surcharge on one row")
def c012():
    s = sup("NORRPLANT", "Norrplant Plantskola AB", "order@norrplant.example", "sv-SE")
    po = PO("4500018812", s, "SEK", "2026-11-06", [
        L(1, "PL-PA-2035", "Picea abies 2/0 plug seedlings, 20-35 cm, tray of 40", 3000, "PCS", "4.20", "2026-12-14"),
        L(2, "PL-PS-1525", "Pinus sylvestris 1/0 plug seedlings, 15-25 cm", 2000, "PCS", "3.10", "2026-12-14"),
        L(3, "PL-BP-4060", "Betula pendula 1/1, 40-60 cm, bare root", 500, "PCS", "3.25", "2026-12-14"),
    ])
    top = ("Hej Dana,\n\nTack för beställningen. Vi bekräftar order 4500018812 enligt följande:\n\n"
           "Rad 1 och 2: antal och pris enligt order.\nRad 3: pris +4 % p.g.a. höjda odlingskostnader, antal "
           "enligt order.\n\nLeverans 18/12 för samtliga rader (måndag 14/12 har vi inventering och kan inte "
           "lasta).\n\nMed vänlig hälsning\nKarin Lindqvist\nNorrplant Plantskola AB\nPlantvägen 6, 905 95 Umeå\n"
           "Tel 090-18 44 70\n")
    eml = reply(po, top, "2026-11-16 09:27:45", ("Karin Lindqvist", "order@norrplant.example"),
                client="outlook", charset="iso-8859-1", cte="quoted-printable", qlang="sv",
                subject="SV: " + req_subject(po), content_lang="sv-SE")
    d = "2026-12-18"
    e = exp_conf("'Leverans 18/12' = 18 December (day/month) for all rows; row 3 price 3.25 * 1.04 = 3.38 SEK.",
                 conf(po, {1: chg(3000, "4.20", d), 2: chg(2000, "3.10", d), 3: chg(500, "3.38", d)}))
    return [po], eml, e


@case("marinebatt-hu-szallitas", "confirmation/hu-HU",
      "Hungarian 'Szállítás 2026.12.18.' with year-first dots, space-grouped prices and a reduced quantity")
def c013():
    s = sup("BALATONAKKU", "Balaton Akku Kft.", "rendeles@balaton-akku.example", "hu-HU")
    po = PO("4500018813", s, "EUR", "2026-11-06", [
        L(1, "MB-AGM-105", "Marine AGM deep-cycle battery 12V 105Ah, M8 terminals", 24, "EA", "189.00", "2026-12-11"),
        L(2, "MB-LFP-200", "LiFePO4 marine battery 12.8V 200Ah, Bluetooth BMS", 6, "EA", "1249.00", "2026-12-11"),
    ])
    top = ("Tisztelt Ruiz Asszony!\n\nKöszönjük megrendelését (4500018813). Az alábbiak szerint igazoljuk vissza:\n\n"
           "1. tétel - AGM 12V 105Ah: 20 db (24 helyett; a maradék 4 db-ot nem tudjuk biztosítani), "
           "egységár 189,00 EUR\n2. tétel - LiFePO4 12,8V 200Ah: 6 db, egységár 1 249,00 EUR\n\n"
           "Szállítás 2026.12.18. mindkét tételre.\n\nÜdvözlettel:\nNagy Zsófia\nértékesítés\nBalaton Akku Kft.\n"
           "8200 Veszprém, Házgyári út 12.\nTel.: +36 88 421 370\n")
    eml = reply(po, top, "2026-11-12 10:14:33", ("Nagy Zsófia", "zs.nagy@balaton-akku.example"),
                client="thunderbird", charset="iso-8859-2", cte="quoted-printable", html=False, quote="prefix",
                intro="{yyyy}. {mm}. {dd}. {HH}:{MM} keltezéssel, {name} írta:", subject="Re: " + req_subject(po),
                content_lang="hu")
    d = "2026-12-18"
    e = exp_conf("Hungarian year-first date '2026.12.18.'; line 1 cut from 24 to 20 EA; line 2 price "
                 "'1 249,00' = 1249.00 unchanged, only the date moves.",
                 conf(po, {1: chg(20, "189.00", d), 2: chg(6, "1249.00", d)}))
    return [po], eml, e


@case("bellows-mx-partial-question", "needs_review/es-MX",
      "Mexican reply proposes a split delivery with concrete quantities and dates but asks first whether a partial delivery is acceptable")
def c014():
    s = sup("FUELLESNORTE", "Fuelles y Acordeones del Norte S.A. de C.V.", "ventas@fuellesnorte.example", "es-MX")
    po = PO("4500018814", s, "USD", "2026-11-06", [
        L(1, "BLW-3R-34", "Accordion bellows 3-row, 34 bass, 18 folds, black/red", 60, "EA", "148.00", "2026-12-11"),
        L(2, "BLW-CRN-SET", "Bellows corner set, nickel, 4/3 pattern", 60, "SET", "12.50", "2026-12-11"),
    ])
    top = ("Hola Dana, buenas tardes.\n\nRecibimos la OC 4500018814, muchas gracias. Antes de confirmarla quería "
           "consultarle algo: ¿les sirve una entrega parcial? Podríamos enviar 30 fuelles y los 60 juegos de "
           "esquineros el 11 de diciembre, y los otros 30 fuelles a mediados de enero.\n\n"
           "Si les funciona así, le mando la confirmación formal con las fechas definitivas.\n\n"
           "Saludos cordiales,\nAlejandro Garza\nVentas Exportación\nFuelles y Acordeones del Norte S.A. de C.V.\n"
           "Av. Constitución 1450 Ote., Monterrey, N.L., C.P. 64000\nTel. +52 81 8342 1170\n")
    eml = reply(po, top, "2026-11-11 17:55:10", ("Alejandro Garza", "agarza@fuellesnorte.example"), tz="-0600",
                client="gmail", charset="UTF-8", cte="quoted-printable", quote="prefix",
                intro="El {d} nov {yyyy} a las 02:12, {name} (<{email}>) escribió:",
                subject="Re: " + req_subject(po))
    return [po], eml, exp("needs_review", "Asks whether a partial delivery is acceptable before confirming; the "
                                          "quantities and '11 de diciembre' are a proposal, not a commitment.")


@case("roller-ms-disember", "confirmation/ms-MY",
      "Malay prose 'penghantaran pada 18 Disember 2026' with quantities and prices confirmed only as 'tidak berubah'")
def c015():
    s = sup("JENTERA", "Syarikat Jentera Jalan Sdn. Bhd.", "jualan@jenterajalan.example", "ms-MY")
    po = PO("4500018815", s, "MYR", "2026-11-06", [
        L(1, "AR-SCR-1680", "Drum scraper blade, polyurethane, 1680 mm, for 10 t tandem roller", 8, "EA", "385.00",
          "2026-12-11"),
        L(2, "AR-WP-24V", "Water spray pump 24V DC, 6 l/min", 4, "EA", "620.00", "2026-12-11"),
        L(3, "AR-BRG-22316", "Vibration bearing 22316 E/C3", 6, "EA", "1150.00", "2026-12-11"),
    ])
    top = ("Salam sejahtera Cik Dana,\n\nTerima kasih atas pesanan belian 4500018815. Kami mengesahkan semua "
           "item seperti yang dipesan (kuantiti dan harga tidak berubah), dengan penghantaran pada 18 Disember 2026 "
           "kerana bearing 22316 perlu diimport dari Jepun.\n\nSekian, terima kasih.\n\nNurul Aina binti Hassan\n"
           "Eksekutif Jualan\nSyarikat Jentera Jalan Sdn. Bhd.\nLot 22, Jalan Perindustrian 4, 40000 Shah Alam, "
           "Selangor\nTel: +60 3-5511 2740\n")
    eml = reply(po, top, "2026-11-13 11:20:00", ("Nurul Aina Hassan", "nurul.aina@jenterajalan.example"),
                tz="+0800", client="outlook", charset="us-ascii", cte="7bit")
    d = "2026-12-18"
    e = exp_conf("Malay: all items as ordered except the delivery date 'penghantaran pada 18 Disember 2026' for "
                 "all three lines.",
                 conf(po, {1: chg(8, "385.00", d), 2: chg(4, "620.00", d), 3: chg(6, "1150.00", d)}))
    return [po], eml, e


@case("upholstery-da-per-pair", "confirmation/da-DK",
      "Danish reply prices armrest pads per pair (DKK 560,00/par) on a PO line ordered in pieces")
def c016():
    s = sup("TANDPOLS", "Dansk Tandstolspolstring ApS", "ordre@tandstolspolstring.example", "da-DK")
    po = PO("4500018816", s, "DKK", "2026-11-09", [
        L(1, "DCU-ARM-GR", "Armrest pad for dental chair, left or right, vinyl, grey 7040", 40, "PCS", "290.00",
          "2026-12-11"),
        L(2, "DCU-SEAT-GR", "Seat cushion cover, grey 7040, 3 mm foam backing", 10, "EA", "1450.00", "2026-12-11"),
    ])
    top = ("Hej Dana\n\nTak for ordren. Vi bekræfter ordre 4500018816:\n\n"
           "Pos. 1 armlænspuder: leveres parvis (venstre + højre), 20 par = 40 stk., pris pr. par DKK 560,00.\n"
           "Pos. 2 sædebetræk: 10 stk. à DKK 1.450,00.\n\nLevering af begge positioner fredag den 11. december "
           "2026.\n\nVenlig hilsen\nMette Kjærgaard\nDansk Tandstolspolstring ApS\nHåndværkervej 9, 7100 Vejle\n"
           "Tlf. +45 75 82 19 40\n")
    eml = reply(po, top, "2026-11-17 08:49:30", ("Mette Kjærgaard", "ordre@tandstolspolstring.example"),
                client="outlook", charset="iso-8859-1", cte="quoted-printable", qlang="da",
                subject="SV: " + req_subject(po), content_lang="da-DK")
    e = exp_conf("Line 1 priced per pair: DKK 560,00 / 2 = 280.00 per piece, 20 pairs = 40 PCS; line 2 as ordered "
                 "(1.450,00 uses a dot as thousands separator).",
                 conf(po, {1: chg(40, "280.00", "2026-12-11"), 2: acc(po, 2)}))
    return [po], eml, e


@case("ledscreen-ko-discontinued", "confirmation/ko-KR",
      "Korean EUC-KR list: two lines restated exactly as ordered, the third declined as discontinued with an alternative offered")
def c017():
    s = sup("HANBIT", "Hanbit Display Co., Ltd.", "sales@hanbit-display.example", "ko-KR")
    po = PO("4500018817", s, "USD", "2026-11-06", [
        L(1, "LED-P39-500", "LED panel P3.9 outdoor 500x500 mm, 4500 nits", 48, "EA", "412.00", "2026-12-18"),
        L(2, "LED-FC-6", "Flight case for 6 panels 500x500", 8, "EA", "265.00", "2026-12-18"),
        L(3, "LED-RC-A8S", "Receiving card A8s, 24V", 48, "EA", "38.50", "2026-12-18"),
    ])
    top = ("Dana Ruiz 님께,\n\n안녕하세요. 한빛디스플레이 해외영업팀 김민준입니다.\n"
           "발주서 4500018817 에 대해 아래와 같이 회신드립니다.\n\n"
           "1. LED 패널 P3.9 (500x500): 48개, 단가 USD 412.00, 납기 2026년 12월 18일 - 확정\n"
           "2. 플라이트 케이스: 8개, 단가 USD 265.00, 납기 2026년 12월 18일 - 확정\n"
           "3. 수신카드 A8s: 해당 모델 단종으로 공급이 불가합니다. 대체 모델(A10s)은 별도로 견적 드리겠습니다.\n\n"
           "감사합니다.\n\n김민준 / Minjun Kim\n해외영업팀, (주)한빛디스플레이\n경기도 화성시 동탄산단 8길 15\n"
           "Tel +82 31 8015 2290\n")
    eml = reply(po, top, "2026-11-12 14:10:00", ("Minjun Kim", "mj.kim@hanbit-display.example"), tz="+0900",
                client="outlook", charset="euc-kr", cte="base64", subject="RE: " + req_subject(po),
                content_lang="ko-KR")
    e = exp_conf("Lines 1-2 restated exactly as ordered; line 3 cannot be supplied (discontinued) -> rejected; the "
                 "alternative A10s is only an offer.",
                 conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: REJ}))
    return [po], eml, e


@case("granite-fi-newsletter", "unrelated/fi-FI",
      "Finnish HTML newsletter from a supplier with an open PO, full of prices, sizes and week numbers")
def c018():
    s = sup("GRANIITTI", "Suomen Graniittikivi Oy", "myynti@graniittikivi.example", "fi-FI")
    po = PO("4500018818", s, "EUR", "2026-11-04", [
        L(1, "RK5-150", "Granite kerb RK5 150x250 mm, grey, sawn top", 250, "M", "31.40", "2026-12-11"),
    ])
    txt = ("Suomen Graniittikivi - uutiskirje 11/2026\n\nTalvikampanja: reunakivet RK5 150x250 mm nyt 24,90 €/jm "
           "(norm. 29,50 €/jm), voimassa 30.11.2026 asti.\nUutuus: noppakivi 8/10 harmaa, 1 000 kg suursäkki "
           "189 €/t.\nToimitukset viikolla 2/2027 alkaen Loviisan tehtaalta.\n\nLue lisää: "
           "https://www.graniittikivi.example/uutiset\n\nEt halua enää uutiskirjettä? "
           "https://www.graniittikivi.example/peru?u=bw-0443\n")
    html = ("<html><body style=\"font-family:Arial\"><table width=\"600\" align=\"center\"><tr><td>"
            "<h1 style=\"color:#444\">Uutiskirje 11/2026</h1><h2>Talvikampanja</h2><p>Reunakivet RK5 150x250 mm "
            "nyt <b>24,90 €/jm</b> (norm. 29,50 €/jm), voimassa 30.11.2026 asti.</p><p>Uutuus: noppakivi 8/10 "
            "harmaa, 1 000 kg suursäkki 189 €/t.</p><p>Toimitukset viikolla 2/2027 alkaen Loviisan tehtaalta.</p>"
            "<p><a href=\"https://www.graniittikivi.example/uutiset\">Lue lisää</a></p><p style=\"font-size:10px\">"
            "Suomen Graniittikivi Oy, Teollisuustie 5, 07900 Loviisa | <a href=\"https://www.graniittikivi.example/"
            "peru?u=bw-0443\">Peru tilaus</a></p></td></tr></table></body></html>\n")
    root = mime.multipart("alternative", [mime.text(txt, "plain", "utf-8", "quoted-printable"),
                                          mime.text(html, "html", "utf-8", "quoted-printable")],
                          "----=_NmP-7f3c1e2a9b44d0a1-Part_1")
    hdrs = [("From", mime.addr("Suomen Graniittikivi", "uutiset@graniittikivi.example")),
            ("To", po["buyer"]["email"]),
            ("Subject", mime.enc("Uutiskirje 11/2026: talvikampanja ja uutuudet", "utf-8")),
            ("Date", mime.rfc_date("2026-11-18 07:00:02", "+0200")),
            ("Message-ID", "<nl-2026-11.bw-0443@news.graniittikivi.example>"),
            ("List-Unsubscribe", "<https://www.graniittikivi.example/peru?u=bw-0443>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
            ("X-Mailer", "Newsletter2Go")]
    return [po], mime.message(hdrs, root), exp("unrelated", "Marketing newsletter from the same supplier; its "
                                                "prices and 'viikolla 2/2027' are not about PO 4500018818.")
