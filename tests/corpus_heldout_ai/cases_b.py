"""Chunk B: cases 16-30, a mix of automatic mail, bounces, open questions and
multi-PO / East-Asian confirmations."""
from __future__ import annotations

from ailib import mime as M
from ailib.bounce import original_request, original_headers, report
from ailib.clients import (outlook_msg, gmail_msg, apple_msg, tb_msg, plain_msg, alt_msg, html_only_msg,
                           outlook_block, our_addr, mid_outlook, mid_gmail, mid_uuid, mid_plain, received)
from ailib.core import (case, po, supplier, rid, A, C, R, U, conf, expect, request_text, req_subject,
                        cw_fri, wd, per, times, pct, fmt_table, next_on_or_after, OURDOM)
from ailib.pdf import simple_doc


# ------------------------------------------------------------------ 16
@case("petfood-ooo-says-confirmed", "auto_reply/en-US",
      "Out-of-office text says the message 'has been received and delivery ... is confirmed' and names a return date, but commits to nothing.")
def c_ooo_confirmed():
    s = supplier("PRAIRIEPET", "Prairie Pet Nutrition LLC", "orders@prairiepet.example", "en-US")
    p = po("TPS-26-04810", s, "dana", "2026-11-16", [
        ("PPN-CAT-CHK-85", "Cat food pate chicken, 85 g can, case of 24", 120, "CS", "14.90", "2026-12-09"),
        ("PPN-DOG-BEEF-400", "Dog food chunks beef, 400 g can, case of 24", 80, "CS", "22.60", "2026-12-09"),
    ], currency="USD")
    wd("2026-11-24", 1)
    body = """Thank you for your email. Your message has been received and its delivery to my mailbox is confirmed.

I am out of the office from Monday, November 16 through Monday, November 23, 2026 with limited access to email. I will respond upon my return on Tuesday, November 24.

For order confirmations, order status and shipping questions please contact our Customer Service team at customerservice@prairiepet.example or call (402) 555-0190 (Mon-Fri, 7:30 AM - 5 PM CST).

Best regards,
Brenda Kowalski
Key Account Manager | Prairie Pet Nutrition LLC | Grand Island, NE"""
    html = M.simple_html('<div style="font-family:Calibri,sans-serif;font-size:11pt">'
                         + M.html_lines(body, "<p style='margin:0'>", "</p>") + "</div>")
    date = M.mdate(2026, 11, 16, 14, 2, 11, "-0600")
    eml = alt_msg(seed="c16", frm=M.addr("Brenda Kowalski", "b.kowalski@prairiepet.example"), to=our_addr(p),
                  subject="Automatic reply: " + req_subject(p), date=date, msgid=mid_outlook("c16", "namprd04"),
                  irt=rid(p), refs=rid(p), plain=body, html=html, style="outlook",
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "b.kowalski@prairiepet.example")])
    exp = expect("auto_reply", "Outlook automatic reply; 'delivery ... is confirmed' refers to the e-mail, not the order; Nov 24 is the return date.")
    return [p], eml, exp


# ------------------------------------------------------------------ 17
@case("aircraft-consumables-ticket-autoack", "auto_reply/en-GB",
      "Helpdesk auto-acknowledgment with ticket number, SLA in working days and an AOG phone line; spec numbers like MS20995C32 look like data.")
def c_ticket_ack():
    s = supplier("TVAS", "Thames Valley Aviation Supplies Ltd", "sales@tvas-aero.example", "en-GB")
    p = po("TPS-26-04756", s, "sam", "2026-11-11", [
        ("MS20995C32", "Safety wire 0.032 in, corrosion resistant, 1 lb spool", 10, "SPL", "38.50", "2026-12-02"),
        ("MS24665-132", "Cotter pin 1/16 x 1/2 in, pack of 100", 20, "PAK", "6.80", "2026-12-02"),
        ("PR-1422-B2-QT", "Fuel tank sealant PR-1422 B2, 1 qt kit", 6, "KIT", "112.00", "2026-12-02"),
    ], currency="GBP")
    body = """Dear Sam Okafor,

Thank you for contacting Thames Valley Aviation Supplies.

This is an automated response to confirm that we have received your request. A member of our Sales team will respond within 2 working days.

  Ticket reference:  #204877
  Subject:           Purchase order TPS-26-04756 - please confirm
  Priority:          Normal
  Status:            Open

For AOG requirements please call our 24/7 desk on +44 118 496 0555 and quote your ticket reference.

Please do not change the subject line when replying, so that your message is added to the same ticket.

Kind regards,
TVAS Customer Service
EASA Form 1 / FAA 8130-3 certified parts | Unit 7, Arkwright Road, Reading RG2 0LU"""
    date = M.mdate(2026, 11, 11, 9, 31, 4, "+0000")
    eml = plain_msg(seed="c17", frm=M.addr("TVAS Customer Service", "help@tvas-aero.example"), to=our_addr(p),
                    subject="[TVAS-#204877] " + req_subject(p) + " - we've received your request", date=date,
                    msgid=mid_plain("c17", "tvas-aero.freshdesk.example", "ticket.204877."), irt=rid(p), refs=rid(p),
                    body_text=body, cs="utf-8", cte="7bit",
                    extra=[("Reply-To", "help@tvas-aero.example"), ("Auto-Submitted", "auto-generated"),
                           ("Precedence", "bulk"), ("X-Freshdesk-Ticket-Id", "204877")])
    exp = expect("auto_reply", "Ticket-system receipt only; 'confirm that we have received your request' is about the mail.")
    return [p], eml, exp


