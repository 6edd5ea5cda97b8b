"""Cases D: mail that must NOT be read as a confirmation - needs_review,
auto-replies, bounces (real DSN layouts) and unrelated mail."""

import datetime as _dt
from email.utils import format_datetime

from .common import (Supplier, PO, dt, tz, expected, case, request_text, hexid, BUYER_DOMAIN)
from . import mime as M
from .pdf import make_pdf, table_page
from .xlsx import make_xlsx


# ==========================================================================
# needs_review

@case("date-range-tuning-gb", "needs_review", "en-GB",
      "delivery only as a range 'between 14 and 18 December', exact day promised later; prices accepted")
def n_range():
    S = Supplier("PERCOMP", "Percussion Components Ltd", "orders@percussioncomponents.example", "en-GB")
    P = PO("4500031782", S, "fran", "GBP", dt(2026, 11, 24, 11, 15, 1), [
        ("XB-AL-C6", "Aluminium glockenspiel bar C6", 30, "EA", "12.40", "2026-12-15"),
        ("XB-AL-D6", "Aluminium glockenspiel bar D6", 30, "EA", "12.10", "2026-12-15"),
    ])
    body = """Hi Fran,

Thanks for the order, prices are fine. The bars are in the tuning queue at the moment, so we'll be able to deliver between 14 and 18 December - I'll confirm the exact day once tuning is done.

Best wishes,
Owen

Owen Pritchard
Percussion Components Ltd
12 Eastgate Business Park, Bury St Edmunds IP33 1YG
01284 760 215
"""
    eml = M.reply(P, sender=("Owen Pritchard", "owen@percussioncomponents.example"), when=dt(2026, 11, 27, 12, 5, 0),
                  body=body, style="gmail", attrib="On {a}, {d} {b} {Y} at {HH}:{MM}, {name} <{email}> wrote:",
                  charset="utf-8", prefix="Re: ")
    return [P], eml, expected("needs_review",
                              "Only a delivery window (14-18 Dec, straddling the 15 Dec need-by) with the exact day to follow; "
                              "a human must decide whether that is acceptable.")


@case("prejeto-hvala-si", "needs_review", "sl-SI",
      "acknowledgment of receipt only ('Hvala, prejeto.') above the quoted PO with all its figures")
def n_received():
    S = Supplier("KOLSAV", "Kolesa Savinja d.o.o.", "prodaja@kolesa-savinja.example", "sl-SI")
    P = PO("4500031794", S, "tom", "EUR", dt(2026, 11, 26, 9, 50, 1), [
        ("WBT-PU-400", "PU foam wheelbarrow wheel 400 mm, 20 mm bore", 80, "EA", "21.30", "2026-12-17"),
        ("WBT-PNEU-400", "Pneumatic wheelbarrow wheel 4.00-8, 25 mm bore", 80, "EA", "17.90", "2026-12-17"),
    ])
    body = """Hvala, prejeto.

Lp, Maja

Maja Kovačič
Kolesa Savinja d.o.o.
Mariborska cesta 88, 3000 Celje
T: +386 3 428 51 20
"""
    eml = M.reply(P, sender=("Maja Kovačič", "maja.kovacic@kolesa-savinja.example"), when=dt(2026, 11, 26, 10, 32, 1),
                  body=body, style="outlook", lang="sl", charset="iso-8859-2", prefix="RE: ", lang_tag="sl-SI")
    return [P], eml, expected("needs_review",
                              "'Thanks, received' commits to nothing; the only figures are in our own quoted request.")


@case("question-galvanised-hu", "needs_review", "hu-HU",
      "supplier asks which variant (galvanised or stainless) before confirming; two candidate prices in Ft")
def n_question():
    S = Supplier("KARDOS", "Kardos Hálógyártó Kft.", "rendeles@kardos-halo.example", "hu-HU")
    P = PO("4500031807", S, "fran", "HUF", dt(2026, 11, 25, 8, 40, 1), [
        ("CN-TRAIL-2X3", "Trailer cargo net 2 x 3 m, elastic cord", 60, "EA", "8900", "2026-12-18"),
        ("CN-HOOK-6", "Cargo net hook, 6 mm", 480, "EA", "185", "2026-12-18"),
    ])
    body = """Tisztelt Okafor Asszony!

Köszönjük a megrendelést. Mielőtt visszaigazolnánk, egy kérdés:

A 2. tételnél (CN-HOOK-6) horganyzott vagy rozsdamentes horgot kérnek? A cikkszám nálunk mindkét kivitelre vonatkozik, és az ár is eltér (horganyzott: 185 Ft/db, rozsdamentes: 320 Ft/db).

Válaszuk után a teljes rendelést visszaigazoljuk a szállítási határidővel együtt.

Üdvözlettel:
Kardos Péter
értékesítés
Kardos Hálógyártó Kft.
6000 Kecskemét, Szent László körút 47/B.
Tel.: +36 76 481 220, mobil: +36 30 912 4471
"""
    eml = M.reply(P, sender=("Kardos Péter", "kardos.peter@kardos-halo.example"), when=dt(2026, 11, 26, 13, 12, 1),
                  body=body, style="outlook", lang="hu", charset="iso-8859-2", prefix="VS: ", lang_tag="hu-HU")
    return [P], eml, expected("needs_review",
                              "A question about the variant of line 2; the whole order will be confirmed only after the "
                              "answer. 185 Ft equals the PO price but is one of two options, not a commitment.")


@case("express-surcharge-choice-de", "needs_review", "de-DE",
      "conditional offer: need-by date only with an 8 % express surcharge, otherwise KW 2 - buyer must choose")
def n_conditional():
    S = Supplier("FRIESBB", "Bootsbeschläge Friesland GmbH", "innendienst@bootsbeschlaege-friesland.example", "de-DE")
    P = PO("4500031819", S, "tom", "EUR", dt(2026, 11, 25, 10, 5, 1), [
        ("KH-DECK-OVL", "Deck hatch oval 44 x 24 cm, with cover", 30, "EA", "42.80", "2026-12-11"),
        ("KH-DECK-RND", "Deck hatch round 20 cm", 60, "EA", "17.60", "2026-12-11"),
    ])
    body = """Guten Tag Herr Ashby,

vielen Dank für Ihre Bestellung 4500031819.

Den Wunschtermin 11.12.2026 können wir nur mit einer Sonderschicht halten; dafür müssten wir einen Zuschlag von 8 % auf beide Positionen berechnen. Ohne Zuschlag wäre der Liefertermin KW 2/2027.

Bitte teilen Sie uns kurz mit, welche Variante Sie wünschen – dann erhalten Sie umgehend unsere Auftragsbestätigung.

Mit freundlichen Grüßen
Jan Ubben
Bootsbeschläge Friesland GmbH
Hafenstraße 31 · 26789 Leer
Tel. 0491 45 88 20-0
"""
    eml = M.reply(P, sender=("Jan Ubben", "j.ubben@bootsbeschlaege-friesland.example"), when=dt(2026, 11, 27, 9, 48, 1),
                  body=body, style="tbird", attrib="Am {dd}.{mm}.{Y} um {HH}:{MM} schrieb {name}:", alang="de",
                  charset="utf-8", cte="8bit", html=False, flowed=True, prefix="Re: ")
    return [P], eml, expected("needs_review",
                              "Two alternatives (11.12. with +8 % or KW 2/2027 at PO price); the confirmation follows only "
                              "after the buyer chooses.")


