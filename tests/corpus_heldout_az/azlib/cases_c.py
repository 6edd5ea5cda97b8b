"""Cases 037-053."""
import datetime as dt
from decimal import Decimal

from .common import (ACC, REJ, UNC, Chg, P, PO, Q, Raw, Supplier, Tbl, assert_wd, attach, case, conf,
                     confirmation, dec, esc, iso_week_day, make_msgid, other, outlook_hdr, quote_request,
                     reply, request_blocks, request_message, request_table, rfc_date, render_html_blocks, h)
from . import mime
from .pdf import document
from .xlsx import make_xlsx


# ---------------------------------------------------------------------------
@case("ballet-slippers-vietnamese", "confirmation/vi-VN",
      "Vietnamese reply with comma decimals, a '+5%' increase restated as a price, an out-of-stock line and a January date.")
def _c037():
    sup = Supplier("SGDANCE", "Saigon Dancewear Co., Ltd.", "sales@saigondancewear.example", "vi-VN")
    po = PO("4500232766", sup, "sophie", "USD", "2026-11-16", [
        (1, "SGD-CAN34-PK", "Canvas ballet slippers, split sole, size 34, pink", 300, "PAIR", "6.40", "2026-12-18"),
        (2, "SGD-LEA38-FS", "Leather ballet slippers, full sole, size 38", 200, "PAIR", "8.80", "2026-12-18"),
        (3, "SGD-GELPAD", "Gel toe pads, 1 pair per bag", 500, "PAIR", "1.20", "2026-12-18"),
        (4, "SGD-RIB25-2M", "Satin ribbon 25 mm x 2 m, pink", 400, "PCS", "0.75", "2026-12-18"),
    ])
    assert dec("8.80") * dec("1.05") == dec("9.2400")
    body = [
        P("Kính gửi chị Sophie,"),
        P("Cảm ơn chị đã gửi đơn đặt hàng số 4500232766. Chúng tôi xác nhận như sau:"),
        P("1. Giày vải múa ba lê size 34: 300 đôi, 6,40 USD/đôi, giao ngày 18/12/2026 – OK\n"
          "2. Giày da size 38: 200 đôi, giá mới 9,24 USD/đôi (tăng 5% do giá da thuộc tăng), giao ngày 18/12/2026\n"
          "3. Miếng lót gel: hiện đã hết hàng, chúng tôi không thể cung cấp mặt hàng này.\n"
          "4. Ruy băng satin 25 mm: 400 cuộn, 0,75 USD/cuộn, giao ngày 08/01/2027."),
        P("Trân trọng,\nNguyễn Thị Thu Hà\nPhòng Kinh doanh Xuất khẩu\nCông ty TNHH Giày Múa Sài Gòn\n"
          "Lô C5, KCN Tân Bình, P. Tây Thạnh, Q. Tân Phú, TP. Hồ Chí Minh\nĐT: +84 28 3815 2746"),
    ]
    q = quote_request(po, "gt", attribution="Vào Th 2, 16 thg 11, 2026 vào lúc 15:14 Sophie Laurent "
                                            "<sophie.laurent@kestrel-procurement.example> đã viết:")
    assert_wd("2026-11-16", "Mon")
    eml = reply(po, frm=("Nguyễn Thị Thu Hà", "thuha.nguyen@saigondancewear.example"), date="2026-11-21 09:03:48 +0700",
                body=body, quote=q, client="gmail", charset="UTF-8", cte="base64", prefix="Re: ", lang="vi-VN")
    exp = confirmation([conf(po, {1: ACC, 2: Chg(p="9.24"), 3: REJ, 4: Chg(date="2027-01-08")})],
                       "Vietnamese decimal commas (6,40 / 9,24 / 0,75); line 2 new price 9,24 = +5% on 8.80; line 3 out "
                       "of stock = rejected; ribbons counted in 'cuộn' (rolls) = the PO's 400 PCS, delivered 2027-01-08.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("sewing-thread-hindi-lakh", "confirmation/hi-IN",
      "Hindi/English mixed reply with rupee amounts in lakh grouping (₹6,67,500.00), a two-part delivery and a new rate on one line.")
def _c038():
    sup = Supplier("SUTRA", "Sutradhar Threads Pvt. Ltd.", "orders@sutradharthreads.example", "hi-IN")
    po = PO("4500232788", sup, "priya", "INR", "2026-11-17", [
        (1, "STP-CS40-5000", "Core-spun polyester thread Tex 40, 5000 m cone", 2400, "PCS", "118.00", "2026-12-22"),
        (2, "STP-EMB120-24", "Embroidery thread 120D/2, 1000 m, 24 colours", 150, "SET", "1450.00", "2026-12-22"),
        (3, "STP-NYL-T70", "Bonded nylon thread T70, 1/2 lb spool", 600, "PCS", "265.00", "2027-01-08"),
    ])
    total = 2400 * Decimal("118.00") + 150 * Decimal("1450.00") + 600 * Decimal("278.00")
    assert total == Decimal("667500.00")
    body = [
        P("नमस्ते प्रिया जी,"),
        P("आपके PO नं. 4500232788 के लिए धन्यवाद। हम निम्नलिखित पुष्टि करते हैं:"),
        P("1. Core-spun Tex 40 (5000 m cone): 2,400 cones @ ₹118.00 — डिलीवरी 22/12/2026\n"
          "2. Embroidery 120D/2 (24 colours set): 150 sets @ ₹1,450.00 — पहली खेप 100 sets 22/12/2026 को, बाकी 50 sets 05/01/2027 को\n"
          "3. Bonded nylon T70: 600 spools, नया रेट ₹278.00 प्रति spool (nylon yarn महँगा हुआ है) — डिलीवरी 08/01/2027"),
        P("कुल ऑर्डर मूल्य: ₹6,67,500.00 (GST अतिरिक्त)"),
        P("धन्यवाद,\nअमित शर्मा\nSales Co-ordinator\nSutradhar Threads Pvt. Ltd.\n"
          "B-42, Sector 63, Noida 201301, Uttar Pradesh\nPh: +91 120 455 7821 | M: +91 98111 64032"),
    ]
    q = quote_request(po, "gt", attribution="On Tue, 17 Nov 2026 at 13:44, Priya Nair <priya.nair@kestrel-procurement.example> wrote:")
    eml = reply(po, frm=("Amit Sharma", "amit.sharma@sutradharthreads.example"), date="2026-11-23 12:17:05 +0530",
                body=body, quote=q, client="gmail", charset="UTF-8", cte="base64", prefix="Re: ", lang="hi-IN")
    exp = confirmation([conf(po, {1: ACC, 2: Chg(sched=[(100, "2026-12-22"), (50, "2027-01-05")]), 3: Chg(p="278.00")})],
                       "Hindi with English item names; line 2 delivered in two lots (100 on 22/12/2026, 50 on 05/01/2027); "
                       "line 3 new rate ₹278.00; the lakh-grouped total ₹6,67,500.00 is not a line value.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("mooring-rope-malay-coils", "confirmation/ms-MY",
      "Malay reply from Outlook for Android: rope ordered in metres is only sold in 220 m coils, so the confirmed quantity becomes 3 x 220 = 660 m.")
