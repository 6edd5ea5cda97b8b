"""Batch AG, cases 33-52: confirmations (more locales, rejections, ERP PDF, mobile)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as Dec

from aglib import mime, pdf
from aglib.core import (ACC, REJ, UNC, L, PO, When, buyer, chg, conf, kw, next_md, next_weekday, outlook_sent,
                        request_subject, request_text, request_html, supplier, wd, compose)
from aglib.mime import Binary, Text, quote_gt, esc
from aglib.registry import case
from aglib.styles import APPLE_XM, IPHONE_XM, TB_UA, buyer_pair, gmail_reply, outlook_reply, plain_reply, tb_attrib

DT = dt.datetime


# ---------------------------------------------------------------------------
@case("dental-burs-price-per-box-of-50", "confirmation/pt-PT",
      "Prices are per box of 50 while the PO orders single pieces (burs go up to 1.25, cartridges unchanged "
      "at 0.46); '4% 1:100.000' and '0,05 mm' are product specs.")
def c033():
    sup = supplier("DENTALLUS", "Dentalmed Lusitânia, Lda.", "encomendas@dentalmed-lusitania.example", "pt-PT")
    byr = buyer("MC", "Sofia Brandt", "sofia.brandt")
    po = PO("MC-PO-261136", sup, byr, "EUR", "2026-11-16", [
        L(1, "DEN-BUR-FG-DIA", "Diamond bur FG, round, medium grit (single piece)", 150, "PCS", "1.18", "2026-12-09"),
        L(2, "DEN-ANES-ART4", "Articaine 4% 1:100,000, cartridge 1.7 ml", 500, "PCS", "0.46", "2026-12-09"),
        L(3, "DEN-MTX-005", "Matrix band 0.05 mm, pack of 12", 20, "PK", "3.90", "2026-12-09"),
    ])
    w = When(2026, 11, 19, 10, 25, 44, "+0000")
    wd("2026-12-09", "Wed")
    assert Dec("62.50") / 50 == Dec("1.25") and Dec("23.00") / 50 == Dec("0.46")
    top = ("Exma. Sra. Sofia Brandt,\n\n"
           "Agradecemos a sua encomenda MC-PO-261136, que confirmamos nos seguintes termos:\n\n"
           "1. Brocas diamantadas FG esféricas, grão médio: fornecidas apenas em caixas de 50 unidades - 3 caixas "
           "(150 un.) a 62,50 € por caixa\n"
           "2. Articaína 4% 1:100.000, carpules de 1,7 ml: 10 caixas de 50 carpules a 23,00 € por caixa\n"
           "3. Bandas matriz 0,05 mm (emb. 12): 20 embalagens a 3,90 €\n\n"
           "Entrega prevista: quarta-feira, 9 de dezembro de 2026.\n"
           "Os carpules têm validade até 05/2028 (lote A2611).\n\n"
           "Com os melhores cumprimentos,\n\nRita Carvalho\nDepartamento Comercial\n"
           "Dentalmed Lusitânia, Lda. | Rua do Campo Alegre 1020, 4150-171 Porto | NIF 507 884 210\n")
    eml = outlook_reply(po, frm=("Rita Carvalho", "encomendas@dentalmed-lusitania.example"), when=w, lang="pt",
                        top=top, sent=outlook_sent("pt", DT(2026, 11, 16, 9, 15)), seed="c033", prefix="RE: ",
                        lang_tag="pt-PT", charset="windows-1252")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(150, "1.25", "2026-12-09"), 2: ACC, 3: ACC})],
           "notes": "62,50 per box of 50 = 1.25 per piece (up); 23,00/50 = 0.46 (as ordered)."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("led-tubes-port-arrival-vs-site-delivery", "confirmation/pt-BR",
      "Three yearless dates: shipment 11/12, port arrival in Hamburg 08/01 (the requested day) and delivery "
      "in Bremen 13/01 - the delivery in January 2027 is the one to take.")
def c034():
    sup = supplier("ILUMPAUL", "Iluminação Paulista Ltda.", "vendas@ilumpaulista.example", "pt-BR")
    byr = buyer("KIG", "Tomás Ferreira", "t.ferreira")
    po = PO("4500232455", sup, byr, "USD", "2026-11-16", [
        L(1, "LED-T8-18-65", "LED tube T8 1200 mm 18 W, 6500 K", 400, "PCS", "2.35", "2027-01-08"),
        L(2, "LED-GU10-7-30", "LED spot GU10 7 W, 3000 K", 600, "PCS", "1.10", "2027-01-08"),
    ])
    w = When(2026, 11, 20, 17, 40, 2, "-0300")
    d = next_md(1, 13, w.date)
    assert d == dt.date(2027, 1, 13)
    wd(d, "Wed")
    top = ("Olá Tomás, tudo bem?\n\n"
           "Confirmamos o pedido 4500232455:\n"
           "- Tubo LED T8 18W 6500K: 400 pçs a US$ 2,35\n"
           "- Spot LED GU10 7W 3000K: 600 pçs a US$ 1,10\n\n"
           "Embarque previsto para 11/12 no porto de Santos, chegada estimada em Hamburgo 08/01 e entrega na "
           "fábrica de vocês em Bremen dia 13/01.\n\n"
           "Qualquer dúvida estou à disposição.\n\nAbraço,\nRafael Nogueira\nExportação | Iluminação Paulista Ltda.\n"
           "+55 11 4002-8922\n")
    attrib = "Em seg., 16 de nov. de 2026 às 05:12, Tomás Ferreira <t.ferreira@kestrel-group.example> escreveu:"
    eml = gmail_reply(po, frm=("Rafael Nogueira", "vendas@ilumpaulista.example"), when=w, attrib=attrib, top=top,
                      seed="c034", prefix="Re: ")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(400, "2.35", d), 2: chg(600, "1.10", d)})],
           "notes": "Delivery 13/01 (2027) wins over port arrival 08/01 and shipment 11/12."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("workstation-sets-prices-plus-iva", "confirmation/es-MX",
      "Prices are stated 'más IVA' (VAT must not be added), Mexican number format 'USD 1,850.00', sets of 4 "
      "desks per 'juego'; the lockers go up.")
def c035():
    sup = supplier("MOBIBAJIO", "Mobiliario Corporativo del Bajío S.A. de C.V.", "ventas@mobibajio.example", "es-MX")
    byr = buyer("KUS", "Luis Garza", "l.garza")
    po = PO("4500232470", sup, byr, "USD", "2026-11-17", [
        L(1, "OF-WS-SET4", "Workstation cluster, set of 4 desks 1400x700 with screens", 3, "SET", "1850.00", "2026-12-15"),
        L(2, "OF-CHR-OPR", "Operator chair, mesh back, black", 12, "PCS", "118.00", "2026-12-15"),
        L(3, "OF-LCK-12", "Locker 12 doors, steel, flat-packed", 2, "PCS", "410.00", "2026-12-15"),
    ])
    w = When(2026, 11, 24, 12, 5, 30, "-0600")
    wd("2026-12-15", "Tue")
    top = ("Buenas tardes Ing. Garza:\n\n"
           "Le confirmo su orden de compra 4500232470 en los siguientes términos:\n\n"
           "Partida 1: 3 juegos de estaciones de trabajo (4 escritorios c/u), USD 1,850.00 por juego más IVA.\n"
           "Partida 2: 12 sillas operativas malla negra, USD 118.00 c/u más IVA.\n"
           "Partida 3: 2 lockers de 12 puertas, USD 425.00 c/u más IVA (ajuste por incremento en el precio del acero).\n\n"
           "Fecha de entrega: martes 15 de diciembre en su planta de Apodaca, incluye armado e instalación.\n"
           "Condiciones de pago: 30 días.\n\n"
           "Quedo a sus órdenes.\n\nSaludos cordiales,\nMariana Treviño\nEjecutiva de Ventas\n"
           "Mobiliario Corporativo del Bajío S.A. de C.V. | León, Gto. | Tel. 477 210 3344\n")
    eml = outlook_reply(po, frm=("Mariana Treviño", "ventas@mobibajio.example"), when=w, lang="es", top=top,
                        sent="martes, 17 de noviembre de 2026 08:45 a. m.", seed="c035", prefix="RE: ", lang_tag="es-MX")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: ACC, 3: chg(2, "425.00", "2026-12-15")})],
           "notes": "Net prices 'más IVA' equal the PO's net prices; only the lockers change (425.00)."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("bakery-prices-per-kg-for-bags-and-sacks", "confirmation/nl-BE",
      "Prices per kg for goods ordered per 10 kg bag and 25 kg sack (callets up to 89.50, icing sugar "
      "unchanged at 27.50); '54,5%' and the best-before '09/2027' are noise.")
def c036():
    sup = supplier("BGVL", "Bakkerijgrondstoffen Vlaanderen NV", "orders@bgvlaanderen.example", "nl-BE")
    byr = buyer("AH", "Claire Dubois", "claire.dubois")
    po = PO("AH-26-04460", sup, byr, "EUR", "2026-11-17", [
        L(1, "BK-CHOC-545", "Dark chocolate callets 54.5%, bag 10 kg", 12, "BAG", "86.00", "2026-12-03"),
        L(2, "BK-SUG-ICE", "Icing sugar, sack 25 kg", 20, "SACK", "27.50", "2026-12-03"),
        L(3, "BK-MAR-BKT", "Bakery margarine, bucket 10 kg", 15, "BKT", "31.20", "2026-12-03"),
    ])
    w = When(2026, 11, 23, 8, 15, 10)
    wd("2026-12-03", "Thu")
    assert Dec("8.95") * 10 == Dec("89.50") and Dec("1.10") * 25 == Dec("27.50")
    top = ("Goedemorgen Claire,\n\n"
           "Hierbij de bevestiging van uw bestelling AH-26-04460:\n\n"
           "- Callets 54,5%: 12 zakken van 10 kg aan € 8,95/kg\n"
           "- Bloemsuiker: 20 zakken van 25 kg aan € 1,10/kg\n"
           "- Bakkerijmargarine: 15 emmers van 10 kg aan € 31,20 per emmer\n\n"
           "Levering donderdag 3 december via onze eigen vrachtwagen (Zeebrugge - Dublin).\n"
           "THT chocolade: 09/2027.\n\n"
           "Met vriendelijke groeten,\n\nJan Peeters\nBinnendienst\nBakkerijgrondstoffen Vlaanderen NV\n"
           "Industrieweg 55, 9000 Gent | BTW BE 0426.118.305\n")
    eml = outlook_reply(po, frm=("Peeters Jan", "orders@bgvlaanderen.example"), when=w, lang="nl", top=top,
                        sent=outlook_sent("nl", DT(2026, 11, 17, 14, 22)), seed="c036", prefix="RE: ", lang_tag="nl-BE")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(12, "89.50", "2026-12-03"), 2: ACC, 3: ACC})],
           "notes": "8,95/kg x 10 = 89.50 per bag (up); 1,10/kg x 25 = 27.50 per sack (same)."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("tiles-grout-minimum-order-quantity", "confirmation/hr-HR",
      "Croatian month names ('16. prosinca 2026'), tiles also given as 115,20 m2 (just 80 boxes), and a "
      "minimum order of 12 buckets on the grout.")
def c037():
    sup = supplier("KERJADRAN", "Keramika Jadran d.o.o.", "prodaja@keramikajadran.example", "hr-HR")
    byr = buyer("TS", "Kasper Nowak", "k.nowak")
    po = PO("TSB/26/0474", sup, byr, "EUR", "2026-11-17", [
        L(1, "TL-WALL-3060-WH", "Wall tile 30x60 white gloss, box 1.44 m2", 80, "BOX", "19.80", "2026-12-16"),
        L(2, "TL-ADH-C1T", "Tile adhesive C1T, bag 25 kg", 30, "BAG", "7.40", "2026-12-16"),
        L(3, "TL-EPX-GRT-2", "Epoxy grout RG, bucket 2 kg", 8, "BKT", "24.90", "2026-12-16"),
    ])
    w = When(2026, 11, 23, 11, 30, 18)
    wd("2026-12-16", "Wed")
    assert 80 * Dec("1.44") == Dec("115.20")
    top = ("Poštovani gospodine Nowak,\n\n"
           "zahvaljujemo na narudžbi TSB/26/0474 koju potvrđujemo kako slijedi:\n\n"
           "1. zidne pločice 30x60 bijele sjajne - 80 kutija (115,20 m²), 19,80 EUR/kutija\n"
           "2. ljepilo C1T, vreća 25 kg - 30 vreća, 7,40 EUR/vreća\n"
           "3. epoksidna fuga RG 2 kg - minimalna količina za narudžbu je 12 kanti, isporučujemo 12 kom po 24,90 EUR/kanta\n\n"
           "Isporuka: srijeda, 16. prosinca 2026.\n\n"
           "S poštovanjem,\nIvana Horvat\nProdaja - izvoz\nKeramika Jadran d.o.o., Zagrebačka 114, 21000 Split\n")
    attrib = "uto, 17. stu 2026. u 16:02 Kasper Nowak <k.nowak@terrace-build.example> napisao je:"
    eml = gmail_reply(po, frm=("Ivana Horvat", "prodaja@keramikajadran.example"), when=w, attrib=attrib, top=top,
                      seed="c037", prefix="Re: ")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: ACC, 3: chg(12, "24.90", "2026-12-16")})],
           "notes": "MOQ 12 buckets on line 3; 115,20 m2 = 80 boxes as ordered."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("roofing-nails-lead-time-weeks-from-order", "confirmation/bg-BG",
      "Windows-1251 Cyrillic; the only date is a lead time '3 седмици от датата на поръчката' that must be "
      "counted from the PO date (18.11.2026 -> 09.12.2026).")
def c038():
    sup = supplier("POKRIVNI", "Pokrivni Sistemi EOOD", "oferti@pokrivni-sistemi.example", "bg-BG")
    byr = buyer("TS", "Grace Holloway", "g.holloway")
    po = PO("TSB/26/0479", sup, byr, "EUR", "2026-11-18", [
        L(1, "RF-NAIL-28x65", "Ring shank roofing nail 2.8x65, galvanised, box of 250", 50, "BOX", "6.80", "2026-12-11"),
        L(2, "RF-CLIP-RDG", "Ridge tile clip, stainless, box of 250", 30, "BOX", "12.40", "2026-12-11"),
        L(3, "RF-FOAM-EAV", "Eaves filler foam profile, pack of 50", 40, "PK", "9.20", "2026-12-11"),
    ])
    w = When(2026, 11, 20, 9, 5, 47, "+0200")
    d = dt.date(2026, 11, 18) + dt.timedelta(weeks=3)
    assert d == wd("2026-12-09", "Wed")
    top = ("Здравейте, г-жо Холоуей,\n\n"
           "Благодарим Ви за поръчка № TSB/26/0479. Потвърждаваме всички позиции по цените от поръчката:\n\n"
           "1. Пирони с пръстеновидно тяло 2,8x65, поцинковани - 50 кутии\n"
           "2. Скоби за капаци, неръждаеми - 30 кутии\n"
           "3. Уплътнителен профил за стреха - 40 опаковки\n\n"
           "Срок на доставка: 3 седмици от датата на поръчката Ви, с наш транспорт до склада в Лийдс.\n"
           "Плащане: 30 дни след фактура.\n\n"
           "С уважение,\nГеорги Иванов\nТърговски отдел\nПокривни Системи ЕООД | гр. Пловдив, бул. Марица 120\n")
    eml = outlook_reply(po, frm=("Георги Иванов", "oferti@pokrivni-sistemi.example"), when=w, lang="bg", top=top,
                        sent=outlook_sent("bg", DT(2026, 11, 18, 10, 40)), seed="c038", prefix="RE: ", lang_tag="bg-BG",
                        charset="windows-1251", hcharset="windows-1251")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {n: chg(line["quantity"], line["unit_price"], d) for n, line in
                                       ((ln["line"], ln) for ln in po["lines"])})],
           "notes": "3 weeks from the PO date 2026-11-18 = 2026-12-09 (delivery), two days before requested."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("hydraulic-hose-meters-split-into-january-fca", "confirmation/uk-UA",
      "Ukrainian, hose in metres split 120 m now and 80 m on 22.01.2027; FCA dispatch dates are the only "
      "dates; '1SN DN6' and '2SN DN16' are hose types.")
def c039():
    sup = supplier("HIDRSKHID", "TOV Hidravlika-Skhid", "zbut@hidravlika-skhid.example", "uk-UA")
    byr = buyer("KIG", "Tomás Ferreira", "t.ferreira")
    po = PO("4500232488", sup, byr, "EUR", "2026-11-18", [
        L(1, "HH-1SN-06", "Hydraulic hose 1SN DN6, bulk", 300, "M", "2.10", "2026-12-18"),
        L(2, "HH-2SN-16", "Hydraulic hose 2SN DN16, bulk", 200, "M", "6.95", "2026-12-18"),
    ])
    w = When(2026, 11, 25, 10, 5, 33, "+0200")
    d1, d2 = wd("2026-12-11", "Fri"), wd("2027-01-22", "Fri")
    top = ("Доброго дня, пане Томаше!\n\n"
           "Дякуємо за замовлення 4500232488. Підтверджуємо:\n\n"
           "1. Рукав високого тиску 1SN DN6 - 300 м, 2,10 EUR/м, відвантаження 11.12.2026\n"
           "2. Рукав високого тиску 2SN DN16 - 200 м, 6,95 EUR/м: 120 м відвантажимо 11.12.2026, решту 80 м - "
           "22.01.2027 (очікуємо надходження сировини)\n\n"
           "Умови поставки FCA Львів (Incoterms 2020), оплата 30 днів.\n\n"
           "З повагою,\nОлена Коваленко\nвідділ збуту\nТОВ «Гідравліка-Схід» | м. Львів, вул. Промислова 27\n")
    eml = outlook_reply(po, frm=("Олена Коваленко", "zbut@hidravlika-skhid.example"), when=w, lang="uk", top=top,
                        sent=outlook_sent("uk", DT(2026, 11, 18, 11, 5)), seed="c039", prefix="RE: ", lang_tag="uk-UA")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(300, "2.10", d1), 2: chg(200, "6.95", d2, [(120, d1), (80, d2)])})],
           "notes": "Only dispatch dates (FCA) -> those are the dates; line 2 split 120/80 into January 2027."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("bearings-big5-roc-calendar-dates", "confirmation/zh-TW",
      "Big5 body with Republic-of-China years ('115/12/30' = 2026-12-30), a ship date next to an arrival "
      "date, one price up and one item discontinued.")
def c040():
    sup = supplier("TWPBRG", "Taiwan Precision Bearing Co., Ltd.", "sales@twprecisionbrg.example", "zh-TW")
    byr = buyer("KIG", "Priya Natarajan", "p.natarajan")
    po = PO("4500232495", sup, byr, "USD", "2026-11-18", [
        L(1, "BRG-608-2RS", "Miniature ball bearing 608-2RS", 2000, "PCS", "0.38", "2026-12-31"),
        L(2, "BRG-6001-ZZ", "Ball bearing 6001-ZZ", 1000, "PCS", "0.52", "2026-12-31"),
        L(3, "BRG-LM20UU", "Linear bearing LM20UU", 200, "PCS", "1.95", "2026-12-31"),
    ])
    w = When(2026, 11, 24, 9, 30, 12, "+0800")
    assert 115 + 1911 == 2026
    body = ("Priya 您好，\n\n"
            "感謝貴公司訂單 4500232495，確認內容如下：\n\n"
            "1. 608-2RS：2,000 個，單價 USD 0.38，115/12/23 出貨\n"
            "2. 6001-ZZ：1,000 個，因鋼材漲價，單價調整為 USD 0.55，115/12/23 出貨\n"
            "3. LM20UU：原廠已停產，無法供應，敬請見諒。\n\n"
            "第1、2項以空運寄出，預計 115/12/30 送達不來梅貴公司倉庫。\n\n"
            "如有任何問題請與我聯繫，謝謝。\n\n"
            "林雅婷 Tina Lin\n業務部\n台灣精密軸承股份有限公司\nTEL: +886-4-2359-8810\n\n"
            "-----Original Message-----\n"
            "From: Priya Natarajan <p.natarajan@kestrel-group.example>\n"
            "Sent: Wednesday, November 18, 2026 4:12 PM\n"
            "To: sales@twprecisionbrg.example\n"
            "Subject: Purchase order 4500232495 - please confirm\n\n" + request_text(po))
    eml = plain_reply(po, frm=("林雅婷", "sales@twprecisionbrg.example"), when=w, body=body, seed="c040",
                      prefix="RE: ", charset="big5", cte="base64", style="other", hcharset="big5",
                      extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(2000, "0.38", "2026-12-30"), 2: chg(1000, "0.55", "2026-12-30"),
                                       3: REJ})],
           "notes": "ROC 115 = 2026; arrival 115/12/30 wins over shipment 115/12/23; LM20UU discontinued."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("yarn-only-part-available", "confirmation/vi-VN",
      "Vietnamese with thousands dots: only 3.600 kg of 5.000 kg available, the other line's price drops; "
      "'CVC 60/40' and 'Ne 40/1' look like ratios or dates.")
def c041():
    sup = supplier("PHUTHINH", "Phu Thinh Yarn Co., Ltd.", "sales@soiphuthinh.example", "vi-VN")
    byr = buyer("NW", "Hannah Price", "hannah.price")
    po = PO("NWT-7751", sup, byr, "USD", "2026-11-17", [
        L(1, "YRN-CVC-40", "CVC 60/40 yarn Ne 40/1, ring spun, on cones", 5000, "KG", "3.12", "2027-01-08"),
        L(2, "YRN-PC-30", "PC 65/35 yarn Ne 30/1, on cones", 2000, "KG", "2.74", "2027-01-08"),
    ])
    w = When(2026, 11, 23, 16, 20, 9, "+0700")
    wd("2027-01-08", "Fri")
    top = ("Chào chị Hannah,\n\n"
           "Cảm ơn chị đã đặt hàng (PO NWT-7751). Bên em xin xác nhận như sau:\n\n"
           "1. Sợi CVC 60/40 Ne 40/1 (cọc sợi): hiện nhà máy chỉ có thể cung cấp 3.600 kg, giá 3,12 USD/kg, "
           "giao hàng ngày 08/01/2027\n"
           "2. Sợi PC 65/35 Ne 30/1: 2.000 kg, giá 2,70 USD/kg, giao hàng ngày 08/01/2027\n\n"
           "Điều kiện giao hàng: DAP Bradford. Thanh toán: T/T 30 ngày.\n\n"
           "Trân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh Xuất khẩu\nCông ty TNHH Sợi Phú Thịnh | KCN Tân Tạo, TP. Hồ Chí Minh\n")
    attrib = "Vào Th 3, 17 thg 11, 2026 vào lúc 15:40 Hannah Price <hannah.price@northweave.example> đã viết:"
    eml = gmail_reply(po, frm=("Nguyễn Thị Lan", "sales@soiphuthinh.example"), when=w, attrib=attrib, top=top,
                      seed="c041", prefix="Re: ")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(3600, "3.12", "2027-01-08"), 2: chg(2000, "2.70", "2027-01-08")})],
           "notes": "Partial quantity 3.600 kg on line 1; line 2 price 2,70 (down)."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("forklift-parts-next-monday-and-discontinued", "confirmation/id-ID",
      "'Hari Senin depan' (next Monday) counted from the Date header is a ship date; one item is no longer "
      "produced; 'OE 67501-23320-71' and '10-80 V' are part data.")
def c042():
    sup = supplier("FLNUSA", "PT Suku Cadang Forklift Nusantara", "sales@forkliftnusantara.example", "id-ID")
    byr = buyer("KIG", "Jonas Weber", "j.weber")
    po = PO("4500232502", sup, byr, "USD", "2026-11-18", [
        L(1, "FL-FLT-HYD-T8", "Hydraulic return filter, Toyota 8FD (OE 67501-23320-71)", 10, "PCS", "18.50", "2026-12-14"),
        L(2, "FL-SEAL-LC-T8", "Lift cylinder seal kit, Toyota 8FD", 6, "SET", "34.00", "2026-12-14"),
        L(3, "FL-LAMP-BLUE", "Blue spot safety lamp 10-80 V", 8, "PCS", "22.00", "2026-12-14"),
    ])
    w = When(2026, 11, 26, 14, 5, 51, "+0700")
    mon = next_weekday(w.date, "Mon")
    assert mon == dt.date(2026, 11, 30)
    top = ("Selamat siang Bapak Jonas,\n\n"
           "Terima kasih atas PO 4500232502. Berikut konfirmasi dari kami:\n\n"
           "1. Filter hidrolik balik Toyota 8FD (OE 67501-23320-71): 10 pcs @ USD 18,50 - ready stock\n"
           "2. Seal kit silinder angkat Toyota 8FD: 6 set @ USD 34,00 - ready stock\n"
           "3. Lampu sorot biru 10-80 V: mohon maaf, item ini sudah tidak diproduksi lagi oleh pabrikan.\n\n"
           "Item 1 dan 2 akan kami kirim via DHL Express hari Senin depan, nomor resi akan kami informasikan.\n\n"
           "Hormat kami,\nBudi Santoso\nSales Export\nPT Suku Cadang Forklift Nusantara | Cikarang, Bekasi\n")
    eml = outlook_reply(po, frm=("Budi Santoso", "sales@forkliftnusantara.example"), when=w, lang="id", top=top,
                        sent=outlook_sent("id", DT(2026, 11, 18, 15, 0)), seed="c042", prefix="RE: ", lang_tag="id-ID")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(10, "18.50", mon), 2: chg(6, "34.00", mon), 3: REJ})],
           "notes": "Thu 26 Nov -> next Monday = 2026-11-30 (ship date only); lamp no longer produced."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("lab-glassware-hebrew-rtl-html", "confirmation/he-IL",
      "Right-to-left Hebrew HTML sent on a Sunday, prices with a trailing '$', one price update; "
      "'250 מ\"מ' and '10 מ\"ל' are sizes.")
def c043():
    sup = supplier("LABGLASSIL", "Zchuchit Maabada Ltd.", "orders@labglass-il.example", "he-IL")
    byr = buyer("MC", "Sofia Brandt", "sofia.brandt")
    po = PO("MC-PO-261140", sup, byr, "USD", "2026-11-18", [
        L(1, "LG-ERL-250", "Erlenmeyer flask 250 ml, narrow neck", 100, "PCS", "2.90", "2026-12-11"),
        L(2, "LG-PIP-10-AS", "Volumetric pipette 10 ml, class AS", 50, "PCS", "6.40", "2026-12-11"),
        L(3, "LG-DES-250", "Desiccator 250 mm with porcelain plate", 2, "PCS", "118.00", "2026-12-11"),
    ])
    w = When(2026, 11, 22, 10, 15, 0, "+0200")
    d = wd("2026-12-10", "Thu")
    top = ("שלום סופיה,\n\n"
           "אנו מאשרים את הזמנת הרכש MC-PO-261140 כדלקמן:\n"
           "1. ארלנמייר 250 מ\"ל, צוואר צר - 100 יח' במחיר 2.90$ ליחידה\n"
           "2. פיפטה מדידה 10 מ\"ל, סוג AS - 50 יח' במחיר 6.40$ ליחידה\n"
           "3. אקסיקטור 250 מ\"מ עם צלחת פורצלן - 2 יח' במחיר 124.00$ ליחידה (עדכון מחיר מהיצרן)\n\n"
           "מועד אספקה: 10.12.2026 (יום חמישי).\n\n"
           "בברכה,\nדנה לוי\nמחלקת הזמנות\nזכוכית מעבדה בע\"מ | רחוב המלאכה 8, חולון\n")
    eml = outlook_reply(po, frm=("דנה לוי", "orders@labglass-il.example"), when=w, lang="he", top=top,
                        sent="יום רביעי 18 נובמבר 2026 16:40", seed="c043", prefix="RE: ", lang_tag="he-IL", rtl=True)
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(100, "2.90", d), 2: chg(50, "6.40", d), 3: chg(2, "124.00", d)})],
           "notes": "Delivery 10.12.2026 for all lines (a day early); desiccator 124.00."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("gas-cylinders-arabic-indic-digits", "confirmation/ar-AE",
      "Arabic text whose delivery date is written in Arabic-Indic digits (٣٠/١١/٢٠٢٦); list markers are "
      "Arabic numerals too; acetylene price up, rental starts on the requested day.")
def c044():
    sup = supplier("EMIGAS", "Emirates Industrial Gases LLC", "sales@emiratesgases.example", "ar-AE")
    byr = buyer("KAE", "Rashid Khan", "r.khan")
    po = PO("4500232510", sup, byr, "USD", "2026-11-19", [
        L(1, "GAS-O2-47L", "Industrial oxygen, cylinder 47 l (fill)", 20, "CYL", "14.50", "2026-11-30"),
        L(2, "GAS-C2H2-40L", "Dissolved acetylene, cylinder 40 l (fill)", 8, "CYL", "38.00", "2026-11-30"),
        L(3, "GAS-RENT-M", "Cylinder rental per cylinder per month", 28, "EA", "4.20", "2026-12-01"),
    ])
    w = When(2026, 11, 24, 9, 40, 25, "+0400")
    wd("2026-11-30", "Mon")
    top = ("السيد رشيد خان المحترم،\n\n"
           "تحية طيبة وبعد،\n\n"
           "نشكركم على أمر الشراء رقم 4500232510، ونؤكد لكم التوريد على النحو التالي:\n"
           "١. أكسجين صناعي، أسطوانة 47 لتر: 20 أسطوانة بسعر 14.50 دولار أمريكي للتعبئة\n"
           "٢. أستيلين مذاب، أسطوانة 40 لتر: 8 أسطوانات بسعر 39.50 دولار أمريكي للتعبئة (تعديل السعر من المصنع)\n"
           "٣. إيجار الأسطوانات: 28 أسطوانة بسعر 4.20 دولار شهرياً للأسطوانة، ويبدأ احتساب الإيجار من 1 ديسمبر 2026\n\n"
           "موعد التسليم: يوم الإثنين ٣٠/١١/٢٠٢٦ إلى موقعكم في المنطقة الحرة بجبل علي.\n\n"
           "وتفضلوا بقبول فائق الاحترام،\n"
           "محمد الحمادي\nقسم المبيعات\nشركة غازات الإمارات الصناعية ذ.م.م\nهاتف: 971 4 880 1234+\n")
    eml = outlook_reply(po, frm=("محمد الحمادي", "sales@emiratesgases.example"), when=w, lang="ar", top=top,
                        sent="الخميس، 19 نوفمبر 2026 10:02 ص", seed="c044", prefix="RE: ", lang_tag="ar-AE", rtl=True)
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: chg(8, "39.50", "2026-11-30"), 3: ACC})],
           "notes": "٣٠/١١/٢٠٢٦ = 2026-11-30 (as requested); acetylene 39.50; rental from 1 Dec as requested."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("bakery-filling-price-per-kg-bucket", "confirmation/lv-LV",
      "Latvian with a per-kg price for a 12 kg bucket (55.20, up) while other lines keep their pack prices; "
      "yeast carton '20 x 500 g' and a best-before year are noise.")
def c045():
    sup = supplier("BMIRIGA", "SIA Baltijas Maiznieku Izejvielas", "pasutijumi@bmi-riga.example", "lv-LV")
    byr = buyer("AH", "Claire Dubois", "claire.dubois")
    po = PO("AH-26-04466", sup, byr, "EUR", "2026-11-18", [
        L(1, "BK-FIL-CHR", "Cherry filling bake-stable, bucket 12 kg", 10, "BKT", "52.80", "2026-12-07"),
        L(2, "BK-CUS-PWD", "Custard powder, bag 10 kg", 8, "BAG", "41.00", "2026-12-07"),
        L(3, "BK-YST-DRY", "Dry yeast, carton 20 x 500 g", 6, "CTN", "64.00", "2026-12-07"),
    ])
    w = When(2026, 11, 24, 13, 25, 3, "+0200")
    wd("2026-12-07", "Mon")
    assert Dec("4.60") * 12 == Dec("55.20")
    top = ("Labdien, Claire!\n\n"
           "Apstiprinām Jūsu pasūtījumu AH-26-04466:\n\n"
           "1. ķiršu pildījums, cepšanas izturīgs, 12 kg spainis - 10 spaiņi, cena 4,60 EUR/kg\n"
           "2. vaniļas krēma pulveris, 10 kg maiss - 8 maisi, 41,00 EUR/maiss\n"
           "3. sausais raugs, kaste 20 x 500 g - 6 kastes, 64,00 EUR/kaste\n\n"
           "Piegāde: pirmdien, 7. decembrī. Rauga derīguma termiņš: 2027. gada jūnijs.\n\n"
           "Ar cieņu\nLīga Ozola\nKlientu apkalpošana | SIA Baltijas Maiznieku Izejvielas\nRīga, Krasta iela 52\n")
    eml = outlook_reply(po, frm=("Līga Ozola", "pasutijumi@bmi-riga.example"), when=w, lang="lv", top=top,
                        sent=outlook_sent("lv", DT(2026, 11, 18, 12, 5)), seed="c045", prefix="RE: ", lang_tag="lv-LV",
                        charset="iso-8859-13", hcharset="iso-8859-13")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(10, "55.20", "2026-12-07"), 2: ACC, 3: ACC})],
           "notes": "4,60 EUR/kg x 12 kg = 55.20 per bucket (up from 52.80); 7 Dec is the requested Monday."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("bopp-film-shipment-eta-and-delivery", "confirmation/en-IN",
      "Indian English with 'as under', shipment, ETA at port and delivery dates (delivery is the requested "
      "22nd Jan 2027), repeated in an attached CSV with dd-mm-yyyy dates; proforma validity and L/C days are "
      "noise; CPP price up.")
def c046():
    sup = supplier("SAHYADRI", "Sahyadri Polyfilms Pvt. Ltd.", "exports@sahyadripoly.example", "en-IN")
    byr = buyer("LV", "Ines Moreau", "ines.moreau")
    po = PO("LV2600915", sup, byr, "USD", "2026-11-18", [
        L(1, "PF-BOPP-MAT-18", "BOPP matt film 18 micron, 1020 mm, roll", 120, "ROLL", "96.00", "2027-01-22"),
        L(2, "PF-CPP-25-600", "CPP film 25 micron, 600 mm, roll", 80, "ROLL", "54.00", "2027-01-22"),
    ])
    w = When(2026, 11, 25, 11, 48, 20, "+0530")
    wd("2027-01-22", "Fri")
    top = ("Dear Ms. Ines,\n\n"
           "Greetings from Sahyadri Polyfilms!\n\n"
           "We are pleased to confirm your PO No. LV2600915 dated 18.11.2026 as under:\n\n"
           "1) BOPP Matt Film 18 mic x 1020 mm - 120 rolls @ USD 96.00 per roll\n"
           "2) CPP Film 25 mic x 600 mm - 80 rolls @ USD 56.50 per roll (revised due to resin price hike)\n\n"
           "Shipment: by 18th Dec 2026 ex Nhava Sheva\n"
           "ETA Le Havre: 16th Jan 2027\n"
           "Delivery at your Lyon plant: 22nd Jan 2027\n\n"
           "Our Proforma Invoice No. SPF/PI/26-27/0418 (valid for 15 days) is being sent separately. "
           "Payment by L/C at 60 days from B/L date as agreed.\n\n"
           "Thanks & Regards,\nVikram Deshpande\nManager - Exports\nSahyadri Polyfilms Pvt. Ltd.\n"
           "Plot D-14, MIDC Chakan, Pune 410501 | +91 20 6789 4410\n")
    csv = ("OA No.,SPF/OA/26-27/0962\nCustomer PO,LV2600915\nOA Date,25-11-2026\n\n"
           "Sr,Our Item Code,Your Item Code,Description,Qty,UOM,Rate (USD),Amount (USD),Shipment Date,ETA Port,Delivery Date\n"
           "1,BMF18-1020,PF-BOPP-MAT-18,BOPP MATT FILM 18 MIC X 1020 MM,120,ROLL,96.00,11520.00,18-12-2026,16-01-2027,22-01-2027\n"
           "2,CPP25-600,PF-CPP-25-600,CPP FILM 25 MIC X 600 MM,80,ROLL,56.50,4520.00,18-12-2026,16-01-2027,22-01-2027\n"
           ",,,,,,Total,16040.00,,,\n")
    assert 120 * Dec("96.00") == Dec("11520.00") and 80 * Dec("56.50") == Dec("4520.00")
    top = top.replace("Our Proforma Invoice", "Order acknowledgement attached in CSV for your system. Our Proforma Invoice")
    eml = outlook_reply(po, frm=("Vikram Deshpande", "exports@sahyadripoly.example"), when=w, lang="en", top=top,
                        sent=outlook_sent("en-GB", DT(2026, 11, 18, 17, 30)), seed="c046", prefix="RE: ", lang_tag="en-IN",
                        attachments=[Text(csv, "csv", "us-ascii", "7bit", filename="OA_SPF-OA-26-27-0962.csv")])
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: chg(80, "56.50", "2027-01-22")})],
           "notes": "Delivery 22nd Jan 2027 wins over shipment/ETA; CPP 56.50."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("swiss-spirits-carton-price-and-sold-out", "confirmation/de-CH",
      "Swiss German ('Grüezi', 'Grüsse', EUR 168.00 per 6-bottle carton = 28.00 per bottle, unchanged); the "
      "whisky is sold out until spring 2027 and cannot be delivered (rejected).")
def c047():
    sup = supplier("WEINZSEE", "Weinhandlung Zürichsee AG", "bestellung@weinzuerichsee.example", "de-CH")
    byr = buyer("AH", "Claire Dubois", "claire.dubois")
    po = PO("AH-26-04471", sup, byr, "EUR", "2026-11-19", [
        L(1, "S-KIR-70", "Kirsch AOC, 70 cl", 24, "BTL", "36.50", "2026-12-08"),
        L(2, "W-DEZ-GC-23", "Dezaley Grand Cru 2023, 75 cl", 36, "BTL", "28.00", "2026-12-08"),
        L(3, "S-WHI-SAE-50", "Swiss single malt whisky 'Saentis Malt', 50 cl", 12, "BTL", "54.00", "2026-12-08"),
    ])
    w = When(2026, 11, 25, 9, 10, 58)
    wd("2026-12-08", "Tue")
    assert Dec("168.00") / 6 == Dec("28.00")
    top = ("Grüezi Frau Dubois\n\n"
           "Besten Dank für Ihre Bestellung AH-26-04471. Gerne bestätigen wir:\n\n"
           "- Kirsch AOC 70 cl: 24 Flaschen à EUR 36.50\n"
           "- Dézaley Grand Cru 2023: nur in 6er-Kartons erhältlich, 6 Kartons = 36 Flaschen, EUR 168.00 pro Karton\n"
           "- Säntis Malt 50 cl: leider ausverkauft, die nächste Abfüllung kommt erst im Frühling 2027 - diese "
           "Position können wir nicht liefern.\n\n"
           "Lieferung: Dienstag, 8. Dezember, per Spedition, verzollt und versteuert (DDP Dublin).\n\n"
           "Freundliche Grüsse\n\nReto Meier\nVerkauf Gastronomie\nWeinhandlung Zürichsee AG | Seestrasse 210 | 8810 Horgen\n"
           "Tel. +41 44 725 18 30\n")
    eml = outlook_reply(po, frm=("Meier Reto", "bestellung@weinzuerichsee.example"), when=w, lang="de", top=top,
                        sent=outlook_sent("de", DT(2026, 11, 19, 15, 12)), seed="c047", prefix="AW: ", lang_tag="de-CH")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: ACC, 3: REJ})],
           "notes": "168.00 per 6 = 28.00 (as ordered); whisky cannot be delivered -> rejected."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("cosmetic-jars-trays-and-full-pallets", "confirmation/en-CA",
      "Jars ordered in trays of 140 but priced per piece ($0.19 x 140 = 26.60, unchanged); bottles rounded "
      "to three full pallets of 5,040 (15,120); ex-works date vs delivery date.")
def c048():
    sup = supplier("MAPLEGLASS", "Maple Glass Containers Inc.", "orders@mapleglass.example", "en-CA")
    byr = buyer("LV", "Ines Moreau", "ines.moreau")
    po = PO("LV2600921", sup, byr, "USD", "2026-11-19", [
        L(1, "GJ-15-FRST", "Glass jar 15 ml frosted, 33/400 neck, tray of 140", 36, "TRAY", "26.60", "2026-12-18"),
        L(2, "GB-100-CLR", "Glass bottle 100 ml clear, 24/410 neck", 12000, "PCS", "0.215", "2026-12-18"),
    ])
    w = When(2026, 11, 24, 15, 2, 19, "-0500")
    assert Dec("0.19") * 140 == Dec("26.60") and 36 * 140 == 5040 and 3 * 5040 == 15120
    wd("2026-12-18", "Fri")
    top = ("Hi Ines,\n\n"
           "Confirming PO LV2600921:\n\n"
           "1) 15 ml frosted jars, 33/400 - 36 trays (one full pallet, 5,040 pcs) @ $0.19/pc\n"
           "2) 100 ml clear, 24/410 - we only run full pallets of 5,040, so the qty becomes 15,120 pcs "
           "(3 pallets) @ $0.215/pc\n\n"
           "Ex-works Mississauga Nov 30, delivered to your Lyon plant Dec 18, 2026.\n\n"
           "Best,\nJulie Tremblay\nCustomer Service | Maple Glass Containers Inc.\n905-555-0172\n")
    attrib = "On Thu, Nov 19, 2026 at 4:55 AM Ines Moreau <ines.moreau@lumenvale.example> wrote:"
    eml = gmail_reply(po, frm=("Julie Tremblay", "orders@mapleglass.example"), when=w, attrib=attrib, top=top,
                      seed="c048")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: chg(15120, "0.215", "2026-12-18")})],
           "notes": "Per-piece price x 140 per tray = 26.60 (same); 12,000 -> 15,120 pcs; delivery Dec 18 wins."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("gloves-per-box-price-for-cartons-eta-january", "confirmation/ms-MY",
      "Malay; prices per box while the PO counts cartons of 10 boxes (nitrile unchanged, latex up to 22.00); "
      "ETD, ETA Rotterdam and warehouse delivery 12 Jan 2027 (earlier than asked).")
def c049():
    sup = supplier("PERAKGLV", "Syarikat Sarung Tangan Perak Sdn. Bhd.", "sales@perakgloves.example", "ms-MY")
    byr = buyer("MC", "Daniel Okafor", "daniel.okafor")
    po = PO("MC-PO-261144", sup, byr, "USD", "2026-11-19", [
        L(1, "MD-NIT-S-CTN", "Nitrile exam gloves size S, carton of 10 boxes x 100", 120, "CTN", "24.50", "2027-01-15"),
        L(2, "MD-NIT-M-CTN", "Nitrile exam gloves size M, carton of 10 boxes x 100", 200, "CTN", "24.50", "2027-01-15"),
        L(3, "MD-LTX-M-CTN", "Latex exam gloves size M, carton of 10 boxes x 100", 80, "CTN", "21.00", "2027-01-15"),
    ])
    w = When(2026, 11, 25, 11, 0, 36, "+0800")
    d = wd("2027-01-12", "Tue")
    assert Dec("2.45") * 10 == Dec("24.50") and Dec("2.20") * 10 == Dec("22.00")
    top = ("Salam sejahtera Encik Daniel,\n\n"
           "Terima kasih atas pesanan MC-PO-261144. Kami mengesahkan pesanan seperti berikut:\n\n"
           "1. Sarung tangan nitril saiz S: 120 karton (10 kotak/karton) @ USD 2.45 sekotak\n"
           "2. Sarung tangan nitril saiz M: 200 karton @ USD 2.45 sekotak\n"
           "3. Sarung tangan lateks saiz M: 80 karton @ USD 2.20 sekotak (harga lateks mentah meningkat)\n\n"
           "Penghantaran: 1 x kontena 20 kaki, ETD Port Klang 10 Dis 2026, ETA Rotterdam 8 Jan 2027; "
           "penghantaran ke gudang Amsterdam dijangka pada 12 Jan 2027.\n\n"
           "Sekian, terima kasih.\n\nAhmad Faizal bin Roslan\nEksekutif Jualan Eksport\n"
           "Syarikat Sarung Tangan Perak Sdn. Bhd. | Kawasan Perindustrian Kamunting, Taiping, Perak\n")
    eml = outlook_reply(po, frm=("Ahmad Faizal", "sales@perakgloves.example"), when=w, lang="ms", top=top,
                        sent="Khamis, 19 November 2026 4:20 PTG", seed="c049", prefix="RE: ", lang_tag="ms-MY")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(120, "24.50", d), 2: chg(200, "24.50", d), 3: chg(80, "22.00", d)})],
           "notes": "Box price x 10 = carton price; warehouse delivery 2027-01-12 wins over ETD/ETA."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("seals-erp-pdf-backorder-tbd", "confirmation/en-US",
      "ERP acknowledgment PDF with 'Qty Confirmed' 0 and 'BACKORDER / TBD' on one line (unconfirmed), US "
      "dates with Ship Date and Est. Delivery columns; '4\" 150#' and 'AS568-214' are part data.")
def c050():
    sup = supplier("MWSEAL", "Midwest Seal & Gasket Co.", "orders@midwestseal.example", "en-US")
    byr = buyer("KUS", "Luis Garza", "l.garza")
    po = PO("4500232530", sup, byr, "USD", "2026-11-19", [
        L(1, "SEAL-OR-214-V", "O-ring AS568-214 Viton 75A", 500, "PCS", "0.42", "2026-12-10"),
        L(2, "SEAL-ROD-50-PU", "Rod seal 50x60x7.3 PU", 40, "PCS", "6.80", "2026-12-10"),
        L(3, "SEAL-SWG-4-150", "Spiral wound gasket 4 in 150# 316/graphite", 12, "PCS", "14.25", "2026-12-10"),
    ])
    w = When(2026, 11, 20, 7, 31, 4, "-0600")
    wd("2026-12-04", "Fri"); wd("2026-12-10", "Thu")
    rows = [("Ln", "Item", "Customer Part", "Description", "Ord", "Conf", "UOM", "Price", "Ext", "Ship Date", "Est. Delivery"),
            ("1", "214-V75", "SEAL-OR-214-V", "O-RING AS568-214 FKM 75", "500", "500", "EA", "0.4200", "210.00", "12/01/2026", "12/04/2026"),
            ("2", "RS-50607-PU", "SEAL-ROD-50-PU", "ROD SEAL 50X60X7.3 PU", "40", "40", "EA", "6.8000", "272.00", "12/07/2026", "12/10/2026"),
            ("3", "SWG-4-150-316", "SEAL-SWG-4-150", "SPW GASKET 4\" 150# 316/FG", "12", "0", "EA", "14.2500", "0.00", "BACKORDER", "TBD")]
    items = []
    items += pdf.lines(40, 805, ["MIDWEST SEAL & GASKET CO."], size=13, bold=True)
    items += pdf.lines(40, 790, ["2150 W. Industrial Pkwy, Joliet, IL 60436  |  (815) 555-0190"], size=8)
    items += pdf.lines(360, 805, ["SALES ORDER ACKNOWLEDGMENT"], size=12, bold=True)
    items += pdf.lines(360, 788, ["Sales Order: 318842", "Order Date: 11/20/2026", "Customer PO: 4500232530",
                                  "Customer: KESTREL INDUSTRIAL GROUP - MONTERREY", "Terms: NET 45", "Ship Via: UPS FREIGHT",
                                  "Freight: FCA JOLIET, PREPAY & ADD"], size=8, dy=11)
    items += pdf.lines(40, 740, ["Ship To:", "KESTREL INDUSTRIAL GROUP, PLANTA MONTERREY", "AV. INDUSTRIAL 1450",
                                 "APODACA, N.L. 66600 MEXICO"], size=8, dy=11)
    xs = [36, 52, 110, 178, 300, 326, 352, 378, 418, 460, 512]
    items += pdf.table(xs, 672, rows, size=6.8, dy=13, bold_first=True)
    items += pdf.lines(36, 600, ["Order Total: 482.00 USD (backordered lines not included)",
                                 "Est. Delivery is an estimate based on carrier transit times. Backordered items will be "
                                 "acknowledged separately when a date is available.",
                                 "All sales subject to Midwest Seal & Gasket Terms and Conditions of Sale (rev. 2025-03)."],
                       size=7, dy=10)
    doc = pdf.build([items], compress=False, title="Sales Order Acknowledgment 318842", author="MWSG",
                    producer="Epicor Kinetic 2024.2", creation="D:20261120073000-06'00'",
                    rules=[[(36, 684, 560, 684), (36, 614, 560, 614)]])
    body = ("Thank you for your order.\n\n"
            "Attached is the acknowledgment for Sales Order 318842 (your PO 4500232530).\n"
            "Please review it carefully and notify us within 24 hours of any discrepancy.\n\n"
            "This message was sent from an unmonitored mailbox. For questions contact orders@midwestseal.example.\n")
    html = ("<html><body><p>Thank you for your order.</p><p>Attached is the acknowledgment for Sales Order "
            "<b>318842</b> (your PO 4500232530).<br>Please review it carefully and notify us within 24 hours of any "
            "discrepancy.</p><p style=\"color:#888\">This message was sent from an unmonitored mailbox. For "
            "questions contact orders@midwestseal.example.</p></body></html>")
    eml = plain_reply(po, frm=("Midwest Seal & Gasket", "donotreply@midwestseal.example"), when=w, body=body, html=html,
                      seed="c050", subject="Sales Order Acknowledgment 318842 - PO# 4500232530", style="erp",
                      threaded=False, attachments=[Binary(doc, "application/pdf", "SOA_318842.pdf")],
                      extra=[("X-Mailer", "Epicor Kinetic Notification Service")])
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(500, "0.42", "2026-12-04"), 2: ACC, 3: UNC})],
           "notes": "Line 3 backordered with no date -> unconfirmed; line 1 delivery 12/04 (earlier)."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("antifouling-order-declined-outright", "confirmation/es-ES",
      "The supplier declines the whole order (range no longer manufactured since 1 October); both lines are "
      "rejected - a refusal is still an answer to the PO.")
def c051():
    sup = supplier("PINTCANT", "Pinturas Náuticas Cantábrico S.A.", "pedidos@pinturascantabrico.example", "es-ES")
    byr = buyer("KIG", "Marta Lindqvist", "m.lindqvist")
    po = PO("4500232544", sup, byr, "EUR", "2026-11-20", [
        L(1, "MP-AF-CU-5", "Antifouling hard matrix, copper-based, blue, tin 5 l", 30, "TIN", "69.00", "2026-12-11"),
        L(2, "MP-AF-CU-20", "Antifouling hard matrix, copper-based, blue, tin 20 l", 10, "TIN", "252.00", "2026-12-11"),
    ])
    w = When(2026, 11, 24, 10, 12, 0)
    top = ("Estimada Sra. Lindqvist:\n\n"
           "Muchas gracias por su pedido 4500232544.\n\n"
           "Lamentamos comunicarle que no podemos aceptarlo: desde el 1 de octubre de 2026 hemos dejado de "
           "fabricar la gama de antiincrustantes de matriz dura con base de cobre, y no nos queda stock ni en "
           "botes de 5 l ni de 20 l.\n\n"
           "Si le interesa, nuestro comercial le puede presentar la nueva gama autopulimentable sin cobre "
           "(ficha técnica adjunta en un próximo correo).\n\n"
           "Disculpe las molestias.\n\nAtentamente,\n\nCarmen Sainz\nAtención al Cliente\n"
           "Pinturas Náuticas Cantábrico S.A. | Polígono de Raos, parcela 12 | 39011 Santander\n")
    eml = outlook_reply(po, frm=("Carmen Sainz", "pedidos@pinturascantabrico.example"), when=w, lang="es", top=top,
                        sent="viernes, 20 de noviembre de 2026 9:05", seed="c051", prefix="RE: ", lang_tag="es-ES")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: REJ, 2: REJ})],
           "notes": "Whole PO declined: product range discontinued; alternative only suggested."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("forklift-parts-mobile-one-liner-tuesday", "confirmation/sv-SE",
      "A two-line phone reply 'Bekräftar, levererar tisdag' - the weekday is counted from the Date header "
      "(Thursday 19 Nov -> Tuesday 24 Nov); everything else as ordered.")
def c052():
    sup = supplier("TRUCKMAL", "Truckdelar Mälardalen AB", "order@truckdelar-malardalen.example", "sv-SE")
    byr = buyer("KIG", "Jonas Weber", "j.weber")
    po = PO("4500232551", sup, byr, "EUR", "2026-11-18", [
        L(1, "FL-CHN-LH1234", "Mast lift chain LH1234, 2.5 m", 2, "PCS", "148.00", "2026-11-27"),
        L(2, "FL-WHL-LD-250", "Load wheel 250x80 polyurethane", 4, "PCS", "62.00", "2026-11-27"),
    ])
    w = When(2026, 11, 19, 18, 47, 11)
    tue = next_weekday(w.date, "Tue")
    assert tue == dt.date(2026, 11, 24)
    body = ("Hej Jonas!\nBekräftar 4500232551, båda raderna enligt er order, levererar tisdag.\n/Erik\n\n"
            "Skickat från min iPhone\n\n"
            "> 18 nov. 2026 kl. 09:12 skrev Jonas Weber <j.weber@kestrel-group.example>:\n>\n"
            + quote_gt(request_text(po).rstrip("\n")) + "\n")
    eml = plain_reply(po, frm=("Erik Lund", "order@truckdelar-malardalen.example"), when=w, body=body, seed="c052",
                      prefix="Sv: ", style="apple", charset="utf-8", cte="quoted-printable",
                      extra=[("X-Mailer", IPHONE_XM)])
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(2, "148.00", tue), 2: chg(4, "62.00", tue)})],
           "notes": "Relative weekday: Thu 19 Nov -> Tue 24 Nov (earlier than requested 27 Nov)."}
    return [po], eml, exp
