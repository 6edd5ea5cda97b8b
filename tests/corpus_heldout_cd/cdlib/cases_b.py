"""Cases 019-036."""
from . import mime
from .common import (case, sup, mkpo, acc, chg, conf, expected, REJ, UNC, reply_mail, request_message,
                     req_subject, text_to_html, html_doc)

AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]


@case("chimney-brushes-kaina", "confirmation/lt-LT",
      "Lithuanian per-line answer: 'kaina 8,90 EUR' equals the PO price, one line discontinued, ISO-style dates.")
def c019():
    s = sup("KAMINU", "Kaminų Šepečiai UAB", "uzsakymai@kaminusepeciai.example", "lt-LT")
    po = mkpo("4500071640", s, "EUR", "2026-11-13", [
        ("KS-WB-300", "Chimney brush steel wire, 300 mm dia., M12 thread", 120, "EA", "8.90", "2026-12-10"),
        ("KS-PP-200", "Chimney brush polypropylene 200 mm, M12", 80, "EA", "6.70", "2026-12-10"),
        ("KS-RD-1.5", "Flexible sweep rod 1.5 m, M12 brass fittings", 200, "EA", "4.35", "2026-12-10")], buyer="priya")
    body = ("Laba diena,\n\npatvirtiname užsakymą 4500071640:\n\n"
            "1 eil. - plieninis šepetys 300 mm: 120 vnt., kaina 8,90 EUR, pristatymas 2026-12-10.\n"
            "2 eil. - polipropileno šepetys 200 mm: šio modelio gamybą nutraukėme, negalime pristatyti.\n"
            "3 eil. - lankstūs strypai 1,5 m: 200 vnt., kaina 4,35 EUR, pristatymas 2026-12-10.\n\n"
            "Pagarbiai\nRasa Petrauskienė\nPardavimų vadybininkė\nKaminų Šepečiai UAB\n"
            "Pramonės g. 9, LT-78137 Šiauliai\ntel. +370 41 555 327")
    eml = reply_mail(po, frm=("Rasa Petrauskienė", "rasa.petrauskiene@kaminusepeciai.example"),
                     date="2026-11-20 09:45:00 +0200", body=body, client="webmail", charset="windows-1257",
                     cte="base64")
    return [po], eml, expected("confirmation", "Line 1 restated at the PO price (accepted), line 2 discontinued (rejected), line 3 accepted.",
                               conf(po, [acc(po, 1), REJ, acc(po, 3)]))


@case("propeller-shafts-tjedan-51", "confirmation/hr-HR",
      "Croatian 'Isporuka u 51. tjednu' (Friday 2026-12-18) for all three lines after a blanket confirmation of quantities and prices.")
def c020():
    s = sup("BRODOS", "Brodska Osovina d.o.o.", "prodaja@brodskaosovina.example", "hr-HR")
    po = mkpo("PO-26-11829", s, "EUR", "2026-11-13", [
        ("BO-PS-30-1800", "Propeller shaft 30 mm x 1800 mm, duplex 2205", 6, "EA", "612.00", "2026-12-15"),
        ("BO-PS-35-2400", "Propeller shaft 35 mm x 2400 mm, taper 1:12, duplex", 4, "EA", "845.00", "2026-12-15"),
        ("BO-NT-M24", "Shaft nut M24 with cotter pin, A4", 10, "SET", "12.80", "2026-12-15")], buyer="tomas")
    body = ("Poštovani gospodine Berger,\n\nzahvaljujemo na narudžbi PO-26-11829. Potvrđujemo sve tri stavke "
            "prema količinama i cijenama iz narudžbe.\nIsporuka u 51. tjednu (osovine se nakon tokarenja još "
            "poliraju i balansiraju).\n\nS poštovanjem\nIvana Perić\nProdaja\nBrodska Osovina d.o.o.\n"
            "Obala Vladimira Nazora 5, 23000 Zadar\ntel. +385 23 555 148")
    eml = reply_mail(po, frm=("Ivana Perić", "ivana.peric@brodskaosovina.example"), date="2026-11-20 13:05:00 +0100",
                     body=body, charset="windows-1250")
    return [po], eml, expected("confirmation", "Week 51 without a day = 2026-12-18 for every line; quantities and prices unchanged.",
                               conf(po, [chg(po, n, d="2026-12-18") for n in (1, 2, 3)]))


@case("trawl-floats-ticket-system", "auto_reply/tr-TR",
      "Turkish/English helpdesk ticket receipt ('Talep #48213') that echoes our subject and promises an answer within 2 business days.")
