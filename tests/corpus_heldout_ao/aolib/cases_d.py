"""Cases 051-060."""
from . import mime
from .clients import outlook, gmail, thread_headers, subj
from .core import (L, PO, sup, acc, chg, REJ, UNC, conf, expected, wd, kw, case, request_text, request_html, pct)


def c_shoes_pairs_pt():
    s = sup("CALGU", "Calçado Técnico de Guimarães, Lda.", "encomendas@calcadotecnico.example", "pt-PT")
    sizes = [(38, 20), (40, 40), (42, 60), (44, 60), (46, 30), (47, 10)]
    lines = [L(i, f"SH-S3-TEC-{sz}", f"Safety shoe S3 ESD, size {sz} (1 PCE = 1 pair)", q, "PCE", "36.90", "2026-12-09")
             for i, (sz, q) in enumerate(sizes, start=1)]
    po = PO("4501100156", s, "Tom Whitfield", "EUR", "2026-11-09", lines)
    wd("2026-12-09", "Wed"); wd("2027-01-15", "Fri")
    new = ("Bom dia Sr. Whitfield,\n\n"
           "Agradecemos a encomenda 4501100156, que confirmamos nos seguintes termos:\n\n"
           "- tamanhos 38 a 46: todas as quantidades conforme encomenda (210 pares no total), 36,90 € o par, "
           "entrega quarta-feira, 9 de dezembro;\n"
           "- tamanho 47: de momento só temos 6 pares em stock, que seguem com o resto a 9/12; os restantes 4 pares "
           "seguem a 15 de janeiro de 2027.\n\n"
           "Certificado CE (EN ISO 20345:2022) em anexo à fatura.\n\n"
           "Com os melhores cumprimentos,\nCarla Mendes\nDepartamento Comercial\nCalçado Técnico de Guimarães, Lda.\n"
           "Rua da Indústria, 215 · 4835-044 Guimarães\n")
    assert 20 + 40 + 60 + 60 + 30 == 210
    body = outlook(new, po, "segunda-feira, 9 de novembro de 2026 16:22", lang="pt", charset="windows-1252",
                   boundary="_000_DB9PR07MB8123F0A1B2C3D4E5DB9PR07MB8123eurp_", body_lang="PT")
    h = thread_headers(po, mime.addr("Carla Mendes", "carla.mendes@calcadotecnico.example", "windows-1252"),
                       "Tom Whitfield <tom.whitfield@corvane.example>", "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 10, 11, 2, 45, "+0000"),
                       "<DB9PR07MB8123F0A1B2C3D4E5@DB9PR07MB8123.eurprd07.prod.outlook.example>")
    labs = {i: acc(po["lines"][i - 1]) for i in range(1, 6)}
    labs[6] = chg(10, "36.90", "2027-01-15", [(6, "2026-12-09"), (4, "2027-01-15")])
    exp = expected("confirmation", "PO in PCE (1 PCE = 1 pair), supplier counts pairs: sizes 38 to 46 (a range covering "
                   "lines 1-5) as ordered; size 47 split 6 pairs on 9/12 and 4 pairs on 2027-01-15. "
                   "'EN ISO 20345:2022' is a standard.",
                   [conf(po["po_number"], labs)])
    return case("safety-shoes-pairs-size-range", "Portuguese reply in pairs against a PO in pieces, confirming a size "
                "range '38 a 46' at once and splitting size 47.", [po], mime.message(h, body), exp)


