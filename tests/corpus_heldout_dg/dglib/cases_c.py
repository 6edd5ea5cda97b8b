# -*- coding: utf-8 -*-
from .common import *


@case("kayak-paddles-vnd-dots-vi", "confirmation", "vi-VN",
      "Vietnamese reply with VND amounts using dot thousands separators ('185.000 đ'); accessory line price raised.")
def c037():
    S = sup("SONGH", "Công ty TNHH Dụng Cụ Thể Thao Sông Hàn", "sales@songhan-sport.example", "vi-VN")
    p = mkpo("4500031038", S, "tom", "VND", "2026-11-12", [
        ("KP-PLS-210", "Kayak paddle, plastic blade, aluminium shaft, 210 cm", 300, "PC", "185000.00", "2026-12-28"),
        ("KP-LEASH", "Paddle leash, coiled", 300, "PC", "42000.00", "2026-12-28"),
    ])
    body = """Kính gửi anh Tom,

Chúng tôi xác nhận đơn hàng số 4500031038 như sau:

1. Mái chèo kayak KP-PLS-210: 300 cái, đơn giá 185.000 đ/cái, giao hàng ngày 28/12/2026.
2. Dây giữ mái chèo KP-LEASH: 300 cái, đơn giá 45.000 đ/cái (giá dây cao su tăng từ tháng 11), giao hàng ngày 28/12/2026.

Trân trọng,
Nguyễn Thị Thu Hà
Phòng Kinh doanh – Công ty TNHH Dụng Cụ Thể Thao Sông Hàn
Lô B5, KCN Hòa Khánh, Đà Nẵng | ĐT: 0236 3731 558 | MST: 0401234567
""" + q_gmail(p, "Vào Th 5, 12 thg 11, 2026 lúc 09:05 Tom Okafor <tom.okafor@harbourline.example> đã viết:")
    m = eml(p, alt(body, html_wrap(nl2br(body), "vi"), style="gmail"), "2026-11-16 09:27:40",
            ("Nguyễn Thị Thu Hà", S["email"]), prefix="Re:", tz="+0700", midstyle="gmail")
    e = expected("confirmation", "VND uses dot as thousands separator: 185.000 = 185000 (as ordered); line 2 45.000 = 45000 vs 42000 -> changed price. Dates 28/12/2026 as requested.",
                 [conf(p, acc(p, 1), chg(p, 2, price="45000.00"))])
    return [p], m, e


@case("pool-noodles-weekday-date-id", "confirmation", "id-ID",
      "Indonesian reply: quantities and prices as ordered but delivery 'hari Kamis, 17 Desember' (no year) for both lines.")
def c038():
    S = sup("MITRA", "PT Mitra Busa Indah", "marketing@mitrabusa.example", "id-ID")
    p = mkpo("4500031039", S, "priya", "USD", "2026-11-13", [
        ("PN-70-BLUE", "Pool noodle, 70 mm dia, 150 cm, blue", 1500, "PC", "1.10", "2026-12-15"),
        ("PN-70-PINK", "Pool noodle, 70 mm dia, 150 cm, pink", 1500, "PC", "1.10", "2026-12-15"),
    ])
    body = """Dengan hormat Ibu Priya,

Terima kasih atas PO 4500031039. Jumlah dan harga kami konfirmasi sesuai PO
(biru 1.500 pcs dan pink 1.500 pcs @ USD 1,10).

Namun karena antrian produksi, barang baru bisa kami kirim sampai di gudang Ibu
pada hari Kamis, 17 Desember.

Hormat kami,
Dewi Lestari
PT Mitra Busa Indah
Jl. Raya Rungkut Industri III No. 21, Surabaya 60293
Telp. (031) 843 2271 / WA 0812 3301 7745
"""
    m = eml(p, text(body), "2026-11-16 13:50:18", ("Dewi Lestari", S["email"]), prefix="RE:", tz="+0700",
            midstyle="outlook")
    e = expected("confirmation", "Quantities (1.500 = 1500) and price (USD 1,10 = 1.10) as ordered; arrival Thursday 17 December (no year -> 2026-12-17) instead of 2026-12-15, both lines changed.",
                 [conf(p, chg(p, 1, date="2026-12-17"), chg(p, 2, date="2026-12-17"))])
    return [p], m, e


@case("invoice-other-po-pdf-ms", "unrelated", "ms-MY",
      "Malay invoice mail with a PDF invoice for a different, older PO (4500028811) from the same supplier; our open PO is not answered.")
