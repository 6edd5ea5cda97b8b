"""Cases 019-036."""
import html as _h

from .common import *  # noqa: F401,F403
from .common import request_message
from .pdf import make_pdf
from .xlsx import make_xlsx
from .mime import Leaf, Multi, Raw

BUY = ("Dana Ruiz", "dana.ruiz@buyer.example")


@case("blankets-same-as-line1", "confirmation/en-AU",
      "HTML table reply where line 2 says 'same delivery as line 1' and line 1 moves to Wed 16/12/2026.")
def c019():
    s = sup("SCFIRE", "Southern Cross Fire Safety Pty Ltd", "orders@scfiresafety.example", "en-AU")
    po = PO("4500031119", s, "AUD", [
        ("FB-1.2x1.8-AS", "Fire blanket 1.2 x 1.8 m, AS/NZS 3504, soft case", 150, "EA", "24.90", "2026-12-11"),
        ("FB-1.0x1.0-AS", "Fire blanket 1.0 x 1.0 m, AS/NZS 3504", 200, "EA", "17.40", "2026-12-11"),
        ("FB-BRKT-WALL", "Wall bracket for fire blanket, 2 screws", 350, "EA", "2.10", "2026-12-11")])
    rows = [("Line", "Qty", "Price AUD", "Delivery"), ("1", "150 ea", "$24.90", "Wed 16/12/2026"),
            ("2", "200 ea", "$17.40", "same delivery as line 1"), ("3", "350 ea", "$2.10", "OK as ordered")]
    text = ("G'day Dana,\n\nPO 4500031119 confirmed as below:\n\n" +
            "\n".join("%-5s %-8s %-10s %s" % r for r in rows) +
            "\n\nCheers,\nMatt Kowalski\nCustomer Service | Southern Cross Fire Safety Pty Ltd\n"
            "14 Foundry Rd, Seven Hills NSW 2147 | 02 9555 0142\n")
    trs = "".join("<tr>%s</tr>" % "".join('<td style="border:1px solid #999;padding:2px 6px">%s</td>' % _h.escape(c) for c in r) for r in rows)
    quote = _h.escape(quote_block(po, "outlook")).replace("\n", "<br>\n")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<p>G\'day Dana,</p><p>PO 4500031119 confirmed as below:</p><table style="border-collapse:collapse">%s</table>'
           '<p>Cheers,<br>Matt Kowalski<br>Customer Service | Southern Cross Fire Safety Pty Ltd<br>'
           '14 Foundry Rd, Seven Hills NSW 2147 | 02 9555 0142</p><hr>%s</body></html>\n' % (trs, quote))
    msg = reply("019", po, "2026-11-12 11:35 +1100", text, frm=("Matt Kowalski", "matt.k@scfiresafety.example"), html=htm)
    d = D(2026, 12, 16)
    return [po], msg, exp("confirmation", "Line 1 moves to Wed 16/12/2026 (day-first); line 2 'same delivery as line 1' inherits that date; line 3 as ordered.",
                          conf(po, {1: C(d=d), 2: C(d=d), 3: A}))


@case("filters-ticket-receipt", "auto_reply/en-SG",
      "Helpdesk ticket receipt that says 'your message has been received; confirmation will follow'.")
def c020():
    s = sup("PUREFLOW", "PureFlow Water Technologies Pte Ltd", "sales@pureflow-sg.example", "en-SG")
    po = PO("4500031120", s, "USD", [
        ("WF-RO-75GPD-1812", "RO membrane 75 GPD, 1812 size", 300, "PCS", "13.80", "2026-12-11"),
        ("WF-CTO-10-5UM", "Carbon block cartridge CTO 10 in, 5 micron", 600, "PCS", "3.25", "2026-12-11")])
    text = ("Dear Customer,\n\nThank you for contacting PureFlow Water Technologies.\n\n"
            "Your message has been received; confirmation will follow within 2 working days.\n"
            "Ticket number: SG-2026-118734\nPriority: Normal\n\n"
            "Please keep the ticket number in the subject line of any further correspondence.\n\n"
            "This is an automatically generated message. Please do not reply to this e-mail.\n\n"
            "PureFlow Water Technologies Pte Ltd | 21 Tuas South Ave 6, Singapore 637033 | +65 6555 0190\n")
    msg = reply("020", po, "2026-11-10 17:06 +0800", text, frm=("PureFlow Customer Service", "support@pureflow-sg.example"),
                subject="[Ticket #SG-2026-118734] RE: " + req_subject(po), quote=None, client="erp",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], html=True)
    return [po], msg, exp("auto_reply", "Ticket-system receipt; contains the word 'confirmation' ('confirmation will follow') but commits to nothing.")


