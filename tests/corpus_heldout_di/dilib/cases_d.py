from .common import *  # noqa
import datetime as _dt


@case("moppwerk-abwesenheitsnotiz", "auto_reply", "de-DE",
      "German/English 'Abwesenheitsnotiz' promising the order will be processed after return on 20.11.2026.")
def c():
    s = S("MOPPWERK", "Moppwerk Schulte GmbH", "vertrieb@moppwerk-schulte.example", "de-DE")
    p = PO("4700319377", s, "EUR", "2026-11-12", [
        L("MH-WP-50", "Wet mop head 50 cm, pocket type, cotton/poly", 250, "EA", "4.75", "2026-12-16"),
        L("MH-MF-50", "Microfiber mop head 50 cm, loop", 250, "EA", "6.10", "2026-12-16")], buyer="ines")
    t = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.11.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unseren Innendienst unter +49 5251 0000-0 oder innendienst@moppwerk-schulte.example. Ihre Bestellung wird nach meiner Rückkehr bearbeitet.

Thank you for your message. I am out of the office until 20 November 2026 (inclusive). Your order will be processed on my return.

Mit freundlichen Grüßen
Thomas Schulte
"""
    m = reply(p, "Thomas Schulte", "vertrieb@moppwerk-schulte.example", hd("2026-11-12 15:21:37 +0100"),
              T(t, cs="iso-8859-1"), subject="Abwesenheitsnotiz: " + req_subject(p), style="outlook",
              cs="iso-8859-1", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], m, other("auto_reply", "Out-of-office notice; '20.11.2026' is the return date and 'will be processed' is no commitment.")


@case("koord-vlaanderen-week1", "confirmation", "nl-BE",
      "Flemish reply confirming both lines at PO price/qty with 'Levering: week 1' (Friday 2027-01-08) and a factory closure period as distractor.")
def c():
    s = S("KOORDVL", "Koordhandel Vlaanderen BV", "verkoop@koordvlaanderen.example", "nl-BE")
    p = PO("4700319388", s, "EUR", "2026-11-12", [
        L("NC-5-BK-100", "Nylon cord 5 mm braided, black, 100 m", 40, "ROL", "21.50", "2027-01-06"),
        L("NC-2-WH-500", "Nylon cord 2 mm white, 500 m spool", 25, "ROL", "17.80", "2027-01-06")])
    t = """Dag Mara,

Bedankt voor uw bestelling. Wij bevestigen beide lijnen aan de bestelde prijzen en hoeveelheden.
Levering: week 1 (onze fabriek is gesloten van 21/12 tot en met 3/1).

Met vriendelijke groeten,

Pieter Claes
Verkoop binnendienst
Koordhandel Vlaanderen BV | Industrieweg 17, 9000 Gent
T +32 9 000 00 00 | BTW BE 0123.456.789

""" + q_outlook(p, ("Van", "Verzonden", "Aan", "Onderwerp"), loc_sent(p, "nl"))
    m = reply(p, "Pieter Claes", "pieter.claes@koordvlaanderen.example", hd("2026-11-13 10:48:03 +0100"),
              alt(t), style="outlook")
    return [p], m, confirmation(
        "Quantities and prices as ordered. 'Week 1' after a November mail = ISO week 1 of 2027, Friday 2027-01-08 (requested 2027-01-06). The closure 21/12-3/1 is context only.",
        (p, {1: chg(d="2027-01-08"), 2: chg(d="2027-01-08")}))


@case("texteis-minho-per-duzia", "confirmation", "pt-PT",
      "European Portuguese confirmation pricing the oven gloves 'a 48,00 € a dúzia' (= 4.00 per pair, below the PO price).")
def c():
    s = S("TEXMINHO", "Têxteis Cozinha do Minho, Lda.", "encomendas@texteisminho.example", "pt-PT")
    p = PO("4700319399", s, "EUR", "2026-11-09", [
        L("OG-QLT-30", "Quilted oven glove 30 cm, red", 240, "PR", "4.20", "2026-12-18"),
        L("OG-POT-SQ", "Pot holder square, cotton", 600, "PC", "0.95", "2026-12-18")], buyer="kevin")
    t = """Boa tarde, Sr. Tran,

Confirmamos a encomenda 4700319399:

- Luva de forno acolchoada 30 cm, vermelha: 240 pares (20 dúzias) a 48,00 € a dúzia, entrega a 18 de dezembro.
- Pega de cozinha quadrada: 600 unidades a 0,95 €, entrega a 18 de dezembro.

Com os melhores cumprimentos,

Rui Carvalho
Departamento Comercial
Têxteis Cozinha do Minho, Lda. | Rua da Indústria 55, 4750-000 Barcelos
Tel. +351 253 000 000 | NIF 500000000
"""
    m = reply(p, "Rui Carvalho", "rui.carvalho@texteisminho.example", hd("2026-11-10 15:36:29 +0000"),
              alt(t, "iso-8859-15"), cs="iso-8859-15", style="outlook")
    return [p], m, confirmation(
        "Line 1: 240 pairs at 48,00 EUR per dozen pairs = 4.00 EUR per pair (PO 4.20) -> changed price; date 18 December = 2026-12-18 as requested. Line 2 as ordered.",
        (p, {1: chg(p="4.00"), 2: acc()}))


@case("abrazaderas-os-confirmo-lunes", "needs_review", "es-ES",
      "Spanish 'recibido, estoy esperando respuesta de fábrica… os confirmo todo el lunes' mentioning a price rise without figures.")
def c():
    s = S("ABRLEV", "Abrazaderas Levante S.L.", "pedidos@abrazaderaslevante.example", "es-ES")
    p = PO("4700319400", s, "EUR", "2026-11-12", [
        L("PC-ISO-15", "Pipe clamp with rubber insert 15 mm, M8", 2000, "PC", "0.38", "2026-12-14"),
        L("PC-ISO-22", "Pipe clamp with rubber insert 22 mm, M8", 1500, "PC", "0.42", "2026-12-14")])
    t = """Hola Mara,

Recibido. Estoy esperando respuesta de fábrica sobre el plazo de las de 22 mm y el precio del zincado, que ha subido. Os confirmo todo el lunes.

Un saludo,
Sergio

Enviado desde mi móvil
"""
    m = reply(p, "Sergio Martínez", "sergio@abrazaderaslevante.example", hd("2026-11-13 19:02:11 +0100"),
              T(t, flowed=True), style="gmail")
    return [p], m, other("needs_review", "Receipt plus 'I'll confirm everything on Monday'; neither line is committed (price rise and lead time still open).")


@case("hamer-kie-afrikaans-vrydag", "confirmation", "af-ZA",
      "Afrikaans confirmation with 'R62,00' prices, a 'R23 740,00' total and delivery 'Vrydag 11 Desember' (no year, later than requested).")
def c():
    s = S("HAMERKIE", "Hamer & Kie (Edms) Bpk", "bestellings@hamerkie.example", "af-ZA")
    p = PO("4700319411", s, "ZAR", "2026-11-10", [
        L("RM-500-BK", "Rubber mallet 500 g, wooden handle", 200, "EA", "62.00", "2026-12-09"),
        L("RM-DF-1KG", "Dead-blow mallet 1 kg", 60, "EA", "189.00", "2026-12-09")])
    t = """Goeiemiddag Mara,

Dankie vir die bestelling. Ons bevestig soos volg:

Item 1: 200 stuks @ R62,00 - aflewering Vrydag 11 Desember.
Item 2: 60 stuks @ R189,00 - aflewering Vrydag 11 Desember.

Totaal R23 740,00 (BTW uitgesluit).

Groete,
Johan van der Merwe
Verkope | Hamer & Kie (Edms) Bpk
Tel. 021 000 0000 | Sel 082 000 0000 | BTW-nr. 4000000000
"""
    m = reply(p, "Johan van der Merwe", "johan@hamerkie.example", hd("2026-11-11 13:27:50 +0200"),
              alt(t), style="gmail")
    return [p], m, confirmation(
        "Quantities and prices as ordered (R62,00 = 62.00). Delivery Friday 11 December without year = 2026-12-11, two days after the requested 2026-12-09, for both lines.",
        (p, {1: chg(d="2026-12-11"), 2: chg(d="2026-12-11")}))


@case("kiwimesh-all-good-shutdown", "confirmation", "en-NZ",
      "Kiwi one-liner 'all good - confirmed as per PO' whose signature announces a Christmas shutdown and last dispatch date.")
def c():
    s = S("KIWIMESH", "Kiwi Mesh & Screen Ltd", "orders@kiwimesh.example", "en-NZ")
    p = PO("4700319422", s, "NZD", "2026-11-11", [
        L("SM-KIT-3", "Kitchen sieve mesh set, 3 sizes", 150, "SET", "12.40", "2026-12-14"),
        L("SM-SOIL-6", "Garden soil sieve mesh 6 mm, 400 mm round", 80, "EA", "18.90", "2026-12-18")])
    t = """Hi Mara,