def c_html_only_ar():
    s = sup("GULUB", "Gulf Motor Oils LLC", "sales@gulfmotoroils.example", "ar-AE")
    po = PO("4501100157", s, "Jonas Berg", "USD", "2026-11-10", [
        L(1, "LUB-10W40-SN", "Engine oil 10W-40 API SN, drum 208 l", 1040, "L", "3.95", "2026-12-21"),
        L(2, "LUB-HYD-46", "Hydraulic oil ISO VG 46, drum 208 l", 1664, "L", "2.80", "2026-12-21"),
    ])
    assert round(603.20 / 208, 4) == 2.9
    html = ("<html dir=\"rtl\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head><body dir=\"rtl\" style=\"font-family:Tahoma\">"
            "<p>السيد Jonas Berg المحترم،</p>"
            "<p>تحية طيبة وبعد،</p>"
            "<p>نشكركم على أمر الشراء رقم 4501100157 ونؤكد لكم ما يلي:</p>"
            "<ul><li>زيت محرك 10W-40 API SN: عدد 5 براميل سعة 208 لتر (1,040 لتر)، السعر 3.95 دولار أمريكي للتر.</li>"
            "<li>زيت هيدروليك ISO VG 46: عدد 8 براميل (1,664 لتر)، السعر 603.20 دولار أمريكي للبرميل بسبب ارتفاع "
            "أسعار الزيوت الأساسية.</li></ul>"
            "<p>الشحن من ميناء جبل علي بتاريخ 2026/11/30، والوصول المتوقع إلى روتردام بتاريخ 2026/12/28.</p>"
            "<p>شروط الدفع: 30 يوماً من تاريخ بوليصة الشحن.</p>"
            "<p>مع خالص التحية،<br>أحمد الحمادي<br>مدير المبيعات<br>شركة الخليج لزيوت المحركات ذ.م.م، دبي</p>"
            "<div dir=\"ltr\"><hr><b>From:</b> Jonas Berg &lt;jonas.berg@corvane.example&gt;<br><b>Sent:</b> "
            "Tuesday, November 10, 2026 3:05 PM<br><b>To:</b> sales@gulfmotoroils.example<br><b>Subject:</b> "
            + subj(po["po_number"]) + "<br><br>" + request_html(po) + "</div></body></html>")
    body = mime.text(html, "html", charset="utf-8", cte="quoted-printable")
    h = thread_headers(po, mime.addr("أحمد الحمادي", "ahmed.alhammadi@gulfmotoroils.example"),
                       "Jonas Berg <jonas.berg@corvane.example>", "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 11, 10, 40, 12, "+0400"),
                       "<DXBP123MB0456A1B2C3D4E5F6@DXBP123MB0456.MEAP123.PROD.OUTLOOK.example>")
    exp = expected("confirmation", "Arabic HTML-only, right-to-left. Line 1 price per litre unchanged; line 2 priced per "
                   "208 l drum: 603.20/208 = 2.90 (changed). Ship 2026/11/30 from Jebel Ali, expected arrival "
                   "2026/12/28 (delivery wins) for both lines. '30 days' is a payment term.",
                   [conf(po["po_number"], {1: chg(1040, "3.95", "2026-12-28"), 2: chg(1664, "2.90", "2026-12-28")})])
    return case("lubricants-arabic-html-only", "Arabic right-to-left HTML-only reply with year-first slashed dates, "
                "a price per drum, and ship vs arrival dates.", [po], mime.message(h, body), exp)


