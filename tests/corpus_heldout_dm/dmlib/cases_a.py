# -*- coding: utf-8 -*-
from .common import *


@case("at-hinges-topposted-signature", "de-AT", "confirmation",
      "Outlook top-post 'AW:' confirming all lines as ordered; signature is full of numbers (FN, UID, IBAN, phone) and the quoted PO table repeats dates.")
def _(c):
    p = c.po("4500031201", "HINTB", "Hinterberger Beschlagtechnik GmbH", "verkauf@hinterberger-beschlag.example", [
        ("DH-120-SS", "Door hinge 120x80 mm stainless, pair", 150, "PR", "6.45", "2026-12-14"),
        ("DH-100-ZN", "Door hinge 100x75 mm zinc plated", 400, "PC", "1.92", "2026-12-14"),
    ], issued="2026-11-03")
    body = ("Sehr geehrte Frau Ruiz,\n\nbesten Dank für Ihre Bestellung. Wir bestätigen die Bestellung 4500031201 "
            "wie bestellt - Mengen, Preise und Liefertermin 14.12.2026 passen.\n\nMit freundlichen Grüßen\n\n"
            "Karin Moser\nInnendienst Verkauf\n\nHinterberger Beschlagtechnik GmbH\nIndustriestraße 14, 4600 Wels, Österreich\n"
            "Tel.: +43 7242 55 190-23 | Fax: +43 7242 55 190-99\nFN 219384 t, LG Wels | UID: ATU 63928174\n"
            "IBAN: AT61 1904 3002 3457 3201 | BIC: BKAUATWW\n" + c.quote(p, "outlook", "de"))
    c.mail("k.moser@hinterberger-beschlag.example", "2026-11-04 10:12 +0100", T(body, "iso-8859-1", "quoted-printable"),
           reply_to_po=p, prefix="AW: ", frm_name="Moser Karin")
    c.confirm((p, {}, A), notes="Plain confirmation 'wie bestellt' of both lines; the numbers in the Austrian signature (FN, UID, IBAN, phone) must not be read as quantities or prices.")


@case("br-filters-box-rounding", "pt-BR", "confirmation",
      "Gmail reply in Portuguese: line 1 rounded up to full boxes of 12, line 2 date given as dd/mm without a year, prices with decimal comma unchanged.")
def _(c):
    p = c.po("4500031377", "AQUAP", "Aquapura Filtros Industriais Ltda.", "vendas@aquapura.example", [
        ("WF-10PP-05", "Water filter cartridge 10in PP 5 micron", 100, "EA", "18.90", "2026-12-18"),
        ("WF-HSG-10", "Filter housing 10in, 3/4in BSP, clear", 20, "EA", "96.00", "2027-01-15"),
    ], cur="BRL", issued="2026-11-04", buyer="priya")
    body = ("Olá Priya, bom dia!\n\nSegue confirmação do pedido 4500031377:\n\n"
            "- Item 1 (WF-10PP-05): os cartuchos são vendidos em caixa fechada com 12 unidades, então vamos faturar 108 un "
            "(9 caixas) a R$ 18,90 cada, entrega em 18/12.\n"
            "- Item 2 (WF-HSG-10): 20 un a R$ 96,00, porém a entrega fica para 29/01, o fornecedor da carcaça atrasou.\n\n"
            "Qualquer dúvida estou à disposição.\n\nAtt,\nRenata Oliveira\nAquapura Filtros | (11) 4003-2291 | CNPJ 12.345.678/0001-90\n"
            + c.quote(p, "gmail").replace("On ", "Em ", 1).replace(" wrote:", " escreveu:"))
    c.mail("renata.oliveira@aquapura.example", "2026-11-05 09:47 -0300", ALT(T(body, "utf-8", "quoted-printable"),
           H("<div dir=\"ltr\">" + body.split("\n\n\nEm")[0].replace("\n", "<br>") + "</div>" + c.quote_html(p))),
           reply_to_po=p, prefix="Re: ")
    c.confirm((p, {1: C(q=108), 2: C(d="2027-01-29")}), notes="Line 1: 108 = 9 boxes of 12, price and date (18/12 -> 2026-12-18) unchanged. Line 2: 29/01 without year is the next one after the Nov 2026 mail date, 2027-01-29.")


@case("th-cableties-buddhist-year-per1000", "th-TH", "confirmation",
      "Thai reply (base64 UTF-8) with Buddhist-era dates (2569/2570) and a price quoted per 1,000 ties; line 2 is delivered later.")
