from .common import *  # noqa: F401,F403
from .common import BUYERS

ME, TOM, INES = BUYERS["mara"], BUYERS["tom"], BUYERS["ines"]


def to(b):
    return addr(b[0], b[1])


def inline(p, answers, prefix="> "):
    out = []
    for l in req_text(p).split("\n"):
        out.append((prefix + l).rstrip())
        head = l.split("  ")[0].strip()
        if head.isdigit() and int(head) in answers:
            out.append("")
            out.append(answers[int(head)])
            out.append("")
    return "\n".join(out)


# 037 ------------------------------------------------------------------ sl-SI
S = sup("VARNOSTPL", "Varnost Plus d.o.o.", "prodaja@varnostplus.example", "sl-SI")
P = po("4500031438", S, [
    L(1, "LT-HASP-6", "Lockout hasp steel, 6 padlocks, 38 mm jaw", 30, "EA", "4.30", "2026-12-10"),
    L(2, "LT-TAG-DANGER-10", "Danger lockout tag, PVC, pack of 10", 50, "SET", "3.90", "2026-12-10"),
], issued="2026-11-13")
body = ("Pozdravljeni,\n\nzahvaljujemo se za naročilo 4500031438, ki smo ga prejeli in posredovali v obdelavo. "
        "Potrditev naročila s cenami in roki dobave vam pošljemo v najkrajšem možnem času.\n\n"
        "Lep pozdrav,\nMaja Novak\nKomerciala\nVarnost Plus d.o.o. | Tržaška cesta 116, 1000 Ljubljana\nT: +386 1 234 56 78 | ID za DDV: SI12345678\n\n"
        + outlook_quote(P, "en", sent="Friday, 13 November 2026 09:14"))
add("lockout-hasps-receipt-only", "", "Slovenian human acknowledgement: order received and forwarded for processing, confirmation with prices and dates to follow.",
    [P], mail(addr("Maja Novak", "prodaja@varnostplus.example"), to(ME), "RE: " + req_subject(P),
              rfcdate(2026, 11, 13, 14, 3), "<VE1PR04MB6655B7C8D9E0F1A2@VE1PR04MB6655.eurprd04.prod.outlook.example>",
              T(body, cs="iso-8859-2"), irt=rid(P), refs=rid(P), hcs="iso-8859-2"),
    exp("needs_review", "A person confirms receipt only; the actual confirmation (prices, dates) is announced for later, so nothing is committed."))

# 038 ------------------------------------------------------------------ ko-KR
S = sup("DAEHANDOOR", "Daehan Doortech Co., Ltd.", "export@daehandoor.example", "ko-KR")
P = po("4500031446", S, [
    L(1, "DC-FLOOR-120", "Floor spring door closer, up to 120 kg, with cover plate", 12, "SET", "86.00", "2027-01-15"),
    L(2, "DC-ARM-HO", "Hold-open arm for overhead door closer", 50, "EA", "4.20", "2027-01-15"),
], cur="USD", issued="2026-11-11")
body = ("안녕하세요, Mara 님.\n대한도어텍 해외영업팀 김민수입니다.\n\n발주서 4500031446 확인하였습니다.\n\n"
        "1. 플로어 힌지 (DC-FLOOR-120) 12세트: 단가 USD 86.00, 납기 2027년 1월 15일 확인합니다.\n"
        "2. 홀드오픈 암 (DC-ARM-HO): 6개 단위 포장 제품이라 54개로 조정하여 출고하겠습니다. 단가 USD 4.20, 납기 동일합니다.\n\n"
        "감사합니다.\n\n김민수 과장 | 대한도어텍 주식회사\nTel +82-31-123-4567 | Fax +82-31-123-4568 | 사업자등록번호 123-45-67890\n")
add("door-closers-euckr-pack6", "", "Korean EUC-KR reply; line 2 rounded up to the 6-piece pack (50 -> 54) 'with the same delivery date'.",
    [P], mail(addr("김민수", "export@daehandoor.example", "euc-kr"), to(ME), "RE: " + req_subject(P),
              rfcdate(2026, 11, 12, 15, 30, "+0900"), "<20261112153012.KMS1123@daehandoor.example>",
              T(body + "\n" + outlook_quote(P, "en", sent="Wednesday, November 11, 2026 5:14 PM"), cs="euc-kr", cte="base64"),
              irt=rid(P), refs=rid(P), hcs="euc-kr"),
    exp("confirmation", "Line 1 as ordered (2027-01-15). Line 2 quantity 54 (pack of 6), price and date unchanged -> changed.",
        conf(P, {1: "A", 2: C(q=54)})))