@case("will-revert-friday-my", "needs_review", "ms-MY",
      "'Noted with thanks ... will revert by this Friday' - no commitment; company number and lot digits in signature")
def n_revert():
    S = Supplier("BESIJAYA", "Syarikat Besi Jaya Sdn. Bhd.", "sales@besijaya.example", "ms-MY")
    P = PO("4500031821", S, "kenji", "MYR", dt(2026, 11, 27, 9, 15, 1), [
        ("RS-GOLEK-6", "Rotisserie spit set, 6 spits, stainless", 20, "SET", "385.00", "2026-12-14"),
        ("RS-GEARMOTOR-240", "Gear motor for rotisserie, 240 V", 20, "EA", "210.00", "2026-12-14"),
    ])
    body = """Hi Kenji,

Noted with thanks on your PO.

Our production team is checking the gear motor stock with our supplier in Penang. Will revert to you on the delivery date and confirmation by this Friday.

Terima kasih.

Best regards,
Nurul Aina binti Hassan
Sales Executive
Syarikat Besi Jaya Sdn. Bhd. (Co. No. 201401028817)
Lot 1827, Jalan Perusahaan 3, Kawasan Perindustrian Prai, 13600 Prai, Pulau Pinang
Tel: +604-390 7721 | H/P: +6012-447 9032
"""
    eml = M.reply(P, sender=("Nurul Aina Hassan", "nurul@besijaya.example"), when=dt(2026, 12, 1, 11, 2, 8),
                  body=body, style="outlook", lang="en_GB", charset="utf-8", prefix="RE: ", lang_tag="en-MY")
    return [P], eml, expected("needs_review",
                              "'Noted' plus a promise to revert by Friday: nothing committed yet.")


@case("kiln-mid-january-gr", "needs_review", "el-GR",
      "ISO-8859-7 Greek; prices OK but delivery only 'probably mid-January, depends on the kiln'")
def n_vague():
    S = Supplier("SIFNOS", "Κεραμική Σίφνου Ο.Ε.", "info@keramiki-sifnou.example", "el-GR")
    P = PO("4500031833", S, "fran", "EUR", dt(2026, 11, 23, 12, 0, 1), [
        ("BW-CER-BIRD", "Ceramic bird whistle, hand-painted", 400, "PCS", "4.20", "2026-12-15"),
        ("BW-CER-ROOSTER", "Ceramic rooster whistle", 200, "PCS", "5.10", "2026-12-15"),
    ])
    body = """Καλησπέρα σας κυρία Okafor,

Ευχαριστούμε για την παραγγελία 4500031833. Οι τιμές είναι εντάξει.

Για την παράδοση δεν μπορώ να σας πω ακόμα ακριβή ημερομηνία: πιθανότατα μέσα Ιανουαρίου, εξαρτάται από το πότε θα ελευθερωθεί το καμίνι μετά τις παραγγελίες των Χριστουγέννων. Θα σας ενημερώσω μόλις ξέρω.

Με εκτίμηση,
Μαρία Προκοπίου
Κεραμική Σίφνου Ο.Ε.
Αρτεμώνας, 840 03 Σίφνος
Τηλ. 22840 31 457 - Κιν. 694 812 3305
"""
    eml = M.reply(P, sender=("Μαρία Προκοπίου", "maria@keramiki-sifnou.example"), when=dt(2026, 11, 28, 18, 30, 2),
                  body=body, style="outlook", lang="el", charset="iso-8859-7", cte="base64", html=False,
                  prefix="RE: ")
    return [P], eml, expected("needs_review",
                              "Vague estimate ('πιθανότατα μέσα Ιανουαρίου', depends on the kiln) and 'will let you know': "
                              "no committed date, so nothing is confirmed.")


@case("body-vs-pdf-conflict-us", "needs_review", "en-US",
      "body says 'everything confirmed per your order' but the attached acknowledgment PDF has another price and ship date")
def n_conflict():
    S = Supplier("BAYBELL", "Bay State Bellworks Inc.", "sales@baystatebellworks.example", "en-US")
    P = PO("4500031845", S, "tom", "USD", dt(2026, 11, 20, 16, 0, 1), [
        ("BL-CEDAR-3648", "Cedar louvre assembly 36 x 48 in", 4, "EA", "1180.00", "2027-01-15"),
        ("BL-SCREEN-BRZ", "Bronze bird screen 36 x 48 in", 4, "EA", "265.00", "2027-01-15"),
    ])
    pg = table_page(
        [("BAY STATE BELLWORKS INC.", 14, True),
         ("88 Foundry Street, Unit 2, Easton, MA 02375  -  (508) 555-0186", 8, False),
         ("", 6, False),
         ("SALES ORDER ACKNOWLEDGMENT", 13, True),
         ("SO No. 118204      Order Date 11/30/2026      Customer PO: 4500031845", 9, False),
         ("Bill to / Ship to: Brightwater Goods Ltd, Waalhaven Oostzijde 85, 3087 BM Rotterdam, Netherlands", 9, False)],
        ["Line", "Item", "Description", "Qty", "Unit Price", "Ext. Price", "Ship Date"],
        [["1", "BL-CEDAR-3648", "Cedar louvre assembly 36x48", "4", "1,240.00", "4,960.00", "01/29/2027"],
         ["2", "BL-SCREEN-BRZ", "Bronze bird screen 36x48", "4", "265.00", "1,060.00", "01/15/2027"]],
        [50, 80, 170, 345, 410, 475, 490], right_cols=(3, 4, 5),
        footer_lines=["Total USD 6,020.00. Prices reflect the 2027 western red cedar surcharge.",
                      "FOB Easton, MA. Terms: Net 30. Ship via customer's forwarder.",
                      "Please review this acknowledgment and notify us of any discrepancy within 5 days."])
    pdf = make_pdf([pg], compress=False, title="SO 118204 Acknowledgment", producer="Sage 100 Report Writer")
    body = """Hi Tom,

Attached is our acknowledgment for your PO 4500031845. Everything confirmed per your order - thanks for the business!

Best,
Karen

Karen Doyle
Customer Service
Bay State Bellworks Inc.
88 Foundry Street, Unit 2, Easton, MA 02375
(508) 555-0186
"""
    att = M.attachment(pdf, "application/pdf", "SO-118204 Acknowledgment.pdf")
    eml = M.reply(P, sender=("Karen Doyle", "kdoyle@baystatebellworks.example"), when=dt(2026, 11, 30, 13, 25, -5),
                  body=body, style="outlook", lang="en_US", charset="utf-8", prefix="RE: ", attachments=[att],
                  lang_tag="en-US")
    return [P], eml, expected("needs_review",
                              "Contradiction: the body confirms the PO as ordered, the attached acknowledgment shows line 1 at "
                              "1,240.00 (PO 1,180.00) shipping 01/29/2027. A human must clarify which one holds.")


@case("after-raw-wood-sjis", "needs_review", "ja-JP",
      "Shift_JIS; answer promised only after raw material arrives (12月10日), by 12月11日 - a commitment for later")