def _c039():
    sup = Supplier("TALIMR", "Tali Marin Sdn. Bhd.", "jualan@talimarin.example", "ms-MY")
    po = PO("4500232811", sup, "lena", "USD", "2026-11-17", [
        (1, "TM-MOOR24-PP", "Mooring rope 24 mm, polypropylene 3-strand", 600, "M", "3.15", "2026-12-18"),
        (2, "TM-ANCH16-NY", "Anchor line 16 mm nylon, 8-plait", 400, "M", "2.40", "2026-12-18"),
        (3, "TM-FEND8-2M", "Fender line 8 mm, 2 m, spliced", 100, "PCS", "2.10", "2026-12-18"),
    ])
    assert 3 * 220 == 660
    body = [
        P("Salam sejahtera Cik Lena,"),
        P("Merujuk kepada PO 4500232811, kami mengesahkan seperti berikut:"),
        P("Item 1: Tali tambat 24 mm PP hanya dibekalkan dalam gegelung 220 m. Kami akan hantar 3 gegelung = 660 m "
          "@ USD 3.15/m. Penghantaran 18/12/2026.\n"
          "Item 2: 400 m @ USD 2.40/m, penghantaran 18/12/2026.\n"
          "Item 3: 100 pcs @ USD 2.10, penghantaran 18/12/2026."),
        P("Terima kasih."),
        P("Nurul Aina binti Hassan\nKhidmat Pelanggan\nTali Marin Sdn. Bhd.\n"
          "Lot 1127, Jalan Perindustrian 4, Kawasan Perindustrian Pasir Gudang, 81700 Johor\nTel: +60 7-251 3380"),
        P("Dapatkan Outlook untuk Android"),
    ]
    q = Q(request_blocks(po), style="outlook", hdr=[
        ("From:", "Lena Hartmann <lena.hartmann@kestrel-procurement.example>"),
        ("Sent:", "Tuesday, November 17, 2026 4:14:07 PM"),
        ("To:", "jualan@talimarin.example <jualan@talimarin.example>"),
        ("Subject:", po.subject)])
    eml = reply(po, frm=("Nurul Aina binti Hassan", "nurul.aina@talimarin.example"), date="2026-11-24 09:12:30 +0800",
                body=body, quote=q, client="outlook365", charset="us-ascii", cte="7bit", html_charset="us-ascii",
                html_cte="quoted-printable", lang="ms-MY", cc=[("Razak Ismail", "razak@talimarin.example")])
    exp = confirmation([conf(po, {1: Chg(q=660), 2: ACC, 3: ACC})],
                       "Line 1 ordered as 600 M but only sold in 220 m coils: 3 coils = 660 m at the same price per metre, "
                       "so the confirmed quantity is 660.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("cheese-wax-minimum-order-condition", "needs_review/es-ES",
      "Spanish reply that would confirm only if we accept a higher minimum quantity on one line, and holds the whole shipment until we answer.")
def _c040():
    sup = Supplier("CERQNO", "Ceras Queseras del Norte S.L.", "pedidos@cerasquesera.example", "es-ES")
    po = PO("4500232833", sup, "marco", "EUR", "2026-11-18", [
        (1, "CQN-AMAR-5", "Cheese wax yellow, 5 kg slabs", 800, "KG", "5.10", "2026-12-11"),
        (2, "CQN-NEGRA-5", "Cheese wax black, 5 kg slabs", 300, "KG", "5.60", "2026-12-11"),
    ])
    body = [
        P("Hola Marco:"),
        P("Gracias por el pedido 4500232833. Antes de confirmarlo tenemos que aclarar un punto: para la cera negra el "
          "pedido mínimo de fabricación es de 500 kg. Si nos aceptáis 500 kg en lugar de 300 kg, os la podemos servir "
          "para el 11/12 al mismo precio."),
        P("La cera amarilla va en el mismo envío, así que en cuanto nos digáis algo os mandamos la confirmación del "
          "pedido completo."),
        P("Un saludo,\nLucía Fernández\nAtención al cliente\nCeras Queseras del Norte S.L.\n"
          "Polígono Industrial de Asipo, parcela 21, 33428 Llanera (Asturias)\nTel. 985 26 71 40"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("De:", "Enviado el:", "Para:", "Asunto:"), sent="miércoles, 18 de noviembre de 2026 9:14"))
    eml = reply(po, frm=("Lucía Fernández", "lucia.fernandez@cerasquesera.example"), date="2026-11-19 12:30:15 +0100",
                body=body, quote=q, client="outlook", charset="iso-8859-1", cte="quoted-printable", prefix="RE: ",
                lang="es-ES")
    exp = other("needs_review",
                "Conditional: the black wax would be 500 kg instead of 300 kg only if we accept, and the yellow wax is "
                "explicitly held until then ('en cuanto nos digáis algo os mandamos la confirmación'). Nothing is "
                "committed yet; we must answer the question.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("fibre-patch-cords-erp-ship-dates", "confirmation/en-SG",
      "ERP 'do not reply' mail whose only content is an uncompressed PDF acknowledgement with ship dates only and a backorder without date.")
