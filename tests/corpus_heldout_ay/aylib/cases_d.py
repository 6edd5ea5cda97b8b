"""Cases 055-070."""
from . import mime
from .common import (BUYERS, PO, REJ, UNC, Ctx, P, Q, Raw, Sig, Supplier, T, acc, buyer, case, check_wd, chg,
                     conf, expected, iso_friday, lines, mail, outlook_header, plus_days, q_gt, q_outlook,
                     reply_subject, request_blocks, request_message, request_plain, rfc_date, utc_str)
from .pdf import PdfDoc


# ---------------------------------------------------------------------------
@case("skateboard-wheels-cyber-monday-promo", "unrelated/en-US",
      "Marketing mail from the PO's supplier quoting the ordered wheel sizes with discount prices and 'order by 12/4, ship by 12/11' dates.")
def c055(c: Ctx):
    sup = Supplier("VBWHEEL", "Venice Beach Wheelworks LLC", "orders@vbwheelworks.example", "en-US", "Mr Ortiz")
    po = PO("4500233610", sup, "mv", "USD", "2026-11-25", lines(
        ("VBW-W56-97A", "Street wheel 56 mm, 97A, 2027 pro series, set of 4", 200, "SET", "18.90", "2027-01-12"),
        ("VBW-W58-83A", "Filmer wheel 58 mm, 83A, set of 4", 80, "SET", "19.50", "2027-01-12"),
    ))
    txt = ("CYBER MONDAY AT VENICE BEACH WHEELWORKS\n\n"
           "20% off the entire 2027 Pro Series - today only for our dealers.\n\n"
           "56 mm 97A Street (set of 4): $18.90 -> $15.12\n"
           "58 mm 83A Filmer (set of 4): $19.50 -> $15.60\n"
           "54 mm 101A Conical Full (set of 4): $18.40 -> $14.72\n\n"
           "Use code CYBER20 at checkout. Orders placed by 12/4 ship by 12/11 - in the shop before the holidays.\n\n"
           "Shop now: https://dealers.vbwheelworks.example/cyber-monday\n\n"
           "Venice Beach Wheelworks LLC, 1640 Abbot Kinney Blvd, Venice, CA 90291\n"
           "You are receiving this email because you are a registered dealer. Unsubscribe: "
           "https://dealers.vbwheelworks.example/unsubscribe?id=Q7KX2\n")
    html = ('<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            '<title>Cyber Monday</title></head><body style="margin:0;background:#111;color:#fff;font-family:Helvetica,'
            'Arial,sans-serif">\n<div style="display:none;max-height:0;overflow:hidden">20% off the 2027 Pro Series - '
            'today only.</div>\n<table role="presentation" width="100%"><tr><td align="center">'
            '<table role="presentation" width="600">\n<tr><td style="padding:30px;text-align:center;font-size:34px;'
            'font-weight:bold;color:#ffd400">CYBER MONDAY</td></tr>\n'
            '<tr><td style="text-align:center"><img src="https://dealers.vbwheelworks.example/img/cyber-hero.jpg" '
            'width="600" alt="2027 Pro Series wheels"></td></tr>\n'
            '<tr><td style="padding:20px;font-size:16px">20% off the entire 2027 Pro Series - today only for our '
            'dealers.<ul><li>56 mm 97A Street (set of 4): <s>$18.90</s> <b>$15.12</b></li>'
            '<li>58 mm 83A Filmer (set of 4): <s>$19.50</s> <b>$15.60</b></li>'
            '<li>54 mm 101A Conical Full (set of 4): <s>$18.40</s> <b>$14.72</b></li></ul>'
            'Use code <b>CYBER20</b>. Orders placed by 12/4 ship by 12/11.</td></tr>\n'
            '<tr><td align="center" style="padding:20px"><a href="https://dealers.vbwheelworks.example/cyber-monday" '
            'style="background:#ffd400;color:#111;padding:14px 28px;text-decoration:none;font-weight:bold">SHOP NOW</a>'
            '</td></tr>\n<tr><td style="padding:20px;font-size:11px;color:#999">Venice Beach Wheelworks LLC, 1640 '
            'Abbot Kinney Blvd, Venice, CA 90291<br>You are receiving this email because you are a registered '
            'dealer. <a href="https://dealers.vbwheelworks.example/unsubscribe?id=Q7KX2" style="color:#999">'
            'Unsubscribe</a></td></tr>\n</table></td></tr></table>\n'
            '<img src="https://t.vbwheelworks.example/o/Q7KX2.gif" width="1" height="1" alt=""></body></html>\n')
    eml = mail(c, client="generic", frm=("Venice Beach Wheelworks", "news@vbwheelworks.example"), to=[buyer(po)],
               subject="Cyber Monday: 20% off the 2027 Pro Series \u2013 today only", date="2026-11-30 06:00:03 -0800",
               plain=txt, html=html, charset="utf-8", mailer="Klaviyo-compatible Mailer 3.1", hdr_enc="Q",
               extra=[("List-Unsubscribe", "<https://dealers.vbwheelworks.example/unsubscribe?id=Q7KX2>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                      ("X-Campaign-Id", "cyber-monday-2026")])
    exp = expected("unrelated",
                   "Bulk promotion (List-Unsubscribe, Precedence: bulk) from the supplier of the open PO. It names the "
                   "ordered wheels (56 mm 97A, 58 mm 83A) with discounted prices and 'order by 12/4, ship by 12/11', "
                   "but it is marketing, not an answer to PO 4500233610.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("roofing-slates-welsh-per-thousand", "confirmation/en-GB",
      "Welsh slates quoted '£1,920.00 per thousand' against a per-slate PO price, with a 'w/c 18 January' week and a 'Wed 20/01' slot.")
def c056(c: Ctx):
    sup = Supplier("PENRHYN", "Penrhyn Valley Slate Co. Ltd", "sales@penrhynvalleyslate.example", "en-GB", "Mr Hughes")
    po = PO("4500233640", sup, "hp", "GBP", "2026-11-30", lines(
        ("PVS-HR-5025", "Welsh roofing slate 500x250 mm, heather blue, 5-7 mm", 8000, "EA", "1.85", "2027-01-20"),
        ("PVS-HR-6030", "Welsh roofing slate 600x300 mm, 6-8 mm", 3000, "EA", "3.10", "2027-01-20"),
        ("PVS-NAIL-38", "Copper slate nail 38 mm, 3.35 mm shank", 40, "KG", "14.50", "2027-01-20"),
        ("PVS-RDG-300", "Roll-top ridge tile 300 mm, blue/black clay", 120, "PCS", "6.75", "2027-01-20"),
    ), req_time="10:30:00")
    check_wd("2027-01-20", "Wed")
    body = [
        P("Dear Hannah,"),
        P("Thank you for order 4500233640."),
        P("500x250 Heather Blue: 8,000 @ £1,920.00 per thousand (our 2027 price list applies from 1 January), "
          "delivery w/c 18 January - we will book a timed slot with your goods-in for Wed 20/01.\n"
          "600x300: 3,000 @ £3,100.00 per 1000, same delivery.\n"
          "Copper nails 38 mm: 40 kg @ £14.50/kg, same delivery."),
        P("All slates on returnable pallets (£25.00 deposit each, refunded on return)."),
        P("Regards,"),
        Sig("Dafydd Hughes\nSales Office | Penrhyn Valley Slate Co. Ltd\nChwarel Road, Bethesda, Gwynedd LL57 4YH\n"
            "T: 01248 600 418\n\nPenrhyn Valley Slate Co. Ltd is registered in Wales, company no. 05184721."),
        q_outlook(po, "en", sent="30 November 2026 10:30"),
    ]
    eml = mail(c, client="outlook", frm=("Dafydd Hughes", sup.email), to=[buyer(po)], subject=reply_subject(po),
               date="2026-12-01 11:20:16 +0000", blocks=body, lang="en-GB", reply_to=po)
    exp = expected("confirmation",
                   "Prices per thousand slates: £1,920.00/1000 = 1.92 per EA (PO 1.85) and £3,100.00/1000 = 3.10 (as "
                   "ordered). 'w/c 18 January' narrowed to the slot 'Wed 20/01' = 2027-01-20 = requested date. Nails "
                   "as ordered. The ridge tiles (line 4) are not mentioned -> unconfirmed. Pallet deposit is not a "
                   "line price.",
                   [conf(po, {1: chg(po, 1, p="1.92"), 2: acc(po, 2), 3: acc(po, 3), 4: UNC})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("tram-brake-blocks-conditional-drawing-index", "needs_review/de-AT",
      "Austrian reply ties line 1 to switching to drawing index C and line 2 to a first-article approval; confirmation only after both.")
def c057(c: Ctx):
    sup = Supplier("BBWN", "Bremsbelag-Werk Wiener Neustadt GmbH", "vertrieb@bbw-wn.example", "de-AT", "Mr Leitner")
    po = PO("4500233660", sup, "do", "EUR", "2026-11-30", lines(
        ("BWN-TB-7712", "Tram brake block, composite, drawing 7712 index B, 24V wear indicator", 96, "EA", "148.00",
         "2027-01-29"),
        ("BWN-TB-7715", "Tram brake block, sintered, drawing 7715 index A", 48, "EA", "212.00", "2027-01-29"),
    ), req_time="15:05:00")
    body = [
        P("Sehr geehrter Herr Osei,"),
        P("vielen Dank für Ihre Bestellung 4500233660."),
        P("Pos. 1 können wir per 29. Jänner 2027 liefern, allerdings nur nach Zeichnungsindex C – Index B ist bei "
          "uns abgekündigt; die Bremsklötze nach Index C haben eine geänderte Verschleißkante (3 mm statt 2,5 mm). "
          "Bitte bestätigen Sie uns die Umstellung auf Index C, der Preis bliebe unverändert."),
        P("Pos. 2 ist wie bestellt möglich, sofern die Freigabe der Erstmusterprüfung (EMPB) durch Ihren Kunden "
          "bis spätestens 15. Dezember 2026 bei uns vorliegt."),
        P("Sobald uns beides vorliegt, erhalten Sie unsere Auftragsbestätigung."),
        P("Mit freundlichen Grüßen"),
        Sig("Ing. Markus Leitner\nVertrieb Schienenfahrzeuge\nBremsbelag-Werk Wiener Neustadt GmbH\n"
            "Civitas-Nova-Straße 12, 2700 Wiener Neustadt\nTel. +43 2622 41 88-270\n"
            "Firmenbuch FN 248117 t, Landesgericht Wiener Neustadt"),
        q_outlook(po, "de", tz=1),
    ]
    eml = mail(c, client="outlook", frm=("Leitner Markus", "m.leitner@bbw-wn.example"), to=[buyer(po)],
               subject=reply_subject(po, "AW: "), date="2026-12-01 14:40:29 +0100", blocks=body,
               charset="windows-1252", lang="de-AT", reply_to=po)
    exp = expected("needs_review",
                   "Both lines are conditional: line 1 only to drawing index C (the buyer must approve the change), "
                   "line 2 'sofern' (provided) the first-article approval arrives by 15 December 2026; the order "
                   "confirmation is promised only after both. Austrian 'Jänner'. No unconditional commitment.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("lab-glassware-out-of-office-fr", "auto_reply/fr-FR",
      "French/English Exchange out-of-office with absence and return dates in the week the goods are due.")
def c058(c: Ctx):
    sup = Supplier("VSRHONE", "Verrerie Scientifique du Rhône SARL", "commandes@verrerie-rhone.example", "fr-FR",
                   "Ms Rousseau")
    po = PO("4500233690", sup, "hp", "EUR", "2026-12-01", lines(
        ("VSR-ERL-500", "Erlenmeyer flask 500 ml, borosilicate, NS 29/32", 120, "EA", "4.60", "2026-12-18"),
        ("VSR-PIP-10", "Graduated pipette 10 ml, class AS, 1/10 graduation", 200, "EA", "2.15", "2026-12-18"),
    ), req_time="07:30:00")
    for d, w in (("2026-12-01", "Tue"), ("2026-12-04", "Fri"), ("2026-12-07", "Mon")):
        check_wd(d, w)
    txt = ("Bonjour,\n\n"
           "Je suis absente du mardi 1er au vendredi 4 décembre 2026 inclus, sans accès à ma messagerie. Je prendrai "
           "connaissance de votre message à mon retour le lundi 7 décembre.\n\n"
           "Pour toute commande urgente, merci de contacter le service ADV au 04 72 18 44 90 ou "
           "commandes@verrerie-rhone.example.\n\n"
           "Cordialement,\nÉmilie Rousseau\n\n"
           "I am out of the office from 1 to 4 December 2026 inclusive. For urgent orders please call "
           "+33 4 72 18 44 90.\n")
    eml = mail(c, client="outlook", frm=("Émilie Rousseau", "e.rousseau@verrerie-rhone.example"), to=[buyer(po)],
               subject="Réponse automatique : " + po.req_subject, date="2026-12-01 08:31:07 +0100", plain=txt,
               blocks=[P(x) for x in txt.strip().split("\n\n")], charset="iso-8859-1", lang="fr-FR", reply_to=po,
               extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    exp = expected("auto_reply",
                   "Exchange automatic reply ('Réponse automatique', Auto-Submitted) in French and English; the dates "
                   "are the absence (1-4 December) and return (7 December), not delivery dates.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("olive-oil-tins-italian-mailbox-full", "bounce/it-IT",
      "Italian provider's plain-text 'Messaggio non recapitato' (mailbox full) with the original request pasted below.")
def c059(c: Ctx):
    sup = Supplier("SCATPUG", "Scatolificio Pugliese S.r.l.", "ordini@scatolificiopugliese.example", "it-IT",
                   "Mr De Santis")
    po = PO("4500233715", sup, "mv", "EUR", "2026-12-02", lines(
        ("SP-LAT-5L", "Olive oil tin 5 L, 4/1 print, 'Extra Vergine 2027' label", 4000, "EA", "1.05", "2027-01-12"),
        ("SP-LAT-250", "Olive oil tin 250 ml, slim, 3/0 print", 12000, "EA", "0.39", "2027-01-12"),
    ), req_time="09:03:40")
    orig_hdr = ("Return-Path: <marco.vidal@kestrel-sourcing.example>\n"
                "Received: from mx1.kestrel-sourcing.example (mx1.kestrel-sourcing.example [198.51.100.10])\n"
                "\tby smtpin.scatolificiopugliese.example with ESMTPS id 4R7kQ21z3Tz2K9v\n"
                "\tfor <ordini@scatolificiopugliese.example>; Wed, 2 Dec 2026 10:03:43 +0100 (CET)\n"
                f"From: Marco Vidal <marco.vidal@kestrel-sourcing.example>\n"
                f"To: ordini@scatolificiopugliese.example\n"
                f"Subject: {po.req_subject}\n"
                f"Date: Wed, 2 Dec 2026 09:03:40 +0000\n"
                f"Message-ID: {po.req_id}\n")
    txt = ("Questo è il sistema di posta di smtpin.scatolificiopugliese.example.\n\n"
           "Siamo spiacenti di informarti che non è stato possibile consegnare il tuo messaggio al seguente "
           "destinatario:\n\n"
           "    <ordini@scatolificiopugliese.example>\n"
           "    Motivo: casella piena - quota superata (2048 MB su 2048 MB)\n"
           "    552 5.2.2 Mailbox full / Casella di posta piena\n\n"
           "Il messaggio non verrà più inviato. Ti consigliamo di contattare il destinatario con un altro mezzo.\n\n"
           "This is the mail system at smtpin.scatolificiopugliese.example. Your message could not be delivered: "
           "mailbox full.\n\n"
           "------ Messaggio originale ------\n\n" + orig_hdr + "\n" + request_plain(po))
    eml = mail(c, client="generic", frm=("Sistema di posta", "MAILER-DAEMON@smtpin.scatolificiopugliese.example"),
               to=[buyer(po)], subject="Messaggio non recapitato: " + po.req_subject,
               date="2026-12-02 10:05:12 +0100", plain=txt, plain_only=True, charset="utf-8",
               mid=f"<20261202090512.{c.hx('q', 10, True)}@smtpin.scatolificiopugliese.example>",
               extra=[("Auto-Submitted", "auto-replied")])
    exp = expected("bounce",
                   "Non-delivery report in Italian (mailbox full, 552 5.2.2) as a single text/plain part with the "
                   "original request (PO table, 2027-01-12 dates, prices) inline below '------ Messaggio originale "
                   "------'. Not a supplier answer.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("paint-rollers-price-list-csv", "unrelated/nl-NL",
      "Dutch 2027 price list to all customers (undisclosed recipients) with a CSV that contains the ordered item codes at new prices.")
def c060(c: Ctx):
    sup = Supplier("VFBRAB", "Verfroller Fabriek Brabant B.V.", "verkoop@verfrollerbrabant.example", "nl-NL",
                   "Mr van Dijk")
    po = PO("4500233740", sup, "ik", "EUR", "2026-11-30", lines(
        ("VFB-R18-MF", "Paint roller 18 cm microfibre 13 mm, 2027 handle", 500, "EA", "3.10", "2026-12-18"),
        ("VFB-R10-VLT", "Radiator roller 10 cm, felt, pack of 10", 100, "BOX", "8.40", "2026-12-18"),
    ))
    csv = ("Artikelnr;Omschrijving;Verpakking;Prijs 2026 EUR;Prijs 2027 EUR;Geldig vanaf\r\n"
           "VFB-R18-MF;Verfroller 18 cm microvezel 13 mm;1 st;3,10;3,25;01-01-2027\r\n"
           "VFB-R25-MF;Verfroller 25 cm microvezel 13 mm;1 st;3,85;4,05;01-01-2027\r\n"
           "VFB-R10-VLT;Radiatorroller 10 cm vilt;doos 10 st;8,40;8,80;01-01-2027\r\n"
           "VFB-R10-SCH;Radiatorroller 10 cm schuim;doos 10 st;6,90;7,20;01-01-2027\r\n"
           "VFB-BAK-32;Verfbak 32x36 cm;1 st;1,60;1,70;01-01-2027\r\n"
           "VFB-STL-120;Telescoopsteel 120-240 cm;1 st;11,40;11,90;01-01-2027\r\n")
    body = [
        P("Beste relatie,"),
        P("Bijgaand ontvangt u onze nieuwe prijslijst, geldig vanaf 1 januari 2027. De prijzen stijgen gemiddeld "
          "met 4,5% als gevolg van hogere kosten voor polyamide en transport."),
        P("Bestellingen die vóór 18 december 2026 bij ons binnen zijn, leveren wij nog tegen de huidige prijzen."),
        P("Met vriendelijke groet,"),
        Sig("Team Verkoop Binnendienst\nVerfroller Fabriek Brabant B.V.\nDe Hoefsmid 22, 5107 RT Dongen\n"
            "T +31 (0)162 38 41 70 | verkoop@verfrollerbrabant.example"),
    ]
    att = mime.attachment(csv.encode("utf-8"), "text/csv", "Prijslijst_2027_VFB.csv", cte="quoted-printable")
    eml = mail(c, client="outlook", frm=("Verkoop Verfroller Fabriek Brabant", sup.email),
               to=[(None, "undisclosed-recipients:;")], subject="Prijslijst 2027 Verfroller Fabriek Brabant",
               date="2026-12-02 09:00:41 +0100", blocks=body, lang="nl-NL", attachments=[att],
               rcpt=BUYERS["ik"][1])
    exp = expected("unrelated",
                   "Price-list circular to undisclosed recipients, not threaded. The CSV lists the two ordered item "
                   "codes with 2026 and 2027 prices (3,25 and 8,80 from 01-01-2027); it does not answer PO 4500233740 "
                   "(no quantities, no dates for this order).")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("traffic-cones-polish-partial-cancel", "confirmation/pl-PL",
      "Polish per-position list in ISO-8859-2 with one line reduced to stock (480) and the remaining 120 explicitly cancelled.")
def c061(c: Ctx):
    sup = Supplier("ZDMAZ", "Znaki Drogowe Mazowsze Sp. z o.o.", "zamowienia@znaki-mazowsze.example", "pl-PL",
                   "Ms Wiśniewska")
    po = PO("4500233770", sup, "ik", "PLN", "2026-11-30", lines(
        ("ZDM-PACH-75", "Traffic cone 75 cm, 2 reflective strips, 2027 standard PN-EN 13422", 400, "EA", "32.50",
         "2026-12-18"),
        ("ZDM-PACH-50", "Traffic cone 50 cm, 1 reflective strip", 600, "EA", "18.90", "2026-12-18"),
        ("ZDM-TAS-10", "Barrier tape red/white 75 mm x 100 m", 150, "ROL", "11.40", "2026-12-18"),
    ), req_time="13:50:00")
    body = [
        P("Dzień dobry Pani Ines,"),
        P("dziękujemy za zamówienie nr 4500233770. Potwierdzamy:"),
        P("poz. 1 - pachołki 75 cm: 400 szt. × 32,50 zł, dostawa 18.12.2026\n"
          "poz. 2 - pachołki 50 cm: 480 szt. × 18,90 zł, dostawa 18.12.2026 - tylko tyle mamy na stanie, pozostałe "
          "120 szt. anulujemy\n"
          "poz. 3 - taśma ostrzegawcza: 150 rolek × 11,40 zł, dostawa 18.12.2026"),
        P("Pozdrawiam serdecznie"),
        Sig("Agnieszka Wiśniewska\nDział Sprzedaży\nZnaki Drogowe Mazowsze Sp. z o.o.\nul. Warszawska 212, "
            "05-092 Łomianki\ntel. +48 22 751 84 20, kom. +48 601 418 227\nNIP 118-214-77-30"),
        q_outlook(po, "pl", tz=1),
    ]
    eml = mail(c, client="outlook", frm=("Agnieszka Wiśniewska", sup.email), to=[buyer(po)],
               subject=reply_subject(po, "Odp: "), date="2026-12-02 12:45:50 +0100", blocks=body,
               charset="iso-8859-2", lang="pl-PL", reply_to=po)
    exp = expected("confirmation",
                   "Polish (ISO-8859-2) with '×' between quantity and price. poz. 2: 480 szt. from stock, the remaining "
                   "120 cancelled -> quantity 480. poz. 1 and 3 as ordered. PN-EN 13422 and 2027 in the description are "
                   "not values.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, q=480), 3: acc(po, 3)})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("fibre-cable-indian-per-km-iphone", "confirmation/en-IN",
      "iPhone reply gives cable in km on drums and dollars per km, with dd/mm dates for dispatch and delivery.")
def c062(c: Ctx):
    sup = Supplier("DECCANFO", "Deccan Fibre Optics Pvt. Ltd.", "orders@deccanfibre.example", "en-IN", "Mr Joshi")
    po = PO("4500233800", sup, "hp", "USD", "2026-12-02", lines(
        ("DFO-OS2-12", "Outdoor loose-tube cable OS2, 12 fibre, 2027 jacket print", 12000, "M", "0.42", "2027-01-08"),
        ("DFO-OS2-24", "Outdoor cable OS2, 24 fibre, armoured", 6000, "M", "0.71", "2027-01-08"),
    ), req_time="14:10:00")
    body = [
        P("Hi Hannah,"),
        P("PO 4500233800 confirmed:"),
        P("12F OS2 - 12 km on 4 drums of 3 km, USD 445.00/km, dispatch 18/12/2026, delivery Bristol 08/01/2027.\n"
          "24F armoured - 6 km, USD 710.00/km, same dispatch, delivery 08/01/2027."),
        P("Thanks & regards,\nVikram"),
        P("Sent from my iPhone"),
        q_gt(po, "On 2 Dec 2026, at 7:40\u202fPM, Hannah Pike <hannah.pike@kestrel-sourcing.example> wrote:"),
    ]
    eml = mail(c, client="iphone", frm=("Vikram Joshi", "vikram.j@deccanfibre.example"), to=[buyer(po)],
               subject=reply_subject(po, "Re: "), date="2026-12-02 22:55:31 +0530", blocks=body, reply_to=po)
    exp = expected("confirmation",
                   "Quantities in km (12 km = 12000 M, 6 km = 6000 M) and prices per km: USD 445.00/km = 0.445 per M "
                   "(PO 0.42), USD 710.00/km = 0.71 (as ordered). Day-first dates: delivery 08/01/2027 = 2027-01-08 "
                   "as requested; the dispatch date 18/12/2026 loses to the delivery date.",
                   [conf(po, {1: chg(po, 1, p="0.445"), 2: acc(po, 2)})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("hotel-linen-one-of-two-pos", "confirmation/en-GB",
      "Two POs in pos.json: the reply confirms one (with a stock/backorder split) and only mentions the other as handled by a colleague.")
def c063(c: Ctx):
    sup = Supplier("PENNINE", "Pennine Hotel Linen Ltd", "orders@penninelinen.example", "en-GB", "Ms Ashworth")
    a = PO("4500233820", sup, "hp", "GBP", "2026-12-01", lines(
        ("PHL-DUV-SK", "Duvet cover super king 260x220 cm, 250 TC, white", 200, "EA", "18.40", "2026-12-14"),
        ("PHL-PIL-OX", "Oxford pillowcase 50x75 cm + 5 cm flange", 600, "EA", "3.25", "2026-12-14"),
    ), req_time="09:40:00")
    b = PO("4500233821", sup, "hp", "GBP", "2026-12-01", lines(
        ("PHL-TWL-BS", "Bath sheet 100x150 cm, 650 gsm, white", 300, "EA", "9.80", "2027-01-11"),
    ), req_time="09:44:00")
    check_wd("2026-12-14", "Mon")
    check_wd("2027-01-08", "Fri")
    body = [
        P("Hi Hannah,"),
        P("Thanks for your order 4500233820 - confirmed as follows:"),
        P("Super king duvet covers 260x220: 200 @ £18.40, delivery Monday 14/12.\n"
          "Oxford pillowcases 50x75: 450 from stock @ £3.25 for delivery 14/12, the remaining 150 will be delivered "
          "Friday 8/1."),
        P("We've also received your order 4500233821 for the bath sheets - that one is handled by my colleague "
          "Sarah in our towelling department, she'll be in touch with you directly."),
        P("Kind regards,"),
        Sig("Joanne Ashworth\nCustomer Services\nPennine Hotel Linen Ltd\nVictoria Mill, Bolton Road, Darwen BB3 1AS\n"
            "Tel: 01254 704 418\n\nPennine Hotel Linen Ltd. Registered in England No. 03841772. VAT GB 718 4417 20."),
        q_outlook(a, "en", sent="01 December 2026 09:40"),
    ]
    eml = mail(c, client="outlook", frm=("Joanne Ashworth", sup.email), to=[buyer(a)], subject=reply_subject(a),
               date="2026-12-03 10:15:44 +0000", blocks=body, lang="en-GB", reply_to=a)
    exp = expected("confirmation",
                   "Only PO 4500233820 is answered: duvet covers as ordered (Monday 14/12 = 2026-12-14); pillowcases "
                   "450 on 14/12 and 150 on 'Friday 8/1' (no year -> 2027-01-08). PO 4500233821 is only mentioned "
                   "('handled by my colleague') and is left out.",
                   [conf(a, {1: acc(a, 1), 2: chg(a, 2, sched=[(450, "2026-12-14"), (150, "2027-01-08")])})])
    return [a.json(), b.json()], eml, exp


# ---------------------------------------------------------------------------
@case("saddle-leather-received-will-check", "needs_review/es-ES",
      "Spanish 'Recibido, lo paso a fábrica' above a full quote of our request: every value in the mail is ours.")
def c064(c: Ctx):
    sup = Supplier("CURTUBR", "Curtidos Ubrique S.L.", "pedidos@curtidosubrique.example", "es-ES", "Paco")
    po = PO("4500233850", sup, "mv", "EUR", "2026-12-02", lines(
        ("CU-SILL-40", "Saddle leather, vegetable tanned, 4.0 mm, natural", 90, "M2", "46.00", "2027-01-22"),
        ("CU-SILL-35N", "Saddle leather 3.5 mm, black", 60, "M2", "43.50", "2027-01-22"),
    ), req_time="16:20:00")
    body = [
        P("Buenos días Marco,"),
        P("Recibido, gracias. Lo paso a fábrica para que revisen plazos y precios y te confirmo en cuanto sepa "
          "algo."),
        P("Un saludo,\nPaco"),
        Sig("Francisco Javier Ruiz\nCurtidos Ubrique S.L.\nAvda. Solís Pascual 38 - 11600 Ubrique (Cádiz)\n"
            "Tel. 956 46 18 72", dashes=True),
        q_gt(po, "El mié, 2 dic 2026 a las 17:20, Marco Vidal (<marco.vidal@kestrel-sourcing.example>) escribió:"),
    ]
    eml = mail(c, client="gmail", frm=("Francisco Javier Ruiz", sup.email), to=[buyer(po)],
               subject=reply_subject(po, "Re: "), date="2026-12-03 12:10:05 +0100", blocks=body, reply_to=po)
    exp = expected("needs_review",
                   "A human acknowledgement that promises an answer later ('te confirmo en cuanto sepa algo'). The "
                   "only quantities, prices and dates are in our own quoted request, so nothing can be taken as "
                   "confirmed.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("fish-feed-exim-dsn-iceland", "bounce/is-IS",
      "Exim multipart/report bounce (mailbox quota exceeded) returning the full request to an Icelandic feed mill.")
def c065(c: Ctx):
    sup = Supplier("LAXA", "Laxá Fóðurverksmiðja ehf.", "pantanir@laxafodur.example", "is-IS", "Mr Jónsson")
    po = PO("4500233870", sup, "hp", "EUR", "2026-12-02", lines(
        ("LAX-BL-3", "Salmon broodstock feed 3 mm, 2027 formula, 20 kg bags", 6, "T", "2480.00", "2027-01-15"),
        ("LAX-FRY-08", "Fry feed 0.8 mm micro pellet, 10 kg bucket", 800, "KG", "4.10", "2027-01-15"),
        ("LAX-OIL-5", "Fish oil for pellet coating, 5 L can", 200, "L", "3.60", "2027-01-15"),
    ), req_time="14:19:58")
    orig = request_message(po)
    bnd = "1796221211-eximdsn-1804289383"
    note = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  pantanir@laxafodur.example\n"
            "    Mailbox quota exceeded\n")
    p1 = mime.Part([("Content-type", "text/plain; charset=us-ascii")], mime.raw_lines(note.encode()))
    p2 = mime.delivery_status([("Reporting-MTA", "dns; mail.laxafodur.example")],
                              [[("Action", "failed"), ("Final-Recipient", "rfc822;pantanir@laxafodur.example"),
                                ("Status", "5.2.2")]], description=None)
    p2.headers = [("Content-type", "message/delivery-status")]
    p3 = mime.Part([("Content-type", "message/rfc822")], orig)
    hdrs = [("Return-Path", "<>"), ("Delivered-To", "hannah.pike@kestrel-sourcing.example"),
            ("Received", "from mail.laxafodur.example ([203.0.113.160])\r\n"
                         "\tby mx1.kestrel-sourcing.example (Postfix) with ESMTPS id 7C3D2011B8\r\n"
                         "\tfor <hannah.pike@kestrel-sourcing.example>; Wed, 02 Dec 2026 14:20:12 +0000"),
            ("X-Failed-Recipients", "pantanir@laxafodur.example"), ("Auto-Submitted", "auto-replied"),
            ("From", "Mail Delivery System <Mailer-Daemon@mail.laxafodur.example>"),
            ("To", "hannah.pike@kestrel-sourcing.example"), ("References", po.req_id),
            ("Content-Type", f"multipart/report; report-type=delivery-status; boundary={bnd}"),
            ("MIME-Version", "1.0"), ("Subject", "Mail delivery failed: returning message to sender"),
            ("Message-Id", "<E1vRq4y-000H2k-3B@mail.laxafodur.example>"),
            ("Date", "Wed, 02 Dec 2026 14:20:11 +0000")]
    eml = mime.Part(hdrs, parts=[p1, p2, p3], boundary=bnd).to_bytes()
    exp = expected("bounce",
                   "Exim DSN (multipart/report, 5.2.2 mailbox quota exceeded) with the original request as "
                   "message/rfc822; References points at the request. The returned PO table is ours.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("lab-glassware-japanese-order-inbox-receipt", "auto_reply/ja-JP",
      "Japanese order-desk auto receipt in ISO-2022-JP promising a 注文請書 within 2 business days, with year-end closing dates.")
def c066(c: Ctx):
    sup = Supplier("TOYORIKA", "Toyo Rika Glass Co., Ltd.", "order@toyorika-glass.example", "ja-JP", "Order desk")
    po = PO("4500233880", sup, "hp", "JPY", "2026-12-03", lines(
        ("TRG-MC-100", "Measuring cylinder 100 ml, class A, hexagonal base", 50, "EA", "2400", "2027-01-15"),
        ("TRG-PET-90", "Petri dish 90x15 mm, glass", 300, "EA", "380", "2027-01-15"),
    ), req_time="09:02:00")
    for d, w in (("2026-12-26", "Sat"), ("2027-01-04", "Mon"), ("2027-01-05", "Tue")):
        check_wd(d, w)
    txt = ("Kestrel Sourcing Ltd\nHannah Pike 様\n\n"
           "※本メールはシステムからの自動送信です。ご返信いただいても対応いたしかねます。\n\n"
           "この度はご注文メールをお送りいただき、誠にありがとうございます。\n"
           "下記の内容でメールを受信いたしました。\n\n"
           "件名：Purchase order 4500233880 - request for order confirmation\n"
           "受信日時：2026年12月3日 18:02\n\n"
           "ご注文内容を確認のうえ、2営業日以内に担当者より「注文請書」をお送りいたします。\n\n"
           "【年末年始休業のお知らせ】\n"
           "2026年12月26日（土）から2027年1月4日（月）まで休業とさせていただきます。\n"
           "期間中にいただいたご注文は、1月5日（火）以降順次対応いたします。\n\n"
           "━━━━━━━━━━━━━━━━━━━━\n"
           "株式会社 東洋理化硝子　受注センター\n"
           "〒135-0016 東京都江東区東陽 4-8-21\n"
           "TEL: 03-3633-4180 / FAX: 03-3633-4189\n"
           "order@toyorika-glass.example\n"
           "━━━━━━━━━━━━━━━━━━━━\n")
    eml = mail(c, client="generic", frm=("東洋理化硝子 受注センター", sup.email), to=[buyer(po)],
               subject="【自動返信】ご注文メールを受信しました (Purchase order 4500233880)",
               date="2026-12-03 18:02:09 +0900", plain=txt, plain_only=True, charset="iso-2022-jp", cte="7bit",
               reply_to=po, extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    exp = expected("auto_reply",
                   "Automatic receipt of the order mailbox (自動返信, Auto-Submitted): an order acknowledgement (注文請書) "
                   "will follow within 2 business days; 2026年12月26日 - 2027年1月4日 is the holiday closure. Nothing is "
                   "confirmed.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("lab-glassware-delivery-note-other-order", "unrelated/de-DE",
      "German shipping mail with a PDF delivery note for an older order that contains the same beaker item code as the open PO.")
def c067(c: Ctx):
    sup = Supplier("GWILM", "Glaswerk Ilmenau Labortechnik GmbH", "vertrieb@glaswerk-ilm.example", "de-DE",
                   "Ms Fischer")
    po = PO("4500233905", sup, "hp", "EUR", "2026-11-30", lines(
        ("GWI-MK-250", "Volumetric flask 250 ml, class A, NS 14/23, amber", 40, "EA", "14.20", "2027-01-08"),
        ("GWI-BG-600", "Beaker 600 ml, tall form, graduated", 100, "EA", "3.65", "2027-01-08"),
    ))
    pdf = PdfDoc(title="Lieferschein 8004127733", author="Glaswerk Ilmenau Labortechnik GmbH",
                 producer="proALPHA ERP 7.2", creator="proALPHA", created="D:20261203141800+01'00'")
    pdf.text(40, 800, "Glaswerk Ilmenau Labortechnik GmbH", 14, bold=True)
    pdf.text(40, 786, "Am Vogelherd 9 · 98693 Ilmenau · Tel. +49 3677 84 19-0", 8)
    pdf.text(40, 750, "LIEFERSCHEIN 8004127733", 13, bold=True)
    pdf.text(360, 750, "Lieferdatum: 03.12.2026", 9)
    pdf.text(360, 738, "Ihre Bestellung: 4500229911 vom 21.10.2026", 9)
    pdf.text(360, 726, "Unser Auftrag: 71-26-03318", 9)
    pdf.text(40, 726, "Lieferanschrift: Kestrel Sourcing Ltd, Central Warehouse,", 9)
    pdf.text(40, 714, "Avonmouth Way, Bristol BS11 9YA, United Kingdom", 9)
    y = pdf.table(40, 680, [34, 80, 250, 50, 40],
                  [["Pos", "Artikel", "Bezeichnung", "Menge", "ME"],
                   ["10", "GWI-MK-100", "Messkolben 100 ml Klasse A NS 12/21 braun", "60", "ST"],
                   ["20", "GWI-BG-400", "Becherglas 400 ml hohe Form graduiert", "120", "ST"],
                   ["30", "GWI-BG-600", "Becherglas 600 ml hohe Form graduiert", "50", "ST"]], size=8, right={3})
    pdf.text(40, y - 16, "Packstücke: 2 Paletten, Bruttogewicht 186 kg", 9)
    pdf.text(40, y - 30, "Spedition: DB Schenker, Sendungsnummer 4187 2291 0034, Incoterms DAP Bristol", 9)
    pdf.text(40, y - 60, "Ware erhalten: ______________________   Datum/Unterschrift", 9)
    body = [
        P("Sehr geehrte Damen und Herren,"),
        P("anbei erhalten Sie den Lieferschein 8004127733 zur heutigen Sendung (2 Paletten, DB Schenker, "
          "Sendungsnummer 4187 2291 0034) zu Ihrer Bestellung 4500229911. Voraussichtliche Zustellung: "
          "08.12.2026."),
        P("Mit freundlichen Grüßen"),
        Sig("Versand / Logistik\nGlaswerk Ilmenau Labortechnik GmbH\nAm Vogelherd 9, 98693 Ilmenau\n"
            "Tel. +49 3677 84 19-310\nAmtsgericht Jena HRB 508214 · Geschäftsführerin: Dr. Katrin Fischer"),
    ]
    att = mime.attachment(pdf.to_bytes(), "application/pdf", "LS_8004127733.pdf")
    eml = mail(c, client="outlook", frm=("Versand Glaswerk Ilmenau", "versand@glaswerk-ilm.example"),
               to=[buyer(po)], subject="Lieferschein 8004127733 / Ihre Bestellung 4500229911",
               date="2026-12-03 15:30:27 +0100", blocks=body, charset="iso-8859-1", lang="de-DE", attachments=[att])
    exp = expected("unrelated",
                   "Delivery note for an earlier order 4500229911 (shipped 03.12.2026, expected 08.12.2026). Its "
                   "position 30 is the same item GWI-BG-600 as line 2 of the open PO 4500233905, with 50 ST, but the "
                   "mail is about another order and says nothing about the open PO.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("piano-strings-swiss-french-pdf-only", "confirmation/fr-CH",
      "Apple Mail with just 'ci-joint notre confirmation'; the values are in a PDF with Swiss apostrophe thousands (1'240.00).")
def c068(c: Ctx):
    sup = Supplier("JAQUET", "Cordes Harmoniques Jaquet SA", "commandes@jaquet-cordes.example", "fr-CH",
                   "Ms Jaquet")
    po = PO("4500233930", sup, "do", "CHF", "2026-12-03", lines(
        ("CHJ-AC-17", "Piano wire, steel, size 17 (0.875 mm), coil 2 kg", 20, "KG", "74.00", "2027-01-15"),
        ("CHJ-BS-8", "Bass string, copper wound, single, note A0, for 2027 Grand 186", 24, "EA", "46.50",
         "2027-01-15"),
        ("CHJ-BS-SET", "Bass string set 1-30 for upright 121 cm", 2, "SET", "1180.00", "2027-01-29"),
    ), req_time="09:05:00")
    pdf = PdfDoc(title="Confirmation de commande 26-1147", author="Cordes Harmoniques Jaquet SA",
                 producer="Bexio PDF", creator="Bexio", created="D:20261203163500+01'00'")
    pdf.text(40, 800, "Cordes Harmoniques Jaquet SA", 14, bold=True)
    pdf.text(40, 786, "Rue de l'Industrie 7 · 1450 Sainte-Croix · Suisse · CHE-107.418.220 TVA", 8)
    pdf.text(40, 750, "Confirmation de commande n° 26-1147", 13, bold=True)
    pdf.text(40, 734, "Date: 03.12.2026     Votre commande: 4500233930 du 03.12.2026", 9)
    pdf.text(40, 722, "Client: Kestrel Sourcing Ltd, Avonmouth Way, Bristol BS11 9YA, Royaume-Uni", 9)
    y = pdf.table(40, 690, [24, 70, 190, 30, 34, 56, 62, 62],
                  [["Pos", "Article", "Désignation", "Qté", "Unité", "Prix CHF", "Montant CHF", "Délai"],
                   ["1", "CHJ-AC-17", "Corde à piano acier n° 17 (0,875 mm), 2 kg", "20", "kg", "74.00", "1'480.00",
                    "15.01.2027"],
                   ["2", "CHJ-BS-8", "Corde de basse filée cuivre, La0", "24", "pce", "46.50", "1'116.00",
                    "15.01.2027"],
                   ["3", "CHJ-BS-SET", "Jeu de cordes de basse 1-30, droit 121 cm", "2", "jeu", "1'240.00",
                    "2'480.00", "12.02.2027"]], size=8, right={3, 5, 6})
    assert 20 * 74 + 24 * 46.5 + 2 * 1240 == 5076
    pdf.text(330, y - 12, "Total net CHF 5'076.00", 10, bold=True)
    pdf.text(40, y - 40, "Délai = date de livraison franco Bristol (DAP). Paiement: 60 jours net.", 8)
    pdf.text(40, y - 52, "Pos. 3: filage manuel des cordes graves, nouveau tarif 2027.", 8)
    body = [
        P("Bonjour Monsieur Osei,"),
        P("Ci-joint notre confirmation de commande."),
        P("Meilleures salutations"),
        Sig("Nadine Jaquet\nCordes Harmoniques Jaquet SA\nRue de l'Industrie 7, 1450 Sainte-Croix\n+41 24 454 18 20"),
        q_gt(po, "Le 3 déc. 2026 à 10:05, David Osei <david.osei@kestrel-sourcing.example> a écrit :"),
    ]
    att = mime.attachment(pdf.to_bytes(), "application/pdf", "Confirmation_26-1147.pdf", inline=False)
    eml = mail(c, client="apple", frm=("Nadine Jaquet", sup.email), to=[buyer(po)], subject=reply_subject(po, "Re: "),
               date="2026-12-03 16:45:10 +0100", blocks=body, reply_to=po, attachments=[att])
    exp = expected("confirmation",
                   "The body only says 'Ci-joint notre confirmation'. The PDF (Swiss formats: 1'240.00, 15.01.2027; "
                   "'Délai' defined as delivery date) confirms positions 1 and 2 as ordered and position 3 at "
                   "CHF 1'240.00 per set with delivery 12.02.2027.",
                   [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, p="1240.00", d="2027-02-12")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("mining-helmets-swiss-tuesday-kw3", "confirmation/de-CH",
      "Swiss-German reply with a weekday-plus-week date 'Dienstag, KW 3' (= 19.01.2027) and an apostrophe total CHF 29'385.00.")
def c069(c: Ctx):
    sup = Supplier("GOTTHARD", "Sicherheitsbedarf Gotthard AG", "verkauf@sicherheit-gotthard.example", "de-CH",
                   "Mr Arnold")
    po = PO("4500233955", sup, "do", "CHF", "2026-12-03", lines(
        ("SBG-HLM-TB", "Tunnelling helmet EN 397, white, 4-point chin strap, 2027 edition", 150, "EA", "42.80",
         "2027-01-15"),
        ("SBG-LMP-24", "Helmet lamp 3.6 V, 240 lm, ATEX", 150, "EA", "129.00", "2027-01-15"),
        ("SBG-VIS-CLR", "Visor clear, anti-fog, 1.5 mm polycarbonate", 150, "EA", "18.60", "2027-01-15"),
    ), req_time="12:15:00")
    import datetime as dt
    tue = dt.date.fromisocalendar(2027, 3, 2).isoformat()
    assert tue == "2027-01-19"
    assert 150 * 42.80 + 150 * 134.50 + 150 * 18.60 == 29385
    body = [
        P("Grüezi Herr Osei"),
        P("Besten Dank für Ihre Bestellung 4500233955, die wir gerne wie folgt bestätigen:"),
        T([["Pos.", "Artikel", "Menge", "Preis", "Liefertermin"],
           ["1", "Tunnelhelm EN 397 weiss, 4-Punkt-Kinnriemen", "150 Stk.", "CHF 42.80", "15.01.2027"],
           ["2", "Helmlampe 3.6 V, 240 lm, ATEX", "150 Stk.", "CHF 134.50", "15.01.2027"],
           ["3", "Visier klar, Anti-Fog, 1.5 mm", "150 Stk.", "CHF 18.60", "Dienstag, KW 3"]]),
        P("Total netto CHF 29'385.00, die MWST entfällt (Export)."),
        P("Der Preis für Pos. 2 entspricht unserer neuen Preisliste, gültig ab 1.1.2027. Die Visiere kommen "
          "separat direkt vom Hersteller."),
        P("Freundliche Grüsse"),
        Sig("Beat Arnold\nVerkauf Innendienst\nSicherheitsbedarf Gotthard AG\nGotthardstrasse 61, 6490 Andermatt\n"
            "Tel. +41 41 887 14 20\nverkauf@sicherheit-gotthard.example"),
        q_outlook(po, "de", tz=1),
    ]
    eml = mail(c, client="outlook", frm=("Beat Arnold", "b.arnold@sicherheit-gotthard.example"), to=[buyer(po)],
               subject=reply_subject(po, "AW: "), date="2026-12-04 09:10:36 +0100", blocks=body,
               charset="iso-8859-1", lang="de-CH", reply_to=po)
    exp = expected("confirmation",
                   "Swiss formats (CHF 29'385.00, no ß). Pos. 1 as ordered; Pos. 2 new price CHF 134.50 (the "
                   "'1.1.2027' is the price-list date); Pos. 3 'Dienstag, KW 3' = Tuesday of ISO week 3/2027 = "
                   "2027-01-19 (a day is named, so not the Friday).",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="134.50"), 3: chg(po, 3, d=tue)})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("lab-glassware-finnish-forwarded-chain", "confirmation/fi-FI",
      "Finnish sales rep forwards an internal production thread; day-month dates without year (15.1., 11.12.) and a ship-only date.")
def c070(c: Ctx):
    sup = Supplier("LABRALASI", "Suomen Laboratoriolasi Oy", "myynti@labralasi.example", "fi-FI", "Mr Lehtonen")
    po = PO("4500233980", sup, "hp", "EUR", "2026-12-02", lines(
        ("SLL-KOL-1000", "Round-bottom flask 1000 ml, NS 29/32, 3.3 borosilicate", 30, "EA", "9.40", "2027-01-15"),
        ("SLL-DES-250", "Desiccator 250 mm, with porcelain plate", 6, "EA", "86.00", "2027-01-15"),
        ("SLL-SUO-90", "Filter funnel 90 mm, short stem", 100, "EA", "2.70", "2026-12-18"),
    ), req_time="14:30:00")
    inner2 = [P("Mervi, katsotko toimitusajat alla olevaan tilaukseen? Asiakas toivoo rivit 1-2 15.1. ja suppilot "
                "18.12."),
              P("Jukka"),
              Q(outlook_header(po, "fi", sent="keskiviikko 2. joulukuuta 2026 16.30"), request_blocks(po), "outlook")]
    inner1 = [P("Moi Jukka,"),
              P("pyöreäpohjaiset kolvit 1000 ml, 30 kpl: ok 15.1.\n"
                "eksikaattorit 250 mm, 6 kpl: ok 15.1., mutta hinta 92,00 € / kpl (posliinilevyt kallistuneet)\n"
                "suppilot 90 mm, 100 kpl: varastossa, voidaan lähettää 11.12."),
              P("Mervi"),
              Q(["Lähettäjä: Jukka Lehtonen <jukka.lehtonen@labralasi.example>",
                 "Lähetetty: torstai 3. joulukuuta 2026 9.10",
                 "Vastaanottaja: Tuotanto <tuotanto@labralasi.example>",
                 "Aihe: VL: tilaus Kestrel 4500233980 / toimitusajat"], inner2, "outlook")]
    body = [
        P("Hei Hannah,"),
        P("alla tuotannon vastaus tilaukseenne 4500233980. Eli rivit 1 ja 2 toimitetaan teille 15.1., "
          "eksikaattorin hinta nousee 92,00 euroon posliinilevyjen takia. Suppilot (rivi 3) lähtevät meiltä jo "
          "11.12."),
        P("Ystävällisin terveisin"),
        Sig("Jukka Lehtonen\nMyyntipäällikkö\nSuomen Laboratoriolasi Oy\nHatanpään valtatie 34, 33100 Tampere\n"
            "puh. +358 40 418 2271"),
        Q(["Lähettäjä: Mervi Laine <mervi.laine@labralasi.example>",
           "Lähetetty: torstai 3. joulukuuta 2026 15.42",
           "Vastaanottaja: Jukka Lehtonen <jukka.lehtonen@labralasi.example>",
           "Aihe: VS: VL: tilaus Kestrel 4500233980 / toimitusajat"], inner1, "outlook"),
    ]
    eml = mail(c, client="outlook", frm=("Jukka Lehtonen", "jukka.lehtonen@labralasi.example"), to=[buyer(po)],
               subject="VL: VS: VL: tilaus Kestrel 4500233980 / toimitusajat", date="2026-12-04 13:20:48 +0200",
               blocks=body, charset="iso-8859-15", lang="fi-FI")
    exp = expected("confirmation",
                   "A forwarded internal chain (sales rep on top, production reply below, our request at the bottom; "
                   "no threading headers). Dates without year: '15.1.' -> 2027-01-15, '11.12.' -> 2026-12-11. Lines 1 "
                   "and 2 delivered 15.1. (as requested); line 2 price 92,00 €; line 3 only 'lähtevät meiltä 11.12.' "
                   "(ships 11 Dec) -> the ship date counts, 2026-12-11. The 18.12. in the internal mail is our wish.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="92.00"), 3: chg(po, 3, d="2026-12-11")})])
    return [po.json()], eml, exp
