"""Cases 019-036."""
import datetime as dt
from decimal import Decimal

from .common import (ACC, REJ, UNC, Chg, P, PO, Q, Raw, Supplier, Tbl, assert_wd, attach, case, conf,
                     confirmation, dec, iso_week_day, make_msgid, other, outlook_hdr, quote_request,
                     reply, request_blocks, request_message, request_table, rfc_date, h)
from . import mime
from .pdf import document
from .xlsx import make_xlsx


# ---------------------------------------------------------------------------
@case("compost-bins-czech-two-dates", "confirmation/cs-CZ",
      "Czech reply splitting one line into '50 ks 10.12., zbytek 18.12.' (no years, remainder not numbered) plus a new price on another line.")
def _c019():
    sup = Supplier("KOMMOR", "Kompostéry Morava s.r.o.", "objednavky@komposterymorava.example", "cs-CZ")
    po = PO("4500232311", sup, "sophie", "CZK", "2026-11-10", [
        (1, "KM-400L-RPP", "Compost bin 400 l, recycled PP, 80x80 cm", 120, "PCS", "1390.00", "2026-12-10"),
        (2, "KM-900L-2K", "Compost bin 900 l, 2 chambers", 40, "PCS", "2850.00", "2026-12-10"),
        (3, "KM-LID-8080", "Spare lid 80x80 cm, hinged", 30, "PCS", "210.00", "2026-12-10"),
    ])
    body = [
        P("Dobrý den, paní Laurent,"),
        P("děkujeme za objednávku č. 4500232311. Potvrzujeme:"),
        P("Pol. 1 – kompostér 400 l: 50 ks dodáme 10.12., zbytek 18.12. Cena beze změny.\n"
          "Pol. 2 – kompostér 900 l: dle objednávky, 40 ks po 2 850,00 Kč, dodání 10. 12. 2026.\n"
          "Pol. 3 – náhradní víko: 30 ks, cena 230,00 Kč/ks (nový ceník od 1. 11.), termín 10.12."),
        P("S pozdravem\n\nPetra Novotná\nobchodní oddělení\nKompostéry Morava s.r.o.\n"
          "Průmyslová 1127/8, 750 02 Přerov\ntel.: +420 581 203 447, mobil: +420 602 118 390"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("Od:", "Odesláno:", "Komu:", "Předmět:"), sent="úterý 10. listopadu 2026 9:14"))
    eml = reply(po, frm=("Petra Novotná", "novotna@komposterymorava.example"), date="2026-11-16 10:14:55 +0100",
                body=body, quote=q, client="outlook", charset="windows-1250", cte="quoted-printable", lang="cs-CZ")
    exp = confirmation([conf(po, {1: Chg(sched=[(50, "2026-12-10"), (70, "2026-12-18")]), 2: ACC, 3: Chg(p="230.00")})],
                       "Line 1: '50 ks 10.12., zbytek 18.12.' = 50 on 2026-12-10 and the remaining 70 on 2026-12-18 "
                       "(dates without year, after the 16 Nov mail). Line 3 new price 230,00 Kč; '1. 11.' is the price "
                       "list date, not a delivery.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("dental-implants-thank-you-noted", "needs_review/en-IE",
      "A one-line iPhone reply 'Thank you, noted.' above the full quoted PO: an acknowledgement of receipt, not a commitment.")
def _c020():
    sup = Supplier("ATLDENT", "Atlantic Dental Implants Ltd", "orders@atlanticdental.example", "en-IE")
    po = PO("4500232334", sup, "lena", "EUR", "2026-11-11", [
        (1, "ADI-TL48-12", "Tissue level implant 4.8 x 12 mm, RN, SLA surface", 40, "PCS", "164.00", "2026-12-09"),
        (2, "ADI-SCR-M16", "Prosthetic screw M1.6, torque 35 Ncm", 100, "PCS", "11.50", "2026-12-09"),
    ])
    body = [P("Thank you, noted."), P("Ciarán"), P("Sent from my iPhone")]
    q = quote_request(po, "gt", attribution="On 11 Nov 2026, at 08:14, Lena Hartmann <lena.hartmann@kestrel-procurement.example> wrote:")
    eml = reply(po, frm=("Ciarán O'Neill", "ciaran.oneill@atlanticdental.example"), date="2026-11-11 17:32:10 +0000",
                body=body, quote=q, client="ios", charset="utf-8", cte="quoted-printable", prefix="Re: ", lang="en-IE")
    exp = other("needs_review",
                "'Thank you, noted.' only acknowledges receipt; it neither confirms nor rejects quantities, prices or "
                "dates, so a human has to chase a real confirmation.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("sailing-ropes-three-pos-one-answered", "confirmation/fr-FR",
      "Three open POs from the same supplier; the reply answers only one, with a '+4 %' price change and 'semaine 51' that equals the requested date.")
def _c021():
    sup = Supplier("CORDAT", "Corderie Atlantique SAS", "commandes@corderie-atlantique.example", "fr-FR")
    a = PO("4500232355", sup, "lena", "EUR", "2026-11-04", [
        (1, "CA-DRS10-60", "Dyneema halyard 10 mm, 60 m", 8, "ROL", "265.00", "2026-12-11"),
        (2, "CA-AML14-50", "Mooring line 14 mm, 3-strand polyamide, 50 m", 12, "ROL", "118.00", "2026-12-11"),
    ])
    b = PO("4500232378", sup, "lena", "EUR", "2026-11-09", [
        (1, "CA-ECT8-100", "Sheet 8 mm, polyester double braid, 100 m", 15, "ROL", "142.50", "2026-12-18"),
        (2, "CA-ECT10-100", "Sheet 10 mm, polyester double braid, 100 m", 10, "ROL", "189.00", "2026-12-18"),
        (3, "CA-SAND6-100", "Shock cord 6 mm, 2027 colours, 100 m", 6, "ROL", "54.00", "2026-12-18"),
    ])
    c = PO("4500232399", sup, "lena", "EUR", "2026-11-10", [
        (1, "CA-AMA12-25", "Dock line 12 mm x 25 m, spliced eye", 40, "PCS", "36.80", "2027-01-08"),
    ])
    assert iso_week_day(2026, 51) == "2026-12-18"
    assert dec("189.00") * dec("1.04") == dec("196.5600")
    body = [
        P("Bonjour Madame Hartmann,"),
        P("Concernant votre commande 4500232378, voici notre confirmation :"),
        P("- Ligne 1 (écoute 8 mm) : 15 bobines à 142,50 €, livraison le 18/12/2026.\n"
          "- Ligne 2 (écoute 10 mm) : 10 bobines, prix ajusté de +4 % suite à la hausse du polyester, livraison le 18/12/2026.\n"
          "- Ligne 3 (sandow 6 mm) : livraison semaine 51, prix inchangé."),
        P("Pour les commandes 4500232355 et 4500232399, notre atelier revient vers vous en début de semaine prochaine."),
        P("Bien cordialement,\n\nYann Le Goff\nService ADV\nCorderie Atlantique SAS\nZA de Kerandré, 29200 Brest\n"
          "Tél. : 02 98 41 73 60"),
    ]
    q = Q(request_blocks(b), style="outlook",
          hdr=outlook_hdr(b, ("De :", "Envoyé :", "À :", "Objet :"), sent="lundi 9 novembre 2026 09:14"))
    eml = reply(b, frm=("Yann Le Goff", "y.legoff@corderie-atlantique.example"), date="2026-11-17 16:48:03 +0100",
                body=body, quote=q, client="outlook", charset="iso-8859-15", cte="quoted-printable", prefix="RE : ",
                lang="fr-FR")
    exp = confirmation([conf(b, {1: ACC, 2: Chg(p="196.56"), 3: ACC})],
                       "Only PO 4500232378 is answered; 4500232355 and 4500232399 are merely mentioned ('revient vers "
                       "vous') and left out. +4 % on 189,00 = 196.56; 'semaine 51' = Friday 2026-12-18 = the requested date, "
                       "so line 3 is accepted.")
    return [a, b, c], eml, exp


