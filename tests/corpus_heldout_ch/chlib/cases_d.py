"""Cases 055-070: XLSX/PDF/CSV attachments, ERP acknowledgements, bounces, unrelated mail, forwards."""
from . import mime
from .common import (case, sup, L, PO, acc, chg, REJ, UNC, conf, all_acc, exp_conf, exp, hdate, reply, mid, bnd,
                     iso_day, BUYERS, req_subject, req_text, text2html, html_doc, request_eml, pdf_att, xlsx_att,
                     csv_att, quote_block, DOM)
from .cases_c import bounce
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("fr-be-boxes-xlsx-split", "confirmation/fr-BE",
      "Belgian French summary in the body plus an XLSX confirmation where line 2 appears on two rows (split delivery) and line 3 has a new price.")
def c055():
    s = sup("CADE", "Cartonnages Delvaux SRL", "commandes@cartonnages-delvaux.example", "fr-BE")
    po = PO("4500032288", s, "piet", "EUR", "2026-11-12", [
        L(1, "PSB-BE-1220", "Ballet pointe shoe box 12x20x9 cm, black, gold foil", 1500, "EA", "0.94", "2026-12-11"),
        L(2, "PSB-BE-2430", "Shipping carton 24x30x20 cm, holds 4 boxes", 400, "EA", "1.35", "2026-12-11"),
        L(3, "PSB-BE-TIS", "Tissue paper 50x75 cm, black, ream of 480", 6, "EA", "48.00", "2026-12-11"),
        L(4, "PSB-BE-STK", "Round sticker 40 mm, logo, roll of 500", 4, "ROL", "22.00", "2026-12-11"),
    ])
    rows = [["Pos.", "Article", "Désignation", "Qté", "Unité", "Prix unit. EUR", "Date de livraison"],
            [1, "PSB-BE-1220", "Boîte pointes 12x20x9 noir dorure", 1500, "pc", 0.94, "11/12/2026"],
            [2, "PSB-BE-2430", "Carton d'expédition 24x30x20", 200, "pc", 1.35, "11/12/2026"],
            [2, "PSB-BE-2430", "Carton d'expédition 24x30x20 (solde)", 200, "pc", 1.35, "08/01/2027"],
            [3, "PSB-BE-TIS", "Papier de soie 50x75 noir, rame 480", 6, "rame", 52.0, "11/12/2026"],
            [4, "PSB-BE-STK", "Étiquette ronde 40 mm, rouleau 500", 4, "rouleau", 22.0, "11/12/2026"],
            [],
            ["", "", "Confirmation de commande CC-26-1187 - votre commande 4500032288"]]
    xl = make_xlsx(rows, sheet="Confirmation", creator="Cartonnages Delvaux", stamp=(2026, 11, 18, 10, 12, 0))
    body = ("Bonjour Monsieur van Aarle,\n\nVeuillez trouver ci-joint notre confirmation de commande CC-26-1187 "
            "(fichier Excel).\n\nEn résumé : tout est confirmé selon votre commande 4500032288, sauf les cartons "
            "24x30x20 qui seront livrés en deux fois (voir fichier) et le papier de soie dont le prix passe à "
            "52,00 € la rame.")
    sig = ("Bien à vous,\n\nNathalie Dubois\nService commandes\nCartonnages Delvaux SRL\nRue de l'Industrie 27, "
           "1400 Nivelles\nTél. +32 67 21 44 90 - TVA BE 0412.339.781")
    eml = reply(po, ("Nathalie Dubois", "commandes@cartonnages-delvaux.example"), body, hdate(2026, 11, 18, 10, 20, 3),
                "c055", sig=sig, style="outlook", lang="fr", cs="windows-1252", re_="RE:",
                sent="jeudi 12 novembre 2026 14:05", greet="Dear Ms Dubois,",
                attachments=[xlsx_att(xl, "CC-26-1187_4500032288.xlsx")])
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1), 2: chg(po, 2, sched=[(200, "2026-12-11"), (200, "2027-01-08")]),
                                          3: chg(po, 3, p="52.00"), 4: acc(po, 4)})],
                               "The split (200 + 200, last 08/01/2027) is only in the spreadsheet rows; tissue paper "
                               "48.00 -> 52.00 per ream (PO unit EA = ream).")


@case("en-gb-new-price-only-in-quote", "needs_review/en-GB",
      "The supplier says line 2's price has gone up and points to 'the table below', but below is only our own quoted PO table with the old price.")
def c056():
    s = sup("QCEK", "Quillcraft Early Keyboards Ltd", "sales@quillcraft.example", "en-GB")
    po = PO("4500032306", s, "dana", "GBP", "2026-11-13", [
        L(1, "HQ-UK-CRW", "Crow quill plectra, natural, bundle of 25", 12, "EA", "24.00", "2026-12-11"),
        L(2, "HQ-UK-DMP", "Damper felt 3/8 in x 1 m, red", 20, "M", "5.60", "2026-12-11"),
        L(3, "HQ-UK-SPR", "Jack spring, boar bristle, pack of 100", 6, "EA", "17.50", "2026-12-11"),
    ])
    body = ("Hi Dana,\n\nThanks for this. We can do all three lines for your dates, but note the felt on line 2 has "
            "gone up since our last quote - the new price is in the table below.\n\nBest,\nOliver")
    sig = ("Oliver Pritchard\nQuillcraft Early Keyboards Ltd\nThe Old Forge, Church Lane, Finchingfield CM7 4NN\n"
           "01371 810 552")
    eml = reply(po, ("Oliver Pritchard", "sales@quillcraft.example"), body, hdate(2026, 11, 16, 16, 51, 4, "+0000"),
                "c056", sig=sig, style="outlook", cs="us-ascii", re_="RE:", greet="Dear Oliver,",
                sent="Friday, 13 November 2026 13:05")
    return [po], eml, exp("needs_review",
                          "The only table 'below' is our own quoted request showing 5.60; the new price for line 2 is "
                          "never stated, so the answer cannot be booked.")


