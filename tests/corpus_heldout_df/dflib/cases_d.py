# -*- coding: utf-8 -*-
from .common import *


@case("esar-pluviometro-discontinuado", "confirmation", "es-AR",
      "Argentine voseo reply: line 1 confirmed for 'el lunes 14/12', the professional gauge cannot be delivered (discontinued, no stock).")
def _():
    s = sup("PLUVAR", "Instrumentos del Plata S.R.L.", "ventas@instrumentosdelplata.example", "es-AR")
    p = po("4500033577", s, "dana", "USD", "2026-11-26", [
        L("IP-PLUV-130", "Rain gauge 130 mm, acrylic, graduated", 60, "EA", "9.50", "2026-12-14"),
        L("IP-PLUV-PRO", "Rain gauge, professional, 203 mm, stainless", 10, "EA", "64.00", "2026-12-14")])
    body = """Hola Dana, ¿cómo andás?

Te confirmo el pluviómetro de 130 mm: 60 unidades a USD 9,50, entrega el lunes 14/12.
El profesional de 203 mm no lo vamos a poder entregar: se discontinuó la fabricación local y no nos queda stock. Perdón.

Abrazo,
Martín Gómez
Instrumentos del Plata S.R.L. - Av. Belgrano 2150, C1094AAN CABA
Tel. (011) 4951-2233 | CUIT 30-71234567-9

""" + gt_quote(req_text(p), "El jue, 26 nov 2026 a las 5:12, Dana Ruiz (<dana.ruiz@calderfinch.example>) escribió:")
    part = alt(body, to_html(body, "Arial"), "0000000000001f2c6a05f2e3c4d5")
    return [p], reply(p, "Martín Gómez", "mgomez@instrumentosdelplata.example", when(2026, 11, 27, 10, 40, -3), part,
                      style="gmail"), \
        conf([(p, {1: A, 2: R})],
             "Line 1 as ordered (lunes 14/12 = Mon 2026-12-14, price 9,50). Line 2 cannot be delivered (discontinued) -> rejected.")


@case("esco-cepillos-partial-question", "needs_review", "es-CO",
      "Colombian supplier has 600 of 1,000 brushes and asks whether we want a partial shipment now or everything in January before confirming dates.")
def _():
    s = sup("CEPCOL", "Cepillos Andinos S.A.S.", "comercial@cepillosandinos.example", "es-CO")
    p = po("4500033602", s, "ines", "USD", "2026-11-26", [
        L("CA-CU-MAD", "Nail brush, wooden, natural bristle", 1000, "EA", "0.85", "2026-12-15")])
    body = """Buenos días Sra. Ines,

Recibimos su orden de compra 4500033602, muchas gracias.

Le cuento que en este momento tenemos 600 de las 1.000 unidades listas. ¿Les sirve un despacho parcial ahora (600 und.) y el saldo en enero, o prefieren esperar y recibir todo junto en enero?
Según su respuesta le confirmamos las fechas exactas. El precio de USD 0,85 se mantiene.

Quedo atenta.

Cordialmente,
Laura Restrepo
Ejecutiva Comercial - Cepillos Andinos S.A.S.
Cra. 50 # 12 Sur - 45, Medellín | Tel. (604) 444 1234 | NIT 900.123.456-7
"""
    part = alt(body, to_html(body), "_000_SA1PR11MB6122_")
    return [p], reply(p, "Laura Restrepo", "lrestrepo@cepillosandinos.example", when(2026, 11, 27, 9, 5, -5), part), \
        other("needs_review", "Offers two options (partial now + rest in January, or all in January) and asks us to choose; dates will be confirmed after our answer. Keeping the price does not make it a commitment.")


@case("escl-soldadura-html-ship", "confirmation", "es-CL",
      "Chilean HTML-only Gmail reply over a blockquote: price per kg up on one line, 'despacho' (ship) date 16-12-2026 equal to the need date.")
