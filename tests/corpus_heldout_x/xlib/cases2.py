"""Cases 021-040."""
from __future__ import annotations

from . import build as b
from . import common as c
from . import docs, mime
from .common import A, C, R, U, conf, expected, kw, wd, next_md, pct, per, MON, TUE, WED, THU, FRI
from .mime import Part, Multi, Raw, addr, ew, rfc_date

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def mk(n, slug, hard, pos, eml, exp):
    return {"n": n, "slug": slug, "hard": hard, "pos": pos, "eml": eml, "exp": exp}


# --------------------------------------------------------------------------- 021
@case
def c021():
    sup = c.supplier("MAPLESIGN", "Maple Leaf Sign & Display Ltd.", "orders@mapleleafsign.example", "en-CA")
    buy = c.buyer("Owen Tremblay", "owen.tremblay@signalwise.example")
    pa = c.po("SW-PO-55021", sup, buy, "USD", "2026-11-04", [
        ("ML-FOAM-24x36", "Foam board 24x36 in, 5 mm, printed 4/0", 200, "EA", "9.75", "2026-12-04"),
        ("ML-ACM-48x96", "Aluminium composite panel 48x96 in, 3 mm, printed", 40, "EA", "74.00", "2026-12-04"),
    ])
    pb = c.po("SW-PO-55034", sup, buy, "USD", "2026-11-06", [
        ("ML-LB-SS-36x48", "LED lightbox single-sided 36x48 in, snap frame", 12, "EA", "412.00", "2026-12-11"),
        ("ML-AFRAME-24x36", "A-frame sidewalk sign 24x36 in, steel", 25, "EA", "88.00", "2026-12-11"),
        ("ML-VINYL-CUT-W", "Cut vinyl lettering, white, per set", 50, "SET", "14.50", "2026-12-11"),
    ])
    body = """Hi Owen,

Please see below for both of your open POs.

SW-PO-55021 - confirmed in full, all 240 pieces ready to ship Dec. 4, 2026.

SW-PO-55034:
  * Lightboxes - 12 @ $412.00, but the LED modules are backordered, so we're looking at 2026-12-18 instead of the 11th.
  * A-frames - 25 @ $88.00, Dec. 11.
  * Vinyl lettering - 50 sets @ $14.50, Dec. 11.

Proofs for the vinyl will come from our prepress team by end of day tomorrow; nothing changes on timing as long as we have sign-off by Nov. 24.

Thanks,

Priya Desrosiers
Customer Success | Maple Leaf Sign & Display Ltd.
1180 Caledonia Rd, North York, ON M6A 2W5
T 416-555-0192 | HST # 81447 1200 RT0001"""
    hdr = c.outlook_header("en-US", f"{buy['name']} <{buy['email']}>", ("2026-11-04", "16:05"),
                           "orders@mapleleafsign.example", c.request_subject(pa))
    eml = b.outlook(frm=addr("Priya Desrosiers", "priya.d@mapleleafsign.example"), to=addr(buy["name"], buy["email"]),
                    subject="RE: " + c.request_subject(pa), date=rfc_date(2026, 11, 17, 11, 15, 2, "-0500"),
                    msgid="<YT2PR01MB8834F0C1D2E34A5B6C7D8E9F0A1B2@YT2PR01MB8834.CANPRD01.PROD.OUTLOOK.COM>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(pa), quoted_html=c.request_html(pa),
                    in_reply_to=pa["request_message_id"], references=pa["request_message_id"], seed="c021", lang="en-CA")
    exp = expected("confirmation", "One mail answers two POs (threaded on the first only). SW-PO-55021 fully confirmed ('ready to ship Dec. 4' = requested date); SW-PO-55034 lightboxes moved to 2026-12-18. The proof sign-off date Nov. 24 is not a delivery date.",
                   [conf(pa, {1: A(pa, 1), 2: A(pa, 2)}),
                    conf(pb, {1: C(pb, 1, date="2026-12-18"), 2: A(pb, 2), 3: A(pb, 3)})])
    return mk(21, "signage-two-pos-one-mail", "Canadian reply answering two POs in one mail while threaded on only one; mixed date formats (Dec. 4, 2026-12-18).", [pa, pb], eml, exp)


