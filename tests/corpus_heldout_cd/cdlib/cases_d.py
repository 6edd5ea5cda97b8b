"""Cases 054-070."""
from . import mime
from .common import (case, sup, mkpo, acc, chg, conf, expected, REJ, UNC, reply_mail, dsn_mail,
                     req_subject, req_intro, req_table, REQ_OUTRO, buyer_sig, qlines, text_to_html, html_doc)
from .pdf import make_pdf
from .xlsx import make_xlsx

AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


@case("saddles-cyrillic-sr", "confirmation/sr-RS",
      "Serbian Cyrillic (UTF-8/base64): line 1 reduced to 100 pcs for lack of stock, line 2 delivered a week later.")
def c054():
    s = sup("SEDLAVOJ", "Седла Војводина д.о.о.", "prodaja@sedlavojvodina.example", "sr-RS")
    po = mkpo("4500072003", s, "EUR", "2026-11-10", [
        ("SV-SD-145-CT", "City saddle 145 mm, spring suspension, 2027 model", 120, "EA", "14.20", "2026-12-11"),
        ("SV-SD-165-GL", "Comfort saddle 165 mm, gel, 8 mm rails", 80, "EA", "17.90", "2026-12-11")], buyer="tomas")
    body = ("Поштовани господине Бергер,\n\nзахваљујемо на поруџбини 4500072003. Потврђујемо:\n\n"
            "1. Градско седло 145 мм: 100 ком. (више немамо на стању), цена 14,20 EUR, испорука 11.12.2026.\n"
            "2. Комфорно седло 165 мм: 80 ком., цена 17,90 EUR, испорука 18.12.2026.\n\n"
            "Срдачан поздрав,\nМилица Јовановић\nСедла Војводина д.о.о.\nИндустријска зона бб, 21000 Нови Сад\n"
            "Тел. +381 21 555 3470")
    eml = reply_mail(po, frm=("Милица Јовановић", "milica.jovanovic@sedlavojvodina.example"),
                     date="2026-11-12 09:40:00 +0100", body=body, charset="utf-8", cte="base64")
    return [po], eml, expected("confirmation", "Line 1 quantity 100 of 120 at the PO date; line 2 date 2026-12-18.",
                               conf(po, [chg(po, 1, q=100), chg(po, 2, d="2026-12-18")]))


@case("chimney-brushes-koi8-otgruzka", "confirmation/ru-RU",
      "Russian KOI8-R 8bit reply confirming everything with only a ship date ('дата отгрузки 11.12.2026'), earlier than requested.")
def c055():
    s = sup("TRUBOCHIST", "ООО Трубочист-Снаб", "zakaz@trubochist-snab.example", "ru-RU")
    po = mkpo("PO-26-11812", s, "EUR", "2026-11-12", [
        ("TS-ER-200", "Chimney brush 200 mm, steel wire, M12 thread", 150, "EA", "5.60", "2026-12-18"),
        ("TS-ER-150", "Chimney brush 150 mm, polypropylene", 150, "EA", "4.10", "2026-12-18"),
        ("TS-GR-10", "Weight ball 10 kg, galvanised, with eye", 20, "EA", "41.00", "2026-12-18")], buyer="jonas")
    body = ("Добрый день, Jonas!\n\nПодтверждаем заказ PO-26-11812 в полном объёме, количество и цены без изменений.\n"
            "Дата отгрузки 11.12.2026 со склада в Санкт-Петербурге.\n\nС уважением,\nАлексей Смирнов\n"
            "менеджер по продажам\nООО \"Трубочист-Снаб\"\nг. Санкт-Петербург, ул. Салова, д. 27\n"
            "тел. +7 812 555-41-90")
    eml = reply_mail(po, frm=("Алексей Смирнов", "smirnov@trubochist-snab.example"), date="2026-11-16 12:30:00 +0300",
                     body=body, client="thunderbird", charset="koi8-r", cte="8bit", html=False)
    return [po], eml, expected("confirmation", "Only a ship date is given, so it is the date (2026-12-11) for all lines.",
                               conf(po, [chg(po, n, d="2026-12-11") for n in (1, 2, 3)]))


@case("ink-invoice-other-order", "unrelated/it-IT",
      "Italian invoice with PDF for an older, already delivered order (PO-26-10455) from the same supplier as an open PO.")
