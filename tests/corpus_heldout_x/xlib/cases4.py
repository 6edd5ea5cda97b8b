"""Cases 061-080."""
from __future__ import annotations

from . import build as b
from . import common as c
from . import docs, mime
from .common import A, C, R, U, conf, expected, kw, wd, next_md, next_weekday, plus, pct, per, MON, TUE, WED, THU, FRI
from .mime import Part, Multi, Raw, addr, ew, rfc_date

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def mk(n, slug, hard, pos, eml, exp):
    return {"n": n, "slug": slug, "hard": hard, "pos": pos, "eml": eml, "exp": exp}


# --------------------------------------------------------------------------- 061
@case
def c061():
    sup = c.supplier("CALEDPM", "Caledonian Paper Mills Ltd", "sales@caledonianpaper.example", "en-GB")
    buy = c.buyer("Tobias Ernst", "tobias.ernst@printwerk.example")
    pa = c.po("4700022988", sup, buy, "EUR", "2026-11-12", [
        ("CPM-OFF-80-1000", "Uncoated offset 80 gsm, reel 1000 mm, core 76 mm", 24000, "KG", "0.91", "2027-01-13"),
    ])
    pb = c.po("4700022996", sup, buy, "EUR", "2026-11-16", [
        ("CPM-SILK-90-1260", "Silk coated 90 gsm, reel 1260 mm", 18000, "KG", "0.98", "2027-01-20"),
        ("CPM-SILK-115-1260", "Silk coated 115 gsm, reel 1260 mm", 9000, "KG", "1.02", "2027-01-20"),
    ])
    wd("2027-01-20", WED)
    wd("2027-02-12", FRI)
    body = """Hi Tobias,

Apologies for replying on this thread - it was the one I had open. This is about your other order, 4700022996 (the silk reels), not the 80 gsm offset one below.

4700022996:
- 90 gsm silk, 1260 mm: 18 tonnes as ordered at EUR 980 per tonne, delivered Wednesday 20 January.
- 115 gsm silk, 1260 mm: we only run 115 on the February campaign, so the 9 tonnes will be delivered Friday 12 February, and the price has to be EUR 1,045 per tonne (pulp surcharge from 1 January).

On 4700022988 we're still waiting for the mill schedule for the offset machine - I'll come back to you on that one separately.

Best wishes,
Fiona McLeod
Sales Support | Caledonian Paper Mills Ltd
Inverurie Road, Kintore AB51 0XL
T +44 1467 644 712
Registered in Scotland SC044712"""
    hdr = c.outlook_header("en-GB", f"{buy['name']} <{buy['email']}>", ("2026-11-12", "08:49"),
                           "sales@caledonianpaper.example", c.request_subject(pa))
    eml = b.outlook(frm=addr("Fiona McLeod", "fiona.mcleod@caledonianpaper.example"), to=addr(buy["name"], buy["email"]),
                    subject="RE: " + c.request_subject(pa), date=rfc_date(2026, 11, 24, 15, 27, 9, "+0000"),
                    msgid="<LO4P123MB0447C4D5E6F7A8B9C0D1E2F3A4B5C@LO4P123MB0447.GBRP123.PROD.OUTLOOK.COM>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(pa), quoted_html=c.request_html(pa),
                    in_reply_to=pa["request_message_id"], references=pa["request_message_id"], seed="c061", lang="en-GB")
    exp = expected("confirmation", "Reply threaded on and quoting PO 4700022988, but it answers PO 4700022996 (silk reels): 90 gsm as ordered, 115 gsm on 2027-02-12 at 1,045/t = 1.045/kg. 4700022988 is only mentioned (still waiting) and is left out.",
                   [conf(pb, {1: A(pb, 1), 2: C(pb, 2, price=per("1045", 1000), date="2027-02-12")})])
    return mk(61, "paper-reels-answers-other-po-than-quoted", "British reply threaded on one PO that explicitly answers the other one, with prices per tonne on a per-kg PO.", [pa, pb], eml, exp)


# --------------------------------------------------------------------------- 062
@case
def c062():
    sup = c.supplier("RHEINDF", "Rheinische Druckfarben AG", "verkauf@rheinische-druckfarben.example", "de-DE")
    buy = c.buyer("Tobias Ernst", "tobias.ernst@printwerk.example")
    p = c.po("4700023020", sup, buy, "EUR", "2026-11-20", [
        ("RD-UV-CY-1", "UV-Offsetfarbe Cyan, 1-kg-Dose", 120, "KG", "9.80", "2026-12-09"),
        ("RD-UV-MG-1", "UV-Offsetfarbe Magenta, 1-kg-Dose", 120, "KG", "10.20", "2026-12-09"),
        ("RD-UV-YE-1", "UV-Offsetfarbe Gelb, 1-kg-Dose", 120, "KG", "9.60", "2026-12-09"),
        ("RD-UV-BK-1", "UV-Offsetfarbe Schwarz, 1-kg-Dose", 200, "KG", "8.90", "2026-12-09"),
    ])
    pdf = docs.pdf_table(
        [("Auftragsbestätigung", True), "Rheinische Druckfarben AG · Hafenstraße 61 · 47119 Duisburg",
         "Amtsgericht Duisburg HRB 44712 · USt-IdNr. DE 119 447 120", "",
         "AB-Nr. 6100447120          Datum 25.11.2026          Kunden-Nr. 204471",
         "Ihre Bestellung 4700023020 vom 20.11.2026, Ansprechpartner Herr Ernst",
         "Lieferbedingung: frei Haus (DAP Stuttgart)     Zahlungsbedingung: 30 Tage netto, 10 Tage 2 % Skonto"],
        ["Pos", "Artikel-Nr.", "Ihre Art.-Nr.", "Bezeichnung", "Menge", "Preis/kg", "Versand", "Liefertermin"],
        [["10", "UV-4C-100-1", "RD-UV-CY-1", "UV Cyan 1 kg", "120 kg", "9,80", "07.12.2026", "09.12.2026"],
         ["20", "UV-4C-200-1", "RD-UV-MG-1", "UV Magenta 1 kg", "120 kg", "10,20", "07.12.2026", "09.12.2026"],
         ["30", "UV-4C-300-1", "RD-UV-YE-1", "UV Gelb 1 kg", "120 kg", "9,95", "07.12.2026", "09.12.2026"],
         ["40", "UV-4C-400-1", "RD-UV-BK-1", "UV Schwarz 1 kg", "200 kg", "8,90", "10.12.2026", "14.12.2026"]],
        ["Pos. 30: Preisanpassung gemäß Rundschreiben vom 02.11.2026 (Pigment Yellow 13).",
         "Liefertermin = Anlieferung beim Kunden. Teillieferungen vorbehalten.",
         "Es gelten unsere Verkaufs- und Lieferbedingungen, Stand 01.03.2024, www.rheinische-druckfarben.example/agb"],
        [40, 65, 125, 190, 300, 350, 400, 460], title="Auftragsbestätigung 6100447120", size=8, compress=True,
        producer="SAP NetWeaver 7.50", creation="D:20261125063012+01'00'")
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung Nr. 6100447120 zu Ihrer Bestellung 4700023020.

Bitte prüfen Sie die Auftragsbestätigung. Abweichungen teilen Sie uns bitte innerhalb von 3 Werktagen mit.

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht bearbeitet; bitte wenden Sie sich an verkauf@rheinische-druckfarben.example.

