"""Cases 019-036."""
import datetime as dt
from decimal import Decimal

from . import mime
from .common import (L, case, conf, expected, mkpo, reply, request_eml, simple, sup, buyer_to, dsn_report, fri,
                     inline_answers, text_to_html, _h, request_html, when, req_date)
from .xlsx import make_xlsx


@case("bow-hair-italian-prezzo-netto", "confirmation/it-IT",
      "Italian per-position answer with 'prezzo netto 12,40 € cad.' (decimal comma, euro sign after) changing one price, the other 'come da ordine'.")
def c019(slug):
    s = sup("CRINICR", "Crini d'Arco Cremona S.r.l.", "ordini@crini-cremona.example", "it-IT")
    po = mkpo("4500031347", s, [
        L("BH-MW-32", "Mongolian white bow hair, hank 32 in (81 cm), 6 g", 100, "EA", "12.90", "2026-12-04"),
        L("BH-BS-30", "Black stallion bow hair, hank 30 in, 6.5 g", 40, "EA", "10.40", "2026-12-04"),
    ], "EUR", "2026-11-09")
    body = ("Gentile Dana,\n\nla ringraziamo per l'ordine 4500031347.\n\n"
            "Pos. 1 - crine bianco mongolo 81 cm: confermiamo 100 matasse, prezzo netto 12,40 € cad., consegna 04/12/2026.\n"
            "Pos. 2 - crine nero 30\": confermata come da ordine.\n\nCordiali saluti")
    sig = ("Luca Ferrari\nUfficio vendite\nCrini d'Arco Cremona S.r.l. - Via Bordigallo 23, 26100 Cremona\n"
           "Tel. +39 0372 555 018 - P.IVA 01234560197")
    eml = reply(slug, po, frm=("Luca Ferrari", "luca.ferrari@crini-cremona.example"), date="2026-11-11 10:20:00 +0100",
                body=body, sig=sig, charset="iso-8859-15", cte="quoted-printable", qlang="it", prefix="R: ")
    return [po], eml, expected("confirmation", "Line 1 confirmed with net price 12,40 EUR each instead of 12.90 (same "
                               "quantity and date); line 2 'come da ordine' = accepted.",
                               [conf(po, {1: {"p": "12.40"}, 2: "A"})])


@case("spinning-bobbins-hungarian-signature-numbers", "confirmation/hu-HU",
      "Hungarian confirmation moving delivery to '2027. január 8.' above a signature and legal disclaimer crowded with tax numbers, registration dates and street numbers.")
def c020(slug):
    s = sup("GUZSALY", "Guzsaly Faipari Kft.", "rendeles@guzsaly-fa.example", "hu-HU")
    po = mkpo("4500031352", s, [
        L("SB-TRAD-10", "Spinning wheel bobbin, 10 cm core, maple, for Traditional", 50, "EA", "18.50", "2027-01-15"),
        L("SB-JMB-3/8", "Jumbo bobbin, 3/8 in orifice, 2027 model", 20, "EA", "26.00", "2027-01-15"),
    ], "EUR", "2026-11-10")
    body = ("Tisztelt Dana Ruiz!\n\nKöszönjük megrendelését (4500031352). Visszaigazoljuk: mindkét tétel a kért "
            "mennyiségben és áron, a szállítás időpontja 2027. január 8.\n\nÜdvözlettel:\nKovács Eszter\nértékesítés")
    sig = ("Guzsaly Faipari Kft.\nSzékhely: 2040 Budaörs, Szabadság út 117/B.\nTelephely: 6000 Kecskemét, Izsáki út 12.\n"
           "Tel.: +36 23 555 0142 | Fax: +36 23 555 0143 | Mobil: +36 30 555 7718\n"
           "Adószám: 12345678-2-13 | Közösségi adószám: HU12345678\n"
           "Cégjegyzékszám: Cg. 13-09-123456 (bejegyezve: 2004. 03. 17., Budapest Környéki Törvényszék Cégbírósága)\n"
           "Bankszámla: 11773016-20512345-00000000 | Törzstőke: 3 000 000 Ft\n\n"
           "JOGI NYILATKOZAT: Ez az e-mail és mellékletei bizalmas információt tartalmazhatnak. Ha nem Ön a címzett, kérjük, "
           "értesítse a feladót és törölje az üzenetet. Szállításainkra a 2026. 01. 01-től hatályos Általános Szerződési "
           "Feltételeink (ÁSZF v4.2) vonatkoznak; reklamációt a kézhezvételtől számított 8 napon belül fogadunk el. "
           "Adatkezelési tájékoztató: 2018. 05. 25. óta a GDPR szerint.")
    eml = reply(slug, po, frm=("Kovács Eszter", "kovacs.eszter@guzsaly-fa.example"), date="2026-11-18 14:22:00 +0100",
                body=body, sig=sig, charset="iso-8859-2", cte="quoted-printable", qlang="en", prefix="VS: ")
    return [po], eml, expected("confirmation", "Both lines confirmed at PO quantity and price with delivery 2027-01-08 "
                               "(earlier than the requested 2027-01-15); the signature/disclaimer dates (2004. 03. 17., "
                               "2026. 01. 01., 8 napon belül) and numbers are noise.",
                               [conf(po, {1: {"d": "2027-01-08"}, 2: {"d": "2027-01-08"}})])


@case("fishplate-bolts-exchange-ndr", "bounce/sl-SI",
      "Exchange 'Undeliverable' NDR (text+HTML, delivery-status, full original with the PO table) sent by our own server.")