def _():
    s = sup("SOLDCL", "Soldaduras del Pacífico SpA", "ventas@soldpacifico.example", "es-CL")
    p = po("4500033622", s, "dana", "USD", "2026-11-26", [
        L("SP-E6011-18", "Welding electrode E6011, 1/8 in", 300, "KG", "4.20", "2026-12-16"),
        L("SP-E7018-532", "Welding electrode E7018, 5/32 in", 200, "KG", "4.95", "2026-12-16")])
    htm = """<div dir="ltr"><div>Hola Dana:</div><div><br></div><div>Confirmamos OC 4500033622:</div><ul>
<li>E6011 1/8": 300 kg a US$ 4,20/kg</li>
<li>E7018 5/32": 200 kg, pero el precio sube a US$ 5,10/kg por alza del proveedor de alambre</li></ul>
<div>Despacho de ambas partidas el 16-12-2026 desde nuestra bodega de Quilicura.</div><div><br></div>
<div>Saludos,</div><div>Felipe Contreras<br>Soldaduras del Pacífico SpA | +56 2 2345 6789 | RUT 76.123.456-7</div></div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">El jue, 26 nov 2026 a las 5:12, Dana Ruiz &lt;<a href="mailto:dana.ruiz@calderfinch.example">dana.ruiz@calderfinch.example</a>&gt; escribió:<br></div>""" + bq(req_html(p)) + "</div>"
    part = html(htm)
    return [p], reply(p, "Felipe Contreras", "fcontreras@soldpacifico.example", when(2026, 11, 27, 12, 12, -3), part,
                      style="gmail"), \
        conf([(p, {1: A, 2: C(p="5.10")})],
             "Only a ship date (despacho 16-12-2026) is given = requested date. Line 1 as ordered; line 2 US$ 5,10/kg instead of 4.95.")


@case("ennz-dispatch-other-order", "unrelated", "en-NZ",
      "Shipping notice with tracking for a different (earlier) order of the same supplier; our open PO is not mentioned.")
def _():
    s = sup("KIWIMAR", "Kiwi Marine Gear Ltd", "sales@kiwimarinegear.example", "en-NZ")
    p = po("4500033650", s, "sofie", "NZD", "2026-11-26", [
        L("KM-FEN-A2", "Buoy fender A2, red", 16, "EA", "88.00", "2027-01-18"),
        L("KM-FEN-HD-1855", "Heavy-duty fender 18x55 cm", 24, "EA", "47.50", "2027-01-18")])
    body = """Kia ora,

Good news - your order is on its way!

Order: SO-88213
Your reference: 4500030917
Dispatched: 27/11/2026 via Mainfreight, con note MF 7740 2213 98
Items: 20 x KM-FEN-A1 Buoy fender A1, 40 x KM-FEN-LINE Fender line 10 mm x 1.5 m
Estimated arrival at Auckland port: 02/12/2026

Track your shipment: https://track.kiwimarinegear.example/SO-88213

Ngā mihi,
Kiwi Marine Gear Dispatch Team
14 Beach Rd, Auckland 1010 | 09 555 0177

This is an automated message from our order system.
"""
    part = alt(body, to_html(body, "Helvetica"), "=_kmg_dispatch_88213")
    m = mail('"Kiwi Marine Gear" <dispatch@kiwimarinegear.example>', "sofie.lindqvist@calderfinch.example",
             "Your order SO-88213 has been dispatched", when(2026, 11, 27, 15, 2, 13), part,
             "<so-88213.dispatch.1795750920@kiwimarinegear.example>", extra=[("Auto-Submitted", "auto-generated")])
    return [p], m, other("unrelated", "Dispatch notification for SO-88213 / our older PO 4500030917, not for the open PO 4500033650; an ASN for another order is unrelated to this acknowledgement.")


@case("enie-energy-surcharge-per-roll", "confirmation", "en-IE",
      "Irish reply: flat €0.15 per-roll energy surcharge added to both lines (new unit prices stated), delivery 'Thursday 10th December'.")
