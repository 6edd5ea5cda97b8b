"""Cases 001-018."""
from __future__ import annotations

from decimal import Decimal

from . import mime, pdf
from .common import (Att, REJ, UNC, Supplier, acc, attribution, case, chg, confirmation, esc, html_from_plain,
                     mkpo, other, quote_html, reply, request_message, tz, when, wrap_html, received, thread_index,
                     BUYER_DOMAIN, num_eu)


# ---------------------------------------------------------------------------
@case("winch-accepted-oneliner", "confirmation/en-GB",
      "A one-line 'all three lines confirmed' above an Outlook-quoted PO table full of numbers (12V, 1500 W, 3/8, 2027); the only date in the reply, '11/12', is day-first.")
def c001(c):
    sup = Supplier("SOLWIN", "Solent Marine Winches Ltd", "sales@solentwinch.example", "en-GB")
    po = mkpo("4500231187", sup, "mara", "GBP", "2026-11-03", [
        ("SW-EA1500-12", "Electric anchor winch 12V, 1500 W, 8 mm chain", 4, "EA", "1240.00", "2026-12-11"),
        ("SW-CW40-24", "Capstan winch 24V, 40 mm drum, 2027 model", 2, "EA", "2895.00", "2026-12-11"),
        ("SW-RC-10", "Remote control kit, 10 m cable, 3/8 fittings", 6, "SET", "86.50", "2026-12-11"),
    ])
    date = when("2026-11-16 09:41:27", "+0000")
    body = """Hi Mara,

Thanks for the order - all three lines confirmed as requested, qty and prices as per your PO, delivery to Waalhaven on 11/12.

Kind regards,

Gareth Pryce
Sales Coordinator
Solent Marine Winches Ltd
Unit 7, Hamble Point Marina, School Lane, Hamble, Southampton SO31 4NB
T: +44 23 8045 1120 | M: +44 7700 900461
www.solentwinch.example

Solent Marine Winches Ltd is registered in England and Wales, company no. 04417730, VAT GB 812 4471 90.
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
"""
    eml = reply(c, po, frm=("Gareth Pryce", "gareth.pryce@solentwinch.example"), date=date, body=body,
                client="outlook", lang="en", charset="us-ascii", cte="7bit", html_cte="quoted-printable",
                region="gbrprd03")
    exp = confirmation([(po, {1: acc(po, 1), 2: acc(po, 2), 3: acc(po, 3)})],
                       "Everything is accepted as ordered; the reply itself carries no quantities or prices, and its "
                       "only date '11/12' is en-GB day-first (11 December = requested date). All other numbers "
                       "(12V, 1500 W, 3/8, 2027, the table) sit in our own quoted request or the signature.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("busbar-two-dates-one-sentence", "confirmation/de-DE",
      "Two different new dates for two lines in one German sentence ('Pos. 1 ... zum 11.12., Pos. 2 erst zum 18.12.'), dates without year, third line 'wie gewünscht'.")
def c002(c):
    sup = Supplier("KWL", "Kupferwerk Lüdenscheid GmbH", "auftrag@kupferwerk-luedenscheid.example", "de-DE")
    po = mkpo("4500231402", sup, "mara", "EUR", "2026-11-05", [
        ("CU-SB-30X5", "Copper busbar E-Cu 30x5 mm, 4 m length, bare", 60, "EA", "48.20", "2026-12-04"),
        ("CU-SB-40X10", "Copper busbar E-Cu 40x10 mm, 4 m length, tinned", 40, "EA", "131.60", "2026-12-04"),
        ("CU-FLX-6X16", "Flexible copper busbar 6x16x0.8 mm, 500 mm, 2 holes 10.5", 100, "EA", "14.75", "2026-12-11"),
    ])
    date = when("2026-11-17 14:05:51", "+0100")
    body = """Sehr geehrte Frau Lindqvist,

vielen Dank für Ihre Bestellung 4500231402. Pos. 1 können wir zum 11.12. liefern, Pos. 2 wegen der Verzinnung erst zum 18.12. Pos. 3 liefern wir wie gewünscht zum 11.12.; Mengen und Preise bleiben wie bestellt.

Mit freundlichen Grüßen

i. A. Stefan Brückner
Innendienst Vertrieb

Kupferwerk Lüdenscheid GmbH
Am Hohen Hagen 12 · 58515 Lüdenscheid
Tel. +49 2351 6688-214 · Fax +49 2351 6688-299
stefan.brueckner@kupferwerk-luedenscheid.example

Sitz der Gesellschaft: Lüdenscheid · Amtsgericht Iserlohn HRB 7741 · Geschäftsführer: Dr. Heiko Brandt, Anja Wiese
"""
    eml = reply(c, po, frm=("Stefan Brückner", "stefan.brueckner@kupferwerk-luedenscheid.example"), date=date,
                body=body, client="outlook", lang="de", prefix="AW:", charset="iso-8859-1", cte="quoted-printable")
    exp = confirmation([(po, {
        1: chg(po, 1, date="2026-12-11"),
        2: chg(po, 2, date="2026-12-18"),
        3: acc(po, 3),
    })], "One sentence carries two dates for two different lines (Pos. 1 -> 11.12., Pos. 2 -> 18.12.); the dates "
         "have no year and resolve to December 2026 (after the mail date 17 Nov). Pos. 3 'wie gewünscht zum 11.12.' "
         "equals the requested date; quantities and prices unchanged.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("fishing-net-supplier-artno", "confirmation/sv-SE",
      "Swedish answer keyed by the supplier's own article numbers with our line numbers in brackets, delivery as 'v. 50'/'v. 51', a price change and a distracting 'från 1/12'.")