def c056():
    s = sup("INCBRIANZA", "Inchiostri Brianza S.r.l.", "ordini@inchiostribrianza.example", "it-IT")
    po = mkpo("PO-26-11991", s, "EUR", "2026-11-25", [
        ("IB-963XL-BK", "Ink cartridge 963XL black, 2,000 pages", 120, "EA", "7.20", "2026-12-16"),
        ("IB-963XL-C", "Ink cartridge 963XL cyan, 1,600 pages", 80, "EA", "5.90", "2026-12-16")], buyer="priya")
    pdf = make_pdf([("b", "Inchiostri Brianza S.r.l."), "Via Valassina 112, 20851 Lissone (MB) - P.IVA 01234567890", "",
                    ("b", "FATTURA N. 2026/FT/1187 del 30/11/2026"),
                    "Cliente: Meridian Procurement Group B.V., Havenweg 40, 3089 KR Rotterdam (NL)",
                    "Vs. ordine: PO-26-10455 del 12/10/2026 - DDT n. 845 del 28/10/2026", "",
                    "Codice         Descrizione                          Q.ta   Prezzo    Importo",
                    "IB-920XL-BK    Cartuccia 920XL nero                  200     5,10    1.020,00",
                    "IB-920XL-Y     Cartuccia 920XL giallo                100     3,60      360,00", "",
                    "Imponibile EUR 1.380,00   IVA: non imponibile art. 41 DL 331/93", "Totale fattura EUR 1.380,00",
                    "Scadenza: 30/12/2026 - bonifico IBAN IT60 X054 2811 1010 0000 0123 456"],
                   title="Fattura 2026/FT/1187", producer="TeamSystem", created="D:20261130155500+01'00'")
    body = ("Spett.le Meridian Procurement Group,\n\nin allegato inviamo la fattura n. 2026/FT/1187 del 30/11/2026 "
            "relativa al vostro ordine PO-26-10455 (DDT n. 845 del 28/10/2026).\nScadenza pagamento: 30/12/2026.\n\n"
            "Distinti saluti\nUfficio Amministrazione\nInchiostri Brianza S.r.l.\namministrazione@inchiostribrianza.example")
    eml = reply_mail(po, frm=("Inchiostri Brianza - Amministrazione", "amministrazione@inchiostribrianza.example"),
                     date="2026-11-30 16:00:00 +0100", body=body, charset="iso-8859-1", quote=False, thread=False,
                     client="webmail", html=False, subject="Invio fattura n. 2026/FT/1187 - vs. ordine PO-26-10455",
                     attachments=[("FT_2026_1187.pdf", "application/pdf", pdf)])
    return [po], eml, expected("unrelated", "Invoice for a different, earlier order; the open PO PO-26-11991 is not addressed.")


@case("lamp-poles-arabic-english", "confirmation/ar-AE",
      "Arabic (windows-1256/base64) with an English summary; all lines moved to 22/01/2027 and the old 08/01/2027 also appears.")
def c057():
    s = sup("GULFPOLES", "Gulf Lighting Poles LLC", "sales@gulfpoles.example", "ar-AE")
    po = mkpo("4500072021", s, "USD", "2026-11-13", [
        ("GP-OC-10-90", "Octagonal lighting pole 10 m, 90 mm top, galvanised", 30, "EA", "465.00", "2027-01-08"),
        ("GP-DA-2x1.5", "Double arm bracket 2x1.5 m, 60 mm", 30, "EA", "128.00", "2027-01-08"),
        ("GP-AB-M24x750", "Anchor bolt set M24x750, 4 pcs with template", 30, "SET", "54.00", "2027-01-08")])
    body = ("السيدة دانا المحترمة،\n\nتحية طيبة وبعد،\n\nنؤكد استلام أمر الشراء رقم 4500072021 ونؤكد جميع البنود "
            "بالكميات والأسعار المذكورة.\nتاريخ التسليم: 22/01/2027 بدلاً من 08/01/2027 بسبب ازدحام الشحن في ميناء "
            "جبل علي.\n\nDear Dana, all 3 lines confirmed at PO prices and quantities; delivery 22/01/2027 due to "
            "port congestion at Jebel Ali.\n\nمع أطيب التحيات،\nأحمد الحمادي\nقسم المبيعات\nGulf Lighting Poles LLC\n"
            "المنطقة الصناعية 6، الشارقة، الإمارات العربية المتحدة\nهاتف: +971 6 555 3142")
    eml = reply_mail(po, frm=("Ahmed Al Hammadi", "ahmed.hammadi@gulfpoles.example"), date="2026-11-18 10:00:00 +0400",
                     body=body, charset="windows-1256", cte="base64", dir_="rtl")
    return [po], eml, expected("confirmation", "New delivery date 22/01/2027 for all lines (08/01/2027 is the old one).",
                               conf(po, [chg(po, n, d="2027-01-22") for n in (1, 2, 3)]))


@case("saddles-big5-two-shipments", "confirmation/zh-TW",
      "Traditional Chinese in Big5: line 1 ships in two batches 12/4 and 12/18 (month/day, ship dates only).")
