"""Cases 019-036."""
from . import mime
from .common import (case, S, PO, C, conf, expected, when, std_body, mail, buyer_of, req_subject, req_dt,
                     html_doc, paras, alt, quote_outlook, quote_outlook_html, quote_gt, req_body_text)
from .xlsx import make_xlsx

RE = "RE: "


@case("cz-beakers-numbering-shift", "confirmation/cs-CZ",
      "Numbered list follows the supplier's own order (pos. 1 = freight), so '2.'-'4.' are PO lines 1-3; one quantity cut.")
def c019():
    sup = S("SAZAVASKLO", "Sázavské laboratorní sklo s.r.o.", "obchod@sazavske-sklo.example", "cs-CZ")
    po = PO("4500231392", sup, "CZK", "2026-11-11", [
        ("LB-250-LF", "Beaker 250 ml low form, borosilicate 3.3, graduated", 600, "PCS", "38.50", "2026-12-14"),
        ("LB-600-LF", "Beaker 600 ml low form, borosilicate 3.3", 400, "PCS", "52.00", "2026-12-14"),
        ("LB-1000-TF", "Beaker 1000 ml tall form, 2027 print", 200, "PCS", "89.00", "2026-12-14"),
    ], buyer="tomasz")
    reply = ("Dobrý den, pane Wolski,\n\npotvrzujeme Vaši objednávku 4500231392. V naší zakázce ZK-26-3318 je "
             "pozice 1 doprava (paušál, hradíme my), proto číslování níže odpovídá naší zakázce:\n\n"
             "2. LB-250-LF kádinka 250 ml NF – 600 ks, 38,50 Kč/ks\n"
             "3. LB-600-LF kádinka 600 ml NF – 360 ks (zbytek skladu, více letos nevyrobíme), 52,00 Kč/ks\n"
             "4. LB-1000-TF kádinka 1000 ml VF – 200 ks, 89,00 Kč/ks\n\n"
             "Expedice všeho 9. 12. 2026, dodání k Vám 14. 12. 2026.\n\n"
             "S pozdravem\nJana Dvořáková\nobchodní oddělení\nSázavské laboratorní sklo s.r.o.\n"
             "Nádražní 412, 285 06 Sázava\ntel.: +420 327 321 150\n")
    body = std_body(po, reply, "cs", "outlook", charset="windows-1250")
    eml = mail(("Jana Dvořáková", "dvorakova@sazavske-sklo.example"), buyer_of(po), "RE: " + req_subject(po),
               when("2026-11-17 09:12:45", "+0100"), body, po=po, lang="cs-CZ", name_charset="windows-1250")
    return [po], eml, expected(
        "confirmation", "The supplier's list is numbered 2-4 because its pos. 1 is freight; item codes map '3.' to PO "
        "line 2 (360 of 400). Ship 9. 12., delivery 14. 12. 2026 wins and equals the requested date.",
        conf(po, {1: "A", 2: C(q=360), 3: "A"}))


@case("ua-syringes-do-18-grudnya", "confirmation/uk-UA",
      "Ukrainian list in windows-1251 base64: 'до 18 грудня' without a year, ship vs delivery dates, one refused line.")
def c020():
    sup = S("VETMEDTEH", "Vetmedtekhnika LLC", "sales@vetmedtech.example", "uk-UA")
    po = PO("4500231404", sup, "EUR", "2026-11-13", [
        ("VS-LL-10", "Veterinary syringe 10 ml Luer lock, sterile", 5000, "PCS", "0.092", "2026-12-11"),
        ("VS-AUTO-2", "Automatic vaccinator syringe 2 ml, 2027 type", 150, "PCS", "14.80", "2026-12-11"),
        ("VS-NDL-18G", "Needle 18G x 1 in, box of 100", 60, "BOX", "4.10", "2026-12-11"),
    ], buyer="priya")
    reply = ("Добрий день, пані Прія!\n\nДякуємо за замовлення. Підтверджуємо замовлення 4500231404:\n\n"
             "1. Шприци 10 мл Luer lock – 5 000 шт. по 0,092 EUR, відвантаження 04.12.2026, доставка до 11.12.2026.\n"
             "2. Шприци-автомати 2 мл – 150 шт. по 14,80 EUR, доставка до 18 грудня.\n"
             "3. Голки 18G – на жаль, поставити не можемо, виробник припинив випуск.\n\n"
             "З повагою,\nОлена Коваленко\nменеджер з продажу\nТОВ «Ветмедтехніка», вул. Промислова 5, Київ\n"
             "тел. +380 44 496 21 30\n")
    body = std_body(po, reply, "uk", "outlook", charset="windows-1251", cte="base64")
    eml = mail(("Олена Коваленко", "o.kovalenko@vetmedtech.example"), buyer_of(po), RE + req_subject(po),
               when("2026-11-19 09:50:33", "+0200"), body, po=po, lang="uk-UA", name_charset="windows-1251")
    return [po], eml, expected(
        "confirmation", "'до 18 грудня' (by 18 December, no year) -> 2026-12-18 for line 2; line 1 ship 04.12 but "
        "delivery 11.12.2026 wins (= requested); line 3 refused.",
        conf(po, {1: "A", 2: C(d="2026-12-18"), 3: "R"}))


