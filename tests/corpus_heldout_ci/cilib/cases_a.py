"""Cases 001-018."""
from .common import (A, C, CSV, EC, EK, PDF, R, U, XLSX, att, case, conf, mail, po, reply, sup,
                     quote_block, request_text, req_subject, original_request_msg, BDOM)
from .mime import Part, multipart, text_part, rfc822_part, message, rfc_date, addr, enc_header
from .pdf import text_pdf
from .xlsx import make_xlsx
import datetime as dt


@case("velodrome-boards-despatch-with-you", "confirmation/en-GB",
      "'despatch 11/12, with you 14/12' is day-first and gives both ship and delivery date; the delivery date wins")
def c_velodrome_gb(ctx):
    s = sup("BRIGHTWELL", "Brightwell Timber Engineering Ltd", "orders@brightwell-timber.example", "en-GB")
    p = po("4500031870", s, "GBP", "2026-11-04", [
        ("VTB-4012-SP", "Siberian pine track board 40x120x4000 mm, 2027 spec", 240, "EA", "38.60", "2026-12-11"),
        ("VTB-SCR-5x70", "Stainless deck screws 5x70, box of 200", 12, "BOX", "24.90", "2026-12-11"),
    ])
    top = """Hi Ingrid,

Thanks for the order - both lines are fine at your prices (240 boards at GBP 38.60, 12 boxes of the 5x70 screws at GBP 24.90).

Timing: we'll despatch 11/12, with you 14/12. Our haulier doesn't run the Oslo groupage over the weekend, so Monday is the earliest it can land.

Cheers,
Gareth Pryce
Sales Office | Brightwell Timber Engineering Ltd
Unit 7, Severn Road Trading Estate, Gloucester GL2 5HS
T: +44 (0)1452 308 771 | M: +44 (0)7700 900 482

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Brightwell Timber Engineering Ltd, registered in England & Wales no. 04418213."""
    eml = reply(ctx, p, top=top, date=(2026, 11, 17, 14, 22, 5), tz="+0000", frm=("Gareth Pryce", "gareth.pryce@brightwell-timber.example"),
                lang="en-GB", cte="quoted-printable")
    e = EC("Day-first British short dates: 11/12 is the despatch date, 14/12 the arrival; delivery date 2026-12-14 wins over despatch.",
           conf(p, {1: C(p, 1, d="2026-12-14"), 2: C(p, 2, d="2026-12-14")}))
    return [p], eml, e


@case("falafel-formers-ex-stock-calloff", "needs_review/ru-RU",
      "quantities and prices are confirmed but delivery is only 'ex stock, within 48 hours of your call-off' - no date")
def c_falafel_ru(ctx):
    s = sup("VOSTOKTPM", "OOO Vostok-TekhnoPishchMash", "sales@vostok-tpm.example", "ru-RU")
    p = po("4500031902", s, "EUR", "2026-11-03", [
        ("FF-38-SS", "Falafel former 38 mm, stainless AISI 304", 60, "EA", "17.40", "2026-12-04"),
        ("FF-AUTO-24V", "Semi-automatic falafel machine 24V, 1.5 kW", 2, "EA", "1480.00", "2026-12-11"),
    ])
    top = """Добрый день, Ингрид!

Заказ 4500031902 принят, цены и количества подтверждаем:
- формовка для фалафеля 38 мм - 60 шт. по 17,40 EUR;
- полуавтомат 24V - 2 шт. по 1 480,00 EUR.

Обе позиции есть на складе. Поставка - со склада, в течение 48 часов после вашего запроса на отгрузку (ex stock, within 48 hours of your call-off).
Пожалуйста, сообщите, когда вам удобно забрать/получить товар.

С уважением,
Дмитрий Соколов
менеджер по экспорту
ООО "Восток-ТехноПищМаш"
г. Екатеринбург, ул. Фронтовых Бригад, 18
тел. +7 343 310-44-27"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 12, 11, 3, 40), tz="+0500", client="tb", quote="tb",
                charset="koi8-r", cte="8bit", html=False, prefix="Re:", lang="ru-RU",
                frm=("Дмитрий Соколов", "sales@vostok-tpm.example"))
    e = EK("needs_review", "Confirms quantities and prices, but delivery is only 'within 48 hours of your call-off' with no date; a buyer cannot record a committed date, so a human has to arrange the call-off.")
    return [p], eml, e


@case("tattoo-cartridges-inline-arrows", "confirmation/sk-SK",
      "answers are appended to our quoted table rows as '<- OK', '<- 18.12.' and a Slovak refusal, with only a one-line pointer above the quote")
def c_tattoo_sk(ctx):
    s = sup("INKPOINT", "InkPoint s.r.o.", "objednavky@inkpoint.example", "sk-SK")
    p = po("4500031925", s, "EUR", "2026-11-05", [
        ("TNC-1203RL", "Needle cartridge 12/03 RL, 0.35 mm, box of 20", 50, "BOX", "11.20", "2026-12-11"),
        ("TNC-1209RM", "Needle cartridge 12/09 RM magnum, 0.30 mm, box of 20", 40, "BOX", "12.60", "2026-12-11"),
        ("TNC-1007RS", "Needle cartridge 10/07 RS, 0.30 mm, box of 20", 30, "BOX", "11.80", "2026-12-11"),
        ("TNG-GRIP-25", "Disposable grip 25 mm for cartridges, box of 15", 20, "BOX", "9.40", "2026-12-11"),
    ], buyer="pn")
    rq = request_text(p).split("\n")
    notes = {"1 ": "  <- OK", "2 ": "  <- 18.12.", "3 ": "  <- OK", "4 ": "  <- nemáme skladom, nedodáme"}
    out = []
    for x in rq:
        tag = ""
        for k, v in notes.items():
            if x.startswith(k + "  | ") or x.startswith(k + "| "):
                tag = v
        out.append(("> " + x + tag) if x else ">")
    body = ("Dobrý deň pani Nair,\n\nodpovede máte nižšie pri každej položke.\n\n"
            "Dňa 05.11.2026 o 10:14 Priya Nair napísal(a):\n" + "\n".join(out) +
            "\n\nS pozdravom\nMartina Hrušková\nInkPoint s.r.o., Mlynské nivy 48, 821 09 Bratislava\n+421 2 5020 3318")
    eml = reply(ctx, p, top=body, quote="none", date=(2026, 11, 13, 8, 47, 12), client="tb", charset="iso-8859-2",
                cte="8bit", html=False, prefix="Re:", lang="sk-SK", frm=("Martina Hrušková", "objednavky@inkpoint.example"))
    e = EC("Answers sit at the end of our own quoted table rows: line 2 '<- 18.12.' (no year, next 18 Dec = 2026-12-18), lines 1 and 3 OK, line 4 'not in stock, will not deliver' = rejected.",
           conf(p, {1: A(p, 1), 2: C(p, 2, d="2026-12-18"), 3: A(p, 3), 4: R}))
    return [p], eml, e


@case("curling-handles-three-pos-one-answered", "confirmation/fr-FR",
      "three open POs from the same supplier; the reply answers only the middle one, in French with HT prices")
def c_curling_fr(ctx):
    s = sup("GRANITSGL", "Granits & Glisse SARL", "commandes@granits-glisse.example", "fr-FR")
    pa = po("4500031788", s, "EUR", "2026-10-28", [
        ("CSH-RED-STD", "Curling stone handle, red, standard 3/4 bolt", 16, "EA", "64.00", "2026-12-04"),
        ("CSH-BOLT-M12", "Handle bolt M12x90, zinc plated", 32, "EA", "3.80", "2026-12-04"),
    ], buyer="lw")
    pb = po("4500031811", s, "EUR", "2026-10-30", [
        ("CSH-YEL-STD", "Curling stone handle, yellow, standard 3/4 bolt", 16, "EA", "64.00", "2026-12-11"),
    ], buyer="lw")
    pc = po("4500031840", s, "EUR", "2026-11-03", [
        ("CSS-STRIKE-2027", "Striking band insert 2027 model, 4/3 profile", 8, "EA", "129.00", "2026-12-18"),
        ("CSH-GASK-30", "Handle gasket 30x2 mm", 40, "EA", "1.95", "2026-12-18"),
    ], buyer="lw")
    top = """Bonjour Monsieur Weber,

