"""Cases 055-070."""
from .common import (case, sup, L, PO, conf, A, C, R, U, Text, Alt, Multi, Attach, Part, mail, addr, date,
                     buyer_addr, req_subject, request_text, request_html, gt, outlook_quote)


@case("sq-al-nut-drivers-new-thread", "confirmation", "sq-AL",
      "Albanian confirmation starting a new thread (no request on record); line 1 moves to '15 janar 2027', prices in lekë with dot grouping.")
def c():
    s = sup("VEGLAT", "Vegla Tirana sh.p.k.", "shitje@veglatirana.example", "sq-AL")
    po = PO("4500032687", s, "jonas", "ALL", "2026-11-27", [
        L("ND-SET-8-AL", "Nut driver set 8 pcs, 5-13 mm", 30, "SET", "2400.00", "2027-01-08"),
        L("ND-6-AL", "Nut driver 6 mm", 50, "EA", "450.00", "2027-01-08")], req=False)
    body = ("Përshëndetje z. Weber,\n\nKonfirmojmë porosinë tuaj nr. 4500032687:\n\n"
            "1. ND-SET-8-AL - 30 komplete x 2.400 lekë, dorëzimi më 15 janar 2027\n"
            "2. ND-6-AL - 50 copë x 450 lekë, dorëzimi më 8 janar 2027\n\n"
            "Me respekt,\nErjon Hoxha\nVegla Tirana sh.p.k. | Rruga e Durrësit 120, Tiranë | Tel. +355 4 222 3344 | NIPT L12345678A\n")
    eml = mail(addr("Erjon Hoxha", s["email"]), buyer_addr(po), "Konfirmim porosie 4500032687",
               date(2026, 11, 30, 14, 0, 60), "<20261130130012.71c2@veglatirana.example>", Text(body), refs=[])
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: C(date="2027-01-15"), 2: A()})],
                notes="New thread, matched by the PO number. Line 1: 30 sets at 2.400 lekë (= 2400.00), delivery 15 January 2027 instead of 8 January -> changed. Line 2 as ordered.")


@case("mk-mk-pry-bars-confirm-tomorrow", "needs_review", "mk-MK",
      "Macedonian windows-1251 reply: stock is being checked, quantities, prices and dates will be confirmed tomorrow by noon.")
def c():
    s = sup("ALATSK", "Alati Skopje DOOEL", "prodazba@alatiskopje.example", "mk-MK")
    po = PO("4500032701", s, "marta", "MKD", "2026-11-27", [
        L("PB-300-MK", "Pry bar 300 mm", 40, "EA", "420.00", "2026-12-18"),
        L("PB-1000-MK", "Pry bar 1000 mm, heavy", 10, "EA", "1650.00", "2026-12-18")])
    body = ("Почитувана г-ѓо Линдквист,\n\nВи благодариме за нарачката 4500032701. Во моментов ги проверуваме залихите во "
            "магацинот во Битола. Количините, цените и роковите за испорака ќе ви ги потврдиме утре до пладне.\n\n"
            "Со почит,\nАна Стојановска\nАлати Скопје ДООЕЛ | тел. +389 2 3123 456\n\n" + gt(request_text(po)))
    eml = mail(addr("Ана Стојановска", s["email"], "windows-1251"), buyer_addr(po), "Одг: " + req_subject(po),
               date(2026, 11, 30, 10, 10, 60), "<f1e2d3c4b5a69788@alatiskopje.example>",
               Text(body, charset="windows-1251"), po=po)
    return dict(pos=[po], eml=eml, confs=None,
                notes="Thanks and a promise to confirm quantities, prices and dates tomorrow; nothing is committed -> needs_review.")


@case("ka-ge-respirators-georgian", "confirmation", "ka-GE",
      "Georgian (Mkhedruli) base64 reply confirming both lines as ordered with '18 დეკემბერს' dates and lari prices with decimal comma.")
