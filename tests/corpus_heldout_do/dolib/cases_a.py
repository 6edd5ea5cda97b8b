# -*- coding: utf-8 -*-
"""Cases 001-018."""
import datetime as dt

from .common import (A, AD, ATT, C, CONF, DH, H, M, MAIL, OTHER, PO, R, RAW, S, T, U, XLSX, XLSX_CT, buyer_to,
                     case, long_en, q_gt, q_html, q_outlook, req_html, req_subject, req_text, reply_hdrs, L)


@case("anchor-bolts-per100-kw51", "de-AT",
      "Austrian top-post over a German Outlook quote; line 2 re-priced per 100 pcs (18,90/100 = 0.189), line 3 'KW 51' = Friday 2026-12-18.")
def c001():
    s = S("DONAUTAL", "Donautal Befestigungstechnik GmbH", "verkauf@donautal-befestigung.example", "de-AT")
    po = PO("4500018201", s, [
        L("AB-M10-090", "Anchor bolt M10x90, zinc plated", 800, "EA", "0.1420", "2026-12-14"),
        L("AB-M12-120", "Anchor bolt M12x120, hot-dip galvanised", 1200, "EA", "0.1750", "2026-12-14"),
        L("AB-M16-160", "Heavy-duty anchor bolt M16x160, A4 stainless", 150, "EA", "1.9800", "2026-12-14"),
    ], "EUR", "2026-11-05", "tomasz")
    txt = """Sehr geehrter Herr Weber,

danke für Ihre Bestellung 4500018201, die wir wie folgt bestätigen:

Pos. 1 - M10x90 verzinkt: 800 Stk. à € 0,142 - Liefertermin 14.12.2026 passt.
Pos. 2 - M12x120 feuerverzinkt: 1.200 Stk. - leider hat sich der Zinkzuschlag geändert,
         wir müssen € 18,90 pro 100 Stk. verrechnen. Liefertermin ebenfalls 14.12.
Pos. 3 - M16x160 A4: 150 Stk. à € 1,98 - die Niro-Anker kommen vom Vorlieferanten,
         Lieferung daher erst KW 51.

Mit freundlichen Grüßen aus Linz

Ing. Martina Hofbauer
Innendienst / Verkauf
Donautal Befestigungstechnik GmbH
Industriezeile 47, 4020 Linz
Tel. +43 732 77 45 12-30 | Fax DW -99
FN 214598 k | UID ATU58213467

"""
    body = T(txt + q_outlook(po, "de", "Donnerstag, 5. November 2026 09:05"))
    eml = MAIL(AD("Martina Hofbauer | Donautal", "m.hofbauer@donautal-befestigung.example"), buyer_to(po),
               "AW: " + req_subject(po), DH("2026-11-10 10:41"), body,
               "<AM6PR04MB5521A1B2C3D4E5F6@AM6PR04MB5521.eurprd04.prod.outlook.example>", *reply_hdrs(po),
               extra=[("Thread-Topic", req_subject(po)), ("Content-Language", "de-AT")])
    exp = CONF([po], {po["po_number"]: {1: A, 2: C(p="0.189"), 3: C(d="2026-12-18")}},
               "Line 1 as ordered. Line 2: EUR 18,90 per 100 pcs = 0.189 per EA (was 0.1750), date 14.12. unchanged. "
               "Line 3: price/qty unchanged, delivery 'KW 51' without a day = Friday of ISO week 51 = 2026-12-18.")
    return [po], eml, exp


@case("bench-grinders-gmail-date-no-year", "pt-BR",
      "Brazilian Gmail reply (text+HTML) with R$ 1.249,00 formatting; line 2 delivery '22/01' without year rolls into 2027.")
def c002():
    s = S("FERRSOR", "Ferramentas Sorocaba Ltda.", "vendas@ferrsorocaba.example", "pt-BR")
    po = PO("4500018214", s, [
        L("BG-200-220", "Bench grinder 200 mm, 550 W, 220 V", 6, "EA", "1249.00", "2027-01-15"),
        L("BG-WHL-200A", "Grinding wheel 200x25 mm, A36", 24, "EA", "86.50", "2027-01-15"),
    ], "BRL", "2026-11-06", "priya")
    intro = "Em sex., 6 de nov. de 2026 às 05:05, Priya Nair &lt;priya.nair@kestrelworks.example&gt; escreveu:"
    txt = """Olá Priya, bom dia!

Segue confirmação do pedido 4500018214:

- Moedor de bancada 200 mm (BG-200-220): 6 un. a R$ 1.249,00 - ok, entrega 15/01.
- Rebolo 200x25 A36: 24 un. a R$ 86,50. Esse item vem de São Paulo, entrega em 22/01.

Qualquer dúvida estou à disposição.

Att.,
Rafael Monteiro
Ferramentas Sorocaba Ltda. | CNPJ 12.345.678/0001-90
(15) 3234-5566 | WhatsApp (15) 99812-4471
"""
    html = ("<div dir=\"ltr\">" + txt.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div><br>"
            + q_html(po, intro))
    body = M("alternative",
             T(txt + "\n" + q_gt(po, intro.replace("&lt;", "<").replace("&gt;", ">"))),
             H(html))
    eml = MAIL(AD("Rafael Monteiro", "rafael.monteiro@ferrsorocaba.example"), buyer_to(po),
               "Re: " + req_subject(po), DH("2026-11-11 14:07", "-0300"), body,
               "<CAF7k2pQm1xZ9v0s3eR8uYtW4nB6cD2aHj5Lq@mail.gmail.example>", *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: C(d="2027-01-22")}},
               "Line 1 confirmed as ordered (15/01 = 2027-01-15). Line 2 same qty/price but delivery '22/01' "
               "(day-first, no year; next 22 Jan after the mail date) = 2027-01-22.")
    return [po], eml, exp


