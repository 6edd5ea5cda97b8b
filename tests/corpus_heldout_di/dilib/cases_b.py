from .common import *  # noqa
import datetime as _dt


@case("derzi-moq-3-hafta", "confirmation", "tr-TR",
      "Windows-1254 Turkish reply raising line 1 to the 1.000-box MOQ and promising delivery 'bugünden itibaren 3 hafta içinde' (relative to the mail date).")
def c():
    s = S("DERZI", "Derzi Plastik San. ve Tic. A.Ş.", "satis@derziplastik.example", "tr-TR")
    p = PO("4700319001", s, "EUR", "2026-11-10", [
        L("TS-2-CR", "Tile spacer cross 2 mm, box of 500", 800, "BOX", "1.90", "2026-12-04"),
        L("TS-3-T", "Tile spacer T-shape 3 mm, box of 250", 300, "BOX", "1.45", "2026-12-04")])
    t = """Merhaba Mara Hanım,

4700319001 numaralı siparişiniz için teşekkür ederiz. Onayımız aşağıdadır:

1. kalem (2 mm artı derz aralığı): minimum sipariş miktarımız 1.000 kutudur; siparişi 1.000 kutu olarak onaylıyoruz. Birim fiyat 1,90 EUR.
2. kalem (3 mm T derz aralığı): 300 kutu, birim fiyat 1,45 EUR - onaylandı.

Teslimat: her iki kalem için bugünden itibaren 3 hafta içinde.

Saygılarımızla,
Elif Yıldız
İhracat Satış Temsilcisi
Derzi Plastik San. ve Tic. A.Ş.
İkitelli OSB, 34490 Başakşehir / İstanbul
Tel: +90 212 000 00 00 | Vergi No: 1234567890
"""
    m = reply(p, "Elif Yıldız", "elif.yildiz@derziplastik.example", hd("2026-11-11 10:20:14 +0300"),
              alt(t, "windows-1254"), style="outlook", cs="windows-1254")
    return [p], m, confirmation(
        "Line 1: MOQ 1.000 boxes (Turkish thousands dot) instead of 800, price unchanged. Delivery 'within 3 weeks from today' = 2026-11-11 + 21 days = 2026-12-02 for both lines, earlier than the requested 2026-12-04.",
        (p, {1: chg(q=1000, d="2026-12-02"), 2: chg(d="2026-12-02")}))


@case("hanbit-euckr-next-tuesday", "confirmation", "ko-KR",
      "EUC-KR Korean reply: ship 'next Tuesday' from Busan (ship date only, relative to a Friday mail), line 3 cut to 300 because of stock.")
def c():
    s = S("HANBIT", "Hanbit Clean Co., Ltd.", "sales@hanbitclean.example", "ko-KR")
    p = PO("4700319012", s, "USD", "2026-11-12", [
        L("WS-35-ST", "Window squeegee 35 cm, stainless channel", 200, "EA", "6.80", "2026-12-07"),
        L("WS-45-ST", "Window squeegee 45 cm, stainless channel", 150, "EA", "7.90", "2026-12-07"),
        L("WS-RB-35", "Replacement squeegee rubber 35 cm", 500, "EA", "0.65", "2026-12-07")], buyer="kevin")
    t = """Kevin Tran 님께,

안녕하세요, 한빛클린 해외영업팀 김민준입니다.
PO 4700319012 잘 받았습니다. 아래와 같이 확인드립니다.

1번, 2번 품목: 수량 및 단가 주문서와 동일합니다.
3번 품목(교체용 고무 35cm): 재고 부족으로 300개만 공급 가능하며, 나머지 200개는 취소 부탁드립니다. 단가는 동일합니다.

전 품목 다음 주 화요일 부산항에서 출고 예정입니다.

감사합니다.
김민준 드림

(주)한빛클린 해외영업팀
경기도 안산시 단원구 산단로 00
Tel. 031-000-0000 / Fax. 031-000-0001
"""
    m = reply(p, "김민준", "minjun.kim@hanbitclean.example", hd("2026-11-13 09:40:27 +0900"),
              alt(t, "euc-kr", "base64"), cs="euc-kr")
    return [p], m, confirmation(
        "Mail is dated Friday 2026-11-13; 'next Tuesday' shipment from Busan = 2026-11-17, a ship date only, so it is the date for all lines. Lines 1-2 keep quantity and price; line 3 reduced to 300 pcs, same price.",
        (p, {1: chg(d="2026-11-17"), 2: chg(d="2026-11-17"), 3: chg(q=300, d="2026-11-17")}))


@case("siampolish-tis620-buddhist-year", "confirmation", "th-TH",
      "TIS-620 Thai reply with Buddhist-era dates (15 ธ.ค. 2569 = 2026-12-15, 8 ม.ค. 2570 = 2027-01-08) and one imported line delayed.")
