# -*- coding: utf-8 -*-
from .common import *

_AR = str.maketrans("0123456789", u"٠١٢٣٤٥٦٧٨٩")


@case("ca-en-nylonrope-ship-vs-deliver", "confirmation", "en-CA",
      "Canadian reply giving both a ship date (Dec 21) and a delivery date (Dec 23), both earlier than the January need-by; delivery date wins.")
def c():
    p = po("4500081256", "NORROPE", "Northern Rope & Rigging Co.", "orders@northernrope.example", "en-CA", "CAD", "2026-11-24", [
        ("NR-NYL-12-600", "Nylon rope 1/2 in x 600 ft, twisted", 8, "ROL", "215.00", "2027-01-12"),
        ("NR-NYL-38-600", "Nylon rope 3/8 in x 600 ft, twisted", 6, "ROL", "139.00", "2027-01-12"),
    ], buyer=3)
    body = ("Hi Marek,\n\nGood news - we have both ropes in our Mississauga warehouse, so no need to wait for January. "
            "PO 4500081256 confirmed: 8 rolls 1/2\" @ $215.00 and 6 rolls 3/8\" @ $139.00. We can ship Monday Dec 21 and it should be delivered to you Wednesday Dec 23.\n\n"
            "Thanks,\nJason Leblanc\nInside Sales | Northern Rope & Rigging Co.\n905-555-0147 ext. 221 | 1-800-555-0199\n\n" + q_outlook_line(p))
    html = "<html><body><div style=\"font-family:Calibri\">" + esc(body.split("____")[0]).replace("\n", "<br>") + "</div><hr>" + req_html(p) + "</body></html>"
    eml = reply_msg(p, "Jason Leblanc", rfcdate(2026, 11, 25, 16, 20, 0, "-0500"), "<YQBPR0101MB2222.northernrope@northernrope.example>",
                    alt(body, html, "_000_YQBPR0101MB2222_"), "RE: ")
    return [p], eml, expected("confirmation", "Delivery date (Dec 23 -> 2026-12-23) wins over the ship date (Dec 21); both lines confirmed earlier than 2027-01-12 at PO qty/price -> changed date.",
                              conf(p, C(d="2026-12-23"), C(d="2026-12-23")))


@case("ae-couplers-arabic-indic-digits", "confirmation", "ar-AE",
      "Arabic HTML-only reply (base64) writing quantities, prices and dates in Arabic-Indic digits; line 2 at a higher price in AED.")
def c():
    p = po("4500081257", "KHALEEJ", "Gulf Hydraulics Trading LLC", "sales@gulfhydraulics.example", "ar-AE", "AED", "2026-11-24", [
        ("GH-QC-FF12", "Flat-face quick coupler 1/2\", pair", 20, "PR", "145.00", "2026-12-17"),
        ("GH-QC-SC38", "Screw-type quick coupler 3/8\", pair", 12, "PR", "98.00", "2026-12-17"),
    ], buyer=2)
    l1 = u"البند ١: GH-QC-FF12 — الكمية %s زوج — السعر %s درهم للزوج — التسليم %s" % ("20".translate(_AR), u"145.00".translate(_AR).replace(".", u"٫"), "17/12/2026".translate(_AR))
    l2 = u"البند ٢: GH-QC-SC38 — الكمية %s زوج — السعر %s درهم للزوج (ارتفاع سعر المصنع) — التسليم %s" % ("12".translate(_AR), u"104.50".translate(_AR).replace(".", u"٫"), "17/12/2026".translate(_AR))
    html = (u"<html dir=\"rtl\"><body><p>السيدة بريا ناير المحترمة،</p><p>نؤكد لكم أمر الشراء رقم 4500081257 كما يلي:</p>"
            u"<p>%s<br>%s</p><p>مع خالص التحية،<br>أحمد المنصوري<br>جلف هيدروليكس للتجارة ذ.م.م<br>هاتف: ‎+971 4 123 4567‎ | الرقم الضريبي 100123456700003</p>"
            % (l1, l2) + q_html(p) + "</body></html>")
    eml = reply_msg(p, u"أحمد المنصوري", rfcdate(2026, 11, 25, 11, 0, 0, "+0400"), "<ae-gulfhyd-1125@gulfhydraulics.example>",
                    text(html, subtype="html", charset="utf-8", cte="base64"), "RE: ")
    return [p], eml, expected("confirmation", "Arabic-Indic digits with Arabic decimal separator: line 1 145.00, 20 pairs, 17/12/2026 = PO (accepted); line 2 price 104.50 vs 98.00 (changed).",
                              conf(p, "A", C(p="104.50")))