def c039():
    S = sup("KAPAL", "Kelengkapan Kapal Sdn. Bhd.", "akaun@kelengkapankapal.example", "ms-MY")
    p = mkpo("4500031040", S, "jonas", "MYR", "2026-11-13", [
        ("BC-GALV-150", "Boat cleat, galvanised, 150 mm", 250, "EA", "12.80", "2026-12-21"),
    ])
    inv = ["KELENGKAPAN KAPAL SDN. BHD. (123456-K)", "Lot 7, Jalan Pelabuhan, 42000 Pelabuhan Klang, Selangor",
           "", "INVOIS / INVOICE No. INV-26-10922", "Tarikh / Date: 13/11/2026", "PO Pelanggan / Customer PO: 4500028811",
           "", "Item   Keterangan                      Kuantiti  Harga (MYR)  Jumlah (MYR)",
           "1      Boat cleat galvanised 100 mm     400 EA      9.60        3,840.00",
           "2      Mooring ring 60 mm               200 EA      4.25          850.00", "",
           "Jumlah / Total                                                4,690.00",
           "Tempoh bayaran: 30 hari. Bank: Maybank 5140 1234 5678"]
    body = """Tuan/Puan,

Dilampirkan invois INV-26-10922 bagi pesanan belian 4500028811 yang telah dihantar pada 10/11/2026.
Mohon jelaskan bayaran dalam tempoh 30 hari.

Terima kasih.

Siti Nurhaliza binti Ahmad
Jabatan Akaun, Kelengkapan Kapal Sdn. Bhd.
Tel: 03-3168 2240
"""
    m = eml(p, multi("mixed", text(body), att(pdf(inv), "application/pdf", "INV-26-10922.pdf")),
            "2026-11-16 10:31:00", ("Akaun Kelengkapan Kapal", S["email"]),
            subject="Invois INV-26-10922 / PO 4500028811", reply=False, tz="+0800")
    e = expected("unrelated", "Invoice for an earlier, already delivered PO 4500028811 (not one of our open POs); it says nothing about PO 4500031040.")
    return [p], m, e


@case("abacus-beads-taglish-split-ph", "confirmation", "tl-PH",
      "Taglish phone reply with month-first 'Dec 15' / 'Jan 8': line 2 split 10 boxes now, 5 in January.")
def c040():
    S = sup("BOHOL", "Bohol Woodcraft Trading", "boholwoodcraft.orders@boholwood.example", "tl-PH")
    p = mkpo("4500031041", S, "priya", "USD", "2026-11-13", [
        ("AB-MAP-8", "Abacus beads, maple, 8 mm, box of 1000", 25, "BOX", "14.00", "2026-12-15"),
        ("AB-COCO-8", "Abacus beads, coconut shell, 8 mm, box of 1000", 15, "BOX", "19.50", "2026-12-15"),
    ])
    body = """Hi Ma'am Priya,

Noted po PO 4500031041. Item 1 - 25 boxes confirmed po, $14.00/box, delivery Dec 15.
Item 2 po 10 boxes lang ang ready by Dec 15, yung remaining 5 boxes Jan 8 na po ang dating. Same price $19.50.

Thank you po!
Joy

Sent from Yahoo Mail on Android
""" + q_gmail(p)
    m = eml(p, text(body, cte="quoted-printable"), "2026-11-14 20:12:09", ("Joy Dela Cruz", S["email"]),
            prefix="Re:", tz="+0800", mua="UA:YahooMailAndroidMobile/7.52.0")
    e = expected("confirmation", "Line 1 as ordered. Line 2 split: 10 boxes on Dec 15 (2026-12-15) and the remaining 5 arrive Jan 8 (2027-01-08); total 15 at the same price.",
                 [conf(p, acc(p, 1), chg(p, 2, schedule=[(10, "2026-12-15"), (5, "2027-01-08")]))])
    return [p], m, e


@case("ice-scrapers-casepack-two-pos-us", "confirmation", "en-US",
      "US reply among two open POs: answers one (case-pack rounding to 504, month-first 12/03 ship dates), defers the other; signature full of numbers.")
