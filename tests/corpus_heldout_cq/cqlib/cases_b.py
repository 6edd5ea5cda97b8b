"""Cases, part B."""

import datetime as dt
from decimal import Decimal

from . import common as C
from . import mime as M
from . import pdf as P
from . import xlsx as X
from .common import case, result, acc, chg, rej, unc, conf


# ---------------------------------------------------------------- A13
@case
def planetarium_reiwa():
    sup = C.supplier("HOSHIZORA", "株式会社ほしぞら照明", "sales@hoshizora-lighting.example", "ja-JP", 9)
    po = C.PO("4500218405", sup, "JO", "JPY", "2026-11-19", [
        C.L(1, "PLL-XE-500", "Xenon short-arc lamp, 500 W, for star projector", 10, "EA", "128000", "2026-12-18"),
        C.L(2, "PLL-LED-RGB", "LED light engine module, RGBW, 80 W", 24, "EA", "46500", "2027-01-15"),
        C.L(3, "PLL-REF-70", "Elliptical reflector, 70 mm, dichroic", 10, "EA", "18900", "2026-12-18")])
    date = C.mail_dt("2026-11-26 10:12:44", 9)
    d = C.local_req_dt(po)
    typed = (
        "Brightwater Civic & Leisure Supply Ltd\n購買部 Joanne Okafor 様\n\n"
        "いつも大変お世話になっております。\nほしぞら照明 営業部の山田でございます。\n\n"
        "ご注文番号 4500218405 につきまして、下記の通りご回答申し上げます。\n\n"
        "1. PLL-XE-500  キセノンショートアークランプ 500W\n"
        "   数量 10個 / 単価 128,000円 / 納期 令和8年12月18日\n"
        "2. PLL-LED-RGB  LEDライトエンジン RGBW 80W\n"
        "   数量 24個 / 単価 46,500円 / 納期 令和9年1月22日\n"
        "   ※LEDチップの入荷遅れのため、ご希望納期より1週間遅れとなります。\n"
        "3. PLL-REF-70  楕円反射鏡 70mm\n"
        "   数量 10個 / 単価 19,800円 / 納期 令和8年12月18日\n"
        "   ※原材料価格高騰のため、単価を改定させていただきました。\n\n"
        "何卒よろしくお願い申し上げます。\n\n"
        "--------------------------------------------\n"
        "株式会社ほしぞら照明  営業部\n山田 健太  Kenta Yamada\n"
        "〒399-0702 長野県塩尻市広丘野村 1120-5\n"
        "TEL: 0263-55-4120  FAX: 0263-55-4121\n"
        "--------------------------------------------\n")
    sent = "%d年%d月%d日 %d:%02d" % (d.year, d.month, d.day, d.hour, d.minute)
    plain = typed + "\n" + C.quote_custom(po, ("差出人", "送信日時", "宛先", "件名"), sent)
    eml = M.reply(po, frm=("山田 健太", "k.yamada@hoshizora-lighting.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="a13", body=plain, client="generic",
                  charset="iso-2022-jp", cte="7bit", plain_only=True, header_charset="iso-2022-jp",
                  xmailer="Becky! ver. 2.81.04", content_language="ja",
                  received_from=("mail.hoshizora-lighting.example", "203.0.113.66"))
    return result("planetarium-lamps-reiwa-dates", "confirmation",
                  "Japanese ISO-2022-JP reply with Japanese-era dates (令和8年 = 2026, 令和9年 = 2027) and yen",
                  [po], eml,
                  "Dates in the Reiwa era: 令和8年12月18日 = 2026-12-18, 令和9年1月22日 = 2027-01-22. Line 1 as "
                  "ordered; line 2 one week late (2027-01-22); line 3 price 19,800円 instead of 18,900.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-22"), 3: chg(po, 3, price="19800")})])


# ---------------------------------------------------------------- A14
@case
def tent_pegs_gb2312():
    sup = C.supplier("YUANHANG", "宁波远航户外用品有限公司", "sales@yh-outdoor.example", "zh-CN", 8)
    po = C.PO("4500218412", sup, "JO", "USD", "2026-11-25", [
        C.L(1, "TPG-TI-165", "Tent peg, titanium, 165 mm, shepherd hook", 5000, "PCS", "0.58", "2026-12-28"),
        C.L(2, "TPG-SET-8", "Tent peg set, 8 pcs alu Y-peg with pouch", 1200, "SET", "4.60", "2026-12-28")])
    date = C.mail_dt("2026-11-26 09:41:18", 8)
    d = C.local_req_dt(po)
    typed = (
        "Joanne 您好，\n\n感谢您的订单！贵司订单 4500218412 确认如下：\n\n"
        "1、钛合金地钉 165mm（TPG-TI-165）：5000支，单价 USD 0.62（钛材价格上涨，原单价0.58已无法执行），"
        "交期 2027年1月8日；\n"
        "2、8支装铝合金地钉套装（TPG-SET-8）：1200套，单价 USD 4.60，交期 2026年12月28日。\n\n"
        "如有问题请随时联系。\n谢谢！\n\n"
        "Lisa Wang 王丽莎\n外贸部 | 宁波远航户外用品有限公司\n电话：+86-574-5555-8126\n")
    wd = "一二三四五六日"[d.weekday()]
    sent = "%d年%d月%d日(星期%s) %s%d:%02d" % (d.year, d.month, d.day, wd, "下午" if d.hour >= 12 else "上午",
                                          (d.hour - 12) if d.hour > 12 else d.hour, d.minute)
    quote = ("------------------ 原始邮件 ------------------\n"
             "发件人: \"%s\" <%s>;\n发送时间: %s\n收件人: \"sales\" <%s>;\n主题: %s\n\n%s" % (
                 po["buyer"]["name"], po["buyer"]["email"], sent, po["supplier"]["email"], C.request_subject(po),
                 C.request_plain(po)))
    plain = typed + "\n\n" + quote
    html = M.simple_html(C.para_html(typed) + "<div><br></div><div style=\"font-size:12px;background:#efefef;"
                         "padding:8px\">" + C.esc(quote.split("\n\n", 1)[0]).replace("\n", "<br>") + "</div>"
                         + C.pre_html(C.request_plain(po)), "gb2312")
    eml = M.reply(po, frm=("Lisa Wang", "lisa.wang@yh-outdoor.example"), date=date,
                  subject="回复：" + C.request_subject(po), seed="a14", body=plain, html=html, client="generic",
                  charset="gb2312", cte="base64", header_charset="gb2312",
                  xmailer="Foxmail 7.2.25.228[cn]",
                  received_from=("smtp.yh-outdoor.example", "203.0.113.150"))
    return result("tent-pegs-chinese-gb2312", "confirmation",
                  "Simplified Chinese (GB2312, base64), Foxmail quote; the old price 0.58 is mentioned next to the new 0.62",
                  [po], eml,
                  "Line 1: USD 0.62 (the '原单价0.58' in brackets is the old PO price, not the answer), delivery "
                  "2027年1月8日 = 2027-01-08. Line 2 as ordered (1200 sets, 4.60, 2026-12-28).",
                  [conf(po, {1: chg(po, 1, price="0.62", date="2027-01-08"), 2: acc(po, 2)})])


