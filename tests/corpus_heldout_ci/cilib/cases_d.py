"""Cases 054-070."""
from .common import (A, C, CSV, EC, EK, PDF, R, U, XLSX, att, case, conf, mail, po, reply, sup,
                     quote_block, request_text, req_subject, original_request_msg, BDOM, OUTLOOK_LABELS)
from .mime import Part, multipart, text_part, message, rfc_date
from .pdf import text_pdf
from .cases_a import dsn_report


@case("tea-cups-danjia-ntd", "confirmation/zh-TW",
      "Big5 Traditional Chinese '單價 NT$ 125' on the cup sets; tray line repeated unchanged")
def c_tea_tw(ctx):
    s = sup("YINGGE", "Yingge Tea Ceramics Co., Ltd.", "sales@yingge-tea.example", "zh-TW")
    p = po("4500032691", s, "TWD", "2026-11-11", [
        ("TTC-TW-110", "Tea tasting cup 110 ml with lid, celadon", 300, "SET", "118", "2026-12-18"),
        ("TTC-TRAY-12", "Tasting tray for 12 cups, bamboo", 20, "EA", "860", "2026-12-18"),
    ])
    top = """Ingrid 您好：

感謝您的訂單 4500032691，確認如下：

1. 青瓷品茗杯組 110ml：300 組，單價 NT$ 125（原料漲價），交期 2026/12/18
2. 竹製茶盤（12杯）：20 個，單價 NT$ 860，交期 2026/12/18

如有任何問題，歡迎來電。

林美玲
鶯歌品茗陶瓷有限公司 業務部
新北市鶯歌區尖山埔路 88 號
電話：+886 2 2678 5521"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 17, 15, 12, 40), tz="+0800", quote="outlook", charset="big5",
                cte="base64", prefix="回覆:", lang="zh-TW", frm=("林美玲", "sales@yingge-tea.example"))
    e = EC("Line 1 unit price NT$ 125 instead of 118 (TWD); line 2 as ordered; dates 2026/12/18 = requested.",
           conf(p, {1: C(p, 1, pr="125"), 2: A(p, 2)}))
    return [p], eml, e


@case("ferris-seals-danga-won", "confirmation/ko-KR",
      "EUC-KR Korean '단가 12,500원' (comma is a thousands separator) and '2026년 12월 18일' dates")
def c_ferris_kr(ctx):
    s = sup("DAEHANWP", "Daehan Wheel Parts Co., Ltd.", "sales@daehan-wheelparts.example", "ko-KR")
    p = po("4500032706", s, "KRW", "2026-11-11", [
        ("FWS-GASKET-KR", "Gondola door gasket 1,200 mm, EPDM", 48, "EA", "12000", "2026-12-18"),
        ("FWS-WIPER-450", "Window wiper seal 450 mm", 96, "EA", "3500", "2026-12-18"),
    ])
    top = """안녕하세요 Ingrid 님,

발주서 4500032706 건 아래와 같이 확인드립니다.

1. 곤돌라 도어 가스켓 (FWS-GASKET-KR): 48개, 단가 12,500원, 납기 2026년 12월 18일
2. 와이퍼 씰 450mm (FWS-WIPER-450): 96개, 단가 3,500원, 납기 2026년 12월 18일

원자재 가격 인상으로 1번 품목 단가가 조정되었습니다. 양해 부탁드립니다.

감사합니다.
김민준 과장
대한관람차부품(주) 해외영업팀
경기도 안산시 단원구 산단로 112
Tel. +82 31 491 2270"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 18, 10, 55, 3), tz="+0900", quote="outlook", charset="euc-kr",
                cte="base64", lang="ko-KR", frm=("김민준", "sales@daehan-wheelparts.example"))
    e = EC("Line 1 unit price 12,500원 (= 12500 KRW, comma is thousands) instead of 12000; line 2 as ordered.",
           conf(p, {1: C(p, 1, pr="12500"), 2: A(p, 2)}))
    return [p], eml, e


@case("climbing-holds-pengiriman-tanggal", "confirmation/id-ID",
      "Indonesian 'pengiriman tanggal 18 Desember' without year and USD prices with decimal commas")