def _(c):
    p = c.po("4500031450", "SIAMTIE", "Siam Fastening Supply Co., Ltd.", "sales@siamfastening.example", [
        ("CT-200-BK", "Cable tie 200x4.8 mm black UV nylon 6.6", 20000, "PC", "0.42", "2026-12-15"),
        ("CT-300-NT", "Cable tie 300x4.8 mm natural", 10000, "PC", "0.58", "2026-12-15"),
    ], cur="THB", issued="2026-11-05")
    body = ("เรียน คุณ Dana\n\nทางบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500031450 ดังนี้\n\n"
            "1. CT-200-BK เคเบิ้ลไทร์ 200 มม. สีดำ จำนวน 20,000 เส้น ราคา 420.00 บาท / 1,000 เส้น ส่งมอบวันที่ 15 ธ.ค. 2569\n"
            "2. CT-300-NT เคเบิ้ลไทร์ 300 มม. สีขาว จำนวน 10,000 เส้น ราคา 580.00 บาท / 1,000 เส้น "
            "ส่งมอบวันที่ 8 ม.ค. 2570 (สินค้ารอเข้าจากโรงงาน)\n\nราคายังไม่รวมภาษีมูลค่าเพิ่ม 7%\n\n"
            "ขอแสดงความนับถือ\nสมศรี วงศ์ใหญ่\nฝ่ายขาย บจก. สยาม ฟาสเทนนิ่ง ซัพพลาย\nโทร 02-123-4567 ต่อ 108\n")
    c.mail("somsri.w@siamfastening.example", "2026-11-06 14:05 +0700", T(body, "utf-8", "base64"), reply_to_po=p,
           prefix="ตอบกลับ: ", frm_name="สมศรี วงศ์ใหญ่")
    c.confirm((p, {1: A, 2: C(d="2027-01-08")}), notes="Buddhist era: 2569 = 2026, 2570 = 2027. Prices per 1,000 pcs (420.00 and 580.00 THB) equal the PO per-piece prices 0.42 / 0.58. VAT remark is not a price change. Only line 2's date changes to 2027-01-08.")


@case("ke-screens-phone-oneliner", "sw-KE", "confirmation",
      "Swahili/English one-liner sent from a phone, no quote: all lines confirmed but delivery moved to one later date.")
def _(c):
    p = c.po("4500031502", "NYAV", "Nyavu Mesh Industries Ltd", "orders@nyavumesh.example", [
        ("IS-FG-120", "Insect screen fibreglass 1.2 x 30 m roll, grey", 40, "ROL", "3450.00", "2026-12-11"),
        ("IS-AL-100", "Insect screen aluminium 1.0 x 30 m roll", 15, "ROL", "5200.00", "2026-12-11"),
    ], cur="KES", issued="2026-11-05", buyer="mikkel")
    body = "Habari Mikkel, PO 4500031502 imeconfirmiwa yote, bei ni sawa. Tutaleta tarehe 18/12 badala ya 11/12 sababu ya stock ya aluminium. Asante\n\nSent from my Tecno"
    c.mail("joseph.kamau@nyavumesh.example", "2026-11-06 07:31 +0300", T(body, "utf-8", "7bit"), reply_to_po=p,
           prefix="Re: ", frm_name="Joseph Kamau")
    c.confirm((p, {1: C(d="2026-12-18"), 2: C(d="2026-12-18")}),
              notes="'imeconfirmiwa yote, bei ni sawa' = everything confirmed, prices OK; delivery 18/12 instead of 11/12 applies to the whole PO (both lines), day-first.")


@case("in-heatguns-gst-ddmm", "hi-IN", "confirmation",
      "Hinglish reply: prices quoted '+ GST extra' (tax, not a change), Indian digit grouping in totals, line 2 dispatch date DD-MM-YYYY.")
def _(c):
    p = c.po("4500031533", "GARMI", "Garmi Tools Pvt. Ltd.", "sales@garmitools.example", [
        ("HG-2000", "Heat gun 2000 W, 2 stage, with 4 nozzles", 50, "EA", "2450.00", "2026-12-10"),
        ("HG-NZ-SET", "Heat gun nozzle set, 5 pcs", 50, "SET", "380.00", "2026-12-10"),
    ], cur="INR", issued="2026-11-04", buyer="priya")
    body = ("Dear Priya ji,\n\nNamaste. Aapka PO no. 4500031533 mil gaya hai, dhanyavaad.\n\n"
            "Confirmation details:\n"
            "1) HG-2000 Heat Gun - 50 nos @ Rs. 2,450/- each + GST 18% extra - dispatch 10-12-2026 hi rahega.\n"
            "2) Nozzle set - 50 sets @ Rs. 380/- + GST - yeh item abhi stock mein nahi hai, dispatch 05-01-2027 ko hoga.\n\n"
            "Total basic value Rs. 1,41,500/-. Freight extra at actuals as per our quotation.\n\n"
            "Regards,\nRakesh Sharma\nSales Coordinator | Garmi Tools Pvt. Ltd.\nMob: +91 98110 45672 | GSTIN 07AABCG1234F1Z5\n"
            + c.quote(p, "outlook"))
    c.mail("rakesh.sharma@garmitools.example", "2026-11-05 12:20 +0530", T(body, "utf-8", "quoted-printable"), reply_to_po=p)
    c.confirm((p, {1: A, 2: C(d="2027-01-05")}),
              notes="GST 18% extra is tax on top of the net PO price, not a price change; 1,41,500 is the Indian-grouped total (50x2450 + 50x380). Only a dispatch date is given, so it is the date: line 2 05-01-2027 (day-first) = 2027-01-05; the 'freight extra' remark was in their quotation and does not change unit prices.")