def c_apple_br():
    s = sup("CHAMZ", "Chocolates Amazônia Ltda.", "exportacao@chocamazonia.example", "pt-BR")
    po = PO("4501100158", s, "Tom Whitfield", "USD", "2026-11-10", [
        L(1, "CH-CAST-90G", "Brazil nut milk chocolate 90 g (case of 24)", 1200, "EA", "1.05", "2026-12-11"),
        L(2, "CH-CUPU-90G", "Cupuacu white chocolate 90 g (case of 24)", 960, "EA", "1.12", "2026-12-11"),
    ])
    wd("2026-12-18", "Fri")
    assert round(25.20 / 24, 4) == 1.05 and round(27.60 / 24, 4) == 1.15
    new = ("Olá Tom,\n\n"
           "Segue a confirmação do pedido 4501100158:\n\n"
           "Castanha-do-pará ao leite 90 g: 50 caixas x 24 = 1.200 unidades, US$ 25,20 por caixa.\n"
           "Cupuaçu branco 90 g: 40 caixas (960 un.), US$ 27,60 por caixa — reajuste do cacau.\n\n"
           "Embarque em Santos dia 13/11, chegada prevista em Rotterdam sexta-feira, 18/12.\n"
           "Validade dos lotes: 12 meses a partir da fabricação (lote 2611).\n\n"
           "Abraço,\nFernanda Costa\nExportação | Chocolates Amazônia\n+55 91 5555-3020\n")
    quoted = "\n".join("> " + l if l else ">" for l in request_text(po, "Fernanda").split("\n"))
    plain = new + "\n> Em 10 de nov. de 2026, à(s) 14:32, Tom Whitfield <tom.whitfield@corvane.example> escreveu:\n>\n" + quoted + "\n"
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body "
            "style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
            + "".join(f"<div>{mime.html_escape(l) if l else '<br>'}</div>" for l in new.rstrip().split("\n")) +
            "<div><br><blockquote type=\"cite\"><div>Em 10 de nov. de 2026, à(s) 14:32, Tom Whitfield "
            "&lt;tom.whitfield@corvane.example&gt; escreveu:</div><br>" + request_html(po, "Fernanda") +
            "</blockquote></div></body></html>")
    body = mime.multipart("alternative", [mime.text(plain), mime.text(html, "html")],
                          "Apple-Mail=_4C2B1A09-8F7E-4D6C-B5A4-3E2D1C0B9A8F")
    h = thread_headers(po, mime.addr("Fernanda Costa", "fernanda.costa@chocamazonia.example"),
                       "Tom Whitfield <tom.whitfield@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 11, 9, 15, 58, "-0300"),
                       "<A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D@chocamazonia.example>",
                       mailer=("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"))
    exp = expected("confirmation", "Prices per case of 24: 25.20/24 = 1.05 (same), 27.60/24 = 1.15 (changed). Ship "
                   "13/11, arrival Friday 18/12 (no year -> 2026-12-18) for both lines. 'lote 2611' and '12 meses' "
                   "are traps.",
                   [conf(po["po_number"], {1: chg(1200, "1.05", "2026-12-18"), 2: chg(960, "1.15", "2026-12-18")})])
    return case("chocolate-apple-mail-per-case", "Brazilian Apple Mail reply with prices per case of 24, dot "
                "thousands, ship vs arrival dates without year and a lot number like a date.", [po],
                mime.message(h, body), exp)