def c_climb_id(ctx):
    s = sup("PEGPANJAT", "PT Pegangan Panjat Nusantara", "penjualan@peganganpanjat.example", "id-ID")
    p = po("4500032721", s, "USD", "2026-11-12", [
        ("CH-KIDS-20", "Kids climbing hold set of 20, M10x40", 30, "SET", "48.00", "2026-12-11"),
        ("CH-TNUT-M10", "T-nut M10, 4-prong, box of 100", 12, "BOX", "16.50", "2026-12-11"),
    ], buyer="cs")
    top = """Selamat siang Ibu Clara,

Terima kasih atas PO 4500032721. Kami konfirmasi:
- item 1: 30 set @ USD 48,00
- item 2: 12 box @ USD 16,50

Pengiriman tanggal 18 Desember untuk kedua item.

Salam,
Dewi Lestari
PT Pegangan Panjat Nusantara
Jl. Raya Narogong Km 12, Bekasi 17116
Telp. +62 21 8250 3371"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 19, 13, 8, 27), tz="+0700", client="gmail", quote="gmail",
                prefix="Re:", lang="id-ID", frm=("Dewi Lestari", "penjualan@peganganpanjat.example"))
    e = EC("'Pengiriman tanggal 18 Desember' (no year, after the 19 Nov mail) = 2026-12-18 for both lines; prices with decimal comma equal the PO.",
           conf(p, {1: C(p, 1, d="2026-12-18"), 2: C(p, 2, d="2026-12-18")}))
    return [p], eml, e


@case("bagpipe-chanters-keemat-rupee", "confirmation/hi-IN",
      "Hindi 'कीमत ₹450 प्रति पीस' on line 1 with Indian grouping '₹1,850' on line 2")
def c_bagpipe_hi(ctx):
    s = sup("JALBAG", "Jalandhar Bagpipe Works", "orders@jalandharbagpipe.example", "hi-IN")
    p = po("4500032736", s, "INR", "2026-11-12", [
        ("BPC-PRAC-IN", "Practice chanter, sheesham wood, 2027 batch", 150, "EA", "420.00", "2026-12-18"),
        ("BPC-BAG-SYN", "Synthetic pipe bag, medium, 4/3 grommets", 40, "EA", "1850.00", "2026-12-18"),
    ], buyer="pn")
    top = """नमस्ते प्रिया जी,

आपके PO 4500032736 के लिए धन्यवाद। हम पुष्टि करते हैं:

आइटम 1 - 150 पीस, कीमत ₹450 प्रति पीस (लकड़ी का रेट बढ़ गया है), डिलीवरी 18/12/2026
आइटम 2 - 40 पीस, ₹1,850 प्रति पीस, डिलीवरी 18/12/2026

धन्यवाद,
गुरप्रीत कौर
जालंधर बैगपाइप वर्क्स
बस्ती शेख रोड, जालंधर - 144 002
मो. +91 98765 30412"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 19, 11, 40, 6), tz="+0530", client="gmail", quote="gmail",
                cte="base64", prefix="Re:", lang="hi-IN", frm=("गुरप्रीत कौर", "orders@jalandharbagpipe.example"))
    e = EC("Line 1 price ₹420 -> ₹450 per piece; line 2 ₹1,850 = PO; both delivered 18/12/2026 = requested.",
           conf(p, {1: C(p, 1, pr="450.00"), 2: A(p, 2)}))
    return [p], eml, e


@case("curling-handles-certificate-of-insurance", "unrelated/en-US",
      "US supplier's risk department asks us to update their certificate of insurance; US-format dates and a PDF")
def c_curling_coi(ctx):
    s = sup("GLICE", "Great Lakes Ice Sports Supply, Inc.", "orders@greatlakesice.example", "en-US")
    p = po("4500032751", s, "USD", "2026-11-12", [
        ("CSH-US-RED", "Curling stone handle red, US thread 1/2-13", 24, "EA", "58.00", "2026-12-18"),
    ])
    pdf = text_pdf([
        "**CERTIFICATE OF LIABILITY INSURANCE",
        "DATE (MM/DD/YYYY): 11/23/2026",
        "",
        "INSURED: Great Lakes Ice Sports Supply, Inc., 2150 Industrial Pkwy, Duluth, MN 55811",
        "PRODUCER: Northstar Commercial Insurance Agency, Minneapolis, MN",
        "",
        "COVERAGE                     POLICY NUMBER     EFF DATE     EXP DATE     LIMITS",
        "Commercial General Liability GL-4471-20931     01/01/2027   12/31/2027   $2,000,000 each occurrence",
        "Products-Completed Ops Agg                                                $4,000,000",
        "Umbrella Liability           UMB-88120-7       01/01/2027   12/31/2027   $5,000,000",
        "",
        "CERTIFICATE HOLDER: Halvorsen Trading Group, Industriveien 14, 0668 Oslo, Norway",
    ], size=8, title="COI 2027", producer="ACORD Forms", creator="AMS360", date="D:20261123140000-06'00'")
    body = """Hello,

Our current certificate of insurance on file with you expires 12/31/2026. Attached is the renewed certificate (policy period 01/01/2027 - 12/31/2027).

Could you please update your vendor records with the new certificate and send back a short confirmation? If your vendor portal requires a different form, just let me know.

Thank you,

Karen Whitfield
Risk & Compliance Coordinator
Great Lakes Ice Sports Supply, Inc.
2150 Industrial Pkwy, Duluth, MN 55811
(218) 555-0147"""
    eml = mail(ctx, frm=("Karen Whitfield", "karen.whitfield@greatlakesice.example"), to=("Ingrid Moe", f"ingrid.moe@{BDOM}"),
               subject="Request: please update our Certificate of Insurance (vendor file)", date=(2026, 11, 24, 15, 2, 9),
               tz="-0600", client="outlook", body=body, html=None, charset="us-ascii", cte="7bit",
               attachments=[att(PDF, "GLISS_COI_2027.pdf", pdf)], lang="en-US")
    e = EK("unrelated", "Administrative request to update the supplier's certificate of insurance; US-format policy dates, nothing about PO 4500032751.")
    return [p], eml, e


