"""Cases 037-054."""
import html as _h
from decimal import Decimal as D

from .common import case, sup, mkpo, conf, expected, kw_friday
from .mime import (reply, request_lines, attachment, quote_outlook, quote_gt, gmail_attr, html_from_text)
from .pdf import pdf
from .xlsx import csv_bytes


@case("water-polo-tab-answers-hu", "confirmation/hu-HU",
      "each answer typed on the same line as our quoted PO line after a tab; Hungarian dates '2026.12.17.' and decimal comma")
def c_polo_tab(slug):
    s = sup("VIZSP", "Vízilabda Sport Kft.", "rendeles@vizilabda-sport.example", "hu-HU")
    po = mkpo("4500083010", s, "polo", "EUR", [
        ("WP-BALL-5P", "Water-polo ball size 5, pro grip, 2027 model", 80, "EA", "27.50", "2026-12-10"),
        ("WP-CAP-SET", "Water-polo cap set no. 1-13, 2 colours", 12, "SET", "64.00", "2026-12-10"),
        ("WP-GOAL-NET", "Goal net 3x0.9 m, 3 mm PE", 4, "PAIR", "118.00", "2026-12-10"),
        ("WP-BALL-3", "Youth ball size 3", 30, "EA", "19.20", "2026-12-10"),
    ], issued="2026-11-05")
    q = request_lines(po)
    ans = {"1": "OK", "2": "szállítás 2026.12.17., ár változatlan", "3": "sajnos nem tudjuk szállítani",
           "4": "OK, de az ár 19,80 EUR/db"}
    L = ["Kedves Luca,", "", "válaszaink a sorok végén (tabulátor után):", "", gmail_attr(po, "en")]
    for x in q:
        k = x.split(" ", 1)[0]
        if k in ans and x.startswith(k + "  "):
            L.append("> " + x + "\t" + ans[k])
        else:
            L.append("> " + x if x else ">")
    L += ["", "Üdvözlettel:", "Nagy Zsófia", "Vízilabda Sport Kft.", "1138 Budapest, Váci út 152.",
          "Tel.: +36 1 350 4477", ""]
    eml = reply(po, L, slug=slug, date="2026-11-12 13:31:02 +0100", frm="nagy.zsofia@vizilabda-sport.example",
                frm_name="Nagy Zsófia", client="thunderbird", html=False, charset="iso-8859-2", cte="quoted-printable",
                quote="none", quote_lines=[], lang="hu", subject="Re: Order confirmation request - PO 4500083010")
    return [po], eml, expected("confirmation",
        "Answers follow each quoted line after a tab: 1 OK, 2 new date 2026.12.17., 3 cannot supply (rejected), 4 price 19.80.",
        conf(po, "A", ("C", None, None, "2026-12-17"), "R", ("C", None, "19.80", None)))


@case("atomiser-strikethrough-price-us", "confirmation/en-US",
      "HTML shows the old price struck through (<s>) next to the new one; the plain part shows both numbers; US month-first ship and delivery dates")
def c_perfume_strike(slug):
    s = sup("ATLATM", "Atlantic Atomizer Corp.", "orders@atlanticatomizer.example", "en-US")
    po = mkpo("4500083044", s, "perfume", "USD", [
        ("PA-TRV-10", "Travel atomizer 10 ml, refillable, aluminium", 3000, "PCS", "0.42", "2026-12-08"),
        ("PA-BLB-XL", "Vintage bulb atomizer XL 100 ml, 1920s style", 400, "PCS", "3.95", "2026-12-08"),
    ], issued="2026-11-05")
    plain = ["Hi Camille,", "",
             "Thanks for PO 4500083044. Confirming as follows:", "",
             "Line 1 - PA-TRV-10: 3,000 pcs at $0.42 $0.46/pc (aluminum surcharge). Ships 12/01, delivered to you 12/08.",
             "Line 2 - PA-BLB-XL: 400 pcs at $3.95, confirmed as ordered, delivered 12/08.", "",
             "Best,", "Dana Whitfield", "Customer Success | Atlantic Atomizer Corp.",
             "220 Harbor Park Dr, Providence, RI 02905", "(401) 555-0182", ""]
    ql = quote_outlook(po, "en")
    hb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
          "<div style=\"font-family:Aptos,sans-serif;font-size:12pt\"><p>Hi Camille,</p>"
          "<p>Thanks for PO 4500083044. Confirming as follows:</p><ul>"
          "<li>Line 1 - PA-TRV-10: 3,000 pcs at <s>$0.42</s> <b>$0.46</b>/pc (aluminum surcharge). "
          "Ships 12/01, delivered to you 12/08.</li>"
          "<li>Line 2 - PA-BLB-XL: 400 pcs at $3.95, confirmed as ordered, delivered 12/08.</li></ul>"
          "<p>Best,<br>Dana Whitfield<br>Customer Success | Atlantic Atomizer Corp.<br>"
          "220 Harbor Park Dr, Providence, RI 02905<br>(401) 555-0182</p></div>"
          "<div style=\"border-top:solid #E1E1E1 1.0pt\"><p>" + "<br>".join(_h.escape(x) for x in ql) +
          "</p></div></body></html>")
    eml = reply(po, plain, slug=slug, date="2026-11-10 17:22:45 -0500", frm="dwhitfield@atlanticatomizer.example",
                frm_name="Dana Whitfield", charset="us-ascii", cte="quoted-printable", quote_lines=ql, html_body=hb,
                locale="en-US")
    return [po], eml, expected("confirmation",
        "Line 1: $0.42 is struck through in HTML, new price 0.46; delivery 12/08 (US = Dec 8) wins over ship 12/01 and equals the request. Line 2 accepted.",
        conf(po, ("C", None, "0.46", None), "A"))


