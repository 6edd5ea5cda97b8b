"""Cases 065-080."""
from __future__ import annotations

import datetime as dt

from .clients import gmail, outlook, plain_reply, reply_headers
from .common import (D, PO, REJ, UNC, acc, all_acc, case, chg, conf, expect, gmail_attrib, gt, is_weekday, kw,
                     next_on_or_after, request_dt, request_subject, request_text, sup)
from .mime import Attachment, Multi, Raw, Text, addr, hdr, html_escape, message, rfc_date, text_to_html
from .pdf import simple_doc

# ---------------------------------------------------------------- 065
s = sup("STEINERGM", "Gartenmöbel Steiner GmbH", "office@steiner-gartenmoebel.example", "de-AT")
po = PO("4700231657", s, "2026-11-10", [
    ("GF-TBL-200-LAR", "Garden table 200x100 cm, larch wood", 12, "EA", "389.00", "2027-03-05"),
    ("GF-BENCH-200-LAR", "Garden bench 200 cm, larch, with backrest", 24, "EA", "214.00", "2027-03-05"),
    ("GF-CHR-LAR-STK", "Garden chair, larch, stackable", 48, "EA", "96.00", "2027-03-05"),
    ("GF-CUSH-BENCH200", "Bench cushion 200x45 cm, outdoor fabric", 24, "EA", "39.00", "2027-03-05"),
], buyer="marta")
assert kw(2027, 9) == D(2027, 3, 5) and round(39.00 * 1.03, 2) == 40.17
body = """Grüß Gott Frau Lindqvist,

danke für die Bestellung 4700231657!

Die Tische 200x100 und die Bänke 200 cm bestätigen wir zu den Bestellpreisen, Liefertermin KW 9/2027 (wir liefern wie immer mit eigenem LKW, Avisierung 2 Tage vorher).

Bei den Sitzauflagen 200x45 müssen wir ab Jänner leider einen Materialteuerungszuschlag von 3 % verrechnen, Liefertermin ebenfalls KW 9.

Mit freundlichen Grüßen

Martin Steiner
Gartenmöbel Steiner GmbH
Hauptstraße 41 · 8330 Feldbach · Tel. +43 3152 2718 · FN 204611 s
"""
eml = message(reply_headers(po, "Martin Steiner", "office@steiner-gartenmoebel.example", rfc_date(2026, 11, 11, 18, 32, 4),
                            "<00a101db3462$c4f1e2d0$4ed5a870$@steiner-gartenmoebel.example>", prefix="AW: ",
                            extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
              outlook(body, po, "----=_NextPart_000_00A2_01DB3462.C4F1E2D0", lang="de",
                      sent="Dienstag, 10. November 2026 10:12", charset="iso-8859-1"))
case("garden-line-not-mentioned", "confirmation / de-AT, Outlook iso-8859-1",
     "Tables, benches and cushions are answered by description only; the chairs (line 3) are never mentioned; a +3 % surcharge applies to the PO price (39,00 -> 40,17); KW 9/2027.",
     [po], eml, expect("confirmation", "Lines 1-2 as ordered (KW 9/2027 = 2027-03-05). Line 4: +3% -> 40.17, same date. Line 3 not mentioned -> unconfirmed.",
                       [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: UNC, 4: chg(po, 4, p="40.17")})]))

# ---------------------------------------------------------------- 066
s = sup("MIDWESTDS", "Midwest Display & Signage Co.", "jsorensen@midwestdisplay.example", "en-US")
po = PO("4700231668", s, "2026-11-09", [
    ("SGN-ACM-48X96", "ACM panel sign 48x96 in, 3 mm, full-color print", 10, "EA", "186.00", "2026-12-11"),
    ("SGN-AFRAME-2436", "A-frame sidewalk sign 24x36 in, double-sided", 25, "EA", "64.00", "2026-12-11"),
    ("DSP-BROCH-8511", "Acrylic brochure holder 8.5x11 in, wall mount", 200, "EA", "4.85", "2026-12-11"),
], buyer="marta", currency="USD")
body = """Hi Marta,

See below from our plant in Grand Rapids - we're good on all three. Only change is the brochure holders, which came in cheaper at $465.00 per 100. Everything ships 12/7 and will be delivered to you 12/11.

Jeff

Jeff Sorensen | Key Accounts
Midwest Display & Signage Co. | 616-555-0142

---------- Forwarded message ---------
From: Mike Tran <mtran@midwestdisplay.example>
Date: Tue, Nov 10, 2026 at 3:48 PM
Subject: RE: PO 4700231668 Nordwind - can we make 12/11?
To: Jeff Sorensen <jsorensen@midwestdisplay.example>

Jeff - ACM panels and A-frames no problem for 12/7 ship. Brochure holders: we can do them at 465/C now that the new mold is running. Earlier I told you 12/14 for those but the resin came in Monday, so all three can ship together 12/7.

Mike Tran
Production Planning - Grand Rapids

---------- Forwarded message ---------
From: Jeff Sorensen <jsorensen@midwestdisplay.example>
Date: Mon, Nov 9, 2026 at 9:20 AM
Subject: PO 4700231668 Nordwind - can we make 12/11?
To: Mike Tran <mtran@midwestdisplay.example>

Mike, new PO from Nordwind below, they need it in Esbjerg 12/11. Can you check?
"""
eml = message(reply_headers(po, "Jeff Sorensen", "jsorensen@midwestdisplay.example", rfc_date(2026, 11, 10, 17, 2, 37, "-0500"),
                            "<CAH7vPq3=Xk9Lr2Wn5Ts8Mz1Qb4@mail.gmail.com>", prefix="Re: "),
              gmail(body, po, "0000000000003c4d5e6f7a8b0066", attrib=gmail_attrib(po, 4, 12)))