# ------------------------------------------------------------------ 18
@case("forestry-postfix-user-unknown", "bounce/pl-PL",
      "Postfix DSN (multipart/report) returning our own request: the embedded original still lists our items, quantities and requested dates.")
def c_bounce_postfix():
    s = supplier("LASTECH", "Las-Tech Sp. z o.o.", "zamowienia@las-tech.example", "pl-PL")
    p = po("TPS-26-04691", s, "mira", "2026-11-09", [
        ("LT-PILARKA-MS261", "Chainsaw MS 261 C-M, bar 40 cm", 8, "EA", "719.00", "2026-12-04"),
        ("LT-KLIN-ALU-25", "Felling wedge aluminium 25 cm", 30, "EA", "17.40", "2026-12-04"),
        ("LT-SPODNIE-KL1", "Chainsaw trousers class 1, size 52", 12, "EA", "96.00", "2026-12-04"),
    ])
    od = M.mdate(2026, 11, 9, 10, 14, 2, "+0100")
    human = """This is the mail system at host mx1.tessera-procure.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<zamowienia@las-tech.example>: host mx.las-tech.example[192.0.2.41] said: 550
    5.1.1 <zamowienia@las-tech.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    status = M.delivery_status(
        [("Reporting-MTA", "dns; mx1.tessera-procure.example"), ("X-Postfix-Queue-ID", "4Xk2Lm0qYvz9sWx"),
         ("X-Postfix-Sender", f"rfc822; {p['buyer']['email']}"), ("Arrival-Date", od)],
        [[("Final-Recipient", "rfc822; zamowienia@las-tech.example"),
          ("Original-Recipient", "rfc822;zamowienia@las-tech.example"), ("Action", "failed"),
          ("Status", "5.1.1"), ("Remote-MTA", "dns; mx.las-tech.example"),
          ("Diagnostic-Code", "smtp; 550 5.1.1 <zamowienia@las-tech.example>: Recipient\n    address rejected: User unknown in virtual mailbox table")]])
    root = report("4Xk2Lm0qYvz9sWx.1762679643/mx1.tessera-procure.example",
                  M.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                         human.encode()),
                  Part_desc(status, "Delivery report"),
                  Part_desc(M.rfc822(original_request(p, od)), "Undelivered Message"))
    date = M.mdate(2026, 11, 9, 10, 14, 5, "+0100")
    hdr = [("Return-Path", "<>"), ("From", "Mail Delivery System <MAILER-DAEMON@mx1.tessera-procure.example>"),
           ("To", p["buyer"]["email"]), ("Subject", "Undelivered Mail Returned to Sender"), ("Date", date),
           ("Message-ID", "<20261109091405.4Xk2Lm0qYvz9sWx@mx1.tessera-procure.example>"),
           ("Auto-Submitted", "auto-replied")]
    eml = M.build(hdr, root)
    exp = expect("bounce", "Postfix DSN, 5.1.1 user unknown; the attached original is our own request.")
    return [p], eml, exp


def Part_desc(part, desc):
    part.headers.insert(0, ("Content-Description", desc))
    return part


# ------------------------------------------------------------------ 19
@case("glasswool-revert-by-friday", "needs_review/de-DE",
      "Supplier promises a binding confirmation 'bis Freitag (20.11.)' and re-states offer prices; the Friday is a reply deadline, not a delivery date.")
def c_revert_friday():
    s = supplier("KESSLER", "Dämmstoffhandel Kessler KG", "auftrag@kessler-daemmstoffe.example", "de-DE")
    p = po("TPS-26-04781", s, "jonas", "2026-11-12", [
        ("GW-035-140-1200", "Glaswolle-Klemmfilz WLS 035, 140 mm, Rolle 4,8 m2", 60, "ROL", "26.40", "2026-12-03"),
        ("GW-032-100-1200", "Glaswolle-Klemmfilz WLS 032, 100 mm, Rolle 5,4 m2", 40, "ROL", "31.10", "2026-12-03"),
        ("DB-SD-5-40", "Dampfbremsbahn sd 5 m, Rolle 1,5 x 40 m", 10, "ROL", "48.00", "2026-12-03"),
    ])
    wd("2026-11-20", 4)
    reply = """Sehr geehrter Herr Weller,

vielen Dank für Ihre Bestellung TPS-26-04781.

Die Klemmfilz-Rollen WLS 035 und 032 sind derzeit knapp - unser Werk in Ladenburg hat die Zuteilung für Dezember noch nicht freigegeben. Ich melde mich spätestens bis Freitag (20.11.) mit einer verbindlichen Bestätigung für alle drei Positionen.

Die Preise aus unserem Angebot vom 02.11. gelten selbstverständlich weiter.

Freundliche Grüße

Sabine Kessler
Dämmstoffhandel Kessler KG
Gewerbestraße 31 | 68526 Ladenburg
Tel. 06203 95 71-0"""
    date = M.mdate(2026, 11, 17, 11, 48, 0, "+0100")
    eml = outlook_msg(seed="c19", frm=M.addr("Sabine Kessler", "s.kessler@kessler-daemmstoffe.example"), to=our_addr(p),
                      subject="AW: " + req_subject(p), date=date, msgid=mid_outlook("c19"), irt=rid(p), refs=rid(p),
                      reply=reply, hdr_block=outlook_block(p, "de", "16:31"), quoted=request_text(p),
                      cs="iso-8859-1", lang="DE", clang="de-DE")
    exp = expect("needs_review", "Will revert by Friday 20.11.; no line is committed (offer prices mentioned, no quantities or dates).")
    return [p], eml, exp


# ------------------------------------------------------------------ 20
@case("fabrics-conditional-minimum-invoice", "needs_review/fr-FR",
      "Acceptance is conditional on a minimum invoice value per delivery; the week-50 delivery is only promised once we agree.")
def c_fabric_conditional():
    s = supplier("VAUCLAIR", "Textiles Vauclair SAS", "adv@textiles-vauclair.example", "fr-FR")
    p = po("TPS-26-04726", s, "lena", "2026-11-10", [
        ("TV-OCC-NAT-280", "Toile occultante M1, naturel, laize 280 cm, rouleau 50 m", 250, "M", "9.40", "2026-12-11"),
        ("TV-VEL-BORD-140", "Velours non feu M1 bordeaux, laize 140 cm", 120, "M", "14.75", "2026-12-11"),
    ])
    reply = """Bonjour Madame Brandt,