# ---------------------------------------------------------------------------
@case("cheese-wax-price-per-kg", "confirmation/fr-CH",
      "PO lines are in tonnes but the Swiss supplier confirms kilograms and CHF per kg with apostrophe thousands (2'000 kg).")
def _c022():
    sup = Supplier("CIRROM", "Cires Fromagères Romandes SA", "commandes@cires-romandes.example", "fr-CH")
    po = PO("4500232412", sup, "marco", "CHF", "2026-11-11", [
        (1, "CFR-ROUGE-25", "Cheese wax red, pellets, 25 kg bag", 2, "T", "4720.00", "2026-12-14"),
        (2, "CFR-NOIR-27", "Cheese wax black, 2027 formulation, 25 kg bag", 1, "T", "4980.00", "2026-12-14"),
        (3, "CFR-PINC-34", "Wax brush 3/4 inch, natural bristle", 50, "PCS", "3.20", "2026-12-14"),
    ])
    assert dec("4.85") * 1000 == dec("4850.00") and dec("4.98") * 1000 == dec("4980.00")
    body = [
        P("Bonjour Monsieur Bianchi,"),
        P("Nous vous remercions de votre commande no 4500232412 et vous la confirmons comme suit :"),
        P("Pos. 1 : 2'000 kg cire rouge (80 sacs de 25 kg) à CHF 4.85/kg, livraison le 14.12.2026\n"
          "Pos. 2 : 1'000 kg cire noire (40 sacs) à CHF 4.98/kg, livraison le 14.12.2026\n"
          "Pos. 3 : 50 pinceaux 3/4\" à CHF 3.20 pièce, livraison le 14.12.2026"),
        P("La hausse sur la cire rouge est due au prix de la paraffine. Livraison franco Dresden selon vos conditions."),
        P("Avec nos meilleures salutations\n\nNicole Favre\nAdministration des ventes\nCires Fromagères Romandes SA\n"
          "Route de l'Industrie 22, 1630 Bulle\nTél. +41 26 919 44 80"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("De :", "Envoyé :", "À :", "Objet :"), sent="mercredi, 11 novembre 2026 09:14"))
    eml = reply(po, frm=("Nicole Favre", "n.favre@cires-romandes.example"), date="2026-11-18 08:55:41 +0100",
                body=body, quote=q, client="outlook", charset="windows-1252", cte="quoted-printable", prefix="RE: ",
                lang="fr-CH")
    exp = confirmation([conf(po, {1: Chg(p="4850.00"), 2: ACC, 3: ACC})],
                       "Quantities and prices per kg must be converted to the PO's tonnes: 2'000 kg = 2 T, CHF 4.85/kg = "
                       "4850.00 per T (PO 4720.00); 1'000 kg at 4.98/kg = 1 T at 4980.00 (as ordered).")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("climbing-holds-xlsx-ack", "confirmation/en-AU",
      "All values are only in an attached XLSX acknowledgement with Excel date serials, separate dispatch and delivery columns and a partial line.")
