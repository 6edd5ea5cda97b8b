"""Cases 001-018."""
import datetime as dt

from . import mime
from .common import (L, case, conf, expected, gmail_quote, mkpo, reply, request_eml, simple, sup, buyer_to,
                     dsn_report, fri, hdate, msgid)
from .pdf import make_pdf


@case("band-blades-one-liner", "confirmation/en-GB",
      "A one-line 'confirmed as ordered' with a day-first '11/12' on top of a fully quoted request table full of dates and prices.")
def c001(slug):
    s = sup("PENNSAW", "Pennine Saw Services Ltd", "sales@penninesaw.example", "en-GB")
    po = mkpo("4500031107", s, [
        L("BB-27-0.9-3660", "Bimetal band blade 27x0.9 mm, 3/4 TPI, 3660 mm", 40, "EA", "28.50", "2026-12-11"),
        L("BB-34-1.1-4115", "Band blade 34x1.1 mm, 2/3 TPI, 4115 mm", 25, "EA", "36.20", "2026-12-11"),
        L("BB-WLD-KIT12", "Blade welding kit 12V, 10 sleeves", 2, "SET", "145.00", "2026-12-11"),
    ], "GBP", "2026-11-03")
    body = "Morning Dana,\n\nConfirmed as ordered - all three lines will be with you for 11/12.\n\nRegards\nTom"
    sig = ("Tom Hargreaves\nSales Office | Pennine Saw Services Ltd\nUnit 7, 22 Canal Wharf, Sheffield S3 8RY\n"
           "T: +44 114 496 0231 | M: 07700 900 418")
    eml = reply(slug, po, frm=("Tom Hargreaves", "tom.hargreaves@penninesaw.example"), date="2026-11-10 09:14:22 +0000",
                body=body, sig=sig, charset="us-ascii", cte="7bit", html_cte="quoted-printable")
    return [po], eml, expected("confirmation", "Short blanket confirmation; '11/12' is en-GB day-first (11 Dec) and equals the "
                               "requested date, so all three lines are accepted; the quoted table must not be read as the answer.",
                               [conf(po, {1: "A", 2: "A", 3: "A"})])


@case("dome-motors-ab-pdf-pos-10-20-30", "confirmation/de-DE",
      "ERP mail whose Flate-compressed PDF numbers its positions 10/20/30 against PO lines 1/2/3, with one date as 'KW 02/2027' and one new price.")
def c002(slug):
    s = sup("HIMMECH", "Himmelsmechanik Kuppeltechnik GmbH", "vertrieb@himmelsmechanik.example", "de-DE")
    po = mkpo("4500031188", s, [
        L("DM-24V-180", "Dome drive motor 24V DC 180 W, gearbox 1:50", 2, "EA", "1845.00", "2026-12-18"),
        L("DM-ENC-1024", "Rotary encoder 1024 ppr, 12-30V", 4, "EA", "212.40", "2026-12-18"),
        L("DM-RING-3.5", "Dome gear ring segment 3.5 m, module 4", 6, "EA", "372.50", "2026-12-18"),
    ], "EUR", "2026-11-03", buyer="jonas")
    pdf = make_pdf([
        ("HB", 14, "Himmelsmechanik Kuppeltechnik GmbH"),
        ("H", 8, "Sternwartenweg 12 - 37073 Göttingen - Tel. +49 551 555 3380 - USt-IdNr. DE287445190"),
        ("H", 9, " "),
        ("HB", 12, "AUFTRAGSBESTÄTIGUNG Nr. AB-2026-18734"),
        ("H", 9, "Kestrel Manufacturing Ltd, Goods-in Gate 3, 41-45 Harrow Road, Leeds LS12 6PQ, UK"),
        ("H", 9, "Datum: 12.11.2026     Kunden-Nr.: 40117     Ihr Zeichen: Jonas Weber"),
        ("H", 9, "Ihre Bestellung 4500031188 vom 03.11.2026"),
        ("H", 9, " "),
        "Pos  Material      Bezeichnung                         Menge  ME   Preis/ME EUR  Liefertermin",
        "---------------------------------------------------------------------------------------------",
        "10   700-2418      Kuppelantrieb 24V DC 180 W, i=1:50      2  ST       1.845,00  18.12.2026",
        "     Ihre Mat.-Nr.: DM-24V-180",
        "20   700-3310      Drehgeber 1024 Imp., 12-30V             4  ST         212,40  KW 02/2027",
        "     Ihre Mat.-Nr.: DM-ENC-1024",
        "30   700-5120      Zahnkranzsegment 3,5 m, Modul 4         6  ST         389,00  18.12.2026",
        "     Ihre Mat.-Nr.: DM-RING-3.5",
        "---------------------------------------------------------------------------------------------",
        "                                          Nettowert                    6.873,60 EUR",
        "                                          MwSt. 0 % (innergem. Lieferung)   0,00 EUR",
        ("H", 9, " "),
        ("H", 9, "Lieferbedingung: DAP Leeds (Incoterms 2020). Zahlungsbedingung: 30 Tage netto."),
        ("H", 9, "Pos. 20: Lieferung verschiebt sich wegen Zulieferteilen auf KW 02/2027."),
        ("H", 9, "Pos. 30: Preisanpassung aufgrund gestiegener Stahlpreise."),
        ("H", 8, "Es gelten unsere AGB, Stand 01.03.2025. Amtsgericht Göttingen HRB 204711."),
    ], compress=True, title="Auftragsbestätigung AB-2026-18734", author="Himmelsmechanik ERP",
        created="D:20261112074100+01'00'", producer="SAP NetWeaver 7.50")
    total = 2 * 1845 + 4 * 212.40 + 6 * 389
    assert abs(total - 6873.60) < 0.001, total
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung AB-2026-18734 zu Ihrer "
            "Bestellung 4500031188.\n\nDiese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht an diese Adresse; "
            "Rückfragen richten Sie bitte an vertrieb@himmelsmechanik.example.\n\nMit freundlichen Grüßen\n"
            "Himmelsmechanik Kuppeltechnik GmbH\nSternwartenweg 12, 37073 Göttingen\n"
            "Geschäftsführer: Dr. Helga Sturm | Amtsgericht Göttingen HRB 204711\n")
    part = mime.multipart("mixed", [mime.text(body, charset="iso-8859-1", cte="quoted-printable"),
                                    mime.attachment(pdf, "application/pdf", "AB-2026-18734.pdf")],
                          "=_mixed 0027A4C1C12583E8_=")
    eml = simple(slug, frm=("Himmelsmechanik Auftragsbestätigung", "ab-versand@himmelsmechanik.example"),
                 to=buyer_to(po), subject="Auftragsbestätigung AB-2026-18734 zu Ihrer Bestellung 4500031188",
                 date="2026-11-12 07:41:09 +0100", part=part, charset="iso-8859-1",
                 extra_headers=[("X-Mailer", "SAP NetWeaver 7.50")])
    return [po], eml, expected(
        "confirmation", "ERP auto-mail with PDF only: positions 10/20/30 map to PO lines 1/2/3 (own material numbers, "
        "our item codes below). Pos. 20 'KW 02/2027' = Friday 2027-01-15; Pos. 30 new price 389,00 (decimal comma). "
        "An ERP acknowledgment is a confirmation, not an auto_reply.",
        [conf(po, {1: "A", 2: {"d": "2027-01-15"}, 3: {"p": "389.00"}})])