Nous vous remercions pour votre commande n° 4500031811 que nous confirmons :

16 poignées jaunes standard à 64,00 € HT l'unité, soit 1 024,00 € HT.
Livraison le 11/12/2026 par messagerie.

Bien cordialement,

Sophie Marchand
Service commercial
Granits & Glisse SARL
14 rue des Carriers, 38100 Grenoble
Tél. : +33 4 76 21 58 90"""
    eml = reply(ctx, pb, top=top, date=(2026, 11, 10, 16, 5, 51), client="gmail", quote="gmail", charset="utf-8",
                cte="quoted-printable", prefix="Re:", lang="fr-FR",
                attrib="Le ven. 30 oct. 2026 à 10:14, Lukas Weber <lukas.weber@halvorsen-trading.example> a écrit :",
                frm=("Sophie Marchand", "commandes@granits-glisse.example"))
    e = EC("Three POs of the same supplier are open; only 4500031811 is answered (accepted as ordered, 1 024,00 € HT total). The other two are not mentioned and are left out.",
           conf(pb, {1: A(pb, 1)}))
    return [pa, pb, pc], eml, e


@case("snowmaking-nozzles-ticket-system", "auto_reply/nl-NL",
      "helpdesk ticket acknowledgement in Dutch, threaded on our request and mentioning '2 werkdagen', but nobody has read the order")
def c_snow_ticket(ctx):
    s = sup("SNEEUWTECH", "SneeuwTech Benelux B.V.", "verkoop@sneeuwtech.example", "nl-NL")
    p = po("4500031950", s, "EUR", "2026-11-09", [
        ("SMN-4H-1/2", "Snowmaking nozzle 4-hole, 1/2\" BSP, 1.2 mm orifice", 80, "EA", "14.75", "2026-12-11"),
        ("SMN-NUC-3/8", "Nucleator nozzle 3/8\", brass", 40, "EA", "9.90", "2026-12-11"),
    ])
    body = """Geachte heer/mevrouw,

Hartelijk dank voor uw bericht. Uw verzoek is bij ons geregistreerd onder ticketnummer 2026110910000417.

Een van onze medewerkers neemt binnen 2 werkdagen contact met u op. Vermeld bij verdere correspondentie altijd het ticketnummer in de onderwerpregel.

Onze openingstijden: maandag t/m vrijdag van 08:00 tot 17:00 uur.

Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.