case("signage-forwarded-plant-chain", "confirmation / en-US, Gmail forwarded internal chain",
     "The commitment is in the rep's top note plus a forwarded internal plant mail; an older internal date (12/14) is superseded, and '$465.00 per 100' / '465/C' must become 4.65 each.",
     [po], eml, expect("confirmation", "All delivered 12/11 (ship 12/7). Lines 1-2 as ordered; line 3 price 465.00/100 = 4.65. 12/14 was an earlier internal estimate, withdrawn.",
                       [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, p="4.65")})]))

# ---------------------------------------------------------------- 067
s = sup("MIDINSUL", "Midlands Insulation Supplies Ltd", "orders@midlandsinsulation.example", "en-GB")
po = PO("4700231679", s, "2026-11-10", [
    ("INS-PIR-120-FOIL", "PIR board 120 mm, 2400x1200, foil faced", 144, "M2", "21.60", "2026-12-04"),
    ("INS-GW-ROLL-100", "Glass wool roll 100 mm, 1200 mm wide", 300, "M2", "3.95", "2026-12-04"),
], buyer="marta", currency="GBP")
is_weekday(D(2026, 12, 4), 4)
pdf = simple_doc([("Midlands Insulation Supplies Ltd", True), "Unit 8, Tame Valley Business Park, Tamworth B77 5BY",
                  "", ("ORDER ACKNOWLEDGEMENT  SO-88214", True), "Customer PO: 4700231679     Date: 11/11/2026", "",
                  "Item               Description                         Qty        Price/m2   Del. date",
                  "PIR120-2412F       PIR 120mm 2400x1200 foil           144 m2      22.40     11/12/2026",
                  "GW100-1200R        Glass wool roll 100mm               300 m2       3.95     11/12/2026", "",
                  "Delivery by tail-lift vehicle. Prices ex VAT. E&OE."],
                 title="SO-88214", producer="Sage 50 Accounts", creation="D:20261111152000Z")
body = """Hi Marta,

Confirmed for delivery Friday 4th December, order acknowledgement attached.

Thanks,
Sam

Sam Whitfield | Sales
Midlands Insulation Supplies Ltd | 01827 555 904
"""
alt = outlook(body, po, "_000_CWLP265MB3315A7B8C9D0E1F2CWLP265MB3315GBRP_", lang="en", sent="10 November 2026 09:12")
eml = message(reply_headers(po, "Sam Whitfield", "orders@midlandsinsulation.example", rfc_date(2026, 11, 11, 15, 24, 51, "+0000"),
                            "<CWLP265MB3315A7B8C9D0E1F2@CWLP265MB3315.GBRP265.PROD.OUTLOOK.COM>"),
              Multi("mixed", [alt, Attachment("application/pdf", pdf, "SO-88214.pdf")], "_004_CWLP265MB3315A7B8C9D0E1F2CWLP265MB3315GBRP_"))
case("insulation-body-vs-pdf-conflict", "needs_review / en-GB, Outlook + PDF",
     "The mail says 'confirmed for Friday 4th December' but the attached acknowledgement says 11/12/2026 and a higher PIR price; a buyer cannot tell which holds.",
     [po], eml, expect("needs_review", "Contradiction between body (4 Dec, implicitly PO prices) and PDF (11/12/2026, PIR 22.40)."))

# ---------------------------------------------------------------- 068
s = sup("BTOUEST", "Bandes Transporteuses de l'Ouest SARL", "adv@bto-convoyeurs.example", "fr-FR")
po = PO("4700231686", s, "2026-11-12", [
    ("CB-PU-FOOD-500", "PU food-grade conveyor belt 500 mm, 2-ply, blue", 40, "M", "58.00", "2026-12-16"),
    ("CB-MOD-300-POM", "Modular plastic belt 300 mm, POM, flush grid", 25, "M", "112.00", "2026-12-16"),
    ("CB-SPLICE-ONSITE", "Endless splicing on site, per joint", 2, "EA", "180.00", "2026-12-16"),
], buyer="jonas")
is_weekday(D(2026, 12, 16), 2)
is_weekday(D(2026, 12, 18), 4)
rows = [("1", "CB-PU-FOOD-500", "40 m", "58,00 €", "mercredi 16/12/2026"),
        ("2", "CB-MOD-300-POM", "30 m (1 rouleau complet)", "112,00 €", "vendredi 18/12/2026"),
        ("3", "CB-SPLICE-ONSITE", "2 jonctions", "195,00 €", "mercredi 16/12/2026")]