# --------------------------------------------------------------------------- 022
@case
def c022():
    sup = c.supplier("REINPROFI", "Reinigungsprofi AG", "verkauf@reinigungsprofi.example", "de-CH")
    buy = c.buyer("Jana Köhler", "jana.koehler@meridian-med.example")
    p = c.po("4500318905", sup, buy, "EUR", "2026-11-13", [
        ("RP-DES-FL-1L", "Flächendesinfektion alkoholisch, 1-l-Flasche", 240, "EA", "5.80", "2026-12-02"),
        ("RP-MOP-MF-50", "Mikrofaser-Wischmopp 50 cm, blau", 60, "EA", "7.40", "2026-12-02"),
    ])
    text = """Reinigungsprofi Newsletter · November 2026

Grüezi Frau Köhler

Die kalte Jahreszeit steht vor der Tür – und mit ihr die Grippesaison. Jetzt ist der richtige Moment, Ihre Vorräte an Hände- und Flächendesinfektion aufzustocken.

WINTERAKTION: 15 % Rabatt auf alle Desinfektionsmittel
Gültig für Bestellungen bis 18.12.2026, Lieferung bis spätestens 31.01.2027. Code WINTER26 im Webshop angeben.

NEU IM SORTIMENT
- Mikrofaser-Wischbezug «ProClean 60», waschbar bis 95 °C, 500 Waschzyklen
- Dosierstation DS-4 für 4 Konzentrate, inkl. Montage CHF 1'290.– / EUR 1'350.–

PREISANPASSUNG 2027
Aufgrund gestiegener Rohstoffkosten passen wir per 1. Januar 2027 unsere Listenpreise durchschnittlich um 2,9 % an. Die neue Preisliste erhalten Sie Anfang Dezember.

FESTTAGE
Unser Lager bleibt vom 24.12.2026 bis 04.01.2027 geschlossen. Bestellungen, die bis 17.12.2026 um 12:00 Uhr eingehen, liefern wir noch vor Weihnachten aus.

Freundliche Grüsse
Ihr Reinigungsprofi-Team

Reinigungsprofi AG · Industriestrasse 27 · 8604 Volketswil · Schweiz
Sie erhalten diesen Newsletter, weil Sie Kundin der Reinigungsprofi AG sind. Abmelden: https://news.reinigungsprofi.example/abmelden?u=7f3a2c
"""
    html = ('<!DOCTYPE html><html lang="de-CH"><head><meta charset="utf-8"><title>Reinigungsprofi Newsletter</title></head>'
            '<body style="margin:0;background:#f2f4f5"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333">'
            '<tr><td style="background:#0b6e4f;color:#fff;padding:18px;font-size:20px">Reinigungsprofi Newsletter &middot; November 2026</td></tr>'
            '<tr><td style="padding:18px">' + mime.html_simple(text.split("\n", 2)[2]) + '</td></tr>'
            '</table></td></tr></table><img src="https://news.reinigungsprofi.example/o/7f3a2c.gif" width="1" height="1" alt=""></body></html>')
    alt = Multi("alternative", [Part("text/plain", text, charset="utf-8", cte="quoted-printable"),
                                Part("text/html", html, charset="utf-8", cte="quoted-printable")], "_----------=_MCPart_1794972044")
    hs = [("Return-Path", "<bounce-7f3a2c@news.reinigungsprofi.example>"),
          ("From", addr("Reinigungsprofi AG", "newsletter@reinigungsprofi.example")),
          ("To", addr(buy["name"], buy["email"], "utf-8", "Q")),
          ("Subject", ew("Winteraktion: 15 % auf Desinfektion – und was 2027 neu ist", "utf-8", "Q")),
          ("Date", rfc_date(2026, 11, 18, 7, 0, 44, "+0100")),
          ("Message-ID", "<20261118060044.7f3a2c.1794972044@news.reinigungsprofi.example>"),
          ("List-Unsubscribe", "<https://news.reinigungsprofi.example/abmelden?u=7f3a2c>, <mailto:unsubscribe-7f3a2c@news.reinigungsprofi.example>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
          ("X-Mailer", "Mailchimp Mailer - **CID1794972044**"), ("MIME-Version", "1.0")]
    eml = mime.message(hs, alt)
    exp = expected("unrelated", "Supplier newsletter (bulk, List-Unsubscribe) with promotion deadlines, a 2027 price increase and holiday closure dates; not an answer about the open PO.")
    return mk(22, "cleaning-newsletter-swiss", "Swiss supplier newsletter from the same company as the open PO, full of dates and percentages.", [p], eml, exp)


# --------------------------------------------------------------------------- 023
@case
def c023():
    sup = c.supplier("BUCKEYE", "Buckeye Janitorial Supply Co.", "orderdesk@buckeyejan.example", "en-US")
    buy = c.buyer("Kayla Brooks", "kayla.brooks@brightfm.example")
    p = c.po("BFM-118802", sup, buy, "USD", "2026-11-12", [
        ("BJ-NEUT-4X1G", "Neutral floor cleaner, 4/1 gal case", 40, "CS", "38.60", "2026-11-25"),
        ("BJ-GLASS-12X32", "Glass cleaner RTU, 12/32 oz case", 25, "CS", "29.40", "2026-11-25"),
        ("BJ-LINER-4046", "Can liner 40x46 in, 16 mic, 250/case", 60, "CS", "31.20", "2026-11-25"),
        ("BJ-TOWEL-MF-16", "Microfiber towel 16x16 in, blue, 12/pk", 100, "PK", "8.95", "2026-11-25"),
    ])
    wd("2026-11-25", WED)
    p1, p2 = pct("38.60", 5), pct("29.40", 5)
    assert (p1, p2) == ("40.53", "30.87")
    body = """Hi Kayla,

Thanks for the order! Confirming BFM-118802 - all four lines, quantities as written, delivery Wednesday 11/25 on our Columbus route truck.

Heads-up on pricing: the 5% fuel & freight surcharge we announced on 10/1 applies to chemicals, so lines 1 and 2 will invoice at PO price +5%. The can liners and microfiber towels stay at your PO price.

Have a great weekend,

Dan Kowalczyk
Customer Service Rep
Buckeye Janitorial Supply Co.
2750 E 5th Ave, Columbus, OH 43219
Phone 614-555-0176 | Fax 614-555-0177

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. Buckeye Janitorial Supply Co. is an equal opportunity employer. Prices subject to change without notice; all sales subject to our standard terms, rev. 07/2025."""
    hdr = c.outlook_header("en-US", f"{buy['name']} <{buy['email']}>", ("2026-11-12", "13:48"),
                           "orderdesk@buckeyejan.example", c.request_subject(p))
    eml = b.outlook(frm=addr("Dan Kowalczyk", "dkowalczyk@buckeyejan.example"), to=addr(buy["name"], buy["email"]),
                    subject="RE: " + c.request_subject(p), date=rfc_date(2026, 11, 13, 10, 22, 48, "-0500"),
                    msgid="<CH2PR14MB4471D8A0E3B94C2F9E61A7B3C5D08@CH2PR14MB4471.namprd14.prod.outlook.com>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c023", lang="en-US")
    exp = expected("confirmation", "A +5 % surcharge applies to lines 1 and 2 only (38.60 -> 40.53, 29.40 -> 30.87); pack notations 4/1 gal, 12/32 oz, 250/case, 12/pk are not quantities; 10/1 is an announcement date.",
                   [conf(p, {1: C(p, 1, price=p1), 2: C(p, 2, price=p2), 3: A(p, 3), 4: A(p, 4)})])
    return mk(23, "janitorial-surcharge-two-lines", "US Outlook reply where a 5 % surcharge applies to two of four lines; pack notations like 4/1 gal and 12/32 oz look like dates.", [p], eml, exp)


# --------------------------------------------------------------------------- 024
@case
def c024():
    sup = c.supplier("MEDISTERIL", "MediSteril Produktions GmbH", "innendienst@medisteril.example", "de-DE")
    buy = c.buyer("Jana Köhler", "jana.koehler@meridian-med.example")
    p = c.po("4500318877", sup, buy, "EUR", "2026-11-09", [
        ("MS-SPR-10-LL", "Einmalspritze 10 ml Luer-Lock, steril, Box à 100", 60, "BOX", "7.90", "2026-12-04"),
        ("MS-KAN-21G-40", "Einmalkanüle 21G x 1 1/2\" (0,8 x 40 mm), steril, Box à 100", 80, "BOX", "3.40", "2026-12-04"),
        ("MS-KOMP-7575", "Mullkompresse 7,5 x 7,5 cm, 8-fach, steril, Box à 25 x 2", 200, "BOX", "2.65", "2026-12-04"),
    ])
    kw3 = kw(2027, 3)
    body = """Sehr geehrte Frau Köhler,

hiermit bestätigen wir Ihre Bestellung 4500318877 vom 09.11.2026 wie folgt:

Pos. 1 Einmalspritzen 10 ml Luer-Lock: 60 Boxen à 100 Stück zu 7,90 €/Box, Liefertermin 04.12.2026. Charge 2611-0345, verwendbar bis 2031-10.

Pos. 2 Einmalkanülen 21G x 1 1/2": derzeit sind nur 30 Boxen verfügbar, die wir am 04.12.2026 mitliefern. Die restlichen 50 Boxen folgen in KW 3/2027 (neue Sterilcharge).

Pos. 3 Mullkompressen 7,5 x 7,5 cm: 200 Boxen zu 2,65 €/Box, Liefertermin 04.12.2026.

Die Ware wird als Sammellieferung auf einer Palette versendet. Die Sterilisationsnachweise (EO, DIN EN ISO 11135) liegen der Lieferung bei.

Mit freundlichen Grüßen

i.A. Stefanie Brandt
Vertriebsinnendienst Klinik
MediSteril Produktions GmbH
Gewerbering 12 · 32584 Löhne
Telefon +49 5732 9044-71 · Telefax +49 5732 9044-99
Sitz der Gesellschaft: Löhne · Amtsgericht Bad Oeynhausen HRB 14471 · Geschäftsführer: Thomas Meier, Dr. Ulrike Graf
USt-IdNr. DE 124 471 200 · Zertifiziert nach DIN EN ISO 13485:2016"""
    hdr = c.outlook_header("de", f"{buy['name']} <{buy['email']}>", ("2026-11-09", "08:55"),
                           "innendienst@medisteril.example", c.request_subject(p))
    eml = b.outlook(frm=addr("Brandt, Stefanie", "s.brandt@medisteril.example"), to=addr(buy["name"], buy["email"], "iso-8859-1", "Q"),
                    subject="AW: " + c.request_subject(p), date=rfc_date(2026, 11, 18, 16, 5, 37, "+0100"),
                    msgid="<FR2P281MB1447A0B1C2D3E4F5A6B7C8D9E0F1A@FR2P281MB1447.DEUP281.PROD.OUTLOOK.COM>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c024", lang="de-DE",
                    charset="iso-8859-15")
    exp = expected("confirmation", "German medical; needles split 30 boxes on 04.12.2026 and 50 in KW 3/2027 (Friday 2027-01-22). Lot 2611-0345, expiry 2031-10, 21G x 1 1/2\", 7,5 x 7,5 cm and ISO 13485:2016 are noise.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, sched=[(30, "2026-12-04"), (50, kw3)]), 3: A(p, 3)})])
    return mk(24, "sterile-syringes-split-expiry", "German medical confirmation with sterile lot and expiry data, a 30+50 split into KW 3/2027 and sizes like 21G x 1 1/2\".", [p], eml, exp)


# --------------------------------------------------------------------------- 025
@case
def c025():
    sup = c.supplier("TUBESFP", "Tubes & Flacons de Provence SARL", "commandes@tubesflacons.example", "fr-FR")
    buy = c.buyer("Claire Martin", "claire.martin@belleform.example")
    p = c.po("BF-PO-2026-0391", sup, buy, "EUR", "2026-11-16", [
        ("TFP-TUBE-40-ALU", "Aluminium tube 40 ml, D25, white base coat", 12000, "EA", "0.2150", "2027-01-15"),
        ("TFP-CAP-M12-BLK", "Screw cap M12, black, for D25 tube", 12000, "EA", "0.0310", "2027-01-15"),
    ])
    rid = p["request_message_id"]
    rcpt = "v.bernard@tubesflacons.example"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>DSN</title></head>
<body dir="ltr" lang="fr-FR">
<table width="710" style="font-family:'Segoe UI',Frutiger,Arial,sans-serif"><tr><td>
<p style="font-size:16px;color:#c00000;font-weight:600">Votre message n’a pas pu être remis à {rcpt}, car l’adresse de messagerie est introuvable ou n’existe pas.</p>
<p style="font-size:21px;font-weight:600">Action requise</p>
<p>Le destinataire ne peut pas être trouvé. Contactez le destinataire par un autre moyen (par téléphone, par exemple) pour lui demander de vérifier son adresse e-mail, ou supprimez l’adresse et renvoyez le message.</p>
<p style="font-size:17px;font-weight:600">Comment résoudre ce problème</p>
<p>Le problème se situe au niveau du destinataire. Vérifiez que l’adresse de messagerie est correcte.</p>
<p style="font-size:14px;font-weight:600">Plus d’informations pour les administrateurs de messagerie</p>
<p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup'</p>
<p>Serveur de génération : PAZP264MB2447.FRAP264.PROD.OUTLOOK.COM<br>Date de création du message : 16/11/2026 14:41:07 (UTC)</p>
</td></tr></table></body></html>
"""
    ds = f"""Reporting-MTA: dns;PAZP264MB2447.FRAP264.PROD.OUTLOOK.COM
Received-From-MTA: dns;PAZP264MB2391.FRAP264.PROD.OUTLOOK.COM
Arrival-Date: Mon, 16 Nov 2026 14:41:05 +0000

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup
"""
    orig_text = c.request_text(p)
    orig = f"""From: {buy['name']} <{buy['email']}>
To: "{rcpt}" <{rcpt}>
Subject: {c.request_subject(p)}
Date: Mon, 16 Nov 2026 15:41:02 +0100
Message-ID: {rid}
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
MIME-Version: 1.0

{orig_text}"""
    root = Multi("report", [Part("text/html", html, charset="utf-8", cte="base64"),
                            Raw("message/delivery-status", ds),
                            Raw("message/rfc822", orig)],
                 "_001_PAZP264MB2447A1B2C3D4E5F6A7B8C9D0E1F2PAZP264MB2447FRAP_",
                 params=[("report-type", "\x00delivery-status")])
    hs = [("From", addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@belleform.example")),
          ("To", addr(buy["name"], buy["email"])), ("Date", rfc_date(2026, 11, 16, 14, 41, 7, "+0000")),
          ("Content-Language", "fr-FR"), ("Message-ID", "<9b1c7e2a-4f3d-4a8e-b5c6-d7e8f9a0b1c2@PAZP264MB2447.FRAP264.PROD.OUTLOOK.COM>"),
          ("In-Reply-To", rid), ("References", rid),
          ("Subject", "Non remis : " + c.request_subject(p)), ("Auto-Submitted", "auto-replied"),
          ("X-MS-Exchange-Message-Is-Ndr", ""), ("MIME-Version", "1.0")]
    hs = [(k, v) for k, v in hs if v != ""]
    eml = mime.message(hs, root)
    exp = expected("bounce", "French Exchange Online NDR ('Non remis', 550 5.1.10 RecipientNotFound) with the whole original request attached as message/rfc822.")
    return mk(25, "exchange-ndr-french", "French Exchange NDR threaded on our request that carries the full original PO as an attached message.", [p], eml, exp)


# --------------------------------------------------------------------------- 026
@case
def c026():
    sup = c.supplier("CACAOPLATA", "Cacao del Plata S.A.", "ventas@cacaodelplata.example", "es-AR")
    buy = c.buyer("Sofía Ramírez", "sofia.ramirez@brodhaus.example")
    p = c.po("BB-26-3412", sup, buy, "USD", "2026-11-10", [
        ("CDP-COB-58-10", "Dark couverture 58% cocoa, callets, 10 kg bag", 500, "KG", "6.40", "2026-12-14"),
        ("CDP-MCAC-25", "Cocoa butter, deodorised, 25 kg carton", 300, "KG", "9.10", "2026-12-14"),
        ("CDP-DDL-REP-10", "Dulce de leche repostero, 10 kg bucket", 400, "KG", "3.25", "2026-12-14"),
    ])
    wd("2026-12-14", MON)
    d3 = next_md("2026-11-19", 12, 21)
    body = """Hola Sofía, ¿cómo estás?

Te confirmo la orden BB-26-3412:

• Cobertura 58%: 500 kg (50 bolsas de 10 kg) a USD 6,40 el kilo, entrega el lunes 14/12. Vencimiento del lote: 08/2027.
• Manteca de cacao: el mínimo por pedido es de 400 kg (16 cajas de 25 kg), así que te la confirmo por 400 kg a USD 9,10, misma fecha.
• Dulce de leche repostero: los 400 kg en baldes de 10 kg a USD 3,25, pero con entrega el 21/12 porque lo elaboramos a pedido.

Cualquier cosa avisame.

Abrazo,
Martín

--
Martín Ferreyra
Comercio Exterior | Cacao del Plata S.A.
Av. Pedro de Mendoza 2471, C1169 CABA, Argentina
Tel. +54 11 4301-4471 | WhatsApp +54 9 11 5447-1200
CUIT 30-71447120-9"""
    attrib = f"El jue, 12 nov 2026 a las 10:14, {buy['name']} (<{buy['email']}>) escribió:"
    eml = b.gmail(frm=addr("Martín Ferreyra", "mferreyra@cacaodelplata.example"), to=addr(buy["name"], buy["email"]),
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 19, 18, 30, 12, "-0300"),
                  msgid="<CAJz8Qm1vT5xR0bK3dLw7Np2Fh9Ys4Ue6Gi1Ca8Ok5Wr3Zt0eB=A@mail.gmail.com>",
                  body=body, attrib=attrib, quoted_text=c.request_text(p),
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c026")
    exp = expected("confirmation", "Argentine Spanish; cocoa butter raised to the 400 kg minimum order quantity; dulce de leche on 21/12 (no year -> 2026-12-21); 'misma fecha' = 14/12; expiry 08/2027 and 58% are noise.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, q=400), 3: C(p, 3, date=d3)})])
    return mk(26, "confectionery-moq-argentina", "Argentine Gmail reply: MOQ raises one line, 'misma fecha' refers back, dates without year, expiry 08/2027.", [p], eml, exp)


# --------------------------------------------------------------------------- 027
@case
def c027():
    sup = c.supplier("SGPF", "Shree Ganesh Precision Fasteners Pvt. Ltd.", "sales@sgpf.example", "en-IN")
    buy = c.buyer("Marcus Bell", "marcus.bell@aviontek.example")
    p = c.po("AV-PO-77161", sup, buy, "USD", "2026-11-13", [
        ("SG-4017-M10x40-109", "Hex bolt ISO 4017 M10x40, 10.9, zinc flake", 8000, "EA", "0.1420", "2027-01-29"),
        ("SG-4032-M10-10", "Hex nut ISO 4032 M10, class 10, zinc flake", 8000, "EA", "0.0480", "2027-01-29"),
        ("SG-4762-M8x25-129", "Socket head cap screw ISO 4762 M8x25, 12.9, black", 5000, "EA", "0.0960", "2027-01-29"),
    ])
    body = """Dear Sir,

Greetings from SGPF!

We acknowledge with thanks the receipt of your esteemed PO No. AV-PO-77161 dated 13.11.2026.

The same is under review with our production planning team and we shall revert with our order confirmation latest by Thursday, 19.11.2026.

Kindly note that the zinc flake coating (Geomet 500A + Geokote topcoat, 720 hrs NSS) is outsourced; lead time for the same will be informed along with the OC.

Thanks & Regards,

Rahul Deshpande
Asst. Manager - Exports
Shree Ganesh Precision Fasteners Pvt. Ltd.
Plot No. D-47, MIDC Bhosari, Pune - 411026, Maharashtra, India
Tel: +91 20 2712 4471 | Mob: +91 98220 44712
CIN: U28910MH2004PTC144712 | GSTIN: 27AABCS4471F1Z2
An ISO 9001:2015 & IATF 16949:2016 certified company

DISCLAIMER: The information contained in this electronic message and any attachments to this message are intended for the exclusive use of the addressee(s) and may contain proprietary, confidential or privileged information. If you are not the intended recipient, you should not disseminate, distribute or copy this e-mail. Please notify the sender immediately and destroy all copies of this message and any attachments. WARNING: Computer viruses can be transmitted via email. The recipient should check this email and any attachments for the presence of viruses. The company accepts no liability for any damage caused by any virus transmitted by this email.
Please consider the environment before printing this email."""
    hdr = c.outlook_header("en-GB", f"{buy['name']} <{buy['email']}>", ("2026-11-13", "20:44"),
                           "sales@sgpf.example", c.request_subject(p))
    eml = b.outlook(frm=addr("Rahul Deshpande", "rahul.d@sgpf.example"), to=addr(buy["name"], buy["email"]),
                    cc="sales@sgpf.example; ppc@sgpf.example",
                    subject="RE: " + c.request_subject(p), date=rfc_date(2026, 11, 16, 12, 41, 20, "+0530"),
                    msgid="<PN3P287MB1447B0C1D2E3F4A5B6C7D8E9F0A1B@PN3P287MB1447.INDP287.PROD.OUTLOOK.COM>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c027", lang="en-IN")
    exp = expected("needs_review", "Indian supplier only acknowledges receipt and promises the order confirmation by 19.11.2026; lead time open. The 'revert by' date is not a delivery date.")
    return mk(27, "fasteners-will-revert-en-in", "Indian 'we shall revert with OC by Thursday' with a dated promise, ISO 4017 M10x40 10.9 items and a long disclaimer.", [p], eml, exp)


# --------------------------------------------------------------------------- 028
@case
def c028():
    sup = c.supplier("VASO", "Visserie Aéronautique du Sud-Ouest SAS", "adv@vaso-aero.example", "fr-FR")
    buy = c.buyer("Camille Durand", "camille.durand@aviontek.example")
    p = c.po("AV-PO-77134", sup, buy, "EUR", "2026-11-06", [
        ("NAS6204-12", "Bolt, hex head, close tolerance, 1/4-28 UNF, Ti-6Al-4V", 2000, "EA", "2.8400", "2027-01-29"),
        ("NAS1291-4", "Nut, self-locking, hex, low height, 1/4-28 UNJF, A286", 5000, "EA", "0.6150", "2027-01-29"),
        ("EN6114V3-8", "Lockbolt EN6114 V3-8, titanium", 3000, "EA", "1.9200", "2027-01-29"),
    ])
    s04, s06 = kw(2027, 4), kw(2027, 6)
    assert (s04, s06) == ("2027-01-29", "2027-02-12")
    pdf = docs.pdf_table(
        [("ACCUSÉ DE RÉCEPTION DE COMMANDE", True), "VASO - Visserie Aéronautique du Sud-Ouest SAS",
         "ZA de Pelvoux, 31700 Blagnac - SIRET 412 447 120 00038 - TVA FR 44 412447120",
         "Certifié EN 9100:2018 / ISO 9001:2015", "",
         "ARC n° ARC-26-01457 du 20/11/2026", "Client : AVIONTEK STRUCTURES INC. - Bureau de Toulouse",
         "Votre commande : AV-PO-77134 du 06/11/2026", "Conditions : 60 jours date de facture - FCA Blagnac (Incoterms 2020)"],
        ["Pos.", "Notre réf.", "Votre réf.", "Désignation", "Qté", "Prix / 1000", "Délai"],
        [["10", "VS-62041-2", "NAS6204-12", "Vis TH 1/4-28 UNF Ti-6Al-4V", "2 000", "2 840,00", "S04/2027"],
         ["20", "EC-12914", "NAS1291-4", "Ecrou autofreiné 1/4-28 UNJF A286", "5 000", "648,00", "S04/2027"],
         ["30", "LB-61143", "EN6114V3-8", "Lockbolt EN6114 V3-8 titane", "3 000", "1 920,00", "S06/2027"]],
        ["Délais exprimés en semaine de mise à disposition. Prix en EUR hors taxes, par 1000 pièces.",
         "Certificat de conformité (CoC) et certificat matière EN 10204 3.1 fournis avec chaque lot.",
         "Offre n° OF-26-0871 valable jusqu'au 31/12/2026. Toute modification de commande doit nous parvenir par écrit.",
         "Nos conditions générales de vente (version 01/2024) s'appliquent."],
        [40, 72, 140, 210, 380, 420, 490], title="ARC-26-01457", size=8, compress=True, tj_kern=True,
        producer="Sage X3 - Crystal Reports", creation="D:20261120104812+01'00'")
    logo = docs.png(140, 44, (12, 45, 95), (200, 160, 40))
    body = """Bonjour Camille,

Veuillez trouver ci-joint notre accusé de réception de commande ARC-26-01457 relatif à votre commande AV-PO-77134.

Nous restons à votre disposition pour tout complément d'information.

Cordialement,

Nathalie Roques
Administration des Ventes
VASO – Visserie Aéronautique du Sud-Ouest
ZA de Pelvoux – 31700 Blagnac
Tél. : +33 5 61 30 44 71"""
    html_body = (mime.html_paras(body) + '\n<p class=MsoNormal><img width=140 height=44 src="cid:image001.png@01DB3B1C.7A4E2F10" alt="VASO"></p>')
    hdr = c.outlook_header("fr", f"{buy['name']} <{buy['email']}>", ("2026-11-06", "09:20"),
                           "adv@vaso-aero.example", c.request_subject(p))
    eml = b.outlook(frm=addr("Nathalie Roques", "n.roques@vaso-aero.example"), to=addr(buy["name"], buy["email"]),
                    subject="RE: " + c.request_subject(p) + " - ARC-26-01457", date=rfc_date(2026, 11, 20, 11, 5, 33, "+0100"),
                    msgid="<PR1P264MB4471C0D1E2F3A4B5C6D7E8F9A0B1C@PR1P264MB4471.FRAP264.PROD.OUTLOOK.COM>",
                    body=body, html_body=html_body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c028", lang="fr-FR",
                    inline_images=[("image001.png", "image/png", logo, "image001.png@01DB3B1C.7A4E2F10")],
                    attachments=[("ARC-26-01457.pdf", "application/pdf", pdf)])
    exp = expected("confirmation", "The answer is only in a Flate-compressed PDF with TJ kerning: prices per 1000 (2 840,00 = PO; 648,00 -> 0.648), 'S04/2027' = Friday 2027-01-29, 'S06/2027' = 2027-02-12. Inline logo image is noise; EN 10204 3.1 and offer validity are not dates or quantities.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price=per("648.00", 1000)), 3: C(p, 3, date=s06)})])
    return mk(28, "aero-lockbolts-pdf-per-1000-logo", "French PDF acknowledgment (compressed, TJ-kerned) with prices per 1000 and 'S04/2027' weeks, plus an inline logo image.", [p], eml, exp)


# --------------------------------------------------------------------------- 029
@case
def c029():
    sup = c.supplier("TECAVE", "Tecelagem do Ave, Lda.", "encomendas@tecelagem-ave.example", "pt-PT")
    buy = c.buyer("Rita Sousa", "rita.sousa@loomcraft.example")
    p = c.po("LC-PO-26-0934", sup, buy, "EUR", "2026-11-12", [
        ("TA-DEN-12OZ-IND", "Denim 12 oz, 100% cotton, indigo, 150 cm", 6000, "M", "4.35", "2027-01-15"),
        ("TA-TWL-240-KHK", "Twill 240 g/m2, 98/2 CO/EA, khaki, 145 cm", 3000, "M", "3.80", "2027-01-15"),
    ])
    reply = """Boa tarde Rita,

Confirmamos a vossa encomenda LC-PO-26-0934 nas seguintes condições:

1) Denim 12 oz índigo, 150 cm: 6.000 m a 4,35 €/m, em três entregas, porque a tinturaria não consegue tingir tudo no mesmo lote:
   - 2.000 m a 18/12/2026
   - 2.000 m a 15/01/2027
   - 2.000 m a 05/02/2027

2) Sarja 240 g/m² caqui, 145 cm: 3.000 m a 3,80 €/m, entrega a 15/01/2027. Lote de cor único, tolerância de quantidade ±3%.