def c021(slug):
    s = sup("TIRVIJ", "Tirnice Vijaki d.o.o.", "prodaja@tirnice-vijaki.example", "sl-SI")
    po = mkpo("4500031360", s, [
        L("FB-M24x140", "Fishplate bolt M24x140, grade 8.8, with nut", 3000, "PCS", "1.64", "2026-12-18"),
        L("FB-M24-NUT", "Hexagon nut M24, grade 8", 500, "PCS", "0.31", "2026-12-18"),
    ], "EUR", "2026-11-10", buyer="jonas")
    human = ("Your message to prodaja@tirnice-vijaki.example couldn't be delivered.\n\nprodaja wasn't found at "
             "tirnice-vijaki.example.\n\nJonas Weber    Office 365    prodaja\nAction Required                 Recipient\n\n"
             "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the "
             "following:\n- Send the message again following these steps: ...\n\nDiagnostic information for administrators:\n\n"
             "Generating server: AM6PR10MB2213.EURPRD10.PROD.OUTLOOK.COM\n\nprodaja@tirnice-vijaki.example\n"
             "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n\n"
             "Original message headers:\n\nMessage-ID: <po-4500031360.1@kestrel-mfg.example>\n"
             "Subject: Purchase order 4500031360 - please confirm\n")
    html = ("<html><body><p style=\"font-size:16pt;color:#C00000\">Your message to prodaja@tirnice-vijaki.example couldn't "
            "be delivered.</p><p>prodaja wasn't found at tirnice-vijaki.example.</p><p><b>Remote Server returned</b> '550 "
            "5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>")
    eml = dsn_report(slug, po, date="2026-11-10 10:03:02 +0000", mta="AM6PR10MB2213.EURPRD10.PROD.OUTLOOK.COM",
                     rcpt="prodaja@tirnice-vijaki.example", status="5.1.10",
                     diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                     human=human, html_human=html,
                     frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-mfg.example"),
                     subject="Undeliverable: Purchase order 4500031360 - please confirm", arrival="2026-11-10 10:02:45 +0000")
    return [po], eml, expected("bounce", "Exchange/Office 365 NDR; the PO number, table and dates are only in the "
                               "returned original.")


@case("incubator-seals-swedish-inline", "confirmation/sv-SE",
      "Swedish answers typed inline under each quoted table row: OK, 'vecka 50' (Friday 11 Dec), and 'utgått, kan ej levereras'.")
def c022(slug):
    s = sup("NORDTAT", "Nordtät Inkubator AB", "order@nordtat.example", "sv-SE")
    po = mkpo("4500031366", s, [
        L("IS-GSK-600", "Incubator door gasket 600x450 mm, silicone", 30, "EA", "460.00", "2026-12-04"),
        L("IS-GSK-1200", "Incubator door gasket 1200x650 mm, silicone", 12, "EA", "780.00", "2026-12-04"),
        L("IS-LATCH-24", "Magnetic door latch 24V", 10, "EA", "315.00", "2026-12-04"),
    ], "SEK", "2026-11-09")
    assert fri(2026, 50) == "2026-12-11"
    ans = {1: "OK - 30 st à 460,00 kr, leverans 4/12 enligt önskemål.",
           2: "Antal och pris enligt order, men vi kan tyvärr leverera först vecka 50.",
           3: "Utgått ur sortimentet, kan ej levereras. Ersättare IS-LATCH-24B offereras separat."}
    quoted = inline_answers(po, ans, "Den 9 nov. 2026 kl. 11:02 skrev Dana Ruiz <dana.ruiz@kestrel-mfg.example>:")
    body = "Hej Dana,\n\nSe våra svar nedan, rad för rad.\n\nMvh\nErik Lindholm\nNordtät Inkubator AB | Verkstadsgatan 21, 753 23 Uppsala\n070-555 12 48\n\n" + quoted
    html = text_to_html(body)
    part = mime.multipart("alternative", [mime.text(body, charset="iso-8859-1", cte="quoted-printable"),
                                          mime.text("<html><body>" + html + "</body></html>", "html", charset="iso-8859-1",
                                                    cte="quoted-printable")], "Apple-Mail=_5C1E2A44-8B3F-4D0E-9A61-22F0C7E1B903")
    eml = simple(slug, frm=("Erik Lindholm", "erik.lindholm@nordtat.example"), to=buyer_to(po),
                 subject="SV: Purchase order 4500031366 - please confirm", date="2026-11-12 13:45:00 +0100", part=part,
                 style="apple", irt=po["request_message_id"], extra_headers=[("X-Mailer", "Apple Mail (2.3826.200.121)")])
    return [po], eml, expected("confirmation", "Inline answers: line 1 accepted; line 2 'vecka 50' with no day = Friday "
                               "2026-12-11 (requested 12-04); line 3 discontinued = rejected.",
                               [conf(po, {1: "A", 2: {"d": "2026-12-11"}, 3: "R"})])


@case("seat-cushions-austrian-xlsx", "confirmation/de-AT",
      "The answer is only in an XLSX attachment with Excel date serials and separate ordered/confirmed columns; the body just says 'siehe Excel'.")