@case("velvet-ribbon-split-prose", "confirmation/en-IE",
      "Split delivery told in prose ('60 now ... the remaining 40 on 8 January'), a yearless January date and a second line confirmed as 'the 27th'.")
def c003(slug):
    s = sup("LIFFEY", "Liffey Trimmings Ltd", "sales@liffeytrimmings.example", "en-IE")
    po = mkpo("4500031215", s, [
        L("VR-25-BDX", "Velvet ribbon 25 mm bordeaux, 20 m roll", 100, "ROL", "6.80", "2026-11-27"),
        L("VR-10-BLK", "Velvet ribbon 10 mm black, 25 m roll", 50, "ROL", "3.90", "2026-11-27"),
    ], "EUR", "2026-11-05")
    assert dt.date(2026, 11, 20).weekday() == 4
    body = ("Hi Dana,\n\nThanks for the order. On the 25 mm bordeaux we only have part of it on the shelf: we can do 60 now - "
            "they'll go out on tomorrow's courier, Friday 20 November - and the remaining 40 on 8 January when the next "
            "dye lot is finished.\n\nThe 10 mm black is fine, all 50 rolls on the 27th as requested.\n\n"
            "Prices as per your order.\n\nBest,\nNiamh")
    sig = "Niamh Byrne\nLiffey Trimmings Ltd | 14 Thomas Street, Dublin 8, D08 X2Y6\n+353 1 555 0193"
    eml = reply(slug, po, frm=("Niamh Byrne", "niamh@liffeytrimmings.example"), date="2026-11-19 15:26:40 +0000",
                body=body, sig=sig, quote="gmail", client="gmail")
    return [po], eml, expected(
        "confirmation", "Line 1 split in prose: 60 shipped Fri 2026-11-20 (ship date, no delivery date given) and 40 on "
        "8 January -> 2027-01-08 (next such date after the mail); line 2 'the 27th' = 2026-11-27 as requested.",
        [conf(po, {1: {"d": "2027-01-08", "s": [(60, "2026-11-20"), (40, "2027-01-08")]}, 2: "A"})])


@case("ski-wax-norwegian-out-of-office", "auto_reply/nb-NO",
      "Norwegian out-of-office threaded on the request, with a return date, phone numbers and an English copy.")
def c004(slug):
    s = sup("FJELLGLID", "Fjellglid Skismøring AS", "ordre@fjellglid.example", "nb-NO")
    po = mkpo("4500031230", s, [
        L("FG-GLI-BLA-180", "Glide wax blue, -8/-20 C, 180 g", 80, "EA", "219.00", "2026-12-11"),
        L("FG-KLI-V40", "Grip wax V40, 45 g", 120, "EA", "89.00", "2026-12-11"),
    ], "NOK", "2026-11-16", buyer="aiko")
    body = ("Takk for e-posten din.\n\nJeg er på ferie og tilbake på kontoret mandag 30. november 2026. I denne perioden har "
            "jeg begrenset tilgang til e-post.\n\nFor bestillinger og ordrebekreftelser, kontakt ordre@fjellglid.example "
            "eller ring sentralbordet på +47 22 55 01 40. Hastesaker: Ola Berg, tlf. 913 45 678.\n\n"
            "---\nThank you for your e-mail. I am on holiday and back in the office on Monday 30 November 2026. "
            "For orders please contact ordre@fjellglid.example.\n\nMed vennlig hilsen\nKari Nordvik\nFjellglid Skismøring AS\n"
            "Industriveien 7, 2212 Kongsvinger")
    part = mime.text(body, charset="iso-8859-1", cte="quoted-printable")
    eml = simple(slug, frm=("Kari Nordvik", "kari.nordvik@fjellglid.example"), to=buyer_to(po),
                 subject="Automatisk svar: Purchase order 4500031230 - please confirm", date="2026-11-16 11:03:11 +0100",
                 part=part, style="outlook", charset="iso-8859-1", irt=po["request_message_id"],
                 extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                ("X-MS-Exchange-Inbox-Rules-Loop", "kari.nordvik@fjellglid.example")])
    return [po], eml, expected("auto_reply", "Out-of-office in Norwegian (+ English); the dates are the absence period, "
                               "not delivery dates.")