def c():
    s = S("SIAMPOL", "Siam Polishing Co., Ltd.", "sales@siampolish.example", "th-TH")
    p = PO("4700319023", s, "THB", "2026-11-09", [
        L("AD-100-K40", "Flap disc 100 mm, grit 40", 600, "PC", "28.00", "2026-12-15"),
        L("AD-100-K120", "Flap disc 100 mm, grit 120", 400, "PC", "28.00", "2026-12-15"),
        L("FD-125-SC", "Fibre disc 125 mm, silicon carbide", 1000, "PC", "9.50", "2026-12-15")])
    t = """เรียน คุณ Mara

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4700319023 ทางบริษัทฯ ขอยืนยันรายการดังนี้

1. จานทรายซ้อน 100 มม. เบอร์ 40 จำนวน 600 ใบ ราคา 28.00 บาท ส่งมอบวันที่ 15 ธ.ค. 2569
2. จานทรายซ้อน 100 มม. เบอร์ 120 จำนวน 400 ใบ ราคา 28.00 บาท ส่งมอบวันที่ 15 ธ.ค. 2569
3. จานไฟเบอร์ 125 มม. จำนวน 1,000 ใบ ราคา 9.50 บาท ส่งมอบวันที่ 8 ม.ค. 2570 เนื่องจากสินค้ารอนำเข้า

จึงเรียนมาเพื่อโปรดทราบ

ขอแสดงความนับถือ
สมชาย ใจดี
ฝ่ายขาย บริษัท สยามขัดเงา จำกัด
โทร 02-000-0000
"""
    m = reply(p, "Somchai Jaidee", "somchai@siampolish.example", hd("2026-11-10 15:10:45 +0700"),
              T(t, cs="tis-620", cte="base64"), style="plain")
    return [p], m, confirmation(
        "Thai Buddhist-era years: 2569 BE = 2026, 2570 BE = 2027. Lines 1-2 as ordered (15 Dec 2026). Line 3 same qty/price, delivery 8 Jan 2027 (awaiting import).",
        (p, {1: acc(), 2: acc(), 3: chg(d="2027-01-08")}))


@case("baiskeli-swahili-price-up", "confirmation", "sw-KE",
      "Swahili reply confirming both chains, raising line 2 to KSh 545.00 for import costs; signature with M-Pesa till and P.O. Box numbers.")
def c():
    s = S("BAISKELI", "Baiskeli Bora Ltd", "mauzo@baiskelibora.example", "sw-KE")
    p = PO("4700319034", s, "KES", "2026-11-11", [
        L("CH-S1-112", "Bicycle chain single speed 1/2 x 1/8, 112 links", 300, "EA", "450.00", "2026-12-14"),
        L("CH-HD-114", "Heavy-duty roadster chain 1/2 x 1/8, 114 links", 200, "EA", "520.00", "2026-12-14")])
    t = """Habari Bi. Mara,

Asante kwa oda yako namba 4700319034.

Tunathibitisha kama ifuatavyo:
1. Mnyororo wa baiskeli single speed (viungo 112) - vipande 300 kwa KSh 450.00 kila kimoja.
2. Mnyororo wa roadster heavy duty (viungo 114) - vipande 200; bei imepanda kuwa KSh 545.00 kila kimoja kutokana na gharama za uagizaji.

Tutawasilisha mzigo wote tarehe 14/12/2026 ghalani kwenu.

Wako,
Wanjiru Kamau
Afisa Mauzo | Baiskeli Bora Ltd
Simu: +254 722 000 000 | M-Pesa Till 123456
P.O. Box 12345-00100, Nairobi

""" + q_gt(p)
    m = reply(p, "Wanjiru Kamau", "wanjiru@baiskelibora.example", hd("2026-11-12 10:05:51 +0300"),
              alt(t), style="gmail")
    return [p], m, confirmation(
        "Line 1 as ordered. Line 2: 200 pcs, delivery 14/12/2026 as requested, price raised to 545.00 KES.",
        (p, {1: acc(), 2: chg(p="545.00")}))


@case("ganesh-hindi-split-kg", "confirmation", "hi-IN",
      "Hindi reply (UTF-8 base64): only 30 of 50 kg in stock now, 30 kg dispatched 05.12.2026 and the remaining 20 kg by 10.01.2027.")
