"""Cases 019-036."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from . import mime, pdf, xlsx
from .common import (Att, REJ, UNC, Supplier, acc, attribution, case, chg, confirmation, esc, html_from_plain,
                     mkpo, other, quote_html, quote_plain, reply, request_html, request_plain, tz, when, wrap_html,
                     received, thread_index, BUYER_DOMAIN, num_en, num_eu)


# ---------------------------------------------------------------------------
@case("dried-fruit-vietnamese", "confirmation/vi-VN",
      "Vietnamese reply with dot thousands and decimal comma ('2.000 kg', '7,65 USD/kg'), one price change and one later date.")
def c019(c):
    sup = Supplier("NSM", "Mekong Dried Produce Co., Ltd.", "sales@mekongdried.example", "vi-VN")
    po = mkpo("4500231890", sup, "mara", "USD", "2026-11-12", [
        ("DF-MNG-10", "Dried mango slices, soft, 10 kg carton", 2000, "KG", "6.20", "2026-12-18"),
        ("DF-JF-10", "Dried jackfruit chips, 10 kg carton", 1000, "KG", "7.45", "2026-12-18"),
        ("DF-BAN-5", "Dried banana whole, 5 kg carton", 500, "KG", "4.10", "2027-01-08"),
    ])
    date = when("2026-11-19 14:22:37", "+0700")
    body = """Kính gửi chị Mara,

Cảm ơn chị đã gửi đơn đặt hàng số 4500231890. Công ty chúng tôi xin xác nhận như sau:

1. Xoài sấy dẻo (DF-MNG-10): 2.000 kg, đơn giá 6,20 USD/kg, giao hàng ngày 18/12/2026.
2. Mít sấy giòn (DF-JF-10): 1.000 kg, đơn giá 7,65 USD/kg, giao hàng ngày 18/12/2026.
3. Chuối sấy nguyên trái (DF-BAN-5): 500 kg, đơn giá 4,10 USD/kg, giao hàng ngày 15/01/2027 do thiếu nguyên liệu.

Giá mít sấy tăng do mất mùa. Các điều kiện khác giữ nguyên theo đơn hàng (DAP Rotterdam).

Trân trọng,
Nguyễn Thị Thu Hà
Phòng Kinh doanh Xuất khẩu
Công ty TNHH Nông sản Sấy Mekong
Lô C7, KCN Sa Đéc, Đồng Tháp, Việt Nam
ĐT: +84 277 3761 258 | Di động: +84 903 412 776
"""
    att = attribution("gmail", "vi-VN", po, tz("+0700"))
    eml = reply(c, po, frm=("Nguyễn Thị Thu Hà", "thuha.nguyen@mekongdried.example"), date=date, body=body,
                client="gmail", prefix="Re:", attribution=att, cte="base64")
    exp = confirmation([(po, {1: acc(po, 1), 2: chg(po, 2, unit_price="7.65"), 3: chg(po, 3, date="2027-01-15")})],
                       "Vietnamese number format (2.000 = 2000, 6,20 = 6.20) and dd/mm/yyyy dates; line 2 price "
                       "7,65 instead of 7.45, line 3 delivered 15/01/2027 instead of 8 Jan; line 1 as ordered. "
                       "Body is base64 UTF-8.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("door-sensor-cjk-date", "confirmation/zh-TW",
      "English reply from Taiwan whose only date is written '2026年12月18日', in a Big5 message with a Chinese signature; both lines move one week.")
def c020(c):
    sup = Supplier("FLC", "Formosa Lift Components Co., Ltd.", "sales@formosalift.example", "zh-TW")
    po = mkpo("4500231915", sup, "priya", "USD", "2026-11-13", [
        ("ED-IR-154", "Elevator door light curtain 154 beams, 2000 mm, AC/DC 24V", 60, "SET", "118.00", "2026-12-11"),
        ("ED-PS-24", "Power supply box 24V 1.5A for light curtain", 60, "EA", "21.50", "2026-12-11"),
    ])
    date = when("2026-11-24 16:40:12", "+0800")
    body = """Dear Priya,

Good day. Thanks for your PO 4500231915.

We confirm both items, qty and unit price as per PO. Due to the CE re-certification of the new 154-beam model, the goods will be delivered on 2026年12月18日 (DAP Rotterdam), one week later than your requested date.

Please kindly note the cartons will be marked with your PO no.

Best regards,
Kevin Lin 林志明
業務部 Sales Dept.
Formosa Lift Components Co., Ltd.
福爾摩沙昇降機零件股份有限公司
台中市西屯區工業區三十八路12號
Tel: +886-4-2359-1187 Ext. 25  Fax: +886-4-2359-1190
"""
    eml = reply(c, po, frm=("Kevin Lin", "kevin.lin@formosalift.example"), date=date, body=body,
                client="outlook", lang="en", prefix="RE:", charset="big5", cte="quoted-printable",
                region="apcprd06", us=True)
    exp = confirmation([(po, {1: chg(po, 1, date="2026-12-18"), 2: chg(po, 2, date="2026-12-18")})],
                       "English text, but the delivery date is written in CJK form 2026年12月18日 (= 2026-12-18, a "
                       "week after the requested 11 Dec) for both lines; quantities and prices 'as per PO'. Big5 "
                       "charset, quoted-printable.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("shade-net-window", "needs_review/en-NZ",
      "Qty and pricing fine, but delivery only 'between 14 and 18 December' with the exact day still to come: no committed date.")
def c021(c):
    sup = Supplier("CSC", "Canterbury Shade & Crop Ltd", "orders@canterburyshade.example", "en-NZ")
    po = mkpo("4500231933", sup, "mara", "NZD", "2026-11-16", [
        ("SN-30-W-6X100", "Shade net 30% white, knitted, 6 x 100 m", 12, "ROL", "845.00", "2026-12-16"),
        ("SN-EDGE-50", "Reinforcement edge tape 50 mm x 100 m", 20, "ROL", "64.00", "2026-12-16"),
    ])
    date = when("2026-11-25 10:05:29", "+1300")
    body = """Kia ora Mara,

Thanks for PO 4500231933. Qty and pricing are fine. Delivery will be between 14 and 18 December - our freight partner will confirm the exact day closer to the time.

Ngā mihi,