# 039 ------------------------------------------------------------------ vi-VN
S = sup("MAIMONSG", "Saigon Abrasives Co., Ltd.", "sales@maimonsg.example", "vi-VN")
P = po("4500031452", S, [
    L(1, "SB-50X686-P60", "Sanding belt 50x686 mm, P60", 300, "PC", "0.85", "2026-12-21"),
    L(2, "SB-610X1900-P80", "Wide sanding belt 610x1900 mm, P80", 20, "PC", "14.30", "2026-12-21"),
    L(3, "SB-100X610-P120", "Sanding belt 100x610 mm, P120", 200, "PC", "0.95", "2026-12-21"),
], cur="USD", issued="2026-11-12", buyer="ines")
body = ("Kính gửi chị Ines,\n\nCông ty chúng tôi xin xác nhận đơn hàng 4500031452 như sau:\n\n"
        "- Mục 1: 300 cái, đơn giá 0,85 USD/cái, giao hàng ngày 21/12/2026.\n"
        "- Mục 2: rất tiếc, chúng tôi đã ngừng sản xuất khổ 610 mm nên không thể cung cấp mặt hàng này.\n"
        "- Mục 3: 200 cái, đơn giá 0,95 USD/cái, giao hàng ngày 21/12/2026.\n\n"
        "Trân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh Xuất khẩu\nCông ty TNHH Mài Mòn Sài Gòn | KCN Tân Bình, TP. Hồ Chí Minh\nĐT: +84 28 3812 3456 | MST: 0301234567\n\n")
q = f"Vào Th 5, 12 thg 11, 2026 vào lúc 15:14 Ines Varga <{INES[1]}> đã viết:\n" + gt(req_text(P))
add("sanding-belts-vietnamese-reject", "", "Vietnamese Gmail reply: lines 1 and 3 confirmed with decimal commas, line 2 (wide belt) no longer produced.",
    [P], mail(addr("Nguyễn Thị Lan", "sales@maimonsg.example"), to(INES), "Re: " + req_subject(P),
              rfcdate(2026, 11, 13, 10, 8, "+0700"), "<CAHx3Lm9q8R=uVw2sT_yK1zP0aB4cD6eF7gH@mail.maimonsg.example>",
              alt(body + q, txt2html(body) + "<div class=\"gmail_quote\"><blockquote class=\"gmail_quote\">" + req_html(P) + "</blockquote></div>", "039", "gmail"),
              irt=rid(P), refs=rid(P)),
    exp("confirmation", "Lines 1 and 3 as ordered (0,85 = 0.85; 21/12/2026). Line 2 cannot be supplied (production stopped) -> rejected.",
        conf(P, {1: "A", 2: "R", 3: "A"})))

# 040 ------------------------------------------------------------------ id-ID
S = sup("CERMINTEK", "PT Cermin Teknik Nusantara", "sales@cerminteknik.example", "id-ID")
P = po("4500031460", S, [
    L(1, "IM-OVAL-TEL90", "Inspection mirror oval 54x85 mm, telescopic to 900 mm", 40, "EA", "4.75", "2026-12-18"),
    L(2, "IM-ROUND-32P", "Inspection mirror round 32 mm, pen type", 60, "EA", "2.10", "2026-12-18"),
], cur="USD", issued="2026-11-13", buyer="tom")
body = ("Selamat siang Pak Tom,\n\nTerima kasih atas PO 4500031460. Semua item ready stock, qty dan harga sesuai PO.\n"
        "Barang akan kami kirim hari Jumat, 11 Desember via DHL Express, nomor resi kami info setelah pickup.\n\n"
        "Salam,\nDewi Lestari\nPT Cermin Teknik Nusantara\nJl. Industri Raya No. 8, Cikarang | +62 21 8990 1234 | WA 0812-3456-7890\n\n"
        + outlook_quote(P, "en", sent="Friday, November 13, 2026 3:14 PM"))
add("inspection-mirrors-ship-friday", "", "Indonesian reply giving only a ship date as weekday + day without year ('Jumat, 11 Desember'), a week before the need-by date.",
    [P], mail(addr("Dewi Lestari", "sales@cerminteknik.example"), to(TOM), "RE: " + req_subject(P),
              rfcdate(2026, 11, 16, 13, 5, "+0700"), "<SG2PR06MB3456C7D8E9F0A1B2@SG2PR06MB3456.apcprd06.prod.outlook.example>",
              alt(body, txt2html(body), "040"), irt=rid(P), refs=rid(P)),
    exp("confirmation", "Quantities and prices as ordered; only a ship date is given: Friday 11 December (no year -> 2026-12-11, indeed a Friday), which becomes the date -> both lines changed.",
        conf(P, {1: C(d="2026-12-11"), 2: C(d="2026-12-11")})))

# 041 ------------------------------------------------------------------ ms-MY
S = sup("TALIPENG", "Tali Pengikat Sdn. Bhd.", "akaun@talipengikat.example", "ms-MY")
P = po("4500031468", S, [
    L(1, "RS-25-800-5", "Ratchet strap 25 mm, LC 400 daN, 5 m", 400, "PC", "2.35", "2026-12-22"),
    L(2, "RS-50-2000-9", "Ratchet strap 50 mm, LC 2000 daN, 9 m", 150, "PC", "6.10", "2026-12-22"),
], cur="USD", issued="2026-11-13")
body = ("Tuan/Puan,\n\nBersama-sama ini dilampirkan invois INV-2026-11873 bagi pesanan anda PO 4500030952 yang telah dihantar pada 30/10/2026.\n"
        "Jumlah perlu dibayar: USD 3,480.00. Tempoh bayaran: 60 hari dari tarikh invois.\n\n"
        "Sila hubungi kami jika terdapat sebarang pertanyaan.\n\nTerima kasih.\n\nJabatan Akaun\nTali Pengikat Sdn. Bhd. (123456-X)\n"
        "Lot 12, Jalan Perindustrian 3, 81400 Senai, Johor | Tel: +607 599 1234\n")
