"""Cases 054-070."""
from . import mime, pdf
from .common import (AUTO, C, E, L, PO, S, case, conf, reply, rfc822_part, req_subject, wd, assemble, pdfdate,
                     gdate)


@case("gutters-forwarded-plant-answer", "confirmation/en-ZA",
      "sales forwards the plant's internal answer: line 1 in two loads ('4 Dec' and '15 Jan 2027'), other lines as ordered")
def c_fwd_za(slug):
    sup = S("HIGHVELD", "Highveld Gutter Systems (Pty) Ltd", "sales@highveldgutters.example", "en-ZA")
    po = PO("4500322410", sup, "ingrid", "USD", "2026-11-23", [
        L("ZG-COIL-400", "Zinc strip coil 400 mm x 0.7 mm (sold per m)", 1000, "M", "9.60", "2026-12-11"),
        L("ZG-SOLD-3", "Solder 40/60, 3 mm wire, 250 g", 60, "PCS", "11.25", "2026-12-11"),
        L("ZG-CLIP-28", "Seam clip 28 mm", 2000, "PCS", "0.22", "2026-12-11"),
    ])
    body = """Hi Ingrid,

See below from our Germiston plant - that's our confirmation for PO 4500322410. Prices as per your PO.

Regards,
Thabo Mokoena
Key Accounts | Highveld Gutter Systems (Pty) Ltd
23 Steel Rd, Germiston 1401, South Africa
Tel +27 11 825 4410 | Cell +27 82 555 0193

---------- Forwarded message ---------
From: Pieter van Wyk <p.vanwyk@highveldgutters.example>
Date: Thu, 26 Nov 2026 at 16:02
Subject: PO 4500322410 Kestrel
To: Thabo Mokoena <t.mokoena@highveldgutters.example>

Thabo,

Coil line is booked, so line 1 goes in two loads: 600 m on 4 Dec and the remaining 400 m on 15 Jan 2027.
Solder and seam clips (lines 2 and 3) are in stock - full qty for the 11th of December as asked.

Pieter
Production Planning, Germiston
"""
    wd("2026-11-26", "Thu")
    eml = reply(slug, po, ("Thabo Mokoena", "t.mokoena@highveldgutters.example"), body, (2026, 11, 27, 8, 15, 0, 120),
                client="gmail", cs="UTF-8", quote="gmail", subject="Re: " + req_subject(po))
    exp = E("confirmation", "en-ZA forwarded internal message: line 1 split 600 m on 4 Dec (2026-12-04) and 400 m on "
            "15 Jan 2027; lines 2 and 3 as ordered on 11 December; prices per PO.",
            conf(po, {1: C(s=[(600, "2026-12-04"), (400, "2027-01-15")]), 2: "A", 3: "A"}))
    return [po], eml, exp


@case("freezer-gaskets-factura-otra-oc", "unrelated/es-MX",
      "Mexican CFDI invoice (PDF + XML) for a different, older purchase order of the same supplier")
def c_invoice_mx(slug):
    sup = S("ERBAJIO", "Empaques Refrigerados del Bajío S.A. de C.V.", "ventas@erbajio.example", "es-MX")
    po = PO("4500322470", sup, "marcus", "USD", "2026-11-16", [
        L("FG-BJ-1100", "Freezer gasket 1100x560 mm, magnetic, white", 70, "PCS", "15.90", "2026-12-15"),
        L("FG-BJ-CRN", "Corner piece for gasket, 90 deg", 280, "PCS", "0.65", "2026-12-15"),
    ])
    body = """Estimado cliente:

Le enviamos la factura A-18842 correspondiente a su orden de compra 4500309981 (entrega del 20/10/2026, remisión R-7731).

Importe total: USD 2,146.50 - vencimiento 19/12/2026.

Se adjuntan el PDF y el XML del CFDI.

Atentamente,
Facturación
Empaques Refrigerados del Bajío S.A. de C.V.
Blvd. Aeropuerto 2140, León, Gto., C.P. 37545
Tel. +52 477 710 2288
"""
    pdfb = pdf.simple_doc(
        ["FACTURA A-18842", "Empaques Refrigerados del Bajio S.A. de C.V.  RFC ERB0912104K2",
         "Cliente: Kestrel Supply Group  -  Orden de compra: 4500309981", "Fecha: 19/11/2026   Vencimiento: 19/12/2026"],
        ["Partida", "Clave", "Descripcion", "Cant.", "P. unit.", "Importe"],
        [["1", "FG-BJ-0900", "Empaque 900x520 mm", "90", "USD 14.85", "USD 1,336.50"],
         ["2", "FG-BJ-CRN", "Esquinero 90 grados", "1,000", "USD 0.81", "USD 810.00"]],
        ["Total: USD 2,146.50", "UUID: 6F2A91C4-7D3B-4E8A-9C12-5B0E4D7A3F61"],
        [50, 95, 170, 330, 380, 460], title="Factura A-18842", author="ERB", producer="CONTPAQi Comercial",
        date=pdfdate(2026, 11, 19, 11, 0, "-06'00'"), compress=True)
    assert 90 * 14.85 + 1000 * 0.81 == 2146.5
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" '
           'Version="4.0" Serie="A" Folio="18842" Fecha="2026-11-19T11:00:00" Moneda="USD" SubTotal="2146.50" '
           'Total="2146.50" TipoDeComprobante="I"><cfdi:Emisor Rfc="ERB0912104K2" Nombre="EMPAQUES REFRIGERADOS DEL BAJIO"/>'
           '<cfdi:Conceptos><cfdi:Concepto NoIdentificacion="FG-BJ-0900" Cantidad="90" ValorUnitario="14.85" Importe="1336.50" '
           'Descripcion="Empaque 900x520 mm"/><cfdi:Concepto NoIdentificacion="FG-BJ-CRN" Cantidad="1000" ValorUnitario="0.81" '
           'Importe="810.00" Descripcion="Esquinero 90 grados"/></cfdi:Conceptos></cfdi:Comprobante>\n')
    eml = reply(slug, None, ("Facturación ERB", "facturacion@erbajio.example"), body, (2026, 11, 19, 11, 2, 30, -360),
                client="other", cs="utf-8", quote="none", threaded=False, subject="Factura A-18842 - OC 4500309981",
                to=("Marcus Obi", "marcus.obi@kestrel-supply.example"),
                attachments=[mime.attachment(pdfb, "application/pdf", "A-18842.pdf"),
                             mime.attachment(xml.encode(), "text/xml", "A-18842.xml")])
    exp = E("unrelated", "es-MX invoice for older PO 4500309981 (not in pos.json) with prices, quantities and a due date; "
            "says nothing about open PO 4500322470.")
    return [po], eml, exp