def c021():
    s = sup("KARADENIZ", "Karadeniz Şamandıra A.Ş.", "satis@karadenizsamandira.example", "tr-TR")
    po = mkpo("4500071655", s, "EUR", "2026-11-16", [
        ("KD-TF-200", "Trawl float 200 mm, 4.8 kg buoyancy, 500 m", 600, "EA", "5.90", "2026-12-18"),
        ("KD-TF-160", "Trawl float 160 mm, 2.4 kg buoyancy", 400, "EA", "3.70", "2026-12-18")])
    body = ("Sayın Dana Ruiz,\n\nTalebiniz alınmıştır. Talep numaranız: #48213\n"
            "Ekibimiz en geç 2 iş günü içinde size dönüş yapacaktır.\n\n"
            "Lütfen bu talep ile ilgili yazışmalarda konu satırındaki numarayı koruyun.\n\n---\n"
            "Dear Dana Ruiz,\n\nYour request has been received (ticket #48213). Our team will respond within "
            "2 business days.\n\nBu e-posta otomatik olarak gönderilmiştir, lütfen yanıtlamayınız.\n"
            "Karadeniz Şamandıra A.Ş. Müşteri Hizmetleri")
    eml = reply_mail(po, frm=("Karadeniz Şamandıra Destek", "destek@karadenizsamandira.example"),
                     date="2026-11-16 12:14:40 +0300", body=body, client="webmail", charset="iso-8859-9",
                     quote=False, subject=f"[Talep #48213] Alındı / Received: {req_subject(po)}",
                     extra=AUTO + [("Precedence", "auto_reply"), ("X-Ticket-ID", "48213")])
    return [po], eml, expected("auto_reply", "Ticket-system receipt; no commitment.")


@case("yoghurt-lids-paradosi", "confirmation/el-GR",
      "Greek confirmation in ISO-8859-7/base64 with 'Παράδοση 18/12' (no year) for both lines priced per box.")
def c022():
    s = sup("KAPAKIA", "Καπάκια Ελλάδος Α.Ε.", "paraggelies@kapakia.example", "el-GR")
    po = mkpo("PO-26-11861", s, "EUR", "2026-11-16", [
        ("KE-AL-95-BOX", "Alu peel-off lid 95 mm for 500 g yoghurt cup, printed 4/0, box of 5,000", 40, "BOX", "118.00", "2026-12-14"),
        ("KE-AL-75-BOX", "Alu peel-off lid 75 mm for 150 g cup, printed 4/0, box of 8,000", 25, "BOX", "142.00", "2026-12-14")],
        buyer="priya")
    body = ("Καλημέρα σας κα Raman,\n\nΕπιβεβαιώνουμε την παραγγελία PO-26-11861:\n\n"
            "- Καπάκι 95 mm: 40 κιβώτια x 118,00 €\n- Καπάκι 75 mm: 25 κιβώτια x 142,00 €\n\n"
            "Παράδοση 18/12, καθώς η εκτύπωση 4/0 χρειάζεται νέα κλισέ.\n\nΜε εκτίμηση,\n"
            "Γιώργος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΚαπάκια Ελλάδος Α.Ε.\nΒΙ.ΠΕ. Σίνδου, 57022 Θεσσαλονίκη\n"
            "Τηλ. +30 2310 555 812")
    eml = reply_mail(po, frm=("Γιώργος Παπαδόπουλος", "g.papadopoulos@kapakia.example"),
                     date="2026-11-23 10:32:00 +0200", body=body, charset="iso-8859-7", cte="base64")
    return [po], eml, expected("confirmation", "'18/12' without year = 2026-12-18 for both lines; '4/0' is a print spec, not a date.",
                               conf(po, [chg(po, 1, d="2026-12-18"), chg(po, 2, d="2026-12-18")]))


@case("aligner-resin-aspaka", "confirmation/he-IL",
      "Hebrew right-to-left reply 'אספקה ב-18.12' plus a ship date from Ashdod 4.12; the delivery date wins.")