Tolerância de tonalidade conforme ISO 105-A02, avaliação 4-5. Pagamento a 60 dias.

Com os melhores cumprimentos,

Joana Ferreira
Departamento Comercial
Tecelagem do Ave, Lda.
Rua da Fábrica 210, 4780-447 Santo Tirso, Portugal
Tel. +351 252 830 447
NIF PT 504 471 200"""
    attrib = f"No dia 12/11/2026 às 16:20, {buy['name']} escreveu:"
    text = mime.wrap(reply) + "\n\n" + attrib + "\n" + mime.quote(c.request_text(p).rstrip("\n")) + "\n"
    eml = b.plain(frm=addr("Joana Ferreira", "joana.ferreira@tecelagem-ave.example"), to=addr(buy["name"], buy["email"]),
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 20, 17, 40, 2, "+0000"),
                  msgid="<6f2e1d9c-3b4a-4c5d-8e7f-1a2b3c4d5e6f@tecelagem-ave.example>",
                  text=text, charset="UTF-8", cte="8bit", flowed=True,
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c029",
                  user_agent="Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.4.2",
                  extra=[("Content-Language", "pt-PT")])
    exp = expected("confirmation", "Portuguese; denim in three deliveries of 2.000 m (last 2027-02-05); twill as ordered. ±3% quantity tolerance, 98/2, 240 g/m² and ISO 105-A02 are not changes.",
                   [conf(p, {1: C(p, 1, sched=[(2000, "2026-12-18"), (2000, "2027-01-15"), (2000, "2027-02-05")]),
                             2: A(p, 2)})])
    return mk(29, "denim-three-deliveries-pt", "Portuguese Thunderbird reply splitting one line into three dated deliveries; a ±3% tolerance that is not a change.", [p], eml, exp)


# --------------------------------------------------------------------------- 030
@case
def c030():
    sup = c.supplier("STICLACARP", "Sticla Carpați S.R.L.", "vanzari@sticlacarpati.example", "ro-RO")
    buy = c.buyer("Giulia Ferrari", "giulia.ferrari@vitrapack.example")
    p = c.po("VP-4430-26", sup, buy, "EUR", "2026-11-16", [
        ("SC-BORC-580-TO82", "Glass jar 580 ml, TO 82, flint", 24000, "EA", "0.2240", "2027-01-18"),
        ("SC-BORC-106-TO53", "Glass jar 106 ml, TO 53, flint", 30000, "EA", "0.1180", "2027-01-18"),
    ])
    pdf = docs.pdf_lines(
        [("FACTURA FISCALA", True), "Seria SCF nr. 2026-008812 / 23.11.2026", "",
         "Furnizor: Sticla Carpati S.R.L., CUI RO 14471200, J08/447/2003, Brasov, Str. Fabricii 12",
         "Client: Vitrapack Foods S.r.l., Via dell'Industria 31, 43122 Parma, IT 04471200345", "",
         "Comanda client: VP-4388-26 din 21.10.2026     Aviz de insotire: 4471 din 19.11.2026", "",
         "Nr.  Denumire                              Cant.      Pret unitar    Valoare",
         "1    Borcan 314 ml TO 70 flint             21.840 buc  0,1790 EUR    3.909,36 EUR",
         "2    Borcan 212 ml TO 63 flint             12.000 buc  0,1540 EUR    1.848,00 EUR",
         "3    Paleti EURO (de returnat)                 14 buc 12,0000 EUR      168,00 EUR", "",
         "Total fara TVA: 5.925,36 EUR     TVA 0% (livrare intracomunitara, art. 294 alin. 2 Cod fiscal)",
         "Total de plata: 5.925,36 EUR", "Scadenta: 22.12.2026", "IBAN RO49 BTRL 0080 1202 4471 XX01 - Banca Transilvania"],
        title="Factura SCF 2026-008812", producer="SmartBill", creation="D:20261123091002+02'00'")
    text = """Bună ziua,