@case("petri-erp-sales-order-pdf", "confirmation/en-SG",
      "ERP 'system-generated' mail, not threaded, whose uncompressed PDF confirms two lines and moves one to 11/12/2026 (dd/mm)")
def c_erp_sg(slug):
    sup = S("LIONCITY", "Lion City Labware Pte. Ltd.", "orders@lioncitylab.example", "en-SG")
    po = PO("4500322533", sup, "tomasz", "USD", "2026-11-24", [
        L("PD-CT-55", "Contact plate 55 mm, PS, sterile, 10/sleeve", 2000, "PCS", "0.42", "2026-12-08"),
        L("PD-90-3V", "Petri dish 90x15 mm, 3 vents, PS", 10000, "PCS", "0.16", "2026-12-08"),
        L("PD-SQ-100", "Square Petri dish 100x100 mm, grid 13x13", 1000, "PCS", "0.88", "2026-12-08"),
    ])
    pdfb = pdf.simple_doc(
        ["SALES ORDER CONFIRMATION  SO-2611-0457", "Lion City Labware Pte. Ltd.  |  UEN 201412345K",
         "8 Jurong West Street 42, #05-11, Singapore 648331", "Customer: Kestrel Supply Group (Rotterdam)",
         "Customer PO: 4500322533    SO date: 25/11/2026    Incoterm: DAP Rotterdam"],
        ["Ln", "Item", "Description", "Qty", "UoM", "Unit Price", "Delivery Date"],
        [["1", "PD-CT-55", "Contact plate 55 mm sterile", "2,000", "PCS", "USD 0.42", "08/12/2026"],
         ["2", "PD-90-3V", "Petri dish 90x15 3 vents", "10,000", "PCS", "USD 0.16", "11/12/2026"],
         ["3", "PD-SQ-100", "Square dish 100x100 grid", "1,000", "PCS", "USD 0.88", "08/12/2026"]],
        ["Total: USD 3,320.00", "Dates are delivery dates at consignee (DD/MM/YYYY).",
         "This document is system generated and requires no signature."],
        [50, 75, 150, 330, 380, 420, 490], title="SO-2611-0457", author="Lion City Labware",
        producer="SAP Business One 10.0", date=pdfdate(2026, 11, 25, 17, 3, "+08'00'"), compress=False)
    assert round(2000 * 0.42 + 10000 * 0.16 + 1000 * 0.88, 2) == 3320.0
    body = """Dear Customer,

This is a system-generated e-mail. Please find attached Sales Order Confirmation SO-2611-0457 for your Purchase Order 4500322533.

Please do not reply to this e-mail. For enquiries contact sales@lioncitylab.example or +65 6861 2044.

Lion City Labware Pte. Ltd.
"""
    eml = reply(slug, None, ("Lion City Labware ERP", "noreply@lioncitylab.example"), body,
                (2026, 11, 25, 17, 4, 0, 480), client="erp", cs="us-ascii", cte="7bit", text_only=True, quote="none",
                threaded=False, subject="Sales Order Confirmation SO-2611-0457 (Your PO 4500322533)",
                to=("Tomasz Nowicki", "tomasz.nowicki@kestrel-supply.example"),
                attachments=[mime.attachment(pdfb, "application/pdf", "SO-2611-0457.pdf")],
                extra=[("X-Mailer", "SAP Business One Mailer")])
    exp = E("confirmation", "en-SG ERP mail from noreply@ (not an auto_reply: the PDF commits): lines 1 and 3 as ordered, "
            "line 2 delivery 11/12/2026 (DD/MM); not threaded, matched by the PO number.",
            conf(po, {1: "A", 2: C(d="2026-12-11"), 3: "A"}))
    return [po], eml, exp


