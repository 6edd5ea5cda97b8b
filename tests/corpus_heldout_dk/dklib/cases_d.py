from .common import *


# 055 ------------------------------------------------------------------
@case("pipe-wrenches-serbian-five-percent", "confirmation", "sr-RS",
      "Serbian (Latin) confirmation where both lines carry a '+5%' steel surcharge stated only as a percentage.")
def c055():
    s = sup("AKG", "Alati Kragujevac d.o.o.", "prodaja@alatikg.example", "sr-RS")
    p = po("4500032494", s, "EUR", "2026-11-06", [
        ("PW-10-S90", "Pipe wrench 10 in, Swedish pattern 90 deg", 100, "EA", "11.40", "2027-01-15"),
        ("PW-36-ST", "Pipe wrench 36 in, Stillson, forged", 10, "EA", "64.00", "2027-01-15"),
    ], buyer="jonas")
    t = ("Poštovani g. Feld,\n\npotvrđujemo porudžbinu br. 4500032494. Zbog poskupljenja čelika cene su uvećane za 5% "
         "na obe stavke. Količine su kao u porudžbini, isporuka do 15.01.2027.\n\n"
         "Srdačan pozdrav,\nMilan Jovanović\nkomercijala\nAlati Kragujevac d.o.o. | PIB 101234567 | tel. +381 34 123 456\n\n"
         + q_outlook(p, "Friday, November 6, 2026 10:12 AM"))
    irt, refs = reply_to(p)
    eml = mail(("Milan Jovanović", "milan.jovanovic@alatikg.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-09 12:14", "+0100"), "<PR3PR02MB6123ABCDEF98@PR3PR02MB6123.eurprd02.prod.outlook.com>",
               text(t, cs="iso-8859-2"), irt, refs, name_cs="iso-8859-2")
    exp = expect_conf([(p, {1: chg(p, 1, price=pct("11.40", 5)), 2: chg(p, 2, price=pct("64.00", 5))})],
                      "+5% applies to the PO unit prices: 11.40 -> 11.97, 64.00 -> 67.20. Quantities as ordered; "
                      "'do 15.01.2027' = requested date.")
    return [p], eml, exp


# 056 ------------------------------------------------------------------
@case("roof-tiles-albanian-price-approval", "needs_review", "sq-AL",
      "Albanian reply announcing a higher price from January and asking us to agree before they confirm with a delivery date.")
def c056():
    s = sup("TJD", "Tjegulla Durrës sh.p.k.", "shitje@tjegulladurres.example", "sq-AL")
    p = po("4500032505", s, "EUR", "2026-11-11", [
        ("RT-CLAY-ROM", "Clay roof tile Roman type, natural red", 8000, "PC", "0.55", "2027-02-19"),
        ("RT-CLAY-RDG", "Clay ridge tile, natural red", 500, "PC", "1.20", "2027-02-19"),
    ], buyer="tomas")
    t = ("I nderuar z. Lindqvist,\n\nFaleminderit për porosinë 4500032505. Para se ta konfirmojmë, ju njoftojmë se nga "
         "1 janari 2027 çmimi i tjegullës romake do të jetë 0,61 € për copë, për shkak të rritjes së kostos së energjisë. "
         "Ju lutemi të na konfirmoni nëse jeni dakord me çmimin e ri; pastaj do t'ju dërgojmë konfirmimin me datën e dorëzimit.\n\n"
         "Me respekt,\nArben Hoxha\nTjegulla Durrës sh.p.k. | NIPT L12345678A | +355 52 123 456\n")
    irt, refs = reply_to(p)
    eml = mail(("Arben Hoxha", "arben.hoxha@tjegulladurres.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-13 11:05", "+0100"), "<20261113100500.5d2e@tjegulladurres.example>",
               alt(text(t), html("<p>" + esc(t).replace("\n", "<br>") + "</p>")), irt, refs)
    exp = expect("needs_review", "Price-increase question 'before we confirm': the supplier waits for our agreement to 0,61 € "
                 "and only then will confirm with a delivery date.")
    return [p], eml, exp


# 057 ------------------------------------------------------------------
@case("saw-chains-price-letter-maltese", "unrelated", "mt-MT",
      "Bilingual Maltese/English circular announcing a 6% price increase from 1 January 2027, sent to all customers; does not answer our PO.")