@case("salt-spinners-inline-week51", "confirmation/nl-BE",
      "Flemish answers interleaved under each quoted PO line: 'levering in week 51' twice and 'week 3 van 2027' once")
def c_salt_be(ctx):
    s = sup("STROOIVL", "Strooiers Vlaanderen BV", "bestellingen@strooiers-vlaanderen.example", "nl-BE")
    p = po("4500032766", s, "EUR", "2026-11-12", [
        ("SSS-DISC-550", "Spinner disc 550 mm, stainless 3 mm", 10, "EA", "189.00", "2026-12-11"),
        ("SSS-MOTOR-12V", "Spinner motor 12V 300 W", 10, "EA", "245.00", "2026-12-11"),
        ("SSS-CHUTE-200", "Feed chute 200 mm, PE 8 mm", 10, "EA", "57.00", "2026-12-11"),
    ])
    rq = request_text(p).split("\n")
    answers = {"1": "OK, levering in week 51.",
               "2": "Motoren momenteel niet leverbaar bij onze fabrikant: levering in week 3 van 2027, prijs ongewijzigd.",
               "3": "OK, levering in week 51."}
    out = []
    for x in rq:
        out.append(("> " + x) if x else ">")
        k = x.split(" ", 1)[0]
        if k in answers and "|" in x and x.split("|")[1].strip().startswith("SSS"):
            out.append("")
            out.append(answers[k])
            out.append("")
    body = ("Dag Ingrid,\n\nzie mijn antwoorden tussen de lijnen.\n\n"
            "Op 12/11/2026 om 10:14 schreef Ingrid Moe:\n" + "\n".join(out) +
            "\n\nMet vriendelijke groeten,\nPieter Claes\nStrooiers Vlaanderen BV\nNijverheidslaan 21, 8540 Deerlijk\nT +32 56 71 44 20")
    eml = reply(ctx, p, top=body, quote="none", date=(2026, 11, 18, 11, 15, 48), client="tb", charset="iso-8859-1",
                cte="8bit", html=False, prefix="Re:", lang="nl-BE", frm=("Pieter Claes", "bestellingen@strooiers-vlaanderen.example"))
    e = EC("Interleaved answers: lines 1 and 3 'week 51' = Friday 2026-12-18; line 2 'week 3 van 2027' = Friday 2027-01-22; prices unchanged.",
           conf(p, {1: C(p, 1, d="2026-12-18"), 2: C(p, 2, d="2027-01-22"), 3: C(p, 3, d="2026-12-18")}))
    return [p], eml, e


@case("lifeboat-davits-koi8u-shipments", "confirmation/uk-UA",
      "Ukrainian KOI8-U reply with ship dates only: one line much later (12.02.2027), two lines earlier than requested")
