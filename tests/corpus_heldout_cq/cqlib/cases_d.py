"""Cases, part D."""

import datetime as dt
from decimal import Decimal
from email.message import Message

from . import common as C
from . import mime as M
from . import pdf as P
from . import xlsx as X
from .common import case, result, acc, chg, rej, unc, conf


# ---------------------------------------------------------------- A36
@case
def yak_nepal_reject_all():
    sup = C.supplier("HIMYAK", "Himalayan Yak Weavers Pvt. Ltd.", "export@himalayanyak.example", "en-NP", 5.75)
    po = C.PO("4500218638", sup, "PR", "USD", "2026-11-26", [
        C.L(1, "YWB-THR-130", "Yak wool throw, 130x180 cm, undyed", 60, "EA", "74.00", "2026-12-18"),
        C.L(2, "YWB-SCF-SET", "Yak wool scarf set, 3 colours", 40, "SET", "52.00", "2026-12-18")])
    date = C.mail_dt("2026-11-29 11:20:05", 5.75)
    typed = ("Dear Priya ji,\n\nNamaste and greetings from Kathmandu.\n\n"
             "Thank you very much for your PO 4500218638. We are very sorry to inform you that we are unable to "
             "accept this order. Due to early snowfall in Dolpa our supply of raw yak fibre has stopped, and our "
             "weavers are fully booked with existing orders until Losar. Kindly cancel the PO at your end.\n\n"
             "We hope to serve you again from March 2027 and will send you our new collection then.\n\n"
             "With warm regards,\nPemba Sherpa\nExport Manager\nHimalayan Yak Weavers Pvt. Ltd.\n"
             "Boudha-6, Kathmandu, Nepal\nPh: +977-1-4555217\n")
    plain, html = M.gmail_pair(po, typed, "en-GB")
    eml = M.reply(po, frm=("Pemba Sherpa", "export@himalayanyak.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="a36", body=plain, html=html, client="gmail",
                  charset="UTF-8", received_from=("mail-pf1-f176.google.example", "209.85.210.176"))
    return result("yak-throws-whole-order-declined", "confirmation",
                  "polite refusal of the whole order ('kindly cancel the PO'); 'from March 2027' is not a delivery offer",
                  [po], eml,
                  "The supplier declines the entire PO (no raw fibre, weavers booked): both lines rejected. A "
                  "rejection is an answer, so kind is confirmation. 'Serve you again from March 2027' commits nothing.",
                  [conf(po, {1: rej(), 2: rej()})])


# ---------------------------------------------------------------- A37
@case
def sushi_mats_vietnam():
    sup = C.supplier("TREVIET", "Công ty TNHH Tre Việt Xuất Khẩu", "export@trevietxk.example", "vi-VN", 7)
    po = C.PO("4500218645", sup, "PR", "USD", "2026-11-25", [
        C.L(1, "SMT-BAM-27", "Sushi rolling mat, bamboo, 27x27 cm", 3000, "PCS", "0.74", "2026-12-22"),
        C.L(2, "SMT-BAM-24W", "Sushi mat, wide-slat bamboo, 24x24 cm", 2000, "PCS", "0.69", "2026-12-22"),
        C.L(3, "SMT-PADDLE", "Rice paddle, bamboo, 21 cm", 3000, "PCS", "0.32", "2026-12-22")])
    date = C.mail_dt("2026-11-27 09:05:41", 7)
    d = C.local_req_dt(po)
    typed = ("Kính gửi chị Priya,\n\n"
             "Công ty chúng tôi xin xác nhận đơn hàng số 4500218645 như sau:\n\n"
             "1. Mành cuốn sushi 27x27 cm: 3.000 cái, đơn giá 0,74 USD, giao hàng ngày 22/12/2026\n"
             "2. Mành cuốn sushi nan to 24x24 cm: 2.000 cái, đơn giá 0,69 USD, giao hàng ngày 05/01/2027\n"
             "3. Muôi xới cơm bằng tre 21 cm: 3.000 cái, đơn giá 0,35 USD, giao hàng ngày 22/12/2026\n\n"
             "Trân trọng,\nNguyễn Thị Thu Hà\nPhòng Kinh doanh Xuất khẩu\nCông ty TNHH Tre Việt Xuất Khẩu\n"
             "Lô B4, KCN Phú Nghĩa, Chương Mỹ, Hà Nội\nĐT: +84 24 5555 3816\n")
    attr = "Vào Th %d, %d thg %d, %d vào lúc %02d:%02d %s <%s> đã viết:" % (
        d.isoweekday() + 1, d.day, d.month, d.year, d.hour, d.minute, po["buyer"]["name"], po["buyer"]["email"])
    plain, html = M.gmail_pair(po, typed, attr=attr)
    eml = M.reply(po, frm=("Nguyễn Thị Thu Hà", "thuha@trevietxk.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="a37", body=plain, html=html, client="gmail",
                  charset="UTF-8", cte="base64", received_from=("mail-pg1-f172.google.example", "209.85.215.172"))
    return result("sushi-mats-vietnamese", "confirmation",
                  "Vietnamese UTF-8 reply: '3.000 cái' (dot = thousands), '0,74 USD' (comma = decimal)",
                  [po], eml,
                  "Line 1 as ordered. Line 2 delivery 05/01/2027 (day-first) = 2027-01-05. Line 3 price 0,35 instead "
                  "of 0.32. Quantities use dot grouping.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-05"), 3: chg(po, 3, price="0.35")})])