@case("en-us-shared-inbox-receipt", "auto_reply/en-US",
      "Shared orders mailbox auto-acknowledgement that promises a reply in 1-2 business days and quotes office hours.")
def c057():
    s = sup("GLLG", "Great Lakes Lock & Gate Co.", "orders@greatlakeslockgate.example", "en-US")
    po = PO("4500032324", s, "marc", "USD", "2026-11-16", [
        L(1, "CLP-US-4836", "Canal lock sluice paddle 48x36 in, fabricated steel", 2, "EA", "7850.00", "2027-01-29"),
        L(2, "CLP-US-STM", "Operating stem 1-1/2 in x 12 ft, 303 SS", 2, "EA", "1420.00", "2027-01-29"),
    ])
    txt = ("Thank you for contacting Great Lakes Lock & Gate Co.\n\nThis is an automatic confirmation that your e-mail "
           "to orders@greatlakeslockgate.example has been received. This mailbox is monitored Monday-Friday, "
           "7:00 AM - 4:00 PM CT. Your message will be routed to the appropriate Customer Service Representative; "
           "please allow 1-2 business days for a response.\n\nOur offices will be closed 11/26 and 11/27 for "
           "Thanksgiving.\n\nGreat Lakes Lock & Gate Co. | 2200 W. Canal St., Lockport, IL 60441 | (815) 555-0192")
    root = mime.multi("alternative", bnd("outlook", "c057"), [
        mime.text(txt, "plain", "us-ascii", "quoted-printable"),
        mime.text(html_doc(text2html(txt)), "html", "us-ascii", "quoted-printable")])
    hs = [("From", mime.addr("Great Lakes Lock & Gate - Orders", "orders@greatlakeslockgate.example")),
          ("To", mime.addr(*BUYERS["marc"])), ("Subject", "Automatic reply: " + req_subject(po)),
          ("Date", hdate(2026, 11, 16, 7, 5, 14, "-0600")), ("Message-ID", mid("outlook", "c057")),
          ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    return [po], mime.message(hs, root), exp("auto_reply",
                                             "Shared-inbox receipt; 11/26-11/27 is an office closure, not a date for "
                                             "the PO.")


@case("de-de-erp-ab-pdf-flate-kw", "confirmation/de-DE",
      "ERP mail with a Flate-compressed PDF Auftragsbestätigung using 'KW 51/2026', 'Di. KW 50/2026' and a price per 100 pieces.")
def c058():
    s = sup("ADRB", "Aerodyn Rotorblatt GmbH", "vertrieb@aerodyn-rotorblatt.example", "de-DE")
    po = PO("4500032342", s, "sofia", "EUR", "2026-11-12", [
        L(1, "WTF-DE-2200", "Wind tunnel fan blade 2.2 m, CFRP, 2027 model, root M24", 12, "EA", "4180.00", "2026-12-18"),
        L(2, "WTF-DE-M24", "Root bolt M24x180, 10.9, zinc flake", 144, "EA", "6.40", "2026-12-18"),
        L(3, "WTF-DE-BAL", "Balancing plate 1.5 mm, stainless", 24, "EA", "11.20", "2026-12-11"),
    ])
    lines = [("Aerodyn Rotorblatt GmbH", 13, True), "Hafenstraße 31 · 26789 Leer · Tel. +49 491 9602-0", "",
             ("Auftragsbestätigung Nr. 2611-04417", 14, True), "Datum: 19.11.2026          Kunden-Nr.: 30218",
             "Ihre Bestellung: 4500032342 vom 12.11.2026          Ihr Zeichen: S. Lindqvist", "",
             ("Pos  Artikel        Bezeichnung                          Menge   ME    Preis          Liefertermin", 8, True),
             ("10   WTF-DE-2200    Gebläseschaufel 2,2 m CFK, Modell 2027   12   Stk   4.180,00 €/Stk   KW 51/2026", 8, False),
             ("20   WTF-DE-M24     Fußschraube M24x180 10.9 Zinklamelle    144   Stk   655,00 € je 100 Stk   KW 51/2026", 8, False),
             ("30   WTF-DE-BAL     Wuchtblech 1,5 mm Edelstahl              24   Stk   11,20 €/Stk   Di. KW 50/2026", 8, False),
             "", "Nettowarenwert: 51.372,00 €   zzgl. 19 % MwSt.", "Lieferbedingung: DAP Lager Käufer (Incoterms 2020)",
             "Zahlungsbedingung: 30 Tage netto", "",
             "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen (Stand 01/2026).",
             "Amtsgericht Aurich HRB 201455 · USt-IdNr. DE 812 334 902"]
    assert round(12 * 4180 + 144 * 6.55 + 24 * 11.20, 2) == 51372.00
    pdf = make_pdf(lines, compress=True, date="D:20261119071402+01'00'", title="Auftragsbestaetigung 2611-04417",
                   producer="proALPHA ERP Reporting", author="Aerodyn Rotorblatt GmbH")
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung Nr. 2611-04417 zu Ihrer "
            "Bestellung 4500032342.\n\nDiese E-Mail wurde automatisch erstellt. Bei Rückfragen wenden Sie sich bitte "
            "an vertrieb@aerodyn-rotorblatt.example.\n\nMit freundlichen Grüßen\nAerodyn Rotorblatt GmbH\n\n"
            "Aerodyn Rotorblatt GmbH · Sitz Leer · Amtsgericht Aurich HRB 201455 · Geschäftsführer: Dr. Frauke Ahlers")
    root = mime.multi("mixed", bnd("erp", "c058"), [
        mime.multi("alternative", bnd("erp", "c058a"), [
            mime.text(body, "plain", "iso-8859-1", "quoted-printable"),
            mime.text(html_doc(text2html(body), "iso-8859-1"), "html", "iso-8859-1", "quoted-printable")]),
        pdf_att(pdf, "AB_2611-04417.pdf")])
    hs = [("From", mime.addr("Aerodyn Rotorblatt GmbH", "noreply-erp@aerodyn-rotorblatt.example")),
          ("Reply-To", "vertrieb@aerodyn-rotorblatt.example"), ("To", mime.addr(*BUYERS["sofia"])),
          ("Subject", mime.ew("Auftragsbestätigung 2611-04417 zu Ihrer Bestellung 4500032342", "iso-8859-1")),
          ("Date", hdate(2026, 11, 19, 7, 14, 5)), ("Message-ID", mid("erp", "c058", "erp.aerodyn-rotorblatt.example")),
          ("X-Mailer", "proALPHA Mailservice")]
    d51, d50tue = iso_day(2026, 51), iso_day(2026, 50, 2)
    assert (d51, d50tue) == ("2026-12-18", "2026-12-08")
    return [po], mime.message(hs, root), exp_conf([conf(po, {1: acc(po, 1), 2: chg(po, 2, p="6.55"),
                                                               3: chg(po, 3, d=d50tue)})],
                                                  "Automatic ERP mail with the AB as Flate PDF = confirmation; ERP positions 10/20/30 map to PO lines 1/2/3 by item code; KW 51 = "
                                                  "Fri 2026-12-18 (as requested), 655,00 je 100 = 6.55/EA, 'Di. KW 50' "
                                                  "= Tue 2026-12-08 (earlier than requested).")


