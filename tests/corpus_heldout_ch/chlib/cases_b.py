"""Cases 019-036: non-Latin scripts, Asian charsets, first non-confirmations."""
from . import mime
from .common import (case, sup, L, PO, acc, chg, REJ, UNC, conf, all_acc, exp_conf, exp, hdate, reply, mid, bnd,
                     iso_day, BUYERS, req_subject, text2html, html_doc, rq)


@case("he-il-hoods-taarich-aspaka", "confirmation/he-IL",
      "Hebrew right-to-left windows-1255 body where 'תאריך אספקה 18/12/2026' moves both lines a week later, prices in USD repeated.")
def c019():
    s = sup("NETZ", "Netz HaMidbar Falconry Ltd", "orders@netz-falconry.example", "he-IL")
    po = PO("4500031583", s, "dana", "USD", "2026-11-09", [
        L(1, "FH-SY-07", "Syrian hood, kangaroo leather, size 7", 15, "EA", "52.00", "2026-12-11"),
        L(2, "FH-GL-L35", "Falconry glove double layer, size L, 35 cm", 10, "EA", "68.00", "2026-12-11"),
    ])
    body = ("שלום דנה,\n\nמאשרים את הזמנת הרכש 4500031583:\n\n"
            "שורה 1 – כיסוי ראש סורי מידה 7: 15 יח' במחיר 52.00 USD ליחידה, תאריך אספקה 18/12/2026\n"
            "שורה 2 – כפפה כפולה מידה L, 35 ס\"מ: 10 יח' במחיר 68.00 USD ליחידה, תאריך אספקה 18/12/2026\n\n"
            "העור מגיע מהספק שלנו רק בשבוע הבא, לכן לא נוכל לעמוד ב-11/12.")
    sig = "בברכה,\nאבי כהן\nנץ המדבר ציוד בזיירות בע\"מ\nרח' המלאכה 12, באר שבע\nטל' 08-6234417"
    eml = reply(po, ("אבי כהן", "orders@netz-falconry.example"), body, hdate(2026, 11, 17, 11, 22, 8, "+0200"), "c019",
                sig=sig, style="outlook", lang="he", cs="windows-1255", cte="base64", re_="RE:", dir_="rtl",
                sent="יום שני 09 נובמבר 2026 15:05", greet="Dear Avi,")
    d = "2026-12-18"
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d)})],
                               "RTL Hebrew with left-to-right numbers; 18/12/2026 for both lines, '11/12' is the date "
                               "they cannot meet; size 7 and 35 cm are specs.")


@case("ar-ae-bells-price-dirham", "confirmation/ar-AE",
      "Arabic body with an English footnote; 'السعر 45 درهم للقطعة' raises line 1 while line 2 repeats its AED price.")
def c020():
    s = sup("GMCH", "Gulf Marine Chandlers LLC", "orders@gulfmarinechandlers.example", "ar-AE")
    po = PO("4500031601", s, "marc", "AED", "2026-11-10", [
        L(1, "SB-RP-40", "Bell rope 40 cm, white cotton, Turk's head knot", 24, "EA", "42.00", "2026-12-15"),
        L(2, "SB-CR-6", "Ship's bell 6 in, chrome-plated brass", 12, "EA", "310.00", "2026-12-15"),
    ])
    body = ("السيد مارك المحترم،\n\nتحية طيبة وبعد،\n\nنؤكد لكم أمر الشراء رقم 4500031601 كما يلي:\n\n"
            "البند 1: حبل الجرس 40 سم – الكمية 24 قطعة – السعر 45 درهم للقطعة – التسليم 15/12/2026\n"
            "البند 2: جرس السفينة 6 بوصة – الكمية 12 قطعة – السعر 310 درهم للقطعة – التسليم 15/12/2026\n\n"
            "Please note the revised price on item 1 (AED 45.00/pc excl. VAT 5%), all other terms as per your PO.")
    sig = ("مع خالص التحيات،\nفاطمة الحمادي\nقسم المبيعات\nGulf Marine Chandlers LLC\n"
           "Port Rashid, P.O. Box 51822, Dubai, U.A.E.\nTel: +971 4 345 6620")
    eml = reply(po, ("Fatima Al Hammadi", "orders@gulfmarinechandlers.example"), body,
                hdate(2026, 11, 18, 10, 5, 33, "+0400"), "c020", sig=sig, style="outlook", lang="ar", cs="utf-8",
                cte="base64", re_="RE:", dir_="rtl", sent="الثلاثاء، 10 نوفمبر، 2026 05:05 م", greet="Dear Ms Al Hammadi,")
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, p="45.00"), 2: acc(po, 2)})],
                               "Line 1 AED 42.00 -> 45.00 per piece (excl. VAT), line 2 unchanged; 15/12/2026 is the "
                               "requested date.")


@case("ko-kr-jars-napgi-12-18", "confirmation/ko-KR",
      "EUC-KR base64 Korean with '납기 12월 18일' (no year) and KRW prices with thousands commas.")