def _():
    s = sup("EIREPACK", "Éire Packaging Supplies Ltd", "orders@eirepack.example", "en-IE")
    p = po("4500033688", s, "ines", "EUR", "2026-11-27", [
        L("EP-SW-17-400", "Stretch wrap 17 mic x 400 mm x 300 m, hand", 240, "ROL", "6.20", "2026-12-10"),
        L("EP-SW-BLK-23", "Stretch wrap black 23 mic x 500 mm", 60, "ROL", "9.40", "2026-12-10")])
    body = """Hi Ines,

Thanks for the order, all in stock. Please note our energy surcharge of €0.15 per roll applies to all orders from 1st November, so that's €6.35 and €9.55 per roll respectively.
Delivery Thursday 10th December as requested.

Kind regards,
Siobhán O'Connell
Sales Office | Éire Packaging Supplies Ltd
Unit 9, Ballymount Industrial Estate, Dublin 12, D12 X2F4
T: +353 1 450 1234 | Company Reg. No. 512345 | VAT IE 9512345T
"""
    part = alt(body, to_html(body), "_000_DB8PR03MB5721_")
    return [p], reply(p, "Siobhán O'Connell", "siobhan.oconnell@eirepack.example", when(2026, 11, 27, 16, 20, 0), part), \
        conf([(p, {1: C(p="6.35"), 2: C(p="9.55")})],
             "Per-roll surcharge of 0.15 makes the unit prices 6.35 and 9.55 (both stated); quantities as ordered, Thu 10 Dec 2026 = requested.")


@case("mtmt-ikkonfermaw-disclaimer", "confirmation", "mt-MT",
      "Two-line Maltese confirmation of the whole order buried above a long legal disclaimer full of registration numbers and phone numbers.")
def _():
    s = sup("MALTAMAR", "Grand Harbour Chandlers Ltd", "orders@grandharbourchandlers.example", "mt-MT")
    p = po("4500033705", s, "dana", "EUR", "2026-11-27", [
        L("GH-FEN-F1", "Ball fender F1, blue", 15, "EA", "29.00", "2026-12-11"),
        L("GH-FEN-1240", "Cylindrical fender 12x40 cm, white", 30, "EA", "12.50", "2026-12-11")])
    body = """Bongu Dana,

Ikkonfermaw l-ordni 4500033705 kollu kif mitlub. Grazzi!

Sellimiet,
Ġorġ Camilleri
Grand Harbour Chandlers Ltd | 23, Triq il-Marina, Il-Birgu BRG 1523
Tel: +356 2180 1234 | Mob: +356 7912 3456

________________________________________
DISCLAIMER: This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender immediately on +356 2180 1234 and delete it. Grand Harbour Chandlers Ltd, registered in Malta, Company Reg. No. C 45123, VAT No. MT 1234-5678, registered office 23, Triq il-Marina, Il-Birgu BRG 1523. Orders are accepted subject to our General Terms and Conditions of Sale (version 3.2, 01/01/2025), available on request. Any delivery dates quoted are estimates unless otherwise agreed in writing.
"""
    part = text(body, charset="utf-8", cte="quoted-printable")
    return [p], reply(p, "Ġorġ Camilleri", "gorg@grandharbourchandlers.example", when(2026, 11, 30, 8, 50, 1), part,
                      prefix="Re: "), \
        conf([(p, {1: A, 2: A})],
             "'Ikkonfermaw l-ordni ... kollu kif mitlub' = we confirm the whole order as requested. Boilerplate disclaimer (numbers, T&C version date) is not order data.")


@case("cscz-prijato-potvrzeni-pozdeji", "needs_review", "cs-CZ",
      "Czech human receipt: order received, 'potvrzení s termíny zašleme do 3 pracovních dnů' - nothing confirmed yet.")