@case("jars-minimum-order-condition", "needs_review/es-ES",
      "Confirmation offered only on condition of a higher minimum quantity, with a conditional price and date.")
def c021():
    s = sup("VLEVANTE", "Vidrios Levante S.L.", "pedidos@vidrioslevante.example", "es-ES")
    po = PO("4500031121", s, "EUR", [
        ("GJ-212-TO63", "Glass jar 212 ml, twist-off 63 mm", 3000, "PCS", "0.29", "2026-12-11"),
        ("LID-TO63-WHT", "Twist-off lid 63 mm, white, pasteurisable", 3000, "PCS", "0.07", "2026-12-11")])
    text = ("Hola Dana:\n\nPodemos confirmar el pedido 4500031121 siempre que aceptéis un mínimo de 5.040 unidades por "
            "referencia (palé completo). En ese caso el precio del tarro sería 0,27 € y la entrega el 15/12/2026.\n\n"
            "¿Nos decís algo y lo cerramos?\n\nUn saludo,\nMarta Sanchis\nDpto. Comercial - Vidrios Levante S.L.\n"
            "Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 44, 46988 Paterna (Valencia)\nTel. 961 555 327\n")
    msg = reply("021", po, "2026-11-11 12:30 +0100", text, frm=("Marta Sanchis", "marta.sanchis@vidrioslevante.example"),
                lang="es", charset="windows-1252", html=True)
    return [po], msg, exp("needs_review", "Conditional: the order is confirmed only if we raise the quantity to 5,040 per item; the price 0.27 and date 15/12 depend on that. Nothing is committed yet.")


@case("fence-greek-euro-after", "confirmation/el-GR",
      "Greek reply, windows-1253, prices with decimal comma and the euro sign after ('98,50 €').")
def c022():
    s = sup("ILEKTRO", "Ilektrofrachtis S.A.", "sales@ilektrofrachtis.example", "el-GR")
    po = PO("4500031122", s, "EUR", [
        ("EF-GEN-9V-0.5J", "Electric fence energizer 9V battery, 0.5 J", 30, "EA", "96.00", "2026-12-11"),
        ("EF-POST-105-WHT", "Plastic fence post 105 cm, white", 500, "PCS", "1.35", "2026-12-11"),
        ("EF-WIRE-2.5-400", "Polywire 2.5 mm, 400 m spool", 80, "ROL", "11.20", "2026-12-11")])
    text = ("Καλημέρα σας κα Ruiz,\n\nΕπιβεβαιώνουμε την παραγγελία σας 4500031122 ως εξής:\n\n"
            "Γραμμή 1: 30 τεμ. x 98,50 €, παράδοση 11/12/2026\n"
            "Γραμμή 2: 500 τεμ. x 1,35 €, παράδοση 11/12/2026\n"
            "Γραμμή 3: 80 ρολά x 11,20 €, παράδοση 18/12/2026\n\n"
            "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΗλεκτροφράχτης Α.Ε. | Λεωφ. Αθηνών 214, 104 47 Αθήνα\nΤηλ. +30 210 555 3419\n")
    msg = reply("022", po, "2026-11-12 09:20 +0200", text, frm=("Νίκος Παπαδόπουλος", "n.papadopoulos@ilektrofrachtis.example"),
                prefix="ΑΠ:", charset="windows-1253", html=True)
    return [po], msg, exp("confirmation", "Greek decimal comma with € after: line 1 98,50 € (changed from 96.00), line 2 as ordered, line 3 date 18/12/2026 (changed).",
                          conf(po, {1: C(p="98.50"), 2: A, 3: C(d=D(2026, 12, 18))}))


@case("yoga-thumbs-ok", "needs_review/pt-BR",
      "iPhone reply consisting only of '👍 ok' above the quoted PO.")
def c023():
    s = sup("TAPYOGA", "Tapetes Yoga Brasil Ltda", "vendas@tapetesyoga.example", "pt-BR")
    po = PO("4500031123", s, "BRL", [
        ("YM-NBR-183-10", "Tapete yoga NBR 183x61 cm, 10 mm", 200, "PCS", "58.90", "2026-12-11"),
        ("YM-CORK-183-4", "Tapete yoga cortiça 183x61 cm, 4 mm", 100, "PCS", "112.00", "2026-12-11")])
    text = "👍 ok\n\nEnviado do meu iPhone\n"
    msg = reply("023", po, "2026-11-10 21:47 -0300", text, frm=("Rafael Souza", "rafael@tapetesyoga.example"),
                client="iphone", quote="gt", attrib="Em 2 de nov. de 2026, às 06:05, Dana Ruiz <dana.ruiz@buyer.example> escreveu:")
    return [po], msg, exp("needs_review", "Only '👍 ok' from a phone: too vague to book as a confirmation of quantities, prices and dates; a human should check.")