def c023():
    s = sup("RESINDENT", "Resin Dent Ltd", "orders@resindent.example", "he-IL")
    po = mkpo("4500071688", s, "USD", "2026-11-17", [
        ("RD-AL-1KG", "Clear aligner resin, 1 kg bottle, 405 nm", 60, "EA", "214.00", "2026-12-11"),
        ("RD-MD-500", "Model resin 500 g, beige, 405 nm", 40, "EA", "78.50", "2026-12-11")])
    body = ("שלום Dana,\n\nתודה על ההזמנה 4500071688.\nאנו מאשרים את שתי השורות בכמויות ובמחירים שבהזמנה.\n"
            "אספקה ב-18.12 (המשלוח יוצא מנמל אשדוד ב-4.12).\n\nבברכה,\nנועה לוי\n"
            "מחלקת הזמנות | Resin Dent Ltd\nרח' המלאכה 7, פתח תקווה\nטל' +972 3 555 6842")
    eml = reply_mail(po, frm=("נועה לוי", "noa.levi@resindent.example"), date="2026-11-25 15:20:00 +0200",
                     body=body, charset="windows-1255", cte="base64", dir_="rtl")
    return [po], eml, expected("confirmation", "Delivery 18.12 (= 2026-12-18) beats the ship date 4.12; both lines changed date only.",
                               conf(po, [chg(po, 1, d="2026-12-18"), chg(po, 2, d="2026-12-18")]))


@case("tennis-nets-sahkan-minggu-depan", "needs_review/ms-MY",
      "Malay/English mix: stock is being checked and quantities and date will be confirmed 'next week, latest by Friday 27/11'.")
def c024():
    s = sup("JARING", "Jaring Sukan Sdn. Bhd.", "sales@jaringsukan.example", "ms-MY")
    po = mkpo("PO-26-11877", s, "MYR", "2026-11-17", [
        ("JS-TN-128", "Tennis net 12.8 m, 3 mm PE, 2027 tournament model", 20, "EA", "289.00", "2027-01-08"),
        ("JS-WP-76", "Winding posts 76 mm, powder coated", 10, "PAIR", "610.00", "2027-01-08")], buyer="priya")
    body = ("Hi Priya,\n\nTerima kasih untuk PO-26-11877. Kami sedang semak stok dengan kilang di Klang - tiang "
            "(winding posts) 76 mm mungkin perlu dibuat semula.\nWe will confirm quantities and delivery date next "
            "week, latest by Friday 27/11.\n\nTerima kasih,\nNurul Aina binti Hassan\nSales Executive\n"
            "Jaring Sukan Sdn. Bhd.\nLot 12, Jalan Perusahaan 3, 41050 Klang, Selangor\nTel: +60 3 5555 2170")
    eml = reply_mail(po, frm=("Nurul Aina Hassan", "nurul.aina@jaringsukan.example"), date="2026-11-19 17:02:00 +0800",
                     body=body, client="gmail", charset="utf-8")
    return [po], eml, expected("needs_review", "Promise to confirm later; 27/11 is the answer deadline, not a delivery date.")


@case("ink-cartridges-danjia-yuan", "confirmation/zh-CN",
      "Simplified Chinese in GB2312/base64: '单价 12.50 元' on line 1 (PO 11.80), dates written 2026年12月18日.")
def c025():
    s = sup("CAIYIN", "珠海彩印耗材有限公司", "sales@caiyin-zh.example", "zh-CN")
    po = mkpo("4500071702", s, "CNY", "2026-11-17", [
        ("CY-T0711-BK", "Ink cartridge T0711 black, 7.4 ml", 1000, "EA", "11.80", "2026-12-18"),
        ("CY-T0712-C", "Ink cartridge T0712 cyan, 5.5 ml", 800, "EA", "9.60", "2026-12-18"),
        ("CY-CHIP-24", "Reset chip set for 24-series cartridges", 200, "SET", "15.00", "2026-12-18"),
        ("CY-T0714-Y", "Ink cartridge T0714 yellow, 5.5 ml", 800, "EA", "9.60", "2026-12-18")], buyer="jonas")
    body = ("Jonas 您好，\n\n感谢您的订单 4500071702，现确认如下：\n\n"
            "1. T0711 黑色墨盒：数量 1000 个，单价 12.50 元（原材料涨价），交期 2026年12月18日\n"
            "2. T0712 青色墨盒：数量 800 个，单价 9.60 元，交期 2026年12月18日\n"
            "3. 复位芯片套装：数量 200 套，单价 15.00 元，交期 2026年12月18日\n"
            "4. T0714 黄色墨盒：库存待查，下周确认。\n\n"
            "如有问题请随时联系。\n\n祝好！\n\n李娜 Li Na\n外贸部\n珠海彩印耗材有限公司\n"
            "广东省珠海市香洲区前山工业区 88 号\n电话：+86 756 555 3318")
    eml = reply_mail(po, frm=("李娜", "lina@caiyin-zh.example"), date="2026-11-24 10:20:00 +0800", body=body,
                     charset="gb2312", cte="base64", prefix="回复:", lang="zh")
    return [po], eml, expected("confirmation", "Line 1 unit price 12.50 CNY instead of 11.80; lines 2-3 as ordered; line 4 'to be confirmed next week' = unconfirmed.",
                               conf(po, [chg(po, 1, p="12.50"), acc(po, 2), acc(po, 3), UNC]))