Hemi Walker
Customer Service Team Lead
Canterbury Shade & Crop Ltd
45 Kaputone Road, Belfast, Christchurch 8051, New Zealand
P +64 3 323 8840 | M +64 21 447 902
"""
    eml = reply(c, po, frm=("Hemi Walker", "hemi.walker@canterburyshade.example"), date=date, body=body,
                client="outlook", lang="en", prefix="RE:", charset="utf-8", region="ausprd01")
    exp = other("needs_review",
                "Quantities and prices are agreed, but the delivery is a window 'between 14 and 18 December' with the "
                "exact day to be confirmed later; the requested 16 Dec lies inside the window, yet no date is "
                "committed, so a buyer has to follow up.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
def _so_pdf_022():
    pg = pdf.Page(612, 792)
    pg.text(40, 750, "MIDWEST CASTER & WHEEL CO.", 15, True)
    pg.text(40, 736, "4100 Engle Road, Fort Wayne, IN 46809 USA   Tel (260) 555-0148   www.midwestcaster.example", 7.5)
    pg.text(400, 750, "SALES ORDER ACKNOWLEDGMENT", 11, True)
    pg.row(730, [400, 490], ["Sales Order:", "SO-788214"], 8.5)
    pg.row(718, [400, 490], ["Order Date:", "11/20/2026"], 8.5)
    pg.row(706, [400, 490], ["Customer PO:", "4500231958"], 8.5)
    pg.row(694, [400, 490], ["PO Date:", "11/16/2026"], 8.5)
    pg.row(682, [400, 490], ["Customer No.:", "C-20417"], 8.5)
    pg.text(40, 700, "Sold To:", 8.5, True)
    pg.text(40, 688, "Kestrel Supply Group B.V.", 8.5)
    pg.text(40, 676, "Attn: Priya Castellano", 8.5)
    pg.text(40, 664, "Waalhaven Z.z. 41, 3089 JH Rotterdam, NL", 8.5)
    pg.text(220, 700, "Ship To:", 8.5, True)
    pg.text(220, 688, "Kestrel Supply Group B.V., DC Waalhaven", 8.5)
    pg.text(220, 676, "Waalhaven Z.z. 41", 8.5)
    pg.text(220, 664, "3089 JH Rotterdam, Netherlands", 8.5)
    pg.row(640, [40, 160, 300, 440], ["Ship Via: Ocean LCL via Chicago", "Terms: Net 30", "Incoterms: DAP Rotterdam",
                                      "Currency: USD"], 8)
    y = 612
    pg.rect(36, y - 4, 540, 14, 0.85)
    pg.row(y, [40, 62, 170, (372,), 378, (450,), (520,), 528], ["Ln", "Item / Cust. Item", "Description", "Qty", "UOM",
                                                              "Unit Price", "Extended", "Ship Date"], 7.5, True)
    rows = [
        ("1", "MCW-4TL-716", "HC-100-TL", "4\" Hospital caster, total lock,", "7/16-14 x 1\" threaded stem",
         "400", "EA", "15.05", "6,020.00", "12/08/2026"),
        ("2", "MCW-5CL-HEX", "HC-125-CL", "5\" Central-lock caster,", "3/4\" hex socket",
         "240", "EA", "22.75", "5,460.00", "12/08/2026"),
        ("3", "MCW-3AS-M10", "HC-75-ANT", "3\" Antistatic caster, grey TPR,", "M10x40 stem",
         "160", "EA", "9.80", "1,568.00", "01/12/2027"),
    ]
    y -= 20
    for r in rows:
        pg.text(40, y, r[0], 8)
        pg.text(62, y, r[1], 8)
        pg.text(62, y - 10, "Cust: " + r[2], 7)
        pg.text(170, y, r[3], 8)
        pg.text(170, y - 10, r[4], 7)
        pg.row(y, [(372,), 378, (450,), (520,), 528], [r[5], r[6], r[7], r[8], r[9]], 8)
        y -= 30
    pg.line(36, y + 14, 576, y + 14)
    pg.row(y, [380, (520,)], ["Merchandise Total", "13,048.00"], 8.5)
    pg.row(y - 12, [380, (520,)], ["Freight", "Prepaid & Add"], 8.5)
    pg.row(y - 26, [380, (520,)], ["Order Total USD", "13,048.00"], 9, True)
    y -= 60
    for t in ["Line 1: price per MCW price list effective 11/01/2026 (supersedes quoted price).",
              "Ship dates are the dates of shipment from our Fort Wayne plant.",
              "All sales subject to MCW standard terms and conditions of sale (rev. 03/2025).",
              "Please review this acknowledgment and advise any discrepancies within 2 business days."]:
        pg.text(40, y, t, 7.5)
        y -= 11
    return pdf.build([pg], title="Sales Order Acknowledgment SO-788214", author="MCW Order Management",
                     producer="Crystal Reports", creator="Epicor Kinetic 2025.1", created="D:20261120061133-06'00'")


@case("castor-erp-pdf", "confirmation/en-US",
      "Automatic ERP mail ('do not reply') whose attached PDF acknowledgment changes a price and gives only month-first ship dates (12/08/2026, 01/12/2027).")
def c022(c):
    sup = Supplier("MCW", "Midwest Caster & Wheel Co.", "orders@midwestcaster.example", "en-US")
    po = mkpo("4500231958", sup, "priya", "USD", "2026-11-16", [
        ("HC-100-TL", "Hospital caster 100 mm (4 in), total lock, 7/16-14 x 1 in stem", 400, "EA", "14.60", "2026-12-15"),
        ("HC-125-CL", "Central-lock caster 125 mm (5 in), 3/4 in hex socket", 240, "EA", "22.75", "2026-12-15"),
        ("HC-75-ANT", "Antistatic caster 75 mm (3 in), grey TPR, M10x40 stem", 160, "EA", "9.80", "2027-01-12"),
    ])
    assert 400 * Decimal("15.05") + 240 * Decimal("22.75") + 160 * Decimal("9.80") == Decimal("13048.00")
    date = when("2026-11-20 06:12:09", "-0600")
    text = """This is an automated message from the Midwest Caster & Wheel order management system.

Attached is Sales Order Acknowledgment SO-788214 for your purchase order 4500231958.
Please review the acknowledgment carefully and notify us of any discrepancies within 2 business days.

Customer Service: (260) 555-0148 | orders@midwestcaster.example