Met vriendelijke groet,
Klantenservice SneeuwTech Benelux B.V.
Industrieweg 22, 6045 JG Roermond
T +31 475 320 100"""
    html = ("<html><body style=\"font-family:Arial\">" + "".join(
        f"<p>{x.replace(chr(10), '<br>')}</p>" for x in body.split("\n\n")) + "</body></html>")
    eml = mail(ctx, frm=("SneeuwTech Klantenservice", "support@sneeuwtech.example"),
               to=("Ingrid Moe", f"ingrid.moe@{BDOM}"),
               subject=f"[Ticket#2026110910000417] Uw bericht is ontvangen: {req_subject(p)}",
               date=(2026, 11, 9, 10, 14, 40), tz="+0100", client="otrs", body=body, html=html,
               charset="utf-8", cte="quoted-printable", irt=p["request_message_id"], refs=[p["request_message_id"]],
               extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: bulk",
                      "X-Mailer: OTRS Mail Service (6.0.34)"])
    e = EK("auto_reply", "Ticket-system receipt: registers the mail under a ticket number and promises contact within 2 working days; no statement about the order.")
    return [p], eml, e


@case("tortilla-presses-fecha-compromiso", "confirmation/es-MX",
      "Mexican per-line 'fecha compromiso 18/12/2026' with line 1 split into two commitment dates")
def c_tortilla_mx(ctx):
    s = sup("PRENSASBAJIO", "Prensas y Comales del Bajío S.A. de C.V.", "ventas@prensasbajio.example", "es-MX")
    p = po("4500031960", s, "USD", "2026-11-05", [
        ("TP-CI-8", "Tortilla press cast iron 8\" (20 cm)", 150, "EA", "18.90", "2026-12-11"),
        ("TP-AL-10", "Tortilla press aluminium 10\" (25 cm), 2027 model", 80, "EA", "24.50", "2026-12-11"),
        ("TP-PAD-20", "Replacement press pads 20x20 cm, pack of 50", 30, "BOX", "6.20", "2026-12-11"),
    ], buyer="cs")
    top = """Estimada Clara, buen día:

Le confirmamos su orden de compra 4500031960 de la siguiente manera:

Partida 1 - Prensa hierro fundido 8": 150 pzas a USD 18.90
   100 pzas con fecha compromiso 11/12/2026
    50 pzas con fecha compromiso 18/12/2026
Partida 2 - Prensa aluminio 10": 80 pzas a USD 24.50, fecha compromiso 18/12/2026
Partida 3 - Pads de repuesto 20x20: 30 cajas a USD 6.20, fecha compromiso 11/12/2026

Las fechas son de entrega en su almacén (DAP Oslo).

Saludos cordiales,

Lic. Rodrigo Álvarez Huerta
Ejecutivo de Ventas Internacionales
Prensas y Comales del Bajío S.A. de C.V.
Blvd. Adolfo López Mateos 2315, León, Gto., C.P. 37270, México
Tel. +52 477 712 0450 ext. 118"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 16, 9, 31, 2), tz="-0600", quote="outlook", qlang="es",
                charset="windows-1252", cte="quoted-printable", lang="es-MX", frm=("Rodrigo Álvarez Huerta", "ventas@prensasbajio.example"))
    e = EC("Line 1 is split: 100 on 11/12/2026 and 50 on 18/12/2026 (schedule, last date 2026-12-18); line 2 moves to 18/12/2026; line 3 as ordered. Day-first dates.",
           conf(p, {1: C(p, 1, sched=[(100, "2026-12-11"), (50, "2026-12-18")]), 2: C(p, 2, d="2026-12-18"), 3: A(p, 3)}))
    return [p], eml, e


@case("pizza-tiles-price-from-january", "confirmation/hr-HR",
      "new price list 'valid for deliveries from 1 January' - applies to the January line, not to the December one")
def c_pizza_hr(ctx):
    s = sup("VATROKER", "Vatrostalna Keramika d.o.o.", "prodaja@vatrostalna-keramika.example", "hr-HR")
    p = po("4500031975", s, "EUR", "2026-11-06", [
        ("POT-3030-30", "Pizza oven floor tile 30x30x3 cm, biscotto", 120, "EA", "7.85", "2026-12-15"),
        ("POT-6030-4", "Pizza oven floor tile 60x30x4 cm", 40, "EA", "16.20", "2027-01-12"),
    ])
    top = """Poštovana gospođo Moe,

zahvaljujemo na narudžbi 4500031975 koju potvrđujemo:

Stavka 1 - ploče 30x30x3 cm: 120 kom, isporuka 15.12.2026.
Stavka 2 - ploče 60x30x4 cm: 40 kom, isporuka 12.01.2027.

Napominjemo da za isporuke od 1. siječnja 2027. vrijedi naš novi cjenik:
  30x30x3 cm ... 8,25 EUR/kom
  60x30x4 cm ... 17,10 EUR/kom
Isporuke u prosincu obračunavamo po dosadašnjim cijenama.

Srdačan pozdrav,
Ivana Perić
Vatrostalna Keramika d.o.o.
Zagrebačka 112, 10410 Velika Gorica
tel. +385 1 6221 340"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 11, 13, 40, 9), quote="outlook", qlang="hr", charset="windows-1250",
                cte="quoted-printable", prefix="ODG:", lang="hr-HR", frm=("Ivana Perić", "prodaja@vatrostalna-keramika.example"))
    e = EC("New prices are valid for deliveries from 1 January 2027: line 1 is delivered 15.12.2026 at the old price (accepted, 7.85); line 2 is delivered 12.01.2027, so the new 17,10 EUR applies (changed).",
           conf(p, {1: A(p, 1), 2: C(p, 2, pr="17.10")}))
    return [p], eml, e


@case("prosthetic-liners-dispatch-lots", "confirmation/en-IN",
      "Indian English with dispatch-only dates, one line split into two lots and a price revision on another")
def c_liner_in(ctx):
    s = sup("KAVERIPRO", "Kaveri Prosthetic Components Pvt. Ltd.", "exports@kaveriprosthetic.example", "en-IN")
    p = po("4500031988", s, "USD", "2026-11-06", [
        ("PL-SIL-TT-25", "Silicone transtibial liner size 25, 3 mm, locking pin", 60, "EA", "92.00", "2026-12-11"),
        ("PL-SIL-TT-28", "Silicone transtibial liner size 28, 6 mm, cushion", 40, "EA", "98.50", "2026-12-11"),
        ("PL-SOCK-3P", "Prosthetic sock 3-ply, 12x20 in", 200, "PAIR", "3.40", "2026-12-11"),
    ], buyer="pn")
    top = """Dear Madam,

