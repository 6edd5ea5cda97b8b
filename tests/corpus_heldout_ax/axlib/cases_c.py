"""Cases 037-053."""
from .common import *  # noqa: F401,F403
from .common import request_message
from .pdf import make_pdf
from .xlsx import make_xlsx
from .mime import Leaf, Multi, Raw

BUY = ("Dana Ruiz", "dana.ruiz@buyer.example")


@case("fuses-mondays-only", "confirmation/pl-PL",
      "'Dostawy tylko w poniedziałki, najwcześniej 14.12.' moves every line to Monday 2026-12-14 (date without a year).")
def c037():
    s = sup("BEZPPL", "Bezpieczniki Polska Sp. z o.o.", "zamowienia@bezpieczniki-pl.example", "pl-PL")
    po = PO("4500031137", s, "PLN", [
        ("FU-NH00-125A", "NH00 fuse link gG 125 A, 500V", 200, "PCS", "14.60", "2026-12-10"),
        ("FU-PV-10x38-20A", "PV fuse 10x38 mm 20 A, 1000V DC", 600, "PCS", "6.80", "2026-12-10"),
        ("FU-BASE-NH00", "NH00 fuse base, 160 A, 3-pole", 40, "PCS", "78.00", "2026-12-10")])
    text = ("Dzień dobry,\n\npotwierdzamy zamówienie 4500031137 – ilości i ceny bez zmian.\n\n"
            "Uwaga: dostawy realizujemy tylko w poniedziałki, najwcześniej 14.12.\n\n"
            "Pozdrawiam\nAgnieszka Wróbel\nDział Obsługi Klienta\nBezpieczniki Polska Sp. z o.o.\nul. Przemysłowa 27, 41-100 Siemianowice Śląskie\n"
            "tel. +48 32 555 61 40\n")
    msg = reply("037", po, "2026-11-12 12:12 +0100", text, frm=("Agnieszka Wróbel", "a.wrobel@bezpieczniki-pl.example"),
                prefix="Odp:", lang="pl", charset="windows-1250", html=True)
    d = D(2026, 12, 14)
    return [po], msg, exp("confirmation", "Quantities and prices unchanged, but deliveries only on Mondays, first possible 14.12. (no year -> Mon 2026-12-14), after the requested Thu 10.12., so all lines change date.",
                          conf(po, {1: C(d=d), 2: C(d=d), 3: C(d=d)}))


@case("feed-blocks-rest-as-po", "confirmation/en-NZ",
      "Two changed lines followed by 'The rest as per your PO' covering lines 3 and 4.")
def c038():
    s = sup("CANTYFEED", "Canterbury Stockfeed Ltd", "orders@cantystockfeed.example", "en-NZ")
    po = PO("4500031138", s, "NZD", [
        ("FB-MAG-20", "Magnesium lick block 20 kg", 300, "PCS", "19.80", "2026-12-11"),
        ("FB-SECO-20", "Selenium/cobalt lick block 20 kg", 150, "PCS", "23.40", "2026-12-11"),
        ("FB-PROT-25", "Protein feed block 25 kg, 30% CP", 120, "PCS", "31.50", "2026-12-11"),
        ("FB-HLDR-STL", "Steel block holder, wall mount", 40, "PCS", "27.00", "2026-12-11")], buyer="jonas")
    text = ("Kia ora Jonas,\n\nLine 1 - 240 only, balance of 60 cancelled (mag oxide shortage).\n"
            "Line 2 - price up to $24.10 due to the mineral premix cost.\n"
            "The rest as per your PO. Delivery Fri 11 Dec.\n\n"
            "Ngā mihi,\nAroha Tane\nCustomer Services\nCanterbury Stockfeed Ltd | 55 Railway Tce, Rolleston 7615 | 03 555 0178\n")
    msg = reply("038", po, "2026-11-11 10:03 +1300", text, frm=("Aroha Tane", "aroha@cantystockfeed.example"),
                client="apple", quote="gt", attrib="On 2/11/2026, at 10:05 PM, Jonas Keller <jonas.keller@buyer.example> wrote:", html=True)
    return [po], msg, exp("confirmation", "Line 1 only 240 (rest cancelled), line 2 price 24.10; 'the rest as per your PO' accepts lines 3 and 4; 'Fri 11 Dec' = requested date for all.",
                          conf(po, {1: C(q=240), 2: C(p="24.10"), 3: A, 4: A}))