def _c023():
    sup = Supplier("CRUXAU", "Crux Holds Pty Ltd", "sales@cruxholds.example", "en-AU")
    po = PO("4500232433", sup, "tom", "AUD", "2026-11-09", [
        (1, "CRX-JUG-XL5", "Jug set XL, 5 holds, incl. M10x40 bolts, PU", 20, "SET", "189.00", "2026-12-04"),
        (2, "CRX-CRIMP-12", "Crimp set 12 pcs, 2027 colours", 30, "SET", "96.00", "2026-12-04"),
        (3, "CRX-VOL-1200", "Volume 1200x600 mm, plywood, 3/4 inch", 6, "PCS", "420.00", "2026-12-11"),
        (4, "CRX-BOLT-M1070", "Bolt M10x70, hex socket, 50/box", 10, "BOX", "38.50", "2026-12-04"),
    ])
    D = dt.date
    rows = [["Crux Holds Pty Ltd - Order Acknowledgement OA-11873"],
            ["Customer PO", "4500232433", "", "Customer", "Kestrel Procurement GmbH"],
            [],
            ["Line", "Item", "Description", "Qty Ordered", "Qty Confirmed", "UOM", "Unit Price (AUD)",
             "Dispatch Date", "Delivery Date", "Comment"],
            [1, "CRX-JUG-XL5", "Jug set XL (5) + M10x40 bolts", 20, 20, "SET", Decimal("189.00"), D(2026, 11, 20), D(2026, 12, 4), ""],
            [2, "CRX-CRIMP-12", "Crimp set 12 pcs 2027 colours", 30, 30, "SET", Decimal("96.00"), D(2026, 11, 20), D(2026, 12, 4), ""],
            [3, "CRX-VOL-1200", "Volume 1200x600 ply", 6, 4, "PCS", Decimal("420.00"), D(2026, 11, 27), D(2026, 12, 11),
             "Only 4 in stock - balance cancelled"],
            [4, "CRX-BOLT-M1070", "Bolt M10x70 hex (50/box)", 10, 10, "BOX", Decimal("38.50"), D(2026, 11, 25), D(2026, 12, 9),
             "Ships separately from Sydney DC"],
            [],
            ["Prices ex GST. Freight DAP Dresden by air."]]
    xlsx = make_xlsx([("Acknowledgement", rows)], created="2026-11-16T23:58:00Z", creator="Jess Morgan",
                     datefmt="dd/mm/yyyy", bold_rows=(0, 3), widths=[6, 18, 32, 12, 14, 7, 16, 14, 14, 36],
                     when=(2026, 11, 17, 10, 58, 0))
    body = [
        P("Hi Tom,"),
        P("Please find attached our order acknowledgement OA-11873 for your PO 4500232433.\n"
          "Note the comments on lines 3 and 4."),
        P("Cheers,\nJess"),
        P("Jess Morgan | Customer Service\nCrux Holds Pty Ltd\n12 Lucca Road, Wyong NSW 2259, Australia\n"
          "P +61 2 4353 0917 | ABN 51 624 118 903"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, sent="Monday, 9 November 2026 7:14 PM", to_name="Crux Sales"))
    eml = reply(po, frm=("Jess Morgan", "jess.morgan@cruxholds.example"), date="2026-11-17 10:58:22 +1100",
                body=body, quote=q, client="outlook365", charset="us-ascii", cte="7bit", html_charset="us-ascii",
                html_cte="quoted-printable", lang="en-AU",
                attachments=[attach(xlsx, "OA-11873_PO4500232433.xlsx",
                                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    exp = confirmation([conf(po, {1: ACC, 2: ACC, 3: Chg(q=4), 4: Chg(date="2026-12-09")})],
                       "Values only in the XLSX (dates as Excel serials, dd/mm/yyyy format). Delivery Date wins over "
                       "Dispatch Date; line 3 only 4 of 6 (balance cancelled); line 4 delivered 2026-12-09 instead of "
                       "2026-12-04.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("ballet-shoes-dozens-of-pairs", "confirmation/ru-RU",
      "Russian KOI8-R reply from The Bat! counting in dozens of pairs and prices per dozen against a PO in pairs (and pairs against a PO in dozens).")
def _c024():
    sup = Supplier("TEATOB", "Teatralnaya Obuv OOO", "zakaz@teatr-obuv.example", "ru-RU")
    po = PO("4500232456", sup, "sophie", "EUR", "2026-11-10", [
        (1, "TO-PT35X-HS", "Pointe shoes size 3.5 X, hard shank", 120, "PAIR", "85.00", "2026-12-18"),
        (2, "TO-PT4XX-MS", "Pointe shoes size 4 XX, medium shank", 96, "PAIR", "85.00", "2026-12-18"),
        (3, "TO-SOFT36-SS", "Soft ballet slippers, split sole, size 36", 20, "DZ", "96.00", "2026-12-18"),
    ])
    assert 10 * 12 == 120 and dec("1020.00") / 12 == dec("85.00")
    assert 6 * 12 == 72 and 72 + 24 == 96
    assert 240 / 12 == 20 and dec("8.00") * 12 == dec("96.00")
    body = [
        P("Здравствуйте, Sophie."),
        P("Подтверждаем заказ N 4500232456:"),
        P("Поз. 1 - пуанты 3,5 X, жесткая стелька: 10 дюжин пар по 1 020,00 EUR за дюжину, поставка к 18.12.2026.\n"
          "Поз. 2 - пуанты 4 XX, средняя стелька: 6 дюжин пар (72 пары) к 18.12.2026, остальные 24 пары - 15.01.2027, "
          "цена та же.\n"
          "Поз. 3 - мягкие балетки, р. 36: 240 пар по 8,00 EUR за пару, поставка к 18.12.2026."),
        P("-- \nС уважением,\nОльга Смирнова\nменеджер по экспорту\nООО \"Театральная обувь\"\n"
          "г. Москва, ул. Электрозаводская, д. 27, стр. 3\nтел. +7 (495) 963-18-42"),
    ]
    q = quote_request(po, "gt", attribution="Вы писали 10 ноября 2026 г., 11:14:07:", prefix="SL> ")
    eml = reply(po, frm=("Ольга Смирнова", "o.smirnova@teatr-obuv.example"), date="2026-11-16 13:27:09 +0300",
                body=body, quote=q, client="thebat", charset="koi8-r", cte="8bit", html=False, prefix="Re: ",
                lang="ru-RU")
    exp = confirmation([conf(po, {1: ACC, 2: Chg(sched=[(72, "2026-12-18"), (24, "2027-01-15")]), 3: ACC})],
                       "Conversions both ways: 10 dozen pairs = 120 PAIR and 1 020,00 EUR/dozen = 85.00 per pair (as "
                       "ordered); 240 pairs = 20 DZ and 8,00/pair = 96.00 per DZ (as ordered). Line 2 split 72 + 24 pairs. "
                       "Quoted text uses The Bat! 'SL>' prefixes.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("fibre-patch-cords-erp-pdf", "confirmation/zh-CN",
      "Chinese GB2312 Foxmail reply plus a Flate-compressed PDF sales confirmation; one date and one price change.")
def _c025():
    sup = Supplier("GLFIBER", "Shenzhen Guanglian Communication Co., Ltd.", "sales@gl-fiber.example", "zh-CN")
    po = PO("4500232477", sup, "priya", "USD", "2026-11-11", [
        (1, "GLF-LCLC-OS2-3", "Patch cord LC/UPC-LC/UPC, SM OS2, duplex, 3 m, 2.0 mm", 500, "PCS", "2.35", "2026-12-15"),
        (2, "GLF-SCLC-OM4-5", "Patch cord SC-LC, OM4, duplex, 5 m", 300, "PCS", "3.10", "2026-12-15"),
        (3, "GLF-MPO12-OM4-10", "MPO-12F trunk, OM4, 10 m, type B", 40, "PCS", "46.00", "2026-12-15"),
        (4, "GLF-PIG-SCAPC-15", "Pigtail SC/APC 1.5 m, 0.9 mm", 1000, "PCS", "0.62", "2026-12-15"),
    ])
    lines = [(1, "GLF-LCLC-OS2-3", "LC/UPC-LC/UPC OS2 duplex 3m 2.0mm", 500, "PCS", "2.35", "2026-12-15"),
             (2, "GLF-SCLC-OM4-5", "SC/UPC-LC/UPC OM4 duplex 5m", 300, "PCS", "3.10", "2026-12-15"),
             (3, "GLF-MPO12-OM4-10", "MPO-12F trunk OM4 10m type B", 40, "PCS", "46.00", "2026-12-22"),
             (4, "GLF-PIG-SCAPC-15", "Pigtail SC/APC 1.5m 0.9mm", 1000, "PCS", "0.58", "2026-12-15")]
    rows = [["No.", "Item", "Description", "Qty", "Unit", "Unit Price", "Amount", "Delivery"]]
    total = Decimal(0)
    for n, it, ds, q_, u, p, dd in lines:
        amt = q_ * Decimal(p)
        total += amt
        rows.append([str(n), it, ds, f"{q_:,}", u, f"USD {p}", f"{amt:,.2f}", dd])
    assert total == Decimal("1175.00") + Decimal("930.00") + Decimal("1840.00") + Decimal("580.00")
    cols = [(0, "l", 18), (20, "l", 88), (110, "l", 150), (262, "r", 34), (300, "l", 26), (328, "r", 52),
            (384, "r", 48), (440, "l", 55)]
    pdf = document([
        ("h", "SHENZHEN GUANGLIAN COMMUNICATION CO., LTD."),
        ("t", "Bldg 7, Nanshan Hi-Tech Industrial Park, Shenzhen 518057, China  Tel +86 755 2688 4107", 8),
        ("skip", 10),
        ("t", "SALES CONFIRMATION", 13, True),
        ("t", "SC No.: GL-SC-2611-0873        Date: 2026-11-13"),
        ("t", "Buyer: Kestrel Procurement GmbH, Hafenstrasse 12, 20457 Hamburg, Germany"),
        ("t", "Customer PO: 4500232477        Currency: USD        Terms: DAP Dresden, T/T 30 days"),
        ("skip", 8),
        ("table", cols, rows, 7.5),
        ("t", f"Total amount: USD {total:,.2f}", 9.5, True),
        ("skip", 10),
        ("t", "Delivery = arrival at buyer's warehouse Dresden. Item 3 delayed one week (MPO ferrules)."),
        ("t", "Item 4 unit price adjusted to USD 0.58 per agreement with buyer."),
        ("skip", 20),
        ("t", "Seller: Shenzhen Guanglian Communication Co., Ltd.      Signed: Lily Chen, Sales Dept."),
    ], title="Sales Confirmation GL-SC-2611-0873", producer="Kingdee K/3 Cloud PDF Export",
        creator="Kingdee K/3 Cloud", date="D:20261113174000+08'00'", compress=True)
    body = [
        P("Priya 您好，"),
        P("附件是贵司订单 4500232477 的销售确认单（SC No. GL-SC-2611-0873），请查收。"),
        P("第3项 MPO 主干跳线因插芯到货延迟，交期改为2026年12月22日；第4项尾纤单价调整为 USD 0.58。其余按订单执行。"),
        P("如有问题请随时联系。"),
        P("Best regards\n陈丽 Lily Chen\n深圳光联通信有限公司 销售部\n深圳市南山区高新科技园7栋\n"
          "Tel: +86 755 2688 4107  Mob: +86 138 2654 9013"),
    ]
    q = Q(request_blocks(po), style="outlook", sep="------------------ 原始邮件 ------------------",
          hdr=[("发件人:", '"Priya Nair"<priya.nair@kestrel-procurement.example>;'),
               ("发送时间:", "2026年11月11日(星期三) 下午4:14"),
               ("收件人:", '"sales"<sales@gl-fiber.example>;'),
               ("主题:", po.subject)])
    assert_wd("2026-11-11", "Wed")
    eml = reply(po, frm=("陈丽 Lily Chen", "lily.chen@gl-fiber.example"), date="2026-11-13 17:42:36 +0800",
                body=body, quote=q, client="other", charset="GB2312", cte="base64", prefix="回复：", lang="zh-CN",
                extra_headers=["X-Mailer: Foxmail 7.2.25.375[cn]"],
                msgid="<tencent_" + h("c025", 40, "0123456789ABCDEF") + "@qq.example>",
                attachments=[attach(pdf, "SC_GL-SC-2611-0873_PO4500232477.pdf", "application/pdf")])
    exp = confirmation([conf(po, {1: ACC, 2: ACC, 3: Chg(date="2026-12-22"), 4: Chg(p="0.58")})],
                       "Chinese body and English PDF (Flate stream) agree: item 3 delivery 2026-12-22, item 4 USD 0.58; "
                       "the rest as ordered. Amount column and SC date 2026-11-13 are not line values.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("forklift-batteries-confirm-next-friday", "needs_review/hu-HU",
      "Hungarian reply that only promises to confirm dates and prices 'legkésőbb jövő pénteken (2026. 11. 20.)', a date that is not a delivery date.")
def _c026():
    sup = Supplier("TARGAK", "Targonca-Akku Kft.", "rendeles@targonca-akku.example", "hu-HU")
    po = PO("4500232499", sup, "jonas", "EUR", "2026-11-12", [
        (1, "TA-48V700-5PZS", "Traction battery 48V 700Ah 5 PzS, DIN", 2, "EA", "5790.00", "2026-12-14"),
        (2, "TA-24V375-3PZS", "Traction battery 24V 375Ah 3 PzS", 3, "EA", "2240.00", "2026-12-14"),
        (3, "TA-AQM-24", "Aquamatic water refill system, 24 cells", 5, "SET", "310.00", "2026-12-14"),
    ])
    assert_wd("2026-11-20", "Fri")
    body = [
        P("Tisztelt Weber Úr!"),
        P("Köszönjük a 4500232499 számú megrendelését. A cellák szállítási idejét még egyeztetjük a gyártóval, ezért "
          "a szállítási határidőket és az árakat legkésőbb jövő pénteken (2026. 11. 20.) igazoljuk vissza."),
        P("Türelmét köszönjük."),
        P("Üdvözlettel:\n\nKovács Zsófia\nértékesítési asszisztens\nTarganca-Akku Kft.".replace("Targanca", "Targonca") +
          "\n2040 Budaörs, Gyár utca 2.\nTel.: +36 23 445 812"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("Feladó:", "Elküldve:", "Címzett:", "Tárgy:"), sent="2026. november 12., csütörtök 9:14"))
    eml = reply(po, frm=("Kovács Zsófia", "kovacs.zsofia@targonca-akku.example"), date="2026-11-13 11:21:50 +0100",
                body=body, quote=q, client="outlook", charset="iso-8859-2", cte="quoted-printable", prefix="Válasz: ",
                lang="hu-HU")
    exp = other("needs_review",
                "Only a promise to confirm dates and prices by next Friday 2026-11-20; nothing is committed yet and "
                "the Hungarian date '2026. 11. 20.' is not a delivery date.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("sheep-shears-percent-and-discontinued", "confirmation/en-NZ",
      "A '+4%' change that must be applied to the PO price, a discontinued line with an alternative that is not part of the order, and NZ day-first dates.")
def _c027():
    sup = Supplier("CANTSH", "Canterbury Shearing Supplies Ltd", "orders@cantyshearing.example", "en-NZ")
    po = PO("4500232521", sup, "tom", "NZD", "2026-11-11", [
        (1, "CSS-HP76-27", "Shearing handpiece, 76 mm comb, 2027 model", 12, "EA", "695.00", "2026-12-11"),
        (2, "CSS-CMB13-3", "Comb 13 tooth, 3 mm bevel", 200, "EA", "38.50", "2026-12-11"),
        (3, "CSS-CUT4-25", "Cutter 4 point, 2.5 mm", 600, "EA", "9.20", "2026-12-11"),
        (4, "CSS-GRD16-80", "Grinding disc 16 inch, 80 grit", 10, "EA", "142.00", "2026-12-11"),
    ])
    assert dec("38.50") * dec("1.04") == dec("40.0400")
    assert_wd("2026-12-11", "Fri")
    body = [
        P("Kia ora Tom,"),
        P("Thanks for the order, all good except for a couple of things:"),
        P("- Combs (line 2) are up 4% on your PO price from the new season price list. Same qty and date.\n"
          "- The 16\" grinding discs (line 4) are discontinued by the manufacturer and we can't get them any more. We could "
          "do the 17\" ones at $158 if that suits, but you'd need to send us a new PO line for them."),
        P("Handpieces and cutters are fine as ordered. Everything will be with you by Fri 11/12 as requested."),
        P("Cheers,\nHamish"),
        P("Hamish McLeod\nCanterbury Shearing Supplies Ltd\n45 Hayton Road, Wigram, Christchurch 8042\n"
          "Ph 03 348 7712 | Mob 021 455 318"),
    ]
    q = quote_request(po, "gt", attribution="On Wed, 11 Nov 2026 at 21:14, Tom Eriksen <tom.eriksen@kestrel-procurement.example> wrote:")
    eml = reply(po, frm=("Hamish McLeod", "hamish@cantyshearing.example"), date="2026-11-19 09:41:27 +1300",
                body=body, quote=q, client="gmail", charset="UTF-8", cte="quoted-printable", prefix="Re: ", lang="en-NZ")
    exp = confirmation([conf(po, {1: ACC, 2: Chg(p="40.04"), 3: ACC, 4: REJ})],
                       "+4% applies to the PO price 38.50 -> 40.04; line 4 rejected (the 17\" alternative at $158 would "
                       "need a new PO line and is not a confirmation of line 4). 'Fri 11/12' is NZ day-first = 2026-12-11.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("salt-spreaders-ship-vs-delivery", "confirmation/de-CH",
      "Swiss German reply mixing delivery dates, a ship-only date and 'zusammen mit Pos. 1' references, with CHF 14'850.00 formatting.")
def _c028():
    sup = Supplier("STREMM", "Streutechnik Emmental AG", "verkauf@streutechnik-emmental.example", "de-CH")
    po = PO("4500232544", sup, "jonas", "CHF", "2026-11-12", [
        (1, "SE-AST25-H", "Attached salt spreader 2.5 m3, hydraulic drive", 2, "PCS", "14850.00", "2026-12-11"),
        (2, "SE-CHAIN4-SS", "Spreader chain 4 m, stainless, 3/8 inch links", 6, "PCS", "612.00", "2026-12-11"),
        (3, "SE-CTRL-24V", "Control panel 24V, GPS speed sync", 2, "PCS", "2390.00", "2026-12-11"),
        (4, "SE-COVER-PE", "PE cover for 2.5 m3 hopper", 2, "PCS", "385.00", "2026-12-11"),
    ])
    body = [
        P("Grüezi Herr Weber"),
        P("Besten Dank für Ihre Bestellung 4500232544. Gerne bestätigen wir Ihnen:"),
        P("Pos. 1: 2 Stk. Anbaustreuer 2,5 m3 à CHF 14'850.00 - Versand ab Werk Langnau am 08.12.2026, Anlieferung bei "
          "Ihnen in Dresden am 11.12.2026.\n"
          "Pos. 2: 6 Stk. Streukette à CHF 612.00 - Versand am 14.12.2026 (separat per Paketpost).\n"
          "Pos. 3: 2 Stk. Steuerpult 24V à CHF 2'460.00 (neuer Listenpreis) - zusammen mit Pos. 1.\n"
          "Pos. 4: 2 Stk. PE-Abdeckung à CHF 385.00 - zusammen mit Pos. 1."),
        P("Freundliche Grüsse\n\nBeat Zürcher\nVerkauf Innendienst\nStreutechnik Emmental AG\n"
          "Industriestrasse 31, 3550 Langnau i.E.\nTel. +41 34 409 72 20"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("Von:", "Gesendet:", "An:", "Betreff:"), sent="Donnerstag, 12. November 2026 09:14"))
    eml = reply(po, frm=("Beat Zürcher", "b.zuercher@streutechnik-emmental.example"), date="2026-11-19 15:33:12 +0100",
                body=body, quote=q, client="outlook", charset="iso-8859-1", cte="quoted-printable", prefix="AW: ",
                lang="de-CH")
    exp = confirmation([conf(po, {1: ACC, 2: Chg(date="2026-12-14"), 3: Chg(p="2460.00"), 4: ACC})],
                       "Line 1: delivery 11.12.2026 wins over the 08.12 ship date (= requested). Line 2 has only a ship "
                       "date 14.12.2026, which counts. Lines 3 and 4 go 'zusammen mit Pos. 1' = delivered 11.12.2026; "
                       "line 3 at CHF 2'460.00.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("drippers-order-declined-hebrew", "confirmation/he-IL",
      "Hebrew right-to-left reply (windows-1255) declining the whole order; a 'March 2027' mention is not an offered date.")
def _c029():
    sup = Supplier("TIFTA", "Tifta Irrigation Systems Ltd", "export@tifta-irrigation.example", "he-IL")
    po = PO("4500232566", sup, "jonas", "USD", "2026-11-12", [
        (1, "TIS-PCJ16-2", "PC dripline 16 mm, 2 l/h, 0.3 m spacing, 400 m", 30, "ROL", "168.00", "2026-12-16"),
        (2, "TIS-ARROW-4", "Arrow dripper 4-way kit, 4/7 mm", 3000, "SET", "0.95", "2026-12-16"),
        (3, "TIS-VALVE-34", "Hydraulic valve 3/4 inch, 24V AC solenoid", 20, "PCS", "47.50", "2026-12-16"),
    ])
    body = [
        P("שלום יונאס,"),
        P("תודה על הזמנת הרכש 4500232566."),
        P("לצערנו לא נוכל לספק את ההזמנה: קו הטפטפות TIS-PCJ הופסק, וערכות ה-Arrow והברזים ההידראוליים "
          "אינם זמינים בשל עומס בקו הייצור עד מרץ 2027."),
        P("אנו דוחים את ההזמנה במלואה ונשמח לשלוח הצעת מחיר נפרדת לחלופות."),
        P("בברכה,\nנועה בן-דוד\nמנהלת מכירות יצוא\nTifta Irrigation Systems Ltd\n"
          "אזור התעשייה הצפוני, ת.ד. 318, עפולה 1810201\nטל' 04-6598231"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("מאת:", "נשלח:", "אל:", "נושא:"), sent="יום חמישי 12 נובמבר 2026 10:14"))
    eml = reply(po, frm=("Noa Ben-David", "noa.bd@tifta-irrigation.example"), date="2026-11-15 09:12:44 +0200",
                body=body, quote=q, client="outlook", charset="windows-1255", cte="quoted-printable", prefix="השב: ",
                lang="he-IL", rtl=True)
    exp = confirmation([conf(po, {1: REJ, 2: REJ, 3: REJ})],
                       "An outright refusal of the whole PO ('אנו דוחים את ההזמנה במלואה') is an answer: every line "
                       "rejected. 'March 2027' is when capacity frees up, not an offered delivery date.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("cinema-seats-awaiting-colour-approval", "confirmation/tr-TR",
      "Turkish reply confirming two lines, making line 3 depend on our fabric approval and not mentioning line 4.")
def _c030():
    sup = Supplier("SALKOL", "Salon Koltuk Sanayi A.S.", "siparis@salonkoltuk.example", "tr-TR")
    po = PO("4500232588", sup, "marco", "EUR", "2026-11-12", [
        (1, "SK-ROCK-55-27", "Cinema rocker seat, 55 cm centre, 2027 series", 180, "PCS", "312.00", "2027-01-15"),
        (2, "SK-VIP-RECL-24", "VIP recliner, electric, 24V motor", 24, "PCS", "1140.00", "2027-01-15"),
        (3, "SK-COVER-RED-34", "Spare seat covers red velour, 3/4 set", 40, "SET", "46.00", "2027-01-15"),
        (4, "SK-ARM-CUP2", "Armrest with cup holder, 2 in 1", 60, "PCS", "28.50", "2027-01-15"),
    ])
    body = [
        P("Sayın Marco Bianchi,"),
        P("4500232588 numaralı siparişiniz için teşekkür ederiz."),
        P("1. kalem: 180 adet, birim fiyat 312,00 EUR, teslim 15.01.2027 - onaylandı.\n"
          "2. kalem: 24 adet, 1.140,00 EUR, motor tedariki nedeniyle teslim tarihi 29.01.2027 olacaktır.\n"
          "3. kalem: kumaş renk kartelası için onayınızı bekliyoruz; onay sonrası termin bildireceğiz."),
        P("Saygılarımızla,\n\nElif Yıldız\nİhracat Satış Sorumlusu\nSalon Koltuk Sanayi A.Ş.\n"
          "Organize Sanayi Bölgesi 4. Cadde No: 12, 38070 Kayseri / Türkiye\nTel: +90 352 321 56 78"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("Kimden:", "Gönderildi:", "Kime:", "Konu:"), sent="12 Kasım 2026 Perşembe 11:14"))
    eml = reply(po, frm=("Elif Yıldız", "elif.yildiz@salonkoltuk.example"), date="2026-11-20 14:55:03 +0300",
                body=body, quote=q, client="outlook", charset="iso-8859-9", cte="quoted-printable", prefix="YNT: ",
                lang="tr-TR")
    exp = confirmation([conf(po, {1: ACC, 2: Chg(date="2027-01-29"), 3: UNC, 4: UNC})],
                       "Line 3 waits for our colour approval with no date (unconfirmed); line 4 is not mentioned at all "
                       "(unconfirmed). Line 2 moves to 29.01.2027; '1.140,00' uses Turkish separators.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("sauna-stones-two-of-three-pos", "confirmation/et-EE",
      "Three open POs; the Estonian reply, threaded on one of them, answers two in separate blocks (pallets, a short-shipped line, a 2027 date).")
def _c031():
    sup = Supplier("SAUNAK", "Saunakivi OÜ", "muuk@saunakivi.example", "et-EE")
    a = PO("4500232611", sup, "tom", "EUR", "2026-11-11", [
        (1, "SKV-PER-1015", "Peridotite sauna stones 10-15 cm, 20 kg box, 40 boxes/pallet", 2, "PAL", "856.00", "2026-12-11"),
        (2, "SKV-VUL-510", "Vulcanite sauna stones 5-10 cm, 20 kg box", 40, "BOX", "18.90", "2026-12-11"),
    ])
    b = PO("4500232633", sup, "tom", "EUR", "2026-11-13", [
        (1, "SKV-TALC-20", "Soapstone heat plates 20x20x2 cm", 200, "PCS", "6.20", "2026-12-18"),
        (2, "SKV-QRZ-36", "Quartz sauna stones 3-6 cm, 10 kg bag", 50, "PCS", "14.50", "2026-12-18"),
        (3, "SKV-JUTE-15", "Jute bag 15 kg, printed", 100, "PCS", "1.10", "2026-12-18"),
    ])
    c = PO("4500232640", sup, "tom", "EUR", "2026-11-16", [
        (1, "SKV-BASK-4040", "Sauna stone basket, stainless, 40x40 cm", 12, "PCS", "64.00", "2026-12-18"),
        (2, "SKV-PER-510", "Peridotite sauna stones 5-10 cm, 20 kg box", 30, "BOX", "21.40", "2026-12-18"),
    ])
    body = [
        P("Tere, Tom!"),
        P("Kinnitame mõlemad tellimused:"),
        P("Tellimus 4500232611\n- rida 1: 2 alust (80 kasti), 856,00 €/alus, tarne 11.12.2026\n"
          "- rida 2: 40 kasti, 18,90 €/kast, tarne 11.12.2026"),
        P("Tellimus 4500232633\n- rida 1: 200 tk, hind 6,20 €/tk, tarne 18.12.2026\n"
          "- rida 2: 30 tk (rohkem kvartsi laos ei ole), 14,50 €/tk, tarne 18.12.2026\n"
          "- rida 3: 100 tk, hind sama, tarne alles 8.01.2027"),
        P("Lugupidamisega\nKadri Tamm\nMüügijuht\nSaunakivi OÜ\nTööstuse 48, 10416 Tallinn\nTel +372 655 3190"),
    ]
    q = Q(request_blocks(b), style="outlook",
          hdr=outlook_hdr(b, ("Saatja:", "Saadetud:", "Adressaat:", "Teema:"), sent="reede, 13. november 2026 10:14"))
    eml = reply(b, frm=("Kadri Tamm", "kadri.tamm@saunakivi.example"), date="2026-11-19 13:02:18 +0200",
                body=body, quote=q, client="outlook", charset="windows-1257", cte="quoted-printable", prefix="RE: ",
                lang="et-EE")
    exp = confirmation([conf(a, {1: ACC, 2: ACC}),
                        conf(b, {1: ACC, 2: Chg(q=30), 3: Chg(date="2027-01-08")})],
                       "One mail answers two of three open POs although it is threaded only on 4500232633 (4500232640 is not "
                       "mentioned, so it is left out): 4500232611 as ordered (2 pallets = 80 boxes at 856,00 per pallet); "
                       "4500232633 line 2 only 30 of 50, line 3 delivered 8.01.2027 (Estonian d.mm.yyyy).")
    return [a, b, c], eml, exp


# ---------------------------------------------------------------------------
@case("school-chalk-romanian-short-supply", "confirmation/ro-RO",
      "Romanian prose with dates in words ('până pe 17 decembrie'), a reduced quantity explained by a breakdown and a later date on another line.")
def _c032():
    sup = Supplier("CRETPH", "Creta Scolara Prahova SRL", "comenzi@cretaprahova.example", "ro-RO")
    po = PO("4500232655", sup, "priya", "EUR", "2026-11-13", [
        (1, "CSP-WHT-100", "White school chalk, round 10 mm, 100 pcs/box", 600, "BOX", "2.10", "2026-12-17"),
        (2, "CSP-COL6-50", "Coloured chalk 6 colours, 50 pcs/box", 300, "BOX", "2.85", "2026-12-17"),
        (3, "CSP-HOLD-2", "Chalk holder, metal, 2 pcs/pack", 150, "SET", "1.60", "2026-12-17"),
    ])
    body = [
        P("Bună ziua, doamna Nair,"),
        P("Vă mulțumim pentru comanda nr. 4500232655. Vă confirmăm următoarele:"),
        P("Poziția 1 – cretă albă: din cauza unei defecțiuni la linia de extrudare putem livra doar 450 de cutii, până pe "
          "17 decembrie, la prețul din comandă; restul de 150 de cutii nu le mai putem produce anul acesta.\n"
          "Poziția 2 – cretă colorată: 300 de cutii la 2,85 EUR, livrare până pe 23 decembrie 2026.\n"
          "Poziția 3 – suporturi pentru cretă: conform comenzii."),
        P("Cu stimă,\nAndreea Popescu\nDepartamentul Vânzări\nCreta Școlară Prahova SRL\n"
          "Str. Depoului nr. 17, 100429 Ploiești, jud. Prahova\nTel.: +40 244 512 377"),
    ]
    q = quote_request(po, "gt", attribution="În vin., 13 nov. 2026 la 10:14, Priya Nair <priya.nair@kestrel-procurement.example> a scris:")
    eml = reply(po, frm=("Andreea Popescu", "andreea.popescu@cretaprahova.example"), date="2026-11-20 10:18:37 +0200",
                body=body, quote=q, client="gmail", charset="UTF-8", cte="quoted-printable", prefix="Re: ", lang="ro-RO")
    exp = confirmation([conf(po, {1: Chg(q=450), 2: Chg(date="2026-12-23"), 3: ACC})],
                       "Line 1 reduced to 450 boxes by 17 December (no year -> 2026-12-17, as requested); line 2 delivered "
                       "23 December 2026; line 3 'conform comenzii' = as ordered.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("dental-implants-italian-pdf-schedule", "confirmation/it-IT",
      "Italian cover mail plus a Flate-compressed PDF order confirmation whose schedule lines (2a/2b) split one PO line and whose price column changes another.")
def _c033():
    sup = Supplier("IMPVEN", "Implantologia Veneta S.r.l.", "ordini@implantologiaveneta.example", "it-IT")
    po = PO("4500232677", sup, "lena", "EUR", "2026-11-13", [
        (1, "IV-IMP35-115", "Conical implant 3.5 x 11.5 mm, internal hex", 60, "PCS", "132.00", "2026-12-10"),
        (2, "IV-IMP43-100", "Conical implant 4.3 x 10 mm, internal hex", 80, "PCS", "132.00", "2026-12-10"),
        (3, "IV-TRF43-OT", "Impression transfer 4.3, open tray", 40, "PCS", "24.00", "2026-12-10"),
        (4, "IV-KIT-SURG27", "Surgical kit 2027, 24 instruments", 2, "SET", "1850.00", "2027-01-20"),
    ])
    rows = [["Pos.", "Codice", "Descrizione", "Q.tà", "UM", "Prezzo unit.", "Importo", "Consegna"],
            ["1", "IV-IMP35-115", "Impianto conico 3,5 x 11,5 mm", "60", "pz", "132,00", "7.920,00", "10/12/2026"],
            ["2a", "IV-IMP43-100", "Impianto conico 4,3 x 10 mm", "60", "pz", "132,00", "7.920,00", "10/12/2026"],
            ["2b", "IV-IMP43-100", "Impianto conico 4,3 x 10 mm", "20", "pz", "132,00", "2.640,00", "14/01/2027"],
            ["3", "IV-TRF43-OT", "Transfer da impronta 4,3 open tray", "40", "pz", "25,50", "1.020,00", "10/12/2026"],
            ["4", "IV-KIT-SURG27", "Kit chirurgico 2027, 24 strumenti", "2", "kit", "1.850,00", "3.700,00", "20/01/2027"]]
    assert 60 * 132 == 7920 and 20 * 132 == 2640 and dec("25.50") * 40 == dec("1020.00") and 2 * 1850 == 3700
    tot = 7920 + 7920 + 2640 + 1020 + 3700
    assert tot == 23200
    cols = [(0, "l", 20), (22, "l", 72), (96, "l", 150), (250, "r", 28), (282, "l", 20), (306, "r", 52),
            (362, "r", 55), (424, "l", 60)]
    pdf = document([
        ("h", "IMPLANTOLOGIA VENETA S.r.l."),
        ("t", "Via dell'Artigianato 41 - 35010 Vigonza (PD) - P.IVA IT04418270287 - Tel. +39 049 809 6620", 8),
        ("skip", 10),
        ("t", "CONFERMA D'ORDINE N. 26/3318 del 19/11/2026", 12, True),
        ("t", "Cliente: Kestrel Procurement GmbH - Hafenstrasse 12 - 20457 Hamburg (DE)"),
        ("t", "Vs. ordine: 4500232677 del 13/11/2026      Valuta: EUR      Resa: DAP Dresden"),
        ("skip", 8),
        ("table", cols, rows, 7.5),
        ("t", "Totale imponibile EUR 23.200,00", 9.5, True),
        ("skip", 10),
        ("t", "Le date indicate sono date di consegna presso il Vs. magazzino di Dresda."),
        ("t", "Pagamento: bonifico bancario 30 gg d.f.  -  Dispositivi medici classe IIb, marcatura CE 0051."),
    ], title="Conferma d'ordine 26/3318", producer="TeamSystem Enterprise - Stampa documenti",
        creator="TeamSystem Enterprise", date="D:20261119101500+01'00'", compress=True)
    body = [
        P("Gentile Sig.ra Hartmann,"),
        P("in allegato Vi inviamo la nostra conferma d'ordine n. 26/3318 relativa al Vostro ordine 4500232677."),
        P("Vi segnaliamo che la pos. 2 verrà evasa in due consegne e che il prezzo del transfer (pos. 3) è aggiornato "
          "secondo il listino in vigore dal 1° novembre."),
        P("Cordiali saluti\n\nGiulia Bortolato\nUfficio Commerciale Estero\nImplantologia Veneta S.r.l.\n"
          "Via dell'Artigianato 41, 35010 Vigonza (PD)\nTel. +39 049 809 6620"),
        P("Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questa e-mail sono riservate e "
          "destinate esclusivamente al destinatario."),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("Da:", "Inviato:", "A:", "Oggetto:"), sent="venerdì 13 novembre 2026 09:14"))
    eml = reply(po, frm=("Giulia Bortolato", "g.bortolato@implantologiaveneta.example"), date="2026-11-19 10:21:40 +0100",
                body=body, quote=q, client="outlook", charset="iso-8859-1", cte="quoted-printable", prefix="R: ",
                lang="it-IT", attachments=[attach(pdf, "Conferma_ordine_26-3318.pdf", "application/pdf")])
    exp = confirmation([conf(po, {1: ACC, 2: Chg(sched=[(60, "2026-12-10"), (20, "2027-01-14")]), 3: Chg(p="25.50"),
                                  4: ACC})],
                       "Values are in the PDF: line 2 appears as schedule rows 2a (60 on 10/12/2026) and 2b (20 on "
                       "14/01/2027); line 3 price 25,50; 'Importo' totals and the GDPR regulation number are noise.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("fibre-patch-cords-korean-split", "confirmation/ko-KR",
      "Korean EUC-KR reply with dates written '2026. 12. 18.' and one line split into two deliveries.")
def _c034():
    sup = Supplier("HANBIT", "Hanbit Optical Co., Ltd.", "sales@hanbit-optical.example", "ko-KR")
    po = PO("4500232699", sup, "priya", "USD", "2026-11-16", [
        (1, "HB-LCAPC-OS2-2", "Patch cord LC/APC-LC/APC, OS2 simplex, 2 m", 800, "PCS", "1.95", "2026-12-18"),
        (2, "HB-MTP24-OM5-15", "MTP-24 trunk, OM5, 15 m, low loss", 30, "PCS", "118.00", "2026-12-18"),
        (3, "HB-ATT-LC-5DB", "Attenuator LC/UPC 5 dB", 200, "PCS", "2.40", "2026-12-18"),
    ])
    body = [
        P("Priya Nair 님께,"),
        P("안녕하십니까. 한빛광통신 해외영업팀 김민준입니다.\n발주서 4500232699 건 아래와 같이 확인드립니다."),
        P("1. HB-LCAPC-OS2-2 : 800 EA, USD 1.95, 납기 2026. 12. 18.\n"
          "2. HB-MTP24-OM5-15 : 총 30 EA 중 20 EA는 2026. 12. 18. 납품, 나머지 10 EA는 2027. 1. 8. 납품 예정입니다.\n"
          "3. HB-ATT-LC-5DB : 200 EA, USD 2.40, 납기 2026. 12. 18."),
        P("단가는 모두 발주서와 동일합니다.\n감사합니다."),
        P("김민준 드림\n해외영업팀 과장\n(주)한빛광통신\n경기도 안양시 동안구 시민대로 327번길 11\n"
          "Tel: +82-31-8086-4412 / Mobile: +82-10-4821-7733"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("보낸 사람:", "보낸 날짜:", "받는 사람:", "제목:"), sent="2026년 11월 16일 월요일 오후 5:14"))
    assert_wd("2026-11-16", "Mon")
    eml = reply(po, frm=("김민준", "mj.kim@hanbit-optical.example"), date="2026-11-20 16:44:09 +0900",
                body=body, quote=q, client="outlook", charset="euc-kr", cte="base64", prefix="회신: ", lang="ko-KR")
    exp = confirmation([conf(po, {1: ACC, 2: Chg(sched=[(20, "2026-12-18"), (10, "2027-01-08")]), 3: ACC})],
                       "Korean dates 'YYYY. M. D.'; line 2 split 20 on 2026-12-18 and 10 on 2027-01-08 ('예정' is the "
                       "normal wording of a scheduled delivery); prices stated as unchanged.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("pcb-drills-roc-calendar", "confirmation/zh-TW",
      "Traditional Chinese Big5 reply with dates in the Minguo calendar ('115/12/18' = 2026-12-18) and a price change on one line.")
def _c035():
    sup = Supplier("TAIYE", "Tai-Ye Precision Tools Co., Ltd.", "sales@taiye-tools.example", "zh-TW")
    po = PO("4500232721", sup, "tom", "USD", "2026-11-16", [
        (1, "TY-D020-38", "PCB micro drill 0.20 mm, 1/8 shank, 38.1 mm", 5000, "PCS", "0.86", "2026-12-11"),
        (2, "TY-D025-38", "PCB micro drill 0.25 mm, 1/8 shank, 38.1 mm", 5000, "PCS", "0.82", "2026-12-11"),
        (3, "TY-R100-UC", "Router 1.0 mm, up-cut, 1/8 shank", 1000, "PCS", "1.45", "2026-12-11"),
    ])
    assert 2026 - 1911 == 115
    body = [
        P("Tom 您好："),
        P("感謝貴公司訂單 4500232721，茲確認如下："),
        Tbl([["項次1", "0.20mm 微鑽", "5,000支", "單價 USD 0.86", "交期 115/12/11"],
             ["項次2", "0.25mm 微鑽", "5,000支", "單價 USD 0.82", "交期 115/12/11"],
             ["項次3", "1.0mm 銑刀", "1,000支", "單價 USD 1.52", "交期 115/12/18"]], header=False),
        P("註：交期以民國年表示。項次3因碳化鎢原料上漲，單價調整為 USD 1.52，交期延後一週。"),
        P("林志明 敬上\n泰業精密工具股份有限公司 業務部\n桃園市蘆竹區南崁路一段112號\nTEL: +886-3-322-5168 ext. 215"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("寄件者:", "寄件日期:", "收件者:", "主旨:"), sent="2026年11月16日 下午 04:14"))
    eml = reply(po, frm=("林志明", "zm.lin@taiye-tools.example"), date="2026-11-19 10:06:51 +0800",
                body=body, quote=q, client="outlook", charset="big5", cte="base64", prefix="回覆: ", lang="zh-TW")
    exp = confirmation([conf(po, {1: ACC, 2: ACC, 3: Chg(p="1.52", date="2026-12-18")})],
                       "Dates in the ROC (Minguo) calendar: year 115 = 2026, so 115/12/11 = 2026-12-11 and 115/12/18 = "
                       "2026-12-18; '5,000支' = 5000 pieces; line 3 new price USD 1.52 and one week later.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("compost-bins-thai-buddhist-era", "confirmation/th-TH",
      "Thai TIS-620 reply with Buddhist-era dates ('15 ม.ค. 2570' = 2027-01-15) and Thai month abbreviations; one line later.")
def _c036():
    sup = Supplier("SIAMEP", "Siam Eco Plastics Co., Ltd.", "sales@siamecoplastics.example", "th-TH")
    po = PO("4500232744", sup, "sophie", "USD", "2026-11-16", [
        (1, "SEP-CB300-GR", "Compost bin 300 l, recycled HDPE, green", 400, "PCS", "18.60", "2027-01-15"),
        (2, "SEP-TUMB160-2", "Tumbler composter 160 l, 2 chambers", 150, "PCS", "41.20", "2027-01-15"),
        (3, "SEP-AER-90", "Compost aerator stick 90 cm", 300, "PCS", "3.40", "2027-01-15"),
    ])
    assert 2570 - 543 == 2027
    body = [
        P("เรียน คุณโซฟี"),
        P("ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500232744 บริษัทฯ ขอยืนยันรายละเอียดดังนี้"),
        P("1. ถังหมักปุ๋ย 300 ลิตร จำนวน 400 ใบ ราคา 18.60 USD ส่งถึงคลังสินค้าวันที่ 15 ม.ค. 2570\n"
          "2. ถังหมักแบบหมุน 160 ลิตร จำนวน 150 ชุด ราคา 41.20 USD ส่งถึงวันที่ 29 ม.ค. 2570 "
          "เนื่องจากแม่พิมพ์อยู่ระหว่างซ่อมบำรุง\n"
          "3. แท่งเติมอากาศ 90 ซม. จำนวน 300 ชิ้น ราคา 3.40 USD ส่งถึงวันที่ 15 ม.ค. 2570"),
        P("ขอแสดงความนับถือ\nสมชาย รัตนกุล\nฝ่ายขายต่างประเทศ\nบริษัท สยามอีโคพลาสติก จำกัด\n"
          "88/9 หมู่ 4 นิคมอุตสาหกรรมอมตะซิตี้ ชลบุรี 20000\nโทร. +66 38 457 210"),
    ]
    q = Q(request_blocks(po), style="outlook",
          hdr=outlook_hdr(po, ("จาก:", "ส่ง:", "ถึง:", "เรื่อง:"), sent="16 พฤศจิกายน 2569 15:14"))
    eml = reply(po, frm=("Somchai Rattanakul", "somchai.r@siamecoplastics.example"), date="2026-11-23 11:25:37 +0700",
                body=body, quote=q, client="outlook", charset="TIS-620", cte="base64", prefix="ตอบกลับ: ", lang="th-TH")
    exp = confirmation([conf(po, {1: ACC, 2: Chg(date="2027-01-29"), 3: ACC})],
                       "Buddhist era year 2570 = 2027 ('ม.ค.' = January): lines 1 and 3 on 2027-01-15 as requested, line 2 "
                       "on 2027-01-29 (mould maintenance). '150 ชุด' = 150 units.")
    return [po], eml, exp