def c_davit_ua(ctx):
    s = sup("MORSHL", "TOV Morski Shlyupbalky", "prodazh@morski-shlyupbalky.example", "uk-UA")
    p = po("4500032781", s, "EUR", "2026-11-12", [
        ("LBD-ARM-G1", "Gravity davit arm G1, 1.5 t, 2027 RMRS approval", 2, "EA", "7450.00", "2027-01-29"),
        ("LBD-LIMIT-24V", "Limit switch 24V IP67 for davit winch", 6, "EA", "86.00", "2026-12-18"),
        ("LBD-BRAKE-PAD", "Winch brake pad set 12x20 mm", 8, "SET", "42.00", "2026-12-18"),
    ], buyer="tb")
    top = """Добрий день, пане Томасе!

Підтверджуємо замовлення N 4500032781:

поз. 1 - 2 шт. по 7 450,00 EUR, відвантаження 12.02.2027 (потрібне додаткове випробування навантаженням);
поз. 2 - 6 шт. по 86,00 EUR, відвантаження 11.12.2026;
поз. 3 - 8 компл. по 42,00 EUR, відвантаження 11.12.2026.

З повагою,
Олена Коваленко
відділ продажу
ТОВ "Морські Шлюпбалки"
м. Миколаїв, вул. Заводська, 15
тел. +380 512 47 22 18"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 19, 9, 12, 34), tz="+0200", client="tb", quote="tb",
                charset="koi8-u", cte="8bit", html=False, prefix="Re:", lang="uk-UA",
                frm=("Олена Коваленко", "prodazh@morski-shlyupbalky.example"))
    e = EC("Only shipment dates (відвантаження) are given, so they are the dates: line 1 12.02.2027 (later), lines 2-3 11.12.2026 (earlier than the requested 18 Dec); prices and quantities as ordered.",
           conf(p, {1: C(p, 1, d="2027-02-12"), 2: C(p, 2, d="2026-12-11"), 3: C(p, 3, d="2026-12-11")}))
    return [p], eml, e


@case("pizza-tiles-arabic-indic-digits", "confirmation/ar-AE",
      "Arabic reply written with Arabic-Indic digits and the Arabic decimal separator (٤٢٥٫٠٠), plus an English one-liner")
def c_pizza_ae(ctx):
    s = sup("GOLDOV", "Golden Ovens Trading Est.", "sales@goldenovens-ae.example", "ar-AE")
    p = po("4500032796", s, "AED", "2026-11-12", [
        ("POT-SAF-45", "Pizza oven floor tile 45x45x4 cm, refractory", 80, "EA", "62.00", "2026-12-18"),
        ("POT-DOME-KIT", "Oven dome insulation blanket 25 mm, 1260 C", 10, "ROL", "410.00", "2026-12-18"),
    ])
    top = """السيدة إنغريد المحترمة،
تحية طيبة وبعد،

نؤكد لكم أمر الشراء رقم ٤٥٠٠٠٣٢٧٩٦ كما يلي:
البند ١: ٨٠ قطعة بسعر ٦٢٫٠٠ درهم للقطعة، التسليم ١٨/١٢/٢٠٢٦
البند ٢: ١٠ لفات بسعر ٤٢٥٫٠٠ درهم للفة، التسليم ٢٤/١٢/٢٠٢٦

PO 4500032796 confirmed as above (item 2 revised price and date).

مع خالص التحية،
أحمد الشامسي
مؤسسة الأفران الذهبية للتجارة
المنطقة الصناعية ١٣، الشارقة
هاتف: +971 6 543 2190"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 17, 12, 20, 45), tz="+0400", charset="utf-8", cte="base64",
                lang="ar-AE", frm=("أحمد الشامسي", "sales@goldenovens-ae.example"))
    e = EC("Arabic-Indic digits: line 1 80 pcs at 62.00, 18/12/2026 = as ordered; line 2 price 425.00 (was 410.00) and delivery 24/12/2026.",
           conf(p, {1: A(p, 1), 2: C(p, 2, pr="425.00", d="2026-12-24")}))
    return [p], eml, e


@case("climbing-holds-forwarded-production", "confirmation/sl-SI",
      "sales colleague forwards production's internal answer ('dobava 4.12.') with a one-line cover note confirming prices")