def c():
    s = S("GANESHCW", "Shree Ganesh Cotton Works", "orders@ganeshcotton.example", "hi-IN")
    p = PO("4700319045", s, "INR", "2026-11-10", [
        L("WK-RAW-KG", "Candle wick raw cotton roving", 50, "KG", "420.00", "2026-12-05"),
        L("WK-WX-2MM", "Waxed candle wick 2 mm, spool", 40, "ROL", "310.00", "2026-12-05")], buyer="priya")
    t = """नमस्ते प्रिया जी,

आपका PO नं. 4700319045 मिल गया, धन्यवाद।

आइटम 1 (कच्ची रुई की बत्ती): अभी स्टॉक में सिर्फ 30 किलो है। 30 किलो 05.12.2026 को भेज देंगे, बाकी 20 किलो 10.01.2027 तक भेजेंगे। रेट वही ₹420 प्रति किलो।
आइटम 2 (मोम वाली बत्ती 2 mm): 40 रोल, ₹310 प्रति रोल, डिलीवरी 05.12.2026।

कोई सवाल हो तो फ़ोन करें।

धन्यवाद,
राकेश शर्मा
श्री गणेश कॉटन वर्क्स, फ़िरोज़ाबाद (उ.प्र.)
मो. 98370 00000 | GSTIN 09ABCDE1234F1Z5
"""
    m = reply(p, "राकेश शर्मा", "rakesh@ganeshcotton.example", hd("2026-11-11 18:22:03 +0530"),
              T(t, cte="base64"), prefix="Re: ", style="gmail")
    return [p], m, confirmation(
        "Line 1: full 50 kg at the PO rate, split 30 kg on 2026-12-05 and 20 kg by 2027-01-10 (dispatch dates, the only dates given) -> schedule, date 2027-01-10. Line 2 as ordered.",
        (p, {1: chg(sched=[(30, "2026-12-05"), (20, "2027-01-10")]), 2: acc()}))


@case("umbudir-icelandic-no-year", "confirmation", "is-IS",
      "ISO-8859-1 Icelandic reply in a new thread (no In-Reply-To) with ISK amounts using dot thousands ('3.450 kr.') and 'afhending 18. desember' without a year; line 2 price up.")
def c():
    s = S("UMBUDIR", "Umbúðir ehf.", "sala@umbudir.example", "is-IS")
    p = PO("4700319056", s, "ISK", "2026-11-12", [
        L("DL-200-LD", "Drum liner 200 L, LDPE 100 micron", 500, "PC", "3450", "2026-12-18"),
        L("DL-120-LD", "Drum liner 120 L, LDPE 80 micron", 300, "PC", "2190", "2026-12-18")])
    t = """Sæl Mara,

Takk fyrir pöntunina. Við staðfestum pöntun 4700319056:

Lína 1: 500 stk. á 3.450 kr./stk. - afhending 18. desember.
Lína 2: 300 stk. á 2.290 kr./stk. (verðhækkun frá birgja okkar) - afhending 18. desember.

Kveðja,
Guðrún Jónsdóttir
Umbúðir ehf. | Kt. 510000-1230 | Sími 555 1234
Hólmaslóð 4, 101 Reykjavík
"""
    m = reply(p, "Guðrún Jónsdóttir", "gudrun@umbudir.example", hd("2026-11-13 11:02:19 +0000"),
              T(t, cs="iso-8859-1"), subject="Pöntun 4700319056 - staðfesting", thread=False, cs="iso-8859-1", enc="Q")
    return [p], m, confirmation(
        "ISK uses '.' as thousands separator: 3.450 kr. = 3450 (as ordered), 2.290 kr. = 2290 (PO 2190). '18. desember' without year = 2026-12-18.",
        (p, {1: acc(), 2: chg(p="2290")}))


@case("kantenwerk-swiss-apostrophe", "confirmation", "de-CH",
      "Swiss German (no ß) with apostrophe thousands (2'500 m, CHF 1'885.00), 'Fr. 0.45/Laufmeter' surcharge on line 1 and 'Mittwoch, 9.12.' dates.")