def _():
    s = sup("SKLOLAB", "Sklo Laboratoř Kavalier s.r.o.", "obchod@sklolab.example", "cs-CZ")
    p = po("4500033740", s, "tom", "EUR", "2026-11-27", [
        L("SK-PIP-PAST", "Pasteur pipette 230 mm, glass", 5000, "PC", "0.06", "2026-12-18"),
        L("SK-PIP-VOL25", "Volumetric pipette 25 ml, class AS", 100, "PC", "4.80", "2026-12-18")])
    body = """Dobrý den, pane Wierzbicki,

děkujeme, Vaši objednávku č. 4500033740 jsme přijali a předali do výroby k posouzení.
Potvrzení objednávky s termíny dodání Vám zašleme do 3 pracovních dnů.

S pozdravem
Ing. Petra Dvořáková
obchodní oddělení
Sklo Laboratoř Kavalier s.r.o., Sázava 1235, 285 06 Sázava
tel.: +420 327 123 456, IČ: 12345678, DIČ: CZ12345678
"""
    part = text(body, charset="iso-8859-2", cte="quoted-printable")
    return [p], reply(p, "Petra Dvořáková", "dvorakova@sklolab.example", when(2026, 11, 30, 10, 15, 1), part,
                      charset="iso-8859-2", style="plain"), \
        other("needs_review", "A person acknowledges receipt and promises a confirmation with dates within 3 working days; no line is committed.")


@case("hyam-logo-artwork-question", "needs_review", "hy-AM",
      "Armenian supplier (English with Armenian greeting/signature) needs the logo file for printed drum heads before quoting a date.")
def _():
    s = sup("ARARDRM", "Ararat Drum Workshop LLC", "info@araratdrum.example", "hy-AM")
    p = po("4500033777", s, "sofie", "USD", "2026-11-27", [
        L("AD-DH-14-LOGO", "Drum head 14 in, coated, with printed logo", 200, "EA", "9.20", "2027-01-25")])
    body = """Բարև Ձեզ, Sofie,

Thank you for the order 4500033777.
For the printed heads we need your logo as vector file (AI or PDF) and the Pantone colour. Could you please send it?
Price and delivery date we will confirm after we check the artwork, usually print preparation takes 5-7 days.

Հարգանքով,
Armen Petrosyan
Ararat Drum Workshop LLC
Yerevan, Arshakunyats 34 | +374 10 123456 | +374 91 234567
"""
    part = text(body, charset="utf-8", cte="base64")
    return [p], reply(p, "Armen Petrosyan", "armen@araratdrum.example", when(2026, 11, 30, 12, 40, 4), part,
                      prefix="Re: ", style="gmail"), \
        other("needs_review", "Asks for the logo artwork; price and date explicitly to be confirmed after checking it. '5-7 days' is prep time, not a delivery commitment.")


@case("kkkz-exim-quota-exceeded", "bounce", "kk-KZ",
      "Exim 'Mail delivery failed: returning message to sender' - mailbox quota exceeded (552), with the original PO mail returned below.")
def _():
    s = sup("KAZOIL", "ТОО Маслёнка Казахстан", "zakaz@maslenka.example", "kk-KZ")
    p = po("4500033790", s, "tom", "USD", "2026-11-27", [
        L("MK-OC-250", "Oil can 250 ml, steel", 300, "PC", "2.80", "2027-01-15")])
    rc = s["email"]
    body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  %s
    host mx.maslenka.example [198.51.100.77]
    SMTP error from remote mail server after RCPT TO:<%s>:
    552 5.2.2 Mailbox size limit exceeded / Почтовый ящик переполнен

------ This is a copy of the message, including all the headers. ------

Return-path: <tomasz.wierzbicki@calderfinch.example>
Received: from [10.20.0.14] (helo=erp01.calderfinch.example)
	by relay.calderfinch.example with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	id 1vGk2P-0004Qa-1x
	for %s; Fri, 27 Nov 2026 09:12:03 +0100
From: Tomasz Wierzbicki <tomasz.wierzbicki@calderfinch.example>
To: %s
Subject: %s
Date: Fri, 27 Nov 2026 09:12:00 +0100
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