@case("es-caps-neto-neto", "confirmation/es-ES",
      "List price minus 3 % given as the final 'neto neto' price with three decimals and Spanish number format.")
def c021():
    sup = S("TAPONESLEV", "Tapones y Cápsulas Levante S.L.", "pedidos@taponeslevante.example", "es-ES")
    po = PO("4500231417", sup, "EUR", "2026-11-12", [
        ("CAP-SUR-20", "Surlyn cap 20 mm for FEA 15, clear, 2027 line", 8000, "PCS", "0.410", "2026-12-18"),
        ("CAP-MAG-24", "Magnetic perfume cap 24x30 mm, black matt", 3000, "PCS", "1.800", "2026-12-18"),
    ], buyer="claire")
    reply = ("Hola Claire:\n\nConfirmamos su pedido 4500231417 en las siguientes condiciones:\n\n"
             "Pos. 1 - 8.000 uds. - precio 0,410 € - entrega 18/12/2026\n"
             "Pos. 2 - 3.000 uds. - precio tarifa 1,800 € menos 3 % de descuento por volumen = 1,746 € neto neto "
             "- entrega 18/12/2026\n\nUn saludo,\n\nLaura Martínez\nDpto. Comercial\n"
             "Tapones y Cápsulas Levante S.L.\nPolígono Industrial El Romeral, c/ Tintoreros 9, 46340 Requena "
             "(Valencia)\nTel. 962 30 15 48\n")
    body = std_body(po, reply, "es", "outlook", charset="iso-8859-15")
    eml = mail(("Laura Martínez", "lmartinez@taponeslevante.example"), buyer_of(po), RE + req_subject(po),
               when("2026-11-18 17:05:12", "+0100"), body, po=po, lang="es-ES", name_charset="iso-8859-15")
    return [po], eml, expected(
        "confirmation", "Decision: 'neto neto' is the final price after the 3 % discount on the PO price "
        "(1.800 x 0.97 = 1.746), i.e. what we pay per piece -> unit_price 1.746 on line 2; line 1 as ordered.",
        conf(po, {1: "A", 2: C(p="1.746")}))


@case("chf-granite-apostrophe", "confirmation/fr-CH",
      "Swiss French 'CHF 1'250.00' apostrophe thousands and delivery as 'semaine 2/2027' without a day.")
def c022():
    sup = S("GRANITSLEMAN", "Granits du Léman SA", "commandes@granits-leman.example", "fr-CH")
    po = PO("4500231420", sup, "CHF", "2026-11-10", [
        ("GCT-NERO-3000", "Granite countertop Nero Assoluto 3000x620x30 mm, polished", 4, "PCS", "1310.00",
         "2027-01-15"),
        ("GCT-BIAN-2400", "Granite countertop Bianco Sardo 2400x620x30 mm", 3, "PCS", "980.00", "2027-01-15"),
        ("GCT-CUT-SINK", "Undermount sink cut-out, polished edge", 7, "EA", "145.00", "2027-01-15"),
    ], buyer="claire")
    reply = ("Madame Dubois,\n\nNous accusons réception de votre commande 4500231420 et la confirmons comme suit :\n\n"
             "1) Plan Nero Assoluto 3000x620x30 : 4 pces à CHF 1'250.00 (prix ajusté suite à l'optimisation des "
             "tranches)\n2) Plan Bianco Sardo 2400x620x30 : 3 pces à CHF 980.00\n"
             "3) Découpes évier sous-plan : 7 pces à CHF 145.00\n\n"
             "Livraison : semaine 2/2027, en une seule fois.\n\nAvec nos meilleures salutations\n\n"
             "Pierre-Alain Rochat\nGranits du Léman SA\nRoute de l'Industrie 21, 1163 Etoy\nTél. +41 21 807 33 50\n")
    body = std_body(po, reply, "fr", "outlook", charset="iso-8859-1")
    eml = mail(("Pierre-Alain Rochat", "pa.rochat@granits-leman.example"), buyer_of(po), RE + req_subject(po),
               when("2026-11-20 10:30:00", "+0100"), body, po=po, lang="fr-CH")
    return [po], eml, expected(
        "confirmation", "CHF 1'250.00 = 1250.00 (lower than PO 1310.00) on line 1; 'semaine 2/2027' without a day -> "
        "Friday of ISO week 2 of 2027 = 2027-01-15, the requested date.",
        conf(po, {1: C(p="1250.00"), 2: "A", 3: "A"}))


@case("tw-bells-jiaoqi-12-18", "confirmation/zh-TW",
      "Big5 base64 reply with '交期 12/18' (month/day, no year) on one line and 12/11 on the other.")