def _c041():
    sup = Supplier("FLASIA", "FibreLink Asia Pte. Ltd.", "orders@fibrelink-asia.example", "en-SG")
    po = PO("4500232855", sup, "priya", "SGD", "2026-11-18", [
        (1, "FLA-LCD-OM3-1", "Patch cord LC/UPC duplex OM3, 1 m, aqua", 1200, "PCS", "2.90", "2026-12-14"),
        (2, "FLA-LCD-OM3-3", "Patch cord LC/UPC duplex OM3, 3 m, aqua", 800, "PCS", "3.40", "2026-12-14"),
        (3, "FLA-CASS-24LC", "MTP-LC cassette 24F, OM3", 20, "PCS", "96.00", "2026-12-14"),
    ])
    rows = [["Ln", "Item", "Description", "Ordered", "Confirmed", "B/O", "UOM", "Unit Price", "Ship Date"],
            ["1", "FLA-LCD-OM3-1", "LC/UPC dplx OM3 1M aqua", "1,200", "1,200", "0", "PCS", "2.9000", "14/12/2026"],
            ["2", "FLA-LCD-OM3-3", "LC/UPC dplx OM3 3M aqua", "800", "600", "200", "PCS", "3.4000", "14/12/2026"],
            ["3", "FLA-CASS-24LC", "MTP-LC cassette 24F OM3", "20", "20", "0", "PCS", "96.0000", "18/12/2026"]]
    cols = [(0, "l", 14), (16, "l", 76), (94, "l", 118), (214, "r", 36), (254, "r", 40), (298, "r", 22),
            (324, "l", 24), (352, "r", 48), (408, "l", 56)]
    pdf = document([
        ("h", "FibreLink Asia Pte. Ltd."),
        ("t", "21 Ubi Road 1, #05-14 Ubi Techpark, Singapore 408724   GST Reg No. 201512847K", 8),
        ("skip", 10),
        ("t", "SALES ORDER ACKNOWLEDGEMENT", 13, True),
        ("t", "SO No: SO-SG-26-04471      SO Date: 20/11/2026      Customer PO: 4500232855"),
        ("t", "Bill To / Ship To: Kestrel Procurement GmbH, Kamenzer Strasse 8, 01099 Dresden, Germany"),
        ("t", "Currency: SGD      Incoterms: DAP Dresden      Ship Via: Air freight (DHL)"),
        ("skip", 8),
        ("table", cols, rows, 7.5),
        ("t", "B/O = back order. Back-ordered quantities will be scheduled and acknowledged separately.", 8.5),
        ("t", "Ship Date = date of despatch from our Singapore warehouse.", 8.5),
        ("skip", 16),
        ("t", "This document is computer generated and requires no signature.", 8),
    ], title="SO-SG-26-04471", producer="Microsoft Dynamics 365 Business Central", creator="Report 1305",
        date="D:20261120103312+08'00'", compress=False)
    text = ("Dear Customer,\n\nPlease find attached Sales Order Acknowledgement SO-SG-26-04471 for your Purchase Order "
            "4500232855.\n\nThis is a system generated email. Please do not reply to this email.\n"
            "For enquiries please contact orders@fibrelink-asia.example or +65 6748 2210.\n\n"
            "FibreLink Asia Pte. Ltd.\n")
    hdrs = [
        "Received: from bc-mail.fibrelink-asia.example (bc-mail.fibrelink-asia.example [198.51.100.140])\r\n"
        f"\tby mx1.kestrel-procurement.example (Postfix) with ESMTPS id 4Yd2Mm5Tq8zB1\r\n\tfor <priya.nair@kestrel-procurement.example>; {rfc_date('2026-11-20 10:33:20 +0800')}",
        mime.addr_header("From", [mime.addr("FibreLink Asia ERP", "erp-noreply@fibrelink-asia.example")]),
        mime.addr_header("Reply-To", [mime.addr(None, "orders@fibrelink-asia.example")]),
        mime.addr_header("To", [mime.addr(None, "priya.nair@kestrel-procurement.example")]),
        mime.header("Subject", "Sales Order Acknowledgement SO-SG-26-04471 / Your PO 4500232855"),
        f"Date: {rfc_date('2026-11-20 10:33:14 +0800')}",
        "Message-ID: <BC365.SO-SG-26-04471.20261120103314@fibrelink-asia.example>",
        "X-Mailer: Microsoft Dynamics 365 Business Central",
    ]
    body = mime.Multipart("mixed", [mime.Part("text/plain", text, charset="us-ascii", cte="7bit"),
                                    attach(pdf, "SO-SG-26-04471.pdf", "application/pdf")],
                          "----=_NextPart_" + h("c041", 24, "0123456789ABCDEF"))
    eml = mime.message(hdrs, body)
    exp = confirmation([conf(po, {1: ACC, 2: Chg(q=600), 3: Chg(date="2026-12-18")})],
                       "ERP-generated acknowledgement is a confirmation, not an auto-reply. Only ship dates are given, so "
                       "they count; line 2 confirms 600 with 200 on back order without a date (confirmed quantity 600); "
                       "line 3 ships 18/12/2026.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("brake-discs-ticket-system", "auto_reply/de-DE",
      "German helpdesk auto-acknowledgement with a ticket number that quotes our full request (PO table, dates) below its text.")
def _c042():
    sup = Supplier("BRSNORD", "Bremsen-Service Nord GmbH", "auftrag@bremsenservice-nord.example", "de-DE")
    po = PO("4500232877", sup, "jonas", "EUR", "2026-11-18", [
        (1, "BSN-BS432-45", "Brake disc 432x45 mm, for SAF axle, 22.5 inch", 30, "PCS", "198.00", "2026-12-16"),
        (2, "BSN-KIT430-2", "Brake disc kit 430 mm incl. pads, 2 sets per axle", 12, "SET", "412.00", "2026-12-16"),
    ])
    ticket = "2026111810000317"
    body = [
        P("Sehr geehrte Damen und Herren,"),
        P(f"vielen Dank für Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer "
          f"{ticket} erfasst. Bitte geben Sie diese Nummer bei Rückfragen immer im Betreff an."),
        P("Unser Auftragsinnendienst bearbeitet Ihr Anliegen in der Regel innerhalb von 2 Werktagen. In der Zeit vom "
          "23.12.2026 bis 01.01.2027 ist unser Service nur eingeschränkt erreichbar."),
        P("Dies ist eine automatisch erzeugte Nachricht.\n\nMit freundlichen Grüßen\nIhr Kundenservice\n"
          "Bremsen-Service Nord GmbH · Am Hünenstein 7 · 21337 Lüneburg · Tel. +49 4131 70 98-0"),
        P("--- Ihre ursprüngliche Nachricht ---"),
    ]
    q = Q(request_blocks(po), style="gt", attribution=None)
    eml = reply(po, frm=("Kundenservice Bremsen-Service Nord", "service@bremsenservice-nord.example"),
                date="2026-11-18 09:14:52 +0100", body=body, quote=q, client="other", charset="utf-8",
                cte="quoted-printable", html=False,
                subject=f"[Ticket#{ticket}] Eingangsbestätigung: {po.subject}", lang="de-DE",
                extra_headers=["Auto-Submitted: auto-replied", "X-Loop: service@bremsenservice-nord.example",
                               "Precedence: bulk", "X-OTRS-Loop: yes"],
                msgid=f"<{ticket}.1763453692.0187@ticket.bremsenservice-nord.example>")
    exp = other("auto_reply",
                "Helpdesk receipt ('Ticketnummer', 'automatisch erzeugte Nachricht', Auto-Submitted header); the quoted "
                "PO table and the 23.12.2026-01.01.2027 service hours are not a confirmation.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("stained-glass-forwarded-factory-answer", "confirmation/pt-BR",
      "The sales rep forwards the factory's internal answer ('segue abaixo') in Brazilian Portuguese; the real values are two levels down.")