Vă transmitem atașat factura fiscală seria SCF nr. 2026-008812 din 23.11.2026, aferentă comenzii dumneavoastră VP-4388-26, livrată pe 19.11.2026 (aviz de însoțire nr. 4471).

Termen de plată: 22.12.2026.

Vă rugăm să confirmați primirea facturii.

Cu stimă,
Ioana Popescu
Departament Financiar-Contabil
Sticla Carpați S.R.L.
Str. Fabricii 12, 500447 Brașov
Tel. +40 268 447 120
"""
    eml = b.plain(frm=addr("Sticla Carpați - Facturare", "facturare@sticlacarpati.example"), to=addr(buy["name"], buy["email"]),
                  subject="Factura SCF 2026-008812 - comanda VP-4388-26", date=rfc_date(2026, 11, 23, 9, 12, 40, "+0200"),
                  msgid="<20261123071240.4471.facturare@sticlacarpati.example>",
                  text=text, charset="utf-8", cte="base64", seed="c030",
                  attachments=[("Factura_SCF_2026-008812.pdf", "application/pdf", pdf)],
                  extra=[("X-Mailer", "SmartBill Mailer")])
    exp = expected("unrelated", "Romanian invoice for a different, already delivered order (VP-4388-26); the open PO VP-4430-26 is not mentioned.")
    return mk(30, "invoice-for-other-order-ro", "Romanian invoice with PDF for another order of the same supplier; PO numbers differ only in digits.", [p], eml, exp)


# --------------------------------------------------------------------------- 031
@case
def c031():
    sup = c.supplier("TOWA", "Towa Seimitsu Co., Ltd.", "eigyo@towa-seimitsu.example", "ja-JP")
    buy = c.buyer("Yuki Tanaka", "yuki.tanaka@lumaoptics.example")
    p = c.po("LO-26-00488", sup, buy, "USD", "2026-11-19", [
        ("TW-ASP-12-F20", "Aspheric lens D12 mm, f=20 mm, molded, AR 650 nm", 500, "EA", "6.80", "2027-01-20"),
        ("TW-PRISM-RA-10", "Right-angle prism 10 mm, N-BK7, uncoated", 100, "EA", "14.20", "2027-01-20"),
    ])
    wd("2026-11-20", FRI)
    text = """お世話になっております。