@case("cable-glands-buddhist-era-pack50", "th-TH",
      "Thai base64 reply with Buddhist-era dates (15/12/2569 = 2026-12-15) and quantity rounded up to boxes of 50.")
def c003():
    s = S("SIAMCAB", "Siam Cable Accessories Co., Ltd.", "sales@siamcableacc.example", "th-TH")
    po = PO("4500018230", s, [
        L("CG-M20-PA", "Cable gland M20x1.5, polyamide, IP68", 120, "EA", "12.50", "2026-12-15"),
        L("CG-M25-BR", "Cable gland M25x1.5, nickel-plated brass", 60, "EA", "48.00", "2026-12-15"),
    ], "THB", "2026-11-04", "lena")
    txt = """เรียน คุณ Lena Holt

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500018230 ทางบริษัทฯ ขอยืนยันรายการดังนี้

1. เคเบิ้ลแกลนด์ M20 พลาสติก (CG-M20-PA) บรรจุกล่องละ 50 ตัว จึงขอปรับจำนวนเป็น 150 ตัว ราคา 12.50 บาท/ตัว ส่งของวันที่ 15/12/2569
2. เคเบิ้ลแกลนด์ M25 ทองเหลือง (CG-M25-BR) จำนวน 60 ตัว ราคา 48.00 บาท/ตัว ส่งของวันที่ 15/12/2569

ราคายังไม่รวมภาษีมูลค่าเพิ่ม 7%

ขอแสดงความนับถือ
สมชาย วงศ์สวัสดิ์
ฝ่ายขาย บริษัท สยาม เคเบิ้ล แอคเซสซอรี่ส์ จำกัด
โทร 02-123-4567 ต่อ 112 / มือถือ 081-234-5678
"""
    body = T(txt, cte="base64")
    eml = MAIL(AD("สมชาย วงศ์สวัสดิ์", "somchai.w@siamcableacc.example"), buyer_to(po),
               "Re: " + req_subject(po) + " (ยืนยันคำสั่งซื้อ)", DH("2026-11-09 11:20", "+0700"), body,
               "<20261109112014.5f3a@siamcableacc.example>", *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: C(q=150), 2: A}},
               "Buddhist-era year 2569 = 2026, so both dates are 2026-12-15 as requested. Line 1 raised from 120 to 150 "
               "(boxes of 50), price unchanged; line 2 as ordered. VAT remark is not a price change.")
    return [po], eml, exp


@case("drum-pumps-will-confirm-tomorrow", "sw-KE",
      "Swahili human reply: order received, hand pumps 'in stock' but full price and ship dates promised for tomorrow - nothing committed.")
def c004():
    s = S("PWANI", "Pwani Industrial Supplies Ltd", "orders@pwani-industrial.example", "sw-KE")
    po = PO("4500018244", s, [
        L("DP-HAND-RP", "Hand-operated rotary drum pump, cast iron", 10, "EA", "64.00", "2026-12-18"),
        L("DP-ELEC-230", "Electric drum pump 230 V, PP tube 1000 mm", 4, "EA", "412.00", "2027-01-08"),
    ], "USD", "2026-11-09")
    txt = """Habari Dana,

Tumepokea oda yako namba 4500018244, asante sana.
Pampu za mkono tunazo stoo, lakini bei ya pampu za umeme imebadilika kutoka kwa mtengenezaji.
Nitakutumia uthibitisho kamili wa bei na tarehe za kusafirisha kesho kabla ya saa sita mchana.

Wako,
Faith Wanjiru
Mauzo | Pwani Industrial Supplies Ltd
Mombasa | +254 722 418 903

Sent from my Samsung Galaxy smartphone.
"""
    body = T(txt + "\n" + q_gt(po, "On Mon, 9 Nov 2026, 11:05 Dana Ruiz, <dana.ruiz@kestrelworks.example> wrote:"),
             cte="8bit")
    eml = MAIL(AD("Faith Wanjiru", "faith.w@pwani-industrial.example"), buyer_to(po),
               "Re: " + req_subject(po), DH("2026-11-11 16:55", "+0300"), body,
               "<f1e8a2c4-77b1-4d0e-9c3a-2b5e6d8f0a11@pwani-industrial.example>", *reply_hdrs(po))
    exp = OTHER("needs_review",
                "A person acknowledges the order and says hand pumps are in stock and electric pump prices changed, "
                "but promises the full confirmation of prices and ship dates tomorrow. No line is committed: needs_review.")
    return [po], eml, exp


@case("extension-cords-copper-surcharge-lakh", "hi-IN",
      "Hindi (Devanagari) reply; line 2 gets a 5% copper surcharge with no new price written, total given in lakh grouping (3,03,375.00).")