def c023():
    sup = S("FORMOSABELL", "Formosa Bell Industrial Co., Ltd.", "sales@formosabell.example", "zh-TW")
    po = PO("4500231433", sup, "USD", "2026-11-10", [
        ("BB-55-ALU", "Bicycle bell 55 mm aluminium, 22.2 mm bar clamp", 3000, "PCS", "0.88", "2026-12-11"),
        ("BB-DING-BRS", "Ding-dong bell brass 60 mm", 1200, "PCS", "1.95", "2026-12-11"),
    ], buyer="priya")
    reply = ("Priya 您好，\n\n感謝您的訂單 4500231433，確認如下：\n\n"
             "1. BB-55-ALU 鋁合金車鈴 55mm：3,000 個，單價 USD 0.88，交期 12/18\n"
             "2. BB-DING-BRS 黃銅車鈴 60mm：1,200 個，單價 USD 1.95，交期 12/11\n\n"
             "交期為貴司漢堡倉庫到貨日。如有任何問題請隨時聯絡。\n\n林美玲 Meiling Lin\n業務部 Sales Dept.\n"
             "Formosa Bell Industrial Co., Ltd.\n台中市大雅區中清路三段 88 號\nTel: +886 4 2566 1234\n")
    body = std_body(po, reply, "zh-TW", "outlook", charset="big5", cte="base64")
    eml = mail(("Meiling Lin", "meiling@formosabell.example"), buyer_of(po), "回覆: " + req_subject(po),
               when("2026-11-16 15:30:21", "+0800"), body, po=po, lang="zh-TW", subj_charset="big5")
    return [po], eml, expected(
        "confirmation", "'交期 12/18' is month/day (zh-TW) without a year -> 2026-12-18, stated as arrival date at our "
        "warehouse; line 2 12/11 = requested. Big5 charset, full-width punctuation.",
        conf(po, {1: C(d="2026-12-18"), 2: "A"}))


@case("mx-terrazzo-mxn-dollar", "confirmation/es-MX",
      "Mexican pesos written 'MXN $1,250.00' (dollar sign, comma thousands) with one per-metre price change.")
def c024():
    sup = S("TERRAZOSBAJIO", "Terrazos y Mosaicos del Bajío S.A. de C.V.", "ventas@terrazosbajio.example", "es-MX")
    po = PO("4500231448", sup, "MXN", "2026-11-09", [
        ("TZT-40x40-GRS", "Terrazzo tile 40x40x2.5 cm, grey marble chips", 300, "M2", "1180.00", "2027-01-22"),
        ("TZT-STEP-120", "Terrazzo stair tread 120x30 cm, 2027 pattern", 40, "PCS", "1250.00", "2027-01-22"),
        ("TZT-SKIRT-10", "Terrazzo skirting 10 cm high, 40 cm pieces", 250, "M", "98.50", "2027-01-22"),
    ])
    reply = ("Buen día Dana,\n\nLe confirmamos su orden de compra 4500231448:\n\n"
             "- Loseta 40x40 gris: 300 m2 a MXN $1,180.00 el m2\n"
             "- Huella de escalera 120x30: 40 pzas a MXN $1,250.00 c/u\n"
             "- Zoclo 10 cm: 250 m a MXN $104.00 el metro lineal (ajuste por precio del cemento blanco)\n\n"
             "Fecha de entrega en su almacén: 22/01/2027.\n\nSaludos cordiales,\n\nIng. Alejandro Ramírez\n"
             "Ventas Exportación\nTerrazos y Mosaicos del Bajío S.A. de C.V.\nBlvd. Adolfo López Mateos 2215, "
             "León, Gto.\nTel. +52 477 713 4420\n")
    d = req_dt(po)
    attribution = "El %s, Dana Ruiz (<%s>) escribió:" % (d.strftime("%d/%m/%Y %H:%M"), po["buyer"]["email"])
    body = std_body(po, reply, "es", "gt", attribution=attribution)
    eml = mail(("Alejandro Ramírez", "aramirez@terrazosbajio.example"), buyer_of(po), "Re: " + req_subject(po),
               when("2026-11-20 10:25:44", "-0600"), body, po=po, style="gmail")
    return [po], eml, expected(
        "confirmation", "'MXN $' prices with comma thousands: 1,180.00 and 1,250.00 match the PO; skirting 104.00 "
        "instead of 98.50; 22/01/2027 day-first = requested date.",
        conf(po, {1: "A", 2: "A", 3: C(p="104.00")}))


@case("ie-syringes-stock-poland", "confirmation/en-IE",
      "All lines confirmed; one line 'shipped from our stock in Poland' as a separate parcel - still the same commitment.")
def c025():
    sup = S("SHANNONVET", "Shannon Veterinary Supplies Ltd", "orders@shannonvet.example", "en-IE")
    po = PO("4500231452", sup, "EUR", "2026-11-16", [
        ("VS-LL-20", "Veterinary syringe 20 ml Luer lock, 3-part", 4000, "PCS", "0.145", "2026-12-09"),
        ("VS-DRENCH-30", "Drench gun 30 ml, 2027 model, adjustable dose", 60, "EA", "22.40", "2026-12-09"),
        ("VS-MULTI-50", "Multi-dose syringe 50 ml, nylon barrel", 80, "EA", "18.90", "2026-12-09"),
        ("VS-NDL-16G", "Needle 16G x 3/4 in, luer hub, box of 100", 40, "BOX", "3.85", "2026-12-09"),
    ], buyer="jonas")
    reply = ("Hi Jonas,\n\nThanks for PO 4500231452 - all four lines are confirmed at your prices and quantities for "
             "delivery on 09/12/2026.\n\nPlease note the 16G needles (line 4) will be shipped from our stock in "
             "Poland (Poznań warehouse) rather than from Limerick, so they will arrive as a separate parcel with its "
             "own delivery note - same delivery date.\n\nKind regards,\nSiobhán O'Connell\nCustomer Operations\n"
             "Shannon Veterinary Supplies Ltd\nRaheen Business Park, Limerick V94 K7X2\n+353 61 228 410\n\n"
             "Registered in Ireland No. 512877. This email is confidential.\n")
    body = std_body(po, reply, "en", "outlook")
    eml = mail(("Siobhán O'Connell", "siobhan.oconnell@shannonvet.example"), buyer_of(po), RE + req_subject(po),
               when("2026-11-20 15:05:52", "+0000"), body, po=po, lang="en-IE")
    return [po], eml, expected(
        "confirmation", "Shipping origin change for line 4 (stock in Poland, separate parcel) is not a change of "
        "quantity, price or date: all four lines accepted, 09/12/2026 day-first.",
        conf(po, {1: "A", 2: "A", 3: "A", 4: "A"}))


