"""Cases 037-053."""
import datetime as dt
from .common import (PO, supplier, when, tz, case, confirmation, other, chg, quote, outlook_quote,
                     outlook_header, outlook_date, html_from_text, mid_outlook, mid_gmail, mid_generic,
                     thread_index, num, DOMAIN, PURCHASING)
from . import mime, ours
from .pdf import PDF
from .xlsx import png


def _outlook_alt(full, reply, charset, lang, boundary, font="Calibri"):
    cut = len(reply.rstrip("\n").split("\n")) + 1
    return mime.multipart("alternative", [
        mime.text(full, charset=charset),
        mime.html(html_from_text(full, charset, lang, font=font, quoted_from=cut), charset=charset)], boundary)


# ---------------------------------------------------------------------------
@case(37, "in-microscope-slides-will-revert",
      "Indian 'will revert back with confirmed delivery dates by EOD Friday'; prices 'in order' but no delivery commitment")
def c037():
    s = supplier("PLIND", "Precision Labware India Pvt. Ltd.", "sales@precisionlabware.example", "en-IN")
    po = PO("4500031871", s, "priya", "INR", "2026-11-24", [
        ("PLI-SLD-7102", "Microscope slides, plain, 75x25 mm, 72/box", 1500, "BOX", "118.00", "2027-01-08"),
        ("PLI-SLD-7105", "Microscope slides, single cavity, 50/box", 300, "BOX", "265.00", "2027-01-08"),
    ], req_sent=when(2026, 11, 24, 10, 22))
    sent = when(2026, 11, 30, 16, 8, 13, 5.5)
    reply = (
        "Dear Madam,\n\n"
        "Greetings of the day!!\n\n"
        "Thanks for the PO. We have forwarded the same to our plant at Ambala for checking the feasibility of "
        "the delivery schedule, as the single cavity slides are currently under production for another export "
        "order.\n\n"
        "Kindly note that the prices are in order.\n\n"
        "We will revert back with the confirmed delivery dates by EOD Friday i.e. 04/12/2026.\n\n"
        "Thanks & Regards,\n"
        "Rajesh Kumar\nSr. Executive - Sales (Exports)\nPrecision Labware India Pvt. Ltd.\n"
        "Plot 112, Industrial Area, Ambala Cantt - 133006, Haryana\nM: +91 94160 55231\n\n")
    full = reply + outlook_quote(po, "en", tz(5, 30))
    alt = _outlook_alt(full, reply, "us-ascii", "EN-IN", "_000_PN2PR01MB9042A7E3C1D04B6F85A2E9C3PN2PR01MB9042INDP_")
    h = mime.hdrs("Rajesh Kumar <rajesh.kumar@precisionlabware.example>", po.buyer_addr, "RE: " + po.subject,
                  sent, mid_outlook("c037"), po.req_id, po.req_id, client="outlook", lang="en-IN",
                  thread=(po.subject, thread_index("c037")))
    exp = other("needs_review", "'We will revert back with the confirmed delivery dates by EOD Friday i.e. "
                                "04/12/2026': 04/12/2026 is when they will answer, not a delivery date. Prices "
                                "'in order' without quantities/dates is no commitment.")
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(38, "fi-vacuum-seals-viikolla",
      "Finnish 'toimitus viikolla 50' (week number as delivery), € prices with comma, one line 'viikolla 2 (2027)' and new price")