pdf = make_pdf(["TALI PENGIKAT SDN. BHD. (123456-X)", "INVOIS / INVOICE  INV-2026-11873", "Tarikh: 17/11/2026",
                "Pelanggan: Kestrel MRO Supply B.V.", "PO Pelanggan: 4500030952   DO: DO-26-5521 (30/10/2026)", "",
                "1  RS-25-800-5   Ratchet strap 25 mm 5 m      600 pcs  x USD 2.30  = USD 1,380.00",
                "2  RS-50-2000-9  Ratchet strap 50 mm 9 m      350 pcs  x USD 6.00  = USD 2,100.00",
                "JUMLAH / TOTAL: USD 3,480.00", "Terma: 60 hari"])
add("ratchet-straps-invoice-other-po", "", "Malay accounts mail with an invoice PDF for an earlier PO (4500030952) of the same items; the open PO is not answered.",
    [P], mail(addr("Akaun Tali Pengikat", "akaun@talipengikat.example"), to(ME), "Invois INV-2026-11873 / PO 4500030952",
              rfcdate(2026, 11, 17, 11, 20, "+0800"), "<inv.2026.11873@talipengikat.example>",
              M("mixed", [T(body), ATT("INV-2026-11873.pdf", "application/pdf", pdf)], bnd("041", "java"))),
    exp("unrelated", "Invoice for a different, already delivered PO 4500030952 (same item codes, different quantities and prices); it says nothing about PO 4500031468."))

# 042 ------------------------------------------------------------------ en-PH
S = sup("MNLSAFETY", "Manila Safety Depot Inc.", "orders@manilasafety.example", "en-PH")
P = po("4500031474", S, [
    L(1, "NG-NIT-S-100", "Nitrile gloves, size S, box of 100", 30, "BOX", "7.60", "2026-12-16"),
    L(2, "NG-NIT-M-100", "Nitrile gloves, size M, box of 100", 50, "BOX", "7.60", "2026-12-16"),
    L(3, "NG-NIT-L-100", "Nitrile gloves, size L, box of 100", 50, "BOX", "7.60", "2026-12-16"),
], cur="USD", issued="2026-11-12")
body = ("Hi maam Mara, ok noted po. Confirmed all items, qty price and delivery date as per PO. Thank you po!\n\nSent from my iPhone\n\n"
        f"> On Nov 12, 2026, at 4:14 PM, Mara Lindqvist <{ME[1]}> wrote:\n>\n" + gt(req_text(P)) + "\n")
html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body dir=\"auto\">"
        "Hi maam Mara, ok noted po. Confirmed all items, qty price and delivery date as per PO. Thank you po!<br><br><div dir=\"ltr\">Sent from my iPhone</div>"
        f"<div dir=\"ltr\"><br><blockquote type=\"cite\">On Nov 12, 2026, at 4:14 PM, Mara Lindqvist &lt;{ME[1]}&gt; wrote:<br><br></blockquote></div>"
        "<blockquote type=\"cite\"><div dir=\"ltr\">" + req_html(P) + "</div></blockquote></body></html>")
add("nitrile-gloves-iphone-po", "", "Terse Philippine-English iPhone reply ('ok noted po') confirming all three lines as per PO over an Apple Mail quote.",
    [P], mail(addr("Joy Santos", "orders@manilasafety.example"), to(ME), "Re: " + req_subject(P),
              rfcdate(2026, 11, 12, 18, 2, "+0800"), "<7A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9@manilasafety.example>",
              M("alternative", [T(body), T(html, "html")], bnd("042", "apple")), irt=rid(P), refs=rid(P),
              xmailer="iPhone Mail (22B91)"),
    exp("confirmation", "'Confirmed all items, qty price and delivery date as per PO' -> every line accepted ('po' is a Filipino politeness particle, not a purchase order).",
        conf(P, {1: "A", 2: "A", 3: "A"})))

# 043 ------------------------------------------------------------------ zh-CN
S = sup("ANERPPE", "Ningbo Aner Protective Products Co., Ltd.", "sales@aner-ppe.example", "zh-CN")
P = po("4500031481", S, [
    L(1, "HP-EP-PU-CRD", "Ear plugs PU foam, corded, per pair", 2400, "PR", "0.14", "2026-12-28"),
    L(2, "HP-EM-FOLD28", "Folding ear muff SNR 28 dB", 120, "EA", "5.60", "2026-12-28"),
], cur="USD", issued="2026-11-11", buyer="tom")
body = ("Tom 您好！\n\n订单 4500031481 确认如下：\n\n"
        "1. 带线耳塞（HP-EP-PU-CRD）：2400副，单价 USD 1.80/打（每打12副），交货期 2026年12月28日。\n"
        "2. 折叠耳罩（HP-EM-FOLD28）：120个，单价 USD 5.60，交货期 2027年1月8日（元旦放假，工厂停工三天）。\n\n"
        "谢谢！\n\n王丽 Lily Wang\n宁波安耳防护用品有限公司 外贸部\n电话：+86-574-8765-4321 手机/微信：138 5741 2345\n\n"
        + outlook_quote(P, "en", sent="2026年11月11日 16:14"))
