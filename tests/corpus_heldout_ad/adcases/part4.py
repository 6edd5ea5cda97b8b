"""Cases 049-064."""
import datetime as dt
import html
from decimal import Decimal

from adlib import mime
from adlib.common import (D, REJ, UNC, acc, buyer, chg, conf, expected, gmail_html, is_wd, kw, ln, money,
                          next_md, next_weekday, ol_block, ol_block_html, outlook_html, paras, po, quote,
                          request_html, request_subject, request_text, simple_html, supplier, who)
from adlib.pdf import Sheet
from adlib.xlsx import make_xlsx

T = dt.datetime
B_TOBIAS = buyer("Tobias Wendt", "tobias.wendt")
B_MIRIAM = buyer("Miriam Koller", "miriam.koller")
B_CHLOE = buyer("Chloé Martin", "chloe.martin")
B_MARCO = buyer("Marco Bellini", "marco.bellini")
B_LUKAS = buyer("Lukas Brenner", "lukas.brenner")
B_PRIYA = buyer("Priya Natarajan", "priya.natarajan")
B_JONAS = buyer("Jonas Eklund", "jonas.eklund")
B_AISHA = buyer("Aisha Rahman", "aisha.rahman")


def _outlook(lang, body, p, sent, to, contact, boundary, charset="utf-8", cte="quoted-printable", plant=None):
    qb = ol_block(lang, who(p["buyer"]), sent, to, request_subject(p))
    plain = body + "\n" + qb + "\n" + request_text(p, contact, plant=plant)
    h = outlook_html(paras(body), ol_block_html(lang, who(p["buyer"]), sent, to, request_subject(p)),
                     request_html(p, contact, plant=plant), lang)
    return mime.multipart("alternative", boundary, [mime.text(plain, charset=charset, cte=cte),
                                                    mime.text(h, "html", charset=charset, cte=cte)])