@case("is-feltpads-split-shortage", "is-IS", "confirmation",
      "Icelandic reply: stock shortage, line 1 split into two deliveries with Icelandic month names; line 2 as ordered.")
def _(c):
    p = c.po("4500031588", "FILT", "Filtverk ehf.", "pantanir@filtverk.example", [
        ("FP-25-RD", "Felt pad self-adhesive 25 mm round, brown", 500, "BOX", "1250", "2026-12-16"),
        ("FP-ST-100", "Felt strip 100 mm x 1 m, 3 mm", 80, "ROL", "2990", "2026-12-16"),
    ], cur="ISK", issued="2026-11-06")
    body = ("Sæl Dana,\n\ntakk fyrir pöntunina 4500031588.\n\n"
            "Lína 1 (FP-25-RD): við eigum aðeins 300 kassa á lager. Þeir fara til ykkar 16. desember, "
            "hinir 200 kassarnir koma 20. janúar. Verð óbreytt, 1.250 kr. á kassa.\n"
            "Lína 2 (FP-ST-100): 80 rúllur á 2.990 kr., afhending 16. desember eins og beðið var um.\n\n"
            "Bestu kveðjur,\nSigríður Jónsdóttir\nFiltverk ehf. | Kt. 540298-2119 | Sími 555 4120\n")
    c.mail("sigridur@filtverk.example", "2026-11-09 11:02 +0000", T(body, "iso-8859-1", "quoted-printable"), reply_to_po=p,
           prefix="Sv: ", frm_name="Sigríður Jónsdóttir")
    c.confirm((p, {1: C(q=500, d="2027-01-20", s=[(300, "2026-12-16"), (200, "2027-01-20")]), 2: A}),
              notes="Line 1 keeps the full 500 boxes but split: 300 on 16 Dec 2026, 200 on 20 Jan (no year, next after mail date -> 2027-01-20); price 1.250 kr. uses a dot as thousands separator = 1250. Line 2 accepted.")


@case("jp-routerbits-iso2022-discontinued", "ja-JP", "confirmation",
      "Formal Japanese reply in Shift_JIS (base64): line 1 confirmed with a 令和/西暦 date, line 2 discontinued (生産終了) with a successor only proposed.")
def _(c):
    p = c.po("4500031610", "KANEDA", "Kaneda Cutting Tools K.K.", "eigyo@kaneda-cutting.example", [
        ("RB-SC-12", "Router bit straight carbide, 12 mm shank, D12", 60, "PC", "3850", "2027-01-12"),
        ("RB-RO-6", "Router bit round-over R6, 12 mm shank", 30, "PC", "4620", "2027-01-12"),
    ], cur="JPY", issued="2026-11-05", buyer="mikkel")
    body = ("Halvorsen Industrial Supply\nMikkel Sorensen 様\n\nいつも大変お世話になっております。\n金田切削工具の山本でございます。\n\n"
            "ご注文番号 4500031610 につきまして、下記の通りご回答申し上げます。\n\n"
            "1. RB-SC-12 ストレートビット D12　60本　単価 3,850円　納期 2027年1月12日（令和9年1月12日）\n"
            "2. RB-RO-6 ボーズ面ビット R6　30本\n"
            "　→ 誠に申し訳ございませんが、本品は2026年10月末をもちまして生産終了となりました。\n"
            "　　後継品 RB-RO-6N（単価 4,980円）のご提案が可能でございます。ご検討いただけますと幸いです。\n\n"
            "何卒よろしくお願い申し上げます。\n\n──────────────\n金田切削工具株式会社　営業部\n山本 浩二\nTEL 06-6123-4567　FAX 06-6123-4568\n")
    c.mail("k.yamamoto@kaneda-cutting.example", "2026-11-06 16:40 +0900", T(body, "Shift_JIS", "base64"), reply_to_po=p,
           prefix="Re: ", frm_name="山本 浩二")
    c.confirm((p, {1: A, 2: R}),
              notes="Line 1 confirmed exactly (60 pcs, 3,850 JPY, 2027-01-12). Line 2 is discontinued: rejected; the successor RB-RO-6N at 4,980 is only a proposal, not a confirmation of our line.")


