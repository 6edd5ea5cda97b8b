"""Cases 001-018."""
from . import mime, pdf
from .common import (AUTO, C, E, L, PO, S, case, conf, reply, rfc822_part, req_subject, wd, assemble, pdfdate,
                     request_message)


@case("cleats-despatch-delivery", "confirmation/en-GB",
      "gives both 'despatch 21/12' and 'delivery 23/12' in day-first form; the delivery date wins for all three lines")
def c_cleats_despatch(slug):
    sup = S("SOLENT", "Solent Marine Hardware Ltd", "orders@solent-marine.example", "en-GB")
    po = PO("4500318842", sup, "dana", "GBP", "2026-11-03", [
        L("SC-CAM-1014", "Cam cleat, 10-14 mm rope, hard-anodised, 2027 series", 120, "EA", "8.75", "2026-12-18"),
        L("SC-HRN-150", "Horn cleat 150 mm, 316 stainless, 4/3 bolt pattern", 60, "EA", "14.20", "2026-12-18"),
        L("SC-JAM-0608", "Jammer cleat 6-8 mm, 12x20 base plate", 40, "EA", "11.90", "2026-12-18"),
    ])
    wd("2026-12-21", "Mon"); wd("2026-12-23", "Wed")
    body = """Hi Dana,

Thanks for the order. All three lines are fine at your quantities and prices, but we can't make the 18th - the anodising line is shut for maintenance the week before.

Earliest we can do is despatch 21/12, delivery 23/12 to your Rotterdam DC (pallet via DFDS Immingham-Rotterdam).

Hope that still works for you.

Kind regards,

Gareth Pryce
Sales Office | Solent Marine Hardware Ltd
Unit 7, Hamble Point Marina, Southampton SO31 4NB
T: +44 (0)23 8045 1172 | M: +44 (0)7700 900 418

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Solent Marine Hardware Ltd, registered in England and Wales No. 04417321.
"""
    eml = reply(slug, po, ("Gareth Pryce", "g.pryce@solent-marine.example"), body, (2026, 11, 16, 10, 42, 7, 0),
                client="outlook", cs="windows-1252", content_lang="en-GB")
    exp = E("confirmation", "en-GB day-first dates; the mail gives a despatch date (21/12) and a delivery date (23/12): "
            "the delivery date 2026-12-23 applies to every line, quantities and prices unchanged.",
            conf(po, {1: C(d="2026-12-23"), 2: C(d="2026-12-23"), 3: C(d="2026-12-23")}))
    return [po], eml, exp


@case("turf-infill-eta", "confirmation/en-AU",
      "short Gmail one-liner 'ETA 21/12' for both lines; ETA at the DC is the delivery date, written day-first")
def c_turf_eta(slug):
    sup = S("GREENPITCH", "GreenPitch Surfaces Pty Ltd", "sales@greenpitch-surfaces.example", "en-AU")
    po = PO("4500319120", sup, "helen", "USD", "2026-11-05", [
        L("TI-SBR-0825", "SBR rubber infill 0.8-2.5 mm, black, 1 t big bag", 24, "T", "410.00", "2026-12-14"),
        L("TI-BRK-0308", "Infill brush kit, 2027 model, 3/8 in bristles", 6, "SET", "185.00", "2026-12-14"),
    ])
    body = """Hi Helen,

All good on PO 4500319120 - both lines as per your PO, qty and pricing unchanged. Container's booked ex Melbourne, ETA 21/12 at your Rotterdam DC (transhipment in Singapore, so 14/12 isn't doable, sorry).

Cheers,
Bec

--
Rebecca Nguyen | Export Sales
GreenPitch Surfaces Pty Ltd
44 Greens Rd, Dandenong South VIC 3175, Australia
+61 3 9794 2210
"""
    eml = reply(slug, po, ("Rebecca Nguyen", "rebecca.nguyen@greenpitch-surfaces.example"), body,
                (2026, 11, 18, 17, 5, 31, 660), client="gmail", cs="UTF-8", quote="gmail")
    exp = E("confirmation", "en-AU: 'ETA 21/12' is the arrival at the delivery address, so 2026-12-21 is the delivery date; "
            "the 14/12 mention is the requested date being declined.",
            conf(po, {1: C(d="2026-12-21"), 2: C(d="2026-12-21")}))
    return [po], eml, exp


@case("hook-latch-mitte-dezember", "needs_review/de-AT",
      "'Lieferung Mitte Dezember, voraussichtlich' with the exact date still to follow: prices agreed but no committed date")