def c003(c):
    sup = Supplier("BNT", "Bohuslän Nät & Tråg AB", "order@bohusnat.example", "sv-SE")
    po = mkpo("4500231455", sup, "tomasz", "SEK", "2026-11-04", [
        ("FN-GN-45", "Gill net, mono 0.20 mm, mesh 45 mm, 30x1.8 m", 80, "EA", "412.00", "2026-12-11"),
        ("FN-TR-120", "Trawl codend PE 4 mm, mesh 120 mm", 6, "EA", "6850.00", "2026-12-18"),
        ("FN-FL-8", "Float line 8 mm, 200 m coil", 25, "ROL", "1190.00", "2026-12-11"),
    ])
    date = when("2026-11-18 10:20:03", "+0100")
    body = """Hej Tomasz,

Tack för ordern! Vi bekräftar enligt nedan (våra artikelnummer, er radnummer inom parentes):

77-1204 (rad 1) Nät mono 0,20/45 mm, 30 x 1,8 m: 80 st à 412,00 kr, leverans v. 50
77-3120 (rad 2) Trålstrut PE 4 mm/120 mm: 6 st à 7 150,00 kr, leverans v. 51 (nytt pris från 1/12 p.g.a. höjda råvarupriser)
64-0808 (rad 3) Flytlina 8 mm, 200 m: 25 rullar à 1 190,00 kr, leverans v. 50

Med vänlig hälsning

Annika Strömberg
Orderavdelningen
Bohuslän Nät & Tråg AB
Hamnvägen 4, 453 30 Lysekil
Tel 0523-66 41 20
www.bohusnat.example
"""
    eml = reply(c, po, frm=("Annika Strömberg", "annika.stromberg@bohusnat.example"), date=date, body=body,
                client="outlook", lang="sv", prefix="SV:", charset="iso-8859-1", cte="quoted-printable")
    exp = confirmation([(po, {
        1: acc(po, 1),
        2: chg(po, 2, unit_price="7150.00"),
        3: acc(po, 3),
    })], "Lines are identified by the supplier's article numbers (77-1204, 77-3120, 64-0808) with our line in "
         "brackets. 'v. 50' = Friday 2026-12-11, 'v. 51' = Friday 2026-12-18, both equal to the requested dates; "
         "only line 2's price changes (7 150,00 kr, space thousands separator). '1/12' is when the new price list "
         "starts, not a delivery date.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("dialysis-balance-cancelled", "confirmation/en-IN",
      "Indian English: one line partly supplied with 'balance cancelled', a dispatch date next to a later delivery date, and lakh digit grouping (1,00,000).")
def c004(c):
    sup = Supplier("MEDPOL", "Medivance Polymers Pvt. Ltd.", "exports@medivancepolymers.example", "en-IN")
    po = mkpo("4500231509", sup, "priya", "USD", "2026-11-06", [
        ("DT-PVC-4.3", "Dialysis blood line tubing PVC, ID 4.3 x OD 6.8 mm", 5000, "M", "0.84", "2026-12-15"),
        ("DT-SIL-3/8", "Silicone pump segment 3/8 in x 1/16 wall, 12 in", 1200, "PCS", "2.35", "2026-12-15"),
        ("DT-CON-LL", "Luer-lock connector, 2-way, ISO 80369-7", 100000, "PCS", "0.062", "2026-12-15"),
    ])
    date = when("2026-11-19 16:45:09", "+0530")
    body = """Dear Priya Madam,

Greetings from Medivance!

With reference to your PO No. 4500231509 dtd 06/11/2026, please find our confirmation as under:

1) DT-PVC-4.3 - we can supply 3,200 M by 15/12/2026, balance cancelled due to PVC compound shortage.
2) DT-SIL-3/8 - 1,200 PCS @ USD 2.35 confirmed, dispatch from our Vapi plant on 08/12/2026, delivery at your end 15/12/2026.
3) DT-CON-LL - 1,00,000 PCS @ USD 0.062 confirmed, delivery 15/12/2026.

Rates for item 1 remain as per PO. Kindly acknowledge receipt of this confirmation.

Thanks & Regards,
Rakesh Mehta
Manager - Exports
Medivance Polymers Pvt. Ltd.
Plot No. 214, GIDC Phase II, Vapi - 396 195, Gujarat, India
Mob: +91 98250 44178 | Tel: +91 260 240 1187
"""
    att = attribution("gmail", "en", po, tz("+0530"))
    eml = reply(c, po, frm=("Rakesh Mehta", "rakesh.mehta@medivancepolymers.example"), date=date, body=body,
                client="gmail", prefix="Re:", attribution=att)
    exp = confirmation([(po, {
        1: chg(po, 1, quantity=3200),
        2: acc(po, 2),
        3: acc(po, 3),
    })], "Line 1: 3,200 M of 5,000 M, 'balance cancelled' -> changed quantity 3200, price as PO, date 15/12/2026 "
         "(day-first). Line 2 gives a dispatch date 08/12 and a delivery date 15/12; the delivery date wins, so it "
         "is accepted. Line 3 uses Indian lakh grouping 1,00,000 = 100000.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("tennis-balls-dozens", "confirmation/es-MX",
      "Quantities and prices are given in dozens ('240 docenas a US$ 11.40 la docena') for a PO in pieces; one line only matches after conversion.")
def c005(c):
    sup = Supplier("DRB", "Deportes Raqueta del Bajío S.A. de C.V.", "ventas@raquetabajio.example", "es-MX")
    po = mkpo("4500231560", sup, "tomasz", "USD", "2026-11-05", [
        ("TB-PRS-ITF", "Tennis ball pressurized, ITF approved, yellow, 4 balls/can", 2880, "PCS", "0.95", "2026-12-11"),
        ("TB-PRL-T", "Pressureless training ball, 60 per bucket", 1200, "PCS", "0.62", "2026-12-18"),
    ])
    date = when("2026-11-20 11:05:40", "-0600")
    q1, p1 = 240, Decimal("11.40")
    q2, p2 = 100, Decimal("7.80")
    body = f"""Buen día Tomasz,

Confirmamos su orden de compra 4500231560:

- Pelota presurizada TB-PRS-ITF: {q1} docenas a US$ {p1} por docena, entrega 11/12/2026.
- Pelota sin presión TB-PRL-T: {q2} docenas a US$ {p2} por docena, entrega 08/01/2027 (no tenemos hule disponible antes de fin de año).

Quedamos atentos a cualquier duda.

Saludos cordiales,

Lic. Fernanda Ortiz Rangel
Ejecutiva de Ventas Exportación
Deportes Raqueta del Bajío S.A. de C.V.
Blvd. Aeropuerto 1408, Col. San Carlos, 37660 León, Gto., México
Tel. +52 477 710 4455 ext. 112
"""
    eml = reply(c, po, frm=("Fernanda Ortiz", "fernanda.ortiz@raquetabajio.example"), date=date, body=body,
                client="outlook", lang="es", prefix="RE:", charset="iso-8859-1", cte="quoted-printable",
                region="namprd13")
    assert q1 * 12 == 2880 and p1 / 12 == Decimal("0.95")
    exp = confirmation([(po, {
        1: acc(po, 1),
        2: chg(po, 2, quantity=q2 * 12, unit_price=p2 / 12, date="2027-01-08"),
    })], "Quantities and prices are per dozen: line 1 240 dz x 12 = 2880 PCS at 11.40/12 = 0.95 USD -> exactly "
         "as ordered (accepted); line 2 100 dz = 1200 PCS at 7.80/12 = 0.65 (PO 0.62) with a new date 08/01/2027 "
         "(day-first, 8 January).")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("archery-same-as-last-time", "needs_review/en-AU",
      "iPhone one-liner 'can do both lines for the 14th, price same as last time': the price is never stated, only our own PO price is in the quote.")