def n_later():
    S = Supplier("YOSHINO", "株式会社吉野箸材", "juchu@yoshino-hashizai.example", "ja-JP")
    P = PO("4500031857", S, "kenji", "JPY", dt(2026, 11, 26, 14, 0, 1), [
        ("CB-SUGI-210", "Cedar (sugi) chopstick blank, 210 mm, grade A", 100000, "PCS", "2.40", "2027-01-12"),
        ("CB-HINOKI-240", "Hinoki chopstick blank, 240 mm", 50000, "PCS", "3.80", "2027-01-12"),
    ])
    body = """ブライトウォーター・グッズ株式会社
購買部　中村様

いつもお世話になっております。吉野箸材の山本でございます。

発注書（No.4500031857）を拝受いたしました。ありがとうございます。

現在、吉野杉・桧の原木入荷待ちの状況でございます。原木は12月10日入荷予定のため、
数量・納期につきましては入荷確認後、12月11日までに改めてご回答申し上げます。

今しばらくお待ちくださいますよう、お願い申し上げます。

株式会社吉野箸材　営業課
山本 美咲
〒639-3113 奈良県吉野郡吉野町飯貝1012-3
TEL 0746-32-2817　FAX 0746-32-2818
"""
    eml = M.reply(P, sender=("山本 美咲", "m.yamamoto@yoshino-hashizai.example"), when=dt(2026, 12, 1, 9, 40, 9),
                  body=body, style="outlook", lang="ja", charset="shift_jis", cte="base64", html=False,
                  prefix="RE: ", sep="-----Original Message-----")
    return [P], eml, expected("needs_review",
                              "Receipt acknowledged; quantities and dates will be answered by 12月11日 after the wood arrives "
                              "on 12月10日. Those dates are not delivery commitments.")


@case("approve-new-price-ch", "needs_review", "fr-CH",
      "new prices (CHF 18.40, CHF 1'925.00 with Swiss apostrophe) proposed for approval before any confirmation")
def n_approval():
    S = Supplier("BTV", "Broches & Tournebroches Vaudois SA", "commandes@broches-vaudois.example", "fr-CH")
    P = PO("4500031869", S, "kenji", "CHF", dt(2026, 11, 24, 13, 30, 1), [
        ("RS-BROCHE-1M", "Spit rod 1 m, stainless, 10 mm square", 50, "EA", "16.90", "2026-12-16"),
        ("RS-GAS-1200", "Rotisserie unit complete, gas, 1.2 m", 2, "EA", "1840.00", "2026-12-16"),
    ])
    body = """Bonjour Monsieur Nakamura,

Nous vous remercions de votre commande n° 4500031869.

Suite à la forte hausse de l'inox, nous devrions facturer la broche CHF 18.40 au lieu de CHF 16.90 et l'ensemble complet au gaz CHF 1'925.00 au lieu de CHF 1'840.00.

Pouvez-vous nous confirmer votre accord ? Nous vous enverrons alors notre confirmation de commande avec les délais de livraison.

Meilleures salutations

Nathalie Rochat
Service commercial
Broches & Tournebroches Vaudois SA
Route de l'Industrie 14 – 1040 Echallens
Tél. +41 21 881 47 20
"""
    eml = M.reply(P, sender=("Nathalie Rochat", "n.rochat@broches-vaudois.example"), when=dt(2026, 11, 27, 10, 50, 1),
                  body=body, style="outlook", lang="fr", charset="windows-1252", prefix="RE : ", lang_tag="fr-CH")
    return [P], eml, expected("needs_review",
                              "Price increase proposed and the buyer's approval requested; the order confirmation (with "
                              "dates) will only follow afterwards.")


# ==========================================================================
# auto replies

def _auto_headers(kind="auto-replied"):
    return [("Auto-Submitted", kind), ("X-Auto-Response-Suppress", "All")]


@case("abwesenheit-bis-freitag-de", "auto_reply", "de-DE",
      "Outlook out-of-office in German with a return date (04.12.2026) and a colleague's phone number")
def a_ooo_de():
    S = Supplier("SONNENUHR", "Sonnenuhren-Manufaktur Becker", "t.becker@sonnenuhren-becker.example", "de-DE")
    P = PO("4500031871", S, "ingrid", "EUR", dt(2026, 11, 30, 9, 5, 1), [
        ("SD-GN-V2A-35", "Sundial gnomon, stainless V2A, 35 cm", 20, "EA", "118.00", "2026-12-18"),
    ])
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 04.12.2026 nicht im Hause und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an Frau Schulte, Tel. +49 5251 8876-12, vertrieb@sonnenuhren-becker.example.

Mit freundlichen Grüßen
Thomas Becker
"""
    eml = M.reply(P, sender=("Becker, Thomas", "t.becker@sonnenuhren-becker.example"), when=dt(2026, 11, 30, 9, 5, 1, s=41),
                  body=body, style="outlook", lang="de", quote=False, charset="iso-8859-1",
                  subject="Automatische Antwort: " + P.subject, extra_headers=_auto_headers(), lang_tag="de-DE")
    return [P], eml, expected("auto_reply", "Out-of-office auto-reply; 04.12.2026 is a return date, not a delivery.")


@case("thanksgiving-closure-us", "auto_reply", "en-US",
      "holiday-closure auto-reply saying open orders will ship after Tuesday, December 1 - not an order commitment")
def a_thanksgiving():
    S = Supplier("HEARTLAND", "Heartland Cast Iron Co.", "orders@heartlandcastiron.example", "en-US")
    P = PO("4500031883", S, "tom", "USD", dt(2026, 11, 26, 15, 20, 1), [
        ("WI-CI-STOVE", "Stovetop cast iron waffle iron, round", 48, "EA", "27.50", "2026-12-18"),
        ("WI-CI-HEART", "Cast iron heart waffle iron, campfire", 24, "EA", "31.00", "2026-12-18"),
    ])
    body = """Thank you for your email.

Heartland Cast Iron will be closed Thursday, November 26 and Friday, November 27 for the Thanksgiving holiday. Orders and emails received during this time will be processed when we return on Monday, November 30, and all open orders will ship after Tuesday, December 1.

Happy Thanksgiving from all of us at Heartland!

Heartland Cast Iron Co. | 2200 Foundry Rd, Sedalia, MO 65301 | (660) 555-0134
"""
    eml = M.reply(P, sender=("Heartland Cast Iron Orders", "orders@heartlandcastiron.example"),
                  when=dt(2026, 11, 26, 8, 20, -6, s=14), body=body, style="outlook", lang="en_US", quote=False,
                  charset="us-ascii", cte="7bit", subject="Automatic reply: " + P.subject,
                  extra_headers=_auto_headers(), lang_tag="en-US")
    return [P], eml, expected("auto_reply",
                              "Automatic holiday-closure notice; 'orders will ship after December 1' is generic, not a "
                              "confirmation of this PO.")


@case("helpdesk-ticket-receipt-nl", "auto_reply", "nl-NL",
      "helpdesk auto-acknowledgment with ticket number (#48213), bilingual, '2 business days' SLA")
def a_helpdesk():
    S = Supplier("DELTAFLOW", "DeltaFlow Sluice Systems B.V.", "orders@deltaflow-sluice.example", "nl-NL")
    P = PO("4500031895", S, "fran", "EUR", dt(2026, 11, 27, 10, 40, 1), [
        ("SG-ALU-500", "Aluminium sluice gate 500 x 500 mm, handwheel", 6, "EA", "1290.00", "2027-01-15"),
        ("SG-GUIDE-1500", "Guide frame 1500 mm, aluminium", 6, "EA", "315.00", "2027-01-15"),
    ])
    body = """##- Please type your reply above this line -##

Dear Fran Okafor,

Thank you for contacting DeltaFlow Sluice Systems. This is an automatic confirmation that your request has been received. Your ticket number is #48213.