%s""" % (rc, rc, rc, rc, req_subject(p), p["request_message_id"], req_text(p))
    part = text(body, charset="utf-8", cte="8bit")
    m = mail("Mail Delivery System <Mailer-Daemon@relay.calderfinch.example>", "tomasz.wierzbicki@calderfinch.example",
             "Mail delivery failed: returning message to sender", when(2026, 11, 27, 9, 13, 1), part,
             "<E1vGk2Q-0004Qf-3B@relay.calderfinch.example>",
             extra=[("X-Failed-Recipients", rc), ("Auto-Submitted", "auto-replied")])
    return [p], m, other("bounce", "Exim permanent failure (552 mailbox full); the body is mostly our own returned PO request.")


@case("mnmn-postfix-delayed-dsn", "bounce", "mn-MN",
      "Postfix 'Delayed Mail (still being retried)' warning DSN (Action: delayed, 4.4.1) - a delivery-status report, not a reply.")
def _():
    s = sup("MONSADD", "Mongol Saddle Craft LLC", "sales@mongolsaddle.example", "mn-MN")
    p = po("4500033822", s, "raj", "USD", "2026-11-28", [
        L("MSC-SP-FELT", "Felt saddle pad, natural wool", 80, "EA", "14.50", "2027-02-10"),
        L("MSC-SP-FELT-L", "Felt saddle pad, large, natural wool", 40, "EA", "17.20", "2027-02-10")])
    rc = s["email"]
    human = """This is the mail system at host mx1.calderfinch.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<%s>: connect to mx.mongolsaddle.example[192.0.2.61]:25: Connection timed
    out
""" % rc
    ds = """Reporting-MTA: dns; mx1.calderfinch.example
X-Postfix-Queue-ID: 4R0b7T1xQkz9vYq
X-Postfix-Sender: rfc822; rajiv.menon@calderfinch.example
Arrival-Date: Sat, 28 Nov 2026 09:12:04 +0100 (CET)

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.mongolsaddle.example[192.0.2.61]:25:
    Connection timed out
Will-Retry-Until: Thu, 3 Dec 2026 09:12:04 +0100 (CET)
""" % (rc, rc)
    orig = """From: Rajiv Menon <rajiv.menon@calderfinch.example>
To: %s
Subject: %s
Date: Sat, 28 Nov 2026 09:12:00 +0100
Message-ID: %s
""" % (rc, req_subject(p), p["request_message_id"])
    parts = [Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], human.encode()),
             Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds.encode()),
             Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], orig.encode())]
    part = multi("report", parts, "4R0b7T1xQkz9vYq.1795873925/mx1.calderfinch.example", "; report-type=delivery-status")
    m = mail("MAILER-DAEMON@mx1.calderfinch.example (Mail Delivery System)", "rajiv.menon@calderfinch.example",
             "Delayed Mail (still being retried)", when(2026, 11, 28, 13, 12, 1), part,
             "<20261128121205.7C1D2A0E33@mx1.calderfinch.example>", extra=[("Auto-Submitted", "auto-replied")])
    return [p], m, other("bounce", "Postfix delay warning DSN (Action: delayed, 4.4.1 connection timed out); delivery status notification, the supplier has not seen the PO yet.")


@case("zhhk-helpdesk-auto-ack", "auto_reply", "zh-HK",
      "Bilingual HK ticket-system auto-acknowledgement (case number, 'will reply within 2 working days') that mentions 'confirm' but commits to nothing.")
def _():
    s = sup("HKFUNNEL", "香港漏斗製品有限公司", "cs@hkfunnel.example", "zh-HK")
    p = po("4500033855", s, "dana", "HKD", "2026-11-28", [
        L("HKF-SET-5", "Funnel set 5 pcs, food-grade PP", 600, "SET", "14.80", "2027-01-12"),
        L("HKF-SS-12", "Stainless funnel 12 cm", 200, "PC", "22.50", "2027-01-12")])
    body = """親愛的客戶：

感謝您的來郵。我們已收到您的電郵，個案編號為 #HK-208817。
客戶服務部將於兩個工作天內回覆及確認您的查詢／訂單。如有緊急事項，請致電 (852) 2345 6789。

Dear Customer,

Thank you for your email. Your message has been received and assigned case number #HK-208817.
Our Customer Service team will reply and confirm your enquiry/order within 2 working days. For urgent matters please call (852) 2345 6789.

此乃系統自動發出的電郵，請勿直接回覆。
This is a system-generated email. Please do not reply.