# ---------------------------------------------------------------- A38
@case
def sushi_mats_sjis_xlsx():
    sup = C.supplier("MIYABI", "有限会社竹工房みやび", "info@takekobo-miyabi.example", "ja-JP", 9)
    po = C.PO("4500218652", sup, "JO", "JPY", "2026-11-24", [
        C.L(1, "SMT-MAKISU-L", "Makisu sushi mat, bamboo, large 27 cm", 500, "PCS", "380", "2026-12-15"),
        C.L(2, "SMT-ONIS-24", "Onisudare mat (triangular slats), 24 cm", 300, "PCS", "520", "2026-12-15")])
    date = C.mail_dt("2026-11-27 17:48:30", 9)
    rows = [["注文番号", "行", "品番", "品名", "数量", "ご注文単価(円)", "回答単価(円)", "ご希望納期", "回答納期", "備考"],
            ["4500218652", 1, "SMT-MAKISU-L", "巻きす 大 27cm", 500, 380, 380, dt.date(2026, 12, 15),
             dt.date(2026, 12, 15), ""],
            ["4500218652", 2, "SMT-ONIS-24", "鬼すだれ 24cm", 300, 520, 560, dt.date(2026, 12, 15),
             dt.date(2026, 12, 25), "竹材価格上昇のため単価改定"]]
    xl = X.make_xlsx([("納期回答", rows)], creator="佐藤", created=dt.datetime(2026, 11, 27, 8, 40),
                     date_format="yyyy/mm/dd", widths=[12, 5, 15, 18, 7, 14, 14, 12, 12, 28])
    body = ("Brightwater Civic & Leisure Supply Ltd\nJoanne Okafor 様\n\n"
            "いつもお世話になっております。竹工房みやびの佐藤です。\n\n"
            "ご注文4500218652の納期回答を添付のExcelにてお送りいたします。\n"
            "ご確認のほど、よろしくお願いいたします。\n\n"
            "━━━━━━━━━━━━━━━━━━━━\n有限会社竹工房みやび\n佐藤 美咲\n"
            "〒869-5442 熊本県葦北郡芦北町 1234\nTEL 0966-55-2018\n━━━━━━━━━━━━━━━━━━━━\n")
    d = C.local_req_dt(po)
    body += "\n" + C.prefix("%d/%02d/%02d %d:%02d、Joanne Okafor さんは書きました:\n\n" % (
        d.year, d.month, d.day, d.hour, d.minute) + C.request_plain(po))
    eml = M.reply(po, frm=("佐藤 美咲", "sato@takekobo-miyabi.example"), date=date,
                  subject="Re: " + C.request_subject(po) + " 納期回答", seed="a38", body=body, client="thunderbird",
                  charset="shift_jis", cte="base64", plain_only=True, header_charset="shift_jis",
                  attachments=[M.attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                        "納期回答_4500218652.xlsx", fn_style="rfc2231")],
                  received_from=("smtp.takekobo-miyabi.example", "203.0.113.88"))
    return result("sushi-mats-shift-jis-xlsx-answer", "confirmation",
                  "Shift_JIS body says 'see the Excel'; the XLSX (Japanese file name, RFC 2231) has both our and their columns",
                  [po], eml,
                  "The answer is in the XLSX: columns for our price/date next to their '回答' (answer) columns. Line 1 "
                  "380円, 2026/12/15 (as ordered). Line 2 回答単価 560円 (ordered 520) and 回答納期 2026/12/25.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, price="560", date="2026-12-25")})])


# ---------------------------------------------------------------- A39
@case
def archery_lithuanian():
    sup = C.supplier("TAIKINYS", "UAB Taikinys", "pardavimai@taikinys.example", "lt-LT", 2)
    po = C.PO("4500218669", sup, "MF", "EUR", "2026-11-26", [
        C.L(1, "ART-STRAW-80", "Archery target, pressed straw, 80 cm", 40, "EA", "58.00", "2026-12-16"),
        C.L(2, "ART-FACE-80", "Target face, 80 cm, paper", 400, "EA", "1.10", "2026-12-16")])
    date = C.mail_dt("2026-11-30 08:41:12", 2)
    d = C.local_req_dt(po)
    typed = ("Laba diena, Marco,\n\n"
             "patvirtiname užsakymą Nr. 4500218669:\n\n"
             "1 eil. - šiaudų taikinys 80 cm, 40 vnt., 58,00 EUR/vnt., pristatymas 2026-12-16\n"
             "2 eil. - popierinis taikinio lapas 80 cm, 400 vnt., 1,10 EUR/vnt., pristatymas 2026-12-16\n\n"
             "Sąskaita faktūra bus išrašyta išsiuntimo dieną.\n\n"
             "Pagarbiai\nRūta Kazlauskienė\nUAB Taikinys\nPramonės pr. 16, LT-51329 Kaunas\n"
             "Tel. +370 37 555 214\nDarbo laikas: I-V 8:00-17:00\n")
    attr = "%d-%02d-%02d %02d:%02d, Marco Feliciano rašė:" % (d.year, d.month, d.day, d.hour, d.minute)
    plain = typed + "\n" + attr + "\n" + C.prefix(C.request_plain(po))
    eml = M.reply(po, frm=("Rūta Kazlauskienė", "ruta.k@taikinys.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="a39", body=plain, client="thunderbird",
                  charset="iso-8859-13", plain_only=True, header_charset="iso-8859-13", content_language="lt",
                  received_from=("mail.taikinys.example", "198.51.100.96"))
    return result("archery-targets-lithuanian-as-ordered", "confirmation",
                  "Lithuanian ISO-8859-13 confirmation exactly as ordered; ISO dates, office hours in the signature",
                  [po], eml,
                  "Both lines confirmed exactly as ordered (2026-12-16, 58,00 and 1,10 EUR). Office hours 8:00-17:00 "
                  "are not dates or prices.",
                  [conf(po, {1: acc(po, 1), 2: acc(po, 2)})])


# ---------------------------------------------------------------- A40
@case
def ice_axe_erp_pdf():
    sup = C.supplier("VRHGORA", "Vrhgora d.o.o.", "prodaja@vrhgora.example", "sl-SI", 1)
    po = C.PO("4500218676", sup, "TW", "EUR", "2026-11-25", [
        C.L(1, "IAP-TECH-B", "Ice axe replacement pick, technical, B-rated", 60, "EA", "42.00", "2026-12-14"),
        C.L(2, "IAP-CLASS-T", "Ice axe pick, classic, T-rated", 40, "EA", "55.00", "2026-12-14"),
        C.L(3, "IAP-BOLT-KIT", "Pick mounting bolt kit", 100, "SET", "3.60", "2026-12-14")])
    date = C.mail_dt("2026-11-26 06:15:02", 1)
    pdf = P.document(
        "POTRDITEV NAROCILA st. 2026-04418",
        ["Vrhgora d.o.o., Savska loka 21, 4000 Kranj, Slovenija   ID za DDV: SI55120437",
         "Kupec: Brightwater Civic & Leisure Supply Ltd, Felixstowe, United Kingdom",
         "Vase narocilo: 4500218676 z dne 25.11.2026",
         "Datum: 26.11.2026   Valuta: EUR   Dobava: DAP Felixstowe"],
        ["Poz", "Sifra", "Naziv", "Kolicina", "EM", "Cena EUR", "Vrednost", "Dobava"],
        [["1", "IAP-TECH-B", "Rezilo cepina, tehnicno, B", "60", "kos", "42,00", "2.520,00", "14.12.2026"],
         ["2", "IAP-CLASS-T", "Rezilo cepina, klasicno, T", "40", "kos", "55,00", "2.200,00", "21.12.2026"],
         ["3", "IAP-BOLT-KIT", "Komplet vijakov za rezilo", "100", "kpl", "3,60", "360,00", "14.12.2026"]],
        [50, 75, 145, 320, 328, 410, 470, 485], align=["l", "l", "l", "r", "l", "r", "r", "l"],
        footer_lines=["Skupaj brez DDV: 5.080,00 EUR", "Placilni pogoji: 30 dni", "Dokument je izdelan "
                      "racunalnisko in je veljaven brez podpisa."],
        producer="Pantheon 2026", author="Vrhgora d.o.o.", created="20261126061500+01'00'")
    body = ("Spoštovani,\n\n"
            "v prilogi vam pošiljamo potrditev naročila št. 2026-04418 za vaše naročilo 4500218676.\n\n"
            "To sporočilo je bilo samodejno ustvarjeno, prosimo, ne odgovarjajte nanj.\n\n"
            "Vrhgora d.o.o.\nSavska loka 21, 4000 Kranj\n")
    eml = M.reply(po, frm=("Vrhgora d.o.o.", "noreply@vrhgora.example"), date=date,
                  subject="Potrditev naročila 2026-04418 / vaše naročilo 4500218676", seed="a40", body=body,
                  client="generic", charset="utf-8", plain_only=True, in_reply=False,
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Pantheon Mailer 2026.1")],
                  attachments=[M.attach(pdf, "application/pdf", "PN_2026-04418.pdf")],
                  received_from=("erp.vrhgora.example", "192.0.2.15"))
    return result("ice-axe-picks-erp-auto-mail-with-pdf", "confirmation",
                  "ERP-generated 'do not reply' mail (Auto-Submitted) whose PDF order confirmation commits to the order",
                  [po], eml,
                  "Automatic mail, but the attached ERP order confirmation commits: pos 1 and 3 as ordered, pos 2 "
                  "delivery 21.12.2026 instead of 14.12.2026. An ERP confirmation is a confirmation, not an auto_reply.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2026-12-21"), 3: acc(po, 3)})])