def c057():
    s = sup("MFGS", "Malta Forestry & Garden Supplies Ltd", "sales@mfgs.example", "mt-MT")
    p = po("4500032512", s, "EUR", "2026-11-10", [
        ("SC-325-66", "Saw chain .325 in, 1.5 mm, 66 drive links", 80, "EA", "13.40", "2026-12-16"),
    ])
    t = ("Għeżież klijenti,\n\nNixtiequ ninfurmawkom li b'effett mill-1 ta' Jannar 2027, il-prezzijiet tal-ktajjen tas-serrieq "
         "(Oregon u Stihl) se jiżdiedu b'6%. Ordnijiet ikkonfermati qabel il-31 ta' Diċembru 2026 jibqgħu bil-prezzijiet attwali.\n\n"
         "Dear valued customers,\n\nPlease be informed that with effect from 1 January 2027 prices of saw chains (Oregon and Stihl) "
         "will increase by 6%. Orders confirmed before 31 December 2026 will be honoured at current prices.\n\n"
         "Grazzi / Thank you,\nManagement\nMalta Forestry & Garden Supplies Ltd\nTriq l-Industrija, Qormi QRM 3000 | +356 2144 1234\n")
    eml = mail(("MFGS Management", "info@mfgs.example"), buyer(p),
               "Avviż ta' żieda fil-prezzijiet / Price increase notice 2027", rfcdate("2026-11-16 09:00", "+0100"),
               "<circular-2027-prices.1731744000@mfgs.example>",
               mixed(text(t), attach(make_pdf(["#Price increase notice 2027",
                                               "Saw chains (Oregon, Stihl): +6% from 1 January 2027.",
                                               "Orders confirmed before 31 December 2026 keep current prices."],
                                              title="Price notice 2027"), "application/pdf", "Price_Notice_2027.pdf")),
               extra=[("Precedence", "bulk")])
    exp = expect("unrelated", "General price-increase circular to all customers; it neither mentions nor answers PO 4500032512.")
    return [p], eml, exp


# 058 ------------------------------------------------------------------
@case("trolley-wheels-next-tuesday", "confirmation", "en-PK",
      "Pakistani English reply: both items at PO prices, handed to DHL 'next Tuesday, InshaAllah' - a relative ship date counted from a Thursday mail.")
def c058():
    s = sup("SCW", "Sialkot Castors & Wheels (Pvt) Ltd", "sales@sialkotcastors.example", "en-PK")
    p = po("4500032520", s, "USD", "2026-11-12", [
        ("TW-200-CI", "Trolley wheel 200 mm, cast iron centre, rubber tyre", 150, "EA", "9.80", "2026-12-09"),
        ("TW-250-PN", "Pneumatic trolley wheel 250 mm (3.00-4)", 200, "EA", "7.60", "2026-12-09"),
    ], buyer="priya")
    t = ("Dear Priya Madam,\n\nAOA. With reference to your PO # 4500032520 dated 12-11-2026, we are pleased to confirm both "
         "items at PO prices: line 1 qty 150 pcs, line 2 qty 200 pcs.\n\nGoods are ready and packed and will be handed "
         "over to DHL next Tuesday, InshaAllah.\n\nRegards,\nMuhammad Usman Tariq\nExport Manager\n"
         "Sialkot Castors & Wheels (Pvt) Ltd\nSmall Industrial Estate, Sialkot-51310, Pakistan\n"
         "Ph: +92 52 355 1234 | Cell/WhatsApp: +92 300 612 3456 | NTN: 1234567-8\n")
    irt, refs = reply_to(p)
    eml = mail(("Muhammad Usman Tariq", "usman@sialkotcastors.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-26 11:20", "+0500"), "<DX2P273MB0456C0DE1234@DX2P273MB0456.AREP273.PROD.OUTLOOK.COM>",
               text(t + "\n" + q_outlook(p, "Thursday, November 12, 2026 2:12 PM")), irt, refs)
    d = next_wd("2026-11-26", 1)
    exp = expect_conf([(p, {1: chg(p, 1, date=d), 2: chg(p, 2, date=d)})],
                      f"Mail sent Thursday 2026-11-26; 'next Tuesday' = {d}, a ship (handover) date and the only date given. "
                      "Quantities and prices as ordered, date earlier than the requested 2026-12-09.")
    return [p], eml, exp