def c021():
    s = sup("HNBT", "Hanbit Glass Co., Ltd.", "sales@hanbitglass.example", "ko-KR")
    po = PO("4500031622", s, "sofia", "KRW", "2026-11-11", [
        L(1, "KJ-3L-KR", "Kombucha fermenting jar 3 L, borosilicate, 2027 lid", 300, "EA", "18500", "2026-12-11"),
        L(2, "KJ-SP-34", "Spigot 3/4 in, food-grade plastic", 300, "EA", "2400", "2026-12-11"),
    ])
    body = ("안녕하세요, 린드크비스트 님.\n한빛유리 영업팀 김지훈입니다.\n\n"
            "발주서 4500031622 아래와 같이 확인하였습니다.\n\n"
            "1. 콤부차 발효병 3L: 300개, 단가 18,500원, 납기 12월 18일\n"
            "2. 스피곳 3/4인치: 300개, 단가 2,400원, 납기 12월 18일\n\n"
            "유리 가마 정비로 12월 11일 납품은 어렵습니다. 양해 부탁드립니다.")
    sig = "감사합니다.\n김지훈 드림\n한빛유리 주식회사 | 경기도 여주시 세종로 211\nTel. +82 31 884 2250"
    eml = reply(po, ("김지훈", "sales@hanbitglass.example"), body, hdate(2026, 11, 19, 14, 40, 2, "+0900"), "c021",
                sig=sig, style="outlook", lang="ko", cs="euc-kr", cte="base64", re_="RE:",
                sent="2026년 11월 11일 수요일 오후 10:05", greet="Dear Mr Kim,")
    d = "2026-12-18"
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d)})],
                               "'12월 18일' without year after a 19 Nov mail = 2026-12-18; KRW prices unchanged; "
                               "12월 11일 is the date they cannot make.")


@case("vi-vn-strings-ngay-giao-line3-silent", "confirmation/vi-VN",
      "Vietnamese reply with 'ngày giao 18/12/2026' for two lines that never mentions line 3.")
def c022():
    s = sup("RNTL", "Công ty TNHH Rối Nước Thăng Long", "donhang@roinuocthanglong.example", "vi-VN")
    po = PO("4500031640", s, "ines", "USD", "2026-11-12", [
        L(1, "PTS-NY-06", "Nylon puppet string 0.6 mm, spool 100 m", 40, "ROL", "11.20", "2026-12-18"),
        L(2, "PTS-HK-316", "Brass hook 3/16 in, box of 50", 20, "BOX", "6.40", "2026-12-18"),
        L(3, "PTS-WX-1", "Thread wax block 1 oz", 30, "EA", "2.10", "2026-12-18"),
    ])
    body = ("Kính gửi chị Ines,\n\nChúng tôi xác nhận đơn hàng 4500031640 như sau:\n\n"
            "- Dòng 1: dây rối nylon 0,6 mm, 40 cuộn, đơn giá 11,20 USD/cuộn, ngày giao 18/12/2026.\n"
            "- Dòng 2: móc đồng 3/16\", 20 hộp, đơn giá 6,40 USD/hộp, ngày giao 18/12/2026.\n\n"
            "Trân trọng.")
    sig = ("Nguyễn Thị Lan\nPhòng Kinh doanh\nCông ty TNHH Rối Nước Thăng Long\n"
           "Số 57 Đinh Tiên Hoàng, Hoàn Kiếm, Hà Nội\nĐT: +84 24 3825 4490")
    eml = reply(po, ("Nguyễn Thị Lan", "donhang@roinuocthanglong.example"), body,
                hdate(2026, 11, 20, 16, 12, 45, "+0700"), "c022", sig=sig, style="gmail", cs="UTF-8", quote_cs=False,
                intro="Vào Th 5, 12 thg 11, 2026 vào lúc 20:05 Ines Haldane <ines.haldane@northgate-supply.example> đã viết:",
                greet="Dear Ms Lan,")
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: UNC})],
                               "Lines 1-2 repeat the PO exactly (decimal comma); line 3 (wax) is not addressed -> "
                               "unconfirmed.")


@case("en-in-handles-delivery-by-18th-dec", "confirmation/en-IN",
      "Indian English 'delivery by 18th Dec' without a year, dozens vs pieces, and a total in lakh grouping 'Rs. 1,09,200.00'.")