@case("it-it-runners-confirm-next-week", "needs_review/it-IT",
      "Italian 'Vi confermeremo ... la prossima settimana' with a reassuring but non-binding remark about the second line.")
def c059():
    s = sup("OSCO", "Officine Slittini Cortina S.r.l.", "ordini@slittinicortina.example", "it-IT")
    po = PO("4500032360", s, "dana", "EUR", "2026-11-16", [
        L(1, "BSR-IT-2M", "Bobsleigh runner set 2-man, 2027 homologation, 12 mm", 4, "SET", "3120.00", "2027-01-15"),
        L(2, "BSR-IT-CVR", "Runner cover 1.3 m, padded", 8, "PAIR", "52.00", "2027-01-15"),
    ])
    body = ("Buongiorno Sig.ra Ruiz,\n\nabbiamo ricevuto il Vs. ordine 4500032360. Stiamo verificando con l'ufficio "
            "tecnico la disponibilità dell'acciaio per l'omologazione 2027: Vi confermeremo quantità, prezzi e data di "
            "consegna la prossima settimana.\nPer le coperture non dovrebbero esserci problemi.")
    sig = ("Cordiali saluti\nFederico Menardi\nOfficine Slittini Cortina S.r.l.\nVia Stazione 14, 32043 Cortina "
           "d'Ampezzo (BL)\nTel. +39 0436 86 21 70")
    eml = reply(po, ("Federico Menardi", "ordini@slittinicortina.example"), body, hdate(2026, 11, 19, 9, 12, 30),
                "c059", sig=sig, style="tb", cs="utf-8", quote_cs=False, re_="Re:", html=False,
                intro="Il 16/11/2026 14:05, Dana Ruiz ha scritto:", greet="Dear Mr Menardi,",
                mailer=("User-Agent", "Mozilla Thunderbird"))
    return [po], eml, exp("needs_review",
                          "Confirmation promised for next week; 'non dovrebbero esserci problemi' for line 2 is not a "
                          "commitment.")


@case("ja-jp-out-of-office-iso2022", "auto_reply/ja-JP",
      "Japanese ISO-2022-JP out-of-office listing travel dates with weekday kanji and a colleague to contact.")