def c_forward_es():
    s = sup("FILMV", "Films Mediterráneo S.A.", "comercial@filmsmediterraneo.example", "es-ES")
    po = PO("4501100159", s, "Lena Hoffmann", "EUR", "2026-11-09", [
        L(1, "PF-BOPP-20-TR", "BOPP film 20 my transparent, 1000 mm", 2000, "KG", "2.65", "2026-12-10"),
        L(2, "PF-BOPP-30-MW", "BOPP film 30 my white matt, 1000 mm", 1500, "KG", "2.95", "2026-12-10"),
        L(3, "PF-CPP-25-MET", "CPP film 25 my metallized, 800 mm", 800, "KG", "3.40", "2026-12-10"),
    ])
    wd("2026-12-10", "Thu"); wd("2026-12-17", "Thu")
    top = ("Hola Lena,\n\n"
           "Te reenvío la respuesta de planificación: confirmamos tu pedido 4501100159 tal como indican abajo. "
           "Precios y cantidades según pedido.\n\n"
           "Saludos,\nJavier Ortega\nDpto. Comercial · Films Mediterráneo S.A. · Valencia\n\n"
           "-----Mensaje original-----\n"
           "De: Planificación Producción <planificacion@filmsmediterraneo.example>\n"
           "Enviado el: martes, 10 de noviembre de 2026 8:47\n"
           "Para: Javier Ortega <j.ortega@filmsmediterraneo.example>\n"
           "Asunto: RE: pedido Corvane 4501100159\n\n"
           "Javier,\n\n"
           "pos. 1 y 2 sin problema para el 10/12.\n"
           "La 3 (CPP metalizado) no la podemos tener hasta el 17/12, la metalizadora está en mantenimiento la "
           "semana 49.\n"
           "Bobinas de aprox. 250 kg, mandril 6\".\n\n"
           "Un saludo,\nMarta\n\n"
           "-----Mensaje original-----\n"
           "De: Javier Ortega\nEnviado el: lunes, 9 de noviembre de 2026 17:30\n"
           "Para: Planificación Producción\nAsunto: pedido Corvane 4501100159\n\n"
           "Marta, ¿podemos servir esto para el 10/12? Gracias.\n")
    body = outlook(top, po, "lunes, 9 de noviembre de 2026 16:55", lang="es", charset="iso-8859-1",
                   boundary="_000_PAXPR06MB7766B3C4D5E6F7A8PAXPR06MB7766eurp_", body_lang="ES")
    h = thread_headers(po, mime.addr("Javier Ortega", "j.ortega@filmsmediterraneo.example", "iso-8859-1"),
                       "Lena Hoffmann <lena.hoffmann@corvane.example>", "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 10, 9, 12, 4, "+0100"),
                       "<PAXPR06MB7766B3C4D5E6F7A8@PAXPR06MB7766.eurprd06.prod.outlook.example>")
    exp = expected("confirmation", "Sales forwards an internal planning mail and confirms 'as indicated below': lines 1-2 "
                   "for 10/12 as ordered, line 3 on 17/12 (no year -> 2026-12-17). Internal mails sit between our "
                   "quoted request and the answer; 'semana 49' is the maintenance week, not a delivery week.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: acc(po["lines"][1]),
                                           3: chg(800, "3.40", "2026-12-17")})])
    return case("film-forwarded-internal-planning", "The commitment is inside a forwarded internal chain (sales <- "
                "planning) that the salesperson endorses on top.", [po], mime.message(h, body), exp)


def c_reject_all_ua():
    s = sup("KARPL", "ТОВ «Карпатський ліс»", "sales@karpatlis.example", "uk-UA")
    po = PO("4501100160", s, "Ines Kovač", "EUR", "2026-11-09", [
        L(1, "TM-OAK-27-AB", "Oak planks 27 mm, AB, KD 8-10%", 14, "M3", "890.00", "2027-01-22"),
        L(2, "TM-BEECH-50", "Beech planks 50 mm, steamed, KD", 20, "M3", "520.00", "2027-01-22"),
    ])
    new = ("Шановна пані Ковач,\n\n"
           "дякуємо за Ваше замовлення № 4501100160 від 09.11.2026.\n\n"
           "На жаль, через зупинку нашої сушильної камери та вже повністю розписаний виробничий план ми змушені "
           "відмовитися від виконання цього замовлення (обидві позиції – дуб 27 мм та бук 50 мм).\n"
           "Ми зможемо повернутися до співпраці у другому кварталі 2027 року і обов'язково повідомимо Вас.\n\n"
           "Просимо вибачення за незручності.\n\n"
           "З повагою,\nОлена Шевчук\nвідділ продажів\nТОВ «Карпатський ліс», м. Івано-Франківськ\n")
    body = outlook(new, po, "понеділок, 9 листопада 2026 р. 17:15", lang="uk", charset="utf-8", cte="base64",
                   boundary="_000_AM0PR08MB4455C5D6E7F8A9B0AM0PR08MB4455eurp_", body_lang="UK",
                   to_line="sales@karpatlis.example")
    h = thread_headers(po, mime.addr("Олена Шевчук", "o.shevchuk@karpatlis.example", "koi8-u"),
                       "Ines Kovač <ines.kovac@corvane.example>", "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 11, 12, 30, 0, "+0200"),
                       "<AM0PR08MB4455C5D6E7F8A9B0@AM0PR08MB4455.eurprd08.prod.outlook.example>")
    exp = expected("confirmation", "Ukrainian outright refusal of the whole order (both lines named): a rejection is an "
                   "answer, so kind confirmation with every line rejected. 'KD 8-10%' and 'Q2 2027' are traps.",
                   [conf(po["po_number"], {1: REJ, 2: REJ})])
    return case("timber-whole-order-declined-ukrainian", "Ukrainian (utf-8 base64, koi8-u sender name) reply that declines the entire "
                "PO; must be a confirmation with all lines rejected, not needs_review.", [po], mime.message(h, body), exp)


