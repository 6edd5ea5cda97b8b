# -*- coding: utf-8 -*-
"""Cases A: confirmations from Europe, the Americas and Asia (1/2)."""
from . import mime
from .common import (PO, Supplier, T, alt, case, expected_conf, html_doc, local, msgid, outlook_headers,
                     outlook_html_quote, outlook_quote, paras_html, quote, request_text, subject, text_to_html,
                     mail, fmt_sent, rfcdate, fmt_amount)
from .pdf import Document
from .xlsx import make_xlsx
import datetime as dt


# ------------------------------------------------------------------ 1
@case("iphone-confirmed-all-as-per-po", "confirmation", "en-GB",
      "iPhone one-liner 'Confirmed – all as per PO' above a long '>' quote full of PO figures, T&C percentages and the order total")
def iphone_confirmed():
    sup = Supplier("PENNFLUE", "Pennine Flue & Cowl Ltd", "sales@pennineflue.example", "en-GB")
    po = PO("4500072110", sup, "aoife", "GBP", "2026-11-19", [
        ("PFC-H225-SS", "Chimney cowl, H-type, 225 mm flue, stainless A2", 24, "EA", "86.40", "2026-12-14"),
        ("PFC-SPIN-150", "Rotating spinner cowl, 150 mm, galvanised", 40, "EA", "39.95", "2026-12-14"),
        ("PFC-BIRD-200", "Bird guard cowl, 200 mm, black powder coat", 60, "EA", "21.10", "2026-12-18"),
        ("PFC-CLAMP-225", "Stainless band clamp, 225 mm", 100, "EA", "3.25", "2026-12-18"),
        ("PFC-ANTI-DD", "Anti-downdraught cowl, clay pot fit", 12, "EA", "118.00", "2027-01-08"),
    ], sent=T("2026-11-19 10:41:12"))
    b = po.buyer
    attr = "On 19 Nov 2026, at 10:41, %s <%s> wrote:" % (b.name, b.email)
    txt = ("Confirmed \u2013 all as per PO\n\nSent from my iPhone\n\n"
           + quote(attr + "\n\n\ufeff" + request_text(po, long=True)))
    body = mime.text(txt, "utf-8", "quoted-printable")
    date = T("2026-11-20 07:52:13")
    eml = mail(("Gareth Hollins", sup.email), b.pair, "Re: " + subject(po), date,
               msgid("apple", "pennflue-1", "pennineflue.example"), body, irt=po,
               extra=[("X-Mailer", "iPhone Mail (22B91)")])
    exp = expected_conf([(po, {1: "A", 2: "A", 3: "A", 4: "A", 5: "A"})],
                        "Whole answer is one line typed on a phone; every line accepted as ordered. The quoted request "
                        "repeats all quantities, prices, dates, the total and T&C percentages - none of it is new.")
    return [po], eml, exp


# ------------------------------------------------------------------ 2
@case("ticks-and-crosses-pasted-table", "confirmation", "en-AU",
      "supplier pasted our PO lines back with a ✔/✘ column; one tick carries a ship date in dd/mm/yy, one cross is a rejection")
def ticks_crosses():
    sup = Supplier("SXROW", "Southern Cross Rowing Hardware Pty Ltd", "orders@sxrowing.example", "en-AU")
    po = PO("4500072231", sup, "dana", "AUD", "2026-11-18", [
        ("SXR-OL-12S", "Swivel oarlock, 12 mm pin, glass-filled nylon", 50, "PR", "18.90", "2026-12-11"),
        ("SXR-OL-13S", "Swivel oarlock, 13 mm pin, glass-filled nylon", 30, "PR", "19.40", "2026-12-11"),
        ("SXR-GATE-BR", "Oarlock gate, brass, sweep", 80, "EA", "7.15", "2026-12-11"),
        ("SXR-SPC-4MM", "Pin spacer set, 4 mm, blue", 200, "SET", "2.60", "2026-12-18"),
    ])
    rows = [
        ("1", "SXR-OL-12S", "50 PR", "18.90 AUD", "2026-12-11", "\u2714"),
        ("2", "SXR-OL-13S", "30 PR", "19.40 AUD", "2026-12-11", "\u2714 ship 08/01/27 (13 mm pins on back order)"),
        ("3", "SXR-GATE-BR", "80 EA", "7.15 AUD", "2026-12-11", "\u2718 discontinued, replaced by SXR-GATE-SS - pls raise a new PO if wanted"),
        ("4", "SXR-SPC-4MM", "200 SET", "2.60 AUD", "2026-12-18", "\u2714"),
    ]
    head = ("Line", "Item", "Qty", "Unit price", "Need by", "OK?")
    w = [max(len(r[i]) for r in rows + [head]) for i in range(5)]
    tab = "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r[:5])) + "  " + r[5] for r in [head] + rows)
    top = ("Hi Dana,\n\nSee your lines below - ticks are confirmed, crosses we can't do.\n\n" + tab +
           "\n\nAll prices ex GST as per your PO.\n\nCheers,\nKylie\n\n"
           "Kylie Tran | Customer Service\nSouthern Cross Rowing Hardware Pty Ltd\n"
           "14 Boatshed Lane, Lakes Entrance VIC 3909 | +61 3 5155 0199\n\n")
    txt = top + outlook_quote(po, "en-AU", 11)
    trs = "".join("<tr>%s</tr>\n" % "".join("<td>%s</td>" % c for c in r) for r in rows)
    hb = html_doc("<p>Hi Dana,</p><p>See your lines below - ticks are confirmed, crosses we can't do.</p>\n"
                  "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr>%s</tr>\n%s</table>\n"
                  "<p>All prices ex GST as per your PO.</p><p>Cheers,<br>Kylie</p>\n"
                  "<p style=\"font-size:9pt\">Kylie Tran | Customer Service<br>Southern Cross Rowing Hardware Pty Ltd<br>"
                  "14 Boatshed Lane, Lakes Entrance VIC 3909 | +61 3 5155 0199</p>\n%s"
                  % ("".join("<th>%s</th>" % h for h in head), trs, outlook_html_quote(po, "en-AU", 11)))
    body = alt(txt, "utf-8", "quoted-printable", "sxrow", html_body=hb)
    date = T("2026-11-24 16:05:41", 11)
    eml = mail(("Kylie Tran", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "sxrow-1", ""), body, irt=po, extra=outlook_headers("en-AU", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-08"}, 3: "R", 4: "A"})],
                        "Ticks/crosses column on our pasted lines. Line 2 ticked but 'ship 08/01/27' is en-AU day-first "
                        "= 8 Jan 2027 (ship date only, so it is the date). Line 3 crossed = rejected; the suggested "
                        "replacement needs a new PO.")
    return [po], eml, exp


# ------------------------------------------------------------------ 3
@case("price-per-dozen-vs-per-piece", "confirmation", "en-PK",
      "prices quoted per dozen and quantities in dozens while the PO is per piece; one dozen price is a real increase")
def per_dozen():
    sup = Supplier("HPWSKT", "Highland Pipe Works (Pvt.) Ltd.", "export@highlandpipeworks.example", "en-PK")
    po = PO("4500072356", sup, "priya", "USD", "2026-11-17", [
        ("HPW-CR-SYN", "Chanter reed, synthetic, Highland pitch", 144, "PCS", "3.10", "2026-12-22"),
        ("HPW-DR-CANE", "Drone reed, cane, tenor", 96, "PCS", "2.25", "2026-12-22"),
        ("HPW-PC-REED", "Practice chanter reed, plastic", 60, "PCS", "1.40", "2026-12-22"),
    ])
    top = ("Dear Ms. Priya,\n\nGreetings from Sialkot!\n\n"
           "Thank you for your valued order no. 4500072356. We are pleased to confirm the same as under "
           "(our prices are per dozen as per our standing price list):\n\n"
           "1) Synthetic chanter reeds - 12 doz @ US$ 37.20/doz - delivery 22-12-2026\n"
           "2) Cane drone reeds (tenor) - 8 doz @ US$ 30.00/doz - delivery 22-12-2026 (kindly note cane rate "
           "increased by our grower)\n"
           "3) Practice chanter reeds - 5 doz @ US$ 16.80/doz - delivery 12-01-2027\n\n"
           "Goods will be sent by DHL door to door. Proforma invoice will follow shortly.\n\n"
           "Best regards,\n\nMuhammad Arslan\nExport Manager\nHighland Pipe Works (Pvt.) Ltd.\n"
           "Small Industrial Estate, Sialkot 51310, Pakistan\nPh: +92 52 355 0187 | WhatsApp +92 300 555 0187\n\n")
    txt = top + outlook_quote(po, "en-US", 5, sep="line")
    body = alt(txt, "utf-8", "quoted-printable", "hpw")
    date = T("2026-11-23 11:20:44", 5)
    eml = mail(("Muhammad Arslan", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "hpw-1", ""), body, irt=po, extra=outlook_headers("en-US", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"p": "2.50"}, 3: {"d": "2027-01-12"}})],
                        "Per-dozen prices: 37.20/12 = 3.10 (as ordered), 30.00/12 = 2.50 (up from 2.25), "
                        "16.80/12 = 1.40. 12/8/5 dozen = 144/96/60 pcs. Dates dd-mm-yyyy; line 3 moves to 12 Jan 2027.")
    return [po], eml, exp