def c023():
    s = sup("KWCR", "Kashmir Willow Crafts Pvt. Ltd.", "exports@kashmirwillowcrafts.example", "en-IN")
    po = PO("4500031658", s, "piet", "INR", "2026-11-05", [
        L(1, "CBH-CN-11", "Cricket bat cane handle, 11-strip, short handle", 40, "DZ", "2160.00", "2026-12-11"),
        L(2, "CBH-GRP-OCT", "Octopus grip, 3 colours, 2027 range", 240, "PCS", "95.00", "2026-12-11"),
    ])
    body = ("Dear Piet Sir,\n\nGreetings from Kashmir Willow Crafts!\n\n"
            "We are pleased to confirm your PO No. 4500031658 dt. 05/11/2026 as under:\n\n"
            "1) Cane handles 11-strip (SH) : 40 dozen @ Rs. 2,160.00 per dozen\n"
            "2) Octopus grips : 240 pcs @ Rs. 95.00 per pc\n\n"
            "Total value Rs. 1,09,200.00 + GST as applicable.\n\n"
            "Material is under production and delivery by 18th Dec. Kindly do the needful and share the "
            "forwarding details at the earliest.")
    sig = ("Thanks & Regards,\nImran Bhat\nExport Executive\nKashmir Willow Crafts Pvt. Ltd.\n"
           "Sangam, Bijbehara, Anantnag - 192124, J&K, India\nMob: +91 94190 56 781")
    eml = reply(po, ("Imran Bhat", "exports@kashmirwillowcrafts.example"), body, hdate(2026, 11, 13, 12, 31, 7, "+0530"),
                "c023", sig=sig, style="outlook", cs="us-ascii", re_="RE:", greet="Dear Mr Bhat,",
                sent="Thursday, November 5, 2026 6:35 PM")
    assert 40 * 2160 + 240 * 95 == 109200
    d = "2026-12-18"
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, d=d), 2: chg(po, 2, d=d)})],
                               "'delivery by 18th Dec' = 2026-12-18 for both lines; '05/11/2026' is the PO date "
                               "day-first; quantities and prices equal the PO (dozen line priced per dozen).")


@case("en-us-balloons-price-ships-12-14", "confirmation/en-US",
      "Terse mobile reply 'price $4.20/ea, ships 12/14' - month-first date without a year and a ship date standing in for delivery.")
def c024():
    s = sup("HPSS", "High Plains Sounding Supply Co.", "orders@highplainssounding.example", "en-US")
    po = PO("4500031676", s, "dana", "USD", "2026-11-09", [
        L(1, "MB-100-PB", "Pilot balloon 100 g, red, 2027 lot", 500, "EA", "3.95", "2026-12-10"),
        L(2, "MB-30-CL", "Ceiling balloon 30 g, clear", 1000, "EA", "1.15", "2026-12-10"),
    ])
    body = ("Dana -\n\nLine 1 OK for 500 but price $4.20/ea, ships 12/14.\n"
            "Line 2: 1,000 @ $1.15, also ships 12/14.\n\nRick")
    sig = "Sent from my iPhone"
    eml = reply(po, ("Rick Alvarez", "orders@highplainssounding.example"), body, hdate(2026, 11, 16, 7, 48, 19, "-0600"),
                "c024", sig=sig, style="apple", cs="utf-8", quote_cs=False, html=False, re_="Re:",
                intro="On Nov 9, 2026, at 7:05 AM, Dana Ruiz <dana.ruiz@northgate-supply.example> wrote:",
                greet="Hi Rick,", mailer="iPhone Mail (22B91)")
    d = "2026-12-14"
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, p="4.20", d=d), 2: chg(po, 2, d=d)})],
                               "Ship date 12/14 (US month-first, no year -> 2026-12-14) is the only date, so it is the "
                               "date; line 1 price 3.95 -> 4.20.")


@case("pl-pl-out-of-office", "auto_reply/pl-PL",
      "Polish Outlook out-of-office naming a return date and a deputy, with no word on the order.")