def _c043():
    sup = Supplier("VITBRA", "Vitrais Brasil Ltda.", "vendas@vitraisbrasil.example", "pt-BR")
    po = PO("4500232899", sup, "sophie", "USD", "2026-11-18", [
        (1, "VB-ANT3-COB", "Antique glass 3 mm, cobalt blue, 50x60 cm", 100, "PCS", "31.50", "2026-12-11"),
        (2, "VB-BEV50-6", "Clear bevel 50x50 mm, 6 mm edge", 400, "PCS", "1.85", "2026-12-11"),
        (3, "VB-FOIL-732", "Copper foil tape 7/32 inch x 33 m", 60, "ROL", "9.40", "2026-12-11"),
    ])
    assert_wd("2026-11-18", "Wed")
    assert_wd("2026-11-19", "Thu")
    inner_req = Q(request_blocks(po), style="outlook", hdr=[
        ("De:", "Sophie Laurent <sophie.laurent@kestrel-procurement.example>"),
        ("Enviada em:", "quarta-feira, 18 de novembro de 2026 05:14"),
        ("Para:", "Vendas Vitrais Brasil <vendas@vitraisbrasil.example>"),
        ("Assunto:", po.subject)])
    juliana = Q([P("Rafael, boa tarde."),
                 P("Referente ao pedido da Kestrel 4500232899:\n"
                   "Item 1: ok, 100 chapas a US$ 31,50, entrega 11/12/2026.\n"
                   "Item 2: só temos 320 peças prontas, entregamos 11/12; as 80 restantes entregamos em 08/01/2027, mesmo preço.\n"
                   "Item 3: ok, 60 rolos a US$ 9,40, entrega 11/12/2026."),
                 P("Abs,\nJuliana Prado\nPCP - Planejamento e Controle da Produção"),
                 inner_req],
                style="outlook", hdr=[
                    ("De:", "Juliana Prado <juliana.prado@vitraisbrasil.example>"),
                    ("Enviada em:", "quinta-feira, 19 de novembro de 2026 16:40"),
                    ("Para:", "Rafael Souza <rafael.souza@vitraisbrasil.example>"),
                    ("Assunto:", "RES: " + po.subject)])
    body = [
        P("Prezada Sophie,"),
        P("segue abaixo a confirmação da nossa fábrica para o seu pedido. Está tudo certo conforme indicado pela Juliana."),
        P("Atenciosamente,\n\nRafael Souza\nExecutivo de Exportação\nVitrais Brasil Ltda.\n"
          "Rua Alfredo Pujol, 1.210 - Santana, São Paulo - SP, 02017-010\nTel.: +55 11 2978-4410 | WhatsApp +55 11 98122-7045"),
    ]
    eml = reply(po, frm=("Rafael Souza", "rafael.souza@vitraisbrasil.example"), date="2026-11-19 17:05:44 -0300",
                body=body, quote=juliana, client="outlook", charset="iso-8859-1", cte="quoted-printable",
                subject="ENC: RES: " + po.subject, in_reply_to=None, references=None, lang="pt-BR")
    exp = confirmation([conf(po, {1: ACC, 2: Chg(sched=[(320, "2026-12-11"), (80, "2027-01-08")]), 3: ACC})],
                       "A forward (ENC:) whose top note endorses the factory's internal answer below it: line 2 = 320 on "
                       "11/12 and the other 80 on 08/01/2027. Not threaded on our request.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("climbing-holds-black-friday-newsletter", "unrelated/en-CA",
      "HTML-only Black Friday newsletter from the supplier that names one of our ordered item codes with a discount and US-style dates.")
def _c044():
    sup = Supplier("SUMGRP", "Summit Grips Inc.", "orders@summitgrips.example", "en-CA")
    po = PO("4500232922", sup, "tom", "CAD", "2026-11-19", [
        (1, "SG-PINCH-8", "Pinch set 8 holds, 2027 texture, M10 bolts", 25, "SET", "142.00", "2026-12-18"),
        (2, "SG-MACRO-3", "Macro set 3 pcs, 1200 mm total", 10, "SET", "389.00", "2026-12-18"),
    ])
    html = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Black Friday at Summit Grips</title></head>