def c_latch_mitte(slug):
    sup = S("ALPENHUB", "Alpenhub Hebetechnik GmbH", "verkauf@alpenhub-hebetechnik.example", "de-AT")
    po = PO("4500319377", sup, "marcus", "EUR", "2026-11-04", [
        L("HL-SL-08", "Safety latch kit for hook size 8 (13 t), M10x40 bolt", 50, "SET", "23.40", "2026-12-11"),
        L("HL-SL-05", "Safety latch kit for hook size 5 (3.2 t), spring wire 1.5 mm", 80, "SET", "14.95", "2026-12-11"),
    ])
    body = """Sehr geehrter Herr Obi,

vielen Dank für Ihre Bestellung 4500319377.

Die Preise laut Bestellung passen. Lieferung Mitte Dezember, voraussichtlich - wir müssen die Federn für die Größe 5 erst nachbestellen. Den genauen Liefertermin geben wir Ihnen bekannt, sobald wir die Auftragsbestätigung unseres Lieferanten haben.

Mit freundlichen Grüßen

Ing. Stefan Hofbauer
Innendienst Verkauf

Alpenhub Hebetechnik GmbH
Industriestraße 14, 4614 Marchtrenk, Österreich
Tel.: +43 7242 58 310-22
FN 188421 w, Landesgericht Wels | UID: ATU58832109
"""
    eml = reply(slug, po, ("Hofbauer Stefan", "s.hofbauer@alpenhub-hebetechnik.example"), body,
                (2026, 11, 10, 14, 22, 48, 60), client="outlook", cs="iso-8859-1", lang="de", content_lang="de-AT",
                subject="AW: " + req_subject(po))
    exp = E("needs_review", "de-AT: prices accepted but the delivery is only 'Lieferung Mitte Dezember, voraussichtlich' and the exact "
            "date is announced for later: no committed date, a human must follow up.")
    return [po], eml, exp


@case("mallets-chf-45", "confirmation/fr-CH",
      "Swiss notation 'CHF 45.–' and 3'980.00 apostrophe thousands; one price raised, two lines confirmed as ordered")
def c_mallets_chf(slug):
    sup = S("CARILLON", "Carillon Romand SA", "commandes@carillon-romand.example", "fr-CH")
    po = PO("4500319502", sup, "ingrid", "CHF", "2026-11-05", [
        L("HB-MAL-H2", "Handbell mallet, hard rubber head 25 mm, rattan 3/8 shaft", 40, "PCS", "42.00", "2026-12-10"),
        L("HB-MAL-S1", "Handbell mallet, soft yarn head 32 mm", 40, "PCS", "38.50", "2026-12-10"),
        L("HB-BAG-12", "Mallet bag for 12 pairs", 10, "PCS", "64.00", "2026-12-10"),
    ])
    body = """Bonjour Madame Salo,

Nous vous remercions de votre commande no 4500319502 que nous confirmons comme suit :

Pos. 1  HB-MAL-H2 : 40 pces, CHF 45.– la pièce (nouveau tarif des têtes caoutchouc dès le 1er novembre), livraison le 10.12.2026
Pos. 2  HB-MAL-S1 : 40 pces à CHF 38.50, livraison le 10.12.2026
Pos. 3  HB-BAG-12 : 10 pces à CHF 64.–, livraison le 10.12.2026

Montant total : CHF 3'980.00 (hors TVA)

Meilleures salutations

Nathalie Berset
Administration des ventes
Carillon Romand SA
Route de la Glâne 112, 1752 Villars-sur-Glâne
Tél. +41 26 402 18 40
"""
    eml = reply(slug, po, ("Nathalie Berset", "n.berset@carillon-romand.example"), body,
                (2026, 11, 12, 8, 51, 2, 60), client="thunderbird", cs="UTF-8", cte="8bit", quote="gmail",
                attribution="Le 05.11.2026 à 09:14, Ingrid Salo a écrit :", text_only=True, flowed=True,
                content_lang="fr-CH", subject="Re: " + req_subject(po))
    assert 40 * 45 + 40 * 38.5 + 10 * 64 == 3980
    exp = E("confirmation", "fr-CH: 'CHF 45.–' is 45.00 per piece (the dash stands for zero centimes); line 1 price changed, "
            "lines 2 and 3 as ordered including the 10.12.2026 date; the total uses an apostrophe thousands separator.",
            conf(po, {1: C(p="45.00"), 2: "A", 3: "A"}))
    return [po], eml, exp


@case("petri-per-100", "confirmation/nl-BE",
      "prices quoted per 100 pieces ('€ 18,50' and '€ 13,20') while the PO is per piece; only line 1 really changes")