@case("lawnmower-blades-tanka-yen", "confirmation/ja-JP",
      "Japanese keigo in Shift_JIS/base64 with '単価 1,250円' (PO 1180 JPY) and the old price mentioned in a note.")
def c026():
    s = sup("MIDORI", "株式会社ミドリ刃物", "eigyo@midorihamono.example", "ja-JP")
    po = mkpo("PO-26-11890", s, "JPY", "2026-11-18", [
        ("MH-RB-075-9", "Robotic mower blade 0.75 mm, set of 9 with screws", 400, "SET", "1180", "2026-12-18"),
        ("MH-BD-220", "Blade disc 220 mm, 3 pivot blades, 2027 models", 60, "EA", "2350", "2026-12-18")])
    body = ("Dana Ruiz 様\n\nいつもお世話になっております。株式会社ミドリ刃物 営業部の佐藤でございます。\n\n"
            "ご注文（PO-26-11890）につきまして、下記のとおりご確認申し上げます。\n\n"
            "1. ロボット芝刈機用替刃 0.75mm（9枚セット）: 数量 400セット、単価 1,250円、納期 2026年12月18日\n"
            "2. ブレードディスク 220mm: 数量 60個、単価 2,350円、納期 2026年12月18日\n\n"
            "※替刃の単価は鋼材価格の上昇により 1,180円 から変更させていただきました。\n\n"
            "何卒よろしくお願い申し上げます。\n\n佐藤 健一\n株式会社ミドリ刃物 営業部\n"
            "〒959-1276 新潟県燕市大曲 3-12\nTEL 0256-55-7713")
    eml = reply_mail(po, frm=("佐藤 健一", "k.sato@midorihamono.example"), date="2026-11-25 09:15:00 +0900",
                     body=body, charset="shift_jis", cte="base64", lang="ja")
    return [po], eml, expected("confirmation", "Line 1 price 1,250 JPY per set (comma is a thousands separator) instead of 1180; line 2 as ordered.",
                               conf(po, [chg(po, 1, p="1250"), acc(po, 2)]))


@case("canopies-newsletter", "unrelated/sl-SI",
      "Slovenian HTML-only marketing newsletter from a supplier with an open PO, full of 2027 models, percentages and dates.")
def c027():
    s = sup("KUPOLA", "Kupola Aero d.o.o.", "prodaja@kupola-aero.example", "sl-SI")
    po = mkpo("4500071715", s, "EUR", "2026-11-18", [
        ("KA-CP-18M", "Sailplane canopy 18 m class, 3.2 mm PMMA", 1, "EA", "5200.00", "2027-02-12"),
        ("KA-HG-2", "Canopy hinge set, 2 pcs, stainless", 2, "SET", "186.00", "2027-02-12")], buyer="tomas")
    inner = ('<table width="640" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial">'
             '<tr><td style="background:#0b3d91;color:#ffffff;padding:20px"><h1>Novice Kupola Aero &ndash; november 2026</h1></td></tr>'
             '<tr><td style="padding:16px"><h2>Nova kupola za modele 2027</h2>'
             '<p>Predstavljamo kupolo iz 3,2 mm PMMA z UV zaščito za jadralna letala razreda 18 m in 2027 modele. '
             'Prvih 20 naročil do 15.12.2026 prejme 10 % popusta.</p>'
             '<h2>Sejem AERO Friedrichshafen 2027</h2><p>Obiščite nas od 21. do 24. aprila 2027, hala A5, stojnica 214.</p>'
             '<p>Božični delovni čas: 24.12.2026 do 12:00, od 28.12. do 31.12.2026 zaprto.</p>'
             '<p style="font-size:9pt;color:#888">Kupola Aero d.o.o., Letališka cesta 33, 1000 Ljubljana | '
             '<a href="https://kupola-aero.example/odjava">Odjava od novic</a></p></td></tr></table>')
    eml = reply_mail(po, frm=("Kupola Aero", "novice@kupola-aero.example"), date="2026-11-26 08:00:00 +0100",
                     body="", client="html", charset="utf-8", quote=False, thread=False, html_inner=inner,
                     subject="Novice Kupola Aero: nova kupola 2027 in 10 % popusta do 15.12.",
                     to=mime.addr("Tomas Berger", "tomas.berger@meridian-procure.example"),
                     extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://kupola-aero.example/odjava>"),
                            ("List-Id", "Kupola Aero novice <novice.kupola-aero.example>")])
    return [po], eml, expected("unrelated", "Newsletter; its prices, percentages and dates have nothing to do with the PO.")