Our order desk will respond within 2 business days. Please keep the ticket number in the subject line of any further correspondence.

Kind regards,
DeltaFlow Customer Service

Beste Fran Okafor, uw verzoek is ontvangen onder ticketnummer #48213. Wij reageren binnen 2 werkdagen.

This email is a service from DeltaFlow Sluice Systems B.V. | Havenweg 12, 4251 NK Werkendam
"""
    body_html = ('<p style="color:#b5b5b5">##- Please type your reply above this line -##</p>'
                 + M.div_lines(body.split("\n", 2)[2]))
    eml = M.reply(P, sender=("DeltaFlow Support", "support@deltaflow-sluice.example"),
                  when=dt(2026, 11, 27, 10, 41, 1, s=3), body=body, body_html=body_html, style="none", quote=False,
                  charset="utf-8", subject="[DeltaFlow Support] Re: " + P.subject,
                  mailer=("X-Mailer", "Zendesk Mailer"), mid_style="other",
                  extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Zendesk-From-Account-Id", "7c1a2e"),
                                 ("Precedence", "auto_reply")])
    return [P], eml, expected("auto_reply", "Ticket-system receipt: automatic, no answer on the PO.")


@case("absence-adv-fr", "auto_reply", "fr-FR",
      "French 'Réponse automatique' absence notice (du 30 novembre au 4 décembre inclus), ISO-8859-15")
def a_absence_fr():
    S = Supplier("MECHLYON", "Mèches & Cordons Lyonnais SARL", "c.morel@meches-lyonnais.example", "fr-FR")
    P = PO("4500031908", S, "ingrid", "EUR", dt(2026, 11, 30, 11, 0, 1), [
        ("LW-COT-6", "Braided cotton lantern wick, 6 mm", 1000, "M", "0.42", "2026-12-17"),
        ("LW-COT-10", "Braided cotton lantern wick, 10 mm", 600, "M", "0.58", "2026-12-17"),
        ("LW-HOLD-BR", "Brass wick holder, 10 mm", 200, "EA", "1.35", "2026-12-17"),
    ])
    body = """Bonjour,

Je suis absente du lundi 30 novembre au vendredi 4 décembre inclus et n'aurai pas accès à ma messagerie.

Pour toute commande ou demande urgente, merci de contacter notre service ADV : adv@meches-lyonnais.example ou au 04 78 62 31 90.

Cordialement,
Camille Morel
Mèches & Cordons Lyonnais
"""
    eml = M.reply(P, sender=("Camille Morel", "c.morel@meches-lyonnais.example"), when=dt(2026, 11, 30, 11, 0, 1, s=31),
                  body=body, style="outlook", lang="fr", quote=False, charset="iso-8859-15",
                  subject="Réponse automatique : " + P.subject, extra_headers=_auto_headers(), lang_tag="fr-FR")
    return [P], eml, expected("auto_reply", "Out-of-office notice; the dates are the absence period.")


@case("auto-ack-gb2312-cn", "auto_reply", "zh-CN",
      "Chinese/English mailbox auto-acknowledgment '您的邮件已收到' in GB2312, promising a reply within 24 hours")
def a_zh():
    S = Supplier("HZPANYAN", "杭州攀岩装备有限公司", "sales@hz-climbing.example", "zh-CN")
    P = PO("4500031910", S, "kenji", "CNY", dt(2026, 12, 1, 9, 30, 1), [
        ("AD-ZH-STOP", "Self-braking descender for 9-12 mm rope", 30, "EA", "365.00", "2027-01-08"),
        ("AD-ZH-FIG8", "Figure-8 descender with ears, aluminium", 100, "EA", "42.00", "2027-01-08"),
    ])
    body = """您好！

您的邮件已收到，我们会在24小时（工作日）内回复您。
此邮件为系统自动回复，请勿直接回复。

Thank you for your email. We have received it and will reply within 24 hours (working days).
This is an automatic reply, please do not reply to this email.

杭州攀岩装备有限公司 销售部
"""
    eml = M.reply(P, sender=("杭州攀岩装备销售部", "sales@hz-climbing.example"), when=dt(2026, 12, 1, 16, 30, 8, s=10),
                  body=body, style="none", quote=False, html=False, charset="gb2312", cte="base64",
                  subject="自动回复: " + P.subject, mid_style="other",
                  extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [P], eml, expected("auto_reply", "Mailbox auto-acknowledgment; nothing about the order.")


# ==========================================================================
# bounces

def _bounce_msg(P, when, headers, parts, bnd):
    root = M.multipart("report", parts, bnd, params=[("report-type", "delivery-status")])
    return M.message(headers, root)


def _plain(s, charset="us-ascii", cte="7bit", headers=None):
    return M.text(s, "plain", charset, cte, headers=headers)


@case("postfix-user-unknown-it", "bounce", "it-IT",
      "Postfix 'Undelivered Mail Returned to Sender' (550 5.1.1) with the full original request attached")
def b_postfix():
    S = Supplier("NAUTRIV", "Nautica Rivabella srl", "ordini@nautica-rivabella.example", "it-IT")
    P = PO("4500031922", S, "fran", "EUR", dt(2026, 11, 27, 14, 10, 1), [
        ("KH-RND-15", "Kayak hatch round 15 cm, screw lid", 100, "EA", "11.40", "2026-12-18"),
        ("KH-OVL-4525", "Kayak hatch oval 45 x 25 cm", 40, "EA", "36.90", "2026-12-18"),
    ])
    when = dt(2026, 11, 27, 14, 10, 1, s=49)
    qid = "7A1C21A0453"
    host = "mx.nautica-rivabella.example"
    notice = f"""This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ordini@nautica-rivabella.example>: host
    mail01.nautica-rivabella.example[10.0.4.12] said: 550 5.1.1
    <ordini@nautica-rivabella.example>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
"""
    ds = f"""Reporting-MTA: dns; {host}
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; fran.okafor@brightwater-goods.example
Arrival-Date: Fri, 27 Nov 2026 14:10:03 +0100 (CET)

Final-Recipient: rfc822; ordini@nautica-rivabella.example
Original-Recipient: rfc822;ordini@nautica-rivabella.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail01.nautica-rivabella.example
Diagnostic-Code: smtp; 550 5.1.1 <ordini@nautica-rivabella.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    bnd = f"{qid}.1796389850/{host}"
    parts = [_plain(notice, headers=[("Content-Description", "Notification")]),
             M.Part("message/delivery-status", body=ds.encode(), headers=[("Content-Description", "Delivery report")]),
             M.Part("message/rfc822", body=M.request_eml(P), headers=[("Content-Description", "Undelivered Message")])]
    headers = [("Return-Path", "<>"),
               ("_raw", f"Received: by {host} (Postfix)\n\tid {qid}; {format_datetime(when)} (CET)"),
               ("Date", M.date_hdr(when)),
               ("From", f"MAILER-DAEMON@{host} (Mail Delivery System)"),
               ("Subject", "Undelivered Mail Returned to Sender"),
               ("To", "fran.okafor@brightwater-goods.example"),
               ("Auto-Submitted", "auto-replied"),
               ("Message-Id", f"<20261127131049.{qid}@{host}>")]
    root = M.multipart("report", parts, bnd, params=[("report-type", "delivery-status")],
                       preamble="This is a MIME-encapsulated message.")
    eml = M.message(headers, root)
    return [P], eml, expected("bounce", "Postfix DSN; the attached original contains the PO table.")