def c060():
    s = sup("MKKZ", "Minato Kisho Kizai K.K.", "tanaka@minato-kisho.example", "ja-JP")
    po = PO("4500032378", s, "piet", "JPY", "2026-11-18", [
        L(1, "MB-JP-350", "Radiosonde balloon 350 g, 2027 lot", 300, "EA", "1450", "2026-12-18"),
    ])
    txt = ("（自動返信）\n\nメールありがとうございます。\n誠に恐れ入りますが、11月18日（水）〜11月24日（火）まで出張のため"
           "不在にしております。\n25日（水）以降、順次対応させていただきます。\n\n"
           "お急ぎの場合は営業部 山本（yamamoto@minato-kisho.example／03-5765-2210）までご連絡ください。\n\n"
           "株式会社ミナト気象機材　田中 誠")
    root = mime.text(txt, "plain", "ISO-2022-JP", "7bit", quote_cs=False)
    hs = [("From", mime.addr("田中 誠", "tanaka@minato-kisho.example", "ISO-2022-JP")),
          ("To", mime.addr(*BUYERS["piet"])),
          ("Subject", mime.ew("【自動返信】", "ISO-2022-JP") + " " + req_subject(po)),
          ("Date", hdate(2026, 11, 18, 22, 5, 33, "+0900")), ("Message-ID", mid("tb", "c060", "minato-kisho.example")),
          ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Active! mail")]
    return [po], mime.message(hs, root), exp("auto_reply", "Out-of-office; 11/18-11/24 and 25日 are absence dates.")


@case("en-au-qmail-plain-bounce", "bounce/en-AU",
      "Non-MIME qmail bounce in plain text that pastes our whole original message, PO table included, below the error.")
def c061():
    s = sup("TSFG", "Tasmanian Falconry Gear", "orders@tasfalconry.example", "en-AU")
    po = PO("4500032396", s, "ines", "AUD", "2026-11-19", [
        L(1, "FH-AU-PRG", "Peregrine hood, Dutch blocked, size 5", 10, "EA", "95.00", "2026-12-18"),
        L(2, "FH-AU-LNR", "Lanner hood, Anglo-Indian, size 3/8 fit", 6, "EA", "88.00", "2026-12-18"),
    ])
    orig = request_eml(po)
    text = ("Hi. This is the qmail-send program at mail.tasfalconry.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<orders@tasfalconry.example>:\nThe users mailfolder is over the allowed quota (size). (#5.2.2)\n\n"
            "--- Below this line is a copy of the message.\n\n"
            "Return-Path: <ines.haldane@%s>\nReceived: (qmail 28817 invoked from network); 19 Nov 2026 13:05:04 -0000\n"
            "Received: from mx1.%s (198.51.100.17)\n  by mail.tasfalconry.example with ESMTPS; 19 Nov 2026 13:05:04 -0000\n"
            % (DOM, DOM)).encode("ascii") + orig
    hs = ("From: MAILER-DAEMON@mail.tasfalconry.example\nTo: ines.haldane@%s\n"
          "Subject: failure notice\nDate: 20 Nov 2026 00:05:06 +1100\n"
          "Message-ID: <20261119130506.28822.qmail@mail.tasfalconry.example>\n\n" % DOM).encode("ascii")
    return [po], hs + text, exp("bounce",
                                "qmail failure notice without MIME structure; the copy of our request below the line "
                                "holds the PO table and 2026-12-18 dates.")


@case("pl-pl-hoods-csv-line3-open", "confirmation/pl-PL",
      "Polish body plus a semicolon CSV in windows-1250: line 1 new price, line 2 later date, line 3 left for 'do 30.11' so unconfirmed.")
def c062():
    s = sup("ORSO", "Sokolnictwo Orlik Sp. z o.o.", "zamowienia@orlik-sokolnictwo.example", "pl-PL")
    po = PO("4500032414", s, "marc", "PLN", "2026-11-13", [
        L(1, "FH-PL-HB", "Falconry hood Dutch, size 4/3", 20, "EA", "158.00", "2026-12-18"),
        L(2, "FH-PL-AI", "Falconry hood Anglo-Indian, size 6", 10, "EA", "149.00", "2026-12-11"),
        L(3, "FH-PL-BEL", "Falconry bells 9 mm, pair", 30, "PAIR", "27.50", "2026-12-11"),
    ])
    csv = ("Pozycja;Indeks;Nazwa;Ilość;JM;Cena netto PLN;Termin dostawy\n"
           "1;FH-PL-HB;Kaptur holenderski rozm. 4/3;20;szt.;162,00;18.12.2026\n"
           "2;FH-PL-AI;Kaptur anglo-indyjski rozm. 6;10;szt.;149,00;18.12.2026\n"
           "3;FH-PL-BEL;Dzwoneczki sokole 9 mm;30;para;27,50;do potwierdzenia\n")
    body = ("Dzień dobry,\n\nw załączeniu potwierdzenie zamówienia 4500032414 (plik CSV).\n"
            "Pozycje 1 i 2 potwierdzamy zgodnie z załącznikiem. Termin dla pozycji 3 (dzwoneczki) potwierdzimy do 30.11 "
            "- czekamy na dostawę mosiądzu.")
    sig = ("Pozdrawiam\nAgnieszka Wójcik\nSokolnictwo Orlik Sp. z o.o.\nul. Rzemieślnicza 8, 34-400 Nowy Targ\n"
           "tel. +48 18 264 77 30")
    eml = reply(po, ("Agnieszka Wójcik", "zamowienia@orlik-sokolnictwo.example"), body, hdate(2026, 11, 20, 12, 44, 8),
                "c062", sig=sig, style="outlook", lang="pl", cs="iso-8859-2", re_="Odp:",
                sent="piątek, 13 listopada 2026 14:05", greet="Dear Ms Wojcik,",
                attachments=[csv_att(csv, "potwierdzenie_4500032414.csv", "windows-1250")])
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, p="162.00"), 2: chg(po, 2, d="2026-12-18"), 3: UNC})],
                               "Values are in the CSV: line 1 158.00 -> 162.00, line 2 to 2026-12-18; line 3 'do "
                               "potwierdzenia' / date by 30.11 = unconfirmed.")


@case("cs-cz-strings-two-of-three-pos", "confirmation/cs-CZ",
      "Czech reply covering two of three open POs, with 'v týdnu 50' (Friday) for one and a price change on the other; the third PO is not mentioned.")