@case("fleece-shared-mailbox-team-ie", "confirmation/en-IE",
      "sent from a shared orders mailbox and signed only 'The Order Management Team'; one line split into two deliveries")
def c_fleece_ie(slug):
    s = sup("WICKWL", "Wicklow Wool & Fleece Ltd", "orders@wicklowwool.example", "en-IE")
    po = mkpo("4500083077", s, "fleece", "EUR", [
        ("FB-TRT-130", "Fleece tartan throw 130x170 cm", 500, "EA", "9.75", "2026-12-09"),
        ("FB-HOOD-ADU", "Hooded fleece blanket, adult, one size", 300, "EA", "14.20", "2026-12-09"),
        ("FB-GBX-35", "Gift box for throws 35x25x10 cm", 500, "EA", "1.10", "2026-12-09"),
    ], issued="2026-11-04")
    body = ["Dear Megan,", "",
            "Thank you for your order 4500083077.",
            "We confirm lines 1 and 3 as ordered for delivery on 9 December.",
            "Line 2 (hooded blankets): we can deliver 200 on 9 December and the remaining 100 on 16 December, price unchanged.",
            "", "Kind regards,", "The Order Management Team", "Wicklow Wool & Fleece Ltd",
            "Unit 7, Rathnew Business Park, Co. Wicklow, A67 X2Y3", "T: +353 404 20 511", "",
            "This e-mail and any attachments are confidential and intended solely for the addressee. "
            "Wicklow Wool & Fleece Ltd, registered in Ireland No. 482211.", ""]
    eml = reply(po, body, slug=slug, date="2026-11-11 10:48:19 +0000", frm="orders@wicklowwool.example",
                frm_name="Wicklow Wool Orders", charset="windows-1252", locale="en-IE")
    return [po], eml, expected("confirmation",
        "Shared mailbox reply signed by a team is still a human confirmation. Line 2 split 200 on 2026-12-09 + 100 on 2026-12-16.",
        conf(po, "A", ("C", 300, None, "2026-12-16", [(200, "2026-12-09"), (100, "2026-12-16")]), "A"))


@case("gym-mat-pdf-two-pages-au", "confirmation/en-AU",
      "ERP sales-order acknowledgement PDF whose six positions run over two pages (totals and terms on page 2), body says nothing specific")