def c():
    s = sup("GEOSAF", "Georgian Safety LLC", "sales@geosafety.example", "ka-GE")
    po = PO("4500032715", s, "priya", "GEL", "2026-11-27", [
        L("RS-FFP2-GE", "FFP2 respirator, box of 20", 50, "BOX", "38.00", "2026-12-18"),
        L("RS-HM-S", "Half mask respirator, small", 20, "EA", "45.00", "2026-12-18")])
    body = ("გამარჯობა პრია,\n\nვადასტურებთ შეკვეთას №4500032715:\n\n"
            "1. FFP2 რესპირატორი (RS-FFP2-GE) - 50 ყუთი, ფასი 38,00 ლარი, მიწოდება 18 დეკემბერს\n"
            "2. ნახევარნიღაბი S (RS-HM-S) - 20 ცალი, ფასი 45,00 ლარი, მიწოდება 18 დეკემბერს\n\n"
            "პატივისცემით,\nნინო ბერიძე\nშპს საქართველოს უსაფრთხოება | ტელ. +995 32 255 1234\n\n" + gt(request_text(po)))
    eml = mail(addr("ნინო ბერიძე", s["email"]), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 30, 13, 5, 240), "<CAKg3e9rT5yU7i=O1pAsD3fG5hJ7kL9@mail.gmail.example>",
               Text(body, cte="base64"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: A()})],
                notes="Both lines confirmed with ordered quantities and prices (38,00 / 45,00 lari); '18 დეკემბერს' (18 December, no year) = 2026-12-18 = requested.")


@case("hy-am-shop-vacuums-stock-6", "confirmation", "hy-AM",
      "Armenian reply: only 6 of 10 vacuums in stock, the other 4 cannot be supplied; filters as ordered.")
def c():
    s = sup("ARMTECH", "Armtech LLC", "sales@armtech.example", "hy-AM")
    po = PO("4500032729", s, "tom", "AMD", "2026-11-27", [
        L("SV-25-AM", "Shop vacuum 25 l, 1250 W", 10, "EA", "48500.00", "2026-12-21"),
        L("SV-FILT-25", "Cartridge filter for SV-25", 20, "EA", "6900.00", "2026-12-21")])
    body = ("Բարև Ձեզ, պարոն Հեյլ,\n\nՀաստատում ենք Ձեր 4500032729 պատվերը՝\n\n"
            "1. SV-25-AM փոշեկուլ - պահեստում ունենք միայն 6 հատ, որոնք կառաքենք 21.12.2026-ին, գինը՝ 48 500 դրամ։ "
            "Մնացած 4 հատը չենք կարող մատակարարել։\n"
            "2. SV-FILT-25 ֆիլտր - 20 հատ, 6 900 դրամ, 21.12.2026։\n\nՀարգանքով՝\nԱրամ Պետրոսյան\nԱրմտեխ ՍՊԸ | +374 10 555 123\n\n"
            + gt(request_text(po)))
    eml = mail(addr("Արամ Պետրոսյան", s["email"]), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 30, 11, 45, 240), "<a0b1c2d3e4f5.armtech@mail.armtech.example>", Text(body), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: C(qty=6), 2: A()})],
                notes="Line 1: only 6 pcs confirmed (the remaining 4 cannot be supplied), price 48 500 and date 21.12.2026 as ordered -> changed quantity 6. Line 2 as ordered.")


@case("kk-kz-tarpaulins-price-circular", "unrelated", "kk-KZ",
      "Kazakh/Russian circular to all customers announcing +7% from 01.01.2027 with a CSV price list; not an answer to the PO.")