@case("il-respirators-cp1255-price", "confirmation", "he-IL",
      "Hebrew reply in Windows-1255 with ₪ prices and a per-box price for line 1 that converts to a new per-unit price; line 2 later date.")
def c():
    p = po("4500081258", "MAGENIL", "מגן ציוד בטיחות בע\"מ", "orders@magen-safety.example", "he-IL", "ILS", "2026-11-25", [
        ("MG-FFP3-V", "Respirator FFP3 with valve, single", 400, "EA", "8.90", "2026-12-14"),
        ("MG-FULL-A2", "Full face mask with A2 filter", 6, "EA", "690.00", "2026-12-14"),
    ])
    body = (u"שלום דנה,\n\nמאשרים את הזמנה 4500081258:\n\n"
            u"שורה 1: MG-FFP3-V – 400 יח' (20 קרטונים של 20) – ₪188.00 לקרטון – אספקה 14/12/2026\n"
            u"שורה 2: MG-FULL-A2 – 6 יח' – ₪690.00 ליח' – אספקה 04/01/2027\n\n"
            u"המחירים אינם כוללים מע\"מ.\n\nבברכה,\nיעל כהן\nמגן ציוד בטיחות בע\"מ | ח.פ. 512345678 | טל' 03-1234567\n\n" + q_gt(p))
    eml = reply_msg(p, u"יעל כהן", rfcdate(2026, 11, 26, 10, 15, 0, "+0200"), "<il-magen-1126@magen-safety.example>",
                    text(body, charset="windows-1255"), "RE: ", subj_charset="utf-8")
    return [p], eml, expected("confirmation", "Line 1: ₪188.00 per carton of 20 = 9.40 per EA vs 8.90 (changed price; qty/date same). Line 2 date 04/01/2027 day-first = 2027-01-04 (changed).",
                              conf(p, C(p="9.40"), C(d="2027-01-04")))


@case("pk-safetyglasses-in-3-weeks", "confirmation", "en-PK",
      "Pakistani English reply 'Rs. 245/- per pair' and 'delivery within 3 weeks from today' - relative date computed from the Date header.")
def c():
    p = po("4500081259", "SIALKOT", "Sialkot Safety Works (Pvt.) Ltd.", "sales@sialkotsafety.example", "en-PK", "PKR", "2026-11-24", [
        ("SSW-SG-CL", "Safety goggles, indirect vent, clear", 300, "PR", "245.00", "2026-12-21"),
        ("SSW-SG-WELD", "Welding goggles, shade 5", 50, "PR", "390.00", "2026-12-21"),
    ], buyer=2)
    body = ("Dear Ms. Priya,\n\nAssalam-o-Alaikum. With reference to your PO # 4500081259, kindly note our confirmation as under:\n\n"
            "1. SSW-SG-CL   300 pairs   Rs. 245/- per pair\n2. SSW-SG-WELD  50 pairs   Rs. 390/- per pair\n\n"
            "Delivery of complete order will be made within 3 weeks from today, InshaAllah.\n\nRegards,\nMuhammad Usman Tariq\nManager Sales\n"
            "Sialkot Safety Works (Pvt.) Ltd. | NTN 1234567-8 | Ph: +92 52 3251234 | Cell: 0300-1234567\n\n" + q_gt(p))
    eml = reply_msg(p, "Muhammad Usman", rfcdate(2026, 11, 25, 12, 0, 0, "+0500"), "<pk-sialkot-1125@sialkotsafety.example>",
                    text(body, charset="us-ascii", cte="7bit"), "RE: ")
    return [p], eml, expected("confirmation", "Mail date Wed 2026-11-25 + 3 weeks = 2026-12-16 for both lines (earlier than 12-21 -> changed date); qty and prices as ordered.",
                              conf(p, C(d="2026-12-16"), C(d="2026-12-16")))