Merci pour votre commande TPS-26-04726.

Nous pouvons la confirmer à condition que vous acceptiez un minimum de facturation de 1 500 € HT par livraison ; à défaut, une participation aux frais de port de 85 € HT sera appliquée.
Par ailleurs, la toile occultante est livrée en rouleaux entiers de 50 m : il faudrait donc passer à 300 m.

Merci de nous donner votre accord sur ces deux points ; nous vous enverrons ensuite l'accusé de réception de commande avec une livraison en semaine 50.

Bien cordialement,

Claire Fontanel
Administration des ventes
Textiles Vauclair SAS - 42 rue de la Soie - 69004 Lyon
Tél. 04 78 29 61 30"""
    attr = "Le mar. 10 nov. 2026 à 14:12, Lena Brandt <lena.brandt@tessera-procure.example> a écrit :"
    date = M.mdate(2026, 11, 12, 15, 33, 27, "+0100")
    eml = tb_msg(seed="c20", frm=M.addr("Claire Fontanel", "adv@textiles-vauclair.example"), to=our_addr(p),
                 subject="Re: " + req_subject(p), date=date, msgid=mid_uuid("c20", "textiles-vauclair.example"),
                 irt=rid(p), refs=rid(p), reply=reply, attr=attr, quoted=request_text(p), lang="fr", cte="quoted-printable")
    exp = expect("needs_review", "Conditional: needs our agreement on minimum invoice and roll rounding before the AR de commande; week 50 is not yet committed.")
    return [p], eml, exp


# ------------------------------------------------------------------ 21
@case("music-distributor-newsletter", "unrelated/en-GB",
      "HTML-only marketing newsletter from a supplier with an open PO: order-by dates, string gauges and percentages that are not about our order.")
def c_newsletter():
    s = supplier("NORTHBRIDGE", "Northbridge Music Distribution Ltd", "trade@northbridge-music.example", "en-GB")
    p = po("TPS-26-04795", s, "dana", "2026-11-12", [
        ("NB-DRUMSTK-5A-12", "Drumsticks 5A hickory, wood tip, box of 12 pairs", 10, "BOX", "54.00", "2026-12-07"),
        ("NB-HEAD-14-CTD", "Drum head 14 in coated, single ply", 24, "EA", "9.60", "2026-12-07"),
    ], currency="GBP")
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Northbridge Trade News - Winter 2026</title></head>
<body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif">
<tr><td style="padding:24px;background:#1d2b4f;color:#fff"><h1 style="margin:0">Northbridge Trade News</h1><p style="margin:4px 0 0">Winter 2026 | Issue 47</p></td></tr>
<tr><td style="padding:24px">
<h2>Christmas cut-off dates</h2>
<p>Order by <b>Friday 11 December</b> for mainland UK delivery before Christmas. Orders placed after 18 December will ship from 4 January 2027.</p>
<h2>New: Pro-Series electric sets 10-46 and 11-49</h2>
<p>Introductory trade price &pound;3.95 per set (boxes of 12), valid until 31/01/2027. Minimum order 5 boxes.</p>
<h2>Drumheads: 10% off coated 12, 13 and 14 inch</h2>
<p>Use code <b>WINTER10</b> at checkout on trade.northbridge-music.example. Offer ends 30 November 2026.</p>
<p style="font-size:12px;color:#777">Prices exclude VAT. E&amp;OE.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999">You are receiving this e-mail because you have a trade account with Northbridge Music Distribution Ltd, 3 Riverside Way, Bristol BS1 6UB.<br>
<a href="https://trade.northbridge-music.example/unsubscribe?u=88412">Unsubscribe</a> | <a href="https://trade.northbridge-music.example/prefs">Manage preferences</a></td></tr>
</table></td></tr></table>
</body></html>"""
    date = M.mdate(2026, 11, 19, 7, 0, 12, "+0000")
    eml = html_only_msg(seed="c21", frm=M.addr("Northbridge Music Distribution", "news@northbridge-music.example"),
                        to=p["buyer"]["email"], subject="Winter 2026: Christmas cut-off dates, new Pro-Series sets & 10% off drumheads",
                        date=date, msgid=mid_plain("c21", "mail.northbridge-music.example", "nl47."), html=html,
                        extra=[("List-Unsubscribe", "<https://trade.northbridge-music.example/unsubscribe?u=88412>"),
                               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                               ("X-Campaign", "nb-trade-47")])
    exp = expect("unrelated", "Newsletter; cut-off dates, offer validity and prices are marketing, not a reply to the PO.")
    return [p], eml, exp


# ------------------------------------------------------------------ 22
@case("dairy-two-pos-one-mail", "confirmation/fr-BE",
      "Two POs answered in one mail, referred to by their last digits only; a butter price change, a minimum-quantity rounding and a different day for yoghurt.")