def c005():
    s = S("SHREEGAN", "Shree Ganesh Electricals Pvt. Ltd.", "sales@shreeganesh-elec.example", "hi-IN")
    po = PO("4500018251", s, [
        L("EC-10M-3C", "Extension cord 10 m, 3x1.5 mm2, 16 A", 200, "EA", "480.00", "2026-12-10"),
        L("EC-25M-3C", "Extension cord reel 25 m, 3x2.5 mm2", 50, "EA", "2150.00", "2026-12-10"),
        L("EC-4WAY-IND", "4-way extension board with switch", 300, "EA", "315.00", "2026-12-10"),
    ], "INR", "2026-11-03", "priya")
    txt = """आदरणीय प्रिया जी,

आपके पर्चेज ऑर्डर क्रमांक 4500018251 के लिए धन्यवाद। हम निम्नानुसार पुष्टि करते हैं:

1) एक्सटेंशन कॉर्ड 10 मी. - 200 नग @ ₹480.00 - डिलीवरी 10-12-2026
2) एक्सटेंशन रील 25 मी. - 50 नग - तांबे के दाम बढ़ने के कारण इस आइटम पर 5% कॉपर सरचार्ज लगेगा - डिलीवरी 10-12-2026
3) 4-वे एक्सटेंशन बोर्ड - 300 नग @ ₹315.00 - डिलीवरी 10-12-2026

कुल ऑर्डर मूल्य (सरचार्ज सहित): ₹3,03,375.00 + GST 18%

धन्यवाद एवं सादर,
राजेश अग्रवाल
बिक्री प्रबंधक, श्री गणेश इलेक्ट्रिकल्स प्रा. लि.
प्लॉट नं. 14, एमआईडीसी भोसरी, पुणे 411026
GSTIN: 27AABCS1234F1Z5 | मो. +91 98200 45123
"""
    body = M("alternative", T(txt), H(txt.replace("\n", "<br>\n")))
    eml = MAIL(AD("Rajesh Agarwal", "rajesh@shreeganesh-elec.example"), buyer_to(po),
               "RE: " + req_subject(po), DH("2026-11-06 12:32", "+0530"), body,
               "<000c01db2f4e$7a1b2c30$6e518490$@shreeganesh-elec.example>", *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: C(p="2257.50"), 3: A}},
               "Lines 1 and 3 as ordered. Line 2: 5% copper surcharge on the PO price 2150.00 = 2257.50 per EA "
               "(consistent with the stated total 96,000 + 1,12,875 + 94,500 = 3,03,375). Dates 10-12-2026 day-first = as requested.")
    return [po], eml, exp


@case("squeegees-ships-tomorrow-latin1", "is-IS",
      "Icelandic ISO-8859-1 quoted-printable; line 1 'goes in the post tomorrow' (ship date = mail date + 1, earlier than asked), line 2 '8. janúar'.")
def c006():
    s = S("HREINN", "Hreinlætisvörur Norðurlands ehf.", "sala@hreinn-nord.example", "is-IS")
    po = PO("4500018260", s, [
        L("FS-600-EVA", "Floor squeegee 600 mm, EVA foam blade", 20, "EA", "4990.00", "2026-12-18"),
        L("FS-HDL-150", "Aluminium handle 150 cm for squeegee", 20, "EA", "1850.00", "2026-12-18"),
    ], "ISK", "2026-11-09", "lena")
    txt = """Sæl Lena,

Takk fyrir pöntunina (4500018260).

Gólfsköfurnar 600 mm eru til á lager og fara í póst á morgun.
Sköftin (150 cm) eru uppseld, næsta sending kemur til okkar 8. janúar og við sendum þau áfram sama dag.
Verð eru óbreytt, 4.990 kr. og 1.850 kr. stk.

Kveðja,
Guðrún Ólafsdóttir
Hreinlætisvörur Norðurlands ehf. | Kt. 540298-2119
Hjalteyrargötu 4, 600 Akureyri | Sími 462 1180
"""
    body = T(txt + "\n" + q_outlook(po, "en", long_en("2026-11-09", "08:05"), sep="-----Original Message-----"),
             charset="iso-8859-1")
    eml = MAIL(AD("Guðrún Ólafsdóttir", "gudrun@hreinn-nord.example", "iso-8859-1"), buyer_to(po),
               "RE: " + req_subject(po), DH("2026-11-12 09:15", "+0000"), body,
               "<9b2d4e10a7c34f51b1e2@hreinn-nord.example>", *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: C(d="2026-11-13"), 2: C(d="2027-01-08")}},
               "Line 1: in stock and posted 'á morgun' (tomorrow) = 2026-11-13, a ship date only, so date = 2026-11-13 "
               "(earlier than requested -> changed). Line 2: out of stock, shipped on '8. janúar' = 2027-01-08. Prices unchanged.")
    return [po], eml, exp


@case("gear-oil-iso2022jp-sjis-html", "ja-JP",
      "Japanese keigo reply as ISO-2022-JP text plus Shift_JIS HTML; line 2 delayed to a 12月25日 ship date.")
def c007():
    s = S("TOHOLUB", "Toho Lubricants Co., Ltd.", "eigyo@toho-lube.example", "ja-JP")
    po = PO("4500018277", s, [
        L("GO-VG220-20L", "Gear oil ISO VG 220, 20 L pail", 12, "PC", "14800", "2026-12-11"),
        L("GO-VG320-20L", "Gear oil ISO VG 320, 20 L pail", 8, "PC", "15600", "2026-12-11"),
    ], "JPY", "2026-11-05", "tomasz")
    txt = """Kestrel Works B.V.
購買部 Tomasz Weber 様

いつもお世話になっております。東邦潤滑油の佐藤でございます。
ご注文番号 4500018277 につきまして、下記の通りご回答申し上げます。

1. ギヤ油 VG220 20Lペール缶　12缶　単価 14,800円
　　12月11日着にて手配いたします。
2. ギヤ油 VG320 20Lペール缶　8缶　単価 15,600円
　　メーカー在庫切れのため、12月25日出荷となります。

ご迷惑をおかけし申し訳ございませんが、何卒よろしくお願い申し上げます。

＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
東邦潤滑油株式会社　営業二課
佐藤 健一 (Kenichi Sato)
〒550-0013 大阪市西区新町2-4-7
TEL 06-6345-7788 / FAX 06-6345-7790
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
"""
    html = "<div style=\"font-family:'MS Pゴシック'\">" + txt.replace("\n", "<br>\n") + "</div>"
    body = M("alternative", T(txt, charset="ISO-2022-JP", codec="iso2022_jp", cte="7bit"),
             H(html, charset="Shift_JIS", codec="shift_jis", cte="base64"))
    eml = MAIL(AD("佐藤 健一", "k-sato@toho-lube.example", "iso-2022-jp"), buyer_to(po),
               "Re: " + req_subject(po) + "【ご回答】", DH("2026-11-10 17:40", "+0900"), body,
               "<202611101740.AB12CD34@toho-lube.example>", *reply_hdrs(po), subj_charset="iso-2022-jp")
    exp = CONF([po], {po["po_number"]: {1: A, 2: C(d="2026-12-25")}},
               "Line 1: 12 pails at 14,800 JPY arriving 12月11日 (2026-12-11) = as ordered. Line 2: qty/price unchanged, "
               "maker out of stock, ships 12月25日 -> only a ship date, so date 2026-12-25.")
    return [po], eml, exp