香港漏斗製品有限公司 HK Funnel Products Ltd.
新界葵涌葵豐街 18 號 8 樓
"""
    part = text(body, charset="big5-hkscs", cte="base64")
    return [p], reply(p, "HK Funnel Customer Service", "noreply@hkfunnel.example", when(2026, 11, 28, 16, 13, 8), part,
                      subject="[Case #HK-208817] 已收到您的電郵 / We have received your email: " + req_subject(p),
                      charset="big5-hkscs", style="plain",
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("X-Mailer", "HelpdeskPro 5.3")]), \
        other("auto_reply", "Ticket-system auto-acknowledgement sent instantly; 'will confirm within 2 working days' is a promise from a machine, no order data.")


@case("ensg-substitute-brand-question", "needs_review", "en-SG",
      "Singapore distributor proposes a substitute brand for the insulation tape and asks us to OK it before they confirm.")
def _():
    s = sup("LIONELEC", "Lion City Electrical Supplies Pte Ltd", "sales@lioncityelec.example", "en-SG")
    p = po("4500033870", s, "raj", "SGD", "2026-11-28", [
        L("TEMFLEX-1700-19", "3M Temflex 1700 insulation tape 19 mm x 20 m, black", 500, "ROL", "1.45", "2026-12-15"),
        L("TEMFLEX-1700-RD", "3M Temflex 1700 insulation tape 19 mm x 20 m, red", 200, "ROL", "1.45", "2026-12-15")])
    body = """Hi Rajiv,

Noted with thanks on PO 4500033870.

The 3M Temflex 1700 is out of stock regionally until Feb. We can offer equivalent Nitto No. 21 tape, same size, same price SGD 1.45/roll, can deliver by 15 Dec.
Pls advise if ok to substitute, then we will send the OC. If you prefer to wait for 3M, pls let us know also.

Thanks & regards,
Jason Tan
Lion City Electrical Supplies Pte Ltd
10 Ubi Crescent, #05-21 Ubi Techpark, Singapore 408564
DID: +65 6741 2233 | HP: +65 9123 4567 | UEN 201012345K
"""
    part = alt(body, to_html(body, "Arial"), "_000_SG2PR04MB3891_")
    return [p], reply(p, "Jason Tan", "jason.tan@lioncityelec.example", when(2026, 11, 30, 10, 2, 8), part), \
        other("needs_review", "Offers a substitute product and waits for our OK before sending the order confirmation; the ordered items are not committed.")


@case("afza-pryslys-2027-unrelated", "unrelated", "af-ZA",
      "Afrikaans price-increase letter for 2027 (applies to orders placed from 1 Feb 2027; existing orders at agreed prices).")
def _():
    s = sup("VISKAS", "Karoo Visvang Produkte (Edms) Bpk", "verkope@karoovisvang.example", "af-ZA")
    p = po("4500033905", s, "dana", "ZAR", "2026-11-28", [
        L("KV-AAS-6", "Bait box, 6 compartments", 400, "EA", "34.50", "2027-01-18"),
        L("KV-AAS-WURM", "Worm box, ventilated, 1 l", 250, "EA", "28.00", "2027-01-18")])
    body = """Geagte kliënt

PRYSAANPASSING 2027

Weens die voortdurende styging in die koste van plastiekhars, vervoer en elektrisiteit is ons genoodsaak om ons pryse met ingang van 1 Februarie 2027 gemiddeld met 7,5% aan te pas.

Die nuwe pryslys is aangeheg en geld vir alle bestellings wat vanaf 1 Februarie 2027 geplaas word. Bestaande bestellings word teen die ooreengekome pryse afgelewer.

Ons bedank u vir u volgehoue ondersteuning.