def c006(c):
    sup = Supplier("KFAS", "Kookaburra Field Archery Supplies Pty Ltd", "orders@kfarchery.example", "en-AU")
    po = mkpo("4500231588", sup, "mara", "AUD", "2026-11-09", [
        ("AT-FOAM-80", "Archery target foam block 80x80x30 cm", 20, "EA", "189.00", "2026-12-14"),
        ("AT-FACE-122", "Target face 122 cm, 10-ring, paper", 200, "EA", "4.20", "2026-12-14"),
    ])
    date = when("2026-11-24 07:52:18", "+1100")
    body = """Hi Mara,

All good - can do both lines for the 14th, price same as last time.

Cheers
Bruce

Sent from my iPhone
"""
    att = attribution("iphone", "en-AU", po, tz("+1100"))
    eml = reply(c, po, frm=("Bruce Hartigan", "bruce@kfarchery.example"), date=date, body=body, client="iphone",
                prefix="Re:", attribution=att, cte="quoted-printable")
    exp = other("needs_review",
                "Quantity and the 14th (= 14 Dec, the requested date) look fine, but the price is 'same as last time' "
                "and never stated; the only prices are in our own quoted PO and the previous order's price is not "
                "known from this mail, so a buyer must check before recording a confirmation.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("coffee-filter-milheiro", "confirmation/pt-BR",
      "Brazilian prices 'o milheiro' (per thousand) for a PO priced per piece: R$ 88,00 per thousand = 0.088 per piece, R$ 79,00 = 0.079 (unchanged).")
def c007(c):
    sup = Supplier("FSA", "Filtros Serra Azul Indústria e Comércio Ltda.", "vendas@filtrosserraazul.example", "pt-BR")
    po = mkpo("4500231611", sup, "tomasz", "BRL", "2026-11-06", [
        ("CF-103-WH", "Coffee filter paper no. 103, bleached, bulk", 250000, "PCS", "0.0850", "2026-12-18"),
        ("CF-102-BR", "Coffee filter paper no. 102, natural brown, bulk", 150000, "PCS", "0.0790", "2026-12-18"),
        ("CF-DSP-4", "Counter display carton for 4 x 40 packs", 300, "EA", "3.40", "2026-12-18"),
    ])
    date = when("2026-11-23 15:20:33", "-0300")
    body = """Olá Tomasz, boa tarde!

Segue a confirmação do pedido 4500231611:

Item 1 - filtro 103 branqueado: 250.000 unid., preço R$ 88,00 o milheiro (reajuste da celulose a partir de novembro), entrega 18/12/2026.
Item 2 - filtro 102 natural: 150.000 unid., R$ 79,00 o milheiro, entrega 18/12/2026.
Item 3 - display de balcão 4 x 40: 300 unid. a R$ 3,40 cada, entrega 18/12/2026.

Qualquer dúvida estou à disposição.

Abraço,
Juliana Prado
Comercial Exportação - Filtros Serra Azul
Rod. SP-340, km 162 - Mogi Mirim/SP - CEP 13806-000
+55 19 3862-4410 | WhatsApp +55 19 99714-2280
"""
    att = attribution("gmail", "pt-BR", po, tz("-0300"))
    eml = reply(c, po, frm=("Juliana Prado", "juliana.prado@filtrosserraazul.example"), date=date, body=body,
                client="gmail", prefix="Re:", attribution=att)
    exp = confirmation([(po, {
        1: chg(po, 1, unit_price=Decimal("88.00") / 1000),
        2: acc(po, 2),
        3: acc(po, 3),
    })], "'o milheiro' = per thousand pieces: R$ 88,00 -> 0.088 per PCS (PO 0.0850, changed); R$ 79,00 -> 0.079 "
         "= PO 0.0790 (accepted). Quantities use dot thousands (250.000 = 250000).")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("castor-ooo-finnish", "auto_reply/fi-FI",
      "Finnish Exchange out-of-office with a date range (16.11.-30.11.2026), a phone number and a colleague address; no commitment.")
def c008(c):
    sup = Supplier("SPR", "Suomen Pyörä ja Rulla Oy", "myynti@pyorajarulla.example", "fi-FI")
    po = mkpo("4500231633", sup, "priya", "EUR", "2026-11-16", [
        ("HC-125-TLB", "Hospital bed castor 125 mm, twin wheel, total lock, M12x20 stem", 200, "EA", "18.40", "2026-12-18"),
        ("HC-150-DIR", "Castor 150 mm directional, 5th wheel, 3/4 socket", 50, "EA", "24.90", "2027-01-08"),
    ])
    date = when("2026-11-16 10:12:41", "+0200")
    body = """Hei,

olen lomalla 16.11.-30.11.2026 enkä lue sähköpostiani. Viestiäsi ei välitetä eteenpäin.
Kiireellisissä tilaus- ja toimitusasioissa ota yhteyttä myyntipalveluumme: myynti@pyorajarulla.example tai puh. 020 771 4410.

Ystävällisin terveisin
Jukka Heinonen
Suomen Pyörä ja Rulla Oy

---
I am on annual leave 16.11.-30.11.2026 and will not read my e-mail. For urgent order matters please contact myynti@pyorajarulla.example or +358 20 771 4410.
"""
    eml = reply(c, po, frm=("Jukka Heinonen", "jukka.heinonen@pyorajarulla.example"), date=date, body=body,
                client="outlook", lang="fi", subject=f"Automaattinen vastaus: {po.subject}", quote="none",
                charset="iso-8859-1", cte="quoted-printable", return_path="<>",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                               ("X-MS-Exchange-Inbox-Rules-Loop", "jukka.heinonen@pyorajarulla.example")])
    exp = other("auto_reply", "Exchange out-of-office in Finnish (Automaattinen vastaus) with English translation; "
                              "the dates are the absence period, not delivery dates; nothing about the order.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("curtain-rail-fwd-colleague", "confirmation/it-IT",
      "Forwarded Italian chain: the newest message only says 'vedi risposta del collega qui sotto'; the full answer (incl. a split delivery of line 3) is in a colleague's internal mail below.")