def c_gym_pdf2(slug):
    s = sup("SXGYM", "Southern Cross Gym Equipment Pty Ltd", "customerservice@sxgym.example", "en-AU")
    po = mkpo("4500083102", s, "gym", "AUD", [
        ("GM-PNL-120", "Panel mat 120x240x4 cm, 4-fold", 12, "EA", "189.00", "2026-12-14"),
        ("GM-CRASH-20", "Crash mat 200x140x20 cm", 6, "EA", "349.00", "2026-12-14"),
        ("GM-BEAM-3M", "Floor beam 3 m, suede top, 10 cm", 4, "EA", "275.00", "2026-12-14"),
        ("GM-ROLL-15", "Roll mat 1.5 m x 12 m, 35 mm", 2, "ROL", "1180.00", "2026-12-14"),
        ("GM-TRL-XL", "Mat trolley XL, 150 kg load", 2, "EA", "420.00", "2026-12-14"),
        ("GM-TAPE-50", "Floor marking tape 50 mm x 33 m", 10, "ROL", "16.40", "2026-12-14"),
    ], issued="2026-11-04")
    hdr = ["SOUTHERN CROSS GYM EQUIPMENT PTY LTD  ABN 51 824 753 556",
           "14 Foundry Road, Seven Hills NSW 2147   Ph (02) 9620 4410", "",
           "SALES ORDER ACKNOWLEDGEMENT  SO-118442", "Customer: Turnsport Ausstattung GmbH   Your order: 4500083102",
           "Date: 16/11/2026   Currency: AUD", ""]
    col = "Pos  Item         Description                          Qty  UOM  Unit price   Delivery"
    p1 = hdr + [col,
                "1    GM-PNL-120   Panel mat 120x240x4 cm, 4-fold       12   EA   189.00       14/12/2026",
                "2    GM-CRASH-20  Crash mat 200x140x20 cm              6    EA   349.00       18/12/2026",
                "3    GM-BEAM-3M   Floor beam 3 m, suede top            4    EA   275.00       14/12/2026",
                "4    GM-ROLL-15   Roll mat 1.5 m x 12 m, 35 mm         1    ROL  1,180.00     14/12/2026",
                "     Note: qty 1 confirmed, balance of 1 cancelled (colour discontinued)",
                "", "continued on page 2 ...", "", "Page 1 of 2"]
    p2 = ["SALES ORDER ACKNOWLEDGEMENT  SO-118442 (continued)   Your order: 4500083102", "", col,
          "5    GM-TRL-XL    Mat trolley XL, 150 kg load          2    EA   420.00       14/12/2026",
          "6    GM-TAPE-50   Floor marking tape 50 mm x 33 m      10   ROL  17.20        14/12/2026",
          "", "Subtotal AUD 7,654.00    GST 0.00 (export)    Total AUD 7,654.00", "",
          "Delivery = date goods arrive at your nominated address. Terms: 30 days EOM.", "", "Page 2 of 2"]
    tot = 12 * D("189") + 6 * D("349") + 4 * D("275") + 1 * D("1180") + 2 * D("420") + 10 * D("17.20")
    assert tot == D("7654.00"), tot
    data = pdf([p1, p2], title="SO-118442", producer="MYOB AccountRight PDF", date="D:20261116083000+11'00'")
    body = ["Good morning,", "", "Please find attached Sales Order Acknowledgement SO-118442 for your PO 4500083102.",
            "", "Regards,", "Customer Service", "Southern Cross Gym Equipment Pty Ltd", "(02) 9620 4410", ""]
    eml = reply(po, body, slug=slug, date="2026-11-16 08:34:10 +1100", frm="customerservice@sxgym.example",
                frm_name="SX Gym Customer Service", client="erp", html=False, charset="us-ascii", cte="7bit",
                quote="none", quote_lines=[], subject="Sales Order Acknowledgement SO-118442 - your PO 4500083102",
                attachments=[attachment(data, "application/pdf", "SO-118442.pdf")])
    return [po], eml, expected("confirmation",
        "PDF spans two pages: pos 2 delivery 18/12/2026, pos 4 qty 1 (balance cancelled), pos 6 price 17.20 are on different pages; the Delivery column is the committed arrival date.",
        conf(po, "A", ("C", None, None, "2026-12-18"), "A", ("C", 1, None, None), "A", ("C", None, "17.20", None)))


@case("mri-pad-tyzden-51-sk", "confirmation/sk-SK",
      "Slovak 'dodanie v 51. týždni' (ISO week 51 -> Friday 18.12.) for the whole order in one sentence")
def c_mri_sk(slug):
    s = sup("MEDPSK", "MediPad Slovakia s.r.o.", "objednavky@medipad.example", "sk-SK")
    po = mkpo("4500083130", s, "mri", "EUR", [
        ("MRI-PAD-SPN", "Spine coil pad 190x55x2 cm", 10, "EA", "212.00", "2026-12-11"),
        ("MRI-PAD-BOL", "Bolster 15 cm dia. x 50 cm", 30, "EA", "44.00", "2026-12-11"),
    ], issued="2026-11-05")
    body = ["Dobrý deň pani Hartmann,", "",
            "potvrdzujeme Vašu objednávku č. 4500083130 v plnom rozsahu, ceny bez zmeny, dodanie v 51. týždni.",
            "", "S pozdravom", "Ing. Peter Horváth", "MediPad Slovakia s.r.o.", "Priemyselná 9, 917 01 Trnava",
            "tel. +421 33 551 20 40", ""]
    eml = reply(po, body, slug=slug, date="2026-11-12 10:11:42 +0100", frm="horvath@medipad.example",
                frm_name="Peter Horváth", charset="iso-8859-2", lang="sk",
                subject="RE: Order confirmation request - PO 4500083130")
    d = kw_friday(51)
    return [po], eml, expected("confirmation",
        f"'Dodanie v 51. týždni' = Friday of ISO week 51 = {d}; quantities and prices unchanged.",
        conf(po, ("C", None, None, d), ("C", None, None, d)))


@case("zinc-anode-afrikaans", "confirmation/af-ZA",
      "Afrikaans reply (a language most tools lack), rand amounts with space thousands and decimal comma, a January date")