Greetings from Chennai!

We thank you for your esteemed PO no. 4500031988 and are pleased to confirm as under:

Line 1 (size 25 liners): 60 nos @ USD 92.00 - dispatch in two lots: 36 nos on 04/12/2026 and balance 24 nos on 18/12/2026.
Line 2 (size 28 liners): 40 nos @ USD 98.50 - dispatch on 11/12/2026.
Line 3 (3-ply socks): 200 pairs - price revised to USD 3.55 per pair due to increase in cotton yarn cost; dispatch on 11/12/2026.

Kindly acknowledge the revised price for line 3.

Thanks & Regards,
R. Venkatesh
Manager - Exports
Kaveri Prosthetic Components Pvt. Ltd.
Plot 42, SIDCO Industrial Estate, Ambattur, Chennai - 600 098
Mob: +91 98410 55327 | Ph: +91 44 2625 1180"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 18, 12, 48, 33), tz="+0530", client="gmail", quote="gmail",
                prefix="Re:", lang="en-IN", frm=("R. Venkatesh", "exports@kaveriprosthetic.example"))
    e = EC("Only dispatch dates are given, so they are the dates. Line 1: 36 on 04/12/2026 + 24 on 18/12/2026 (schedule); line 2 dispatch 11/12/2026 = as ordered; line 3 price 3.40 -> 3.55.",
           conf(p, {1: C(p, 1, sched=[(36, "2026-12-04"), (24, "2026-12-18")]), 2: A(p, 2), 3: C(p, 3, pr="3.55")}))
    return [p], eml, e


@case("dry-stone-tools-vietnam-ooo", "auto_reply/vi-VN",
      "Vietnamese out-of-office with day-first dates and a colleague's contact; no word on the order")
def c_dry_vn(ctx):
    s = sup("DCDSG", "Công ty TNHH Dụng cụ Đá Sài Gòn", "sales@dungcuda-sg.example", "vi-VN")
    p = po("4500032001", s, "USD", "2026-11-16", [
        ("DSW-HAM-2.5", "Walling hammer 2.5 lb, hickory handle 14\"", 24, "EA", "21.80", "2026-12-18"),
        ("DSW-PIN-12", "Batter frame pin 12 mm x 600 mm", 48, "EA", "3.25", "2026-12-18"),
    ])
    body = """Kính gửi Quý khách,

Tôi đang nghỉ phép từ ngày 16/11 đến hết ngày 27/11/2026 và sẽ không kiểm tra email thường xuyên.
Các vấn đề gấp về đơn hàng xin vui lòng liên hệ chị Trần Thị Mai, email: mai.tran@dungcuda-sg.example, ĐT: +84 28 3822 4567.

I am on annual leave from 16/11 until 27/11/2026. For urgent order matters please contact Ms Tran Thi Mai (mai.tran@dungcuda-sg.example, +84 28 3822 4567).

Trân trọng,
Nguyễn Văn Hùng
Công ty TNHH Dụng cụ Đá Sài Gòn"""
    eml = mail(ctx, frm=("Nguyễn Văn Hùng", "sales@dungcuda-sg.example"), to=("Ingrid Moe", f"ingrid.moe@{BDOM}"),
               subject="Trả lời tự động: " + req_subject(p), date=(2026, 11, 16, 16, 15, 44), tz="+0700",
               client="outlook", body=body, html=None, charset="utf-8", cte="base64",
               irt=p["request_message_id"], refs=[p["request_message_id"]], lang="vi-VN",
               extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                      "X-MS-Exchange-Inbox-Rules-Loop: sales@dungcuda-sg.example"])
    e = EK("auto_reply", "Out-of-office in Vietnamese and English (leave 16/11-27/11/2026); the dates are absence dates, not delivery dates.")
    return [p], eml, e


@case("climbing-holds-xlsx-only", "confirmation/pt-BR",
      "one-line Brazilian body; everything is in an XLSX with real date serials, one later date and one price increase")