@case("sourdough-jars-iphone-thursday", "confirmation/en-IE",
      "short iPhone reply: 'Thursday 17 December' without a year and a new per-box price for the bands")
def c_jars_ie(slug):
    sup = S("WICKLOW", "Wicklow Kitchen Glass Ltd", "orders@wicklowglass.example", "en-IE")
    po = PO("4500322590", sup, "dana", "EUR", "2026-11-25", [
        L("SJ-1L-WT", "Sourdough starter jar 1 l with wooden lid, 2027 edition", 240, "PCS", "5.10", "2026-12-11"),
        L("SJ-BND-24", "Silicone level band, box of 24", 20, "BOX", "9.60", "2026-12-11"),
    ])
    wd("2026-12-17", "Thu")
    body = """Hi Dana,

Jars all good - 240 @ 5.10, we'll have them with you Thursday 17 December. The bands are 9.90 a box now, 20 boxes, same delivery.

Sorry for the short one - on the road.

Aoife

Sent from my iPhone
"""
    eml = reply(slug, po, ("Aoife Byrne", "aoife@wicklowglass.example"), body, (2026, 11, 30, 13, 7, 22, 0),
                client="iphone", cs="utf-8", quote="gmail",
                attribution="On 25 Nov 2026, at 08:14, Dana Ruiz <dana.ruiz@kestrel-supply.example> wrote:",
                subject="Re: " + req_subject(po))
    exp = E("confirmation", "en-IE: 'Thursday 17 December' (no year -> 2026-12-17) for both lines; bands EUR 9.90 per box "
            "(PO unit BOX) instead of 9.60.",
            conf(po, {1: C(d="2026-12-17"), 2: C(p="9.90", d="2026-12-17")}))
    return [po], eml, exp


@case("hook-latches-drawing-revision", "needs_review/tr-TR",
      "Turkish question about drawing revision C vs D (spring wire 2 mm vs 1,5 mm) before sending the order confirmation")
def c_question_tr(slug):
    sup = S("ANADOLU", "Anadolu Kaldırma Ekipmanları A.Ş.", "siparis@anadolukaldirma.example", "tr-TR")
    po = PO("4500322655", sup, "marcus", "EUR", "2026-11-25", [
        L("HL-AK-12", "Hook latch size 12 (6.3 t), drawing HL-12 rev. D", 200, "PCS", "5.60", "2026-12-14"),
        L("HL-AK-20", "Hook latch size 20 (16 t), drawing HL-20 rev. D", 120, "PCS", "8.90", "2026-12-14"),
    ])
    body = """Merhaba Marcus Bey,

4500322655 no'lu siparişiniz için teşekkür ederiz.

2. kalemdeki mandal için teknik resimde Rev. C mi yoksa Rev. D mi geçerli? Rev. D'de yay teli 2 mm, bizim stokta 1,5 mm tel var. Rev. C ile 14.12.2026 tarihine yetiştirebiliriz, Rev. D için yeni tel siparişi gerekir.

Teyidinizi aldıktan sonra sipariş onayını göndereceğiz.

Saygılarımızla,
Elif Yıldırım
Satış Destek
Anadolu Kaldırma Ekipmanları A.Ş.
Organize Sanayi Bölgesi 4. Cadde No: 18, 16140 Nilüfer/Bursa
Tel: +90 224 411 52 60
"""
    eml = reply(slug, po, ("Elif Yıldırım", "elif.yildirim@anadolukaldirma.example"), body,
                (2026, 11, 26, 10, 40, 0, 180), client="outlook", cs="windows-1254", lang="tr", content_lang="tr-TR",
                subject="YNT: " + req_subject(po))
    exp = E("needs_review", "tr-TR: supplier asks which drawing revision applies before confirming; '14.12.2026 with Rev. C' "
            "is an option, not a commitment.")
    return [po], eml, exp


@case("candle-snuffers-semaine-50", "confirmation/fr-FR",
      "French: two lines 'livraison semaine 50' (ISO week -> Friday 11 Dec), the silver-plated line rejected")