@case("exchange-ndr-unzustellbar-de", "bounce", "de-DE",
      "Exchange NDR in German ('Unzustellbar:', 550 5.1.10 RecipientNotFound), HTML+text, original headers only")
def b_exchange():
    S = Supplier("SCHLEUSE", "Schleusentechnik Nord GmbH", "einkauf-bestellungen@schleusentechnik-nord.example", "de-DE")
    P = PO("4500031934", S, "ingrid", "EUR", dt(2026, 11, 30, 8, 30, 1), [
        ("SG-HUB-1000", "Sluice gate 1000 x 1000 mm, stainless, electric", 1, "EA", "14850.00", "2027-01-22"),
    ])
    when = dt(2026, 11, 30, 7, 30, 0, s=21)
    host = "mx01.schleusentechnik-nord.example"
    rcpt = S.email
    diag = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    text_de = f"""Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: {P.subject}
Gesendet: 30.11.2026 08:30

Folgende(r) Empfänger konnte(n) nicht erreicht werden:

{rcpt} am 30.11.2026 08:30
      Das E-Mail-Konto existiert nicht in der Organisation, an die Sie die Nachricht gesendet haben. Überprüfen Sie die E-Mail-Adresse, oder wenden Sie sich direkt an den Empfänger, um die richtigen Adressinformationen zu erhalten.
      <{host} #{diag}>
"""
    html_de = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.</font></b></p>
<font size="2" face="Tahoma"><p>Betreff: {P.subject}<br>Gesendet: 30.11.2026 08:30</p>
<p>Folgende(r) Empfänger konnte(n) nicht erreicht werden:</p>
<table><tr><td><font color="#000000" size="2" face="Tahoma">{rcpt} am 30.11.2026 08:30</font></td></tr>
<tr><td><font color="#000000" size="2" face="Tahoma">Das E-Mail-Konto existiert nicht in der Organisation, an die Sie die Nachricht gesendet haben. Überprüfen Sie die E-Mail-Adresse, oder wenden Sie sich direkt an den Empfänger, um die richtigen Adressinformationen zu erhalten.</font></td></tr>
<tr><td><font color="#808080" size="2" face="Tahoma">&lt;{host} #{diag}&gt;</font></td></tr></table></font>
</body></html>
"""
    ds = f"""Reporting-MTA: dns;{host}
Received-From-MTA: dns;mx1.brightwater-goods.example
Arrival-Date: Mon, 30 Nov 2026 07:30:14 +0000

Original-Recipient: rfc822;{rcpt}
Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;{diag}
"""
    orig_headers = M.request_eml(P).split(b"\n\n", 1)[0] + b"\n"
    seed = "exch" + P.number
    alt = M.multipart("alternative", [M.text(text_de, "plain", "utf-8", "quoted-printable"),
                                      M.html_part(html_de, "utf-8", "quoted-printable")],
                      M.boundary("outlook", seed + "a"))
    parts = [alt, M.Part("message/delivery-status", body=ds.encode()),
             M.Part("text/rfc822-headers", body=orig_headers)]
    headers = [("From", f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@schleusentechnik-nord.example>"),
               ("To", M.addr(P.buyer["name"], P.buyer["email"])),
               ("Date", M.date_hdr(when)),
               ("Message-ID", f"<{hexid(seed, 8, False)}-{hexid(seed + '1', 4, False)}-{hexid(seed + '2', 4, False)}-"
                              f"{hexid(seed + '3', 4, False)}-{hexid(seed + '4', 12, False)}@{host}>"),
               ("In-Reply-To", P.msgid), ("References", P.msgid),
               ("Subject", "Unzustellbar: " + P.subject),
               ("Auto-Submitted", "auto-replied"),
               ("X-MS-Exchange-Message-Is-Ndr", ""),
               ("Content-Language", "de-DE")]
    root = M.multipart("report", parts, M.boundary("outlook", seed), params=[("report-type", "delivery-status")])
    return [P], M.message(headers, root), expected("bounce", "Exchange non-delivery report (German UI).")


@case("gmail-dsn-address-not-found-br", "bounce", "pt-BR",
      "Gmail 'Delivery Status Notification (Failure)' from mailer-daemon@googlemail.com with X-Failed-Recipients")
def b_gmail():
    S = Supplier("BORRACHA", "Borracharia Industrial Paulista Ltda.", "compras.vendas@borrachariapaulista.example", "pt-BR")
    P = PO("4500031946", S, "tom", "BRL", dt(2026, 12, 1, 13, 0, 1), [
        ("WBT-325-8", "Wheelbarrow tyre 3.25-8 with tube", 300, "EA", "24.90", "2026-12-21"),
        ("WBT-RIM-8", "Steel rim 8 in for wheelbarrow", 300, "EA", "18.40", "2026-12-21"),
    ])
    when = dt(2026, 12, 1, 4, 0, -8, s=3)
    rcpt = S.email
    resp = f"550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table"
    text_g = f"""
** Address not found **

Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
{resp}
"""
    html_g = f"""<html><head></head><body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff"><tbody><tr><td>
<h1 style="font-size:24px;font-weight:400">Address not found</h1>
<p style="font-size:16px">Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>{rcpt}</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<p style="font-size:16px"><a href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a></p>
<p style="font-size:12px;color:#616161">The response from the remote server was:</p>
<p style="font-family:monospace;font-size:12px;color:#616161">{resp}</p>
</td></tr></tbody></table></body></html>
"""
    ds = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 01 Dec 2026 04:00:02 -0800 (PST)
X-Original-Message-ID: {P.msgid}

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.borrachariapaulista.example. (203.0.113.77, the server for the domain borrachariapaulista.example.)
Diagnostic-Code: smtp; {resp}
Last-Attempt-Date: Tue, 01 Dec 2026 04:00:03 -0800 (PST)
"""
    seed = "gm" + P.number
    alt = M.multipart("alternative", [M.text(text_g, "plain", "UTF-8", "quoted-printable"),
                                      M.html_part(html_g, "UTF-8", "quoted-printable")],
                      M.boundary("gmail", seed + "a"))
    related = M.multipart("related", [alt], M.boundary("gmail", seed + "r"))
    parts = [related, M.Part("message/delivery-status", body=ds.encode()),
             M.Part("message/rfc822", body=M.request_eml(P))]
    headers = [("Return-Path", "<>"),
               ("_raw", "Received: by 2002:a05:6a10:8e4b:b0:5f1:2c3d:4e5f with SMTP id x11csp2231094pxk;\n"
                        f"        {format_datetime(when)}"),
               ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
               ("To", P.buyer["email"]),
               ("Auto-Submitted", "auto-replied"),
               ("Subject", "Delivery Status Notification (Failure)"),
               ("References", P.msgid), ("In-Reply-To", P.msgid),
               ("X-Failed-Recipients", rcpt),
               ("Message-ID", f"<674c1a63.050a0220.{hexid(seed, 5, False)}.{hexid(seed + 'x', 4, False)}.GMR@mx.google.com>"),
               ("Date", M.date_hdr(when))]
    root = M.multipart("report", parts, M.boundary("gmail", seed), params=[("report-type", "delivery-status")])
    return [P], M.message(headers, root), expected("bounce", "Gmail DSN for a non-existent supplier mailbox.")


@case("qmail-over-quota-ar", "bounce", "es-AR",
      "qmail 'failure notice' (non-MIME plain text, #5.2.2 over quota) with the raw original appended")