# ------------------------------------------------------------------ 4
@case("kw52-with-weekday-mi", "confirmation", "de-DE",
      "German delivery dates as 'KW 52 Mi' (Wednesday of ISO week 52) and 'KW 2/2027' (Friday), 2.000 = two thousand")
def kw52_mi():
    sup = Supplier("NECKFED", "Neckar Federn GmbH", "vertrieb@neckar-federn.example", "de-DE")
    po = PO("4500072418", sup, "tomas", "EUR", "2026-11-20", [
        ("NF-NIB-EF-ST", "Fountain pen nib, steel, EF, size 6", 2000, "PCS", "1.92", "2026-12-18"),
        ("NF-NIB-M-ST", "Fountain pen nib, steel, M, size 6", 3000, "PCS", "1.92", "2026-12-18"),
        ("NF-NIB-M-TI", "Fountain pen nib, titanium, M, size 6", 1000, "PCS", "6.75", "2027-01-08"),
    ])
    top = ("Sehr geehrter Herr Lindqvist,\n\n"
           "vielen Dank für Ihre Bestellung 4500072418. Gerne bestätigen wir wie folgt:\n\n"
           "Pos. 1: 2.000 St. Feder EF Stahl, 1,92 €/St. \u2013 Liefertermin KW 52 Mi\n"
           "Pos. 2: 3.000 St. Feder M Stahl \u2013 wie bestellt\n"
           "Pos. 3: 1.000 St. Feder M Titan, 6,75 €/St. \u2013 Liefertermin KW 2/2027\n\n"
           "Die Titanfedern gehen nach der Beschichtung im Januar raus, früher geht es leider nicht.\n\n"
           "Mit freundlichen Grüßen\n\nSabine Krämer\nVertriebsinnendienst\n\n"
           "Neckar Federn GmbH\nSontheimer Straße 41 · 74081 Heilbronn\nTel. +49 7131 5578-14 · Fax -99\n"
           "Sitz der Gesellschaft: Heilbronn · Amtsgericht Stuttgart HRB 712345 · Geschäftsführer: Dr. Jörg Hübner\n\n")
    txt = top + outlook_quote(po, "de", 1, sep="orig")
    body = alt(txt, "windows-1252", "quoted-printable", "neckfed")
    date = T("2026-11-30 14:22:05", 1)
    eml = mail(("Sabine Krämer", sup.email), po.buyer.pair, "AW: " + subject(po), date,
               msgid("outlook", "neckfed-1", ""), body, irt=po, hcs="iso-8859-1", hmode="Q",
               extra=outlook_headers("de-DE", subject(po)))
    exp = expected_conf([(po, {1: {"d": "2026-12-23"}, 2: "A", 3: {"d": "2027-01-15"}})],
                        "KW 52 Mi = Wednesday of ISO week 52/2026 = 23 Dec 2026. KW 2/2027 without a day = Friday "
                        "15 Jan 2027. 2.000 St. is a thousands separator. Line 2 'wie bestellt'.")
    return [po], eml, exp


# ------------------------------------------------------------------ 5
@case("iso-week-w52-3-notation", "confirmation", "fi-FI",
      "dates as ISO week-day notation 'W52-3' and 'W01-4' (2026 has a week 53), factory closure dates in the same mail")
def w52_3():
    sup = Supplier("POHRUUVI", "Pohjolan Ruuvikuljetin Oy", "myynti@pohjolan-ruuvi.example", "fi-FI")
    po = PO("4500072477", sup, "tomas", "EUR", "2026-11-23", [
        ("PR-AUG-160-6", "Grain silo auger, 160 mm, 6 m, with flange", 4, "EA", "1845.00", "2026-12-18"),
        ("PR-AUG-200-8", "Grain silo auger, 200 mm, 8 m, with flange", 2, "EA", "2690.00", "2027-01-08"),
        ("PR-FLT-160", "Auger flight section, 160 mm, 1 m", 12, "EA", "112.50", "2027-01-08"),
    ])
    nb = "\u00a0"
    top = ("Hello Tomas,\n\nThank you for the order 4500072477. Our confirmation below, prices as in your PO.\n\n"
           "Line 1    4 pcs   PR-AUG-160-6   1%s845,00 €   delivery W52-3\n"
           "Line 2    2 pcs   PR-AUG-200-8   2%s690,00 €   delivery W01-4\n"
           "Line 3   12 pcs   PR-FLT-160       112,50 €   delivery as requested\n\n"
           "Please note that our factory is closed 24.12.-6.1. Line 1 will reach you before the holidays.\n\n"
           "Ystävällisin terveisin / Best regards\n\nJukka Mäkelä\nMyyntipäällikkö / Sales Manager\n"
           "Pohjolan Ruuvikuljetin Oy\nTeollisuustie 12, 60100 Seinäjoki, Finland\n+358 6 555 0142\n\n" % (nb, nb))
    txt = top + outlook_quote(po, "fi", 2, sep="line")
    body = alt(txt, "iso-8859-15", "quoted-printable", "pohruuvi")
    date = T("2026-11-26 13:05:17", 2)
    eml = mail(("Jukka Mäkelä", sup.email), po.buyer.pair, "VS: " + subject(po), date,
               msgid("outlook", "pohruuvi-1", ""), body, irt=po, hcs="iso-8859-15", hmode="Q",
               extra=outlook_headers("fi-FI", subject(po)))
    exp = expected_conf([(po, {1: {"d": "2026-12-23"}, 2: {"d": "2027-01-07"}, 3: "A"})],
                        "W52-3 = Wed 23 Dec 2026; W01-4 = Thu 7 Jan 2027 (ISO week 1 of 2027 starts 4 Jan because 2026 "
                        "has 53 weeks) - one day earlier than requested, still a change. Closure 24.12.-6.1. is not a "
                        "delivery date. Finnish decimal comma with no-break-space thousands.")
    return [po], eml, exp