def c_snuffer_fr(slug):
    sup = S("ORFLYON", "Orfèvrerie Liturgique de Lyon", "commandes@orfevrerie-lyon.example", "fr-FR")
    po = PO("4500322710", sup, "lucia", "EUR", "2026-11-25", [
        L("CS-LAI-150", "Candle snuffer, brass, 150 cm, 2-piece handle", 10, "PCS", "74.00", "2026-12-04"),
        L("CS-ARG-150", "Candle snuffer, silver-plated, 150 cm", 4, "PCS", "138.00", "2026-12-04"),
        L("CS-CAP-45", "Replacement bell cap 45 mm", 20, "PCS", "12.50", "2026-12-04"),
    ])
    body = """Bonjour Madame Ferrante,

Suite à votre commande 4500322710 :

- lignes 1 et 3 : confirmées, quantités et prix inchangés, livraison semaine 50 ;
- ligne 2 : l'éteignoir argenté n'est plus fabriqué, nous ne pouvons malheureusement pas le fournir.

Nous restons à votre disposition.

Cordialement,

Bernard Chaumette
Service commercial
Orfèvrerie Liturgique de Lyon
8 rue Mercière, 69002 Lyon
Tél. : 04 78 42 17 63
"""
    eml = reply(slug, po, ("Bernard Chaumette", "b.chaumette@orfevrerie-lyon.example"), body,
                (2026, 11, 27, 16, 12, 0, 60), client="outlook", cs="windows-1252", lang="fr", content_lang="fr-FR",
                subject="RE : " + req_subject(po))
    exp = E("confirmation", "fr-FR: 'livraison semaine 50' without a day = Friday of ISO week 50 = 2026-12-11 for lines 1 "
            "and 3; line 2 no longer made = rejected.",
            conf(po, {1: C(d="2026-12-11"), 2: "R", 3: C(d="2026-12-11")}))
    return [po], eml, exp


@case("mask-elastic-japanese-dsn", "bounce/ja-JP",
      "ISO-2022-JP DSN from the supplier's server (mailbox full) in Japanese and English with the original request attached")
def c_dsn_ja(slug):
    sup = S("HIKARI", "株式会社ひかりマスク資材", "juchu@hikari-mask.example", "ja-JP")
    po = PO("4500322744", sup, "helen", "USD", "2026-11-26", [
        L("ME-HK-3W", "Ear-loop elastic 3 mm, white, 1000 m roll", 150, "ROL", "12.20", "2026-12-17"),
        L("ME-HK-4B", "Ear-loop elastic 4 mm, black, 1000 m roll", 80, "ROL", "13.60", "2026-12-17"),
    ])
    t = """この電子メールは、サーバーの設定により自動的に送信されています。
以下のアドレスへのメール配送に失敗しました。

This message was created automatically by the mail system.
Delivery to the following recipient failed permanently:

    juchu@hikari-mask.example

理由 / Reason: 552 5.2.2 Mailbox full (メールボックスの容量超過)
"""
    ds = """Reporting-MTA: dns; mx2.hikari-mask.example
Arrival-Date: Thu, 26 Nov 2026 17:14:05 +0900

Final-Recipient: rfc822; juchu@hikari-mask.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
"""
    body = mime.multipart("report", [mime.text(t, "plain", "iso-2022-jp", "7bit"),
                                     mime.raw_part([("Content-Type", "message/delivery-status")], ds.encode()),
                                     rfc822_part(po)],
                          "=_mx2_" + mime.h(slug, 20, "b"), params=" report-type=delivery-status;")
    hs = [("Date", "Thu, 26 Nov 2026 17:14:06 +0900"),
          ("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx2.hikari-mask.example>"),
          ("To", "helen.park@kestrel-supply.example"),
          ("Subject", mime.ew("配送失敗のお知らせ / Returned mail: see transcript for details", "iso-2022-jp", "B")),
          ("Message-ID", "<202611260814.%s@mx2.hikari-mask.example>" % mime.h(slug, 12, "m")),
          ("Auto-Submitted", "auto-replied")]
    eml = assemble(hs, body)
    exp = E("bounce", "ja-JP remote DSN (552 5.2.2 mailbox full), ISO-2022-JP text plus delivery-status and the original "
            "request with its PO table.")
    return [po], eml, exp


@case("window-poles-quebec", "confirmation/fr-CA",
      "Québec French with '47,50 $' (CAD, decimal comma, trailing symbol) and an ISO date 'le 2026-12-14'")
def c_poles_ca(slug):
    sup = S("PERCHNORD", "Perches Nordiques inc.", "commandes@perchesnordiques.example", "fr-CA")
    po = PO("4500322777", sup, "helen", "CAD", "2026-11-26", [
        L("WP-TEL-5", "Telescopic pole 3 x 1.7 m (5 m), 24 mm", 40, "PCS", "45.00", "2026-12-14"),
        L("WP-SQG-35", "Squeegee channel 35 cm", 80, "PCS", "8.25", "2026-12-14"),
    ])
    body = """Bonjour Madame Park,

Nous confirmons votre commande 4500322777 :

ligne 1 : 40 perches télescopiques à 47,50 $ chacune (hausse du prix de l'aluminium depuis octobre);
ligne 2 : 80 raclettes à 8,25 $.

Livraison prévue le 2026-12-14 pour les deux lignes.

Cordialement,

Marie-Ève Tremblay
Service à la clientèle
Perches Nordiques inc.
1450, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B7
Tél. : 450 555-0172
"""
    eml = reply(slug, po, ("Marie-Ève Tremblay", "me.tremblay@perchesnordiques.example"), body,
                (2026, 11, 30, 9, 35, 10, -300), client="outlook", cs="iso-8859-1", lang="fr", content_lang="fr-CA",
                subject="RE : " + req_subject(po))
    exp = E("confirmation", "fr-CA: '47,50 $' = 47.50 CAD per pole (PO 45.00); line 2 and the ISO date 2026-12-14 as "
            "ordered.",
            conf(po, {1: C(p="47.50"), 2: "A"}))
    return [po], eml, exp


