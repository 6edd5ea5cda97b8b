# -*- coding: utf-8 -*-
"""Cases 054-070."""
from .common import *


@case("en-sg-csv-oa-cancelled-line", "confirmation", "en-SG",
      "Singapore ERP order acknowledgement as CSV attachment (dd/mm/yyyy), one line CANCELLED with qty 0, body only 'Pls see attached OA'.")
def c54():
    p = po("4500021755", "LIONHW", "Lion City Hardware Pte Ltd", "sales@lioncityhw.example", "en-SG", "SGD",
           "2026-11-25", [("DST-ZINC", "Zinc alloy door stopper, satin", 200, "EA", "4.20", "2026-12-17"),
                          ("DST-WALL-RB", "Wall mounted rubber door stop", 300, "EA", "1.85", "2026-12-17"),
                          ("DST-HOOK", "Door stopper with hook", 50, "EA", "6.60", "2026-12-17")])
    csv = ("OA No,PO No,PO Line,Item Code,Description,Order Qty,Confirmed Qty,UOM,Unit Price (SGD),Delivery Date,Status\r\n"
           "OA-SG-2611-0482,4500021755,1,DST-ZINC,\"Zinc alloy door stopper, satin\",200,200,EA,4.20,17/12/2026,CONFIRMED\r\n"
           "OA-SG-2611-0482,4500021755,2,DST-WALL-RB,Wall mounted rubber door stop,300,300,EA,1.85,23/12/2026,CONFIRMED\r\n"
           "OA-SG-2611-0482,4500021755,3,DST-HOOK,Door stopper with hook,50,0,EA,6.60,,CANCELLED - ITEM OBSOLETE\r\n")
    body = "Dear Ingrid,\n\nPls see attached OA.\n\nThanks & Regards\nJasmine Tan\nLion City Hardware Pte Ltd | 6747 3120 | UEN 199804412K"
    part = multipart("mixed", [leaf(body, "plain", "us-ascii", "7bit"),
                               attach(csv.encode("ascii"), "text/csv", "OA-SG-2611-0482.csv")], "--_com.lioncity_8821")
    eml = mail(p, ("Jasmine Tan", "jasmine.tan@lioncityhw.example"), "RE: " + request_subject(p),
               date_hdr("2026-11-26 11:40:00", "+0800"), "<SG2PR04MB5517A2C3@SG2PR04MB5517.apcprd04.prod.outlook.example>", part)
    exp = expected("confirmation", "CSV: line 1 as ordered; line 2 delivery 23/12/2026 (day-first) instead of 17/12; line 3 cancelled (obsolete, confirmed qty 0) -> rejected.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, date="2026-12-23"), 3: R()})])
    return [p], eml, exp


@case("tl-ph-taglish-balikan-kita", "needs_review", "tl-PH",
      "Taglish reply from a phone: 'check ko muna sa warehouse, balikan kita bukas' - no commitment yet.")
def c55():
    p = po("4500021756", "MNLTOOLS", "Manila Hardware Trading Corp.", "sales@manilahardware.example", "tl-PH", "PHP",
           "2026-11-25", [("NP-12", "Nail puller 12 in", 100, "EA", "285.00", "2026-12-18"),
                          ("NP-18", "Nail puller 18 in", 50, "EA", "395.00", "2026-12-18")], buyer="aisha")
    text = """Hi Ma'am Aisha,

Received po 4500021756, salamat po! Check ko muna sa warehouse kung may stock pa kami ng 18 inches, balikan kita bukas with the delivery date. Yung price naman po same pa rin as per quotation.

Thanks po,
Jhun Reyes

Sent from Yahoo Mail on Android"""
    eml = reply(p, ("Jhun Reyes", "jhun.reyes@manilahardware.example"), date_hdr("2026-11-26 18:22:07", "+0800"),
                "<1290331804.4412561.1764152527@mail.yahoo.example>", text,
                gmail_quote(p, "On Wed, Nov 25, 2026 at 4:31 PM, Aisha Rahman<aisha.rahman@halvorsen-supply.example> wrote:"))
    exp = expected("needs_review", "Receipt plus 'will get back to you tomorrow with the delivery date'; prices are only said to match the quotation, and no line is committed to a date or quantity.")
    return [p], eml, exp


@case("pt-pt-energy-surcharge-fixed", "confirmation", "pt-PT",
      "European Portuguese confirmation adding a fixed energy surcharge of 0,95 EUR per unit on both lines.")
def c56():
    p = po("4500021757", "VAREXT", "Varões & Extensões Lda.", "encomendas@varoes-extensoes.example", "pt-PT", "EUR",
           "2026-11-25", [("VE-ALU-4", "Vara extensível alumínio 2-4 m", 60, "EA", "16.80", "2027-01-20"),
                          ("VE-ALU-6", "Vara extensível alumínio 3-6 m", 40, "EA", "23.40", "2027-01-20")], buyer="marco")
    text = """Exmo. Sr. Marco Bellini,

Confirmamos a V/ encomenda n.º 4500021757, com as quantidades e o prazo pedidos (entrega a 20/01/2027).

Informamos que, a partir desta data, ao preço unitário acresce uma sobretaxa de energia de 0,95 € por unidade em ambas as linhas.

Com os melhores cumprimentos,
Ana Sofia Ferreira
Departamento Comercial
Varões & Extensões Lda. – Zona Industrial de Águeda, Lote 31, 3750-101 Águeda
Tel. +351 234 612 480 | NIF 509 882 417"""
    eml = reply(p, ("Ana Sofia Ferreira", "asferreira@varoes-extensoes.example"), date_hdr("2026-11-26 15:11:50", "+0000"),
                "<AM9P195MB1288B3C4D5E6F7A8@AM9P195MB1288.EURP195.prod.outlook.example>", text,
                outlook_quote(p, ("De", "Enviada", "Para", "Assunto"), sent="quarta-feira, 25 de novembro de 2026 07:31", sep=None),
                html=True, boundary="_000_AM9P195MB1288B3C4D5E6F7A8_", charset="iso-8859-1")
    exp = expected("confirmation", "Quantities and date as ordered; fixed surcharge 0.95 per unit: 16.80 -> 17.75 and 23.40 -> 24.35.",
                   [conf(p, {1: C(p, 1, price="17.75"), 2: C(p, 2, price="24.35")})])
    return [p], eml, exp


@case("es-ar-price-list-letter", "unrelated", "es-AR",
      "Argentine general price-increase circular (+12% from 1/1/2027) sent to all customers, no mention of our PO.")
def c57():
    p = po("4500021758", "PAMPAFER", "Ferretería Industrial La Pampa S.R.L.", "ventas@ferrpampa.example", "es-AR", "USD",
           "2026-11-26", [("ESC-CRT-60", "Cortadora de cerámica 60 cm", 15, "EA", "48.00", "2027-01-22")], buyer="marco")
    html = """<p>Estimado cliente:</p>
<p>Por la presente le informamos que, debido al incremento de costos de importación y logística, a partir del <b>1/1/2027</b> nuestra lista de precios tendrá un aumento general del <b>12%</b>.</p>
<p>Los pedidos ingresados y confirmados antes del 18/12/2026 mantendrán los precios vigentes.</p>
<p>Adjuntamos link a la nueva lista: <a href="https://ferrpampa.example/lista-2027.pdf">Lista de precios 2027</a></p>
<p>Atentamente,<br>Gerencia Comercial<br>Ferretería Industrial La Pampa S.R.L. – Av. Gral. Paz 11240, CABA – CUIT 30-71244861-9</p>"""
    text = "Estimado cliente:\n\nA partir del 1/1/2027 nuestra lista de precios tendrá un aumento general del 12%.\nLos pedidos ingresados y confirmados antes del 18/12/2026 mantendrán los precios vigentes.\n\nGerencia Comercial\nFerretería Industrial La Pampa S.R.L."
    part = alt(text, html_doc(html), "=_alt_2c3d4e5f6a7b", charset="iso-8859-1")
    eml = mail(p, ("Ferretería La Pampa - Comercial", "comercial@ferrpampa.example"), "Actualización de lista de precios 2027",
               date_hdr("2026-11-27 10:00:00", "-0300"), "<lista2027.0019@ferrpampa.example>", part, reply=False,
               to="undisclosed-recipients:;")
    exp = expected("unrelated", "Circular price-increase letter to all customers (undisclosed recipients); does not answer PO 4500021758 or change its lines.")
    return [p], eml, exp


@case("es-cl-despacho-vs-llegada", "confirmation", "es-CL",
      "Chilean reply: dispatch 'el lunes 4 de enero' and arrival 'el jueves 7'; arrival wins; CLP prices with dot thousands.")
def c58():
    p = po("4500021759", "AUSTRAL", "Ferretería Eléctrica Austral SpA", "ventas@electrica-austral.example", "es-CL", "CLP",
           "2026-11-26", [("FU-10A-100", "Alambre fusible 10 A, carrete 100 m", 15, "ROL", "12900", "2027-01-04"),
                          ("FU-20A-100", "Alambre fusible 20 A, carrete 100 m", 15, "ROL", "15400", "2027-01-04")], buyer="marco")
    text = """Hola Marco,

Te confirmo la OC 4500021759:
- Ítem 1 ok, 15 carretes a $12.900 c/u.
- Ítem 2 subió a $16.200 c/u (15 carretes).

Despachamos el lunes 4 de enero y les llega el jueves 7.

Saludos,
Camila Soto
Ferretería Eléctrica Austral SpA
+56 2 2741 8830"""
    eml = reply(p, ("Camila Soto", "csoto@electrica-austral.example"), date_hdr("2026-11-27 12:30:00", "-0300"),
                "<CAFz9Kq2=TrW@mail.electrica-austral.example>", text,
                gmail_quote(p, "El jue, 26 nov 2026 a las 4:31, Marco Bellini (<marco.bellini@halvorsen-supply.example>) escribió:"))
    exp = expected("confirmation", "Delivery (arrival) Thursday 7 Jan 2027 wins over dispatch Monday 4 Jan; line 2 price 15400 -> 16200. Both lines dated 2027-01-07.",
                   [conf(p, {1: C(p, 1, date="2027-01-07"), 2: C(p, 2, price="16200", date="2027-01-07")})])
    return [p], eml, exp


@case("es-co-per-package-kg", "confirmation", "es-CO",
      "Colombian reply pricing glue sticks per 1 kg package ('$ 41.800 el paquete') while PO is per KG; dot thousands in pesos.")
def c59():
    p = po("4500021760", "PEGANT", "Pegantes y Herramientas de Antioquia S.A.S.", "ventas@pegantesantioquia.example", "es-CO", "COP",
           "2026-11-26", [("PG-40W", "Pistola de silicona 40 W", 100, "EA", "24500.00", "2026-12-18"),
                          ("BS-7-30", "Barra de silicona 7 mm x 30 cm", 50, "KG", "38000.00", "2026-12-18")], buyer="marco")
    text = """Buenas tardes Marco.

Confirmamos la OC 4500021760:

Pistola 40W: 100 und a $ 24.500 c/u.
Barra de silicona 7 mm: la vendemos por paquete de 1 kg a $ 41.800 el paquete; le despachamos 50 paquetes (50 kg).

Entrega 18 de diciembre en su agente de carga en Bogotá.

Cordialmente,
Andrés Felipe Restrepo
Asesor comercial | Pegantes y Herramientas de Antioquia S.A.S. | NIT 900.412.887-3
Cel. 300 612 4471"""
    eml = reply(p, ("Andres Felipe Restrepo", "arestrepo@pegantesantioquia.example"), date_hdr("2026-11-27 15:44:12", "-0500"),
                "<BN8PR12MB3377C4D5E6F7@BN8PR12MB3377.namprd12.prod.outlook.example>", text,
                outlook_quote(p, ("De", "Enviado", "Para", "Asunto"), sent="jueves, 26 de noviembre de 2026 2:31 a. m.", sep=None),
                html=True, boundary="_000_BN8PR12MB3377C4D5E6F7_")
    exp = expected("confirmation", "Line 1 as ordered ($ 24.500 = 24500). Line 2: 1 kg package at 41.800 = 41800 per KG (PO 38000), 50 kg, 18 Dec -> 2026-12-18.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="41800.00")})])
    return [p], eml, exp


@case("ca-es-dimarts-que-ve", "confirmation", "ca-ES",
      "Catalan reply 'us ho podem lliurar dimarts que ve' sent on Thursday 26 Nov -> Tuesday 2026-12-01, earlier than requested.")
def c60():
    p = po("4500021761", "EINESGI", "Eines Girona SL", "comandes@einesgirona.example", "ca-ES", "EUR",
           "2026-11-25", [("SC-BIM-40", "Serra de corona bimetàl·lica 40 mm", 25, "PC", "11.40", "2026-12-04"),
                          ("SC-BIM-60", "Serra de corona bimetàl·lica 60 mm", 25, "PC", "15.90", "2026-12-04")], buyer="marco")
    text = """Bon dia Marco,

Us confirmem la comanda 4500021761 tal com està (quantitats i preus).
Ho tenim tot en estoc i us ho podem lliurar dimarts que ve.

Salutacions,
Montse Puig
Eines Girona SL · Carrer de la Indústria 22, 17005 Girona · 972 21 48 90"""
    eml = reply(p, ("Montse Puig", "montse@einesgirona.example"), date_hdr("2026-11-26 12:10:33"),
                "<5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9@einesgirona.example>", text,
                gmail_quote(p, "El dc., 25 de nov. 2026 a les 8:31, Marco Bellini (<marco.bellini@halvorsen-supply.example>) va escriure:"),
                subject="Re: " + request_subject(p))
    exp = expected("confirmation", "Mail dated Thursday 2026-11-26; 'dimarts que ve' (next Tuesday) = 2026-12-01, earlier than the requested 2026-12-04; quantities/prices unchanged.",
                   [conf(p, {1: C(p, 1, date="2026-12-01"), 2: C(p, 2, date="2026-12-01")})])
    return [p], eml, exp


@case("eu-es-receipt-only", "needs_review", "eu-ES",
      "Basque/Spanish bilingual human reply that only acknowledges receipt ('Jaso dugu... laster baieztatuko dugu').")
def c61():
    p = po("4500021762", "ZINTAK", "Zintak Gipuzkoa S.Coop.", "salmentak@zintak-gipuzkoa.example", "eu-ES", "EUR",
           "2026-11-26", [("IZ-PVC-19-BK", "Zinta isolatzailea PVC 19 mm x 20 m, beltza", 1000, "ROL", "0.72", "2026-12-15"),
                          ("IZ-PVC-19-BL", "Zinta isolatzailea PVC 19 mm x 20 m, urdina", 500, "ROL", "0.72", "2026-12-15")])
    text = """Kaixo Ingrid,

Jaso dugu zure 4500021762 eskaera, eskerrik asko. Biltegiarekin egiaztatu eta laster baieztatuko dizugu.

Hemos recibido su pedido 4500021762; se lo confirmaremos en breve tras revisarlo con el almacén.

Ondo izan,
Itziar Etxeberria
Zintak Gipuzkoa S.Coop. · Arrasate · 943 71 22 04"""
    eml = reply(p, ("Itziar Etxeberria", "itziar@zintak-gipuzkoa.example"), date_hdr("2026-11-27 08:55:18"),
                "<CAJt6Pw1=Nq8@mail.zintak-gipuzkoa.example>", text,
                gmail_quote(p, "Og., 2026(e)ko aza. 26(a) 08:31 (a), Ingrid Halvorsen (<ingrid.halvorsen@halvorsen-supply.example>) erabiltzaileak hau idatzi zuen:"))
    exp = expected("needs_review", "A human acknowledgement of receipt that promises a confirmation later; nothing is confirmed.")
    return [p], eml, exp


@case("en-ie-thursday-17th-price-list", "confirmation", "en-IE",
      "Irish reply: 'grand', delivery 'Thursday the 17th' (Dec, no month), pocket-hole kit billed at October price list EUR 61.50.")
def c62():
    p = po("4500021763", "SHANNONJT", "Shannon Jig & Tool Ltd", "sales@shannonjig.example", "en-IE", "EUR",
           "2026-11-26", [("SJ-DOWEL-8", "Doweling jig, 8 mm", 20, "EA", "34.50", "2026-12-17"),
                          ("SJ-POCKET", "Pocket hole jig kit", 12, "SET", "58.00", "2026-12-17")], buyer="marco")
    text = """Hi Marco,

Both lines grand, we can get them out to you for Thursday the 17th.
Just one thing - the pocket hole kits went up to €61.50 in the October price list, sorry, so that's what we'll invoice. The doweling jigs stay at €34.50.

Thanks a million,
Ciarán O'Sullivan
Shannon Jig & Tool Ltd, Smithstown Industrial Estate, Shannon, Co. Clare V14 X2R8
+353 61 364 810"""
    eml = reply(p, ("Ciarán O'Sullivan", "ciaran@shannonjig.example"), date_hdr("2026-11-27 11:20:05", "+0000"),
                "<DU0PR07MB9011F2E3D4C5@DU0PR07MB9011.eurprd07.prod.outlook.example>", text,
                outlook_quote(p, sent="Thursday 26 November 2026 07:31", sep=None))
    exp = expected("confirmation", "'Thursday the 17th' after a 27 Nov mail = Thursday 2026-12-17 = requested. Line 1 accepted; line 2 price 58.00 -> 61.50.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="61.50")})])
    return [p], eml, exp


@case("mt-mt-contradictory-quantity", "needs_review", "mt-MT",
      "Maltese-English reply says 'confirmed all as per your PO' yet announces 150 pairs where the PO has 200 - contradictory.")
def c63():
    p = po("4500021764", "MSAFETY", "Malta Safety Supplies Ltd", "orders@maltasafety.example", "mt-MT", "EUR",
           "2026-11-24", [("KP-PRO-GEL", "Knee pads, gel, professional", 200, "PR", "11.20", "2026-12-14")])
    text = """Bongu Ingrid,

PO 4500021764 confirmed, all as per your PO. We will deliver 150 pairs on 14/12 together with your other order.

Grazzi,
Ray Camilleri
Malta Safety Supplies Ltd | Triq l-Industrija, Qormi QRM 3000 | +356 2149 8820 | VAT MT1844 2217"""
    eml = reply(p, ("Ray Camilleri", "ray@maltasafety.example"), date_hdr("2026-11-25 10:03:47"),
                "<4a5b6c7d.ray@maltasafety.example>", text,
                gmail_quote(p, "On Tue, 24 Nov 2026, 08:31 Ingrid Halvorsen, <ingrid.halvorsen@halvorsen-supply.example> wrote:"))
    exp = expected("needs_review", "'All as per your PO' contradicts '150 pairs' (PO: 200); a careful buyer cannot tell whether 150 or 200 are committed, so it needs a human.")
    return [p], eml, exp


@case("sq-al-qmail-bounce", "bounce", "sq-AL",
      "qmail-style 'failure notice' bounce (no DSN part) quoting our PO mail; the recipient domain has no mailbox.")
def c64():
    p = po("4500021765", "TIRANAT", "Tirana Tools Sh.p.k.", "porosi@tiranatools.example", "sq-AL", "EUR",
           "2026-11-26", [("SK-KRP-600", "Prerëse pllakash 600 mm", 10, "EA", "52.00", "2027-01-15")], buyer="tomas")
    od = date_hdr("2026-11-26 08:31:00")
    text = """Hi. This is the qmail-send program at mx.tiranatools.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<porosi@tiranatools.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""" + original_headers(p, od).replace("ingrid.halvorsen", "tomas.lindqvist").replace("Ingrid Halvorsen", "Tomas Lindqvist") + "\n\n" + request_text(p)
    eml = mail(p, (None, "MAILER-DAEMON@mx.tiranatools.example"), "failure notice", date_hdr("2026-11-26 07:31:09", "+0000"),
               "<20261126073109.29114.qmail@mx.tiranatools.example>", leaf(text, "plain", "utf-8", "8bit"),
               reply=False, to="tomas.lindqvist@halvorsen-supply.example", mime_version=False)
    exp = expected("bounce", "qmail failure notice (#5.1.1); the copy of our PO below it is not an answer.")
    return [p], eml, exp


@case("mk-mk-variant-question", "needs_review", "mk-MK",
      "Macedonian reply asking whether the magnets are needed with or without test certificate (different price) before confirming.")
def c65():
    p = po("4500021766", "MAGSKOP", "Магнети Скопје ДООЕЛ", "prodazba@magneti-skopje.example", "mk-MK", "EUR",
           "2026-11-26", [("MG-PERM-600", "Permanent lifting magnet 600 kg", 5, "EA", "312.00", "2027-01-19")], buyer="tomas")
    text = """Почитуван г. Линдквист,

Ви благодариме за нарачката 4500021766.
Пред да потврдиме, ве молиме кажете ни дали магнетите ви требаат со сертификат за тестирање (EN 13155) или без. Со сертификат цената е 338,00 € по парче, без сертификат 312,00 €.
Рокот на испорака ќе го потврдиме штом добиеме одговор.

Со почит,
Бојан Стојановски
Магнети Скопје ДООЕЛ, ул. 1632 бр. 14, Скопје
тел. +389 2 320 44 18"""
    eml = reply(p, ("Бојан Стојановски", "bojan@magneti-skopje.example"), date_hdr("2026-11-27 09:31:00"),
                "<001a01dd8412$77665544$aabbccdd$@magneti-skopje.example>", text,
                outlook_quote(p, ("Од", "Испратено", "До", "Предмет"), sent="четврток, 26 ноември 2026 08:31", sep=None),
                charset="iso-8859-5", cte="quoted-printable", subject="RE: " + request_subject(p), sub_charset="iso-8859-5")
    exp = expected("needs_review", "A question with two price options; the delivery time will be confirmed after our answer. Nothing committed.")
    return [p], eml, exp


@case("ka-ge-customs-question", "needs_review", "ka-GE",
      "Georgian reply asking for the consignee's EORI number and Incoterms before confirming a date; quotes price but commits to nothing.")
def c66():
    p = po("4500021767", "KIBEGE", "შპს კიბე-საქართველო", "sales@kibe-ge.example", "ka-GE", "USD",
           "2026-11-26", [("RL-8M", "Rope ladder 8 m, steel rungs", 12, "EA", "96.00", "2027-01-25")], buyer="tomas")
    text = """გამარჯობა ბატონო ტომას,

მადლობა შეკვეთისთვის 4500021767.
დადასტურებამდე გთხოვთ მოგვაწოდოთ მიმღების EORI ნომერი და მიწოდების პირობები (Incoterms) — საბაჟო დოკუმენტებისთვის გვჭირდება.
ფასი და მიწოდების ვადა დავადასტურებთ თქვენი პასუხის მიღების შემდეგ.

პატივისცემით,
ნინო ბერიძე
შპს კიბე-საქართველო, თბილისი
ტელ: +995 32 243 17 70"""
    eml = reply(p, ("Nino Beridze", "nino.beridze@kibe-ge.example"), date_hdr("2026-11-27 13:00:40", "+0400"),
                "<CAHn3Wq9=Lm4@mail.kibe-ge.example>", text,
                gmail_quote(p, "On Thu, Nov 26, 2026 at 11:31 AM Tomas Lindqvist <tomas.lindqvist@halvorsen-supply.example> wrote:"),
                cte="base64")
    exp = expected("needs_review", "Asks for EORI and Incoterms; price and delivery date will be confirmed only after our reply.")
    return [p], eml, exp


@case("hy-am-dispatch-other-order", "unrelated", "hy-AM",
      "Armenian dispatch notice with tracking number and dates for a different, earlier PO (4500020877), not the open one.")
def c67():
    p = po("4500021768", "YERVAN", "Երևան Գործիք ՍՊԸ", "sales@yerevan-gortsiq.example", "hy-AM", "USD",
           "2026-11-27", [("ML-RUB-450", "Rubber mallet 450 g", 80, "EA", "5.40", "2027-01-22")], buyer="tomas")
    text = """Հարգելի պարոն Լինդքվիստ,

Տեղեկացնում ենք, որ Ձեր 4500020877 պատվերը առաքվել է 27.11.2026-ին։
Բեռնափոխադրող՝ DHL Express, հետևման համար՝ 4417 8830 21։
Սպասվող առաքումը Drammen՝ 02.12.2026։

Հարգանքով,
Արմեն Պետրոսյան
Երևան Գործիք ՍՊԸ, Երևան, Արշակունյաց պող. 34
հեռ. +374 10 44 18 72"""
    eml = mail(p, ("Armen Petrosyan", "armen@yerevan-gortsiq.example"), "Առաքման ծանուցում / Dispatch notice 4500020877",
               date_hdr("2026-11-27 16:10:00", "+0400"), "<dispatch-4500020877.1@yerevan-gortsiq.example>",
               leaf(text, "plain", "utf-8", "quoted-printable"), reply=False)
    exp = expected("unrelated", "Shipping notice for another order (4500020877); the open PO 4500021768 is not answered.")
    return [p], eml, exp


@case("kk-kz-kazakh-tenge", "confirmation", "kk-KZ",
      "Kazakh reply with space-grouped tenge prices ('7 850,00 тг') and 'ж.' year suffix; line 2 repriced and a week later.")
def c68():
    p = po("4500021769", "BALGA", "«Балға-Құрал» ЖШС", "sales@balga-qural.example", "kk-KZ", "KZT",
           "2026-11-27", [("BL-RUB-680", "Резеңке балға 680 г", 80, "EA", "2950.00", "2027-01-20"),
                          ("BL-DB-1000", "Серпілмейтін балға 1000 г", 30, "EA", "7400.00", "2027-01-20")], buyer="marco")
    text = """Сәлеметсіз бе, Марко!

4500021769 тапсырысыңызды растаймыз:
1-позиция: 80 дана, бағасы 2 950,00 тг, жеткізу 20.01.2027 ж.
2-позиция: 30 дана, бағасы 7 850,00 тг, жеткізу 27.01.2027 ж.

Құрметпен,
Айгерім Сапарова
«Балға-Құрал» ЖШС, Алматы қ., Сүйінбай даңғ. 212
тел. +7 727 355 12 40, БСН 150540012233"""
    eml = reply(p, ("Айгерім Сапарова", "aigerim@balga-qural.example"), date_hdr("2026-11-30 10:25:00", "+0500"),
                "<1764480300.5512@balga-qural.example>", text,
                "27.11.2026, 13:31, \"Marco Bellini\" <marco.bellini@halvorsen-supply.example>:\n" + gt_quote(request_text(p)),
                subject="Re: " + request_subject(p))
    exp = expected("confirmation", "Line 1 as ordered; line 2 price 7400.00 -> 7850.00 and date 2027-01-27.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="7850.00", date="2027-01-27")})])
    return [p], eml, exp


@case("bn-bd-ticket-autoack", "auto_reply", "bn-BD",
      "Bengali/English helpdesk auto-acknowledgement with a ticket number and SLA hours; looks like a receipt but is automatic.")
def c69():
    p = po("4500021770", "DHKSAFE", "Dhaka Safety Gear Ltd.", "orders@dhakasafety.example", "bn-BD", "USD",
           "2026-11-27", [("KP-EVA-01", "Knee pad EVA foam", 1200, "PR", "1.35", "2027-02-08")], buyer="aisha")
    text = """প্রিয় গ্রাহক,

আপনার ইমেইলটি আমরা পেয়েছি। আপনার টিকিট নম্বর: DSG-2026-118842।
আমাদের বিক্রয় দল ২৪ কর্মঘণ্টার মধ্যে আপনার সাথে যোগাযোগ করবে।

Dear Customer, we have received your e-mail. Ticket no. DSG-2026-118842. Our sales team will respond within 24 working hours.

এটি একটি স্বয়ংক্রিয় বার্তা, অনুগ্রহ করে উত্তর দেবেন না।
Dhaka Safety Gear Ltd. | Plot 18, Tongi I/A, Gazipur-1710 | +880 2 9813 4410"""
    eml = reply(p, ("Dhaka Safety Gear Support", "noreply@dhakasafety.example"), date_hdr("2026-11-27 13:31:12", "+0600"),
                "<ticket.DSG-2026-118842@helpdesk.dhakasafety.example>", text,
                subject="[Ticket DSG-2026-118842] RE: " + request_subject(p), cte="base64",
                extra=("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Precedence: bulk"))
    exp = expected("auto_reply", "Helpdesk auto-acknowledgement (ticket number, 24 h SLA); no human commitment.")
    return [p], eml, exp


@case("ta-in-gmail-dsn-delay-then-fail", "bounce", "ta-IN",
      "Gmail 'Delivery Status Notification (Failure)' for the Tamil Nadu supplier (DNS error: domain not found), HTML+text and DSN parts.")
def c70():
    p = po("4500021771", "KOVAIPB", "Kovai Paint Brush Industries", "orders@kovaibrush.example", "ta-IN", "INR",
           "2026-11-27", [("PB-ECO-25", "Paint brush 1 in, synthetic", 1000, "PC", "18.50", "2027-01-29"),
                          ("PB-ECO-75", "Paint brush 3 in, synthetic", 500, "PC", "42.00", "2027-01-29")], buyer="aisha")
    t = """** Address not found **

Your message wasn't delivered to orders@kovaibrush.example because the domain kovaibrush.example couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:

DNS Error: DNS type 'mx' lookup of kovaibrush.example responded with code NXDOMAIN Domain name not found: kovaibrush.example"""
    h = "<html><body><h2>Address not found</h2><p>Your message wasn't delivered to <b>orders@kovaibrush.example</b> because the domain kovaibrush.example couldn't be found.</p><p>DNS Error: DNS type 'mx' lookup of kovaibrush.example responded with code NXDOMAIN</p></body></html>"
    ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 27 Nov 2026 00:31:00 -0800 (PST)
X-Original-Message-ID: <po-4500021771.1@halvorsen-supply.example>

Final-Recipient: rfc822; orders@kovaibrush.example
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of kovaibrush.example responded with code NXDOMAIN
Last-Attempt-Date: Fri, 27 Nov 2026 00:31:02 -0800 (PST)"""
    od = date_hdr("2026-11-27 08:31:00")
    inner = multipart("alternative", [leaf(t, "plain", "utf-8", "quoted-printable"), leaf(h, "html", "utf-8", "quoted-printable")],
                      "000000000000aa11bb22cc33dd44")
    body = multipart("report", [inner, ("Content-Type: message/delivery-status\n\n" + ds).encode(),
                                ("Content-Type: message/rfc822\n\n" + original_headers(p, od).replace("ingrid.halvorsen", "aisha.rahman")
                                 .replace("Ingrid Halvorsen", "Aisha Rahman") + "\n\n" + request_text(p)).encode()],
                     "000000000000bb22cc33dd44ee55", "; report-type=delivery-status")
    eml = mail(p, ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "Delivery Status Notification (Failure)",
               date_hdr("2026-11-27 00:31:03", "-0800"), "<6745b1e7.0a1b2c3d.dsn.failure@mx.google.example>", body,
               to="aisha.rahman@halvorsen-supply.example", reply=True, extra=("Auto-Submitted: auto-replied",))
    exp = expected("bounce", "Gmail DSN failure (NXDOMAIN); it threads with In-Reply-To to our request but carries no answer.")
    return [p], eml, exp