@case("tw-junctionboxes-big5-minguo", "zh-TW", "confirmation",
      "Traditional Chinese in Big5 with Minguo (ROC) calendar dates 115/12/21 and 116/01/08; line 1 quantity reduced.")
def _(c):
    p = c.po("4500031655", "HSINYI", "Hsin Yi Electric Co., Ltd.", "sales@hsinyi-elec.example", [
        ("JB-IP65-100", "Junction box IP65 100x100x70 ABS", 300, "PC", "2.35", "2026-12-21"),
        ("JB-IP67-150", "Junction box IP67 150x110x70 PC, clear lid", 120, "PC", "5.80", "2027-01-08"),
    ], cur="USD", issued="2026-11-05")
    body = ("Dana 您好：\n\n感謝貴公司訂單 4500031655，回覆如下：\n\n"
            "項次1 JB-IP65-100 接線盒：庫存僅 250 個，確認出貨 250 個，單價 USD 2.35，交貨日 115/12/21。\n"
            "項次2 JB-IP67-150 接線盒：120 個，單價 USD 5.80，交貨日 116/01/08。\n\n"
            "如有問題請隨時與我聯繫。\n\n業務部 陳怡君\n信益電機股份有限公司\nTEL: 02-2345-6789 分機 215\n")
    c.mail("yichun.chen@hsinyi-elec.example", "2026-11-06 10:15 +0800", T(body, "big5", "base64"), reply_to_po=p,
           prefix="回覆: ", frm_name="陳怡君")
    c.confirm((p, {1: C(q=250), 2: A}),
              notes="ROC year 115 = 2026, 116 = 2027, so both dates equal the requested ones. Line 1 only 250 of 300 confirmed (stock), price unchanged; line 2 accepted as ordered.")


@case("ru-oilseals-koi8-percent", "ru-RU", "confirmation",
      "Russian reply in KOI8-R: a +7% price increase on all lines stated once, one date moved, decimal-comma prices.")
def _(c):
    p = c.po("4500031702", "UPLOT", "OOO Uplotnitel-Tekh", "zakaz@uplotnitel.example", [
        ("OS-35x52x7", "Oil seal TC 35x52x7 NBR", 200, "PC", "1.40", "2026-12-18"),
        ("OS-50x72x8", "Oil seal TC 50x72x8 FKM", 100, "PC", "4.20", "2026-12-18"),
        ("OS-KIT-M", "Oil seal assortment kit, metric, 225 pcs", 10, "SET", "38.00", "2027-01-22"),
    ], cur="EUR", issued="2026-11-05")
    body = ("Добрый день, Дана!\n\nПодтверждаем заказ N 4500031702.\n\n"
            "В связи с ростом стоимости сырья цены на всю продукцию с 01.11.2026 увеличены на 7%. "
            "Соответственно цены по заказу:\n"
            "поз. 1 - 1,498 EUR/шт, поз. 2 - 4,494 EUR/шт, поз. 3 - 40,66 EUR/компл.\n\n"
            "Сроки поставки: поз. 1 и 2 - 18.12.2026, поз. 3 - 29.01.2027.\n"
            "Количество без изменений.\n\n"
            "С уважением,\nИрина Соколова\nменеджер отдела продаж\nООО \"Уплотнитель-Тех\"\nтел. +7 (495) 123-45-67, ИНН 7701234567\n")
    c.mail("i.sokolova@uplotnitel.example", "2026-11-09 13:22 +0300", T(body, "koi8-r", "8bit"), reply_to_po=p,
           prefix="RE: ", frm_name="Ирина Соколова")
    c.confirm((p, {1: C(p="1.498"), 2: C(p="4.494"), 3: C(p="40.66", d="2027-01-29")}),
              notes="+7% on PO prices: 1.40->1.498, 4.20->4.494, 38.00->40.66 (decimal comma). Quantities unchanged; lines 1-2 on the requested 18.12.2026, line 3 moved to 29.01.2027.")


@case("kr-levelsensors-euckr", "ko-KR", "confirmation",
      "Korean reply in EUC-KR with Korean date style '2027. 1. 22.' and a '(금)' weekday marker; line 2 date later, line 1 accepted.")
