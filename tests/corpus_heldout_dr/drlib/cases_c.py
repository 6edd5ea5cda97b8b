# -*- coding: utf-8 -*-
"""Cases 037-053."""
from .common import (case, sup, po, labels, expected, build, addr, rfcdate, req_text, req_html, req_subject,
                     outlook_quote, gt, html_wrap, text_to_html, esc, attachment, make_pdf,
                     message, multipart, text, dsn_part, original_request_part, req_rfcdate, bnd)


@case("loadstrap-latvian-html-only", "confirmation", "lv-LV",
      "HTML-only reply in windows-1257 QP with a confirmation table above our quoted HTML PO table (same numbers twice); everything as ordered.")
def c037():
    s = sup("BALTKRAV", "SIA Baltijas Kravas Aprīkojums", "pardosana@baltkrav.example", "lv-LV")
    p = po("4500032110", s, "tomas", "EUR", "2026-11-17", [
        ("LB-STRAP-50", "Ratchet strap 50 mm x 10 m, LC 2500 daN", 100, "EA", "11.20", "2026-12-09"),
        ("LB-STRAP-35", "Ratchet strap 35 mm x 6 m, LC 1000 daN", 150, "EA", "6.40", "2026-12-09")])
    inner = """<p>Labdien, Tomas!</p>
<p>Apstiprinām Jūsu pasūtījumu Nr. 4500032110:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde"><th>Poz.</th><th>Artikuls</th><th>Daudzums</th><th>Cena, EUR</th><th>Piegāde</th></tr>
<tr><td>1</td><td>LB-STRAP-50</td><td>100 gab.</td><td>11,20</td><td>09.12.2026</td></tr>
<tr><td>2</td><td>LB-STRAP-35</td><td>150 gab.</td><td>6,40</td><td>09.12.2026</td></tr>
</table>
<p>Cenas norādītas bez PVN.</p>
<p>Ar cieņu,<br>Ilze Bērziņa<br>Pārdošanas nodaļa | SIA Baltijas Kravas Aprīkojums<br>Tālr. +371 67 123 456 | Reģ. Nr. 40003123456</p>
<div style="border-top:1px solid #ccc"><p><b>No:</b> Tomas Lindqvist<br><b>Nosūtīts:</b> otrdiena, 2026. gada 17. novembris 09:42<br><b>Temats:</b> Purchase order 4500032110 - please confirm</p>""" + req_html(p) + "</div>"
    eml = build(p, addr("Ilze Bērziņa", "ilze.berzina@baltkrav.example", "windows-1257", "Q"),
                rfcdate(2026, 11, 18, 9, 5, 0, "+0200"), "<AM0PR06MB1122C3D4@AM0PR06MB1122.eurprd06.prod.outlook.example>",
                None, html=html_wrap(inner, "lv", "windows-1257"), charset="windows-1257", cte="quoted-printable",
                hdr_charset="windows-1257")
    return [p], eml, expected("confirmation", "Both lines confirmed exactly as ordered (09.12.2026, 11,20 and 6,40 EUR).",
                              [labels(p, {1: "A", 2: "A"})])


@case("insulation-slovak-contradiction", "needs_review", "sk-SK",
      "Slovak reply that first confirms the date, then in a P.S. says the warehouse reports the boards only in January and the date 'probably won't hold': contradictory, no usable commitment.")
def c038():
    s = sup("IZOLSK", "Izolmat Slovakia s.r.o.", "predaj@izolmat.example", "sk-SK")
    p = po("4500032127", s, "marek", "EUR", "2026-11-17", [
        ("IB-EPS-100", "Insulation board EPS 100, 100 mm, 1000 x 500", 300, "EA", "4.95", "2026-12-11")])
    body = """Dobrý deň pán Novák,

ďakujeme za objednávku, potvrdzujeme 300 ks dosiek EPS 100 za 4,95 EUR/ks, termín dodania 11.12.2026.

S pozdravom
Peter Horváth
obchodný zástupca, Izolmat Slovakia s.r.o.
tel. +421 905 123 456

P.S. Práve mi volali zo skladu, že EPS 100 bude naskladnené až v januári, takže termín 11.12. asi nebude platiť. Preverím to a ozvem sa.
"""
    eml = build(p, addr("Peter Horváth", "horvath@izolmat.example"), rfcdate(2026, 11, 18, 14, 40, 0, "+0100"),
                "<5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9@izolmat.example>", body + "\n" + outlook_quote(p, "utorok 17. novembra 2026 9:42", ("Od", "Odoslané", "Komu", "Predmet")),
                charset="iso-8859-2", cte="quoted-printable", hdr_charset="iso-8859-2", prefix="RE: ")
    return [p], eml, expected("needs_review", "The only line is 'confirmed' for 11.12. and then the same mail says that date will probably not hold and the supplier will check and revert: contradictory, a human must follow up.")