add("ear-plugs-gbk-per-dozen", "", "Simplified Chinese GBK reply pricing ear plugs per dozen (USD 1.80/打 = 0.15 per pair vs 0.14), ear muffs moved past New Year.",
    [P], mail(addr("王丽", "sales@aner-ppe.example", "gbk"), to(TOM), "答复: " + req_subject(P),
              rfcdate(2026, 11, 12, 9, 40, "+0800"), "<tencent_8A1B2C3D4E5F6A7B8C9D0E1F@qq.aner-ppe.example>",
              T(body, cs="gbk", cte="base64"), irt=rid(P), refs=rid(P), hcs="gbk"),
    exp("confirmation", "Line 1: 2400 pairs, USD 1.80 per dozen pairs = 0.15 per pair (PO 0.14) -> changed price, date as ordered. Line 2: price as ordered, delivery 2027-01-08 -> changed date.",
        conf(P, {1: C(p="0.15"), 2: C(d="2027-01-08")})))

# 044 ------------------------------------------------------------------ he-IL
S = sup("GALILVALV", "Galil Valves Ltd.", "sales@galilvalves.example", "he-IL")
P = po("4500031489", S, [
    L(1, "BV-3PC-1IN-316", "Ball valve 3-piece 1 in, SS316, NPT, 1000 WOG", 25, "EA", "24.80", "2026-12-17"),
    L(2, "BV-3PC-2IN-316", "Ball valve 3-piece 2 in, SS316, NPT, 1000 WOG", 10, "EA", "61.50", "2026-12-17"),
], cur="USD", issued="2026-11-10")
html = ("<html dir=\"rtl\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1255\"></head>"
        "<body dir=\"rtl\"><div style=\"font-family:Arial;font-size:10pt\">"
        "<p>שלום מרה,</p><p>מאשרים את הזמנה מס' 4500031489:</p>"
        "<p>פריט 1 – 25 יח' במחיר $24.80 ליחידה, אספקה 17/12/2026.<br>פריט 2 – 10 יח' במחיר $61.50 ליחידה, אספקה 17/12/2026.</p>"
        "<p>בברכה,<br>יוסי כהן<br>מנהל מכירות<br>מגופי הגליל בע\"מ | אזור תעשייה ציפורית, נצרת עילית | טל' 04-6123456 | ח.פ. 512345678</p>"
        "<p style=\"font-size:8pt;color:#888\">הודעה זו עשויה להכיל מידע חסוי. אם קיבלת הודעה זו בטעות, נא להודיע לשולח ולמחוק אותה.</p>"
        "</div><hr><div dir=\"ltr\"><b>From:</b> Mara Lindqvist<br><b>Sent:</b> Tuesday, November 10, 2026 10:14<br><b>Subject:</b> "
        + req_subject(P) + "</div><div dir=\"ltr\">" + req_html(P) + "</div></body></html>")
add("ball-valves-hebrew-rtl-html", "", "Hebrew HTML-only reply (windows-1255, dir=rtl) confirming both lines as ordered with $ amounts.",
    [P], mail(addr("יוסי כהן", "sales@galilvalves.example", "windows-1255"), to(ME), "השב: " + req_subject(P),
              rfcdate(2026, 11, 11, 11, 47, "+0200"), "<AS8PR10MB7788D9E0F1A2B3C4@AS8PR10MB7788.EURPRD10.PROD.OUTLOOK.example>",
              T(html, "html", cs="windows-1255"), irt=rid(P), refs=rid(P), hcs="windows-1255"),
    exp("confirmation", "Both lines confirmed with PO quantity, price and date (17/12/2026, day-first).",
        conf(P, {1: "A", 2: "A"})))

# 045 ------------------------------------------------------------------ ar-AE
S = sup("GULFBRAKE", "Gulf Brake Chemicals LLC", "sales@gulfbrakechem.example", "ar-AE")
P = po("4500031495", S, [
    L(1, "BC-500-AER-GB", "Brake cleaner aerosol 500 ml", 960, "EA", "1.85", "2027-01-11"),
], cur="USD", issued="2026-11-16", buyer="ines")
body = ("شكراً لتواصلكم مع شركة الخليج لكيماويات الفرامل ذ.م.م.\n"
        "تم استلام رسالتكم برقم مرجعي CASE-2026-118342، وسيقوم أحد ممثلي المبيعات بالرد عليكم خلال يومي عمل.\n"
        "ساعات العمل: من الاثنين إلى الجمعة، 8:00 - 17:00 (بتوقيت الإمارات).\n\n"
        "Thank you for contacting Gulf Brake Chemicals LLC.\nYour message has been received under reference CASE-2026-118342. "
        "A sales representative will reply within 2 working days.\nBusiness hours: Monday to Friday, 08:00-17:00 (GST).\n\n"
        "This is an automated message. Please do not reply.\n")