def c038():
    s = supplier("TTLAHT", "Tiivistetekniikka Lahtinen Oy", "tilaukset@tiivistelahtinen.example", "fi-FI")
    po = PO("4500031857", s, "karin", "EUR", "2026-11-23", [
        ("TL-OR-KF25", "O-ring KF25, Viton, for vacuum flange", 500, "EA", "0.86", "2026-12-11"),
        ("TL-LIPSEAL-30", "Lip seal 30x47x7, PTFE, vacuum pump shaft", 80, "EA", "12.40", "2026-12-11"),
        ("TL-GASK-CF63", "Copper gasket CF63 (DN40CF), pack of 10", 20, "BOX", "31.00", "2026-12-11"),
    ], req_sent=when(2026, 11, 23, 15, 45))
    sent = when(2026, 11, 25, 10, 33, 27, 2)
    reply = (
        "Hei Karin,\n\n"
        "kiitos tilauksesta. Vahvistamme tilauksen 4500031857 seuraavasti:\n\n"
        "1. TL-OR-KF25 O-rengas KF25 FKM: 500 kpl, 0,86 €/kpl, toimitus viikolla 50\n"
        "2. TL-LIPSEAL-30 huulitiiviste 30x47x7 PTFE: 80 kpl, 12,40 €/kpl, toimitus viikolla 50\n"
        "3. TL-GASK-CF63 kuparitiiviste CF63, 10 kpl/rasia: 20 rs, 33,50 €/rs, toimitus viikolla 2 (2027)\n"
        "   Kuparin hinta on noussut, joten rasiahinta on päivitetty.\n\n"
        "Hinnat ALV 0 %, toimitusehto DAP Rotterdam.\n\n"
        "Ystävällisin terveisin\n\n"
        "Mikko Lahtinen\nmyyntipäällikkö\nTiivistetekniikka Lahtinen Oy\nTeollisuustie 6, 33330 Tampere\n"
        "puh. 040 555 3187\n\n")
    full = reply + outlook_quote(po, "fi", tz(2))
    alt = _outlook_alt(full, reply, "iso-8859-15", "FI", "_000_HE1P189MB0425D1A7C0E24B3F96E8A5B2HE1P189MB0425EURP_")
    h = mime.hdrs("Mikko Lahtinen <mikko.lahtinen@tiivistelahtinen.example>", po.buyer_addr, "VS: " + po.subject,
                  sent, mid_outlook("c038"), po.req_id, po.req_id, client="outlook", lang="fi-FI",
                  thread=(po.subject, thread_index("c038")))
    exp = confirmation(
        "'viikolla 50' = Fri 2026-12-11 = requested (lines 1-2); line 3 week 2 of 2027 = 2027-01-15 and price "
        "33,50 per box instead of 31,00.",
        (po, {1: "A", 2: "A", 3: chg(p="33.50", d="2027-01-15")}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(39, "dk-kayak-paddles-uge-and-christmas-closure",
      "Danish 'uge 1'/'uge 3' in a December mail, split on one line, and a Christmas-closure notice with dates in the signature")
def c039():
    s = supplier("FJPAG", "Fjordpagaj ApS", "ordre@fjordpagaj.example", "da-DK")
    po = PO("4500031838", s, "tom", "DKK", "2026-11-23", [
        ("FP-GP-210", "Greenland paddle 210 cm, western red cedar", 25, "EA", "845.00", "2027-01-08"),
        ("FP-EURO-220", "Touring paddle 220 cm, fibreglass, 2-piece", 40, "EA", "1120.00", "2027-01-08"),
        ("FP-LEASH", "Paddle leash, coiled", 60, "EA", "79.00", "2027-01-08"),
    ], req_sent=when(2026, 11, 23, 11, 55))
    sent = when(2026, 12, 2, 13, 21, 45)
    reply = (
        "Hej Tomás\n\n"
        "Tak for ordren. Vi bekræfter levering i uge 1 af alle tre linjer til de anførte priser (845,00 kr., "
        "1.120,00 kr. og 79,00 kr. pr. stk.) - dog kan vi kun nå 30 stk. af FP-EURO-220 i uge 1; de sidste "
        "10 stk. følger i uge 3.\n\n"
        "Venlig hilsen\n\n"
        "Mette Kjær\nSalg & ordrebehandling\nFjordpagaj ApS\nHavnevej 3, 7100 Vejle\nTlf. +45 75 55 48 20\n"
        "CVR 38 55 12 74\n\n"
        "Bemærk: Vi holder julelukket fra 21.12.2026 til 03.01.2027. Ordrer modtaget i perioden behandles fra "
        "mandag den 4. januar.\n\n")
    full = reply + outlook_quote(po, "da", tz(1))
    alt = _outlook_alt(full, reply, "iso-8859-1", "DA", "_000_DB8P189MB0617F3E2A1C04D7B95E1A8C6DB8P189MB0617EURP_")
    h = mime.hdrs("=?iso-8859-1?Q?Mette_Kj=E6r?= <mette@fjordpagaj.example>", po.buyer_addr, "SV: " + po.subject,
                  sent, mid_outlook("c039"), po.req_id, po.req_id, client="outlook", lang="da-DK",
                  thread=(po.subject, thread_index("c039")))
    exp = confirmation(
        "'uge 1' in a December mail = ISO week 1 of 2027, Fri 2027-01-08 = requested. Line 2 split: 30 in uge 1 "
        "(2027-01-08) and 10 in uge 3 (2027-01-22). Christmas closure and 'mandag den 4. januar' are not "
        "delivery dates.",
        (po, {1: "A", 2: chg(d="2027-01-22", sched=[(30, "2027-01-08"), (10, "2027-01-22")]), 3: "A"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(40, "ru-vacuum-seals-qmail-bounce",
      "non-MIME qmail 'failure notice' (disk quota exceeded) with our request copied below the line")
def c040():
    s = supplier("VAKUPL", "OOO VakuumUplotnenie", "snab@vakuumupl.example", "ru-RU")
    po = PO("4500031849", s, "elena", "RUB", "2026-11-23", [
        ("VU-SEAL-NVR16", "Seal kit for rotary vane vacuum pump NVR-16D", 20, "SET", "3450.00", "2026-12-21"),
        ("VU-OR-KIT30", "O-ring assortment, FKM, 30 sizes", 10, "BOX", "2190.00", "2026-12-21"),
    ], req_sent=when(2026, 11, 24, 10, 18, 41))
    host = "mail.vakuumupl.example"
    orig = ours.request_eml(po, received=[
        "(qmail 28406 invoked from network); 24 Nov 2026 09:18:43 -0000",
        "from smtp-out.brightwater-supply.example (HELO smtp-out.brightwater-supply.example) (192.0.2.41)\n"
        "  by %s with SMTP; 24 Nov 2026 09:18:43 -0000" % host])
    body = ("Hi. This is the qmail-send program at %s.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<snab@vakuumupl.example>:\n"
            "This user's disk quota has been exceeded. (#5.2.2)\n\n"
            "--- Below this line is a copy of the message.\n\n" % host).encode("ascii") + orig.replace(b"\r\n", b"\n")
    h = [("Return-Path", "<>"),
         ("Received", "(qmail 28411 invoked for bounce); 24 Nov 2026 09:18:44 -0000"),
         ("Date", "24 Nov 2026 09:18:44 -0000"),
         ("From", "MAILER-DAEMON@%s" % host),
         ("To", po.buyer_email),
         ("Subject", "failure notice"),
         ("Message-Id", "<20261124091844.28411.qmail@%s>" % host)]
    exp = other("bounce", "Classic non-MIME qmail bounce; everything below the line is our own request.")
    return [po], mime.raw_message(h, body), exp


# ---------------------------------------------------------------------------
@case(41, "vn-nail-files-vietnamese-english",
      "Vietnamese (with English below) UTF-8 base64 reply; '0,11 USD' equals 0.110; one price up and date later")
def c041():
    s = supplier("SGNAIL", "Saigon Nail Tools Co., Ltd.", "export@saigonnailtools.example", "vi-VN")
    po = PO("4500031864", s, "priya", "USD", "2026-11-24", [
        ("SNT-FILE-80", "Nail file 80/80 grit, straight, wood core", 10000, "PCS", "0.085", "2026-12-21"),
        ("SNT-FILE-240", "Nail file 240 grit, crescent, foam core", 6000, "PCS", "0.110", "2026-12-21"),
        ("SNT-CUT-12", "Cuticle nipper, stainless, jaw 12 mm", 500, "EA", "2.40", "2026-12-21"),
    ], req_sent=when(2026, 11, 24, 8, 10))
    sent = when(2026, 11, 26, 15, 47, 9, 7)
    body = (
        "Kính gửi chị Priya,\n\n"
        "Công ty chúng tôi xin xác nhận đơn hàng số 4500031864 như sau:\n"
        "1. SNT-FILE-80 (dũa móng 80/80): 10.000 cái, đơn giá 0,085 USD, giao hàng ngày 21/12/2026.\n"
        "2. SNT-FILE-240 (dũa móng 240, lõi xốp): 6.000 cái, đơn giá 0,11 USD, giao hàng ngày 21/12/2026.\n"
        "3. SNT-CUT-12 (kềm cắt da): 500 cái, đơn giá 2,55 USD do giá thép không gỉ tăng, giao hàng ngày 08/01/2027.\n\n"
        "(English below)\n\n"
        "Dear Ms. Priya,\n\n"
        "We confirm your PO 4500031864 as follows:\n"
        "1. SNT-FILE-80: 10,000 pcs, USD 0.085/pc, delivery 21 Dec 2026.\n"
        "2. SNT-FILE-240: 6,000 pcs, USD 0.11/pc, delivery 21 Dec 2026.\n"
        "3. SNT-CUT-12: 500 pcs, USD 2.55/pc due to the stainless steel price increase, delivery 08 Jan 2027.\n\n"
        "Trân trọng / Best regards,\n\n"
        "Nguyễn Thị Thu Hà (Ms.)\nPhòng Xuất khẩu - Export Department\n"
        "Công ty TNHH Dụng Cụ Làm Móng Sài Gòn\n"
        "Lô C7, KCN Tân Bình, P. Tây Thạnh, Q. Tân Phú, TP. Hồ Chí Minh\n"
        "ĐT: +84 28 5555 1270\n\n"
        "Vào Th 3, 24 thg 11, 2026 vào lúc 14:10 Priya Raman <%s> đã viết:\n" % po.buyer_email
        + quote(po.request_text()))
    htm = ("<div dir=\"ltr\">" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
           .replace("\n", "<br>\n") + "</div>\n")
    alt = mime.multipart("alternative", [mime.text(body, charset="UTF-8", cte="base64", quoted_charset=False),
                                         mime.html(htm, charset="UTF-8", cte="base64", quoted_charset=False)],
                         "0000000000004f8e2a0627c3d1b5")
    h = mime.hdrs(mime.addr("Nguyễn Thu Hà", po.to), po.buyer_addr,
                  mime.ew("Re: " + po.subject + " - Xác nhận đơn hàng", "UTF-8"), sent, mid_gmail("c041"),
                  po.req_id, po.req_id, client="gmail")
    exp = confirmation(
        "Bilingual, consistent. Day-first dates; '0,11 USD' = 0.110 (line 2 accepted, compare by value); line 3 "
        "2.55 and 2027-01-08.",
        (po, {1: "A", 2: "A", 3: chg(p="2.55", d="2027-01-08")}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(42, "id-xylophone-mallets-yahoo-android",
      "Indonesian Yahoo Mail (Android) reply; Rp amounts with dot grouping, 'Harga belum termasuk PPN 11%', 08.00 times")
def c042():
    s = supplier("TABNUS", "CV Tabuh Nusantara", "order@tabuhnusantara.example", "id-ID")
    po = PO("4500031846", s, "marcus", "IDR", "2026-11-23", [
        ("TN-MAL-RUB", "Xylophone mallets, rubber head, teak handle (pair)", 200, "PR", "85000", "2026-12-18"),
        ("TN-MAL-YARN", "Marimba mallets, yarn wound, rattan handle (pair)", 150, "PR", "120000", "2026-12-18"),
        ("TN-GAM-PANG", "Gamelan panggul mallet, padded", 100, "EA", "65000", "2027-01-15"),
    ], req_sent=when(2026, 11, 23, 10, 40))
    sent = when(2026, 11, 25, 13, 2, 47, 8)
    body = (
        "Selamat siang Bapak Marcus,\n\n"
        "Terima kasih atas PO No. 4500031846. Dengan ini kami konfirmasi pesanan sesuai PO:\n\n"
        "- TN-MAL-RUB pemukul xilofon karet: 200 pasang, Rp 85.000/pasang\n"
        "- TN-MAL-YARN pemukul marimba benang: 150 pasang, Rp 120.000/pasang\n"
        "- TN-GAM-PANG panggul gamelan: 100 pcs, Rp 65.000/pcs\n\n"
        "Pengiriman tanggal 18 Desember 2026 untuk item 1 dan 2, dan tanggal 15 Januari 2027 untuk item 3.\n"
        "Harga belum termasuk PPN 11%%.\n\n"
        "Hormat kami,\nWayan Sudarsana\nCV Tabuh Nusantara\nJl. Raya Blahbatuh No. 17, Gianyar, Bali\n"
        "Jam kerja: Senin-Jumat 08.00-16.00 WITA\n\n"
        "Dikirim dari Yahoo Mail di Android\n\n"
        "  Pada Sen, 23 Nov 2026 pada %s, Marcus Dell<%s> menulis:   \n" % (po.req_sent.astimezone(tz(8)).strftime("%H.%M"), po.buyer_email)
        + "".join("   " + ln + "\n" for ln in po.request_text().rstrip("\n").split("\n")))
    htm = ("Selamat siang Bapak Marcus,<br><br>" + body.split("\n\n", 1)[1].replace("&", "&amp;")
           .replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>"))
    htm = "<html><head></head><body><div class=\"ydp-mail\">" + htm + "</div></body></html>\n"
    alt = mime.multipart("alternative", [mime.text(body, charset="UTF-8", quoted_charset=False),
                                         mime.html(htm, charset="UTF-8", quoted_charset=False)],
                         "----=_Part_2841537_611190512.1795845767301")
    h = mime.hdrs("Wayan Sudarsana <tabuhnusantara@yahoo.example>", po.buyer_addr, "Re: " + po.subject, sent,
                  "<2118423907.2841538.1795845767302@mail.yahoo.example>", po.req_id, po.req_id,
                  extra=[("X-Mailer", "WebService/1.1.22876 YMailAndroid")])
    exp = confirmation(
        "Everything as ordered: 'Rp 85.000' = 85000 (dot is the thousands separator), dates 18 Desember 2026 "
        "and 15 Januari 2027. VAT note and office hours (08.00-16.00) are noise. Sent from a private Yahoo "
        "address, not the PO mailbox.",
        (po, {1: "A", 2: "A", 3: "A"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(43, "cz-lamp-lenses-vague-mid-january",
      "Czech reply that only estimates 'někdy v polovině ledna, spíš ke konci' pending glass from the works")
def c043():
    s = supplier("OZSIG", "Optika Železniční Signalizace a.s.", "prodej@optika-zs.example", "cs-CZ")
    po = PO("4500031884", s, "elena", "CZK", "2026-11-24", [
        ("OZS-LENS-136-R", "Signal lamp lens 136 mm, red, Fresnel", 40, "EA", "1280.00", "2027-01-15"),
        ("OZS-LENS-136-W", "Signal lamp lens 136 mm, lunar white, Fresnel", 20, "EA", "1280.00", "2027-01-15"),
    ], req_sent=when(2026, 11, 24, 10, 5))
    sent = when(2026, 11, 26, 14, 51, 2)
    body = (
        "Dobrý den,\n\n"
        "děkujeme za objednávku 4500031884. Termín zatím nedokážeme přesně potvrdit - čekáme na dodávku "
        "barevného skla z hutě. Odhadem by to mohlo být někdy v polovině ledna, spíš ke konci.\n\n"
        "Ceny 1 280,00 Kč/ks platí. Jakmile budeme mít potvrzený termín od hutě, ozveme se s řádným potvrzením.\n\n"
        "S pozdravem\n\n"
        "Jana Dvořáková\nobchodní oddělení\nOptika Železniční Signalizace a.s.\nNádražní 1187, 530 02 Pardubice\n"
        "tel. +420 466 555 310\n\n"
        "út 24. 11. 2026 v 10:05 odesílatel Elena Sokolova <%s> napsal:\n" % po.buyer_email
        + quote(po.request_text()))
    part = mime.text(body, charset="ISO-8859-2", quoted_charset=False)
    h = mime.hdrs("=?ISO-8859-2?Q?Jana_Dvo=F8=E1kov=E1?= <dvorakova@optika-zs.example>", po.buyer_addr,
                  "Re: " + po.subject, sent, mid_gmail("c043"), po.req_id, po.req_id, client="gmail")
    exp = other("needs_review", "Only a vague estimate ('odhadem ... v polovině ledna, spíš ke konci') and a "
                                "promise to confirm later; prices alone are not a commitment to deliver.")
    return [po], mime.build(h, part), exp


# ---------------------------------------------------------------------------
@case(44, "il-vacuum-seals-hebrew-partial",
      "Hebrew windows-1255 RTL Outlook reply: only 80 of 100 kits (model discontinued), ₪ prices, dd/mm/yyyy")
def c044():
    s = supplier("ARVAC", "A.R. Vacuum Sealing Ltd.", "sales@ar-vacuum.example", "he-IL")
    po = PO("4500031863", s, "jonas", "ILS", "2026-11-24", [
        ("ARV-SEAL-RV12", "Shaft seal kit for rotary vane pump RV12", 100, "SET", "145.00", "2026-12-14"),
        ("ARV-OR-ISO63", "ISO63 centering ring with Viton O-ring", 60, "EA", "38.50", "2026-12-14"),
    ], req_sent=when(2026, 11, 24, 12, 30))
    sent = when(2026, 11, 29, 11, 15, 38, 2)
    reply = (
        "שלום יונס,\n\n"
        "תודה על ההזמנה 4500031863. להלן אישור ההזמנה:\n\n"
        "שורה 1 - ערכת אטמים למשאבה RV12: נוכל לספק 80 ערכות בלבד (המלאי הקיים), במחיר 145.00 ₪ לערכה, "
        "אספקה 14/12/2026. את יתרת 20 הערכות לא נוכל לספק - הדגם יצא מייצור אצל היצרן.\n"
        "שורה 2 - טבעות מרכוז ISO63 עם אטם ויטון: 60 יח׳, 38.50 ₪ ליחידה, אספקה 14/12/2026.\n\n"
        "המחירים אינם כוללים מע\"מ.\n\n"
        "בברכה,\n"
        "אורית כהן\nמנהלת מכירות\nא.ר. אטימות ואקום בע\"מ\nרח' המלאכה 12, פתח תקווה\nטל' 03-5551234\n\n")
    full = reply + outlook_quote(po, "he", tz(2))
    cut = len(reply.rstrip("\n").split("\n")) + 1
    htm = html_from_text(full, "windows-1255", "HE", font="Arial", quoted_from=cut).replace(
        "<div class=WordSection1>", "<div class=WordSection1 dir=rtl>")
    alt = mime.multipart("alternative", [mime.text(full, charset="windows-1255"),
                                         mime.html(htm, charset="windows-1255")],
                         "_000_VI1PR04MB6032B0E7A1C24F9D83A6E5B1VI1PR04MB6032eurp_")
    h = mime.hdrs(mime.addr("אורית כהן", "orit@ar-vacuum.example", "windows-1255"), po.buyer_addr,
                  "RE: " + po.subject, sent, mid_outlook("c044"), po.req_id, po.req_id, client="outlook",
                  lang="he-IL", thread=(po.subject, thread_index("c044")))
    exp = confirmation(
        "Right-to-left Hebrew. Line 1: only 80 sets at 145.00 on 2026-12-14, the remaining 20 cannot be "
        "supplied -> changed quantity 80. Line 2 as ordered.",
        (po, {1: chg(q=80), 2: "A"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(45, "pl-door-rollers-invoice-other-order",
      "Polish VAT invoice (PDF) for an earlier order containing the same item code at another price and quantity")
def c045():
    s = supplier("DZWCZ", "Dźwigpol Części Sp. z o.o.", "biuro@dzwigpol-czesci.example", "pl-PL")
    po = PO("4500031872", s, "elena", "PLN", "2026-11-24", [
        ("DZ-ROL-75", "Elevator door roller Ø75 mm, 6201 bearing", 100, "EA", "34.00", "2026-12-15"),
        ("DZ-ROL-SET", "Hanger roller set for Selcom-type landing doors", 20, "SET", "189.00", "2026-12-15"),
    ], req_sent=when(2026, 11, 24, 14, 12))
    sent = when(2026, 11, 30, 12, 5, 0)
    body = ("Dzień dobry,\n\n"
            "w załączeniu przesyłamy fakturę VAT nr FV/2026/11/0457 do zamówienia 4500030964.\n"
            "Termin płatności: 30 dni od daty wystawienia (30.12.2026).\n\n"
            "Pozdrawiamy\nDział Księgowości\nDźwigpol Części Sp. z o.o.\nul. Fabryczna 8, 41-100 Siemianowice Śląskie\n")
    p = PDF()
    p.put("Dźwigpol Części Sp. z o.o.", 14, "F2")
    p.put("ul. Fabryczna 8, 41-100 Siemianowice Slaskie | NIP 643-177-52-10", 8)
    p.skip(14)
    p.put("FAKTURA VAT nr FV/2026/11/0457", 13, "F2")
    p.row([(56, "Data wystawienia: 30.11.2026"), (250, "Data sprzedaży: 27.11.2026"),
           (420, "Termin płatności: 30.12.2026")], 9)
    p.row([(56, "Nabywca: Brightwater Supply Group B.V., Waalhaven Zuidzijde 40, 3089 JH Rotterdam, NL"),], 9)
    p.row([(56, "NIP UE nabywcy: NL859123456B01"), (250, "Zamówienie nabywcy: 4500030964")], 9)
    p.skip(6)
    X = [56, 80, 170, 360, 400, 460, 539]
    p.row([(X[0], "Lp."), (X[1], "Indeks"), (X[2], "Nazwa"), (X[3] + 20, "Ilość", "right"), (X[4], "j.m."),
           (X[5] + 20, "Cena netto", "right"), (X[6], "Wartość netto", "right")], 9, "F2")
    p.rule()
    for r in [("1", "DZ-ROL-75", "Rolka drzwi dźwigu fi 75, łożysko 6201", "60", "szt.", "33,00", "1 980,00"),
              ("2", "DZ-SLIZG-12", "Ślizg progowy 12 mm", "200", "szt.", "2,10", "420,00")]:
        p.row([(X[0], r[0]), (X[1], r[1]), (X[2], r[2]), (X[3] + 20, r[3], "right"), (X[4], r[4]),
               (X[5] + 20, r[5], "right"), (X[6], r[6], "right")], 9)
    p.rule()
    p.row([(X[5] + 20, "Razem netto", "right"), (X[6], "2 400,00", "right")], 9, "F2")
    p.row([(X[5] + 20, "VAT 0% (WDT)", "right"), (X[6], "0,00", "right")], 9)
    p.row([(X[5] + 20, "Do zapłaty PLN", "right"), (X[6], "2 400,00", "right")], 10, "F2")
    p.skip(10)
    p.put("Słownie: dwa tysiące czterysta złotych 00/100", 9)
    p.put("Rachunek: PL 61 1090 1014 0000 0712 1981 2874 (Santander Bank Polska)", 9)
    att = mime.attachment(p.save(title="FV/2026/11/0457", producer="Comarch ERP Optima"), "application/pdf",
                          "FV_2026_11_0457.pdf")
    root = mime.multipart("mixed", [mime.text(body, charset="iso-8859-2"), att],
                          "----=_NextPart_000_0457_01DB4312.6A0B2C10")
    h = mime.hdrs("=?iso-8859-2?Q?Dzia=B3_Ksi=EAgowo=B6ci?= <ksiegowosc@dzwigpol-czesci.example>",
                  "faktury@" + DOMAIN, "Faktura VAT FV/2026/11/0457 - zam. 4500030964", sent,
                  mid_generic("c045", "dzwigpol-czesci.example", "upper"),
                  extra=[("X-Mailer", "Comarch ERP Optima 2026.1")])
    exp = other("unrelated", "Invoice for earlier order 4500030964 (60 x DZ-ROL-75 at 33,00); it is not an "
                             "answer to PO 4500031872 although the item code matches.")
    return [po], mime.build(h, root), exp


# ---------------------------------------------------------------------------
@case(46, "ua-lamp-lenses-windows1251",
      "Ukrainian windows-1251 reply with genitive month names ('20 січня 2027 р.'), a reduced quantity and a later date")
def c046():
    s = supplier("SVITSIG", "TOV Svitlosyhnal", "zbut@svitlosignal.example", "uk-UA")
    po = PO("4500031831", s, "elena", "EUR", "2026-11-21", [
        ("SS-LENS-ALS-Y", "Railway lamp lens 160 mm, yellow, for ALS signal", 50, "EA", "22.80", "2026-12-16"),
        ("SS-LENS-ALS-R", "Railway lamp lens 160 mm, red, for ALS signal", 50, "EA", "22.80", "2026-12-16"),
        ("SS-REFL-160", "Reflector for 160 mm signal head", 30, "EA", "17.40", "2027-01-13"),
    ], req_sent=when(2026, 11, 23, 9, 50))
    sent = when(2026, 11, 27, 12, 34, 56, 2)
    reply = (
        "Доброго дня, пані Олено!\n\n"
        "Підтверджуємо замовлення № 4500031831:\n\n"
        "1) лінзи жовті 160 мм (SS-LENS-ALS-Y) - 50 шт. по 22,80 EUR, поставка 16.12.2026;\n"
        "2) лінзи червоні 160 мм (SS-LENS-ALS-R) - через нестачу червоного скла можемо поставити лише 40 шт. "
        "по 22,80 EUR, поставка 16.12.2026; решту 10 шт. поставити не зможемо;\n"
        "3) відбивачі 160 мм (SS-REFL-160) - 30 шт. по 17,40 EUR, поставка 20 січня 2027 р.\n\n"
        "З повагою,\n"
        "Олег Ткаченко\nменеджер з продажу\nТОВ «Світлосигнал»\nм. Харків, вул. Залізнична, 14\n"
        "тел. +380 57 555 21 40\n\n")
    full = reply + outlook_quote(po, "uk", tz(2))
    alt = _outlook_alt(full, reply, "windows-1251", "UK", "_000_AS1PR08MB7341C2E0F9A14B6D8E3A7F10AS1PR08MB7341eurp_")
    h = mime.hdrs(mime.addr("Олег Ткаченко", "o.tkachenko@svitlosignal.example", "windows-1251"), po.buyer_addr,
                  "RE: " + po.subject, sent, mid_outlook("c046"), po.req_id, po.req_id, client="outlook",
                  lang="uk-UA", thread=(po.subject, thread_index("c046")))
    exp = confirmation(
        "Line 1 as ordered; line 2 only 40 of 50 (rest cannot be supplied); line 3 '20 січня 2027 р.' = "
        "2027-01-20.",
        (po, {1: "A", 2: chg(q=40), 3: chg(d="2027-01-20")}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(47, "br-nail-files-gmail-emoji-split",
      "Brazilian Portuguese Gmail reply with ✔ marks, 'R$ 0,42', '8.000 pçs' and a split on the last line")
def c047():
    s = supplier("LIXPAU", "Lixas Paulista Indústria e Comércio Ltda.", "vendas@lixaspaulista.example", "pt-BR")
    po = PO("4500031855", s, "tom", "BRL", "2026-11-23", [
        ("LP-LIXA-100", "Nail file 100/180, banana shape, white", 8000, "PCS", "0.42", "2026-12-18"),
        ("LP-LIXA-PRO", "Professional nail file 150/150, sponge core", 4000, "PCS", "0.78", "2026-12-18"),
        ("LP-POLIDOR", "Nail buffer, 3-way", 2000, "PCS", "0.95", "2027-01-08"),
    ], req_sent=when(2026, 11, 23, 14, 5))
    sent = when(2026, 11, 24, 9, 58, 31, -3)
    t = po.req_sent.astimezone(tz(-3))
    body = (
        "Bom dia Tomás, tudo bem?\n\n"
        "Segue confirmação do pedido 4500031855:\n\n"
        "- Lixa 100/180 banana: 8.000 pçs, R$ 0,42, entrega 18/12/2026 ✔\n"
        "- Lixa profissional 150/150: 4.000 pçs, R$ 0,78, entrega 18/12/2026 ✔\n"
        "- Polidor 3 faces: só conseguimos 1.500 pçs para 08/01; as outras 500 pçs ficam para 22/01/2027.\n\n"
        "Valores sem impostos (IPI/ICMS à parte, exportação).\n\n"
        "Abraço,\n"
        "Fernanda Souza\nComercial - Lixas Paulista\n(11) 5555-0427 | WhatsApp (11) 95555-0427\n\n"
        "Em seg., %d de nov. de 2026 às %02d:%02d, Tomás Ferreira <%s> escreveu:\n" % (t.day, t.hour, t.minute,
                                                                                     po.buyer_email)
        + quote(po.request_text()))
    htm = ("<div dir=\"ltr\">" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
           .replace("\n", "<br>\n") + "</div>\n")
    alt = mime.multipart("alternative", [mime.text(body, charset="UTF-8", quoted_charset=False),
                                         mime.html(htm, charset="UTF-8", quoted_charset=False)],
                         "000000000000e1f7b20627a4c9d3")
    h = mime.hdrs("Fernanda Souza <fernanda.souza@lixaspaulista.example>", po.buyer_addr, "Re: " + po.subject,
                  sent, mid_gmail("c047"), po.req_id, po.req_id, client="gmail")
    exp = confirmation(
        "Lines 1-2 as ordered ('8.000 pçs' = 8000). Line 3 split: 1,500 on 08/01 (= 2027-01-08, next such date) "
        "and 500 on 22/01/2027.",
        (po, {1: "A", 2: "A", 3: chg(d="2027-01-22", sched=[(1500, "2027-01-08"), (500, "2027-01-22")])}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(48, "jp-pen-nibs-iso2022jp-auto-reply-holiday",
      "ISO-2022-JP automatic receipt plus year-end closure notice with dates (〜) that are not delivery dates")
def c048():
    s = supplier("OSKNIB", "有限会社 大阪ペン先工房 (Osaka Pen Nib Studio)", "info@osaka-penpoint.example", "ja-JP")
    po = PO("4500031879", s, "karin", "JPY", "2026-11-25", [
        ("OPN-21K-M", "Fountain pen nib 21k gold, M, size 8", 50, "EA", "6800", "2027-01-20"),
        ("OPN-SS-F", "Steel nib, F, size 5, silver", 300, "EA", "420", "2027-01-20"),
    ], req_sent=when(2026, 12, 4, 2, 15, 30))
    sent = when(2026, 12, 4, 10, 15, 36, 9)
    body = (
        "※本メールは自動返信です。\n\n"
        "お問い合わせいただき、誠にありがとうございます。\n"
        "有限会社 大阪ペン先工房でございます。\n\n"
        "メールを受け付けました。内容を確認のうえ、担当者より２営業日以内にご連絡いたします。\n"
        "ご注文の場合は、担当者が在庫・納期を確認後、正式な注文請書をお送りいたします。\n\n"
        "【年末年始休業のお知らせ】\n"
        "誠に勝手ながら、下記の期間を年末年始休業とさせていただきます。\n"
        "　休業期間：２０２６年１２月２６日（土）〜２０２７年１月５日（火）\n"
        "　※１月６日（水）より通常営業いたします。\n"
        "休業期間中にいただいたお問い合わせは、１月６日以降順次対応いたします。\n\n"
        "Thank you for your e-mail. This is an automatic reply. We will contact you within 2 business days.\n"
        "Our office is closed from December 26, 2026 to January 5, 2027.\n\n"
        "--------------------------------------------------\n"
        "有限会社 大阪ペン先工房\n"
        "〒542-0081 大阪市中央区南船場 2-7-14\n"
        "TEL 06-5555-2280 / FAX 06-5555-2281\n"
        "--------------------------------------------------\n")
    part = mime.text(body, charset="ISO-2022-JP", cte="7bit", quoted_charset=False)
    h = mime.hdrs(mime.addr("大阪ペン先工房", "info@osaka-penpoint.example", "ISO-2022-JP"), po.buyer_addr,
                  mime.ew("【自動返信】お問い合わせありがとうございます", "ISO-2022-JP"), sent,
                  mid_generic("c048", "osaka-penpoint.example"), po.req_id, po.req_id,
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Reply", "yes"),
                         ("X-Mailer", "XServer Autoresponder")])
    exp = other("auto_reply", "Autoresponder: receipt + year-end closure 2026-12-26..2027-01-05; a formal order "
                              "acceptance (注文請書) is promised later. No commitment.")
    return [po], mime.build(h, part), exp


# ---------------------------------------------------------------------------
@case(49, "pt-candle-holders-iphone-pdf-only",
      "iPhone mail with 'Segue em anexo' and a PDF order confirmation; the answer is only in the PDF (VAT-exempt totals present)")
def c049():
    s = supplier("MSBRAGA", "Metalurgia Sacra de Braga, Lda.", "encomendas@metalurgiasacra.example", "pt-PT")
    po = PO("4500031826", s, "karin", "EUR", "2026-11-21", [
        ("MSB-CAST-60", "Altar candlestick, brass, 60 cm (pair)", 12, "PR", "118.00", "2026-12-18"),
        ("MSB-CAND-7", "Seven-branch candelabrum, bronze finish", 4, "EA", "395.00", "2026-12-18"),
    ], req_sent=when(2026, 11, 23, 11, 20))
    sent = when(2026, 11, 28, 10, 41, 17, 0)
    p = PDF()
    p.put("METALURGIA SACRA DE BRAGA, LDA.", 14, "F2")
    p.put("Rua do Souto 221, 4700-329 Braga - Portugal | NIF PT 509 555 123 | Tel. 253 555 410", 8)
    p.skip(16)
    p.put("CONFIRMAÇÃO DE ENCOMENDA N.º CE 2026/1187", 12, "F2")
    p.row([(56, "Data: 27-11-2026"), (200, "V/ Encomenda: 4500031826 de 21-11-2026"), (420, "Cliente: 2231")], 9)
    p.row([(56, "Exmos. Senhores: Brightwater Supply Group B.V., Rotterdam (NL)")], 9)
    p.skip(6)
    X = [56, 76, 150, 330, 370, 420, 480, 539]
    p.row([(X[0], "N.º"), (X[1], "Artigo"), (X[2], "Descrição"), (X[3] + 15, "Qtd.", "right"), (X[4], "Un."),
           (X[5] + 30, "Preço Unit.", "right"), (X[7], "Total", "right")], 9, "F2")
    p.rule()
    for r in [("1", "MSB-CAST-60", "Castiçal de altar em latão 60 cm (par)", "12", "PAR", "118,00 €", "1.416,00 €",
               "18-12-2026"),
              ("2", "MSB-CAND-7", "Candelabro de 7 braços, acab. bronze", "4", "UN", "395,00 €", "1.580,00 €",
               "08-01-2027")]:
        p.row([(X[0], r[0]), (X[1], r[1]), (X[2], r[2]), (X[3] + 15, r[3], "right"), (X[4], r[4]),
               (X[5] + 30, r[5], "right"), (X[7], r[6], "right")], 9, gap=11)
        p.row([(X[2], "Data de entrega: " + r[7])], 8, "F4")
    p.rule()
    p.row([(X[5] + 30, "Total ilíquido", "right"), (X[7], "2.996,00 €", "right")], 9)
    p.row([(X[5] + 30, "IVA (isento, art. 14.º RITI)", "right"), (X[7], "0,00 €", "right")], 9)
    p.row([(X[5] + 30, "Total", "right"), (X[7], "2.996,00 €", "right")], 10, "F2")
    p.skip(14)
    p.put("Condições: entrega DAP Roterdão; pagamento a 30 dias. Processado por programa certificado n.º 1234/AT.", 8)
    att = mime.attachment(p.save(title="CE 2026/1187", producer="PHC CS"), "application/pdf",
                          "Confirmacao_encomenda_CE2026-1187.pdf", extra_headers=[("Content-Id", "<9B1E6A2C-7F4D@eml>")])
    t = po.req_sent.astimezone(tz(0))
    part1 = mime.text("Bom dia,\nSegue em anexo.\n\nCumprimentos\nRui Carvalho\n", charset="utf-8", cte="7bit",
                      quoted_charset=False)
    part2 = mime.text("\n\nEnviado do meu iPhone\n\n> No dia %d/%02d/%d, às %02d:%02d, Karin Holt <%s> escreveu:\n>\n"
                      % (t.day, t.month, t.year, t.hour, t.minute, po.buyer_email)
                      + quote(po.request_text()), charset="utf-8", quoted_charset=False)
    root = mime.multipart("mixed", [part1, att, part2], "Apple-Mail-7C1B2A90-3E4F-4D5A-9B6C-1D2E3F405162")
    h = mime.hdrs("Rui Carvalho <rui.carvalho@metalurgiasacra.example>", po.buyer_addr, "Re: " + po.subject, sent,
                  "<7C1B2A90-3E4F-4D5A-9B6C-1D2E3F405162@metalurgiasacra.example>", po.req_id, po.req_id,
                  client="iphone")
    exp = confirmation(
        "Body is only 'Segue em anexo'; the PDF confirms line 1 as ordered and line 2 for 08-01-2027. "
        "'IVA isento' and totals are not unit prices.",
        (po, {1: "A", 2: chg(d="2027-01-08")}))
    return [po], mime.build(h, root), exp


# ---------------------------------------------------------------------------
@case(50, "cn-kayak-paddles-deposit-first",
      "Chinese exporter: price OK but delivery only '35 days after deposit', date to be confirmed after T/T; PI attached")
def c050():
    s = supplier("NBHL", "Ningbo Hailang Outdoor Products Co., Ltd.", "sales@nbhailang-outdoor.example", "zh-CN")
    po = PO("4500031858", s, "priya", "USD", "2026-11-23", [
        ("HL-KP-220-FG", "Kayak paddle 220 cm, fibreglass shaft, nylon blades", 300, "EA", "18.60", "2027-01-22"),
        ("HL-KP-230-AL", "Kayak paddle 230 cm, aluminium shaft", 200, "EA", "11.90", "2027-01-22"),
    ], req_sent=when(2026, 11, 23, 9, 0))
    sent = when(2026, 11, 25, 17, 26, 40, 8)
    t = po.req_sent.astimezone(tz(8))
    body = (
        "Dear Priya,\n\n"
        "Thanks for your PO 4500031858. Our boss has checked, price is OK for us.\n\n"
        "But factory schedule is very full before Chinese New Year. We will confirm the delivery date after we "
        "receive 30%% deposit, production need about 35 days after deposit. Please arrange T/T and send us the "
        "bank slip, then we arrange production at once.\n\n"
        "PI attached for your reference.\n\n"
        "谢谢！\n"
        "Best regards,\nCoco Zhang\nNingbo Hailang Outdoor Products Co., Ltd.\n"
        "Tel/WhatsApp/WeChat: +86 138 5555 7421\n"
        "Add: No. 88 Binhai Road, Beilun District, Ningbo, Zhejiang, China\n\n"
        "------------------ Original ------------------\n"
        "From:  \"Priya Raman\"<%s>;\n"
        "Date:  Mon, Nov 23, 2026 04:00 PM\n"
        "To:  \"sales\"<%s>;\n"
        "Subject:  %s\n\n" % (po.buyer_email, po.to, po.subject) + po.request_text())
    p = PDF()
    p.put("NINGBO HAILANG OUTDOOR PRODUCTS CO., LTD.", 14, "F2")
    p.put("No. 88 Binhai Road, Beilun District, Ningbo, Zhejiang, China", 8)
    p.skip(14)
    p.put("PROFORMA INVOICE", 14, "F2")
    p.row([(56, "PI No.: HL26-1125-03"), (250, "Date: Nov. 25, 2026"), (420, "Buyer PO: 4500031858")], 9)
    p.row([(56, "Buyer: Brightwater Supply Group B.V., Rotterdam, The Netherlands")], 9)
    p.skip(6)
    X = [56, 80, 190, 380, 450, 539]
    p.row([(X[0], "No."), (X[1], "Item"), (X[2], "Description"), (X[3], "Qty (pcs)", "right"),
           (X[4], "Unit USD", "right"), (X[5], "Amount USD", "right")], 9, "F2")
    p.rule()
    for r in [("1", "HL-KP-220-FG", "Kayak paddle 220cm FG shaft nylon blade", "300", "18.60", "5,580.00"),
              ("2", "HL-KP-230-AL", "Kayak paddle 230cm aluminium shaft", "200", "11.90", "2,380.00")]:
        p.row([(X[0], r[0]), (X[1], r[1]), (X[2], r[2]), (X[3], r[3], "right"), (X[4], r[4], "right"),
               (X[5], r[5], "right")], 9)
    p.rule()
    p.row([(X[4], "TOTAL", "right"), (X[5], "7,960.00", "right")], 10, "F2")
    p.skip(10)
    for ln in ["Payment: 30% T/T deposit (USD 2,388.00), balance 70% against B/L copy",
               "Delivery time: about 35 days after receipt of deposit",
               "Shipment: FOB Ningbo, sea freight", "Packing: 10 pcs per carton",
               "Bank: Bank of Ningbo, Beilun Branch, SWIFT BKNBCN2N, A/C 7601 0122 0005 5218"]:
        p.put(ln, 9)
    att = mime.attachment(p.save(title="PI HL26-1125-03", producer="Microsoft Excel 2016"), "application/pdf",
                          "PI HL26-1125-03 Brightwater.pdf")
    alt = mime.multipart("alternative", [
        mime.text(body, charset="GB18030", cte="base64"),
        mime.html("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB18030\"></head><body>"
                  + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
                  + "</body></html>\n", charset="GB18030", cte="base64")],
        "----=_NextPart_6744D1F0_0E7A3B58_2C9E5F11")
    root = mime.multipart("mixed", [alt, att], "----=_NextPart_6744D1F0_0E7A3B58_2C9E5F10")
    h = mime.hdrs(mime.addr("Coco Zhang", po.to), po.buyer_addr, "Re:" + po.subject, sent,
                  "<tencent_8A2C4E61B7D30F5A92E1C7B4@qq.example>", po.req_id, po.req_id, client="foxmail")
    exp = other("needs_review", "Price accepted but the delivery date will only be confirmed after a 30% "
                                "deposit ('about 35 days after deposit'); the PI repeats the PO prices without a "
                                "date. Commitment only for later.")
    return [po], mime.build(h, root), exp


# ---------------------------------------------------------------------------
@case(51, "ro-parquet-adhesive-correction-of-earlier-mail",
      "Romanian correction mail ('vă rog să ignorați e-mailul de azi-dimineață') quoting the earlier, wrong confirmation")
def c051():
    s = supplier("ADCARP", "Adeziv Parchet Carpați S.R.L.", "comenzi@adezivcarpati.example", "ro-RO")
    po = PO("4500031839", s, "elena", "RON", "2026-11-23", [
        ("AC-PU1K-16", "1K polyurethane parquet adhesive, 16 kg bucket", 640, "KG", "14.20", "2026-12-17"),
        ("AC-MSP-14", "MS-polymer parquet adhesive, 14 kg bucket", 420, "KG", "16.90", "2026-12-17"),
        ("AC-GRUND-10", "Primer for parquet subfloor, 10 kg", 100, "KG", "9.80", "2026-12-17"),
    ], req_sent=when(2026, 11, 23, 12, 30))
    first_sent = when(2026, 11, 26, 9, 12, 5, 2)
    first_id = mid_outlook("c051-first")
    sent = when(2026, 11, 26, 15, 44, 30, 2)
    first = (
        "Bună ziua doamna Sokolova,\n\n"
        "vă confirmăm comanda 4500031839:\n\n"
        "Poz. 1 - 640 kg (40 găleți x 16 kg), 14,20 lei/kg, livrare 17.12.2026\n"
        "Poz. 2 - 420 kg (30 găleți x 14 kg), 16,90 lei/kg, livrare 17.12.2026\n"
        "Poz. 3 - 100 kg (10 bidoane x 10 kg), 9,80 lei/kg, livrare 17.12.2026\n\n"
        "Cu stimă,\nIoana Popescu\n\n")
    reply = (
        "Bună ziua doamna Sokolova,\n\n"
        "vă rog să ignorați e-mailul meu de azi-dimineață - am trecut greșit termenul la poziția 2. Corect este:\n\n"
        "Poz. 1 - 640 kg, 14,20 lei/kg, livrare 17.12.2026\n"
        "Poz. 2 - 420 kg, 16,90 lei/kg, livrare 14.01.2027 (nu 17.12.2026 cum am scris inițial; rășina MS "
        "sosește abia în ianuarie)\n"
        "Poz. 3 - 100 kg, 9,80 lei/kg, livrare 17.12.2026\n\n"
        "Ne cerem scuze pentru confuzie.\n\n"
        "Cu stimă,\n"
        "Ioana Popescu\nDepartament Vânzări\nAdeziv Parchet Carpați S.R.L.\nStr. Fabricii nr. 9, 500269 Brașov\n"
        "Tel. +40 268 555 314\nCUI RO 31555210, J08/1555/2013\n\n")
    full = (reply + outlook_header("ro", "Ioana Popescu", outlook_date("ro", first_sent), po.buyer_addr,
                                   "RE: " + po.subject) + "\n" + first
            + outlook_quote(po, "ro", tz(2)))
    alt = _outlook_alt(full, reply, "iso-8859-16", "RO", "_000_VI1P195MB0701A3C5E2D14F0B97E6A8C1VI1P195MB0701EURP_")
    h = mime.hdrs("Ioana Popescu <ioana.popescu@adezivcarpati.example>", po.buyer_addr, "RE: " + po.subject, sent,
                  mid_outlook("c051"), first_id, mime.refs(po.req_id, first_id), client="outlook", lang="ro-RO",
                  thread=(po.subject, thread_index("c051")))
    exp = confirmation(
        "This mail corrects the morning confirmation (quoted below it): position 2 is 14.01.2027, not "
        "17.12.2026. Lines 1 and 3 as ordered.",
        (po, {1: "A", 2: chg(d="2027-01-14"), 3: "A"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(52, "gr-cable-sleeves-greek-genitive-months",
      "Greek ISO-8859-7 reply with genitive month names ('22 Ιανουαρίου 2027'), '1.012,00 €' price and a February date")
def c052():
    s = supplier("HELCAB", "Hellenic Cable Accessories S.A.", "sales@hellenic-cableacc.example", "el-GR")
    po = PO("4500031850", s, "marcus", "EUR", "2026-11-23", [
        ("HCA-JS-33KV", "Submarine cable joint sleeve 33 kV, 3-core, 240 mm²", 6, "EA", "1840.00", "2027-01-22"),
        ("HCA-BEND-RST", "Bend restrictor sleeve, polyurethane, 160 mm ID", 12, "EA", "965.00", "2027-01-22"),
        ("HCA-ABR-SLV", "Abrasion protection sleeve, 5 m", 20, "EA", "212.00", "2026-12-18"),
    ], req_sent=when(2026, 11, 23, 13, 10))
    sent = when(2026, 11, 30, 12, 7, 3, 2)
    reply = (
        "Αγαπητέ κ. Dell,\n\n"
        "Σας ευχαριστούμε για την παραγγελία σας αρ. 4500031850. Επιβεβαιώνουμε τα εξής:\n\n"
        "1. HCA-JS-33KV - 6 τεμ. - 1.840,00 € / τεμ. - παράδοση 22 Ιανουαρίου 2027\n"
        "2. HCA-BEND-RST - 12 τεμ. - 1.012,00 € / τεμ. (αναπροσαρμογή τιμής λόγω κόστους πολυουρεθάνης) - "
        "παράδοση 22 Ιανουαρίου 2027\n"
        "3. HCA-ABR-SLV - 20 τεμ. - 212,00 € / τεμ. - παράδοση 5 Φεβρουαρίου 2027\n\n"
        "Οι τιμές δεν περιλαμβάνουν ΦΠΑ (ενδοκοινοτική παράδοση).\n\n"
        "Με εκτίμηση,\n\n"
        "Νίκος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΕλληνικά Καλώδια Εξαρτήματα Α.Ε.\n"
        "Λεωφ. Θηβών 212, 182 33 Άγιος Ιωάννης Ρέντης\nΤηλ. +30 210 555 4870\n\n")
    full = reply + outlook_quote(po, "el", tz(2))
    alt = _outlook_alt(full, reply, "iso-8859-7", "EL", "_000_DB9PR02MB7046E0A3C1D24B5F86E9A7C3DB9PR02MB7046eurp_")
    h = mime.hdrs(mime.addr("Νίκος Παπαδόπουλος", "n.papadopoulos@hellenic-cableacc.example", "iso-8859-7"),
                  po.buyer_addr, mime.ew("ΑΠ: " + po.subject, "iso-8859-7"), sent, mid_outlook("c052"), po.req_id,
                  po.req_id, client="outlook", lang="el-GR", thread=(po.subject, thread_index("c052")))
    exp = confirmation(
        "Greek genitive month names. Line 1 as ordered; line 2 price 1.012,00 (was 965,00); line 3 moved from "
        "2026-12-18 to 5 Φεβρουαρίου 2027 = 2027-02-05.",
        (po, {1: "A", 2: chg(p="1012.00"), 3: chg(d="2027-02-05")}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(53, "ie-oyster-knives-exim-delay-warning",
      "Exim 'Warning: message delayed 24 hours' DSN (Action: delayed) from a shared hosting server, request headers attached")
def c053():
    s = supplier("ATLSHT", "Atlantic Shellfish Tools Ltd", "orders@atlanticshellfish.example", "en-IE")
    po = PO("4500031867", s, "karin", "EUR", "2026-11-24", [
        ("AST-OK-GALWAY", "Oyster knife, Galway pattern, stainless", 240, "EA", "7.80", "2026-12-14"),
        ("AST-OK-BOSTON", "Oyster knife, Boston pattern, rosewood handle", 120, "EA", "9.20", "2026-12-14"),
    ], req_sent=when(2026, 11, 25, 9, 40, 12))
    host = "server217.irishhost.example"
    mid = "1wKp3R-0007fT-1c"
    sent = when(2026, 11, 26, 8, 41, 2, 0)
    txt = ("This message was created automatically by mail delivery software.\n"
           "A message that you sent has not yet been delivered to one or more of its\n"
           "recipients after more than 24 hours on the queue on %s.\n\n"
           "The message identifier is:     %s\n"
           "The subject of the message is: %s\n"
           "The date of the message is:    Wed, 25 Nov 2026 09:40:12 +0100\n\n"
           "The address to which the message has not yet been delivered is:\n\n"
           "  orders@atlanticshellfish.example\n"
           "    host mail.atlanticshellfish.example [198.51.100.23]\n"
           "    Delay reason: SMTP error from remote mail server after initial connection:\n"
           "    421 4.3.2 Service not available, closing transmission channel\n\n"
           "No action is required on your part. Delivery attempts will continue for\n"
           "some time, and this warning may be repeated at intervals if the message\n"
           "remains undelivered. Eventually the mail delivery software will give up,\n"
           "and when that happens, the message will be returned to you.\n" % (host, mid, po.subject))
    ds = ("Reporting-MTA: dns; %s\n\n"
          "Action: delayed\n"
          "Final-Recipient: rfc822;orders@atlanticshellfish.example\n"
          "Status: 4.0.0\n"
          "Remote-MTA: dns; mail.atlanticshellfish.example\n"
          "Diagnostic-Code: smtp; 421 4.3.2 Service not available, closing transmission channel\n"
          "Will-Retry-Until: Sat, 28 Nov 2026 08:40:14 +0000\n" % host)
    hb = ours.request_header_block(po, ["from smtp-out.brightwater-supply.example ([192.0.2.41])\n\tby %s with "
                                        "esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from "
                                        "<%s>)\n\tid %s\n\tfor orders@atlanticshellfish.example;\n\tWed, 25 Nov 2026 "
                                        "08:40:14 +0000" % (host, po.buyer_email, mid)])
    root = mime.multipart("report", [mime.text(txt, charset="us-ascii", cte="7bit", quoted_charset=False),
                                     mime.plain_part("message/delivery-status", ds, cte=None),
                                     mime.plain_part("text/rfc822-headers; charset=us-ascii", hb, cte=None)],
                          "1795682462-eximdsn-1288416529", params=" report-type=delivery-status;")
    h = [("Return-path", "<>"), ("Envelope-to", po.buyer_email), ("Delivery-date", "Thu, 26 Nov 2026 08:41:04 +0000"),
         ("Auto-Submitted", "auto-replied"),
         ("From", "Mail Delivery System <Mailer-Daemon@%s>" % host),
         ("To", po.buyer_email),
         ("References", po.req_id),
         ("Subject", "Warning: message %s delayed 24 hours" % mid),
         ("MIME-Version", "1.0"),
         ("Message-Id", "<E1wLbq6-0001Yx-8k@%s>" % host),
         ("Date", mime.date(sent))]
    exp = other("bounce", "Exim delay warning (Action: delayed, 4.x.x); not yet a failure but a delivery "
                          "status notification, nothing from the supplier.")
    return [po], mime.build(h, root, mime_version=False), exp