# ---------------------------------------------------------------- A41
@case
def buoys_croatian_discount():
    sup = C.supplier("PLUTACEJADRAN", "Plutače Jadran d.o.o.", "prodaja@plutace-jadran.example", "hr-HR", 1)
    po = C.PO("4500218683", sup, "JO", "EUR", "2026-11-26", [
        C.L(1, "MBY-ANCH-50", "Mooring buoy, 500 mm, with galvanised chain eye", 30, "EA", "112.00", "2026-12-18"),
        C.L(2, "MBY-FEND-F4", "Buoy fender F4, 410 mm", 24, "EA", "86.00", "2026-12-18")])
    date = C.mail_dt("2026-11-27 12:30:48", 1)
    d = C.local_req_dt(po)
    typed = ("Poštovana gospođo Okafor,\n\n"
             "potvrđujemo narudžbu br. 4500218683:\n\n"
             "stavka 1: 30 kom, 112,00 EUR/kom, isporuka 18. 12. 2026.\n"
             "stavka 2: 24 kom, 86,00 EUR/kom - za ovu stavku odobravamo rabat 5 %, tj. neto cijena 81,70 EUR/kom, "
             "isporuka 18. 12. 2026.\n\n"
             "Lijep pozdrav,\nMarina Perić\nPlutače Jadran d.o.o.\nPut Supavla 21, 21000 Split\n"
             "Tel. +385 21 555 318\n")
    sent = "%d. %s %d. %d:%02d" % (d.day, ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja",
                                           "srpnja", "kolovoza", "rujna", "listopada", "studenoga",
                                           "prosinca"][d.month - 1], d.year, d.hour, d.minute)
    quote = C.quote_custom(po, ("Od", "Poslano", "Prima", "Predmet"), sent)
    plain = typed + "\n" + quote
    html = M.outlook_html(C.para_html(typed, "MsoNormal", "p") + C.pre_html(quote), "windows-1250", "HR")
    eml = M.reply(po, frm=("Marina Perić", "marina.peric@plutace-jadran.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="a41", body=plain, html=html, client="outlook",
                  charset="windows-1250", header_charset="windows-1250", content_language="hr-HR",
                  received_from=("mail.plutace-jadran.example", "203.0.113.190"))
    return result("mooring-buoys-croatian-discount", "confirmation",
                  "Croatian windows-1250; list price 86,00 stated but a 5 % discount gives a net 81,70",
                  [po], eml,
                  "Line 1 as ordered. Line 2: the PO price 86,00 is repeated but a 5 % rabat is granted, net "
                  "81,70 EUR (lower than ordered) -> changed price 81.70. Croatian dates '18. 12. 2026.'.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, price="81.70")})])


# ---------------------------------------------------------------- A42
@case
def kite_spools_thai():
    sup = C.supplier("THAIKITE", "บริษัท ว่าวไทย อินดัสทรี จำกัด", "sales@thaikite.example", "th-TH", 7)
    po = C.PO("4500218690", sup, "HA", "THB", "2026-11-26", [
        C.L(1, "KSP-BMB-180", "Kite spool, bamboo, 180 mm", 1500, "PCS", "42.00", "2026-12-21"),
        C.L(2, "KSP-ALU-220", "Kite reel, aluminium, 220 mm, ball bearing", 400, "PCS", "265.00", "2027-01-08")])
    date = C.mail_dt("2026-11-30 14:12:26", 7)
    typed = ("เรียน คุณเฮเลน\n\n"
             "บริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500218690 ดังนี้\n\n"
             "1. รอกว่าวไม้ไผ่ 180 มม. จำนวน 1,500 ชิ้น ราคา 42.00 บาท/ชิ้น ส่งมอบวันที่ 21/12/2569\n"
             "2. รอกว่าวอะลูมิเนียม 220 มม. จำนวน 400 ชิ้น ราคา 278.00 บาท/ชิ้น ส่งมอบวันที่ 15/01/2570\n"
             "   (ราคาวัตถุดิบอะลูมิเนียมปรับขึ้น)\n\n"
             "ขอแสดงความนับถือ\nสมชาย ใจดี\nฝ่ายขายต่างประเทศ\nบริษัท ว่าวไทย อินดัสทรี จำกัด\n"
             "99/9 หมู่ 4 ต.บางพูด อ.ปากเกร็ด จ.นนทบุรี 11120\nโทร 02-555-4187\n")
    d = C.local_req_dt(po)
    quote = C.quote_custom(po, ("จาก", "ส่ง", "ถึง", "เรื่อง"),
                           "%d/%d/%d %02d:%02d" % (d.day, d.month, d.year + 543, d.hour, d.minute))
    plain = typed + "\n" + quote
    eml = M.reply(po, frm=("Somchai Jaidee", "somchai@thaikite.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="a42", body=plain, client="generic",
                  charset="tis-620", cte="base64", plain_only=True, xmailer="Microsoft Outlook 15.0",
                  content_language="th-TH", received_from=("mail.thaikite.example", "203.0.113.42"))
    return result("kite-spools-thai-buddhist-year", "confirmation",
                  "Thai TIS-620 reply with Buddhist-era years (2569 = 2026, 2570 = 2027), also in the quote header",
                  [po], eml,
                  "Thai dates use the Buddhist era (+543): 21/12/2569 = 2026-12-21 (line 1 as ordered); "
                  "15/01/2570 = 2027-01-15 and 278.00 baht instead of 265.00 for line 2.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, price="278.00", date="2027-01-15")})])


# ---------------------------------------------------------------- A43
@case
def sushi_mats_indonesia():
    sup = C.supplier("BAMBUNUSANTARA", "PT Bambu Nusantara Abadi", "sales@bambunusantara.example", "id-ID", 7)
    po = C.PO("4500218704", sup, "JO", "IDR", "2026-11-25", [
        C.L(1, "SMT-BAM-27I", "Sushi rolling mat, bamboo, 27x27 cm", 4000, "PCS", "11500", "2027-01-12"),
        C.L(2, "SMT-BAM-GRN", "Sushi mat, green-skin bamboo, 24 cm", 2000, "PCS", "13800", "2027-01-12")])
    date = C.mail_dt("2026-11-26 15:27:50", 7)
    d = C.local_req_dt(po)
    typed = ("Yth. Ibu Joanne,\n\n"
             "Dengan ini kami konfirmasi PO No. 4500218704 sebagai berikut:\n\n"
             "1. Tikar sushi bambu 27x27 cm - 4.000 pcs - Rp 11.500/pcs - pengiriman 12 Januari 2027\n"
             "2. Tikar sushi bambu kulit hijau 24 cm - 2.000 pcs - Rp 14.200/pcs - pengiriman 12 Januari 2027\n\n"
             "Harga item 2 menyesuaikan harga bambu terbaru.\n\n"
             "Terima kasih,\nDewi Anggraini\nMarketing Ekspor\nPT Bambu Nusantara Abadi\n"
             "Jl. Raya Magelang Km 12, Sleman, D.I. Yogyakarta 55511\nTelp. (0274) 555-218\n")
    attr = "Pada tanggal %s, %d %s %d pukul %02d.%02d %s <%s> menulis:" % (
        ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"][d.weekday()], d.day,
        ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"][d.month - 1], d.year,
        d.hour, d.minute, po["buyer"]["name"], po["buyer"]["email"])
    plain, html = M.gmail_pair(po, typed, attr=attr)
    eml = M.reply(po, frm=("Dewi Anggraini", "dewi@bambunusantara.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="a43", body=plain, html=html, client="gmail",
                  charset="UTF-8", received_from=("mail-pl1-f181.google.example", "209.85.214.181"))
    return result("sushi-mats-indonesian-rupiah", "confirmation",
                  "Indonesian rupiah with dot thousands ('Rp 11.500' = 11500, not 11.5); month names in Indonesian",
                  [po], eml,
                  "Line 1 as ordered (Rp 11.500 = 11500, 12 Januari 2027). Line 2 Rp 14.200 instead of 13800.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, price="14200")})])


# ---------------------------------------------------------------- A44
@case
def mallets_us_html_table():
    sup = C.supplier("HARMONIA", "Harmonia Percussion Supply", "orders@harmoniaperc.example", "en-US", -5)
    po = C.PO("4500218711", sup, "HA", "USD", "2026-11-23", [
        C.L(1, "GLM-YARN-MED", "Glockenspiel/vibe mallet, yarn, medium", 150, "PR", "11.25", "2027-01-08"),
        C.L(2, "GLM-BRASS-HD", "Glockenspiel mallet, brass head, hard", 80, "PR", "18.40", "2027-01-08"),
        C.L(3, "GLM-POLY-SFT", "Glockenspiel mallet, poly, soft", 120, "PR", "9.10", "2026-12-04")])
    date = C.mail_dt("2026-11-24 13:05:44", -5)
    rows = [("1", "GLM-YARN-MED", "150", "$11.25", "01/08/2027"),
            ("2", "GLM-BRASS-HD", "80", "$18.40", "01/08/2027"),
            ("3", "GLM-POLY-SFT", "120", "$9.10", "12/11/2026")]
    plain = ("Hi Helen,\n\nThank you for your order! Your acknowledgment for PO 4500218711 (our SO# 118204) is below.\n\n"
             "Line  Item           Qty  Unit Price  Ship Date\n" +
             "".join("%-5s %-14s %4s  %-10s  %s\n" % r for r in rows) +
             "\nPoly mallets ship a week later than requested - heads are back from the molder on 12/9.\n\n"
             "Kelly Brandt\nCustomer Service | Harmonia Percussion Supply\n1720 Cassopolis St, Elkhart, IN 46514\n"
             "(574) 555-0119\n\n" + C.quote_outlook(po, "en", sep="_"))
    tr = "".join("<tr>%s</tr>\n" % "".join('<td style="padding:4px 10px;border-bottom:1px solid #ddd">%s</td>' % c
                                           for c in r) for r in rows)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px"><p>Hi Helen,</p><p>Thank you for '
            'your order! Your acknowledgment for PO 4500218711 (our SO# 118204) is below.</p>\n'
            '<table cellspacing="0" style="border-collapse:collapse"><tr style="background:#2b4c7e;color:#fff">'
            '<th>Line</th><th>Item</th><th>Qty</th><th>Unit Price</th><th>Ship Date</th></tr>\n' + tr +
            '</table>\n<p>Poly mallets ship a week later than requested - heads are back from the molder on 12/9.</p>'
            '<p>Kelly Brandt<br>Customer Service | Harmonia Percussion Supply<br>1720 Cassopolis St, Elkhart, IN '
            '46514<br>(574) 555-0119</p>\n<img src="https://crm.harmoniaperc.example/trk/118204.gif" width="1" '
            'height="1" alt="">\n<br>' + C.quote_outlook_html(po, "en") + '</body></html>\n')
    eml = M.reply(po, frm=("Kelly Brandt via Harmonia Percussion", "orders@harmoniaperc.example"), date=date,
                  subject="RE: " + C.request_subject(po) + " [ref:_00D5f0aBx._5008c2Xq4P:ref]", seed="a44",
                  body=plain, html=html, client="generic", charset="utf-8",
                  extra=[("X-SFDC-User", "0055f000008cQ2X"), ("X-SFDC-LK", "00D5f000000aBxK"),
                         ("X-Sender", "postmaster@salesforce.example")],
                  received_from=("smtp07-ia4-sp3.mta.salesforce.example", "13.110.6.221"))
    return result("glockenspiel-mallets-us-crm-html-table", "confirmation",
                  "CRM HTML table with US month-first dates: 01/08/2027 = 8 Jan, 12/11/2026 = 11 Dec; '12/9' in prose",
                  [po], eml,
                  "en-US month-first: lines 1-2 ship 01/08/2027 = 2027-01-08 (as ordered). Line 3 ships 12/11/2026 "
                  "= 2026-12-11 (requested 2026-12-04). '12/9' is when parts return, not a ship date.",
                  [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, date="2026-12-11")})])


# ---------------------------------------------------------------- A45
@case
def archery_mx_three_pos():
    sup = C.supplier("DIANASBAJIO", "Dianas y Blancos del Bajío S.A. de C.V.", "ventas@dianasbajio.example", "es-MX", -6)
    po1 = C.PO("4500218718", sup, "HA", "MXN", "2026-11-24", [
        C.L(1, "ART-EVA-60", "Archery target, EVA foam layered, 60 cm", 50, "EA", "890.00", "2026-12-15"),
        C.L(2, "ART-3D-DEER", "3D archery target, deer, foam", 6, "EA", "4350.00", "2026-12-15")])
    po2 = C.PO("4500218720", sup, "HA", "MXN", "2026-11-24", [
        C.L(1, "ART-BAG-80", "Bag target, 80 cm, compressed fibre fill", 20, "EA", "1250.00", "2027-01-12")],
        req_time="09:41")
    po3 = C.PO("4500218725", sup, "HA", "MXN", "2026-11-25", [
        C.L(1, "ART-FACE-40", "Target face, 40 cm, triple spot", 1000, "EA", "9.80", "2027-01-12"),
        C.L(2, "ART-FACE-60", "Target face, 60 cm, full colour", 500, "EA", "14.20", "2027-01-12")])
    date = C.mail_dt("2026-11-26 16:38:04", -6)
    typed = ("Hola Helen, buenas tardes.\n\n"
             "Te confirmo tu pedido de las dianas de EVA de 60 cm y de los venados 3D:\n\n"
             "- 50 pzas diana EVA 60 cm a $890.00 MXN c/u\n"
             "- 6 pzas venado 3D a $4,350.00 MXN c/u\n\n"
             "Ambos con entrega el 15/12/2026 en su almacén.\n\n"
             "Saludos cordiales,\nAlejandra Ríos\nVentas Exportación\nDianas y Blancos del Bajío S.A. de C.V.\n"
             "Blvd. Adolfo López Mateos 2310, León, Gto. C.P. 37270\nTel. 477 555 4180\n")
    html = M.simple_html(C.para_html(typed), "utf-8")
    eml = M.reply(po1, frm=("Alejandra Ríos", "alejandra.rios@dianasbajio.example"), date=date,
                  subject="Confirmación pedido dianas y venados 3D", seed="a45", body=typed, html=html,
                  client="gmail", charset="UTF-8", in_reply=False,
                  received_from=("mail-oa1-f46.google.example", "209.85.160.46"))
    return result("archery-targets-mexico-three-open-pos", "confirmation",
                  "three open POs from the supplier; a fresh mail (no PO number, no threading) identifies one by its items",
                  [po1, po2, po3], eml,
                  "No PO number and no In-Reply-To: the EVA 60 cm targets and 3D deer exist only on PO 4500218718, "
                  "confirmed as ordered ($4,350.00 MXN uses comma thousands). The other two POs are not answered and "
                  "are left out.",
                  [conf(po1, {1: acc(po1, 1), 2: acc(po1, 2)})])


# ---------------------------------------------------------------- A46
@case
def lute_strings_surcharge():
    sup = C.supplier("SAITENVOGTLAND", "Saitenmanufaktur Vogtland GmbH", "vertrieb@saiten-vogtland.example",
                     "de-DE", 1)
    po = C.PO("4500218732", sup, "MF", "EUR", "2026-11-24", [
        C.L(1, "LST-GUT-E1", "Lute string, gut, treble e', 0.42 mm", 300, "PCS", "4.20", "2026-12-09"),
        C.L(2, "LST-WND-G", "Lute string, silver-wound on silk, G", 120, "PCS", "9.60", "2026-12-09"),
        C.L(3, "LST-SET-8C", "Lute string set, 8-course renaissance", 30, "SET", "84.00", "2026-12-09")])
    date = C.mail_dt("2026-11-25 15:20:31", 1)
    typed = ("Sehr geehrter Herr Feliciano,\n\n"
             "wir bestätigen Ihre Bestellung 4500218732 zu den bestellten Mengen und Preisen mit Liefertermin "
             "09.12.2026.\n\n"
             "Aufgrund der stark gestiegenen Silberpreise müssen wir auf Pos. 2 (silberumsponnene Saiten) einen "
             "Materialteuerungszuschlag von 3,5 % berechnen.\n\n"
             "Mit freundlichen Grüßen\n\nUte Schreiber\nVertriebsinnendienst\n"
             "Saitenmanufaktur Vogtland GmbH\nGeigenbauerstraße 5, 08258 Markneukirchen\nTelefon 037422 555-30\n\n"
             "Sitz der Gesellschaft: Markneukirchen, Registergericht: Amtsgericht Chemnitz, HRB 27716\n"
             "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
             "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n")
    plain, html = M.outlook_pair(po, typed, "de", "iso-8859-1", "DE")
    eml = M.reply(po, frm=("Ute Schreiber", "u.schreiber@saiten-vogtland.example"), date=date,
                  subject="AW: " + C.request_subject(po), seed="a46", body=plain, html=html, client="outlook",
                  charset="iso-8859-1", content_language="de-DE",
                  received_from=("mail.saiten-vogtland.example", "192.0.2.77"))
    return result("lute-strings-percentage-surcharge", "confirmation",
                  "blanket 'as ordered' plus a 3,5 % material surcharge on one line only",
                  [po], eml,
                  "All lines as ordered on 09.12.2026, except that line 2 gets +3,5 % on the PO price: "
                  "9.60 x 1.035 = 9.936.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, price="9.936"), 3: acc(po, 3)})])


# ---------------------------------------------------------------- N8
@case
def hay_nets_later_commitment():
    sup = C.supplier("FILETSWALLONS", "Filets Agricoles Wallons SA", "commercial@filets-wallons.example", "fr-BE", 1)
    po = C.PO("4500218859", sup, "TW", "EUR", "2026-11-27", [
        C.L(1, "HBN-WR-123", "Hay bale net wrap, 1.23 m x 3600 m roll", 40, "EA", "139.00", "2026-12-18"),
        C.L(2, "HBN-WR-130", "Hay bale net wrap, 1.30 m x 3600 m roll", 20, "EA", "149.00", "2026-12-18")])
    date = C.mail_dt("2026-11-30 11:44:09", 1)
    typed = ("Bonjour Monsieur Wierzbicki,\n\n"
             "Nous accusons bonne réception de votre commande 4500218859 et vous en remercions.\n\n"
             "Notre fournisseur de polyéthylène nous annonce la livraison de la matière première en semaine 50. "
             "Nous vous confirmerons les délais et les prix définitifs dès réception de celle-ci.\n\n"
             "Bien à vous,\n\nSophie Lambert\nService commercial\nFilets Agricoles Wallons SA\n"
             "Rue de la Station 14, 5590 Ciney\nTél. +32 83 55 21 40\n")
    plain, html = M.outlook_pair(po, typed, "fr", "windows-1252", "FR-BE")
    eml = M.reply(po, frm=("Sophie Lambert", "s.lambert@filets-wallons.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="n08", body=plain, html=html, client="outlook",
                  charset="windows-1252", content_language="fr-BE",
                  received_from=("mail.filets-wallons.example", "198.51.100.150"))
    return result("hay-nets-belgian-confirm-after-week-50", "needs_review",
                  "Belgian French acknowledgement: dates and prices 'will be confirmed' after raw material arrives in 'semaine 50'",
                  [po], eml,
                  "Receipt acknowledged; delivery dates and final prices will be confirmed later. 'Semaine 50' is "
                  "when the supplier's raw material arrives, not a delivery date.")


# ---------------------------------------------------------------- N9
@case
def fountain_substitute_portugal():
    sup = C.supplier("FONTESREPUXOS", "Fontes & Repuxos, Lda.", "encomendas@fontesrepuxos.example", "pt-PT", 0)
    po = C.PO("4500218866", sup, "JO", "EUR", "2026-11-27", [
        C.L(1, "FNZ-VLC-1", "Fountain nozzle, volcano, 1 in, bronze", 12, "EA", "88.00", "2026-12-21")])
    date = C.mail_dt("2026-11-30 15:02:33", 0)
    typed = ("Cara Joanne,\n\n"
             "Obrigado pela vossa encomenda 4500218866.\n\n"
             "Informamos que o bocal FNZ-VLC-1 foi descontinuado pelo fabricante. Podemos fornecer o modelo "
             "sucessor VX-125 (mesma ligação de 1\", corpo em inox) ao preço de 96,50 €/un., com entrega a "
             "21/12/2026.\n\n"
             "Agradecemos que nos confirmem se aceitam a alteração, para podermos avançar com a encomenda.\n\n"
             "Com os melhores cumprimentos,\nRui Carvalho\nFontes & Repuxos, Lda.\n"
             "Rua do Freixo 880, 4300-219 Porto\nTel. +351 22 555 4170\n")
    plain, html = M.outlook_pair(po, typed, "pt", "iso-8859-15", "PT")
    eml = M.reply(po, frm=("Rui Carvalho", "rui.carvalho@fontesrepuxos.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="n09", body=plain, html=html, client="outlook",
                  charset="iso-8859-15", content_language="pt-PT",
                  received_from=("mail.fontesrepuxos.example", "192.0.2.133"))
    return result("fountain-nozzle-substitute-needs-approval", "needs_review",
                  "discontinued item: a successor model at a higher price is offered, pending our approval",
                  [po], eml,
                  "The ordered item is discontinued; a different item (VX-125) at 96,50 € on 21/12/2026 is proposed "
                  "and the supplier waits for our acceptance before proceeding. Nothing is committed for FNZ-VLC-1.")


# ---------------------------------------------------------------- R4
@case
def french_absence():
    sup = C.supplier("CIBLESLIMOUSIN", "Cibles & Archerie du Limousin", "a.desbordes@cibles-limousin.example",
                     "fr-FR", 1)
    po = C.PO("4500218873", sup, "PR", "EUR", "2026-11-30", [
        C.L(1, "ART-MOUSSE-90", "Archery target, foam, 90 x 90 cm", 15, "EA", "145.00", "2026-12-17"),
        C.L(2, "ART-TRIP-WD", "Target tripod, wood", 15, "EA", "64.00", "2026-12-17")])
    date = C.mail_dt("2026-11-30 10:30:19", 1)
    body = ("Bonjour,\n\n"
            "Je suis absente du 30/11 au 07/12/2026 inclus, avec un accès limité à ma messagerie.\n"
            "Pour toute commande ou demande urgente, merci de contacter notre service ADV : "
            "adv@cibles-limousin.example ou 05 55 55 31 20.\n\n"
            "Cordialement,\nAurélie Desbordes\nCibles & Archerie du Limousin\n")
    html = M.outlook_html(C.para_html(body, "MsoNormal", "p"), "iso-8859-15", "FR")
    eml = M.reply(po, frm=("Aurélie Desbordes", "a.desbordes@cibles-limousin.example"), date=date,
                  subject="Réponse automatique : " + C.request_subject(po), seed="r04", body=body, html=html,
                  client="outlook", charset="iso-8859-15", content_language="fr-FR",
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                  received_from=("mail-pr2fra01on2130.outbound.protection.outlook.example", "40.107.12.130"))
    return result("archery-targets-french-absence", "auto_reply",
                  "French Outlook 'Réponse automatique' with absence dates and an alternative contact",
                  [po], eml,
                  "Out-of-office: absent 30/11-07/12/2026, contact ADV instead. The dates are the absence, not delivery.")


# ---------------------------------------------------------------- R5
@case
def chile_order_receipt():
    sup = C.supplier("RAMPASDELSUR", "Astilleros y Rampas del Sur SpA", "comercial@astillerosdelsur.example",
                     "es-CL", -3)
    po = C.PO("4500218880", sup, "MF", "USD", "2026-12-01", [
        C.L(1, "FRR-LCT-6", "Landing ramp for LCT ferry, 6 m, steel", 1, "EA", "96500.00", "2027-01-29"),
        C.L(2, "FRR-SEAL-6", "Ramp seal kit, 6 m", 2, "SET", "2850.00", "2027-01-29")])
    date = C.mail_dt("2026-12-01 06:30:44", -3)
    body = ("Estimado cliente:\n\n"
            "Hemos recibido su orden de compra N° 4500218880 con fecha 01-12-2026.\n"
            "Su solicitud será procesada por nuestro equipo comercial en un plazo de 48 horas hábiles y recibirá "
            "la confirmación de pedido por separado.\n\n"
            "Número de seguimiento interno: REC-2026-11873\n\n"
            "Este es un mensaje automático, por favor no responda a este correo.\n\n"
            "Astilleros y Rampas del Sur SpA\nCamino a Chinquihue km 6, Puerto Montt, Chile\n")
    html = M.simple_html(C.para_html(body), "utf-8")
    eml = M.reply(po, frm=("Astilleros y Rampas del Sur", "no-responder@astillerosdelsur.example"), date=date,
                  subject="Acuse de recibo - OC 4500218880", seed="r05", body=body, html=html, client="generic",
                  charset="utf-8", extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")],
                  received_from=("smtp.astillerosdelsur.example", "198.51.100.180"))
    return result("ferry-ramp-chile-automatic-receipt", "auto_reply",
                  "automatic 'acuse de recibo' naming the PO number and a date, promising the confirmation later",
                  [po], eml,
                  "Automatic receipt (Auto-Submitted, no-responder): order received on 01-12-2026 (Chilean "
                  "day-month-year), confirmation to follow. Commits to nothing.")


# ---------------------------------------------------------------- B4
@case
def bounce_qmail():
    sup = C.supplier("CAPEBUOY", "Cape Buoy & Marine (Pty) Ltd", "sales@capebuoy.example", "en-ZA", 2)
    po = C.PO("4500218887", sup, "HA", "ZAR", "2026-11-24", [
        C.L(1, "MBY-CAPE-750", "Mooring buoy, 750 mm, UV-stabilised PE", 10, "EA", "2450.00", "2026-12-18"),
        C.L(2, "MBY-RING-40", "Mooring ring, galvanised, 40 mm", 20, "EA", "185.00", "2026-12-18")],
        req_time="09:30")
    req = po["_req_dt"]
    when = req + dt.timedelta(seconds=9)
    orig = M.to_bytes(M.request_message(po)).decode("ascii").replace("\r\n", "\n")
    body = ("Hi. This is the qmail-send program at mail.capebuoy.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<sales@capebuoy.example>:\n"
            "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n"
            "Return-Path: <helen.achterberg@brightwater-supply.example>\n"
            "Received: (qmail 18342 invoked from network); %s\n"
            "Received: from mx1.brightwater-supply.example (HELO mx1.brightwater-supply.example) (203.0.113.10)\n"
            "  by mail.capebuoy.example with SMTP; %s\n" % (
                req.strftime("%d %b %Y %H:%M:%S -0000").lstrip("0"),
                req.strftime("%d %b %Y %H:%M:%S -0000").lstrip("0")) + orig)
    root = Message()
    root.set_payload(body)
    hs = [("Return-Path", "<>"),
          ("Received", "from mail.capebuoy.example (mail.capebuoy.example [198.51.100.201]) by "
                       "mx1.brightwater-supply.example (Postfix) with SMTP id 4QhV0m2Lz1z9; " + C.rfc_date(when)),
          ("Date", when.strftime("%d %b %Y %H:%M:%S -0000").lstrip("0")),
          ("From", "MAILER-DAEMON@mail.capebuoy.example"),
          ("To", "helen.achterberg@brightwater-supply.example"),
          ("Subject", "failure notice"),
          ("Message-ID", "<%s.qmail@mail.capebuoy.example>" % C.h("b04", 10, "0123456789"))]
    eml = M.to_bytes(M.finalize(root, hs, mime_version=False))
    return result("mooring-buoys-qmail-failure-notice", "bounce",
                  "qmail 'failure notice': no MIME at all, the original request pasted below a text marker",
                  [po], eml,
                  "Classic qmail bounce (no mailbox by that name, #5.1.1). The copy of our request below the marker "
                  "contains all PO figures; nothing from the supplier.")


# ---------------------------------------------------------------- B5
@case
def bounce_exim_mailbox_full():
    sup = C.supplier("SIALKOTGYM", "Sialkot Gymnastics Works (Pvt) Ltd", "sales@sialkotgym.example", "en-PK", 5)
    po = C.PO("4500218894", sup, "TW", "USD", "2026-11-24", [
        C.L(1, "GYR-LTH-28", "Gymnastics rings, wood, leather straps, pair", 100, "PR", "14.50", "2027-01-12"),
        C.L(2, "GYR-CHALK-BAG", "Chalk bag, leather", 100, "EA", "3.20", "2027-01-12")])
    req = po["_req_dt"]
    acc_t = (req + dt.timedelta(seconds=5)).astimezone(C.tz(5))
    when = (req + dt.timedelta(days=4, hours=0, minutes=12, seconds=33)).astimezone(C.tz(5))
    orig = M.to_bytes(M.request_message(po)).decode("ascii").replace("\r\n", "\n")
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  sales@sialkotgym.example\n"
            "    mailbox is full: retry timeout exceeded\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            "Return-path: <tomasz.wierzbicki@brightwater-supply.example>\n"
            "Received: from mx1.brightwater-supply.example ([203.0.113.10]:48122)\n"
            "\tby server1.pk-hosting.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
            "\t(Exim 4.98)\n"
            "\t(envelope-from <tomasz.wierzbicki@brightwater-supply.example>)\n"
            "\tid 1tGx2P-0004Qz-1a\n"
            "\tfor sales@sialkotgym.example;\n"
            "\t%s\n" % C.rfc_date(acc_t) + orig)
    root = M.text(body, charset="us-ascii", cte="7bit")
    hs = [("Return-path", "<>"),
          ("Received", "from mailnull by server1.pk-hosting.example with local (Exim 4.98) id 1tHb7Q-0007Xr-2c "
                       "for tomasz.wierzbicki@brightwater-supply.example; " + C.rfc_date(when)),
          ("X-Failed-Recipients", "sales@sialkotgym.example"),
          ("Auto-Submitted", "auto-replied"),
          ("From", "Mail Delivery System <Mailer-Daemon@server1.pk-hosting.example>"),
          ("To", "tomasz.wierzbicki@brightwater-supply.example"),
          ("References", po["request_message_id"]),
          ("Subject", "Mail delivery failed: returning message to sender"),
          ("Message-Id", "<E1tHb7Q-0007Xr-2c@server1.pk-hosting.example>"),
          ("Date", C.rfc_date(when))]
    eml = M.to_bytes(M.finalize(root, hs))
    return result("gym-rings-exim-mailbox-full", "bounce",
                  "Exim 'Mail delivery failed' four days later (mailbox full, retry timeout), full copy of the request",
                  [po], eml,
                  "Exim bounce after the retry timeout: mailbox full. Arrives on 2026-11-28 with our original below "
                  "the copy marker; no supplier answer.")


# ---------------------------------------------------------------- U4
@case
def holiday_closure_notice():
    sup = C.supplier("KAMINHAUBE", "Kaminhaube Nord GmbH", "auftrag@kaminhaube-nord.example", "de-DE", 1)
    po = C.PO("4500218901", sup, "HA", "EUR", "2026-11-30", [
        C.L(1, "CWL-EDS-200", "Chimney cowl, stainless, 200 mm, wind-directional", 25, "EA", "74.00", "2026-12-16"),
        C.L(2, "CWL-LAMELL-180", "Louvre chimney cowl, 180 mm", 25, "EA", "58.00", "2026-12-16")])
    date = C.mail_dt("2026-12-03 09:00:00", 1)
    body = ("Sehr geehrte Damen und Herren,\n\n"
            "wir möchten Sie rechtzeitig über unsere Betriebsferien informieren: Unser Werk bleibt vom 23.12.2026 "
            "bis einschließlich 06.01.2027 geschlossen.\n\n"
            "Letzter Versandtag vor den Feiertagen ist Freitag, der 18.12.2026. Bestellungen, die bis zum "
            "11.12.2026 bei uns eingehen, werden noch in diesem Jahr ausgeliefert. Ab dem 07.01.2027 sind wir "
            "wieder wie gewohnt für Sie da.\n\n"
            "Wir bedanken uns für die gute Zusammenarbeit und wünschen Ihnen frohe Weihnachten und einen guten "
            "Rutsch ins neue Jahr!\n\n"
            "Ihr Team der Kaminhaube Nord GmbH\nHafenstraße 31, 25813 Husum\nwww.kaminhaube-nord.example\n")
    html = M.simple_html('<div style="font-family:Arial;font-size:11pt">' + C.para_html(body) +
                         '<img src="cid:tanne@kaminhaube-nord" alt="Frohe Weihnachten" width="1" height="1"></div>',
                         "iso-8859-15")
    eml = M.reply(po, frm=("Kaminhaube Nord GmbH", "info@kaminhaube-nord.example"), date=date,
                  subject="Betriebsferien 2026/2027 - Info für unsere Kunden", seed="u04", body=body, html=html,
                  client="outlook", charset="iso-8859-15", in_reply=False, to="undisclosed-recipients:;",
                  content_language="de-DE", extra=[("Precedence", "bulk")],
                  received_from=("mail.kaminhaube-nord.example", "192.0.2.250"))
    return result("chimney-cowls-holiday-closure-circular", "unrelated",
                  "German circular about Christmas closure with cut-off and shipping dates from a supplier with an open PO",
                  [po], eml,
                  "General notice (undisclosed recipients, bulk): plant closed 23.12.2026-06.01.2027, last shipping "
                  "day 18.12.2026. No answer about PO 4500218901.")


# ---------------------------------------------------------------- U5
@case
def statement_of_account_uae():
    sup = C.supplier("ALNOOR", "Al Noor Fountain Systems LLC", "sales@alnoorfountains.example", "ar-AE", 4)
    po = C.PO("4500218908", sup, "PR", "AED", "2026-11-26", [
        C.L(1, "FNZ-DANCE-3", "Fountain nozzle, dancing jet, 3 in, stainless", 6, "EA", "2450.00", "2027-01-14"),
        C.L(2, "FNZ-FOG-12", "Fog nozzle set, 12 pcs", 4, "SET", "1380.00", "2027-01-14")])
    date = C.mail_dt("2026-12-02 10:15:36", 4)
    body = ("Dear Sir/Madam,\n\n"
            "Please find below your statement of account as at 30/11/2026:\n\n"
            "Invoice No.   Inv. date    Your PO      Amount (AED)   Due date     Status\n"
            "INV-26-0912   12/09/2026   4500214471      18,650.00   12/10/2026   Overdue\n"
            "INV-26-1047   21/10/2026   4500216630      29,600.00   20/11/2026   Overdue\n\n"
            "Total overdue: AED 48,250.00\n\n"
            "Kindly arrange the payment at the earliest and share the remittance advice with us. Please ignore "
            "this reminder if payment has already been made.\n\n"
            "السادة الكرام،\n"
            "نرفق لكم كشف الحساب كما في 30/11/2026، ونرجو التكرم بتسديد المبلغ المستحق في أقرب وقت ممكن.\n\n"
            "مع أطيب التحيات،\nقسم الحسابات\nشركة النور لأنظمة النوافير ذ.م.م\n"
            "Accounts Department | Al Noor Fountain Systems LLC\nAl Quoz Industrial Area 3, Dubai, UAE\n"
            "Tel: +971 4 555 3810 | TRN 100482215700003\n")
    html = M.outlook_html(C.para_html(body, "MsoNormal", "p"), "windows-1256", "EN-US")
    eml = M.reply(po, frm=("Al Noor Accounts", "accounts@alnoorfountains.example"), date=date,
                  subject="Statement of Account as at 30/11/2026 - Brightwater Civic & Leisure Supply Ltd",
                  seed="u05", body=body, html=html, client="outlook", charset="windows-1256", in_reply=False,
                  to="accounts.payable@brightwater-supply.example",
                  cc="Priya Raman <priya.raman@brightwater-supply.example>", content_language="en-US",
                  received_from=("mail-me3are01on2102.outbound.protection.outlook.example", "40.107.219.102"))
    return result("fountain-nozzles-statement-of-account", "unrelated",
                  "UAE payment reminder (English + Arabic, windows-1256) listing invoices for two older POs",
                  [po], eml,
                  "Statement of account / payment reminder for invoices on POs 4500214471 and 4500216630; "
                  "PO 4500218908 is not mentioned. Dates and amounts are invoices, not commitments.")