# ---------------------------------------------------------------- A15
@case
def telescope_roc_big5():
    sup = C.supplier("HONGXING", "鴻星精密光學股份有限公司", "sales@hongxing-optics.example", "zh-TW", 8)
    po = C.PO("4500218426", sup, "MF", "TWD", "2026-11-26", [
        C.L(1, "TMT-AZ-GOTO", "Alt-azimuth GoTo mount, 12 kg payload", 10, "EA", "18500.00", "2026-12-21"),
        C.L(2, "TMT-WEDGE", "Equatorial wedge for alt-az mount", 10, "EA", "4200.00", "2026-12-21"),
        C.L(3, "TMT-CW-5", "Counterweight, 5 kg, stainless", 20, "EA", "980.00", "2026-12-21")])
    date = C.mail_dt("2026-11-27 15:20:09", 8)
    d = C.local_req_dt(po)
    typed = (
        "Marco 您好：\n\n貴公司訂單編號 4500218426 回覆如下：\n\n"
        "項次1　自動導入經緯儀 TMT-AZ-GOTO　10台　單價 NT$18,500　交期 115年12月21日\n"
        "項次2　赤道儀楔形座 TMT-WEDGE　10個　單價 NT$4,200　交期 115年12月21日\n"
        "項次3　不鏽鋼配重塊 5公斤 TMT-CW-5　20個　單價 NT$980　本項目前缺貨，交期改為 116年1月18日\n\n"
        "以上，謝謝！\n\n"
        "鴻星精密光學股份有限公司　業務部\n陳怡君 Yvonne Chen\nTEL: 04-2555-8163 #215\n"
        "台中市西屯區工業區一路88號\n")
    sent = "%d年%d月%d日 %s %02d:%02d" % (d.year, d.month, d.day, "下午" if d.hour >= 12 else "上午",
                                      (d.hour - 12) if d.hour > 12 else d.hour, d.minute)
    quote = C.quote_custom(po, ("寄件者", "寄件日期", "收件者", "主旨"), sent, sep="")
    plain = typed + "\n" + quote
    html = M.outlook_html(C.para_html(typed, "MsoNormal", "p") + "<div style=\"border:none;border-top:solid "
                          "#E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"></div>\n" + C.pre_html(quote), "big5", "ZH-TW")
    eml = M.reply(po, frm=("陳怡君 Yvonne Chen", "yvonne.chen@hongxing-optics.example"), date=date,
                  subject="回覆: " + C.request_subject(po), seed="a15", body=plain, html=html, client="outlook",
                  charset="big5", cte="base64", header_charset="big5", content_language="zh-TW",
                  outlook_region="tyzprd01.prod.outlook.com",
                  received_from=("mail-tyzapc01on2112.outbound.protection.outlook.example", "40.107.117.112"))
    return result("telescope-mounts-roc-calendar-big5", "confirmation",
                  "Traditional Chinese (Big5) with Minguo (ROC) years: 115年 = 2026, 116年 = 2027",
                  [po], eml,
                  "ROC calendar: year 115 = 2026, 116 = 2027. Lines 1-2 as ordered (115年12月21日 = 2026-12-21); "
                  "line 3 out of stock, new date 116年1月18日 = 2027-01-18.",
                  [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, date="2027-01-18")})])


# ---------------------------------------------------------------- A16
@case
def archery_euckr_partial():
    sup = C.supplier("HANBIT", "(주)한빛양궁", "export@hanbit-archery.example", "ko-KR", 9)
    po = C.PO("4500218433", sup, "PR", "KRW", "2026-11-25", [
        C.L(1, "ART-FOAM-124", "Archery target boss, foam, 124 cm", 20, "EA", "185000", "2026-12-18"),
        C.L(2, "ART-FACE-122", "Target face, 122 cm, paper", 500, "EA", "2400", "2026-12-18"),
        C.L(3, "ART-STAND-W", "Target stand, wooden, tripod", 20, "EA", "96000", "2027-01-08")])
    date = C.mail_dt("2026-11-27 11:05:33", 9)
    d = C.local_req_dt(po)
    typed = (
        "Priya님 안녕하세요,\n한빛양궁 해외영업팀 김민준입니다.\n\n"
        "발주서 4500218433 건 아래와 같이 확인드립니다.\n\n"
        "1. ART-FOAM-124 폼 타겟 124cm - 20개, 단가 185,000원, 납기 2026년 12월 18일\n"
        "2. ART-FACE-122 타겟 페이스 122cm - 500장, 단가 2,400원, 납기 2026년 12월 18일\n"
        "3. ART-STAND-W 목재 스탠드 - 원자재 수급 문제로 12개만 공급 가능합니다. 단가 96,000원, 납기 2027. 1. 8.\n"
        "   (잔량 8개는 취소 처리 부탁드립니다.)\n\n"
        "감사합니다.\n김민준 드림\n\n"
        "(주)한빛양궁 | 해외영업팀 대리 김민준\n경북 예천군 예천읍 양궁로 27\nTel. 054-555-0192\n")
    wd = "월화수목금토일"[d.weekday()]
    sent = "%d년 %d월 %d일 %s요일 %s %d:%02d" % (d.year, d.month, d.day, wd, "오후" if d.hour >= 12 else "오전",
                                           (d.hour - 12) if d.hour > 12 else d.hour, d.minute)
    quote = C.quote_custom(po, ("보낸 사람", "보낸 날짜", "받는 사람", "제목"), sent)
    plain = typed + "\n" + quote
    html = M.outlook_html(C.para_html(typed, "MsoNormal", "p") + C.pre_html(quote), "euc-kr", "KO")
    eml = M.reply(po, frm=("김민준", "mj.kim@hanbit-archery.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="a16", body=plain, html=html, client="outlook",
                  charset="euc-kr", cte="base64", header_charset="euc-kr", content_language="ko-KR",
                  outlook_region="sl2prd01.prod.outlook.com",
                  received_from=("mail-sl2kor01on2101.outbound.protection.outlook.example", "52.100.142.101"))
    return result("archery-targets-korean-partial-qty", "confirmation",
                  "Korean EUC-KR reply; one line reduced to 12 of 20 with the remainder cancelled; '2027. 1. 8.' date style",
                  [po], eml,
                  "Lines 1-2 as ordered. Line 3: only 12 stands can be supplied, the remaining 8 to be cancelled; "
                  "price and date (2027. 1. 8. = 2027-01-08) unchanged -> changed quantity 12.",
                  [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, qty=12)})])