All good - confirmed as per PO.

Cheers,
Hamish

--
Hamish Robertson | Kiwi Mesh & Screen Ltd
12 Foundry Lane, Penrose, Auckland 1061 | 0800 000 000 | +64 9 000 0000
Please note: our Christmas shutdown runs 23 Dec 2026 to 11 Jan 2027. Last dispatch 21 Dec.

""" + q_gt(p)
    m = reply(p, "Hamish Robertson", "hamish@kiwimesh.example", hd("2026-11-12 14:20:06 +1300"),
              alt(t), style="gmail")
    return [p], m, confirmation(
        "Everything confirmed as per PO (both requested dates fall before the shutdown/last-dispatch date, which is signature boilerplate).",
        (p, {1: acc(), 2: acc()}))


@case("shannon-exim-mailbox-disabled", "bounce", "en-IE",
      "Exim 'Mail delivery failed: returning message to sender' DSN (550 5.2.1 mailbox disabled) carrying our full request.")
def c():
    s = S("SHANNONTS", "Shannon Tile Supplies Ltd", "orders@shannontile.example", "en-IE")
    p = PO("4700319433", s, "EUR", "2026-11-12", [
        L("TS-2-WEDGE", "Tile wedge spacers, box of 500", 150, "BOX", "3.20", "2026-12-11"),
        L("TS-3-CR", "Tile spacer cross 3 mm, box of 500", 200, "BOX", "2.10", "2026-12-11")], buyer="kevin")
    t = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  orders@shannontile.example
    host mx.shannontile.example [192.0.2.44]
    SMTP error from remote mail server after RCPT TO:<orders@shannontile.example>:
    550 5.2.1 Mailbox disabled for this recipient
"""
    m = dsn(p, "Mail Delivery System <Mailer-Daemon@mail.northgate-buying.example>", hd("2026-11-12 16:40:03 +0000"),
            t, "mail.northgate-buying.example", "5.2.1", "550 5.2.1 Mailbox disabled for this recipient",
            subject="Mail delivery failed: returning message to sender", remote_mta="mx.shannontile.example")
    return [p], m, other("bounce", "Exim DSN: permanent failure (mailbox disabled); the attached message is our own request.")


@case("malta-cleaning-surcharge-amount", "confirmation", "mt-MT",
      "Maltese business English: line 2 gets a €0.60/pc surcharge stated as an amount (= €10.50), delivery 'Tuesday 12th January'.")
def c():
    s = S("MALTACLEAN", "Malta Cleaning Supplies Ltd", "orders@maltacleaning.example", "mt-MT")
    p = PO("4700319444", s, "EUR", "2026-11-10", [
        L("WS-25-SS", "Window squeegee 25 cm, stainless", 100, "EA", "5.40", "2027-01-12"),
        L("WS-CMB-35", "Combi squeegee/washer 35 cm", 80, "EA", "9.90", "2027-01-12")])
    t = """Hi Mara,

Thanks for the PO. Confirming both lines, qty as ordered. Delivery on Tuesday 12th January.

Please note on line 2 (combi washer) there's a €0.60/pc surcharge for the new microfibre sleeve, so €10.50 each. Line 1 stays at €5.40.

Grazzi u saħħa,
Charlene Borg
Malta Cleaning Supplies Ltd | Triq l-Industrija, Qormi QRM 3000
T +356 2100 0000 | VAT MT12345678

""" + q_outlook(p)
    m = reply(p, "Charlene Borg", "charlene@maltacleaning.example", hd("2026-11-11 10:12:44 +0100"),
              alt(t), style="outlook")
    return [p], m, confirmation(
        "Both lines: PO quantity, delivery Tuesday 12th January = 2027-01-12 (requested). Line 1 price unchanged; line 2 9.90 + 0.60 surcharge = 10.50 EUR.",
        (p, {1: acc(), 2: chg(p="10.50")}))