add("brake-cleaner-ticket-ack", "", "Arabic/English automatic ticket acknowledgement (reference number, business hours); a receipt, not a confirmation.",
    [P], mail(addr("Gulf Brake Chemicals", "sales@gulfbrakechem.example"), to(INES), "[CASE-2026-118342] " + req_subject(P),
              rfcdate(2026, 11, 16, 12, 14, "+0400", 30), "<case-2026-118342.ack@gulfbrakechem.example>",
              T(body, cte="base64"), irt=rid(P), refs=rid(P),
              extra=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes")]),
    exp("auto_reply", "Helpdesk auto-acknowledgement with a ticket number; commits to nothing."))

# 046 ------------------------------------------------------------------ en-ZA
S = sup("KAROOTOOL", "Karoo Tool Storage (Pty) Ltd", "orders@karootools.example", "en-ZA")
P = po("4500031502", S, [
    L(1, "TC-11D-ROLL", "Roller cabinet 11 drawers, 1,000 mm, black", 4, "EA", "8950.00", "2026-12-18"),
    L(2, "TC-TOP-6D", "Top chest 6 drawers, 1,000 mm, black", 4, "EA", "4275.00", "2026-12-18"),
], cur="ZAR", issued="2026-11-12")
body = ("Hi Mara\n\nThanks for the order. Both items confirmed at PO prices (R8 950,00 and R4 275,00 each).\n\n"
        "Please note our factory closes from 16 December to 6 January, so we can't make the 18th. Earliest delivery will be 11/01/2027 for both.\n\n"
        "Kind regards\nPieter van der Merwe\nKaroo Tool Storage (Pty) Ltd\nUnit 4, Montague Park, Cape Town | Tel 021 555 0123 | Reg. 2009/012345/07 | VAT 4123456789\n\n"
        + outlook_quote(P, "en", sent="Thursday, 12 November 2026 10:14"))
add("tool-chests-factory-closure", "", "South African reply with 'R8 950,00' space-grouped amounts; a factory closure pushes both lines to 11/01/2027 (day-first).",
    [P], mail(addr("Pieter van der Merwe", "orders@karootools.example"), to(ME), "RE: " + req_subject(P),
              rfcdate(2026, 11, 13, 8, 55, "+0200"), "<JNAP275MB0456E7F8A9B0C1D2@JNAP275MB0456.ZAFP275.PROD.OUTLOOK.example>",
              T(body), irt=rid(P), refs=rid(P)),
    exp("confirmation", "Prices and quantities as ordered; delivery 11/01/2027 (day-first = 11 January 2027) for both lines instead of 18 Dec -> changed date.",
        conf(P, {1: C(d="2027-01-11"), 2: C(d="2027-01-11")})))

# 047 ------------------------------------------------------------------ en-AU
S = sup("SCRIGGING", "Southern Cross Rigging Pty Ltd", "sales@scrigging.example", "en-AU")
P = po("4500031510", S, [
    L(1, "WR-13-6X36-IWRC", "Wire rope 13 mm 6x36 IWRC, galvanised", 400, "M", "5.20", "2027-01-15"),
    L(2, "WR-SOCKET-13", "Open spelter socket for 13 mm rope", 8, "EA", "46.00", "2027-01-15"),
], cur="AUD", issued="2026-11-11")
body = ("G'day Mara,\n\nAll good - PO 4500031510 confirmed, prices as per PO.\n\n"
        "Rope: ETA wk 3 (stock coming up from our Melbourne DC)\nSockets: ex stock, ETA wk 2\n\n"
        "Cheers,\nDarren 'Dazza' Mitchell\nSouthern Cross Rigging Pty Ltd | ABN 12 345 678 901\nP: 07 3123 4567 | M: 0412 345 678\n\n"
        + gt(gmail_attr(P, "en-gb") + "\n" + req_text(P)) + "\n")
add("wire-ropes-eta-weeks", "", "Australian shorthand 'ETA wk 3' / 'ETA wk 2' with no year after a November mail (weeks of 2027; wk 2 = the requested date).",
    [P], mail(addr("Darren Mitchell", "sales@scrigging.example"), to(ME), "Re: " + req_subject(P),
              rfcdate(2026, 11, 12, 16, 20, "+1000"), "<CAB2z9Kq=Wm0sT3uV4xY5zA6bC7dE8fG9hI@mail.scrigging.example>",
              T(body), irt=rid(P), refs=rid(P)),
    exp("confirmation", "Weeks without year after a Nov 2026 mail are the next ones: wk 3 = Fri 2027-01-22 (rope -> changed date), wk 2 = Fri 2027-01-15 (sockets = requested -> accepted).",
        conf(P, {1: C(d="2027-01-22"), 2: "A"})))

# 048 ------------------------------------------------------------------ en-NZ
S = sup("KIWICLEAN", "Kiwi Clean Supplies Ltd", "orders@kiwiclean.example", "en-NZ")
P = po("4500031517", S, [
    L(1, "MB-16L-SPLIT", "Split mop bucket 16 L (clean/dirty)", 24, "EA", "19.90", "2027-01-20"),
], cur="USD", issued="2026-11-17", buyer="tom")
human = ("** Address not found **\n\nYour message wasn't delivered to orders@kiwiclean.example because the domain kiwiclean.example "
         "couldn't be found. Check for typos or unnecessary spaces and try again.\n\n\n\nThe response was:\n\n"
         "DNS Error: DNS type 'mx' lookup of kiwiclean.example responded with code NXDOMAIN\n"
         "Domain name not found: kiwiclean.example\nhttps://support.google.com/mail/?p=BadRcptDomain\n")
fields = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: " + rfcdate(2026, 11, 17, 0, 14, "-0800") + "\n"
          "X-Original-Message-ID: " + rid(P) + "\n\nFinal-Recipient: rfc822; orders@kiwiclean.example\nAction: failed\nStatus: 5.1.2\n"
          "Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of kiwiclean.example responded with code NXDOMAIN\n"
          "Last-Attempt-Date: " + rfcdate(2026, 11, 17, 0, 14, "-0800", 3) + "\n")