# 059 ------------------------------------------------------------------
@case("wire-brushes-exim-plain-bounce", "bounce", "hy-AM",
      "Classic Exim bounce (text/plain, X-Failed-Recipients) from the supplier's relay with the full original PO mail pasted below.")
def c059():
    s = sup("YBF", "Yerevan Brush Factory CJSC", "sales@yerevanbrush.example", "hy-AM")
    p = po("4500032533", s, "USD", "2026-11-13", [
        ("WB-SS-TB", "Tube wire brush 25 mm, stainless, twisted", 600, "EA", "1.35", "2027-01-12"),
        ("WB-CS-HD", "Heavy-duty scratch brush, carbon steel, 4x16 rows", 300, "EA", "2.10", "2027-01-12"),
    ])
    orig = request_mail_bytes(p, rfcdate("2026-11-13 09:12", "+0000")).decode("ascii")
    t = ("This message was created automatically by mail delivery software.\n\n"
         "A message that you sent could not be delivered to one or more of its\n"
         "recipients. This is a permanent error. The following address(es) failed:\n\n"
         "  sales@yerevanbrush.example\n    host mail.yerevanbrush.local [10.20.0.5]\n"
         "    SMTP error from remote mail server after RCPT TO:<sales@yerevanbrush.example>:\n"
         "    550 5.7.1 Mailbox disabled for this recipient\n\n"
         "------ This is a copy of the message, including all the headers. ------\n\n"
         "Return-path: <mira.okafor@kestrel-buy.example>\nReceived: from mail.kestrel-buy.example ([198.51.100.20])\n"
         "\tby relay.yerevanbrush.example with esmtps (TLS1.3) (Exim 4.97)\n\tid 1tB7xQ-0003Kd-2v; Fri, 13 Nov 2026 13:12:09 +0400\n"
         + orig.replace("\r\n", "\n"))
    eml = mail(("Mail Delivery System", "Mailer-Daemon@relay.yerevanbrush.example"), buyer(p),
               "Mail delivery failed: returning message to sender", rfcdate("2026-11-13 13:12", "+0400"),
               "<E1tB7xQ-0003Kd-9a@relay.yerevanbrush.example>", text(t, cte="7bit"),
               extra=[("X-Failed-Recipients", "sales@yerevanbrush.example"), ("Auto-Submitted", "auto-replied")])
    exp = expect("bounce", "Exim delivery failure (550 5.7.1 mailbox disabled); the quoted copy of our PO is not an answer.")
    return [p], eml, exp


# 060 ------------------------------------------------------------------
@case("awning-fabric-colombia-3-semanas", "confirmation", "es-CO",
      "Colombian reply: dispatch 'en 3 semanas a partir de hoy' (relative to the Date header), price written 'USD 6,90 el metro'.")
def c060():
    s = sup("LTA", "Lonas y Toldos de Antioquia S.A.S.", "ventas@lonastoldos.example", "es-CO")
    p = po("4500032541", s, "USD", "2026-11-13", [
        ("AWF-PVC-650-W", "PVC-coated polyester awning fabric 650 g/m2, white, 250 cm", 300, "M", "6.90", "2026-12-18"),
        ("AWF-PVC-650-G", "PVC-coated polyester awning fabric 650 g/m2, green, 250 cm", 150, "M", "6.90", "2026-12-18"),
    ], buyer="tomas")
    t = ("Buenas tardes señor Lindqvist,\n\nCon gusto le confirmamos la orden de compra 4500032541: 300 m en blanco y "
         "150 m en verde, a USD 6,90 el metro. El despacho se hará en 3 semanas a partir de hoy.\n\n"
         "Cordialmente,\n\nValentina Restrepo\nEjecutiva Comercial\nLonas y Toldos de Antioquia S.A.S. | NIT 900.123.456-7\n"
         "Cra. 50 # 12 Sur - 34, Itagüí | PBX (604) 444 1234\n\n")
    intro = "El vie, 13 nov 2026 a las 4:12, Tomas Lindqvist (<tomas.lindqvist@kestrel-buy.example>) escribió:"
    irt, refs = reply_to(p)
    eml = mail(("Valentina Restrepo", "vrestrepo@lonastoldos.example"), buyer(p), "Re: " + req_subject(p),
               rfcdate("2026-11-17 15:02", "-0500"), "<CAFb8Uq1+Mz4kRt6WpX2nLs@mail.gmail.com>",
               alt(text(t + q_gmail(p, intro)), html("<div>" + esc(t).replace("\n", "<br>") + "</div>" + q_html(p, esc(intro)), wrap=False),
                   tag="000000000000"), irt, refs)
    d = plus("2026-11-17", 21)
    exp = expect_conf([(p, {1: chg(p, 1, date=d), 2: chg(p, 2, date=d)})],
                      f"Mail of Tue 2026-11-17 + 3 weeks = {d} (dispatch date, the only one given). Quantities and USD 6,90 "
                      "as ordered.")
    return [p], eml, exp