@case("trawl-floats-suryang-gae", "confirmation/ko-KR",
      "Korean EUC-KR/base64 reply: '수량 500개' on line 1 (ordered 600) because of a stock shortage, line 2 unchanged, line 3 silently skipped.")
def c028():
    s = sup("DONGHAE", "동해부표 주식회사", "sales@donghaebuoy.example", "ko-KR")
    po = mkpo("PO-26-11902", s, "USD", "2026-11-18", [
        ("DB-TF-200", "Trawl float 200 mm, 600 m depth rating", 600, "EA", "7.10", "2026-12-18"),
        ("DB-TF-250", "Trawl float 250 mm, 8.5 kg buoyancy", 300, "EA", "10.90", "2026-12-18"),
        ("DB-NB-25", "Float net bag for 25 floats, PE 4 mm mesh", 40, "EA", "6.20", "2026-12-18")], buyer="priya")
    body = ("Priya Raman 님께,\n\n안녕하십니까, 동해부표 영업팀 김민준입니다.\n주문서 PO-26-11902 확인 드립니다.\n\n"
            "1. 트롤 부표 200mm: 수량 500개 (재고 부족으로 100개 감량), 단가 USD 7.10, 납기 2026년 12월 18일\n"
            "2. 트롤 부표 250mm: 수량 300개, 단가 USD 10.90, 납기 2026년 12월 18일\n\n감사합니다.\n\n"
            "김민준 과장\n동해부표 주식회사 영업팀\n강원도 속초시 중앙로 55\nTel. +82 33 555 2917")
    eml = reply_mail(po, frm=("김민준", "mj.kim@donghaebuoy.example"), date="2026-11-26 11:10:00 +0900", body=body,
                     charset="euc-kr", cte="base64", lang="ko")
    return [po], eml, expected("confirmation", "Line 1 quantity 500 of 600 (the '100개' reduction must not be read as the quantity); line 2 accepted; line 3 (net bags) not addressed.",
                               conf(po, [chg(po, 1, q=500), acc(po, 2), UNC]))


@case("rice-paper-rakha-baht", "confirmation/th-TH",
      "Thai TIS-620/base64 reply with 'ราคา 125 บาท' per pack on line 1 (PO 118 THB) and dd/mm/yyyy dates.")
def c029():
    s = sup("SIAMRP", "Siam Rice Paper Co., Ltd.", "sales@siamricepaper.example", "th-TH")
    po = mkpo("4500071730", s, "THB", "2026-11-19", [
        ("SR-RP-22-500", "Rice paper round 22 cm, 500 g pack", 400, "EA", "118.00", "2026-12-18"),
        ("SR-RP-16-SQ", "Rice paper square 16x16 cm, 400 g pack", 300, "EA", "96.00", "2026-12-18")], buyer="jonas")
    body = ("เรียน คุณ Jonas\n\nขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500071730 บริษัทฯ ขอยืนยันดังนี้\n\n"
            "1. แผ่นแป้งกลม 22 ซม. (ถุง 500 กรัม): จำนวน 400 ถุง ราคา 125 บาท ต่อถุง ส่งมอบ 18/12/2026\n"
            "2. แผ่นแป้งสี่เหลี่ยม 16x16 ซม. (ถุง 400 กรัม): จำนวน 300 ถุง ราคา 96 บาท ต่อถุง ส่งมอบ 18/12/2026\n\n"
            "หมายเหตุ: ราคาข้าวปรับขึ้น จึงต้องปรับราคาแผ่นแป้งกลม\n\nขอแสดงความนับถือ\nสมชาย ใจดี\n"
            "ฝ่ายขาย บริษัท แผ่นแป้งสยาม จำกัด\nโทร +66 2 555 4187")
    eml = reply_mail(po, frm=("สมชาย ใจดี", "somchai@siamricepaper.example"), date="2026-11-26 14:00:00 +0700",
                     body=body, charset="tis-620", cte="base64", lang="th")
    return [po], eml, expected("confirmation", "Line 1 price 125 THB per pack (PO 118); line 2 unchanged; 18/12/2026 = requested date.",
                               conf(po, [chg(po, 1, p="125.00"), acc(po, 2)]))


@case("cork-qmail-plain-bounce", "bounce/nl-NL",
      "Plain-text qmail 'failure notice' (mailbox over quota) with our whole request pasted below the separator line.")