def c_climb_si(ctx):
    s = sup("PLEZOPR", "Plezalni Oprimki d.o.o.", "prodaja@plezalni-oprimki.example", "sl-SI")
    p = po("4500032811", s, "EUR", "2026-11-12", [
        ("CH-SET-15", "Climbing hold set of 15, mixed, PU", 20, "SET", "265.00", "2026-12-11"),
        ("CH-VOL-80", "Volume 80x50x30 cm", 8, "EA", "195.00", "2026-12-11"),
        ("CH-BOLT-M10-50", "Allen bolt M10x50, box of 50", 12, "BOX", "22.00", "2026-12-11"),
    ])
    qp, qh = quote_block(p, "gmail", "en",
                         attrib="V čet., 12. nov. 2026 ob 10:14 je Ingrid Moe <ingrid.moe@halvorsen-trading.example> napisal(a):")
    inner = ("Ana, za Halvorsen 4500032811:\n"
             "poz. 1 (kompleti 15 oprimkov) - 20 kompletov, dobava 4.12.\n"
             "poz. 2 (volumni 80x50) - 8 kosov, dobava 11.12.\n"
             "poz. 3 (vijaki M10x50) - 12 škatel, dobava 4.12.\n\n"
             "Marko\n" + qp)
    top = ("Pozdravljeni ga. Moe,\n\n"
           "posredujem potrditev naše proizvodnje spodaj. Vse postavke potrjujemo po cenah iz naročila.\n\n"
           "Lep pozdrav,\nAna Kovač\nPlezalni Oprimki d.o.o., Tržaška cesta 132, 1000 Ljubljana\ntel. +386 1 256 44 70\n\n"
           "---------- Forwarded message ---------\n"
           "Od: Marko Zupan <marko.zupan@plezalni-oprimki.example>\n"
           "Date: pon., 16. nov. 2026 ob 08:41\n"
           "Subject: Re: Purchase order 4500032811 - please confirm\n"
           "To: Ana Kovač <ana.kovac@plezalni-oprimki.example>\n\n" + inner)
    eml = reply(ctx, p, top=top, quote="none", date=(2026, 11, 16, 9, 3, 11), client="gmail",
                subject="Fwd: Re: Purchase order 4500032811 - please confirm", lang="sl-SI", threaded=False,
                frm=("Ana Kovač", "ana.kovac@plezalni-oprimki.example"))
    e = EC("Forwarded internal answer: lines 1 and 3 'dobava 4.12.' = 2026-12-04 (earlier than requested), line 2 11.12. = as ordered; the cover note confirms PO prices.",
           conf(p, {1: C(p, 1, d="2026-12-04"), 2: A(p, 2), 3: C(p, 3, d="2026-12-04")}))
    return [p], eml, e


@case("velodrome-boards-declined-latvian", "confirmation/lv-LV",
      "Latvian supplier declines the whole order (kiln breakdown) - a rejection is an answer")
def c_velo_lv(ctx):
    s = sup("VELODELI", "Velotreka Dēļi SIA", "pardosana@velotreka-deli.example", "lv-LV")
    p = po("4500032826", s, "EUR", "2026-11-12", [
        ("VTB-SPRUCE-35", "Spruce track board 35x100x4000 mm, kiln dried", 300, "EA", "29.40", "2026-12-18"),
        ("VTB-NAIL-65", "Ring-shank nail 65 mm, 2.8 mm, box of 1000", 10, "BOX", "31.00", "2026-12-18"),
    ], buyer="tb")
    top = """Labdien, Tomas!

Diemžēl šoreiz nevarēsim izpildīt Jūsu pasūtījumu Nr. 4500032826 - mūsu kaltē notika avārija, un ražošana ir apturēta līdz februārim. Naglas atsevišķi mēs nepārdodam, tāpēc arī 2. pozīciju nepiegādāsim.

Atvainojamies par sagādātajām neērtībām. Tiklīdz ražošana atsāksies, ar prieku sagatavosim jaunu piedāvājumu.

Ar cieņu
Edgars Kalniņš
Velotreka Dēļi SIA
Rūpniecības iela 9, Jelgava, LV-3008
Tālr. +371 6302 7714"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 18, 14, 0, 37), tz="+0200", quote="outlook", charset="windows-1257",
                cte="quoted-printable", lang="lv-LV", frm=("Edgars Kalniņš", "pardosana@velotreka-deli.example"))
    e = EC("The supplier declines both lines outright (production stopped until February; nails not sold separately): both rejected.",
           conf(p, {1: R, 2: R}))
    return [p], eml, e


@case("ferris-seals-incoterm-question", "needs_review/ar-AE",
      "Arabic/English question whether delivery is to Jebel Ali or DAP Oslo; price quoted only as EXW, date after our answer")
def c_ferris_ae(ctx):
    s = sup("GULFRIDE", "Gulf Ride Parts LLC", "sales@gulfrideparts.example", "ar-AE")
    p = po("4500032841", s, "AED", "2026-11-13", [
        ("FWS-CAB-SEAL", "Cabin door seal kit for 8-seat gondola, 2027", 24, "SET", "385.00", "2026-12-18"),
    ], buyer="lw")
    top = """Dear Lukas,

السلام عليكم،

Thank you for PO 4500032841. Kindly advise whether delivery is required to your Jebel Ali warehouse or to Oslo (DAP).
The price of AED 385.00 per set is valid EXW Dubai only; for DAP Oslo we need to add freight.
Once you confirm the incoterm we will send the order confirmation with the delivery date.

يرجى تأكيد مكان التسليم حتى نتمكن من إرسال تأكيد الطلب.