@case("hand-cleaner-big5-roc-year-discontinued", "zh-TW",
      "Traditional Chinese in Big5 base64 with ROC-era dates (115年 = 2026); the dispenser line is discontinued and rejected.")
def c008():
    s = S("FORMOSAHY", "Formosa Hygiene Supply Co., Ltd.", "sales@formosa-hygiene.example", "zh-TW")
    po = PO("4500018283", s, [
        L("HC-ORG-4L", "Hand cleaner with pumice, orange, 4 L", 40, "EA", "620.00", "2026-12-10"),
        L("HC-DISP-W", "Wall dispenser for 4 L hand cleaner", 10, "EA", "890.00", "2026-12-10"),
        L("HC-WIPE-80", "Heavy-duty hand wipes, tub of 80", 60, "EA", "185.00", "2026-12-10"),
    ], "TWD", "2026-11-02")
    txt = """Dana 您好：

貴公司訂單 4500018283 確認如下：

1. 橘子磨砂洗手乳 4L x 40 桶，單價 NT$620，115年12月10日交貨。
2. 4L 壁掛式給皂機 x 10 台：此型號原廠已停產，無法供貨，抱歉。
3. 重油污擦手巾 80抽 x 60 桶，單價 NT$185，115年12月10日交貨。

如需替代型號請再告知。

順頌 商祺
林怡君 Joyce Lin
福爾摩沙衛生用品有限公司
電話：(02) 2788-5566 分機 23
"""
    body = T(txt, charset="big5", cte="base64")
    eml = MAIL(AD("林怡君 Joyce Lin", "joyce.lin@formosa-hygiene.example", "big5"), buyer_to(po),
               "回覆: " + req_subject(po), DH("2026-11-05 10:03", "+0800"), body,
               "<6a1f0c2e.3b7d.4e59@formosa-hygiene.example>", *reply_hdrs(po), subj_charset="big5")
    exp = CONF([po], {po["po_number"]: {1: A, 2: R, 3: A}},
               "ROC year 115 = 2026, so 115年12月10日 = 2026-12-10 as requested. Lines 1 and 3 as ordered; line 2 "
               "discontinued by the maker, cannot be supplied -> rejected (the offer to discuss alternatives is not a commitment).")
    return [po], eml, exp


@case("insulated-gloves-koi8r-split-ship", "ru-RU",
      "Russian KOI8-R reply: line 1 split (80 pairs ship 20.11, 40 pairs 25.12.2026), ship dates only; prices with space thousands.")
def c009():
    s = S("ELZASH", "ElektroZashchita LLC", "zakaz@elektrozashchita.example", "ru-RU")
    po = PO("4500018290", s, [
        L("IG-CL0-10", "Insulated gloves class 0 (1000 V), size 10", 120, "PR", "1250.00", "2026-12-15"),
        L("IG-CL00-09", "Insulated gloves class 00 (500 V), size 9", 60, "PR", "980.00", "2026-12-15"),
    ], "RUB", "2026-11-10", "tomasz")
    txt = """Добрый день, Томаш!

По заказу N 4500018290 подтверждаем:

1. Перчатки диэлектрические кл. 0, р-р 10 - 120 пар по 1 250,00 руб.
   В наличии 80 пар, отгрузим 20.11. Остальные 40 пар - поступление от завода, отгрузка 25.12.2026.
2. Перчатки кл. 00, р-р 9 - 60 пар по 980,00 руб., отгрузка 15.12.

Цены указаны с НДС.

С уважением,
Ирина Ковалёва
менеджер отдела продаж
ООО "ЭлектроЗащита"
тел. +7 (495) 123-45-67, доб. 214
"""
    body = T(txt, charset="koi8-r", cte="8bit")
    eml = MAIL(AD("Ирина Ковалёва", "i.kovaleva@elektrozashchita.example", "koi8-r"), buyer_to(po),
               "Re: " + req_subject(po), DH("2026-11-17 13:26", "+0300"), body,
               "<1731839160.412998.ik@elektrozashchita.example>", *reply_hdrs(po), subj_charset="koi8-r",
               extra=[("X-Mailer", "The Bat! (v10.4.1) Professional")])
    exp = CONF([po], {po["po_number"]: {1: C(s=[(80, "2026-11-20"), (40, "2026-12-25")]), 2: A}},
               "Line 1: all 120 pairs at 1 250,00 but split: 80 ship 20.11 (2026-11-20), 40 ship 25.12.2026; "
               "ship dates only, so schedule ends 2026-12-25. Line 2 ships 15.12 = requested date, as ordered.")
    return [po], eml, exp


@case("junction-boxes-xlsx-erp", "pl-PL",
      "Polish body mentions only the pack rounding of line 2; the XLSX (dates as Excel serials) also moves line 3 to 29.01.2027.")