def c():
    s = sup("KAZTENT", "TOO Kaztent", "sales@kaztent.example", "kk-KZ")
    po = PO("4500032743", s, "jonas", "KZT", "2026-11-27", [
        L("TP-5X6-KZ", "Tarpaulin 5 x 6 m, 120 g/m2", 100, "EA", "6900.00", "2027-02-05")], req=False)
    body = ("Құрметті серіктестер!\n\n2027 жылғы 1 қаңтардан бастап барлық тент өнімдерінің бағасы орта есеппен 7%-ға көтерілетінін "
            "хабарлаймыз. 2026 жылғы 31 желтоқсанға дейін расталған тапсырыстар қолданыстағы бағамен жөнелтіледі.\n\n"
            "Уважаемые партнеры!\n\nСообщаем, что с 01.01.2027 цены на всю продукцию (тенты, укрывной материал) повышаются "
            "в среднем на 7%. Заказы, подтвержденные до 31.12.2026, отгружаются по действующим ценам. Новый прайс-лист во вложении.\n\n"
            "С уважением,\nкоммерческий отдел ТОО «Казтент»\nг. Алматы, ул. Толе би 101 | +7 727 355 12 34\n")
    csv = ("Артикул;Наименование;Цена до 31.12.2026, тг;Цена с 01.01.2027, тг\n"
           "TP-3X4-KZ;Тент 3x4 м, 120 г/м2;2 950;3 160\nTP-5X6-KZ;Тент 5x6 м, 120 г/м2;6 900;7 380\n"
           "TP-8X10-KZ;Тент 8x10 м, 180 г/м2;18 400;19 690\n").encode("utf-8")
    eml = mail(addr("ТОО Казтент", "sales@kaztent.example"), "undisclosed-recipients:;",
               "Баға өзгерісі / Изменение цен с 01.01.2027", date(2026, 11, 30, 9, 0, 300),
               "<circular-2027-prices.1764475200@kaztent.example>",
               Multi("mixed", [Text(body, cte="base64"), Attach(csv, "text/csv; charset=utf-8", "price_2027.csv")]), refs=[])
    return dict(pos=[po], eml=eml, confs=None,
                notes="A general price-increase circular (undisclosed recipients, new thread) that lists our item but does not answer PO 4500032743 -> unrelated.")


@case("bn-bd-tube-cutters-bengali-digits", "confirmation", "bn-BD",
      "Bengali reply written with Bengali digits (৪৫০০০৩২৭৫৭, ৮৫০.০০, ২১/১২/২০২৬) confirming everything as ordered.")
def c():
    s = sup("DHAKAT", "Dhaka Tools Ltd", "sales@dhakatools.example", "bn-BD")
    po = PO("4500032757", s, "priya", "BDT", "2026-11-27", [
        L("TC-32-BD", "Tube cutter 3-32 mm", 40, "EA", "850.00", "2026-12-21"),
        L("TC-BLADE-BD", "Spare cutting wheel, pack of 2", 80, "SET", "120.00", "2026-12-21")])
    body = ("প্রিয় প্রিয়া ম্যাডাম,\n\nআপনার ক্রয় আদেশ নং ৪৫০০০৩২৭৫৭ নিশ্চিত করছি:\n\n"
            "১. টিউব কাটার (TC-32-BD) - ৪০ পিস, প্রতি পিস ৮৫০.০০ টাকা, ডেলিভারি ২১/১২/২০২৬\n"
            "২. কাটিং হুইল (TC-BLADE-BD) - ৮০ সেট, প্রতি সেট ১২০.০০ টাকা, ডেলিভারি ২১/১২/২০২৬\n\n"
            "ধন্যবাদান্তে,\nমোঃ রফিকুল ইসলাম\nঢাকা টুলস লিমিটেড, তেজগাঁও, ঢাকা\nমোবাইল: +৮৮০ ১৭১১ ৫৫৫১২৩\n")
    eml = mail(addr("মোঃ রফিকুল ইসলাম", s["email"]), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 30, 12, 0, 360), "<CAL9p8o7i6u5y4t=3r2e1WqAsZxCvB@mail.gmail.example>",
               Alt(body, "<div>" + body.replace("\n", "<br>") + "</div>", cte="base64", style="gmail"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: A()})],
                notes="All figures in Bengali digits: 40 pcs at 850.00, 80 sets at 120.00, delivery 21/12/2026 - exactly the PO -> both accepted.")


@case("ta-in-wood-chisels-ooo-tamil", "auto_reply", "ta-IN",
      "Tamil + English out-of-office with absence dates 30.11.2026-04.12.2026 and a colleague's mobile number.")