def c041():
    S = sup("NORTH", "Northway Auto Accessories LLC", "sales@northwayauto.example", "en-US")
    a = mkpo("4500031042", S, "mira", "USD", "2026-11-13", [
        ("IS-BRASS-4", "Ice scraper, brass blade, 4 in", 1000, "EA", "2.15", "2026-12-03"),
        ("IS-MITT", "Ice scraper with mitt, fleece lined", 500, "EA", "4.80", "2026-12-03"),
    ])
    b = mkpo("4500031043", S, "mira", "USD", "2026-11-13", [
        ("IS-SNOWBR-48", "Snow brush, 48 in, telescoping", 300, "EA", "9.90", "2027-01-12"),
    ])
    body = """Hi Mira,

Confirming PO# 4500031042:
- IS-BRASS-4: 1,000 ea @ $2.15, ships 12/03/2026
- IS-MITT: these come in case packs of 24, so we rounded you up to 21 cases = 504 ea @ $4.80, ships 12/03/2026

PO# 4500031043 (snow brushes) I'll confirm separately next week once I hear back from our factory.

Thanks!

Kevin J. Brandt | Inside Sales Manager
Northway Auto Accessories LLC
4410 W. Industrial Pkwy, Suite 200, Green Bay, WI 54303
O: (920) 555-0187 x214 | C: (920) 555-0143 | F: (920) 555-0199 | Toll free 1-800-555-0177
Cust# HLT-2231 | Our SO# 778812
""" + q_outlook(a, "en", sep=False)
    m = eml(a, text(body, cs="us-ascii", cte="7bit"), "2026-11-16 16:44:02", ("Kevin Brandt", S["email"]),
            prefix="RE:", tz="-0600", midstyle="outlook")
    e = expected("confirmation", "Only PO 4500031042 is answered: line 1 as ordered (ship date 12/03/2026 = Dec 3, the requested date); line 2 rounded up to 504 (21 cases of 24), same price and date. PO 4500031043 is only mentioned ('will confirm next week') and is therefore left out.",
                 [conf(a, acc(a, 1), chg(a, 2, qty=504))])
    return [a, b], m, e


@case("roof-slates-contradictory-ps-gb", "needs_review", "en-GB",
      "British reply that first confirms everything, then a PS says quarry stock is short and dates may slip pending a check: contradictory.")
def c042():
    S = sup("CARNS", "Carnedd Slate Supplies Ltd", "sales@carneddslate.example", "en-GB")
    p = mkpo("4500031044", S, "tom", "GBP", "2026-11-13", [
        ("RS-WEL-5025", "Welsh slate, 500x250 mm, heather blue", 3000, "PC", "2.35", "2027-01-25"),
        ("RS-WEL-6030", "Welsh slate, 600x300 mm, heather blue", 1200, "PC", "3.40", "2027-01-25"),
    ])
    body = """Hi Tom,

Thanks for the order – happy to confirm all as per your PO, delivery 25/01.

Cheers,
Gareth

PS – just off the phone with the quarry, they've had a slip on the lower face. We may only have 800 of the 600x300 for January and the 500x250 could move into February too. I need to check with them on Monday before I can promise anything, sorry. Will come back to you.

--
Gareth Hughes | Sales
Carnedd Slate Supplies Ltd | Unit 3, Llandegai Industrial Estate, Bangor LL57 4YH
01248 355 210 | VAT GB 312 4455 67 | Registered in England & Wales No. 04455662
""" + q_outlook(p, "en")
    m = eml(p, text(body, cs="windows-1252"), "2026-11-13 17:22:10", ("Gareth Hughes", S["email"]),
            prefix="RE:", tz="+0000", midstyle="outlook")
    e = expected("needs_review", "The confirmation is immediately undercut by the PS: quantities and dates of both lines are in doubt and the writer says he cannot promise anything until Monday. A buyer cannot take either version as committed.")
    return [p], m, e


@case("oyster-knives-gst-weekday-au", "confirmation", "en-AU",
      "Australian reply: prices 'ex GST as per PO' (unchanged), delivery 'Tue 15/12' day-first, later than requested for both lines.")