@case("ae-call-buttons-arabic", "confirmation/ar-AE",
      "Right-to-left Arabic reply in windows-1256 with 'التسليم 18/12/2026' for all lines, English sign-off.")
def c026():
    sup = S("GULFMED", "Gulf Medical Systems LLC", "sales@gulfmedsys.example", "ar-AE")
    po = PO("4500231467", sup, "USD", "2026-11-12", [
        ("HCB-PEND-2B", "Nurse call pendant, 2 buttons, 2.5 m cable, IP67", 150, "PCS", "38.60", "2026-12-11"),
        ("HCB-PULL-3M", "Bathroom pull cord call unit, 3 m cord", 60, "PCS", "27.90", "2026-12-11"),
    ])
    reply = ("السيدة دانا المحترمة،\n\nتحية طيبة وبعد،\n\nنؤكد لكم استلام أمر الشراء رقم 4500231467 ونؤكد البنود "
             "كما يلي:\n\n1- HCB-PEND-2B: الكمية 150 قطعة، السعر 38.60 دولار أمريكي للقطعة.\n"
             "2- HCB-PULL-3M: الكمية 60 قطعة، السعر 27.90 دولار أمريكي للقطعة.\n\n"
             "التسليم 18/12/2026 لجميع البنود.\n\nمع أطيب التحيات،\nBest regards,\nKhalid Al Mansoori\n"
             "Sales Department | Gulf Medical Systems LLC\nP.O. Box 21455, Dubai, UAE | Tel +971 4 339 8120\n")
    body = std_body(po, reply, "ar", "outlook", charset="windows-1256", rtl=True)
    eml = mail(("Khalid Al Mansoori", "khalid@gulfmedsys.example"), buyer_of(po), "رد: " + req_subject(po),
               when("2026-11-17 10:40:08", "+0400"), body, po=po, lang="ar-AE", subj_charset="windows-1256")
    return [po], eml, expected(
        "confirmation", "Arabic RTL text with Latin digits; 'التسليم 18/12/2026' (delivery, day-first) applies to "
        "both lines; quantities and prices as ordered.",
        conf(po, {1: C(d="2026-12-18"), 2: C(d="2026-12-18")}))


@case("au-winch-question", "needs_review/en-AU",
      "Supplier asks which material we want before confirming; mentions prices and dates only as options.")
def c027():
    sup = S("SOUTHCROSS", "Southern Cross Marine Hardware Pty Ltd", "sales@southerncrossmarine.example", "en-AU")
    po = PO("4500231471", sup, "AUD", "2026-11-13", [
        ("WH-10-LOCK-CR", "Winch handle 10 in lock-in, chrome bronze", 30, "EA", "118.00", "2026-12-18"),
        ("WH-8-SPD", "Speed grip winch handle 8 in, 2027 model", 20, "EA", "96.50", "2026-12-18"),
    ])
    reply = ("Hi Dana,\n\nBefore we lock this one in - line 1, do you want the 10\" lock-in in chrome bronze or the "
             "alloy version? Chrome bronze has gone up to $124.00 each and would be mid-Jan; alloy we can do at "
             "$118.00 for 18/12. Line 2 looks fine from our end.\n\nLet me know which way you want to go and I'll "
             "send the confirmation through.\n\nCheers,\nBrad Whitfield\nSouthern Cross Marine Hardware\n"
             "14 Slipway Rd, Brookvale NSW 2100 | 02 9905 4471\n")
    body = std_body(po, reply, "en", "gt")
    eml = mail(("Brad Whitfield", "brad@southerncrossmarine.example"), buyer_of(po), "Re: " + req_subject(po),
               when("2026-11-18 12:02:37", "+1100"), body, po=po, style="gmail")
    return [po], eml, expected("needs_review", "An open question (chrome bronze vs alloy) with alternative prices "
                               "and dates; 'I'll send the confirmation through' means nothing is committed yet, "
                               "not even line 2.")


@case("be-cheese-wax-per-tonne", "confirmation/fr-BE",
      "Prices per tonne against a PO priced per kilogram, quantities restated in tonnes and 20 kg bags.")