@case("roaster-drums-three-pos-two-answered", "confirmation/it-IT",
      "three open POs; the Italian reply answers two (one as ordered, one with a new date and a new price) and ignores the third")
def c_three_it(slug):
    sup = S("TTMTORR", "Tamburi Torrefazione Macchine S.p.A.", "vendite@ttm-torrefazione.example", "it-IT")
    po1 = PO("4500322801", sup, "lucia", "EUR", "2026-11-26", [
        L("RD-5-SS", "Roasting drum 5 kg, stainless 2 mm", 3, "EA", "980.00", "2026-12-15"),
        L("RD-FLG-5", "Drum flange 5 kg, M10x40 bolts", 6, "PCS", "74.00", "2026-12-15"),
    ])
    po2 = PO("4500322834", sup, "lucia", "EUR", "2026-11-26", [
        L("RD-12-CS", "Roasting drum 12 kg, carbon steel", 2, "EA", "1540.00", "2026-12-18"),
    ])
    po3 = PO("4500322866", sup, "lucia", "EUR", "2026-11-26", [
        L("RD-VAN-12", "Mixing vane set for 12 kg drum", 4, "SET", "260.00", "2026-12-15"),
        L("RD-SHF-30", "Drive shaft 30 mm, 1.2 m", 4, "PCS", "198.00", "2026-12-15"),
    ])
    body = """Buongiorno Lucia,

grazie per gli ordini. Vi confermiamo:

Ordine 4500322801: pos. 1 e 2 come da ordine, consegna 15/12.

Ordine 4500322866:
pos. 1 - OK quantità e prezzo, consegna 22/12 anziché 15/12;
pos. 2 - prezzo 212,00 € anziché 198,00 € (nuovo listino acciai), consegna 15/12.

Cordiali saluti

Federica Rinaldi
Ufficio Vendite
Tamburi Torrefazione Macchine S.p.A.
Via dell'Artigianato 31, 36015 Schio (VI)
Tel. +39 0445 57 12 90
"""
    eml = reply(slug, po1, ("Federica Rinaldi", "f.rinaldi@ttm-torrefazione.example"), body,
                (2026, 11, 27, 12, 1, 45, 60), client="outlook", cs="iso-8859-15", lang="it", content_lang="it-IT",
                subject="R: " + req_subject(po1))
    exp = E("confirmation", "it-IT: PO 4500322801 as ordered (15/12 = requested); PO 4500322866 pos. 1 date 22/12 and "
            "pos. 2 price 212,00; PO 4500322834 is not addressed and is left out.",
            conf(po1, {1: "A", 2: "A"}), conf(po3, {1: C(d="2026-12-22"), 2: C(p="212.00")}))
    return [po1, po2, po3], eml, exp


@case("snuffers-lomalla-ooo", "auto_reply/fi-FI",
      "Finnish/English holiday auto-reply with a date range '23.11.-4.12.2026' and a substitute contact")
def c_ooo_fi(slug):
    sup = S("POHKIRK", "Pohjolan Kirkkotarvike Oy", "tilaukset@kirkkotarvike.example", "fi-FI")
    po = PO("4500322890", sup, "ingrid", "EUR", "2026-11-26", [
        L("CS-PK-130", "Candle snuffer, brass, 130 cm", 8, "PCS", "64.00", "2026-12-16"),
        L("CS-PK-HK", "Snuffer hook for wall mounting", 8, "PCS", "9.50", "2026-12-16"),
    ])
    body = """Hei,

olen lomalla 23.11.-4.12.2026 enkä lue sähköpostiani. Kiireellisissä tilausasioissa ota yhteyttä Mikko Laineeseen, puh. +358 40 555 2871.

Hello,

I am on leave 23.11.-4.12.2026 and will not read my e-mail. For urgent order matters please contact Mikko Laine, tel. +358 40 555 2871.

Terveisin / Best regards
Sari Heikkinen
Pohjolan Kirkkotarvike Oy
"""
    eml = reply(slug, po, ("Sari Heikkinen", "sari.heikkinen@kirkkotarvike.example"), body,
                (2026, 11, 26, 10, 14, 31, 120), client="outlook", cs="iso-8859-1", quote="none", content_lang="fi-FI",
                subject="Automaattinen vastaus: " + req_subject(po), extra=AUTO)
    exp = E("auto_reply", "fi-FI holiday auto-reply; the date range is the absence, not a delivery date.")
    return [po], eml, exp