def c030():
    s = sup("KURKHOLLAND", "Kurkvloer Holland B.V.", "verkoop@kurkvloerholland.example", "nl-NL")
    po = mkpo("PO-26-11915", s, "EUR", "2026-11-19", [
        ("KH-PL-905-10", "Cork floor plank 905x295x10.5 mm, click, 1.61 m2 per box", 80, "BOX", "52.90", "2026-12-17"),
        ("KH-SK-2400", "Skirting 2400 mm, cork veneer", 60, "EA", "9.40", "2026-12-17")], buyer="tomas")
    txt = ("Hi. This is the qmail-send program at mail.kurkvloerholland.example.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           "<verkoop@kurkvloerholland.example>:\n"
           "The users mailfolder is over the allowed quota (size). (#5.2.2)\n\n"
           "--- Below this line is a copy of the message.\n\n"
           "Return-Path: <tomas.berger@meridian-procure.example>\n"
           "Received: (qmail 28817 invoked from network); 19 Nov 2026 09:14:07 -0000\n"
           "Received: from mx1.meridian-procure.example (198.51.100.7)\n  by mail.kurkvloerholland.example with SMTP; 19 Nov 2026 09:14:07 -0000\n")
    txt = txt.encode() + request_message(po, simple=True)
    root = mime.Part([], txt)
    hs = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mail.kurkvloerholland.example"),
          ("To", "tomas.berger@meridian-procure.example"), ("Subject", "failure notice"),
          ("Date", mime.rfc_date("2026-11-19 10:14:09 +0100")),
          ("Message-ID", "<20261119091409.28819.qmail@mail.kurkvloerholland.example>")]
    eml = mime.message(hs, root, mime_version=False)
    return [po], eml, expected("bounce", "Non-MIME qmail bounce; the copied request contains the PO table with dates and prices.")


@case("tennis-nets-delivery-18-12-au", "confirmation/en-AU",
      "Casual Australian reply 'delivery 18/12' (day/month, no year) with qty and pricing 'as per your order'.")
def c031():
    s = sup("SCCOURT", "Southern Cross Court Supplies Pty Ltd", "orders@sccourt.example", "en-AU")
    po = mkpo("4500071744", s, "AUD", "2026-11-19", [
        ("SC-TN-3.5-DM", "Tennis net 3.5 mm double-mesh top, 12.8 m", 24, "EA", "168.00", "2026-12-11"),
        ("SC-CS-50", "Centre strap 50 mm with anchor, white", 24, "EA", "12.60", "2026-12-11"),
        ("SC-WB-1.8x20", "Court windbreak 1.8x20 m, 150 gsm, green", 12, "EA", "96.00", "2026-12-11")])
    body = ("Hi Dana,\n\nAll good with PO 4500071744 - qty and pricing as per your order. Only thing is timing: "
            "delivery 18/12, the container from Melbourne got pushed back a week.\n\nCheers,\nBrett\n\n"
            "Brett Lawson | Southern Cross Court Supplies\n12 Industrial Ave, Dandenong South VIC 3175\n"
            "Ph 03 9555 4120 | M 0412 555 908\n\nSent from my iPhone")
    eml = reply_mail(po, frm=("Brett Lawson", "brett@sccourt.example"), date="2026-11-20 08:12:00 +1100", body=body,
                     client="iphone", charset="us-ascii", cte="7bit",
                     attr="On 19 Nov 2026, at 20:14, Dana Ruiz <dana.ruiz@meridian-procure.example> wrote:")
    return [po], eml, expected("confirmation", "18/12 is day/month in en-AU = 2026-12-18 for all lines; qty and price as ordered.",
                               conf(po, [chg(po, n, d="2026-12-18") for n in (1, 2, 3)]))


@case("saddles-rand-per-unit", "confirmation/en-ZA",
      "South African English with 'R 450,00 per unit' (comma decimal) on line 1 and 'R 1 180,00' with a space thousands separator on line 2.")