def b_qmail():
    S = Supplier("TANDIL", "Talabartería Tandil S.R.L.", "ventas@talabarteria-tandil.example", "es-AR")
    P = PO("4500031958", S, "fran", "ARS", dt(2026, 12, 2, 10, 20, 1), [
        ("ST-LEATHER-LEG", "Leather stilt strap, leg, 40 mm", 120, "PR", "8950.00", "2027-01-15"),
        ("ST-LEATHER-FOOT", "Leather stilt strap, foot", 120, "PR", "7600.00", "2027-01-15"),
    ])
    when = dt(2026, 12, 2, 6, 20, -3, s=44)
    host = "mail.talabarteria-tandil.example"
    orig = M.request_eml(P).decode("ascii")
    body = f"""Hi. This is the qmail-send program at {host}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{S.email}>:
This account is over quota and unable to receive mail.
Sorry, the mailbox quota was exceeded. (#5.2.2)

--- Below this line is a copy of the message.

Return-Path: <fran.okafor@brightwater-goods.example>
Received: (qmail 28817 invoked from network); 2 Dec 2026 09:20:41 -0000
Received: from mx1.brightwater-goods.example (198.51.100.14)
  by {host} with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 2 Dec 2026 09:20:41 -0000
{orig}"""
    headers = [("Return-Path", "<>"),
               ("_raw", f"Received: (qmail 28819 invoked for bounce); 2 Dec 2026 09:20:44 -0000"),
               ("Date", "2 Dec 2026 09:20:44 -0000"),
               ("From", f"MAILER-DAEMON@{host}"),
               ("To", P.buyer["email"]),
               ("Subject", "failure notice"),
               ("Message-ID", f"<20261202092044.28819.qmail@{host}>")]
    eml = M.message(headers, M.text(body, "plain", "us-ascii", "7bit"), bare=True)
    return [P], eml, expected("bounce", "qmail bounce; the copied original holds the PO figures.")


@case("exim-delay-warning-gb", "bounce", "en-GB",
      "Exim 'Warning: message ... delayed 24 hours' (Action: delayed, 4.0.0) - still a delivery status notice")
def b_exim():
    S = Supplier("PULLEYCO", "Cotswold Pulley & Block Co. Ltd", "sales@cotswoldpulley.example", "en-GB")
    P = PO("4500031960", S, "tom", "GBP", dt(2026, 11, 30, 16, 0, 1), [
        ("PB-ASH-50", "Traditional ash pulley block, 50 mm, single", 40, "EA", "18.50", "2026-12-16"),
        ("PB-ASH-50D", "Traditional ash pulley block, 50 mm, double", 20, "EA", "27.80", "2026-12-16"),
        ("PB-BRONZE-PIN", "Bronze pin set for 50 mm blocks", 60, "SET", "3.20", "2026-12-16"),
    ])
    when = dt(2026, 12, 1, 15, 4, 0, s=12)
    host = "backup-mx.cotswoldpulley.example"
    mid = "1wPq7X-0003hK-2N"
    notice = f"""This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on {host}.

The message identifier is:     {mid}
The subject of the message is: {P.subject}
The date of the message is:    Mon, 30 Nov 2026 16:00:00 +0100

The address to which the message has not yet been delivered is:

  {S.email}
    host mail.cotswoldpulley.example [198.51.100.23]
    Delay reason: SMTP error from remote mail server after initial connection:
    421 mail.cotswoldpulley.example: Service not available - too many connections

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""
    ds = f"""Reporting-MTA: dns; {host}

Action: delayed
Final-Recipient: rfc822;{S.email}
Status: 4.0.0
Remote-MTA: dns; mail.cotswoldpulley.example
Diagnostic-Code: smtp; 421 mail.cotswoldpulley.example: Service not available - too many connections
Will-Retry-Until: Mon, 07 Dec 2026 15:00:41 +0000
"""
    orig_headers = M.request_eml(P).split(b"\n\n", 1)[0] + b"\n"
    bnd = f"{int(hexid(P.number, 8), 16)}-eximdsn-{int(hexid(P.number + 'e', 8), 16) % 10**9}"
    parts = [_plain(notice, "US-ASCII"), M.Part("message/delivery-status", body=ds.encode()),
             M.Part("text/rfc822-headers", body=orig_headers)]
    headers = [("Return-Path", "<>"),
               ("_raw", f"Received: from Debian-exim by {host} with local (Exim 4.97)\n\tid 1wPxBc-0007Qa-0T"
                        f"\n\tfor {P.buyer['email']}; {format_datetime(when)}"),
               ("X-Failed-Recipients", S.email),
               ("Auto-Submitted", "auto-replied"),
               ("From", f"Mail Delivery System <Mailer-Daemon@{host}>"),
               ("To", P.buyer["email"]),
               ("References", P.msgid),
               ("Subject", f"Warning: message {mid} delayed 24 hours"),
               ("Message-Id", f"<E1wPxBc-0007Qa-0T@{host}>"),
               ("Date", M.date_hdr(when))]
    root = M.multipart("report", parts, bnd, params=[("report-type", "delivery-status")])
    return [P], M.message(headers, root), expected("bounce", "Exim delay warning DSN (not yet failed, but a DSN).")


# ==========================================================================
# unrelated

@case("invoice-other-po-pl", "unrelated", "pl-PL",
      "supplier invoice (PDF) for a different PO number (4500030877) from the same supplier")
def u_invoice():
    S = Supplier("HYDROTECH", "Zasuwy Hydro-Tech Sp. z o.o.", "biuro@zasuwy-hydrotech.example", "pl-PL")
    P = PO("4500031881", S, "ingrid", "PLN", dt(2026, 11, 25, 12, 0, 1), [
        ("SG-ZAS-DN200", "Knife gate valve DN 200, cast iron", 6, "EA", "1890.00", "2026-12-18"),
        ("SG-ZAS-DN300", "Knife gate valve DN 300, cast iron", 4, "EA", "2960.00", "2026-12-18"),
    ])
    pg = table_page(
        [("FAKTURA VAT nr FV/2026/11/0457", 14, True),
         ("Data wystawienia: 30.11.2026     Data sprzedazy: 27.11.2026     Miejsce: Swarzedz", 9, False),
         ("Sprzedawca: Zasuwy Hydro-Tech Sp. z o.o., ul. Wodna 6, 62-020 Swarzedz, NIP 777-318-22-45", 9, False),
         ("Nabywca: Brightwater Goods Ltd, Waalhaven Oostzijde 85, 3087 BM Rotterdam, VAT NL8621.44.907.B01", 9, False),
         ("Zamowienie nabywcy: 4500030877 z dnia 28.10.2026", 9, True)],
        ["Lp.", "Nazwa towaru", "Ilosc", "J.m.", "Cena netto", "Wartosc netto", "VAT", "Wartosc brutto"],
        [["1", "SG-ZAS-DN150 Zasuwa nozowa DN 150", "8", "szt.", "1 420,00", "11 360,00", "0% WDT", "11 360,00"],
         ["2", "SG-ZAS-USZ-150 Uszczelka EPDM DN 150", "8", "kpl.", "64,00", "512,00", "0% WDT", "512,00"]],
        [50, 75, 250, 285, 360, 430, 440, 545], right_cols=(2, 4, 5, 7),
        footer_lines=[("Razem do zaplaty: 11 872,00 PLN", 10, True),
                      "Slownie: jedenascie tysiecy osiemset siedemdziesiat dwa PLN 00/100",
                      "Sposob zaplaty: przelew, termin 30 dni (29.12.2026)",
                      "Rachunek: PKO BP 12 1020 4027 0000 1802 0345 6789",
                      "Wewnatrzwspolnotowa dostawa towarow - art. 42 ustawy o VAT."])
    pdf = make_pdf([pg], title="FV/2026/11/0457", producer="Comarch ERP Optima")
    body = """Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/2026/11/0457 z dnia 30.11.2026 do zamówienia nr 4500030877.
