"""Cases 033-050."""
from __future__ import annotations

from .common import (D, case, cw_fri, is_wd, next_no_year, L, PO, SUP, acc, chg, REJ, UNC, conf, expected,
                     request_body, request_subject, headers, buyer_addr, at)
from .mime import (encoded_words, addr, text, multipart, attachment, raw_part, message, quote_gt, esc,
                   text_to_html, rfc822_part, date_header, pre_html)
from .clients import outlook, gmail, apple, thunderbird, outlook_block_text, outlook_block_html, outlook_html_doc
from . import pdf, xlsx


# ---------------------------------------------------------------- 033
@case("hydraulic-oil-ooo-finnish", "auto_reply/fi-FI",
      "Bilingual Finnish/English holiday auto-reply with a leave period 20.11.-30.11.2026 and a colleague's address.")
def c033():
    sup = SUP("POHJVOIT", "Pohjolan Voitelu Oy", "jukka.laine@pohjolanvoitelu.example", "fi-FI")
    po = PO("4700031947", sup, "oskar", D(2026, 11, 20), [
        L(1, "HYD-46-1000", "Hydraulic oil HLP 46, IBC 1000 l", 3000, "L", "1.72", D(2027, 1, 15)),
        L(2, "HYD-46-208F", "Hydraulic oil HLP 46 food grade H1, drum 208 l", 416, "L", "4.95", D(2027, 1, 15)),
    ])
    date = at(2026, 11, 20, 14, 3, 2)
    body_txt = ("Hei,\n\nolen vuosilomalla 20.11.-30.11.2026 enkä lue sähköpostejani. Viestejä ei välitetä eteenpäin.\n"
                "Kiireellisissä tilaus- ja toimitusasioissa ota yhteyttä myyntiin: myynti@pohjolanvoitelu.example, puh. 020 555 1800.\n\n"
                "Hello,\n\nI am on annual leave from 20 to 30 November 2026 and will not be reading my e-mail. Messages are not forwarded.\n"
                "For urgent order matters please contact myynti@pohjolanvoitelu.example, tel. +358 20 555 1800.\n\n"
                "Ystävällisin terveisin / Best regards\nJukka Laine\nPohjolan Voitelu Oy\n")
    body = text(body_txt, "plain", "iso-8859-15", "quoted-printable")
    h = headers(addr("Jukka Laine", "jukka.laine@pohjolanvoitelu.example"), buyer_addr(po),
                "Automaattinen vastaus: " + request_subject(po), date, "<HE1P190MB0412.autoreply.6f3c1d@pohjolanvoitelu.example>",
                po["request_message_id"], po["request_message_id"],
                extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "jukka.laine@pohjolanvoitelu.example"),
                       ("Content-Language", "fi-FI")])
    exp = expected("auto_reply", "Holiday auto-reply in Finnish and English; the leave dates are not delivery dates.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 034
@case("gloves-one-of-three-pos-lithuanian", "confirmation/lt-LT",
      "Three open POs with the supplier, the Lithuanian reply answers only the middle one (earlier date) and says the others will follow.")
def c034():
    sup = SUP("BDPIRST", "Baltijos Darbo Pirštinės UAB", "pardavimai@bdpirstines.example", "lt-LT")
    po_a = PO("4700031950", sup, "claire", D(2026, 11, 16), [
        L(1, "GLV-LTH-10", "Leather work gloves, size 10", 50, "DZ", "28.80", D(2026, 12, 16)),
        L(2, "GLV-WNT-10", "Winter gloves, lined, size 10", 20, "DZ", "42.00", D(2026, 12, 16)),
    ])
    po_b = PO("4700031958", sup, "claire", D(2026, 11, 17), [
        L(1, "GLV-CUT5-9", "Cut-resistant gloves level C, size 9", 240, "PR", "4.10", D(2027, 1, 20)),
    ])
    po_c = PO("4700031966", sup, "claire", D(2026, 11, 18), [
        L(1, "GLV-DNIT-L", "Disposable nitrile gloves L, box of 100", 300, "BOX", "5.40", D(2027, 1, 8)),
    ])
    date = at(2026, 11, 23, 9, 15, 2)
    reply = ("Laba diena,\n\npatvirtiname užsakymą Nr. 4700031958:\n"
             "pjovimui atsparios pirštinės, C lygis, 9 dydis – 240 porų, kaina 4,10 EUR/pora.\n"
             "Pristatymas 2027 m. sausio 13 d.\n\nDėl užsakymų 4700031950 ir 4700031966 atsakysime atskirai iki savaitės pabaigos.\n\n"
             "Pagarbiai\nRasa Petrauskienė\nPardavimų vadybininkė\nBaltijos Darbo Pirštinės UAB, Kaunas\n")
    orig = {"from": "Claire Dumont <claire.dumont@kestrel-supply.example>", "sent": "2026 m. lapkričio 17 d., antradienis 13:44",
            "to": "pardavimai@bdpirstines.example", "subject": request_subject(po_b), "body": request_body(po_b, "Dear Sir or Madam,", "iso")}
    body = outlook(reply, orig, "_000_DB8PR02MB5962C0", "lt", "windows-1257", "quoted-printable", lang_attr="LT")
    h = headers(addr("Rasa Petrauskienė", "pardavimai@bdpirstines.example", "windows-1257"), buyer_addr(po_b),
                "RE: " + request_subject(po_b), date, "<DB8PR02MB5962C0E1A4F73B9D2C58@DB8PR02MB5962.eurprd02.prod.outlook.example>",
                po_b["request_message_id"], po_b["request_message_id"])
    exp = expected("confirmation", "Only 4700031958 is answered (date 2027-01-13, earlier than requested); the other two POs are only mentioned, so they are left out.",
                   [conf(po_b, l1=chg(po_b, 1, date=D(2027, 1, 13)))])
    return {"pos": [po_a, po_b, po_c], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 035
@case("cable-ties-per-m-english", "confirmation/en-GB",
      "Prices 'per M' (per thousand) and quantities as '20M'; despatch Tuesday with next-day delivery, so the delivery date is Wednesday.")
def c035():
    sup = SUP("MIDFIX", "Midland Fixings & Fastenings Ltd", "sales@midlandfix.example", "en-GB")
    po = PO("4700031972", sup, "tobias", D(2026, 11, 19), [
        L(1, "CT-36-140-N", "Cable tie 3.6x140 mm natural, bag of 100", 20000, "PCS", "0.0139", D(2026, 12, 9)),
        L(2, "CT-48-300-B", "Cable tie 4.8x300 mm black, bag of 100", 10000, "PCS", "0.0275", D(2026, 12, 9)),
    ], currency="GBP")
    is_wd(D(2026, 12, 8), "Tuesday")
    is_wd(D(2026, 12, 9), "Wednesday")
    date = at(2026, 11, 23, 8, 20, 0)
    reply = ("Morning Tobias,\n\nPO 4700031972 confirmed as follows:\n\n"
             "3.6x140 natural - 20M @ £14.60/M (new list price from 1st Nov, sorry)\n"
             "4.8x300 black - 10M @ £27.50/M\n\n"
             "Despatch Tues 8th Dec on our overnight service, so with you Wed 9th.\n\n"
             "Cheers,\nStuart Hollis\nInternal Sales | Midland Fixings & Fastenings Ltd\nUnit 12 Tame Valley Ind. Est., Tamworth B77 5BY\n"
             "T 01827 555 260\n")
    orig = {"from": "Tobias Brenner <tobias.brenner@kestrel-supply.example>", "sent": "19 November 2026 15:31",
            "to": "sales@midlandfix.example", "subject": request_subject(po), "body": request_body(po, "Dear Sir or Madam,", "dmy/")}
    body = outlook(reply, orig, "_000_CWLP123MB4410E2", "en", lang_attr="EN-GB")
    h = headers(addr("Stuart Hollis", "sales@midlandfix.example"), buyer_addr(po), "RE: " + request_subject(po), date,
                "<CWLP123MB4410E2A5B7C90D1F3E64@CWLP123MB4410.GBRP123.PROD.OUTLOOK.example>",
                po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "£14.60/M = 0.0146 per piece (PO 0.0139), £27.50/M = 0.0275 (same); 20M/10M = the ordered 20,000/10,000; delivery Wed 9 Dec = requested.",
                   [conf(po, l1=chg(po, 1, price="0.0146"), l2=acc(po, 2))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 036
@case("compressor-delivery-window-range", "confirmation/de-DE",
      "Delivery given as a window '12.-14.01.2027' (last day of the window is the commitment); quotation date and number in the text.")
def c036():
    sup = SUP("KTWESER", "Kompressorentechnik Weser GmbH", "vertrieb@kt-weser.example", "de-DE")
    po = PO("4700031985", sup, "tobias", D(2026, 11, 19), [
        L(1, "AC-SCR-11-KT", "Schraubenkompressor 11 kW, 8 bar, mit Kältetrockner", 1, "PCS", "7980.00", D(2027, 1, 11)),
        L(2, "AC-TANK-500", "Druckluftbehälter 500 l, 11 bar, verzinkt", 1, "PCS", "845.00", D(2027, 1, 11)),
    ])
    date = at(2026, 11, 24, 11, 48, 1)
    reply = ("Sehr geehrter Herr Brenner,\n\nvielen Dank für Ihren Auftrag, den wir auf Basis unseres Angebots Nr. 2026-0871 vom "
             "02.10.2026 wie folgt bestätigen:\n\n"
             "Pos. 1  Schraubenkompressor SK 11-8 mit integriertem Kältetrockner, 1 Stück, 7.980,00 EUR\n"
             "Pos. 2  Druckluftbehälter 500 l / 11 bar, verzinkt, 1 Stück, 845,00 EUR\n\n"
             "Anlieferung beider Positionen: 12.-14.01.2027 (der genaue Tag wird von der Spedition avisiert).\n"
             "Die Inbetriebnahme durch unseren Service erfolgt nach Absprache.\n\n"
             "Mit freundlichen Grüßen\n\nKlaus Hoffmann\nVertrieb Innendienst\nKompressorentechnik Weser GmbH\n"
             "Hafenstraße 21, 28217 Bremen | Tel. 0421 555 38-0\nGeschäftsführer: Dr. Jan Weber | AG Bremen HRB 29311\n")
    orig = {"from": "Tobias Brenner <tobias.brenner@kestrel-supply.example>", "sent": "Donnerstag, 19. November 2026 10:05",
            "to": "vertrieb@kt-weser.example", "subject": request_subject(po, "de"),
            "body": request_body(po, "Sehr geehrte Damen und Herren,", "dmy.", "de")}
    body = outlook(reply, orig, "_000_FR3P281MB1642A9", "de", lang_attr="DE")
    h = headers(addr("Klaus Hoffmann", "vertrieb@kt-weser.example"), buyer_addr(po), "AW: " + request_subject(po, "de"), date,
                "<FR3P281MB1642A9E0C3D5B17F2A48@FR3P281MB1642.DEUP281.PROD.OUTLOOK.example>",
                po["request_message_id"], po["request_message_id"])
    d = D(2027, 1, 14)
    exp = expected("confirmation", "Window 12.-14.01.2027 read as its last day 2027-01-14 (PO wanted 11.01.); prices equal the PO; quotation 02.10.2026 is not a delivery date.",
                   [conf(po, l1=chg(po, 1, date=d), l2=chg(po, 2, date=d))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 037
@case("hydraulic-oil-advance-payment-arabic", "needs_review/ar-AE",
      "Arabic windows-1256 reply that will confirm only if 50 % advance payment is accepted; the 10 x 208 l restates the PO but nothing is committed.")
def c037():
    sup = SUP("GULFHYD", "Gulf Hydraulic Oils Trading LLC", "sales@gulfhydoil.example", "ar-AE")
    po = PO("4700031990", sup, "oskar", D(2026, 11, 20), [
        L(1, "HYD-68-208", "Hydraulic oil ISO VG 68, drum 208 l", 2080, "L", "1.62", D(2027, 1, 29)),
    ], currency="USD")
    date = at(2026, 11, 24, 10, 30, 4)
    reply = ("السيد أوسكار المحترم،\n\nتحية طيبة وبعد،\n\nنشكركم على أمر الشراء رقم 4700031990.\n"
             "يمكننا تأكيد الطلب (10 براميل × 208 لتر) بشرط دفع 50% مقدماً قبل الشحن، والباقي عند استلام المستندات.\n"
             "يرجى إفادتنا بموافقتكم على شروط الدفع حتى نتمكن من إصدار تأكيد الطلب وتحديد موعد الشحن.\n\n"
             "مع أطيب التحيات،\nأحمد الكعبي\nقسم المبيعات - Gulf Hydraulic Oils Trading LLC\nدبي، الإمارات العربية المتحدة\n")
    orig = {"from": "Oskar Lindqvist <oskar.lindqvist@kestrel-supply.example>", "sent": "الجمعة، 20 نوفمبر 2026 12:10 م",
            "to": "sales@gulfhydoil.example", "subject": request_subject(po), "body": request_body(po, "Dear Mr Al Kaabi,", "dmy/")}
    rh = '<div dir="rtl">' + text_to_html(reply, '<p class="MsoNormal" dir="RTL">', "</p>") + "</div>"
    body = outlook(reply, orig, "_000_DXBP281MB0233F1", "ar", "windows-1256", "quoted-printable", reply_html=rh, lang_attr="AR-SA")
    h = headers(addr("أحمد الكعبي", "sales@gulfhydoil.example", "windows-1256"), buyer_addr(po), "RE: " + request_subject(po), date,
                "<DXBP281MB0233F1C6A8E2D04B9F17@DXBP281MB0233.ARE.PROD.OUTLOOK.example>",
                po["request_message_id"], po["request_message_id"], subj_charset="windows-1256")
    exp = expected("needs_review", "Conditional: the order will be confirmed only after the buyer accepts 50 % advance payment; no date, no commitment yet.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 038
@case("led-panels-per-box-big5", "confirmation/zh-TW",
      "Big5 reply pricing per box of 4 panels (48.80/4 = 12.20, 232.00/4 = 58.00) with a sea ship date and a later warehouse arrival date.")
def c038():
    sup = SUP("TWOPTO", "Taiwan Opto-Lighting Co., Ltd.", "sales@twoptolight.example", "zh-TW")
    po = PO("4700032003", sup, "oskar", D(2026, 11, 20), [
        L(1, "LED-P3030-18", "LED panel 300x300 mm 18 W 3000 K", 40, "PCS", "12.60", D(2027, 1, 22)),
        L(2, "LED-P6060-36E", "LED panel 600x600 mm 36 W, emergency kit 3 h", 12, "PCS", "58.00", D(2027, 1, 22)),
    ], currency="USD")
    date = at(2026, 11, 25, 15, 10, 8)
    reply = ("Oskar 您好：\n\n感謝您的訂單 4700032003，茲確認如下：\n\n"
             "1. 300x300 18W 3000K 平板燈：10盒（每盒4片），共40片，每盒 USD 48.80\n"
             "2. 600x600 36W 緊急照明型（3小時）：3盒，共12片，每盒 USD 232.00\n\n"
             "出貨日：2027年1月8日（海運，基隆港）\n預計 2027年1月20日 送達貴公司漢堡倉庫。\n\n"
             "付款條件：T/T 30天。\n\n敬祝 商祺\n陳怡君\n台灣光電股份有限公司 業務部\nTel: +886-2-5555-3021\n")
    attribution = "Oskar Lindqvist <oskar.lindqvist@kestrel-supply.example> 於 2026年11月20日 週五 下午5:12寫道："
    body = gmail(reply, attribution, request_body(po, "Dear Ms Chen,"), "000000000000d8b1f60614c4e2a7", charset="big5", cte="base64")
    h = headers(addr("陳怡君", "sales@twoptolight.example", "big5"), buyer_addr(po), "回覆: " + request_subject(po), date,
                "<CAPs9Lk2+eYwT3nQ0vRb8aXcJh@mail.gmail.example>", po["request_message_id"], po["request_message_id"],
                subj_charset="big5")
    d = D(2027, 1, 20)
    exp = expected("confirmation", "Per-box prices: 48.80/4 = 12.20 per panel (PO 12.60), 232.00/4 = 58.00 (same); arrival 2027-01-20 wins over ship date 2027-01-08.",
                   [conf(po, l1=chg(po, 1, price="12.20", date=d), l2=chg(po, 2, date=d))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 039
@case("stationery-below-min-order-value", "confirmation/uk-UA",
      "Ukrainian windows-1251 Gmail reply rejecting one line because it is below the minimum order value per line; reams confirmed as boxes of 5.")
def c039():
    sup = SUP("OFISPAPIR", "TOV Ofis-Papir Ukraina", "zamovlennya@ofispapir.example", "uk-UA")
    po = PO("4700032011", sup, "claire", D(2026, 11, 20), [
        L(1, "ST-A4-80-W", "Copy paper A4 80 g/m2 white, ream 500", 200, "REAM", "3.95", D(2026, 12, 18)),
        L(2, "ST-ENV-C4", "Envelopes C4 self-seal, box of 250", 4, "BOX", "14.20", D(2026, 12, 18)),
        L(3, "ST-PEN-BL", "Ballpoint pen blue, box of 50", 2, "BOX", "9.80", D(2026, 12, 18)),
    ])
    date = at(2026, 11, 24, 13, 25, 2)
    reply = ("Доброго дня, пані Дюмон!\n\nДякуємо за замовлення № 4700032011. Підтверджуємо:\n\n"
             "поз. 1 – папір А4 80 г/м2, 200 пачок (40 коробок по 5 пачок), 3,95 EUR/пачка, поставка 18.12.2026;\n"
             "поз. 2 – конверти С4, 4 коробки по 250 шт., 14,20 EUR/коробка, поставка 18.12.2026;\n"
             "поз. 3 – ручки кулькові сині: на жаль, сума цієї позиції (19,60 EUR) нижче мінімальної суми замовлення "
             "для канцтоварів (50 EUR на позицію), тому цю позицію ми не можемо виконати.\n\n"
             "З повагою,\nОксана Бондаренко\nвідділ продажів\nТОВ «Офіс-Папір Україна», Львів\n")
    attribution = "пт, 20 лист. 2026 р. о 16:20 Claire Dumont <claire.dumont@kestrel-supply.example> пише:"
    body = gmail(reply, attribution, request_body(po, "Dear Sir or Madam,", "dmy."), "000000000000a9e4c20614c93b18",
                 charset="windows-1251", cte="base64")
    h = headers(addr("Оксана Бондаренко", "zamovlennya@ofispapir.example", "windows-1251"), buyer_addr(po),
                "Re: " + request_subject(po), date, "<CAMx4Rw8+TqN2p5vHc0eLz9KbA@mail.gmail.example>",
                po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "Line 3 rejected (below minimum order value of 50 EUR per line); lines 1-2 exactly as ordered (40 boxes x 5 = 200 reams).",
                   [conf(po, l1=acc(po, 1), l2=acc(po, 2), l3=REJ)])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 040
@case("tiles-invoice-for-other-order", "unrelated/es-ES",
      "Invoice PDF from the tile supplier for an earlier, delivered order 4700029870 with due date and delivery-note date; the open PO is a different one.")
def c040():
    sup = SUP("DCLCERAM", "Distribuciones Cerámicas del Levante S.L.", "facturacion@dcl-ceramica.example", "es-ES")
    po = PO("4700032020", sup, "claire", D(2026, 11, 20), [
        L(1, "TIL-POR-4545", "Porcelain tile 45x45 beige, box 1,62 m2", 162, "M2", "12.80", D(2027, 1, 29)),
    ])
    date = at(2026, 11, 25, 10, 2, 1)
    pg = pdf.Page()
    pg.text(40, 800, "DISTRIBUCIONES CERAMICAS DEL LEVANTE S.L.", 12, True)
    pg.lines(40, 785, ["Avda. de la Ceramica 112, 12200 Onda (Castellon)  -  CIF B12457781"], 8)
    pg.text(40, 750, "FACTURA N. FV-2026/04418", 12, True)
    pg.lines(40, 730, ["Fecha factura: 25/11/2026", "Cliente: Kestrel Supply Group", "Su pedido: 4700029870",
                       "Albaran: AL-26-7781 de 12/11/2026", "Vencimiento: 25/12/2026 - Transferencia"], 9)
    cols = [40, 120, 330, 390, 440, 500]
    y = 640
    pg.row(y, list(zip(cols, ["Codigo", "Descripcion", "Cantidad", "Ud.", "Precio", "Importe"])), 8, True)
    pg.hline(y - 4)
    y -= 18
    for r in [["GR-6060-GR", "Porcelanico 60x60 gris rect.", "216,00", "m2", "19,40", "4.190,40"],
              ["RO-8060-GR", "Rodapie 8x60 gris", "150,00", "ud", "2,95", "442,50"]]:
        pg.row(y, list(zip(cols, r)), 8)
        y -= 13
    pg.hline(y)
    pg.lines(330, y - 16, ["Base imponible: 4.632,90", "IVA 0% (intracomunitaria)", "TOTAL EUR: 4.632,90"], 9)
    data = pdf.build([pg], "FV-2026/04418", "Sage 200c")
    msg = ("Estimados señores:\n\nAdjuntamos la factura FV-2026/04418 correspondiente a su pedido 4700029870 "
           "(albarán AL-26-7781 del 12/11/2026).\nVencimiento: 25/12/2026.\n\nAtentamente,\nDepartamento de Administración\n"
           "Distribuciones Cerámicas del Levante S.L.\n")
    root = multipart("mixed", [text(msg, "plain", "iso-8859-1", "quoted-printable"),
                               attachment(data, "application/pdf", "FV-2026-04418.pdf")], "----=_NextPart_000_0F21_01DB3F2A.7C9E1B30")
    h = headers("Administración DCL <facturacion@dcl-ceramica.example>", "accounts.payable@kestrel-supply.example",
                "Factura FV-2026/04418 - pedido 4700029870", date, "<000f01db3f2a$7c9e1b30$75d85190$@dcl-ceramica.example>",
                cc=buyer_addr(po), extra=[("X-Mailer", "Microsoft Outlook 16.0")], subj_charset="iso-8859-1")
    h[0] = ("From", addr("Administración DCL", "facturacion@dcl-ceramica.example", "iso-8859-1", "Q"))
    exp = expected("unrelated", "Invoice for a different, already delivered order (4700029870); says nothing about open PO 4700032020.")
    return {"pos": [po], "eml": message(h, root), "expected": exp}


# ---------------------------------------------------------------- 041
@case("natural-rubber-bottom-posted-indonesian", "confirmation/id-ID",
      "Bottom-posted Indonesian answer under the full quoted request; ship date from Belawan and a later arrival in Hamburg, dot thousands USD 1.240.")
def c041():
    sup = SUP("SINARKARET", "PT Sinar Karet Nusantara", "marketing@sinarkaret.example", "id-ID")
    po = PO("4700032027", sup, "tobias", D(2026, 11, 20), [
        L(1, "RG-NR-CRUMB", "Natural rubber crumb 1-4 mm, big bag 1 t", 20, "T", "890.00", D(2027, 2, 12)),
        L(2, "RG-NR-FINE", "Natural rubber fine powder 0-0.8 mm, big bag 1 t", 4, "T", "1240.00", D(2027, 2, 12)),
    ], currency="USD")
    date = at(2026, 11, 25, 16, 40, 7)
    reply = ("Yth. Bapak Tobias,\n\nKami konfirmasi PO di atas sebagai berikut:\n"
             "- Baris 1: 20 ton (20 big bag @ 1 ton), USD 890/ton\n- Baris 2: 4 ton, USD 1.240/ton\n\n"
             "Karena jadwal kapal, barang dikapalkan dari Belawan tanggal 15 Januari 2027 dan tiba di Hamburg "
             "tanggal 26 Februari 2027.\n\nHormat kami,\nDewi Lestari\nMarketing Ekspor - PT Sinar Karet Nusantara\nMedan, Sumatera Utara\n")
    attribution = "Pada 20/11/2026 15.02, Tobias Brenner menulis:"
    plain = attribution + "\n" + quote_gt(request_body(po, "Dear Sir or Madam,", "dmy/")) + "\n" + reply
    body = text(plain, "plain", "utf-8", "8bit", flowed=True)
    h = headers(addr("Dewi Lestari", "marketing@sinarkaret.example"), buyer_addr(po), "Re: " + request_subject(po), date,
                "<3c7e9f12-5a0b-4d86-b1e4-8f2a6c0d9e35@sinarkaret.example>", po["request_message_id"], po["request_message_id"],
                extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0")])
    d = D(2027, 2, 26)
    exp = expected("confirmation", "Answer sits below the quote; arrival 2027-02-26 wins over shipment 2027-01-15; USD 1.240 = 1240.00 (unchanged).",
                   [conf(po, l1=chg(po, 1, date=d), l2=chg(po, 2, date=d))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 042
@case("fishing-net-pe-price-vietnamese", "confirmation/vi-VN",
      "Vietnamese base64 reply raising the price of one net (5,60 USD/kg, decimal comma), silently leaving out the floats line; 380d/18 and 25 mm sit in the item names.")
def c042():
    sup = SUP("LUOICAPN", "Phuong Nam Fishing Net Co., Ltd.", "export@luoicaphuongnam.example", "vi-VN")
    po = PO("4700032034", sup, "tobias", D(2026, 11, 23), [
        L(1, "FN-PE-380-18", "Fishing net PE 380d/18, mesh 25 mm, knotted", 800, "KG", "5.40", D(2027, 1, 29)),
        L(2, "FN-PE-380-24", "Fishing net PE 380d/24, mesh 50 mm, knotted", 600, "KG", "5.25", D(2027, 1, 29)),
        L(3, "FN-FLOAT-PVC", "PVC float 100x60 mm", 2000, "PCS", "0.32", D(2027, 1, 29)),
    ], currency="USD")
    date = at(2026, 11, 26, 9, 5, 7)
    reply = ("Kính gửi ông Tobias,\n\nChúng tôi xin xác nhận đơn hàng 4700032034 như sau:\n\n"
             "1. Lưới PE 380d/18, mắt 25 mm: 800 kg, giá 5,60 USD/kg (giá sợi PE tăng từ tháng 11)\n"
             "2. Lưới PE 380d/24, mắt 50 mm: 600 kg, giá 5,25 USD/kg\n\n"
             "Ngày giao hàng: 29/01/2027 tại kho Hamburg.\n\nTrân trọng,\nNguyễn Thị Lan\nPhòng Xuất khẩu\n"
             "Công ty TNHH Lưới Cá Phương Nam - TP. Hồ Chí Minh\n")
    orig = {"from": "Tobias Brenner <tobias.brenner@kestrel-supply.example>", "sent": "Thứ Hai, ngày 23 tháng 11 năm 2026 14:20",
            "to": "export@luoicaphuongnam.example", "subject": request_subject(po), "body": request_body(po, "Dear Ms Lan,", "dmy/")}
    body = outlook(reply, orig, "_000_SG2PR06MB5310B8", "vi", "utf-8", "base64", lang_attr="VI")
    h = headers(addr("Nguyễn Thị Lan", "export@luoicaphuongnam.example"), buyer_addr(po), "RE: " + request_subject(po), date,
                "<SG2PR06MB5310B8D2F4A1C06E7B93@SG2PR06MB5310.apcprd06.prod.outlook.example>",
                po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "Line 1 price 5,60 (PO 5.40); line 2 as ordered; the PVC floats (line 3) are not mentioned at all -> unconfirmed.",
                   [conf(po, l1=chg(po, 1, price="5.60"), l2=acc(po, 2), l3=UNC)])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 043
@case("epoxy-confirmation-next-week-slovene", "needs_review/sl-SI",
      "Slovene 'order received and entered, the confirmation with dates follows early next week' - nothing committed for any line.")
def c043():
    sup = SUP("EPOKSI", "Epoksi Sistemi d.o.o.", "prodaja@epoksi-sistemi.example", "sl-SI")
    po = PO("4700032041", sup, "oskar", D(2026, 11, 23), [
        L(1, "EP-FLR-KIT10", "Epoxy floor coating kit 10 kg (A+B), RAL 7035", 40, "KIT", "96.00", D(2027, 1, 15)),
        L(2, "EP-PRM-5", "Epoxy primer 5 kg", 30, "KIT", "41.50", D(2027, 1, 15)),
    ])
    date = at(2026, 11, 26, 14, 17, 1)
    reply = ("Pozdravljeni,\n\nhvala za naročilo 4700032041. Naročilo smo prejeli in ga vnesli v sistem.\n"
             "Potrditev s točnimi roki dobave vam pošljemo v začetku prihodnjega tedna, ko bomo dobili potrditev "
             "dobavitelja za komponento B (RAL 7035).\n\nLep pozdrav,\nMaja Novak\nProdaja | Epoksi Sistemi d.o.o., Celje\n")
    attribution = "On 23. 11. 2026 10:55, Oskar Lindqvist wrote:"
    body = thunderbird(reply, attribution, request_body(po, "Dear Sir or Madam,", "dmy."), charset="UTF-8", cte="quoted-printable")
    h = headers(addr("Maja Novak", "prodaja@epoksi-sistemi.example"), buyer_addr(po), "Re: " + request_subject(po), date,
                "<9a1d4e7b-2c3f-4b08-a6d5-e1f0c2b3a497@epoksi-sistemi.example>", po["request_message_id"], po["request_message_id"],
                extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sl")])
    exp = expected("needs_review", "Receipt only; the actual confirmation is promised for next week, so no line is committed.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 044
@case("dried-mango-buddhist-year-thai", "confirmation/th-TH",
      "Thai TIS-620 reply with a Buddhist-era date '15 ม.ค. 2570' (= 2027-01-15) and a price change on one line.")
def c044():
    sup = SUP("SIAMDF", "Siam Dried Fruit Co., Ltd.", "export@siamdriedfruit.example", "th-TH")
    po = PO("4700032049", sup, "priya", D(2026, 11, 23), [
        L(1, "DF-MNG-10", "Dried mango slices, low sugar, carton 10 kg", 500, "KG", "8.90", D(2027, 1, 15)),
        L(2, "DF-PIN-10", "Dried pineapple rings, carton 10 kg", 250, "KG", "7.40", D(2027, 1, 15)),
    ], currency="USD")
    date = at(2026, 11, 26, 16, 30, 7)
    assert 2570 - 543 == 2027
    reply = ("เรียน คุณ Priya\n\nขอบคุณสำหรับใบสั่งซื้อเลขที่ 4700032049 บริษัทฯ ขอยืนยันคำสั่งซื้อดังนี้\n\n"
             "1. มะม่วงอบแห้ง (หวานน้อย) 50 กล่อง รวม 500 กก. ราคา 8.90 USD/กก.\n"
             "2. สับปะรดอบแห้ง 25 กล่อง รวม 250 กก. ราคา 7.60 USD/กก. (ราคาวัตถุดิบปรับขึ้น)\n\n"
             "ส่งถึงคลังสินค้าของท่านวันที่ 15 ม.ค. 2570\n\nขอแสดงความนับถือ\nสมชาย ใจดี\nฝ่ายส่งออก บริษัท ผลไม้อบแห้งสยาม จำกัด\n")
    orig = {"from": "Priya Natarajan <priya.natarajan@kestrel-supply.example>", "sent": "23 พฤศจิกายน 2569 15:40",
            "to": "export@siamdriedfruit.example", "subject": request_subject(po), "body": request_body(po, "Dear Khun Somchai,", "dmy/")}
    body = outlook(reply, orig, "_000_KL1PR01MB6048C3", "th", "tis-620", "base64", lang_attr="TH")
    h = headers(addr("สมชาย ใจดี", "export@siamdriedfruit.example", "tis-620"), buyer_addr(po), "RE: " + request_subject(po), date,
                "<KL1PR01MB6048C3A9E5D2B17F0C84@KL1PR01MB6048.apcprd01.prod.outlook.example>",
                po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "Thai Buddhist year 2570 = 2027, so delivery 2027-01-15 as requested; line 2 price 7.60 (PO 7.40).",
                   [conf(po, l1=acc(po, 1), l2=chg(po, 2, price="7.60"))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 045
@case("gloves-shared-inbox-received-norwegian", "auto_reply/nb-NO",
      "Shared order inbox auto-acknowledgment in Norwegian ('vi har mottatt din e-post', confirmation follows separately, within 2 working days).")
def c045():
    sup = SUP("ARBHANSKE", "Norsk Arbeidshanske AS", "ordre@arbeidshanske.example", "nb-NO")
    po = PO("4700032053", sup, "claire", D(2026, 11, 24), [
        L(1, "GLV-WNT-WP-9", "Winter work gloves waterproof, size 9", 36, "DZ", "54.00", D(2027, 1, 8)),
        L(2, "GLV-WNT-WP-10", "Winter work gloves waterproof, size 10", 48, "DZ", "54.00", D(2027, 1, 8)),
    ])
    date = at(2026, 11, 24, 11, 2, 1)
    txt = ("Hei,\n\nTakk for din e-post til ordre@arbeidshanske.example.\n\nDette er en automatisk bekreftelse på at vi har mottatt "
           "henvendelsen din. Vi behandler ordrer i den rekkefølgen de kommer inn, normalt innen 2 virkedager. "
           "Ordrebekreftelse sendes separat.\n\nSaksnummer: ORD-2026-118734\n\nMed vennlig hilsen\nOrdrekontoret\n"
           "Norsk Arbeidshanske AS | Drammen\n")
    body = multipart("alternative", [text(txt, "plain", "utf-8", "quoted-printable"),
                                     text("<html><body>" + text_to_html(txt) + "</body></html>\n", "html", "utf-8", "quoted-printable")],
                     "b1_0d4f2a8e6c1b39f7a5e2d0c4b8a61f93")
    h = headers("Norsk Arbeidshanske - Ordre <ordre@arbeidshanske.example>", buyer_addr(po),
                "Vi har mottatt din e-post [ORD-2026-118734]: " + request_subject(po), date,
                "<ORD-2026-118734.auto@arbeidshanske.example>", po["request_message_id"], po["request_message_id"],
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")])
    exp = expected("auto_reply", "Automatic receipt from a shared order inbox; the real confirmation is sent separately.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 046
@case("cement-additives-confirm-plus-invoice-complaint", "confirmation/hr-HR",
      "Croatian reply confirms one PO and then complains about an unpaid invoice for an older order and a wrongly taken 2 % discount; a second open PO is not mentioned.")
def c046():
    sup = SUP("DALMADIT", "Dalmacija Aditivi d.o.o.", "prodaja@dalmacija-aditivi.example", "hr-HR")
    po_a = PO("4700032056", sup, "tobias", D(2026, 11, 24), [
        L(1, "CA-PCE-IBC", "Superplasticizer PCE, IBC 1000 kg", 3000, "KG", "1.38", D(2026, 12, 16)),
        L(2, "CA-ACC-NC", "Set accelerator, non-chloride, drum 250 kg", 500, "KG", "1.72", D(2026, 12, 16)),
    ])
    po_b = PO("4700032063", sup, "tobias", D(2026, 11, 25), [
        L(1, "CA-FIB-PP12", "Polypropylene fibres 12 mm, bag 0.9 kg", 400, "BAG", "3.60", D(2027, 1, 20)),
    ])
    date = at(2026, 11, 26, 8, 45, 1)
    reply = ("Poštovani g. Brenner,\n\npotvrđujemo narudžbu 4700032056:\n"
             "poz. 1 – superplastifikator PCE, 3.000 kg (3 IBC), 1,38 EUR/kg\n"
             "poz. 2 – ubrzivač bez klorida, 500 kg (2 bačve po 250 kg), 1,72 EUR/kg\n"
             "isporuka 16.12.2026.\n\n"
             "Molimo Vas također da provjerite plaćanje našeg računa br. 2026-0917 od 15.10.2026. za narudžbu 4700030412 "
             "(iznos 4.216,00 EUR, dospijeće 14.11.2026.) – račun je još uvijek otvoren. Osim toga, kod uplate za račun "
             "2026-0844 odbili ste 2 % skonta iako je plaćeno tek nakon 24 dana.\n\n"
             "Srdačan pozdrav,\nIvana Horvat\nProdaja i financije\nDalmacija Aditivi d.o.o., Split\n")
    orig = {"from": "Tobias Brenner <tobias.brenner@kestrel-supply.example>", "sent": "utorak, 24. studenoga 2026. 16:12",
            "to": "prodaja@dalmacija-aditivi.example", "subject": request_subject(po_a), "body": request_body(po_a, "Dear Sir or Madam,", "dmy.")}
    body = outlook(reply, orig, "_000_VI1PR03MB4498D5", "hr", "windows-1250", "quoted-printable", lang_attr="HR")
    h = headers(addr("Ivana Horvat", "prodaja@dalmacija-aditivi.example", "windows-1250"), buyer_addr(po_a), "RE: " + request_subject(po_a),
                date, "<VI1PR03MB4498D5F2A7C31E0B6D49@VI1PR03MB4498.eurprd03.prod.outlook.example>",
                po_a["request_message_id"], po_a["request_message_id"])
    exp = expected("confirmation", "4700032056 confirmed exactly; the invoice complaint concerns 4700030412 (not open) and the 2 % is a cash discount; 4700032063 not answered.",
                   [conf(po_a, l1=acc(po_a, 1), l2=acc(po_a, 2))])
    return {"pos": [po_a, po_b], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 047
@case("gloves-inline-answers-indian", "confirmation/en-IN",
      "Answers typed inline under each quoted PO line; a price per pair against a PO in dozens (1.90 x 12 = 22.80) and a partial quantity shipped by air.")
def c047():
    sup = SUP("SGWORK", "Shree Ganesh Workwear Pvt. Ltd.", "exports@sgworkwear.example", "en-IN")
    po = PO("4700032070", sup, "priya", D(2026, 11, 24), [
        L(1, "GLV-CTN-DOT", "Cotton knitted gloves, PVC dots, 10 inch", 100, "DZ", "7.20", D(2027, 1, 15)),
        L(2, "GLV-LTH-CB", "Leather cow split gloves, canadian style", 60, "DZ", "21.60", D(2027, 1, 15)),
        L(3, "GLV-WELD-14", "Welding gauntlets 14 inch, kevlar stitched", 24, "PR", "4.95", D(2027, 1, 15)),
    ], currency="USD")
    date = at(2026, 11, 27, 12, 35, 5.5)
    req_lines = request_body(po, "Dear Sir,", "iso").split("\n")
    out = ["Dear Priya ji,", "", "Thank you for the order. Please find our replies below each line, marked [SGW].", "",
           "Regards,", "Vikram Mehta", "Export Manager, Shree Ganesh Workwear Pvt. Ltd., Kanpur", "Mob: +91 98390 55214", "",
           "-----Original Message-----",
           "> From: Priya Natarajan <priya.natarajan@kestrel-supply.example>",
           "> Sent: 24 November 2026 18:05", "> To: exports@sgworkwear.example", "> Subject: " + request_subject(po), ">"]
    answers = {
        "  1 ": "[SGW] OK confirmed, 100 dozen at USD 7.20, delivery 15-Jan-2027.",
        "  2 ": "[SGW] Confirmed 60 dozen but price now USD 1.90 per pair (leather rates increased). Delivery 15-Jan OK.",
        "  3 ": "[SGW] Can supply only 12 pairs from ready stock, balance not available this season. 12 pairs will be dispatched by air on 20-Dec-2026.",
    }
    for ln in req_lines:
        out.append("> " + ln if ln else ">")
        for k, v in answers.items():
            if ln.startswith(k):
                out.append(v)
    plain = "\n".join(out) + "\n"
    body = text(plain, "plain", "us-ascii", "7bit")
    h = headers(addr("Vikram Mehta", "exports@sgworkwear.example"), buyer_addr(po), "RE: " + request_subject(po), date,
                "<007a01db4085$2e6c1f90$8b445eb0$@sgworkwear.example>", po["request_message_id"], po["request_message_id"],
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHbQIUuN1v8xJ2aSkW0bOc7rZqkSQ==")])
    exp = expected("confirmation", "Inline answers: line 2 USD 1.90/pair = 22.80/dozen; line 3 only 12 pairs, dispatched 2026-12-20 (ship date only), balance not supplied.",
                   [conf(po, l1=acc(po, 1), l2=chg(po, 2, price="22.80"), l3=chg(po, 3, qty=12, date=D(2026, 12, 20)))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 048
@case("spring-water-next-tuesday-estonian", "confirmation/et-EE",
      "Short Estonian Apple Mail reply: quantities and prices as ordered, delivery 'järgmisel teisipäeval' counted from the Friday Date header.")
def c048():
    sup = SUP("POHJAVESI", "Põhjaranniku Allikavesi OÜ", "tellimused@pohjavesi.example", "et-EE")
    po = PO("4700032078", sup, "maren", D(2026, 11, 19), [
        L(1, "MW-ST-05-EE", "Spring water still 0.5 l PET, case of 24", 4032, "BTL", "0.19", D(2026, 12, 1)),
        L(2, "MW-SP-05-EE", "Spring water sparkling 0.5 l PET, case of 24", 2016, "BTL", "0.21", D(2026, 12, 1)),
    ])
    date = at(2026, 11, 20, 15, 50, 2)
    is_wd(date.date(), "Friday")
    d = is_wd(D(2026, 11, 24), "Tuesday")
    reply = ("Tere, Maren!\n\nTellimus 4700032078 on kinnitatud, kogused (2 + 1 alust) ja hinnad nagu tellimuses.\n"
             "Kuna meil on laos piisavalt, toome kauba juba järgmisel teisipäeval.\n\nParimat\nKadri Tamm\n"
             "Põhjaranniku Allikavesi OÜ\n")
    attribution = "19. nov 2026, kell 12:14, kirjutas Maren Holt <maren.holt@kestrel-supply.example>:"
    body = apple(reply, attribution, request_body(po, "Tere,", "dmy."), "Apple-Mail=_A7D3E910-5C2B-4F81-9E46-2B0D8C3F1A57")
    h = headers(addr("Kadri Tamm", "tellimused@pohjavesi.example"), buyer_addr(po), "Re: " + request_subject(po), date,
                "<C1F8A2B4-9E3D-4A70-8B65-7D2E0F9C3B18@pohjavesi.example>", po["request_message_id"], po["request_message_id"],
                extra=[("X-Mailer", "Apple Mail (2.3826.200.121)")])
    exp = expected("confirmation", "Mail of Friday 2026-11-20: 'next Tuesday' = 2026-11-24, a week before the requested 1 Dec; 4032/2016 bottles = 2 + 1 pallets as ordered.",
                   [conf(po, l1=chg(po, 1, date=d), l2=chg(po, 2, date=d))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 049
@case("qmail-bounce-plain", "bounce/nl-NL",
      "Old-style qmail bounce in plain text (no multipart/report) with the full original request, PO table and dates below 'copy of the message'.")
def c049():
    sup = SUP("HOLLANDFLOR", "Holland Flora Export B.V.", "verkoop@hollandflora.example", "nl-NL")
    po = PO("4700032081", sup, "claire", D(2026, 11, 24), [
        L(1, "PLT-ORC-12", "Phalaenopsis 2-tak, pot 12 cm, tray of 10", 40, "TRAY", "38.00", D(2026, 12, 15)),
        L(2, "PLT-AMA-3", "Amaryllis 3 stelen, pot 14 cm, tray of 6", 30, "TRAY", "27.50", D(2026, 12, 15)),
    ])
    date = at(2026, 11, 24, 17, 1, 1)
    rid = po["request_message_id"]
    body_txt = ("Hi. This is the qmail-send program at relay2.kestrel-supply.example.\n"
                "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                "<verkoop@hollandflora.example>:\n185.22.14.9 does not like recipient.\n"
                "Remote host said: 550 5.2.1 <verkoop@hollandflora.example>: mailbox disabled, account closed\n"
                "Giving up on 185.22.14.9.\n\n--- Below this line is a copy of the message.\n\n"
                "Return-Path: <claire.dumont@kestrel-supply.example>\n"
                "Received: (qmail 28814 invoked by uid 89); 24 Nov 2026 16:00:57 -0000\n"
                "From: Claire Dumont <claire.dumont@kestrel-supply.example>\nTo: verkoop@hollandflora.example\n"
                f"Subject: {request_subject(po)}\nDate: Tue, 24 Nov 2026 17:00:55 +0100\nMessage-ID: {rid}\n"
                "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n" + request_body(po, "Dear Sir or Madam,", "dmy/"))
    body = text(body_txt, "plain", "us-ascii", "7bit")
    h = headers("MAILER-DAEMON@relay2.kestrel-supply.example", "claire.dumont@kestrel-supply.example",
                "failure notice", date, "<20261124160101.28817.qmail@relay2.kestrel-supply.example>",
                pre=[("Return-Path", "<>")])
    exp = expected("bounce", "qmail failure notice (mailbox disabled); the copied request below is ours.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 050
@case("epoxy-forwarded-internal-chain", "confirmation/pt-PT",
      "Sales forwards the logistics colleague's internal answer ('Em resumo: confirmado'); split of kits 120 + 80 and day/month dates without year (4/12, 8/1, 11/12).")
def c050():
    sup = SUP("RESNORTE", "Resinas do Norte, Lda.", "ines.almeida@resinasdonorte.example", "pt-PT")
    po = PO("4700032085", sup, "oskar", D(2026, 11, 24), [
        L(1, "EP-KIT-1C", "Epoxy coating kit 1 kg (A+B), clear", 200, "KIT", "14.20", D(2026, 12, 18)),
        L(2, "EP-RES-L20", "Epoxy laminating resin L20, 25 kg pail", 150, "KG", "9.80", D(2026, 12, 18)),
    ])
    date = at(2026, 11, 26, 17, 20, 0)
    ref = date.date()
    d1, d2, d3 = next_no_year(ref, 12, 4), next_no_year(ref, 1, 8), next_no_year(ref, 12, 11)
    assert (d1, d2, d3) == (D(2026, 12, 4), D(2027, 1, 8), D(2026, 12, 11))
    top = ("Caro Oskar,\n\nSegue abaixo a resposta da nossa logística relativamente à v/ encomenda 4700032085.\n"
           "Em resumo: confirmado, com a entrega dos kits em duas partes.\n\nCumprimentos,\nInês Almeida\n"
           "Departamento Comercial | Resinas do Norte, Lda. | Maia\n")
    internal_rui = ("Inês,\n\npara a encomenda Kestrel 4700032085:\n"
                    "- kits 1 kg: temos 120 em stock, saem dia 4/12; os restantes 80 ficam prontos a 8/1 e saem nesse dia.\n"
                    "- resina L20: 6 baldes de 25 kg = 150 kg, sai a 11/12.\n"
                    "Preços: os da encomenda.\n\nAbraço,\nRui Costa\nLogística\n")
    internal_ines = "Rui, consegues ver a disponibilidade disto? O cliente quer tudo para 18/12. Obrigada, Inês\n"
    req = {"from": "Oskar Lindqvist <oskar.lindqvist@kestrel-supply.example>", "sent": "terça-feira, 24 de novembro de 2026 10:02",
           "to": "ines.almeida@resinasdonorte.example", "subject": request_subject(po), "body": request_body(po, "Dear Ms Almeida,", "dmy/")}
    ines_msg = {"from": "Inês Almeida <ines.almeida@resinasdonorte.example>", "sent": "terça-feira, 24 de novembro de 2026 11:40",
                "to": "Rui Costa <rui.costa@resinasdonorte.example>", "subject": "FW: " + request_subject(po),
                "body": internal_ines + "\n" + outlook_block_text(req, "pt", "line")}
    rui_msg = {"from": "Rui Costa <rui.costa@resinasdonorte.example>", "sent": "quinta-feira, 26 de novembro de 2026 16:58",
               "to": "Inês Almeida <ines.almeida@resinasdonorte.example>", "subject": "RE: " + request_subject(po),
               "body": internal_rui + "\n" + outlook_block_text(ines_msg, "pt", "line")}
    body = outlook(top, rui_msg, "_000_PAXPR04MB8122B0", "pt", "iso-8859-1", "quoted-printable", lang_attr="PT")
    h = headers(addr("Inês Almeida", "ines.almeida@resinasdonorte.example", "iso-8859-1", "Q"), buyer_addr(po),
                "FW: " + request_subject(po), date, "<PAXPR04MB8122B0F5E2A7C913D460@PAXPR04MB8122.eurprd04.prod.outlook.example>",
                extra=[("Thread-Topic", request_subject(po))])
    exp = expected("confirmation", "Forwarded internal answer: kits 120 ship 4/12 + 80 ship 8/1 (2027-01-08); resin ships 11/12; prices as ordered. Ship dates only, so they are the dates.",
                   [conf(po, l1=chg(po, 1, date=d2, schedule=[(120, d1), (80, d2)]), l2=chg(po, 2, date=d3))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}