def c():
    s = S("KANTENZ", "Kantenwerk Zürcher AG", "verkauf@kantenwerk-zuercher.example", "de-CH")
    p = PO("4700319067", s, "CHF", "2026-11-09", [
        L("EB-23-BU", "Edge banding PP 23 x 1 mm, beech", 2500, "M", "0.42", "2026-12-09"),
        L("EB-43-AN", "Edge banding ABS 43 x 2 mm, anthracite", 800, "M", "0.95", "2026-12-09")])
    t = """Grüezi Frau Lindqvist

Besten Dank für Ihre Bestellung 4700319067, die wir gerne wie folgt bestätigen:

Pos. 1: 2'500 m Umleimer PP 23 x 1 mm Buche, Fr. 0.45/Laufmeter (Teuerungszuschlag PP seit 1.11.), Liefertermin Mittwoch, 9.12.
Pos. 2: 800 m ABS 43 x 2 mm anthrazit, Fr. 0.95/m, Liefertermin Mittwoch, 9.12.

Total netto CHF 1'885.00 exkl. MWST.

Freundliche Grüsse

Reto Baumann
Verkauf Innendienst
Kantenwerk Zürcher AG | Industriestrasse 44 | 8604 Volketswil
Tel. +41 44 000 00 00 | CHE-123.456.789 MWST

""" + q_outlook(p, ("Von", "Gesendet", "An", "Betreff"), loc_sent(p, "de"))
    m = reply(p, "Reto Baumann", "reto.baumann@kantenwerk-zuercher.example", hd("2026-11-10 16:44:38 +0100"),
              alt(t, "iso-8859-1"), prefix="AW: ", style="outlook")
    return [p], m, confirmation(
        "Line 1: 2'500 m = 2500 m, price 0.45 CHF per running metre (PO 0.42), delivery Wednesday 9.12. = 2026-12-09. Line 2 as ordered. Total 1'885.00 = 2500*0.45 + 800*0.95 confirms the reading.",
        (p, {1: chg(p="0.45"), 2: acc()}))


@case("sxfunnels-exchange-ndr", "bounce", "en-AU",
      "Exchange Online 'Undeliverable' NDR (HTML + text, 550 5.4.1 access denied) with the original headers as text/rfc822-headers.")
def c():
    s = S("SXFUNNEL", "Southern Cross Funnels Pty Ltd", "orders@sxfunnels.example", "en-AU")
    p = PO("4700319078", s, "AUD", "2026-11-10", [
        L("FS-3-PP", "Funnel set 3 pcs, polypropylene", 500, "SET", "3.10", "2026-12-18"),
        L("FS-OIL-2L", "Oil funnel set with flexible spout, 2 pcs", 150, "SET", "7.45", "2026-12-18")], buyer="kevin")
    txt = """Your message to orders@sxfunnels.example couldn't be delivered.

orders wasn't found at sxfunnels.example or the recipient's e-mail provider rejected it.

Kevin.Tran        Office 365        orders
Action Required                     Recipient

Access denied

How to Fix It
The recipient's e-mail server rejected your message. Contact the recipient by another means (for example by phone) and ask them to tell their e-mail admin about this error.

Diagnostic information for administrators:

Generating server: AM9PR04MB7712.eurprd04.prod.outlook.com

orders@sxfunnels.example
Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. [SY1AUS01FT012.eop-AUS01.prod.protection.outlook.com]'

Original message headers:
Received: from mail.northgate-buying.example ...
"""
    html = "<html><body><p><b>Your message to orders@sxfunnels.example couldn't be delivered.</b></p>" \
           "<p>orders wasn't found at sxfunnels.example.</p><p>Access denied</p>" \
           "<p>Remote Server returned '550 5.4.1 Recipient address rejected: Access denied.'</p></body></html>"
    m = dsn(p, "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northgate-buying.example>",
            hd("2026-11-10 10:14:52 +0100"), txt, "AM9PR04MB7712.eurprd04.prod.outlook.com", "5.4.1",
            "550 5.4.1 Recipient address rejected: Access denied.", include="headers", html=html,
            subject="Undeliverable: " + req_subject(p))
    return [p], m, other("bounce", "Exchange Online NDR for our request; the recipient rejected the message (5.4.1).")


@case("palnii-romanian-integral", "confirmation", "ro-RO",
      "Romanian 'confirmăm comanda integral' over a 'De la:/Trimis:/Către:/Subiect:' Outlook quote, with a 30-day payment term as a distractor.")
def c():
    s = S("PALNII", "Pâlnii Tehnice SRL", "comenzi@palnii-tehnice.example", "ro-RO")
    p = PO("4700319089", s, "RON", "2026-11-11", [
        L("FS-4-PE", "Funnel set 4 pcs, HDPE with filter", 200, "SET", "18.50", "2026-12-10"),
        L("FS-LONG-AL", "Long-neck funnel set, aluminium, 3 pcs", 100, "SET", "42.00", "2026-12-10"),
        L("FS-LAB-GL", "Laboratory funnel set, borosilicate glass, 5 pcs", 40, "SET", "96.00", "2026-12-10")])
    t = """Bună ziua, doamna Lindqvist,

Vă confirmăm comanda nr. 4700319089 integral: cantitățile, prețurile și termenul de livrare 10.12.2026 conform comenzii dumneavoastră.
Factura proformă va fi emisă la expediere, termen de plată 30 de zile.

Cu stimă,
Andreea Popescu
Departament Vânzări
Pâlnii Tehnice SRL | Str. Fabricii nr. 7, 400620 Cluj-Napoca
CUI RO12345678 | J12/1234/2010 | Tel. 0264 000 000

""" + q_outlook(p, ("De la", "Trimis", "Către", "Subiect"), loc_sent(p, "ro"))
    m = reply(p, "Andreea Popescu", "andreea.popescu@palnii-tehnice.example", hd("2026-11-12 09:27:40 +0200"),
              alt(t), style="outlook")
    return [p], m, confirmation("All three lines confirmed in full as ordered (10.12.2026 = requested date). '30 de zile' is a payment term, not a delivery date.",
                                (p, {1: acc(), 2: acc(), 3: acc()}))