@case("air-pumps-thai-buddhist-year", "confirmation/th-TH",
      "Thai TIS-620 base64 reply giving the delivery date in the Buddhist calendar ('18 ธ.ค. 2569' = 2026-12-18).")
def c005(slug):
    s = sup("SIAMAQUA", "Siam Aqua Equipment Co., Ltd.", "sales@siamaqua.example", "th-TH")
    po = mkpo("4500031242", s, [
        L("AP-4W-2x3.5", "Aquarium air pump 4 W, 220-240V, 2 x 3.5 L/min", 300, "PCS", "4.15", "2026-12-11"),
        L("AS-30x15", "Air stone cylinder 30x15 mm", 1000, "PCS", "0.22", "2026-12-11"),
    ], "USD", "2026-11-04")
    assert 2569 - 543 == 2026
    body = ("เรียน คุณ Dana\n\nขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031242 ค่ะ\n"
            "บริษัทฯ ขอยืนยันคำสั่งซื้อทั้ง 2 รายการ จำนวนและราคาตามใบสั่งซื้อ\n"
            "กำหนดส่งสินค้า: 18 ธ.ค. 2569 (รอปั๊มลมล็อตใหม่จากโรงงาน)\n\nขอแสดงความนับถือ")
    sig = "สุภาพร วงศ์ทอง\nฝ่ายขายต่างประเทศ\nSiam Aqua Equipment Co., Ltd.\n88/9 หมู่ 4 ถ.บางนา-ตราด กม.23 สมุทรปราการ 10540\nโทร. +66 2 555 0187"
    eml = reply(slug, po, frm=("สุภาพร วงศ์ทอง", "supaporn@siamaqua.example"), date="2026-11-13 14:05:33 +0700",
                body=body, sig=sig, charset="tis-620", cte="base64")
    return [po], eml, expected("confirmation", "Buddhist Era year 2569 = 2026 CE; both lines confirmed at PO quantity "
                               "and price with delivery 2026-12-18 instead of 2026-12-11.",
                               [conf(po, {1: {"d": "2026-12-18"}, 2: {"d": "2026-12-18"}})])


@case("incubator-seals-postfix-dsn", "bounce/da-DK",
      "Postfix multipart/report (user unknown) carrying the complete original request with its PO table and dates.")
def c006(slug):
    s = sup("NORDINK", "Nordisk Inkubatortætning ApS", "ordre@inkubator-taetning.example", "da-DK")
    po = mkpo("4500031251", s, [
        L("IS-GSK-480", "Incubator door gasket 480x380 mm, silicone", 50, "EA", "312.00", "2026-12-11"),
        L("IS-GSK-CORN", "Moulded corner piece for 12 mm gasket", 200, "EA", "14.50", "2026-12-11"),
    ], "DKK", "2026-11-09")
    human = ("This is the mail system at host mx1.kestrel-mfg.example.\n\nI'm sorry to have to inform you that your message "
             "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send "
             "mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from "
             "the attached returned message.\n\n                   The mail system\n\n<ordre@inkubator-taetning.example>: "
             "host mx.inkubator-taetning.example[192.0.2.41]\n    said: 550 5.1.1 <ordre@inkubator-taetning.example>: "
             "Recipient address rejected:\n    User unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    eml = dsn_report(slug, po, date="2026-11-09 10:04:12 +0000", mta="mx1.kestrel-mfg.example",
                     rcpt="ordre@inkubator-taetning.example", status="5.1.1",
                     diag="550 5.1.1 <ordre@inkubator-taetning.example>: Recipient address rejected: User unknown in virtual mailbox table",
                     human=human, frm=("Mail Delivery System", "MAILER-DAEMON@mx1.kestrel-mfg.example"),
                     subject="Undelivered Mail Returned to Sender", arrival="2026-11-09 10:02:43 +0000")
    return [po], eml, expected("bounce", "RFC 3464 DSN; the attached original request holds PO number, table and "
                               "dates but nothing came from the supplier.")


@case("pen-nibs-japanese-nouki", "confirmation/ja-JP",
      "ISO-2022-JP reply listing each line with '本/個' counters and one shared '納期 12月18日（金）' without a year.")