def c_zinc_af(slug):
    s = sup("SINKAP", "Sinkanode Kaapstad (Edms) Bpk", "bestellings@sinkanode-kaap.example", "af-ZA")
    po = mkpo("4500083166", s, "zinc", "ZAR", [
        ("ZA-HULL-12", "Zinc hull anode 12 kg, weld-on, 2 straps", 25, "EA", "1480.00", "2026-12-11"),
        ("ZA-RUD-15", "Rudder anode 1.5 kg, 3/8 UNC bolts", 60, "EA", "265.00", "2026-12-11"),
        ("ZA-SHF-40", "Shaft collar anode 40 mm", 80, "EA", "118.50", "2026-12-11"),
    ], issued="2026-11-05")
    body = ["Goeiedag Nils", "",
            "Baie dankie vir bestelling 4500083166. Ons bevestig soos volg:", "",
            "Item 1: 25 stuks @ R1 480,00, aflewering 11 Desember.",
            "Item 2: 60 stuks @ R265,00, maar aflewering eers op 8 Januarie 2027 weens die gietery se jaareindsluiting.",
            "Item 3: 80 stuks, prys verhoog na R124,00 per stuk, aflewering 11 Desember.",
            "", "Groete", "Riaan du Plessis", "Sinkanode Kaapstad (Edms) Bpk",
            "Marinestraat 12, Paarden-Eiland, Kaapstad 7405", "Tel: 021 511 8842", ""]
    eml = reply(po, body, slug=slug, date="2026-11-13 09:44:05 +0200", frm="riaan@sinkanode-kaap.example",
                frm_name="Riaan du Plessis", charset="iso-8859-1", lang="en",
                subject="RE: Order confirmation request - PO 4500083166")
    return [po], eml, expected("confirmation",
        "Afrikaans: item 1 accepted (R1 480,00 = 1480.00, 11 Desember = requested); item 2 delivery 2027-01-08; item 3 price 124.00.",
        conf(po, "A", ("C", None, None, "2027-01-08"), ("C", None, "124.00", None)))


@case("seed-tray-gb2312-zh-cn", "confirmation/zh-CN",
      "Simplified Chinese in GB2312: '两项均于12月18日前到货' (arrive by 18 Dec, no year) for both lines")
def c_seed_cn(slug):
    s = sup("NBLVM", "Ningbo Lvmiao Seed Tray Co., Ltd.", "sales@nb-lvmiao.example", "zh-CN")
    po = mkpo("4500083201", s, "seed", "USD", [
        ("ST-200-PS", "Seed tray 200 cells, 0.8 mm PS, 54x28 cm", 20000, "EA", "0.21", "2026-12-11"),
        ("ST-50-DEEP", "Deep cell tray 50 cells, 8 cm", 10000, "EA", "0.34", "2026-12-11"),
    ], issued="2026-11-04")
    body = ["Ruth 您好：", "",
            "贵司订单 4500083201 已确认，明细如下：",
            "1. 200孔育苗盘（ST-200-PS）20000个，单价 USD 0.21；",
            "2. 50孔深穴盘（ST-50-DEEP）10000个，单价 USD 0.34。",
            "两项均于12月18日前到货。", "",
            "如有问题请随时联系。", "", "祝好！", "王丽", "宁波绿苗育苗盘有限公司 外贸部",
            "浙江省宁波市鄞州区工业园区 8 号", "电话：+86 574 8821 6630", ""]
    eml = reply(po, body, slug=slug, date="2026-11-12 15:20:36 +0800", frm="wangli@nb-lvmiao.example",
                frm_name="Wang Li", charset="gb2312", cte="base64", lang="en",
                subject="RE: Order confirmation request - PO 4500083201")
    return [po], eml, expected("confirmation",
        "'12月18日前到货' = delivered by 18 December -> 2026-12-18 (next such date after the mail); quantities and prices unchanged.",
        conf(po, ("C", None, None, "2026-12-18"), ("C", None, None, "2026-12-18")))


@case("mri-pad-csv-as-per-attached-sg", "confirmation/en-SG",
      "body only says 'confirmed as per attached'; the CSV holds the values with one later date in dd/mm/yyyy")
def c_mri_csv(slug):
    s = sup("LCMT", "Lion City Medical Textiles Pte Ltd", "sales@lcmt.example", "en-SG")
    po = mkpo("4500083235", s, "mri", "USD", [
        ("MRI-PAD-FLX", "Flex coil pad 40x30x1.5 cm", 100, "EA", "22.00", "2026-12-10"),
        ("MRI-STR-12", "Velcro patient strap 1.2 m", 200, "EA", "6.50", "2026-12-10"),
        ("MRI-SBG-3", "Sandbag 3 kg, MR-safe, vinyl", 40, "EA", "31.00", "2026-12-10"),
    ], issued="2026-11-05")
    rows = [["PO No", "Line", "Item", "Description", "Qty", "UOM", "Unit Price (USD)", "Delivery Date"],
            ["4500083235", "1", "MRI-PAD-FLX", "Flex coil pad 40x30x1.5 cm", "100", "EA", "22.00", "10/12/2026"],
            ["4500083235", "2", "MRI-STR-12", "Velcro patient strap 1.2 m", "200", "EA", "6.50", "17/12/2026"],
            ["4500083235", "3", "MRI-SBG-3", "Sandbag 3 kg MR-safe vinyl", "40", "EA", "31.00", "10/12/2026"]]
    data = csv_bytes(rows, sep=",")
    body = ["Hi Ines,", "", "Confirmed as per attached.", "", "Thanks,", "Tan Wei Ling",
            "Lion City Medical Textiles Pte Ltd", "10 Ubi Crescent #05-21, Singapore 408564", "+65 6741 2290", ""]
    eml = reply(po, body, slug=slug, date="2026-11-11 16:05:52 +0800", frm="weiling.tan@lcmt.example",
                frm_name="Tan Wei Ling", client="outlook", charset="us-ascii", cte="7bit", locale="en-SG",
                attachments=[attachment(data, "text/csv", "PO4500083235_confirmation.csv")])
    return [po], eml, expected("confirmation",
        "'Confirmed as per attached': the CSV gives line 2 delivery 17/12/2026 (dd/mm), others as ordered.",
        conf(po, "A", ("C", None, None, "2026-12-17"), "A"))