Please do not reply to this e-mail; this mailbox is not monitored.
"""
    data = _so_pdf_022()
    body = mime.multipart("mixed", [
        mime.text(text, "plain", "us-ascii", "7bit"),
        mime.attachment(data, "application/pdf", "SO-788214_Acknowledgment.pdf"),
    ], c.boundary("erp", "mixed"))
    hdrs = [("Return-Path", "<noreply-erp@midwestcaster.example>")]
    hdrs += received(c, "erp", "midwestcaster.example", po.buyer.email, date)
    hdrs += [("From", "MCW Order Desk <noreply-erp@midwestcaster.example>"),
             ("Reply-To", "orders@midwestcaster.example"),
             ("To", mime.addr(po.buyer.name, po.buyer.email)),
             ("Subject", "Sales Order Acknowledgment SO-788214 / Your PO 4500231958"),
             ("Date", mime.date_header(date)),
             ("Message-ID", c.msgid("erp", "kinetic.midwestcaster.example", date)),
             ("X-Mailer", "Epicor Kinetic Mail Service"),
             ("Auto-Submitted", "auto-generated")]
    eml = mime.message(hdrs, body)
    exp = confirmation([(po, {
        1: chg(po, 1, unit_price="15.05", date="2026-12-08"),
        2: chg(po, 2, date="2026-12-08"),
        3: acc(po, 3),
    })], "An ERP-generated acknowledgment (auto mail + PDF) commits to the order, so it is a confirmation, not an "
         "auto_reply. Only ship dates are given, so they count: 12/08/2026 (month-first, 8 Dec) for lines 1-2 "
         "instead of 15 Dec, and 01/12/2027 = 12 Jan 2027 for line 3 (= requested). Line 1 price 15.05 instead "
         "of 14.60.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("pots-xlsx", "confirmation/da-DK",
      "Danish Apple Mail with an XLSX order confirmation whose dates are Excel serial numbers; one line reduced ('resten udgår'), one line later.")
def c023(c):
    sup = Supplier("JTK", "Jyllands Terrakotta ApS", "salg@jyllandsterrakotta.example", "da-DK")
    po = mkpo("4500231977", sup, "mara", "DKK", "2026-11-16", [
        ("TP-HS-30", "Terracotta pot hand-thrown Ø 30 cm", 200, "EA", "58.00", "2026-12-14"),
        ("TP-HS-45", "Terracotta pot hand-thrown Ø 45 cm, with drainage hole", 80, "EA", "149.00", "2026-12-14"),
        ("TP-BOWL-60", "Terracotta bowl 60x20 cm", 40, "EA", "215.00", "2027-01-11"),
        ("TP-FEET-3", "Pot feet, set of 3", 300, "SET", "19.50", "2026-12-14"),
    ])
    date = when("2026-11-23 13:15:02", "+0100")
    rows = [
        ["Ordrebekræftelse", "OB-26-1187"],
        ["Jeres ordre", "4500231977"],
        ["Kunde", "Kestrel Supply Group B.V."],
        ["Dato", dt.date(2026, 11, 23)],
        [],
        [("b", "Jeres linje"), ("b", "Varenr."), ("b", "Beskrivelse"), ("b", "Antal"), ("b", "Enhed"),
         ("b", "Stykpris DKK"), ("b", "Beløb DKK"), ("b", "Leveringsdato"), ("b", "Bemærkning")],
    ]
    data_rows = [
        (1, "TP-HS-30", "Krukke håndrullet Ø30 cm", 200, "stk", Decimal("58.00"), dt.date(2026, 12, 14), ""),
        (2, "TP-HS-45", "Krukke håndrullet Ø45 cm m. hul", 60, "stk", Decimal("149.00"), dt.date(2026, 12, 14),
         "Kun 60 stk. på lager - resten udgår"),
        (3, "TP-BOWL-60", "Skål 60x20 cm", 40, "stk", Decimal("215.00"), dt.date(2027, 1, 18), "Ny brænding uge 2"),
        (4, "TP-FEET-3", "Potteføder, sæt à 3", 300, "sæt", Decimal("19.50"), dt.date(2026, 12, 14), ""),
    ]
    total = Decimal("0")
    for r in data_rows:
        amt = r[3] * r[5]
        total += amt
        rows.append([r[0], r[1], r[2], r[3], r[4], r[5], amt, r[6], r[7]])
    rows += [[], ["", "", "I alt ekskl. moms", "", "", "", total]]
    data = xlsx.build([("Ordrebekræftelse", rows)], creator="Mette Kjærgaard", created="2026-11-23T12:09:31Z",
                      date_format="dd-mm-yyyy", col_widths=[11, 12, 34, 8, 7, 13, 13, 14, 36])
    body = """Hej Mara

Hermed ordrebekræftelse på jeres ordre 4500231977 - se vedhæftede regneark.

Venlig hilsen

Mette Kjærgaard
Ordrekontor
Jyllands Terrakotta ApS
Teglværksvej 9, 8620 Kjellerup
Tlf. +45 86 88 14 20
"""
    att = attribution("apple", "da-DK", po, tz("+0100"))
    eml = reply(c, po, frm=("Mette Kjærgaard", "mette@jyllandsterrakotta.example"), date=date, body=body,
                client="apple", prefix="Re:", attribution=att,
                attachments=[Att(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                 "Ordrebekraeftelse_4500231977.xlsx")])
    exp = confirmation([(po, {
        1: acc(po, 1),
        2: chg(po, 2, quantity=60),
        3: chg(po, 3, date="2027-01-18"),
        4: acc(po, 4),
    })], "The body only points to the XLSX. In the sheet, dates are Excel serials (46370 = 2026-12-14, "
         "46405 = 2027-01-18); line 2 drops to 60 pcs with the rest cancelled ('resten udgår'), line 3 moves to "
         "18 Jan 2027; 'uge 2' in a remark is their kiln firing, not the delivery date.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("sleepers-csv-schedule", "confirmation/cs-CZ",
      "Czech reply with a semicolon CSV (windows-1250, decimal comma, space thousands) where one PO line appears twice: a split delivery.")
def c024(c):
    sup = Supplier("PMO", "Pražce Morava a.s.", "obchod@prazce-morava.example", "cs-CZ")
    po = mkpo("4500232004", sup, "tomasz", "CZK", "2026-11-17", [
        ("RS-B91S", "Concrete railway sleeper B 91S/1, 2600 mm", 1200, "EA", "1450.00", "2026-12-18"),
        ("RS-WD-2600", "Hardwood sleeper oak, impregnated, 2600x260x150 mm", 300, "EA", "2380.00", "2026-12-18"),
        ("RS-FAST-W14", "Fastening set W14 (clip, dowel, pad)", 2400, "SET", "312.00", "2026-12-18"),
    ])
    date = when("2026-11-24 14:02:47", "+0100")
    csv = """Obj. cislo;Pol.;Artikl;Popis;Mnozstvi;MJ;Cena/MJ;Mena;Datum dodani
4500232004;1;RS-B91S;Betonový pražec B 91S/1, 2600 mm;700;ks;1 450,00;CZK;11.12.2026
4500232004;1;RS-B91S;Betonový pražec B 91S/1, 2600 mm;500;ks;1 450,00;CZK;08.01.2027
4500232004;2;RS-WD-2600;Dřevěný pražec dub 2600x260x150;300;ks;2 495,00;CZK;18.12.2026
4500232004;3;RS-FAST-W14;Upevňovací sada W14;2400;sada;312,00;CZK;18.12.2026
"""
    data = csv.replace("\n", "\r\n").encode("windows-1250")
    body = """Dobrý den pane Wrene,

v příloze zasíláme potvrzení objednávky 4500232004 ve formátu CSV pro import do Vašeho systému.
Betonové pražce dodáme ve dvou dílčích dodávkách, u dubových pražců jsme museli upravit cenu (nový ceník dřeva od 1.11.).

S pozdravem