@case("chairs-icelandic", "confirmation/is-IS",
      "Icelandic reply (ISO-8859-1 with þ/ð) with krónur prices using a dot as thousands separator.")
def c039():
    s = sup("SKRIFST", "Skrifstofustólar ehf.", "pantanir@skrifstofustolar.example", "is-IS")
    po = PO("4500031139", s, "ISK", [
        ("OC-ERGO-HB", "Ergonomic office chair, high back, headrest, 2D arms", 20, "EA", "38900", "2026-12-11"),
        ("OC-VIS-4L-GRY", "Visitor chair 4-leg, chrome, fabric grey", 30, "EA", "14500", "2026-12-11")])
    text = ("Góðan dag Dana,\n\nVið staðfestum pöntun nr. 4500031139:\n\n"
            "Lína 1: 20 stk., verð 38.900 kr., afhending 11.12.2026.\n"
            "Lína 2: 30 stk., verð 15.200 kr. (verðhækkun frá framleiðanda), afhending 18.12.2026.\n\n"
            "Með kveðju,\nSigríður Þórðardóttir\nSölusvið\nSkrifstofustólar ehf. | Skeifunni 11, 108 Reykjavík | s. 555 4120\n")
    msg = reply("039", po, "2026-11-12 11:25 +0000", text, frm=("Sigríður Þórðardóttir", "sigridur@skrifstofustolar.example"),
                prefix="SV:", charset="iso-8859-1", html=True)
    return [po], msg, exp("confirmation", "Icelandic: '38.900 kr.' is 38900 (dot = thousands), line 1 as ordered; line 2 15.200 kr. and 18.12.2026.",
                          conf(po, {1: A, 2: C(p="15200", d=D(2026, 12, 18))}))


@case("blankets-maltese", "confirmation/mt-MT",
      "Maltese reply mixing English, with euro prices before the number and a later date for line 2.")
def c040():
    s = sup("HARSIEN", "Harsien min-Nar Ltd", "orders@harsien.example", "mt-MT")
    po = PO("4500031140", s, "EUR", [
        ("FB-1.2x1.2-EN", "Fire blanket 1.2 x 1.2 m, EN 1869", 80, "EA", "19.50", "2026-12-11"),
        ("FB-1.8x1.8-IND", "Industrial fire blanket 1.8 x 1.8 m, 550 C", 20, "EA", "64.00", "2026-12-11")])
    text = ("Bonġu Dana,\n\nQed nikkonfermaw l-ordni 4500031140:\n\n"
            "Linja 1: 80 biċċa bi €19.50 kull waħda, kunsinna 11/12/2026.\n"
            "Linja 2: 20 biċċa bi €66.00 - the price went up from the manufacturer - kunsinna 15/12/2026.\n\n"
            "Grazzi u saħħa,\nĊikku Borġ\nHarsien min-Nar Ltd\nTriq il-Fabbrika, Ħal Far BBG 3000, Malta\nTel: +356 2155 5081\n")
    msg = reply("040", po, "2026-11-13 08:37 +0100", text, frm=("Ċikku Borġ", "cikku.borg@harsien.example"), html=True)
    return [po], msg, exp("confirmation", "Maltese/English mix: line 1 as ordered, line 2 €66.00 and 15/12/2026 (day-first).",
                          conf(po, {1: A, 2: C(p="66.00", d=D(2026, 12, 15))}))


@case("filters-price-only-in-quote", "needs_review/lv-LV",
      "Latvian reply says the price of line 2 changed 'per our 2027 price list' without a value; the only price is our own quoted one.")