@case("cufflinks-big5-one-of-three-tw", "confirmation/zh-TW",
      "three open POs from the supplier; the Big5 reply answers only the gift-box PO and merely mentions the other two")
def c_cuff_tw(slug):
    s = sup("FORCUF", "Formosa Cufflinks Co., Ltd.", "sales@formosa-cufflinks.example", "zh-TW")
    pa = mkpo("4500083101", s, "cuff", "USD", [
        ("CL-TI-BLK", "Titanium cufflinks black, 16 mm", 100, "PAIR", "12.80", "2026-12-11"),
        ("CL-PRL-8", "Mother-of-pearl cufflinks, 8 mm inlay", 60, "PAIR", "15.40", "2026-12-11"),
    ], issued="2026-11-03")
    pb = mkpo("4500083145", s, "cuff", "USD", [
        ("CL-GFT-VEL", "Gift box velvet, 2-pair", 200, "EA", "1.90", "2026-12-18"),
    ], issued="2026-11-05")
    pc = mkpo("4500083170", s, "cuff", "USD", [
        ("CL-TBAR-SET", "Tie bar + cufflink set, 2027 collection", 50, "SET", "24.00", "2027-01-15"),
    ], issued="2026-11-06")
    body = ["Oliver 您好：", "",
            "關於訂單 4500083145：絨布禮盒 200 個，單價 USD 1.90，確定於12月18日出貨。",
            "另外兩張訂單 4500083101 及 4500083170 我們下週再回覆。", "",
            "謝謝！", "陳怡君", "台灣袖扣精品有限公司 業務部", "台北市內湖區瑞光路 88 號 5 樓", "TEL: +886 2 2797 5531", ""]
    eml = reply(pb, body, slug=slug, date="2026-11-13 14:12:28 +0800", frm="yijun.chen@formosa-cufflinks.example",
                frm_name="Chen Yi-Jun", charset="big5", cte="base64", lang="en",
                subject="RE: Order confirmation request - PO 4500083145")
    return [pa, pb, pc], eml, expected("confirmation",
        "Only PO 4500083145 is answered (ship date 12月18日 = requested, so accepted); POs 4500083101 and 4500083170 are only mentioned ('reply next week') and left out.",
        conf(pb, "A"))


@case("fleece-cartons-vi", "confirmation/vi-VN",
      "Vietnamese quantities given in cartons with pieces per carton; one line reduced to 90 cartons x 10 = 900 pieces and later")
def c_fleece_vi(slug):
    s = sup("CHMSG", "Cong ty TNHH Chan Men Sai Gon", "sales@chanmen-saigon.example", "vi-VN")
    po = mkpo("4500083266", s, "fleece", "USD", [
        ("FB-MIC-150", "Microfleece blanket 150x200 cm, 220 g/m2, cream", 2400, "EA", "4.60", "2026-12-15"),
        ("FB-BAB-75", "Baby fleece blanket 75x100 cm, 2 colours", 1200, "EA", "2.35", "2026-12-15"),
    ], issued="2026-11-05")
    body = ["Chào chị Megan,", "",
            "Chúng tôi xác nhận đơn hàng 4500083266 như sau:",
            "- Dòng 1: 200 thùng x 12 chiếc/thùng = 2.400 chiếc, giá 4,60 USD/chiếc, giao hàng 15/12/2026.",
            "- Dòng 2: chúng tôi chỉ giao được 90 thùng (10 chiếc/thùng), giá 2,35 USD/chiếc, giao hàng 22/12/2026. "
            "Số còn lại chúng tôi không sản xuất kịp.",
            "", "Trân trọng,", "Nguyễn Thị Lan", "Phòng Kinh doanh - Công ty TNHH Chăn Mền Sài Gòn",
            "Lô C5, KCN Tân Bình, TP. Hồ Chí Minh", "ĐT: +84 28 3815 6620", ""]
    eml = reply(po, body, slug=slug, date="2026-11-12 10:40:00 +0700", frm="lan.nguyen@chanmen-saigon.example",
                frm_name="Nguyễn Thị Lan", client="gmail", quote="gt", lang="en",
                subject="Re: Order confirmation request - PO 4500083266")
    assert 200 * 12 == 2400 and 90 * 10 == 900
    return [po], eml, expected("confirmation",
        "Line 1 = 2400 pcs as ordered; line 2 90 cartons x 10 = 900 pcs (the rest not produced in time) on 2026-12-22.",
        conf(po, "A", ("C", 900, None, "2026-12-22")))


@case("atomiser-per-100-id", "confirmation/id-ID",
      "Indonesian price 'USD 12,50 per 100 pcs' on a line priced per piece (= 0.125), thousands with dots")
