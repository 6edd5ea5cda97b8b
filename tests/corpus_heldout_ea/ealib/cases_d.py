# -*- coding: utf-8 -*-
from .common import *  # noqa


# 055
@case("ar-flashlights-ajuste-5", "confirmation", "es-AR",
      "Argentine Spanish with '$ 19.425,00' (dot thousands) after a 5% list adjustment; 'viernes 11/12' day-first.")
def c055():
    s = sup("LINPLA", "Linternas del Plata S.A.", "ventas@linternasdelplata.example", "es-AR")
    po = mkpo("4500031056", s, "ARS", "2026-11-09", [
        ("LP-LIN-R5", "Rechargeable LED flashlight 500 lm", 60, "EA", "18500.00", "2026-12-11"),
        ("LP-LIN-AA", "LED flashlight 2xAA aluminium", 150, "EA", "7200.00", "2026-12-11")])
    body = """Hola Dana, ¿cómo estás?

Te confirmo el pedido 4500031056:
Ítem 1: 60 unidades a $ 19.425,00 c/u (ajuste de lista de noviembre del 5%).
Ítem 2: 150 unidades a $ 7.200,00 c/u.
Entrega de todo el viernes 11/12.

Saludos,
Martín Gómez
Linternas del Plata S.A. | Av. Warnes 1234, CABA | (011) 4555-1234 | CUIT 30-12345678-9
"""
    eml = reply(po, "Martín Gómez", s["email"], "Mon, 16 Nov 2026 11:20:47 -0300",
                "<CAGp3Tz8vL@mail.gmail.example>", body,
                q_gmail(po, "El lun, 9 nov 2026 a las 10:12, Dana Ruiz (<dana.ruiz@buyer.example>) escribió:"))
    return [po], eml, exp("confirmation",
        "Item 1: 18500 +5% = 19425.00 (stated), qty/date unchanged; item 2 as ordered; 'viernes 11/12' = Fri 2026-12-11 = requested.",
        conf(po, {1: C(po, 1, p="19425.00"), 2: A(po, 2)}))


# 056
@case("cl-gmail-dsn-address-not-found", "bounce", "es-CL",
      "Gmail 'Delivery Status Notification (Failure)' for the Chilean supplier's address, with delivery-status part.")