@case("kertesz-hungarian-per-kg", "confirmation", "hu-HU",
      "Hungarian reply pricing line 1 per kg for 0.5 kg rolls (1 290 Ft/kg = 645 per roll), Hungarian 'YYYY. MM. DD.' dates, line 3 discontinued.")
def c():
    s = S("KERTESZ", "Kertész Zsineg Kft.", "rendeles@kerteszzsineg.example", "hu-HU")
    p = PO("4700319100", s, "HUF", "2026-11-12", [
        L("GT-JU-05", "Jute garden twine, 0.5 kg roll", 300, "ROL", "620.00", "2027-01-08"),
        L("GT-PP-BL", "PP baler twine blue, 2 kg roll", 100, "ROL", "2150.00", "2027-01-08"),
        L("GT-COT-N", "Cotton twine natural, 200 m roll", 200, "ROL", "890.00", "2027-01-08")])
    t = """Tisztelt Lindqvist Asszony!

Köszönjük megrendelését (4700319100). Visszaigazolásunk:

1. tétel: jutazsineg, 300 tekercs, ár: 1 290 Ft/kg (0,5 kg-os tekercs), szállítás: 2027. 01. 08.
2. tétel: PP bálazó zsineg kék, 100 tekercs, 2 150 Ft/tekercs, szállítás: 2027. 01. 08.
3. tétel: a natúr pamutzsineget sajnos már nem gyártjuk, ezt a tételt nem tudjuk teljesíteni.

Üdvözlettel:
Szabó Eszter
értékesítés
Kertész Zsineg Kft. | 6000 Kecskemét, Ipari út 5.
Tel.: +36 76 000 000 | Adószám: 12345678-2-03
"""
    m = reply(p, "Szabó Eszter", "szabo.eszter@kerteszzsineg.example", hd("2026-11-13 09:15:26 +0100"),
              T(t, cte="base64"), prefix="Vá: ", style="plain")
    return [p], m, confirmation(
        "Line 1: 1 290 Ft/kg for a 0.5 kg roll = 645.00 HUF per roll (PO 620.00), qty and date unchanged. Line 2 as ordered (2 150 Ft = 2150.00). Line 3 no longer produced -> rejected.",
        (p, {1: chg(p="645.00"), 2: acc(), 3: rej()}))


@case("markuchi-contradictory-dates", "needs_review", "bg-BG",
      "Windows-1251 Bulgarian mail whose text confirms delivery 14.12.2026 while the pasted system table below says 28.12.2026 for the same lines.")
def c():
    s = S("MARKUCHI", "Markuchi Plovdiv EOOD", "sales@markuchi-pv.example", "bg-BG")
    p = PO("4700319111", s, "EUR", "2026-11-10", [
        L("HM-13-BR", "Hose mender 1/2 inch, brass", 400, "EA", "0.95", "2026-12-14"),
        L("HM-19-BR", "Hose mender 3/4 inch, brass", 250, "EA", "1.30", "2026-12-14")], buyer="ines")
    t = """Здравейте, г-жо Бауер,

Потвърждаваме поръчка № 4700319111 - количества и цени съгласно поръчката, доставка 14.12.2026.

Потвърждение от системата:
Поз. | Артикул  | К-во    | Ед. цена | Дата на доставка
1    | HM-13-BR | 400 бр. | 0,95 €   | 28.12.2026
2    | HM-19-BR | 250 бр. | 1,30 €   | 28.12.2026

Поздрави,
Николай Петров
Търговски отдел
Маркучи Пловдив ЕООД | ЕИК 200000000
гр. Пловдив, бул. Кукленско шосе 15 | тел. 032 000 000
"""
    m = reply(p, "Николай Петров", "n.petrov@markuchi-pv.example", hd("2026-11-11 12:10:05 +0200"),
              T(t, cs="windows-1251"), cs="windows-1251", style="outlook")
    return [p], m, other("needs_review",
                         "Quantities and prices match, but the text says delivery 14.12.2026 and the system table in the same mail says 28.12.2026 for both lines; a buyer cannot tell which date is committed and must ask.")


@case("izomat-inline-answers", "confirmation", "uk-UA",
      "Ukrainian answers typed inline under each '> ' quoted PO line; line 3 moved to 18.12.2026.")