@case("filters-swiss-franc-dash", "confirmation/de-CH",
      "Swiss price 'Fr. 12.-' (= 12.00) replacing 11.40; Swiss spelling without ß.")
def c024():
    s = sup("AQUAPUR", "Aquapur Filtertechnik AG", "verkauf@aquapur.example", "de-CH")
    po = PO("4500031124", s, "CHF", [
        ("WF-CART-10-5UM", "Filterkartusche 10 Zoll, 5 µm, Polypropylen", 400, "PCS", "11.40", "2026-12-11"),
        ("WF-HOUS-10-3/4", "Filtergehäuse 10 Zoll, Anschluss 3/4\"", 50, "PCS", "38.90", "2026-12-11")])
    text = ("Grüezi Frau Ruiz\n\nBesten Dank für Ihre Bestellung 4500031124.\n\n"
            "Pos. 1: 400 Stk., Preis neu Fr. 12.- statt 11.40 (Rohmaterialaufschlag), Liefertermin 11.12.2026\n"
            "Pos. 2: 50 Stk. à Fr. 38.90, Liefertermin 11.12.2026\n\n"
            "Freundliche Grüsse\nReto Baumgartner\nVerkaufsinnendienst\nAquapur Filtertechnik AG\nIndustriestrasse 7, 8604 Volketswil\n"
            "Tel. +41 44 555 21 60\n")
    msg = reply("024", po, "2026-11-11 10:02 +0100", text, frm=("Reto Baumgartner", "reto.baumgartner@aquapur.example"),
                prefix="AW:", lang="de", charset="iso-8859-1", html=True)
    return [po], msg, exp("confirmation", "'Fr. 12.-' is the Swiss way of writing 12.00; line 2 as ordered; '3/4\"' and '5 µm' in descriptions are not answers.",
                          conf(po, {1: C(p="12.00"), 2: A}))


@case("malt-three-deliveries", "confirmation/da-DK",
      "Three partial deliveries in 'uge 50', 'uge 53' and 'uge 2 2027' (2026 has an ISO week 53); the last one equals the requested date.")
def c025():
    s = sup("DKMALT", "Dansk Maltfabrik A/S", "salg@danskmalt.example", "da-DK")
    po = PO("4500031125", s, "DKK", [
        ("MLT-PALE-3", "Pale ale malt 3 EBC, 25 kg sacks", 18000, "KG", "5.20", "2027-01-15"),
        ("MLT-CARA-120", "Caramel malt 120 EBC, 25 kg sacks", 1500, "KG", "8.40", "2026-12-18")])
    text = ("Hej Dana\n\nTak for ordren 4500031125.\n\n"
            "Pos. 1: leveres i tre partier: 6.000 kg uge 50, 6.000 kg uge 53 og 6.000 kg uge 2 2027. Pris 5,20 kr./kg som bestilt.\n"
            "Pos. 2: 1.500 kg à 8,40 kr./kg, levering uge 51.\n\n"
            "Venlig hilsen\nAnders Mikkelsen\nOrdrekontor\nDansk Maltfabrik A/S | Maltvej 4, 4200 Slagelse | +45 58 55 50 12\n")
    msg = reply("025", po, "2026-11-17 08:44 +0100", text, frm=("Anders Mikkelsen", "am@danskmalt.example"),
                prefix="SV:", lang="da", charset="iso-8859-1", client="thunderbird", quote="gt",
                attrib="Den 02.11.2026 kl. 10.05 skrev Dana Ruiz:")
    return [po], msg, exp("confirmation", "Line 1 split 6,000 kg each in weeks 50, 53 (Fri 2027-01-01) and 2/2027 (Fri 2027-01-15) - total and last date equal the PO but the split makes it changed; line 2 'uge 51' = Fri 2026-12-18 = requested.",
                          conf(po, {1: C(s=[(6000, kw(50)), (6000, kw(53)), (6000, kw(2, 5, 2027))]), 2: A}))


@case("seat-fabric-hungarian", "confirmation/hu-HU",
      "Hungarian dates '2026. 12. 18.', forint prices with space grouping, a partial quantity and a later date for the foam.")