def c025():
    s = sup("OGSL", "Ogniotrwałe Materiały Śląsk Sp. z o.o.", "k.nowak@ogniotrwale-slask.example", "pl-PL")
    po = PO("4500031694", s, "marc", "PLN", "2026-11-12", [
        L(1, "FB-230-42", "Crematorium fire brick 230x114x64 mm, 42% Al2O3", 2400, "PCS", "6.90", "2026-12-18"),
        L(2, "FB-MORT-25", "Refractory mortar, 25 kg bag", 40, "EA", "118.00", "2026-12-18"),
    ])
    body = ("Dzień dobry,\n\ndziękuję za wiadomość. Przebywam na urlopie do 23.11.2026 włącznie i nie mam dostępu "
            "do poczty.\nW sprawach pilnych, w tym potwierdzeń zamówień, proszę kontaktować się z p. Pawłem Zielińskim: "
            "p.zielinski@ogniotrwale-slask.example, tel. +48 32 237 41 15.\n\nWiadomości nie są przekazywane.\n\n"
            "Pozdrawiam\nKatarzyna Nowak\n\n---\nI am on leave until 23 November 2026. For urgent matters please "
            "contact Paweł Zieliński (p.zielinski@ogniotrwale-slask.example).")
    root = mime.text(body, "plain", "iso-8859-2", "quoted-printable")
    hs = [("From", mime.addr("Katarzyna Nowak", "k.nowak@ogniotrwale-slask.example")),
          ("To", mime.addr(*BUYERS["marc"])),
          ("Subject", mime.ew("Automatyczna odpowiedź: " + req_subject(po), "iso-8859-2")),
          ("Date", hdate(2026, 11, 12, 14, 5, 52)), ("Message-ID", mid("outlook", "c025")),
          ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Inbox-Rules-Loop", "k.nowak@ogniotrwale-slask.example"), ("Content-Language", "pl-PL")]
    return [po], mime.message(hs, root), exp("auto_reply",
                                             "Out-of-office; 23.11.2026 is the return date, not a delivery date.")


@case("cs-cz-receipt-only", "needs_review/cs-CZ",
      "Czech 'potvrzujeme přijetí objednávky' acknowledges receipt only and promises the real confirmation by Friday.")
def c026():
    s = sup("BALE", "Baletka obaly s.r.o.", "objednavky@baletka-obaly.example", "cs-CZ")
    po = PO("4500031712", s, "ines", "CZK", "2026-11-13", [
        L(1, "PSB-1220-W", "Ballet pointe shoe box 12x20x9 cm, white, printed lid", 2000, "EA", "14.50", "2026-12-11"),
        L(2, "PSB-TIS-50", "Tissue paper 50x75 cm, pack of 480", 10, "EA", "520.00", "2026-12-11"),
    ])
    body = ("Dobrý den paní Haldane,\n\npotvrzujeme přijetí objednávky č. 4500031712 (2 000 ks krabic 12x20 "
            "a 10 bal. hedvábného papíru).\nPotvrzení cen a termínů Vám zašleme, jakmile bude hotová kalkulace "
            "tisku víka - nejpozději v pátek 20. 11.\n\nDěkujeme za objednávku.")
    sig = ("S pozdravem\nLucie Dvořáková\nBaletka obaly s.r.o.\nPrůmyslová 1180/6, 664 42 Modřice\n"
           "tel.: +420 547 216 330")
    eml = reply(po, ("Lucie Dvořáková", "objednavky@baletka-obaly.example"), body, hdate(2026, 11, 16, 9, 3, 41),
                "c026", sig=sig, style="tb", cs="iso-8859-2", quote_cs=False, re_="Re:",
                intro="Dne 13. 11. 2026 v 14:05 Ines Haldane napsal(a):", greet="Dear Ms Dvorakova,",
                mailer=("User-Agent", "Mozilla Thunderbird"))
    return [po], eml, exp("needs_review",
                          "Receipt acknowledged and quantities repeated, but prices and dates are explicitly still to "
                          "come (by Fri 20.11.) - no commitment yet.")


@case("fr-fr-bricks-line3-successor", "needs_review/fr-FR",
      "Two lines confirmed but line 3 is discontinued with a successor item at a new price offered for approval, so a human must decide.")
def c027():
    s = sup("RFLI", "Réfractaires du Limousin SAS", "commandes@refractaires-limousin.example", "fr-FR")
    po = PO("4500031730", s, "dana", "EUR", "2026-11-10", [
        L(1, "CFB-230-60", "Crematorium fire brick 230x114x64 mm, 60% Al2O3", 1800, "PCS", "3.85", "2026-12-18"),
        L(2, "CFB-ARC-2354", "Arch brick 230x114x64/54 mm", 400, "PCS", "4.60", "2026-12-18"),
        L(3, "CFB-CAST-1600", "Castable refractory 1600 C, 25 kg bag", 60, "EA", "79.00", "2026-12-18"),
    ])
    body = ("Bonjour Madame Ruiz,\n\nNous confirmons les lignes 1 et 2 de votre commande 4500031730 aux conditions "
            "indiquées, livraison le 18/12/2026.\n\nLa ligne 3 (CFB-CAST-1600) n'est plus fabriquée. Nous vous "
            "proposons en remplacement l'article CFB-CAST-1650 (béton réfractaire 1650 °C, sac de 25 kg) au prix de "
            "84,50 € HT le sac, même délai.\nMerci de nous indiquer si cette substitution vous convient.")
    sig = ("Bien cordialement,\n\nSébastien Moreau\nADV - Administration des ventes\nRéfractaires du Limousin SAS\n"
           "ZI de Romanet, 87000 Limoges\nTél. : 05 55 31 47 20")
    eml = reply(po, ("Sébastien Moreau", "commandes@refractaires-limousin.example"), body,
                hdate(2026, 11, 17, 15, 36, 14), "c027", sig=sig, style="outlook", lang="fr", cs="iso-8859-15",
                re_="RE :", sent="mardi 10 novembre 2026 14:05", greet="Dear Mr Moreau,")
    return [po], eml, exp("needs_review",
                          "Lines 1-2 are confirmed, but line 3 is discontinued and a successor with another item code "
                          "and price is offered pending our approval: the buyer must decide before booking.")


@case("nl-nl-warehouse-moving", "unrelated/nl-NL",
      "Supplier circular announcing a warehouse move with dates and addresses, which mentions open orders in general but answers none.")
def c028():
    s = sup("DSNL", "Dopjes & Sluitingen Nederland B.V.", "verkoop@dopjes-sluitingen.example", "nl-NL")
    po = PO("4500031748", s, "piet", "EUR", "2026-11-11", [
        L(1, "GWC-28-SC", "Glacier water screw cap 28 mm, blue, tamper band", 80000, "PCS", "0.0240", "2026-12-16"),
    ])
    txt = ("Geachte relatie,\n\nPer maandag 7 december 2026 verhuist ons magazijn van Tilburg naar een nieuw, "
           "groter pand in Waalwijk:\n\nDopjes & Sluitingen Nederland B.V. - Distributiecentrum\n"
           "Mr. van Coothstraat 48\n5141 ER Waalwijk\n\n"
           "Op vrijdag 4 en zaterdag 5 december worden geen zendingen verstuurd of ontvangen. Lopende orders "
           "worden vanaf het nieuwe adres uitgeleverd; retouren en afhalingen graag vanaf 7 december naar "
           "Waalwijk.\nOns kantooradres en al onze telefoonnummers blijven ongewijzigd.\n\n"
           "Met vriendelijke groet,\n\nTeam Logistiek\nDopjes & Sluitingen Nederland B.V.\n"
           "Ringbaan-West 240, 5038 KE Tilburg | +31 13 468 22 10\n\n"
           "U ontvangt deze e-mail omdat u klant bent van Dopjes & Sluitingen. Afmelden: "
           "https://www.dopjes-sluitingen.example/afmelden")
    htm = ('<table width="600" align="center" style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
           '<tr><td style="background:#0b4f7a;color:#fff;padding:16px;font-size:20px">Ons magazijn verhuist!</td></tr>'
           '<tr><td style="padding:16px">' + text2html(txt) + '</td></tr></table>')
    root = mime.multi("alternative", bnd("erp", "c028"), [
        mime.text(txt, "plain", "utf-8", "quoted-printable"),
        mime.text(html_doc(htm), "html", "utf-8", "quoted-printable")])
    hs = [("From", mime.addr("Dopjes & Sluitingen Logistiek", "logistiek@dopjes-sluitingen.example")),
          ("To", mime.addr(*BUYERS["piet"])),
          ("Subject", "Belangrijk: ons magazijn verhuist per 7 december 2026"),
          ("Date", hdate(2026, 11, 23, 8, 0, 0)), ("Message-ID", mid("erp", "c028", "mailing.dopjes-sluitingen.example")),
          ("List-Unsubscribe", "<https://www.dopjes-sluitingen.example/afmelden>"), ("Precedence", "bulk")]
    return [po], mime.message(hs, root), exp("unrelated",
                                             "Circular about a warehouse move; 7 and 4/5 December are logistics dates, "
                                             "not delivery dates for PO 4500031748.")


@case("sv-se-seals-split-vecka-50", "confirmation/sv-SE",
      "Swedish reply splitting line 1 into 'v. 50 (fredag 11/12)' and a 2027 remainder, with ISO-format dates elsewhere.")
def c029():
    s = sup("TVTA", "Tidvatten Tätningar AB", "order@tidvattentatningar.example", "sv-SE")
    po = PO("4500031766", s, "sofia", "SEK", "2026-11-09", [
        L(1, "TTS-OR-1520", "Tidal turbine O-ring 1520x12 mm, FKM", 40, "EA", "1180.00", "2026-12-11"),
        L(2, "TTS-WR-680", "Wear ring 680 mm, PTFE bronze-filled", 10, "EA", "4650.00", "2026-12-11"),
    ])
    body = ("Hej Sofia!\n\nTack för beställningen 4500031766.\n\n"
            "Rad 1: 20 st levereras v. 50 (fredag 11/12), resterande 20 st 2027-01-15. Pris enligt order, "
            "1 180,00 kr/st.\nRad 2: 10 st à 4 650,00 kr, leverans 2026-12-11.\n\n"
            "Vi har bara 20 O-ringar 1520x12 i FKM på lager, resten vulkas efter nyår.")
    sig = ("Med vänliga hälsningar\nErik Lundgren\nTidvatten Tätningar AB\nHamnvägen 6, 451 78 Uddevalla\n"
           "Tel 0522-65 41 90")
    eml = reply(po, ("Erik Lundgren", "order@tidvattentatningar.example"), body, hdate(2026, 11, 10, 10, 18, 26),
                "c029", sig=sig, style="outlook", lang="sv", cs="iso-8859-1", re_="SV:",
                sent="den 9 november 2026 14:05", greet="Dear Erik,")
    assert iso_day(2026, 50) == "2026-12-11"
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, sched=[(20, "2026-12-11"), (20, "2027-01-15")]),
                                          2: acc(po, 2)})],
                               "Line 1 split 20 + 20, last delivery 2027-01-15 (week 50 Friday = 11/12); line 2 as "
                               "ordered; Swedish space thousands '1 180,00'.")