Mit freundlichen Grüßen
Rheinische Druckfarben AG
"""
    eml = b.plain(frm=addr("Rheinische Druckfarben AG", "noreply-sap@rheinische-druckfarben.example"), to=buy["email"],
                  subject=ew("Auftragsbestätigung 6100447120 zu Ihrer Bestellung 4700023020", "iso-8859-1", "Q"),
                  date=rfc_date(2026, 11, 25, 6, 30, 15, "+0100"),
                  msgid="<0050568A4471.1EEF.B2C3D4E5F6A7B8C9@sapmail.rheinische-druckfarben.example>",
                  text=text, charset="iso-8859-1", cte="quoted-printable", seed="c062",
                  attachments=[("AB_6100447120.pdf", "application/pdf", pdf)],
                  extra=[("X-Mailer", "SAP NetWeaver 7.50"), ("Auto-Submitted", "auto-generated")])
    exp = expected("confirmation", "Automatic SAP mail with a Flate-compressed PDF: positions 10-40 with own article numbers; both 'Versand' and 'Liefertermin' columns - the delivery date wins (09.12.2026, and 14.12.2026 for pos. 40); yellow price 9,95. It is a confirmation despite Auto-Submitted.",
                   [conf(p, {1: A(p, 1), 2: A(p, 2), 3: C(p, 3, price="9.95"), 4: C(p, 4, date="2026-12-14")})])
    return mk(62, "uv-inks-sap-pdf-ship-and-delivery", "Automatic SAP mail (Auto-Submitted) whose compressed PDF has both ship and delivery columns.", [p], eml, exp)


# --------------------------------------------------------------------------- 063
@case
def c063():
    sup = c.supplier("LIBERTYFE", "Liberty Fire Equipment Co.", "orders@libertyfire.example", "en-US")
    buy = c.buyer("Kayla Brooks", "kayla.brooks@brightfm.example")
    p = c.po("BFM-118840", sup, buy, "USD", "2026-11-19", [
        ("LFE-ABC10", "Fire extinguisher 10 lb ABC, UL 4-A:80-B:C", 24, "EA", "64.50", "2026-12-04"),
        ("LFE-K6L", "Class K wet chemical extinguisher 6 L", 6, "EA", "189.00", "2026-12-04"),
        ("LFE-CAB-SS", "Extinguisher cabinet, semi-recessed, stainless", 24, "EA", "112.00", "2026-12-04"),
        ("LFE-SIGN-EXIT", "Exit sign LED with battery backup", 30, "EA", "36.75", "2026-12-04"),
    ])
    csv = ("Customer PO,PO Line,Our Item,Your Item,Description,Qty Ordered,Qty Confirmed,UOM,Unit Price,Promise Date,Line Status\r\n"
           "BFM-118840,1,LF-10ABC-UL,LFE-ABC10,\"EXT 10LB ABC 4-A:80-B:C\",24,24,EA,64.50,12/04/2026,CONFIRMED\r\n"
           "BFM-118840,2,LF-K6L,LFE-K6L,\"EXT CLASS K 6L WET CHEM\",6,6,EA,189.00,12/18/2026,CONFIRMED\r\n"
           "BFM-118840,3,LF-CAB-SR-SS,LFE-CAB-SS,\"CABINET SEMI-REC SS 10LB\",24,20,EA,112.00,12/04/2026,PARTIAL - BALANCE CANCELLED\r\n"
           "BFM-118840,4,LF-EXIT-LED-BB,LFE-SIGN-EXIT,\"EXIT SIGN LED BATT BACKUP\",30,0,EA,36.75,,BACKORDER - DATE TBD\r\n")
    text = """Attached is the order acknowledgment for your purchase order BFM-118840 (our sales order SO-118447).

Please review and advise of any discrepancies within 48 hours. Promise dates are delivery dates to your ship-to address.

Liberty Fire Equipment Co. | 3300 Alum Creek Dr, Columbus, OH 43207 | 614-555-0133
This message was generated by Epicor Kinetic. Replies go to orders@libertyfire.example.
"""
    eml = b.plain(frm=addr("Liberty Fire Equipment - Orders", "orders@libertyfire.example"), to=buy["email"],
                  subject="Order Acknowledgment SO-118447 / PO BFM-118840", date=rfc_date(2026, 11, 23, 13, 4, 51, "-0500"),
                  msgid="<epicor.SO-118447.20261123180451@kinetic.libertyfire.example>",
                  text=text, charset="us-ascii", cte="7bit", seed="c063",
                  attachments=[("OrderAck_SO-118447.csv", "text/csv", csv.encode("ascii"))])
    exp = expected("confirmation", "ERP CSV attachment: line 2 promise date 12/18/2026; line 3 only 20 of 24 (balance cancelled); line 4 backordered with no date = unconfirmed. US month-first dates; '4-A:80-B:C' is a UL rating.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, date="2026-12-18"), 3: C(p, 3, q=20), 4: U()})])
    return mk(63, "fire-extinguishers-erp-csv", "US ERP CSV acknowledgment with a partial line, a backordered line without a date and UL ratings with colons.", [p], eml, exp)


# --------------------------------------------------------------------------- 064
@case
def c064():
    sup = c.supplier("YORKBAKE", "Yorkshire Baking Supplies Ltd", "orders@yorkshirebaking.example", "en-GB")
    buy = c.buyer("Oliver Grant", "oliver.grant@brodhaus.example")
    p = c.po("BB-26-3455", sup, buy, "GBP", "2026-11-23", [
        ("YBS-FLR-STR-16", "Strong white bread flour, 16 kg sack", 150, "SACK", "11.40", "2026-12-07"),
        ("YBS-YST-DRY-500", "Instant dried yeast, 500 g vacuum pack, case of 20", 10, "CS", "46.00", "2026-12-07"),
    ])
    body = """Morning Oliver,

We can take this one on, but only on two conditions:

1. The bread flour goes out in full pallets of 64 sacks, so we'd need you to up it to 192 (3 pallets) rather than 150.
2. The mill's new price list kicks in on 1 December, so the flour would be £11.95 a sack rather than £11.40.

If you're happy with both, drop me a line and I'll get it booked in for the 7th along with the yeast. If not, let me know and we'll have a think about splitting it with a part-pallet from stock.

Cheers,
Gary Holroyd
Yorkshire Baking Supplies Ltd
Unit 12, Canal Wharf, Wakefield WF1 5PQ
01924 447 120 | 07700 900 447
Company No. 04471200 | VAT GB 447 1200 12"""
    attrib = f"On 23 Nov 2026, at 11:02, {buy['name']} <{buy['email']}> wrote:"
    text = body + "\n\n" + attrib + "\n\n" + mime.quote(c.request_text(p).rstrip("\n")) + "\n"
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word;">'
            + mime.html_simple(body) + f'<div><br><blockquote type="cite"><div>{mime.esc(attrib)}</div><br>' + c.request_html(p)
            + "</blockquote></div></body></html>")
    eml = b.apple(frm=addr("Gary Holroyd", "gary@yorkshirebaking.example"), to=addr(buy["name"], buy["email"]),
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 24, 7, 58, 40, "+0000"),
                  msgid="<3E9B1F2A-7C4D-4E5F-8A6B-1C2D3E4F5A6B@yorkshirebaking.example>",
                  text=text, html=html, in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c064",
                  mailer="Apple Mail (2.3776.700.51.11.1)")
    exp = expected("needs_review", "British conditional acceptance: the order is only booked if we accept 192 sacks and a new price of £11.95; nothing is committed until we answer.")
    return mk(64, "bread-flour-conditional-acceptance", "British 'we can do it on two conditions' reply with concrete quantity, price and date that are not yet commitments.", [p], eml, exp)


# --------------------------------------------------------------------------- 065
@case
def c065():
    sup = c.supplier("AUFZBECK", "Aufzugteile Becker GmbH", "vertrieb@aufzugteile-becker.example", "de-DE")
    buy = c.buyer("Jonas Schmid", "jonas.schmid@liftserve.example")
    p = c.po("LS-4511-2026", sup, buy, "EUR", "2026-11-23", [
        ("AB-FS-4471-200", "Fangvorrichtung Bremsbacke nach Zeichnung 4471-200", 8, "EA", "186.00", "2027-01-22"),
        ("AB-TR-62-6202", "Türrolle D62 mm, Kugellager 6202-2RS", 60, "EA", "8.90", "2027-01-22"),
    ])
    body = """Guten Tag Herr Schmid,

vielen Dank für Ihre Bestellung LS-4511-2026. Bevor wir bestätigen können, benötigen wir zwei Klärungen:

1. Für Pos. 1 geben Sie Zeichnung 4471-200 an, aber ohne Index. Uns liegt Index D vom 02.10.2026 vor, auf Ihrer Anfrage vom Sommer stand noch Index C. Welcher Index gilt? Bei Index D ändert sich die Härte der Bremsbacke (58+2 HRC statt 54+2 HRC), das wirkt sich auf Preis und Lieferzeit aus.
2. Sollen die Türrollen (Pos. 2) mit Kugellager 6202-2RS oder 6202-ZZ geliefert werden? Ihre letzte Bestellung war mit ZZ.