def c049():
    sup = supplier("SIAMRS", "Siam Rubber Seal Co., Ltd.", "sales@siamrubberseal.example", "th-TH")
    p = po("4500032601", sup, B_AISHA, "USD", D(2026, 11, 18), [
        ln(1, "SRS-OR-50X3-N70", "O-ring 50x3 NBR 70, black", 5000, "EA", "0.08", D(2026, 12, 18)),
        ln(2, "SRS-OR-100X5-N70", "O-ring 100x5 NBR 70, black", 2000, "EA", "0.21", D(2026, 12, 18)),
        ln(3, "SRS-VR-VA40-NBR", "V-ring seal VA-40 NBR", 1000, "EA", "0.34", D(2026, 12, 18)),
    ])
    assert 2569 - 543 == 2026 and 2570 - 543 == 2027
    body = """เรียน คุณ Aisha Rahman

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500032601 บริษัทฯ ขอยืนยันรายละเอียดดังนี้

รายการที่ 1  โอริง 50x3 NBR 70  จำนวน 5,000 ชิ้น  ราคา 0.08 USD/ชิ้น  ส่งมอบวันที่ 18 ธ.ค. 2569
รายการที่ 2  โอริง 100x5 NBR 70  จำนวน 2,000 ชิ้น  ราคา 0.21 USD/ชิ้น  ส่งมอบวันที่ 8 ม.ค. 2570 (แม่พิมพ์อยู่ระหว่างซ่อมบำรุง)
รายการที่ 3  วีริง VA-40 NBR  จำนวน 1,000 ชิ้น  ราคา 0.36 USD/ชิ้น (ปรับตามราคายางธรรมชาติ)  ส่งมอบวันที่ 18 ธ.ค. 2569

เงื่อนไขการชำระเงิน: เครดิต 30 วัน

ขอแสดงความนับถือ
สมชาย วงศ์ไทย
ฝ่ายขายต่างประเทศ
บริษัท สยามรับเบอร์ซีล จำกัด
นิคมอุตสาหกรรมอมตะซิตี้ ชลบุรี
"""
    qb = ("\n________________________________\nFrom: Aisha Rahman <aisha.rahman@kestrel-group.example>\n"
          "Sent: Wednesday, November 18, 2026 5:45 PM\nTo: sales@siamrubberseal.example\n"
          f"Subject: {request_subject(p)}\n\n")
    plain = body + qb + request_text(p, "Khun Somchai")
    eml = mime.message([
        ("From", mime.addr("สมชาย วงศ์ไทย", "sales@siamrubberseal.example")),
        ("To", who(B_AISHA)),
        ("Subject", mime.hdr("ตอบกลับ: " + request_subject(p), "tis-620")),
        ("Date", mime.rfcdate(2026, 11, 20, 10, 12, 33, "+0700")),
        ("Message-ID", "<SG2PR06MB5311A7C0E4B2D9F1@SG2PR06MB5311.apcprd06.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
    ], mime.text(plain, charset="TIS-620", cte="base64"))
    exp = expected("confirmation", "Thai dates in the Buddhist era: 18 ธ.ค. 2569 = 2026-12-18, 8 ม.ค. 2570 = "
                   "2027-01-08; TIS-620 charset; line 3 new price 0.36; 50x3 / 100x5 / VA-40 and 30-day credit are "
                   "not quantities or dates.",
                   [conf(p, [acc(p["lines"][0]), chg(2000, "0.21", D(2027, 1, 8)), chg(1000, "0.36", D(2026, 12, 18))])])
    return dict(slug="049-orings-thai-buddhist-era", pos=[p], eml=eml, exp=exp,
                hard="Thai TIS-620 reply with Buddhist-era years (2569/2570) and Thai month abbreviations.")


def c050():
    sup = supplier("GALILFLOW", "Galil Flow Systems Ltd.", "orders@galilflow.example", "he-IL")
    p = po("4500032619", sup, B_PRIYA, "USD", D(2026, 11, 18), [
        ln(1, "GF-HV-50-16", "Hydraulic control valve 2 inch DN 50 PN 16", 40, "EA", "162.00", D(2026, 12, 11)),
        ln(2, "GF-AV-1-16", "Air release valve 1 inch PN 16", 80, "EA", "38.50", D(2026, 12, 11)),
    ])
    body = """שלום פריה,

תודה על הזמנה מספר 4500032619.

אנו מאשרים:
פריט 1 - מגוף הידראולי "2 (DN 50) PN 16 - כמות 40 יח', מחיר 162.00 דולר ליח', אספקה 11/12/2026.
פריט 2 - שסתום אוויר "1 PN 16 - כמות 80 יח', מחיר 38.50 דולר ליח'. עקב עומס במחלקת ההרכבה האספקה תהיה ב-18/12/2026.

תנאי תשלום: שוטף + 60.

בברכה,
יעל כהן
מחלקת הזמנות
גליל מערכות זרימה בע"מ
קיבוץ יפתח, ד.נ. גליל עליון
"""
    to = "orders@galilflow.example"
    qb_text = (f"מאת: {who(B_PRIYA)}\nנשלח: יום רביעי 18 נובמבר 2026 15:20\nאל: {to}\n"
               f"נושא: {request_subject(p)}\n")
    plain = body + "\n" + qb_text + "\n" + request_text(p, "Yael")
    h = ("<html dir=\"rtl\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1255\">"
         "</head><body dir=\"rtl\" lang=HE><div class=WordSection1 dir=rtl>" + paras(body) +
         "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal "
         "dir=RTL>" + "<br>".join(html.escape(x) for x in qb_text.strip().split("\n")) + "</p></div>"
         "<div dir=ltr>" + request_html(p, "Yael") + "</div></div></body></html>\n")
    alt = mime.multipart("alternative", "_000_VI1P195MB0655B3E9C1A7D2F0E4B6VI1P195MB0655EURP_", [
        mime.text(plain, charset="windows-1255", cte="quoted-printable"),
        mime.text(h, "html", charset="windows-1255", cte="quoted-printable")])
    eml = mime.message([
        ("From", mime.addr("יעל כהן", "orders@galilflow.example", "windows-1255")),
        ("To", who(B_PRIYA)),
        ("Subject", mime.hdr("השב: " + request_subject(p), "windows-1255")),
        ("Date", mime.rfcdate(2026, 11, 19, 11, 48, 20, "+0200")),
        ("Message-ID", "<VI1P195MB0655B3E9C1A7D2F0@VI1P195MB0655.EURP195.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "he-IL"),
    ], alt)
    exp = expected("confirmation", "Right-to-left Hebrew (windows-1255) with inch marks and DN/PN codes; day-first "
                   "dates; line 2 later date 18/12/2026; payment 'net + 60' is not a date.",
                   [conf(p, [acc(p["lines"][0]), chg(80, "38.50", D(2026, 12, 18))])])
    return dict(slug="050-valves-hebrew-rtl", pos=[p], eml=eml, exp=exp,
                hard="Hebrew right-to-left windows-1255 reply mixing inch sizes, DN/PN codes and day-first dates.")


def c051():
    sup = supplier("SAKURAPKG", "Sakura Package Co., Ltd.", "eigyo@sakura-pkg.example", "ja-JP")
    p = po("4500032612", sup, B_AISHA, "USD", D(2026, 11, 19), [
        ln(1, "SP-JAR-50-AC", "Cosmetic jar 50 ml acrylic double wall, gold cap", 10000, "EA", "0.512", D(2027, 2, 12)),
    ])
    assert is_wd(D(2026, 11, 20), 4) and is_wd(D(2026, 11, 23), 0) and is_wd(D(2026, 11, 24), 1)
    body = """※本メールは自動返信です。

お問い合わせいただき、誠にありがとうございます。

誠に勝手ながら、弊社は11月20日（金）から11月23日（月・祝）まで休業とさせていただきます。
休業期間中にいただいたメールにつきましては、11月24日（火）より順次対応いたします。

ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。

株式会社サクラパッケージ　営業部
"""
    eml = mime.message([
        ("From", mime.addr("サクラパッケージ 営業部", "eigyo@sakura-pkg.example", "iso-2022-jp")),
        ("To", who(B_AISHA)),
        ("Subject", mime.hdr("【自動返信】" + request_subject(p), "iso-2022-jp")),
        ("Date", mime.rfcdate(2026, 11, 20, 9, 0, 4, "+0900")),
        ("Message-ID", "<20261120090004.autoreply.7731@sakura-pkg.example>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-Mailer", "Active! mail 6"),
    ], mime.text(body, charset="iso-2022-jp", cte="7bit"))
    exp = expected("auto_reply", "Japanese ISO-2022-JP holiday auto-reply (company closed 11/20-11/23, replies from "
                   "11/24); the dates are office dates, not delivery.")
    return dict(slug="051-ooo-japanese-iso2022jp", pos=[p], eml=eml, exp=exp,
                hard="Japanese ISO-2022-JP company-holiday auto-reply with month/day dates and weekday marks.")


def c052():
    sup = supplier("EGCEM", "Emirates Gulf Cement Co.", "sales@gulfcement-ae.example", "ar-AE")
    plant = "Kestrel Middle East FZE, Plot S30212, Jebel Ali Free Zone South, Dubai, UAE"
    p = po("4500032633", sup, B_AISHA, "USD", D(2026, 11, 19), [
        ln(1, "EGC-OPC-425N", "Ordinary Portland cement CEM I 42.5 N, bulk", 600, "T", "58.00", D(2026, 12, 15)),
        ln(2, "EGC-SRC-425N", "Sulphate resisting cement 42.5 N, 50 kg bags", 120, "T", "64.50", D(2026, 12, 15)),
    ])
    assert 120 * 1000 // 50 == 2400
    body = """السيدة عائشة رحمن المحترمة،

تحية طيبة وبعد،

نشكركم على طلب الشراء رقم 4500032633، ونؤكد لكم ما يلي:

البند 1: أسمنت بورتلاندي عادي CEM I 42.5 N سائب - الكمية 600 طن بسعر 58.00 دولار أمريكي للطن، يتم التسليم على دفعتين: 300 طن بتاريخ 15/12/2026 و300 طن بتاريخ 22/12/2026.

البند 2: أسمنت مقاوم للكبريتات 42.5 N في أكياس 50 كجم - الكمية 120 طن (2400 كيس)، وبسبب ارتفاع تكلفة الأكياس يصبح السعر 66.00 دولار أمريكي للطن، التسليم بتاريخ 15/12/2026.

التسليم إلى موقعكم في المنطقة الحرة بجبل علي (الأسمنت السائب بشاحنات صهريجية، والأكياس على منصات خشبية).

وتفضلوا بقبول فائق الاحترام،
خالد المنصوري
مدير المبيعات
شركة الخليج الإماراتية للأسمنت
"""
    alt = _outlook("en-US", body, p, T(2026, 11, 19, 9, 5), "sales@gulfcement-ae.example", "Mr Al Mansoori",
                   "_000_DB7PR10MB2203E9A1C5B3D7F0A2C8DB7PR10MB2203eurp_", cte="base64", plant=plant)
    eml = mime.message([
        ("From", mime.addr("خالد المنصوري", "sales@gulfcement-ae.example")),
        ("To", who(B_AISHA)),
        ("Subject", "RE: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 20, 12, 30, 18, "+0400")),
        ("Message-ID", "<DB7PR10MB2203E9A1C5B3D7F0@DB7PR10MB2203.EURPRD10.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "ar-AE"),
    ], alt)
    exp = expected("confirmation", "Arabic reply: bulk cement split 300 t + 300 t (15/12 and 22/12/2026); bagged "
                   "cement new price 66.00 per tonne; 2400 bags and 50 kg are not the PO quantity (tonnes).",
                   [conf(p, [chg(600, "58.00", D(2026, 12, 22), [(300, D(2026, 12, 15)), (300, D(2026, 12, 22))]),
                             chg(120, "66.00", D(2026, 12, 15))])])
    return dict(slug="052-cement-arabic-split", pos=[p], eml=eml, exp=exp,
                hard="Arabic right-to-left cement confirmation with a two-part split and a bag count that is not "
                     "the tonnage ordered.")


def c053():
    sup = supplier("EPIRDAIRY", "Epirus Dairy S.A.", "sales@epirus-dairy.example", "el-GR")
    p = po("4500032648", sup, B_MIRIAM, "EUR", D(2026, 11, 19), [
        ln(1, "ED-FETA-PDO-400", "Feta PDO 400 g vacuum, carton 12", 150, "CS", "52.80", D(2026, 12, 1)),
        ln(2, "ED-YOG-10-1KG", "Greek yoghurt 10 % 1 kg, carton 6", 200, "CS", "19.20", D(2026, 12, 1)),
        ln(3, "ED-KEFALO-8KG", "Kefalograviera PDO wheel approx. 8 kg", 20, "EA", "96.00", D(2026, 12, 1)),
        ln(4, "ED-MANOURI-200", "Manouri PDO 200 g, carton 10", 30, "CS", "27.50", D(2026, 12, 1)),
    ])
    assert next_md(12, 1, D(2026, 11, 20)) == is_wd(D(2026, 12, 1), 1)
    body = """Αγαπητή κα Koller,

σας ευχαριστούμε για την παραγγελία 4500032648, την οποία επιβεβαιώνουμε ως εξής:

- Φέτα ΠΟΠ 400 γρ. vacuum: 150 κιβώτια x 52,80 €, παράδοση Τρίτη 1/12.
- Γιαούρτι στραγγιστό 10% 1 κιλό: 200 κιβώτια x 19,20 €, παράδοση 1/12.
- Κεφαλογραβιέρα ΠΟΠ: αυτή τη στιγμή έχουμε ωριμασμένα μόνο 12 κεφάλια, τα οποία αποστέλλονται μαζί με τη φέτα και το γιαούρτι την 1/12, τιμή 96,00 € το κεφάλι.

Μεταφορά με ψυγείο 2-4 °C. Ημερομηνία λήξης φέτας: 15/05/2027, γιαουρτιού: 20/12/2026.

Με εκτίμηση,
Ελένη Παπαδοπούλου
Τμήμα Εξαγωγών
Γαλακτοκομικά Ηπείρου Α.Ε. - Ιωάννινα
"""
    alt = _outlook("en-GB", body, p, T(2026, 11, 19, 13, 0), "sales@epirus-dairy.example", "Ms Papadopoulou",
                   "_000_PAXPR08MB7021C3E5A1D9B7F2E0C4PAXPR08MB7021eurp_", charset="iso-8859-7")
    eml = mime.message([
        ("From", mime.addr("Ελένη Παπαδοπούλου", "sales@epirus-dairy.example", "iso-8859-7")),
        ("To", who(B_MIRIAM)),
        ("Subject", mime.hdr("ΑΠ: " + request_subject(p), "iso-8859-7")),
        ("Date", mime.rfcdate(2026, 11, 20, 15, 44, 7, "+0200")),
        ("Message-ID", "<PAXPR08MB7021C3E5A1D9B7F2@PAXPR08MB7021.eurprd08.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "el-GR"),
    ], alt)
    exp = expected("confirmation", "Greek ISO-8859-7; date '1/12' without year (next such date = 2026-12-01); only "
                   "12 of 20 cheese wheels; the Manouri line is not mentioned (unconfirmed); expiry dates 15/05/2027 and 20/12/2026 are not delivery dates.",
                   [conf(p, [acc(p["lines"][0]), acc(p["lines"][1]), chg(12, "96.00", D(2026, 12, 1)), UNC])])
    return dict(slug="053-dairy-greek-feta-partial", pos=[p], eml=eml, exp=exp,
                hard="Greek ISO-8859-7 reply with 'd/m' dates without year, a partial cheese quantity and expiry "
                     "dates in the same block and a fourth line left unmentioned.")


def c054():
    sup = supplier("ELKABEL", "Elkabel Śląsk Sp. z o.o.", "zamowienia@elkabel-slask.example", "pl-PL")
    p = po("4500032655", sup, B_JONAS, "EUR", D(2026, 11, 19), [
        ln(1, "EK-NYM-3X1.5", "Cable NYM-J 3x1.5 mm2, drum 500 m", 2000, "M", "1.21", D(2026, 12, 16)),
    ])
    rows = [["Elkabel Śląsk Sp. z o.o. - Cennik 2027 / Price list 2027"],
            ["Ważny od / valid from", D(2027, 1, 1), "do / until", D(2027, 12, 31)],
            [],
            ["Indeks", "Opis", "J.m.", "Cena EUR/km", "Min. zamówienie (m)"],
            ["EK-NYM-3X1.5", "NYM-J 3x1,5 mm²", "km", 1290.0, 500],
            ["EK-NYM-3X2.5", "NYM-J 3x2,5 mm²", "km", 1980.0, 500],
            ["EK-NYM-5X1.5", "NYM-J 5x1,5 mm²", "km", 1690.0, 500],
            ["EK-YKY-4X16", "YKY 0,6/1 kV 4x16 mm²", "km", 9750.0, 500]]
    xlsx = make_xlsx(rows, "Cennik 2027", creator="Elkabel")
    body = """Szanowni Państwo,

w załączeniu przesyłamy cennik na rok 2027, obowiązujący od 01.01.2027 do 31.12.2027.

Zamówienia złożone do 15.12.2026 realizujemy jeszcze według cen z 2026 roku, pod warunkiem dostawy do 31.01.2027.

Z poważaniem
Dział Sprzedaży
Elkabel Śląsk Sp. z o.o.
"""
    mixed = mime.multipart("mixed", "----=_Part_20771_90118823.1795166400000", [
        mime.text(body, charset="iso-8859-2", cte="quoted-printable"),
        mime.attachment(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "Cennik_Elkabel_2027.xlsx")])
    eml = mime.message([
        ("From", mime.addr("Elkabel Śląsk - Sprzedaż", "zamowienia@elkabel-slask.example", "iso-8859-2")),
        ("To", "zakupy-lista@kestrel-group.example"),
        ("Bcc", None),
        ("Subject", mime.hdr("Cennik 2027 / Price list 2027", "iso-8859-2")),
        ("Date", mime.rfcdate(2026, 11, 20, 8, 0, 0, "+0100")),
        ("Message-ID", "<cennik2027.20261120080000@elkabel-slask.example>"),
    ], mixed)
    exp = expected("unrelated", "Price list 2027 with validity dates and new per-km prices for the same item as "
                   "the open PO; sent to a distribution list, not an answer to the PO.")
    return dict(slug="054-cable-price-list-2027-xlsx", pos=[p], eml=eml, exp=exp,
                hard="Polish price list (XLSX) from the supplier of an open PO, containing that PO's item at a "
                     "new price and validity dates.")


def c055():
    sup = supplier("ROZAPACK", "Roza Pack Ltd.", "office@rozapack.example", "bg-BG")
    p = po("4500032662", sup, B_CHLOE, "EUR", D(2026, 11, 19), [
        ln(1, "RP-JAR-50-GL", "Glass jar 50 ml amber, black lid", 10000, "EA", "0.47", D(2027, 1, 15)),
        ln(2, "RP-JAR-100-GL", "Glass jar 100 ml amber, black lid", 6000, "EA", "0.62", D(2027, 1, 15)),
    ])
    body = """Здравейте, г-жо Мартен,

Благодарим Ви за поръчка № 4500032662. Потвърждаваме:

1. Стъклен буркан 50 мл, кафяв, с черна капачка - 10 000 бр., цена 470,00 EUR / 1000 бр., доставка 15.01.2027 г.
2. Стъклен буркан 100 мл, кафяв, с черна капачка - 6 000 бр., цена 650,00 EUR / 1000 бр. (поради увеличение на цената на стъклото), доставка 15.01.2027 г.

Минималното количество за поръчка (MOQ) за следващи поръчки е 10 000 бр. на артикул.

С уважение,
Десислава Иванова
Търговски отдел
Роза Пак ООД, гр. Казанлък
"""
    alt = _outlook("en-GB", body, p, T(2026, 11, 19, 16, 10), "office@rozapack.example", "Ms Ivanova",
                   "_000_AM8PR07MB7688A1D3C9E5B0F4A2D6AM8PR07MB7688eurp_")
    eml = mime.message([
        ("From", mime.addr("Десислава Иванова", "office@rozapack.example")),
        ("To", mime.addr("Chloé Martin", "chloe.martin@kestrel-group.example")),
        ("Subject", "RE: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 23, 10, 5, 51, "+0200")),
        ("Message-ID", "<AM8PR07MB7688A1D3C9E5B0F4@AM8PR07MB7688.eurprd07.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "bg-BG"),
    ], alt)
    exp = expected("confirmation", "Prices per 1000 pieces: 470,00/1000 = 0.47 (unchanged), 650,00/1000 = 0.65 "
                   "(changed); the MOQ sentence concerns future orders and does not change line 2's 6 000.",
                   [conf(p, [acc(p["lines"][0]), chg(6000, "0.65", D(2027, 1, 15))])])
    return dict(slug="055-cosmetic-jars-per-1000-bulgarian", pos=[p], eml=eml, exp=exp,
                hard="Bulgarian windows-1251 reply with prices per 1000 pieces and an MOQ remark that applies "
                     "only to future orders.")


def c056():
    sup = supplier("UZK", "Ukrzaliznkomplekt LLC", "sales@uzk-rail.example", "uk-UA")
    p = po("4500032677", sup, B_LUKAS, "EUR", D(2026, 11, 19), [
        ln(1, "UZK-BS-KTYPE", "Composite brake shoe K-type, UIC 541-4", 1200, "EA", "18.60", D(2026, 12, 15)),
        ln(2, "UZK-CPL-SA3-KN", "Automatic coupler SA-3 knuckle", 24, "EA", "410.00", D(2026, 12, 15)),
    ])
    body = """Шановний пане Бреннер,

дякуємо за замовлення № 4500032677. Підтверджуємо:

Позиція 1 - гальмівні колодки композиційні К-типу: 1200 шт., 18,60 EUR/шт. 800 шт. доставимо до 15.12.2026. Дату поставки решти 400 шт. повідомимо додатково - очікуємо сировину від постачальника.

Позиція 2 - кулак автозчепу СА-3: 24 шт., 410,00 EUR/шт., доставка 15.12.2026.

Сертифікати відповідності UIC 541-4 додаються до поставки.

З повагою,
Олена Ковальчук
відділ продажів
ТОВ «Укрзалізкомплект», м. Дніпро
"""
    qb = ("\n-------- Оригінальне повідомлення --------\n"
          f"Від: {who(B_LUKAS)}\nДата: 19.11.2026 14:02\nКому: sales@uzk-rail.example\n"
          f"Тема: {request_subject(p)}\n\n")
    plain = body + qb + request_text(p, "Ms Kovalchuk")
    eml = mime.message([
        ("From", mime.addr("Олена Ковальчук", "sales@uzk-rail.example", "windows-1251")),
        ("To", who(B_LUKAS)),
        ("Subject", "Re: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 23, 11, 30, 15, "+0200")),
        ("Message-ID", "<1732354215.492718.8301@uzk-rail.example>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF132 (Win)/9.0.0_GA_4583)"),
    ], mime.text(plain, charset="windows-1251", cte="8bit"))
    exp = expected("confirmation", "windows-1251 8bit Ukrainian; line 1 split where the second part (400 pcs) has no date "
                   "yet: only the dated 800 pcs are committed (quantity 800, date 15.12.2026, no schedule); UIC "
                   "541-4 is a standard, not a date.",
                   [conf(p, [chg(800, "18.60", D(2026, 12, 15)), acc(p["lines"][1])])])
    return dict(slug="056-railway-split-second-part-no-date", pos=[p], eml=eml, exp=exp,
                hard="Ukrainian windows-1251 8bit reply splitting a line where the remaining 400 pieces have no date yet.")


def c057():
    sup = supplier("NUTRIPET", "NutriPet Alimentos Ltda.", "vendas@nutripet.example", "pt-BR")
    p = po("4500032684", sup, B_AISHA, "USD", D(2026, 11, 19), [
        ln(1, "NP-WET-DOG-85", "Wet dog food pouch 85 g, case 12", 400, "CS", "7.80", D(2026, 12, 18)),
        ln(2, "NP-WET-CAT-85", "Wet cat food pouch 85 g, case 12", 600, "CS", "7.95", D(2026, 12, 18)),
    ])
    s = Sheet(size=9)
    s.line("NutriPet Alimentos Ltda.", bold=True, size=13)
    s.line("CONFIRMAÇÃO DE PEDIDO  Nº CP-26-2291", bold=True, size=12)
    s.row([(50, "Pedido do cliente:"), (170, "4500032684")])
    s.row([(50, "Data:"), (170, "20/11/2026")])
    s.gap()
    s.row([(50, "Item"), (90, "Código"), (200, "Descrição"), (380, "Qtd."), (420, "Preço US$"), (490, "Entrega")], bold=True)
    s.rule()
    s.row([(50, "1"), (90, "NP-WET-DOG-85"), (200, "Sachê cão 85 g cx 12"), (380, "400"), (420, "7,80"), (490, "08/01/2027")])
    s.row([(50, "2"), (90, "NP-WET-CAT-85"), (200, "Sachê gato 85 g cx 12"), (380, "600"), (420, "8,25"), (490, "08/01/2027")])
    s.gap()
    s.line("Incoterm: DAP Columbus. Pagamento: 60 dias.")
    pdf = s.pdf(title="CP-26-2291", producer="TOTVS Protheus")
    body = """Oi Aisha,

Tudo certo com o pedido 4500032684: quantidades e preços conforme seu pedido, entrega em 18/12/2026.
Segue anexa a confirmação do pedido.

Abraço,
Rodrigo Nascimento
Exportação | NutriPet Alimentos Ltda.
"""
    alt = _outlook("pt", body, p, T(2026, 11, 19, 14, 40), "vendas@nutripet.example", "Rodrigo",
                   "_000_CP5PR80MB4419F0A2C6E8B1D3A5C7CP5PR80MB4419lamp_")
    mixed = mime.multipart("mixed", "_004_CP5PR80MB4419F0A2C6E8B1D3A5C7CP5PR80MB4419lamp_",
                           [alt, mime.attachment(pdf, "application/pdf", "CP-26-2291.pdf")])
    eml = mime.message([
        ("From", mime.addr("Rodrigo Nascimento", "vendas@nutripet.example")),
        ("To", who(B_AISHA)),
        ("Subject", "RES: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 20, 16, 2, 37, "-0300")),
        ("Message-ID", "<CP5PR80MB4419F0A2C6E8B1D3@CP5PR80MB4419.lamprd80.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "pt-BR"),
    ], mixed)
    exp = expected("needs_review", "Contradiction: the mail text confirms everything as ordered for 18/12/2026, the "
                   "attached order confirmation says delivery 08/01/2027 for both lines and 8,25 for the cat food. "
                   "A careful buyer cannot tell which is binding.")
    return dict(slug="057-petfood-text-vs-pdf-contradiction", pos=[p], eml=eml, exp=exp,
                hard="Brazilian 'all as ordered' mail whose attached PDF confirmation has a later date and a "
                     "different price.")


def c058():
    sup = supplier("KOKVID", "Kokzāģētava Vidzeme SIA", "pardosana@kokzagetava-vidzeme.example", "lv-LV")
    p = po("4500032690", sup, B_JONAS, "EUR", D(2026, 11, 20), [
        ln(1, "KV-BRD-22X100-KD", "Spruce boards 22x100 KD 18%, 4.5 m", 24, "M3", "228.00", D(2026, 12, 18)),
        ln(2, "KV-BAT-32X50-C24", "Battens 32x50 C24, 4.8 m", 10, "M3", "246.00", D(2026, 12, 18)),
        ln(3, "KV-STR-50X150-C24", "Structural timber 50x150 C24, 5.4 m", 16, "M3", "289.00", D(2026, 12, 18)),
    ])
    body = """Labdien, Jonas!

Paldies par pasūtījumu Nr. 4500032690. Apstiprinām:

1. Egles dēļi 22x100, KD 18%, 4,5 m - 24 m³ (3 pakas pa 8 m³), 228,00 EUR/m³
2. Līstes 32x50 C24, 4,8 m - 10 m³, 246,00 EUR/m³
3. Konstrukciju kokmateriāli 50x150 C24, 5,4 m - diemžēl šobrīd pieejami tikai 12 m³, 289,00 EUR/m³

Piegāde visām pozīcijām 2026. gada 18. decembrī.

Ar cieņu
Jānis Bērziņš
Pārdošanas vadītājs
SIA "Kokzāģētava Vidzeme", Rūpniecības iela 4, Cēsis
"""
    attr = "20.11.2026 12:10, Jonas Eklund rakstīja:"
    plain = body + "\n" + attr + "\n" + quote(request_text(p, "Mr Bērziņš"))
    eml = mime.message([
        ("Message-ID", "<b3e91a07-2c5d-4f68-9a1e-7d0c4b2f8e15@kokzagetava-vidzeme.example>"),
        ("Date", mime.rfcdate(2026, 11, 23, 9, 17, 46, "+0200")),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Subject", "Re: " + request_subject(p)),
        ("Content-Language", "lv"),
        ("To", who(B_JONAS)),
        ("References", p["request_message_id"]),
        ("In-Reply-To", p["request_message_id"]),
        ("From", mime.addr("Jānis Bērziņš", "pardosana@kokzagetava-vidzeme.example", "iso-8859-13")),
    ], mime.text(plain, charset="iso-8859-13", cte="quoted-printable"))
    exp = expected("confirmation", "Latvian ISO-8859-13; date '2026. gada 18. decembrī'; line 3 only 12 of 16 m3; "
                   "'3 pakas pa 8 m³', KD 18% and C24 are not quantities or prices.",
                   [conf(p, [acc(p["lines"][0]), acc(p["lines"][1]), chg(12, "289.00", D(2026, 12, 18))])])
    return dict(slug="058-timber-latvian-m3-partial", pos=[p], eml=eml, exp=exp,
                hard="Latvian reply in ISO-8859-13 with long-form dates, package counts next to m³ quantities and "
                     "moisture/strength codes.")


def c059():
    sup = supplier("PUITAL", "Puitaluse Tehas OÜ", "myyk@puitalus.example", "et-EE")
    p = po("4500032704", sup, B_JONAS, "EUR", D(2026, 11, 20), [
        ln(1, "PT-EUR-USED-A", "EUR pallet EPAL, used, grade A", 1200, "EA", "7.90", D(2026, 12, 4)),
        ln(2, "PT-IND-1200X1000", "Industrial pallet 1200x1000, new", 400, "EA", "13.40", D(2026, 12, 4)),
    ])
    w50 = kw(2026, 50)
    assert w50 == D(2026, 12, 11)
    body = """Tere, Jonas!

Täname tellimuse eest. Kinnitame tellimuse nr 4500032704:

- EUR-alused EPAL, kasutatud, A-klass: 1200 tk à 7,90 €, tarne 50. nädalal
- Tööstusalused 1200x1000, uued: 400 tk, hind 13,60 € (saematerjali hinnatõus alates 1. novembrist), tarne samuti 50. nädalal

Nädalal 49 on meie liin hoolduses, seetõttu ei jõua me 4. detsembriks.

Lugupidamisega
Kristjan Tamm
Müügijuht
Puitaluse Tehas OÜ, Tööstuse 12, Pärnu
"""
    attr = "Kuupäeval R, 20. nov 2026 kell 11:40 kirjutas Jonas Eklund <jonas.eklund@kestrel-group.example>:"
    plain = body + "\n" + attr + "\n\n" + quote(request_text(p, "Kristjan"))
    h = gmail_html(simple_html(body), attr, request_html(p, "Kristjan"))
    alt = mime.multipart("alternative", "0000000000004b9e2f064436d1a8", [
        mime.text(plain, charset="iso-8859-15"), mime.text(h, "html", charset="iso-8859-15")])
    eml = mime.message([
        ("MIME-Version", "1.0"),
        ("Date", mime.rfcdate(2026, 11, 23, 14, 55, 0, "+0200")),
        ("References", p["request_message_id"]),
        ("In-Reply-To", p["request_message_id"]),
        ("Message-ID", "<CAD3hU7z5mPq1Kt9Nw2Ls6Xv0Ej8bR4cY7g=Qf2E@mail.gmail.com>"),
        ("Subject", "Re: " + request_subject(p)),
        ("From", mime.addr("Kristjan Tamm", "myyk@puitalus.example")),
        ("To", who(B_JONAS)),
    ], alt)
    exp = expected("confirmation", "Estonian '50. nädalal' (week 50, no day) = Friday 2026-12-11 for both lines; "
                   "week 49 maintenance and 1 November price date are context; line 2 price 13,60.",
                   [conf(p, [chg(1200, "7.90", w50), chg(400, "13.60", w50)])])
    return dict(slug="059-pallets-estonian-week-50", pos=[p], eml=eml, exp=exp,
                hard="Estonian week-number delivery ('50. nädalal') next to a different week number for "
                     "maintenance.")


def c060():
    sup = supplier("TATNORD", "Tätningsteknik Nordic AB", "order@tatningsteknik.example", "sv-SE")
    p = po("4500032711", sup, B_JONAS, "EUR", D(2026, 11, 20), [
        ln(1, "TN-OR-75X3-N70", "O-ring 75x3 NBR 70 Shore A", 800, "EA", "0.51", D(2026, 12, 11)),
    ])
    body = """Hej,

Jag är på tjänsteresa till och med fredag 27/11 och har begränsad tillgång till e-post.

Pågående order och leveranser går som planerat. Nya order och orderbekräftelser hanteras av order@tatningsteknik.example, tel. 031-55 20 40.

Med vänlig hälsning
Karin Lindqvist
Tätningsteknik Nordic AB
"""
    assert is_wd(D(2026, 11, 27), 4)
    eml = mime.message([
        ("From", mime.addr("Karin Lindqvist", "karin.lindqvist@tatningsteknik.example")),
        ("To", who(B_JONAS)),
        ("Subject", mime.hdr("Automatiskt svar: " + request_subject(p))),
        ("Date", mime.rfcdate(2026, 11, 20, 12, 1, 9, "+0100")),
        ("Message-ID", "<HE1PR0701MB2975AutoReply20261120@HE1PR0701MB2975.eurprd07.prod.outlook.com>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ], mime.text(body, charset="iso-8859-1", cte="quoted-printable"))
    exp = expected("auto_reply", "Swedish out-of-office that also says 'ongoing orders and deliveries run as "
                   "planned'; that generic sentence does not confirm this PO.")
    return dict(slug="060-ooo-swedish-deliveries-as-planned", pos=[p], eml=eml, exp=exp,
                hard="Out-of-office that says deliveries 'go as planned', which reads like a confirmation but "
                     "is generic.")


def c061():
    sup = supplier("KEMCIST", "Kemija Čistila d.o.o.", "prodaja@kemija-cistila.example", "sl-SI")
    pa = po("4500032718", sup, B_MIRIAM, "EUR", D(2026, 11, 20), [
        ln(1, "KC-AC12-IBC", "Alkaline cleaner AC-12, IBC 1000 l", 3, "EA", "1140.00", D(2026, 12, 9)),
    ])
    pb = po("4500032721", sup, B_MIRIAM, "EUR", D(2026, 11, 20), [
        ln(1, "KC-AS4-IBC", "Acidic cleaner AS-4, IBC 1000 l", 2, "EA", "1320.00", D(2026, 12, 9)),
    ])
    body = """Spoštovana ga. Koller,

hvala za obe naročili. Potrjujemo:

Naročilo 4500032718: 3 IBC AC-12 (alkalno čistilo), 1.140,00 EUR/IBC, dobava 9. 12. 2026.
Naročilo 4500032721: 2 IBC AS-4 (kislo čistilo), 1.320,00 EUR/IBC. Zaradi zamude pri dobavi surovine je dobava možna šele 16. 12. 2026.

Opozorilo za prevoz: AS-4 je nevarno blago UN 1805, razred 8, gostota 1,18 kg/l. Varnostni list (verzija 3.2 z dne 02.06.2026) je priložen dobavnici.

Lep pozdrav,
Maja Novak
Prodaja
Kemija Čistila d.o.o., Cesta v Mestni log 51, 1000 Ljubljana
"""
    sent = T(2026, 11, 20, 10, 15)
    qb = ol_block("sl", who(B_MIRIAM), sent, "prodaja@kemija-cistila.example",
                  "Purchase orders 4500032718 / 4500032721 - request for order acknowledgement")
    plain = body + "\n" + qb + "\n" + request_text(pa, "Ms Novak") + "\n" + request_text(pb, "Ms Novak")
    eml = mime.message([
        ("From", mime.addr("Maja Novak", "prodaja@kemija-cistila.example", "iso-8859-2")),
        ("To", who(B_MIRIAM)),
        ("Subject", "RE: Purchase orders 4500032718 / 4500032721 - request for order acknowledgement"),
        ("Date", mime.rfcdate(2026, 11, 23, 13, 20, 42, "+0100")),
        ("Message-ID", "<GV1PR04MB9134D0B2F8A6C3E1@GV1PR04MB9134.eurprd04.prod.outlook.com>"),
        ("In-Reply-To", pb["request_message_id"]),
        ("References", pa["request_message_id"] + " " + pb["request_message_id"]),
        ("Content-Language", "sl-SI"),
    ], mime.text(plain, charset="iso-8859-2", cte="quoted-printable"))
    exp = expected("confirmation", "Two single-line POs answered in one mail: first as ordered, second a week later "
                   "(16. 12. 2026); UN 1805, class 8, density 1,18 kg/l and the SDS date are not order data.",
                   [conf(pa, [acc(pa["lines"][0])]), conf(pb, [chg(2, "1320.00", D(2026, 12, 16))])])
    return dict(slug="061-cleaning-ibc-two-pos-slovenian", pos=[pa, pb], eml=eml, exp=exp,
                hard="Slovenian reply to two one-line IBC orders with dangerous-goods numbers and an SDS date in "
                     "the text.")


def c062():
    sup = supplier("ALLEGPV", "Allegheny Pump & Valve Co.", "custserv@alleghenypv.example", "en-US")
    p = po("4500032735", sup, B_PRIYA, "USD", D(2026, 11, 20), [
        ln(1, "APV-GLB-2-150", "Globe valve 2 inch class 150, WCB", 12, "EA", "612.00", D(2027, 1, 15)),
        ln(2, "APV-BAL-1-800", "Ball valve 1 inch class 800, A105", 50, "EA", "88.40", D(2027, 1, 15)),
        ln(3, "APV-YST-2-150", "Y-strainer 2 inch class 150", 12, "EA", "245.00", D(2027, 1, 15)),
    ])
    s = Sheet(size=8, leading=12)
    s.line("ALLEGHENY PUMP & VALVE CO.", bold=True, size=14)
    s.line("1200 River Ave, Pittsburgh, PA 15212  |  (412) 555-0190", size=8)
    s.gap()
    s.line("SALES ORDER ACKNOWLEDGEMENT", bold=True, size=12)
    s.tj(["Sales Order: ", -250, "771204", -2000, "Order Date: ", -250, "11/23/26"])
    s.tj(["Customer PO: ", -250, "4500032735", -2000, "Ship Via: ", -250, "Best Way LTL"])
    s.tj(["Terms: ", -250, "Net 45", -2000, "FOB: ", -250, "Shipping Point"])
    s.gap()
    cols = [50, 75, 170, 255, 290, 315, 370, 425, 485]
    s.row(list(zip(cols, ["Ln", "Customer Item", "Our Item", "Qty", "UM", "Unit Price", "Extension",
                          "Sched Ship", "Promised Del."])), bold=True)
    s.rule()
    s.row(list(zip(cols, ["10", "APV-GLB-2-150", "GV150-WCB-2", "12", "EA", "612.00", "7,344.00", "01/08/27", "01/15/27"])))
    s.row(list(zip(cols, ["20", "APV-BAL-1-800", "BV800-A105-1", "50", "EA", "88.40", "4,420.00", "01/08/27", "01/15/27"])))
    s.row(list(zip(cols, ["30", "APV-YST-2-150", "YS150-2-CS", "12", "EA", "251.00", "3,012.00", "01/20/27", "01/27/27"])))
    s.rule()
    s.row([(370, "Total USD"), (425, "14,776.00")], bold=True)
    s.gap()
    s.tj(["Ln 30: ", -150, "screen material upgrade to 316SS per mill cert, price adjusted."])
    s.line("Promised delivery dates are dates of arrival at customer dock. Quote 26-Q-4471 expires 12/31/26.")
    pdf = s.pdf(title="SO 771204", producer="Epicor Kinetic 2025.1", compress=True)
    assert 12 * 612 + 50 * 88.40 + 12 * 251 == 14776.0
    assert is_wd(D(2027, 1, 27), 2)
    body = ("This is a system generated message. Please find attached Sales Order Acknowledgement 771204 for your "
            "purchase order 4500032735.\n\nPlease review the acknowledgement and notify us of any discrepancies "
            "within 48 hours.\n\nAllegheny Pump & Valve Co. - Customer Service\n")
    mixed = mime.multipart("mixed", "b1_7c2f9e0a3d5b4c81a6e2f0d9c7b3a154", [
        mime.text(body, charset="us-ascii", cte="7bit"),
        mime.attachment(pdf, "application/octet-stream", "SOA_771204.pdf")])
    eml = mime.message([
        ("From", mime.addr("APV Customer Service", "noreply@alleghenypv.example")),
        ("Reply-To", "custserv@alleghenypv.example"),
        ("To", "priya.natarajan@kestrel-group.example"),
        ("Subject", "Sales Order Acknowledgement 771204 / PO 4500032735"),
        ("Date", mime.rfcdate(2026, 11, 23, 6, 15, 0, "-0500")),
        ("Message-ID", "<soa.771204.20261123061500@epicor.alleghenypv.example>"),
        ("Auto-Submitted", "auto-generated"),
    ], mixed)
    exp = expected("confirmation", "Automatic ERP mail (Auto-Submitted) with a FlateDecode PDF sent as "
                   "application/octet-stream: still a confirmation. Two-digit-year US dates; promised delivery "
                   "(arrival) wins over scheduled ship; line 30 new price 251.00 and delivery 01/27/27.",
                   [conf(p, [acc(p["lines"][0]), acc(p["lines"][1]), chg(12, "251.00", D(2027, 1, 27))])])
    return dict(slug="062-valves-erp-pdf-flate-ship-vs-promised", pos=[p], eml=eml, exp=exp,
                hard="System-generated US acknowledgment with a compressed PDF (octet-stream), two-digit years "
                     "and both scheduled ship and promised delivery columns.")


def c063():
    sup = supplier("KWOL", "Kabelwerke Oberlausitz GmbH", "verkauf@kabelwerke-ol.example", "de-DE")
    p = po("4500032749", sup, B_MIRIAM, "EUR", D(2026, 11, 20), [
        ln(1, "KO-NYY-J-5X16", "NYY-J 5x16 mm² 0,6/1 kV, Trommel 500 m", 1000, "M", "11.20", D(2026, 12, 8)),
        ln(2, "KO-H07VK-1X6-GNYE", "H07V-K 1x6 mm² grün-gelb, Ring 100 m", 2000, "M", "0.94", D(2026, 12, 8)),
    ])
    tue50 = kw(2026, 50, 2)
    assert tue50 == D(2026, 12, 8)
    body = """Guten Tag Frau Koller,

vielen Dank für Ihre Bestellung 4500032749.

Pos. 1 NYY-J 5x16: 1.000 m auf zwei Trommeln à 500 m, 11,20 €/m, Liefertermin Dienstag, KW 50.
Pos. 2 H07V-K 1x6 gn/ge: 2.000 m (20 Ringe à 100 m), Preis 98,00 € je 100 m auf Kupferbasis DEL 850 €/100 kg, ebenfalls Dienstag KW 50.

Kupferzuschläge werden bei Abweichung der DEL-Notiz am Liefertag nachberechnet.

Freundliche Grüße
Sandra Kretschmer
Vertrieb Innendienst
Kabelwerke Oberlausitz GmbH | Spreestraße 40 | 02625 Bautzen
"""
    alt = _outlook("de", body, p, T(2026, 11, 20, 8, 20), "verkauf@kabelwerke-ol.example", "Ms Kretschmer",
                   "_000_BE1P281MB2344A7C0E2D4B6F8A1C3BE1P281MB2344DEUP_", charset="windows-1252")
    eml = mime.message([
        ("From", mime.addr("Sandra Kretschmer", "verkauf@kabelwerke-ol.example")),
        ("To", who(B_MIRIAM)),
        ("Subject", "AW: " + request_subject(p)),
        ("Date", mime.rfcdate(2026, 11, 23, 15, 11, 20, "+0100")),
        ("Message-ID", "<BE1P281MB2344A7C0E2D4B6F8@BE1P281MB2344.DEUP281.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", p["request_message_id"]),
        ("References", p["request_message_id"]),
        ("Content-Language", "de-DE"),
    ], alt)
    exp = expected("confirmation", "'Dienstag, KW 50' (day named) = 2026-12-08, as requested; price per 100 m "
                   "98,00 = 0.98 per m (changed); DEL 850 €/100 kg copper base and 0,6/1 kV are not prices or "
                   "quantities.",
                   [conf(p, [acc(p["lines"][0]), chg(2000, "0.98", tue50)])])
    return dict(slug="063-cable-tuesday-kw50-per-100m", pos=[p], eml=eml, exp=exp,
                hard="German cable reply with 'Dienstag, KW 50' (a named day, not Friday), a price per 100 m and "
                     "a copper-base figure in €/100 kg.")


def c064():
    sup = supplier("NBRAIL", "Northbridge Rail Components Ltd", "sales@northbridge-rail.example", "en-GB")
    p = po("4500032760", sup, B_TOBIAS, "GBP", D(2026, 11, 20), [
        ln(1, "NR-CS-1250", "Pantograph carbon strip 1,250 mm", 60, "EA", "86.00", D(2027, 1, 20)),
    ])
    s = Sheet(size=9)
    s.line("Northbridge Rail Components Ltd", bold=True, size=13)
    s.line("STATEMENT OF ACCOUNT", bold=True, size=12)
    s.row([(50, "Account:"), (150, "KES001 - Kestrel UK Ltd"), (350, "Statement date:"), (450, "20/11/2026")])
    s.gap()
    s.row([(50, "Date"), (110, "Type"), (160, "Reference"), (240, "Your order"), (330, "Due"), (400, "Amount"), (470, "Balance")], bold=True)
    s.rule()
    rows = [("02/10/2026", "INV", "SI-77102", "4500031204", "01/11/2026", "3,440.00", "3,440.00"),
            ("09/10/2026", "INV", "SI-77251", "4500031377", "08/11/2026", "1,860.00", "5,300.00"),
            ("15/10/2026", "PAY", "BACS", "", "", "-3,440.00", "1,860.00"),
            ("28/10/2026", "INV", "SI-77590", "4500031612", "27/11/2026", "2,150.40", "4,010.40"),
            ("04/11/2026", "CRN", "SC-1104", "4500031377", "", "-186.00", "3,824.40")]
    for r in rows:
        s.row(list(zip([50, 110, 160, 240, 330, 400, 470], r)))
    s.rule()
    s.row([(330, "Overdue"), (470, "1,674.00")], bold=True)
    s.row([(330, "Total due"), (470, "3,824.40")], bold=True)
    pdf = s.pdf(title="Statement KES001", producer="Sage 200")
    body = """Dear Customer,

Please find attached your statement of account as at 20/11/2026.

Our records show an overdue balance of GBP 1,674.00 (invoice SI-77251, due 08/11/2026). We would be grateful if you could arrange payment at your earliest convenience, or let us know if there is a query.

Kind regards,
Credit Control
Northbridge Rail Components Ltd
"""
    mixed = mime.multipart("mixed", "----=_NextPart_000_01A4_01DB3BA2.9E7F0C10", [
        mime.text(body, charset="us-ascii", cte="7bit"),
        mime.attachment(pdf, "application/pdf", "Statement_KES001_20112026.pdf")])
    assert 1860 - 186 == 1674
    eml = mime.message([
        ("From", mime.addr("Northbridge Credit Control", "creditcontrol@northbridge-rail.example")),
        ("To", who(B_TOBIAS)),
        ("Subject", "Statement of account - KES001 - 20/11/2026"),
        ("Date", mime.rfcdate(2026, 11, 20, 16, 2, 10, "+0000")),
        ("Message-ID", "<01a401db3ba2$9e7f0c10$db1d2430$@northbridge-rail.example>"),
    ], mixed)
    exp = expected("unrelated", "Statement of account listing invoices for other, older POs, due dates and an "
                   "overdue balance; the open PO is not mentioned.")
    return dict(slug="064-statement-of-account", pos=[p], eml=eml, exp=exp,
                hard="Statement of account with PO numbers, amounts and due dates for other orders from the "
                     "same rail supplier.")


CASES = [c049, c050, c051, c052, c053, c054, c055, c056, c057, c058, c059, c060, c061, c062, c063, c064]