東和精密株式会社 営業部の佐藤でございます。

誠に勝手ながら、11月20日（金）から11月29日（日）まで海外出張のため不在にしております。
期間中はメールの確認が遅れる場合がございます。

お急ぎのご用件は、営業部 高橋（takahashi@towa-seimitsu.example、TEL 03-5447-1200）までご連絡くださいますようお願い申し上げます。

11月30日（月）以降、順次対応させていただきます。
ご不便をおかけしますが、何卒よろしくお願い申し上げます。

--
東和精密株式会社 営業部
佐藤 健一
〒144-0047 東京都大田区萩中 3-12-7
TEL 03-5447-1201 / FAX 03-5447-1209
"""
    eml = b.plain(frm=addr("佐藤 健一", "sato@towa-seimitsu.example", "iso-2022-jp", "B"), to=addr(buy["name"], buy["email"]),
                  subject=ew("【自動返信】不在のお知らせ（11/30より対応）", "iso-2022-jp"),
                  date=rfc_date(2026, 11, 20, 9, 0, 12, "+0900"),
                  msgid="<20261120090012.A4471B2C@towa-seimitsu.example>",
                  text=text, charset="iso-2022-jp", cte="7bit", seed="c031",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Becky! ver. 2.81.04")])
    exp = expected("auto_reply", "Japanese out-of-office (ISO-2022-JP) for a business trip 11/20-11/29 naming a colleague; no answer about the order.")
    return mk(31, "ooo-japanese-iso2022jp", "Japanese ISO-2022-JP out-of-office whose dates and colleague's phone look like data.", [p], eml, exp)


# --------------------------------------------------------------------------- 032
@case
def c032():
    sup = c.supplier("SEMBOREAL", "Semences Boréales inc.", "ventes@semencesboreales.example", "fr-CA")
    buy = c.buyer("Julie Gagnon", "julie.gagnon@northfield-agri.example")
    p = c.po("NF-26-0612", sup, buy, "USD", "2026-11-12", [
        ("SB-TIM-CLX-1", "Timothy seed 'Climax', Canada Certified No. 1, 25 kg bag", 2000, "KG", "1.79", "2027-02-01"),
        ("SB-TRF-RGE-DC", "Red clover, double-cut, inoculated, 25 kg bag", 800, "KG", "4.25", "2027-02-01"),
        ("SB-AVO-MORG", "Oats AC Morgan, certified, 25 kg bag", 5000, "KG", "0.48", "2027-02-01"),
    ])
    d1 = next_md("2026-11-20", 2, 1)
    d3 = next_md("2026-11-20", 2, 5)
    assert (d1, d3) == ("2027-02-01", "2027-02-05")
    body = """Bonjour Julie,

Merci pour la commande NF-26-0612. Voici notre confirmation :

1. Mil Climax, Canada certifié no 1 : 2 000 kg (80 sacs de 25 kg) à 186,00 $ US les 100 kg. Le prix du mil a monté depuis notre soumission du 2 octobre, désolé.
2. Trèfle rouge double coupe, inoculé : 800 kg à 425,00 $ US les 100 kg.
3. Avoine AC Morgan certifiée : 5 000 kg à 48,00 $ US les 100 kg, mais livrée le 5 février seulement (nettoyage et ensachage en janvier).

Le mil et le trèfle partent ensemble pour livraison chez vous le 1er février. Certificats d'analyse (germination 92 %, pureté 99,5 %) fournis pour chaque lot; documents phytosanitaires pour la frontière inclus.

Bonne fin de semaine,