def c058():
    s = sup("TCSADDLE", "台中座墊工業股份有限公司", "sales@tc-saddle.example", "zh-TW")
    po = mkpo("PO-26-11833", s, "USD", "2026-11-13", [
        ("TC-SD-RC-143", "Racing saddle 143 mm, carbon shell, 7x9 mm rails", 200, "EA", "23.40", "2026-12-18"),
        ("TC-SD-MTB-138", "MTB saddle 138 mm, CrMo rails, 2027 model", 300, "EA", "11.60", "2026-12-18"),
        ("TC-SD-KD-222", "Kids saddle, 22.2 mm seat post clamp", 150, "EA", "4.80", "2026-12-18")], buyer="jonas")
    body = ("Jonas 您好：\n\n感謝您的訂單 PO-26-11833，確認如下：\n\n"
            "1. 競賽座墊 143mm：200 個，單價 USD 23.40，分兩批出貨：12/4 出貨 120 個，12/18 出貨 80 個\n"
            "2. 登山車座墊 138mm：300 個，單價 USD 11.60，12/18 出貨\n"
            "3. 兒童座墊：150 個，單價 USD 4.80，12/18 出貨\n\n以上日期均為台中港出貨日期。\n\n敬祝 商祺\n\n"
            "陳怡君 Vivian Chen\n業務部\n台中座墊工業股份有限公司\n台中市大雅區中清路 300 號\nTel: +886 4 2555 6180")
    eml = reply_mail(po, frm=("Vivian Chen", "vivian.chen@tc-saddle.example"), date="2026-11-20 15:45:00 +0800",
                     body=body, charset="big5", cte="base64", lang="zh")
    return [po], eml, expected("confirmation", "Ship dates only; line 1 split 120 on 2026-12-04 + 80 on 2026-12-18; lines 2-3 as ordered.",
                               conf(po, [chg(po, 1, d="2026-12-18", sched=[(120, "2026-12-04"), (80, "2026-12-18")]),
                                         acc(po, 2), acc(po, 3)]))


@case("wax-exim-mailbox-full", "bounce/uk-UA",
      "Exim 'Mail delivery failed' (mailbox full, retry timeout) two days after sending, with X-Failed-Recipients and the request attached.")
def c059():
    s = sup("VISKPOL", "Віск Полісся ТОВ", "orders@visk-polissia.example", "uk-UA")
    po = mkpo("4500072040", s, "EUR", "2026-11-20", [
        ("VP-WF-DAD", "Beeswax foundation Dadant 435x300 mm, 5.4 mm cells", 400, "KG", "10.70", "2027-01-15"),
        ("VP-WF-UA-300", "Beeswax foundation Ukrainian frame 435x300 mm, wired", 200, "KG", "11.40", "2027-01-15")],
        buyer="priya")
    human = ("This message was created automatically by mail delivery software.\n\n"
             "A message that you sent could not be delivered to one or more of its\n"
             "recipients. This is a permanent error. The following address(es) failed:\n\n"
             "  orders@visk-polissia.example\n    mailbox is full: retry timeout exceeded\n")
    eml = dsn_mail(po, date="2026-11-22 11:18:04 +0200", reporting_mta="mail.visk-polissia.example",
                   from_hdr="Mail Delivery System <Mailer-Daemon@mail.visk-polissia.example>",
                   subject="Mail delivery failed: returning message to sender", human=human,
                   recipient="orders@visk-polissia.example", status="5.2.2",
                   diag="552 5.2.2 mailbox is full: retry timeout exceeded",
                   arrival="2026-11-20 11:14:07 +0200",
                   extra=[("X-Failed-Recipients", "orders@visk-polissia.example")])
    return [po], eml, expected("bounce", "Exim DSN after retries; the enclosed request is ours, not an answer.")


@case("rice-paper-vi-don-gia", "confirmation/vi-VN",
      "Vietnamese reply with dot thousands ('2.000 gói') and comma decimals; line 3 gets a new price and a January date.")
def c060():
    s = sup("BANHTRANG", "Công ty TNHH Bánh Tráng Tây Ninh", "sales@banhtrangtayninh.example", "vi-VN")
    po = mkpo("PO-26-11850", s, "USD", "2026-11-16", [
        ("BT-RP-22-RD", "Rice paper round 22 cm, 400 g pack, 2027 export label", 2000, "EA", "1.35", "2026-12-18"),
        ("BT-RP-16-SQ", "Rice paper square 16x16 cm, 300 g pack", 1500, "EA", "1.10", "2026-12-18"),
        ("BT-RP-31-RD", "Rice paper round 31 cm, 500 g pack", 800, "EA", "1.85", "2026-12-18")])
    body = ("Kính gửi chị Dana,\n\nCảm ơn chị đã đặt hàng. Chúng tôi xác nhận đơn hàng PO-26-11850 như sau:\n\n"
            "1. Bánh tráng tròn 22 cm: 2.000 gói, đơn giá 1,35 USD, giao hàng 18/12/2026\n"
            "2. Bánh tráng vuông 16x16 cm: 1.500 gói, đơn giá 1,10 USD, giao hàng 18/12/2026\n"
            "3. Bánh tráng tròn 31 cm: 800 gói, đơn giá 1,95 USD (giá gạo tăng), giao hàng 08/01/2027\n\n"
            "Trân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh\nCông ty TNHH Bánh Tráng Tây Ninh\n"
            "KCN Trảng Bàng, Tây Ninh, Việt Nam\nĐT: +84 276 555 3021")
    eml = reply_mail(po, frm=("Nguyễn Thị Lan", "lan.nguyen@banhtrangtayninh.example"), date="2026-11-23 09:15:00 +0700",
                     body=body, client="gmail", charset="utf-8")
    return [po], eml, expected("confirmation", "'2.000' = 2000; line 3 price 1.95 and date 2027-01-08; lines 1-2 as ordered.",
                               conf(po, [acc(po, 1), acc(po, 2), chg(po, 3, p="1.95", d="2027-01-08")]))