# 061 ------------------------------------------------------------------
@case("bolt-cutters-which-order", "needs_review", "en-NZ",
      "New-thread 'all good, confirmed' from a supplier with two open POs, no PO number and no threading headers - cannot tell which order.")
def c061():
    s = sup("KTT", "Kiwi Trade Tools Ltd", "orders@kiwitradetools.example", "en-NZ")
    a = po("4500032550", s, "NZD", "2026-11-09", [
        ("BC-24-NZ", "Bolt cutter 24 in, forged jaws", 30, "EA", "68.00", "2026-12-11"),
    ], buyer="jonas")
    b = po("4500032558", s, "NZD", "2026-11-12", [
        ("BC-42-NZ", "Bolt cutter 42 in, heavy duty", 10, "EA", "149.00", "2027-01-15"),
    ], buyer="jonas")
    t = ("Hi Jonas,\n\nAll good - confirmed, we'll deliver as requested.\n\nCheers,\nAroha\n\n"
         "Aroha Ngata | Kiwi Trade Tools Ltd | 09 555 0123\n")
    eml = mail(("Aroha Ngata", "aroha@kiwitradetools.example"), buyer(a), "Your order",
               rfcdate("2026-11-16 09:05", "+1300"), "<ME3P282MB1357AB24CD68@ME3P282MB1357.AUSP282.PROD.OUTLOOK.COM>",
               text(t, cte="7bit"))
    exp = expect("needs_review", "Two open POs with this supplier (4500032550 and 4500032558); the mail has no PO number, "
                 "no In-Reply-To/References and a generic subject, so a buyer cannot tell which order is confirmed.")
    return [a, b], eml, exp


# 062 ------------------------------------------------------------------
@case("coffee-filters-noted-with-thanks", "needs_review", "en-SG",
      "Singapore 'Noted with thanks, will revert with delivery schedule' - a human receipt that commits to nothing.")
def c062():
    s = sup("LCCS", "Lion City Café Supplies Pte Ltd", "sales@lioncitycafe.example", "en-SG")
    p = po("4500032566", s, "SGD", "2026-11-13", [
        ("CF-CONE-02", "Cone filter paper size 02, white, 100 sheets", 500, "BOX", "4.20", "2026-12-09"),
        ("CF-CONE-03", "Cone filter paper size 03, white, 100 sheets", 300, "BOX", "4.60", "2026-12-09"),
    ])
    t = ("Hi Mira,\n\nNoted with thanks. Will check with our warehouse on stock and revert with the delivery schedule by "
         "early next week.\n\nBest Regards,\nJasmine Tan\nSales Executive\nLion City Café Supplies Pte Ltd\n"
         "DID: +65 6123 4567 | HP: +65 9123 4567 | UEN 201912345K\n\n")
    irt, refs = reply_to(p)
    eml = mail(("Jasmine Tan", "jasmine.tan@lioncitycafe.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-13 17:48", "+0800"), "<SI2PR06MB5123F00D1234@SI2PR06MB5123.apcprd06.prod.outlook.com>",
               text(t + q_outlook(p, "Friday, 13 November 2026 5:12 PM")), irt, refs)
    exp = expect("needs_review", "Acknowledgement only: stock is still being checked and the schedule will follow; no "
                 "quantities, prices or dates are committed.")
    return [p], eml, exp