def c041():
    s = sup("TIRUDENS", "SIA Tīrais Ūdens", "pasutijumi@tiraisudens.example", "lv-LV")
    po = PO("4500031141", s, "EUR", [
        ("WF-JUG-2.4", "Water filter jug 2.4 l, with 1 cartridge", 240, "PCS", "8.90", "2026-12-11"),
        ("WF-CART-3PK", "Replacement filter cartridge, pack of 3", 400, "BOX", "6.75", "2026-12-11")])
    text = ("Labdien!\n\nPaldies par pasūtījumu 4500031141. Piegāde kā pieprasīts, taču pozīcijai 2 cena ir mainīta "
            "saskaņā ar mūsu 2027. gada cenrādi.\n\nAr cieņu\nInga Bērziņa\nSIA Tīrais Ūdens | Rūpniecības iela 5, Rīga, LV-1045 | +371 6755 5128\n")
    msg = reply("041", po, "2026-11-12 15:44 +0200", text, frm=("Inga Bērziņa", "inga.berzina@tiraisudens.example"),
                charset="windows-1257", html=True)
    return [po], msg, exp("needs_review", "Line 2's price is changed to an unstated 2027 list price; the only figure in the mail (6.75) is in our quoted request, so the confirmation cannot be booked without asking.")


@case("jars-two-of-three-pos", "confirmation/sl-SI",
      "Three open POs; the Slovenian reply answers two (one as ordered, one with a new price) and ignores the third.")
def c042():
    s = sup("STSAVINJA", "Steklarna Savinja d.o.o.", "narocila@steklarna-savinja.example", "sl-SI")
    pa = PO("4500031142", s, "EUR", [
        ("GJ-580-TO82", "Glass jar 580 ml, twist-off 82 mm, flint", 2400, "PCS", "0.39", "2026-12-11"),
        ("LID-TO82-BLK", "Twist-off lid 82 mm, black", 2400, "PCS", "0.075", "2026-12-11")])
    pb = PO("4500031242", s, "EUR", [
        ("GJ-106-TO53-HEX", "Glass jar 106 ml, twist-off 53 mm, hexagonal", 6000, "PCS", "0.21", "2026-12-18")], issued="2026-11-03")
    pc = PO("4500031243", s, "EUR", [
        ("GJ-720-TO82", "Glass jar 720 ml, twist-off 82 mm", 1200, "PCS", "0.44", "2027-01-15")], issued="2026-11-05")
    text = ("Pozdravljeni,\n\npotrjujemo naročilnici:\n\n"
            "4500031142 - vse postavke kot naročeno.\n"
            "4500031242 - 6.000 kos, cena 0,23 EUR/kos, dobava 18. 12. 2026.\n\n"
            "Lep pozdrav,\nMaja Kranjc\nProdaja\nSteklarna Savinja d.o.o., Cesta v Rogatec 12, 3250 Rogaška Slatina\nT: +386 3 555 12 40\n")
    msg = reply("042", pa, "2026-11-11 09:05 +0100", text, frm=("Maja Kranjc", "maja.kranjc@steklarna-savinja.example"),
                charset="iso-8859-2", html=True)
    return [pa, pb, pc], msg, exp("confirmation", "PO 4500031142 accepted in full, PO 4500031242 price 0.23 instead of 0.21 (same qty/date); PO 4500031243 is not mentioned and is left out.",
                                  conf(pa, {1: A, 2: A}), conf(pb, {1: C(p="0.23")}))


@case("fence-ooo-bilingual", "auto_reply/fr-BE",
      "Bilingual French/Dutch out-of-office with a return date and a colleague's number.")