rep = M("report", [M("related", [T(human)], bnd("048r", "gmail")),
                   Part([("Content-Type", "message/delivery-status")], fields.encode()),
                   Part([("Content-Type", "text/rfc822-headers")], our_headers(P, rfcdate(2026, 11, 17, 9, 14)).encode())],
        bnd("048", "gmail"), extra_params="; report-type=delivery-status")
add("mop-bucket-gmail-nxdomain", "", "Google-style DSN 'Address not found' (5.1.2 NXDOMAIN) for our request to a New Zealand supplier.",
    [P], mail(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to(TOM), "Delivery Status Notification (Failure)",
              rfcdate(2026, 11, 17, 0, 14, "-0800", 4), "<6739a8f2.050a0220.1c2b3d.8e3fSMTPIN_ADDED_DNSERROR@mx.google.com>",
              rep, irt=rid(P), refs=rid(P), extra=[("Auto-Submitted", "auto-replied")]),
    exp("bounce", "Delivery failure: supplier domain has no MX (NXDOMAIN); nothing from the supplier."))

# 049 ------------------------------------------------------------------ en-IE
S = sup("LIFFEYPT", "Liffey Power Tools Ltd", "sales@liffeypowertools.example", "en-IE")
P = po("4500031524", S, [
    L(1, "JB-T101AO-5", "Jigsaw blade T101AO curve cutting, pack of 5", 60, "SET", "4.10", "2026-12-11"),
    L(2, "JB-T301CD-5", "Jigsaw blade T301CD clean wood 117 mm, pack of 5", 40, "SET", "6.30", "2026-12-11"),
    L(3, "JB-T2345X-3", "Jigsaw blade T2345X multi-material, pack of 3", 25, "SET", "7.95", "2026-12-11"),
], issued="2026-11-13", buyer="ines")
body = ("Hi Ines,\n\nAnswers inline below.\n\nSiobhán\n\n" + gmail_attr(P, "en-gb") + "\n\n"
        + inline(P, {1: "Yes, grand - all in stock.",
                     2: "Can do these but they're €6.60 a pack now (new price list since 1 Nov). Same date.",
                     3: "Sorry, this one's gone out of the range, can't supply. We could offer the T234X if you want to send a new PO."})
        + "\n--\nSiobhán Byrne | Sales Office\nLiffey Power Tools Ltd | Unit 7, Ballymount Ind. Est., Dublin 12 | +353 1 456 7890 | VAT IE1234567T\n")
add("jigsaw-blades-irish-inline", "", "Irish Gmail inline answers under each quoted PO row: 'grand' (yes), new price €6.60, and a line out of range.",
    [P], mail(addr("Siobhán Byrne", "sales@liffeypowertools.example"), to(INES), "Re: " + req_subject(P),
              rfcdate(2026, 11, 16, 11, 2, "+0000"), "<CAK0p1Qr=Xs2tU3vW4yZ5aB6cD7eF8gH9iJ@mail.liffeypowertools.example>",
              T(body), irt=rid(P), refs=rid(P)),
    exp("confirmation", "Line 1 'Yes, grand' = accepted. Line 2 same date and quantity at EUR 6.60 instead of 6.30 -> changed price. Line 3 cannot be supplied (alternative only via a new PO) -> rejected.",
        conf(P, {1: "A", 2: C(p="6.60"), 3: "R"})))

# 050 ------------------------------------------------------------------ en-SG
S = sup("LIONCITYEL", "Lion City Electrical Pte Ltd", "sales@lioncityelec.example", "en-SG")
P = po("4500031531", S, [
    L(1, "CR-25M-3C-UK", "Cable reel 50 m, 3-core 1.5 mm2, BS1363 sockets, thermal cut-out", 20, "EA", "42.00", "2026-12-14"),
], cur="SGD", issued="2026-11-13")
body = ("Hi Mara,\n\nNoted on the PO, thanks. Before we confirm, pls advise which reel you need:\n"
        "- item code CR-25M-3C-UK is our 25 m reel (SGD 42.00)\n"
        "- but the description says 50 m, that one is CR-50M-3C-UK at SGD 68.00\n\n"
        "Both are in stock, can deliver by 14 Dec either way. Will confirm once you revert.\n\n"
        "Thanks & regards,\nTan Wei Ling\nSales Coordinator\nLion City Electrical Pte Ltd | 10 Ubi Crescent #05-12, Singapore 408564\nT +65 6745 1234 | UEN 201012345K\n\n"
        + outlook_quote(P, "en", sent="Friday, 13 November 2026 4:14 PM"))