table = ('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Calibri;font-size:11pt">'
         '<tr style="background:#DDEBF7"><th>Ligne</th><th>Votre réf.</th><th>Quantité</th><th>Prix unitaire HT</th><th>Date de livraison</th></tr>'
         + "".join("<tr>" + "".join(f"<td>{html_escape(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")
q = text_to_html(request_text(po))
html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head><body lang="FR">'
        '<div class="WordSection1"><p class="MsoNormal">Bonjour Monsieur Keller,<o:p></o:p></p><p class="MsoNormal">&nbsp;</p>'
        '<p class="MsoNormal">Suite à votre commande 4700231686, veuillez trouver ci-dessous notre confirmation :<o:p></o:p></p><p class="MsoNormal">&nbsp;</p>'
        + table +
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">La bande modulaire n\'est vendue que par rouleau complet de 30 m. '
        'Le prix de la jonction sur site passe à 195,00 € HT (déplacement du technicien inclus).<o:p></o:p></p>'
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Bien cordialement,<o:p></o:p></p>'
        '<p class="MsoNormal"><b>Nathalie Guérin</b><br>ADV – Bandes Transporteuses de l\'Ouest<br>ZA de la Gaudinière, 44300 Nantes – 02 40 52 17 80<o:p></o:p></p>'
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>De&nbsp;:</b> Jonas Keller &lt;jonas.keller@nordwind-group.example&gt;<br>'
        '<b>Envoyé&nbsp;:</b> jeudi 12 novembre 2026 10:12<br><b>À&nbsp;:</b> adv@bto-convoyeurs.example<br><b>Objet&nbsp;:</b> '
        + html_escape(request_subject(po)) + '</p></div><p class="MsoNormal">' + q + '</p></div></body></html>\n')
eml = message(reply_headers(po, "Nathalie Guérin", "adv@bto-convoyeurs.example", rfc_date(2026, 11, 13, 10, 51, 28),
                            "<PAVP195MB2104D5E6F7A8B9C0@PAVP195MB2104.EURP195.PROD.OUTLOOK.COM>", prefix="RE : "),
              Text(html, "html", "windows-1252", "quoted-printable"))
case("conveyor-html-only-table", "confirmation / fr-FR, Outlook HTML only",
     "No text/plain part: the answer is an HTML table with French column names, full-roll rounding (30 m) and a new splice price.",
     [po], eml, expect("confirmation", "Line 1 as ordered. Line 2: 30 m (full roll), Fri 18/12/2026. Line 3: price 195.00, 16/12 as ordered.",
                       [conf(po, {1: acc(po, 1), 2: chg(po, 2, q=30, d=D(2026, 12, 18)), 3: chg(po, 3, p="195.00")})]))

# ---------------------------------------------------------------- 069
s = sup("BERGSYK", "Bergen Sykkeldeler AS", "post@bergensykkel.example", "nb-NO")
po = PO("4700231694", s, "2026-11-11", [
    ("BK-TYRE-700X35", "Tyre 700x35C, reflective sidewall, puncture protection", 200, "EA", "17.20", "2026-12-04"),
    ("BK-TUBE-700-PV48", "Inner tube 700x28-35C, presta valve 48 mm", 400, "EA", "3.10", "2026-12-04"),
    ("BK-LIGHT-SET-USB", "LED light set front/rear, USB rechargeable", 100, "SET", "12.40", "2026-12-04"),
], buyer="olivia")
is_weekday(D(2026, 11, 30), 0)
is_weekday(D(2026, 12, 4), 4)
w3 = kw(2027, 3)
assert w3 == D(2027, 1, 22)
attrib = "Den 11. nov. 2026 kl. 10:12 skrev Olivia Brandt <olivia.brandt@nordwind-group.example>:"
answer = """Hei Olivia,

Dekk og slanger er på lager og sendes fra oss mandag 30. november, dere har dem fredag 4. desember.
Lyssettene er utsolgt hos produsenten til uke 3. Vi kan levere alle 100 sett da, til samme pris.

Mvh
Lars Haugen
Bergen Sykkeldeler AS
"""
plain = attrib + "\n\n" + gt(request_text(po)) + "\n" + answer
html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        '<div><br><blockquote type="cite"><div>' + html_escape(attrib) + '</div><br><div><div>' + text_to_html(request_text(po)) +
        '</div></div></blockquote></div><br><div>' + text_to_html(answer) + '</div></body></html>\n')
eml = message(reply_headers(po, "Lars Haugen", "post@bergensykkel.example", rfc_date(2026, 11, 12, 13, 17, 8),
                            "<E3C1A7F2-6B9D-4A58-8F0E-2D7C4B1A9E63@bergensykkel.example>", prefix="Re: ",
                            extra=[("X-Mailer", "Apple Mail (2.3826.200.121)")]),
              Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable", params="format=flowed"),
                                    Text(html, "html", "utf-8", "quoted-printable")], "Apple-Mail=_5B2E8D41-9C7A-4F36-B0E2-71D3A6C8F954"))
case("bike-apple-mail-bottom-posted", "confirmation / nb-NO, Apple Mail bottom-posted",
     "Bottom-posted answer below the quoted PO; tyre sizes 700x35C / 700x28-35C look like numbers; ship Monday vs delivery Friday; lights moved to week 3.",
     [po], eml, expect("confirmation", "Lines 1-2 delivered Fri 4 Dec = requested (shipped Mon 30 Nov). Line 3: uke 3 (2027) = Fri 2027-01-22.",
                       [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, d=w3)})]))