def c007(slug):
    s = sup("KINPEN", "Kinpen Kobo Co., Ltd.", "eigyo@kinpen-kobo.example", "ja-JP")
    po = mkpo("4500031263", s, [
        L("NB-14K-6F", "14K gold nib #6, F, two-tone", 200, "PCS", "1850", "2026-12-15"),
        L("NB-SS-5M", "Steel nib #5, M, 0.7 mm", 500, "PCS", "120", "2026-12-15"),
        L("NB-FEED-6", "Ebonite feed for #6 nib, 2027 type", 200, "PCS", "95", "2026-12-15"),
    ], "JPY", "2026-11-06")
    assert dt.date(2026, 12, 18).weekday() == 4 and dt.date(2026, 11, 6).weekday() == 4
    body = ("Kestrel Manufacturing Ltd\nDana Ruiz 様\n\nいつも大変お世話になっております。\n金ペン工房 営業部の佐藤でございます。\n\n"
            "ご注文番号 4500031263 につきまして、下記の通りお受けいたします。\n\n"
            "　1. NB-14K-6F　14金ペン先 #6 F　200本　@1,850円\n"
            "　2. NB-SS-5M　ステンレスペン先 #5 M　500本　@120円\n"
            "　3. NB-FEED-6　エボナイトペン芯 #6　200個　@95円\n\n"
            "数量・単価はご注文通りです。\n納期 12月18日（金）となります。\n"
            "ご希望の12月15日に間に合わず、誠に申し訳ございません。\n\n何卒よろしくお願い申し上げます。")
    sig = ("━━━━━━━━━━━━━━━━━━\n株式会社 金ペン工房　営業部\n佐藤 健一\n〒110-0016 東京都台東区台東3-12-5\n"
           "TEL 03-5555-0123 / FAX 03-5555-0124\n━━━━━━━━━━━━━━━━━━")
    eml = reply(slug, po, frm=("佐藤 健一", "k.sato@kinpen-kobo.example"), date="2026-11-16 11:20:05 +0900",
                body=body, sig=sig, charset="iso-2022-jp", cte="7bit", html=None, quote="gmail", client="other",
                attribution="2026年11月6日(金) 19:02 Dana Ruiz <dana.ruiz@kestrel-mfg.example>:",
                extra_headers=[("X-Mailer", "Becky! ver. 2.81.04")])
    return [po], eml, expected("confirmation", "'納期 12月18日' has no year: next 18 Dec on/after the mail = 2026-12-18; "
                               "quantities and JPY prices unchanged, the requested 12月15日 is mentioned only as missed.",
                               [conf(po, {1: {"d": "2026-12-18"}, 2: {"d": "2026-12-18"}, 3: {"d": "2026-12-18"}})])


@case("carousel-poles-internal-forward", "needs_review/nl-NL",
      "Internal forward at the supplier ('Hoi Jan, kun jij dit oppakken?') that reached us in Cc, with our request below and a stock remark, committing to nothing.")
def c008(slug):
    s = sup("DRAAIMOLEN", "Draaimolen Onderdelen B.V.", "verkoop@draaimolen-onderdelen.example", "nl-NL")
    po = mkpo("4500031270", s, [
        L("CP-BR-2200-38", "Twisted brass pole 38 mm dia., 2200 mm", 12, "EA", "158.00", "2026-12-11"),
        L("CP-SLV-38", "Pole sleeve 38/42 mm, nylon", 24, "EA", "6.40", "2026-12-11"),
    ], "EUR", "2026-11-06")
    from .common import outlook_quote
    body = ("Hoi Jan,\n\nKun jij dit oppakken? Het gaat om de messing palen van 2,2 m - volgens mij hebben we er nog 6 op "
            "voorraad, de rest moet bij de gieterij besteld worden. Graag vóór vrijdag een bevestiging naar de klant.\n\n"
            "Groet,\nSanne\n\nSanne de Vries | Binnendienst\nDraaimolen Onderdelen B.V. | Kermisweg 3, 5061 KB Oisterwijk\n"
            "T +31 13 555 2640")
    plain = body + outlook_quote(po, "nl")
    part = mime.text(plain, charset="windows-1252", cte="quoted-printable")
    eml = simple(slug, frm=("Sanne de Vries", "sanne.devries@draaimolen-onderdelen.example"),
                 to=mime.addr("Jan Bakker", "jan.bakker@draaimolen-onderdelen.example"),
                 subject="FW: Purchase order 4500031270 - please confirm", date="2026-11-10 08:47:30 +0100", part=part,
                 style="outlook", extra_headers=[("Cc", buyer_to(po)), ("Thread-Topic", "Purchase order 4500031270 - please confirm"),
                                                 ("X-Mailer", "Microsoft Outlook 16.0")])
    return [po], eml, expected("needs_review", "Supplier-internal forward that copied us by mistake: it only asks a "
                               "colleague to handle the order; '6 op voorraad' and 'vóór vrijdag' are not commitments.")


@case("pharmacy-balances-korean-napgi", "confirmation/ko-KR",
      "EUC-KR base64 reply stating '납기일 12월 18일' for all items without a year, where one line was requested earlier.")
def c009(slug):
    s = sup("HANBIT", "Hanbit Precision Scales Co.", "sales@hanbit-scale.example", "ko-KR")
    po = mkpo("4500031278", s, [
        L("PB-220-01MG", "Pharmacy balance 220 g x 0.1 mg, internal cal.", 3, "EA", "1240.00", "2026-12-18"),
        L("CW-200-E2", "Calibration weight 200 g, class E2", 3, "EA", "96.00", "2026-12-11"),
    ], "USD", "2026-11-05")
    body = ("Dana Ruiz 님께,\n\n안녕하십니까. 한빛정밀저울 해외영업팀 김민준입니다.\n발주번호 4500031278 주문 감사합니다.\n\n"
            "수량과 단가는 발주서와 동일하게 확인합니다.\n납기일 12월 18일 (전 품목 동시 납품)\n\n"
            "추가 문의 사항이 있으시면 연락 주십시오.\n감사합니다.")
    sig = "김민준 / Minjun Kim\n해외영업팀 과장\n한빛정밀저울(주) | 경기도 안양시 동안구 시민대로 327, 5층\nTel. +82 31 555 7720"
    eml = reply(slug, po, frm=("김민준", "mj.kim@hanbit-scale.example"), date="2026-11-17 16:42:10 +0900",
                body=body, sig=sig, charset="euc-kr", cte="base64")
    return [po], eml, expected("confirmation", "'납기일 12월 18일' (no year) applies to all items: line 1 equals the request, "
                               "line 2 (requested 2026-12-11) moves to 2026-12-18.",
                               [conf(po, {1: "A", 2: {"d": "2026-12-18"}})])