def c_climb_br(ctx):
    s = sup("AGARRABR", "Agarra Brasil Indústria de Agarras Ltda.", "pedidos@agarrabrasil.example", "pt-BR")
    p = po("4500032014", s, "BRL", "2026-11-09", [
        ("CH-JUG-XL-12", "Jug hold XL set of 12, PU, M10x40 bolts", 10, "SET", "486.00", "2026-12-18"),
        ("CH-CRIMP-S-30", "Crimp hold small, set of 30", 15, "SET", "312.00", "2026-12-18"),
        ("CH-VOL-120", "Volume 120x60x40 cm, plywood 18 mm", 6, "EA", "890.00", "2027-01-15"),
        ("CH-BOLT-M10-40", "Allen bolt M10x40, box of 100", 8, "BOX", "74.50", "2026-12-18"),
    ], buyer="cs")
    D = dt.date
    rows = [["Confirmação de pedido", "", "", "", "", "", "", "", ""],
            ["Cliente:", "Halvorsen Trading Group", "", "", "", "", "", "", ""],
            ["Pedido cliente:", "4500032014", "", "", "", "", "", "", ""],
            ["", "", "", "", "", "", "", "", ""],
            ["Item", "Código", "Descrição", "Qtd", "Un", "Preço unit. (R$)", "Total (R$)", "Data entrega", "Obs."],
            [1, "CH-JUG-XL-12", "Agarras jug XL jogo c/ 12", 10, "JG", ("n", "486"), ("n", "4860"), D(2026, 12, 18), "OK"],
            [2, "CH-CRIMP-S-30", "Agarras crimp P jogo c/ 30", 15, "JG", ("n", "312"), ("n", "4680"), D(2026, 12, 18), "OK"],
            [3, "CH-VOL-120", "Volume 120x60x40", 6, "PC", ("n", "890"), ("n", "5340"), D(2027, 1, 22), "produção em janeiro"],
            [4, "CH-BOLT-M10-40", "Parafuso Allen M10x40 cx c/ 100", 8, "CX", ("n", "78.2"), ("n", "625.6"), D(2026, 12, 18), "reajuste tabela 11/2026"],
            ["", "", "", "", "", "Total", ("n", "15505.6"), "", ""]]
    x = make_xlsx(rows, sheet="Confirmação", stamp=(2026, 11, 19, 14, 20, 0))
    top = """Olá Clara, segue em anexo a confirmação do pedido.

Att.
Juliana Ferreira
Agarra Brasil - Comercial
+55 11 4332-8710"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 19, 14, 26, 50), tz="-0300", client="gmail", quote="gmail",
                prefix="Re:", lang="pt-BR",
                attrib="Em seg., 9 de nov. de 2026 às 10:14, Clara Santos <clara.santos@halvorsen-trading.example> escreveu:",
                attachments=[att(XLSX, "Confirmacao_PC_4500032014.xlsx", x)],
                frm=("Juliana Ferreira", "pedidos@agarrabrasil.example"))
    e = EC("All data is in the XLSX (dates as Excel serials): lines 1-2 as ordered; line 3 delivery 2027-01-22 instead of 2027-01-15; line 4 price 74.50 -> 78.20.",
           conf(p, {1: A(p, 1), 2: A(p, 2), 3: C(p, 3, d="2027-01-22"), 4: C(p, 4, pr="78.20")}))
    return [p], eml, e


@case("chess-clocks-bulgarian-unaddressed", "confirmation/bg-BG",
      "Bulgarian reply confirms lines 1-2 and says the rest will follow separately - lines 3-4 unconfirmed")
def c_chess_bg(ctx):
    s = sup("SHAHMEH", "Shahmatni Mehanizmi EOOD", "poruchki@shahmat-meh.example", "bg-BG")
    p = po("4500032030", s, "EUR", "2026-11-05", [
        ("CCM-MECH-A", "Analogue chess clock movement, 2-dial, 1.5 V", 50, "EA", "23.40", "2026-12-11"),
        ("CCM-FLAG-R", "Red flag assembly for 60 min dial", 100, "EA", "0.95", "2026-12-11"),
        ("CCM-BTN-PAIR", "Rocker button pair 12x20 mm", 50, "PAIR", "2.10", "2026-12-11"),
        ("CCM-DIG-2027", "Digital module 2027, FIDE mode, 3 V", 20, "EA", "31.00", "2026-12-18"),
    ])
    top = """Здравейте, г-жо Мое,

Благодарим за поръчка 4500032030.

Потвърждаваме позиции 1 и 2:
- механизми за шахматен часовник - 50 бр. по 23,40 EUR;
- флагчета за циферблат 60 мин - 100 бр. по 0,95 EUR;
доставка до 11.12.2026 г.

За бутоните и дигиталните модули (поз. 3 и 4) ще Ви пишем отделно, след като получим потвърждение от нашия доставчик.

Поздрави,
Петя Димитрова
Шахматни Механизми ЕООД
гр. Пловдив, бул. "Марица" 154
тел.: +359 32 960 415"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 11, 10, 17, 26), tz="+0200", charset="windows-1251",
                cte="quoted-printable", lang="bg-BG", frm=("Петя Димитрова", "poruchki@shahmat-meh.example"))
    e = EC("Lines 1-2 accepted (11.12.2026 г. = requested); lines 3-4 are mentioned only as 'we will write separately' - addressed without commitment, so unconfirmed.",
           conf(p, {1: A(p, 1), 2: A(p, 2), 3: U, 4: U}))
    return [p], eml, e


def dsn_report(ctx, p, *, reporting_mta, frm, date, tz, human, status, diag, action="failed", remote_mta=None,
               boundary, subject=None, extra=(), alt_html=None, arrival=None):
    """multipart/report DSN carrying the original request as message/rfc822."""
    rcpt = p["supplier"]["email"]
    ds = rfc_date(*date, tz=tz)
    parts = []
    if alt_html:
        parts.append(multipart("alternative", boundary + "_alt", [text_part(human, "plain", "utf-8", "quoted-printable"),
                                                                   text_part(alt_html, "html", "utf-8", "quoted-printable")]))
    else:
        parts.append(text_part(human, "plain", "us-ascii", "7bit", extra=["Content-Description: Notification"]))
    fields = f"Reporting-MTA: dns; {reporting_mta}\r\n"
    fields += f"X-Postfix-Queue-ID: 4Q{ctx.upper()[:8].replace('-', 'X')}\r\n" if "postfix" in human.lower() else ""
    fields += f"Arrival-Date: {arrival or ds}\r\n\r\n"
    fields += f"Final-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\nAction: {action}\r\nStatus: {status}\r\n"
    if remote_mta:
        fields += f"Remote-MTA: dns; {remote_mta}\r\n"
    fields += f"Diagnostic-Code: smtp; {diag}\r\n"
    parts.append(Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                      fields.encode("ascii")))
    orig = original_request_msg(p)
    parts.append(Part(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], orig))
    rep = multipart("report", boundary, parts, params="; report-type=delivery-status")
    hs = [f"From: {frm}", f"To: {p['buyer']['name']} <{p['buyer']['email']}>",
          f"Subject: {subject or 'Undelivered Mail Returned to Sender'}", f"Date: {ds}",
          f"Message-ID: <{ctx.replace('-', '')[:20]}.{date[2]}{date[3]}{date[4]}@{reporting_mta}>",
          "Auto-Submitted: auto-replied"] + list(extra) + ["MIME-Version: 1.0"]
    return message(hs, rep)