def c043():
    s = sup("CLOTARD", "Clôtures Électriques Ardennes SA", "commandes@clotures-ardennes.example", "fr-BE")
    po = PO("4500031143", s, "EUR", [
        ("EF-NET-90-50", "Electric sheep netting 90 cm x 50 m", 60, "ROL", "48.50", "2026-12-11"),
        ("EF-EARTH-1M", "Earth rod galvanised 1 m, 16 mm", 100, "PCS", "6.30", "2026-12-11")])
    text = ("Bonjour,\n\nJe suis absent jusqu'au 23/11 inclus. Pour toute commande urgente, veuillez contacter "
            "Mme Delvaux au +32 61 55 52 18.\n\n---\n\nGoedendag,\n\nIk ben afwezig tot en met 23/11. Voor dringende bestellingen "
            "kunt u contact opnemen met mevr. Delvaux op +32 61 55 52 18.\n\nPierre Lambert\n")
    msg = reply("043", po, "2026-11-10 10:06 +0100", text, frm=("Pierre Lambert", "p.lambert@clotures-ardennes.example"),
                subject="Réponse automatique : " + req_subject(po), quote=None, charset="iso-8859-1",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], msg, exp("auto_reply", "Out-of-office in French and Dutch; '23/11' is the return date.")


@case("yoga-mats-koi8", "confirmation/ru-RU",
      "Russian KOI8-R reply with ship dates only ('отгрузка') and a reduced quantity on line 2.")
def c044():
    s = sup("YOGAPRO", "OOO Yoga Pro", "zakaz@yogapro.example", "ru-RU")
    po = PO("4500031144", s, "RUB", [
        ("YM-PVC-173-4", "Yoga mat PVC 173x61 cm, 4 mm, blue", 500, "PCS", "690.00", "2026-12-11"),
        ("YM-PVC-173-8", "Yoga mat PVC 173x61 cm, 8 mm, grey", 300, "PCS", "940.00", "2026-12-11")])
    text = ("Добрый день!\n\nПодтверждаем заказ 4500031144:\n\n"
            "поз. 1 - 500 шт. по 690,00 руб., отгрузка 11.12.2026\n"
            "поз. 2 - 250 шт. (больше нет на складе) по 940,00 руб., отгрузка 11.12.2026\n\n"
            "С уважением,\nЕлена Смирнова\nменеджер по продажам\nООО \"Йога Про\", г. Москва, ул. Складочная, д. 1, стр. 18\nтел. +7 495 555-31-08\n")
    msg = reply("044", po, "2026-11-12 13:31 +0300", text, frm=("Елена Смирнова", "e.smirnova@yogapro.example"),
                charset="koi8-r", cte="8bit", client="thunderbird", quote="gt",
                attrib="02.11.2026 12:05, Dana Ruiz пишет:")
    return [po], msg, exp("confirmation", "Only ship dates ('отгрузка') are given and equal the requested date; line 2 only 250 of 300.",
                          conf(po, {1: A, 2: C(q=250)}))


@case("malt-ship-vs-delivery", "confirmation/uk-UA",
      "Ukrainian reply giving both a shipment date (07.12) and a later delivery date (14.12); the delivery date wins.")
def c045():
    s = sup("SOLODDIM", "Solodovyi Dim LLC", "sales@solodovyidim.example", "uk-UA")
    po = PO("4500031145", s, "EUR", [
        ("MLT-WHT-4", "Wheat malt 4 EBC, big bag 1 t", 10000, "KG", "0.62", "2026-12-11"),
        ("MLT-CHOC-900", "Chocolate malt 900 EBC, 25 kg bags", 500, "KG", "1.35", "2026-12-11")])
    text = ("Доброго дня!\n\nПідтверджуємо замовлення 4500031145:\n\n"
            "поз. 1 – 10 000 кг по 0,62 EUR/кг, відвантаження 07.12.2026, доставка до Антверпена 14.12.2026\n"
            "поз. 2 – 500 кг по 1,38 EUR/кг, відвантаження 07.12.2026, доставка 14.12.2026\n\n"
            "З повагою,\nОксана Ковальчук\nвідділ експорту\nТОВ \"Солодовий Дім\", м. Житомир, вул. Промислова, 4\nтел. +380 412 55 51 09\n")
    msg = reply("045", po, "2026-11-13 10:50 +0200", text, frm=("Оксана Ковальчук", "o.kovalchuk@solodovyidim.example"),
                charset="windows-1251", cte="base64", html=True)
    d = D(2026, 12, 14)
    return [po], msg, exp("confirmation", "Ship date 07.12 vs delivery 14.12: the delivery date wins for both lines; line 2 price 1.38 instead of 1.35.",
                          conf(po, {1: C(d=d), 2: C(p="1.38", d=d)}))