@case("colliers-atlas-carton-100", "confirmation", "fr-MA",
      "Moroccan French 'accusé de réception' sent as a new thread, rounding line 1 to cartons of 100 (450 -> 500 pcs), prices in DH, signature with ICE/RC numbers.")
def c():
    s = S("COLATLAS", "Colliers Atlas SARL", "commandes@colliersatlas.example", "fr-MA")
    p = PO("4700319455", s, "MAD", "2026-11-11", [
        L("PC-GAL-20", "Pipe clamp galvanized 20 mm, M8/M10", 450, "PC", "3.20", "2026-12-18"),
        L("PC-GAL-32", "Pipe clamp galvanized 32 mm, M8/M10", 300, "PC", "3.80", "2026-12-18")], buyer="tomas")
    t = """Bonjour Monsieur,

Nous accusons réception de votre bon de commande N° 4700319455 et vous le confirmons comme suit :

- Collier galvanisé 20 mm : conditionnement par carton de 100 pièces, soit 500 pièces à 3,20 DH l'unité.
- Collier galvanisé 32 mm : 300 pièces à 3,80 DH l'unité.

Date de livraison : 18/12/2026 pour les deux articles.

Cordialement,

Youssef El Amrani
Service commercial - Colliers Atlas SARL
Zone industrielle Sidi Bernoussi, Casablanca
Tél. : +212 522 00 00 00 | ICE 001234567000089 | RC 123456 | IF 12345678
"""
    m = reply(p, "Youssef El Amrani", "y.elamrani@colliersatlas.example", hd("2026-11-12 11:05:19 +0100"),
              alt(t), subject="Accusé de réception BC N° 4700319455", thread=False, style="outlook")
    return [p], m, confirmation(
        "Line 1 rounded up to full cartons of 100: 500 pcs at the PO price, date 18/12/2026 as requested. Line 2 as ordered.",
        (p, {1: chg(q=500), 2: acc()}))


@case("isiq-dizayn-air-or-truck", "needs_review", "az-AZ",
      "Azerbaijani reply accepting prices/quantities but asking us to choose air freight (15.12, +180 AZN) or truck (12.01.2027) before confirming.")
def c():
    s = S("ISIQDIZ", "Işıq Dizayn MMC", "satis@isiqdizayn.example", "az-AZ")
    p = PO("4700319466", s, "AZN", "2026-11-10", [
        L("LS-LIN-35", "Linen lamp shade 35 cm, natural", 60, "EA", "22.00", "2026-12-15"),
        L("LS-LIN-45", "Linen lamp shade 45 cm, natural", 40, "EA", "28.00", "2026-12-15")])
    t = """Hörmətli Mara xanım,

Sifarişiniz (4700319466) üçün təşəkkür edirik. Qiymətlər və miqdarlar bizim üçün uyğundur, lakin çatdırılma üçün iki variant var:

1) aviayüklə - 15.12.2026 tarixinədək, əlavə 180 AZN;
2) avtomobil ilə - 12.01.2027 tarixinədək, əlavə ödənişsiz.

Zəhmət olmasa hansı variantı seçdiyinizi bildirin, sonra sifarişi təsdiq edəcəyik.

Hörmətlə,
Rəşad Məmmədov
Satış şöbəsi | Işıq Dizayn MMC
Bakı, Nizami küç. 10 | Tel. +994 12 000 00 00 | VÖEN 1234567891
"""
    m = reply(p, "Rəşad Məmmədov", "rashad@isiqdizayn.example", hd("2026-11-11 12:44:31 +0400"),
              alt(t), style="gmail")
    return [p], m, other("needs_review", "The supplier offers two delivery options (air by 15.12.2026 with extra cost, or truck by 12.01.2027) and will confirm only after we choose; no date is committed.")


@case("tekstil-shkodra-te-henen", "needs_review", "sq-AL",
      "Albanian reply: factory in stock-take, lead time and final prices will be confirmed on Monday 23 November.")