@case("silk-scarves-chinese-jiaohuo", "confirmation/zh-CN",
      "GB2312 reply with '交货日期 2026年12月18日', a reduced quantity on one line ('现货仅有 550 条') and Chinese counters.")
def c010(slug):
    s = sup("JINXIU", "Hangzhou Jinxiu Silk Co., Ltd.", "export@jinxiu-silk.example", "zh-CN")
    po = mkpo("4500031285", s, [
        L("SS-9090-NV", "Silk scarf 90x90 cm, 16 momme, navy", 400, "PCS", "14.60", "2026-12-10"),
        L("SS-5050-RD", "Silk scarf 50x50 cm, 12 momme, red", 600, "PCS", "7.80", "2026-12-10"),
    ], "USD", "2026-11-04")
    body = ("Dana 您好，\n\n感谢您的订单 4500031285，现确认如下：\n"
            "1. SS-9090-NV 藏青色 90x90 厘米：400 条，单价 14.60 美元，数量和价格不变；\n"
            "2. SS-5050-RD 红色 50x50 厘米：现货仅有 550 条，确认 550 条，单价 7.80 美元不变。\n"
            "交货日期 2026年12月18日（两项一起发货）。\n\n如有问题请随时联系。\n\n顺祝商祺")
    sig = "王丽 Wang Li\n外贸部\n杭州锦绣丝绸有限公司\n浙江省杭州市西湖区文三路 218 号\n电话：+86 571 5555 8812"
    eml = reply(slug, po, frm=("王丽", "wangli@jinxiu-silk.example"), date="2026-11-11 09:30:00 +0800",
                body=body, sig=sig, charset="gb2312", cte="base64", quote="gmail", client="other",
                attribution="在 2026年11月4日 18:02，Dana Ruiz <dana.ruiz@kestrel-mfg.example> 写道：",
                extra_headers=[("X-Mailer", "Foxmail 7.2.25.228[cn]")])
    return [po], eml, expected("confirmation", "Delivery 2026-12-18 for both lines (requested 12-10); line 2 confirmed "
                               "for 550 of 600 pieces at the unchanged price.",
                               [conf(po, {1: {"d": "2026-12-18"}, 2: {"q": 550, "d": "2026-12-18"}})])


@case("shade-cloth-trade-fair-invite", "unrelated/pt-BR",
      "Trade-fair invitation from the supplier's marketing address with fair dates, booth number and a discount deadline, mentioning no order.")
def c011(slug):
    s = sup("AGROPLAST", "Agroplástico Sombrite Ltda.", "vendas@agroplastico-sombrite.example", "pt-BR")
    po = mkpo("4500031290", s, [
        L("SB-50-6x50", "Shade cloth 50%, 6 x 50 m roll, black", 20, "ROL", "148.00", "2026-12-18"),
    ], "USD", "2026-11-10")
    text_ = ("Prezado(a) cliente,\n\nA Agroplástico Sombrite tem o prazer de convidá-lo(a) para visitar nosso estande na "
             "HORTITEC 2027 - 30ª Exposição Técnica de Horticultura, Cultivo Protegido e Culturas Intensivas.\n\n"
             "Datas: 16 a 18 de junho de 2027, das 9h às 18h\nLocal: Holambra/SP - Rua Campo de Pouso, 1.111\n"
             "Estande: Pavilhão B, nº 42\n\nLançamentos 2027: telas de sombreamento 30% a 80% aluminizadas, larguras de "
             "2,00 m a 8,40 m, e o novo clipe de fixação 25 mm com proteção UV.\n\nPedidos fechados durante a feira têm 5% "
             "de desconto e entrega em até 30 dias. Credenciamento gratuito até 31/05/2027.\n\nAtenciosamente,\n"
             "Equipe de Marketing\nAgroplástico Sombrite Ltda. | CNPJ 12.345.678/0001-90\nAv. das Indústrias, 2450 - "
             "Distrito Industrial - Paulínia/SP - CEP 13140-000\n\nPara não receber mais nossos e-mails, clique aqui.")
    html = ("<html><body style=\"font-family:Arial\"><table width=\"600\"><tr><td><h1 style=\"color:#2e7d32\">HORTITEC 2027</h1>"
            "<p>Prezado(a) cliente,</p><p>A Agroplástico Sombrite tem o prazer de convidá-lo(a) para visitar nosso estande na "
            "<b>HORTITEC 2027</b>.</p><p><b>Datas:</b> 16 a 18 de junho de 2027, das 9h às 18h<br><b>Local:</b> Holambra/SP<br>"
            "<b>Estande:</b> Pavilhão B, nº 42</p><p>Pedidos fechados durante a feira têm <b>5% de desconto</b> e entrega em "
            "até 30 dias. Credenciamento gratuito até 31/05/2027.</p><p style=\"font-size:10px\">Agroplástico Sombrite Ltda. | "
            "CNPJ 12.345.678/0001-90 | <a href=\"https://agroplastico-sombrite.example/descadastrar\">descadastrar</a></p>"
            "</td></tr></table></body></html>")
    alt = mime.multipart("alternative", [mime.text(text_, charset="utf-8", cte="quoted-printable"),
                                         mime.text(html, "html", charset="utf-8", cte="quoted-printable")],
                         "b1_7f3a9c2e41d08b6f5a1e2d3c4b5a6978")
    eml = simple(slug, frm=("Agroplástico Sombrite", "marketing@agroplastico-sombrite.example"), to=buyer_to(po),
                 subject="Convite: visite nosso estande na HORTITEC 2027 - 16 a 18/06", date="2026-11-18 13:00:00 -0300",
                 part=alt, extra_headers=[("List-Unsubscribe", "<https://agroplastico-sombrite.example/descadastrar?u=88213>"),
                                          ("Precedence", "bulk"), ("X-Mailer", "PHPMailer 6.9.1")])
    return [po], eml, expected("unrelated", "Marketing invitation from the supplier's domain: fair dates, a 5% offer and "
                               "a 31/05/2027 deadline are not an answer to the open PO.")