@case("bd-thermometers-gmail-dsn", "bounce", "bn-BD",
      "Gmail-style 'Delivery Status Notification (Failure)' with an HTML explanation and message/delivery-status part: address not found at the supplier domain.")
def c():
    p = po("4500081260", "TAPMAN", "Tapman Instruments Ltd.", "order@tapman-bd.example", "bn-BD", "BDT", "2026-11-25", [
        ("TI-DT-300", "Digital thermometer -50..300 C, probe", 30, "EA", "1450.00", "2026-12-20"),
    ], buyer=1)
    plain = ("\n** Address not found **\n\nYour message wasn't delivered to order@tapman-bd.example because the address couldn't be found, "
             "or is unable to receive mail.\n\nLearn more here: https://support.mail.example/answer/6596\n\nThe response from the remote server was:\n"
             "550 5.1.1 The email account that you tried to reach does not exist.\n")
    status = ("Reporting-MTA: dns; mail-sor-f41.mail.example\nArrival-Date: Wed, 25 Nov 2026 08:30:10 -0800 (PST)\n\n"
              "Final-Recipient: rfc822; order@tapman-bd.example\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.tapman-bd.example. (203.0.113.77)\n"
              "Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.\nLast-Attempt-Date: Wed, 25 Nov 2026 08:30:11 -0800 (PST)\n")
    orig = ("From: Tomas Lindqvist <tomas.lindqvist@buyer.example>\nTo: order@tapman-bd.example\nSubject: %s\nMessage-ID: %s\nDate: %s\n\n%s"
            % (req_subject(p), p["request_message_id"], sent_date(p), req_body(p)))
    rep = multi("report", [alt(plain, "<html><body>" + esc(plain).replace("\n", "<br>") + "</body></html>", "000000000000b0c1d2e3f4a5b6c7"),
                           Part([("Content-Type", "message/delivery-status")], status.encode()),
                           Part([("Content-Type", "message/rfc822")], orig.encode())], "000000000000a9b8c7d6e5f40312")
    rep.headers[0] = ("Content-Type", 'multipart/report; boundary="000000000000a9b8c7d6e5f40312"; report-type=delivery-status')
    eml = message("Mail Delivery Subsystem <mailer-daemon@mail.example>", "tomas.lindqvist@buyer.example",
                  "Delivery Status Notification (Failure)", rfcdate(2026, 11, 25, 8, 30, 12, "-0800"),
                  "<6560e2a1.050a0220.3b7c1.9f2aSMTPIN_ADDED_MISSING@mx.mail.example>", rep,
                  irt=p["request_message_id"], refs=p["request_message_id"], extra=[("X-Failed-Recipients", "order@tapman-bd.example")])
    return [p], eml, expected("bounce", "DSN: recipient does not exist; the PO table is our own attached message.")


@case("in-ta-vacuumbags-newsletter", "unrelated", "ta-IN",
      "Bulk HTML newsletter (Tamil/English) from the vacuum-bag supplier announcing a new product line and a festive discount code; List-Unsubscribe header, no PO.")