# 063 ------------------------------------------------------------------
@case("dowel-pins-hk-mixed-cantonese", "confirmation", "zh-HK",
      "Hong Kong English/Cantonese mix; '8/1' is day-first (8 January 2027), sub-cent HK$ prices.")
def c063():
    s = sup("HKPH", "Hong Kong Precision Hardware Ltd", "sales@hkprecision.example", "zh-HK")
    p = po("4500032574", s, "HKD", "2026-11-11", [
        ("DP-3x12-SS", "Dowel pin 3 x 12 mm, stainless 303", 50000, "PC", "0.085", "2026-12-18"),
        ("DP-4x16-SS", "Dowel pin 4 x 16 mm, stainless 303", 30000, "PC", "0.11", "2026-12-18"),
    ], buyer="jonas")
    t = ("Hi Jonas,\n\nRe PO 4500032574，確認如下:\n\n"
         "1) DP-3x12-SS 50,000 pcs @ HK$0.085 - 交貨 18/12\n"
         "2) DP-4x16-SS 30,000 pcs @ HK$0.11 - 因為材料未到，要改到 8/1 交貨，唔好意思！\n\n"
         "Thanks & regards,\nKelvin Chan 陳家明\nHong Kong Precision Hardware Ltd 香港精密五金有限公司\n"
         "Unit 12, 8/F, Kwai Chung Industrial Centre, Kwai Chung, N.T. | Tel: 2412 3456 | Fax: 2412 3457\n\n")
    intro = "On Wed, 11 Nov 2026 at 17:12, Jonas Feld <jonas.feld@kestrel-buy.example> wrote:"
    irt, refs = reply_to(p)
    eml = mail(("Kelvin Chan", "kelvin.chan@hkprecision.example"), buyer(p), "Re: " + req_subject(p),
               rfcdate("2026-11-12 11:36", "+0800"), "<CAH3kPq9+Wn2xLt5RvM8bZa@mail.gmail.com>",
               text(t + q_gmail(p, intro), cte="base64"), irt, refs)
    exp = expect_conf([(p, {1: acc(p, 1), 2: chg(p, 2, date="2027-01-08")})],
                      "Hong Kong writes day-first: 18/12 = 2026-12-18 (as requested); 8/1 without year = next 8 January = "
                      "2027-01-08. Prices as ordered.")
    return [p], eml, exp


# 064 ------------------------------------------------------------------
@case("egg-trays-chile-pesos", "confirmation", "es-CL",
      "Chilean reply with peso prices without decimals ('$98 c/u + IVA'), dot thousands ('20.000 un.') and weekday dates.")
def c064():
    s = sup("EPM", "Envases Pulpa del Maule SpA", "ventas@pulpamaule.example", "es-CL")
    p = po("4500032581", s, "CLP", "2026-11-10", [
        ("ET-30-CL", "Egg tray 30-cell, pulp, natural", 20000, "PC", "95.00", "2026-12-15"),
        ("EB-12-CL", "Egg box 12-cell, pulp, with lid", 10000, "PC", "140.00", "2026-12-15"),
    ], buyer="tomas")
    t = ("Estimado Tomas:\n\nJunto con saludar, confirmamos su OC N° 4500032581:\n\n"
         "- Bandeja 30 huevos: 20.000 un. a $98 c/u + IVA, despacho martes 15 de diciembre.\n"
         "- Caja 12 huevos: 10.000 un. a $140 c/u + IVA, despacho martes 15 de diciembre.\n\n"
         "El ajuste en la bandeja se debe al alza del papel reciclado.\n\n"
         "Saludos cordiales,\nCristóbal Muñoz\nEnvases Pulpa del Maule SpA | RUT 76.123.456-7\n"
         "Talca, Región del Maule | +56 71 212 3456\n")
    irt, refs = reply_to(p)
    eml = mail(("Cristóbal Muñoz", "cmunoz@pulpamaule.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-11 12:55", "-0300"), "<CP4PR80MB5678EE99FF00@CP4PR80MB5678.lamprd80.prod.outlook.com>",
               alt(text(t, cs="iso-8859-1"), html("<p>" + esc(t).replace("\n", "<br>") + "</p>", cs="iso-8859-1")), irt, refs)
    exp = expect_conf([(p, {1: chg(p, 1, price="98.00"), 2: acc(p, 2)})],
                      "CLP has no decimals: $98 = 98.00 (vs 95.00) for the trays, $140 = as ordered; 20.000 = 20000. "
                      "'martes 15 de diciembre' = 2026-12-15 = requested (ship date).")
    return [p], eml, exp


