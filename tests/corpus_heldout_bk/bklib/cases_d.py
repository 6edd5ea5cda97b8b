"""Cases 054-070."""
from . import mime
from .common import (PO, L, REJ, UNC, acc, case, chg, conf, exp, exp_conf, kw, reply, req_text, req_dt,
                     request_eml, sup, req_subject, boundary, msg_id, text_to_html, fmt_req, BUYER_DOMAIN)
from .pdf import pdf
from .xlsx import xlsx


@case("bounce-qmail-plain", "bounce/es-CO",
      "plain-text qmail failure notice (no multipart/report) with our whole request pasted below the separator line")
def c054():
    s = sup("CARRUSELAND", "Carruseles Andinos S.A.S.", "compras@carruselesandinos.example", "es-CO")
    po = PO("4500018857", s, "USD", "2026-11-13", [
        L(1, "CA-CAB-120", "Carousel horse, carved cedar, 120 cm, 2027 colour scheme", 8, "EA", "1390.00", "2026-12-18"),
        L(2, "CA-STIR-PR", "Brass stirrups 4/3 in, for carousel horses", 16, "PAIR", "38.00", "2026-12-18"),
    ])
    orig = request_eml(po).decode("ascii")
    body = ("Hi. This is the qmail-send program at mail.brightwater-trading.example.\nI'm afraid I wasn't able to deliver "
            "your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work "
            "out.\n\n<compras@carruselesandinos.example>:\nSorry, I couldn't find any host named carruselesandinos."
            "example. (#5.1.2)\n\n--- Below this line is a copy of the message.\n\n"
            "Return-Path: <dana.ruiz@brightwater-trading.example>\nReceived: (qmail 28114 invoked by uid 1004); "
            "16 Nov 2026 08:12:00 -0000\n" + orig)
    root = mime.text(body, "plain", "us-ascii", "7bit")
    hdrs = [("Return-Path", "<>"), ("Date", "Mon, 16 Nov 2026 08:12:03 +0000"),
            ("From", "MAILER-DAEMON@mail.brightwater-trading.example"),
            ("To", po["buyer"]["email"]), ("Subject", "failure notice"),
            ("Message-ID", "<20261116081203.28117.qmail@mail.brightwater-trading.example>")]
    return [po], mime.message(hdrs, root), exp("bounce", "qmail plain-text bounce (host not found); the copy below "
                                                "the separator carries the PO table with dates and prices.")


@case("invoice-other-order-fr-ch", "unrelated/fr-CH",
      "Swiss French invoice with a PDF for an older, already delivered order that is not in pos.json")