@case("mooring-buoys-arabic-html", "confirmation/ar-AE",
      "HTML-only right-to-left windows-1256 reply: one line accepted, one new price, one refused, and 'التسليم 18/12/2026' below the list.")
def c012(slug):
    s = sup("GULFBUOY", "Gulf Marine Buoys Trading LLC", "sales@gulfmarinebuoys.example", "ar-AE")
    po = mkpo("4500031296", s, [
        L("MB-600-YL", "Mooring buoy 600 mm dia., yellow, 190 kg net buoyancy", 12, "EA", "385.00", "2026-12-18"),
        L("SH-19-GALV", "Galvanised bow shackle 19 mm (3/4 in), WLL 4.75 t", 24, "EA", "18.40", "2026-12-18"),
        L("CH-16-27.5", "Mooring chain 16 mm, 27.5 m length", 6, "EA", "212.00", "2026-12-18"),
    ], "USD", "2026-11-05")
    body_html = ("<div dir=\"rtl\" style=\"font-family:Tahoma;font-size:11pt\"><p>السيدة دانا رويز المحترمة،</p>"
                 "<p>تحية طيبة وبعد،</p><p>نؤكد لكم استلام أمر الشراء رقم 4500031296 ونؤكد البنود كالتالي:</p><ol>"
                 "<li>العوامات MB-600-YL: الكمية 12 بالسعر 385.00 دولار للقطعة</li>"
                 "<li>الأغلال SH-19-GALV: الكمية 24، السعر الجديد 19.10 دولار للقطعة بسبب ارتفاع أسعار الزنك</li>"
                 "<li>السلسلة CH-16-27.5: غير متوفرة حالياً ولا يمكننا توريدها</li></ol>"
                 "<p><b>التسليم 18/12/2026</b></p><p>Many thanks,<br>أحمد الحمادي<br>Sales Executive<br>"
                 "Gulf Marine Buoys Trading LLC<br>مكتب 1204، برج الخليج، شارع الشيخ زايد، دبي<br>"
                 "هاتف: +971 4 555 0199 | ص.ب. 48213</p></div>")
    eml = reply(slug, po, frm=("أحمد الحمادي", "ahmed.h@gulfmarinebuoys.example"), date="2026-11-12 11:48:00 +0400",
                body="", html_body=body_html, charset="windows-1256", cte="quoted-printable", html="only")
    return [po], eml, expected("confirmation", "Arabic HTML only: line 1 as ordered (delivery 18/12/2026 = requested), "
                               "line 2 new price 19.10, line 3 cannot be supplied (rejected).",
                               [conf(po, {1: "A", 2: {"p": "19.10"}, 3: "R"})])


@case("shade-cloth-indonesian-pengiriman", "confirmation/id-ID",
      "Indonesian reply with dot thousands ('1.200 m2'), comma decimals, roll/m2 restatement and 'pengiriman tanggal 18 Desember 2026' for both items.")
def c013(slug):
    s = sup("NAUNGAN", "PT Naungan Hijau Nusantara", "sales@naunganhijau.example", "id-ID")
    po = mkpo("4500031301", s, [
        L("SC-50-4x50", "Shade cloth 50%, green, roll 4 x 50 m", 1200, "M2", "1.85", "2026-12-11"),
        L("SC-CLIP-25", "Shade cloth clip 25 mm, UV stabilised", 2000, "PCS", "0.09", "2026-12-11"),
    ], "USD", "2026-11-06")
    assert 6 * 4 * 50 == 1200
    body = ("Selamat pagi Ibu Dana,\n\nTerima kasih atas PO 4500031301. Kami konfirmasi pesanan sebagai berikut:\n"
            "- Shade cloth 50% (SC-50-4x50): 1.200 m2 = 6 rol @ 200 m2, harga USD 1,85/m2\n"
            "- Klip 25 mm (SC-CLIP-25): 2.000 pcs, harga USD 0,09/pcs\n\n"
            "Karena antrian produksi, pengiriman tanggal 18 Desember 2026 untuk kedua item.\n\nSalam,\nRina Kusuma")
    sig = "Rina Kusuma\nSales Export\nPT Naungan Hijau Nusantara\nJl. Raya Cikarang No. 88, Bekasi 17530\nTelp. +62 21 8990 1234"
    eml = reply(slug, po, frm=("Rina Kusuma", "rina.kusuma@naunganhijau.example"), date="2026-11-13 10:15:00 +0700",
                body=body, sig=sig, quote="gmail", client="gmail",
                attribution="Pada tanggal Jum, 6 Nov 2026 pukul 17.02 Dana Ruiz <dana.ruiz@kestrel-mfg.example> menulis:")
    return [po], eml, expected("confirmation", "Quantities and prices unchanged ('1.200' and '2.000' use dot thousands, "
                               "'1,85' comma decimal); delivery 2026-12-18 instead of 2026-12-11 for both lines.",
                               [conf(po, {1: {"d": "2026-12-18"}, 2: {"d": "2026-12-18"}})])