# ------------------------------------------------------------------ 6
@case("bilingual-french-english-same-answer", "confirmation", "fr-CA",
      "same confirmation written twice, French then English; quantity cut on one line, date moved on another")
def bilingual():
    sup = Supplier("PAGBOR", "Pagaies Boréales inc.", "commandes@pagaies-boreales.example", "fr-CA")
    po = PO("4500072502", sup, "dana", "CAD", "2026-11-16", [
        ("PB-CED-57", "Canoe paddle, cedar/ash laminate, 57 in", 120, "EA", "64.50", "2026-12-18"),
        ("PB-CHE-60", "Canoe paddle, cherry, ottertail, 60 in", 100, "EA", "89.00", "2026-12-18"),
        ("PB-KID-48", "Canoe paddle, youth, basswood, 48 in", 80, "EA", "38.75", "2027-01-08"),
    ])
    top = ("Bonjour Mme Ruiz,\n\n"
           "Nous confirmons votre commande 4500072502 comme suit :\n"
           "\u2013 Ligne 1 : 120 pagaies cèdre/frêne 57 po à 64,50 $ \u2013 livraison le 18 décembre 2026, tel que demandé.\n"
           "\u2013 Ligne 2 : 80 pagaies en cerisier seulement (bois disponible limité); le solde de 20 unités est annulé. "
           "Prix de 89,00 $ et livraison le 18 décembre 2026 inchangés.\n"
           "\u2013 Ligne 3 : 80 pagaies junior à 38,75 $ \u2013 livraison le 15 janvier 2027.\n\n"
           "~~~ English follows ~~~\n\n"
           "Hello Ms. Ruiz,\n\n"
           "We confirm your order 4500072502 as follows:\n"
           "\u2013 Line 1: 120 cedar/ash paddles 57 in at $64.50 \u2013 delivery December 18, 2026, as requested.\n"
           "\u2013 Line 2: 80 cherry paddles only (limited lumber available); the balance of 20 units is cancelled. "
           "Price of $89.00 and delivery December 18, 2026 unchanged.\n"
           "\u2013 Line 3: 80 youth paddles at $38.75 \u2013 delivery January 15, 2027.\n\n"
           "Merci / Thank you,\n\nMarie-Ève Tremblay\nService à la clientèle / Customer Service\n"
           "Pagaies Boréales inc.\n1250, rue des Artisans, Saint-Raymond (Québec) G3L 1Y5\n418 555-0137\n\n")
    txt = top + outlook_quote(po, "fr", -5, sep="line")
    body = alt(txt, "utf-8", "quoted-printable", "pagbor")
    date = T("2026-11-25 15:40:02", -5)
    eml = mail(("Marie-Ève Tremblay", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "pagbor-1", ""), body, irt=po, extra=outlook_headers("fr-CA", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"q": 80}, 3: {"d": "2027-01-15"}})],
                        "One answer given twice (FR + EN); must not be double-counted. Line 2 cut to 80 (balance "
                        "cancelled), line 3 moved to 15 Jan 2027. fr-CA decimal comma '64,50 $'.")
    return [po], eml, exp


# ------------------------------------------------------------------ 7
@case("partial-line-to-follow-date-tbc", "confirmation", "it-IT",
      "two lines confirmed together in one sentence, third line 'to follow, date TBC' (no commitment); Italian GDPR footer")
def to_follow_tbc():
    sup = Supplier("IDROACQ", "Idrotecnica Acquari S.r.l.", "ordini@idrotecnica-acquari.example", "it-IT")
    po = PO("4500072590", sup, "aoife", "EUR", "2026-11-24", [
        ("IA-PMP-1200", "Aquarium circulation pump, 1200 l/h", 60, "EA", "24.80", "2026-12-14"),
        ("IA-PMP-2500", "Aquarium return pump, 2500 l/h, 230 V", 40, "EA", "46.20", "2026-12-14"),
        ("IA-PMP-DC4000", "DC return pump, 4000 l/h, with controller", 25, "EA", "118.00", "2026-12-14"),
    ])
    top = ("Dear Aoife,\n\nthank you for your order.\n\n"
           "Lines 1 and 2 are confirmed as per your PO, delivery 14/12/2026.\n"
           "Line 3 (IA-PMP-DC4000): to follow, date TBC - the new controllers are still in final testing, "
           "I will update you next week.\n\n"
           "Best regards / Cordiali saluti\n\nGiulia Ferraro\nUfficio Commerciale Estero\n"
           "Idrotecnica Acquari S.r.l.\nVia dell'Artigianato 18 - 35010 Vigonza (PD) - Italia\n"
           "Tel. +39 049 555 0123 - P.IVA IT04567890281\n\n"
           "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al "
           "destinatario. Ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003 ogni utilizzo non "
           "autorizzato è vietato. Se avete ricevuto questo messaggio per errore, vi preghiamo di darne "
           "comunicazione al mittente e di cancellarlo.\n\n")
    txt = top + outlook_quote(po, "it", 1, sep="line")
    body = alt(txt, "iso-8859-1", "quoted-printable", "idroacq")
    date = T("2026-11-27 11:02:37", 1)
    eml = mail(("Giulia Ferraro", sup.email), po.buyer.pair, "R: " + subject(po), date,
               msgid("outlook", "idroacq-1", ""), body, irt=po, extra=outlook_headers("it-IT", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: "A", 3: "U"})],
                        "Lines 1+2 confirmed in one sentence at the requested 14/12/2026. Line 3 'to follow, date TBC' "
                        "is addressed but not committed -> unconfirmed.")
    return [po], eml, exp


# ------------------------------------------------------------------ 8
@case("correction-ignore-my-last-mail", "confirmation", "cs-CZ",
      "second mail in the thread corrects the first ('ignore my last mail, line 2 is 14.01.'); the rest stands from the quoted first reply")