# ---------------------------------------------------------------- A17
@case
def yak_mongolian_split():
    sup = C.supplier("KHANGAI", "Хангай Сарлаг ХХК", "sales@khangai-yak.example", "mn-MN", 8)
    po = C.PO("4500218440", sup, "PR", "USD", "2026-11-24", [
        C.L(1, "YWB-150-NAT", "Yak wool blanket, natural brown, 150x200 cm", 80, "EA", "96.00", "2026-12-21"),
        C.L(2, "YWB-200-GRY", "Yak wool blanket, grey, 200x220 cm", 40, "EA", "138.00", "2027-01-11")])
    date = C.mail_dt("2026-11-26 16:44:02", 8)
    typed = (
        "Сайн байна уу, Priya,\n\n"
        "Таны 4500218440 дугаартай захиалгыг дараах байдлаар баталгаажуулж байна:\n\n"
        "1. Сарлагийн ноосон хөнжил, байгалийн бор, 150x200 см - 80 ширхэг, нэгжийн үнэ 96.00 ам.доллар, "
        "хүргэлт 2026.12.21\n"
        "2. Сарлагийн ноосон хөнжил, саарал, 200x220 см - 40 ширхэг, нэгжийн үнэ 138.00 ам.доллар. "
        "Саарал ноос хүрэлцэхгүй байгаа тул 25 ширхгийг 2026.12.21-нд, үлдсэн 15 ширхгийг 2027.01.25-нд "
        "хүргэнэ.\n\n"
        "Хүндэтгэсэн,\nБ. Энхжаргал\nЭкспортын менежер\nХангай Сарлаг ХХК\n"
        "Улаанбаатар, Хан-Уул дүүрэг, 15-р хороо\nУтас: +976 7555 0148\n")
    plain, html = M.gmail_pair(po, typed, "en-US")
    eml = M.reply(po, frm=("Enkhjargal B.", "enkhjargal@khangai-yak.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="a17", body=plain, html=html, client="gmail",
                  charset="UTF-8", cte="base64",
                  received_from=("mail-ed1-f47.google.example", "209.85.208.47"))
    return result("yak-blankets-mongolian-split", "confirmation",
                  "Mongolian Cyrillic (UTF-8 base64); one line split 25 + 15 with a later second date",
                  [po], eml,
                  "Line 1 as ordered (2026.12.21). Line 2: 40 pcs at 138.00 but delivered 25 on 2026-12-21 and "
                  "15 on 2027-01-25 (after the requested 2027-01-11) -> changed with a schedule.",
                  [conf(po, {1: acc(po, 1),
                             2: chg(po, 2, date="2027-01-25", schedule=[(25, "2026-12-21"), (15, "2027-01-25")])})])


# ---------------------------------------------------------------- A18
@case
def gym_rings_koi8r():
    sup = C.supplier("SPORTSNARYAD", 'ООО "Спортснаряд"', "info@sportsnaryad.example", "ru-RU", 3)
    po = C.PO("4500218457", sup, "HA", "RUB", "2026-11-25", [
        C.L(1, "GYR-WD-28", "Gymnastics rings, wooden, 28 mm, pair with straps", 80, "PR", "3450.00", "2026-12-21"),
        C.L(2, "GYR-ABS-32", "Gymnastics rings, ABS, 32 mm, pair", 50, "PR", "1890.00", "2026-12-21"),
        C.L(3, "GYR-STR-450", "Ring strap, 4.5 m, cam buckle", 100, "PR", "760.00", "2026-12-21")])
    date = C.mail_dt("2026-11-27 13:08:51", 3)
    d = C.local_req_dt(po)
    mon = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"][d.month - 1]
    typed = (
        "Здравствуйте, Helen.\n\n"
        "По заказу N 4500218457 подтверждаем:\n\n"
        "поз. 1 - кольца гимнастические деревянные 28 мм, 80 пар, цена 3 450,00 руб./пара, отгрузка 21.12.2026;\n"
        "поз. 2 - кольца ABS 32 мм: в наличии только 30 пар, цена 1 890,00 руб./пара, отгрузка 21.12.2026.\n"
        "         Остаток 20 пар поставить не сможем (модель снята с производства);\n"
        "поз. 3 - ремни 4,5 м, 100 пар, цена 790,00 руб./пара (новый прайс с 01.12.2026), отгрузка 21.12.2026.\n\n"
        "Счёт на оплату вышлем отдельным письмом.\n\n"
        "-- \nС уважением,\nОльга Куприянова\nменеджер отдела продаж\nООО \"Спортснаряд\"\n"
        "г. Тула, ул. Кутузова, д. 112\nтел. +7 (4872) 55-01-38\n")
    attr = "Вы писали %d %s %d г., %02d:%02d:%02d:" % (d.day, mon, d.year, d.hour, d.minute, d.second)
    plain = typed + "\n" + attr + "\n\n" + C.prefix(C.request_plain(po), "> ")
    eml = M.reply(po, frm=("Ольга Куприянова", "o.kupriyanova@sportsnaryad.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="a18", body=plain, client="generic",
                  charset="koi8-r", cte="8bit", plain_only=True, header_charset="koi8-r",
                  xmailer="The Bat! (v10.4.0.1) Professional",
                  received_from=("mail.sportsnaryad.example", "198.51.100.140"))
    return result("gym-rings-koi8r-partial", "confirmation",
                  "Russian KOI8-R 8bit reply from The Bat!; partial quantity on one line, new price list on another",
                  [po], eml,
                  "Line 1 as ordered (ship date 21.12.2026 = requested). Line 2 only 30 of 50 pairs, rest will not "
                  "be supplied. Line 3 price 790,00 instead of 760.00. Numbers use space grouping and decimal comma.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, qty=30), 3: chg(po, 3, price="790.00")})])


# ---------------------------------------------------------------- A19
@case
def hay_nets_ukrainian_split():
    sup = C.supplier("AGROSITKA", "ТОВ «Агросітка»", "sales@agrositka.example", "uk-UA", 2)
    po = C.PO("4500218468", sup, "TW", "EUR", "2026-11-23", [
        C.L(1, "HBN-123-3000", "Hay bale net wrap, 1.23 m x 3000 m roll", 36, "EA", "118.00", "2026-12-15"),
        C.L(2, "HBN-130-3600", "Hay bale net wrap, 1.30 m x 3600 m roll", 24, "EA", "149.00", "2026-12-15")])
    date = C.mail_dt("2026-11-24 15:31:12", 2)
    d = C.local_req_dt(po)
    mon = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"][d.month - 1]
    wd = ["понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"][d.weekday()]
    typed = (
        "Доброго дня, пане Томаше!\n\n"
        "Підтверджуємо замовлення № 4500218468:\n\n"
        "1. Сітка для пресування 1,23 х 3000 м — 36 рулонів по 118,00 EUR; відвантаження двома партіями: "
        "18 рулонів 15.12.2026, 18 рулонів 12.01.2027.\n"
        "2. Сітка для пресування 1,30 х 3600 м — 24 рулони по 149,00 EUR, відвантаження 15.12.2026.\n\n"
        "З повагою,\nОксана Мельник\nменеджер зовнішньоекономічної діяльності\nТОВ «Агросітка»\n"
        "м. Вінниця, вул. Гонти, 41\nтел. +380 43 255 0147\n")
    sent = "%s, %d %s %d р. %d:%02d" % (wd, d.day, mon, d.year, d.hour, d.minute)
    quote = C.quote_custom(po, ("Від", "Надіслано", "Кому", "Тема"), sent)
    plain = typed + "\n" + quote
    html = M.outlook_html(C.para_html(typed, "MsoNormal", "p") + C.pre_html(quote), "windows-1251", "UK")
    eml = M.reply(po, frm=("Оксана Мельник", "o.melnyk@agrositka.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="a19", body=plain.replace("пʼ", "п'"),
                  html=html.replace("пʼ", "п'"), client="outlook_desktop", charset="windows-1251",
                  header_charset="windows-1251", content_language="uk-UA",
                  received_from=("mail.agrositka.example", "198.51.100.9"))
    return result("hay-nets-ukrainian-split-shipment", "confirmation",
                  "Ukrainian windows-1251 Outlook reply; Cyrillic 'х' used as the times sign; one line shipped in two lots",
                  [po], eml,
                  "Line 1: 36 rolls at 118,00 EUR shipped 18 on 2026-12-15 and 18 on 2027-01-12 (ship dates = "
                  "dates). Line 2 as ordered. '1,23 х 3000 м' is the product size, not a quantity.",
                  [conf(po, {1: chg(po, 1, date="2027-01-12", schedule=[(18, "2026-12-15"), (18, "2027-01-12")]),
                             2: acc(po, 2)})])


# ---------------------------------------------------------------- A20
@case
def hay_nets_polish_rolls():
    sup = C.supplier("SIATKIPOM", "Siatki Rolnicze Pomorze Sp. z o.o.", "biuro@siatki-pomorze.example", "pl-PL", 1)
    po = C.PO("4500218471", sup, "TW", "PLN", "2026-11-25", [
        C.L(1, "HBN-M-123", "Bale net wrap 1.23 m wide, per metre", 9000, "M", "0.2150", "2026-12-18"),
        C.L(2, "HBN-M-125", "Bale net wrap 1.25 m wide, per metre", 14400, "M", "0.2200", "2026-12-18")])
    date = C.mail_dt("2026-11-26 12:17:45", 1)
    d = C.local_req_dt(po)
    typed = (
        "Dzień dobry Panie Tomaszu,\n\n"
        "potwierdzamy zamówienie nr 4500218471:\n\n"
        "poz. 1 - siatka do owijania bel 1,23 m: 3 rolki x 3000 mb, cena 645,00 zł/rolka netto, "
        "termin dostawy 18.12.2026\n"
        "poz. 2 - siatka do owijania bel 1,25 m: 4 rolki x 3600 mb, cena 828,00 zł/rolka netto "
        "(nowy cennik od 01.12.2026), termin dostawy 18.12.2026\n\n"
        "Pozdrawiam serdecznie\n"
        "Katarzyna Zielińska\nDział Handlowy\nSiatki Rolnicze Pomorze Sp. z o.o.\n"
        "ul. Przemysłowa 9, 76-200 Słupsk\ntel. +48 59 555 21 30, NIP 839-255-41-07\n")
    attr = "W dniu %02d.%02d.%d o %02d:%02d, Tomasz Wierzbicki pisze:" % (d.day, d.month, d.year, d.hour, d.minute)
    plain = typed + "\n" + attr + "\n" + C.prefix(C.request_plain(po))
    eml = M.reply(po, frm=("Katarzyna Zielińska", "k.zielinska@siatki-pomorze.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="a20", body=plain, client="thunderbird",
                  charset="iso-8859-2", plain_only=True, flowed=True, header_charset="iso-8859-2",
                  content_language="pl", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) "
                                            "Gecko/20100101 Thunderbird/128.5.0",
                  received_from=("poczta.siatki-pomorze.example", "192.0.2.174"))
    return result("hay-nets-polish-per-roll-vs-per-metre", "confirmation",
                  "PO per metre, supplier prices per 3000/3600 m roll (Polish, ISO-8859-2, Thunderbird)",
                  [po], eml,
                  "PO unit is M. Line 1: 3 rolls x 3000 m = 9000 m at 645,00 zł/roll = 0.215 zł/m (as ordered). "
                  "Line 2: 4 x 3600 m = 14400 m at 828,00 zł/roll = 0.23 zł/m (PO 0.22, changed). Dates as ordered.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, price="0.23")})])


# ---------------------------------------------------------------- A21
@case
def forge_tongs_czech():
    sup = C.supplier("KOVARNAHORICE", "Kovárna Hořice s.r.o.", "obchod@kovarna-horice.example", "cs-CZ", 1)
    po = C.PO("4500218485", sup, "HA", "CZK", "2026-11-26", [
        C.L(1, "FTG-KL-400", "Forge tongs, box jaw 20 mm, 400 mm", 30, "EA", "890.00", "2026-12-11"),
        C.L(2, "FTG-RND-16", "Forge tongs, round bit 16 mm, 450 mm", 20, "EA", "920.00", "2026-12-11"),
        C.L(3, "FTG-SET-5", "Forge tong set, 5 pcs, with rack", 8, "SET", "5400.00", "2026-12-18")])
    date = C.mail_dt("2026-11-30 09:26:14", 1)
    typed = (
        "Dobrý den, paní Achterbergová,\n\n"
        "k Vaší objednávce č. 4500218485 potvrzujeme:\n\n"
        "pol. 1 – kovářské kleště s krabicovými čelistmi 20 mm, 30 ks, 890,00 Kč/ks, termín dodání 11. 12. 2026\n"
        "pol. 2 – kleště s kulatými čelistmi 16 mm již nevyrábíme, tuto položku musíme bohužel odmítnout\n"
        "pol. 3 – sada kleští 5 ks se stojanem, 8 sad, 5 400,00 Kč/sada, termín dodání 8. 1. 2027\n\n"
        "S pozdravem\n\nIng. Petr Novotný\nobchodní oddělení\nKovárna Hořice s.r.o.\n"
        "Husova 1187, 508 01 Hořice\ntel.: +420 493 555 214, IČO: 25981234\n")
    plain, html = M.outlook_pair(po, typed, "cs", "windows-1250", "CS")
    eml = M.reply(po, frm=("Petr Novotný", "novotny@kovarna-horice.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="a21", body=plain, html=html, client="outlook",
                  charset="windows-1250", content_language="cs-CZ",
                  received_from=("mail.kovarna-horice.example", "192.0.2.230"))
    return result("forge-tongs-czech-line-rejected", "confirmation",
                  "Czech windows-1250; '11. 12. 2026' spaced dates; one line refused (no longer made), one moved to January",
                  [po], eml,
                  "Line 1 as ordered (11. 12. 2026). Line 2 rejected ('již nevyrábíme ... musíme odmítnout'). "
                  "Line 3: 8 sets at 5 400,00 Kč, date 8. 1. 2027 = 2027-01-08 instead of 2026-12-18.",
                  [conf(po, {1: acc(po, 1), 2: rej(), 3: chg(po, 3, date="2027-01-08")})])


# ---------------------------------------------------------------- A22
@case
def gym_rings_hungarian():
    sup = C.supplier("TORNASZER", "Tornaszer Kft.", "ertekesites@tornaszer.example", "hu-HU", 1)
    po = C.PO("4500218492", sup, "JO", "HUF", "2026-11-27", [
        C.L(1, "GYR-WD-28H", "Gymnastics rings, wooden, 28 mm, pair", 40, "PR", "12500", "2026-12-17"),
        C.L(2, "GYR-MNT-CL", "Ceiling mount for rings, steel, pair", 20, "PR", "8900", "2026-12-17")])
    date = C.mail_dt("2026-12-01 10:52:27", 1)
    d = C.local_req_dt(po)
    typed = (
        "Kedves Joanne!\n\n"
        "A 4500218492 számú megrendelését az alábbiak szerint visszaigazoljuk:\n\n"
        "1. tétel: fa tornagyűrű 28 mm, 40 pár, 12 500 Ft/pár, szállítás: 2026. 12. 17.\n"
        "2. tétel: mennyezeti rögzítő, 20 pár, 9 350 Ft/pár, szállítás: 2027. 01. 07.\n\n"
        "A 2. tétel árát az acél árának emelkedése miatt módosítanunk kellett.\n\n"
        "Üdvözlettel:\nSzabó Eszter\nértékesítési munkatárs\nTornaszer Kft.\n6000 Kecskemét, Ipari út 14.\n"
        "Tel.: +36 76 555 418\n")
    attr = "%d. %s %d. %02d:%02d keltezéssel, Joanne Okafor írta:" % (
        d.year, ["január", "február", "március", "április", "május", "június", "július", "augusztus",
                 "szeptember", "október", "november", "december"][d.month - 1], d.day, d.hour, d.minute)
    plain = typed + "\n" + attr + "\n" + C.prefix(C.request_plain(po))
    eml = M.reply(po, frm=("Szabó Eszter", "szabo.eszter@tornaszer.example"), date=date,
                  subject="Re: " + C.request_subject(po), seed="a22", body=plain, client="thunderbird",
                  charset="iso-8859-2", plain_only=True, header_charset="iso-8859-2", content_language="hu",
                  ua="Mozilla Thunderbird", received_from=("mail.tornaszer.example", "192.0.2.19"))
    return result("gym-rings-hungarian-ymd", "confirmation",
                  "Hungarian year-first dates '2027. 01. 07.', forint with space grouping, ISO-8859-2",
                  [po], eml,
                  "Line 1 as ordered. Line 2: 9 350 Ft instead of 8 900 and delivery 2027. 01. 07. = 2027-01-07. "
                  "Hungarian writes dates year-month-day.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, price="9350", date="2027-01-07")})])


# ---------------------------------------------------------------- A23
@case
def ferry_ramp_turkish_split():
    sup = C.supplier("EGELIMAN", "Ege Liman Ekipmanları A.Ş.", "satis@egeliman.example", "tr-TR", 3)
    po = C.PO("4500218503", sup, "MF", "EUR", "2026-11-20", [
        C.L(1, "FRR-HYD-12", "Ferry ramp, hydraulic, 12 m x 4.5 m, 60 t", 2, "EA", "184000.00", "2027-01-15"),
        C.L(2, "FRR-FLAP-45", "Ramp toe flap set, 4.5 m, hinged", 2, "SET", "9600.00", "2027-01-15")])
    date = C.mail_dt("2026-11-25 17:02:40", 3)
    d = C.local_req_dt(po)
    typed = (
        "Sayın Marco Bey,\n\n"
        "4500218503 numaralı siparişinizi aşağıdaki şekilde teyit ederiz:\n\n"
        "1. kalem: Hidrolik feribot rampası 12 m x 4,5 m - 2 adet, birim fiyat 184.000,00 EUR. "
        "1. rampa 15.01.2027, 2. rampa 12.02.2027 tarihinde teslim edilecektir (galvaniz kapasitesi).\n"
        "2. kalem: Rampa ucu flap seti - 2 set, birim fiyat 9.600,00 EUR, teslim 15.01.2027.\n\n"
        "Saygılarımızla,\n\nMurat Yıldırım\nSatış Müdürü\nEge Liman Ekipmanları A.Ş.\n"
        "Atatürk Organize Sanayi Bölgesi 10003 Sk. No:7, Çiğli / İzmir\nTel: +90 232 555 41 20\n")
    mon = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
           "Kasım", "Aralık"][d.month - 1]
    wd = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"][d.weekday()]
    sent = "%d %s %d %s %02d:%02d" % (d.day, mon, d.year, wd, d.hour, d.minute)
    quote = C.quote_custom(po, ("Kimden", "Gönderildi", "Kime", "Konu"), sent, sep="_" * 32)
    plain = typed + "\n" + quote
    html = M.outlook_html(C.para_html(typed, "MsoNormal", "p") + C.pre_html(quote), "iso-8859-9", "TR")
    eml = M.reply(po, frm=("Murat Yıldırım", "murat.yildirim@egeliman.example"), date=date,
                  subject="YNT: " + C.request_subject(po), seed="a23", body=plain, html=html, client="outlook",
                  charset="iso-8859-9", header_charset="iso-8859-9", content_language="tr-TR",
                  received_from=("mail.egeliman.example", "203.0.113.203"))
    return result("ferry-ramps-turkish-one-by-one", "confirmation",
                  "Turkish ISO-8859-9; two ramps of one line delivered a month apart; 184.000,00 EUR dot grouping",
                  [po], eml,
                  "Line 1: 2 ramps at 184.000,00 EUR, first on 2027-01-15, second on 2027-02-12 -> changed with "
                  "schedule, final date 2027-02-12. Line 2 as ordered.",
                  [conf(po, {1: chg(po, 1, date="2027-02-12", schedule=[(1, "2027-01-15"), (1, "2027-02-12")]),
                             2: acc(po, 2)})])


# ---------------------------------------------------------------- A24
@case
def fountain_greek():
    sup = C.supplier("YDROTECH", "Υδροτεχνική Αιγαίου Α.Ε.", "sales@ydrotechniki.example", "el-GR", 2)
    po = C.PO("4500218514", sup, "JO", "EUR", "2026-11-25", [
        C.L(1, "FNZ-SMT-1", "Fountain nozzle, smooth bore, 1 in, bronze", 30, "EA", "74.00", "2026-12-16"),
        C.L(2, "FNZ-TULIP-2", "Fountain nozzle, tulip, 2 in", 10, "EA", "265.00", "2026-12-16")])
    date = C.mail_dt("2026-11-26 14:48:03", 2)
    d = C.local_req_dt(po)
    typed = (
        "Αγαπητή κα Okafor,\n\n"
        "Σας ευχαριστούμε για την παραγγελία σας. Επιβεβαιώνουμε την παραγγελία 4500218514 ως εξής:\n\n"
        "Είδος 1: FNZ-SMT-1, ακροφύσιο λείας οπής 1\", 30 τεμ., τιμή 74,00 € / τεμ., παράδοση 16/12/2026\n"
        "Είδος 2: FNZ-TULIP-2, ακροφύσιο τύπου τουλίπα 2\", 10 τεμ., τιμή 265,00 € / τεμ., παράδοση 23/12/2026\n\n"
        "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΥδροτεχνική Αιγαίου Α.Ε.\n"
        "Λεωφ. Κηφισού 112, 122 41 Αιγάλεω\nΤηλ. +30 210 555 3381\n")
    wd = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"][d.weekday()]
    mon = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
           "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"][d.month - 1]
    sent = "%s, %d %s %d %d:%02d %s" % (wd, d.day, mon, d.year, (d.hour % 12) or 12, d.minute,
                                         "π.μ." if d.hour < 12 else "μ.μ.")
    quote = C.quote_custom(po, ("Από", "Στάλθηκε", "Προς", "Θέμα"), sent, sep="_" * 32)
    plain = typed + "\n" + quote
    html = M.outlook_html(C.para_html(typed, "MsoNormal", "p") + C.pre_html(quote), "iso-8859-7", "EL")
    eml = M.reply(po, frm=("Νίκος Παπαδόπουλος", "n.papadopoulos@ydrotechniki.example"), date=date,
                  subject="ΑΠ: " + C.request_subject(po), seed="a24", body=plain, html=html, client="outlook",
                  charset="iso-8859-7", header_charset="iso-8859-7", content_language="el-GR",
                  received_from=("mail.ydrotechniki.example", "198.51.100.201"))
    return result("fountain-nozzles-greek", "confirmation",
                  "Greek ISO-8859-7 Outlook reply ('ΑΠ:' prefix); one line a week later",
                  [po], eml,
                  "Line 1 as ordered. Line 2 delivery 23/12/2026 instead of 16/12/2026; qty and price unchanged.",
                  [conf(po, {1: acc(po, 1), 2: chg(po, 2, date="2026-12-23")})])


# ---------------------------------------------------------------- N3
@case
def pasta_dies_question():
    sup = C.supplier("TRAFILETICINO", "Trafile Ticino SA", "ordini@trafileticino.example", "it-CH", 1)
    po = C.PO("4500218775", sup, "MF", "CHF", "2026-11-26", [
        C.L(1, "PDT-RIG-12", "Pasta die, bronze, rigatoni 12 mm, extruder dia. 95", 2, "EA", "465.00", "2026-12-18"),
        C.L(2, "PDT-FUS-8", "Pasta die, bronze, fusilli 8 mm, extruder dia. 95", 2, "EA", "520.00", "2026-12-18")])
    date = C.mail_dt("2026-11-27 09:58:31", 1)
    typed = (
        "Buongiorno signor Feliciano\n\n"
        "grazie per l'ordine 4500218775. Prima di poterlo confermare abbiamo bisogno di due chiarimenti:\n\n"
        "1) Per la trafila rigatoni da 12 mm desiderate la rigatura standard o quella fine?\n"
        "2) Il diametro della vostra pressa è 95 mm come indicato nell'ordine, oppure 90 mm come per "
        "l'ordine 4500209912 dello scorso marzo?\n\n"
        "Appena ricevuta la vostra risposta Vi invieremo la conferma d'ordine con prezzi e termini di consegna.\n\n"
        "Cordiali saluti\n\nGiulia Bernasconi\nUfficio vendite\nTrafile Ticino SA\nVia Cantonale 22, 6900 Lugano\n"
        "Tel. +41 91 555 72 10\n")
    plain, html = M.outlook_pair(po, typed, "it", "windows-1252", "IT-CH")
    eml = M.reply(po, frm=("Giulia Bernasconi", "g.bernasconi@trafileticino.example"), date=date,
                  subject="R: " + C.request_subject(po), seed="n03", body=plain, html=html, client="outlook",
                  charset="windows-1252", content_language="it-CH",
                  received_from=("mail.trafileticino.example", "203.0.113.91"))
    return result("pasta-dies-technical-question", "needs_review",
                  "Swiss-Italian supplier asks two technical questions before confirming; mentions an older PO number",
                  [po], eml,
                  "Questions (rigatura standard/fine, press diameter 95 vs 90 mm) and 'will send the confirmation "
                  "after your answer': no commitment. The older PO 4500209912 is only referenced.")


# ---------------------------------------------------------------- N4
@case
def tent_pegs_moq_conditional():
    sup = C.supplier("PASAKKHEMAH", "Pasak Khemah Industries Sdn Bhd", "sales@pasakkhemah.example", "ms-MY", 8)
    po = C.PO("4500218779", sup, "JO", "MYR", "2026-11-27", [
        C.L(1, "TPG-AL-180", "Tent peg, aluminium, 180 mm, round head", 6000, "PCS", "1.70", "2027-01-08")])
    date = C.mail_dt("2026-11-30 10:34:56", 8)
    typed = (
        "Salam Joanne,\n\n"
        "Terima kasih for the PO. For item TPG-AL-180 our MOQ is 10,000 pcs.\n\n"
        "Option A: if you can increase to 10,000 pcs we can confirm at RM 1.62/pc, delivery 15/01/2027.\n"
        "Option B: 6,000 pcs as per PO, price would be RM 1.95/pc because of the set-up cost.\n\n"
        "Please advise which option you prefer and we will issue our sales order confirmation.\n\n"
        "Best regards,\nNurul Aina binti Hassan\nSales Executive\nPasak Khemah Industries Sdn Bhd\n"
        "Lot 23, Jalan Perindustrian 4, Kawasan Perindustrian Nilai, 71800 Nilai, Negeri Sembilan\n"
        "Tel: +606-555 1472\n")
    plain, html = M.outlook_pair(po, typed, "en", "us-ascii", "EN-MY", gb=True)
    eml = M.reply(po, frm=("Nurul Aina Hassan", "nurul.aina@pasakkhemah.example"), date=date,
                  subject="RE: " + C.request_subject(po), seed="n04", body=plain, html=html, client="outlook",
                  charset="us-ascii", cte="7bit", html_cte="quoted-printable", content_language="en-MY",
                  outlook_region="sg2prd01.prod.outlook.com",
                  received_from=("mail-sgaapc01on2117.outbound.protection.outlook.example", "40.107.215.117"))
    return result("tent-pegs-moq-two-options", "needs_review",
                  "conditional offer with two options (MOQ 10,000 at RM 1.62 or 6,000 at RM 1.95); buyer must choose",
                  [po], eml,
                  "Two alternative offers depending on the buyer's choice; the supplier will confirm only after we "
                  "advise. Nothing is committed yet.")


# ---------------------------------------------------------------- R2
@case
def icelandic_vacation():
    sup = C.supplier("BAUJUSMIDJAN", "Baujusmiðjan ehf.", "gudrun@baujusmidjan.example", "is-IS", 0)
    po = C.PO("4500218782", sup, "HA", "ISK", "2026-11-27", [
        C.L(1, "MBY-ICE-700", "Mooring buoy, 700 mm, ice-resistant PE", 12, "EA", "48500", "2027-01-15"),
        C.L(2, "MBY-MARK-Y", "Marker buoy, yellow, 400 mm", 20, "EA", "12900", "2027-01-15")])
    date = C.mail_dt("2026-11-27 09:30:24", 0)
    body = ("Góðan dag,\n\n"
            "Ég er í fríi til og með 4. desember 2026 og hef takmarkaðan aðgang að tölvupósti. Ef erindið er "
            "áríðandi vinsamlegast hafið samband við sala@baujusmidjan.example eða í síma 555 4120.\n\n"
            "Kveðja,\nGuðrún Þórðardóttir\n\n---\n"
            "I am on leave until 4 December 2026 inclusive. For urgent matters please contact "
            "sala@baujusmidjan.example or call +354 555 4120.\n")
    eml = M.reply(po, frm=("Guðrún Þórðardóttir", "gudrun@baujusmidjan.example"), date=date,
                  subject="Sjálfvirkt svar: " + C.request_subject(po), seed="r02", body=body, client="generic",
                  charset="iso-8859-1", plain_only=True, header_charset="iso-8859-1",
                  msgid="<zimbra.%s@mail.baujusmidjan.example>" % C.h("r02z", 10, "0123456789"),
                  extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk"),
                         ("X-Mailer", "Zimbra 10.0.8_GA_4693 (zclient/10.0.8_GA_4693)")],
                  received_from=("mail.baujusmidjan.example", "192.0.2.57"))
    return result("mooring-buoys-icelandic-vacation-reply", "auto_reply",
                  "Icelandic Zimbra vacation reply (ISO-8859-1, þ/ð) with a return date",
                  [po], eml,
                  "Vacation auto-reply ('Sjálfvirkt svar', Auto-Submitted: auto-replied). The date is the person's "
                  "leave (until 2026-12-04), not a delivery date.")


# ---------------------------------------------------------------- B2
@case
def bounce_exchange_ndr():
    sup = C.supplier("STERNWERK", "Sternwerk Projektionstechnik GmbH", "bestellungen@sternwerk-projektion.example",
                     "de-DE", 1)
    po = C.PO("4500218789", sup, "JO", "EUR", "2026-11-26", [
        C.L(1, "PLL-HMI-575", "Metal-halide lamp, 575 W, for planetarium projector", 6, "EA", "312.00", "2026-12-14"),
        C.L(2, "PLL-FIB-BNDL", "Fibre-optic star bundle, 200 fibres", 4, "EA", "1480.00", "2027-01-11")])
    req = po["_req_dt"]
    when = req + dt.timedelta(seconds=6)
    rcpt = po["supplier"]["email"]
    srv = "DB9PR06MB7423.eurprd06.prod.outlook.com"
    plain = (
        "Your message to %s couldn't be delivered.\n\n"
        "bestellungen wasn't found at sternwerk-projektion.example.\n\n"
        "joanne.okafor      Office 365      bestellungen\n"
        "Action Required                    Recipient\n\n"
        "Unknown To address\n\n"
        "How to Fix It\n"
        "The address may be misspelled or may not exist. Try one or more of the following:\n"
        "  * Send the message again following these steps: In Outlook, open this non-delivery report (NDR) "
        "and choose Send Again from the Report ribbon. ...\n"
        "  * Contact the recipient by some other means (by phone, for example) to confirm you're using the "
        "right address.\n\n"
        "More Info for Email Admins\n"
        "Status code: 550 5.1.1\n\n"
        "This error occurs because the sender sent a message to an email address hosted outside of Office 365, "
        "but the address is incorrect or doesn't exist at the destination domain. The error is reported by the "
        "recipient domain's email server.\n\n"
        "Original Message Details\n"
        "Created Date:    %s\n"
        "Sender Address:    joanne.okafor@brightwater-supply.example\n"
        "Recipient Address:    %s\n"
        "Subject:    %s\n\n"
        "Error Details\n"
        "Reported error:    550 5.1.1 <%s>: Recipient address rejected: User unknown in local recipient table\n"
        "DSN generated by:    %s\n"
        "Remote server:    mx01.sternwerk-projektion.example\n\n"
        "Message Hops\n"
        "HOP    TIME (UTC)    FROM    TO    WITH    RELAY TIME\n"
        "1    %s    %s    %s    mapi    *\n"
        "2    %s    %s    mx01.sternwerk-projektion.example    ESMTPS    5 sec\n" % (
            rcpt, req.strftime("%m/%d/%Y %I:%M:%S %p").lstrip("0"), rcpt, C.request_subject(po), rcpt, srv,
            req.strftime("%m/%d/%Y %I:%M:%S %p").lstrip("0"), srv, srv,
            (req + dt.timedelta(seconds=1)).strftime("%m/%d/%Y %I:%M:%S %p").lstrip("0"), srv))
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\"><p style=\"font-size:16px\">Your "
            "message to <a href=\"mailto:%s\">%s</a> couldn't be delivered.</p><p style=\"font-size:20px;"
            "font-weight:bold;color:#C00000\">bestellungen wasn't found at sternwerk-projektion.example.</p>"
            "%s</div></body></html>\n" % (rcpt, rcpt, C.pre_html(plain.split("\n\n", 2)[2])))
    alt = M.multi("alternative", [M.text(plain, charset="us-ascii", cte="quoted-printable"),
                                  M.text(html, "html", "us-ascii", "quoted-printable")],
                  M.boundary("b02", "outlook", 1))
    ds = M.delivery_status(
        [("Reporting-MTA", "dns;" + srv), ("Received-From-MTA", "dns;" + srv),
         ("Arrival-Date", C.rfc_date(req))],
        [[("Original-Recipient", "rfc822;" + rcpt), ("Final-Recipient", "rfc822;" + rcpt),
          ("Action", "failed"), ("Status", "5.1.1"), ("Remote-MTA", "dns;mx01.sternwerk-projektion.example"),
          ("Diagnostic-Code", "smtp;550 5.1.1 <%s>: Recipient address rejected: User unknown in local "
                              "recipient table" % rcpt)]])
    orig = M.request_message(po)
    hdrs = M.to_bytes(orig).decode("ascii").split("\r\n\r\n", 1)[0].replace("\r\n", "\n") + "\n"
    hdrs = ("Received: from %s ([::1]) by %s ([fe80::5d2a:41c7:9e1b:2f03%%4]) with mapi id 15.20.8207.017; %s\n"
            % (srv, srv, C.rfc_date(req))) + hdrs
    root = M.multi("report", [alt, ds, M.rfc822_headers(hdrs)], M.boundary("b02", "outlook", 0),
                   params=[("report-type", "delivery-status")])
    hs = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brightwater-supply.example>"),
          ("To", "Joanne Okafor <joanne.okafor@brightwater-supply.example>"),
          ("Date", C.rfc_date(when)),
          ("Subject", "Undeliverable: " + C.request_subject(po)),
          ("Message-ID", "<%s@%s>" % ("e3b1f0a4-77c2-4f5e-a1d9-" + C.h("b02m", 12, "0123456789abcdef"), srv)),
          ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
          ("Thread-Topic", C.request_subject(po)), ("Thread-Index", M.thread_index("b02")),
          ("X-MS-TNEF-Correlator", ""), ("X-MS-Exchange-Organization-SCL", "-1"),
          ("Auto-Submitted", "auto-replied"), ("Content-Language", "en-US")]
    eml = M.to_bytes(M.finalize(root, hs))
    return result("planetarium-lamps-exchange-ndr", "bounce",
                  "Exchange Online NDR ('Undeliverable:') with HTML body, delivery-status and the original headers",
                  [po], eml,
                  "Office 365 non-delivery report (550 5.1.1 at the remote server). It is In-Reply-To our request and "
                  "repeats the subject, but nothing comes from the supplier.")


# ---------------------------------------------------------------- U2
@case
def price_list_2027_xlsx():
    sup = C.supplier("NORDARCH", "Oy Nordic Archery Ab", "order@nordicarchery.example", "sv-FI", 2)
    po = C.PO("4500218796", sup, "PR", "EUR", "2026-11-25", [
        C.L(1, "ART-STRAW-100", "Archery target, pressed straw, 100 cm", 20, "EA", "96.00", "2027-01-15"),
        C.L(2, "ART-STAND-ALU", "Target stand, aluminium, foldable", 20, "EA", "148.00", "2027-01-15")])
    date = C.mail_dt("2026-12-01 08:15:00", 2)
    items = [("ART-STRAW-80", "Halmtavla pressad 80 cm", "72.00", "75.24"),
             ("ART-STRAW-100", "Halmtavla pressad 100 cm", "96.00", "100.32"),
             ("ART-STRAW-124", "Halmtavla pressad 124 cm", "132.00", "137.94"),
             ("ART-STAND-ALU", "Tavelstativ aluminium, hopfällbart", "148.00", "148.00"),
             ("ART-FACE-80", "Tavla papper 80 cm (fp 100)", "1.05", "1.10"),
             ("ART-FACE-122", "Tavla papper 122 cm (fp 50)", "2.20", "2.30")]
    rows = [["Artikelnr", "Benämning", "Pris 2026 EUR", "Pris 2027 EUR", "Giltig från"]]
    for a, b, p26, p27 in items:
        rows.append([a, b, Decimal(p26), Decimal(p27), dt.date(2027, 1, 1)])
    xl = X.make_xlsx([("Prislista 2027", rows)], creator="Nordic Archery", widths=[16, 36, 14, 14, 12],
                     created=dt.datetime(2026, 11, 30, 15, 2, 0), date_format="d.m.yyyy")
    body = ("Bästa kund,\n\n"
            "Bifogat finner ni vår prislista för 2027, giltig från 1.1.2027. På grund av höjda råvarukostnader "
            "höjs priserna på halmtavlor med 4,5 %. Stativ och tillbehör behåller 2026 års priser.\n\n"
            "Beställningar som har lagts före 31.12.2026 levereras till 2026 års priser.\n\n"
            "Vårt lager är stängt 24.12.2026-6.1.2027.\n\n"
            "Med vänlig hälsning\nOy Nordic Archery Ab\nKyrkoesplanaden 12, 65100 Vasa\ntel. +358 6 555 2140\n")
    eml = M.reply(po, frm=("Oy Nordic Archery Ab", "info@nordicarchery.example"), date=date,
                  subject="Prislista 2027 / Hinnasto 2027", seed="u02", body=body, client="outlook",
                  charset="iso-8859-1", plain_only=True, in_reply=False, to="undisclosed-recipients:;",
                  content_language="sv-FI",
                  attachments=[M.attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                        "Prislista_2027.xlsx")],
                  received_from=("mail.nordicarchery.example", "198.51.100.122"))
    return result("archery-targets-price-list-2027", "unrelated",
                  "Finland-Swedish circular with a 2027 price list XLSX listing our PO's item at a higher price",
                  [po], eml,
                  "Mass mail to undisclosed recipients announcing 2027 prices (+4,5 % on straw targets, XLSX "
                  "attached, ART-STRAW-100 at 100.32). Not an answer about PO 4500218796; the sentence that orders "
                  "placed before 31.12.2026 keep 2026 prices is general policy.")