Marc-André Bélanger
Représentant aux ventes
Semences Boréales inc.
455, rang Saint-Joseph, Saint-Hyacinthe (Québec)  J2T 4K7
Tél. : 450 555-0147"""
    hdr = ("De : " + f"{buy['name']} <{buy['email']}>\n" + "Envoyé : 12 novembre 2026 11:02\n"
           + "À : ventes@semencesboreales.example\n" + "Objet : " + c.request_subject(p))
    eml = b.outlook(frm=addr("Marc-André Bélanger", "mabelanger@semencesboreales.example", "iso-8859-1", "Q"),
                    to=addr(buy["name"], buy["email"]), subject="RE: " + c.request_subject(p),
                    date=rfc_date(2026, 11, 20, 14, 10, 55, "-0500"),
                    msgid="<YQBPR0101MB4471D0E1F2A3B4C5D6E7F8A9B0C1D@YQBPR0101MB4471.CANPRD01.PROD.OUTLOOK.COM>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c032", lang="fr-CA",
                    charset="iso-8859-1")
    exp = expected("confirmation", "Québec French prices per 100 kg on a per-kg PO: 186,00 -> 1.86 (changed), 425,00 -> 4.25 and 48,00 -> 0.48 (unchanged); oats on 5 February (no year -> 2027-02-05); germination 92 % and the 2 October quote are noise.",
                   [conf(p, {1: C(p, 1, price=per("186.00", 100)), 2: A(p, 2), 3: C(p, 3, date=d3)})])
    return mk(32, "seeds-quebec-per-100kg", "Québec French prices per 100 kg against a per-kg PO, dates without year in February, germination percentages.", [p], eml, exp)


# --------------------------------------------------------------------------- 033
@case
def c033():
    sup = c.supplier("LABCHEMSK", "Labchem Slovakia s.r.o.", "predaj@labchem.example", "sk-SK")
    buy = c.buyer("Tereza Dvořáková", "tereza.dvorakova@labnova.example")
    p = c.po("LN-OBJ-2026-0755", sup, buy, "EUR", "2026-11-17", [
        ("LS-ACN-LCMS-1", "Acetonitrile LC-MS grade, 1 l", 24, "L", "32.50", "2026-12-09"),
        ("LS-FA-LCMS-50", "Formic acid LC-MS grade 99 %, 50 ml ampoule", 10, "EA", "18.90", "2026-12-09"),
        ("LS-H2O-LCMS-25", "Water LC-MS grade, 2.5 l", 20, "EA", "21.40", "2026-12-09"),
    ])
    text = """Dobrý deň pani Dvořáková,

ďakujeme za Vašu objednávku LN-OBJ-2026-0755, ktorú sme prijali do systému.

Potvrdenie s termínmi dodania Vám pošleme najneskôr v piatok 27.11. Momentálne čakáme na odpoveď od výrobcu ohľadom dostupnosti acetonitrilu v kvalite LC-MS – na sklade máme aktuálne iba 6 l. Ceny by mali zostať podľa ponuky č. CP-2026-0412 zo dňa 02.10.2026, ale aj to Vám ešte potvrdím.

S pozdravom

Mgr. Zuzana Kováčová
obchodná asistentka
Labchem Slovakia s.r.o.
Galvaniho 7/B, 821 04 Bratislava
tel.: +421 2 4447 1200
IČO: 44 712 004, zapísaná v OR Okresného súdu Bratislava I, oddiel Sro, vložka č. 44712/B
"""
    quoted = ("\nOd: " + f"{buy['name']} <{buy['email']}>\n" + "Odoslané: utorok 17. novembra 2026 10:31\n"
              + f"Komu: {sup['email']}\n" + f"Predmet: {c.request_subject(p)}\n\n" + c.request_text(p))
    eml = b.plain(frm=addr("Zuzana Kováčová", "kovacova@labchem.example", "windows-1250", "Q"),
                  to=addr(buy["name"], buy["email"], "windows-1250", "Q"), subject="RE: " + c.request_subject(p),
                  date=rfc_date(2026, 11, 18, 9, 44, 6, "+0100"),
                  msgid="<00a101dd3a2c$7e8f9010$7bad5030$@labchem.example>",
                  text=text + quoted, charset="windows-1250", cte="quoted-printable",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c033",
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "sk")])
    exp = expected("needs_review", "Slovak: order received, confirmation with dates promised for Friday 27.11; stock of 6 l mentioned but nothing committed, prices 'should' stay.")
    return mk(33, "lcms-solvents-confirm-later-sk", "Slovak reply promising the confirmation for a later date, mentioning partial stock and a quote date without committing.", [p], eml, exp)


# --------------------------------------------------------------------------- 034
@case
def c034():
    sup = c.supplier("KLIMAFILT", "Klima Filteri d.o.o.", "prodaja@klimafilteri.example", "hr-HR")
    buy = c.buyer("Sanne de Vries", "sanne.devries@climatek.example")
    p = c.po("CT-2026-04461", sup, buy, "EUR", "2026-11-18", [
        ("KF-G4-592-48", "Panel filter G4 (ISO Coarse 60%) 592x592x48", 120, "EA", "6.20", "2026-12-16"),
        ("KF-F9-592-10", "Bag filter F9 (ePM1 85%) 592x592x600, 10 pockets", 40, "EA", "31.80", "2026-12-16"),
    ])
    rid = p["request_message_id"]
    rcpt = "nabava@klimafilteri.example"
    text = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host mx1.klimafilteri.example [203.0.113.47]
    SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    552 5.2.2 <{rcpt}>: Mailbox quota exceeded - mailbox is full

------ This is a copy of the message, including all the headers. ------

Return-path: <{buy['email']}>
Received: from [10.20.1.14] (helo=ws-sdevries.climatek.local)
	by mail.climatek.example with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	(envelope-from <{buy['email']}>)
	id 1vT4kQ-0004Ab-2x
	for {rcpt};
	Wed, 18 Nov 2026 10:15:02 +0100
From: {buy['name']} <{buy['email']}>
To: {rcpt}
Subject: {c.request_subject(p)}
Date: Wed, 18 Nov 2026 10:15:00 +0100
Message-ID: {rid}
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

{c.request_text(p)}"""
    hs = [("Return-path", "<>"), ("Envelope-to", buy["email"]),
          ("Received", "from Debian-exim by mail.climatek.example with local (Exim 4.97)\n\tid 1vT4kR-0004Ac-0Q\n\tfor sanne.devries@climatek.example; Wed, 18 Nov 2026 10:15:04 +0100"),
          ("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied"),
          ("From", "Mail Delivery System <Mailer-Daemon@mail.climatek.example>"), ("To", buy["email"]),
          ("References", rid), ("Content-Type", None),
          ("Subject", "Mail delivery failed: returning message to sender"),
          ("Message-Id", "<E1vT4kR-0004Ac-0Q@mail.climatek.example>"),
          ("Date", rfc_date(2026, 11, 18, 10, 15, 4, "+0100"))]
    eml = mime.message(hs, Part("text/plain", text, charset="us-ascii", cte="7bit"))
    exp = expected("bounce", "Exim plain-text bounce (552 5.2.2 mailbox full) with the full copy of our PO request inline, including the line table; no multipart/report.")
    return mk(34, "exim-bounce-mailbox-full", "Exim plain-text bounce for a full mailbox that contains the complete PO table of our request.", [p], eml, exp)


# --------------------------------------------------------------------------- 035
@case
def c035():
    sup = c.supplier("NORDCLOS", "Nordic Closures AB", "order@nordicclosures.example", "sv-SE")
    buy = c.buyer("Elin Johansson", "elin.johansson@norrsken-foods.example")
    p = c.po("NL-7731-26", sup, buy, "SEK", "2026-11-17", [
        ("NC-TO63-WHT", "Twist-off lock TO 63, white, plastisol lined", 120000, "EA", "0.2980", "2026-12-16"),
        ("NC-TO82D-BLK", "Twist-off lock TO 82 deep, black", 40000, "EA", "0.4150", "2026-12-16"),
        ("NC-JAR-370-82", "Glass jar 370 ml, TO 82, flint", 20000, "EA", "1.62", "2026-12-16"),
    ])
    wd("2026-12-16", WED)
    v2 = kw(2027, 2)
    reply = """Hej Elin,

Tack för beställningen NL-7731-26. Vi bekräftar enligt följande:

Rad 1, TO 63 vit: levereras i hela pallar à 48 000 st, vi har därför lagt in
144 000 st (3 pallar). Pris 298,00 kr/1000 st. Leverans onsdag 16 december.

Rad 2, TO 82 djup svart: 40 000 st, 431,50 kr per tusen (ny lackpris från
leverantören), leverans 16/12.

Rad 3, glasburk 370 ml: 20 000 st à 1,62 kr, men leverans först vecka 2 -
glasbruket har underhållsstopp i december.

Plastisolens hållbarhet är 18 månader från tillverkningsdatum.

Med vänlig hälsning
Johan Bergström
Nordic Closures AB
Förslutningsvägen 3, 254 64 Helsingborg
Tel 042-447 12 00 · Org.nr 556447-1200
"""
    attrib = f"Den 2026-11-17 kl. 13:05, skrev {buy['name']}:"
    text = reply + "\n" + attrib + "\n" + mime.quote(c.request_text(p).rstrip("\n")) + "\n"
    eml = b.plain(frm=addr("Johan Bergström", "johan.bergstrom@nordicclosures.example", "iso-8859-1", "Q"),
                  to=addr(buy["name"], buy["email"]), subject="Sv: " + c.request_subject(p),
                  date=rfc_date(2026, 11, 23, 9, 12, 19, "+0100"),
                  msgid="<b71e2c4d-5f60-4a18-9b2c-3d4e5f6a7b8c@nordicclosures.example>",
                  text=text, charset="ISO-8859-15", cte="8bit", seed="c035",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  user_agent="Mozilla Thunderbird 115.16.0", extra=[("Content-Language", "sv-SE")])
    exp = expected("confirmation", "Swedish: caps rounded up to 3 full pallets of 48 000 (144 000), prices per 1000 (298,00 -> 0.2980 unchanged; 431,50 -> 0.4315); jars 'vecka 2' = Friday 2027-01-15. TO 63 / TO 82 and the 18-month shelf life are noise.",
                   [conf(p, {1: C(p, 1, q=144000), 2: C(p, 2, price=per("431.50", 1000)), 3: C(p, 3, date=v2)})])
    return mk(35, "closures-full-pallets-sv", "Swedish 8-bit Thunderbird reply: full-pallet rounding, prices per thousand with spaces as thousands separators, 'vecka 2'.", [p], eml, exp)