@case("gutters-tabla-entrega-parcial", "confirmation/es-ES",
      "Spanish plain-text table where one position has two delivery rows (60 now, 30 in January) and position 3 is simply missing")
def c_table_es(slug):
    sup = S("ZINCCUB", "Zinc y Cubiertas del Norte S.L.", "pedidos@zinccubiertas.example", "es-ES")
    po = PO("4500322920", sup, "dana", "EUR", "2026-11-27", [
        L("ZG-CAJ-250", "Zinc box gutter, 250 mm development, 0.65 mm, 2 m", 150, "PCS", "18.40", "2026-12-11"),
        L("ZG-BAJ-80", "Zinc downpipe 80 mm, 3 m", 90, "PCS", "21.70", "2026-12-11"),
        L("ZG-ESQ-250", "External corner 90 deg, 250 mm", 24, "PCS", "16.80", "2026-12-11"),
    ])
    body = """Buenos días Dana:

Le confirmamos el pedido 4500322920 según la tabla:

Pos. | Cant.   | Precio  | Entrega
1    | 150 uds | 18,40 € | 11/12/2026
2    | 60 uds  | 21,70 € | 11/12/2026
     | 30 uds  | 21,70 € | 08/01/2027

Las 30 bajantes restantes de la pos. 2 salen de la primera fabricación de enero.

Un saludo,
Iñaki Etxeberria
Dpto. Comercial
Zinc y Cubiertas del Norte S.L.
Polígono Ugaldeguren III, parcela 7, 48170 Zamudio (Bizkaia)
Tel. 944 52 18 30
"""
    eml = reply(slug, po, ("Iñaki Etxeberria", "i.etxeberria@zinccubiertas.example"), body,
                (2026, 11, 30, 12, 44, 0, 60), client="outlook", cs="iso-8859-15", lang="es", content_lang="es-ES",
                subject="RE: " + req_subject(po))
    exp = E("confirmation", "es-ES table: pos. 2 has two delivery rows, 60 on 11/12/2026 and 30 on 08/01/2027 -> total 90, "
            "last date 2027-01-08; pos. 1 as ordered; pos. 3 is not in the table = unconfirmed.",
            conf(po, {1: "A", 2: C(s=[(60, "2026-12-11"), (30, "2027-01-08")]), 3: "U"}))
    return [po], eml, exp


@case("roaster-drums-reajuste-aprovacao", "needs_review/pt-BR",
      "Brazilian price increase 'US$ 3.120,00' that must be approved before the supplier confirms order and date")
def c_approve_br(slug):
    sup = S("TORRPAUL", "Torradores Paulista Ltda.", "vendas@torradorespaulista.example", "pt-BR")
    po = PO("4500322985", sup, "helen", "USD", "2026-11-27", [
        L("RD-BR-25", "Roaster drum 25 kg, stainless 3 mm, 2027 model", 2, "EA", "2890.00", "2026-12-18"),
        L("RD-BR-TRM", "Drum thermocouple type K, 1/4 in", 4, "PCS", "36.00", "2026-12-18"),
    ])
    body = """Olá Helen, tudo bem?

Recebemos o pedido 4500322985, obrigado.

Devido ao reajuste do aço inox, o preço do tambor de 25 kg passa a US$ 3.120,00 por unidade (antes US$ 2.890,00). Pedimos a gentileza de aprovar o novo valor para que possamos confirmar o pedido e a data de entrega.

Fico no aguardo.

Abraços,
Rafael Souza
Vendas Internacionais
Torradores Paulista Ltda.
Rua Guaicurus, 1540 - Lapa, São Paulo - SP, 05033-002
Tel. +55 11 3862 4410
"""
    eml = reply(slug, po, ("Rafael Souza", "rafael.souza@torradorespaulista.example"), body,
                (2026, 11, 30, 15, 20, 0, -180), client="gmail", cs="UTF-8", quote="gmail",
                attribution="Em sex., 27 de nov. de 2026 às 05:14, Helen Park <helen.park@kestrel-supply.example> escreveu:",
                subject="Re: " + req_subject(po))
    wd("2026-11-27", "Fri")
    exp = E("needs_review", "pt-BR: new price proposed and confirmation explicitly deferred until the buyer approves it; "
            "no date given.")
    return [po], eml, exp


@case("freezer-gaskets-partidas-mx", "confirmation/es-MX",
      "Mexican 'partidas' with dot decimals ($436.00 MXN c/u) and dd/mm dates; one partida changes price and date")