def c():
    s = S("IZOMAT", "TOV Izoliatsiini Materialy Lviv", "zbut@izomat-lviv.example", "uk-UA")
    p = PO("4700319122", s, "UAH", "2026-11-09", [
        L("IT-PVC-15B", "PVC insulation tape 15 mm x 10 m, black", 1000, "ROL", "18.00", "2026-12-11"),
        L("IT-PVC-15Y", "PVC insulation tape 15 mm x 10 m, yellow/green", 500, "ROL", "19.50", "2026-12-11"),
        L("IT-CL-19", "Cloth insulation tape 19 mm x 15 m", 300, "ROL", "42.00", "2026-12-11")])
    answers = {"1": "Так, підтверджуємо.", "2": "Підтверджуємо.",
               "3": "Тканинна стрічка буде лише 18.12.2026, кількість і ціна без змін."}
    out = []
    for ln in req_body(p).split("\n"):
        out.append(("> " + ln) if ln else ">")
        k = ln.split(" ", 1)[0]
        if ln[:1].isdigit() and k in answers and "IT-" in ln:
            out.append("")
            out.append(answers[k])
            out.append("")
    d = req_dt(p)
    t = ("Добрий день, Маро!\n\nВідповіді нижче по тексту.\n\nЗ повагою,\nОксана Мельник\nвідділ збуту\n"
         "ТОВ «Ізоляційні Матеріали Львів», тел. +380 32 000 00 00\n\n"
         "%s, Mara Lindqvist пише:\n" % d.strftime("%d.%m.%Y %H:%M") + "\n".join(out) + "\n")
    m = reply(p, "Оксана Мельник", "o.melnyk@izomat-lviv.example", hd("2026-11-10 13:55:12 +0200"),
              T(t, cs="utf-8", cte="8bit"), prefix="Re: ", style="plain")
    return [p], m, confirmation(
        "Answers are written between the quoted PO lines: lines 1 and 2 confirmed as ordered; line 3 same quantity and price but only on 18.12.2026.",
        (p, {1: acc(), 2: acc(), 3: chg(d="2026-12-18")}))


@case("dungcucat-prepayment-condition", "confirmation", "vi-VN",
      "Vietnamese confirmation with VND dot-thousands, only 80 of 100 boxes on line 2, and delivery 18/12/2026 conditional on a 30% prepayment.")
def c():
    s = S("DUNGCUCAT", "Cong ty TNHH Dung Cu Cat Sai Gon", "banhang@dungcucat-sg.example", "vi-VN")
    p = PO("4700319133", s, "VND", "2026-11-11", [
        L("JB-T111C-5", "Jigsaw blade T111C, box of 5", 200, "BOX", "62000", "2026-12-18"),
        L("JB-T127D-5", "Jigsaw blade T127D aluminium, box of 5", 100, "BOX", "95000", "2026-12-18")], buyer="tomas")
    t = """Kính gửi anh Tomás,

Công ty chúng tôi xác nhận đơn hàng số 4700319133 như sau:

1. Lưỡi cưa lọng T111C (hộp 5 lưỡi): 200 hộp x 62.000 đ/hộp = 12.400.000 đ
2. Lưỡi cưa lọng T127D (hộp 5 lưỡi): hiện chỉ còn 80 hộp x 95.000 đ/hộp = 7.600.000 đ

Ngày giao hàng: 18/12/2026, với điều kiện quý công ty thanh toán tạm ứng 30% trước ngày 04/12/2026.

Trân trọng,
Nguyễn Thị Lan
Phòng Kinh doanh
Công ty TNHH Dụng Cụ Cắt Sài Gòn
ĐT: 028 0000 0000 | MST: 0312345678
"""
    m = reply(p, "Nguyễn Thị Lan", "lan.nguyen@dungcucat-sg.example", hd("2026-11-12 14:30:08 +0700"),
              alt(t, cte="base64"), style="gmail")
    return [p], m, confirmation(
        "Committed values: line 1 as ordered; line 2 only 80 boxes at the PO price; delivery 18/12/2026 = requested. The 30% prepayment by 04/12 is a commercial condition, not a delivery date.",
        (p, {1: acc(), 2: chg(q=80)}))


@case("asahtajam-balasan-otomatis", "auto_reply", "id-ID",
      "Indonesian 'Balasan Otomatis' leave notice (cuti hingga 30 November) with an alternate contact; headers mark it auto-replied.")
