"""Batch AG, cases 17-32: confirmations (Asia, multi-PO, threads, inline)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as Dec

from aglib import mime, xlsx
from aglib.core import (ACC, REJ, UNC, L, PO, When, buyer, chg, conf, kw, next_md, outlook_sent, outlook_quote_html,
                        outlook_quote_text, paras_html, request_html, request_subject, request_text, supplier, wd,
                        compose, outlook_doc, simple_html)
from aglib.mime import Binary, Text, esc, quote_gt
from aglib.registry import case
from aglib.styles import (APPLE_XM, IPHONE_XM, TB_UA, buyer_pair, gmail_reply, outlook_reply, plain_reply, req_from,
                          tb_attrib)

DT = dt.datetime


# ---------------------------------------------------------------------------
@case("yarn-cones-to-kg-and-split", "confirmation/tr-TR",
      "Turkish thousands dots ('1.200 bobin x 2,5 kg = 3.000 kg'), loading days next to delivery days, and a "
      "polyester line split 800 + 400 kg; 'Ne 30/1' and '150D/48F' are yarn counts.")
def c017():
    sup = supplier("EGEIPLIK", "Ege İplik Tekstil San. ve Tic. A.Ş.", "satis@egeiplik.example", "tr-TR")
    byr = buyer("NW", "Hannah Price", "hannah.price")
    po = PO("NWT-7734", sup, byr, "USD", "2026-11-09", [
        L(1, "YRN-CO-30-1", "Cotton yarn Ne 30/1 combed compact, on cones", 3000, "KG", "3.85", "2026-12-11"),
        L(2, "YRN-PES-150D", "Polyester DTY 150D/48F, raw white", 1200, "KG", "1.92", "2026-12-11"),
    ])
    w = When(2026, 11, 17, 10, 30, 8, "+0300")
    wd("2026-12-04", "Fri"); wd("2026-12-11", "Fri"); wd("2026-12-15", "Tue"); wd("2026-12-22", "Tue")
    top = ("Sayın Hannah Hanım,\n\n"
           "NWT-7734 numaralı siparişiniz için teşekkür ederiz. Sipariş onayımız aşağıdadır:\n\n"
           "1) Ne 30/1 penye kompakt pamuk ipliği: 1.200 bobin x 2,5 kg = 3.000 kg, fiyat 3,85 USD/kg. "
           "Yükleme 04.12.2026, Bradford teslim 11.12.2026.\n"
           "2) Polyester DTY 150D/48F ham beyaz: stokta 800 kg var, bu miktar 1. kalemle birlikte 11.12.2026'da "
           "teslim edilir. Kalan 400 kg 15.12.2026'da yüklenir, teslim 22.12.2026. Fiyat 1,92 USD/kg.\n\n"
           "Teslim şekli DAP Bradford, ödeme 60 gün. Analiz sertifikaları sevkiyatla gönderilecektir.\n\n"
           "Saygılarımızla,\n\nMehmet Yıldız\nİhracat Departmanı\nEge İplik Tekstil San. ve Tic. A.Ş. | Denizli OSB, 20330 Denizli\n")
    eml = outlook_reply(po, frm=("Mehmet Yıldız", "satis@egeiplik.example"), when=w, lang="tr", top=top,
                        sent=outlook_sent("tr", DT(2026, 11, 9, 11, 5)), seed="c017", prefix="YNT: ", lang_tag="tr-TR",
                        charset="windows-1254")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: chg(1200, "1.92", "2026-12-22",
                                                       [(800, "2026-12-11"), (400, "2026-12-22")])})],
           "notes": "Cones x 2,5 kg = 3.000 kg as ordered; polyester split 800 kg on 11.12 and 400 kg on 22.12 "
                    "(delivery dates, not loading dates)."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("packaging-film-gb2312-yearless-january", "confirmation/zh-CN",
      "GB2312 base64 body with yearless dates: the ETA '1月15日' is January 2027, the ETD '12月18日' is only "
      "shipment; micron and width figures ('20μ × 500mm') are not quantities.")
def c018():
    sup = supplier("HENGTAI", "Jiangsu Hengtai Packaging Materials Co., Ltd.", "sales@hengtaipack.example", "zh-CN")
    byr = buyer("LV", "Ines Moreau", "ines.moreau")
    po = PO("LV2600893", sup, byr, "USD", "2026-11-06", [
        L(1, "PF-BOPP-20-500", "BOPP film 20 micron, 500 mm wide, 3 in core", 2400, "KG", "2.05", "2027-01-15"),
        L(2, "PF-MPET-12-800", "Metallised PET film 12 micron, 800 mm wide", 1500, "KG", "2.95", "2027-01-15"),
        L(3, "PF-POF-15-450", "POF shrink film 15 micron, 450 mm, centrefold, roll", 300, "ROLL", "18.40", "2027-01-15"),
    ])
    w = When(2026, 11, 16, 15, 22, 40, "+0800")
    eta = next_md(1, 15, w.date)
    assert eta == dt.date(2027, 1, 15) and next_md(12, 18, w.date) == dt.date(2026, 12, 18)
    body = ("Ines 您好：\n\n"
            "感谢贵司订单 LV2600893，现确认如下：\n\n"
            "1. BOPP 光膜 20μ × 500mm，3寸纸管：2400 公斤，单价 USD 2.05/公斤\n"
            "2. 镀铝 PET 膜 12μ × 800mm：1500 公斤，因铝价上涨，单价由 USD 2.95 调整为 USD 3.10/公斤\n"
            "3. POF 热收缩膜 15μ × 450mm 对折：300 卷，单价 USD 18.40/卷\n\n"
            "交货安排：12月18日上海港装船出运（ETD），预计1月15日到达里昂仓库（DAP 里昂）。\n"
            "付款方式按贵司采购条款执行。\n\n"
            "如有任何问题，请随时联系。\n\n"
            "此致\n敬礼！\n\n"
            "王丽 Lily Wang\n外贸部\n江苏恒泰包装材料有限公司\n电话：+86 519 8562 3307\n\n"
            "------------------ 原始邮件 ------------------\n"
            "发件人: \"Ines Moreau\" <ines.moreau@lumenvale.example>\n"
            "发送时间: 2026年11月6日(星期五) 下午3:48\n"
            "收件人: \"sales\" <sales@hengtaipack.example>\n"
            "主题: Purchase order LV2600893 - please confirm\n\n"
            + request_text(po))
    eml = plain_reply(po, frm=("王丽 Lily Wang", "sales@hengtaipack.example"), when=w, body=body, seed="c018",
                      prefix="回复：", charset="gb2312", cte="base64", style="other", hcharset="gb2312",
                      extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]")])
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: chg(1500, "3.10", eta), 3: ACC})],
           "notes": "ETA 1月15日 -> 2027-01-15 (next such date after the mail) = requested; line 2 price 3.10."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("lab-glassware-shift-jis-ship-dates-into-january", "confirmation/ja-JP",
      "Shift_JIS body; only ship dates without a year, one line partly shipped in December and the rest on "
      "'1月15日' (2027); the New-Year closure '12月29日〜1月4日' and 'ホウケイ酸ガラス3.3' are noise.")
def c019():
    sup = supplier("TOHORIKA", "Toho Rika Glass Co., Ltd.", "eigyo@toho-rikaglass.example", "ja-JP")
    byr = buyer("MC", "Daniel Okafor", "daniel.okafor")
    po = PO("MC-PO-261122", sup, byr, "USD", "2026-11-10", [
        L(1, "LG-BKR-500", "Beaker 500 ml, borosilicate 3.3, low form", 120, "PCS", "4.60", "2026-12-18"),
        L(2, "LG-VFL-100-A", "Volumetric flask 100 ml, class A, with stopper", 40, "PCS", "12.80", "2026-12-18"),
        L(3, "LG-CYL-250", "Graduated cylinder 250 ml, hexagonal base", 30, "PCS", "9.70", "2026-12-18"),
    ])
    w = When(2026, 11, 19, 17, 5, 14, "+0900")
    d1, d2 = next_md(12, 9, w.date), next_md(1, 15, w.date)
    assert (d1, d2) == (dt.date(2026, 12, 9), dt.date(2027, 1, 15))
    body = ("Meridian Care Clinics\nDaniel Okafor 様\n\n"
            "いつも大変お世話になっております。\n東邦理化硝子 営業部の佐藤でございます。\n\n"
            "ご注文（MC-PO-261122）につきまして、下記の通りご回答申し上げます。\n\n"
            "1. ビーカー 500mL（ホウケイ酸ガラス3.3、低型）\n"
            "   在庫分80個を12月9日に出荷いたします。残り40個は1月15日出荷の予定です。単価 USD 4.60\n"
            "2. メスフラスコ 100mL クラスA（共栓付）\n"
            "   40個、12月9日出荷、単価 USD 12.80\n"
            "3. メスシリンダー 250mL（六角台）\n"
            "   30個、12月9日出荷、原材料価格改定のため単価 USD 10.20 とさせていただきます。\n\n"
            "なお、弊社は年末年始（12月29日〜1月4日）休業となります。\n"
            "ご不明な点がございましたら、お気軽にお問い合わせください。\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "──────────────────\n東邦理化硝子株式会社 営業部\n佐藤 健一（Kenichi Sato）\n"
            "TEL: 03-5812-4470 / FAX: 03-5812-4471\n──────────────────\n\n"
            "%s\n\n%s\n" % ("On 2026/11/10 9:02, Daniel Okafor wrote:", quote_gt(request_text(po).rstrip("\n"))))
    eml = plain_reply(po, frm=("佐藤 健一", "eigyo@toho-rikaglass.example"), when=w, body=body, seed="c019",
                      prefix="Re: ", charset="shift_jis", cte="base64", style="thunderbird", hcharset="iso-2022-jp",
                      extra=[("User-Agent", TB_UA)])
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(120, "4.60", d2, [(80, d1), (40, d2)]),
                                       2: chg(40, "12.80", d1), 3: chg(30, "10.20", d1)})],
           "notes": "Ship dates only, so they are the dates; 1月15日 after a November mail = 2027-01-15."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("bearings-two-of-three-open-pos", "confirmation/en-IE",
      "Three open POs with the same supplier; the reply confirms two and is silent on the third, which must "
      "be left out; '11/12' is day-first.")
def c020():
    sup = supplier("SHANNONBRG", "Shannon Bearing & Seal Co. Ltd", "sales@shannonbearing.example", "en-IE")
    byr = buyer("KIG", "Priya Natarajan", "p.natarajan")
    a = PO("4500232340", sup, byr, "EUR", "2026-11-11", [
        L(1, "BRG-6306-ZZ", "Ball bearing 6306-ZZ", 50, "PCS", "5.90", "2026-12-04"),
        L(2, "BRG-NU210", "Cylindrical roller bearing NU 210 ECP", 10, "PCS", "44.10", "2026-12-04"),
    ])
    b = PO("4500232352", sup, byr, "EUR", "2026-11-12", [
        L(1, "SEAL-OR-KIT", "O-ring kit NBR 70, 382 pcs, metric", 5, "SET", "38.00", "2026-12-11"),
        L(2, "SEAL-V-60", "V-ring seal VA 60", 40, "PCS", "1.35", "2026-12-11"),
    ])
    c = PO("4500232371", sup, byr, "EUR", "2026-11-13", [
        L(1, "BRG-32210", "Tapered roller bearing 32210 J2/Q", 16, "PCS", "21.60", "2026-12-18"),
    ])
    w = When(2026, 11, 16, 12, 48, 30, "+0000")
    wd("2026-12-03", "Thu"); wd("2026-12-11", "Fri")
    top = ("Hi Priya,\n\n"
           "Thanks for the orders, confirming as follows:\n\n"
           "4500232340 - 6306-ZZ x 50 and NU 210 ECP x 10, both at your prices, delivery Thursday 3rd December.\n"
           "4500232352 - O-ring kits x 5 @ EUR 38.00 and VA 60 V-rings x 40 @ EUR 1.35, delivery Friday 11/12.\n\n"
           "Both go on the Rosslare - Cherbourg groupage, so you'll get the POD from the haulier on the day.\n\n"
           "Kind regards\nCiarán Ó Briain\nShannon Bearing & Seal Co. Ltd\nUnit 7, Smithstown Industrial Estate, "
           "Shannon, Co. Clare V14 WK80\nPh: +353 61 708 214\n")
    eml = outlook_reply(a, frm=("Ciarán Ó Briain", "sales@shannonbearing.example"), when=w, lang="en", top=top,
                        sent=outlook_sent("en-GB", DT(2026, 11, 11, 14, 20)), seed="c020", lang_tag="en-IE",
                        subject="RE: Purchase order 4500232340 - please confirm")
    exp = {"kind": "confirmation",
           "confirmations": [conf(a, {1: chg(50, "5.90", "2026-12-03"), 2: chg(10, "44.10", "2026-12-03")}),
                             conf(b, {1: ACC, 2: ACC})],
           "notes": "PO 4500232371 is not mentioned and is left out. 11/12 = 11 December (Irish day-first)."}
    return [a, b, c], eml, exp


# ---------------------------------------------------------------------------
@case("led-from-stock-dispatch-48-hours", "confirmation/en-ZA",
      "'Ex stock - dispatch within 48 hours' has to become a ship date counted from the Date header "
      "(Thursday 19 November), earlier than requested.")
def c021():
    sup = supplier("HIGHVELD", "Highveld Lighting Distributors (Pty) Ltd", "orders@highveldlighting.example", "en-ZA")
    byr = buyer("TS", "Grace Holloway", "g.holloway")
    po = PO("TSB/26/0447", sup, byr, "GBP", "2026-11-12", [
        L(1, "LED-FL-50", "LED floodlight 50 W, 4000 K, IP66, black", 30, "PCS", "21.40", "2026-11-27"),
        L(2, "LED-BAT-1500", "LED batten 1500 mm, 24 W, twin, IP65", 60, "PCS", "17.85", "2026-11-27"),
    ])
    w = When(2026, 11, 17, 9, 12, 55, "+0200")
    ship = w.date + dt.timedelta(days=2)
    wd(ship, "Thu")
    top = ("Morning Grace,\n\n"
           "Thanks for the order. Both lines are ex stock - dispatch within 48 hours, so it'll leave our Midrand "
           "warehouse by Thursday. Prices as per your PO.\n\n"
           "Courier waybill will follow once collected.\n\n"
           "Cheers,\nThabo Mokoena\nSales Desk | Highveld Lighting Distributors\n+27 11 555 0188\n")
    attrib = "On Thu, 12 Nov 2026 at 10:15, Grace Holloway <g.holloway@terrace-build.example> wrote:"
    eml = gmail_reply(po, frm=("Thabo Mokoena", "orders@highveldlighting.example"), when=w, attrib=attrib, top=top,
                      seed="c021")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(30, "21.40", ship), 2: chg(60, "17.85", ship)})],
           "notes": "Tue 17 Nov 09:12 + 48 h = Thu 19 Nov; only a dispatch date, so that is the date."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("masks-yes-with-upsell-question", "confirmation/en-SG",
      "A yes followed by 'can you take 120 instead of 100?' - the explicit fallback ('if not, we ship the "
      "100 as per PO') makes it a plain acceptance.")
def c022():
    sup = supplier("LIONCITYMED", "Lion City Medical Supplies Pte Ltd", "sales@lioncitymed.example", "en-SG")
    byr = buyer("MC", "Sofia Brandt", "sofia.brandt")
    po = PO("MC-PO-261125", sup, byr, "USD", "2026-11-11", [
        L(1, "MD-MSK-3PLY", "Surgical mask 3-ply, type IIR, box of 50", 200, "BOX", "2.40", "2026-12-07"),
        L(2, "MD-GWN-ISO", "Isolation gown AAMI level 2, pack of 10", 100, "PK", "8.90", "2026-12-07"),
        L(3, "MD-UP-6090", "Underpad 60x90 cm, pack of 25", 80, "PK", "5.30", "2026-12-07"),
    ])
    w = When(2026, 11, 18, 11, 25, 3, "+0800")
    wd("2026-12-07", "Mon")
    body = ("Hi Sofia, ok noted, all 3 items confirmed at your PO price, ETA Amsterdam 7 Dec (Mon).\n\n"
            "Btw the gowns come 120 packs per carton - can you take 120 instead of 100? Saves us breaking a "
            "carton. If not, no problem, we ship the 100 as per PO.\n\n"
            "Thanks & regards\nWei Ling\n\nSent from my iPhone\n\n"
            "> On 11 Nov 2026, at 4:31 PM, Sofia Brandt <sofia.brandt@meridian-care.example> wrote:\n>\n"
            + quote_gt(request_text(po).rstrip("\n")) + "\n")
    eml = plain_reply(po, frm=("Tan Wei Ling", "sales@lioncitymed.example"), when=w, body=body, seed="c022",
                      prefix="Re: ", style="apple", extra=[("X-Mailer", IPHONE_XM)], charset="utf-8",
                      cte="quoted-printable")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: ACC, 3: ACC})],
           "notes": "Question about 120 is an offer only; fallback ships 100 as ordered."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("solar-kits-date-subject-to-agreed-deposit", "confirmation/ro-RO",
      "The date is confirmed 'subject to receipt of the 30% deposit' that our own PO terms require; "
      "27.11.2026 is the deposit deadline, not a delivery date.")
def c023():
    sup = supplier("SOLSTRUCT", "Solar Structuri SRL", "comenzi@solarstructuri.example", "ro-RO")
    byr = buyer("TS", "Grace Holloway", "g.holloway")
    po = PO("TSB/26/0451", sup, byr, "EUR", "2026-11-12", [
        L(1, "SM-KIT-EW10", "Flat-roof mounting kit, 10 modules, east-west", 24, "KIT", "386.00", "2026-12-16"),
        L(2, "SM-BAL-12", "Ballast tray 12 kg, galvanised", 240, "PCS", "7.10", "2026-12-16"),
    ])
    terms = "30% deposit with order confirmation, balance 30 days after delivery; please quote our PO number."
    w = When(2026, 11, 20, 16, 5, 0, "+0200")
    wd("2026-12-16", "Wed")
    top = ("Bună ziua, doamna Holloway,\n\n"
           "Vă mulțumim pentru comanda TSB/26/0451, pe care v-o confirmăm după cum urmează:\n"
           "- 24 kituri de montaj est-vest x 386,00 EUR\n"
           "- 240 tăvi de balast 12 kg x 7,10 EUR\n\n"
           "Data livrării: miercuri, 16.12.2026, cu condiția primirii avansului de 30% (conform comenzii "
           "dumneavoastră) până la data de 27.11.2026. Factura proformă pentru avans este atașată în e-mailul "
           "separat de la departamentul financiar.\n\n"
           "Cu stimă,\nAndrei Popescu\nDepartament Vânzări\nSolar Structuri SRL | Str. Fabricii 45, 400632 Cluj-Napoca\n")
    eml = outlook_reply(po, frm=("Andrei Popescu", "comenzi@solarstructuri.example"), when=w, lang="ro", top=top,
                        sent=outlook_sent("ro", DT(2026, 11, 12, 15, 40)), seed="c023", lang_tag="ro-RO",
                        quoted_text=request_text(po, terms=terms), quoted_html=request_html(po, terms=terms))
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: ACC})],
           "notes": "Condition is the deposit our own PO terms ask for, so this is a normal confirmation of the "
                    "requested date; 27.11 is the deposit deadline."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("hose-assemblies-thread-with-earlier-provisional-dates", "confirmation/de-DE",
      "Outlook thread: the quoted part holds the supplier's earlier provisional dates (20.11./27.11.) and our "
      "chaser; only the new binding dates at the top count.")
def c024():
    sup = supplier("RHEINHYD", "Rhein-Hydraulik Service GmbH", "auftrag@rhein-hydraulik.example", "de-DE")
    byr = buyer("KIG", "Jonas Weber", "j.weber")
    po = PO("4500232388", sup, byr, "EUR", "2026-11-04", [
        L(1, "HA-2SN-12-2000", "Hose assembly 2SN DN12, 2000 mm, DKOL 22L both ends", 20, "PCS", "38.90", "2026-11-27"),
        L(2, "HA-4SH-25-1500", "Hose assembly 4SH DN25, 1500 mm, SAE 1 in 6000 psi flange", 6, "PCS", "142.00", "2026-11-27"),
        L(3, "HH-2SN-10", "Hydraulic hose 2SN DN10, bulk", 100, "M", "5.60", "2026-11-27"),
    ])
    w = When(2026, 11, 18, 10, 40, 2)
    wd("2026-11-26", "Thu"); wd("2026-12-09", "Wed")
    sup_addr = "Schmitz, Ralf <auftrag@rhein-hydraulik.example>"
    jonas = req_from(po)
    first = ("Hallo Herr Weber,\n\n"
             "vorab zur Info: Pos. 1 und 3 voraussichtlich 20.11., Pos. 2 ca. 27.11. Die verbindliche "
             "Auftragsbestätigung folgt, sobald die Armaturen da sind.\n\n"
             "Gruß\nRalf Schmitz\nRhein-Hydraulik Service GmbH\n")
    chaser = ("Hallo Herr Schmitz,\n\ndanke. Bitte senden Sie uns noch die verbindliche Bestätigung.\n\n"
              "Gruß\nJonas Weber\n")
    s1 = outlook_sent("de", DT(2026, 11, 4, 9, 10))
    s2 = outlook_sent("de", DT(2026, 11, 5, 16, 22))
    s3 = outlook_sent("de", DT(2026, 11, 6, 8, 3))
    subj0 = request_subject(po)
    inner1_t = outlook_quote_text("de", jonas, s1, "auftrag@rhein-hydraulik.example", subj0, request_text(po))
    inner2_t = outlook_quote_text("de", sup_addr, s2, jonas, "AW: " + subj0, first + "\n" + inner1_t)
    quoted_t = chaser + "\n" + inner2_t
    inner1_h = outlook_quote_html("de", jonas, s1, "auftrag@rhein-hydraulik.example", subj0, request_html(po))
    inner2_h = outlook_quote_html("de", sup_addr, s2, jonas, "AW: " + subj0, paras_html(first) + inner1_h)
    quoted_h = paras_html(chaser) + inner2_h
    top = ("Hallo Herr Weber,\n\n"
           "hier nun die verbindliche Bestätigung zu Ihrer Bestellung 4500232388:\n\n"
           "Pos. 1 und Pos. 3: Liefertermin Donnerstag, 26.11.2026\n"
           "Pos. 2: leider erst am 09.12.2026 - die SAE-Flanschanschlüsse mussten nachbestellt werden.\n\n"
           "Preise wie bestellt. Prüfprotokolle (Prüfdruck 1,5 x Betriebsdruck) liegen der Lieferung bei.\n\n"
           "Gruß\nRalf Schmitz\nAuftragsabwicklung\nRhein-Hydraulik Service GmbH | Hafenstraße 3 | 47119 Duisburg\n")
    chaser_id = "<chase.4500232388.2@kestrel-group.example>"
    first_id = mime.msgid("outlook", "c024-first")
    eml = outlook_reply(po, frm=("Schmitz, Ralf", "auftrag@rhein-hydraulik.example"), when=w, lang="de", top=top,
                        sent=s3, seed="c024", lang_tag="de-DE", quoted_text=quoted_t, quoted_html=quoted_h,
                        quoted_from=jonas, quoted_subject="AW: AW: " + subj0,
                        subject="AW: AW: " + subj0, irt=chaser_id,
                        refs=[po["request_message_id"], first_id, chaser_id])
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(20, "38.90", "2026-11-26"), 2: chg(6, "142.00", "2026-12-09"),
                                       3: chg(100, "5.60", "2026-11-26")})],
           "notes": "Ignore the quoted provisional 20.11./27.11.; binding dates 26.11. (pos 1, 3) and 09.12. (pos 2)."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("marine-topcoat-greek-and-english", "confirmation/el-GR",
      "The same answer in Greek and then in English; line 3 is explicitly deferred to next week and stays "
      "unconfirmed; 'RAL 9010' and '20 l' are not quantities.")
def c025():
    sup = supplier("AEGEANMC", "Aegean Marine Coatings S.A.", "orders@aegeancoatings.example", "el-GR")
    byr = buyer("KIG", "Marta Lindqvist", "m.lindqvist")
    po = PO("4500232402", sup, byr, "EUR", "2026-11-12", [
        L(1, "MP-TC-PU-20", "Polyurethane topcoat, white RAL 9010, tin 20 l", 8, "TIN", "296.00", "2026-12-09"),
        L(2, "MP-AF-SPC-20", "Antifouling SPC, black, tin 20 l", 12, "TIN", "318.00", "2026-12-09"),
        L(3, "MP-TH-PU-5", "Thinner for PU topcoat, tin 5 l", 6, "TIN", "41.00", "2026-12-09"),
    ])
    w = When(2026, 11, 19, 13, 14, 50, "+0200")
    wd("2026-12-09", "Wed")
    top = ("Αγαπητή κα Lindqvist,\n\n"
           "Σας επιβεβαιώνουμε την παραγγελία σας 4500232402 ως εξής:\n"
           "Θέση 1: 8 δοχεία των 20 l, 296,00 € ανά δοχείο\n"
           "Θέση 2: 12 δοχεία των 20 l, 318,00 € ανά δοχείο\n"
           "Θέση 3 (αραιωτικό): η γραμμή πλήρωσης 5 l είναι σε συντήρηση - θα σας επιβεβαιώσουμε την ημερομηνία "
           "την επόμενη εβδομάδα.\n"
           "Παράδοση θέσεων 1 και 2: Τετάρτη 9 Δεκεμβρίου 2026.\n\n"
           "--- English version ---\n\n"
           "Dear Ms Lindqvist,\n\n"
           "We confirm your order 4500232402 as follows:\n"
           "Item 1: 8 tins of 20 l at EUR 296,00 per tin\n"
           "Item 2: 12 tins of 20 l at EUR 318,00 per tin\n"
           "Item 3 (thinner): our 5 l filling line is under maintenance - we will confirm the date for this item "
           "next week.\n"
           "Delivery of items 1 and 2: Wednesday, 9 December 2026.\n\n"
           "Με εκτίμηση / Best regards\n"
           "Γιώργος Παπαδόπουλος / Giorgos Papadopoulos\nSales Department\nAegean Marine Coatings S.A.\n"
           "Ακτή Μιαούλη 71, 185 38 Πειραιάς\n")
    eml = outlook_reply(po, frm=("Giorgos Papadopoulos", "orders@aegeancoatings.example"), when=w, lang="el", top=top,
                        sent=outlook_sent("el", DT(2026, 11, 12, 10, 11)), seed="c025", prefix="RE: ", lang_tag="el-GR",
                        charset="iso-8859-7", hcharset="iso-8859-7")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: ACC, 3: UNC})],
           "notes": "Bilingual; item 3 'will confirm next week' -> unconfirmed."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("furniture-confirmed-with-price-validity-clause", "confirmation/fr-BE",
      "HTML-only reply confirming the order with 'prix valables jusqu'au 31/12/2026' and a price-list date "
      "01/11/2026 that are not delivery dates; one price up.")
def c026():
    sup = supplier("BDWALLONIE", "Bureau Design Wallonie SA", "commandes@bdwallonie.example", "fr-BE")
    byr = buyer("AH", "Owen Gallagher", "owen.gallagher")
    po = PO("AH-26-04452", sup, byr, "EUR", "2026-11-13", [
        L(1, "OF-MTG-2400", "Meeting table 2400x1200, oak veneer", 2, "PCS", "845.00", "2026-12-10"),
        L(2, "OF-CHR-CNF", "Conference chair, stackable, anthracite", 16, "PCS", "92.00", "2026-12-10"),
        L(3, "OF-SCR-1600", "Acoustic desk screen 1600 mm, grey", 10, "PCS", "74.00", "2026-12-10"),
    ])
    w = When(2026, 11, 18, 14, 33, 19)
    wd("2026-12-10", "Thu")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Arial,sans-serif;font-size:10pt\">"
            "<p>Bonjour Monsieur Gallagher,</p>"
            "<p>Nous vous confirmons volontiers votre commande <b>AH-26-04452</b> aux conditions suivantes&nbsp;:</p>"
            "<ul><li>2 tables de réunion 2400x1200 placage chêne à 845,00 € HTVA</li>"
            "<li>16 chaises de conférence empilables anthracite à 92,00 € HTVA</li>"
            "<li>10 écrans acoustiques 1600 mm gris à <b>79,50 € HTVA</b> (nouveau tarif au 01/11/2026)</li></ul>"
            "<p>Livraison et montage&nbsp;: <b>jeudi 10/12/2026</b>, entre 9h et 16h.</p>"
            "<p>Nos prix sont valables jusqu'au 31/12/2026&nbsp;; toute livraison reportée au-delà de cette date "
            "à votre demande serait facturée au tarif 2027.</p>"
            "<p>Bien à vous,</p>"
            "<p>Nathalie Dewez<br>Service clientèle<br>Bureau Design Wallonie SA<br>Rue de l'Industrie 22, "
            "4020 Liège<br>TVA BE 0448.612.907</p></div>"
            "<div><br><hr>"
            "<b>De&nbsp;:</b> Owen Gallagher &lt;owen.gallagher@alderbank-hotels.example&gt;<br>"
            "<b>Envoyé&nbsp;:</b> vendredi 13 novembre 2026 11:05<br>"
            "<b>À&nbsp;:</b> commandes@bdwallonie.example<br>"
            "<b>Objet&nbsp;:</b> Purchase order AH-26-04452 - please confirm<br><br>"
            "%s</div></body></html>\n" % request_html(po))
    dom = "bdwallonie.example"
    eml = compose(frm=("Nathalie Dewez", "commandes@bdwallonie.example"), to=[buyer_pair(po)],
                  subject="RE: " + request_subject(po), when=w, msg_id=mime.msgid("outlook", "c026"), html=html,
                  irt=po["request_message_id"], refs=[po["request_message_id"]], charset="utf-8",
                  cte="quoted-printable", seed="c026", bstyle="outlook",
                  extra=[("X-Mailer", "Microsoft Outlook Web App")])
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: ACC, 3: chg(10, "79.50", "2026-12-10")})],
           "notes": "Price validity 31/12/2026 and list date 01/11/2026 are not commitments; delivery 10/12."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("roofing-fasteners-answers-inline-in-caps", "confirmation/en-AU",
      "Answers are typed in capitals between the quoted PO lines; bags of 1000 become 20 bags of 500 at "
      "half the price (same as ordered in PO units); one line split into January 2027.")
def c027():
    sup = supplier("SCFAST", "Southern Cross Fasteners Pty Ltd", "sales@scfasteners.example", "en-AU")
    byr = buyer("TS", "Grace Holloway", "g.holloway")
    po = PO("TSB/26/0456", sup, byr, "GBP", "2026-11-13", [
        L(1, "RF-TEK-12-14x20", "Roofing tek screw 12-14x20, class 4, box of 250", 60, "BOX", "11.20", "2026-12-18"),
        L(2, "RF-TEK-12-24x45", "Roofing tek screw 12-24x45, class 4, with seal, box of 250", 40, "BOX", "14.75", "2026-12-18"),
        L(3, "RF-RIV-48x12", "Blind rivet 4.8x12 aluminium, box of 500", 20, "BOX", "9.60", "2026-12-18"),
        L(4, "RF-WSH-EPDM-16", "EPDM bonded washer 16 mm, bag of 1000", 10, "BAG", "12.40", "2026-12-18"),
    ])
    w = When(2026, 11, 19, 8, 2, 37, "+1100")
    jan = wd("2027-01-15", "Fri")
    assert Dec("6.20") * 2 == Dec("12.40")
    ans = {1: "OK - CONFIRMED AS PER PO",
           2: "ONLY 24 BOXES IN STOCK, THESE GO WITH THE REST FOR 18/12. BALANCE 16 BOXES LANDED 15/01/27. PRICE OK",
           3: "PRICE NOW 10.10 PER BOX (NEW RIVET PRICING), DATE OK",
           4: "BAGS OF 1000 NO LONGER PACKED - SENDING 20 BAGS OF 500 @ 6.20 PER BAG, SAME DATE"}
    req = request_text(po).rstrip("\n").split("\n")
    out = []
    for ln in req:
        out.append("> " + ln if ln else ">")
        parts = ln.split()
        if parts and parts[0].isdigit() and int(parts[0]) in ans and len(parts) > 3:
            out.append("")
            out.append(ans[int(parts[0])])
            out.append("")
    body = ("G'day Grace,\n\nAnswers inline below in caps. Ring me if anything's unclear.\n\n"
            "Cheers\nBruce\n\n"
            "On 13/11/2026 7:44 pm, Grace Holloway wrote:\n" + "\n".join(out) + "\n\n"
            "--\nBruce Whitfield | Export Sales\nSouthern Cross Fasteners Pty Ltd\n"
            "14 Kembla St, Wollongong NSW 2500 | ABN 51 824 753 556\n")
    eml = plain_reply(po, frm=("Bruce Whitfield", "sales@scfasteners.example"), when=w, body=body, seed="c027",
                      prefix="Re: ", style="thunderbird", charset="utf-8", cte="7bit", flowed=False,
                      extra=[("User-Agent", TB_UA)])
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: chg(40, "14.75", jan, [(24, "2026-12-18"), (16, jan)]),
                                       3: chg(20, "10.10", "2026-12-18"), 4: ACC})],
           "notes": "Line 4: 20 bags of 500 at 6.20 = 10 bags of 1000 at 12.40, same date -> as ordered. "
                    "15/01/27 = 2027-01-15."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("fencing-two-pos-in-one-mail", "confirmation/nb-NO",
      "Two POs answered in one mail with different outcomes; 'uke 51' is the requested Friday but the "
      "gabion price changes; '1x1x1 m' and '2030x2500' are sizes.")
def c028():
    sup = supplier("NORDNET", "Nordisk Netting AS", "ordre@nordisknetting.example", "nb-NO")
    byr = buyer("TS", "Kasper Nowak", "k.nowak")
    a = PO("TSB/26/0461", sup, byr, "EUR", "2026-11-16", [
        L(1, "WM-FP-2030", "Fence panel 2030x2500, 5 mm wire, green RAL 6005", 40, "PCS", "38.50", "2026-12-11"),
        L(2, "WM-POST-60", "Fence post 60x40, 2400 mm, with base plate", 42, "PCS", "21.00", "2026-12-11"),
    ], req_tag="1")
    b = PO("TSB/26/0462", sup, byr, "EUR", "2026-11-16", [
        L(1, "WM-GAB-1x1", "Gabion basket 1.0x1.0x1.0 m, mesh 100x50", 25, "PCS", "64.00", "2026-12-18"),
    ], req_tag="1")
    w = When(2026, 11, 20, 10, 45, 12)
    wd("2026-12-11", "Fri")
    assert kw(2026, 51) == dt.date(2026, 12, 18)
    top = ("Hei Kasper,\n\n"
           "Takk for bestillingene. Her er bekreftelsen på begge:\n\n"
           "TSB/26/0461: gjerdepaneler 40 stk à 38,50 og stolper 42 stk à 21,00 - levering fredag 11.12.\n"
           "TSB/26/0462: gabionkurver 1x1x1 m - 25 stk, men prisen er 67,20 pr. stk fra 1. november. Levering uke 51.\n\n"
           "Mvh\nIngrid Solberg\nKundeservice | Nordisk Netting AS\nTlf. +47 55 20 81 40\n")
    eml = outlook_reply(a, frm=("Ingrid Solberg", "ordre@nordisknetting.example"), when=w, lang="nb", top=top,
                        sent=outlook_sent("nb", DT(2026, 11, 16, 13, 30)), seed="c028", prefix="SV: ", lang_tag="nb-NO",
                        subject="SV: TSB/26/0461 og TSB/26/0462",
                        refs=[a["request_message_id"], b["request_message_id"]])
    exp = {"kind": "confirmation",
           "confirmations": [conf(a, {1: ACC, 2: ACC}), conf(b, {1: chg(25, "67.20", "2026-12-18")})],
           "notes": "Both POs answered; uke 51 = Friday 2026-12-18 = requested; gabion price 67.20."}
    return [a, b], eml, exp


# ---------------------------------------------------------------------------
@case("stretch-film-percentage-increase", "confirmation/lt-LT",
      "One '+4,5 %' sentence for both lines: the increase applies to each PO unit price (2.926 and 2.0273); "
      "no per-line figures are written.")
def c029():
    sup = supplier("BALTPLEV", "UAB Baltijos Plėvelės", "pardavimai@baltplev.example", "lt-LT")
    byr = buyer("LV", "Ines Moreau", "ines.moreau")
    po = PO("LV2600902", sup, byr, "EUR", "2026-11-13", [
        L(1, "PF-LDPE-50", "LDPE shrink film 50 micron, 1000 mm, roll", 1800, "KG", "2.80", "2026-12-10"),
        L(2, "PF-STR-23", "Stretch film 23 micron, 500 mm, machine roll", 900, "KG", "1.94", "2026-12-10"),
    ])
    w = When(2026, 11, 23, 9, 50, 41, "+0200")
    p1, p2 = Dec("2.80") * Dec("1.045"), Dec("1.94") * Dec("1.045")
    assert (p1, p2) == (Dec("2.92600"), Dec("2.02730"))
    top = ("Laba diena,\n\n"
           "patvirtiname Jūsų užsakymą LV2600902.\n\n"
           "Dėl išaugusių žaliavų (polietileno granulių) kainų abiem pozicijoms taikomas 4,5 % kainos padidėjimas "
           "nuo užsakyme nurodytų kainų. Kiekiai lieka be pakeitimų. Pristatymo data - 2026-12-10.\n\n"
           "Pagarbiai\nRūta Jankauskienė\nPardavimų vadybininkė\nUAB Baltijos Plėvelės | Pramonės g. 16, LT-78137 Šiauliai\n")
    eml = outlook_reply(po, frm=("Rūta Jankauskienė", "pardavimai@baltplev.example"), when=w, lang="lt", top=top,
                        sent=outlook_sent("lt", DT(2026, 11, 13, 10, 0)), seed="c029", prefix="RE: ", lang_tag="lt-LT",
                        charset="windows-1257", hcharset="utf-8")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: chg(1800, "2.926", "2026-12-10"), 2: chg(900, "2.0273", "2026-12-10")})],
           "notes": "+4.5% on PO prices: 2.80 -> 2.926, 1.94 -> 2.0273."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("needles-syringes-price-per-hundred", "confirmation/sl-SI",
      "Prices per 100 pieces against piece prices in the PO; only the syringes change (0.069); "
      "'21G x 1 1/2\"' and '5.000 kos' (thousands dot) must be read right.")
def c030():
    sup = supplier("MEDISOSK", "Medis Oskrba d.o.o.", "narocila@medisoskrba.example", "sl-SI")
    byr = buyer("MC", "Daniel Okafor", "daniel.okafor")
    po = PO("MC-PO-261131", sup, byr, "EUR", "2026-11-16", [
        L(1, "MD-NDL-21G", "Hypodermic needle 21G x 1 1/2 in, sterile", 5000, "PCS", "0.021", "2026-12-04"),
        L(2, "MD-SYR-10", "Syringe 10 ml Luer slip, sterile", 3000, "PCS", "0.064", "2026-12-04"),
        L(3, "MD-IVC-20G", "IV cannula 20G, with injection port", 1000, "PCS", "0.38", "2026-12-04"),
    ])
    w = When(2026, 11, 19, 13, 20, 6)
    wd("2026-12-04", "Fri")
    top = ("Pozdravljeni,\n\n"
           "potrjujemo naročilo MC-PO-261131:\n\n"
           "- injekcijske igle 21G x 1 1/2\": 5.000 kos, cena 2,10 EUR / 100 kos\n"
           "- brizge 10 ml Luer slip: 3.000 kos, cena 6,90 EUR / 100 kos\n"
           "- IV kanile 20G z injekcijskim portom: 1.000 kos, cena 38,00 EUR / 100 kos\n\n"
           "Dobava v petek, 4. 12. 2026.\n\n"
           "Lep pozdrav,\nMaja Kos\nMedis Oskrba d.o.o., Letališka cesta 29, 1000 Ljubljana\n")
    attrib = "V pon., 16. nov. 2026 ob 11:17 je oseba Daniel Okafor <daniel.okafor@meridian-care.example> napisala:"
    eml = gmail_reply(po, frm=("Maja Kos", "narocila@medisoskrba.example"), when=w, attrib=attrib, top=top, seed="c030")
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: chg(3000, "0.069", "2026-12-04"), 3: ACC})],
           "notes": "2,10/100 = 0.021 (same), 6,90/100 = 0.069 (up), 38,00/100 = 0.38 (same)."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("led-modules-xlsx-acknowledgment", "confirmation/ko-KR",
      "The commitment is only in an XLSX order acknowledgment: positions 10/20/30, own part numbers beside "
      "ours, Excel date serials, separate ship and delivery columns.")
def c031():
    sup = supplier("HANBIT", "Hanbit Optoelectronics Co., Ltd.", "export@hanbitopto.example", "ko-KR")
    byr = buyer("KIG", "Marta Lindqvist", "m.lindqvist")
    po = PO("4500232420", sup, byr, "USD", "2026-11-12", [
        L(1, "LED-MOD-280", "LED module 280 mm, 24 V, 3000 K, CRI>90", 500, "PCS", "3.15", "2026-12-18"),
        L(2, "LED-DRV-24-100", "Constant voltage driver 24 V 100 W", 60, "PCS", "16.40", "2026-12-18"),
        L(3, "LED-PRF-AL-2M", "Aluminium profile 2 m with opal diffuser", 200, "PCS", "4.75", "2026-12-18"),
    ])
    w = When(2026, 11, 17, 14, 8, 0, "+0900")
    D = dt.date
    wd("2026-12-28", "Mon")
    rows = [["주문확인서 (Order Acknowledgment)"], [],
            ["확인번호", "OA-2611-0387", "", "발주번호", "4500232420"],
            ["고객", "Kestrel Industrial Group", "", "작성일", D(2026, 11, 17)],
            ["통화", "USD", "", "인도조건", "DAP Bremen"], [],
            ["항목", "품번", "고객 품번", "품명", "수량", "단위", "단가", "금액", "출하일", "납기일"],
            [10, "HB-M280-30K", "LED-MOD-280", "LED 모듈 280mm 24V 3000K CRI>90", 500, "EA", 3.15, 1575, D(2026, 12, 4), D(2026, 12, 18)],
            [20, "HB-CV24-100", "LED-DRV-24-100", "정전압 드라이버 24V 100W", 60, "EA", 16.9, 1014, D(2026, 12, 4), D(2026, 12, 18)],
            [30, "HB-AP2000-OP", "LED-PRF-AL-2M", "알루미늄 프로파일 2m 오팔 확산판", 200, "EA", 4.75, 950, D(2026, 12, 11), D(2026, 12, 28)],
            [], ["", "", "", "합계", "", "", "", 3539],
            ["비고: 납기일은 고객 도착 기준입니다. 출하일은 인천 공장 출고일입니다."]]
    assert 500 * Dec("3.15") == 1575 and 60 * Dec("16.9") == 1014 and 200 * Dec("4.75") == 950
    data = xlsx.build([("주문확인", rows)], when=(2026, 11, 17, 5, 7, 0), creator="Hanbit ERP")
    body = ("Marta Lindqvist 님께,\n\n"
            "안녕하세요. 한빛광전 해외영업팀 이지훈입니다.\n"
            "귀사의 발주서 4500232420에 대한 주문확인서를 첨부와 같이 송부드립니다.\n"
            "내용 확인 부탁드립니다.\n\n"
            "감사합니다.\n\n이지훈 / Jihoon Lee\n해외영업팀 | 한빛광전 주식회사\nTel. +82 31 8017 5520\n")
    eml = plain_reply(po, frm=("이지훈", "export@hanbitopto.example"), when=w, body=body, seed="c031",
                      prefix="RE: ", charset="utf-8", cte="base64", style="other",
                      attachments=[Binary(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                          "OA-2611-0387.xlsx")])
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: chg(60, "16.90", "2026-12-18"), 3: chg(200, "4.75", "2026-12-28")})],
           "notes": "XLSX: 납기일 (delivery) wins over 출하일 (ship); pos 20 price 16.9; pos 30 delivery 2026-12-28."}
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("solar-clamps-line-to-be-confirmed-next-week", "confirmation/et-EE",
      "Bottom-posted below the full quoted PO; two lines confirmed, the third explicitly 'to be confirmed next "
      "week' (unconfirmed, not rejected); '30-40 mm' is a clamp range.")
def c032():
    sup = supplier("PAIKESE", "Päikesekinnitus OÜ", "myyk@paikesekinnitus.example", "et-EE")
    byr = buyer("TS", "Grace Holloway", "g.holloway")
    po = PO("TSB/26/0468", sup, byr, "EUR", "2026-11-17", [
        L(1, "SM-RAIL-42", "Mounting rail 4.2 m, anodised", 200, "PCS", "19.60", "2026-12-14"),
        L(2, "SM-HOOK-TL", "Roof hook for tiles, stainless, adjustable", 400, "PCS", "4.10", "2026-12-14"),
        L(3, "SM-MC-SET", "Mid clamp set 30-40 mm (kit of 10)", 80, "KIT", "11.90", "2026-12-14"),
    ])
    w = When(2026, 11, 20, 15, 10, 27, "+0200")
    wd("2026-12-14", "Mon")
    body = ("%s\n%s\n\n"
            "Tere, Grace!\n\n"
            "Täname tellimuse eest. Kinnitame järgmist:\n\n"
            "1) kinnitusrööpad 4,2 m - 200 tk, 19,60 EUR/tk, tarne 14.12.2026\n"
            "2) katusekonksud - 400 tk, 4,10 EUR/tk, tarne 14.12.2026\n"
            "3) keskklambrite komplektid 30-40 mm - selle rea kinnitame järgmisel nädalal, ootame tehasest vastust.\n\n"
            "Lugupidamisega\nKristjan Tamm\nPäikesekinnitus OÜ\nTel +372 5301 7788\n"
            % (tb_attrib(po, DT(2026, 11, 17, 12, 30)), quote_gt(request_text(po).rstrip("\n"))))
    eml = plain_reply(po, frm=("Kristjan Tamm", "myyk@paikesekinnitus.example"), when=w, body=body, seed="c032",
                      prefix="Re: ", charset="iso-8859-15", cte="quoted-printable", flowed=True, style="thunderbird",
                      extra=[("User-Agent", TB_UA)])
    exp = {"kind": "confirmation",
           "confirmations": [conf(po, {1: ACC, 2: ACC, 3: UNC})],
           "notes": "Line 3 deferred to next week -> unconfirmed."}
    return [po], eml, exp