def c():
    p = po("4500081261", "KAVERI", "Kaveri Packaging Industries", "sales@kaveripack.example", "ta-IN", "INR", "2026-11-25", [
        ("KP-VB-2535", "Vacuum bag 250x350 mm, nylon/PE", 4000, "PC", "4.80", "2026-12-18"),
    ])
    html = (u"<html><body><h2>காவேரி பேக்கேஜிங் – புதிய தயாரிப்புகள் / New products</h2>"
            u"<p>அன்புள்ள வாடிக்கையாளரே, எங்கள் புதிய எம்பாஸ்டு வெற்றிடப் பைகள் (Embossed vacuum pouches, 70–150 micron) இப்போது கிடைக்கின்றன.</p>"
            u"<p>Special offer: 8% off on orders above ₹50,000 placed before 31-12-2026. Use code KAVERI8.</p>"
            u"<table><tr><td>KP-VB-2030</td><td>₹3.60 / pc</td></tr><tr><td>KP-VB-2535</td><td>₹4.65 / pc</td></tr></table>"
            u"<p>Kaveri Packaging Industries, SIDCO Industrial Estate, Coimbatore 641021 | GSTIN 33AAAFK1234L1Z2</p>"
            u"<p><a href=\"https://kaveripack.example/unsubscribe?u=8812\">Unsubscribe</a></p></body></html>")
    plain = u"காவேரி பேக்கேஜிங் – New products. Special offer: 8% off on orders above ₹50,000 placed before 31-12-2026 (code KAVERI8). KP-VB-2535 ₹4.65/pc.\nUnsubscribe: https://kaveripack.example/unsubscribe?u=8812\n"
    eml = message(addr("Kaveri Packaging", "news@kaveripack.example"), "dana.ruiz@buyer.example",
                  u"Kaveri Packaging – November newsletter: embossed vacuum pouches & festive offer", rfcdate(2026, 11, 26, 4, 0, 0, "+0530"),
                  "<nl-2026-11.8812@mailer.kaveripack.example>", alt(plain, html, "==MAILER_8812_BOUNDARY=="),
                  extra=[("List-Unsubscribe", "<https://kaveripack.example/unsubscribe?u=8812>"), ("Precedence", "bulk")])
    return [p], eml, expected("unrelated", "Newsletter with list prices for the same item (₹4.65), but it is a marketing mail, not an answer to PO 4500081261.")


@case("ar-zipbags-vos-manana", "confirmation", "es-AR",
      "Argentine reply ('te confirmo', 'mañana te aviso') confirming line 1 at a new peso price with dot thousands and leaving line 2 for tomorrow.")
def c():
    p = po("4500081262", "BOLSAR", "Bolsas del Plata S.R.L.", "ventas@bolsasdelplata.example", "es-AR", "ARS", "2026-11-25", [
        ("BP-ZIP-1520", "Zip bag 15x20 cm, 80 mic, x1000", 30, "BOX", "38500.00", "2026-12-11"),
        ("BP-ZIP-2535", "Zip bag 25x35 cm, 80 mic, x500", 20, "BOX", "41200.00", "2026-12-11"),
    ], buyer=3)
    body = (u"Hola Marek, ¿cómo andás?\n\nTe confirmo la OC 4500081262:\n\n"
            u"- Renglón 1 BP-ZIP-1520: 30 cajas a $ 40.425,00 c/u (actualización de lista de noviembre, +5%), entrega 11/12.\n"
            u"- Renglón 2 BP-ZIP-2535: lo tengo que chequear con planta, mañana te aviso.\n\nAbrazo,\nFacundo\n\n"
            u"Facundo Giménez | Bolsas del Plata S.R.L. | CUIT 30-71234567-9 | Tel. (011) 4567-8901\n\n" + q_gt(p))
    eml = reply_msg(p, u"Facundo Giménez", rfcdate(2026, 11, 26, 17, 45, 0, "-0300"), "<CAJ8r2Qp-bolsas-1126@mail.gmail.com>",
                    text(body, charset="utf-8"), "RE: ", frm_email="facundo.gimenez@bolsasdelplata.example")
    return [p], eml, expected("confirmation", "Line 1: $ 40.425,00 = 40425.00 (38500 x 1.05), date 11/12 no year -> 2026-12-11 -> changed price. Line 2 to be checked tomorrow -> unconfirmed.",
                              conf(p, C(p="40425.00"), U))


@case("cl-hooks-ooo-respuesta", "auto_reply", "es-CL",
      "Chilean out-of-office 'Respuesta automática' mentioning 'vacaciones hasta el 7 de diciembre' and an urgent-orders contact; no Auto-Submitted header, only the subject shows it.")