Ing. Pavel Dvořák
obchodní oddělení
Pražce Morava a.s.
Nádražní 1187/4, 750 02 Přerov
tel.: +420 581 702 415, mobil: +420 603 118 270
www.prazce-morava.example
"""
    eml = reply(c, po, frm=("Pavel Dvořák", "pavel.dvorak@prazce-morava.example"), date=date, body=body,
                client="outlook", lang="cs", prefix="RE:", charset="windows-1250",
                attachments=[Att(data, "text/csv", "potvrzeni_4500232004.csv", params=[("charset", "windows-1250")])])
    exp = confirmation([(po, {
        1: chg(po, 1, date="2027-01-08", schedule=[(700, "2026-12-11"), (500, "2027-01-08")]),
        2: chg(po, 2, unit_price="2495.00"),
        3: acc(po, 3),
    })], "All values are in the CSV attachment: line 1 appears twice (700 on 11.12.2026 + 500 on 08.01.2027 -> "
         "schedule, total 1200), line 2 price 2 495,00 CZK (space thousands, decimal comma) instead of 2380, "
         "line 3 as ordered. '1.11.' in the body is the price-list date.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("archery-inline-answers", "confirmation/fr-FR",
      "Thunderbird plain-text reply with answers typed between our quoted PO lines ('OK, livraison semaine 51', a refusal, a new price per lot).")
def c025(c):
    sup = Supplier("CAS", "Cibles et Arcs de Sologne SARL", "adv@cibles-sologne.example", "fr-FR")
    po = mkpo("4500232031", sup, "mara", "EUR", "2026-11-17", [
        ("AT-STR-124", "Straw target boss Ø 124 cm, 15 cm thick", 12, "EA", "96.00", "2026-12-11"),
        ("AT-STD-3L", "Target stand wooden tripod, 3 legs, 1.8 m", 12, "EA", "54.50", "2026-12-11"),
        ("AT-FACE-80", "Target face 80 cm, 6-ring, 250 g/m2", 500, "EA", "0.95", "2026-12-11"),
        ("AT-PIN-12", "Target pins steel 12 cm, pack of 4", 100, "SET", "2.40", "2026-12-11"),
    ])
    date = when("2026-11-23 10:30:14", "+0100")
    att = attribution("thunderbird", "fr-FR", po, tz("+0100"))
    q = quote_plain(po, "thunderbird", "fr", tz("+0100"), attribution=att).rstrip("\n").split("\n")
    answers = {
        "AT-STR-124": "OK, livraison semaine 51.",
        "AT-STD-3L": "OK conforme.",
        "AT-FACE-80": "Rupture chez notre fournisseur de papier : nous ne pouvons pas livrer ce poste, désolés.",
        "AT-PIN-12": "OK mais prix 2,60 EUR le lot de 4 (hausse de l'acier), quantité et date inchangées.",
    }
    out = []
    for ln in q:
        out.append(ln)
        for item, ans in answers.items():
            if ln.startswith(">") and f"| {item} " in ln:
                out.append(ans)
                out.append("")
    text = ("Bonjour Madame Lindqvist,\n\nVoir nos réponses ligne par ligne ci-dessous.\n\n" + "\n".join(out) +
            "\n\nCordialement,\n\n-- \nSylvie Marchand\nAdministration des ventes\nCibles et Arcs de Sologne SARL\n"
            "12 route de Vierzon, 41200 Romorantin-Lanthenay\nTél. 02 54 76 31 08\n")
    eml = reply(c, po, frm=("Sylvie Marchand", "sylvie.marchand@cibles-sologne.example"), date=date, body=text,
                client="thunderbird", prefix="Re:", quote="none", html=False, charset="utf-8", cte="8bit",
                flowed=True)
    exp = confirmation([(po, {
        1: chg(po, 1, date="2026-12-18"),
        2: acc(po, 2),
        3: REJ,
        4: chg(po, 4, unit_price="2.60"),
    })], "Answers are interleaved with our quoted table lines; each answer belongs to the quoted line above it. "
         "'semaine 51' = Friday 2026-12-18 (line 1); line 2 'OK conforme'; line 3 refused; line 4 new price "
         "2,60 EUR per pack of 4 (the PO unit SET is the pack) with quantity and date unchanged.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("busbar-three-pos-two-answered", "confirmation/de-CH",
      "Three open POs in pos.json; the Swiss reply (apostrophe thousands, CHF 6'188.00) answers two of them and never mentions the third.")
def c026(c):
    sup = Supplier("EKA", "Elektro-Kupfer Aarau AG", "verkauf@ekaarau.example", "de-CH")
    pa = mkpo("4500232050", sup, "mara", "CHF", "2026-11-12", [
        ("CU-BB-20X5", "Copper busbar 20x5 mm, 3 m, tinned", 80, "EA", "62.40", "2026-12-15"),
        ("CU-BB-SUP-3P", "Busbar support 3-pole, 60 mm centres", 40, "EA", "27.80", "2026-12-15"),
    ])
    pb = mkpo("4500232066", sup, "mara", "CHF", "2026-11-13", [
        ("CU-BB-30X10", "Copper busbar 30x10 mm, 4 m, bare", 30, "EA", "248.00", "2026-12-18"),
    ])
    pc = mkpo("4500232071", sup, "mara", "CHF", "2026-11-16", [
        ("CU-BRD-16", "Copper braid 16 mm2, 300 mm, M8 lugs", 200, "EA", "11.20", "2027-01-15"),
        ("CU-LUG-M10", "Cable lug 95 mm2, M10 hole", 500, "EA", "3.15", "2027-01-15"),
    ])
    ta = 80 * Decimal("62.40") + 40 * Decimal("29.90")
    tc = 200 * Decimal("11.20") + 500 * Decimal("3.15")
    sw = lambda x: num_en(x, 2).replace(",", "'")
    date = when("2026-11-24 15:30:26", "+0100")
    body = f"""Guten Tag Frau Lindqvist

Besten Dank für Ihre Bestellungen. Nachfolgend unsere Bestätigung:

Bestellung 4500232050
- Pos. 1 Kupferschiene 20x5 mm verzinnt, 3 m: 80 Stk. à CHF 62.40, Liefertermin 15.12.2026
- Pos. 2 Sammelschienenhalter 3-polig: 40 Stk. à CHF 29.90 (neuer Listenpreis), Liefertermin 15.12.2026
Total netto CHF {sw(ta)}

Bestellung 4500232071
- Pos. 1 Kupferlitzenband 16 mm², 300 mm: 200 Stk. à CHF 11.20, Liefertermin 08.01.2027
- Pos. 2 Kabelschuh 95 mm² M10: 500 Stk. à CHF 3.15, Liefertermin 15.01.2027
Total netto CHF {sw(tc)}

Freundliche Grüsse