def c():
    s = sup("CHNHT", "Chennai Hand Tools", "sales@chennaihandtools.example", "ta-IN")
    po = PO("4500032771", s, "marta", "INR", "2026-11-30", [
        L("WC-25-IN", "Wood chisel 25 mm, firmer", 100, "EA", "240.00", "2027-01-15")])
    body = ("வணக்கம்,\n\nநான் 30.11.2026 முதல் 04.12.2026 வரை அலுவலகத்தில் இல்லை. அவசர தேவைகளுக்கு திரு. கார்த்திக் "
            "(+91 94440 12345) அவர்களை தொடர்பு கொள்ளவும்.\n\n"
            "I am out of office from 30.11.2026 to 04.12.2026. For urgent matters please contact Mr. Karthik on +91 94440 12345.\n\n"
            "நன்றி / Thanks,\nலட்சுமி / Lakshmi\n")
    eml = mail(addr("Lakshmi Subramanian", s["email"]), buyer_addr(po), "Automatic reply: " + req_subject(po),
               date(2026, 11, 30, 10, 0, 330), "<MA0PR01MB7712C1D2E3F4A5B6@MA0PR01MB7712.INDPRD01.PROD.OUTLOOK.example>",
               Text(body), po=po, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return dict(pos=[po], eml=eml, confs=None,
                notes="Bilingual out-of-office auto reply; the dates are the absence period, not a delivery commitment.")


@case("ur-pk-axle-stands-urdu-price", "confirmation", "ur-PK",
      "Urdu RTL reply (multipart, quoted-printable) with a steel-driven price rise on line 1 (7,850 vs 7,500 rupees) and dd-mm-yyyy dates.")
def c():
    s = sup("LHRTOOL", "Lahore Tools & Hardware", "sales@lahoretools.example", "ur-PK")
    po = PO("4500032785", s, "tom", "PKR", "2026-11-30", [
        L("AS-2T-PK", "Axle stand 2 t, pair", 50, "PR", "7500.00", "2027-01-08"),
        L("AS-5T-PK", "Axle stand 5 t, pair", 20, "PR", "13900.00", "2027-01-08")])
    txt = ("محترم ٹام صاحب،\n\nالسلام علیکم۔ آپ کے پرچیز آرڈر نمبر 4500032785 کی تصدیق درج ذیل ہے:\n\n"
           "آئٹم 1 (AS-2T-PK): 50 جوڑے، فی جوڑا قیمت 7,850 روپے (اسٹیل کی قیمت میں اضافے کی وجہ سے)، ترسیل 08-01-2027\n"
           "آئٹم 2 (AS-5T-PK): 20 جوڑے، فی جوڑا قیمت 13,900 روپے، ترسیل 08-01-2027\n\n"
           "شکریہ،\nمحمد عمران\nلاہور ٹولز اینڈ ہارڈویئر، بادامی باغ، لاہور\nفون: 042-37654321\n")
    html = "<html dir=\"rtl\"><body><div dir=\"rtl\" style=\"font-family:'Jameel Noori Nastaleeq'\">" + txt.replace("\n", "<br>\n") + "</div></body></html>"
    eml = mail(addr("محمد عمران", s["email"]), buyer_addr(po), "RE: " + req_subject(po),
               date(2026, 11, 30, 16, 30, 300), "<000c01dd62b4$1a2b3c40$4e5f6a70$@lahoretools.example>",
               Alt(txt, html, style="outlook"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: C(price="7850.00"), 2: A()})],
                notes="Line 1: 50 pairs, delivery 08-01-2027 (day-first = 2027-01-08) as ordered, but 7,850 rupees per pair instead of 7,500 -> changed. Line 2 as ordered.")


@case("en-sg-ball-valves-next-tuesday", "confirmation", "en-SG",
      "Singapore 'Noted with thanks' reply that actually commits: qty and price ok, delivery 'next Tuesday' (2026-12-01), earlier than 15 Dec.")
def c():
    s = sup("LCVALV", "Lion City Valves Pte Ltd", "sales@lioncityvalves.example", "en-SG")
    po = PO("4500032799", s, "jonas", "SGD", "2026-11-24", [
        L("BV-25-SG", "Ball valve 1\" brass, full bore, PN25", 60, "EA", "18.40", "2026-12-15"),
        L("BV-50-SG", "Ball valve 2\" brass, full bore, PN25", 20, "EA", "54.00", "2026-12-15")])
    body = ("Hi Jonas,\n\nNoted with thanks. Both items ex-stock, qty and price ok. Can deliver next Tuesday already, "
            "no need to wait until 15 Dec.\n\nRegards\nJasmine Tan\nLion City Valves Pte Ltd\n"
            "8 Kaki Bukit Ave 1, #05-12, Singapore 417941 | T +65 6555 1234 | GST Reg No. 201912345K\n\n"
            + outlook_quote(po, "Tuesday, 24 November 2026 4:18 PM", "en"))
    eml = mail(addr("Jasmine Tan", s["email"]), buyer_addr(po), "RE: " + req_subject(po),
               date(2026, 11, 26, 17, 10, 480), "<SG2PR06MB5432B1C2D3E4F5A6@SG2PR06MB5432.apcprd06.prod.outlook.example>",
               Text(body, cte="7bit"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: C(date="2026-12-01"), 2: C(date="2026-12-01")})],
                notes="Despite opening with 'Noted with thanks', it commits: quantities and prices ok, delivery 'next Tuesday' from Thu 2026-11-26 = 2026-12-01, earlier than the requested 2026-12-15 -> both lines changed (date only).")