def c():
    p = po("4500081263", "COLGAR", "Colgadores Andinos SpA", "pedidos@colgadoresandinos.example", "es-CL", "CLP", "2026-11-25", [
        ("CA-GA-2", "Adhesive hook 2 kg, white, pack 4", 250, "SET", "1890", "2026-12-15"),
    ], buyer=1)
    body = (u"Estimado(a):\n\nMe encuentro de vacaciones hasta el lunes 7 de diciembre. Para pedidos urgentes favor escribir a ventas@colgadoresandinos.example "
            u"o llamar al +56 2 2345 6789.\n\nSaludos cordiales,\nCamila Rojas\nColgadores Andinos SpA\n")
    eml = message(addr("Camila Rojas", "pedidos@colgadoresandinos.example"), addr(p["buyer"]["name"], p["buyer"]["email"]),
                  u"Respuesta automática: " + req_subject(p), rfcdate(2026, 11, 25, 10, 31, 0, "-0300"),
                  "<cl-ooo-1125@colgadoresandinos.example>", text(body, charset="iso-8859-1"),
                  irt=p["request_message_id"], refs=p["request_message_id"])
    return [p], eml, expected("auto_reply", "Vacation auto-reply; '7 de diciembre' is a return date.")


@case("co-chargers-despacho-llegada", "confirmation", "es-CO",
      "Colombian reply with weekday-named dates 'despachamos el viernes 4 de diciembre, llega el lunes 7' - the arrival date wins; COP prices with dot thousands.")
def c():
    p = po("4500081264", "ENERGICO", "Energía Industrial de Colombia S.A.S.", "comercial@energiaindustrial.example", "es-CO", "COP", "2026-11-26", [
        ("EIC-CB-1210", "Battery charger 12 V 10 A, automatic", 15, "EA", "385000", "2026-12-11"),
        ("EIC-CB-2420", "Battery charger 24 V 20 A, industrial", 5, "EA", "1240000", "2026-12-11"),
    ])
    body = (u"Buenos días, señora Dana:\n\nCon gusto le confirmamos la orden de compra 4500081264 por las cantidades y precios indicados "
            u"(15 cargadores de $ 385.000 y 5 de $ 1.240.000). Despachamos el viernes 4 de diciembre desde Medellín y llega a su bodega el lunes 7 de diciembre.\n\n"
            u"Cordialmente,\nAndrés Felipe Ramírez\nEjecutivo comercial\nEnergía Industrial de Colombia S.A.S. | NIT 900.123.456-7 | PBX (604) 444 5566\n\n" + q_gt(p))
    eml = reply_msg(p, u"Andrés Felipe Ramírez", rfcdate(2026, 11, 27, 9, 10, 0, "-0500"), "<co-energia-1127@energiaindustrial.example>",
                    text(body, charset="utf-8", cte="base64"), "RE: ")
    return [p], eml, expected("confirmation", "Delivery date (lunes 7 de diciembre = 2026-12-07) wins over ship date; earlier than requested 2026-12-11 -> both lines changed on date only.",
                              conf(p, C(d="2026-12-07"), C(d="2026-12-07")))


@case("es-ca-cableties-setmana-equal", "confirmation", "ca-ES",
      "Catalan reply with 'setmana 50' (= Friday 11 Dec, the requested date) and prices per thousand ('18,00 € el miler') equal to the per-piece PO price -> all accepted.")
def c():
    p = po("4500081265", "BRIDES", "Brides i Fixacions Vallès, S.L.", "comandes@bridesvalles.example", "ca-ES", "EUR", "2026-11-26", [
        ("BV-BR-200", "Cable tie 200x3.6 mm, natural", 10000, "PC", "0.018", "2026-12-11"),
        ("BV-BR-300N", "Cable tie 300x4.8 mm, black", 5000, "PC", "0.029", "2026-12-11"),
    ])
    body = (u"Bon dia, Dana,\n\nUs confirmem la comanda 4500081265:\n\n"
            u"Línia 1: 10.000 u. BV-BR-200 a 18,00 € el miler\nLínia 2: 5.000 u. BV-BR-300N a 29,00 € el miler\n"
            u"Lliurament: setmana 50.\n\nSalutacions cordials,\nJordi Puig i Serra\nBrides i Fixacions Vallès, S.L. · NIF B12345678 · 93 123 45 67\n\n" + q_gt(p))
    eml = reply_msg(p, "Jordi Puig", rfcdate(2026, 11, 27, 12, 30, 0, "+0100"), "<cat-brides-1127@bridesvalles.example>",
                    text(body, charset="iso-8859-15"), "RE: ")
    return [p], eml, expected("confirmation", "Setmana 50 without day = Friday 2026-12-11 = requested; 18,00 €/1000 = 0.018 and 29,00 €/1000 = 0.029 = PO prices -> both accepted.",
                              conf(p, "A", "A"))