def c_perfume_id(slug):
    s = sup("SEMWAN", "PT Semprot Wangi Indonesia", "penjualan@semprotwangi.example", "id-ID")
    po = mkpo("4500083290", s, "perfume", "USD", [
        ("PA-ROLL-10", "Roll-on glass bottle 10 ml, steel ball", 20000, "PCS", "0.12", "2026-12-16"),
        ("PA-SPR-5", "Mini sprayer 5 ml, PP, for testers", 10000, "PCS", "0.09", "2026-12-16"),
    ], issued="2026-11-05")
    body = ["Dengan hormat Ibu Camille,", "",
            "Bersama ini kami konfirmasi PO 4500083290:",
            "Baris 1: 20.000 pcs, harga USD 12,50 per 100 pcs, pengiriman 16/12/2026.",
            "Baris 2: sesuai PO (10.000 pcs @ USD 0,09, 16/12/2026).",
            "", "Hormat kami,", "Budi Santoso", "PT Semprot Wangi Indonesia",
            "Jl. Raya Industri No. 45, Cikarang, Bekasi 17530", "Telp. +62 21 8990 2214", ""]
    eml = reply(po, body, slug=slug, date="2026-11-13 11:25:19 +0700", frm="budi.santoso@semprotwangi.example",
                frm_name="Budi Santoso", charset="iso-8859-1", lang="en",
                subject="RE: Order confirmation request - PO 4500083290")
    return [po], eml, expected("confirmation",
        "Line 1 USD 12,50 per 100 pcs = 0.125 per PCS (PO 0.12); line 2 accepted.",
        conf(po, ("C", None, "0.125", None), "A"))


@case("salt-per-kg-on-tonne-ms", "confirmation/ms-MY",
      "Malay reply quoting 'sekilogram' for a line ordered per tonne (0.102/kg = 102.00/T); a second open PO is only mentioned")
def c_brine_ms(slug):
    s = sup("AGPRK", "Air Garam Perak Sdn Bhd", "jualan@airgaram-perak.example", "ms-MY")
    px = mkpo("4500083220", s, "brine", "USD", [
        ("PB-SALT-IND", "Industrial salt for brine 0-3 mm, 1 t big bag", 24, "T", "96.00", "2026-12-14"),
        ("PB-CACL-25", "Calcium chloride flakes 77%, 25 kg bag", 2000, "KG", "0.38", "2026-12-14"),
    ], issued="2026-11-04")
    py = mkpo("4500083251", s, "brine", "USD", [
        ("PB-BRN-IBC", "Ready brine 20%, IBC 1000 L", 10, "EA", "180.00", "2026-12-21"),
    ], issued="2026-11-06")
    body = ["Salam sejahtera Cik Lotte,", "",
            "Merujuk PO 4500083220, kami sahkan seperti berikut:",
            "Item 1: 24 tan garam industri, harga USD 0.102 sekilogram, hantar 14/12/2026.",
            "Item 2: 2,000 kg kalsium klorida pada USD 0.38/kg, hantar 14/12/2026.",
            "", "PO 4500083251 (air garam IBC) akan kami sahkan minggu depan.", "",
            "Terima kasih,", "Nurul Aisyah binti Rahman", "Air Garam Perak Sdn Bhd",
            "Lot 22, Kawasan Perindustrian Lumut, 32000 Sitiawan, Perak", "Tel: +60 5 691 2280", ""]
    eml = reply(px, body, slug=slug, date="2026-11-12 09:55:31 +0800", frm="nurul@airgaram-perak.example",
                frm_name="Nurul Aisyah", client="gmail", quote="gt", lang="en",
                subject="Re: Order confirmation request - PO 4500083220")
    return [px, py], eml, expected("confirmation",
        "PO 4500083220: item 1 USD 0.102/kg = 102.00 per T (PO unit), item 2 accepted. PO 4500083251 only mentioned ('next week') and left out.",
        conf(px, ("C", None, "102.00", None), "A"))


@case("lantern-hinglish-hi", "confirmation/hi-IN",
      "Hindi mixed with English (Hinglish), dd-mm-yyyy dates and a new per-roll rate on one line")
def c_lamp_hi(slug):
    s = sup("DEEPLW", "Deepak Lantern Works", "orders@deepaklantern.example", "hi-IN")
    po = mkpo("4500083280", s, "lamp", "USD", [
        ("PL-HUR-IND", "Hurricane lantern 10 in, tin, red", 500, "EA", "3.40", "2026-12-16"),
        ("PL-BRN-15", "Burner 15''' with wick winder", 300, "EA", "1.25", "2026-12-16"),
        ("PL-WCK-58", "Round wick 5/8 in, 50 m spool", 20, "ROL", "7.80", "2026-12-16"),
    ], issued="2026-11-05")
    body = ["नमस्ते अन्ना जी,", "",
            "आपका PO 4500083280 हमें मिल गया है, धन्यवाद।",
            "Item 1 और Item 2 confirm हैं - quantity और rate PO के अनुसार, delivery 16-12-2026।",
            "Item 3 (round wick) का rate अब USD 8.30 per roll है, quantity 20 roll, delivery 23-12-2026।",
            "", "सादर,", "राजेश गुप्ता", "Deepak Lantern Works", "B-14, Industrial Area, Moradabad 244001 (U.P.)",
            "Mob. +91 94120 33871", ""]
    eml = reply(po, body, slug=slug, date="2026-11-14 12:02:44 +0530", frm="rajesh@deepaklantern.example",
                frm_name="Rajesh Gupta", client="gmail", quote="gt", lang="en",
                subject="Re: Order confirmation request - PO 4500083280")
    return [po], eml, expected("confirmation",
        "Items 1-2 accepted; item 3 price 8.30 per roll and delivery 2026-12-23.",
        conf(po, "A", "A", ("C", None, "8.30", "2026-12-23")))