def c032():
    s = sup("KAROO", "Karoo Cycle Components (Pty) Ltd", "sales@karoocycle.example", "en-ZA")
    po = mkpo("PO-26-11938", s, "ZAR", "2026-11-20", [
        ("KC-SD-MTB-140", "MTB saddle 140 mm, 7x7 mm CrMo rails, 2027 model", 50, "EA", "435.00", "2026-12-14"),
        ("KC-SD-RD-128", "Road saddle 128 mm, carbon rails 7x9 mm", 20, "EA", "1180.00", "2026-12-14")], buyer="jonas")
    body = ("Good day Jonas\n\nThank you for PO-26-11938. Please see our confirmation below:\n\n"
            "Line 1 - MTB saddle 140 mm: 50 units, R 450,00 per unit (our 2027 price list applies from 1 December), "
            "delivery 14/12/2026\nLine 2 - Road saddle 128 mm: 20 units, R 1 180,00 per unit, delivery 14/12/2026\n\n"
            "Kind regards\nThandiwe Mokoena\nSales Administrator\nKaroo Cycle Components (Pty) Ltd\n"
            "24 Voortrekker Road, Bellville, Cape Town 7530\nTel: +27 21 555 8012\n\n"
            "This e-mail is subject to the disclaimer at www.karoocycle.example/disclaimer")
    eml = reply_mail(po, frm=("Thandiwe Mokoena", "thandiwe@karoocycle.example"), date="2026-11-23 09:31:00 +0200",
                     body=body, charset="us-ascii", cte="7bit")
    return [po], eml, expected("confirmation", "Line 1 price R 450,00 = 450.00 ZAR (PO 435.00); line 2 'R 1 180,00' equals the PO.",
                               conf(po, [chg(po, 1, p="450.00"), acc(po, 2)]))


@case("incubator-revised-date-missing", "needs_review/en-IN",
      "Indian English 'kindly note the revised delivery schedule as mentioned below' but the only dates below are in our own quoted request.")
def c033():
    s = sup("DECCANLAB", "Deccan Lab Equipments Pvt. Ltd.", "sales@deccanlab.example", "en-IN")
    po = mkpo("4500071760", s, "INR", "2026-11-20", [
        ("DL-SH-540x460", "Incubator shelf 540x460 mm, SS 304, perforated 6 mm holes", 30, "EA", "2450.00", "2026-12-18"),
        ("DL-SB-2", "Shelf bracket, SS 304", 30, "PAIR", "380.00", "2026-12-18")], buyer="priya")
    body = ("Dear Madam,\n\nGreetings from Deccan Lab Equipments!\n\nWith reference to your PO no. 4500071760 we are "
            "pleased to accept the order. Kindly note the revised delivery schedule as mentioned below.\n\n"
            "Request you to kindly acknowledge the same.\n\nThanks & Regards,\nSrinivas Rao K.\nManager - Sales\n"
            "Deccan Lab Equipments Pvt. Ltd.\nPlot No. 42, IDA Cherlapally, Hyderabad - 500051, Telangana\n"
            "Ph: +91 40 2555 7814 | Mob: +91 98490 55512")
    eml = reply_mail(po, frm=("Srinivas Rao K", "srinivas.rao@deccanlab.example"), date="2026-11-23 12:10:00 +0530",
                     body=body, charset="us-ascii", cte="7bit")
    return [po], eml, expected("needs_review", "A 'revised schedule below' is announced but missing; the dates below are our own quoted request.")


@case("yoghurt-lids-moq", "confirmation/hu-HU",
      "Hungarian reply confirms 10 000 pcs instead of 8 000 because of a minimum order quantity; prices with 4 decimals and a comma.")
def c034():
    s = sup("ALUFEDEL", "Alufólia Fedél Kft.", "rendeles@alufedel.example", "hu-HU")
    po = mkpo("PO-26-11950", s, "EUR", "2026-11-20", [
        ("AF-LD-83", "Die-cut lid 83 mm, alu 38 micron, print 2/0", 8000, "PCS", "0.0420", "2026-12-16"),
        ("AF-LD-95", "Die-cut lid 95 mm, alu 38 micron, print 4/0", 20000, "PCS", "0.0510", "2026-12-16")], buyer="tomas")
    body = ("Tisztelt Berger Úr!\n\nKöszönjük a PO-26-11950 számú megrendelést. Visszaigazolásunk:\n\n"
            "1. tétel - 83 mm-es fedél: a minimális rendelési mennyiség 10 000 db, ezért 10 000 db-ot igazolunk "
            "vissza, egységár 0,0420 EUR/db, szállítás 2026. december 16.\n"
            "2. tétel - 95 mm-es fedél: 20 000 db, 0,0510 EUR/db, szállítás 2026. december 16.\n\n"
            "Üdvözlettel:\nKovács Eszter\nértékesítési asszisztens\nAlufólia Fedél Kft.\n2030 Érd, Ipari park utca 5.\n"
            "Tel.: +36 23 555 610")
    eml = reply_mail(po, frm=("Kovács Eszter", "kovacs.eszter@alufedel.example"), date="2026-11-24 08:40:00 +0100",
                     body=body, charset="iso-8859-2", prefix="V:", lang="hu")
    return [po], eml, expected("confirmation", "MOQ raises line 1 to 10000 (more than ordered); Hungarian year-first dates equal the requested date.",
                               conf(po, [chg(po, 1, q=10000), acc(po, 2)]))