@case("mt-eyewash-next-week-maltese", "needs_review", "mt-MT",
      "Maltese reply: the order is being checked with the manufacturer in Italy and they will confirm next week; includes a price reminder that is not a commitment.")
def c():
    p = po("4500081266", "SIGURTA", "Sigurtà Industrijali Ltd", "bejgh@sigurta-ind.example", "mt-MT", "EUR", "2026-11-26", [
        ("SI-EW-PED", "Eye wash station, pedestal, foot pedal", 2, "EA", "465.00", "2027-01-20"),
    ], buyer=2)
    body = (u"Għażiża Priya,\n\nGrazzi tal-ordni 4500081266. Qed niċċekkjaw id-disponibbiltà mal-manifattur fl-Italja u nikkonfermawlek il-ġimgħa d-dieħla. "
            u"Il-prezz tal-lista bħalissa huwa €465.00, imma jista' jinbidel mill-1 ta' Jannar.\n\nDejjem tagħkom,\nMaria Borg\nSigurtà Industrijali Ltd | VAT MT12345678 | +356 2123 4567\n\n" + q_gt(p))
    eml = reply_msg(p, "Maria Borg", rfcdate(2026, 11, 27, 14, 0, 0, "+0100"), "<mt-sigurta-1127@sigurta-ind.example>",
                    text(body, charset="utf-8"), "RE: ")
    return [p], eml, expected("needs_review", "Still checking with the manufacturer, will confirm next week; price may change - no commitment.")


@case("mk-floormats-contradictory-date", "needs_review", "mk-MK",
      "Macedonian reply that confirms but gives two incompatible delivery dates (15.12 in the table, 'во јануари' in the text) - a careful buyer must ask.")
def c():
    p = po("4500081267", "TEPIHMK", "Теписи Скопје ДООЕЛ", "prodazba@tepisi-skopje.example", "mk-MK", "EUR", "2026-11-26", [
        ("TS-ANTI-6090", "Anti-slip floor mat 60x90, rubber", 40, "EA", "16.50", "2026-12-15"),
    ], buyer=3)
    body = (u"Почитуван г-дине Холис,\n\nЈа потврдуваме нарачката 4500081267:\n\nTS-ANTI-6090 – 40 парчиња – 16,50 € – испорака 15.12.2026\n\n"
            u"Ве молиме имајте предвид дека поради доцнење на суровината, целата испорака ќе биде во јануари.\n\n"
            u"Со почит,\nЕлена Стојановска\nТеписи Скопје ДООЕЛ | ЕДБ 4030012345678 | тел. +389 2 312 3456\n\n" + q_gt(p))
    eml = reply_msg(p, u"Елена Стојановска", rfcdate(2026, 11, 27, 15, 20, 0, "+0100"), "<mk-tepisi-1127@tepisi-skopje.example>",
                    text(body, charset="utf-8", cte="base64"), "RE: ")
    return [p], eml, expected("needs_review", "Contradictory: the line says delivery 15.12.2026, the text says the whole delivery will be in January (no day). No single committed date -> needs review.")


@case("es-eu-drillbits-basque-address-q", "needs_review", "eu-ES",
      "Bilingual Basque/Spanish reply that can supply but asks which delivery address (two plants on file) and for the 'erreferentzia' before sending the confirmation.")