def c009(c):
    sup = Supplier("BTB", "Binari Tende Brianza S.r.l.", "ordini@binaritende.example", "it-IT")
    po = mkpo("4500231650", sup, "mara", "EUR", "2026-11-06", [
        ("CR-ALU-20-3M", "Aluminium curtain track 20x12 mm, 3 m, white", 300, "EA", "7.85", "2026-12-11"),
        ("CR-GL-100", "Runner gliders nylon, bag of 100", 60, "BOX", "9.20", "2026-12-11"),
        ("CR-BR-WALL", "Wall bracket 10 cm, steel, zinc plated", 900, "PCS", "0.74", "2026-12-11"),
    ])
    date = when("2026-11-20 09:15:08", "+0100")
    chain = """Buongiorno Mara,

vedi risposta del collega qui sotto. Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti

Chiara Villa
Ufficio Commerciale
Binari Tende Brianza S.r.l.
Via Lecco 112 - 20841 Carate Brianza (MB)
Tel. +39 0362 90 4417
www.binaritende.example

Da: Marco Colombo <m.colombo@binaritende.example>
Inviato: giovedì 19 novembre 2026 17:32
A: Chiara Villa <c.villa@binaritende.example>
Oggetto: R: I: Order acknowledgment request - PO 4500231650

Ciao Chiara,

per l'ordine Kestrel 4500231650 ti confermo quanto segue:

pos. 1 binario alluminio 20x12 da 3 m: 300 pz a 7,85 €, consegna 11/12
pos. 2 scorrevoli in nylon (conf. da 100): 60 conf. a 9,20 €, consegna 11/12
pos. 3 staffe a muro 10 cm: per l'11/12 abbiamo solo 600 pz, i restanti 300 pz li consegniamo il 15/01/2027; prezzo invariato 0,74 €

Puoi girarlo tu al cliente?

Marco Colombo
Pianificazione Produzione - Binari Tende Brianza S.r.l.

Da: Chiara Villa <c.villa@binaritende.example>
Inviato: giovedì 19 novembre 2026 10:05
A: Marco Colombo <m.colombo@binaritende.example>
Oggetto: I: Order acknowledgment request - PO 4500231650

Marco, mi confermi quantità e date per questo ordine? Grazie
Chiara

"""
    from .common import quote_plain
    full = chain + quote_plain(po, "outlook", "it", tz("+0100"))
    html_inner = html_from_plain(chain, "outlook") + quote_html(po, "outlook", "it", tz("+0100"))
    core = mime.multipart("alternative", [
        mime.text(full, "plain", "windows-1252", "quoted-printable"),
        mime.text(wrap_html(html_inner, "outlook", "windows-1252", "IT"), "html", "windows-1252", "quoted-printable"),
    ], c.boundary("outlook", "alt"))
    hdrs = [("Return-Path", "<c.villa@binaritende.example>")]
    hdrs += received(c, "outlook", "binaritende.example", po.buyer.email, date)
    hdrs += [
        ("From", "Chiara Villa <c.villa@binaritende.example>"),
        ("To", "Mara Lindqvist <mara.lindqvist@kestrel-supply.example>"),
        ("Cc", "Marco Colombo <m.colombo@binaritende.example>"),
        ("Subject", f"I: R: I: {po.subject}"),
        ("Thread-Topic", po.subject),
        ("Thread-Index", thread_index(c)),
        ("Date", mime.date_header(date)),
        ("Message-ID", c.msgid("outlook", "binaritende.example", date)),
        ("Accept-Language", "it-IT, en-US"),
        ("Content-Language", "it-IT"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ]
    eml = mime.message(hdrs, core)
    exp = confirmation([(po, {
        1: acc(po, 1),
        2: acc(po, 2),
        3: chg(po, 3, date="2027-01-15", schedule=[(600, "2026-12-11"), (300, "2027-01-15")]),
    })], "The newest message is only a pointer ('vedi risposta del collega qui sotto'); the binding answer is "
         "Marco's internal reply below it. '11/12' has no year -> 2026-12-11. Line 3 is split 600 on 11/12 + 300 "
         "on 15/01/2027 at the unchanged price (schedule, last date 2027-01-15). Forward without In-Reply-To.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("ink-forecast-question", "confirmation/nl-NL",
      "Dutch full confirmation ('woensdag 9 december') followed by an unrelated question about a January forecast and 'week 2' production planning.")
def c010(c):
    sup = Supplier("DIH", "Drukinkt Holland B.V.", "verkoop@drukinkt-holland.example", "nl-NL")
    po = mkpo("4500231702", sup, "priya", "EUR", "2026-11-10", [
        ("INK-OFF-CY", "Offset process ink cyan, 2.5 kg can", 48, "EA", "23.75", "2026-12-09"),
        ("INK-OFF-MG", "Offset process ink magenta, 2.5 kg can", 48, "EA", "24.10", "2026-12-09"),
        ("INK-OFF-YE", "Offset process ink yellow, 2.5 kg can", 36, "EA", "22.90", "2026-12-09"),
        ("INK-OFF-BK", "Offset process ink black, 2.5 kg can", 60, "EA", "19.80", "2026-12-09"),
        ("INK-UV-WH", "UV flexo ink opaque white, 5 kg pail", 20, "EA", "61.40", "2026-12-09"),
        ("INK-WSH-20", "Press wash, low-VOC, 20 L drum", 10, "EA", "88.00", "2026-12-09"),
    ])
    date = when("2026-11-12 13:47:22", "+0100")
    body = """Beste Priya,

Bedankt voor uw order 4500231702. Hierbij bevestigen wij alle zes regels conform order: aantallen en prijzen zoals vermeld, levering op woensdag 9 december.

Verder nog een vraag: kunnen jullie ons al een forecast voor januari sturen? Wij plannen de productie van de Pantone-kleuren in week 2 en willen graag weten welke hoeveelheden we kunnen verwachten.

Met vriendelijke groet,

Ruud van den Berg
Binnendienst Verkoop
Drukinkt Holland B.V.
Industrieweg 27, 2382 NV Zoeterwoude
T +31 71 580 2290
www.drukinkt-holland.example

Aan dit bericht kunnen geen rechten worden ontleend.
"""
    eml = reply(c, po, frm=("Ruud van den Berg", "ruud.vandenberg@drukinkt-holland.example"), date=date,
                body=body, client="outlook", lang="nl", prefix="RE:", charset="iso-8859-1")
    exp = confirmation([(po, {n: acc(po, n) for n in (1, 2, 3, 4, 5, 6)})],
                       "A complete confirmation (all six lines 'conform order', delivery Wednesday 9 December = "
                       "requested date). The added question about a January forecast concerns future orders and does "
                       "not condition this commitment, so the mail is still a confirmation; 'week 2' is their "
                       "production planning, not a date for this PO.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
def _dsn_text_headers(c, frm_name, frm_addr, to, subject, date, mid):
    return [("From", mime.addr(frm_name, frm_addr)), ("To", to), ("Subject", subject),
            ("Date", mime.date_header(date)), ("Message-ID", mid)]


@case("mailgun-bounce", "bounce/en-US",
      "Mailgun-style permanent failure (multipart/report) for the supplier's address, carrying our full request with the PO table and dates as message/rfc822.")
def c011(c):
    sup = Supplier("LLSC", "Lustre & Last Shoe Care Inc.", "orders@lustrelast.example", "en-US")
    po = mkpo("4500231720", sup, "tomasz", "USD", "2026-11-11", [
        ("SP-BLK-50", "Shoe polish paste black, 50 ml tin", 2400, "PCS", "0.92", "2026-12-10"),
        ("SP-NEU-50", "Shoe polish paste neutral, 50 ml tin", 1200, "PCS", "0.92", "2026-12-10"),
        ("SP-BR-3/4", "Horsehair polishing brush 3/4 x 6 in", 300, "EA", "2.85", "2026-12-17"),
    ], req_time=(10, 4))
    date = when("2026-11-11 09:04:41", "+0000")
    orig = request_message(c, po)
    text = f"""Delivery to the following recipient failed permanently:

    orders@lustrelast.example

Technical details of permanent failure:
Mailgun tried to deliver this message to lustrelast.example but the receiving server rejected it:

550 5.1.1 <orders@lustrelast.example>: Recipient address rejected: User unknown in virtual mailbox table

Attempts: 1
Message-Id: {po.rid}
Sending domain: mg.{BUYER_DOMAIN}

The original message is attached below.

--
This is an automatically generated message from Mailgun.
"""
    body = mime.multipart("report", [
        mime.text(text, "plain", "us-ascii", "7bit"),
        mime.delivery_status([
            [("Reporting-MTA", "dns; sxa-eu.mailgun.example"), ("X-Mailgun-Sid", c.alnum("sid", 40)),
             ("Arrival-Date", mime.date_header(po.req_dt))],
            [("Final-Recipient", "rfc822; orders@lustrelast.example"), ("Action", "failed"), ("Status", "5.1.1"),
             ("Remote-MTA", "dns; mx1.lustrelast.example"),
             ("Diagnostic-Code", "smtp; 550 5.1.1 <orders@lustrelast.example>: Recipient address rejected: User unknown in virtual mailbox table"),
             ("Last-Attempt-Date", mime.date_header(date))],
        ]),
        mime.rfc822(orig),
    ], c.boundary("mailgun", "mixed"), params=[("report-type", "delivery-status")])
    hdrs = [("Return-Path", "<>"),
            ("Received", f"by sxa-eu.mailgun.example with HTTP; {mime.date_header(date)}"),
            ("X-Mailgun-Sid", c.alnum("sid", 40)),
            ("From", f"Mail Delivery Subsystem <mailer-daemon@mg.{BUYER_DOMAIN}>"),
            ("To", mime.addr(po.buyer.name, po.buyer.email)),
            ("Subject", "Delivery Status Notification (Failure)"),
            ("Date", mime.date_header(date)),
            ("Message-ID", f"<{c.hex('bmid', 24)}.bounce@mg.{BUYER_DOMAIN}>"),
            ("In-Reply-To", po.rid), ("References", po.rid),
            ("Auto-Submitted", "auto-replied")]
    eml = mime.message(hdrs, body)
    exp = other("bounce", "Mailgun-style DSN: the request never reached the supplier (550 5.1.1 user unknown). The "
                          "attached original contains the full PO table with quantities, prices and dates, which must "
                          "not be read as a confirmation.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("shade-net-uke-51", "confirmation/nb-NO",
      "Norwegian mobile reply 'levering i uke 51 for alle tre linjer' - the week means Friday 18 Dec, a week later than requested for every line.")
def c012(c):
    sup = Supplier("FSN", "Fjordlys Skyggenett AS", "ordre@fjordlys.example", "nb-NO")
    po = mkpo("4500231745", sup, "mara", "NOK", "2026-11-09", [
        ("SN-50-4X50", "Shade net 50 % black, 4 x 50 m roll", 30, "ROL", "1480.00", "2026-12-11"),
        ("SN-70-2X25", "Shade net 70 % green, 2.1 x 25 m roll", 40, "ROL", "690.00", "2026-12-11"),
        ("SN-CLIP-100", "Net clips 16/20 mm, bag of 100", 50, "BOX", "129.00", "2026-12-11"),
    ])
    date = when("2026-11-17 12:30:44", "+0100")
    body = """Hei Mara!

Takk for bestillingen. Vi bekrefter ordre 4500231745 med levering i uke 51 for alle tre linjer. Priser og antall som i bestillingen.

Mvh
Sigrid Aasen
Fjordlys Skyggenett AS
Tlf. +47 55 30 21 88

Hent Outlook for Android
"""
    eml = reply(c, po, frm=("Sigrid Aasen", "sigrid.aasen@fjordlys.example"), date=date, body=body,
                client="outlook_android", lang="nb", prefix="SV:", charset="utf-8")
    exp = confirmation([(po, {n: chg(po, n, date="2026-12-18") for n in (1, 2, 3)})],
                       "'uke 51' without a day = Friday of ISO week 51 = 2026-12-18, one week after the requested "
                       "11 Dec, for all three lines; quantities and prices as ordered.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("clamp-croatian-trailing-dot", "confirmation/hr-HR",
      "Croatian dates written '18.12.2026.' with the trailing dot, decimal comma prices and '1.500 kom'; one line moved a week, one left for later.")
def c013(c):
    sup = Supplier("SKO", "Skela Oprema d.o.o.", "prodaja@skela-oprema.example", "hr-HR")
    po = mkpo("4500231777", sup, "tomasz", "EUR", "2026-11-10", [
        ("SC-DC-48", "Double coupler 48.3 mm, drop forged, EN 74-1", 1500, "PCS", "3.15", "2026-12-11"),
        ("SC-SW-48", "Swivel coupler 48.3 mm, drop forged", 800, "PCS", "3.60", "2026-12-11"),
        ("SC-BP-150", "Base plate 150x150 mm with 38 mm spigot", 400, "PCS", "4.25", "2026-12-18"),
        ("SC-TB-48", "Toe board clamp for 48.3 mm tube", 600, "PCS", "2.10", "2026-12-18"),
    ])
    date = when("2026-11-18 08:55:16", "+0100")
    body = """Poštovani gospodine Wren,

zahvaljujemo na narudžbi br. 4500231777. Potvrđujemo kako slijedi:

- poz. 1 spojnica ukrštena 48,3 mm: 1.500 kom, 3,15 EUR/kom, isporuka 11.12.2026.
- poz. 2 spojnica okretna 48,3 mm: 800 kom, 3,60 EUR/kom, isporuka 18.12.2026.
- poz. 3 podložna ploča 150x150 mm: 400 kom, 4,25 EUR/kom, isporuka 18.12.2026.
- poz. 4 spojnica za rubnu dasku: cijenu i rok isporuke potvrdit ćemo naknadno, čekamo ponudu ljevaonice.

Lijep pozdrav,

Ivana Kovačević
Prodaja / Sales
Skela Oprema d.o.o.
Radnička cesta 52, 10000 Zagreb, Hrvatska
Tel: +385 1 6061 244 | Mob: +385 91 455 7820
"""
    eml = reply(c, po, frm=("Ivana Kovačević", "ivana.kovacevic@skela-oprema.example"), date=date, body=body,
                client="outlook", lang="hr", prefix="ODG:", charset="windows-1250")
    exp = confirmation([(po, {1: acc(po, 1), 2: chg(po, 2, date="2026-12-18"), 3: acc(po, 3), 4: UNC})],
                       "Croatian dates carry a trailing dot ('11.12.2026.'), which must not be read as part of the "
                       "year; line 2 moves from 11 to 18 December, lines 1 and 3 are exactly as ordered "
                       "(1.500 kom = 1500). Line 4: price and date 'potvrdit ćemo naknadno' (to be confirmed later) "
                       "-> unconfirmed.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("webinar-invitation", "unrelated/de-CH",
      "Marketing webinar invitation from the supplier's domain, full of dates, times, prices and sensor sizes (24 V, 2000 mm) but not about the open PO.")
def c014(c):
    sup = Supplier("LSA", "Liftsense AG", "info@liftsense.example", "de-CH")
    po = mkpo("4500231790", sup, "priya", "CHF", "2026-11-12", [
        ("ED-LC-2000", "Elevator door light curtain 2000 mm, 24V DC", 40, "EA", "212.00", "2026-12-17"),
        ("ED-CBL-5M", "Connection cable 5 m, M12 8-pin", 40, "EA", "18.50", "2026-12-17"),
    ])
    date = when("2026-11-23 10:00:05", "+0100")
    plain = """Liftsense Academy - Webinar-Einladung

Grüezi Priya Castellano

Am Dienstag, 8. Dezember 2026, 10:00-11:00 Uhr, stellen wir Ihnen live die neue Lichtgitter-Generation LC-3000 vor:

* 2000 mm und 2500 mm Überwachungshöhe, 24 V DC / 230 V AC
* bis zu 194 Strahlen, Reaktionszeit < 40 ms
* Nachrüstung bestehender Anlagen in 15 Minuten

Referent: Daniel Meier, Produktmanager Türsensorik

Teilnahme kostenlos (statt CHF 95.-). Anmeldung bis 4. Dezember 2026:
https://academy.liftsense.example/webinar/lc3000?utm_source=newsletter&utm_medium=email

Alle Teilnehmenden erhalten einen Gutschein über 10 % auf die erste Bestellung eines LC-3000 bis 31.01.2027.

Freundliche Grüsse
Ihr Liftsense Academy Team

Liftsense AG | Industriestrasse 19 | 6010 Kriens | Schweiz | +41 41 329 77 00
Sie erhalten diese E-Mail, weil Sie Kunde der Liftsense AG sind. Abmelden: https://academy.liftsense.example/unsubscribe?u=8841
"""
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Webinar LC-3000</title></head>"
            "<body style=\"margin:0;background:#f2f4f7\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"600\" style=\"background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1d2633\">"
            "<tr><td style=\"background:#00467f;color:#fff;padding:18px 24px;font-size:20px\">Liftsense Academy &ndash; Webinar-Einladung</td></tr>"
            "<tr><td style=\"padding:24px\"><p>Grüezi Priya Castellano</p>"
            "<p>Am <b>Dienstag, 8. Dezember 2026, 10:00&ndash;11:00 Uhr</b>, stellen wir Ihnen live die neue Lichtgitter-Generation <b>LC-3000</b> vor:</p>"
            "<ul><li>2000 mm und 2500 mm Überwachungshöhe, 24 V DC / 230 V AC</li><li>bis zu 194 Strahlen, Reaktionszeit &lt; 40 ms</li>"
            "<li>Nachrüstung bestehender Anlagen in 15 Minuten</li></ul>"
            "<p>Referent: Daniel Meier, Produktmanager Türsensorik</p>"
            "<p>Teilnahme kostenlos (statt CHF 95.&ndash;). Anmeldung bis 4. Dezember 2026.</p>"
            "<p style=\"text-align:center\"><a href=\"https://academy.liftsense.example/webinar/lc3000?utm_source=newsletter&amp;utm_medium=email\" "
            "style=\"background:#e5007d;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px\">Jetzt anmelden</a></p>"
            "<p>Alle Teilnehmenden erhalten einen Gutschein über 10 % auf die erste Bestellung eines LC-3000 bis 31.01.2027.</p>"
            "<p>Freundliche Grüsse<br>Ihr Liftsense Academy Team</p></td></tr>"
            "<tr><td style=\"padding:12px 24px;font-size:11px;color:#777\">Liftsense AG | Industriestrasse 19 | 6010 Kriens | Schweiz | +41 41 329 77 00<br>"
            "Sie erhalten diese E-Mail, weil Sie Kunde der Liftsense AG sind. <a href=\"https://academy.liftsense.example/unsubscribe?u=8841\">Abmelden</a></td></tr>"
            "</table></td></tr></table></body></html>\n")
    body = mime.multipart("alternative", [mime.text(plain, "plain", "utf-8", "quoted-printable"),
                                          mime.text(html, "html", "utf-8", "quoted-printable")],
                          c.boundary("mailer", "alt"))
    hdrs = [("Return-Path", f"<bounce-8841-{c.hex('vb', 8)}@mailer.liftsense.example>")]
    hdrs += received(c, "mailer", "mailer.liftsense.example", po.buyer.email, date)
    hdrs += [("From", "Liftsense Academy <academy@liftsense.example>"),
             ("Reply-To", "academy@liftsense.example"),
             ("To", mime.addr(po.buyer.name, po.buyer.email)),
             ("Subject", mime.enc_words("Einladung: Webinar «Türsensorik 2027» am 8. Dezember", "utf-8", "Q")),
             ("Date", mime.date_header(date)),
             ("Message-ID", f"<{c.hex('wm', 20)}.8841@mailer.liftsense.example>"),
             ("List-Unsubscribe", "<https://academy.liftsense.example/unsubscribe?u=8841>, <mailto:unsubscribe@liftsense.example?subject=8841>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk"),
             ("X-Campaign-ID", "LSA-2026-WEB-12")]
    eml = mime.message(hdrs, body)
    exp = other("unrelated", "A webinar invitation (marketing, List-Unsubscribe, Precedence: bulk) from the supplier's "
                             "domain; its dates (8 Dec, 4 Dec, 31.01.2027), prices (CHF 95.-) and sizes (24 V, 2000 mm) "
                             "have nothing to do with PO 4500231790, which it never mentions.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
def _ab_pdf_015(po):
    pg = pdf.Page()
    y = 800
    pg.text(50, y, "Backmittel Donautal GmbH", 14, True)
    pg.text(50, y - 14, "Hafenstraße 8 · 4020 Linz · Österreich · UID ATU 58811203", 8)
    pg.text(50, y - 60, "Kestrel Supply Group B.V.", 10)
    pg.text(50, y - 72, "DC Waalhaven", 10)
    pg.text(50, y - 84, "Waalhaven Z.z. 41", 10)
    pg.text(50, y - 96, "3089 JH Rotterdam, Niederlande", 10)
    pg.text(350, y - 60, "AUFTRAGSBESTÄTIGUNG", 14, True)
    pg.text(350, y - 78, "Nr. AB-26-04417", 10)
    pg.text(350, y - 92, "Datum: 19.11.2026", 10)
    pg.text(350, y - 106, "Ihre Bestellung: 4500231812 vom 12.11.2026", 9)
    pg.text(350, y - 120, "Ihr Zeichen: Jonas Feldmann", 9)
    pg.text(50, y - 150, "Wir danken für Ihren Auftrag und bestätigen wie folgt:", 10)
    yy = y - 180
    cols = [50, 80, 135, 300, (395,), (455,), (515,), 522]
    pg.rect(45, yy - 4, 505, 14, 0.88)
    pg.row(yy, [50, 80, 135, 300, (395,), (455,), (515,)], ["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis/kg", "Betrag EUR", ""], 8, True)
    pg.text(470, yy, "Liefertermin", 8, True)
    rows = [
        ("10", "300120", "Brotverbesserer Ascorbin E300", "Ihre Art.-Nr. BI-ASC-20", "40 Sack à 20 kg = 800 kg", "3,48", "2.784,00", "04.12.2026"),
        ("20", "300455", "Enzym-Backmittel Roggen 1:5", "Ihre Art.-Nr. BI-ENZ-5", "20 Eimer à 10 kg = 200 kg", "7,90", "1.580,00", "11.12.2026"),
        ("30", "300901", "Diastatisches Malzmehl", "Ihre Art.-Nr. BI-MALT-25", "20 Sack à 25 kg = 500 kg", "1,98", "990,00", "11.12.2026"),
    ]
    yy -= 20
    for r in rows:
        pg.text(50, yy, r[0], 8.5)
        pg.text(80, yy, r[1], 8.5)
        pg.text(135, yy, r[2], 8.5)
        pg.text(135, yy - 10, r[3], 7.5)
        pg.text(270, yy, r[4], 8.5)
        pg.row(yy, [(395,), (455,)], [r[5], r[6]], 8.5)
        pg.text(470, yy, r[7], 8.5)
        yy -= 28
    pg.line(45, yy + 12, 550, yy + 12)
    pg.row(yy, [300, (455,)], ["Nettobetrag EUR", "5.354,00"], 8.5)
    pg.row(yy - 12, [300, (455,)], ["zzgl. 0 % USt. (innergem. Lieferung)", "0,00"], 8.5)
    pg.row(yy - 26, [300, (455,)], ["Gesamtbetrag EUR", "5.354,00"], 9, True)
    yy -= 60
    for t in ["Lieferbedingung: DAP Rotterdam (Incoterms 2020)", "Zahlungsbedingung: 30 Tage netto",
              "Hinweis Pos. 30: Preisanpassung Malzmehl gemäß Rohstoffklausel ab 01.11.2026.",
              "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.",
              "Bitte prüfen Sie diese Auftragsbestätigung; Abweichungen teilen Sie uns bitte binnen 3 Tagen mit."]:
        pg.text(50, yy, t, 8.5)
        yy -= 13
    pg.text(50, 60, "Backmittel Donautal GmbH · FN 214477 k · LG Linz · Raiffeisenlandesbank OÖ · IBAN AT44 3400 0000 0241 7781", 7)
    return pdf.build([pg], title="Auftragsbestätigung AB-26-04417", author="Backmittel Donautal GmbH",
                     producer="proALPHA Druckdienst 8.2", creator="proALPHA", created="D:20261119104212+01'00'")


@case("improver-pdf-empty-body", "confirmation/de-AT",
      "Empty mail body; the whole answer is a Flate-compressed PDF 'Auftragsbestätigung' with supplier positions 10/20/30, kg conversions, one date and one price change.")
def c015(c):
    sup = Supplier("BMD", "Backmittel Donautal GmbH", "verkauf@backmittel-donautal.example", "de-AT")
    po = mkpo("4500231812", sup, "jonas", "EUR", "2026-11-12", [
        ("BI-ASC-20", "Bread improver with ascorbic acid E300, 20 kg bag", 800, "KG", "3.48", "2026-12-04"),
        ("BI-ENZ-5", "Enzyme improver for rye bread, dosage 1:5, 10 kg bucket", 200, "KG", "7.90", "2026-12-04"),
        ("BI-MALT-25", "Diastatic malt flour, 25 kg bag", 500, "KG", "1.92", "2026-12-11"),
    ])
    assert 800 * Decimal("3.48") == Decimal("2784.00") and 500 * Decimal("1.98") == Decimal("990.00")
    assert 2784 + 1580 + 990 == 5354
    date = when("2026-11-19 10:44:05", "+0100")
    data = _ab_pdf_015(po)
    eml = reply(c, po, frm=("Petra Gruber", "p.gruber@backmittel-donautal.example"), date=date, body="",
                html_body='<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n', client="outlook", lang="de", prefix="AW:",
                quote="none", charset="utf-8", attachments=[Att(data, "application/pdf", "AB-26-04417.pdf")])
    exp = confirmation([(po, {
        1: acc(po, 1),
        2: chg(po, 2, date="2026-12-11"),
        3: chg(po, 3, unit_price="1.98"),
    })], "The mail body is empty; only the PDF 'Auftragsbestätigung' answers. Its positions 10/20/30 map to our "
         "lines via 'Ihre Art.-Nr.'; quantities are given as bags/buckets (40 x 20 kg = 800 kg etc.) and equal the "
         "PO. Pos. 20 moves to 11.12.2026, Pos. 30 price 1,98 EUR/kg instead of 1.92.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("pots-address-change-only", "needs_review/fr-BE",
      "Belgian French reply that only announces delivery to a different warehouse address; quantities, prices and dates are never confirmed.")
def c016(c):
    sup = Supplier("PDB", "Poterie de Bouffioulx SRL", "commandes@poterie-bouffioulx.example", "fr-BE")
    po = mkpo("4500231830", sup, "mara", "EUR", "2026-11-12", [
        ("TP-25-RND", "Terracotta pot round Ø 25 cm, frost-resistant", 400, "EA", "4.60", "2026-12-11"),
        ("TP-40-RND", "Terracotta pot round Ø 40 cm, frost-resistant", 150, "EA", "11.90", "2026-12-11"),
        ("TP-SAU-25", "Saucer for 25 cm pot", 400, "EA", "1.35", "2026-12-11"),
    ])
    date = when("2026-11-19 11:10:37", "+0100")
    body = """Bonjour Madame Lindqvist,

Nous avons bien reçu votre commande 4500231830.

Veuillez noter que, comme pour vos commandes précédentes, la livraison se fera à votre entrepôt de Venlo (Celsiusweg 12, 5928 PR Venlo) et non à l'adresse de Rotterdam indiquée sur le bon de commande. Notre transporteur ne dessert plus le port de Rotterdam.

Bien à vous,

Benoît Lambotte
Service commandes
Poterie de Bouffioulx SRL
Rue du Grand Bouffioulx 31 - 6200 Châtelet - Belgique
Tél. +32 71 38 12 54
TVA BE 0433.287.915
"""
    eml = reply(c, po, frm=("Benoît Lambotte", "b.lambotte@poterie-bouffioulx.example"), date=date, body=body,
                client="outlook", lang="fr", prefix="RE :", charset="iso-8859-15")
    exp = other("needs_review",
                "The supplier only changes the delivery address (Venlo instead of Rotterdam); it does not confirm "
                "quantities, prices or the 11 Dec date, and an address change needs the buyer's agreement. "
                "The numbers in the reply are a street address and postcode.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("adhesive-ron-fara-tva", "confirmation/ro-RO",
      "Romanian prices in lei 'fără TVA' next to the VAT-inclusive price 'cu TVA'; only the net price may be used, and it changed for one line.")
def c017(c):
    sup = Supplier("ACP", "Adeziv Construct Prahova SRL", "vanzari@adezivprahova.example", "ro-RO")
    po = mkpo("4500231851", sup, "tomasz", "RON", "2026-11-13", [
        ("TA-C2TE-25", "Ceramic tile adhesive C2TE S1, grey, 25 kg bag", 480, "EA", "42.50", "2026-12-10"),
        ("TA-C1T-25", "Ceramic tile adhesive C1T, grey, 25 kg bag", 960, "EA", "27.80", "2026-12-10"),
        ("TA-GRT-5", "Flexible grout CG2WA, 5 kg, anthracite", 200, "EA", "31.20", "2026-12-17"),
    ])
    net1 = Decimal("44.90")
    gross1 = (net1 * Decimal("1.21")).quantize(Decimal("0.01"))
    date = when("2026-11-20 10:12:26", "+0200")
    body = f"""Bună ziua domnule Wren,

Vă confirmăm comanda nr. 4500231851 după cum urmează:

1. Adeziv C2TE S1 gri, sac 25 kg - 480 buc. - {num_eu(net1)} lei/sac fără TVA ({num_eu(gross1)} lei cu TVA) - livrare 10.12.2026
2. Adeziv C1T gri, sac 25 kg - 960 buc. - 27,80 lei/sac fără TVA - livrare 10.12.2026
3. Chit de rosturi CG2WA 5 kg antracit - 200 buc. - 31,20 lei/buc. fără TVA - livrare 17.12.2026

Prețul la poziția 1 a crescut de la 1 noiembrie din cauza scumpirii cimentului.

Cu stimă,
Andreea Popescu
Departament Vânzări
Adeziv Construct Prahova SRL
Str. Depoului nr. 27, 100389 Ploiești, jud. Prahova
Tel. +40 244 513 820 | Mobil +40 723 415 902
"""
    att = attribution("gmail", "ro-RO", po, tz("+0200"))
    eml = reply(c, po, frm=("Andreea Popescu", "andreea.popescu@adezivprahova.example"), date=date, body=body,
                client="gmail", prefix="Re:", attribution=att)
    exp = confirmation([(po, {1: chg(po, 1, unit_price=net1), 2: acc(po, 2), 3: acc(po, 3)})],
                       f"Prices are in lei 'fără TVA' (net); line 1 also shows the VAT-inclusive {num_eu(gross1)} lei "
                       "'cu TVA', which must be ignored. Line 1 net price rises to 44,90 (PO 42.50); lines 2 and 3 "
                       "are exactly as ordered.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("wipes-one-of-two", "confirmation/pl-PL",
      "Polish reply confirms line 1 only and says nothing at all about line 2, which must stay unconfirmed.")
def c018(c):
    sup = Supplier("CPS", "Chusteczki Pomorskie Sp. z o.o.", "zamowienia@chusteczki-pomorskie.example", "pl-PL")
    po = mkpo("4500231873", sup, "priya", "PLN", "2026-11-13", [
        ("BW-SENS-72", "Baby wipes sensitive, 72 wipes/pack, fragrance-free", 6000, "PCS", "4.35", "2026-12-11"),
        ("BW-H2O-60", "Baby wipes 99% water, 60 wipes/pack, 12x20 cm", 4000, "PCS", "5.10", "2026-12-11"),
    ])
    date = when("2026-11-23 09:30:58", "+0100")
    body = """Dzień dobry,

potwierdzamy pozycję 1 zamówienia 4500231873 - chusteczki Sensitive 72 szt.: 6000 szt. w cenie 4,35 zł/szt., dostawa 11.12.2026.

Pozdrawiam serdecznie,
Katarzyna Wiśniewska
Dział Obsługi Klienta
Chusteczki Pomorskie Sp. z o.o.
ul. Przemysłowa 18, 83-110 Tczew
tel. +48 58 531 22 40
"""
    eml = reply(c, po, frm=("Katarzyna Wiśniewska", "k.wisniewska@chusteczki-pomorskie.example"), date=date,
                body=body, client="outlook", lang="pl", prefix="ODP:", charset="iso-8859-2")
    exp = confirmation([(po, {1: acc(po, 1), 2: UNC})],
                       "Only line 1 is confirmed, exactly as ordered; line 2 (99% water wipes, 12x20 cm) is not "
                       "mentioned at all and stays unconfirmed. '72 szt.' is the pack content, not a quantity.")
    return [po], eml, exp