def c043():
    S = sup("COFFS", "Coffin Bay Seafood Tools Pty Ltd", "sales@coffinbaytools.example", "en-AU")
    p = mkpo("4500031045", S, "priya", "AUD", "2026-11-16", [
        ("OK-SYD-ROCK", "Oyster knife, Sydney rock style, short blade", 240, "PC", "8.50", "2026-12-08"),
        ("OK-GLOVE-M", "Shucking glove, cut resistant, size M", 120, "PR", "11.00", "2026-12-08"),
    ])
    body = """G'day Priya,

All good on PO 4500031045 – prices ex GST as per your PO.
Knives 240 @ $8.50 and gloves 120 pr @ $11.00.
We can get them to you Tue 15/12 – still waiting on the handle timber, sorry it's a week later than you wanted.

Cheers
Shane Mitchell
Coffin Bay Seafood Tools Pty Ltd | ABN 51 824 753 556
P 08 8685 4410 | M 0418 552 907
""" + q_gmail(p)
    m = eml(p, text(body, cte="quoted-printable", flowed=True), "2026-11-17 08:15:47", ("Shane Mitchell", S["email"]),
            prefix="Re:", tz="+1030", mua="UA:Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Thunderbird/128.4.2")
    e = expected("confirmation", "Quantities and prices as ordered; 'Tue 15/12' (day-first) = Tuesday 2026-12-15, later than 2026-12-08, for both lines.",
                 [conf(p, chg(p, 1, date="2026-12-15"), chg(p, 2, date="2026-12-15"))])
    return [p], m, e


@case("helpdesk-ticket-autoack-nz", "auto_reply", "en-NZ",
      "Helpdesk auto-acknowledgement ('request #48213 received, we respond within 2 business days') from the supplier's ticket system.")