def c023(slug):
    s = sup("ALPENSITZ", "Alpensitz Polsterwerk GmbH", "verkauf@alpensitz.example", "de-AT")
    po = mkpo("4500031371", s, [
        L("TS-CU-450", "Tractor seat cushion 450x420 mm, PVC, for seat MSG85", 24, "EA", "58.90", "2026-12-11"),
        L("TS-BR-320", "Backrest cushion 320 mm, PVC", 24, "EA", "34.20", "2026-12-11"),
        L("TS-FIX-M8", "Fixing kit M8x25, 4 bolts", 24, "SET", "3.10", "2026-12-11"),
    ], "EUR", "2026-11-09", buyer="jonas")
    d = dt.date
    rows = [["Auftragsbestätigung zu Ihrer Bestellung 4500031371", None, None, None, None, None, None, None, None],
            ["Alpensitz Polsterwerk GmbH, Gewerbepark 5, 4614 Marchtrenk", None, None, None, None, None, None, None, None],
            [],
            ["Pos", "Artikel", "Bezeichnung", "Menge bestellt", "Menge bestätigt", "ME", "Preis/ME EUR", "Wunschtermin",
             "Liefertermin bestätigt"],
            [1, "TS-CU-450", "Sitzkissen 450x420 mm, PVC, MSG85", 24, 24, "Stk", Decimal("58.90"), d(2026, 12, 11), d(2026, 12, 11)],
            [2, "TS-BR-320", "Rückenlehnenpolster 320 mm, PVC", 24, 24, "Stk", Decimal("34.20"), d(2026, 12, 11), d(2026, 12, 18)],
            [3, "TS-FIX-M8", "Befestigungssatz M8x25 (4 Schrauben)", 24, 24, "Satz", Decimal("3.25"), d(2026, 12, 11), d(2026, 12, 11)],
            [],
            ["Preise netto, exkl. USt., Lieferung DAP Leeds."]]
    xl = make_xlsx(rows, sheet="AB 4500031371", header_rows=4, creator="Stefan Huber")
    body = ("Grüß Gott Herr Weber,\n\ndanke für Ihre Bestellung. Unsere Bestätigung finden Sie in der angehängten "
            "Excel-Datei (Spalten „Menge bestätigt“ und „Liefertermin bestätigt“).\n\nFreundliche Grüße\nStefan Huber")
    sig = "Alpensitz Polsterwerk GmbH\nGewerbepark 5, 4614 Marchtrenk, Österreich\nT +43 7242 555 310 | FN 284411k, LG Wels"
    att = mime.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "AB_4500031371.xlsx")
    eml = reply(slug, po, frm=("Stefan Huber", "s.huber@alpensitz.example"), date="2026-11-16 08:52:00 +0100",
                body=body, sig=sig, charset="windows-1252", cte="quoted-printable", qlang="de", prefix="AW: ",
                attachments=[att])
    return [po], eml, expected("confirmation", "XLSX only: dates are Excel serials formatted dd.mm.yyyy; line 2 confirmed "
                               "for 18.12.2026, line 3 at 3,25 instead of 3.10, line 1 unchanged.",
                               [conf(po, {1: "A", 2: {"d": "2026-12-18"}, 3: {"p": "3.25"}})])


@case("carousel-poles-three-pos-one-answered", "confirmation/fr-FR",
      "Three open POs; the reply confirms one (new cap price, yearless '8 janvier' for brackets) and only mentions another as pending.")
def c024(slug):
    s = sup("DUFRESNE", "Manèges Dufresne SARL", "commandes@maneges-dufresne.example", "fr-FR")
    a = mkpo("4500031250", s, [
        L("CP-BR-1800", "Twisted brass pole 38 mm dia., 1800 mm", 6, "EA", "142.00", "2026-12-04"),
    ], "EUR", "2026-11-03")
    b = mkpo("4500031376", s, [
        L("CP-BR-2200", "Twisted brass pole 38 mm dia., 2200 mm", 8, "EA", "164.00", "2026-12-11"),
        L("CP-CAP-38", "Decorative end cap 38 mm, brass", 16, "EA", "12.50", "2026-12-11"),
        L("CP-BRK-38", "Ceiling bracket for 38 mm pole, 4/3 offset", 8, "EA", "27.80", "2026-12-11"),
    ], "EUR", "2026-11-10")
    c = mkpo("4500031381", s, [
        L("CP-STR-2", "Stirrup set, cast brass", 10, "PAIR", "19.90", "2027-01-15"),
    ], "EUR", "2026-11-10")
    body = ("Bonjour Madame Ruiz,\n\nNous vous confirmons votre commande n° 4500031376 :\n"
            "- 8 barres torsadées 2200 mm à 164,00 € HT, livraison le 11/12/2026\n"
            "- 16 embouts décoratifs à 13,10 € HT (nouveau tarif au 1er novembre), livraison le 11/12/2026\n"
            "- 8 supports plafond : prix inchangé, livraison le 8 janvier.\n\n"
            "Concernant la commande 4500031250, je reviens vers vous la semaine prochaine.\n\nBien cordialement,")
    sig = "Claire Dufresne\nManèges Dufresne SARL\n12 rue des Forains, 69007 Lyon\nTél. 04 78 55 12 90 - SIRET 512 345 678 00024"
    eml = reply(slug, b, frm=("Claire Dufresne", "claire@maneges-dufresne.example"), date="2026-11-13 11:05:00 +0100",
                body=body, sig=sig, charset="iso-8859-15", cte="quoted-printable", qlang="fr")
    return [a, b, c], eml, expected(
        "confirmation", "Only PO 4500031376 is answered: line 1 as ordered, line 2 price 13.10, line 3 '8 janvier' -> "
        "2027-01-08. PO 4500031250 is only mentioned ('je reviens vers vous') and PO 4500031381 not at all: both left out.",
        [conf(b, {1: "A", 2: {"p": "13.10"}, 3: {"d": "2027-01-08"}})])


@case("shade-cloth-aussie-vague", "needs_review/en-AU",
      "Casual iPhone reply: 'should be right for mid-December give or take' and pricing 'about right' pending a check: no firm value.")