@case("keg-couplers-turkish-teslim", "confirmation/tr-TR",
      "windows-1254 Turkish reply grouping lines 1+2 under 'teslim tarihi 18.12.2026' and line 3 with its own date.")
def c014(slug):
    s = sup("ANADOLUFICI", "Anadolu Fıçı Ekipmanları A.Ş.", "satis@anadolufici.example", "tr-TR")
    po = mkpo("4500031310", s, [
        L("KC-S-EU", "Keg coupler S-type (Euro Sankey), 5/8 in outlet", 40, "EA", "42.50", "2026-12-18"),
        L("KC-A-FLAT", "Keg coupler A-type, flat probe", 20, "EA", "44.00", "2026-12-04"),
        L("KC-SEAL-12", "Seal kit for S/A couplers, 12 pcs", 30, "SET", "6.75", "2026-12-04"),
    ], "EUR", "2026-11-05")
    body = ("Sayın Dana Ruiz,\n\n4500031310 no.lu siparişiniz için teşekkür ederiz.\n\n"
            "1. kalem (KC-S-EU) ve 2. kalem (KC-A-FLAT): miktar ve fiyatlar onaylandı, teslim tarihi 18.12.2026.\n"
            "3. kalem (KC-SEAL-12): 30 set, birim fiyat 6,75 EUR, teslim tarihi 04.12.2026.\n\nSaygılarımızla,")
    sig = ("Mehmet Yıldız\nİhracat Satış Sorumlusu\nAnadolu Fıçı Ekipmanları A.Ş.\nOSB 3. Cadde No: 14, 16140 Nilüfer/Bursa\n"
           "Tel: +90 224 555 41 87")
    eml = reply(slug, po, frm=("Mehmet Yıldız", "mehmet.yildiz@anadolufici.example"), date="2026-11-16 09:40:00 +0300",
                body=body, sig=sig, charset="windows-1254", cte="quoted-printable", qlang="tr", prefix="YNT: ")
    return [po], eml, expected("confirmation", "Line 1 accepted (18.12.2026 = requested), line 2 moved from 04.12 to "
                               "18.12.2026, line 3 accepted as ordered.",
                               [conf(po, {1: "A", 2: {"d": "2026-12-18"}, 3: "A"})])


@case("chalk-packaging-question-only", "needs_review/fr-BE",
      "Answers only our earlier packaging question (boxes of 100 vs 144, cartons of 24) and defers the order confirmation.")
def c015(slug):
    s = sup("CRAIEMOSANE", "Craie Scolaire Mosane SRL", "commandes@craie-mosane.example", "fr-BE")
    po = mkpo("4500031318", s, [
        L("CH-W-100", "School chalk white, round 10x80 mm, box of 100", 120, "BOX", "5.40", "2026-12-11"),
        L("CH-C-12", "School chalk coloured, 12 colours, box of 12", 80, "BOX", "2.10", "2026-12-11"),
    ], "EUR", "2026-11-06")
    note = "Question: can the white chalk be delivered in boxes of 144 sticks instead of 100? If not, 100 is fine."
    body = ("Bonjour Madame Ruiz,\n\nPour répondre à votre question concernant l'emballage : la craie blanche existe "
            "uniquement en boîtes de 100 bâtons (10x80 mm), pas en boîtes de 144. Les boîtes sont expédiées par cartons de "
            "24, soit 5 cartons pour 120 boîtes.\n\nJe reviens vers vous pour la confirmation de la commande dès que "
            "j'ai les dates de production.\n\nBien cordialement,")
    sig = "Élodie Marchal\nService commercial\nCraie Scolaire Mosane SRL\nRue de la Carrière 17, 4500 Huy\nTél. +32 85 55 21 09"
    eml = reply(slug, po, frm=("Élodie Marchal", "elodie.marchal@craie-mosane.example"), date="2026-11-12 14:20:00 +0100",
                body=body, sig=sig, charset="iso-8859-1", cte="quoted-printable", qlang="fr", note=note)
    return [po], eml, expected("needs_review", "Only the packaging question is answered (boxes of 100, cartons of 24); the "
                               "order itself is explicitly still to be confirmed.")


@case("school-chalk-czech-week-51", "confirmation/cs-CZ",
      "ISO-8859-2 one-liner 'potvrzujeme, dodání v týdnu 51' = Friday 2026-12-18 for every line, with a Czech signature full of numbers.")