Reto Baumgartner
Verkauf Innendienst
Elektro-Kupfer Aarau AG
Industriestrasse 44, 5000 Aarau
Tel. +41 62 836 40 20
reto.baumgartner@ekaarau.example
"""
    eml = reply(c, pa, frm=("Reto Baumgartner", "reto.baumgartner@ekaarau.example"), date=date, body=body,
                client="outlook", lang="de", locale="de-CH", prefix="AW:", charset="iso-8859-1")
    exp = confirmation([
        (pa, {1: acc(pa, 1), 2: chg(pa, 2, unit_price="29.90")}),
        (pc, {1: chg(pc, 1, date="2027-01-08"), 2: acc(pc, 2)}),
    ], "Three POs are open; the reply (threaded on 4500232050) answers 4500232050 and 4500232071 and never mentions "
       "4500232066, which is left out. Swiss format: apostrophe thousands (CHF 6'188.00), dot decimals, 'Stk.'. "
       "4500232050/2 new list price 29.90; 4500232071/1 earlier (08.01.2027 instead of 15.01.2027).")
    return [pa, pb, pc], eml, exp


# ---------------------------------------------------------------------------
@case("polish-two-pos-one-mentioned", "confirmation/en-US",
      "US reply confirms one PO (ship 12/01, delivered by 12/14, month-first) and only mentions the second PO as still with planning.")
def c027(c):
    sup = Supplier("BBC", "Bayou Boot Care LLC", "sales@bayoubootcare.example", "en-US")
    p1 = mkpo("4500232088", sup, "tomasz", "USD", "2026-11-16", [
        ("SP-CRM-BRN", "Shoe cream brown, 1.7 oz (50 ml) jar", 1800, "PCS", "1.38", "2026-12-14"),
        ("SP-CRM-BLK", "Shoe cream black, 1.7 oz (50 ml) jar", 2400, "PCS", "1.38", "2026-12-14"),
        ("SP-DAUB-2", "Dauber brush 2 in, horsehair", 600, "EA", "1.15", "2026-12-14"),
    ])
    p2 = mkpo("4500232095", sup, "tomasz", "USD", "2026-11-17", [
        ("SP-KIT-6", "Shoe care travel kit, 6 pcs", 300, "SET", "7.90", "2027-01-11"),
    ])
    date = when("2026-11-20 11:48:03", "-0600")
    body = """Hi Tomasz,

PO 4500232088 is confirmed: all three lines, quantities and prices as listed. We ship from New Orleans on 12/01/2026 and the goods will be delivered to your Rotterdam DC by 12/14/2026.

PO 4500232095 (travel kits) is still with our planning team - I'll come back to you on that one next week.

Thanks,
Dwayne Boudreaux
Inside Sales | Bayou Boot Care LLC
1200 Tchoupitoulas St, New Orleans, LA 70130
Office (504) 555-0193 | Cell (504) 555-0177
"""
    att = attribution("gmail", "en-US", p1, tz("-0600"))
    eml = reply(c, p1, frm=("Dwayne Boudreaux", "dwayne@bayoubootcare.example"), date=date, body=body,
                client="gmail", prefix="Re:", attribution=att)
    exp = confirmation([(p1, {n: acc(p1, n) for n in (1, 2, 3)})],
                       "4500232088 is fully accepted: the ship date 12/01/2026 is superseded by the delivery date "
                       "12/14/2026 (month-first, = requested 14 Dec). 4500232095 is only mentioned ('still with our "
                       "planning team, I'll come back next week') without any answer, so it is left out rather than "
                       "listed as unconfirmed.")
    return [p1, p2], eml, exp


# ---------------------------------------------------------------------------
@case("ink-split-japanese", "confirmation/ja-JP",
      "Japanese Shift_JIS reply with quantities in 18 kg cans, a split delivery with dates without year (12月11日 / 1月15日) and a price change.")
def c028(c):
    sup = Supplier("HIK", "Hokuto Ink Kogyo K.K.", "eigyo@hokuto-ink.example", "ja-JP")
    po = mkpo("4500232103", sup, "priya", "JPY", "2026-11-17", [
        ("INK-GRV-BK", "Gravure ink black, solvent-based, 18 kg can", 720, "KG", "1150", "2026-12-18"),
        ("INK-GRV-YL", "Gravure ink yellow, solvent-based, 18 kg can", 360, "KG", "1320", "2026-12-18"),
        ("INK-MED-CL", "Clear medium (varnish), 16 kg can", 320, "KG", "880", "2026-12-18"),
    ])
    date = when("2026-11-25 17:20:45", "+0900")
    body = """Kestrel Supply Group B.V.
調達部 Priya Castellano 様

いつも大変お世話になっております。
北斗インキ工業の佐藤でございます。

ご注文番号 4500232103 につきまして、下記の通りご回答申し上げます。

1. グラビアインキ 墨（18kg缶）：40缶（720kg）、単価 1,150円/kg、納期 12月18日
2. グラビアインキ 黄（18kg缶）：20缶（360kg）、単価 1,320円/kg
　 顔料の入荷遅れのため、12月11日に10缶（180kg）、残り10缶（180kg）を1月15日に分納させていただきます。
3. メジウム（16kg缶）：20缶（320kg）、単価 920円/kg（原材料価格高騰のため改定）、納期 12月18日

ご確認の程、何卒よろしくお願い申し上げます。

--------------------------------------------
北斗インキ工業株式会社　営業部
佐藤 健一（Kenichi Sato）
〒340-0002 埼玉県草加市青柳8-14-2
TEL: 048-931-5520　FAX: 048-931-5521
--------------------------------------------
"""
    eml = reply(c, po, frm=("佐藤 健一", "k.sato@hokuto-ink.example"), date=date, body=body, client="outlook",
                lang="ja", prefix="RE:", charset="shift_jis", cte="base64", hdr_charset="iso-2022-jp",
                region="jpnprd01")
    exp = confirmation([(po, {
        1: acc(po, 1),
        2: chg(po, 2, date="2027-01-15", schedule=[(180, "2026-12-11"), (180, "2027-01-15")]),
        3: chg(po, 3, unit_price="920"),
    })], "Quantities are in cans with kg in brackets (40缶=720kg). Dates lack a year: 12月18日 -> 2026-12-18, "
         "12月11日 -> 2026-12-11, 1月15日 -> 2027-01-15 (next occurrence after 25 Nov 2026). Line 2 split 180 kg + "
         "180 kg; line 3 new price 920 JPY/kg. Shift_JIS base64 body, ISO-2022-JP sender name.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("castor-turkish-rejected", "confirmation/tr-TR",
      "Turkish reply: one line confirmed, one line with a raw-material price increase, one line rejected as discontinued.")
def c029(c):
    sup = Supplier("ATS", "Anadolu Tekerlek San. ve Tic. A.Ş.", "satis@anadolutekerlek.example", "tr-TR")
    po = mkpo("4500232120", sup, "priya", "EUR", "2026-11-18", [
        ("HC-100-PP", "Bed castor 100 mm, PP wheel, M12x20 stem, brake", 600, "EA", "6.40", "2026-12-18"),
        ("HC-125-TPU", "Bed castor 125 mm, TPU, central lock, 22 mm socket", 300, "EA", "12.90", "2026-12-18"),
        ("HC-150-TW", "Twin-wheel castor 150 mm, grey, ISO 22883", 120, "EA", "17.30", "2026-12-18"),
    ])
    date = when("2026-11-26 10:40:19", "+0300")
    body = """Sayın Priya Hanım,

4500232120 numaralı siparişiniz için teşekkür ederiz.

1. kalem (HC-100-PP): 600 adet, birim fiyat 6,40 EUR, teslim 18.12.2026 - onaylıyoruz.
2. kalem (HC-125-TPU): hammadde artışı nedeniyle birim fiyat 13,45 EUR olacaktır; 300 adet, teslim 18.12.2026.
3. kalem (HC-150-TW): bu ürünün üretimi durdurulmuştur, maalesef tedarik edemiyoruz.

Saygılarımızla,