@case("fi-fi-bricks-mortar-per-tonne", "confirmation/fi-FI",
      "Mortar ordered per kg but priced '920,00 €/t', and 'toimitus viikolla 50' which equals the requested Friday.")
def c030():
    s = sup("TKSV", "Tulenkestävä Savo Oy", "myynti@tulenkestava-savo.example", "fi-FI")
    po = PO("4500031784", s, "marc", "EUR", "2026-11-06", [
        L(1, "FB-230-40", "Fire brick 230x114x64 mm, 40% Al2O3", 4800, "PCS", "2.15", "2026-12-11"),
        L(2, "FB-MOR-1600", "Refractory mortar 1600 C, bulk", 2000, "KG", "0.95", "2026-12-11"),
    ])
    body = ("Hei Marc,\n\nkiitos tilauksesta 4500031784. Vahvistamme seuraavasti:\n\n"
            "Rivi 1: tiili 230x114x64, 4 800 kpl, 2,15 €/kpl, toimitus viikolla 50.\n"
            "Rivi 2: muurauslaasti 1600 °C, 2 000 kg (2 t), hinta 920,00 €/t, toimitus viikolla 50.\n\n"
            "Laasti toimitetaan 1 000 kg suursäkeissä.")
    sig = ("Ystävällisin terveisin\nJukka Räsänen\nmyyntipäällikkö\nTulenkestävä Savo Oy\n"
           "Teollisuustie 14, 70800 Kuopio\npuh. +358 17 288 4410")
    eml = reply(po, ("Jukka Räsänen", "myynti@tulenkestava-savo.example"), body, hdate(2026, 11, 11, 12, 2, 55, "+0200"),
                "c030", sig=sig, style="outlook", lang="fi", cs="iso-8859-15", re_="VS:",
                sent="perjantai 6. marraskuuta 2026 15.05", greet="Dear Mr Rasanen,")
    assert iso_day(2026, 50) == "2026-12-11"
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1), 2: chg(po, 2, p="0.92")})],
                               "Week 50 without a day = Fri 2026-12-11 = requested; EUR 920.00 per tonne = 0.92 per kg "
                               "vs 0.95 ordered; 1 000 kg bags are packaging.")