def c016(slug):
    s = sup("KRIDOVNA", "Křídovna Beroun s.r.o.", "obchod@kridovna-beroun.example", "cs-CZ")
    po = mkpo("4500031325", s, [
        L("CK-BILA-100", "Chalk white, round 10x80 mm, box of 100", 150, "BOX", "58.00", "2026-12-11"),
        L("CK-BAR-12", "Chalk coloured, 12 colours, box of 12", 90, "BOX", "74.00", "2026-12-11"),
        L("CK-DRZ-MET", "Chalk holder, metal", 40, "PAIR", "36.50", "2026-12-11"),
    ], "CZK", "2026-11-09")
    assert fri(2026, 51) == "2026-12-18"
    body = "Dobrý den,\n\npotvrzujeme, dodání v týdnu 51.\n\nS pozdravem"
    sig = "Petra Nováková\nKřídovna Beroun s.r.o.\nPlzeňská 1270/16, 266 01 Beroun\nIČO 25671234, DIČ CZ25671234\ntel. +420 311 555 214"
    eml = reply(slug, po, frm=("Petra Nováková", "petra.novakova@kridovna-beroun.example"), date="2026-11-17 08:05:00 +0100",
                body=body, sig=sig, charset="iso-8859-2", cte="quoted-printable", html=None, quote="gmail",
                client="thunderbird", attribution="Dne 09.11.2026 v 11:02 Dana Ruiz napsal(a):")
    return [po], eml, expected("confirmation", "Week 51 without a day = Friday 2026-12-18 (ISO); quantities and prices "
                               "confirmed implicitly; every line moves from 2026-12-11.",
                               [conf(po, {1: {"d": "2026-12-18"}, 2: {"d": "2026-12-18"}, 3: {"d": "2026-12-18"}})])


@case("tile-adhesive-polish-bez-zmian", "confirmation/pl-PL",
      "Polish 'potwierdzamy zamówienie bez zmian' over a quoted table, with NIP/REGON/KRS and capital figures in the signature.")
def c017(slug):
    s = sup("KLEJMIX", "Klejmix Sp. z o.o.", "zamowienia@klejmix.example", "pl-PL")
    po = mkpo("4500031333", s, [
        L("KL-C2TE-25", "Tile adhesive C2TE S1 grey, 25 kg bag, pallet of 48", 10, "PAL", "1248.00", "2026-12-04"),
        L("FG-CG2WA-5", "Flexible grout CG2WA 2-5 mm, grey", 1000, "KG", "5.80", "2026-12-04"),
        L("TR-10x10-280", "Notched trowel 10x10 mm, 280 mm", 24, "PCS", "32.50", "2026-12-04"),
    ], "PLN", "2026-11-09")
    body = "Dzień dobry,\n\npotwierdzamy zamówienie bez zmian.\n\nPozdrawiam"
    sig = ("Magdalena Wójcik\nDział Sprzedaży\nKlejmix Sp. z o.o.\nul. Przemysłowa 14/2, 41-200 Sosnowiec\n"
           "NIP 644-35-12-987, REGON 241567890, KRS 0000312457\nKapitał zakładowy 500 000,00 zł\ntel. +48 32 555 41 20")
    eml = reply(slug, po, frm=("Magdalena Wójcik", "m.wojcik@klejmix.example"), date="2026-11-10 12:31:00 +0100",
                body=body, sig=sig, charset="iso-8859-2", cte="quoted-printable", qlang="pl", prefix="Odp: ")
    return [po], eml, expected("confirmation", "'bez zmian' = without changes: all three lines accepted as ordered; the "
                               "signature's registry numbers are noise.", [conf(po, {1: "A", 2: "A", 3: "A"})])


@case("ski-wax-spanish-semana-del", "confirmation/es-ES",
      "Spanish 'entrega la semana del 14 de diciembre' names a week, not a day: ISO week 51, whose Friday 18 Dec is the requested date.")
def c018(slug):
    s = sup("CERASPIR", "Ceras Pirineo S.L.", "pedidos@ceras-pirineo.example", "es-ES")
    po = mkpo("4500031340", s, [
        L("SW-HF-BL-180", "Ski wax HF blue, -10/-20 C, 180 g", 60, "EA", "24.90", "2026-12-18"),
        L("SW-UNI-1KG", "Universal ski wax block 1 kg, 0/-12 C", 20, "EA", "31.50", "2026-12-18"),
        L("SW-SCR-4", "Plexi scraper 4 mm", 50, "EA", "3.20", "2026-12-18"),
    ], "EUR", "2026-11-06")
    assert dt.date(2026, 12, 14).weekday() == 0 and fri(2026, 51) == "2026-12-18"
    body = ("Hola Dana,\n\nOs confirmamos el pedido 4500031340 completo, con las cantidades y precios indicados, "
            "entrega la semana del 14 de diciembre.\n\nUn saludo,\nJordi")
    sig = "Jordi Puig\nDepartamento comercial | Ceras Pirineo S.L.\nPol. Ind. El Segre, parcela 407, 25191 Lleida\nTel. +34 973 55 12 88"
    eml = reply(slug, po, frm=("Jordi Puig", "jordi.puig@ceras-pirineo.example"), date="2026-11-20 17:10:00 +0100",
                body=body, sig=sig, charset="iso-8859-1", cte="quoted-printable", quote="gmail", client="apple",
                attribution="El 6 nov 2026, a las 11:02, Dana Ruiz <dana.ruiz@kestrel-mfg.example> escribió:")
    return [po], eml, expected("confirmation", "'la semana del 14 de diciembre' is a calendar week with no day: ISO week 51 "
                               "-> Friday 2026-12-18, which equals the requested date, so all lines are accepted "
                               "(reading it as 14 Dec would be wrong).", [conf(po, {1: "A", 2: "A", 3: "A"})])