Elif Yıldırım
Dış Ticaret Sorumlusu
Anadolu Tekerlek San. ve Tic. A.Ş.
Organize Sanayi Bölgesi 4. Cadde No: 17, 42300 Selçuklu / Konya
Tel: +90 332 248 61 30 | GSM: +90 532 417 28 64
"""
    eml = reply(c, po, frm=("Elif Yıldırım", "elif.yildirim@anadolutekerlek.example"), date=date, body=body,
                client="outlook", lang="tr", prefix="YNT:", charset="windows-1254")
    exp = confirmation([(po, {1: acc(po, 1), 2: chg(po, 2, unit_price="13.45"), 3: REJ})],
                       "Line 1 confirmed as ordered; line 2 new unit price 13,45 EUR (decimal comma) with qty/date "
                       "as ordered; line 3 'üretimi durdurulmuştur ... tedarik edemiyoruz' = discontinued, rejected.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("figs-per-tonne", "confirmation/el-GR",
      "Greek reply quoting per tonne ('4.750,00 € ανά τόνο') and in tonnes for a PO in kilograms; one price change hidden by the unit.")
def c030(c):
    sup = Supplier("KDF", "Kalamata Dried Fruit S.A.", "exports@kalamata-dried.example", "el-GR")
    po = mkpo("4500232138", sup, "jonas", "EUR", "2026-11-18", [
        ("DF-FIG-4050", "Dried figs, natural, size 40/50 per kg, 12.5 kg carton", 5000, "KG", "4.60", "2027-01-15"),
        ("DF-RAI-SUL", "Sultana raisins, Thompson type, 12.5 kg carton", 2500, "KG", "3.10", "2027-01-15"),
    ])
    assert Decimal("400") * Decimal("12.5") == 5000
    date = when("2026-11-30 12:05:33", "+0200")
    body = """Αγαπητέ κύριε Feldmann,

Σας ευχαριστούμε για την παραγγελία 4500232138. Επιβεβαιώνουμε:

- Ξερά σύκα 40/50: 5 τόνοι (400 χαρτοκιβώτια x 12,5 kg), τιμή 4.750,00 € ανά τόνο, παράδοση 15/01/2027.
- Σταφίδα σουλτανίνα: 2,5 τόνοι (200 χαρτοκιβώτια), τιμή 3.100,00 € ανά τόνο, παράδοση 22/01/2027.

Η νέα τιμή στα σύκα οφείλεται στη μειωμένη σοδειά του 2026.

Με εκτίμηση,

Γιώργος Παπαδόπουλος
Τμήμα Εξαγωγών
Kalamata Dried Fruit S.A.
Βιομηχανική Περιοχή Καλαμάτας, 241 00 Καλαμάτα
Τηλ. +30 27210 88 412
"""
    eml = reply(c, po, frm=("Γιώργος Παπαδόπουλος", "g.papadopoulos@kalamata-dried.example"), date=date,
                body=body, client="outlook", lang="el", prefix="ΑΠ:", charset="windows-1253")
    exp = confirmation([(po, {
        1: chg(po, 1, unit_price=Decimal("4750.00") / 1000),
        2: chg(po, 2, date="2027-01-22"),
    })], "Quantities in tonnes (5 t = 5000 kg, 2,5 t = 2500 kg) and prices per tonne: 4.750,00 €/t = 4.75 €/kg "
         "(PO 4.60, changed); 3.100,00 €/t = 3.10 €/kg (unchanged) but delivery 22/01/2027 instead of 15 Jan. "
         "Greek dot thousands / decimal comma.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("polish-per-100", "confirmation/hu-HU",
      "Hungarian prices 'EUR / 100 db' for a PO priced per piece, with Hungarian year-first dates ('2026. december 22.').")
def c031(c):
    sup = Supplier("FCK", "Fényes Cipőápolás Kft.", "rendeles@fenyescipo.example", "hu-HU")
    po = mkpo("4500232155", sup, "tomasz", "EUR", "2026-11-18", [
        ("SP-WAX-40B", "Shoe wax polish black, 40 ml tin", 5000, "PCS", "0.48", "2026-12-16"),
        ("SP-WAX-40N", "Shoe wax polish neutral, 40 ml tin", 3000, "PCS", "0.48", "2026-12-16"),
        ("SP-SPNG-3", "Instant shine sponge, 3 in 1", 2000, "PCS", "0.36", "2026-12-16"),
    ])
    date = when("2026-11-25 09:12:50", "+0100")
    body = """Tisztelt Wren Úr!

Köszönjük a 4500232155 számú megrendelést. Visszaigazoljuk az alábbiak szerint:

1. tétel: fekete cipőkrém 40 ml, 5000 db, ár 48,00 EUR / 100 db, szállítás 2026. december 16.
2. tétel: színtelen cipőkrém 40 ml, 3000 db, ár 51,00 EUR / 100 db, szállítás 2026. december 16.
3. tétel: gyorsfényező szivacs 3 az 1-ben, 2000 db, ár 36,00 EUR / 100 db, szállítás 2026. december 22.

Üdvözlettel:

Szabó Eszter
értékesítési asszisztens
Fényes Cipőápolás Kft.
6000 Kecskemét, Szent István krt. 41.
Tel.: +36 76 504 318
"""
    eml = reply(c, po, frm=("Szabó Eszter", "szabo.eszter@fenyescipo.example"), date=date, body=body,
                client="outlook", lang="hu", prefix="VÁLASZ:", charset="iso-8859-2")
    exp = confirmation([(po, {
        1: acc(po, 1),
        2: chg(po, 2, unit_price=Decimal("51.00") / 100),
        3: chg(po, 3, date="2026-12-22"),
    })], "Prices are per 100 pieces: 48,00/100 = 0.48 (as PO), 51,00/100 = 0.51 (PO 0.48, changed), 36,00/100 = "
         "0.36 (as PO). Hungarian dates are year-first ('2026. december 22.'): line 3 moves to 22 Dec.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("adhesive-surcharge-pct", "confirmation/sk-SK",
      "Slovak confirmation adding a '+4,5 %' surcharge to all PO prices without stating the resulting prices.")
def c032(c):
    sup = Supplier("TLS", "Tatra Lepidlá s.r.o.", "obchod@tatralepidla.example", "sk-SK")
    po = mkpo("4500232171", sup, "mara", "EUR", "2026-11-19", [
        ("TA-FLEX-25", "Flexible tile adhesive C2TE S1, 25 kg", 600, "EA", "10.00", "2026-12-17"),
        ("TA-STD-25", "Standard tile adhesive C1T, 25 kg", 1200, "EA", "6.00", "2026-12-17"),
        ("TA-PRIM-5", "Primer concentrate, 5 L canister", 150, "EA", "14.00", "2026-12-17"),
    ])
    date = when("2026-11-26 13:30:07", "+0100")
    body = """Dobrý deň pani Lindqvist,

potvrdzujeme Vašu objednávku č. 4500232171 v požadovaných množstvách s dodaním 17.12.2026.

Vzhľadom na zvýšenie cien cementu a energií uplatňujeme na všetky položky príplatok +4,5 % k cenám uvedeným v objednávke.

S pozdravom