def correction():
    sup = Supplier("PRUZHOD", "Pružiny Hodonín s.r.o.", "obchod@pruziny-hodonin.example", "cs-CZ")
    po = PO("4500072633", sup, "marek", "CZK", "2026-11-17", [
        ("PH-TS-165", "Trampoline spring, 165 mm, galvanised", 4000, "PCS", "8.90", "2026-12-18"),
        ("PH-TS-215", "Trampoline spring, 215 mm, galvanised", 3000, "PCS", "11.40", "2027-01-08"),
        ("PH-TS-TOOL", "Spring pull tool, T-handle", 150, "PCS", "64.00", "2027-01-08"),
    ])
    b = po.buyer
    sig = ("S pozdravem / Best regards\n\nPetra Dvořáková\nobchodní oddělení\n"
           "Pružiny Hodonín s.r.o., Průmyslová 1127/9, 695 01 Hodonín\n+420 518 555 214\n")
    first_date = T("2026-11-25 09:15:22", 1)
    first_id = msgid("outlook", "pruzhod-1", "")
    first = ("Dear Mr. Novak,\n\nwe confirm your order 4500072633:\n\n"
             "Line 1: 4 000 pcs, 8,90 CZK, delivery 18.12.2026 - OK\n"
             "Line 2: 3 000 pcs, 11,40 CZK, delivery 07.01.2027\n"
             "Line 3: OK as ordered\n\n" + sig + "\n" + outlook_quote(po, "cs", 1, sep="none"))
    fhead = ("Od: Petra Dvořáková <%s>\nOdesláno: %s\nKomu: %s <%s>\nPředmět: RE: %s\n"
             % (sup.email, fmt_sent("cs", first_date), b.name, b.email, subject(po)))
    txt = ("Dear Mr. Novak,\n\nsorry, please ignore my last mail for line 2 \u2013 wrong date. Line 2 is 14.01.\n"
           "Lines 1 and 3 stay as confirmed below.\n\n" + sig + "\n" + fhead + "\n" + first)
    body = alt(txt, "windows-1250", "quoted-printable", "pruzhod-2")
    date = T("2026-11-25 10:48:03", 1)
    eml = mail(("Petra Dvořáková", sup.email), b.pair, "RE: " + subject(po), date,
               msgid("outlook", "pruzhod-2", ""), body, irt=first_id, refs=[po.request_message_id, first_id],
               hcs="windows-1250", hmode="Q", extra=outlook_headers("cs-CZ", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-14"}, 3: "A"}),],
                        "Latest mail wins: line 2 corrected from 07.01.2027 to '14.01.' (no year -> next 14 Jan after "
                        "the mail date = 2027-01-14). Lines 1 and 3 stand as confirmed in the quoted first reply.")
    return [po], eml, exp


# ------------------------------------------------------------------ 9
def _lipper_pdf(po):
    doc = Document(title="Auftragsbestätigung 2611873", author="Lipper Dentalinstrumente", producer="SAP NetWeaver 7.50 / PDF",
                   creator="SAPscript", created="D:20261126163044+01'00'")
    p = doc.page()
    p.text(40, 800, "Lipper Dentalinstrumente GmbH & Co. KG", 13, bold=True)
    p.text(40, 786, "Rudolf-Diesel-Straße 22 · 32657 Lemgo · Deutschland", 8)
    p.text(40, 740, "Fernhill Trading Ltd", 9)
    p.text(40, 729, "Unit 4, Harbour Road Business Park", 9)
    p.text(40, 718, "Ringaskiddy, Co. Cork P43 X2Y3", 9)
    p.text(40, 707, "IRLAND", 9)
    meta = [("Auftragsbestätigung Nr.", "2611873"), ("Datum", "26.11.2026"), ("Kunden-Nr.", "40877"),
            ("Ihre Bestellung", "4500072688 vom 19.11.2026"), ("Ihr Zeichen", "Priya Raman"),
            ("Unser Zeichen", "VID / M. Brinkmann")]
    y = 750
    for k, v in meta:
        p.text(340, y, k, 8)
        p.text(450, y, v, 8, bold=True)
        y -= 11
    p.text(40, 660, "Auftragsbestätigung", 14, bold=True)
    p.text(40, 644, "Wir danken für Ihren Auftrag, den wir zu unseren Allgemeinen Verkaufsbedingungen wie folgt bestätigen:", 8)
    cols = [(30, "left"), (75, "left"), (150, "left"), (45, "right"), (25, "left"), (50, "right"), (25, "right"),
            (60, "left"), (60, "right")]
    rows = [["Pos.", "Artikel-Nr.", "Bezeichnung", "Menge", "ME", "Preis", "PE", "Liefertermin", "Betrag EUR"],
            ["10", "LD-FG-012", "Diamantschleifer FG rund 012", "500", "St", "385,00", "100", "11.12.2026", "1.925,00"],
            ["", "", "Ihre Mat.-Nr. LD-FG-012, mittel", "", "", "", "", "", ""],
            ["20", "LD-TC-330", "HM-Fräser FG 330 birnenförmig", "300", "St", "4,20", "1", "11.12.2026", "1.260,00"],
            ["", "", "Preis lt. Preisliste 01/2027", "", "", "", "", "", ""],
            ["30", "LD-RA-023", "Stahlrosenbohrer WS 023", "200", "St", "1,95", "1", "KW 02/2027", "390,00"],
            ["", "", "Ihre Mat.-Nr. LD-RA-HP-023", "", "", "", "", "", ""]]
    y = p.table(40, 610, cols, rows, size=7.5, row_h=12)
    p.line(40, y + 4, 560, y + 4)
    p.text(380, y - 10, "Warenwert netto", 8)
    p.text(557, y - 10, "3.575,00", 8, align="right")
    p.text(380, y - 22, "Versandkosten", 8)
    p.text(557, y - 22, "0,00", 8, align="right")
    p.text(380, y - 36, "Gesamtbetrag EUR", 9, bold=True)
    p.text(557, y - 36, "3.575,00", 9, bold=True, align="right")
    y -= 70
    for l in ["Lieferbedingung: DAP Ringaskiddy (Incoterms 2020)", "Zahlungsbedingung: 30 Tage netto",
              "Steuerfreie innergemeinschaftliche Lieferung gem. § 4 Nr. 1b UStG. USt-IdNr. Kunde: IE6388047V",
              "Liefertermine sind Versandtermine ab Werk Lemgo, sofern nicht anders angegeben.",
              "Bitte prüfen Sie diese Auftragsbestätigung. Abweichungen bitten wir innerhalb von 3 Tagen mitzuteilen."]:
        p.text(40, y, l, 7.5)
        y -= 11
    p.text(40, 60, "Sitz Lemgo · AG Lemgo HRA 4411 · Kompl.: Lipper Verwaltungs GmbH, AG Lemgo HRB 1022 · USt-IdNr. DE812345678", 6.5)
    return doc.tobytes()


@case("erp-pdf-positions-10-20-30-liefertermin", "confirmation", "de-DE",
      "German ERP PDF: positions 10/20/30 map to PO lines 1-3, price per 100 units (PE 100), 'Liefertermin' column with a 'KW 02/2027'")
def lipper_pdf():
    sup = Supplier("LIPPDENT", "Lipper Dentalinstrumente GmbH & Co. KG", "auftrag@lipper-dental.example", "de-DE")
    po = PO("4500072688", sup, "priya", "EUR", "2026-11-19", [
        ("LD-FG-012", "Diamond bur FG round 012, medium grit", 500, "PCS", "3.85", "2026-12-11"),
        ("LD-TC-330", "Tungsten carbide bur FG 330, pear", 300, "PCS", "4.10", "2026-12-11"),
        ("LD-RA-HP-023", "Steel bur RA round 023", 200, "PCS", "1.95", "2026-12-18"),
    ])
    txt = ("Sehr geehrte Damen und Herren,\n\n"
           "anbei erhalten Sie unsere Auftragsbestätigung 2611873 zu Ihrer Bestellung 4500072688.\n"
           "Bitte prüfen Sie die Angaben und teilen Sie uns Abweichungen innerhalb von 3 Tagen mit.\n\n"
           "Mit freundlichen Grüßen\nIhre Auftragsbearbeitung\n\n"
           "Lipper Dentalinstrumente GmbH & Co. KG\nRudolf-Diesel-Straße 22, 32657 Lemgo\n"
           "Tel. +49 5261 555-0 | auftrag@lipper-dental.example\n\n"
           "Diese E-Mail wurde automatisch erstellt. Bei Rückfragen antworten Sie bitte an auftrag@lipper-dental.example.\n")
    body = mime.multi("mixed", [mime.text(txt, "iso-8859-1", "quoted-printable"),
                                mime.attachment(_lipper_pdf(po), "application/pdf", "AB_2611873.pdf")],
                      mime.boundary("lipper", "javamail"))
    date = T("2026-11-26 16:31:08", 1)
    eml = mail(("Lipper Dental Auftragsbearbeitung", sup.email), po.buyer.pair,
               "Auftragsbestätigung 2611873 zu Ihrer Bestellung 4500072688", date,
               msgid("erp", "lipper-1", "lipper-dental.example"), body, hcs="iso-8859-1", hmode="Q",
               extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "SAP NetWeaver 7.50")])
    exp = expected_conf([(po, {1: "A", 2: {"p": "4.20"}, 3: {"d": "2027-01-15"}})],
                        "ERP acknowledgment PDF (counts as confirmation). Pos. 10/20/30 = PO lines 1/2/3 (pos. 30 shows "
                        "a different supplier article no. but 'Ihre Mat.-Nr.' = our item). Pos. 10: 385,00 per 100 "
                        "(PE 100) = 3.85/pc. Pos. 20: 4,20 instead of 4.10. Pos. 30 'KW 02/2027' = Fri 15 Jan 2027 "
                        "(a ship date from the works per the PDF note, still the date given).")
    return [po], eml, exp