@case("en-ng-copper-pipe-gmail-nxdomain", "bounce", "en-NG",
      "Google 'Delivery Status Notification (Failure)' - Address not found, NXDOMAIN for the Nigerian supplier's domain.")
def c():
    s = sup("LAGCU", "Lagos Copper & Pipes Ltd", "orders@lagoscopper.example", "en-NG")
    po = PO("4500032813", s, "priya", "NGN", "2026-11-30", [
        L("CU-15-NG", "Copper pipe 15 mm, 3 m lengths", 200, "M", "5200.00", "2027-01-15")])
    txt = ("\n** Address not found **\n\nYour message wasn't delivered to orders@lagoscopper.example because the domain "
           "lagoscopper.example couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
           "The response was:\n\nDNS Error: DNS type 'mx' lookup of lagoscopper.example responded with code NXDOMAIN\n"
           "Domain name not found: lagoscopper.example\n")
    html = ("<html><body><table><tr><td><h2 style=\"font-family:Google Sans,Roboto,Arial\">Address not found</h2>"
            "<p>Your message wasn't delivered to <a style=\"color:#212121\">orders@lagoscopper.example</a> because the domain "
            "lagoscopper.example couldn't be found. Check for typos or unnecessary spaces and try again.</p>"
            "<p><b>The response was:</b></p><p style=\"font-family:monospace\">DNS Error: DNS type 'mx' lookup of lagoscopper.example "
            "responded with code NXDOMAIN<br>Domain name not found: lagoscopper.example</p></td></tr></table></body></html>")
    ds = ("Reporting-MTA: dns; googlemail.example\nReceived-From-MTA: dns; priya.nair@kestrel-supply.example\n"
          "Arrival-Date: Mon, 30 Nov 2026 14:22:05 -0800 (PST)\nX-Original-Message-ID: " + po["request_message_id"] + "\n\n"
          "Final-Recipient: rfc822; orders@lagoscopper.example\nAction: failed\nStatus: 5.1.2\n"
          "Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of lagoscopper.example responded with code NXDOMAIN\n"
          "Last-Attempt-Date: Mon, 30 Nov 2026 14:22:06 -0800 (PST)\n")
    orig = (f"From: Priya Nair <priya.nair@kestrel-supply.example>\nTo: {s['email']}\nSubject: {req_subject(po)}\n"
            f"Date: Mon, 30 Nov 2026 23:22:04 +0100\nMessage-ID: {po['request_message_id']}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"UTF-8\"\n\n" + request_text(po))
    body = Multi("report", [
        Multi("related", [Alt(txt, html, style="gmail")], style="gmail"),
        Part([("Content-Type", "message/delivery-status")], ds.encode()),
        Part([("Content-Type", "message/rfc822")], orig.encode()),
    ], style="gmail", params="; report-type=delivery-status")
    eml = mail("Mail Delivery Subsystem <mailer-daemon@googlemail.example>", "priya.nair@kestrel-supply.example",
               "Delivery Status Notification (Failure)", date(2026, 11, 30, 14, 22, -480, 6),
               "<6571a3e2.050a0220.3f1c2.9b7dSMTPIN_ADDED_MISSING@mx.google.example>", body, po=po,
               extra=[("Auto-Submitted", "auto-replied")])
    return dict(pos=[po], eml=eml, confs=None,
                notes="Gmail-style DSN (Action: failed, 5.1.2 NXDOMAIN) for the PO request -> bounce.")


@case("zh-hk-drywall-screws-one-of-two", "confirmation", "zh-HK",
      "Cantonese Big5-HKSCS reply on PO 4500032828's thread: confirms that PO, and only mentions that 4500032827 is still waiting for the factory.")