# 065 ------------------------------------------------------------------
@case("fan-belts-ooo-afrikaans", "auto_reply", "af-ZA",
      "Afrikaans out-of-office ('Outomatiese antwoord') with leave dates and an urgent-orders phone number.")
def c065():
    s = sup("KAW", "Karoo Aandrywings BK", "bestellings@karooaandrywings.example", "af-ZA")
    p = po("4500032590", s, "ZAR", "2026-11-16", [
        ("FB-SPA-1250", "Wedge belt SPA 1250", 120, "EA", "88.00", "2026-12-16"),
    ], buyer="priya")
    t = ("Goeiedag\n\nDankie vir u e-pos. Ek is met verlof vanaf 16 November tot 27 November 2026 en het beperkte toegang "
         "tot e-pos. Vir dringende bestellings kontak asseblief vir Annelie by 021 555 0134 of annelie@karooaandrywings.example.\n\n"
         "Groete\nPieter van der Merwe\nKaroo Aandrywings BK\n")
    irt, refs = reply_to(p)
    eml = mail(("Pieter van der Merwe", "pieter@karooaandrywings.example"), buyer(p),
               "Outomatiese antwoord: " + req_subject(p), rfcdate("2026-11-16 11:13", "+0200"),
               "<0b1c2d3e4f5a6b7c@JNAP275MB1111.ZAFP275.PROD.OUTLOOK.COM>", text(t), irt, refs,
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    exp = expect("auto_reply", "Out-of-office auto-reply; dates are the leave period.")
    return [p], eml, exp


# 066 ------------------------------------------------------------------
@case("glass-jars-gmail-dns-bounce", "bounce", "ka-GE",
      "Google 'Delivery Status Notification (Failure)' - domain not found (DNS NXDOMAIN) - with HTML part, delivery-status and returned headers.")
def c066():
    s = sup("TGC", "Tbilisi Glass Container LLC", "sales@tbilisiglass.example", "ka-GE")
    p = po("4500032599", s, "USD", "2026-11-16", [
        ("GJ-720-TO", "Glass jar 720 ml, twist-off 82 mm", 6000, "EA", "0.31", "2027-01-22"),
    ])
    orig = request_mail_bytes(p, rfcdate("2026-11-16 09:12", "+0000"))
    tx = ("** Address not found **\n\nYour message wasn't delivered to sales@tbilisiglass.example because the domain "
          "tbilisiglass.example couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
          "Learn more here: https://support.google.com/mail/answer/6596\n\nThe response was:\n\n"
          "DNS Error: DNS type 'mx' lookup of tbilisiglass.example responded with code NXDOMAIN Domain name not found: "
          "tbilisiglass.example\n")
    hx = ("<html><body><table><tr><td><h2 style=\"font-family:Google Sans,Roboto\">Address not found</h2>"
          "<p>Your message wasn't delivered to <b>sales@tbilisiglass.example</b> because the domain tbilisiglass.example "
          "couldn't be found. Check for typos or unnecessary spaces and try again.</p></td></tr>"
          "<tr><td><p>The response was:</p><p>DNS Error: DNS type 'mx' lookup of tbilisiglass.example responded with code "
          "NXDOMAIN Domain name not found: tbilisiglass.example</p></td></tr></table></body></html>")
    eml = dsn(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), buyer(p),
              "Delivery Status Notification (Failure)", rfcdate("2026-11-16 01:12", "-0800"),
              "<6738c1a2.050a0220.3b2c1.9f4dSMTPIN_ADDED_BOUNCE@mx.google.com>", None, "mx.google.com",
              "sales@tbilisiglass.example", "5.1.2",
              "DNS Error: DNS type 'mx' lookup of tbilisiglass.example responded with code NXDOMAIN",
              orig, headers_only=True, human_part=alt(text(tx), html(hx, wrap=False)),
              extra=[("X-Failed-Recipients", "sales@tbilisiglass.example"), ("Auto-Submitted", "auto-replied")])
    exp = expect("bounce", "Gmail/Google Workspace DSN: the supplier's domain does not resolve; our PO never arrived.")
    return [p], eml, exp