# ------------------------------------------------------------------ 10
@case("accepts-but-freight-charged-separately", "confirmation", "nl-NL",
      "Dutch 'conform uw bestelling' for all lines plus a separate freight charge that must not change any unit price")
def freight_separate():
    sup = Supplier("WLKASV", "Westland Kasventilatie B.V.", "verkoop@westland-kasventilatie.example", "nl-NL")
    po = PO("4500072741", sup, "aoife", "EUR", "2026-11-23", [
        ("WK-RAAM-1250", "Greenhouse roof vent window, aluminium, 1250 x 800 mm", 30, "EA", "142.00", "2026-12-16"),
        ("WK-MOTOR-24V", "Vent opener motor, 24 V, rack and pinion", 30, "EA", "96.50", "2026-12-16"),
        ("WK-ARM-AUTO", "Automatic vent arm, wax cylinder, 7 kg", 80, "EA", "21.40", "2026-12-16"),
    ])
    top = ("Goedemorgen Aoife,\n\n"
           "Hierbij bevestigen wij uw order 4500072741 conform uw bestelling: alle drie regels met de vermelde "
           "aantallen en prijzen, levering op 16-12-2026.\n\n"
           "Let op: de transportkosten à € 185,00 (1 pallet, DAP Ringaskiddy) worden apart op de factuur vermeld.\n\n"
           "Met vriendelijke groet,\n\nJoost van der Berg\nVerkoop binnendienst\n"
           "Westland Kasventilatie B.V. | Honderdland 214 | 2676 LV Maasdijk\n"
           "T +31 174 55 12 90 | KvK 27123456\n\n")
    txt = top + outlook_quote(po, "nl", 1, sep="line")
    body = alt(txt, "iso-8859-15", "quoted-printable", "wlkasv")
    date = T("2026-11-30 09:31:40", 1)
    eml = mail(("Joost van der Berg", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "wlkasv-1", ""), body, irt=po, extra=outlook_headers("nl-NL", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: "A", 3: "A"})],
                        "All lines confirmed as ordered for 16-12-2026. Freight EUR 185,00 is an extra charge on the "
                        "invoice, not a unit price change.")
    return [po], eml, exp


# ------------------------------------------------------------------ 11
@case("inline-answers-between-quoted-lines", "confirmation", "en-US",
      "Gmail reply typed between '> ' quoted PO lines; US month-first dates (12/11/2026 = Dec 11), a split shipment and a price rise")
def inline_answers():
    sup = Supplier("PROSRIG", "Proscenium Rigging Supply Inc.", "orders@prosceniumrigging.example", "en-US")
    po = PO("4500072805", sup, "dana", "USD", "2026-11-18", [
        ("PRS-TRK-280", "Stage curtain track, 280 series, galvanized", 200, "M", "14.20", "2026-12-11"),
        ("PRS-CAR-280", "Ball-bearing carrier, 280 series", 400, "EA", "6.85", "2026-12-11"),
        ("PRS-MSTR-280", "Master carrier with overlap arm", 12, "EA", "45.90", "2026-12-11"),
        ("PRS-END-280", "Live end pulley, 280 series", 8, "EA", "62.00", "2026-12-18"),
    ])
    b = po.buyer
    sent = local(po.sent, -5)
    attr = "On Wed, Nov 18, 2026 at %d:%02d AM %s <%s> wrote:" % (sent.hour, sent.minute, b.name, b.email)
    answers = {
        1: "We have 200 m but only 150 m is cut and galvanized. We'll ship 150 m on 12/11/2026 and the remaining "
           "50 m on 01/15/2027 (next galvanizing run).",
        2: "OK",
        3: "Price is $48.75/ea per our 2027 price list (applies to everything shipping after 12/1), sorry about that.",
        4: "Confirmed, ships 12/18.",
    }
    out = []
    for line in request_text(po).rstrip("\n").split("\n"):
        out.append("> " + line if line else ">")
        parts = line.split()
        if parts and parts[0].isdigit() and len(parts) > 1 and parts[1].startswith("PRS-"):
            out.append("")
            out.append(answers[int(parts[0])])
            out.append("")
    txt = ("Hi Dana,\n\nAnswers inline below.\n\nThanks,\nDwayne\n\nDwayne Kowalski\nInside Sales\n"
           "Proscenium Rigging Supply Inc. | 2200 W Fulton St, Chicago, IL 60612 | (312) 555-0144\n\n"
           + attr + "\n\n" + "\n".join(out) + "\n")
    body = alt(txt, "utf-8", "quoted-printable", "prosrig", style="gmail")
    date = T("2026-11-23 17:48:12", -5)
    eml = mail(("Dwayne Kowalski", sup.email), b.pair, "Re: " + subject(po), date,
               msgid("gmail", "prosrig-1", ""), body, irt=po)
    exp = expected_conf([(po, {1: {"s": [(150, "2026-12-11"), (50, "2027-01-15")]}, 2: "A", 3: {"p": "48.75"}, 4: "A"})],
                        "Answers sit between the quoted table rows. Line 1 split 150 m 12/11/2026 (Dec 11, US) + 50 m "
                        "01/15/2027. Line 3 new price 48.75. Line 4 'ships 12/18' = requested date (ship date only). "
                        "'after 12/1' is a price-list rule, not a date for any line.")
    return [po], eml, exp


# ------------------------------------------------------------------ 12
@case("html-only-answers-in-blue-in-quoted-table", "confirmation", "de-CH",
      "HTML-only Outlook reply; answers typed in blue into our quoted HTML table; Swiss number format CHF 1'150.00")