@case("seat-fabric-price-list", "unrelated/tr-TR",
      "Turkish 2027 price list with an XLSX attachment; prices and a validity date, but no answer to the PO.")
def c046():
    s = sup("ANADOLU", "Anadolu Döşemelik Kumaş A.Ş.", "satis@anadoludosemelik.example", "tr-TR")
    po = PO("4500031146", s, "EUR", [
        ("TSF-JAC-145-RED", "Jacquard seat fabric 145 cm, 480 g/m2, red, EN 45545 HL3", 700, "M", "16.80", "2026-12-18")])
    x = make_xlsx([["Ürün kodu", "Açıklama", "Birim", "Fiyat EUR (01.01.2027)"],
                   ["TSF-JAC-145-RED", "Jakar koltuk kumaşı 145 cm 480 g/m2", "m", 17.6],
                   ["TSF-VEL-150-BLU", "Kadife 150 cm 540 g/m2", "m", 12.9],
                   ["TSF-MOQ-140-GRN", "Moket 140 cm 620 g/m2", "m", 25.4]], "Fiyat Listesi 2027")
    text = ("Sayın Yetkili,\n\n2027 fiyat listemiz ektedir. Fiyatlar 01.01.2027 tarihinden itibaren geçerlidir; "
            "31.12.2026 tarihine kadar verilen siparişler mevcut fiyatlardan faturalandırılır.\n\n"
            "Saygılarımızla,\nAnadolu Döşemelik Kumaş A.Ş.\nSatış Departmanı\nOrganize Sanayi Bölgesi 3. Cad. No:14, 38070 Kayseri\nTel: +90 352 555 12 80\n")
    msg = reply("046", po, "2026-11-19 09:30 +0300", text, frm=("Anadolu Döşemelik Satış", "satis@anadoludosemelik.example"),
                subject="2027 Fiyat Listesi / Price list 2027", quote=None, thread=False, charset="windows-1254",
                html=True, attachments=[att(x, "Fiyat_Listesi_2027.xlsx")])
    return [po], msg, exp("unrelated", "General 2027 price list mailing (not threaded, no PO number); it even lists our item at 17.60 but does not answer PO 4500031146.")


@case("gloves-exim-bounce", "bounce/bg-BG",
      "Plain-text Exim bounce (no multipart/report) with the full original request appended.")
def c047():
    s = sup("MEDGLOVE", "Medical Glove EOOD", "orders@medglove.example", "bg-BG")
    po = PO("4500031147", s, "EUR", [
        ("GLV-VIN-L-100", "Vinyl gloves, powder-free, size L, 100/box", 600, "BOX", "2.95", "2026-12-11"),
        ("GLV-NIT-XL-90", "Nitrile gloves, size XL, 90/box, 4.2 g", 200, "BOX", "5.60", "2026-12-11")], issued="2026-11-12")
    oh, ob = request_message(po)
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
            "The following address(es) failed:\n\n  orders@medglove.example\n    host mx.medglove.example [198.51.100.7]\n"
            "    SMTP error from remote mail server after RCPT TO:<orders@medglove.example>:\n"
            "    550 5.7.1 Mailbox disabled for this recipient\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            + "\n".join(oh) + "\n\n" + ob)
    body = Leaf("text/plain", text, "utf-8", "8bit")
    msg = message([("Return-path", "<>"), ("From", "Mail Delivery System <Mailer-Daemon@mx2.buyer.example>"),
                   ("To", po["buyer"]["email"]), ("Subject", "Mail delivery failed: returning message to sender"),
                   ("Date", rfcdate("2026-11-12 10:06 +0100")), ("Message-Id", "<E1vK7Qz-0004xH-9T@mx2.buyer.example>"),
                   ("X-Failed-Recipients", "orders@medglove.example"), ("Auto-Submitted", "auto-replied")], body)
    return [po], msg, exp("bounce", "Plain-text Exim bounce (550 mailbox disabled); the copied original contains the PO lines and dates.")