def c028():
    sup = S("CIRERIEHERVE", "Cirerie Belge de Herve SA", "ventes@cirerie-herve.example", "fr-BE")
    po = PO("4500231489", sup, "EUR", "2026-11-13", [
        ("CW-YEL-20", "Cheese coating wax yellow, 20 kg bag, pellets", 2000, "KG", "4.85", "2026-12-10"),
        ("CW-RED-20", "Cheese wax red, 20 kg bag, melting point 68-72 C", 1000, "KG", "5.10", "2026-12-10"),
    ], buyer="claire")
    reply = ("Madame Dubois,\n\nNous confirmons votre commande 4500231489 :\n\n"
             "- cire jaune : 2 t (100 sacs de 20 kg), prix 4 780,00 EUR/t, livraison le jeudi 10/12/2026\n"
             "- cire rouge : 1 t (50 sacs de 20 kg), prix 5 100,00 EUR/t, livraison le jeudi 10/12/2026\n\n"
             "Nos prix s'entendent à la tonne, franco votre dépôt de Hambourg.\n\nBien à vous,\n\nLuc Lejeune\n"
             "Service commercial\nCirerie Belge de Herve SA\nRue de la Station 31, 4650 Herve\n"
             "Tél. +32 87 66 14 20\n")
    body = std_body(po, reply, "fr", "outlook", charset="windows-1252")
    eml = mail(("Luc Lejeune", "l.lejeune@cirerie-herve.example"), buyer_of(po), RE + req_subject(po),
               when("2026-11-19 08:55:26", "+0100"), body, po=po, lang="fr-BE")
    return [po], eml, expected(
        "confirmation", "Per-tonne prices: 4 780,00 EUR/t = 4.78 EUR/kg (changed from 4.85), 5 100,00 EUR/t = 5.10 "
        "(as ordered); 2 t = 2000 kg, 1 t = 1000 kg; jeudi 10/12/2026 = requested date.",
        conf(po, {1: C(p="4.78"), 2: "A"}))


@case("ca-pucks-partial-iso-dates", "confirmation/fr-CA",
      "Quebec French with ISO dates; one line split into a partial delivery and a January balance.")
def c029():
    sup = S("RONDLAUR", "Rondelles Laurentides inc.", "commandes@rondelles-laurentides.example", "fr-CA")
    po = PO("4500231495", sup, "CAD", "2026-11-16", [
        ("HP-OFF-6OZ-QC", "Official game puck 6 oz, 3 in x 1 in, logo both sides", 2400, "PCS", "1.42", "2026-12-16"),
        ("HP-PRAC-10OZ", "Heavy practice puck 10 oz", 600, "PCS", "2.10", "2026-12-16"),
        ("HP-ORNG-4OZ", "Youth puck 4 oz, orange, 2027 program", 480, "PCS", "1.55", "2026-12-16"),
    ])
    reply = ("Bonjour Dana,\n\nVoici la confirmation pour la commande 4500231495 :\n\n"
             "1. Rondelles officielles 6 oz : 2 400 unités à 1,42 $ CA, livraison le 2026-12-16\n"
             "2. Rondelles d'entraînement 10 oz : livraison partielle de 400 unités le 2026-12-16 (2,10 $); les "
             "200 autres suivront le 2027-01-13\n"
             "3. Rondelles jeunesse 4 oz orange : 480 unités à 1,55 $, livraison le 2026-12-16\n\n"
             "Merci et bonne journée,\n\nGeneviève Tremblay\nService à la clientèle\nRondelles Laurentides inc.\n"
             "455, boul. Industriel, Saint-Jérôme (Québec) J7Y 3Z8\n450 555-0182\n")
    body = std_body(po, reply, "fr", "gt",
                    attribution="Le %s, Dana Ruiz <%s> a écrit :" % (req_dt(po).strftime("%Y-%m-%d à %H:%M"),
                                                                    "dana.ruiz@brightwater-trading.example"))
    eml = mail(("Geneviève Tremblay", "gtremblay@rondelles-laurentides.example"), buyer_of(po),
               "Re: " + req_subject(po), when("2026-11-20 13:12:09", "-0500"), body, po=po, style="apple")
    return [po], eml, expected(
        "confirmation", "Line 2 split: 400 on 2026-12-16 and 200 on 2027-01-13 (total 600, last date changes); "
        "'1,42 $ CA' decimal comma; ISO dates.",
        conf(po, {1: "A", 2: C(sched=[(400, "2026-12-16"), (200, "2027-01-13")]), 3: "A"}))


@case("br-floats-embarque-rejected", "confirmation/pt-BR",
      "Brazilian Portuguese shipment dates only (one earlier than requested), decimal comma, one discontinued line.")