def c_ship_vs_delivery_lv():
    s = sup("LVKOK", "SIA Latvijas Koks", "pardosana@latvijaskoks.example", "lv-LV")
    po = PO("4501100161", s, "Mikkel Strand", "EUR", "2026-11-10", [
        L(1, "TM-SPR-45x95-C16", "Spruce C16 KD 45x95 mm, 3.6 m", 20, "M3", "318.00", "2026-12-11"),
        L(2, "TM-PLY-BIR-18", "Birch plywood 18 mm BB/CP 1250x2500", 120, "EA", "41.50", "2026-12-11"),
    ])
    wd("2026-12-07", "Mon"); wd("2026-12-10", "Thu")
    new = ("Labdien, Mikkel!\n\n"
           "Paldies par pasūtījumu Nr. 4501100161. Apstiprinām:\n\n"
           "1. Egle C16 45x95, 3,6 m – pieejami tikai 18 m3 (nevis 20 m3), cena 318,00 EUR/m3.\n"
           "2. Bērza saplāksnis 18 mm BB/CP 1250x2500 – 120 loksnes, 41,50 EUR/gab.\n\n"
           "Nosūtīšana no Jelgavas 07.12.2026., piegāde Jūsu noliktavā 10.12.2026.\n\n"
           "Ar cieņu,\nJānis Bērziņš\nSIA Latvijas Koks\nTel. +371 2955 0142\n")
    body = gmail(new, po, "otrd., 2026. g. 10. nov., plkst. 14:50 — lietotājs Mikkel Strand "
                 "<mikkel.strand@corvane.example> rakstīja:", boundary="000000000000d2e3f40623fb2c3d",
                 charset="UTF-8")
    h = thread_headers(po, mime.addr("Jānis Bērziņš", "janis.berzins@latvijaskoks.example"),
                       "Mikkel Strand <mikkel.strand@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 12, 10, 5, 37, "+0200"),
                       "<CAP7yZ0sB3aD8cE1vY2jW5zN9tU4fI6kLm7@mail.gmail.example>")
    exp = expected("confirmation", "Dispatch 07.12.2026 and delivery 10.12.2026 both given: delivery wins (a day before "
                   "the requested 11.12). Line 1 only 18 of 20 m3. '45x95', '1250x2500', 'BB/CP' are traps.",
                   [conf(po["po_number"], {1: chg(18, "318.00", "2026-12-10"), 2: chg(120, "41.50", "2026-12-10")})])
    return case("timber-ship-and-delivery-latvian", "Latvian reply giving both a dispatch and a delivery date (delivery "
                "wins) and a short quantity.", [po], mime.message(h, body), exp)