@case("buoys-arabic-html", "confirmation/ar-AE",
      "HTML-only right-to-left Arabic reply with English phrases, AED prices with thousands commas.")
def c048():
    s = sup("GULFBUOY", "Gulf Marine Buoys LLC", "sales@gulfmarinebuoys.example", "ar-AE")
    po = PO("4500031148", s, "AED", [
        ("HB-MOOR-1200", "Mooring buoy 1200 mm, polyethylene, foam-filled, yellow", 6, "EA", "4850.00", "2026-12-18"),
        ("HB-CAN-RED-2NM", "Channel marker can buoy, red, with 2 nm LED", 4, "EA", "7300.00", "2026-12-18")], buyer="priya")
    quote = quote_block(po, "outlook").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
    htm = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body dir="rtl" style="font-family:Tahoma"><p>السيدة بريا المحترمة،</p>'
           '<p>نؤكد استلام أمر الشراء رقم 4500031148 ونؤكد التوريد كما هو مطلوب:</p>'
           '<p>البند 1: 6 قطع، السعر 4,850.00 درهم للقطعة، التسليم 18/12/2026<br>'
           'البند 2: 4 قطع، السعر 7,300.00 درهم للقطعة، التسليم 18/12/2026</p>'
           '<p dir="ltr">Best regards,<br>Omar Al Hashimi<br>Sales Coordinator | Gulf Marine Buoys LLC<br>'
           'Plot 22, Mussafah M-40, Abu Dhabi, UAE | +971 2 555 0418</p><hr><div dir="ltr">%s</div></body></html>\n' % quote)
    msg = reply("048", po, "2026-11-14 09:12 +0400", "", frm=("Omar Al Hashimi", "omar.hashimi@gulfmarinebuoys.example"),
                html=htm, html_only=True, cte="base64", quote=None)
    return [po], msg, exp("confirmation", "Arabic HTML-only reply: both lines confirmed 'as requested' with the PO prices (4,850.00 = 4850.00) and 18/12/2026.",
                          conf(po, {1: A, 2: A}))


@case("ladders-hebrew-question", "needs_review/he-IL",
      "Hebrew reply asking which ladder size is meant and saying our price is from the old list; no commitment.")
def c049():
    s = sup("GALILLAD", "Galil Ladders Ltd", "orders@galil-ladders.example", "he-IL")
    po = PO("4500031149", s, "ILS", [
        ("AL-TRIPLE-3x10", "Aluminium triple ladder 3x10 rungs, 150 kg", 12, "EA", "890.00", "2026-12-11"),
        ("AL-STEP-2x4", "Aluminium double step ladder 2x4, 125 kg", 30, "EA", "245.00", "2026-12-11")])
    text = ("שלום דנה,\n\nלגבי הזמנה 4500031149 – לפני שנאשר:\n"
            "1. האם הכוונה לסולם 3x9 או 3x10 שלבים? בקטלוג החדש שלנו דגם 3x10 הוחלף.\n"
            "2. המחיר ליחידה שרשמתם הוא מהמחירון הישן, נשלח הצעה מעודכנת.\n\n"
            "תודה,\nיוסי לוי\nמחלקת מכירות | סולמות הגליל בע\"מ\nאזור תעשייה צפוני, כרמיאל | 04-9555123\n")
    msg = reply("049", po, "2026-11-11 11:40 +0200", text, frm=("Yossi Levi", "yossi@galil-ladders.example"),
                charset="windows-1255", html=True)
    return [po], msg, exp("needs_review", "Questions about the model (3x9 vs 3x10) and an announced new price without values: nothing is confirmed.")