Nach Ihrer Rückmeldung senden wir Ihnen umgehend die Auftragsbestätigung.

Mit freundlichen Grüßen

Katrin Vogel
Vertriebsinnendienst
Aufzugteile Becker GmbH
Industriestraße 44 · 57439 Attendorn
Tel. +49 2722 9447-120"""
    hdr = c.outlook_header("de", f"{buy['name']} <{buy['email']}>", ("2026-11-23", "13:14"),
                           "vertrieb@aufzugteile-becker.example", c.request_subject(p))
    eml = b.outlook(frm=addr("Vogel, Katrin", "k.vogel@aufzugteile-becker.example"), to=addr(buy["name"], buy["email"]),
                    subject="AW: " + c.request_subject(p), date=rfc_date(2026, 11, 24, 11, 46, 3, "+0100"),
                    msgid="<BE1P281MB0447E5F6A7B8C9D0E1F2A3B4C5D6E@BE1P281MB0447.DEUP281.PROD.OUTLOOK.COM>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c065", lang="de-DE")
    exp = expected("needs_review", "German technical questions (drawing index C or D, bearing 2RS or ZZ) before any confirmation; drawing dates and HRC values are noise.")
    return mk(65, "elevator-brake-shoe-drawing-question", "German questions about a drawing revision and bearing type, full of numbers (4471-200, 6202-2RS, 58+2 HRC) but no commitment.", [p], eml, exp)


# --------------------------------------------------------------------------- 066
@case
def c066():
    sup = c.supplier("FLACNORM", "Flaconnage Normand SAS", "adv@flaconnage-normand.example", "fr-FR")
    buy = c.buyer("Claire Martin", "claire.martin@belleform.example")
    p = c.po("BF-PO-2026-0415", sup, buy, "EUR", "2026-11-20", [
        ("FN-PARF-50-FEA15", "Perfume bottle 50 ml, extra flint, FEA 15 neck", 12000, "EA", "0.6400", "2027-02-05"),
        ("FN-PARF-100-FEA15", "Perfume bottle 100 ml, extra flint, FEA 15 neck", 8000, "EA", "0.8100", "2027-02-05"),
    ])
    d = next_weekday("2026-11-25", MON)
    assert d == "2026-11-30"
    body = """Bonjour Madame Martin,

Nous avons bien reçu votre commande BF-PO-2026-0415 et vous en remercions.

Nous ne sommes pas encore en mesure de vous confirmer les délais : le planning de production du four n° 2 pour janvier–février doit être validé en fin de semaine. Nous reviendrons vers vous lundi prochain avec une confirmation complète (quantités, prix et dates).

À titre indicatif, les prix devraient correspondre à notre offre du 14/10/2026, sous réserve de l'évolution du coût de l'énergie.

Bien cordialement,

Sébastien Lefèvre
Administration des ventes
Flaconnage Normand SAS
Zone industrielle du Tréport, 76260 Eu
Tél. : +33 2 35 86 44 71"""
    hdr = c.outlook_header("fr", f"{buy['name']} <{buy['email']}>", ("2026-11-20", "17:03"),
                           "adv@flaconnage-normand.example", c.request_subject(p))
    eml = b.outlook(frm=addr("Sébastien Lefèvre", "s.lefevre@flaconnage-normand.example"), to=addr(buy["name"], buy["email"]),
                    subject="RE: " + c.request_subject(p), date=rfc_date(2026, 11, 25, 9, 12, 44, "+0100"),
                    msgid="<PR0P264MB0447F6A7B8C9D0E1F2A3B4C5D6E7F@PR0P264MB0447.FRAP264.PROD.OUTLOOK.COM>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c066", lang="fr-FR")
    exp = expected("needs_review", f"French: receipt acknowledged, full confirmation promised for 'lundi prochain' ({d}); prices only indicative ('devraient', 'sous réserve'). Nothing committed.")
    return mk(66, "perfume-bottles-confirm-next-monday", "French 'we will confirm next Monday' with indicative prices 'subject to energy costs'.", [p], eml, exp)


# --------------------------------------------------------------------------- 067
@case
def c067():
    sup = c.supplier("SIGNBRUX", "Enseignes Bruxelloises SRL", "commandes@enseignes-bxl.example", "fr-BE")
    buy = c.buyer("Maja Kranjc", "maja.kranjc@alpsign.example")
    p = c.po("AS-26-0722", sup, buy, "EUR", "2026-11-24", [
        ("EB-CAISSON-LED-120", "LED light box 120x80 cm, double-sided", 3, "EA", "780.00", "2027-01-15"),
    ])
    rid = p["request_message_id"]
    rcpt = "commandes@enseignes-bxl.example"
    plain = f"""
** Address not found **

Your message wasn't delivered to {rcpt} because the domain enseignes-bxl.example couldn't be found. Check for typos or unnecessary spaces and try again.

Learn more here: https://support.google.com/mail/answer/6596

The response was:

DNS Error: DNS type 'mx' lookup of enseignes-bxl.example responded with code NXDOMAIN
Domain name not found: enseignes-bxl.example
"""
    html = f"""<html><head></head><body><div style="border-style:solid;border-width:thin;border-color:#dadce0;border-radius:8px;padding:40px 20px" align="center">
<table style="width:100%"><tr><td style="font-family:Google Sans,Roboto,Arial;font-size:24px;color:#d93025">Address not found</td></tr></table>
<p style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:14px;color:#202124">Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>{rcpt}</b></a> because the domain enseignes-bxl.example couldn't be found. Check for typos or unnecessary spaces and try again.</p>
<p style="font-family:Roboto-Regular,Helvetica,Arial,sans-serif;font-size:12px;color:#70757a">The response was:<br>DNS Error: DNS type 'mx' lookup of enseignes-bxl.example responded with code NXDOMAIN<br>Domain name not found: enseignes-bxl.example</p>
</div></body></html>
"""
    ds = f"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; maja.kranjc@alpsign.example
Arrival-Date: Tue, 24 Nov 2026 06:12:33 -0800 (PST)
X-Original-Message-ID: {rid}

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of enseignes-bxl.example responded with code NXDOMAIN
 Domain name not found: enseignes-bxl.example
Last-Attempt-Date: Tue, 24 Nov 2026 06:12:34 -0800 (PST)
"""
    orig = f"""MIME-Version: 1.0
Date: Tue, 24 Nov 2026 15:12:21 +0100
Message-ID: {rid}
Subject: {c.request_subject(p)}
From: {buy['name']} <{buy['email']}>
To: {rcpt}
Content-Type: multipart/alternative; boundary="000000000000d4c3b2a1f0e9d8c7"
"""
    alt = Multi("alternative", [Part("text/plain", plain, charset="UTF-8", cte="7bit"),
                                Part("text/html", html, charset="UTF-8", cte="7bit")], "00000000000004471a2b3c4d5e6f")
    root = Multi("report", [alt, Raw("message/delivery-status", ds), Raw("text/rfc822-headers", orig)],
                 "00000000000004471a2b3c4d5e60", params=[("report-type", "\x00delivery-status")])
    hs = [("MIME-Version", "1.0"), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
          ("To", buy["email"]), ("Auto-Submitted", "auto-replied"),
          ("Subject", "Delivery Status Notification (Failure)"), ("References", rid), ("In-Reply-To", rid),
          ("X-Failed-Recipients", rcpt), ("Message-ID", "<6743a1b2.050a0220.1c2d3e.4471.GMR@mx.google.com>"),
          ("Date", "Tue, 24 Nov 2026 06:12:34 -0800 (PST)")]
    eml = mime.message(hs, root)
    exp = expected("bounce", "Gmail 'Address not found' DSN (NXDOMAIN) for our request, threaded on it via In-Reply-To/References.")
    return mk(67, "gmail-dsn-domain-not-found", "Gmail-style DSN threaded on our request (In-Reply-To set), so it looks like a reply in the thread.", [p], eml, exp)