Martin Horváth
obchodný referent
Tatra Lepidlá s.r.o.
Priemyselná 9, 058 01 Poprad
tel.: +421 52 772 14 30
"""
    att = attribution("gmail", "sk-SK", po, tz("+0100"))
    eml = reply(c, po, frm=("Martin Horváth", "martin.horvath@tatralepidla.example"), date=date, body=body,
                client="gmail", prefix="Re:", attribution=att)
    f = Decimal("1.045")
    exp = confirmation([(po, {n: chg(po, n, unit_price=Decimal(po.line(n).unit_price) * f) for n in (1, 2, 3)})],
                       "Quantities and date (17.12.2026) as ordered, but '+4,5 %' applies to every PO unit price: "
                       "10.00 -> 10.45, 6.00 -> 6.27, 14.00 -> 14.63. The new prices are never written out.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("filter-kw-with-day", "confirmation/de-DE",
      "German KW dates: 'Dienstag, KW 50' (a named day), 'KW 51' (Friday) and 'KW 2/2027'; item sizes 1x4 and 250/90 look like numbers.")
def c033(c):
    sup = Supplier("FPS", "Filterpapierfabrik Sauerland GmbH", "vertrieb@fpf-sauerland.example", "de-DE")
    po = mkpo("4500232190", sup, "tomasz", "EUR", "2026-11-19", [
        ("CF-1X4-BR", "Coffee filter bags size 1x4, natural brown, 80 per pack", 12000, "PCS", "0.62", "2026-12-08"),
        ("CF-102-WH", "Coffee filter bags size 102, white, 100 per pack", 8000, "PCS", "0.58", "2026-12-08"),
        ("CF-BSK-250", "Basket filter 250/90 mm for brewers, 1000 per case", 400, "BOX", "14.20", "2027-01-15"),
    ])
    date = when("2026-11-25 11:20:08", "+0100")
    body = """Hallo Herr Wren,

anbei unsere Bestätigung zu Ihrer Bestellung 4500232190:

Pos. 1 Filtertüten 1x4 braun, 80er: 12.000 Pck. à 0,62 EUR - Anlieferung Dienstag, KW 50
Pos. 2 Filtertüten 102 weiß, 100er: 8.000 Pck. à 0,58 EUR - Anlieferung KW 51
Pos. 3 Korbfilter 250/90 mm: 400 Kartons à 14,20 EUR - Anlieferung KW 2/2027

Freundliche Grüße

Sabine Kaltenbach
Vertriebsinnendienst
Filterpapierfabrik Sauerland GmbH
Lennestraße 61 | 57368 Lennestadt
Telefon +49 2723 9174-31
"""
    eml = reply(c, po, frm=("Sabine Kaltenbach", "s.kaltenbach@fpf-sauerland.example"), date=date, body=body,
                client="outlook", lang="de", prefix="AW:", charset="utf-8")
    assert dt.date.fromisocalendar(2026, 50, 2) == dt.date(2026, 12, 8)
    exp = confirmation([(po, {1: acc(po, 1), 2: chg(po, 2, date="2026-12-18"), 3: acc(po, 3)})],
                       "'Dienstag, KW 50' names a day -> Tuesday 2026-12-08 (= requested); 'KW 51' alone -> Friday "
                       "2026-12-18 (line 2 later than 8 Dec); 'KW 2/2027' -> Friday 2027-01-15 (= requested). "
                       "'Pck.' are the PO's pieces (packs); 12.000 = 12000.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("ticket-system-receipt", "auto_reply/en-IE",
      "Helpdesk ticket acknowledgement ('Your request (48213) has been received') that repeats our whole request with its PO table.")
def c034(c):
    sup = Supplier("LPC", "Liffey Print Consumables Ltd", "orders@liffeyprint.example", "en-IE")
    po = mkpo("4500232203", sup, "priya", "EUR", "2026-11-20", [
        ("INK-SCR-BK", "Screen printing plastisol ink black, 5 kg", 40, "EA", "58.00", "2026-12-11"),
        ("INK-SCR-032", "Plastisol ink red Pantone 032 C, 5 kg", 12, "EA", "71.50", "2026-12-11"),
    ])
    date = when("2026-11-20 08:12:44", "+0000")
    t = po.req_dt.astimezone(tz("+0000"))
    req = request_plain(po)
    plain = f"""##- Please type your reply above this line -##

Hello Priya,

Thank you for contacting Liffey Print Consumables. Your request (48213) has been received and is being reviewed by our order desk.

Orders received before 12:00 are normally processed the same working day; you will receive a separate order confirmation with delivery dates from our sales team.

To add additional comments, reply to this email.

Liffey Print Customer Service
Unit 14, Ballymount Industrial Estate, Dublin 12, D12 X8Y2 | +353 1 456 2290

----------------------------------------------

Priya Castellano

{t.day} Nov {t.year}, {t:%H:%M} GMT