@case("show-jumps-vague-kiwi", "needs_review/en-NZ",
      "Friendly New Zealand reply: 'should be right', 'try to get them on a boat mid-Jan or thereabouts', prices 'about the same'.")
def c061():
    s = sup("KIWIEQ", "Kiwi Equestrian Fences Ltd", "sales@kiwiequestrian.example", "en-NZ")
    po = mkpo("4500072058", s, "NZD", "2026-11-23", [
        ("KE-PL-3.0", "Show jump rail 3.0 m, 100 mm, painted 4 colours", 40, "EA", "69.00", "2027-01-15"),
        ("KE-WG-1.5", "Wing stand 1.5 m, pine", 8, "PAIR", "420.00", "2027-01-15")], buyer="tomas")
    body = ("Hi Tomas,\n\nThanks for the order mate. Should be right on the rails and wings, we're pretty flat out "
            "before Christmas but I'll try to get them on a boat mid-Jan or thereabouts. Prices should be about the "
            "same as last time, I'll double-check with the boss.\n\nCheers\nHemi\n\n"
            "Hemi Walker | Kiwi Equestrian Fences Ltd\n88 Te Rapa Road, Hamilton 3200\nPh 07 555 8841\n\n"
            "Sent from my Galaxy")
    eml = reply_mail(po, frm=("Hemi Walker", "hemi@kiwiequestrian.example"), date="2026-11-25 16:45:00 +1300",
                     body=body, client="android", charset="utf-8")
    return [po], eml, expected("needs_review", "Vague, non-committal answer: no firm date or price.")


@case("aligner-resin-xlsx-only", "confirmation/en-SG",
      "The body only says 'see attached'; the XLSX confirmation holds a later date for one line and a discontinued line with qty 0.")
def c062():
    s = sup("LIONCITY", "Lion City Dental Materials Pte. Ltd.", "orders@lioncitydental.example", "en-SG")
    po = mkpo("PO-26-11872", s, "SGD", "2026-11-17", [
        ("LC-AR-1KG-CL", "Aligner resin 1 kg, clear, biocompatible class IIa", 40, "EA", "268.00", "2026-12-14"),
        ("LC-AR-500-IV", "Model resin 500 g, ivory", 60, "EA", "84.00", "2026-12-14"),
        ("LC-PC-240x180", "Post-curing tray 240x180 mm, set of 2", 10, "SET", "46.00", "2026-12-14"),
        ("LC-FL-250x200", "FEP film 250x200 mm, 5 pcs", 20, "SET", "39.50", "2026-12-14")], buyer="priya")
    xl = make_xlsx([["PO No.", "Line", "Our Code", "Your Code", "Description", "Qty Ordered", "Qty Confirmed", "UoM",
                     "Unit Price (SGD)", "Delivery Date", "Remarks"],
                    ["PO-26-11872", 1, "LCD-R1000C", "LC-AR-1KG-CL", "Aligner resin 1 kg clear", 40, 40, "EA", 268.00, "14/12/2026", ""],
                    ["PO-26-11872", 2, "LCD-M0500I", "LC-AR-500-IV", "Model resin 500 g ivory", 60, 60, "EA", 84.00, "21/12/2026", "Batch QC release"],
                    ["PO-26-11872", 3, "LCD-PCT24", "LC-PC-240x180", "Post-curing tray set of 2", 10, 10, "SET", 46.00, "14/12/2026", ""],
                    ["PO-26-11872", 4, "LCD-FEP25", "LC-FL-250x200", "FEP film 250x200, 5 pcs", 20, 0, "SET", 39.50, "", "Discontinued - cannot supply"]],
                   sheet="Order Confirmation", when=(2026, 11, 19, 11, 5, 0), creator="LCD Customer Service")
    body = ("Dear Priya,\n\nPlease find attached our order confirmation for your PO-26-11872 (Excel).\n\nThank you.\n\n"
            "Regards,\nTan Wei Ling\nCustomer Service\nLion City Dental Materials Pte. Ltd.\n"
            "10 Ubi Crescent, #05-21 Ubi Techpark, Singapore 408564\nTel: +65 6555 8021\n\n"
            "CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be privileged.")
    eml = reply_mail(po, frm=("Tan Wei Ling", "weiling.tan@lioncitydental.example"), date="2026-11-19 11:20:00 +0800",
                     body=body, charset="us-ascii", cte="7bit",
                     attachments=[("OC_PO-26-11872.xlsx",
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xl)])
    return [po], eml, expected("confirmation", "All data in the XLSX: line 2 on 21/12/2026, line 4 confirmed qty 0 'discontinued' = rejected.",
                               conf(po, [acc(po, 1), chg(po, 2, d="2026-12-21"), acc(po, 3), REJ]))