# --------------------------------------------------------------------------- 036
@case
def c036():
    sup = c.supplier("PEARLRIV", "Pearl River Cosmetic Packaging (HK) Ltd.", "sales@pearlriverpack.example", "zh-HK")
    buy = c.buyer("Chan Ka Yan", "kayan.chan@belleform.example")
    p = c.po("BF-PO-2026-0402", sup, buy, "USD", "2026-11-13", [
        ("PR-LP-24410-WH", "Lotion pump 24/410, white, 2cc, dip tube 180 mm", 20000, "EA", "0.0860", "2027-01-08"),
        ("PR-AIR-50-SL", "Airless bottle 50 ml, silver collar", 10000, "EA", "0.3900", "2027-01-08"),
        ("PR-TP-20410-CL", "Treatment pump 20/410, clear overcap", 15000, "EA", "0.0720", "2027-01-08"),
    ])
    text = """陳小姐您好：

多謝貴司訂單 BF-PO-2026-0402，現確認如下：

1. 24/410 乳液泵（白色，2cc，吸管 180mm）：20,000 個，每千個 US$86.00，2027年1月8日交貨。
2. 50ml 真空瓶（銀色圈）：每箱 600 個，數量調整為 10,200 個（17 箱），每千個 US$390.00，2027年1月8日交貨。
3. 20/410 精華泵（透明外蓋）：15,000 個，因原料價上調，每千個 US$76.50，交貨期改為2027年1月22日。

農曆新年假期（2月）前請盡早安排提貨。

順祝 商祺

黃志明 Michael Wong
珠江化妝品包裝（香港）有限公司
香港九龍觀塘鴻圖道 44 號 12 樓
電話：+852 2344 7120
"""
    quoted = ("\n\n-----Original Message-----\nFrom: " + f"{buy['name']} <{buy['email']}>\n"
              + "Sent: Friday, November 13, 2026 5:12 PM\n" + f"To: {sup['email']}\n" + f"Subject: {c.request_subject(p)}\n\n"
              + c.request_text(p))
    eml = b.plain(frm=addr("黃志明 Michael Wong", "michael.wong@pearlriverpack.example", "big5", "B"),
                  to=addr(buy["name"], buy["email"]), subject="RE: " + c.request_subject(p),
                  date=rfc_date(2026, 11, 17, 15, 30, 26, "+0800"),
                  msgid="<000001dd3c5e$a1b2c3d4$e5f60718$@pearlriverpack.example>",
                  text=text + quoted, charset="big5", cte="base64", seed="c036",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-hk")])
    exp = expected("confirmation", "Traditional Chinese (Big5); prices per 1000 (86.00 -> 0.086 unchanged; 390.00 unchanged; 76.50 -> 0.0765); airless rounded to 17 cartons of 600 = 10,200; treatment pump date 2027-01-22. 24/410 and 20/410 neck finishes are not dates.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, q=10200), 3: C(p, 3, price=per("76.50", 1000), date="2027-01-22")})])
    return mk(36, "cosmetic-pumps-big5-per-mille", "Hong Kong Big5 reply with prices per thousand, carton rounding and neck finishes 24/410 that look like dates.", [p], eml, exp)


# --------------------------------------------------------------------------- 037
@case
def c037():
    sup = c.supplier("LUFTKOMF", "Luftkomfort Handels GmbH", "verkauf@luftkomfort.example", "de-AT")
    buy = c.buyer("Sanne de Vries", "sanne.devries@climatek.example")
    p = c.po("CT-2026-04475", sup, buy, "EUR", "2026-11-18", [
        ("LK-BSK-200", "Fire damper EI 90 S, 200x200 mm, with fusible link 72 °C", 16, "EA", "148.00", "2026-12-18"),
        ("LK-JK-600x400", "Multi-leaf damper 600x400 mm, galvanised", 10, "EA", "96.00", "2026-12-18"),
        ("LK-RSK-250", "Backdraft damper DN 250", 20, "EA", "34.50", "2026-12-18"),
    ])
    kw2 = kw(2027, 2)
    pdf = docs.pdf_table(
        [("AUFTRAGSBESTÄTIGUNG", True), "Luftkomfort Handels GmbH, Triester Straße 199, 1230 Wien, FN 244712 x, UID ATU44712003", "",
         "AB-Nr. 26-11-0734    Datum: 19.11.2026", "Kunde: Climatek Building Services B.V., Utrecht",
         "Ihre Bestellung: CT-2026-04475 vom 18.11.2026"],
        ["Pos", "Artikel", "Bezeichnung", "Menge", "Preis", "Liefertermin"],
        [["1", "BSK-EI90-200", "Brandschutzklappe 200x200 EI 90 S", "16 Stk", "148,00", "KW 02/2027"],
         ["2", "JK-600-400-V", "Jalousieklappe 600x400 verzinkt", "10 Stk", "96,00", "KW 02/2027"],
         ["3", "RSK-250", "Rückschlagklappe DN 250", "20 Stk", "34,50", "KW 02/2027"]],
        ["Lieferung frei Baustelle, Zahlung 30 Tage netto.", "Es gelten unsere AGB, Stand 03/2023."],
        [50, 80, 170, 360, 420, 470], title="AB 26-11-0734", size=9, producer="BMD NTCS", creation="D:20261119140312+01'00'")
    body = """Sehr geehrte Frau de Vries,

danke für Ihre Bestellung. Anbei unsere Auftragsbestätigung.

Liefertermin für alle Positionen: 18.12.2026 wie gewünscht, Preise lt. Bestellung.

Mit freundlichen Grüßen

Ing. Florian Huber
Verkauf Innendienst
Luftkomfort Handels GmbH
Triester Straße 199, 1230 Wien
T +43 1 616 44 71-20"""
    hdr = c.outlook_header("de", f"{buy['name']} <{buy['email']}>", ("2026-11-18", "11:40"),
                           "verkauf@luftkomfort.example", c.request_subject(p))
    eml = b.outlook(frm=addr("Huber Florian", "f.huber@luftkomfort.example"), to=addr(buy["name"], buy["email"]),
                    subject="AW: " + c.request_subject(p), date=rfc_date(2026, 11, 19, 14, 5, 51, "+0100"),
                    msgid="<VI1P195MB0447E1F2A3B4C5D6E7F8A9B0C1D2E@VI1P195MB0447.EURP195.PROD.OUTLOOK.COM>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c037", lang="de-AT",
                    attachments=[("AB_26-11-0734.pdf", "application/pdf", pdf)])
    exp = expected("needs_review", f"Contradiction: the mail text says 18.12.2026 as requested, the attached Auftragsbestätigung says KW 02/2027 ({kw2}) for all positions. A careful buyer must ask which one holds.")
    return mk(37, "dampers-text-vs-pdf-contradiction", "Austrian reply whose text confirms the requested date while the attached PDF confirmation says KW 02/2027.", [p], eml, exp)


# --------------------------------------------------------------------------- 038
@case
def c038():
    sup = c.supplier("KELVIN", "Kelvin Scientific Ltd", "sales@kelvin-scientific.example", "en-GB")
    buy = c.buyer("Jana Köhler", "jana.koehler@meridian-med.example")
    p = c.po("4500318899", sup, buy, "EUR", "2026-11-16", [
        ("KS-CRYO-2-SS", "Cryovial 2 ml, self-standing, sterile, bag of 500", 10, "PK", "44.00", "2026-12-09"),
        ("KS-PP-SER-10", "Serological pipette 10 ml, sterile, individually wrapped, case of 200", 6, "CS", "58.50", "2026-12-09"),
    ])
    text = """Dear Customer,

Good news - your order is on its way!

Sales order:        SO-778812
Your reference:     4500318790
Despatched:         Friday 20 November 2026
Carrier:            DHL Freight, 1 pallet, 182 kg
Consignment no.:    4471 2026 1120 07
Estimated delivery: Tuesday 24 November 2026

Items despatched
  KS-PT1000-R   Pipette tips 1000 µl, racked, sterile      30 boxes
  KS-SB-50      Specimen bag 50 x 75 mm, biohazard       2,000 pcs

You can track your consignment at https://track.kelvin-scientific.example/SO-778812

Please check the goods on arrival and report any damage within 48 hours.

Kelvin Scientific Ltd
Unit 7, Harbour Court, Edinburgh Way, Harlow, Essex CM20 2BH
Registered in England and Wales No. 04512387

This is an automatically generated message. Please do not reply.
"""
    html = '<html><body style="font-family:Arial;font-size:13px">' + text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n") + "</body></html>"
    alt = Multi("alternative", [Part("text/plain", text, charset="utf-8", cte="quoted-printable"),
                                Part("text/html", html, charset="utf-8", cte="quoted-printable")], "=_despatch_SO778812_20261120")
    hs = [("From", addr("Kelvin Scientific Despatch", "despatch@kelvin-scientific.example")), ("To", buy["email"]),
          ("Subject", "Despatch notification - SO-778812 - your ref 4500318790"),
          ("Date", rfc_date(2026, 11, 20, 15, 31, 2, "+0000")),
          ("Message-ID", "<despatch.SO-778812.20261120153102@wms.kelvin-scientific.example>"),
          ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Mintsoft WMS")]
    eml = mime.message(hs, alt)
    exp = expected("unrelated", "Despatch notice for a different order (our ref 4500318790, items not on the open PO 4500318899); dates are shipping/ETA of that other order.")
    return mk(38, "despatch-notice-other-po-en-gb", "Automated despatch notice from the same supplier for another of our POs whose number differs in two digits.", [p], eml, exp)


# --------------------------------------------------------------------------- 039
@case
def c039():
    sup = c.supplier("AEGEANMS", "Aegean Marine Spares Ltd", "sales@aegeanmarine.example", "el-GR")
    buy = c.buyer("Erik Solberg", "erik.solberg@nordmarine.example")
    p = c.po("NM-26-3342", sup, buy, "EUR", "2026-11-16", [
        ("AMS-PR-L2330H", "Piston ring set, MAN B&W L23/30H", 6, "SET", "412.00", "2026-12-15"),
        ("AMS-NOZ-L2330", "Fuel injection nozzle, L23/30H", 12, "EA", "96.50", "2026-12-15"),
        ("AMS-GSK-CH-L23", "Cylinder head gasket, L23/30H", 6, "EA", "38.00", "2026-12-15"),
    ])
    d = next_md("2026-11-24", 12, 18)
    text = """Αγαπητέ κύριε Solberg,

Σας επιβεβαιώνουμε την παραγγελία σας NM-26-3342 ως εξής:

1. Σετ ελατηρίων εμβόλου MAN B&W L23/30H: 6 σετ, 412,00 € το σετ. Φόρτωση από Πειραιά 11/12, παράδοση στο Μπέργκεν 18/12.
2. Ακροφύσια ψεκασμού L23/30H: 12 τεμ., 96,50 € το τεμάχιο, με την ίδια αποστολή (παράδοση 18/12).
3. Φλάντζες κεφαλής L23/30H: έχουμε μόνο 4 τεμ. σε απόθεμα και ο κατασκευαστής δεν τις παράγει πλέον. Στέλνουμε τα 4 τεμ. με την ίδια αποστολή, τα υπόλοιπα 2 δεν μπορούμε να τα προμηθεύσουμε.

Όλα τα ανταλλακτικά συνοδεύονται από πιστοποιητικό γνησιότητας.

Με εκτίμηση,

Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων
Aegean Marine Spares Ltd
Ακτή Μιαούλη 47, 185 36 Πειραιάς
Τηλ. +30 210 429 4471
"""
    quoted = ("\n-----Original Message-----\nFrom: " + f"{buy['name']} <{buy['email']}>\n"
              + "Sent: Monday, November 16, 2026 9:05 AM\n" + f"To: {sup['email']}\n" + f"Subject: {c.request_subject(p)}\n\n"
              + c.request_text(p))
    eml = b.plain(frm=addr("Γιώργος Παπαδόπουλος", "g.papadopoulos@aegeanmarine.example", "iso-8859-7", "B"),
                  to=addr(buy["name"], buy["email"]), subject="RE: " + c.request_subject(p),
                  date=rfc_date(2026, 11, 24, 12, 2, 47, "+0200"),
                  msgid="<001c01dd3e1f$9a8b7c6d$5e4f3a2b$@aegeanmarine.example>",
                  text=text + quoted, charset="iso-8859-7", cte="quoted-printable", seed="c039",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "el")])
    exp = expected("confirmation", "Greek (ISO-8859-7): delivery in Bergen 18/12 wins over loading in Piraeus 11/12 for all lines; gaskets only 4 of 6, the rest cannot be supplied. 'L23/30H' is an engine type, not a date.",
                   [conf(p, {1: C(p, 1, date=d), 2: C(p, 2, date=d), 3: C(p, 3, q=4, date=d)})])
    return mk(39, "marine-engine-spares-greek", "Greek ISO-8859-7 reply with loading vs delivery dates, 'same shipment' back-references and a partially available line; L23/30H looks like a date.", [p], eml, exp)


# --------------------------------------------------------------------------- 040
@case
def c040():
    sup = c.supplier("ASCANDINO", "Ascensores y Repuestos Andinos S.A.S.", "ventas@ascandinos.example", "es-CO")
    buy = c.buyer("Andrés Gómez", "andres.gomez@verticalia.example")
    p = c.po("VT-OC-2026-0318", sup, buy, "USD", "2026-11-18", [
        ("VT-CAB-8-SEALE", "Cable de acero 8 mm 8x19 Seale, alma de fibra", 500, "M", "2.35", "2026-12-07"),
        ("VT-ZAP-GUIA-16", "Zapata de guía deslizante para riel 16 mm", 24, "EA", "27.80", "2026-12-07"),
        ("VT-BOT-CAB-BR", "Botonera de cabina con Braille, 8 paradas", 3, "EA", "340.00", "2026-12-07"),
    ])
    wd("2026-12-07", MON)
    wd("2026-12-15", TUE)
    body = """Buenas tardes Andrés, cordial saludo.

En atención a su orden de compra VT-OC-2026-0318 le confirmamos lo siguiente: el cable de acero de 8 mm se despacha completo, los 500 metros, a USD 245,00 por cada 100 m (incluye el corte en 5 carretes de 100 m), con entrega el lunes 7 de diciembre; las zapatas de guía van para el mismo día, las 24 unidades a USD 27,80 c/u; y las botoneras de cabina, que se fabrican sobre pedido, quedan para el martes 15 de diciembre al precio de la orden.

Quedamos atentos a cualquier inquietud.

Atentamente,

Carolina Restrepo Vélez
Asesora Comercial
Ascensores y Repuestos Andinos S.A.S.
Carrera 50 # 12 Sur-47, Medellín, Antioquia
PBX (604) 444 7120 – Cel. 310 447 1200
NIT 900.447.120-3"""
    attrib = f"El mié, 18 nov 2026 a las 9:47, {buy['name']} (<{buy['email']}>) escribió:"
    eml = b.gmail(frm=addr("Carolina Restrepo Vélez", "crestrepo@ascandinos.example"), to=addr(buy["name"], buy["email"]),
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 20, 15, 22, 8, "-0500"),
                  msgid="<CAK3nR8wQ2yP5tL0vB7mX4jH1dF6sA9gE2cZ8uN5oW3kT7iY0rM@mail.gmail.com>",
                  body=body, attrib=attrib, quoted_text=c.request_text(p),
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c040")
    exp = expected("confirmation", "Colombian Spanish, one paragraph naming lines only by description; wire rope price per 100 m (245,00 -> 2.45 per m); push-button panels to Tuesday 15 December. 8x19 and '5 carretes de 100 m' are not quantities.",
                   [conf(p, {1: C(p, 1, price=per("245.00", 100)), 2: A(p, 2), 3: C(p, 3, date="2026-12-15")})])
    return mk(40, "elevator-parts-by-description-co", "Colombian one-paragraph answer naming lines only by description, with a price per 100 m and reels of 100 m.", [p], eml, exp)