def c_petri_per100(slug):
    sup = S("LABOVL", "Labo Vlaanderen NV", "verkoop@labovlaanderen.example", "nl-BE")
    po = PO("4500319640", sup, "marcus", "EUR", "2026-11-06", [
        L("PD-90-15V", "Petri dish 90x15 mm, PS, vented, sterile, 20/sleeve", 5000, "PCS", "0.1750", "2026-12-04"),
        L("PD-55-14", "Petri dish 55x14 mm, PS, non-vented", 2000, "PCS", "0.1320", "2026-12-04"),
    ])
    body = """Beste Marcus,

Dank voor uw bestelling 4500319640.

Lijn 1 (PD-90-15V): akkoord voor 5.000 stuks, levering op 4/12 zoals gevraagd, maar nieuwe prijs per 100 stuks € 18,50 (grondstoftoeslag polystyreen sinds 1/11).
Lijn 2 (PD-55-14): akkoord, 2.000 stuks aan € 13,20 per 100 stuks, levering 4/12.

Met vriendelijke groeten,

Els Vermeulen
Customer Service
Labo Vlaanderen NV
Industrieweg 27, 9032 Wondelgem
T +32 9 216 44 80
"""
    eml = reply(slug, po, ("Els Vermeulen", "els.vermeulen@labovlaanderen.example"), body,
                (2026, 11, 12, 15, 3, 55, 60), client="outlook", cs="windows-1252", lang="nl", content_lang="nl-BE",
                subject="RE: " + req_subject(po))
    exp = E("confirmation", "nl-BE: prices per 100 pieces; EUR 18,50/100 = 0.185 per piece (changed from 0.175), "
            "EUR 13,20/100 = 0.132 (unchanged); '4/12' is 4 December, the requested date.",
            conf(po, {1: C(p="0.185"), 2: "A"}))
    return [po], eml, exp


@case("gutters-auto-buzon-pedidos", "auto_reply/es-ES",
      "shared-mailbox receipt in Spanish ('hemos recibido su mensaje, será procesado') that mentions 48 hours and the PO subject")
def c_auto_es(slug):
    sup = S("ZINCLEV", "Canalones Zinc Levante S.L.", "pedidos@zinclevante.example", "es-ES")
    po = PO("4500319688", sup, "lucia", "EUR", "2026-11-09", [
        L("ZG-HR-400", "Zinc half-round gutter 400 mm, 0.8 mm, 4 m", 80, "PCS", "38.60", "2026-12-16"),
        L("ZG-END-400", "End cap 400, soldered", 40, "PCS", "4.90", "2026-12-16"),
    ])
    body = """Estimado/a cliente:

Hemos recibido su mensaje en el buzón de pedidos de Canalones Zinc Levante. Su correo será procesado por nuestro departamento comercial en un plazo máximo de 48 horas laborables.

Si su consulta es urgente, puede llamarnos al +34 96 153 22 70 (lunes a viernes, de 8:00 a 15:00).

Por favor, no responda a este mensaje: ha sido generado automáticamente.

Atentamente,
Departamento de Pedidos
Canalones Zinc Levante S.L.
Polígono Industrial El Oliveral, Calle G 7, 46394 Riba-roja de Túria (Valencia)
"""
    eml = reply(slug, po, ("Pedidos Zinc Levante", "pedidos@zinclevante.example"), body, (2026, 11, 9, 9, 14, 40, 60),
                client="outlook", cs="iso-8859-1", quote="none", content_lang="es-ES",
                subject="Respuesta automática: " + req_subject(po), extra=AUTO)
    exp = E("auto_reply", "es-ES shared mailbox acknowledgement: received, will be processed within 48 hours; commits to nothing.")
    return [po], eml, exp


@case("gutters-uge-52", "confirmation/da-DK",
      "two lines 'som ønsket', the third 'levering i uge 52' (ISO week without a day = Friday 25 Dec)")
def c_gutters_uge52(slug):
    sup = S("NORDZINK", "Nordzink ApS", "ordre@nordzink.example", "da-DK")
    po = PO("4500319711", sup, "ingrid", "EUR", "2026-11-06", [
        L("ZG-HR-333", "Zinc half-round gutter 333 mm, 0.7 mm, 6 m length", 120, "PCS", "31.80", "2026-12-18"),
        L("ZG-BRK-333", "Gutter bracket 333, 25x4 mm, galvanised", 400, "PCS", "2.15", "2026-12-18"),
        L("ZG-OUT-100", "Outlet 100 mm for 333 gutter", 30, "PCS", "12.60", "2026-12-18"),
    ])
    body = """Hej Ingrid

Tak for ordren.

Vi bekræfter hermed ordre 4500319711 til de aftalte priser og antal:

Pos. 1 og 2: levering som ønsket den 18.12.2026.
Pos. 3 (afløbsstuds 100 mm): levering i uge 52, da vi afventer studsene fra vores underleverandør.

Med venlig hilsen

Mette Kjærgaard
Salgsassistent
Nordzink ApS
Industrivej 9, 7100 Vejle
Tlf. +45 75 82 14 60
"""
    eml = reply(slug, po, ("Mette Kjærgaard", "mk@nordzink.example"), body, (2026, 11, 13, 11, 27, 19, 60),
                client="apple", cs="iso-8859-1", quote="gmail",
                attribution="Den 6. nov. 2026 kl. 09.14 skrev Ingrid Salo <ingrid.salo@kestrel-supply.example>:",
                subject="Re: " + req_subject(po))
    exp = E("confirmation", "da-DK: 'levering i uge 52' without a weekday = Friday of ISO week 52 = 2026-12-25; "
            "lines 1-2 delivered on the requested 18.12.2026.",
            conf(po, {1: "A", 2: "A", 3: C(d="2026-12-25")}))
    return [po], eml, exp