@case("corks-shift-jis", "confirmation/ja-JP",
      "Japanese Shift_JIS reply (base64) with 年月日 dates, a reduced quantity and a later date on line 2.")
def c050():
    s = sup("CORKTOYO", "Cork Toyo Co., Ltd.", "eigyo@corktoyo.example", "ja-JP")
    po = PO("4500031150", s, "JPY", [
        ("CRK-WINE-38x24", "Wine cork 38x24 mm, colmated", 30000, "PCS", "38", "2026-12-11"),
        ("CRK-BAR-T-20", "Bar-top cork T 20 mm, wooden head", 10000, "PCS", "52", "2026-12-11")])
    text = ("Meridian Supply Group\nDana Ruiz 様\n\nいつもお世話になっております。株式会社コルク東洋の佐藤でございます。\n\n"
            "ご注文番号 4500031150 につきまして、下記の通りお請けいたします。\n\n"
            "1. CRK-WINE-38x24  数量 30,000個  単価 38円  納期 2026年12月11日\n"
            "2. CRK-BAR-T-20    数量 8,000個   単価 52円  納期 2026年12月18日\n"
            "   （残り2,000個は欠品のためキャンセルとさせていただきます）\n\n"
            "何卒よろしくお願い申し上げます。\n\n株式会社コルク東洋 営業部\n佐藤 健一\n〒541-0051 大阪府大阪市中央区備後町2-5-8\nTEL 06-6555-2180\n")
    msg = reply("050", po, "2026-11-12 17:20 +0900", text, frm=("佐藤 健一", "k.sato@corktoyo.example"),
                charset="shift_jis", cte="base64", client="thunderbird", quote="gt",
                attrib="2026/11/02 18:05, Dana Ruiz wrote:")
    return [po], msg, exp("confirmation", "Line 1 as ordered; line 2 only 8,000 of 10,000 (rest cancelled) and 2026-12-18.",
                          conf(po, {1: A, 2: C(q=8000, d=D(2026, 12, 18))}))


@case("led-strips-gb2312", "confirmation/zh-CN",
      "Simplified Chinese GB2312 reply: one line as ordered, one with a new price, the controller rejected.")
def c051():
    s = sup("SZAQUA", "Shenzhen Aqua Optoelectronics Co., Ltd.", "sales@szaquaopto.example", "zh-CN")
    po = PO("4500031151", s, "CNY", [
        ("AQ-LED-30-RGB", "Aquarium LED strip 30 cm, RGB, 12V, IP68", 1000, "EA", "18.50", "2026-12-11"),
        ("AQ-LED-60-RGB", "Aquarium LED strip 60 cm, RGB, 12V, IP68", 800, "EA", "29.00", "2026-12-11"),
        ("AQ-CTRL-RF44", "RF remote controller 12V, 44 keys", 1800, "EA", "6.20", "2026-12-11")])
    text = ("Dana 您好！\n\n关于贵司订单 4500031151，确认如下：\n\n"
            "1. 1000条，单价 18.50 元，交期 2026年12月11日\n"
            "2. 800条，单价 29.80 元（铜价上涨），交期 2026年12月11日\n"
            "3. 遥控器目前缺货，无法供货，抱歉。\n\n"
            "谢谢！\n王丽\n外贸部\n深圳市水族光电有限公司\n深圳市宝安区石岩街道工业路18号\n电话：+86 755 5555 3180\n")
    msg = reply("051", po, "2026-11-12 15:02 +0800", text, frm=("王丽", "wangli@szaquaopto.example"),
                subject="回复: " + req_subject(po), charset="gb2312", cte="base64", html=True)
    return [po], msg, exp("confirmation", "Line 1 as ordered, line 2 price 29.80 instead of 29.00, line 3 out of stock -> rejected; 12V/44 keys are descriptions.",
                          conf(po, {1: A, 2: C(p="29.80"), 3: R}))