def _(c):
    p = c.po("4500031730", "HANSOL", "Hansol Sensor Co., Ltd.", "export@hansolsensor.example", [
        ("LS-FL-316", "Float level sensor, SS316, 1/2in NPT, NO/NC", 80, "EA", "14.60", "2026-12-18"),
        ("LS-CAP-24", "Capacitive level sensor 24 VDC M30, PNP", 25, "EA", "62.00", "2027-01-08"),
    ], cur="USD", issued="2026-11-04", buyer="mikkel")
    body = ("안녕하세요, Mikkel 님\n\n발주서 4500031730 확인하였습니다.\n\n"
            "1. LS-FL-316 플로트 레벨센서 80EA, USD 14.60 - 납기 2026. 12. 18.(금) 가능합니다.\n"
            "2. LS-CAP-24 정전용량형 레벨센서 25EA, USD 62.00 - 부품 수급 문제로 납기 2027. 1. 22.(금)로 변경 부탁드립니다.\n\n"
            "감사합니다.\n\n김민준 과장 | 해외영업팀\n한솔센서(주) | T. +82-31-123-4567\n")
    c.mail("mj.kim@hansolsensor.example", "2026-11-05 17:55 +0900", T(body, "euc-kr", "base64"), reply_to_po=p,
           prefix="RE: ", frm_name="김민준")
    c.confirm((p, {1: A, 2: C(d="2027-01-22")}),
              notes="Korean Y. M. D. dates; line 1 as ordered, line 2 confirmed at the same qty/price but delivered 2027-01-22 (a Friday, matching the weekday marker).")


@case("us-batteryclips-erp-pdf-per100", "en-US", "confirmation",
      "Automatic ERP mail from a no-reply address with a PDF sales-order acknowledgment (text layer): prices per 100 (/C), MM/DD/YYYY dates, one line backordered to a later date.")