def c030():
    sup = S("BOIASPR", "Boias Paraná Indústria de Pesca Ltda.", "vendas@boiasparana.example", "pt-BR")
    po = PO("4500231503", sup, "USD", "2026-11-16", [
        ("FF-EVA-30G", "EVA fishing float 30 g, 35x120 mm, 2-colour", 5000, "PCS", "0.34", "2027-01-08"),
        ("FF-BALSA-4G", "Balsa float 4 g, 3/8 in antenna", 3000, "PCS", "0.61", "2027-01-08"),
        ("FF-LED-SLIM", "Night float with LED, slim 2027 version, CR425 battery", 1000, "PCS", "1.90", "2027-01-08"),
    ], buyer="priya")
    reply = ("Olá Priya,\n\nSegue a confirmação do pedido 4500231503:\n\n"
             "Item 1 - boia EVA 30 g: 5.000 pçs a US$ 0,34 - embarque 18/12/2026 (temos estoque)\n"
             "Item 2 - boia de balsa 4 g: 3.000 pçs a US$ 0,61 - embarque 08/01/2027\n"
             "Item 3 - boia LED: infelizmente foi descontinuada pelo fabricante da lâmpada, não temos como atender.\n\n"
             "Abraço,\nRafael Souza\nExportação\nBoias Paraná Indústria de Pesca Ltda.\n"
             "Rua Marechal Deodoro 1450, Maringá - PR\n+55 44 3025-7712\n")
    d = req_dt(po)
    attribution = "Em %s, Priya Nair <%s> escreveu:" % (d.strftime("%d/%m/%Y %H:%M"), po["buyer"]["email"])
    body = std_body(po, reply, "pt", "gt", attribution=attribution)
    eml = mail(("Rafael Souza", "rafael@boiasparana.example"), buyer_of(po), "Re: " + req_subject(po),
               when("2026-11-23 09:18:40", "-0300"), body, po=po, style="gmail")
    return [po], eml, expected(
        "confirmation", "Only ship dates ('embarque') are given, so they are the dates: item 1 ships 18/12/2026, "
        "earlier than the requested 2027-01-08 (changed); item 2 as ordered; item 3 discontinued (rejected).",
        conf(po, {1: C(d="2026-12-18"), 2: "A", 3: "R"}))


@case("us-ticket-receipt", "auto_reply/en-US",
      "Help-desk ticket acknowledgement that echoes our whole request (PO table, dates) below the ticket notice.")
def c031():
    sup = S("CALLPOINT", "CallPoint Medical Inc.", "orders@callpointmedical.example", "en-US")
    po = PO("4500231516", sup, "USD", "2026-11-16", [
        ("HCB-WALL-1", "Wall call station 1 button, 24V, 2027 UL listing", 80, "EA", "64.00", "2026-12-15"),
        ("HCB-DOME-4", "Corridor dome light 4-colour, 24V", 20, "EA", "48.50", "2026-12-15"),
    ])
    txt = ("##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being "
           "reviewed by our Order Desk team.\n\nTo add additional comments, reply to this email.\n"
           "Typical response time: 2 business days (Mon-Fri, 8:00 AM - 5:00 PM CT).\n\n"
           "----------------------------------------------\n\nDana Ruiz, Nov 17, 2026, 2:%02d AM CST\n\n"
           % req_dt(po).minute + req_body_text(po) + "\n----------------------------------------------\n"
           "This email is a service from CallPoint Medical Order Desk.\n[KX7RQ2-P4M9]\n")
    body = alt(txt, html_doc(paras(txt)))
    eml = mail(("CallPoint Order Desk", "support@callpointmedical.example"), buyer_of(po),
               "[Request #48213] Re: " + req_subject(po), when("2026-11-17 02:%02d:41" % (req_dt(po).minute + 1),
                                                               "-0600"), body, po=po, style="plain",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zendesk Mailer"),
                      ("Reply-To", "CallPoint Order Desk <support+id48213@callpointmedical.example>")])
    return [po], eml, expected("auto_reply", "Ticket-system receipt; the PO lines, prices and dates it shows are our "
                               "own request echoed back.")


@case("pt-cork-caps-surcharge", "confirmation/pt-PT",
      "A +4 % cork surcharge applied to two of three lines, to be computed on the PO unit price.")
def c032():
    sup = S("CORTICAP", "Corticap - Rolhas e Cápsulas, Lda.", "encomendas@corticap.example", "pt-PT")
    po = PO("4500231524", sup, "EUR", "2026-11-17", [
        ("CAP-CORK-18-T", "T-top cork stopper 18.5 mm, wooden head 30x15", 20000, "PCS", "0.125", "2027-01-15"),
        ("CAP-CORK-AGL", "Agglomerated cork cap 22 mm, 2027 collection", 10000, "PCS", "0.090", "2027-01-15"),
        ("CAP-CORK-NAT", "Natural cork stopper 24x38 mm, grade 2", 5000, "PCS", "0.210", "2027-01-15"),
    ], buyer="claire")
    reply = ("Cara Claire,\n\nAgradecemos a encomenda 4500231524, que confirmamos com as quantidades e o prazo pedidos "
             "(entrega 15/01/2027).\n\nDevido ao aumento do custo da cortiça natural, aplicamos um acréscimo de 4% "
             "sobre os preços das linhas 1 e 3; a linha 2 mantém o preço da encomenda.\n\n"
             "Com os melhores cumprimentos,\nInês Carvalho\nDepartamento Comercial\nCorticap - Rolhas e Cápsulas, Lda.\n"
             "Rua da Cortiça 120, 4535-010 Santa Maria de Lamas\nTel. +351 227 470 815\n")
    body = std_body(po, reply, "pt", "outlook", charset="iso-8859-1")
    eml = mail(("Inês Carvalho", "ines.carvalho@corticap.example"), buyer_of(po), "RE: " + req_subject(po),
               when("2026-11-23 16:44:03", "+0000"), body, po=po, lang="pt-PT")
    return [po], eml, expected(
        "confirmation", "+4 % on the PO unit price: line 1 0.125 x 1.04 = 0.13, line 3 0.210 x 1.04 = 0.2184; "
        "line 2 unchanged; 15/01/2027 = requested date.",
        conf(po, {1: C(p="0.13"), 2: "A", 3: C(p="0.2184")}))


