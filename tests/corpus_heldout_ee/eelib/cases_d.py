from .common import *

@case("santiago-clp-sin-decimales", "confirmation", "es-CL",
      "Chilean reply with CLP amounts '$12.990' (dot = thousands, no decimals) and 'despacho el lunes 14' (weekday + day only).")
def c():
    s = Sup("SCLD", "Diamantados Andinos SpA", "ventas@diamandinos.example", "es-CL")
    po = PO("4500031055", s, "CLP", "2026-11-05", [
        ("DD-180-SEG", "Disco diamantado 180 mm segmentado", 40, "PC", "12990", "2026-12-18"),
        ("DD-230-CONT", "Disco diamantado 230 mm continuo", 25, "PC", "18450", "2026-12-18")])
    body = """Estimada Dana:

Junto con saludar, confirmamos su OC 4500031055:

- Disco 180 mm segmentado: 40 un. a $12.990 + IVA
- Disco 230 mm continuo: 25 un. a $19.200 + IVA (reajuste de lista noviembre)

Despacho de ambos ítems el lunes 14 de diciembre desde nuestra bodega en Quilicura.

Saludos cordiales,
Camila Rojas
Ejecutiva Comercial | Diamantados Andinos SpA | RUT 76.123.456-7 | +56 2 2555 1234"""
    eml = reply(po, addr("Camila Rojas", "camila.rojas@diamandinos.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-10", "11:27:49", "-0300"), "<SCL2PR80MB0123.4A5B@diamandinos.example>",
                text(body + q_outlook(po, "es")))
    exp = conf("Only a ship date: Monday 14 December 2026 for both lines (earlier than 18 Dec). $12.990 = 12990 CLP; line 2 price 19200.",
               (po, {1: dict(d="2026-12-14"), 2: dict(p="19200", d="2026-12-14")}))
    return [po], eml, exp

@case("medellin-gmail-address-not-found", "bounce", "es-CO",
      "Gmail mailer-daemon 'Address not found' bounce (multipart/report) for the request sent to a mistyped supplier address.")
def c():
    s = Sup("MDLN", "Ferreléctricos de Antioquia S.A.S.", "compras@ferrelectricos-ant.example", "es-CO")
    po = PO("4500031056", s, "COP", "2026-11-11", [
        ("CIN-AIS-18", "Cinta aislante 18 mm x 20 m negra", 2000, "ROL", "2450", "2026-12-15")])
    t = """** No se encontró la dirección **

Tu mensaje no se entregó a compras@ferrelectricos-ant.example porque no se encontró la dirección o esta no puede recibir correos.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7c3f5b9a1sor12345a.45 - gsmtp
"""
    ds = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; dana.ruiz@nordhaven-supply.example
Arrival-Date: Wed, 11 Nov 2026 00:12:41 -0800 (PST)
X-Original-Message-ID: <po-4500031056.1@nordhaven-supply.example>