@case("seat-linen-moq-question-ko", "needs_review/ko-KR",
      "Korean EUC-KR reply asking whether we accept a minimum order quantity of 50 boxes before confirming")
def c_seat_ko(slug):
    s = sup("HKSEAT", "Hanguk Seat Cover Co., Ltd.", "sales@hk-seatcover.example", "ko-KR")
    po = mkpo("4500083310", s, "seat", "USD", [
        ("ASC-PRM-185", "Premium economy seat cover 18.5 in, fabric", 150, "EA", "52.00", "2026-12-18"),
        ("ASC-HDR-LIN", "Disposable headrest linen 30x40 cm, pack of 500", 20, "BOX", "38.00", "2026-12-18"),
    ], issued="2026-11-05")
    body = ["Weller 님 안녕하세요,", "",
            "주문서 4500083310 잘 받았습니다. 감사합니다.",
            "2번 품목(헤드레스트 린넨)은 최소 주문 수량이 50박스입니다.",
            "50박스로 변경 가능하신지 확인 부탁드립니다. 확인 후 납기와 함께 주문 확인서를 보내드리겠습니다.",
            "", "감사합니다.", "김민준 과장", "한국시트커버(주) 해외영업팀", "부산광역시 강서구 녹산산단 321로 14",
            "Tel. +82 51 831 2240", ""]
    eml = reply(po, body, slug=slug, date="2026-11-12 17:30:08 +0900", frm="mj.kim@hk-seatcover.example",
                frm_name="Kim Min-jun", charset="euc-kr", cte="base64", lang="en",
                subject="RE: Order confirmation request - PO 4500083310")
    return [po], eml, expected("needs_review",
        "A question (MOQ 50 boxes instead of 20) and a promise to send the confirmation later; nothing committed.")


@case("bell-bronze-prepayment-condition-sr", "needs_review/sr-RS",
      "Serbian 'we confirm ... on condition that 50% advance is paid': a conditional confirmation that needs a buyer decision")
def c_bell_sr(slug):
    s = sup("LIVBAN", "Livnica Banat d.o.o.", "prodaja@livnica-banat.example", "sr-RS")
    po = mkpo("4500083344", s, "bell", "EUR", [
        ("BF-BRZ-7822", "Bell bronze ingot 78/22 Cu/Sn, 10 kg", 300, "KG", "11.80", "2026-12-14"),
        ("BF-TIN-999", "Tin ingot 99.9%, 25 kg", 100, "KG", "34.50", "2026-12-14"),
    ], issued="2026-11-05")
    body = ["Poštovana gospođo Cole,", "",
            "Potvrđujemo porudžbinu 4500083344 pod uslovom da uplatite avans od 50% najkasnije do 20.11.2026.",
            "Po prijemu avansa isporuka bi bila 14.12.2026, po cenama iz porudžbine.",
            "Ukoliko avans ne stigne na vreme, rok isporuke moramo ponovo dogovoriti.",
            "", "Srdačan pozdrav,", "Milan Jovanović", "Livnica Banat d.o.o.", "Industrijska zona bb, 23000 Zrenjanin",
            "Tel. +381 23 561 240", ""]
    eml = reply(po, body, slug=slug, date="2026-11-13 08:50:12 +0100", frm="milan.jovanovic@livnica-banat.example",
                frm_name="Milan Jovanović", charset="utf-8", lang="en",
                subject="RE: Order confirmation request - PO 4500083344")
    return [po], eml, expected("needs_review",
        "Confirmation is conditional on a 50% prepayment by 20.11.2026 (date renegotiated otherwise); a buyer must decide, so needs_review.")


@case("puzzle-body-vs-pdf-conflict-de", "needs_review/de-DE",
      "body promises delivery 'wie gewünscht am 11.12.' but the attached order confirmation PDF says 18.12.2026 for both lines")