@case("be-baskets-xlsx-only", "confirmation/nl-BE",
      "Body says only 'in bijlage'; all values are in an attached XLSX order confirmation with one moved date.")
def c033():
    sup = S("RIETWERK", "Rietwerk Vlaanderen BV", "orders@rietwerk.example", "nl-BE")
    po = PO("4500231538", sup, "EUR", "2026-11-16", [
        ("BPB-RND-25", "Proofing basket round 25 cm, spruce pulp, 1.5 kg", 400, "PCS", "6.80", "2026-12-18"),
        ("BPB-RECT-38x13", "Proofing basket rectangular 38x13 cm", 250, "PCS", "7.90", "2026-12-18"),
        ("BPB-BRUSH", "Cleaning brush for baskets, 2027 design", 100, "PCS", "3.20", "2026-12-18"),
    ], buyer="jonas")
    x = make_xlsx([
        ["Rietwerk Vlaanderen BV - Orderbevestiging OB-26-2291"],
        ["Klant", "Brightwater Trading GmbH"],
        ["Uw bestelling", "4500231538", "van", "16/11/2026"],
        [],
        ["Lijn", "Artikel", "Omschrijving", "Aantal", "Eenheid", "Prijs EUR", "Leverdatum"],
        [1, "BPB-RND-25", "Rijsmand rond 25 cm", 400, "st", 6.8, "18/12/2026"],
        [2, "BPB-RECT-38x13", "Rijsmand rechthoekig 38x13 cm", 250, "st", 7.9, "08/01/2027"],
        [3, "BPB-BRUSH", "Reinigingsborstel", 100, "st", 3.2, "18/12/2026"],
        [],
        ["Levering franco Hamburg. Betaling 30 dagen netto."],
    ], sheet="Orderbevestiging", when=(2026, 11, 24, 8, 12, 0))
    txt = ("Goedemiddag,\n\nIn bijlage onze orderbevestiging.\n\nMet vriendelijke groeten,\n\nSofie Peeters\n"
           "Rietwerk Vlaanderen BV\nNijverheidslaan 12, 8540 Deerlijk\nT +32 56 77 21 09\n")
    body = mime.Multi("mixed", [alt(txt, html_doc(paras(txt))),
                                mime.attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                            "OB-26-2291.xlsx")])
    eml = mail(("Sofie Peeters", "sofie.peeters@rietwerk.example"), buyer_of(po), "RE: " + req_subject(po),
               when("2026-11-24 13:05:50", "+0100"), body, po=po, lang="nl-BE", has_attach=True)
    return [po], eml, expected(
        "confirmation", "Everything is in the XLSX attachment (inline strings, prices as numbers 6.8/7.9/3.2); "
        "line 2 delivery 08/01/2027 instead of 18/12/2026.",
        conf(po, {1: "A", 2: C(d="2027-01-08"), 3: "A"}))


@case("sk-forks-three-pos-one-answered", "confirmation/sk-SK",
      "Three open POs; the reply answers one, promises the second 'next week' (left out) and ignores the third.")
def c034():
    sup = S("VIDLICETT", "Vidlice Trnava s.r.o.", "predaj@vidlice-trnava.example", "sk-SK")
    a = PO("4500231542", sup, "EUR", "2026-11-16", [
        ("FF-1200-125x45", "Fork 1200 mm, 125x45 mm, FEM 3A", 10, "PAIR", "690.00", "2026-12-18"),
    ], buyer="tomasz")
    b = PO("4500231559", sup, "EUR", "2026-11-17", [
        ("FF-EXT-2000", "Fork extension 2000 mm for 125x45", 6, "PAIR", "455.00", "2026-12-18"),
        ("FF-EXT-2200", "Fork extension 2200 mm for 150x50", 4, "PAIR", "520.00", "2026-12-18"),
    ], buyer="tomasz")
    c = PO("4500231561", sup, "EUR", "2026-11-17", [
        ("FF-POS-3T", "Fork positioner 3 t, class III, 24V sensor", 1, "EA", "3650.00", "2027-01-22"),
    ], buyer="tomasz")
    reply = ("Dobrý deň pán Wolski,\n\npotvrdzujeme objednávku 4500231559:\n"
             "- predlžovacie nadstavce 2000 mm: 6 párov, 455,00 EUR/pár, dodanie 18.12.2026\n"
             "- predlžovacie nadstavce 2200 mm: 4 páry, 535,00 EUR/pár (nový cenník ocele od 1.11.), dodanie "
             "18.12.2026\n\nK objednávke 4500231542 (vidlice 1200 mm) Vám pošleme potvrdenie budúci týždeň, čakáme "
             "na termín z kováčne.\n\nS pozdravom\nMartin Horváth\nobchodný referent\nVidlice Trnava s.r.o.\n"
             "Priemyselná 9, 917 01 Trnava\ntel. +421 33 551 40 27\n")
    body = std_body(b, reply, "sk", "outlook", charset="iso-8859-2")
    eml = mail(("Martin Horváth", "horvath@vidlice-trnava.example"), buyer_of(b), "RE: " + req_subject(b),
               when("2026-11-23 10:30:12", "+0100"), body, po=b, lang="sk-SK", name_charset="iso-8859-2")
    return [a, b, c], eml, expected(
        "confirmation", "Only PO 4500231559 is answered (line 2 at 535,00 instead of 520.00); 4500231542 is merely "
        "promised for next week and 4500231561 not mentioned, so both are left out.",
        conf(b, {1: "A", 2: C(p="535.00")}))