@case("vacuumhose-croatian-in-3-weeks", "confirmation", "hr-HR",
      "Croatian: line 2 delivery 'za 3 tjedna od danas' is relative to the mail's Date (18.11. -> 9.12.2026).")
def c039():
    s = sup("USISAV", "Usisna Tehnika d.o.o.", "prodaja@usisnatehnika.example", "hr-HR")
    p = po("4500032141", s, "ines", "EUR", "2026-11-17", [
        ("VH-FLEX-50", "Vacuum hose flexible PVC, ID 50 mm", 50, "M", "9.40", "2026-12-04"),
        ("VH-ANT-32", "Antistatic vacuum hose ID 32 mm, 5 m with cuffs", 10, "EA", "38.00", "2026-12-04")])
    body = """Poštovana gospođo Albrecht,

zahvaljujemo na narudžbi 4500032141.

Stavka 1: 50 m po 9,40 EUR/m, isporuka 4.12.2026.
Stavka 2: antistatička crijeva trenutno nemamo na skladištu, isporuka za 3 tjedna od danas, cijena ostaje 38,00 EUR/kom.

Srdačan pozdrav,
Marko Kovačević
Usisna Tehnika d.o.o., Zagreb
Tel: +385 1 234 5678 | OIB: 12345678901
"""
    eml = build(p, addr("Marko Kovačević", "marko.kovacevic@usisnatehnika.example"), rfcdate(2026, 11, 18, 11, 0, 0, "+0100"),
                "<CAN8tU9vW0xY1zA2bC3dE4@mail.gmail.example>",
                body + "\nsri, 18. stu 2026. u 09:42 Ines Albrecht <ines.albrecht@kestrelworks.example> napisao je:\n\n" + gt(req_text(p)),
                prefix="Re: ")
    return [p], eml, expected("confirmation", "Line 1 as ordered. Line 2: 3 weeks from the mail date 2026-11-18 = 2026-12-09 (price unchanged).",
                              [labels(p, {1: "A", 2: {"d": "2026-12-09"}})])


@case("solder-slovenian-ooo-bilingual", "auto_reply", "sl-SI",
      "Slovenian + English out-of-office whose text says the order 'will be confirmed' by a colleague; Auto-Submitted header.")