@case("ja-jp-tags-per-thousand", "confirmation/ja-JP",
      "Shift_JIS Japanese with prices per 1,000 tags (4,800円 = 4.80 JPY each) and a partial quantity with the rest left open.")
def c031():
    s = sup("TOHO", "Toho Tag Co., Ltd.", "eigyo@tohotag.example", "ja-JP")
    po = PO("4500031802", s, "dana", "JPY", "2026-11-10", [
        L(1, "ABT-JP-54", "Airport baggage tag thermal 54x470 mm, 2-ply", 50000, "PCS", "4.60", "2026-12-15"),
        L(2, "ABT-STB-25", "Baggage claim stub label 25x50 mm", 50000, "PCS", "0.80", "2026-12-15"),
    ])
    body = ("ノースゲート・サプライ・グループ\nダナ・ルイス様\n\n"
            "いつもお世話になっております。東邦タグ営業部の佐藤でございます。\n"
            "発注書4500031802の件、下記の通りご回答申し上げます。\n\n"
            "1. 手荷物タグ 54x470mm 2層：50,000枚、単価 1,000枚あたり4,800円、納期 12月15日\n"
            "2. 半券ラベル 25x50mm：40,000枚（在庫分のみ）、単価 1,000枚あたり800円、納期 12月15日\n\n"
            "2.の残り10,000枚につきましては年明けの生産となるため、日程が決まり次第改めてご連絡いたします。\n"
            "何卒よろしくお願い申し上げます。")
    sig = ("━━━━━━━━━━━━━━━━\n株式会社東邦タグ 営業部\n佐藤 健一\n〒350-1305 埼玉県狭山市入間川3-12-8\n"
           "TEL: 04-2955-3711\n━━━━━━━━━━━━━━━━")
    eml = reply(po, ("佐藤 健一", "eigyo@tohotag.example"), body, hdate(2026, 11, 12, 10, 14, 3, "+0900"), "c031",
                sig=sig, style="outlook", lang="ja", cs="shift_jis", cte="base64", re_="RE:",
                sent="2026年11月10日 22:05", greet="Dear Mr Sato,")
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, p="4.80"), 2: chg(po, 2, q=40000)})],
                               "4,800 JPY per 1,000 = 4.80 per tag (was 4.60); 800 per 1,000 = 0.80 unchanged; line 2 "
                               "only 40,000 committed, the other 10,000 have no date yet; 12月15日 = requested.")


@case("zh-cn-bosses-table", "confirmation/zh-CN",
      "GB2312 Chinese reply with a confirmation table (text and HTML) where one row changes both price and date to 2027年1月8日.")