def c010():
    s = S("ELPUSZ", "Elektro-Puszki Sp. z o.o.", "zamowienia@elektropuszki.example", "pl-PL")
    po = PO("4500018305", s, [
        L("JB-IP65-100", "Junction box IP65, 100x100x50 mm, grey", 400, "EA", "9.80", "2026-12-16"),
        L("JB-IP67-150", "Junction box IP67, 150x110x70 mm, with terminals", 120, "EA", "42.50", "2026-12-16"),
        L("JB-EX-200", "Junction box Ex e, 200x120x90 mm, stainless", 6, "EA", "865.00", "2027-01-20"),
    ], "PLN", "2026-11-04", "lena")
    D = dt.date
    xl = XLSX([
        ["Potwierdzenie zamówienia / Order confirmation"],
        ["Nr zamówienia klienta", "4500018305"],
        ["Nasz nr", "ZS/2026/11/0457"],
        ["Data", D(2026, 11, 9)],
        [],
        ["Poz.", "Indeks", "Nazwa", "Ilość", "J.m.", "Cena netto", "Waluta", "Termin dostawy"],
        [1, "JB-IP65-100", "Puszka IP65 100x100x50 szara", 400, "szt.", 9.8, "PLN", D(2026, 12, 16)],
        [2, "JB-IP67-150", "Puszka IP67 150x110x70 z listwą", 125, "szt.", 42.5, "PLN", D(2026, 12, 16)],
        [3, "JB-EX-200", "Puszka Ex e 200x120x90 nierdzewna", 6, "szt.", 865, "PLN", D(2027, 1, 29)],
        [],
        ["Warunki płatności: przelew 30 dni"],
    ], "Potwierdzenie")
    txt = """Dzień dobry,

w załączeniu przesyłam potwierdzenie zamówienia nr 4500018305 (nasz nr ZS/2026/11/0457).
Uwaga: poz. 2 pakowana po 25 szt. - ilość zaokrągliliśmy w górę.

Pozdrawiam
Katarzyna Zielińska
Dział Obsługi Klienta
Elektro-Puszki Sp. z o.o.
ul. Przemysłowa 12, 41-200 Sosnowiec
NIP 644-123-45-67 | tel. +48 32 266 12 34
"""
    body = M("mixed", T(txt + "\n" + q_outlook(po, "pl", "czwartek, 5 listopada 2026 09:05")),
             ATT(xl, XLSX_CT, "Potwierdzenie_ZS_2026_11_0457.xlsx"))
    eml = MAIL(AD("Katarzyna Zielińska", "k.zielinska@elektropuszki.example"), buyer_to(po),
               "RE: " + req_subject(po), DH("2026-11-09 15:48"), body,
               "<DB9PR02MB7340C5E1A2F3B4D5@DB9PR02MB7340.eurprd02.prod.outlook.example>", *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: C(q=125), 3: C(d="2027-01-29")}},
               "The XLSX is the confirmation: line 1 as ordered; line 2 rounded up to 125 (packs of 25, also said in the body); "
               "line 3 delivery 2027-01-29 (Excel serial date) instead of 2027-01-20 - only visible in the attachment.")
    return [po], eml, exp


@case("key-cabinets-ooo-cp1250", "cs-CZ",
      "Czech out-of-office (windows-1250 QP, Auto-Submitted) naming a return date and a colleague's phone number.")
def c011():
    s = S("KLICSYS", "Klíčové systémy s.r.o.", "prodej@klicovesystemy.example", "cs-CZ")
    po = PO("4500018311", s, [
        L("KC-50-ST", "Key cabinet for 50 keys, steel, lockable", 5, "EA", "2490.00", "2026-12-17"),
        L("KC-TAG-100", "Key tags with labels, assorted colours, pack of 100", 5, "BOX", "389.00", "2026-12-17"),
    ], "CZK", "2026-11-12")
    txt = """Dobrý den,

jsem mimo kancelář do pondělí 23. 11. 2026 včetně (dovolená). Vaše zpráva nebude přeposlána.
V naléhavých případech prosím kontaktujte kolegu Petra Dvořáka, tel. +420 603 112 445,
petr.dvorak@klicovesystemy.example.

S pozdravem
Jana Nováková
Klíčové systémy s.r.o.
"""
    body = T(txt, charset="windows-1250")
    eml = MAIL(AD("Jana Nováková", "prodej@klicovesystemy.example", "windows-1250"), buyer_to(po),
               "Automatická odpověď: " + req_subject(po), DH("2026-11-12 09:06"), body,
               "<a7c1e3f5b2d44a6c9e0f1a2b3c4d5e6f@klicovesystemy.example>", *reply_hdrs(po),
               subj_charset="windows-1250",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("X-MS-Exchange-Inbox-Rules-Loop", "prodej@klicovesystemy.example")])
    return [po], eml, OTHER("auto_reply", "Out-of-office auto-reply (Auto-Submitted: auto-replied) until 23. 11. 2026; "
                                          "dates and phone numbers in it say nothing about the order.")


@case("ladder-hooks-postfix-user-unknown", "sk-SK",
      "Postfix multipart/report bounce from our own MTA: 550 5.1.1 user unknown for the supplier's order address.")