def c026():
    s = sup("KARPIT", "Kárpitszövet Kft.", "rendeles@karpitszovet.example", "hu-HU")
    po = PO("4500031126", s, "HUF", [
        ("TSF-VEL-150-BLU", "Velour seat fabric 150 cm, 540 g/m2, blue, EN 45545", 600, "M", "9850.00", "2026-12-18"),
        ("TSF-PU-140-BLK", "PU leatherette 140 cm, 1.2 mm, black", 300, "M", "6200.00", "2026-12-18"),
        ("TSF-FOAM-20", "Seat foam 20 mm, 2000x1000 mm, CMHR", 150, "PCS", "4300.00", "2026-12-18")])
    text = ("Tisztelt Ruiz Dana!\n\nA 4500031126 számú rendelését az alábbiak szerint visszaigazoljuk:\n\n"
            "1. tétel: 600 m, 9 850 Ft/m, szállítás 2026. 12. 18.\n"
            "2. tétel: 240 m (a fennmaradó 60 m-t nem tudjuk teljesíteni), 6 200 Ft/m, szállítás 2026. 12. 18.\n"
            "3. tétel: 150 db, 4 450 Ft/db, szállítás 2027. 01. 08.\n\n"
            "Üdvözlettel:\nKovács Eszter\nértékesítési asszisztens\nKárpitszövet Kft. | 6000 Kecskemét, Szent István krt. 21.\nTel.: +36 76 555 482\n")
    msg = reply("026", po, "2026-11-12 13:58 +0100", text, frm=("Kovács Eszter", "kovacs.eszter@karpitszovet.example"),
                prefix="VÁ:", lang="hu", charset="iso-8859-2", html=True)
    return [po], msg, exp("confirmation", "Line 1 as ordered; line 2 only 240 of 300 m (rest cannot be supplied); line 3 price 4 450 Ft and date 2027-01-08.",
                          conf(po, {1: A, 2: C(q=240), 3: C(p="4450.00", d=D(2027, 1, 8))}))


@case("gloves-japanese-dsn", "bounce/ja-JP",
      "Japanese DSN (ISO-2022-JP explanation) returning the original request with its PO table.")
def c027():
    s = sup("SAKURAMED", "Sakura Medical Co., Ltd.", "order@sakura-medical.example", "ja-JP")
    po = PO("4500031127", s, "JPY", [
        ("GLV-NIT-S-100", "Nitrile gloves, powder-free, size S, 100/box", 400, "BOX", "980", "2026-12-11"),
        ("GLV-LTX-M-100", "Latex exam gloves, size M, 100/box, 5.5 g", 200, "BOX", "1150", "2026-12-11")], issued="2026-11-09")
    oh, ob = request_message(po)
    txt = ("このメールは、メールサーバーから自動的に送信されています。\n\n"
           "お送りいただいたメッセージは、以下の宛先に配信できませんでした。\n\n"
           "  order@sakura-medical.example\n  理由: 宛先のメールアドレスが存在しません (550 5.1.1 User unknown)\n\n"
           "宛先のメールアドレスをご確認のうえ、再送信してください。\n元のメッセージを添付します。\n")
    dsn = ("Reporting-MTA: dns; mx01.sakura-medical.example\nArrival-Date: Mon, 9 Nov 2026 18:05:10 +0900\n\n"
           "Final-Recipient: rfc822; order@sakura-medical.example\nAction: failed\nStatus: 5.1.1\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <order@sakura-medical.example>... User unknown\n")
    body = Multi("report", [Leaf("text/plain", txt, "iso-2022-jp", "7bit"),
                            Raw(["Content-Type: message/delivery-status"], dsn),
                            Raw(["Content-Type: message/rfc822"], "\n".join(oh) + "\n\n" + ob)],
                 "2A9B8QH10931.1794830712/mx01.sakura-medical.example", ctparams=" report-type=delivery-status;")
    msg = message([("From", "%s <MAILER-DAEMON@mx01.sakura-medical.example>" % ew("メール配信システム", "iso-2022-jp")),
                   ("To", addr(*BUY)), ("Subject", ew("配信エラー: " + req_subject(po), "iso-2022-jp")),
                   ("Date", rfcdate("2026-11-09 18:06 +0900")), ("Message-ID", "<20261109090512.2A9B8QH10931@mx01.sakura-medical.example>"),
                   ("Auto-Submitted", "auto-replied")], body)
    return [po], msg, exp("bounce", "DSN in Japanese (ISO-2022-JP) for user unknown; the returned original holds the PO lines, quantities and dates.")


@case("buoys-line-unaddressed", "confirmation/en-ZA",
      "Lines 1-2 answered with South African number and date formats (R 2 450,00, 2026/12/11); line 3 'will revert'.")