Best regards,
Omar Haddad
Gulf Ride Parts LLC
Al Quoz Industrial Area 3, Dubai
+971 4 338 7160"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 19, 10, 3, 55), tz="+0400", charset="utf-8", cte="quoted-printable",
                lang="en-US", frm=("Omar Haddad", "sales@gulfrideparts.example"))
    e = EK("needs_review", "Supplier asks about the delivery place/incoterm before confirming; price valid only EXW and no date given.")
    return [p], eml, e


@case("tea-cups-iso2022jp-mid-december", "needs_review/ja-JP",
      "ISO-2022-JP Japanese: prices accepted but shipping only 'around mid-December', to be confirmed later")
def c_tea_jp(ctx):
    s = sup("ARITATT", "Arita Tasting Ware Co., Ltd.", "order@arita-tasting.example", "ja-JP")
    p = po("4500032856", s, "JPY", "2026-11-13", [
        ("TTC-ARITA-150", "Tea tasting cup set 150 ml, Arita porcelain", 120, "SET", "1450", "2026-12-18"),
        ("TTC-SPOON-SS", "Tasting spoon stainless 1.5 mm", 120, "EA", "380", "2026-12-18"),
    ])
    top = """ハルヴォーセン・トレーディング・グループ
Ingrid Moe様

いつもお世話になっております。
有田テイスティング陶器の中島でございます。

このたびはご注文ありがとうございます。
価格はご注文書の通りで問題ございませんが、窯の状況により、出荷は12月中旬頃になる見込みです。
日程が確定しましたら改めてご連絡いたします。

今後ともよろしくお願いいたします。

中島 由美
有田テイスティング陶器株式会社
佐賀県西松浦郡有田町大樽2-3-7
TEL 0955-42-3318"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 20, 16, 41, 8), tz="+0900", client="other", quote="tb",
                charset="iso-2022-jp", cte="7bit", html=False, prefix="Re:", lang="ja-JP",
                frm=("中島 由美", "order@arita-tasting.example"), extra=["X-Mailer: Becky! ver. 2.81.04"])
    e = EK("needs_review", "Price is accepted but the date is only 'around mid-December' and will be confirmed later; too vague to record a commitment.")
    return [p], eml, e


@case("snowmaking-nozzles-conditions", "needs_review/de-DE",
      "German reply that would confirm the dates only under conditions (minimum lot of 100 or +12 %, prepayment for line 2)")
def c_snow_de(ctx):
    s = sup("SCHNEIALL", "Schneitechnik Allgäu GmbH", "vertrieb@schneitechnik-allgaeu.example", "de-DE")
    p = po("4500032871", s, "EUR", "2026-11-13", [
        ("SMN-LANZE-1/2", "Snow lance nozzle head 1/2\", 6 x 1.2 mm", 60, "EA", "33.90", "2026-12-11"),
        ("SMN-KOMP-24V", "Compressor control board 24V", 3, "EA", "418.00", "2026-12-11"),
    ], buyer="lw")
    top = """Sehr geehrter Herr Weber,

vielen Dank für Ihre Bestellung 4500032871.

Gerne liefern wir die Düsenköpfe zum 11.12. zu den genannten Preisen - allerdings nur, wenn Sie die Mindestabnahme von 100 Stück (Losgröße) akzeptieren. Bei 60 Stück müssten wir einen Mindermengenzuschlag von 12 % berechnen.

Die Steuerplatinen 24V können wir nur gegen Vorkasse liefern, da Ihr Kreditlimit derzeit ausgeschöpft ist.

Bitte teilen Sie uns mit, wie wir verfahren sollen; danach erhalten Sie umgehend unsere Auftragsbestätigung.

Mit freundlichen Grüßen

i. A. Sabine Hörmann
Vertriebsinnendienst
Schneitechnik Allgäu GmbH
Kemptener Str. 88, 87509 Immenstadt
Tel. +49 8323 96 41-0