@case("lifeboat-davit-bounce-dsn", "bounce/sl-SI",
      "Postfix DSN (multipart/report) carrying our full request with PO table, dates and prices")
def c_davit_dsn(ctx):
    s = sup("LADJOPR", "Ladjska Oprema Koper d.o.o.", "narocila@ladjska-oprema.example", "sl-SI")
    p = po("4500032044", s, "EUR", "2026-11-20", [
        ("LBD-WIRE-12", "Davit fall wire 12 mm, 6x36 IWRC, 2x45 m", 2, "SET", "640.00", "2027-01-15"),
        ("LBD-SHV-200", "Sheave 200 mm for 12 mm wire, bronze bush", 4, "EA", "118.00", "2027-01-15"),
        ("LBD-HOOK-2T", "Release hook 2 t SWL, 2027 class approval", 1, "EA", "2350.00", "2027-01-29"),
    ], buyer="tb")
    human = f"""This is the mail system at host mx1.{BDOM}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<narocila@ladjska-oprema.example>: host mx.ladjska-oprema.example[192.0.2.61]
    said: 550 5.1.1 <narocila@ladjska-oprema.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    eml = dsn_report(ctx, p, reporting_mta=f"mx1.{BDOM}", frm=f"MAILER-DAEMON@mx1.{BDOM} (Mail Delivery System)",
                     date=(2026, 11, 20, 10, 14, 31), tz="+0100", human=human, status="5.1.1",
                     diag="550 5.1.1 <narocila@ladjska-oprema.example>: Recipient address rejected: User unknown in virtual mailbox table",
                     remote_mta="mx.ladjska-oprema.example", boundary="6F2C31C0A1.1763630071/mx1.halvorsen-trading.example")
    e = EK("bounce", "Postfix DSN: user unknown. The attached original contains our whole PO table with quantities, prices and need-by dates, which must not be read as a confirmation.")
    return [p], eml, e


@case("salt-spinners-percent-surcharge", "confirmation/nl-NL",
      "a 4% stainless surcharge on one line must be applied to the PO price; delivery given as 'week 51 op vrijdag'")
def c_salt_nl(ctx):
    s = sup("STROOIBRAB", "Strooitechniek Brabant B.V.", "verkoop@strooitechniek-brabant.example", "nl-NL")
    p = po("4500032058", s, "EUR", "2026-11-06", [
        ("SSS-DISC-600", "Spreader spinner disc 600 mm, stainless 3 mm, 6 vanes", 12, "EA", "212.00", "2026-12-18"),
        ("SSS-VANE-6", "Replacement vane set (6 pcs), 4/3 curve", 30, "SET", "46.50", "2026-12-18"),
        ("SSS-HUB-25", "Spinner hub 25 mm keyed shaft", 12, "EA", "38.00", "2026-12-18"),
    ], buyer="tb")
    top = """Goedemiddag Tomas,

Dank voor uw order 4500032058, die wij hierbij bevestigen.

Door de gestegen RVS-prijzen moeten wij helaas een toeslag van 4% rekenen op de strooischijven (pos. 1). Pos. 2 en 3 leveren wij tegen de orderprijs.

Levering van alle posities in week 51, op vrijdag 18 december.

Met vriendelijke groet,

Bram van den Heuvel
Binnendienst
Strooitechniek Brabant B.V. | Ekkersrijt 4110 | 5692 DA Son
T +31 499 47 12 30"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 12, 15, 2, 44), quote="outlook", qlang="nl", charset="iso-8859-15",
                cte="quoted-printable", lang="nl-NL", frm=("Bram van den Heuvel", "verkoop@strooitechniek-brabant.example"))
    e = EC("4% surcharge on line 1: 212.00 x 1.04 = 220.48; delivery Friday 18 December (week 51) equals the requested date for all lines.",
           conf(p, {1: C(p, 1, pr="220.48"), 2: A(p, 2), 3: A(p, 3)}))
    return [p], eml, e


@case("radio-guy-wire-per-tonne", "confirmation/en-NZ",
      "strand priced per tonne against a per-kg PO line; only a dispatch date ('Friday 4/12') is given")