def c028():
    s = sup("CAPEBUOY", "Cape Marine Buoys (Pty) Ltd", "orders@capemarinebuoys.example", "en-ZA")
    po = PO("4500031128", s, "ZAR", [
        ("HB-SPH-600-YEL", "Harbour buoy spherical 600 mm, yellow, foam-filled", 20, "EA", "2450.00", "2026-12-11"),
        ("HB-PICK-300", "Pick-up buoy 300 mm, red", 40, "EA", "385.00", "2026-12-11"),
        ("HB-REFL-KIT", "Reflective tape kit for buoys, 50 mm x 5 m", 20, "SET", "210.00", "2026-12-11")], buyer="jonas")
    text = ("Hi Jonas\n\nLine 1: 20 ea @ R 2 450,00, delivery 2026/12/11 - confirmed.\n"
            "Line 2: 40 ea, price now R 399,00, same date.\n\nWill revert on the tape kits once our supplier in Durban comes back to us.\n\n"
            "Kind regards\nThandi Mokoena\nSales Administrator\nCape Marine Buoys (Pty) Ltd\nUnit 3, Marine Drive Business Park, Paarden Eiland, Cape Town 7405\n"
            "Tel: 021 555 0163\n")
    msg = reply("028", po, "2026-11-11 15:27 +0200", text, frm=("Thandi Mokoena", "thandi@capemarinebuoys.example"), html=True)
    return [po], msg, exp("confirmation", "en-ZA comma decimals and yyyy/mm/dd: line 1 as ordered, line 2 price 399.00 same date; line 3 'will revert' = unconfirmed.",
                          conf(po, {1: A, 2: C(p="399.00"), 3: U}))


@case("ladders-general-terms", "confirmation/en-IE",
      "Confirmation 'as per your PO' but 'subject to our general terms and conditions of sale'.")
def c029():
    s = sup("SHANNON", "Shannon Access Equipment Ltd", "orders@shannonaccess.example", "en-IE")
    po = PO("4500031129", s, "EUR", [
        ("AL-PLAT-5T", "Aluminium platform step ladder 5 tread, EN 131", 15, "EA", "164.00", "2026-12-11"),
        ("AL-COMB-3x9", "Aluminium combination ladder 3x9 rungs, 150 kg", 10, "EA", "229.00", "2026-12-11")])
    text = ("Dear Dana,\n\nWe confirm your order 4500031129 as per your PO - quantities and prices as stated, delivery 11/12/2026 - "
            "subject to our general terms and conditions of sale (www.shannonaccess.example/terms).\n\n"
            "Kind regards,\nSiobhán Gallagher\nSales Order Processing\nShannon Access Equipment Ltd, Smithstown Industrial Estate, Shannon, Co. Clare V14 XK02\n"
            "Tel: +353 61 555 740\n\nRegistered in Ireland No. 318844. This e-mail is confidential.\n")
    msg = reply("029", po, "2026-11-10 11:18 +0000", text, frm=("Siobhán Gallagher", "s.gallagher@shannonaccess.example"), html=True)
    return [po], msg, exp("confirmation", "'Subject to our general terms' is standard boilerplate referring to the seller's T&Cs, not an open condition on this order; quantities, prices and the date are confirmed, so all lines are accepted.",
                          conf(po, {1: A, 2: A}))


@case("corks-newsletter", "unrelated/pt-PT",
      "HTML-only newsletter from the cork supplier with prices, a 15/12 ordering deadline and a PO-like promo code.")
def c030():
    s = sup("MONTADO", "Cortiças do Montado, Lda.", "encomendas@corticasmontado.example", "pt-PT")
    po = PO("4500031130", s, "EUR", [
        ("CRK-NAT-49x24", "Natural cork stopper 49x24 mm, grade Flor", 15000, "PCS", "0.245", "2026-12-11"),
        ("CRK-CHMP-48x30.5", "Champagne cork 48x30.5 mm, agglomerated + 2 discs", 8000, "PCS", "0.198", "2026-12-18")])
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Georgia,serif">'
           '<h1>Novidades de Dezembro 2026</h1><p>Caro cliente,</p>'
           '<p>Apresentamos a nova <b>rolha técnica 1+1 45x24 mm</b>, agora desde <b>0,12 €/un</b> para encomendas acima de 10.000 unidades.</p>'
           '<p>Encomendas recebidas até <b>15/12</b> são entregues antes do Natal. Use o código <b>NATAL2026</b> para 3% de desconto.</p>'
           '<table border="1" cellpadding="4"><tr><th>Referência</th><th>Medida</th><th>Preço/milheiro</th></tr>'
           '<tr><td>NAT-Flor</td><td>49x24</td><td>245,00 €</td></tr><tr><td>TEC-1+1</td><td>45x24</td><td>120,00 €</td></tr></table>'
           '<p>Cortiças do Montado, Lda. · Zona Industrial de Santa Maria de Lamas · 4535-199 Santa Maria da Feira</p>'
           '<p style="font-size:9px">Recebeu este email porque é cliente. <a href="https://news.corticasmontado.example/unsub?u=88213">Anular subscrição</a></p>'
           '</body></html>\n')
    msg = reply("030", po, "2026-11-18 09:00 +0000", "", frm=("Cortiças do Montado", "newsletter@corticasmontado.example"),
                subject="Novidades de Dezembro: nova rolha técnica 1+1 e entregas antes do Natal", quote=None, thread=False,
                client="erp", html=htm, html_only=True,
                extra=[("List-Unsubscribe", "<https://news.corticasmontado.example/unsub?u=88213>"), ("Precedence", "bulk")])
    return [po], msg, exp("unrelated", "Marketing newsletter (HTML only, bulk, List-Unsubscribe); its prices per thousand and '15/12' deadline are not about PO 4500031130.")