# 067 ------------------------------------------------------------------
@case("hinge-pins-kazakh-russian", "confirmation", "kk-KZ",
      "Kazakh text with a Russian duplicate below (typical in KZ); tenge prices with comma decimals, line 2 moved to 29.01.2027.")
def c067():
    s = sup("AST", "Astana Temir Buiym LLP", "satu@astanatemir.example", "kk-KZ")
    p = po("4500032607", s, "KZT", "2026-11-12", [
        ("HP-6x60-ZN", "Hinge pin 6 x 60 mm, zinc plated", 8000, "PC", "145.00", "2026-12-21"),
        ("HP-10x120-ZN", "Hinge pin 10 x 120 mm, zinc plated", 2000, "PC", "390.00", "2026-12-21"),
    ])
    t = ("Құрметті Мира ханым,\n\n4500032607 нөмірлі тапсырысыңызды растаймыз:\n"
         "1. HP-6x60-ZN топса осі - 8 000 дана, бағасы 145,00 теңге, жеткізу мерзімі 21.12.2026.\n"
         "2. HP-10x120-ZN топса осі - 2 000 дана, бағасы 390,00 теңге, жеткізу мерзімі 29.01.2027.\n\n"
         "---\n\nУважаемая г-жа Окафор,\n\nподтверждаем Ваш заказ № 4500032607:\n"
         "1. Ось петли HP-6x60-ZN - 8 000 шт., цена 145,00 тенге, срок поставки 21.12.2026.\n"
         "2. Ось петли HP-10x120-ZN - 2 000 шт., цена 390,00 тенге, срок поставки 29.01.2027.\n\n"
         "Құрметпен / С уважением,\nАйгерім Серікқызы\nТОО «Астана Темір Бұйым» | БИН 123456789012\n+7 7172 12 34 56\n")
    irt, refs = reply_to(p)
    eml = mail(("Айгерім Серікқызы", "aigerim@astanatemir.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-13 15:30", "+0500"), "<1731493800.991.aigerim@astanatemir.example>",
               text(t), irt, refs)
    exp = expect_conf([(p, {1: acc(p, 1), 2: chg(p, 2, date="2027-01-29")})],
                      "Kazakh and Russian versions say the same: line 1 as ordered, line 2 delivery 29.01.2027. 8 000 = 8000, "
                      "145,00 = 145.00.")
    return [p], eml, exp


# 068 ------------------------------------------------------------------
@case("ink-cartridges-shipping-notice-other-po", "unrelated", "az-AZ",
      "Azerbaijani shipping notice with tracking number for an earlier order 4500031720, not for our open PO.")
def c068():
    s = sup("BOT", "Bakı Ofis Təchizat MMC", "satis@bakiofis.example", "az-AZ")
    p = po("4500032615", s, "AZN", "2026-11-13", [
        ("INK-T664-SET", "Ink bottle set Epson T664, 4 colours", 60, "SET", "38.00", "2027-01-08"),
    ])
    t = ("Hörmətli müştəri,\n\n4500031720 nömrəli sifarişiniz üzrə mallar 16.11.2026 tarixində göndərilmişdir.\n\n"
         "Qaimə: QM-2026/11-0457\nDaşıyıcı: DHL Express\nİzləmə nömrəsi: 1234567890\nTəxmini çatdırılma: 20.11.2026\n\n"
         "Məhsullar:\n- HP 305XL qara, 40 ədəd\n- Epson T664 dəsti, 20 dəst\n\n"
         "Hörmətlə,\nBakı Ofis Təchizat MMC - Logistika şöbəsi\nTel: +994 12 555 12 34\n\n"
         "---\nShipping notice for your order 4500031720 - tracking 1234567890.\n")
    eml = mail(("Bakı Ofis Təchizat - Logistika", "logistika@bakiofis.example"), buyer(p),
               "Göndəriş bildirişi / Shipping notice - Sifariş 4500031720", rfcdate("2026-11-16 14:10", "+0400"),
               "<ship-4500031720-20261116@bakiofis.example>", text(t))
    exp = expect("unrelated", "Shipping notice for a different, earlier order (4500031720); Epson T664 sets appear but belong "
                 "to that order, not to PO 4500032615.")
    return [p], eml, exp