def c044():
    S = sup("KIWIP", "Kiwi Pool & Leisure Ltd", "orders@kiwipool.example", "en-NZ")
    p = mkpo("4500031046", S, "tom", "NZD", "2026-11-16", [
        ("PN-MEGA-180", "Pool noodle, mega, 100 mm dia, 180 cm", 800, "PC", "3.40", "2027-01-08"),
    ])
    plain = """##- Please type your reply above this line -##

Kia ora,

Thanks for getting in touch. Your request (#48213) has been received and is being reviewed by our orders team.
We aim to respond within 2 business days. Our office hours are Mon-Fri 8:30am-5pm NZT.

To add information to this request, just reply to this email.

Kiwi Pool & Leisure – Orders Team
This email is a service from Kiwi Pool & Leisure Support.
"""
    m = eml(p, alt(plain, html_wrap(nl2br(plain))), "2026-11-16 21:05:33", ("Kiwi Pool Orders", "support@kiwipool.example"),
            subject="[Kiwi Pool & Leisure] Re: " + req_subject(p), tz="+1300",
            extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer")])
    e = expected("auto_reply", "Automatic ticket acknowledgement; no human has looked at the order yet.")
    return [p], m, e


@case("door-stops-split-and-tomorrow-ie", "confirmation", "en-IE",
      "Irish reply: one line as ordered, one split 100 now + 50 in January, third line 'will confirm tomorrow' (unconfirmed).")
def c045():
    S = sup("CLARE", "Clare Ironmongery Ltd", "orders@clareironmongery.example", "en-IE")
    p = mkpo("4500031047", S, "jonas", "EUR", "2026-11-16", [
        ("DS-OAK-WEDGE", "Door stop, oak wedge", 400, "PC", "3.20", "2026-12-10"),
        ("DS-CAST-DOG", "Door stop, cast iron, dog figure", 150, "PC", "12.50", "2026-12-10"),
        ("DS-FLOOR-SS", "Floor door stop, stainless, screw fix", 600, "PC", "2.10", "2026-12-10"),
    ])
    body = """Hi Jonas,

Re PO 4500031047:

Line 1 - oak wedges, 400 @ EUR 3.20, delivery 10/12 as requested.
Line 2 - cast iron dogs, we have 100 in stock for 10/12, the other 50 are coming from the foundry and will go out to you 14/01. Price as per PO.
Line 3 - waiting on a stock report from the warehouse for the stainless ones, I'll confirm tomorrow.

Kind regards,
Siobhán O'Connell
Clare Ironmongery Ltd, Gort Road Business Park, Ennis, Co. Clare, V95 X2Y4
T: +353 65 682 4410

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Clare Ironmongery Ltd, registered in Ireland no. 334455.
""" + q_outlook(p, "en")
    m = eml(p, text(body, cs="windows-1252"), "2026-11-17 12:03:55", ("Siobhán O'Connell", S["email"]),
            prefix="RE:", tz="+0000", midstyle="outlook")
    e = expected("confirmation", "Line 1 as ordered (10/12 = 2026-12-10). Line 2 split 100 on 2026-12-10 and 50 on 14/01 (= 2027-01-14, ship date only, so that counts), same price. Line 3 deferred to tomorrow -> unconfirmed.",
                 [conf(p, acc(p, 1), chg(p, 2, schedule=[(100, "2026-12-10"), (50, "2027-01-14")]), unc())])
    return [p], m, e


@case("exim-no-such-user-bounce-za", "bounce", "en-ZA",
      "cPanel/Exim 'Mail delivery failed: returning message to sender' plain-text bounce with the full original message appended (not multipart/report).")
def c046():
    S = sup("KAROO", "Karoo Bakeware (Pty) Ltd", "sales@karoobakeware.example", "en-ZA")
    p = mkpo("4500031048", S, "mira", "ZAR", "2026-11-16", [
        ("CT-ROUND-24", "Cake tin, round, 24 cm, anodised", 300, "PC", "118.00", "2027-01-15"),
        ("CT-RECT-33", "Cake tin, rectangular, 33x23 cm", 200, "PC", "142.50", "2027-01-15"),
    ])
    b = p["buyer"]
    body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  sales@karoobakeware.example
    No Such User Here

------ This is a copy of the message, including all the headers. ------

Return-path: <%s>
Received: from mx1.harbourline.example ([203.0.113.40]:51122)
	by server214.hostafrica.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	(envelope-from <%s>)
	id 1tB9xQ-0004Kp-2C
	for sales@karoobakeware.example;
	Mon, 16 Nov 2026 10:05:09 +0200
From: %s <%s>
To: sales@karoobakeware.example
Subject: %s
Date: Mon, 16 Nov 2026 09:05:00 +0100
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

%s""" % (b["email"], b["email"], b["name"], b["email"], req_subject(p), p["request_message_id"], req_text(p))
    m = eml(p, text(body, cs="us-ascii", cte="7bit"), "2026-11-16 10:05:10",
            ("Mail Delivery System", "Mailer-Daemon@server214.hostafrica.example"),
            subject="Mail delivery failed: returning message to sender", reply=False, tz="+0200",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "sales@karoobakeware.example")])
    e = expected("bounce", "Exim bounce: 'No Such User Here' for the supplier address; the appended copy of our PO must not be read as a confirmation.")
    return [p], m, e


@case("soap-moulds-html-table-blockquote-sg", "confirmation", "en-SG",
      "Singapore multipart/alternative reply with an HTML table of confirmed qty/price/date above an HTML blockquote of our PO; dates like '8 Jan'.")
def c047():
    S = sup("LIONM", "Lion City Moulds Pte. Ltd.", "sales@lioncitymoulds.example", "en-SG")
    p = mkpo("4500031049", S, "priya", "SGD", "2026-11-16", [
        ("SM-PET-12", "Soap mould, PET, 12 cavities, round", 1000, "PC", "0.68", "2026-12-18"),
        ("SM-PET-8H", "Soap mould, PET, 8 cavities, heart", 800, "PC", "0.72", "2026-12-18"),
        ("SM-SIL-ROSE", "Soap mould, silicone, rose, single", 500, "PC", "2.40", "2026-12-18"),
    ])
    rows = [("1", "SM-PET-12", "1,000", "0.68", "18 Dec"), ("2", "SM-PET-8H", "800", "0.75", "18 Dec"),
            ("3", "SM-SIL-ROSE", "500", "2.40", "8 Jan")]
    tbl = ('<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse"><tr style="background:#ddebf7">'
           "<th>Line</th><th>Item</th><th>Confirmed Qty</th><th>Unit Price (SGD)</th><th>Delivery</th></tr>"
           + "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows) + "</table>")
    html = html_wrap("<p>Dear Priya,</p><p>Please see our confirmation for PO 4500031049 below. The 8-heart mould price "
                     "is adjusted due to the new PET sheet cost; the silicone roses are from our January production run.</p>"
                     + tbl + "<p>Best regards,<br>Tan Wei Ling<br>Sales Executive, Lion City Moulds Pte. Ltd.<br>"
                     "10 Ubi Crescent #05-21, Singapore 408564 | Tel +65 6741 2290 | UEN 201512345K</p>" + q_html(p))
    plain = ("Dear Priya,\n\nPlease see our confirmation for PO 4500031049 below. The 8-heart mould price is adjusted due to "
             "the new PET sheet cost; the silicone roses are from our January production run.\n\n"
             "Line | Item | Confirmed Qty | Unit Price (SGD) | Delivery\n"
             + "\n".join(" | ".join(r) for r in rows) +
             "\n\nBest regards,\nTan Wei Ling\nSales Executive, Lion City Moulds Pte. Ltd.\n" + q_gmail(p))
    m = eml(p, alt(plain, html, style="outlook"), "2026-11-17 15:40:21", ("Tan Wei Ling", S["email"]),
            prefix="RE:", tz="+0800", midstyle="outlook")
    e = expected("confirmation", "Line 1 as ordered (18 Dec = 2026-12-18). Line 2 price 0.75 vs 0.72. Line 3 qty/price as ordered, delivery '8 Jan' (no year) = 2027-01-08.",
                 [conf(p, acc(p, 1), chg(p, 2, price="0.75"), chg(p, 3, date="2027-01-08"))])
    return [p], m, e


@case("kayak-paddles-got-it-ca", "needs_review", "en-CA",
      "Canadian one-line human receipt ('Got it, passed to production, will let you know') with a quoted PO below; commits to nothing.")
def c048():
    S = sup("MUSKO", "Muskoka Paddle Works Inc.", "dave@muskokapaddle.example", "en-CA")
    p = mkpo("4500031050", S, "tom", "CAD", "2026-11-16", [
        ("KP-CHERRY-60", "Canoe/kayak paddle, cherry wood, 60 in", 40, "PC", "89.00", "2027-02-15"),
        ("KP-ASH-57", "Kayak paddle, ash, 57 in", 60, "PC", "72.00", "2027-02-15"),
    ])
    body = ("Got it, thanks Tom. Passed it on to the shop floor, they'll let me know on timing.\n\nDave\n"
            + q_gmail(p))
    m = eml(p, text(body, cs="us-ascii", cte="7bit"), "2026-11-16 11:22:40", ("Dave Lachance", S["email"]),
            prefix="Re:", tz="-0500", midstyle="gmail")
    e = expected("needs_review", "A human acknowledgement of receipt only; no quantity, price or date is confirmed, and the quoted PO table below is ours.")
    return [p], m, e


@case("map-pins-erp-pdf-swiss-apostrophe", "confirmation", "de-CH",
      "Automatic ERP mail ('automatisch generiert', new thread) with a PDF Auftragsbestätigung using Swiss 5'000 / 1'613.00 formats and a price per 100.")
def c049():
    S = sup("PINAG", "Pinnwand AG", "verkauf@pinnwand-ag.example", "de-CH")
    p = mkpo("4500031051", S, "jonas", "CHF", "2026-11-16", [
        ("MP-SWISS-RED", "Map pin, flag with Swiss cross", 5000, "PC", "0.085", "2026-12-10"),
        ("MP-GLASS-CLR", "Map pin, glass head, clear", 20000, "PC", "0.021", "2026-12-10"),
        ("MP-BOX-1000", "Map pins, assorted, box of 1000", 40, "BOX", "18.50", "2026-12-10"),
    ])
    pdfl = ["Pinnwand AG   Industriestrasse 31   CH-8604 Volketswil",
            "Tel. +41 44 908 12 12   MWST CHE-105.456.789 MWST", "",
            "AUFTRAGSBESTAETIGUNG Nr. 26-AB-30771", "Datum: 17.11.2026",
            "Ihre Bestellung: 4500031051 vom 16.11.2026", "Kunde: Harbourline Trading, Hamburg (Kd-Nr. 40418)", "",
            "Pos  Artikel        Bezeichnung                 Menge     ME     Preis CHF        Betrag CHF  Liefertermin",
            "-" * 110,
            "10   MP-SWISS-RED   Fahnennadel Schweizerkreuz  5'000     Stk    0.085              425.00  10.12.2026",
            "20   MP-GLASS-CLR   Glaskopfnadel klar          20'000    Stk    2.10 / 100 Stk     420.00  10.12.2026",
            "30   MP-BOX-1000    Pinnadeln sort. 1000er      40        Schachtel 19.20           768.00  15.12.2026",
            "-" * 110,
            "Total exkl. MWST                                                         1'613.00",
            "", "Lieferung: DAP Hamburg. Zahlung: 30 Tage netto.",
            "Es gelten unsere Allgemeinen Geschaeftsbedingungen."]
    body = """Guten Tag

Im Anhang erhalten Sie unsere Auftragsbestätigung 26-AB-30771 zu Ihrer Bestellung 4500031051.

Freundliche Grüsse
Pinnwand AG – Auftragsbearbeitung

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.
"""
    m = eml(p, multi("mixed", text(body), att(pdf(pdfl), "application/pdf", "AB_26-AB-30771.pdf")),
            "2026-11-17 06:02:11", ("Pinnwand AG", "noreply@pinnwand-ag.example"),
            subject="Auftragsbestätigung 26-AB-30771 zu Ihrer Bestellung 4500031051", reply=False,
            extra=[("Auto-Submitted", "auto-generated")], mua="SAP NetWeaver 7.50")
    e = expected("confirmation", "ERP order confirmation (automatic mail, new thread) commits to the order, so it is a confirmation. ERP positions 10/20/30 map to PO lines 1/2/3. Line 2 priced 2.10 per 100 = 0.021 (as ordered). Line 3 price 19.20 (was 18.50) and date 15.12.2026 (was 10.12). Total 1'613.00 checks out.",
                 [conf(p, acc(p, 1), acc(p, 2), chg(p, 3, price="19.20", date="2026-12-15"))])
    return [p], m, e


@case("cake-tins-inline-dienstag-kw2-de", "confirmation", "de-DE",
      "German inline answers between '> ' quoted PO lines: one price change, one 'erst Dienstag KW 2' (= Tue 12 Jan 2027).")
def c050():
    S = sup("BACKW", "Backwerkzeug Schwarzwald GmbH", "innendienst@backwerkzeug.example", "de-DE")
    p = mkpo("4500031052", S, "jonas", "EUR", "2026-11-17", [
        ("CT-GUGL-22", "Bundt tin, 22 cm, non-stick", 400, "PC", "5.80", "2026-12-18"),
        ("CT-SPR-26", "Springform tin, 26 cm", 600, "PC", "4.95", "2026-12-18"),
        ("CT-TART-28", "Tart tin, 28 cm, removable base", 300, "PC", "3.70", "2026-12-18"),
    ])
    answers = {1: "--> ok", 2: "--> 600 St. ok, aber neuer Preis 5,15 EUR/St. (Stahlpreiserhöhung ab 01.11.)",
               3: "--> Termin nicht haltbar, Lieferung erst Dienstag KW 2"}
    q = ["Am 17.11.2026 um 09:05 schrieb Jonas Weber:"]
    for l in req_text(p).split("\n"):
        q.append(("> " + l) if l else ">")
        for n, a in answers.items():
            if l.startswith("%-5s %s" % (n, p.L(n)["item"])):
                q.append(a)
    body = ("Hallo Herr Weber,\n\nAntworten unten im Text.\n\nGruß\nSabine Maier\nInnendienst\n"
            "Backwerkzeug Schwarzwald GmbH · Gewerbestr. 5 · 78136 Schonach\nTel. 07722 9183-22 · Fax -29\n"
            "Amtsgericht Freiburg HRB 701234 · GF: Thomas Faller\n\n" + "\n".join(q) + "\n")
    m = eml(p, text(body, cs="iso-8859-15", cte="8bit"), "2026-11-18 08:47:05", ("Sabine Maier", S["email"]),
            prefix="AW:", subj_cs="iso-8859-15", mua="UA:Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0")
    e = expected("confirmation", "Inline answers: line 1 ok; line 2 qty ok but price 5,15 (was 4.95); line 3 'Dienstag KW 2' = Tuesday of ISO week 2 of 2027 = 2027-01-12 (next week 2 after the mail date).",
                 [conf(p, acc(p, 1), chg(p, 2, price="5.15"), chg(p, 3, date=kw(2027, 2, 2)))])
    return [p], m, e


@case("roof-slates-dia-7-janeiro-pt", "confirmation", "pt-PT",
      "European Portuguese reply: both lines ship together 'no dia 7 de janeiro' (no year); one line was requested for December.")
def c051():
    S = sup("LOUSA", "Lousas de Valongo, Lda.", "comercial@lousasvalongo.example", "pt-PT")
    p = mkpo("4500031053", S, "mira", "EUR", "2026-11-17", [
        ("RS-VAL-4020", "Roof slate, Valongo, 40x20 cm", 8000, "PC", "0.78", "2027-01-07"),
        ("RS-VAL-3020", "Roof slate, Valongo, 30x20 cm", 5000, "PC", "0.61", "2026-12-22"),
    ])
    body = """Exma. Sra. Mira Lindqvist,

Agradecemos a encomenda n.º 4500031053.

Confirmamos as quantidades e os preços (0,78 €/un. e 0,61 €/un.). A lousa 40x20 fica confirmada para entrega no dia 7 de janeiro, conforme pedido. A lousa 30x20 não conseguimos ter pronta em dezembro, pelo que segue na mesma carga, no dia 7 de janeiro.

Com os melhores cumprimentos,
Rui Carvalho
Departamento Comercial
Lousas de Valongo, Lda. – Rua das Pedreiras, 220, 4440-501 Valongo
Tel. +351 224 221 870 | NIF 501 234 567
""" + q_outlook(p, "pt")
    m = eml(p, text(body, cs="iso-8859-15"), "2026-11-18 11:09:51", ("Rui Carvalho", S["email"]), prefix="RE:",
            tz="+0000", subj_cs="iso-8859-15", midstyle="outlook")
    e = expected("confirmation", "Quantities and prices as ordered. '7 de janeiro' without year = 2027-01-07: line 1 as requested; line 2 (requested 2026-12-22) moved to 2027-01-07.",
                 [conf(p, acc(p, 1), chg(p, 2, date="2027-01-07"))])
    return [p], m, e


@case("file-folders-renglon-29-01-ar", "confirmation", "es-AR",
      "Argentine reply with 'renglón' line numbering, dates '15/01' and '29/01' without year; second line delayed by cardboard shortage.")
def c052():
    S = sup("BIBLI", "Biblioratos del Plata S.A.", "ventas@biblioratosdelplata.example", "es-AR")
    p = mkpo("4500031054", S, "tom", "USD", "2026-11-17", [
        ("FF-BIB-LOM", "Lever arch file, A4, 75 mm, black", 2000, "PC", "3.10", "2027-01-15"),
        ("FF-CARP-3S", "Three-flap folder, A4, cardboard", 5000, "PC", "0.42", "2027-01-15"),
    ])
    body = """Hola Tom, ¿cómo estás?

Te confirmo la OC 4500031054:
Renglón 1: 2.000 biblioratos lomo 75 a USD 3,10 c/u, entrega 15/01.
Renglón 2: 5.000 carpetas 3 solapas a USD 0,42 c/u. No tenemos cartulina hasta fin de mes, así que este renglón lo entregamos el 29/01.

Saludos,
Martín Gómez
Biblioratos del Plata S.A.
Av. Gral. Paz 10.250, Villa Lynch, Bs. As. | Tel. (011) 4753-2210 | CUIT 30-51234567-8
""" + q_gmail(p, "El mar, 17 nov 2026 a las 05:05, Tom Okafor (<tom.okafor@harbourline.example>) escribió:")
    m = eml(p, alt(body, html_wrap(nl2br(body), "es"), style="gmail"), "2026-11-18 17:30:22",
            ("Martín Gómez", S["email"]), prefix="Re:", tz="-0300", midstyle="gmail")
    e = expected("confirmation", "Line 1 as ordered (15/01 -> 2027-01-15). Line 2 same qty/price, delivered 29/01 -> 2027-01-29. 'fin de mes' is only the reason, not a date.",
                 [conf(p, acc(p, 1), chg(p, 2, date="2027-01-29"))])
    return [p], m, e


@case("price-increase-circular-cl", "unrelated", "es-CL",
      "Chilean price-increase circular effective 1 Jan 2027 which states that orders placed before 31 Dec keep their prices; not an answer to our PO.")
def c053():
    S = sup("CORDE", "Cordelería del Sur SpA", "ventas@corderiadelsur.example", "es-CL")
    p = mkpo("4500031055", S, "priya", "USD", "2026-11-17", [
        ("GT-JUTE-5", "Garden twine, jute, 5-ply, 200 m", 400, "ROL", "2.90", "2027-02-05"),
        ("GT-HEMP-3", "Garden twine, hemp, 3 mm, 100 m", 250, "ROL", "4.40", "2027-02-05"),
    ])
    body = """Estimados clientes:

Junto con saludar, les informamos que a partir del 1 de enero de 2027 nuestra lista de precios tendrá un reajuste promedio de 6,5% debido al alza de las fibras naturales y de los fletes marítimos.

Los pedidos colocados hasta el 31 de diciembre de 2026 mantendrán los precios vigentes.

Adjuntamos la nueva lista de precios en nuestro portal de clientes.

Atentamente,
Gerencia Comercial
Cordelería del Sur SpA
Camino a Melipilla 12.500, Maipú, Santiago | +56 2 2538 1100
"""
    m = eml(p, alt(body, html_wrap(nl2br(body), "es")), "2026-11-19 09:00:00", ("Cordelería del Sur", "ventas@corderiadelsur.example"),
            subject="Comunicado: reajuste de precios 2027", reply=False, tz="-0300",
            to="undisclosed-recipients:;", extra=[("Precedence", "bulk")])
    e = expected("unrelated", "General price-increase circular to all customers; it explicitly leaves orders placed before 31 Dec untouched and does not mention PO 4500031055.")
    return [p], m, e