@case("led-strips-vietnamese", "confirmation/vi-VN",
      "Vietnamese reply (UTF-8 base64) moving both lines to 22/12/2026, decimal comma prices.")
def c031():
    s = sup("SGAQUA", "Saigon Aqua LED Co., Ltd", "sales@saigonaqualed.example", "vi-VN")
    po = PO("4500031131", s, "USD", [
        ("AQ-LED-45-12V", "Aquarium LED bar 45 cm, 12V, full spectrum", 300, "EA", "6.40", "2026-12-11"),
        ("AQ-LED-120-12V", "Aquarium LED bar 120 cm, 12V, full spectrum", 100, "EA", "14.90", "2026-12-11")])
    text = ("Kính gửi chị Dana,\n\nChúng tôi xác nhận đơn hàng số 4500031131 như sau:\n\n"
            "Dòng 1: 300 cái, đơn giá 6,40 USD, giao hàng ngày 22/12/2026\n"
            "Dòng 2: 100 cái, đơn giá 14,90 USD, giao hàng ngày 22/12/2026\n\n"
            "Do lịch sản xuất tháng 12 kín nên ngày giao hàng chậm hơn yêu cầu 11 ngày.\n\n"
            "Trân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh Xuất khẩu\nCông ty TNHH Đèn LED Thủy Sinh Sài Gòn\n"
            "Lô C12, KCN Tân Bình, TP. Hồ Chí Minh | ĐT: +84 28 5555 6721\n")
    msg = reply("031", po, "2026-11-13 14:05 +0700", text, frm=("Nguyễn Thị Lan", "lan.nguyen@saigonaqualed.example"),
                client="gmail", quote="gt", cte="base64", html=True, mid_style="gmail",
                attrib="Vào Th 2, 2 thg 11, 2026 lúc 16:05 Dana Ruiz <dana.ruiz@buyer.example> đã viết:")
    d = D(2026, 12, 22)
    return [po], msg, exp("confirmation", "Both lines confirmed at the PO prices (6,40 / 14,90 with decimal comma) but delivered 22/12/2026 (day-first); '11 ngày' is a delay, not a date.",
                          conf(po, {1: C(d=d), 2: C(d=d)}))


@case("hockey-confirm-next-week", "needs_review/sk-SK",
      "Slovak 'we will confirm dates and prices next week' - a polite reply that commits to nothing.")
def c032():
    s = sup("TATRAHOK", "Tatra Hokej s.r.o.", "objednavky@tatrahokej.example", "sk-SK")
    po = PO("4500031132", s, "EUR", [
        ("HK-GK-STK-26", "Goalie stick 26 in paddle, foam core, left", 30, "EA", "54.00", "2026-12-11"),
        ("HK-SR-ABS-60", "Senior stick ABS blade, 60 in, flex 75", 100, "EA", "22.50", "2026-12-11")])
    text = ("Dobrý deň,\n\nďakujeme za objednávku č. 4500031132. Termíny a ceny Vám potvrdíme budúci týždeň, keď budeme mať "
            "plán výroby na december.\n\nS pozdravom\nMartin Kováčik\nobchodné oddelenie\nTatra Hokej s.r.o., Priemyselná 12, 058 01 Poprad\n"
            "tel.: +421 52 555 7714\n")
    msg = reply("032", po, "2026-11-11 16:45 +0100", text, frm=("Martin Kováčik", "kovacik@tatrahokej.example"),
                charset="iso-8859-2", html=True)
    return [po], msg, exp("needs_review", "'We will confirm dates and prices next week' - acknowledges the PO but commits to nothing yet.")


@case("foam-xlsx-attachment", "confirmation/nl-BE",
      "Answers only in an XLSX sheet (ordered vs confirmed columns, text dates dd/mm/yyyy) with four lines and two kinds of change.")