def c032():
    s = sup("NBAR", "Ningbo Archery Sports Equipment Co., Ltd.", "sales@nbarchery.example", "zh-CN")
    po = PO("4500031820", s, "piet", "CNY", "2026-11-12", [
        L(1, "AB-EVA-60", "Archery target boss EVA foam 60x60x10 cm", 50, "EA", "185.00", "2026-12-18"),
        L(2, "AB-EVA-80", "Archery target boss EVA foam 80x80x12 cm", 30, "EA", "298.00", "2026-12-18"),
        L(3, "AB-COV-80", "Boss cover 80 cm, canvas", 30, "EA", "46.00", "2026-12-18"),
    ])
    rows = [("行号", "物料号", "数量", "单价(元)", "交货日期"),
            ("1", "AB-EVA-60", "50", "185.00", "2026年12月18日"),
            ("2", "AB-EVA-80", "30", "318.00", "2027年1月8日"),
            ("3", "AB-COV-80", "30", "46.00", "2026年12月18日")]
    tbl = "\n".join("  ".join(r) for r in rows)
    body = ("Dear Piet,\n\n您好！感谢您的订单 4500031820，确认如下：\n\n" + tbl + "\n\n"
            "第2行（80x80x12 厘米靶）因EVA原料涨价，单价调整为318.00元，交期为2027年1月8日。其余按订单执行。")
    from .common import table_html
    bh = text2html("Dear Piet,\n\n您好！感谢您的订单 4500031820，确认如下：") + table_html(rows) + \
        text2html("第2行（80x80x12 厘米靶）因EVA原料涨价，单价调整为318.00元，交期为2027年1月8日。其余按订单执行。")
    sig = ("祝好！\n王丽 Lily Wang\n外贸部\n宁波弓箭运动器材有限公司\n浙江省宁波市鄞州区启明路 818 号\n"
           "电话: +86 574 8812 3066")
    eml = reply(po, ("王丽 Lily Wang", "sales@nbarchery.example"), body, hdate(2026, 11, 19, 16, 45, 0, "+0800"),
                "c032", sig=sig, style="outlook", lang="zh", cs="gb2312", cte="base64", re_="回复:", body_html=bh,
                sent="2026年11月12日 21:05", greet="Dear Ms Wang,")
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1), 2: chg(po, 2, p="318.00", d="2027-01-08"), 3: acc(po, 3)})],
                               "Table rows: line 2 price 298.00 -> 318.00 and date 2027-01-08; lines 1 and 3 equal the PO.")


@case("zh-tw-quills-partial-split", "confirmation/zh-TW",
      "Big5 Traditional Chinese where line 2 ships 25 sets on the date and 15 sets on 2027/1/15, written with slashes year-first.")
def c033():
    s = sup("TWPP", "Taiwan Precision Instrument Parts Co., Ltd.", "sales@twprecisionparts.example", "zh-TW")
    po = PO("4500031838", s, "ines", "USD", "2026-11-11", [
        L(1, "HQ-DEL-06", "Harpsichord Delrin plectra 0.6 mm, set of 60", 40, "SET", "16.90", "2026-12-11"),
        L(2, "HQ-DEL-04", "Harpsichord Delrin plectra 0.4 mm, set of 60", 40, "SET", "16.90", "2026-12-11"),
    ])
    body = ("Ines 您好：\n\n謝謝您的訂單 4500031838，回覆如下：\n\n"
            "1. 0.6mm 撥片（每組60片）：40組，單價 USD 16.90，交期 2026/12/11。\n"
            "2. 0.4mm 撥片（每組60片）：目前可供 25組，單價 USD 16.90，交期 2026/12/11；其餘 15組於 2027/1/15 交貨。\n\n"
            "如有任何問題請隨時與我聯繫。")
    sig = "敬祝 商祺\n陳怡君 Yvonne Chen\n台灣精密樂器零件股份有限公司\n台中市西屯區工業區一路 36 號\nTel: +886 4 2359 1180"
    eml = reply(po, ("陳怡君 Yvonne Chen", "sales@twprecisionparts.example"), body,
                hdate(2026, 11, 16, 9, 30, 12, "+0800"), "c033", sig=sig, style="outlook", lang="zhtw", cs="big5",
                cte="base64", re_="回覆:", sent="2026年11月11日 下午 09:05", greet="Dear Ms Chen,")
    return [po], eml, exp_conf([conf(po, {1: acc(po, 1),
                                          2: chg(po, 2, sched=[(25, "2026-12-11"), (15, "2027-01-15")])})],
                               "Line 2 keeps 40 sets but in two deliveries (25 on 2026-12-11, 15 on 2027-01-15); "
                               "'每組60片' is set content; year-first slashed dates.")


@case("ru-ru-balloons-koi8-one-refused", "confirmation/ru-RU",
      "KOI8-R Russian with one line moved to 25.12.2026, one refused ('поставить не можем') and one as ordered.")
def c034():
    s = sup("AERZ", "OOO Aerozond", "zakaz@aerozond.example", "ru-RU")
    po = PO("4500031856", s, "marc", "EUR", "2026-11-09", [
        L(1, "MB-800-RU", "Meteorological balloon 800 g, 2027 batch", 150, "EA", "34.50", "2026-12-18"),
        L(2, "MB-1500-RU", "Meteorological balloon 1500 g", 40, "EA", "71.00", "2026-12-18"),
        L(3, "MB-LAN-5", "Balloon lanyard 5 m, polyester", 200, "EA", "1.85", "2026-12-18"),
    ])
    body = ("Марк, добрый день!\n\nПо заказу N 4500031856 сообщаем:\n\n"
            "поз. 1 - оболочка 800 г: 150 шт. по 34,50 EUR, срок поставки 25.12.2026;\n"
            "поз. 2 - оболочка 1500 г: поставить не можем, производство этих оболочек остановлено до марта 2027 г.;\n"
            "поз. 3 - фал 5 м: 200 шт. по 1,85 EUR, срок поставки 18.12.2026.\n\n"
            "Счёт на предоплату направим отдельно.")
    sig = ("С уважением,\nОльга Смирнова\nменеджер по экспорту\nООО \"Аэрозонд\"\n"
           "г. Долгопрудный, Лихачёвский пр-д, д. 5\nтел. +7 495 408-62-17")
    eml = reply(po, ("Ольга Смирнова", "zakaz@aerozond.example"), body, hdate(2026, 11, 13, 11, 47, 21, "+0300"),
                "c034", sig=sig, style="outlook", lang="ru", cs="koi8-r", re_="RE:",
                sent="9 ноября 2026 г. 16:05", greet="Dear Ms Smirnova,")
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, d="2026-12-25"), 2: REJ, 3: acc(po, 3)})],
                               "Line 1 moves to 2026-12-25, line 2 is refused (March 2027 is only why), line 3 equals "
                               "the PO.")