Die uwe
Pieter du Plessis
Verkoopsbestuurder
Karoo Visvang Produkte (Edms) Bpk | Posbus 412, Oudtshoorn 6620 | Tel 044 272 1234
"""
    pdf = make_pdf(["KAROO VISVANG PRODUKTE - PRYSLYS / PRICE LIST 2027 (geldig vanaf 01/02/2027)", "",
                    "Kode          Beskrywing                          Prys ZAR (ekskl. BTW)",
                    "KV-AAS-6      Aasboks 6 kompartemente             37,10",
                    "KV-AAS-12     Aasboks 12 kompartemente            52,90",
                    "KV-AAS-WURM   Wurmboks geventileer 1 l            30,10"])
    part = multi("mixed", [text(body, charset="iso-8859-1"), attach("Pryslys_2027.pdf", pdf, "application/pdf")],
                 "----=_Part_55120_811742.1795880000000")
    m = mail(addr("Pieter du Plessis", "pieter@karoovisvang.example"), "Kliente <kliente@karoovisvang.example>",
             "Prysaanpassing 2027 / Price adjustment 2027", when(2026, 11, 30, 7, 30, 2), part,
             msgid("plain", "afza-prys", "karoovisvang.example"))
    return [p], m, other("unrelated", "Circular price-increase letter for orders placed from 1 Feb 2027, explicitly not affecting existing orders; not an answer to PO 4500033905 (its new prices must not be applied).")


@case("mkmk-otsuten-ooo", "auto_reply", "mk-MK",
      "Macedonian out-of-office in Cyrillic (windows-1251) with return date and colleague's phone, no Auto-Submitted header.")
def _():
    s = sup("ELEKMK", "Електроди Вардар ДООЕЛ", "prodazba@elektrodi-vardar.example", "mk-MK")
    p = po("4500033940", s, "tom", "EUR", "2026-11-30", [
        L("EV-E6013-40", "Welding electrode E6013, 4.0 mm", 300, "KG", "2.95", "2027-01-22")])
    body = """Почитувани,

Ви благодариме за Вашата порака. Отсутен сум од канцеларија до 07.12.2026 година.
За итни прашања обратете се кај колешката Марија Стојановска на тел. +389 2 3123 456.

Со почит,
Благоја Трајковски
Електроди Вардар ДООЕЛ, Скопје
"""
    part = text(body, charset="windows-1251", cte="quoted-printable")
    return [p], reply(p, "Благоја Трајковски", "blagoja@elektrodi-vardar.example", when(2026, 11, 30, 9, 14, 1), part,
                      subject="Автоматски одговор: " + req_subject(p), charset="windows-1251", style="plain",
                      extra=[("X-Mailer", "Microsoft Outlook 16.0")]), \
        other("auto_reply", "Out-of-office text (absent until 07.12.2026) sent two minutes after our request; no Auto-Submitted header, the content decides.")


@case("cygb-allan-or-swyddfa", "auto_reply", "cy-GB",
      "Welsh/English bilingual out-of-office from a wool-crafts supplier (Welsh first, as Welsh public-facing firms do).")
def _():
    s = sup("GWLAN", "Gwlân a Gweill Cyf", "archebion@gwlanagweill.example", "cy-GB")
    p = po("4500033960", s, "ines", "GBP", "2026-11-30", [
        L("GG-NDL-BIRCH-5", "Birch knitting needles 5 mm, 30 cm", 300, "PR", "2.10", "2027-01-11"),
        L("GG-NDL-BIRCH-8", "Birch knitting needles 8 mm, 30 cm", 150, "PR", "2.60", "2027-01-11")])
    body = """Diolch am eich e-bost. Rydw i allan o'r swyddfa tan ddydd Llun 7 Rhagfyr 2026. Os yw'ch neges yn un brys, cysylltwch â Rhian ar 01970 612345.

Thank you for your email. I am out of the office until Monday 7 December 2026. If your message is urgent, please contact Rhian on 01970 612345.