def c():
    s = sup("HKHW", "HK Hardware Trading Co. Ltd.", "sales@hkhardware.example", "zh-HK")
    pa = PO("4500032827", s, "tom", "HKD", "2026-11-25", [
        L("DS-35-30-HK", "Drywall screw 3.5 x 30 mm, box of 1000", 40, "BOX", "78.00", "2026-12-18"),
        L("DS-35-50-HK", "Drywall screw 3.5 x 50 mm, box of 500", 40, "BOX", "72.00", "2026-12-18")])
    pb = PO("4500032828", s, "tom", "HKD", "2026-11-26", [
        L("DS-COLL-HK", "Collated drywall screws 3.9 x 35 mm, 1000 pcs strip", 30, "BOX", "165.00", "2027-01-08")])
    body = ("Tom 你好，\n\n訂單 4500032828 確認：自動送釘螺絲 DS-COLL-HK 30盒，每盒 HK$165.00，交貨日期 2027年1月8日（星期五）。\n\n"
            "至於訂單 4500032827，我哋仲等緊廠家回覆，遲啲再話你知。\n\nRegards,\n陳嘉欣 Karen Chan\n香港五金貿易有限公司\n"
            "Tel: 2555 1234  Fax: 2555 1235\n\n" + gt(request_text(pb)))
    eml = mail(addr("陳嘉欣 Karen Chan", s["email"]), buyer_addr(pb), "RE: " + req_subject(pb),
               date(2026, 11, 27, 15, 40, 480), "<HK0PR03MB4321A1B2C3D4E5F6@HK0PR03MB4321.apcprd03.prod.outlook.example>",
               Text(body, charset="big5-hkscs", cte="base64"), po=pb)
    return dict(pos=[pa, pb], eml=eml, confs=[conf(pb, {1: A()})],
                notes="Two open POs from the same supplier. PO 4500032828 is confirmed as ordered (30 boxes, HK$165.00, 2027-01-08). PO 4500032827 is only mentioned ('still waiting for the factory, will tell you later') -> left out of the confirmations.")


@case("fr-ca-earmuffs-discontinue", "confirmation", "fr-CA",
      "Québec French reply: line 1 confirmed (12,95 $), line 2 discontinued by the manufacturer; signature with GST/QST numbers.")
def c():
    s = sup("ESLSEC", "Équipements de Sécurité Laurentides inc.", "commandes@esl-securite.example", "fr-CA")
    po = PO("4500032842", s, "jonas", "CAD", "2026-11-26", [
        L("EM-NRR29-CA", "Earmuff NRR 29 dB, headband", 60, "EA", "12.95", "2026-12-15"),
        L("EM-ELEC-CA", "Electronic earmuff, level-dependent", 10, "EA", "84.50", "2026-12-15")])
    body = ("Bonjour M. Weber,\n\nNous confirmons la ligne 1 : 60 coquilles antibruit à 12,95 $ l'unité, livraison le 15 décembre.\n"
            "Pour la ligne 2, le modèle EM-ELEC-CA a été discontinué par le fabricant et nous ne pouvons malheureusement pas le fournir.\n\n"
            "Merci de votre confiance,\n\nGeneviève Tremblay\nService à la clientèle\nÉquipements de Sécurité Laurentides inc.\n"
            "450 555-0123, poste 204 | TPS 123456789 RT0001 | TVQ 1234567890 TQ0001\n\n"
            f"Le jeu. 26 nov. 2026, à 09 h 12, Jonas Weber <{po['buyer']['email']}> a écrit :\n" + gt(request_text(po)))
    eml = mail(addr("Geneviève Tremblay", s["email"]), buyer_addr(po), "RE : " + req_subject(po),
               date(2026, 11, 27, 14, 20, -300), "<YT3PR01MB6789C2D3E4F5A6B7@YT3PR01MB6789.CANPRD01.PROD.OUTLOOK.example>",
               Text(body), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: R()})],
                notes="Line 1 as ordered (12,95 $ = 12.95, 'le 15 décembre' = 2026-12-15). Line 2 discontinued and cannot be supplied -> rejected. Tax numbers in the signature are irrelevant.")