# ---------------------------------------------------------------- 070
s = sup("WMNORD", "Werbemittel Nord GmbH", "auftrag@werbemittel-nord.example", "de-DE")
po = PO("4700231705", s, "2026-11-10", [
    ("PRM-BAL-WHITE", "Balloon white, 1-colour print (per piece)", 5000, "EA", "0.19", "2026-12-07"),
    ("PRM-KEY-METAL", "Metal keyring, laser engraved", 1000, "EA", "1.35", "2026-12-07"),
    ("PRM-CUP-RPET03", "Reusable cup 0.3 l, rPET, 1-colour print", 2000, "EA", "0.72", "2026-12-07"),
], buyer="marta")
csv = ("AB-Nr;Pos;Ihre Bestellung;Ihre Pos;Artikel;Ihre Art.-Nr.;Bezeichnung;Menge;ME;Preis;PE;Liefertermin\r\n"
       "AB-26-07731;10;4700231705;1;WM-BL-100W;PRM-BAL-WHITE;Luftballon weiß, 1-farbig bedruckt;5000;ST;19,00;100;07.12.2026\r\n"
       "AB-26-07731;20;4700231705;2;WM-SR-220;PRM-KEY-METAL;Schlüsselanhänger Metall, gelasert;1000;ST;1,35;1;07.12.2026\r\n"
       "AB-26-07731;30;4700231705;3;WM-CUP-03R;PRM-CUP-RPET03;Mehrwegbecher 0,3 l rPET, 1-farbig;2000;ST;75,00;100;14.12.2026\r\n"
       "AB-26-07731;40;4700231705;;WM-KLISCHEE;;Klischeekosten / Druckvorbereitung;1;PAU;45,00;1;07.12.2026\r\n")
body = """Guten Tag Frau Lindqvist,

anbei unsere Auftragsbestätigung AB-26-07731 als CSV-Datei zum Einlesen in Ihr Warenwirtschaftssystem.

Mit freundlichen Grüßen
Auftragsabwicklung
Werbemittel Nord GmbH · Am Sandtorkai 62 · 20457 Hamburg
"""
eml = message(reply_headers(po, "Werbemittel Nord Auftragsabwicklung", "auftrag@werbemittel-nord.example", rfc_date(2026, 11, 11, 7, 58, 2),
                            "<AB-26-07731.1731308282@erp.werbemittel-nord.example>", prefix="AW: "),
              Multi("mixed", [Text(body, "plain", "iso-8859-1", "quoted-printable"),
                              Attachment("text/csv; charset=\"windows-1252\"", csv.encode("cp1252"), "AB-26-07731.csv", name_param=False)],
                    "----=_Part_7731_20261111"))
case("promo-csv-price-unit", "confirmation / de-DE, ERP CSV attachment",
     "Semicolon CSV with decimal commas and a 'PE' (Preiseinheit) column: 19,00 per 100 = 0.19, 75,00 per 100 = 0.75; an extra cliché-cost row 40 has no PO line.",
     [po], eml, expect("confirmation", "Pos 10 = line 1 as ordered (19.00/100). Pos 20 = line 2 as ordered. Pos 30 = line 3: 0.75 and 14.12.2026. Pos 40 is a set-up charge.",
                       [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, p="0.75", d=D(2026, 12, 14))})]))

# ---------------------------------------------------------------- 071
s = sup("GBGKAFFE", "Göteborgs Kafferosteri AB", "anna.lindgren@gbgkaffe.example", "sv-SE")
po = PO("4700231713", s, "2026-11-12", [
    ("CF-MORK-1K", "Dark roast coffee beans, 1 kg bag", 60, "KG", "15.10", "2026-12-03"),
    ("CF-BRYG-500", "Filter coffee ground, 500 g, carton of 12", 20, "CT", "54.00", "2026-12-03"),
], buyer="dana")
body = """Hej!

Jag är på semester till och med måndag 30 november och läser inte min e-post.
Vid brådskande ärenden, kontakta order@gbgkaffe.example eller ring växeln 031-15 24 00.

Med vänlig hälsning
Anna Lindgren
"""
hs = reply_headers(po, "Anna Lindgren", "anna.lindgren@gbgkaffe.example", rfc_date(2026, 11, 12, 10, 12, 50),
                   "<GV3P280MB0622B1C2D3E4F5A6@GV3P280MB0622.SWEP280.PROD.OUTLOOK.COM>",
                   subject="Autosvar: " + request_subject(po),
                   extra=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "anna.lindgren@gbgkaffe.example")])
eml = message(hs, Multi("alternative", [Text(body, "plain", "utf-8", "quoted-printable"),
                                         Text("<html><body><p>" + text_to_html(body) + "</p></body></html>\n", "html", "utf-8", "quoted-printable")],
                        "_000_GV3P280MB0622B1C2D3E4F5A6GV3P280MB0622SWEP_"))
case("ooo-swedish-no-auto-header", "auto_reply / sv-SE, Exchange 'Autosvar'",
     "Swedish vacation reply without an Auto-Submitted header (only the 'Autosvar:' subject and X-Auto-Response-Suppress) and a date 'till och med måndag 30 november'.",
     [po], eml, expect("auto_reply", "Out-of-office until Mon 30 November; recognisable only by subject prefix and content."))