def c063():
    s = sup("LPKO", "Loutkářské potřeby Kopecký s.r.o.", "obchod@loutky-kopecky.example", "cs-CZ")
    a = PO("4500032432", s, "sofia", "CZK", "2026-11-09", [
        L(1, "PTS-CZ-LN10", "Linen marionette string 1.0 mm, 100 m", 20, "ROL", "340.00", "2026-12-11"),
        L(2, "PTS-CZ-WIRE", "Head wire 1.5 mm, steel, 1 m", 100, "EA", "18.00", "2026-12-11"),
    ])
    b = PO("4500032450", s, "sofia", "CZK", "2026-11-10", [
        L(1, "PTS-CZ-CTRL", "Marionette control, 9-string, beech", 15, "EA", "890.00", "2026-12-18"),
    ])
    c = PO("4500032468", s, "sofia", "CZK", "2026-11-12", [
        L(1, "PTS-CZ-SCR", "Eye screws 3x12 mm, box of 200", 10, "BOX", "145.00", "2026-12-18"),
        L(2, "PTS-CZ-GLU", "Bone glue 500 g", 6, "EA", "210.00", "2026-12-18"),
    ])
    body = ("Dobrý den paní Lindqvist,\n\nposílám potvrzení ke dvěma objednávkám:\n\n"
            "Obj. 4500032432\n- pol. 1 lněný provázek 1,0 mm: 20 rolí po 340,00 Kč, dodání v týdnu 50\n"
            "- pol. 2 drát 1,5 mm: 100 ks po 18,00 Kč, dodání v týdnu 50\n\n"
            "Obj. 4500032468\n- pol. 1 šroubky s okem 3x12: 10 krabic po 145,00 Kč, dodání 18. 12. 2026\n"
            "- pol. 2 kostní klih 500 g: 6 ks, cena nově 225,00 Kč/ks, dodání 18. 12. 2026\n")
    sig = ("S pozdravem\nPavel Kopecký\nLoutkářské potřeby Kopecký s.r.o.\nNerudova 211/12, 118 00 Praha 1\n"
           "tel.: +420 257 531 448")
    eml = reply(a, ("Pavel Kopecký", "obchod@loutky-kopecky.example"), body, hdate(2026, 11, 16, 11, 9, 50), "c063",
                sig=sig, style="outlook", lang="cs", cs="windows-1250", re_="RE:",
                sent="pondělí 9. listopadu 2026 14:05", greet="Dear Mr Kopecky,")
    assert iso_day(2026, 50) == "2026-12-11"
    return [a, b, c], eml, exp_conf([all_acc(a), conf(c, {1: acc(c, 1), 2: chg(c, 2, p="225.00")})],
                                    "Two POs answered in one mail; week 50 = Fri 2026-12-11 = requested; glue 210.00 "
                                    "-> 225.00; PO 4500032450 is not mentioned and is left out.")


@case("hu-hu-invoice-other-order", "unrelated/hu-HU",
      "Hungarian invoice mail with a PDF for an earlier PO number that is not among the open POs, including a due date and amounts.")
def c064():
    s = sup("BAKE", "Bélyegalbum Kellékek Bt.", "szamlazas@belyegalbum-kellekek.example", "hu-HU")
    po = PO("4500032486", s, "dana", "EUR", "2026-11-16", [
        L(1, "SAH-HU-VAL", "Stamp album, 60 black pages, 2027 edition", 30, "EA", "21.50", "2026-12-18"),
    ])
    lines = [("Bélyegalbum Kellékek Bt.", 13, True), "1145 Budapest, Amerikai út 42. · Adószám: 21884532-2-42", "",
             ("SZÁMLA / INVOICE  2026/0412", 14, True), "Kelt: 2026.11.20.   Teljesítés: 2026.11.03.   Fizetési határidő: 2026.12.04.",
             "Vevő: Northgate Supply Group   Megrendelés szám: 4500029871", "",
             ("Tétel  Cikkszám       Megnevezés                        Menny.  Egységár EUR   Összeg EUR", 8, True),
             ("1      SAH-HU-BLK     Berakólap fekete, 20 db/csomag       40    6,80           272,00", 8, False),
             ("2      SAH-HU-HNG     Bélyegcsipesz 120 mm                 25    7,40           185,00", 8, False),
             "", "Nettó: 457,00 EUR   ÁFA 27%: 123,39 EUR   Bruttó: 580,39 EUR",
             "Fizetés átutalással: HU42 1170 0024 2018 8453 0000 0000"]
    tr = str.maketrans("őűŐŰ", "öüÖÜ")  # the base-14 Helvetica has no double acute; the invoice tool folds them
    lines = [x.translate(tr) if isinstance(x, str) else (x[0].translate(tr),) + x[1:] for x in lines]
    assert round(40 * 6.80 + 25 * 7.40, 2) == 457.00 and round(457 * 0.27, 2) == 123.39
    pdf = make_pdf(lines, compress=True, date="D:20261120090000+01'00'", title="Szamla 2026/0412",
                   producer="Szamlazz.hu", author="Belyegalbum Kellekek Bt.")
    body = ("Tisztelt Partnerünk!\n\nMellékelten küldjük a 2026/0412 számú számlát a 4500029871 számú "
            "megrendelésükhöz (teljesítés: 2026. november 3.).\nFizetési határidő: 2026. december 4.\n\n"
            "Üdvözlettel:\nKiss Edit\nBélyegalbum Kellékek Bt.\n+36 1 251 88 40")
    root = mime.multi("mixed", bnd("erp", "c064"), [mime.text(body, "plain", "iso-8859-2", "quoted-printable"),
                                                    pdf_att(pdf, "szamla_2026-0412.pdf")])
    hs = [("From", mime.addr("Kiss Edit", "szamlazas@belyegalbum-kellekek.example")), ("To", mime.addr(*BUYERS["dana"])),
          ("Subject", mime.ew("Számla 2026/0412 - megrendelés 4500029871", "iso-8859-2")),
          ("Date", hdate(2026, 11, 20, 9, 2, 17)), ("Message-ID", mid("tb", "c064", "belyegalbum-kellekek.example"))]
    return [po], mime.message(hs, root), exp("unrelated",
                                             "Invoice for PO 4500029871, which is not open here; the open PO 4500032486 "
                                             "is not addressed.")


@case("sv-se-o365-ndr-access-denied", "bounce/sv-SE",
      "Office 365 'Undeliverable' report (multipart/report with HTML) for a Swedish supplier address, with the original request attached.")