<body style="margin:0;background:#111;font-family:Helvetica,Arial,sans-serif">
<div style="display:none">25% off pinches, macros and volumes until 11/30 - plus the 2027 colourways.</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#e4572e;color:#fff;font-size:34px;font-weight:bold;padding:28px;text-align:center">BLACK FRIDAY WEEK<br>25% OFF</td></tr>
<tr><td style="padding:24px;font-size:16px;color:#222;line-height:24px">
Hey crushers,<br><br>From <b>Friday 11/27 to Monday 11/30</b> every pinch, macro and volume is 25% off for gym accounts.
<table width="100%" cellpadding="6" style="border-collapse:collapse;margin:16px 0">
<tr style="background:#f2f2f2"><th align="left">Item</th><th align="left">What</th><th align="right">Was</th><th align="right">Now</th></tr>
<tr><td>SG-PINCH-8</td><td>Pinch set, 8 holds, 2027 texture</td><td align="right">$158.00</td><td align="right">$118.50</td></tr>
<tr><td>SG-MACRO-5</td><td>Macro set, 5 pcs</td><td align="right">$529.00</td><td align="right">$396.75</td></tr>
<tr><td>SG-VOL-TRI-900</td><td>Triangle volume 900 mm</td><td align="right">$310.00</td><td align="right">$232.50</td></tr>
</table>
Orders placed by 12/4 ship before the holidays. Use code <b>BF2026</b> at checkout.<br><br>
<a href="https://shop.summitgrips.example/bf2026" style="background:#111;color:#fff;padding:12px 22px;text-decoration:none;font-weight:bold">SHOP THE SALE</a>
<br><br>See you on the wall,<br>The Summit Grips crew</td></tr>
<tr><td style="padding:18px;font-size:11px;color:#888;background:#f7f7f7">Summit Grips Inc. &middot; 1875 Boul. Industriel, Laval, QC H7S 1P5, Canada &middot; 1-888-555-0193<br>
You are receiving this email because you have a gym account with us. <a href="https://summitgrips.example/u?id=kp4422">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>
"""
    hdrs = [
        "Received: from o12.email.summitgrips.example (o12.email.summitgrips.example [198.51.100.212])\r\n"
        f"\tby mx1.kestrel-procurement.example (Postfix) with ESMTPS id 4Yf0Pr1Wx3zC7\r\n\tfor <tom.eriksen@kestrel-procurement.example>; {rfc_date('2026-11-25 08:00:09 -0500')}",
        mime.addr_header("From", [mime.addr("Summit Grips", "news@summitgrips.example")]),
        mime.addr_header("To", [mime.addr(None, "tom.eriksen@kestrel-procurement.example")]),
        mime.header("Subject", "\U0001F525 Black Friday: 25% off pinches & macros until 11/30"),
        f"Date: {rfc_date('2026-11-25 08:00:00 -0500')}",
        "Message-ID: <bf2026.kp4422.20261125130000@email.summitgrips.example>",
        "List-Unsubscribe: <https://summitgrips.example/u?id=kp4422>",
        "Precedence: bulk",
        "X-Mailer: Klaviyo",
    ]
    eml = mime.message(hdrs, mime.Part("text/html", html, charset="utf-8", cte="quoted-printable"))
    exp = other("unrelated",
                "Marketing newsletter (Black Friday 11/27-11/30). It even lists SG-PINCH-8 from our PO with a sale "
                "price, but it is not an answer about PO 4500232922.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("cinema-seats-postfix-dsn", "bounce/en-US",
      "Postfix multipart/report bounce (mailbox full, 5.2.2) with the complete original request attached as message/rfc822.")
def _c045():
    sup = Supplier("MARQST", "Marquee Seating Co.", "orders@marqueeseating.example", "en-US")
    po = PO("4500232944", sup, "marco", "USD", "2026-11-19", [
        (1, "MQ-STAD-22", "Stadium-style cinema seat, 22 inch, cup holder", 220, "EA", "268.00", "2027-01-22"),
        (2, "MQ-END-LED", "Aisle end panel with LED step light, 24V", 30, "EA", "145.00", "2027-01-22"),
        (3, "MQ-ANCH-38", "Floor anchor kit 3/8 x 4 inch, per seat", 220, "SET", "6.50", "2027-01-22"),
    ], sent="2026-11-19 15:40:12 +0100")
    orig = request_message(po, to_name="Marquee Seating Orders")
    rcpt = sup.email
    qid = "4Yc1Hk0Q3Vz7R"
    text = f"""This is the mail system at host mx1.kestrel-procurement.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.marqueeseating.example[203.0.113.58] said:
    552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox full (in reply
    to RCPT TO command)