def c_puzzle_conflict(slug):
    s = sup("PUZALL", "Puzzlemanufaktur Allgäu GmbH", "vertrieb@puzzlemanufaktur-allgaeu.example", "de-DE")
    po = mkpo("4500083377", s, "puzzle", "EUR", [
        ("JP-1500-NSW", "Jigsaw puzzle 1500 pcs 'Neuschwanstein', 85x60 cm", 300, "EA", "9.80", "2026-12-11"),
        ("JP-3D-GLB", "3D puzzle globe 540 pcs, 15 cm", 150, "EA", "12.40", "2026-12-11"),
    ], issued="2026-11-05")
    page = ["Puzzlemanufaktur Allgaeu GmbH - Gewerbestrasse 4 - 87600 Kaufbeuren", "",
            "AUFTRAGSBESTAETIGUNG Nr. AB-26-5521           Datum: 12.11.2026",
            "Kunde: Braun Spielwaren GmbH                  Ihre Bestellung: 4500083377", "",
            "Pos  Artikel       Bezeichnung                          Menge  ME   Preis EUR  Liefertermin",
            "1    JP-1500-NSW   Puzzle 1500 Teile Neuschwanstein     300    Stk  9,80       18.12.2026",
            "2    JP-3D-GLB     3D-Puzzle Globus 540 Teile           150    Stk  12,40      18.12.2026",
            "", "Lieferung frei Haus. Es gelten unsere AGB."]
    data = pdf([page], title="AB-26-5521", date="D:20261112141000+01'00'")
    body = ["Hallo Herr Braun,", "",
            "anbei unsere Auftragsbestätigung zu Ihrer Bestellung 4500083377.",
            "Beide Positionen liefern wir wie gewünscht am 11.12.", "",
            "Viele Grüße", "Claudia Berger", "Vertriebsinnendienst", "Puzzlemanufaktur Allgäu GmbH",
            "Gewerbestraße 4, 87600 Kaufbeuren", "Tel. 08341 96 33-0", ""]
    eml = reply(po, body, slug=slug, date="2026-11-12 14:15:33 +0100", frm="c.berger@puzzlemanufaktur-allgaeu.example",
                frm_name="Claudia Berger", charset="iso-8859-1", lang="de",
                subject="AW: Order confirmation request - PO 4500083377",
                attachments=[attachment(data, "application/pdf", "AB-26-5521.pdf")])
    return [po], eml, expected("needs_review",
        "Contradiction: body says 11.12. as requested, the attached AB says 18.12.2026; a careful buyer cannot tell which date is committed.")


@case("tennis-net-mid-december-za", "needs_review/en-ZA",
      "friendly South African reply that is vague ('probably around mid-December', 'will try') and commits to nothing")
def c_tennis_za(slug):
    s = sup("HVTEN", "Highveld Tennis Supplies (Pty) Ltd", "sales@highveldtennis.example", "en-ZA")
    po = mkpo("4500083401", s, "tennis", "GBP", [
        ("TN-NET-PRO3", "Tennis net pro 3 mm, double top", 8, "EA", "120.00", "2026-12-09"),
        ("TN-SCR-212", "Court screen with branding, 2x12 m", 10, "EA", "88.00", "2026-12-09"),
    ], issued="2026-11-05")
    body = ["Hi Paul,", "",
            "Thanks for the order, shouldn't be a problem. We're waiting on the netting from the mill, "
            "so probably around mid-December - we'll try get it out before the shutdown.",
            "Will keep you posted.", "", "Cheers,", "Johan van Wyk", "Highveld Tennis Supplies (Pty) Ltd",
            "22 Kya Sand Road, Randburg 2169", "Cell: 082 554 1290", ""]
    eml = reply(po, body, slug=slug, date="2026-11-11 15:40:21 +0200", frm="johan@highveldtennis.example",
                frm_name="Johan van Wyk", client="iphone", charset="utf-8", cte="quoted-printable", quote="gt",
                html=False, subject="Re: Order confirmation request - PO 4500083401")
    return [po], eml, expected("needs_review",
        "Vague: 'probably around mid-December', 'we'll try'; no committed date, quantities or prices.")


@case("maple-tin-date-only-in-quote-ca", "needs_review/en-CA",
      "quantities and pricing 'fine' but the only date is the Dec 14 from our own request, which the supplier explicitly does not promise")
def c_maple_ca(slug):
    s = sup("GLTIN", "Great Lakes Tin & Can Ltd", "orders@greatlakestin.example", "en-CA")
    po = mkpo("4500083433", s, "maple", "CAD", [
        ("MSC-250-LOG", "Maple syrup tin 250 ml, log cabin design", 5000, "EA", "0.94", "2026-12-14"),
        ("MSC-500-LOG", "Maple syrup tin 500 ml, log cabin design", 3000, "EA", "1.18", "2026-12-14"),
    ], issued="2026-11-05")
    body = ["Hi Claire,", "",
            "Quantities and pricing are fine. As for the Dec 14 date in your request below, we'll do our best, "
            "but I can't promise anything until our coil stock arrives, probably end of next week. "
            "I'll get back to you then with firm dates.", "",
            "Thanks,", "Mike Kowalski", "Great Lakes Tin & Can Ltd", "85 Industrial Pkwy N, Aurora ON L4G 4C4",
            "905-555-0147", ""]
    eml = reply(po, body, slug=slug, date="2026-11-12 16:10:04 -0500", frm="mkowalski@greatlakestin.example",
                frm_name="Mike Kowalski", locale="en-CA", charset="windows-1252")
    return [po], eml, expected("needs_review",
        "Dates not committed: the only date is our own request's Dec 14 and the supplier says it cannot promise it; firm dates will follow.")