@case("bellows-csv-and-body", "confirmation/en-IE",
      "Irish reply with a summary in the body and a CSV attachment carrying two rows for line 2 (24 + 6 on different dates).")
def c063():
    s = sup("SHANNONB", "Shannon Bellows & Covers Ltd", "sales@shannonbellows.example", "en-IE")
    po = mkpo("4500072075", s, "EUR", "2026-11-24", [
        ("SB-RB-80-30", "Round bellows ID 80 mm, 30 folds, silicone", 50, "EA", "38.60", "2026-12-16"),
        ("SB-FB-300x200", "Flat bellows 300x200 mm, 10 folds, Nomex", 30, "EA", "71.20", "2026-12-16"),
        ("SB-TC-1500", "Telescopic cover 1500 mm, 3 sections, 1.5 mm steel", 6, "EA", "412.00", "2026-12-16")])
    csv = ("po_number,line,item,qty,uom,unit_price,delivery_date\r\n"
           "4500072075,1,SB-RB-80-30,50,EA,38.60,16/12/2026\r\n"
           "4500072075,2,SB-FB-300x200,24,EA,71.20,16/12/2026\r\n"
           "4500072075,2,SB-FB-300x200,6,EA,71.20,13/01/2027\r\n"
           "4500072075,3,SB-TC-1500,6,EA,412.00,16/12/2026\r\n")
    body = ("Hi Dana,\n\nConfirmation for PO 4500072075 attached as CSV as usual. Quick summary: lines 1 and 3 as "
            "ordered; line 2 we can only do 24 pcs this side of Christmas, so we'll send 24 on 16/12 and the last 6 "
            "on 13/01/2027.\n\nKind regards,\nSiobhán Byrne\nShannon Bellows & Covers Ltd\n"
            "Unit 4, Smithstown Industrial Estate, Shannon, Co. Clare V14 XR95\n+353 61 555 274\n\n"
            "Registered in Ireland No. 123456. Registered office as above.")
    eml = reply_mail(po, frm=("Siobhán Byrne", "siobhan.byrne@shannonbellows.example"), date="2026-11-26 15:05:00 +0000",
                     body=body, client="gmail", charset="utf-8",
                     attachments=[("OC_4500072075.csv", "text/csv", csv.encode("ascii"))])
    return [po], eml, expected("confirmation", "Line 2 split 24 on 2026-12-16 and 6 on 2027-01-13 (full 30); lines 1 and 3 accepted.",
                               conf(po, [acc(po, 1), chg(po, 2, d="2027-01-13", sched=[(24, "2026-12-16"), (6, "2027-01-13")]),
                                         acc(po, 3)]))


@case("rice-paper-jidou-henshin", "auto_reply/ja-JP",
      "Japanese ISO-2022-JP automatic receipt (【自動返信】) promising a reply within two business days and listing New Year closing.")
def c064():
    s = sup("KYOWASHI", "株式会社京和紙", "info@kyowashi.example", "ja-JP")
    po = mkpo("PO-26-11944", s, "JPY", "2026-11-20", [
        ("KW-RP-A4-100", "Rice paper A4, 45 g/m2, pack of 100 sheets", 50, "EA", "2400", "2026-12-18"),
        ("KW-RP-ROLL-97", "Rice paper roll 97 cm x 20 m, 30 g/m2", 20, "ROL", "6800", "2026-12-18")], buyer="jonas")
    body = ("このメールは自動送信されています。\n\nお問い合わせいただきありがとうございます。内容を確認のうえ、"
            "担当者より2営業日以内にご連絡いたします。\nなお、12月28日から1月5日までは年末年始休業となります。\n\n"
            "株式会社京和紙 お客様窓口\nTEL 075-555-2810（平日 9:00〜17:00）")
    eml = reply_mail(po, frm=("株式会社京和紙", "info@kyowashi.example"), date="2026-11-20 18:14:30 +0900", body=body,
                     charset="iso-2022-jp", cte="7bit", html=False, quote=False, client="webmail",
                     subject=f"【自動返信】お問い合わせありがとうございます / {req_subject(po)}", extra=AUTO)
    return [po], eml, expected("auto_reply", "Automatic receipt; the dates are holiday closing, not delivery.")


@case("organ-blowers-sap-ab-pdf", "confirmation/de-DE",
      "Automatic SAP mail ('bitte nicht antworten') with a Flate PDF Auftragsbestätigung giving 'KW 03/2027' and 'KW 02/2027'.")