def c():
    s = S("TEKSHKO", "Tekstil Shkodra sh.p.k.", "shitje@tekstilshkodra.example", "sq-AL")
    p = PO("4700319477", s, "EUR", "2026-11-12", [
        L("OG-MIT-28", "Oven mitt 28 cm, cotton/silicone print", 500, "PC", "1.95", "2027-01-22"),
        L("OG-GLV-LNG", "Long oven glove 45 cm, heat-resistant", 200, "PR", "3.60", "2027-01-22")], buyer="ines")
    t = """Përshëndetje znj. Bauer,

Faleminderit për porosinë 4700319477.
Fabrika jonë është në inventar deri në fund të javës; afatin e dorëzimit dhe çmimet përfundimtare do t'jua konfirmojmë të hënën, më 23 nëntor.

Me respekt,
Arben Hoxha
Shitje | Tekstil Shkodra sh.p.k.
Rruga Industriale, Shkodër | Tel. +355 22 000 000 | NIPT L12345678A
"""
    m = reply(p, "Arben Hoxha", "arben.hoxha@tekstilshkodra.example", hd("2026-11-13 09:30:15 +0100"),
              alt(t), style="gmail")
    return [p], m, other("needs_review", "Nothing committed yet: delivery time and final prices will be confirmed on Monday 23 November (a reply date, not a delivery date).")


@case("dhakapoly-shipment-advice-other", "unrelated", "bn-BD",
      "Bengali/English shipment advice (BL, container, ETA) for an older PO 4700315120 of the same drum liners, not the open PO.")
def c():
    s = S("DHAKAPOLY", "Dhaka Poly Packaging Ltd.", "export@dhakapoly.example", "bn-BD")
    p = PO("4700319488", s, "USD", "2026-11-11", [
        L("DL-200-LD", "Drum liner 200 L, LDPE 100 micron", 20000, "PC", "0.42", "2027-02-12"),
        L("DL-220-FIT", "Fitted drum liner 220 L, 120 micron", 8000, "PC", "0.61", "2027-02-12")])
    t = """প্রিয় মহোদয়া,

আপনার অর্ডার নং 4700315120-এর মালামাল ১৬/১১/২০২৬ তারিখে চট্টগ্রাম বন্দর থেকে জাহাজীকরণ করা হয়েছে।

Shipment Advice - Your PO 4700315120
Item DL-200-LD, Drum liner 200 L: 15,000 pcs
Item DL-220-FIT, Fitted drum liner 220 L: 6,000 pcs
Vessel: MAERSK KOWLOON V.046W | B/L No. MSKU1234567 | Container: MSKU 765432-1 (40' HC)
ETD Chittagong: 16/11/2026 | ETA Rotterdam: 28/12/2026

Shipping documents (Commercial Invoice, Packing List, B/L copy) are attached in our document portal.

ধন্যবাদান্তে,
মো. রফিকুল ইসলাম
Export Department | Dhaka Poly Packaging Ltd.
Plot 45, BSCIC I/E, Tongi, Gazipur | +880 2 0000 0000
"""
    m = message(addr("Rafiqul Islam", "export@dhakapoly.example"), p["buyer"]["email"],
                "Shipment Advice - PO 4700315120 - BL MSKU1234567", hd("2026-11-16 17:45:00 +0600"),
                T(t, cte="base64"), msgid("plain", "dhakapoly-sa", "dhakapoly.example"))
    return [p], m, other("unrelated", "Shipping notice for a different, earlier PO (4700315120); same items, but it neither answers nor mentions the open PO 4700319488.")


@case("mapleedge-two-pos-one-answered", "confirmation", "en-CA",
      "Two open POs from the same supplier; the threaded reply answers only the first ('ETA Dec 16') and merely mentions the second as pending.")