def c_gaskets_mx(slug):
    sup = S("REFHEL", "Refacciones Heladeras de Occidente S.A. de C.V.", "ventas@refheladeras.example", "es-MX")
    po = PO("4500323044", sup, "marcus", "MXN", "2026-11-27", [
        L("FG-PAL-700", "Gasket for paleta freezer lid 700x520 mm", 80, "PCS", "265.00", "2026-12-10"),
        L("FG-VIT-1500", "Display freezer door gasket 1500x650 mm, 3/8 magnet", 40, "PCS", "410.00", "2026-12-10"),
    ])
    body = """Buen día Sr. Obi,

Le confirmamos su orden de compra 4500323044:

Partida 1: 80 pzas a $265.00 MXN c/u, entrega 10/12/2026.
Partida 2: 40 pzas a $436.00 MXN c/u (ajuste por tipo de cambio del imán importado), entrega 17/12/2026.

Quedamos atentos a cualquier duda.

Saludos cordiales,
Lic. Verónica Ramírez
Ventas
Refacciones Heladeras de Occidente S.A. de C.V.
Av. Vallarta 6503, Zapopan, Jal., C.P. 45010
Tel. +52 33 3110 4820
"""
    eml = reply(slug, po, ("Verónica Ramírez", "vramirez@refheladeras.example"), body, (2026, 12, 2, 10, 5, 0, -360),
                client="outlook", cs="iso-8859-1", lang="es", content_lang="es-MX", subject="RE: " + req_subject(po))
    exp = E("confirmation", "es-MX: partida 1 as ordered; partida 2 price $436.00 (dot decimal) and entrega 17/12/2026 "
            "(day-first).",
            conf(po, {1: "A", 2: C(p="436.00", d="2026-12-17")}))
    return [po], eml, exp


@case("candle-snuffers-entrega-faseada", "confirmation/pt-PT",
      "European Portuguese phased delivery '6 un. a 9 de dezembro e 6 un. a 6 de janeiro' without years (January = 2027)")
def c_snuffer_pt(slug):
    sup = S("ARTFAT", "Artigos Religiosos Fátima Lda.", "encomendas@artreligiosos-fatima.example", "pt-PT")
    po = PO("4500323100", sup, "lucia", "EUR", "2026-11-12", [
        L("CS-LAT-100", "Candle snuffer, brass, 100 cm", 24, "PCS", "39.50", "2026-12-09"),
        L("CS-LAT-200", "Candle snuffer, brass, 200 cm, 3-part", 12, "PCS", "67.00", "2026-12-09"),
    ])
    body = """Cara Sra. Ferrante,

Agradecemos a sua encomenda. Confirmamos a encomenda n.º 4500323100:

- linha 1: 24 un. a 39,50 €, entrega a 9 de dezembro;
- linha 2: 12 un. a 67,00 €, entrega faseada: 6 un. a 9 de dezembro e as restantes 6 un. a 6 de janeiro.

Com os melhores cumprimentos,
Joana Marques
Departamento Comercial
Artigos Religiosos Fátima Lda.
Rua Jacinta Marto 45, 2495-450 Fátima
Tel. +351 249 531 220
"""
    eml = reply(slug, po, ("Joana Marques", "joana.marques@artreligiosos-fatima.example"), body,
                (2026, 11, 17, 11, 20, 0, 0), client="outlook", cs="windows-1252", lang="pt", content_lang="pt-PT",
                subject="RE: " + req_subject(po))
    exp = E("confirmation", "pt-PT: dates without year; '9 de dezembro' -> 2026-12-09 (requested), '6 de janeiro' -> "
            "2027-01-06; line 2 split 6 + 6.",
            conf(po, {1: "A", 2: C(s=[(6, "2026-12-09"), (6, "2027-01-06")])}))
    return [po], eml, exp


@case("roaster-drums-fiera-invito", "unrelated/it-IT",
      "Italian trade-fair invitation (stand, dates, 5 % discount until 31/01/2027) from the supplier's marketing address")
def c_fair_it(slug):
    sup = S("OMCV", "Officine Macchine Caffè Vicentine S.r.l.", "ordini@omcv.example", "it-IT")
    po = PO("4500323150", sup, "lucia", "EUR", "2026-11-27", [
        L("RD-OM-10", "Roaster drum 10 kg, stainless 2.5 mm", 2, "EA", "1260.00", "2026-12-18"),
    ])
    t = """Gentile cliente,

siamo lieti di invitarLa a visitare il nostro stand alla fiera internazionale del caffè a Milano, dal 22 al 26 gennaio 2027 (Padiglione 10, stand B21).

Presenteremo i nuovi tamburi di tostatura da 5, 10 e 25 kg con parete da 3 mm e il sistema di controllo della curva di tostatura.

Per tutti gli ordini firmati in fiera o entro il 31/01/2027: sconto del 5%.

Registrazione gratuita: www.omcv.example/fiera2027

Officine Macchine Caffè Vicentine S.r.l. - Via Lago di Garda 22, 36015 Schio (VI)
Per non ricevere più queste comunicazioni: www.omcv.example/disiscrizione
"""
    eml = reply(slug, None, ("OMCV Marketing", "marketing@omcv.example"), t, (2026, 12, 3, 8, 0, 0, 60),
                client="other", cs="utf-8", quote="none", threaded=False,
                subject="Invito: vi aspettiamo in fiera a Milano, 22-26 gennaio 2027",
                to=("Lucia Ferrante", "lucia.ferrante@kestrel-supply.example"),
                extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://www.omcv.example/disiscrizione>"),
                       ("X-Mailer", "Mailchimp Mailer")])
    exp = E("unrelated", "it-IT marketing invitation with fair dates and a discount deadline; does not answer PO 4500323150.")
    return [po], eml, exp