def c033():
    s = sup("ISOVL", "Isolatie Vlaanderen NV", "orders@isovlaanderen.example", "nl-BE")
    po = PO("4500031133", s, "EUR", [
        ("PIR-60-1200x600", "PIR insulation board 60 mm, 1200x600 mm, alu faced", 320, "M2", "9.45", "2026-12-11"),
        ("PIR-100-1200x600", "PIR insulation board 100 mm, 1200x600 mm, alu faced", 240, "M2", "14.80", "2026-12-11"),
        ("PU-FOAM-750", "PU mounting foam 750 ml, B2", 144, "PCS", "5.60", "2026-12-11"),
        ("TAPE-ALU-50", "Aluminium tape 50 mm x 50 m", 60, "ROL", "4.25", "2026-12-11")])
    rows = [["Orderbevestiging OB-2611-0457", None, None, None, None, None, None, None, None],
            ["Uw PO", "Uw lijn", "Artikel", "Omschrijving", "Besteld", "Bevestigd", "Eenheid", "Prijs EUR", "Leverdatum"],
            ["4500031133", 1, "PIR-60-1200x600", "PIR 60 mm alu 1200x600", 320, 320, "m2", 9.45, "11/12/2026"],
            ["4500031133", 2, "PIR-100-1200x600", "PIR 100 mm alu 1200x600", 240, 200, "m2", 14.8, "18/12/2026"],
            ["4500031133", 3, "PU-FOAM-750", "PU schuim 750 ml B2", 144, 144, "st", 5.6, "11/12/2026"],
            ["4500031133", 4, "TAPE-ALU-50", "Alu tape 50 mm x 50 m", 60, 60, "rol", 4.4, "11/12/2026"]]
    x = make_xlsx(rows, "Bevestiging")
    text = ("Beste Dana,\n\nIn bijlage de bevestiging van uw bestelling 4500031133 (zie Excel).\n\n"
            "Met vriendelijke groeten,\nKoen Peeters\nVerkoop binnendienst\nIsolatie Vlaanderen NV | Industriepark 22, 9052 Zwijnaarde\n"
            "T +32 9 555 14 70\n")
    msg = reply("033", po, "2026-11-12 10:40 +0100", text, frm=("Koen Peeters", "koen.peeters@isovlaanderen.example"),
                lang="nl", charset="utf-8", html=True, attachments=[att(x, "OB-2611-0457.xlsx")])
    return [po], msg, exp("confirmation", "Everything is in the XLSX: line 2 confirmed 200 of 240 m2 on 18/12/2026, line 4 price 4.40 instead of 4.25, lines 1 and 3 as ordered; 14.8 and 5.6 in cells are 14.80 / 5.60.",
                          conf(po, {1: A, 2: C(q=200, d=D(2026, 12, 18)), 3: A, 4: C(p="4.40")}))


@case("tyres-thai-gregorian", "confirmation/th-TH",
      "Thai (TIS-620) reply using Gregorian years (2026, not Buddhist 2569) with dd/mm/yyyy dates.")
def c034():
    s = sup("SIAMTYRE", "Siam Cycle Tyre Co., Ltd.", "export@siamcycletyre.example", "th-TH")
    po = PO("4500031134", s, "USD", [
        ("BT-26x1.95-MTB", "Bicycle tyre 26x1.95, MTB tread, wire bead", 400, "PCS", "5.85", "2026-12-18"),
        ("BT-TUBE-26-AV", "Inner tube 26x1.75/2.125, AV 48 mm", 800, "PCS", "1.45", "2026-12-18")])
    text = ("เรียน คุณ Dana\n\nขอยืนยันใบสั่งซื้อเลขที่ 4500031134 ดังนี้\n\n"
            "รายการที่ 1: 400 เส้น ราคา 5.85 USD ส่งมอบวันที่ 24/12/2026\n"
            "รายการที่ 2: 800 เส้น ราคา 1.45 USD ส่งมอบวันที่ 18/12/2026\n\n"
            "ขอแสดงความนับถือ\nสมชาย ใจดี\nฝ่ายขายต่างประเทศ\nบริษัท สยามไซเคิลไทร์ จำกัด\nโทร +66 2 555 8120\n")
    msg = reply("034", po, "2026-11-12 16:30 +0700", text, frm=("Somchai Jaidee", "somchai@siamcycletyre.example"),
                charset="tis-620", cte="base64", html=True)
    return [po], msg, exp("confirmation", "Thai text with Gregorian-year dates: line 1 24/12/2026 (changed), line 2 18/12/2026 as ordered.",
                          conf(po, {1: C(d=D(2026, 12, 24)), 2: A}))


@case("centrifuge-invoice-other-po", "unrelated/lt-LT",
      "Lithuanian mail with a PDF invoice for a different, already delivered PO.")