def c():
    s = S("MAPLEEDGE", "Maple Edge Products Ltd.", "orders@mapleedge.example", "en-CA")
    a = PO("4700319499", s, "CAD", "2026-11-09", [
        L("EB-PVC-22-MP", "Edge banding PVC 22 mm, maple, 250 m roll", 30, "ROL", "41.00", "2026-12-18"),
        L("EB-PVC-22-WH", "Edge banding PVC 22 mm, white, 250 m roll", 50, "ROL", "36.50", "2026-12-18")])
    b = PO("4700319500", s, "CAD", "2026-11-12", [
        L("EB-ABS-45-BK", "Edge banding ABS 45 mm, black, 100 m roll", 20, "ROL", "58.00", "2027-01-15")])
    t = """Hi Mara,

Confirming your order: maple and white rolls as ordered, $41.00 and $36.50/roll. ETA Dec 16 at your dock.

The black ABS order from yesterday is still with our planner - I'll get back to you on that one early next week.

Thanks,
Dave

Dave Kowalczyk | Inside Sales
Maple Edge Products Ltd. | 2250 Industrial Pkwy, Mississauga ON L5T 0A0
905-000-0000 ext. 231

""" + q_outlook(a)
    m = reply(a, "Dave Kowalczyk", "dave.k@mapleedge.example", hd("2026-11-13 10:02:41 -0500"),
              alt(t), style="outlook")
    return [a, b], m, confirmation(
        "Thread (In-Reply-To) and content identify PO 4700319499: both lines at PO qty/price, ETA (delivery) Dec 16 = 2026-12-16, earlier than requested. PO 4700319500 is only mentioned as pending, so it is left out.",
        (a, {1: chg(d="2026-12-16"), 2: chg(d="2026-12-16")}))


@case("abrasivos-sur-despacho-vs-entrega", "confirmation", "es-CL",
      "Chilean reply with CLP dot-thousands prices ('$1.250'), a list-price increase on line 2, and both a ship date (16/12) and a delivery date (18/12).")
def c():
    s = S("ABRSUR", "Abrasivos del Sur SpA", "ventas@abrasivosdelsur.example", "es-CL")
    p = PO("4700319511", s, "CLP", "2026-11-10", [
        L("AD-115-Z60", "Flap disc 115 mm zirconia Z60", 400, "PC", "1250", "2026-12-18"),
        L("CD-115-1", "Cutting disc 115 x 1 mm, stainless", 1000, "PC", "690", "2026-12-18")])
    t = """Estimada Mara:

Junto con saludar, confirmamos la OC 4700319511:

- Disco flap 115 mm Z60: 400 un. a $1.250 c/u
- Disco de corte 115 x 1,0 mm inox: 1.000 un. a $720 c/u (reajuste de lista noviembre)

Despacho desde nuestra bodega en Santiago el miércoles 16 de diciembre; entrega en sus instalaciones el viernes 18 de diciembre.

Saludos cordiales,

Camila Rojas
Ejecutiva Comercial | Abrasivos del Sur SpA
Av. Américo Vespucio 1500, Quilicura, Santiago | +56 2 2000 0000 | RUT 76.000.000-0
"""
    m = reply(p, "Camila Rojas", "camila.rojas@abrasivosdelsur.example", hd("2026-11-11 16:18:37 -0300"),
              alt(t), style="outlook")
    return [p], m, confirmation(
        "Delivery date (viernes 18 de diciembre = 2026-12-18) wins over the ship date 16/12. Line 1 as ordered ($1.250 = 1250 CLP). Line 2: 1.000 = 1000 pcs, price 720 CLP (PO 690).",
        (p, {1: acc(), 2: chg(p="720")}))


@case("sialkot-partial-inshallah", "confirmation", "en-PK",
      "Pakistani-English reply: lines 1-2 confirmed with ex-factory 05-01-2027 and delivery 20-01-2027, line 3 to be confirmed 'tomorrow, InshaAllah'.")