def c065():
    s = sup("ORGELWIND", "Orgelwind Ludwigsburg GmbH", "verkauf@orgelwind.example", "de-DE")
    po = mkpo("4500072090", s, "EUR", "2026-11-24", [
        ("OW-GB-0.75", "Organ blower 0.75 kW, 70 mm water gauge, 230 V", 1, "EA", "3980.00", "2027-01-15"),
        ("OW-GB-1.5", "Organ blower 1.5 kW, 100 mm water gauge, 400 V", 1, "EA", "5640.00", "2027-01-15"),
        ("OW-SD-25", "Silencer box 25 dB, 600x600x900 mm", 2, "EA", "1120.00", "2027-01-15")], buyer="jonas", step=10)
    pdf = make_pdf([("b", "Orgelwind Ludwigsburg GmbH"), "Solitudestraße 40, 71638 Ludwigsburg", "",
                    ("b", "AUFTRAGSBESTÄTIGUNG 30018842"), "Datum: 27.11.2026",
                    "Ihre Bestellung 4500072090 vom 24.11.2026", "Kunde 100452 - Meridian Procurement Group B.V.", "",
                    "Pos  Material     Bezeichnung                         Menge  ME   Preis/ME EUR  Liefertermin",
                    "10   OW-GB-0.75   Orgelgebläse 0,75 kW 70 mm WS           1  ST       3.980,00  KW 03/2027",
                    "20   OW-GB-1.5    Orgelgebläse 1,5 kW 100 mm WS           1  ST       5.640,00  KW 03/2027",
                    "30   OW-SD-25     Schalldämmbox 25 dB 600x600x900         2  ST       1.120,00  KW 02/2027", "",
                    "Nettowert EUR 11.860,00", "Lieferbedingung: DAP Rotterdam   Zahlungsbedingung: 30 Tage netto",
                    "Es gelten unsere Allgemeinen Verkaufsbedingungen."],
                   title="Auftragsbestaetigung 30018842", producer="SAP NetWeaver", created="D:20261127060200+01'00'",
                   flate=True)
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung 30018842 zu Ihrer "
            "Bestellung 4500072090.\n\nDiese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese "
            "Nachricht.\n\nOrgelwind Ludwigsburg GmbH\nSolitudestraße 40, 71638 Ludwigsburg\n"
            "Tel. +49 7141 555 90 | verkauf@orgelwind.example\nAmtsgericht Stuttgart HRB 700123")
    eml = reply_mail(po, frm=("Orgelwind Ludwigsburg GmbH", "auftragsbestaetigung@orgelwind.example"),
                     date="2026-11-27 06:02:11 +0100", body=body, client="erp", charset="iso-8859-1", html=False,
                     quote=False, thread=False, subject="Auftragsbestätigung 30018842 zu Ihrer Bestellung 4500072090",
                     extra=[("Auto-Submitted", "auto-generated")],
                     attachments=[("AB_30018842.pdf", "application/pdf", pdf)])
    return [po], eml, expected("confirmation", "ERP-generated confirmation counts; KW 03/2027 = 2027-01-22 (pos 10, 20), KW 02/2027 = 2027-01-15 = requested (pos 30).",
                               conf(po, {10: chg(po, 10, d="2027-01-22"), 20: chg(po, 20, d="2027-01-22"),
                                         30: acc(po, 30)}))


@case("shafts-delivery-note-other-po", "unrelated/pl-PL",
      "Polish shipping notice with a WZ delivery-note PDF for a different order (PO-26-10871) from a supplier with an open PO.")
def c066():
    s = sup("WALYGDY", "Wały Napędowe Gdynia Sp. z o.o.", "sprzedaz@walygdynia.example", "pl-PL")
    po = mkpo("PO-26-11998", s, "EUR", "2026-11-25", [
        ("WG-WN-45-2500", "Propeller shaft 45 mm x 2500 mm, duplex, taper 1:12", 4, "EA", "1050.00", "2027-01-15"),
        ("WG-TL-45", "Stern tube bearing 45 mm, rubber, 180 mm long", 4, "EA", "165.00", "2027-01-15")], buyer="tomas")
    pdf = make_pdf([("b", "Waly Napedowe Gdynia Sp. z o.o."), "ul. Hutnicza 40, 81-061 Gdynia", "",
                    ("b", "WZ 2026/11/0932 - Wydanie zewnetrzne / Delivery note"), "Data wydania: 01.12.2026",
                    "Zamowienie klienta: PO-26-10871", "Odbiorca: Meridian Procurement Group B.V., Havenweg 40, Rotterdam", "",
                    "Lp.  Indeks           Nazwa                               Ilosc  J.m.",
                    "1    WG-WN-40-2000    Wal napedowy 40 x 2000 mm duplex       2  szt.",
                    "2    WG-TL-40         Lozysko walu 40 mm                     2  szt.", "",
                    "Przewoznik: Raben, list przewozowy 6029917731, planowana dostawa 03.12.2026"],
                   title="WZ 2026/11/0932", producer="Comarch ERP Optima", created="D:20261201141500+01'00'")
    body = ("Dzień dobry,\n\nw załączeniu przesyłamy dokument WZ 2026/11/0932 do zamówienia PO-26-10871. Towar "
            "(2 wały 40x2000 mm i 2 łożyska) został wysłany dziś przez Raben, planowana dostawa 03.12.2026, nr listu "
            "przewozowego 6029917731.\n\nPozdrawiam\nMagdalena Wiśniewska\nLogistyka\nWały Napędowe Gdynia Sp. z o.o.\n"
            "ul. Hutnicza 40, 81-061 Gdynia\ntel. +48 58 555 20 74")
    eml = reply_mail(po, frm=("Magdalena Wiśniewska", "logistyka@walygdynia.example"), date="2026-12-01 14:20:00 +0100",
                     body=body, charset="iso-8859-2", quote=False, thread=False, lang="pl",
                     subject="Awizo dostawy WZ 2026/11/0932 - zam. PO-26-10871",
                     attachments=[("WZ_2026_11_0932.pdf", "application/pdf", pdf)])
    return [po], eml, expected("unrelated", "Dispatch notice for another order; the open PO is not addressed.")