@case("fr-ch-filter-cartridges-ooo-bilingue", "auto_reply", "fr-CH",
      "Swiss French/German bilingual out-of-office until 'lundi 7 décembre 2026', ISO-8859-1 quoted-printable.")
def c():
    s = sup("SECROM", "Sécurité Romande SA", "info@securite-romande.example", "fr-CH")
    po = PO("4500032856", s, "marta", "CHF", "2026-11-27", [
        L("FC-A2-CH", "Gas filter A2, EN 14387, pair", 100, "PR", "21.80", "2026-12-18")])
    body = ("Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 7 décembre 2026. Votre message ne sera pas transféré. "
            "Pour toute commande urgente, merci de contacter notre service clients au +41 21 555 12 34.\n\n"
            "Guten Tag\n\nIch bin bis Montag, 7. Dezember 2026 abwesend. Ihre Nachricht wird nicht weitergeleitet. "
            "Für dringende Bestellungen wenden Sie sich bitte an unseren Kundendienst: +41 21 555 12 34.\n\n"
            "Claire Dubois\nSécurité Romande SA\n")
    eml = mail(addr("Claire Dubois", s["email"], "iso-8859-1"), buyer_addr(po), "Réponse automatique : " + req_subject(po),
               date(2026, 11, 27, 16, 0, 60), "<auto.20261127160000.cdubois@securite-romande.example>",
               Text(body, charset="iso-8859-1"), po=po, extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
               subject_charset="iso-8859-1")
    return dict(pos=[po], eml=eml, confs=None,
                notes="Bilingual out-of-office auto reply; 7 December is the return date, not a delivery date.")


@case("de-ch-grout-floats-transposed-price", "confirmation", "de-CH",
      "Swiss German reply (no ß, Fr. prices, 2'495.00 total): line 2 price 49.80 vs PO 48.90 (digit swap) and 'Mittwoch, 16.12.' without year.")
def c():
    s = sup("ZUERCH", "Baumaterial Zürcher AG", "verkauf@zuercher-bau.example", "de-CH")
    po = PO("4500032870", s, "priya", "CHF", "2026-11-27", [
        L("GF-EP-CH", "Epoxy grout float 280 mm, hard rubber", 100, "PC", "12.50", "2026-12-14"),
        L("GF-SET-CH", "Grouting set: float, sponge, bucket", 25, "SET", "48.90", "2026-12-14")])
    body = ("Grüezi Frau Nair\n\nBesten Dank für Ihre Bestellung 4500032870, die wir gerne bestätigen:\n\n"
            "Pos. 1: 100 Stk. à Fr. 12.50, Lieferung Montag, 14.12.\n"
            "Pos. 2: 25 Sets à Fr. 49.80, Lieferung Mittwoch, 16.12.\n\n"
            "Total netto Fr. 2'495.00 exkl. MwSt.\n\nFreundliche Grüsse\n\nBeat Zürcher\nBaumaterial Zürcher AG\n"
            "Hardturmstrasse 101 | 8005 Zürich | Tel. 044 555 12 34 | CHE-123.456.789 MWST\n"
            + outlook_quote(po, "Freitag, 27. November 2026 11:30", "de"))
    eml = mail(addr("Beat Zürcher", s["email"], "iso-8859-1"), buyer_addr(po), "AW: " + req_subject(po),
               date(2026, 11, 30, 8, 15, 60), "<ZR0P278MB0765D1E2F3A4B5C6@ZR0P278MB0765.CHEP278.PROD.OUTLOOK.example>",
               Text(body, charset="iso-8859-1"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: C(price="49.80", date="2026-12-16")})],
                notes="Line 1 as ordered (Montag, 14.12. = 2026-12-14). Line 2: Fr. 49.80 instead of 48.90 (the total 2'495.00 = 1'250 + 25 x 49.80 confirms it is not a typo) and Mittwoch, 16.12. = 2026-12-16 -> changed.")


@case("nl-be-heat-guns-o365-onbestelbaar", "bounce", "nl-BE",
      "Dutch Office 365 NDR 'Onbestelbaar' (5.1.10 RecipientNotFound) generated by the Belgian recipient's tenant.")