def _(c):
    p = c.po("4500031771", "KEYST", "Keystone Contact Products Inc.", "orders@keystonecp.example", [
        ("BC-9V-SNAP", "Battery clip 9V snap, 6in leads", 2000, "EA", "0.1420", "2026-12-11"),
        ("BC-AA2-HLD", "Battery holder 2xAA with leads", 1000, "EA", "0.2850", "2026-12-11"),
        ("BC-CR2032", "Coin cell clip CR2032, PCB mount", 5000, "EA", "0.0610", "2026-12-11"),
    ], cur="USD", issued="2026-11-06")
    pdfb = pdf(["#Keystone Contact Products Inc. - SALES ORDER ACKNOWLEDGMENT",
                "SO No.: 0418832   Date: 11/09/2026   Customer PO: 4500031771",
                "Bill to: Halvorsen Industrial Supply   Terms: Net 30   FOB: Origin",
                "",
                "Ln  Part No.      Description                     Qty Ord   Price      Per  Ship Date",
                "1   BC-9V-SNAP    9V SNAP CLIP 6IN LEADS          2,000     14.20      C    12/11/2026",
                "2   BC-AA2-HLD    HOLDER 2XAA W/LEADS             1,000     28.50      C    01/15/2027",
                "3   BC-CR2032     COIN CELL CLIP CR2032 PCB       5,000     6.10       C    12/11/2026",
                "",
                "Price per: C = per 100, M = per 1000, E = each.",
                "Line 2: backordered, ship date is estimated by the vendor and firm.",
                "All shipments subject to Keystone terms and conditions of sale."], "Sales Order Acknowledgment 0418832")
    body = ("This is an automated message from Keystone Contact Products.\n\n"
            "Please find attached the acknowledgment for your purchase order 4500031771 (our sales order 0418832).\n"
            "Please review and notify customer service within 48 hours of any discrepancies.\n\n"
            "Do not reply to this e-mail. Customer service: (215) 555-0187, cs@keystonecp.example\n")
    c.mail("noreply@keystonecp.example", "2026-11-09 06:02 -0500",
           MIX(T(body, "us-ascii", "7bit"), ATT("SOACK_0418832.pdf", "application/pdf", pdfb)),
           subject="Sales Order Acknowledgment 0418832 - Your PO 4500031771", reply_to_po=p, refs=False,
           extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Infor SyteLine Mailer")])
    c.confirm((p, {1: A, 2: C(d="2027-01-15"), 3: A}),
              notes="ERP acknowledgment is a confirmation despite the no-reply/auto-generated mail. Prices are per 100 (C): 14.20/C = 0.1420, 28.50/C = 0.2850, 6.10/C = 0.0610 each = PO. Only ship dates given, so they are the dates; line 2 moves to 01/15/2027 (US month-first).")


@case("de-electrodeholders-kw-with-day", "de-DE", "confirmation",
      "German reply with calendar weeks: 'KW 51' (no day -> Friday) and 'Dienstag KW 2/2027' (named day), plus KW in the signature-free quoted table.")
def _(c):
    p = c.po("4500031804", "SCHWT", "Schweißtechnik Oberland GmbH", "auftrag@sto-schweiss.example", [
        ("EH-400A", "Electrode holder 400 A, fully insulated", 60, "PC", "11.90", "2026-12-18"),
        ("EH-600A", "Electrode holder 600 A, brass jaw", 20, "PC", "19.40", "2026-12-18"),
        ("EH-CL-300", "Earth clamp 300 A, copper", 60, "PC", "7.25", "2026-12-18"),
    ], issued="2026-11-05", buyer="mikkel")
    body = ("Hallo Herr Sorensen,\n\nanbei unsere Rückmeldung zu Ihrer Bestellung 4500031804:\n\n"
            "Pos. 10 EH-400A: 60 Stk. à 11,90 € – Liefertermin KW 51\n"
            "Pos. 20 EH-600A: 20 Stk. à 19,40 € – Liefertermin Dienstag, KW 2/2027 (Fertigung nach Betriebsurlaub)\n"
            "Pos. 30 EH-CL-300: 60 Stk. à 7,25 € – Liefertermin KW 51\n\n"
            "Bitte beachten: unser Lager ist vom 23.12.2026 bis 06.01.2027 geschlossen.\n\n"
            "Freundliche Grüße\nJörg Weidinger\nVertriebsinnendienst\nSchweißtechnik Oberland GmbH · Am Gewerbepark 7 · 83607 Holzkirchen\n"
            "Tel. 08024 90 12-0 · HRB 12345 München · USt-IdNr. DE 812 345 678\n" + c.quote(p, "outlook", "de"))
    c.mail("j.weidinger@sto-schweiss.example", "2026-11-06 08:15 +0100", ALT(T(body, "windows-1252", "quoted-printable"),
           H("<html><body><pre style=\"font-family:Calibri\">" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</pre></body></html>", "windows-1252")),
           reply_to_po=p, prefix="AW: ", frm_name="Weidinger, Jörg")
    c.confirm((p, {1: A, 2: C(d=kw(2027, 2, 2)), 3: A}),
              notes="Supplier numbers positions 10/20/30 = our lines 1/2/3. KW 51 without a day = Friday 2026-12-18 = requested (accepted). 'Dienstag, KW 2/2027' = 2027-01-12. The closing period dates are not delivery dates.")


@case("fr-stairnosings-inline-answers", "fr-FR", "confirmation",
      "French supplier writes answers inline into our '>' quoted PO lines; one line qty changed, one date changed, one OK.")
def _(c):
    p = c.po("4500031839", "PROFAL", "Profalu Industrie SAS", "adv@profalu.example", [
        ("SN-AL-25", "Stair nosing aluminium 25 mm, anti-slip insert, 2.5 m", 120, "PC", "14.80", "2026-12-15"),
        ("SN-AL-40", "Stair nosing aluminium 40 mm, 2.5 m", 60, "PC", "19.60", "2026-12-15"),
        ("SN-END-CAP", "End cap for SN-AL-25, pair", 120, "PR", "0.95", "2026-12-15"),
    ], issued="2026-11-06")
    q = c.quote(p, "gt").split("\n")
    out = []
    for ln in q:
        out.append(ln)
        if "SN-AL-25 " in ln:
            out.append("OK pour nous.")
        elif "SN-AL-40 " in ln:
            out.append("Livraison le 08/01 au lieu du 15/12 (rupture profilé), quantité et prix OK.")
        elif "SN-END-CAP" in ln:
            out.append("Vendu par carton de 50 paires -> 150 paires, prix inchangé, livraison 15/12.")
    body = ("Bonjour Madame Ruiz,\n\nVoir nos réponses dans le texte ci-dessous.\n\nCordialement,\n\nÉmilie Garnier\nAdministration des ventes\n"
            "Profalu Industrie SAS - Capital 1 200 000 € – SIRET 412 345 678 00021\nTél. 04 72 12 34 56\n" + "\n".join(out))
    c.mail("e.garnier@profalu.example", "2026-11-09 15:48 +0100", T(body, "iso-8859-15", "quoted-printable"), reply_to_po=p,
           prefix="RE : ", frm_name="Émilie Garnier")
    c.confirm((p, {1: A, 2: C(d="2027-01-08"), 3: C(q=150)}),
              notes="Answers are typed between our quoted lines. Line 1 OK; line 2 delivered 08/01 (day-first, next one after the mail -> 2027-01-08); line 3 rounded to 3 cartons of 50 pairs = 150 PR. The capital and SIRET in the signature are noise.")


@case("pl-plumbbobs-question-first", "pl-PL", "needs_review",
      "Polish reply that asks whether a substitute (different weight) is acceptable before it will confirm anything.")
def _(c):
    p = c.po("4500031860", "PIONEK", "Pionek Narzędzia Sp. z o.o.", "zamowienia@pionek-narzedzia.example", [
        ("PB-300-BR", "Plumb bob brass 300 g with 5 m cord", 48, "PC", "9.70", "2026-12-17"),
        ("PB-500-ST", "Plumb bob steel 500 g with 5 m cord", 24, "PC", "8.10", "2026-12-17"),
    ], cur="PLN", issued="2026-11-06", buyer="priya")
    body = ("Dzień dobry Pani Priyo,\n\ndziękujemy za zamówienie 4500031860.\n\n"
            "Zanim potwierdzimy: pion mosiężny 300 g nie jest już produkowany, mamy natomiast wersję 250 g (PB-250-BR) "
            "w cenie 9,20 zł. Czy akceptujecie Państwo zamiennik? Poz. 2 jest dostępna, ale wolelibyśmy wysłać całe zamówienie "
            "jedną dostawą, więc potwierdzenie wyślemy po Państwa odpowiedzi.\n\n"
            "Pozdrawiam\nTomasz Wiśniewski\nDział Sprzedaży\ntel. +48 22 123 45 67\n" + c.quote(p, "outlook", "pl"))
    c.mail("t.wisniewski@pionek-narzedzia.example", "2026-11-09 09:30 +0100", T(body, "iso-8859-2", "quoted-printable"),
           reply_to_po=p, prefix="Odp: ", frm_name="Tomasz Wiśniewski")
    c.other("needs_review", "The supplier asks whether a 250 g substitute is acceptable and explicitly withholds the confirmation of both lines until we answer; nothing is committed, so a human must reply.")


@case("ch-ooo-dates-in-text", "de-CH", "auto_reply",
      "Swiss German out-of-office (Auto-Submitted) that is full of dates and a deputy's phone number.")
def _(c):
    p = c.po("4500031888", "GATTER", "Gatterbau Zürcher AG", "info@gatterbau-zuercher.example", [
        ("GL-GRAV-ZN", "Gate latch gravity type, galvanised", 100, "PC", "7.45", "2026-12-14"),
        ("GL-LOCK-SS", "Lockable gate latch, stainless, 2 keys", 30, "PC", "24.90", "2026-12-14"),
    ], cur="CHF", issued="2026-11-09")
    body = ("Guten Tag\n\nIch bin vom 9.11.2026 bis und mit 20.11.2026 abwesend und habe nur eingeschränkten Zugriff auf meine E-Mails. "
            "Ihre Nachricht wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an Herrn Beat Frei, "
            "beat.frei@gatterbau-zuercher.example, Tel. +41 44 512 33 10.\n\nFreundliche Grüsse\nUrs Zürcher\n")
    c.mail("urs.zuercher@gatterbau-zuercher.example", "2026-11-09 08:42 +0100", T(body, "utf-8", "quoted-printable"),
           subject="Automatische Antwort: " + c.subject(p), reply_to_po=p,
           extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    c.other("auto_reply", "Out-of-office notice; the dates 9.11.-20.11.2026 are the absence period, not delivery dates.")


@case("gl-bounce-postfix-mailbox-full", "gl-ES", "bounce",
      "Postfix DSN (multipart/report) for our request to a Galician supplier: mailbox over quota, original headers attached.")
def _(c):
    p = c.po("4500031902", "ESPUM", "Espumas Acústicas do Miño S.L.", "pedidos@espumasmino.example", [
        ("AF-PYR-50", "Acoustic foam pyramid 50 mm, 500x500, anthracite", 200, "PC", "3.20", "2026-12-15"),
    ], issued="2026-11-09")
    human = ("This is the mail system at host mx1.buyer.example.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n<pedidos@espumasmino.example>: host mail.espumasmino.example[203.0.113.45] said:\n"
             "    552 5.2.2 <pedidos@espumasmino.example>: Mailbox full (in reply to RCPT TO\n    command)\n")
    dsn(c, p, "MAILER-DAEMON@mx1.buyer.example", "2026-11-09 08:44 +0100", human, "5.2.2",
        "552 5.2.2 <pedidos@espumasmino.example>: Mailbox full", "mx1.buyer.example", "mail.espumasmino.example")
    c.other("bounce", "Postfix non-delivery report for our PO request; nothing from the supplier.")


@case("gr-newsletter-pricelist", "el-GR", "unrelated",
      "Greek supplier newsletter (HTML, windows-1253) with product prices and dates, sent to the buyer; not about our PO.")
def _(c):
    p = c.po("4500031915", "KLIDIA", "Klidia Asfaleias A.E.", "sales@klidia.example", [
        ("KC-50-WM", "Key cabinet 50 hooks, wall mount, steel", 10, "PC", "48.00", "2026-12-18"),
        ("KC-100-WM", "Key cabinet 100 hooks, wall mount", 5, "PC", "79.00", "2026-12-18"),
    ], issued="2026-11-06")
    html = ("<html><body><h2>Klidia Newsletter – Νοέμβριος 2026</h2>"
            "<p>Αγαπητοί συνεργάτες,</p><p>Με χαρά σας παρουσιάζουμε τις νέες κλειδοθήκες της σειράς <b>KC-Pro</b>. "
            "Ειδική τιμή έως 31/12/2026:</p><table border=\"1\"><tr><th>Κωδικός</th><th>Περιγραφή</th><th>Τιμή</th></tr>"
            "<tr><td>KC-50-WM</td><td>Κλειδοθήκη 50 θέσεων</td><td>44,50 €</td></tr>"
            "<tr><td>KC-100-WM</td><td>Κλειδοθήκη 100 θέσεων</td><td>72,00 €</td></tr></table>"
            "<p>Παράδοση εντός 5 εργάσιμων ημερών για όλες τις παραγγελίες που λαμβάνονται έως 15/12.</p>"
            "<p><a href=\"https://klidia.example/unsubscribe\">Διαγραφή από τη λίστα</a></p></body></html>")
    c.mail("newsletter@klidia.example", "2026-11-10 10:00 +0200", H(html, "windows-1253", "quoted-printable"),
           subject="Νέες κλειδοθήκες KC-Pro – ειδικές τιμές Νοεμβρίου", to="dana.ruiz@buyer.example",
           extra=[("List-Unsubscribe", "<https://klidia.example/unsubscribe>"), ("Precedence", "bulk")])
    c.other("unrelated", "A bulk newsletter with promotional prices for the same item codes; it does not answer PO 4500031915 and must not be read as a price change.")


@case("cz-toolbelts-two-pos-one-mail", "cs-CZ", "confirmation",
      "Czech reply (windows-1250, QP) answering two open POs in one mail; PO B line 2 rejected, PO A with a price change.")
def _(c):
    a = c.po("4500031940", "KOZAR", "Kožedílna Zárubová s.r.o.", "obchod@kozedilna.example", [
        ("TB-LTH-11", "Tool belt leather, 11 pockets", 40, "PC", "690.00", "2026-12-11"),
        ("TB-SUSP", "Tool belt suspenders, padded", 40, "PC", "320.00", "2026-12-11"),
    ], cur="CZK", issued="2026-11-03")
    b = c.po("4500031977", "KOZAR", "Kožedílna Zárubová s.r.o.", "obchod@kozedilna.example", [
        ("TB-NYL-8", "Tool belt nylon, 8 pockets", 60, "PC", "410.00", "2027-01-15"),
        ("TB-HAM-LP", "Hammer loop, leather", 100, "PC", "85.00", "2027-01-15"),
    ], cur="CZK", issued="2026-11-06")
    body = ("Dobrý den paní Ruiz,\n\nposílám potvrzení k oběma objednávkám:\n\n"
            "Objednávka 4500031940:\n- TB-LTH-11: 40 ks, cena dle nové kalkulace 725,00 Kč/ks (zdražení kůže), dodání 11. 12. 2026\n"
            "- TB-SUSP: 40 ks á 320,00 Kč, dodání 11. 12. 2026\n\n"
            "Objednávka 4500031977:\n- TB-NYL-8: 60 ks á 410,00 Kč, dodání 15. 1. 2027\n"
            "- TB-HAM-LP: bohužel již nevyrábíme, tuto položku nemůžeme dodat.\n\n"
            "S pozdravem\nJana Zárubová\nKožedílna Zárubová s.r.o. | IČO 27412345 | tel. +420 603 123 456\n")
    c.mail("zarubova@kozedilna.example", "2026-11-09 14:10 +0100", T(body, "windows-1250", "quoted-printable"),
           reply_to_po=a, prefix="RE: ", frm_name="Jana Zárubová")
    c.confirm((a, {1: C(p="725.00"), 2: A}), (b, {1: A, 2: R}),
              notes="One mail answers both POs (threaded on the first). PO ...940 line 1 price 725,00 CZK instead of 690; PO ...977 line 2 no longer produced -> rejected. Dates '11. 12. 2026' Czech day-first with spaces.")