def c025(slug):
    s = sup("SXSHADE", "Southern Cross Shadecloth Pty Ltd", "orders@sxshadecloth.example", "en-AU")
    po = mkpo("4500031388", s, [
        L("SC-70-3.66", "Shade cloth 70%, 3.66 m wide, black", 500, "M", "6.45", "2026-12-11"),
        L("SC-30-1.83", "Shade cloth 30%, 1.83 m wide, white", 250, "M", "3.20", "2026-12-11"),
    ], "AUD", "2026-11-10")
    body = ("Hi Dana,\n\nGot your order, cheers. Should be right for mid-December give or take, depends when the 70% comes "
            "off the knitting machine. Pricing looks about right but I'll need to double-check the 30% white with Gary "
            "when he's back Monday.\n\nCheers\nBrett\n\nSent from my iPhone")
    eml = reply(slug, po, frm=("Brett Maguire", "brett@sxshadecloth.example"), date="2026-11-19 16:40:00 +1100",
                body=body, quote="gmail", client="iphone", html=None,
                attribution="> On 10 Nov 2026, at 9:02 pm, Dana Ruiz <dana.ruiz@kestrel-mfg.example> wrote:\n>")
    return [po], eml, expected("needs_review", "No firm date ('mid-December give or take') and prices not confirmed "
                               "('about right', to be checked): nothing a buyer could book.")


@case("neon-transformers-us-month-first", "confirmation/en-US",
      "US month-first ship dates ('12/4', '1/8'), a stock/balance split on one line and a '$94.50/roll' price increase on another.")
def c026(slug):
    s = sup("BRIGHTLINE", "Bright Line Neon Supply Inc.", "orders@brightlineneon.example", "en-US")
    po = mkpo("4500031395", s, [
        L("NT-12-30", "Neon sign transformer 12kV 30mA, 120V input", 20, "EA", "68.00", "2026-12-04"),
        L("NT-9-30", "Neon sign transformer 9kV 30mA, 120V input", 15, "EA", "61.50", "2026-12-04"),
        L("GTO-15-100", "GTO cable 15kV, 100 ft roll", 4, "ROL", "89.00", "2026-12-04"),
    ], "USD", "2026-11-10")
    body = ("Hi Dana,\n\nThanks for PO 4500031395. Here's where we are:\n\n"
            "Line 1 - 12kV/30mA: confirmed, 20 pcs ship 12/4.\n"
            "Line 2 - 9kV/30mA: we have 10 in stock, those ship 12/4; the balance of 5 ships 1/8 from our next production run.\n"
            "Line 3 - GTO cable: confirmed, 4 rolls shipping 12/4, but our price went up to $94.50/roll effective 11/1.\n\n"
            "Let me know if you have any questions.")
    sig = "Mike Donnelly\nInside Sales | Bright Line Neon Supply Inc.\n1420 W. 35th St, Suite 200, Chicago, IL 60609\n(773) 555-0148"
    eml = reply(slug, po, frm=("Mike Donnelly", "mike.d@brightlineneon.example"), date="2026-11-16 14:12:00 -0500",
                body=body, sig=sig, quote="gmail", client="gmail",
                attribution="On Tue, Nov 10, 2026 at 5:02 AM Dana Ruiz <dana.ruiz@kestrel-mfg.example> wrote:")
    return [po], eml, expected("confirmation", "en-US month-first: 12/4 = 2026-12-04 (ship date, no delivery date given), "
                               "1/8 = 2027-01-08; line 2 split 10 + 5; line 3 new price 94.50; '11/1' is a price "
                               "effective date, not a delivery.",
                               [conf(po, {1: "A", 2: {"d": "2027-01-08", "s": [(10, "2026-12-04"), (5, "2027-01-08")]},
                                          3: {"p": "94.50"}})])


@case("fishplate-bolts-indian-schedule", "confirmation/en-IN",
      "Indian English with lakh grouping ('15,97,400.00'), 'nos.', day-first dates and a 50/50 schedule that two lines share ('same schedule').")
def c027(slug):
    s = sup("BHARATRF", "Bharat Rail Fasteners Pvt. Ltd.", "sales@bharatrailfasteners.example", "en-IN")
    po = mkpo("4500031402", s, [
        L("FB-M24x140-IN", "Fishplate bolt M24x140 with nut, grade 8.8", 12000, "PCS", "68.50", "2026-12-15"),
        L("SW-24-SPR", "Spring washer 24 mm, hardened", 12000, "PCS", "4.20", "2026-12-15"),
        L("FP-52KG-6H", "Fishplate for 52 kg rail, 6-hole", 500, "PCS", "1450.00", "2026-12-15"),
    ], "INR", "2026-11-11")
    assert 12000 * 68.5 + 12000 * 4.2 + 500 * 1450 == 1597400
    body = ("Dear Madam,\n\nGreetings from Bharat Rail Fasteners!\n\nWe are pleased to confirm your PO No. 4500031402 dated "
            "11/11/2026 as under:\n\n"
            "1) Fishplate bolt M24x140 - 12,000 nos. @ Rs. 68.50 - 6,000 nos. by 05/12/2026 and balance 6,000 nos. by 19/12/2026\n"
            "2) Spring washer 24 mm - 12,000 nos. @ Rs. 4.20 - along with bolts, same schedule\n"
            "3) Fishplate 52 kg 6-hole - 500 nos. @ Rs. 1,450.00 - delivery by 15/12/2026\n\n"
            "Total order value Rs. 15,97,400.00 (excl. GST 18%)\n\nKindly do the needful.\n\nThanks & Regards,")
    sig = ("Rajesh Iyer\nSr. Manager - Exports\nBharat Rail Fasteners Pvt. Ltd.\nPlot No. 114, MIDC Phase II, Chakan, Pune 410501\n"
           "Mob: +91 98220 55510 | GSTIN 27AABCB1234F1Z5")
    eml = reply(slug, po, frm=("Rajesh Iyer", "rajesh.iyer@bharatrailfasteners.example"), date="2026-11-20 12:35:00 +0530",
                body=body, sig=sig)
    sch = [(6000, "2026-12-05"), (6000, "2026-12-19")]
    return [po], eml, expected("confirmation", "Lines 1 and 2 split 6,000 by 05/12 + 6,000 by 19/12 (day-first; line 2 "
                               "refers to 'same schedule'); line 3 as ordered; the lakh-grouped total and GST are noise.",
                               [conf(po, {1: {"d": "2026-12-19", "s": sch}, 2: {"d": "2026-12-19", "s": sch}, 3: "A"})])