def c012():
    s = S("KOVOSPOJ", "Kovospoj a.s.", "objednavky@kovospoj.example", "sk-SK")
    po = PO("4500018320", s, [
        L("LH-STD-250", "Ladder hook, galvanised steel, 250 mm", 40, "EA", "6.20", "2026-12-18"),
        L("LH-RUB-300", "Ladder hook with rubber sleeve, 300 mm", 20, "EA", "8.90", "2026-12-18"),
    ], "EUR", "2026-11-12", "tomasz")
    notice = """This is the mail system at host mx1.kestrelworks.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<objednavky@kovospoj.example>: host mail.kovospoj.example[198.51.100.23] said:
    550 5.1.1 <objednavky@kovospoj.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    ds = ("Reporting-MTA: dns; mx1.kestrelworks.example\nX-Postfix-Queue-ID: 4Q7hXk2Z1fz9sWq\n"
          "X-Postfix-Sender: rfc822; tomasz.weber@kestrelworks.example\n"
          "Arrival-Date: Thu, 12 Nov 2026 09:05:32 +0100 (CET)\n\n"
          "Final-Recipient: rfc822; objednavky@kovospoj.example\nOriginal-Recipient: rfc822;objednavky@kovospoj.example\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mail.kovospoj.example\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <objednavky@kovospoj.example>: Recipient\n"
          "    address rejected: User unknown in virtual mailbox table\n")
    orig = (f"Return-Path: <tomasz.weber@kestrelworks.example>\nFrom: Tomasz Weber <tomasz.weber@kestrelworks.example>\n"
            f"To: objednavky@kovospoj.example\nSubject: {req_subject(po)}\nDate: Thu, 12 Nov 2026 09:05:31 +0100\n"
            f"Message-ID: {po['request_message_id']}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n")
    body = M("report", T(notice, cte="7bit", extra=[("Content-Description", "Notification")]),
             RAW("message/delivery-status", ds.encode(), [("Content-Description", "Delivery report")]),
             RAW("text/rfc822-headers", orig.encode(), [("Content-Description", "Undelivered Message Headers")]),
             params="; report-type=delivery-status", preamble=False)
    eml = MAIL("MAILER-DAEMON@mx1.kestrelworks.example (Mail Delivery System)", "tomasz.weber@kestrelworks.example",
               "Undelivered Mail Returned to Sender", DH("2026-11-12 09:05"), body,
               "<20261112080541.4Q7hXk2Z1fz9sWq@mx1.kestrelworks.example>",
               pre=[("Return-Path", "<>")], extra=[("Auto-Submitted", "auto-replied")])
    return [po], eml, OTHER("bounce", "Postfix DSN: our request to objednavky@kovospoj.example failed with 550 5.1.1 "
                                      "user unknown; the returned headers carry the PO request's Message-ID.")


@case("steel-brushes-two-pos-answers-one", "hu-HU",
      "Two open POs from the same Hungarian supplier; the ISO-8859-2 reply confirms only 4500018347, with a price raise on its line 2.")
def c013():
    s = S("KEFEGY", "Kefegyár Kft.", "rendeles@kefegyar.example", "hu-HU")
    po1 = PO("4500018333", s, [
        L("SB-WIRE-4R", "Steel wire hand brush, 4 rows, wooden handle", 100, "EA", "890.00", "2026-12-11"),
        L("SB-CUP-75", "Cup brush 75 mm, M14, twisted knot", 30, "EA", "3450.00", "2026-12-11"),
    ], "HUF", "2026-11-05", "lena")
    po2 = PO("4500018347", s, [
        L("SB-WHL-200", "Wheel brush 200 mm for bench grinder, crimped steel", 12, "EA", "7900.00", "2027-01-15"),
        L("SB-SS-3R", "Stainless steel hand brush, 3 rows", 50, "EA", "1290.00", "2027-01-15"),
    ], "HUF", "2026-11-10", "lena")
    txt = """Kedves Lena!

Köszönjük a 4500018347 számú megrendelést, az alábbiak szerint visszaigazoljuk:

1. tétel: 200 mm-es körkefe, hullámos acélhuzal - 12 db, 7 900 Ft/db, szállítás 2027. 01. 15.
2. tétel: rozsdamentes kézi kefe, 3 soros - 50 db, az új árlistánk szerint 1 390 Ft/db,
   szállítás 2027. 01. 15.