{req}
--------------------------------
This email is a service from Liffey Print Customer Service. [8K2ZQ7-V1YQ]
"""
    html = ('<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#2f3941">'
            '<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
            "<p>Hello Priya,</p><p>Thank you for contacting Liffey Print Consumables. Your request (48213) has been "
            "received and is being reviewed by our order desk.</p><p>Orders received before 12:00 are normally processed "
            "the same working day; you will receive a separate order confirmation with delivery dates from our sales team.</p>"
            "<p>To add additional comments, reply to this email.</p><p>Liffey Print Customer Service<br>"
            "Unit 14, Ballymount Industrial Estate, Dublin 12, D12 X8Y2 | +353 1 456 2290</p><hr>"
            f"<p><b>Priya Castellano</b><br>{t.day} Nov {t.year}, {t:%H:%M} GMT</p>" + request_html(po) +
            '<p style="color:#aaa;font-size:11px">This email is a service from Liffey Print Customer Service. [8K2ZQ7-V1YQ]</p></div>')
    body = mime.multipart("alternative", [mime.text(plain, "plain", "utf-8", "quoted-printable"),
                                          mime.text(wrap_html(html, "zendesk", "utf-8"), "html", "utf-8", "quoted-printable")],
                          f"--==_mimepart_{c.hex('zb', 13)}_{c.digits('zd', 4)}")
    hdrs = [("Return-Path", "<support+id48213@liffeyprint.example>")]
    hdrs += received(c, "zendesk", "out.liffeyprint.example", po.buyer.email, date)
    hdrs += [("From", "Liffey Print Customer Service <support@liffeyprint.example>"),
             ("Reply-To", "Liffey Print Customer Service <support+id48213@liffeyprint.example>"),
             ("To", mime.addr(po.buyer.name, po.buyer.email)),
             ("Subject", f"[Request #48213] Received: {po.subject}"),
             ("Date", mime.date_header(date)),
             ("Message-ID", f"<8K2ZQ7V1YQ_{c.hex('zm', 13)}_{c.hex('zn', 6)}_sprut@helpdesk.liffeyprint.example>"),
             ("In-Reply-To", po.rid), ("References", po.rid),
             ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
             ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "6f1c2a0")]
    eml = mime.message(hdrs, body)
    exp = other("auto_reply", "Helpdesk/ticket system receipt (Auto-Submitted: auto-replied) promising a separate "
                              "confirmation later; it echoes our full request with the PO table, so quantities, prices "
                              "and dates appear but are ours, not the supplier's.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("winch-korean-html-only", "confirmation/ko-KR",
      "HTML-only Korean webmail (EUC-KR, base64) answering in an HTML table; one line moved to 2027-02-26.")
def c035(c):
    sup = Supplier("DMW", "Daeyang Marine Winch Co., Ltd.", "sales@daeyangwinch.example", "ko-KR")
    po = mkpo("4500232222", sup, "mara", "USD", "2026-11-19", [
        ("MW-HYD-10T", "Hydraulic mooring winch 10 t, 2027 model", 2, "EA", "18400.00", "2027-01-29"),
        ("MW-ANC-22", "Electric anchor windlass, 22 mm chain, 440V 3ph", 2, "EA", "9650.00", "2027-01-29"),
        ("MW-SP-KIT", "Spare parts kit (seals, brake lining 12x20)", 4, "SET", "780.00", "2027-01-29"),
    ])
    date = when("2026-11-27 16:05:42", "+0900")
    t = po.req_dt.astimezone(tz("+0900"))
    kwd = "월화수목금토일"[t.weekday()]
    td = 'style="border:1px solid #999;padding:3px 8px"'
    rows = [("MW-HYD-10T", "유압 계류 윈치 10톤", "2", "18,400.00", "2027-01-29", ""),
            ("MW-ANC-22", "전동 앵커 윈드라스 22mm", "2", "9,650.00", "2027-02-26", "모터 수급 지연"),
            ("MW-SP-KIT", "예비품 키트", "4", "780.00", "2027-01-29", "")]
    table = (f'<table style="border-collapse:collapse;font-size:9pt"><tr>'
             + "".join(f"<th {td}>{h}</th>" for h in ["품번", "품명", "수량", "단가(USD)", "납기", "비고"]) + "</tr>"
             + "".join("<tr>" + "".join(f"<td {td}>{esc(x)}</td>" for x in r) + "</tr>" for r in rows) + "</table>")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>
<body><div style="font-family:'맑은 고딕',sans-serif;font-size:10pt">
<p>Mara 님, 안녕하세요.</p>
<p>대양마린윈치 해외영업팀 김민수입니다.<br>발주서 4500232222 건 아래와 같이 확인드립니다.</p>
{table}
<p>앵커 윈드라스(MW-ANC-22)는 모터 수급 지연으로 납기가 2027년 2월 26일로 변경되었습니다.<br>
나머지 품목은 요청하신 수량, 단가, 납기대로 공급 가능합니다.</p>
<p>감사합니다.<br>김민수 드림</p>
<p style="color:#555;font-size:9pt">대양마린윈치 주식회사 | 해외영업팀 과장 김민수<br>
부산광역시 강서구 녹산산업중로 333 | Tel +82-51-974-2210 | Mobile +82-10-4471-2290</p>
<br><br>
<div style="font-size:9pt">-----Original Message-----<br>
From: "{po.buyer.name}"&lt;{po.buyer.email}&gt;<br>
To: "{esc(po.supplier.name)}"&lt;{po.supplier.email}&gt;<br>
Cc: <br>
Sent: {t:%Y-%m-%d} ({kwd}) {t:%H:%M:%S} (GMT+09:00)<br>
Subject: {po.subject}</div>
<blockquote style="margin:0 0 0 8px;border-left:2px solid #ccc;padding-left:8px">{request_html(po)}</blockquote>
</div></body></html>
"""
    part = mime.text(html, "html", "euc-kr", "base64")
    hdrs = [("Return-Path", "<minsu.kim@daeyangwinch.example>")]
    hdrs += received(c, "hiworks", "daeyangwinch.example", po.buyer.email, date)
    hdrs += [("From", mime.addr("김민수", "minsu.kim@daeyangwinch.example", "euc-kr")),
             ("To", f'"{po.buyer.name}" <{po.buyer.email}>'),
             ("Subject", mime.enc_words(f"RE: {po.subject}", "euc-kr", "force")),
             ("Date", mime.date_header(date)),
             ("Message-ID", f"<{c.hex('hw', 32)}@daeyangwinch.example>"),
             ("In-Reply-To", po.rid), ("References", po.rid),
             ("X-Mailer", "Hiworks Mail"), ("X-Priority", "3")]
    eml = mime.message(hdrs, part)
    exp = confirmation([(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-02-26"), 3: acc(po, 3)})],
                       "No text/plain part: the answer is an HTML table (EUC-KR, base64). MW-ANC-22 delivery "
                       "2027-02-26 (also stated as 2027년 2월 26일); the other lines 'as requested'. The quoted original "
                       "below carries our PO values again.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("wipes-chinese-cartons", "confirmation/zh-CN",
      "Foxmail GB2312 reply rounding a line up to full cartons (146箱 x 240包 = 35040) and moving it to 2027年1月22日.")
def c036(c):
    sup = Supplier("ZRH", "Zhejiang Roujie Hygiene Products Co., Ltd.", "sales@roujie-hygiene.example", "zh-CN")
    po = mkpo("4500232240", sup, "priya", "USD", "2026-11-20", [
        ("BW-80-FF", "Baby wipes 80 pcs/pack, fragrance-free, 15x20 cm", 24000, "PCS", "0.78", "2027-01-15"),
        ("BW-10-TRV", "Travel baby wipes 10 pcs/pack", 35000, "PCS", "0.19", "2027-01-15"),
    ])
    assert 500 * 48 == 24000 and 146 * 240 == 35040 and 145 * 240 < 35000
    date = when("2026-11-30 10:18:27", "+0800")
    body = """Dear Priya,

您好！关于订单 4500232240 确认如下：

1. 婴儿湿巾80片装（无香型）：24000包 = 500箱（48包/箱），单价 USD 0.78/包，交货期 2027年1月15日。
2. 旅行装湿巾10片装：按整箱出货，每箱240包，共146箱 = 35040包，单价 USD 0.19/包不变，交货期 2027年1月22日（春节前排产紧张）。

请确认，谢谢！

Best regards
Lily Chen 陈丽
外贸部 Export Dept.
浙江柔洁卫生用品有限公司
Zhejiang Roujie Hygiene Products Co., Ltd.
浙江省湖州市吴兴区织里镇工业园 88号
Tel: +86-572-3018 866  Mob/WeChat: +86 138 5727 4412
"""
    eml = reply(c, po, frm=("Lily Chen", "lily.chen@roujie-hygiene.example"), date=date, body=body,
                client="foxmail", prefix="回复:", charset="gb2312", cte="base64", hdr_charset="gb2312")
    exp = confirmation([(po, {1: acc(po, 1), 2: chg(po, 2, quantity=35040, date="2027-01-22")})],
                       "Line 1: 500 cartons x 48 = 24000 packs as ordered. Line 2 rounded up to full cartons: 146 x "
                       "240 = 35040 (PO 35000), price unchanged, delivery 2027年1月22日 instead of 15 Jan. Chinese "
                       "date notation, GB2312 base64, Foxmail quote header with 发件人/发送时间.")
    return [po], eml, exp