def c_three_splits_cn():
    s = sup("JSSOL", "江苏新阳光能源有限公司", "export@xinyangguang-solar.example", "zh-CN")
    po = PO("4501100162", s, "Priya Nair", "USD", "2026-11-10", [
        L(1, "PV-550-N-TOP", "Solar module 550 Wp N-type TOPCon 2278x1134", 620, "EA", "96.00", "2027-01-29"),
        L(2, "PV-MC4-PAIR", "MC4 connector pair, 4-6 mm2", 400, "EA", "0.85", "2027-01-29"),
    ])
    assert 248 + 248 + 124 == 620 and 31 * 20 == 620
    text = ("Priya 您好！\n\n"
            "感谢贵司订单 4501100162，现确认如下：\n\n"
            "1. 550W N型TOPCon组件：按整托发货，每托31片，共620片（20托），单价USD 96.00不变。\n"
            "   因产能安排，分三批到达鹿特丹：\n"
            "   第一批：8托（248片），2026年12月18日到港；\n"
            "   第二批：8托（248片），2027年1月15日到港；\n"
            "   第三批：4托（124片），2027年1月29日到港。\n"
            "2. MC4连接器：400对，单价USD 0.85，随第一批一起到港。\n\n"
            "付款方式：30%预付，70%见提单副本。价格条款：CIF鹿特丹。\n\n"
            "此致\n敬礼！\n\n王丽\n海外销售部\n江苏新阳光能源有限公司\n电话：+86 519 5555 8866\n\n"
            "------------------ 原始邮件 ------------------\n"
            "发件人: \"Priya Nair\" <priya.nair@corvane.example>\n"
            "发送时间: 2026年11月10日(星期二) 下午4:12\n"
            "主题: " + subj(po["po_number"]) + "\n\n" + request_text(po))
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>"
            + "".join(f"<div>{mime.html_escape(l) if l else '<br>'}</div>" for l in text.split("\n")) + "</body></html>")
    body = mime.multipart("alternative", [mime.text(text, charset="gb2312", cte="base64"),
                                          mime.text(html, "html", charset="gb2312", cte="base64")],
                          "----=_NextPart_6552C1A2_0B3E5F80_4D1A7C22")
    h = thread_headers(po, mime.addr("王丽", "wangli@xinyangguang-solar.example", "gb2312"),
                       "\"Priya Nair\" <priya.nair@corvane.example>",
                       mime.hdr("回复：" + subj(po["po_number"]), "gb2312"),
                       mime.date(2026, 11, 11, 15, 48, 20, "+0800"), "<tencent_4F2A9C1E7B3D@qq.xinyangguang-solar.example>",
                       mailer=("X-Mailer", "Foxmail 7.2.25.375[cn]"))
    exp = expected("confirmation", "Chinese (GB2312, base64): modules in three arrivals 248 + 248 + 124 on 2026-12-18, "
                   "2027-01-15, 2027-01-29; connectors with the first batch (2026-12-18, changed date). Payment "
                   "30 %/70 % and CIF are traps.",
                   [conf(po["po_number"], {1: chg(620, "96.00", "2027-01-29", [(248, "2026-12-18"), (248, "2027-01-15"),
                                                                                (124, "2027-01-29")]),
                                           2: chg(400, "0.85", "2026-12-18")})])
    return case("solar-three-arrivals-chinese", "Chinese GB2312 reply with a three-part schedule in pallets of 31 and "
                "a second line tied to 'the first batch'.", [po], mime.message(h, body), exp)