Final-Recipient: rfc822; compras@ferrelectricos-ant.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; aspmx.l.google.com. (142.250.150.27, the server for the domain ferrelectricos-ant.example.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Wed, 11 Nov 2026 00:12:42 -0800 (PST)
"""
    orig = mail(addr("Dana Ruiz", "dana.ruiz@nordhaven-supply.example"), "compras@ferrelectricos-ant.example",
                req_subject(po), req_date(po), po["request_message_id"], text(req_text(po), cte="7bit")).replace(b"\r\n", b"\n")
    body = Part([("Content-Type", "multipart/report; report-type=delivery-status;\n\tboundary=\"{B}\"")], children=[
        mp("related", text(t)), Part([("Content-Type", "message/delivery-status")], ds.encode()),
        Part([("Content-Type", "message/rfc822")], orig)], boundary="000000000000c4a2f10623e1b0aa")
    eml = mail(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "dana.ruiz@nordhaven-supply.example",
               "Delivery Status Notification (Failure)", rfcdate("2026-11-11", "00:12:42", "-0800"),
               "<6731c1aa.050a0220.3c2b1.9f2bSMTPIN_ADDED_MISSING@mx.google.com>", body,
               in_reply_to=po["request_message_id"], references=po["request_message_id"], extra=[("Auto-Submitted", "auto-replied")])
    return [po], eml, other("bounce", "Gmail DSN, status 5.1.1, original PO request attached as message/rfc822 (its PO table is not a reply).")

@case("lagos-thursday-next-week", "confirmation", "en-NG",
      "Nigerian English reply: 'delivery Thursday next week' relative to a Monday mail, naira with commas, one line reduced.")
def c():
    s = Sup("LGOS", "Eko Electricals & Allied Ltd", "sales@ekoelectricals.example", "en-NG")
    po = PO("4500031057", s, "NGN", "2026-11-10", [
        ("PVC-TAPE-BLK", "PVC electrical tape black 18 mm", 1500, "ROL", "850.00", "2026-12-02"),
        ("PVC-TAPE-MIX", "PVC electrical tape assorted colours", 500, "ROL", "900.00", "2026-12-02")])
    body = """Good morning Ma,

Trust this meets you well. We acknowledge receipt of your PO 4500031057 and confirm as follows:

1. Black tape - 1,500 rolls @ N850.00
2. Assorted colours - we can only supply 350 rolls @ N900.00 (balance not available this season)

Delivery Thursday next week to your Apapa forwarder.

Best regards,
Chinedu Okafor
Eko Electricals & Allied Ltd | 14 Alaba Int'l Market, Ojo, Lagos | 0803 555 1234 | RC 123456"""
    d = plus(next_wd("2026-11-16", 0), 3)
    eml = reply(po, addr("Chinedu Okafor", "chinedu@ekoelectricals.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-16", "08:22:10", "+0100"), "<CAE9vLk3aQ@mail.gmail.com>",
                text(body + q_gmail(po, "On Tue, Nov 10, 2026 at 9:12 AM Dana Ruiz <dana.ruiz@nordhaven-supply.example> wrote:")))
    exp = conf(f"Mail is Monday 16 Nov: 'Thursday next week' = Thursday 26 Nov 2026. Line 2 reduced to 350.",
               (po, {1: dict(d=d), 2: dict(q=350, d=d)}))
    return [po], eml, exp

@case("halifax-new-thread-one-of-two", "confirmation", "en-CA",
      "New thread (no In-Reply-To) from a supplier with two open POs; the reply names only one PO number, the other must be left out.")
def c():
    s = Sup("HLFX", "Maritime Fasteners Ltd.", "orders@maritimefasteners.example", "en-CA")
    a = PO("4500031058", s, "CAD", "2026-11-03", [
        ("FS-U-32", "Fence staple 1-1/4 in galv., 50 lb box", 12, "BOX", "96.00", "2026-12-08"),
        ("FS-U-44", "Fence staple 1-3/4 in galv., 50 lb box", 8, "BOX", "99.50", "2026-12-08")])
    b = PO("4500031062", s, "CAD", "2026-11-09", [
        ("FS-BARB-16", "Barbed staple 1 in, 25 lb pail", 20, "EA", "58.75", "2026-12-18")])
    body = """Hi Dana,

Re your PO# 4500031058 - both lines are good to go, 12 and 8 boxes at your pricing. We'll have them on the truck Dec 3rd.

Thanks,
Kevin MacDonald
Inside Sales | Maritime Fasteners Ltd.
250 Brownlow Ave, Dartmouth NS B3B 1W9 | 902-555-0148 | GST/HST# 12345 6789 RT0001"""
    eml = mail(addr("Kevin MacDonald", "kevin@maritimefasteners.example"), addr("Dana Ruiz", "dana.ruiz@nordhaven-supply.example"),
               "PO# 4500031058", rfcdate("2026-11-12", "13:05:44", "-0400"), "<BN8PR04MB6211.2C3D@maritimefasteners.example>",
               text(body, cte="7bit"))
    exp = conf("Answers only PO 4500031058 (PO 4500031062 not mentioned -> left out). 'on the truck Dec 3rd' is a ship date -> 2026-12-03 for both lines.",
               (a, {1: dict(d="2026-12-03"), 2: dict(d="2026-12-03")}))
    return [a, b], eml, exp

@case("girona-catala-juntes", "confirmation", "ca-ES",
      "Catalan reply: one gasket line confirmed, the other 'a confirmar la setmana vinent' (unconfirmed), dates with 'de'-style months.")
def c():
    s = Sup("GIRO", "Juntes i Segellats Girona, S.L.", "comandes@juntesgirona.example", "ca-ES")
    po = PO("4500031059", s, "EUR", "2026-11-06", [
        ("JS-FIB-15", "Full de junta fibra 1500x1500x1,5 mm", 10, "EA", "42.60", "2026-12-16"),
        ("JS-GRAF-2", "Full de junta grafit 1000x1000x2 mm", 6, "EA", "88.00", "2026-12-16")])
    body = """Bon dia, Dana,

Us confirmem la línia 1 de la comanda 4500031059: 10 fulls de fibra d'1,5 mm a 42,60 € la unitat, lliurament el 16 de desembre.
La línia 2 (grafit) depèn d'una entrega del fabricant; us la confirmarem la setmana vinent.

Salutacions cordials,
Marta Puig i Serra
Juntes i Segellats Girona, S.L. | Polígon Mas Xirgu, c/ Pic de l'Àliga 9, 17005 Girona | 972 55 12 34 | NIF B17123456"""
    eml = reply(po, addr("Marta Puig i Serra", "marta.puig@juntesgirona.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-11", "12:12:12", "+0100"), "<AM0PR09MB4455.1E2F@juntesgirona.example>",
                text(body + q_outlook(po, "es"), cs="iso-8859-15"))
    exp = conf("Line 1 confirmed exactly as ordered; line 2 deferred to next week -> unconfirmed.",
               (po, {1: "A", 2: "U"}))
    return [po], eml, exp

@case("cork-price-gone-up", "needs_review", "en-IE",
      "Irish reply: 'can do the jacks for the 14th but price has gone up, I'll send a new quote' - date alone is not a commitment.")
def c():
    s = Sup("CORK", "Munster Garage Equipment Ltd", "sales@munstergarage.example", "en-IE")
    po = PO("4500031060", s, "EUR", "2026-11-09", [
        ("TJ-3T-LP", "Trolley jack 3 t low profile", 6, "EA", "189.00", "2026-12-14"),
        ("TJ-2T-ALU", "Aluminium trolley jack 2 t", 4, "EA", "229.00", "2026-12-14")])
    body = """Hi Dana,

Thanks for the order. Can do the jacks for the 14th no bother, but the price on both has gone up since we quoted in the summer. I'll send you a new quote tomorrow and you can let me know if you want to go ahead.

Thanks
Declan

Declan O'Sullivan | Munster Garage Equipment Ltd | Unit 4, Kinsale Road Business Park, Cork T12 XY34 | 021 455 5123 | VAT IE 1234567T"""
    eml = reply(po, addr("Declan O'Sullivan", "declan@munstergarage.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-10", "16:41:33", "+0000"), "<DB6PR0102MB3344.0A1B@munstergarage.example>",
                text(body + q_outlook(po), cte="7bit"))
    return [po], eml, other("needs_review", "Supplier signals a price increase without an amount and makes going ahead depend on a new quote; nothing is committed.")

@case("valletta-per-dozen", "confirmation", "mt-MT",
      "Maltese supplier writing English: gloves priced per dozen pairs, MOQ of 5 dozen forces a quantity increase.")
def c():
    s = Sup("VLTA", "Grand Harbour Safety Co. Ltd", "orders@ghsafety.example", "mt-MT")
    po = PO("4500031061", s, "EUR", "2026-11-05", [
        ("IG-CL0-9", "Insulated gloves class 0 size 9", 48, "PR", "31.00", "2026-12-17"),
        ("LP-9", "Leather protector gloves size 9", 36, "PR", "7.50", "2026-12-17")])
    body = """Good morning Ms Ruiz,

Thank you for your order 4500031061. Please note our pricing is per dozen pairs:

Class 0 insulated gloves sz 9 - 4 dozen @ EUR 372.00/dozen - delivery 17/12
Leather protectors sz 9 - our minimum is 5 dozen, so we will ship 5 dozen (60 pairs) @ EUR 90.00/dozen - delivery 17/12

Grazzi u saħħa,
Maria Camilleri
Grand Harbour Safety Co. Ltd | Triq il-Marsa, Marsa MRS 1234 | +356 2122 5555 | VAT MT 1234-5678"""
    eml = reply(po, addr("Maria Camilleri", "maria@ghsafety.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-11", "09:32:15", "+0100"), "<VE1PR08MB2222.3344@ghsafety.example>", text(body + q_outlook(po)))
    exp = conf("Line 1: 4 dozen = 48 pairs, 372.00/12 = 31.00 per PR, 17/12 = 2026-12-17 -> accepted. Line 2: 60 pairs at 90.00/12 = 7.50 -> changed quantity only.",
               (po, {1: "A", 2: dict(q=60)}))
    return [po], eml, exp

@case("pretoria-afrikaans-rand", "confirmation", "af-ZA",
      "Afrikaans reply with 'R1 245,50' (space thousands, comma decimals) and a delivery on 'Vrydag 11 Desember'.")
def c():
    s = Sup("PTAF", "Boland Elektries (Edms) Bpk", "bestellings@bolandelektries.example", "af-ZA")
    po = PO("4500031063", s, "ZAR", "2026-11-04", [
        ("AK-IP65-S", "Aansluitkas IP65 klein 100x100", 120, "EA", "64.90", "2026-12-09"),
        ("AK-IP65-L", "Aansluitkas IP65 groot 240x190", 20, "EA", "1245.50", "2026-12-09")])
    body = """Goeie môre Dana

Dankie vir die bestelling 4500031063. Ons bevestig:

Item 1: 120 x aansluitkas klein @ R64,90
Item 2: 20 x aansluitkas groot @ R1 245,50

Aflewering Vrydag 11 Desember.

Groete
Johan van der Merwe
Boland Elektries (Edms) Bpk | Paarl | 021 555 0987 | BTW 4123456789"""
    eml = reply(po, addr("Johan van der Merwe", "johan@bolandelektries.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-09", "07:45:02", "+0200"), "<JN1P275MB0550.9E8F@bolandelektries.example>", text(body + q_outlook(po)))
    exp = conf("Prices as ordered (R1 245,50 = 1245.50). Delivery Friday 11 December 2026, later than 9 Dec -> both changed date.",
               (po, {1: dict(d="2026-12-11"), 2: dict(d="2026-12-11")}))
    return [po], eml, exp

@case("dhaka-contradictory-dates", "needs_review", "bn-BD",
      "Bengali/English reply whose sentence says delivery 15/12 but whose own table says 22/12 for the same line.")
def c():
    s = Sup("DHKA", "Dhaka Hardware House", "sales@dhakahardware.example", "bn-BD")
    po = PO("4500031064", s, "USD", "2026-11-06", [
        ("LH-35-ST", "Ladder hook steel 35 mm", 500, "EA", "0.95", "2026-12-15"),
        ("LH-50-ST", "Ladder hook steel 50 mm", 300, "EA", "1.20", "2026-12-15")])
    body = """প্রিয় Dana,

আপনার PO 4500031064 পেয়েছি। আমরা সব আইটেম 15/12/2026 তারিখে ডেলিভারি দিতে পারব।

Item   Qty   Price    Delivery
LH-35  500   0.95     15/12/2026
LH-50  300   1.20     22/12/2026

ধন্যবাদ,
Rahim Uddin
Dhaka Hardware House, Nawabpur Road, Dhaka 1100 | +880 1711 555123"""
    eml = reply(po, addr("Rahim Uddin", "rahim@dhakahardware.example"), "Re: " + req_subject(po),
                rfcdate("2026-11-10", "18:02:44", "+0600"), "<CAH3bD9wQz@mail.gmail.com>",
                text(body + q_gmail(po, "On Fri, 6 Nov 2026 at 14:12, Dana Ruiz <dana.ruiz@nordhaven-supply.example> wrote:")))
    return [po], eml, other("needs_review", "Text says all items 15/12, the table says 22/12 for LH-50: contradictory for line 2, a human must ask back.")

@case("chennai-wrong-code", "needs_review", "ta-IN",
      "Tamil/English reply asking for a revised PO because one item code does not exist in their catalogue.")
def c():
    s = Sup("CHNI", "Chennai Paints & Coatings", "orders@chennaipaints.example", "ta-IN")
    po = PO("4500031065", s, "INR", "2026-11-09", [
        ("MP-500-RD", "Marking paint red 500 ml", 400, "EA", "165.00", "2026-12-11"),
        ("MP-500-WH", "Marking paint white 500 ml", 400, "EA", "155.00", "2026-12-11")])
    body = """வணக்கம் Priya madam,

உங்கள் PO 4500031065 கிடைத்தது. ஆனால் MP-500-RD என்ற code எங்கள் catalogue-ல் இல்லை - அது MP-500-RF (fluorescent red, ₹182.00) ஆக இருக்குமா? Please send revised PO with correct code, then we will confirm both lines together.

நன்றி,
S. Karthikeyan
Chennai Paints & Coatings, Ambattur Industrial Estate, Chennai 600058 | 044 2625 5555 | GSTIN 33AAAFC1234D1Z2"""
    po["buyer"] = {"name": "Priya Nair", "email": "priya.nair@nordhaven-supply.example"}
    eml = reply(po, addr("S. Karthikeyan", "karthik@chennaipaints.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-10", "12:15:00", "+0530"), "<MA0PR01MB7788.1122@chennaipaints.example>", text(body + q_outlook(po)))
    return [po], eml, other("needs_review", "Question about the item code; the supplier will confirm both lines only after a revised PO.")

@case("singapore-day-first-short", "confirmation", "en-SG",
      "Singapore English multipart reply 'Can deliver on 3/12' (day-first) with one line 'pending' -> unconfirmed.")
def c():
    s = Sup("SGPR", "Lion City Safety Pte Ltd", "sales@lioncitysafety.example", "en-SG")
    po = PO("4500031066", s, "SGD", "2026-11-09", [
        ("NG-BLU-M", "Nitrile gloves blue M, box 100", 100, "BOX", "8.40", "2026-12-07"),
        ("NG-BLU-L", "Nitrile gloves blue L, box 100", 100, "BOX", "8.40", "2026-12-07"),
        ("NG-BLK-L", "Nitrile gloves black heavy duty L, box 50", 40, "BOX", "14.90", "2026-12-07")])
    t = """Hi Dana,

Noted on PO 4500031066. Blue M and L - can deliver on 3/12, qty and price as per PO.
Black HD L still pending from our principal, will update you again.

Thanks & regards,
Kelvin Tan
Lion City Safety Pte Ltd | 10 Ubi Crescent #03-45, Singapore 408564 | +65 6555 1234 | UEN 201012345K"""
    h = "<div>" + "<br>".join(html_esc(l) for l in t.split("\n")) + "</div>" + q_html(po, "On Mon, 9 Nov 2026 at 4:12 PM, Dana Ruiz wrote:")
    eml = reply(po, addr("Kelvin Tan", "kelvin.tan@lioncitysafety.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-10", "10:21:09", "+0800"), "<SI2PR06MB4012.5B6C@lioncitysafety.example>",
                mp("alternative", text(t), text(h, "html")))
    exp = conf("'3/12' in Singapore is day-first = 2026-12-03 (earlier than 7 Dec) for lines 1-2. Line 3 pending -> unconfirmed.",
               (po, {1: dict(d="2026-12-03"), 2: dict(d="2026-12-03"), 3: "U"}))
    return [po], eml, exp

@case("kwuntong-mixed-english", "confirmation", "zh-HK",
      "Hong Kong Traditional Chinese mixed with English terms, Big5-HKSCS charset, one sprayer split into two deliveries.")
def c():
    s = Sup("HKKT", "觀塘噴漆設備有限公司", "sales@kt-sprayer.example", "zh-HK")
    po = PO("4500031067", s, "HKD", "2026-11-05", [
        ("SP-HVLP-650", "HVLP paint sprayer 650 W", 30, "EA", "468.00", "2026-12-15"),
        ("SP-CUP-1L", "Spare paint cup 1 L", 60, "EA", "38.00", "2026-12-15")])
    body = """Hi Dana,

多謝你嘅 PO 4500031067，confirm 如下：

1. HVLP sprayer 650W：而家有 18 部 stock，12月15日 送貨；其餘 12 部 1月12日 到貨後送。單價 HK$468.00 不變。
2. Spare cup 1L：60 個，HK$38.00，12月15日 送貨。

Thanks!
陳嘉欣 Karen Chan
觀塘噴漆設備有限公司
Tel: 2555 1234 | WhatsApp: 9123 4567"""
    eml = reply(po, addr("Karen Chan", "karen.chan@kt-sprayer.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-11", "17:40:21", "+0800"), "<HK0PR01MB2121.6D7E@kt-sprayer.example>",
                text(body + q_outlook(po), cs="big5-hkscs", cte="base64"))
    exp = conf("Line 1 split 18 on 2026-12-15 and 12 on 2027-01-12 (no year, January after a November mail). Line 2 as ordered.",
               (po, {1: dict(s=[(18, "2026-12-15"), (12, "2027-01-12")]), 2: "A"}))
    return [po], eml, exp

@case("cairo-exim-failed", "bounce", "ar-EG",
      "Exim 'Mail delivery failed: returning message to sender' plain-text bounce with the full original request below.")
def c():
    s = Sup("CAIR", "Nile Valve & Fittings Co.", "purchasing@nilevalve.example", "ar-EG")
    po = PO("4500031068", s, "USD", "2026-11-12", [
        ("BF-NIP-1", "Brass nipple 1\" BSP", 400, "PC", "1.85", "2027-01-08"),
        ("BF-ELB-1", "Brass elbow 1\" BSP", 300, "PC", "2.40", "2027-01-08")])
    t = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  purchasing@nilevalve.example
    host mail.nilevalve.example [198.51.100.77]
    SMTP error from remote mail server after RCPT TO:<purchasing@nilevalve.example>:
    550 5.2.1 Mailbox disabled for this recipient

------ This is a copy of the message, including all the headers. ------

Return-path: <dana.ruiz@nordhaven-supply.example>
Received: from [10.20.1.15] (helo=ws-dana.nordhaven-supply.example)
	by relay2.nordhaven-supply.example with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	(envelope-from <dana.ruiz@nordhaven-supply.example>)
	id 1tKx7a-0003Qf-2B
	for purchasing@nilevalve.example; Thu, 12 Nov 2026 09:12:40 +0100
From: Dana Ruiz <dana.ruiz@nordhaven-supply.example>
To: purchasing@nilevalve.example
Subject: {req_subject(po)}
Date: {req_date(po)}
Message-ID: {po['request_message_id']}

{req_text(po)}
"""
    eml = mail("Mail Delivery System <Mailer-Daemon@relay2.nordhaven-supply.example>", "dana.ruiz@nordhaven-supply.example",
               "Mail delivery failed: returning message to sender", rfcdate("2026-11-12", "09:12:44", "+0100"),
               "<E1tKx7e-0003Qk-5C@relay2.nordhaven-supply.example>", text(t, cs="us-ascii", cte="7bit"),
               extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "purchasing@nilevalve.example")])
    return [po], eml, other("bounce", "Exim permanent failure (550 5.2.1 mailbox disabled); the quoted PO table is our own request.")

@case("tbilisi-georgian-gel", "confirmation", "ka-GE",
      "Georgian reply (Mkhedruli script) confirming couplers with GEL prices, one line with a later date in DD.MM.YYYY.")
def c():
    s = Sup("TBLS", "შპს თბილისი პნევმატიკა", "sales@tbilisi-pneumatic.example", "ka-GE")
    po = PO("4500031069", s, "GEL", "2026-11-06", [
        ("QC-EU-14", "Quick coupler EU profile 1/4\"", 150, "PC", "7.40", "2026-12-14"),
        ("QC-EU-38", "Quick coupler EU profile 3/8\"", 80, "PC", "11.90", "2026-12-14")])
    body = """გამარჯობა Dana,

გიდასტურებთ შეკვეთას № 4500031069:
1. სწრაფი შემაერთებელი 1/4" - 150 ცალი, 7,40 ლარი, მიწოდება 14.12.2026
2. სწრაფი შემაერთებელი 3/8" - 80 ცალი, 11,90 ლარი, მიწოდება 28.12.2026

პატივისცემით,
გიორგი ბერიძე
შპს თბილისი პნევმატიკა | +995 32 255 5123 | ს/კ 404123456"""
    eml = reply(po, addr("გიორგი ბერიძე", "g.beridze@tbilisi-pneumatic.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-11", "13:13:13", "+0400"), "<TB1PR02MB1111.2233@tbilisi-pneumatic.example>",
                text(body + q_outlook(po), cte="base64"))
    exp = conf("Line 1 as ordered; line 2 delivery 28.12.2026 (later). Decimal commas in GEL prices.",
               (po, {1: "A", 2: dict(d="2026-12-28")}))
    return [po], eml, exp

@case("skopje-otsustvo", "auto_reply", "mk-MK",
      "Macedonian Cyrillic out-of-office in windows-1251 QP with an English second paragraph and a sick-leave return date.")
def c():
    s = Sup("SKPJ", "Македонски алати ДООЕЛ", "prodazba@mk-alati.example", "mk-MK")
    po = PO("4500031070", s, "EUR", "2026-11-11", [
        ("PS-AIRLESS-MINI", "Airless paint sprayer compact", 3, "EA", "540.00", "2027-02-05")])
    t = """Почитувани,

Отсутна сум од канцеларија до 23.11.2026. Вашата порака ќе биде одговорена по моето враќање. За итни нарачки контактирајте ја колешката Ана Трајковска на 02 3155 123.

I am out of the office until 23 November 2026. For urgent orders please call +389 2 3155 123.

Со почит,
Марија Петровска"""
    eml = reply(po, addr("Марија Петровска", "marija@mk-alati.example", "windows-1251"), "Автоматски одговор: " + req_subject(po),
                rfcdate("2026-11-11", "09:13:05", "+0100"), "<VI1PR01MB0001.OOF@mk-alati.example>", text(t, cs="windows-1251"),
                subj_cs="windows-1251", extra=[("Auto-Submitted", "auto-replied")])
    return [po], eml, other("auto_reply", "Bilingual out-of-office; the return date is not a delivery date.")

@case("tirana-sendmail-user-unknown", "bounce", "sq-AL",
      "Old-style Sendmail 'Returned mail: see transcript for details' bounce from the supplier's own MTA, with a transcript and Albanian-named recipient.")
def c():
    s = Sup("TRNA", "Ndërtimi Shqiptar sh.p.k.", "porosi@ndertimi-al.example", "sq-AL")
    po = PO("4500031071", s, "EUR", "2026-11-10", [
        ("HK-STR-25", "Ratchet strap 25 mm x 5 m", 300, "EA", "2.60", "2026-12-18")])
    t = f"""The original message was received at Tue, 10 Nov 2026 09:12:46 +0100
from mx1.nordhaven-supply.example [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<porosi@ndertimi-al.example>
    (reason: 550 5.1.1 <porosi@ndertimi-al.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mail.ndertimi-al.example.:
>>> DATA
<<< 550 5.1.1 <porosi@ndertimi-al.example>... User unknown
550 5.1.1 <porosi@ndertimi-al.example>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)
"""
    ds = """Reporting-MTA: dns; mail.ndertimi-al.example
Arrival-Date: Tue, 10 Nov 2026 09:12:46 +0100

Final-Recipient: RFC822; porosi@ndertimi-al.example
Action: failed
Status: 5.1.1
Diagnostic-Code: SMTP; 550 5.1.1 <porosi@ndertimi-al.example>... User unknown
Last-Attempt-Date: Tue, 10 Nov 2026 09:12:47 +0100
"""
    oh = f"From: Dana Ruiz <dana.ruiz@nordhaven-supply.example>\nTo: porosi@ndertimi-al.example\nSubject: {req_subject(po)}\nDate: {req_date(po)}\nMessage-ID: {po['request_message_id']}\n"
    body = Part([("Content-Type", "multipart/report; report-type=delivery-status;\n\tboundary=\"{B}\"")], children=[
        text(t, cs="us-ascii", cte="7bit"), Part([("Content-Type", "message/delivery-status")], ds.encode()),
        Part([("Content-Type", "text/rfc822-headers")], oh.encode())], boundary="2AA9CmL0012345.1793867567/mail.ndertimi-al.example")
    eml = mail("Mail Delivery Subsystem <MAILER-DAEMON@mail.ndertimi-al.example>", "<dana.ruiz@nordhaven-supply.example>",
               "Returned mail: see transcript for details", rfcdate("2026-11-10", "09:12:47", "+0100"),
               "<202611100812.2AA9CmL0012345@mail.ndertimi-al.example>", body, extra=[("Auto-Submitted", "auto-generated (failure)")])
    return [po], eml, other("bounce", "Sendmail DSN 550 5.1.1 User unknown for the PO request.")

@case("auckland-delivery-address", "needs_review", "en-NZ",
      "Kiwi reply: 'Happy to do these' but first asks whether to deliver to Rotterdam or to the Auckland site - the answer decides lead time.")
def c():
    s = Sup("AKLD", "Kiwi Plumbing Supplies Ltd", "sales@kiwiplumbing.example", "en-NZ")
    po = PO("4500031072", s, "NZD", "2026-11-09", [
        ("TS-PASTE-500", "Thread sealant paste 500 g", 48, "EA", "19.80", "2027-01-20"),
        ("TS-TAPE-GAS", "Gas-rated PTFE tape 12 mm", 200, "ROL", "3.10", "2027-01-20")])
    body = """Kia ora Dana,

Happy to do these. Quick one before I lock it in though - your PO says deliver to Rotterdam but your last two orders went to your Auckland site in East Tamaki. Sea freight to NL would push us out to mid-Feb, Auckland we could do early Dec. Which one do you want?

Cheers,
Aroha Ngata
Kiwi Plumbing Supplies Ltd | 45 Ti Rakau Drive, East Tamaki, Auckland 2013 | 09 555 0123 | GST 123-456-789"""
    eml = reply(po, addr("Aroha Ngata", "aroha@kiwiplumbing.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-10", "14:02:59", "+1300"), "<SY4P282MB1234.5E6F@kiwiplumbing.example>",
                text(body + q_outlook(po), cte="7bit"))
    return [po], eml, other("needs_review", "Supplier asks where to deliver before locking in; both candidate dates are conditional.")