def c():
    s = sup("GVLAAN", "Gereedschap Vlaanderen NV", "bestellingen@gereedschapvlaanderen.example", "nl-BE")
    po = PO("4500032884", s, "tom", "EUR", "2026-11-30", [
        L("HG-2200-BE", "Heat gun 2200 W, variable temperature", 25, "EA", "39.90", "2026-12-18")])
    txt = ("Uw bericht kan niet worden bezorgd bij bestellingen@gereedschapvlaanderen.example omdat het e-mailadres niet is gevonden "
           "of geen e-mail ontvangt.\n\nActie vereist door de ontvanger: controleer het adres of neem contact op met de ontvanger.\n\n"
           "Diagnostische gegevens voor beheerders:\nGenererende server: AM6PR02MB4455.eurprd02.prod.outlook.example\n"
           "bestellingen@gereedschapvlaanderen.example\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
           "Recipient not found by SMTP address lookup'\n")
    ds = ("Reporting-MTA: dns;AM6PR02MB4455.eurprd02.prod.outlook.example\nReceived-From-MTA: dns;mx1.kestrel-supply.example\n"
          "Arrival-Date: Mon, 30 Nov 2026 10:04:51 +0000\n\nFinal-Recipient: rfc822;bestellingen@gereedschapvlaanderen.example\n"
          "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    hdrs = (f"From: Tom Hale <tom.hale@kestrel-supply.example>\nTo: {s['email']}\nSubject: {req_subject(po)}\n"
            f"Date: Mon, 30 Nov 2026 11:04:49 +0100\nMessage-ID: {po['request_message_id']}\n")
    body = Multi("report", [
        Alt(txt, "<html><body><p>" + txt.replace("\n", "<br>") + "</p></body></html>", style="outlook"),
        Part([("Content-Type", "message/delivery-status")], ds.encode()),
        Part([("Content-Type", "text/rfc822-headers")], hdrs.encode()),
    ], style="outlook", params="; report-type=delivery-status")
    eml = mail(addr("Microsoft Outlook", "postmaster@gereedschapvlaanderen.example"), buyer_addr(po),
               "Onbestelbaar: " + req_subject(po), date(2026, 11, 30, 10, 5, 0, 2),
               "<d4c3b2a1-0f9e-4d8c-b7a6-5e4f3a2b1c0d@AM6PR02MB4455.eurprd02.prod.outlook.example>", body, po=po,
               extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    return dict(pos=[po], eml=eml, confs=None,
                notes="Office 365 non-delivery report in Dutch (Action: failed, 5.1.10 recipient not found) for the PO request -> bounce.")


@case("en-ph-impact-drivers-new-price-ok", "needs_review", "en-PH",
      "Philippine reply announcing a higher price for line 1 and asking us to agree before they process and give delivery dates.")
def c():
    s = sup("MNLPT", "Manila Power Tools Corp.", "sales@manilapowertools.example", "en-PH")
    po = PO("4500032898", s, "jonas", "PHP", "2026-11-30", [
        L("ID-12V-PH", "Impact driver 12 V compact, 2 batteries", 40, "EA", "4100.00", "2027-01-15"),
        L("ID-BITHOLDER", "Magnetic bit holder, impact rated", 100, "EA", "185.00", "2027-01-15")])
    body = ("Good afternoon Sir Jonas,\n\nThank you for your PO. Please be informed that our principal increased prices effective "
            "Nov 16, so the impact driver is now PHP 4,250.00/unit (bit holder unchanged at PHP 185.00).\n\n"
            "Kindly confirm if you agree with the new price so we can process your order and advise the delivery schedule.\n\n"
            "Thank you and God bless!\n\nRegards,\nMa. Cristina Reyes\nSales Coordinator | Manila Power Tools Corp.\n"
            "Tel. (02) 8555 1234 loc. 112 | Mobile 0917 555 1234\n\n"
            f"On Mon, Nov 30, 2026 at 9:05 AM Jonas Weber <{po['buyer']['email']}> wrote:\n" + gt(request_text(po)))
    eml = mail(addr("Cristina Reyes", s["email"]), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 30, 16, 45, 480), "<CAEm5n6b7v8c=9x0zLkJhGfDsA1q2w3e@mail.gmail.example>",
               Text(body, cte="7bit"), po=po)
    return dict(pos=[po], eml=eml, confs=None,
                notes="The supplier announces a new price and waits for our agreement before processing and giving dates; nothing committed yet -> needs_review.")