def c():
    p = po("4500081268", "ZULATU", "Zulagailuak Gipuzkoa S.Koop.", "eskaerak@zulagailuak.example", "eu-ES", "EUR", "2026-11-26", [
        ("ZG-HSS-12", "HSS-TiN drill bit 12 mm", 50, "EA", "6.80", "2026-12-16"),
        ("ZG-SET-19", "Drill bit set 1-10 mm, 19 pcs", 20, "SET", "24.50", "2026-12-16"),
    ])
    body = (u"Kaixo Dana,\n\nEskerrik asko 4500081268 eskaeragatik. Bi entrega-helbide ditugu zuen izenean (Bilbo eta Gasteiz): zein da zuzena? "
            u"Erantzuna jaso bezain laster bidaliko dizugu baieztapena.\n\n"
            u"Hola Dana, gracias por el pedido 4500081268. Tenemos dos direcciones de entrega a vuestro nombre (Bilbao y Vitoria): ¿cuál es la correcta? "
            u"En cuanto nos lo confirméis os enviamos la confirmación.\n\nOndo izan / Un saludo,\nAitor Etxeberria\nZulagailuak Gipuzkoa S.Koop. | IFK/CIF F20123456 | 943 12 34 56\n\n" + q_gt(p))
    eml = reply_msg(p, "Aitor Etxeberria", rfcdate(2026, 11, 27, 11, 0, 0, "+0100"), "<eus-zulagailuak-1127@zulagailuak.example>",
                    text(body, charset="utf-8"), "ERANTZUN: ", subject=u"ERANTZUN / RE: " + req_subject(p))
    return [p], eml, expected("needs_review", "Question about the delivery address; confirmation explicitly promised after the answer - nothing committed.")


@case("al-grinding-stamped-po-first", "needs_review", "sq-AL",
      "Albanian reply: will only confirm after receiving the PO signed and stamped ('me vulë dhe firmë'), though it states stock and list prices.")
def c():
    p = po("4500081269", "DISKAL", "Disqe Abrazive Shpk", "shitje@disqeabrazive.example", "sq-AL", "EUR", "2026-11-26", [
        ("DA-DG-115", "Grinding disc 115x6x22 mm", 200, "EA", "1.35", "2026-12-18"),
        ("DA-DP-115", "Cutting disc 115x1.0 mm, inox", 400, "EA", "0.68", "2026-12-18"),
    ], buyer=1)
    body = (u"Përshëndetje z. Lindqvist,\n\nFaleminderit për porosinë 4500081269. Mallin e kemi në magazinë dhe çmimet 1,35 € dhe 0,68 € janë në rregull, "
            u"por sipas procedurës sonë konfirmimin e porosisë e bëjmë vetëm pasi të marrim porosinë të nënshkruar dhe me vulë (PDF).\n"
            u"Ju lutem na e dërgoni dhe do t'ju konfirmojmë datën e dorëzimit.\n\nMe respekt,\nArben Hoxha\nDisqe Abrazive Shpk | NIPT L12345678A | +355 4 223 4567\n\n" + q_gt(p))
    eml = reply_msg(p, "Arben Hoxha", rfcdate(2026, 11, 27, 9, 45, 0, "+0100"), "<al-disqe-1127@disqeabrazive.example>",
                    text(body, charset="utf-8"), "RE: ")
    return [p], eml, expected("needs_review", "Confirmation is withheld until a signed/stamped PO arrives; no date committed.")


@case("ge-hardhats-ticket-autoreceipt", "auto_reply", "ka-GE",
      "Georgian/English helpdesk auto-acknowledgement 'ticket #48213 created', quoting the PO number in the subject; it commits to nothing.")