def c040():
    s = sup("SPAJKA", "Spajka d.o.o.", "narocila@spajka.example", "sl-SI")
    p = po("4500032158", s, "ines", "EUR", "2026-11-18", [
        ("SW-SAC-05", "Solder wire SAC305 0.5 mm, 250 g", 30, "ROL", "38.90", "2026-12-15")])
    body = """Pozdravljeni,

do 23. 11. 2026 sem odsoten. Vaše naročilo bo potrdila sodelavka Maja Zupan (maja.zupan@spajka.example, 01 234 56 78).

---

Hello,

I am out of the office until 23 November 2026. Your order will be confirmed by my colleague Maja Zupan (maja.zupan@spajka.example, +386 1 234 56 78).

Lep pozdrav / Best regards
Tadej Novak
Spajka d.o.o.
"""
    eml = build(p, addr("Tadej Novak", "tadej.novak@spajka.example"), rfcdate(2026, 11, 18, 9, 42, 40, "+0100"),
                "<ooo.20261118094240.tadej@spajka.example>", body, cte="quoted-printable",
                subject="Samodejni odgovor: " + req_subject(p),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, expected("auto_reply", "Out-of-office; 'will be confirmed by my colleague' is a promise of a future answer, not a confirmation.")


@case("padlock-serbian-cyrillic", "confirmation", "sr-RS",
      "Serbian Cyrillic reply: line 1 new price 345,00 дин, line 2 later date 21.12.2026.")
def c041():
    s = sup("BRAVARS", "Bravar Trade d.o.o.", "prodaja@bravartrade.example", "sr-RS")
    p = po("4500032166", s, "marek", "RSD", "2026-11-18", [
        ("PL-30-BR", "Padlock brass 30 mm, 2 keys", 200, "EA", "310.00", "2026-12-14"),
        ("PL-CODE-4", "Combination padlock 4-digit, 40 mm", 50, "EA", "690.00", "2026-12-14")])
    body = """Поштовани г. Новак,

захваљујемо на поруџбини бр. 4500032166. Потврђујемо:

Позиција 1: катанац месинг 30 мм - 200 ком, цена 345,00 дин/ком (нови ценовник од 01.11.2026), испорука 14.12.2026.
Позиција 2: катанац на шифру 40 мм - 50 ком, цена 690,00 дин/ком, испорука 21.12.2026.

Цене су без ПДВ-а.

Срдачан поздрав,
Драган Петровић
Bravar Trade d.o.o., Нови Сад
тел. 021/456-789, моб. 063/123-4567
ПИБ 101234567
"""
    eml = build(p, addr("Драган Петровић", "dragan@bravartrade.example"), rfcdate(2026, 11, 19, 8, 30, 0, "+0100"),
                "<20261119073000.dragan.8812@bravartrade.example>", body + "\n" + outlook_quote(p, "Wednesday, November 18, 2026 9:42 AM"),
                cte="quoted-printable", prefix="RE: ")
    return [p], eml, expected("confirmation", "Line 1: price 345.00 (was 310.00), date as requested. Line 2: date 2026-12-21 (was 2026-12-14).",
                              [labels(p, {1: {"p": "345.00"}, 2: {"d": "2026-12-21"}})])


@case("nailgun-indian-english-gst-total", "confirmation", "en-IN",
      "Indian English 'we hereby confirm the same': Rs. 1,25,460/- total in lakh grouping, GST extra, PO date 18/11/2026 in the text; all lines as ordered.")
def c042():
    s = sup("GANESHPN", "Shree Ganesh Pneumatics", "sales@ganeshpneumatics.example", "en-IN")
    p = po("4500032182", s, "priya", "INR", "2026-11-18", [
        ("NG-STAPLE-80", "Pneumatic upholstery stapler, 80 series", 10, "EA", "6450.00", "2026-12-15"),
        ("NG-NAIL-F50", "Brad nails F50, box of 5000", 60, "BOX", "1016.00", "2026-12-15")])
    body = """Dear Madam,

Greetings from Shree Ganesh Pneumatics!

We are in receipt of your PO No. 4500032182 dated 18/11/2026 and hereby confirm the same as per below:

Sr. 1  Upholstery stapler 80 series   10 Nos   @ Rs. 6,450.00   delivery by 15/12/2026
Sr. 2  Brad nails F50 (5000/box)      60 Box   @ Rs. 1,016.00   delivery by 15/12/2026

Total value Rs. 1,25,460/- + GST @ 18% extra.
Freight: door delivery included. Payment: 30 days as per PO terms.

Kindly do the needful and share the delivery schedule if any change.

Thanks & Regards,
Sandeep Kulkarni
Sales Co-ordinator
Shree Ganesh Pneumatics, MIDC Bhosari, Pune - 411026
Ph: 020-2712 3456 | M: +91 98220 12345
GSTIN: 27ABCPK1234M1Z9
"""
    eml = build(p, addr("Sandeep Kulkarni", "sandeep@ganeshpneumatics.example"), rfcdate(2026, 11, 19, 15, 12, 0, "+0530"),
                "<BM1PR01MB4567A8B9@BM1PR01MB4567.INDPRD01.PROD.OUTLOOK.example>", body + "\n" + outlook_quote(p, en_sent_18()),
                cte="quoted-printable", prefix="RE: ")
    return [p], eml, expected("confirmation", "Both lines as ordered; 15/12/2026 is day-first. The lakh-grouped total (10 x 6450 + 60 x 1016 = 1,25,460) and the GST remark are not price changes.",
                              [labels(p, {1: "A", 2: "A"})])


def en_sent_18():
    return "Wednesday, November 18, 2026 2:12 PM"


@case("jumpstarter-aussie-terse", "confirmation", "en-AU",
      "Terse Australian phone reply: '1 & 2 all good', line 3 out of stock 'til mid Jan, can do 22/1' (day-first, no year -> 2027).")
def c043():
    s = sup("OZBOOST", "OzBoost Automotive Pty Ltd", "orders@ozboost.example", "en-AU")
    p = po("4500032203", s, "dana", "AUD", "2026-11-18", [
        ("JS-12V-1000", "Jump starter 12 V, 1000 A", 12, "EA", "149.00", "2026-12-14"),
        ("JS-BOOST-PK", "Booster pack 12 V with air compressor", 6, "EA", "289.00", "2026-12-14"),
        ("JS-CABLE-600", "Jumper cable set 600 A, 4.5 m", 24, "EA", "39.50", "2026-12-14")])
    body = """G'day Dana,
1 & 2 all good as per PO. Cables (line 3) we're out til mid Jan, can do 22/1 same price.
Cheers
Shane

Sent from Outlook for iOS
________________________________
From: Dana Ruiz <dana.ruiz@kestrelworks.example>
Sent: Wednesday, November 18, 2026 8:42:00 PM
To: orders@ozboost.example
Subject: Purchase order 4500032203 - please confirm

""" + req_text(p)
    eml = build(p, addr("Shane O'Brien", "shane@ozboost.example"), rfcdate(2026, 11, 19, 7, 58, 0, "+1100"),
                "<SY4P282MB1234D5E6@SY4P282MB1234.AUSP282.PROD.OUTLOOK.example>", body, cte="7bit", charset="us-ascii")
    return [p], eml, expected("confirmation", "Lines 1-2 accepted. Line 3: 22/1 day-first, next such date = 2027-01-22, same price.",
                              [labels(p, {1: "A", 2: "A", 3: {"d": "2027-01-22"}})])


@case("knifeblade-malay-delivery-note-other-po", "unrelated", "ms-MY",
      "Malay shipping notice (Notis Penghantaran / DO) for an older PO of the same supplier with quantities, dates and tracking; our open PO is not mentioned.")
def c044():
    s = sup("TAJAM", "Tajam Industrial Supplies Sdn. Bhd.", "jualan@tajamind.example", "ms-MY")
    p = po("4500032219", s, "priya", "MYR", "2026-11-18", [
        ("KB-HOOK-50", "Hook blade for roofing knife, pack of 50", 40, "BOX", "32.50", "2026-12-08"),
        ("KB-SAFE-CUT", "Safety cutter with auto-retract blade", 60, "EA", "18.90", "2026-12-08")])
    body = """Salam sejahtera Puan Priya,

Dimaklumkan bahawa barangan bagi PO 4500030981 telah dihantar hari ini.

No. DO: DO-26-11-0733
Tarikh penghantaran: 19/11/2026
Kurier: GDEX, no. tracking 4412 8890 1234
Barang: KB-18-SNAP bilah pemotong 18 mm - 100 kotak

Sila sahkan penerimaan barang. Terima kasih.

Yang benar,
Nurul Aisyah binti Hassan
Jabatan Logistik, Tajam Industrial Supplies Sdn. Bhd.
Tel: 03-5191 2345 | Shah Alam, Selangor
"""
    eml = build(p, addr("Tajam Logistik", "logistik@tajamind.example"), rfcdate(2026, 11, 19, 16, 45, 0, "+0800"),
                "<do-26-11-0733.notify@tajamind.example>", body, threaded=False,
                subject="Notis Penghantaran DO-26-11-0733 / PO 4500030981")
    return [p], eml, expected("unrelated", "Shipping notice for PO 4500030981, a different (older) order; it says nothing about the open PO 4500032219.")


@case("floortape-quebec-case-multiples", "confirmation", "fr-CA",
      "Québec French: tape sold by the case of 24 rolls -> line 1 rounded up to 48, line 2 limited to one case (24) by stock; ISO dates and prices like '9,75 $'.")
def c045():
    s = sup("MARQUAGE", "Marquage Industriel Laurentides inc.", "commandes@marquagelaurentides.example", "fr-CA")
    p = po("4500032230", s, "dana", "CAD", "2026-11-18", [
        ("FT-48-RED", "Floor marking tape 48 mm x 30 m, red", 30, "ROL", "9.75", "2026-12-10"),
        ("FT-48-GRN", "Floor marking tape 48 mm x 30 m, green", 30, "ROL", "9.75", "2026-12-10")])
    body = """Bonjour Dana,

Merci pour la commande 4500032230!

Le ruban est vendu à la caisse de 24 rouleaux :
- Rouge : on vous expédie 2 caisses, donc 48 rouleaux à 9,75 $ chacun.
- Vert : il nous reste seulement une caisse en inventaire, on vous envoie donc 24 rouleaux à 9,75 $. Pas de réappro prévu avant le printemps, donc pas de reliquat.

Livraison pour les deux : 2026-12-10.

Bonne journée!
Mélanie Gagnon
Service à la clientèle
Marquage Industriel Laurentides inc. | Saint-Jérôme (Québec)
450 555-0199, poste 224
"""
    eml = build(p, addr("Mélanie Gagnon", "mgagnon@marquagelaurentides.example"), rfcdate(2026, 11, 19, 10, 14, 0, "-0500"),
                "<YT3PR01MB6543F2A1@YT3PR01MB6543.CANPRD01.PROD.OUTLOOK.example>",
                body + "\n" + outlook_quote(p, "18 novembre 2026 09:42", ("De", "Envoyé", "À", "Objet")),
                cte="quoted-printable", prefix="RE : ")
    return [p], eml, expected("confirmation", "Line 1: 2 cases = 48 rolls (ordered 30). Line 2: only 24 rolls, no backorder. Prices and date as ordered.",
                              [labels(p, {1: {"q": 48}, 2: {"q": 24}})])


@case("heatgun-belgian-week-51", "confirmation", "fr-BE",
      "Belgian French: 'livraison semaine 51' (Friday 18/12, later than the requested 16/12) for both lines, new price on line 1.")
def c046():
    s = sup("OUTILBE", "Outillage Wallon SPRL", "vente@outillagewallon.example", "fr-BE")
    p = po("4500032251", s, "ines", "EUR", "2026-11-19", [
        ("HG-1800-TC", "Heat gun 1800 W with LCD temperature control", 15, "EA", "74.90", "2026-12-16"),
        ("HG-CASE", "Carry case for heat gun", 15, "EA", "12.00", "2026-12-16")])
    body = """Bonjour Madame Albrecht,

Nous vous remercions pour votre commande 4500032251 et vous confirmons :

Ligne 1 : 15 pièces, prix unitaire 79,90 EUR HTVA (nouveau tarif du fabricant), livraison semaine 51.
Ligne 2 : 15 pièces à 12,00 EUR, livraison semaine 51 également.

Bien à vous,

Jean-Philippe Dubois
Outillage Wallon SPRL - Rue de l'Industrie 42 - 4020 Liège
Tél. 04 341 22 33 - TVA BE 0123.456.789
"""
    eml = build(p, addr("Jean-Philippe Dubois", "jp.dubois@outillagewallon.example"), rfcdate(2026, 11, 20, 9, 0, 0, "+0100"),
                "<001101dc5b2f$aa11bb22$cc33dd44@outillagewallon.example>",
                body + "\n-----Message d'origine-----\nDe : Ines Albrecht [mailto:ines.albrecht@kestrelworks.example]\nEnvoyé : jeudi 19 novembre 2026 09:42\nÀ : vente@outillagewallon.example\nObjet : Purchase order 4500032251 - please confirm\n\n" + req_text(p),
                charset="windows-1252", cte="quoted-printable", prefix="RE: ")
    return [p], eml, expected("confirmation", "Semaine 51 without a day = Friday 2026-12-18 (requested 16/12). Line 1 price 79.90 (was 74.90).",
                              [labels(p, {1: {"p": "79.90", "d": "2026-12-18"}, 2: {"d": "2026-12-18"}})])


@case("insulation-flemish-receipt-only", "needs_review", "nl-BE",
      "Flemish human reply that only acknowledges receipt and promises an order confirmation later ('u ontvangt zo snel mogelijk een orderbevestiging').")
def c047():
    s = sup("ISOVLAAN", "Isolatie Vlaanderen BV", "orders@isolatievlaanderen.example", "nl-BE")
    p = po("4500032267", s, "ines", "EUR", "2026-11-19", [
        ("IB-PIR-60", "Insulation board PIR 60 mm, 1200 x 600, alu faced", 120, "EA", "14.30", "2027-01-14"),
        ("IB-TAPE-ALU", "Aluminium tape 50 mm x 50 m", 20, "ROL", "7.80", "2027-01-14")])
    body = """Goeiemiddag Ines,

Wij hebben uw bestelling 4500032267 goed ontvangen en doorgegeven aan onze planning.
U ontvangt zo snel mogelijk een orderbevestiging met de leverdatum.

Met vriendelijke groeten,
An Peeters
Binnendienst
Isolatie Vlaanderen BV | Kempische Steenweg 293, 3500 Hasselt
T +32 11 22 33 44
"""
    eml = build(p, addr("An Peeters", "an.peeters@isolatievlaanderen.example"), rfcdate(2026, 11, 19, 13, 31, 0, "+0100"),
                "<AS4PR10MB5678B9C0@AS4PR10MB5678.EURPRD10.PROD.OUTLOOK.example>", body + "\n" + outlook_quote(p, "donderdag 19 november 2026 09:42", ("Van", "Verzonden", "Aan", "Onderwerp")),
                cte="quoted-printable", prefix="RE: ")
    return [p], eml, expected("needs_review", "A person acknowledges receipt and promises a confirmation later: nothing is committed yet.")


@case("tarpaulin-portuguese-7-janeiro", "confirmation", "pt-PT",
      "European Portuguese: line 1 'entrega dia 7 de janeiro' (no year -> 2027), line 2 as ordered; prices with decimal comma and € after the number.")
def c048():
    s = sup("LONASPT", "Lonas do Minho, Lda.", "encomendas@lonasminho.example", "pt-PT")
    p = po("4500032285", s, "dana", "EUR", "2026-11-19", [
        ("TP-PVC-4X6", "PVC tarpaulin 650 g/m2, 4 x 6 m, grey", 20, "PC", "64.00", "2026-12-17"),
        ("TP-BUNG-100", "Bungee cords with ball, pack of 100", 5, "BOX", "29.50", "2026-12-17")])
    body = """Bom dia Sra. Dana Ruiz,

Agradecemos a encomenda n.º 4500032285.

- Lonas PVC 4 x 6 m: 20 un. a 64,00 €, entrega dia 7 de janeiro, pois estão em produção.
- Elásticos com bola: 5 cx. a 29,50 €, entrega a 17/12/2026 conforme pedido.

Com os melhores cumprimentos,
Rui Fernandes
Departamento Comercial - Lonas do Minho, Lda.
Tel. 253 123 456 | NIF 501234567
"""
    eml = build(p, addr("Rui Fernandes", "rui.fernandes@lonasminho.example"), rfcdate(2026, 11, 20, 10, 20, 0, "+0000"),
                "<CAP0qR1sT2uV3wX4yZ5@mail.gmail.example>", body + "\nA quinta, 19/11/2026, 09:42, Dana Ruiz <dana.ruiz@kestrelworks.example> escreveu:\n\n" + gt(req_text(p)),
                charset="iso-8859-15", cte="quoted-printable", hdr_charset="iso-8859-15", prefix="Re: ")
    return [p], eml, expected("confirmation", "Line 1: 7 de janeiro without year -> 2027-01-07. Line 2 as ordered.",
                              [labels(p, {1: {"d": "2027-01-07"}, 2: "A"})])


@case("overalls-catalan-tariff-percent", "confirmation", "ca-ES",
      "Catalan reply applying a '+2,5 %' tariff increase to all three PO prices (46.00 -> 47.15, 48.00 -> 49.20) with date as requested.")
def c049():
    s = sup("ROBATREB", "Roba de Treball Vallès, S.L.", "comandes@robavalles.example", "ca-ES")
    p = po("4500032302", s, "ines", "EUR", "2026-11-19", [
        ("OV-FR-M", "Flame retardant overall, navy, size M", 20, "PC", "46.00", "2026-12-18"),
        ("OV-FR-L", "Flame retardant overall, navy, size L", 20, "PC", "46.00", "2026-12-18"),
        ("OV-FR-XL", "Flame retardant overall, navy, size XL", 10, "PC", "48.00", "2026-12-18")])
    body = """Bon dia Ines,

Us confirmem la comanda 4500032302 completa (20 M, 20 L i 10 XL), amb lliurament el 18/12.

Us recordem que des de l'1 de novembre s'aplica l'increment de tarifa del +2,5 % sobre els preus de la vostra comanda.

Salutacions cordials,
Montse Puig i Soler
Departament comercial
Roba de Treball Vallès, S.L. - Polígon Can Roqueta, 08202 Sabadell
Tel. 93 712 34 56 - NIF B12345678
"""
    eml = build(p, addr("Montse Puig", "montse.puig@robavalles.example"), rfcdate(2026, 11, 20, 12, 45, 0, "+0100"),
                "<DU2PR09MB4321E0F1@DU2PR09MB4321.eurprd09.prod.outlook.example>", body + "\n" + outlook_quote(p, "dijous, 19 de novembre de 2026 9:42", ("De", "Enviat el", "Per a", "Tema")),
                cte="quoted-printable", prefix="RE: ")
    return [p], eml, expected("confirmation", "All quantities as ordered, 18/12 (no year) = 2026-12-18 = requested; +2.5 % on PO prices: 46.00 -> 47.15, 48.00 -> 49.20.",
                              [labels(p, {1: {"p": "47.15"}, 2: {"p": "47.15"}, 3: {"p": "49.20"}})])


@case("galician-gmail-delay-dsn", "bounce", "gl-ES",
      "Gmail-style 'Delivery Status Notification (Delay)': still retrying (Action: delayed, 4.4.1), not a failure yet, but a DSN all the same.")
def c050():
    s = sup("GALIFIL", "Galifiltros S.L.", "pedidos@galifiltros.example", "gl-ES")
    p = po("4500032318", s, "dana", "EUR", "2026-11-19", [
        ("AF-CART-FP", "Filter cartridge for paint booth, 600 mm", 30, "EA", "22.80", "2026-12-14")])
    human = """** Message not delivered yet **

There was a temporary problem delivering your message to pedidos@galifiltros.example. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:
421 4.4.1 Connection timed out. Try again later.
"""
    html = html_wrap("<h2>Message not delivered yet</h2><p>There was a temporary problem delivering your message to <b>pedidos@galifiltros.example</b>. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.</p><p>The response from the remote server was:<br>421 4.4.1 Connection timed out. Try again later.</p>")
    alt = multipart("alternative", [text(human, cte="7bit", charset="us-ascii"), text(html, "html", cte="quoted-printable")],
                    bnd("gmaildelay-alt", 1))
    dsn = dsn_part("mx.google.example", [{"final": s["email"], "action": "delayed", "status": "4.4.1",
                                           "remote": "mail.galifiltros.example", "diag": "421 4.4.1 Connection timed out",
                                           "last": rfcdate(2026, 11, 20, 1, 10, 3, "-0800"),
                                           "until": rfcdate(2026, 11, 21, 23, 42, 0, "-0800")}],
                   extra_msg=["Received-From-MTA: dns; mail-sor-f41.google.example"])
    rep = multipart("report", [alt, dsn, original_request_part(p, rfcdate(2026, 11, 19, 9, 42, 0, "+0100"), headers_only=True)],
                    bnd("gmaildelay", 1), "; report-type=delivery-status")
    hs = [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>"), ("To", p["buyer"]["email"]),
          ("Subject", "Delivery Status Notification (Delay)"), ("Date", rfcdate(2026, 11, 20, 1, 10, 5, "-0800")),
          ("Message-ID", "<6a1b2c3d.5e6f.delay.4500032318@mx.google.example>"),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Auto-Submitted", "auto-replied")]
    return [p], message(hs, rep), expected("bounce", "Delay DSN (Action: delayed, 4.4.1): a delivery status notification, not a supplier answer.")


@case("eyewash-basque-minimum-order", "needs_review", "eu-ES",
      "Basque reply asking whether to add items to reach the minimum order value or accept a handling fee; it will confirm after the answer.")
def c051():
    s = sup("BEGISAL", "Begi Segurtasuna S.Koop.", "eskaerak@begisegurtasuna.example", "eu-ES")
    p = po("4500032329", s, "tomas", "EUR", "2026-11-19", [
        ("EW-BOT-500", "Eye wash bottle 500 ml, sterile", 16, "EA", "11.50", "2026-12-11")])
    body = """Kaixo Tomas,

Eskerrik asko 4500032329 eskaeragatik.

Gure gutxieneko eskaera 300 €-koa da (BEZik gabe) eta zure eskaera 184,00 €-koa da. Beste produkturen bat gehitu nahi duzu, ala 25 €-ko kudeaketa-kostua onartzen duzu?
Zure erantzuna jaso bezain laster baieztatuko dugu eskaera.

Ondo izan,
Itziar Etxeberria
Salmenta saila - Begi Segurtasuna S.Koop.
Tel. 943 12 34 56 | Arrasate
"""
    eml = build(p, addr("Itziar Etxeberria", "itziar@begisegurtasuna.example"), rfcdate(2026, 11, 20, 11, 11, 0, "+0100"),
                "<CAQ1rS2tU3vW4xY5zA6@mail.gmail.example>", body + "\nog., 2026(e)ko aza. 19(a) 09:42 erabiltzaileak (Tomas Lindqvist <tomas.lindqvist@kestrelworks.example>) hau idatzi du:\n\n" + gt(req_text(p)),
                prefix="Re: ")
    return [p], eml, expected("needs_review", "Minimum order value question (add items or accept a 25 € fee); the supplier confirms only after the buyer answers.")


@case("conveyor-afrikaans-splice-later", "confirmation", "af-ZA",
      "Afrikaans with 'R 12 450,00' (space thousands, decimal comma): belt as ordered, splice work only on 'Dinsdag 2 Februarie 2027'.")
def c052():
    s = sup("BANDKRAG", "Bandkrag Vervoerbande (Edms) Bpk", "bestellings@bandkrag.example", "af-ZA")
    p = po("4500032340", s, "dana", "ZAR", "2026-11-20", [
        ("CB-RUB-600", "Rubber conveyor belt EP400/3, 600 mm wide", 120, "M", "845.00", "2027-01-20"),
        ("CB-SPLICE-600", "Hot vulcanised splice, 600 mm, on site", 2, "EA", "12450.00", "2027-01-20")])
    body = """Goeiemôre Dana,

Dankie vir die bestelling 4500032340. Ons bevestig soos volg:

Lyn 1: 120 m band EP400/3 600 mm @ R 845,00/m, aflewering 20 Januarie 2027.
Lyn 2: Die vulkaniseer-span is eers weer beskikbaar op Dinsdag 2 Februarie 2027; prys R 12 450,00 per las bly dieselfde.

Groete
Pieter van der Merwe
Verkope | Bandkrag Vervoerbande (Edms) Bpk
Tel 011 123 4567 | Sel 082 123 4567 | BTW-nr 4123456789
"""
    eml = build(p, addr("Pieter van der Merwe", "pieter@bandkrag.example"), rfcdate(2026, 11, 23, 8, 20, 0, "+0200"),
                "<JNAP275MB0987C6D5@JNAP275MB0987.ZAFP275.PROD.OUTLOOK.example>", body + "\n" + outlook_quote(p, "Friday, 20 November 2026 10:42"),
                cte="quoted-printable", prefix="RE: ")
    return [p], eml, expected("confirmation", "Line 1 as ordered. Line 2: same price, date Tuesday 2 February 2027 = 2027-02-02.",
                              [labels(p, {1: "A", 2: {"d": "2027-02-02"}})])


@case("rainjacket-nz-helpdesk-autoack", "auto_reply", "en-NZ",
      "Helpdesk ticket auto-acknowledgement ('we've received your email, reference #48213, we aim to reply within 1 business day'): automatic, commits to nothing.")
def c053():
    s = sup("KIWIWET", "Kiwi Wetgear Ltd", "orders@kiwiwetgear.example", "en-NZ")
    p = po("4500032352", s, "tomas", "NZD", "2026-11-20", [
        ("RJ-OIL-L", "Oilskin rain jacket, size L", 12, "PC", "129.00", "2027-01-11"),
        ("RJ-OIL-XL", "Oilskin rain jacket, size XL", 12, "PC", "129.00", "2027-01-11")])
    body = """Kia ora,

Thanks for getting in touch with Kiwi Wetgear. This is an automated response to let you know we've received your email.

Your reference number is #48213. Our orders team aims to reply within 1 business day (Mon-Fri, 8:30am-5pm NZST).

Nga mihi,
Kiwi Wetgear Customer Care
0800 549 493
"""
    eml = build(p, addr("Kiwi Wetgear Customer Care", "support@kiwiwetgear.example"), rfcdate(2026, 11, 20, 22, 43, 0, "+1300"),
                "<ticket-48213-ack@helpdesk.kiwiwetgear.example>", body,
                subject="[#48213] Re: " + req_subject(p), cte="7bit", charset="us-ascii",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, expected("auto_reply", "Helpdesk auto-acknowledgement with a ticket number; it neither confirms nor declines anything.")