def html_only_swiss():
    sup = Supplier("ALPSEIL", "Alpin Seilbahntechnik AG", "verkauf@alpin-seilbahn.example", "de-CH")
    po = PO("4500072866", sup, "tomas", "CHF", "2026-11-20", [
        ("AS-KL-500", "Detachable grip jaw set, type KL-500", 16, "SET", "1150.00", "2026-12-18"),
        ("AS-FED-KL", "Grip spring package, KL-500", 64, "EA", "212.50", "2026-12-18"),
        ("AS-ROLL-120", "Grip running roller, 120 mm, polyurethane", 128, "EA", "38.40", "2026-12-18"),
    ])
    import html as H
    blue = {1: "i.O. &#8211; bestätigt, CHF 1'150.00 pro Set, 18.12.2026",
            2: "Liefertermin neu 22.01.2027 (Federstahl kommt verspätet), Preis i.O.",
            3: "Preis neu CHF 39.90/Stk. gemäss Preisliste 2027, Termin i.O."}
    rows = "".join(
        "<tr><td>%d</td><td>%s</td><td>%s</td><td align=\"right\">%s</td><td>%s</td><td align=\"right\">%s %s</td>"
        "<td>%s<br><span style=\"color:#0070C0\"><b>%s</b></span></td></tr>\n"
        % (l.line, l.item, H.escape(l.description), l.quantity, l.uom, l.unit_price, po.currency, l.requested_date, blue[l.line])
        for l in po.lines)
    b = po.buyer
    sent = local(po.sent, 1)
    quoted = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n"
              "<p class=\"MsoNormal\"><b>Von:</b> %s &lt;%s&gt;<br>\n<b>Gesendet:</b> %s<br>\n<b>An:</b> %s<br>\n"
              "<b>Betreff:</b> %s</p>\n</div>\n"
              "<p>Dear Sir or Madam,</p>\n<p>please confirm our purchase order below line by line (quantity, unit price "
              "and delivery date) by return mail, quoting our PO number.</p>\n<p><b>Purchase order %s of 20 Nov 2026</b></p>\n"
              "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse:collapse;font-size:10pt\">\n"
              "<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Need by</th></tr>\n"
              "%s</table>\n<p>Order total: %s CHF</p>\n<p>Kind regards<br>%s<br>Purchasing | Fernhill Trading Ltd</p>\n"
              % (b.name, b.email, fmt_sent("de", sent), sup.email, subject(po), po.number, rows, fmt_amount(po.total()), b.name))
    top = ("<p class=\"MsoNormal\">Grüezi Herr Lindqvist</p>\n"
           "<p class=\"MsoNormal\">Besten Dank für Ihre Bestellung. Unsere Antworten finden Sie unten "
           "<span style=\"color:#0070C0\"><b>in Blau</b></span> direkt in Ihrer Tabelle.</p>\n"
           "<p class=\"MsoNormal\">Freundliche Grüsse</p>\n"
           "<p class=\"MsoNormal\">Reto Zgraggen<br>Verkauf Ersatzteile<br>Alpin Seilbahntechnik AG · "
           "Industriestrasse 7 · 6460 Altdorf UR<br>Tel. +41 41 555 02 30</p>\n")
    hb = html_doc(top + quoted, "windows-1252")
    body = mime.html(hb, "windows-1252", "quoted-printable")
    date = T("2026-11-24 10:12:55", 1)
    eml = mail(("Reto Zgraggen", sup.email), b.pair, "AW: " + subject(po), date,
               msgid("outlook", "alpseil-1", ""), body, irt=po, hcs="iso-8859-1", hmode="Q",
               extra=outlook_headers("de-CH", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-22"}, 3: {"p": "39.90"}})],
                        "No text/plain part; answers live inside the quoted HTML table next to our own figures. "
                        "Swiss CHF 1'150.00 = 1150.00 (accepted). Line 2 new date 22.01.2027, line 3 new price 39.90.")
    return [po], eml, exp


# ------------------------------------------------------------------ 13
@case("japanese-iso-2022-jp-nibs", "confirmation", "ja-JP",
      "ISO-2022-JP mail; date '1月15日' without year, quantity cut with 'cancel the remaining 20', prices in yen with 円")
def japanese_nibs():
    sup = Supplier("NANIWAPN", "株式会社 浪速ペン先製作所", "kaigai@naniwa-pennib.example", "ja-JP")
    po = PO("4500072912", sup, "priya", "JPY", "2026-11-18", [
        ("NP-14K-F", "Fountain pen nib, 14K gold, F, size 6", 100, "PCS", "4800", "2026-12-18"),
        ("NP-14K-M", "Fountain pen nib, 14K gold, M, size 6", 80, "PCS", "4800", "2026-12-18"),
        ("NP-21K-B", "Fountain pen nib, 21K gold, B, size 8", 50, "PCS", "9600", "2027-01-08"),
    ])
    top = ("Priya Raman 様\n\n"
           "いつも大変お世話になっております。\n浪速ペン先製作所 海外営業の山本でございます。\n\n"
           "ご注文書 4500072912 につきまして、下記の通りご回答申し上げます。\n\n"
           "1行目　14金ペン先 F　100本　単価 4,800円　納期 2026年12月18日　→ ご注文通り承りました。\n"
           "2行目　14金ペン先 M　80本　単価 4,800円　→ 研磨工程の都合により、納期は1月15日となります。\n"
           "3行目　21金ペン先 B　→ 30本のみ対応可能です。残りの20本はキャンセルとさせてください。"
           "単価・納期はご注文通りです。\n\n"
           "お手数をおかけしますが、何卒よろしくお願い申し上げます。\n\n"
           "━━━━━━━━━━━━━━━━━━━━━━\n株式会社 浪速ペン先製作所\n海外営業部　山本 美咲 (Misaki Yamamoto)\n"
           "〒577-0011 大阪府東大阪市荒本北1-2-3\nTEL 06-6745-0000 / FAX 06-6745-0001\n"
           "━━━━━━━━━━━━━━━━━━━━━━\n\n")
    txt = top + outlook_quote(po, "ja", 9, sep="orig")
    body = mime.text(txt, "iso-2022-jp", "7bit")
    date = T("2026-11-30 10:05:33", 9)
    eml = mail(("山本 美咲", sup.email), po.buyer.pair, "RE: " + subject(po) + "（ご回答）", date,
               msgid("outlook", "naniwa-1", ""), body, irt=po, hcs="iso-2022-jp", hmode="B",
               extra=outlook_headers("ja-JP", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-15"}, 3: {"q": 30}})],
                        "ISO-2022-JP. Line 2 '1月15日' has no year -> next 15 Jan after 30 Nov 2026 = 2027-01-15. "
                        "Line 3 only 30 of 50 (rest cancelled), price/date as ordered. 4,800円 = 4800 JPY.")
    return [po], eml, exp


# ------------------------------------------------------------------ 14
@case("gb2312-body-with-xlsx-acknowledgment", "confirmation", "zh-CN",
      "short GB2312 body, the answer is in an attached XLSX with Excel date serials; one line qty 0 '已停产' (discontinued)")
def gb2312_xlsx():
    sup = Supplier("NBHAIYUN", "宁波海韵水族器材有限公司", "sales@haiyun-aqua.example", "zh-CN")
    po = PO("4500072975", sup, "dana", "CNY", "2026-11-19", [
        ("HY-SP-800", "Submersible aquarium pump, 800 L/H", 500, "PCS", "38.50", "2026-12-18"),
        ("HY-SP-1600", "Submersible aquarium pump, 1600 L/H", 300, "PCS", "82.00", "2026-12-18"),
        ("HY-WM-3000", "Wave maker, 3000 L/H, magnetic mount", 200, "PCS", "96.00", "2026-12-18"),
        ("HY-AIR-2", "Air pump, double outlet, 4 W", 400, "PCS", "27.50", "2026-12-18"),
    ])
    from decimal import Decimal as Dec
    d = dt.date
    rows = [
        ["宁波海韵水族器材有限公司  订单确认书 / ORDER CONFIRMATION"],
        ["客户: Fernhill Trading Ltd", None, None, "客户订单号: 4500072975", None, None, "日期:", (d(2026, 11, 25), "date")],
        [],
        [("行号", "bold"), ("物料编码", "bold"), ("品名", "bold"), ("数量", "bold"), ("单位", "bold"),
         ("单价(CNY)", "bold"), ("金额(CNY)", "bold"), ("交货日期", "bold"), ("备注", "bold")],
        [1, "HY-SP-800", "潜水泵 800L/H", 500, "PCS", (Dec("38.50"), "num"), (Dec("19250.00"), "num"), d(2026, 12, 18), ""],
        [2, "HY-SP-1600", "潜水泵 1600L/H", 300, "PCS", (Dec("86.50"), "num"), (Dec("25950.00"), "num"), d(2026, 12, 18), "电机成本上涨，单价调整"],
        [3, "HY-WM-3000", "造浪泵 3000L/H 磁吸", 200, "PCS", (Dec("96.00"), "num"), (Dec("19200.00"), "num"), d(2027, 1, 12), "模具维修，交期顺延"],
        [4, "HY-AIR-2", "双孔气泵 4W", 0, "PCS", (Dec("27.50"), "num"), (Dec("0.00"), "num"), None, "已停产 / discontinued"],
        [],
        [None, None, None, None, None, "合计:", (Dec("64400.00"), "num")],
        ["付款方式: T/T 30天  交货方式: FOB 宁波"],
    ]
    xl = make_xlsx([("订单确认", rows, [6, 14, 22, 8, 6, 11, 13, 12, 24])], creator="陈静")
    txt = ("Dear Dana,\n\nPlease find attached our order confirmation for PO 4500072975.\n\n"
           "Dana 您好：\n\n附件为贵司订单4500072975的订单确认，请查收。\n"
           "第2项单价有调整，第3项交期顺延，第4项已停产，详见附件备注。\n如有问题请随时联系。\n\n"
           "谢谢！\n\n陈静 Jenny Chen\n外贸部 | 宁波海韵水族器材有限公司\n"
           "Tel: +86-574-5555-0168  Wechat: jennychen_hy\n\n"
           "------------------ 原始邮件 ------------------\n"
           "发件人: \"Dana Ruiz\"<%s>;\n发送时间: 2026年11月19日(星期四) 下午5:%02d\n收件人: \"sales\"<%s>;\n"
           "主题: %s\n\n" % (po.buyer.email, local(po.sent, 8).minute, sup.email, subject(po))
           + request_text(po))
    body = mime.multi("mixed", [
        mime.multi("alternative", [mime.text(txt, "gb2312", "base64"),
                                   mime.html(text_to_html(txt, "gb2312", "宋体"), "gb2312", "base64")],
                   mime.boundary("hy-alt", "generic")),
        mime.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "订单确认_4500072975.xlsx", name_charset="gb2312")],
        mime.boundary("hy-mixed", "generic"))
    date = T("2026-11-25 16:40:12", 8)
    eml = mail(("陈静 Jenny Chen", sup.email), po.buyer.pair, "回复：" + subject(po), date,
               "<tencent_%s@qq.com>" % "4E1B9C0D22F3A8B7C6D5E4F3A2B1C0D9E8F7", body, irt=po, hcs="gb2312",
               extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]")])
    exp = expected_conf([(po, {1: "A", 2: {"p": "86.50"}, 3: {"d": "2027-01-12"}, 4: "R"})],
                        "Answer only in the XLSX (dates are Excel serials formatted as dates). Line 2 price 86.50, "
                        "line 3 date 2027-01-12, line 4 quantity 0 and '已停产/discontinued' = rejected.")
    return [po], eml, exp


# ------------------------------------------------------------------ 15
@case("big5-roc-calendar-dates", "confirmation", "zh-TW",
      "Big5 mail with Minguo (ROC) calendar dates '115/12/18' and '116/01/08' (year + 1911)")
def big5_roc():
    sup = Supplier("TCOPTIC", "台中光學精密股份有限公司", "export@tc-optical.example", "zh-TW")
    po = PO("4500073044", sup, "tomas", "USD", "2026-11-16", [
        ("TO-EP-PL10", "Telescope eyepiece, Plossl, 10 mm, 1.25 in", 150, "PCS", "18.60", "2026-12-18"),
        ("TO-EP-WA15", "Telescope eyepiece, wide angle 66-degree, 15 mm", 100, "PCS", "38.50", "2026-12-18"),
        ("TO-EP-ZM824", "Zoom eyepiece 8-24 mm, 1.25 in", 60, "PCS", "52.00", "2027-01-08"),
    ])
    top = ("Tomas 您好，\n\n感謝您的訂單 4500073044，回覆如下：\n\n"
           "項次1  TO-EP-PL10   150 PCS  US$18.60  交期 115/12/18  OK\n"
           "項次2  TO-EP-WA15   100 PCS  US$38.50  交期 116/01/08（鏡片鍍膜排程延後）\n"
           "項次3  TO-EP-ZM824   60 PCS  US$52.00  交期 116/01/08  OK\n\n"
           "以上日期為民國年，價格不變。\n\n"
           "Best regards,\n林怡君 Yvonne Lin\n業務部 Sales Dept.\n台中光學精密股份有限公司\n"
           "台中市西屯區工業區三十八路 88 號\nTEL: +886-4-2355-0168\n\n")
    txt = top + outlook_quote(po, "zh-TW", 8, sep="line")
    body = mime.text(txt, "big5", "base64")
    date = T("2026-11-24 09:48:30", 8)
    eml = mail(("林怡君 Yvonne Lin", sup.email), po.buyer.pair, "回覆: " + subject(po), date,
               msgid("outlook", "tcoptic-1", ""), body, irt=po, hcs="big5",
               extra=outlook_headers("zh-TW", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-08"}, 3: "A"})],
                        "ROC years: 115 = 2026, 116 = 2027. Line 2 moves from 2026-12-18 to 2027-01-08; line 3's "
                        "116/01/08 equals the requested date. Prices unchanged.")
    return [po], eml, exp


# ------------------------------------------------------------------ 16
@case("euc-kr-dotted-korean-dates", "confirmation", "ko-KR",
      "EUC-KR mail; Korean dates '2026. 12. 18.' and '2027. 1. 15.', prices in 원 with thousands commas, short quantity")
def euc_kr():
    sup = Supplier("DHDBUR", "(주)대한덴탈버", "export@daehan-bur.example", "ko-KR")
    po = PO("4500073109", sup, "priya", "KRW", "2026-11-20", [
        ("DB-DIA-FG-R", "Diamond bur FG, round, medium", 1000, "PCS", "1250", "2026-12-18"),
        ("DB-DIA-FG-TC", "Diamond bur FG, tapered chamfer, coarse", 1000, "PCS", "1380", "2026-12-18"),
        ("DB-TC-FG-245", "Carbide bur FG 245, inverted cone", 500, "PCS", "2150", "2027-01-08"),
    ])
    b = po.buyer
    sent = local(po.sent, 9)
    top = ("Priya Raman 님께,\n\n안녕하십니까. (주)대한덴탈버 해외영업팀 김민준입니다.\n"
           "발주서 4500073109 관련하여 아래와 같이 회신드립니다.\n\n"
           "1. DB-DIA-FG-R : 1,000개, 단가 1,250원, 납기 2026. 12. 18. - 확인\n"
           "2. DB-DIA-FG-TC : 재고 부족으로 800개만 공급 가능합니다. 단가 1,380원, 납기 2026. 12. 18.\n"
           "3. DB-TC-FG-245 : 500개, 단가 2,150원, 납기 2027. 1. 15.\n\n"
           "감사합니다.\n김민준 드림\n\n(주)대한덴탈버 해외영업팀 | 대구광역시 달서구 성서공단로 123\n"
           "Tel. +82-53-555-0142\n\n")
    q = ("-----Original Message-----\nFrom: \"%s\"<%s>\nTo: <%s>;\nCc: \nSent: 2026-11-20 (금) %02d:%02d:%02d\n"
         "Subject: %s\n\n" % (b.name, b.email, sup.email, sent.hour, sent.minute, sent.second, subject(po)))
    txt = top + q + request_text(po)
    body = alt(txt, "euc-kr", "base64", "dhdbur", style="generic")
    date = T("2026-11-26 14:12:09", 9)
    eml = mail(("김민준", sup.email), b.pair, "RE: " + subject(po), date,
               "<%s@mail.daehan-bur.example>" % "20261126141209.5F2A9C", body, irt=po, hcs="euc-kr",
               extra=[("X-Mailer", "WorksMobile Mail")])
    exp = expected_conf([(po, {1: "A", 2: {"q": 800}, 3: {"d": "2027-01-15"}})],
                        "Korean 'YYYY. M. D.' dates. Line 2 only 800 of 1,000 (stock shortage). Line 3 moves to "
                        "2027-01-15. 1,250원 = 1250 KRW.")
    return [po], eml, exp


# ------------------------------------------------------------------ 17
@case("koi8r-shipment-dates-only", "confirmation", "ru-KZ",
      "KOI8-R Russian reply giving only shipment dates (отгрузка) before the need-by date, price with space thousands")
def koi8r():
    sup = Supplier("AGROSHNK", "ТОО «АгроШнек Казахстан»", "sales@agroshnek.example", "ru-KZ")
    po = PO("4500073177", sup, "marek", "USD", "2026-11-18", [
        ("AS-SHN-219-12", "Grain silo auger, 219 mm, 12 m, complete with drive", 3, "EA", "2980.00", "2026-12-22"),
        ("AS-SHN-159-8", "Grain silo auger, 159 mm, 8 m, complete with drive", 5, "EA", "1180.00", "2026-12-22"),
    ])
    b = po.buyer
    sent = local(po.sent, 5)
    top = ("Добрый день, Марек!\n\nПо заказу N 4500073177 подтверждаем:\n\n"
           "1. Шнек 219 мм, 12 м - 3 шт. по 2 980,00 USD - отгрузка 18.12.2026.\n"
           "2. Шнек 159 мм, 8 м - 5 шт. - цена 1 240,00 USD за шт. вместо 1 180,00 (подорожание металла), "
           "отгрузка также 18.12.2026.\n\n"
           "Счет на предоплату вышлем отдельным письмом.\n\n"
           "С уважением,\nЕржан Сапаров\nменеджер по экспорту\nТОО \"АгроШнек Казахстан\"\n"
           "г. Костанай, ул. Промышленная, 12\nтел. +7 7142 55-01-42\n\n")
    txt = top + "%s, %s пишет:\n" % (sent.strftime("%d.%m.%Y %H:%M"), b.name) + quote(request_text(po))
    body = mime.text(txt, "koi8-r", "base64")
    date = T("2026-11-25 12:40:51", 5)
    eml = mail(("Ержан Сапаров", sup.email), b.pair, "Re: " + subject(po), date,
               msgid("thunderbird", "agroshnek-1", "agroshnek.example"), body, irt=po, hcs="koi8-r",
               extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")])
    exp = expected_conf([(po, {1: {"d": "2026-12-18"}, 2: {"p": "1240.00", "d": "2026-12-18"}})],
                        "Only shipment dates (отгрузка 18.12.2026) are given, so they are the dates (rule: ship date "
                        "when no delivery date). Line 2 price 1 240,00 instead of 1 180,00.")
    return [po], eml, exp


# ------------------------------------------------------------------ 18
@case("ukrainian-win1251-month-genitive", "confirmation", "uk-UA",
      "windows-1251 Ukrainian; 'до 15 січня 2027 р.' month name in genitive, one line refused (size discontinued)")
def ukrainian():
    sup = Supplier("KLYNOK", "ТОВ «Клинок-Спорт»", "zbut@klynok-sport.example", "uk-UA")
    po = PO("4500073240", sup, "dana", "EUR", "2026-11-19", [
        ("KS-EPEE-5-M", "Epee blade, maraging steel, size 5, FIE", 40, "PCS", "118.00", "2026-12-18"),
        ("KS-EPEE-5-C", "Epee blade, carbon steel, size 5, training", 120, "PCS", "34.50", "2026-12-18"),
        ("KS-EPEE-2-C", "Epee blade, carbon steel, size 2, youth", 60, "PCS", "29.00", "2026-12-18"),
    ])
    top = ("Добрий день, пані Дано!\n\nДякуємо за замовлення № 4500073240. Підтверджуємо:\n\n"
           "1) Клинок шпаги, марейджинг, розмір 5, FIE — 40 шт. по 118,00 EUR, поставка 18.12.2026 — як у замовленні.\n"
           "2) Клинок шпаги тренувальний, розмір 5 — 120 шт. по 34,50 EUR, поставка до 15 січня 2027 р.\n"
           "3) Клинок розмір 2 (дитячий) — на жаль, не можемо виготовити: випуск цього розміру припинено.\n\n"
           "З повагою,\nОлена Коваленко\nвідділ збуту\nТОВ «Клинок-Спорт», м. Харків\nтел. +380 57 555 01 42\n\n")
    txt = top + outlook_quote(po, "uk", 2, sep="line")
    body = alt(txt, "windows-1251", "quoted-printable", "klynok")
    date = T("2026-11-23 15:02:44", 2)
    eml = mail(("Олена Коваленко", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "klynok-1", ""), body, irt=po, hcs="windows-1251",
               extra=outlook_headers("uk-UA", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-15"}, 3: "R"})],
                        "Line 2 'до 15 січня 2027 р.' = by 15 Jan 2027. Line 3 cannot be made (size discontinued) "
                        "= rejected.")
    return [po], eml, exp