def c():
    p = po("4500081270", "KASKA", "Kaska Georgia LLC", "orders@kaska.example", "ka-GE", "USD", "2026-11-26", [
        ("KG-HH-OR", "Hard hat, orange, ratchet, EN 397", 120, "EA", "5.60", "2026-12-21"),
    ])
    body = (u"გამარჯობა,\n\nთქვენი მოთხოვნა მიღებულია. ბილეთის ნომერი: #48213. ჩვენი გუნდი გიპასუხებთ 2 სამუშაო დღის განმავლობაში.\n\n"
            u"Hello,\n\nYour request has been received. Ticket number: #48213. Our team will respond within 2 business days.\n\n"
            u"-- Kaska Georgia Helpdesk (this is an automated message, please do not reply)\n")
    eml = message(addr("Kaska Georgia Support", "support@kaska.example"), addr(p["buyer"]["name"], p["buyer"]["email"]),
                  u"[#48213] " + req_subject(p), rfcdate(2026, 11, 26, 9, 0, 4, "+0400"), "<ticket-48213-ack@helpdesk.kaska.example>",
                  text(body, charset="utf-8", cte="base64"), irt=p["request_message_id"], refs=p["request_message_id"],
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Helpdesk-Ticket", "48213")])
    return [p], eml, expected("auto_reply", "Automatic ticket receipt; no human answer, no commitment.")


@case("kz-ladders-russian-mta-bounce", "bounce", "kk-KZ",
      "Bounce from the supplier's Kazakh mail host in Russian/English ('Сообщение не доставлено', 550 mailbox disabled), plain text, original headers quoted.")
def c():
    p = po("4500081271", "SATY", "ТОО «Саты Инжиниринг»", "zakaz@saty-eng.example", "kk-KZ", "KZT", "2026-11-26", [
        ("SE-LD-AL7", "Aluminium ladder 7 steps", 10, "EA", "38500.00", "2026-12-18"),
    ], buyer=3)
    body = (u"Это письмо создано автоматически сервером mx.saty-eng.example.\n\nСообщение не доставлено следующим адресатам:\n\n  zakaz@saty-eng.example\n"
            u"  Причина: 550 5.2.1 Mailbox disabled for this recipient / Почтовый ящик отключён\n\n"
            u"This is an automatically generated Delivery Status Notification.\nDelivery to the following recipient failed permanently: zakaz@saty-eng.example\n\n"
            u"----- Заголовки исходного сообщения / Original message headers -----\n\nFrom: Marek Hollis <marek.hollis@buyer.example>\nTo: zakaz@saty-eng.example\n"
            u"Subject: %s\nMessage-ID: %s\nDate: %s\n") % (req_subject(p), p["request_message_id"], sent_date(p))
    eml = message("MAILER-DAEMON <mailer-daemon@mx.saty-eng.example>", "marek.hollis@buyer.example",
                  u"Недоставленное сообщение / Undelivered Mail", rfcdate(2026, 11, 26, 13, 31, 0, "+0500"),
                  "<bounce-1794648660-23841@mx.saty-eng.example>", text(body, charset="utf-8", cte="base64"),
                  extra=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")])
    return [p], eml, expected("bounce", "Permanent delivery failure (mailbox disabled) reported by the recipient's MTA.")


@case("am-indextabs-shipping-notice-other", "unrelated", "hy-AM",
      "Armenian shipping notice (tracking number, boxes, weight in kg) for a different, earlier order 4500079502 while PO 4500081272 is still open.")
def c():
    p = po("4500081272", "GRASENYAK", "Grasenyak LLC", "sales@grasenyak.example", "hy-AM", "USD", "2026-11-26", [
        ("GR-IT-12M", "Index tabs Jan-Dec, A4, 5 sets", 80, "SET", "2.40", "2026-12-22"),
        ("GR-IT-NUM", "Index tabs 1-20, A4", 150, "SET", "1.15", "2026-12-22"),
    ], buyer=2)
    body = (u"Հարգելի Պրիյա,\n\nՏեղեկացնում ենք, որ Ձեր 4500079502 պատվերը առաքվել է 27.11.2026-ին։\n\n"
            u"Առաքիչ՝ DHL Express\nՀետևման համար՝ 1234567890\nՏուփեր՝ 3, քաշ՝ 18,4 կգ\nՍպասվող առաքում՝ 03.12.2026\n\n"
            u"Հարգանքով,\nԱնի Պետրոսյան\nGrasenyak LLC | ՀՎՀՀ 01234567 | +374 10 123456\n")
    eml = message(addr(u"Անի Պետրոսյան", "sales@grasenyak.example"), addr(p["buyer"]["name"], p["buyer"]["email"]),
                  u"Առաքման ծանուցում / Shipping notice – PO 4500079502", rfcdate(2026, 11, 27, 16, 0, 0, "+0400"),
                  "<am-grasenyak-ship-79502@grasenyak.example>", text(body, charset="utf-8", cte="quoted-printable"))
    return [p], eml, expected("unrelated", "Shipping notice for another order (4500079502); the 03.12.2026 delivery date does not belong to PO 4500081272.")