add("cable-reel-code-vs-description", "", "Singapore-English question: our item code (25 m) contradicts our description (50 m); the supplier asks which to send before confirming.",
    [P], mail(addr("Tan Wei Ling", "sales@lioncityelec.example"), to(ME), "RE: " + req_subject(P),
              rfcdate(2026, 11, 16, 10, 25, "+0800"), "<TYZPR04MB6123F4A5B6C7D8E9@TYZPR04MB6123.apcprd04.prod.outlook.example>",
              T(body), irt=rid(P), refs=rid(P)),
    exp("needs_review", "Supplier asks which product (25 m vs 50 m, different prices) is meant and explicitly waits for our answer; 'can deliver by 14 Dec either way' is not a commitment to a price/item."))

# 051 ------------------------------------------------------------------ en-NG
S = sup("DELTAGAS", "Delta Gas Safety Nigeria Ltd", "sales@deltagassafety.example", "en-NG")
P = po("4500031538", S, [
    L(1, "GD-PID-VOC", "Portable PID VOC detector, 0-5000 ppm", 2, "EA", "2450.00", "2026-12-30"),
    L(2, "GD-CALGAS-58L", "Calibration gas 4-mix, 58 L cylinder", 6, "EA", "165.00", "2026-12-30"),
], cur="USD", issued="2026-11-12", buyer="tom")
body = ("Dear Sir,\n\nGood day. We acknowledge receipt of your PO 4500031538 and hereby confirm supply of all items as ordered.\n"
        "Delivery shall be effected latest 23rd December, 2026.\n\nThank you for your continued patronage.\n\n"
        "Best regards,\nChukwuemeka Obi\nSales Executive\nDelta Gas Safety Nigeria Ltd (RC 1234567)\n"
        "Plot 45, Trans-Amadi Industrial Layout, Port Harcourt, Rivers State\nTel: +234 803 123 4567, +234 905 765 4321 | TIN: 12345678-0001\n"
        "Offices: Lagos | Abuja | Port Harcourt | Warri\n\n" + outlook_quote(P, "en", sent="Thursday, November 12, 2026 9:14 AM"))
add("gas-detectors-latest-23rd", "", "Nigerian formal English 'confirm supply of all items as ordered' yet 'latest 23rd December' (earlier than the 30 Dec need-by); signature full of numbers.",
    [P], mail(addr("Chukwuemeka Obi", "sales@deltagassafety.example"), to(TOM), "RE: " + req_subject(P),
              rfcdate(2026, 11, 13, 14, 44, "+0100"), "<000301db55d7$12ab34cd$56ef7890$@deltagassafety.example>",
              T(body), irt=rid(P), refs=rid(P)),
    exp("confirmation", "Quantities and prices as ordered, but the committed delivery date is 23 Dec 2026 (not the requested 30 Dec) -> both lines changed date.",
        conf(P, {1: C(d="2026-12-23"), 2: C(d="2026-12-23")})))

# 052 ------------------------------------------------------------------ en-US
S = sup("MWSEAL", "Midwest Seal & Gasket Co.", "orders@midwestseal.example", "en-US")
P = po("4500031545", S, [
    L(1, "OR-2-214-N70", "O-ring AS568-214 Buna-N 70A", 1000, "EA", "0.145", "2026-12-08"),
    L(2, "OR-2-330-V75", "O-ring AS568-330 Viton 75A", 250, "EA", "1.12", "2026-12-08"),
], cur="USD", issued="2026-11-16", buyer="tom")
body = ("Tom -\n\nPO 4500031545 is entered.\n\n-214 Buna: 1,000 pcs @ $14.50/C, ship 12/08/2026\n"
        "-330 Viton: 250 pcs @ $1.12 ea, ship 12/15/2026 (Viton on backorder from the mill)\n\n"
        "Thanks,\nGary Kowalski\nInside Sales | Midwest Seal & Gasket Co. | 1-800-555-0147 ext. 212 | Fax 414-555-0148\n\n"
        "-----Original Message-----\n" + f"From: Tom Okafor <{TOM[1]}>\nSent: Monday, November 16, 2026 3:14 AM\nTo: {S['email']}\nSubject: {req_subject(P)}\n\n" + req_text(P))
add("o-rings-per-c-month-first", "", "US shorthand: '$14.50/C' (per hundred) equals the PO's 0.145 each; month-first ship dates 12/08 and 12/15.",
    [P], mail(addr("Gary Kowalski", "orders@midwestseal.example"), to(TOM), "RE: " + req_subject(P),
              rfcdate(2026, 11, 16, 10, 31, "-0600"), "<BN8PR12MB3456A7B8C9D0E1F2@BN8PR12MB3456.namprd12.prod.outlook.example>",
              T(body, cs="us-ascii", cte="7bit"), irt=rid(P), refs=rid(P)),
    exp("confirmation", "Line 1: $14.50 per C (hundred) = 0.145 each = PO price; ship 12/08/2026 (en-US month-first = Dec 8) = requested -> accepted. Line 2 ships 12/15/2026 -> changed date.",
        conf(P, {1: "A", 2: C(d="2026-12-15")})))