def c055():
    s = sup("CHAPROM", "Chapeaux Feutre Romandie SA", "vente@chapeaux-romandie.example", "fr-CH")
    po = PO("4500018858", s, "CHF", "2026-11-16", [
        L(1, "CFR-TRIL-57", "Trilby felt hat, charcoal, size 57", 36, "PCS", "68.00", "2026-12-18"),
        L(2, "CFR-TRIL-59", "Trilby felt hat, charcoal, size 59", 24, "PCS", "68.00", "2026-12-18"),
    ])
    body = ("Madame, Monsieur,\n\nVeuillez trouver ci-joint notre facture n° 2026-4471 concernant votre commande "
            "4500017702 (livrée le 06.11.2026).\n\nMontant: CHF 3'412.80 TTC, payable à 30 jours net.\n\n"
            "Avec nos meilleures salutations\nComptabilité\nChapeaux Feutre Romandie SA\nRue du Lac 18, 1400 "
            "Yverdon-les-Bains\nTél. +41 24 425 17 90\n")
    inv = pdf(["**Chapeaux Feutre Romandie SA - FACTURE 2026-4471",
               "Rue du Lac 18, 1400 Yverdon-les-Bains  |  CHE-107.441.282 TVA", "",
               "Client: Brightwater Trading GmbH, Hafenstrasse 12, 28217 Bremen",
               "Votre commande: 4500017702     Livraison: 06.11.2026     Date facture: 20.11.2026", "",
               "Pos  Article        Designation                      Qte   Prix CHF   Montant CHF",
               "1    CFR-FED-58     Fedora feutre noir, taille 58      30      72.00      2'160.00",
               "2    CFR-FED-60     Fedora feutre noir, taille 60      15      72.00      1'080.00", "",
               "Total HT CHF 3'240.00   TVA 0% (export)   Frais de port CHF 172.80",
               "Total CHF 3'412.80   Echeance: 20.12.2026",
               "IBAN CH93 0076 2011 6238 5295 7"], compress=True, title="Facture 2026-4471",
              author="Chapeaux Feutre Romandie SA", date="20261120081500+01'00'")
    root = mime.multipart("mixed", [mime.text(body, "plain", "iso-8859-1", "quoted-printable"),
                                    mime.attachment(inv, "application/pdf", "Facture_2026-4471.pdf")],
                          boundary("outlook", "c055", 0))
    hdrs = [("From", mime.addr("Chapeaux Feutre Romandie - Comptabilité", "compta@chapeaux-romandie.example",
                               "iso-8859-1")),
            ("To", mime.addr("Dana Ruiz", po["buyer"]["email"])),
            ("Subject", "Facture 2026-4471 - commande 4500017702"),
            ("Date", mime.rfc_date("2026-11-20 08:17:44")),
            ("Message-ID", msg_id("outlook", "c055", "chapeaux-romandie.example")),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-CH")]
    return [po], mime.message(hdrs, root), exp("unrelated", "Invoice for order 4500017702, which is not one of our "
                                                "open POs; open PO 4500018858 is not mentioned.")


@case("seedlings-cl-forwarded", "confirmation/es-CL",
      "Chilean sales rep forwards the nursery manager's internal answer; dispatch date only, one quantity reduced")
def c056():
    s = sup("VIVEROSUR", "Vivero Sur SpA", "ventas@viverosur.example", "es-CL")
    po = PO("4500018859", s, "USD", "2026-11-13", [
        L(1, "VS-EUC-GL", "Eucalyptus globulus seedlings, tray 84 cells, 15-25 cm", 4000, "PCS", "0.32", "2026-12-14"),
        L(2, "VS-QS-1L", "Quillaja saponaria, 1 L pot, 30-40 cm", 1500, "PCS", "1.85", "2026-12-14"),
    ])
    inner = ("Camila, para la OC 4500018859 de Brightwater: las 4.000 plantas de Eucalyptus globulus OK; de Quillaja "
             "saponaria solo tenemos 1.200 plantas listas, no 1.500. Despacho de todo el 10/12 desde el vivero.\n\n"
             "Pedro Soto\nJefe de Vivero - Vivero Sur SpA\nFundo Los Robles s/n, Los Ángeles, Biobío\n")
    txt = ("Dana, buenas tardes:\n\nTe reenvío la confirmación de nuestro vivero para la OC 4500018859. Precios "
           "según la OC.\n\nSaludos,\nCamila Rojas\nEjecutiva Comercial | Vivero Sur SpA\n+56 43 231 8870\n\n"
           "---------- Forwarded message ---------\nDe: Pedro Soto <psoto@viverosur.example>\n"
           "Date: mié, 18 nov 2026 a las 09:41\nSubject: RE: OC 4500018859 Brightwater\nTo: Camila Rojas "
           "<ventas@viverosur.example>\n\n" + inner)
    html = ("<div dir=\"ltr\">" + text_to_html(txt.split("---------- Forwarded")[0]) +
            "<div class=\"gmail_quote\"><div class=\"gmail_attr\">---------- Forwarded message ---------<br>De: "
            "<b>Pedro Soto</b> &lt;psoto@viverosur.example&gt;<br>Date: mié, 18 nov 2026 a las 09:41<br>Subject: RE: "
            "OC 4500018859 Brightwater<br>To: Camila Rojas &lt;ventas@viverosur.example&gt;<br></div><br>" +
            text_to_html(inner) + "</div></div>")
    eml = reply(po, txt, "2026-11-18 15:26:02", ("Camila Rojas", "ventas@viverosur.example"), tz="-0300",
                client="gmail", charset="UTF-8", cte="quoted-printable", quote="none", top_html=html, thread=False,
                subject="Fwd: RE: OC 4500018859 Brightwater")
    d = "2026-12-10"
    e = exp_conf("Forwarded internal answer: dispatch ('despacho') 10/12 is the only date -> 2026-12-10; Quillaja "
                 "1.200 of 1.500; prices per PO.",
                 conf(po, {1: chg(4000, "0.32", d), 2: chg(1200, "1.85", d)}))
    return [po], eml, e


@case("ledscreen-ph-csv", "confirmation/en-PH",
      "Philippine reply whose only data is a CSV attachment with month-first dates and one new unit price")
def c057():
    s = sup("MANILASTAGE", "Manila Stage Systems Inc.", "sales@manilastage.example", "en-PH")
    po = PO("4500018860", s, "USD", "2026-11-16", [
        L(1, "MSS-P48-OUT", "LED cabinet P4.8 outdoor 960x960 mm", 20, "EA", "845.00", "2026-12-14"),
        L(2, "MSS-RIG-1M", "Rigging bar 1 m for 960 cabinets", 10, "EA", "96.00", "2026-12-14"),
        L(3, "MSS-PWR-15", "Power link cable 1.5 m, powerCON TRUE1", 40, "EA", "12.40", "2026-12-14"),
    ])
    csv = ("PO Number,Line,Item Code,Description,Qty Confirmed,UoM,Unit Price (USD),Delivery Date (MM/DD/YYYY)\r\n"
           "4500018860,1,MSS-P48-OUT,\"LED cabinet P4.8 outdoor 960x960 mm\",20,EA,845.00,12/18/2026\r\n"
           "4500018860,2,MSS-RIG-1M,\"Rigging bar 1 m\",10,EA,96.00,12/14/2026\r\n"
           "4500018860,3,MSS-PWR-15,\"Power link cable 1.5 m\",40,EA,13.10,12/14/2026\r\n").encode("ascii")
    body = ("Hi Ma'am Dana, good day!\n\nAttached is our order confirmation for PO 4500018860 in CSV. Kindly check.\n\n"
            "Thank you po!\n\nJoy Santos\nSales Coordinator | Manila Stage Systems Inc.\n"
            "2/F Rockwell Business Center, Pasig City 1604\n+63 2 8631 4470\n")
    eml = reply(po, body, "2026-11-20 10:08:19", ("Joy Santos", "joy.santos@manilastage.example"), tz="+0800",
                client="gmail", charset="UTF-8", cte="quoted-printable", quote="prefix",
                intro="On {wd3}, {mon3} {d}, {yyyy} at 4:12 PM {name} <{email}> wrote:",
                subject="Re: " + req_subject(po), attachments=[(csv, "text/csv", "PO4500018860_confirmation.csv")])
    e = exp_conf("CSV only: line 1 delivery 12/18/2026 (MM/DD), line 2 as ordered, line 3 new price 13.10.",
                 conf(po, {1: chg(20, "845.00", "2026-12-18"), 2: acc(po, 2), 3: chg(40, "13.10", "2026-12-14")}))
    return [po], eml, e


@case("hats-is-colour-question", "needs_review/is-IS",
      "Icelandic reply says the order can be done but asks which band colour we want before it confirms a date")
def c058():
    s = sup("HATTAGERD", "Hattagerðin ehf.", "pantanir@hattagerdin.example", "is-IS")
    po = PO("4500018861", s, "EUR", "2026-11-16", [
        L(1, "HG-FLT-GR", "Felt hat, wide brim, grey, 100% wool, sizes 56-60", 40, "PCS", "54.00", "2026-12-11"),
    ])
    top = ("Sæl Dana,\n\nTakk fyrir pöntunina 4500018861. Við getum afgreitt hana á umsömdu verði, en hvaða lit viljið "
           "þið á borðanum - svartan eða dökkbláan? Um leið og við fáum svar staðfestum við afhendingardag.\n\n"
           "Kveðja,\nGuðrún Þórsdóttir\nHattagerðin ehf.\nSkeifan 11, 108 Reykjavík\nSími +354 553 4420\n")
    eml = reply(po, top, "2026-11-19 13:02:10", ("Guðrún Þórsdóttir", "gudrun@hattagerdin.example"), tz="+0000",
                client="apple", charset="iso-8859-1", cte="quoted-printable", quote="prefix",
                intro="{d}. nóv. {yyyy} kl. 08:12, skrifaði {name} <{email}>:", subject="Re: " + req_subject(po))
    return [po], eml, exp("needs_review", "A question (band colour) blocks the confirmation; no date is committed.")


@case("eartags-nz-two-of-three", "confirmation/en-NZ",
      "three POs from one supplier; two are answered in one mail (one partly moved to 8/01/2027), the third is handed to another team")
def c059():
    s = sup("SALID", "Southern Alps Livestock ID Ltd", "sales@salid.example", "en-NZ")
    p1 = PO("4500018862", s, "NZD", "2026-11-16", [
        L(1, "SA-VT-L", "Visual ear tag large, blank, green", 3000, "PCS", "0.52", "2026-12-11"),
        L(2, "SA-APP-U", "Tag applicator, universal", 10, "EA", "29.00", "2026-12-11"),
    ])
    p2 = PO("4500018863", s, "NZD", "2026-11-16", [
        L(1, "SA-MARK-BK", "Tag marker pen, black, 2027 season", 50, "EA", "6.80", "2026-12-18"),
    ])
    p3 = PO("4500018864", s, "NZD", "2026-11-17", [
        L(1, "SA-VT-M", "Visual ear tag medium, numbered 1-500, yellow", 500, "PCS", "0.61", "2026-12-11"),
        L(2, "SA-EID-FDX", "EID tag FDX-B, NAIT approved", 500, "PCS", "2.35", "2026-12-11"),
    ])
    top = ("Kia ora Dana,\n\nPO 4500018862 - confirmed as ordered, delivery 11/12.\n\nPO 4500018864 - visual tags OK as "
           "ordered, but the EID tags are on backorder; best we can do is 8/01/2027 for those. Prices as per PO.\n\n"
           "PO 4500018863 is with our Christchurch team, they'll come back to you separately.\n\nNgā mihi,\n"
           "Aroha Tane\nSouthern Alps Livestock ID Ltd\n41 Carlyle St, Sydenham, Christchurch 8023\n+64 3 365 0912\n")
    eml = reply(p1, top, "2026-11-23 10:44:51", ("Aroha Tane", "aroha@salid.example"), tz="+1300",
                client="apple", charset="utf-8", cte="quoted-printable", quote="prefix",
                intro="On {d} Nov {yyyy}, at 9:12 PM, {name} <{email}> wrote:", subject="Re: " + req_subject(p1))
    e = exp_conf("Two of three POs answered: 4500018862 as ordered (11/12 = requested); 4500018864 line 1 as ordered, "
                 "line 2 day-first 8/01/2027; 4500018863 only mentioned -> left out.",
                 conf(p1, {1: acc(p1, 1), 2: acc(p1, 2)}),
                 conf(p3, {1: acc(p3, 1), 2: chg(500, "2.35", "2027-01-08")}))
    return [p1, p2, p3], eml, e


@case("pricelist-de-lu", "unrelated/de-LU",
      "Luxembourg price list 2027 (XLSX) from a cable supplier with an open PO for an item that also appears in the list")
def c060():
    s = sup("LUXCABLE", "Lux Câbles Énergie S.à r.l.", "vente@luxcables.example", "de-LU")
    po = PO("4500018865", s, "EUR", "2026-11-16", [
        L(1, "LCE-N2XSY-185", "MV cable N2XS(F)2Y 1x185/25 12/20 kV, wind farm", 900, "M", "24.60", "2026-12-18"),
    ])
    rows = [["Preisliste / Liste de prix 2027 - gültig ab 01.01.2027"], [],
            ["Artikel", "Bezeichnung", "Einheit", "Preis EUR", "Cu-Basis EUR/100 kg"],
            ["LCE-N2XSY-95", "N2XS(F)2Y 1x95/16 12/20 kV", "m", 15.8, 850],
            ["LCE-N2XSY-185", "N2XS(F)2Y 1x185/25 12/20 kV", "m", 26.1, 850],
            ["LCE-N2XSY-240", "N2XS(F)2Y 1x240/25 12/20 kV", "m", 31.4, 850],
            ["LCE-NA2XS-630", "NA2XS(F)2Y 1x630/35 20/35 kV", "m", 44.9, ""]]
    att = xlsx(rows, "Preise 2027")
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Preisliste, gültig ab 01.01.2027. Die Preise "
            "verstehen sich in EUR pro Meter auf Kupferbasis 850 EUR/100 kg; Lieferungen ab KW 2/2027 werden zu den "
            "neuen Preisen berechnet.\n\nMit freundlichen Grüßen\nLux Câbles Énergie S.à r.l.\nVerkaufsabteilung\n"
            "12, rue de l'Industrie, L-3895 Foetz\nTél. +352 26 55 71 1\n")
    root = mime.multipart("mixed", [mime.text(body, "plain", "iso-8859-15", "quoted-printable"),
                                    mime.attachment(att, "application/vnd.openxmlformats-officedocument."
                                                    "spreadsheetml.sheet", "Preisliste_2027.xlsx")],
                          boundary("outlook", "c060", 0))
    hdrs = [("From", mime.addr("Lux Câbles Énergie - Vente", "vente@luxcables.example", "iso-8859-15")),
            ("To", mime.addr("Dana Ruiz", po["buyer"]["email"])),
            ("Subject", "Preisliste 2027 / Liste de prix 2027"),
            ("Date", mime.rfc_date("2026-11-24 11:00:03")),
            ("Message-ID", msg_id("outlook", "c060", "luxcables.example")),
            ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-LU")]
    return [po], mime.message(hdrs, root), exp("unrelated", "General price list for 2027; the listed 26.10 for the PO's "
                                                "item is not an answer to PO 4500018865.")


@case("ooo-it-ch", "auto_reply/it-CH",
      "Swiss Italian holiday auto-reply with a return date in December and a deputy's phone number")
def c061():
    s = sup("TICOTTICA", "Ticino Ottica Forniture SA", "ordini@ticino-ottica.example", "it-CH")
    po = PO("4500018866", s, "CHF", "2026-11-17", [
        L(1, "TO-PANNO-1818", "Lens cleaning cloth 18x18 cm, microfibre, 2027 calendar print", 5000, "PCS", "0.74",
          "2026-12-11"),
    ])
    body = ("Buongiorno,\n\nsono in vacanza fino al 7 dicembre compreso e non leggo la posta.\nPer urgenze relative a "
            "ordini e consegne rivolgersi a Luca Bernasconi, tel. +41 91 960 22 14, luca.bernasconi@ticino-ottica.example."
            "\n\nCordiali saluti\nSara Ferrari\nTicino Ottica Forniture SA\n")
    root = mime.text(body, "plain", "iso-8859-1", "quoted-printable")
    hdrs = [("From", mime.addr("Sara Ferrari", "sara.ferrari@ticino-ottica.example")),
            ("To", po["buyer"]["email"]),
            ("Subject", "Risposta automatica: " + req_subject(po)),
            ("Date", mime.rfc_date("2026-11-18 09:12:40")),
            ("Message-ID", msg_id("outlook", "c061", "ticino-ottica.example")),
            ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
            ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    return [po], mime.message(hdrs, root), exp("auto_reply", "Holiday auto-reply; '7 dicembre' is the return date.")


@case("upholstery-mt-line-to-follow", "confirmation/en-MT",
      "Maltese English reply confirms lines 1 and 3 and defers line 2 to 'next week', so line 2 stays unconfirmed")
def c062():
    s = sup("MELITADU", "Melita Dental Upholstery Ltd", "orders@melita-upholstery.example", "en-MT")
    po = PO("4500018867", s, "EUR", "2026-11-17", [
        L(1, "MDU-SEAT-RB", "Seat cushion, royal blue, for 2019-2024 chairs", 8, "EA", "245.00", "2026-12-11"),
        L(2, "MDU-BACK-27", "Backrest, royal blue, 2027 model chairs", 8, "EA", "310.00", "2026-12-11"),
        L(3, "MDU-ARM-PR", "Armrest pads, royal blue", 8, "PAIR", "96.00", "2026-12-11"),
    ])
    top = ("Morning Dana,\n\nLines 1 and 3 confirmed as per your order (qty, price, 11/12). Line 2 (the 2027-model "
           "backrest) we'll confirm next week once the fabric arrives from Italy.\n\nRegards,\nJoseph Camilleri\n"
           "Melita Dental Upholstery Ltd\nBulebel Industrial Estate, Zejtun ZTN 3000, Malta\nTel +356 2169 4410\n\n"
           "The information in this e-mail is confidential and may be legally privileged.\n")
    eml = reply(po, top, "2026-11-20 09:35:27", ("Joseph Camilleri", "joseph@melita-upholstery.example"),
                client="outlook", charset="us-ascii", cte="7bit", content_lang="en-MT")
    e = exp_conf("Lines 1 and 3 as ordered; line 2 'we'll confirm next week' -> unconfirmed.",
                 conf(po, {1: acc(po, 1), 2: UNC, 3: acc(po, 3)}))
    return [po], eml, e


@case("deliverynote-other-order-sv-fi", "unrelated/sv-FI",
      "Finland-Swedish delivery note (PDF) for a different, older order; the open PO is never mentioned")
def c063():
    s = sup("MYGGNAT", "Myggnät Österbotten Ab", "order@myggnat-ob.example", "sv-FI")
    po = PO("4500018868", s, "EUR", "2026-11-17", [
        L(1, "MO-NET-KING", "Mosquito net king size 200x220 cm, white, 2027 range", 300, "PCS", "12.90", "2026-12-18"),
    ])
    body = ("Hej,\n\nBifogat följesedel nr 55120 för leveransen av er order 4500017655, som skickades i dag 20.11.2026 "
            "med Schenker. Kollin: 4 st, vikt 186 kg.\n\nMed vänliga hälsningar\nLager / Myggnät Österbotten Ab\n"
            "Strandvägen 4, 68600 Jakobstad\n")
    note = pdf(["**Myggnat Osterbotten Ab - FOLJESEDEL / LAHETE 55120", "Datum: 20.11.2026   Er order: 4500017655",
                "Mottagare: Brightwater Trading GmbH, Hafenstrasse 12, 28217 Bremen", "",
                "Rad  Artikel        Benamning                         Antal  Enhet",
                "1    MO-NET-DBL     Myggnat dubbelsang 180x200 cm       240  st",
                "2    MO-HOOK-4      Takkrok 4 st/pase                    240  pase", "",
                "Kollin: 4   Vikt: 186 kg   Transportor: Schenker  Sandningsnr 1-44-887310"],
               compress=False, title="Foljesedel 55120", author="Myggnat Osterbotten Ab",
               date="20261120140200+02'00'")
    root = mime.multipart("mixed", [mime.text(body, "plain", "iso-8859-1", "quoted-printable"),
                                    mime.attachment(note, "application/pdf", "Foljesedel_55120.pdf")],
                          boundary("thunderbird", "c063", 0))
    hdrs = [("From", mime.addr("Myggnät Österbotten - Lager", "lager@myggnat-ob.example", "iso-8859-1")),
            ("To", po["buyer"]["email"]),
            ("Subject", mime.enc("Följesedel 55120 / order 4500017655", "iso-8859-1")),
            ("Date", mime.rfc_date("2026-11-20 14:05:12", "+0200")),
            ("Message-ID", msg_id("thunderbird", "c063", "myggnat-ob.example")),
            ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-FI")]
    return [po], mime.message(hdrs, root), exp("unrelated", "Delivery note for older order 4500017655 (not in "
                                                "pos.json); open PO 4500018868 is not addressed.")


@case("bounce-exim-disabled", "bounce/es-AR",
      "Exim multipart/report from the supplier's host: account disabled, original request attached")
def c064():
    s = sup("FIELTPAT", "Fieltros Patagónicos S.R.L.", "ventas@fieltrospatagonicos.example", "es-AR")
    po = PO("4500018869", s, "USD", "2026-11-19", [
        L(1, "FP-GAU-58", "Gaucho felt hat, black, 8 cm brim, size 58", 50, "PCS", "39.00", "2026-12-18"),
        L(2, "FP-BOIN-L", "Wool felt beret, navy, size L", 120, "PCS", "11.20", "2026-12-18"),
    ])
    rc = s["email"]
    human = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not "
             "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
             "failed:\n\n  %s\n    mailbox is disabled or suspended\n\n------ This is a copy of the message, "
             "including all the headers. ------\n" % rc)
    ds = ("Reporting-MTA: dns; srv12.hostingar.example\n\nAction: failed\nFinal-Recipient: rfc822;%s\nStatus: 5.2.1\n"
          "Diagnostic-Code: X-Exim; mailbox is disabled or suspended\n" % rc).encode("ascii")
    root = mime.multipart("report", [
        mime.raw_part([("Content-type", "text/plain; charset=us-ascii")], human.encode("ascii")),
        mime.raw_part([("Content-type", "message/delivery-status")], ds),
        mime.raw_part([("Content-type", "message/rfc822")], request_eml(po)),
    ], "1795000335-eximdsn-1804289383", params="; report-type=delivery-status")
    hdrs = [("Return-path", "<>"), ("Auto-Submitted", "auto-replied"),
            ("From", "Mail Delivery System <Mailer-Daemon@srv12.hostingar.example>"),
            ("To", po["buyer"]["email"]),
            ("References", po["request_message_id"]),
            ("Subject", "Mail delivery failed: returning message to sender"),
            ("Message-Id", "<E1vKq7T-0003Qx-2b@srv12.hostingar.example>"),
            ("Date", "Fri, 20 Nov 2026 05:12:15 -0300")]
    return [po], mime.message(hdrs, root), exp("bounce", "Exim DSN 5.2.1 (mailbox disabled) from the supplier's "
                                                "hosting; the original with PO lines is attached.")


@case("pens-fr-lu-vague", "needs_review/fr-LU",
      "Luxembourg French 'normalement vers la fin de la première quinzaine de décembre, si tout va bien' is no committed date")
def c065():
    s = sup("PLUMESGD", "Plumes du Grand-Duché S.à r.l.", "commandes@plumes-gd.example", "fr-LU")
    po = PO("4500018870", s, "EUR", "2026-11-18", [
        L(1, "PGD-FP-18K", "Fountain pen 18K gold nib M, resin barrel, 2027 collection", 30, "EA", "189.00",
          "2026-12-11"),
        L(2, "PGD-NIB-EF", "Spare nib unit steel EF, size 6", 60, "EA", "24.00", "2026-12-11"),
    ])
    top = ("Bonjour Madame Ruiz,\n\nMerci pour votre commande 4500018870. Normalement vous devriez recevoir la "
           "marchandise vers la fin de la première quinzaine de décembre, si tout va bien avec notre fournisseur de "
           "plumes. Pour les prix, je reviens vers vous dès que j'ai son offre.\n\nBien cordialement,\nMarc Weber\n"
           "Plumes du Grand-Duché S.à r.l.\n23, Grand-Rue, L-1661 Luxembourg\nTél. +352 22 48 15\n")
    eml = reply(po, top, "2026-11-20 16:48:09", ("Marc Weber", "marc.weber@plumes-gd.example"),
                client="outlook", charset="iso-8859-1", cte="quoted-printable", qlang="fr",
                subject="RE : " + req_subject(po), content_lang="fr-LU")
    return [po], eml, exp("needs_review", "Vague and conditional ('normalement', 'si tout va bien') and prices still "
                                          "open: nothing a buyer could book.")


@case("carousel-hk-crates", "confirmation/en-HK",
      "Hong Kong reply counts horses in crates of 2, gives ETD and a separate delivered-to-Bremen date, one price up")
def c066():
    s = sup("KOWLOONCC", "Kowloon Carousel Crafts Ltd", "sales@kowlooncarousel.example", "en-HK")
    po = PO("4500018871", s, "USD", "2026-11-18", [
        L(1, "KCC-HORSE-S", "Carousel horse, small, resin, 110 cm, gold leaf saddle", 10, "EA", "1650.00",
          "2026-12-18"),
        L(2, "KCC-HORSE-L", "Carousel horse, large, resin, 150 cm, silver mane", 4, "EA", "2980.00", "2026-12-18"),
        L(3, "KCC-CHAR-2", "Carousel chariot bench 2-seat, 1.2 m", 2, "EA", "4200.00", "2026-12-18"),
    ])
    top = ("Dear Dana,\n\nThank you for your PO 4500018871. Please see our confirmation:\n\n"
           "1) Small horse 110 cm - 5 crates (2 pcs/crate) = 10 pcs @ USD 1,650.00/pc\n"
           "2) Large horse 150 cm - 2 crates (2 pcs/crate) = 4 pcs @ USD 3,050.00/pc (resin surcharge)\n"
           "3) Chariot bench - 2 pcs, price unchanged\n\nETD Hong Kong 27 Nov 2026 by sea; delivered to your Bremen "
           "warehouse 8 Jan 2027 (all items). Sorry we cannot make 18 Dec because of the vessel schedule.\n\n"
           "Best regards,\nWinnie Lau\nKowloon Carousel Crafts Ltd\nUnit 1203, 12/F, Kwun Tong Industrial Centre, "
           "Kowloon, Hong Kong\nTel +852 2341 7786\n")
    eml = reply(po, top, "2026-11-23 17:10:26", ("Winnie Lau", "winnie.lau@kowlooncarousel.example"), tz="+0800",
                client="outlook", charset="us-ascii", cte="7bit", content_lang="en-HK")
    d = "2027-01-08"
    e = exp_conf("Crates of 2 convert back to the PO pieces; ETD 27 Nov is a ship date but the delivered date 8 Jan "
                 "2027 wins; line 2 new price 3050.00.",
                 conf(po, {1: chg(10, "1650.00", d), 2: chg(4, "3050.00", d), 3: chg(2, "4200.00", d)}))
    return [po], eml, e


@case("windcable-de-vorbehalt", "needs_review/de-DE",
      "German 'grundsätzlich ... vorbehaltlich' answer: binding confirmation only after production planning (KW 48)")
def c067():
    s = sup("WESTOFF", "Westfalen Offshore Kabel GmbH", "vertrieb@westfalen-offshore.example", "de-DE")
    po = PO("4500018872", s, "EUR", "2026-11-18", [
        L(1, "WOK-66-500", "Array cable 66 kV 3x500 mm2 Cu, with FO element", 1800, "M", "212.00", "2026-12-18"),
        L(2, "WOK-HANG-66", "Cable hang-off 66 kV for 3x500 mm2", 6, "SET", "3450.00", "2026-12-18"),
    ])
    top = ("Sehr geehrte Frau Ruiz,\n\nvielen Dank für Ihre Bestellung 4500018872. Wir können diese grundsätzlich zu "
           "den genannten Konditionen ausführen, vorbehaltlich der Verfügbarkeit von Kupferkapazitäten im Werk "
           "Hamm. Eine verbindliche Auftragsbestätigung mit Terminen erhalten Sie, sobald unsere Produktionsplanung "
           "die Fertigung freigegeben hat (voraussichtlich in KW 48).\n\nMit freundlichen Grüßen\nDr. Katrin Vogel\n"
           "Vertrieb Offshore\nWestfalen Offshore Kabel GmbH\nIndustriestraße 101, 59067 Hamm\n"
           "Tel. +49 2381 4408-310\n")
    eml = reply(po, top, "2026-11-20 11:30:12", ("Katrin Vogel", "k.vogel@westfalen-offshore.example"),
                client="outlook", charset="iso-8859-1", cte="quoted-printable", qlang="de",
                subject="AW: " + req_subject(po), content_lang="de-DE")
    return [po], eml, exp("needs_review", "'grundsätzlich ... vorbehaltlich' with the binding confirmation promised "
                                          "for KW 48: nothing is committed yet.")


@case("ticket-us-zendesk", "auto_reply/en-US",
      "US helpdesk (Zendesk-style) 'request received' with a request number, HTML and plain text")
def c068():
    s = sup("BLUEGRASSB", "Bluegrass Balloon Burners LLC", "orders@bluegrassburners.example", "en-US")
    po = PO("4500018873", s, "USD", "2026-11-19", [
        L(1, "BBB-TRI-20", "Triple burner frame, 20 in coil, stainless", 2, "EA", "9400.00", "2026-12-18"),
        L(2, "BBB-BLST-38", "Blast valve 3/8 NPT, 250 psi", 12, "EA", "165.00", "2026-12-18"),
    ])
    txt = ("##- Please type your reply above this line -##\n\nYour request (#48213) has been received and is being "
           "reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n"
           "Bluegrass Balloon Burners LLC | 2200 Industry Rd, Lexington, KY 40505 | (859) 555-0133\n")
    html = ("<html><body><p style=\"color:#b5b5b5\">##- Please type your reply above this line -##</p>"
            "<p>Your request (#48213) has been received and is being reviewed by our support staff.</p>"
            "<p>To add additional comments, reply to this email.</p><p style=\"font-size:11px;color:#999\">Bluegrass "
            "Balloon Burners LLC | 2200 Industry Rd, Lexington, KY 40505 | (859) 555-0133</p></body></html>")
    root = mime.multipart("alternative", [mime.text(txt, "plain", "UTF-8", "quoted-printable"),
                                          mime.text(html, "html", "UTF-8", "quoted-printable")],
                          "--==_mimepart_6552a1f07c2a1_5c7e2d8c1044b")
    hdrs = [("From", "Bluegrass Balloon Burners <support@bluegrassburners.example>"),
            ("Reply-To", "Bluegrass Balloon Burners <support+id48213@bluegrassburners.example>"),
            ("To", po["buyer"]["email"]),
            ("Subject", "[Bluegrass Balloon Burners] Re: " + req_subject(po)),
            ("Date", mime.rfc_date("2026-11-20 03:12:55", "-0500")),
            ("Message-ID", "<4R2XVK9_6552a1f0@bluegrassburners.zendesk.example>"),
            ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
            ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
            ("X-Zendesk-From-Account-Id", "b41f5c2")]
    return [po], mime.message(hdrs, root), exp("auto_reply", "Helpdesk 'request received' notification; no human "
                                                "answer.")


@case("stones-ca-vague", "needs_review/ca-ES",
      "Catalan 'cap a mitjans de desembre, encara no sabem el dia exacte' plus prices still to be reviewed")
def c069():
    s = sup("PEDRESVAL", "Pedres Refractàries del Vallès SL", "comandes@pedresvalles.example", "ca-ES")
    po = PO("4500018874", s, "EUR", "2026-11-19", [
        L(1, "PRV-PZ-40", "Pizza stone refractory 40x30 cm, 2 cm", 250, "PCS", "16.40", "2026-12-11"),
        L(2, "PRV-PZ-R36", "Round pizza stone 36 cm, with 4/3 handle rack", 150, "PCS", "21.90", "2026-12-11"),
    ])
    top = ("Bon dia Dana,\n\nHem rebut la comanda 4500018874. Us podrem servir les pedres cap a mitjans de desembre, "
           "però encara no sabem el dia exacte; els preus els hem de revisar amb fàbrica perquè l'argila ha pujat.\n\n"
           "Us diem alguna cosa ben aviat.\n\nSalutacions,\nJordi Puig\nPedres Refractàries del Vallès SL\n"
           "Carrer de la Indústria 45, 08205 Sabadell\nTel. 937 12 44 80\n")
    eml = reply(po, top, "2026-11-23 12:14:37", ("Jordi Puig", "jordi.puig@pedresvalles.example"),
                client="gmail", charset="UTF-8", cte="quoted-printable", quote="prefix",
                intro="El dv., {d} de nov. {yyyy} a les {HH}:{MM}, {name} (<{email}>) va escriure:",
                subject="Re: " + req_subject(po))
    return [po], eml, exp("needs_review", "Vague date ('cap a mitjans de desembre', exact day unknown) and prices under "
                                          "review: not a confirmation.")


@case("windcable-de-sap-pdf", "confirmation/de-DE",
      "SAP-generated mail with a Flate PDF: SAP positions 10/20/30, 'KW 51' dates and a price per 100 M equal to the PO")
def c070():
    s = sup("RHEINKABEL", "Rheinkabel Windpark Systeme GmbH", "auftrag@rheinkabel-wps.example", "de-DE")
    po = PO("4500018875", s, "EUR", "2026-11-19", [
        L(1, "WOK-CU-95", "Earthing cable Cu 1x95 mm2, H07V-K, green/yellow", 3000, "M", "8.95", "2026-12-11"),
        L(2, "WOK-FO-24", "Fibre optic cable 24F, turbine tower, LSZH", 2000, "M", "11.25", "2026-12-11"),
        L(3, "WOK-GL-M40", "Cable gland M40x1.5, brass nickel-plated", 60, "EA", "14.20", "2026-12-11"),
    ])
    lines = ["**Rheinkabel Windpark Systeme GmbH", "Hafenstraße 8 - 47119 Duisburg - USt-IdNr. DE 812 447 930", "",
             "**AUFTRAGSBESTÄTIGUNG 0020418873", "Datum: 24.11.2026          Kunde: 300447",
             "Ihre Bestellung: 4500018875 vom 19.11.2026", "Brightwater Trading GmbH, Hafenstrasse 12, 28217 Bremen", "",
             "Pos.  Material     Bezeichnung                           Menge    ME   Preis EUR      PE    Liefertermin",
             "10    WOK-CU-95    Erdungsleitung H07V-K 1x95 gn/ge    3.000    M          8,95     1 M    KW 51/2026",
             "20    WOK-FO-24    LWL-Kabel 24F LSZH                  2.000    M      1.125,00   100 M    KW 50/2026",
             "30    WOK-GL-M40   Kabelverschraubung M40x1,5 MS vern.    60    ST        14,20     1 ST   04.12.2026", "",
             "Nettowert EUR 50.202,00", "Lieferbedingung: DAP Bremen (Incoterms 2020)   Zahlung: 30 Tage netto", "",
             "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen."]
    att = pdf(lines, compress=True, title="Auftragsbestaetigung 0020418873", author="SAP NetWeaver",
              date="20261124061502+01'00'")
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung 0020418873 zu Ihrer "
            "Bestellung 4500018875.\n\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese "
            "E-Mail.\n\nRheinkabel Windpark Systeme GmbH - Sitz Duisburg - Amtsgericht Duisburg HRB 31 448\n")
    eml = reply(po, body, "2026-11-24 06:15:09", ("Rheinkabel Auftragsabwicklung", "sap-noreply@rheinkabel-wps.example"),
                client="erp", charset="iso-8859-1", cte="quoted-printable", html=False, quote="none", thread=False,
                subject="Auftragsbestätigung 0020418873 zu Bestellung 4500018875",
                attachments=[(att, "application/pdf", "AB_0020418873.pdf")],
                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "SAP NetWeaver 7.50")])
    e = exp_conf("SAP PDF (Flate): pos 10 'KW 51/2026' -> Fri 2026-12-18; pos 20 1.125,00 EUR per 100 M = 11.25 and "
                 "KW 50 = 2026-12-11 -> accepted; pos 30 earlier, 2026-12-04.",
                 conf(po, {1: chg(3000, "8.95", kw(51)), 2: acc(po, 2), 3: chg(60, "14.20", "2026-12-04")}))
    return [po], eml, e