def c_dairy_two():
    s = supplier("ARDENNES", "Laiterie des Ardennes SA", "commandes@laiterie-ardennes.example", "fr-BE")
    pa = po("TPS-26-04801", s, "priya", "2026-11-13", [
        ("LAIT-DEMI-1L-12", "Lait demi-écrémé UHT 1 L, carton de 12", 60, "CTN", "10.20", "2026-11-30"),
        ("BEURRE-250", "Beurre doux 250 g", 200, "EA", "2.35", "2026-11-30"),
    ])
    pb = po("TPS-26-04802", s, "priya", "2026-11-13", [
        ("YAO-NAT-125-24", "Yaourt nature 125 g, carton de 24", 40, "CTN", "6.90", "2026-12-02"),
        ("CREME-40-5L", "Crème fraîche épaisse 40 %, seau 5 L", 12, "EA", "21.50", "2026-12-02"),
        ("FROMBL-0-5KG", "Fromage blanc 0 %, seau 5 kg", 8, "EA", "14.80", "2026-12-02"),
    ])
    wd("2026-11-30", 0)
    wd("2026-12-02", 2)
    wd("2026-12-03", 3)
    reply = """Bonjour Madame Nair,

Voici nos confirmations pour vos deux commandes :

Commande …801
- lait demi-écrémé : 60 cartons OK, livraison lundi 30/11 ;
- beurre 250 g : 200 pièces, mais au prix de 2,48 € (adaptation au prix du lait au 1/11), même livraison.

Commande …802
- crème fraîche 40 % : OK, livrée le mercredi 2/12 ;
- fromage blanc : minimum 10 seaux par référence, nous vous en livrons donc 10, également le 2/12 ;
- yaourts nature : 40 cartons, mais livrés le jeudi 3/12 (notre tournée Luxembourg passe le jeudi).

Prix inchangés sauf le beurre.

Bien à vous,

Nathalie Gérard
Service commandes - Laiterie des Ardennes SA
Rue de la Laiterie 5 - 6800 Libramont - BE 0402.118.556
Tél. 061 22 48 90"""
    hb = [("De :", "Priya Nair <priya.nair@tessera-procure.example>"),
          ("Envoyé :", "vendredi 13 novembre 2026 10:02"),
          ("À :", "commandes@laiterie-ardennes.example"),
          ("Objet :", "Purchase orders TPS-26-04801 and TPS-26-04802 - please confirm")]
    tab = lambda q: fmt_table([["Line", "Item", "Description", "Qty", "UoM", "Unit price", "Need-by"]] +
                              [[l["line"], l["item"], l["description"], l["quantity"], l["uom"], l["unit_price"],
                                l["requested_date"]] for l in q["lines"]], align="lllrlrl")
    quoted = ("Hello,\n\nplease find attached our purchase orders TPS-26-04801 and TPS-26-04802 of 13 Nov 2026.\n"
              "Kindly confirm quantities, prices (EUR, net) and delivery dates by return.\n\n"
              f"TPS-26-04801\n{tab(pa)}\n\nTPS-26-04802\n{tab(pb)}\n\n"
              "Best regards\nPriya Nair\nPurchasing | Tessera Procurement Services\n")
    date = M.mdate(2026, 11, 16, 9, 40, 55, "+0100")
    eml = outlook_msg(seed="c22", frm=M.addr("Nathalie Gérard", "commandes@laiterie-ardennes.example"), to=our_addr(pa),
                      subject="RE: Purchase orders TPS-26-04801 and TPS-26-04802 - please confirm", date=date,
                      msgid=mid_outlook("c22"), irt=rid(pa), refs=f"{rid(pa)} {rid(pb)}", reply=reply,
                      hdr_block=hb, quoted=quoted, lang="FR-BE", clang="fr-BE")
    exp = expect("confirmation",
                 "Two POs in one answer: 801 milk as ordered, butter 2,48; 802 cream as ordered, fromage blanc 10 (minimum), yoghurt Thu 3/12.",
                 conf(pa, {1: A(pa, 1), 2: C(pa, 2, price="2.48")}),
                 conf(pb, {1: C(pb, 1, date="2026-12-03"), 2: A(pb, 2), 3: C(pb, 3, quantity=10)}))
    return [pa, pb], eml, exp


# ------------------------------------------------------------------ 23
@case("playground-one-of-three-pos", "confirmation/de-CH",
      "Three open POs with the same supplier; the reply answers only the one for safety tiles and says the other two are 'in Bearbeitung'.")