def c_guy_nz(ctx):
    s = sup("SXWIRE", "Southern Cross Wire & Rigging Ltd", "orders@southerncrosswire.example", "en-NZ")
    p = po("4500032071", s, "NZD", "2026-11-10", [
        ("RMG-7-3.15-GAL", "Galvanised guy strand 7/3.15 mm, Grade 1300", 2400, "KG", "2.35", "2026-12-11"),
        ("RMG-PREF-7", "Preformed dead-end grip for 7/3.15 strand", 36, "EA", "17.80", "2026-12-11"),
        ("RMG-TURN-M20", "Turnbuckle M20x300, hot-dip galvanised", 18, "EA", "42.00", "2026-12-11"),
    ], buyer="pn")
    top = """Kia ora Priya,

Thanks for PO 4500032071, all good to go:

- Strand 7/3.15: the full 2.4 t at NZD 2,280.00 per tonne (mill price came down this month, so you get the benefit)
- Dead-end grips: 36 @ $17.80
- Turnbuckles M20: 18 @ $42.00

Everything will be dispatched Friday 4/12 ex our Hamilton yard.

Ngā mihi,
Aroha Tane
Southern Cross Wire & Rigging Ltd
14 Kahikatea Drive, Frankton, Hamilton 3204
P: +64 7 847 2290"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 17, 16, 40, 3), tz="+1300", client="apple", quote="apple",
                html=True, prefix="Re:", lang="en-NZ", frm=("Aroha Tane", "orders@southerncrosswire.example"))
    e = EC("NZD 2,280.00 per tonne = 2.28 per KG (PO unit); 2.4 t = 2400 kg unchanged. Only a dispatch date is given (Friday 4/12 = 2026-12-04), which becomes the date for all lines.",
           conf(p, {1: C(p, 1, pr="2.28", d="2026-12-04"), 2: C(p, 2, d="2026-12-04"), 3: C(p, 3, d="2026-12-04")}))
    return [p], eml, e


@case("tea-cups-per-carton", "confirmation/zh-CN",
      "GB2312 reply rounds the quantity up to full cartons of 24 and quotes the price per carton")
def c_tea_cn(ctx):
    s = sup("PINMING", "Jingdezhen Pinming Ceramics Co., Ltd.", "sales@pinming-ceramics.example", "zh-CN")
    p = po("4500032085", s, "CNY", "2026-11-09", [
        ("TTC-ISO-150", "Professional tea tasting set ISO 3103, 150 ml, white porcelain", 500, "SET", "8.50", "2026-12-18"),
        ("TTC-SPIT-1L", "Spittoon 1 L, stainless 1.5 mm", 40, "EA", "36.00", "2026-12-18"),
    ])
    top = """Ingrid 您好！

感谢您的订单（订单号 4500032085），现确认如下：

1. 审评杯套装 150ml（TTC-ISO-150）：按整箱发货，每箱24套，共21箱=504套；单价198元/箱（不含税），交货期2026年12月11日。
2. 不锈钢吐茶桶 1L（TTC-SPIT-1L）：40只，单价36元/只，交货期2026年12月18日。

如有问题请随时联系。

祝好！
王丽
景德镇品茗陶瓷有限公司 销售部
电话：+86 798 822 3561"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 13, 17, 2, 11), tz="+0800", client="other", quote="gmail",
                charset="gb2312", cte="base64", prefix="回复:", lang="zh-CN", html=True,
                attrib="在 2026年11月9日 17:14，Ingrid Moe <ingrid.moe@halvorsen-trading.example> 写道：",
                frm=("王丽", "sales@pinming-ceramics.example"),
                extra=["X-Mailer: Foxmail 7.2.25.375[cn]"])
    e = EC("Line 1 rounded up to 21 cartons x 24 = 504 sets at 198 CNY/carton = 8.25 per set, delivered 2026-12-11 (earlier than requested); line 2 as ordered.",
           conf(p, {1: C(p, 1, q=504, pr="8.25", d="2026-12-11"), 2: A(p, 2)}))
    return [p], eml, e


@case("oarlocks-partial-and-discontinued", "confirmation/es-ES",
      "Spanish per-position caveats: a short delivery with the rest cancelled, one discontinued line, two as ordered")
def c_oar_es(ctx):
    s = sup("REMOSCANT", "Remos y Herrajes del Cantábrico S.L.", "pedidos@remoscantabrico.example", "es-ES")
    p = po("4500032099", s, "EUR", "2026-11-04", [
        ("ROL-SW-13", "Swivel oarlock 13 mm pin, bronze, 4/3 gate", 40, "EA", "27.60", "2026-12-11"),
        ("ROL-PIN-13x90", "Oarlock pin 13x90 mm stainless", 40, "EA", "6.40", "2026-12-11"),
        ("ROL-SLV-HD", "Oar sleeve heavy duty 2027, 1.5 mm", 24, "EA", "11.90", "2026-12-11"),
        ("ROL-CLIP-SET", "Gate clip set (10 pcs)", 10, "SET", "8.20", "2026-12-11"),
    ])
    top = """Buenos días, Ingrid:

Le confirmamos el pedido 4500032099 con las siguientes salvedades:

- Pos. 1: sólo podemos servir 30 uds. el 11/12; las 10 restantes quedan anuladas (fin de serie del modelo de bronce).
- Pos. 2: conforme.
- Pos. 3: este artículo está descatalogado, no lo podemos suministrar.
- Pos. 4: conforme, 10 juegos a 8,20 €.

Un saludo,

Iñaki Etxeberria
Dpto. Comercial
Remos y Herrajes del Cantábrico S.L.
Muelle de Churruca 6, 48950 Erandio (Bizkaia)
Tel. 944 53 17 20

AVISO LEGAL: Este mensaje y sus archivos adjuntos son confidenciales y se dirigen exclusivamente a su destinatario. Si ha recibido este mensaje por error, le rogamos que lo comunique al remitente y lo elimine."""
    eml = reply(ctx, p, top=top, date=(2026, 11, 10, 9, 12, 40), quote="outlook", qlang="es", charset="iso-8859-15",
                cte="quoted-printable", lang="es-ES", frm=("Iñaki Etxeberria", "pedidos@remoscantabrico.example"))
    e = EC("Line 1 reduced to 30 (rest cancelled), same price and date; lines 2 and 4 'conforme' = accepted; line 3 discontinued = rejected.",
           conf(p, {1: C(p, 1, q=30), 2: A(p, 2), 3: R, 4: A(p, 4)}))
    return [p], eml, e


@case("planetarium-bulbs-erp-pdf-flate", "confirmation/de-DE",
      "automatic SAP mail, data only in a Flate-compressed German PDF with positions 10/20/30, a German date and a 'KW 02/2027'")