def c():
    s = S("SIALKOTCI", "Sialkot Cycle Industries (Pvt) Ltd", "export@sialkotcycle.example", "en-PK")
    p = PO("4700319522", s, "USD", "2026-11-10", [
        L("CH-BMX-HD", "BMX chain heavy-duty 1/2 x 1/8", 500, "EA", "3.40", "2027-01-20"),
        L("CH-KID-96", "Kids bicycle chain, 96 links", 800, "EA", "1.95", "2027-01-20"),
        L("CH-MTB-7S", "MTB chain 7-speed, 116 links", 300, "EA", "4.10", "2027-01-20")])
    t = """Dear Mara,

Assalam-o-Alaikum and greetings from Sialkot Cycle Industries.

Ref your PO 4700319522, please note:

1) BMX chain HD - 500 pcs @ USD 3.40 - confirmed, ex-factory 05-01-2027, delivery at Rotterdam 20-01-2027 as required.
2) Kids chain 96L - 800 pcs @ USD 1.95 - confirmed, same schedule.
3) MTB 7-speed - we will confirm after checking with our plating unit tomorrow, InshaAllah.

Best regards,
Muhammad Usman Butt
Export Manager
Sialkot Cycle Industries (Pvt) Ltd | Small Industrial Estate, Sialkot
+92 52 0000000 | +92 300 0000000 (WhatsApp) | NTN 1234567-8
"""
    m = reply(p, "Muhammad Usman Butt", "usman.butt@sialkotcycle.example", hd("2026-11-11 11:55:23 +0500"),
              alt(t), style="gmail")
    return [p], m, confirmation(
        "Lines 1-2: PO quantity and price; the delivery date 20-01-2027 (day-first) wins over the ex-factory date 05-01-2027 and equals the requested date -> accepted. Line 3 will be confirmed tomorrow -> unconfirmed.",
        (p, {1: acc(), 2: acc(), 3: unc()}))


@case("nastri-ticino-pdf-non-si-apre", "needs_review", "it-CH",
      "Swiss Italian reply asking us to resend the PO PDF because it will not open; they will confirm quantities and dates afterwards.")
def c():
    s = S("NASTRITI", "Nastri Ticino SA", "ordini@nastriticino.example", "it-CH")
    p = PO("4700319533", s, "CHF", "2026-11-11", [
        L("IT-PVC-19W", "PVC insulation tape 19 mm x 25 m, white", 400, "ROL", "1.85", "2026-12-17"),
        L("IT-GLS-25", "Glass cloth tape 25 mm x 33 m, high temperature", 60, "ROL", "14.90", "2026-12-17")], buyer="ines")
    t = """Buongiorno signora Bauer,

purtroppo il PDF dell'ordine allegato non si apre (file danneggiato?). Potrebbe rimandarcelo, se possibile anche in Excel?
Appena lo riceviamo le confermiamo quantità, prezzi e termini di consegna.

Cordiali saluti

Luca Bernasconi
Servizio clienti
Nastri Ticino SA | Via Cantonale 12, 6814 Lamone
Tel. +41 91 000 00 00

""" + q_outlook(p, ("Da", "Inviato", "A", "Oggetto"), None)
    m = reply(p, "Luca Bernasconi", "luca.bernasconi@nastriticino.example", hd("2026-11-12 08:39:57 +0100"),
              alt(t), prefix="R: ", style="outlook")
    return [p], m, other("needs_review", "The supplier cannot open the PO attachment and asks us to resend it; quantities, prices and dates will only be confirmed afterwards.")


@case("affutage-wallon-ndr-boite-pleine", "bounce", "fr-BE",
      "French Exchange 'Non remis' NDR: recipient mailbox full (5.2.2), HTML + text with the original headers.")
def c():
    s = S("AFFWALLON", "Affûtage Wallon SPRL", "commandes@affutage-wallon.example", "fr-BE")
    p = PO("4700319544", s, "EUR", "2026-11-12", [
        L("KS-PRO-4", "Professional knife sharpener, 4 stages", 60, "EA", "27.50", "2026-12-15"),
        L("KS-STEEL-12", "Honing steel 12 inch", 120, "EA", "9.80", "2026-12-15")])
    t = """Votre message n'a pas pu être remis à commandes@affutage-wallon.example.

La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Veuillez réessayer ultérieurement ou contacter directement le destinataire.

Informations de diagnostic pour les administrateurs :

Serveur de génération : AM6PR02MB1234.eurprd02.prod.outlook.com

commandes@affutage-wallon.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
"""
    html = ("<html><body><p><b>Votre message n'a pas pu être remis à commandes@affutage-wallon.example.</b></p>"
            "<p>La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.</p>"
            "<p>Remote Server returned '554 5.2.2 mailbox full'</p></body></html>")
    m = dsn(p, "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northgate-buying.example>",
            hd("2026-11-12 11:08:09 +0100"), t, "AM6PR02MB1234.eurprd02.prod.outlook.com", "5.2.2",
            "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", include="headers",
            html=html, subject="Non remis : " + req_subject(p))
    return [p], m, other("bounce", "Exchange non-delivery report in French (mailbox full); nobody at the supplier read the request.")