def c_playground_one_of_three():
    s = supplier("ALPENSPIEL", "Alpenspiel AG", "verkauf@alpenspiel.example", "de-CH")
    p1 = po("TPS-26-04612", s, "mira", "2026-11-05", [
        ("AS-SCHAUKEL-2S", "Doppelschaukel Robinie, 2 Sitze, Höhe 2,5 m", 2, "EA", "2380.00", "2026-12-18"),
        ("AS-RUTSCHE-3M", "Anbaurutsche Edelstahl 3 m", 1, "EA", "1920.00", "2026-12-18"),
    ], req_suffix="2")
    p2 = po("TPS-26-04690", s, "mira", "2026-11-09", [
        ("FS-EPDM-500x500x40", "Fallschutzplatte EPDM 500x500x40 mm, HIC 1,4 m", 320, "EA", "18.60", "2026-12-18"),
        ("FS-KLEBER-PU-10", "PU-Kleber für Fallschutzplatten, 10-kg-Eimer", 6, "EA", "74.00", "2026-12-18"),
    ], req_suffix="3")
    p3 = po("TPS-26-04744", s, "mira", "2026-11-11", [
        ("ET-KETTE-6MM-1.6", "Schaukelkette Edelstahl 6 mm, Länge 1,6 m", 8, "EA", "64.00", "2026-12-18"),
        ("ET-SITZ-GUMMI", "Flachsitz Gummi mit Alu-Kern", 8, "EA", "42.50", "2026-12-18"),
    ], req_suffix="4")
    wd("2026-12-17", 3)
    reply = """Grüezi Frau Kovač

Besten Dank für Ihre Bestellungen.

Die Bestellung TPS-26-04690 (Fallschutzplatten) bestätigen wir wie folgt:
- Fallschutzplatten EPDM 500x500x40 mm: wir liefern palettenweise à 36 Stück, also 324 Stück statt 320, Preis wie bestellt;
- PU-Kleber 10 kg: 6 Eimer wie bestellt.
Lieferung für beide Positionen am Donnerstag, 17. Dezember, mit Hebebühnen-LKW.

Die beiden anderen Bestellungen (Schaukeln/Rutsche und Ersatzteile) sind noch in Bearbeitung, dazu erhalten Sie separat Bescheid.

Freundliche Grüsse

Reto Zürcher
Innendienst
Alpenspiel AG | Industriestrasse 18 | 8610 Uster
Tel. +41 44 940 27 15"""
    date = M.mdate(2026, 11, 18, 15, 26, 41, "+0100")
    eml = outlook_msg(seed="c23", frm=M.addr("Reto Zürcher", "r.zuercher@alpenspiel.example"), to=our_addr(p2),
                      subject="AW: " + req_subject(p2), date=date, msgid=mid_outlook("c23"), irt=rid(p2), refs=rid(p2),
                      reply=reply, hdr_block=outlook_block(p2, "de", "09:50"), quoted=request_text(p2),
                      lang="DE-CH", clang="de-CH")
    exp = expect("confirmation",
                 "Only TPS-26-04690 answered: tiles 324 (full pallets of 36) and glue, both Thu 17.12. The other two POs are only mentioned -> left out.",
                 conf(p2, {1: C(p2, 1, quantity=324, date="2026-12-17"), 2: C(p2, 2, date="2026-12-17")}))
    return [p1, p2, p3], eml, exp


# ------------------------------------------------------------------ 24
@case("guitar-picks-iso2022jp-split", "confirmation/ja-JP",
      "Japanese reply in ISO-2022-JP: dates without year (12月18日着, 1月15日) and a split of the tuner line; the New-Year closure dates are distractors.")
def c_picks_ja():
    s = supplier("HAMANA", "Hamana Gakki Co., Ltd.", "export@hamana-gakki.example", "ja-JP")
    p = po("TPS-26-04777", s, "aiko", "2026-11-12", [
        ("HG-PICK-T071-12", "Guitar picks 0.71 mm, pack of 12", 300, "PAK", "3.20", "2026-12-18"),
        ("HG-CAPO-AL", "Capo, aluminium, for 6-string guitar", 60, "EA", "9.80", "2026-12-18"),
        ("HG-TUNER-CLIP", "Clip-on chromatic tuner", 80, "EA", "7.40", "2026-12-18"),
    ], currency="USD")
    reply = """Tessera Procurement Services
田中 様

いつも大変お世話になっております。
株式会社ハマナ楽器 海外営業部の佐藤でございます。

ご注文書 TPS-26-04777 につきまして、下記の通りお受けいたします。

1. ピック 0.71mm（12枚入）　300パック　単価 US$3.20　12月18日着
2. カポタスト（アルミ）　60個　単価 US$9.80　12月18日着
3. クリップチューナー　80個　単価 US$7.40
　　→ 在庫の都合により、12月11日着で48個、残り32個を1月15日着にて分納させていただきます。

なお、弊社は12月28日から1月5日まで年末年始休業となります。
何卒よろしくお願い申し上げます。

――――――――――――――――
株式会社ハマナ楽器　海外営業部
佐藤 健一
〒430-0926 静岡県浜松市中央区砂山町 321-5
TEL 053-455-2180"""
    attr = "2026年11月12日(木) 17:05 Aiko Tanaka <aiko.tanaka@tessera-procure.example>:"
    wd("2026-11-12", 3)
    date = M.mdate(2026, 11, 19, 10, 12, 38, "+0900")
    eml = tb_msg(seed="c24", frm=M.addr("佐藤 健一", "k.sato@hamana-gakki.example", "ISO-2022-JP"), to=our_addr(p),
                 subject=M.subj("Re: ご注文書 TPS-26-04777 の件", "ISO-2022-JP"), date=date,
                 msgid=mid_uuid("c24", "hamana-gakki.example"), irt=rid(p), refs=rid(p), reply=reply, attr=attr,
                 quoted=request_text(p), cs="ISO-2022-JP", cte="7bit", lang="ja-JP", flowed=False)
    exp = expect("confirmation",
                 "Lines 1-2 as ordered (12月18日 = 2026-12-18); tuners split 48 on 2026-12-11 and 32 on 2027-01-15 (no year -> next January). Closure 12/28-1/5 is not a delivery.",
                 conf(p, {1: A(p, 1), 2: A(p, 2),
                          3: C(p, 3, date="2027-01-15", schedule=[(48, "2026-12-11"), (32, "2027-01-15")])}))
    return [p], eml, exp


# ------------------------------------------------------------------ 25
@case("cable-ties-gb2312-moq-per-thousand", "confirmation/zh-CN",
      "Simplified-Chinese GB2312 reply: minimum order quantity raises one line, another is priced per 1000 ties for a PO per bag of 100, and only an FOB ship date is given.")