"""
    ds = f"""Reporting-MTA: dns; mx1.kestrel-procurement.example
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; marco.bianchi@kestrel-procurement.example
Arrival-Date: {rfc_date('2026-11-19 15:40:13 +0100')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.marqueeseating.example
Diagnostic-Code: smtp; 552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox
    full
"""
    hdrs = [
        "Return-Path: <>",
        mime.addr_header("From", ["MAILER-DAEMON@mx1.kestrel-procurement.example (Mail Delivery System)"]),
        mime.addr_header("To", ["marco.bianchi@kestrel-procurement.example"]),
        "Subject: Undelivered Mail Returned to Sender",
        f"Date: {rfc_date('2026-11-19 15:40:15 +0100')}",
        f"Message-Id: <20261119144015.{qid[:8]}@mx1.kestrel-procurement.example>",
        "Auto-Submitted: auto-replied",
    ]
    rep = mime.Multipart("report", [
        mime.Part("text/plain", text, charset="us-ascii", cte="7bit", headers=["Content-Description: Notification"]),
        mime.Part("message/delivery-status", ds, cte="7bit", headers=["Content-Description: Delivery report"]),
        mime.Part("message/rfc822", orig, cte="7bit", headers=["Content-Description: Undelivered Message"]),
    ], f"{qid}.1763563215/mx1.kestrel-procurement.example", params="report-type=delivery-status")
    eml = mime.message(hdrs, rep)
    exp = other("bounce",
                "Postfix DSN, 552 5.2.2 mailbox full; the returned message is our own request with the PO table and "
                "requested dates 2027-01-22, which must not be read as a confirmation.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("chocolate-moulds-belgian-html-weeks", "confirmation/fr-BE",
      "HTML-only webmail reply in Belgian French with 'semaine 50', 'le mardi de la semaine 51' and 'vendredi 15 janvier' without year.")
def _c046():
    sup = Supplier("MOUPRA", "Moules & Pralines SRL", "commandes@moulespralines.example", "fr-BE")
    po = PO("4500232966", sup, "marco", "EUR", "2026-11-19", [
        (1, "MP-PRAL24-D30", "Praline mould 24 domes 30 mm, polycarbonate", 150, "PCS", "13.90", "2026-12-11"),
        (2, "MP-BAR5-20120", "Bar mould 5 cavities 20x120 mm", 80, "PCS", "15.40", "2026-12-11"),
        (3, "MP-MAG21-TR", "Magnetic mould for transfer sheets, 21 cavities", 40, "PCS", "24.50", "2026-12-11"),
        (4, "MP-EGG100-27", "3D egg mould 100 mm, 2027 Easter range", 120, "PCS", "17.80", "2027-01-15"),
    ])
    assert iso_week_day(2026, 50) == "2026-12-11" and iso_week_day(2026, 51, 2) == "2026-12-15"
    assert_wd("2027-01-15", "Fri")
    body = [
        P("Bonjour Monsieur Bianchi,"),
        P("Voici notre confirmation pour votre commande 4500232966 :"),
        P("• Position 1 : OK, livraison semaine 50.\n"
          "• Position 2 : OK pour la quantité et le prix, mais livraison le mardi de la semaine 51.\n"
          "• Position 3 : 40 pièces à 25,95 € (nouveau tarif des moules magnétiques), livraison semaine 50.\n"
          "• Position 4 : livraison le vendredi 15 janvier, comme demandé."),
        P("Bien à vous,\n\nSarah Dubois\nService commandes\nMoules & Pralines SRL\n"
          "Rue de la Chocolaterie 12, 1070 Anderlecht\nTél. +32 2 521 44 87 - TVA BE 0456.789.123"),
    ]
    q = quote_request(po, "gt", attribution="Le 19/11/2026 09:14, Marco Bianchi a écrit :")
    eml = reply(po, frm=("Sarah Dubois", "s.dubois@moulespralines.example"), date="2026-11-24 11:07:26 +0100",
                body=body, quote=q, client="webmail", charset="UTF-8", cte="quoted-printable", html="only",
                prefix="Re: ", lang="fr-BE")
    exp = confirmation([conf(po, {1: ACC, 2: Chg(date="2026-12-15"), 3: Chg(p="25.95"), 4: ACC})],
                       "HTML-only. 'semaine 50' = Friday 2026-12-11 (= requested); 'mardi de la semaine 51' names a day "
                       "= 2026-12-15; 'vendredi 15 janvier' without year = 2027-01-15 (= requested).")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("climbing-holds-greek-vague", "needs_review/el-GR",
      "Greek reply accepting quantities and prices but only hoping for 'around mid-December' without committing to a date.")
def _c047():
    sup = Supplier("AEGCLB", "Aegean Climbing Walls IKE", "sales@aegeanclimbing.example", "el-GR")
    po = PO("4500232988", sup, "tom", "EUR", "2026-11-20", [
        (1, "ACW-SLOP-XL", "Sloper XL, 2027 texture, M10x60 bolt", 40, "PCS", "38.00", "2026-12-14"),
        (2, "ACW-EDGE-10", "Edge set 10 holds, 20 mm depth", 25, "SET", "74.00", "2026-12-14"),
    ])
    body = [
        P("Καλησπέρα κ. Eriksen,"),
        P("ευχαριστούμε για την παραγγελία 4500232988. Οι ποσότητες και οι τιμές είναι εντάξει. Για την παράδοση θα "
          "κάνουμε ό,τι μπορούμε να είναι έτοιμα γύρω στα μέσα Δεκεμβρίου, αλλά λόγω του φόρτου στη χύτευση δεν μπορώ "
          "ακόμη να σας δώσω ακριβή ημερομηνία. Θα επανέλθω μόλις έχω νέα από την παραγωγή."),
        P("Με εκτίμηση,\nΓιώργος Παπαδόπουλος\nΤμήμα Πωλήσεων\nAegean Climbing Walls IKE\n"
          "Λεωφ. Κηφισού 112, 12241 Αιγάλεω, Αθήνα\nΤηλ. +30 210 5316 842"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("Από:", "Στάλθηκε:", "Προς:", "Θέμα:"), sent="Παρασκευή, 20 Νοεμβρίου 2026 10:14 πμ"))
    eml = reply(po, frm=("Γιώργος Παπαδόπουλος", "g.papadopoulos@aegeanclimbing.example"), date="2026-11-23 17:26:03 +0200",
                body=body, quote=q, client="outlook", charset="iso-8859-7", cte="quoted-printable", prefix="ΑΠ: ",
                lang="el-GR")
    exp = other("needs_review",
                "Quantities and prices are 'εντάξει', but the delivery is only a hope ('γύρω στα μέσα Δεκεμβρίου', "
                "no exact date yet, will revert): no committed date, so a human must follow up.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("sheep-shears-norwegian-uke", "confirmation/nb-NO",
      "Norwegian Apple Mail reply with 'uke 50', a date without year ('14.12.'), a new price and a discontinued item.")
def _c048():
    sup = Supplier("NSKLIP", "Norsk Saueklipp AS", "ordre@saueklipp.example", "nb-NO")
    po = PO("4500233011", sup, "tom", "NOK", "2026-11-20", [
        (1, "NSK-KLM-350W", "Electric sheep shearing machine 350 W, 2 speeds", 8, "EA", "3890.00", "2026-12-11"),
        (2, "NSK-KAM13-35", "Comb 13 teeth, 3.5 mm, for 350 W machine", 60, "EA", "245.00", "2026-12-11"),
        (3, "NSK-KNIV-4T", "Cutter 4 teeth", 120, "EA", "118.00", "2026-12-11"),
        (4, "NSK-OLJE-1L", "Clipper oil, 1 l bottles", 24, "L", "89.00", "2026-12-11"),
    ])
    assert iso_week_day(2026, 50) == "2026-12-11"
    assert_wd("2026-12-14", "Mon")
    body = [
        P("Hei Tom,"),
        P("takk for bestillingen. Her er bekreftelsen på ordre 4500233011:"),
        P("1. Klippemaskin 350 W: 8 stk à kr 3 890,00 - levering uke 50\n"
          "2. Kammer 13 tenner: 60 stk à kr 245,00 - levering mandag 14.12.\n"
          "3. Kniver 4 tenner: 120 stk, ny pris kr 124,00 pr. stk - levering uke 50\n"
          "4. Klippeolje 1 l: utgått hos leverandøren, kan dessverre ikke leveres."),
        P("Mvh\nIngrid Haugen\nNorsk Saueklipp AS\nIndustrivegen 3, 4365 Nærbø\nTlf. 51 43 27 90"),
    ]
    q = quote_request(po, "gt", attribution="20. nov. 2026 kl. 09:14 skrev Tom Eriksen <tom.eriksen@kestrel-procurement.example>:")
    eml = reply(po, frm=("Ingrid Haugen", "ingrid@saueklipp.example"), date="2026-11-25 08:15:36 +0100",
                body=body, quote=q, client="apple", charset="iso-8859-1", cte="quoted-printable", prefix="Re: ",
                lang="nb-NO")
    exp = confirmation([conf(po, {1: ACC, 2: Chg(date="2026-12-14"), 3: Chg(p="124.00"), 4: REJ})],
                       "'uke 50' = Friday 2026-12-11 (= requested); 'mandag 14.12.' without year = 2026-12-14; line 3 new "
                       "price 124,00; line 4 discontinued = rejected.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("aquarium-pumps-japanese-auto-receipt", "auto_reply/ja-JP",
      "ISO-2022-JP automatic receipt ('自動返信') from the supplier's support desk, with holiday dates that look like delivery dates.")
def _c049():
    sup = Supplier("AQTJP", "Aqua Techno Japan K.K.", "order@aquatechno.example", "ja-JP")
    po = PO("4500233033", sup, "tom", "JPY", "2026-11-20", [
        (1, "ATJ-AP60-100V", "Air pump 60 l/min, 100V 50/60Hz", 30, "PCS", "12800", "2026-12-18"),
        (2, "ATJ-DIFF40", "Ceramic diffuser 40 mm", 200, "PCS", "420", "2026-12-18"),
    ])
    body = [
        P("※本メールはシステムより自動送信されています。このメールへの返信はできません。"),
        P("Kestrel Procurement GmbH\nTom Eriksen 様"),
        P("この度はアクアテクノ株式会社へお問い合わせいただき、誠にありがとうございます。\n"
          "以下の内容でお問い合わせを受け付けいたしました。"),
        P("受付番号：AQ-20261120-0458\n件名：" + po.subject),
        P("内容を確認のうえ、2営業日以内に担当者よりご連絡いたします。\n"
          "なお、年末年始休業期間（2026年12月29日〜2027年1月5日）中のお問い合わせは、1月6日以降の対応となります。"),
        P("────────────────────\nアクアテクノ株式会社　カスタマーサポート\n〒559-0034 大阪市住之江区南港北1-8-24\n"
          "TEL 06-6612-3370（平日 9:00〜17:30）\n────────────────────"),
    ]
    eml = reply(po, frm=("アクアテクノ カスタマーサポート", "support@aquatechno.example"), date="2026-11-20 17:14:33 +0900",
                body=body, client="other", charset="ISO-2022-JP", cte="7bit", html=False,
                subject="【自動返信】お問い合わせありがとうございます", lang="ja-JP",
                extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
                msgid="<20261120081433.AQ-20261120-0458@support.aquatechno.example>")
    exp = other("auto_reply",
                "Automatic receipt from the support desk (受付番号, reply within 2 business days); the year-end holiday "
                "dates 2026-12-29 to 2027-01-05 are not delivery dates.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("brake-discs-slovak-split-and-reject", "confirmation/sk-SK",
      "Slovak reply: one line split with a ship date and a delivery date for the first part, one line no longer produced, one new price.")
def _c050():
    sup = Supplier("BRZTRN", "Brzdy Trnava s.r.o.", "objednavky@brzdytrnava.example", "sk-SK")
    po = PO("4500233055", sup, "jonas", "EUR", "2026-11-20", [
        (1, "BT-DISC430-V", "Brake disc 430x45 mm, ventilated, BPW axle", 60, "PCS", "179.00", "2026-12-15"),
        (2, "BT-DISC377-V", "Brake disc 377x45 mm, ventilated", 20, "PCS", "139.00", "2026-12-15"),
        (3, "BT-ABS-100T", "ABS sensor ring 100 teeth", 40, "PCS", "18.40", "2026-12-15"),
        (4, "BT-BOLT-M22", "Caliper bolt kit M22x1.5", 40, "SET", "12.60", "2026-12-15"),
    ])
    body = [
        P("Dobrý deň pán Weber,"),
        P("ďakujeme za objednávku 4500233055. Potvrdzujeme:"),
        P("Položka 1: 60 ks – 40 ks expedujeme 7. 12. 2026 s dodaním k Vám 9. 12. 2026, zvyšných 20 ks dodáme 15. 12. 2026.\n"
          "Položka 2: 20 ks po 139,00 EUR, dodanie 15. 12. 2026.\n"
          "Položka 3: tento snímací krúžok už nevyrábame – nemôžeme dodať.\n"
          "Položka 4: 40 sád, cena 13,10 EUR/sada, dodanie 15. 12. 2026."),
        P("S pozdravom\n\nMartin Horváth\nodbyt\nBrzdy Trnava s.r.o.\nPriemyselná 14, 917 01 Trnava\n"
          "tel.: +421 33 551 24 60"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("Od:", "Odoslané:", "Komu:", "Predmet:"), sent="piatok 20. novembra 2026 9:14"))
    eml = reply(po, frm=("Martin Horváth", "horvath@brzdytrnava.example"), date="2026-11-26 13:48:20 +0100",
                body=body, quote=q, client="outlook", charset="windows-1250", cte="quoted-printable", prefix="RE: ",
                lang="sk-SK")
    exp = confirmation([conf(po, {1: Chg(sched=[(40, "2026-12-09"), (20, "2026-12-15")]), 2: ACC, 3: REJ,
                                  4: Chg(p="13.10")})],
                       "Line 1: 40 delivered 9. 12. 2026 (delivery wins over the 7. 12. ship date) + 20 on 15. 12. 2026; "
                       "same total and final date but a real split, so changed with a schedule. Line 3 rejected, line 4 "
                       "13,10 EUR.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("brake-discs-price-list-2027", "unrelated/pl-PL",
      "Polish price-list mail with an XLSX listing our ordered item codes at new 2027 prices; it is not an answer to the PO.")
def _c051():
    sup = Supplier("TARHAM", "Tarcze Hamulcowe Poznań Sp. z o.o.", "handel@tarczehamulcowe.example", "pl-PL")
    po = PO("4500233077", sup, "jonas", "EUR", "2026-11-20", [
        (1, "THP-430-45", "Brake disc 430x45 mm, for Schmitz/SAF axles", 50, "PCS", "184.00", "2026-12-18"),
        (2, "THP-410-45", "Brake disc 410x45 mm", 20, "PCS", "171.00", "2026-12-18"),
    ])
    rows = [["Cennik 2027 / Price list 2027 - ważny od 01.01.2027"],
            [],
            ["Indeks", "Opis", "Wymiar", "Cena 2026 EUR", "Cena 2027 EUR", "Zmiana %", "MOQ"],
            ["THP-430-45", "Tarcza hamulcowa wentylowana", "430x45", Decimal("184.00"), Decimal("191.50"), Decimal("4.08"), 10],
            ["THP-410-45", "Tarcza hamulcowa wentylowana", "410x45", Decimal("171.00"), Decimal("177.90"), Decimal("4.04"), 10],
            ["THP-377-45", "Tarcza hamulcowa wentylowana", "377x45", Decimal("139.00"), Decimal("144.60"), Decimal("4.03"), 10],
            ["THP-330-34", "Tarcza hamulcowa pełna", "330x34", Decimal("98.50"), Decimal("102.40"), Decimal("3.96"), 20],
            ["THP-KLOC-29087", "Klocki hamulcowe WVA 29087", "komplet", Decimal("84.00"), Decimal("87.20"), Decimal("3.81"), 20]]
    xlsx = make_xlsx([("Cennik 2027", rows)], created="2026-11-26T07:30:00Z", creator="Dział Handlowy",
                     datefmt="dd.mm.yyyy", bold_rows=(0, 2), widths=[18, 34, 12, 16, 16, 10, 8],
                     when=(2026, 11, 26, 8, 30, 0))
    body = [
        P("Szanowni Państwo,"),
        P("w załączeniu przesyłamy nasz cennik na rok 2027, obowiązujący od 01.01.2027. Zamówienia złożone do "
          "31.12.2026 realizujemy jeszcze według cen 2026."),
        P("Z poważaniem\nDział Handlowy\nTarcze Hamulcowe Poznań Sp. z o.o.\nul. Gdyńska 128, 61-016 Poznań\n"
          "tel. +48 61 870 45 12 | NIP 782-25-61-904"),
    ]
    eml = reply(po, frm=("Tarcze Hamulcowe Poznań - Dział Handlowy", "handel@tarczehamulcowe.example"),
                date="2026-11-26 08:31:05 +0100", body=body, client="outlook", charset="iso-8859-2",
                cte="quoted-printable", subject="Cennik 2027 / Price list 2027", in_reply_to=None, references=None,
                lang="pl-PL", to=[("Jonas Weber", "jonas.weber@kestrel-procurement.example")],
                attachments=[attach(xlsx, "Cennik_2027_THP.xlsx",
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    exp = other("unrelated",
                "General 2027 price list (valid from 01.01.2027) sent to customers; it lists our item codes with new "
                "prices but does not answer PO 4500233077 - and says orders placed in 2026 keep 2026 prices.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("stained-glass-body-vs-pdf-latvian", "needs_review/lv-LV",
      "Latvian body says all lines delivered 18.12.2026 while the attached PDF confirmation says 08.01.2027.")
def _c052():
    sup = Supplier("VITLV", "Vitrāžu Darbnīca SIA", "pasutijumi@vitrazudarbnica.example", "lv-LV")
    po = PO("4500233099", sup, "sophie", "EUR", "2026-11-23", [
        (1, "VD-CAT3-GRN", "Cathedral glass 3 mm, green, sheets 50x50 cm", 30, "M2", "67.20", "2026-12-18"),
        (2, "VD-LEAD-H5", "Lead came H 5 mm, 1.5 m bar", 200, "PCS", "4.90", "2026-12-18"),
    ])
    rows = [["Pos.", "Item", "Description", "Qty", "Unit", "Price EUR", "Delivery date"],
            ["1", "VD-CAT3-GRN", "Cathedral glass 3 mm green 50x50", "30", "m2", "67,20", "08.01.2027"],
            ["2", "VD-LEAD-H5", "Lead came H 5 mm, 1.5 m", "200", "pcs", "4,90", "08.01.2027"]]
    cols = [(0, "l", 24), (28, "l", 72), (104, "l", 150), (258, "r", 30), (294, "l", 28), (326, "r", 50), (386, "l", 70)]
    pdf = document([
        ("h", "SIA Vitrazu Darbnica"),
        ("t", "Maskavas iela 240, Riga, LV-1063, Latvia   Reg. No. 40103562214   Tel. +371 67 814 520", 8),
        ("skip", 10),
        ("t", "ORDER CONFIRMATION No. VD-2026-0412", 13, True),
        ("t", "Date: 25.11.2026      Your order: 4500233099 of 23.11.2026"),
        ("t", "Customer: Kestrel Procurement GmbH, Dresden"),
        ("skip", 8),
        ("table", cols, rows, 8),
        ("t", "Delivery DAP Dresden. Payment 30 days."),
    ], title="Order confirmation VD-2026-0412", producer="Horizon ERP", creator="Horizon",
        date="D:20261125094000+02'00'", compress=True)
    body = [
        P("Labdien, Sophie!"),
        P("Apstiprinām pasūtījumu Nr. 4500233099 – visas pozīcijas tiks piegādātas 18.12.2026. "
          "Pasūtījuma apstiprinājums pielikumā."),
        P("Ar cieņu\nLīga Ozoliņa\nPārdošanas vadītāja\nVitrāžu Darbnīca SIA\nMaskavas iela 240, Rīga, LV-1063\n"
          "Tālr. +371 67 814 520"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("No:", "Nosūtīts:", "Kam:", "Tēma:"), sent="pirmdiena, 2026. gada 23. novembris 10:14"))
    eml = reply(po, frm=("Līga Ozoliņa", "liga.ozolina@vitrazudarbnica.example"), date="2026-11-25 09:52:11 +0200",
                body=body, quote=q, client="outlook", charset="windows-1257", cte="quoted-printable", prefix="RE: ",
                lang="lv-LV", attachments=[attach(pdf, "Apstiprinajums_VD-2026-0412.pdf", "application/pdf")])
    exp = other("needs_review",
                "The body promises 18.12.2026 for all positions, the attached PDF confirmation says 08.01.2027 for both: "
                "contradictory dates, a human must ask which one holds.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("cheese-wax-bulgarian-per-kg", "confirmation/bg-BG",
      "Bulgarian reply with 'г.' after dates, quantities in kg and prices per kg against a PO counted in 25 kg and 10 kg cartons.")
def _c053():
    sup = Supplier("VOSBG", "Vosachni Produkti EOOD", "sales@vosachni.example", "bg-BG")
    po = PO("4500233121", sup, "marco", "EUR", "2026-11-23", [
        (1, "VP-WAX-YEL-25", "Cheese wax yellow, 25 kg carton", 40, "PCS", "118.00", "2026-12-15"),
        (2, "VP-WAX-RED-25", "Cheese wax red, 25 kg carton", 40, "PCS", "121.00", "2026-12-15"),
        (3, "VP-WAX-CLR-10", "Cheese wax transparent, 10 kg carton", 30, "PCS", "52.00", "2026-12-15"),
    ])
    assert 1000 / 25 == 40 and 300 / 10 == 30
    assert dec("4.96") * 25 == dec("124.00") and dec("4.84") * 25 == dec("121.00") and dec("5.20") * 10 == dec("52.00")
    body = [
        P("Здравейте, г-н Бианки,"),
        P("Благодарим за поръчка № 4500233121. Потвърждаваме следното:"),
        P("1. Восък за сирене, жълт: 1 000 кг (40 кашона по 25 кг), 4,96 EUR/кг, доставка 18.12.2026 г.\n"
          "2. Восък за сирене, червен: 1 000 кг (40 кашона), 4,84 EUR/кг, доставка 15.12.2026 г.\n"
          "3. Восък за сирене, прозрачен: 300 кг (30 кашона по 10 кг), 5,20 EUR/кг, доставка 15.12.2026 г."),
        P("Поздрави,\nДесислава Иванова\nОтдел „Продажби“\nВосъчни Продукти ЕООД\n"
          "ул. „Индустриална“ 14, 4003 Пловдив\nтел. +359 32 643 118"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("От:", "Изпратено:", "До:", "Относно:"), sent="понеделник, 23 ноември 2026 г. 10:14"))
    eml = reply(po, frm=("Десислава Иванова", "d.ivanova@vosachni.example"), date="2026-11-26 15:09:42 +0200",
                body=body, quote=q, client="outlook", charset="windows-1251", cte="quoted-printable", prefix="RE: ",
                lang="bg-BG")
    exp = confirmation([conf(po, {1: Chg(p="124.00", date="2026-12-18"), 2: ACC, 3: ACC})],
                       "Prices per kg converted to the PO's cartons: 4,96 x 25 = 124.00 (PO 118.00) for line 1, "
                       "4,84 x 25 = 121.00 and 5,20 x 10 = 52.00 as ordered; 1 000 kg = 40 cartons, 300 kg = 30. "
                       "Line 1 also later (18.12.2026 г.).")
    return [po], eml, exp