def c056():
    s = sup("FANDI", "Ferretería Andina SpA", "ventas@ferreteriaandina.example", "es-CL")
    po = mkpo("4500031057", s, "CLP", "2026-11-10", [
        ("FA-BIS-35", "Butt hinge 3.5\", steel, pair", 400, "PR", "1290", "2026-12-16"),
        ("FA-BIS-4", "Butt hinge 4\", brass finish, pair", 200, "PR", "2150", "2026-12-16")])
    mid = "<5f8c2a1b.0a2e.mailer-daemon@googlemail.example>"
    t = text("""
** Address not found **

Your message wasn't delivered to ventas@ferreteriaandina.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.example/mail/answer/6596

The response from the remote server was:
550 5.1.1 <ventas@ferreteriaandina.example>: Recipient address rejected: User unknown in local recipient table
""", "utf-8", "quoted-printable")
    h = html("<p><b>Address not found</b></p><p>Your message wasn't delivered to <b>ventas@ferreteriaandina.example</b>"
             " because the address couldn't be found, or is unable to receive mail.</p><p>The response from the remote"
             " server was:<br>550 5.1.1 &lt;ventas@ferreteriaandina.example&gt;: Recipient address rejected: User "
             "unknown in local recipient table</p>")
    ds = Part([("Content-Type", "message/delivery-status")], b"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; dana.ruiz@buyer.example
Arrival-Date: Tue, 10 Nov 2026 05:12:11 -0800 (PST)
X-Original-Message-ID: <po-4500031057.1@buyer.example>

Final-Recipient: rfc822; ventas@ferreteriaandina.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.ferreteriaandina.example. (200.1.2.3, the server for the domain ferreteriaandina.example.)
Diagnostic-Code: smtp; 550 5.1.1 <ventas@ferreteriaandina.example>: Recipient address rejected: User unknown in local recipient table
Last-Attempt-Date: Tue, 10 Nov 2026 05:12:13 -0800 (PST)
""")
    oh = Part([("Content-Type", "text/rfc822-headers")],
              ("From: Dana Ruiz <dana.ruiz@buyer.example>\nTo: ventas@ferreteriaandina.example\nSubject: %s\n"
               "Date: Tue, 10 Nov 2026 10:12:09 -0300\nMessage-ID: %s\n" % (req_subject(po), po["request_message_id"])).encode())
    root = mp("report; report-type=delivery-status", [mp("related", [mp("alternative", [t, h], bnd(mid, 1))], bnd(mid, 3)), ds, oh], bnd(mid, 2))
    hs = [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>"), ("To", "dana.ruiz@buyer.example"),
          ("Subject", "Delivery Status Notification (Failure)"), ("Date", "Tue, 10 Nov 2026 05:12:14 -0800"),
          ("Message-ID", mid), ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
          ("Auto-Submitted", "auto-replied")]
    return [po], msg(hs, root), exp("bounce", "Gmail DSN: address not found (5.1.1); the request never arrived.")


# 057
@case("co-hoses-closed-december-contradiction", "needs_review", "es-CO",
      "Colombian reply confirms delivery on 14 December but the same mail says the warehouse is closed all December.")
def c057():
    s = sup("RIEGCO", "Riegos de Colombia S.A.S.", "ventas@riegoscolombia.example", "es-CO")
    po = mkpo("4500031058", s, "COP", "2026-11-06", [
        ("RC-MAN-12", "Garden hose 1/2\" x 15 m", 200, "ROL", "38000", "2026-12-14"),
        ("RC-MAN-34", "Garden hose 3/4\" x 30 m", 80, "ROL", "92000", "2026-12-14"),
        ("RC-PIS-8", "Spray nozzle 8 functions", 200, "EA", "15500", "2026-12-14")])
    body = """Buenas tardes Dana,

Confirmamos la orden de compra 4500031058 tal como viene, entrega el 14 de diciembre.

Te recuerdo que por inventario de fin de año nuestra bodega está cerrada del 1 al 31 de diciembre y los despachos se reanudan a partir del 4 de enero.

Cordialmente,
Carolina Restrepo
Asesora Comercial - Riegos de Colombia S.A.S.
PBX (604) 444 5566 ext. 108 | Cel. 310 555 6677 | NIT 900.123.456-7
"""
    eml = reply(po, "Carolina Restrepo", s["email"], "Wed, 11 Nov 2026 16:32:10 -0500",
                "<CAN7rL4xYq@mail.gmail.example>", body,
                q_gmail(po, "El vie, 6 nov 2026 a las 4:12 a.m., Dana Ruiz (<dana.ruiz@buyer.example>) escribió:"))
    return [po], eml, exp("needs_review",
        "Contradictory: delivery 14 December is confirmed, but dispatch is said to be impossible from 1 to 31 December. A careful buyer cannot tell which date holds and must ask.")


# 058
@case("cat-piano-hinges-dimarts", "confirmation", "ca-ES",
      "Catalan reply: new stainless price on line 2 and delivery 'dimarts 15 de desembre' (= requested date).")
def c058():
    s = sup("FPUIG", "Ferros Puig S.L.", "comandes@ferrospuig.example", "ca-ES")
    po = mkpo("4500031059", s, "EUR", "2026-11-05", [
        ("FP-FRA-60", "Piano hinge 60 mm x 2 m, steel", 100, "EA", "6.40", "2026-12-15"),
        ("FP-FRA-INOX", "Piano hinge 32 mm x 2 m, stainless", 40, "EA", "11.90", "2026-12-15")])
    body = """Bon dia Dana,

Us confirmem la comanda 4500031059:
- Línia 1: 100 unitats a 6,40 €.
- Línia 2: 40 unitats a 12,60 € (nou preu de l'inox des de l'1 de novembre).

Lliurament de tot dimarts 15 de desembre.

Salutacions,
Jordi Puig i Ferrer
Ferros Puig S.L. | Carrer de la Indústria 45, 08208 Sabadell | 93 712 34 56 | NIF B-08123456
"""
    eml = reply(po, "Jordi Puig", s["email"], "Mon, 9 Nov 2026 09:17:35 +0100",
                "<8c7b6a5f-4e3d-2c1b@ferrospuig.example>", body, q_outlook(po, None, ("De", "Enviat", "Per a", "Assumpte")),
                charset="iso-8859-15")
    return [po], eml, exp("confirmation",
        "Line 1 as ordered; line 2 price 12.60 instead of 11.90. 'Dimarts 15 de desembre' = 2026-12-15 (a Tuesday) = requested.",
        conf(po, {1: A(po, 1), 2: C(po, 2, p="12.60")}))


# 059
@case("ie-foam-per-box-of-12", "confirmation", "en-IE",
      "Irish reply quoting per box of 12 (78.00/box = 6.50 unchanged; 81.00/box = 6.75 changed), ship 7th vs delivery Wednesday 9th.")
def c059():
    s = sup("ATLBS", "Atlantic Building Supplies Ltd", "orders@atlanticbuilding.example", "en-IE")
    po = mkpo("4500031060", s, "EUR", "2026-11-04", [
        ("AB-FOAM-750", "Expanding foam 750 ml, gun grade", 240, "EA", "6.50", "2026-12-09"),
        ("AB-FOAM-FR", "Fire-rated expanding foam 750 ml", 120, "EA", "6.60", "2026-12-09"),
        ("AB-CLN-500", "Foam gun cleaner 500 ml", 48, "EA", "3.20", "2026-12-09")])
    body = """Hi Dana,

Thanks for the order, all sorted:

Line 1 - 20 boxes of 12 @ €78.00/box
Line 2 - 10 boxes of 12 @ €81.00/box (the FR foam went up in October, sorry about that)
Line 3 - 4 boxes of 12 @ €38.40/box

All going out on the 7th, with you Wednesday 9th December.

Kind regards,
Siobhán Murphy
Atlantic Building Supplies Ltd | Unit 4, Ballybrit Business Park, Galway | +353 91 123 456

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Atlantic Building Supplies Ltd, registered in Ireland No. 123456, VAT IE 1234567T.
"""
    eml = reply(po, "Siobhán Murphy", s["email"], "Thu, 5 Nov 2026 12:09:58 +0000",
                "<DU0PR03MB8120C1@DU0PR03MB8120.eurprd03.prod.outlook.example>", body, q_outlook(po))
    return [po], eml, exp("confirmation",
        "Per-box prices over 12 units: line 1 78.00/12 = 6.50 (as ordered), line 2 81.00/12 = 6.75 (was 6.60), line 3 38.40/12 = 3.20. Quantities 20x12, 10x12, 4x12 match. Delivery Wed 9 Dec wins over ship date 7th = requested.",
        conf(po, {1: A(po, 1), 2: C(po, 2, p="6.75"), 3: A(po, 3)}))


# 060
@case("mt-jigsaw-partial-ship-question", "needs_review", "mt-MT",
      "Maltese reply: only 40 of 100 in stock, asks whether to ship partially or wait; confirmation follows the answer.")
def c060():
    s = sup("MEDT", "Mediterranean Tools Ltd", "orders@medtools.example", "mt-MT")
    po = mkpo("4500031061", s, "EUR", "2026-11-06", [
        ("MT-JS-T101", "Jigsaw blades T101B, 5 pcs", 100, "SET", "2.95", "2026-12-14")])
    body = """Bonġu Dana,

Grazzi tal-ordni 4500031061. Bħalissa għandna biss 40 mill-100 sett fl-istokk, il-bqija jaslu f'Jannar.

Tippreferi nibagħtulkom is-40 issa u l-bqija f'Jannar, jew nistennew u nibagħtu kollox flimkien? Ladarba tgħidilna, nikkonfermaw l-ordni bid-dati.

Saħħa,
Karl Borg
Mediterranean Tools Ltd | Triq l-Industrija, Qormi | +356 2144 5566
"""
    eml = reply(po, "Karl Borg", s["email"], "Tue, 10 Nov 2026 10:41:19 +0100",
                "<b2c3d4e5.medtools@mail.medtools.example>", body, q_gmail(po))
    return [po], eml, exp("needs_review",
        "Supplier asks us to choose between a partial shipment now or one complete shipment in January and will confirm only after that; nothing committed.")


# 061
@case("al-scales-within-3-weeks", "confirmation", "sq-AL",
      "Albanian reply: delivery 'brenda 3 javëve nga sot' (within 3 weeks of the mail date), earlier than requested.")
def c061():
    s = sup("SHQIP", "Peshore Shqiponja Sh.p.k.", "shitje@shqiponja.example", "sq-AL")
    po = mkpo("4500031062", s, "EUR", "2026-11-06", [
        ("PS-PK-5", "Kitchen scale 5 kg, digital", 120, "EA", "8.90", "2026-12-04")])
    body = """Përshëndetje Dana,

Konfirmojmë porosinë 4500031062: 120 copë peshore kuzhine 5 kg me çmim 8,90 € copa.
Dorëzimi brenda 3 javëve nga sot.

Me respekt,
Erion Hoxha
Peshore Shqiponja Sh.p.k. | Rruga e Durrësit, Tiranë | +355 4 223 4567 | NIPT L12345678A
"""
    eml = reply(po, "Erion Hoxha", s["email"], "Wed, 11 Nov 2026 09:30:00 +0100",
                "<20261111083000.eh@shqiponja.example>", body, q_gmail(po))
    return [po], eml, exp("confirmation",
        "Qty and price as ordered; '3 weeks from today' relative to the Date header 2026-11-11 = 2026-12-02, earlier than the requested 2026-12-04 -> changed date.",
        conf(po, {1: C(po, 1, d="2026-12-02")}))


# 062
@case("mk-lamp-holders-delay-question", "needs_review", "mk-MK",
      "Macedonian Cyrillic reply asking whether a two-week delay is acceptable before confirming.")
def c062():
    s = sup("ELVAR", "Elektro Vardar DOOEL", "prodazba@elektrovardar.example", "mk-MK")
    po = mkpo("4500031063", s, "EUR", "2026-11-05", [
        ("EV-GR-E27", "E27 lamp holder, thermoplastic", 1500, "PC", "0.34", "2026-12-18"),
        ("EV-GR-E14", "E14 lamp holder, thermoplastic", 1000, "PC", "0.31", "2026-12-18")])
    body = """Почитувана Дана,

Ви благодариме за нарачката 4500031063.

Поради доцнење на суровините, можеме да испорачаме околу две недели подоцна од бараниот рок. Дали тоа ви одговара? Ако да, ќе ја потврдиме нарачката со точен датум.

Со почит,
Александар Стојанов
Електро Вардар ДООЕЛ, Скопје | тел. +389 2 312 3456
"""
    eml = reply(po, "Александар Стојанов", s["email"], "Mon, 9 Nov 2026 15:55:42 +0100",
                "<a9b8c7d6e5.stojanov@elektrovardar.example>", body, q_outlook(po), charset="iso-8859-5",
                hcharset="iso-8859-5")
    return [po], eml, exp("needs_review",
        "Question before confirming ('about two weeks later, is that OK?'); no exact date and no commitment.")


# 063
@case("ge-sendmail-spam-reject", "bounce", "ka-GE",
      "Classic sendmail 'Returned mail: see transcript for details' (550 5.7.1 rejected as spam) in multipart/report.")
def c063():
    s = sup("KAVK", "Kavkasia Trade LLC", "orders@kavkasiatrade.example", "ka-GE")
    po = mkpo("4500031064", s, "USD", "2026-11-10", [
        ("KT-BKT-12", "Mop bucket 12 l with wringer", 300, "EA", "4.20", "2027-01-18"),
        ("KT-BKT-MOP", "Cotton mop head 350 g", 600, "EA", "1.10", "2027-01-18")])
    mid = "<202611100912.6AA9C1x8012345@relay.buyer.example>"
    t = text("""The original message was received at Tue, 10 Nov 2026 10:12:30 +0100
from mail.buyer.example [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<orders@kavkasiatrade.example>
    (reason: 550 5.7.1 Message rejected as spam by Content Filtering)

   ----- Transcript of session follows -----
... while talking to mx.kavkasiatrade.example.:
>>> DATA
<<< 550 5.7.1 Message rejected as spam by Content Filtering
554 5.0.0 Service unavailable
""", "us-ascii", "7bit")
    ds = Part([("Content-Type", "message/delivery-status")], b"""Reporting-MTA: dns; relay.buyer.example
Arrival-Date: Tue, 10 Nov 2026 10:12:30 +0100

Final-Recipient: RFC822; orders@kavkasiatrade.example
Action: failed
Status: 5.7.1
Remote-MTA: DNS; mx.kavkasiatrade.example
Diagnostic-Code: SMTP; 550 5.7.1 Message rejected as spam by Content Filtering
Last-Attempt-Date: Tue, 10 Nov 2026 10:12:33 +0100
""")
    orig = Part([("Content-Type", "message/rfc822")],
                ("From: Dana Ruiz <dana.ruiz@buyer.example>\nTo: orders@kavkasiatrade.example\nSubject: %s\n"
                 "Date: Tue, 10 Nov 2026 10:12:28 +0100\nMessage-ID: %s\nContent-Type: text/plain; charset=us-ascii\n\n%s"
                 % (req_subject(po), po["request_message_id"], req_body(po))).encode())
    root = mp("report; report-type=delivery-status", [t, ds, orig], "6AA9C1x8012345.1762765953/relay.buyer.example")
    hs = [("From", "Mail Delivery Subsystem <MAILER-DAEMON@relay.buyer.example>"), ("To", "<dana.ruiz@buyer.example>"),
          ("Subject", "Returned mail: see transcript for details"), ("Date", "Tue, 10 Nov 2026 10:12:33 +0100"),
          ("Message-ID", mid), ("Auto-Submitted", "auto-generated (failure)")]
    return [po], msg(hs, root), exp("bounce",
        "Sendmail DSN (rejected as spam); the attached original with its PO table is our own message.")


# 064
@case("am-shipping-notice-other-order", "unrelated", "hy-AM",
      "Armenian shipping notice (waybill, dates, quantities) for a different PO number than the open one.")
def c064():
    s = sup("ARARAT", "Ararat Hardware CJSC", "sales@ararathardware.example", "hy-AM")
    po = mkpo("4500031065", s, "USD", "2026-11-09", [
        ("AH-SI-60", "Soldering iron 60 W", 80, "EA", "7.40", "2026-12-21"),
        ("AH-SW-250", "Solder wire 1 mm, 250 g", 60, "ROL", "6.10", "2026-12-21")])
    body = """Հարգելի գործընկեր,

Ձեր 4500029411 պատվերն առաքվել է։
Բեռնագիր՝ AM-3321-88
Առաքման ամսաթիվ՝ 12.11.2026
Ակնկալվող ժամանում՝ 19.11.2026
Տեղերի քանակ՝ 3 արկղ, 42 կգ

Your order 4500029411 has been shipped. Waybill AM-3321-88, shipped 12.11.2026, ETA 19.11.2026.

Հարգանքով,
Ararat Hardware CJSC - Logistics
+374 10 123456
"""
    eml = reply(po, "Ararat Hardware Logistics", "logistics@ararathardware.example", "Thu, 12 Nov 2026 17:05:00 +0400",
                "<ship-4500029411.20261112@ararathardware.example>", body,
                subject="Առաքման ծանուցում / Shipping notice 4500029411", is_reply=False)
    return [po], eml, exp("unrelated",
        "Dispatch advice for another order (4500029411); PO 4500031065 is not mentioned.")


# 065
@case("kz-nailers-45-working-days-conflict", "needs_review", "kk-KZ",
      "Kazakh/Russian reply 'confirms' with delivery 15.12.2026 but its terms say 45 working days after 100% prepayment.")
def c065():
    s = sup("QURAL", "TOO Qural Trade", "sales@qural.example", "kk-KZ")
    po = mkpo("4500031066", s, "KZT", "2026-11-06", [
        ("QT-NG-F50", "Pneumatic brad nailer 18 ga", 20, "EA", "45000.00", "2026-12-15"),
        ("QT-NG-ST80", "Pneumatic stapler 80 series", 10, "EA", "52000.00", "2026-12-15")])
    body = """Сәлеметсіз бе, Дана!

Подтверждаем заказ 4500031066:
поз. 1 - 20 шт. по 45 000,00 ₸
поз. 2 - 10 шт. по 52 000,00 ₸
Поставка 15.12.2026.

Условия: 100% предоплата, срок поставки 45 рабочих дней с момента поступления оплаты.

С уважением,
Айгерим Сейткали
ТОО «Qural Trade», г. Алматы, +7 727 123 45 67, БИН 123456789012
"""
    eml = reply(po, "Айгерим Сейткали", s["email"], "Mon, 16 Nov 2026 12:00:14 +0500",
                "<1763276414.as@qural.example>", body, q_gmail(po))
    return [po], eml, exp("needs_review",
        "Self-contradictory: delivery 15.12.2026 vs 45 working days after 100% prepayment (no earlier than mid/late January), plus a prepayment condition. The committed date cannot be determined.")


# 066
@case("sg-rollers-answers-one-of-two", "confirmation", "en-SG",
      "Two open POs from the same supplier; the reply answers only the second and merely mentions the first (left out).")
def c066():
    s = sup("LIONC", "Lion City Hardware Pte Ltd", "sales@lioncityhardware.example", "en-SG")
    pa = mkpo("4500031067", s, "SGD", "2026-11-03", [
        ("LC-PR-9", "Paint roller 9\" refill, medium pile", 400, "EA", "2.80", "2026-12-07"),
        ("LC-PT-9", "Paint tray 9\", plastic", 200, "EA", "1.90", "2026-12-07")])
    pb = mkpo("4500031068", s, "SGD", "2026-11-09", [
        ("LC-PR-4", "Mini roller kit 4\"", 150, "SET", "6.50", "2026-12-14"),
        ("LC-EX-2", "Extension pole 2 m", 60, "EA", "12.80", "2026-12-14")])
    body = """Hi Dana,

For PO 4500031068 - confirmed:
- Mini roller kits 4": 150 sets @ S$6.50
- Extension poles 2 m: 60 pcs @ S$13.40 (new price from our supplier)
Delivery 14/12 for both.

Regarding PO 4500031067, my colleague Wei Ling will reply you separately.

Thanks & regards,
Tan Jun Hao
Lion City Hardware Pte Ltd | 21 Woodlands Close #05-12, Singapore 737854 | +65 6555 1234 | UEN 201912345K

DISCLAIMER: This email is confidential and may be privileged. If you are not the intended recipient, please delete it and notify us immediately. Lion City Hardware Pte Ltd accepts no liability for any loss caused by viruses.
"""
    eml = reply(pb, "Tan Jun Hao", s["email"], "Tue, 10 Nov 2026 14:48:03 +0800",
                "<SI2PR06MB5140A9@SI2PR06MB5140.apcprd06.prod.outlook.example>", body, q_outlook(pb))
    return [pa, pb], eml, exp("confirmation",
        "Only PO 4500031068 is answered: line 1 as ordered, line 2 price 13.40 instead of 12.80, 14/12 = 2026-12-14. PO 4500031067 is only mentioned ('colleague will reply') and is left out.",
        conf(pb, {1: A(pb, 1), 2: C(pb, 2, p="13.40")}))


# 067
@case("nz-rain-gauges-fw-warehouse-split", "confirmation", "en-NZ",
      "New-thread 'FW:' of an internal warehouse note: copper gauges split 12 + 8 with d/m dates without year.")
def c067():
    s = sup("KIWIW", "Kiwi Weather Instruments Ltd", "orders@kiwiweather.example", "en-NZ")
    po = mkpo("4500031069", s, "NZD", "2026-11-05", [
        ("KW-RG-CLR", "Clear plastic rain gauge 150 mm", 100, "EA", "14.90", "2027-02-01"),
        ("KW-RG-CU", "Copper rain gauge, garden", 20, "EA", "89.00", "2027-02-01")])
    body = """Hi Dana,

See below from our warehouse re your PO 4500031069 - the clear gauges are all good for 1 Feb, the copper ones we'll have to split as Mike says. Prices as per your order.

Cheers,
Hamish Reid
Kiwi Weather Instruments Ltd | 14 Sawyers Arms Rd, Christchurch | 03 355 1234 | 021 555 678

-----Original Message-----
From: Warehouse Christchurch <warehouse@kiwiweather.example>
Sent: Thursday, 12 November 2026 9:14 a.m.
To: Hamish Reid <hamish.reid@kiwiweather.example>
Subject: Stock check - Northgate order

Hamish - 100 x clear gauges in stock, can go for 1/2.
Copper: only 12 here, another 8 coming from Auckland. Can send the 12 on 1/2 and the 8 on 15/2.
Mike
"""
    eml = reply(po, "Hamish Reid", "hamish.reid@kiwiweather.example", "Thu, 12 Nov 2026 11:02:39 +1300",
                "<SY4P282MB1234F0@SY4P282MB1234.AUSP282.PROD.OUTLOOK.example>", body,
                subject="FW: Stock check - Northgate order", is_reply=False)
    return [po], eml, exp("confirmation",
        "No thread headers; the PO number is in the body. Line 1 as ordered (1/2 = 1 Feb 2027). Line 2 full 20 at PO price split 12 on 2027-02-01 and 8 on 2027-02-15 (day-first, no year -> next occurrence).",
        conf(po, {1: A(po, 1), 2: C(po, 2, sched=[(12, "2027-02-01"), (8, "2027-02-15")])}))


# 068
@case("cn-soldering-gbk-ship-vs-arrival", "confirmation", "zh-CN",
      "GBK base64 Simplified Chinese reply giving both a ship date (12/10) and an arrival date (12/23); the arrival date applies to all lines.")
def c068():
    s = sup("HUAXIN", "Shenzhen Huaxin Tools Co., Ltd.", "sales@huaxintools.example", "zh-CN")
    po = mkpo("4500031070", s, "USD", "2026-11-04", [
        ("HX-SI-936", "Soldering station 60 W, ESD", 100, "EA", "21.50", "2026-12-21"),
        ("HX-SI-60W", "Soldering iron 60 W adjustable, EU plug", 300, "EA", "4.80", "2026-12-21"),
        ("HX-TIP-900M", "Soldering tip 900M-T, 10 pcs", 200, "SET", "3.20", "2026-12-21")])
    body = """Dana 您好！

订单 4500031070 已确认，明细如下：
1. 936 防静电焊台 100台，单价 USD 21.50
2. 60W 可调温电烙铁（欧规插头）300支，单价 USD 4.80
3. 900M-T 烙铁头（10支装）200套，单价 USD 3.00（老客户优惠）

发货日期：2026年12月10日（深圳盐田港）
到货日期：2026年12月23日

如有问题请随时联系。
深圳华信工具有限公司 外贸部 王丽
电话：+86 755 8888 6666  微信：wangli_hx
"""
    eml = reply(po, "王丽", s["email"], "Wed, 11 Nov 2026 09:48:26 +0800",
                "<tencent_3F2E1D0C9B8A@qq.example>", body, q_outlook(po), charset="gbk", cte="base64",
                hcharset="gbk")
    return [po], eml, exp("confirmation",
        "Delivery (arrival) date 2026-12-23 wins over ship date 2026-12-10 for all lines. Line 3 price 3.00 instead of 3.20.",
        conf(po, {1: C(po, 1, d="2026-12-23"), 2: C(po, 2, d="2026-12-23"), 3: C(po, 3, p="3.00", d="2026-12-23")}))


# 069
@case("hk-bilingual-ooo", "auto_reply", "zh-HK",
      "Bilingual Traditional Chinese/English out-of-office with leave dates and an alternate contact.")
def c069():
    s = sup("KLNGW", "Kowloon Gardenware Ltd", "sales@kowloongardenware.example", "zh-HK")
    po = mkpo("4500031071", s, "HKD", "2026-11-16", [
        ("KG-HS-15", "Garden hose 15 m with reel", 100, "EA", "118.00", "2027-01-15")])
    body = """多謝來郵。本人由2026年11月16日至11月20日休假，期間未能處理電郵。如有急事，請聯絡陳小姐 (電話 +852 2345 6789，電郵 sales2@kowloongardenware.example)。

Thank you for your email. I am on leave from 16 to 20 Nov 2026 and will reply upon my return. For urgent matters please contact Ms Chan at +852 2345 6789 or sales2@kowloongardenware.example.

Kelvin Lau
"""
    eml = reply(po, "劉家豪 Kelvin Lau", s["email"], "Mon, 16 Nov 2026 09:00:12 +0800",
                "<auto.klau.20261116@kowloongardenware.example>", body, cte="base64",
                subject="自動回覆: " + req_subject(po), extra=[("Auto-Submitted", "auto-replied")])
    return [po], eml, exp("auto_reply", "Bilingual out-of-office auto reply.")


# 070
@case("za-af-tape-measures-split", "confirmation", "af-ZA",
      "Afrikaans reply: line 2 split 120 in December and 80 in January, rand amounts with decimal comma.")
def c070():
    s = sup("BOLAND", "Boland Gereedskap (Edms) Bpk", "bestellings@bolandgereedskap.example", "af-ZA")
    po = mkpo("4500031072", s, "ZAR", "2026-11-06", [
        ("BG-MB-5", "Tape measure 5 m", 400, "EA", "59.90", "2026-12-14"),
        ("BG-MB-8", "Tape measure 8 m", 200, "EA", "89.50", "2026-12-14")])
    body = """Goeiemôre Dana

Dankie vir die bestelling 4500031072.

Lyn 1: 400 stuks teen R59,90 elk, aflewering 14 Desember.
Lyn 2: ons het net 120 in voorraad. Die 120 word op 14 Desember afgelewer en die oorblywende 80 op 20 Januarie 2027, prys R89,50 elk.

Groete
Pieter van der Merwe
Boland Gereedskap (Edms) Bpk | Paarl | 021 872 1234 | BTW 4123456780
"""
    eml = reply(po, "Pieter van der Merwe", s["email"], "Tue, 10 Nov 2026 08:15:50 +0200",
                "<CAL9pV2dQ@mail.gmail.example>", body, q_gmail(po))
    return [po], eml, exp("confirmation",
        "Line 1 as ordered (14 December -> 2026-12-14). Line 2 full 200 at PO price, split 120 on 2026-12-14 and 80 on 2027-01-20.",
        conf(po, {1: A(po, 1), 2: C(po, 2, sched=[(120, "2026-12-14"), (80, "2027-01-20")])}))