@case("milking-liners-leveransdatum", "confirmation/sv-SE",
      "per-row list with Swedish ISO 'leveransdatum 2026-12-21' and 'kr' prices with decimal comma")
def c_liners_sv(slug):
    sup = S("MJOLKTEK", "Mjölkteknik Norden AB", "order@mjolkteknik.example", "sv-SE")
    po = PO("4500319833", sup, "tomasz", "SEK", "2026-11-09", [
        L("ML-SQ-25", "Milking liner, square, 25 mm bore, silicone, 2027 type", 400, "PCS", "142.00", "2026-12-11"),
        L("ML-RD-22", "Milking liner, round, 22 mm, rubber, 4 per set", 150, "SET", "318.00", "2026-12-11"),
    ])
    body = """Hej Tomasz,

Tack för beställningen! Vi bekräftar order 4500319833 enligt nedan:

Rad 1: ML-SQ-25, 400 st à 142,00 kr, leveransdatum 2026-12-21
Rad 2: ML-RD-22, 150 set à 318,00 kr, leveransdatum 2026-12-21

Tyvärr hinner vi inte till den 11 december, silikonpressen är fullbokad t.o.m. vecka 50.

Med vänliga hälsningar
Johanna Lindqvist
Ordermottagning
Mjölkteknik Norden AB | Verkstadsgatan 5 | 582 78 Linköping
Tel 013-24 66 10
"""
    eml = reply(slug, po, ("Johanna Lindqvist", "johanna.lindqvist@mjolkteknik.example"), body,
                (2026, 11, 17, 13, 40, 12, 60), client="outlook", cs="iso-8859-1", lang="sv", content_lang="sv-SE",
                subject="SV: " + req_subject(po))
    exp = E("confirmation", "sv-SE: both rows keep quantity and price (142,00 kr / 318,00 kr) and move to leveransdatum "
            "2026-12-21; 'vecka 50' is only the reason, not a date.",
            conf(po, {1: C(d="2026-12-21"), 2: C(d="2026-12-21")}))
    return [po], eml, exp


@case("roaster-drums-postfix-dsn", "bounce/it-IT",
      "Postfix multipart/report DSN (user unknown) carrying the full original request with its PO table and dates")
def c_bounce_postfix(slug):
    sup = S("TOSTEMIL", "Tostatrici Emiliane S.r.l.", "ordini@tostatrici-emiliane.example", "it-IT")
    po = PO("4500319870", sup, "lucia", "EUR", "2026-11-10", [
        L("RD-20-SS", "Roaster drum 20 kg, stainless 3 mm, 2027 series", 2, "EA", "1980.00", "2026-12-17"),
        L("RD-SHF-40", "Drum shaft 40 mm, 1.1 m", 2, "PCS", "240.00", "2026-12-17"),
        L("RD-BRG-6208", "Bearing 6208-2RS, 40x80x18", 8, "PCS", "14.50", "2026-12-17"),
    ])
    txt = """This is the mail system at host mail.kestrel-supply.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ordini@tostatrici-emiliane.example>: host mx1.tostatrici-emiliane.example[192.0.2.41]
    said: 550 5.1.1 <ordini@tostatrici-emiliane.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    ds = """Reporting-MTA: dns; mail.kestrel-supply.example
X-Postfix-Queue-ID: 4Q7fLk2XbZz9vKq
X-Postfix-Sender: rfc822; lucia.ferrante@kestrel-supply.example
Arrival-Date: Tue, 10 Nov 2026 09:14:03 +0100 (CET)