def c_cableties_zh():
    s = supplier("SHUNDA", "Wenzhou Shunda Plastic Products Co., Ltd.", "sales@shunda-plastic.example", "zh-CN")
    p = po("TPS-26-04790", s, "chen", "2026-11-12", [
        ("SD-CT-4.8x250-BK", "Nylon cable tie 4.8x250 mm black, bag of 100", 500, "BAG", "0.92", "2027-01-08"),
        ("SD-CT-3.6x150-NT", "Nylon cable tie 3.6x150 mm natural, bag of 100", 300, "BAG", "0.41", "2027-01-08"),
        ("SD-CT-7.6x400-UV", "Nylon cable tie 7.6x400 mm black UV, bag of 100", 80, "BAG", "2.95", "2027-01-08"),
    ], currency="USD")
    reply = """陈先生您好：

贵司订单 TPS-26-04790 已收到，确认如下：

1. 4.8x250 黑色：500 包，单价 0.92 美元/包，确认。
2. 3.6x150 本色：我司最小起订量为 500 包，数量调整为 500 包，单价不变。
3. 7.6x400 黑色抗紫外线：因原材料涨价，单价调整为 31.50 美元/千条。

交货期：全部于2026年12月18日前从宁波港发货（FOB 宁波）。
付款方式：30% 预付，70% 见提单副本付款。

谢谢！

温州顺达塑料制品有限公司
外贸部 林晓梅
电话：0577-8671 2035"""
    attr = "在 2026/11/12 16:20, Chen Yu 写道:"
    date = M.mdate(2026, 11, 17, 14, 8, 51, "+0800")
    eml = tb_msg(seed="c25", frm=M.addr("林晓梅", "sales@shunda-plastic.example", "GB2312"), to=our_addr(p),
                 subject=M.subj("回复: " + req_subject(p), "GB2312"), date=date,
                 msgid=mid_uuid("c25", "shunda-plastic.example"), irt=rid(p), refs=rid(p), reply=reply, attr=attr,
                 quoted=request_text(p), cs="GB2312", cte="base64", lang="zh-CN", flowed=False)
    d = "2026-12-18"
    exp = expect("confirmation",
                 "FOB ship date 2026-12-18 is the only date -> used for all lines; line 2 MOQ 500; line 3 31.50 USD per 1000 = 3.15 per bag of 100. 30%/70% payment terms are distractors.",
                 conf(p, {1: C(p, 1, date=d), 2: C(p, 2, quantity=500, date=d),
                          3: C(p, 3, price=times(per("31.50", 1000), 100), date=d)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 26
@case("dried-fruit-ooo-french", "auto_reply/fr-FR",
      "French out-of-office with an absence period and a redirect address for order confirmations.")
def c_ooo_fr():
    s = supplier("CASTAGNE", "Maison Castagné Fruits Secs", "commandes@castagne-fruits.example", "fr-FR")
    p = po("TPS-26-04815", s, "lena", "2026-11-16", [
        ("MC-ABR-SEC-10", "Abricots secs moelleux, carton 10 kg", 12, "CTN", "68.00", "2026-12-07"),
        ("MC-NOIX-CERN-10", "Cerneaux de noix extra, carton 10 kg", 8, "CTN", "119.00", "2026-12-07"),
    ])
    body = """Bonjour,

Je suis absente du bureau du lundi 16 au vendredi 27 novembre inclus, sans accès à ma messagerie.

Pour toute commande ou confirmation de commande, merci d'écrire à adv@castagne-fruits.example ou d'appeler le 05 53 28 40 17.
Votre message ne sera pas transféré.

Cordialement,
Isabelle Castagné"""
    date = M.mdate(2026, 11, 16, 8, 11, 0, "+0100")
    eml = plain_msg(seed="c26", frm=M.addr("Isabelle Castagné", "i.castagne@castagne-fruits.example"), to=our_addr(p),
                    subject=M.subj("Réponse automatique : " + req_subject(p)), date=date,
                    msgid=mid_plain("c26", "castagne-fruits.example", "ooo."), irt=rid(p), refs=rid(p),
                    body_text=body, cs="iso-8859-15", cte="quoted-printable",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-Mailer", "Zimbra 9.0.0_GA_4546")])
    exp = expect("auto_reply", "French OOO; absence dates and phone number only.")
    return [p], eml, exp


# ------------------------------------------------------------------ 27
@case("forestry-exchange-ndr-mailbox-full", "bounce/en-ZA",
      "Exchange Online NDR (552 5.2.2 mailbox full) with the friendly HTML explanation and only the original headers attached.")
def c_ndr_full():
    s = supplier("HIGHVELD", "Highveld Forestry Equipment (Pty) Ltd", "orders@highveld-forestry.example", "en-ZA")
    p = po("TPS-26-04735", s, "sam", "2026-11-10", [
        ("HF-BRUSH-FS561", "Brushcutter FS 561 C-EM with harness", 4, "EA", "1145.00", "2026-12-14"),
        ("HF-BLADE-225-24", "Saw blade 225 mm, 24 teeth chisel", 20, "EA", "28.50", "2026-12-14"),
    ])
    od = M.mdate(2026, 11, 10, 9, 5, 12, "+0000")
    rcpt = "orders@highveld-forestry.example"
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body><div style="font-family:'Segoe UI',sans-serif;font-size:16px;color:#333">
<p><b><span style="color:#C00000">Your message to {rcpt} couldn't be delivered.</span></b></p>
<p>The recipient's mailbox is full and can't accept messages now.</p>
<table><tr><td style="padding:4px 8px">Sam Okafor<br>Sender</td><td>&rarr;</td><td style="padding:4px 8px">Office 365</td><td>&rarr;</td><td style="padding:4px 8px;color:#C00000">orders<br>Action Required: Recipient</td></tr></table>
<p><b>How to Fix It</b><br>Try resending the message later, or contact the recipient by some other means (phone, for example) and ask them to free up space in their mailbox.</p>
<hr><p style="font-size:13px"><b>Diagnostic information for administrators:</b><br>
Generating server: JNBP275MB0214.ZAFP275.PROD.OUTLOOK.COM<br>
{rcpt}<br>Remote server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'<br>
Original message headers:</p>
<pre>{M.esc(original_headers(p, od, rcpt))}</pre></div></body></html>"""
    status = M.delivery_status(
        [("Reporting-MTA", "dns;JNBP275MB0214.ZAFP275.PROD.OUTLOOK.COM"), ("Received-From-MTA", "dns;AM9PR03MB7425.eurprd03.prod.outlook.com"),
         ("Arrival-Date", od)],
        [[("Final-Recipient", f"rfc822;{rcpt}"), ("Action", "failed"), ("Status", "5.2.2"),
          ("Diagnostic-Code", "smtp;552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException")]])
    alt = M.multipart("alternative", "_001_JNBP275MB0214F1C2A9D3E7B0AF11JNBP275MB0214ZAFP_",
                      [M.text(f"Your message to {rcpt} couldn't be delivered.\n\nThe recipient's mailbox is full and can't accept messages now.\n\nDiagnostic information for administrators:\nRemote server returned '552 5.2.2 mailbox full'\n", "plain", "us-ascii", "7bit"),
                       M.text(html, "html", "us-ascii", "quoted-printable")])
    root = report("_000_JNBP275MB0214F1C2A9D3E7B0AF11JNBP275MB0214ZAFP_", alt, status, M.rfc822_headers(original_headers(p, od, rcpt)))
    date = M.mdate(2026, 11, 10, 9, 5, 40, "+0000")
    hdr = [("From", "Microsoft Outlook <postmaster@highveld-forestry.example>"), ("To", M.addr(p["buyer"]["name"], p["buyer"]["email"])),
           ("Subject", "Undeliverable: " + req_subject(p)), ("Date", date),
           ("Message-ID", "<d1f4e8c2-7a30-4b6e-9c51-3e2f0a8b7d14@JNBP275MB0214.ZAFP275.PROD.OUTLOOK.COM>"),
           ("In-Reply-To", rid(p)), ("References", rid(p)), ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", "")]
    eml = M.build([(k, v) for k, v in hdr if v], root)
    exp = expect("bounce", "Exchange NDR, mailbox full; the report carries our original headers only.")
    return [p], eml, exp


# ------------------------------------------------------------------ 28
@case("water-invoice-other-order", "unrelated/it-IT",
      "An invoice PDF for an earlier PO of the same supplier with the same kind of items, quantities and dates; our open PO is not answered.")
def c_invoice_other():
    s = supplier("BREMBANA", "Acque Minerali Val Brembana S.p.A.", "ordini@acque-brembana.example", "it-IT")
    p = po("TPS-26-04688", s, "priya", "2026-11-09", [
        ("AVB-NAT-050-6", "Acqua minerale naturale 0,5 L PET, pacco da 6", 1440, "PAK", "1.35", "2026-12-01"),
        ("AVB-FRIZ-150-6", "Acqua minerale frizzante 1,5 L PET, pacco da 6", 720, "PAK", "2.10", "2026-12-01"),
    ])
    pdf = simple_doc([
        ("b", "ACQUE MINERALI VAL BREMBANA S.p.A.", 13),
        "Via Fonti 3 - 24019 Zogno (BG) - P.IVA IT 01872340165",
        ("gap",),
        ("b", "FATTURA N. 2026/FE/04417 del 16/11/2026", 12),
        "Cliente: Tessera Procurement Services - Cod. cliente 30881",
        "Vs. ordine: TPS-26-04212 del 12/10/2026 - DDT n. 8812 del 28/10/2026",
        ("rule",),
        ("row", [(50, "Codice"), (150, "Descrizione"), (370, "Q.ta"), (420, "Prezzo"), (490, "Importo")]),
        ("rule",),
        ("row", [(50, "AVB-NAT-050-6"), (150, "Acqua naturale 0,5 L PET pacco 6"), (370, "960"), (420, "1,35"), (490, "1.296,00")]),
        ("row", [(50, "AVB-FRIZ-150-6"), (150, "Acqua frizzante 1,5 L PET pacco 6"), (370, "480"), (420, "2,10"), (490, "1.008,00")]),
        ("row", [(50, "PAL-EPAL"), (150, "Pallet EPAL a rendere"), (370, "8"), (420, "12,00"), (490, "96,00")]),
        ("rule",),
        ("row", [(370, "Imponibile"), (490, "2.400,00")]),
        ("row", [(370, "IVA 22%"), (490, "528,00")]),
        ("row", [(370, "Totale"), (490, "2.928,00")]),
        ("gap",),
        "Pagamento: bonifico 60 gg d.f.f.m. - scadenza 31/01/2027",
        "IBAN IT60 X054 2811 1010 0000 0123 456",
    ], title="Fattura 2026/FE/04417", producer="TeamSystem Enterprise")
    body = """Gentile Cliente,

in allegato la fattura n. 2026/FE/04417 del 16/11/2026 relativa al Vs. ordine TPS-26-04212.
La fattura elettronica è stata trasmessa al Sistema di Interscambio (SdI); la presente copia PDF è di cortesia.

Cordiali saluti
Amministrazione - Acque Minerali Val Brembana S.p.A.

Questo messaggio è generato automaticamente, si prega di non rispondere."""
    date = M.mdate(2026, 11, 16, 19, 30, 2, "+0100")
    eml = plain_msg(seed="c28", frm=M.addr("Amministrazione Val Brembana", "fatture@acque-brembana.example"),
                    to="ap@tessera-procure.example", cc=p["buyer"]["email"],
                    subject="Fattura n. 2026/FE/04417 del 16/11/2026 - Vs. ordine TPS-26-04212", date=date,
                    msgid=mid_plain("c28", "acque-brembana.example", "fe04417."), body_text=body,
                    cs="utf-8", cte="quoted-printable",
                    attachments=[M.attachment(pdf, "application/pdf", "Fattura_2026_FE_04417.pdf")])
    exp = expect("unrelated", "Courtesy invoice for PO TPS-26-04212 (not in pos.json); items overlap with the open PO TPS-26-04688 but nothing answers it.")
    return [p], eml, exp


# ------------------------------------------------------------------ 29
@case("filters-sjis-will-reply-by-27th", "needs_review/ja-JP",
      "Shift_JIS reply saying the lead time is being checked with the maker and an answer will follow by 11月27日(金); nothing committed.")
def c_ja_later():
    s = supplier("NITTOFILT", "Nitto Filter Kogyo K.K.", "eigyo@nitto-filter.example", "ja-JP")
    p = po("TPS-26-04799", s, "aiko", "2026-11-13", [
        ("NF-HEPA-610-H14", "HEPA filter H14, 610x610x150 mm", 12, "EA", "245.00", "2026-12-21"),
        ("NF-PRE-G4-592", "Pre-filter G4 panel 592x592x48 mm", 60, "EA", "11.80", "2026-12-21"),
    ], currency="USD")
    wd("2026-11-27", 4)
    reply = """Tessera Procurement Services
田中様

お世話になっております。日東フィルター工業の山本です。

この度はご注文（TPS-26-04799）をいただき、誠にありがとうございます。
HEPAフィルター H14 の納期につきましては、現在メーカーに確認中でございます。
確認が取れ次第、11月27日（金）までに改めて正式な注文請書をお送りいたします。

今しばらくお待ちくださいますようお願い申し上げます。

日東フィルター工業株式会社
営業部　山本 真理子
TEL 06-6458-3312"""
    date = M.mdate(2026, 11, 18, 16, 40, 9, "+0900")
    eml = outlook_msg(seed="c29", frm=M.addr("山本 真理子", "m.yamamoto@nitto-filter.example", "shift_jis"), to=our_addr(p),
                      subject=M.subj("RE: " + req_subject(p), "shift_jis"), date=date, msgid=mid_outlook("c29", "jpnprd01"),
                      irt=rid(p), refs=rid(p), reply=reply,
                      hdr_block=[("差出人:", "Aiko Tanaka <aiko.tanaka@tessera-procure.example>"),
                                 ("送信日時:", "2026年11月13日 10:45"), ("宛先:", "eigyo@nitto-filter.example"),
                                 ("件名:", req_subject(p))], quoted=request_text(p),
                      cs="shift_jis", cte="base64", lang="JA", clang="ja-JP")
    exp = expect("needs_review", "Lead time under review; formal confirmation promised by Fri 27 Nov. No commitment.")
    return [p], eml, exp


# ------------------------------------------------------------------ 30
@case("filters-big5-discontinued-line", "confirmation/zh-TW",
      "Traditional-Chinese Big5 reply: two lines as ordered, one filter bag discontinued with a suggested substitute, one line re-priced with a slash date 2027/01/12.")
def c_filters_tw():
    s = supplier("TWFM", "Taiwan Filter Media Co., Ltd.", "sales@twfiltermedia.example", "zh-TW")
    p = po("TPS-26-04760", s, "chen", "2026-11-11", [
        ("TFM-PP-10-5", "PP melt-blown cartridge 10 in, 5 micron", 500, "EA", "1.35", "2026-12-22"),
        ("TFM-PP-20-1", "PP melt-blown cartridge 20 in, 1 micron", 200, "EA", "2.60", "2026-12-22"),
        ("TFM-BAG-P1-25", "Filter bag size #1, PE felt 25 micron", 150, "EA", "3.10", "2026-12-22"),
        ("TFM-CB-10-GAC", "Activated carbon block cartridge 10 in", 100, "EA", "4.80", "2026-12-22"),
    ], currency="USD")
    reply = """陳先生您好：

感謝您的訂單 TPS-26-04760，確認如下：

項次1、2：數量及單價照訂單，12月22日交貨。
項次3：#1 濾袋 PE 25 微米已停產，建議改用 PP 材質（料號 TFM-BAG-P1-25PP，單價 US$3.25），如需要請另行下單。
項次4：活性碳濾心單價調整為 US$5.10，交期 2027/01/12。

報價有效期限至 2026/12/31。

以上，謝謝。

台灣濾材股份有限公司
業務部　黃志明
TEL: 04-2359-1086"""
    attr = "Chen Yu <chen.yu@tessera-procure.example> 於 2026年11月11日 週三 上午9:30寫道："
    wd("2026-11-11", 2)
    date = M.mdate(2026, 11, 16, 11, 2, 30, "+0800")
    eml = gmail_msg(seed="c30", frm=M.addr("黃志明", "sales@twfiltermedia.example", "Big5"), to=our_addr(p),
                    subject="Re: " + req_subject(p), date=date, msgid=mid_gmail("c30"), irt=rid(p), refs=rid(p),
                    reply=reply, attr=attr, quoted=request_text(p), cs="Big5", cte="base64")
    exp = expect("confirmation",
                 "Lines 1-2 as ordered; line 3 discontinued (substitute only offered) -> rejected; line 4 5.10 and 2027-01-12. Quote validity 2026/12/31 is a distractor.",
                 conf(p, {1: A(p, 1), 2: A(p, 2), 3: R, 4: C(p, 4, price="5.10", date="2027-01-12")}))
    return [p], eml, exp