@case("mortuary-three-pos-inline", "confirmation/en-GB",
      "Inline answers under the quoted lines of one PO, a second PO answered in the preamble, a third only mentioned.")
def c067():
    s = sup("ALBIONMS", "Albion Mortuary Systems Ltd", "sales@albionmortuary.example", "en-GB")
    a = mkpo("4500072110", s, "GBP", "2026-11-24", [
        ("AM-TR-1950", "Mortuary trolley 1950x600 mm, stainless, 4x 125 mm castors", 6, "EA", "1280.00", "2026-12-17"),
        ("AM-TY-1900", "Body tray 1900x560 mm, 304 stainless", 12, "EA", "310.00", "2026-12-17")])
    b = mkpo("4500072118", s, "GBP", "2026-11-25", [
        ("AM-HL-24V", "Hydraulic lift trolley 24V, 250 kg, 3-tier", 1, "EA", "6450.00", "2026-12-18"),
        ("AM-CV-PVC", "Trolley cover PVC, 2000x650 mm, navy", 6, "EA", "48.00", "2026-12-18"),
        ("AM-BT-24V", "Spare battery 24V 7Ah", 2, "EA", "96.00", "2026-12-18")])
    c = mkpo("4500072131", s, "GBP", "2026-11-26", [
        ("AM-RK-3T", "Body storage rack 3-tier, 2000 mm", 2, "EA", "2140.00", "2027-01-22")])
    tab = req_table(a).split("\n")
    quoted = (qlines(req_intro(a)) + "\n>\n" + qlines("\n".join(tab[:2])) + "\n" + qlines(tab[2]) +
              "\n\nOK - 6 pcs at 1,280.00, delivery 17/12 as requested.\n\n" + qlines(tab[3]) +
              "\n\nCan do all 12, but the price is now GBP 325.00 each (steel surcharge). Delivery 17/12.\n\n" +
              qlines(REQ_OUTRO + "\n\nBest regards\n" + buyer_sig(a)))
    body = ("Hi Dana,\n\nAnswers inline below for 4500072110. While I'm at it, 4500072118 is fine as well: all three "
            "lines as ordered, except that the lift trolley ships on 08/01/2027, not 18/12 - covers and batteries "
            "ship on 18/12 as you asked.\n4500072131 is with our engineers, we'll come back on that one separately.\n\n"
            "Regards\nOwen\n\nOwen Pritchard | Albion Mortuary Systems Ltd\nUnit 3, Brunel Park, Newport NP19 4QP\n"
            "T +44 1633 555 810\n\nOn 24/11/2026 10:14, Dana Ruiz wrote:\n" + quoted)
    eml = reply_mail(a, frm=("Owen Pritchard", "owen.pritchard@albionmortuary.example"), date="2026-11-27 12:45:00 +0000",
                     body=body, client="thunderbird", charset="utf-8", cte="7bit", html=False, quote=False)
    return [a, b, c], eml, expected(
        "confirmation",
        "PO 4500072110 answered inline (line 2 price 325.00), 4500072118 answered in prose (line 1 ships 2027-01-08), 4500072131 only mentioned -> left out.",
        conf(a, [acc(a, 1), chg(a, 2, p="325.00")]),
        conf(b, [chg(b, 1, d="2027-01-08"), acc(b, 2), acc(b, 3)]))


@case("tennis-nets-surcharge-3pct", "confirmation/cs-CZ",
      "Czech confirmation of everything with a '+3 % příplatek' on line 1 only, to be applied to the PO unit price in CZK.")