def c_planet_de(ctx):
    s = sup("LTSTERN", "Lichttechnik Sternwarte GmbH", "auftrag@lichttechnik-sternwarte.example", "de-DE")
    p = po("4500032110", s, "EUR", "2026-11-05", [
        ("PPB-XE-2000", "Xenon short-arc lamp 2000 W, 24V ignition", 4, "EA", "1185.00", "2026-12-11"),
        ("PPB-HAL-24V-250", "Halogen lamp 24V 250 W, G6.35", 40, "EA", "18.40", "2026-12-11"),
        ("PPB-LED-MOD-3/8", "LED star module 3/8\" mount, 4000 K", 120, "EA", "6.75", "2026-12-11"),
    ], step=10, buyer="lw")
    lines = [
        "**Lichttechnik Sternwarte GmbH",
        "Am Sternberg 7 - 07743 Jena - Tel. +49 3641 58 220 - USt-IdNr. DE287114502",
        "",
        "Halvorsen Trading Group, Industriveien 14, 0668 Oslo, Norwegen",
        "",
        "**Auftragsbestätigung 2026-AB-118204",
        "Datum: 11.11.2026          Kunden-Nr.: 40817          Ihr Zeichen: Herr Weber",
        "Ihre Bestellung 4500032110 vom 05.11.2026",
        "",
        "Pos.  Material            Bezeichnung                              Menge   ME   Preis/ME EUR   Liefertermin",
        "10    PPB-XE-2000         Xenon-Kurzbogenlampe 2000 W, Zündung 24V     4   ST       1.185,00   18.12.2026",
        "20    PPB-HAL-24V-250     Halogenlampe 24V 250 W, G6.35               40   ST          18,40   11.12.2026",
        "30    PPB-LED-MOD-3/8     LED-Sternmodul 3/8\", 4000 K                120   ST           6,75   KW 02/2027",
        "",
        "Nettowert                                                                           6.286,00 EUR",
        "",
        "Lieferbedingung: DAP Oslo (Incoterms 2020). Zahlungsbedingung: 30 Tage netto.",
        "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.",
        "Dieses Dokument wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    ]
    pdf = text_pdf(lines, size=8, leading=13, title="Auftragsbestätigung 2026-AB-118204", producer="SAP NetWeaver 7.50",
                   creator="SAP Smart Forms", date="D:20261111063012+01'00'", compress=True)
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 2026-AB-118204 zu Ihrer Bestellung 4500032110.

Bitte prüfen Sie die Auftragsbestätigung und teilen Sie uns Abweichungen innerhalb von 3 Werktagen mit.

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.

Mit freundlichen Grüßen
Lichttechnik Sternwarte GmbH

Geschäftsführer: Dr. Anselm Körner | Amtsgericht Jena HRB 512774"""
    eml = mail(ctx, frm=("Lichttechnik Sternwarte GmbH", "auftrag@lichttechnik-sternwarte.example"),
               to=("Lukas Weber", f"lukas.weber@{BDOM}"),
               subject="Auftragsbestätigung 2026-AB-118204 zu Ihrer Bestellung 4500032110",
               date=(2026, 11, 11, 6, 30, 15), tz="+0100", client="sap", body=body, html=None,
               charset="iso-8859-1", cte="quoted-printable",
               attachments=[att(PDF, "AB_2026-AB-118204.pdf", pdf)], lang="de-DE",
               extra=["X-Mailer: SAP NetWeaver 7.50", "Auto-Submitted: auto-generated"])
    e = EC("ERP-generated confirmation (not an auto_reply). PDF positions 10/20/30: pos 10 Liefertermin 18.12.2026 (changed), pos 20 as ordered, pos 30 'KW 02/2027' = Friday 2027-01-15.",
           conf(p, {10: C(p, 10, d="2026-12-18"), 20: A(p, 20), 30: C(p, 30, d="2027-01-15")}))
    return [p], eml, e


@case("ferris-seals-values-only-in-quote", "needs_review/it-IT",
      "Italian 'order received, checking the profile, will let you know price and date'; all numbers are in our quoted request")
def c_ferris_it(ctx):
    s = sup("TECNOGUARN", "Tecnoguarnizioni Emiliane S.r.l.", "ordini@tecnoguarnizioni.example", "it-IT")
    p = po("4500032125", s, "EUR", "2026-11-10", [
        ("FWS-DOOR-EPDM", "Gondola door seal EPDM 12x20 mm profile", 300, "M", "4.10", "2026-12-18"),
        ("FWS-WIN-8", "Window gasket 8 mm, black, 2027 gondola", 48, "EA", "12.30", "2026-12-18"),
    ])
    top = """Buongiorno Ingrid,

grazie per l'ordine 4500032125, ricevuto.
Lo abbiamo passato all'ufficio tecnico per verificare il profilo della guarnizione porta rispetto al disegno che ci avete mandato a settembre: appena abbiamo l'esito le faremo sapere prezzo e data di consegna per entrambe le righe.

Cordiali saluti

Federica Galli
Ufficio Commerciale
Tecnoguarnizioni Emiliane S.r.l.
Via dell'Industria 31, 42124 Reggio Emilia
Tel. +39 0522 390 714"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 13, 11, 55, 2), quote="outlook", qlang="it", charset="iso-8859-1",
                cte="quoted-printable", prefix="R:", lang="it-IT", frm=("Federica Galli", "ordini@tecnoguarnizioni.example"))
    e = EK("needs_review", "Acknowledges receipt only and promises price and date later; every quantity, price and date in the mail belongs to our quoted request.")
    return [p], eml, e