# ---------------------------------------------------------------- 072
s = sup("NBHUATAI", "Ningbo Huatai Valve Co., Ltd.", "lily.chen@nbhuatai.example", "zh-CN")
po = PO("4700231721", s, "2026-11-09", [
    ("VLV-GATE-DN150", "Gate valve DN150 PN16, ductile iron, resilient seat", 10, "EA", "265.00", "2027-01-22"),
    ("VLV-BFLY-DN200", "Butterfly valve DN200 PN16, lug type, gear operator", 6, "EA", "318.00", "2027-01-22"),
], buyer="jonas", currency="USD")
body = """您好，

我目前正在休假（2026年11月9日至11月16日），期间无法及时回复邮件。如有紧急事宜，请联系我的同事张伟：zhangwei@nbhuatai.example，电话 +86 574 8765 4321。

Thank you for your email. I am on annual leave from 9 to 16 November 2026 with limited access to e-mail. For urgent matters please contact my colleague Zhang Wei (zhangwei@nbhuatai.example, +86 574 8765 4321).

陈丽 Lily Chen
宁波华泰阀门有限公司
"""
hs = reply_headers(po, "陈丽 Lily Chen", "lily.chen@nbhuatai.example", rfc_date(2026, 11, 9, 17, 12, 40, "+0800"),
                   "<auto.20261109171240.66120@nbhuatai.example>",
                   subject="自动回复: " + request_subject(po),
                   extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.13")])
eml = message(hs, Text(body, "plain", "utf-8", "base64"))
case("ooo-chinese-bilingual", "auto_reply / zh-CN, Coremail base64",
     "Bilingual Chinese/English out-of-office in base64 with an encoded '自动回复' subject; contains leave dates only.",
     [po], eml, expect("auto_reply", "Out-of-office 9-16 November 2026."))

# ---------------------------------------------------------------- 073
s = sup("LAKESEED", "Lakeside Seed Co.", "orders@lakesideseed.example", "en-US")
po = PO("4700231732", s, "2026-11-12", [
    ("SD-PEP-BELL-50K", "Bell pepper seed F1, bag of 50,000 seeds", 6, "BAG", "1240.00", "2027-02-05"),
    ("SD-SQU-ZUC-5K", "Zucchini seed F1, pack of 5,000 seeds", 20, "PAK", "96.00", "2027-02-05"),
], buyer="tomas", currency="USD")
orig = message([("From", "Tomas Heredia <tomas.heredia@nordwind-group.example>"), ("To", "orders@lakesideseed.example"),
                ("Subject", request_subject(po)), ("Date", request_dt(po)), ("Message-ID", po["request_message_id"])],
               Text(request_text(po), "plain", "us-ascii", "7bit")).decode("ascii").replace("\r\n", "\n")
body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  orders@lakesideseed.example
    host mx1.lakesideseed.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<orders@lakesideseed.example>:
    550 5.7.1 Service unavailable; client [192.0.2.10] blocked using zen.spamhaus.example

------ This is a copy of the message, including all the headers. ------

Return-path: <tomas.heredia@nordwind-group.example>
Received: from [10.20.4.17] (helo=erp-out.nordwind-group.example)
	by mx.nordwind-group.example with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	(envelope-from <tomas.heredia@nordwind-group.example>)
	id 1tBx7Q-0004Fz-2K
	for orders@lakesideseed.example; Thu, 12 Nov 2026 10:12:31 +0100
""" + orig
hs = [("Return-path", "<>"), ("From", "Mail Delivery System <Mailer-Daemon@mx.nordwind-group.example>"),
      ("To", "tomas.heredia@nordwind-group.example"), ("Subject", "Mail delivery failed: returning message to sender"),
      ("Date", rfc_date(2026, 11, 12, 10, 12, 34)), ("Message-ID", "<E1tBx7T-0004G3-9m@mx.nordwind-group.example>"),
      ("X-Failed-Recipients", "orders@lakesideseed.example"), ("Auto-Submitted", "auto-replied")]
eml = message(hs, Text(body, "plain", "us-ascii", "7bit"))
case("bounce-exim-plain-text", "bounce / (en-US supplier), Exim plain-text bounce",
     "Old-style Exim bounce, not multipart/report: the whole original PO (with dates, quantities and prices) is pasted below the error as plain text.",
     [po], eml, expect("bounce", "Permanent failure 550 5.7.1 (blocklisted); the PO text is our own returned message."))

# ---------------------------------------------------------------- 074
s = sup("SAARISTO", "Kalatukku Saaristo Oy", "tilaukset@kalatukku-saaristo.example", "fi-FI")
po = PO("4700231741", s, "2026-11-12", [
    ("FS-VEN-FIL-5", "Vendace fillets, frozen, carton 5 kg", 120, "KG", "14.60", "2026-12-09"),
    ("FS-PIKE-PERCH", "Pike-perch fillets skin-on, frozen, carton 10 kg", 200, "KG", "19.80", "2026-12-09"),
], buyer="dana")
notice = """This is the mail system at host mail.nordwind-group.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

For further assistance, please send mail to postmaster.

                   The mail system

<tilaukset@kalatukku-saaristo.example>: connect to
    mx.kalatukku-saaristo.example[203.0.113.88]:25: Connection timed out
"""
ds = ("Reporting-MTA: dns; mail.nordwind-group.example\n"
      "X-Postfix-Queue-ID: 4Dk9Rt2Hb7z8pQ\n"
      "X-Postfix-Sender: rfc822; dana.ruiz@nordwind-group.example\n"
      "Arrival-Date: Thu, 12 Nov 2026 10:12:31 +0100 (CET)\n\n"
      "Final-Recipient: rfc822; tilaukset@kalatukku-saaristo.example\n"
      "Original-Recipient: rfc822;tilaukset@kalatukku-saaristo.example\n"
      "Action: delayed\n"
      "Status: 4.4.1\n"
      "Diagnostic-Code: X-Postfix; connect to mx.kalatukku-saaristo.example[203.0.113.88]:25:\n"
      "    Connection timed out\n"
      "Will-Retry-Until: Tue, 17 Nov 2026 10:12:31 +0100 (CET)\n")
orig_hdrs = (f"From: Dana Ruiz <dana.ruiz@nordwind-group.example>\nTo: tilaukset@kalatukku-saaristo.example\n"
             f"Subject: {request_subject(po)}\nDate: {request_dt(po)}\nMessage-ID: {po['request_message_id']}\n")
hs = [("From", "MAILER-DAEMON@mail.nordwind-group.example (Mail Delivery System)"), ("To", "dana.ruiz@nordwind-group.example"),
      ("Subject", "Delayed Mail (still being retried)"), ("Date", rfc_date(2026, 11, 12, 14, 13, 2)),
      ("Message-ID", "<20261112131302.3C7E4A1F29@mail.nordwind-group.example>"), ("Auto-Submitted", "auto-replied")]
eml = message(hs, Multi("report", [Text(notice, "plain", "us-ascii", "7bit", extra_headers=[("Content-Description", "Notification")]),
                                   Raw("message/delivery-status", ds, [("Content-Description", "Delivery report")]),
                                   Raw("text/rfc822-headers", orig_hdrs, [("Content-Description", "Undelivered Message Headers")])],
                        "4Dk9Rt2Hb7z8pQ.1731417182/mail.nordwind-group.example", params="report-type=delivery-status",
                        preamble="This is a MIME-encapsulated message."))
case("dsn-delayed-warning", "bounce / (fi-FI supplier), Postfix delay DSN",
     "A 'warning only' delay DSN (Action: delayed, 4.4.1, retry until 17 Nov) - still a delivery status notification, not a reply.",
     [po], eml, expect("bounce", "Delivery delayed DSN for the PO request; no supplier content."))

# ---------------------------------------------------------------- 075
s = sup("CHRIJN", "Chemie Handel Rijnmond B.V.", "verkoop@chemie-rijnmond.example", "nl-NL")
po = PO("4700231752", s, "2026-11-11", [
    ("EXC-PVP-K30", "Povidone K30, Ph. Eur., drum 25 kg", 100, "KG", "14.20", "2026-12-10"),
    ("EXC-TALC-PH", "Talc, Ph. Eur., bag 25 kg", 250, "KG", "2.35", "2026-12-10"),
], buyer="priya")
body = """Goedemiddag Priya,

Povidon K30 hebben we op dit moment alleen in vaten van 50 kg (Ch.-B. 2610-118, houdbaar tot 09/2029). Is het akkoord als we 2 vaten van 50 kg leveren in plaats van 4 x 25 kg?

En mag de talk in zakken van 20 kg komen (dan wordt het 260 kg, 13 zakken), of wilt u precies 250 kg? Dan moeten we een zak omvullen, dat kost € 35,- extra.

Zodra ik uw antwoord heb, stuur ik de orderbevestiging met leverdatum.

Groeten,
Bram Visser
Chemie Handel Rijnmond B.V. | Botlekweg 118, 3197 KA Rotterdam-Botlek
"""
eml = message(reply_headers(po, "Bram Visser", "verkoop@chemie-rijnmond.example", rfc_date(2026, 11, 12, 13, 41, 6),
                            "<AM7PR02MB6014E6F7A8B9C0D1@AM7PR02MB6014.eurprd02.prod.outlook.com>", prefix="RE: "),
              outlook(body, po, "_000_AM7PR02MB6014E6F7A8B9C0D1AM7PR02MB6014eurp_", lang="nl",
                      sent="woensdag 11 november 2026 10:12"))
case("excipients-packaging-questions", "needs_review / nl-NL, Outlook",
     "Two packaging questions with concrete alternative quantities (2 x 50 kg, 13 x 20 kg = 260 kg) and a lot/expiry; the confirmation is explicitly postponed.",
     [po], eml, expect("needs_review", "Questions about drum and bag sizes; order confirmation promised after the answer."))

# ---------------------------------------------------------------- 076
s = sup("KAROOBAT", "Karoo Battery Manufacturing (Pty) Ltd", "exports@karoobattery.example", "en-ZA")
po = PO("4700231763", s, "2026-11-10", [
    ("BAT-652-HD", "Heavy duty battery 12V 105Ah 800A (type 652)", 60, "EA", "121.00", "2026-12-18"),
    ("BAT-628-STD", "Car battery 12V 60Ah 480A (type 628)", 120, "EA", "58.00", "2026-12-18"),
], buyer="olivia", currency="USD")
body = """Hi Olivia,

Thanks for the PO. We're busy finalising our December production plan and the shipping schedule with the line this week - I'll revert with a confirmed ETD and ETA by Friday 20/11.

Pricing as per the PO should be fine, but the 652s might attract a small lead surcharge - will confirm that at the same time.

Regards,
Pieter van der Merwe
Export Sales | Karoo Battery Manufacturing (Pty) Ltd
Tel +27 41 486 2230 | Cell +27 82 555 7719
"""
eml = message(reply_headers(po, "Pieter van der Merwe", "exports@karoobattery.example", rfc_date(2026, 11, 11, 16, 55, 18, "+0200"),
                            "<CAB3nRw9+Tq5Xz1Lm7Kv2Ys8Pf6@mail.gmail.com>", prefix="Re: "),
              gmail(body, po, "000000000000a9b8c7d6e5f40076", attrib=gmail_attrib(po, 11, 12)))
case("batteries-will-revert-friday", "needs_review / en-ZA, Gmail",
     "'I'll revert with a confirmed ETD and ETA by Friday 20/11' and 'pricing should be fine' - hedged, nothing committed; 20/11 is a reply deadline.",
     [po], eml, expect("needs_review", "Promise to confirm by Friday 20/11; possible surcharge pending."))

# ---------------------------------------------------------------- 077
s = sup("TUBINOXBS", "Tubi Inox Brescia S.p.A.", "vendite@tubinoxbrescia.example", "it-IT")
po = PO("4700231775", s, "2026-11-11", [
    ("ST-14404-761X20", "Stainless tube 1.4404, 76.1x2.0 mm, bars 6 m", 180, "M", "24.80", "2026-12-16"),
    ("ST-14301-RD20", "Stainless round bar 1.4301, 20 mm, bars 6 m", 60, "M", "9.60", "2026-12-16"),
], buyer="jonas")
body = """Buongiorno Sig. Keller,

possiamo evadere l'ordine 4700231775 nei tempi richiesti (16/12) solo se accettate l'aggiornamento del prezzo per l'extra lega di dicembre (+0,42 €/kg, cioè circa +1,60 €/m per il tubo 76,1x2,0 e +1,05 €/m per il tondo Ø20).

In caso contrario dovremmo spostare la consegna a gennaio con l'extra lega di gennaio, che sarà pubblicata il 28/12.

Restiamo in attesa di Vs. conferma.

Distinti saluti
Paolo Gatti
Ufficio Vendite – Tubi Inox Brescia S.p.A.
"""
eml = message(reply_headers(po, "Paolo Gatti", "vendite@tubinoxbrescia.example", rfc_date(2026, 11, 12, 11, 58, 44),
                            "<DB9P195MB1530F7A8B9C0D1E2@DB9P195MB1530.EURP195.PROD.OUTLOOK.COM>", prefix="R: "),
              outlook(body, po, "_000_DB9P195MB1530F7A8B9C0D1E2DB9P195MB1530EURP_", lang="it",
                      sent="mercoledì 11 novembre 2026 10:12"))
case("tubes-conditional-alloy-surcharge", "needs_review / it-IT, Outlook",
     "Conditional acceptance: the requested date only if the buyer accepts an alloy surcharge given 'circa' per metre, otherwise January at an unknown price.",
     [po], eml, expect("needs_review", "Two alternatives, both waiting for the buyer's decision; approximate prices only."))

# ---------------------------------------------------------------- 078
s = sup("CERPOLOM", "Čerpadla Olomouc a.s.", "obchod@cerpadla-olomouc.example", "cs-CZ")
po = PO("4700231786", s, "2026-11-11", [
    ("PMP-SUB-DRAIN-075", "Submersible drainage pump 0.75 kW, 230 V, float switch", 10, "EA", "219.00", "2026-12-09"),
    ("PMP-HOSE-2IN-20", "Discharge hose 2 in, 20 m, with Storz couplings", 10, "EA", "47.00", "2026-12-09"),
], buyer="jonas")
body = """Dobrý den, pane Kellere,

potvrzujeme Vaši objednávku 4700231786 za uvedené ceny. Termín dodání bude 9. 12. nebo 16. 12., podle toho, kdy nám dorazí motory od subdodavatele - upřesníme příští týden.

S pozdravem
Jana Nováková
Čerpadla Olomouc a.s. | Hodolanská 32, 779 00 Olomouc | tel. +420 585 312 640
"""
eml = message(reply_headers(po, "Jana Nováková", "obchod@cerpadla-olomouc.example", rfc_date(2026, 11, 12, 14, 27, 9),
                            "<7d3e9b2a-1c4f-4a86-b5e0-9f2d8c6a1b47@cerpadla-olomouc.example>", prefix="Re: ",
                            extra=[("User-Agent", "Mozilla Thunderbird")]),
              plain_reply(body, po, charset="iso-8859-2", cte="8bit", attrib="Dne 11. 11. 2026 v 10:12 Jonas Keller napsal(a):"))
case("pumps-either-or-date", "needs_review / cs-CZ, Thunderbird iso-8859-2",
     "Says 'potvrzujeme' but gives two possible dates (9. 12. or 16. 12.) to be fixed next week; a buyer cannot record a committed date.",
     [po], eml, expect("needs_review", "Prices accepted but the delivery date is either/or, to be specified next week."))

# ---------------------------------------------------------------- 079
s = sup("HANSEEXC", "Hanse Pharma Excipients GmbH", "auftrag@hanse-excipients.example", "de-DE")
po = PO("4700231794", s, "2026-11-12", [
    ("EXC-HPMC-E5", "Hypromellose E5, Ph. Eur., drum 25 kg", 150, "KG", "18.40", "2026-12-18"),
    ("EXC-CROSPOV-XL", "Crospovidone XL, Ph. Eur., drum 25 kg", 75, "KG", "21.90", "2026-12-18"),
    ("EXC-SIO2-COLL", "Colloidal silicon dioxide, Ph. Eur., bag 10 kg", 40, "KG", "27.50", "2026-12-18"),
], buyer="priya")
wed53 = kw(2026, 53, 3)
assert wed53 == D(2026, 12, 30) and kw(2026, 51) == D(2026, 12, 18)
body = """Sehr geehrte Frau Nair,

vielen Dank für Ihre Bestellung 4700231794. Wir bestätigen:

Pos. 1  HPMC E5: 150 kg (6 Fässer à 25 kg), 18,40 €/kg – Liefertermin KW 51
Pos. 2  Crospovidon XL: 75 kg (3 Fässer à 25 kg), 21,90 €/kg – Liefertermin leider erst Mittwoch, KW 53 (Abfüllung zwischen den Jahren)
Pos. 3  Hochdisperses Siliciumdioxid: 40 kg (4 Sack à 10 kg), 275,00 € je Sack – Liefertermin KW 51

CoA und TSE/BSE-Erklärung (Rev. 2025-03) liegen jeder Lieferung bei. Restlaufzeit der Ware mindestens 24 Monate ab Lieferdatum.

Mit freundlichen Grüßen

Dr. Henrike Paulsen
Customer Service
Hanse Pharma Excipients GmbH · Billstraße 210 · 20539 Hamburg
"""
eml = message(reply_headers(po, "Henrike Paulsen", "auftrag@hanse-excipients.example", rfc_date(2026, 11, 13, 9, 44, 15),
                            "<BE1P281MB2217C8D9E0F1A2B3@BE1P281MB2217.DEUP281.PROD.OUTLOOK.COM>", prefix="AW: "),
              outlook(body, po, "_000_BE1P281MB2217C8D9E0F1A2B3BE1P281MB2217DEUP_", lang="de",
                      sent="Donnerstag, 12. November 2026 10:12"))
case("excipients-kw53-wednesday", "confirmation / de-DE, Outlook",
     "'Mittwoch, KW 53' - 2026 has an ISO week 53, and with a day named it is Wed 30 Dec; price per 10 kg sack (275,00 = 27,50/kg); TSE 'Rev. 2025-03' looks like a date.",
     [po], eml, expect("confirmation", "Lines 1 and 3 as ordered (KW 51 = 2026-12-18; 275.00/10 kg = 27.50). Line 2 Wednesday of KW 53 = 2026-12-30.",
                       [conf(po, {1: acc(po, 1), 2: chg(po, 2, d=wed53), 3: acc(po, 3)})]))

# ---------------------------------------------------------------- 080
s = sup("SEMCERR", "Sementes Cerrado Ltda.", "carla.menezes@sementescerrado.example", "pt-BR")
po = PO("4700231803", s, "2026-11-10", [
    ("SD-SOY-RR-200K", "Soybean seed, treated, bag of 200,000 seeds", 80, "BAG", "74.00", "2027-02-19"),
    ("SD-SORG-FOR-50K", "Forage sorghum seed, bag of 50,000 seeds", 40, "BAG", "38.50", "2027-02-19"),
], buyer="tomas", currency="USD")
body = """Olá!

Estou de férias de 10/11 a 04/12/2026, com acesso limitado ao e-mail.
Para pedidos e cotações, favor contatar comercial@sementescerrado.example ou (34) 3212-5580.

Obrigada!
Carla Menezes
Sementes Cerrado Ltda.
"""
hs = reply_headers(po, "Carla Menezes", "carla.menezes@sementescerrado.example", rfc_date(2026, 11, 10, 6, 12, 59, "-0300"),
                   "<CAE7zXq1.vacation.5Kd8Lr2Wn@mail.gmail.com>", subject="Resposta automática: Férias",
                   extra=[("Auto-Submitted", "auto-replied")], thread=True)
eml = message(hs, Multi("alternative", [Text(body, "plain", "utf-8", "quoted-printable"),
                                         Text('<div dir="ltr">' + text_to_html(body) + "</div>\n", "html", "utf-8", "quoted-printable")],
                        "000000000000b1c2d3e4f5a60080"))
case("ooo-portuguese-vacation", "auto_reply / pt-BR, Gmail vacation responder",
     "Gmail vacation responder whose subject ('Resposta automática: Férias') does not mention the PO; dates without order content.",
     [po], eml, expect("auto_reply", "Vacation auto-reply 10/11-04/12/2026."))
