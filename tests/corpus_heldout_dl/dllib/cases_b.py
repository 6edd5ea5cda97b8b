# -*- coding: utf-8 -*-
import datetime
from .common import *


# 019 ------------------------------------------------------------------
@case("svse-tisdag-v51-pack-of-4", "sv-SE", "confirmation",
      "Swedish Outlook reply: 'leverans tisdag v. 51' (day named -> Tue 15 Dec, earlier than requested) and posts rounded to packs of 4 (30 -> 32).")
def c019():
    p = po("4500018402", "UGNSTEKNIK", "Ugnsteknik Nordic AB", "order@ugnsteknik.example", "sv-SE", "mikael", "SEK",
           "2026-11-16", [
               ("KS-SIC-400", "Kiln shelf SiC 400 x 400 x 10 mm", 24, "EA", "1245.00", "2026-12-18"),
               ("KS-POST-50", "Kiln post cordierite 50 mm", 30, "EA", "38.00", "2026-12-18"),
               ("KS-WASH", "Kiln wash powder", 10, "KG", "96.00", "2026-12-18")])
    t = """Hej Mikael,

Tack för beställningen. Vi bekräftar order 4500018402 med leverans tisdag v. 51:

Pos 1 brännplatta SiC 400x400x10: 24 st à 1 245,00 kr
Pos 2 stödpelare 50 mm: säljs i förpackningar om 4 st, vi levererar därför 32 st à 38,00 kr
Pos 3 ugnsvask (pulver): 10 kg à 96,00 kr/kg

Med vänlig hälsning

Anna Lindqvist
Ordermottagning
Ugnsteknik Nordic AB | Industrigatan 8 | 573 38 Tranås
Tel 0140-38 52 10 | Org.nr 556712-3456

""" + outlook_quote(p, "den 16 november 2026 15:20", ("Från", "Skickat", "Till", "Ämne"))
    b = multipart("alternative", [text(t, charset="iso-8859-1"),
                                  text(html_doc("<div>" + t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>") + "</div>", "iso-8859-1"), "html", "iso-8859-1")],
                  "_000_HE1P190MB0412C7E91A0B4D2F81A3B4C5HE1P190MB0412EURP_")
    eml = message(("Anna Lindqvist", "order@ugnsteknik.example"), buyer(p), "SV: " + req_subject(p),
                  hdate("2026-11-18 10:05:12"), mid("outlook", "ugnsteknik.example", "19"), b, crlf=True, **reply_hdrs(p))
    exp = expected("confirmation",
                   "'tisdag v. 51' names a day, so the date is Tuesday of ISO week 51 = 2026-12-15 (requested 18 Dec) for all lines. Line 2 also rounded to packs of 4: 32 pcs. Prices unchanged. All three lines changed.",
                   conf(p, l1=C(p, 1, date="2026-12-15"), l2=C(p, 2, quantity=32, date="2026-12-15"), l3=C(p, 3, date="2026-12-15")))
    return [p], eml, exp


# 020 ------------------------------------------------------------------
@case("nbno-ooo-kurs", "nb-NO", "auto_reply",
      "Norwegian auto-reply from a personal address (course until Thursday 19 November) pointing to the order desk and switchboard number.")
def c020():
    p = po("4500018410", "VAERMALER", "Værmåler Norge AS", "ordre@vaermaler.example", "nb-NO", "mikael", "NOK",
           "2026-11-17", [
               ("RG-150-PL", "Rain gauge 150 mm, plastic, with ground spike", 100, "EA", "89.00", "2026-12-11"),
               ("RG-DIG-WL", "Digital rain gauge, wireless, with display", 20, "EA", "649.00", "2026-12-11")])
    t = """Hei,

Takk for e-posten din. Jeg er på kurs og har begrenset tilgang til e-post fram til torsdag 19. november.
Henvendelser om ordre kan sendes til ordre@vaermaler.example, eller ring sentralbordet på 33 44 55 00.

Med vennlig hilsen
Ingrid Solberg
Værmåler Norge AS
"""
    eml = message(("Ingrid Solberg", "ingrid.solberg@vaermaler.example"), buyer(p), "Automatisk svar: " + req_subject(p),
                  hdate("2026-11-17 15:20:33"), mid("outlook", "vaermaler.example", "20"), text(t),
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-Autoreply", "yes")],
                  **reply_hdrs(p))
    exp = expected("auto_reply", "Automatic out-of-office reply; the date is when the person is back, nothing about the order.")
    return [p], eml, exp


# 021 ------------------------------------------------------------------
@case("dadk-naeste-tirsdag-earlier", "da-DK", "confirmation",
      "Danish: everything in stock, delivery 'næste tirsdag' relative to a Friday mail date (= 24 Nov, well before the requested 10 Dec).")
def c021():
    p = po("4500018421", "TRYKLUFT", "Trykluft Danmark ApS", "salg@trykluftdk.example", "da-DK", "lena", "DKK",
           "2026-11-18", [
               ("AH-PU-8-15", "Air hose PU 8 x 12 mm, 15 m, with quick couplings", 40, "EA", "245.00", "2026-12-10"),
               ("AH-REEL-20", "Automatic hose reel, 20 m, 3/8\"", 8, "EA", "1395.00", "2026-12-10")])
    t = """Hej Lena

Tak for ordren. Vi har alt på lager og kan levere næste tirsdag, dvs. i god tid før jeres ønskede dato. Priserne er som på ordren.

Venlig hilsen
Mads Kjær
Salg & kundeservice
Trykluft Danmark ApS · Industrivej 22 · 7100 Vejle
Tlf. +45 75 82 44 10 · CVR 34567890

"""
    intro = "Den tors. 19. nov. 2026 kl. 16.02 skrev Lena Vogt <%s>:" % p["buyer"]["email"]
    plain = t + gt_quote(p, intro)
    html = html_doc('<div dir="ltr">' + t.replace("&", "&amp;").replace("\n", "<br>") + "</div>" + html_blockquote(p, intro))
    b = multipart("alternative", [text(plain), text(html, "html")], "000000000000e8d1f20605e6a11b3c")
    eml = message(("Mads Kjær", "salg@trykluftdk.example"), buyer(p), "Re: " + req_subject(p),
                  hdate("2026-11-20 13:14:27"), mid("gmail", "x", "21"), b, **reply_hdrs(p))
    exp = expected("confirmation",
                   "Mail sent Friday 2026-11-20; 'næste tirsdag' = Tuesday 2026-11-24, earlier than requested 10 Dec. Quantities and prices as ordered. Both lines changed (date only).",
                   conf(p, l1=C(p, 1, date="2026-11-24"), l2=C(p, 2, date="2026-11-24")))
    return [p], eml, exp


# 022 ------------------------------------------------------------------
@case("fifi-erp-xlsx-serial-dates", "fi-FI", "confirmation",
      "Finnish ERP mail with XLSX confirmation only (dates as Excel serials with date format, numeric prices); one line later, one reduced to stock 250.")
def c022():
    p = po("4500018433", "AITATOLPPA", "Aitatolppa Oy", "myynti@aitatolppa.example", "fi-FI", "lena", "EUR",
           "2026-11-16", [
               ("FP-WOOD-80", "Fence post pine, impregnated, 80 x 2100 mm", 300, "EA", "6.90", "2027-01-15"),
               ("FP-STEEL-T", "Steel T-post 1800 mm, green", 150, "EA", "8.45", "2027-01-15"),
               ("FP-CAP-80", "Post cap 80 mm, galvanised", 300, "EA", "1.20", "2027-01-15")])
    D = datetime.date
    x = make_xlsx([
        ["Tilausvahvistus", "21884"],
        ["Asiakkaan tilausnro", "4500018433"],
        ["Päiväys", D(2026, 11, 19)],
        ["Asiakas", "Brightwater Tools & Supply"],
        [],
        ["Rivi", "Tuote", "Nimike", "Määrä", "Yks.", "à-hinta EUR", "Toimituspäivä", "Huom."],
        [1, "FP-WOOD-80", "Aidantolppa kyllästetty 80x2100", 300, "kpl", 6.9, D(2027, 1, 15)],
        [2, "FP-STEEL-T", "T-tolppa teräs 1800 vihreä", 150, "kpl", 8.45, D(2027, 1, 22)],
        [3, "FP-CAP-80", "Tolppahattu 80 mm sinkitty", 250, "kpl", 1.2, D(2027, 1, 15), "Varastosaldo 250 kpl, tuote poistuu valikoimasta"],
    ], sheet="Tilausvahvistus")
    t = """Hyvä asiakas,

liitteenä tilausvahvistus 21884 tilaukseenne 4500018433.

Tämä on automaattinen viesti, siihen ei voi vastata.

Aitatolppa Oy | Teollisuustie 5, 61800 Kauhajoki | Y-tunnus 2345678-9
"""
    b = multipart("mixed", [text(t, charset="iso-8859-15", cte="quoted-printable"),
                            attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Tilausvahvistus_21884.xlsx")],
                  "=_alternative 004C7A1BC2258A6F_=")
    eml = message(("Aitatolppa Oy", "tilausvahvistus@aitatolppa.example"), buyer(p),
                  "Tilausvahvistus 21884 / Tilauksenne 4500018433", hdate("2026-11-19 06:15:00", "+0200"),
                  mid("erp", "aitatolppa.example", "22"), b, extra=[("Auto-Submitted", "auto-generated")])
    exp = expected("confirmation",
                   "ERP order confirmation in the XLSX (Excel date serials 46402/46409 = 2027-01-15/2027-01-22). Row 1 as ordered; row 2 delivery 2027-01-22 -> changed date; row 3 only the 250 in stock (item being discontinued), price and date unchanged -> changed quantity 250.",
                   conf(p, l1=A(p, 1), l2=C(p, 2, date="2027-01-22"), l3=C(p, 3, quantity=250)))
    return [p], eml, exp


# 023 ------------------------------------------------------------------
@case("eteee-prices-changed-asks-proceed", "et-EE", "needs_review",
      "Estonian: quantities and date look fine but prices 'have changed', new list follows tomorrow, and they ask whether we want to proceed.")
def c023():
    p = po("4500018444", "MERETROSS", "Meretross OÜ", "info@meretross.example", "et-EE", "mikael", "EUR",
           "2026-11-18", [
               ("MR-PES-14", "Polyester rope 14 mm, 3-strand, 100 m", 8, "ROL", "164.00", "2026-12-11"),
               ("MR-DYN-10", "Dyneema line 10 mm", 200, "M", "4.75", "2026-12-11")])
    t = """Tere, Mikael!

Kogused ja tarne 11.12. sobivad meile, aga hinnad on alates novembrist muutunud - uus hinnakiri tuleb homme eraldi kirjaga. Palun andke siis teada, kas jätkame tellimusega 4500018444.

Lugupidamisega
Kadri Tamm
Meretross OÜ | Sadama 25, 10111 Tallinn | +372 555 12345 | KMKR EE101234567

""" + gt_quote(p, "Kolmapäev, 18. november 2026 14:52, kirjutas Mikael Berg <%s>:" % p["buyer"]["email"])
    eml = message(("Kadri Tamm", "info@meretross.example"), buyer(p), "Re: " + req_subject(p),
                  hdate("2026-11-19 11:26:40", "+0200"), mid("plain", "meretross.example", "23"),
                  text(t, charset="iso-8859-15"), **reply_hdrs(p))
    exp = expected("needs_review",
                   "Prices have changed but the new prices are not given, and the supplier asks whether we still want to proceed: no commitment a buyer could record.")
    return [p], eml, exp


# 024 ------------------------------------------------------------------
@case("lvlv-new-thread-one-of-two-pos", "lv-LV", "confirmation",
      "Latvian confirmation in a new thread (no In-Reply-To) for the second of two open POs; the first PO is only mentioned ('will answer separately') and must be left out.")
def c024():
    a = po("4500018450", "LIETUS", "SIA Lietus Mērītāji", "pasutijumi@lietusmer.example", "lv-LV", "dana", "EUR",
           "2026-11-12", [
               ("RG-PRO-200", "Rain gauge professional 200 cm2, aluminium", 10, "EA", "118.00", "2026-12-15")])
    b_ = po("4500018467", "LIETUS", "SIA Lietus Mērītāji", "pasutijumi@lietusmer.example", "lv-LV", "dana", "EUR",
            "2026-11-17", [
                ("RG-CL-35", "Rain gauge 35 mm, clear plastic", 200, "EA", "4.60", "2026-12-15"),
                ("RG-MNT-BR", "Mounting bracket for rain gauge", 200, "EA", "1.35", "2026-12-15")])
    t = """Labdien, Dana!

Apstiprinām pasūtījumu Nr. 4500018467:
1. RG-CL-35 Lietus mērītājs 35 mm, caurspīdīgs - 200 gab. x 4,60 EUR - piegāde 15.12.2026.
2. RG-MNT-BR Stiprinājuma kronšteins - 200 gab. x 1,35 EUR - piegāde 15.12.2026.

Par pasūtījumu Nr. 4500018450 atbildēsim atsevišķi, tiklīdz saņemsim ražotāja apstiprinājumu.

Ar cieņu
Līga Bērziņa
SIA Lietus Mērītāji | Rūpniecības iela 7, Rīga, LV-1045
tālr. +371 67 123 456 | PVN LV40003123456
"""
    eml = message(("Līga Bērziņa", "pasutijumi@lietusmer.example"), buyer(b_), "Pasūtījums Nr. 4500018467 apstiprināts",
                  hdate("2026-11-19 10:02:18", "+0200"), mid("plain", "lietusmer.example", "24"), text(t))
    exp = expected("confirmation",
                   "Only PO 4500018467 is answered: both lines as ordered -> accepted. PO 4500018450 is merely mentioned ('will answer separately'), so it is left out.",
                   conf(b_, l1=A(b_, 1), l2=A(b_, 2)))
    return [a, b_], eml, exp


# 025 ------------------------------------------------------------------
@case("ltlt-iso885913-whole-order-declined", "lt-LT", "confirmation",
      "Lithuanian (ISO-8859-13 QP) polite refusal of the whole order: supply stopped until March, no line can be delivered -> all lines rejected.")
def c025():
    p = po("4500018472", "SIURBLIU", "UAB Siurblių Centras", "pardavimai@siurbliucentras.example", "lt-LT", "lena", "EUR",
           "2026-11-17", [
               ("BP-PP-EL", "Barrel pump polypropylene, electric 450 W", 4, "EA", "398.00", "2026-12-17"),
               ("BP-FLOW-M", "Flow meter for barrel pump, mechanical", 4, "EA", "215.00", "2026-12-17")])
    t = """Laba diena,

dėkojame už užsakymą Nr. 4500018472. Deja, turime jo atsisakyti: gamintojas sustabdė šių siurblių ir skaitiklių tiekimą į ES iki 2027 m. kovo mėn., todėl negalėsime įvykdyti nė vienos pozicijos.
Atsiprašome už nepatogumus.

Pagarbiai
Tomas Kazlauskas
UAB Siurblių Centras
Savanorių pr. 178, LT-03154 Vilnius | tel. +370 5 213 4455 | Įm. k. 302345678

""" + outlook_quote(p, "2026 m. lapkričio 17 d., antradienis 15:40", ("Nuo", "Išsiųsta", "Kam", "Tema"))
    eml = message(("Tomas Kazlauskas", "pardavimai@siurbliucentras.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-20 09:44:05", "+0200"), mid("outlook", "siurbliucentras.example", "25"),
                  text(t, charset="iso-8859-13"), charset="iso-8859-13", **reply_hdrs(p))
    exp = expected("confirmation", "The supplier declines the order outright ('none of the positions can be fulfilled'); a rejection is an answer, so kind is confirmation with both lines rejected.",
                   conf(p, l1=R, l2=R))
    return [p], eml, exp


# 026 ------------------------------------------------------------------
@case("elgr-iso88597-price-per-100", "el-GR", "confirmation",
      "Greek (ISO-8859-7) reply quoting blades at '45,00 € ανά 100 τεμ.' against a per-each PO price of 0.42 -> 0.45 EA; '2.000' is two thousand.")
def c026():
    p = po("4500018480", "KOPTIKA", "Koptika Aigaiou S.A.", "sales@koptika-aigaiou.example", "el-GR", "priya", "EUR",
           "2026-11-16", [
               ("UK-BLD-TRAP", "Trapezoid utility blades, bulk", 2000, "EA", "0.42", "2026-12-18"),
               ("UK-HD-ALU", "Utility knife heavy duty, aluminium body", 60, "EA", "7.80", "2026-12-18")])
    t = """Καλημέρα σας κα Nair,

Επιβεβαιώνουμε την παραγγελία σας 4500018480:
- Λάμες τραπεζοειδείς: 2.000 τεμ., τιμή 45,00 € ανά 100 τεμ. (νέος τιμοκατάλογος), παράδοση 18/12/2026
- Μαχαίρι βαρέως τύπου αλουμινίου: 60 τεμ. x 7,80 €, παράδοση 18/12/2026

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων
Κοπτικά Αιγαίου Α.Ε. | Λ. Αθηνών 312, 122 43 Αιγάλεω | Τ: 210 5312 400 | ΑΦΜ 094123456
"""
    eml = message(("Γιώργος Παπαδόπουλος", "sales@koptika-aigaiou.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-18 12:30:47", "+0200"), mid("exchange", "koptika-aigaiou.example", "26"),
                  text(t, charset="iso-8859-7"), charset="iso-8859-7", **reply_hdrs(p))
    exp = expected("confirmation",
                   "Line 1: 45,00 EUR per 100 pcs = 0.45 per EA (PO 0.42) -> changed price; 2.000 = 2000 pcs, date as requested. Line 2 as ordered -> accepted.",
                   conf(p, l1=C(p, 1, price="0.45"), l2=A(p, 2)))
    return [p], eml, exp


# 027 ------------------------------------------------------------------
@case("trtr-shipping-notice-other-po", "tr-TR", "unrelated",
      "Turkish dispatch notice (windows-1254) with tracking number and delivery date for a different, older PO 4500016650 from the same supplier.")
def c027():
    p = po("4500018491", "ANADOLU", "Anadolu Beton Makine A.Ş.", "satis@anadolubeton.example", "tr-TR", "tom", "EUR",
           "2026-11-18", [
               ("CM-350-TR", "Cement mixer 350 L, 400 V, tilting drum", 4, "EA", "1180.00", "2026-12-21"),
               ("CM-GEAR-350", "Ring gear for 350 L mixer", 6, "EA", "96.00", "2026-12-21")])
    t = """Sayın Yetkili,

4500016650 numaralı siparişinize ait 2 adet 350 L betonyer bugün kargoya verilmiştir.
İrsaliye No: A-2026-08812
Kargo Takip No: 7123 4567 8901
Tahmini teslim tarihi: 27.11.2026

Saygılarımızla,
Anadolu Beton Makine A.Ş. - Lojistik Birimi
Organize Sanayi Bölgesi 5. Cadde No: 14, 42300 Konya | Tel: 0332 555 12 34
"""
    eml = message(("Anadolu Beton Lojistik", "lojistik@anadolubeton.example"), buyer(p),
                  "Sevk bildirimi - İrsaliye A-2026-08812 - Sipariş 4500016650", hdate("2026-11-19 14:02:51", "+0300"),
                  mid("plain", "anadolubeton.example", "27"), text(t, charset="windows-1254"), charset="windows-1254")
    exp = expected("unrelated", "Shipping notice for another order (4500016650); the open PO 4500018491 is not answered.")
    return [p], eml, exp


# 028 ------------------------------------------------------------------
@case("jajp-shiftjis-ouke-yen", "ja-JP", "confirmation",
      "Japanese 'お請け' reply in Shift_JIS with @3,850円 notation; one line's 納期 '1月15日' has no year (-> 2027-01-15).")
def c028():
    p = po("4500018503", "TOWATOOL", "Towa Tool Co., Ltd.", "eigyo@towatool.example", "ja-JP", "priya", "JPY",
           "2026-11-13", [
               ("DC-13-KL", "Keyless drill chuck 13 mm, 1/2\"-20 UNF", 50, "EA", "3850", "2026-12-18"),
               ("DC-16-KEY", "Keyed drill chuck 16 mm, B16 taper", 20, "EA", "5200", "2026-12-18"),
               ("DC-KEY-S2", "Chuck key S2 for 13 mm chucks", 100, "EA", "280", "2026-12-18")])
    t = """Brightwater Tools & Supply
Priya Nair 様

いつもお世話になっております。
東和ツール営業部の佐藤でございます。

ご注文番号 4500018503 につきまして、下記の通りお請けいたします。

1. キーレスドリルチャック 13mm（DC-13-KL） 50個 @3,850円 納期：2026年12月18日
2. キー式ドリルチャック 16mm（DC-16-KEY） 20個 @5,200円 納期：1月15日（メーカー欠品のため）
3. チャックハンドル S2（DC-KEY-S2） 100個 @280円 納期：2026年12月18日

何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━
株式会社東和ツール 営業部
佐藤 健一
〒577-0012 大阪府東大阪市長田東2-3-15
TEL 06-6745-1234 / FAX 06-6745-1235
━━━━━━━━━━━━━━━━━━

-----Original Message-----
From: Priya Nair <%s>
Sent: Friday, November 13, 2026 6:02 PM
To: eigyo@towatool.example
Subject: %s

%s
""" % (p["buyer"]["email"], req_subject(p), req_text(p))
    eml = message(("佐藤 健一", "eigyo@towatool.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-16 10:15:08", "+0900"), mid("plain", "towatool.example", "28"),
                  text(t, charset="shift_jis", cte="base64"), charset="shift_jis", **reply_hdrs(p))
    exp = expected("confirmation",
                   "Lines 1 and 3 confirmed as ordered (yen, no decimals). Line 2 納期 '1月15日' without year = next 15 January after the mail = 2027-01-15 -> changed date.",
                   conf(p, l1=A(p, 1), l2=C(p, 2, date="2027-01-15"), l3=A(p, 3)))
    return [p], eml, exp


# 029 ------------------------------------------------------------------
@case("zhcn-gb2312-packing-surcharge", "zh-CN", "confirmation",
      "Simplified Chinese (GB2312 base64): unit price 'as per order' plus a per-piece packing surcharge of 2.50 -> 128.50; other line unchanged.")
def c029():
    p = po("4500018512", "HAIFAN", "Ningbo Haifan Tarpaulin Co., Ltd.", "sales@haifan-tarp.example", "zh-CN", "priya", "CNY",
           "2026-11-16", [
               ("TP-PVC-4X6", "PVC tarpaulin 4 x 6 m, 500 g/m2, eyelets every 50 cm", 200, "PC", "126.00", "2026-12-21"),
               ("TP-PE-3X4", "PE tarpaulin 3 x 4 m, 120 g/m2", 500, "PC", "28.50", "2026-12-21")])
    t = """Priya 您好！

贵司订单 4500018512 已收到，确认如下：
1. PVC篷布 4×6米：200张，单价按订单 126.00 元，另因出口包装要求，每张加收包装费 2.50 元；交货期 2026年12月21日。
2. PE篷布 3×4米：500张，单价 28.50 元，交货期 2026年12月21日。

如有问题请随时联系。

祝好！
陈丽华
宁波海帆篷布有限公司 外贸部
电话：0574-8765 4321  手机：138 5741 2266
"""
    eml = message(("陈丽华", "sales@haifan-tarp.example"), buyer(p), "回复: " + req_subject(p),
                  hdate("2026-11-18 09:40:12", "+0800"), mid("plain", "haifan-tarp.example", "29"),
                  text(t, charset="gb2312", cte="base64"), charset="gb2312", **reply_hdrs(p))
    exp = expected("confirmation",
                   "Line 1: PO price 126.00 plus a per-piece packing surcharge of 2.50 -> 128.50 per PC, qty and date as ordered -> changed. Line 2 as ordered -> accepted.",
                   conf(p, l1=C(p, 1, price="128.50"), l2=A(p, 2)))
    return [p], eml, exp


# 030 ------------------------------------------------------------------
@case("zhtw-big5-roc-dates-two-pos", "zh-TW", "confirmation",
      "Traditional Chinese (Big5) answering two POs with ROC calendar dates 115/12/18 and 116/01/08 (= 2026/2027); one price raised.")
def c030():
    a = po("4500018520", "TWLOCK", "Taiwan Precision Lock Co., Ltd.", "sales@twlock.example", "zh-TW", "dana", "USD",
           "2026-11-12", [
               ("PL-30-BR", "Brass padlock 30 mm", 200, "EA", "3.20", "2026-12-18"),
               ("PL-60-LS", "Laminated steel padlock 60 mm", 100, "EA", "6.85", "2026-12-18")])
    b_ = po("4500018536", "TWLOCK", "Taiwan Precision Lock Co., Ltd.", "sales@twlock.example", "zh-TW", "dana", "USD",
            "2026-11-16", [
                ("PL-COMB-4", "Combination padlock 4-dial", 150, "EA", "4.10", "2027-01-08")])
    t = """Dana 您好：

感謝您的訂單，兩張訂單確認如下：

訂單 4500018520
  1. 30mm 銅掛鎖 200 個，單價 USD 3.20，交期 115/12/18
  2. 60mm 積層鋼掛鎖 100 個，單價 USD 6.85，交期 115/12/18

訂單 4500018536
  1. 四位數密碼鎖 150 個，單價調整為 USD 4.35（銅材上漲），交期 116/01/08

謝謝！
林怡君 Amy Lin
台灣精鎖股份有限公司 業務部
TEL: 04-2359-1234 ext. 215  FAX: 04-2359-1299
台中市西屯區工業區三十八路 12 號
"""
    eml = message(("林怡君 Amy Lin", "sales@twlock.example"), buyer(a), "RE: " + req_subject(a),
                  hdate("2026-11-19 17:20:44", "+0800"), mid("plain", "twlock.example", "30"),
                  text(t, charset="big5", cte="base64"), charset="big5", **reply_hdrs(a))
    exp = expected("confirmation",
                   "Both POs answered. Dates use the Minguo (ROC) calendar: 115/12/18 = 2026-12-18, 116/01/08 = 2027-01-08. PO 4500018520 fully as ordered -> accepted. PO 4500018536 price raised to USD 4.35 -> changed.",
                   conf(a, l1=A(a, 1), l2=A(a, 2)), conf(b_, l1=C(b_, 1, price="4.35")))
    return [a, b_], eml, exp


# 031 ------------------------------------------------------------------
@case("kokr-euckr-ooo-business-trip", "ko-KR", "auto_reply",
      "Korean out-of-office (EUC-KR base64, '부재중 자동 응답') for a business trip with dates and a colleague's phone number.")
def c031():
    p = po("4500018544", "DAEHAN", "Daehan Tools Co., Ltd.", "sales@daehantool.example", "ko-KR", "priya", "KRW",
           "2026-11-19", [
               ("OS-DA-150", "Dual-action orbital sander 150 mm, pneumatic", 30, "EA", "98000", "2026-12-22"),
               ("OS-DISC-150", "Sanding disc 150 mm P120, box of 100", 20, "BOX", "24500", "2026-12-22")])
    t = """안녕하십니까.

저는 11월 19일(목)부터 11월 24일(화)까지 해외 출장 중으로 메일 확인이 늦어질 수 있습니다.
급한 용무는 영업팀 김민지 대리(02-2681-4530, minji.kim@daehantool.example)에게 연락 부탁드립니다.

감사합니다.
박준혁 드림
"""
    eml = message(("박준혁", "sales@daehantool.example"), buyer(p), "부재중 자동 응답: " + req_subject(p),
                  hdate("2026-11-19 17:31:02", "+0900"), mid("plain", "daehantool.example", "31"),
                  text(t, charset="euc-kr", cte="base64"), charset="euc-kr",
                  extra=[("Auto-Submitted", "auto-replied")], **reply_hdrs(p))
    exp = expected("auto_reply", "Automatic out-of-office (business trip until 24 November); no answer about the order.")
    return [p], eml, exp


# 032 ------------------------------------------------------------------
@case("vivn-html-table-pending-row", "vi-VN", "confirmation",
      "Vietnamese multipart with an HTML table: one row confirmed, one 'đang chờ nhà máy xác nhận' (unconfirmed), one with a new VND price (dot thousands).")
def c032():
    p = po("4500018551", "SAIGONMAY", "Cong ty TNHH May Xay Dung Sai Gon", "kinhdoanh@saigonmay.example", "vi-VN", "tom", "VND",
           "2026-11-17", [
               ("CM-250-E", "Cement mixer 250 L, electric 1.1 kW", 5, "EA", "12500000", "2026-12-21"),
               ("CM-350-D", "Cement mixer 350 L, diesel", 3, "EA", "38900000", "2026-12-21"),
               ("CM-DRUM-250", "Replacement drum 250 L", 2, "EA", "4750000", "2026-12-21")])
    rows = [("1", "CM-250-E", "5", "12.500.000", "21/12/2026", "Xác nhận"),
            ("2", "CM-350-D", "3", "38.900.000", "—", "Đang chờ nhà máy xác nhận, sẽ báo lại"),
            ("3", "CM-DRUM-250", "2", "4.950.000", "21/12/2026", "Giá mới áp dụng từ 01/11/2026")]
    head = ("STT", "Mã hàng", "Số lượng", "Đơn giá (VNĐ)", "Ngày giao", "Ghi chú")
    intro = "Kính gửi anh Tom,\n\nCông ty chúng tôi xin xác nhận đơn hàng 4500018551 như sau:"
    outro = "Trân trọng,\nNguyễn Thị Thu Hà\nPhòng Kinh doanh - Công ty TNHH Máy Xây Dựng Sài Gòn\nĐT: (028) 3812 3456 - Di động: 0903 123 456\nMST: 0301234567"
    plain = intro + "\n\n" + "\n".join(" | ".join(r) for r in [head] + rows) + "\n\n" + outro + "\n"
    tr = "".join("<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>" for r in rows)
    html = html_doc("<p>%s</p><table border=1 cellspacing=0 cellpadding=4><tr>%s</tr>%s</table><p>%s</p>" % (
        intro.replace("\n", "<br>"), "".join("<th>%s</th>" % h for h in head), tr, outro.replace("\n", "<br>")))
    b = multipart("alternative", [text(plain, cte="base64"), text(html, "html", cte="base64")], "--_NmP-8c2f4e91a7d3b6f0-Part_1")
    eml = message(("Nguyễn Thị Thu Hà", "kinhdoanh@saigonmay.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-20 15:05:33", "+0700"), mid("plain", "saigonmay.example", "32"), b, **reply_hdrs(p))
    exp = expected("confirmation",
                   "Row 1 as ordered -> accepted. Row 2 waiting for the factory, no date -> unconfirmed. Row 3 new price 4.950.000 VND (dots are thousands) instead of 4,750,000 -> changed.",
                   conf(p, l1=A(p, 1), l2=U, l3=C(p, 3, price="4950000")))
    return [p], eml, exp


# 033 ------------------------------------------------------------------
@case("idid-steel-price-split", "id-ID", "confirmation",
      "Indonesian: platform trolleys re-priced to Rp 1.350.000 and split 50 on 14 Desember / 30 on 11 Januari 2027; other line as ordered.")
def c033():
    p = po("4500018560", "TROLINUS", "PT Troli Nusantara", "penjualan@trolinusantara.example", "id-ID", "tom", "IDR",
           "2026-11-18", [
               ("HT-PLAT-300", "Platform trolley 300 kg, folding handle", 80, "EA", "1250000", "2026-12-14"),
               ("HT-SACK-200", "Sack truck 200 kg, solid wheels", 40, "EA", "685000", "2026-12-14")])
    t = """Selamat pagi Pak Tom,

Terkait PO 4500018560, kami konfirmasi sebagai berikut:
1. Troli platform 300 kg: harga naik menjadi Rp 1.350.000/unit karena kenaikan harga baja. Pengiriman 50 unit tgl 14 Desember 2026, sisanya 30 unit tgl 11 Januari 2027.
2. Troli karung 200 kg: 40 unit @ Rp 685.000, kirim tgl 14 Desember 2026.

Terima kasih atas kerja samanya.

Salam,
Dewi Lestari
Sales Admin - PT Troli Nusantara
Jl. Raya Cikarang-Cibarusah Km 12, Bekasi | Telp. (021) 8990 1234 | WA 0812-8765-4321

""" + outlook_quote(p, en_long("2026-11-18", "4:11 PM"))
    eml = message(("Dewi Lestari", "penjualan@trolinusantara.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-23 10:20:19", "+0700"), mid("outlook", "trolinusantara.example", "33"),
                  text(t), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Line 1: new price Rp 1.350.000 (=1350000, dots are thousands), split 50 on 2026-12-14 and 30 on 2027-01-11, total 80 -> changed with schedule. Line 2 as ordered (sent 14 Dec = requested) -> accepted.",
                   conf(p, l1=C(p, 1, price="1350000", date="2027-01-11", schedule=[(50, "2026-12-14"), (30, "2027-01-11")]), l2=A(p, 2)))
    return [p], eml, exp


# 034 ------------------------------------------------------------------
@case("msmy-postfix-user-unknown", "ms-MY", "bounce",
      "Our own Postfix returns the request ('Undelivered Mail Returned to Sender', 550 5.1.1 user unknown) with the full original PO mail attached as message/rfc822.")
def c034():
    p = po("4500018571", "TALIMARIN", "Syarikat Tali Marin Sdn Bhd", "jualan@talimarin.example", "ms-MY", "dana", "MYR",
           "2026-11-19", [
               ("MR-PP-16", "Marine rope PP 16 mm, 200 m coil", 6, "ROL", "420.00", "2026-12-16"),
               ("MR-FND-8", "Fender line 8 mm, 10 m", 50, "EA", "18.90", "2026-12-16")])
    human = """This is the mail system at host mx1.brightwater-tools.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jualan@talimarin.example>: host mail.talimarin.example[203.0.113.25] said:
    550 5.1.1 <jualan@talimarin.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    ds = Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], b"""Reporting-MTA: dns; mx1.brightwater-tools.example
X-Postfix-Queue-ID: 4Nq7Xk2Hs9z3wQ
X-Postfix-Sender: rfc822; dana.ruiz@brightwater-tools.example
Arrival-Date: Thu, 19 Nov 2026 09:14:51 +0000 (UTC)

Final-Recipient: rfc822; jualan@talimarin.example
Original-Recipient: rfc822;jualan@talimarin.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.talimarin.example
Diagnostic-Code: smtp; 550 5.1.1 <jualan@talimarin.example>: Recipient address
    rejected: User unknown in virtual mailbox table
""")
    orig = orig_headers(p, hdate("2026-11-19 09:14:50", "+0000")).encode() + b"\n" + req_text(p).encode() + b"\n"
    om = Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig)
    b = multipart("report", [Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], human.encode()), ds, om],
                  "4Nq7Xk2Hs9z3wQ.1794993292/mx1.brightwater-tools.example", extra="; report-type=delivery-status")
    eml = message(("Mail Delivery System", "MAILER-DAEMON@mx1.brightwater-tools.example"), buyer(p),
                  "Undelivered Mail Returned to Sender", hdate("2026-11-19 09:14:52", "+0000"),
                  "<20261119091452.4Nq7Xk2Hs9z3wQ@mx1.brightwater-tools.example>", b,
                  extra=[("Auto-Submitted", "auto-replied")])
    exp = expected("bounce", "Postfix DSN: recipient unknown (5.1.1). The attached original is our own PO request, not a supplier answer.")
    return [p], eml, exp


# 035 ------------------------------------------------------------------
@case("tlph-taglish-downpayment-first", "tl-PH", "needs_review",
      "Taglish reply: items available at same price, but they will only confirm order and delivery schedule after a 50% downpayment.")
def c035():
    p = po("4500018585", "MABUHAY", "Mabuhay Gasket Supply Corp.", "sales@mabuhaygasket.example", "tl-PH", "tom", "PHP",
           "2026-11-18", [
               ("EG-HG-4D56", "Cylinder head gasket 4D56, MLS", 30, "EA", "1850.00", "2026-12-15"),
               ("EG-OVH-4D56", "Overhauling gasket kit 4D56", 20, "SET", "3200.00", "2026-12-15")])
    t = """Hi Sir Tom,

Good day po! Natanggap na po namin ang PO 4500018585. Available po lahat ng items at same price. Pero dahil new account pa po kayo sa amin, kailangan muna namin ang 50% downpayment (PHP 59,750.00) bago namin i-confirm ang order at ang delivery schedule. Pakisend na lang po ang proof of payment para ma-process na namin.

Thank you po!

Regards,
Maricel Dela Cruz
Sales Coordinator | Mabuhay Gasket Supply Corp.
Tel. (02) 8712-3456 | Mobile 0917 123 4567 | TIN 123-456-789-000

""" + gt_quote(p, "On Wed, Nov 18, 2026 at 3:30 PM Tom Okafor <%s> wrote:" % p["buyer"]["email"])
    eml = message(("Maricel Dela Cruz", "sales@mabuhaygasket.example"), buyer(p), "Re: " + req_subject(p),
                  hdate("2026-11-19 14:48:09", "+0800"), mid("gmail", "x", "35"), text(t), **reply_hdrs(p))
    exp = expected("needs_review",
                   "They will confirm the order and delivery schedule only after a 50% downpayment ('bago namin i-confirm'); nothing is committed yet, a buyer must act.")
    return [p], eml, exp


# 036 ------------------------------------------------------------------
@case("enau-thursday-next-week-early", "en-AU", "confirmation",
      "Aussie Gmail one-paragraph reply: all stock, delivery 'Thursday next week' from a Monday mail (= 26 Nov), ahead of the 7 Dec need-by.")
def c036():
    p = po("4500018590", "SCCORDAGE", "Southern Cross Cordage Pty Ltd", "sales@sccordage.example", "en-AU", "dana", "AUD",
           "2026-11-13", [
               ("MR-DB-12-100", "Double braid rope 12 mm, 100 m reel", 10, "ROL", "289.00", "2026-12-07"),
               ("MR-SB-8-50", "Silver rope 8 mm, 50 m", 25, "ROL", "74.50", "2026-12-07"),
               ("MR-SHACKLE-10", "Bow shackle 10 mm, stainless", 100, "EA", "6.20", "2026-12-07")])
    t = """G'day Dana,

Good news - we've got stock on all three lines, so we can get these to you Thursday next week, a bit ahead of your date. Pricing as per your PO.

Cheers,
Brett Hollis
Southern Cross Cordage Pty Ltd | ABN 51 123 456 789
14 Wharf Rd, Fremantle WA 6160 | 08 9335 1200 | 0412 345 678

"""
    intro = "On Fri, 13 Nov 2026 at 17:05, Dana Ruiz <%s> wrote:" % p["buyer"]["email"]
    b = multipart("alternative", [text(t + gt_quote(p, intro), charset="utf-8"),
                                  text(html_doc('<div dir="ltr">' + t.replace("\n", "<br>") + "</div>" + html_blockquote(p, intro)), "html")],
                  "000000000000c0ffee0605e7aa9f41")
    eml = message(("Brett Hollis", "sales@sccordage.example"), buyer(p), "Re: " + req_subject(p),
                  hdate("2026-11-16 08:52:30", "+0800"), mid("gmail", "x", "36"), b, **reply_hdrs(p))
    exp = expected("confirmation",
                   "Mail sent Monday 2026-11-16; 'Thursday next week' = 2026-11-26, earlier than the requested 7 Dec. Quantities and prices as ordered. All three lines changed (date only).",
                   conf(p, l1=C(p, 1, date="2026-11-26"), l2=C(p, 2, date="2026-11-26"), l3=C(p, 3, date="2026-11-26")))
    return [p], eml, exp