def c065():
    s = sup("GOSL", "Göta Slussteknik AB", "order@gotaslussteknik.example", "sv-SE")
    po = PO("4500032504", s, "piet", "SEK", "2026-11-18", [
        L(1, "CLP-SE-1000", "Canal lock paddle 1000x800 mm, oak, 2027 refit", 4, "EA", "21500.00", "2027-02-05"),
        L(2, "CLP-SE-RACK", "Paddle rack and pinion set, 3/4 in pitch", 4, "SET", "8400.00", "2027-02-05"),
    ])
    human = ("Your message to order@gotaslussteknik.example couldn't be delivered.\n\n"
             "order wasn't found at gotaslussteknik.example.\n\npiet.vanaarle   Office 365   order\n"
             "Action Required                                Recipient\n\n"
             "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try the following: "
             "retype the recipient's address, then resend the message.\n\nDiagnostic information for administrators:\n\n"
             "Generating server: AM0PR07MB6179.eurprd07.prod.outlook.com\n\norder@gotaslussteknik.example\n"
             "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. "
             "[DB5PEPF00014B8F.eurprd04.prod.outlook.com 2026-11-18T13:05:11.882Z 08DDF1A2B4C3D5E6]'\n")
    hh = ("<html><body><p style=\"font-family:Segoe UI;font-size:16pt;color:#c00000\">Your message to "
          "order@gotaslussteknik.example couldn't be delivered.</p><p>order wasn't found at gotaslussteknik.example.</p>"
          "<p><b>Diagnostic information for administrators:</b><br>Remote Server returned '550 5.4.1 Recipient address "
          "rejected: Access denied.'</p></body></html>\n")
    dsn = ("Reporting-MTA: dns;AM0PR07MB6179.eurprd07.prod.outlook.com\nReceived-From-MTA: dns;AM0PR07MB6180.eurprd07.prod.outlook.com\n"
           "Arrival-Date: Wed, 18 Nov 2026 13:05:09 +0000\n\n"
           "Original-Recipient: rfc822;order@gotaslussteknik.example\nFinal-Recipient: rfc822;order@gotaslussteknik.example\n"
           "Action: failed\nStatus: 5.4.1\nDiagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied.\n"
           "Remote-MTA: dns;DB5PEPF00014B8F.eurprd04.prod.outlook.com\n")
    eml = bounce(po, frm=mime.addr("Microsoft Outlook", "postmaster@" + DOM),
                 subject="Undeliverable: " + req_subject(po), date="Wed, 18 Nov 2026 13:05:12 +0000",
                 msgid="<a3f1c2d4-5e6b-4c7d-8e9f-0a1b2c3d4e5f@AM0PR07MB6179.eurprd07.prod.outlook.com>",
                 human_txt=human, human_html=hh, dsn_fields=dsn, boundary="9c2e4f7a-1b3d-4e5f-8a6b-7c8d9e0f1a2b",
                 hdr_extra=[("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
                            ("Auto-Submitted", "auto-replied"), ("Content-Language", "en-US")])
    return [po], eml, exp("bounce", "O365 NDR (5.4.1) carrying our request with 2027-02-05 dates; no supplier answer.")


@case("en-in-marketing-year-end-offer", "unrelated/en-IN",
      "HTML-only year-end marketing mailer from the handle supplier with discounts, a 31st Dec deadline and a product table.")
def c066():
    s = sup("JSEX", "Jalandhar Sports Exports", "info@jalandharsportsexports.example", "en-IN")
    po = PO("4500032522", s, "piet", "INR", "2026-11-17", [
        L(1, "CBH-JS-SH", "Cricket bat cane handle SH, 12-strip, 2027 season", 30, "DZ", "2380.00", "2026-12-18"),
    ])
    h = ('<table width="640" align="center" cellpadding="0" cellspacing="0" style="font-family:Verdana,sans-serif">\n'
         '<tr><td style="background:#0a5c36;color:#fff;padding:18px;font-size:22px">Year-End Season Offer 2026-27</td></tr>\n'
         '<tr><td style="padding:16px;font-size:14px">Dear Valued Customer,<br><br>Get ready for the 2027 season! '
         'Flat <b>10% off</b> on all cane handles and grips on orders placed till <b>31st Dec 2026</b>. Free shipping '
         'on orders above Rs. 2,00,000.</td></tr>\n'
         '<tr><td><table width="100%" style="font-size:13px;border-collapse:collapse">'
         '<tr><th align="left">Product</th><th>Regular</th><th>Offer</th></tr>'
         '<tr><td>Cane handle SH 12-strip (per dozen)</td><td>Rs. 2,380</td><td>Rs. 2,142</td></tr>'
         '<tr><td>Cane handle LH 11-strip (per dozen)</td><td>Rs. 2,460</td><td>Rs. 2,214</td></tr>'
         '<tr><td>Chevron grip 3 mm (per 100)</td><td>Rs. 5,600</td><td>Rs. 5,040</td></tr></table></td></tr>\n'
         '<tr><td style="padding:16px;font-size:11px;color:#777">Jalandhar Sports Exports, Basti Nau, Jalandhar, Punjab '
         '144002 | +91 181 246 7700<br>To unsubscribe click <a href="https://jalandharsportsexports.example/u">here</a>.'
         '</td></tr></table>\n')
    root = mime.text(html_doc(h), "html", "utf-8", "base64")
    hs = [("From", mime.addr("Jalandhar Sports Exports", "info@jalandharsportsexports.example")),
          ("To", mime.addr(*BUYERS["piet"])), ("Subject", "Year-End Offer: 10% off cane handles till 31st Dec!"),
          ("Date", hdate(2026, 11, 26, 10, 30, 0, "+0530")), ("Message-ID", mid("erp", "c066", "mailer.jalandharsportsexports.example")),
          ("List-Unsubscribe", "<https://jalandharsportsexports.example/u>"), ("Precedence", "bulk")]
    return [po], mime.message(hs, root), exp("unrelated",
                                             "Marketing mail: the item on our PO appears at an offer price, but nothing "
                                             "answers PO 4500032522.")


@case("fr-fr-seals-body-vs-pdf-conflict", "needs_review/fr-FR",
      "The body says 'livraison semaine 50 comme demandé' but the attached PDF acknowledgement gives 08/01/2027 for line 1.")
def c067():
    s = sup("EMBZ", "Étanchéité Marine Bretagne SARL", "adv@etancheite-marine-bzh.example", "fr-FR")
    po = PO("4500032540", s, "marc", "EUR", "2026-11-13", [
        L(1, "TTS-FR-630", "Tidal turbine lip seal 630x680x22 mm", 8, "EA", "1460.00", "2026-12-11"),
        L(2, "TTS-FR-GRS", "Marine seal grease, 1 kg tin", 12, "EA", "38.00", "2026-12-11"),
    ])
    lines = [("Étanchéité Marine Bretagne SARL", 13, True), "ZA de Kerandré, 56700 Hennebont - Tél. 02 97 36 18 40", "",
             ("ACCUSÉ DE RÉCEPTION DE COMMANDE  ARC-26-0981", 14, True), "Date : 17/11/2026",
             "Client : Northgate Supply Group - Votre commande n° 4500032540 du 13/11/2026", "",
             ("Ligne  Référence     Désignation                       Qté   Prix unit. HT   Date de livraison", 8, True),
             ("1      TTS-FR-630    Joint à lèvre 630x680x22           8    1 460,00 €      08/01/2027", 8, False),
             ("2      TTS-FR-GRS    Graisse marine 1 kg               12    38,00 €         11/12/2026", 8, False),
             "", "Total HT : 12 136,00 €"]
    assert 8 * 1460 + 12 * 38 == 12136
    pdf = make_pdf(lines, compress=False, date="D:20261117113000+01'00'", title="ARC-26-0981",
                   producer="Sage 100 Gestion commerciale", author="EMB")
    body = ("Bonjour,\n\nVeuillez trouver ci-joint notre accusé de réception pour votre commande 4500032540.\n"
            "Livraison semaine 50 comme demandé.\n\nCordialement,")
    sig = "Gwenaëlle Le Goff\nAdministration des ventes\nÉtanchéité Marine Bretagne SARL\n02 97 36 18 40"
    eml = reply(po, ("Gwenaëlle Le Goff", "adv@etancheite-marine-bzh.example"), body, hdate(2026, 11, 17, 11, 34, 2),
                "c067", sig=sig, style="outlook", lang="fr", cs="iso-8859-15", re_="RE :",
                sent="vendredi 13 novembre 2026 14:05", greet="Dear Sir or Madam,",
                attachments=[pdf_att(pdf, "ARC-26-0981.pdf")])
    return [po], eml, exp("needs_review",
                          "Contradiction: body says week 50 (= requested 2026-12-11) for the order, the PDF says "
                          "08/01/2027 for line 1; a buyer cannot tell which holds.")


@case("de-de-delivery-note-other-po", "unrelated/de-DE",
      "German shipping notice with a delivery-note PDF for a different PO number, full of quantities, dates and a tracking number.")
def c068():
    s = sup("GGWE", "Gärglas Manufaktur Weber GmbH", "verkauf@gaerglas-weber.example", "de-DE")
    po = PO("4500032558", s, "ines", "EUR", "2026-11-16", [
        L(1, "KJ-DE-5L", "Kombucha fermenting jar 5 L with airlock, 2027 batch", 96, "EA", "17.80", "2026-12-16"),
        L(2, "KJ-DE-SPG", "Airlock bung 24/30 mm, silicone", 96, "EA", "1.45", "2026-12-16"),
    ])
    lines = [("Gärglas Manufaktur Weber GmbH", 13, True), "Glashüttenweg 5 · 94258 Frauenau", "",
             ("LIEFERSCHEIN 80041277", 14, True), "Datum: 24.11.2026   Ihre Bestellung: 4500031190 vom 21.10.2026",
             "Versand: DHL Freight, Sendungsnr. 40718 2261 9934, 2 Paletten", "",
             ("Pos  Artikel      Bezeichnung                      Menge  ME", 8, True),
             ("1    KJ-DE-10L    Gärglas 10 l mit Hahn 3/4\"         48   Stk", 8, False),
             ("2    KJ-DE-DKL    Deckel Ø 120 mm Edelstahl           48   Stk", 8, False),
             "", "Ware erhalten: ______________________  Datum: ________"]
    pdf = make_pdf(lines, compress=True, date="D:20261124150512+01'00'", title="Lieferschein 80041277",
                   producer="Sage 100", author="Gaerglas Weber")
    body = ("Sehr geehrte Frau Haldane,\n\nheute haben wir Ihre Bestellung 4500031190 versendet (2 Paletten, DHL Freight, "
            "Sendungsnummer 40718 2261 9934). Voraussichtliche Zustellung: 26.11.2026.\nDen Lieferschein 80041277 "
            "finden Sie im Anhang.\n\nMit freundlichen Grüßen\nVersandabteilung\nGärglas Manufaktur Weber GmbH\n"
            "Tel. +49 9926 9411-0")
    root = mime.multi("mixed", bnd("outlook", "c068m"), [
        mime.multi("alternative", bnd("outlook", "c068"), [
            mime.text(body, "plain", "iso-8859-1", "quoted-printable"),
            mime.text(html_doc(text2html(body), "iso-8859-1"), "html", "iso-8859-1", "quoted-printable")]),
        pdf_att(pdf, "Lieferschein_80041277.pdf")])
    hs = [("From", mime.addr("Versand Gärglas Weber", "versand@gaerglas-weber.example", "iso-8859-1")),
          ("To", mime.addr(*BUYERS["ines"])), ("Subject", "Versandavis Lieferschein 80041277 - Ihre Bestellung 4500031190"),
          ("Date", hdate(2026, 11, 24, 15, 7, 40)), ("Message-ID", mid("outlook", "c068"))]
    return [po], mime.message(hs, root), exp("unrelated",
                                             "Shipping notice for PO 4500031190 (not open here); nothing about PO "
                                             "4500032558 although the supplier is the same.")


@case("zh-cn-coremail-mailbox-full", "bounce/zh-CN",
      "Chinese Coremail bounce ('系统退信') in UTF-8 base64 for a full mailbox, with our request attached as message/rfc822.")
def c069():
    s = sup("QDGC", "Qingdao Glacier Cap Co., Ltd.", "sales@qdglaciercap.example", "zh-CN")
    po = PO("4500032576", s, "dana", "USD", "2026-11-19", [
        L(1, "GWC-CN-28", "Glacier water cap 28 mm PCO1881, 2027 tooling", 300000, "PCS", "0.0115", "2027-01-15"),
        L(2, "GWC-CN-LNR", "Cap liner 28 mm, EPE 1.5 mm", 300000, "PCS", "0.0030", "2027-01-15"),
    ])
    human = ("很抱歉，您发送的邮件被退回。以下是该邮件的相关信息：\n\n"
             "被退回的邮件：Order acknowledgment request - PO 4500032576\n发送时间：2026-11-19 21:05:03\n"
             "收件人：sales@qdglaciercap.example\n\n无法投递的原因：收件人邮箱空间已满\n"
             "552 5.2.2 Mailbox full, user quota exceeded\n\n"
             "Sorry, your message could not be delivered: the recipient's mailbox is full.\n\n"
             "此为系统邮件，请勿回复。")
    dsn = ("Reporting-MTA: dns; mx.qdglaciercap.example\nArrival-Date: Thu, 19 Nov 2026 21:05:03 +0800\n\n"
           "Final-Recipient: rfc822; sales@qdglaciercap.example\nAction: failed\nStatus: 5.2.2\n"
           "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, user quota exceeded\n")
    eml = bounce(po, frm=mime.addr("系统退信", "postmaster@qdglaciercap.example"),
                 subject=mime.ew("系统退信/Undelivered Mail Returned to Sender", "UTF-8"),
                 date="Thu, 19 Nov 2026 21:05:07 +0800", msgid="<AIwAJQBvEpZnA3kQvVhMRaqM.3.1763557507551@mx.qdglaciercap.example>",
                 human_txt=human, dsn_fields=dsn, boundary="----=_Part_551902_1763557507551",
                 human_cs="UTF-8", human_cte="base64", hdr_extra=[("X-Mailer", "Coremail Webmail Server")])
    return [po], eml, exp("bounce", "Coremail bounce, mixed Chinese/English; the attached request holds the PO table.")


@case("en-gb-forwarded-production-answer", "confirmation/en-GB",
      "A colleague at the supplier forwards production's internal answer with a short cover note; the split for line 2 and the refusal of line 3 are only in the forwarded part.")
def c070():
    s = sup("HLSL", "Heathside Label Systems Ltd", "orders@heathsidelabels.example", "en-GB")
    po = PO("4500032594", s, "dana", "GBP", "2026-11-17", [
        L(1, "ABT-UK-54", "Airport baggage tag thermal 54x470 mm, 2-ply, roll of 500", 40, "ROL", "41.50", "2026-12-09"),
        L(2, "ABT-UK-HBT", "Heavy bag tag 'HEAVY 23 kg', box of 1000", 40, "BOX", "36.00", "2026-12-09"),
        L(3, "ABT-UK-RFID", "RFID baggage tag 54x470 mm, UHF", 10000, "PCS", "0.21", "2026-12-09"),
    ])
    inner = ("From: Steve Barker <s.barker@heathsidelabels.example>\nSent: 19 November 2026 16:12\n"
             "To: Graham Whitfield <g.whitfield@heathsidelabels.example>\nSubject: RE: " + req_subject(po) + "\n\n"
             "Graham,\n\n1 - 40 rolls fine for 9 Dec.\n2 - we can do 20 boxes on 9 Dec and the other 20 on 16 Dec, "
             "the 23 kg print plate is being remade.\n3 - RFID inlays not available until March, we can't do this one.\n\n"
             "Prices as per the PO on 1 and 2.\n\nSteve\nProduction Planning, Heathside Label Systems Ltd")
    body = ("Dana,\n\nApologies for the delay - see production's answer below. We confirm lines 1 and 2 on that basis; "
            "line 3 we can't supply, as Steve says.\n\nRegards,\nGraham Whitfield\nSales Manager\n"
            "Heathside Label Systems Ltd | Unit 4, Crawley Business Quarter, Crawley RH10 9AG | 01293 530 118\n\n"
            "________________________________\n" + inner + "\n\n________________________________\n"
            "From: Dana Ruiz <dana.ruiz@northgate-supply.example>\nSent: Tuesday, 17 November 2026 13:05\n"
            "To: Heathside Label Systems Ltd <orders@heathsidelabels.example>\nSubject: " + req_subject(po) + "\n\n" +
            req_text(po, "Dear Graham,"))
    eml = reply(po, ("Graham Whitfield", "g.whitfield@heathsidelabels.example"), body, hdate(2026, 11, 20, 8, 31, 12, "+0000"),
                "c070", style="outlook", cs="us-ascii", quote=False, thread=False,
                subject="FW: RE: " + req_subject(po),
                extra=[("Thread-Topic", req_subject(po)), ("Thread-Index", "AdtaB3kQm2Xo7pVnS0e8y0Qk4Fz9Aw==")])
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1), 2: chg(po, 2, sched=[(20, "2026-12-09"), (20, "2026-12-16")]),
                                          3: REJ})],
                               "Cover note confirms 'on that basis'; the forwarded internal mail gives line 2 as 20 on "
                               "9 Dec + 20 on 16 Dec (2026) and refuses line 3; sender is a colleague at the supplier's "
                               "domain.")