def c035():
    s = sup("BALTLAB", "UAB Baltic Lab Supplies", "uzsakymai@balticlab.example", "lt-LT")
    po = PO("4500031135", s, "EUR", [
        ("CT-15-PP-NS", "Centrifuge tube 15 ml PP, non-sterile, bag 500", 40, "BOX", "21.50", "2026-12-11"),
        ("CT-2.0-SC", "Microcentrifuge tube 2.0 ml, screw cap, pack 1000", 10, "BOX", "64.00", "2026-12-11")])
    pdf = make_pdf([
        "# UAB Baltic Lab Supplies",
        "Savanoriu pr. 178, LT-03154 Vilnius - PVM kodas LT100004512317",
        "",
        "# PVM SASKAITA FAKTURA / VAT INVOICE  BLS-26-3381",
        "Data / Date: 2026-11-16      Uzsakymas / Your PO: 4500030652",
        "Pristatyta / Delivered: 2026-11-06",
        "",
        "Eil.  Kodas          Pavadinimas                            Kiekis  Kaina EUR   Suma EUR",
        "1     CT-50-PP-NS    Centrifuge tube 50 ml PP, bag 500          20     38,40     768,00",
        "2     RACK-50-3x4    Rack 50 ml 3x4                             12      4,90      58,80",
        "",
        "Suma be PVM: 826,80   PVM 21%: 173,63   Is viso: 1 000,43 EUR",
        "Apmoketi iki / Due: 2026-12-16",
    ], flate=True, date="20261116090000+02'00'", title="BLS-26-3381", producer="Rivile GAMA")
    text = ("Laba diena,\n\nsiunčiame PVM sąskaitą faktūrą Nr. BLS-26-3381 už užsakymą 4500030652 (pristatyta 2026-11-06).\n"
            "Apmokėjimo terminas 2026-12-16.\n\nPagarbiai\nBuhalterija\nUAB Baltic Lab Supplies\n+370 5 255 0193\n")
    msg = reply("035", po, "2026-11-16 09:12 +0200", text, frm=("Baltic Lab Supplies buhalterija", "saskaitos@balticlab.example"),
                subject="PVM sąskaita faktūra BLS-26-3381 / PO 4500030652", quote=None, thread=False, client="erp",
                charset="iso-8859-13", attachments=[att(pdf, "BLS-26-3381.pdf")])
    return [po], msg, exp("unrelated", "Invoice for another PO (4500030652, delivered 2026-11-06) from the same supplier; PO 4500031135 is not answered.")


@case("wrappers-body-pdf-contradict", "needs_review/ro-RO",
      "Body confirms delivery 10.12.2026 while the attached confirmation PDF says 17.12.2026 for the same lines.")
def c036():
    s = sup("AMBDULCI", "Ambalaje Dulci SRL", "comenzi@ambalajedulci.example", "ro-RO")
    po = PO("4500031136", s, "EUR", [
        ("CW-WAX-90x110", "Waxed paper candy wrapper 90x110 mm, white", 300000, "EA", "0.0112", "2026-12-10"),
        ("CW-MET-75x75-RED", "Metallised candy wrapper 75x75 mm, red", 150000, "EA", "0.0164", "2026-12-10")])
    pdf = make_pdf([
        "# AMBALAJE DULCI SRL",
        "Str. Fabricii nr. 9, 400632 Cluj-Napoca - CUI RO18874521",
        "",
        "# CONFIRMARE COMANDA CC-2026-1187",
        "Comanda client: 4500031136 din 02.11.2026",
        "",
        "Poz  Cod               Denumire                               Cantitate   Pret EUR    Data livrare",
        "1    CW-WAX-90x110     Ambalaj hartie cerata 90x110 mm alb      300.000   0,0112      17.12.2026",
        "2    CW-MET-75x75-RED  Ambalaj metalizat 75x75 mm rosu          150.000   0,0164      17.12.2026",
    ], flate=True, date="20261111140000+02'00'", title="CC-2026-1187", producer="SAGA C")
    text = ("Bună ziua,\n\nConfirmăm comanda 4500031136, livrare 10.12.2026, preţuri conform comenzii. "
            "Ataşat confirmarea de comandă.\n\nCu stimă,\nIoana Popescu\nDepartament Vânzări\nAmbalaje Dulci SRL\nTel. +40 264 555 318\n")
    msg = reply("036", po, "2026-11-11 14:21 +0200", text, frm=("Ioana Popescu", "ioana.popescu@ambalajedulci.example"),
                charset="windows-1250", html=True, attachments=[att(pdf, "CC-2026-1187.pdf")])
    return [po], msg, exp("needs_review", "Contradiction: the body says delivery 10.12.2026 (= requested), the attached PDF says 17.12.2026 for both lines; a careful buyer cannot tell which date is committed.")