@case("bellows-erp-paste-own-codes", "confirmation/nl-NL",
      "Dutch reply pasting the supplier's ERP lines (rows 10/20/30, their article numbers next to ours); row 20 a week later.")
def c035():
    s = sup("BALGTWENTE", "Balgen Techniek Twente B.V.", "orders@balgentwente.example", "nl-NL")
    po = mkpo("4500071788", s, "EUR", "2026-11-23", [
        ("MPG-88-1150", "Round bellows ID 150 mm, 24 folds, neoprene", 30, "EA", "47.80", "2026-12-16"),
        ("MPG-88-1420", "Flat bellows 420x320 mm, 16 folds, PU-coated", 20, "EA", "92.00", "2026-12-16"),
        ("MPG-88-0312", "Accordion cover, 3/8 in. steel lamellas, 1200 mm stroke", 10, "EA", "148.50", "2026-12-16")])
    paste = ("Orderbevestiging 26-OB-04417        Uw ref.: 4500071788        Datum: 25-11-2026\n"
             "Rg  Ons art.nr.   Uw art.nr.    Omschrijving                      Aantal  Eh    Prijs  Leverdatum\n"
             "10  BTT-R150N24   MPG-88-1150   Rondbalg ID150 24 pl. neopreen        30  ST    47,80  16-12-2026\n"
             "20  BTT-V4232PU   MPG-88-1420   Vlakbalg 420x320 16 pl. PU            20  ST    92,00  23-12-2026\n"
             "30  BTT-HA1200    MPG-88-0312   Harmonica-afdekking 3/8\" 1200 mm      10  ST   148,50  16-12-2026")
    body = ("Beste Dana,\n\nHierbij de bevestiging van uw order, rechtstreeks uit ons systeem:\n\n" + paste +
            "\n\nRegel 20 kan pas een week later, de PU-coating komt later binnen dan gepland.\n\n"
            "Met vriendelijke groet,\nRoel van der Veen\nBinnendienst\nBalgen Techniek Twente B.V.\n"
            "Industrieweg 31, 7556 BW Hengelo\nT +31 74 555 2290\n\n"
            "Op al onze leveringen zijn de Metaalunievoorwaarden van toepassing.")
    eml = reply_mail(po, frm=("Roel van der Veen", "r.vanderveen@balgentwente.example"), date="2026-11-25 10:05:00 +0100",
                     body=body, charset="windows-1252", lang="nl")
    return [po], eml, expected("confirmation", "ERP rows 10/20/30 map to our lines 1/2/3 via 'Uw art.nr.'; row 20 delivers 23-12-2026.",
                               conf(po, [acc(po, 1), chg(po, 2, d="2026-12-23"), acc(po, 3)]))


@case("ink-shared-inbox-receipt", "auto_reply/de-DE",
      "German shared-inbox receipt ('Ihre Nachricht ist eingegangen') with holiday closing dates, threaded on our request.")
def c036():
    s = sup("TINTENWERK", "Tintenwerk Franken GmbH", "bestellung@tintenwerk-franken.example", "de-DE")
    po = mkpo("PO-26-11966", s, "EUR", "2026-11-23", [
        ("TF-302XL-BK", "Ink cartridge 302XL black, 8 ml", 250, "EA", "5.80", "2026-12-11"),
        ("TF-302XL-CL", "Ink cartridge 302XL tri-colour, 8 ml", 250, "EA", "6.90", "2026-12-11")], buyer="priya")
    body = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht an bestellung@tintenwerk-franken.example.\n\n"
            "Ihre E-Mail ist bei uns eingegangen und wird schnellstmöglich bearbeitet. Bestellungen, die bis "
            "12:00 Uhr eingehen, werden in der Regel am selben Werktag bestätigt.\n\n"
            "Bitte beachten Sie: Vom 24.12.2026 bis 01.01.2027 ist unser Innendienst nicht besetzt.\n\n"
            "Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.\n\n"
            "Tintenwerk Franken GmbH | Kesslerstraße 8 | 90489 Nürnberg | Tel. +49 911 555 6030")
    eml = reply_mail(po, frm=("Tintenwerk Franken Bestellannahme", "bestellung@tintenwerk-franken.example"),
                     date="2026-11-23 10:14:30 +0100", body=body, charset="iso-8859-1", quote=False,
                     subject=f"Eingangsbestätigung: {req_subject(po)}", extra=AUTO)
    return [po], eml, expected("auto_reply", "Automatic receipt of a shared mailbox; the closing dates are not delivery dates.")