Final-Recipient: rfc822; ordini@tostatrici-emiliane.example
Original-Recipient: rfc822;ordini@tostatrici-emiliane.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.tostatrici-emiliane.example
Diagnostic-Code: smtp; 550 5.1.1 <ordini@tostatrici-emiliane.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
    parts = [mime.raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                           txt.encode()),
             mime.raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                           ds.encode()),
             rfc822_part(po)]
    parts[2].headers.insert(0, ("Content-Description", "Undelivered Message"))
    body = mime.multipart("report", parts, "4Q7fLk2XbZz9vKq.1794298443/mail.kestrel-supply.example",
                          params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.\n")
    hs = [("Return-Path", "<>"), ("Received", "by mail.kestrel-supply.example (Postfix)\n id 4Q7gB03MkRz9vKr; Tue, 10 Nov 2026 09:14:04 +0100 (CET)"),
          ("Date", "Tue, 10 Nov 2026 09:14:04 +0100 (CET)"),
          ("From", "MAILER-DAEMON@mail.kestrel-supply.example (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"), ("To", "lucia.ferrante@kestrel-supply.example"),
          ("Auto-Submitted", "auto-replied"), ("Message-Id", "<20261110081404.4Q7gB03MkRz9vKr@mail.kestrel-supply.example>")]
    eml = assemble(hs, body)
    exp = E("bounce", "Postfix DSN (5.1.1 user unknown); the attached original still shows the PO table with prices and "
            "requested dates, which must not be read as a confirmation.")
    return [po], eml, exp


@case("window-poles-toimituspaiva", "confirmation/fi-FI",
      "Finnish: rows 1 and 3 on the requested date, row 2 'toimituspäivä 21.12.2026' while 'viikolla 51' is only a reason")
def c_poles_fi(slug):
    sup = S("IKKUNAT", "Ikkunapesu Tarvike Oy", "myynti@ikkunatarvike.example", "fi-FI")
    po = PO("4500319904", sup, "ingrid", "EUR", "2026-11-10", [
        L("WP-TEL-6", "Telescopic window pole 3x2 m (6 m), carbon 24 mm", 30, "PCS", "96.00", "2026-12-16"),
        L("WP-TEL-9", "Telescopic window pole 4x2.25 m (9 m), glass fibre", 20, "PCS", "128.50", "2026-12-16"),
        L("WP-ADP-M10", "Angle adapter, M10 thread", 50, "PCS", "6.40", "2026-12-16"),
    ])
    body = """Hei Ingrid,

kiitos tilauksesta. Vahvistamme tilauksen 4500319904 seuraavasti:

- rivit 1 ja 3 toimitetaan pyydetysti 16.12.2026, määrät ja hinnat tilauksen mukaan
- rivi 2 (WP-TEL-9): 20 kpl, hinta 128,50 €/kpl, toimituspäivä 21.12.2026 - lasikuituvarret tulevat tehtaalta vasta viikolla 51

Ystävällisin terveisin

Anni Korhonen
Myyntisihteeri
Ikkunapesu Tarvike Oy
Teollisuustie 18, 33330 Tampere
puh. +358 3 214 5560
"""
    eml = reply(slug, po, ("Anni Korhonen", "anni.korhonen@ikkunatarvike.example"), body,
                (2026, 11, 19, 9, 5, 44, 120), client="outlook", cs="iso-8859-15", lang="fi", content_lang="fi-FI",
                subject="VS: " + req_subject(po))
    exp = E("confirmation", "fi-FI: row 2 gets toimituspäivä 21.12.2026 (the week-51 mention is the factory's date, not the "
            "delivery); rows 1 and 3 confirmed for the requested 16.12.2026.",
            conf(po, {1: "A", 2: C(d="2026-12-21"), 3: "A"}))
    return [po], eml, exp


@case("toy-wheels-tarneaeg", "confirmation/et-EE",
      "Estonian 'tarneaeg 21. detsember' with no year (resolved from the mail date) for all three lines")
def c_wheels_et(slug):
    sup = S("PUIDUKODA", "Puidukoda OÜ", "muuk@puidukoda.example", "et-EE")
    po = PO("4500320011", sup, "dana", "EUR", "2026-11-11", [
        L("TW-BCH-40", "Wooden toy wheel, beech, 40 mm, 8 mm axle hole", 5000, "PCS", "0.21", "2026-12-14"),
        L("TW-BCH-60", "Wooden toy wheel, beech, 60x12 mm", 3000, "PCS", "0.34", "2026-12-14"),
        L("TW-AXL-8", "Axle peg 8x45 mm, birch", 8000, "PCS", "0.06", "2026-12-14"),
    ])
    body = """Tere, Dana!

Aitäh tellimuse eest. Kinnitame tellimuse nr 4500320011: kõik kolm rida vastavalt tellimusele (kogused ja hinnad jäävad samaks), tarneaeg 21. detsember.

Pöögipuit kuivab veel, seepärast ei jõua me 14. kuupäevaks.

Lugupidamisega
Kadri Tamm
Müügijuht
Puidukoda OÜ
Tööstuse 12, 50106 Tartu
tel +372 734 1188
"""
    eml = reply(slug, po, ("Kadri Tamm", "kadri.tamm@puidukoda.example"), body, (2026, 11, 19, 15, 48, 2, 120),
                client="outlook", cs="windows-1257", lang="et", content_lang="et-EE",
                subject="VS: " + req_subject(po))
    exp = E("confirmation", "et-EE: 'tarneaeg 21. detsember' has no year; the next 21 December after the mail date "
            "(2026-11-19) is 2026-12-21; quantities and prices unchanged.",
            conf(po, {1: C(d="2026-12-21"), 2: C(d="2026-12-21"), 3: C(d="2026-12-21")}))
    return [po], eml, exp


@case("liners-credit-note-old-order", "unrelated/hu-HU",
      "Hungarian credit note (jóváíró számla) for goods returned on an older order, with a PDF full of quantities and dates")
def c_credit_note(slug):
    sup = S("TEJGEP", "Tejgép Kft.", "rendeles@tejgep.example", "hu-HU")
    po = PO("4500320150", sup, "tomasz", "EUR", "2026-11-12", [
        L("ML-HU-23", "Milking liner 23 mm, rubber, for 4/4 cluster", 500, "PCS", "6.20", "2026-12-15"),
        L("ML-CLW-300", "Milk claw 300 cc", 20, "PCS", "61.00", "2026-12-15"),
    ])
    body = """Tisztelt Partnerünk!

Mellékelten küldjük a JV-2026/0418 számú jóváíró számlát a 2026.10.08-án visszaküldött áru (szállítólevél: SZL-26-3381, az Önök rendelése: 4500301552) alapján.

Jóváírt összeg: 1 240,00 EUR (200 db ML-HU-21 fejőkehelygumi, 6,20 EUR/db).
Az összeget a következő számlánkból levonhatják.

Üdvözlettel:
Kiss Edit
Pénzügy / Számlázás
Tejgép Kft.
6724 Szeged, Kollégiumi út 11.
Tel.: +36 62 555 310
"""
    pdfb = pdf.simple_doc(
        ["JOVAIRO SZAMLA / CREDIT NOTE  JV-2026/0418", "Tejgep Kft., 6724 Szeged, Kollegiumi ut 11.",
         "Vevo: Kestrel Supply Group, Rotterdam", "Kelt: 2026.11.13   Teljesites: 2026.10.08",
         "Eredeti szamla: SZ-2026/1987   Rendeles: 4500301552   Szallitolevel: SZL-26-3381"],
        ["Tetel", "Cikkszam", "Megnevezes", "Menny.", "Egysegar", "Osszeg"],
        [["1", "ML-HU-21", "Fejokehelygumi 21 mm (visszaru)", "-200 db", "6,20 EUR", "-1 240,00 EUR"]],
        ["Jovairt osszeg osszesen: -1 240,00 EUR", "Fizetesi mod: beszamitas"],
        [50, 90, 170, 350, 410, 480], title="JV-2026/0418", author="Tejgep Kft.",
        date=pdfdate(2026, 11, 13, 10, 2), compress=True)
    att = mime.attachment(pdfb, "application/pdf", "JV-2026-0418.pdf")
    eml = reply(slug, None, ("Kiss Edit", "szamlazas@tejgep.example"), body, (2026, 11, 13, 10, 6, 30, 60),
                client="outlook", cs="iso-8859-2", quote="none", content_lang="hu-HU",
                subject="Jóváíró számla JV-2026/0418 - visszáru SZL-26-3381", to=("Tomasz Nowicki", "tomasz.nowicki@kestrel-supply.example"),
                attachments=[att], threaded=False)
    exp = E("unrelated", "hu-HU credit note for a return on older order 4500301552; it is not about open PO 4500320150 even though "
            "the article family is the same.")
    return [po], eml, exp


@case("sourdough-jars-pristatymas", "confirmation/lt-LT",
      "Lithuanian 'pristatymas gruodžio 21 d.' with no year; one line cut to full pallets (384 instead of 400), gaskets left open")
def c_jars_lt(slug):
    sup = S("STIKLO", "Stiklo Indai UAB", "uzsakymai@stikloindai.example", "lt-LT")
    po = PO("4500320233", sup, "helen", "EUR", "2026-11-12", [
        L("SJ-750-CL", "Sourdough starter jar 750 ml, glass, clip lid, 2027 design", 600, "PCS", "3.85", "2026-12-11"),
        L("SJ-1000-CL", "Sourdough starter jar 1.0 l, glass, 12x20 cm label panel", 400, "PCS", "4.60", "2026-12-11"),
        L("SJ-GSK-82", "Replacement silicone gasket 82 mm", 1000, "PCS", "0.29", "2026-12-11"),
    ])
    assert 384 == 4 * 96
    body = """Laba diena,

patvirtiname užsakymą Nr. 4500320233:

1 eilutė - pagal užsakymą, pristatymas gruodžio 11 d.
2 eilutė - kiekis 384 vnt. (4 pilni padėklai po 96 vnt.), kaina ta pati 4,60 EUR, pristatymas gruodžio 21 d.
3 eilutė (tarpinės) - kiekį ir kainą dar tiksliname su gamintoju, atsakysime kitą savaitę.

Pagarbiai
Rūta Petrauskienė
Pardavimų vadybininkė
Stiklo Indai UAB
Pramonės g. 8, LT-94102 Klaipėda
Tel. +370 46 31 22 90
"""
    eml = reply(slug, po, ("Rūta Petrauskienė", "ruta.petrauskiene@stikloindai.example"), body,
                (2026, 11, 20, 10, 11, 5, 120), client="outlook", cs="windows-1257", lang="lt", content_lang="lt-LT",
                subject="RE: " + req_subject(po))
    exp = E("confirmation", "lt-LT: 'gruodžio 11 d.' (= requested date) for line 1; line 2 reduced to 384 pcs "
            "(4 pallets x 96) and 'pristatymas gruodžio 21 d.' -> 2026-12-21; line 3 still being checked = unconfirmed.",
            conf(po, {1: "A", 2: C(q=384, d="2026-12-21"), 3: "U"}))
    return [po], eml, exp


@case("sleeper-clips-piegade", "confirmation/lv-LV",
      "Latvian positions with 'piegāde 21.12.2026.' (trailing ordinal dot) and a raised price on position 2; reply written under the quote")
def c_clips_lv(slug):
    sup = S("SLIEZU", "Sliežu Stiprinājumi SIA", "pasutijumi@sliezu.example", "lv-LV")
    po = PO("4500320310", sup, "tomasz", "EUR", "2026-11-12", [
        L("RC-SKL-14", "Tension clamp SKL 14, 2027 spec, for 60E1 rail", 2000, "PCS", "2.85", "2026-12-15"),
        L("RC-WFP-15", "Angled guide plate Wfp 15, 13 mm", 2000, "PCS", "3.40", "2026-12-15"),
    ])
    body = """
Labdien!

Apstiprinām pasūtījumu 4500320310:
1. pozīcija - 2000 gab., 2,85 EUR/gab., piegāde 21.12.2026.
2. pozīcija - 2000 gab., 3,55 EUR/gab. (tērauda cenas pieaugums), piegāde 21.12.2026.

Ar cieņu
Māris Kalniņš
Pārdošanas nodaļa, Sliežu Stiprinājumi SIA
Rūpniecības iela 31, Rīga, LV-1045
Tālr. +371 67 28 44 10
"""
    eml = reply(slug, po, ("Māris Kalniņš", "maris.kalnins@sliezu.example"), body, (2026, 11, 23, 8, 37, 50, 120),
                client="thunderbird", cs="UTF-8", cte="quoted-printable", quote="gmail", quote_above=True,
                attribution="12.11.2026 09:14, Tomasz Nowicki rakstīja:", text_only=True,
                subject="Re: " + req_subject(po), content_lang="lv-LV")
    exp = E("confirmation", "lv-LV: answer written below the quoted request; both positions 'piegāde 21.12.2026.' "
            "(the final dot is Latvian date punctuation), position 2 price 3,55 instead of 3.40.",
            conf(po, {1: C(d="2026-12-21"), 2: C(p="3.55", d="2026-12-21")}))
    return [po], eml, exp


@case("ball-machine-voltage-question", "needs_review/en-US",
      "supplier asks whether line 1 should be the 24V or 12V version before confirming; US dates and prices in the text")
def c_question_us(slug):
    sup = S("BASELINE", "Baseline Sports Equipment Inc.", "orders@baselinesports.example", "en-US")
    po = PO("4500320402", sup, "marcus", "USD", "2026-11-13", [
        L("TBM-PRO-24", "Tennis ball machine Pro, 24V battery, 2027 model", 6, "EA", "1890.00", "2026-12-18"),
        L("TBM-RMT-12", "Remote control kit, 12-function", 6, "EA", "145.00", "2026-12-18"),
        L("TB-PRS-DZ", "Pressureless practice balls", 40, "DZ", "21.50", "2026-12-18"),
    ])
    body = """Hi Marcus,

Thanks for PO 4500320402. Before we can confirm: the 2027 Pro ships either with the 24V lithium pack or the 12V sealed lead-acid pack. Your line 1 says 24V, but your last two orders (PO 4500297710 on 9/14) were the 12V version at $1,690.00. Which one do you want?

Also - should the balls go to the same Rotterdam address, or to the club in Antwerp like last time?

Once I hear back I'll send the acknowledgment with ship dates. We have stock of both for 12/18.

Thanks,
Kyle

Kyle Brennan
Inside Sales | Baseline Sports Equipment Inc.
2150 Commerce Pkwy, Lebanon, TN 37090
(615) 555-0187
"""
    eml = reply(slug, po, ("Kyle Brennan", "kbrennan@baselinesports.example"), body, (2026, 11, 16, 11, 2, 9, -360),
                client="outlook", cs="us-ascii", cte="7bit", content_lang="en-US")
    exp = E("needs_review", "en-US: the supplier asks which voltage version and which address before confirming; "
            "'stock for 12/18' is not a commitment.")
    return [po], eml, exp


@case("mask-elastic-dostavka", "confirmation/bg-BG",
      "Bulgarian windows-1251 mail, 'доставка 21.12.2026 г.' for both rolls lines, prices repeated with decimal comma")
def c_elastic_bg(slug):
    sup = S("LASTIK", "Ластик Текс ЕООД", "orders@lastiktex.example", "bg-BG")
    po = PO("4500320477", sup, "tomasz", "EUR", "2026-11-13", [
        L("ME-FLAT-3", "Ear-loop elastic 3 mm, white, latex-free, 1000 m roll", 200, "ROL", "11.40", "2026-12-09"),
        L("ME-RND-25", "Round elastic cord 2.5 mm, 500 m spool", 120, "ROL", "9.80", "2026-12-09"),
    ])
    body = """Здравейте, г-н Новицки,

Благодарим за поръчката. Потвърждаваме поръчка № 4500320477, както следва:

поз. 1 - ластик 3 мм, 200 ролки по 11,40 EUR
поз. 2 - кръгъл ластик 2,5 мм, 120 ролки по 9,80 EUR

За двете позиции: доставка 21.12.2026 г. По-рано не е възможно заради планов ремонт на плетачните машини.

С уважение,
Десислава Петрова
Отдел продажби
Ластик Текс ЕООД
ул. "Индустриална" 5, 5300 Габрово
тел. +359 66 80 41 22
"""
    eml = reply(slug, po, ("Десислава Петрова", "d.petrova@lastiktex.example"), body, (2026, 11, 20, 12, 20, 3, 120),
                client="outlook", cs="windows-1251", lang="bg", content_lang="bg-BG",
                subject="RE: " + req_subject(po))
    exp = E("confirmation", "bg-BG (windows-1251): quantities and prices as ordered, 'Доставка 21.12.2026 г.' for both "
            "positions instead of 2026-12-09.",
            conf(po, {1: C(d="2026-12-21"), 2: C(d="2026-12-21")}))
    return [po], eml, exp


@case("hook-latches-postavka", "confirmation/ru-RU",
      "KOI8-R mail; 'отгрузка 10 декабря, поставка 14 декабря' for two positions (delivery wins) and 'поставка 21 декабря' plus a new price for one")
def c_latch_ru(slug):
    sup = S("KRYUK", "ООО Крюк-Сервис", "zakaz@kryuk-servis.example", "ru-RU")
    po = PO("4500320528", sup, "dana", "EUR", "2026-11-16", [
        L("HL-GR-10", "Hook safety latch, size 10 (5 t), spring steel 1.5 mm", 100, "PCS", "6.90", "2026-12-14"),
        L("HL-GR-16", "Hook safety latch, size 16 (10 t)", 60, "PCS", "9.75", "2026-12-14"),
        L("HL-PIN-M8", "Latch pin M8x40 with split pin", 160, "PCS", "0.85", "2026-12-14"),
    ])
    body = """Добрый день, Дана!

Заказ 4500320528 подтверждаем.

Позиции 1 и 3 - по заказу, отгрузка 10 декабря, поставка 14 декабря.
Позиция 2 - 60 шт., цена 10,20 EUR за шт. (новая партия пружин), поставка 21 декабря.

С уважением,
Ольга Смирнова
менеджер по продажам
ООО "Крюк-Сервис"
г. Екатеринбург, ул. Монтажников, 4
тел. +7 343 210-55-18
"""
    eml = reply(slug, po, ("Ольга Смирнова", "o.smirnova@kryuk-servis.example"), body, (2026, 11, 24, 12, 44, 30, 300),
                client="other", cs="koi8-r", cte="8bit", text_only=True, quote="gmail", quote_above=True,
                attribution="16.11.2026 11:14, Dana Ruiz пишет:", subject="Re: " + req_subject(po),
                extra=[("X-Mailer", "The Bat! (v11.2.4) Professional")])
    exp = E("confirmation", "ru-RU KOI8-R 8bit, answer below the quote: positions 1 and 3 ship on 10 Dec but are delivered "
            "14 Dec (= requested, accepted); position 2 new price 10,20 and 'поставка 21 декабря' (no year -> 2026-12-21).",
            conf(po, {1: "A", 2: C(p="10.20", d="2026-12-21"), 3: "A"}))
    return [po], eml, exp


@case("cleats-abwesenheitsnotiz", "auto_reply/de-DE",
      "German out-of-office from Outlook naming a return date and a deputy, threaded on the request")
def c_ooo_de(slug):
    sup = S("BRANDTSEIL", "Seilerei Brandt GmbH", "verkauf@seilerei-brandt.example", "de-DE")
    po = PO("4500320590", sup, "helen", "EUR", "2026-11-16", [
        L("SC-CAM-0812", "Cam cleat 8-12 mm rope, composite, 2027", 150, "EA", "7.95", "2026-12-10"),
        L("SC-CLT-200", "Aluminium cleat 200 mm, M8 bolts", 60, "EA", "12.30", "2026-12-10"),
    ])
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 27.11.2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Lukas Kraft (l.kraft@seilerei-brandt.example, Tel. +49 421 69 03 37-15).

Ihre E-Mail wird nicht weitergeleitet.

Mit freundlichen Grüßen
Jürgen Maaß
Seilerei Brandt GmbH
"""
    wd("2026-11-27", "Fri")
    eml = reply(slug, po, ("Maaß, Jürgen", "j.maass@seilerei-brandt.example"), body, (2026, 11, 16, 9, 14, 55, 60),
                client="outlook", cs="iso-8859-1", quote="none", content_lang="de-DE",
                subject="Automatische Antwort: " + req_subject(po), extra=AUTO)
    exp = E("auto_reply", "de-DE out-of-office until 27.11.2026 with a deputy; no statement about the order.")
    return [po], eml, exp