Sitz der Gesellschaft: Immenstadt, Registergericht Kempten HRB 10883, Geschäftsführer: Florian Gschwend"""
    eml = reply(ctx, p, top=top, date=(2026, 11, 19, 15, 50, 21), quote="outlook", qlang="de", charset="iso-8859-1",
                cte="quoted-printable", prefix="AW:", lang="de-DE", frm=("Sabine Hörmann", "vertrieb@schneitechnik-allgaeu.example"))
    e = EK("needs_review", "Conditional: line 1 only with a 100-piece minimum or a 12 % surcharge, line 2 only against prepayment; the supplier waits for our decision before confirming.")
    return [p], eml, e


@case("tattoo-cartridges-shared-inbox-receipt", "auto_reply/en-SG",
      "shared-inbox auto-acknowledgement with business hours, '1-2 business days' and a reference number")
def c_tattoo_sg(ctx):
    s = sup("LIONCITY", "Lion City Tattoo Supply Pte Ltd", "orders@lioncitytattoo.example", "en-SG")
    p = po("4500032886", s, "SGD", "2026-11-16", [
        ("TNC-1207RM-SG", "Needle cartridge 12/07 RM, box of 20", 60, "BOX", "16.80", "2026-12-18"),
    ], buyer="pn")
    body = """Thank you for contacting Lion City Tattoo Supply.

This is an automated acknowledgement: we have received your email and our orders team will respond within 1-2 business days (Mon-Fri, 9am-6pm SGT). Orders received after 3pm are processed on the next working day.

Your reference: #48213

Please do not change the subject line when replying, so that we can keep your request in one thread.

Lion City Tattoo Supply Pte Ltd
10 Ubi Crescent, #05-41 Ubi Techpark, Singapore 408564"""
    eml = mail(ctx, frm=("Lion City Tattoo Supply", "orders@lioncitytattoo.example"), to=("Priya Nair", f"priya.nair@{BDOM}"),
               subject="Re: " + req_subject(p) + " [#48213]", date=(2026, 11, 16, 17, 14, 22), tz="+0800",
               client="helpdesk", body=body, html="<html><body>" + "".join(
                   f"<p>{x.replace(chr(10), '<br>')}</p>" for x in body.split("\n\n")) + "</body></html>",
               charset="utf-8", cte="quoted-printable", irt=p["request_message_id"], refs=[p["request_message_id"]],
               extra=["Auto-Submitted: auto-generated", "X-Autoreply: yes", "Precedence: auto_reply"])
    e = EK("auto_reply", "Shared-inbox receipt (auto-generated) with service hours and a reference number; no human has read the order.")
    return [p], eml, e


@case("wool-carding-ferias-ooo", "auto_reply/pt-BR",
      "Brazilian 'Resposta automática' out-of-office: on holiday 16/11 to 04/12/2026, alternative contact")