@case("hu-syringes-line-missing", "confirmation/hu-HU",
      "Hungarian year-first dates '2026.12.18.', space thousands, and the third PO line is never mentioned.")
def c035():
    sup = S("VETEXHU", "Vetex Állategészségügyi Kft.", "rendeles@vetex.example", "hu-HU")
    po = PO("4500231575", sup, "EUR", "2026-11-17", [
        ("VS-LL-5", "Veterinary syringe 5 ml Luer slip", 10000, "PCS", "0.048", "2026-12-11"),
        ("VS-REPEAT-5", "Repeater syringe 5 ml, steel, 2027 model", 40, "EA", "29.50", "2026-12-11"),
        ("VS-SPARE-OR", "O-ring spare kit for repeater, 12 pcs", 40, "SET", "3.60", "2026-12-11"),
    ], buyer="priya")
    reply = ("Tisztelt Nair Asszony!\n\nKöszönjük a 4500231575 számú megrendelést, az alábbiakat igazoljuk vissza:\n\n"
             "1. tétel - 5 ml fecskendő: 10 000 db, 0,048 EUR/db, szállítás 2026.12.11.\n"
             "2. tétel - 5 ml adagoló fecskendő: 40 db, 31,20 EUR/db, szállítás 2026.12.18.\n\n"
             "Üdvözlettel:\nKiss Gábor\nértékesítés\nVetex Állategészségügyi Kft.\n6000 Kecskemét, Szent István "
             "krt. 14.\nTel.: +36 76 502 310\n")
    body = std_body(po, reply, "hu", "outlook", charset="iso-8859-2")
    eml = mail(("Kiss Gábor", "kiss.gabor@vetex.example"), buyer_of(po), "VS: " + req_subject(po),
               when("2026-11-24 14:18:36", "+0100"), body, po=po, lang="hu-HU", name_charset="iso-8859-2")
    return [po], eml, expected(
        "confirmation", "Year-first Hungarian dates; line 2 price 31,20 and date 2026.12.18.; line 3 (O-ring kit) is "
        "not addressed -> unconfirmed.",
        conf(po, {1: "A", 2: C(p="31.20", d="2026-12-18"), 3: "U"}))


@case("ro-blinds-two-tranches", "confirmation/ro-RO",
      "Romanian reply with comma-below letters (UTF-8 base64) and a two-tranche delivery for one line.")
def c036():
    sup = S("LUMINATOR", "Luminator Rulouri SRL", "comenzi@luminator-rulouri.example", "ro-RO")
    po = PO("4500231582", sup, "EUR", "2026-11-18", [
        ("SKB-C04-GRY", "Skylight roller blind C04 55x98 cm, grey", 120, "PCS", "39.90", "2026-12-16"),
        ("SKB-MK08-BLK", "Skylight blackout blind MK08 78x140 cm", 80, "PCS", "57.20", "2026-12-16"),
    ], buyer="tomasz")
    reply = ("Bună ziua domnule Wolski,\n\nConfirmăm comanda 4500231582 astfel:\n\n"
             "- Poz. 1, rulou C04 gri: 120 buc. la 39,90 EUR, livrare 16.12.2026\n"
             "- Poz. 2, rulou opac MK08: 80 buc. la 57,20 EUR, livrare în două tranșe: 50 buc. pe 16.12.2026 și "
             "30 buc. pe 13.01.2027\n\nCu stimă,\nAndreea Popescu\nDepartament vânzări\nLuminator Rulouri SRL\n"
             "Str. Fabricii nr. 7, 400632 Cluj-Napoca\nTel. +40 264 415 220\n")
    d = req_dt(po)
    body = std_body(po, reply, "ro", "gt", cte="base64",
                    attribution="În %s, Tomasz Wolski <%s> a scris:" % (d.strftime("%d.%m.%Y %H:%M"),
                                                                      po["buyer"]["email"]))
    eml = mail(("Andreea Popescu", "andreea.popescu@luminator-rulouri.example"), buyer_of(po),
               "Re: " + req_subject(po), when("2026-11-25 11:00:18", "+0200"), body, po=po, style="tb")
    return [po], eml, expected(
        "confirmation", "Line 2 split 50 on 16.12.2026 + 30 on 13.01.2027 (last date 2027-01-13); line 1 as ordered.",
        conf(po, {1: "A", 2: C(sched=[(50, "2026-12-16"), (30, "2027-01-13")])}))