@case("uk-ua-bells-engraving-question", "needs_review/uk-UA",
      "Ukrainian reply that only asks about the engraving and an EUR.1 certificate and gives a rough '3-4 тижні' lead time.")
def c035():
    s = sup("DZPD", "TOV Dzvony Podillia", "prodazh@dzvony-podillia.example", "uk-UA")
    po = PO("4500031874", s, "dana", "EUR", "2026-11-12", [
        L(1, "SB-BZ-10", "Ship's bell 10 in, bronze, engraved 'MV 2027'", 3, "EA", "410.00", "2027-01-15"),
        L(2, "SB-LAN-60", "Bell lanyard 60 cm, manila", 3, "EA", "24.00", "2027-01-15"),
    ])
    body = ("Доброго дня, пані Руїс!\n\nДякуємо за замовлення 4500031874. Перш ніж підтвердити, уточніть, будь ласка:\n"
            "1) гравіювання «MV 2027» - латиницею чи кирилицею, і з якого боку дзвона?\n"
            "2) чи потрібен сертифікат походження EUR.1?\n\n"
            "Після вашої відповіді підтвердимо ціни та терміни (орієнтовно 3-4 тижні).")
    sig = "З повагою,\nОлена Коваленко\nТОВ «Дзвони Поділля»\nвул. Ливарна, 7, м. Вінниця, 21021\nтел. +380 432 55 18 40"
    eml = reply(po, ("Олена Коваленко", "prodazh@dzvony-podillia.example"), body,
                hdate(2026, 11, 17, 10, 26, 40, "+0200"), "c035", sig=sig, style="outlook", lang="uk",
                cs="windows-1251", re_="RE:", sent="12 листопада 2026 р. 15:05", greet="Dear Ms Kovalenko,")
    return [po], eml, exp("needs_review",
                          "Only questions; prices and dates are to be confirmed after our answer, '3-4 weeks' is an "
                          "estimate.")


@case("th-th-strings-buddhist-year", "confirmation/th-TH",
      "TIS-620 Thai with Buddhist-era dates ('18 ธันวาคม 2569' = 2026-12-18) and one price change in baht.")
def c036():
    s = sup("SPST", "Siam Puppet Strings Co., Ltd.", "sales@siampuppetstrings.example", "th-TH")
    po = PO("4500031892", s, "sofia", "THB", "2026-11-10", [
        L(1, "PTS-SLK-1", "Silk control cord 1 mm, roll 50 m", 60, "ROL", "420.00", "2026-12-11"),
        L(2, "PTS-BMB-45", "Bamboo control rod 45 cm", 120, "EA", "35.00", "2026-12-11"),
    ])
    body = ("เรียน คุณโซเฟีย\n\nบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500031892 ดังนี้\n\n"
            "1. เชือกไหม 1 มม. ม้วนละ 50 ม. จำนวน 60 ม้วน ราคา 420.00 บาท/ม้วน ส่งมอบวันที่ 18 ธันวาคม 2569\n"
            "2. ไม้ไผ่บังคับหุ่น 45 ซม. จำนวน 120 ชิ้น ราคา 38.00 บาท/ชิ้น ส่งมอบวันที่ 11 ธันวาคม 2569\n\n"
            "ขอแสดงความนับถือ")
    sig = "สมชาย ศรีสุข\nฝ่ายขาย บริษัท สยามเชือกหุ่น จำกัด\n88/12 ถนนเจริญกรุง บางรัก กรุงเทพฯ 10500\nโทร. 02-234-5567"
    eml = reply(po, ("Somchai Srisuk", "sales@siampuppetstrings.example"), body, hdate(2026, 11, 18, 13, 20, 5, "+0700"),
                "c036", sig=sig, style="outlook", lang="th", cs="tis-620", cte="base64", re_="RE:",
                sent="10 พฤศจิกายน 2569 20:05", greet="Dear Mr Somchai,")
    return [po], eml, exp_conf([conf(po, {1: chg(po, 1, d="2026-12-18"), 2: chg(po, 2, p="38.00")})],
                               "Buddhist era 2569 = 2026; line 1 moves to 2026-12-18, line 2 keeps 2026-12-11 but "
                               "35.00 -> 38.00 THB.")