Üdvözlettel:
Szabó Eszter
Kefegyár Kft. - értékesítés
1097 Budapest, Gubacsi út 6. | Tel.: +36 1 555 2340 | Adószám: 12345678-2-43
"""
    body = T(txt + "\n" + q_gt(po2, "2026.11.10. 9:05 keltezéssel, Lena Holt írta:"), charset="iso-8859-2")
    eml = MAIL(AD("Szabó Eszter", "szabo.eszter@kefegyar.example", "iso-8859-2"), buyer_to(po2),
               "Re: " + req_subject(po2), DH("2026-11-13 08:52"), body,
               "<c3d0e1f2-a4b5-4c6d-8e7f-90a1b2c3d4e5@kefegyar.example>", *reply_hdrs(po2),
               extra=[("User-Agent", "Mozilla Thunderbird")])
    exp = CONF([po1, po2], {po2["po_number"]: {1: A, 2: C(p="1390.00")}},
               "Only PO 4500018347 is answered (subject, thread and body); 4500018333 is not mentioned and is left out. "
               "Line 1 as ordered; line 2 at the new list price 1 390 Ft instead of 1290, date 2027. 01. 15. unchanged.")
    return [po1, po2], eml, exp


@case("measuring-tapes-html-only-table", "ro-RO",
      "Romanian HTML-only reply with a confirmation table above the quoted PO table (which still shows the old prices and dates).")
def c014():
    s = S("UNELTEP", "Unelte Precise SRL", "comenzi@unelteprecise.example", "ro-RO")
    po = PO("4500018352", s, [
        L("MT-5M-25", "Measuring tape 5 m x 25 mm, class II", 150, "EA", "23.40", "2026-12-14"),
        L("MT-10M-25", "Measuring tape 10 m x 25 mm, class II", 60, "EA", "41.90", "2026-12-14"),
        L("MT-30M-FG", "Fibreglass measuring tape 30 m, open reel", 10, "EA", "96.00", "2026-12-14"),
    ], "RON", "2026-11-06", "priya")
    td = "style=\"border:1px solid #666;padding:3px 8px\""
    rows = [("1", "MT-5M-25", "Ruletă 5 m x 25 mm", "150", "23,40", "14.12.2026"),
            ("2", "MT-10M-25", "Ruletă 10 m x 25 mm", "60", "44,50", "14.12.2026"),
            ("3", "MT-30M-FG", "Ruletă fibră de sticlă 30 m", "10", "96,00", "18.12.2026")]
    tbl = "<table style=\"border-collapse:collapse;font-family:Calibri\"><tr>" + "".join(
        f"<th {td}>{h}</th>" for h in ("Poz.", "Cod", "Denumire", "Cant. (buc)", "Preț unitar (RON)", "Data livrării")) + "</tr>"
    for r in rows:
        tbl += "<tr>" + "".join(f"<td {td}>{c}</td>" for c in r) + "</tr>"
    tbl += "</table>"
    html = (f"<p class=\"MsoNormal\">Bună ziua doamna Nair,</p><p class=\"MsoNormal\">Vă confirmăm comanda 4500018352 "
            f"conform tabelului de mai jos:</p>{tbl}<p class=\"MsoNormal\">Prețul la poz. 2 a fost actualizat conform "
            f"listei de prețuri valabile din 01.11.2026. Poz. 3 se livrează separat.</p>"
            f"<p class=\"MsoNormal\">Cu stimă,<br>Andrei Popescu<br>Departament Vânzări | Unelte Precise SRL<br>"
            f"Str. Fabricii nr. 9, Cluj-Napoca | CUI RO18345672 | Tel. 0264 555 901</p>"
            + q_html(po, "<b>From:</b> Priya Nair &lt;priya.nair@kestrelworks.example&gt;<br><b>Sent:</b> Friday, "
                         "November 6, 2026 10:05 AM<br><b>To:</b> comenzi@unelteprecise.example<br><b>Subject:</b> "
                     + req_subject(po), "outlook"))
    body = H(html)
    eml = MAIL(AD("Andrei Popescu", "andrei.popescu@unelteprecise.example"), buyer_to(po),
               "RE: " + req_subject(po), DH("2026-11-11 11:12", "+0200"), body,
               "<VI1PR08MB4432E0D1C2B3A495@VI1PR08MB4432.eurprd08.prod.outlook.example>", *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: C(p="44.50"), 3: C(d="2026-12-18")}},
               "Read the supplier's table, not the quoted PO table. Line 1 as ordered; line 2 price 44,50 RON (was 41.90); "
               "line 3 delivery 18.12.2026 instead of 14.12.")
    return [po], eml, exp


@case("needle-valves-newsletter-cp1251", "bg-BG",
      "Bulgarian windows-1251 marketing newsletter from the same supplier domain about needle valves - not an answer.")
def c015():
    s = S("ARMPLOV", "Armatura Plovdiv EOOD", "office@armatura-plovdiv.example", "bg-BG")
    po = PO("4500018368", s, [
        L("NV-SS-1/4", "Needle valve 1/4\" NPT, stainless 316, 6000 psi", 20, "EA", "58.00", "2026-12-15"),
    ], "EUR", "2026-11-09", "tomasz")
    txt = """Уважаеми клиенти,

Представяме ви новия ни каталог 2027 - над 300 модела иглени вентили, манометри и
фитинги от неръждаема стомана AISI 316.

* Иглени вентили 1/4" - 1" NPT/BSP, до 6000 psi
* Нови двублокови манифолди за манометри
* Отстъпка -10% за поръчки до 30.11.2026 с код KATALOG27

Изтеглете каталога: https://www.armatura-plovdiv.example/katalog-2027

Поздрави,
Екипът на Арматура Пловдив ЕООД
бул. "Марица" 122, 4002 Пловдив | тел. 032 655 400

Ако не желаете да получавате нашия бюлетин, отпишете се тук:
https://www.armatura-plovdiv.example/unsubscribe?u=kw-0412
"""
    html = "<h2>Нов каталог 2027</h2>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in txt.split("\n\n"))
    body = M("alternative", T(txt, charset="windows-1251"), H(html, charset="windows-1251"))
    eml = MAIL(AD("Арматура Пловдив", "news@armatura-plovdiv.example", "windows-1251"),
               "tomasz.weber@kestrelworks.example",
               "Нов каталог 2027 - иглени вентили и манометри | -10% до 30.11", DH("2026-11-16 07:30", "+0200"), body,
               "<nl-2026-11-16.kw0412@send.armatura-plovdiv.example>", subj_charset="windows-1251",
               extra=[("List-Unsubscribe", "<https://www.armatura-plovdiv.example/unsubscribe?u=kw-0412>"),
                      ("Precedence", "bulk")])
    return [po], eml, OTHER("unrelated", "Bulk newsletter (Precedence: bulk, List-Unsubscribe) advertising a catalogue and "
                                         "a discount on needle valves; not threaded and not about PO 4500018368.")


@case("needle-valves-inline-answers", "uk-UA",
      "Ukrainian inline answers typed under each quoted PO line: one OK, one new price 41,20 EUR, one discontinued.")
def c016():
    s = S("HIDROARM", "Hidroarm LLC", "zbut@hidroarm.example", "uk-UA")
    po = PO("4500018374", s, [
        L("NV-BR-1/4", "Needle valve 1/4\" BSP, brass, straight", 40, "EA", "14.60", "2026-12-11"),
        L("NV-SS-1/2", "Needle valve 1/2\" NPT, stainless 316", 25, "EA", "39.80", "2026-12-11"),
        L("NV-ANG-3/8", "Angle needle valve 3/8\", brass", 15, "EA", "21.30", "2026-12-11"),
    ], "EUR", "2026-11-03", "tomasz")
    answers = {"1": "Так, підтверджуємо. Відвантаження 11.12.",
               "2": "Кількість ок, ціна 41,20 EUR/шт (нова ціна заводу), відвантаження 11.12.",
               "3": "Знято з виробництва, на жаль поставити не зможемо."}
    out = []
    for x in req_text(po).split("\n"):
        out.append(("> " + x).rstrip())
        k = x.split(" ")[0]
        if k in answers and "  " in x:
            out.append("")
            out.append(answers[k])
            out.append("")
    txt = ("Добрий день, Томаше.\nВідповіді нижче, в тексті вашого листа.\n\n03.11.2026 10:05, Tomasz Weber пише:\n"
           + "\n".join(out) + "\n\n-- \nОксана Мельник\nТОВ \"Гідроарм\", відділ збуту\nм. Харків, вул. Заводська 15\n"
           "+380 57 712 34 56\n")
    body = T(txt, cte="base64")
    eml = MAIL(AD("Оксана Мельник", "o.melnyk@hidroarm.example"), buyer_to(po),
               "Re: " + req_subject(po), DH("2026-11-05 12:44", "+0200"), body,
               "<5e1c2f3a-9d8b-4c7e-a6f5-e4d3c2b1a098@hidroarm.example>", *reply_hdrs(po),
               extra=[("User-Agent", "Mozilla/5.0 Thunderbird/128.4.0")])
    exp = CONF([po], {po["po_number"]: {1: A, 2: C(p="41.20"), 3: R}},
               "Answers are written under each quoted line. Line 1 confirmed, shipping 11.12 = requested. Line 2 qty OK, "
               "new price 41,20 EUR (was 39.80), ship 11.12. Line 3 discontinued -> rejected.")
    return [po], eml, exp


@case("oil-filters-iso8859-7-friday", "el-GR",
      "Greek ISO-8859-7 reply with 'Παρασκευή 11/12' and 'Παρασκευή 18/12' (weekday + day/month, no year); line 2 a week late.")
def c017():
    s = S("FILATT", "Filtra Attikis S.A.", "paraggelies@filtra-attikis.example", "el-GR")
    po = PO("4500018381", s, [
        L("OF-W712", "Oil filter spin-on, W 712/75 equivalent", 48, "EA", "6.35", "2026-12-11"),
        L("OF-HD-10", "Heavy-duty hydraulic oil filter element, 10 micron", 12, "EA", "38.90", "2026-12-11"),
    ], "EUR", "2026-11-06")
    txt = """Καλησπέρα σας κα Ruiz,