# 069 ------------------------------------------------------------------
@case("jumper-cables-ticket-autoack", "auto_reply", "en-IE",
      "Helpdesk auto-acknowledgement ('[Ticket #SAP-204817]') saying an order-desk agent will respond within 2 working days.")
def c069():
    s = sup("SAPD", "Shannon Auto Parts Distribution Ltd", "orders@shannonautoparts.example", "en-IE")
    p = po("4500032622", s, "EUR", "2026-11-17", [
        ("JC-350-3M", "Jumper cables 350 A, 3.0 m, with clamps", 250, "SET", "9.40", "2026-12-10"),
    ], buyer="jonas")
    t = ("Dear Jonas Feld,\n\nThank you for contacting Shannon Auto Parts. Your request has been received and logged with "
         "reference SAP-204817.\n\nA member of our order desk team will respond within 2 working days. Our opening hours "
         "are Mon-Fri 08:30-17:00 (closed on public holidays).\n\nPlease do not reply to this automated message; to add "
         "information quote the ticket number in the subject.\n\nShannon Auto Parts Distribution Ltd | Shannon Free Zone, "
         "Co. Clare V14 XY12 | +353 61 123 456\n")
    irt, refs = reply_to(p)
    eml = mail(("Shannon Auto Parts Support", "support@shannonautoparts.example"), buyer(p),
               "[Ticket #SAP-204817] " + req_subject(p), rfcdate("2026-11-17 10:12", "+0000"),
               "<ticket-SAP-204817-ack@support.shannonautoparts.example>", alt(text(t), html("<p>" + esc(t).replace("\n", "<br>") + "</p>")),
               irt, refs, extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    exp = expect("auto_reply", "Automatic ticket acknowledgement from a helpdesk system; no human has read the order yet.")
    return [p], eml, exp


# 070 ------------------------------------------------------------------
@case("kitchen-scales-french-ndr-belgium", "bounce", "fr-BE",
      "French-language Exchange NDR 'Non remis :' (550 5.1.10 RecipientNotFound) from the Belgian supplier's tenant.")
def c070():
    s = sup("BWA", "Balances Wallonie SRL", "commandes@balances-wallonie.example", "fr-BE")
    p = po("4500032630", s, "EUR", "2026-11-17", [
        ("KS-INOX-10", "Kitchen scale 10 kg / 1 g, stainless, waterproof", 60, "EA", "24.50", "2027-01-14"),
        ("KS-BAT-AAA", "Battery pack AAA for kitchen scales, 4 pcs", 60, "SET", "2.10", "2027-01-14"),
    ], buyer="tomas")
    orig = request_mail_bytes(p, rfcdate("2026-11-17 09:12", "+0000"))
    tx = ("Votre message n'a pas pu être remis à commandes@balances-wallonie.example car l'adresse est introuvable ou "
          "ne peut pas recevoir de courrier.\n\nDiagnostics pour les administrateurs :\nServeur de génération : "
          "DB9PR03MB1234.eurprd03.prod.outlook.com\ncommandes@balances-wallonie.example\n"
          "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    eml = dsn(("Microsoft Outlook", "postmaster@balances-wallonie.example"), buyer(p), "Non remis : " + req_subject(p),
              rfcdate("2026-11-17 10:12", "+0100"), "<9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4@DB9PR03MB1234.eurprd03.prod.outlook.com>",
              None, "DB9PR03MB1234.eurprd03.prod.outlook.com", "commandes@balances-wallonie.example", "5.1.10",
              "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", orig,
              human_part=alt(text(tx), html("<p>" + esc(tx).replace("\n", "<br>") + "</p>")),
              extra=[("Auto-Submitted", "auto-replied")])
    exp = expect("bounce", "Exchange Online NDR in French: recipient address not found; the returned original is our PO request.")
    return [p], eml, exp
