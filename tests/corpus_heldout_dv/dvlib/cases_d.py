"""Cases 055-070."""
from .common import (A, C, R, U, PO, Part, alt, attach, case, conf, dsn, html_doc, mdate, message, mid,
                     multipart, other, quote_gt, quote_outlook, reply, req_id, req_subject, request_html,
                     request_text, strip_tags, sup, text, make_pdf, make_xlsx)


@case("es-cl-erp-xlsx", "Chilean mail with an XLSX confirmation built by the ERP (requested vs confirmed quantity columns, dd-mm-yyyy text dates); the body only says 'adjunto'.")
def c055():
    s = sup("ADHCHILE", "Adhesivos Andinos SpA", "ventas@adhesivosandinos.example", "es-CL")
    po = PO("4500031801", s, "USD", "2026-11-05", [
        ("WG-CARP-1K", "Carpenter's wood glue 1 kg", 120, "EA", "3.90", "2026-12-17"),
        ("WG-CARP-5K", "Carpenter's wood glue 5 kg pail", 30, "EA", "16.50", "2026-12-17"),
        ("WG-EPX-KIT", "Two-part epoxy wood glue kit 500 g", 25, "EA", "12.80", "2026-12-17")], buyer="dana")
    xlsx = make_xlsx([
        ["Confirmación de pedido", "", "", "", "", "", "", ""],
        ["OC cliente", "4500031801", "", "Nota de venta", "NV-88213", "", "Fecha", "10-11-2026"],
        ["Pos", "Código", "Descripción", "Cant. solicitada", "Cant. confirmada", "Precio unit. USD", "Fecha entrega", "Obs."],
        [1, "WG-CARP-1K", "Cola fría carpintero 1 kg", 120, 120, 3.9, "17-12-2026", ""],
        [2, "WG-CARP-5K", "Cola fría carpintero balde 5 kg", 30, 30, 16.5, "07-01-2027", "importación en tránsito"],
        [3, "WG-EPX-KIT", "Kit epóxico madera 500 g", 25, 24, 12.8, "17-12-2026", "múltiplo de caja 12"],
    ], sheet="Confirmacion")
    body = ("Estimada Dana:\n\nAdjunto confirmación de su orden de compra 4500031801.\n\nSaludos cordiales,\n"
            "Camila Muñoz\nEjecutiva Comercial\nAdhesivos Andinos SpA | Av. Américo Vespucio 1501, Quilicura, Santiago | +56 2 2948 3310\n")
    m = multipart("mixed", [text(body), attach(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Confirmacion_OC_4500031801.xlsx")],
                  "_005_CP4P284MB1940_")
    raw = reply(po, ("Camila Muñoz", s["email"]), mdate(10, "12:01:00", "-0300"),
                "<CP4P284MB1940D5@adhesivosandinos.example>", m, subject="RE: " + req_subject(po))
    return [po], raw, conf([(po, {1: A, 2: C(date="2027-01-07"), 3: C(quantity=24)})],
                           "XLSX only: line 1 as ordered; line 2 delivery 07-01-2027 (day-first); line 3 confirmed 24 instead of 25 (case multiple of 12). Prices as ordered.")


@case("es-co-question-finish", "Colombian Spanish reply asking whether the kick plates should be pre-drilled or plain for adhesive before quoting a final price and date.")
def c056():
    s = sup("HERRAJESCO", "Herrajes y Acabados de Colombia S.A.S.", "comercial@herrajescol.example", "es-CO")
    po = PO("4500031807", s, "USD", "2026-11-06", [
        ("KP-SS-1000", "Kick plate stainless steel 1000 x 250 mm", 30, "EA", "27.50", "2027-01-22")], buyer="omar")
    body = ("Buenas tardes señor Haddad,\n\nCon gusto atendemos su orden 4500031807. Antes de confirmarla necesitamos saber si las "
            "láminas protectoras las requiere con perforaciones avellanadas para tornillo o lisas para pegar con adhesivo, "
            "ya que el precio y el tiempo de entrega cambian según el acabado.\n\nQuedamos atentos para enviarle la confirmación.\n\n"
            "Cordialmente,\nAndrés Felipe Restrepo\nHerrajes y Acabados de Colombia S.A.S. | NIT 900.412.338-1 | Medellín | PBX (604) 444 1820\n")
    raw = reply(po, ("Andrés Felipe Restrepo", s["email"]), mdate(9, "15:10:00", "-0500"),
                "<SJ0PR13MB5522AB@herrajescol.example>", text(body), subject="RE: " + req_subject(po))
    return [po], raw, other("needs_review", "Question before confirming (drilled or plain finish); price and date depend on the answer. No commitment.")


@case("he-il-1255-later-date", "Hebrew windows-1255 reply (RTL text, Sunday delivery date) confirming both lines with a new date.")
def c057():
    s = sup("SHEMEN", "שמן טק בע\"מ", "sales@shementech.example", "he-IL")
    po = PO("4500031815", s, "USD", "2026-11-05", [
        ("LUB-WD-400", "Water-displacing lubricant spray 400 ml", 200, "EA", "3.20", "2026-12-14"),
        ("LUB-GR-400", "White lithium grease spray 400 ml", 100, "EA", "4.15", "2026-12-14")], buyer="ines")
    body = ("שלום אינס,\n\nאנו מאשרים את הזמנה מספר 4500031815 בכמויות ובמחירים שבהזמנה.\n"
            "בשל עיכוב במשלוח מהספק, מועד האספקה לשני הפריטים יהיה 20/12/2026.\n\n"
            "בברכה,\nיוסי לוי\nמנהל מכירות\nשמן טק בע\"מ, אזור התעשייה חולון | טל' 03-5581240\n")
    raw = reply(po, ("יוסי לוי", s["email"]), mdate(10, "10:45:00", "+0200"),
                "<VI1PR08MB3344AE@shementech.example>", text(body, charset="windows-1255"),
                subject="RE: " + req_subject(po))
    return [po], raw, conf([(po, {1: C(date="2026-12-20"), 2: C(date="2026-12-20")})],
                           "Quantities and prices as ordered; both lines delivered 20/12/2026 (day-first) instead of 2026-12-14.")


@case("ar-ae-arabic-indic-digits", "Arabic reply written with Arabic-Indic digits and the Arabic decimal separator (١٢٫٥٠), day-first dates; one line later.")
def c058():
    s = sup("KHALEEJ", "Gulf Mesh Trading LLC", "sales@gulfmesh.example", "ar-AE")
    po = PO("4500031823", s, "USD", "2026-11-05", [
        ("MP-GAL-1224", "Galvanised welded mesh panel 1200 x 2400 mm, 6 mm", 60, "PC", "12.50", "2026-12-14"),
        ("MP-GAL-FRM", "Mesh panel frame clamp set", 120, "SET", "3.75", "2026-12-14")], buyer="omar")
    body = ("السيد عمر حداد المحترم،\n\nتحية طيبة وبعد،\n\nنؤكد لكم استلام أمر الشراء رقم ٤٥٠٠٠٣١٨٢٣ ونؤكد البنود كما يلي:\n\n"
            "البند ١: ألواح شبك مجلفن ١٢٠٠×٢٤٠٠ مم – الكمية ٦٠ لوح – السعر ١٢٫٥٠ دولار – التسليم ١٤/١٢/٢٠٢٦\n"
            "البند ٢: طقم مشابك الإطار – الكمية ١٢٠ طقم – السعر ٣٫٧٥ دولار – التسليم ١١/٠١/٢٠٢٧\n\n"
            "وتفضلوا بقبول فائق الاحترام،\nخالد المنصوري\nمدير المبيعات\nGulf Mesh Trading LLC – المنطقة الصناعية، الشارقة\nهاتف: +971 6 534 2210\n")
    raw = reply(po, ("خالد المنصوري", s["email"]), mdate(11, "11:30:00", "+0400"),
                "<DXBPR01MB4410C2@gulfmesh.example>", text(body, cte="base64"),
                subject="RE: " + req_subject(po))
    return [po], raw, conf([(po, {1: A, 2: C(date="2027-01-11")})],
                           "Arabic-Indic digits: line 1 60 x 12.50, 14/12/2026 as ordered; line 2 120 x 3.75 delivered 11/01/2027 (day-first) = 2027-01-11.")


@case("en-ph-gmail-dsn-over-quota", "Gmail 'Delivery Status Notification (Failure)' for an over-quota mailbox (552 5.2.2), multipart/report with the original attached.")
def c059():
    s = sup("MANILASTAMP", "Manila Stamp & Seal Corp.", "orders.manilastamp@gmail.example", "en-PH")
    po = PO("4500031829", s, "USD", "2026-11-05", [
        ("NS-6D-MAN", "Manual numbering stamp, 6 digits", 15, "EA", "18.60", "2026-12-09")], buyer="dana")
    expl = ("** Address not found **\n\nYour message wasn't delivered to orders.manilastamp@gmail.example because the recipient's inbox is out of storage space "
            "and has been for a while.\n\nThe response from the remote server was:\n"
            "552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.example/?p=inbox_full\n")
    raw = dsn("mailer-daemon@googlemail.example", None, mdate(5, "01:14:22", "-0800"),
              "<6762a3f0.050a0220.2c1b8e.1a2bSMTPIN_ADDED_MISSING@mx.google.example>", po, s["email"], "5.2.2",
              "552 5.2.2 The recipient's inbox is out of storage space and inactive.", "mx.google.example", expl,
              "000000000000b5e2a10605f3d9c7", subject="Delivery Status Notification (Failure)", frm_name="Mail Delivery Subsystem",
              remote_mta="gmail-smtp-in.l.google.example", headers_only=False)
    return [po], raw, other("bounce", "Gmail DSN: mailbox full, permanent failure; the supplier did not receive the request.")


@case("ca-es-weekday-month-name", "Catalan reply confirming quantities and prices with 'dimarts 22 de desembre' as delivery date.")
def c060():
    s = sup("REGULCAT", "Reguladors Catalans SL", "comercial@regulcat.example", "ca-ES")
    po = PO("4500031835", s, "EUR", "2026-11-06", [
        ("OXR-2ST-200", "Two-stage oxygen regulator 200 bar", 5, "EA", "139.00", "2026-12-16"),
        ("OXR-HOSE-10", "Oxygen hose 6.3 mm, 10 m with fittings", 10, "EA", "22.40", "2026-12-16")], buyer="mika")
    body = ("Bon dia Mika,\n\nUs confirmem la comanda 4500031835. Les quantitats i els preus són correctes.\n"
            "El lliurament dels dos articles serà el dimarts 22 de desembre.\n\nSalutacions cordials,\n"
            "Montserrat Puig\nReguladors Catalans SL | Pol. Ind. Can Roqueta, Sabadell | Tel. 93 727 41 18 | NIF B65123478\n")
    raw = reply(po, ("Montserrat Puig", s["email"]), mdate(11, "12:00:05", "+0100"),
                "<PAXPR04MB8811F3@regulcat.example>", text(body, charset="iso-8859-1"), subject="RE: " + req_subject(po))
    return [po], raw, conf([(po, {1: C(date="2026-12-22"), 2: C(date="2026-12-22")})],
                           "'Tuesday 22 December' without year = 2026-12-22 (a Tuesday), later than 2026-12-16; quantities and prices as ordered.")


@case("gl-es-new-thread-terse", "Galician two-liner in a new thread (no In-Reply-To) whose subject only carries the PO number.")
def c061():
    s = sup("PANCAS", "Ferramentas do Miño S.L.", "pedidos@ferramentasmino.example", "gl-ES")
    po = PO("4500031842", s, "EUR", "2026-11-06", [
        ("PB-750-RB", "Ripping bar 750 mm", 24, "EA", "8.60", "2026-12-10"),
        ("PB-DEMO-1500", "Demolition bar 1500 mm", 8, "EA", "27.90", "2026-12-10")], buyer="ines")
    body = ("Bo día Ines,\n\nConfirmamos o pedido 4500031842 tal e como está: cantidades, prezos e data de entrega.\n\nUn saúdo,\nXosé Otero\nFerramentas do Miño S.L. | Tui\n")
    raw = reply(po, ("Xosé Otero", s["email"]), mdate(9, "09:09:09", "+0100"),
                "<c1f4a2b9e7d3@ferramentasmino.example>", text(body, charset="iso-8859-1"),
                subject="Pedido 4500031842", threaded=False)
    return [po], raw, conf([(po, {1: A, 2: A})], "Not threaded, matched by the PO number in subject and body; whole order confirmed as is.")


@case("mt-mt-fixed-surcharge-per-box", "Maltese supplier writing English with a Maltese greeting: a fixed zinc surcharge of EUR 0.35 per box added to one line.")
def c062():
    s = sup("MALTAFIX", "Malta Fixings Co. Ltd", "sales@maltafixings.example", "mt-MT")
    po = PO("4500031856", s, "EUR", "2026-11-05", [
        ("RV-ST-40-12", "Blind rivet steel zinc 4.0 x 12 mm (box of 500)", 40, "BOX", "12.80", "2026-12-15"),
        ("RV-AL-CS-48", "Blind rivet aluminium countersunk 4.8 x 16 mm (box of 250)", 20, "BOX", "9.45", "2026-12-15")], buyer="dana")
    body = ("Bonġu Dana,\n\nGrazzi for the order. PO 4500031856 confirmed, qty and delivery 15/12/2026 as requested.\n"
            "Please note that on the zinc-plated rivets (RV-ST-40-12) a zinc surcharge of EUR 0.35 per box is added to the PO price. "
            "The countersunk aluminium ones stay at EUR 9.45.\n\nSaħħa,\nJoseph Camilleri\nMalta Fixings Co. Ltd | Mosta Technopark | +356 2141 7720 | VAT MT 1234-5678\n")
    raw = reply(po, ("Joseph Camilleri", s["email"]), mdate(10, "08:55:00", "+0100"), "<DB8PR01MB6677A0@maltafixings.example>",
                text(body), subject="RE: " + req_subject(po))
    return [po], raw, conf([(po, {1: C(unit_price="13.15"), 2: A})],
                           "Line 1: 12.80 + 0.35 surcharge per box = 13.15. Line 2 as ordered.")


@case("sq-al-earlier-month-name", "Albanian reply confirming with delivery 'më 18 dhjetor' (no year), earlier than requested.")
def c063():
    s = sup("SKELAL", "Skela Ndërtimi sh.p.k.", "shitje@skela-ndertimi.example", "sq-AL")
    po = PO("4500031861", s, "EUR", "2026-11-06", [
        ("SC-BEAM-48", "Scaffold beam coupler 48.3 mm", 60, "PC", "4.10", "2026-12-21"),
        ("SC-BOARD-CL", "Scaffold toe-board clamp", 30, "PC", "5.20", "2026-12-21")], buyer="omar")
    body = ("Përshëndetje z. Haddad,\n\nKonfirmojmë porosinë nr. 4500031861:\n"
            "pozicioni 1 - 60 copë, 4,10 EUR/copë, dorëzimi më 18 dhjetor\n"
            "pozicioni 2 - 30 copë, 5,20 EUR/copë, dorëzimi më 18 dhjetor\n\nMe respekt,\nArben Hoxha\nSkela Ndërtimi sh.p.k., Durrës | Tel. +355 52 230 417 | NIPT L71234567A\n")
    raw = reply(po, ("Arben Hoxha", s["email"]), mdate(12, "13:13:13", "+0100"), "<7e3a1b2c9d@skela-ndertimi.example>",
                text(body), subject="Re: " + req_subject(po))
    return [po], raw, conf([(po, {1: C(date="2026-12-18"), 2: C(date="2026-12-18")})],
                           "Quantities and prices as ordered; '18 dhjetor' (December, no year) = 2026-12-18, earlier than 2026-12-21.")


@case("mk-mk-receipt-only", "Macedonian Cyrillic reply that only says the order was received and dates will follow.")
def c064():
    s = sup("CERADA", "Церада Пром ДООЕЛ", "prodazba@cerada-prom.example", "mk-MK")
    po = PO("4500031870", s, "EUR", "2026-11-06", [
        ("TRP-58-GR", "Tarpaulin 5 x 8 m, PVC 450 g/m2, green", 40, "PC", "42.00", "2026-12-18")], buyer="ines")
    body = ("Почитувана г-ѓа Ковач,\n\nЈа примивме Вашата нарачка бр. 4500031870. Ќе Ве известиме дополнително за рокот на испорака.\n\n"
            "Со почит,\nГоран Стојановски\nЦерада Пром ДООЕЛ, Скопје | тел. +389 2 246 3310\n")
    raw = reply(po, ("Горан Стојановски", s["email"]), mdate(10, "14:14:00", "+0100"), "<a1b2c3d4e5.mk@cerada-prom.example>",
                text(body), subject="RE: " + req_subject(po))
    return [po], raw, other("needs_review", "Receipt only: the order 'was received', delivery date will follow. No commitment on quantity, price or date.")


@case("ka-ge-postfix-host-not-found", "Postfix bounce for a Georgian supplier whose domain has no mail host (5.4.4), standard multipart/report.")
def c065():
    s = sup("KAVKASIA", "Kavkasia Adhesives LLC", "info@kavkasia-adhesives.example", "ka-GE")
    po = PO("4500031877", s, "USD", "2026-11-06", [
        ("WG-D2-500", "Wood glue D2, 500 g", 200, "EA", "2.30", "2026-12-16")], buyer="mika")
    expl = ("This is the mail system at host relay.northgate-supply.example.\n\nI'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
            "                   The mail system\n\n<info@kavkasia-adhesives.example>: Host or domain name not found. Name service error for\n"
            "    name=kavkasia-adhesives.example type=MX: Host not found\n")
    raw = dsn("MAILER-DAEMON@relay.northgate-supply.example", None, mdate(6, "08:42:10", "+0000"),
              "<20261106084210.9C3A0180F2@relay.northgate-supply.example>", po, s["email"], "5.4.4",
              "Host or domain name not found. Name service error for name=kavkasia-adhesives.example type=MX: Host not found",
              "relay.northgate-supply.example", expl, "9C3A0180F2.1762418530/relay.northgate-supply.example",
              arrival="Fri, 06 Nov 2026 08:42:09 +0000")
    return [po], raw, other("bounce", "Postfix DSN, 5.4.4 host not found; not delivered.")


@case("hy-am-armenian-one-line-later", "Armenian reply with Armenian punctuation (։ and ՝) confirming one line as ordered and one a week later.")
def c066():
    s = sup("ARMTAPE", "Արմթեյփ ՍՊԸ", "sales@armtape.example", "hy-AM")
    po = PO("4500031884", s, "USD", "2026-11-05", [
        ("AST-50-BK", "Anti-slip tape 50 mm x 18 m, black", 100, "ROL", "6.20", "2026-12-15"),
        ("AST-50-YB", "Anti-slip tape 50 mm x 18 m, yellow/black hazard", 50, "ROL", "6.90", "2026-12-15")], buyer="dana")
    body = ("Բարև Ձեզ, տիկին Ռուիզ,\n\nՀաստատում ենք Ձեր 4500031884 պատվերը․\n"
            "1-ին տող՝ 100 գլան, 6,20 USD, առաքում 15.12.2026։\n"
            "2-րդ տող՝ 50 գլան, 6,90 USD, առաքում 22.12.2026։\n\nՀարգանքով՝\nԱնի Սարգսյան\nԱրմթեյփ ՍՊԸ, Երևան | հեռ. +374 10 44 21 80\n")
    raw = reply(po, ("Անի Սարգսյան", s["email"]), mdate(10, "13:30:00", "+0400"), "<f0e1d2c3b4a5@armtape.example>",
                text(body, cte="base64"), subject="RE: " + req_subject(po))
    return [po], raw, conf([(po, {1: A, 2: C(date="2026-12-22")})],
                           "Line 1 as ordered; line 2 same quantity and price, delivery 22.12.2026 instead of 15.12.")


@case("kk-kz-details-before-confirming", "Kazakh greeting then Russian business text: asks for company details and a signed contract, will then invoice prepayment and confirm dates.")
def c067():
    s = sup("ASTREZ", "ТОО «Астана Резина»", "sales@astana-rezina.example", "kk-KZ")
    po = PO("4500031890", s, "USD", "2026-11-05", [
        ("BC-040-MX", "Bungee cord 40 cm, assorted colours", 1000, "EA", "0.62", "2026-12-21")], buyer="omar")
    body = ("Сәлеметсіз бе, Омар мырза!\n\nБлагодарим за заказ № 4500031890.\nДля оформления просим выслать реквизиты вашей компании и подписанный договор поставки. "
            "После этого выставим счёт на 100% предоплату и подтвердим сроки отгрузки.\n\n"
            "С уважением,\nАйгерим Нурланова\nменеджер по продажам\nТОО «Астана Резина», БИН 150340012345, тел. +7 (7172) 57-33-10\n")
    raw = reply(po, ("Айгерим Нурланова", s["email"]), mdate(9, "12:40:00", "+0500"), "<1762674000.5521@astana-rezina.example>",
                text(body), subject="RE: " + req_subject(po))
    return [po], raw, other("needs_review", "Pre-conditions before any confirmation (company details, contract, prepayment invoice); dates will be confirmed later. Nothing committed.")


@case("zh-hk-price-per-dozen", "Hong Kong English/Chinese mix: blades priced per dozen (HK style 'USD 10.80/打'), dates day-first without year.")
def c068():
    s = sup("HKTOOLS", "Kowloon Hardware Trading Co.", "sales@kowloonhardware.example", "zh-HK")
    po = PO("4500031896", s, "USD", "2026-11-05", [
        ("CC-200-MINI", "Mini cable cutter 200 mm", 60, "EA", "5.40", "2026-12-18"),
        ("CC-BLD-450", "Spare blade set for 450 mm cable cutter", 48, "EA", "0.95", "2026-12-18")], buyer="dana")
    body = ("Hi Dana,\n\n收到 PO 4500031896，確認如下：\n\n"
            "Item 1 CC-200-MINI  60 pcs  USD 5.40  18/12 交貨\n"
            "Item 2 CC-BLD-450  48 pcs (4打)  USD 10.80/打  18/12 交貨\n\n"
            "Thanks!\nKelvin Wong 黃家明\nKowloon Hardware Trading Co. | 觀塘鴻圖道 52 號 | Tel: +852 2345 6789\n")
    raw = reply(po, ("Kelvin Wong", s["email"]), mdate(11, "16:16:00", "+0800"), "<HK2PR02MB3301D7@kowloonhardware.example>",
                alt(text(body), text(html_doc(body.replace("\n", "<br>\n")), "html"), "_000_HK2PR02MB3301D7_"),
                subject="RE: " + req_subject(po))
    return [po], raw, conf([(po, {1: A, 2: C(unit_price="0.90")})],
                           "18/12 = 2026-12-18 (day-first, no year) as requested. Line 2: USD 10.80 per dozen (打) = 0.90 each instead of 0.95; 48 pcs = 4 dozen, quantity unchanged.")


@case("af-za-outomatiese-antwoord", "Afrikaans automatic reply (with an English line) saying the sales office is closed until a date.")
def c069():
    s = sup("KAAPSKR", "Kaapse Skroewe (Edms) Bpk", "verkope@kaapseskroewe.example", "af-ZA")
    po = PO("4500031902", s, "USD", "2026-11-06", [
        ("DWS-35-32-BK", "Drywall screw 3.5 x 32 mm, black, box of 1000", 25, "BOX", "9.80", "2026-12-15")], buyer="ines")
    body = ("Goeie dag,\n\nDankie vir u e-pos. Ons verkoopskantoor is gesluit vir voorraadopname tot Maandag 16 November 2026. "
            "U e-pos sal daarna hanteer word.\n\nThank you for your e-mail. Our sales office is closed for stocktaking until Monday 16 November 2026.\n\n"
            "Kaapse Skroewe (Edms) Bpk | Epping Industria, Kaapstad | 021 534 8870\n")
    raw = reply(po, ("Kaapse Skroewe Verkope", s["email"]), mdate(6, "11:00:40", "+0200"), "<auto.verkope.1762419640@kaapseskroewe.example>",
                text(body), subject="Outomatiese antwoord: " + req_subject(po), extra=[("Auto-Submitted", "auto-replied")])
    return [po], raw, other("auto_reply", "Automatic reply (office closed until 16 November); nothing about the order.")


@case("en-ca-newsletter-earplugs", "Canadian HTML newsletter from the same supplier advertising hearing-protection deals; mentions earplugs but not the open PO.")
def c070():
    s = sup("NORTHSAFE", "NorthSafe Industrial Canada Inc.", "orders@northsafe.example", "en-CA")
    po = PO("4500031915", s, "USD", "2026-11-06", [
        ("EP-FOAM-BULK", "Foam earplugs uncorded, bulk bag 1000 pairs", 5, "BOX", "98.00", "2026-12-10")], buyer="mika")
    html = ("<h1>Winter Safety Savings</h1><p>Hi there,</p><p>Stock up before the holidays: <b>20% off</b> all foam earplugs and "
            "earmuffs until December 15, 2026. Free shipping on orders over CA$500.</p>"
            "<p><a href=\"https://northsafe.example/deals?utm_source=newsletter&amp;utm_campaign=winter26\">Shop the deals</a></p>"
            "<p style=\"font-size:11px\">NorthSafe Industrial Canada Inc., 2200 Boul. Industriel, Laval QC H7S 2G4 · 1-800-555-0199<br>"
            "You are receiving this e-mail because you are a NorthSafe customer. <a href=\"https://northsafe.example/unsubscribe\">Unsubscribe</a></p>")
    raw = message(("NorthSafe Industrial", "news@northsafe.example"), ("Mika Laine", "mika.laine@northgate-supply.example"),
                  "❄ Winter Safety Savings: 20% off hearing protection", mdate(17, "14:00:00", "-0500"),
                  "<newsletter.winter26.88421@mailer.northsafe.example>",
                  alt(text(strip_tags(html)), text(html_doc(html), "html"), "==NS_MAIL_BOUNDARY_88421=="),
                  extra=[("List-Unsubscribe", "<https://northsafe.example/unsubscribe>"), ("Precedence", "bulk")])
    return [po], raw, other("unrelated", "Marketing newsletter; does not refer to PO 4500031915.")