def c_tbc_tw():
    s = sup("TWNET", "台灣鼎峰網通股份有限公司", "sales@dingfeng-net.example", "zh-TW")
    po = PO("4501100163", s, "Jonas Berg", "USD", "2026-11-11", [
        L(1, "NW-AP-AX1800-W", "Wi-Fi 6 wall-plate AP AX1800", 60, "EA", "96.00", "2026-12-16"),
        L(2, "NW-SW-8P-POE-U", "Switch 8-port PoE unmanaged, 120 W", 30, "EA", "74.00", "2026-12-16"),
        L(3, "NW-INJ-POE-BT", "PoE++ injector 90 W, 802.3bt", 20, "EA", "41.00", "2026-12-16"),
    ])
    text = ("Jonas 您好，\n\n"
            "感謝貴公司訂單 4501100163，確認內容如下：\n\n"
            "1. 壁掛式AP AX1800：60台，單價 USD 96.00，預計12月16日送達貴公司倉庫。\n"
            "2. 8埠PoE交換器：30台，因電源供應器漲價，單價調整為 USD 78.00，同樣12月16日送達。\n"
            "3. PoE++注入器 (802.3bt)：原廠交期待確認，下週再回覆您。\n\n"
            "保固：自出貨日起24個月。\n\n"
            "祝 商祺\n\n陳怡君\n業務部\n台灣鼎峰網通股份有限公司\nTel: +886-2-5555-7788\n\n"
            "-----Original Message-----\n" + request_text(po))
    body = mime.text(text, charset="big5", cte="base64")
    h = thread_headers(po, mime.addr("陳怡君", "yijun.chen@dingfeng-net.example", "big5"),
                       "Jonas Berg <jonas.berg@corvane.example>", mime.hdr("回覆: " + subj(po["po_number"]), "big5"),
                       mime.date(2026, 11, 12, 17, 3, 41, "+0800"), "<000b01db5d2e$7a1c3f40$6e54bdc0$@dingfeng-net.example>",
                       mailer=("X-Mailer", "Microsoft Outlook 16.0"))
    exp = expected("confirmation", "Traditional Chinese (Big5): line 1 as ordered (12月16日, no year -> 2026-12-16), line 2 "
                   "new price 78.00, line 3 '待確認, 下週再回覆' -> unconfirmed. '802.3bt', '24個月' are traps.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: chg(30, "78.00", "2026-12-16"), 3: UNC})])
    return case("network-tbc-next-week-big5", "Big5 Traditional Chinese reply with one line 'to be confirmed next "
                "week', a price change and dates without year.", [po], mime.message(h, body), exp)


def c_next_tuesday_us():
    s = sup("SHMED", "ShieldPoint Medical Supply Co.", "orders@shieldpointmed.example", "en-US")
    po = PO("4501100164", s, "Priya Nair", "USD", "2026-11-09", [
        L(1, "MSK-L3-EARLOOP", "Surgical mask ASTM Level 3, earloop, box of 50", 700, "BX", "4.20", "2026-11-24"),
        L(2, "MSK-N95-FOLD", "N95 respirator, flat-fold, box of 20", 300, "BX", "11.60", "2026-11-24"),
    ])
    # Mail is sent Thursday 12 Nov 2026: 'next Tuesday' = 17 Nov, 'the Tuesday after' = 24 Nov.
    wd("2026-11-12", "Thu"); wd("2026-11-17", "Tue"); wd("2026-11-24", "Tue")
    new = ("Hi Priya,\n\n"
           "Good news on 4501100164 - the Level 3 masks are in stock. They're packed 40 boxes to a carton so I "
           "rounded you up to 18 cartons (720 boxes), same $4.20/box, and we can have them at your dock next Tuesday.\n\n"
           "The N95s come in from our Ohio DC, so those will be the Tuesday after that, all 300 boxes at $11.60.\n\n"
           "Lot numbers and expiry (05/2031) will be on the packing list.\n\n"
           "Thanks!\nJake Morrison\nAccount Manager, ShieldPoint Medical Supply\n(614) 555-0177\n")
    body = gmail(new, po, "On Mon, Nov 9, 2026 at 11:47\u202fAM Priya Nair <priya.nair@corvane.example> wrote:",
                 boundary="000000000000e3f4a50623fc3d4e")
    h = thread_headers(po, mime.addr("Jake Morrison", "jake.morrison@shieldpointmed.example"),
                       "Priya Nair <priya.nair@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 12, 14, 26, 9, "-0500"),
                       "<CAQ8zA1tC4bE9dF2wZ3kX6aO0uV5gJ7lMn8@mail.gmail.example>")
    exp = expected("confirmation", "Relative dates from the Date header (Thursday 2026-11-12): 'next Tuesday' = "
                   "2026-11-17, 'the Tuesday after that' = 2026-11-24. Line 1 rounded to 18 cartons x 40 = 720 boxes. "
                   "Expiry 05/2031 is a trap.",
                   [conf(po["po_number"], {1: chg(720, "4.20", "2026-11-17"), 2: acc(po["lines"][1])})])
    return case("masks-next-tuesday-relative", "'Next Tuesday' and 'the Tuesday after that' measured from the Date "
                "header, with carton rounding and an expiry month.", [po], mime.message(h, body), exp)


def c_inline_de():
    s = sup("SCHMZ", "Schmierstoffe Mainz GmbH", "vertrieb@schmierstoffe-mainz.example", "de-DE")
    po = PO("4501100165", s, "Lena Hoffmann", "EUR", "2026-11-10", [
        L(1, "LUB-5W30-C3", "Engine oil 5W-30 ACEA C3, drum 208 l", 832, "L", "4.60", "2026-12-11"),
        L(2, "LUB-GEAR-75W90", "Gear oil 75W-90 GL-5, drum 208 l", 416, "L", "5.40", "2026-12-11"),
        L(3, "LUB-COOL-G12", "Coolant G12++ concentrate, IBC 1000 l", 1000, "L", "2.15", "2026-12-11"),
    ])
    assert pct("5.40", 4, 3) == "5.616"
    req = request_text(po, "Mr Weber").split("\n")
    out = []
    for l in req:
        out.append("> " + l if l else ">")
        if l.startswith("1    LUB-5W30"):
            out.append("\nOK, 4 Fässer, Termin passt.\n")
        elif l.startswith("2    LUB-GEAR"):
            out.append("\nMenge und Termin ok. Preis: ab 01.12. gilt für Getriebeöle +4 % Aufschlag, bitte "
                       "berücksichtigen.\n")
        elif l.startswith("3    LUB-COOL"):
            out.append("\nIBC G12++ erst in KW 2/2027 lieferbar, Preis unverändert.\n")
    plain = ("Hallo Frau Hoffmann,\n\nAntworten direkt unten im Text.\n\nGruß\nKlaus Weber\n\n"
             "Am 10.11.2026 um 13:22 schrieb Lena Hoffmann:\n" + "\n".join(out) +
             "\n\n-- \nSchmierstoffe Mainz GmbH · Rheinallee 88 · 55120 Mainz\nHRB 4471 Amtsgericht Mainz\n")
    body = mime.text(plain, charset="UTF-8", cte="8bit", flowed=False)
    h = thread_headers(po, mime.addr("Klaus Weber", "k.weber@schmierstoffe-mainz.example"),
                       "Lena Hoffmann <lena.hoffmann@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 11, 7, 48, 30, "+0100"), "<b7e2c1d4-3a9f-4e21-8c6d-2f1a0b9e8d7c@schmierstoffe-mainz.example>",
                       mailer=("User-Agent", "Mozilla Thunderbird"))
    exp = expected("confirmation", "Answers typed inline under each quoted PO line. Line 1 ok; line 2 '+4 %' without a "
                   "figure -> 5.40 x 1.04 = 5.616; line 3 KW 2/2027 = Fri 2027-01-15. The quoted requested dates "
                   "(2026-12-11) are ours, not commitments.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: chg(416, "5.616", "2026-12-11"),
                                           3: chg(1000, "2.15", kw(2027, 2))})])
    return case("lubricants-inline-answers", "German answers typed inline between the quoted PO lines, one a bare "
                "'+4 %' surcharge and one calendar week across the year end.", [po], mime.message(h, body), exp)


CASES = [c_shoes_pairs_pt, c_html_only_ar, c_apple_br, c_forward_es, c_reject_all_ua, c_ship_vs_delivery_lv,
         c_three_splits_cn, c_tbc_tw, c_next_tuesday_us, c_inline_de]