def c_wool_br(ctx):
    s = sup("CARDASSUL", "Cardas e Guarnições Sul Ltda.", "vendas@cardas-sul.example", "pt-BR")
    p = po("4500032901", s, "BRL", "2026-11-16", [
        ("WCC-IND-36", "Industrial carding cloth 36 TPI, 38 mm strip", 500, "M", "24.60", "2026-12-18"),
    ], buyer="cs")
    body = """Olá!

Estou em férias de 16/11 a 04/12/2026, com acesso restrito ao e-mail.
Para pedidos e confirmações, favor contatar comercial@cardas-sul.example ou (54) 3221-4870.

Obrigado!
Rafael Bertolini
Cardas e Guarnições Sul Ltda. - Caxias do Sul/RS"""
    eml = mail(ctx, frm=("Rafael Bertolini", "vendas@cardas-sul.example"), to=("Clara Santos", f"clara.santos@{BDOM}"),
               subject="Resposta automática: " + req_subject(p), date=(2026, 11, 16, 6, 15, 3), tz="-0300",
               client="outlook", body=body, html=None, charset="iso-8859-1", cte="quoted-printable",
               irt=p["request_message_id"], refs=[p["request_message_id"]], lang="pt-BR",
               extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    e = EK("auto_reply", "Out-of-office (férias 16/11 a 04/12/2026); the end date is a return date, not a delivery date.")
    return [p], eml, e


@case("bagpipe-chanters-ndr-french", "bounce/fr-FR",
      "French-language Exchange NDR 'Non remis' (mailbox full) with the original request attached")
def c_bagpipe_ndr(ctx):
    s = sup("BINIOUBZH", "Binious et Cornemuses de Bretagne SARL", "commandes@binious-bretagne.example", "fr-FR")
    p = po("4500032916", s, "EUR", "2026-12-01", [
        ("BPC-BINIOU-KOZ", "Biniou kozh chanter, boxwood, 2027", 4, "EA", "420.00", "2027-01-29"),
        ("BPC-REED-BIN", "Biniou reed, cane", 20, "EA", "18.00", "2027-01-29"),
    ], buyer="lw")
    human = """Votre message à commandes@binious-bretagne.example n'a pas pu être remis.

La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.

commandes   Office 365   binious-bretagne.example
Action requise : destinataire

Comment résoudre le problème
Essayez de renvoyer le message ultérieurement ou contactez le destinataire par un autre moyen.

Informations de diagnostic pour les administrateurs :
Serveur de génération : PR1P264MB3310.FRAP264.PROD.OUTLOOK.COM
commandes@binious-bretagne.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'"""
    html = ("<html><body><div style=\"font-family:Segoe UI,Arial\">"
            "<p style=\"font-size:16pt;color:#C00000\">Votre message à commandes@binious-bretagne.example n'a pas pu être remis.</p>"
            "<p>La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant.</p>"
            "<p><b>Comment résoudre le problème</b><br>Essayez de renvoyer le message ultérieurement ou contactez le destinataire par un autre moyen.</p>"
            "<p style=\"font-size:9pt\">Informations de diagnostic pour les administrateurs :<br>"
            "Serveur de génération : PR1P264MB3310.FRAP264.PROD.OUTLOOK.COM<br>"
            "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'</p>"
            "</div></body></html>")
    eml = dsn_report(ctx, p, reporting_mta="PR1P264MB3310.FRAP264.PROD.OUTLOOK.COM",
                     frm=f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{BDOM}>",
                     date=(2026, 12, 1, 10, 15, 20), tz="+0100", human=human, status="5.2.2",
                     diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
                     alt_html=html, boundary="_000_PR1P264MB33107A1B2C3D4E5F6A7B8C9D0E1F2A3B_",
                     subject="=?utf-8?Q?Non_remis=C2=A0:?= " + req_subject(p),
                     extra=["X-MS-Exchange-Message-Is-Ndr:", "Content-Language: fr-FR"])
    e = EK("bounce", "French Exchange NDR ('Non remis', mailbox full); the attached original has the PO table with 2027 dates.")
    return [p], eml, e


@case("pizza-tiles-invoice-other-po", "unrelated/en-IE",
      "Irish accounts mail with an invoice PDF for an older PO; same item code and price as the open PO, dates 24/11 and 24/12")
def c_pizza_inv(ctx):
    s = sup("WICKLOWH", "Wicklow Hearth Ceramics Ltd", "orders@wicklowhearth.example", "en-IE")
    p = po("4500032931", s, "EUR", "2026-11-17", [
        ("POT-CORD-33", "Cordierite pizza stone 33x33x1.5 cm", 150, "EA", "14.20", "2026-12-18"),
    ])
    pdf = text_pdf([
        "**Wicklow Hearth Ceramics Ltd",
        "Ballyronan Business Park, Wicklow Town, A67 W2K5 - VAT IE 6388214R",
        "",
        "**INVOICE INV-26-11873",
        "Invoice date: 24/11/2026        Due date: 24/12/2026",
        "Customer: Halvorsen Trading Group, Industriveien 14, 0668 Oslo, Norway",
        "Your order: 4500030114          Delivery note: DN-26-4410 (despatched 20/11/2026)",
        "",
        "Item          Description                              Qty    Unit    Price EUR    Amount EUR",
        "POT-CORD-33   Cordierite pizza stone 33x33x1.5 cm      100    EA          14.20      1,420.00",
        "",
        "Net                                                                               1,420.00",
        "VAT 0% (intra-EU / export)                                                            0.00",
        "Total due EUR                                                                     1,420.00",
        "",
        "Bank: AIB, IBAN IE29 AIBK 9311 5212 3456 78, BIC AIBKIE2D",
    ], size=8, title="INV-26-11873", producer="Sage 50 Accounts", creator="Sage", date="D:20261124091000Z")
    body = """Dear Sir/Madam,

Please find attached invoice INV-26-11873 for your order 4500030114, delivered last week.

Payment terms 30 days; due date 24/12/2026.

Kind regards,
Aoife Byrne
Accounts Receivable
Wicklow Hearth Ceramics Ltd
+353 404 61 552"""
    eml = mail(ctx, frm=("Wicklow Hearth Ceramics - Accounts", "accounts@wicklowhearth.example"),
               to=("Accounts Payable", f"ap@{BDOM}"), cc=[("Ingrid Moe", f"ingrid.moe@{BDOM}")],
               subject="Invoice INV-26-11873 - Halvorsen Trading Group - PO 4500030114",
               date=(2026, 11, 24, 9, 12, 51), tz="+0000", client="other", body=body, html=None,
               charset="us-ascii", cte="7bit", attachments=[att(PDF, "INV-26-11873.pdf", pdf)],
               extra=["X-Mailer: Sage 50 Accounts"])
    e = EK("unrelated", "Invoice for an older order (4500030114, not in pos.json) with the same item code and price as the open PO 4500032931; it is not an answer to it.")
    return [p], eml, e