@case("hockey-big5-schedule", "confirmation/zh-TW",
      "Traditional Chinese Big5 reply splitting line 1 into two deliveries (2026/12/18 and 2027/01/08).")
def c052():
    s = sup("TWHOCKEY", "Taiwan Hockey Gear Co., Ltd.", "sales@twhockey.example", "zh-TW")
    po = PO("4500031152", s, "USD", [
        ("HK-CARB-SR-P88", "Carbon hockey stick senior P88, flex 77, 400 g", 500, "EA", "42.00", "2026-12-18"),
        ("HK-CARB-INT-P92", "Carbon hockey stick intermediate P92, flex 55", 300, "EA", "36.50", "2026-12-18")])
    text = ("Dana 您好，\n\n貴公司訂單 4500031152 確認如下：\n\n"
            "第1項：500支分兩批交貨：300支於2026/12/18交貨，其餘200支於2027/01/08交貨，單價不變。\n"
            "第2項：300支，單價 USD 36.50，2026/12/18 交貨。\n\n"
            "敬祝 商祺\n陳志明\n業務部\n台灣冰球器材股份有限公司\n台中市西屯區工業區一路58號\nTel: +886 4 2355 5016\n")
    msg = reply("052", po, "2026-11-13 11:11 +0800", text, frm=("陳志明", "cm.chen@twhockey.example"),
                subject="回覆: " + req_subject(po), charset="big5", cte="base64", html=True)
    return [po], msg, exp("confirmation", "Line 1 split 300 on 2026-12-18 + 200 on 2027-01-08 (same total and price); line 2 as ordered.",
                          conf(po, {1: C(s=[(300, D(2026, 12, 18)), (200, D(2027, 1, 8))]), 2: A}))


@case("foam-indonesian-reject", "confirmation/id-ID",
      "Indonesian reply with rupiah prices (dot thousands), ship dates in words ('9 Desember 2026') and one rejected line.")
def c053():
    s = sup("BUSANUS", "PT Busa Nusantara", "penjualan@busanusantara.example", "id-ID")
    po = PO("4500031153", s, "IDR", [
        ("IF-EPE-10-1x100", "EPE foam sheet 10 mm, roll 1 x 100 m", 40, "ROL", "1250000", "2026-12-11"),
        ("IF-EVA-5-1x2-BLK", "EVA foam sheet 5 mm, 1x2 m, black", 500, "PCS", "68000", "2026-12-11"),
        ("IF-PU-SPRAY-1L", "PU spray foam 1 L, closed cell", 200, "PCS", "145000", "2026-12-11")])
    text = ("Dengan hormat,\n\nKami konfirmasi PO 4500031153 sebagai berikut:\n\n"
            "1. 40 rol @ Rp 1.250.000, dikirim tanggal 9 Desember 2026\n"
            "2. 500 lembar @ Rp 68.000, dikirim tanggal 9 Desember 2026\n"
            "3. Mohon maaf, item ini tidak dapat kami penuhi (sudah tidak diproduksi lagi).\n\n"
            "Hormat kami,\nDewi Lestari\nBagian Penjualan\nPT Busa Nusantara\nJl. Raya Serang Km. 24, Balaraja, Tangerang 15610\nTelp. (021) 5595 1207\n")
    msg = reply("053", po, "2026-11-12 14:15 +0700", text, frm=("Dewi Lestari", "dewi@busanusantara.example"), html=True)
    d = D(2026, 12, 9)
    return [po], msg, exp("confirmation", "'Dikirim' = shipped: the ship date 9 Desember 2026 is the only date, so lines 1-2 change date; Rp 1.250.000 uses dots as thousands; line 3 rejected.",
                          conf(po, {1: C(d=d), 2: C(d=d), 3: R}))