Termin płatności: 30 dni (29.12.2026).

Prosimy o potwierdzenie otrzymania.

Z poważaniem
Dział Księgowości
Zasuwy Hydro-Tech Sp. z o.o.
ul. Wodna 6, 62-020 Swarzędz
tel. 61 817 42 30
"""
    att = M.attachment(pdf, "application/pdf", "FV_2026_11_0457.pdf")
    eml = M.reply(P, sender=("Zasuwy Hydro-Tech - Księgowość", "faktury@zasuwy-hydrotech.example"),
                  when=dt(2026, 11, 30, 14, 12, 1), body=body, style="none", quote=False, html=False,
                  charset="iso-8859-2", thread=False, subject="Faktura VAT FV/2026/11/0457",
                  to=M.addr("Ingrid Lindqvist", "ingrid.lindqvist@brightwater-goods.example"),
                  attachments=[att], mid_style="other")
    return [P], eml, expected("unrelated",
                              "Invoice for PO 4500030877 (not an open PO here, other items); says nothing about 4500031881.")


@case("newsletter-chiusura-it", "unrelated", "it-IT",
      "supplier HTML newsletter (List-Unsubscribe) with 2027 list prices and Christmas shipping cut-offs")
def u_newsletter():
    S = Supplier("NAUBRES", "Nautica Bresciani srl", "ordini@nauticabresciani.example", "it-IT")
    P = PO("4500031362", S, "fran", "EUR", dt(2026, 11, 20, 9, 0, 1), [
        ("KH-RND-24", "Kayak hatch, round 24 cm, rubber lid", 80, "EA", "23.40", "2026-12-18"),
        ("KH-OVL-4020", "Kayak hatch, oval 40 x 20 cm, with bezel", 50, "EA", "38.75", "2026-12-18"),
    ])
    when = dt(2026, 12, 1, 8, 0, 1, s=5)
    text_nl = """NAUTICA BRESCIANI - Newsletter dicembre 2026

Novità 2027
- Nuovo boccaporto ovale 40x20 con ghiera in acciaio inox: prezzo di listino 2027 41,20 €
- Boccaporto tondo 24 cm, coperchio in gomma EPDM: 24,10 €

Chiusura natalizia
Gli ordini ricevuti entro il 15 dicembre saranno spediti entro il 22 dicembre.
Il magazzino resterà chiuso dal 24/12/2026 al 06/01/2027.

Buone feste da tutto il team Nautica Bresciani!

Nautica Bresciani srl - Via dell'Artigianato 18, 25030 Castel Mella (BS) - P.IVA 03318240987
Non vuoi più ricevere queste email? Cancella l'iscrizione: https://news.nauticabresciani.example/u?id=8f3a21
"""
    html_nl = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Newsletter dicembre 2026</title></head>
<body style="margin:0;background:#eef3f7"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#0b4f7a;color:#fff;padding:18px;font-size:22px">NAUTICA BRESCIANI</td></tr>
<tr><td style="padding:18px"><h2>Novità 2027</h2>
<p>Nuovo <b>boccaporto ovale 40x20</b> con ghiera in acciaio inox &ndash; prezzo di listino 2027 <b>41,20&nbsp;€</b></p>
<p>Boccaporto tondo 24&nbsp;cm, coperchio in gomma EPDM &ndash; <b>24,10&nbsp;€</b></p>
<h2>🎄 Chiusura natalizia</h2>
<p>Gli ordini ricevuti entro il <b>15 dicembre</b> saranno spediti entro il <b>22 dicembre</b>.<br>
Il magazzino resterà chiuso dal 24/12/2026 al 06/01/2027.</p>
<p>Buone feste da tutto il team Nautica Bresciani!</p></td></tr>
<tr><td style="padding:12px;font-size:11px;color:#777">Nautica Bresciani srl &middot; Via dell'Artigianato 18, 25030 Castel Mella (BS) &middot; P.IVA 03318240987<br>
<a href="https://news.nauticabresciani.example/u?id=8f3a21">Cancella l'iscrizione</a></td></tr>
</table></td></tr></table></body></html>
"""
    seed = "nl" + P.number
    alt = M.multipart("alternative", [M.text(text_nl, "plain", "utf-8", "quoted-printable"),
                                      M.html_part(html_nl, "utf-8", "quoted-printable")],
                      M.boundary("other", seed))
    headers = [("Return-Path", "<bounce-8f3a21@news.nauticabresciani.example>"),
               ("_raw", M.received("news.nauticabresciani.example", when, seed, for_addr=P.buyer["email"])),
               ("From", "Nautica Bresciani <newsletter@news.nauticabresciani.example>"),
               ("To", P.buyer["email"]),
               ("Subject", M.enc("Novità 2027 e chiusura natalizia 🎄", "utf-8")),
               ("Date", M.date_hdr(when)),
               ("Message-ID", f"<{hexid(seed, 24, False)}@news.nauticabresciani.example>"),
               ("List-Unsubscribe", "<https://news.nauticabresciani.example/u?id=8f3a21>, <mailto:unsubscribe@news.nauticabresciani.example?subject=8f3a21>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("List-Id", "Clienti Nautica Bresciani <clienti.news.nauticabresciani.example>"),
               ("Precedence", "bulk"),
               ("X-Mailer", "MailUp")]
    return [P], M.message(headers, alt), expected("unrelated",
                                                  "Marketing newsletter; its prices and shipping cut-offs are generic, not "
                                                  "an answer to PO 4500031362.")


@case("prisliste-2027-xlsx-dk", "unrelated", "da-DK",
      "unsolicited 2027 price list (XLSX) that includes the PO's item codes with new prices - not an answer")
def u_pricelist():
    S = Supplier("TALJE", "Nordisk Taljeblok ApS", "ordre@nordisk-taljeblok.example", "da-DK")
    P = PO("4500031975", S, "tom", "DKK", dt(2026, 11, 26, 10, 0, 1), [
        ("PB-DK-GALV-1T", "Galvanised pulley block, 1 t", 25, "EA", "312.00", "2026-12-18"),
        ("PB-DK-SS-500", "Stainless pulley block, 500 kg", 40, "EA", "248.00", "2026-12-18"),
    ])
    rows = [["Varenr.", "Beskrivelse", "Enhed", "Pris 2026 (DKK)", "Pris 2027 (DKK)", "Gyldig fra"],
            ["PB-DK-GALV-500", "Taljeblok galvaniseret 500 kg", "stk", 228.0, 238.0, _dt.date(2027, 1, 1)],
            ["PB-DK-GALV-1T", "Taljeblok galvaniseret 1 t", "stk", 312.0, 326.0, _dt.date(2027, 1, 1)],
            ["PB-DK-SS-500", "Taljeblok rustfri 500 kg", "stk", 248.0, 259.2, _dt.date(2027, 1, 1)],
            ["PB-DK-SS-1T", "Taljeblok rustfri 1 t", "stk", 395.0, 412.8, _dt.date(2027, 1, 1)],
            ["PB-DK-HOOK-S", "Svirvelkrog til taljeblok", "stk", 44.0, 46.0, _dt.date(2027, 1, 1)]]
    xl = make_xlsx([("Prisliste 2027", rows)], creator="Nordisk Taljeblok ApS", modified="2026-11-30T12:00:00Z")
    body = """Kære kunde,

Vedhæftet finder du vores nye prisliste, gældende for alle ordrer modtaget fra 1. januar 2027. Priserne er i gennemsnit hævet 4,5 % som følge af højere stål- og energipriser.

Ordrer modtaget inden 31. december 2026 faktureres til de nuværende priser.

Med venlig hilsen
Nordisk Taljeblok ApS
Havnevej 18, 9000 Aalborg · Tlf. 98 12 44 70 · CVR 35 81 22 49
"""
    att = M.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       "Prisliste_2027_Nordisk_Taljeblok.xlsx")
    eml = M.reply(P, sender=("Nordisk Taljeblok ApS", "ordre@nordisk-taljeblok.example"),
                  when=dt(2026, 12, 1, 13, 5, 1), body=body, style="outlook", lang="da", quote=False,
                  charset="windows-1252", thread=False, subject="Prisliste 2027 – Nordisk Taljeblok",
                  attachments=[att], to="undisclosed-recipients:;", lang_tag="da-DK")
    return [P], eml, expected("unrelated",
                              "Mass mail with a price list valid from 2027-01-01; the PO's items appear with new prices but "
                              "the mail does not answer PO 4500031975.")