Σας επιβεβαιώνουμε την παραγγελία 4500018381:
- Φίλτρο λαδιού W712/75 ισοδ.: 48 τεμ. x 6,35 € - παράδοση Παρασκευή 11/12
- Στοιχείο υδραυλικού φίλτρου 10 μm: 12 τεμ. x 38,90 € - παράδοση Παρασκευή 18/12
  (αναμένουμε το φορτίο από Ιταλία)

Με εκτίμηση,
Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων - Φίλτρα Αττικής Α.Ε.
Λεωφ. Αθηνών 214, 104 47 Αθήνα | Τηλ. 210 4567 890 | ΑΦΜ 094512367
"""
    body = T(txt + "\n" + q_outlook(po, "en", long_en("2026-11-06", "10:05")), charset="iso-8859-7")
    eml = MAIL(AD("Νίκος Παπαδόπουλος", "n.papadopoulos@filtra-attikis.example", "iso-8859-7"), buyer_to(po),
               "RE: " + req_subject(po), DH("2026-11-10 13:30", "+0200"), body,
               "<002a01db3342$1c2d3e40$5f6a7b80$@filtra-attikis.example>", *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: C(d="2026-12-18")}},
               "Day/month without year: Friday 11/12 = 2026-12-11 (as requested), Friday 18/12 = 2026-12-18 for line 2. "
               "Quantities and prices unchanged.")
    return [po], eml, exp


@case("pallet-wrap-question-thickness", "tr-TR",
      "Turkish supplier asks 17 or 23 micron before confirming and quotes two prices (one equals ours) - a question, not a confirmation.")
def c018():
    s = S("AMBDUN", "Ambalaj Dünyası Ltd. Şti.", "satis@ambalajdunyasi.example", "tr-TR")
    po = PO("4500018395", s, [
        L("PW-500-300", "Pallet stretch wrap 500 mm x 300 m, clear", 60, "ROL", "11.40", "2026-12-09"),
        L("PW-HAND-DISP", "Hand dispenser for pallet wrap", 4, "EA", "18.00", "2026-12-09"),
    ], "EUR", "2026-11-10", "lena")
    txt = """Merhaba Lena Hanım,

4500018395 nolu siparişiniz için teşekkürler. Teyit vermeden önce bir konuyu netleştirmemiz gerekiyor:
streç filmi 17 mikron mu yoksa 23 mikron mu istiyorsunuz? Siparişte kalınlık belirtilmemiş,
iki ürünün fiyatı farklı (17 mikron 11,40 EUR, 23 mikron 14,90 EUR/rulo).

Dönüşünüze göre sipariş teyidini hemen göndereceğiz.

Saygılarımızla,
Emre Yıldız
Ambalaj Dünyası Ltd. Şti. | İkitelli OSB, 34490 Başakşehir/İstanbul
Tel: +90 212 555 78 90 | Faks: +90 212 555 78 91
"""
    body = M("alternative", T(txt, charset="iso-8859-9"), H(txt.replace("\n", "<br>"), charset="iso-8859-9"))
    eml = MAIL(AD("Emre Yıldız", "emre.yildiz@ambalajdunyasi.example"), buyer_to(po),
               "YNT: " + req_subject(po), DH("2026-11-12 10:20", "+0300"), body,
               "<AS8PR07MB7990B1A2C3D4E5F6@AS8PR07MB7990.eurprd07.prod.outlook.example>", *reply_hdrs(po))
    return [po], eml, OTHER("needs_review", "The supplier asks which film thickness we want and says the order confirmation "
                                            "will follow our answer; no line is committed even though one quoted price equals ours.")