# 053 ------------------------------------------------------------------ en-GB
S = sup("MIDABR", "Midlands Abrasives Ltd", "sales@midlandsabrasives.example", "en-GB")
P = po("4500031552", S, [
    L(1, "FD-115-Z40-MA", "Flap disc 115 mm zirconia P40, type 29", 300, "PC", "1.28", "2026-12-15"),
    L(2, "FD-115-Z80-MA", "Flap disc 115 mm zirconia P80, type 29", 300, "PC", "1.28", "2026-12-15"),
], cur="GBP", issued="2026-11-16")
html = ("<html><body style=\"font-family:Arial\"><table width=\"600\" align=\"center\"><tr><td style=\"background:#003366;color:#fff;padding:20px\">"
        "<h1>Winter Deals are here!</h1></td></tr><tr><td><p>Dear Mara,</p>"
        "<p>Stock up before Christmas: <b>15% off all flap discs</b> (115 mm and 125 mm, zirconia and ceramic) on orders placed by 18 December 2026. "
        "Use code <b>WINTER15</b> at checkout.</p><p>Our despatch team works until 23 December; orders after that ship from 4 January.</p>"
        "<p>FD-115-Z40-MA from <b>&pound;1.09</b> each &middot; FD-125-C60-MA from <b>&pound;1.46</b> each</p>"
        "<p style=\"font-size:9px;color:#777\">Midlands Abrasives Ltd, Unit 3 Tyburn Road, Birmingham B24 8NB. Registered in England No. 01234567. "
        "You are receiving this e-mail because you are a customer. <a href=\"https://midlandsabrasives.example/unsubscribe?u=8812\">Unsubscribe</a></p>"
        "</td></tr></table></body></html>")
plain = ("Winter Deals are here!\n\nDear Mara,\n\nStock up before Christmas: 15% off all flap discs (115 mm and 125 mm, zirconia and ceramic) "
         "on orders placed by 18 December 2026. Use code WINTER15 at checkout.\n\nOur despatch team works until 23 December; orders after that ship from 4 January.\n\n"
         "FD-115-Z40-MA from £1.09 each - FD-125-C60-MA from £1.46 each\n\nUnsubscribe: https://midlandsabrasives.example/unsubscribe?u=8812\n")
add("flap-discs-winter-newsletter", "", "British marketing newsletter naming one of our ordered item codes with a discounted price and Christmas despatch dates; not a reply.",
    [P], mail(addr("Midlands Abrasives", "news@midlandsabrasives.example"), to(ME), "Winter Deals: 15% off flap discs until 18 December",
              rfcdate(2026, 11, 18, 7, 0, "+0000"), "<20261118070000.8812.news@midlandsabrasives.example>",
              M("alternative", [T(plain), T(html, "html")], bnd("053", "java")),
              extra=[("List-Unsubscribe", "<https://midlandsabrasives.example/unsubscribe?u=8812>"), ("Precedence", "bulk")]),
    exp("unrelated", "Bulk newsletter (List-Unsubscribe, Precedence: bulk); the item code and prices are a promotion, not an answer to PO 4500031552."))

# 054 ------------------------------------------------------------------ de-CH
S = sup("KITTWERK", "Kittwerk Aarau AG", "verkauf@kittwerk.example", "de-CH")
PA = po("4500031555", S, [
    L(1, "EP-UNI-100", "Epoxy putty universal, 100 g", 200, "EA", "6.40", "2026-12-09"),
    L(2, "EP-HT-250", "Epoxy putty high-temperature, 250 g", 50, "EA", "14.80", "2026-12-09"),
], cur="CHF", issued="2026-11-12", buyer="ines")
PB = po("4500031561", S, [
    L(1, "EP-UW-114", "Epoxy putty underwater, 114 g", 100, "EA", "7.20", "2026-12-16"),
], cur="CHF", issued="2026-11-13", buyer="ines")
body = ("Grüezi Frau Varga\n\nBesten Dank für Ihre Bestellung 4500031555, die wir wie folgt bestätigen:\n\n"
        "Pos. 1: 200 Stk. à Fr. 6.40, Lieferung 9.12.2026\n"
        "Pos. 2: 50 Stk. à Fr. 15.20 (inkl. neuem Rohstoffzuschlag), Lieferung 9.12.2026\n\n"
        "Ihre Bestellung 4500031561 (Unterwasserkitt) ist bei uns ebenfalls eingegangen; diese bestätigen wir Ihnen separat bis Ende Woche.\n\n"
        "Freundliche Grüsse\n\nBeat Zimmermann\nVerkauf Innendienst\nKittwerk Aarau AG | Industriestrasse 31 | 5000 Aarau\nTel. +41 62 834 12 34 | MWST CHE-987.654.321\n\n"
        + outlook_quote(PA, "de", sent="Donnerstag, 12. November 2026 09:14"))
add("epoxy-putty-one-of-two-pos", "", "Swiss German (no ß, 'Fr. 15.20') answer to one of two open POs; the other is only mentioned as 'will confirm separately'.",
    [PA, PB], mail(addr("Beat Zimmermann", "verkauf@kittwerk.example"), to(INES), "AW: " + req_subject(PA),
                   rfcdate(2026, 11, 16, 9, 58), "<ZRAP278MB0777B8C9D0E1F2A3@ZRAP278MB0777.CHEP278.PROD.OUTLOOK.example>",
                   T(body, cs="iso-8859-1"), irt=rid(PA), refs=rid(PA)),
    exp("confirmation", "PO 4500031555: line 1 as ordered; line 2 at CHF 15.20 instead of 14.80 -> changed price. PO 4500031561 is only mentioned (confirmation to follow) and is therefore left out.",
        conf(PA, {1: "A", 2: C(p="15.20")})))