@case("keg-couplers-ticket-autoreply", "auto_reply/en-SG",
      "Helpdesk ticket acknowledgment ('[Ticket #SG-48213]') that repeats our subject and gives response times and a creation date.")
def c028(slug):
    s = sup("LIONBREW", "Lion City Brewing Supplies Pte Ltd", "orders@lioncitybrew.example", "en-SG")
    po = mkpo("4500031408", s, [
        L("KC-U-SYS", "Keg coupler U-system, stainless 304", 24, "EA", "96.00", "2026-12-16"),
        L("KC-PRV-3BAR", "Pressure relief valve 3 bar for couplers", 24, "EA", "11.50", "2026-12-16"),
    ], "SGD", "2026-11-17")
    body = ("Dear Customer,\n\nThank you for contacting Lion City Brewing Supplies. Your request has been received and "
            "assigned ticket number SG-48213.\n\nOur customer service team will respond within 2 business days "
            "(Mon-Fri, 9.00 am - 6.00 pm SGT, excluding public holidays).\n\nTicket summary\n  Subject:  Purchase order "
            "4500031408 - please confirm\n  Priority: Normal\n  Created:  17/11/2026 18:02\n  Status:   Open\n\n"
            "Please do not reply to this e-mail. To add information, reply keeping [Ticket #SG-48213] in the subject.\n\n"
            "Lion City Brewing Supplies Pte Ltd | 21 Tuas South Ave 6, #03-11, Singapore 637022")
    part = mime.text(body, charset="utf-8", cte="quoted-printable")
    eml = simple(slug, frm=("Lion City Brewing Support", "support@lioncitybrew.example"), to=buyer_to(po),
                 subject="[Ticket #SG-48213] Re: Purchase order 4500031408 - please confirm", date="2026-11-17 18:03:15 +0800",
                 part=part, irt=po["request_message_id"],
                 extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes"), ("X-Mailer", "Freshdesk")])
    return [po], eml, expected("auto_reply", "Ticket-system receipt: the date is the ticket creation time and the PO "
                               "number is only our echoed subject.")


@case("tile-adhesive-mexican-per-tonne", "confirmation/es-MX",
      "Mexican Spanish price per tonne ('$4,480.00 MXN por tonelada') against a PO priced per KG, comma thousands and point decimals.")
def c029(slug):
    s = sup("ADBAJIO", "Adhesivos Cerámicos del Bajío S.A. de C.V.", "ventas@adhesivosbajio.example", "es-MX")
    po = mkpo("4500031413", s, [
        L("AD-PORC-GR", "Tile adhesive for porcelain tile, grey, bulk", 24000, "KG", "4.35", "2026-12-11"),
        L("AD-FLEX-20", "Flexible tile adhesive C2S1, white, 20 kg bag", 300, "EA", "198.00", "2026-12-11"),
    ], "MXN", "2026-11-11")
    assert Decimal("4480.00") / 1000 == Decimal("4.48")
    body = ("Buenas tardes Dana,\n\nLe confirmamos su orden 4500031413:\n\n"
            "1. Adhesivo porcelánico gris a granel: 24 toneladas a $4,480.00 MXN por tonelada (ajuste de precio por costo de "
            "cemento), entrega viernes 11 de diciembre.\n"
            "2. Adhesivo flexible blanco: 300 sacos de 20 kg a $198.00 MXN c/u, entrega viernes 11 de diciembre.\n\n"
            "Saludos cordiales,")
    sig = "Lic. Fernanda Ríos\nVentas Nacionales y Exportación\nAdhesivos Cerámicos del Bajío S.A. de C.V.\nBlvd. Aeropuerto 1520, León, Gto. C.P. 37545\nTel. +52 477 555 0192"
    eml = reply(slug, po, frm=("Fernanda Ríos", "fernanda.rios@adhesivosbajio.example"), date="2026-11-17 11:00:00 -0600",
                body=body, sig=sig, charset="iso-8859-1", cte="quoted-printable", qlang="es")
    return [po], eml, expected("confirmation", "Line 1: 24 t = 24,000 kg at 4,480.00 MXN/t = 4.48 MXN/kg (PO 4.35); "
                               "line 2 as ordered; 'viernes 11 de diciembre' = 2026-12-11.",
                               [conf(po, {1: {"p": "4.48"}, 2: "A"})])


@case("velvet-ribbon-portuguese-csv", "confirmation/pt-PT",
      "Semicolon CSV attachment with decimal commas: one line moved, one sold out, and a fourth line deferred in the body.")
def c030(slug):
    s = sup("FITASVEL", "Fitas & Veludos Lda.", "encomendas@fitasveludos.example", "pt-PT")
    po = mkpo("4500031419", s, [
        L("VV-38-VERM", "Velvet ribbon 38 mm red, 10 m roll", 200, "ROL", "9.60", "2026-12-09"),
        L("VV-16-AZUL", "Velvet ribbon 16 mm navy, 25 m roll", 120, "ROL", "7.25", "2026-12-09"),
        L("VV-6-PRET", "Velvet ribbon 6 mm black, 50 m roll", 80, "ROL", "5.10", "2026-12-09"),
        L("VV-25-VERD", "Velvet ribbon 25 mm green, 20 m roll", 60, "ROL", "6.90", "2026-12-09"),
    ], "EUR", "2026-11-11")
    csv = ("Encomenda;Linha;Artigo;Descrição;Qtd;Un;Preço unit. (EUR);Data entrega;Observações\r\n"
           "4500031419;1;VV-38-VERM;Fita veludo 38 mm vermelha, rolo 10 m;200;ROL;9,60;09/12/2026;\r\n"
           "4500031419;2;VV-16-AZUL;Fita veludo 16 mm azul-marinho, rolo 25 m;120;ROL;7,25;16/12/2026;\r\n"
           "4500031419;3;VV-6-PRET;Fita veludo 6 mm preta, rolo 50 m;0;ROL;;;Esgotado - artigo descontinuado\r\n")
    att = mime.attachment(csv.encode("utf-8"), "text/csv", "confirmacao_4500031419.csv", params="; charset=utf-8")
    body = ("Bom dia Dana,\n\nEm anexo segue a confirmação da encomenda 4500031419 (ficheiro CSV).\n\n"
            "A linha 4 (verde 25 mm) ainda estamos a verificar com a fábrica; damos resposta até sexta-feira.\n\n"
            "Com os melhores cumprimentos,")
    sig = "Ana Sousa\nFitas & Veludos Lda.\nRua da Indústria 245, 4470-177 Maia\nTel. +351 229 555 017 | NIF 503 123 456"
    eml = reply(slug, po, frm=("Ana Sousa", "ana.sousa@fitasveludos.example"), date="2026-11-18 09:30:00 +0000",
                body=body, sig=sig, charset="iso-8859-1", cte="quoted-printable", qlang="pt", attachments=[att])
    return [po], eml, expected("confirmation", "CSV: line 1 as ordered, line 2 delivery 16/12/2026, line 3 sold out "
                               "(rejected); line 4 is still being checked = unconfirmed.",
                               [conf(po, {1: "A", 2: {"d": "2026-12-16"}, 3: "R", 4: "U"})])


@case("ski-wax-us-newsletter", "unrelated/en-US",
      "Bulk newsletter from the supplier's domain with prices, '15% off through 12/15' and shipping promises, no link to the PO.")
def c031(slug):
    s = sup("SUMMITGL", "Summit Glide Wax Co.", "orders@summitglide.example", "en-US")
    po = mkpo("4500031424", s, [
        L("SG-HF-BLUE-60", "Race wax HF blue, 14/-4 F, 60 g", 48, "EA", "22.50", "2026-12-15"),
    ], "USD", "2026-11-20")
    text_ = ("SUMMIT GLIDE - WINTER 2026/27 RACE LINEUP\n\nNew for the 2027 season: HF Blue 60 g (14/-4 F) now $24.90, "
             "Fluoro-free Race Block 1 kg $31.50.\n\n15% OFF all race wax through 12/15 with code SNOW15. Orders placed by "
             "12/15/2026 ship within 48 hrs.\n\nTeam pricing: 10+ units, call (802) 555-0133.\n\nSummit Glide Wax Co. | 88 "
             "Mountain Rd, Stowe, VT 05672\nUnsubscribe: https://summitglide.example/u/8842")
    html = ("<html><body><table width=\"640\" align=\"center\"><tr><td><h1>Winter 2026/27 Race Lineup</h1>"
            "<p>New for the 2027 season: <b>HF Blue 60 g</b> (14/-4&deg;F) now <b>$24.90</b>, Fluoro-free Race Block 1 kg "
            "<b>$31.50</b>.</p><p style=\"font-size:20px;color:#c62828\">15% OFF all race wax through 12/15 &ndash; code "
            "SNOW15</p><p>Orders placed by 12/15/2026 ship within 48 hrs.</p><p style=\"font-size:11px\">Summit Glide Wax Co. | "
            "88 Mountain Rd, Stowe, VT 05672 | <a href=\"https://summitglide.example/u/8842\">Unsubscribe</a></p>"
            "</td></tr></table></body></html>")
    alt = mime.multipart("alternative", [mime.text(text_, cte="quoted-printable"),
                                         mime.text(html, "html", cte="quoted-printable")], "_----------=_1764086400203921")
    eml = simple(slug, frm=("Summit Glide", "news@summitglide.example"), to=buyer_to(po),
                 subject="Winter 2026/27 race wax lineup + 15% off through 12/15", date="2026-11-24 08:00:00 -0700",
                 part=alt, extra_headers=[("List-Unsubscribe", "<https://summitglide.example/u/8842>"),
                                          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    return [po], eml, expected("unrelated", "Marketing newsletter: the product matches the PO item, but its prices and "
                               "dates are promotions, not an answer.")


@case("air-pumps-flemish-two-of-three-pos", "confirmation/nl-BE",
      "Three POs from one supplier; the reply answers two in separate blocks (short quantity, new price list) and ignores the third.")
def c032(slug):
    s = sup("AQUATECHVL", "Aquatech Vlaanderen BV", "bestellingen@aquatech-vl.example", "nl-BE")
    a = mkpo("4500031430", s, [
        L("AP-6W-2x4", "Air pump 6 W, 2 outlets, 2x4 L/min", 120, "PCS", "7.90", "2026-12-11"),
        L("AT-4/6-200", "Airline tubing 4/6 mm, 200 m roll", 15, "ROL", "18.40", "2026-12-11"),
    ], "EUR", "2026-11-12")
    b = mkpo("4500031431", s, [
        L("CV-4MM", "Check valve 4 mm, plastic", 500, "PCS", "0.38", "2026-12-11"),
    ], "EUR", "2026-11-12")
    c = mkpo("4500031437", s, [
        L("AP-10W-24V", "Piston air pump 10 W, 24V DC", 30, "PCS", "38.50", "2027-01-15"),
        L("AS-DISC-100", "Air disc diffuser 100 mm", 60, "PCS", "4.60", "2027-01-15"),
    ], "EUR", "2026-11-13")
    body = ("Goedemorgen Dana,\n\nHierbij onze bevestiging voor twee van jullie bestellingen:\n\n"
            "Bestelling 4500031430\n- AP-6W-2x4: 120 st. à € 7,90 - levering 11/12/2026 OK\n"
            "- AT-4/6-200: 15 rollen à € 18,40 - levering 11/12/2026 OK\n\n"
            "Bestelling 4500031437\n- AP-10W-24V: slechts 24 stuks leverbaar, à € 38,50, levering 15/01/2027\n"
            "- AS-DISC-100: 60 st. à € 4,95 (nieuwe prijslijst), levering 15/01/2027\n\nMet vriendelijke groeten,")
    sig = "Wouter Peeters\nAquatech Vlaanderen BV | Industrieweg 112, 9032 Gent\nT +32 9 555 61 30 | BTW BE 0456.789.123"
    eml = reply(slug, a, frm=("Wouter Peeters", "wouter.peeters@aquatech-vl.example"), date="2026-11-19 10:10:00 +0100",
                body=body, sig=sig, charset="windows-1252", cte="quoted-printable", qlang="nl", prefix="RE: ")
    return [a, b, c], eml, expected(
        "confirmation", "Two POs answered in one mail: 4500031430 fully as ordered; 4500031437 line 1 only 24 of 30, "
        "line 2 new price 4.95. PO 4500031431 is not mentioned and is left out.",
        [conf(a, {1: "A", 2: "A"}), conf(c, {1: {"q": 24}, 2: {"p": "4.95"}})])


@case("keg-couplers-danish-partial", "confirmation/da-DK",
      "Danish partial confirmation in prose: 150 of 200 couplers, the last 50 declined, gaskets confirmed with 'kr./sæt' and '10.12'.")
def c033(slug):
    s = sup("FADOLTEK", "Fadøl Teknik A/S", "ordre@fadolteknik.example", "da-DK")
    po = mkpo("4500031442", s, [
        L("KC-S-DK", "Keg coupler S-system, stainless, 5/8 in", 200, "EA", "365.00", "2026-12-10"),
        L("KC-GASK-S", "Coupler gasket set S-system, 10 pcs", 50, "SET", "42.00", "2026-12-10"),
    ], "DKK", "2026-11-12")
    body = ("Hej Dana\n\nTak for ordren. Vi kan levere 150 af de 200 S-koblinger til den 10. december til 365,00 kr./stk.; de "
            "sidste 50 kan vi desværre ikke skaffe i år, så dem må vi melde fra på.\n\nPakningssættene leveres fuldt ud, "
            "50 sæt à 42,00 kr./sæt, den 10.12.\n\nVenlig hilsen")
    sig = "Mette Kjær\nSalg | Fadøl Teknik A/S\nBryggerivej 9, 8600 Silkeborg\nTlf. +45 86 55 20 14 | CVR 31 24 56 78"
    eml = reply(slug, po, frm=("Mette Kjær", "mette.kjaer@fadolteknik.example"), date="2026-11-18 11:00:00 +0100",
                body=body, sig=sig, charset="iso-8859-1", cte="quoted-printable", qlang="da", prefix="SV: ")
    return [po], eml, expected("confirmation", "Partial: line 1 confirmed for 150 of 200 at the PO price and date (the "
                               "other 50 declined, so quantity 150); line 2 as ordered ('10.12' = 2026-12-10).",
                               [conf(po, {1: {"q": 150}, 2: "A"})])


@case("ski-wax-finnish-rejected-line", "confirmation/fi-FI",
      "Finnish per-row answer: one line discontinued (rejected) and one given as 'viikolla 50', which is exactly the requested Friday.")
def c034(slug):
    s = sup("LUMIVOIDE", "Lumivoide Oy", "tilaukset@lumivoide.example", "fi-FI")
    po = mkpo("4500031448", s, [
        L("LV-HF-SIN", "Ski wax HF blue, -8/-18 C, 60 g", 120, "EA", "19.80", "2026-12-11"),
        L("LV-POW-30", "Fluor-free race powder, 30 g", 40, "EA", "42.00", "2026-12-11"),
        L("LV-IRON-230", "Waxing iron 230V, 1000 W", 6, "EA", "89.00", "2026-12-11"),
    ], "EUR", "2026-11-12")
    body = ("Hei Dana,\n\nKiitos tilauksesta 4500031448.\n\nRivi 1: vahvistetaan 120 kpl, 19,80 €/kpl, toimitus 11.12.2026.\n"
            "Rivi 2: tuote on poistunut valikoimasta, emme valitettavasti voi toimittaa.\n"
            "Rivi 3: vahvistetaan 6 kpl, 89,00 €/kpl, toimitus viikolla 50.\n\nYstävällisin terveisin")
    sig = "Jukka Virtanen\nMyynti | Lumivoide Oy\nTehtaankatu 4 B, 15110 Lahti\npuh. 040 555 2281 | Y-tunnus 2345678-9"
    eml = reply(slug, po, frm=("Jukka Virtanen", "jukka.virtanen@lumivoide.example"), date="2026-11-20 09:00:00 +0200",
                body=body, sig=sig, charset="iso-8859-15", cte="quoted-printable", qlang="fi", prefix="VS: ")
    return [po], eml, expected("confirmation", "Line 2 discontinued = rejected; line 3 'viikolla 50' = Friday 2026-12-11 = "
                               "requested, so accepted; line 1 accepted.", [conf(po, {1: "A", 2: "R", 3: "A"})])


@case("fishplate-bolts-slovak-next-week", "needs_review/sk-SK",
      "Slovak holding reply: dates being checked, 'potvrdíme budúci týždeň, najneskôr v piatok 27. 11.' - a date that is not a delivery date.")
def c035(slug):
    s = sup("ZSPKE", "Železničné Spojovacie Prvky a.s.", "objednavky@zsp-kosice.example", "sk-SK")
    po = mkpo("4500031455", s, [
        L("FB-M22x150", "Fishplate bolt M22x150, grade 8.8, with nut", 2500, "PCS", "1.38", "2026-12-18"),
        L("FB-WSH-22", "Spring washer 22 mm", 2500, "PCS", "0.12", "2026-12-18"),
    ], "EUR", "2026-11-13")
    body = ("Dobrý deň,\n\nďakujeme za objednávku č. 4500031455. Termíny dodania momentálne overujeme s výrobou, objednávku "
            "vám potvrdíme budúci týždeň, najneskôr v piatok 27. 11.\n\nS pozdravom")
    sig = "Martin Horváth\nobchodné oddelenie\nŽelezničné Spojovacie Prvky a.s., Južná trieda 48, 040 01 Košice\ntel. +421 55 555 3102"
    eml = reply(slug, po, frm=("Martin Horváth", "martin.horvath@zsp-kosice.example"), date="2026-11-16 10:00:00 +0100",
                body=body, sig=sig, charset="iso-8859-2", cte="quoted-printable", qlang="en", prefix="Re: ", html=None)
    return [po], eml, expected("needs_review", "Promise to confirm later; 'piatok 27. 11.' is the deadline for the "
                               "answer, not a delivery date.")


@case("band-blades-estonian-html-table", "confirmation/et-EE",
      "HTML table answer (with text alternative) in Estonian: a new price and date on one line, 'ei ole saadaval' on another.")
def c036(slug):
    s = sup("METSATERA", "Metsatera OÜ", "tellimused@metsatera.example", "et-EE")
    po = mkpo("4500031460", s, [
        L("BB-35-1.1-4020", "Band saw blade 35x1.1 mm, 7/8 pitch, 4020 mm", 30, "EA", "31.40", "2026-12-09"),
        L("BB-50-1.1-4400", "Band saw blade 50x1.1 mm, 22 mm pitch, 4400 mm", 20, "EA", "44.90", "2026-12-09"),
        L("BB-SET-TL", "Tooth setter tool, 0.5-1.5 mm", 2, "EA", "128.00", "2026-12-09"),
    ], "EUR", "2026-11-13")
    rows = [("1", "BB-35-1.1-4020", "30", "31,40", "09.12.2026"),
            ("2", "BB-50-1.1-4400", "20", "46,20", "16.12.2026"),
            ("3", "BB-SET-TL", "-", "-", "ei ole saadaval")]
    text_ = ("Tere, Dana!\n\nTellimuse 4500031460 kinnitus:\n\nRida | Kood | Kogus | Hind EUR | Tarnekuupäev\n" +
             "\n".join(" | ".join(r) for r in rows) +
             "\n\nRea 2 hind on muutunud (terase hinnatõus alates 01.11.2026).\n\nLugupidamisega\nKadri Tamm\n"
             "Metsatera OÜ | Tööstuse 7, 80010 Pärnu | +372 445 5120")
    trs = "".join("<tr>" + "".join(f"<td style=\"border:1px solid #999;padding:2px 6px\">{c}</td>" for c in r) + "</tr>"
                  for r in rows)
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\"></head><body>"
            "<p>Tere, Dana!</p><p>Tellimuse 4500031460 kinnitus:</p><table style=\"border-collapse:collapse\">"
            "<tr><th>Rida</th><th>Kood</th><th>Kogus</th><th>Hind EUR</th><th>Tarnekuupäev</th></tr>" + trs +
            "</table><p>Rea 2 hind on muutunud (terase hinnatõus alates 01.11.2026).</p><p>Lugupidamisega<br>Kadri Tamm<br>"
            "Metsatera OÜ | Tööstuse 7, 80010 Pärnu | +372 445 5120</p><blockquote type=\"cite\">" + request_html(po) +
            "</blockquote></body></html>")
    alt = mime.multipart("alternative", [mime.text(text_, charset="iso-8859-15", cte="base64"),
                                         mime.text(html, "html", charset="iso-8859-15", cte="base64")],
                         "------------Kx2mT0aQ7yN1vB4cR8eL3dF9")
    eml = simple(slug, frm=("Kadri Tamm", "kadri.tamm@metsatera.example"), to=buyer_to(po),
                 subject="Re: Purchase order 4500031460 - please confirm", date="2026-11-24 13:00:00 +0200", part=alt,
                 style="thunderbird", irt=po["request_message_id"],
                 extra_headers=[("User-Agent", "Mozilla Thunderbird 128.4.3")])
    return [po], eml, expected("confirmation", "Table: line 1 as ordered; line 2 price 46,20 and date 16.12.2026; line 3 "
                               "'ei ole saadaval' (not available) = rejected; '01.11.2026' is a price-rise date.",
                               [conf(po, {1: "A", 2: {"p": "46.20", "d": "2026-12-16"}, 3: "R"})])