@case("arrow-nocks-koi8u-per-pack", "confirmation/uk-UA",
      "KOI8-U Ukrainian reply pricing per pack of 100 ('9,20 EUR за упаковку') while the PO is per piece; reply below the quote")
def c_nocks_uk(slug):
    sup = S("STRILA", "ТОВ Стріла-Спорт", "zakaz@strila-sport.example", "uk-UA")
    po = PO("4500323166", sup, "ingrid", "EUR", "2026-11-27", [
        L("AN-UNI-62", "Uni nock for 6.2 mm shafts, mixed colours", 2000, "PCS", "0.085", "2026-12-14"),
        L("AN-BUS-62", "Nock bushing 6.2 mm, aluminium", 1000, "PCS", "0.21", "2026-12-14"),
    ])
    body = """
Добрий день, пані Сало!

Підтверджуємо замовлення 4500323166:

позиція 1 - 2000 шт. (20 упаковок по 100 шт.), ціна 9,20 EUR за упаковку, поставка 14.12.2026;
позиція 2 - 1000 шт., 0,21 EUR/шт., поставка 14.12.2026.

З повагою,
Олена Коваленко
відділ продажу
ТОВ "Стріла-Спорт"
вул. Промислова, 7, м. Львів, 79024
тел. +380 32 295 41 80
"""
    eml = reply(slug, po, ("Олена Коваленко", "o.kovalenko@strila-sport.example"), body, (2026, 12, 1, 11, 12, 0, 120),
                client="thunderbird", cs="koi8-u", cte="8bit", text_only=True, quote="gmail", quote_above=True,
                attribution="27.11.2026 10:14, Ingrid Salo пише:", subject="Re: " + req_subject(po),
                content_lang="uk-UA")
    exp = E("confirmation", "uk-UA: price per pack of 100 -> 9,20 / 100 = 0.092 EUR per piece (PO 0.085); position 2 and "
            "the 14.12.2026 date as ordered.",
            conf(po, {1: C(p="0.092"), 2: "A"}))
    return [po], eml, exp


@case("milking-liners-malay-split", "confirmation/ms-MY",
      "Malay reply: one item as ordered, one split 500 + 300 with '8/1/2027' (day-first), one item cannot be supplied")
def c_liners_ms(slug):
    sup = S("GETAH", "Getah Tenusu Sdn. Bhd.", "jualan@getahtenusu.example", "ms-MY")
    po = PO("4500323230", sup, "tomasz", "USD", "2026-11-27", [
        L("ML-NBR-24", "Milking liner NBR rubber 24 mm, 2500 milkings", 1200, "PCS", "2.35", "2026-12-18"),
        L("ML-NBR-20", "Milking liner NBR rubber 20 mm", 800, "PCS", "2.20", "2026-12-18"),
        L("ML-AIR-8", "Air tube 8x14 mm, twin, 1.2 m", 400, "PCS", "1.10", "2026-12-18"),
    ])
    body = """Salam sejahtera Encik Tomasz,

Terima kasih atas pesanan tuan. Kami mengesahkan PO 4500323230 seperti berikut:

Item 1 - 1,200 pcs @ USD 2.35, tarikh penghantaran 18/12/2026.
Item 2 - 800 pcs @ USD 2.20, dihantar dalam dua penghantaran: 500 pcs pada 18/12/2026 dan 300 pcs pada 8/1/2027.
Item 3 - harap maaf, kami tidak dapat membekalkan item ini (acuan tiub berkembar sedang dibaiki).

Sekian, terima kasih.

Nurul Aisyah binti Hassan
Eksekutif Jualan
Getah Tenusu Sdn. Bhd.
Lot 1123, Kawasan Perindustrian Kamunting, 34600 Taiping, Perak
Tel: +60 5 807 2241
"""
    eml = reply(slug, po, ("Nurul Aisyah Hassan", "aisyah@getahtenusu.example"), body, (2026, 12, 2, 16, 40, 0, 480),
                client="outlook", cs="us-ascii", cte="7bit", content_lang="ms-MY", subject="RE: " + req_subject(po))
    exp = E("confirmation", "ms-MY: item 1 as ordered; item 2 split 500 on 18/12/2026 and 300 on 8/1/2027 (= 2027-01-08); "
            "item 3 cannot be supplied = rejected.",
            conf(po, {1: "A", 2: C(s=[(500, "2026-12-18"), (300, "2027-01-08")]), 3: "R"}))
    return [po], eml, exp