@case("reach-declaration-lv", "unrelated", "lv-LV",
      "bilingual Latvian/English REACH SVHC declaration from the supplier's QA, PDF attached; windows-1257")
def u_reach():
    S = Supplier("BALTNETS", "SIA Baltijas Tīkli", "info@baltijas-tikli.example", "lv-LV")
    P = PO("4500031987", S, "fran", "EUR", dt(2026, 11, 27, 9, 0, 1), [
        ("CN-LV-PP-4X4", "Cargo net PP 4 x 4 m, 45 mm mesh", 50, "EA", "39.00", "2026-12-17"),
    ])
    pg = table_page(
        [("SIA Baltijas Tikli", 14, True),
         ("Rupniecibas iela 32, Jelgava, LV-3008, Latvia", 8, False),
         ("", 6, False),
         ("REACH SVHC DECLARATION 2026", 13, True),
         ("Regulation (EC) No 1907/2006, Article 33 - Candidate List as updated June 2026", 9, False)],
        ["Product group", "Material", "SVHC > 0.1 % w/w", "Remark"],
        [["Cargo nets PP", "Polypropylene", "None", "-"],
         ["Cargo nets PES", "Polyester", "None", "-"],
         ["Hooks and rings", "Zinc-plated steel", "None", "-"]],
        [50, 170, 300, 420],
        footer_lines=["We declare that, to the best of our knowledge, the articles listed above do not contain",
                      "substances of very high concern above 0.1 % weight by weight.",
                      "", "Jelgava, 02.12.2026          Liga Berzina, Quality Manager"])
    pdf = make_pdf([pg], title="REACH SVHC declaration 2026", producer="Microsoft Word")
    body = """Labdien,

Pielikumā nosūtām mūsu ikgadējo REACH SVHC paziņojumu par 2026. gadu (kandidātu saraksts atjaunots 2026. gada jūnijā).

Dear customer,

Please find attached our annual REACH SVHC declaration for 2026. None of our PP and PES cargo nets contain SVHC above 0.1 % w/w. Please forward it to your quality department.

Ar cieņu / Kind regards
Līga Bērziņa
Kvalitātes vadītāja / Quality Manager
SIA Baltijas Tīkli
Rūpniecības iela 32, Jelgava, LV-3008
Tālr. +371 630 27 418
"""
    att = M.attachment(pdf, "application/pdf", "REACH_SVHC_2026_Baltijas_Tikli.pdf")
    eml = M.reply(P, sender=("Līga Bērziņa", "liga.berzina@baltijas-tikli.example"), when=dt(2026, 12, 2, 10, 10, 2),
                  body=body, style="outlook", lang="en_GB", quote=False, charset="windows-1257", thread=False,
                  subject="REACH SVHC paziņojums / REACH SVHC declaration 2026", attachments=[att],
                  lang_tag="lv-LV")
    return [P], eml, expected("unrelated", "Compliance paperwork from the supplier; not about PO 4500031987.")


@case("otpremnica-other-po-rs", "unrelated", "sr-RS",
      "Serbian dispatch note for a different PO (4500030955) with tracking number, weight and expected delivery date")
def u_dispatch():
    S = Supplier("GUMATAC", "Gumatač d.o.o.", "prodaja@gumatac.example", "sr-RS")
    P = PO("4500031999", S, "tom", "RSD", dt(2026, 11, 30, 10, 0, 1), [
        ("WBT-RS-400-8", "Wheelbarrow tyre 4.00-8, 4 ply", 150, "EA", "1180.00", "2026-12-21"),
        ("WBT-RS-TUBE", "Inner tube 4.00-8", 150, "EA", "295.00", "2026-12-21"),
    ])
    pg = table_page(
        [("Gumatac d.o.o.", 14, True),
         ("Industrijska zona bb, 21220 Becej, Srbija - PIB 104882317", 8, False),
         ("", 6, False),
         ("OTPREMNICA br. 2026-04418", 13, True),
         ("Datum: 03.12.2026     Porudzbenica kupca: 4500030955", 9, False),
         ("Kupac: Brightwater Goods Ltd, Waalhaven Oostzijde 85, 3087 BM Rotterdam", 9, False)],
        ["R.br.", "Sifra", "Naziv", "Kolicina", "J.m."],
        [["1", "WBT-RS-350-8", "Guma za tacke 3.50-8", "200", "kom"],
         ["2", "WBT-RS-RIM-8", "Felna 8\" za tacke", "200", "kom"]],
        [50, 85, 190, 400, 450], right_cols=(3,),
        footer_lines=["Prevoznik: DExpress, broj posiljke 7713 2208 4461", "Broj paketa: 6, bruto tezina 412 kg"])
    pdf = make_pdf([pg], title="Otpremnica 2026-04418", producer="Pantheon")
    body = """Poštovani,

obaveštavamo vas da je roba po vašoj porudžbenici br. 4500030955 otpremljena danas, 03.12.2026. Otpremnica br. 2026-04418 je u prilogu.

Prevoznik: DExpress, broj pošiljke 7713 2208 4461
Broj paketa: 6, bruto težina 412 kg
Očekivana isporuka: 08.12.2026.

Srdačan pozdrav,
Otprema – Gumatač d.o.o.
Industrijska zona bb, 21220 Bečej
tel. 021/691-4470
"""
    att = M.attachment(pdf, "application/pdf", "Otpremnica_2026-04418.pdf")
    eml = M.reply(P, sender=("Gumatač d.o.o. – Otprema", "otprema@gumatac.example"), when=dt(2026, 12, 3, 7, 45, 1),
                  body=body, style="none", quote=False, html=False, charset="utf-8", thread=False,
                  subject="Otpremnica br. 2026-04418 / porudžbenica 4500030955", attachments=[att],
                  mid_style="other")
    return [P], eml, expected("unrelated",
                              "Dispatch note for another PO (4500030955, other items); nothing about open PO 4500031999.")