# --------------------------------------------------------------------------- 068
@case
def c068():
    sup = c.supplier("STRAITSMS", "Straits Marine Spares Pte. Ltd.", "sales@straitsmarine.example", "en-SG")
    buy = c.buyer("Erik Solberg", "erik.solberg@nordmarine.example")
    p = c.po("NM-26-3371", sup, buy, "EUR", "2026-11-25", [
        ("SMS-TURBO-KIT-NR20", "Turbocharger repair kit, ABB NR20/R", 1, "SET", "4850.00", "2027-01-08"),
        ("SMS-FILTER-SEP-P", "Separator filter element, Alfa Laval P615", 12, "EA", "36.00", "2027-01-08"),
    ])
    rid = p["request_message_id"]
    rcpt = "sales@straitsmarine.example"
    expl = f"""This is the mail system at host mx1.nordmarine.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: connect to mx.straitsmarine.example[198.51.100.88]:25:
    Connection timed out
"""
    ds = f"""Reporting-MTA: dns; mx1.nordmarine.example
X-Postfix-Queue-ID: 4R2m7Y0kLbz9K
X-Postfix-Sender: rfc822; {buy['email']}
Arrival-Date: Wed, 25 Nov 2026 08:03:17 +0100 (CET)

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.straitsmarine.example[198.51.100.88]:25:
    Connection timed out
Will-Retry-Until: Mon, 30 Nov 2026 08:03:17 +0100 (CET)
"""
    orig = f"""Return-Path: <{buy['email']}>
From: {buy['name']} <{buy['email']}>
To: {rcpt}
Subject: {c.request_subject(p)}
Date: Wed, 25 Nov 2026 08:03:15 +0100
Message-ID: {rid}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
"""
    root = Multi("report", [Raw("text/plain; charset=us-ascii", expl, [("Content-Description", "Notification")]),
                            Raw("message/delivery-status", ds, [("Content-Description", "Delivery report")]),
                            Raw("text/rfc822-headers", orig, [("Content-Description", "Undelivered Message Headers")])],
                 "4R2m7Y0kLbz9K.1795000997/mx1.nordmarine.example", params=[("report-type", "\x00delivery-status")],
                 preamble="This is a MIME-encapsulated message.")
    hs = [("Return-Path", "<>"), ("Date", "Wed, 25 Nov 2026 12:03:19 +0100 (CET)"),
          ("From", "MAILER-DAEMON@mx1.nordmarine.example (Mail Delivery System)"),
          ("Subject", "Delayed Mail (still being retried)"), ("To", buy["email"]), ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0"), ("Message-ID", "<20261125110319.5C8E14A0C3@mx1.nordmarine.example>")]
    eml = mime.message(hs, root)
    exp = expected("bounce", "Postfix delay DSN (Action: delayed, 4.4.1) - a delivery status notification, not a supplier answer; the retry-until date is not a delivery date.")
    return mk(68, "postfix-delay-warning-dsn", "Postfix 'Delayed Mail' warning DSN (Action: delayed) rather than a hard failure.", [p], eml, exp)


# --------------------------------------------------------------------------- 069
@case
def c069():
    sup = c.supplier("VETCOLLI", "Vetreria Colli Euganei S.p.A.", "ordini@vetreriacolli.example", "it-IT")
    buy = c.buyer("Giulia Ferrari", "giulia.ferrari@vitrapack.example")
    p = c.po("VP-4461-26", sup, buy, "EUR", "2026-11-23", [
        ("VC-VASO-580", "Glass jar 580 ml, TO 82, flint", 12000, "EA", "0.2280", "2027-01-12"),
    ])
    text = """Gentili Clienti,

vi informiamo che i nostri uffici e il magazzino resteranno chiusi per le festività natalizie da giovedì 24/12/2026 a mercoledì 06/01/2027 compresi.

Gli ultimi ordini con consegna entro il 2026 dovranno pervenirci entro martedì 15/12/2026. Le spedizioni riprenderanno regolarmente da giovedì 07/01/2027.

Cogliamo l'occasione per augurarvi Buone Feste e un sereno 2027.

Vetreria Colli Euganei S.p.A.
Via Monte Venda 7 – 35031 Abano Terme (PD)
Tel. +39 049 812 4471 – P.IVA 01234560284
"""
    wd("2026-12-24", THU)
    wd("2027-01-06", WED)
    wd("2026-12-15", TUE)
    wd("2027-01-07", THU)
    html = ('<html><body style="font-family:Verdana;font-size:12px"><p><img src="cid:logo_vce" width="160" height="40"></p>'
            + mime.html_simple(text) + "</body></html>")
    logo = docs.png(160, 40, (0, 90, 120), (190, 30, 45))
    rel = Multi("related", [Part("text/html", html, charset="utf-8", cte="quoted-printable"),
                            Part("image/png", logo, cte="base64", filename="logo.png", cid="logo_vce", disposition="inline")],
                "----=_NextPart_001_0012_01DD3F55.8C2A4470", params=[("type", "text/html")])
    alt = Multi("alternative", [Part("text/plain", text, charset="utf-8", cte="quoted-printable"), rel],
                "----=_NextPart_000_0011_01DD3F55.8C2A4470")
    hs = [("From", addr("Vetreria Colli Euganei", "comunicazioni@vetreriacolli.example")),
          ("To", "undisclosed-recipients:;"), ("Bcc", None),
          ("Subject", ew("Chiusura per festività natalizie 2026/2027", "utf-8", "Q")),
          ("Date", rfc_date(2026, 11, 26, 10, 0, 4, "+0100")),
          ("Message-ID", "<001101dd3f55$8c2a4470$a47ecd50$@vetreriacolli.example>"),
          ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"), ("Precedence", "bulk")]
    eml = mime.message(hs, alt)
    exp = expected("unrelated", "Italian Christmas-closure circular to all customers (undisclosed recipients) with several dates; it does not answer the open PO.")
    return mk(69, "holiday-closure-circular-it", "Italian holiday-closure circular from the PO's supplier with a cut-off date and restart date, sent to undisclosed recipients.", [p], eml, exp)


# --------------------------------------------------------------------------- 070
@case
def c070():
    sup = c.supplier("LIMPBAJIO", "Productos de Limpieza del Bajío S.A. de C.V.", "ventas@limpiezabajio.example", "es-MX")
    buy = c.buyer("Carlos Mendoza", "carlos.mendoza@brightfm.example")
    p = c.po("BFM-118855", sup, buy, "USD", "2026-11-20", [
        ("PLB-TOWEL-8-800", "Paper towel roll 8 in x 800 ft, natural", 360, "ROLL", "4.10", "2026-12-10"),
        ("PLB-JRT-9-2P", "Jumbo toilet tissue roll 9 in, 2-ply", 480, "ROLL", "2.35", "2026-12-10"),
        ("PLB-FOAM-1L", "Foam hand soap refill 1 L", 120, "EA", "5.80", "2026-12-10"),
    ])
    p1, p2 = per("25.80", 6), per("27.60", 12)
    assert (p1, p2) == ("4.30", "2.30")
    d3 = next_md("2026-11-24", 12, 17)
    body = """Hola Carlos, buenas tardes.

Con gusto te confirmo la orden BFM-118855:

- Toalla en rollo 8" x 800 ft natural: se vende por paquete de 6 rollos a USD 25.80 el paquete; tus 360 rollos son 60 paquetes. Entrega 10 de diciembre.
- Papel higiénico jumbo 9" 2 hojas: caja de 12 rollos a USD 27.60 la caja; 480 rollos = 40 cajas. Entrega 10 de diciembre.
- Jabón en espuma 1 L: 120 piezas a USD 5.80 c/u, pero la entrega sería el 17 de diciembre porque estamos esperando envase.

Los precios ya incluyen flete a Columbus. Factura con 30 días de crédito.

Saludos cordiales,
Alejandra Gutiérrez
Ejecutiva de Ventas de Exportación
Productos de Limpieza del Bajío S.A. de C.V.
Blvd. Adolfo López Mateos 4471, León, Gto., C.P. 37150
Tel. +52 477 744 7120"""
    attrib = f"El vie, 20 nov 2026 a las 11:31, {buy['name']} (<{buy['email']}>) escribió:"
    eml = b.gmail(frm=addr("Alejandra Gutiérrez", "agutierrez@limpiezabajio.example"), to=addr(buy["name"], buy["email"]),
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 24, 15, 40, 19, "-0600"),
                  msgid="<CAL4mT9xQ1yR6pK3vB8nW2jH5dF0sA7gE4cZ1uN8oW6kT2iY9rM@mail.gmail.com>",
                  body=body, attrib=attrib, quoted_text=c.request_text(p),
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c070")
    exp = expected("confirmation", "Mexican Spanish with decimal points (USD 25.80); prices per pack of 6 rolls (-> 4.30 per roll) and per case of 12 (-> 2.30 per roll) against a per-roll PO; soap delayed to 2026-12-17.",
                   [conf(p, {1: C(p, 1, price=p1), 2: C(p, 2, price=p2), 3: C(p, 3, date=d3)})])
    return mk(70, "paper-towels-mexico-per-pack", "Mexican reply pricing per pack of 6 and per case of 12 against a per-roll PO, with decimal points unlike other Spanish locales.", [p], eml, exp)


# --------------------------------------------------------------------------- 071
@case
def c071():
    sup = c.supplier("HARBOURMS", "Harbour Marine Supplies Ltd", "sales@harbourmarine.example", "en-NZ")
    buy = c.buyer("Erik Solberg", "erik.solberg@nordmarine.example")
    p = c.po("NM-26-3380", sup, buy, "USD", "2026-11-23", [
        ("HMS-ZINC-HULL-5", "Zinc hull anode 5 kg, weld-on", 24, "EA", "38.00", "2026-12-04"),
        ("HMS-MOORING-24-3S", "Mooring line 24 mm, 3-strand polyester, per metre", 220, "M", "6.20", "2026-12-04"),
        ("HMS-FENDER-F6", "Fender F6, 30x100 cm, inflatable", 8, "EA", "142.00", "2026-12-04"),
    ])
    wd("2026-12-03", THU)
    body = """Kia ora Erik,

Thanks for the order for MV Nordstjerna.

The 24 hull anodes are in stock and we'll have them alongside at Wynyard Wharf on Thursday 3 December, same price as your PO.

Fenders F6: 8 off at US$142.00, also on the 3rd.

We'll need the vessel agent's details and a gate pass for the wharf, please - can you flick those through?

Cheers,
Hemi Walker
Harbour Marine Supplies Ltd
22 Beaumont Street, Westhaven, Auckland 1010
Ph +64 9 307 4471 | Mob 021 447 120
GST 44-712-004"""
    attrib = c.gmail_attrib_en("2026-11-23", "21:05", buy["name"], buy["email"])
    eml = b.gmail(frm=addr("Hemi Walker", "hemi@harbourmarine.example"), to=addr(buy["name"], buy["email"]),
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 25, 10, 12, 55, "+1300"),
                  msgid="<CAN8pQ2wT7xR3bK9dLw1Np6Fh4Ys0Ue2Gi5Ca3Ok7Wr9Zt1eF=B@mail.gmail.com>",
                  body=body, attrib=attrib, quoted_text=c.request_text(p),
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c071")
    exp = expected("confirmation", "NZ reply confirms anodes and fenders for Thursday 3 December (earlier than requested) and silently omits the mooring line, which is unconfirmed; also asks for agent details.",
                   [conf(p, {1: C(p, 1, date="2026-12-03"), 2: U(), 3: C(p, 3, date="2026-12-03")})])
    return mk(71, "marine-stores-line-silently-omitted", "New Zealand reply that simply never mentions one of three lines, plus a logistics question.", [p], eml, exp)


# --------------------------------------------------------------------------- 072
@case
def c072():
    sup = c.supplier("SCHOONVL", "Schoonmaakgroothandel Vlaanderen NV", "verkoop@schoonmaak-vlaanderen.example", "nl-BE")
    buy = c.buyer("Sanne de Vries", "sanne.devries@climatek.example")
    p = c.po("CT-2026-04502", sup, buy, "EUR", "2026-11-24", [
        ("CT-CLN-TROLLEY", "Cleaning trolley with 2 x 25 l buckets (supplier ref 778812)", 6, "EA", "189.00", "2026-12-15"),
        ("CT-CLN-MOPHEAD", "Microfibre mop head 40 cm, pack of 10 (supplier ref 778830)", 30, "PK", "11.90", "2026-12-15"),
        ("CT-CLN-SQUEEGEE", "Floor squeegee 55 cm, double rubber (supplier ref 779101)", 12, "EA", "14.50", "2026-12-15"),
    ])
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body><div style="font-family:Calibri,Arial;font-size:11pt">
<p>Dag Sanne,</p>
<p>Uw bestelling CT-2026-04502 is in orde, zie hieronder per artikel:</p>
<ul>
<li><b>Art. 778812</b> &ndash; 6 st., &euro; 189,00, levering 15/12.</li>
<li><b>Art. 778830</b> &ndash; 30 pakken, prijs nu &euro; 12,40 per pak (nieuwe tarieflijst), levering 15/12.</li>
<li><b>Art. 779101</b> &ndash; niet meer leverbaar, de fabrikant heeft dit model stopgezet. Indien gewenst kan ik u een offerte sturen voor opvolger 779105.</li>
</ul>
<p>Met vriendelijke groeten,<br>
Wim Claes<br>
Binnendienst Verkoop<br>
Schoonmaakgroothandel Vlaanderen NV<br>
Noorderlaan 147, 2030 Antwerpen<br>
T +32 3 544 71 20 &ndash; BTW BE 0447.120.412 &ndash; RPR Antwerpen</p>
</div>
<div style="border-top:1px solid #b5c4df;padding-top:3pt;font-family:Tahoma;font-size:10pt">
<b>Van:</b> Sanne de Vries &lt;sanne.devries@climatek.example&gt;<br>
<b>Verzonden:</b> dinsdag 24 november 2026 9:40<br>
<b>Aan:</b> verkoop@schoonmaak-vlaanderen.example<br>
<b>Onderwerp:</b> """ + c.request_subject(p) + "</div>\n" + c.request_html(p) + "\n</body></html>\n"
    eml = b.html_only(frm=addr("Wim Claes", "wim.claes@schoonmaak-vlaanderen.example"), to=addr(buy["name"], buy["email"]),
                      subject="RE: " + c.request_subject(p), date=rfc_date(2026, 11, 26, 14, 8, 30, "+0100"),
                      msgid="<AM9P193MB0447A7B8C9D0E1F2A3B4C5D6E7F8A@AM9P193MB0447.EURP193.PROD.OUTLOOK.COM>",
                      html=html, charset="iso-8859-1", cte="quoted-printable", seed="c072",
                      in_reply_to=p["request_message_id"], references=p["request_message_id"],
                      extra=[("Content-Language", "nl-BE")])
    exp = expected("confirmation", "Flemish HTML-only reply naming lines only by the supplier's article numbers (which appear inside our descriptions as 'supplier ref'); mop heads 12,40; squeegee discontinued (an offer for a successor is not a confirmation).",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="12.40"), 3: R()})])
    return mk(72, "cleaning-kit-supplier-codes-only-be", "Flemish HTML-only reply that names lines only by the supplier's own article numbers, one discontinued with a successor offered.", [p], eml, exp)


# --------------------------------------------------------------------------- 073
@case
def c073():
    sup = c.supplier("LIFFEYMED", "Liffey Medical Supplies Ltd", "orders@liffeymedical.example", "en-IE")
    buy = c.buyer("Jana Köhler", "jana.koehler@meridian-med.example")
    p = c.po("4500318944", sup, buy, "EUR", "2026-11-18", [
        ("LMS-SWAB-FL-100", "Flocked swab with transport tube, sterile, box of 100", 40, "BOX", "31.50", "2026-11-27"),
        ("LMS-URINE-100", "Urine container 100 ml, sterile, box of 100", 60, "BOX", "9.80", "2026-11-27"),
        ("LMS-TOURN-25", "Disposable tourniquet, latex-free, roll of 25", 100, "RL", "3.40", "2026-12-04"),
    ])
    mail = "2026-11-19"
    wd(mail, THU)
    d1 = next_weekday(mail, TUE)
    d2 = plus(mail, days=14)
    assert (d1, d2) == ("2026-11-24", "2026-12-03")
    body = """Hi Jana,

Thanks a million for the order. Here's where we are:

- Flocked swabs: all 40 boxes in stock, we can have them with you next Tuesday.
- Urine containers: the sterile batch is still in quarantine until the EtO release comes through, so realistically a fortnight from today for the full 60 boxes.
- Tourniquets: grand, 100 rolls for the 4th of December as you asked.

All at the prices on your order.

Slán,
Siobhán Byrne
Customer Care
Liffey Medical Supplies Ltd
Unit 4, Ballymount Industrial Estate, Dublin 12, D12 X4T7
+353 1 456 4471
Registered in Ireland 447120 | VAT IE 4471200K"""
    attrib = c.gmail_attrib_en("2026-11-18", "16:22", buy["name"], buy["email"])
    eml = b.gmail(frm=addr("Siobhán Byrne", "siobhan.byrne@liffeymedical.example"), to=addr(buy["name"], buy["email"], "utf-8", "Q"),
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 19, 12, 6, 37, "+0000"),
                  msgid="<CAO2vK7xP4rT9Lm3Wq5Nd8Jh1Fs6Ga0Ue3Bi9Co2Ob4Wr7Zt5eH=S@mail.gmail.com>",
                  body=body, attrib=attrib, quoted_text=c.request_text(p),
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c073")
    exp = expected("confirmation", f"Irish relative dates measured from the Date header (Thu 2026-11-19): 'next Tuesday' = {d1}, 'a fortnight from today' = {d2}; tourniquets as requested.",
                   [conf(p, {1: C(p, 1, date=d1), 2: C(p, 2, date=d2), 3: A(p, 3)})])
    return mk(73, "medical-swabs-relative-dates-ie", "Irish reply with only relative dates ('next Tuesday', 'a fortnight from today') to resolve from the Date header.", [p], eml, exp)


# --------------------------------------------------------------------------- 074
@case
def c074():
    sup = c.supplier("HEBOBER", "Hebetechnik Oberland GmbH", "auftrag@hebetechnik-oberland.example", "de-DE")
    buy = c.buyer("Jonas Schmid", "jonas.schmid@liftserve.example")
    p = c.po("LS-4497-2026", sup, buy, "EUR", "2026-11-05", [
        ("HO-TR-62-2RS", "Türrolle D62 mm mit Kugellager 6202-2RS", 100, "EA", "7.40", "2026-12-11"),
        ("HO-SEIL-8-S", "Aufzugseil 8 mm 8x19 Seale, DIN EN 12385-5", 400, "M", "2.90", "2026-12-11"),
        ("HO-PUF-PU-80", "PU-Puffer D80 x 80 mm", 8, "EA", "44.00", "2026-12-11"),
    ])
    mail = "2026-11-24"
    d2 = plus("2026-11-05", weeks=6)
    d3 = plus(mail, weeks=3)
    assert (d2, d3) == ("2026-12-17", "2026-12-15")
    d1 = next_md(mail, 11, 27)
    text = """Sehr geehrter Herr Schmid,

entschuldigen Sie die späte Rückmeldung zu Ihrer Bestellung LS-4497-2026.

Pos. 1 Türrollen D62: ab Lager, Anlieferung bei Ihnen am 27.11.
Pos. 2 Aufzugseil 8 mm: Lieferzeit 6 Wochen ab Bestelldatum (05.11.2026), Preis wie bestellt.
Pos. 3 PU-Puffer: Lieferzeit 3 Wochen ab heute, Preis 46,50 EUR/Stk.

Mit freundlichen Grüßen
Martin Huber
Hebetechnik Oberland GmbH
Gewerbestraße 9 · 83646 Bad Tölz
Tel. +49 8041 7944-71
"""
    attrib = f"Am 05.11.2026 um 15:32 schrieb {buy['name']}:"
    full = text + "\n" + attrib + "\n" + mime.quote(c.request_text(p).rstrip("\n")) + "\n"
    eml = b.plain(frm=addr("Martin Huber", "m.huber@hebetechnik-oberland.example"), to=addr(buy["name"], buy["email"]),
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 24, 16, 55, 8, "+0100"),
                  msgid="<7d3e5f1a-2b4c-4d6e-8f0a-1b3c5d7e9f20@hebetechnik-oberland.example>",
                  text=full, charset="UTF-8", cte="quoted-printable", seed="c074",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  user_agent="Mozilla Thunderbird 128.4.1")
    exp = expected("confirmation", f"German lead times: '6 Wochen ab Bestelldatum (05.11.2026)' = {d2}; '3 Wochen ab heute' from the Date header (2026-11-24) = {d3}; '27.11.' without year = {d1}. Puffer price 46,50.",
                   [conf(p, {1: C(p, 1, date=d1), 2: C(p, 2, date=d2), 3: C(p, 3, price="46.50", date=d3)})])
    return mk(74, "elevator-parts-lead-times-in-weeks", "German reply stating lead times in weeks from the order date and from 'today', plus a date without year.", [p], eml, exp)


# --------------------------------------------------------------------------- 075
@case
def c075():
    sup = c.supplier("HYGPART", "Hygiëne Partners B.V.", "verkoop@hygienepartners.example", "nl-NL")
    buy = c.buyer("Sanne de Vries", "sanne.devries@climatek.example")
    p = c.po("CT-2026-04507", sup, buy, "EUR", "2026-11-24", [
        ("HP-ZEEP-5L", "Hand soap refill 5 l", 40, "EA", "8.40", "2026-12-23"),
        ("HP-HDROL-6", "Hand towel roll 2-ply, box of 6 rolls", 60, "BOX", "21.00", "2026-12-23"),
        ("HP-ZAK-120", "Refuse sack 120 l, roll of 25", 100, "RL", "3.20", "2026-12-23"),
    ])
    wk52tue = kw(2026, 52, TUE)
    wk1 = kw(2027, 1)
    assert (wk52tue, wk1, kw(2026, 53)) == ("2026-12-22", "2027-01-08", "2027-01-01")
    body = """Goedemiddag Sanne,

Dank voor je bestelling CT-2026-04507.

Regel 1 (handzeep) en regel 3 (afvalzakken) leveren we op dinsdag in week 52, tegen de prijzen van je order.

Regel 2 (handdoekrollen): die komen bij ons pas in week 53 binnen. Levering op de vrijdag van week 53 gaat niet, dat is Nieuwjaarsdag, dus het wordt week 1. Prijs blijft € 21,00 per doos.

Fijne dag,
Ruud Bakker
Binnendienst
Hygiëne Partners B.V.
Edisonweg 14, 3404 LA IJsselstein
T 030 687 44 71 | KvK 30144712"""
    hdr = c.outlook_header("nl", f"{buy['name']} <{buy['email']}>", ("2026-11-24", "10:05"),
                           "verkoop@hygienepartners.example", c.request_subject(p))
    eml = b.outlook(frm=addr("Ruud Bakker", "r.bakker@hygienepartners.example"), to=addr(buy["name"], buy["email"]),
                    subject="RE: " + c.request_subject(p), date=rfc_date(2026, 11, 26, 13, 21, 40, "+0100"),
                    msgid="<AS8P189MB0447B8C9D0E1F2A3B4C5D6E7F8A9B@AS8P189MB0447.EURP189.PROD.OUTLOOK.COM>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c075", lang="nl-NL")
    exp = expected("confirmation", f"2026 has an ISO week 53 (its Friday is 2027-01-01): 'dinsdag week 52' = {wk52tue}; towels 'week 1' = Friday {wk1} of 2027, not 1 January.",
                   [conf(p, {1: C(p, 1, date=wk52tue), 2: C(p, 2, date=wk1), 3: C(p, 3, date=wk52tue)})])
    return mk(75, "hygiene-supplies-week-53-trap", "Dutch reply around the 53-week year 2026: 'dinsdag week 52', a Friday of week 53 that is New Year's Day, and 'week 1' of 2027.", [p], eml, exp)


# --------------------------------------------------------------------------- 076
@case
def c076():
    sup = c.supplier("AMBJADRAN", "Ambalaža Jadran d.o.o.", "prodaja@ambalaza-jadran.example", "hr-HR")
    buy = c.buyer("Ana Horvat", "ana.horvat@belleform.example")
    p = c.po("BF-PO-2026-0421", sup, buy, "EUR", "2026-11-24", [
        ("AJ-TUBA-30-PE", "PE tube 30 ml, D25, flip-top, 4-colour offset", 15000, "EA", "0.1420", "2027-01-29"),
        ("AJ-TUBA-100-PE", "PE tube 100 ml, D35, screw cap, silk-screen", 8000, "EA", "0.2050", "2027-02-05"),
    ])
    attrib = f"{buy['name']} je 24.11.2026. u 14:02 napisao/la:"
    answer = """Poštovana gospođo Horvat,

potvrđujemo narudžbu:

- tuba 30 ml PE, D25: 15.000 kom, cijena 142,00 EUR/1000 kom, isporuka 29.01.2027.
- tuba 100 ml PE, D35: 8.000 kom, 214,00 EUR/1000 kom (nova cijena granulata od 01.12.), isporuka 12.02.2027.

Lijep pozdrav,
Ivana Babić
Ambalaža Jadran d.o.o.
Put Piketa 44, 21000 Split
tel. +385 21 447 120
OIB 44712004471
"""
    text = attrib + "\n" + mime.quote(c.request_text(p).rstrip("\n")) + "\n\n" + answer
    eml = b.plain(frm=addr("Ivana Babić", "ivana.babic@ambalaza-jadran.example", "windows-1250", "Q"),
                  to=addr(buy["name"], buy["email"]), subject="Re: " + c.request_subject(p),
                  date=rfc_date(2026, 11, 27, 8, 41, 26, "+0100"),
                  msgid="<9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d@ambalaza-jadran.example>",
                  text=text, charset="windows-1250", cte="quoted-printable", seed="c076",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  user_agent="Mozilla Thunderbird 115.16.0")
    exp = expected("confirmation", "Croatian bottom-posted reply (answer below the quote); prices per 1000 (142,00 = PO; 214,00 -> 0.214) and 100 ml tubes on 12.02.2027. The price-list date 01.12. is noise.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price=per("214.00", 1000), date="2027-02-12")})])
    return mk(76, "cosmetic-tubes-croatian-bottom-posted", "Croatian bottom-posted answer under the full quote, prices per 1000 pieces.", [p], eml, exp)


# --------------------------------------------------------------------------- 077
@case
def c077():
    sup = c.supplier("SEIKOBOLT", "Seiko Bolt Co., Ltd.", "sales@seikobolt.example", "ja-JP")
    buy = c.buyer("Kenji Watanabe", "kenji.watanabe@aviontek.example")
    p = c.po("AV-PO-77203", sup, buy, "USD", "2026-11-24", [
        ("SB-4762-M6x20-129", "Socket head cap screw ISO 4762 M6x20, 12.9, black oxide", 10000, "EA", "0.0520", "2026-12-18"),
        ("SB-7380-M5x12-A2", "Button head screw ISO 7380 M5x12, A2-70", 6000, "EA", "0.0410", "2026-12-18"),
        ("SB-7089-M6-A2", "Plain washer ISO 7089 M6, A2", 20000, "EA", "0.0065", "2026-12-18"),
    ])
    d3 = next_md("2026-11-26", 1, 15)
    assert d3 == "2027-01-15"
    text = """渡辺様

いつも大変お世話になっております。
精工ボルト株式会社 営業部の山本でございます。

ご注文書 AV-PO-77203 につきまして、下記の通りお請けいたします。

1. 六角穴付ボルト M6×20 強度区分12.9 黒染め
   数量：10,000本　単価：千本当たり US$52.00　納期：12月18日
2. ボタンボルト M5×12 A2-70
   数量：6,000本　単価：千本当たり US$43.50（材料費高騰のため改定させていただきます）　納期：12月18日
3. 平座金 M6 A2
   数量：20,000枚　単価：千枚当たり US$6.50　納期：1月15日（在庫不足のため）

ミルシート（材料証明書）は出荷時に添付いたします。
何卒よろしくお願い申し上げます。

--------------------------------------
精工ボルト株式会社 営業部
山本 美咲
〒577-0047 大阪府東大阪市西堤本通東 2-4-71
TEL 06-6781-4471 / FAX 06-6781-4470
--------------------------------------
"""
    quoted = ("\n-----Original Message-----\nFrom: " + f"{buy['name']} <{buy['email']}>\n"
              + "Sent: Tuesday, November 24, 2026 4:40 PM\n" + f"To: {sup['email']}\n" + f"Subject: {c.request_subject(p)}\n\n"
              + c.request_text(p))
    eml = b.plain(frm=addr("山本 美咲", "m.yamamoto@seikobolt.example", "shift_jis", "B"), to=addr(buy["name"], buy["email"]),
                  subject=ew("RE: " + c.request_subject(p) + "（ご注文請書）", "shift_jis"),
                  date=rfc_date(2026, 11, 26, 10, 33, 2, "+0900"),
                  msgid="<OS3P286MB0447C9D0E1F2A3B4C5D6E7F8A9B0C@OS3P286MB0447.JPNP286.PROD.OUTLOOK.COM>",
                  text=text + quoted, charset="shift_jis", cte="base64", seed="c077",
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")])
    exp = expected("confirmation", "Japanese (Shift_JIS, base64) with prices per thousand (52.00 -> 0.052 unchanged; 43.50 -> 0.0435; 6.50 -> 0.0065 unchanged) and dates without year: 12月18日 = 2026-12-18, 1月15日 = 2027-01-15. M6×20, 12.9, A2-70 are noise.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price=per("43.50", 1000)), 3: C(p, 3, date=d3)})])
    return mk(77, "socket-screws-japanese-shiftjis", "Japanese Shift_JIS order acceptance with prices per thousand and month/day dates that roll into next year.", [p], eml, exp)


# --------------------------------------------------------------------------- 078
@case
def c078():
    sup = c.supplier("ALBIONFP", "Albion Fire Protection Ltd", "sales@albionfire.example", "en-GB")
    buy = c.buyer("Lucía Martín", "lucia.martin@safeguard-fire.example")
    p = c.po("SFS-26-1203", sup, buy, "EUR", "2026-11-23", [
        ("AFP-EXT-FOAM6", "Foam extinguisher 6 l, EN 3-7, 21A 144B", 50, "EA", "32.00", "2026-12-10"),
        ("AFP-HR-25-30", "Hose reel 25 mm x 30 m, swinging, EN 671-1", 10, "EA", "210.00", "2026-12-10"),
        ("AFP-FB-1212", "Fire blanket 1.2 x 1.2 m, EN 1869", 100, "EA", "8.20", "2026-12-10"),
    ])
    wd("2026-12-07", MON)
    wd("2026-12-09", WED)
    terms = docs.pdf_lines(
        [("ALBION FIRE PROTECTION LTD - CONDITIONS OF SALE", True), "Edition 2026-03. Registered in England No. 04471201.", "",
         "1. Quotations are valid for 30 days and may be withdrawn at any time before acceptance.",
         "2. Delivery dates are estimates; time of delivery shall not be of the essence.",
         "3. Payment is due 30 days from date of invoice. Interest accrues at 8% above base rate.",
         "4. Risk passes on delivery; title passes on payment in full.",
         "5. Claims for shortage or damage must be notified within 3 days of delivery.",
         "6. Extinguishers carry a 5-year warranty from date of manufacture (BS EN 3-7:2004+A1:2007).",
         "7. These conditions are governed by the laws of England and Wales."],
        title="Albion Conditions of Sale 2026-03", producer="Microsoft Word", creation="D:20260302120000+00'00'")
    body = """Dear Lucía,

Thank you for order SFS-26-1203, which we confirm as follows:

Foam extinguishers 6 l (21A 144B): 50 at EUR 32.00
Hose reels 25 mm x 30 m: 10 at EUR 218.50 - the reel drums went up again in November, I'm afraid
Fire blankets 1.2 x 1.2 m: 100 at EUR 8.20

Everything leaves our Telford warehouse on Monday 7 December and will be delivered to Madrid by our carrier on Wednesday 9 December.

Our conditions of sale are attached for your records.

Kind regards,

Hannah Whitfield
Export Sales Coordinator
Albion Fire Protection Ltd
Halesfield 21, Telford TF7 4NX, United Kingdom
Tel +44 1952 584 471
Albion Fire Protection Ltd is registered in England and Wales under company number 04471201. This email is confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it. Albion accepts no liability for viruses."""
    hdr = c.outlook_header("en-GB", f"{buy['name']} <{buy['email']}>", ("2026-11-23", "12:15"),
                           "sales@albionfire.example", c.request_subject(p))
    eml = b.outlook(frm=addr("Hannah Whitfield", "h.whitfield@albionfire.example"), to=addr(buy["name"], buy["email"], "utf-8", "Q"),
                    subject="RE: " + c.request_subject(p), date=rfc_date(2026, 11, 26, 16, 2, 11, "+0000"),
                    msgid="<CWLP123MB0447D0E1F2A3B4C5D6E7F8A9B0C1D@CWLP123MB0447.GBRP123.PROD.OUTLOOK.COM>",
                    body=body, quoted_hdr=hdr, quoted_text=c.request_text(p), quoted_html=c.request_html(p),
                    in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c078", lang="en-GB",
                    attachments=[("Albion_Conditions_of_Sale_2026-03.pdf", "application/pdf", terms)])
    exp = expected("confirmation", "British confirmation in the mail body with an unrelated conditions-of-sale PDF attached; delivery Wed 9 December wins over despatch Mon 7 December for all lines; hose reels 218.50. 21A 144B, EN 3-7 and the T&C dates are noise.",
                   [conf(p, {1: C(p, 1, date="2026-12-09"), 2: C(p, 2, price="218.50", date="2026-12-09"),
                             3: C(p, 3, date="2026-12-09")})])
    return mk(78, "fire-safety-uk-with-terms-pdf", "British confirmation in the body with a conditions-of-sale PDF beside it, despatch vs delivery day.", [p], eml, exp)


# --------------------------------------------------------------------------- 079
@case
def c079():
    sup = c.supplier("ILBRIANZA", "Insegne Luminose Brianza S.r.l.", "commerciale@insegnebrianza.example", "it-IT")
    buy = c.buyer("Luca Moretti", "luca.moretti@alpsign.example")
    p = c.po("AS-26-0731", sup, buy, "EUR", "2026-11-25", [
        ("ILB-LB-100x70", "LED light box 100x70 cm, double-sided", 4, "EA", "640.00", "2026-12-11"),
        ("ILB-LET-3D-40", "3D acrylic letters, h 40 cm, back-lit", 12, "EA", "95.00", "2026-12-11"),
        ("ILB-TOTEM-200", "Aluminium totem 200x50 cm", 2, "EA", "890.00", "2026-12-18"),
    ])
    s50, s51 = kw(2026, 50), kw(2026, 51)
    assert (s50, s51) == ("2026-12-11", "2026-12-18")
    body = """Ciao Luca,

ti confermo l'ordine AS-26-0731:

– cassonetti luminosi 100x70 bifacciali: 4 pz a 640,00 €, consegna settimana 50
– lettere 3D in plexiglass h 40 cm: 12 pz, prezzo 98,00 € cad. per l'aumento del plexiglass, consegna settimana 50
– totem in alluminio 200x50: 2 pz a 890,00 €, consegna settimana 51

Per le lettere ci serve il file vettoriale definitivo entro lunedì, altrimenti slittiamo.

Un saluto,
Davide Colombo
Insegne Luminose Brianza S.r.l.
Via Valassina 44, 20851 Lissone (MB)
Tel. 039 244 7120 – P.IVA 04471200963"""
    attrib = f"Il giorno mer 25 nov 2026 alle ore 10:18 {buy['name']} <{buy['email']}> ha scritto:"
    eml = b.gmail(frm=addr("Davide Colombo", "davide.colombo@insegnebrianza.example"), to=addr(buy["name"], buy["email"]),
                  subject="Re: " + c.request_subject(p), date=rfc_date(2026, 11, 26, 18, 7, 45, "+0100"),
                  msgid="<CAE1uJ6yR3wP8nK2vL9mX5jH0dF7sA4gE1cZ6uN3oW8kT5iY2rP@mail.gmail.com>",
                  body=body, attrib=attrib, quoted_text=c.request_text(p),
                  in_reply_to=p["request_message_id"], references=p["request_message_id"], seed="c079")
    exp = expected("confirmation", "Italian 'settimana 50/51' = Fridays 2026-12-11 / 2026-12-18, which equal the requested dates; only the letters' price changes (98,00). The file deadline 'entro lunedì' is not a delivery date.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="98.00"), 3: A(p, 3)})])
    return mk(79, "signage-italian-settimana", "Italian reply in calendar weeks that resolve exactly to the requested dates, with one price change and an artwork deadline.", [p], eml, exp)


# --------------------------------------------------------------------------- 080
@case
def c080():
    sup = c.supplier("GLCYCLE", "Great Lakes Cycle Supply Inc.", "sales@greatlakescycle.example", "en-US")
    buy = c.buyer("Megan Ortiz", "megan.ortiz@trailhead-cycles.example")
    pa = c.po("TH-20430", sup, buy, "USD", "2026-11-13", [
        ("GLC-TAPE-CORK-BK", "Handlebar tape, cork, black", 100, "EA", "7.80", "2026-12-04"),
        ("GLC-PLUG-PR", "Bar end plugs, pair", 100, "PR", "1.20", "2026-12-04"),
    ])
    pb = c.po("TH-20447", sup, buy, "USD", "2026-11-17", [
        ("GLC-SEAL-1L", "Tubeless sealant, 1 L bottle", 24, "EA", "18.50", "2026-12-11"),
        ("GLC-VALVE-44-PR", "Tubeless valve 44 mm, pair", 60, "PR", "6.90", "2026-12-11"),
    ])
    pc = c.po("TH-20452", sup, buy, "USD", "2026-11-18", [
        ("GLC-LUBE-WET-4", "Chain lube, wet, 4 oz", 48, "EA", "5.60", "2026-12-11"),
    ])
    wd("2026-12-02", WED)
    wd("2026-12-09", WED)
    body = """Morning Megan,

Caught up on your open POs this morning:

TH-20430 - all good. Tape and plugs, quantities and pricing as on the PO, shipping 12/2.

TH-20447 - sealant 24 @ $18.50, ships 12/9. Valves: only 40 pair left on the shelf and the 44 mm is discontinued by the maker, so I'm shipping the 40 on 12/9 and canceling the balance.

UPS Ground from Grand Rapids, usually 4 business days to Portland.

Best,
Dave Kowalski
Great Lakes Cycle Supply Inc.
4471 Roger B Chaffee Memorial Dr SE, Grand Rapids, MI 49548
616-555-0119"""
    attrib = c.gmail_attrib_en("2026-11-17", "13:30", buy["name"], buy["email"])
    eml = b.gmail(frm=addr("Dave Kowalski", "dave@greatlakescycle.example"), to=addr(buy["name"], buy["email"]),
                  subject="Re: " + c.request_subject(pb), date=rfc_date(2026, 11, 27, 8, 15, 30, "-0500"),
                  msgid="<CAQ7sN2vY8xP1tK4bL6mW3jH9dF5sA2gE7cZ0uN4oW1kT8iY3rQ@mail.gmail.com>",
                  body=body, attrib=attrib, quoted_text=c.request_text(pb),
                  in_reply_to=pb["request_message_id"], references=pb["request_message_id"], seed="c080")
    exp = expected("confirmation", "US reply answering two of three open POs (TH-20452 is not mentioned at all, so it is left out). Only ship dates are given (transit note ignored): TH-20430 ships 12/2, TH-20447 ships 12/9 with valves cut to 40 pairs.",
                   [conf(pa, {1: C(pa, 1, date="2026-12-02"), 2: C(pa, 2, date="2026-12-02")}),
                    conf(pb, {1: C(pb, 1, date="2026-12-09"), 2: C(pb, 2, q=40, date="2026-12-09")})])
    return mk(80, "bike-accessories-two-of-three-pos", "US reply answering two of three open POs in one mail, threaded on one of them, with ship dates only.", [pa, pb, pc], eml, exp)