Cofion / Regards
Dafydd Jones
Gwlân a Gweill Cyf, Aberystwyth
"""
    part = text(body, charset="utf-8", cte="quoted-printable")
    return [p], reply(p, "Dafydd Jones", "dafydd@gwlanagweill.example", when(2026, 11, 30, 9, 13, 0), part,
                      subject="Allan o'r swyddfa / Out of office: " + req_subject(p),
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]), \
        other("auto_reply", "Bilingual out-of-office (Auto-Submitted); Monday 7 December is the person's return date, not a delivery date.")


@case("lblu-kw-dienstag", "confirmation", "lb-LU",
      "Luxembourg reply mixing Luxembourgish greeting and German body: 'KW 51' (Friday) and 'Dienstag KW 2' (a named day in a week).")
def _():
    s = sup("LEDERLX", "Lieder & Fils S.à r.l.", "commandes@lieder-fils.example", "lb-LU")
    p = po("4500033977", s, "ines", "EUR", "2026-11-30", [
        L("LF-SCH-30", "Apron strap, leather, 30 mm, black", 200, "PC", "3.80", "2026-12-18"),
        L("LF-SCH-CROSS", "Apron strap, leather, brown, cross-back", 150, "PC", "5.20", "2026-12-18")])
    body = """Moien Fr. Albrecht,

Merci fir Är Bestellung 4500033977. Wir bestätigen wie folgt:

Pos. 1: 200 St. à 3,80 EUR, Liefertermin KW 51.
Pos. 2: 150 St. à 5,20 EUR, das braune Leder ist erst später verfügbar, Liefertermin Dienstag KW 2.

Schéine Gruss / Mit freundlichen Grüßen
Claude Lieder
Lieder & Fils S.à r.l. | 12, rue de l'Industrie | L-3895 Foetz
Tél. +352 26 55 12 34 | RCS Luxembourg B 123456 | TVA LU 12345678
"""
    part = alt(body, to_html(body), "_000_AS8PR08MB7012_", charset="iso-8859-15")
    return [p], reply(p, "Claude Lieder", "claude@lieder-fils.example", when(2026, 11, 30, 14, 22, 1), part,
                      prefix="AW: ", charset="iso-8859-15"), \
        conf([(p, {1: A, 2: C(d=kw(2027, 2, 2))})],
             "KW 51 without a day = Fri 2026-12-18 (as requested) for line 1; 'Dienstag KW 2' = Tue 2027-01-12 for line 2. Prices and quantities unchanged.")


@case("dede-widerspruch-text-tabelle", "needs_review", "de-DE",
      "German reply says 'wie bestellt, Liefertermin wie gewünscht' but the pasted AB table shows 15.01.2027 and a lower quantity - contradictory.")
def _():
    s = sup("TROMMEL", "Trommelfell-Manufaktur Vogtland GmbH", "vertrieb@trommelfell-vogtland.example", "de-DE")
    p = po("4500033990", s, "sofie", "EUR", "2026-11-30", [
        L("TV-FELL-13", "Drum head 13 in, coated, single ply", 120, "EA", "8.90", "2026-12-15"),
        L("TV-FELL-20B", "Bass drum head 20 in, coated", 40, "EA", "19.40", "2026-12-15")])
    body = """Sehr geehrte Frau Lindqvist,

vielen Dank für Ihren Auftrag. Wir bestätigen die Bestellung 4500033990 wie bestellt, Liefertermin wie gewünscht.

Auszug aus unserer Auftragsbestätigung AB-26-04471:

Pos  Artikel       Menge  Preis/St.  Liefertermin
10   TV-FELL-13      100    8,90 €   15.01.2027
20   TV-FELL-20B      40   19,40 €   15.01.2027

Mit freundlichen Grüßen
i. A. Stefan Müller
Vertrieb Innendienst
Trommelfell-Manufaktur Vogtland GmbH | Musikantenweg 4 | 08258 Markneukirchen
Tel. +49 37422 4567-12 | Amtsgericht Chemnitz HRB 12345 | Geschäftsführer: K. Fischer
"""
    part = text(body, charset="iso-8859-15", cte="quoted-printable")
    return [p], reply(p, "Stefan Müller", "s.mueller@trommelfell-vogtland.example", when(2026, 11, 30, 15, 48, 1), part,
                      prefix="AW: ", charset="iso-8859-15",
                      extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")]), \
        other("needs_review", "Text says 'as ordered, requested date' (15.12.2026, 120 pcs) but the AB extract says 15.01.2027 for both and 100 pcs for pos 10; a careful buyer cannot tell which is true and must ask.")