def c():
    s = S("ASAHTAJAM", "PT Asah Tajam Nusantara", "penjualan@asahtajam.example", "id-ID")
    p = PO("4700319144", s, "IDR", "2026-11-12", [
        L("KS-PULL-3", "Pull-through knife sharpener, 3-slot", 500, "EA", "38500", "2026-12-21"),
        L("KS-WS-1000", "Whetstone 1000/6000 grit with base", 200, "EA", "112000", "2026-12-21")], buyer="priya")
    t = """Terima kasih atas email Anda.

Saya sedang cuti hingga 30 November 2026 dan tidak dapat membalas email. Untuk pesanan dan konfirmasi PO, mohon hubungi rekan saya Bapak Agus Setiawan di agus@asahtajam.example atau WhatsApp +62 812 0000 0000.

Salam,
Dewi Lestari
PT Asah Tajam Nusantara
"""
    m = reply(p, "Dewi Lestari", "dewi@asahtajam.example", hd("2026-11-12 17:08:30 +0700"), T(t),
              subject="Balasan Otomatis: " + req_subject(p),
              extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    return [p], m, other("auto_reply", "Vacation auto reply; '30 November 2026' is the return date, not a delivery date.")


@case("pantallas-plata-voseo-rejected", "confirmation", "es-AR",
      "Rioplatense Spanish Gmail reply: two shades as per PO delivered 'el lunes 14/12', the grey empire shade cannot be made (rejected).")
def c():
    s = S("PANTPLATA", "Pantallas del Plata S.R.L.", "ventas@pantallasdelplata.example", "es-AR")
    p = PO("4700319155", s, "USD", "2026-11-10", [
        L("LS-DR-25-BE", "Lamp shade drum 25 cm, beige", 150, "EA", "7.20", "2026-12-14"),
        L("LS-DR-35-BE", "Lamp shade drum 35 cm, beige", 100, "EA", "9.60", "2026-12-14"),
        L("LS-EMP-30-GR", "Empire lamp shade 30 cm, grey", 80, "EA", "8.40", "2026-12-14")])
    d = req_dt(p)
    t = """Hola Mara, ¿cómo estás?

Te confirmo la orden: las pantallas tambor de 25 y 35 cm van en las cantidades y precios de la OC, te las entregamos el lunes 14/12.
La imperio gris de 30 cm no la tenemos, se nos terminó la tela y el proveedor no repone hasta marzo, así que esa línea no la podemos hacer.

Cualquier cosa avisame.
Abrazo,
Martín

--
Martín Gómez
Pantallas del Plata S.R.L.
Av. Warnes 1234, C1414 CABA | Tel. +54 11 0000-0000

""" + q_gt(p, "El mar, %d nov 2026 a las %s, Mara Lindqvist (<%s>) escribió:" % (d.day, d.strftime("%H:%M"), p["buyer"]["email"]))
    m = reply(p, "Martín Gómez", "martin@pantallasdelplata.example", hd("2026-11-11 17:05:33 -0300"),
              alt(t), style="gmail")
    return [p], m, confirmation(
        "Lines 1-2 confirmed as ordered, delivery Monday 14/12 = 2026-12-14 (requested). Line 3 cannot be supplied (fabric out until March) -> rejected.",
        (p, {1: acc(), 2: acc(), 3: rej()}))


@case("renhold-forwarded-lager-uke", "confirmation", "nb-NO",
      "Norwegian salesperson forwards the warehouse's internal answer: line 1 split 200 pcs 'uke 50' + 100 pcs 'uke 2', line 2 from stock on 11.12.")
def c():
    s = S("RENHOLD", "Renhold Engros AS", "ordre@renholdengros.example", "nb-NO")
    p = PO("4700319166", s, "NOK", "2026-11-09", [
        L("MH-MF-60", "Microfiber mop head 60 cm", 300, "EA", "64.00", "2026-12-11"),
        L("MH-STR-400", "Strip mop head 400 g", 200, "EA", "48.00", "2026-12-11")])
    t = """Hei Mara,

se svar fra lageret under. Linje 2 leveres som bestilt 11.12. Pris uendret på begge linjer.

Mvh
Ola Nordmann
Salgskonsulent | Renhold Engros AS
Tlf. 22 00 00 00 | Org.nr. 912 345 678

---------- Videresendt melding ----------
Fra: Lager Renhold Engros <lager@renholdengros.example>
Dato: tir. 10. nov. 2026 kl. 14:02
Emne: SV: ordre 4700319166 Northgate
Til: Ola Nordmann <ola.nordmann@renholdengros.example>

Hei Ola,

mikrofibermoppene 60 cm: vi kan levere 200 stk uke 50, resten 100 stk uke 2.
Strip-moppene har vi på lager.

Hilsen Kari
Lager
"""
    m = reply(p, "Ola Nordmann", "ola.nordmann@renholdengros.example", hd("2026-11-10 14:30:51 +0100"),
              alt(t), subject="Fwd: " + req_subject(p), style="gmail")
    return [p], m, confirmation(
        "Line 1: 300 pcs split 200 in week 50 (Friday 2026-12-11) and 100 in week 2 (Friday 2027-01-15), price unchanged -> schedule, date 2027-01-15. Line 2 as ordered.",
        (p, {1: chg(sched=[(200, "2026-12-11"), (100, "2027-01-15")]), 2: acc()}))


@case("virviu-lt-signature-numbers", "confirmation", "lt-LT",
      "Windows-1257 Lithuanian one-sentence confirmation 'pristatymas gruodžio 11 d.' (no year) under a signature full of codes, IBAN and phone numbers.")
def c():
    s = S("VIRVIU", "UAB Virvių Pasaulis", "pardavimai@virviupasaulis.example", "lt-LT")
    p = PO("4700319177", s, "EUR", "2026-11-12", [
        L("NC-3-200", "Nylon cord 3 mm, roll of 200 m", 50, "ROL", "14.80", "2026-12-11"),
        L("NC-8-KG", "Nylon rope 8 mm, sold per kg", 120, "KG", "6.90", "2026-12-11")], buyer="ines")
    t = """Laba diena,

patvirtiname užsakymą Nr. 4700319177 pagal Jūsų sąlygas: kiekiai ir kainos be pakeitimų, pristatymas gruodžio 11 d.

Pagarbiai
Rūta Kazlauskienė
Pardavimų vadybininkė
UAB „Virvių Pasaulis“
Įmonės kodas 300000000 | PVM kodas LT100000000000
A. s. LT12 7300 0100 0000 0000, Swedbank
Tel. +370 5 200 0000 | Mob. +370 600 00000
Savanorių pr. 123, LT-03150 Vilnius
"""
    m = reply(p, "Rūta Kazlauskienė", "ruta.k@virviupasaulis.example", hd("2026-11-13 08:45:37 +0200"),
              alt(t, "windows-1257"), cs="windows-1257", style="outlook")
    return [p], m, confirmation(
        "Whole order confirmed with unchanged quantities and prices; 'gruodžio 11 d.' (December 11) without year = 2026-12-11 = requested date.",
        (p, {1: acc(), 2: acc()}))


@case("karoo-invoice-other-po", "unrelated", "en-ZA",
      "Tax invoice (PDF) for an earlier, delivered order 4700316502 with the same glove item codes as the open PO 4700319188.")
def c():
    s = S("KAROO", "Karoo Kitchen Textiles (Pty) Ltd", "sales@karookitchen.example", "en-ZA")
    p = PO("4700319188", s, "ZAR", "2026-11-11", [
        L("OG-ARM-38", "Oven glove aramid 38 cm, black", 400, "PR", "68.50", "2026-12-16"),
        L("OG-MIT-DBL", "Double oven mitt, cotton, charcoal", 200, "PC", "94.00", "2026-12-16")], buyer="kevin")
    pdfb = pdf(["#TAX INVOICE  INV-0048213",
                "Karoo Kitchen Textiles (Pty) Ltd  -  VAT No. 4123456789",
                "14 Voortrekker Road, Bellville 7530, South Africa",
                "",
                "Bill to: Northgate Buying Co.          Invoice date: 2026/11/16",
                "Your order no.: 4700316502             Delivery note: DN-77120 (delivered 2026/11/03)",
                "",
                "Item          Description                      Qty    Unit price      Amount",
                "OG-ARM-38     Oven glove aramid 38 cm, black   250 PR   R 68.50   R 17 125.00",
                "OG-MIT-DBL    Double oven mitt, charcoal       120 PC   R 94.00   R 11 280.00",
                "",
                "                                    Subtotal            R 28 405.00",
                "                                    VAT 15%             R  4 260.75",
                "                                    Total due           R 32 665.75",
                "",
                "Payment terms: 30 days from statement. Banking: FNB, acc. 62000000000, branch 250655"],
               title="INV-0048213")
    t = """Good day,

Please find attached tax invoice INV-0048213 for your order 4700316502, delivered on 03/11/2026.

Kindly arrange payment within 30 days from statement.

Kind regards,
Accounts Department
Karoo Kitchen Textiles (Pty) Ltd
Tel: +27 21 000 0000
"""
    body = M("mixed", T(t), A("INV-0048213.pdf", "application/pdf", pdfb))
    m = message(addr("Karoo Kitchen Textiles - Accounts", "accounts@karookitchen.example"), p["buyer"]["email"],
                "Tax Invoice INV-0048213 - Your order 4700316502", hd("2026-11-16 08:12:09 +0200"), body,
                msgid("plain", "karoo-inv", "karookitchen.example"))
    return [p], m, other("unrelated", "Invoice for a different, already delivered order (4700316502); same item codes and prices as the open PO but it does not answer PO 4700319188.")