def c068():
    s = sup("TENHANA", "Tenisové sítě Haná s.r.o.", "prodej@tenisovesite.example", "cs-CZ")
    po = mkpo("4500072145", s, "CZK", "2026-11-26", [
        ("TH-TS-3.5", "Tennis net 3.5 mm PE, 12.8 m, double top", 40, "EA", "2890.00", "2026-12-18"),
        ("TH-SL-76", "Tennis posts 76 mm, with winder", 10, "PAIR", "7450.00", "2026-12-18"),
        ("TH-PA-50", "Centre strap 50 mm, with anchor", 40, "EA", "265.00", "2026-12-18")], buyer="priya")
    body = ("Dobrý den, paní Raman,\n\nobjednávku 4500072145 potvrzujeme v plném rozsahu, dodání 18.12.2026.\n"
            "U položky 1 (sítě 3,5 mm) bohužel musíme uplatnit příplatek +3 % kvůli zdražení PE vlákna; ostatní ceny "
            "beze změny.\n\nS pozdravem\nPetra Dvořáková\nprodej\nTenisové sítě Haná s.r.o.\n"
            "Kojetínská 71, 750 02 Přerov\ntel. +420 581 555 217")
    eml = reply_mail(po, frm=("Petra Dvořáková", "dvorakova@tenisovesite.example"), date="2026-11-30 08:55:00 +0100",
                     body=body, client="gmail", charset="iso-8859-2", lang="cs")
    return [po], eml, expected("confirmation", "+3 % on 2890.00 = 2976.70 CZK for line 1; other lines accepted; date = requested.",
                               conf(po, [chg(po, 1, p="2976.70"), acc(po, 2), acc(po, 3)]))


@case("cork-price-depends-on-qty", "needs_review/pt-BR",
      "Brazilian reply: price holds only if we raise the quantity to a full pallet, otherwise a higher price - 'Como preferem?'.")
def c069():
    s = sup("CORTICASUL", "Revestimentos Cortiça Sul Ltda.", "comercial@corticasul.example", "pt-BR")
    po = mkpo("PO-26-12010", s, "BRL", "2026-11-26", [
        ("CS-PC-900x300-10", "Cork floor plank 900x300x10 mm, click", 320, "M2", "98.00", "2027-01-22"),
        ("CS-MT-2", "Cork underlay 2 mm, roll of 10 m2", 32, "ROL", "145.00", "2027-01-22")])
    body = ("Bom dia Dana,\n\nRecebemos o pedido PO-26-12010, obrigado. Sobre o preço do piso: o valor de R$ 98,00/m² "
            "só vale para palete completo. Se aumentarem para 400 m² mantemos R$ 98,00/m²; para os 320 m² do pedido "
            "fica R$ 104,50/m². Como preferem? Assim que nos informarem fechamos a confirmação com a data de entrega.\n\n"
            "Att.,\nRafael Souza\nComercial\nRevestimentos Cortiça Sul Ltda.\nAv. das Indústrias 1450, Canoas - RS\n"
            "Tel. +55 51 5555-7730")
    eml = reply_mail(po, frm=("Rafael Souza", "rafael.souza@corticasul.example"), date="2026-12-03 10:30:00 -0300",
                     body=body, charset="windows-1252", prefix="RES:", lang="pt")
    return [po], eml, expected("needs_review", "Two price options depending on a quantity decision; no confirmation until the buyer chooses.")


@case("saddles-hindi-english", "confirmation/hi-IN",
      "Hindi/English mix with rupee amounts, Indian lakh grouping in the total and dd-mm-yyyy dates; line 3 new price and date.")
def c070():
    s = sup("LUDHSADDLE", "Ludhiana Saddle Works Pvt. Ltd.", "sales@ludhianasaddle.example", "hi-IN")
    po = mkpo("4500072160", s, "INR", "2026-11-27", [
        ("LS-SD-CT-260", "City bicycle saddle 260x180 mm, spring, black", 1500, "EA", "310.00", "2026-12-18"),
        ("LS-SD-KD-200", "Kids saddle 200x140 mm, 22.2 mm clamp", 1000, "EA", "185.00", "2026-12-18"),
        ("LS-SD-MTB-145", "MTB saddle 145 mm, 7 mm rails, 2027 model", 500, "EA", "520.00", "2026-12-18")], buyer="jonas")
    body = ("नमस्ते Jonas जी,\n\nआपके PO 4500072160 के लिए धन्यवाद। हमारी पुष्टि इस प्रकार है:\n\n"
            "1. City saddle 260x180 mm - 1,500 pcs, ₹310.00 प्रति पीस, डिलीवरी 18-12-2026\n"
            "2. Kids saddle 200x140 mm - 1,000 pcs, ₹185.00 प्रति पीस, डिलीवरी 18-12-2026\n"
            "3. MTB saddle 145 mm - 500 pcs, ₹540.00 प्रति पीस (नया रेल मटेरियल), डिलीवरी 08-01-2027\n\n"
            "कुल ऑर्डर मूल्य: ₹9,20,000.00 (GST अतिरिक्त)\n\nधन्यवाद,\nगुरप्रीत सिंह\nSales Manager\n"
            "Ludhiana Saddle Works Pvt. Ltd.\nFocal Point, Phase VIII, Ludhiana 141010, Punjab\nMob: +91 98155 55214")
    eml = reply_mail(po, frm=("Gurpreet Singh", "gurpreet@ludhianasaddle.example"), date="2026-11-30 11:40:00 +0530",
                     body=body, client="gmail", charset="utf-8", cte="base64")
    return [po], eml, expected("confirmation", "Line 3 price 540.00 and date 2027-01-08; '1,500' is 1500; total in lakh format is not a unit price.",
                               conf(po, [acc(po, 1), acc(po, 2), chg(po, 3, p="540.00", d="2027-01-08")]))
